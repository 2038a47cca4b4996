"""Loading the rules: YAML rule files, named macros and vocabularies, compiled once.

Rules are data (`rules/*.yaml`). A rule file holds `rules:`; `rules/macros.yaml` holds the
named pattern pieces (`macros:`) and the vocabularies (`vocab:`) that rules use as
`{name}`. Every problem a user must fix — YAML syntax, a missing field, an unknown macro, a
bad regex, a duplicate id — is a `RuleError` naming the file and line.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator

import ahocorasick
import regex
import yaml

from .fold import fold
from .tokens import TOKEN_MACROS

KINDS = (
    "revenue", "net_profit", "adjusted_net_profit", "operating_profit", "adjusted_ebita",
    "free_cash_flow", "cash_flow", "selling_expense", "cost", "capex", "capex_plan",
    "stake_sale", "acquisition", "investment", "divestment_proceeds", "market_share",
    "users", "orders", "operating_metric", "price", "price_change",
)
DEAL_KINDS = ("stake_sale", "acquisition", "investment")
STAGES = ("level", "growth")
_MACRO_REF = regex.compile(r"\{([a-z_][a-z0-9_]*)\}")
RULE_FIELDS = {"id", "kind", "kind_from", "pattern", "stage", "role", "sign", "unit", "note",
               "examples", "negatives", "priority", "needs"}


class RuleError(Exception):
    """A rule file the user must fix; str() is one line: file:line: message."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")
        self.where, self.message = where, message


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping (as key '__line__')."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _load_yaml(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.load(f, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise RuleError(f"{path}:{line}", f"YAML syntax error: {exc.problem or exc.context}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(path, f"cannot read: {exc}") from None


@dataclass(frozen=True)
class Example:
    text: str
    records: tuple[dict, ...]
    line: int


@dataclass(frozen=True, eq=False)
class Rule:
    id: str
    kind: str | None          # a contract kind, "inherit" (the kind of the figure before), or None with kind_from
    kind_from: str | None     # a group whose vocabulary entry gives kind, sign and unit
    pattern: str              # as written, with {macros}
    compiled: regex.Pattern
    stage: str
    role: str | None          # "comparator": a figure for an earlier period of the metric before it
    sign: int
    unit: str | None
    priority: int
    examples: tuple[Example, ...]
    negatives: tuple[Example, ...]
    file: str
    line: int
    # the cheap trigger: a sentence can only match when it holds one of these token markers
    # and every one of these vocabularies/macros or =word groups (derived from the pattern, plus `needs:`)
    tokens: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()
    token_needs: tuple[frozenset[str], ...] = ()   # token macros the pattern cannot match without

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @cached_property
    def slots(self) -> tuple[tuple[int, str], ...]:
        """(group number, role) of each named group, in pattern order; stake2 plays stake."""
        return tuple(sorted((i, name.rstrip("0123456789")) for name, i in self.compiled.groupindex.items()))

    def kinds(self, book: "RuleBook") -> list[str]:
        if self.kind_from:
            return sorted({e["kind"] for e in book.vocab.get(self.kind_from, {}).values() if e.get("kind")})
        if self.kind == "inherit":
            return sorted({k for ex in self.examples for r in ex.records for k in [r.get("kind")] if k})
        return [self.kind] if self.kind else []


@dataclass(frozen=True, eq=False)
class RuleBook:
    rules: tuple[Rule, ...]
    vocab: dict[str, dict[str, dict]]     # vocabulary name -> folded word -> entry
    macros: dict[str, str]                # expanded macro patterns
    folder: str
    files: tuple[str, ...] = field(default=())
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)   # macro -> its words, for a list of words

    def lookup(self, vocab: str, word: str) -> dict | None:
        return self.vocab.get(vocab, {}).get(word)

    @cached_property
    def candidate_cache(self) -> dict:
        return {}

    @cached_property
    def probes(self) -> dict:
        return {}   # rule id -> rules.Probe, the direction its existence check runs in

    @cached_property
    def last_shape(self) -> list:
        return [None, None]   # [sentence text, (token markers, trigger words)]

    @cached_property
    def triggers(self) -> dict[str, regex.Pattern]:
        """One compiled search pattern per macro a rule needs that is more than a list of words
        (the others are found by `word_triggers`)."""
        names = {n for r in self.rules for n in r.needs if not n.startswith("=")}
        return {n: regex.compile(self.macros[n]) for n in sorted(names) if n not in self.words}

    @cached_property
    def word_triggers(self) -> ahocorasick.Automaton:
        """Every need that is a list of plain words — a vocabulary macro ({metric}, {sale_verb})
        or a group of words in a pattern (=跌至|升至) — in one Aho-Corasick automaton: a
        sentence is read once, in C, and each word found shows the needs it belongs to."""
        owners: dict[str, set[str]] = {}
        for n in {n for r in self.rules for n in r.needs}:
            words = n[1:].split("|") if n.startswith("=") else self.words.get(n)
            for w in words or ():
                owners.setdefault(w, set()).add(n)
        automaton = ahocorasick.Automaton()
        for w, ns in owners.items():
            automaton.add_word(w, frozenset(ns))
        automaton.add_word("\uE0FF\uE0FF", frozenset())   # an automaton needs a word to be built
        automaton.make_automaton()
        return automaton

    @cached_property
    def by_stage(self) -> dict[str, tuple[Rule, ...]]:
        return {s: tuple(sorted((r for r in self.rules if r.stage == s), key=lambda r: (r.priority, r.file, r.line)))
                for s in STAGES}


