"""Find where an article names a source of information in its own words, with or
without a quote: "According to MSN", "As previously reported by the Inquisitr",
"Fox News now reports", "made public in a statement".

And the mentions that are not citations but may be pointed back to: names with a
title ("U.S. Secretary of State John Kerry"), outlets, "the secretary". Each finder
is one regex pass over a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from newslens.model import Span

from .lexicon import DOCUMENT_HEADS, OUTLET_NAMES, OUTLET_PATTERN, ROLE_WORDS
from .mentions import TIMEOUT, EntityIndex, Mention, describe

__all__ = ["Citation", "find_citations", "find_outlets", "find_references", "find_titled_names"]


@attrs.frozen
class Citation:
    """A source cited in the article's own words: the mention and its cue ("according to")."""

    mention: Mention
    cue: Span


# A noun phrase after "according to": words up to punctuation, at most a dozen.
_NP = r"(?:(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’&\-]*)(?:[ \t]+(?:(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’&\-]*)){0,11}"
# Where a cited noun phrase ends though no comma says so.
_NP_STOP = regex.compile(
    r"\s(?:that|which|but|while|because|since|when|if|although|though|and|or|as|so|said|says|say|told|reported|reports)\b"
)

_ACCORDING = regex.compile(
    rf"""
    (?P<cue>
        \b[Aa]ccording\s+to
      | \b(?:[Aa]s\s+)?(?:(?:previously|first|earlier|originally|also|initially|widely)\s+)?
        (?:reported|revealed|disclosed|noted|confirmed)\s+by
    )
    \s+(?P<np>{_NP})
    """,
    regex.VERBOSE,
)

# "Fox News now reports", "the Post reported": an outlet followed by a reporting verb.
_REPORTS_AFTER = regex.compile(
    r"""
    (?:\s+(?:now|also|first|earlier|previously|later|has|have|had|was|is|recently|\p{Ll}+ly))*
    \s+(?P<cue>reports?|reported|reporting|revealed|has\s+learned|learned|broke\s+the\s+news|confirmed)\b
    """,
    regex.VERBOSE,
)

_DOC_ALTERNATION = "|".join(sorted(map(regex.escape, DOCUMENT_HEADS), key=len, reverse=True))
# "made public in a statement": a document as the source, not as how a person spoke.
_IN_DOCUMENT = regex.compile(
    rf"""
    (?P<cue>\b(?:in|through|via))\s+
    (?P<np>(?:a|an|the|its|his|her|their)\s+(?:[\p{{Ll}}\-]+\s+){{0,2}}?(?:{_DOC_ALTERNATION}))\b
    """,
    regex.VERBOSE,
)
# A speech verb just before "in a statement": the statement is how someone spoke.
_SPOKE_BEFORE = regex.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|announced|announces|stated|declared|noted|stressed|"
    r"insisted|warned|argued|claimed|explained|responded|replied|urged|called|denied|confirmed)\b[^.!?]{0,30}$"
)

