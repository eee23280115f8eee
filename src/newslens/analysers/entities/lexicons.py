"""The entities analyser's lexicons: data files beside this module, loaded once per process.

Each file names its source and licence in its header. The generated ones (places,
first names, languages) are rebuilt by ``scripts/build_entity_lexicons.py``; the
others are written by hand from general knowledge.
"""

from __future__ import annotations

import functools
from importlib import resources

import attrs

__all__ = ["NAME_LABELS", "Lexicons", "lexicons"]

#: The labels a multi-word lexicon entry may carry, besides ORG from the lists of names.
NAME_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
)


@attrs.frozen(eq=False)
class Lexicons:
    """Everything the analyser looks up, as plain dicts and frozensets.

    ``names`` maps a name as written to ``(label, kind)``, where kind is ``place``,
    ``org``, ``outlet``, ``norp``, ``language``, ``title`` or ``other``;
    ``upper`` maps the same names upper-cased, for lines in capitals;
    ``name_words`` maps a word to ``(label, where)`` with where ``tail``, ``head`` or ``any``.
    """

    names: dict[str, tuple[str, str]]
    upper: dict[str, tuple[str, str, str]]  # NAME -> (label, kind, name as written)
    first_names: frozenset[str]
    countries: frozenset[str]  # places that are countries (national teams stay places)
    not_names: frozenset[str]  # lower-cased
    dates: frozenset[str]  # lower-cased months and days
    nouns: frozenset[
        str
    ]  # lower-cased words that are not names alone but may be inside one
    name_words: dict[str, tuple[str, str]]
    titles_lower: frozenset[
        str
    ]  # lower-case titles written before a name ("spokesman")
    longest: int  # the most words in any name, to bound look-ups


def _lines(name: str) -> list[str]:
    text = (
        resources.files(__package__)
        .joinpath("lexicons")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    return [
        line.rstrip("\n")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


@functools.lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Load every lexicon (once per process)."""
    names: dict[str, tuple[str, str]] = {}

    def add(name: str, label: str, kind: str) -> None:
        names.setdefault(name, (label, kind))

    # Order matters: the first list to name a word decides what it is.
    for line in _lines("titles.txt"):
        if line[0].isupper():
            add(line, "TITLE", "title")
    for line in _lines("outlets.txt"):
        add(line, "ORG", "outlet")
    for line in _lines("organisations.txt"):
        add(line, "ORG", "org")
    for line in _lines("other_names.tsv"):
        name, label = line.split("\t")
        add(name, label, "other")
    for line in _lines("demonyms.txt"):
        add(line, "NORP", "norp")
    countries = set()
    for line in _lines("places.tsv"):
        name, label, what = line.split("\t")
        add(name, label, "place")
        if what == "country":
            countries.add(name)
    for line in _lines("languages.txt"):
        add(line, "LANGUAGE", "language")
    not_names, dates, nouns = set(), set(), set()
    for line in _lines("not_names.txt"):
        word, _, tag = line.partition("\t")
        not_names.add(word)
        if tag == "date":
            dates.add(word)
        elif tag == "noun":
            nouns.add(word)
    name_words = {}
    for line in _lines("name_words.tsv"):
        word, label, where = line.split("\t")
        name_words[word] = (label, where)
    titles_lower = frozenset(line for line in _lines("titles.txt") if line[0].islower())
    upper: dict[str, tuple[str, str, str]] = {}
    for name, (label, kind) in names.items():
        upper.setdefault(name.upper(), (label, kind, name))
    longest = max(len(n.split()) for n in names)
    return Lexicons(
        names=names,
        upper=upper,
        first_names=frozenset(_lines("first_names.txt")),
        countries=frozenset(countries),
        not_names=frozenset(not_names),
        dates=frozenset(dates),
        nouns=frozenset(nouns),
        name_words=name_words,
        titles_lower=titles_lower,
        longest=longest,
    )