_ESCAPED = regex.compile(r"\\(.)")
_META = regex.compile(r"[()\[\]?*+.{}^$|\\]")


def _literal_words(pattern: str) -> list[str] | None:
    """The words of a pattern that is only an alternation of literal words, (?:營收|收入), as
    `_alternation` writes vocabularies; None for any other pattern."""
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        return None
    words = []
    for piece in pattern[3:-1].split("|"):
        if not piece or _META.search(_ESCAPED.sub("", piece)):
            return None
        words.append(_ESCAPED.sub(r"\1", piece))
    return words


def _alternation(words: list[str]) -> str:
    """A list of words as one pattern that matches the longest word it can, written as a trie
    (營業(?:收入|利潤)…): a backtracking engine then rejects a position after one character
    instead of trying hundreds of words in turn, which is most of a rule's cost. It matches
    what the plain alternation sorted longest first would, in the same order of preference."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _branches(trie) + ")"


def _branches(node: dict) -> str:
    alts = [regex.escape(ch) + _branches(node[ch]) for ch in sorted(node) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    return body + "?" if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")?"


def _longest_first(words: list[str]) -> bool:
    """Whether an alternation written by hand already prefers a longer word to any word it
    starts with, so that writing it as a trie keeps what it matches."""
    return all(not b.startswith(a) for i, a in enumerate(words) for b in words[i + 1:] if b != a)


def _expand(pattern: str, macros: dict[str, str], where: str, seen: tuple[str, ...] = ()) -> str:
    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name in TOKEN_MACROS:
            return TOKEN_MACROS[name]
        if name not in macros:
            raise RuleError(where, f"unknown macro {{{name}}}")
        if name in seen:
            raise RuleError(where, f"macro {{{name}}} refers to itself")
        return "(?:" + _expand(macros[name], macros, where, seen + (name,)) + ")"
    return _MACRO_REF.sub(sub, pattern)


def _compile(pattern: str, where: str) -> regex.Pattern:
    try:
        return regex.compile(pattern, regex.V0)
    except regex.error as exc:
        raise RuleError(where, f"invalid regex: {exc}") from None


def _load_macros(path: str) -> tuple[dict[str, dict[str, dict]], dict[str, str], dict[str, tuple[str, ...]]]:
    data = _load_yaml(path) or {}
    if not isinstance(data, dict):
        raise RuleError(f"{path}:1", "expected a mapping with 'macros' and 'vocab'")
    vocab: dict[str, dict[str, dict]] = {}
    raw: dict[str, str] = {}
    words: dict[str, tuple[str, ...]] = {}   # macros that are only a list of words, and their words
    for name, entries in (data.get("vocab") or {}).items():
        if name == "__line__":
            continue
        where = f"{path}:{entries.get('__line__', 0) if isinstance(entries, dict) else data['__line__']}"
        if not isinstance(entries, list):
            raise RuleError(where, f"vocabulary {name!r} must be a list of entries with 'words'")
        table: dict[str, dict] = {}
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("words"), list):
                raise RuleError(f"{path}:{entry.get('__line__', 0) if isinstance(entry, dict) else 0}",
                                f"vocabulary {name!r}: every entry needs a 'words' list")
            attrs = {k: v for k, v in entry.items() if k not in ("words", "__line__")}
            for w in entry["words"]:
                table.setdefault(fold(str(w)), attrs)
        vocab[name] = table
        words[name] = tuple(sorted(table))
        raw[name] = _alternation(list(table))
    for name, pat in (data.get("macros") or {}).items():
        if name == "__line__":
            continue
        if name in raw:
            raise RuleError(f"{path}:{data['macros']['__line__']}", f"macro {name!r} is also a vocabulary")
        raw[name] = fold(str(pat))
        listed = _literal_words(raw[name])
        if listed is not None and _longest_first(listed):
            words[name] = tuple(sorted(set(listed)))
            raw[name] = _alternation(listed)
    line = data.get("__line__", 1)
    expanded = {name: _expand(pat, raw, f"{path}:{line}", (name,)) for name, pat in raw.items()}
    return vocab, expanded, words


def _strip_lines(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _strip_lines(v) for k, v in x.items() if k != "__line__"}
    if isinstance(x, list):
        return [_strip_lines(v) for v in x]
    return x


def _examples(items: Any, where: str, negative: bool) -> tuple[Example, ...]:
    out = []
    for item in items or []:
        if negative:
            text = item if isinstance(item, str) else (item or {}).get("text")
            if not isinstance(text, str):
                raise RuleError(where, "a negative example is a text")
            out.append(Example(text, (), item.get("__line__", 0) if isinstance(item, dict) else 0))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise RuleError(where, "an example needs 'text' and 'records'")
        recs = tuple(_strip_lines(r) for r in item.get("records") or [])
        out.append(Example(item["text"], recs, item.get("__line__", 0)))
    return tuple(out)


def load_rules(folders: list[str] | str) -> RuleBook:
    """Load every rule file of the folders (the shipped rules first, then the user's)."""
    folders = [folders] if isinstance(folders, str) else list(folders)
    vocab: dict[str, dict[str, dict]] = {}
    macros: dict[str, str] = {}
    words: dict[str, tuple[str, ...]] = {}
    for folder in folders:
        path = os.path.join(folder, "macros.yaml")
        if os.path.exists(path):
            v, m, w = _load_macros(path)
            vocab.update(v)
            macros.update(m)
            for name in m:          # a user's macro replaces a shipped one, word list and all
                words.pop(name, None)
            words.update(w)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    files = []
    for folder in folders:
        if not os.path.isdir(folder):
            raise RuleError(folder, "rules folder not found")
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".yaml", ".yml")) or name == "macros.yaml":
                continue
            path = os.path.join(folder, name)
            files.append(path)
            data = _load_yaml(path) or {}
            if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
                raise RuleError(f"{path}:1", "a rule file holds a list under 'rules:'")
            for r in data["rules"]:
                rules.append(_rule(r, path, vocab, macros, seen))
    return RuleBook(tuple(rules), vocab, macros, folders[0], tuple(files), words)


