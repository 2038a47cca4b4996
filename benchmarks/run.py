"""factx throughput and memory benchmark: one command, one markdown table on stdout.

    python benchmarks/run.py --mb 20          # the full run (about 10 minutes on 2 cores)
    python benchmarks/run.py --quick          # a smaller, faster run

What it measures (issue 7 targets in brackets):

1. factx full pipeline, one process, warm (rules loaded before the clock starts): chars/s.
2. `factx.quantities.scan` alone on already folded text, and fold + scan: chars/s.
3. JioNLP `ner.extract_money` after its own `tra2sim`, on the same documents: chars/s, and
   the ratio full pipeline / JioNLP [>= 1.0]. JioNLP is a benchmark-only dependency
   (`pip install jionlp`, the `bench` extra); without it the row says n/a and why.
4. -j 1 and -j 2 end to end (loading included): chars/s and the speedup [>= 1.7]. Through the
   real CLI (`python -m factx extract -j N`) when it has a -j option, else through
   `factx.parallel.extract_parallel`. Beside it, the machine's own ceiling for two processes: two
   independent busy loops at once vs one alone (2.0 on two free cores; a shared or throttling
   machine gives less, and no -j 2 can beat it).
5. The regex floor (benchmarks/floor.py, in a process of its own): on one corpus file, the time
   spent inside the regex engine alone, every pattern call the pipeline makes recorded and
   replayed. The file's characters over that time bound the full pipeline's throughput however
   little Python surrounds the patterns, and so bound the ratio to JioNLP.
6. Peak RSS (`/usr/bin/time -v`) of a streaming extraction of the whole corpus vs one ten times
   larger [ratio <= 1.5].

Throughput is measured on the first corpus files that the single-process run gets through in
its time slice (all of them if it is fast enough); every other throughput row uses exactly
those documents. The corpus comes from benchmarks/corpus.py (built when missing, in
--corpus-dir). If the RSS pair at --mb and 10 x --mb cannot finish in the time left at the
measured -j 2 rate, it is scaled down to the largest pair that fits and the table says so
(--no-downscale forces the sizes asked). When the full pipeline is slower than JioNLP, a
cProfile of about 1 MB follows the table: the hotspots, file:function.

The machine is shared with whatever else runs on it: the table prints the load average before
and after, and numbers from a loaded machine are low.
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import glob
import io
import json
import os
import platform
import pstats
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import corpus as corpus_mod  # noqa: E402

MIB = 1 << 20


# -- helpers -----------------------------------------------------------------------------------
def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def machine() -> dict:
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        nproc = subprocess.run(["nproc"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        nproc = str(os.cpu_count())
    return {"nproc": nproc, "cpu": model, "python": platform.python_version(),
            "platform": platform.platform()}


def loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def cpu_seconds() -> float:
    """CPU time of this process and of its reaped children (pool workers, CLI runs)."""
    import resource
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:,.0f}" if seconds > 0 else "n/a"


def env() -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = ROOT + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    return e


def cli_has_jobs() -> bool:
    """Whether `python -m factx extract` has been given a -j/--jobs option."""
    try:
        out = subprocess.run([sys.executable, "-m", "factx", "extract", "--help"], capture_output=True,
                             text=True, env={**env(), "COLUMNS": "200", "NO_COLOR": "1"}, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return bool(re.search(r"(?<![\w-])(-j|--jobs)\b", out.stdout + out.stderr))


def read_docs(files: list[str]):
    from factx.sources import read_documents
    for path in files:
        docs, _ = read_documents(path, os.path.basename(path))
        yield from docs


# -- measurements ------------------------------------------------------------------------------
def pipeline_single(files: list[str], budget: float) -> dict:
    """Single process, in-process: load, then extract file after file until `budget` seconds."""
    from factx.output import jsonl_line
    from factx.pipeline import Extractor
    from factx.sources import read_documents
    c0, t0 = cpu_seconds(), time.perf_counter()
    ex = Extractor()
    t_load = time.perf_counter()
    chars = docs = records = 0
    used: list[str] = []
    with open(os.devnull, "w", encoding="utf-8") as null:
        for path in files:
            ds, _ = read_documents(path, os.path.basename(path))
            for d in ds:
                r = ex.extract_document(d)
                null.write("".join(jsonl_line(x) for x in r.records))
                chars += len(d.text)
                records += len(r.records)
            docs += len(ds)
            used.append(path)
            if time.perf_counter() - t_load >= budget:
                break
    t_end = time.perf_counter()
    return {"files": used, "chars": chars, "docs": docs, "records": records, "cpu_s": cpu_seconds() - c0,
            "load_s": t_load - t0, "warm_s": t_end - t_load, "total_s": t_end - t0}


def scan_rates(files: list[str]) -> dict:
    from factx.fold import fold
    from factx.quantities import scan
    texts = [d.text for d in read_docs(files)]
    chars = sum(map(len, texts))
    folded = [fold(t) for t in texts]
    scan(folded[0])  # warm-up: lazy tables
    t = time.perf_counter()
    n = sum(len(scan(f)) for f in folded)
    t_scan = time.perf_counter() - t
    t = time.perf_counter()
    for text in texts:
        scan(fold(text), text)
    t_fold_scan = time.perf_counter() - t
    return {"chars": chars, "scan_s": t_scan, "fold_scan_s": t_fold_scan, "quantities": n}


def jionlp_rate(files: list[str]) -> dict:
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # jiojio announces itself on stdout
            import jionlp as jio
            extract_money = jio.ner.extract_money
            tra2sim = jio.tra2sim
    except Exception as exc:  # not installed, or broken
        return {"error": f"jionlp is not importable ({type(exc).__name__}: {exc}); pip install jionlp"}
    texts = [d.text for d in read_docs(files)]
    chars = sum(map(len, texts))
    extract_money(tra2sim(texts[0]))  # warm-up: dictionaries load lazily
    t = time.perf_counter()
    simp = [tra2sim(x) for x in texts]
    t_conv = time.perf_counter() - t
    t = time.perf_counter()
    n = sum(len(extract_money(x)) for x in simp)
    t_money = time.perf_counter() - t
    return {"chars": chars, "tra2sim_s": t_conv, "money_s": t_money, "total_s": t_conv + t_money,
            "moneys": n, "version": getattr(jio, "__version__", "?")}


def regex_floor(path: str) -> dict:
    """benchmarks/floor.py on one file, in a fresh interpreter (it wraps regex.compile before
    factx compiles its patterns)."""
    got = subprocess.run([sys.executable, os.path.join(HERE, "floor.py"), path],
                         capture_output=True, text=True, cwd=ROOT)
    if got.returncode != 0:
        return {"error": (got.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(got.stdout)


def jobs_inprocess(files: list[str], workers: int) -> tuple[float, float]:
    """(wall s, CPU s) of extract_parallel end to end (loading the rules included), output to /dev/null."""
    from factx.output import jsonl_line
    from factx.parallel import extract_parallel
    from factx.sources import SourceError
    c, t = cpu_seconds(), time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as null:
        for item in extract_parallel(files, workers):
            if not isinstance(item, SourceError):
                null.write("".join(jsonl_line(r) for r in item.records))
    return time.perf_counter() - t, cpu_seconds() - c


def jobs_cli(files: list[str], workers: int) -> tuple[float, float]:
    c, t = cpu_seconds(), time.perf_counter()
    with open(os.devnull, "wb") as null:
        subprocess.run([sys.executable, "-m", "factx", "extract", "-j", str(workers), "-q", *files],
                       stdout=null, stderr=subprocess.DEVNULL, env=env(), check=False)
    return time.perf_counter() - t, cpu_seconds() - c


_BUSY = "import time\nt = time.perf_counter()\nx = 0\nfor i in range(12_000_000):\n    x += i * i\nprint(time.perf_counter() - t)\n"


def parallel_ceiling() -> tuple[float, float]:
    """What this machine gives two processes: (seconds of a busy loop alone, seconds of the
    slower of two run at once). 2 * alone / pair is 2.0 on two free cores, less when the cores
    are shared or throttle."""
    def busy(n: int) -> list[float]:
        procs = [subprocess.Popen([sys.executable, "-c", _BUSY], stdout=subprocess.PIPE, text=True) for _ in range(n)]
        return [float(p.communicate()[0]) for p in procs]
    return busy(1)[0], max(busy(2))


def time_bin() -> str | None:
    if os.path.exists("/usr/bin/time"):
        return "/usr/bin/time"
    log("/usr/bin/time is missing: installing Debian's time (apt-get install -y time)")
    subprocess.run(["apt-get", "update"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    subprocess.run(["apt-get", "install", "-y", "time"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    return "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def peak_rss(folder: str, workers: int, use_cli: bool) -> dict:
    """Max RSS (kB) and wall time of a streaming extraction of `folder`, stdout to /dev/null."""
    tb = time_bin()
    if tb is None:
        return {"error": "/usr/bin/time is not available"}
    if use_cli:
        cmd = [sys.executable, "-m", "factx", "extract", "-j", str(workers), "-q", folder]
    else:
        cmd = [sys.executable, os.path.abspath(__file__), "--rss-child", folder, "--workers", str(workers)]
    with open(os.devnull, "wb") as null:
        p = subprocess.run([tb, "-v", *cmd], stdout=null, stderr=subprocess.PIPE, env=env(), check=False)
    err = p.stderr.decode("utf-8", "replace")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    w = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", err)
    if not m:
        return {"error": f"no RSS in /usr/bin/time output (exit {p.returncode}): {err[-300:]}"}
    if p.returncode != 0:  # a crash part way: its RSS says nothing about the whole corpus
        before = err.split("\tCommand being timed")[0].splitlines()
        why = next((ln.strip() for ln in reversed(before) if ln.strip() and not ln.startswith("Command exited")), "?")
        return {"error": f"the run FAILED (exit {p.returncode}) after {m.group(1)} kB: {why[:200]}"}
    secs = 0.0
    for part in (w.group(1).split(":") if w else []):
        secs = secs * 60 + float(part)
    return {"kb": int(m.group(1)), "wall_s": secs, "rc": p.returncode}


def rss_child(folder: str, workers: int) -> None:
    """The process measured by peak_rss: stream all records of `folder` to stdout."""
    from factx.output import jsonl_line
    from factx.parallel import extract_parallel
    from factx.sources import SourceError
    out = sys.stdout
    for item in extract_parallel([folder], workers):
        if not isinstance(item, SourceError):
            out.write("".join(jsonl_line(r) for r in item.records))


def profile(path: str, top: int = 15) -> str:
    from factx.pipeline import Extractor
    from factx.sources import read_documents
    docs, _ = read_documents(path, os.path.basename(path))
    ex = Extractor()
    ex.extract_document(docs[0])
    pr = cProfile.Profile()
    t = time.perf_counter()
    pr.enable()
    for d in docs:
        ex.extract_document(d)
    pr.disable()
    wall = time.perf_counter() - t
    chars = sum(len(d.text) for d in docs)
    st = pstats.Stats(pr)
    total = max(wall, st.total_tt)  # type: ignore[attr-defined]
    rows = []
    for (file, line, func), (cc, nc, tt, ct, callers) in st.stats.items():  # type: ignore[attr-defined]
        rows.append((tt, ct, nc, file, line, func))

    def name(file, line, func):
        if file == "~":
            return func
        rel = os.path.relpath(file, ROOT) if file.startswith(ROOT) else os.path.basename(file)
        return f"{rel}:{func} (line {line})"
    lines = [f"\n### cProfile: {len(docs)} documents, {chars:,} chars ({os.path.basename(path)}), "
             f"{total:.1f}s under the profiler\n",
             "| function | own s | own % | with callees s | calls |", "| --- | ---: | ---: | ---: | ---: |"]
    for tt, ct, nc, file, line, func in sorted(rows, reverse=True)[:top]:
        lines.append(f"| {name(file, line, func)} | {tt:.2f} | {100 * tt / total:.0f}% | {ct:.2f} | {nc:,} |")
    stages = [r for r in rows if r[3].startswith(os.path.join(ROOT, "factx"))]
    lines += ["", "Stages, time with callees (factx functions called once per document or sentence):", "",
              "| function | with callees s | % of total | calls |", "| --- | ---: | ---: | ---: |"]
    for tt, ct, nc, file, line, func in sorted(stages, key=lambda r: -r[1])[:top]:
        lines.append(f"| {name(file, line, func)} | {ct:.2f} | {100 * ct / total:.0f}% | {nc:,} |")
    return "\n".join(lines)


# -- the run -----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="factx throughput and memory benchmark (markdown on stdout)")
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MiB (default 20)")
    ap.add_argument("--rss-mb", default=None, help="the RSS pair, e.g. 20,200 (default: MB,10*MB)")
    ap.add_argument("--quick", action="store_true", help="a small run: --mb 2, short time slices")
    ap.add_argument("--minutes", type=float, default=10, help="time budget for the whole run (default 10)")
    ap.add_argument("--slice", type=float, default=None, help="seconds of single-process extraction "
                    "that pick the throughput sample (default 60, quick 15)")
    ap.add_argument("--no-downscale", action="store_true", help="measure RSS at the sizes asked, however long")
    ap.add_argument("--rss-workers", type=int, default=2, help="workers of the RSS runs (default 2)")
    ap.add_argument("--corpus-dir", default=os.path.join(tempfile.gettempdir(), "factx-bench"),
                    help="where corpora are built and kept (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="runs of -j 1 and of -j 2, the best counts (default 2, quick 1)")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--rss-child", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.rss_child:
        return rss_child(a.rss_child, a.workers)

    started = time.perf_counter()
    budget = a.minutes * 60
    if a.quick:
        a.mb = 2 if a.mb == 20 else a.mb
        a.slice = a.slice or 15
    a.slice = a.slice or 60
    a.repeat = a.repeat or (1 if a.quick else 2)
    small, big = (float(x) for x in a.rss_mb.split(",")) if a.rss_mb else (a.mb, a.mb * 10)
    mach, load0 = machine(), loadavg()

    def folder(mb: float) -> str:
        return os.path.join(a.corpus_dir, f"{mb:g}mb")

    log(f"corpus {a.mb:g} MiB in {folder(a.mb)}")
    man = corpus_mod.ensure(a.mb, folder(a.mb))
    files = sorted(glob.glob(os.path.join(folder(a.mb), "part-*.txt")))

    log(f"full pipeline, one process, {a.slice:g}s slice")
    single = pipeline_single(files, a.slice)
    sample = single["files"]
    sample_mb = sum(os.path.getsize(f) for f in sample) / MIB
    chars = single["chars"]
    log(f"sample: {len(sample)} files, {sample_mb:.1f} MiB, {chars:,} chars; scan")
    sc = scan_rates(sample)
    log("JioNLP")
    jio = jionlp_rate(sample)
    log("regex floor")
    floor = regex_floor(sample[0])
    use_cli = cli_has_jobs()
    log(f"-j 1 and -j 2 ({'CLI' if use_cli else 'extract_parallel'})")
    # best of --repeat runs each, alternating: the machine may be shared, and load comes and goes
    runs = {1: [], 2: []}
    ceilings = []
    if not use_cli:
        runs[1].append((single["total_s"], single["cpu_s"]))  # that run was -j 1 end to end
    for i in range(a.repeat):
        for j in (2, 1):
            if j == 1 and not use_cli and i == 0:
                continue
            runs[j].append(jobs_cli(sample, j) if use_cli else jobs_inprocess(sample, j))
        ceilings.append(parallel_ceiling())
    (t1, c1), (t2, c2) = min(runs[1]), min(runs[2])

    # the RSS pair: scaled down when it cannot finish in the time left
    per_mib = man["chars"] / man["bytes"] * MIB  # chars in one MiB of corpus
    j2_rate = chars / t2
    left = budget - (time.perf_counter() - started) - 30
    est = (small + big) * per_mib / j2_rate * (2 / max(a.rss_workers, 1)) + 40 * (big / 200)
    note = ""
    if est > left and not a.no_downscale:
        scale = max(left, 60) / est
        want_small, want_big = small, big
        small = max(0.5, round(small * scale, 1))
        big = round(small * want_big / want_small, 1)
        note = (f"scaled down from {want_small:g}/{want_big:g} MiB, which would take ~{est / 60:.0f} min at the "
                f"measured -j 2 rate; run with --no-downscale for those sizes")
        log(note)
    rss = {}
    for mb in (small, big):
        log(f"corpus {mb:g} MiB and peak RSS")
        m = corpus_mod.ensure(mb, folder(mb))
        rss[mb] = peak_rss(folder(mb), a.rss_workers, use_cli)
        rss[mb]["chars"] = m["chars"]
    load1 = loadavg()

    # -- the table -----------------------------------------------------------------------------
    warm = chars / single["warm_s"]
    out = [f"## factx benchmark ({time.strftime('%Y-%m-%d %H:%M')})", "",
           f"Machine: nproc {mach['nproc']}, CPU {mach['cpu']}, Python {mach['python']} ({mach['platform']}); "
           f"load average {load0} at start, {load1} at end.",
           f"Corpus: {man['files']} files, {man['documents']:,} documents, {man['bytes'] / MIB:.1f} MiB, "
           f"{man['chars']:,} chars (benchmarks/corpus.py, seed {man['seed']}). Throughput sample: the first "
           f"{len(sample)} files ({single['docs']:,} documents, {sample_mb:.1f} MiB, {chars:,} chars).", "",
           "| measure | value | note |", "| --- | ---: | --- |",
           f"| factx full pipeline, 1 process, warm | {warm:,.0f} chars/s | {single['records']:,} records; "
           f"rules and registry loaded in {single['load_s']:.1f}s before the clock |",
           f"| factx.quantities.scan alone (folded text) | {rate(sc['chars'], sc['scan_s'])} chars/s | "
           f"{sc['quantities']:,} quantities |",
           f"| factx fold + scan | {rate(sc['chars'], sc['fold_scan_s'])} chars/s | JioNLP's scope |"]
    if "error" in jio:
        out.append(f"| JioNLP tra2sim + extract_money | n/a | {jio['error']} |")
        out.append("| ratio full pipeline / JioNLP (target >= 1.0) | n/a | JioNLP not importable |")
    else:
        jrate = jio["chars"] / jio["total_s"]
        out.append(f"| JioNLP {jio['version']} tra2sim + ner.extract_money | {jrate:,.0f} chars/s | "
                   f"{jio['moneys']:,} amounts; tra2sim {rate(jio['chars'], jio['tra2sim_s'])} chars/s, "
                   f"extract_money {rate(jio['chars'], jio['money_s'])} chars/s |")
        ok = "meets" if warm / jrate >= 1.0 else "MISSES"
        out.append(f"| ratio full pipeline / JioNLP (target >= 1.0) | {warm / jrate:.2f}x | {ok} the target; "
                   f"fold+scan / JioNLP {sc['chars'] / sc['fold_scan_s'] / jrate:.2f}x |")
    if "error" in floor:
        out.append(f"| regex floor | n/a | benchmarks/floor.py failed: {floor['error']} |")
    else:
        frate = floor["chars"] / floor["engine_s"]
        out.append(f"| regex floor: chars / time inside the regex engine | {frate:,.0f} chars/s | "
                   f"{os.path.basename(floor['file'])}, {floor['chars']:,} chars: {floor['calls']:,} pattern calls "
                   f"replayed, {floor['engine_s']:.2f}s; the full pipeline cannot beat this with any amount of "
                   f"Python removed |")
        if "error" not in jio:
            out.append(f"| ratio regex floor / JioNLP | {frate / jrate:.2f}x | the highest ratio the current patterns "
                       f"allow; the full pipeline spends {warm / frate:.0%} of its time in the regex engine |")
    how = "python -m factx extract -j N" if use_cli else "factx.parallel.extract_parallel (the CLI has no -j yet)"
    out.append(f"| -j 1, end to end | {rate(chars, t1)} chars/s | {t1:.1f}s incl. loading, {c1 / t1:.2f} cores busy; "
               f"best of {len(runs[1])}; {how} |")
    out.append(f"| -j 2, end to end | {rate(chars, t2)} chars/s | {t2:.1f}s, best of {len(runs[2])}, {c2 / t2:.2f} cores busy "
               f"(CPU s / wall s, parent and workers; below ~1.9 means the machine was shared) |")
    sp = t1 / t2
    out.append(f"| speedup -j 2 / -j 1 (target >= 1.7) | {sp:.2f}x | {'meets' if sp >= 1.7 else 'MISSES'} the target |")
    ceil = 2 * min(a for a, _ in ceilings) / min(p for _, p in ceilings)   # each at its least disturbed
    out.append(f"| this machine's ceiling for 2 processes | {ceil:.2f}x | two independent busy loops at once vs one "
               f"alone (2.00 on two free cores), best of {len(ceilings)}, measured between the -j runs; "
               f"-j 2 reaches {sp / ceil:.0%} of it |")
    rss_how = (f"`/usr/bin/time -v` of {'python -m factx extract -j ' + str(a.rss_workers) if use_cli else 'a script streaming extract_parallel(workers=' + str(a.rss_workers) + ') to /dev/null'}"
               + ("; max over the process tree (parent and workers)" if a.rss_workers > 1 else ""))
    for mb in (small, big):
        r = rss[mb]
        if "error" in r:
            out.append(f"| peak RSS, {mb:g} MiB corpus | n/a | {r['error']} |")
        else:
            out.append(f"| peak RSS, {mb:g} MiB corpus | {r['kb'] / 1024:,.0f} MiB | {r['wall_s']:.0f}s wall, "
                       f"{rate(r['chars'], r['wall_s'])} chars/s; {rss_how} |")
    if all("kb" in rss[mb] for mb in (small, big)):
        ratio = rss[big]["kb"] / rss[small]["kb"]
        out.append(f"| RSS ratio {big:g} / {small:g} MiB (target <= 1.5) | {ratio:.2f} | "
                   f"{'meets' if ratio <= 1.5 else 'MISSES'} the target{'; ' + note if note else ''} |")
    out.append("")
    out.append(f"Run time {(time.perf_counter() - started) / 60:.1f} min.")
    print("\n".join(out), flush=True)

    if not a.no_profile and "error" not in jio and warm < jio["chars"] / jio["total_s"]:
        log("the full pipeline is slower than JioNLP: profiling one corpus file")
        print(profile(files[0]), flush=True)


if __name__ == "__main__":
    main()
