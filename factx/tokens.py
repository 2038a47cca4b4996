"""The token view of a sentence: what rules match against.

Each quantity, entity mention and period mention found by the earlier stages is replaced by
one private-use character, so a rule can say `{metric}{gap}{money}` and compose over things
already recognised (as Duckling's rules do) instead of re-parsing numbers. The view keeps,
for every character, the span it stands for in the sentence, so a match maps straight back
to document offsets.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from .entities import Mention
from .periods import PeriodMention
from .quantities import Quantity

MONEY, SCALED, NUMBER, PERCENT, PP, POINTS, COUNT, MULTIPLE = (chr(0xE000 + i) for i in range(8))
ENTITY, PERIOD, AGO = "\uE010", "\uE011", "\uE012"

_DIM_MARK = {"money": MONEY, "percent": PERCENT, "pp": PP, "points": POINTS, "count": COUNT,
             "multiple": MULTIPLE}

# Built-in macros: each names one or more token kinds.
TOKEN_MACROS = {
    "money": MONEY,                              # an amount with a currency (元 counts)
    "amount": f"[{MONEY}{SCALED}]",              # money, or a bare 万/亿-scaled number (money by context)
    "number": f"[{SCALED}{NUMBER}{COUNT}]",      # a count, with or without a classifier
    "percent": PERCENT,
    "pp": PP,
    "points": POINTS,
    "multiple": MULTIPLE,
    "entity": ENTITY,
    "entities": f"{ENTITY}(?:[、和与及/]?{ENTITY})*",   # 阿里网易, Google、微软
    "period": f"[{PERIOD}{AGO}]",               # any period expression
    "ago": AGO,                                  # an earlier period named relative to now: 去年同期, 上季
    "token": "[\uE000-\uE0FF]",
    "notoken": "[^\uE000-\uE0FF]",
}

Item = Union[Quantity, Mention, PeriodMention]


@dataclass(frozen=True, slots=True)
class TokenView:
    text: str                       # the sentence with tokens replaced by markers
    starts: tuple[int, ...]         # per character: offset in the folded sentence
    ends: tuple[int, ...]
    items: dict[int, Item]          # view index of a marker -> what it stands for
    base: int                       # sentence offset in the document

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Document span of view characters [a, b)."""
        return self.base + self.starts[a], self.base + self.ends[b - 1]

    def items_in(self, a: int, b: int) -> list[tuple[int, Item]]:
        return [(i, self.items[i]) for i in range(a, b) if i in self.items]


def mark(item: Item) -> str:
    if isinstance(item, Mention):
        return ENTITY
    if isinstance(item, PeriodMention):
        return AGO if item.kind in ("yago", "lastq") else PERIOD
    if item.dim == "number":
        return SCALED if item.scaled else NUMBER
    return _DIM_MARK.get(item.dim, NUMBER)


def build(folded: str, base: int, items: list[Item]) -> TokenView:
    """`items` carry document spans inside the sentence at `base`; overlapping ones are dropped,
    first come first kept (callers pass periods, then entities, then quantities)."""
    taken = bytearray(len(folded) + 1)
    chosen = []
    for it in items:
        a, b = it.start - base, it.end - base
        if a < 0 or b > len(folded) or a >= b or any(taken[a:b]):
            continue
        taken[a:b] = b"\x01" * (b - a)
        chosen.append((a, b, it))
    chosen.sort(key=lambda t: t[0])
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index: dict[int, Item] = {}
    pos = n = 0
    for a, b, it in chosen:
        parts.append(folded[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        n += a - pos
        index[n] = it
        parts.append(mark(it))
        starts.append(a)
        ends.append(b)
        n += 1
        pos = b
    parts.append(folded[pos:])
    starts.extend(range(pos, len(folded)))
    ends.extend(range(pos + 1, len(folded) + 1))
    return TokenView("".join(parts), tuple(starts), tuple(ends), index, base)
