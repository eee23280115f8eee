"""brat standoff: export any layers, read them back unchanged, read corrections made in brat."""

from __future__ import annotations

import attrs

from newslens import Annotation, Layer, Provenance, Span, parse
from newslens.brat import from_brat, read_brat, to_brat, write_brat

from .report.conftest import build_story


def _layers(doc):
    return {name: (layer.provenance, layer.summary, list(layer)) for name, layer in doc.layers.items()}


def test_every_layer_round_trips_through_brat_unchanged():
    doc = build_story()
    doc = doc.with_layer(attrs.evolve(doc["sources"], summary={"named": 1, "anonymous": 1, "anonymous_share": 0.5}))
    txt, ann = to_brat(doc)
    back = from_brat(txt, ann)
    assert back.text == doc.text
    assert _layers(back) == _layers(doc)
    assert (back.headline, back.body, back.credits) == (doc.headline, doc.body, doc.credits)


def test_chosen_layers_only_are_exported():
    txt, ann = to_brat(build_story(), layers=["figures"])
    assert list(from_brat(txt, ann).layers) == ["figures"]


def test_quote_is_written_with_its_cue_and_speaker_as_linked_spans():
    txt, ann = to_brat(build_story(), layers=["quotes"])
    lines = ann.splitlines()
    assert lines[:5] == [
        "T1\tquotes.direct 30 55\tWe will build it by 2030,",
        "T2\tquotes:cue 72 76\tsaid",
        "R1\tcue Arg1:T1 Arg2:T2",
        "T3\tquotes:speaker 57 71\tMayor Ana Ruiz",
        "R2\tspeaker Arg1:T1 Arg2:T3",
    ]
    assert lines[5].startswith('#1\tAnnotatorNotes T1\t{"data": {"source": "sources-1"}, "id": "quotes-1", "layer": {"analyser": "quotes-stub"')


def test_span_across_a_line_break_becomes_fragments_and_comes_back_whole():
    text = "Title\n\nOne line\nand the next."
    doc = parse(text).with_layer(Layer("claims", [Annotation(11, 23, label="odd label.x")], Provenance("c", "1")))
    txt, ann = to_brat(doc)
    assert ann.splitlines()[0] == "T1\tclaims.odd%20label%2Ex 11 15;16 23\tline and the"
    back = from_brat(txt, ann)
    assert [(a.start, a.end, a.label) for a in back["claims"]] == [(11, 23, "odd label.x")]


def test_corrections_made_in_brat_are_read_back():
    doc = build_story()
    txt, ann = to_brat(doc, layers=["quotes"])
    # An annotator relabels the first quote, moves its cue to "on Monday" and deletes the second speaker.
    ann = ann.replace("T1\tquotes.direct 30 55", "T1\tquotes.mixed 30 55")
    ann = ann.replace("T2\tquotes:cue 72 76\tsaid", "T2\tquotes:cue 77 86\ton Monday")
    lines = [ln for ln in ann.splitlines() if not ln.startswith("T6\t") and "Arg2:T6" not in ln]
    back = from_brat(txt, "\n".join(lines))
    q1, q2 = back["quotes"]
    assert q1.label == "mixed" and q1.data["cue"] == Span(77, 86)
    assert q2.data["speaker"] is None and q2.data["cue"] == doc["quotes"][1].data["cue"]


def test_annotation_made_by_hand_in_brat_goes_to_the_brat_layer():
    back = from_brat("Kim spoke.", "T1\tPerson 0 3\tKim\n")
    (a,) = back["brat"]
    assert (a.start, a.end, a.label, a.id, dict(a.data)) == (0, 3, "Person", "brat-1", {})
    assert back["brat"].provenance == Provenance("brat", "import")


def test_write_and_read_files(tmp_path):
    doc = build_story()
    txt_path, ann_path = write_brat(doc, tmp_path / "story.txt")
    assert (txt_path.name, ann_path.name) == ("story.txt", "story.ann")
    assert _layers(read_brat(tmp_path / "story")) == _layers(doc)


def test_text_with_crlf_keeps_its_offsets(tmp_path):
    text = "Title\r\n\r\nHe said \"yes\".\r\n"
    doc = parse(text).with_layer(Layer("quotes", [Annotation(18, 21, label="direct")], Provenance("q", "1")))
    write_brat(doc, tmp_path / "crlf")
    back = read_brat(tmp_path / "crlf")
    assert back.text == text and back.text_of(back["quotes"][0]) == "yes"
