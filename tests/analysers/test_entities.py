"""The entities analyser: one behaviour per test, on texts written for these tests and the seed article."""

from __future__ import annotations

import tracemalloc

import pytest
import regex

from newslens import Pipeline, parse
from newslens.analysers.entities import EntitiesAnalyser, names
from newslens.analysers.entities.lexicons import lexicons
from newslens.analysers.entities.lines import lines_holding
from newslens.analysers.entities.names import lone_non_names, run_pattern, runs
from newslens.analysers.entities.reading import (
    _CREDIT_WORD,
    _QUOTED_TITLE,
    _credit_lines,
    _lowercase_words,
    _quoted_title_spans,
    _second_title_word,
    _SmallLetterWords,
)
from newslens.demo import sample_text

HEADLINE = "A day of talks\n\n"


def run(body: str, headline: str = HEADLINE):
    """The entities of ``headline + body``, with their offsets moved into ``body``."""
    doc = Pipeline([EntitiesAnalyser()], strict=True)(headline + body)
    return [a for a in doc["entities"]], doc


def found(body: str, headline: str = HEADLINE) -> list[tuple[str, str]]:
    """(text, label) of every entity in ``body``."""
    annotations, doc = run(body, headline)
    return [(doc.text_of(a), a.label) for a in annotations]


def entity(body: str, surface: str, nth: int = 0):
    """The ``nth`` annotation whose text is ``surface``."""
    annotations, doc = run(body)
    return [a for a in annotations if doc.text_of(a) == surface][nth]


# --- people ------------------------------------------------------------------------------


def test_person_name_keeps_an_arabic_particle():
    assert found("The envoy met Bashar al-Assad in the capital.") == [
        ("Bashar al-Assad", "PERSON")
    ]


def test_person_name_keeps_a_dutch_particle():
    assert found("The orchestra played music by Ludwig van Beethoven all night.") == [
        ("Ludwig van Beethoven", "PERSON")
    ]


def test_person_name_keeps_a_hyphenated_given_name():
    assert found("The talks were led by Jean-Claude Juncker in Brussels.") == [
        ("Jean-Claude Juncker", "PERSON"),
        ("Brussels", "GPE"),
    ]


def test_person_name_keeps_initials():
    assert found("The new book by J.K. Rowling sold out in London.") == [
        ("J.K. Rowling", "PERSON"),
        ("London", "GPE"),
    ]


def test_person_name_keeps_a_suffix():
    assert found("The speech by Martin Luther King Jr. was replayed.") == [
        ("Martin Luther King Jr.", "PERSON")
    ]


def test_title_is_kept_out_of_the_name_and_given_as_role():
    kerry = entity("Secretary of State John Kerry spoke on Tuesday.", "John Kerry")
    assert (kerry.label, kerry.data["role"]) == ("PERSON", "Secretary of State")


def test_role_includes_the_body_before_a_lower_case_title():
    schultz = entity("White House spokesman Eric Schultz said so.", "Eric Schultz")
    assert schultz.data["role"] == "White House spokesman"


def test_the_body_before_a_title_is_not_copied_where_the_name_recurs():
    text = (
        "White House spokesman Eric Schultz said so. Later spokesman Eric Schultz left."
    )
    annotations, doc = run(text)
    roles = [a.data["role"] for a in annotations if doc.text_of(a) == "Eric Schultz"]
    assert roles == ["White House spokesman", "spokesman"]


def test_a_mention_moved_reads_alike_at_the_other_place():
    mention = names.Mention(4, 9, "GPE", "place", ["Paris"], pending=True)
    mention.surface = "Paris"
    moved = mention.moved(10)
    # Every attribute a mention has (its ``__slots__``, which a compiled class does not
    # show as such).
    fields = (
        "canonical",
        "decided",
        "end",
        "kind",
        "label",
        "outlet",
        "pending",
        "role",
        "start",
        "surface",
        "words",
    )
    assert set(getattr(names.Mention, "__slots__", fields)) == set(fields)
    assert [getattr(moved, k) for k in fields] == [
        getattr(mention, k) + 10 if k in ("start", "end") else getattr(mention, k)
        for k in fields
    ]


