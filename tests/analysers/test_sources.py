"""The sources analyser: one annotation per distinct source the article relies on.

The ``quotes`` and ``entities`` layers it reads are stubbed here with tiny analysers
that return hand-made annotations, so each test states exactly what those layers
found and checks only what the sources analyser makes of it.
"""

from __future__ import annotations

from newslens import Analyser, Annotation, Pipeline, Span
from newslens.analysers.sources import SourcesAnalyser
from newslens.analysers.sources.mentions import Extent, Mention, person_mention
from newslens.demo import SAMPLE as SEED


class Stub(Analyser):
    """A layer made by hand: returns the annotations it was given."""

    version = "test"

    def __init__(self, layer: str, annotations=()):
        self.name = self.produces = layer
        self.annotations = list(annotations)

    def analyse(self, doc):
        return self.annotations


def at(text: str, words, nth: int = 1) -> Span:
    """The span of the ``nth`` occurrence of ``words`` in ``text`` (``words`` may be a
    ``(words, nth)`` pair)."""
    if isinstance(words, tuple):
        words, nth = words
    start = -1
    for _ in range(nth):
        start = text.index(words, start + 1)
    return Span(start, start + len(words))


def quote(text, content, *, speaker=None, cue=None, antecedent=None, label="indirect"):
    """A quotes-layer annotation as the quotes analyser would make it."""
    span = at(text, content)
    return Annotation(
        span.start,
        span.end,
        label=label,
        data={
            "cue": at(text, cue) if cue else None,
            "speaker": at(text, speaker) if speaker else None,
            "antecedent": at(text, antecedent) if antecedent else None,
            "source": None,
        },
    )


def entity(text, words, label, *, canonical=None, role=None, outlet=False, nth=1):
    """An entities-layer annotation as the entities analyser would make it."""
    span = at(text, words, nth)
    return Annotation(
        span.start, span.end, label=label, data={"canonical": canonical or words, "role": role, "outlet": outlet}
    )


def run(text, quotes=(), entities=()):
    """Parse ``text`` and run the sources analyser on the stubbed layers."""
    return Pipeline([Stub("quotes", quotes), Stub("entities", entities), SourcesAnalyser()], strict=True)(text)


def table(doc):
    """Each source as (id, label, text, name, role, count, via, mentions, quotes)."""
    return [
        (
            s.id,
            s.label,
            doc.text_of(s),
            s.data["name"],
            s.data["role"],
            s.data["count"],
            s.data["via"],
            [doc.text_of(m) for m in s.data["mentions"]],
            list(s.data["quotes"]),
        )
        for s in doc["sources"]
    ]


# --- kinds -------------------------------------------------------------------------


def test_a_titled_name_is_a_person_with_name_and_role():
    text = "Talks stall\n\nWhite House spokesman Eric Schultz said that the offer was not acceptable."
    doc = run(text, [quote(text, "the offer was not acceptable", speaker="White House spokesman Eric Schultz", cue="said")])
    assert table(doc) == [
        (
            "sources-1", "person", "White House spokesman Eric Schultz", "Eric Schultz", "White House spokesman",
            None, None, ["White House spokesman Eric Schultz"], ["quotes-1"],
        )
    ]


def test_a_capitalised_body_with_the_article_is_an_organization():
    text = "Troops move\n\nThe Pentagon said the troops would stay."
    doc = run(text, [quote(text, "the troops would stay", speaker="The Pentagon", cue="said")])
    assert [(s.label, s.data["name"], s.data["role"]) for s in doc["sources"]] == [("organization", "Pentagon", None)]


def test_a_generic_body_is_an_organization_without_a_name():
    text = "Plan backed\n\nThe government has insisted that the plan will work."
    doc = run(text, [quote(text, "the plan will work", speaker="The government", cue="has insisted")])
    assert [(s.label, s.data["name"], s.data["role"]) for s in doc["sources"]] == [("organization", None, "government")]


def test_a_news_outlet_speaker_is_an_outlet():
    text = "Buildup grows\n\nFox News reported that the buildup is growing."
    doc = run(text, [quote(text, "the buildup is growing", speaker="Fox News", cue="reported")])
    assert [(s.label, s.data["name"], s.data["quotes"]) for s in doc["sources"]] == [("outlet", "Fox News", ("quotes-1",))]


def test_an_outlet_flagged_by_the_entities_layer_is_an_outlet_though_not_in_our_list():
    text = "Storm nears\n\nThe Daily Planet reported that the storm is near."
    doc = run(
        text,
        [quote(text, "the storm is near", speaker="The Daily Planet", cue="reported")],
        [entity(text, "Daily Planet", "ORG", outlet=True)],
    )
    assert [(s.label, s.data["name"]) for s in doc["sources"]] == [("outlet", "Daily Planet")]


