"""A throwaway analyser for the corpus tests: it marks words written in capitals."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import regex

import newslens

_CAPITALS = regex.compile(r"\b\p{Lu}[\p{Lu}\d]+\b")


class CapitalsAnalyser(newslens.Analyser):
    """Marks every word of two or more capital letters (a deterministic toy)."""

    name = "capitals"
    version = "1.0"
    produces = "capitals"

    def analyse(self, doc):
        return [newslens.Annotation(m.start(), m.end(), label="caps") for m in _CAPITALS.finditer(doc.text)]


class SlowAnalyser(newslens.Analyser):
    """Sleeps on any article containing SLOW: it runs past any small time budget."""

    name = "slow"
    version = "1.0"
    produces = "slow"

    def analyse(self, doc):
        if "SLOW" in doc.text:
            time.sleep(5)
        return []


class CapitalsPlugin:
    """The plugin that registers the toy analysers."""

    @newslens.hookimpl
    def register_analysers(self, register):
        register(CapitalsAnalyser())
        register(SlowAnalyser())


@pytest.fixture
def capitals(register_plugin) -> Iterator[None]:
    """Register the capitals and slow analysers for the duration of a test."""
    register_plugin(CapitalsPlugin(), name="test-capitals", distribution="newslens-test-capitals")
    yield


def capitals_of(record: dict) -> list[str]:
    """The capitalised words a record's capitals layer found."""
    return [record["text"][a["start"] : a["end"]] for a in record["layers"]["capitals"]["annotations"]]
