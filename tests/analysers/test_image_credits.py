"""The image_credits analyser: every credit style, its reading, and prose it leaves alone.

Each article here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

import newslens
from newslens.analysers.image_credits import ImageCreditsAnalyser
from newslens.analysers.image_credits.finding import _may_match_at, _triggers
from newslens.analysers.image_credits.agencies import lookup, normalise
from newslens.analysers.image_credits.patterns import CREDIT_AT, WHOLE_CREDIT, may_be_whole_credit

HEAD = "Mayor opens the new river bridge\n\nThe mayor opened the bridge on Friday, aides said.\n\n"
TAIL = "\n\nThe bridge cost $40 million and took three years to build."


def credits_of(paragraph: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(span text, label, photographer, provider, agency) of each credit found."""
    doc = newslens.parse(HEAD + paragraph + TAIL)
    found = ImageCreditsAnalyser().analyse(doc)
    return [
        (doc.text[a.start : a.end], a.label, a.data["photographer"], a.data["provider"], a.data["agency"])
        for a in found
    ]


# --- credit lines of their own --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[Image Credit: Getty Images]", ("[Image Credit: Getty Images]", None, "Getty Images", "Getty Images")),
        ("Photo by Chip Somodevilla/Getty Images", ("Photo by Chip Somodevilla/Getty Images", "Chip Somodevilla", "Getty Images", "Getty Images")),
        ("Dana Lee/AFP/Getty Images", ("Dana Lee/AFP/Getty Images", "Dana Lee", "AFP/Getty Images", "Getty Images")),
        ("REUTERS/Kevin Park", ("REUTERS/Kevin Park", "Kevin Park", "REUTERS", "Reuters")),
        ("Kevin Park / Reuters", ("Kevin Park / Reuters", "Kevin Park", "Reuters", "Reuters")),
        ("Photo Credit: Pat Moran", ("Photo Credit: Pat Moran", "Pat Moran", None, None)),
        ("Image credit: Pat Moran/Flickr", ("Image credit: Pat Moran/Flickr", "Pat Moran", "Flickr", "Flickr")),
        ("Featured image via Twitter", ("Featured image via Twitter", None, "Twitter", "Twitter")),
        ("[Featured Image by Joe Raedle/Getty Images]", ("[Featured Image by Joe Raedle/Getty Images]", "Joe Raedle", "Getty Images", "Getty Images")),
        ("Image copyright GETTY IMAGES", ("Image copyright GETTY IMAGES", None, "GETTY IMAGES", "Getty Images")),
        ("Courtesy of Maria Gomez", ("Courtesy of Maria Gomez", "Maria Gomez", None, None)),
        ("Courtesy of the Springfield Fire Department", ("Courtesy of the Springfield Fire Department", None, "the Springfield Fire Department", "the Springfield Fire Department")),
        ("Getty.", ("Getty", None, "Getty", "Getty Images")),
        ("SAUL LOEB via Getty Images.", ("SAUL LOEB via Getty Images", "SAUL LOEB", "Getty Images", "Getty Images")),
        ("Bloomberg via Getty Images.", ("Bloomberg via Getty Images", None, "Bloomberg via Getty Images", "Getty Images")),
        ("Handout/Reuters.", ("Handout/Reuters", None, "Reuters", "Reuters")),
        ("Pool/AP", ("Pool/AP", None, "AP", "Associated Press")),
        ("Credit: Dana Lee for The New York Times", ("Credit: Dana Lee for The New York Times", "Dana Lee", "The New York Times", "The New York Times")),
        ("Photo by Dana Lee on Unsplash", ("Photo by Dana Lee on Unsplash", "Dana Lee", "Unsplash", "Unsplash")),
        ("Instagram/Dana Lee.", ("Instagram/Dana Lee", "Dana Lee", "Instagram", "Instagram")),
        ("(Getty Images)", ("(Getty Images)", None, "Getty Images", "Getty Images")),
        ("Tampa Bay Times.", ("Tampa Bay Times", None, "Tampa Bay Times", "Tampa Bay Times")),
        ("(Photo credit should read SAUL LOEB/AFP/Getty Images)", ("(Photo credit should read SAUL LOEB/AFP/Getty Images)", "SAUL LOEB", "AFP/Getty Images", "Getty Images")),
        ("AFP PHOTO / SAUL LOEB", ("AFP PHOTO / SAUL LOEB", "SAUL LOEB", "AFP", "Agence France-Presse")),
        ("EPA/JIM LO SCALZO", ("EPA/JIM LO SCALZO", "JIM LO SCALZO", "EPA", "European Pressphoto Agency")),
        ("Photographer: Dana Lee/Bloomberg", ("Photographer: Dana Lee/Bloomberg", "Dana Lee", "Bloomberg", "Bloomberg")),
        ("Photo: Courtesy of the Lee family", ("Photo: Courtesy of the Lee family", None, "the Lee family", "the Lee family")),
        ("Image source, Reuters", ("Image source, Reuters", None, "Reuters", "Reuters")),
        ("Jane Doe—Getty Images", ("Jane Doe—Getty Images", "Jane Doe", "Getty Images", "Getty Images")),
    ],
)
def test_a_credit_line_is_one_credit_read_into_its_parts(line, expected):
    assert credits_of(line) == [(expected[0], "line", *expected[1:])]


