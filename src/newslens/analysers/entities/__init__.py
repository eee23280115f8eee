"""The ``entities`` analyser: the people, organisations, places and groups an article names.

Rules, not a learned model: capitalisation, context and lexicons (data files in
``lexicons/``, each naming its source and licence). One annotation per mention,
labelled with OntoNotes names as spaCy uses them; ``data.canonical`` is the
entity's fullest name in the article, ``data.role`` the title written before a
person's name ("Secretary of State" for "Secretary of State John Kerry") or null,
and ``data.outlet`` is true for news media organisations (Reuters, Fox News).

Headlines in Title Case and lines in capitals say nothing by their capitals, so
there only names the lexicons or the rest of the article know are taken.
"""

from __future__ import annotations

from ...analyser import Analyser
from ...hookspecs import hookimpl
from ...model import Annotation, Document
from .reading import entity_annotations

__all__ = ["EntitiesAnalyser", "register_analysers"]


class EntitiesAnalyser(Analyser):
    """Named entities by rule and lexicon: PERSON, ORG, GPE, LOC, NORP and the rest."""

    name = "entities"
    version = "0.1.0"
    requires = ()
    produces = "entities"

    def analyse(self, doc: Document) -> list[Annotation]:
        """One annotation per mention of a named entity, in text order."""
        return entity_annotations(doc, f"{self.produces}-")


@hookimpl
def register_analysers(register):
    """Register the built-in entities analyser."""
    register(EntitiesAnalyser())
