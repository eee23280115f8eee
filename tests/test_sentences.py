"""Sentences: split at ., ! and ?, but not at abbreviations such as U.S., Sept., Gov., Mr."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslens.sentences import _may_end, split_sentences


def sentences(text: str) -> list[str]:
    return [s.of(text) for s in split_sentences(text, 0, len(text))]


def test_sentences_split_at_full_stops_question_and_exclamation_marks():
    assert sentences("It rained. Did it stop? No! Then it snowed.") == ["It rained.", "Did it stop?", "No!", "Then it snowed."]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Secretary of State spoke on Monday.",
        "The vote is on Sept. 5 in the capital.",
        "On Friday Gov. Brown signed the bill.",
        "Reporters asked Mr. Smith about the plan.",
        "Mrs. Jones and Dr. Patel met Sen. Warren at 9 a.m. on Tuesday.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text):
    assert sentences(text) == [text]


def test_an_abbreviation_opening_a_sentence_does_not_end_it():
    assert sentences("The talks ended. Sept. 5 was the deadline. Gov. Brown left.") == [
        "The talks ended.",
        "Sept. 5 was the deadline.",
        "Gov. Brown left.",
    ]


def test_an_initial_does_not_end_a_sentence():
    assert sentences("George W. Bush spoke. He left.") == ["George W. Bush spoke.", "He left."]


def test_a_dotted_acronym_ends_a_sentence_when_an_opener_follows():
    assert sentences("The troops went back to the U.S. The war was over.") == [
        "The troops went back to the U.S.",
        "The war was over.",
    ]


def test_a_closing_quote_stays_with_its_sentence():
    assert sentences("He said, “We will win.” Then he left.") == ["He said, “We will win.”", "Then he left."]


def test_a_lower_case_word_after_a_full_stop_continues_the_sentence():
    assert sentences("The rate is 3.5 percent. it is not low.") == ["The rate is 3.5 percent. it is not low."]


def test_a_digit_after_a_full_stop_starts_a_sentence():
    assert sentences("They counted. 250,000 died.") == ["They counted.", "250,000 died."]


def test_sentences_are_trimmed_and_cover_the_paragraph_without_gaps_in_words():
    text = "  One.   Two.  "
    spans = split_sentences(text, 0, len(text))
    assert [s.of(text) for s in spans] == ["One.", "Two."]
    assert spans[0].start == 2


def test_sentences_respect_the_paragraph_bounds():
    text = "Head.\n\nFirst one. Second one.\n\nTail."
    spans = split_sentences(text, 7, 29)
    assert [s.of(text) for s in spans] == ["First one.", "Second one."]
    assert (spans[0].start, spans[-1].end) == (7, 29)


def test_an_empty_or_blank_paragraph_has_no_sentences():
    assert split_sentences("", 0, 0) == []
    assert split_sentences("   ", 0, 3) == []


def test_an_ellipsis_can_end_a_sentence():
    assert sentences("He waited... Nobody came.") == ["He waited...", "Nobody came."]


def test_a_run_of_200000_full_stops_is_split_in_one_linear_pass():
    text = "It ended" + "." * 200_000 + " Then it began."
    assert sentences(text) == ["It ended" + "." * 200_000, "Then it began."]


def test_a_run_of_marks_ends_a_sentence_as_one_end():
    text = "He left?! Then she did."
    assert [text[s.start : s.end] for s in split_sentences(text, 0, len(text))] == ["He left?!", "Then she did."]


def test_a_paragraph_with_no_mark_before_white_space_is_one_sentence():
    text = "One sentence only."
    assert [(s.start, s.end) for s in split_sentences(text, 0, len(text))] == [(0, 18)]


def test_closing_marks_and_a_line_break_end_a_sentence():
    text = "He said “never.”)\nThen she did."
    assert sentences(text) == ["He said “never.”)", "Then she did."]


def test_a_mark_after_an_ellipsis_ends_the_sentence_alone():
    assert sentences("He waited…? Nobody came.") == ["He waited…?", "Nobody came."]


#: What ``_may_end`` stands for: a mark, any closers, then white space (the last mark of a run).
_MAY_END = re.compile(r"""[.!?…]["'”’)\]]*\s""")


@given(st.text(alphabet=".!?…\"'”’)] \n\u00a0\u2009ab.Z", max_size=40))
def test_may_end_finds_the_places_the_pattern_finds(text):
    assert _may_end(text, 0, len(text)) == [m.start() for m in _MAY_END.finditer(text)]


def test_may_end_reads_only_its_stretch():
    text = "Yes. No! Maybe? Fine."
    assert _may_end(text, 5, 16) == [7, 14]
