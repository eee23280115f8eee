"""The figures analyser: one annotation per number an article states."""

from __future__ import annotations

import pytest

import newslens
from newslens.analysers.figures import FiguresAnalyser
from newslens.analysers.figures.scanning import scan

ANALYSER = FiguresAnalyser()


def found(text: str):
    """The parsed document and the figures the analyser returns for it."""
    doc = newslens.parse(text)
    return doc, list(ANALYSER.analyse(doc).annotations)


def figures(text: str) -> list[tuple[str, str, object]]:
    """(words, label, value) of every figure in ``text``."""
    doc, anns = found(text)
    return [(doc.text[a.start : a.end], a.label, a.data["value"]) for a in anns]


def figure(text: str) -> tuple[str, str, object]:
    """(words, label, value) of the only figure in ``text``."""
    got = figures(text)
    assert len(got) == 1, got
    return got[0]


def data(text: str) -> dict:
    """The data of the only figure in ``text``."""
    doc, anns = found(text)
    assert len(anns) == 1, [(doc.text[a.start : a.end], a.label) for a in anns]
    return dict(anns[0].data)


# --- the seed article ------------------------------------------------------------------


def test_seed_article_figures(seed_text):
    doc, anns = found(seed_text)
    got = [(doc.text[a.start : a.end], a.label, a.data["value"], a.data["counted"]) for a in anns]
    assert got == [
        ("two", "number", 2, "unnamed sources"),
        ("one", "number", 1, "source"),
        ("second", "ordinal", 2, None),
        ("four days", "duration", 4, None),
        ("two", "number", 2, "tank landing ships"),
        ("four-year", "duration", 4, "war"),
        ("250,000", "number", 250000, "killed"),
        ("millions", "number", 1000000, "displaced"),
    ]


def test_seed_article_millions_is_approximate(seed_text):
    doc, anns = found(seed_text)
    vague = [a for a in anns if doc.text[a.start : a.end] == "millions"][0]
    assert (vague.data["approximate"], vague.data["bound"]) == (True, "min")


def test_analyser_declares_its_layer():
    a = FiguresAnalyser()
    assert (a.name, a.produces, a.requires) == ("figures", "figures", ())


# --- digits ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words, value",
    [
        ("The fund held 250,000 ballots.", "250,000", 250000),
        ("The index rose 1.5 on Friday.", "1.5", 1.5),
        ("It fell to -3 overnight.", "-3", -3),
        ("The ratio was 3/4 last year.", "3/4", 0.75),
        ("The tally reached 1,234.5 by noon.", "1,234.5", 1234.5),
    ],
)
def test_digits_are_numbers(text, words, value):
    assert figure(text) == (words, "number", value)


@pytest.mark.parametrize(
    "text, words, value",
    [
        ("The city has 1.5 million residents.", "1.5 million", 1500000),
        ("Some 2.33 k posts were removed.", "2.33 k", 2330),
        ("Exports reached 4bn units.", "4bn", 4000000000),
        ("The board counted 10k signatures.", "10k", 10000),
    ],
)
def test_digits_with_a_multiplier_are_multiplied(text, words, value):
    assert figure(text)[::2] == (words, value)


def test_a_mixed_fraction_is_one_number():
    assert figure("The pipe is 10 1/2 inches wide.") == ("10 1/2 inches", "quantity", 10.5)


# --- words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words, value",
    [
        ("Two reporters left.", "Two", 2),
        ("The panel has twenty-five members.", "twenty-five", 25),
        ("The ship carried one hundred and thirty sailors.", "one hundred and thirty", 130),
        ("They ordered a dozen eggs.", "a dozen", 12),
        ("The march drew half a million people.", "half a million", 500000),
        ("The survey heard three thousand two hundred voices.", "three thousand two hundred", 3200),
    ],
)
def test_number_words_are_read(text, words, value):
    assert figure(text)[::2] == (words, value)


