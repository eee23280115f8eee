"""The sourcing profile of one article: how many attributions rest on whom.

Each attribution (an annotation of the ``quotes`` layer) rests on a named source
(a person, an organisation, a document), an anonymous one ("two unnamed
sources", "U.S. officials"), another news outlet, or on no one the text names.
The ``sources`` analyser may put these counts in its layer's summary; when it
does, they are read from there, otherwise they are counted from the quotes and
their sources (or, without a sources layer, from the words of each speaker).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..model import Annotation, Document

__all__ = ["KINDS", "attribution_kind", "sourcing_profile"]

#: The kinds of attribution, in the order reports show them.
KINDS = ("named", "anonymous", "outlet", "unattributed")

_SOURCE_KIND = {"person": "named", "organization": "named", "organisation": "named", "document": "named",
                "anonymous": "anonymous", "outlet": "outlet"}

# Words that make a speaker unnamed when no sources layer says who it is.
_ANONYMOUS_SPEAKER = regex.compile(
    r"""\b(?:sources?|officials?|unnamed|anonymous|insiders?|aides?|diplomats?
        |(?:people|persons?|someone)\s+(?:familiar|close|briefed|with\s+knowledge))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)

# Keys a sources-layer summary may use for each kind (the first found wins).
_SUMMARY_KEYS = {
    "named": ("named", "named_count"),
    "anonymous": ("anonymous", "anonymous_count"),
    "outlet": ("outlet", "outlets", "outlet_count"),
    "unattributed": ("unattributed", "unknown"),
}
_SHARE_KEYS = ("anonymous_share", "share_anonymous", "anonymous_ratio")


def attribution_kind(doc: Document, quote: Annotation) -> str:
    """``named``, ``anonymous``, ``outlet`` or ``unattributed`` for one quote."""
    sources = doc.get("sources")
    source_id = quote.data.get("source")
    if sources is not None and isinstance(source_id, str):
        source = sources.by_id(source_id)
        if source is not None:
            return _SOURCE_KIND.get(source.label, "named")
    speaker = quote.data.get("speaker")
    if speaker is None or not hasattr(speaker, "start"):
        return "unattributed"
    if _ANONYMOUS_SPEAKER.search(doc.text[speaker.start : speaker.end], timeout=1):
        return "anonymous"
    return "named"


def _from_summary(summary: Mapping[str, Any]) -> dict[str, int] | None:
    counts: dict[str, int] = {}
    for kind, keys in _SUMMARY_KEYS.items():
        for key in keys:
            value = summary.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                counts[kind] = value
                break
    if "anonymous" not in counts or "named" not in counts:
        return None
    return {kind: counts.get(kind, 0) for kind in KINDS}


def sourcing_profile(doc: Document) -> dict[str, Any]:
    """Counts of attributions by kind, their total, and the share that is anonymous.

    ``{"named", "anonymous", "outlet", "unattributed", "attributions",
    "anonymous_share", "from"}``: the share is anonymous / all attributions
    (None when there are none); ``from`` says where the counts came from:
    ``sources`` (the sources layer's summary), ``quotes`` or ``none`` (no quotes layer).
    """
    counts: dict[str, int] | None = None
    share: float | None = None
    origin = "none"
    sources = doc.get("sources")
    if sources is not None and sources.summary:
        counts = _from_summary(sources.summary)
        if counts is not None:
            origin = "sources"
            for key in _SHARE_KEYS:
                value = sources.summary.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    share = float(value)
                    break
    if counts is None:
        counts = dict.fromkeys(KINDS, 0)
        quotes = doc.get("quotes")
        if quotes is not None:
            origin = "quotes"
            for q in quotes:
                counts[attribution_kind(doc, q)] += 1
    total = sum(counts.values())
    if share is None:
        share = counts["anonymous"] / total if total else None
    return {**counts, "attributions": total, "anonymous_share": share, "from": origin}
