"""Shared fixtures: paths to the project's data and one Extractor for the whole session."""
from __future__ import annotations

import os
import sys

import pytest

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)
DATA = os.path.join(TESTS, "data")
SEEDS = os.path.join(ROOT, "seeds")

if ROOT not in sys.path:  # run from a checkout without installing factx
    sys.path.insert(0, ROOT)


@pytest.fixture(scope="session")
def extractor():
    from factx.pipeline import Extractor
    return Extractor()
