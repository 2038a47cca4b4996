"""Driving the real CLI in tests: one runner, one way to run a command and read its JSON lines."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factx.cli import app

# The installed typer vendors click, whose CliRunner keeps stdout and stderr apart
# (result.stdout / result.stderr); older click needed CliRunner(mix_stderr=False).
try:
    runner = CliRunner(mix_stderr=False)
except TypeError:
    runner = CliRunner()


def run(*args, code=0):
    """Run `factx ARGS…` and check its exit code; returns the click Result."""
    result = runner.invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == code, (f"factx {' '.join(map(str, args))}: exit {result.exit_code}, "
                                      f"expected {code}\nstdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr}")
    return result


def jsonl(stdout: str) -> list[dict]:
    """The JSON lines of stdout; a line that is not complete JSON fails the test."""
    rows = []
    for i, line in enumerate(stdout.splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            pytest.fail(f"stdout line {i} is not a complete JSON line ({exc}): {line[:120]!r}")
    return rows
