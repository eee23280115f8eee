"""Cues the quotes analyser reads around a quotation or a clause, one behaviour each.

Every text is written for the test.
"""

from __future__ import annotations

import newslens
from newslens.analysers.quotes import QuotesAnalyser
from newslens.analysers.quotes.attribution import _rarer_words, _units
from newslens.analysers.quotes.cues import find_cues
from newslens.analysers.quotes.marks import find_quotations

HEAD = "Council weighs the river bridge\n\n"


def quotes_of(body: str) -> list[tuple[str, str, str | None, str | None]]:
    """(content, label, cue, speaker) of each attribution."""
    doc = newslens.parse(HEAD + body)
    return [
        (doc.text[a.start : a.end], a.label, doc.text_of(a.data["cue"]), doc.text_of(a.data["speaker"]))
        for a in QuotesAnalyser().analyse(doc)
    ]


def test_a_speaker_named_after_the_cue_with_a_description_says_the_clause_before():
    assert quotes_of("The bridge will open in May, said Ana Ruiz, a lawyer for the council.") == [
        ("The bridge will open in May", "indirect", "said", "Ana Ruiz")
    ]


def test_a_cue_followed_by_where_it_was_said_closes_the_clause_before():
    assert quotes_of("The bridge will open in May, she said in a radio interview with the station.") == [
        ("The bridge will open in May", "indirect", "said", "she")
    ]


def test_a_clause_after_the_cue_is_not_read_as_an_inverted_speaker():
    assert quotes_of("Once the vote was over, said Ruiz had won the seat.") == []


def test_a_short_sentence_after_a_question_in_quotation_marks_is_its_cue():
    assert quotes_of("“Can the bridge open by May?” Ruiz asked. The engineers were silent.") == [
        ("“Can the bridge open by May?”", "direct", "asked", "Ruiz")
    ]


def test_a_question_in_doubled_apostrophes_takes_the_cue_of_the_sentence_after_it():
    assert quotes_of("''Can the bridge open by May?'' Mr. Lee asked. The engineers were silent.") == [
        ("''Can the bridge open by May?''", "direct", "asked", "Mr. Lee")
    ]


def test_a_linking_adverb_between_commas_does_not_hide_the_speaker():
    assert quotes_of("Tom Lee, however, said the bridge would open late.") == [
        ("the bridge would open late", "indirect", "said", "Tom Lee")
    ]


def test_a_long_hearer_of_told_comes_before_that():
    assert quotes_of("Ruiz told a packed hall at the library in the old town that the bridge would open late.") == [
        ("the bridge would open late", "indirect", "told", "Ruiz")
    ]


def test_a_quotation_after_where_it_was_said_is_the_content():
    assert quotes_of("Ruiz said at a news conference, “The bridge will open in May.”") == [
        ("“The bridge will open in May.”", "direct", "said", "Ruiz")
    ]


def test_an_inverted_speaker_may_open_with_former_or_another():
    assert quotes_of("“The bridge is safe,” said another resident.") == [
        ("“The bridge is safe,”", "direct", "said", "another resident")
    ]


def test_an_inverted_speaker_may_open_with_a_title_before_a_name():
    assert quotes_of("“The bridge is safe,” said pollster Tom Lee.") == [
        ("“The bridge is safe,”", "direct", "said", "pollster Tom Lee")
    ]


def test_a_closing_mark_set_apart_after_a_nested_quotation_closes_the_quotation():
    assert quotes_of("\"She promised it would be 'open by May,' \" the mayor said.") == [
        ("\"She promised it would be 'open by May,' \"", "direct", "said", "the mayor")
    ]


def test_a_plural_possessive_in_an_aside_is_no_quotation_mark():
    assert quotes_of("“The bridge is safe,” Tom Lee, the builders' spokesman, said in a statement.") == [
        ("“The bridge is safe,”", "direct", "said in a statement", "Tom Lee, the builders' spokesman")
    ]


def test_a_question_put_may_say_when_it_was_asked_before_the_question():
    got = quotes_of("Asked on Monday whether the bridge would open in May, Ruiz shrugged.")
    assert ("whether the bridge would open in May", "indirect", "Asked", None) in got


def test_a_sign_or_a_statement_that_reads_a_quotation_is_its_cue():
    assert quotes_of("“The bridge is closed,” the sign read.") == [
        ("“The bridge is closed,”", "direct", "read", "the sign")
    ]


