"""Where a figure may start in a paragraph: digits, signs, and number words standing alone.

Most paragraphs of news hold no figure at all, so this is the analyser's hottest
path: it runs over every character of every paragraph. It therefore answers the two
questions "are there digits?" and "which number words stand alone here?" with
C-speed ``str``/``bytes`` methods, and lets the (slower, per-character) ``regex``
scans run only on paragraphs that can hold what they look for.

The number words a paragraph holds are the words of its lower-cased text split at
white space and at punctuation (so that "war—two" and "(two," show their words)
that are in :data:`.grammar.SCAN_WORDS`. Only those words' finders run.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from ...plain import PLAIN_PAST_ASCII
from . import grammar as g

__all__ = ["scan"]

#: What splits words apart when looking for number words: ASCII punctuation and the
#: typographic quotes and dashes of news copy (white space splits them anyway).
SEPARATORS: Final = frozenset("".join(chr(i) for i in range(0x80) if not chr(i).isalnum()) + "‘’“”—–‐‑…«»")

# The same test on ASCII bytes: every byte that is not a letter or a digit becomes a
# space, and so does "?", which stands for every non-ASCII character once encoded.
_ASCII_SEPARATORS_AS_SPACE: Final = bytes(b if chr(b).isalnum() and b < 0x80 else 0x20 for b in range(256))

#: The number words as bytes (the encoded split yields bytes).
_SCAN_BYTES: Final = frozenset(w.encode("ascii") for w in g.SCAN_WORDS)


def _regex_digits_python_misses() -> str:
    """The code points below U+10000 that ``regex`` reads as ``\\d`` and Python does not.

    ``regex`` carries newer Unicode tables than Python. (Found at import: a scan of
    the 65,536 code points takes about a millisecond.)
    """
    bmp = "".join(map(chr, range(0x10000)))
    return "".join(ch for ch in regex.findall(r"\d", bmp) if not ch.isdecimal())


# Scanning is what costs: ``regex`` takes some 25 ns a character to look for
# DIGIT_START, Python's ``re`` some 10, ``bytes.translate`` and ``bytes.find`` under
# one. So an ASCII paragraph (most of them) is read as bytes, its digits made "0"
# and all else " ", and its runs of digits found with ``find``; any other paragraph
# is tested with ``re`` for a character DIGIT_START could start at (and every code
# point past U+FFFF, where ``regex`` knows digits that Python does not), and scanned
# by DIGIT_START itself from there.
_ASCII_SIGNS: Final = [ch.encode("ascii") for ch in g.START_SIGNS if ch.isascii()]
_ASCII_DIGITS_AS_ZERO: Final = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
#: A paragraph that reads as ASCII, as bytes, made in one pass in C into what tells
#: its number words, whether it holds a digit and whether it holds a sign: capitals
#: become small letters (as ``str.lower`` makes them there), digits "0" (no number
#: word holds a digit: the words are the same), each ASCII sign a tab (white space,
#: that splits words as a space does), every other byte that is not a letter a space.
_ASCII_WORDS_DIGITS_AND_SIGNS: Final = bytes(
    b + 0x20 if 0x41 <= b <= 0x5A
    else 0x30 if 0x30 <= b <= 0x39
    else b if chr(b).isalnum() and b < 0x80
    else 0x09 if bytes([b]) in _ASCII_SIGNS
    else 0x20
    for b in range(256)
)
#: What DIGIT_START takes as a figure's start just before digits: "-5", ".5", "+44".
_ASCII_BEFORE_DIGITS: Final = frozenset(b"-.+")
_MAY_START_DIGITAL: Final = re.compile(
    "[\\d" + re.escape(_regex_digits_python_misses() + g.START_SIGNS) + "\U00010000-\U0010ffff]"
)


def _ascii_digit_starts(start: int, encoded: bytes) -> list[int]:
    """DIGIT_START's offsets in an ASCII paragraph at ``start``, given as bytes."""
    starts = []
    for sign in _ASCII_SIGNS:  # "$"
        i = encoded.find(sign)
        while i >= 0:
            starts.append(start + i)
            i = encoded.find(sign, i + 1)
    runs = encoded.translate(_ASCII_DIGITS_AS_ZERO)
    i = runs.find(b"0")
    while i >= 0:
        if i and encoded[i - 1] in _ASCII_BEFORE_DIGITS:
            starts.append(start + i - 1)
        starts.append(start + i)
        i = runs.find(b" ", i)  # where this run ends
        if i < 0:
            break
        i = runs.find(b"0", i)
    return starts


