"""The quotes analyser: every quotation style, every way of naming a speaker, indirect speech.

Each article here is written for the test; none comes from an evaluation set. The
seed article (the bundled demo) is checked at the end.
"""

from __future__ import annotations

import pytest

import newslens
from newslens.analysers.quotes import QuotesAnalyser
from newslens.analysers.quotes.attribution import Attribution, _outside_clauses
from newslens.analysers.quotes.lexicon import VERB_CLASS
from newslens.analysers.quotes.marks import find_quotations

HEAD = "Council weighs the river bridge\n\n"


def quotes_of(body: str) -> list[tuple[str, str, str | None, str | None]]:
    """(content, label, cue, speaker) of each attribution; a content in parts is joined by " | "."""
    doc = newslens.parse(HEAD + body)
    out = []
    for a in QuotesAnalyser().analyse(doc):
        parts = a.data.get("parts")
        content = " | ".join(doc.text_of(p) for p in parts) if parts else doc.text[a.start : a.end]
        out.append((content, a.label, doc.text_of(a.data["cue"]), doc.text_of(a.data["speaker"])))
    return out


def antecedents_of(body: str) -> list[tuple[str | None, str | None]]:
    """(speaker, antecedent) of each attribution."""
    doc = newslens.parse(HEAD + body)
    return [(doc.text_of(a.data["speaker"]), doc.text_of(a.data["antecedent"])) for a in QuotesAnalyser().analyse(doc)]


def marks_of(text: str) -> list[str]:
    """The quotations found in one paragraph, as written."""
    return [" | ".join(text[a:b] for a, b in q.parts) for q in find_quotations(text, [(0, len(text))])]


# --- the analyser's declaration ---------------------------------------------------------


def test_quotes_analyser_declares_its_layer_and_no_requirements():
    analyser = QuotesAnalyser()
    assert (analyser.name, analyser.produces, analyser.requires) == ("quotes", "quotes", ())


def test_quotes_analyser_is_registered_as_a_built_in():
    doc = newslens.analyse(HEAD + "“We will build it,” the mayor said.")
    assert [a.label for a in doc["quotes"]] == ["direct"]


def test_every_attribution_carries_cue_speaker_source_and_antecedent_fields():
    doc = newslens.parse(HEAD + "“We will build it,” the mayor said.")
    (found,) = QuotesAnalyser().analyse(doc)
    assert set(found.data) == {"cue", "speaker", "source", "antecedent"}
    assert found.data["source"] is None


# --- quotation marks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("He said “we will win” today.", ["“we will win”"]),
        ('He said "we will win" today.', ['"we will win"']),
        ("He said ‘we will win’ today.", ["‘we will win’"]),
        ("Il a dit «nous gagnerons» hier.", ["«nous gagnerons»"]),
        ("Sie sagte „wir schaffen das“ gestern.", ["„wir schaffen das“"]),
        ("He said ''we will win'' today.", ["''we will win''"]),
    ],
    ids=["curly", "straight", "single", "guillemets", "german", "doubled-apostrophes"],
)
def test_each_quotation_style_is_paired(paragraph, expected):
    assert marks_of(paragraph) == expected


def test_single_quotes_nested_in_double_quotes_stay_inside_the_quotation():
    assert marks_of("He said “the plan is ‘dead’ for now” and left.") == ["“the plan is ‘dead’ for now”"]


def test_apostrophes_are_not_quotation_marks():
    assert marks_of("Rock ’n’ roll in the ’90s was Reuters’s beat, and the Smiths’ too.") == []


def test_an_apostrophe_inside_single_quotes_does_not_close_them():
    assert marks_of("She called it ‘a ’90s rock ’n’ roll bridge’ on Friday.") == ["‘a ’90s rock ’n’ roll bridge’"]


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = "“We will win, he said.\n\nThe vote is on Friday."
    found = find_quotations(text, [(0, 22), (24, len(text))])
    assert [text[q.start : q.end] for q in found] == ["“We will win, he said."]
    assert found[0].closed is False


def test_an_unclosed_quotation_stops_where_the_next_one_opens():
    assert marks_of("“We will win. Then “we will rest,” she said.") == ["“We will win.", "“we will rest,”"]


def test_a_quotation_over_several_paragraphs_is_one_quotation_in_parts():
    text = "“The bridge is old.\n\n“It must be rebuilt.\n\n“We start in May.”"
    paragraphs = [(0, 19), (21, 41), (43, len(text))]
    (quotation,) = find_quotations(text, paragraphs)
    assert [text[a:b] for a, b in quotation.parts] == ["“The bridge is old.", "“It must be rebuilt.", "“We start in May.”"]


# --- speaker and cue, direct quotes ---------------------------------------------------------


def test_speaker_after_the_quote_then_cue():
    assert quotes_of("“We will rebuild the bridge,” Mayor Ana Ruiz said.") == [
        ("“We will rebuild the bridge,”", "direct", "said", "Mayor Ana Ruiz")
    ]


def test_cue_after_the_quote_then_speaker():
    assert quotes_of("“We will rebuild the bridge,” said Mayor Ana Ruiz.") == [
        ("“We will rebuild the bridge,”", "direct", "said", "Mayor Ana Ruiz")
    ]


def test_speaker_with_an_apposition_before_the_cue():
    assert quotes_of("“We will rebuild the bridge,” Ana Ruiz, the mayor, said.") == [
        ("“We will rebuild the bridge,”", "direct", "said", "Ana Ruiz, the mayor")
    ]


def test_speaker_with_a_relative_clause_before_the_cue():
    assert quotes_of("Ana Ruiz, who has led the city since 2019, said the bridge would be rebuilt.") == [
        ("the bridge would be rebuilt", "indirect", "said", "Ana Ruiz")
    ]


def test_a_quote_broken_by_its_attribution_is_one_attribution_in_parts():
    assert quotes_of("“We will rebuild the bridge,” Ruiz said. “And we will do it this year.”") == [
        ("“We will rebuild the bridge,” | “And we will do it this year.”", "direct", "said", "Ruiz")
    ]


def test_a_quote_broken_mid_sentence_is_one_attribution_in_parts():
    assert quotes_of("“We will rebuild the bridge,” Ruiz said, “and we will do it this year.”") == [
        ("“We will rebuild the bridge,” | “and we will do it this year.”", "direct", "said", "Ruiz")
    ]