def test_made_it_clear_is_one_cue():
    assert quotes_of("The mayor made it clear that the bridge would stay closed.") == [
        ("the bridge would stay closed", "indirect", "made it clear", "The mayor")
    ]


def test_shot_back_is_one_cue():
    assert quotes_of("“Not this year,” the mayor shot back.") == [("“Not this year,”", "direct", "shot back", "the mayor")]


def test_a_no_break_space_between_a_quotation_and_its_speaker_keeps_them_together():
    assert quotes_of("“The bridge is safe,”\u00a0Ruiz said.") == [("“The bridge is safe,”", "direct", "said", "Ruiz")]


def test_a_short_sentence_after_a_question_may_go_on_after_a_comma():
    got = quotes_of("“Can the bridge open by May?” Ruiz asked, looking at the river.")
    assert got[0] == ("“Can the bridge open by May?”", "direct", "asked", "Ruiz")


def test_a_capitalised_verb_in_a_title_case_headline_is_a_cue():
    doc = newslens.parse("Mayor Slams Bridge Plan As Too Costly\n\nThe council met on Monday.")
    got = [(doc.text_of(a.data["cue"]), doc.text_of(a.data["speaker"])) for a in QuotesAnalyser().analyse(doc)]
    assert got == [("Slams", "Mayor")]


def test_a_capitalised_word_in_a_sentence_case_headline_is_no_cue():
    doc = newslens.parse("Mayor Slams the bridge plan\n\nThe council met on Monday.")
    assert QuotesAnalyser().analyse(doc) == []


def test_a_capitalised_verb_in_a_title_case_subhead_is_a_cue():
    got = quotes_of("The week in review.\n\nMayor Slams Bridge Plan As Too Costly")
    assert [(cue, speaker) for _, _, cue, speaker in got] == [("Slams", "Mayor")]


def test_reportedly_vouches_for_its_clause_without_a_speaker():
    assert quotes_of("The builder has reportedly asked for more money.") == [
        ("The builder has reportedly asked for more money", "indirect", "reportedly", None)
    ]


def _cue_words(text: str, lo: int = 0, hi: int | None = None) -> list[str]:
    return [c.group() for c in find_cues(text, lo, len(text) if hi is None else hi)]


def test_a_cue_word_inside_a_longer_word_or_joined_by_a_hyphen_or_apostrophe_is_no_cue():
    assert _cue_words("unsaid saidx well-said said-so ’said said’s said5 saidé") == []


def test_a_cue_word_before_an_apostrophe_that_opens_no_letter_is_a_cue():
    assert _cue_words("they said’ and left") == ["said"]


def test_a_cue_word_before_an_underscore_is_a_cue_only_at_the_window_end():
    text = "he said_ then"
    assert (_cue_words(text), _cue_words(text, 0, 7)) == ([], ["said"])


def test_a_cue_word_cut_by_the_window_start_is_no_cue():
    assert _cue_words("unsaid", 2) == []


def test_every_repeat_of_a_cue_word_is_a_cue():
    assert [(c.start(), c.end()) for c in find_cues("said said,said", 0, 14)] == [(0, 4), (5, 9), (10, 14)]


def test_a_paragraph_without_quotations_reads_its_sentences_stretched_to_its_ends():
    text = "  One. Two. Three.  "
    assert _units(text, (0, 20), [(2, 6), (7, 11), (12, 18)], []) == [(0, 6), (7, 11), (12, 20)]


def test_a_sentence_opening_inside_a_quotation_joins_the_one_before():
    text = "He said “Stop. Now.” Then left."
    assert _units(text, (0, 31), [(0, 14), (15, 20), (21, 31)], [(8, 20)]) == [(0, 20), (21, 31)]


def test_the_rarer_readings_are_looked_for_only_in_a_text_that_holds_their_words():
    assert _rarer_words("A Gallup poll. Asked why, she laughed.") == (True, True, False)
    assert _rarer_words("He reportedly left.") == (False, False, True)


def test_an_apostrophe_inside_a_word_opens_no_quotation():
    text = "Ruiz's aide said 'we won't stop' today"
    assert [q.parts for q in find_quotations(text, [(0, len(text))])] == [((17, 32),)]
