"""Script folding: one rule serves Traditional and Simplified, full-width and half-width.

`fold(text)` returns a string of exactly the same length (in code points) in which every
Traditional character is replaced by its Simplified form, full-width ASCII by ASCII and the
ideographic space by a space. Every later stage matches against the folded text and reports
offsets into the original, which is why the fold must never change a length.

The character table comes from OpenCC's own dictionaries (shipped by
opencc-python-reimplemented), not from a hand-written list. OpenCC's phrase-level conversion
is deliberately not used: phrases can change length, single characters cannot.
"""
from __future__ import annotations

import os
from functools import lru_cache

import opencc

_VARIANT_FILES = ("HKVariantsRev.txt", "TWVariantsRev.txt")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    folder = os.path.join(os.path.dirname(opencc.__file__), "dictionary")

    def read(name: str) -> dict[int, str]:
        out: dict[int, str] = {}
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                src, _, dst = line.rstrip("\n").partition("\t")
                target = dst.split(" ")[0] if dst else ""
                if len(src) == 1 and len(target) == 1 and src != target:
                    out.setdefault(ord(src), target)
        return out

    ts = read("TSCharacters.txt")
    table: dict[int, str] = {}
    for name in _VARIANT_FILES:  # regional variants, then to Simplified
        for k, v in read(name).items():
            table.setdefault(k, ts.get(ord(v), v))
    table.update(ts)  # the Traditional-to-Simplified table wins
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "
    for ch in "\u2028\u2029\u0085":  # line separators count as line breaks, one code point each
        table[ord(ch)] = "\n"
    table[ord("\u2212")] = "-"  # minus sign
    table[ord("\uFE6A")] = "%"
    return table


def fold(text: str) -> str:
    """Fold scripts and widths without changing the length of `text`."""
    return text.translate(_table())
