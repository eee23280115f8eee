"""The patterns that find figures, built once from the lexicons.

:data:`DIGIT_START` and :func:`word_finder` find where a figure may start.
:data:`FIGURE` is matched there: first the look-alikes that are no amounts (IP
addresses, phone, version and serial numbers), times, dates and decades, then vague
amounts ("millions"), then a figure proper: an optional currency sign and a *chain*
of number words and digits ("two hundred and thirty", "1.5 million", "3/4"), which
:mod:`.reading` reads. :data:`SUFFIX` is matched where a figure ends (a unit, a
currency name, "percent", "-year-old"); the ``..._BEFORE`` patterns run backwards
from where it starts (a hedge, "minus", "US$", a code, a name head, a month).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

import regex

from ... import plain
from ...timeouts import SHORT
from .lexicon import LEXICON

__all__ = [
    "FIGURE", "TOKEN", "SUFFIX", "BEFORE", "AFTER_WORDS", "TIMEOUT", "SHORT", "match", "finditer",
    "DIGIT_START", "START_SIGNS", "SCAN_WORDS", "word_finder", "LOOK_BEHIND", "plain_patterns",
    "LABEL_ENDS", "MONTH_WORDS", "NAME_HEAD_WORDS", "RANK_WORDS",
]

#: Seconds any one pattern may run on one paragraph; far above what linear work needs.
TIMEOUT: Final = 5.0

# Text of newslens.timeouts.SHORT characters (from where a pattern starts to where it
# must stop) is matched without ``timeout=``: every pattern here finishes on it within
# microseconds, while a timeout costs more than most matches take.


def match(pattern: regex.Pattern[str], text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """``pattern.match(text, pos, endpos)``, with :data:`TIMEOUT` when the text is long."""
    if endpos - pos > SHORT:
        return pattern.match(text, pos, endpos, timeout=TIMEOUT)
    return pattern.match(text, pos, endpos)


def finditer(pattern: regex.Pattern[str], text: str, pos: int, endpos: int) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, with :data:`TIMEOUT` when the text is long."""
    if endpos - pos > SHORT:
        return pattern.finditer(text, pos, endpos, timeout=TIMEOUT)
    return pattern.finditer(text, pos, endpos)


def _any_of(phrases: Iterable[str], *, any_case: bool = False) -> str:
    """An alternation of phrases as a trie ("t(?:en|wo|h(?:ree|irty))"), longest first.

    A trie lets the engine drop a place after a character or two instead of trying
    every phrase in turn: it makes the whole pattern several times faster. A space in
    a phrase stands for any run of white space. ``any_case``: the phrases in any case
    (see :func:`_any_case`).
    """
    trie: dict[str, Any] = {}
    for phrase in set(phrases):
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    emit = _any_case if any_case else regex.escape
    body = "(?:" + _first_character_guard(trie) + _emit(trie, emit) + ")"
    return f"(?i-f:{body})" if any_case else body


#: What full case folding turns a single character into, written in ASCII ("ß" is
#: "ss", "ﬁ" is "fi"); each other such sequence has a character past ASCII.
_ASCII_FOLDS: Final = ("ss", "ff", "fi", "fl", "st")


def _any_case(run: str) -> str:
    """A run of a trie's characters, matched in any case as ``(?i)`` matches it.

    ``regex`` folds case fully in a ``VERSION1`` pattern: "fi" matches "ﬁ". It does
    so only where a run of literal characters holds what some character folds to (a
    "fi"), and simply elsewhere; so simple folding ("-f") changes no match in a run
    that holds none, and a run that may is marked for full folding ("f") as before.
    Not asking for full folding where it cannot apply is what counts: ``regex`` takes
    a tenth of a millisecond, in Python, to look for it in each run, and the tries
    have thousands of runs.
    """
    low = run.lower()
    if run.isascii() and not any(fold in low for fold in _ASCII_FOLDS):
        return regex.escape(run)
    return f"(?f:{regex.escape(run)})"


