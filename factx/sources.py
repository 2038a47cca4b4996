"""Reading inputs: paths, folders, stdin; decoding; splitting files into documents.

This is the front half of the segment stage. It yields `Document`s (id, text, date) and
reports unreadable inputs as `SourceError`s instead of raising, so one bad file never costs
the output of the others.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from typing import Iterable, Iterator

import regex

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")
_DATE = regex.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Document:
    doc: str                 # "<path relative to the input root>#<n>"
    text: str                # title + "\n" + body, exactly as in the input
    date: str | None = None  # publication date YYYY-MM-DD, when the input gives one
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceError:
    where: str               # file (and line) the problem is in
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) and UTF-16 with a BOM directly, everything
    else (GB18030/GBK, Big5, BOM-less UTF-16) through charset-normalizer. Raises ValueError."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # only for the files that need it

    candidates = ["gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be", "utf_8"]
    best = from_bytes(data, cp_isolation=candidates).best()
    if best is None and b"\x00" not in data:
        # a few stray control bytes (ANSI escapes from a scraper) can hide a legacy encoding from
        # the detector: detect on the text without them, then decode the bytes as they are
        cleaned = bytes(b for b in data if b >= 0x20 or b in (9, 10, 13))
        guess = from_bytes(cleaned, cp_isolation=candidates).best()
        if guess is not None:
            try:
                return data.decode(guess.encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    if best is None:
        raise ValueError("cannot detect the text encoding (binary file?)")
    text = str(best)
    if "\x00" in text:
        raise ValueError(f"looks binary (decoded as {best.encoding} with NUL characters)")
    return text


def _normalise_newlines(text: str) -> str:
    # CRLF and lone CR become LF so that offsets are the same on every platform
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_articles(text: str) -> tuple[tuple[str, ...], list[str]]:
    """A .txt file's topic tags and its articles (records.md, "Documents")."""
    lines = text.split("\n")
    tags = []
    while lines and lines[0].startswith("#"):
        tags.append(lines.pop(0)[1:].strip())
    while lines and not lines[-1].strip():  # a final newline is not an empty article
        lines.pop()
    if any(not ln.strip() for ln in lines):  # blank-line separated articles
        articles, cur = [], []
        for ln in lines + [""]:
            if ln.strip():
                cur.append(ln)
            elif cur:
                articles.append("\n".join(cur))
                cur = []
    else:  # the seed layout: title line, body line, title line, body line…
        articles = ["\n".join(lines[i:i + 2]) for i in range(0, len(lines), 2)]
    return tuple(tags), articles


def _markdown_articles(text: str) -> list[str]:
    """A Markdown file is one article: the first heading is the title, the rest the body."""
    lines = [ln for ln in text.split("\n")]
    title = ""
    body = []
    for ln in lines:
        if not title and ln.strip():
            title = ln
            continue
        if ln.strip():
            body.append(ln)
    return ["\n".join([title] + [" ".join(body)]) if body else title] if title else []


def documents_from_text(name: str, text: str, date: str | None = None) -> tuple[list[Document], list[SourceError]]:
    """Documents of one input whose text is already decoded; `name` is its id prefix."""
    text = _normalise_newlines(text)
    if name.endswith(".jsonl"):
        return _jsonl_documents(name, text, date)
    if name.endswith((".md", ".markdown")):
        tags, articles = (), _markdown_articles(text)
    else:
        tags, articles = split_articles(text)
    docs = [Document(f"{name}#{n}", art, date, tags) for n, art in enumerate(articles, 1) if art.strip()]
    return docs, []


def _jsonl_documents(name: str, text: str, date: str | None) -> tuple[list[Document], list[SourceError]]:
    docs, errors = [], []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
            body = str(row.get("text") or "")
            title = str(row.get("title") or "")
            if not body and not title:
                raise ValueError("no 'text' or 'title'")
        except (ValueError, TypeError) as exc:
            errors.append(SourceError(f"{name}:{lineno}", f"skipped line: {exc}"))
            continue
        ident = str(row.get("id") or lineno)
        m = _DATE.match(str(row.get("date") or ""))
        docs.append(Document(f"{name}#{ident}", f"{title}\n{body}" if title else body,
                             m.group(0) if m else date))
    return docs, errors


def _walk(root: str) -> Iterator[str]:
    """Files below a folder, sorted, following no symlinked folders (no loops)."""
    for base, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(TEXT_SUFFIXES):
                yield os.path.join(base, f)


def iter_inputs(paths: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(path, id prefix) for every input file; folders are read recursively in sorted order,
    and ids are relative to the folder given."""
    for path in paths:
        if path == "-" or os.path.isfile(path) or not os.path.isdir(path):
            yield path, os.path.basename(path) if path != "-" else "stdin"
        else:
            for f in _walk(path):
                yield f, os.path.relpath(f, path).replace(os.sep, "/")


def read_documents(path: str, name: str, date: str | None = None) -> tuple[list[Document], list[SourceError]]:
    """All documents of one input file (or '-' for stdin); errors instead of exceptions."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
        text = decode(data)
    except FileNotFoundError:
        return [], [SourceError(path, "no such file (or a broken link)")]
    except IsADirectoryError:
        return [], [SourceError(path, "is a folder")]
    except OSError as exc:
        return [], [SourceError(path, f"cannot read: {exc.strerror or exc}")]
    except (ValueError, UnicodeDecodeError) as exc:
        return [], [SourceError(path, f"cannot decode: {exc}")]
    return documents_from_text(name, text, date)