def test_a_short_outlet_name_is_the_full_outlet_named_in_the_article():
    text = (
        "Deal near\n\nThe Washington Post reported that a deal is near.\n\n"
        "According to the Post, the vote is Friday."
    )
    doc = run(text, [quote(text, "a deal is near", speaker="The Washington Post", cue="reported")])
    assert [(s.label, s.data["name"], [doc.text_of(m) for m in s.data["mentions"]]) for s in doc["sources"]] == [
        ("outlet", "The Washington Post", ["The Washington Post", "the Post"])
    ]


def test_documents_cited_are_document_sources():
    text = "Firm sued\n\nAccording to court filings, the firm hid its losses."
    doc = run(text)
    assert [(s.label, doc.text_of(s), s.data["role"]) for s in doc["sources"]] == [
        ("document", "court filings", "court filings")
    ]


def test_a_statement_with_no_one_speaking_is_a_document_source():
    text = "Call made\n\nThe previous call was made public in a statement."
    doc = run(text)
    assert [(s.label, doc.text_of(s)) for s in doc["sources"]] == [("document", "a statement")]


def test_documents_cited_without_an_article_are_document_sources():
    text = "Firm sued\n\nThe charges were laid out in filings on Monday."
    doc = run(text)
    assert [(s.label, doc.text_of(s), s.data["role"]) for s in doc["sources"]] == [("document", "filings", "filings")]


def test_said_in_a_statement_is_how_the_person_spoke_not_another_source():
    text = "Mayor quits\n\nMayor Ann Lee said in a statement that she would resign."
    doc = run(text, [quote(text, "she would resign", speaker="Mayor Ann Lee", cue="said")])
    assert [(s.label, s.data["name"], s.data["role"]) for s in doc["sources"]] == [("person", "Ann Lee", "Mayor")]


# --- unnamed sources ---------------------------------------------------------------


def test_the_number_of_unnamed_sources_is_their_count():
    text = "Troops fight\n\nTwo unnamed sources said the troops are fighting."
    doc = run(text, [quote(text, "the troops are fighting", speaker="Two unnamed sources", cue="said")])
    assert [(s.label, s.data["count"], s.data["role"]) for s in doc["sources"]] == [("anonymous", 2, None)]


def test_sources_cited_by_an_outlet_are_relayed_by_that_outlet():
    text = "Troops fight\n\nAccording to two unnamed sources cited by Reuters, the troops are fighting."
    doc = run(
        text,
        [quote(text, "the troops are fighting", speaker="two unnamed sources cited by Reuters", cue="According to")],
    )
    assert table(doc) == [
        (
            "sources-1", "anonymous", "two unnamed sources cited by Reuters", None, None, 2, "sources-2",
            ["two unnamed sources cited by Reuters"], ["quotes-1"],
        ),
        ("sources-2", "outlet", "Reuters", "Reuters", None, None, None, ["Reuters"], []),
    ]


def test_sources_that_told_an_outlet_are_relayed_by_it():
    text = "Talks fail\n\nTwo sources told Reuters that the talks had failed."
    doc = run(text, [quote(text, "the talks had failed", speaker="Two sources", cue="told")])
    assert [(s.id, s.label, s.data["via"]) for s in doc["sources"]] == [
        ("sources-1", "anonymous", "sources-2"),
        ("sources-2", "outlet", None),
    ]


def test_an_outlets_sources_are_relayed_by_it():
    text = "Troops fight\n\nReuters’s sources claim that the engagement is small."
    doc = run(text, [quote(text, "the engagement is small", speaker="Reuters’s sources", cue="claim")])
    assert [(s.id, s.label, doc.text_of(s), s.data["via"]) for s in doc["sources"]] == [
        ("sources-1", "anonymous", "Reuters’s sources", "sources-2"),
        ("sources-2", "outlet", "Reuters’s", None),
    ]


def test_what_the_article_says_of_an_unnamed_source_is_its_role():
    text = "Deal near\n\nA source familiar with the matter said a deal was near."
    doc = run(text, [quote(text, "a deal was near", speaker="A source familiar with the matter", cue="said")])
    assert [(s.label, s.data["role"], s.data["count"]) for s in doc["sources"]] == [
        ("anonymous", "source familiar with the matter", None)
    ]


def test_one_source_is_apart_from_the_group_of_two():
    text = (
        "Troops fight\n\nTwo unnamed sources said the troops are fighting. "
        "As one source put it, “they are no longer advisors.”"
    )
    doc = run(
        text,
        [
            quote(text, "the troops are fighting", speaker="Two unnamed sources", cue="said"),
            quote(text, "“they are no longer advisors.”", speaker="one source", cue="put it", label="direct"),
        ],
    )
    assert [(s.label, doc.text_of(s), s.data["count"], s.data["quotes"]) for s in doc["sources"]] == [
        ("anonymous", "Two unnamed sources", 2, ("quotes-1",)),
        ("anonymous", "one source", 1, ("quotes-2",)),
    ]