def test_told_reporters_names_the_cue_and_the_speaker_before_it():
    assert quotes_of("Ruiz told reporters: “The bridge will be rebuilt.”") == [
        ("“The bridge will be rebuilt.”", "direct", "told", "Ruiz")
    ]


def test_said_in_a_statement_is_one_cue():
    assert quotes_of("“The bridge will be rebuilt,” Ruiz said in a statement.") == [
        ("“The bridge will be rebuilt,”", "direct", "said in a statement", "Ruiz")
    ]


def test_auxiliaries_and_also_belong_to_the_cue():
    assert quotes_of("Ruiz has also said the bridge will be rebuilt.") == [
        ("the bridge will be rebuilt", "indirect", "has also said", "Ruiz")
    ]


def test_speaker_then_colon_introduces_a_quote():
    assert quotes_of("Ruiz: “The bridge will be rebuilt.”") == [
        ("“The bridge will be rebuilt.”", "direct", ":", "Ruiz")
    ]


def test_a_dash_after_a_quote_names_its_speaker():
    assert quotes_of("“The bridge will be rebuilt.” — Ana Ruiz") == [
        ("“The bridge will be rebuilt.”", "direct", None, "Ana Ruiz")
    ]


def test_a_quote_only_paragraph_takes_the_speaker_of_the_paragraph_before():
    assert quotes_of("Mayor Ana Ruiz said that would not do.\n\n“We need a new bridge, and we need it now.”") == [
        ("that would not do", "indirect", "said", "Mayor Ana Ruiz"),
        ("“We need a new bridge, and we need it now.”", "direct", None, "Mayor Ana Ruiz"),
    ]


def test_a_paragraph_ending_said_colon_lends_cue_and_speaker_to_the_quote_below():
    assert quotes_of("Ruiz said:\n\n“We need a new bridge, and we need it now.”") == [
        ("“We need a new bridge, and we need it now.”", "direct", "said", "Ruiz")
    ]


def test_a_quote_only_sentence_joins_the_quote_before_it():
    assert quotes_of("“We need a bridge,” Ruiz said. “We need it now.” “And we will pay for it.”") == [
        ("“We need a bridge,” | “We need it now.” | “And we will pay for it.”", "direct", "said", "Ruiz")
    ]


def test_a_quote_only_paragraph_continues_the_direct_quote_that_ended_the_paragraph_before():
    assert quotes_of("“We need a bridge,” Ruiz said.\n\n“We need it before the spring floods.”") == [
        ("“We need a bridge,” | “We need it before the spring floods.”", "direct", "said", "Ruiz")
    ]


def test_a_quote_over_several_paragraphs_is_one_attribution():
    assert quotes_of("Ruiz said: “The bridge is old.\n\n“It must be rebuilt.\n\n“We start in May.”") == [
        ("“The bridge is old. | “It must be rebuilt. | “We start in May.”", "direct", "said", "Ruiz")
    ]


def test_a_quote_with_no_speaker_of_its_own_goes_on_with_the_speaker_a_paragraph_before():
    body = "Mayor Ana Ruiz said the bridge was old.\n\nThe river rose again. “We need a new bridge with four lanes, and we need it now.”"
    assert quotes_of(body) == [
        ("the bridge was old", "indirect", "said", "Mayor Ana Ruiz"),
        ("“We need a new bridge with four lanes, and we need it now.”", "direct", None, "Mayor Ana Ruiz"),
    ]


def test_a_quote_with_no_speaker_in_sight_keeps_speaker_null():
    assert quotes_of("The council met on Friday.\n\n“Nobody expected the river to rise that fast this spring.”") == [
        ("“Nobody expected the river to rise that fast this spring.”", "direct", None, None)
    ]


def test_scare_quotes_are_not_attributions():
    assert quotes_of("The so-called “bridge tax” was dropped in March.") == []


def test_manner_of_speaking_verbs_cue_a_quote():
    assert quotes_of("“Not again,” Ruiz whispered.") == [("“Not again,”", "direct", "whispered", "Ruiz")]


@pytest.mark.parametrize("gesture", ["smiled", "laughed", "grinned", "chuckled", "sighed", "groaned"])
def test_a_smile_or_a_laugh_is_a_gesture_not_a_cue(gesture):
    assert quotes_of(f"Ruiz {gesture} and waved to the crowd as the ferry left.") == []


# --- indirect and mixed speech ----------------------------------------------------------------


def test_said_that_gives_an_indirect_content_without_that():
    assert quotes_of("Ruiz said that the bridge would be rebuilt.") == [
        ("the bridge would be rebuilt", "indirect", "said", "Ruiz")
    ]


def test_said_without_that_gives_the_clause_after_it():
    assert quotes_of("Ruiz said the bridge would be rebuilt.") == [
        ("the bridge would be rebuilt", "indirect", "said", "Ruiz")
    ]


def test_an_adverb_of_manner_before_the_verb_belongs_to_the_cue():
    assert quotes_of("Ruiz strongly suggested that the bridge would be rebuilt.") == [
        ("the bridge would be rebuilt", "indirect", "strongly suggested", "Ruiz")
    ]


def test_an_adverb_of_time_before_the_verb_belongs_to_the_cue():
    assert quotes_of("Ruiz recently admitted that the bridge would be closed.") == [
        ("the bridge would be closed", "indirect", "recently admitted", "Ruiz")
    ]


def test_an_adverb_of_manner_after_the_verb_belongs_to_the_cue():
    assert quotes_of("Ruiz said flatly that the bridge would be closed.") == [
        ("the bridge would be closed", "indirect", "said flatly", "Ruiz")
    ]


def test_the_laugh_or_grin_that_went_with_the_words_belongs_to_the_cue():
    assert quotes_of("“Not again,” Ruiz said with a tired laugh.") == [("“Not again,”", "direct", "said with a tired laugh", "Ruiz")]


def test_a_particle_after_the_verb_belongs_to_the_cue():
    assert quotes_of("Ruiz wrote back that the bridge would stay open.") == [
        ("the bridge would stay open", "indirect", "wrote back", "Ruiz")
    ]


def test_an_auxiliary_run_into_the_pronoun_belongs_to_the_cue():
    assert quotes_of("He’s said that the bridge would be closed.") == [
        ("the bridge would be closed", "indirect", "’s said", "He")
    ]


