"""The ``hedges`` analyser: one annotation per hedge in the headline and the body."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from newslens import Analyser, Annotation, Document, Findings, Span

from .cues import CUES, KINDS, PATTERN, TIMEOUT, cue_of

__all__ = ["HedgesAnalyser"]


class HedgesAnalyser(Analyser):
    """Mark words that hedge a claim: reportedly, allegedly, it is unclear, unverified.

    Each annotation's span is the hedge as written; its label is the kind of hedge
    (``reported``, ``alleged``, ``unverified``, ``unclear``, ``speculation``,
    ``apparent``). ``data.cue`` is the cue as the lexicon writes it and
    ``data.sentence`` the span of the sentence it hedges (None outside any
    sentence). The layer's summary counts the hedges of each kind.
    """

    # The declaration newslens reads before running anything. The name must be
    # unique among installed analysers; bump the version when the output changes
    # (it is stamped on every layer this analyser makes).
    name = "hedges"
    version = "0.1.0"
    requires = ()  # layers of other analysers this one reads: none
    produces = "hedges"

    def analyse(self, doc: Document) -> Findings:
        """Find the hedges of ``doc``; never changes ``doc`` (it is frozen anyway)."""
        sentence_starts = [s.start for s in doc.sentences]
        annotations = []
        # Credits ("Photo by ...", bylines) are not the article's claims: only the
        # headline and the body paragraphs are read.
        parts = ([doc.headline] if doc.headline is not None else []) + list(doc.body)
        for part in parts:
            for m in PATTERN.finditer(doc.text, part.start, part.end, timeout=TIMEOUT):
                cue = cue_of(m.group())
                annotations.append(
                    Annotation(
                        m.start(),
                        m.end(),
                        label=CUES[cue],
                        data={"cue": cue, "sentence": _sentence_at(doc.sentences, sentence_starts, m.start(), m.end())},
                    )
                )
        counts = Counter(a.label for a in annotations)
        # Findings = annotations plus a per-document summary that lands on the layer.
        return Findings(annotations, summary={"count": len(annotations), "by_kind": {k: counts[k] for k in KINDS if counts[k]}})


def _sentence_at(sentences: tuple[Span, ...], starts: list[int], start: int, end: int) -> Span | None:
    """The sentence holding ``[start, end)``, found by bisection (sentences are in order)."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and sentences[i].start <= start and end <= sentences[i].end:
        return Span(sentences[i].start, sentences[i].end)
    return None