def test_some_officials_after_us_officials_are_the_same_officials():
    text = (
        "Ships sent\n\nU.S. officials say two ships were sent.\n\n"
        "Their aims are unclear, but some officials speculate that an airfield is planned."
    )
    doc = run(
        text,
        [
            quote(text, "two ships were sent", speaker="U.S. officials", cue="say"),
            quote(text, "an airfield is planned", speaker="some officials", cue="speculate"),
        ],
    )
    assert table(doc) == [
        (
            "sources-1", "anonymous", "U.S. officials", None, "U.S. officials", None, None,
            ["U.S. officials", "some officials"], ["quotes-1", "quotes-2"],
        )
    ]


def test_officials_of_different_countries_are_different_sources():
    text = "Talks held\n\nU.S. officials say talks went well. Russian officials said they did not."
    doc = run(
        text,
        [
            quote(text, "talks went well", speaker="U.S. officials", cue="say"),
            quote(text, "they did not", speaker="Russian officials", cue="said"),
        ],
    )
    assert [s.data["role"] for s in doc["sources"]] == ["U.S. officials", "Russian officials"]


def test_an_unnamed_spokesman_is_an_anonymous_source_with_that_role():
    text = "Talks held\n\nA White House spokesman said the talks went well."
    doc = run(text, [quote(text, "the talks went well", speaker="A White House spokesman", cue="said")])
    assert [(s.label, s.data["role"]) for s in doc["sources"]] == [("anonymous", "White House spokesman")]


def test_a_title_in_an_appositive_after_the_name_is_the_role():
    text = "Strike ends\n\nPhil Smith, a spokesman for the union, said the strike is over."
    doc = run(text, [quote(text, "the strike is over", speaker="Phil Smith, a spokesman for the union", cue="said")])
    assert [(s.label, s.data["name"], s.data["role"]) for s in doc["sources"]] == [
        ("person", "Phil Smith", "spokesman for the union")
    ]


def test_a_title_before_the_name_in_an_appositive_is_the_role():
    text = "Strike ends\n\nThe union’s chairman, Phil Smith, said the strike is over."
    doc = run(
        text,
        [quote(text, "the strike is over", speaker="The union’s chairman, Phil Smith", cue="said")],
        [entity(text, "Phil Smith", "PERSON")],
    )
    assert [(s.label, s.data["name"], s.data["role"]) for s in doc["sources"]] == [
        ("person", "Phil Smith", "union’s chairman")
    ]


def test_a_spokeswoman_for_a_person_is_not_that_person():
    text = "Plan ends\n\nA spokeswoman for Ann Lee said the plan is over."
    doc = run(
        text,
        [quote(text, "the plan is over", speaker="A spokeswoman for Ann Lee", cue="said")],
        [entity(text, "Ann Lee", "PERSON")],
    )
    assert [(s.label, s.data["name"], s.data["role"]) for s in doc["sources"]] == [
        ("anonymous", None, "spokeswoman for Ann Lee")
    ]


def test_an_organisation_named_after_a_person_is_an_organization():
    text = "Rule set\n\nThe Obama administration said the rule stands."
    doc = run(
        text,
        [quote(text, "the rule stands", speaker="The Obama administration", cue="said")],
        [entity(text, "Obama", "PERSON")],
    )
    assert [(s.label, s.data["name"]) for s in doc["sources"]] == [("organization", "Obama administration")]


def test_a_body_named_after_a_thing_is_an_organization_though_a_name_ends_it():
    text = "Debate set\n\nThe nonpartisan Commission on Presidential Debates said the debate is set."
    doc = run(
        text,
        [quote(text, "the debate is set", speaker="The nonpartisan Commission on Presidential Debates", cue="said")],
        [entity(text, "Presidential Debates", "PERSON")],
    )
    assert [(s.label, s.data["name"]) for s in doc["sources"]] == [
        ("organization", "Commission on Presidential Debates")
    ]


def test_a_group_named_by_party_or_nationality_is_anonymous():
    text = "Bill passes\n\nMany Democrats said the bill is weak."
    doc = run(text, [quote(text, "the bill is weak", speaker="Many Democrats", cue="said")])
    assert [(s.label, s.data["role"]) for s in doc["sources"]] == [("anonymous", "Democrats")]


def test_a_party_named_as_a_group_with_where_they_sit_is_anonymous():
    text = "Bill passes\n\nRepublicans in Congress said the bill is weak."
    doc = run(
        text,
        [quote(text, "the bill is weak", speaker="Republicans in Congress", cue="said")],
        [entity(text, "Republicans", "NORP"), entity(text, "Congress", "ORG")],
    )
    assert [(s.label, s.data["role"]) for s in doc["sources"]] == [("anonymous", "Republicans in Congress")]


def test_the_writer_speaking_is_no_source():
    text = "Bill passes\n\nI think the bill is weak."
    doc = run(text, [quote(text, "the bill is weak", speaker="I", cue="think")])
    assert (len(doc["sources"]), doc["sources"].summary["unattributed"]) == (0, 1)


# --- mentions, pronouns, references ------------------------------------------------


KERRY = (
    "Kerry calls\n\n"
    "U.S. Secretary of State John Kerry talked to his counterpart.\n\n"
    "Kerry’s previous call was brief. The secretary insisted that the buildup would risk instability."
)


