"""Extraction on several processes, with the serial output order and flat memory.

`extract_parallel(paths, workers)` yields exactly what `Extractor(rules_dirs).extract_paths(paths,
date)` yields, item for item and in the same order (`DocResult`s and `SourceError`s), but runs
`extract_document` in a `ProcessPoolExecutor` whose workers each load the rules and registry once
(the pool initializer).

How it keeps order and memory in check:

- The parent reads and decodes the inputs (cheap next to extraction) one file at a time, in the
  serial order, and cuts the documents into chunks; a file's `SourceError`s go into the output
  queue right where the serial run would yield them.
- Chunks start at one document and double up to `chunk_docs` (and stop growing at
  `chunk_chars` characters), so a small input still keeps every worker busy and a large one pays
  little per-task overhead.
- At most `max_inflight` chunks (default: two per worker, plus one) are submitted and not yet
  yielded; the parent waits for the oldest one before reading on. Memory stays flat however
  large the input: neither all documents nor all results are ever held.
- A worker sends back only the records and warnings of each document; the parent pairs them
  with its own `Document`, so document texts cross the process boundary once.

`workers=1` runs the serial extractor in this process and starts no pool.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterable, Iterator

from .pipeline import DocResult, Extractor
from .sources import Document, SourceError, iter_inputs, read_documents

__all__ = ["extract_parallel", "default_workers"]

# -- worker side -------------------------------------------------------------------------------
_EXTRACTOR: Extractor | None = None
_INIT_ERROR: tuple[str, str, str] | None = None  # (type, where, message): exceptions may not pickle


def _init_worker(rules_dirs: list[str] | None) -> None:
    global _EXTRACTOR, _INIT_ERROR
    try:
        _EXTRACTOR = Extractor(rules_dirs)
    except Exception as exc:  # reported on the first task, as an exception of the same kind
        _INIT_ERROR = (type(exc).__name__, getattr(exc, "where", ""), getattr(exc, "message", str(exc)))


def _extract_chunk(docs: list[Document]) -> tuple[str, object]:
    if _INIT_ERROR is not None:
        return "init_error", _INIT_ERROR
    assert _EXTRACTOR is not None
    out = []
    for doc in docs:
        r = _EXTRACTOR.extract_document(doc)
        out.append((r.records, r.warnings))
    return "ok", out


def _raise_init_error(err: tuple[str, str, str]) -> None:
    kind, where, message = err
    if kind == "RuleError":
        from .rulebook import RuleError
        raise RuleError(where, message)
    raise RuntimeError(f"a factx worker could not load the rules: {kind}: {message}")


# -- parent side -------------------------------------------------------------------------------
def default_workers() -> int:
    """Cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_parallel(paths: Iterable[str], workers: int, date: str | None = None,
                     rules_dirs: Iterable[str] | None = None, chunk_docs: int = 64, *,
                     chunk_chars: int = 200_000, max_inflight: int | None = None,
                     mp_context=None) -> Iterator[DocResult | SourceError]:
    """`Extractor(rules_dirs).extract_paths(paths, date)` on `workers` processes (0: one per core).

    Yields the same `DocResult`s (records and warnings; `trace` stays empty) and `SourceError`s
    in the same order. A rule error surfaces as the same `RuleError` on the first result.
    `mp_context` is a multiprocessing context or start method name (default: the platform's).
    """
    rules = list(rules_dirs) if rules_dirs is not None else None
    if workers is None or workers <= 0:
        workers = default_workers()
    if workers == 1:
        yield from Extractor(rules).extract_paths(paths, date)
        return
    if chunk_docs < 1:
        raise ValueError("chunk_docs must be at least 1")
    if isinstance(mp_context, str):
        mp_context = multiprocessing.get_context(mp_context)
    limit = max_inflight or 2 * workers + 1

    pool = ProcessPoolExecutor(workers, mp_context=mp_context, initializer=_init_worker, initargs=(rules,))
    # the queue, in output order: SourceErrors, and (docs, future) for submitted chunks
    queue: deque[SourceError | tuple[list[Document], Future]] = deque()
    inflight = 0
    chunk: list[Document] = []
    chunk_len = 0
    size = 1  # documents in the next chunk: 1, 2, 4, … chunk_docs

    def submit() -> None:
        nonlocal chunk, chunk_len, size, inflight
        if chunk:
            queue.append((chunk, pool.submit(_extract_chunk, chunk)))
            inflight += 1
            chunk, chunk_len = [], 0
            size = min(size * 2, chunk_docs)

    def ready(keep: int) -> Iterator[DocResult | SourceError]:
        """Yield from the head of the queue until at most `keep` chunks are in flight."""
        nonlocal inflight
        while queue and (inflight > keep or isinstance(queue[0], SourceError)):
            head = queue.popleft()
            if isinstance(head, SourceError):
                yield head
                continue
            docs, fut = head
            status, payload = fut.result()
            inflight -= 1
            if status == "init_error":
                _raise_init_error(payload)  # type: ignore[arg-type]
            for doc, (records, warnings) in zip(docs, payload):  # type: ignore[arg-type]
                yield DocResult(doc, records, warnings)

    try:
        for path, name in iter_inputs(paths):
            docs, errors = read_documents(path, name, date)
            if errors:
                submit()  # the documents before the errors come out first
                queue.extend(errors)
                yield from ready(limit - 1)
            for doc in docs:
                chunk.append(doc)
                chunk_len += len(doc.text)
                if len(chunk) >= size or chunk_len >= chunk_chars:
                    submit()
                    yield from ready(limit - 1)
            del docs
        submit()
        yield from ready(0)
    finally:
        # also on an early close of the generator (a consumer's break, ^C): drop queued work
        pool.shutdown(wait=True, cancel_futures=True)
