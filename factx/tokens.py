"""The token view of a sentence: what rules match against.

Each quantity, entity mention and period mention found by the earlier stages is replaced by
one private-use character, so a rule can say `{metric}{gap}{money}` and compose over things
already recognised (as Duckling's rules do) instead of re-parsing numbers. The view keeps,
for every character, the span it stands for in the sentence, so a match maps straight back
to document offsets.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Union

from .entities import Mention
from .periods import EARLIER, PeriodMention
from .quantities import Quantity

MONEY, SCALED, NUMBER, PERCENT, PP, POINTS, COUNT, MULTIPLE = (chr(0xE000 + i) for i in range(8))
ENTITY, PERIOD, AGO = "\uE010", "\uE011", "\uE012"

# a name's stock code in brackets after it: a registry code (an entity token) or one the registry
# does not know (3131, 09868.HK)
CODED = f"\\((?:{ENTITY}|[0-9A-Z.]{{4,9}})\\)"

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
    # 阿里网易, Google、微软, 阿里巴巴(09988)、京東(09618), 弘塑(3131)、辛耘(3583) (a code the registry does not know)
    "entities": f"{ENTITY}(?:{CODED}(?=[、和与及/]{ENTITY}))?(?:[、和与及/]?{ENTITY}(?:{CODED}(?=[、和与及/]{ENTITY}))?)*",
    "period": f"[{PERIOD}{AGO}]",               # any period expression
    "ago": AGO,                                  # an earlier period named relative to now: 去年同期, 上季
    "token": "[\uE000-\uE0FF]",
    "notoken": "[^\uE000-\uE0FF]",
}

Item = Union[Quantity, Mention, PeriodMention]


@dataclass(frozen=True, slots=True)
class TokenView:
    text: str                       # the sentence with tokens replaced by markers
    items: dict[int, Item]          # view index of a marker -> what it stands for
    base: int                       # sentence offset in the document
    marks: tuple[int, ...] = ()     # view indices of the markers, ascending
    spans: tuple[tuple[int, int], ...] = ()   # per marker: its span in the folded sentence

    def _offsets(self, i: int) -> tuple[int, int]:
        """The span in the folded sentence that view character i stands for."""
        k = bisect.bisect_right(self.marks, i) - 1
        if k < 0:
            return i, i + 1
        if self.marks[k] == i:
            return self.spans[k]
        at = self.spans[k][1] + (i - self.marks[k] - 1)   # plain text after marker k
        return at, at + 1

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Document span of view characters [a, b)."""
        return self.base + self._offsets(a)[0], self.base + self._offsets(b - 1)[1]

    def items_in(self, a: int, b: int) -> list[tuple[int, Item]]:
        return [(i, self.items[i]) for i in range(a, b) if i in self.items]


def mark(item: Item) -> str:
    if isinstance(item, Mention):
        return ENTITY
    if isinstance(item, PeriodMention):
        return AGO if item.kind in EARLIER else PERIOD
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
    if not chosen:
        return TokenView(folded, {}, base)
    chosen.sort(key=lambda t: t[0])
    parts: list[str] = []
    index: dict[int, Item] = {}
    marks: list[int] = []
    spans: list[tuple[int, int]] = []
    pos = n = 0
    for a, b, it in chosen:
        parts.append(folded[pos:a])
        n += a - pos
        index[n] = it
        marks.append(n)
        spans.append((a, b))
        parts.append(mark(it))
        n += 1
        pos = b
    parts.append(folded[pos:])
    return TokenView("".join(parts), index, base, tuple(marks), tuple(spans))