def test_a_person_gathers_every_mention_headline_surname_possessive_and_role_word():
    doc = run(KERRY, [quote(KERRY, "the buildup would risk instability", speaker="The secretary", cue="insisted")])
    assert table(doc) == [
        (
            "sources-1", "person", "U.S. Secretary of State John Kerry", "John Kerry", "U.S. Secretary of State",
            None, None, ["Kerry", "U.S. Secretary of State John Kerry", "Kerry’s", "The secretary"], ["quotes-1"],
        )
    ]


def test_the_antecedent_the_quotes_layer_gives_wins_over_the_nearest_person():
    text = "Vote set\n\nMary Hill spoke first. Then Tom Ford arrived, and she said the vote is set."
    doc = run(
        text,
        [quote(text, "the vote is set", speaker="she", cue="said", antecedent="Mary Hill")],
        [entity(text, "Mary Hill", "PERSON"), entity(text, "Tom Ford", "PERSON")],
    )
    assert [(s.data["name"], [doc.text_of(m) for m in s.data["mentions"]]) for s in doc["sources"]] == [
        ("Mary Hill", ["Mary Hill", "she"])
    ]


def test_a_pronoun_without_antecedent_points_to_the_nearest_earlier_person():
    text = "Vote set\n\nGovernor Tom Ford arrived late. He said the vote is set."
    doc = run(text, [quote(text, "the vote is set", speaker="He", cue="said")])
    assert [(s.data["name"], [doc.text_of(m) for m in s.data["mentions"]]) for s in doc["sources"]] == [
        ("Tom Ford", ["Governor Tom Ford", "He"])
    ]


def test_a_pronoun_with_no_one_before_it_leaves_the_quote_unattributed():
    text = "Vote set\n\nHe said the vote is set."
    doc = run(text, [quote(text, "the vote is set", speaker="He", cue="said")])
    assert (len(doc["sources"]), doc["quotes"][0].data["source"], doc["sources"].summary["unattributed"]) == (0, None, 1)


def test_a_title_with_the_article_points_back_to_the_person_who_holds_it():
    text = "Bill passes\n\nSenator Ann Lee voted yes. The Vermont senator said the bill is strong."
    doc = run(text, [quote(text, "the bill is strong", speaker="The Vermont senator", cue="said")])
    assert [(s.data["name"], [doc.text_of(m) for m in s.data["mentions"]]) for s in doc["sources"]] == [
        ("Ann Lee", ["Senator Ann Lee", "The Vermont senator"])
    ]


def test_a_title_with_the_article_and_no_one_before_is_a_person_without_a_name():
    text = "Race tightens\n\nThe Democratic nominee said the race is close."
    doc = run(text, [quote(text, "the race is close", speaker="The Democratic nominee", cue="said")])
    assert [(s.label, s.data["name"], s.data["role"]) for s in doc["sources"]] == [
        ("person", None, "Democratic nominee")
    ]


def test_who_after_a_name_and_a_comma_is_that_person():
    text = "Vote set\n\nGovernor Tom Ford arrived. Mary Hill, who said the vote is set, left."
    doc = run(text, [quote(text, "the vote is set", speaker="who", cue="said")], [entity(text, "Mary Hill", "PERSON")])
    assert [(s.data["name"], [doc.text_of(m) for m in s.data["mentions"]]) for s in doc["sources"]] == [
        ("Mary Hill", ["Mary Hill", "who"])
    ]


def test_who_right_after_a_group_is_that_group():
    text = "Vote set\n\nGovernor Tom Ford arrived. The party leaders who said the vote is set left."
    doc = run(text, [quote(text, "the vote is set", speaker="who", cue="said")])
    assert [(s.label, s.data["role"]) for s in doc["sources"]] == [("anonymous", "party leaders")]


def test_who_after_those_is_no_one_named():
    text = "Vote set\n\nGovernor Tom Ford arrived. Those who said the vote is set left."
    doc = run(text, [quote(text, "the vote is set", speaker="who", cue="said")])
    assert (len(doc["sources"]), doc["sources"].summary["unattributed"]) == (0, 1)


def test_each_share_of_people_polled_is_its_own_group():
    text = "Poll out\n\nSix in 10 voters say taxes matter. Twenty-four percent say they do not."
    doc = run(
        text,
        [
            quote(text, "taxes matter", speaker="Six in 10 voters", cue="say"),
            quote(text, "they do not", speaker="Twenty-four percent", cue="say"),
        ],
    )
    assert [(s.label, s.data["role"]) for s in doc["sources"]] == [
        ("anonymous", "Six in 10 voters"),
        ("anonymous", "Twenty-four percent"),
    ]


