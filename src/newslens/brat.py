"""brat standoff export and import: an article as ``.txt`` and its layers as ``.ann``.

brat (and INCEpTION, which reads the same files) lets people correct annotations
by hand; reading the corrected ``.ann`` back gives a document to score against.

How layers map to brat:

- each annotation is a text-bound annotation ``T1`` whose type is
  ``LAYER.LABEL`` (``quotes.direct``; characters other than letters, digits,
  ``_`` and ``-`` in the label are %-escaped, so the last ``.`` splits the two);
  a span that crosses a line break is written as fragments (brat's discontinuous
  spans), and read back as one span from the first fragment to the last;
- each span in the annotation's data (a quote's ``cue`` and ``speaker``, a
  source's ``mentions``) is a text-bound annotation of type ``LAYER:FIELD``
  linked to its annotation by a relation of type ``FIELD``, so it can be moved or
  deleted in brat like any other;
- the rest (the annotation's id and its other data, the layer's provenance and
  summary) is kept as JSON in the annotation's ``AnnotatorNotes``.

Offsets are code points, as in brat. A ``T`` line typed without a ``.`` (made in
brat by hand) goes to a layer named ``brat`` with the type as its label.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import regex

from .model import Annotation, Document, Layer, Provenance, Span, thaw
from .parse import parse

__all__ = ["from_brat", "read_brat", "to_brat", "write_brat"]

_LINE_BREAKS = regex.compile(r"[\r\n]+")
_T_LINE = regex.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$")
_R_LINE = regex.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")
_NOTE_LINE = regex.compile(r"^(#\d+)\tAnnotatorNotes (T\d+)\t(.*)$")
_LABEL_SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"

#: The layer for text-bound annotations whose type names no layer.
DEFAULT_LAYER = "brat"


def _type(layer: str, label: str) -> str:
    return f"{layer}.{quote(label, safe='-_').replace('.', '%2E')}"


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if start == end:
        return [(start, end)]
    frags = []
    pos = start
    for m in _LINE_BREAKS.finditer(text, start, end):
        if m.start() > pos:
            frags.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        frags.append((pos, end))
    return frags or [(start, end)]


def _span_fields(data: Mapping[str, Any]) -> dict[str, str]:
    """Data fields holding a span (``one``) or a non-empty list of spans (``many``)."""
    out = {}
    for key, value in data.items():
        if isinstance(value, Span):
            out[key] = "one"
        elif isinstance(value, tuple) and value and all(isinstance(v, Span) for v in value):
            out[key] = "many"
    return out


class _Writer:
    def __init__(self, text: str):
        self.text = text
        self.lines: list[str] = []
        self.t = self.r = self.n = 0

    def textbound(self, type_: str, start: int, end: int) -> str:
        self.t += 1
        frags = _fragments(self.text, start, end)
        where = ";".join(f"{s} {e}" for s, e in frags)
        covered = " ".join(self.text[s:e] for s, e in frags)
        self.lines.append(f"T{self.t}\t{type_} {where}\t{covered}")
        return f"T{self.t}"

    def relation(self, type_: str, arg1: str, arg2: str) -> None:
        self.r += 1
        self.lines.append(f"R{self.r}\t{type_} Arg1:{arg1} Arg2:{arg2}")

    def note(self, target: str, value: Mapping[str, Any]) -> None:
        self.n += 1
        # json.dumps escapes \n and \r, so a note stays on its line.
        self.lines.append(f"#{self.n}\tAnnotatorNotes {target}\t{json.dumps(value, ensure_ascii=False, sort_keys=True)}")


def to_brat(doc: Document, layers: Iterable[str] | None = None) -> tuple[str, str]:
    """``(txt, ann)``: the article's text and its layers (all, or those named) in brat standoff."""
    names = list(doc.layers) if layers is None else list(layers)
    w = _Writer(doc.text)
    for name in names:
        layer = doc[name]
        for k, ann in enumerate(layer):
            tid = w.textbound(_type(name, ann.label), ann.start, ann.end)
            spans = _span_fields(ann.data)
            for field, how in spans.items():
                value = ann.data[field]
                for span in (value,) if how == "one" else value:
                    w.relation(field, tid, w.textbound(f"{name}:{field}", span.start, span.end))
            note: dict[str, Any] = {"id": ann.id, "data": {k2: thaw(v) for k2, v in ann.data.items() if k2 not in spans}}
            if spans:
                note["spans"] = spans
            if k == 0:
                p = layer.provenance
                note["layer"] = {"analyser": p.analyser, "version": p.version, "plugin": p.plugin,
                                 "plugin_version": p.plugin_version, "summary": thaw(layer.summary)}
            w.note(tid, note)
    return doc.text, "\n".join(w.lines) + ("\n" if w.lines else "")


