"""evaluate(): the scorer's counting rules on hand-made records, and the same figures as the
shared scorer (../shared/eval/score.py) on the seeds."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from rich.console import Console

from conftest import DATA, ROOT, SEEDS
from factx.evaluate import evaluate, format_table, load_aliases, load_jsonl, summary
from factx.pipeline import DocResult

ALIASES = {"阿里": "alibaba", "阿里巴巴": "alibaba", "alibaba": "alibaba", "trendyol go": "trendyol-go",
           "trendyol-go": "trendyol-go", "uber": "uber", "alibaba-cloud": "alibaba-cloud"}


def rec(**kw) -> dict:
    d = {"doc": "a.txt#1", "kind": "revenue", "subject": "alibaba", "value": 247795000000, "value_max": None,
         "unit": "CNY", "approx": None, "period": "2025Q3", "change": None, "span": [10, 20]}
    d.update(kw)
    return d


def score(gold, pred, aliases=ALIASES):
    r = evaluate(gold, pred, aliases)
    return r["tp"], r["fp"], r["fn"]


def test_exact_match():
    r = evaluate([rec()], [rec()])
    assert (r["tp"], r["fp"], r["fn"]) == (1, 0, 0)
    assert r["precision"] == r["recall"] == r["f1"] == 1.0
    assert r["per_kind"]["revenue"]["f1"] == 1.0
    assert r["attributes"]["subject"] == r["attributes"]["period"] == r["attributes"]["approx"] == 1.0


def test_value_tolerance_is_half_a_percent():
    v = 247795000000
    assert score([rec()], [rec(value=v * 1.004)]) == (1, 0, 0)
    assert score([rec()], [rec(value=v * 1.01)]) == (0, 1, 1)
    assert score([rec()], [rec(value=None, change={"yoy": 5})]) == (0, 1, 1)
    r = evaluate([rec()], [rec(value=v * 1.01)])
    assert r["precision"] == r["recall"] == r["f1"] == 0.0
    assert len(r["missed"]) == len(r["spurious"]) == 1


def test_units_must_agree_but_count_nouns_are_alike():
    assert score([rec()], [rec(unit="USD")]) == (0, 1, 1)
    assert score([rec()], [rec(unit=None)]) == (0, 1, 1)
    assert score([rec(kind="orders", unit="orders", value=1.2e8)], [rec(kind="orders", unit="units", value=1.2e8)]) == (1, 0, 0)
    assert score([rec(kind="price_change", unit="percent", value=4)],
                 [rec(kind="price_change", unit="points", value=4)]) == (0, 1, 1)


def test_kind_and_doc_must_agree():
    assert score([rec()], [rec(kind="cost")]) == (0, 1, 1)
    assert score([rec()], [rec(doc="seeds/sub/a.txt#1")]) == (1, 0, 0)      # basename#n
    assert score([rec()], [rec(doc="a.txt#2")]) == (0, 0, 1)                # doc not in the gold: not scored
    assert score([rec()], [rec(), rec(kind="not_a_kind")]) == (1, 0, 0)     # kind outside the contract


def test_optional_gold_counts_neither_way():
    gold = [rec(), rec(value=300, span=[50, 55], optional=True)]
    assert score(gold, [rec(), rec(value=300)]) == (1, 0, 0)
    assert score(gold, [rec()]) == (1, 0, 0)
    r = evaluate(gold, [rec(), rec(value=300)])
    assert r["gold"] == 1 and r["pred"] == 2


def test_required_gold_is_matched_first():
    gold = [rec(optional=True, span=[0, 5]), rec(span=[10, 20])]
    assert score(gold, [rec(span=[0, 5])]) == (1, 0, 0)


def test_one_to_one_and_preference():
    gold = [rec(subject="alibaba", span=[10, 20]), rec(subject="jd", span=[30, 40])]
    pred = [rec(subject="jd", span=[30, 40]), rec(subject="阿里", span=[10, 20])]
    r = evaluate(gold, pred, ALIASES)
    assert (r["tp"], r["fp"], r["fn"]) == (2, 0, 0)
    assert r["attributes"]["subject"] == 1.0          # each gold took the prediction with its subject
    assert score([rec()], [rec(), rec()]) == (1, 1, 0)


def test_null_value_matches_on_a_shared_growth_basis():
    g = rec(subject="alibaba-cloud", value=None, unit=None, change={"yoy": 34})
    assert score([g], [rec(subject="alibaba-cloud", value=None, unit=None, change={"yoy": 34.2})]) == (1, 0, 0)
    assert score([g], [rec(value=None, unit=None, change={"qoq": 34})]) == (0, 1, 1)
    assert score([g], [rec(value=None, unit=None, change={"yoy": 35})]) == (0, 1, 1)
    assert score([g], [rec(value=100, unit=None, change={"yoy": 34})]) == (0, 1, 1)
    r = evaluate([g], [rec(subject="alibaba", value=None, unit=None, change={"yoy": 34, "qoq": 3})], ALIASES)
    assert r["tp"] == 1
    assert r["attributes"]["change"] == 0.0          # an extra basis is a disagreement
    assert r["attributes"]["subject"] == 0.0 and r["attributes"]["subject_company"] == 1.0


def test_deals_without_value_match_on_target_and_stake():
    g = rec(kind="stake_sale", value=None, unit=None, target="trendyol-go", stake_pct=85, counterparty="uber")
    p = rec(kind="stake_sale", value=None, unit=None, target="Trendyol GO", stake_pct=85.0, counterparty=None)
    r = evaluate([g], [p], ALIASES)
    assert (r["tp"], r["fp"], r["fn"]) == (1, 0, 0)
    assert r["attributes"]["target"] == 1.0 and r["attributes"]["stake_pct"] == 1.0
    assert r["attributes"]["counterparty"] == 0.0
    assert score([g], [dict(p, stake_pct=80)]) == (0, 1, 1)
    assert score([g], [dict(p, target="other")]) == (0, 1, 1)
    assert score([g], [dict(p, value=7e8, unit="USD")]) == (0, 1, 1)
    # a deal with a value matches on the value; target and stake are then attributes
    gv = dict(g, value=7e8, unit="USD")
    r = evaluate([gv], [dict(p, value=7e8, unit="USD", target="x", stake_pct=None)], ALIASES)
    assert r["tp"] == 1 and r["attributes"]["target"] == 0.0 and r["attributes"]["stake_pct"] == 0.0


def test_attribute_agreement_counts():
    gold = [rec(span=[0, 5], value=1, period="2025Q3", approx="about"),
            rec(span=[5, 9], value=2, period=None),
            rec(span=[9, 12], value=3, optional=True, period="2020")]
    pred = [rec(value=1, period="2025Q2", approx="about"), rec(value=2, period="2025", approx="over"), rec(value=3, period="1999")]
    r = evaluate(gold, pred)
    assert r["attribute_counts"]["period"] == (0, 1)        # null gold period and optional gold not counted
    assert r["attribute_counts"]["approx"] == (1, 2)
    assert r["attribute_counts"]["no_spurious_change"] == (2, 2)
    assert "target" not in r["attributes"]


def test_load_aliases(tmp_path):
    a = tmp_path / "entities.tsv"
    a.write_text("id\tnames\nalibaba\t阿里巴巴\t阿里\tAlibaba\njd\t京東\n", encoding="utf-8")
    b = tmp_path / "entities-new.tsv"
    b.write_text("id\tnames\nbaba\tAlibaba\t阿里集團\nxiaomi\t小米\n", encoding="utf-8")
    al = load_aliases([str(a), str(b)])
    assert al["阿里"] == al["alibaba"] == al["baba"] == al["阿里集團"] == "alibaba"
    assert al["京東"] == "jd" and al["xiaomi"] == "xiaomi" and "id" not in al
    r = evaluate([rec(subject="baba+jd")], [rec(subject="京東+阿里集團")], al)
    assert r["attributes"]["subject"] == 1.0


def test_format_table():
    r = evaluate([rec(), rec(kind="cost", value=5)], [rec()])
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(format_table(r))
    text = out.getvalue()
    assert "revenue" in text and "cost" in text and "total" in text and "subject" in text
    assert json.dumps(summary(r))        # JSON-ready


def _shared() -> str | None:
    for p in (os.path.join(ROOT, "..", "shared"), "/work/shared"):
        if os.path.isfile(os.path.join(p, "eval", "score.py")):
            return os.path.abspath(p)
    return None


def test_reproduces_the_shared_scorer_on_the_seeds(extractor, tmp_path):
    shared = _shared()
    if shared is None:
        pytest.skip("../shared (eval/score.py) is not beside this checkout")
    gold_path = os.path.join(DATA, "gold", "seeds.jsonl")
    if not os.path.isfile(gold_path):
        gold_path = os.path.join(shared, "gold", "seeds.jsonl")
    entities = os.path.join(shared, "spec", "entities.tsv")
    pred = [r.to_json_dict() for res in extractor.extract_paths([SEEDS]) if isinstance(res, DocResult)
            for r in res.records]
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred), encoding="utf-8")
    out = subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), "--gold", gold_path,
                          "--pred", str(pred_path), "--entities", entities, "--json"],
                         capture_output=True, text=True, timeout=60, check=True)
    ref = json.loads(out.stdout.strip().splitlines()[-1])

    beside = os.path.dirname(os.path.abspath(gold_path))   # score.py adds entities*.tsv beside the gold
    tables = [entities] + [os.path.join(beside, n) for n in sorted(os.listdir(beside))
                           if n.startswith("entities") and n.endswith(".tsv")]
    mine = summary(evaluate(load_jsonl(gold_path), pred, load_aliases(tables)))
    for key in ("precision", "recall", "f1", "tp", "fp", "fn", "gold", "pred", "attributes"):
        assert mine[key] == ref[key], key