def test_the_newspaper_is_the_outlet_named_before():
    text = "Deal near\n\nThe Boston Globe reported that a deal is near. The newspaper said talks went on all night."
    doc = run(
        text,
        [
            quote(text, "a deal is near", speaker="The Boston Globe", cue="reported"),
            quote(text, "talks went on all night", speaker="The newspaper", cue="said"),
        ],
    )
    assert [(s.data["name"], [doc.text_of(m) for m in s.data["mentions"]], s.data["quotes"]) for s in doc["sources"]] == [
        ("Boston Globe", ["The Boston Globe", "The newspaper"], ("quotes-1", "quotes-2"))
    ]


def test_a_description_with_the_article_points_back_to_the_nearest_person():
    text = "Race on\n\nDonald Trump spoke in Iowa. The billionaire businessman says the race is on."
    doc = run(
        text,
        [quote(text, "the race is on", speaker="The billionaire businessman", cue="says")],
        [entity(text, "Donald Trump", "PERSON")],
    )
    assert [(s.data["name"], [doc.text_of(m) for m in s.data["mentions"]]) for s in doc["sources"]] == [
        ("Donald Trump", ["Donald Trump", "The billionaire businessman"])
    ]


def test_a_part_of_an_outlet_is_that_outlet():
    text = "Probe opens\n\nThe Washington Post’s investigative unit found that the fund paid twice."
    doc = run(text, [quote(text, "the fund paid twice", speaker="The Washington Post’s investigative unit", cue="found")])
    assert [(s.label, s.data["name"]) for s in doc["sources"]] == [("outlet", "The Washington Post")]


def test_the_entities_layer_gives_the_canonical_name():
    text = "Talks set\n\nJohn Kerry arrived. Kerry said talks are set."
    doc = run(
        text,
        [quote(text, "talks are set", speaker=("Kerry", 2), cue="said")],
        [
            entity(text, "John Kerry", "PERSON", role="Secretary of State"),
            entity(text, "Kerry", "PERSON", canonical="John Kerry", nth=2),
        ],
    )
    assert [(s.data["name"], s.data["role"], doc.text_of(s)) for s in doc["sources"]] == [
        ("John Kerry", "Secretary of State", "John Kerry")
    ]


def test_mentions_in_credits_are_not_mentions_of_the_source():
    text = "Deal near\n\nThe Inquisitr reported that a deal is near.\n\nMore from Inquisitr"
    doc = run(text, [quote(text, "a deal is near", speaker="The Inquisitr", cue="reported")])
    assert [doc.text_of(m) for m in doc["sources"][0].data["mentions"]] == ["The Inquisitr"]


def test_the_same_words_said_again_are_each_a_mention_where_they_stand():
    text = "Budget late\n\nThe mayor said the budget is late. Then the mayor said the vote is off."
    doc = run(
        text,
        [
            quote(text, "the budget is late", speaker="The mayor", cue="said"),
            quote(text, "the vote is off", speaker=("the mayor", 1), cue=("said", 2)),
        ],
    )
    [source] = doc["sources"]
    assert [(m.start, m.end) for m in source.data["mentions"]] == [
        (at(text, "The mayor").start, at(text, "The mayor").end),
        (at(text, "the mayor").start, at(text, "the mayor").end),
    ]


def test_the_same_words_are_relayed_only_where_an_outlet_follows_them():
    text = "Talks fail\n\nTwo sources said the talks had failed. Two sources told Reuters that talks resume."
    doc = run(
        text,
        [
            quote(text, "the talks had failed", speaker="Two sources", cue="said"),
            quote(text, "talks resume", speaker=("Two sources", 2), cue="told"),
        ],
    )
    assert [(s.id, s.label, s.data["via"], [doc.text_of(m) for m in s.data["mentions"]]) for s in doc["sources"]] == [
        ("sources-1", "anonymous", "sources-2", ["Two sources", "Two sources"]),
        ("sources-2", "outlet", None, ["Reuters"]),
    ]


def test_an_outlet_named_last_with_its_possessive_and_a_comma_is_found_by_its_name():
    text = "Troops fight\n\nTwo sources, cited by Reuters’s, say the engagement is small."
    doc = run(text, [quote(text, "the engagement is small", speaker="Two sources, cited by Reuters’s,", cue="say")])
    assert [(s.label, s.data["name"], s.data["via"]) for s in doc["sources"]] == [
        ("anonymous", None, "sources-2"),
        ("outlet", "Reuters", None),
    ]


# --- citations without a quote -----------------------------------------------------


def test_sources_cited_without_a_quote_are_found():
    text = (
        "Troops move\n\nAccording to MSN, the troops moved.\n\n"
        "As previously reported by the Inquisitr, the call was brief.\n\n"
        "Fox News now reports that the buildup is unprecedented."
    )
    doc = run(text)
    assert [(s.label, doc.text_of(s), s.data["quotes"], s.data["attributions"]) for s in doc["sources"]] == [
        ("outlet", "MSN", (), 1),
        ("outlet", "the Inquisitr", (), 1),
        ("outlet", "Fox News", (), 1),
    ]


