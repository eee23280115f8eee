"""Find cue words in a paragraph: speech verbs, "according to", "as X put it".

A word pass with a set lookup of every inflected form. Verb
forms are matched in lower case only, so "Secretary of State" or "the Post" never
read as cues; "According to" and "Said" are the sentence-initial exceptions.
"""

from __future__ import annotations

import functools
import re
from typing import Final, Literal, overload

import regex

from .lexicon import SPEECH_VERBS

__all__ = ["CUE_MANNER", "CUE_TAIL", "Cue", "TIME_TAIL", "cue_manner", "cue_tail", "find_cues", "time_tail"]



class Cue:
    """A cue found in the text, read like a regex match: ``start()``, ``end()``, ``group()``."""

    __slots__ = ("_start", "_end", "_form", "_kind")

    def __init__(self, start: int, end: int, form: str, kind: str):
        self._start, self._end, self._form, self._kind = start, end, form, kind

    def start(self) -> int:
        """Offset of the cue's first character."""
        return self._start

    def end(self) -> int:
        """Offset just past the cue."""
        return self._end

    @overload
    def group(self, name: Literal[0] = 0) -> str: ...
    @overload
    def group(self, name: int | str) -> str | None: ...
    def group(self, name: int | str = 0) -> str | None:
        """The cue as written; ``group("according")`` / ``group("putit")`` when it is that phrase."""
        if name == 0 or name == "verb":
            return self._form
        return self._form if name == self._kind else None

    def moved(self, offset: int) -> Cue:
        """The same cue ``offset`` characters further on: one found in a copy of part of the text."""
        return Cue(self._start + offset, self._end + offset, self._form, self._kind)


def _trie(words: list[str]) -> str:
    """A pattern matching exactly ``words``, factored by common prefixes."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return body + ("?" if ends else "")

    return emit(root)


_SINGLE = frozenset(f for f in SPEECH_VERBS if " " not in f) | {"Said", "Says"}
#: first word of a multi-word cue -> (pattern for the words after it, kind)
_PHRASES: Final[dict[str, list[tuple[regex.Pattern, str]]]] = {
    "according": [(regex.compile(r"\s+to\b"), "according")],
    "According": [(regex.compile(r"\s+to\b"), "according")],
    "put": [(regex.compile(r"\s+it\b"), "putit")],
}
for _form in SPEECH_VERBS:
    if " " in _form:
        _first, _rest = _form.split(" ", 1)
        _PHRASES.setdefault(_first, []).append(
            (regex.compile(r"\s+" + r"\s+".join(regex.escape(w) for w in _rest.split()) + r"\b"), "verb")
        )
#: first word of a multi-word cue -> the first letters of the words that may follow it: after
#: "made" and one space, a word opening with none of them ("made the", "campaign in") matches
#: no pattern of the word, and none is run (most first words stand alone)
_PHRASE_OPENERS: Final[dict[str, frozenset[str]]] = {
    "according": frozenset("t"),
    "According": frozenset("t"),
    "put": frozenset("i"),
}
for _form in SPEECH_VERBS:
    if " " in _form:
        _first, _rest = _form.split(" ", 1)
        _PHRASE_OPENERS[_first] = _PHRASE_OPENERS.get(_first, frozenset()) | {_rest[0]}

# When some candidate word is not made of ASCII letters alone, the candidates are scanned
# for (see _runs). The stdlib ``re`` runs this one pattern: a prefix-factored
# alternation of literal words between word boundaries cannot backtrack, so it needs no
# timeout, and ``re`` scans it about five times faster than ``regex`` does.
_CANDIDATE_WORDS: Final = _trie(sorted(_SINGLE | set(_PHRASES)))
# The same candidates found from the character before them, which a word boundary
# makes a non-word one: a pattern that starts with a class lets ``re`` skip from one
# such character to the next, instead of trying the pattern at every letter of every
# word (a third fewer instructions). Only a candidate at the very start of the window
# has no such character inside it: the first pattern looks there. Both are compiled when
# first needed (a thousand-word pattern costs some 10 ms to compile, twice, at every import),
# and they are needed only when the words are not all ASCII letters (never, now).


@functools.cache
def _candidate_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The patterns of the candidate words: at the very start of a window, and after a non-word character."""
    return (
        re.compile(r"\b(" + _CANDIDATE_WORDS + r")\b"),
        re.compile(r"[^\w](" + _CANDIDATE_WORDS + r")\b"),
    )


