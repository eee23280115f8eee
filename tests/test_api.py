"""The public API: what ``import newslens`` offers, and ``analyse`` = parse + default pipeline."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pluggy
import pytest

import newslens
from newslens import Analyser, Annotation, hookimpl, plugins
from newslens.__about__ import __version__ as about_version
from newslens.pipeline import default_pipeline

TEXT = "Budget Passes\n\nThe council passed the budget on Monday. “It was late,” the mayor said."


def test_every_public_name_is_importable_from_the_package():
    for name in newslens.__all__:
        assert getattr(newslens, name) is not None, name


def test_every_public_name_has_a_docstring():
    undocumented = [
        name
        for name in newslens.__all__
        if name != "__version__" and not (inspect.getdoc(getattr(newslens, name)) or "").strip()
    ]
    assert undocumented == []


def test_the_core_public_names_are_there():
    assert {"parse", "parse_record", "analyse", "Document", "Span", "Annotation", "Layer", "hookimpl", "__version__", "Pipeline"} <= set(
        newslens.__all__
    )


def test_the_version_is_the_one_in_about():
    assert newslens.__version__ == about_version
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[.-]?\w+)?", newslens.__version__)


def test_the_package_ships_py_typed():
    assert (Path(newslens.__file__).parent / "py.typed").exists()


def test_hookimpl_marks_implementations_of_the_newslens_project():
    assert isinstance(hookimpl, pluggy.HookimplMarker)
    assert hookimpl.project_name == "newslens"


def test_analyse_is_parse_then_the_default_pipeline():
    assert newslens.analyse(TEXT) == default_pipeline().run(newslens.parse(TEXT))


def test_analyse_accepts_a_parsed_document():
    doc = newslens.parse_record({"title": "Budget Passes", "text": "The council voted."})
    out = newslens.analyse(doc)
    assert out.text == doc.text and out.headline == doc.headline


def test_analyse_makes_one_layer_per_installed_analyser_or_records_why_not():
    doc = newslens.analyse(TEXT)
    produced = {r.obj.produces for r in plugins.registered_analysers()}
    failed = {f.layer for f in doc.failures}
    assert set(doc.layers) | failed == produced


def test_analyse_output_satisfies_the_contract_shape():
    d = newslens.analyse(TEXT).to_dict()
    assert d["format"] == "newslens/1"
    assert d["text"] == TEXT
    assert d["headline"] == {"start": 0, "end": 13}
    assert d["body"] == [{"start": 15, "end": len(TEXT)}]
    assert d["credits"] == []
    for name, layer in d["layers"].items():
        assert isinstance(layer["analyser"], str) and isinstance(layer["version"], str), name
        for a in layer["annotations"]:
            assert set(a) == {"id", "start", "end", "label", "data"}, name
            assert 0 <= a["start"] <= a["end"] <= len(TEXT), name


def test_the_default_pipeline_is_rebuilt_when_a_plugin_is_registered(register_plugin):
    class Marker(Analyser):
        """Marks the first character."""

        name = "api-marker"
        version = "1"
        produces = "api-marker"

        def analyse(self, doc):
            return [Annotation(0, 1)]

    class MarkerPlugin:
        @hookimpl
        def register_analysers(self, register):
            register(Marker())

    before = default_pipeline()
    assert "api-marker" not in [a.name for a in before.analysers]
    register_plugin(MarkerPlugin(), name="api-marker-plugin")
    assert "api-marker" in [a.name for a in default_pipeline().analysers]
    assert [a.id for a in newslens.analyse(TEXT)["api-marker"]] == ["api-marker-1"]


def test_the_default_pipeline_is_built_once_while_plugins_stay_the_same():
    assert default_pipeline() is default_pipeline()


@pytest.mark.parametrize("name", ["parse", "parse_record", "analyse"])
def test_the_entry_functions_say_what_they_take(name):
    doc = inspect.getdoc(getattr(newslens, name))
    assert doc.splitlines()[0].endswith(".")
