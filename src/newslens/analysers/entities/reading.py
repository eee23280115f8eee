"""The entities analyser's main work: every mention of a named entity in an article.

Each line is read for runs of name words (:mod:`.names`), the mentions found are tied
together (:mod:`.linking`), quoted titles and headline-like lines are read, and each
mention becomes an annotation. Kept apart from the analyser's module, which registers
a pluggy hook and so stays interpreted, for this one is compiled where it can be.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from typing import Final

import regex

from ...match_groups import group_numbers
from ...model import Annotation, Data, Document
from ...places import char_places
from ...timeouts import limit
from .lexicons import Lexicons, lexicons
from .lines import lines_at, lines_holding
from .linking import link, result_sides, teams
from .names import (
    Mention,
    find_in_run,
    lone_non_names,
    match_known,
    one_word,
    runs,
)

__all__ = ["SKIPPED_CREDITS", "entity_annotations"]

#: Credits whose names are not the article's: picture credits and page furniture.
SKIPPED_CREDITS: Final = frozenset(
    {"image", "share", "more", "read-more", "follow", "copyright"}
)

#: A picture credit inside a paragraph: "(AP Photo/Evan Vucci)", "Photo: Getty Images".
_PHOTO_CREDIT: Final = regex.compile(
    r"""
    \([^()\n]{0,60}?\b(?:Photo|Photograph|Image|Picture|Credit)s?\b[^()\n]{0,100}\)
  | (?:^|(?<=[.!?]\s))(?:Photo|Image|Picture|Top\ image|Featured\ image)s?\s*(?:credit\s*)?(?::|by\b)[^\n]{0,120}$
    """,
    regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE,
)
#: A sign of a picture credit on a line: "photo", "image", "picture" or "credit" in any
#: case (and a few other words: the credit pattern decides). The first letter is spelt
#: out, "İ" included as ignoring case does, so the regex engine can jump to it.
_CREDIT_WORD: Final = regex.compile(r"[pPiI\u0130cC](?i:hoto|mage|icture|redit)")
#: What a credit word ends with, in small letters. Ignoring case, the regex engine takes
#: for these letters only their two ASCII cases and, for "i", the "İ" that ``str.lower``
#: makes two characters of (and ``str.lower`` makes these letters of nothing else): in a
#: text without "İ", the credit words end where these stand in the text in small letters.
_CREDIT_ENDS: Final = ("hoto", "mage", "icture", "redit")
#: What a credit word opens with, in a text without "İ".
_CREDIT_FIRSTS: Final = frozenset("pPiIcC")
#: The endings as ASCII bytes, looked for in a text made small as bytes.
_CREDIT_BYTE_ENDS: Final = tuple(end.encode("ascii") for end in _CREDIT_ENDS)
_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Ll}+(?![\p{L}\p{M}])")
_LINE_WORD: Final = regex.compile(r"\p{L}[\p{L}\p{M}'’.-]*")
#: Small words a Title Case headline leaves in lower case, or capitalises: not evidence.
_SMALL: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "nor",
        "by",
        "with",
        "from",
        "as",
        "after",
        "before",
        "over",
        "into",
        "vs",
        "is",
        "are",
        "was",
        "be",
        "it",
        "its",
        "up",
        "out",
        "off",
    ]
)
#: What may stand between the end of a sentence and the first word of the next.
_OPENERS: Final = frozenset(" \t\"“”‘’'([«»—–-*•\u00a0")
_OPENER_CHARS: Final = "".join(sorted(_OPENERS))
_SENTENCE_END: Final = frozenset(".!?:;")
_TIMEOUT: Final = 10.0
_QUOTE_OPEN: Final = frozenset("“\"‘'")
_QUOTE_CLOSE: Final = frozenset("”\"’'")


@functools.lru_cache(maxsize=1)
def _title_before(lex: Lexicons) -> regex.Pattern:
    """A lower-case title right before a name: "White House spokesman Eric Schultz"."""
    words = sorted(lex.titles_lower, key=len, reverse=True)
    return regex.compile(
        r"(?:^|(?<=[^\p{L}]))("
        + "|".join(regex.escape(w) for w in words)
        + r")[ \u00a0]+$"
    )


@functools.lru_cache(maxsize=1)
def _title_tails(lex: Lexicons) -> tuple[int, frozenset[str]]:
    """How titles end: ``(k, the last k letters of each)``, to try the title pattern
    only before a name whose previous word could be one ("said Obama" could not)."""
    k = min(3, *(len(t) for t in lex.titles_lower))
    return k, frozenset(t[-k:] for t in lex.titles_lower)


def entity_annotations(doc: Document, prefix: str) -> list[Annotation]:
    """One annotation per mention of a named entity in ``doc``, in text order, numbered
    as the pipeline numbers a layer's annotations (``prefix`` and its place from 1)."""
    lex = lexicons()
    text = doc.text
    skip = _skipped_spans(doc)
    lowercase = _SmallLetterWords(text)
    sentence_starts = {s.start for s in doc.sentences}
    headline = doc.headline
    title_before = _title_before(lex)
    k, title_tails = _title_tails(lex)
    nothing_alone = lone_non_names(lex)
    running: list[Mention] = []
    # Names recur in an article ("Mr. Trump" ... "Mr. Trump"): each run is read once
    # for each way it stands (see ``key`` below), its mentions copied where it recurs
    # (most runs read do not recur: nothing is copied for them). Each key holds where
    # the run was read and its mentions as read there.
    readings: dict[
        tuple[str, bool, str | None, bool], tuple[int, list[Mention]]
    ] = {}
    # (upper, runs) of headline-like lines, read apart once the article's names are known
    special: list[tuple[bool, list[tuple[int, int]]]] = []
    lines = _lines_with_runs(text)
    for ls, le, line_runs in lines:
        if skip and _inside(skip, ls, le):
            continue
        mode = _mode(
            text[ls:le],
            lex,
            lowercase,
            headline is not None and headline.start <= ls < headline.end,
        )
        if mode != "normal":
            special.append((mode == "caps", line_runs))
            continue
        check_skip = bool(skip) and _overlaps(skip, ls, le)
        for s, e in line_runs:
            if check_skip and _inside(skip, s, e):
                continue
            before = None
            if (
                s - 2 > ls
                and text[s - 1] == " "
                and text[s - 1 - k : s - 1] in title_tails
            ):
                before = title_before.search(text, max(ls, s - 40), s)
            word = text[s:e]
            if before is None and word in nothing_alone:
                continue  # "The", "He", "Monday": no name, wherever it stands
            # Whether the run opens a sentence: past up to 8 openers (spaces, quotation
            # marks, brackets) before it, the line's start or a sentence's end.
            if s - 2 >= ls and text[s - 1] in _OPENERS and text[s - 2] not in _OPENERS:
                # One opener (most often a space) after anything else: that says it.
                opens = text[s - 2] in _SENTENCE_END
            elif rest := text[max(ls, s - 8) : s].rstrip(_OPENER_CHARS):
                opens = rest[-1] in _SENTENCE_END
            else:  # openers only, back to the line's start or 8 of them
                opens = s - 8 <= ls or text[s - 9] in _SENTENCE_END
            opens = opens or s in sentence_starts
            role_before = before.group(1) if before is not None else None
            # All a run's reading depends on, besides the article's small-letter
            # words: what a run written alike elsewhere in the article reads as.
            key = (
                word,
                opens,
                role_before,
                s >= 4 and text.startswith("the ", s - 4),
            )
            reading = readings.get(key)
            if reading is not None:
                read_at, read = reading  # read before: the same mentions here
                found = [m.moved(s - read_at) for m in read]
            else:
                if role_before is None and " " not in word and "\u00a0" not in word:
                    # One word (most runs): what find_in_run would do with it. Its
                    # mention is the run, with no white space to make single: the
                    # name as linking reads it is the word.
                    found = one_word(word, s, e, lex, opens, lowercase, text)
                    for m in found:
                        m.surface = word
                else:
                    found = find_in_run(
                        text,
                        s,
                        e,
                        lex,
                        sentence_start=opens,
                        lowercase_words=lowercase,
                        role_before=role_before,
                    )
                    for m in found:  # the name as linking reads it, made once per name
                        m.surface = " ".join(text[m.start : m.end].split())
                readings[key] = (s, found)
            if before and found and found[0].role and running:
                prev = running[
                    -1
                ]  # "White House spokesman": the body is part of the role
                if (
                    prev.label in ("GPE", "NORP", "ORG")
                    and not text[prev.end : before.start(1)].strip()
                ):
                    if reading is None:  # where the run recurs, it reads as before
                        readings[key] = (s, [m.moved(0) for m in found])
                    found[0].role = text[prev.start : before.end(1)]
            for m in found:
                # A word in capitals that the article also writes in small letters is
                # shouted, not an acronym: "the WHITE house".
                if m.kind == "acronym" and m.words[0].lower() in lowercase:
                    continue
                # An unknown word alone in quotation marks is a scare quote: “Unprecedented”.
                if (
                    m.kind == "guess"
                    and text[m.start - 1 : m.start] in _QUOTE_OPEN
                    and text[m.end : m.end + 1] in _QUOTE_CLOSE
                ):
                    continue
                running.append(m)
    sides = result_sides(text, lines)  # "Petofi 3 Ruch 1": both are teams
    mentions = _quoted_titles(text, link(running, text, sides), skip)
    if special:
        mentions.extend(_in_special_lines(text, special, mentions, lex, skip))
        mentions.sort(key=lambda m: m.start)
    teams(mentions, text, lex.countries, sides)
    return _annotations(mentions, prefix)


