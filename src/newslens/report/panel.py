"""The report's side panel: sourcing profile, sources, quotes, figures, credits, layers."""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from ..model import Annotation, Document, Span
from .layers import layer_style, short
from .sourcing import KINDS, sourcing_profile

__all__ = ["render_panel"]

KIND_TITLES = {"named": "Named", "anonymous": "Anonymous", "outlet": "Other outlets", "unattributed": "Unattributed"}
KIND_COLOURS = {"named": "var(--named)", "anonymous": "var(--anon)", "outlet": "var(--outlet)", "unattributed": "var(--none)"}


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _text(doc: Document, span: Any, limit: int = 120) -> str:
    return short(doc.text[span.start : span.end], limit) if isinstance(span, Span) else ""


def _card(title: str, body: str, cls: str = "") -> str:
    return f'<section class="nl-card {cls}"><h2>{_esc(title)}</h2>{body}</section>'


def _profile(doc: Document) -> str:
    p = sourcing_profile(doc)
    if p["from"] == "none":
        return _card("Sourcing", '<p class="nl-empty">No quotes layer: install a quotes analyser to see who the story rests on.</p>', "nl-profile")
    total = p["attributions"]
    share = p["anonymous_share"]
    big = f'{round(share * 100)}%<small>of {total} attribution{"s" if total != 1 else ""} anonymous</small>' if share is not None else "—<small>no attributions</small>"
    rects, x = [], 0.0
    for kind in KINDS:
        if total and p[kind]:
            w = 100 * p[kind] / total
            rects.append(f'<rect x="{x:.3f}" y="0" width="{w:.3f}" height="10" fill="{KIND_COLOURS[kind]}"><title>{_esc(KIND_TITLES[kind])}: {p[kind]}</title></rect>')
            x += w
    svg = f'<svg class="nl-bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="Attributions by kind">{"".join(rects)}</svg>' if rects else ""
    items = "".join(
        f'<li><span><span class="nl-dot" style="background:{KIND_COLOURS[k]}"></span>{KIND_TITLES[k]}</span><span class="nl-num" data-kind="{k}">{p[k]}</span></li>'
        for k in KINDS
    )
    origin = "from the sources analyser's summary" if p["from"] == "sources" else "counted from the quotes"
    body = f'<div class="nl-big" data-share="{"" if share is None else f"{share:.4f}"}">{big}</div>{svg}<ul class="nl-legend">{items}</ul><p class="nl-note">Attributions {origin}.</p>'
    return _card("Sourcing", body, "nl-profile")


def _sources(doc: Document) -> str:
    layer = doc.get("sources")
    if layer is None:
        return ""
    quotes_by_source = Counter()
    if doc.get("quotes") is not None:
        quotes_by_source.update(q.data.get("source") for q in doc["quotes"] if isinstance(q.data.get("source"), str))
    items = []
    for s in layer:
        name = s.data.get("name") if isinstance(s.data.get("name"), str) and s.data.get("name") else _text(doc, s, 80)
        role = s.data.get("role")
        sub = []
        if isinstance(role, str) and role:
            sub.append(_esc(role))
        count = s.data.get("count")
        if isinstance(count, int) and not isinstance(count, bool):
            sub.append(f"{count} {'person' if count == 1 else 'people'}")
        via = s.data.get("via")
        if isinstance(via, str) and layer.by_id(via) is not None:
            v = layer.by_id(via)
            sub.append("via " + _esc(v.data.get("name") or _text(doc, v, 60)))
        n = s.data.get("attributions")
        if not isinstance(n, int) or isinstance(n, bool):
            n = len(s.data.get("quotes") or ()) or quotes_by_source.get(s.id, 0)
        if n:
            sub.append(f"{n} attribution{'s' if n != 1 else ''}")
        label = f'<span class="nl-chip nl-chip-{_esc(s.label)}">{_esc(s.label)}</span>' if s.label else ""
        subline = f'<span class="nl-sub">{" · ".join(sub)}</span>' if sub else ""
        items.append(f'<li data-goto="{_esc(s.id)}"><strong>{_esc(name)}</strong>{label}{subline}</li>')
    body = f'<ul class="nl-list">{"".join(items)}</ul>' if items else '<p class="nl-empty">No sources found.</p>'
    return _card(f"Sources ({len(layer)})", body, "nl-sources")


