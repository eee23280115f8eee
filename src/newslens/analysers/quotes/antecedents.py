"""Resolve pronoun and descriptive speakers ("he", "the secretary") to an earlier named mention.

For he/she: the nearest earlier named speaker, else the nearest earlier full name
in the text. For "the <role>": the nearest earlier mention of that role followed
by a name ("Secretary of State John Kerry"), else the nearest earlier named
speaker. For they: the nearest earlier plural or group speaker. A speaker that
finds nothing compatible keeps no antecedent rather than a guess. Each search
reads a bounded window before the speaker, so the whole pass stays linear.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .attribution import Attribution
from .lexicon import DESCRIPTIVE_SPEAKERS

__all__ = ["resolve_antecedents", "LOOKBACK"]

#: how far back (characters) an antecedent is looked for
LOOKBACK = 3000

_NAME = regex.compile(
    r"(?<![\p{L}’'.])\p{Lu}[\p{Ll}’'\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}’'\-]+)+"
)
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}’'\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'\-]+)*(?=[^\p{L}]*$)")
_TITLE = regex.compile(
    r"(?:Mayor|President|Senator|Sen\.|Governor|Gov\.|Rep\.|Representative|Secretary|Minister|Judge|Justice|"
    r"Dr\.|Mr\.|Mrs\.|Ms\.|General|Gen\.|Chairman|Chairwoman|Spokesman|Spokeswoman|Director|Chief|Ambassador|"
    r"Commissioner|Sheriff|Professor|Prof\.|Former|Deputy|Vice)\s+"
)
_PERSONAL = frozenset(["he", "she", "him", "her"])
_PLURAL = frozenset(["they", "we"])
#: capitalised words that open a sentence or name a place or body, not a person
_NOT_PEOPLE = frozenset(
    "The A An This That These Those It He She They We But And In On At As White House State Department "
    "United States Senate Congress Republican Republicans Democrat Democrats News Post Times Islamic".split()
)


def _name_in(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The name at the end of a speaker phrase: "Eric Schultz" in "White House spokesman Eric Schultz"."""
    m = _CAPITALISED_RUN.search(text, span[0], span[1], timeout=1.0)
    if m is None:
        return None
    start = m.start()
    # a title before the name is not part of it: "Mayor Ana Ruiz" -> "Ana Ruiz"
    for t in _TITLE.finditer(text, m.start(), m.end()):
        if t.start() != start or m.end() - t.end() < 3:
            break
        start = t.end()
    return start, m.end()


def _looks_personal(text: str, span: tuple[int, int]) -> bool:
    words = text[span[0]:span[1]].split()
    return len(words) >= 2 and not any(w in _NOT_PEOPLE for w in words)


def _last_person_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    best = None
    for m in _NAME.finditer(text, lo, hi, timeout=1.0):
        if _looks_personal(text, m.span()):
            best = m.span()
    return best


def _role_name(text: str, role: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The nearest "<Role> (of X) Name" before ``hi``: the name."""
    pattern = regex.compile(
        r"\b(?i:" + regex.escape(role) + r")(?:\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)?\s+"
        r"(\p{Lu}[\p{Ll}’'\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}’'\-]+)+)"
    )
    best = None
    for m in pattern.finditer(text, lo, hi, timeout=1.0):
        best = m.span(1)
    return best


def _recent(named: list[tuple[int, int]], lo: int, test) -> tuple[int, int] | None:
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
    for att in sorted(attributions, key=lambda a: a.speaker[0] if a.speaker else a.start):
        sp = att.speaker
        if sp is None:
            continue
        words = text[sp[0]:sp[1]].lower().split()
        lo = max(0, sp[0] - LOOKBACK)
        if len(words) == 1 and words[0] in _PERSONAL:
            if att.antecedent is None:
                person = _recent(named, lo, lambda s: _looks_personal(text, s))
                att.antecedent = person or _last_person_name(text, lo, sp[0])
        elif len(words) == 1 and words[0] in _PLURAL:
            if att.antecedent is None:
                att.antecedent = _recent(named, lo, lambda s: text[s[0]:s[1]].endswith("s"))
        elif len(words) == 2 and words[0] == "the" and words[1] in DESCRIPTIVE_SPEAKERS:
            if att.antecedent is None:
                role = words[1]
                att.antecedent = _role_name(text, role, lo, sp[0]) or _recent(
                    named, lo, lambda s: role in text[s[0]:s[1]].lower()
                )
        else:
            name = _name_in(text, sp)
            if name is not None:
                named.append(name if _looks_personal(text, name) else sp)
            else:
                named.append(sp)
