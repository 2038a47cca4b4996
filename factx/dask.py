"""factx on Dask: a Bag of records, or JSON lines computed on a (distributed) cluster.

Needs the `dask` extra (`pip install 'factx[dask]'`: dask[bag] and distributed); dask is
imported only when these functions run, so `import factx.dask` always works.

    from factx.dask import extract_bag, extract_on_scheduler, run_on_scheduler
    extract_bag(["news/"]).filter(lambda r: r["kind"] == "revenue").count().compute()
    for line in run_on_scheduler(["news/"], "tcp://scheduler:8786"):  # or "local"
        sys.stdout.write(line)
    for item in extract_on_scheduler(["news/"], "local"):  # DocResult | SourceError, like
        ...                                                # Extractor.extract_paths

Partitions are slices of documents, not of bytes: the client lists the inputs and counts each
file's documents (decoding only), and every partition is `(path, name, first, last)` — the
worker reads the file itself and extracts documents first..last-1. So the task graph stays small
(no article text in it) and workers need the same paths: a LocalCluster, or a filesystem shared
by the cluster. Standard input ('-') is read on the client and its documents go in the graph.
Each worker process loads the rules and registry once and keeps them.

Order: `extract_bag(...).compute()`, `extract_on_scheduler(...)` and `run_on_scheduler(...)` give
the records (and errors) in exactly the order of the serial `Extractor.extract_paths`.
"""
from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .sources import Document, SourceError, iter_inputs, read_documents

if TYPE_CHECKING:
    from .pipeline import DocResult

__all__ = ["extract_bag", "extract_on_scheduler", "run_on_scheduler", "DEFAULT_PARTITION_SIZE"]

DEFAULT_PARTITION_SIZE = 64  # documents per partition

_MISSING = ("factx.dask needs the 'dask' extra (dask[bag] and distributed): "
            "pip install 'factx[dask]'")


def _bag_module():
    try:
        import dask.bag as db
    except ImportError as exc:
        raise ImportError(f"{_MISSING} ({exc})") from exc
    return db


def _distributed():
    try:
        import distributed
    except ImportError as exc:
        raise ImportError(f"{_MISSING} ({exc})") from exc
    return distributed


# -- worker side -------------------------------------------------------------------------------
_EXTRACTORS: dict[tuple[str, ...] | None, object] = {}
_LOCK = threading.Lock()


def _extractor(rules_dirs: tuple[str, ...] | None):
    """One Extractor per worker process and rules folders (workers may run several threads)."""
    with _LOCK:
        ex = _EXTRACTORS.get(rules_dirs)
        if ex is None:
            from .pipeline import Extractor
            ex = _EXTRACTORS[rules_dirs] = Extractor(list(rules_dirs) if rules_dirs else None)
        return ex


def _documents(unit: tuple, date: str | None) -> tuple[list[Document], list[SourceError]]:
    if unit[0] == "docs":  # standard input, read on the client
        return list(unit[1]), list(unit[2])
    _, path, name, first, last = unit
    docs, errors = read_documents(path, name, date)
    return docs[first:last], errors if first == 0 else []


def _extract_units(units: list[tuple], rules_dirs: tuple[str, ...] | None, date: str | None) -> list[tuple]:
    """A partition: ('error', where, message) and ('doc', Document, [Record], [warning]) items."""
    ex = _extractor(rules_dirs)
    out: list[tuple] = []
    for unit in units:
        docs, errors = _documents(unit, date)
        out.extend(("error", e.where, e.message) for e in errors)
        for doc in docs:
            r = ex.extract_document(doc)  # type: ignore[attr-defined]
            out.append(("doc", doc, r.records, r.warnings))
    return out


def _extract_partition(parts: list[tuple], rules_dirs: tuple[str, ...] | None, date: str | None) -> list[tuple]:
    return _extract_units([u for p in parts for u in p], rules_dirs, date)


def _record_dicts(items: list[tuple]) -> list[dict]:
    return [rec.to_json_dict() for item in items if item[0] == "doc" for rec in item[2]]


# -- client side -------------------------------------------------------------------------------
def _units(paths: Iterable[str], date: str | None, partition_size: int) -> list[list[tuple]]:
    """Partitions of work units, in serial order. A file's errors go with its first unit."""
    parts: list[list[tuple]] = []
    cur: list[tuple] = []
    room = partition_size
    for path, name in iter_inputs(paths):
        docs, errors = read_documents(path, name, date)
        if path == "-":  # workers cannot read our stdin: its documents travel in the graph
            make = lambda a, b, docs=docs, errors=errors: ("docs", tuple(docs[a:b]),  # noqa: E731
                                                           tuple(errors) if a == 0 else ())
        else:
            make = lambda a, b, path=path, name=name: ("file", path, name, a, b)  # noqa: E731
        n = len(docs)
        if n == 0:
            if errors:
                cur.append(make(0, 0))
            continue
        first = 0
        while first < n:
            take = min(room, n - first)
            cur.append(make(first, first + take))
            first += take
            room -= take
            if room == 0:
                parts.append(cur)
                cur, room = [], partition_size
    if cur:
        parts.append(cur)
    return parts


