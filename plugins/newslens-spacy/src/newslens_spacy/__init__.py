"""newslens-spacy: the ``entities`` layer from a spaCy pipeline instead of the built-in rules.

Set ``NEWSLENS_SPACY_MODEL`` to a spaCy package name or path to register the
``spacy-entities`` analyser, and disable the built-in ``entities`` analyser
(``--disable entities``): two producers of one layer are a plan error by design.
"""

from __future__ import annotations

import os
from typing import Any

import regex

from newslens import Analyser, Annotation, Document, hookimpl
from newslens.analysers.entities.lexicons import NAME_LABELS, lexicons

__all__ = ["ENV_VAR", "SpacyEntitiesAnalyser", "register_analysers"]
__version__ = "0.1.0"

#: The environment variable naming the spaCy pipeline to load (package name or path).
ENV_VAR = "NEWSLENS_SPACY_MODEL"

#: spaCy labels that are named entities in the contract; numbers, dates and the rest are left out.
NAMED = frozenset(NAME_LABELS)

_SPACE = regex.compile(r"\s+")
_POSSESSIVE = regex.compile(r"['’]s?$")


class SpacyEntitiesAnalyser(Analyser):
    """Named entities from a spaCy pipeline, in the layout of the built-in ``entities`` layer.

    ``nlp`` is a loaded ``spacy.Language``; or give ``model`` (a package name or path)
    and it is loaded on first use. The pipeline must set ``doc.ents``.
    """

    name = "spacy-entities"
    version = __version__
    requires = ()
    produces = "entities"

    def __init__(self, nlp: Any = None, *, model: str | None = None):
        if nlp is None and model is None:
            raise ValueError(
                "give a spaCy Language (nlp=...) or a model name or path (model=...)"
            )
        self._nlp = nlp
        self.model = model

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model)
        return self._nlp

    def __getstate__(self) -> dict[str, Any]:
        # A loaded pipeline can be large: workers reload it from the model name.
        return {"_nlp": None if self.model else self._nlp, "model": self.model}

    def analyse(self, doc: Document) -> list[Annotation]:
        """One annotation per entity spaCy finds, with canonical name, role and outlet."""
        text = doc.text
        sdoc = self.nlp(text)
        found: list[tuple[int, int, str]] = []
        for ent in sdoc.ents:
            if ent.label_ not in NAMED:
                continue
            start, end = _trim(text, ent.start_char, ent.end_char)
            if start < end:
                found.append((start, end, ent.label_))
        canonical = _canonical_names(text, found)
        lex = lexicons()
        out = []
        for (start, end, label), name in zip(found, canonical):
            surface = _SPACE.sub(" ", text[start:end])
            kind = (
                lex.names.get(surface, (None, None))[1]
                or lex.names.get(name, (None, None))[1]
            )
            out.append(
                Annotation(
                    start,
                    end,
                    label=label,
                    data={
                        "canonical": name,
                        "role": _role(text, start, lex) if label == "PERSON" else None,
                        "outlet": label == "ORG" and kind == "outlet",
                    },
                )
            )
        return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave out a leading "the" and a trailing possessive, as the built-in layer does."""
    if text[start : start + 4].lower() == "the ":
        start += 4
    tail = _POSSESSIVE.search(text, start, end)
    if tail is not None and tail.start() > start:
        end = tail.start()
    return start, end


def _canonical_names(text: str, found: list[tuple[int, int, str]]) -> list[str]:
    """The fullest name of each mention's entity: the longest same-label name ending in its words."""
    names = [_SPACE.sub(" ", text[s:e]) for s, e, _ in found]
    out = []
    for name, (_, _, label) in zip(names, found):
        best = name
        for other, (_, _, other_label) in zip(names, found):
            if (
                other_label == label
                and len(other) > len(best)
                and (other.endswith(" " + name) or other == name)
            ):
                best = other
        out.append(best)
    return out


def _role(text: str, start: int, lex) -> str | None:
    """The title written right before a person's name ("Secretary of State", "spokesman")."""
    before = text[max(0, start - 60) : start].rstrip()
    words = before.split()
    for n in range(min(4, len(words)), 0, -1):  # the longest title that fits
        candidate = " ".join(words[-n:])
        got = lex.names.get(candidate)
        if (got is not None and got[1] == "title") or candidate in lex.titles_lower:
            return candidate
    return None


@hookimpl
def register_analysers(register):
    """Register ``spacy-entities`` when ``NEWSLENS_SPACY_MODEL`` names a spaCy pipeline."""
    model = os.environ.get(ENV_VAR)
    if model:
        register(SpacyEntitiesAnalyser(model=model))
