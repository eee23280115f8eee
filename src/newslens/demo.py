"""Analyse the bundled sample article and print a readable report.

    python -m newslens.demo        # or: newslens demo

The report shows the structure the parser found (headline, dateline, paragraph
count, credits), then one section per layer that the installed analysers made.
Layers the report knows (quotes, sources, entities, figures, image credits) get a
tailored rendering; any other layer, from any plugin, is shown generically, so the
report works with whatever set of analysers is installed, or none.
"""

from __future__ import annotations

import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .model import Document, Layer, Span

__all__ = ["SAMPLE", "main", "render_text", "sample_text"]

#: Path of the sample article shipped inside the package (a real news article).
SAMPLE: Path = Path(str(resources.files("newslens") / "data" / "sample_article.txt"))

_WIDTH = 88
_SNIPPET = 100  # longest quoted snippet of text before it is cut with an ellipsis
_OPENING = "“\"‘'«„"
_CLOSING = "”\"’'»“"


def sample_text() -> str:
    """The sample article's text, exactly as shipped."""
    return SAMPLE.read_text(encoding="utf-8")


def _snip(text: str | None, limit: int = _SNIPPET) -> str:
    if text is None:
        return "-"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quoted(doc: Document, span: Any, limit: int = _SNIPPET) -> str:
    if not isinstance(span, Span):
        return "-"
    text = _snip(doc.text_of(span), limit)
    # A quote's span often includes its own quotation marks: do not double them.
    if text[:1] in _OPENING and text[-1:] in _CLOSING + "…":
        return text
    return "“" + text + "”"


def _value(doc: Document, value: Any) -> str:
    """A data value as a reader wants to see it: spans as the text they cover."""
    if isinstance(value, Span):
        return _quoted(doc, value, 60)
    if isinstance(value, (list, tuple)):
        shown = [_value(doc, v) for v in value[:5]]
        more = f", … (+{len(value) - 5})" if len(value) > 5 else ""
        return "[" + ", ".join(shown) + more + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {_value(doc, v)}" for k, v in value.items()) + "}"
    if value is None:
        return "-"
    return str(value)


# --- one renderer per known layer; each returns the lines of its section ------------


def _quotes(doc: Document, layer: Layer) -> list[str]:
    sources = doc.get("sources")
    lines = []
    for q in layer:
        speaker = q.data.get("speaker")
        who = _quoted(doc, speaker, 50) if isinstance(speaker, Span) else "(no speaker)"
        source = q.data.get("source")
        if source and sources is not None and sources.by_id(source) is not None:
            s = sources.by_id(source)
            who += f" → source {s.data.get('name') or doc.text_of(s.span)!r}"
        lines.append(f"[{q.label}] {who}: {_quoted(doc, q.span)}")
    return lines


def _sources(doc: Document, layer: Layer) -> list[str]:
    lines = []
    for s in layer:
        name = s.data.get("name") or _snip(doc.text_of(s.span), 60)
        extra = []
        if s.data.get("role"):
            extra.append(f"role: {s.data['role']}")
        if s.data.get("count") is not None:
            extra.append(f"count: {s.data['count']}")
        if s.data.get("via"):
            via = layer.by_id(s.data["via"])
            extra.append(f"via: {via.data.get('name') or doc.text_of(via.span)}" if via else f"via: {s.data['via']}")
        n = len(s.data.get("quotes") or ())
        extra.append(f"{n} quote{'s' if n != 1 else ''}")
        lines.append(f"[{s.label}] {name} ({'; '.join(extra)})")
    return lines


def _entities(doc: Document, layer: Layer) -> list[str]:
    by_label: dict[str, Counter] = {}
    for e in layer:
        name = e.data.get("canonical") or doc.text_of(e.span)
        by_label.setdefault(e.label, Counter())[" ".join(str(name).split())] += 1
    lines = []
    for label in sorted(by_label):
        names = ", ".join(f"{n} ×{c}" if c > 1 else n for n, c in by_label[label].most_common())
        lines.extend(textwrap.wrap(f"{label}: {names}", _WIDTH - 4, subsequent_indent="    "))
    return lines


