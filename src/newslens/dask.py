"""Analyse articles on a Dask cluster: a bag or a dataframe in, a bag of output records out.

Needs the ``dask`` extra (``pip install 'newslens[dask]'``).

>>> import dask.bag as db
>>> from newslens.dask import analyse_bag
>>> records = analyse_bag(db.from_sequence(texts, npartitions=8)).compute()

Each partition is analysed by :func:`newslens.corpus.analyse_partition`, the same
function Spark's ``mapPartitions`` can call, on the worker that holds it. By
default each worker loads the plugins installed there and builds the default
pipeline once; pass ``pipeline=`` to send a given set of analysers instead (they
travel to the workers as plain picklable objects). Each output record is the dict
``newslens analyse`` writes as one JSON line: ``id``, ``source``, ``error`` and
the document's fields. Order is the bag's order.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from .corpus import Fields, analyse_partition
from .pipeline import Pipeline

__all__ = ["analyse_bag", "analyse_dataframe"]


def analyse_bag(
    bag: Any,
    *,
    pipeline: Pipeline | None = None,
    fields: Fields = Fields(),
    layers: Iterable[str] | None = None,
    **narrow: Any,
) -> Any:
    """A dask bag of output records, one per article of ``bag`` (texts or records), in order.

    ``layers``, ``enable``, ``disable``, ``budget`` and ``plugins`` narrow the
    pipeline built on each worker, as in :func:`newslens.analyse_many`.
    """
    work = functools.partial(
        analyse_partition,
        pipeline=pipeline,
        fields=fields,
        layers=None if layers is None else tuple(layers),
        **narrow,
    )
    return bag.map_partitions(work)


def analyse_dataframe(
    df: Any,
    *,
    id: str = "id",
    title: str | None = "title",
    text: str = "text",
    pipeline: Pipeline | None = None,
    layers: Iterable[str] | None = None,
    **narrow: Any,
) -> Any:
    """A dask bag of output records, one per row of the dask dataframe ``df``, in row order.

    ``id``, ``title`` and ``text`` name the columns (``title=None`` when there is none).
    """
    columns = [c for c in (id, title, text) if c is not None and c in df.columns]
    fields = Fields(id=(id,), title=(title,) if title else (), text=(text,))
    return analyse_bag(df[columns].to_bag(format="dict"), pipeline=pipeline, fields=fields, layers=layers, **narrow)
