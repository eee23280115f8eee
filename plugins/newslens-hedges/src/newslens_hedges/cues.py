"""The hedge cues: read ``cues.tsv`` once and build the one pattern that finds them.

Kept apart from the analyser so that a plugin author sees the shape to copy: a
data file with a header naming its source, a loader, a compiled pattern.
"""

from __future__ import annotations

from importlib import resources

import regex

__all__ = ["CUES", "KINDS", "PATTERN", "TIMEOUT", "cue_of", "load_cues", "trie_pattern"]

#: Seconds the pattern may run on one paragraph (the regex module's ``timeout=``).
TIMEOUT = 2.0


def load_cues(text: str) -> dict[str, str]:
    """``{phrase: kind}`` from the lines of a cues file (comments and blank lines skipped).

    Phrases are stored lower-cased, with single spaces and straight apostrophes:
    the form a match is looked up by (see :func:`cue_of`).
    """
    cues: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, sep, phrase = line.partition("\t")
        if not sep or not phrase.strip():
            raise ValueError(f"cues.tsv line {number}: expected 'kind<TAB>phrase', got {line!r}")
        cues[cue_of(phrase)] = kind
    return cues


def cue_of(words: str) -> str:
    """The lexicon's form of ``words``: lower case, single spaces, straight apostrophes."""
    return " ".join(words.split()).casefold().replace("’", "'")


#: Every cue phrase (lower case, single spaces) and its kind.
CUES: dict[str, str] = load_cues(resources.files(__package__).joinpath("cues.tsv").read_text(encoding="utf-8"))

#: The kinds, in the order the data file first names them: the layer's labels.
KINDS: tuple[str, ...] = tuple(dict.fromkeys(CUES.values()))


def trie_pattern(phrases) -> str:
    """One regex alternation for ``phrases``, written as a trie of their letters.

    Why not ``"|".join(phrases)``: a plain alternation is tried phrase by phrase at
    every offset of the text, 70-odd tries per character; the trie tries each
    letter once ("alleged(?:ly)?", "a(?:lleged|pparently)"), several times faster.
    A space in a phrase matches any run of white space, an apostrophe a curly one.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def emit(node: dict) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else "['’]" if ch == "'" else regex.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        # a phrase that ends here may go on into a longer one: the longer is tried first
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_FIRST_LETTERS = "".join(sorted({p[0] for p in CUES}))

#: All cues in one pattern, whole words only ("alleged" never inside "allegedly";
#: a hyphen after is fine: "allegedly-stolen"). The look-ahead for a first letter
#: lets the engine skip most offsets at once.
PATTERN = regex.compile(
    rf"\b(?=[{_FIRST_LETTERS}])(?<![’'-])(?:{trie_pattern(CUES)})(?![\w’'])",
    regex.IGNORECASE,
)
