"""Quotations that run over paragraphs, parted where a later paragraph gives its own speaker.

A quotation that runs on reopens its mark in each new paragraph, and only its last
paragraph closes it. When that last paragraph goes on "..., Ruiz said" right after
the closing mark, the reporter attributes that paragraph anew: its words are an
attribution of their own, not more of the one the first paragraph opened.
"""

from __future__ import annotations

from typing import Final

import regex

from .cues import find_cues
from .lexicon import VERB_CLASS
from .marks import Quotation

__all__ = ["part_at_new_cues"]

#: how far after the closing mark (in characters) the new cue may come: "Gov. Ana Ruiz said"
_CUE_REACH: Final = 60
#: what may stand between the closing mark and the cue: a speaker's words, no sentence end
_BETWEEN: Final = regex.compile(r"[\s,]*(?:—\s*)?(?:[\p{L}\p{N}.’'\-]+\s+){0,6}")


def part_at_new_cues(text: str, quotations: list[Quotation]) -> list[Quotation]:
    """The quotations, each that runs over paragraphs cut before a last paragraph with a cue of its own."""
    out = []
    for q in quotations:
        if len(q.parts) > 1 and q.closed and _cue_follows(text, q.parts[-1][1]):
            out.append(Quotation(q.parts[:-1], q.single, closed=False))
            out.append(Quotation(q.parts[-1:], q.single, q.closed))
        else:
            out.append(q)
    return out


def _cue_follows(text: str, end: int) -> bool:
    """Whether a verb of saying follows ``end`` within a few words: ``”, Ruiz said``."""
    hi = min(len(text), end + _CUE_REACH)
    newline = text.find("\n", end, hi)
    if newline >= 0:
        hi = newline
    cues = find_cues(text, end, hi)
    if not cues:
        return False
    c = cues[0]
    if VERB_CLASS.get(c.group().lower(), ("", ""))[0] != "speech":
        return False
    m = _BETWEEN.match(text, end, c.start())
    return m is not None and m.end() == c.start()