def _reads_as_ascii(para: str, encoded: bytes | None = None) -> bool:
    """Whether ``para`` is ASCII but for characters of :data:`PLAIN_PAST_ASCII`.

    Such a paragraph is scanned as an ASCII one: each of those characters is "?"
    once encoded, which is no digit, sign or letter either, and splits words apart
    as they do. ``encoded``: ``para.encode("ascii", "replace")``, when made already.
    """
    if para.isascii():
        return True
    if encoded is None:
        encoded = para.encode("ascii", "replace")
    i = encoded.find(b"?")
    while i >= 0:
        if para[i] not in PLAIN_PAST_ASCII and para[i] != "?":
            return False
        i = encoded.find(b"?", i + 1)
    return True


def _digit_starts(text: str, start: int, end: int) -> list[int]:
    """The offsets :data:`.grammar.DIGIT_START` finds in ``text[start:end]``, a paragraph
    that does not read as ASCII (an ASCII one goes to :func:`_ascii_digit_starts`)."""
    first = _MAY_START_DIGITAL.search(text, start, end)
    if first is None:
        return []
    # Nothing before the first such character can match, save a sign or a point
    # just before it ("-5"): the scan may start there.
    lo = max(start, first.start() - 1)
    return [m.start() for m in g.finditer(g.DIGIT_START, text, lo, end)]


def _stands_alone(low: str, word: str) -> bool:
    """Whether ``word`` occurs in ``low`` with a separator or an edge on both sides."""
    i = low.find(word)
    n = len(word)
    while i >= 0:
        before = low[i - 1] if i else " "
        after = low[i + n : i + n + 1] or " "
        if (before.isspace() or before in SEPARATORS) and (after.isspace() or after in SEPARATORS):
            return True
        i = low.find(word, i + 1)
    return False


def _number_words(low: str, words: frozenset[bytes]) -> list[bytes]:
    """The number words of ``words`` that stand alone in ``low``, a lower-cased paragraph
    that does not read as ASCII.

    ``words`` come from splitting ``low`` encoded as ASCII, each other character made
    "?": every word the full test would find and perhaps a few more ("two" of
    "two′s", where "′" is no separator), so each is checked against the text itself.
    """
    return [w for w in words if _stands_alone(low, w.decode("ascii"))]


_ASCII_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_WORD_CHAR: Final = regex.compile(r"\w")


def _ascii_word_starts(text: str, start: int, end: int, low: bytes, word: bytes) -> list[int]:
    """Where the finder of ``word`` (``(?i)\\bword\\b``) matches in an ASCII paragraph.

    ``low`` is the paragraph as :data:`_ASCII_WORDS_DIGITS_AND_SIGNS` reads it, its
    letters lower-cased, so ``bytes.find`` does what the pattern's case folding does.
    As in ``regex``, the word boundary before the paragraph looks at the character
    before it; the paragraph's end is a boundary.
    """
    found = []
    n = len(word)
    i = low.find(word)
    while i >= 0:
        at = start + i
        before = text[at - 1] if at else " "
        alone_before = before not in _ASCII_WORD_CHARS if before.isascii() else _WORD_CHAR.match(before) is None
        if alone_before and (at + n >= end or text[at + n] not in _ASCII_WORD_CHARS):
            found.append(at)
            i = low.find(word, i + n)
        else:
            i = low.find(word, i + 1)
    return found


def scan(text: str, start: int, end: int) -> tuple[list[int], bool]:
    """Offsets in ``text[start:end]`` (one paragraph) where a figure may start, in order,
    and whether the paragraph is plain text (:data:`newslens.plain.PLAIN`).

    The scan tells the second on its way: a plain paragraph is the one it reads as ASCII.
    """
    para = text[start:end]
    encoded = para.encode("ascii", "replace")
    if para.isascii() or _reads_as_ascii(para, encoded):
        # Nearly every paragraph of news: lower-cased and split into words by one
        # table, in C; lower case changes no digit, sign or offset here.
        read = encoded.translate(_ASCII_WORDS_DIGITS_AND_SIGNS)
        words = _SCAN_BYTES.intersection(read.split())
        if not words and b"0" not in read and b"\t" not in read:
            return [], True  # most paragraphs: no number word, no digit, no sign (what the helpers below find)
        starts = _ascii_digit_starts(start, encoded)
        for w in words:  # found in the translation, which has the paragraph's letters lower-cased
            starts.extend(_ascii_word_starts(text, start, end, read, w))
        starts.sort()
        return starts, True
    low = para.lower()
    encoded = low.encode("ascii", "replace")
    words = _SCAN_BYTES.intersection(encoded.translate(_ASCII_SEPARATORS_AS_SPACE).split())
    starts = _digit_starts(text, start, end)
    for w in _number_words(low, words):
        starts.extend(m.start() for m in g.finditer(g.word_finder(w.decode("ascii")), text, start, end))
    starts.sort()
    return starts, False
