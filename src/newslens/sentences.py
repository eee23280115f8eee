"""Split a paragraph into sentences without ending one at U.S., Sept., Gov. or Mr."""

from __future__ import annotations

import regex

from .model import Span

__all__ = ["split_sentences", "ABBREVIATIONS"]

#: Words that take a period and rarely end a sentence (lower-cased, period dropped).
#: From common English usage and the AP Stylebook's abbreviations for titles,
#: months and states; not from any evaluation corpus.
ABBREVIATIONS = frozenset(
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

# A candidate end: . ! or ? (or an ellipsis), closing quotes or brackets, then space.
# It starts only at the first mark of a run and never gives back what it took, so a
# paragraph of 200,000 full stops is one linear scan, not one scan per full stop.
_END = regex.compile(r"""(?<![.!?])(?:[.!?]++|…)["'”’)\]]*+(?=\s)""")
# A lookbehind, not ^: ^ ignores the search's start position, so a word opening
# the sentence (the "Sept." of "Sept. 5 was...") would not be found.
_WORD_BEFORE = regex.compile(r"""(?<![^\s("“‘'\[])([\p{L}.]+)$""")
_NEXT_START = regex.compile(r"""\s+["“‘'(\[]*(\p{L}|\d)""")


#: Words that, after a dotted acronym (U.S., D.C.), show a new sentence has begun.
_OPENERS = frozenset("The But He She It They We I In A An And This That His Her Their Its".split())


def _is_acronym(word: str) -> bool:
    return "." in word[:-1] and len(word) <= 8 and word.replace(".", "").isalpha()


def _abbreviation_before(text: str, dot: int, lo: int) -> str | None:
    """The abbreviation or initial that the period at ``dot`` closes, or None."""
    m = _WORD_BEFORE.search(text, max(lo, dot - 20), dot, timeout=1.0)
    if m is None:
        return None
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS or len(low.replace(".", "")) == 1 or _is_acronym(word + "."):
        return word
    return None


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
    for m in _END.finditer(text, start, end, timeout=5.0):
        stop = m.end()
        nxt = _NEXT_START.match(text, stop, end)
        if nxt is None or nxt.group(1).islower():
            continue
        if m.group(0)[0] == "." and not m.group(0).startswith("..."):
            abbr = _abbreviation_before(text, m.start(), s)
            if abbr is not None:
                following = regex.match(r"\p{L}+", text[nxt.start(1):nxt.start(1) + 12])
                if not (_is_acronym(abbr + ".") and following and following.group(0) in _OPENERS):
                    continue
        out.append(Span(s, stop))
        s = nxt.start(0)
        while s < end and text[s].isspace():
            s += 1
    tail_end = end
    while tail_end > s and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > s:
        out.append(Span(s, tail_end))
    return out
