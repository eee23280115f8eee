"""The pipeline: plan from declarations, validate what analysers return, isolate failures."""

from __future__ import annotations

import gc
import time

import attrs
import pytest

import newslens
from newslens import (
    Analyser,
    AnalyserError,
    Annotation,
    DeclarationError,
    Findings,
    Layer,
    Pipeline,
    PlanError,
    Provenance,
    Span,
    hookimpl,
)

TEXT = "Budget Passes\n\nThe mayor said the budget passed. “It was late,” she said."


def make(name: str, requires: tuple[str, ...] = (), produces: str | None = None, returns=None, **extra) -> Analyser:
    """An analyser declared by arguments; ``returns(doc)`` gives what analyse returns."""

    def analyse(self, doc):
        return [] if returns is None else returns(doc)

    cls = type(
        f"{name.title()}Analyser",
        (Analyser,),
        {"name": name, "version": "1.0", "requires": requires, "produces": produces or name, "analyse": analyse, **extra},
    )
    return cls()


def never_called(doc):
    raise AssertionError("analyse() ran, but planning should have failed first")


def order(pipeline: Pipeline) -> list[str]:
    return [a.name for a in pipeline.analysers]


def boom(doc):
    raise ValueError("no quotes today")


# --- planning --------------------------------------------------------------------------------


def test_analysers_run_after_the_layers_they_require():
    p = Pipeline([make("sources", ("quotes", "entities")), make("quotes", ("entities",)), make("entities")])
    assert order(p) == ["entities", "quotes", "sources"]


def test_ties_are_broken_by_name_whatever_the_order_given():
    names = ["zeta", "alpha", "mid"]
    first = Pipeline([make(n) for n in names])
    second = Pipeline([make(n) for n in reversed(names)])
    assert order(first) == order(second) == ["alpha", "mid", "zeta"]


def test_a_cycle_is_a_plan_error_naming_the_cycle_before_any_text_is_read():
    with pytest.raises(PlanError, match=r"analysers require each other in a cycle: (a -> b -> a|b -> a -> b)"):
        Pipeline([make("a", ("b",), returns=never_called), make("b", ("a",), returns=never_called)])


def test_a_missing_requirement_is_a_plan_error_naming_analyser_and_layer():
    with pytest.raises(PlanError, match=r"analyser 'sources' \(plugin .*\) requires layer 'quotes', which no enabled analyser produces"):
        Pipeline([make("sources", ("quotes",), returns=never_called)])


def test_two_producers_of_one_layer_are_a_plan_error_naming_both():
    with pytest.raises(PlanError, match=r"layer 'quotes' is produced twice: by analyser 'quotes' .* and by analyser 'quotes2' .*; disable one of them"):
        Pipeline([make("quotes", returns=never_called), make("quotes2", produces="quotes", returns=never_called)])


def test_two_analysers_with_one_name_are_a_plan_error():
    with pytest.raises(PlanError, match=r"two analysers are named 'quotes'"):
        Pipeline([make("quotes"), make("quotes", produces="other")])


def test_a_bad_declaration_is_rejected_when_the_pipeline_is_built():
    with pytest.raises(DeclarationError, match=r"requires the layer it produces \('quotes'\)"):
        Pipeline([make("quotes", ("quotes",))])


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"name": "Quotes"}, "name must be a lower-case identifier"),
        ({"version": ""}, "version must be a non-empty string"),
        ({"produces": ""}, "produces must name one layer"),
        ({"requires": "entities"}, "requires must be a tuple of layer names"),
        ({"links": {"quotes": "sources"}}, "links must map a data field to"),
    ],
)
def test_each_malformed_declaration_has_its_own_message(changes, message):
    a = make("quotes")
    for k, v in changes.items():
        setattr(a, k, v)
    with pytest.raises(DeclarationError, match=message):
        Pipeline([a])


# --- running and validating ----------------------------------------------------------------


def test_annotation_ids_are_numbered_per_layer_unless_set():
    p = Pipeline([make("marks", returns=lambda d: [Annotation(0, 6), Annotation(7, 13, id="mine")])])
    doc = p.run(TEXT)
    assert [a.id for a in doc["marks"]] == ["marks-1", "mine"]


def test_a_numbered_annotation_keeps_its_span_label_and_data():
    made = Annotation(0, 6, label="x", data={"cue": Span(1, 2), "n": 3})
    doc = Pipeline([make("marks", returns=lambda d: [made])]).run(TEXT)
    assert doc["marks"][0] == Annotation(0, 6, label="x", data={"cue": Span(1, 2), "n": 3}, id="marks-1")


