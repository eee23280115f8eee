"""A pandas export: one row per annotation of a layer, its data fields as columns.

Needs the optional extra ``pandas`` (``pip install 'newslens[pandas]'``).

>>> frame = newslens.to_frame(docs, "quotes")
>>> frame.groupby("label").size()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .model import Document, Span, thaw

__all__ = ["BASE_COLUMNS", "to_frame", "to_records"]

#: The columns every frame has, before the layer's data fields.
BASE_COLUMNS = ("doc", "layer", "id", "start", "end", "label", "text")


def _documents(docs: Document | Mapping[str, Any] | Iterable[Document | Mapping[str, Any]]) -> Iterable[Document]:
    if isinstance(docs, (Document, Mapping)):
        docs = [docs]
    for d in docs:
        yield d if isinstance(d, Document) else Document.from_dict(d)


def _cell(doc: Document, value: Any) -> Any:
    if isinstance(value, Span):
        return doc.text[value.start : value.end]
    if isinstance(value, tuple):
        return [_cell(doc, v) for v in value]
    return thaw(value)


def to_records(docs, layer: str) -> list[dict[str, Any]]:
    """The rows :func:`to_frame` makes, as plain dicts (no pandas needed).

    ``doc`` is the document's ``meta["id"]`` when it has one, else its position in
    ``docs``. A data field holding a span gives the words it covers, plus
    ``FIELD_start`` and ``FIELD_end`` columns; a list of spans gives a list of
    words. A data field named like a base column is prefixed ``data_``.
    """
    rows: list[dict[str, Any]] = []
    for i, doc in enumerate(_documents(docs)):
        found = doc.get(layer)
        if found is None:
            continue
        doc_id = doc.meta.get("id", i)
        for ann in found:
            row: dict[str, Any] = {
                "doc": doc_id,
                "layer": layer,
                "id": ann.id,
                "start": ann.start,
                "end": ann.end,
                "label": ann.label,
                "text": doc.text[ann.start : ann.end],
            }
            for key, value in ann.data.items():
                col = f"data_{key}" if key in BASE_COLUMNS else key
                row[col] = _cell(doc, value)
                if isinstance(value, Span):
                    row[f"{col}_start"], row[f"{col}_end"] = value.start, value.end
            rows.append(row)
    return rows


def to_frame(docs, layer: str):
    """A :class:`pandas.DataFrame` of layer ``layer`` over ``docs``: one row per annotation.

    ``docs`` is a document, a ``to_dict()`` record (a line of a corpus run's
    output), or an iterable of either. Columns: ``doc, layer, id, start, end,
    label, text``, then the data fields in order of first appearance (see
    :func:`to_records`). Documents without the layer add no rows.
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("newslens.to_frame needs pandas: pip install 'newslens[pandas]'") from None
    rows = to_records(docs, layer)
    columns = list(BASE_COLUMNS)
    for row in rows:
        columns += [c for c in row if c not in columns]
    return pd.DataFrame(rows, columns=columns)
