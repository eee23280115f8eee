"""A poll that opens a sentence as its source: "In a Marist poll released Monday, 52 percent ...".

Newsrooms report a poll's findings as they report a person's words: "In the latest
Gallup poll, 48 percent of voters said ..." puts the whole clause after the comma on
the poll's account, as "According to the poll, ..." would. The cue is the opening
"In"; the source the noun phrase up to the comma, whose head is "poll", "survey" or
"polling"; the content the rest of the sentence, any saying inside it included
("48 percent of voters said ..." is what the poll found). Only a sentence that opens
so is read: "Ruiz leads in the polls" says where she leads, and is left alone.
"""

from __future__ import annotations

from typing import Final

import regex

from .cues import Cue

__all__ = ["names_poll", "poll_closing", "poll_opening"]


def names_poll(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds "poll", "Poll" or "urvey": what every poll phrase of both patterns holds.

    Not "oll" alone: "dollars", "follow" and "college" would send most units to the patterns.
    """
    return (
        text.find("poll", lo, hi) >= 0
        or text.find("urvey", lo, hi) >= 0
        or text.find("Poll", lo, hi) >= 0
    )


#: "In" + a noun phrase naming a poll, up to the comma that closes it. The words before the
#: head may not open a clause of their own ("In states where exit polls ...", "In a memo
#: released as polls closed ..."), and "polling" must end the phrase or take a date
#: ("In a request about polling places" names no poll).
_POLL_OPENING: Final = regex.compile(
    r"""[\s“"‘']*+(?P<cue>In)\s++
    (?P<source>(?:(?!\b(?:where|as|when|while|which|that|who|after|before|about|of|for)\b)[^,.;:!?\n“”"])*?
        \b(?:[Pp]olls?|[Ss]urveys?|[Pp]olling)\b(?!\s+(?:places?|stations?|booths?|closed|close|opened|open)\b)
        [^,.;:!?\n“”"()]{0,60}?)
    \s*,\s+(?P<rest>\S)""",
    regex.VERBOSE,
)
#: at least three words after the comma: "In the polls, anyway." is no finding
_THREE_WORDS: Final = regex.compile(r"\w+\W+\w+\W+\w")


def poll_opening(text: str, us: int, ue: int) -> tuple[Cue, tuple[int, int]] | None:
    """The cue "In" and the poll named as source, when the unit ``text[us:ue]`` opens with a poll."""
    if text.find("In ", us, us + 5) < 0:
        return None  # most units: no regex run
    if not names_poll(text, us, ue):
        return None  # "In 2015, ...", "In a statement, ...": no poll named, no regex run either
    m = _POLL_OPENING.match(text, us, ue)
    if m is None or _THREE_WORDS.match(text, m.start("rest"), ue) is None:
        return None
    return Cue(m.start("cue"), m.end("cue"), "In", "according"), m.span("source")


#: "in" + a named poll closing a clause: "Ruiz held a 9-point lead in a CNN poll released
#: Monday." The clause before is the poll's finding. Only when the poll phrase ends at a
#: mark: "52 percent in a CNN poll said ..." has a verb of its own after it.
_POLL_CLOSING: Final = regex.compile(
    r"""(?<=[a-z,][ \t])(?P<cue>in)[ \t]+
    (?P<source>(?:a|an|the)[ \t]+(?:(?:new|latest|recent|most[ \t]+recent|national|same)[ \t]+)*
        (?:\p{Lu}[^,.;:\n“”"]{0,50}?[ \t])?(?:poll|survey|Poll|Survey)\b
        (?:[ \t]+(?:released|conducted|taken|published)[ \t]+\p{Lu}\w+|[ \t]+(?:last|this)[ \t]+(?:week|month|year))?)
    (?=[.,;:])""",
    regex.VERBOSE,
)


def poll_closing(text: str, us: int, ue: int) -> list[tuple[Cue, tuple[int, int]]]:
    """Each cue "in" of a poll that closes a clause in ``text[us:ue]``, with the poll as source."""
    if not names_poll(text, us, ue):
        return []  # most units: no regex run
    return [
        (Cue(m.start("cue"), m.end("cue"), "in", "according"), m.span("source"))
        for m in _POLL_CLOSING.finditer(text, us, ue)
    ]
