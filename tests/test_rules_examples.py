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


@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "backward"])
def test_a_rule_probed_from_either_end_gives_the_same_records(reverse):
    """The probe that asks whether a rule can match at all may read a sentence backwards; which
    end it picks is a matter of speed, so the records of every rule example come out the same
    with every probe forced either way."""
    import regex

    from factx.rules import Probe
    from factx.sources import Document
    texts = [ex.text for r in RULES for ex in r.examples + r.negatives]
    plain = Extractor()
    forced = Extractor()
    for r in forced.book.rules:
        probe = forced.book.probes[r.id] = Probe()
        probe.backward = regex.compile(r.compiled.pattern, r.compiled.flags | regex.REVERSE)
        probe.reverse = reverse
    for n, text in enumerate(texts):
        doc = Document(f"ex#{n}", text)
        want = [rec.model_dump() for rec in plain.extract_document(doc).records]
        assert [rec.model_dump() for rec in forced.extract_document(doc).records] == want, text


def test_a_vocabulary_matches_its_longest_word():
    """Vocabularies compile as tries; like the longest-first alternation they replace, they
    take the longest word at a place, and a shorter one when the longer does not fit."""
    import regex

    from factx.rulebook import _alternation, _longest_first
    pat = regex.compile(_alternation(["营业", "营业收入", "收入", "营收", "营业利润率", "营业利润"]))
    assert [m.group() for m in pat.finditer("营业收入、营业利润率、营业利润和营业外收入")] == \
        ["营业收入", "营业利润率", "营业利润", "营业", "收入"]
    assert pat.fullmatch("营业利润") and not pat.fullmatch("营业利")
    assert _longest_first(["涨停", "涨", "跌"]) and not _longest_first(["涨", "涨停"])
