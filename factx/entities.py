"""The entity registry: ids, names in both scripts, fiscal years; and finding mentions.

Names are folded like the text, so a Traditional name finds a Simplified mention and back.
Pure-digit names are stock codes and only count inside a code such as (9988) or 9988.HK.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import cached_property

import ahocorasick
import regex
import yaml

from .fold import fold


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    id: str          # entity id, or the name as written for a company not in the registry
    known: bool = True
    kind: str = "org"            # "org", "unit" (named by its suffix: 手機×AIoT分部), or "person" (a
                                 # person sells shares but is never a target)
    parent: str | None = None    # for a unit named after its company (百度核心): the company


@dataclass(frozen=True)
class Registry:
    names: dict[str, str]                     # folded name -> registry key
    codes: dict[str, str]                     # stock code without leading zeros -> registry key
    facts: dict[str, dict] = field(default_factory=dict)
    official: frozenset[str] = frozenset()    # keys that are ids of the record contract (entities.tsv)

    def ident(self, key: str, written: str) -> str:
        """What a record says for a mention: the contract's id, or the name as written."""
        return key if key in self.official or not self.official else written

    @cached_property
    def patterns(self) -> tuple[regex.Pattern, ahocorasick.Automaton, ahocorasick.Automaton]:
        """Stock codes, Latin names, Han names: three passes, each fast on its own (one
        alternation of all three defeats the regex module's literal search). Names go in
        Aho-Corasick automata: one pass over the text, in C, however many names the registry
        holds (a named list or an alternation costs more with every name)."""
        han = [n for n in self.names if not (n[0].isascii() or n[-1].isascii())]
        latin = sorted(set(self.names) - set(han))   # these need word edges (Meta, not Metaverse)
        code = regex.compile(r"(?<=[(（])\d{4,6}(?=(?:[.-][A-Z]{2})?[)）])|\d{4,6}(?=\.(?:HK|SH|SZ|TW|US)\b)")
        return code, name_automaton(latin), name_automaton(han)

    def find(self, folded: str, text: str | None = None, names: NamePatterns | None = None) -> list[Mention]:
        """Entity mentions in folded text: registry names (longest first), then, when `names`
        is given, companies and units that are not in the registry, with the name as written
        in `text` as their id."""
        out = self._registry_mentions(folded)
        if names is None:
            return out
        return _with_unlisted(out, folded, text if text is not None else folded, names, self)

    def _registry_mentions(self, folded: str) -> list[Mention]:
        code, latin, han = self.patterns
        # (start, preference, end): at one start a code beats a Latin name beats a Han name,
        # as in one alternation; then leftmost first, without overlaps
        found = [(m.start(), 0, m.end()) for m in code.finditer(folded)]
        found += [(a, 1, b) for a, b in _edged_names(folded, latin)]
        found += [(a, 2, b) for a, b in _longest_names(folded, han)]
        found.sort()
        out = []
        last = 0
        for a, pref, b in found:
            if a < last:
                continue
            if pref == 0:
                key = self.codes.get(folded[a:b].lstrip("0"))
                if not (key and key in self.official):
                    continue
                out.append(Mention(a, b, key))
            else:
                key = self.names[folded[a:b]]
                out.append(Mention(a, b, key, key in self.official or not self.official))
            last = b
        return out

    def key(self, ident: str) -> str:
        """The registry key of an id or of a name as written."""
        return ident if ident in self.ids else self.names.get(fold(ident), ident)

    def parent(self, ident: str) -> str:
        """The company an id belongs to: 'alibaba-cloud' -> 'alibaba'."""
        head = ident.split("-")[0]
        return head if head in self.ids and ident in self.ids else ident

    @cached_property
    def _names_by_id(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for name, ident in self.names.items():
            out.setdefault(ident, []).append(name)
        return {k: tuple(v) for k, v in out.items()}

    def names_of(self, ident: str) -> tuple[str, ...]:
        """The (folded) names the registry knows an id or a name as written by."""
        return self._names_by_id.get(self.key(ident), ())

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(self.names.values())

    def fact(self, ident: str, key: str, default=None):
        ident = self.key(ident)
        for one in (ident, self.parent(ident)):
            if key in self.facts.get(one, {}):
                return self.facts[one][key]
        return default


def name_automaton(names) -> ahocorasick.Automaton:
    """An automaton of `names`, each stored with its length."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


def _longest_names(text: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int]]:
    """Spans of the automaton's names in `text`, leftmost first, the longest at each place,
    without overlaps."""
    if automaton.kind != ahocorasick.AHOCORASICK:
        return []   # no names at all
    return [(end + 1 - n, end + 1) for end, n in automaton.iter_long(text)]


def _edged_names(text: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int]]:
    """Spans of the automaton's names that stand as words — no Latin letter just before, no
    lowercase letter or digit just after (Meta, but not Metaverse; AMD's, AMD2025 no) —
    leftmost first, the longest at each place, without overlaps."""
    if automaton.kind != ahocorasick.AHOCORASICK:
        return []
    n = len(text)
    best: dict[int, int] = {}
    for end, size in automaton.iter(text):
        a, b = end + 1 - size, end + 1
        if (a and _latin_letter(text[a - 1])) or (b < n and _word_goes_on(text[b])):
            continue
        if b > best.get(a, -1):
            best[a] = b
    out, last = [], 0
    for a in sorted(best):
        if a >= last:
            out.append((a, best[a]))
            last = best[a]
    return out


def _latin_letter(ch: str) -> bool:
    return "A" <= ch <= "Z" or "a" <= ch <= "z"


def _word_goes_on(ch: str) -> bool:
    return "a" <= ch <= "z" or "0" <= ch <= "9"


def load_registry(rules_dir: str) -> Registry:
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    official: set[str] = set()
    for fname in sorted(os.listdir(rules_dir)):
        if not (fname.startswith("entities") and fname.endswith(".tsv")):
            continue
        with open(os.path.join(rules_dir, fname), encoding="utf-8") as f:
            next(f, None)
            for line in f:
                cells = [c.strip() for c in line.rstrip("\n").split("\t") if c.strip()]
                if not cells:
                    continue
                ident = cells[0]
                if fname == "entities.tsv":
                    official.add(ident)
                for name in cells[1:]:
                    if name.isdigit():
                        codes.setdefault(name.lstrip("0"), ident)
                    else:
                        names.setdefault(fold(name), ident)
    facts = {}
    path = os.path.join(rules_dir, "companies.yaml")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            facts = yaml.safe_load(f) or {}
    return Registry(names, codes, facts, frozenset(official))


@dataclass(frozen=True)
class NamePatterns:
    """Patterns for names that are not in the registry (from rules/macros.yaml). A pattern with
    an anchor (the macro X_anchor for pattern X: a part every match contains, such as 分部 or a
    stock code in brackets) is only tried near the anchor's matches."""
    unit_suffix: regex.Pattern
    unit_name: regex.Pattern
    org_name: regex.Pattern
    latin_name: regex.Pattern
    person_name: regex.Pattern
    coded_name: regex.Pattern
    industry_suffix: regex.Pattern
    legal_name: regex.Pattern
    bracket_name: regex.Pattern
    alias_name: regex.Pattern
    title_name: regex.Pattern
    index_name: regex.Pattern
    announcer_name: regex.Pattern
    lead_name: regex.Pattern
    anchors: dict[str, regex.Pattern] = field(default_factory=dict)

    @classmethod
    def from_macros(cls, macros: dict[str, str]) -> NamePatterns:
        fields = ("unit_suffix", "unit_name", "org_name", "latin_name", "person_name", "coded_name", "industry_suffix",
                  "legal_name", "bracket_name", "alias_name", "title_name", "index_name", "announcer_name", "lead_name")
        anchors = {k: regex.compile(macros[f"{k}_anchor"]) for k in fields if f"{k}_anchor" in macros}
        return cls(*(regex.compile(macros[k]) for k in fields), anchors=anchors)

    def finditer(self, name: str, folded: str) -> list[tuple[int, int]]:
        """Spans of the pattern `name` in the folded document, as a plain scan would give them."""
        pat = getattr(self, name)
        anchor = self.anchors.get(name)
        if anchor is None:
            return [m.span() for m in pat.finditer(folded)]
        out: list[tuple[int, int]] = []
        done = 0   # the document is scanned up to here
        for am in anchor.finditer(folded):
            if am.end() <= done:
                continue
            # from a name's longest reach before its anchor to the end of the anchor's sentence
            # (its lookarounds see the text around the window; no name crosses a sentence end)
            stop = _SENTENCE_END.search(folded, am.end())
            hi = stop.end() if stop else len(folded)
            for m in pat.finditer(folded, max(done, am.start() - _NAME_REACH), hi):
                out.append(m.span())
            done = hi
        return out


# tried in this order; a name found earlier keeps its characters
_NAME_KINDS = ("coded_name", "bracket_name", "announcer_name", "alias_name", "legal_name", "unit_name", "org_name", "latin_name",
               "person_name", "title_name", "index_name", "lead_name")
_SENTENCE_END = regex.compile(r"[。！？!?\n]")
_NAME_REACH = 24   # no name pattern matches more than this many characters before its anchor


def _with_unlisted(found: list[Mention], folded: str, text: str, names: NamePatterns, reg: Registry) -> list[Mention]:
    spans = {k: names.finditer(k, folded) for k in _NAME_KINDS}
    # a registry name inside a longer unit name (新業務分部 in 創新業務分部) gives way to it
    units = spans["unit_name"] + spans["latin_name"] + spans["coded_name"]
    if units:
        found = [m for m in found if not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in units)]
    # names the contract has no id for are kept as written
    found = [m if m.known else Mention(m.start, m.end, text[m.start:m.end], known=False) for m in found]
    out: list[Mention] = []
    for m in found:
        # 百度核心, 百度App: a registry company followed by a unit word is that unit, as written
        sm = names.unit_suffix.match(folded, m.end) \
            if reg.parent(m.id) == m.id and not reg.fact(m.id, "product") else None
        if sm and "-" not in m.id:
            out.append(Mention(m.start, sm.end(), text[m.start:sm.end()], known=False, parent=m.id))
        else:
            out.append(m)
    taken = bytearray(len(folded) + 1)
    for m in out:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    extra = []
    titles = names.anchors.get("person_name")
    for key in _NAME_KINDS:
        kind = {"person_name": "person", "unit_name": "unit"}.get(key, "org")
        for a, b in spans[key]:
            if key == "latin_name" and titles is not None:
                # 首席財務官Amy Hood: a Latin name right after a title is a person
                t = titles.search(folded, max(0, a - 8), a)
                kind = "person" if t is not None and t.end() == a else "org"
            if b > a and not any(taken[a:b]):
                taken[a:b] = b"\x01" * (b - a)
                name = text[a:b]
                extra.append(Mention(a, b, reg.names.get(folded[a:b], name), known=folded[a:b] in reg.names, kind=kind))
    # a name the article introduced (富邦金（2881）, 蜂巧資本) is a name wherever else it stands
    # … and so is its short form (陽明海運 → 陽明, 吉利汽車 → 吉利), standing for the full name
    # (a registry company the contract has no id for, too: 吉利汽車 → 吉利)
    kinds = {folded[m.start:m.end]: (m.kind, text[m.start:m.end]) for m in out + extra
             if not m.known and not m.parent}
    for name, (kind, written) in list(kinds.items()):
        stem = names.industry_suffix.sub("", name) if kind in ("org", "unit") else name
        if stem != name and len(stem) >= (4 if stem.isascii() else 2):
            kinds.setdefault(stem, (kind, written))
        if kind == "org" and name.endswith("金控") and len(name) >= 4:
            kinds.setdefault(name[:-1], (kind, written))   # 富邦金控 → 富邦金
    for name in sorted(kinds, key=len, reverse=True):
        if len(name) < 2:
            continue
        kind, written = kinds[name]
        a = folded.find(name)
        while a >= 0:
            b = a + len(name)
            if name.isascii() and (folded[a - 1:a].isalpha() and folded[a - 1:a].isascii()
                                   or folded[b:b + 1].isalpha() and folded[b:b + 1].isascii()):
                a = folded.find(name, b)
                continue   # Norvale in Norvalent: a Latin name stands between word edges
            # a registry name inside it (京東 in 京東方) gives way to the longer name
            inside = [m for m in out if a <= m.start and m.end <= b and m.end - m.start < b - a]
            for m in inside:
                out.remove(m)
                taken[m.start:m.end] = b"\x00" * (m.end - m.start)
            if not any(taken[a:b]):
                taken[a:b] = b"\x01" * (b - a)
                full = text[a:b] if folded[a:b] == fold(written) else written
                extra.append(Mention(a, b, full, known=False, kind=kind))
            a = folded.find(name, b)
    return _one_name_each(sorted(out + extra, key=lambda m: m.start), folded, reg)


def _one_name_each(mentions: list[Mention], folded: str, reg: Registry) -> list[Mention]:
    """A registry company the contract has no id for is named as the article names it: by the
    longest of the Chinese names the article uses for it (零跑汽車 for 零跑 too), so that all its
    records agree on one name."""
    def key(m: Mention) -> str | None:
        return reg.names.get(folded[m.start:m.end]) if not m.known and not m.parent else None
    def rank(name: str) -> tuple[bool, int]:   # a Chinese name before a Latin one (攜程集團, not Trip.com)
        return any("\u4e00" <= c <= "\u9fff" for c in name), len(name)
    longest: dict[str, str] = {}
    for m in mentions:
        k = key(m)
        if k is not None and (k not in longest or rank(m.id) > rank(longest[k])):
            longest[k] = m.id
    if not longest:
        return mentions
    return [replace(m, id=longest[k]) if (k := key(m)) in longest and m.id != longest[k] else m for m in mentions]
