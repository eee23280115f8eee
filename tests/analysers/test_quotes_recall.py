"""Attributions whose cue needs its context to read as one: joined participles, findings.

Each test states one behaviour of the quotes analyser with a sentence written for it.
"""

from __future__ import annotations

from tests.analysers.test_quotes import quotes_of


def test_a_participle_joined_by_and_to_a_clause_has_the_first_participles_speaker():
    assert quotes_of("Ruiz praised the council, calling it brave and warning that the bridge was unsafe.") == [
        ("the council", "indirect", "praised", "Ruiz"),
        ("it brave", "indirect", "calling", "Ruiz"),  # a naming, as "called him divisive"
        ("the bridge was unsafe", "indirect", "warning", "Ruiz"),
    ]


def test_assuming_after_and_is_a_conjunction_not_a_thought():
    assert quotes_of("The fund pays well, and assuming that rates hold, it will grow.") == []


def test_a_poll_shows_whatever_word_opens_its_finding():
    assert quotes_of("A new poll shows upstart Sen. Ana Ruiz leading the race.") == [
        ("upstart Sen. Ana Ruiz leading the race", "indirect", "shows", "A new poll")
    ]


def test_a_person_who_shows_something_still_needs_a_clause():
    assert quotes_of("Ruiz showed reporters around the new bridge.") == []


def test_a_noun_like_cue_right_before_a_verb_of_saying_is_its_subject():
    assert quotes_of("Many donors gave twice, new campaign reports show.") == [
        ("Many donors gave twice", "indirect", "show", "new campaign reports")
    ]


def test_which_is_the_speaker_of_the_cue_after_it():
    assert quotes_of("The carpenters union, which endorsed Ruiz in May, has 4,000 members.") == [
        ("Ruiz in May", "indirect", "endorsed", "which")
    ]


def test_a_named_person_who_supports_a_measure_takes_a_stance():
    assert quotes_of("Ruiz supports raising the minimum wage.") == [
        ("raising the minimum wage", "indirect", "supports", "Ruiz")
    ]


def test_a_thing_that_supports_another_takes_no_stance():
    assert quotes_of("The old bridge supports heavy trucks.") == []


def test_when_it_was_said_between_speaker_and_cue_belongs_to_neither():
    assert quotes_of("Ruiz on Tuesday said the bridge is safe.") == [
        ("the bridge is safe", "indirect", "said", "Ruiz")
    ]


def test_who_before_a_day_and_a_cue_is_the_speaker():
    assert quotes_of("Ana Ruiz, who on Tuesday endorsed Lee, spoke on Wednesday.") == [
        ("Lee", "indirect", "endorsed", "who")
    ]


def test_a_joined_participle_may_introduce_a_quotation():
    assert quotes_of("Ruiz spoke for an hour, praising the council and asking, “Who will pay for the bridge?”") == [
        ("the council", "indirect", "praising", "Ruiz"),
        ("“Who will pay for the bridge?”", "direct", "asking", "Ruiz"),
    ]


def test_a_joined_participle_may_introduce_a_question():
    assert quotes_of("Ruiz spoke for an hour, praising the council and questioning how the bridge would be paid for.") == [
        ("the council", "indirect", "praising", "Ruiz"),
        ("how the bridge would be paid for", "indirect", "questioning", "Ruiz"),
    ]


def test_plans_before_an_infinitive_after_a_name_is_an_intention():
    assert quotes_of("Ruiz plans to run for mayor next year.") == [
        ("to run for mayor next year", "indirect", "plans", "Ruiz")
    ]


def test_plans_after_a_verb_is_a_noun():
    assert quotes_of("The flood dampened plans to rebuild the bridge.") == []


def test_a_poll_opening_the_sentence_vouches_for_the_rest_of_it():
    assert quotes_of("In a Marist poll released Monday, 52 percent of voters said they back Ruiz.") == [
        ("52 percent of voters said they back Ruiz", "indirect", "In", "a Marist poll released Monday")
    ]


def test_polls_in_a_clause_of_their_own_are_no_source():
    assert quotes_of("In states where exit polls were held, Ruiz won the vote.") == []


def test_a_noun_like_cue_inside_the_subject_leaves_the_verb_of_saying_its_cue():
    assert quotes_of("Some protest leaders said they would march.") == [
        ("they would march", "indirect", "said", "Some protest leaders")
    ]


def test_a_participle_and_by_inside_the_subject_leave_the_verb_of_saying_its_cue():
    assert quotes_of("A memo seen by Reuters said the files were lost.") == [
        ("the files were lost", "indirect", "said", "A memo seen by Reuters")
    ]


def test_a_group_supporting_a_candidate_takes_a_stance_on_the_one_it_backs():
    assert quotes_of("A super PAC supporting Ana Ruiz spent $2 million on ads.") == [
        ("Ana Ruiz", "indirect", "supporting", "A super PAC")
    ]


def test_troops_backing_a_side_take_no_stance():
    assert quotes_of("The troops backing the rebels moved north.") == []


def test_a_poll_closing_a_clause_vouches_for_the_clause_before_it():
    assert quotes_of("Ruiz held a 9-point lead among young voters in a CNN poll.") == [
        ("Ruiz held a 9-point lead among young voters", "indirect", "in", "a CNN poll")
    ]


def test_a_poll_before_a_verb_of_its_own_is_part_of_the_subject():
    assert quotes_of("Some 52 percent in a CNN poll said they back Ruiz.") == [
        ("they back Ruiz", "indirect", "said", "Some 52 percent in a CNN poll")
    ]


def test_a_quotation_opened_by_a_colon_belongs_to_the_cue_after_it():
    assert quotes_of("She stated her creed: “Change the world,” she said.") == [
        ("her creed", "indirect", "stated", "She"),
        ("“Change the world,”", "direct", "said", "she"),
    ]
