"""Resolve pronoun and descriptive speakers ("he", "the secretary") to an earlier named mention.

For he/she: the nearest earlier named speaker, else the nearest earlier full name
in the text. For "the <role>": the nearest earlier mention of that role followed
by a name ("Secretary of State John Kerry"), else the nearest earlier named
speaker. For they: the nearest earlier plural or group speaker. A speaker that
finds nothing compatible keeps no antecedent rather than a guess. Each search
reads a bounded window before the speaker, so the whole pass stays linear.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Final

import regex

from ...plain import to_re
from .attribution import Attribution
from .lexicon import DESCRIPTIVE_SPEAKERS

__all__ = ["resolve_antecedents", "LOOKBACK"]

#: how far back (characters) an antecedent is looked for
LOOKBACK: Final = 3000

_NAME = regex.compile(
    r"(?<![\p{L}’'.])\p{Lu}[\p{Ll}’'\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}’'\-]+)+"
)
_CAPITALISED_RUN: Final = regex.compile(r"\p{Lu}[\p{L}’'\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'\-]+)*(?=[^\p{L}]*$)")
_TITLE: Final = regex.compile(
    r"(?:Mayor|President|Senator|Sen\.|Governor|Gov\.|Rep\.|Representative|Secretary|Minister|Judge|Justice|"
    r"Dr\.|Mr\.|Mrs\.|Ms\.|General|Gen\.|Chairman|Chairwoman|Spokesman|Spokeswoman|Director|Chief|Ambassador|"
    r"Commissioner|Sheriff|Professor|Prof\.|Former|Deputy|Vice)\s+"
)
#: _CAPITALISED_RUN and _TITLE for ``re``, which reads an ASCII speaker phrase as ``regex`` does
#: (see :mod:`newslens.plain`) for a fraction of a ``regex`` call's cost
_PLAIN_CAPITALISED_RUN: Final = to_re(_CAPITALISED_RUN)
_PLAIN_TITLE: Final = to_re(_TITLE)
_PERSONAL: Final = frozenset(["he", "she", "him", "her"])
_PLURAL: Final = frozenset(["they", "we"])
#: capitalised words that open a sentence or name a place or body, not a person
_NOT_PEOPLE: Final = frozenset(
    "The A An This That These Those It He She They We But And In On At As White House State Department "
    "United States Senate Congress Republican Republicans Democrat Democrats News Post Times Islamic".split()
)


def _name_in(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The name at the end of a speaker phrase: "Eric Schultz" in "White House spokesman Eric Schultz"."""
    phrase = text[span[0]:span[1]]
    if phrase.islower():
        return None  # no capital, no name ("officials", "a spokesman for the agency")
    # every pattern below reads within the phrase: one of ASCII alone (nearly every one)
    # is read by the twins for ``re``
    run, title = (_PLAIN_CAPITALISED_RUN, _PLAIN_TITLE) if phrase.isascii() else (_CAPITALISED_RUN, _TITLE)
    # no timeout: a speaker phrase is a window of at most 160 characters or six words, and
    # the run is tried at capitals only, each try linear (words and white space never
    # overlap); a timeout's clock reading cost more than the search
    m = run.search(text, span[0], span[1])
    if m is None:
        return None
    start, end = m.span()
    # a title before the name is not part of it: "Mayor Ana Ruiz" -> "Ana Ruiz" (each title
    # is matched where the last one ended: a match there, not a scan of the rest)
    t = title.match(text, start, end)
    while t is not None and end - t.end() >= 3:
        start = t.end()
        t = title.match(text, start, end)
    return start, end


def _looks_personal(text: str, span: tuple[int, int]) -> bool:
    words = text[span[0]:span[1]].split()
    return len(words) >= 2 and not any(w in _NOT_PEOPLE for w in words)


