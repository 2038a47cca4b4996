"""Writing records: JSONL, JSON or CSV, to stdout (flushed per document) or atomically to a file."""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from typing import IO, Iterable

from .models import Record

FIELDS = ("doc", "kind", "subject", "value", "value_max", "unit", "approx", "period", "change",
          "span", "quote", "sentence", "rule", "target", "counterparty", "stake_pct")


def jsonl_line(rec: Record) -> str:
    return json.dumps(rec.to_json_dict(), ensure_ascii=False, separators=(", ", ": ")) + "\n"


class Writer:
    """Streams records in one format; `close()` finishes the file (and renames it into place)."""

    def __init__(self, fmt: str = "jsonl", path: str | None = None):
        if fmt not in ("jsonl", "json", "csv"):
            raise ValueError(f"unknown format {fmt!r} (jsonl, json or csv)")
        self.fmt, self.path, self.count = fmt, path, 0
        if path and path != "-":
            folder = os.path.dirname(os.path.abspath(path))
            fd, self.tmp = tempfile.mkstemp(prefix=".factx-", suffix=".part", dir=folder)
            self.out: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")
        else:
            self.tmp = None
            self.out = sys.stdout
        self._csv = None
        if fmt == "json":
            self.out.write("[")
        elif fmt == "csv":
            self._csv = csv.writer(self.out, lineterminator="\n")
            self._csv.writerow(FIELDS)

    def write(self, records: Iterable[Record]) -> None:
        for rec in records:
            if self.fmt == "jsonl":
                self.out.write(jsonl_line(rec))
                self.count += 1
                continue
            d = rec.to_json_dict()
            if self.fmt == "json":
                self.out.write(("\n" if self.count == 0 else ",\n") + json.dumps(d, ensure_ascii=False))
            else:
                self._csv.writerow([json.dumps(d.get(k), ensure_ascii=False) if isinstance(d.get(k), (dict, list))
                                    else ("" if d.get(k) is None else d.get(k)) for k in FIELDS])
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()
        if self.tmp:
            self.out.close()
            os.replace(self.tmp, self.path)
            self.tmp = None

    def abort(self) -> None:
        """Drop a half-written file: the target keeps whatever it held before."""
        if self.tmp:
            self.out.close()
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None
