"""How the quotes analyser reads a unit once and answers every cue from that reading.

Tokens are read once per unit and cut into windows; names for antecedents are
scanned once per text; a content's cut is looked for only where a comma or a
semicolon stands. Each must give exactly what reading the window alone gives.
The texts are written for the test.
"""

from __future__ import annotations

import newslens
from newslens.analysers.quotes import QuotesAnalyser
from newslens.analysers.quotes.antecedents import LOOKBACK
from newslens.analysers.quotes.speakers import TOKEN, Tokens, _fast_token

HEAD = "Council weighs the river bridge\n\n"


def quotes_of(body: str) -> list[tuple[str, str, str | None, str | None]]:
    """(content, label, cue, speaker) of each attribution."""
    doc = newslens.parse(HEAD + body)
    return [
        (
            doc.text[a.start : a.end],
            a.label,
            doc.text_of(a.data["cue"]),
            doc.text_of(a.data["speaker"]),
        )
        for a in QuotesAnalyser().analyse(doc)
    ]


def antecedents_of(body: str) -> list[tuple[str | None, str | None]]:
    """(speaker, antecedent) of each attribution."""
    doc = newslens.parse(HEAD + body)
    return [
        (doc.text_of(a.data["speaker"]), doc.text_of(a.data["antecedent"]))
        for a in QuotesAnalyser().analyse(doc)
    ]


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _token_spans(tokens) -> list[tuple[int, int]]:
    """The spans of tokens as the unit's reading gives them: (word, start, end)."""
    return [(start, end) for _, start, end in tokens]


