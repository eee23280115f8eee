"""Datelines: the place (and agency) that opens a wire story, found at any paragraph offset."""

from __future__ import annotations

import pytest

import newslens
from newslens import Dateline
from newslens.datelines import MAX_DATELINE_LENGTH, find_dateline


@pytest.mark.parametrize(
    "text, expected",
    [
        ("WASHINGTON (AP) — The Senate voted.", Dateline(0, 17, "WASHINGTON", "AP")),
        ("SEOUL - North Korea fired a missile.", Dateline(0, 7, "SEOUL", None)),
        ("NEW YORK (Reuters) - Stocks fell.", Dateline(0, 20, "NEW YORK", "Reuters")),
        ("ST. LOUIS, Mo. (AP) — A storm hit.", Dateline(0, 21, "ST. LOUIS, Mo.", "AP")),
        ("BEIRUT, Lebanon — Talks resumed.", Dateline(0, 17, "BEIRUT, Lebanon", None)),
        ("LONDON, Sept. 5 (Reuters) - Prices rose.", Dateline(0, 27, "LONDON", "Reuters")),
        ("WASHINGTON (AP): The vote came late.", Dateline(0, 16, "WASHINGTON", "AP")),
    ],
)
def test_dateline_records_place_and_agency(text, expected):
    assert find_dateline(text, 0, len(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Washington - the vote came late.",  # the place must be in capitals
        "The plan — a bold one — failed.",
        "A - b",  # one capital letter is not a place
        "WASHINGTON: The vote came late.",  # a bare colon without an agency is a heading
        "",
    ],
)
def test_prose_that_opens_with_a_name_and_a_dash_is_not_a_dateline(text):
    assert find_dateline(text, 0, len(text)) is None


def test_dateline_is_found_at_a_paragraph_that_does_not_start_the_text():
    text = "Missile Test\n\nSEOUL - North Korea fired a missile."
    assert find_dateline(text, 14, len(text)) == Dateline(14, 21, "SEOUL", None)


def test_dateline_must_open_the_paragraph():
    text = "Officials said WASHINGTON (AP) — was busy."
    assert find_dateline(text, 0, len(text)) is None


def test_parse_records_the_dateline_of_the_first_body_paragraph_after_a_headline():
    doc = newslens.parse("Missile Test\n\nSEOUL (Yonhap) — North Korea fired a missile.\n\nIt fell into the sea.")
    assert doc.dateline == Dateline(14, 30, "SEOUL", "Yonhap")
    assert doc.text_of(doc.dateline) == "SEOUL (Yonhap) —"


def test_the_dateline_stays_inside_the_first_body_paragraph():
    doc = newslens.parse("Missile Test\n\nSEOUL - North Korea fired a missile.")
    assert doc.paragraphs == ("SEOUL - North Korea fired a missile.",)
    assert doc.body[0].contains(doc.dateline)


def test_a_wire_story_without_headline_keeps_its_dateline_in_the_body():
    text = (
        "WASHINGTON (AP) — The Senate voted on Tuesday to pass the spending bill after a debate "
        "that ran late into the night.\n\nThe House votes next week."
    )
    doc = newslens.parse(text)
    assert doc.headline is None
    assert doc.dateline == Dateline(0, 17, "WASHINGTON", "AP")
    assert len(doc.body) == 2


def test_a_dateline_later_in_the_article_is_not_recorded():
    doc = newslens.parse("Missile Test\n\nNorth Korea fired a missile.\n\nSEOUL - Officials met.")
    assert doc.dateline is None


def test_a_paragraph_of_a_million_capitals_is_not_a_dateline_and_does_not_time_out():
    text = "A" * 1_000_000 + " — x"
    assert find_dateline(text, 0, len(text)) is None


def test_a_dateline_longer_than_the_limit_is_not_looked_for():
    place = "A" * (MAX_DATELINE_LENGTH + 10)
    text = f"{place} — Talks resumed."
    assert find_dateline(text, 0, len(text)) is None
