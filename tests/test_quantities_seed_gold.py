"""Every money, percent and count figure the seed gold requires is found by quantities() itself,
with the right value and unit, at the gold mention (tests/data/gold is a copy of ../shared/gold)."""
from __future__ import annotations

import json
import math
import os

import pytest

from conftest import DATA, SEEDS
from factx.quantities import quantities
from factx.sources import read_documents

CURRENCY = frozenset({"CNY", "USD", "HKD", "TWD", "EUR", "JPY", "GBP"})


def _gold():
    docs, _ = read_documents(os.path.join(SEEDS, "000_47ea01dc01003ef3.txt"), "000_47ea01dc01003ef3.txt")
    texts = {d.doc: d.text for d in docs}
    with open(os.path.join(DATA, "gold", "seeds.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(texts[g["doc"]], g) for g in rows if not g.get("optional") and g.get("value") is not None]


GOLD = _gold()


def _unit_ok(gold_unit: str, q) -> bool:
    if gold_unit in CURRENCY:
        # a bare 元 or 億 is money whose currency the article sets (新台幣…元, 套現300億)
        return q.unit == gold_unit or (q.dim == "money" and not q.currency_explicit) or (q.dim == "number" and q.scaled)
    if gold_unit in ("percent", "points"):
        return q.unit == gold_unit
    return q.dim in ("count", "number")   # a count noun: the classifier or the word after it says what


@pytest.mark.parametrize("text,gold", GOLD, ids=[f"{g['doc'][-2:]}:{g['quote']}" for _, g in GOLD])
def test_gold_figure_is_a_quantity(text, gold):
    a, b = gold["span"]
    found = [q for q in quantities(text) if q.start < b and a < q.end]
    assert found, f"no quantity at {gold['quote']!r}"
    want = abs(float(gold["value"]))
    ok = [q for q in found if q.value is not None and math.isclose(abs(float(q.value)), want, rel_tol=0.005)
          and _unit_ok(gold["unit"], q)]
    assert ok, f"{gold['quote']!r}: want {gold['value']} {gold['unit']}, got " + \
        ", ".join(f"{q.text}={q.value} {q.unit} ({q.dim})" for q in found)


def test_the_seed_gold_is_covered():
    assert len(GOLD) > 100   # the seed gold's required figures with a value
