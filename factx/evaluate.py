"""Accuracy of records against gold records, counted the way the contract's scorer counts
(../shared/spec/records.md, "What the scorer counts").

    gold = load_jsonl("tests/data/gold/seeds.jsonl")
    result = evaluate(gold, [r.to_json_dict() for r in records], load_aliases(["rules/registry/entities.tsv"]))
    console.print(format_table(result))

Matching, per document (compared by `<basename>#<n>`):
- same `kind` and the same unit class (currency codes, `percent`, `points` as written; every
  count noun is one class), and
- a gold value: the predicted value within 0.5% of it;
- no gold value, a deal: no predicted value, the same `target` and `stake_pct` (within 0.2%);
- no gold value, another kind: no predicted value and a growth rate under a shared basis
  (within 1%).
Gold facts are matched one at a time, required ones first, each to the best free prediction
(same subject, then overlapping span, then same period; the earliest on a tie). Optional gold
neither counts for nor against: a prediction matched to it is no false positive. Predictions
for documents the gold does not cover, or of kinds outside the contract, are not scored.
Attribute agreement is counted over the pairs with required gold.
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from typing import Iterable

from .rulebook import DEAL_KINDS, KINDS

VALUE_TOL = 0.005      # relative, value and value_max
CHANGE_TOL = 0.01      # relative, growth rates
STAKE_TOL = 0.002      # relative, stake_pct


# -- inputs -------------------------------------------------------------------------------

def load_jsonl(path: str) -> list[dict]:
    """The JSON objects of a JSONL file, one a line; blank and unparsable lines are skipped."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict):
                rows.append(obj)
    return rows


