"""Turn an article's text into a :class:`~newslens.model.Document`: headline, body, credits.

The parser never rewrites the text. It finds lines (any of ``\\n``, ``\\r\\n``, ``\\r``,
U+2028, U+2029 ends one), trims white space (and a byte-order mark) from their ends,
groups them into blocks at blank lines, and decides for each line whether it is
the headline, body or a credit. Every character that is not white space ends up
in exactly one of the three: nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .layout import build_document, is_blank
from .model import Document

__all__ = ["parse", "parse_record", "is_blank"]


def parse(text: str, *, meta: Mapping[str, Any] | None = None) -> Document:
    """Parse an article into a :class:`Document` with headline, body, credits and sentences.

    The headline is the first paragraph, unless that reads as prose (too long, or it
    opens with a dateline). Lines such as ``[Image Credit: Getty Images]``,
    ``Share this article: ...`` or ``By Jane Doe`` become credits with their kind.
    A dateline (``WASHINGTON (AP) —``) at the head of the first body paragraph is
    recorded on ``Document.dateline``; it stays inside that paragraph.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() needs the article as str, got {type(text).__name__}")
    return build_document(text, meta)


def parse_record(
    record: Mapping[str, Any],
    *,
    title: str | Sequence[str] = ("title", "headline"),
    text: str | Sequence[str] = ("text", "content", "body"),
    id: str | Sequence[str] = ("id",),
) -> Document:
    """Parse a corpus record that gives the title and the text as separate fields.

    Each of ``title``, ``text`` and ``id`` names the field to read, or a sequence of
    names tried in order. The document's text is the title, a blank line, then the
    text; the title becomes the headline as given. The id and the record's other
    scalar fields (publisher, date...) go to ``Document.meta``. A record with no
    text field raises ``KeyError`` naming the fields tried.
    """
    body_text = _field(record, text)
    if body_text is None:
        raise KeyError(f"record has no text: none of the fields {list(_names(text))} is present")
    if not isinstance(body_text, str):
        raise TypeError(f"record field for the text must be a string, got {type(body_text).__name__}")
    head = _field(record, title)
    head = "" if head is None else str(head)
    used = {n for names in (title, text) for n in _names(names)}
    meta = {k: v for k, v in record.items() if k not in used and isinstance(v, (str, int, float, bool, type(None)))}
    rid = _field(record, id)
    if rid is not None:
        meta["id"] = rid
    if not head.strip():
        return build_document(body_text, meta, title_end=0)
    return build_document(head + "\n\n" + body_text, meta, title_end=len(head))


def _names(names: str | Sequence[str]) -> tuple[str, ...]:
    return (names,) if isinstance(names, str) else tuple(names)


def _field(record: Mapping[str, Any], names: str | Sequence[str]) -> Any:
    for name in _names(names):
        if name in record and record[name] is not None:
            return record[name]
    return None
