"""The speaker of a cue read across an aside: "Ruiz, a lawyer who has said so before, said ...".

When the words right before a cue close an aside (a comma, a dash or a bracket)
and no speaker is found beside the cue, the sentence may open with its speaker's
name, set off by the aside: an apposition or a relative clause that can be long
and hold cue words of its own ("Ana Ruiz, who said last year she would run,
said ..."). A few words into such an aside, the speaker's name is out of the
nearby window the left-hand reading looks at.
"""

from __future__ import annotations

from typing import Final

from .lexicon import DESCRIPTIVE_SPEAKERS, PRONOUNS, STOP_WORDS, TIME_WORDS
from .speakers import Tokens, tokens

__all__ = ["aside_subject"]

#: how far (in characters) the sentence's opening name may lie before the cue
ASIDE_REACH: Final = 300
#: marks that close an aside right before the cue
_CLOSING: Final = (",", "—", "–", "--", ")")
#: marks that open an aside right after the name
_OPENING: Final = frozenset([",", "—", "–", "-", "("])
#: words that open a sentence before its subject: "But Ruiz, ..., said"
_LEADING: Final = frozenset("but and so yet still then".split())
#: articles that may open a name with a role after it: "A White House official", "The Salem mayor"
_ARTICLES: Final = frozenset(["A", "An", "The"])
#: words that open an aside describing the name before it: "Ruiz, a lawyer", "Li, who ..."
_DESCRIBING: Final = frozenset("a an the who whose which then now also himself herself".split())
#: lower-case words a name may hold after its first word: "Bank of America", "Secretary of State"
_JOINERS: Final = frozenset("of the and for de da di del van von la le".split())
#: capitalised words that open a sentence with no subject in them: "In Iowa, ...", "When ..., "
_NOT_NAMES: Final = (
    STOP_WORDS
    | TIME_WORDS
    | PRONOUNS
    | frozenset(
        "in on at during for after before with from by about over under since among amid despite without "
        "while although though because if when as unless whereas even until like unlike there here this "
        "these those it its his her their our my your a an".split()
    )
)
_WHITE: Final = " \t\n\xa0"


def aside_subject(
    text: str, lo: int, cue_from: int, words: Tokens | None = None, described: bool = False
) -> tuple[int, int] | None:
    """The name opening ``text[lo:cue_from]`` when an aside follows it up to the cue, or None.

    "Ana Ruiz, a lawyer from Salem, said" and "Sen. Tom Li (D-Ore.), who ..., said"
    give the name; "In Salem, the vote ..., said" and "The plan will fail, said"
    give none (no name opens the sentence, or no aside follows one). With
    ``described``, only an aside that opens as a description does ("a lawyer",
    "who ...", "81,", "citing ..."): "Iowa, Ohio and Utah voted, said Ruiz" is a
    clause before an inverted speaker.
    """
    end = cue_from
    while end > lo and text[end - 1] in _WHITE:
        end -= 1
    if end - lo > ASIDE_REACH or not text.endswith(_CLOSING, lo, end):
        return None
    toks = tokens(text, lo, end, words)
    k = 0
    while k < len(toks) and toks[k][0].lower() in _LEADING:
        k += 1
    first = k
    last: int | None = None
    while k < len(toks):
        w = toks[k][0]
        if w[0].isupper():
            if k == first and w.lower() in _NOT_NAMES and w not in _ARTICLES:
                return None
            last = k
        elif not (k > first and w in _JOINERS):
            break
        k += 1
    if last is None or toks[last][0] in _ARTICLES or k >= len(toks) - 1:
        return None
    if toks[k][0].lower() in DESCRIPTIVE_SPEAKERS or (
        toks[last][0].endswith(("’s", "'s")) and toks[k][0].isalpha() and toks[k][0].islower()
    ):
        # "A White House official, ...", "Powell’s office, ...": a role or a thing of the name's
        last = k
        k += 1
        if k >= len(toks) - 1:
            return None
    elif toks[first][0] in _ARTICLES and toks[first][0] != "The":
        return None  # "A Salem, ...": an article opens no name of its own
    if toks[k][0] == "(":
        # "Sen. Tom Li (D-Ore.), ...": the party and state belong to the name
        close = next((n for n in range(k + 1, min(len(toks), k + 8)) if toks[n][0] == ")"), None)
        if close is None or close + 1 >= len(toks) - 1:
            return None
        last, k = close, close + 1
    if toks[k][0] not in _OPENING:
        return None
    if described:
        aside = toks[k + 1][0]
        if not (aside.lower() in _DESCRIBING or aside[0].isdigit() or (aside.endswith("ing") and aside.islower())):
            return None
    return toks[first][1], toks[last][2]
