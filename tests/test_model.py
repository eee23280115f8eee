"""The document model: frozen, validated spans, read-only data, provenance, lossless JSON."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import attrs
import pytest

from newslens import (
    Annotation,
    Credit,
    Data,
    Dateline,
    Document,
    Failure,
    Layer,
    Provenance,
    Span,
)
from newslens.model import FORMAT

TEXT = "Mayor Quits\n\nThe mayor said on Monday that she would resign."


def _doc_with_everything() -> Document:
    quote = Annotation(33, 61, label="indirect", data={"cue": Span(23, 27), "speaker": Span(13, 22), "source": None}, id="quotes-1")
    source = Annotation(13, 22, label="person", data={"name": "the mayor", "mentions": [Span(13, 22)], "quotes": ["quotes-1"], "count": None}, id="sources-1")
    return Document(
        TEXT,
        headline=Span(0, 11),
        body=[Span(13, 61)],
        credits=[],
        sentences=[Span(0, 11), Span(13, 61)],
        dateline=None,
        layers={
            "quotes": Layer("quotes", [quote], Provenance("quotes", "0.1.0", "newslens", "0.1.0")),
            "sources": Layer(
                "sources",
                [source],
                Provenance("sources", "0.2.0", "newslens-extra", "1.0"),
                summary={"anonymous_share": 0.0, "named": 1},
            ),
        },
        failures=[Failure("figures", "figures", "error", "ValueError: boom", "newslens")],
        meta={"id": "a1", "publisher": "The Daily"},
    )


# --- Span ---------------------------------------------------------------------------------


def test_span_is_half_open_and_reads_its_text():
    assert Span(6, 11).of("Hello world") == "world"
    assert len(Span(6, 11)) == 5


def test_span_of_equal_offsets_is_empty():
    assert len(Span(3, 3)) == 0
    assert Span(3, 3).of("abcdef") == ""


def test_span_rejects_negative_start():
    with pytest.raises(ValueError, match="must be >= 0, got -1"):
        Span(-1, 2)


def test_span_rejects_end_before_start():
    with pytest.raises(ValueError, match="ends before it starts: 5..4"):
        Span(5, 4)


def test_span_rejects_non_integer_offsets():
    with pytest.raises(TypeError, match="must be an int"):
        Span("1", 2)  # type: ignore[arg-type]


def test_span_contains_and_overlaps_follow_half_open_ranges():
    assert Span(0, 10).contains(Span(2, 10))
    assert not Span(0, 10).contains(Span(2, 11))
    assert Span(0, 5).overlaps(Span(4, 6))
    assert not Span(0, 5).overlaps(Span(5, 6))  # touching is not overlapping


def test_spans_sort_by_start_then_end():
    assert sorted([Span(3, 4), Span(1, 9), Span(1, 2)]) == [Span(1, 2), Span(1, 9), Span(3, 4)]


def test_span_takes_its_offsets_by_keyword_too():
    assert Span(start=2, end=5) == Span(2, 5)


def test_a_span_evolved_out_of_order_is_rejected_like_a_new_one():
    with pytest.raises(ValueError, match="ends before it starts: 5..4"):
        attrs.evolve(Span(5, 9), end=4)


def test_credit_and_dateline_validate_like_spans():
    with pytest.raises(ValueError):
        Credit(4, 2, "image")
    with pytest.raises(ValueError):
        Dateline(-3, 2, "SEOUL")


# --- frozen ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "obj, attribute",
    [
        (Span(0, 1), "start"),
        (Credit(0, 1, "image"), "kind"),
        (Dateline(0, 1, "SEOUL", None), "place"),
        (Annotation(0, 1, label="x"), "label"),
        (Provenance("a", "1"), "version"),
        (Failure("a", "a", "error", "m"), "message"),
    ],
)
def test_model_objects_are_frozen(obj, attribute):
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, attribute, None)


def test_document_is_frozen():
    doc = Document("x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "y"  # type: ignore[misc]


def test_document_layers_mapping_is_read_only():
    doc = _doc_with_everything()
    with pytest.raises(TypeError):
        doc.layers["quotes"] = doc["sources"]  # type: ignore[index]


def test_model_objects_use_slots():
    assert not hasattr(Span(0, 1), "__dict__")
    assert not hasattr(_doc_with_everything(), "__dict__")


def test_with_layer_returns_a_new_document_and_leaves_the_old_one_alone():
    doc = Document(TEXT)
    layer = Layer("quotes", [], Provenance("quotes", "1"))
    new = doc.with_layer(layer)
    assert "quotes" in new and "quotes" not in doc


def test_with_failure_returns_a_new_document_and_leaves_the_old_one_alone():
    doc = Document(TEXT)
    failure = Failure("quotes", "quotes", "error", "boom")
    assert doc.with_failure(failure).failures == (failure,)
    assert doc.failures == ()


# --- annotation data -----------------------------------------------------------------------


def test_annotation_data_is_read_only():
    a = Annotation(0, 1, label="x", data={"k": 1})
    with pytest.raises(TypeError):
        a.data["k"] = 2  # type: ignore[index]
    with pytest.raises(AttributeError, match="read-only"):
        a.data.extra = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(k=2),
        lambda d: d.pop("k"),
        lambda d: d.setdefault("new", 1),
        lambda d: d.clear(),
        lambda d: d.popitem(),
        lambda d: d.__delitem__("k"),
        lambda d: d.__ior__({"k": 2}),
    ],
)
def test_annotation_data_refuses_every_change(change):
    data = Annotation(0, 1, data={"k": 1}).data
    with pytest.raises(TypeError, match="read-only"):
        change(data)
    assert data == {"k": 1}


def test_annotation_data_lists_become_tuples_and_dicts_become_data():
    a = Annotation(0, 1, data={"ids": ["a", "b"], "inner": {"x": [1]}})
    assert a.data["ids"] == ("a", "b")
    assert isinstance(a.data["inner"], Data)
    assert a.data["inner"]["x"] == (1,)


def test_a_start_end_dict_in_data_becomes_a_span():
    a = Annotation(0, 1, data={"cue": {"start": 2, "end": 5}})
    assert a.data["cue"] == Span(2, 5)


def test_annotation_data_rejects_non_json_values():
    with pytest.raises(TypeError, match="JSON-shaped.*got set"):
        Annotation(0, 1, data={"bad": {1, 2}})


def test_annotation_data_is_hashable_and_equal_to_a_plain_dict():
    a = Annotation(0, 1, data={"k": [1, 2]})
    assert a.data == {"k": (1, 2)}
    assert hash(a) == hash(Annotation(0, 1, data={"k": [1, 2]}))


def test_annotation_data_answers_get_items_values_and_in_like_a_dict():
    data = Annotation(0, 1, data={"k": [1], "n": None}).data
    assert (data.get("k"), data.get("missing"), data.get("missing", 7)) == ((1,), None, 7)
    assert (list(data.keys()), list(data.values()), list(data.items())) == (["k", "n"], [(1,), None], [("k", (1,)), ("n", None)])
    assert ("k" in data, "missing" in data) == (True, False)


def test_annotation_data_of_plain_values_does_not_follow_later_changes_to_the_dict_given():
    given = {"name": "the mayor", "count": 2}
    a = Annotation(0, 1, data=given)
    given["name"] = "changed"
    assert a.data == {"name": "the mayor", "count": 2}


def test_annotation_to_dict_of_plain_data_is_a_new_dict_each_time():
    a = Annotation(0, 1, data={"name": "the mayor"})
    a.to_dict()["data"]["name"] = "changed"
    assert a.to_dict()["data"] == {"name": "the mayor"}


def test_annotation_refuses_bad_data_before_it_checks_the_offsets():
    with pytest.raises(TypeError, match="JSON-shaped.*got set"):
        Annotation(5, 1, data={"bad": {1}})


def test_annotation_names_its_own_class_in_an_offset_error():
    with pytest.raises(ValueError, match="^Annotation ends before it starts: 5..1$"):
        Annotation(5, 1, label="x")


def test_an_annotation_subclass_made_with_attrs_checks_offsets_and_freezes_data():
    @attrs.frozen
    class Scored(Annotation):
        score: int = attrs.field(default=0, kw_only=True)

    assert Scored(0, 2, data={"ids": ["a"]}, score=3).data == {"ids": ("a",)}
    with pytest.raises(ValueError, match="^Scored ends before it starts: 2..0$"):
        Scored(2, 0)


def test_an_annotation_made_without_data_has_empty_data():
    assert Annotation(0, 1).data == {} and Annotation(0, 1).to_dict()["data"] == {}


def test_annotation_span_drops_label_and_data():
    assert Annotation(3, 7, label="direct", data={"x": 1}).span == Span(3, 7)


def test_annotation_to_dict_gives_spans_in_data_as_dicts():
    a = Annotation(5, 9, label="direct", data={"cue": Span(1, 3), "parts": [Span(5, 6)]}, id="quotes-1")
    assert a.to_dict() == {
        "id": "quotes-1",
        "start": 5,
        "end": 9,
        "label": "direct",
        "data": {"cue": {"start": 1, "end": 3}, "parts": [{"start": 5, "end": 6}]},
    }


# --- layers and documents ------------------------------------------------------------------


def test_layer_by_id_finds_an_annotation_or_none():
    layer = _doc_with_everything()["quotes"]
    assert layer.by_id("quotes-1").label == "indirect"
    assert layer.by_id("quotes-9") is None


def test_document_getitem_names_the_known_layers_when_one_is_missing():
    with pytest.raises(KeyError, match=r"no layer 'entities' on this document \(layers: quotes, sources\)"):
        _doc_with_everything()["entities"]


def test_document_rejects_a_layer_filed_under_another_name():
    layer = Layer("quotes", [], Provenance("quotes", "1"))
    with pytest.raises(TypeError, match="must be a Layer named 'sources'"):
        Document("x", layers={"sources": layer})


def test_document_reads_headline_paragraphs_and_sentences_in_a_span():
    doc = _doc_with_everything()
    assert doc.headline_text == "Mayor Quits"
    assert doc.paragraphs == ("The mayor said on Monday that she would resign.",)
    assert doc.sentences_in(doc.body[0]) == (Span(13, 61),)
    assert doc.text_of(None) is None


def test_layer_provenance_names_analyser_version_plugin_and_its_version():
    d = _doc_with_everything().to_dict()["layers"]["sources"]
    assert (d["analyser"], d["version"], d["plugin"], d["plugin_version"]) == ("sources", "0.2.0", "newslens-extra", "1.0")


# --- serialising ---------------------------------------------------------------------------


def test_to_dict_has_the_contract_fields():
    d = _doc_with_everything().to_dict()
    assert d["format"] == "newslens/1" == FORMAT
    assert d["text"] == TEXT
    assert d["headline"] == {"start": 0, "end": 11}
    assert d["body"] == [{"start": 13, "end": 61}]
    assert d["credits"] == []
    assert set(d["layers"]) == {"quotes", "sources"}
    quotes = d["layers"]["quotes"]
    assert {"analyser", "version", "annotations"} <= set(quotes)
    assert quotes["annotations"][0] == {
        "id": "quotes-1",
        "start": 33,
        "end": 61,
        "label": "indirect",
        "data": {"cue": {"start": 23, "end": 27}, "speaker": {"start": 13, "end": 22}, "source": None},
    }


def test_credits_serialise_with_their_kind():
    doc = Document("Photo: AP", credits=[Credit(0, 9, "image")])
    assert doc.to_dict()["credits"] == [{"start": 0, "end": 9, "kind": "image"}]


def test_dateline_serialises_with_place_and_agency():
    doc = Document("SEOUL (AP) — x", body=[Span(0, 14)], dateline=Dateline(0, 12, "SEOUL", "AP"))
    assert doc.to_dict()["dateline"] == {"start": 0, "end": 12, "place": "SEOUL", "agency": "AP"}


def test_failures_and_summary_and_meta_serialise():
    d = _doc_with_everything().to_dict()
    assert d["failures"] == [{"analyser": "figures", "layer": "figures", "kind": "error", "message": "ValueError: boom", "plugin": "newslens"}]
    assert d["layers"]["sources"]["summary"] == {"anonymous_share": 0.0, "named": 1}
    assert d["meta"] == {"id": "a1", "publisher": "The Daily"}


def test_to_dict_layers_picks_a_subset_of_layers():
    assert list(_doc_with_everything().to_dict(layers=["sources", "nope"])["layers"]) == ["sources"]


def test_to_dict_is_plain_json():
    d = _doc_with_everything().to_dict()
    assert json.loads(json.dumps(d)) == d


def test_to_dict_from_dict_round_trip_is_identity():
    doc = _doc_with_everything()
    assert Document.from_dict(doc.to_dict()) == doc


def test_json_round_trip_is_identity():
    doc = _doc_with_everything()
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert again.to_json() == doc.to_json()


def test_round_trip_keeps_spans_in_data_as_spans():
    again = Document.from_json(_doc_with_everything().to_json())
    assert again["quotes"][0].data["cue"] == Span(23, 27)
    assert isinstance(again["sources"][0].data["mentions"][0], Span)


def test_round_trip_keeps_credit_kinds_and_the_dateline():
    doc = Document(
        "SEOUL (AP) — Talks resumed.\n\nPhoto: AP",
        body=[Span(0, 27)],
        credits=[Credit(29, 38, "image")],
        dateline=Dateline(0, 12, "SEOUL", "AP"),
    )
    again = Document.from_json(doc.to_json())
    assert again.credits == (Credit(29, 38, "image"),)
    assert again.dateline == Dateline(0, 12, "SEOUL", "AP")


def test_json_keeps_non_ascii_text_as_written():
    doc = Document("Café “quoted” — 東京")
    assert "Café “quoted” — 東京" in doc.to_json()


def test_from_dict_rejects_another_format():
    with pytest.raises(ValueError, match="not a newslens document: format is 'other/2'"):
        Document.from_dict({"format": "other/2", "text": ""})


def test_documents_pickle_and_unpickle_equal():
    doc = _doc_with_everything()
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_output_format_doc_names_the_contract_fields():
    # docs/output-format.md describes the form; the contract's fields must be in it.
    page = Path(__file__).resolve().parents[1] / "docs" / "output-format.md"
    if not page.exists():
        pytest.skip("docs/output-format.md has not landed yet")
    words = page.read_text(encoding="utf-8")
    for field in ("format", "text", "headline", "body", "credits", "layers", "annotations", "analyser", "version"):
        assert f"`{field}`" in words or f'"{field}"' in words, field
