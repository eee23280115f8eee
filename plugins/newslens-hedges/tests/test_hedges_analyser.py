"""What the hedges analyser marks, and what it leaves alone. Texts written for the tests."""

from __future__ import annotations

import pickle

import pytest

import newslens
from newslens_hedges import HedgesAnalyser
from newslens_hedges.cues import CUES, KINDS, load_cues, trie_pattern

HEAD = "Minister quits after row\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister reportedly resigned on Monday.", [("reportedly", "reported", "reportedly")]),
        ("He is said to have left the building.", [("is said to", "reported", "is said to")]),
        ("The ship was believed to be near the coast.", [("was believed to", "reported", "was believed to")]),
        ("The aide allegedly took the files home.", [("allegedly", "alleged", "allegedly")]),
        ("The alleged victim spoke to the police.", [("alleged", "alleged", "alleged")]),
        ("The video could not be independently verified.", [("could not be independently verified", "unverified", "could not be independently verified")]),
        ("The Times could not immediately confirm the report.", [("could not immediately confirm", "unverified", "could not immediately confirm")]),
        ("According to unverified reports, the bridge fell.", [("According to unverified reports", "unverified", "according to unverified reports")]),
        ("It is unclear whether the talks will resume.", [("It is unclear", "unclear", "it is unclear")]),
        ("Their motives remain unclear.", [("remain unclear", "unclear", "remain unclear")]),
        ("It was not immediately clear who fired first.", [("It was not immediately clear", "unclear", "it was not immediately clear")]),
        ("Analysts speculated that rates would rise.", [("speculated", "speculation", "speculated")]),
        ("The fire appears to have started in the kitchen.", [("appears to", "apparent", "appears to")]),
        ("The mayor apparently knew nothing.", [("apparently", "apparent", "apparently")]),
    ],
)
def test_each_kind_of_hedge_is_marked_with_its_label_and_cue(analyse, sentence, expected):
    assert analyse(HEAD + sentence) == expected


def test_case_spacing_and_curly_apostrophes_do_not_change_the_cue(analyse):
    text = HEAD + "IT’S  UNCLEAR why. The claim could not be\nindependently verified."
    assert analyse(text) == [
        ("IT’S  UNCLEAR", "unclear", "it's unclear"),
        ("could not be\nindependently verified", "unverified", "could not be independently verified"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said to reporters that he would stay.",  # "said to" needs "is/was" before it
        "The rules were clear to everyone.",
        "Her account was unclearly worded.",  # whole words only
        "The report was verified by two editors.",
        "She seemed tired.",
    ],
)
def test_words_that_only_resemble_a_hedge_are_not_marked(analyse, sentence):
    assert analyse(HEAD + sentence) == []


def test_the_longest_cue_wins_where_two_begin_together(analyse):
    assert analyse(HEAD + "The claim has not been independently verified.") == [
        ("has not been independently verified", "unverified", "has not been independently verified")
    ]


def test_credit_lines_are_not_read(analyse):
    text = HEAD + "The minister resigned.\n\nRead more: The minister reportedly quit"
    doc = newslens.parse(text)
    assert [c.kind for c in doc.credits] == ["read-more"]
    assert analyse(text) == []


def test_each_hedge_points_to_the_sentence_it_hedges(with_hedges):
    text = HEAD + "The minister resigned. He reportedly left by train."
    doc = newslens.analyse(text, strict=True)
    (hedge,) = doc["hedges"]
    assert doc.text_of(hedge.data["sentence"]) == "He reportedly left by train."


def test_the_layer_summary_counts_hedges_by_kind(with_hedges):
    text = HEAD + "He reportedly left. It is unclear why. Aides allegedly lied, reportedly twice."
    layer = newslens.analyse(text, strict=True)["hedges"]
    assert dict(layer.summary["by_kind"]) == {"reported": 2, "alleged": 1, "unclear": 1}
    assert layer.summary["count"] == 4


def test_the_layer_names_this_plugin_as_its_maker(with_hedges):
    layer = newslens.analyse(HEAD + "He reportedly left.", strict=True)["hedges"]
    assert (layer.provenance.analyser, layer.provenance.version) == ("hedges", HedgesAnalyser.version)


def test_the_seed_article_hedges_its_unconfirmed_claims(with_hedges):
    from newslens.demo import sample_text

    doc = newslens.analyse(sample_text(), strict=True)
    assert [(doc.text_of(a), a.label) for a in doc["hedges"]] == [("are unclear", "unclear"), ("speculate", "speculation")]


def test_the_analyser_survives_pickling_for_worker_processes():
    analyser = pickle.loads(pickle.dumps(HedgesAnalyser()))
    assert (analyser.name, analyser.produces) == ("hedges", "hedges")


def test_every_cue_in_the_data_file_has_one_of_the_documented_kinds():
    assert set(CUES.values()) == set(KINDS) == {"reported", "alleged", "unverified", "unclear", "speculation", "apparent"}


def test_a_malformed_line_in_a_cues_file_is_reported_with_its_number():
    with pytest.raises(ValueError, match="line 2"):
        load_cues("# header\nreported reportedly\n")


def test_the_trie_pattern_matches_each_phrase_and_nothing_between():
    import regex

    pattern = regex.compile(rf"(?:{trie_pattern(['alleged', 'allegedly', 'it is unclear'])})$")
    assert [bool(pattern.match(s)) for s in ("alleged", "allegedly", "it is  unclear", "allege", "it is")] == [
        True,
        True,
        True,
        False,
        False,
    ]
