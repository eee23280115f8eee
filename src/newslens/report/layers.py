"""How each layer looks in the report and how its annotations are described.

The layers newslens knows (quotes, sources, entities, figures, image credits,
hedges) have chosen colours and a style; any other layer, from a plugin, gets a
colour of its own derived from its name, so the same layer looks the same in
every report.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

import attrs

from ..model import Annotation, Document, Span, thaw

__all__ = ["LayerStyle", "describe", "hover_text", "layer_style", "ordered_layers", "short"]


@attrs.frozen
class LayerStyle:
    """A layer's title in the legend, its colour, and how it marks text.

    ``kind`` is ``fill`` (a highlighter behind the words) or ``underline`` (a thick
    line under them, so it stays visible inside another layer's fill).
    """

    title: str
    colour: str
    kind: str = "fill"


KNOWN_STYLES: dict[str, LayerStyle] = {
    "quotes": LayerStyle("Quotes", "#f5b400", "fill"),
    "sources": LayerStyle("Sources", "#2563eb", "underline"),
    "entities": LayerStyle("Entities", "#16a34a", "underline"),
    "figures": LayerStyle("Figures", "#9333ea", "fill"),
    "image_credits": LayerStyle("Image credits", "#db2777", "fill"),
    "hedges": LayerStyle("Hedges", "#64748b", "underline"),
}

#: Where the known layers come in the legend and how deep they nest (lower is outer).
LAYER_ORDER = ("quotes", "sources", "entities", "figures", "image_credits", "hedges")


def layer_style(name: str) -> LayerStyle:
    """The style of layer ``name``: a chosen one, or one derived from the name."""
    if name in KNOWN_STYLES:
        return KNOWN_STYLES[name]
    hue = int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:4], 16) % 360
    title = name.replace("_", " ").replace("-", " ").strip().capitalize() or name
    return LayerStyle(title, f"hsl({hue} 65% 45%)", "fill")


def ordered_layers(doc: Document) -> list[str]:
    """The document's layer names: the known ones in their order, then the rest by name."""
    known = [n for n in LAYER_ORDER if n in doc.layers]
    return known + sorted(n for n in doc.layers if n not in LAYER_ORDER)


def short(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _index(doc: Document) -> dict[str, tuple[str, Annotation]]:
    return {a.id: (name, a) for name, layer in doc.layers.items() for a in layer if a.id}


def _name_of(doc: Document, ann: Annotation) -> str:
    name = ann.data.get("name") or ann.data.get("canonical")
    return name if isinstance(name, str) and name else short(doc.text[ann.start : ann.end], 80)


def _value(doc: Document, index: Mapping[str, tuple[str, Annotation]], value: Any) -> str:
    if isinstance(value, Span):
        return "“" + short(doc.text[value.start : value.end], 200) + "”"
    if isinstance(value, str):
        if value in index:
            layer, other = index[value]
            label = f" ({other.label})" if other.label else ""
            return f"{_name_of(doc, other)}{label}"
        return short(value, 200)
    if isinstance(value, tuple):
        return " · ".join(_value(doc, index, v) for v in value) if value else "—"
    if isinstance(value, Mapping):
        return short(json.dumps(thaw(value), ensure_ascii=False), 200)
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


#: Fields shown first, in this order, when an annotation has them.
FIRST_FIELDS = ("speaker", "cue", "source", "name", "role", "count", "via", "value", "unit", "currency", "counted")


def describe(doc: Document, layer: str, ann: Annotation, index: Mapping[str, tuple[str, Annotation]] | None = None) -> dict[str, Any]:
    """What the report shows about one annotation: its layer, label, text and data fields.

    Every value is plain text (spans as the words they cover, ids of other
    annotations as those annotations' names); the page escapes it.
    """
    if index is None:
        index = _index(doc)
    keys = [k for k in FIRST_FIELDS if k in ann.data] + sorted(k for k in ann.data if k not in FIRST_FIELDS)
    if layer == "quotes":
        # The three a reader asks about a quote are always shown, found or not.
        keys = ["speaker", "cue", "source"] + [k for k in keys if k not in ("speaker", "cue", "source", "parts")]
    fields = [[k, _value(doc, index, ann.data.get(k))] for k in keys]
    return {
        "layer": layer,
        "title": layer_style(layer).title,
        "label": ann.label,
        "text": short(doc.text[ann.start : ann.end], 300),
        "fields": fields,
    }


def hover_text(info: Mapping[str, Any]) -> str:
    """A one-line summary of :func:`describe` output for the ``title`` tooltip."""
    head = info["title"] + (f" ({info['label']})" if info["label"] else "")
    parts = [f"{k}: {v}" for k, v in info["fields"][:3] if v != "—"]
    return head + ("; " + "; ".join(parts) if parts else "")