def test_a_citation_names_the_source_of_a_quote_that_has_no_speaker():
    text = "Troops fight\n\nRussian troops are fighting, according to anonymous sources."
    doc = run(text, [quote(text, "Russian troops are fighting", cue="according to")])
    assert [(s.label, doc.text_of(s), s.data["quotes"]) for s in doc["sources"]] == [
        ("anonymous", "anonymous sources", ("quotes-1",))
    ]


def test_a_citation_already_in_the_quotes_layer_is_counted_once():
    text = "Troops move\n\nAccording to MSN, the troops moved."
    doc = run(text, [quote(text, "the troops moved", speaker="MSN", cue="According to")])
    assert (doc["sources"][0].data["attributions"], doc["sources"].summary["attributions"]) == (1, 1)


# --- links and summary -------------------------------------------------------------


def test_each_quote_gets_the_id_of_its_source():
    text = "Talks held\n\nU.S. officials say talks went well. Mayor Ann Lee said they did not."
    doc = run(
        text,
        [
            quote(text, "talks went well", speaker="U.S. officials", cue="say"),
            quote(text, "they did not", speaker="Mayor Ann Lee", cue="said"),
        ],
    )
    assert [q.data["source"] for q in doc["quotes"]] == ["sources-1", "sources-2"]


def test_the_summary_counts_attributions_by_kind_of_source():
    text = (
        "Plan backed\n\nMayor Ann Lee said the plan works. Two officials said it does not. "
        "According to the Guardian, the plan is late. The government said it is on time. "
        "According to a report, it costs more. Someone said something."
    )
    doc = run(
        text,
        [
            quote(text, "the plan works", speaker="Mayor Ann Lee", cue="said"),
            quote(text, "it does not", speaker="Two officials", cue="said"),
            quote(text, "it is on time", speaker="The government", cue="said"),
            quote(text, "something", cue="said"),
        ],
    )
    assert dict(doc["sources"].summary) == {
        "attributions": 6,
        "named": 3,
        "person": 1,
        "organization": 1,
        "outlet": 1,
        "document": 1,
        "anonymous": 1,
        "unattributed": 1,
        "relayed": 0,
        "anonymous_share": 0.1667,
        "sources": {"total": 5, "person": 1, "organization": 1, "outlet": 1, "document": 1, "anonymous": 1},
    }


def test_an_article_citing_no_one_has_no_sources_and_no_share():
    doc = run("Quiet day\n\nNothing happened in the town today.")
    assert (len(doc["sources"]), doc["sources"].summary["attributions"], doc["sources"].summary["anonymous_share"]) == (
        0,
        0,
        None,
    )


# --- the seed article --------------------------------------------------------------


def seed_quotes(text):
    """The seed article's attributions as a careful reader marks them."""
    return [
        quote(text, "Russian troops have engaged in fighting in Syria", cue="according to"),
        quote(text, "Russian troops are now engaged in combat operations alongside Syrian government forces",
              speaker="two unnamed sources cited by Reuters", cue="According to"),
        quote(text, "“the Russians are no longer just advisors.”", speaker="one source", cue="put it", label="direct"),
        quote(text, "an increased military buildup in Syria would risk further instability and loss of life",
              speaker="The secretary", cue="insisted", antecedent="U.S. Secretary of State John Kerry"),
        quote(text, "military buildup is “unprecedented,”", speaker="Fox News", cue="reports", label="mixed"),
        quote(text, "the military engagement is small so far", speaker="Reuters’s sources", cue="claim"),
        quote(text, "the Russian military has deployed two tank landing ships", speaker="U.S. officials", cue="say"),
        quote(text, "they’re preparing an airfield for future air combat missions", speaker="some officials",
              cue="speculate"),
        quote(text, "the military was increasingly involved in the war", speaker="Vladimir Putin", cue="admitted"),
        quote(text, "the Assad regime needs to be incorporated", speaker="the government", cue="has insisted"),
        quote(text, "that would not be acceptable", speaker="White House spokesman Eric Schultz", cue="said"),
        quote(text, "“We would welcome constructive Russian contributions", speaker="White House spokesman Eric Schultz",
              label="direct"),
        quote(text, "the Russians might need to act fast", speaker="MSN", cue="According to"),
    ]


def test_the_seed_article_sources_with_stubbed_quotes_and_no_entities():
    text = SEED.read_text(encoding="utf-8")
    doc = run(text, seed_quotes(text))
    assert [
        (s.id, s.label, doc.text_of(s), s.data["name"], s.data["role"], s.data["count"], s.data["via"])
        for s in doc["sources"]
    ] == [
        ("sources-1", "anonymous", "two unnamed sources cited by Reuters", None, None, 2, "sources-2"),
        ("sources-2", "outlet", "Reuters", "Reuters", None, None, None),
        ("sources-3", "anonymous", "one source", None, None, 1, None),
        ("sources-4", "person", "U.S. Secretary of State John Kerry", "John Kerry", "U.S. Secretary of State", None, None),
        ("sources-5", "outlet", "the Inquisitr", "The Inquisitr", None, None, None),
        ("sources-6", "document", "a statement", None, "statement", None, None),
        ("sources-7", "outlet", "Fox News", "Fox News", None, None, None),
        ("sources-8", "anonymous", "U.S. officials", None, "U.S. officials", None, None),
        ("sources-9", "person", "Vladimir Putin", "Vladimir Putin", None, None, None),
        ("sources-10", "organization", "the government", None, "government", None, None),
        ("sources-11", "person", "White House spokesman Eric Schultz", "Eric Schultz", "White House spokesman", None, None),
        ("sources-12", "outlet", "MSN", "MSN", None, None, None),
    ]


