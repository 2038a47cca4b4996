"""Running and linting the rules' own examples (`factx rules test | lint`)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from .models import Record
from .rulebook import Example, Rule, RuleBook, syntax_chars


@dataclass(frozen=True)
class Failure:
    rule: Rule
    example: Example
    message: str

    def __str__(self) -> str:
        return f"{self.rule.file}:{self.example.line or self.rule.line}: {self.rule.id}: {self.message}"


def _same(want, got) -> bool:
    if isinstance(want, (int, float)) and isinstance(got, (int, float)) and not isinstance(want, bool):
        return math.isclose(float(want), float(got), rel_tol=0.005, abs_tol=1e-9)
    if isinstance(want, dict) and isinstance(got, dict):
        return set(want) == set(got) and all(_same(v, got[k]) for k, v in want.items())
    if want is None or got is None:
        return want is got
    return str(want) == str(got)


def _matches(want: dict, rec: Record) -> bool:
    d = rec.to_json_dict()
    return all(_same(v, d.get(k)) for k, v in want.items())


def _short(rec: Record) -> str:
    d = rec.to_json_dict()
    keys = ("kind", "subject", "value", "value_max", "unit", "approx", "period", "change", "target", "stake_pct")
    return "{" + ", ".join(f"{k}: {d.get(k)}" for k in keys if d.get(k) is not None) + "}"


def run_examples(book: RuleBook, extractor) -> tuple[int, list[Failure]]:
    """(examples run, failures). An example passes when every record it lists is among the
    records factx gives for its text, and the rule itself fired; a negative passes when the
    rule does not fire."""
    from .sources import Document
    failures: list[Failure] = []
    n = 0
    for rule in book.rules:
        for ex in rule.examples:
            n += 1
            got = extractor.extract_document(Document("example#1", ex.text)).records
            for want in ex.records:
                if not any(_matches(want, r) for r in got):
                    failures.append(Failure(rule, ex, f"expected {want} got [{'; '.join(map(_short, got)) or 'nothing'}]"))
            if ex.records and not any(r.rule == rule.id for r in got):
                failures.append(Failure(rule, ex, "expected the rule to fire, got no record from it"))
        for ex in rule.negatives:
            n += 1
            got = [r for r in extractor.extract_document(Document("negative#1", ex.text)).records if r.rule == rule.id]
            if got:
                failures.append(Failure(rule, ex, f"expected nothing got [{'; '.join(map(_short, got))}]"))
    return n, failures


def nested_unbounded(pattern: str) -> bool:
    """True when an unboundedly repeated group contains an unbounded repeat itself, at any depth:
    (a+)+, (?:(?:a|a)+)+b, (x*y)* — the shapes that backtrack catastrophically."""
    stack: list[bool] = []   # per open group: does its body repeat without bound?
    for i, c in syntax_chars(pattern):
        if c == "(":
            stack.append(False)
        elif c == ")" and stack:
            inner = stack.pop()
            if _UNBOUNDED.match(pattern, i + 1):
                if inner:
                    return True
                if stack:
                    stack[-1] = True
            elif inner and stack:
                stack[-1] = True
        elif c in "+*" and stack:
            stack[-1] = True
    return False


_UNBOUNDED = regex.compile(r"[+*]|\{\d*,\}")


def lint(book: RuleBook) -> list[str]:
    """Problems that load_rules lets through: rules without examples, risky patterns."""
    problems = []
    for rule in book.rules:
        if not rule.examples:
            problems.append(f"{rule.where}: {rule.id}: no examples (a rule without examples is unfinished)")
        if nested_unbounded(rule.compiled.pattern):
            problems.append(f"{rule.where}: {rule.id}: nested unbounded quantifiers risk catastrophic backtracking")
        if not rule.negatives and rule.stage == "level" and rule.kind_from:
            problems.append(f"{rule.where}: {rule.id}: no negatives (texts that must give nothing)")
    return problems