def _rule(r: Any, path: str, vocab: dict, macros: dict, seen: dict[str, str]) -> Rule:
    if not isinstance(r, dict):
        raise RuleError(f"{path}:0", "a rule is a mapping")
    where = f"{path}:{r.get('__line__', 0)}"
    for key in ("id", "pattern"):
        if not isinstance(r.get(key), str) or not r[key].strip():
            raise RuleError(where, f"rule is missing {key!r}")
    unknown = set(r) - RULE_FIELDS - {"__line__"}
    if unknown:
        raise RuleError(where, f"rule {r['id']}: unknown field(s) {', '.join(sorted(unknown))}")
    if r["id"] in seen:
        raise RuleError(where, f"duplicate rule id {r['id']!r} (first at {seen[r['id']]})")
    seen[r["id"]] = where
    kind, kind_from = r.get("kind"), r.get("kind_from")
    if not kind and not kind_from:
        raise RuleError(where, f"rule {r['id']}: needs 'kind' or 'kind_from'")
    if kind and kind not in KINDS and kind != "inherit":
        raise RuleError(where, f"rule {r['id']}: unknown kind {kind!r}")
    if kind_from and kind_from not in vocab:
        raise RuleError(where, f"rule {r['id']}: kind_from names no vocabulary: {kind_from!r}")
    stage = r.get("stage", "level")
    if stage not in STAGES:
        raise RuleError(where, f"rule {r['id']}: stage must be one of {', '.join(STAGES)}")
    expanded = _expand(fold(r["pattern"]), macros, where)
    compiled = _compile(expanded, where)
    if kind_from and kind_from not in compiled.groupindex:
        raise RuleError(where, f"rule {r['id']}: kind_from group (?P<{kind_from}>…) is not in the pattern")
    must_macros, must_words = _mandatory(fold(r["pattern"]))
    derived = [n for n in must_macros
               if n in macros and not regex.fullmatch(macros[n], "")]   # a macro that can be empty triggers nothing
    needs = tuple(dict.fromkeys(derived + must_words
                                + [n for n in (r.get("needs") or []) if n in macros]))
    for n in r.get("needs") or []:
        if n not in macros:
            raise RuleError(where, f"rule {r['id']}: needs names no macro or vocabulary: {n!r}")
    token_needs = tuple(frozenset(ch for ch in TOKEN_MACROS[n] if "\uE000" <= ch <= "\uE0FF")
                        for n in dict.fromkeys(must_macros) if n in TOKEN_MACROS)
    return Rule(
        tokens=_group_tokens(fold(r["pattern"])), needs=needs, token_needs=tuple(t for t in token_needs if t),
        id=r["id"], kind=kind, kind_from=kind_from, pattern=r["pattern"], compiled=compiled,
        stage=stage, role=r.get("role"), sign=int(r.get("sign", 1)), unit=r.get("unit"),
        priority=int(r.get("priority", 50)),
        examples=_examples(r.get("examples"), where, False),
        negatives=_examples(r.get("negatives"), where, True),
        file=path, line=r.get("__line__", 0),
    )