def test_all_between_auxiliary_and_verb_belongs_to_the_cue():
    assert quotes_of("The council members have all said that the bridge would be closed.") == [
        ("the bridge would be closed", "indirect", "have all said", "The council members")
    ]


def test_the_auxiliary_of_a_question_put_in_the_passive_belongs_to_the_cue():
    assert quotes_of("Ruiz was asked whether the bridge would close.") == [
        ("whether the bridge would close", "indirect", "was asked", None)
    ]


def test_is_run_into_the_word_before_according_to_belongs_to_the_cue():
    found = quotes_of("The bridge will close in May. That’s according to the council.")
    assert [cue for _, _, cue, _ in found] == ["’s according to"]


def test_the_noun_of_a_light_verb_belongs_to_the_cue():
    assert quotes_of("Ruiz expressed concern that the bridge would close.") == [
        ("the bridge would close", "indirect", "expressed concern", "Ruiz")
    ]


def test_only_before_that_belongs_to_the_cue():
    assert quotes_of("Ruiz said only that the bridge would close.") == [
        ("the bridge would close", "indirect", "said only", "Ruiz")
    ]


def test_a_contracted_negative_belongs_to_the_cue():
    assert quotes_of("Ruiz didn’t deny that the bridge would be closed for a year.") == [
        ("the bridge would be closed for a year", "indirect", "didn’t deny", "Ruiz")
    ]


def test_a_question_put_in_the_passive_is_an_attribution_with_no_speaker():
    assert quotes_of("Asked whether the bridge would close, Ruiz shrugged.") == [
        ("whether the bridge would close", "indirect", "Asked", None)
    ]


def test_asked_about_takes_about_into_the_cue():
    assert quotes_of("The mayor paused when asked about the cost of the bridge.") == [
        ("the cost of the bridge", "indirect", "asked about", None)
    ]


def test_state_before_a_title_is_no_cue():
    assert quotes_of("The plan won backing from two lawmakers and state Sen. Ana Ruiz, who chairs the committee.") == []


def test_state_that_is_a_cue():
    assert quotes_of("The rules state that the bridge must close at night.") == [
        ("the bridge must close at night", "indirect", "state", "The rules")
    ]


def test_a_promise_in_the_infinitive_is_indirect_speech():
    assert quotes_of("Ruiz vowed to keep the bridge open.") == [
        ("to keep the bridge open", "indirect", "vowed", "Ruiz")
    ]


def test_declined_to_is_a_stance_with_its_infinitive():
    assert quotes_of("Ruiz declined to comment on the bridge.") == [
        ("to comment on the bridge", "indirect", "declined", "Ruiz")
    ]


def test_a_share_of_those_polled_can_hold_a_stance():
    # (a sentence opened by "In the survey, ..." is the survey's finding: see test_quotes_recall)
    assert quotes_of("Among voters, 60 percent support a new bridge.") == [
        ("a new bridge", "indirect", "support", "60 percent")
    ]


def test_a_stance_inside_what_was_said_does_not_cut_it_short():
    assert quotes_of("Ruiz said that under the plan, residents support a new bridge.") == [
        ("under the plan, residents support a new bridge", "indirect", "said", "Ruiz"),
        ("a new bridge", "indirect", "support", "residents"),
    ]


def test_a_party_and_state_in_brackets_stay_with_the_speaker_name():
    assert quotes_of("Sen. Ana Ruiz (D-Ore.) said the bridge would be rebuilt.") == [
        ("the bridge would be rebuilt", "indirect", "said", "Sen. Ana Ruiz (D-Ore.)")
    ]


def test_a_dash_aside_holding_commas_stays_with_the_speaker():
    assert quotes_of("Three engineers — from Lyon, Porto and Graz — said the bridge was sound.") == [
        ("the bridge was sound", "indirect", "said", "Three engineers — from Lyon, Porto and Graz")
    ]


def test_told_the_paper_then_a_contracted_pronoun_starts_the_content():
    assert quotes_of("Ruiz told the Valley Herald she’s ready to rebuild the bridge.") == [
        ("she’s ready to rebuild the bridge", "indirect", "told", "Ruiz")
    ]


def test_a_subordinate_clause_content_ends_at_its_comma():
    assert quotes_of("While Ruiz said that the bridge was safe, the council closed it.") == [
        ("the bridge was safe", "indirect", "said", "Ruiz")
    ]


def test_seeing_something_as_something_is_a_stance():
    assert quotes_of("Ruiz sees the bridge as a symbol of the town.") == [
        ("the bridge as a symbol of the town", "indirect", "sees", "Ruiz")
    ]


def test_echoed_is_a_stance_verb():
    assert quotes_of("Ruiz echoed the mayor on the bridge.") == [
        ("the mayor on the bridge", "indirect", "echoed", "Ruiz")
    ]


def test_a_phrasal_stance_verb_is_one_cue():
    assert quotes_of("Ruiz pointed to the cost of the bridge.") == [
        ("the cost of the bridge", "indirect", "pointed to", "Ruiz")
    ]


def test_according_to_at_the_end_vouches_for_the_whole_clause_before_it():
    assert quotes_of("Most residents believe the bridge is unsafe, according to a new survey.") == [
        ("Most residents believe the bridge is unsafe", "indirect", "according to", "a new survey"),
    ]


def test_a_possessed_noun_of_saying_with_that_is_an_attribution():
    assert quotes_of("The council rejected Ruiz’s claim that the bridge was safe.") == [
        ("Ruiz’s claim that the bridge was safe", "indirect", "rejected", "The council"),
        ("the bridge was safe", "indirect", "claim", "Ruiz"),
    ]


def test_lashed_out_at_is_one_stance_cue():
    assert quotes_of("Ruiz lashed out at the council over the bridge.") == [
        ("the council over the bridge", "indirect", "lashed out at", "Ruiz")
    ]


def test_saying_after_a_dash_is_a_participial_cue():
    assert quotes_of("Ruiz changed her mind — saying the bridge could wait.") == [
        ("the bridge could wait", "indirect", "saying", "Ruiz")
    ]


def test_said_of_a_topic_then_a_quotation_is_a_direct_quote():
    assert quotes_of("Ruiz said of the council, “They have no plan.”") == [
        ("“They have no plan.”", "direct", "said", "Ruiz")
    ]