def _first_character_guard(trie: dict[str, Any]) -> str:
    """A look-ahead that turns away, in one step, every ASCII character no phrase starts with.

    Without it the engine tries the trie's first branches one by one before it gives
    up, at each of the many places where a unit or a number word may follow but does
    not. Case is folded, so that the guard holds in a case-insensitive pattern as in
    any other; a character past ASCII always passes (it may fold to two: "ﬁ" is "fi").
    """
    if "" in trie:
        return ""  # the empty phrase: anything may follow
    firsts = {ch.casefold()[:1] for ch in trie}
    barred = [i for i in range(0x80) if chr(i).casefold() not in firsts]
    if not barred:
        return ""
    runs: list[list[int]] = []
    for i in barred:  # as ranges: \x00-\x23\x25-\x2f...
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return "(?![" + "".join(f"\\x{a:02x}" + (f"-\\x{b:02x}" if b > a else "") for a, b in runs) + "])"


def _longest_first(phrases: Iterable[str]) -> str:
    """A plain alternation, longest phrase first: for patterns run backwards, where a trie
    would stop at the shortest phrase that ends at the figure ("$" of "C $")."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered) + ")"


def _emit(node: dict[str, Any], literal: Callable[[str], str]) -> str:
    branches = []
    for ch, child in sorted(node.items()):
        if not ch:
            continue
        run = ch  # the characters up to the next branching, written as one literal
        while len(child) == 1 and "" not in child:
            ((ch, child),) = child.items()
            run += ch
        branches.append(r"\s+".join(literal(part) if part else "" for part in run.split(" ")) + _emit(child, literal))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A longer phrase is tried before the end of a shorter one ("km/h" before "km"):
    # the empty branch comes last, as "?" would try it. Not "?" itself: ``regex``
    # sets up every repeat of a pattern at each call, matched or not (a few
    # nanoseconds each), and a trie of a few hundred phrases has hundreds of them.
    return f"(?:{body}|)" if "" in node else body


_words = LEXICON.words
#: The vulgar fractions, each a figure by itself or after digits ("2½").
VULGAR: Final = "½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
CARDINALS: Final = _any_of((w for w, e in _words.items() if e.kind in ("cardinal", "scale")), any_case=True)
ORDINALS: Final = _any_of((w for w, e in _words.items() if e.kind in ("ordinal", "fraction")), any_case=True)
SCALES: Final = _any_of((w for w, e in _words.items() if e.kind == "scale"), any_case=True)
DENOMINATORS: Final = _any_of((w for w, e in _words.items() if e.kind in ("ordinal", "fraction") and e.value >= 2), any_case=True)
TENS: Final = _any_of((w for w, e in _words.items() if e.kind == "cardinal" and e.value >= 20), any_case=True)
# Multipliers written after digits; "G" only apart ("1,674.5 G"), since "5G" is a network.
MULTIPLIERS: Final = _any_of(m for m in LEXICON.multipliers if m != "G")

_units_exact = [u.surface for u in LEXICON.units if u.case in ("exact", "word")]
_units_any = [u.surface for u in LEXICON.units if u.case == "any"]
# Any-case spellings first: "km/h" must win over the exact "km".
UNITS: Final = rf"(?:{_any_of(_units_any, any_case=True)}|{_any_of(_units_exact)})"


def _all_letters(surface: str, any_case: bool) -> bool:
    r"""Whether every text that ``surface`` matches is letters (``\p{L}``) only.

    So are the texts an ASCII word matches in any case: what folds to ASCII letters
    ("K", the Kelvin sign; "ﬁ"; "ß") is letters too.
    """
    if any_case:
        return surface.isascii() and surface.isalpha()
    return regex.fullmatch(r"\p{L}+", surface) is not None


#: The spellings of units that may hold more than letters ("m2", "km/h", "sq ft"):
#: the only units that the serial numbers of FIGURE must look for (see there).
UNITS_NOT_ALL_LETTERS: Final = (
    rf"(?:{_any_of((u for u in _units_any if not _all_letters(u, True)), any_case=True)}"
    rf"|{_any_of(u for u in _units_exact if not _all_letters(u, False))})"
)
_symbols = [c.surface for c in LEXICON.currencies if c.form == "symbol"]
CURRENCY_SIGNS: Final = _any_of(_symbols)
CURRENCY_CODES: Final = _any_of(LEXICON.code_spellings)
CURRENCY_NAMES: Final = _any_of((c.surface for c in LEXICON.currencies if c.form in ("name", "minor")), any_case=True)

# The look-ahead turns away at once what starts with no month's letter (this is tried
# after every day-sized number).
MONTH_WORDS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER",
    "DECEMBER",
)
MONTHS: Final = r"(?=[JFMASOND])(?:" + "|".join(MONTH_WORDS) + r")\.?"

# Digits as news writes them. The sign needs no digit just before it, so that
# "75 -300mm" is a pair of numbers, not a subtraction. The look-aheads come first
# because they are cheap: the look-behinds cost ``regex`` far more, and most places
# this is tried (after each word of a chain) hold no digit at all.
DIGITS: Final = r"""
    (?:(?=[-−])(?<!\d[ \t])(?<!\d)(?<![\p{L}\d])[-−](?=\.\d|\d)|)
    (?=[\d.VULGAR])(?<![\p{L}\d./])
    (?:
      # The forms below all have, after their first digits, one of a few characters,
      # and white space only before more digits: one look turns them all away after
      # most numbers ("2016 was", "5.", "5 percent").
      (?=\d*+(?:[VULGAR/,]|[ \t\u00a0\u202f\u2009]+\d))
      (?:
        \d*[VULGAR]                                   # vulgar fractions: 2½
      | \d+[ \t]+\d+/\d+(?![\d/])                    # a mixed fraction: 10 1/2
      | \d+/\d+(?![\d/])                             # a fraction: 3/4
      | \d{1,3}(?:,\d\d\d)+(?![\d])(?:\.\d+|)       # 1,234,567.89
      | \d{1,3}(?:[ \u00a0\u202f\u2009]\d\d\d)+(?![\d,])(?:\.\d+|)   # 1 234 567 (SI spacing)
      | (?<!\d,)\d+,\d(?:\d|)(?![\d,])(?!,\d)             # 5,25: a decimal comma (a thousands comma has 3 digits)
      )
      | \d+(?:\.\d+|)
      | \.\d+
    )
    (?:[eE](?:[+-]|)\d+(?![\p{L}\d]) | \^(?:[+-]|)\d+ |)   # 1.3e6, 1.1^23
    (?:(?:[ \t]|)MULTIPLIERS(?![\p{L}\d]) | [ \t]G(?![\p{L}\d]) |)  # 2.3bn, 10 k
    (?:st|nd|rd|th|)                                 # 21st
