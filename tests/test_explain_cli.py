"""`factx explain`, `factx report` and `factx eval` from the command line: data on stdout,
talk on stderr, the exit codes of cli.py."""
from __future__ import annotations

import json
import os
import re


from cli_helpers import run, runner
from conftest import DATA, SEEDS
from factx.cli import app


TEXT = "阿里財報\\n阿里第三季度營收2477.95億元，同比增長5%"   # as typed on a shell: a literal \n
SEED_FILE = os.path.join(SEEDS, "000_47ea01dc01003ef3.txt")
GOLD = os.path.join(DATA, "gold", "seeds.jsonl")




def test_explain_text_prints_a_tree_with_the_stages():
    r = run("explain", TEXT)
    out = r.stdout
    assert out.splitlines()[0].startswith("text#1 — 1 records"), out
    for stage in ("normalize", "rules", "resolve"):
        assert re.search(rf"[├└]── {stage}\b", out), f"no {stage} node in:\n{out}"
    assert "2477.95億元 → 247795000000 CNY" in out
    assert "entity 阿里 → alibaba" in out
    assert "metric.level → revenue" in out
    assert "«2477.95億元»" in out
    assert r.stderr == ""


def test_explain_json():
    r = run("explain", "--json", TEXT)
    trace = json.loads(r.stdout)
    assert trace["doc"] == "text#1" and trace["records_after_validation"] == 1
    (s,) = trace["sentences"]
    assert s["sentence"] == "阿里第三季度營收2477.95億元，同比增長5%"
    assert {(q["text"], q["value"], q["unit"]) for q in s["quantities"]} == {
        ("2477.95億元", 247795000000, "CNY"), ("5%", 5, "percent")}
    for q in s["quantities"]:
        assert "阿里財報\n阿里第三季度營收2477.95億元，同比增長5%"[q["span"][0]:q["span"][1]] == q["text"]
    (rec,) = s["records"]
    assert (rec["kind"], rec["subject"], rec["value"], rec["period"], rec["change"]) == (
        "revenue", "alibaba", 247795000000, "2025Q3", {"yoy": 5})
    assert rec["quote"] == "2477.95億元" and rec["why"]
    assert [h["rule"] for h in s["rules_fired"]] == ["metric.level"]
    assert r.stderr == ""


def test_explain_stdin():
    r = runner.invoke(app, ["explain", "--json", "-"], input="阿里財報\n阿里第三季度營收2477.95億元，同比增長5%\n")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["records_after_validation"] == 1


def test_explain_file_doc_2():
    r = run("explain", SEED_FILE, "--doc", "2")
    first = r.stdout.splitlines()[0]
    m = re.match(r"000_47ea01dc01003ef3\.txt#2 — (\d+) records", first)
    assert m and int(m.group(1)) > 0, first
    assert "normalize" in r.stdout and "resolve" in r.stdout
    j = json.loads(run("explain", "--json", SEED_FILE, "--doc", "2").stdout)
    assert j["doc"] == "000_47ea01dc01003ef3.txt#2"
    assert j["records_after_validation"] == int(m.group(1))


def test_explain_file_doc_out_of_range_exits_1():
    r = run("explain", SEED_FILE, "--doc", "99", code=1)
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert re.fullmatch(rf"Error: {re.escape(SEED_FILE)}: no article #99 \(it has \d+\)", lines[0]), lines[0]
    r0 = run("explain", SEED_FILE, "--doc", "0", code=1)
    assert "no article #0" in r0.stderr


def test_report_writes_a_file_and_talks_on_stderr(tmp_path):
    out = tmp_path / "X.html"
    r = run("report", SEEDS, "-o", out)
    assert r.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and "</html>" in html
    m = re.search(rf"{re.escape(str(out))}: (\d+) documents, (\d+) records", r.stderr)
    assert m and int(m.group(1)) > 0 and int(m.group(2)) > 100, r.stderr
    assert len(re.findall(r'<mark id="f\d+" class="fact', html)) == int(m.group(2))   # one mark a record
    assert os.listdir(tmp_path) == ["X.html"], os.listdir(tmp_path)   # no temp file left


def test_eval_json_is_the_only_stdout():
    r = run("eval", "--gold", GOLD, SEEDS, "--json")
    lines = r.stdout.splitlines()
    assert len(lines) == 1, r.stdout[:500]
    summary = json.loads(lines[0])
    assert summary["f1"] >= 0.9, summary
    assert {"precision", "recall", "tp", "fp", "fn", "per_kind"} <= set(summary)
    assert r.stderr == "", r.stderr