class _Mentions:
    """The matches of one pattern in the text, scanned once from left to right, as far as asked.

    An antecedent is the last match in the ``LOOKBACK`` characters before its
    speaker. Scanning that window anew for every speaker reads each character
    once per speaker within reach: thousands of times over in a paragraph that is
    nothing but "he said". Here the whole text is scanned once, lazily; a
    window's matches are then those of the whole-text scan that lie in it, unless
    a match crosses one of the window's ends, where the window alone would match
    differently: that window alone is then scanned, as before.
    """

    def __init__(self, text: str, pattern: regex.Pattern[str], value: Callable[[regex.Match[str]], tuple[int, int] | None]):
        self.text = text
        self.pattern = pattern
        self.value = value  # match -> the span it stands for, or None when it does not count
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.counted_starts: list[int] = []  # starts of the matches that count
        self.values: list[tuple[int, int]] = []
        self.done = False
        self._reading: Iterator[regex.Match[str]] | None = None  # the scan matches are being pulled from
        self._read_by_it = 0

    def _scan_to(self, hi: int) -> None:
        while not self.done and (not self.starts or self.starts[-1] < hi):
            if self._read_by_it >= 1024:
                self._reading = None  # a fresh scan from where this one stopped: a new time limit
            if self._reading is None:
                self._reading = self.pattern.finditer(self.text, self.ends[-1] if self.ends else 0, timeout=1.0)
                self._read_by_it = 0
            m = next(self._reading, None)
            self._read_by_it += 1
            if m is None:
                self.done = True
                return
            self.starts.append(m.start())
            self.ends.append(m.end())
            value = self.value(m)
            if value is not None:
                self.counted_starts.append(m.start())
                self.values.append(value)

    def last(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The value of the last counting match in ``text[lo:hi]``, as a scan of that window finds it."""
        self._scan_to(hi)
        i = bisect.bisect_left(self.starts, hi) - 1
        j = bisect.bisect_left(self.starts, lo) - 1
        if (i >= 0 and self.ends[i] > hi) or (j >= 0 and self.ends[j] > lo):
            return self._scan_window(lo, hi)
        k = bisect.bisect_left(self.counted_starts, hi) - 1
        if k >= 0 and self.counted_starts[k] >= lo:
            return self.values[k]
        return None

    def _scan_window(self, lo: int, hi: int) -> tuple[int, int] | None:
        best: tuple[int, int] | None = None
        for m in self.pattern.finditer(self.text, lo, hi, timeout=1.0):
            value = self.value(m)
            if value is not None:
                best = value
        return best


def _person_names(text: str) -> _Mentions:
    """Full names that look like people's, for :meth:`_Mentions.last`."""
    return _Mentions(text, _NAME, lambda m: m.span() if _looks_personal(text, m.span()) else None)


@functools.cache
def _role_pattern(role: str) -> regex.Pattern:
    """The pattern of "<Role> (of X) Name", the name as group 1: compiled once per role word of the lexicon."""
    return regex.compile(
        r"\b(?i:" + regex.escape(role) + r")(?:\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)?\s+"
        r"(\p{Lu}[\p{Ll}’'\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}’'\-]+)+)"
    )


def _role_names(text: str, role: str) -> _Mentions:
    """The names after a mention of ``role`` ("Secretary of State John Kerry"), for :meth:`_Mentions.last`."""
    return _Mentions(text, _role_pattern(role), lambda m: m.span(1))


def _recent(named: list[tuple[int, int]], lo: int, test: Callable[[tuple[int, int]], bool]) -> tuple[int, int] | None:
    """The latest of ``named`` that starts at or after ``lo`` and passes ``test``."""
    for span in reversed(named):
        if span[0] < lo:
            return None
        if test(span):
            return span
    return None


def resolve_antecedents(text: str, attributions: Sequence[Attribution]) -> None:
    """Fill ``antecedent`` on attributions whose speaker is a pronoun or "the <role>"."""
    named: list[tuple[int, int]] = []  # earlier named speakers, in order
    people: _Mentions | None = None
    roles: dict[str, _Mentions] = {}
    for att in sorted(attributions, key=lambda a: a.speaker[0] if a.speaker else a.start):
        sp = att.speaker
        if sp is None:
            continue
        words = text[sp[0]:sp[1]].lower().split()
        lo = max(0, sp[0] - LOOKBACK)
        if len(words) == 1 and words[0] in _PERSONAL:
            if att.antecedent is None:
                person = _recent(named, lo, lambda s: _looks_personal(text, s))
                if person is None:
                    people = people or _person_names(text)
                    person = people.last(lo, sp[0])
                att.antecedent = person
        elif len(words) == 1 and words[0] in _PLURAL:
            if att.antecedent is None:
                att.antecedent = _recent(named, lo, lambda s: text[s[0]:s[1]].endswith("s"))
        elif len(words) == 2 and words[0] == "the" and words[1] in DESCRIPTIVE_SPEAKERS:
            if att.antecedent is None:
                role = words[1]
                if role not in roles:
                    roles[role] = _role_names(text, role)
                att.antecedent = roles[role].last(lo, sp[0]) or _recent(
                    named, lo, lambda s: role in text[s[0]:s[1]].lower()
                )
        else:
            name = _name_in(text, sp)
            if name is not None:
                named.append(name if _looks_personal(text, name) else sp)
            else:
                named.append(sp)
