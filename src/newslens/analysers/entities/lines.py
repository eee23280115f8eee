"""The lines of an article that hold a pattern, for patterns that never cross a line.

A costly pattern that fits within one line (a picture credit, a results line) need
only run on the lines where a cheap sign of it appears, instead of along the whole
text; its matches there are the ones it would find in the whole text.
"""

from __future__ import annotations

import regex

__all__ = ["lines_at", "lines_holding"]


def lines_holding(sign: regex.Pattern, text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` where ``sign`` matches, in order, once each.

    ``end`` is the position of the line's line break (or the end of the text).
    """
    # No timeout: a sign is a short pattern with nothing to backtrack over.
    return lines_at(text, [hit.start() for hit in sign.finditer(text)])


def lines_at(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` holding one of ``positions`` (in order),
    in order, once each; ``end`` as ``lines_holding`` gives it."""
    lines = []
    end = -1
    for at in positions:
        if at < end:
            continue  # on the line already taken
        end = text.find("\n", at)
        if end == -1:
            end = len(text)
        lines.append((text.rfind("\n", 0, at) + 1, end))
    return lines