#: the candidate words as ASCII bytes, each with its word, when every one is made of ASCII
#: letters (as every one is now); None otherwise, and then the candidates are scanned for
_CANDIDATE_BYTES: Final[dict[bytes, str] | None] = (
    {w.encode("ascii"): w for w in _SINGLE | set(_PHRASES)}
    if all(w.isascii() and w.isalpha() for w in _SINGLE | set(_PHRASES))
    else None
)
#: every byte that is not an ASCII letter made a space ("?", which stands for every
#: character past ASCII once encoded, included): splitting then gives the runs of letters
_LETTERS_ONLY: Final = bytes(b if chr(b).isascii() and chr(b).isalpha() else 0x20 for b in range(256))


#: whether a run of letters (as bytes) is a candidate word
_IS_CANDIDATE: Final = (_CANDIDATE_BYTES or {}).__contains__
#: each candidate word as ASCII bytes -> the word, and the bytes with a space on either side:
#: what stands for the word as a whole run of letters once the others are made spaces
_CANDIDATE_RUNS: Final[dict[bytes, tuple[str, bytes]]] = (
    {} if _CANDIDATE_BYTES is None else {key: (word, b" " + key + b" ") for key, word in _CANDIDATE_BYTES.items()}
)


def _runs(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Every run of ASCII letters in ``text[lo:hi]`` that is a candidate word, with its span, in order.

    The window, encoded with every byte that is no ASCII letter made a space, is
    split (in C) into its runs of letters, and the candidates among them are kept
    (in C, in order); each is then found in the same bytes as the word between two
    spaces (``bytes.find``, one byte per character), from where the one before it
    ended: no run before it holds that word whole, or it would be a candidate too.
    When some candidate is not all ASCII letters, they are scanned for.
    """
    if _CANDIDATE_BYTES is None:
        return [(a, b, text[a:b]) for a, b in _scanned_candidates(text, lo, hi)]
    letters = b" " + text[lo:hi].encode("ascii", "replace").translate(_LETTERS_ONLY) + b" "
    runs: list[tuple[int, int, str]] = []
    find = letters.find
    i = 0
    for key in filter(_IS_CANDIDATE, letters.split()):
        word, needle = _CANDIDATE_RUNS[key]
        i = find(needle, i)
        n = len(key)
        # the run starts one byte past the space found, and the bytes start one byte before lo
        runs.append((lo + i, lo + i + n, word))
        i += n + 1  # the space after a run may open the next
    return runs


def _scanned_candidates(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the candidate words in ``text[lo:hi]``, found by scanning for them."""
    at_start, after = _candidate_patterns()
    head = at_start.match(text, lo, hi)
    spans = [head.span(1)] if head is not None else []
    spans.extend(m.span(1) for m in after.finditer(text, lo, hi))
    return spans


#: characters before a word that keep it from being a cue: a word character, as ``re``
#: reads ``\b`` ("_"), or the apostrophe or hyphen of "’said", "well-said"
_NOT_BEFORE_CUE: Final = frozenset("_’'-")


def find_cues(text: str, lo: int, hi: int) -> list[Cue]:
    """Every cue in ``text[lo:hi]``, in order.

    One pass over the candidate words (see _runs), with a look at the characters
    around each: a cue stands as a word of its own, with no letter, digit, "_",
    apostrophe or hyphen before it ("well-said", "’said") and none of a letter, a
    digit, a hyphen, an apostrophe opening a letter ("said’s") or "_" after it
    ("_" at the window's very end is past what the window reads); then a short
    match for multi-word cues ("pointed out", "according to"). That look asks
    more than a word boundary on either side: every run of letters _runs passes
    is a candidate, whatever the characters around it, and the look is made
    here, once per run, not in a second pass over the candidates.
    """
    n = len(text)
    out: list[Cue] = []
    taken = lo  # the end of the last multi-word cue: "say" in "went on to say" is no cue of its own
    for a, b, word in _runs(text, lo, hi):
        if a < taken or (a > 0 and (text[a - 1].isalnum() or text[a - 1] in _NOT_BEFORE_CUE)):
            continue
        if b < n:
            ch = text[b]
            if ch.isalnum() or ch == "-" or (ch == "_" and b != hi) or (ch in "’'" and b + 1 < n and text[b + 1].isalpha()):
                continue
        phrase: regex.Match[str] | None = None
        phrases = _PHRASES.get(word)
        if (
            phrases is not None
            and b + 1 < hi
            and text[b].isspace()
            # after one white-space character, the next word must open as one of the
            # patterns' does (str.isspace takes in all of regex's \s: a character it
            # rejects ends the white space; a longer run is left to the patterns)
            and (text[b + 1] in _PHRASE_OPENERS[word] or text[b + 1].isspace())
        ):
            # every phrase pattern starts with white space: after "made," or "going." none is tried
            for pattern, kind in phrases:
                phrase = pattern.match(text, b, hi)
                if phrase is not None:
                    break
        if phrase is not None:
            end = phrase.end()
            form = word + " " + " ".join(text[b:end].split())
            out.append(Cue(a, end, form if kind == "verb" else text[a:end], kind))
            taken = end
        elif word in _SINGLE:
            out.append(Cue(a, b, word, "verb"))
    return out


#: words after a verb that belong to the cue: "said in a statement", "wrote on Twitter"
CUE_TAIL: Final = regex.compile(
    r"""\s+(?:
        in\s+(?:a|an|the)\s+(?:(?:joint|written|brief|emailed|prepared|televised|radio|phone|telephone|TV|recent)\s+)?
           (?:statement|interview|tweet|email|e-mail|post|letter|release|news\s+release|press\s+release|speech|memo|op-ed|column|filing)
        | on\s+(?:Twitter|Facebook|Instagram)
    )\b""",
    regex.VERBOSE,
)

#: how or how often something was said, right after the verb: "said flatly", "noted repeatedly",
#: "asked rhetorically", "said only", "said for the first time", "said with a grin"; the
#: particles that finish a verb: "lashed out", "shot back", "warned against"; and the noun of
#: a light verb: "expressed concern". Matched at one place, right after a cue.
CUE_MANNER: Final = regex.compile(
    # possessive: the white space is read once, never given back (a cue before 200 KB of
    # spaces would otherwise be tried at every one of them)
    r"""\s++(?:
        (?!(?:only|early|likely|unlikely|family|really|nearly|largely|increasingly|highly|mostly|partly|fully
             |daily|weekly|monthly|yearly|hourly|quarterly|fairly|rally|ally|supply|reply|apply|rely|italy|july
             |holy|lonely|friendly|elderly|costly|deadly|ugly|silly|belly|bully|assembly|anomaly|particularly
             |especially|exactly|previously|generally|relatively|extremely|truly|certainly|probably|surely
             |shortly|temporarily|unusually)\b)
          [a-z]{3,}ly(?!\s+(?:about|on|for|with|into|to|at|of|after|before)\b)
        | (?:out|back|against|upon)(?!\s+(?:in|of|then|when|to|and|at)\b)
        | only(?=\s+that\b)
        | for\s+the\s+first\s+time
        # the face or sound that went with the words: "said with a laugh", "with an eye roll"
        | with\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:laugh|smile|grin|smirk|chuckle|shrug|sigh|wink|nod|eye\s+roll)
        | (?<=\b(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing)\s{1,3})
          (?:concerns?|confidence|frustration|sympathy|doubts?|skepticism|dismay|optimism|regret|surprise
             |disappointment|alarm|outrage|hope)(?=\s+(?:that|it|he|she|they|we|i)\b)
    )\b(?![’'\-])""",
    regex.VERBOSE,
)

#: when something was said, between a cue and what follows: "said Tuesday", "said last week"
TIME_TAIL: Final = regex.compile(
    r"""(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)
          (?:\s+(?:morning|afternoon|evening|night))?
        | \s+(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|night|weekend|spring|summer|fall|winter)
        | \s+(?:earlier|later|recently|again)
    )+\b""",
    regex.VERBOSE,
)


def _after_space(text: str, pos: int, hi: int) -> str | None:
    """The character after the one white-space character at ``pos``; "" when none is there; None when undecided.

    CUE_TAIL, CUE_MANNER and TIME_TAIL all open with white space and then a word
    whose first letter is one of a few: after a cue that is mostly one space and a
    word, and that word's first letter tells without a match whether they can match
    there at all. ``str.isspace`` takes in every character of regex's ``\\s`` (and a few
    more): a character it rejects is no white space to the patterns either. A run of
    white space longer than one character is left undecided: the pattern reads it.
    """
    if pos >= hi or not text[pos].isspace():
        return ""  # no white space at pos: no pattern can match
    if pos + 1 >= hi or text[pos + 1].isspace():
        return None
    return text[pos + 1]


#: the first letters of the words CUE_TAIL reads after its white space: "in", "on"
_TAIL_LETTERS: Final = frozenset("io")
#: the first letters of the words TIME_TAIL reads after its white space (days, "on", "today",
#: "yesterday", "tonight", "last", "this", "earlier", "late", "later", "recently", "again")
_TIME_LETTERS: Final = frozenset("MTWFSotyleralr")


#: the words CUE_TAIL reads first after its white space
_TAIL_WORDS: Final = ("in", "on")
#: a run of ASCII letters, lower case or any
_LOWER_RUN: Final = re.compile(r"[a-z]+")
_LETTER_RUN: Final = re.compile(r"[A-Za-z]+")
#: the first words of CUE_MANNER's alternatives other than an adverb in -ly (keep in step with it)
_MANNER_WORDS: Final = frozenset(
    "out back against upon only for with concern concerns confidence frustration sympathy doubt doubts "
    "skepticism dismay optimism regret surprise disappointment alarm outrage hope".split()
)
#: the first words of TIME_TAIL's alternatives (keep in step with it)
_TIME_WORDS: Final = frozenset(
    "on Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight "
    "last this earlier late later recently again".split()
)


def cue_tail(text: str, pos: int, hi: int):
    """``CUE_TAIL.match(text, pos, hi)``, not tried when the next word cannot open it (most cues)."""
    ch = _after_space(text, pos, hi)
    if ch is not None and (ch not in _TAIL_LETTERS or not text.startswith(_TAIL_WORDS, pos + 1, hi)):
        return None
    return CUE_TAIL.match(text, pos, hi)


def cue_manner(text: str, pos: int, hi: int):
    """``CUE_MANNER.match(text, pos, hi)``, not tried when the next word cannot open it.

    Every alternative opens with a run of lower-case letters that is one of a few
    words or an adverb in -ly, ending where the run of such letters after the one
    space does: any other word there (most cues: "said the", "said that") takes
    no match, and a set lookup tells it.
    """
    ch = _after_space(text, pos, hi)
    if ch is not None:
        if not ("a" <= ch <= "z"):
            return None
        run = _LOWER_RUN.match(text, pos + 1, hi)
        assert run is not None  # ch, a lower-case letter, opens it
        word = run.group()
        if not (word.endswith("ly") or word in _MANNER_WORDS):
            return None
    return CUE_MANNER.match(text, pos, hi)


def time_tail(text: str, pos: int, hi: int):
    """``TIME_TAIL.match(text, pos, hi)``, not tried when the next word cannot open it (most cues).

    Every alternative opens with one of a few words, whole: the run of letters after
    the one space must be one of them.
    """
    ch = _after_space(text, pos, hi)
    if ch is not None:
        if ch not in _TIME_LETTERS:
            return None
        run = _LETTER_RUN.match(text, pos + 1, hi)
        assert run is not None  # ch, one of _TIME_LETTERS, opens it
        if run.group() not in _TIME_WORDS:
            return None
    return TIME_TAIL.match(text, pos, hi)
