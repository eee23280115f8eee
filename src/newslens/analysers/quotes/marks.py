"""Find quotations in paragraphs: pair opening and closing marks of every style.

Handles “curly”, "straight", ‘single’, «guillemets», „German“ and ''doubled
apostrophes''; single quotes nested in double ones stay part of the quotation;
apostrophes (rock ’n’ roll, the ’90s, Reuters’s, Reuters’ sources) are told apart
from closing marks by the characters around them. A quotation that runs over
several paragraphs (each reopens the mark, only the last closes it) is one
:class:`Quotation` with one part per paragraph. An unclosed mark ends its
quotation at the end of its paragraph, or where the next quotation opens: it never
runs on to the end of the article. One pass over the marks: linear in their number.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from ...places import char_places

__all__ = ["Quotation", "find_quotations"]

#: every quotation mark, the pairs read as one among them: ''doubled apostrophes'' and
#: ``backticks`` (a lone backtick is no mark); where a pair stands, it is read, not its first half
_MARKS: Final = ("''", "'", "``", "“", "”", '"', "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚")
#: the marks as one pattern of literal alternatives (``re``: it cannot backtrack and needs no
#: time limit), for a look at one place; the marks of a paragraph are found by _marks_in
_MARK: Final = re.compile("|".join(map(re.escape, _MARKS)))
#: the characters a mark starts with: where they stand is where a mark may
_MARK_STARTS: Final = "".join(dict.fromkeys(mark[0] for mark in _MARKS))
#: the marks made of two characters, by their first character
_PAIRS: Final = {mark[0]: mark for mark in _MARKS if len(mark) == 2}

#: the last end of a sentence in a stretch of text
_SENTENCE_END: Final = regex.compile(r"(?r)[.!?…](?=\s)")
_DOUBLE: Final = frozenset(["''", "``", "“", "”", '"', "„", "‟", "«", "»"])
_STRAIGHT: Final = frozenset(['"', "''", "``"])
_OPEN_ONLY: Final = frozenset(["„", "‟", "«", "‹", "``", "‘", "‚"])
_CLOSE_ONLY: Final = frozenset(["»", "›"])
#: characters after which a mark opens a quotation rather than closing one
_BEFORE_OPENING: Final = frozenset("([{—–-/:;,")
#: words spelled with a leading apostrophe: 'em, 'tis, rock 'n' roll
_ELISIONS: Final = ("em ", "tis ", "til ", "n ", "cause ")


@attrs.frozen
class Quotation:
    """One quotation: its parts (one per paragraph, marks included) and how it was marked."""

    parts: tuple[tuple[int, int], ...]
    single: bool = False  # set off by single marks ‘...’
    closed: bool = True  # False when the closing mark is missing

    @property
    def start(self) -> int:
        """Offset of the opening mark."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Offset just past the closing mark (or the paragraph's end when unclosed)."""
        return self.parts[-1][1]


def _opens(text: str, i: int, mark: str, lo: int, hi: int) -> bool:
    after = i + len(mark)
    nxt = text[after] if after < hi else " "
    if nxt.isspace():
        return False
    if mark in _OPEN_ONLY or mark == "“":
        return True
    if mark in _CLOSE_ONLY:
        return False
    prev = text[i - 1] if i > lo else " "
    if mark == "’":
        return False  # ’ opens no quotation: it is an apostrophe or a closing mark
    if prev.isalnum():
        return False  # "don't", "Trump's": an apostrophe in a word (no mark, space or opener before it)
    if not (prev.isspace() or prev in _BEFORE_OPENING or _MARK.match(prev)):
        return False
    if mark == "'":
        return nxt.isalpha() and not text.startswith(_ELISIONS, after)
    return True


def _closes(text: str, i: int, mark: str, lo: int, hi: int, opener: str) -> bool:
    if mark in _OPEN_ONLY:
        return False
    prev = text[i - 1] if i > lo else " "
    after = i + len(mark)
    if prev.isspace():
        if mark in ('"', "”") and i - 2 >= lo and text[i - 2] in "'’" and (after >= hi or not text[after].isalnum()):
            # "... 'the center,' " she said: a space set between the nested and the outer closing marks
            return True
        return mark == "“" and opener == "„" or mark in _CLOSE_ONLY
    nxt = text[after] if after < hi else " "
    if mark in ("’", "'"):
        # not the second mark of rock ’n’ roll
        return not nxt.isalnum() and text[i - 2 : i] not in ("’n", "'n")
    if mark == "“":
        return opener == "„" or not nxt.isalnum()
    return not nxt.isalnum() or mark in _CLOSE_ONLY