# --- credits inside a caption -------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Crowds wait on the bank on Friday. (AP Photo/Evan Hale)", ("(AP Photo/Evan Hale)", "Evan Hale", "AP", "Associated Press")),
        ("Crowds wait on the bank in 2019. (AP Photo/Evan Hale, File)", ("(AP Photo/Evan Hale, File)", "Evan Hale", "AP", "Associated Press")),
        ("The mayor waves. (Dana Lee/The New York Times via AP)", ("(Dana Lee/The New York Times via AP)", "Dana Lee", "The New York Times via AP", "Associated Press")),
        ("The mayor speaks. Photo by Chip Somodevilla/Getty Images", ("Photo by Chip Somodevilla/Getty Images", "Chip Somodevilla", "Getty Images", "Getty Images")),
        ("The mayor waves on Friday. Dana Lee/AFP/Getty Images", ("Dana Lee/AFP/Getty Images", "Dana Lee", "AFP/Getty Images", "Getty Images")),
        ("The mayor speaks on Friday. REUTERS/Kevin Park", ("REUTERS/Kevin Park", "Kevin Park", "REUTERS", "Reuters")),
        ("The mayor speaks. (Photo: Matt Rourke, AP)", ("(Photo: Matt Rourke, AP)", "Matt Rourke", "AP", "Associated Press")),
        ("The mayor cuts the ribbon. SAUL LOEB/AFP via Getty Images", ("SAUL LOEB/AFP via Getty Images", "SAUL LOEB", "AFP via Getty Images", "Getty Images")),
        ("The bridge at dawn. Credit...Dana Lee for The New York Times", ("Credit...Dana Lee for The New York Times", "Dana Lee", "The New York Times", "The New York Times")),
        ("The mayor, left, with aides (Reuters/Kevin Park)", ("(Reuters/Kevin Park)", "Kevin Park", "Reuters", "Reuters")),
        ("The mayor at the bridge. Photo: Dana Lee | AP", ("Photo: Dana Lee | AP", "Dana Lee", "AP", "Associated Press")),
        ("The mayor on Friday. Photo: Twitter/@springfieldmayor", ("Photo: Twitter/@springfieldmayor", "@springfieldmayor", "Twitter", "Twitter")),
        ("The mayor at the bridge.Photo: Getty Images", ("Photo: Getty Images", None, "Getty Images", "Getty Images")),
        ("The mayor waves. (Jane Doe for The Washington Post)", ("(Jane Doe for The Washington Post)", "Jane Doe", "The Washington Post", "The Washington Post")),
        ("The mayor waves. Jane Doe—Getty Images", ("Jane Doe—Getty Images", "Jane Doe", "Getty Images", "Getty Images")),
    ],
)
def test_a_credit_in_a_caption_is_found_with_its_brackets(caption, expected):
    assert credits_of(caption) == [(expected[0], "caption", *expected[1:])]


