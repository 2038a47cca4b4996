"""The entity registry: ids, names in both scripts, fiscal years; and finding mentions.

Names are folded like the text, so a Traditional name finds a Simplified mention and back.
Pure-digit names are stock codes and only count inside a code such as (9988) or 9988.HK.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

import regex
import yaml

from .fold import fold


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    id: str          # entity id, or the name as written for a company not in the registry
    known: bool = True
    kind: str = "org"            # "org", or "person" (a person sells shares but is never a target)
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
    def pattern(self) -> regex.Pattern:
        # Han names go in a named list (the regex module matches those through a set, not by
        # trying each alternative in turn); Latin names need word edges, so they stay alternatives
        han = [n for n in self.names if not (n[0].isascii() or n[-1].isascii())]
        alts = []
        for name in sorted(set(self.names) - set(han), key=lambda n: (-len(n), n)):
            esc = regex.escape(name)
            if name[0].isascii() and name[0].isalpha():
                esc = r"(?<![A-Za-z])" + esc
            if name[-1].isascii() and name[-1].isalnum():
                esc = esc + r"(?![a-z0-9])"
            alts.append(esc)
        code = r"(?P<code>(?<=[(（])\d{4,6}(?=(?:\.[A-Z]{2})?[)）])|\d{4,6}(?=\.(?:HK|SH|SZ|TW|US)\b))"
        return regex.compile(f"{code}|(?:{'|'.join(alts)})|\\L<han>", han=han)

    def find(self, folded: str, text: str | None = None, names: "NamePatterns | None" = None) -> list[Mention]:
        """Entity mentions in folded text: registry names (longest first), then, when `names`
        is given, companies and units that are not in the registry, with the name as written
        in `text` as their id."""
        out = self._registry_mentions(folded)
        if names is None:
            return out
        return _with_unlisted(out, folded, text if text is not None else folded, names, self)

    def _registry_mentions(self, folded: str) -> list[Mention]:
        out = []
        for m in self.pattern.finditer(folded):
            if m.group("code"):
                key = self.codes.get(m.group("code").lstrip("0"))
                if key and key in self.official:
                    out.append(Mention(m.start(), m.end(), key))
            else:
                key = self.names[m.group(0)]
                out.append(Mention(m.start(), m.end(), key, key in self.official or not self.official))
        return out

    def key(self, ident: str) -> str:
        """The registry key of an id or of a name as written."""
        return ident if ident in self.ids else self.names.get(fold(ident), ident)

    def parent(self, ident: str) -> str:
        """The company an id belongs to: 'alibaba-cloud' -> 'alibaba'."""
        head = ident.split("-")[0]
        return head if head in self.ids and ident in self.ids else ident

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(self.names.values())

    def fact(self, ident: str, key: str, default=None):
        ident = self.key(ident)
        for one in (ident, self.parent(ident)):
            if key in self.facts.get(one, {}):
                return self.facts[one][key]
        return default


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
    """Patterns for names that are not in the registry (from rules/macros.yaml)."""
    unit_suffix: regex.Pattern
    unit_name: regex.Pattern
    org_name: regex.Pattern
    latin_name: regex.Pattern
    person_name: regex.Pattern
    coded_name: regex.Pattern
    industry_suffix: regex.Pattern


def _with_unlisted(found: list[Mention], folded: str, text: str, names: NamePatterns, reg: Registry) -> list[Mention]:
    # a registry name inside a longer unit name (新業務分部 in 創新業務分部) gives way to it
    units = [mm.span() for pat in (names.unit_name, names.latin_name, names.coded_name) for mm in pat.finditer(folded)]
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
    for pat in (names.coded_name, names.unit_name, names.org_name, names.latin_name, names.person_name):
        kind = "person" if pat is names.person_name else "org"
        for mm in pat.finditer(folded):
            a, b = mm.span()
            if b > a and not any(taken[a:b]):
                taken[a:b] = b"\x01" * (b - a)
                name = text[a:b]
                extra.append(Mention(a, b, reg.names.get(folded[a:b], name), known=folded[a:b] in reg.names, kind=kind))
    # a name the article introduced (富邦金（2881）, 蜂巧資本) is a name wherever else it stands
    # … and so is its short form (陽明海運 → 陽明, 吉利汽車 → 吉利), standing for the full name
    kinds = {folded[m.start:m.end]: (m.kind, text[m.start:m.end]) for m in extra if not m.known}
    for name, (kind, written) in list(kinds.items()):
        stem = names.industry_suffix.sub("", name) if kind == "org" else name
        if stem != name and len(stem) >= 2:
            kinds.setdefault(stem, (kind, written))
    for name in sorted(kinds, key=len, reverse=True):
        if len(name) < 2:
            continue
        kind, written = kinds[name]
        for mm in regex.finditer(regex.escape(name), folded):
            a, b = mm.span()
            # a registry name inside it (京東 in 京東方) gives way to the longer name
            inside = [m for m in out if a <= m.start and m.end <= b and m.end - m.start < b - a]
            for m in inside:
                out.remove(m)
                taken[m.start:m.end] = b"\x00" * (m.end - m.start)
            if not any(taken[a:b]):
                taken[a:b] = b"\x01" * (b - a)
                full = text[a:b] if folded[a:b] == fold(written) else written
                extra.append(Mention(a, b, full, known=False, kind=kind))
    return sorted(out + extra, key=lambda m: m.start)
