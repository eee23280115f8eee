"""The parser: headline, body paragraphs, credits and sentences, dropping nothing."""

from __future__ import annotations

import pytest

import newslens
from newslens import Credit, Span


def parts(doc: newslens.Document) -> tuple:
    """(headline, paragraphs, credits as (text, kind)) of a document."""
    return doc.headline_text, doc.paragraphs, tuple((doc.text_of(c), c.kind) for c in doc.credits)


# --- headline and body ---------------------------------------------------------------------


def test_the_first_paragraph_is_the_headline(check_structure):
    doc = newslens.parse("Budget Passes\n\nThe council passed the budget.\n\nIt took all night.")
    assert parts(doc) == ("Budget Passes", ("The council passed the budget.", "It took all night."), ())
    assert doc.headline == Span(0, 13)
    check_structure(doc)


def test_a_headline_and_deck_on_one_line_stay_the_headline(check_structure):
    doc = newslens.parse("Budget Passes; Council Works Through the Night\n\nThe council passed the budget.")
    assert parts(doc) == ("Budget Passes; Council Works Through the Night", ("The council passed the budget.",), ())
    check_structure(doc)


def test_a_headline_ending_in_a_semicolon_keeps_its_deck_on_the_next_line(check_structure):
    doc = newslens.parse("Budget Passes;\nCouncil Works Through the Night\n\nThe council passed the budget.")
    assert doc.headline_text == "Budget Passes;\nCouncil Works Through the Night"
    assert doc.paragraphs == ("The council passed the budget.",)
    check_structure(doc)


def test_body_paragraphs_are_trimmed_and_in_order(check_structure):
    doc = newslens.parse("Budget Passes\n\n  One.  \n\n\n\n  Two.\n\nThree.\n")
    assert doc.paragraphs == ("One.", "Two.", "Three.")
    assert [p.start for p in doc.body] == sorted(p.start for p in doc.body)
    check_structure(doc)


def test_hard_wrapped_lines_join_into_one_paragraph(check_structure):
    doc = newslens.parse("Budget Passes\n\nThe mayor said the budget would pass\nafter a long night of talks.\nThen she left.")
    assert doc.paragraphs == ("The mayor said the budget would pass\nafter a long night of talks.", "Then she left.")
    check_structure(doc)


def test_a_first_paragraph_of_prose_is_not_a_headline(check_structure):
    doc = newslens.parse("The council voted on Monday to close the library. It will reopen next year.")
    assert parts(doc) == (None, ("The council voted on Monday to close the library. It will reopen next year.",), ())
    check_structure(doc)


def test_a_first_line_longer_than_a_headline_is_body(check_structure):
    first = "The council voted " + "again and " * 40 + "closed the library"
    doc = newslens.parse(first + "\n\nIt will reopen next year.")
    assert doc.headline is None
    assert doc.paragraphs == (first, "It will reopen next year.")
    check_structure(doc)


def test_a_text_that_is_only_a_headline_has_no_body(check_structure):
    doc = newslens.parse("Budget Passes After Long Night")
    assert parts(doc) == ("Budget Passes After Long Night", (), ())
    check_structure(doc)


def test_a_credit_line_first_is_not_the_headline(check_structure):
    doc = newslens.parse("By Jane Doe\n\nThe council passed the budget.")
    assert parts(doc) == (None, ("The council passed the budget.",), (("By Jane Doe", "byline"),))
    check_structure(doc)


def test_sentences_cover_headline_and_body(check_structure):
    doc = newslens.parse("Budget Passes\n\nThe U.S. budget passed. Gov. Brown signed it on Sept. 5.")
    assert [doc.text_of(s) for s in doc.sentences] == ["Budget Passes", "The U.S. budget passed.", "Gov. Brown signed it on Sept. 5."]
    check_structure(doc)


def test_parse_rejects_bytes_with_a_clear_message():
    with pytest.raises(TypeError, match="needs the article as str, got bytes"):
        newslens.parse(b"Budget Passes")  # type: ignore[arg-type]


def test_parse_passes_meta_through():
    assert dict(newslens.parse("x", meta={"id": "a1"}).meta) == {"id": "a1"}


def test_parse_is_deterministic():
    text = "Budget Passes\n\nThe council passed the budget.\n\nPhoto: AP"
    assert newslens.parse(text) == newslens.parse(text)


