"""The HTML reader: a web page in, a newslens document out, its structure already known.

The document's text is the extracted article: the headline, a blank line, the
byline and the date, then each block of the article (paragraphs, subheadings,
list items, captions where their picture stood), one per paragraph. Since the
page says what each block is, the reader builds the headline, body and credits
itself rather than guessing them back from the text.
"""

from __future__ import annotations

from typing import Any

from newslens import Credit, Document, Span
from newslens.datelines import find_dateline
from newslens.sentences import split_sentences

from .extract import Page, extract_page

__all__ = ["HTMLReader", "document_of", "read_html"]


def document_of(page: Page, *, path: str | None = None) -> Document:
    """Lay out an extracted page as a :class:`newslens.Document`."""
    pieces: list[tuple[str, str, str]] = []  # (text, role, tag)
    if page.title:
        pieces.append((page.title, "headline", "h1"))
    if page.byline:
        pieces.append((page.byline, "byline", "byline"))
    if page.date_text:
        pieces.append((page.date_text, "date", "time"))
    pieces += [(b.text, b.kind, b.tag) for b in page.blocks]
    parts: list[str] = []
    pos = 0
    headline = None
    body: list[Span] = []
    credits: list[Credit] = []
    blocks: list[dict[str, Any]] = []
    for text, role, tag in pieces:
        if parts:
            parts.append("\n\n")
            pos += 2
        start, end = pos, pos + len(text)
        parts.append(text)
        pos = end
        if role == "headline":
            headline = Span(start, end)
        elif role == "body":
            body.append(Span(start, end))
        else:
            credits.append(Credit(start, end, "image" if role == "caption" else role))
        blocks.append({"start": start, "end": end, "kind": role, "tag": tag})
    full = "".join(parts)
    sentences: list[Span] = []
    if headline is not None:
        sentences += split_sentences(full, headline.start, headline.end)
    for p in body:
        sentences += split_sentences(full, p.start, p.end)
    dateline = find_dateline(full, body[0].start, body[0].end) if body else None
    meta: dict[str, Any] = {"reader": "html", **page.meta, "blocks": blocks}
    if path is not None:
        meta["path"] = path
    return Document(full, headline, body, credits, sentences, dateline, meta=meta)


def read_html(data: bytes | str, *, path: str | None = None) -> Document:
    """Read a web page (bytes in any declared encoding, or text) into a document."""
    return document_of(extract_page(data), path=path)


class HTMLReader:
    """The ``html`` reader registered with newslens."""

    name = "html"
    suffixes = (".html", ".htm", ".xhtml")

    def read(self, data: bytes, *, path: str) -> Document:
        """A document of the article in the page; ValueError when the page has no text."""
        doc = read_html(data, path=path)
        if not doc.text.strip():
            raise ValueError("no article text found in the page")
        return doc