def test_a_thought_verb_takes_a_clause_opened_by_a_word_for_people():
    assert quotes_of("Ruiz believes voters are tired of the bridge.") == [
        ("voters are tired of the bridge", "indirect", "believes", "Ruiz")
    ]


def test_insisted_that_is_indirect_speech():
    assert quotes_of("The mayor insisted that the money was there.") == [
        ("the money was there", "indirect", "insisted", "The mayor")
    ]


def test_claims_is_indirect_speech():
    assert quotes_of("The builder claims the steel arrived late.") == [
        ("the steel arrived late", "indirect", "claims", "The builder")
    ]


def test_warned_is_indirect_speech():
    assert quotes_of("Engineers warned that the old span could fail.") == [
        ("the old span could fail", "indirect", "warned", "Engineers")
    ]


def test_the_content_can_come_before_the_speaker():
    assert quotes_of("The bridge will be rebuilt, Ruiz said.") == [
        ("The bridge will be rebuilt", "indirect", "said", "Ruiz")
    ]


def test_an_attribution_mid_sentence_splits_the_content():
    assert quotes_of("The bridge, Ruiz said, will be rebuilt.") == [
        ("The bridge | will be rebuilt", "indirect", "said", "Ruiz")
    ]


def test_according_to_before_the_content():
    assert quotes_of("According to two city engineers, the old span could fail.") == [
        ("the old span could fail", "indirect", "According to", "two city engineers")
    ]


def test_according_to_after_the_content():
    assert quotes_of("The old span could fail, according to two city engineers.") == [
        ("The old span could fail", "indirect", "according to", "two city engineers")
    ]


def test_a_partial_quote_inside_indirect_speech_is_mixed():
    assert quotes_of("Ruiz said the plan was “reckless and late.”") == [
        ("the plan was “reckless and late.”", "mixed", "said", "Ruiz")
    ]


def test_a_participle_after_the_attribution_reports_more_from_the_same_speaker():
    assert quotes_of("Ruiz backed the plan, saying the bridge was unsafe.") == [
        ("the plan", "indirect", "backed", "Ruiz"),
        ("the bridge was unsafe", "indirect", "saying", "Ruiz"),
    ]


def test_a_multi_word_participle_after_the_attribution_is_the_same_speakers():
    assert quotes_of("“We will win this one,” Ruiz said, referring to the county vote.") == [
        ("“We will win this one,”", "direct", "said", "Ruiz"),
        ("the county vote", "indirect", "referring to", "Ruiz"),
    ]


def test_said_in_an_interview_keeps_the_verb_alone_as_cue():
    assert quotes_of("The bridge will be rebuilt, Ruiz said in an interview.") == [
        ("The bridge will be rebuilt", "indirect", "said", "Ruiz")
    ]


def test_said_in_a_statement_after_indirect_speech_is_one_cue():
    assert quotes_of("The bridge will be rebuilt, Ruiz said in a statement.") == [
        ("The bridge will be rebuilt", "indirect", "said in a statement", "Ruiz")
    ]


def test_a_participle_after_an_opening_phrase_is_said_by_the_subject_after_it():
    assert quotes_of("For months, Ruiz has kept quiet, arguing the vote was not hers.") == [
        ("the vote was not hers", "indirect", "arguing", "Ruiz")
    ]


def test_a_participle_after_a_role_subject_takes_the_role_as_speaker():
    assert quotes_of("The senator took the question in stride, saying the bridge was safe.") == [
        ("the bridge was safe", "indirect", "saying", "The senator")
    ]


@pytest.mark.parametrize("verb", ["believes", "admitted", "speculated"])
def test_reported_thought_and_stance_are_attributions(verb):
    assert quotes_of(f"Ruiz {verb} that the river would rise again.") == [
        ("the river would rise again", "indirect", verb, "Ruiz")
    ]


def test_a_thought_verb_without_a_clause_is_no_attribution():
    assert quotes_of("Ruiz believes in bridges.") == []


def test_a_speech_verb_used_as_a_noun_is_no_cue():
    assert quotes_of("The report was late. Its claims were checked by the council.") == []


def test_a_passive_speech_verb_does_not_make_its_subject_the_speaker():
    assert quotes_of("Ruiz was told the bridge was safe.") == []


@pytest.mark.parametrize("verb", ["seems", "appeared"])
def test_a_verb_of_seeming_reports_an_impression_without_a_speaker(verb):
    assert quotes_of(f"The old bridge {verb} to sway in the wind.") == [
        ("The old bridge | to sway in the wind", "indirect", verb, None)
    ]


def test_a_verb_of_seeming_before_a_saying_takes_the_saying_into_its_cue():
    assert quotes_of("The mayor seemed to suggest a new toll on the bridge.") == [
        ("The mayor | to suggest a new toll on the bridge", "indirect", "seemed to suggest", None)
    ]


def test_a_verb_of_seeming_before_a_place_is_no_attribution():
    assert quotes_of("Ruiz appeared on local radio on Friday.") == []


def test_a_forecast_in_the_passive_is_an_attribution_without_a_speaker():
    assert quotes_of("The council is widely expected to approve the bridge.") == [
        ("The council | to approve the bridge", "indirect", "is widely expected", None)
    ]


def test_a_long_apposition_between_speaker_and_cue_keeps_the_speaker():
    body = "Bo Lind, a bridge engineer and the head of the oldest survey office in the whole river valley, said that the span was safe."
    assert quotes_of(body) == [
        ("the span was safe", "indirect", "said", "Bo Lind, a bridge engineer and the head of the oldest survey office in the whole river valley")
    ]


def test_a_quoted_show_title_before_the_speaker_is_not_what_was_said():
    assert quotes_of("Sunday on Channel Nine’s “Morning Report,” Ruiz said the bridge was safe.") == [
        ("the bridge was safe", "indirect", "said", "Ruiz")
    ]


def test_saying_after_by_is_said_by_the_sentences_subject():
    assert quotes_of("Ruiz drew fire by saying that the bridge was safe.") == [
        ("the bridge was safe", "indirect", "saying", "Ruiz")
    ]


def test_when_it_was_said_may_come_between_the_hearer_and_the_content():
    assert quotes_of("Ruiz told The Valley Herald last week she would rebuild the bridge.") == [
        ("she would rebuild the bridge", "indirect", "told", "Ruiz")
    ]