@pytest.mark.parametrize(
    "text, words, value",
    [
        ("Three quarters of the staff agreed.", "Three quarters", 0.75),
        ("A third of the votes were lost.", "A third", 0.333333333333333),
        ("The bill passed with two thirds of the seats.", "two thirds", 0.666666666666667),
        ("The well is one and a half metres deep.", "one and a half metres", 1.5),
    ],
)
def test_fractions_are_read(text, words, value):
    assert figure(text)[::2] == (words, value)


def test_a_third_before_a_noun_is_an_ordinal():
    assert figure("She won a third term.") == ("a third", "ordinal", 3)


def test_vague_amount_is_approximate():
    d = data("Thousands of people marched.")
    assert (d["value"], d["approximate"], d["bound"], d["counted"]) == (1000, True, "min", "people")


# --- ordinals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words, value",
    [
        ("It was the second vote this week.", "second", 2),
        ("The 21st amendment was read aloud.", "21st", 21),
        ("The twenty-first session opened.", "twenty-first", 21),
    ],
)
def test_ordinals(text, words, value):
    assert figure(text) == (words, "ordinal", value)


# --- percents ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, words", [
    ("Turnout was 30% this time.", "30%"),
    ("Turnout was 30 percent this time.", "30 percent"),
    ("Turnout was 30 per cent this time.", "30 per cent"),
    ("Turnout was thirty percent this time.", "thirty percent"),
])
def test_percents_carry_the_number_before_the_sign(text, words):
    assert figure(text) == (words, "percent", 30)


def test_a_point_jump_is_not_a_percent():
    assert figure("Polls showed a 12-point jump.") == ("12", "number", 12)


# --- money -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words, value, currency",
    [
        ("The deal was worth $75 million.", "$75 million", 75000000, "USD"),
        ("The deal was worth $ 75 million.", "$ 75 million", 75000000, "USD"),
        ("Tickets cost £20 each.", "£20", 20, "GBP"),
        ("The club paid €3m for him.", "€3m", 3000000, "EUR"),
        ("The club paid US$5 for it.", "US$5", 5, "USD"),
        ("It cost C$ 100 to enter.", "C$ 100", 100, "CAD"),
        ("The bank lent 20 million euros.", "20 million euros", 20000000, "EUR"),
        ("It sold 125 million Australian dollars of bonds.", "125 million Australian dollars", 125000000, "AUD"),
        ("Shares rose $2.3bn in value.", "$2.3bn", 2300000000, "USD"),
        ("The fine was 5,000 yen.", "5,000 yen", 5000, "JPY"),
    ],
)
def test_money_has_value_and_iso_code(text, words, value, currency):
    assert (figure(text), data(text)["currency"]) == ((words, "money", value), currency)


def test_cents_keep_their_minor_unit():
    assert (figure("Stamps rose 50 cents."), data("Stamps rose 50 cents.")["unit"]) == (("50 cents", "money", 50), "cent")


def test_pounds_of_millions_are_money():
    assert data("Profit was 361 million pounds.")["currency"] == "GBP"


def test_pounds_alone_weigh():
    assert data("The baby weighs seven pounds.")["unit"] == "pound"


# --- quantities --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words, value, unit",
    [
        ("The storm crossed 10 miles of coast.", "10 miles", 10, "mile"),
        ("A 3-inch gap opened.", "3-inch", 3, "inch"),
        ("The boxer weighs 200lbs.", "200lbs", 200, "pound"),
        ("A ton is 2,204.62 pounds here.", "2,204.62 pounds", 2204.62, "pound"),
        ("Samples had 37.8 microgrammes of lead.", "37.8 microgrammes", 37.8, "microgram"),
        ("The car reached 120 km/h on the bridge.", "120 km/h", 120, "kilometre per hour"),
    ],
)
def test_quantities_have_a_unit(text, words, value, unit):
    assert (figure(text), data(text)["unit"]) == ((words, "quantity", value), unit)


def test_an_everyday_word_is_no_unit():
    assert figures("They met 2 in April.") == [("2", "number", 2)]


