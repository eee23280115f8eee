"""The demo: the bundled sample article, analysed and shown as a readable report."""

from __future__ import annotations

import subprocess
import sys

import newslens
from newslens import demo
from newslens.model import Annotation, Layer, Provenance, Span


def test_sample_article_ships_in_the_package():
    assert demo.SAMPLE.name == "sample_article.txt"
    assert demo.sample_text().startswith("Russian Troops Start Fighting In Syria")


def test_report_of_a_document_without_layers_shows_its_structure():
    doc = newslens.parse(demo.sample_text())
    assert demo.render_text(doc).splitlines() == [
        "Headline: Russian Troops Start Fighting In Syria After ‘Unprecedented’ Military Buildup",
        "Paragraphs: 16  Sentences: 23  Words: 451",
        "Credits (3):",
        "  - image: [Image Credit: Getty Images]",
        "  - share: Share this article: Russian Troops Start Fighting In Syria After ‘Unprecedented’ Military Buildup",
        "  - more: More from Inquisitr",
        "",
        "No analysers are installed: only the structure is shown (see `newslens plugins`).",
    ]


def test_report_renders_quotes_with_their_speaker_and_unknown_layers_generically():
    text = "Talks Resume\n\n“We will win,” said Ana Ruiz. The deal is done."
    doc = newslens.parse(text)
    q, who, claim = text.index("We"), text.index("Ana"), text.index("The deal")
    quote = Annotation(q, q + 12, label="direct", data={"speaker": Span(who, who + 8), "cue": Span(who - 5, who - 1)})
    other = Annotation(claim, claim + 17, label="claim", data={"confidence": 0.5, "words": [Span(claim, claim + 3)]})
    doc = doc.with_layer(Layer("quotes", [attrs_id(quote, "quotes-1")], Provenance("quotes", "0.1.0")))
    doc = doc.with_layer(Layer("claims", [attrs_id(other, "claims-1")], Provenance("claims", "9")))
    assert demo.render_text(doc).split("\n\n", 1)[1] == (
        "Quotes (1) — quotes 0.1.0\n"
        "  [direct] “Ana Ruiz”: “We will win,”\n"
        "\n"
        "Claims (1) — claims 9\n"
        "  [claim] “The deal is done.” {confidence=0.5, words=[“The”]}"
    )


def attrs_id(ann, id_):
    import attrs

    return attrs.evolve(ann, id=id_)


def test_python_dash_m_newslens_demo_prints_the_report():
    done = subprocess.run([sys.executable, "-m", "newslens.demo"], capture_output=True, text=True)
    lines = done.stdout.splitlines()
    assert done.returncode == 0
    assert lines[:3] == [
        "newslens demo: sample_article.txt",
        "",
        "Headline: Russian Troops Start Fighting In Syria After ‘Unprecedented’ Military Buildup",
    ]
