"""The quotes analyser's fast scans find exactly what their plain forms find.

Several scans are written for speed (a class or literal first, the stdlib ``re``
instead of ``regex``, a string test instead of a tokeniser); each test here holds one
of them to the plain pattern it replaces, on texts written to hit their edges
(white space of every kind, U+001C which ``re`` alone calls white space, apostrophes,
underscores, combining marks, windows that start or end inside a word).
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslens.analysers.quotes.attribution import (
    _BASE_RULES,
    _CLAUSE_COMMA,
    _CLAUSE_MARK,
    _CUT,
    _CUT_MARK,
    _FORM_RULES,
    _MARKS_TRIED,
    _NOUN_CUE_NOUNS,
    _NOUN_REACH,
    _OBJECT_END,
    _PLAIN_CLAUSE_MARK,
    _PLAIN_OBJECT_END,
    _SPACE,
    _WHITE,
    _clause_comma,
    _ending_colon,
    _first_cut,
    _has_words,
    _noun_before_that,
    _only_marks,
    _Paragraph,
    _previous_word,
)
from newslens.analysers.quotes.cues import (
    _CANDIDATE_BYTES,
    _CANDIDATE_WORDS,
    _PHRASES,
    _SINGLE,
    CUE_MANNER,
    CUE_TAIL,
    TIME_TAIL,
    _runs,
    _scanned_candidates,
    cue_manner,
    cue_tail,
    find_cues,
    time_tail,
)
from newslens.analysers.quotes.lexicon import VERB_CLASS
from newslens.analysers.quotes.marks import _MARK_STARTS, _marks_in
from newslens.analysers.quotes.polls import poll_opening
from newslens.places import char_places
from newslens.analysers.quotes.speakers import TOKEN, Tokens, first_tokens, tokens

#: pieces the texts are built from: words, cue words, marks, every kind of white space
_PIECES = [
    "said",
    "says",
    "Said",
    "according",
    " to",
    "and",
    " and ",
    "told",
    "x",
    "_",
    "U.S.",
    "Mr.",
    "F.",
    "Trump’s",
    "’",
    "'",
    "''",
    "``",
    "“",
    "”",
    '"',
    "«",
    "-",
    ",",
    ";",
    ":",
    ".",
    "1",
    "\u0301",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\x1c",
    "𝐀",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _window(text: str, data) -> tuple[int, int]:
    lo = data.draw(st.integers(0, len(text)))
    return lo, data.draw(st.integers(lo, len(text)))


def test_white_space_set_is_regex_white_space():
    assert {chr(c) for c in range(0x110000) if regex.match(r"\s", chr(c))} == _WHITE


def _whole_word_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The candidate runs of ``text[lo:hi]`` (see cues._runs) with a word boundary on either side, as ``re`` reads ``\\b``."""

    def is_word(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    return [
        (a, b) for a, b, _ in _runs(text, lo, hi) if not (a > 0 and is_word(text[a - 1])) and not (b < hi and is_word(text[b]))
    ]


#: each fast scan (spans of what it finds in a window) and the plain pattern it replaces
_SCANS = {
    "cut marks": (
        lambda text, lo, hi: [m.span() for m in _CUT_MARK.finditer(text, lo, hi)],
        regex.compile(r"[,;]|\s+and(?=\s)"),
    ),
    "quotation marks": (
        lambda text, lo, hi: [(i, i + len(mark)) for mark, i in _marks_in(text, char_places(text, _MARK_STARTS, lo, hi), 0, hi)],
        re.compile(r"''|``|[“”\"„‟«»‹›‘’'‚]"),
    ),
    "cue candidates": (
        _whole_word_runs,
        re.compile(r"\b(?:" + _CANDIDATE_WORDS + r")\b"),
    ),
    "cue candidates scanned for": (
        _scanned_candidates,
        re.compile(r"\b(?:" + _CANDIDATE_WORDS + r")\b"),
    ),
}


@pytest.mark.parametrize("name", sorted(_SCANS))
@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, data=st.data())
def test_a_fast_scan_finds_what_its_plain_pattern_finds(name, text, data):
    lo, hi = _window(text, data)
    fast, plain = _SCANS[name]
    assert fast(text, lo, hi) == [m.span() for m in plain.finditer(text, lo, hi)]


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.data())
def test_previous_word_is_the_last_token_of_the_window(text, data):
    lo, pos = _window(text, data)
    toks = list(TOKEN.finditer(text, max(lo, pos - 40), pos))
    assert _previous_word(text, lo, pos) == (toks[-1].group().lower() if toks else "")


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.data())
def test_ending_colon_is_where_a_search_for_a_last_colon_starts(text, data):
    lo, hi = _window(text, data)
    found = regex.search(r":\s*$", text[lo:hi])
    assert _ending_colon(text, lo, hi) == (lo + found.start() if found else -1)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.data())
def test_only_marks_is_a_search_for_a_word_finding_none(text, data):
    lo, hi = _window(text, data)
    assert _only_marks(text, lo, hi) == (regex.search(r"[\p{L}\p{N}]", text[lo:hi]) is None)


