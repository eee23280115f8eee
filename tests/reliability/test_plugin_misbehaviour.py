"""A misbehaving plugin: each way it can go wrong is caught, named, and harms nobody else.

Each test installs or registers a throwaway plugin that misbehaves in one way and
checks two things: the failure names the plugin (or its analyser) and its
distribution, and every other analyser's output on the seed article is exactly
what it is without the bad plugin.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

import newslens
from newslens import Analyser, AnalyserError, Annotation, Layer, Pipeline, Provenance, hookimpl, plugins

DIST = "newslens-rogue"


@pytest.fixture(scope="module")
def baseline(seed_text) -> newslens.Document:
    """The seed article through the default pipeline, before any rogue plugin."""
    plugins._reset_for_tests()
    return Pipeline.default().run(seed_text)


def assert_others_intact(doc: newslens.Document, baseline: newslens.Document, rogue_layer: str | None = None) -> None:
    """Every layer and failure of the baseline is there unchanged; nothing else but the rogue's."""
    assert {n: layer for n, layer in doc.layers.items() if n != rogue_layer} == dict(baseline.layers)
    assert [f for f in doc.failures if f.layer != rogue_layer] == list(baseline.failures)


def rogue(returns=None, *, name: str = "rogue", produces: str = "rogue", body=None) -> Analyser:
    """An analyser that returns ``returns(doc)`` (or runs ``body``)."""

    def analyse(self, doc):
        if body is not None:
            return body(doc)
        return returns(doc)

    cls = type("RogueAnalyser", (Analyser,), {"name": name, "version": "6.6.6", "produces": produces, "analyse": analyse})
    return cls()


def plugin_of(*analysers) -> object:
    class RoguePlugin:
        @hookimpl
        def register_analysers(self, register):
            for a in analysers:
                register(a)

    return RoguePlugin()


# --- at load time ------------------------------------------------------------------------------


def test_a_plugin_that_fails_to_import_is_named_with_its_distribution(installed_distribution, baseline, seed_text):
    installed_distribution(DIST, "0.1", {"newslens_rogue": "raise RuntimeError('rogue cannot start')\n"}, {"rogue": "newslens_rogue"})
    plugins.load_plugins()
    (failure,) = [f for f in plugins.load_failures() if f.plugin == "rogue"]
    assert str(failure).startswith(
        "plugin rogue (distribution newslens-rogue): import failed: RuntimeError: rogue cannot start"
    )
    assert_others_intact(Pipeline.default().run(seed_text), baseline)


def test_a_plugin_whose_hook_raises_is_named_with_its_distribution(register_plugin, baseline, seed_text):
    class Raising:
        @hookimpl
        def register_analysers(self, register):
            raise KeyError("lexicon")

    register_plugin(Raising(), name="rogue", distribution=DIST)
    doc = Pipeline.default().run(seed_text)
    (failure,) = [f for f in plugins.load_failures() if f.plugin == "rogue"]
    assert str(failure).startswith("plugin rogue (distribution newslens-rogue): hook failed: register_analysers: KeyError: 'lexicon'")
    assert_others_intact(doc, baseline)


def test_a_bad_declaration_is_named_with_plugin_and_distribution(register_plugin, baseline, seed_text):
    bad = rogue(lambda d: [])
    bad.requires = "quotes"  # a string, not a tuple of layer names
    register_plugin(plugin_of(bad), name="rogue", distribution=DIST)
    doc = Pipeline.default().run(seed_text)
    (failure,) = [f for f in plugins.load_failures() if f.plugin == "rogue"]
    assert str(failure) == (
        "plugin rogue (distribution newslens-rogue): declaration failed: analyser 'rogue' "
        "(plugin rogue, distribution newslens-rogue): requires must be a tuple of layer names, got 'quotes'"
    )
    assert_others_intact(doc, baseline)


def test_a_plugin_that_claims_a_built_in_layer_is_a_plan_error_naming_both(register_plugin, baseline):
    taken = next(iter(baseline.layers), None)
    if taken is None:
        pytest.skip("no built-in analyser is installed yet")
    register_plugin(plugin_of(rogue(lambda d: [], produces=taken)), name="rogue", distribution=DIST)
    with pytest.raises(newslens.PlanError, match=rf"layer '{taken}' is produced twice: .*distribution newslens-rogue"):
        Pipeline.default()
    # the way out the message offers works
    assert_others_intact(Pipeline.default(disable=["rogue"]).run(baseline.text), baseline)


# --- at analysis time ----------------------------------------------------------------------------

MISBEHAVIOURS = {
    "spans-outside-the-text": (
        lambda d: [Annotation(0, len(d.text) + 10, label="x")],
        "invalid",
        "annotation 0 spans 0..",
    ),
    "a-span-in-data-outside-the-text": (
        lambda d: [Annotation(0, 1, data={"cue": newslens.Span(len(d.text), len(d.text) + 3)})],
        "invalid",
        "annotation 0 (no id) has a span",
    ),
    "another-layer-than-declared": (
        lambda d: Layer("quotes", [], Provenance("rogue", "6.6.6")),
        "invalid",
        "returned layer 'quotes' but declares it produces 'rogue'",
    ),
    "non-json-data": (
        lambda d: [Annotation(0, 1, data={"when": object()})],
        "error",
        "TypeError: annotation data must be JSON-shaped",
    ),
    "not-a-number-in-data": (
        lambda d: [Annotation(0, 1, data={"share": float("nan")})],
        "invalid",
        "annotation 0 (no id) has nan in its data, which JSON cannot hold",
    ),
    "raises": (
        lambda d: {}["missing"],
        "error",
        "KeyError: 'missing'",
    ),
}