def test_lower_case_m_is_metres_and_upper_case_m_is_millions():
    assert figures("The wall is 3m tall and cost 3M.") == [("3m", "quantity", 3), ("3M", "number", 3000000)]


# --- durations and ages ------------------------------------------------------------------


def test_a_hyphenated_duration_says_what_it_is_of():
    d = data("The four-year war ended.")
    assert (figure("The four-year war ended."), d["unit"], d["counted"]) == (("four-year", "duration", 4), "year", "war")


def test_an_age():
    assert (figure("A 45-year-old man was held."), data("A 45-year-old man was held.")["unit"]) == (("45-year-old", "age", 45), "year")


# --- ranges, hedges, bounds --------------------------------------------------------------


def test_between_and_is_a_range():
    d = data("Between 10 and 20 people came.")
    assert (figure("Between 10 and 20 people came.")[:2], d["low"], d["high"], d["kind"]) == (("10 and 20", "range"), 10, 20, "number")


def test_a_hyphen_between_digits_is_a_range():
    d = data("Polls gave him 10-20 seats.")
    assert (figure("Polls gave him 10-20 seats.")[:2], d["low"], d["high"]) == (("10-20", "range"), 10, 20)


def test_a_range_of_money_keeps_its_currency():
    d = data("Bids of $10-20 came in.")
    assert (d["kind"], d["currency"], d["low"], d["high"]) == ("money", "USD", 10, 20)


@pytest.mark.parametrize(
    "text, bound, approximate",
    [
        ("Up to 5,000 troops were sent.", "max", False),
        ("At least 14 people died.", "min", False),
        ("More than 300 homes burned.", "min", False),
        ("About 40 cars were towed.", None, True),
        ("Nearly 90 ships sailed.", "max", True),
    ],
)
def test_hedges_set_bound_and_approximate(text, bound, approximate):
    d = data(text)
    assert (d["bound"], d["approximate"]) == (bound, approximate)


def test_what_is_counted_is_the_noun_after():
    assert data("Rebels seized three armoured vehicles.")["counted"] == "armoured vehicles"


def test_without_a_noun_the_verb_before_is_what_is_counted():
    assert data("The flood killed 300 and spared none.")["counted"] == "killed"


def test_one_over_three_is_a_ratio():
    assert figures("One out of three voters stayed home.") == [("One out of three", "number", 0.333333333333333)]


# --- what is not an amount ---------------------------------------------------------------


def test_years_and_dates_are_labelled_apart():
    assert figures("On March 3, 2019 the law of 1998 was repealed.") == [
        ("March 3, 2019", "date", None),
        ("1998", "year", 1998),
    ]


def test_times_of_day_are_labelled_time():
    assert figures("The vote closed at 10:30 pm.") == [("10:30 pm", "time", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Call 555-201-3344 for tickets.",
        "The server at 10.0.0.12 went down.",
        "Version 3.11.2 fixed the bug.",
        "Air Force One landed.",
        "COVID-19 spread quickly.",
        "The G7 met in June.",
        "Under Section 230 platforms are shielded.",
        "No one answered.",
        "The one you mentioned is gone.",
        "One of them resigned.",
        "Visit https://example.org/2024/05 today.",
    ],
)
def test_look_alikes_are_not_figures(text):
    assert figures(text) == []


def test_one_before_a_noun_counts():
    assert figures("Only one senator voted no.") == [("one", "number", 1)]


def test_headlines_in_title_case_keep_their_numbers():
    assert figures("Senate Passes Bill After Two Days\n\nThe vote was close.") == [("Two Days", "duration", 2)]


def test_values_are_json_numbers():
    doc = newslens.analyse("It cost $1.25 and weighed 3 kg.", strict=True, layers=["figures"])
    assert [a["data"]["value"] for a in doc.to_dict()["layers"]["figures"]["annotations"]] == [1.25, 3]


def test_a_long_line_of_digits_and_words_is_read_in_time():
    assert len(figures("one two three 4 5 6 " * 3000)) == 18000


