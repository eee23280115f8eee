"""Fixtures for the reliability tests: the hostile inputs and a guarded default pipeline."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newslens import Pipeline

#: Seconds each analyser may spend on one input before it counts as hung: a floor,
#: plus so much per MB of text. Generous (several times the slowest analyser's pace
#: on news text): it turns a hang into a failure; benchmarks/hostile.py measures speed.
BUDGET_FLOOR = 30.0
BUDGET_PER_MB = 30.0


def budget_for(text: str) -> float:
    """The time budget of each analyser on ``text``."""
    return BUDGET_FLOOR + BUDGET_PER_MB * len(text) / 1e6


def load_hostile_inputs() -> ModuleType:
    """tests/reliability/hostile_inputs.py, loaded by path (the tests are not a package)."""
    name = "newslens_tests_hostile_inputs"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("hostile_inputs.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def guarded_pipeline():
    """``guarded_pipeline(text)``: the default pipeline with a budget fit for ``text``'s size."""
    return lambda text: Pipeline.default(budget=budget_for(text))


@pytest.fixture(scope="session")
def hostile_inputs() -> ModuleType:
    """The module of hostile inputs: ``HOSTILE`` (name -> builder), ``LARGE``, ``news_like``."""
    return load_hostile_inputs()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # A test taking ``hostile_name`` runs once per hostile input, with the input's name as id.
    if "hostile_name" in metafunc.fixturenames:
        names = list(load_hostile_inputs().HOSTILE)
        metafunc.parametrize("hostile_name", names, ids=names)