""".replace("MULTIPLIERS", MULTIPLIERS).replace("VULGAR", VULGAR)

# After digits: nothing that makes them part of a longer word, unless a unit, a
# currency sign, "pc" (per cent) or "s" (a decade) is written on to them.
_DIGITS_END: Final = rf"(?=[^\p{{L}}\d]|$|(?:{UNITS}|{CURRENCY_SIGNS}|s|'s|pc)(?![\p{{L}}\d]|-\d))"

WORD: Final = rf"(?i:\b(?:{CARDINALS}|{ORDINALS}|an?(?=\s+(?:{SCALES}|{DENOMINATORS}|{TENS}[-\s]+{ORDINALS})\b)|half|quarter)\b)"
# How the parts of one number are joined: "twenty-one", "one hundred and five", "half a
# million", "two thirds of a million", "two point five".
JOIN: Final = r"(?:[ \t]*[-‐‑][ \t]*|\s+(?:(?i:and)\s+|(?i:of\s+)(?=an?\s)|(?i:point)\s+)?)"
ATOM: Final = rf"(?:{DIGITS}{_DIGITS_END}|{WORD})"
# ATOM (JOIN ATOM)*, written with ATOM once: each turn of the loop after the first
# (once the empty group "chained" is set) needs a JOIN before its ATOM. The same
# matches, tried in the same order; but ATOM is most of FIGURE, and ``regex`` takes
# as long to compile a copy of it as to compile the rest of the module's patterns.
CHAIN: Final = rf"(?:(?(chained){JOIN}|(?P<chained>)){ATOM})+"

#: Heads of names and references whose number is a label, not an amount.
NAME_HEAD_WORDS: Final = (
    "Section", "Sec.", "Article", "Art.", "Chapter", "Clause", "Paragraph", "Rule", "Title", "Amendment",
    "Proposition", "Prop.", "Bill", "Resolution", "Flight", "Route", "Highway", "Interstate", "Channel", "Room",
    "Gate", "Terminal", "Platform", "Pier", "Ward", "District", "Precinct", "Unit", "Building", "Block", "Floor",
    "Suite", "Apartment", "Apt.", "Box", "Volume", "Vol.", "Issue", "Page", "Figure", "Fig.", "Table", "Psalm",
    "Model", "Version", "Windows", "iPhone", "Galaxy", "Boeing", "Airbus", "Apollo", "Formula", "Level", "Phase",
    "Stage", "Category", "Class", "Division", "Tier", "Zone", "Lane", "Exhibit", "Item", "Question", "Form", "§",
)
NAME_HEADS: Final = "(?:" + "|".join(map(regex.escape, NAME_HEAD_WORDS)) + ")"
# Words that may stand before a hyphen and a number that is still an amount: "mid-1990s", "top-10".
_NUMBER_PREFIXES: Final = r"(?i:mid|pre|post|late|early|under|over|top|ex|non|anti|sub|all|the|a|about|around|some|circa|c|than|nearly|almost|up|and|or|to|from|between)"

#: The characters other than digits that may start a figure: vulgar fractions and the
#: first characters of currency signs that are not letters.
START_SIGNS: str = VULGAR + "".join(
    sorted({c.surface[0] for c in LEXICON.currencies if c.form == "symbol" and not c.surface[0].isalpha()})
)
#: Where a figure may start: a digit, a currency sign, a decimal point before a digit.
#: Number words are found apart (see :data:`SCAN_WORDS`), which is many times faster
#: than one pattern that tries every word at every letter.
DIGIT_START: Final = regex.compile("\\d+|[-−.+](?=\\d)|[" + START_SIGNS + "]", regex.VERSION1)

#: Words that start (or are) a figure, as ``str.split`` sees them in lower-cased text
#: with punctuation made spaces.
SCAN_WORDS: frozenset[str] = frozenset(
    w for w, e in _words.items() if e.kind != "multiplier"
) | {"tens", "hundreds", "thousands", "millions", "billions", "trillions", "half", "quarter"}


@functools.cache
def word_finder(word: str) -> regex.Pattern[str]:
    """The finder of one number word of :data:`SCAN_WORDS`, in any case, as a whole word.

    Compiled when first asked for: only paragraphs past ASCII need one, and compiling
    all of them would cost every start of the program some 20 milliseconds.
    """
    return regex.compile(rf"(?i)\b{regex.escape(word)}\b", regex.VERSION1)

#: Addresses and mail addresses, whose digits are no figures.
ADDRESSES: Final = regex.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", regex.VERSION1)

#: Tried where a figure may start; the first alternative that fits wins.
FIGURE: Final = regex.compile(
    rf"""
    # The look-alikes all start with "+" or digits, and after those digits comes one
    # of a few characters ("192.", "24/", "10:", "5pm", "4 May", "5 pm"): one look
    # turns them all away before any is tried.
    (?=\+|\d++[-./:'\p{{L}}]|\d\d?+\s[AaPpJFMASONDo])(?:
    (?P<skip>
        \d{{1,3}}(?:\.\d{{1,3}}){{3}}(?![\d.]\d)        # IP addresses
      | \d+(?:\.\d+){{2,}}(?![\d.]\d)                 # version numbers: 3.11.2
      | (?:\+\d{{1,3}}[\s.-]?)?(?:\(\d{{2,4}}\)[\s.-]?|\d{{3}}[.-])\d{{3,4}}[\s./-]\d{{4}}\b  # phone numbers
      | \+\d{{1,3}}(?:[\s.-]\d{{2,4}}){{2,}}\b
      # serial numbers: 24703L202, not 24703m2. A unit of letters only, followed by
      # no letter or digit, leaves no digit for \p{{L}}+\d to reach: only the others
      # need the look (a smaller pattern, compiled faster, the same matches).
      | \d+(?![eE][+-]?\d+(?![\p{{L}}\d]))(?!{UNITS_NOT_ALL_LETTERS}(?![\p{{L}}\d]))\p{{L}}+\d[\p{{L}}\d]*
      | 24/7\b
    )
  | (?P<time>
        \d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?(?i:[ap]\.m\.|[ap]m\b))?
      | \d{{1,2}}\s?(?i:[ap]\.m\.|[ap]m\b)
    )
  | (?P<date>
        \d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{MONTHS}(?![\p{{L}}])(?:,?\s\d{{4}}\b)?
      | \d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b
      | \d{{4}}-\d{{2}}-\d{{2}}\b
      | (?:\d\d)?\d0'?s\b
    ))
  | (?P<vague>(?i:(?=[thmbd])(?:tens|hundreds|thousands|millions|billions|trillions|dozens)(?:\s+of\s+(?:thousands|millions|billions))?\b))
  | (?P<figure>
        (?P<sign>{CURRENCY_SIGNS}[ \t]?)?
        (?P<chain>{CHAIN})
    )
    """,
    regex.VERBOSE | regex.VERSION1,
)

#: How far before where it is matched FIGURE looks: DIGITS' "(?<!\d[ \t])", two
#: characters (a word boundary looks at one). SUFFIX looks at none before.
LOOK_BEHIND: Final = 2


@functools.cache
def plain_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """FIGURE and SUFFIX as the stdlib ``re`` reads them: exact on plain text only (see :mod:`newslens.plain`).

    Compiled when first asked for: ``re`` compiles in Python, some 80 milliseconds
    for the two, which a program that reads no figure need not spend.
    """
    return plain.to_re(FIGURE), plain.to_re(SUFFIX)


#: Patterns named ..._BEFORE run backwards (``regex.REVERSE``) from a figure's start,
#: with ``match(text, lo, start)``, so they look only at the few characters before it.

#: The words before a rank: "No. 1", "Number 1", "#1".
RANK_WORDS: Final = ("No.", "Number", "#")

#: Checked on the text just before a digit: is it part of a name, a code or a date?
NOT_AN_AMOUNT_BEFORE: Final = regex.compile(
    rf"""
    (?:
        (?P<code>\p{{L}}[\p{{L}}\d]*|(?<![\p{{L}}])(?!{_NUMBER_PREFIXES}-)\p{{L}}+-)     # G7, COVID-19
      | (?P<name>\b{NAME_HEADS}\s?(?:No\.\s?)?)                                      # Section 5
      | (?P<rank>\b(?:{"|".join(map(regex.escape, RANK_WORDS))})\s?)                              # No. 1
      | (?P<month>\b{MONTHS}\s)                                                      # May 4
    )
    """,
    regex.VERBOSE | regex.VERSION1 | regex.REVERSE,
)

#: What the text before a number ends with, once stripped of white space, when
#: NOT_AN_AMOUNT_BEFORE finds a name head, a rank or a month there (the last word of
#: each: "Section No. 5" ends with "No."; a month may take a point, "Jan. 5").
LABEL_ENDS: Final = (*NAME_HEAD_WORDS, *RANK_WORDS, *MONTH_WORDS, *(m + "." for m in MONTH_WORDS))

#: A currency written before the amount: "US$", "C $", "HK$", "USD", "Rs." (before a sign or digits).
CURRENCY_BEFORE: Final = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<currency>{_longest_first(_symbols)}|{CURRENCY_CODES})[ \t]?", regex.VERSION1 | regex.REVERSE
)

#: The last word of every currency CURRENCY_BEFORE knows: what the text before an
#: amount must end with for that pattern to match there.
CURRENCY_LAST_WORDS: Final = tuple(sorted({w.split()[-1] for w in [*_symbols, *LEXICON.code_spellings]}))

#: After a date's day: "-19", ", 2018".
DATE_YEAR: Final = regex.compile(r"(?:st|nd|rd|th)?(?:[-–]\d{1,2}(?!\d)(?:st|nd|rd|th)?)?(?:,?\s\d{4}\b)?", regex.VERSION1)

#: The parts of a chain, read one by one by :mod:`.reading`.
TOKEN: Final = regex.compile(
    rf"""
      (?P<digits>{DIGITS})
    | (?P<word>(?i:\b(?:{CARDINALS}|{ORDINALS}|an|a|half|quarter)\b))
    | (?P<and>(?i:\band\b))
    | (?P<point>(?i:\bpoint\b))
    | (?P<of>(?i:\bof\b))
    """,
    regex.VERBOSE | regex.VERSION1,
)

#: What may follow a number, anchored at its end; the first alternative that fits wins.
SUFFIX: Final = regex.compile(
    rf"""
      (?P<age>[ \t]*[-‐‑][ \t]*(?i:(?P<age_unit>year|month|week|day)s?)[ \t]*[-‐‑][ \t]*(?i:old)\b
             | \s+(?i:(?P<age_unit2>years?|months?))\s+(?i:old)\b)
    | (?P<percent>[ \t]?[%％]|pc\b|\s+(?i:per[ \t-]?cent|percentage[ \t]points?|percentage|percents?|pct)\b)
    | (?P<point>[ \t]*[-‐‑][ \t]*(?i:points?)\b)
    | (?P<money>(?:[ \t]?[-‐‑][ \t]?|\s+|)(?P<money_name>{CURRENCY_NAMES})(?![\p{{L}}\d]))
    | (?P<money_sign>[ \t]?(?P<money_sign_text>{CURRENCY_SIGNS}|{CURRENCY_CODES}(?![\p{{L}}\d])))
      # A unit in brackets ("(km)", closed as it was opened; group "bracket" set), else
      # a unit after a gap (group "unit_gap" set, perhaps empty: "5km"). One copy of
      # UNITS for both: it is the larger part of this pattern to compile. (No currency
      # starts with a bracket: trying the bracketed unit after money, not before, finds
      # the same.)
    | (?P<unit>
        (?:[ \t]?(?P<bracket>(?P<bracket_round>\()|(?P<bracket_square>\[)|(?P<bracket_curly>\{{)|<)
          | (?P<unit_gap>[ \t]?[-‐‑][ \t]?|\s+|))
        (?P<unit_text>{UNITS})
        (?(bracket)(?(bracket_round)\)|(?(bracket_square)\]|(?(bracket_curly)\}}|>)))
                  |(?![\p{{L}}\d]|-\d|[ \t]?[-‐‑][ \t]?(?i:old)\b)))
    | (?P<compound>[ \t]?[-‐‑][ \t]?(?P<compound_word>\p{{L}}[\p{{L}}']*))
    """,
    regex.VERBOSE | regex.VERSION1,
)

#: First words (lower-cased) and first characters of what SUFFIX can match after white
#: space: a cheap test that spares the pattern after most numbers.
SUFFIX_FIRST_WORDS: Final = frozenset(
    [u.surface.split()[0].lower() for u in LEXICON.units]
    + [c.surface.split()[0].lower() for c in LEXICON.currencies]
    + [c.lower() for c in LEXICON.code_spellings]
    + ["percent", "percents", "per", "percentage", "pct", "old"]
)
SUFFIX_FIRST_CHARS: Final = frozenset("%-‐‑–([{<\"″′°º") | frozenset(c.surface[0] for c in LEXICON.currencies if c.form == "symbol")
#: Punctuation that no alternative of SUFFIX starts with, nor any unit, currency or
#: code: after a number written on to one of these ("5,", "12."), SUFFIX is not tried.
NO_SUFFIX_AFTER: Final = frozenset(",.;:!?)]}”’'") - {
    s[:1] for s in [*(u.surface for u in LEXICON.units), *(c.surface for c in LEXICON.currencies), *LEXICON.code_spellings]
}

#: What may precede a number, matched on the few dozen characters before it (anchored at their end).
BEFORE: Final = regex.compile(
    r"""
    (?:
        (?P<margin>(?:\b(?i:plus\s+or\s+minus)|±)\s*)                          # a margin, not a sign
      | (?P<sign>\b(?i:minus|negative)\s+)
      | (?P<hedge>\b(?i:
            no\s+more\s+than|not\s+more\s+than|no\s+fewer\s+than|just\s+over|just\s+under|an\s+estimated  # longest first:
          | more\s+than|over|at\s+least|upwards\s+of|above|in\s+excess\s+of|exceeding            # the pattern runs backwards
          | up\s+to|fewer\s+than|less\s+than|under|below|at\s+most|as\s+many\s+as|as\s+much\s+as
          | about|around|approximately|roughly|some|estimated|close\s+to|nearly|almost|circa|c\.
          | between|from
        )\s+)
      | (?P<tilde>~\s?)
    )
    """,
    regex.VERBOSE | regex.VERSION1 | regex.REVERSE,
)

#: Words that follow a number and say what it counts (up to four of them).
AFTER_WORDS: Final = regex.compile(r"[ \t]+(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3})", regex.VERSION1)
