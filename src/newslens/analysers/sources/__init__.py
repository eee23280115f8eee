"""The ``sources`` analyser: on whose word the article rests.

One annotation per distinct source of information the article relies on: the
people, organisations, outlets and documents it cites, and the unnamed people it
leans on ("two unnamed sources cited by Reuters"). It reads each quote's speaker
from the ``quotes`` layer and the names from the ``entities`` layer, and finds by
itself the sources cited without a quote ("According to MSN", "As previously
reported by the Inquisitr", "Fox News now reports"). Each quote's ``data.source``
is set to its source's id by the pipeline, through :attr:`SourcesAnalyser.links`.

The layer's summary counts how many attributions rest on named people, on
organisations, on other outlets, on documents and on unnamed sources, and the
share that is anonymous. See docs/analysers/sources.md.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import regex

from newslens import Analyser, Annotation, Findings, Span, hookimpl
from newslens.model import Document

from .citations import find_citations, find_outlets, find_references, find_titled_names
from .mentions import SOURCE_KINDS, TIMEOUT, EntityIndex, Mention, describe
from .roster import Roster, Source

__all__ = ["SourcesAnalyser"]

# How far past a speaker to look for the outlet that relayed it (", cited by Reuters").
_RELAY_WINDOW = 80


class SourcesAnalyser(Analyser):
    """One annotation per distinct source the article relies on, with a summary of them."""

    name = "sources"
    version = "0.1.0"
    requires = ("quotes", "entities")
    produces = "sources"
    links = {"quotes": ("quotes", "source")}

    def analyse(self, doc: Document) -> Findings:
        """Gather the article's sources from its quotes, citations and names."""
        text = doc.text
        entities = EntityIndex(doc["entities"])
        regions = [s for s in (doc.headline, *doc.body) if s is not None]
        roster = Roster()
        # (start, order, mention, cited, quote id, antecedent); cited first at one offset.
        events: list[tuple[int, int, int, Mention, bool, str | None, Mention | None]] = []
        unattributed = 0
        speakerless: dict[int, str] = {}  # cue offset -> id of a quote whose speaker was not found
        cited_spans: list[Span] = []

        for quote in doc["quotes"]:
            speaker = quote.data.get("speaker")
            antecedent = quote.data.get("antecedent")
            mention = describe(text, speaker.start, speaker.end, entities, look_after=_RELAY_WINDOW) if speaker else None
            earlier = describe(text, antecedent.start, antecedent.end, entities) if antecedent else None
            if mention is None and earlier is not None:
                mention, earlier = earlier, None
            if mention is None:
                cue = quote.data.get("cue")
                if cue is not None:
                    speakerless[cue.start] = quote.id
                unattributed += 1
                continue
            events.append((mention.span.start, 0, -len(mention.span), mention, True, quote.id, earlier))
            cited_spans.append(mention.span)
            cue = quote.data.get("cue")
            if cue is not None:
                cited_spans.append(Span(cue.start, cue.end))

        taken = _Spans(cited_spans)
        own: list[Span] = []
        for region in regions:
            for citation in find_citations(text, region, entities):
                if taken.overlaps(citation.mention.span) or taken.overlaps(citation.cue):
                    continue  # the quotes layer has this attribution already
                # "according to anonymous sources" where the quotes layer found the
                # statement and its cue but no speaker: the citation names it.
                quote_id = speakerless.pop(citation.cue.start, None)
                unattributed -= quote_id is not None
                events.append(
                    (citation.mention.span.start, 0, -len(citation.mention.span), citation.mention, True, quote_id, None)
                )
                own.append(citation.mention.span)

        taken = _Spans(cited_spans + own)
        for mention in _background(text, regions, entities):
            if not taken.overlaps(mention.span):
                events.append((mention.span.start, 1, -len(mention.span), mention, False, None, None))

        events.sort(key=lambda e: e[:3])
        attributions: list[Source | None] = [None] * unattributed
        for _, _, _, mention, cited, quote_id, earlier in events:
            source = roster.add(mention, cited=cited, quote=quote_id, antecedent=earlier)
            if cited:
                attributions.append(source)

        sources = roster.cited()
        _find_more_names(text, regions, sources)
        annotations = [_annotation(text, s) for s in sources]
        return Findings(annotations, summary=_summary(attributions, sources))


