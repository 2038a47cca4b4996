"""The pipeline: one document from text to validated records, stage by stage.

    segment   -> sentences (segment.py), script-folded (fold.py)
    normalize -> quantities (quantities.py), periods (periods.py), entities (entities.py)
    rules     -> hits on each sentence's token view (tokens.py, rules.py)
    resolve   -> facts with subject, period, change (resolve.py)
    validate  -> pydantic records (models.py); a broken fact is a warning, never a crash

`Extractor` loads the rules and the registry once; `extract_document` runs the stages on
one document; `extract_paths` runs them over files and folders, yielding per document so
output can be streamed.
"""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import regex
from pydantic import ValidationError

from . import periods as P
from . import rules as R
from . import segment, tokens
from .entities import NamePatterns, Registry, load_registry
from .fold import fold
from .models import Record
from .quantities import CURRENCIES, Quantity, declared_units, scan
from .resolve import REPORTED_KINDS, Fact, Resolver
from .rulebook import RuleBook, load_rules, shipped_rules_dir
from .sources import Document, SourceError, iter_inputs, read_documents

_STOCK_CODE = regex.compile(r"\(\d{4,6}\)")
_FISCAL_END = regex.compile(r"(?:财年|财政年度|会计年度)(?:于|在|截至|至|结束于)?(?:每年)?(1[0-2]|0?[1-9])月(?:\d{1,2}日|底|末)?(?:结束|止|为止)")
_CODE_WORD = regex.compile(r"(?:代码|代号|编号)(?:为|是|:)?\s?$")   # 股票代碼為2483
_TWD = regex.compile(r"新台币|台币|NT\$")
# (港元．下同), (人民幣，下同): the article declares what a bare 元 means from here on
_DECLARED = regex.compile(r"(?P<cur>\L<currencies>)[.．·,]?下同", currencies=list(CURRENCIES))


@dataclass
class DocResult:
    doc: Document
    records: list[Record]
    warnings: list[str] = field(default_factory=list)
    trace: list = field(default_factory=list)   # per sentence (view, hits, facts) when asked


