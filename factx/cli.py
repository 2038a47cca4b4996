"""The factx command line: a thin layer over the library (pipeline, quantities, rules).

stdout carries data only; progress, tables, warnings and errors go to stderr.
Exit codes: 0 ok, 1 some input failed (the rest was still processed and written),
2 usage or rule errors.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from .rulebook import KINDS, RuleError

app = typer.Typer(add_completion=True, no_args_is_help=True, rich_markup_mode=None,
                  help="Extract financial facts from Chinese news as grounded JSON records.")
rules_app = typer.Typer(no_args_is_help=True, help="List, test and lint the YAML rules.")
app.add_typer(rules_app, name="rules")
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"Error: {message}", markup=False)
    raise typer.Exit(code)


def _extractor(rules: Optional[List[str]]):
    from .pipeline import Extractor
    try:
        return Extractor(rules or [])
    except RuleError as exc:
        _fail(str(exc))


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="files or folders of articles; - for stdin"),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="write here (atomically) instead of stdout"),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, json or csv"),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="only these kinds, comma-separated: revenue,capex"),
    rules: Optional[List[str]] = typer.Option(None, "--rules", help="a folder of extra rules, on top of the shipped ones"),
    date: Optional[str] = typer.Option(None, "--date", help="publication date YYYY-MM-DD for inputs that give none"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no summary on stderr"),
    workers: int = typer.Option(1, "-j", "--workers", help="processes to extract on (0: one per core); output is the same"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="run on a Dask cluster: tcp://HOST:PORT, or 'local' (needs factx[dask])"),
) -> None:
    """Extract records from articles and print one JSON object per fact.

    Example: factx extract seeds/ | jq 'select(.kind=="revenue")'
    """
    from .output import Writer
    from .sources import SourceError
    if fmt not in ("jsonl", "json", "csv"):
        _fail(f"--format must be jsonl, json or csv, not {fmt!r}")
    kinds = None
    if kind:
        kinds = {k.strip() for k in kind.split(",") if k.strip()}
        bad = kinds - set(KINDS)
        if bad:
            _fail(f"unknown kind(s) for --kind: {', '.join(sorted(bad))}")
    if date is not None:
        import datetime
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            _fail(f"--date must be YYYY-MM-DD, not {date!r}")
    ex = _extractor(rules)
    started = time.perf_counter()
    writer = Writer(fmt, output)
    per_kind: Counter = Counter()
    n_docs = n_warn = n_failed = 0
    progress = None
    if not quiet and err.is_terminal:
        from .sources import iter_inputs
        files = list(iter_inputs(paths))
        if len(files) > 20 or sum(os.path.getsize(f) for f, _ in files if os.path.isfile(f)) > 5_000_000:
            from rich.progress import Progress
            progress = Progress(console=err, transient=True)
            task = progress.add_task("extracting", total=len(files))
            progress.start()
    last_doc = None
    if scheduler:
        try:
            from .dask import extract_on_scheduler
            items = extract_on_scheduler(paths, scheduler, rules or [], date=date)
        except ImportError as exc:
            _fail(str(exc))
    elif workers != 1:
        from .parallel import extract_parallel
        items = extract_parallel(paths, workers, date=date, rules_dirs=rules or [])
    else:
        items = ex.extract_paths(paths, date=date)
    try:
        for item in items:
            if progress is not None:
                name = item.where if isinstance(item, SourceError) else item.doc.doc.rsplit("#", 1)[0]
                if name != last_doc:
                    progress.advance(task)
                    last_doc = name
            if isinstance(item, SourceError):
                n_failed += 1
                err.print(f"Error: {item}", markup=False)
                continue
            n_docs += 1
            records = [r for r in item.records if kinds is None or r.kind in kinds]
            writer.write(records)
            per_kind.update(r.kind for r in records)
            for w in item.warnings:
                n_warn += 1
                if not quiet:
                    err.print(f"warning: {w}", markup=False)
        writer.close()
    except KeyboardInterrupt:
        if progress is not None:
            progress.stop()
        writer.abort() if output else writer.close()
        err.print("interrupted: the records written so far are complete")
        raise typer.Exit(130)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0)
    if progress is not None:
        progress.stop()
    if not quiet:
        table = Table(title="factx extract", show_edge=False)
        table.add_column("kind")
        table.add_column("records", justify="right")
        for k, n in sorted(per_kind.items()):
            table.add_row(k, str(n))
        table.add_row("[b]total[/b]", f"[b]{sum(per_kind.values())}[/b]")
        err.print(table)
        err.print(f"{n_docs} documents, {n_warn} warnings, {n_failed} inputs failed, "
                  f"{time.perf_counter() - started:.2f}s")
    if n_failed:
        raise typer.Exit(1)


@app.command()
def quantities(
    text: str = typer.Argument(..., help="the text, or - to read stdin"),
) -> None:
    """Print every quantity in a text as JSON lines (value, unit, hedge, range, span).

    Example: factx quantities '營收約2477.95億元，同比增長5%'
    """
    from .quantities import quantities as find
    if text == "-":
        text = sys.stdin.read()
    for q in find(text):
        print(json.dumps({"text": q.text, "value": q.value, "value_max": q.value_max, "unit": q.unit,
                          "dim": q.dim, "approx": q.hedge, "span": [q.start, q.end]}, ensure_ascii=False))


@app.command()
def explain(
    text: str = typer.Argument(..., help="an article (title line, then body), a file, or - for stdin"),
    doc: int = typer.Option(1, "--doc", help="with a file: which article (1-based)"),
    as_json: bool = typer.Option(False, "--json", help="print the trace as JSON on stdout"),
    rules: Optional[List[str]] = typer.Option(None, "--rules", help="extra rules folder"),
    date: Optional[str] = typer.Option(None, "--date", help="publication date YYYY-MM-DD"),
) -> None:
    """Show, stage by stage, how a text became records: quantities, entities and periods
    found, rules that fired and the ones that almost did, and why each subject and period.

    Example: factx explain '阿里財報\n阿里第三季度營收2477.95億元，同比增長5%'
    """
    from .explain import explain_document, render_tree
    from .sources import Document, read_documents
    ex = _extractor(rules)
    if text != "-" and os.path.isfile(text):
        docs, errors = read_documents(text, os.path.basename(text), date)
        for e in errors:
            err.print(f"Error: {e}", markup=False)
        if not 1 <= doc <= len(docs):
            _fail(f"{text}: no article #{doc} (it has {len(docs)})", 1)
        document = docs[doc - 1]
    else:
        body = sys.stdin.read() if text == "-" else text.replace("\\n", "\n")
        document = Document("text#1", body, date)
    trace = explain_document(ex, document)
    if as_json:
        print(json.dumps(trace, ensure_ascii=False, indent=2))
    else:
        Console(highlight=False).print(render_tree(trace))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the records.

    Example: factx schema > record.schema.json
    """
    from .models import json_schema
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@rules_app.command("list")
def rules_list(rules: Optional[List[str]] = typer.Option(None, "--rules", help="extra rules folder")) -> None:
    """List the rules with the kinds they yield and their example counts.

    Example: factx rules list
    """
    ex = _extractor(rules)
    for r in ex.book.rules:
        print(f"{r.id}\t{','.join(r.kinds(ex.book)) or '-'}\t{len(r.examples)} examples\t"
              f"{len(r.negatives)} negatives\t{os.path.basename(r.file)}:{r.line}")


