"""Where in an article its sources may be mentioned: the headline and the body's
paragraphs, not the credits ("More from Inquisitr" names no source)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from operator import attrgetter
from typing import Final, TypeVar

from newslens.model import Span

from .mentions import Extent

__all__ = ["Regions"]

_START_END: Final = attrgetter("start", "end")
_START: Final = attrgetter("start")
#: Spans of any kind: annotations, say.
_S = TypeVar("_S", bound=Span)


class Regions:
    """The headline and body paragraphs, in order, answering "which holds this?" fast."""

    def __init__(self, spans: list[Span]):
        # In the order spans sort in, (start, end), compared as plain pairs: Span's own
        # comparison is a Python call for each pair.
        self.spans = sorted(spans, key=_START_END)
        self.starts = [s.start for s in self.spans]
        self.ends = [s.end for s in self.spans]

    @property
    def bounds(self) -> tuple[int, int]:
        """From the start of the first region to the end of the last (0, 0 when none)."""
        return (self.spans[0].start, self.spans[-1].end) if self.spans else (0, 0)

    def around(self, offset: int) -> Span | None:
        """The region that holds ``offset``, or None (a credit, or between paragraphs)."""
        i = bisect_right(self.starts, offset)
        if i and offset < self.spans[i - 1].end:
            return self.spans[i - 1]
        return None

    def holding(self, spans: Iterable[_S]) -> list[_S]:
        """Those of ``spans`` that lie wholly inside one region (:meth:`contain` for
        each, in one pass: this runs for every entity), in order of start; those that
        share a start in their order."""
        starts, ends = self.starts, self.ends
        return [
            span for span in sorted(spans, key=_START)
            if (i := bisect_right(starts, span.start)) and span.end <= ends[i - 1] and span.start < ends[i - 1]
        ]

    def contain(self, span: Span | Extent) -> bool:
        """Whether ``span`` lies wholly inside one region."""
        region = self.around(span.start)
        return region is not None and span.end <= region.end
