"""extract_parallel gives exactly the serial output: same items, same order, same errors."""
from __future__ import annotations

import json
import multiprocessing
import os
import random

import pytest

from conftest import SEEDS
from factx import parallel
from factx.output import jsonl_line
from factx.parallel import extract_parallel
from factx.rulebook import RuleError
from factx.sources import SourceError, split_articles


def flat(items):
    """Comparable form of an extraction: per document its id, text, JSON lines and warnings."""
    out = []
    for it in items:
        if isinstance(it, SourceError):
            out.append(("error", str(it)))
        else:
            out.append((it.doc.doc, it.doc.text, it.doc.date, it.doc.tags,
                        [jsonl_line(r) for r in it.records], list(it.warnings)))
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Several folders and files of perturbed seed articles, with unreadable inputs between them."""
    root = tmp_path_factory.mktemp("corpus")
    arts = []
    for name in sorted(os.listdir(SEEDS)):
        with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
            arts.extend(split_articles(f.read())[1])
    rng = random.Random(3)

    def perturb(a):
        return "".join(str(rng.randint(1, 9)) if c.isdigit() and rng.random() < 0.3 else c for c in a)
    n = 0
    for sub in ("a", "b/c"):
        os.makedirs(root / sub, exist_ok=True)
        for i in range(3):
            picked = [perturb(rng.choice(arts)[:1500]) for _ in range(rng.randint(1, 5))]
            (root / sub / f"{i:02d}.txt").write_text("#标签\n" + "\n\n".join(picked), encoding="utf-8")
            n += len(picked)
    (root / "a" / "01b.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary\x00" * 50)  # cannot decode
    (root / "a" / "02b.jsonl").write_text(
        json.dumps({"id": "x", "title": "小米", "text": perturb(arts[1][:800]), "date": "2025-11-18"},
                   ensure_ascii=False) + "\nnot json\n" +
        json.dumps({"id": "y", "text": perturb(arts[2][:800])}, ensure_ascii=False) + "\n", encoding="utf-8")
    (root / "b" / "empty.txt").write_text("", encoding="utf-8")
    assert n >= 6
    return root


def test_seeds_two_workers_equal_serial(extractor):
    serial = flat(extractor.extract_paths([SEEDS]))
    assert len(serial) >= 8 and any(item[4] for item in serial)
    assert flat(extract_parallel([SEEDS], workers=2)) == serial


def test_corpus_two_workers_equal_serial(extractor, corpus):
    paths = [str(corpus / "b"), str(corpus / "missing.txt"), str(corpus / "a"), SEEDS]
    serial = flat(extractor.extract_paths(paths, date="2025-06-30"))
    errors = [i for i, item in enumerate(serial) if item[0] == "error"]
    assert len(errors) >= 3 and errors[0] > 0 and errors[-1] < len(serial) - 1  # errors between documents
    # tiny chunks and a short queue: many chunks in flight, errors between them
    got = flat(extract_parallel(paths, workers=2, date="2025-06-30", chunk_docs=2, max_inflight=3))
    assert got == serial
    assert flat(extract_parallel(paths, workers=2, date="2025-06-30")) == serial


def test_one_worker_starts_no_process(monkeypatch, extractor):
    def no_pool(*a, **k):
        raise AssertionError("workers=1 must not start a pool")
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    got = flat(extract_parallel([SEEDS], workers=1))
    assert not multiprocessing.active_children()
    assert got == flat(extractor.extract_paths([SEEDS]))


def test_early_close_stops_workers(corpus):
    it = extract_parallel([str(corpus)], workers=2, chunk_docs=1)
    first = next(it)
    assert first is not None
    it.close()  # shuts the pool down instead of computing the rest
    assert not multiprocessing.active_children()


def test_rule_error_surfaces(tmp_path):
    (tmp_path / "bad.yaml").write_text("rules:\n  - id: [\n", encoding="utf-8")
    with pytest.raises(RuleError, match="bad.yaml"):
        list(extract_parallel([SEEDS], workers=2, rules_dirs=[str(tmp_path)]))
