"""newslens.plain: twins of regex patterns for re, exact on a domain of characters."""

from __future__ import annotations

import pytest
import regex

from newslens.plain import BELOW_COVERED, PLAIN, is_covered, is_plain, re_class, to_re


def test_to_re_spells_out_regex_classes_on_plain_text():
    pattern = regex.compile(r"\p{L}+\s\d(?i-f:st)[^\s\d]", regex.VERSION1)
    texts = ["ab 1ST!", "ab\x1c1st!", "ab\u00a01st!", "ab 1st 2"]
    assert (
        [bool(to_re(pattern).match(t)) for t in texts]
        == [bool(pattern.match(t)) for t in texts]
        == [
            True,
            False,
            True,
            False,
        ]
    )


def test_to_re_names_a_group_by_number_in_a_condition_on_a_group_opened_later():
    pattern = regex.compile(r"(?:(?(more),|(?P<more>))\d)+", regex.VERSION1)
    assert (
        to_re(pattern).match("1,2,3x").group()
        == pattern.match("1,2,3x").group()
        == "1,2,3"
    )


def test_to_re_refuses_a_character_past_ascii_whose_case_matches_ascii():
    with pytest.raises(ValueError):
        to_re(
            regex.compile("(?i:\u212a)m", regex.VERSION1)
        )  # the Kelvin sign matches "k"


def test_to_re_refuses_to_ignore_case_on_a_domain_with_cased_letters_past_ascii():
    with pytest.raises(ValueError):
        to_re(
            regex.compile("(?i:strasse)"), BELOW_COVERED
        )  # regex matches "straße", re does not


def test_to_re_spells_out_a_word_boundary_where_re_reads_words_otherwise():
    # U+0345 (a combining mark) is a word character to regex, none to re
    pattern = regex.compile(r"\bon\b")
    twin = to_re(pattern, BELOW_COVERED)
    texts = ["on", "on\u0345", "\u0345on", "ion", "go on now"]
    assert (
        [bool(twin.search(t)) for t in texts]
        == [bool(pattern.search(t)) for t in texts]
        == [
            True,
            False,
            False,
            False,
            True,
        ]
    )


def test_re_class_lists_the_characters_of_the_domain_a_class_holds_as_ranges():
    assert re_class(r"\d", PLAIN) == "0-9"


def test_a_class_spelt_out_below_covered_holds_what_regex_matches_there():
    for cls in (r"\w", r"\s", r"\p{Lu}", r"[\p{L}\p{N}]"):
        body = re_class(cls)
        assert "".join(regex.findall(f"[{body}]", BELOW_COVERED)) == "".join(
            regex.findall(cls, BELOW_COVERED)
        )


def test_is_plain_takes_ascii_and_typographic_marks_only():
    assert [is_plain(s) for s in ("a “b” – c", "café")] == [True, False]


def test_is_covered_tells_a_character_past_u3000_in_the_window():
    text = "ab\u3001cd"
    assert [is_covered(text, 0, 2), is_covered(text, 0, 3)] == [True, False]
