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


def _span(pair: tuple[int, int] | None) -> Span | None:
    return None if pair is None else Span(pair[0], pair[1])


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
        return [_annotation(a) for a in sorted(found, key=lambda a: (a.start, a.end))]


def _annotation(att: Attribution) -> Annotation:
    data = {
        "cue": _span(att.cue),
        "speaker": _span(att.speaker),
        "source": None,
        "antecedent": _span(att.antecedent),
    }
    if len(att.parts) > 1:
        data["parts"] = [Span(a, b) for a, b in att.parts]
    return Annotation(att.start, att.end, label=att.label, data=data)


@hookimpl
def register_analysers(register) -> None:
    """Register the built-in quotes analyser."""
    register(QuotesAnalyser())
