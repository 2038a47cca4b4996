"""The HTML report: one highlight per record, quotes in their marks, nothing to fetch, and the
same count in the DOM a real browser builds (headless Chromium, when installed)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from html import unescape as html_unescape
from html.parser import HTMLParser

import pytest

from conftest import SEEDS
from factx.models import Record
from factx.pipeline import DocResult
from factx.report import render_report
from factx.sources import Document


class Marks(HTMLParser):
    """Collects every <mark class="fact"> (attributes and text, continuation pieces included)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.facts: dict[str, dict] = {}      # data-ref -> attributes, plus "text"
        self.order: list[str] = []
        self.open: list[str | None] = []      # data-ref of each open <mark>, None for others
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag != "mark":
            return
        classes = (a.get("class") or "").split()
        ref = a.get("data-ref")
        if "fact" in classes:
            assert ref not in self.facts, f"two fact marks for record {ref}"
            self.facts[ref] = dict(a, text="")
            self.order.append(ref)
        elif "fact-cont" not in classes:
            ref = None
        self.open.append(ref)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for ref in set(r for r in self.open if r is not None):
            self.facts[ref]["text"] += data


def parse(html: str) -> Marks:
    p = Marks()
    p.feed(html)
    p.close()
    assert p.open == [], "unclosed <mark>"
    return p


def fact_count(html: str) -> int:
    return sum(1 for tag, a in parse(html).tags if "fact" in (a.get("class") or "").split())


@pytest.fixture(scope="module")
def seeds(extractor):
    results = [r for r in extractor.extract_paths([SEEDS]) if isinstance(r, DocResult)]
    records = [r for res in results for r in res.records]
    assert records
    return results, records, render_report(results, title="seeds")


def test_one_fact_mark_per_record_with_its_quote(seeds):
    results, records, html = seeds
    p = parse(html)
    assert fact_count(html) == len(records) == len(p.facts)
    for ref, rec in zip(p.order, records):   # marks come in document order, records too
        m = p.facts[ref]
        d = json.loads(m["data-record"])
        assert d == json.loads(json.dumps(rec.to_json_dict()))
        assert m["data-kind"] == rec.kind
        assert f"k-{rec.kind}" in m["class"].split()
        assert m["text"] == rec.quote, (rec.doc, rec.span, rec.kind)
        assert rec.kind in m["title"] and rec.subject in m["title"]


def test_every_article_and_a_table_row_per_record(seeds):
    results, records, html = seeds
    p = parse(html)
    assert sum(1 for t, _ in p.tags if t == "article") == len(results)
    rows = [a for t, a in p.tags if t == "tr" and "data-ref" in a]
    assert sorted(int(a["data-ref"]) for a in rows) == list(range(len(records)))
    heads = [a for t, a in p.tags if t == "button" and "data-kind" in a]
    assert {a["data-kind"] for a in heads} == {r.kind for r in records}   # the legend


def test_self_contained_and_deterministic(seeds, extractor):
    results, records, html = seeds
    assert not re.search(r"https?:", html, re.I)
    assert not re.search(r"<(link|iframe|img|object|embed)\b|\bsrc\s*=|@import|url\(", html, re.I)
    again = [r for r in extractor.extract_paths([SEEDS]) if isinstance(r, DocResult)]
    assert render_report(again, title="seeds") == html


def test_overlapping_spans_and_escaping():
    text = "A&B<公司>\n營收100億元，同比<增長>5%"
    def rec(a, b, kind="revenue", subject="x<y>", **kw):
        return Record(doc="t.txt#1", kind=kind, subject=subject, value=kw.pop("value", 1), unit="CNY",
                      span=(a, b), quote=text[a:b], sentence=text, rule="r\"1", **kw)
    i = text.index("100")
    j = text.index("同比")
    recs = [rec(i, i + 5), rec(i, i + 5, kind="cost"), rec(i + 2, i + 3),   # equal and nested spans
            rec(i + 3, j + 2, kind="capex"),                                # crosses the first two
            rec(0, 3, subject="A&B", value=2)]
    html = render_report([DocResult(Document("t.txt#1", text), recs)], title="<t>")
    p = parse(html)
    assert fact_count(html) == len(recs)
    assert [p.facts[r]["text"] for r in sorted(p.facts, key=int)] == [r.quote for r in recs]
    assert "<公司>" not in html and "&lt;公司&gt;" in html and "<t>" not in html
    assert "class=\"fact-cont" in html    # the crossing span was split, not dropped


def _chromium():
    exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("chromium not installed: apt-get install -y chromium (and fonts-noto-cjk for the glyphs)")
    return exe


def _run_chromium(exe, *args, timeout=90):
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)


def test_chromium_renders_one_highlight_per_record(seeds, tmp_path):
    exe = _chromium()
    results, records, html = seeds
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    url = page.as_uri()
    dom = _run_chromium(exe, "--dump-dom", url + "?select=0")   # ?select=N: the script shows record N
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "</html>" in dom.stdout
    assert fact_count(dom.stdout) == len(records)
    p = parse(dom.stdout)
    assert [p.facts[r]["text"] for r in p.order] == [r.quote for r in records]
    panel = re.search(r'<pre id="detail-json">(.*?)</pre>', dom.stdout, re.S)
    assert panel and json.loads(html_unescape(panel.group(1))) == json.loads(json.dumps(records[0].to_json_dict()))

    png = tmp_path / "report.png"
    shot = _run_chromium(exe, "--window-size=1200,900", f"--screenshot={png}", url + "?select=0")
    assert shot.returncode == 0, shot.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