@pytest.mark.parametrize("case", list(MISBEHAVIOURS), ids=list(MISBEHAVIOURS))
def test_a_misbehaving_analyser_is_recorded_with_its_distribution_and_the_rest_intact(
    case, register_plugin, baseline, seed_text
):
    returns, kind, message = MISBEHAVIOURS[case]
    register_plugin(plugin_of(rogue(returns)), name="rogue", distribution=DIST)
    doc = Pipeline.default().run(seed_text)
    (failure,) = [f for f in doc.failures if f.analyser == "rogue"]
    assert (failure.layer, failure.kind, failure.plugin) == ("rogue", kind, DIST)
    assert failure.message.startswith(message)
    assert "rogue" not in doc
    assert_others_intact(doc, baseline, rogue_layer="rogue")


@pytest.mark.parametrize("case", list(MISBEHAVIOURS), ids=list(MISBEHAVIOURS))
def test_strict_mode_names_the_analyser_its_plugin_and_distribution(case, register_plugin, seed_text):
    returns, kind, message = MISBEHAVIOURS[case]
    register_plugin(plugin_of(rogue(returns)), name="rogue", distribution=DIST)
    with pytest.raises(AnalyserError) as info:
        Pipeline.default(strict=True, enable=["rogue"]).run(seed_text)
    assert str(info.value).startswith(f"analyser 'rogue' (plugin rogue, distribution newslens-rogue) failed ({kind}): {message}")


def test_an_analyser_that_runs_forever_is_stopped_by_the_budget_and_the_rest_intact(register_plugin, baseline, seed_text):
    def forever(doc):
        while True:
            time.sleep(0.005)

    register_plugin(plugin_of(rogue(body=forever)), name="rogue", distribution=DIST)
    doc = Pipeline.default(budget=5.0).run(seed_text)
    (failure,) = [f for f in doc.failures if f.analyser == "rogue"]
    assert (failure.kind, failure.message, failure.plugin) == ("timeout", "ran past its time budget of 5.0 s", DIST)
    assert_others_intact(doc, baseline, rogue_layer="rogue")


def test_an_analyser_spinning_in_pure_python_is_stopped_by_the_budget(register_plugin):
    def spin(doc):
        n = 0
        while True:
            n += 1

    register_plugin(plugin_of(rogue(body=spin)), name="rogue", distribution=DIST)
    doc = Pipeline.default(enable=["rogue"], budget=0.5).run("Headline\n\nBody.")
    assert [(f.analyser, f.kind) for f in doc.failures] == [("rogue", "timeout")]


def test_a_pattern_that_backtracks_past_its_timeout_is_a_recorded_timeout(register_plugin, baseline, seed_text):
    import regex

    catastrophic = regex.compile(r"(a|aa)+$")  # overlapping alternatives: exponential when it fails

    def backtrack(doc):
        return [Annotation(m.start(), m.end()) for m in catastrophic.finditer("a" * 60 + "b", timeout=0.2)]

    register_plugin(plugin_of(rogue(body=backtrack)), name="rogue", distribution=DIST)
    doc = Pipeline.default().run(seed_text)
    (failure,) = [f for f in doc.failures if f.analyser == "rogue"]
    assert (failure.kind, failure.message, failure.plugin) == ("timeout", "TimeoutError: regex timed out", DIST)
    assert_others_intact(doc, baseline, rogue_layer="rogue")


FOREVER_PLUGIN = '''
import time
import newslens

class Forever(newslens.Analyser):
    """Never returns."""
    name = "forever"
    version = "1.0"
    produces = "forever"

    def analyse(self, doc):
        while True:
            time.sleep(0.01)

@newslens.hookimpl
def register_analysers(register):
    register(Forever())
'''


def test_the_corpus_mode_budget_stops_an_installed_plugin_that_runs_forever(installed_distribution, tmp_path):
    info = installed_distribution("newslens-forever", "0.3", {"newslens_forever": FOREVER_PLUGIN}, {"forever": "newslens_forever"})
    for i in range(2):
        (tmp_path / f"a{i}.txt").write_text(f"Headline {i}\n\nThe mayor said the budget passed.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(info.parent), *filter(None, [os.environ.get("PYTHONPATH")])])}
    env.pop("NEWSLENS_LOAD_PLUGINS", None)
    out = subprocess.run(
        [sys.executable, "-m", "newslens", "analyse", "--budget", "1", "--workers", "2", "-q",
         str(tmp_path / "a0.txt"), str(tmp_path / "a1.txt")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        failures = [f for f in record["failures"] if f["analyser"] == "forever"]
        assert failures == [
            {"analyser": "forever", "layer": "forever", "kind": "timeout", "message": "ran past its time budget of 1.0 s", "plugin": "newslens-forever"}
        ]
        assert [f for f in record["failures"] if f["analyser"] != "forever"] == []
