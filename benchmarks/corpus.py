"""Build a benchmark corpus: many .txt files of Chinese financial news, deterministically.

    python benchmarks/corpus.py 20 benchmarks/corpus/20mb      # at least 20 MiB of article text

The articles are the seeds (`seeds/*.txt`) and the dev articles (`benchmarks/data/*.txt`,
byte-identical copies of shared/dev/articles, see benchmarks/data/SOURCE.md), repeated and
perturbed with a seeded random generator so that no two documents are the same text:

- every digit is replaced by a random one with probability 0.3 (a non-zero digit stays
  non-zero, so no leading zeros appear and magnitudes stay plausible); a month-day date that
  becomes impossible (11月31日, 21月19日) is then clamped to a real one (11月30日, 12月19日),
  so the corpus measures speed, not how the pipeline copes with impossible dates;
- a quarter of the articles is converted Simplified -> Traditional, a quarter Traditional ->
  Simplified (OpenCC phrase conversion, `from opencc import OpenCC`), the rest left as written.

Files hold `--per-file` articles (200 by default) separated by blank lines, the layout
`factx.sources.split_articles` reads, so a parallel run has many files and documents to split.
A `corpus.json` manifest (not a text suffix, so factx ignores it) records what was built; the
same arguments always give byte-identical files.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEEDS = os.path.join(ROOT, "seeds")
DEV = os.path.join(HERE, "data")
MIB = 1 << 20
VERSION = 2  # bump when the generator changes, so run.py rebuilds old corpora

_DIGIT = re.compile(r"[0-9０-９]")
_MONTH_DAY = re.compile(r"([0-9０-９]{1,2})([月])([0-9０-９]{1,2})([日号號])")


def _articles(text: str) -> list[str]:
    """Articles of a seed or dev file, split the way factx splits them (tag lines dropped)."""
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    from factx.sources import split_articles
    _tags, arts = split_articles(text.replace("\r\n", "\n").rstrip("\n"))
    return [a.strip() for a in arts if a.strip()]


def source_articles() -> list[str]:
    arts: list[str] = []
    for path in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))) + sorted(glob.glob(os.path.join(DEV, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            arts.extend(_articles(f.read()))
    if not arts:
        raise SystemExit(f"no articles found in {SEEDS} or {DEV}")
    return arts


def _variants(arts: list[str]) -> list[tuple[str, str, str]]:
    """(as written, Traditional, Simplified) of each article; OpenCC is slow, so once each."""
    from opencc import OpenCC
    s2t, t2s = OpenCC("s2t"), OpenCC("t2s")
    return [(a, s2t.convert(a), t2s.convert(a)) for a in arts]


def _perturb(rng: random.Random, text: str) -> str:
    def digit(m: re.Match) -> str:
        c = m.group()
        if rng.random() >= 0.3:
            return c
        zero = ord("0") if c <= "9" else ord("０")
        lo = 0 if c in "0０" else 1
        return chr(zero + rng.randint(lo, 9))
    return _MONTH_DAY.sub(_real_date, _DIGIT.sub(digit, text))


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 2月29日 counts as impossible: years vary


def _real_date(m: re.Match) -> str:
    month, day = int(_ascii(m.group(1))), int(_ascii(m.group(3)))
    if 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]:
        return m.group()
    month = min(max(month, 1), 12)
    return f"{month}{m.group(2)}{min(max(day, 1), _DAYS[month - 1])}{m.group(4)}"


def _ascii(digits: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if c >= "０" else c for c in digits)


def build(target_mb: float, out: str, seed: int = 7, per_file: int = 200, quiet: bool = False) -> dict:
    """Write at least `target_mb` MiB of articles into `out` (created; old part files removed)."""
    started = time.perf_counter()
    os.makedirs(out, exist_ok=True)
    for old in glob.glob(os.path.join(out, "part-*.txt")):
        os.unlink(old)
    manifest_path = os.path.join(out, "corpus.json")
    if os.path.exists(manifest_path):
        os.unlink(manifest_path)
    rng = random.Random(seed)
    variants = _variants(source_articles())
    target = int(target_mb * MIB)
    total_bytes = total_chars = n_docs = n_files = 0
    while total_bytes < target:
        arts = []
        for _ in range(per_file):
            written, trad, simp = variants[rng.randrange(len(variants))]
            r = rng.random()
            base = trad if r < 0.25 else simp if r < 0.5 else written
            arts.append(_perturb(rng, base))
        data = ("\n\n".join(arts) + "\n").encode("utf-8")
        with open(os.path.join(out, f"part-{n_files:05d}.txt"), "wb") as f:
            f.write(data)
        n_files += 1
        n_docs += len(arts)
        total_bytes += len(data)
        total_chars += sum(len(a) for a in arts)
    manifest = {"version": VERSION, "target_mb": target_mb, "seed": seed, "per_file": per_file,
                "files": n_files, "documents": n_docs, "bytes": total_bytes, "chars": total_chars}
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    if not quiet:
        print(f"corpus: {n_files} files, {n_docs} documents, {total_bytes / MIB:.1f} MiB, "
              f"{total_chars:,} chars in {out} ({time.perf_counter() - started:.1f}s)", file=sys.stderr)
    return manifest


def ensure(target_mb: float, out: str, seed: int = 7, per_file: int = 200) -> dict:
    """The corpus in `out`, built only when missing or built with other arguments."""
    try:
        with open(os.path.join(out, "corpus.json"), encoding="utf-8") as f:
            m = json.load(f)
        if (m.get("version"), m.get("target_mb"), m.get("seed"), m.get("per_file")) == (VERSION, target_mb, seed, per_file) \
                and len(glob.glob(os.path.join(out, "part-*.txt"))) == m["files"]:
            return m
    except (OSError, ValueError, KeyError):
        pass
    return build(target_mb, out, seed, per_file)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mb", type=float, help="target size in MiB of article text (UTF-8)")
    ap.add_argument("out", help="output folder")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-file", type=int, default=200, help="articles per .txt file")
    a = ap.parse_args(argv)
    build(a.mb, a.out, a.seed, a.per_file)


if __name__ == "__main__":
    main()
