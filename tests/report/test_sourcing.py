"""The sourcing profile: counted from quotes, or read from the sources layer's summary."""

import attrs

from newslens import Annotation, Layer, Provenance, Span, parse
from newslens.report import sourcing_profile


def test_profile_counts_quotes_by_the_kind_of_their_source(story):
    p = sourcing_profile(story)
    assert p == {"named": 1, "anonymous": 1, "outlet": 0, "unattributed": 0, "attributions": 2,
                 "anonymous_share": 0.5, "from": "quotes"}


def test_profile_prefers_the_sources_layer_summary(story):
    sources = attrs.evolve(story["sources"], summary={"named": 3, "anonymous": 1, "outlets": 2, "anonymous_share": 0.1667})
    p = sourcing_profile(story.with_layer(sources))
    assert p == {"named": 3, "anonymous": 1, "outlet": 2, "unattributed": 0, "attributions": 6,
                 "anonymous_share": 0.1667, "from": "sources"}


def test_profile_without_sources_layer_reads_the_speakers_words():
    text = "Officials said it was over. Kim said it was not. It was said."
    doc = parse(text)
    quotes = [
        Annotation(15, 26, label="indirect", data={"speaker": Span(0, 9)}),
        Annotation(37, 47, label="indirect", data={"speaker": Span(28, 31)}),
        Annotation(49, 60, label="indirect", data={"speaker": None}),
    ]
    doc = doc.with_layer(Layer("quotes", quotes, Provenance("stub", "1")))
    p = sourcing_profile(doc)
    assert (p["named"], p["anonymous"], p["unattributed"], p["from"]) == (1, 1, 1, "quotes")


def test_profile_of_a_document_without_quotes_says_so():
    assert sourcing_profile(parse("Title\n\nBody.")) == {
        "named": 0, "anonymous": 0, "outlet": 0, "unattributed": 0, "attributions": 0,
        "anonymous_share": None, "from": "none"}