def test_the_seed_article_mentions_and_quotes_of_each_source():
    text = SEED.read_text(encoding="utf-8")
    doc = run(text, seed_quotes(text))
    assert [([doc.text_of(m) for m in s.data["mentions"]], list(s.data["quotes"])) for s in doc["sources"]] == [
        (["anonymous sources", "two unnamed sources cited by Reuters", "Reuters’s sources"],
         ["quotes-1", "quotes-2", "quotes-6"]),
        (["Reuters", "Reuters’s"], []),
        (["one source"], ["quotes-3"]),
        (["John Kerry", "U.S. Secretary of State John Kerry", "Kerry’s", "The secretary"], ["quotes-4"]),
        (["the Inquisitr"], []),
        (["a statement"], []),
        (["Fox News"], ["quotes-5"]),
        (["U.S. officials", "some officials"], ["quotes-7", "quotes-8"]),
        (["Putin", "Vladimir Putin"], ["quotes-9"]),
        (["the government"], ["quotes-10"]),
        (["White House spokesman Eric Schultz"], ["quotes-11", "quotes-12"]),
        (["MSN"], ["quotes-13"]),
    ]


def test_the_seed_article_summary():
    text = SEED.read_text(encoding="utf-8")
    doc = run(text, seed_quotes(text))
    assert dict(doc["sources"].summary) == {
        "attributions": 15,
        "named": 6,
        "person": 4,
        "organization": 1,
        "outlet": 3,
        "document": 1,
        "anonymous": 6,
        "unattributed": 0,
        "relayed": 3,
        "anonymous_share": 0.4,
        "sources": {"total": 12, "person": 3, "organization": 1, "outlet": 4, "document": 1, "anonymous": 3},
    }


def test_the_seed_article_with_the_real_quotes_and_entities_analysers():
    from newslens.analysers.entities import EntitiesAnalyser
    from newslens.analysers.quotes import QuotesAnalyser

    doc = Pipeline([QuotesAnalyser(), EntitiesAnalyser(), SourcesAnalyser()], strict=True)(SEED.read_text(encoding="utf-8"))
    layer = doc["sources"]

    def via(s):
        return layer.by_id(s.data["via"]).data["name"] if s.data["via"] else None

    assert sorted(
        (s.label, doc.text_of(s), s.data["name"], s.data["role"], s.data["count"], via(s)) for s in layer
    ) == sorted([
        ("anonymous", "two unnamed sources cited by Reuters", None, None, 2, "Reuters"),
        ("outlet", "Reuters", "Reuters", None, None, None),
        ("anonymous", "one source", None, None, 1, None),
        ("person", "U.S. Secretary of State John Kerry", "John Kerry", "U.S. Secretary of State", None, None),
        ("outlet", "the Inquisitr", "The Inquisitr", None, None, None),
        ("document", "a statement", None, "statement", None, None),
        ("outlet", "Fox News", "Fox News", None, None, None),
        ("anonymous", "U.S. officials", None, "U.S. officials", None, None),
        ("person", "Vladimir Putin", "Vladimir Putin", None, None, None),
        ("organization", "the government", None, "government", None, None),
        ("person", "White House spokesman Eric Schultz", "Eric Schultz", "White House spokesman", None, None),
        ("outlet", "MSN", "MSN", None, None, None),
    ])


def test_the_seed_article_quotes_point_to_their_sources():
    from newslens.analysers.entities import EntitiesAnalyser
    from newslens.analysers.quotes import QuotesAnalyser

    doc = Pipeline([QuotesAnalyser(), EntitiesAnalyser(), SourcesAnalyser()], strict=True)(SEED.read_text(encoding="utf-8"))

    def source_of(opening):
        quote = next(q for q in doc["quotes"] if doc.text_of(q).startswith(opening))
        source = doc["sources"].by_id(quote.data["source"])
        return source.data["name"] or doc.text_of(source)

    assert [
        source_of(opening)
        for opening in (
            "“the Russians are no longer",
            "an increased military buildup",
            "“We would welcome",
            "the Russians might need",
            "they’re preparing an airfield",
            "the military engagement is small",
        )
    ] == ["one source", "John Kerry", "Eric Schultz", "MSN", "U.S. officials", "two unnamed sources cited by Reuters"]


# --- the pieces the analyser is built from -----------------------------------------


