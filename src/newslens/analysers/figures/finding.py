"""Find the figures of one paragraph: where each starts, what it is, what hedges it.

Work per paragraph is linear: a test of which number words occur at all (C-speed
``str`` methods), one scan for digits and currency signs, one literal scan per number
word present, then anchored matches only where a figure may start.

Patterns that may run along the paragraph (the scans, the figure and its suffix)
carry ``timeout=``; the backward patterns look at a window of a few dozen characters
before a figure (``match(text, lo, start)``), so they cannot run long, and skip it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import Any, Final, NamedTuple

import regex

from ... import plain
from ...match_groups import group_numbers
from . import grammar as g
from . import scanning
from .lexicon import LEXICON, Currency, Unit
from .reading import Number, read_chain, tidy

__all__ = ["Figure", "find_figures"]

#: Words before "one" that make it a pronoun ("the one", "no one", "which one").
_PRONOUN_BEFORE: Final = regex.compile(
    r"\b(?i:the\s+only|the|this|that|which|no|any|every|each|another|some|someone|little|last|next|other|such|a|an|everyone|no-one|what)\s+",
    regex.VERSION1 | regex.REVERSE,
)
#: The last word of every phrase in _PRONOUN_BEFORE, case-folded as the pattern's (?i) folds.
_PRONOUN_ENDS: Final = (
    "the", "only", "this", "that", "which", "no", "any", "every", "each", "another", "some", "someone",
    "little", "last", "next", "other", "such", "a", "an", "everyone", "no-one", "what",
)
_PRONOUN_AFTER: Final = regex.compile(r"\s+(?i:of|another|anymore|else)\b|['’]s\b", regex.VERSION1)
_CAPITAL_BEFORE: Final = regex.compile(r"\b(\p{Lu}[\p{L}'-]*(?:\.\p{L}+)*)[ \t]+", regex.VERSION1 | regex.REVERSE)
_FUNCTION_WORDS: Final = frozenset(
    "a an the and or but of in on at by for to from with after before over under about around than "
    "some only just nearly almost more less least most all top since until into as per every each".split()
)
_VERB_BEFORE: Final = regex.compile(r"\b(\p{Ll}+ed)[ \t]+", regex.VERSION1 | regex.REVERSE)
_NOT_COUNTED: Final = frozenset(
    """of and or nor but to in on at by for with from into onto over under about than as per each is are was were
    be been being has have had do does did that which who whom whose this these those it its they them their he
    him his she her we our us you your i me my said says say will would could should may might can must not
    also so if then there here when while where since after before during until ago more less most least other
    others too very just only even still yet again all both such own same now up down out off back already
    put get got make made take took go went come came see saw know knew think want need use find give tell ask
    seem feel try leave call keep let begin show hear play run move live believe hold bring happen write
    provide sit stand lose pay meet include continue set learn change lead watch follow stop create speak read
    allow add spend grow open walk win offer remember consider appear buy wait serve die send expect build stay
    fall cut reach kill remain suggest raise pass sell require report decide pull a an the
    spoke went came took gave told found left felt ran won lost held met paid sent built fell stood wrote
    began brought bought kept led sat saw knew thought became showed heard seemed""".split()
)
_AFTER_HEDGE: Final = regex.compile(
    r"[ \t]*(?:(?P<min>(?i:or\s+(?:more|so|above|over))\b|[-‐]?(?i:odd|plus)\b|\+)|(?P<max>(?i:or\s+(?:less|fewer|under|below))\b))",
    regex.VERSION1,
)
_RANGE_BETWEEN: Final = regex.compile(r"[ \t]*[-–—][ \t]*|\s+(?i:to|and)\s+", regex.VERSION1)
#: What stands between the ends of a range once white space is stripped (Python's
#: white space takes in every character ``\s`` does, and a few more).
_RANGE_WORDS: Final = frozenset({"-", "–", "—", "to", "and"})
_AND_BETWEEN: Final = regex.compile(r"\s+(?:(?i:and)\s+)?", regex.VERSION1)
_RATIO_AHEAD: Final = regex.compile(r"\s+(?i:over|out\s+of)\s+(?=\d)", regex.VERSION1)  # "2000 over 3" is no year
_RATIO_BETWEEN: Final = regex.compile(r"\s+(?i:over|out\s+of|in)\s+", regex.VERSION1)
_CODE_REST: Final = regex.compile(r"[\p{L}\d]*(?:[-/][\p{L}\d]+)*", regex.VERSION1)
_PERCENT_BEFORE: Final = regex.compile(r"(?<![\d\p{L}][ \t]?)\b(?i:per[ \t]?cents?|percents?)\s+of\s+", regex.VERSION1 | regex.REVERSE)
_DIGITAL: Final = regex.compile(r"[-−]?\p{Sc}?\d", regex.VERSION1)
_DIGITS_ONLY: Final = regex.compile(r"\d+", regex.VERSION1)
_DAY: Final = regex.compile(r"\d{1,2}(?!\d)", regex.VERSION1)
_OF: Final = regex.compile(r"\s+(?i:of)(?=\s)", regex.VERSION1)
_A_BEFORE: Final = regex.compile(r"\b(?i:an?|half(?:\s+an?)?)\s+", regex.VERSION1 | regex.REVERSE)

#: The last word of every hedge in grammar.BEFORE, lower-cased.
_HEDGE_ENDS: Final = frozenset(
    "than over least of above excess exceeding to under below most many much about around approximately "
    "roughly some estimated nearly almost circa c. between from minus negative".split()
)
_CODE_SPELLINGS: Final = LEXICON.code_spellings
_MIN: Final = {"more than", "over", "at least", "upwards of", "above", "in excess of", "exceeding", "no fewer than", "just over"}
_MAX: Final = {"up to", "fewer than", "less than", "under", "below", "at most", "no more than", "not more than",
        "as many as", "as much as", "nearly", "almost", "just under"}
_APPROX: Final = {"about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to",
           "nearly", "almost", "circa", "c.", "as many as", "as much as"}
#: Every hedge that bounds or blurs a number: a year has none.
_HEDGED: Final = frozenset(_MIN | _MAX | _APPROX)


# The groups of the patterns read here, by number (see newslens.match_groups).
_FIGURE: Final = group_numbers(g.FIGURE)
_SUFFIX: Final = group_numbers(g.SUFFIX)
_NOT_AN_AMOUNT: Final = group_numbers(g.NOT_AN_AMOUNT_BEFORE)
_CURRENCY_BEFORE: Final = group_numbers(g.CURRENCY_BEFORE)
_AFTER_HEDGE_GROUPS: Final = group_numbers(_AFTER_HEDGE)


#: A match of a pattern of :mod:`.grammar`: by ``regex``, or by its plain twin in ``re``
#: (see :func:`_matchers`), and what matches one at (text, pos, endpos).
AnyMatch = regex.Match[str] | re.Match[str]
Matcher = Callable[[str, int, int], regex.Match[str] | re.Match[str] | None]


class Figure(NamedTuple):
    """A figure found in the text: span, label and JSON-shaped data.

    A named tuple: one is made per figure, and a frozen attrs class costs twice as
    much to make.
    """

    start: int
    end: int
    label: str
    data: dict[str, Any]


#: Make a Figure from its four fields in one C call, for the commonest figure: a
#: plain number (the named tuple's own constructor is a Python function).
_new_figure = functools.partial(tuple.__new__, Figure)


def _data(value: float | None = None, **more: Any) -> dict[str, Any]:
    d: dict[str, Any] = {
        "value": None if value is None else tidy(value),
        "unit": None,
        "currency": None,
        "approximate": False,
        "bound": None,
        "counted": None,
    }
    if more:
        d.update(more)
    return d


def find_figures(text: str, start: int, end: int, *, title_case: bool = False) -> list[Figure]:
    """The figures in ``text[start:end]`` (one paragraph), in order."""
    out: list[Figure] = []
    candidates, plain_para = scanning.scan(text, start, end)
    if not candidates:
        return out
    match_figure, match_suffix = _matchers(text, start, end, plain_para)
    excluded: list[tuple[int, int]] = []
    ex_starts: list[int] = []
    para = text[start:end]
    if "://" in para or "www." in para or "@" in para:
        excluded = [m.span() for m in g.finditer(g.ADDRESSES, text, start, end)]
        ex_starts = [s for s, _ in excluded]
    if title_case:
        words = para.split()
        title_case = sum(w[:1].isupper() for w in words) > 0.6 * len(words)
    pos = start
    for c in candidates:
        if c < pos:
            continue
        if excluded:
            k = bisect.bisect_right(ex_starts, c) - 1
            if k >= 0 and excluded[k][0] <= c < excluded[k][1]:
                pos = excluded[k][1]
                continue
        lo = max(start, c - 24)
        if text[c].isdigit() or text[c] == ".":
            if c > start and (text[c - 1].isalpha() or text[c - 1] == "-"):
                nb = g.NOT_AN_AMOUNT_BEFORE.match(text, lo, c)
                if nb and nb.group(_NOT_AN_AMOUNT.code):
                    pos = _code_end(text, c, end)
                    continue
            # names, ranks and months all begin with a capital, "#" or "§", and end with
            # one of a few words: two cheap tests first
            w = _word_before(text, lo, c)
            capital = w[:1].isupper() or w[1:2].isupper() or w[:1] in ("#", "§")  # "iPhone 15"
            nb = g.NOT_AN_AMOUNT_BEFORE.match(text, lo, c) if capital and w.endswith(g.LABEL_ENDS) else None
            if nb and nb.group(_NOT_AN_AMOUNT.name):
                pos = _code_end(text, c, end)
                continue
            if nb and nb.group(_NOT_AN_AMOUNT.rank):
                rank = _DIGITS_ONLY.match(text, c, end)
                if rank:
                    out.append(Figure(c - len(nb.group()), rank.end(), "ordinal", _data(float(rank.group()))))
                    pos = rank.end()
                    continue
            if nb and nb.group(_NOT_AN_AMOUNT.month):
                day = _DAY.match(text, c, end)
                if day:
                    e = day.end()
                    year = g.DATE_YEAR.match(text, e, end)
                    assert year is not None  # every part of it is optional: it matches, if only the empty string
                    e = year.end()
                    out.append(Figure(c - len(nb.group()), e, "date", _data()))
                    pos = e
                    continue
        m = None
        if text[c].isalpha() and _word_before(text, lo, c).lower() in ("a", "an", "half"):
            a = _A_BEFORE.match(text, lo, c)
            if a:  # "a dozen", "half a million"; "a three-foot trip" falls back to "three"
                m = match_figure(text, c - len(a.group()), end)
        if not m:
            m = match_figure(text, c, end)
        if not m:
            continue
        pos = max(m.end(), c + 1)
        # The alternative that matched (skip, time, date, vague or figure): a group
        # closes after those inside it, so the last one closed names it, at the cost
        # of one look-up instead of four.
        kind = m.lastgroup
        if kind == "skip":
            continue
        if kind == "time":
            out.append(Figure(m.start(), m.end(), "time", _data()))
            continue
        if kind == "date":
            out.append(Figure(m.start(), m.end(), "date", _data()))
            continue
        if kind == "vague":
            f = _vague(text, start, end, m)
            out.append(f)
            continue
        pos = _figure(
            text, start, end, m.start(), m.end(), m.start(_FIGURE.chain), m.end(_FIGURE.chain),
            m.group(_FIGURE.sign), out, title_case, match_suffix,
        ) or pos
    return _merge(text, out)


def _code_end(text: str, c: int, end: int) -> int:
    """Where the code or name whose digits start at ``c`` ends ("19" of "COVID-19")."""
    m = _CODE_REST.match(text, c, end)
    assert m is not None  # every part of _CODE_REST is optional: it matches, if only the empty string
    return m.end()


#: FIGURE and SUFFIX as ``regex`` reads them, on any text (with a time limit when it is long).
_REGEX_MATCHERS: Final = (functools.partial(g.match, g.FIGURE), functools.partial(g.match, g.SUFFIX))


def _matchers(text: str, start: int, end: int, plain_para: bool) -> tuple[Matcher, Matcher]:
    """How FIGURE and SUFFIX are matched in the paragraph ``text[start:end]``: two
    functions of (text, pos, endpos).

    On plain text (``plain_para``, and the few characters before the paragraph that
    FIGURE looks back at) the stdlib ``re`` reads them exactly as ``regex`` does, at
    half the cost. A paragraph longer than :data:`.grammar.SHORT` keeps ``regex`` and
    its time limit (``re`` has none).
    """
    if plain_para and end - start <= g.SHORT and plain.is_plain(text[max(0, start - g.LOOK_BEHIND) : start]):
        figure, suffix = g.plain_patterns()
        return figure.match, suffix.match
    return _REGEX_MATCHERS


def _vague(text: str, start: int, end: int, m: AnyMatch) -> Figure:
    words = m.group().lower().split()
    scale = 1.0
    for w in words:
        if w == "tens":
            scale *= 10
        elif w != "of":
            scale *= LEXICON.words[w.rstrip("s") if w != "dozens" else "dozen"].value
    data = _data(scale, approximate=True, bound="min", vague=True)
    of = _OF.match(text, m.end(), end)  # "thousands of people"
    data["counted"] = _counted(text, start, end, m.start(), of.end() if of else m.end())
    return Figure(m.start(), m.end(), "number", data)


def _figure(
    text: str, start: int, end: int, m_start: int, m_end: int, chain_start: int, chain_end: int,
    sign_text: str | None, out: list[Figure], title_case: bool, match_suffix: Matcher,
) -> int | None:
    """Classify each number of one chain; return where scanning goes on.

    The figure FIGURE matched runs from ``m_start`` to ``m_end``: a currency sign
    ``sign_text`` (or None), then its chain (each group read once, by the caller).
    ``match_suffix`` matches SUFFIX (see :func:`_matchers`).
    """
    numbers = read_chain(text, chain_start, chain_end)
    if not numbers:
        return None
    currency = None
    money_start = None
    if sign_text:
        cb = g.CURRENCY_BEFORE.match(text, max(start, m_start - 8), chain_start)
        sign = cb.group(_CURRENCY_BEFORE.currency) if cb else sign_text.strip()
        currency = LEXICON.currency(sign)
        money_start = chain_start - len(cb.group()) if cb else m_start
    elif (
        text[m_start].isdigit()
        and _may_be_currency(_word_before(text, max(start, m_start - 8), m_start))
        and _ends_in_currency(text, max(start, m_start - 8), m_start)
    ):
        cb = g.CURRENCY_BEFORE.match(text, max(start, m_start - 8), m_start)
        if cb:
            currency = LEXICON.currency(cb.group(_CURRENCY_BEFORE.currency))
            money_start = m_start - len(cb.group())
    # "30-second spot": "second" after a number is the unit, not an ordinal
    if len(numbers) > 1:  # (the first is never dropped: a chain of one needs no look)
        numbers = [
            n for i, n in enumerate(numbers)
            if not (i and n.kind == "ordinal" and text[n.start : n.end].lower() == "second")
        ]
    resume = None
    for i, n in enumerate(numbers):
        first, last = i == 0, i == len(numbers) - 1
        f = _classify(
            text, start, end, n, currency if first else None, money_start if first else None, last, title_case, match_suffix
        )
        if f is None:
            continue
        out.append(f)
        if f.end > m_end:
            resume = f.end
    return resume


def _word_before(text: str, lo: int, s: int) -> str:
    """The last word of ``text[lo:s]`` (a cheap test before a backward pattern runs)."""
    seg = text[lo:s].rstrip()
    word = seg[seg.rfind(" ") + 1 :]
    # Tabs, newlines and no-break spaces are rare: look for them only in what is left.
    if "\t" in word or "\n" in word or "\u00a0" in word:
        return word[max(word.rfind("\t"), word.rfind("\n"), word.rfind("\u00a0")) + 1 :]
    return word


def _may_be_currency(word: str) -> bool:
    """Whether ``word`` may name a currency before an amount ("USD", "eur", "Rs."): a cheap test."""
    if word in _CODE_SPELLINGS:
        return True
    if word.isascii():  # nearly always: a capital is then what lower() changes, asked in C
        return word.lower() != word
    return any(ch.isupper() for ch in word)


def _ends_in_currency(text: str, lo: int, s: int) -> bool:
    """Whether ``text[lo:s]`` may end in a currency for CURRENCY_BEFORE: a cheap test.

    That pattern fails slowly (it tries every sign in turn), and most words before
    an amount name none: "In 2016", "The 25".
    """
    seg = text[lo:s]
    if seg.endswith((" ", "\t")):
        seg = seg[:-1]
    return seg.endswith(g.CURRENCY_LAST_WORDS)


def _may_have_suffix(text: str, e: int, end: int) -> bool:
    """Whether a unit, currency, percent or the like may follow offset ``e``."""
    if e >= end:
        return True
    if not text[e].isspace():
        return text[e] not in g.NO_SUFFIX_AFTER  # attached: "%", "-year", "km", "元"; not ",", "."
    seg = text[e : e + 40].lstrip()
    word = seg.split(None, 1)[0] if seg else ""
    low = word.lower()
    return (
        low in g.SUFFIX_FIRST_WORDS
        or low.rstrip(".,;:!?)\"'’”") in g.SUFFIX_FIRST_WORDS
        or low.partition("-")[0] in g.SUFFIX_FIRST_WORDS  # "per-cent"
        or word[:1] in g.SUFFIX_FIRST_CHARS
    )


def _hedge(text: str, start: int, s: int) -> tuple[str | None, int]:
    """A hedge or sign word just before offset ``s``: (phrase, its start)."""
    lo = max(start, s - 30)
    w = _word_before(text, lo, s)
    if w.lower() not in _HEDGE_ENDS and not w.endswith("~"):
        return None, s
    h = g.BEFORE.match(text, lo, s)
    if not h:
        return None, s
    return " ".join(h.group().lower().split()), s - len(h.group())


def _classify(
    text: str, start: int, end: int, n: Number, currency: Currency | None, money_start: int | None, last: bool,
    title_case: bool, match_suffix: Matcher,
) -> Figure | None:
    s, e = n.start, n.end
    value = n.value
    raw = text[s:e]
    suffix = match_suffix(text, e, end) if last and _may_have_suffix(text, e, end) else None
    # "one" as a pronoun: "the one you mentioned", "no one", "one of them" (not "that one mile")
    if n.kind == "cardinal" and raw.lower() == "one" and not (suffix and suffix.lastgroup != "compound"):
        if _pronoun_before(text, max(start, s - 12), s) or _pronoun_after(text, e, end):
            return None
    # A number word inside a name: "Air Force One", "Formula One"
    if n.words and raw[:1].isupper() and not title_case:
        cap = _CAPITAL_BEFORE.match(text, max(start, s - 30), s)
        if cap and cap.group(1).lower() not in _FUNCTION_WORDS:
            return None
    hedge, hstart = _hedge(text, start, money_start if money_start is not None else s)
    if hedge in ("minus", "negative"):  # not "plus or minus 3 points": that is a margin
        value = -value
        s = hstart
        hedge, hstart = _hedge(text, start, s)
    data = _data(value)
    digits = raw.replace(",", "")
    if digits.isdigit() and len(digits) > 15:
        # Past a float's 15 digits keep them exact: an int, or a decimal string when
        # longer than Python turns into an int (a 10,000-digit number).
        data["value"] = int(digits) if len(digits) < 4000 else digits
    elif data["value"] is None:
        data["value"] = digits if digits.lstrip("-").isdigit() else None
    if hedge:
        data["approximate"] = hedge in _APPROX or hedge == "~"
        data["bound"] = "min" if hedge in _MIN else "max" if hedge in _MAX else None
        if hedge in ("between", "from"):
            data["approximate"] = False
            data["_between"] = hedge
    if n.kind == "ordinal":
        return Figure(s, e, "ordinal", data)
    if n.kind == "fraction" and n.lone_fraction:
        nxt = g.AFTER_WORDS.match(text, e, end)
        if nxt and nxt.group(1).split()[0].lower() not in ("of", "and", "or", "to", "in", "on", "is", "was", "a"):
            data["value"] = tidy(round(1 / value))
            return Figure(s, e, "ordinal", data)
    label = "number"
    if currency is not None:
        label = "money"
        data["currency"] = currency.code
        assert money_start is not None  # found with the currency (see _figure)
        s = money_start
        if suffix and suffix.group(_SUFFIX.unit_gap) == "" and suffix.group(_SUFFIX.unit_text) == "m":
            data["value"] = tidy(value * 1_000_000)  # "€3m"
            e = suffix.end()
        return _finish(text, start, end, Figure(s, e, label, data), hedge)
    if suffix:
        if suffix.group(_SUFFIX.age):
            unit = (suffix.group(_SUFFIX.age_unit) or suffix.group(_SUFFIX.age_unit2) or "year").lower().rstrip("s")
            data["unit"] = unit
            return _finish(text, start, end, Figure(s, suffix.end(), "age", data), hedge)
        if suffix.group(_SUFFIX.percent):
            if "point" in suffix.group().lower():
                data["unit"] = "percentage point"
            return _finish(text, start, end, Figure(s, suffix.end(), "percent", data), hedge)
        if suffix.group(_SUFFIX.point):
            data["counted"] = "point"
            return _finish(text, start, end, Figure(s, e, "number", data), hedge)
        if suffix.group(_SUFFIX.bracket):
            u = LEXICON.unit(suffix.group(_SUFFIX.unit_text))
            if u:
                data["unit"] = u.unit
                return _finish(text, start, end, Figure(s, suffix.end(), _unit_label(u), data), hedge)
        if suffix.group(_SUFFIX.money):
            c = LEXICON.currency(suffix.group(_SUFFIX.money_name))
            if c:
                data["currency"] = c.code
                if c.form == "minor":
                    data["unit"] = suffix.group(_SUFFIX.money_name).lower().rstrip("s").replace("pence", "penny")
                return _finish(text, start, end, Figure(s, suffix.end(), "money", data), hedge)
        if suffix.group(_SUFFIX.money_sign):
            c = LEXICON.currency(suffix.group(_SUFFIX.money_sign_text))
            if c:
                data["currency"] = c.code
                return _finish(text, start, end, Figure(s, suffix.end(), "money", data), hedge)
        if suffix.group(_SUFFIX.unit_gap) is not None:  # a unit, not in brackets
            surface = suffix.group(_SUFFIX.unit_text)
            u = LEXICON.unit(surface)
            if u and u.case == "word" and suffix.group(_SUFFIX.unit_gap):  # "40C" is clear, "40 C on" is not
                after = text[suffix.end() : suffix.end() + 2]
                if after[:1].isalnum() or (after[:1].isspace() and after[1:2].isalnum()):
                    u = None
            if u and surface in ('"', "″") and text[s - 1 : s] in ('"', "="):
                u = None  # id="699320": a quoted string of digits, not inches
            if u:
                if u.unit == "pound" and n.scaled and surface.lower().startswith("pound"):
                    data["currency"] = "GBP"  # "361 million pounds"
                    return _finish(text, start, end, Figure(s, suffix.end(), "money", data), hedge)
                data["unit"] = u.unit
                f = Figure(s, suffix.end(), _unit_label(u), data)
                if suffix.group(_SUFFIX.unit_gap).strip():  # "four-year war": what the duration is of
                    data["counted"] = _counted(text, start, end, s, suffix.end(), after_only=True)
                return _finish(text, start, end, f, hedge)
        if suffix.group(_SUFFIX.compound) and suffix.group(_SUFFIX.compound_word).lower() not in ("plus", "odd"):
            data["counted"] = suffix.group(_SUFFIX.compound_word).lower()
            return _finish(text, start, end, Figure(s, e, "number", data), hedge)
    # "voters aged 45": an age ("d" in the window first: a cheap test before the word is found)
    near = text[max(start, s - 12) : s]
    if ("d" in near or "D" in near) and _word_before(text, max(start, s - 12), s).lower() == "aged" and not n.scaled:
        data["unit"] = "year"
        return _finish(text, start, end, Figure(s, e, "age", data), hedge)
    # "per cent of 22": the old order of words
    pb = _PERCENT_BEFORE.match(text, max(start, s - 20), s) if text.endswith("of ", max(start, s - 3), s) else None
    if pb:
        return _finish(text, start, end, Figure(s - len(pb.group()), e, "percent", data), hedge)
    # A year: four digits, nothing hedging or scaling them
    if (
        not n.words and not n.scaled and len(raw) == 4 and raw.isdigit() and 1600 <= value <= 2100
        and hedge not in _HEDGED and not _RATIO_AHEAD.match(text, e, end)
    ):
        return Figure(s, e, "year", data)
    data["counted"] = _counted(text, start, end, s, e)
    return _finish(text, start, end, _new_figure((s, e, label, data)), hedge)


def _pronoun_before(text: str, lo: int, s: int) -> bool:
    r"""Whether _PRONOUN_BEFORE matches ``text[lo:s]`` ("the one", "no one").

    The pattern ends in white space after one of a few words, so it is tried only
    when the window, stripped of white space at its end (Python's white space takes
    in all that ``\s`` does), ends in one of them once case-folded: most windows
    before a number end in none, and the test costs less than the pattern.
    """
    seg = text[lo:s]
    stripped = seg.rstrip()
    if len(stripped) == len(seg) or not stripped.casefold().endswith(_PRONOUN_ENDS):
        return False
    return _PRONOUN_BEFORE.match(text, lo, s) is not None


#: The first two letters, lower-cased, of each word _PRONOUN_AFTER reads after white space.
_PRONOUN_AFTER_STARTS: Final = frozenset({"of", "an", "el"})


def _pronoun_after(text: str, e: int, end: int) -> bool:
    """Whether _PRONOUN_AFTER matches at ``e`` ("one of them", "one's").

    The pattern needs an apostrophe, or white space and then "of", "another",
    "anymore" or "else": a run of number words ("one one one") or a noun after "one"
    has none of them, and the test costs less than the pattern. Anything not plain
    ASCII after the white space goes to the pattern (case folding may read it).
    """
    first = text[e : e + 1]
    if first.isspace():
        rest = text[e : e + 40].lstrip()
        two = rest[:2]
        if rest and two.isascii() and two.lower() not in _PRONOUN_AFTER_STARTS:
            return False
    elif first not in ("'", "’"):
        return False
    return _PRONOUN_AFTER.match(text, e, end) is not None


def _unit_label(u: Unit) -> str:
    return "duration" if u.dimension == "time" else "quantity"


def _finish(text: str, start: int, end: int, f: Figure, hedge: str | None) -> Figure:
    near = text[f.end : f.end + 9].lower()
    after = _AFTER_HEDGE.match(text, f.end, end) if ("or" in near or "odd" in near or "plus" in near or "+" in near) else None
    if after and f.data["bound"] is None:
        f.data["bound"] = "min" if after.group(_AFTER_HEDGE_GROUPS.min) else "max"
        f.data["approximate"] = after.group().lower().endswith(("so", "odd"))
    return f


#: grammar.AFTER_WORDS run by the stdlib ``re`` (several times cheaper a call), exact
#: on plain text (:data:`newslens.plain.PLAIN`, where ``\p{L}`` is the ASCII letters).
_PLAIN_WORDS_AFTER: Final = plain.to_re(g.AFTER_WORDS)


def _words_after(text: str, e: int, end: int) -> AnyMatch | None:
    """grammar.AFTER_WORDS matched at ``e``: read by its plain twin when that gives the same.

    The two read plain text alike: they part only where the twin stops before a
    character past plain text (a letter past ASCII), one that would continue its last
    word, or start the first or next word after spaces or tabs. Where such a character
    stands there, AFTER_WORDS is matched itself.
    """
    m = _PLAIN_WORDS_AFTER.match(text, e, end)
    j = m.end() if m is not None else e
    if j < end and not text[j].isascii() and text[j] not in plain.PLAIN_PAST_ASCII:
        return g.AFTER_WORDS.match(text, e, end)
    k = j
    while k < end and text[k] in " \t":
        k += 1
    if k < end and not text[k].isascii() and text[k] not in plain.PLAIN_PAST_ASCII:
        return g.AFTER_WORDS.match(text, e, end)
    return m


def _counted(text: str, start: int, end: int, s: int, e: int, after_only: bool = False) -> str | None:
    """What a number counts: the words after it ("tank landing ships"), else the verb before ("killed")."""
    m = _words_after(text, e, end)
    if m:
        group = m.group(1)
        low_group = group.lower()
        low = low_group.split()
        # The common case in one go: no word ends in "ly" or "ed", none is a word that
        # stops what is counted, and none has a capital (islower: every cased letter
        # is lower case). Then every word counts, as the loop below would find.
        if (
            "ly" not in low_group
            and "ed" not in low_group
            and _NOT_COUNTED.isdisjoint(low)
            and group.islower()
        ):
            return group if "  " not in group and "\t" not in group else " ".join(group.split())
        found = group.split()
        # Lower case changes no white space, so the words lower-cased at once line up
        # with the words as written.
        # "35 randomly selected precincts": adverbs and the participle they qualify go
        while len(found) > 1 and low[0].endswith("ly") and low[0] not in _NOT_COUNTED:
            found, low = found[1:], low[1:]
            if len(found) > 1 and low[0].endswith("ed"):
                found, low = found[1:], low[1:]
        k = 0
        for lw in low:
            if lw in _NOT_COUNTED or k and (lw.endswith("ed") or found[k][:1].isupper()):
                break
            k += 1
        if k:
            return " ".join(found[:k])
    if after_only:
        return None
    h = _hedge(text, start, s)[1]
    v = _VERB_BEFORE.match(text, max(start, h - 30), h)
    return v.group(1) if v else None


def _merge(text: str, figs: list[Figure]) -> list[Figure]:
    """Join "one over three" into a ratio and "10-20", "between 10 and 20" into a range."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        between = text[a.end : b.start] if b is not None else ""
        # Only white space between, after anything but money: no ratio (it needs a
        # word), no range (a dash, "to" or "and"), no cents (they follow money only).
        if b is not None and (a.label == "money" or not between.isspace()):
            numeric = _is_number(a.data["value"]) and _is_number(b.data["value"])
            if (
                numeric
                and a.label == b.label == "number"
                and a.data["unit"] is None
                and not between.isspace()  # the pattern needs a word: a cheap test first
                and _RATIO_BETWEEN.fullmatch(between)
                and b.data["value"]
                and (a.data["value"] < b.data["value"] or "in" not in between.split())
            ):
                data = _data(a.data["value"] / b.data["value"])
                data["counted"] = b.data["counted"]
                out.append(Figure(a.start, b.end, "number", data))
                i += 2
                continue
            if numeric and _cents_after(text, a, b, between):
                data = dict(a.data)
                data["value"] = tidy(a.data["value"] + b.data["value"] / 100)
                out.append(Figure(a.start, b.end, "money", data))
                i += 2
                continue
            # a cheap test first: white space around a dash, "to" or "and" is all a range has between
            r = _RANGE_BETWEEN.fullmatch(between) if between.strip().lower() in _RANGE_WORDS else None
            hedge = a.data.get("_between")
            if r and numeric and _range_ok(text, a, b, r.group(), hedge):
                out.append(_range(a, b))
                i += 2
                continue
        a.data.pop("_between", None)
        out.append(a)
        i += 1
    return out


