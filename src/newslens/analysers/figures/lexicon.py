"""The figures analyser's word lists, read once from the data files beside this module.

``number_words.tsv`` (cardinals, scales, multipliers, ordinals, fraction words),
``units.tsv`` (units of measure) and ``currencies.tsv`` (ISO 4217 codes with symbols
and names). Each file's header names its source.
"""

from __future__ import annotations

from importlib import resources

import attrs

__all__ = ["Currency", "Lexicon", "NumberWord", "Unit", "LEXICON"]


@attrs.frozen
class NumberWord:
    """A number word: its kind (cardinal, scale, multiplier, ordinal, fraction) and value."""

    word: str
    kind: str
    value: int


@attrs.frozen
class Unit:
    """A way of writing a unit: the canonical unit, its dimension and how it may be cased."""

    surface: str
    unit: str
    dimension: str
    case: str  # "exact", "any" or "word"


@attrs.frozen
class Currency:
    """A way of writing a currency: its ISO 4217 code and the form (symbol, name, minor)."""

    surface: str
    code: str
    form: str


_CODES_THAT_ARE_WORDS = frozenset({"try", "cop", "all", "top", "cup", "mad", "bam", "php", "ars", "pen"})


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@attrs.frozen(slots=False)
class Lexicon:
    """Everything the grammar needs to know about English numbers, units and money."""

    words: dict[str, NumberWord]  # lower-cased word -> entry (multipliers keep their case)
    multipliers: dict[str, int]  # as written -> factor
    units: tuple[Unit, ...]
    currencies: tuple[Currency, ...]
    # Look-up tables made from the above (see __attrs_post_init__): a field of no
    # weight, declared so that its type is known.
    _tables: tuple[dict[str, Unit], dict[str, Unit], dict[str, Currency], dict[str, Currency]] = attrs.field(
        init=False, repr=False, eq=False
    )

    @classmethod
    def load(cls) -> Lexicon:
        """Read the three data files."""
        words: dict[str, NumberWord] = {}
        multipliers: dict[str, int] = {}
        for word, kind, value in _rows("number_words.tsv"):
            if kind == "multiplier":
                multipliers[word] = int(value)
            else:
                words[word.lower()] = NumberWord(word.lower(), kind, int(value))
        # Plural denominators: "two thirds", "three twenty-fifths", "a hundred trillionths".
        for w in [w for w in words.values() if w.kind == "ordinal" and w.word != "second"]:
            words.setdefault(w.word + "s", NumberWord(w.word + "s", "ordinal", w.value))
        units = tuple(Unit(s, u, d, c) for s, u, d, c in _rows("units.tsv"))
        currencies = tuple(Currency(s, code, form) for code, form, s in _rows("currencies.tsv"))
        return cls(words, multipliers, units, currencies)

    def __attrs_post_init__(self) -> None:
        # Look-up tables, built once: exact spelling first, then lower case.
        exact: dict[str, Unit] = {}
        folded: dict[str, Unit] = {}
        for u in self.units:
            exact.setdefault(u.surface, u)
            if u.case == "any":
                folded.setdefault(u.surface.lower(), u)
        money_exact: dict[str, Currency] = {}
        money_folded: dict[str, Currency] = {}
        for c in self.currencies:
            money_exact.setdefault(c.surface, c)
            if c.form != "symbol":
                money_folded.setdefault(c.surface.lower(), c)
        for code in {c.code for c in self.currencies}:
            money_exact.setdefault(code, Currency(code, code, "code"))
            # "2 million usd", "eur 50": codes in lower case too, but not those that are
            # everyday words ("try", "cop")
            if code.lower() not in _CODES_THAT_ARE_WORDS:
                money_exact.setdefault(code.lower(), Currency(code.lower(), code, "code"))
        object.__setattr__(self, "_tables", (exact, folded, money_exact, money_folded))

    def unit(self, surface: str) -> Unit | None:
        """The unit written as ``surface`` (its exact spelling first, then any case)."""
        exact, folded, _, _ = self._tables
        squeezed = " ".join(surface.split())
        return exact.get(squeezed) or folded.get(squeezed.lower())

    def currency(self, surface: str) -> Currency | None:
        """The currency written as ``surface``: a symbol or code as written, a name in any case."""
        _, _, exact, folded = self._tables
        squeezed = " ".join(surface.split())
        return exact.get(squeezed) or folded.get(squeezed.lower())

    @property
    def codes(self) -> frozenset[str]:
        """The ISO 4217 codes the lexicon knows."""
        return frozenset(c.code for c in self.currencies)

    @property
    def code_spellings(self) -> frozenset[str]:
        """The codes as they may be written: upper case, and lower case unless an everyday word."""
        return self.codes | {c.lower() for c in self.codes if c.lower() not in _CODES_THAT_ARE_WORDS}


LEXICON = Lexicon.load()