def syntax_chars(pattern: str) -> Iterator[tuple[int, str]]:
    """The characters of a regex that are syntax: those outside escapes and character classes."""
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            yield i, c
        i += 1


_OPTIONAL_AFTER = regex.compile(r"\?|\*|\{0?,")


_PLAIN_WORD = regex.compile(r"[\p{Han}A-Za-z0-9]+")


def _mandatory(pattern: str) -> tuple[list[str], list[str]]:
    """What every match of the pattern must contain: (macros, word groups). A part counts when it
    is not inside an optional, repeated-from-zero, alternated or lookaround group (a
    conservative reading: when unsure, not needed). A word group is a group of plain words,
    (?:跌至|升至|涨至), returned as the trigger '=跌至|升至|涨至'."""
    frames: list[dict] = [{"alt": False, "optional": False, "start": -1}]
    macros: list[tuple[str, list[dict]]] = []
    words: list[tuple[str, list[dict]]] = []   # the group's own frame is last in its path
    for i, c in syntax_chars(pattern):
        if c == "(":
            frames.append({"alt": False, "optional": pattern.startswith(("?=", "?!", "?<=", "?<!"), i + 1),
                           "start": i})
        elif c == ")" and len(frames) > 1:
            f = frames.pop()
            if _OPTIONAL_AFTER.match(pattern, i + 1):
                f["optional"] = True   # (seen by the parts inside it, judged at the end)
            body = pattern[f["start"] + 1:i]
            if body.startswith("?:"):
                body = body[2:]
            elif body.startswith("?P<"):
                body = body[body.index(">") + 1:]
            elif body.startswith("?"):
                continue
            if all(_PLAIN_WORD.fullmatch(w) for w in body.split("|")):
                words.append(("=" + body, frames + [{"alt": False, "optional": f["optional"]}]))
        elif c == "|":
            frames[-1]["alt"] = True
        elif c == "{":
            m = _MACRO_REF.match(pattern, i)
            if m and not _OPTIONAL_AFTER.match(pattern, m.end()):   # {x}? and {x}* may be absent
                macros.append((m.group(1), list(frames)))

    def needed(found: list[tuple[str, list[dict]]]) -> list[str]:
        return [name for name, path in found if not any(f["alt"] or f["optional"] for f in path)]
    return needed(macros), needed(words)


def _group_tokens(pattern: str) -> frozenset[str]:
    """The token markers the figure's group can be (the `value` group, else `stake`): a sentence
    without any of them cannot give this rule a figure."""
    for group in ("value", "stake"):
        start = pattern.find(f"(?P<{group}>")
        if start < 0:
            continue
        depth, j = 0, start
        while j < len(pattern):
            if pattern[j] == "\\":
                j += 2
                continue
            depth += {"(": 1, ")": -1}.get(pattern[j], 0)
            if depth == 0:
                break
            j += 1
        body = pattern[start:j + 1]
        names = [m.group(1) for m in _MACRO_REF.finditer(body)]
        if not names or any(name not in TOKEN_MACROS for name in names):
            return frozenset()
        return frozenset(ch for name in names for ch in TOKEN_MACROS[name] if "\uE000" <= ch <= "\uE0FF")
    return frozenset()


def shipped_rules_dir() -> str:
    """The rules that ship with factx: inside the installed package, or ../rules in a checkout."""
    here = os.path.dirname(os.path.abspath(__file__))
    for cand in (os.path.join(here, "rules"), os.path.join(os.path.dirname(here), "rules")):
        if os.path.isdir(cand):
            return cand
    raise RuleError(here, "the shipped rules folder is missing (broken install?)")