def test_a_second_speech_verb_of_the_same_speaker_ends_the_content():
    assert quotes_of("Ruiz says the bridge is safe and calls the critics “alarmists.”") == [
        ("the bridge is safe", "indirect", "says", "Ruiz"),
        ("the critics “alarmists.”", "mixed", "calls", "Ruiz"),
    ]


def test_a_request_to_someone_is_the_content_with_its_hearer():
    assert quotes_of("Ruiz urged the council to fund the bridge.") == [
        ("the council to fund the bridge", "indirect", "urged", "Ruiz")
    ]


def test_a_stance_object_ends_before_when_it_was_taken():
    assert quotes_of("Ruiz endorsed Okafor last week and has joined his rallies since.") == [
        ("Okafor", "indirect", "endorsed", "Ruiz")
    ]


def test_a_wish_after_said_and_a_pronoun_is_part_of_what_was_said():
    assert quotes_of("The mayor says she wants to rebuild the river bridge before winter.\n") == [
        ("she wants to rebuild the river bridge before winter", "indirect", "says", "The mayor")
    ]


def test_a_stance_in_the_clause_a_verb_of_saying_opens_is_part_of_what_was_said():
    assert quotes_of("Ruiz said the council opposes a toll on the river bridge.\n") == [
        ("the council opposes a toll on the river bridge", "indirect", "said", "Ruiz")
    ]


def test_a_naming_in_the_clause_a_verb_of_saying_opens_is_part_of_what_was_said():
    assert quotes_of("Ruiz said the mayor called the toll “a tax on the poor.”\n") == [
        ("the mayor called the toll “a tax on the poor.”", "mixed", "said", "Ruiz")
    ]


def test_a_stance_in_the_clause_a_thought_verb_opens_is_part_of_the_thought():
    assert quotes_of("Ruiz believes the council opposes a toll on the river bridge.\n") == [
        ("the council opposes a toll on the river bridge", "indirect", "believes", "Ruiz")
    ]


def test_a_saying_reported_inside_what_was_said_is_part_of_it():
    assert quotes_of("Ruiz said the mayor told her the toll would go.\n") == [
        ("the mayor told her the toll would go", "indirect", "said", "Ruiz")
    ]


def test_a_stance_inside_the_object_of_a_stance_is_part_of_it():
    assert quotes_of("Ruiz opposes the toll the mayor backs.\n") == [("the toll the mayor backs", "indirect", "opposes", "Ruiz")]


def test_a_stance_after_if_inside_what_was_said_is_part_of_it():
    assert quotes_of("Ruiz said the toll would go if the mayor opposes it.\n") == [
        ("the toll would go if the mayor opposes it", "indirect", "said", "Ruiz")
    ]


def test_an_impression_inside_what_was_said_is_part_of_it():
    assert quotes_of("Ruiz said the mayor seems to favour the toll.\n") == [
        ("the mayor seems to favour the toll", "indirect", "said", "Ruiz")
    ]


def test_an_impression_past_a_comma_inside_what_was_said_is_part_of_it():
    assert quotes_of("Ruiz said the mayor, for all his talk, seemed unsure of the plan.") == [
        ("the mayor, for all his talk, seemed unsure of the plan", "indirect", "said", "Ruiz")
    ]


def test_a_transcript_line_is_one_attribution_with_no_thought_or_wish_inside_it():
    assert quotes_of("RUIZ: I think the bridge is safe, and I want it open by May.") == [
        ("I think the bridge is safe, and I want it open by May", "indirect", ":", "RUIZ")
    ]


def test_a_label_heading_a_paragraph_leaves_the_attributions_after_it():
    assert quotes_of("Bridge plans: The council wants a toll on the new bridge.") == [
        ("a toll on the new bridge", "indirect", "wants", "The council")
    ]


def test_a_wish_in_the_same_clause_as_what_was_said_is_part_of_it():
    assert quotes_of("Ruiz said the council has no money and wants a toll on the bridge.") == [
        ("the council has no money and wants a toll on the bridge", "indirect", "said", "Ruiz")
    ]


def test_a_thought_after_a_comma_in_what_was_said_is_an_attribution_of_its_own():
    assert quotes_of("Ruiz said the bridge is old, and Ortiz wants a new one.") == [
        ("the bridge is old, and Ortiz wants a new one", "indirect", "said", "Ruiz"),
        ("a new one", "indirect", "wants", "Ortiz"),
    ]


def _span_in(text: str):
    """A function giving the offsets of the first occurrence of some words in ``text``."""
    return lambda words: (text.index(words), text.index(words) + len(words))


def test_a_cue_inside_what_was_said_keeps_a_quotation_of_its_own_outside_it():
    text = "Ruiz noted the toll went and Ortiz boasted, “It was mine.”"
    span = _span_in(text)
    noted = Attribution([(span("the")[0], span("boasted")[1])], span("noted"), span("Ruiz"))
    boasted = Attribution([span("“It was mine.”")], span("boasted"), span("Ortiz"), label="direct")
    assert _outside_clauses(text, [noted, boasted]) == [noted, boasted]


def test_a_cue_and_its_content_inside_what_was_said_are_part_of_it():
    text = "Ruiz noted the toll went and Ortiz wants a new one."
    span = _span_in(text)
    noted = Attribution([(span("the")[0], span("one")[1])], span("noted"), span("Ruiz"))
    wants = Attribution([span("a new one")], span("wants"), span("Ortiz"))
    assert _outside_clauses(text, [noted, wants]) == [noted]


def test_pledged_delegates_are_no_pledge():
    assert quotes_of("Ruiz has won 40 pledged delegates in the county primaries.\n") == []


def test_a_radio_show_is_no_finding_shown():
    assert quotes_of("Ruiz spoke on the local radio show Valley Voices about the bridge.\n") == []


def test_all_told_is_an_idiom_not_a_telling():
    assert quotes_of("All told, the three towns spent $2 million on the bridge.\n") == []


def test_continued_with_an_object_is_a_deed_not_a_saying():
    assert quotes_of("Ruiz continued her tour of the river towns on Friday.\n") == []


def test_added_with_an_object_and_nothing_quoted_is_a_deed():
    assert quotes_of("The city added 300 jobs in May, the mayor said.") == [
        ("The city added 300 jobs in May", "indirect", "said", "the mayor")
    ]


