"""An article's layout, read off its text: lines, blocks, paragraphs, headline, credits.

The work behind :func:`newslens.parse` and :func:`newslens.parse_record`, in a module
of its own so that it can be compiled (with mypyc) while those two, the public entry
points, keep their docstrings. See :mod:`newslens.parse` for the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import regex

from .credit_lines import credit_kind
from .datelines import find_dateline
from .model import Credit, Document, Span
from .sentences import split_sentences

__all__ = ["MAX_HEADLINE_LENGTH", "build_document", "is_blank"]

_LINE_BREAK: Final = regex.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")

_BOM: Final = "\ufeff"

#: A first line longer than this is a paragraph of prose, not a headline.
MAX_HEADLINE_LENGTH: Final = 300


def is_blank(text: str, i: int) -> bool:
    """Whether ``text[i]`` is white space that the parser may leave out of every span.

    That is Unicode white space, and a byte-order mark at the very start of the
    text (an encoding's mark, not content); a BOM anywhere else is kept.
    """
    ch = text[i]
    return ch.isspace() or (i == 0 and ch == _BOM)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and is_blank(text, start):
        start += 1
    while end > start and is_blank(text, end - 1):
        end -= 1
    return start, end


#: The characters ``str.splitlines`` breaks at that _LINE_BREAK does not (they are white
#: space inside a line for the parser).
_SPLITLINES_ONLY: Final = ("\x1c", "\x1d", "\x1e")


def _blocks(text: str, pos: int = 0) -> list[list[tuple[int, int]]]:
    """Non-blank lines from ``pos`` on as trimmed (start, end), grouped into blocks at blank lines."""
    if not any(ch in text for ch in _SPLITLINES_ONLY):
        return _blocks_by_splitlines(text, pos)
    blocks: list[list[tuple[int, int]]] = [[]]
    for m in _LINE_BREAK.finditer(text, pos):
        _add_line(text, pos, m.start(), blocks)
        pos = m.end()
    _add_line(text, pos, len(text), blocks)
    return [b for b in blocks if b]


def _blocks_by_splitlines(text: str, pos: int) -> list[list[tuple[int, int]]]:
    """What _blocks gives, for a text in which ``str.splitlines`` breaks lines where _LINE_BREAK does.

    ``splitlines`` finds the lines in C, where the pattern hands back a match per line;
    each line keeps its break, white space that _add_line trims with the rest.
    """
    if pos == 0 and text.startswith(_BOM):
        blocks: list[list[tuple[int, int]]] = [[]]
        at = pos
        for line in text.splitlines(True):
            _add_line(text, at, at + len(line), blocks)
            at += len(line)
        return [b for b in blocks if b]
    # What _add_line does, on the line ``splitlines`` gives (no copy of it cut from
    # the text again), without a call per line: a long article has hundreds.
    blocks = [[]]
    block = blocks[0]
    at = pos
    for line in text[pos:].splitlines(True):
        rest = line.lstrip()  # str.strip drops exactly what str.isspace() calls white space
        if rest:
            s = at + len(line) - len(rest)
            block.append((s, s + len(rest.rstrip())))
        elif block:  # a blank line ends the block
            block = []
            blocks.append(block)
        at += len(line)
    return [b for b in blocks if b]


def _add_line(text: str, start: int, end: int, blocks: list[list[tuple[int, int]]]) -> None:
    if start == 0 and text.startswith(_BOM):
        s, e = _trim(text, start, end)  # the byte-order mark is blank only here
    else:
        # str.strip() drops exactly the characters that str.isspace() calls white
        # space, in C: cheaper than is_blank() character by character.
        rest = text[start:end].lstrip()
        s = end - len(rest)
        e = s + len(rest.rstrip())
    if s == e:
        if blocks[-1]:
            blocks.append([])
    else:
        blocks[-1].append((s, e))


_SENTENCE_END: Final = tuple(".!?:;\"”’)]…")


def _continues(text: str, prev: tuple[int, int], line: tuple[int, int]) -> bool:
    """Whether ``line`` carries on the sentence of ``prev`` (hard-wrapped prose)."""
    last = text[prev[1] - 1]
    first = text[line[0]]
    return last not in _SENTENCE_END and (first.islower() or first in ",;")


def _paragraphs(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A block's paragraphs: each line, except wrapped lines joined to the one before."""
    out = [block[0]]
    for line in block[1:]:
        if _continues(text, out[-1], line):
            out[-1] = (out[-1][0], line[1])
        else:
            out.append(line)
    return out


def _headline_lines(text: str, first_block: list[tuple[int, int]], separated: bool) -> int:
    """How many lines of the first block make the headline (0: the article has none)."""
    s, e = first_block[0]
    if e - s > MAX_HEADLINE_LENGTH or credit_kind(text[s:e]):
        return 0
    if find_dateline(text, s, e) is not None and e - s > 100:
        return 0  # a wire story that opens with its first paragraph: "WASHINGTON (AP) — ..."
    n = 1
    # "Headline;\nDeck" keeps its deck; so does a two-line first block set off by a blank line
    if len(first_block) > 1:
        second = first_block[1]
        if text[e - 1] == ";" or (separated and len(first_block) == 2 and second[1] - second[0] <= MAX_HEADLINE_LENGTH
                                  and not credit_kind(text[second[0]:second[1]])):
            n = 2
    return n


def build_document(text: str, meta: Mapping[str, Any] | None, title_end: int | None = None) -> Document:
    """The document of ``text``; with ``title_end``, ``text[:title_end]`` is the headline as given."""
    headline: Span | None = None
    if title_end is None:
        blocks = _blocks(text)
        if blocks:
            n = _headline_lines(text, blocks[0], separated=len(blocks) > 1)
            if n and (len(blocks) > 1 or len(blocks[0]) > n or _looks_like_headline(text, blocks[0][0])):
                headline = Span(blocks[0][0][0], blocks[0][n - 1][1])
                blocks[0] = blocks[0][n:]
    else:
        hs, he = _trim(text, 0, title_end)
        headline = Span(hs, he) if hs < he else None
        blocks = _blocks(text, title_end)
    body: list[Span] = []
    credits: list[Credit] = []
    for block in blocks:
        if not block:
            continue
        for s, e in _paragraphs(text, block):
            kind = credit_kind(text[s:e])
            if kind is not None:
                credits.append(Credit(s, e, kind))
            else:
                body.append(Span(s, e))
    dateline = find_dateline(text, body[0].start, body[0].end) if body else None
    sentences: list[Span] = []
    if headline is not None:
        sentences.extend(split_sentences(text, headline.start, headline.end))
    for p in body:
        sentences.extend(split_sentences(text, p.start, p.end))
    return Document(text, headline, body, credits, sentences, dateline, meta=meta or {})


def _looks_like_headline(text: str, line: tuple[int, int]) -> bool:
    """A lone paragraph is a headline only if short and not a finished sentence."""
    s, e = line
    return e - s <= 120 and text[e - 1] not in ".!?"
