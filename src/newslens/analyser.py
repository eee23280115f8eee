"""What an analyser is: a declaration (name, version, requires, produces) and ``analyse``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, runtime_checkable

import attrs
import regex

from .model import _NO_DATA, Annotation, Data, Document, _as_data

__all__ = ["Analyser", "AnalyserSpec", "Findings", "DeclarationError"]

_NAME = regex.compile(r"^[a-z][a-z0-9_]*(?:[-.][a-z0-9_]+)*$")


class DeclarationError(ValueError):
    """An analyser's declaration (name, version, requires, produces) is malformed."""


@runtime_checkable
class AnalyserSpec(Protocol):
    """The protocol every analyser meets; subclass :class:`Analyser` for convenience."""

    name: str
    version: str
    requires: tuple[str, ...]
    produces: str

    def analyse(self, doc: Document) -> Iterable[Annotation] | Findings:
        """Return the annotations of the produced layer for ``doc``."""
        ...


@attrs.frozen
class Findings:
    """What ``analyse`` may return instead of bare annotations: those plus a summary.

    ``summary`` is JSON-shaped data about the whole document that belongs on the
    layer (the sources layer's counts of named and anonymous attributions, say).
    """

    annotations: tuple[Annotation, ...] = attrs.field(converter=tuple)
    summary: Data = attrs.field(default=_NO_DATA, converter=_as_data)


class Analyser:
    """Base class for analysers: declare the four attributes, write ``analyse``.

    ``name``: a lower-case identifier, unique among installed analysers.
    ``version``: the analyser's own version; it is stamped on the layer.
    ``requires``: the layers (made by other analysers) that ``analyse`` reads.
    ``produces``: the one layer this analyser makes.
    ``links``: optional; ``{field: (layer, back_field)}`` says that ``data[field]``
    of this layer's annotations lists ids in ``layer``, and the pipeline should set
    ``data[back_field]`` of each of those to this annotation's id (the sources
    layer fills each quote's ``source`` this way, without touching the quotes).

    ``analyse(doc)`` returns annotations (or :class:`Findings`) and must not change
    anything: the document is frozen anyway. Keep instances picklable.
    """

    name: str = ""
    version: str = "0"
    requires: tuple[str, ...] = ()
    produces: str = ""
    links: Mapping[str, tuple[str, str]] = {}

    def analyse(self, doc: Document) -> Iterable[Annotation] | Findings:
        """Return the annotations of :attr:`produces` for ``doc``."""
        raise NotImplementedError(f"{type(self).__name__} must implement analyse(doc)")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {self.version}: {list(self.requires)} -> {self.produces}>"


def check_declaration(analyser: Any, where: str = "") -> None:
    """Raise :class:`DeclarationError` naming what is wrong with ``analyser``'s declaration."""
    label = f"analyser {getattr(analyser, 'name', None) or type(analyser).__name__!r}{where}"
    name = getattr(analyser, "name", None)
    if not isinstance(name, str) or not _NAME.match(name):
        raise DeclarationError(f"{label}: name must be a lower-case identifier such as 'quotes', got {name!r}")
    version = getattr(analyser, "version", None)
    if not isinstance(version, str) or not version:
        raise DeclarationError(f"{label}: version must be a non-empty string, got {version!r}")
    produces = getattr(analyser, "produces", None)
    if not isinstance(produces, str) or not _NAME.match(produces):
        raise DeclarationError(f"{label}: produces must name one layer such as 'quotes', got {produces!r}")
    requires = getattr(analyser, "requires", None)
    if isinstance(requires, str) or not isinstance(requires, (tuple, list, frozenset, set)) or not all(
        isinstance(r, str) and _NAME.match(r) for r in requires
    ):
        raise DeclarationError(f"{label}: requires must be a tuple of layer names, got {requires!r}")
    if produces in requires:
        raise DeclarationError(f"{label}: requires the layer it produces ({produces!r})")
    if not callable(getattr(analyser, "analyse", None)):
        raise DeclarationError(f"{label}: has no analyse(doc) method")
    links = getattr(analyser, "links", {}) or {}
    if not isinstance(links, Mapping) or not all(
        isinstance(k, str) and isinstance(v, tuple) and len(v) == 2 and v[0] in requires for k, v in links.items()
    ):
        raise DeclarationError(
            f"{label}: links must map a data field to (required layer, back field), got {links!r}"
        )
