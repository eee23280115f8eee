"""Recognise lines that belong neither to the headline nor to the body.

A credit line is a whole line: an image credit (``[Image Credit: Getty Images]``),
sharing boilerplate (``Share this article: ...``), a pointer to more of the outlet
(``More from Inquisitr``), a byline, an editor's note, a contributors line. The
patterns are anchored at both ends of the line, so a body sentence that merely
mentions a photo or Reuters is never taken for a credit.
"""

from __future__ import annotations

from typing import Final

import regex

__all__ = ["credit_kind", "AGENCY_WORDS"]

#: Picture agencies and outlets that sign credits; enough for the parser to tell a
#: bare credit line ("Getty.", "SAUL LOEB via Getty Images.") from prose. The image
#: credits analyser keeps the full, normalising lexicon.
AGENCY_WORDS = r"""
    (?:Getty(?:\ Images)?|GETTY(?:\ IMAGES)?|AP|A\.P\.|Associated\ Press|Reuters|REUTERS
      |AFP|Agence\ France[- ]Presse|EPA|Shutterstock|Corbis|Bloomberg|Pool|Wikimedia(?:\ Commons)?
      |Flickr|Twitter|Facebook|Instagram|YouTube|NurPhoto|Anadolu(?:\ Agency)?|Xinhua|dpa|SIPA|Sipa
      |The\ Washington\ Post|The\ New\ York\ Times|The\ Associated\ Press|iStock(?:photo)?)
"""

# Case-sensitive even inside the case-insensitive patterns below: a name is capitalised.
_NAME = r"(?-i:[\p{Lu}][\p{L}.'’-]*(?:\ (?:[\p{Lu}][\p{L}.'’-]*|de|van|von|al-\p{L}+)){0,4})"

#: The flags every kind's pattern below is written for. Only :data:`_ANY_KIND`, their
#: alternation, is compiled: compiling each kind as well, never to use it, cost every
#: start of the program some 10 milliseconds.
_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.V0


_KINDS: list[tuple[str, str]] = [  # (kind, pattern source)
    (
        "image",
        rf"""
            ^[\[(]?\s*
            (?:
                (?:featured\ )?(?:image|photo|picture|photograph|video|graphic)s?
                    (?:\ (?:credit|courtesy|copyright|source))?s?\s*(?::|by\b|via\b|courtesy\b|©)
              | (?:credit|photo\ credit)\s*:
              | (?:\(?(?:AP|Reuters|AFP)\ Photo\b)
              | courtesy\ (?:of\ )?{_NAME}\W*$
              | {AGENCY_WORDS}\W*$
              | {_NAME}\s*(?:/|\ via\ )\s*{AGENCY_WORDS}
              | {AGENCY_WORDS}\s*/\s*{_NAME}\W*$
              | ©
            )
            .{{0,200}}$
            """,
    ),
    (
        "share",
        r"""^(?:share|tweet|email|print|pin)(?:\ (?:this|on|via))?(?:\ (?:article|story|post|page))?
                (?:\s*[:|]|\s*$|\ on\ (?:facebook|twitter))""",
    ),
    (
        "more",
        r"""^(?:more\ (?:from|on|about|stories\ from)\ .{1,80}
                 |(?:related|recommended|also\ read|see\ also|you\ might\ also\ like|trending)\b\s*(?:[:|-].{0,200})?
                 |watch\ (?:more|the\ (?:full\ )?video)\b.{0,100}
                )$""",
    ),
    (
        "read-more",
        r"""^(?:read\ (?:the\ rest|more|the\ full\ (?:story|article|report)|the\ original|it\ all)\b.{0,120}
                 |click\ here\b.{0,120}|continue\ reading\b.{0,80})$""",
    ),
    (
        "follow",
        r"""^(?:follow|like)\ (?:\S+\ ){0,8}?(?:on\ (?:twitter|facebook|instagram|linkedin|threads|bluesky)|@\w+)\b.{0,80}$""",
    ),
    (
        "editors-note",
        r"^(?:editor['’]?s\ note|editors['’]\ note|note\ to\ readers)\b.*$",
    ),
    (
        "contributors",
        r"""^(?:.{1,200}\ contributed\ (?:reporting|to\ this\ (?:report|story|article))\b.{0,120}
                 |(?:additional\ )?(?:reporting|writing|editing)\ by\ .{1,200})$""",
    ),
    (
        "correction",
        r"""^(?:correction|clarification|update[d]?)\s*(?:\(.{1,40}\))?\s*:.{0,400}$
                |^this\ (?:story|article|post)\ (?:was|has\ been)\ (?:updated|corrected)\b.{0,300}$""",
    ),
    (
        "byline",
        rf"""^(?:by|written\ by|posted\ by|words\ by)\ {_NAME}
                 (?:\s*(?:,|and|&)\s*(?:{_NAME}))*\s*(?:[,|/]\s*.{{0,60}})?$""",
    ),
    (
        "copyright",
        r"^(?:©|\(c\)|copyright)\s*\d{4}\b.{0,200}$|^all\ rights\ reserved\.?$",
    ),
]

