"""The figure patterns read by the stdlib ``re`` on plain text.

``re`` reads the long figure patterns (:data:`.grammar.FIGURE`, :data:`.grammar.SUFFIX`)
at about half the cost of ``regex``, whose engine spends several times more on each
node of a pattern. The two differ in their classes (``\\s``, ``\\d``, ``\\p{L}``), case
folding and set syntax, but not on *plain* text: ASCII and the few typographic
characters of :data:`PLAIN_PAST_ASCII`, none of which is a letter or a digit or has a
case. :func:`to_re` rewrites a ``regex`` pattern for ``re`` with each class spelt out
as the plain characters it holds (asked of ``regex`` itself), so that on plain text
the two read alike. Any other text is read by ``regex``.
"""

from __future__ import annotations

import functools
import re

import regex

__all__ = ["PLAIN", "PLAIN_PAST_ASCII", "is_plain", "to_re"]

#: Characters past ASCII that news copy is full of: typographic quotation marks,
#: dashes, an ellipsis and spaces. None is a digit, a sign, a letter or part of a
#: word; each is a separator or white space, lower case leaves it as it is.
PLAIN_PAST_ASCII = frozenset("‘’“”—–‐‑…«»\u00a0\u2009\u202f")

#: The characters of plain text: what the patterns of :func:`to_re` are exact on.
PLAIN = "".join(map(chr, range(0x80))) + "".join(sorted(PLAIN_PAST_ASCII))


def is_plain(s: str) -> bool:
    """Whether every character of ``s`` is one of :data:`PLAIN`."""
    return s.isascii() or all(ch.isascii() or ch in PLAIN_PAST_ASCII for ch in s)


#: The flags of a pattern :func:`to_re` takes: VERSION1 (full case folding comes with it), Unicode, verbose.
_TAKEN_FLAGS = regex.VERSION1 | regex.FULLCASE | regex.UNICODE | regex.VERBOSE

#: The flags ``re`` knows in a scoped group; the others ("f", full case folding) act
#: on no plain text (only characters past ASCII fold to several: "ß", "ﬁ").
_RE_FLAGS = frozenset("aiLmsux")

#: The pieces of a pattern's source, outside a set, that :func:`to_re` rewrites or must
#: see whole: a class escape, any other escape, a scoped flag group ("(?i-f:"), a
#: condition on a group ("(?(chained)"), the start of a set ("[", "[^", "[]"), a
#: comment (of a verbose pattern). Any other character is copied as it is.
_PIECE = re.compile(
    r"(?P<class>\\(?:[pP]\{[^}]*\}|[dDsSwW]))"
    r"|(?P<escape>\\.)"
    r"|(?P<flags>\(\?(?P<on>[a-zA-Z]*)(?:-(?P<off>[a-zA-Z]*))?:)"
    r"|(?P<condition>\(\?\((?P<group>\w+)\))"
    r"|(?P<open>\[\^?\]?)"
    r"|(?P<comment>\#[^\n]*)"
    r"|(?P<other>.)",
    re.DOTALL,
)
#: The pieces inside a set: a class escape, any other escape, its end, and what
#: VERSION1 reads as a nested set or a set operation.
_SET_PIECE = re.compile(
    r"(?P<class>\\(?:[pP]\{[^}]*\}|[dDsSwW]))"
    r"|(?P<escape>\\.)"
    r"|(?P<close>\])"
    r"|(?P<nested>\[|--|&&|\|\||~~)"
    r"|(?P<other>.)",
    re.DOTALL,
)


@functools.cache
def _plain_members(escape: str) -> str:
    """The characters of :data:`PLAIN` that the ``regex`` class escape matches, as the body of an re set."""
    members = [ch for ch in PLAIN if regex.match(f"[{escape}]", ch, regex.VERSION1)]
    return "".join(re.escape(ch) for ch in members)


def _spelt_out(escape: str, in_set: bool) -> str:
    """A class escape (``\\s``, ``\\p{L}``, ``\\D``) as the plain characters it matches."""
    negated = escape[1] in "PDSW"
    positive = escape.replace("\\P", "\\p", 1) if escape[1] == "P" else escape.lower() if negated else escape
    body = _plain_members(positive)
    if in_set:
        if negated:
            raise ValueError(f"a negated class inside a set: {escape}")
        return body
    return ("[^" if negated else "[") + body + "]"


def _check_cases(source: str) -> None:
    """Refuse a pattern with a character past ASCII whose case may match ASCII text.

    Under ``(?i)`` ``regex`` matches "K" (the Kelvin sign) to "k" and "ß" to "ss",
    where ``re`` would not. Every such character has ASCII in its upper or lower case
    or its case folding ("k", "SS", "ss"), so these tell them all.
    """
    for ch in set(source):
        if not ch.isascii() and any(c.isascii() for c in ch.lower() + ch.upper() + ch.casefold()):
            raise ValueError(f"{ch!r} may match ASCII in some case: the pattern cannot be read by re")


def to_re(pattern: regex.Pattern) -> re.Pattern:
    """The VERSION1 ``pattern`` compiled by ``re``, reading plain text (see :data:`PLAIN`)
    exactly as ``regex`` reads it, with the same groups.

    Class escapes become the plain characters they match; full case folding (``f``) is
    dropped, and so are the comments of a verbose pattern; a condition on a group
    names it by number, the only way ``re`` takes a group opened after it. Nested sets
    and set operations, which ``re`` lacks, are refused (ValueError), as is a pattern
    ``re`` cannot compile (``re.error``: a look-behind of varying width).
    """
    if pattern.flags & ~_TAKEN_FLAGS or not pattern.flags & regex.VERSION1:
        raise ValueError("only a VERSION1 pattern, perhaps verbose, is read")
    verbose = bool(pattern.flags & regex.VERBOSE)
    _check_cases(pattern.pattern)
    source = pattern.pattern
    out: list[str] = []
    in_set = False
    i = 0
    while i < len(source):
        m = (_SET_PIECE if in_set else _PIECE).match(source, i)
        kind, piece = m.lastgroup, m.group()
        i = m.end()
        if kind == "class":
            piece = _spelt_out(piece, in_set)
        elif kind == "nested":
            raise ValueError(f"a nested set or set operation at {m.start()}: re has none")
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
    return re.compile("".join(out), re.VERBOSE if verbose else 0)