def test_added_with_an_object_before_a_quotation_reports_it():
    assert quotes_of("Ruiz added the words, “not again.”") == [("the words, “not again.”", "mixed", "added", "Ruiz")]


def test_a_thing_called_by_its_name_is_no_calling():
    assert quotes_of("The band played a song called “River First” at the fair.") == []


def test_armed_forces_backing_a_side_is_no_stance():
    assert quotes_of("The troops are supporting the river patrols.") == []


@pytest.mark.parametrize("sentence", ["Ruiz planned a trip to the river.", "The campaign emails went out late.", "Ruiz supports the local team."])
def test_a_form_more_often_a_deed_or_a_thing_is_a_cue_only_before_that(sentence):
    assert quotes_of(sentence) == []


def test_a_form_more_often_a_deed_is_a_cue_before_that():
    assert quotes_of("Ruiz planned that the bridge would open in May.") == [
        ("the bridge would open in May", "indirect", "planned", "Ruiz")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council’s lead grew thanks to a late count of ballots.",
        "Two volunteers handed out leaflets outside the hall.",
        "Ruiz maintains a narrow lead over Ortiz in the county.",
        "Ruiz, who advised the council on the bridge, left in May.",
    ],
)
def test_a_noun_or_a_deed_in_the_form_of_a_verb_of_saying_is_no_cue(sentence):
    assert quotes_of(sentence) == []


def test_a_deed_form_closing_the_clause_after_what_was_said_is_a_cue():
    assert quotes_of("The bridge will be rebuilt by spring, the mayor maintains.") == [
        ("The bridge will be rebuilt by spring", "indirect", "maintains", "the mayor")
    ]


def test_a_saying_vouched_for_by_according_to_after_it_is_part_of_the_report():
    assert quotes_of("Ruiz said the bridge is safe, according to the council.") == [
        ("Ruiz said the bridge is safe", "indirect", "according to", "the council")
    ]


def test_a_quotation_and_its_speaker_vouched_for_by_according_to_are_one_report():
    assert quotes_of("“The bridge is safe,” Ruiz said, according to a transcript.") == [
        ("“The bridge is safe,” Ruiz said", "mixed", "according to", "a transcript")
    ]


@pytest.mark.parametrize(
    "sentence", ["Turnout rose in the river states that have held primaries.", "The council adopted rules that could close the bridge."]
)
def test_a_noun_like_form_before_that_and_an_auxiliary_heads_a_relative_clause(sentence):
    assert quotes_of(sentence) == []


def test_a_noun_like_form_ending_a_phrase_that_names_nobody_is_no_cue():
    assert quotes_of("Based on those recent comments, the council voted to close the bridge.") == []


def test_a_campaign_against_after_a_noun_is_a_campaign_not_a_stance():
    assert quotes_of("The council began a bombing campaign against the river pirates last year.") == []


def test_a_short_noun_phrase_led_by_a_determiner_can_speak():
    assert quotes_of("The ad claims the bridge is unsafe.") == [("the bridge is unsafe", "indirect", "claims", "The ad")]


def test_a_saying_after_an_opening_according_to_is_part_of_the_report():
    assert quotes_of("According to the council, Ruiz said the bridge is safe.") == [
        ("Ruiz said the bridge is safe", "indirect", "According to", "the council")
    ]


def test_found_after_helped_is_to_set_up_not_a_finding():
    assert quotes_of("Ruiz helped found the river trust in 2004.") == []


def test_a_noun_of_support_before_among_is_no_cue():
    assert quotes_of("The plan drew broad support among farmers.") == []


def test_a_headline_name_and_colon_attributes_the_rest_of_the_headline():
    doc = newslens.parse("Ruiz: The Bridge Will Be Rebuilt\n\nThe council met on Friday.")
    (found,) = QuotesAnalyser().analyse(doc)
    assert (doc.text[found.start : found.end], doc.text_of(found.data["speaker"])) == ("The Bridge Will Be Rebuilt", "Ruiz")


def test_a_transcript_line_names_its_speaker_before_a_colon():
    assert quotes_of("RUIZ: We will rebuild the bridge this year.") == [
        ("We will rebuild the bridge this year", "indirect", ":", "RUIZ")
    ]


def test_a_column_label_before_a_colon_names_no_speaker():
    doc = newslens.parse("The Latest: Council votes on the bridge\n\nThe council met on Friday.")
    assert QuotesAnalyser().analyse(doc) == []


def test_a_tally_after_a_name_and_colon_is_not_a_line_said():
    assert quotes_of("Ruiz: 1,769.") == []


def test_a_transcript_line_set_in_quotation_marks_is_one_attribution():
    assert quotes_of('"RUIZ: We will rebuild the bridge this year.') == [
        ("We will rebuild the bridge this year", "indirect", ":", "RUIZ")
    ]


# --- antecedents ------------------------------------------------------------------------------


def test_a_pronoun_speaker_resolves_to_the_named_speaker_before_it():
    assert antecedents_of("Mayor Ana Ruiz said the bridge was old. She said it would be rebuilt.") == [
        ("Mayor Ana Ruiz", None),
        ("She", "Ana Ruiz"),
    ]


def test_a_role_speaker_resolves_to_the_name_that_role_introduced():
    body = "Transport Secretary Paul Okafor visited the site.\n\nThe secretary insisted that the work would start soon."
    assert antecedents_of(body) == [("The secretary", "Paul Okafor")]


def test_a_pronoun_with_nobody_named_before_keeps_no_antecedent():
    assert antecedents_of("He said the bridge was old.") == [("He", None)]


# --- lexicon ---------------------------------------------------------------------------------


def test_the_speech_verb_lexicon_holds_every_inflection():
    assert [VERB_CLASS[f] for f in ("say", "says", "said", "saying")] == [("speech", "say")] * 4


def test_the_speech_verb_lexicon_classes_thought_verbs():
    assert VERB_CLASS["speculated"] == ("thought", "speculate")


# --- the seed article --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_quotes(seed_text):
    doc = newslens.parse(seed_text)
    found = QuotesAnalyser().analyse(doc)
    return [(doc.text[a.start : a.end], doc.text_of(a.data["cue"]), doc.text_of(a.data["speaker"]), doc.text_of(a.data["antecedent"])) for a in found]