@rules_app.command("test")
def rules_test(rules: Optional[List[str]] = typer.Option(None, "--rules", help="extra rules folder")) -> None:
    """Run every rule's examples and negatives; report failures as file:line: rule: expected … got ….

    Example: factx rules test --rules my_rules/
    """
    from .ruletest import run_examples
    ex = _extractor(rules)
    n, failures = run_examples(ex.book, ex)
    for f in failures:
        print(f)
    err.print(f"{n - len({(id(f.rule), id(f.example)) for f in failures})} passed, "
              f"{len({(id(f.rule), id(f.example)) for f in failures})} failed")
    if failures:
        raise typer.Exit(1)


@rules_app.command("lint")
def rules_lint(rules: Optional[List[str]] = typer.Option(None, "--rules", help="extra rules folder")) -> None:
    """Compile every pattern and report unknown macros, duplicate ids, rules without
    examples and patterns at risk of catastrophic backtracking.

    Example: factx rules lint
    """
    from .ruletest import lint
    ex = _extractor(rules)
    problems = lint(ex.book)
    for p in problems:
        print(p)
    err.print(f"{len(ex.book.rules)} rules, {len(problems)} problems")
    if any("no examples" in p or "backtracking" in p for p in problems):
        raise typer.Exit(1)


@app.command()
def report(
    paths: List[str] = typer.Argument(..., help="files or folders of articles"),
    output: str = typer.Option("report.html", "-o", "--output", help="the HTML file to write"),
    rules: Optional[List[str]] = typer.Option(None, "--rules", help="a folder of extra rules, on top of the shipped ones"),
    date: Optional[str] = typer.Option(None, "--date", help="publication date YYYY-MM-DD for inputs that give none"),
    title: str = typer.Option("factx report", "--title", help="the page title"),
) -> None:
    """Write one self-contained HTML page: articles with their facts highlighted, and a table
    of facts by company and period.

    Example: factx report seeds/ -o report.html
    """
    from .pipeline import DocResult
    from .report import render_report
    ex = _extractor(rules)
    results, failed = [], 0
    for item in ex.extract_paths(paths, date=date):
        if isinstance(item, DocResult):
            results.append(item)
        else:
            failed += 1
            err.print(f"Error: {item}", markup=False)
    html = render_report(results, title=title)
    tmp = output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(html)
    os.replace(tmp, output)
    err.print(f"{output}: {len(results)} documents, {sum(len(r.records) for r in results)} records", markup=False)
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    paths: Optional[List[str]] = typer.Argument(None, help="articles to extract and score (instead of --pred)"),
    gold: List[str] = typer.Option(..., "--gold", help="gold JSONL file(s)"),
    pred: Optional[str] = typer.Option(None, "--pred", help="factx JSONL output to score; - for stdin"),
    entities: Optional[List[str]] = typer.Option(None, "--entities", help="extra entity tables (.tsv) for names -> ids"),
    as_json: bool = typer.Option(False, "--json", help="print the summary as one JSON object on stdout"),
    rules: Optional[List[str]] = typer.Option(None, "--rules", help="a folder of extra rules (with PATH...)"),
) -> None:
    """Score records against gold records: precision, recall, F1 per kind and attribute agreement,
    counted like ../shared/eval/score.py.

    Example: factx eval --gold tests/data/gold/seeds.jsonl seeds/
    """
    from .evaluate import entity_files, evaluate, format_table, load_aliases, load_jsonl, summary
    from .pipeline import DocResult
    if bool(pred) == bool(paths):
        _fail("give either --pred FILE or articles to extract (PATH...), not both or neither")
    for p in list(gold) + list(entities or []) + ([pred] if pred and pred != "-" else []):
        if not os.path.isfile(p):
            _fail(f"no such file: {p}")
    gold_rows = [row for g in gold for row in load_jsonl(g)]
    if pred == "-":
        records = [json.loads(line) for line in sys.stdin if line.strip()]
    elif pred:
        records = load_jsonl(pred)
    else:
        records = [r.to_json_dict() for item in _extractor(rules).extract_paths(paths)
                   if isinstance(item, DocResult) for r in item.records]
    result = evaluate(gold_rows, records, load_aliases(entity_files(gold, entities or [])))
    if as_json:
        print(json.dumps(summary(result), ensure_ascii=False))
    else:
        err.print(format_table(result))
        err.print(f"F1={result['f1']:.3f} P={result['precision']:.3f} R={result['recall']:.3f} "
                  f"(tp={result['tp']} fp={result['fp']} fn={result['fn']})", markup=False)


def main() -> None:
    app()
