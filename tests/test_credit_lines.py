"""Credit lines: whole lines that are neither headline nor body, each with its kind."""

from __future__ import annotations

import pytest
import regex

import newslens
from newslens.credit_lines import MAX_CREDIT_LENGTH, credit_kind


@pytest.mark.parametrize(
    "line, kind",
    [
        ("[Image Credit: Getty Images]", "image"),
        ("Featured image via Twitter", "image"),
        ("Photo by Joe Raedle/Getty Images", "image"),
        ("(AP Photo/Evan Vucci)", "image"),
        ("SAUL LOEB/AFP/Getty Images", "image"),
        ("Getty Images", "image"),
        ("Share this article: Budget Passes After Long Night", "share"),
        ("More from Inquisitr", "more"),
        ("Related: Senate passes the bill", "more"),
        ("Read the rest here.", "read-more"),
        ("Click here to subscribe", "read-more"),
        ("Follow Jane Doe on Twitter", "follow"),
        ("Follow us @newsdesk", "follow"),
        ("By Jane Doe", "byline"),
        ("By JANE DOE and John Smith, Associated Press", "byline"),
        ("Editor's note: This story has been updated.", "editors-note"),
        ("Jane Doe contributed reporting.", "contributors"),
        ("Reporting by Jane Doe; Editing by Bob Roe", "contributors"),
        ("Correction: An earlier version misspelled a name.", "correction"),
        ("Copyright 2016 Cable News Network", "copyright"),
        ("All rights reserved.", "copyright"),
    ],
)
def test_credit_line_has_its_kind(line, kind):
    assert credit_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The photo by Getty shows the mayor at the podium.",
        "Reuters reported that the mayor left.",
        "By the time the vote came, it was late.",
        "The mayor said she would share the plan.",
        "More than 200 people came to the meeting, officials said.",
        "Follow-up talks are planned for next week.",
        "",
    ],
)
def test_prose_that_mentions_photos_or_agencies_is_not_a_credit(line):
    assert credit_kind(line) is None


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Jane Doe VIA Reuters", "image"),
        ("Jane Doe vİa Reuters", "image"),  # the patterns' case rules take "İ" for "i"
        ("Jane Doe/Getty Images", "image"),
        ("Staff writers Jane Doe and Bob Roe CONTRIBUTED REPORTING.", "contributors"),
    ],
)
def test_a_credit_told_by_a_mark_inside_the_line_has_its_kind(line, kind):
    assert credit_kind(line) == kind


def test_the_only_character_the_credit_patterns_fold_onto_via_or_contributed_beyond_lower_is_dotted_capital_i():
    # credit_kind screens lines with str.lower() for " via " and " contributed "; that
    # holds only while the regex engine's case-blind matching adds no other character.
    every_character = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = regex.findall("[viacontrbued]", every_character, regex.IGNORECASE | regex.V0)
    assert [c for c in folded if c.lower() not in "viacontrbued"] == ["İ"]


def test_a_line_longer_than_the_limit_is_prose_whatever_it_starts_with():
    line = "Photo: " + "x" * MAX_CREDIT_LENGTH
    assert credit_kind(line) is None


def test_parse_puts_trailing_credit_lines_in_credits_with_their_kind():
    text = (
        "Budget Passes\n\nThe council passed the budget on Monday.\n\n"
        "Photo by Joe Raedle/Getty Images\nShare this article: Budget Passes\nMore from The Daily\nJane Doe contributed reporting."
    )
    doc = newslens.parse(text)
    assert [(doc.text_of(c), c.kind) for c in doc.credits] == [
        ("Photo by Joe Raedle/Getty Images", "image"),
        ("Share this article: Budget Passes", "share"),
        ("More from The Daily", "more"),
        ("Jane Doe contributed reporting.", "contributors"),
    ]
    assert doc.paragraphs == ("The council passed the budget on Monday.",)


def test_a_byline_under_the_headline_is_a_credit_not_the_deck():
    doc = newslens.parse("Budget Passes\n\nBy Jane Doe\n\nThe council passed the budget on Monday.")
    assert doc.headline_text == "Budget Passes"
    assert [(doc.text_of(c), c.kind) for c in doc.credits] == [("By Jane Doe", "byline")]
    assert doc.paragraphs == ("The council passed the budget on Monday.",)


def test_an_image_credit_between_paragraphs_is_a_credit():
    doc = newslens.parse("Budget Passes\n\nFirst paragraph.\n\n[Image Credit: AP]\n\nSecond paragraph.")
    assert [(doc.text_of(c), c.kind) for c in doc.credits] == [("[Image Credit: AP]", "image")]
    assert doc.paragraphs == ("First paragraph.", "Second paragraph.")