_ROLE_ALTERNATION = "|".join(sorted((regex.escape(w) for w in ROLE_WORDS), key=len, reverse=True))
# A title followed by a capitalised name: "Secretary of State John Kerry", "spokesman Eric Schultz".
_TITLED_NAME = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])(?i:{_ROLE_ALTERNATION})(?![\p{{L}}\p{{N}}])
    (?:\s+of\s+(?:the\s+)?\p{{Lu}}\p{{L}}+(?:\s+\p{{Lu}}\p{{L}}+)?)?
    \s+(?!(?i:{_ROLE_ALTERNATION})(?![\p{{L}}\p{{N}}]))     # the name is no further title word
    (?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}'\-]*(?:\s+\p{{Lu}}\.)?(?:\s+\p{{Lu}}\p{{Ll}}[\p{{L}}'\-]*){{0,2}})
    """,
    regex.VERBOSE,
)
# The title words and capitals before a title: "U.S." and "White House" in front of it.
_TITLE_LEFT = regex.compile(r"(?:(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\-]*|[\p{Ll}\-]+)[ \t]+){1,4}$")
_NOT_TITLE = frozenset(
    "the a an but and yesterday today on in at as when while after before meanwhile also then so if last this that "
    "by from with for to of said says".split()
)

# Role words that are nouns a reader points back with: "the secretary", "the spokesman".
_REFERENCE_NOUNS = sorted(
    ROLE_WORDS
    - set(
        "vice prime deputy assistant under press lt. majority minority state defense foreign interior homeland "
        "security national justice treasury energy health education commerce labor agriculture transportation "
        "veterans affairs federal senior former acting interim top then communications campaign co-founder "
        "president-elect press-secretary head".split()
    ),
    key=len,
    reverse=True,
)
_REFERENCE = regex.compile(
    rf"""
    \b[Tt]he\s+(?:[\p{{Ll}}\-]+\s+){{0,2}}?
    (?P<head>{"|".join(regex.escape(w) for w in _REFERENCE_NOUNS if w.isalpha())})\b
    (?![ \t]+\p{{Lu}})                        # "the secretary John Kerry" is a titled name
    """,
    regex.VERBOSE,
)


def _np_end(text: str, start: int, end: int) -> int:
    stop = _NP_STOP.search(text, start, end, timeout=TIMEOUT)
    return stop.start() if stop else end


def find_citations(text: str, span: Span, entities: EntityIndex) -> Iterator[Citation]:
    """Sources the paragraph ``span`` cites in its own words, in order."""
    found: list[Citation] = []
    for m in _ACCORDING.finditer(text, span.start, span.end, timeout=TIMEOUT):
        end = _np_end(text, m.start("np"), m.end("np"))
        mention = describe(text, m.start("np"), end, entities, look_after=80)
        if mention is not None and mention.kind not in ("pronoun", "reference"):
            found.append(Citation(mention, Span(m.start("cue"), m.end("cue"))))
    for outlet in find_outlets(text, span, entities):
        after = _REPORTS_AFTER.match(text, outlet.span.end, min(span.end, outlet.span.end + 60), timeout=TIMEOUT)
        if after:
            found.append(Citation(outlet, Span(after.start("cue"), after.end("cue"))))
    for m in _IN_DOCUMENT.finditer(text, span.start, span.end, timeout=TIMEOUT):
        if _SPOKE_BEFORE.search(text, max(span.start, m.start() - 60), m.start(), timeout=TIMEOUT):
            continue
        mention = describe(text, m.start("np"), m.end("np"), entities)
        if mention is not None and mention.kind == "document":
            found.append(Citation(mention, Span(m.start("cue"), m.end("cue"))))
    found.sort(key=lambda c: c.mention.span)
    return iter(found)


def find_outlets(text: str, span: Span, entities: EntityIndex) -> list[Mention]:
    """Every outlet named in ``span``: by the word list, and by the entities layer."""
    out: dict[int, Mention] = {}
    for m in OUTLET_PATTERN.finditer(text, span.start, span.end, timeout=TIMEOUT):
        out[m.start()] = Mention(Span(m.start(), m.end()), "outlet", name=OUTLET_NAMES[m.group("name")])
    for e in entities.inside(span.start, span.end):
        if e.data.get("outlet") and not any(o.span.overlaps(e.span) for o in out.values()):
            end = e.end + 2 if text.startswith(("’s", "'s"), e.end) else e.end
            out[e.start] = Mention(Span(e.start, end), "outlet", name=e.data.get("canonical") or e.of(text))
    return [out[k] for k in sorted(out)]


def find_titled_names(text: str, span: Span, entities: EntityIndex) -> Iterator[Mention]:
    """Names with their title, anywhere in ``span``: "White House spokesman Eric Schultz"."""
    for m in _TITLED_NAME.finditer(text, span.start, span.end, timeout=TIMEOUT):
        start = m.start()
        left = _TITLE_LEFT.search(text, max(span.start, start - 60), start, timeout=TIMEOUT)
        if left:
            # Keep, from the title leftwards, only words that can belong to it.
            for w in reversed(list(regex.finditer(r"\S+", left.group()))):
                low = w.group().lower()
                if low in _NOT_TITLE or (w.group().islower() and low not in ROLE_WORDS):
                    break
                start = left.start() + w.start()
        end = m.end("name")
        if text.startswith(("’s", "'s"), end):
            end += 2
        mention = describe(text, start, end, entities)
        if mention is not None and mention.kind == "person":
            yield mention


def find_references(text: str, span: Span) -> Iterator[Mention]:
    """Role words that point back to a person: "The secretary", "the spokesman"."""
    for m in _REFERENCE.finditer(text, span.start, span.end, timeout=TIMEOUT):
        yield Mention(Span(m.start(), m.end()), "reference", head=m.group("head").lower(), definite=True)