# --- awkward text: each parses, drops nothing, overlaps nothing -----------------------------


def test_crlf_line_ends(check_structure):
    doc = newslens.parse("Budget Passes\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n")
    assert parts(doc) == ("Budget Passes", ("First paragraph.", "Second paragraph."), ())
    check_structure(doc)


def test_file_group_and_record_separators_are_white_space_inside_a_line_not_line_ends(check_structure):
    doc = newslens.parse("Head\x1cline\n\nBody one\x1d two.\x1e\n\nMore.")
    assert parts(doc) == ("Head\x1cline", ("Body one\x1d two.", "More."), ())
    check_structure(doc)


def test_lone_cr_line_ends(check_structure):
    doc = newslens.parse("Budget Passes\r\rFirst paragraph.\rSecond paragraph.\r")
    assert parts(doc) == ("Budget Passes", ("First paragraph.", "Second paragraph."), ())
    check_structure(doc)


def test_unicode_line_and_paragraph_separators(check_structure):
    doc = newslens.parse("Budget Passes\u2029First paragraph.\u2028Second paragraph.")
    assert parts(doc) == ("Budget Passes", ("First paragraph.", "Second paragraph."), ())
    check_structure(doc)


def test_byte_order_mark_at_the_start_is_left_out_of_the_headline(check_structure):
    doc = newslens.parse("\ufeffBudget Passes\n\nFirst paragraph.")
    assert doc.headline == Span(1, 14)
    assert parts(doc) == ("Budget Passes", ("First paragraph.",), ())
    check_structure(doc)


def test_no_break_spaces_inside_lines_are_kept_and_at_ends_trimmed(check_structure):
    doc = newslens.parse("Budget\u00a0Passes\u00a0\n\n\u00a0First\u00a0paragraph.")
    assert parts(doc) == ("Budget\u00a0Passes", ("First\u00a0paragraph.",), ())
    check_structure(doc)


def test_tabs(check_structure):
    doc = newslens.parse("\tBudget Passes\t\n\n\tFirst\tparagraph.\t\n\t\n\tSecond paragraph.")
    assert parts(doc) == ("Budget Passes", ("First\tparagraph.", "Second paragraph."), ())
    check_structure(doc)


def test_trailing_spaces(check_structure):
    doc = newslens.parse("Budget Passes   \n   \nFirst paragraph.   \nSecond paragraph.   ")
    assert parts(doc) == ("Budget Passes", ("First paragraph.", "Second paragraph."), ())
    assert doc.body == (Span(21, 37), Span(41, 58))
    check_structure(doc)


def test_no_blank_lines_between_paragraphs(check_structure):
    doc = newslens.parse("Budget Passes\nFirst paragraph.\nSecond paragraph.\nThird paragraph.")
    assert parts(doc) == ("Budget Passes", ("First paragraph.", "Second paragraph.", "Third paragraph."), ())
    check_structure(doc)


def test_no_headline(check_structure):
    first = (
        "WASHINGTON (AP) — The council passed the budget on Monday after a night of talks "
        "that ran past midnight."
    )
    doc = newslens.parse(first + "\n\nIt took all night.")
    assert parts(doc) == (None, (first, "It took all night."), ())
    check_structure(doc)


def test_empty_text(check_structure):
    doc = newslens.parse("")
    assert parts(doc) == (None, (), ())
    assert doc.sentences == ()
    check_structure(doc)


def test_only_white_space(check_structure):
    doc = newslens.parse(" \n\t\r\n\u00a0\u2028 ")
    assert parts(doc) == (None, (), ())
    check_structure(doc)


def test_the_parser_never_rewrites_the_text():
    text = "\ufeffBudget Passes\r\n\r\n\tFirst\u00a0paragraph.  \r"
    assert newslens.parse(text).text == text


# --- the seed article ---------------------------------------------------------------------


def test_seed_article_headline_is_exact(seed_text):
    doc = newslens.parse(seed_text)
    assert doc.headline_text == "Russian Troops Start Fighting In Syria After ‘Unprecedented’ Military Buildup"


