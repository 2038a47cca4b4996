"""Segment stage: a document into sentences, each with its folded twin.

Offsets are code points into the document text. Sentences end at 。！？!? (folded), at a
line break, or before a bullet (▶•●); a sentence keeps its closing punctuation. Clauses are
not materialised: the rules see clause punctuation in the folded sentence text itself.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .fold import fold

_TITLE_GAP = regex.compile(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])")
_SENTENCE = regex.compile(r"[^。!?\n▶•●]*(?:[。!?]+[”」』\"']?|(?=[\n▶•●])|$)")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int      # offset of the sentence in the document text
    end: int
    text: str       # the sentence as written
    folded: str     # the same, script- and width-folded (same length)
    is_title: bool = False   # the document's first line, when a body follows it


def sentences(text: str, folded: str | None = None) -> list[Sentence]:
    """The non-empty sentences of a document, in order, with their offsets."""
    folded = fold(text) if folded is None else folded
    out = []
    first_break = text.find("\n")
    for m in _SENTENCE.finditer(folded):
        a, b = m.span()
        while a < b and folded[a] in " \t▶•●":
            a += 1
        while b > a and folded[b - 1] in " \t":
            b -= 1
        if b > a:
            title = not out and first_break > 0 and b <= first_break and text[first_break + 1:].strip() != ""
            # a title's spaces part its clauses (營收增長13%　廣告與海外遊戲成雙引擎), except
            # inside a Latin name (Microsoft 365); the twin keeps its length
            twin = _TITLE_GAP.sub(",", folded[a:b]) if title else folded[a:b]
            out.append(Sentence(a, b, text[a:b], twin, title))
    return out