def test_a_number_past_a_floats_precision_keeps_its_exact_digits():
    assert figures("Tweet 699320266804092929 was deleted.") == [("699320266804092929", "number", 699320266804092929)]


def test_a_number_too_long_for_an_int_keeps_its_digits_as_a_string():
    digits = "9" * 5000
    assert figures(f"The tally was {digits} votes.") == [(digits, "number", digits)]


def test_plus_or_minus_is_a_margin_not_a_sign():
    assert figures("The margin is plus or minus 3 points.") == [("3", "number", 3)]


def test_a_sentence_after_a_capitalised_word_keeps_its_number_word():
    assert figures("They back Sanders. Nine in 10 voters agree.") == [("Nine in 10", "number", 0.9)]


def test_a_mixed_fraction_with_a_multiplier_is_read():
    assert figures("Output hit 1/2 bn barrels.") == [("1/2 bn barrels", "quantity", 500000000)]


def test_a_number_word_after_a_dash_is_found():
    assert figures("The result—two seats—surprised them.") == [("two", "number", 2)]


def test_one_in_five_is_a_ratio():
    assert figures("One in five adults smokes.") == [("One in five", "number", 0.2)]


def test_an_attached_short_unit_is_read_before_a_word():
    assert figures("It reached 40C on Tuesday.") == [("40C", "quantity", 40)]


def test_a_change_from_cents_to_dollars_is_no_range():
    assert figures("Oil rose 2 cents to $85.50 a barrel.") == [("2 cents", "money", 2), ("$85.50", "money", 85.5)]


def test_a_model_number_after_a_product_name_is_not_a_figure():
    assert figures("The iPhone 15 launched.") == []


def test_by_this_to_that_is_a_change_not_a_range():
    assert figures("Seats grew by 10 to 20.") == [("10", "number", 10), ("20", "number", 20)]


def test_a_scale_word_then_first_is_no_compound_ordinal():
    assert figures("It sold $280 million first mortgage notes.") == [
        ("$280 million", "money", 280000000),
        ("first", "ordinal", 1),
    ]


def test_a_before_a_hyphenated_measure_is_no_numerator():
    assert figures("It took a three-foot trip.") == [("three-foot", "quantity", 3)]


def test_one_before_a_unit_is_a_quantity_even_after_that():
    assert figures("That one mile was hard.") == [("one mile", "quantity", 1)]


def test_a_unit_with_an_exponent_is_no_serial_number():
    assert figures("The plot is 500m2.") == [("500m2", "quantity", 500)]


def test_dollars_and_cents_are_one_amount():
    assert figures("It only cost thirteen dollars and forty-five cents.") == [
        ("thirteen dollars and forty-five cents", "money", 13.45)
    ]


def test_a_count_after_dollars_is_not_cents():
    assert figures("It cost 5 dollars and 3 others paid.") == [("5 dollars", "money", 5), ("3", "number", 3)]


def test_aged_makes_an_age():
    assert figures("Voters aged 45 agreed.") == [("45", "age", 45)]


def test_what_is_counted_skips_an_adverb_and_its_participle():
    assert data("Voters left 35 randomly selected precincts.")["counted"] == "precincts"


def test_a_lower_case_iso_code_names_the_currency():
    assert (figures("They paid 2 million usd."), data("They paid 2 million usd.")["currency"]) == (
        [("2 million usd", "money", 2000000)],
        "USD",
    )


def test_a_code_that_is_a_word_is_no_currency():
    assert figures("The 3 cop cars left.") == [("3", "number", 3)]


@pytest.mark.parametrize("text, words", [
    ("Profits rose 30pc last year.", "30pc"),
    ("Profits rose 30 per-cent last year.", "30 per-cent"),
])
def test_british_percent_spellings(text, words):
    assert figures(text) == [(words, "percent", 30)]


def test_a_vulgar_fraction_is_read():
    assert figures("The trip took 2½ hours.") == [("2½ hours", "duration", 2.5)]


