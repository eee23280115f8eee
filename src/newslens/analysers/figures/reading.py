"""Read the value of a chain of number words and digits: "two hundred and thirty" -> 230.

A chain (found by :data:`.grammar.FIGURE`) may hold more than one number: "4000 3
hundred" is 4000 and 300, "three-nought-four" is 3, 0 and 4. :func:`read_chain` splits
it where English grammar says one number ends, and returns each with its value and
kind: ``cardinal``, ``ordinal`` ("second", "21st", "twenty-first") or ``fraction``
("two thirds", "3/4", "a half").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, NamedTuple

import attrs
import regex

from .grammar import TOKEN, finditer
from .lexicon import LEXICON

__all__ = ["Number", "read_chain", "tidy"]


class Number(NamedTuple):
    """One number read from a chain: offsets into the text, value and kind.

    ``lone_fraction`` marks "a third" / "one fifth" written with a singular
    denominator, which is an ordinal instead when a noun follows ("a third term").
    A named tuple: made once or more per figure, and a frozen attrs class costs
    three times as much to make.
    """

    start: int
    end: int
    value: float
    kind: str
    scaled: bool = False  # a scale word or multiplier was part of it ("2 million", "3bn")
    lone_fraction: bool = False
    words: bool = False  # written (partly) in words


#: Make a Number from its seven fields in one C call (one per number of a chain:
#: the named tuple's own constructor is a Python function, a frame per number).
_new_number = functools.partial(tuple.__new__, Number)


@attrs.define(slots=True)
class _Tok:
    kind: str  # digit, zero, unit, teen, tens, hundred, scale, ordinal, fraction, a, half, and, point, of
    value: float
    start: int
    end: int
    text: str
    plural: bool = False
    integer: bool = True
    multiplied: bool = False


def tidy(value: int | float) -> int | float | None:  # noqa: PYI041 (compiled, a float parameter would turn an int into a float)
    """A value as JSON should carry it: an int when whole, else a float of 15 digits; None
    when it is not finite (JSON has no infinity)."""
    if type(value) is float and value.is_integer() and -1e15 < value < 1e15:
        return int(value)  # the common case, as the full reading below would give it
    if type(value) is int and -10**15 < value < 10**15:
        return value  # a number word's value: 15 digits or fewer read back as themselves
    try:
        v = float(f"{value:.15g}")
    except OverflowError:  # an int too large for a float
        return None
    if v != v or v in (float("inf"), float("-inf")):
        return None
    if v.is_integer() and abs(v) < 1e18:
        return int(v)
    return v


def _digit_value(text: str) -> tuple[float, bool, bool]:
    """The value of digits as written, whether they are a whole number, and whether multiplied."""
    if text.isdigit():  # the common case, read at once
        return float(text), True, False
    if text[-1:] in _VULGAR:  # "2½"
        whole = text[:-1].replace("−", "-").strip()
        sign = -1.0 if whole.startswith("-") else 1.0
        whole = whole.lstrip("-")
        return sign * ((float(whole) if whole else 0.0) + unicodedata.numeric(text[-1])), False, False
    if _DECIMAL_COMMA.fullmatch(text.strip()):
        text = text.replace(",", ".")  # a decimal comma
    t = text.replace("−", "-").replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    factor = 1
    if t[-1:].isalpha():  # an ordinal suffix or a multiplier: "21st", "2.3bn", "10 k"
        for suffix in ("st", "nd", "rd", "th"):
            if t.endswith(suffix) and t[-len(suffix) - 1 : -len(suffix)].isdigit():
                t = t[: -len(suffix)]
        stripped = t.rstrip()
        for mult, f in _MULTIPLIERS:
            if stripped.endswith(mult) and (len(stripped) > len(mult)) and not stripped[-len(mult) - 1].isalpha():
                factor = f
                t = stripped[: -len(mult)].rstrip()
                break
    t = t.strip()
    negative = t.startswith("-")
    if negative:
        t = t[1:]
    if "/" in t:
        parts = t.split()  # "10 1/2": a whole number and a fraction
        whole_value = float(parts[0]) if len(parts) == 2 else 0.0
        num, _, den = "".join(parts[-1:]).partition("/")
        value = whole_value + (float(num) / float(den) if float(den) else 0.0)
        integer = False
    elif "^" in t:
        base, _, exp = t.partition("^")
        value = float(base) ** float(exp.replace("--", "").replace("+", "") or 1)
        integer = False
    else:
        t = t.replace(" ", "").replace("\t", "")
        value = float(t)
        integer = "." not in t and "e" not in t.lower()
    value *= factor
    return (-value if negative else value), integer, factor != 1


_VULGAR: Final = frozenset("½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒")
_DECIMAL_COMMA: Final = regex.compile(r"[-−]?\d+,\d{1,2}", regex.VERSION1)
_MULTIPLIERS: Final = sorted(LEXICON.multipliers.items(), key=lambda kv: -len(kv[0]))


def _word_token(w: str) -> tuple[str, float, bool]:
    """The kind, value and plural of the number word ``w`` (lower case) as a token."""
    if w in ("a", "an"):
        return "a", 1, False
    if w == "half":
        return "half", 2, False
    entry = LEXICON.words[w]
    v = entry.value
    if entry.kind == "cardinal":
        k = "zero" if v == 0 else "unit" if v < 10 else "teen" if v < 20 else "tens"
    elif entry.kind == "scale":
        k = "hundred" if v == 100 else "scale"
    else:
        k = "ordinal" if entry.kind == "ordinal" else "fraction"
    plural = w.endswith("s") and k in ("ordinal", "fraction", "scale") and w not in ("lakhs", "crores")
    if w == "halves":
        k = "half"
    return k, v, plural


#: Every number word's token, worked out once from the lexicon instead of once per word read.
_WORD_TOKENS: Final = {w: _word_token(w) for w in [*LEXICON.words, "a", "an", "half"]}


#: The words TOKEN reads that are not numbers: each a token of its own kind.
_PLAIN_TOKENS: Final = {**_WORD_TOKENS, "and": ("and", 0, False), "point": ("point", 0, False), "of": ("of", 0, False)}


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return _spaced_tokens(text, start, end) or _tokens_by_pattern(text, start, end)


def _spaced_tokens(text: str, start: int, end: int) -> list[_Tok] | None:
    """The tokens of a chain of ASCII words parted by spaces ("one one one", "20
    million"), read without TOKEN; None for any other chain.

    Every word of the lexicon is ASCII letters, and TOKEN takes a word only whole
    (``\b`` on both sides), so in such a chain each word is one token exactly when
    it is a number word, "and", "point" or "of"; a chain with any other word, or
    with a letter, digit, "_" or a character past ASCII on either side (where
    ``\b`` would look), is left to TOKEN. A word of digits alone is one token of
    its value too, but for two such words in a row ("1 234" is one number to TOKEN,
    as "10 1/2" is) or a point or slash just before the first.
    """
    plain = text[start:end]
    if not plain.isascii():
        return None
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 1]
    if before.isalnum() or before == "_" or not before.isascii() or after.isalnum() or after == "_" or not after.isascii():
        return None
    out: list[_Tok] = []
    tokens = _PLAIN_TOKENS
    pos = start
    after_digits = False
    for w in plain.split(" "):
        if w:
            if w.isdigit():
                if after_digits or (pos == start and before in (".", "/")):
                    return None
                out.append(_Tok("digit", float(w), pos, pos + len(w), w))
                after_digits = True
            else:
                lw = w.lower()
                if lw not in tokens:
                    return None
                k, v, plural = tokens[lw]
                out.append(_Tok(k, v, pos, pos + len(w), lw, plural=plural))
                after_digits = False
        pos += len(w) + 1
    return out


def _tokens_by_pattern(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    word_tokens = _WORD_TOKENS
    for m in finditer(TOKEN, text, start, end):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "digits":
            raw = m.group()
            value, integer, mult = _digit_value(raw)
            if raw.endswith(("st", "nd", "rd", "th")) and raw[-3:-2].isdigit():
                out.append(_Tok("ordinal", value, s, e, raw))
            else:
                out.append(_Tok("digit", value, s, e, raw, integer=integer and "/" not in raw, multiplied=mult))
        elif kind == "word":
            w = m.group().lower()
            if w not in word_tokens:
                # TOKEN folds case fully, as str.casefold does and str.lower does not:
                # it reads "twenty-ſix" (long s) and "ﬁve" (ligature) as number words.
                w = w.casefold()
            k, v, plural = word_tokens[w] if w in word_tokens else _word_token(w)
            out.append(_Tok(k, v, s, e, w, plural=plural))
        else:
            assert kind is not None  # TOKEN is an alternation of named groups: one of them matched
            out.append(_Tok(kind, 0, s, e, m.group().lower()))
    return out


# Which kinds of token may follow which inside one cardinal number.
_FOLLOWS: Final = {
    None: {"digit", "unit", "teen", "tens", "zero"},
    "a": {"hundred", "scale"},
    "digit": {"hundred", "scale"},
    "unit": {"hundred", "scale"},
    "teen": {"hundred", "scale"},
    "tens": {"unit", "hundred", "scale"},
    "hundred": {"unit", "teen", "tens", "digit", "scale"},
    "scale": {"unit", "teen", "tens", "digit", "hundred", "scale"},
    "zero": set(),
}


def _cardinal(toks: list[_Tok], i: int, numerator_first: bool = False) -> tuple[float, int, str | None, float, int] | None:
    """Read the longest cardinal from ``toks[i]``: (value, next index, last kind, last scale, count)."""
    total = 0.0
    group = 0.0
    last: str | None = None
    last_scale = 0.0
    smallest_scale: float | None = None
    j = i
    count = 0
    n = len(toks)
    if toks[i].kind == "a":
        if i + 1 < n and toks[i + 1].kind in ("hundred", "scale") and not toks[i + 1].plural:
            group, last, j = 1.0, "a", i + 1
        else:
            return None
    while j < n:
        t = toks[j]
        k = t.kind
        if k == "and":
            # "one hundred and five", "twenty and three"; never before a fraction's numerator
            if last in ("hundred", "scale", "tens") and j + 1 < n:
                nxt = toks[j + 1]
                ok = nxt.kind in ("unit", "teen", "tens") or (nxt.kind == "digit" and nxt.integer and not nxt.multiplied)
                if last == "tens":
                    ok = nxt.kind == "unit"
                if ok and nxt.kind == "unit" and j + 2 < n and (toks[j + 2].kind == "half" or toks[j + 2].kind in ("ordinal", "fraction") and toks[j + 2].plural):
                    ok = False
                if ok:
                    j += 1
                    continue
            break
        if k not in _FOLLOWS.get(last, set()):
            break
        if k == "digit":
            if last is not None and (not t.integer or t.multiplied):
                break
            if t.plural:
                break
            group = t.value if last is None else group + t.value
            if t.multiplied:
                last_scale = 2.0  # marks "scaled"
            last = "digit" if not t.multiplied else "scale"
            if t.multiplied:
                total, group = total + group, 0.0
        elif k in ("unit", "teen", "tens", "zero"):
            if k == "tens" and count and toks[j - 1].kind != "and" and j + 1 < n and toks[j + 1].kind == "ordinal" and toks[j + 1].value < 10:
                break  # "one hundred thirty-fifths": the tens belong to the denominator
            if k == "unit" and last == "tens" and j > i and toks[j - 1].kind == "and" and j + 1 < n and toks[j + 1].kind in ("ordinal", "fraction") and toks[j + 1].plural:
                break
            group += t.value
            last = k
        elif k == "hundred":
            if last != "digit" and not (0 < group < 100):
                break
            if t.plural:
                break
            group *= 100
            last = "hundred"
            last_scale = max(last_scale, 100)
        else:  # scale
            if t.plural and t.value != 12:  # "3 dozens", but "3 millions" is no English
                break
            if t.value == 12 and group and toks[j - 2].kind == "and" and j >= 2:
                # "three hundred and two dozen": the dozen counts only the two
                group += toks[j - 1].value * 11
            elif group == 0 and total > 0 and smallest_scale is not None and t.value > smallest_scale:
                total *= t.value  # "three lakh crore"
            elif group == 0:
                break
            elif smallest_scale is not None and t.value >= smallest_scale:
                total = (total + group) * t.value  # "a thousand million"
            else:
                total += group * t.value
            if not (t.value == 12 and toks[j - 2].kind == "and" and j >= 2):
                group = 0.0
            smallest_scale = t.value if smallest_scale is None else min(smallest_scale, t.value)
            last = "scale"
            last_scale = t.value
        count += 1
        j += 1
    if count == 0 or last == "a":
        return None
    return total + group, j, last, last_scale, count


def _denominator(toks: list[_Tok], j: int) -> tuple[float, int, bool] | None:
    """A denominator at ``toks[j]``: (value, next index, plural) or None ("fifths", "twenty-firsts")."""
    n = len(toks)
    if j < n and toks[j].kind == "tens" and j + 1 < n and toks[j + 1].kind == "ordinal" and toks[j + 1].value < 10:
        return toks[j].value + toks[j + 1].value, j + 2, toks[j + 1].plural
    # "second" is never a denominator: halves are "half"
    if j < n and toks[j].kind in ("ordinal", "fraction") and toks[j].value >= 3:
        return toks[j].value, j + 1, toks[j].plural
    if j < n and toks[j].kind == "half":
        return 2, j + 1, toks[j].text == "halves"
    return None


def _scale_after(toks: list[_Tok], j: int) -> tuple[float, int] | None:
    """A scale word after a fraction ("half a million", "two thirds of a million"): (factor, next)."""
    n = len(toks)
    k = j
    if k < n and toks[k].kind == "of":
        k += 1
    if k < n and toks[k].kind == "a":
        k += 1
    if k < n and toks[k].kind in ("scale", "hundred") and not toks[k].plural:
        return toks[k].value, k + 1
    return None


def _fraction(toks: list[_Tok], i: int) -> tuple[float, int, bool] | None:
    """A fraction from ``toks[i]``: "a half", "two thirds", "one twenty-fifth": (value, next, lone)."""
    n = len(toks)
    t = toks[i]
    if t.kind == "half":
        return 0.5, i + 1, True
    if t.kind == "a" or (t.kind == "unit" and t.value == 1) or (t.kind == "digit" and t.value == 1 and t.integer):
        d = _denominator(toks, i + 1)
        if d:
            return 1 / d[0], d[1], not d[2]
    card = _cardinal(toks, i)
    if card is None:
        return None
    value, j, last, _, _ = card
    d = _denominator(toks, j)
    if d and (d[2] or value == 1):
        return value / d[0], d[1], False
    if j < n and toks[j].kind in ("unit", "teen", "tens", "a"):
        # "one one-hundred-and-fifth": the denominator is a compound ordinal, read
        # without fractions of its own so that "one one one ..." cannot recurse
        # once per word (a RecursionError, and quadratic time, before)
        den = _one(toks, j, fractions=False)
        if den and den[2] == "ordinal" and den[0] >= 3 and toks[den[1] - 1].kind == "ordinal":
            return value / den[0], den[1], False
    return None


#: Kinds of token that end a number by themselves when more of them follow (see ``_one``).
_ALONE: Final = frozenset({"unit", "teen", "zero"})


def _one(toks: list[_Tok], i: int, fractions: bool = True) -> tuple[float, int, str, bool, bool] | None:
    """Read one number from ``toks[i]``: (Number fields..., next index) or None.

    ``fractions=False`` reads no fraction ("two thirds"): for a denominator.
    """
    n = len(toks)
    t = toks[i]
    # A number word that nothing after it can extend or turn into a fraction: "one"
    # of "one one one", "six" of "six seven". With at most two words of these kinds
    # after it, every rule below reads it as itself: no cardinal goes on (they follow
    # only "tens" or a scale), no denominator starts there, and the next word cannot
    # begin a compound ordinal ("one one-hundred-and-fifth") when the one after it is
    # of these kinds too. A long run of number words costs this test per word.
    if t.kind in _ALONE and (
        i + 1 == n or toks[i + 1].kind in _ALONE and (i + 2 == n or toks[i + 2].kind in _ALONE)
    ):
        return t.value, i + 1, "cardinal", False, False
    # A lone ordinal: "second", "21st".
    if t.kind == "ordinal" and not t.plural:
        return t.value, i + 1, "ordinal", False, False
    # "half", "half a million", "quarter million", "a half", "a third"
    if t.kind == "half" or (t.kind == "fraction" and t.value == 4 and not t.plural):
        sc = _scale_after(toks, i + 1)
        if sc:
            return sc[0] / t.value, sc[1], "cardinal", True, False
        if t.kind == "half":
            return 0.5, i + 1, "fraction", False, False
        return None
    frac = _fraction(toks, i) if fractions else None
    card = _cardinal(toks, i) if t.kind != "a" or frac is None else None
    if frac and (card is None or frac[1] > card[1]):
        value, j, lone = frac
        sc = _scale_after(toks, j)
        if sc:
            return value * sc[0], sc[1], "cardinal", True, False
        return value, j, "fraction", False, lone
    if card is None:
        return None
    value, j, last, last_scale, count = card
    scaled = last_scale > 100 or last == "scale"
    # "twenty-first", "one hundred fifth": a compound ordinal
    if j < n and toks[j].kind == "ordinal" and not toks[j].plural:
        o = toks[j]
        # "twenty-first", "one hundred fifth"; never "280 million first (preferred)"
        if (last == "tens" and o.value < 10) or (last == "hundred" and o.value < 100):
            return value + o.value, j + 1, "ordinal", False, False
    # "one hundred and first"
    if j + 1 < n and toks[j].kind == "and" and last in ("hundred", "scale"):
        o = toks[j + 1]
        if o.kind == "ordinal" and not o.plural and o.value < 100:
            return value + o.value, j + 2, "ordinal", False, False
    # "and a half", "and three quarters", "and two thirds"
    if j + 1 < n and toks[j].kind == "and":
        fr = _fraction(toks, j + 1)
        if fr and not (toks[j + 1].kind == "a" and _denominator(toks, j + 2) is None):
            fvalue, k, _ = fr
            sc = _scale_after(toks, k)
            if sc and not scaled:  # "seven and a half million": the scale takes the whole
                return (value + fvalue) * sc[0], sc[1], "cardinal", True, False
            if sc:  # "one billion and a half million"
                fvalue, k = fvalue * sc[0], sc[1]
            elif last == "scale" and last_scale >= 1000:
                fvalue *= last_scale
            return value + fvalue, k, "cardinal", scaled, False
    # "two point five", "nought point nought three"
    if j + 1 < n and toks[j].kind == "point" and last in ("unit", "teen", "tens", "zero", "hundred", "scale", "digit"):
        digits = ""
        k = j + 1
        while k < n and toks[k].kind in ("unit", "zero") :
            digits += str(int(toks[k].value))
            k += 1
        if not digits and k < n and toks[k].kind in ("teen", "tens"):
            sub = _cardinal(toks, k)
            if sub:
                digits = str(int(sub[0]))
                k = sub[1]
        if digits:
            value += float("0." + digits)
            if k < n and toks[k].kind == "scale" and not toks[k].plural and not scaled:
                return value * toks[k].value, k + 1, "cardinal", True, False  # "two point five million"
            return value, k, "cardinal", scaled, False
    return value, j, "cardinal", scaled, False


def read_chain(text: str, start: int, end: int) -> list[Number]:
    """The numbers in ``text[start:end]``, a chain the grammar found, in order."""
    plain = text[start:end]
    if plain.isdigit():  # the common case: bare digits
        return [Number(start, end, float(plain), "cardinal")]
    if plain.isascii():
        if plain.isalpha():  # the next commonest: one word ("two", "first")
            read = _ONE_WORD.get(plain.lower())
            if read is not None:
                if len(read) == 1:
                    one = read[0]
                    return [Number(start + one.start, start + one.end, one.value, one.kind, one.scaled, one.lone_fraction, one.words)]
                return [Number(start + n.start, start + n.end, *n[2:]) for n in read]
        elif _PLAIN_AMOUNT.fullmatch(plain):  # "1,250", "2.5": one token, read as the full reading would
            return [Number(start, end, float(plain.replace(",", "")), "cardinal")]
    toks = _tokens(text, start, end)
    out: list[Number] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind in ("and", "point", "of", "a"):
            if t.kind != "a" or _one(toks, i) is None:
                i += 1
                continue
        got = _one(toks, i)
        if got is None:
            i += 1
            continue
        value, j, kind, scaled, lone = got
        if j <= i:
            j = i + 1
        if j == i + 1:  # one token, the common case: the same test without a generator
            tok = toks[i]
            words = tok.kind not in ("digit", "ordinal") or not tok.text[:1].isdigit() and tok.text[:1] not in "-−."
        else:
            words = any(tok.kind not in ("digit", "ordinal") or not tok.text[:1].isdigit() and tok.text[:1] not in "-−." for tok in toks[i:j])
        out.append(_new_number((toks[i].start, toks[j - 1].end, value, kind, scaled, lone, words)))
        i = j
    return out


#: Digits grouped by commas, or with a decimal point: one token of digits, which reads as its value.
_PLAIN_AMOUNT: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+\.[0-9]+")

#: How each number word reads as a chain by itself (offsets from the word's start),
#: read once here by the full reading above: the table is empty while it runs.
_ONE_WORD: dict[str, list[Number]] = {}
_ONE_WORD.update({w: read_chain(w, 0, len(w)) for w in [*LEXICON.words, "half", "quarter", "a", "an"]})
