"""Who speaks a participle of saying: "he’s not saying", "with Ruiz calling the plan a failure".

A participle ("saying", "calling") is a cue only where its speaker can be told:
after a comma its sentence's subject speaks it, and after a form of "be" it is a
verb in the progressive ("Ruiz is saying"), the auxiliary maybe contracted or
followed by adverbs ("he’s not saying", "is already claiming"). After "with" it
opens an absolute phrase whose noun phrase speaks it ("with the mayor calling
it a failure").
"""

from __future__ import annotations

from typing import Final

import regex

from .lexicon import CUE_ADVERBS

__all__ = ["is_progressive", "with_speaker"]

#: forms of "be" before a participle of the progressive
_BE: Final = frozenset(
    ["is", "are", "was", "were", "am", "be", "been"]
    + [w + a + "t" for w in ("isn", "aren", "wasn", "weren") for a in "’'"]
)
#: pronouns whose contracted "’s" / "’re" is "is" / "are" (after a name, "’s" is a possessive)
_CONTRACTED_BE: Final = regex.compile(r"(?i)(?:he|she|it|that|who|there|what|they|we|you)[’'](?:s|re)")
#: adverbs between the auxiliary and the participle: "is already claiming", "’s not saying"
_BETWEEN: Final = CUE_ADVERBS | frozenset("not never already now just even still quietly lately".split())
_LAST_WORDS: Final = regex.compile(r"[\p{L}’']+")
#: "with" and a short noun phrase right before the participle, no clause mark between
_WITH_PHRASE: Final = regex.compile(r"(?r)\bwith\s+(?P<speaker>[^\s,.;:!?“”\"()—–][^,.;:!?“”\"()—–]{0,78}?)\s+$")
#: its group number: regex reads a group by name about six times more slowly than by number
_SPEAKER: Final = _WITH_PHRASE.groupindex["speaker"]
#: the most words the noun phrase may have: "with former Maryland Gov. Ana Ruiz calling"
_WITH_WORDS: Final = 6
#: words that do not open the noun phrase of an absolute "with" phrase ("with time running out")
_NOT_OPENING: Final = frozenset("the time it this that what which no nothing".split())


def is_progressive(text: str, lo: int, pos: int) -> bool:
    """Whether the participle at ``pos`` follows a form of "be", maybe contracted or with adverbs between."""
    words = _LAST_WORDS.findall(text, max(lo, pos - 48), pos)
    while words and (words[-1].lower() in _BETWEEN or (words[-1].endswith("ly") and words[-1].islower())):
        words.pop()
    if not words:
        return False
    last = words[-1]
    return last.lower() in _BE or _CONTRACTED_BE.fullmatch(last) is not None


def with_speaker(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase of "with X saying ...", the participle at ``pos``; None when no "with" phrase opens there."""
    a = max(lo, pos - 90)
    if text.find("with", a, pos) < 0:
        return None  # no "with" in reach (most participles): no pattern run
    m = _WITH_PHRASE.search(text, a, pos)
    if m is None:
        return None
    words = m.group(_SPEAKER).split()
    if len(words) > _WITH_WORDS or (words[0].lower() in _NOT_OPENING and not words[0][0].isupper()):
        return None
    return m.span(_SPEAKER)
