"""How fast factx could be with no Python at all: the time spent inside the regex engine.

    python benchmarks/floor.py CORPUS_FILE        # prints one JSON object

Every pattern factx compiles (at import, when the rules load, and the backward probes it
compiles later) is wrapped before factx is imported, so each call the pipeline makes on a
pattern — search, match, finditer… — is recorded with its arguments. The pipeline runs over
the file twice (the first run warms the lazy tables and the rule probes; the second is the one
recorded), then every recorded call is replayed on its own and timed, finditer consumed to the
end. The sum is the regex engine's share of the work: the pipeline can never be faster than the
file's characters divided by it, however little Python surrounds the patterns.

It runs in a process of its own (run.py starts it) because the wrapping must happen before
factx compiles anything.
"""
from __future__ import annotations

import json
import os
import sys
import time

import regex

_compile = regex.compile
CALLS: list[tuple[object, str, tuple, dict]] = []
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Recorded:
    """A compiled pattern that notes each call made on it, then makes it."""
    __slots__ = ("pattern_",)

    def __init__(self, pattern) -> None:
        self.pattern_ = pattern

    def __getattr__(self, name):
        attr = getattr(self.pattern_, name)
        if name not in METHODS:
            return attr

        def call(*args, **kwargs):
            CALLS.append((self.pattern_, name, args, kwargs))
            return attr(*args, **kwargs)
        return call


def _recording_compile(*args, **kwargs):
    return Recorded(_compile(*args, **kwargs))


def measure(path: str) -> dict:
    regex.compile = _recording_compile
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from factx.pipeline import Extractor
    from factx.sources import read_documents

    ex = Extractor()
    docs, _ = read_documents(path, os.path.basename(path))
    for d in docs:
        ex.extract_document(d)
    CALLS.clear()
    t = time.process_time()
    for d in docs:
        ex.extract_document(d)
    recorded_run = time.process_time() - t
    calls = list(CALLS)
    CALLS.clear()
    regex.compile = _compile

    engine = 0.0
    for pattern, name, args, kwargs in calls:
        method = getattr(pattern, name)
        t = time.perf_counter()
        got = method(*args, **kwargs)
        if name == "finditer":
            for _ in got:
                pass
        engine += time.perf_counter() - t
    return {"file": path, "documents": len(docs), "chars": sum(len(d.text) for d in docs),
            "calls": len(calls), "engine_s": engine, "recorded_run_s": recorded_run}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python benchmarks/floor.py CORPUS_FILE")
    print(json.dumps(measure(sys.argv[1])))
