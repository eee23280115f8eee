"""Twins of ``regex`` patterns for the stdlib ``re``, exact on a known set of characters.

``re`` runs a pattern at a fraction of the cost of ``regex``: about a microsecond less
a call, several times less on each node of a long pattern, and it skips to a pattern's
first character in a tight loop. The analysers' patterns are written for ``regex``
(its Unicode classes, its time limit), and the two modules part on the meaning of a
class (``\\s``, ``\\w``, ``\\d``, ``\\p{L}``, ``\\b``), on case folding and on set
syntax: ``re`` cannot read those patterns as they are.

They read alike, though, on text whose every character lies in a *domain* where each
class is spelt out as the characters of the domain it holds, asked of ``regex`` itself
(so the twin follows whatever Unicode version ``regex`` knows). :func:`to_re` makes
such a twin from the one ``regex`` source, for a domain; its user reads a stretch of
text by the twin where the stretch lies in the domain, by ``regex`` anywhere else.
The domains in use:

- :data:`PLAIN`: ASCII and the typographic characters of :data:`PLAIN_PAST_ASCII`,
  none of which is a letter or a digit or has a case (:func:`is_plain`);
- :data:`BELOW_COVERED`: every character below :data:`COVERED` (U+3000), nearly every
  news article (:func:`is_covered`), for patterns with no case folding.
"""

from __future__ import annotations

import functools
import re

import regex

__all__ = [
    "BELOW_COVERED",
    "COVERED",
    "PLAIN",
    "PLAIN_PAST_ASCII",
    "is_covered",
    "is_plain",
    "re_class",
    "to_re",
]

#: Characters past ASCII that news copy is full of: typographic quotation marks,
#: dashes, an ellipsis and spaces. None is a digit, a sign, a letter or part of a
#: word; each is a separator or white space, lower case leaves it as it is.
PLAIN_PAST_ASCII = frozenset("‘’“”—–‐‑…«»\u00a0\u2009\u202f")

#: The characters of plain text: ASCII and :data:`PLAIN_PAST_ASCII`.
PLAIN = "".join(map(chr, range(0x80))) + "".join(sorted(PLAIN_PAST_ASCII))

#: The code point below which every character is in :data:`BELOW_COVERED`.
COVERED = 0x3000
#: Every character below :data:`COVERED`: a domain for patterns that fold no case.
BELOW_COVERED = "".join(map(chr, range(COVERED)))
#: A character at or past ``COVERED``.
_BEYOND_COVERED = re.compile(r"[^\x00-\u2fff]")


def is_plain(s: str) -> bool:
    """Whether every character of ``s`` is one of :data:`PLAIN`."""
    return s.isascii() or all(ch.isascii() or ch in PLAIN_PAST_ASCII for ch in s)


def is_covered(text: str, lo: int, hi: int) -> bool:
    """Whether every character of ``text[lo:hi]`` lies below :data:`COVERED`."""
    return _BEYOND_COVERED.search(text, lo, hi) is None


def re_class(pattern: str, domain: str = BELOW_COVERED) -> str:
    """The characters of ``domain`` that the ``regex`` class ``pattern`` matches, as the body of an re set.

    Runs of consecutive code points are written as ranges ("a-z"): a long class (``\\w``
    below U+3000) is then a few hundred ranges, which ``re`` compiles in milliseconds.
    """
    return _members(pattern, domain)


@functools.cache
def _members(pattern: str, domain: str) -> str:
    """:func:`re_class`, worked out once for each class and domain."""
    points = [ord(domain[m.start()]) for m in regex.finditer(pattern, domain)]
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


#: The flags of a pattern :func:`to_re` takes: either version (VERSION1 brings full
#: case folding with it), Unicode, verbose, ignoring case.
_TAKEN_FLAGS = (
    regex.VERSION0
    | regex.VERSION1
    | regex.FULLCASE
    | regex.UNICODE
    | regex.VERBOSE
    | regex.IGNORECASE
)

#: The flags ``re`` knows in a scoped group; the others ("f", full case folding) act
#: on no plain text (only characters past ASCII fold to several: "ß", "ﬁ").
_RE_FLAGS = frozenset("aiLmsux")

#: The pieces of a pattern's source, outside a set, that :func:`to_re` rewrites or must
#: see whole: a class escape, any other escape, a scoped flag group ("(?i-f:"), a
#: condition on a group ("(?(chained)"), the start of a set ("[", "[^", "[]"), a
#: comment (of a verbose pattern). Any other character is copied as it is.
_PIECE = re.compile(
    r"(?P<class>\\(?:[pP]\{[^}]*\}|[dDsSwW]))"
    r"|(?P<boundary>\\[bB])"
    r"|(?P<escape>\\.)"
    r"|(?P<flags>\(\?(?P<on>[a-zA-Z]*)(?:-(?P<off>[a-zA-Z]*))?:)"
    r"|(?P<condition>\(\?\((?P<group>\w+)\))"
    r"|(?P<open>\[\^?\]?)"
    r"|(?P<comment>\#[^\n]*)"
    r"|(?P<other>.)",
    re.DOTALL,
)
#: The pieces inside a set: a class escape, any other escape, its end, and what
#: VERSION1 reads as a nested set or a set operation (refused in either version).
_SET_PIECE = re.compile(
    r"(?P<class>\\(?:[pP]\{[^}]*\}|[dDsSwW]))"
    r"|(?P<escape>\\.)"
    r"|(?P<close>\])"
    r"|(?P<nested>\[|--|&&|\|\||~~)"
    r"|(?P<other>.)",
    re.DOTALL,
)