def test_person_without_a_title_has_no_role():
    assert (
        entity("The letter was signed by Maria Lopez last week.", "Maria Lopez").data[
            "role"
        ]
        is None
    )


def test_surname_alone_links_to_the_full_name():
    kerry = entity("John Kerry arrived early. Later, Kerry spoke.", "Kerry")
    assert (kerry.label, kerry.data["canonical"]) == ("PERSON", "John Kerry")


def test_surname_opening_a_sentence_links_to_the_full_name():
    kerry = entity("John Kerry arrived early. Kerry spoke later.", "Kerry")
    assert kerry.data["canonical"] == "John Kerry"


def test_surname_before_the_full_name_links_forward():
    assert (
        entity("Aides said Kerry was tired. John Kerry denied it.", "Kerry").data[
            "canonical"
        ]
        == "John Kerry"
    )


def test_possessive_is_left_out_of_the_span():
    assert found("The call by John Kerry’s team went well.") == [
        ("John Kerry", "PERSON")
    ]


def test_place_name_as_given_name_is_a_person():
    assert found("The decree was signed by Vladimir Putin on Friday.") == [
        ("Vladimir Putin", "PERSON")
    ]


# --- organisations ------------------------------------------------------------------------


def test_agencies_are_organisations():
    assert found(
        "The FBI and the Environmental Protection Agency opened inquiries."
    ) == [
        ("FBI", "ORG"),
        ("Environmental Protection Agency", "ORG"),
    ]


def test_companies_are_organisations_by_their_suffix():
    assert found("Shares of Acme Widgets Inc. and Globex Corp. rose.") == [
        ("Acme Widgets Inc.", "ORG"),
        ("Globex Corp.", "ORG"),
    ]


def test_parties_are_organisations():
    assert found("The Labour Party and the Democratic Party agreed.") == [
        ("Labour Party", "ORG"),
        ("Democratic Party", "ORG"),
    ]


def test_ministry_keeps_its_of_phrase():
    assert found("The officials at the Ministry of Defence said so.") == [
        ("Ministry of Defence", "ORG")
    ]


def test_courts_are_organisations():
    assert found("The Supreme Court ruled, and the High Court of Justice agreed.") == [
        ("Supreme Court", "ORG"),
        ("High Court of Justice", "ORG"),
    ]


def test_news_outlets_are_marked_as_outlets():
    annotations, doc = run(
        "Reuters and Fox News reported it, and so did MSN and the Inquisitr."
    )
    assert [(doc.text_of(a), a.label, a.data["outlet"]) for a in annotations] == [
        ("Reuters", "ORG", True),
        ("Fox News", "ORG", True),
        ("MSN", "ORG", True),
        ("Inquisitr", "ORG", True),
    ]


def test_the_post_is_an_outlet():
    post = entity("The figures were first reported by the Post on Sunday.", "Post")
    assert (post.label, post.data["outlet"]) == ("ORG", True)


def test_other_organisations_are_not_outlets():
    assert entity("The FBI declined to comment.", "FBI").data["outlet"] is False


def test_acronyms_are_organisations():
    assert found("Officials at NATO warned that ISIS was regrouping.") == [
        ("NATO", "ORG"),
        ("ISIS", "ORG"),
    ]


