"""Find the dateline that opens a wire story: ``WASHINGTON (AP) —``, ``SEOUL - ``."""

from __future__ import annotations

from typing import Final

import regex

from .match_groups import group_numbers
from .model import Dateline

__all__ = ["find_dateline"]

_DATELINE: Final = regex.compile(
    r"""
    # no ^: match() anchors at ``start`` already, and ^ would only match at offset 0
    (?P<place>
        \p{Lu}[\p{Lu}.'’-]*(?:\ \p{Lu}[\p{Lu}.'’-]*){0,3}     # WASHINGTON, NEW YORK, ST. LOUIS
        (?:,\ \p{Lu}[\p{L}.'’-]*(?:\ \p{Lu}[\p{L}.'’-]*){0,2}){0,2}   # , Calif. / , Lebanon
    )
    (?:,?\ (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2}))?
    \s*
    (?:\((?P<agency>[\p{L}][\p{L}\ .&-]{0,30})\)\s*)?
    (?P<dash>[—–-]{1,2}|:)\s+
    """,
    regex.VERBOSE,
)
# The groups read here, by number (see newslens.match_groups).
_GROUPS: Final = group_numbers(_DATELINE)


#: The longest dateline looked for, in characters ("ST. LOUIS, Mo., Sept. 12 (Reuters) —" is 37).
MAX_DATELINE_LENGTH: Final = 160


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline at ``text[start:end]``'s head, or None.

    The place must be written in capitals (``SEOUL``, ``BEIRUT, Lebanon``): that is
    what tells a dateline from a sentence that opens with a name and a dash.
    """
    # No dateline is longer than this; looking no further keeps a paragraph of a
    # million capitals from making the pattern backtrack through all of them.
    m = _DATELINE.match(text, start, min(end, start + MAX_DATELINE_LENGTH), timeout=1.0)
    if m is None:
        return None
    place = m.group(_GROUPS.place)
    first_word = place.split(",")[0]
    letters = [c for c in first_word if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    if m.group(_GROUPS.dash) == ":" and not m.group(_GROUPS.agency):
        return None  # "WASHINGTON: ..." alone is too often a heading
    span_end = m.end()
    while span_end > m.start() and text[span_end - 1].isspace():
        span_end -= 1
    return Dateline(start, span_end, place.strip(), m.group(_GROUPS.agency))