def _trimmed_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _reopens(text: str, span: tuple[int, int]) -> str | None:
    """The double mark that opens paragraph ``span``, if it opens with one."""
    m = _MARK.match(text, span[0], span[1])
    if m and m.group(0) in _DOUBLE and _opens(text, m.start(), m.group(0), span[0], span[1]):
        return m.group(0)
    return None


def _marks_in(text: str, places: list[int], k: int, hi: int) -> list[tuple[str, int]]:
    """The marks in ``text[places[k]:hi]``, as ``(mark, offset)``, read as _MARK scans the stretch they lie in.

    ``places`` holds every place in the stretch where a mark's first character
    stands, in order (see :func:`newslens.places.char_places`), ``places[k]`` the first. Each is a mark of
    its own, but the first of a pair ('' or ``), which takes the character after
    it when it is the same and lies in the stretch, and a lone backtick, which is none.
    """
    marks: list[tuple[str, int]] = []
    n = len(places)
    while k < n and places[k] < hi:
        i = places[k]
        ch = text[i]
        k += 1
        pair = _PAIRS.get(ch)
        if pair is not None:
            if i + 1 < hi and text[i + 1] == ch:
                marks.append((pair, i))
                k += 1  # the second character of the pair is no mark of its own
                continue
            if ch not in _MARKS:
                continue  # a lone backtick
        marks.append((ch, i))
    return marks


def find_quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quotation]:
    """Every top-level quotation in the given paragraphs (in order), as :class:`Quotation`."""
    out: list[Quotation] = []
    carried: list[tuple[int, int]] = []  # parts of a quotation running on from earlier paragraphs
    if not paragraphs:
        return out
    places = char_places(text, _MARK_STARTS, min(lo for lo, _ in paragraphs), max(hi for _, hi in paragraphs))
    for n, (lo, hi) in enumerate(paragraphs):
        k = bisect.bisect_left(places, lo)
        if k == len(places) or places[k] >= hi:
            # no mark: nothing opens, and nothing runs on into it (it would open with a mark)
            carried = []
            continue
        opener: str | None = None
        inner: str | None = None  # an open nested quotation of the other style
        open_at = -1
        marks = iter(_marks_in(text, places, k, hi))
        if carried:
            opener, open_at = next(marks)  # the mark that reopens the running quotation
        for mark, i in marks:
            double = mark in _DOUBLE
            if opener is None:
                if mark != "’" and _opens(text, i, mark, lo, hi):  # ’ opens nothing: skip the call for every apostrophe
                    opener, open_at = mark, i
                continue
            if opener in _DOUBLE:
                if not double:
                    continue  # a single mark inside a double quotation: nested, or an apostrophe
                if inner is not None:
                    if (mark in _STRAIGHT) == (inner in _STRAIGHT):
                        if _closes(text, i, mark, lo, hi, inner):
                            inner = None  # the nested quotation closes
                        continue
                    inner = None  # the nested one never closed: this mark is the outer one's
                if (mark in _STRAIGHT) != (opener in _STRAIGHT) and _opens(text, i, mark, lo, hi):
                    inner = mark  # "... “nested” ...": double marks of the other style nest
                    continue
                if _closes(text, i, mark, lo, hi, opener):
                    out.append(Quotation((*carried, (open_at, i + len(mark)))))
                    carried, opener = [], None
                elif _opens(text, i, mark, lo, hi):
                    # a new quotation opens while one is open: the first lost its closing mark,
                    # and ends with its last full sentence
                    end = _trimmed_end(text, open_at, i)
                    stop = _SENTENCE_END.search(text, open_at, end)
                    if stop is not None:
                        end = stop.end()
                    out.append(Quotation((*carried, (open_at, end)), closed=False))
                    carried, opener, open_at = [], mark, i
            else:
                if double:
                    if _opens(text, i, mark, lo, hi):
                        opener, open_at = mark, i  # the single mark was an apostrophe after all
                elif _closes(text, i, mark, lo, hi, opener):
                    out.append(Quotation(((open_at, i + len(mark)),), single=True))
                    opener = None
                elif _opens(text, i, mark, lo, hi):
                    open_at, opener = i, mark
        if opener is not None and opener in _DOUBLE:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt is not None and _reopens(text, nxt):
                carried.append((open_at, hi))  # runs on: the next paragraph reopens it
            else:
                out.append(Quotation((*carried, (open_at, hi)), closed=False))
                carried = []
        else:
            carried = []
    return out
