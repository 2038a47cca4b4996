"""factx.dask on a real two-process LocalCluster: same records, same order as the serial run."""
from __future__ import annotations

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed (pip install 'factx[dask]')")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'factx[dask]')")

from conftest import SEEDS  # noqa: E402
from factx.dask import extract_bag, extract_on_scheduler, run_on_scheduler  # noqa: E402
from factx.output import jsonl_line  # noqa: E402
from factx.sources import SourceError  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def serial(extractor, tmp_path_factory):
    """Serial output over the seeds, a missing file and the seeds again under another name."""
    root = tmp_path_factory.mktemp("in")
    (root / "b.txt").write_text("阿里巴巴財報\n阿里巴巴第三季度營收2477.95億元，同比增長5%。", encoding="utf-8")
    paths = [SEEDS, str(root / "missing.txt"), str(root)]
    items = list(extractor.extract_paths(paths))
    assert any(isinstance(i, SourceError) for i in items)
    return paths, items


def test_run_on_scheduler_equals_serial(cluster, serial):
    paths, items = serial
    want = [jsonl_line(r) for i in items if not isinstance(i, SourceError) for r in i.records]
    want_errors = [str(i) for i in items if isinstance(i, SourceError)]
    want_warnings = [w for i in items if not isinstance(i, SourceError) for w in i.warnings]
    errors, warnings = [], []
    got = list(run_on_scheduler(paths, cluster.scheduler_address, partition_size=3,
                                on_error=lambda e: errors.append(str(e)), on_warning=warnings.append))
    assert len(want) > 50
    assert got == want
    assert errors == want_errors and warnings == want_warnings


def test_extract_bag_equals_serial(cluster, serial):
    paths, items = serial
    want = [r.to_json_dict() for i in items if not isinstance(i, SourceError) for r in i.records]
    bag = extract_bag(paths, partition_size=2)
    assert bag.npartitions >= 4
    with distributed.Client(cluster):
        assert bag.compute() == want


def test_extract_on_scheduler_is_a_drop_in(cluster, serial):
    """The same DocResults and SourceErrors as extract_paths, item for item."""
    paths, items = serial

    def flat(its):
        return [("error", str(i)) if isinstance(i, SourceError)
                else (i.doc, [jsonl_line(r) for r in i.records], i.warnings) for i in its]
    got = flat(extract_on_scheduler(paths, cluster.scheduler_address, partition_size=5, max_inflight=2))
    assert got == flat(items)


def test_missing_extra_fails_at_the_call(monkeypatch):
    """Without distributed, the call itself (not the first iteration) says how to install it."""
    import sys
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ImportError, match=r"factx\[dask\]"):
        extract_on_scheduler([SEEDS], "local")
    with pytest.raises(ImportError, match=r"factx\[dask\]"):
        run_on_scheduler([SEEDS], "local")
