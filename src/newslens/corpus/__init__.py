"""Analyse corpora: many articles, streamed, in parallel, in order, resumable.

>>> for doc in newslens.analyse_many(texts, workers=2):
...     print(doc.headline_text, len(doc["quotes"]))

The pieces, each in its own module: :mod:`.inputs` reads files, directories and
JSON records lazily; :mod:`.work` runs a pipeline over chunks of them in a process
pool; :mod:`.output` writes durable JSON Lines and repairs an interrupted output;
:mod:`.run` ties these together for ``newslens analyse``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..model import Document
from ..pipeline import Pipeline
from .inputs import Fields, Item, read_inputs
from .output import output_record, resume
from .run import Summary, run_corpus
from .work import Options, Outcome, WorkerDied, analyse_item, input_failure, ordered_chunks, pipeline_for

__all__ = [
    "Fields",
    "Item",
    "Options",
    "Summary",
    "WorkerDied",
    "analyse_many",
    "analyse_partition",
    "read_inputs",
    "resume",
    "run_corpus",
]


def _as_item(i: int, value: Any, fields: Fields) -> Item:
    if isinstance(value, str):
        return Item(i, {"index": i}, "text", value)
    if isinstance(value, Document):
        return Item(value.meta.get("id", i), {"index": i}, "text", value.text)
    if isinstance(value, Mapping):
        rid = next((value[f] for f in fields.id if value.get(f) is not None), i)
        return Item(rid, {"index": i}, "record", dict(value))
    return Item(i, {"index": i}, "error", ("bad_record", f"item {i}: expected text or a record, got {type(value).__name__}"))


def _document(outcome: Outcome) -> Document:
    """The outcome as a Document; an input that could not be read is an empty one with the failure."""
    if outcome.doc is not None:
        return outcome.doc
    assert outcome.error is not None
    return Document("", failures=[input_failure(outcome.error[1])], meta={"id": outcome.item_id})


def analyse_many(
    articles: Iterable[str | Mapping[str, Any] | Document],
    *,
    workers: int = 1,
    chunk_size: int = 32,
    pipeline: Pipeline | None = None,
    fields: Fields = Fields(),
    **narrow: Any,
) -> Iterator[Document]:
    """Analyse many articles, yielding one Document per article, in the order given.

    ``articles`` may mix texts, records (mappings with id/title/text fields, read
    with :func:`newslens.parse_record` and ``fields``) and Documents. ``workers`` > 1
    spreads chunks of ``chunk_size`` articles over a process pool. ``pipeline``
    (its analysers must be picklable) replaces the default one; otherwise
    ``enable=``, ``disable=``, ``layers=``, ``budget=``, ``strict=`` and
    ``plugins=`` (an allow-list) narrow it. A record without text yields an empty
    Document whose ``failures`` say why, so one article in gives one out.
    Memory stays flat: the input is read lazily, a few chunks ahead. A worker
    process that dies (killed, out of memory) raises :class:`WorkerDied` after
    the Documents analysed before it, instead of leaving the caller waiting.
    """
    options = _options(pipeline, fields, narrow)
    items = (_as_item(i, a, fields) for i, a in enumerate(articles))
    for chunk in ordered_chunks(items, options, _document, workers=workers, chunk_size=chunk_size):
        yield from chunk


def _options(pipeline: Pipeline | None, fields: Fields, narrow: Mapping[str, Any]) -> Options:
    unknown = set(narrow) - {"enable", "disable", "layers", "budget", "strict", "plugins"}
    if unknown:
        raise TypeError(f"unexpected keyword arguments: {', '.join(sorted(unknown))}")

    def names(key: str) -> tuple[str, ...] | None:
        value = narrow.get(key)
        return None if value is None else tuple(value)

    return Options(
        fields=fields,
        plugins=names("plugins"),
        enable=names("enable"),
        disable=names("disable") or (),
        layers=names("layers"),
        budget=narrow.get("budget"),
        strict=bool(narrow.get("strict", False)),
        pipeline=pipeline,
    )


def analyse_partition(
    records: Iterable[Any],
    *,
    pipeline: Pipeline | None = None,
    fields: Fields = Fields(),
    layers: Iterable[str] | None = None,
    **narrow: Any,
) -> list[dict[str, Any]]:
    """Analyse one partition of articles into output records (plain dicts), in order.

    The unit of distributed work: Dask's ``map_partitions`` and Spark's
    ``mapPartitions`` call it on each worker. Each item is a text or a record;
    each result is the record ``newslens analyse`` writes as a JSON line. The
    pipeline is built once per worker process (plugins load there), unless
    ``pipeline`` is given, whose analysers then travel pickled.
    """
    keep = None if layers is None else tuple(layers)
    options = _options(pipeline, fields, {**narrow, "layers": keep} if keep is not None else narrow)
    pipe = pipeline_for(options)
    out = []
    for i, value in enumerate(records):
        item = _as_item(i, value, fields)
        out.append(output_record(analyse_item(item, pipe, fields), keep))
    return out