def _alone(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return _spans(TOKEN.finditer(text, a, b))


def _assert_every_window_reads_as_alone(text: str) -> None:
    words = Tokens(text, 0, len(text))
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert _token_spans(words.between(a, b)) == _alone(text, a, b), (a, b)


# --- tokens: one reading per unit, cut into windows ------------------------------------


def test_every_window_of_a_unit_gets_the_tokens_a_scan_of_it_alone_gets():
    text = "Sen. John F. Kennedy (D-Mass.) told U.S. reporters St.Louis’s 3.5% rise, O’Malley said."
    _assert_every_window_reads_as_alone(text)


def test_a_window_ending_right_after_an_initial_reads_a_letter_and_a_full_stop():
    text = "John F. Kennedy said"
    words = Tokens(text, 0, len(text))
    assert [t[0] for t in words.between(0, len(text))][:3] == [
        "John",
        "F.",
        "Kennedy",
    ]
    assert [t[0] for t in words.between(0, 7)] == ["John", "F", "."]


def test_a_window_ending_on_an_initial_read_first_leaves_it_whole_for_a_longer_window():
    text = "The mayor and the council said they, F. Tuesday went"
    after_initial = text.index("F.") + 2
    words = Tokens(text, 0, len(text))
    assert [t[0] for t in words.between(0, after_initial)][-2:] == ["F", "."]
    assert [t[0] for t in words.between(0, len(text))][-3:] == ["F.", "Tuesday", "went"]


def test_a_window_cutting_into_a_title_reads_on_from_the_cut():
    text = "St.Louis mayor said"
    words = Tokens(text, 0, len(text))
    assert [t[0] for t in words.between(0, len(text))][:2] == ["St.", "Louis"]
    assert [t[0] for t in words.between(1, len(text))] == [
        "t.Louis",
        "mayor",
        "said",
    ]


def test_a_unit_with_characters_past_the_fast_range_gets_the_same_tokens():
    text = "Müller’s “東京” visit, the minister said."
    _assert_every_window_reads_as_alone(text)


def test_the_fast_tokens_agree_with_token_on_every_character_below_u3000():
    fast = _fast_token()
    for cp in range(0x3000):
        c = chr(cp)
        text = f"A{c}b. {c}F. {c}U.S.{c} x{c}’s {c}"
        assert _spans(fast.finditer(text)) == _spans(TOKEN.finditer(text)), hex(cp)


# --- antecedents: one scan of the text for all speakers ---------------------------------


def test_a_pronoun_takes_the_part_of_a_name_its_lookback_window_still_holds():
    opening = "Maria Elena Ruiz arrived. "
    filler = "x " * 1600
    quote = "“Yes,” he said."
    body = opening + filler + quote
    speaker_at = len(HEAD) + body.index("he said")
    cut = speaker_at - LOOKBACK
    shift = cut - (len(HEAD) + 2)  # the window should start two letters into "Maria"
    body = opening + filler[: len(filler) - shift] + quote
    assert antecedents_of(body) == [("he", "Elena Ruiz")]


def test_a_pronoun_takes_the_whole_name_when_its_lookback_window_holds_it():
    assert (
        antecedents_of("Maria Elena Ruiz arrived. " + "“Yes,” he said. " * 3)
        == [("he", "Maria Elena Ruiz")] * 3
    )


def test_a_role_speaker_finds_the_name_after_its_role_only_within_the_lookback():
    body = (
        "Mayor Ana Ruiz opened the session. “Yes,” the mayor said. "
        + "x " * 1550
        + "“No,” the mayor said."
    )
    assert antecedents_of(body) == [("the mayor", "Ana Ruiz"), ("the mayor", None)]


# --- dense units: every cue still read ---------------------------------------------------


def test_a_paragraph_of_cues_without_a_full_stop_gives_an_attribution_to_each_cue_that_has_content():
    # each cue after "and", out of the clause before it: a cue inside that clause would be part of its content
    assert quotes_of("the mayor said the bridge is old and " * 3) == [
        ("the bridge is old", "indirect", "said", "the mayor"),
        ("the bridge is old", "indirect", "said", "the mayor"),
        ("the bridge is old and", "indirect", "said", "the mayor"),
    ]


def test_a_run_of_short_quoted_sentences_gives_one_direct_quote_each():
    assert quotes_of("“Yes,” he said. " * 3) == [("“Yes,”", "direct", "said", "he")] * 3


def test_a_cue_that_opens_a_new_clause_ends_the_content_before_it():
    assert quotes_of(
        "The mayor said the bridge would open in May, and the governor said it would not."
    ) == [
        ("the bridge would open in May", "indirect", "said", "The mayor"),
        ("it would not", "indirect", "said", "the governor"),
    ]


def test_a_stance_inside_what_was_said_does_not_end_the_content():
    assert quotes_of(
        "The mayor said the bridge would open, the governor believes it will not."
    ) == [
        (
            "the bridge would open, the governor believes it will not",
            "indirect",
            "said",
            "The mayor",
        ),
        ("it will not", "indirect", "believes", "the governor"),
    ]


def test_a_content_is_cut_at_a_semicolon():
    assert quotes_of(
        "The mayor said the bridge would open in May; the council disagreed."
    ) == [("the bridge would open in May", "indirect", "said", "The mayor")]


def test_a_content_without_comma_or_semicolon_runs_to_the_end_of_its_sentence():
    assert quotes_of(
        "The mayor said the bridge would open in May and the council agreed with him."
    ) == [
        (
            "the bridge would open in May and the council agreed with him",
            "indirect",
            "said",
            "The mayor",
        )
    ]


def test_a_content_is_cut_at_a_comma_before_while():
    assert quotes_of(
        "The mayor said the bridge would open in May, while the council wanted June."
    ) == [("the bridge would open in May", "indirect", "said", "The mayor")]


def test_a_content_is_cut_at_a_comma_before_but_and_a_name():
    assert quotes_of(
        "The mayor said the bridge would open in May, but Ruiz doubted it."
    ) == [("the bridge would open in May", "indirect", "said", "The mayor")]


def test_a_cut_before_and_without_a_comma_is_found_like_one_after_a_comma():
    # _CUT's "and said/argued ..." needs no comma: the search for cuts must start at
    # the white space before "and" too, or "she said" takes "- and argued for ..."
    text = (
        "Ms. Ortiz also praised the council's ''steady hand'' - ''a hand that builds bridges, "
        "not walls,'' she said - and argued for keeping the budget as it is."
    )
    assert [(q[0], q[2]) for q in quotes_of(text)] == [
        ("the council's ''steady hand'' - ''a hand that builds bridges, not walls,'' she said -", "also praised"),
        ("keeping the budget", "argued for"),
    ]


def test_every_title_before_a_speaker_name_is_left_out_of_the_name():
    from newslens.analysers.quotes.antecedents import _name_in

    text = "said Former Mayor Ana Ruiz"
    start, end = _name_in(text, (5, len(text)))
    assert text[start:end] == "Ana Ruiz"


def test_a_title_before_a_name_of_two_letters_stays_in_the_name():
    from newslens.analysers.quotes.antecedents import _name_in

    text = "said Mayor Al"
    start, end = _name_in(text, (5, len(text)))
    assert text[start:end] == "Mayor Al"