@pytest.mark.parametrize(
    ("content_starts", "cue", "speaker"),
    [
        ("“the Russians are no longer just advisors.”", "put it", "one source"),
        ("Russian troops are now engaged", "According to", "two unnamed sources cited by Reuters"),
        ("“We would welcome constructive Russian contributions", None, "White House spokesman Eric Schultz"),
        ("the Russian military has deployed", "say", "U.S. officials"),
        ("they’re preparing an airfield", "speculate", "some officials"),
        ("military buildup is “unprecedented,”", "now reports", "Fox News"),
        ("the Russians might need to act fast", "According to", "MSN"),
        ("an increased military buildup in Syria", "insisted", "The secretary"),
        ("the military was increasingly involved", "recently admitted", "Vladimir Putin"),
        ("the military engagement is small so far", "claim", "Reuters’s sources"),
        ("the Assad regime needs to be incorporated", "has insisted", "the government"),
        ("that would not be acceptable", "said", "White House spokesman Eric Schultz"),
    ],
)
def test_seed_article_attribution_is_found_with_its_speaker(seed_quotes, content_starts, cue, speaker):
    matches = [(c, s) for content, c, s, _ in seed_quotes if content.startswith(content_starts)]
    assert matches == [(cue, speaker)]


def test_seed_article_the_secretary_resolves_to_john_kerry(seed_quotes):
    assert [a for content, _, s, a in seed_quotes if s == "The secretary"] == ["John Kerry"]


def test_a_name_before_a_long_aside_is_the_speaker():
    body = "Tom Li, a lawyer from Salem who has fought the toll for years, said the council had misled voters.\n"
    assert quotes_of(body) == [
        ("the council had misled voters", "indirect", "said", "Tom Li, a lawyer from Salem who has fought the toll for years")
    ]


def test_a_name_before_an_aside_holding_a_cue_of_its_own_is_the_speaker():
    body = "Ana Ruiz, who said last year she would run for mayor, said the bridge would open in May.\n"
    assert quotes_of(body)[-1] == ("the bridge would open in May", "indirect", "said", "Ana Ruiz")


def test_a_cue_inside_an_aside_ends_its_content_where_the_aside_ends():
    body = "Ana Ruiz, who said last year she would run for mayor, said the bridge would open in May.\n"
    assert quotes_of(body)[0] == ("she would run for mayor", "indirect", "said", "who")


def test_an_opening_phrase_before_an_aside_is_no_speaker():
    body = "In Salem, where the vote was close, said the plan would fail.\n"
    assert quotes_of(body) == []


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("About 4 in 10 say they want a new bridge.\n", "About 4 in 10"),
        ("In Salem, about half of voters said they want a new bridge.\n", "about half of voters"),
        ("At least a dozen members of the council said the vote is within reach.\n", "At least a dozen members of the council"),
    ],
)
def test_a_share_of_people_opening_with_a_preposition_is_a_speaker(body, speaker):
    assert quotes_of(body)[0][3] == speaker


def test_a_quotation_running_on_is_parted_where_its_last_paragraph_names_a_speaker_again():
    body = (
        "“The bridge is late,” Ruiz said. “We have waited ten years.\n\n"
        "“The toll is too high,” Ruiz said. “Nobody can pay it.”\n"
    )
    assert [(q[0], q[2]) for q in quotes_of(body)] == [
        ("“The bridge is late,” | “We have waited ten years.", "said"),
        ("“The toll is too high,” | “Nobody can pay it.”", "said"),
    ]


def test_a_quotation_running_on_without_a_new_cue_stays_one_attribution():
    body = "“The bridge is late,” Ruiz said. “We have waited ten years.\n\n“The toll is too high. Nobody can pay it.”\n"
    assert [q[0] for q in quotes_of(body)] == [
        "“The bridge is late,” | “We have waited ten years. | “The toll is too high. Nobody can pay it.”"
    ]


def test_a_name_before_a_describing_aside_is_the_speaker_not_the_words_after_the_cue():
    body = "Ana Ruiz, a lawyer who has refused to back the plan, said the council deserved better.\n"
    assert quotes_of(body)[-1] == ("the council deserved better", "indirect", "said", "Ana Ruiz")


def test_a_clause_before_a_cue_keeps_the_name_after_it_as_speaker():
    body = "Salem and Eugene will pay the most, said Ana Ruiz.\n"
    assert quotes_of(body) == [("Salem and Eugene will pay the most", "indirect", "said", "Ana Ruiz")]


@pytest.mark.parametrize(
    "body, cue, speaker",
    [
        ("Ruiz isn’t saying what she will do next.\n", "isn’t saying", "Ruiz"),
        ("He’s not saying what he would cut.\n", "’s not saying", "He"),
        ("The campaign is already claiming a win in Salem.\n", "is already claiming", "The campaign"),
    ],
)
def test_a_participle_after_a_form_of_be_is_a_cue_in_the_progressive(body, cue, speaker):
    assert [(q[2], q[3]) for q in quotes_of(body)] == [(cue, speaker)]


def test_a_possessive_before_a_participle_is_no_progressive():
    assert quotes_of("Ruiz’s talking points were new.\n") == []


def test_the_noun_phrase_of_a_with_phrase_speaks_its_participle():
    body = "The vote was close, with Mayor Ana Ruiz telling reporters the toll would stay.\n"
    assert quotes_of(body) == [("the toll would stay", "indirect", "telling", "Mayor Ana Ruiz")]


def test_a_participle_of_saying_after_and_is_spoken_by_the_subject():
    body = "Ruiz attacked the toll, calling it a fraud and saying the council had misled voters.\n"
    assert quotes_of(body)[-1] == ("the council had misled voters", "indirect", "saying", "Ruiz")


def test_a_title_of_lower_case_words_before_a_name_after_the_cue_is_the_speaker():
    body = "“The toll is a fraud,” said conservative activist Bob Klaus.\n"
    assert quotes_of(body) == [("“The toll is a fraud,”", "direct", "said", "conservative activist Bob Klaus")]