def test_a_scale_after_and_a_half_takes_the_whole():
    assert figures("Seven and a half million people voted.") == [("Seven and a half million", "number", 7500000)]


def test_a_scale_after_a_spoken_decimal_multiplies_it():
    assert figures("They raised two point five million.") == [("two point five million", "number", 2500000)]


def test_what_is_counted_stops_at_an_irregular_past_verb():
    assert data("The two women spoke at length.")["counted"] == "women"


def test_a_digit_newer_than_pythons_unicode_tables_is_no_figure_and_no_crash():
    doc = newslens.analyse("Headline\n\nThe count was \U00016d73 people and 5 dogs.", strict=True)
    assert [(doc.text_of(a), a.data["value"]) for a in doc["figures"]] == [("5", 5)]


# --- where a figure may start (scanning.scan) -------------------------------------------


def candidates(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where a figure may start (the first thing scan() tells)."""
    return scan(text, start, end)[0]


def starts(text: str) -> list[int]:
    """Where a figure may start in ``text``, taken as one paragraph."""
    return candidates(text, 0, len(text))


def test_digits_signs_and_points_before_digits_are_starts_in_an_ascii_paragraph():
    assert starts("-5 and .5, +44 and $3") == [0, 1, 7, 8, 11, 12, 19, 20]


def test_digits_and_vulgar_fractions_are_starts_in_a_paragraph_with_typographic_dashes():
    assert starts("Prices rose – 5½ percent — in “Rome”") == [14, 15]


def test_a_digit_past_u_ffff_is_a_start():
    assert starts("costs 𝟓 dollars") == [6]


def test_a_number_word_inside_curly_quotes_is_a_start():
    assert starts("“two,” he said") == [1]


def test_a_number_word_glued_to_a_prime_is_no_start():
    assert starts("two′s") == []


def test_a_number_word_joined_by_an_underscore_is_no_start():
    assert starts("two_three") == []


def test_number_words_in_capitals_are_starts():
    assert starts("TWO thirds") == [0, 4]


def test_number_words_between_typographic_quotes_and_dashes_are_starts():
    assert starts("“Two—three,” he said…") == [1, 5]


def test_a_letter_past_ascii_beside_typographic_quotes_keeps_number_words_and_digits_as_starts():
    assert starts("“Two—three,” he said in café 5") == [1, 5, 29]


def test_the_end_of_the_paragraph_ends_a_number_word_but_the_character_before_it_counts():
    assert (candidates("xtwo two", 1, 8), candidates("two twox", 0, 7)) == ([5], [0, 4])


# --- runs of number words: the shortcuts read them as the full grammar does ------------


def test_a_run_of_one_number_word_is_one_figure_per_word_each_counting_what_follows():
    doc, anns = found("They counted one one one apples.")
    assert [(doc.text[a.start : a.end], a.data["value"], a.data["counted"]) for a in anns] == [
        ("one", 1, "one one apples"),
        ("one", 1, "one apples"),
        ("one", 1, "apples"),
    ]


def test_a_run_of_different_number_words_reads_each_word_alone():
    assert [v for _, _, v in figures("They counted one two three four five six seven buses.")] == [1, 2, 3, 4, 5, 6, 7]


def test_zero_in_a_run_of_number_words_reads_as_zero():
    assert figures("They sent zero zero seven agents.") == [
        ("zero", "number", 0),
        ("zero", "number", 0),
        ("seven", "number", 7),
    ]


def test_a_number_word_before_a_compound_denominator_is_still_a_fraction():
    # "one" followed by "one hundred": not a lone word, the full grammar reads 1/105
    assert figures("It was one one hundred and fifth of the total.") == [
        ("one one hundred and fifth", "number", pytest.approx(1 / 105)),
    ]


def test_a_chain_parted_by_spaces_gives_the_tokens_the_pattern_gives():
    from newslens.analysers.figures.reading import _spaced_tokens, _tokens_by_pattern

    for text in ["one one one", "two hundred and five", "a third of a million", "Three Point Five", "one  two"]:
        assert _spaced_tokens(text, 0, len(text)) == _tokens_by_pattern(text, 0, len(text))


def test_a_chain_of_digits_and_number_words_parted_by_spaces_gives_the_tokens_the_pattern_gives():
    from newslens.analysers.figures.reading import _spaced_tokens, _tokens_by_pattern

    for text in ["20 million", "2008 and 2012", "5 hundred and 6", "1  billion", "$3 trillion"]:
        start = 1 if text.startswith("$") else 0
        assert _spaced_tokens(text, start, len(text)) == _tokens_by_pattern(text, start, len(text)), text


def test_digits_after_digits_or_after_a_point_are_left_to_the_pattern():
    from newslens.analysers.figures.reading import _spaced_tokens

    assert _spaced_tokens("1 234", 0, 5) is None  # one number with a thin space, to TOKEN
    assert _spaced_tokens("4000  3 hundred", 0, 15) is None
    assert _spaced_tokens(".5 million", 1, 10) is None
    assert _spaced_tokens("5 bn", 0, 4) is None  # a multiplier: one token with the digits


def test_a_chain_with_other_separators_or_a_word_beside_it_is_left_to_the_pattern():
    from newslens.analysers.figures.reading import _spaced_tokens

    assert _spaced_tokens("twenty-one", 0, 10) is None
    assert _spaced_tokens("one\tone", 0, 7) is None
    assert _spaced_tokens("xone two", 1, 8) is None  # a letter before: \b would look at it


def test_what_a_number_counts_is_its_words_joined_by_single_spaces():
    assert data("Five  small\tgreen  apples fell.")["counted"] == "small green apples"


def test_one_after_the_in_capitals_is_a_pronoun():
    assert figures("THE one he chose.") == []


def test_a_number_word_with_a_long_s_is_read_as_the_pattern_folds_it():
    # regex's case-insensitive match takes "ſ" for "s"; str.lower keeps it, so the
    # word was looked up as "ſix" and the analyser failed with KeyError.
    assert figures("They had twenty-ſix dogs.") == [("twenty-ſix", "number", 26)]


# --- paths that skip the full pattern or compile it in parts ---------------------------


def test_a_unit_in_brackets_is_read_as_the_unit():
    assert data("The wall is 12 (m) high.")["unit"] == "metre"


def test_a_unit_in_brackets_must_close_as_it_opened():
    assert data("The wall is 12 (m] high.")["unit"] is None


def test_millions_written_m_after_a_currency_sign_are_multiplied_even_after_a_bracketed_unit():
    assert figure("It cost €3m.")[2] == 3_000_000


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Sales were $5, the least.", "$5", 5),
        ("He paid $1,250 in all.", "$1,250", 1250),
        ("It rose 3.5 percent.", "3.5 percent", 3.5),
        ("The 1,250 voters stayed.", "1,250", 1250),
        ("It came to 5 bn in all.", "5 bn", 5_000_000_000),
        ("About 5 million people came.", "5 million", 5_000_000),
    ],
)
def test_digits_read_alone_or_with_what_follows_them(text, words, value):
    assert figure(text)[::2] == (words, value)


@pytest.mark.parametrize(("text", "label"), [("We met at 10 am on Friday.", "time"), ("We met on 4 May in Rome.", "date")])
def test_digits_before_a_time_or_month_word_are_no_plain_number(text, label):
    assert figure(text)[1] == label


def test_number_words_are_found_in_a_paragraph_past_ascii():
    assert figures("Déjà vu: twenty voters came.") == [("twenty", "number", 20)]


def test_what_is_counted_reads_on_past_ascii_into_accented_words():
    from newslens.analysers.figures.finding import find_figures

    text = "They opened 3 new cafés today."
    assert [f.data["counted"] for f in find_figures(text, 0, len(text))] == ["new cafés today"]


def test_a_run_of_number_words_is_one_figure_per_word_each_counting_the_words_after():
    from newslens.analysers.figures.finding import find_figures

    text = "They counted one one one apples."
    found = find_figures(text, 0, len(text))
    assert [(f.data["value"], f.data["counted"]) for f in found] == [
        (1, "one one apples"),
        (1, "one apples"),
        (1, "apples"),
    ]


# --- the figure patterns read by the stdlib re on plain text (newslens/plain.py) ------

_PLAIN_TEXT = (
    "In 2016 some 1,234,567 voters – about 45 percent – paid $3.5bn, or 2½ each;\u00a0at 10 am on "
    "4 May they met two hundred and thirty-five “experts” at 192.168.0.1 and 24/7, 5 km away, "
    "a 45-year-old, 3/4 of them, twenty-first, -5 C and 1990s.\x1c5\x1cmillion (km) 7_8"
)


def test_the_plain_figure_patterns_read_plain_text_as_regex_does_at_every_offset():
    from newslens.analysers.figures import grammar as g

    for pattern, plain_pattern in zip((g.FIGURE, g.SUFFIX), g.plain_patterns()):
        for i in range(len(_PLAIN_TEXT)):
            a, b = pattern.match(_PLAIN_TEXT, i), plain_pattern.match(_PLAIN_TEXT, i)
            assert (a and (a.lastgroup, a.regs)) == (b and (b.lastgroup, b.regs)), (
                _PLAIN_TEXT[i : i + 20]
            )


def test_a_figure_in_a_paragraph_past_plain_text_reads_as_in_a_plain_one():
    assert (
        figures("Ünder 5 km away.")[0][1:]
        == figures("Under 5 km away.")[0][1:]
        == ("quantity", 5)
    )


def test_the_plain_twin_of_after_words_reads_plain_text_as_after_words_at_every_offset():
    from newslens.analysers.figures import grammar as g
    from newslens.analysers.figures.finding import _PLAIN_WORDS_AFTER

    text = "5 tank-landing ships’ crews\tand  O'Neil’s men — 7 x y z w v, 3 “quoted” ones…\u00a0more"
    for i in range(len(text)):
        a, b = g.AFTER_WORDS.match(text, i), _PLAIN_WORDS_AFTER.match(text, i)
        assert (a and a.regs) == (b and b.regs), text[i : i + 20]


def test_the_words_after_a_figure_read_past_plain_text_by_after_words():
    from newslens.analysers.figures import grammar as g
    from newslens.analysers.figures.finding import _words_after

    text = "5 big Ünder cafés"
    assert _words_after(text, 1, len(text)).regs == g.AFTER_WORDS.match(text, 1).regs


# --- cheap looks before the patterns ------------------------------------------------------


def test_the_analyser_numbers_its_annotations_as_the_pipeline_would():
    doc, anns = found("Five men and 6 women met 7 times.")
    assert [a.id for a in anns] == ["figures-1", "figures-2", "figures-3"]


def test_a_sign_alone_is_a_start_in_a_paragraph_with_no_digit_or_number_word():
    assert starts("It cost $ nothing") == [8]


def test_what_stands_before_a_label_number_ends_with_one_of_the_label_ends():
    from newslens.analysers.figures import grammar as g

    for before in ["Section ", "Section No. ", "Room No.", "Jan. ", "March ", "Number ", "x#", "(Apt. "]:
        text = before + "5"
        m = g.NOT_AN_AMOUNT_BEFORE.match(text, 0, len(before))
        assert m and not m.group("code"), before
        assert text[: len(before)].rstrip().endswith(g.LABEL_ENDS), before


def test_a_room_number_is_no_amount_and_a_capital_word_before_a_number_is_no_label():
    assert figures("They met in Room 5 with Obama 44 times.") == [("44", "number", 44)]


def test_a_currency_code_in_capitals_or_small_letters_makes_money():
    assert [label for _, label, _ in figures("It cost USD 5 and usd 7 and Usd 9.")] == ["money", "money", "number"]
