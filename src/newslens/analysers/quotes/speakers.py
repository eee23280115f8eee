"""Read the speaker's noun phrase on either side of a cue, and the words that belong to the cue.

Works on a few dozen characters around each cue, never on the whole text: the
tokens of that window (read by the fast reader, or cut from one reading of a unit
it cannot read, see :class:`Tokens`), then a walk over them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from typing import Final

import regex

from ...plain import BELOW_COVERED, is_covered, to_re
from .lexicon import CUE_ADVERBS, CUE_AUXILIARIES, PRONOUNS, STOP_WORDS

__all__ = ["TOKEN", "Tokens", "first_tokens", "left_speaker", "right_speaker", "safe_cut", "tokens"]

#: words (U.S., Mr., O’Malley, Reuters’s, 2016) and single punctuation marks.
#: No alternative can backtrack (each reads a run of distinct characters, and nothing
#: after a repeat can fail): its repeats are possessive (what they read is never given
#: back, as it never need be), which spares the engine keeping places to go back to.
TOKEN: Final = regex.compile(
    r"""
    (?=\p{Lu}[a-z]{0,3}\.)(?:                          # (what the next three need: spares most words a try)
      (?:\p{Lu}\.){2,}+                                # U.S., D.C.
      | (?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|St|Rev|Prof|Capt|Adm|Maj|Cmdr|Pres|Atty|Sens|Reps)\.
      | \p{Lu}\.(?=\s\p{Lu})                           # an initial: John F. Kennedy
    )
    | [\p{L}\p{N}]++(?:[’'\-.&/][\p{L}\p{N}]++)*+(?:[’']s)?+  # a word, a possessive, 3.5
    | \S                                               # any other mark on its own
    """,
    regex.VERBOSE,
)


@functools.cache
def _fast_token() -> re.Pattern:
    """TOKEN for text whose every character lies below ``COVERED``, run by the stdlib ``re``.

    Made from TOKEN by :func:`newslens.plain.to_re` (its classes listed code point by
    code point from what regex matches), it reads such text as TOKEN does, several
    times faster, all the more where regex keeps a time limit. Like TOKEN it cannot
    backtrack: it needs no time limit. Compiled at its first use.
    """
    return to_re(TOKEN, BELOW_COVERED)


#: how many tokens one scan by TOKEN reads at most (each scan has its own time limit)
_BATCH: Final = 1024
#: how many tokens are read at a time from a scan by TOKEN
_CHUNK: Final = 64


#: where a token starts, and where it ends
_START: Final = operator.itemgetter(1)
_END: Final = operator.itemgetter(2)


def _as_tokens(matches) -> list[tuple[str, int, int]]:
    """Matches of TOKEN as tokens: (word, start, end)."""
    return [(m[0], m.start(), m.end()) for m in matches]


#: marks that end a word as a token of their own: "fail," "said:" "(D-Ore.)" (the characters
#: str.rstrip takes off)
_CLOSING_MARKS: Final = ',;:?!)”"'
#: marks that open a word as a token of their own: "“We" "(R-Ky" (the characters str.lstrip takes off)
_OPENING_MARKS: Final = '“("'


def _fast_read(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """The tokens of ``text[a:b]`` read by _fast_token, as (word, start, end).

    The window is cut at its spaces first, in C: a piece of ASCII letters and digits
    is a token as it stands (no alternative of TOKEN reads a space, and only one
    with a full stop reads a capital otherwise), and so is such a piece between
    opening and closing marks, each mark a token (:func:`_marked_word`), or with a
    full stop after it, unless a short capitalised word may make a title or an
    initial of it ("Sen.", "F."). Only the other pieces (about one in ten) are
    scanned, each from where it starts and as part of the whole window, so that an
    initial still sees the capital after its space.
    """
    out: list[tuple[str, int, int]] = []
    append = out.append
    pos = a
    window = text[a:b]
    # most windows are ASCII: then a piece's letters and digits need no check of their own
    ascii = window.isascii()
    for piece in window.split(" "):
        n = len(piece)
        if n:
            if piece.isalnum() and (ascii or piece.isascii()):
                append((piece, pos, pos + n))
                pos += n + 1
                continue
            if (
                piece[-1] == "."
                and (n > 5 or not piece[0].isupper())
                and piece[:-1].isalnum()
                and piece[:-1].isascii()
            ):
                append((piece[:-1], pos, pos + n - 1))
                append((".", pos + n - 1, pos + n))
            elif not _marked_word(piece, pos, append):
                end = pos + n
                for m in _fast_token().finditer(text, pos, b):  # (one piece in thirty: bound here, not per window)
                    if m.start() >= end:
                        break
                    append((m[0], m.start(), m.end()))
        pos += n + 1
    return out


def _marked_word(piece: str, pos: int, append: Callable[[tuple[str, int, int]], None]) -> bool:
    """Append the tokens of ``piece`` (at ``pos``) when it is opening marks, ASCII letters
    and digits, then closing marks ("fail," “We (“Ok!”)), and say whether it was.

    Each such mark is a token of its own wherever it stands (none joins a word in
    TOKEN); a piece of any other shape is left to the scan.
    """
    # the marks stripped off in C: what is left of the piece after its opening marks,
    # then what is left of that after its closing marks
    n = len(piece)
    core = piece.lstrip(_OPENING_MARKS)
    i = n - len(core)
    core = core.rstrip(_CLOSING_MARKS)
    j = i + len(core)
    if not (core.isalnum() and core.isascii()) and not _joined_word(core):
        return False
    for k in range(i):
        append((piece[k], pos + k, pos + k + 1))
    append((core, pos + i, pos + j))
    for k in range(j, n):
        append((piece[k], pos + k, pos + k + 1))
    return True


#: the marks TOKEN reads inside a word ("don't", "Trump’s", "well-known", "and/or"), but the
#: full stop (which may open a title or an initial), each written as the apostrophe
_AS_JOINER: Final = str.maketrans("’-&/", "''''")


def _joined_word(core: str) -> bool:
    """Whether ``core`` is ASCII words joined by single marks that TOKEN reads inside a word: one token.

    "don't", "Trump’s", "well-known", "9/11": runs of letters and digits with one such
    mark between each two, none at either end (TOKEN's word, read without a scan).
    """
    joined = core.translate(_AS_JOINER)
    if not joined or joined[0] == "'" or joined[-1] == "'" or "''" in joined:
        return False
    letters = joined.replace("'", "")
    return letters.isalnum() and letters.isascii()


#: how far (in characters) a speaker may reach from its cue
WINDOW: Final = 160

#: adverbs between a speaker and a cue that belong to neither ("Putin recently admitted")
_SKIPPED: Final = frozenset(
    "now recently reportedly just already then even often long finally publicly privately initially "
    "originally apparently allegedly actually clearly explicitly specifically ultimately flatly firmly "
    "strongly openly bluntly frankly simply essentially quickly angrily immediately subsequently "
    "separately reportedly correctly wrongly falsely emphatically always soon".split()
)
#: nouns ending in -ly, which are no adverbs of manner: "the family said", "the assembly voted"
_LY_NOUNS: Final = frozenset("family assembly supply monopoly anomaly homily rally ally bully belly jelly lily".split())
#: adverbs of hedging, which tell on whose word rather than how: kept out of the cue
#: ("now know", "recently praised", "always hoped" are read as part of the cue)
_NOT_CUE_ADVERBS: Final = frozenset("reportedly allegedly".split())
#: "all" between an auxiliary and its verb belongs to the cue: "have all said"
_ALL: Final = "all"
#: a subject pronoun with an auxiliary run into it ("he’s said", "they’ve argued"):
#: the pronoun is the speaker, the auxiliary part of the cue
_CONTRACTED_SUBJECT: Final = re.compile(r"(?i)(?:he|she|who|i|you|we|they)(?=[’'](?:s|ve|d|ll)$)")
#: marks that may sit inside a speaker's name ("Mr.", "Smith-Jones", "(R-Ky.)")
_NAME_MARKS: Final = frozenset("-&’'")
_RELATIVE: Final = frozenset(["who", "which", "whose"])
#: relative pronouns that are the subject of the cue after them
_RELATIVE_SUBJECTS: Final = frozenset(["who", "which"])
#: linking adverbs set off by commas between a speaker and the cue ("Ruiz, however, said")
_ASIDE_ADVERBS: Final = frozenset(
    "however meanwhile too though instead nonetheless nevertheless moreover furthermore also likewise "
    "separately similarly indeed still then later earlier previously initially".split()
)
_OPEN_Q: Final = frozenset("“„«‘\"'")
_CLOSE_Q: Final = frozenset("”»’\"'")


def tokens(text: str, lo: int, hi: int, words: Tokens | None = None) -> list[tuple[str, int, int]]:
    """The tokens of ``text[lo:hi]``, each ``(word, start, end)`` (taken from ``words`` when given: the same tokens, read once)."""
    if words is not None:
        return words.between(lo, hi)
    return _scan_alone(text, lo, hi)


def safe_cut(text: str, pos: int, hi: int) -> int:
    """The first space at or after ``pos`` (before ``hi``) that no full stop stands before; ``hi`` when none.

    No token holds a space, and only an initial ("F." before "Kennedy") looks past
    one: the tokens of a stretch cut there are those of its two pieces, in order.
    """
    cut = text.find(" ", pos, hi)
    while cut > 0 and text[cut - 1] == ".":
        cut = text.find(" ", cut + 1, hi)
    return hi if cut < 0 else cut


#: how far (in characters) each look after a cue reads (on to the next space), before it reads on
FIRST_LOOK: Final = 20


def first_tokens(text: str, lo: int, hi: int, count: int, words: Tokens | None = None) -> list[tuple[str, int, int]]:
    """The first tokens of ``text[lo:hi]``, at least ``count`` of them (or all there are).

    What follows a cue is mostly told by its first word or two: the tokens of a
    short window cut at a space are the first tokens of the whole window, and
    while they are fewer than ``count`` the next short window, cut the same way,
    adds its own (what was read is never read again).
    """
    out: list[tuple[str, int, int]] = []
    while True:
        cut = safe_cut(text, lo + FIRST_LOOK, hi)
        out += tokens(text, lo, cut, words)
        if len(out) >= count or cut >= hi:
            return out
        lo = cut


def _scan_alone(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The tokens of ``text[lo:hi]`` read afresh: by _fast_token where it can read them, else by TOKEN."""
    if is_covered(text, lo, hi):
        return _fast_read(text, lo, hi)
    return _as_tokens(TOKEN.finditer(text, lo, hi, timeout=1.0))


class Tokens:
    """The tokens of one stretch of text (a sentence, a paragraph), window by window.

    A token is ``(word, start, end)``. ``between(a, b)`` gives exactly what a scan of
    ``text[a:b]`` alone gives. A plain stretch (see :meth:`plain`, nearly every one)
    is read window by window by the fast reader: a speaker and a content are read
    from windows of a few dozen characters around each cue, which seldom overlap.
    Any other stretch is read once by TOKEN, as far as asked (each scan of it has a
    time limit), and a window takes the stretch's own tokens that lie in it, read
    afresh only where the window cuts into a token (or ends right after an initial,
    which is one only when a capital follows): a stretch holding a thousand cues
    costs a thousand bisections instead of a thousand scans.
    """

    def __init__(self, text: str, lo: int, hi: int):
        self.text = text
        self.lo = lo
        self.hi = hi
        self.found: list[tuple[str, int, int]] = []  # the tokens read so far, in order
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._upto = lo  # every token starting before this is read, whole
        self._from = lo  # where the stretch starts, even once ``lo`` has moved on
        self._fast: bool | None = None  # whether _fast_token can read the stretch (known once first read)
        self._reading: Iterator[regex.Match[str]] | None = None  # the scan by TOKEN tokens are being pulled from
        self._read_by_it = 0

    def plain(self) -> bool:
        """Whether every character of the stretch, and the one before it, lies below ``COVERED``.

        Then _fast_token reads the stretch, and a twin made by :mod:`newslens.plain` reads any
        window of it as its regex does, a look behind its first character included
        (known once first asked).
        """
        if self._fast is None:
            self._fast = is_covered(self.text, max(0, self._from - 1), self.hi)
        return self._fast

    def _read_past(self, pos: int) -> None:
        """Read on until every token that starts before ``pos`` is read, or the stretch ends."""
        if self._upto >= pos or self._upto >= self.hi:
            return
        chunk = self._pull(pos)
        self.found.extend(chunk)
        # the offsets copied by C, not by a comprehension that runs once per token
        self.starts.extend(map(_START, chunk))
        self.ends.extend(map(_END, chunk))

    def _pull(self, pos: int) -> list[tuple[str, int, int]]:
        """Tokens pulled from scans by TOKEN until one starts at or after ``pos``, or the stretch ends."""
        out: list[tuple[str, int, int]] = []
        last = self.found[-1][1] if self.found else -1
        while self._upto < self.hi and last < pos:
            if self._reading is None or self._read_by_it >= _BATCH:
                # a fresh scan from where the last one stopped: the same tokens, a new time limit
                start = out[-1][2] if out else self.found[-1][2] if self.found else self.lo
                self._reading = TOKEN.finditer(self.text, start, self.hi, timeout=1.0)
                self._read_by_it = 0
            chunk = _as_tokens(itertools.islice(self._reading, _CHUNK))
            self._read_by_it += len(chunk)
            out.extend(chunk)
            if len(chunk) < _CHUNK:
                self._upto = self.hi
            elif chunk:
                last = chunk[-1][1]
                self._upto = last  # every token starting before the last one read is whole
        return out

    def between(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """The tokens a scan of ``text[a:b]`` alone finds."""
        if a < self.lo or b > self.hi:
            return _scan_alone(self.text, a, b)
        fast = self._fast  # known after the first window: read without a call for every other one
        if fast if fast is not None else self.plain():
            # the windows around cues seldom overlap (one in ten reads what another
            # read): the fast reader reads each alone for less than the bookkeeping of
            # one shared reading costs
            return _fast_read(self.text, a, b)
        if a >= b:
            return []
        if not self.found and self._upto == self.lo and a > self.lo:
            # nothing read yet: the stretch starts where the first window read does, and
            # what lies before it (a quotation before "he said") is never read; a later
            # window that starts before it is scanned alone (the first check above)
            self.lo = self._upto = a
        self._read_past(b)
        starts, ends, found = self.starts, self.ends, self.found
        i = bisect.bisect_left(starts, a)
        out = []
        if i > 0 and ends[i - 1] > a:
            # the window cuts into a token: read afresh until a token starts where one of the stretch does
            for m in TOKEN.finditer(self.text, a, b, timeout=1.0):
                k = bisect.bisect_left(starts, m.start(), i - 1)
                if k < len(starts) and starts[k] == m.start():
                    i = k
                    break
                out.append((m.group(), m.start(), m.end()))
            else:
                return out
        j = bisect.bisect_right(ends, b, i)
        if j > i and ends[j - 1] + 2 > b and ends[j - 1] - starts[j - 1] == 2 and found[j - 1][0][1] == ".":
            j -= 1  # an initial ("F.") near the window's end: it may read as a letter and a full stop there
        out.extend(found[i:j])
        if j < len(starts) and starts[j] < b:
            out.extend(self.rescan(starts[j], b))
        return out

    def rescan(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """The tokens of ``text[a:b]`` read afresh by TOKEN."""
        return _as_tokens(TOKEN.finditer(self.text, a, b, timeout=1.0))


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


def _np_start(toks: list[tuple[str, int, int]], i: int, limit: int = 12) -> int:
    """Index of the first token of the noun phrase that ends at token ``i`` (``i + 1`` when none)."""
    j = i
    while j >= 0 and i - j < limit:
        w = toks[j][0]
        if _is_word(w):
            low = w.lower()
            if low in STOP_WORDS:
                break
            if low in PRONOUNS and j < i:
                break  # a pronoun starts no longer phrase: "he told officials"
        elif w not in _NAME_MARKS and not (w == "(" or w == ")"):
            break
        j -= 1
    k = j + 1
    # a phrase does not start with a bracket or a mark
    while k <= i and not _is_word(toks[k][0]):
        k += 1
    return k


def _plural_possessive(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether token ``j`` is the apostrophe of a plural possessive ("Sanders' campaign"), not a quotation mark."""
    return (
        toks[j][0] == "'" and j > 0 and toks[j - 1][2] == toks[j][1] and toks[j - 1][0][-1:] in "sS"
    )


#: lower-case words a name or title may hold: "Secretary of State", "Bank of the West"
_NAME_JOINERS: Final = frozenset("of the and for de da di del van von la le".split())


def _name_like(toks: list[tuple[str, int, int]], k: int, i: int) -> bool:
    """Whether tokens ``k`` to ``i - 1`` read as a name: every word capitalised or a joiner.

    "Gov. Ana Ruiz (D-Ore.)" and "Secretary of State Tom Lee" do; "The bridge will
    open in May" does not.
    """
    for t in toks[k:i]:
        w = t[0]
        if _is_word(w) and not (w[0].isupper() or w[0].isdigit() or w in _NAME_JOINERS or "-" in w):
            return False
    return True


#: when something was said, between a speaker and the cue: "on Tuesday", "last week", "in 2012"
_WHEN_BEFORE: Final = regex.compile(
    r"""\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today
        | (?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year)|last\s+night|in\s+\d{4})\s+$""",
    regex.VERBOSE,
)
#: how the words _WHEN_BEFORE ends in end (a year ends in a digit): the word before a cue
#: is looked at for them first, and most cues are not preceded by one
_TIME_WORD_ENDS: Final = frozenset("day eek nth ear ght".split())


def left_speaker(
    text: str, lo: int, cue_start: int, words: Tokens | None = None
) -> tuple[tuple[int, int] | None, int, int]:
    """The speaker before a cue: ``(speaker span or None, cue start, phrase start)``.

    The cue start moves left over auxiliaries and adverbs that belong to it ("has
    also said"). ``phrase start`` is where the speaker's phrase (with any
    apposition or relative clause) begins: what lies before it is the content, in
    "The plan will fail, he said".
    """
    if cue_start - 4 >= lo and (text[cue_start - 4:cue_start - 1] in _TIME_WORD_ENDS or text[cue_start - 2].isdigit()):
        when = _WHEN_BEFORE.search(text, max(lo, cue_start - 40), cue_start)
        if when is not None and when.start() > lo:
            # "Ruiz on Tuesday criticized", "who last week endorsed": when it was said
            # stands between the speaker and the cue, part of neither
            speaker, _, phrase = left_speaker(text, lo, when.start(), words)
            if speaker is not None:
                return speaker, cue_start, phrase
    toks = tokens(text, max(lo, cue_start - WINDOW), cue_start, words)
    i = len(toks) - 1
    cue_from = cue_start
    while i >= 0:
        w = toks[i][0].lower()
        if (w in CUE_AUXILIARIES or w in CUE_ADVERBS or w in _SKIPPED or (w.endswith("ly") and len(w) > 5 and toks[i][0].islower() and w not in _LY_NOUNS)
                or (w == _ALL and i > 0 and toks[i - 1][0].lower() in CUE_AUXILIARIES)):
            # auxiliaries and adverbs of manner or time read as part of the cue: "has
            # repeatedly said", "then recalled", "strongly suggested"
            if w not in _NOT_CUE_ADVERBS:
                cue_from = toks[i][1]
        else:
            break
        i -= 1
    if i < 0:
        return None, cue_from, cue_from
    w = toks[i][0]
    if w.lower() in PRONOUNS or w.lower() in _RELATIVE_SUBJECTS:
        # "who" and "which" stand for the name before them ("the union, which endorsed ...")
        return (toks[i][1], toks[i][2]), cue_from, toks[i][1]
    # (only a word holding an apostrophe can be one: most are not tried)
    contracted = _CONTRACTED_SUBJECT.match(w) if "’" in w or "'" in w else None
    if contracted is not None:
        # "he’s said": the auxiliary after the apostrophe opens the cue
        a = toks[i][1]
        return (a, a + contracted.end()), a + contracted.end(), a
    if w in (",", "—", "–"):
        # "X, the mayor, said", "X, who ..., said", "X — who ... — said": find where the aside opens
        j = i - 1
        # a dash aside may hold commas ("X — a, b and c — said"): look for its opening dash
        stops = ("—", "–", ";", ":", "(") if w in ("—", "–") else (",", ";", ":", "(", "—", "–")
        while j >= 0 and toks[j][0] not in stops and (toks[j][0] not in _OPEN_Q or _plural_possessive(toks, j)):
            j -= 1
        if j < 0 or toks[j][0] != w:
            # "Gov. John Kasich (R-Ohio), said": a comma after the name, none before it
            k = _np_start(toks, i - 1)
            if not _name_like(toks, k, i):
                return None, cue_from, cue_from  # "The bridge will open in May, said ...": a clause, not a name
            if w == "," and k <= i - 1 and k > 0 and not _is_word(toks[k - 1][0]) and toks[k - 1][0] != ",":
                return (toks[k][1], toks[i - 1][2]), cue_from, toks[k][1]
            if w == "," and k == 0 and i > 0:
                return (toks[k][1], toks[i - 1][2]), cue_from, toks[k][1]
            return None, cue_from, cue_from
        if j == i - 1:
            return None, cue_from, cue_from
        aside = toks[j + 1][0].lower()
        if i - j == 2 and aside in _ASIDE_ADVERBS:
            # "Hunter, meanwhile, told ...": a linking adverb set off by commas; the speaker is before it
            k = _np_start(toks, j - 1)
            if k > j - 1:
                return None, cue_from, cue_from
            return (toks[k][1], toks[j - 1][2]), cue_from, toks[k][1]
        if aside in STOP_WORDS and aside not in _RELATIVE or i - j > 24:
            return None, cue_from, cue_from  # "..., and took questions, said": no aside
        k = _np_start(toks, j - 1)
        if k > j - 1:
            return None, cue_from, cue_from
        if aside in _RELATIVE:
            return (toks[k][1], toks[j - 1][2]), cue_from, toks[k][1]
        return (toks[k][1], toks[i - 1][2]), cue_from, toks[k][1]
    if w == ")":
        # "Sen. Ana Ruiz (D-Ore.) said": the party and state belong to the name before them
        j = i - 1
        while j >= 0 and i - j <= 8 and toks[j][0] not in ("(", ")"):
            j -= 1
        if j > 0 and toks[j][0] == "(" and _is_word(toks[j - 1][0]):
            k = _np_start(toks, j - 1)
            if k <= j - 1:
                return (toks[k][1], toks[i][2]), cue_from, toks[k][1]
        return None, cue_from, cue_from
    if not _is_word(w):
        return None, cue_from, cue_from
    # "The official who spoke to reporters said": read through the relative clause
    k = _np_start(toks, i)
    if 0 < k <= i and toks[k - 1][0].lower() in _RELATIVE:
        k2 = _np_start(toks, k - 2)
        if k2 <= k - 2:
            k = k2
    if k > i:
        return None, cue_from, cue_from
    return (toks[k][1], toks[i][2]), cue_from, toks[k][1]


#: words that end a speaker's phrase read rightwards ("said Smith on Tuesday")
_RIGHT_STOPS: Final = frozenset(
    "that who which on in at during and but as because while when if after before since".split()
)


#: lower-case words that may open a speaker's phrase after the cue ("said a spokesman")
_RIGHT_OPENERS: Final = frozenset(
    "a an the one two three four five several some many most his her their its our he she they we i "
    "officials sources aides analysts experts critics people "
    # words that open a title or a description: "said former Sen. Ana Ruiz", "said another voter"
    "former another retired longtime veteran senior top fellow then both each".split()
)


#: a title of a few lower-case words before a name: "said conservative activist Bob Klaus",
#: "said master of ceremonies Ana Ruiz"
_TITLE_BEFORE_NAME: Final = regex.compile(
    r"(?:(?!(?:that|this|these|those|there|it|its|he|she|they|we|i|you|his|her|their|our|my|your|who|which|what|and|but|or|if|when|as|to|in|on|at|for|by|with|from|is|was|are|were|has|had|have|will|would|not)\s)[a-z][a-z\-]+\s+(?:of\s+)?){1,3}\p{Lu}\p{Ll}"
)


#: words that open no title before a name: made once, not a new set at every cue read
_STOP_OR_PRONOUN: Final = STOP_WORDS | PRONOUNS


def right_speaker(
    text: str, start: int, hi: int, stop_at_prepositions: bool = True, words: Tokens | None = None
) -> tuple[int, int] | None:
    """The speaker after a cue ("said the mayor", "according to two sources cited by Reuters")."""
    toks = tokens(text, start, min(hi, start + WINDOW), words)
    end: int | None = None
    first: int | None = None
    for n, t in enumerate(toks):
        w = t[0]
        if not _is_word(w):
            if w in _NAME_MARKS or w in "()":
                continue
            break
        low = w.lower()
        if low in _RIGHT_STOPS and (stop_at_prepositions or low in ("that", "who", "which", "and", "but")):
            break
        if n >= 14:
            break
        if first is None:
            first = t[1]
        end = t[2]
    if first is None or end is None:
        return None
    head, *others = text[first:end].split(None, 2)
    if stop_at_prepositions and not (
        head[0].isupper() or head[0].isdigit() or head.lower() in _RIGHT_OPENERS
        # a title before a name: "said pollster Ana Ruiz", "said spokesman Tom Li"
        or (others and others[0][0].isupper() and head.isalpha() and head.lower() not in _STOP_OR_PRONOUN)
        or _TITLE_BEFORE_NAME.match(text, first, end) is not None
    ):
        return None  # "saying it is ...": not a speaker
    return first, end