def load_aliases(paths: Iterable[str]) -> dict[str, str]:
    """name -> entity id from entities .tsv files (a header line, then: id, names...; tabs).

    Keys are case-folded; every id maps to itself. Rows that share a name are one entity,
    named by the id that was seen first, so two tables that spell an id differently agree."""
    groups: list[list[str]] = []             # each group: its ids in order of appearance
    names: dict[str, int] = {}               # folded name -> group index
    members: dict[int, set[str]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()[1:]
        for line in lines:
            cells = [c.strip() for c in line.split("\t") if c.strip()]
            if not cells:
                continue
            keys = [c.casefold() for c in cells]
            hit = sorted({names[k] for k in keys if k in names})
            if hit:
                g = hit[0]
                for other in hit[1:]:        # this row joins groups: fold them into the oldest
                    groups[g].extend(groups[other])
                    groups[other] = []
                    for k in members.pop(other):
                        names[k] = g
                        members[g].add(k)
            else:
                g = len(groups)
                groups.append([])
                members[g] = set()
            groups[g].append(cells[0])
            for k in keys:
                names[k] = g
                members[g].add(k)
    return {k: groups[g][0] for k, g in names.items()}


def entity_files(gold_paths: Iterable[str] = (), extra: Iterable[str] = ()) -> list[str]:
    """The entity tables to read: factx's registry, entities*.tsv beside each gold file, extras."""
    from .rulebook import shipped_rules_dir
    out = [os.path.join(shipped_rules_dir(), "registry", "entities.tsv")]
    for g in gold_paths:
        folder = os.path.dirname(os.path.abspath(g))
        out += [os.path.join(folder, n) for n in sorted(os.listdir(folder))
                if n.startswith("entities") and n.endswith(".tsv")]
    out += list(extra)
    seen: set[str] = set()
    return [p for p in out if os.path.isfile(p) and not (os.path.abspath(p) in seen or seen.add(os.path.abspath(p)))]


# -- comparing fields ---------------------------------------------------------------------

def _number(x) -> float | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    if isinstance(x, str):
        try:
            return float(x)
        except ValueError:
            return None
    return None


def _near(a, b, tol: float = VALUE_TOL) -> bool:
    """Both absent, or both numbers within `tol` of the larger magnitude."""
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return x is None and y is None
    return x == y or abs(x - y) <= tol * max(abs(x), abs(y))


def _unit_class(rec: dict) -> str | None:
    u = rec.get("unit")
    if not isinstance(u, str):
        return None
    u = u.strip()
    if not u:
        return None
    if u.casefold() in ("percent", "points"):
        return u.casefold()
    if len(u) == 3 and u.isalpha() and u.isupper():       # ISO 4217
        return u.casefold()
    return "count"


def _rates(rec: dict) -> dict[str, float]:
    ch = rec.get("change")
    if not isinstance(ch, dict):
        return {}
    out = {}
    for basis, v in ch.items():
        n = _number(v)
        if n is not None:
            out[basis] = n
    return out


def _doc(rec: dict) -> str:
    d = str(rec.get("doc") or "")
    head, sep, n = d.rpartition("#")
    if not sep:
        return os.path.basename(d)
    return f"{os.path.basename(head)}#{n}"


class _Names:
    """Entity names to ids, for comparing subjects, targets and counterparties."""

    def __init__(self, aliases: dict[str, str] | None):
        self.aliases = {k.casefold(): v for k, v in (aliases or {}).items()}
        self.ids = set(self.aliases.values())

    def id(self, name):
        if name is None:
            return None
        if not isinstance(name, str):
            return str(name)
        if "+" in name:
            return "+".join(sorted(self.id(part) for part in name.split("+")))
        key = name.strip().casefold()
        return self.aliases.get(key, key)

    def company(self, ident):
        """The company an id belongs to: a segment id 'alibaba-cloud' belongs to 'alibaba'."""
        if not isinstance(ident, str):
            return ident
        heads = set()
        for part in ident.split("+"):
            first = part.split("-")[0]
            heads.add(first if first in self.ids else part)
        return "+".join(sorted(heads))


def _same_fact(g: dict, p: dict, names: _Names) -> bool:
    if g.get("kind") != p.get("kind") or _unit_class(g) != _unit_class(p):
        return False
    gv = _number(g.get("value"))
    if gv is not None:
        return _number(p.get("value")) is not None and _near(gv, p.get("value"))
    if _number(p.get("value")) is not None:
        return False
    if g.get("kind") in DEAL_KINDS:
        return (names.id(g.get("target")) == names.id(p.get("target"))
                and _near(g.get("stake_pct"), p.get("stake_pct"), STAKE_TOL))
    pr = _rates(p)
    return any(b in pr and _near(v, pr[b], CHANGE_TOL) for b, v in _rates(g).items())


def _spans_overlap(a, b) -> bool:
    try:
        return min(a[1], b[1]) > max(a[0], b[0])
    except (TypeError, IndexError, KeyError):
        return False


def _affinity(g: dict, p: dict, names: _Names) -> tuple[bool, bool, bool]:
    return (names.id(g.get("subject")) == names.id(p.get("subject")),
            _spans_overlap(g.get("span"), p.get("span")),
            g.get("period") == p.get("period"))


# -- scoring ------------------------------------------------------------------------------

def _pairs(gold: list[dict], pred: list[dict], names: _Names) -> dict[int, int]:
    """gold index -> pred index, one to one."""
    candidates: dict[str, list[int]] = defaultdict(list)
    for j, p in enumerate(pred):
        candidates[_doc(p)].append(j)
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    required_first = [i for i, g in enumerate(gold) if not g.get("optional")] + \
                     [i for i, g in enumerate(gold) if g.get("optional")]
    for i in required_first:
        g = gold[i]
        choice, score = None, None
        for j in candidates.get(_doc(g), ()):
            if j in taken or not _same_fact(g, pred[j], names):
                continue
            s = _affinity(g, pred[j], names)
            if choice is None or s > score:
                choice, score = j, s
        if choice is not None:
            taken.add(choice)
            pairs[i] = choice
    return pairs


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _prf(tp: int, fp: int, fn: int) -> dict:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def _agreement(gold: list[dict], pred: list[dict], pairs: dict[int, int], names: _Names) -> dict:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def count(attr: str, ok: bool) -> None:
        counts[attr][0] += int(bool(ok))
        counts[attr][1] += 1

    for i, j in sorted(pairs.items()):
        g, p = gold[i], pred[j]
        if g.get("optional"):
            continue
        gs, ps = names.id(g.get("subject")), names.id(p.get("subject"))
        count("subject", gs == ps)
        count("subject_company", names.company(gs) == names.company(ps))
        if g.get("period") is not None:
            count("period", g.get("period") == p.get("period"))
        count("approx", (g.get("approx") or None) == (p.get("approx") or None))
        gr, pr = _rates(g), _rates(p)
        if gr:
            count("change", gr.keys() == pr.keys() and all(_near(v, pr[b], CHANGE_TOL) for b, v in gr.items()))
        else:
            count("no_spurious_change", not pr)
        if g.get("value_max") is not None:
            count("value_max", _near(g.get("value_max"), p.get("value_max")))
        if g.get("kind") in DEAL_KINDS:
            count("target", names.id(g.get("target")) == names.id(p.get("target")))
            if g.get("stake_pct") is not None:
                count("stake_pct", _near(g.get("stake_pct"), p.get("stake_pct"), STAKE_TOL))
            if g.get("counterparty"):
                count("counterparty", names.id(g.get("counterparty")) == names.id(p.get("counterparty")))
    return {k: tuple(v) for k, v in sorted(counts.items())}


def evaluate(gold: list[dict], pred: list[dict], aliases: dict[str, str] | None = None) -> dict:
    """Precision, recall and F1 of `pred` against `gold` (record dicts), overall and per kind,
    and attribute agreement over the matched pairs.

    Returns {"precision", "recall", "f1", "tp", "fp", "fn", "gold" (required gold facts),
    "pred" (scored predictions), "per_kind": {kind: {precision, recall, f1, tp, fp, fn}},
    "attributes": {name: rate or None}, "attribute_counts": {name: (agree, seen)},
    "missed": [gold dicts], "spurious": [pred dicts]}."""
    names = _Names(aliases)
    kinds = set(KINDS)
    gold = [g for g in gold if g.get("kind") in kinds]
    docs = {_doc(g) for g in gold}
    pred = [p for p in pred if p.get("kind") in kinds and _doc(p) in docs]
    pairs = _pairs(gold, pred, names)
    used = set(pairs.values())
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    tp = sum(1 for i in required if i in pairs)
    result = _prf(tp, len(pred) - len(used), len(required) - tp)
    result["gold"], result["pred"] = len(required), len(pred)

    per_kind = {}
    for kind in sorted({gold[i]["kind"] for i in required} | {p["kind"] for p in pred}):
        req = [i for i in required if gold[i]["kind"] == kind]
        k_tp = sum(1 for i in req if i in pairs)
        k_fp = sum(1 for j, p in enumerate(pred) if p["kind"] == kind and j not in used)
        per_kind[kind] = _prf(k_tp, k_fp, len(req) - k_tp)
    result["per_kind"] = per_kind
    counts = _agreement(gold, pred, pairs, names)
    result["attributes"] = {k: (a / n if n else None) for k, (a, n) in counts.items()}
    result["attribute_counts"] = counts
    result["missed"] = [gold[i] for i in required if i not in pairs]
    result["spurious"] = [p for j, p in enumerate(pred) if j not in used]
    return result


def summary(result: dict, digits: int = 4) -> dict:
    """The headline figures as a JSON-ready dict (rates rounded), without the fact lists."""
    out = {k: round(result[k], digits) for k in ("precision", "recall", "f1")}
    out.update({k: result[k] for k in ("tp", "fp", "fn", "gold", "pred")})
    out["attributes"] = {k: (round(v, digits) if v is not None else None) for k, v in result["attributes"].items()}
    out["per_kind"] = {k: {m: (round(v, digits) if isinstance(v, float) else v) for m, v in d.items()}
                       for k, d in result["per_kind"].items()}
    return out


def format_table(result: dict):
    """A rich Table: per-kind tp/fp/fn/P/R/F1 with a total row, then attribute agreement."""
    from rich.table import Table

    kinds = Table(title="facts", show_edge=False)
    kinds.add_column("kind")
    for col in ("tp", "fp", "fn", "P", "R", "F1"):
        kinds.add_column(col, justify="right")
    for kind, d in result["per_kind"].items():
        kinds.add_row(kind, str(d["tp"]), str(d["fp"]), str(d["fn"]),
                      f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}")
    kinds.add_section()
    kinds.add_row("[b]total[/b]", f"[b]{result['tp']}[/b]", f"[b]{result['fp']}[/b]", f"[b]{result['fn']}[/b]",
                  f"[b]{result['precision']:.3f}[/b]", f"[b]{result['recall']:.3f}[/b]", f"[b]{result['f1']:.3f}[/b]")

    attrs = Table(title="attribute agreement over matched facts", show_edge=False)
    attrs.add_column("attribute")
    attrs.add_column("agree", justify="right")
    attrs.add_column("rate", justify="right")
    for name, (a, n) in result["attribute_counts"].items():
        attrs.add_row(name, f"{a}/{n}", f"{a / n:.3f}" if n else "-")

    grid = Table.grid(padding=(1, 0))
    grid.add_column()
    grid.add_row(kinds)
    grid.add_row(attrs)
    return grid