def _spelt_out(escape: str, in_set: bool, domain: str) -> str:
    """A class escape (``\\s``, ``\\p{L}``, ``\\D``) as the characters of ``domain`` it matches."""
    negated = escape[1] in "PDSW"
    positive = (
        escape.replace("\\P", "\\p", 1)
        if escape[1] == "P"
        else escape.lower()
        if negated
        else escape
    )
    body = re_class(positive, domain)
    if in_set:
        if negated:
            raise ValueError(f"a negated class inside a set: {escape}")
        return body
    return ("[^" if negated else "[") + body + "]"


@functools.cache
def _same_words(domain: str) -> bool:
    """Whether ``re``'s own ``\\w`` (hence ``\\b``) holds the same characters of ``domain`` as regex's.

    Then a word boundary is left as it is, which ``re`` tests faster than the looks
    around it that spell it out.
    """
    return "".join(re.findall(r"\w", domain)) == "".join(regex.findall(r"\w", domain))


@functools.cache
def _cased_past_ascii(domain: str) -> bool:
    """Whether ``domain`` holds a letter past ASCII that has a case."""
    return any(not ch.isascii() and ch.lower() + ch.upper() != ch + ch for ch in domain)


def _check_cases(pattern: regex.Pattern, domain: str) -> None:
    """Refuse a pattern whose case folding ``re`` would not read as ``regex`` does on ``domain``.

    Under ``(?i)`` ``regex`` matches "K" (the Kelvin sign) to "k" and "ß" to "ss",
    where ``re`` would not. Every such character has ASCII in its upper or lower case
    or its case folding ("k", "SS", "ss"), so these tell them all. Past ASCII the two
    fold cased letters differently (full against simple folding): on a domain that
    holds one, a pattern may not ignore case at all.
    """
    source = pattern.pattern
    for ch in set(source):
        if not ch.isascii() and any(
            c.isascii() for c in ch.lower() + ch.upper() + ch.casefold()
        ):
            raise ValueError(
                f"{ch!r} may match ASCII in some case: the pattern cannot be read by re"
            )
    if (
        pattern.flags & regex.IGNORECASE or re.search(r"\(\?[a-zA-Z]*i", source)
    ) and _cased_past_ascii(domain):
        raise ValueError(
            "a pattern that ignores case is read alike only on a domain without cased letters past ASCII"
        )


def to_re(pattern: regex.Pattern, domain: str = PLAIN) -> re.Pattern:
    """``pattern`` compiled by ``re``, reading text whose every character is in ``domain``
    exactly as ``regex`` reads it, with the same groups.

    Class escapes become the characters of ``domain`` they match, and a word boundary
    (``\\b``, ``\\B``) a look at the word characters of ``domain`` on either side; full
    case folding (``f``) is dropped, and so are the comments of a verbose pattern; a
    condition on a group names it by number, the only way ``re`` takes a group opened
    after it. Nested sets and set operations, which ``re`` lacks, are refused
    (ValueError), as is a pattern ``re`` cannot compile (``re.error``: a look-behind of
    varying width). What the twin reads past ``domain`` is not said: read such text
    by ``pattern``.
    """
    if pattern.flags & ~_TAKEN_FLAGS:
        raise ValueError("only a pattern with the flags of _TAKEN_FLAGS is read")
    verbose = bool(pattern.flags & regex.VERBOSE)
    _check_cases(pattern, domain)
    source = pattern.pattern
    out: list[str] = []
    in_set = False
    i = 0
    while i < len(source):
        m = (_SET_PIECE if in_set else _PIECE).match(source, i)
        assert m is not None  # the last alternative, "other", takes any character
        kind, piece = m.lastgroup, m.group()
        i = m.end()
        if kind == "class":
            piece = _spelt_out(piece, in_set, domain)
        elif kind == "boundary" and not _same_words(domain):
            w = re_class(r"\w", domain)
            boundary = f"(?:(?<![{w}])(?=[{w}])|(?<=[{w}])(?![{w}]))"
            piece = boundary if piece == r"\b" else f"(?!{boundary})"
        elif kind == "nested":
            raise ValueError(
                f"a nested set or set operation at {m.start()}: re has none"
            )
        elif kind in ("open", "close"):
            in_set = kind == "open"
        elif kind == "comment" and verbose:
            piece = ""
        elif kind == "flags":
            on = "".join(f for f in m.group("on") if f in _RE_FLAGS)
            off = "".join(f for f in (m.group("off") or "") if f in _RE_FLAGS)
            piece = "(?" + on + ("-" + off if off else "") + ":"
        elif kind == "condition":
            name = m.group("group")
            piece = f"(?({name if name.isdigit() else pattern.groupindex[name]})"
        out.append(piece)
    flags = (re.VERBOSE if verbose else 0) | (
        re.IGNORECASE if pattern.flags & regex.IGNORECASE else 0
    )
    return re.compile("".join(out), flags)
