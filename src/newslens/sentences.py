"""Split a paragraph into sentences without ending one at U.S., Sept., Gov. or Mr."""

from __future__ import annotations

from typing import Final

import regex

from .model import Span
from .places import char_places

__all__ = ["split_sentences", "ABBREVIATIONS"]

#: Words that take a period and rarely end a sentence (lower-cased, period dropped).
#: From common English usage and the AP Stylebook's abbreviations for titles,
#: months and states; not from any evaluation corpus.
ABBREVIATIONS: Final = frozenset(
    """
    mr mrs ms mx dr prof sr jr st mt ft gen lt col maj capt cmdr sgt adm gov sen rep
    pres rev hon supt det insp atty messrs mmes
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn vt va wash wis wyo
    inc corp co ltd llc bros dept univ assn est approx no nos vol vols fig figs pp op
    vs etc al cf e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y l.a u.s.a
    """.split()
)

# A sentence end: . ! or ? (or an ellipsis), closing quotes or brackets, then space
# and the next sentence's first letter or digit (group "next"), past any opening
# quotes. It is matched only where _may_end found a place it may read, at the
# first mark of a run, and never gives back what it took. The same match also takes
# the word just before the mark (group "word": letters and periods after a space or
# an opening quote, within the 20 characters before the mark, which may follow it
# after one line break), so each end costs one call into the regex engine, not three.
# The lookbehind sees the text before the paragraph too: a word is never cut at the
# paragraph's edge.
#: The marks that may end a sentence, and what may close it after them.
_MARKS: Final = ".!?…"
_CLOSERS: Final = "\"'”’)]"

_END: Final = regex.compile(
    r"""
    (?:(?<=(?<![^\s("“‘'\[])                               # the word before, if any,
        (?:(?P<word>[\p{L}.]{1,20})|(?P<word>[\p{L}.]{1,19})\n))|)   # or before a line break
    (?<![.!?])(?:[.!?]++|…)[CLOSERS]*+                    # the marks and closers
    (?=\s+["“‘'(\[]*(?P<next>\p{L}|\d))                    # what follows
    """.replace("CLOSERS", regex.escape(_CLOSERS)),
    regex.VERBOSE,
)
_LETTERS: Final = regex.compile(r"\p{L}+")
# _END's groups by number: ``regex`` reads a group given by name only after trying the
# name as a number, which raises and clears a TypeError (about a microsecond a look,
# and each sentence end takes two or three).
_NEXT: Final = _END.groupindex["next"]
_WORD: Final = _END.groupindex["word"]


def _may_end(text: str, start: int, end: int) -> list[int]:
    """Where _END may match in ``text[start:end]``, in order: a mark that any closers and
    then white space follow (so the last mark of a run).

    The marks are found by :func:`~newslens.places.char_places` (``str.find``), not
    by a pattern scan of every character of the paragraph: few are marks.
    """
    places = []
    for i in char_places(text, _MARKS, start, end):
        j = i + 1
        while j < end and text[j] in _CLOSERS:
            j += 1
        if j < end and text[j].isspace():  # what re's \s, which the pattern had, matches
            places.append(i)
    return places


#: Words that, after a dotted acronym (U.S., D.C.), show a new sentence has begun.
_OPENERS: Final = frozenset("The But He She It They We I In A An And This That His Her Their Its".split())


def _is_acronym(word: str) -> bool:
    return "." in word[:-1] and len(word) <= 8 and word.replace(".", "").isalpha()


def _is_abbreviation(word: str) -> bool:
    """Whether the period after ``word`` closes an abbreviation or an initial."""
    if "." not in word:  # most words before a period: no acronym, nothing to strip
        low = word.lower()
        return low in ABBREVIATIONS or len(low) == 1
    low = word.lower().rstrip(".")
    return low in ABBREVIATIONS or len(low.replace(".", "")) == 1 or _is_acronym(word + ".")


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """The sentences of ``text[start:end]`` as spans, trimmed of white space.

    A sentence ends at ., ! or ? (with any closing quotes or brackets) followed by
    white space and a capital, a digit or an opening quote, unless the period closes
    a known abbreviation or an initial. After a dotted acronym ("the U.S.") a
    sentence ends only when a typical opener follows ("The", "He", "But").
    """
    out: list[Span] = []
    s = start
    while s < end and text[s].isspace():
        s += 1
    for pos in _may_end(text, start, end):
        while pos > start and text[pos - 1] in ".!?":  # _END starts at the first mark of a run
            pos -= 1
        m = _END.match(text, pos, end)
        if m is None or m.group(_NEXT).islower():
            continue
        stop = m.end()
        # A word that begins before this sentence does is not this period's word.
        # (The match starts at pos: what precedes the marks is only looked behind at.)
        if m.start(_WORD) >= s and text[pos] == "." and not text.startswith("...", pos):
            abbr = m.group(_WORD)
            if _is_abbreviation(abbr):
                first = m.start(_NEXT)
                following = _LETTERS.match(text[first : first + 12])
                if not (_is_acronym(abbr + ".") and following and following.group(0) in _OPENERS):
                    continue
        out.append(Span(s, stop))
        s = stop
        while s < end and text[s].isspace():
            s += 1
    tail_end = end
    while tail_end > s and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > s:
        out.append(Span(s, tail_end))
    return out
