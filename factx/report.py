"""One self-contained HTML page of extraction results: every article with its facts
highlighted in place, a details panel, and a table of facts by company and period.

    from factx.report import render_report
    html = render_report(r for r in Extractor().extract_paths(["seeds/"]) if isinstance(r, DocResult))

The page needs no network: CSS and JS are inline, fonts are the reader's own. Each record is
one `<mark class="fact k-<kind>">` with `data-kind`, `data-record` (the record as JSON) and a
`title` summary; overlapping records nest, and where two spans cross, the later record's mark
holds its first part and the rest follows in `<mark class="fact-cont">` pieces (never counted
as facts). The output depends only on the input: same results, same bytes.
"""
from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from html import escape
from typing import Iterable

from .rulebook import KINDS

# Pastel backgrounds by kind, in the contract's order: income greens/blues, cash flows limes,
# costs oranges, capex pinks, deals purples, market and operating figures yellows/cyans/greys.
PALETTE = {
    "revenue": "#b9e3a8", "net_profit": "#8fd3c8", "adjusted_net_profit": "#a8d8ea",
    "operating_profit": "#9ec5f0", "adjusted_ebita": "#b8c4f5", "free_cash_flow": "#d4f0a0",
    "cash_flow": "#e6f5b8", "selling_expense": "#ffc9a3", "cost": "#ffdcb8", "capex": "#f5b7b1",
    "capex_plan": "#f9cfe0", "stake_sale": "#d7b8f0", "acquisition": "#c3a2e6",
    "investment": "#e6ccf7", "divestment_proceeds": "#f0b8e0", "market_share": "#ffe48a",
    "users": "#a6e0f0", "orders": "#c2efe2", "operating_metric": "#dcdcb0", "price": "#cfd8dc",
    "price_change": "#ffb3b3",
}
OTHER = "#e0e0e0"
COLUMNS = ("subject", "period", "kind", "value", "unit", "approx", "change", "quote", "doc")

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans CJK TC",
"Noto Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#1d2329;background:#f6f7f9}
header{padding:14px 24px 10px;background:#fff;border-bottom:1px solid #dde1e6}
h1{font-size:20px;margin:0 0 4px}
.stats{color:#57606a;font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.legend button{font:inherit;font-size:12px;border:1px solid rgba(0,0,0,.18);border-radius:12px;padding:1px 9px;cursor:pointer}
.legend button.off{opacity:.35;text-decoration:line-through}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:20px;padding:16px 24px}
main{min-width:0}
aside{position:sticky;top:12px;align-self:start;max-height:calc(100vh - 24px);overflow:auto;background:#fff;
border:1px solid #dde1e6;border-radius:8px;padding:10px 12px;font-size:13px}
aside h2{font-size:14px;margin:0 0 6px}
#detail-summary{font-weight:600;margin-bottom:6px}
#detail-json{white-space:pre-wrap;word-break:break-all;font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
background:#f6f8fa;border-radius:6px;padding:8px;margin:0}
article{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:12px 16px;margin-bottom:16px}
article h2{font-size:13px;font-weight:600;color:#57606a;margin:0 0 6px}
article h2 .n{font-weight:400}
.text{white-space:pre-wrap;word-break:break-word;margin:0}
.text::first-line{font-weight:700;font-size:1.12em}
mark.fact,mark.fact-cont{color:inherit;border-radius:3px;padding:1px 1px;cursor:pointer;box-shadow:inset 0 -2px rgba(0,0,0,.28)}
mark mark{margin:0 2px;outline:1px dashed rgba(0,0,0,.5)}
mark.selected{outline:2px solid #d1242f;outline-offset:1px}
.ungrounded{margin-top:8px;font-size:13px;color:#9a6700}
table.facts{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
section.table{overflow-x:auto}
table.facts th,table.facts td{border:1px solid #dde1e6;padding:3px 6px;text-align:left;vertical-align:top;white-space:nowrap}
table.facts thead th{background:#eef1f4;position:sticky;top:0}
table.facts tr.group th{background:#f6f8fa;font-size:14px}
table.facts td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.facts tr[data-ref]{cursor:pointer}
table.facts tr[data-ref]:hover td{background:#fff8c5}
table.facts tr.selected td{background:#ffebe9}
section.table h2{font-size:16px;margin:8px 0}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:middle}
"""

_JS = """
(function(){
  var summary=document.getElementById('detail-summary'), body=document.getElementById('detail-json');
  function all(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));}
  function factOf(el){return el.classList.contains('fact-cont')?document.getElementById('f'+el.getAttribute('data-ref')):el;}
  function show(mark){
    if(!mark){return;}
    all('.selected').forEach(function(e){e.classList.remove('selected');});
    var ref=mark.getAttribute('data-ref');
    all('[data-ref="'+ref+'"]').forEach(function(e){e.classList.add('selected');});
    var rec=JSON.parse(mark.getAttribute('data-record'));
    summary.textContent='#'+ref+' '+mark.getAttribute('title').split('\\n')[0];
    body.textContent=JSON.stringify(rec,null,2);
  }
  document.addEventListener('click',function(ev){
    var t=ev.target.closest?ev.target.closest('mark.fact,mark.fact-cont'):null;
    if(t){ev.preventDefault();show(factOf(t));return;}
    var row=ev.target.closest?ev.target.closest('tr[data-ref]'):null;
    if(row){var m=document.getElementById('f'+row.getAttribute('data-ref'));show(m);
      if(m&&m.scrollIntoView){m.scrollIntoView({block:'center'});}}
  });
  all('.legend button').forEach(function(b){
    b.addEventListener('click',function(){
      var k=b.getAttribute('data-kind');b.classList.toggle('off');
      all('mark.k-'+k).forEach(function(m){m.style.background=b.classList.contains('off')?'transparent':'';});
    });
  });
  var h=location.hash.match(/^#f(\\d+)$/)||location.search.match(/[?&]select=(\\d+)/);
  if(h){show(document.getElementById('f'+h[1]));}
})();
"""


def render_report(results: Iterable, title: str = "factx report") -> str:
    """One HTML page for the documents in `results` (DocResults; anything else is skipped)."""
    docs = [r for r in results if hasattr(r, "doc") and hasattr(r, "records")]
    entries: list[tuple[int, object, dict]] = []   # (global index, DocResult, record dict)
    for res in docs:
        for rec in res.records:
            d = rec.to_json_dict() if hasattr(rec, "to_json_dict") else dict(rec)
            entries.append((len(entries), res, d))
    per_kind = Counter(d.get("kind") for _, _, d in entries)
    kinds_present = [k for k in KINDS if per_kind.get(k)] + sorted(
        str(k) for k in per_kind if k not in KINDS)

    out: list[str] = []
    w = out.append
    w("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n")
    w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    w(f"<title>{escape(title)}</title>\n<style>{_CSS}{_kind_css(kinds_present)}</style>\n</head>\n<body>\n")
    w(f"<header>\n<h1>{escape(title)}</h1>\n<div class=\"stats\">{len(docs)} documents · {len(entries)} records"
      f" · click a highlighted figure for its record; click a kind to hide or show it</div>\n")
    w("<div class=\"legend\">")
    for k in kinds_present:
        w(f"<button type=\"button\" class=\"k-{_cls(k)}\" data-kind=\"{escape(_cls(k))}\">"
          f"{escape(k)} <b>{per_kind[k]}</b></button>")
    w("</div>\n</header>\n<div class=\"layout\">\n<main>\n")

    by_doc: dict[int, list[tuple[int, dict]]] = {}
    for i, res, d in entries:
        by_doc.setdefault(id(res), []).append((i, d))
    for n, res in enumerate(docs, 1):
        recs = by_doc.get(id(res), [])
        doc = res.doc
        meta = [f"{len(recs)} records"]
        if getattr(doc, "date", None):
            meta.append(str(doc.date))
        if getattr(doc, "tags", None):
            meta.append(" ".join("#" + t for t in doc.tags))
        w(f"<article id=\"doc-{n}\" data-doc=\"{escape(str(doc.doc))}\">\n<h2>{escape(str(doc.doc))} "
          f"<span class=\"n\">· {escape(' · '.join(meta))}</span></h2>\n")
        body, loose = _highlight(doc.text, recs)
        w(f"<div class=\"text\">{body}</div>\n")
        if loose:
            w("<div class=\"ungrounded\">records whose span is not in the text: " + " ".join(loose) + "</div>\n")
        w("</article>\n")

    w("<section class=\"table\">\n<h2>Facts by company and period</h2>\n")
    w(_table(entries))
    w("</section>\n</main>\n")
    w("<aside>\n<h2>Record</h2>\n<div id=\"detail-summary\">Click a highlighted figure or a table row.</div>\n"
      "<pre id=\"detail-json\"></pre>\n</aside>\n</div>\n")
    w(f"<script>{_JS}</script>\n</body>\n</html>\n")
    return "".join(out)


# -- highlighting -------------------------------------------------------------------------

def _highlight(text: str, recs: list[tuple[int, dict]]) -> tuple[str, list[str]]:
    """The text with one mark per record; marks nest where spans overlap. Returns the HTML
    and the marks of records whose span does not lie in the text."""
    placed: list[tuple[int, int, int, dict]] = []   # (start, end, index, record)
    loose: list[str] = []
    for i, d in recs:
        span = d.get("span")
        try:
            a, b = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError, KeyError):
            a, b = -1, -1
        if 0 <= a < b <= len(text):
            placed.append((a, b, i, d))
        else:
            loose.append(_open(i, d, first=True) + escape(str(d.get("quote") or "")) + "</mark>")
    # outer before inner: earlier start first, then the longer span, then record order
    order = {p[2]: (p[0], -p[1], p[2]) for p in placed}
    cuts = sorted({0, len(text)} | {p[0] for p in placed} | {p[1] for p in placed})
    out: list[str] = []
    stack: list[int] = []                 # record indexes of the open marks, outermost first
    opened: set[int] = set()
    info = {p[2]: p for p in placed}
    for lo, hi in zip(cuts, cuts[1:]):
        want = sorted((p[2] for p in placed if p[0] <= lo and hi <= p[1]), key=order.__getitem__)
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] == want[keep]:
            keep += 1
        while len(stack) > keep:
            stack.pop()
            out.append("</mark>")
        for i in want[keep:]:
            out.append(_open(i, info[i][3], first=i not in opened))
            opened.add(i)
            stack.append(i)
        out.append(escape(text[lo:hi], quote=False))
    out.extend("</mark>" for _ in stack)
    return "".join(out), loose


def _open(i: int, d: dict, first: bool) -> str:
    kind = str(d.get("kind"))
    if not first:   # the rest of a record whose span crosses another's
        return f"<mark class=\"fact-cont k-{escape(_cls(kind))}\" data-ref=\"{i}\">"
    rec = json.dumps(d, ensure_ascii=False)
    return (f"<mark id=\"f{i}\" class=\"fact k-{escape(_cls(kind))}\" data-ref=\"{i}\" "
            f"data-kind=\"{escape(kind)}\" data-record=\"{escape(rec)}\" "
            f"title=\"{escape(_summary(d)).replace(chr(10), '&#10;')}\">")


def _summary(d: dict) -> str:
    head = f"{d.get('kind')} · {d.get('subject')} · {_value(d)}"
    if d.get("unit"):
        head += f" {d.get('unit')}"
    lines = [head, f"period: {d.get('period') or '—'}"]
    if d.get("approx"):
        lines.append(f"approx: {d['approx']}")
    if d.get("change"):
        lines.append(f"change: {_change(d.get('change'))}")
    for k in ("target", "counterparty", "stake_pct"):
        if d.get(k) is not None:
            lines.append(f"{k}: {d[k]}")
    lines.append(f"rule: {d.get('rule')}")
    return "\n".join(lines)


# -- table --------------------------------------------------------------------------------

def _table(entries: list[tuple[int, object, dict]]) -> str:
    def key(e):
        i, _, d = e
        return (str(d.get("subject") or ""), d.get("period") is None, str(d.get("period") or ""),
                str(d.get("kind") or ""), str(d.get("doc") or ""), _span_key(d), i)
    rows = sorted(entries, key=key)
    out = ["<table class=\"facts\">\n<thead><tr>"]
    out += [f"<th>{c}</th>" for c in COLUMNS]
    out.append("</tr></thead>\n<tbody>\n")
    counts = Counter(str(d.get("subject") or "") for _, _, d in entries)
    subject = None
    for i, _, d in rows:
        s = str(d.get("subject") or "")
        if s != subject:
            subject = s
            out.append(f"<tr class=\"group\"><th colspan=\"{len(COLUMNS)}\">{escape(s)} "
                       f"<span class=\"n\">({counts[s]})</span></th></tr>\n")
        kind = str(d.get("kind"))
        cells = [
            escape(s), escape(str(d.get("period") or "")),
            f"<span class=\"swatch k-{escape(_cls(kind))}\"></span>{escape(kind)}",
            escape(_value(d)), escape(str(d.get("unit") or "")), escape(str(d.get("approx") or "")),
            escape(_change(d.get("change"))), escape(str(d.get("quote") or "")),
            f"<a href=\"#f{i}\">{escape(str(d.get('doc') or ''))}</a>",
        ]
        tds = "".join(f"<td class=\"num\">{c}</td>" if col == "value" else f"<td>{c}</td>"
                      for col, c in zip(COLUMNS, cells))
        out.append(f"<tr data-ref=\"{i}\">{tds}</tr>\n")
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def _span_key(d: dict) -> tuple:
    try:
        return (int(d["span"][0]), int(d["span"][1]))
    except (TypeError, ValueError, IndexError, KeyError):
        return (-1, -1)


# -- formatting ---------------------------------------------------------------------------

def _num(v) -> str:
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return str(v)
        s = format(Decimal(repr(v)), ",f")
        return s.rstrip("0").rstrip(".") if "." in s else s
    return str(v)


def _value(d: dict) -> str:
    v, vmax = d.get("value"), d.get("value_max")
    if v is None:
        return "—"
    return f"{_num(v)} – {_num(vmax)}" if vmax is not None else _num(v)


def _change(ch) -> str:
    if not isinstance(ch, dict) or not ch:
        return ""
    parts = []
    for basis, v in ch.items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            parts.append(f"{basis} {'+' if v > 0 else ''}{_num(v)}%")
        else:
            parts.append(f"{basis} {v}")
    return ", ".join(parts)


def _cls(kind: str) -> str:
    """A kind as a CSS class name fragment (kinds are [a-z_]; anything else is mapped)."""
    return "".join(c if c.isascii() and (c.isalnum() or c in "_-") else "_" for c in str(kind)) or "_"


def _kind_css(kinds: list[str]) -> str:
    return "".join(f".k-{_cls(k)}{{background:{PALETTE.get(k, OTHER)}}}\n" for k in kinds)
