"""The plugin as newslens sees it: registered by hand, and found through its entry point.

Copy these with the plugin and change the names: they catch the mistakes plugin
authors make most (a hookimpl newslens never calls, an entry point in the wrong
group, a distribution that installs without its data file).
"""

from __future__ import annotations

from importlib import metadata

import pytest

import newslens
import newslens_hedges
from newslens import plugins

DISTRIBUTION = "newslens-hedges"
TEXT = "Minister quits after row\n\nThe minister reportedly resigned."


def _installed() -> bool:
    try:
        metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return False
    return True


needs_install = pytest.mark.skipif(not _installed(), reason=f"{DISTRIBUTION} is not installed (pip install ./plugins/{DISTRIBUTION})")


@pytest.fixture
def restore_plugins(monkeypatch):
    """Whatever a test loads, newslens loads every installed plugin again afterwards."""
    monkeypatch.delenv(plugins.ENV_VAR, raising=False)
    try:
        yield
    finally:
        monkeypatch.delenv(plugins.ENV_VAR, raising=False)
        plugins.load_plugins()


# --- registered by hand (works installed or not) -----------------------------------


def test_the_registered_module_gives_newslens_the_hedges_analyser(with_hedges):
    names = [(r.obj.name, r.obj.produces, r.plugin) for r in plugins.registered_analysers()]
    assert ("hedges", "hedges", "hedges") in names


def test_the_default_pipeline_runs_the_registered_plugin(with_hedges):
    doc = newslens.analyse(TEXT)
    assert [doc.text_of(a) for a in doc["hedges"]] == ["reportedly"]


def test_once_unregistered_the_plugin_adds_no_layer(with_hedges):
    with_hedges.unregister(newslens_hedges)
    assert "hedges" not in newslens.analyse(TEXT)


# --- installed: found through the entry point ------------------------------------------


@needs_install
def test_the_distribution_declares_its_module_under_the_newslens_entry_point_group():
    eps = [ep for ep in metadata.distribution(DISTRIBUTION).entry_points if ep.group == plugins.ENTRY_POINT_GROUP]
    assert [(ep.name, ep.value) for ep in eps] == [("hedges", "newslens_hedges")]


@needs_install
def test_newslens_discovers_the_installed_plugin_with_its_version(restore_plugins):
    plugins.load_plugins()
    (entry,) = [p for p in plugins.installed_plugins() if p["name"] == "hedges"]
    assert (entry["distribution"], entry["version"], entry["builtin"]) == (DISTRIBUTION, newslens_hedges.__version__, False)
    assert [a["name"] for a in entry["analysers"]] == ["hedges"]
    assert [f for f in plugins.load_failures() if f.plugin == "hedges"] == []


@needs_install
def test_the_layer_of_an_installed_plugin_names_its_distribution(restore_plugins):
    plugins.load_plugins()
    layer = newslens.analyse(TEXT)["hedges"]
    assert (layer.provenance.plugin, layer.provenance.plugin_version) == (DISTRIBUTION, newslens_hedges.__version__)


@needs_install
def test_an_empty_NEWSLENS_LOAD_PLUGINS_leaves_the_installed_plugin_out(restore_plugins, monkeypatch):
    monkeypatch.setenv(plugins.ENV_VAR, "")
    plugins.load_plugins()
    assert "hedges" not in newslens.analyse(TEXT)


@needs_install
def test_the_installed_distribution_ships_its_cues_file():
    files = [str(f) for f in metadata.distribution(DISTRIBUTION).files or []]
    assert any(f.endswith("cues.tsv") for f in files) or _editable()


def _editable() -> bool:
    # An editable install lists no package files; the package then reads cues.tsv
    # straight from the source tree, which the analyser tests exercise.
    text = metadata.distribution(DISTRIBUTION).read_text("direct_url.json") or ""
    return '"editable": true' in text