def _figures(doc: Document, layer: Layer) -> list[str]:
    lines = []
    for f in layer:
        detail = [f"value {f.data['value']}"] if f.data.get("value") is not None else []
        for key in ("unit", "currency"):
            if f.data.get(key):
                detail.append(f"{key} {f.data[key]}")
        lines.append(f"[{f.label}] {_quoted(doc, f.span, 60)}" + (f" ({', '.join(detail)})" if detail else ""))
    return lines


def _image_credits(doc: Document, layer: Layer) -> list[str]:
    lines = []
    for c in layer:
        parts = [f"{k}: {c.data[k]}" for k in ("photographer", "provider", "agency") if c.data.get(k)]
        lines.append(f"{_quoted(doc, c.span, 80)}" + (f" ({'; '.join(parts)})" if parts else ""))
    return lines


def _generic(doc: Document, layer: Layer) -> list[str]:
    lines = []
    for a in layer:
        data = ", ".join(f"{k}={_value(doc, v)}" for k, v in a.data.items())
        lines.append(f"[{a.label or a.id}] {_quoted(doc, a.span)}" + (f" {{{data}}}" if data else ""))
    return lines


_RENDERERS: dict[str, Callable[[Document, Layer], list[str]]] = {
    "quotes": _quotes,
    "sources": _sources,
    "entities": _entities,
    "figures": _figures,
    "image_credits": _image_credits,
}

# Known layers first, in a reading order; any other layer follows by name.
_ORDER = ("quotes", "sources", "entities", "figures", "image_credits")


def _title(name: str) -> str:
    return name.replace("_", " ").capitalize()


def render_text(doc: Document, *, limit: int | None = None) -> str:
    """A readable plain-text report of ``doc``: its structure, then each layer.

    ``limit`` caps the lines shown per layer (None shows all).
    """
    out: list[str] = []
    out.append(f"Headline: {doc.headline_text if doc.headline is not None else '(none)'}")
    if doc.meta.get("id") is not None:
        out.append(f"Id: {doc.meta['id']}")
    if doc.dateline is not None:
        agency = f" ({doc.dateline.agency})" if doc.dateline.agency else ""
        out.append(f"Dateline: {doc.dateline.place}{agency}")
    words = len(doc.text.split())
    out.append(f"Paragraphs: {len(doc.body)}  Sentences: {len(doc.sentences)}  Words: {words}")
    if doc.credits:
        out.append(f"Credits ({len(doc.credits)}):")
        out.extend(f"  - {c.kind}: {_snip(doc.text_of(c))}" for c in doc.credits)
    else:
        out.append("Credits: none")
    names = [n for n in _ORDER if n in doc.layers] + sorted(n for n in doc.layers if n not in _ORDER)
    if not names:
        out.append("")
        out.append("No analysers are installed: only the structure is shown (see `newslens plugins`).")
    for name in names:
        layer = doc.layers[name]
        prov = layer.provenance
        lines = _RENDERERS.get(name, _generic)(doc, layer)
        out.append("")
        out.append(f"{_title(name)} ({len(layer)}) — {prov.analyser} {prov.version}")
        if limit is not None and len(lines) > limit:
            lines = lines[:limit] + [f"… and {len(lines) - limit} more"]
        out.extend("  " + line for line in lines)
        if layer.summary:
            summary = "summary: " + ", ".join(f"{k}={_value(doc, v)}" for k, v in layer.summary.items())
            out.extend(textwrap.wrap(summary, _WIDTH, initial_indent="  ", subsequent_indent="    "))
    for f in doc.failures:
        out.append("")
        out.append(f"! {f.analyser} ({f.layer}) {f.kind}: {f.message}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Analyse the sample article with every installed analyser and print the report."""
    from .pipeline import default_pipeline

    doc = default_pipeline().run(sample_text())
    sys.stdout.write(f"newslens demo: {SAMPLE.name}\n\n")
    sys.stdout.write(render_text(doc) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
