"""Rules stage: run the compiled YAML rules over a sentence's token view.

A rule match becomes a `Hit`: which rule, the figure's token, the kind it names and the
groups it captured (subject, target, stake, direction…). Each quantity token is claimed by
at most one hit: rules run in priority order, so a specific rule (a deal, a price move) wins
over a general one (a metric followed by an amount) on the same figure.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from time import perf_counter

import regex

from .rulebook import Rule, RuleBook
from .tokens import TokenView

_MARKER = regex.compile("[\uE000-\uE0FF]")
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


def _shape(book: RuleBook, text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's token markers and trigger words, computed once for both stages."""
    if book.last_shape[0] != text:
        present = frozenset(_MARKER.findall(text))
        words: set[str] = set()
        for _, needs in book.word_triggers.iter(text):
            words |= needs
        words.update(name for name, pat in book.triggers.items() if pat.search(text))
        book.last_shape[:] = [text, (present, frozenset(words))]
    return book.last_shape[1]


def candidates(book: RuleBook, stage: str, text: str) -> tuple[Rule, ...]:
    """The cheap trigger pass: the rules of a stage that can match a sentence at all — those
    whose figure token is in it and whose needed words are. Sentences share few shapes, so the
    answer is cached by the sentence's token markers and trigger words."""
    key = (stage,) + _shape(book, text)
    got = book.candidate_cache.get(key)
    if got is None:
        present, words = key[1], key[2]
        got = tuple(r for r in book.by_stage[stage]
                    if (not r.tokens or not r.tokens.isdisjoint(present)) and all(n in words for n in r.needs)
                    and all(not t.isdisjoint(present) for t in r.token_needs))
        book.candidate_cache[key] = got
    return got


class Probe:
    """Whether a rule can match a sentence at all, asked from the cheaper end.

    Most rules do not match most sentences they are tried on, and a failed search costs one
    attempt per start position. A pattern that opens with a figure token or a lookbehind fails
    fast going forward; one that opens with a name and closes on the figure (`{entities}…跌
    {percent}`) fails fast read backwards (regex's REVERSE flag), since the figure is a rare
    character. Both directions find a match in the same sentences, so the choice changes
    speed, never output. A rule tried `WARMUP` times (a long run; compiling a pattern backwards
    costs more than a short run saves) is compiled backwards, its next `TRIALS` calls time both
    ways on real text, and the cheaper one is kept. Forward, the probe is the search itself
    (`finditer`); backward, a reverse search runs first and `finditer` only where it found one."""
    WARMUP = 400
    TRIALS = 24
    __slots__ = ("backward", "calls", "cost", "reverse")

    def __init__(self) -> None:
        self.backward: regex.Pattern | None = None
        self.calls = 0
        self.cost = [0.0, 0.0]         # seconds spent forward only, and backward first
        self.reverse: bool | None = None

    def matches(self, rule: Rule, text: str) -> list[regex.Match]:
        if self.reverse is None:
            self.calls += 1
            if self.calls > self.WARMUP:
                return self._trial(rule, text)
        elif self.reverse and not self.backward.search(text, timeout=TIMEOUT):
            return []
        return list(rule.compiled.finditer(text, overlapped=False, timeout=TIMEOUT))

    def _trial(self, rule: Rule, text: str) -> list[regex.Match]:
        if self.backward is None:
            self.backward = regex.compile(rule.compiled.pattern, rule.compiled.flags | regex.REVERSE)
        t0 = perf_counter()
        found = self.backward.search(text, timeout=TIMEOUT) is not None
        t1 = perf_counter()
        matches = list(rule.compiled.finditer(text, overlapped=False, timeout=TIMEOUT))
        t2 = perf_counter()
        self.cost[0] += t2 - t1
        self.cost[1] += t1 - t0 + (t2 - t1 if found else 0.0)
        if self.calls >= self.WARMUP + self.TRIALS:
            self.reverse = self.cost[1] < self.cost[0]
        return matches


def run(book: RuleBook, view: TokenView, stage: str, claimed: set[int], warn=None) -> list[Hit]:
    """All hits of one stage's rules on a sentence, claiming figure tokens as they go."""
    hits: list[Hit] = []
    probes = book.probes
    for rule in candidates(book, stage, view.text):
        probe = probes.get(rule.id)
        if probe is None:
            probe = probes[rule.id] = Probe()
        try:
            matches = probe.matches(rule, view.text)
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
    regs = m.regs
    for i, role in rule.slots:
        span = regs[i]
        if span[0] >= 0:
            groups.setdefault(role, span)
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
