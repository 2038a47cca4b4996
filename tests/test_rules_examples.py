"""Every YAML rule's own examples and negatives, run through factx: one test per rule."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from factx.pipeline import Extractor
from factx.rulebook import KINDS, RuleError
from factx.ruletest import run_examples

try:
    BOOK = Extractor().book
    RULES = list(BOOK.rules)
    LOAD_ERROR = None
except RuleError as exc:  # a broken rule file must fail the tests, not the collection
    BOOK, RULES, LOAD_ERROR = None, [], str(exc)


def test_rules_load():
    assert LOAD_ERROR is None, f"the shipped rules do not load: {LOAD_ERROR}"
    assert RULES, "no rules were loaded"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule, extractor):
    # run_examples only walks `book.rules`: give it a book holding just this rule
    n, failures = run_examples(SimpleNamespace(rules=(rule,)), extractor)
    assert n == len(rule.examples) + len(rule.negatives)
    assert not failures, "\n".join(str(f) for f in failures)


def test_every_rule_has_an_example():
    assert LOAD_ERROR is None, LOAD_ERROR
    missing = [f"{r.where}: {r.id}" for r in RULES if not r.examples]
    assert not missing, "rules without examples:\n" + "\n".join(missing)


def test_examples_cover_every_kind():
    assert LOAD_ERROR is None, LOAD_ERROR
    covered = {rec.get("kind") for r in RULES for ex in r.examples for rec in ex.records}
    missing = sorted(set(KINDS) - covered)
    assert len(KINDS) == 21
    assert not missing, f"no rule example shows a record of kind(s): {', '.join(missing)}"


def test_trigger_pass_never_hides_a_rule_that_matches(extractor):
    """The cheap trigger pass (token markers, needed macros, needed word groups) may skip a
    rule only on a sentence the rule cannot match: checked on every example text."""
    from factx.rules import candidates
    from factx.sources import Document
    book = extractor.book
    texts = [ex.text for r in book.rules for ex in r.examples + r.negatives]
    hidden = []
    for n, text in enumerate(texts):
        result = extractor.extract_document(Document(f"ex#{n}", text), trace=True)
        for _, view, _, _ in result.trace:
            for stage, rules in book.by_stage.items():
                shown = set(map(id, candidates(book, stage, view.text)))
                hidden += [f"{r.id}: {text}" for r in rules
                           if id(r) not in shown and r.compiled.search(view.text)
                           and any(i in view.items for i in range(len(view.text)))]
    assert not hidden, "\n".join(hidden[:10])
