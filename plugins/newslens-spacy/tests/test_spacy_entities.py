"""newslens-spacy: the entities layer from a spaCy pipeline (a blank one with an entity ruler)."""

from __future__ import annotations

import pickle

import pytest
import spacy
from newslens_spacy import ENV_VAR, SpacyEntitiesAnalyser

import newslens
from newslens import Pipeline, PlanError, plugins

TEXT = (
    "Kerry warns Moscow\n\n"
    "Secretary of State John Kerry spoke to Reuters about the Islamic State. "
    "Kerry’s aides said Russian troops were in Syria on Monday."
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "John Kerry"},
            {"label": "PERSON", "pattern": "Kerry"},
            {"label": "ORG", "pattern": "Reuters"},
            {"label": "ORG", "pattern": "the Islamic State"},
            {"label": "NORP", "pattern": "Russian"},
            {"label": "GPE", "pattern": "Syria"},
            {"label": "GPE", "pattern": "Moscow"},
            {"label": "DATE", "pattern": "Monday"},
        ]
    )
    return nlp


@pytest.fixture
def entities(nlp):
    doc = Pipeline([SpacyEntitiesAnalyser(nlp)], strict=True)(TEXT)
    return [(doc.text_of(a), a.label, dict(a.data)) for a in doc["entities"]]


def test_layer_has_one_annotation_per_named_entity_and_leaves_dates_out(entities):
    assert [(t, label) for t, label, _ in entities] == [
        ("Kerry", "PERSON"),
        ("Moscow", "GPE"),
        ("John Kerry", "PERSON"),
        ("Reuters", "ORG"),
        ("Islamic State", "ORG"),
        ("Kerry", "PERSON"),
        ("Russian", "NORP"),
        ("Syria", "GPE"),
    ]


def test_surname_takes_the_full_name_as_canonical(entities):
    assert [d["canonical"] for t, _, d in entities if t == "Kerry"] == [
        "John Kerry",
        "John Kerry",
    ]


def test_title_before_a_person_is_the_role(entities):
    assert [d["role"] for t, _, d in entities if t == "John Kerry"] == [
        "Secretary of State"
    ]


def test_news_outlet_is_marked(entities):
    assert [(t, d["outlet"]) for t, label, d in entities if label == "ORG"] == [
        ("Reuters", True),
        ("Islamic State", False),
    ]


def test_analyser_declares_the_entities_layer():
    analyser = SpacyEntitiesAnalyser(model="en_core_web_sm")
    assert (analyser.name, analyser.produces, analyser.requires) == (
        "spacy-entities",
        "entities",
        (),
    )


def test_analyser_needs_a_pipeline_or_a_model():
    with pytest.raises(ValueError, match="model"):
        SpacyEntitiesAnalyser()


def test_analyser_with_a_model_name_pickles_without_the_pipeline(nlp):
    analyser = SpacyEntitiesAnalyser(nlp, model="en_core_web_sm")
    assert pickle.loads(pickle.dumps(analyser)).__getstate__() == {
        "_nlp": None,
        "model": "en_core_web_sm",
    }


@pytest.fixture
def fresh_plugins(monkeypatch):
    plugins._reset_for_tests()
    try:
        yield monkeypatch
    finally:
        monkeypatch.undo()
        plugins._reset_for_tests()


def test_plugin_registers_nothing_without_the_setting(fresh_plugins):
    fresh_plugins.delenv(ENV_VAR, raising=False)
    assert "spacy-entities" not in {r.obj.name for r in plugins.registered_analysers()}


def test_plugin_registers_spacy_entities_with_the_setting(fresh_plugins):
    fresh_plugins.setenv(ENV_VAR, "en_core_web_sm")
    assert "spacy-entities" in {r.obj.name for r in plugins.registered_analysers()}


def test_both_producers_of_entities_are_a_plan_error(fresh_plugins):
    fresh_plugins.setenv(ENV_VAR, "en_core_web_sm")
    with pytest.raises(PlanError, match="entities"):
        newslens.Pipeline.default()


def test_disabling_the_builtin_plans_the_spacy_analyser(fresh_plugins):
    fresh_plugins.setenv(ENV_VAR, "en_core_web_sm")
    pipeline = newslens.Pipeline.default(disable=["entities"], layers=["entities"])
    assert [a.name for a in pipeline.analysers] == ["spacy-entities"]
