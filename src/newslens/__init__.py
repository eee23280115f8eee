"""newslens: read a news article and show what it is made of.

>>> import newslens
>>> doc = newslens.analyse(text)
>>> doc.headline_text, [doc.text_of(q) for q in doc["quotes"]]

The core parses the article (headline, body, credits, sentences); analysers,
found through plugins, add layers of annotations (quotes, sources, entities,
figures, image credits). Everything is a span of code-point offsets into the one
immutable text.
"""

from __future__ import annotations

from typing import Any

from .__about__ import __version__, compiled_modules
from .analyser import Analyser, DeclarationError, Findings
from .hookspecs import hookimpl
from .model import Annotation, Credit, Data, Dateline, Document, Failure, Layer, Provenance, Span
from .parse import parse, parse_record
from .pipeline import AnalyserError, Pipeline, PlanError, default_pipeline, narrowed_pipeline
from .corpus import analyse_many  # noqa: E402  (after the core it builds on)
from .frame import to_frame  # noqa: E402  (imports pandas only when called)

__all__ = [
    "Analyser",
    "AnalyserError",
    "Annotation",
    "Credit",
    "Data",
    "Dateline",
    "DeclarationError",
    "Document",
    "Failure",
    "Findings",
    "Layer",
    "Pipeline",
    "PlanError",
    "Provenance",
    "Span",
    "__version__",
    "analyse",
    "analyse_many",
    "compiled_modules",
    "hookimpl",
    "parse",
    "parse_record",
    "to_frame",
]


def analyse(text: str | Document, *, strict: bool = False, **narrow: Any) -> Document:
    """Parse ``text`` and run every installed analyser on it.

    ``strict=True`` raises :class:`AnalyserError` when an analyser fails instead of
    recording the failure on the document. ``enable=``, ``disable=`` and
    ``layers=`` narrow the pipeline as :meth:`Pipeline.default` does.
    """
    pipeline = narrowed_pipeline(strict=strict, **narrow) if strict or narrow else default_pipeline()
    return pipeline.run(text)
