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

from newslens import Analyser, Findings, hookimpl

from .annotating import annotate_figures
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
        annotations, counts = annotate_figures(doc, self.produces)
        return Findings(annotations, summary={"counts": counts})


@hookimpl
def register_analysers(register):
    """Register the figures analyser."""
    register(FiguresAnalyser())
