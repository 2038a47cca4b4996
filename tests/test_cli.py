"""The command line, driven through Typer's CliRunner: stdout is data, stderr is talk."""
from __future__ import annotations

import csv
import io
import json
import os
import re

import pytest

from cli_helpers import jsonl, run
from conftest import SEEDS
from factx.output import FIELDS
from factx.rulebook import DEAL_KINDS, KINDS
from factx.sources import iter_inputs, read_documents


CONTRACT = ("doc", "kind", "subject", "value", "value_max", "unit", "approx", "period", "change",
            "span", "quote", "sentence", "rule")
DEAL_FIELDS = ("target", "counterparty", "stake_pct")

TRAD = "阿里巴巴財報出爐\n阿里巴巴第三季度營收2477.95億元，同比增長5%；淨利潤為206億元。(介面新聞)\n"
SIMP = "阿里巴巴财报出炉\n阿里巴巴第三季度营收2477.95亿元，同比增长5%；净利润为206亿元。(界面新闻)\n"






def check_contract(row: dict) -> None:
    missing = [k for k in CONTRACT if k not in row]
    assert not missing, f"record lacks {missing}: {row}"
    assert row["kind"] in KINDS
    if row["kind"] in DEAL_KINDS:
        assert all(k in row for k in DEAL_FIELDS), row


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    d = tmp_path_factory.mktemp("articles")
    (d / "trad.txt").write_text(TRAD, encoding="utf-8")
    (d / "simp.txt").write_text(SIMP, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def seeds_out():
    return run("extract", SEEDS)


def n_seed_docs() -> int:
    return sum(len(read_documents(p, n)[0]) for p, n in iter_inputs([SEEDS]))


def test_extract_seeds_stdout_is_only_json_lines(seeds_out):
    rows = jsonl(seeds_out.stdout)
    assert len(rows) >= 100, f"only {len(rows)} records from the seeds"
    for row in rows:
        check_contract(row)
        assert row["doc"].startswith("000_47ea01dc01003ef3.txt#"), row["doc"]
    # the summary goes to stderr, never to stdout
    assert re.search(rf"\b{n_seed_docs()} documents, \d+ warnings, 0 inputs failed", seeds_out.stderr), seeds_out.stderr
    assert "total" in seeds_out.stderr
    assert "documents" not in seeds_out.stdout


def test_extract_small_article_traditional_and_simplified(articles):
    r = run("extract", articles / "trad.txt", articles / "simp.txt")
    rows = jsonl(r.stdout)
    for row in rows:
        check_contract(row)
    by_doc = {d: [row for row in rows if row["doc"] == d] for d in ("trad.txt#1", "simp.txt#1")}
    for doc, recs in by_doc.items():
        rev = [x for x in recs if x["kind"] == "revenue"]
        assert len(rev) == 1, f"{doc}: {recs}"
        assert rev[0]["value"] == 247795000000 and rev[0]["unit"] == "CNY", rev[0]
        assert rev[0]["subject"] == "alibaba" and rev[0]["period"] == "2025Q3", rev[0]
        assert rev[0]["change"] == {"yoy": 5}, rev[0]
        np_ = [x for x in recs if x["kind"] == "net_profit"]
        assert [x["value"] for x in np_] == [20600000000], f"{doc}: {recs}"
    text = {"trad.txt#1": TRAD.rstrip("\n"), "simp.txt#1": SIMP.rstrip("\n")}
    for row in rows:
        assert text[row["doc"]][row["span"][0]:row["span"][1]] == row["quote"], row
    assert "2 documents" in r.stderr


def test_kind_filter(seeds_out):
    r = run("extract", "--kind", "revenue", SEEDS)
    rows = jsonl(r.stdout)
    assert rows and {x["kind"] for x in rows} == {"revenue"}
    assert rows == [x for x in jsonl(seeds_out.stdout) if x["kind"] == "revenue"]
    r2 = run("extract", "--kind", "revenue,capex", SEEDS)
    assert {x["kind"] for x in jsonl(r2.stdout)} == {"revenue", "capex"}


def test_format_json(seeds_out):
    r = run("extract", "--format", "json", SEEDS)
    data = json.loads(r.stdout)
    assert isinstance(data, list)
    assert data == jsonl(seeds_out.stdout)


def test_format_json_empty_is_valid(tmp_path):
    (tmp_path / "none.txt").write_text("標題\n今天天氣很好。\n", encoding="utf-8")
    r = run("extract", "--format", "json", tmp_path / "none.txt")
    assert json.loads(r.stdout) == []


def test_format_csv(seeds_out):
    r = run("extract", "--format", "csv", SEEDS)
    reader = csv.DictReader(io.StringIO(r.stdout))
    assert tuple(reader.fieldnames) == FIELDS
    rows = list(reader)
    want = jsonl(seeds_out.stdout)
    assert len(rows) == len(want)
    for got, w in zip(rows, want):
        assert (got["doc"], got["kind"], got["quote"], got["rule"]) == (w["doc"], w["kind"], w["quote"], w["rule"])
        assert json.loads(got["span"]) == w["span"]
        assert (float(got["value"]) if got["value"] else None) == w["value"]
        assert (json.loads(got["change"]) if got["change"] else None) == w["change"]


def test_output_file_same_as_stdout_no_temp_left(tmp_path, seeds_out):
    out = tmp_path / "facts.jsonl"
    r = run("extract", "-o", out, SEEDS)
    assert r.stdout == ""
    assert out.read_text(encoding="utf-8") == seeds_out.stdout
    assert os.listdir(tmp_path) == ["facts.jsonl"], os.listdir(tmp_path)


def test_quiet_gives_empty_stderr(articles):
    r = run("extract", "--quiet", articles / "trad.txt")
    assert r.stderr == ""
    assert jsonl(r.stdout)


def test_missing_file_exit_1_good_file_still_written(articles, tmp_path):
    missing = tmp_path / "does-not-exist.txt"
    r = run("extract", missing, articles / "trad.txt", code=1)
    err_lines = [ln for ln in r.stderr.splitlines() if ln.startswith("Error:")]
    assert len(err_lines) == 1 and str(missing) in err_lines[0], r.stderr
    rows = jsonl(r.stdout)
    assert {x["doc"] for x in rows} == {"trad.txt#1"}
    assert any(x["kind"] == "revenue" for x in rows)
    assert "1 inputs failed" in r.stderr


def test_bad_format_exit_2(articles):
    r = run("extract", "--format", "xml", articles / "trad.txt", code=2)
    assert r.stdout == ""
    assert "format" in r.stderr


def test_unknown_kind_exit_2(articles):
    r = run("extract", "--kind", "revenue,profitz", articles / "trad.txt", code=2)
    assert r.stdout == ""
    assert "profitz" in r.stderr


def test_schema():
    r = run("schema")
    schema = json.loads(r.stdout)
    assert "kind" in schema["properties"]
    assert set(CONTRACT) <= set(schema["properties"])


def test_quantities_command():
    r = run("quantities", "約7億美元")
    rows = jsonl(r.stdout)
    assert len(rows) == 1, rows
    q = rows[0]
    assert (q["value"], q["unit"], q["approx"]) == (700000000, "USD", "about"), q
    assert q["span"] == [0, 5]


def test_rules_list(extractor):
    r = run("rules", "list")
    listed = [ln.split("\t")[0] for ln in r.stdout.splitlines() if ln.strip()]
    assert listed == [rule.id for rule in extractor.book.rules]


def test_rules_lint_exits_0():
    r = run("rules", "lint")
    assert re.search(r"\d+ rules, \d+ problems", r.stderr), r.stderr


# -- user rule folders with mistakes: exit 2, one line naming file and line, no document read

GOOD_RULE = """\
rules:
  - id: test.ok
    kind: revenue
    pattern: '營收(?P<value>{amount})'
"""

BROKEN = {
    "yaml-syntax": ("rules:\n  - id: test.bad\n    kind: revenue\n    pattern: [unclosed\n  - id: x\n", (4, 5),
                    r"YAML"),
    "unknown-macro": ("rules:\n  - id: test.macro\n    kind: revenue\n    pattern: '{no_such_macro}(?P<value>{amount})'\n",
                      2, r"no_such_macro"),
    "invalid-regex": ("rules:\n  - id: test.regex\n    kind: revenue\n    pattern: '營收(?P<value>{amount}'\n",
                      2, r"regex"),
    "duplicate-id": (GOOD_RULE + "  - id: test.ok\n    kind: revenue\n    pattern: '收入(?P<value>{amount})'\n",
                     5, r"duplicate"),
    "duplicate-shipped-id": ("rules:\n  - id: metric.level\n    kind: revenue\n    pattern: '收入(?P<value>{amount})'\n",
                             2, r"duplicate"),
    "missing-field": ("rules:\n  - id: test.nopattern\n    kind: revenue\n", 2, r"pattern"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_rules_folder(case, tmp_path, articles):
    text, line, word = BROKEN[case]
    rules = tmp_path / "myrules"
    rules.mkdir()
    path = rules / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    missing = tmp_path / "missing.txt"   # would give an error line if any input were read
    r = run("extract", "--rules", rules, articles / "trad.txt", missing, code=2)
    assert r.stdout == "", "records were written although the rules are broken"
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one error line, got:\n{r.stderr}"
    m = re.match(rf"Error: {re.escape(str(path))}:(\d+): .*{word}", lines[0], re.I)
    assert m, lines[0]
    assert int(m.group(1)) in (line if isinstance(line, tuple) else (line,)), lines[0]
    assert "missing.txt" not in r.stderr and "documents" not in r.stderr


def test_good_user_rules_folder_loads(tmp_path, articles):
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "ok.yaml").write_text(GOOD_RULE, encoding="utf-8")
    r = run("extract", "--rules", rules, articles / "trad.txt")
    assert any(x["kind"] == "revenue" for x in jsonl(r.stdout))
