"""Patterns of the ``regex`` module read by the stdlib ``re``, for text below U+3000.

``re`` scans a paragraph several times faster than ``regex``, all the more where
regex keeps a time limit, but its classes (``\\s``, ``\\w``, ``\\b``) are not regex's.
A class of regex, listed code point by code point below :data:`COVERED`, is read
the same by both on text whose every character lies below it: a stretch of such
text (nearly every news article) is read by ``re``, any other by ``regex``.
"""

from __future__ import annotations

import functools
import re

import regex

__all__ = ["COVERED", "is_covered", "re_class"]

#: code points below which the stdlib ``re`` can be given a regex class exactly
COVERED = 0x3000
#: a character at or past ``COVERED``
_BEYOND_COVERED = re.compile(r"[^\x00-\u2fff]")


def is_covered(text: str, lo: int, hi: int) -> bool:
    """Whether every character of ``text[lo:hi]`` lies below ``COVERED``."""
    return _BEYOND_COVERED.search(text, lo, hi) is None


@functools.cache
def re_class(pattern: str) -> str:
    """The code points below ``COVERED`` that the regex class ``pattern`` matches, as an re class body."""
    every = "".join(map(chr, range(COVERED)))
    points = [m.start() for m in regex.finditer(pattern, every)]
    ranges: list[list[int]] = []
    for cp in points:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
        for a, b in ranges
    )