def test_a_credit_glued_between_caption_words_is_cut_at_the_capitals():
    text = "Live From SpringfieldDana Lee via Getty ImagesThe mayor waved to the crowd."
    assert credits_of(text) == [("Dana Lee via Getty Images", "caption", "Dana Lee", "Getty Images", "Getty Images")]


def test_a_bbc_style_credit_stops_before_the_image_caption():
    text = "Image copyright Reuters Image caption The mayor at the bridge"
    assert credits_of(text) == [("Image copyright Reuters", "caption", None, "Reuters", "Reuters")]


def test_a_closing_period_stays_outside_the_credit_but_brackets_belong_to_it():
    assert credits_of("(DANA LEE/AFP/Getty Images.)") == [
        ("(DANA LEE/AFP/Getty Images.)", "line", "DANA LEE", "AFP/Getty Images", "Getty Images")
    ]
    assert credits_of("Dana Lee/Getty Images.") == [("Dana Lee/Getty Images", "line", "Dana Lee", "Getty Images", "Getty Images")]


def test_two_credits_in_one_caption_are_two_annotations():
    text = "Left, the mayor (AP Photo/Evan Hale); right, her rival (Dana Lee/Getty Images)."
    assert [c[0] for c in credits_of(text)] == ["(AP Photo/Evan Hale)", "(Dana Lee/Getty Images)"]


# --- prose that only looks like a credit ------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "Reuters reported that the mayor would resign before the vote.",
        "A photo posted on Twitter showed the mayor at the bridge.",
        "Sen. Jo Hart (R-Texas) attended the opening.",
        "The ceremony was broadcast via satellite to viewers abroad.",
        "The cake was courtesy of a local bakery, the mayor said.",
        "The dinner came, courtesy of Dana Lee, a donor from Ohio.",
        "The mayor resigned, the news agency said. [Reuters.]",
        "WASHINGTON (AP) — The mayor opened the bridge on Friday.",
        "The latest Reuters/Ipsos poll showed the mayor ahead.",
        "A message was posted by Dana Lee via Twitter.",
        "The mayor told the Associated Press (AP) that it was done.",
        "An NBC/Wall Street Journal poll found support rising.",
        "Credit card debt rose in March.",
        "Copyright 2016 The Associated Press. All rights reserved.",
        "Pat Moran/Ted Hart 2016 campaign signs lined the road.",
        "Twitter: @danalee.",
        "YouTube and Google.",
        "[Dana Lee, HuffPost]",
        "FULL TEXT.",
        "Rising Tensions.",
        "TWITTER.",
        "Facebook",
        "[Video: The mayor's full speech at the bridge]",
        "The figure rose 4.5/5 in the survey.",
        "LONDON—Reuters reported on Friday that talks stalled.",
        "The op-ed was written by Jane Doe for The Washington Post last year.",
        "Facebook / Twitter",
        "Email / Print / Facebook",
        "Sanders/Trump.",
        "Iowa Caucus | Reuters",
        "LOCAL NEWS.",
        "Breaking News.",
        "Springfield Gazette",
    ],
)
def test_prose_and_page_furniture_hold_no_credit(prose):
    assert credits_of(prose) == []


# --- the lexicon -----------------------------------------------------------------


def test_agency_names_are_normalised_whatever_their_case_or_short_form():
    assert [normalise(w) for w in ("Getty", "GETTY IMAGES", "AP", "The Associated Press", "AFP")] == [
        "Getty Images",
        "Getty Images",
        "Associated Press",
        "Associated Press",
        "Agence France-Presse",
    ]


def test_an_unknown_provider_is_its_own_agency():
    assert normalise("Springfield Herald") == "Springfield Herald"


def test_a_trailing_photo_word_is_not_part_of_the_agency_name():
    agency, length = lookup("AP Photo")
    assert (agency.name, length) == ("Associated Press", 2)


# --- the seed article and the pipeline ------------------------------------------


