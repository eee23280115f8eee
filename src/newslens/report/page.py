"""Assemble the report page: the article with its layers marked, the side panel, CSS and JS.

Everything is inline, and a Content-Security-Policy lets the page load nothing
and run only its own script (allowed by its hash), so even a string that slipped
through escaping could not run or call out.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from bisect import bisect_right
from importlib import resources
from typing import Any

from ..model import Document, Span
from .layers import describe, hover_text, layer_style, ordered_layers
from .nesting import Mark, nest
from .panel import render_panel

__all__ = ["render_page", "json_for_script"]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # "<", ">" and "&" can only occur inside JSON strings, where \\u escapes mean the same.
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _blocks(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, credit kind) of each block of the article, in text order.

    Text outside the headline, body and credits (a hand-built document has none of
    them) is shown too, as plain blocks, so nothing of the article is hidden.
    """
    blocks: list[tuple[int, int, str, str]] = []
    if doc.headline is not None:
        blocks.append((doc.headline.start, doc.headline.end, "nl-headline", ""))
    blocks += [(p.start, p.end, "nl-body", "") for p in doc.body]
    blocks += [(c.start, c.end, "nl-credit", c.kind) for c in doc.credits]
    blocks.sort()
    out: list[tuple[int, int, str, str]] = []
    pos = 0
    for b in blocks + [(len(doc.text), len(doc.text), "", "")]:
        if b[0] > pos and doc.text[pos : b[0]].strip():
            out += [(s, e, "nl-extra nl-body", "") for s, e in _nonblank_paragraphs(doc.text, pos, b[0])]
        if b[2]:
            out.append(b)
        pos = max(pos, b[1])
    return out


def _nonblank_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for piece in text[start:end].split("\n\n"):
        s, e = pos, pos + len(piece)
        pos = e + 2
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _marks(doc: Document, names: list[str], infos: dict[str, dict[str, Any]]) -> list[Mark]:
    marks: list[Mark] = []
    for i, name in enumerate(names):
        style = layer_style(name)
        for k, ann in enumerate(doc[name]):
            key = ann.id or f"_{name}-{k + 1}"
            info = infos[key]
            attrs_ = (
                f' data-layer-index="{i}" data-id="{_esc(key)}" data-label="{_esc(ann.label)}"'
                f' title="{_esc(hover_text(info))}"'
            )
            focus = ' tabindex="0" role="button"' if name == "quotes" else ""
            parts = ann.data.get("parts") if name == "quotes" else None
            pieces = [p for p in parts if isinstance(p, Span)] if isinstance(parts, tuple) else []
            for p in pieces or [ann.span]:
                marks.append(Mark(p.start, p.end, f'<mark class="nl-m nl-l{i} nl-{style.kind}"{attrs_}{focus}>', rank=i * 10))
            if name == "quotes":
                for field, rank in (("speaker", 5), ("cue", 6)):
                    span = ann.data.get(field)
                    if isinstance(span, Span):
                        marks.append(Mark(span.start, span.end, f'<mark class="nl-m nl-l{i} nl-{field}"{attrs_}>', rank=i * 10 + rank))
    return marks


def _article(doc: Document, marks: list[Mark]) -> str:
    blocks = _blocks(doc)
    per_block: list[list[Mark]] = [[] for _ in blocks]
    starts = [b[0] for b in blocks]
    for m in marks:
        k = max(bisect_right(starts, m.start) - 1, 0)
        while k < len(blocks) and blocks[k][0] < m.end:
            if blocks[k][1] > m.start:
                per_block[k].append(m)
            k += 1
    out: list[str] = ['<article class="nl-article" lang="en">']
    credits_open = False
    for (start, end, cls, kind), bmarks in zip(blocks, per_block):
        inner = nest(doc.text, start, end, bmarks)
        if cls == "nl-headline":
            out.append(f'<h1 class="nl-block {cls}">{inner}</h1>')
            continue
        if cls == "nl-credit" and not credits_open:
            out.append('<div class="nl-credits">')
            credits_open = True
        elif cls != "nl-credit" and credits_open:
            out.append("</div>")
            credits_open = False
        kind_attr = f' data-kind="{_esc(kind)}"' if cls == "nl-credit" else ""
        out.append(f'<p class="nl-block {cls}"{kind_attr}>{inner}</p>')
    if credits_open:
        out.append("</div>")
    out.append("</article>")
    return "\n".join(out)


def _layer_css(names: list[str]) -> str:
    rules = []
    for i, name in enumerate(names):
        rules.append(f".nl-l{i}{{--c:{layer_style(name).colour}}}")
        rules.append(f".nl-off-{i} .nl-m.nl-l{i}{{--c:transparent;cursor:auto}}")
    return "\n".join(rules)


def _toggles(doc: Document, names: list[str]) -> str:
    out = ['<div class="nl-toggles" role="group" aria-label="Layers">']
    for i, name in enumerate(names):
        style = layer_style(name)
        out.append(
            f'<label class="nl-toggle nl-l{i}" data-layer="{_esc(name)}"><input type="checkbox" checked data-layer-index="{i}">'
            f'<span class="nl-swatch"></span>{_esc(style.title)} <span class="nl-count">{len(doc[name])}</span></label>'
        )
    out.append("</div>")
    return "".join(out)


def render_page(doc: Document, *, title: str | None = None) -> str:
    """The whole report page for ``doc`` as one HTML string."""
    names = ordered_layers(doc)
    index = {a.id: (n, a) for n in names for a in doc[n] if a.id}
    infos: dict[str, dict[str, Any]] = {}
    for i, name in enumerate(names):
        for k, ann in enumerate(doc[name]):
            info = describe(doc, name, ann, index)
            info["index"] = i
            infos[ann.id or f"_{name}-{k + 1}"] = info
    page_title = title or doc.headline_text or "Article"
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    return "".join(
        [
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
            '<meta name="generator" content="newslens">\n',
            f"<title>{_esc(' '.join(page_title.split())[:200])} · newslens report</title>\n",
            "<style>\n", _asset("report.css"), "\n", _layer_css(names), "\n</style>\n</head>\n<body>\n",
            '<header class="nl-bar"><span class="nl-brand">newslens</span>', _toggles(doc, names), "</header>\n",
            '<main class="nl-wrap" id="nl-root">\n',
            _article(doc, _marks(doc, names, infos)),
            "\n",
            render_panel(doc, names),
            "\n</main>\n",
            '<div id="nl-details" class="nl-details" role="dialog" aria-label="Details" hidden>'
            '<button type="button" class="nl-close" aria-label="Close">×</button><div class="nl-details-body"></div></div>\n',
            '<script type="application/json" id="nl-data">', json_for_script({"ann": infos}), "</script>\n",
            "<script>", script, "</script>\n</body>\n</html>\n",
        ]
    )