def _split_type(type_: str) -> tuple[str, str]:
    if "." not in type_:
        return DEFAULT_LAYER, type_
    layer, label = type_.rsplit(".", 1)
    return layer, unquote(label)


def from_brat(text: str, ann: str, *, structure: bool = True) -> Document:
    """The document that brat standoff ``ann`` describes over ``text``.

    ``structure`` parses the text for its headline, body and credits, as
    :func:`newslens.parse` does; without it the document has its layers only.
    Lines brat writes for things newslens has no place for (events, attributes,
    normalisations) are ignored.
    """
    bound: dict[str, tuple[str, int, int]] = {}
    order: list[str] = []
    notes: dict[str, Any] = {}
    relations: list[tuple[str, str, str]] = []
    for line in ann.split("\n"):
        line = line.rstrip("\r")
        if m := _T_LINE.match(line):
            tid, type_, frags = m.group(1), m.group(2), m.group(3)
            offsets = [int(x) for part in frags.split(";") for x in part.split()]
            bound[tid] = (type_, min(offsets), max(offsets))
            order.append(tid)
        elif m := _R_LINE.match(line):
            relations.append((m.group(2), m.group(3), m.group(4)))
        elif m := _NOTE_LINE.match(line):
            try:
                notes[m.group(2)] = json.loads(m.group(3))
            except ValueError:
                notes[m.group(2)] = {"data": {"note": m.group(3)}}
    parts: dict[str, dict[str, list[Span]]] = {}
    for type_, arg1, arg2 in relations:
        if arg2 in bound and ":" in bound[arg2][0]:
            _, s, e = bound[arg2]
            parts.setdefault(arg1, {}).setdefault(type_, []).append(Span(s, e))
    by_layer: dict[str, list[Annotation]] = {}
    provenance: dict[str, dict[str, Any]] = {}
    used_ids: set[str] = set()
    for tid in order:
        type_, start, end = bound[tid]
        if ":" in type_:
            continue  # a span of another annotation's data
        layer, label = _split_type(type_)
        note = notes.get(tid) if isinstance(notes.get(tid), dict) else {}
        data = dict(note.get("data") or {})
        found = parts.get(tid, {})
        kinds = dict(note.get("spans") or {})
        for field, spans in found.items():
            kinds.setdefault(field, "one" if len(spans) == 1 else "many")
        for field, how in kinds.items():
            spans = sorted(found.get(field, []))
            data[field] = (spans[0] if spans else None) if how == "one" else spans
        if isinstance(note.get("layer"), dict):
            provenance[layer] = note["layer"]
        anns = by_layer.setdefault(layer, [])
        aid = note.get("id") if isinstance(note.get("id"), str) and note.get("id") else f"{layer}-{len(anns) + 1}"
        while aid in used_ids:
            aid += "-b"
        used_ids.add(aid)
        anns.append(Annotation(start, end, label=label, data=data, id=aid))
    doc = parse(text) if structure else Document(text)
    for layer, anns in by_layer.items():
        p = provenance.get(layer, {})
        doc = doc.with_layer(
            Layer(
                layer,
                anns,
                Provenance(p.get("analyser") or "brat", p.get("version") or "import", p.get("plugin"), p.get("plugin_version")),
                p.get("summary") or {},
            )
        )
    return doc


def _paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    p = Path(path)
    stem = p.with_suffix("") if p.suffix in (".txt", ".ann") else p
    return stem.with_name(stem.name + ".txt"), stem.with_name(stem.name + ".ann")


def write_brat(doc: Document, path: str | os.PathLike[str], layers: Iterable[str] | None = None) -> tuple[Path, Path]:
    """Write ``PATH.txt`` and ``PATH.ann`` (``path`` may name either, or neither suffix); return both paths."""
    txt_path, ann_path = _paths(path)
    txt, ann = to_brat(doc, layers)
    # newline="" keeps the text's own line breaks: brat offsets count them as written.
    txt_path.write_text(txt, encoding="utf-8", newline="")
    ann_path.write_text(ann, encoding="utf-8", newline="")
    return txt_path, ann_path


def read_brat(path: str | os.PathLike[str], *, structure: bool = True) -> Document:
    """Read ``PATH.txt`` and ``PATH.ann`` back into a document (see :func:`from_brat`)."""
    txt_path, ann_path = _paths(path)
    with open(txt_path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    ann = ann_path.read_text(encoding="utf-8") if ann_path.exists() else ""
    return from_brat(text, ann, structure=structure)