class Extractor:
    """Rules and registry, loaded once; callable on documents."""

    def __init__(self, rules_dirs: Iterable[str] | None = None, registry: Registry | None = None):
        shipped = shipped_rules_dir()
        dirs = [shipped] + [d for d in (rules_dirs or []) if d != shipped]
        self.rules_dirs = dirs
        self.book: RuleBook = load_rules(dirs)
        self.registry = registry or load_registry(os.path.join(shipped, "registry"))
        m = self.book.macros
        self.hk_market, self.tw_market = regex.compile(m["hk_market"]), regex.compile(m["tw_market"])
        self.cn_market = regex.compile(m["cn_market"])
        self.hk_style, self.tw_style = regex.compile(m["hk_style"]), regex.compile(m["tw_style"])
        self.names = NamePatterns.from_macros(m)

    # -- one document -----------------------------------------------------------------
    def extract_document(self, doc: Document, trace: bool = False) -> DocResult:
        warnings: list[str] = []
        text = doc.text
        folded = fold(text)
        sents = segment.sentences(text, folded)
        # (a bare number in brackets after a name is its stock code: 蔚來（09866）)
        quantities = [q for q in declared_units(scan(folded, text), folded)
                      if q.value is not None and not (q.dim == "number" and (_STOCK_CODE.fullmatch(folded, q.start - 1, q.end + 1)
                                                                             or _CODE_WORD.search(folded, max(0, q.start - 8), q.start)))]
        entities = self.registry.find(folded, text, self.names)
        period_mentions = P.find(folded)
        ref_year = P.reference_year(folded, doc.date)
        # the market the article is mostly about (港股, 恒指 / 台股 / A股, 沪深): what a bare 元
        # means in a share price, and in the figures of a company the registry does not know
        tw, hk, cn = (len(p.findall(folded)) for p in (self.tw_market, self.hk_market, self.cn_market))
        # the press it comes from: mainland press writes Simplified (and its bare 元 is 人民幣
        # however often it names 港股); Hong Kong and Taiwan press write Traditional, each in
        # words of its own (按年, 股東應佔 / 年增, 稅後純益)
        simplified = _simplified(text[:600], folded[:600])
        if not simplified:
            tw, hk = tw + len(self.tw_style.findall(folded)), hk + len(self.hk_style.findall(folded))
        market = "TWD" if tw and tw >= max(hk, cn) else "HKD" if hk > cn else "CNY" if cn else None
        local = "CNY" if simplified else market
        title_end = sents[0].end if sents and sents[0].is_title else 0
        # (not what a company owns: 統一超的OPEN POINT會員數)
        lead = next((e for e in entities if e.start >= title_end and folded[e.start - 1:e.start] != "的"), None)
        declared = _DECLARED.search(folded)
        currency = self._currency(folded, entities, local, lead, declared)
        market = market or currency
        resolver = Resolver(self.book, self.registry, ref_year, currency, market, P.anchor_date(folded, doc.date))
        resolver.declared = declared is not None
        fiscal = _FISCAL_END.search(folded)
        if fiscal:   # （公司財年於每年3月31日結束）: the article's fiscal quarters are that year's
            resolver.st.doc_fiscal_end = int(fiscal.group(1))
        resolver.mainland = local == "CNY"
        q_starts = [q.start for q in quantities]
        e_starts = [e.start for e in entities]
        p_starts = [p.start for p in period_mentions]
        facts: list[Fact] = []
        result = DocResult(doc, [], warnings)
        # the company the article is about, until the text names another: the first one named
        # after the title (a title's own figures often leave it unnamed: 周大福中期純利升15.6%)
        if lead is not None:
            resolver.st.focus = resolver.st.lead = lead.id
        for n, s in enumerate(sents):
            items = (_within(period_mentions, p_starts, s) + _within(entities, e_starts, s)
                     + _within(quantities, q_starts, s))
            view = tokens.build(s.folded, s.start, items)
            claimed: set[int] = set()
            # the cheap trigger: a sentence with no figure in it runs no rule (its periods and
            # entities still update what the resolver knows)
            has_figure = any(isinstance(it, Quantity) for it in view.items.values())
            level = R.run(self.book, view, "level", claimed, warnings.append) if has_figure else []
            growth_hits: list = []

            def growth(cl: set[int], view=view, out=growth_hits, run=has_figure) -> list:
                if run:
                    out.extend(R.run(self.book, view, "growth", cl, warnings.append))
                return out
            got = resolver.sentence(view, (s.start, s.end), level, claimed, growth,
                                    is_title=s.is_title, sentence_text=s.text)
            facts.extend(got)
            if trace:
                result.trace.append((s, view, level + growth_hits, got))
        facts = _link_deals(_title_periods(facts, sents, resolver.st.first_period, resolver.st.anchor))
        seen = set()
        for f in sorted(facts, key=lambda f: (f.span, f.kind, f.subject)):
            key = (f.span, f.kind, f.subject)
            if key in seen:
                continue
            seen.add(key)
            rec = self._record(doc, f, warnings)
            if rec is not None:
                result.records.append(rec)
        return result

    def _currency(self, folded: str, entities, local: str | None, lead, declared) -> str:
        """What a bare 元 means in this document: what it declares (港元．下同; 新台幣); else
        the home currency of the company it leads with; else 人民幣 in the mainland press
        (Simplified); else the local currency of the market a Traditional article is about
        (港元, 新台幣: a company the registry knows keeps its own reporting currency in its own
        figures, see Resolver._unit); else the home currency of the first company the registry
        knows one for; else CNY."""
        if declared is not None:
            return CURRENCIES[declared.group("cur")]
        if _TWD.search(folded):
            return "TWD"
        home = self.registry.fact(lead.id, "home_currency") if lead is not None else None
        if home:
            return home
        if local is not None:
            return local
        for e in entities:
            home = self.registry.fact(e.id, "home_currency")
            if home:
                return home
        return "CNY"

    def _record(self, doc: Document, f: Fact, warnings: list[str]) -> Record | None:
        a, b = f.span
        try:
            rec = Record(
                doc=doc.doc, kind=f.kind, subject=f.subject, value=f.value, value_max=f.value_max,
                unit=f.unit, approx=f.approx, period=f.period, change=f.change, span=(a, b),
                quote=doc.text[a:b], sentence=doc.text[f.sentence[0]:f.sentence[1]], rule=f.rule,
                target=f.target, counterparty=f.counterparty, stake_pct=f.stake_pct,
            )
            rec.check_grounding(doc.text)
        except (ValidationError, ValueError) as exc:
            first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            warnings.append(f"{doc.doc}: dropped a {f.kind} record at {a}-{b} ({f.rule}): {first}")
            return None
        return rec

    # -- many documents ---------------------------------------------------------------
    def extract_paths(self, paths: Iterable[str], date: str | None = None
                      ) -> Iterator[DocResult | SourceError]:
        for path, name in iter_inputs(paths):
            docs, errors = read_documents(path, name, date)
            yield from errors
            for doc in docs:
                try:
                    yield self.extract_document(doc)
                except Exception as exc:  # a bug must cost one document, not the run
                    yield SourceError(doc.doc, f"internal error, document skipped: {type(exc).__name__}: {exc}")