def test_numbering_leaves_the_analysers_own_annotation_unchanged():
    made = Annotation(0, 6)
    Pipeline([make("marks", returns=lambda d: [made])]).run(TEXT)
    assert made.id == ""


@attrs.frozen
class _Marked(Annotation):
    colour: str = attrs.field(default="red", kw_only=True)


def test_a_numbered_annotation_of_a_subclass_keeps_its_class_and_fields():
    doc = Pipeline([make("marks", returns=lambda d: [_Marked(0, 6, colour="blue")])]).run(TEXT)
    assert doc["marks"][0] == _Marked(0, 6, colour="blue", id="marks-1")


def test_a_layer_carries_the_analyser_name_and_version():
    doc = Pipeline([make("marks")]).run(TEXT)
    assert (doc["marks"].provenance.analyser, doc["marks"].provenance.version) == ("marks", "1.0")


def test_findings_put_a_summary_on_the_layer():
    p = Pipeline([make("marks", returns=lambda d: Findings([Annotation(0, 6)], summary={"count": 1}))])
    assert dict(p.run(TEXT)["marks"].summary) == {"count": 1}


def test_running_leaves_the_input_document_unchanged():
    doc = newslens.parse(TEXT)
    out = Pipeline([make("marks", returns=lambda d: [Annotation(0, 6)])]).run(doc)
    assert "marks" in out and "marks" not in doc


def test_a_pipeline_is_callable_and_takes_a_document_or_text():
    p = Pipeline([make("marks")])
    assert p(TEXT) == p.run(newslens.parse(TEXT))


def test_an_analyser_sees_the_layers_it_requires():
    seen = []
    p = Pipeline([make("first", returns=lambda d: [Annotation(0, 6)]), make("second", ("first",), returns=lambda d: seen.append(len(d["first"])) or [])])
    p.run(TEXT)
    assert seen == [1]


@pytest.mark.parametrize(
    "returns, message",
    [
        (lambda d: [Annotation(0, len(d.text) + 1)], "annotation 0 spans 0..74, outside the text (length 73)"),
        (lambda d: [Annotation(0, 1, data={"cue": Span(70, 99)})], "annotation 0 (no id) has a span 70..99 in its data outside the text"),
        (lambda d: Layer("other", [], Provenance("x", "1")), "returned layer 'other' but declares it produces 'marks'"),
        (lambda d: [Span(0, 1)], "item 0 is a Span, not an Annotation"),
        (lambda d: None, "returned NoneType; analyse() must return annotations or Findings"),
        (lambda d: "text", "returned str; analyse() must return annotations or Findings"),
        (lambda d: [Annotation(0, 1, id="x"), Annotation(1, 2, id="x")], "annotation 1 has id 'x', already used in this document"),
        (lambda d: [Annotation(0, 1, data={"v": float("nan")})], "annotation 0 (no id) has nan in its data, which JSON cannot hold"),
        (lambda d: Findings([], summary={"v": float("inf")}), "summary is not JSON data"),
        (
            lambda d: Findings([], summary={"counts": {"share": float("nan")}}),
            "summary is not JSON data: Out of range float values are not JSON compliant",
        ),
        (
            lambda d: Findings([], summary={(1, 2): 3}),
            "summary is not JSON data: keys must be str, int, float, bool or None, not tuple",
        ),
    ],
)
def test_what_an_analyser_returns_is_validated(returns, message):
    doc = Pipeline([make("marks", returns=returns)]).run(TEXT)
    assert "marks" not in doc
    (failure,) = doc.failures
    assert (failure.analyser, failure.layer, failure.kind) == ("marks", "marks", "invalid")
    assert failure.message.startswith(message)


def test_a_summary_of_nested_counts_and_a_finite_share_is_kept_as_given():
    summary = {"share": 0.25, "counts": {"person": 2, "named": True, "note": None}}
    doc = Pipeline([make("marks", returns=lambda d: Findings([], summary=summary))]).run(TEXT)
    assert doc.failures == ()
    assert doc["marks"].to_dict()["summary"] == summary


def test_an_id_already_used_by_another_layer_is_invalid():
    p = Pipeline([make("first", returns=lambda d: [Annotation(0, 1, id="same")]), make("second", returns=lambda d: [Annotation(0, 1, id="same")])])
    doc = p.run(TEXT)
    assert "first" in doc and "second" not in doc
    assert doc.failures[0].message == "annotation 0 has id 'same', already used in this document"