def test_seed_article_has_sixteen_body_paragraphs_from_first_to_last(seed_text):
    doc = newslens.parse(seed_text)
    assert len(doc.body) == 16
    assert doc.paragraphs[0].startswith("Just a few days after a warning from John Kerry")
    assert doc.paragraphs[-1].startswith("The resulting exodus has created a refugee crisis")


def test_seed_article_trailing_three_lines_are_credits(seed_text):
    doc = newslens.parse(seed_text)
    assert [(doc.text_of(c), c.kind) for c in doc.credits] == [
        ("[Image Credit: Getty Images]", "image"),
        ("Share this article: Russian Troops Start Fighting In Syria After ‘Unprecedented’ Military Buildup", "share"),
        ("More from Inquisitr", "more"),
    ]


def test_seed_article_drops_nothing(seed_text, check_structure):
    check_structure(newslens.parse(seed_text))


def test_seed_article_sentences_do_not_end_at_us(seed_text):
    doc = newslens.parse(seed_text)
    said = [doc.text_of(s) for s in doc.sentences if doc.text_of(s).startswith("U.S.")]
    assert said == [
        "U.S. Secretary of State John Kerry talked to his Russian counterpart for the second time in four days about the issue.",
        "U.S. officials say the Russian military has deployed two tank landing ships and some additional cargo aircraft to Syria, along with some troops from the naval infantry forces.",
    ]


# --- records with separate fields -----------------------------------------------------------


def test_parse_record_makes_the_title_the_headline(check_structure):
    doc = newslens.parse_record({"title": "Budget Passes", "text": "The council voted.\n\nIt was late.", "id": 7, "publisher": "Daily"})
    assert doc.text == "Budget Passes\n\nThe council voted.\n\nIt was late."
    assert parts(doc) == ("Budget Passes", ("The council voted.", "It was late."), ())
    assert dict(doc.meta) == {"id": 7, "publisher": "Daily"}
    check_structure(doc)


def test_parse_record_keeps_a_title_that_reads_as_prose_as_the_headline():
    doc = newslens.parse_record({"title": "The council voted on Monday to close the library.", "text": "It will reopen."})
    assert doc.headline_text == "The council voted on Monday to close the library."


def test_parse_record_reads_configured_field_names_in_order():
    record = {"headline_text": "Budget Passes", "article": "The council voted.", "doc_id": "x9"}
    doc = newslens.parse_record(record, title="headline_text", text=["missing", "article"], id="doc_id")
    assert parts(doc) == ("Budget Passes", ("The council voted.",), ())
    assert dict(doc.meta) == {"doc_id": "x9", "id": "x9"}


def test_parse_record_leaves_non_scalar_fields_out_of_meta():
    doc = newslens.parse_record({"title": "T", "text": "Body.", "tags": ["a", "b"], "source": "wire"})
    assert dict(doc.meta) == {"source": "wire"}


def test_parse_record_without_a_title_parses_the_text_without_headline(check_structure):
    doc = newslens.parse_record({"title": "  ", "text": "Short Title\n\nThe council voted."})
    assert parts(doc) == (None, ("Short Title", "The council voted."), ())
    check_structure(doc)


def test_parse_record_without_text_names_the_fields_tried():
    with pytest.raises(KeyError, match=r"none of the fields \['text', 'content', 'body'\] is present"):
        newslens.parse_record({"title": "Budget Passes"})


def test_parse_record_rejects_a_text_that_is_not_a_string():
    with pytest.raises(TypeError, match="must be a string, got int"):
        newslens.parse_record({"text": 42})


def test_parse_record_image_credit_in_the_text_is_a_credit():
    doc = newslens.parse_record({"title": "Budget Passes", "text": "The council voted.\n\nPhoto: AP"})
    assert doc.credits == (Credit(35, 44, "image"),)


# --- the check itself -----------------------------------------------------------------------


def test_the_structure_check_catches_a_dropped_character(check_structure):
    with pytest.raises(AssertionError, match=r"character 'B' at offset 7 is in no part"):
        check_structure(newslens.Document("Title\n\nBody.", headline=Span(0, 5)))


def test_the_structure_check_catches_overlapping_parts(check_structure):
    with pytest.raises(AssertionError, match=r"body\[0\] 3..12 overlaps the part before it"):
        check_structure(newslens.Document("Title\n\nBody.", headline=Span(0, 5), body=[Span(3, 12)]))
