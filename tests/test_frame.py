"""newslens.to_frame: one row per annotation, data fields as columns."""

from __future__ import annotations

import pytest

from newslens import Annotation, Layer, Provenance, parse

from .report.conftest import build_story

pd = pytest.importorskip("pandas")

from newslens import to_frame  # noqa: E402
from newslens.frame import to_records  # noqa: E402


def test_frame_has_one_row_per_annotation_with_data_columns():
    frame = to_frame(build_story(), "quotes")
    assert list(frame.columns) == ["doc", "layer", "id", "start", "end", "label", "text", "cue", "cue_start", "cue_end",
                                   "speaker", "speaker_start", "speaker_end", "source"]
    assert frame[["id", "label", "text", "speaker", "cue", "source"]].values.tolist() == [
        ["quotes-1", "direct", "We will build it by 2030,", "Mayor Ana Ruiz", "said", "sources-1"],
        ["quotes-2", "indirect", "the cost could reach $40 million", "Two officials who asked not to be named", "said", "sources-2"],
    ]
    assert frame["doc"].tolist() == [0, 0]


def test_frame_over_several_documents_uses_their_ids_and_records():
    a = build_story()
    b = parse("Title\n\n42 cats.", meta={"id": "b-7"})
    b = b.with_layer(Layer("figures", [Annotation(7, 9, label="number", data={"value": 42})], Provenance("f", "1")))
    frame = to_frame([a, b.to_dict()], "figures")
    assert frame[["doc", "text", "value"]].values.tolist() == [[0, "2030", 2030], [0, "Two", 2], [0, "$40 million", 40000000], ["b-7", "42", 42]]


def test_lists_of_spans_become_lists_of_words_and_clashing_fields_are_prefixed():
    doc = parse("Title\n\nKim and Kim.")
    doc = doc.with_layer(Layer("sources", [Annotation(7, 10, label="person", data={"mentions": [{"start": 7, "end": 10}, {"start": 15, "end": 18}], "text": "x"})], Provenance("s", "1")))
    (row,) = to_records(doc, "sources")
    assert row["mentions"] == ["Kim", "Kim"] and row["data_text"] == "x" and row["text"] == "Kim"


def test_documents_without_the_layer_give_an_empty_frame_with_the_base_columns():
    frame = to_frame(parse("Title\n\nBody."), "quotes")
    assert frame.empty and list(frame.columns) == ["doc", "layer", "id", "start", "end", "label", "text"]
