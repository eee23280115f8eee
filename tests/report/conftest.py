"""Documents built by hand for the report tests, independent of any analyser."""

from __future__ import annotations

import pytest

from newslens import Annotation, Layer, Provenance, Span, parse

STORY = (
    "Mayor Backs New Bridge Plan\n\n"
    "“We will build it by 2030,” Mayor Ana Ruiz said on Monday.\n\n"
    "Two officials who asked not to be named said the cost could reach $40 million, "
    "according to the Daily Ledger.\n\n"
    "Photo by Sam Lee/City Press"
)


def _find(text: str, words: str, start: int = 0) -> Span:
    i = text.index(words, start)
    return Span(i, i + len(words))


def _layer(name: str, annotations, summary=None) -> Layer:
    return Layer(name, annotations, Provenance(f"{name}-stub", "0.1"), summary or {})


def build_story(text: str = STORY):
    """The story with hand-made quotes, sources, entities, figures and image credits."""
    doc = parse(text)
    q1 = _find(text, "We will build it by 2030,")
    ruiz = _find(text, "Mayor Ana Ruiz")
    said1 = _find(text, "said", ruiz.end)
    officials = _find(text, "Two officials who asked not to be named")
    said2 = _find(text, "said", officials.end)
    content2 = _find(text, "the cost could reach $40 million")
    ledger = _find(text, "the Daily Ledger")
    quotes = [
        Annotation(q1.start, q1.end, label="direct", id="quotes-1",
                   data={"cue": said1, "speaker": ruiz, "source": "sources-1"}),
        Annotation(content2.start, content2.end, label="indirect", id="quotes-2",
                   data={"cue": said2, "speaker": officials, "source": "sources-2"}),
    ]
    sources = [
        Annotation(ruiz.start, ruiz.end, label="person", id="sources-1",
                   data={"name": "Ana Ruiz", "role": "Mayor", "count": None, "via": None, "mentions": [ruiz], "quotes": ["quotes-1"]}),
        Annotation(officials.start, officials.end, label="anonymous", id="sources-2",
                   data={"name": None, "role": "officials", "count": 2, "via": "sources-3", "mentions": [officials], "quotes": ["quotes-2"]}),
        Annotation(ledger.start, ledger.end, label="outlet", id="sources-3",
                   data={"name": "Daily Ledger", "role": None, "count": None, "via": None, "mentions": [ledger], "quotes": []}),
    ]
    ana = _find(text, "Ana Ruiz")
    entities = [
        Annotation(ana.start, ana.end, label="PERSON", id="entities-1", data={"canonical": "Ana Ruiz"}),
        Annotation(ledger.start + 4, ledger.end, label="ORG", id="entities-2", data={"canonical": "Daily Ledger"}),
    ]
    year = _find(text, "2030")
    money = _find(text, "$40 million")
    two = _find(text, "Two")
    figures = [
        Annotation(year.start, year.end, label="year", id="figures-1", data={"value": 2030, "unit": None}),
        Annotation(two.start, two.end, label="number", id="figures-2", data={"value": 2, "unit": None, "counted": "officials"}),
        Annotation(money.start, money.end, label="money", id="figures-3", data={"value": 40000000, "currency": "USD"}),
    ]
    credit = _find(text, "Photo by Sam Lee/City Press")
    credits = [Annotation(credit.start, credit.end, label="image", id="image_credits-1",
                          data={"photographer": "Sam Lee", "provider": "City Press", "agency": "City Press"})]
    for layer in (
        _layer("quotes", quotes),
        _layer("sources", sources),
        _layer("entities", entities),
        _layer("figures", figures),
        _layer("image_credits", credits),
    ):
        doc = doc.with_layer(layer)
    return doc


@pytest.fixture
def story():
    """The hand-annotated bridge story."""
    return build_story()