def test_a_clause_with_an_apposition_before_the_cue_leaves_the_speaker_after_it():
    body = "The plan, in the end, will fail, said Ana Ruiz.\n"
    assert quotes_of(body) == [("The plan, in the end, will fail", "indirect", "said", "Ana Ruiz")]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("On taxes, 42% say they are liberal.\n", "42%"),
        ("In Salem, 85% of Democrats said the toll favors the wealthy.\n", "85% of Democrats"),
    ],
)
def test_a_share_written_with_a_per_cent_sign_is_a_speaker(body, speaker):
    assert quotes_of(body)[0][3] == speaker


def test_a_share_ending_a_phrase_is_no_speaker():
    assert quotes_of("It rose 5% said the mayor.\n") == []


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("A Salem official, who asked not to be named, said the toll would stay.\n", "A Salem official"),
        ("Ruiz’s office, when reached by phone, said the toll would stay.\n", "Ruiz’s office"),
    ],
)
def test_a_role_or_a_possessive_before_a_long_aside_is_the_speaker(body, speaker):
    assert quotes_of(body)[-1] == ("the toll would stay", "indirect", "said", speaker)


def test_a_participle_after_a_comma_gives_the_quotation_after_its_own_comma():
    body = "The bridge will open in May, Ruiz said, adding, “We have waited long enough.”\n"
    assert quotes_of(body) == [
        ("The bridge will open in May", "indirect", "said", "Ruiz"),
        ("“We have waited long enough.”", "direct", "adding", "Ruiz"),
    ]


def test_a_noun_ending_in_ly_before_the_cue_is_no_adverb_of_the_cue():
    body = "The toll will stay, attorneys for the family said.\n"
    assert quotes_of(body) == [("The toll will stay", "indirect", "said", "attorneys for the family")]


def test_a_cue_closing_the_sentence_takes_all_of_it_when_a_cue_inside_took_its_end():
    body = "In Salem, officials added two toll booths last year, the Herald reported.\n"
    assert quotes_of(body)[0] == (
        "In Salem, officials added two toll booths last year",
        "indirect",
        "reported",
        "the Herald",
    )


@pytest.mark.parametrize(
    "body, content, cue",
    [
        ("Ruiz called him a fraud.\n", "him a fraud", "called"),
        ("Ruiz calls herself a builder of bridges.\n", "herself a builder of bridges", "calls"),
        ("Ruiz described a city left behind by the state.\n", "a city left behind by the state", "described"),
    ],
)
def test_a_naming_without_quotation_marks_after_a_pronoun_or_describe_is_an_attribution(body, content, cue):
    assert quotes_of(body) == [(content, "indirect", cue, "Ruiz")]


@pytest.mark.parametrize("body", ["Ruiz called Li last night.\n", "Ruiz called a meeting for Monday.\n"])
def test_a_call_to_a_name_or_a_meeting_is_no_naming(body):
    assert quotes_of(body) == []


def test_the_question_after_the_one_asked_is_what_was_asked():
    assert quotes_of("Ruiz asked the students if they planned to vote.\n") == [
        ("if they planned to vote", "indirect", "asked", "Ruiz")
    ]


def test_a_cue_after_and_with_an_adverb_between_is_spoken_by_the_subject_going_on():
    assert quotes_of("Ruiz voted no but later told reporters the toll was fair.\n") == [
        ("the toll was fair", "indirect", "later told", "Ruiz")
    ]


@pytest.mark.parametrize(
    "body, content",
    [
        ("Ruiz said much of the toll goes to the state.\n", "much of the toll goes to the state"),
        ("Ruiz said about half of the money was lost.\n", "about half of the money was lost"),
    ],
)
def test_a_share_opening_what_was_said_is_its_subject(body, content):
    assert quotes_of(body) == [(content, "indirect", "said", "Ruiz")]


def test_much_after_said_without_of_opens_no_content():
    assert quotes_of("Ruiz said much about the toll.\n") == []


def test_an_inverted_cue_closing_the_sentence_takes_all_of_it_when_a_cue_inside_took_its_end():
    body = "The vote signals the end of the toll for Salem, said Ana Ruiz, a lawyer.\n"
    assert quotes_of(body)[0] == ("The vote signals the end of the toll for Salem", "indirect", "said", "Ana Ruiz")


@pytest.mark.parametrize(
    "body", ["Ruiz said on ABC’s “This Week” that she would run.\n", "Ruiz said in ‘08 that she would run.\n"]
)
def test_a_quoted_title_or_year_between_the_cue_and_that_keeps_the_clause_after_that(body):
    assert quotes_of(body) == [("she would run", "indirect", "said", "Ruiz")]


def test_challenging_a_named_rival_is_running_against_them_not_a_stance():
    assert quotes_of("Ana Ruiz, who is challenging Sen. Tom Li for the seat, visited Salem on Friday.\n") == []


def test_challenging_a_thing_is_still_a_stance():
    assert quotes_of("Ruiz is challenging the toll in court.\n") == [("the toll in court", "indirect", "is challenging", "Ruiz")]


def test_post_after_a_capitalised_word_in_a_headline_is_a_newspaper_name():
    doc = newslens.parse("Salem Post: The Bridge Will Be Rebuilt\n\nThe council met on Friday.")
    assert [doc.text_of(a.data["cue"]) for a in QuotesAnalyser().analyse(doc)] == [":"]


@pytest.mark.parametrize(
    "body", ["Ana Ruiz, who is also seeking the Democratic nomination, visited Salem.\n", "Ruiz was not seeking a fifth term.\n"]
)
def test_seeking_an_office_is_running_for_it_not_a_stance(body):
    assert quotes_of(body) == []


def test_advising_a_campaign_without_advice_given_is_a_job_not_a_saying():
    assert quotes_of("Tom Li, who is now advising the Ruiz campaign, visited Salem.\n") == []


def test_advising_someone_to_act_is_still_advice():
    assert quotes_of("Li is advising the council to close the road.\n") == [
        ("the council to close the road", "indirect", "is advising", "Li")
    ]


@pytest.mark.parametrize(
    "body", ["The club charged Ruiz a $500 fee to join.\n", "Ruiz made a racially charged remark about the toll.\n"]
)
def test_charged_with_a_price_or_after_an_adverb_and_article_is_no_accusation(body):
    assert quotes_of(body) == []


def test_charged_that_is_still_an_accusation():
    assert quotes_of("Ruiz charged that the council hid the toll.\n") == [
        ("the council hid the toll", "indirect", "charged", "Ruiz")
    ]
