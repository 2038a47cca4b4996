"""Rules stage: run the compiled YAML rules over a sentence's token view.

A rule match becomes a `Hit`: which rule, the figure's token, the kind it names and the
groups it captured (subject, target, stake, direction…). Each quantity token is claimed by
at most one hit: rules run in priority order, so a specific rule (a deal, a price move) wins
over a general one (a metric followed by an amount) on the same figure.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .rulebook import Rule, RuleBook
from .tokens import TokenView

TIMEOUT = 0.25  # seconds per pattern and sentence: a pathological rule costs a warning, not a hang


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    kind: str | None                 # None: "inherit" — the kind of the figure before it
    at: int                          # view index of the figure's token (the percent, for growth rules)
    start: int                       # view span of the whole match
    end: int
    sign: int = 1
    unit: str | None = None
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)

    def group(self, view: TokenView, name: str) -> str | None:
        g = self.groups.get(name)
        return view.text[g[0]:g[1]] if g else None


def _entry(book: RuleBook, vocab: str, view: TokenView, m: regex.Match) -> dict | None:
    word = m.group(vocab)
    return book.lookup(vocab, word) if word is not None else None


def run(book: RuleBook, view: TokenView, stage: str, claimed: set[int], warn=None) -> list[Hit]:
    """All hits of one stage's rules on a sentence, claiming figure tokens as they go."""
    hits: list[Hit] = []
    text = view.text
    present = set(text)
    triggers = book.triggers
    seen: dict[str, bool] = {}
    for rule in book.by_stage[stage]:
        # the cheap trigger pass: skip a rule whose figure token or needed words are absent
        if rule.tokens and rule.tokens.isdisjoint(present):
            continue
        if rule.needs:
            ok = True
            for name in rule.needs:
                got = seen.get(name)
                if got is None:
                    got = seen[name] = triggers[name].search(text) is not None
                if not got:
                    ok = False
                    break
            if not ok:
                continue
        try:
            matches = list(rule.compiled.finditer(view.text, overlapped=False, timeout=TIMEOUT))
        except TimeoutError:
            if warn:
                warn(f"{rule.where}: rule {rule.id} timed out on a sentence at offset {view.base}; skipped")
            continue
        for m in matches:
            hit = _hit(book, rule, view, m)
            if hit is None or hit.at in claimed:
                continue
            stake = hit.groups.get("stake")
            if stake and stake[0] in claimed:
                continue
            claimed.add(hit.at)
            if stake:
                claimed.add(stake[0])
            hits.append(hit)
    hits.sort(key=lambda h: h.at)
    return hits


def _hit(book: RuleBook, rule: Rule, view: TokenView, m: regex.Match) -> Hit | None:
    groups: dict[str, tuple[int, int]] = {}
    for name in rule.compiled.groupindex:
        if m.group(name) is not None:
            groups.setdefault(name.rstrip("0123456789"), m.span(name))  # stake2 counts as stake
    anchor = "value" if "value" in groups else "stake" if "stake" in groups else None
    if anchor is None:
        return None
    at = groups[anchor][0]
    if at not in view.items:
        return None
    kind, sign, unit = rule.kind, rule.sign, rule.unit
    if rule.kind_from:
        entry = _entry(book, rule.kind_from, view, m)
        if not entry or not entry.get("kind"):
            return None  # a blocking entry (per-share figures, margins) or no entry
        kind = entry["kind"]
        sign *= int(entry.get("sign", 1))
        unit = entry.get("unit", unit)
    if "dir" in groups:
        entry = book.lookup("direction", m.group("dir"))
        if entry:
            sign *= int(entry.get("sign", 1))
    for g in ("noun", "count_metric"):
        if g in groups:
            entry = book.lookup("count", m.group(g))
            if entry:
                kind = entry.get("kind", kind)
                unit = entry.get("unit", unit)
    if kind == "inherit":
        kind = None
    return Hit(rule, kind, at, m.start(), m.end(), sign, unit, groups)