def _quotes(doc: Document) -> str:
    layer = doc.get("quotes")
    if layer is None or not len(layer):
        return ""
    items = []
    for q in layer:
        who = _text(doc, q.data.get("speaker"), 60) or "unattributed"
        items.append(
            f'<li data-goto="{_esc(q.id)}"><strong>{_esc(who)}</strong><span class="nl-chip">{_esc(q.label)}</span>'
            f'<span class="nl-sub">{_esc(_text(doc, q, 110))}</span></li>'
        )
    return _card(f"Quotes ({len(layer)})", f'<ul class="nl-list">{"".join(items)}</ul>', "nl-quotes")


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def _figures(doc: Document) -> str:
    layer = doc.get("figures")
    if layer is None:
        return ""
    rows = []
    for f in layer:
        unit = f.data.get("unit") or f.data.get("currency")
        counted = f.data.get("counted")
        counted = _text(doc, counted, 40) if isinstance(counted, Span) else _plain(counted)
        rows.append(
            f'<tr data-goto="{_esc(f.id)}"><td>{_esc(_text(doc, f, 40))}</td><td>{_esc(f.label)}</td>'
            f'<td class="nl-num">{_esc(_plain(f.data.get("value")))}</td><td>{_esc(_plain(unit))}</td><td>{_esc(counted)}</td></tr>'
        )
    if not rows:
        return _card("Figures (0)", '<p class="nl-empty">No figures found.</p>', "nl-figures")
    head = "<tr><th>Figure</th><th>Kind</th><th>Value</th><th>Unit</th><th>Counting</th></tr>"
    return _card(f"Figures ({len(layer)})", f'<table class="nl-table"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>', "nl-figures")


def _credits(doc: Document) -> str:
    items = []
    layer = doc.get("image_credits")
    if layer is not None:
        for c in layer:
            sub = [
                f"{k}: {_esc(v if isinstance(v, str) else _text(doc, v, 60))}"
                for k in ("photographer", "provider", "agency")
                if (v := c.data.get(k))
            ]
            subline = f'<span class="nl-sub">{" · ".join(sub)}</span>' if sub else ""
            items.append(f'<li data-goto="{_esc(c.id)}"><strong>{_esc(_text(doc, c, 100))}</strong><span class="nl-chip">image</span>{subline}</li>')
    for c in doc.credits:
        if layer is not None and c.kind == "image" and any(a.start >= c.start and a.end <= c.end for a in layer):
            continue  # already listed with its photographer and agency
        items.append(f'<li>{_esc(_text(doc, c, 140))}<span class="nl-chip">{_esc(c.kind)}</span></li>')
    if not items:
        return ""
    return _card("Credits", f'<ul class="nl-list">{"".join(items)}</ul>', "nl-credit-list")


def _other_layers(doc: Document, names: list[str]) -> str:
    rows = []
    for i, name in enumerate(names):
        layer = doc[name]
        labels = Counter(a.label for a in layer if a.label)
        top = ", ".join(f"{_esc(label)} {n}" for label, n in labels.most_common(4))
        p = layer.provenance
        made = _esc(f"{p.analyser} {p.version}" + (f" ({p.plugin})" if p.plugin else ""))
        rows.append(
            f'<tr class="nl-l{i}"><td><span class="nl-swatch"></span> {_esc(layer_style(name).title)}</td>'
            f'<td class="nl-num">{len(layer)}</td><td>{top}<span class="nl-sub">{made}</span></td></tr>'
        )
    failures = "".join(
        f"<li><strong>{_esc(f.analyser)}</strong><span class=\"nl-chip\">{_esc(f.kind)}</span><span class=\"nl-sub\">{_esc(short(f.message, 200))}</span></li>"
        for f in doc.failures
    )
    body = ""
    if rows:
        body += f'<table class="nl-table"><thead><tr><th>Layer</th><th>Count</th><th>Labels · made by</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    else:
        body += '<p class="nl-empty">No layers: the article was parsed but not analysed.</p>'
    if failures:
        body += f'<h2 style="margin-top:.8rem">Failures</h2><ul class="nl-list">{failures}</ul>'
    return _card("Layers", body, "nl-layers")


def render_panel(doc: Document, names: list[str]) -> str:
    """The ``<aside>`` beside the article."""
    parts = [_profile(doc), _sources(doc), _quotes(doc), _figures(doc), _credits(doc), _other_layers(doc, names)]
    return '<aside class="nl-panel" aria-label="Summary">' + "".join(p for p in parts if p) + "</aside>"