def _annotations(mentions: list[Mention], prefix: str) -> list[Annotation]:
    """One annotation per typed mention, numbered as the pipeline numbers a layer's
    annotations (``prefix`` and its place from 1: "entities-1").

    Made with its id, an annotation is kept by the pipeline as it is, where one
    without would be copied to take its id: one object per mention, not two.
    The mentions of one entity with the same role share one read-only ``Data``
    rather than freezing the same three values again for each.
    """
    out: list[Annotation] = []
    shared: dict[tuple[str | None, str | None, bool], Data] = {}
    for m in mentions:
        if not m.label or m.label == "TITLE":
            continue
        key = (m.canonical, m.role, bool(m.outlet))
        data = shared.get(key)
        if data is None:
            data = shared[key] = Data(
                {"canonical": key[0], "role": key[1], "outlet": key[2]}
            )
        out.append(
            Annotation(
                m.start, m.end, label=m.label, data=data, id=f"{prefix}{len(out) + 1}"
            )
        )
    return out


def _lines_with_runs(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, runs) of every line that holds a run of name words.

    The runs are found in one pass over the whole text, not one per line: a run never
    crosses a line break, so they are the same, and a pass costs the regex engine a
    start-up and a timeout check that thousands of short lines would each pay.
    """
    spans = runs(text, _TIMEOUT)
    starts = [s for s, _ in spans]
    out = []
    k, n = 0, len(spans)
    # The line of each run not on the line before: the lines without a run (a third of
    # them) are never visited, and the runs on a line are found by bisection.
    while k < n:
        s = starts[k]
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        if le == -1:
            le = len(text)
        j = bisect.bisect_left(starts, le, k + 1)
        out.append((ls, le, spans[k:j]))
        k = j
    return out


#: The small words a title may hold between its capitalised words: "Return of the Legend".
_TITLE_SMALL_WORDS: Final = (
    "of", "the", "a", "an", "and", "in", "on", "to", "for", "with", "at", "by", "from", "or"
)
#: A title in quotation marks, every word capitalised: “American Skin”, "Return of the Legend".
_QUOTED_TITLE: Final = regex.compile(
    r"""(?<![\p{L}\d])[“"‘]
    (?P<title>(?:\p{Lu}[\p{L}\p{M}\d'’-]*|\d+)
      (?:[ ](?:(?:"""
    + "|".join(_TITLE_SMALL_WORDS)
    + r""")[ ]){0,3}(?:\p{Lu}[\p{L}\p{M}\d'’-]*|\d+)){1,8})
    [,.!?]?[”"’](?![\p{L}\d])""",
    regex.VERBOSE,
)
#: How a title's second word (or the small word before it) may open, in its first two
#: characters: a small word and the space after it ("a ", "of", "th").
_TITLE_SMALL_OPENINGS: Final = frozenset((w + " ")[:2] for w in _TITLE_SMALL_WORDS)


# The groups of the pattern read here, by number (see newslens.match_groups).
_QUOTED_TITLE_GROUPS: Final = group_numbers(_QUOTED_TITLE)

#: The marks a quoted title opens with (``_QUOTED_TITLE``'s first character).
_TITLE_QUOTES: Final = "“\"‘"
#: What cannot follow the opening mark of a title, which opens with a capital or a
#: digit: an ASCII character other than those (the end of the text too).
_NOT_TITLE_OPENERS: Final = frozenset(
    [chr(c) for c in range(128) if not chr(c).isalnum() or chr(c).islower()] + [""]
)


#: Opening marks an article holds for which trying the title pattern at each costs less
#: than one pass of it over the whole text (a news article holds a few dozen).
_FEW_MARKS: Final = 64


def _quoted_title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the titles ``_QUOTED_TITLE.finditer(text)`` finds.

    A match opens at a quotation mark, and an article holds a few dozen: each is found
    by ``str.find`` and the pattern tried there alone, instead of the regex engine
    trying it at every character of the article (ten times the work).
    """
    starts = char_places(text, _TITLE_QUOTES, most=_FEW_MARKS)
    if len(starts) > _FEW_MARKS:
        # A match tried at one place may look ahead through the rest of the
        # text for a closing mark: with many marks, one pass costs less.
        return [
            m.span(_QUOTED_TITLE_GROUPS.title)
            for m in _QUOTED_TITLE.finditer(text, timeout=_TIMEOUT)
        ]
    spans = []
    # finditer goes on after each match: a mark inside it (its close) opens none.
    end = 0
    for at in starts:
        if at < end or text[at + 1 : at + 2] in _NOT_TITLE_OPENERS:
            continue
        # A title lies within its line: the pattern need not look past it.
        line_end = text.find("\n", at)
        if line_end == -1:
            line_end = len(text)
        if not _second_title_word(text, at, line_end):
            continue  # a quoted sentence: “The president said...”
        # A short line needs no time limit (as runs do not): the pattern reads each word
        # once (a word may end only where a space, a mark or a closing quotation mark follows).
        m = _QUOTED_TITLE.match(text, at, line_end, timeout=limit(line_end - at, _TIMEOUT))
        if m is not None:
            spans.append(m.span(_QUOTED_TITLE_GROUPS.title))
            end = m.end()
    return spans


def _second_title_word(text: str, at: int, line_end: int) -> bool:
    """Whether, past the quotation mark at ``at``, a second word of a title could follow
    the first: what ``_QUOTED_TITLE`` needs before ``line_end``, told without it.

    The first word holds no space and the pattern reads a single space after it, so
    that space is the first one past the mark, and what follows it opens a capitalised
    word, a number or a small word (any character past ASCII is left to the pattern).
    """
    gap = text.find(" ", at + 1, line_end)
    if gap == -1:
        return False  # a single word in quotation marks is no title
    opening = text[gap + 1 : gap + 3]
    first = opening[:1]
    return (
        not first.isascii()
        or first.isupper()
        or first.isdigit()
        or opening in _TITLE_SMALL_OPENINGS
    )


def _quoted_titles(
    text: str, mentions: list[Mention], skip: list[tuple[int, int]]
) -> list[Mention]:
    """A song, film, book or show named in quotation marks is one WORK_OF_ART.

    The names inside it ("American" in “American Skin”) are not mentions of their own;
    a quoted phrase that is exactly one name already found (“Fox News”) stays that name.
    """
    if not ("“" in text or '"' in text or "‘" in text):
        return mentions
    titles = []
    overlapping = None  # made at the first quoted title: most quotations hold none
    for s, e in _quoted_title_spans(text):
        if skip and _inside(skip, s, e):
            continue
        if overlapping is None:
            overlapping = _Overlaps(mentions)
        inside = overlapping(s, e)
        if len(inside) == 1 and inside[0].start == s and inside[0].end == e:
            continue
        titles.append((s, e))
    if not titles:
        return mentions
    starts = [t[0] for t in titles]
    kept = []
    for x in mentions:
        i = bisect.bisect_right(starts, x.start) - 1
        if i >= 0 and titles[i][0] <= x.start and x.end <= titles[i][1]:
            continue
        kept.append(x)
    for s, e in titles:
        work = Mention(s, e, "WORK_OF_ART", "quoted", text[s:e].split())
        work.canonical = " ".join(text[s:e].split())
        kept.append(work)
    kept.sort(key=lambda x: x.start)
    return kept


def _lowercase_words(text: str) -> set[str]:
    """The words the article writes in small letters, to tell "the WHITE house" from NATO.

    Looked for in the article's distinct tokens (split at white space) rather than
    along the whole text: such a word never holds white space, and white space beside
    it counts as any other non-letter for the pattern, so the words are the same while
    the regex engine reads each repeated token once.
    """
    # No timeout: the pattern cannot backtrack, and a timeout doubles the cost of
    # every step of the regex engine.
    return set(_LOWER_WORD.findall(" ".join(set(text.split()))))


class _SmallLetterWords:
    """Whether the article writes a word in small letters: ``word in words``, as in
    the set :func:`_lowercase_words` makes.

    An article asks this of a few words only (those opening a sentence, a few in
    capitals), so each is looked for where it stands in the text, by ``str.find``,
    rather than every word of the text being read to make the set. A word written
    inside many others without standing alone falls back to the set, made once:
    no text costs more than its set and a few searches.
    """

    __slots__ = ("answers", "text", "whole")

    #: Places a word is found inside others before reading the whole text is cheaper.
    TRIES: Final = 32

    def __init__(self, text: str):
        self.text = text
        self.answers: dict[str, bool] = {}
        self.whole: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        got = self.answers.get(word)
        if got is None:
            got = self.answers[word] = self._written(word)
        return got

    def _written(self, word: str) -> bool:
        if self.whole is not None:
            return word in self.whole
        if not word:
            return False
        text, size = self.text, len(word)
        at = text.find(word)
        for _ in range(self.TRIES):
            if at == -1:
                return False
            # The small-letter word that starts here (the pattern looks behind ``at``
            # too) is this one if it ends where the word does.
            hit = _LOWER_WORD.match(text, at)
            if hit is not None and hit.end() == at + size:
                return True
            at = text.find(word, at + 1)
        if at == -1:
            return False
        self.whole = _lowercase_words(text)
        return word in self.whole


class _Overlaps:
    """The mentions that overlap a stretch of text, found by bisection when they can be.

    Mentions in text order that never overlap each other have their ends in order too,
    so those overlapping a stretch are one slice of the list: a long article with many
    quoted titles then costs no comparison of every title with every mention.
    """

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self.apart = all(a.end <= b.start for a, b in itertools.pairwise(mentions))
        self.starts = [m.start for m in mentions] if self.apart else []
        self.ends = [m.end for m in mentions] if self.apart else []

    def __call__(self, s: int, e: int) -> list[Mention]:
        if not self.apart:
            return [x for x in self.mentions if x.start < e and x.end > s]
        lo = bisect.bisect_right(self.ends, s)  # the first that ends after s
        hi = bisect.bisect_left(self.starts, e)  # the first that starts at e or later
        return self.mentions[lo:hi]


def _skipped_spans(doc: Document) -> list[tuple[int, int]]:
    """Credits and picture credits inside paragraphs: their names are not the article's."""
    text = doc.text
    spans = [(c.start, c.end) for c in doc.credits if c.kind in SKIPPED_CREDITS]
    # A picture credit lies within one line and holds one of the credit words.
    for ls, le in _credit_lines(text):
        spans.extend(
            m.span() for m in _PHOTO_CREDIT.finditer(text, ls, le, timeout=_TIMEOUT)
        )
    spans.sort()
    return spans


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """The lines ``lines_holding(_CREDIT_WORD, text)`` gives, found by ``bytes.find``.

    Without "İ", lowering leaves every character where it stands and makes the credit
    words' letters of their ASCII capitals only, so a credit word's ending in small
    letters (``_CREDIT_ENDS``) stands in the text made small exactly where the word's
    ending stands in the text: each is found by ``find`` (a few in an article) and the
    letter before it checked, instead of the regex engine stopping at every "p", "i"
    and "c" of the text. The text is made small as ASCII bytes, each other character
    a "?" (one byte each, so at the same places): lowering those costs more than
    the rest, and none of them but "İ" (read by the pattern above) lowers to a
    letter of a credit word.
    """
    if "\u0130" in text:
        return lines_holding(_CREDIT_WORD, text)
    small = text.encode("ascii", "replace").lower()
    starts = []
    for end in _CREDIT_BYTE_ENDS:
        at = small.find(end, 1)
        while at != -1:
            if text[at - 1] in _CREDIT_FIRSTS:
                starts.append(at - 1)
            at = small.find(end, at + 1)
    starts.sort()
    return lines_at(text, starts)


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_right(spans, (s, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= s and e <= spans[i][1]


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_left(spans, (e, -1))  # spans starting before e
    return any(spans[k][1] > s for k in range(max(0, i - 2), i))


def _mode(
    line: str, lex: Lexicons, lowercase: _SmallLetterWords, is_headline: bool
) -> str:
    """``caps`` for a line in capitals, ``title`` for one in Title Case, else ``normal``."""
    if line.isupper():
        return "caps"  # no small letter at all
    if not is_headline and (len(line) > 300 or line.rstrip()[-1:] in '.!?"”:;,'):
        return "normal"  # a sentence or a paragraph, not a heading
    words = [w for w in _LINE_WORD.findall(line) if w.lower() not in _SMALL]
    if not words:
        return "normal"
    caps = sum(1 for w in words if w.isupper() and len(w.rstrip(".")) > 1)
    if caps / len(words) >= 0.6 and (caps >= 2 or len(words) == 1):
        return "caps"
    capital = [w for w in words if w[0].isupper()]
    if len(words) < 3 or len(capital) / len(words) < (0.6 if is_headline else 0.75):
        return "normal"
    if is_headline:
        return "title"
    ordinary = sum(
        1 for w in capital if w.lower() in lowercase or w.lower() in lex.not_names
    )
    return "title" if ordinary >= 2 and len(words) >= 4 else "normal"


def _in_special_lines(
    text: str,
    lines: list[tuple[bool, list[tuple[int, int]]]],
    found: list[Mention],
    lex: Lexicons,
    skip: list[tuple[int, int]],
) -> list[Mention]:
    """Names in headline-like lines: those the article or the lexicons know."""
    known: dict[str, tuple[str | None, str, str]] = {}
    known_upper: dict[str, tuple[str | None, str, str]] = {}
    # Most articles have a Title Case headline and no line in capitals: the names
    # upper-cased are made only for lines in capitals, the others only for the rest.
    plain = not all(upper for upper, _ in lines)
    capitals = any(upper for upper, _ in lines)
    for m in found:
        # Linking has written most surfaces already; the others are worked out alike.
        surface = m.surface
        if surface is None:
            surface = " ".join(text[m.start : m.end].split())
        entry = (m.label, m.kind, m.canonical or surface)
        keys = [surface]
        if m.label == "PERSON" and len(m.words) > 1:
            keys.append(m.words[-1])
        for key in keys:
            if plain:
                known.setdefault(key, entry)
            if capitals:
                known_upper.setdefault(key.upper(), entry)
    out: list[Mention] = []
    for upper, line_runs in lines:
        doc_known = known_upper if upper else known
        chain = _Chain(doc_known, lex, upper)
        for s, e in line_runs:
            if skip and _inside(skip, s, e):
                continue
            out.extend(match_known(text, s, e, chain, upper))
    return out


class _Chain:
    """Look a name up in the article's names first, then in the lexicons (not titles)."""

    def __init__(
        self,
        doc_known: dict[str, tuple[str | None, str, str]],
        lex: Lexicons,
        upper: bool,
    ):
        self.doc_known, self.lex, self.upper = doc_known, lex, upper

    def get(self, key: str) -> tuple[str | None, str, str] | None:
        got = self.doc_known.get(key)
        if got is not None:
            return got
        if self.upper:
            hit = self.lex.upper.get(key)
            if hit is None or hit[1] == "title":
                return None
            return hit[0], hit[1], hit[2]
        plain = self.lex.names.get(key)
        if plain is None or plain[1] == "title":
            return None
        return plain[0], plain[1], key


