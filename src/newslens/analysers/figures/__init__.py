"""The ``figures`` analyser: one annotation per number an article states.

Labels: ``number`` (a count or amount), ``ordinal``, ``percent``, ``money``
(``data.currency`` an ISO 4217 code), ``quantity`` (``data.unit``), and the kinds the
scorers leave alone: ``duration`` ("four days", "four-year war"), ``age`` ("a
45-year-old"), ``range`` ("between 10 and 20", "10-20"), ``date``, ``year``, ``time``.
Every annotation's data has ``value``, ``unit``, ``currency``, ``approximate``,
``bound`` ("min" / "max" for "at least" / "up to") and ``counted`` (what the number
counts, as written: "tank landing ships", or the verb before it: "killed").
"""

from __future__ import annotations

import regex

from newslens import Analyser, Annotation, Findings, hookimpl

from .finding import find_figures

__all__ = ["FiguresAnalyser", "find_figures"]


class FiguresAnalyser(Analyser):
    """Find the numbers an article states, with their values, units, currencies and hedges."""

    name = "figures"
    version = "0.1.0"
    requires = ()
    produces = "figures"

    def analyse(self, doc) -> Findings:
        """One annotation per figure in the headline and the body paragraphs."""
        paragraphs = ([doc.headline] if doc.headline is not None else []) + list(doc.body)
        annotations: list[Annotation] = []
        text = doc.text
        # Each annotation made with the id the pipeline would give it ("figures-1", in
        # order from 1) is kept by the pipeline as it is: one object per figure, not two.
        prefix = f"{self.produces}-"
        for para in paragraphs:
            headline = para is doc.headline
            try:
                found = find_figures(text, para.start, para.end, title_case=headline)
            except ValueError:
                if text is doc.text:
                    text = _readable(text)  # once per document, only when needed
                found = find_figures(text, para.start, para.end, title_case=headline)
            for f in found:
                annotations.append(
                    Annotation(f.start, f.end, label=f.label, data=f.data, id=f"{prefix}{len(annotations) + 1}")
                )
        counts: dict[str, int] = {}
        for a in annotations:
            counts[a.label] = counts.get(a.label, 0) + 1
        return Findings(annotations, summary={"counts": counts})


_DIGIT = regex.compile(r"\d")


def _readable(text: str) -> str:
    """``text`` with every digit that Python cannot read masked as "x" (same length).

    The regex module's Unicode tables are newer than Python's, so ``\\d`` can match
    a digit (U+16D73, say) that ``float()`` refuses. Such digits cannot be given a
    value; masking them in a same-length copy keeps every offset valid.
    """
    return "".join("x" if _DIGIT.match(ch) and not ch.isdecimal() else ch for ch in text)


@hookimpl
def register_analysers(register):
    """Register the figures analyser."""
    register(FiguresAnalyser())
