"""Fixtures for the plugin's tests: newslens with this plugin registered, then without.

Copy this file with the plugin. ``with_hedges`` is how a plugin's tests should reach
newslens: load newslens's plugins without any third-party ones, register this
plugin's module by hand (so the tests run whether or not the distribution is
installed), and always put newslens back as it was, whatever the test did.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newslens
import newslens_hedges
from newslens import plugins


@pytest.fixture
def with_hedges(monkeypatch) -> Iterator[object]:
    """newslens with the built-in analysers and this plugin only; restored afterwards."""
    monkeypatch.delenv(plugins.ENV_VAR, raising=False)
    pm = plugins.load_plugins(allow=[])  # built-ins only: no installed plugin interferes
    pm.register(newslens_hedges, name="hedges")
    try:
        yield pm
    finally:
        if pm.is_registered(newslens_hedges):
            pm.unregister(newslens_hedges)
        plugins.load_plugins()  # back to every installed plugin, as newslens starts


@pytest.fixture
def analyse(with_hedges):
    """``analyse(text)`` -> [(hedge text, label, cue)] from newslens with the plugin."""

    def run(text: str) -> list[tuple[str, str, str]]:
        doc = newslens.analyse(text, strict=True, layers=["hedges"])
        return [(doc.text_of(a), a.label, a.data["cue"]) for a in doc["hedges"]]

    return run