def _cents_after(text: str, a: Figure, b: Figure, between: str) -> bool:
    """Whether ``b`` is the cents of ``a``: "3 dollars 50 cents", "thirteen dollars and forty-five"."""
    if a.label != "money" or a.data["unit"] is not None or not text[a.end - 1].isalpha():
        return False  # only after a currency name: "$5 and 3 others" stays apart
    if not _AND_BETWEEN.fullmatch(between) or not 0 < b.data["value"] < 100:
        return False
    if b.label == "money":
        return b.data["unit"] is not None and b.data["currency"] == a.data["currency"]
    if b.label != "number" or not isinstance(b.data["value"], int):
        return False
    rest = text[b.end : b.end + 6].lstrip()  # a bare number ends the phrase: "thirteen dollars forty five."
    return not rest[:1].isalpha() or rest.lower().startswith("and ")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _range_ok(text: str, a: Figure, b: Figure, between: str, hedge: str | None) -> bool:
    word = between.strip().lower()
    if word == "and" and hedge != "between":
        return False
    if hedge == "from" or _word_before(text, max(0, a.start - 12), a.start).lower() == "by":
        return False  # "rose from 5% to 7%", "grew by 1.2m to 67.3m": changes, not ranges
    if word in ("-", "–", "—") and not (_DIGITAL.match(text, a.start) and _DIGITAL.match(text, b.start)):
        return False  # "three-nought-four" is said digit by digit
    if word in ("-", "–", "—") and between != between.strip() and not (between.startswith((" ", "\t")) and between.endswith((" ", "\t"))):
        return False  # "75 -300mm" is a list, not a range
    kinds = {a.label, b.label}
    if a.data["value"] is None or b.data["value"] is None:
        return False
    if a.label == b.label and (a.data["unit"] != b.data["unit"] or a.data["currency"] != b.data["currency"]):
        return False  # "2 cents to $85.50": a change, not a range
    if a.data["value"] > b.data["value"]:
        return False  # ranges run upwards; "won 4-1", "46 percent to 42 percent" are scores
    if len(kinds) == 1:
        return a.label in ("number", "percent", "money", "quantity", "duration", "year", "age")
    return "number" in kinds and kinds & {"percent", "money", "quantity", "duration", "age"} != set()


def _range(a: Figure, b: Figure) -> Figure:
    kind = b.label if a.label == "number" else a.label
    data = _data(
        None,
        unit=b.data["unit"] or a.data["unit"],
        currency=a.data["currency"] or b.data["currency"],
        approximate=a.data["approximate"],
        bound=None,
        counted=b.data["counted"] or a.data["counted"],
    )
    data["low"] = a.data["value"]
    data["high"] = b.data["value"]
    data["kind"] = kind
    return Figure(a.start, b.end, "range", data)