def _simplified(text: str, folded: str) -> bool:
    """Written in Simplified characters: folding to Simplified changes (almost) none of them."""
    changed = sum(1 for a, b in zip(text, folded) if a != b and "\u4e00" <= a <= "\u9fff")
    han = sum(1 for a in text if "\u4e00" <= a <= "\u9fff")
    return han >= 20 and changed <= han // 100


def _within(items: list, starts: list[int], s) -> list:
    lo = bisect.bisect_left(starts, s.start)
    hi = bisect.bisect_left(starts, s.end)
    return [it for it in items[lo:hi] if it.end <= s.end]


def _title_periods(facts: list[Fact], sents, first_period: str | None, anchor: str | None) -> list[Fact]:
    """A figure in the title takes its period from the body: from the same figure stated
    there, else from the first figure of the same kind, else from the period the body starts
    with (for prices, the article's own date)."""
    from dataclasses import replace
    if len(sents) < 2 or not sents[0].is_title:
        return facts
    title_end = sents[0].end
    body = [f for f in facts if f.span[0] > title_end]
    out = []
    for f in facts:
        if f.span[1] <= title_end:
            same = next((b for b in body if b.kind == f.kind and b.value == f.value and b.period), None) \
                or next((b for b in body if b.kind == f.kind and b.subject == f.subject and b.period), None)
            if same is not None:
                f = replace(f, period=same.period)
            # 中銀香港半年賺逾200億: a bare amount in the title is in the currency the body states it in
            body_unit = next((b.unit for b in body if b.kind == f.kind and b.subject == f.subject
                              and b.unit and len(b.unit) == 3 and b.unit.isupper()), None)
            if body_unit and f.unit and len(f.unit) == 3 and f.unit.isupper() and f.unit != body_unit \
                    and f.kind in REPORTED_KINDS:
                f = replace(f, unit=body_unit)
            elif f.period is None:
                f = replace(f, period=anchor if f.kind in ("price", "price_change") and anchor else first_period)
        out.append(f)
    return out


def _link_deals(facts: list[Fact]) -> list[Fact]:
    """The two sides of one deal name each other: Uber's acquisition of Trendyol GO is
    Alibaba's sale of it, so each record's counterparty is the other's subject."""
    from dataclasses import replace
    buyers = {f.target: f.subject for f in facts if f.kind == "acquisition" and f.target}
    sellers = {f.target: f.subject for f in facts if f.kind == "stake_sale" and f.target}
    out = []
    for f in facts:
        if f.kind == "stake_sale" and not f.counterparty and buyers.get(f.target) not in (None, f.subject):
            f = replace(f, counterparty=buyers[f.target])
        elif f.kind == "acquisition" and not f.counterparty and sellers.get(f.target) not in (None, f.subject):
            f = replace(f, counterparty=sellers[f.target])
        out.append(f)
    return out


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def extract_text(text: str, doc: str = "text#1", date: str | None = None,
                 extractor: Extractor | None = None) -> list[Record]:
    """Records of one article given as a string (title line, then body)."""
    return (extractor or default_extractor()).extract_document(Document(doc, text, date)).records
