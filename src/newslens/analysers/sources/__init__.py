"""The ``sources`` analyser: on whose word the article rests.

One annotation per distinct source of information the article relies on: the
people, organisations, outlets and documents it cites, and the unnamed people it
leans on ("two unnamed sources cited by Reuters"). It reads each quote's speaker
from the ``quotes`` layer and the names from the ``entities`` layer, and finds by
itself the sources cited without a quote ("According to MSN", "As previously
reported by the Inquisitr", "Fox News now reports"). Each quote's ``data.source``
is set to its source's id by the pipeline, through :attr:`SourcesAnalyser.links`.

The layer's summary counts how many attributions rest on named people, on
organisations, on other outlets, on documents and on unnamed sources, and the
share that is anonymous. See docs/analysers/sources.md.
"""

from __future__ import annotations

from newslens import Analyser, Findings, hookimpl
from newslens.model import Document

from .gather import find_sources

__all__ = ["SourcesAnalyser"]


class SourcesAnalyser(Analyser):
    """One annotation per distinct source the article relies on, with a summary of them."""

    name = "sources"
    version = "0.1.0"
    requires = ("quotes", "entities")
    produces = "sources"
    links = {"quotes": ("quotes", "source")}

    def analyse(self, doc: Document) -> Findings:
        """Gather the article's sources from its quotes, citations and names."""
        return find_sources(doc)


@hookimpl
def register_analysers(register):
    """Register the sources analyser."""
    register(SourcesAnalyser())