def test_a_failing_analyser_is_recorded_and_its_dependents_skipped_with_the_reason():
    p = Pipeline([
        make("quotes", returns=boom),
        make("sources", ("quotes",)),
        make("entities", returns=lambda d: [Annotation(15, 24, label="PERSON")]),
    ])
    doc = p.run(TEXT)
    assert [(f.analyser, f.kind, f.message) for f in doc.failures] == [
        ("quotes", "error", "ValueError: no quotes today"),
        ("sources", "skipped", "layer 'quotes' is missing (quotes error)"),
    ]
    assert [doc.text_of(a) for a in doc["entities"]] == ["The mayor"]
    assert "quotes" not in doc and "sources" not in doc


def test_a_failure_of_an_unregistered_analyser_names_its_top_level_package():
    analyser = make("quotes", returns=boom)
    doc = Pipeline([analyser]).run(TEXT)
    assert doc.failures[0].plugin == type(analyser).__module__.split(".")[0]


def test_failures_survive_serialisation():
    doc = Pipeline([make("quotes", returns=boom)]).run(TEXT)
    again = newslens.Document.from_json(doc.to_json())
    assert again.failures == doc.failures


def test_strict_mode_re_raises_naming_the_analyser():
    with pytest.raises(AnalyserError, match=r"analyser 'quotes' \(plugin .*\) failed \(error\): ValueError: no quotes today") as info:
        Pipeline([make("quotes", returns=boom)], strict=True).run(TEXT)
    assert isinstance(info.value.__cause__, ValueError)


def test_strict_mode_re_raises_invalid_output_too():
    with pytest.raises(AnalyserError, match=r"failed \(invalid\): annotation 0 spans"):
        Pipeline([make("marks", returns=lambda d: [Annotation(0, 999)])], strict=True).run(TEXT)


def test_a_timeout_error_from_a_pattern_is_recorded_as_a_timeout():
    def slow(doc):
        raise TimeoutError("regex timed out")

    doc = Pipeline([make("marks", returns=slow)]).run(TEXT)
    assert [(f.kind, f.message) for f in doc.failures] == [("timeout", "TimeoutError: regex timed out")]


def test_an_analyser_past_its_budget_is_stopped_and_recorded():
    def forever(doc):
        while True:
            time.sleep(0.01)

    p = Pipeline([make("slow", returns=forever), make("marks", returns=lambda d: [Annotation(0, 6)])], budget=0.2)
    doc = p.run(TEXT)
    assert [(f.analyser, f.kind, f.message) for f in doc.failures] == [("slow", "timeout", "ran past its time budget of 0.2 s")]
    assert len(doc["marks"]) == 1


def test_an_analyser_cannot_swallow_its_budget_with_except_exception():
    def stubborn(doc):
        try:
            while True:
                time.sleep(0.01)
        except Exception:
            return []

    doc = Pipeline([make("slow", returns=stubborn)], budget=0.1).run(TEXT)
    assert [f.kind for f in doc.failures] == ["timeout"]


# --- links -------------------------------------------------------------------------------------


def test_links_set_back_references_on_the_linked_layer():
    quotes = make("quotes", returns=lambda d: [Annotation(50, 62, label="direct", data={"source": None}), Annotation(15, 47, label="indirect")])
    sources = make(
        "sources",
        ("quotes",),
        returns=lambda d: [Annotation(15, 24, label="person", data={"quotes": ["quotes-1", "quotes-2"]})],
        links={"quotes": ("quotes", "source")},
    )
    doc = Pipeline([quotes, sources]).run(TEXT)
    assert [a.data.get("source") for a in doc["quotes"]] == ["sources-1", "sources-1"]
    assert doc["quotes"].provenance.analyser == "quotes"


def test_a_link_to_an_unknown_id_is_invalid():
    quotes = make("quotes", returns=lambda d: [Annotation(50, 62)])
    sources = make("sources", ("quotes",), returns=lambda d: [Annotation(15, 24, data={"quotes": ["quotes-7"]})], links={"quotes": ("quotes", "source")})
    doc = Pipeline([quotes, sources]).run(TEXT)
    assert [(f.analyser, f.kind, f.message) for f in doc.failures] == [
        ("sources", "invalid", "annotation sources-1 links to 'quotes-7', which is not in layer 'quotes'")
    ]
    assert "source" not in doc["quotes"][0].data


