"""Pull the pieces of an article out of a web page: metadata, blocks of text, captions.

trafilatura finds the article's body and its metadata (title, author, date) and
drops menus, footers and boilerplate; it leaves figure captions out, so captions
and photo credits are read from the page itself with lxml, and put back where
trafilatura kept the picture.
"""

from __future__ import annotations

import attrs
import regex
from lxml import etree, html as lxml_html

__all__ = ["Block", "Page", "extract_page"]

_SPACE = regex.compile(r"\s+")
# Class names that mark a caption or a photo credit in news pages' markup.
_CAPTION_CLASS = regex.compile(r"(?:^|[\s_-])(?:caption|credit|photo-?credit|image-?credit|figcaption)(?:$|[\s_-])", regex.IGNORECASE)
_MAX_CAPTION = 400
_BYLINE_CLASS = regex.compile(r"(?:^|[\s_-])(?:byline|author-?name|article-?author)(?:$|[\s_-])", regex.IGNORECASE)


@attrs.frozen
class Block:
    """One block of the article's text: its words, what it is, the element it came from."""

    text: str
    kind: str  # "body", "caption"
    tag: str


@attrs.frozen
class Page:
    """What was read from a page: metadata, byline and date as written, and the blocks in order."""

    title: str | None
    byline: str | None
    date_text: str | None
    meta: dict
    blocks: tuple[Block, ...]


def _clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _text_of(el) -> str:
    return _clean(" ".join(el.itertext()))


def _classes(el) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))


def _captions(tree) -> tuple[dict[str, str], list[str]]:
    """Captions by image source, and those of figures without an image, in page order."""
    by_src: dict[str, str] = {}
    loose: list[str] = []
    # Elements already read, by their path: lxml's element objects are proxies made
    # afresh on each access, so their id() says nothing about the node.
    where = tree.getroottree().getpath
    seen: set[str] = set()
    for fig in tree.iter("figure"):
        parts = [_text_of(c) for c in fig.iter("figcaption")]
        if not parts:
            parts = [_text_of(c) for c in fig.iter() if isinstance(c.tag, str) and _CAPTION_CLASS.search(_classes(c))]
        for c in fig.iter():
            seen.add(where(c))
        caption = _clean(" ".join(p for p in parts if p))
        if not caption:
            continue
        srcs = [img.get("src") for img in fig.iter("img") if img.get("src")]
        if srcs:
            for src in srcs:
                by_src.setdefault(src, caption)
        else:
            loose.append(caption)
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("body", "html", "article", "main") or where(el) in seen:
            continue
        if _CAPTION_CLASS.search(_classes(el)):
            text = _text_of(el)
            # A long text is a container that happens to be named so, not a caption.
            if text and len(text) <= _MAX_CAPTION and text not in loose and text not in by_src.values():
                loose.append(text)
            for c in el.iter():
                seen.add(where(c))
    return by_src, loose


def _byline(tree) -> str | None:
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag not in ("html", "body", "meta") and _BYLINE_CLASS.search(_classes(el)):
            text = _text_of(el)
            if text and len(text) <= 200:
                return text
    return None


def _date_text(tree) -> str | None:
    for el in tree.iter("time"):
        text = _text_of(el)
        if text:
            return text
    return None


def _main_blocks(xml: str, title: str | None, captions: dict[str, str]) -> tuple[list[Block], set[str]]:
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    blocks: list[Block] = []
    used: set[str] = set()
    if main is None:
        return blocks, used
    for el in main.iter():
        tag = el.tag
        if tag == "head":
            text = _text_of(el)
            if text and text != title:
                blocks.append(Block(text, "body", "h" + (el.get("rend") or "h2").lstrip("h")))
        elif tag in ("p", "item") and el.getparent() is not None and el.getparent().tag not in ("p", "item", "cell"):
            text = _text_of(el)
            if text:
                blocks.append(Block(text, "body", "li" if tag == "item" else "p"))
        elif tag == "quote":
            if el.find("p") is None:
                text = _text_of(el)
                if text:
                    blocks.append(Block(text, "body", "blockquote"))
        elif tag == "graphic":
            src = el.get("src")
            if src in captions and src not in used:
                used.add(src)
                blocks.append(Block(captions[src], "caption", "figcaption"))
    return blocks, used


def extract_page(data: bytes | str) -> Page:
    """Read the article out of a page's bytes (any encoding the page declares) or text."""
    import trafilatura

    tree = trafilatura.load_html(data)
    if tree is None:
        raise ValueError("not an HTML page (nothing could be parsed)")
    # trafilatura cleans the tree it is given, so captions are read from a copy first.
    own = lxml_html.fromstring(etree.tostring(tree))
    for bad in own.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    captions, loose = _captions(own)
    byline = _byline(own)
    date_text = _date_text(own)
    xml = trafilatura.extract(
        tree, output_format="xml", include_images=True, include_tables=False, include_comments=False,
        with_metadata=True, favor_recall=True,
    )
    meta: dict = {}
    blocks: list[Block] = []
    title = None
    if xml:
        root = etree.fromstring(xml.encode("utf-8"))
        meta = {k: root.get(k) for k in ("title", "author", "date", "url", "sitename") if root.get(k)}
        title = _clean(meta.get("title")) or None
        blocks, used = _main_blocks(xml, title, captions)
        loose += [c for src, c in captions.items() if src not in used and c not in loose]
    else:
        titles = own.xpath("//h1") or own.xpath("//title")
        title = _text_of(titles[0]) if titles else None
        blocks = [Block(t, "body", "p") for t in (_text_of(p) for p in own.iter("p")) if t]
        loose += [c for c in captions.values() if c not in loose]
    if byline is None and meta.get("author"):
        byline = "By " + _clean(meta["author"])
    skip = {byline, date_text, title}
    blocks = [b for b in blocks if b.text not in skip and b.text not in loose or b.kind == "caption"]
    blocks += [Block(c, "caption", "figcaption") for c in loose if c not in {b.text for b in blocks}]
    return Page(title, byline, date_text or meta.get("date"), meta, tuple(blocks))
