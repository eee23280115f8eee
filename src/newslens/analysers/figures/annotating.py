"""The figures of a whole document as annotations: the figures analyser's work.

Each paragraph (the headline first, then the body) goes to :func:`.finding.find_figures`;
each figure becomes an annotation, and the labels are counted for the layer's summary.
"""

from __future__ import annotations

from typing import Final

import regex

from newslens import Annotation, Document

from .finding import find_figures

__all__ = ["annotate_figures"]


def annotate_figures(doc: Document, produces: str) -> tuple[list[Annotation], dict[str, int]]:
    """One annotation per figure in the headline and the body paragraphs of ``doc``, and
    the number of each label (the layer's summary)."""
    paragraphs = ([doc.headline] if doc.headline is not None else []) + list(doc.body)
    out: list[Annotation] = []
    text = doc.text
    # Each annotation made with the id the pipeline would give it ("figures-1", in
    # order from 1) is kept by the pipeline as it is: one object per figure, not two.
    prefix = f"{produces}-"
    for para in paragraphs:
        headline = para is doc.headline
        try:
            found = find_figures(text, para.start, para.end, title_case=headline)
        except ValueError:
            if text is doc.text:
                text = _readable(text)  # once per document, only when needed
            found = find_figures(text, para.start, para.end, title_case=headline)
        for f in found:
            out.append(
                Annotation(f.start, f.end, label=f.label, data=f.data, id=f"{prefix}{len(out) + 1}")
            )
    counts: dict[str, int] = {}
    for a in out:
        counts[a.label] = counts.get(a.label, 0) + 1
    return out, counts


_DIGIT: Final = regex.compile(r"\d")


def _readable(text: str) -> str:
    """``text`` with every digit that Python cannot read masked as "x" (same length).

    The regex module's Unicode tables are newer than Python's, so ``\\d`` can match
    a digit (U+16D73, say) that ``float()`` refuses. Such digits cannot be given a
    value; masking them in a same-length copy keeps every offset valid.
    """
    # One call per digit, not per character: an article that needs this is full of digits
    # of other scripts, and its letters and spaces outnumber them all the same.
    return _DIGIT.sub(_mask_unreadable, text)


def _mask_unreadable(digit: regex.Match[str]) -> str:
    """A digit that ``float()`` reads, as it is; one it refuses, as "x"."""
    d = digit.group()
    return d if d.isdecimal() else "x"