def test_aliases_in_brackets_are_one_entity():
    annotations, doc = run(
        "The army fought ISIS (also known as ISIL or the Islamic State) there."
    )
    assert [(doc.text_of(a), a.data["canonical"]) for a in annotations] == [
        ("ISIS", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("Islamic State", "Islamic State"),
    ]


def test_acronym_after_a_full_name_takes_it_as_canonical():
    nato = entity(
        "Leaders of the North Atlantic Treaty Organization (NATO) met.", "NATO"
    )
    assert nato.data["canonical"] == "North Atlantic Treaty Organization"


# --- places and groups ----------------------------------------------------------------


def test_countries_capitals_and_states_are_gpe_and_regions_loc():
    assert found(
        "Troops moved from Syria to Baghdad, and aid came from Texas and Europe to the Middle East."
    ) == [
        ("Syria", "GPE"),
        ("Baghdad", "GPE"),
        ("Texas", "GPE"),
        ("Europe", "LOC"),
        ("Middle East", "LOC"),
    ]


def test_nationalities_religions_and_parties_members_are_norp():
    assert found(
        "Russian and American diplomats, Sunni clerics and Democrats met."
    ) == [
        ("Russian", "NORP"),
        ("American", "NORP"),
        ("Sunni", "NORP"),
        ("Democrats", "NORP"),
    ]


def test_plural_nationality_is_norp():
    assert found("The Russians have decided to stay.") == [("Russians", "NORP")]


def test_languages_are_language():
    assert found("The statement was read out in Arabic.") == [("Arabic", "LANGUAGE")]


def test_laws_events_and_facilities_are_typed_by_their_last_word():
    assert found(
        "The Clean Air Act dates from after World War II, said a man at Heathrow Airport."
    ) == [
        ("Clean Air Act", "LAW"),
        ("World War II", "EVENT"),
        ("Heathrow Airport", "FAC"),
    ]


def test_town_with_a_score_is_a_team():
    assert found("Leicestershire 296 and Somerset 83, said the board.") == [
        ("Leicestershire", "ORG"),
        ("Somerset", "ORG"),
    ]


def test_country_with_a_score_stays_a_place():
    assert found("The final score was Italy 2 Spain 1, after extra time.") == [
        ("Italy", "GPE"),
        ("Spain", "GPE"),
    ]


# --- what is not an entity -------------------------------------------------------------


def test_ordinary_words_opening_sentences_are_not_entities():
    assert (
        found("Nevertheless, the talks went on. Likewise the vote failed. Many stayed.")
        == []
    )


def test_word_seen_in_lower_case_is_not_an_entity_when_it_opens_a_sentence():
    assert found("Buildup was slow. The buildup went on.") == []


def test_opener_written_in_small_letters_is_no_entity_even_where_context_types_it():
    # The apposition would type "Buildup", but the article writes it in small letters.
    assert found("Buildup, a company, was slow. The buildup went on.") == []
    assert found("Buildup, a company, was slow.") == [("Buildup", "ORG")]


def test_months_and_days_are_not_entities():
    assert found("On Monday in March the vote was held, and again in May.") == []


def test_the_and_pronouns_are_not_entities():
    assert found("The vote passed. He said It was over, and They agreed.") == []


def test_all_caps_shouting_is_not_an_entity():
    assert found("This is HUGE NEWS FOR EVERYONE today.") == []


def test_photo_credit_tail_is_skipped():
    assert found("John Kerry spoke in Paris. (AP Photo/Jane Doe)") == [
        ("John Kerry", "PERSON"),
        ("Paris", "GPE"),
    ]


def test_title_case_headline_keeps_only_known_names():
    got = found(
        "Russian troops are now in Syria.",
        headline="Russian Troops Start Fighting In Syria After Military Buildup\n\n",
    )
    assert got == [
        ("Russian", "NORP"),
        ("Syria", "GPE"),
        ("Russian", "NORP"),
        ("Syria", "GPE"),
    ]


def test_headline_in_capitals_keeps_known_names_with_their_canonical():
    annotations, doc = run(
        "Moscow said it was ready.", headline="RUSSIA WARNS NATO OVER SYRIA\n\n"
    )
    assert [(doc.text_of(a), a.label, a.data["canonical"]) for a in annotations] == [
        ("RUSSIA", "GPE", "Russia"),
        ("NATO", "ORG", "NATO"),
        ("SYRIA", "GPE", "Syria"),
        ("Moscow", "GPE", "Moscow"),
    ]


def test_headline_names_a_person_the_body_names_in_full():
    got = found("John Kerry called Moscow again.", headline="Kerry Calls Moscow\n\n")
    assert got == [
        ("Kerry", "PERSON"),
        ("Moscow", "GPE"),
        ("John Kerry", "PERSON"),
        ("Moscow", "GPE"),
    ]


# --- the seed article -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    doc = Pipeline([EntitiesAnalyser()], strict=True)(sample_text())
    return {(doc.text_of(a), a.label, a.data["canonical"]) for a in doc["entities"]}


def test_seed_people(seed):
    people = {(t, c) for t, label, c in seed if label == "PERSON"}
    assert people == {
        ("John Kerry", "John Kerry"),
        ("Kerry", "John Kerry"),
        ("Bashar al-Assad", "Bashar al-Assad"),
        ("Assad", "Bashar al-Assad"),
        ("Vladimir Putin", "Vladimir Putin"),
        ("Putin", "Vladimir Putin"),
        ("Eric Schultz", "Eric Schultz"),
    }


def test_seed_places(seed):
    assert {(t, label) for t, label, _ in seed if label in ("GPE", "LOC")} == {
        ("Syria", "GPE"),
        ("Iraq", "GPE"),
        ("U.S.", "GPE"),
        ("Crimea", "GPE"),
        ("Idlib", "GPE"),
        ("Europe", "LOC"),
        ("Middle East", "LOC"),
    }


def test_seed_organisations_link_isil_to_isis(seed):
    orgs = {(t, c) for t, label, c in seed if label == "ORG"}
    assert orgs == {
        ("Reuters", "Reuters"),
        ("Fox News", "Fox News"),
        ("MSN", "MSN"),
        ("Inquisitr", "Inquisitr"),
        ("White House", "White House"),
        ("ISIS", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("Islamic State", "Islamic State"),
    }


def test_seed_groups(seed):
    assert {t for t, label, _ in seed if label == "NORP"} == {
        "Russian",
        "Russians",
        "American",
        "Syrian",
        "Ukrainian",
    }


def test_seed_secretary_of_state_role():
    doc = Pipeline([EntitiesAnalyser()], strict=True)(sample_text())
    roles = {a.data["role"] for a in doc["entities"] if doc.text_of(a) == "John Kerry"}
    assert roles == {None, "U.S. Secretary of State"}


# --- the layer ----------------------------------------------------------------------------


def test_every_annotation_has_canonical_role_and_outlet():
    annotations, _ = run("Reuters said John Kerry met officials in Syria.")
    assert [sorted(a.data) for a in annotations] == [
        ["canonical", "outlet", "role"]
    ] * 3


def test_analyser_is_registered_as_a_builtin():
    from newslens.plugins import BUILTIN_PLUGINS

    assert "newslens.analysers.entities" in BUILTIN_PLUGINS


def test_analyser_never_changes_the_document():
    doc = parse(HEADLINE + "John Kerry spoke in Paris.")
    EntitiesAnalyser().analyse(doc)
    assert "entities" not in doc


def test_lexicons_load_once_and_stay_small():
    lexicons.cache_clear()
    tracemalloc.start()
    try:
        lexicons()
        size, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert lexicons() is lexicons()
    assert size < 8_000_000


def test_long_line_without_names_finds_nothing():
    assert found("word " * 20000 + "end.") == []


def test_a_results_line_opens_with_a_name_and_ends_with_a_score_or_a_bracket():
    from newslens.analysers.entities.linking import _may_list_results

    text = (
        "Redwood 3 Stonebridge 1\nRedwood 3 Stonebridge 1 (Kay 23)\n"
        "Redwood beat Stonebridge.\n- Redwood 3 Stonebridge 1"
    )
    got = []
    ls = 0
    for line in text.split("\n"):
        first = ls + next(k for k, ch in enumerate(line) if ch.isupper())
        got.append(_may_list_results(text, ls, ls + len(line), first))
        ls += len(line) + 1
    assert got == [True, True, False, False]


def test_sides_of_a_results_line_are_teams():
    assert found("The other results:\nRedwood 3 Stonebridge 1\n") == [
        ("Redwood", "ORG"),
        ("Stonebridge", "ORG"),
    ]


def test_name_with_shares_after_it_is_a_company():
    assert found("The supplier said Norvex shares fell sharply.") == [("Norvex", "ORG")]


def test_unknown_name_after_in_is_a_place():
    assert found("The protest took place in Karvassa on the day.") == [
        ("Karvassa", "GPE")
    ]


def test_lone_unknown_name_is_a_person():
    assert found("The plan was drafted by Halvorsen and signed later.") == [
        ("Halvorsen", "PERSON")
    ]


def test_name_of_a_place_keeps_its_of_phrase_when_its_head_says_what_it_is():
    assert found("He won the World Series of Golf in Ohio.") == [
        ("World Series of Golf", "EVENT"),
        ("Ohio", "GPE"),
    ]


def test_person_of_a_state_is_cut_at_of():
    assert found("A bill by Senator Kerry of Massachusetts passed.") == [
        ("Kerry", "PERSON"),
        ("Massachusetts", "GPE"),
    ]


def test_groups_of_nationalities_are_one_norp():
    assert found("The talks included Iraqi Kurds from the north.") == [
        ("Iraqi Kurds", "NORP")
    ]


def test_place_written_without_accents_is_found():
    assert found("The delegates flew to Montreal and then to Zurich.") == [
        ("Montreal", "GPE"),
        ("Zurich", "GPE"),
    ]


def test_one_word_shouted_in_capitals_is_not_an_acronym():
    assert found("The plan was a HUGE mistake, said NATO.") == [("NATO", "ORG")]


def test_names_joined_by_an_ampersand_are_an_organisation():
    assert found("The report was prepared by Keller & Marsh for the board.") == [
        ("Keller & Marsh", "ORG")
    ]


def test_word_that_only_ends_names_is_nothing_alone():
    assert found("The decision of the Party surprised few, said Ministry staff.") == []


def test_word_in_capitals_also_written_in_small_letters_is_not_an_acronym():
    assert found("The WHITE house was white, said NATO.") == [("NATO", "ORG")]


def test_brand_with_a_capital_inside_is_an_organisation():
    assert found("The clip was posted on YouTube, said a spokesman for DeSantis.") == [
        ("YouTube", "ORG"),
        ("DeSantis", "PERSON"),
    ]


def test_hyphenated_nationalities_are_norp():
    assert found("The singer is a Mexican-Peruvian artist.") == [
        ("Mexican-Peruvian", "NORP")
    ]


def test_title_in_quotation_marks_is_a_work_of_art():
    assert found("The singer performed “American Skin” for Hillary Clinton.") == [
        ("American Skin", "WORK_OF_ART"),
        ("Hillary Clinton", "PERSON"),
    ]


def test_quoted_name_already_known_stays_that_name():
    assert found("He now works for “Fox News” in New York.") == [
        ("Fox News", "ORG"),
        ("New York", "GPE"),
    ]


def test_one_capitalised_word_in_scare_quotes_is_not_a_name():
    assert found("Officials called the buildup “Unprecedented” on the day.") == []


def test_surname_that_is_also_a_title_links_to_the_full_name():
    king = entity("Richard King arrived. Later King left.", "King")
    assert (king.label, king.data["canonical"]) == ("PERSON", "Richard King")


def test_honorific_is_not_a_role():
    assert (
        entity("The letter from Mr. John Smith was read.", "John Smith").data["role"]
        is None
    )


def test_apposition_says_a_name_is_a_company():
    assert found(
        "The buyer was Norvex, a Hungarian packaging group, said the board."
    ) == [
        ("Norvex", "ORG"),
        ("Hungarian", "NORP"),
    ]


def test_apposition_says_a_name_is_a_town():
    assert found("The fighting reached Karvassa, a town in the north.") == [
        ("Karvassa", "GPE")
    ]


# --- how runs and lines are read (the fast paths give what the patterns give) ---------


def test_name_opening_with_a_particle_is_read_with_the_other_names():
    assert found("The envoy met al-Assad and Barack Obama in Paris.") == [
        ("al-Assad", "PERSON"),
        ("Barack Obama", "PERSON"),
        ("Paris", "GPE"),
    ]


def test_no_break_space_inside_a_name_keeps_one_name():
    assert found("The envoy met Barack\u00a0 Obama in Paris.") == [
        ("Barack\u00a0 Obama", "PERSON"),
        ("Paris", "GPE"),
    ]


def test_picture_credit_on_its_own_line_is_skipped():
    assert found("Leaders met in Paris.\nPhoto: Jane Doe/Reuters\nJane Doe spoke.") == [
        ("Paris", "GPE"),
        ("Jane Doe", "PERSON"),
    ]


def test_lines_holding_gives_each_line_once_up_to_its_line_break():
    text = "no sign\nphoto and photo\nend photo"
    assert lines_holding(regex.compile("photo"), text) == [(8, 23), (24, 33)]


def test_lines_holding_gives_nothing_without_the_sign():
    assert lines_holding(regex.compile("photo"), "no sign\nhere") == []


def test_small_letter_word_is_found_where_it_stands_alone():
    words = _SmallLetterWords("The WHITE house, the white-washed walls.")
    assert ("white" in words, "house" in words, "wash" in words) == (
        True,
        True,
        False,
    )


def test_small_letter_word_inside_others_only_is_not_written():
    # "white" stands only inside "whitewash" and after an apostrophe or a hyphen.
    assert "white" not in _SmallLetterWords("A whitewash, o'white, off-white.")


def test_small_letter_word_inside_many_others_is_answered_by_the_whole_set():
    text = " ".join(["whitewash"] * (_SmallLetterWords.TRIES + 5)) + " white"
    words = _SmallLetterWords(text)
    assert ("white" in words, "whit" in words, words.whole) == (
        True,
        False,
        _lowercase_words(text),
    )


def test_runs_are_those_the_run_pattern_finds():
    text = (
        "Messrs. Jones and Mr. Smith, Jr. met J. K. Rowling, O'Brien, McCain and "
        "Jean-Claude van der Berg of the Bank of England at St.Louis; NATO and "
        "Procter & Gamble sent Barack\u00a0 Obama to al-Assad, not Mrsx. Brown."
    )
    assert runs(text, 10.0) == [m.span() for m in run_pattern().finditer(text)]


def test_runs_without_a_particle_are_those_the_run_pattern_finds():
    text = "Messrs. Jones and Mr. Smith, Jr. met O'Brien and Jean-Claude in St. Louis."
    assert runs(text, 10.0) == [m.span() for m in run_pattern().finditer(text)]


def test_runs_of_a_long_text_are_those_the_run_pattern_finds():
    # Read in stretches of lines, a line longer than a stretch alone.
    line = "Barack Obama met Mr. Smith, Jr. and al-Assad in New York. "
    text = (
        line * (names.SHORT_STRETCH // len(line) + 3)
        + "\n"
        + "John Kerry\n" * 300
        + "x" * names.SHORT_STRETCH
        + " Bank of England\nEnd"
    )
    assert runs(text, 10.0) == [m.span() for m in run_pattern().finditer(text)]


def test_runs_beside_curly_quotation_marks_and_no_break_spaces_are_those_the_run_pattern_finds():
    # Read by the ASCII pattern: these characters are no letters to either engine.
    text = "“Barack Obama” met O’Brien — and Smith’s aide, ‘Mr. Jones’, in St. Louis…"
    assert runs(text, 10.0) == [m.span() for m in run_pattern().finditer(text)]


def test_runs_of_a_long_text_with_letters_beyond_ascii_are_those_the_run_pattern_finds():
    # The stretch holding "José" is read by ``regex``, the others by the ASCII pattern.
    line = "Barack Obama met Mr. Smith, Jr. in New York. "
    text = (
        line * (names.SHORT_STRETCH // len(line) + 3)
        + "\nJosé Álvarez met Émile Zola\n"
        + line * (names.SHORT_STRETCH // len(line) + 3)
    )
    assert runs(text, 10.0) == [m.span() for m in run_pattern().finditer(text)]


def test_the_re_twin_of_the_capital_run_pattern_finds_its_runs_in_text_it_reads():
    # ASCII with curly marks, dashes and no-break spaces: the twin's domain
    text = (
        "“Messrs. Jones” met McCain, O’Brien — D'Arcy, J. K. Rowling, U.S.A. and Mr.Smith;"
        "\u00a0Jean-Claude van der Berg of the Bank of England, Smith, Jr. at #NASA x-Ray."
    )
    assert not names._OTHER_CHARACTER.search(text)
    pattern = names._compiled(names._CAPITAL_RUN)
    assert [m.span() for m in names._plain_run().finditer(text)] == [
        m.span() for m in pattern.finditer(text)
    ]


def test_runs_that_open_with_a_capital_past_ascii_are_those_the_run_pattern_finds():
    # Read by regex's _CAPITAL_RUN: the first word's capital is read before the rest.
    text = "Émile Zola met Mc\u00c9wan, O’Ñeill, Ángel Di María, É. Ü. Ødegaard and Ms. Øye."
    assert runs(text, 10.0) == [m.span() for m in run_pattern().finditer(text)]


def test_every_connector_and_particle_opens_with_a_character_after_a_gap():
    # The run pattern tries connectors and words after a gap only before these.
    alternatives = regex.sub(
        r"\s|\(\?:|\)|\\", "", names._CONNECTOR + "|" + names._PARTICLES
    )
    firsts = {a[0] for a in alternatives.split("|") if a}
    assert firsts == {"&", "a", "b", "d", "e", "f", "i", "l", "o", "t", "u", "v"}
    assert all(regex.match(names._AFTER_GAP, c) for c in firsts)


@pytest.mark.parametrize(
    "run",
    [
        "Barack Obama",
        "Mr. Trump",
        "Sen. John McCain",
        "Mrs. Clinton",
        "Corp. Holdings",
        "J. K. Rowling",
        "Mr. J. Smith",
        "Dr. U.S. Army",
        "Messrs. Jones",
        "Mr.X Obama",
        "Bank of England",
        "Jean-Claude van der Berg",
        "Barack\u00a0 Obama",
        "Bank of the West",
        "Court of Appeal of Paris",
        "World War I",
        "José Peña Nieto",
        "Bank  of England",
        "Tom O'Brien",
        "Mr. J. K. Smith",
    ],
)
def test_words_of_a_run_are_those_the_token_pattern_reads(run):
    text = f"met {run} today"
    start, end = 4, 4 + len(run)
    assert names._tokens(text, start, end) == [
        (m.start(), m.end(), m.group(), m.lastgroup == "conn")
        for m in names._TOKEN.finditer(text, start, end)
    ]


@pytest.mark.parametrize(
    "word",
    [
        "NATO",
        "U.S.",
        "AT&T",
        "O'NEIL",
        "B-52",
        "Obama",
        "USA",
        "ABCDEFG",
        "É",
        "ÉTATS",
        "Ça",
        "X",
        "1990",
        "A.B.C.D.",
        "MÜNCHEN",
        "McCain",
        "ÀB",
        "AB’C",
    ],
)
def test_capitals_and_acronyms_are_read_as_their_patterns_read_them(word):
    assert (names._all_caps(word), names._is_acronym(word)) == (
        names._ALL_CAPS.match(word) is not None,
        names._ACRONYM.match(word) is not None and not word.endswith("."),
    )


def test_quoted_title_spans_among_many_marks_are_those_the_title_pattern_finds():
    from newslens.analysers.entities.reading import _FEW_MARKS

    text = '“American Skin” and "Fox News" ' * _FEW_MARKS + "“" * 1000 + '"Last One"'
    assert _quoted_title_spans(text) == [
        m.span("title") for m in _QUOTED_TITLE.finditer(text)
    ]


def test_a_quoted_sentence_cannot_hold_a_title_and_quoted_capitalised_words_may():
    text = '“The president said so”, “Return of the Legend”, “1984 Revisited”, “Alone”'
    opens = [text.index(q) for q in ("“The", "“Return", "“1984", "“Alone")]
    assert [_second_title_word(text, at, len(text)) for at in opens] == [
        False,
        True,
        True,
        False,
    ]
    assert _quoted_title_spans(text) == [
        m.span("title") for m in _QUOTED_TITLE.finditer(text)
    ]


def test_credit_lines_are_those_holding_a_credit_word_in_any_case():
    text = (
        "Photo here\nno sign\nan IMAGE and a PiCtUrE\npİcture\nCredits\n"
        "cicture, damage\nphotograph Image\nicture\nlast credit"
    )
    assert _credit_lines(text) == lines_holding(_CREDIT_WORD, text)


def test_credit_lines_without_dotted_capital_i_are_those_the_credit_word_gives():
    text = "Photo here\nno sign\nan IMAGE and a PiCtUrE\nCredits\ndamage\nicture\nx"
    assert _credit_lines(text) == lines_holding(_CREDIT_WORD, text)


def test_credit_lines_past_ascii_are_those_the_credit_word_gives():
    text = "José’s Photo — here\nnaïve\u212a IMAGE\nÉlan ïmage, crédit\n“Credit” ✓\nPicture"
    assert _credit_lines(text) == lines_holding(_CREDIT_WORD, text)


def test_text_without_credit_words_has_no_credit_lines():
    assert _credit_lines("Leaders met in Paris on Monday.\nThe talks ended.") == []


def test_lowering_makes_the_credit_letters_of_their_ascii_capitals_only():
    # What _credit_lines relies on: str.lower keeps each character where it stands
    # (but "İ") and makes no other character one of the credit words' letters.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    made = {c for c in every if c.lower() != c and set(c.lower()) & set("hotmagicurde")}
    assert made == set("HOTMAGICURDE") | {"\u0130"}
    assert [c for c in every if len(c.lower()) != 1] == ["\u0130"]


def test_quoted_title_spans_are_those_the_title_pattern_finds():
    text = (
        'He sang “American Skin” and "Return of the Legend", then "Fox News" said '
        '‘Born In 1984’ was “not a title”, x“Inside Words” and "“Twice Quoted”" '
        '"A" "B C"'
    )
    assert _quoted_title_spans(text) == [
        m.span("title") for m in _QUOTED_TITLE.finditer(text)
    ]


def test_ignoring_case_the_credit_letters_match_only_their_ascii_cases_and_dotted_i():
    # What _credit_lines relies on: no other character stands for these letters.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert set(regex.findall(r"(?i)[hotmagcurde]", every)) == set(
        "hotmagcurdeHOTMAGCURDE"
    )
    assert set(regex.findall(r"(?i)i", every)) == {"i", "I", "\u0130"}


def test_lone_non_names_are_ordinary_words_and_letters_not_lexicon_names():
    nothing = lone_non_names(lexicons())
    assert ("The" in nothing, "MONDAY" in nothing, "I" in nothing) == (True, True, True)
    assert ("Paris" in nothing, "NATO" in nothing, "Obama" in nothing) == (
        False,
        False,
        False,
    )


def test_words_of_a_run_are_those_the_name_word_pattern_reads():
    written = regex.compile(
        rf"(?P<conn>{names._CONNECTOR})(?=[ \u00a0])|(?P<word>{names._WORD})",
        regex.VERBOSE,
    )
    text = (
        "Messrs. Jones, Mr. Smith, Jr., J. K. Rowling of the Bank of England, O'Brien"
    )
    assert [(m.span(), m.lastgroup) for m in names._TOKEN.finditer(text)] == [
        (m.span(), m.lastgroup) for m in written.finditer(text)
    ]