def test_every_cue_rule_is_keyed_as_find_cues_gives_the_cue():
    # a form's rule applies to the form exactly as written: no cue word is a key but for its case
    assert all(form in VERB_CLASS for form in _FORM_RULES)
    assert not [w for w in _SINGLE if w not in _FORM_RULES and w.lower() in _FORM_RULES]
    assert set(_BASE_RULES) <= {base for _, base in VERB_CLASS.values()}


def test_no_phrase_cue_has_the_form_of_a_verb():
    # _read_unit tells a verb's cue by its form's class alone, and asks the others for their phrase
    text = "According to Ruiz, as she put it, the plan failed, according  to Li."
    phrases = [c for c in find_cues(text, 0, len(text)) if c.group("according") or c.group("putit")]
    assert [c.group() for c in phrases] == ["According to", "put it", "according  to"]
    assert not [c for c in phrases if c.group().lower() in VERB_CLASS]
    poll = "In a CNN poll, 52 percent said no."
    assert poll_opening(poll, 0, len(poll))[0].group().lower() not in VERB_CLASS


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.data())
def test_shared_tokens_of_any_window_are_those_of_a_scan_of_it_alone(text, data):
    # windows asked in any order: the reading starts at the first one that reads, and a
    # later window before it must still get its own tokens
    lo, hi = _window(text, data)
    words = Tokens(text, lo, hi)
    for _ in range(data.draw(st.integers(1, 5))):
        a, b = _window(text, data)
        assert [t[1:] for t in words.between(a, b)] == [
            t.span() for t in TOKEN.finditer(text, a, b)
        ]


#: pieces for the noun-and-"that" scan: nouns, a noun inside a longer word, "that" in a word
_NOUN_PIECES = [
    "claim",
    "claims",
    "disclaims",
    "view",
    "that",
    "thats",
    "x",
    "s",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "\x1c",
    "_",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NOUN_PIECES), max_size=12).map("".join), st.data())
def test_noun_before_that_is_a_search_for_noun_and_that(text, data):
    lo, hi = _window(text, data)
    plain = re.compile(
        "(?:" + _NOUN_CUE_NOUNS + ")" + _SPACE + "+that" + _SPACE, re.VERBOSE
    )
    assert _noun_before_that(text, lo, hi) == (plain.search(text, lo, hi) is not None)


def test_no_noun_of_a_noun_cue_is_longer_than_the_reach_before_that():
    nouns = re.sub(r"\s", "", _NOUN_CUE_NOUNS).replace("?", "").split("|")
    assert max(map(len, nouns)) < _NOUN_REACH


def test_str_isspace_takes_in_all_of_regex_white_space():
    # find_cues tries no multi-word cue after a character str.isspace() rejects
    assert all(chr(c).isspace() for c in range(0x110000) if regex.match(r"\s", chr(c)))


def test_every_phrase_pattern_starts_with_white_space():
    patterns = [p.pattern for phrases in _PHRASES.values() for p, _ in phrases]
    assert patterns and all(p.startswith(r"\s+") for p in patterns)


#: pieces for the cut of a content: marks, the words _CUT reads after them, white space
_CUT_PIECES = [
    ",",
    ";",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "and",
    "says",
    "but",
    "while",
    "it",
    "would",
    "The",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUT_PIECES), max_size=16).map("".join), st.data())
def test_first_cut_is_the_first_match_of_a_search(text, data):
    start, limit = _window(text, data)
    state = _Paragraph(text, (0, len(text)), [], [])
    found = _first_cut(state, start, limit)
    plain = _CUT.search(text, start, limit)
    assert (found and found.span()) == (plain and plain.span())


def test_every_cue_candidate_is_found_by_the_split_not_a_scan():
    # _runs splits a unit into runs of ASCII letters: made of anything else, a
    # candidate would be scanned for (correct, but slower)
    assert _CANDIDATE_BYTES is not None


# --- the unit's reading and the cue's neighbourhood -------------------------------------

#: pieces for the words after a cue: those the cue patterns open with, near misses, marks
_CUE_PIECES = [
    *[
        "",
        "out",
        "back",
        "against",
        "upon",
        "only",
        "that",
        "for",
        "the",
        "first",
        "time",
        "with",
        "a",
        "an",
        "laugh",
        "eye",
        "roll",
    ],
    *[
        "",
        "concern",
        "concerns",
        "hope",
        "quickly",
        "flatly",
        "family",
        "really",
        "in",
        "on",
        "statement",
        "Twitter",
    ],
    *[
        "",
        "Monday",
        "Mondays",
        "today",
        "tonight",
        "last",
        "this",
        "week",
        "earlier",
        "late",
        "later",
        "recently",
        "again",
    ],
    *[
        "",
        "while",
        "whereas",
        "but",
        "it",
        "he",
        "she",
        "they",
        "we",
        "I",
        "there",
        "would",
        "and",
        "said",
        "argued",
        "F.",
        "Mr.",
        "U.S.",
        "3.5",
    ],
    " ",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "\x1c",
    "\u0301",
    ",",
    ";",
    ".",
    "’",
    "-",
    "é",
    "“",
    "(",
    ")",
    "\u3000",
]
_CUE_TEXTS = st.lists(st.sampled_from(_CUE_PIECES), max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXTS, st.data())
def test_tokens_of_a_window_are_those_token_finds(text, data):
    lo, hi = _window(text, data)
    assert [t[1:] for t in tokens(text, lo, hi)] == [
        m.span() for m in TOKEN.finditer(text, lo, hi)
    ]
    assert [t[0] for t in tokens(text, lo, hi)] == [
        m.group() for m in TOKEN.finditer(text, lo, hi)
    ]