# --- choosing analysers by name -------------------------------------------------------------


class _Throwaways:
    """A plugin registering three throwaway analysers: tw-a, tw-b (needs tw-a), tw-c."""

    @hookimpl
    def register_analysers(self, register):
        register(make("tw-a", returns=lambda d: [Annotation(0, 6)]))
        register(make("tw-b", ("tw-a",)))
        register(make("tw-c"))


@pytest.fixture
def throwaways(register_plugin):
    register_plugin(_Throwaways(), name="throwaways", distribution="newslens-throwaways")


def test_enable_keeps_only_the_named_analysers(throwaways):
    assert order(Pipeline.default(enable=["tw-a", "tw-c"])) == ["tw-a", "tw-c"]


def test_disable_drops_the_named_analysers(throwaways):
    assert {"tw-a", "tw-b"}.isdisjoint(order(Pipeline.default(disable=["tw-b", "tw-a"])))
    assert "tw-c" in order(Pipeline.default(disable=["tw-b", "tw-a"]))


def test_disabling_a_requirement_of_an_enabled_analyser_is_a_plan_error(throwaways):
    with pytest.raises(PlanError, match="requires layer 'tw-a', which no enabled analyser produces"):
        Pipeline.default(enable=["tw-b", "tw-a"], disable=["tw-a"])


def test_layers_keeps_what_those_layers_need(throwaways):
    assert order(Pipeline.default(layers=["tw-b"])) == ["tw-a", "tw-b"]


def test_an_unknown_analyser_name_is_a_plan_error(throwaways):
    with pytest.raises(PlanError, match=r"no analyser named 'nope' is installed \(installed: .*tw-a"):
        Pipeline.default(disable=["nope"])


def test_an_unknown_layer_is_a_plan_error(throwaways):
    with pytest.raises(PlanError, match="no installed analyser produces layer 'nope'"):
        Pipeline.default(layers=["nope"])


def test_analyse_accepts_enable_and_disable(throwaways):
    doc = newslens.analyse(TEXT, enable=["tw-a"])
    assert list(doc.layers) == ["tw-a"]


def test_analyse_strict_raises_for_a_failing_registered_analyser(register_plugin):
    class Failing:
        @hookimpl
        def register_analysers(self, register):
            register(make("tw-fail", returns=boom))

    register_plugin(Failing(), name="failing", distribution="newslens-failing")
    with pytest.raises(AnalyserError, match=r"analyser 'tw-fail' \(plugin failing, distribution newslens-failing\) failed"):
        newslens.analyse(TEXT, strict=True, enable=["tw-fail"])


def test_analyse_with_the_same_narrowing_reuses_one_pipeline(throwaways):
    from newslens.pipeline import narrowed_pipeline

    assert narrowed_pipeline(strict=True, enable=["tw-a"]) is narrowed_pipeline(strict=True, enable=("tw-a",))


def test_a_plugin_registered_after_a_strict_analyse_is_run_by_the_next_one(register_plugin):
    newslens.analyse(TEXT, strict=True)
    register_plugin(_Throwaways(), name="late", distribution="newslens-late")
    assert {"tw-a", "tw-b", "tw-c"} <= set(newslens.analyse(TEXT, strict=True).layers)


def test_an_unknown_name_is_a_plan_error_on_every_call_not_only_the_first():
    for _ in range(2):
        with pytest.raises(PlanError, match="no analyser named 'nope' is installed"):
            newslens.analyse(TEXT, strict=True, enable=["nope"])


def _collector_state(doc):
    return [Annotation(0, 1, data={"on": gc.isenabled()})]


def test_the_cycle_collector_is_held_off_while_a_document_is_read_and_restored_after():
    pipeline = Pipeline([make("watch", returns=_collector_state)])
    assert gc.isenabled()
    doc = pipeline.run("Headline\n\nBody.")
    assert [a.data["on"] for a in doc["watch"]] == [False]
    assert gc.isenabled()


def test_the_cycle_collector_is_restored_after_an_analyser_fails_in_strict_mode():
    pipeline = Pipeline([make("boom", returns=boom)], strict=True)
    with pytest.raises(AnalyserError):
        pipeline.run("Headline\n\nBody.")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    pipeline = Pipeline([make("watch", returns=_collector_state)])
    gc.disable()
    try:
        doc = pipeline.run("Headline\n\nBody.")
        assert gc.isenabled() is False
    finally:
        gc.enable()
    assert [a.data["on"] for a in doc["watch"]] == [False]