#: Lines longer than this are prose, whatever they start with.
MAX_CREDIT_LENGTH: Final = 300

# What every credit line has, read off the patterns above: it opens with one of their
# first words (or an agency's name), or it carries, further in, one of the few marks
# a credit may have there ("Jane Doe / Getty Images", "Jane Doe via Reuters", "©",
# "Jane Doe contributed reporting"). Almost no body paragraph has either, and these
# two quick looks settle that instead of ten patterns tried in turn. Keep them in step
# with _KINDS: a pattern that may open with another word needs that word here.
_CREDIT_OPENING: Final = regex.compile(
    rf"""
    [\[(]?\s*\(?(?:featured|image|photo|picture|video|graphic|credit|courtesy|{AGENCY_WORDS})   # image
    | share|tweet|email|print|pin                                             # share
    | more|related|recommended|also|see|you|trending|watch                    # more
    | read|click|continue                                                     # read-more
    | follow|like                                                             # follow
    | editor|note                                                             # editors-note
    | additional|reporting|writing|editing                                    # contributors
    | correction|clarification|update|this                                    # correction
    | by|written|posted|words                                                 # byline
    | \(c\)|copyright|all                                                     # copyright
    """,
    _FLAGS,  # the patterns' flags: the same case rules
)


#: The kinds' patterns as one alternation, tried in the same order (the first that
#: fits wins, as when each is tried in turn), group i + 1 for _KINDS[i]: one call and
#: one clock reading for its timeout, not one for each kind. The patterns share their
#: flags and have no groups of their own.
_ANY_KIND: Final = regex.compile(
    "|".join(f"(\n{pattern}\n)" for _, pattern in _KINDS),
    _FLAGS,
)


def _has_inner_mark(line: str) -> bool:
    """Whether ``line`` holds "/", "©", " via " or " contributed " (letters in any case)."""
    if "/" in line or "©" in line:
        return True
    # str.lower() rather than a case-blind regex search, which is several times
    # slower. The patterns' IGNORECASE takes exactly one character that lower() does
    # not turn into these letters: "İ" for "i" (tests/test_credit_lines.py checks this).
    folded = line.replace("İ", "i").lower()
    return " via " in folded or " contributed " in folded


def credit_kind(line: str) -> str | None:
    """The kind of credit ``line`` is (``image``, ``share``, ``byline``...), or None for prose."""
    if not line or len(line) > MAX_CREDIT_LENGTH:
        return None
    if _CREDIT_OPENING.match(line) is None and not _has_inner_mark(line):
        return None
    m = _ANY_KIND.match(line, timeout=1.0)
    if m is None:
        return None
    group = m.lastindex
    assert group is not None  # each kind is a group of the alternation: one is set on a match
    return _KINDS[group - 1][0]