def test_a_sources_mentions_come_in_order_without_repeats_or_spans_inside_others():
    from newslens.analysers.sources.gather import _mentions
    from newslens.analysers.sources.mentions import Extent

    spans = [Extent(5, 10), Extent(0, 4), Extent(5, 8), Extent(0, 4), Extent(6, 7), Extent(9, 12)]
    assert _mentions(spans) == [Span(0, 4), Span(5, 10), Span(9, 12)]


def test_a_persons_fullest_mention_ends_with_the_name_the_first_of_equals():
    from newslens.analysers.sources.mentions import Extent
    from newslens.analysers.sources.roster import Source

    text = "Kerry’s aides. Trump, speaking to veterans. John Kerry. Jane Kerry."
    source = Source("person", name="John Kerry")
    source.names = [Extent(0, 7), Extent(15, 42), Extent(44, 54), Extent(56, 66)]
    assert source.fullest(text) == Extent(44, 54)


def test_entities_are_indexed_by_start_the_longest_first():
    from newslens.analysers.sources.mentions import EntityIndex

    ents = [Annotation(4, 9, label="B"), Annotation(0, 3, label="A"), Annotation(4, 15, label="C"), Annotation(4, 9, label="D")]
    index = EntityIndex(ents)
    assert [e.label for e in index.entities] == ["A", "C", "B", "D"]
    assert [e.label for e in index.inside(4, 9)] == ["B", "D"]


def test_an_antecedent_named_as_a_speaker_with_its_relay_is_that_source():
    text = "Talks fail\n\nTwo sources told Reuters that the talks had failed. They said that the deal was dead."
    doc = run(
        text,
        [
            quote(text, "the talks had failed", speaker="Two sources", cue="told"),
            quote(text, "the deal was dead", speaker="They", cue=("said", 1), antecedent="Two sources"),
        ],
    )
    assert table(doc) == [
        ("sources-1", "anonymous", "Two sources", None, None, 2, "sources-2", ["Two sources", "They"], ["quotes-1", "quotes-2"]),
        ("sources-2", "outlet", "Reuters", "Reuters", None, None, None, ["Reuters"], []),
    ]


def test_a_person_mention_is_made_as_the_named_tuple_would_make_it():
    made = person_mention(3, 9, "Jo Lee", "mayor")
    assert (type(made), type(made.span), made) == (Mention, Extent, Mention(Extent(3, 9), "person", "Jo Lee", "mayor"))


def test_literal_matches_are_those_finditer_finds():
    from newslens.analysers.sources.citations import _REPORTING, _literal_matches

    text = "Unreported reports: it reported, misreport reporting report"
    pattern = dict(_REPORTING)["report"]
    expected = [m.span() for m in pattern.finditer(text, 0, len(text))]
    found = [m.span() for m in _literal_matches(text, "report", pattern, text.find("report"), len(text))]
    assert found == expected == [(11, 18), (23, 31), (43, 52), (53, 59)]


def test_mentions_apart_from_a_set_of_spans_are_those_overlapping_none():
    from newslens.analysers.sources.gather import _Spans

    taken = _Spans([Extent(10, 20), Extent(12, 14), Extent(30, 35)])
    mentions = [person_mention(s, e, "X", None) for s, e in ((0, 10), (5, 11), (19, 25), (20, 30), (34, 40), (35, 36))]
    kept = taken.apart(mentions)
    assert [m.span for m in kept] == [(0, 10), (20, 30), (35, 36)]
    assert kept == [m for m in mentions if not taken.overlaps(m.span)]


def test_a_relay_after_a_mention_is_found_past_a_comma_and_any_spaces():
    from newslens.analysers.sources.mentions import EntityIndex, describe

    text = "Two unnamed sources ,\u2003told Reuters on Monday."
    mention = describe(text, 0, len("Two unnamed sources"), EntityIndex([]), look_after=80)
    assert mention.kind == "anonymous" and mention.via is not None and mention.via.name == "Reuters"
    alone = describe(text, 0, len("Two unnamed sources"), EntityIndex([]))
    assert alone.via is None


def test_regions_hold_the_spans_wholly_inside_one_of_them_in_order_of_start():
    from newslens.analysers.sources.regions import Regions

    regions = Regions([Span(20, 30), Span(0, 10)])
    spans = [Span(22, 25), Span(8, 12), Span(2, 4), Span(12, 14), Span(25, 30), Span(2, 3), Span(28, 31)]
    # In a credit (12-14), across a region's end (8-12, 28-31): not held.
    assert regions.holding(spans) == [Span(2, 4), Span(2, 3), Span(22, 25), Span(25, 30)]
    assert regions.holding(spans) == sorted(
        (s for s in spans if regions.contain(s)), key=lambda s: s.start
    )


def test_a_mention_made_by_the_module_helper_is_the_named_tuple_with_its_defaults():
    from newslens.analysers.sources.mentions import _mention

    # _mention writes Mention's fields out as a plain tuple: a field added to Mention
    # and not to it would make tuples of the wrong shape.
    made = _mention(Extent(3, 9), "outlet", name="Reuters")
    assert (type(made), made) == (Mention, Mention(Extent(3, 9), "outlet", name="Reuters"))