def test_the_seed_article_has_one_credit_from_getty_images(seed_text):
    doc = newslens.analyse(seed_text, strict=True)
    layer = doc["image_credits"]
    assert [(doc.text_of(a), a.label, dict(a.data)) for a in layer] == [
        (
            "[Image Credit: Getty Images]",
            "line",
            {"photographer": None, "provider": "Getty Images", "agency": "Getty Images"},
        )
    ]


def test_the_layer_records_its_analyser_and_version(seed_text):
    layer = newslens.analyse(seed_text, strict=True)["image_credits"]
    assert (layer.provenance.analyser, layer.provenance.version, layer.provenance.plugin) == (
        "image_credits",
        ImageCreditsAnalyser.version,
        "newslens",
    )


def test_a_long_paragraph_of_capitalised_words_and_slashes_finds_nothing_and_ends():
    doc = newslens.parse("Headline\n\n" + "Aaaa Bbbb/Cccc Dddd via Eeee. (Ffff Gggg/Hhhh) " * 2000 + "end.")
    assert ImageCreditsAnalyser().analyse(doc) == []


# --- where credits are looked for ----------------------------------------------------


def test_label_words_that_overlap_are_each_a_trigger():
    assert _triggers("GRAPHICREDIT: Jane Doe") == [0, 6]


def test_label_words_are_triggers_only_as_spelt_in_the_list_at_their_offsets_past_ascii():
    assert _triggers("photo PhOTO \u201cPhoto\u201d \u00e9 PHOTO") == [13, 22]


def test_brackets_slashes_via_dashes_and_bars_are_triggers():
    assert _triggers("Photo (AP) / via — | x") == [0, 6, 11, 12, 17, 18]


def test_via_and_bars_without_their_spaces_are_no_triggers():
    assert _triggers("via Olivia's trivia|x | y") == [21]


def test_a_bracket_that_closes_before_any_separator_is_not_tried_as_a_credit():
    assert _may_match_at("Sen. Jane Doe (R-Utah) said so.", 14) is False


def test_a_bracketed_agency_photo_credit_is_tried():
    assert _may_match_at("A rally in Iowa. (AP Photo/Evan Vucci)", 17) is True


def test_prose_without_a_label_photo_or_separator_is_not_tried():
    assert _may_match_at("He spoke at length, and then left.", 20) is False


def test_a_signer_with_a_trailing_word_names_the_signer_without_it():
    assert lookup("AP Photo\n")[1] == 2


@pytest.mark.parametrize("pattern", [CREDIT_AT, WHOLE_CREDIT], ids=["CREDIT_AT", "WHOLE_CREDIT"])
def test_the_credit_patterns_hold_the_agency_list_once(pattern):
    assert pattern.pattern.count(r"\L<known_long>") == 1


@pytest.mark.parametrize(
    "line",
    ["Jim Urquhart / Reuters.", "SAUL LOEB via getty images", "(Photo by Joe Raedle/Getty Images)", "Pool/AP", "Staff photo"],
)
def test_a_credit_line_may_be_a_whole_credit(line):
    assert may_be_whole_credit(line) is True


def test_prose_with_a_common_lower_case_word_is_no_whole_credit():
    assert may_be_whole_credit("Jim Urquhart said Reuters would pay.") is False


def test_prose_before_a_slash_is_not_tried_as_a_credit():
    assert _may_match_at("The survey has a margin of error of +/- 4 points.", 0) is False


def test_a_bracketed_aside_with_for_is_not_tried_as_a_credit():
    assert _may_match_at("He left. (Mr. Lee has also called for a vote.)", 9) is False


def test_a_bracketed_name_for_an_outlet_is_tried():
    assert _may_match_at("A rally. (Jane Doe for The Washington Post)", 9) is True


def test_an_agency_name_matches_in_any_case_with_full_case_folding():
    # "ß" folds to "ss": the names that hold "ss" keep full folding, as before.
    assert WHOLE_CREDIT.fullmatch("Jane Doe/Aßociated Preß").span() == (0, 23)