def _background(text: str, regions: list[Span], entities: EntityIndex) -> list[Mention]:
    """Mentions that cite nothing but may be pointed back to, or name a cited source again."""
    out: list[Mention] = []
    for region in regions:
        out.extend(find_titled_names(text, region, entities))
        out.extend(find_outlets(text, region, entities))
        out.extend(find_references(text, region))
        for e in entities.inside(region.start, region.end):
            if e.label in ("PERSON", "ORG") and not e.data.get("outlet"):
                end = e.end + 2 if text.startswith(("’s", "'s"), e.end) else e.end
                mention = describe(text, e.start, end, entities)
                if mention is not None and mention.kind in ("person", "organization"):
                    out.append(mention)
    return out


def _find_more_names(text: str, regions: list[Span], sources: list[Source]) -> None:
    """Add the other mentions of each cited person by name ("Kerry’s", "Putin"), which
    the entities layer gives when it ran; this pass makes sure of them without it."""
    by_word: dict[str, Source] = {}
    for s in sources:
        if s.kind == "person" and s.name:
            words = s.name.split()
            by_word.setdefault(s.name, s)
            if len(words) > 1:
                by_word.setdefault(words[-1], s)
    if not by_word:
        return
    alternation = "|".join(regex.escape(w) for w in sorted(by_word, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?:['’]s)?(?![\p{{L}}\p{{N}}])")
    for region in regions:
        for m in pattern.finditer(text, region.start, region.end, timeout=TIMEOUT):
            name = m.group()
            if name.endswith(("’s", "'s")):
                name = name[:-2]
            source = by_word[name]
            span = Span(m.start(), m.end())
            if not any(span.overlaps(x) for x in source.mentions):
                source.mentions.append(span)


def _mentions(spans: list[Span]) -> list[Span]:
    """Spans in order, without repeats, and without those inside a longer one."""
    out: list[Span] = []
    reach = -1
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end)):
        if span.end <= reach:
            continue
        out.append(span)
        reach = max(reach, span.end)
    return out


def _annotation(text: str, source: Source) -> Annotation:
    full = source.fullest(text)
    via = source.via.id if source.via is not None and source.via.id else None
    return Annotation(
        full.start,
        full.end,
        label=source.kind,
        id=source.id,
        data={
            "name": source.name,
            "role": source.role,
            "count": source.count,
            "via": via,
            "mentions": _mentions(source.mentions),
            "quotes": list(dict.fromkeys(source.quotes)),
            "attributions": source.attributions,
        },
    )


def _summary(attributions: list[Source | None], sources: list[Source]) -> dict[str, Any]:
    """How many attributions rest on each kind of source; how many sources of each kind."""
    on = {kind: 0 for kind in SOURCE_KINDS}
    unattributed = relayed = 0
    for source in attributions:
        if source is None:
            unattributed += 1
            continue
        on[source.kind] += 1
        relayed += source.via is not None
    total = len(attributions)
    return {
        "attributions": total,
        # The report's "named": resting on someone or something the article names.
        "named": on["person"] + on["organization"] + on["document"],
        **on,
        "unattributed": unattributed,
        "relayed": relayed,
        "anonymous_share": round(on["anonymous"] / total, 4) if total else None,
        "sources": {"total": len(sources), **{kind: sum(s.kind == kind for s in sources) for kind in SOURCE_KINDS}},
    }


class _Spans:
    """A set of spans that answers "does this one overlap any?" in logarithmic time."""

    def __init__(self, spans: list[Span]):
        self.spans = sorted(spans)
        self.starts = [s.start for s in self.spans]
        # The furthest end reached by any span up to each index, so nesting cannot hide one.
        self.reach = []
        furthest = -1
        for s in self.spans:
            furthest = max(furthest, s.end)
            self.reach.append(furthest)

    def overlaps(self, span: Span) -> bool:
        i = bisect_right(self.starts, span.end - 1)
        return i > 0 and self.reach[i - 1] > span.start


@hookimpl
def register_analysers(register):
    """Register the sources analyser."""
    register(SourcesAnalyser())
