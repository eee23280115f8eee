"""The ``quotes`` analyser: one annotation per attribution, who said what and how.

Finds direct quotes in every quotation style, indirect speech ("X said that...",
"according to X"), mixed forms, reported thought and stance ("X believes"), with
the cue, the speaker's words and, for pronoun or descriptive speakers, the
earlier named mention they stand for. See docs/analysers/quotes.md.
"""

from __future__ import annotations

from newslens import Analyser, Annotation, Span, hookimpl
from newslens.model import Document

from .antecedents import resolve_antecedents
from .attribution import Attribution, find_attributions

__all__ = ["QuotesAnalyser", "register_analysers"]


class QuotesAnalyser(Analyser):
    """Attributions: content span, label direct/indirect/mixed, cue, speaker, antecedent."""

    name = "quotes"
    version = "0.1.0"
    requires = ()
    produces = "quotes"

    def analyse(self, doc: Document) -> list[Annotation]:
        """One annotation per attribution, in text order."""
        paragraphs = [(p.start, p.end) for p in doc.body]
        headline = None
        if doc.headline is not None:
            headline = (doc.headline.start, doc.headline.end)
            paragraphs.insert(0, headline)
        sentences = [(s.start, s.end) for s in doc.sentences]
        found = find_attributions(doc.text, paragraphs, sentences, headline)
        resolve_antecedents(doc.text, found)
        found.sort(key=_text_order)
        return [_annotation(a) for a in found]


def _text_order(att: Attribution) -> tuple[int, int]:
    """``(att.start, att.end)``, read from the parts directly (a sort key runs once per attribution)."""
    parts = att.parts
    return parts[0][0], parts[-1][1]


def _annotation(att: Attribution) -> Annotation:
    # the three optional spans written out, not through a helper: a call less for each
    cue, speaker, ante = att.cue, att.speaker, att.antecedent
    data = {
        "cue": None if cue is None else Span(cue[0], cue[1]),
        "speaker": None if speaker is None else Span(speaker[0], speaker[1]),
        "source": None,
        "antecedent": None if ante is None else Span(ante[0], ante[1]),
    }
    parts = att.parts
    if len(parts) > 1:
        data["parts"] = [Span(a, b) for a, b in parts]
    return Annotation(parts[0][0], parts[-1][1], label=att.label, data=data)


@hookimpl
def register_analysers(register) -> None:
    """Register the built-in quotes analyser."""
    register(QuotesAnalyser())
