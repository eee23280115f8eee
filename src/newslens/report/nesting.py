"""Turn overlapping marks over a stretch of text into balanced, escaped HTML.

Marks from different layers overlap freely (an entity inside a quote, a quote
that starts in the middle of a source's mention). HTML elements must nest, so
the text is cut at every mark boundary and the marks are opened and closed as a
stack: when a mark ends while marks opened after it are still open, those are
closed and opened again right after, as fragments of the same annotation. At
each boundary the marks to open are ordered longest first, so the outer ones
stay outside and fragments stay few.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable

import attrs

__all__ = ["Mark", "nest"]


@attrs.frozen
class Mark:
    """A range of the text to wrap in an element: ``open_tag`` ... ``close_tag``.

    ``rank`` breaks ties between marks with the same extent (lower is outer).
    """

    start: int
    end: int
    open_tag: str
    close_tag: str = "</mark>"
    rank: int = 0


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def nest(text: str, start: int, end: int, marks: Iterable[Mark]) -> str:
    """The escaped HTML of ``text[start:end]`` with ``marks`` (clipped to it) as balanced elements.

    Empty marks, and marks outside the stretch, are left out.
    """
    opening: dict[int, list[Mark]] = defaultdict(list)
    bounds = {start, end}
    for m in marks:
        s, e = max(m.start, start), min(m.end, end)
        if s >= e:
            continue
        m = attrs.evolve(m, start=s, end=e)
        opening[s].append(m)
        bounds.update((s, e))
    out: list[str] = []
    stack: list[Mark] = []
    positions = sorted(bounds)
    for i, pos in enumerate(positions):
        ending = [k for k, m in enumerate(stack) if m.end == pos]
        reopen: list[Mark] = []
        if ending:
            lowest = ending[0]
            for m in reversed(stack[lowest:]):
                out.append(m.close_tag)
            reopen = [m for m in stack[lowest:] if m.end != pos]
            del stack[lowest:]
        to_open = reopen + opening.get(pos, [])
        # Reopened marks started earlier, so for equal ends they stay outside.
        to_open.sort(key=lambda m: (-m.end, m.start, m.rank))
        for m in to_open:
            out.append(m.open_tag)
            stack.append(m)
        if i + 1 < len(positions):
            out.append(_escape(text[pos : positions[i + 1]]))
    for m in reversed(stack):  # only marks ending at ``end`` can be left; close them all
        out.append(m.close_tag)
    return "".join(out)