def _items_bag(paths, rules_dirs, date, partition_size):
    db = _bag_module()
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    rules = tuple(rules_dirs) if rules_dirs else None
    parts = _units(list(paths), date, partition_size)
    if not parts:
        return db.from_sequence([], npartitions=1)
    units = db.from_sequence([tuple(p) for p in parts], npartitions=len(parts))  # one partition each
    return units.map_partitions(_extract_partition, rules, date)


def extract_bag(paths: Iterable[str], rules_dirs: Iterable[str] | None = None, date: str | None = None,
                partition_size: int = DEFAULT_PARTITION_SIZE):
    """A `dask.bag.Bag` of record dicts (`Record.to_json_dict()`), `partition_size` documents a
    partition, in the serial order when computed. Unreadable inputs are left out (see
    `run_on_scheduler` to hear about them)."""
    return _items_bag(paths, rules_dirs, date, partition_size).map_partitions(_record_dicts)


def extract_on_scheduler(paths: Iterable[str], scheduler: str | None, rules_dirs: Iterable[str] | None = None,
                         date: str | None = None, partition_size: int = DEFAULT_PARTITION_SIZE, *,
                         max_inflight: int | None = None) -> Iterator[DocResult | SourceError]:
    """What `Extractor(rules_dirs).extract_paths(paths, date)` yields (DocResults and
    SourceErrors, same order), computed on a Dask cluster: a drop-in for the serial loop.

    `scheduler`: an address ("tcp://host:8786") for `distributed.Client`; "local" starts a
    `LocalCluster` for this call (closed at the end); None lets `distributed.Client()` decide
    (the configured scheduler address, else a local cluster). At most `max_inflight`
    partitions (default: twice the cluster's threads) are computed ahead of the output, so the
    client's memory stays flat. Raises ImportError at once when the dask extra is missing.
    """
    distributed = _distributed()  # here, not in the generator: a missing extra fails at the call
    bag = _items_bag(paths, rules_dirs, date, partition_size)
    return _compute_in_order(distributed, bag, scheduler, max_inflight)


def _compute_in_order(distributed, bag, scheduler: str | None, max_inflight: int | None
                      ) -> Iterator[DocResult | SourceError]:
    from .pipeline import DocResult
    parts = bag.to_delayed(optimize_graph=True)
    cluster = None
    if scheduler == "local":
        cluster = distributed.LocalCluster(processes=True, dashboard_address=None)
        client = distributed.Client(cluster)
    elif scheduler is None:
        client = distributed.Client()
    else:
        client = distributed.Client(scheduler)
    try:
        limit = max_inflight or max(2, 2 * sum(client.nthreads().values()))
        queue: deque = deque()

        def drain(keep: int) -> Iterator[DocResult | SourceError]:
            while len(queue) > keep:
                fut = queue.popleft()
                items = fut.result()
                fut.release()
                for item in items:
                    if item[0] == "error":
                        yield SourceError(item[1], item[2])
                    else:
                        yield DocResult(item[1], item[2], item[3])
        for part in parts:
            queue.append(client.compute(part))
            yield from drain(limit - 1)
        yield from drain(0)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_on_scheduler(paths: Iterable[str], scheduler: str | None, rules_dirs: Iterable[str] | None = None,
                     date: str | None = None, partition_size: int = DEFAULT_PARTITION_SIZE, *,
                     on_error: Callable[[SourceError], None] | None = None,
                     on_warning: Callable[[str], None] | None = None,
                     max_inflight: int | None = None) -> Iterator[str]:
    """JSON lines (as `factx.output.jsonl_line` writes them) computed on a Dask cluster, in the
    serial order; `scheduler` as for `extract_on_scheduler`. Unreadable inputs go to `on_error`
    and warnings to `on_warning`, at the place the serial run reports them."""
    items = extract_on_scheduler(paths, scheduler, rules_dirs, date, partition_size, max_inflight=max_inflight)
    return _lines(items, on_error, on_warning)


def _lines(items: Iterator[DocResult | SourceError], on_error, on_warning) -> Iterator[str]:
    from .output import jsonl_line
    for item in items:
        if isinstance(item, SourceError):
            if on_error:
                on_error(item)
            continue
        for rec in item.records:
            yield jsonl_line(rec)
        if on_warning:
            for w in item.warnings:
                on_warning(w)