def test_the_re_twin_of_token_reads_every_character_below_u3000_as_token_does():
    from newslens.analysers.quotes.speakers import _fast_token
    from newslens.plain import BELOW_COVERED

    # each character alone, and each after a capital and a period ("U.", "Mr.")
    for text in (BELOW_COVERED, "".join("U." + ch for ch in BELOW_COVERED)):
        assert [m.span() for m in _fast_token().finditer(text)] == [
            m.span() for m in TOKEN.finditer(text)
        ]


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXTS, st.data())
def test_first_tokens_are_the_first_tokens_of_the_window(text, data):
    lo, hi = _window(text, data)
    count = data.draw(st.integers(1, 4))
    first = first_tokens(text, lo, hi, count)
    every = tokens(text, lo, hi)
    assert first == every[: len(first)] and len(first) >= min(count, len(every))


@pytest.mark.parametrize("name", ["cue_manner", "time_tail", "cue_tail"])
@settings(max_examples=300, deadline=None)
@given(text=_CUE_TEXTS, data=st.data())
def test_a_cue_tail_is_tried_only_where_its_pattern_can_match(name, text, data):
    fast, pattern = {
        "cue_manner": (cue_manner, CUE_MANNER),
        "time_tail": (time_tail, TIME_TAIL),
        "cue_tail": (cue_tail, CUE_TAIL),
    }[name]
    lo, hi = _window(text, data)
    found, plain = fast(text, lo, hi), pattern.match(text, lo, hi)
    assert (found and found.span()) == (plain and plain.span())


def _no_quotes(text: str) -> _Paragraph:
    """A paragraph with no quotation in it, for the scans that skip quotations."""
    return _Paragraph(text, (0, len(text)), [], [])


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXTS, st.data())
def test_first_cut_tries_cut_only_after_the_words_that_open_one(text, data):
    lo, hi = _window(text, data)
    plain = None
    for k, mark in enumerate(_CUT_MARK.finditer(text, lo, hi)):
        plain = (
            _CUT.search(text, mark.start(), hi)
            if k == _MARKS_TRIED
            else _CUT.match(text, mark.start(), hi)
        )
        if plain is not None or k == _MARKS_TRIED:
            break
    found = _first_cut(_no_quotes(text), lo, hi)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXTS, st.data())
def test_plain_patterns_find_what_their_regex_finds_on_plain_text(text, data):
    text = text.replace("\u3000", " ")  # the plain patterns read text below U+3000 only
    lo, hi = _window(text, data)
    assert [m.start() for m in _PLAIN_CLAUSE_MARK.finditer(text, lo, hi)] == [
        m.start() for m in _CLAUSE_MARK.finditer(text, lo, hi)
    ]
    found, plain = (
        _PLAIN_OBJECT_END.search(text, lo, hi),
        _OBJECT_END.search(text, lo, hi),
    )
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXTS, st.data())
def test_the_comma_closing_a_clause_is_the_first_match_of_its_pattern(text, data):
    lo, hi = _window(text, data)
    plain = _CLAUSE_COMMA.search(text, lo, hi)
    assert _clause_comma(_no_quotes(text), lo, hi) == (plain and plain.start())


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data(), st.integers(0, 4))
def test_has_words_counts_what_the_word_pattern_finds(text, data, k):
    lo, hi = _window(text, data)
    assert _has_words(text, lo, hi, k) == (len(regex.findall(r"[\p{L}\p{N}]+", text[lo:hi])) >= k)


#: pieces of speaker phrases: names, titles, initials, marks and white space
_NAME_PIECES = ["Mayor", "Sen.", "Former", "Ana", "Ruiz", "O’Neil", "Smith-Jones", "A.", "the", "mayor", "É", "é", ",", " ", "  ", "\n", "\u00a0", "45"]
_SPEAKER_PHRASES = st.lists(st.sampled_from(_NAME_PIECES), max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_SPEAKER_PHRASES, data=st.data())
def test_the_name_in_a_speaker_phrase_is_read_as_its_regex_patterns_read_it(text, data):
    from newslens.analysers.quotes.antecedents import _CAPITALISED_RUN, _TITLE, _name_in

    lo, hi = _window(text, data)
    m = _CAPITALISED_RUN.search(text, lo, hi)
    if m is None:
        assert _name_in(text, (lo, hi)) is None
        return
    start, end = m.span()
    t = _TITLE.match(text, start, end)
    while t is not None and end - t.end() >= 3:
        start = t.end()
        t = _TITLE.match(text, start, end)
    assert _name_in(text, (lo, hi)) == (start, end)
