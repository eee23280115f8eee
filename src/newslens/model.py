"""The document model: one immutable text and everything else as offsets into it.

Every class here is frozen. A span is a half-open pair of code-point offsets into
``Document.text``; nothing ever rewrites that text. Analysers return
:class:`Annotation` objects; the pipeline gathers them into a :class:`Layer` with its
:class:`Provenance` and attaches it with :meth:`Document.with_layer`, which returns a
new document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import chain
from operator import attrgetter
from typing import Any

import attrs

__all__ = [
    "Annotation",
    "Credit",
    "Data",
    "Dateline",
    "Document",
    "Failure",
    "Layer",
    "Provenance",
    "Span",
    "freeze",
]


_new = object.__new__
_set = object.__setattr__


class Data(dict):
    """A read-only mapping for annotation data; hashable values, picklable, JSON-shaped.

    A dict underneath, so that reading it (``data["cue"]``, ``get``, ``in``, ``items``)
    is a dict's read in C, with no Python call: analysers and the pipeline read
    annotation data in their inner loops. Every method that would change it raises
    ``TypeError``. ``types.MappingProxyType`` would be read-only too, but it cannot be
    pickled, and documents travel to worker processes.
    """

    __slots__ = ()

    def __init__(self, items: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()):
        if type(items) is not dict and type(items) is not Data:
            items = dict(items)
        # Most data holds only plain strings, numbers and spans, frozen already: one
        # look at the values' types (in C), and the dict is copied as it is.
        if not _KEPT.issuperset(map(type, items.values())):
            items = {k: v if type(v) in _KEPT else freeze(v) for k, v in items.items()}
        _fill(self, items)

    def _read_only(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("annotation data is read-only; build a new annotation instead")

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _read_only

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("annotation data is read-only; build a new annotation instead")

    def __reduce__(self):
        return (_restore_data, (dict(self),))

    def __repr__(self) -> str:
        return f"Data({dict.__repr__(self)})"

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.items(), key=lambda kv: kv[0])))


#: Fills a Data made by ``dict.__new__`` (its own update refuses).
_fill = dict.update


_ATOMS = frozenset({str, int, float, bool, type(None)})


def _restore_data(items: dict[str, Any]) -> Data:
    # The items were frozen when first stored; unpickling must not freeze them again,
    # nor must the pipeline, which wraps items it froze itself (without Data.__init__).
    d = _new_dict(Data)
    _fill(d, items)
    return d


_new_dict = dict.__new__


def _as_data(value: Any) -> Data:
    """``value`` as :class:`Data`; Data is kept as it is (the converter of every data field)."""
    return value if type(value) is Data else Data(value)


def _as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """``tuple(value)``: the converter of the tuple fields, typed, which ``tuple`` itself is not for mypy."""
    return tuple(value)


def freeze(value: Any) -> Any:
    """Return ``value`` made immutable: lists become tuples, dicts become :class:`Data`.

    A dict of exactly ``start`` and ``end`` integers becomes a :class:`Span`, so that
    spans inside annotation data survive a JSON round trip as spans.
    """
    kind = type(value)
    if kind in _ATOMS or kind is Span or kind is Data:
        return value
    if kind is tuple or kind is list:  # before the isinstance() tests below, which cost more
        return tuple([v if type(v) in _KEPT else freeze(v) for v in value])
    if isinstance(value, Span):  # a Credit or an Annotation in data is kept as its plain span
        return Span(value.start, value.end)
    if kind is dict or isinstance(value, Mapping):
        if len(value) == 2 and type(value.get("start")) is int and type(value.get("end")) is int:
            return Span(value["start"], value["end"])
        return Data(value)
    if isinstance(value, (list, tuple)):
        return tuple([v if type(v) in _KEPT else freeze(v) for v in value])
    if isinstance(value, (str, int, float)):  # subclasses (an IntEnum, a str subclass) as plain values
        return value
    raise TypeError(
        f"annotation data must be JSON-shaped (str, int, float, bool, None, list, dict, Span); "
        f"got {type(value).__name__}: {value!r:.80}"
    )


def thaw(value: Any) -> Any:
    """The JSON-ready form of a frozen value: spans become ``{"start", "end"}`` dicts."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is Span:  # the commonest value that is not plain, so before the other tests
        return {"start": value.start, "end": value.end}
    if kind is Data:
        return {k: v if type(v) in _ATOMS else thaw(v) for k, v in value.items()}
    if kind is tuple:  # of spans, often (a source's mentions, a quote's parts): those without a call
        return [v if type(v) in _ATOMS else {"start": v.start, "end": v.end} if type(v) is Span else thaw(v) for v in value]
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end}
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    return value


def _reject_offsets(span: Span) -> None:
    """Raise the error that says what is wrong with ``span``'s offsets (start first, then end)."""
    name = type(span).__name__
    for field in ("start", "end"):
        value = getattr(span, field)
        if not isinstance(value, int):
            raise TypeError(f"{name}.{field} must be an int, got {value!r}")
        if value < 0:
            raise ValueError(f"{name}.{field} must be >= 0, got {value}")
    if span.end < span.start:
        raise ValueError(f"{name} ends before it starts: {span.start}..{span.end}")


@attrs.frozen(init=False)
class Span:
    """A half-open range ``[start, end)`` of code points in the document's text.

    Spans order by ``(start, end)``, whatever their kind, so credits, paragraphs and
    annotations sort together in reading order.
    """

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out, not generated by attrs: parsing and analysing make spans by
        # the thousand, and this is half the cost of attrs' __init__ with a check.
        # One check of both offsets in plain comparisons; only a bad span pays for
        # the precise message. The slots are filled through their own descriptors:
        # what object.__setattr__ would end up calling, without finding them first.
        _set_start(self, start)
        _set_end(self, end)
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            _reject_offsets(self)

    def __attrs_post_init__(self) -> None:
        # The kinds of span below (Credit, Dateline, Annotation) get their __init__
        # from attrs, which calls this once every field is set: the same check.
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            _reject_offsets(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The characters of ``text`` that this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, int]:
        """``{"start": ..., "end": ...}``."""
        return {"start": self.start, "end": self.end}


#: The types that freeze() returns as they are: plain values, and what it made already.
_KEPT = _ATOMS | {Span, Data}

# The setters of Span's slots (frozen classes refuse plain assignment): for the
# hand-written constructors here, which make spans and annotations by the thousand.
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__

#: The data of an annotation made without any: one shared instance, since it cannot change.
_NO_DATA = Data()


@attrs.frozen
class Credit(Span):
    """A line that is neither headline nor body: an image credit, a byline, boilerplate.

    ``kind`` names which: ``image``, ``byline``, ``share``, ``more``, ``read-more``,
    ``follow``, ``editors-note``, ``contributors``, ``correction`` or ``other``.
    """

    kind: str = "other"

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "kind"}``."""
        return {"start": self.start, "end": self.end, "kind": self.kind}


@attrs.frozen
class Dateline(Span):
    """The dateline at the head of the first paragraph: ``WASHINGTON (AP) —``.

    The span covers the whole dateline including its dash; ``place`` and ``agency``
    are the words as written (``agency`` is None when none is given).
    """

    place: str = ""
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "place", "agency"}``."""
        return {"start": self.start, "end": self.end, "place": self.place, "agency": self.agency}


@attrs.frozen(init=False)
class Annotation(Span):
    """One thing an analyser found: a span, a label and read-only data.

    Leave ``id`` empty and the pipeline numbers the layer's annotations
    (``quotes-1``, ``quotes-2``...); set ids yourself when annotations of your layer
    refer to each other. Spans inside ``data`` are :class:`Span` objects.
    """

    label: str = attrs.field(default="", kw_only=True)
    data: Data = attrs.field(default=_NO_DATA, converter=_as_data, kw_only=True)
    id: str = attrs.field(default="", kw_only=True)

    def __init__(self, start: int, end: int, *, label: str = "", data: Any = _NO_DATA, id: str = "") -> None:
        # Written out for the reason Span's is (a quarter cheaper than attrs' own),
        # in attrs' order: data is frozen (or refused) before the offsets are
        # checked. A subclass made with attrs gets its __init__ from attrs again.
        _set_start(self, start)
        _set_end(self, end)
        _set_label(self, label)
        _set_data(self, data if type(data) is Data else Data(data))
        _set_id(self, id)
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            _reject_offsets(self)

    @property
    def span(self) -> Span:
        """The annotation's range as a plain :class:`Span`."""
        return Span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: ``{"id", "start", "end", "label", "data"}``."""
        return {"id": self.id, "start": self.start, "end": self.end, "label": self.label, "data": _thaw_data(self.data)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Annotation:
        """Rebuild from :meth:`to_dict` output."""
        return cls(d["start"], d["end"], label=d.get("label", ""), data=d.get("data") or {}, id=d.get("id", ""))


def _thaw_data(data: Data) -> dict[str, Any]:
    """``thaw(data)``, quicker for what annotation data mostly holds: plain values and spans."""
    if _ATOMS.issuperset(map(type, data.values())):
        return _copy(data)  # in C, with no step per value
    return {
        k: v if type(v) in _ATOMS else {"start": v.start, "end": v.end} if type(v) is Span else thaw(v)
        for k, v in data.items()
    }


def _annotation_dicts(annotations: tuple[Annotation, ...]) -> list[dict[str, Any]]:
    """``[a.to_dict() for a in annotations]``, in one step per annotation.

    When the layer's data holds only plain values (entities, figures), every data
    dict is copied in one C-level pass, with no call per annotation.
    """
    if not _EXACT_ANNOTATIONS.issuperset(map(type, annotations)):
        return [a.to_dict() for a in annotations]
    data = list(map(_DATA, annotations))
    if _ATOMS.issuperset(map(type, chain.from_iterable(map(dict.values, data)))):
        thawed = map(_copy, data)
    else:
        thawed = map(_thaw_data, data)
    return [
        {"id": a.id, "start": a.start, "end": a.end, "label": a.label, "data": d} for a, d in zip(annotations, thawed)
    ]


_copy = dict.copy
_DATA = attrgetter("data")


def _copy_annotation(ann: Annotation, id: str, data: Data) -> Annotation:
    """``ann`` with another ``id`` and ``data``, built without checking again what was checked.

    For the pipeline, which numbers annotations and fills back-references: ``ann``
    was validated when it was made and ``data`` is frozen already, so attrs.evolve
    would only validate and freeze the same values once more. A subclass of
    Annotation goes through attrs.evolve, which knows its extra fields.
    """
    if type(ann) is not Annotation:
        return attrs.evolve(ann, id=id, data=data)
    new = _new(Annotation)
    _set_start(new, ann.start)
    _set_end(new, ann.end)
    _set_label(new, ann.label)
    _set_data(new, data)
    _set_id(new, id)
    return new


_EXACT_ANNOTATIONS = frozenset({Annotation})
_set_label = Annotation.__dict__["label"].__set__
_set_data = Annotation.__dict__["data"].__set__
_set_id = Annotation.__dict__["id"].__set__


@attrs.frozen
class Provenance:
    """Who made a layer: the analyser, its version, and the plugin distribution."""

    analyser: str
    version: str
    plugin: str | None = None
    plugin_version: str | None = None


@attrs.frozen
class Layer:
    """A named, ordered tuple of annotations made by one analyser.

    ``summary`` holds per-document figures the analyser computes over its
    annotations (the sources layer's share of anonymous attributions, for one).
    """

    name: str
    annotations: tuple[Annotation, ...] = attrs.field(converter=_as_tuple)
    provenance: Provenance
    summary: Data = attrs.field(default=_NO_DATA, converter=_as_data)

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self.annotations)

    def __len__(self) -> int:
        return len(self.annotations)

    def __getitem__(self, index: int) -> Annotation:
        return self.annotations[index]

    def by_id(self, annotation_id: str) -> Annotation | None:
        """The annotation with that id, or None."""
        for a in self.annotations:
            if a.id == annotation_id:
                return a
        return None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form, provenance included."""
        p = self.provenance
        out: dict[str, Any] = {
            "analyser": p.analyser,
            "version": p.version,
            "plugin": p.plugin,
            "plugin_version": p.plugin_version,
            "annotations": _annotation_dicts(self.annotations),
        }
        if self.summary:
            out["summary"] = thaw(self.summary)
        return out

    @classmethod
    def from_dict(cls, name: str, d: Mapping[str, Any]) -> Layer:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            name,
            [Annotation.from_dict(a) for a in d.get("annotations") or []],
            Provenance(d["analyser"], d["version"], d.get("plugin"), d.get("plugin_version")),
            d.get("summary") or {},
        )


@attrs.frozen
class Failure:
    """An analyser that failed or was skipped on this document, and why.

    ``kind`` is ``error`` (it raised), ``invalid`` (it returned something the
    pipeline refused: a span outside the text, a duplicate id, non-JSON data),
    ``timeout`` (it ran past its time budget) or ``skipped`` (a layer it requires
    is missing because another analyser failed).
    """

    analyser: str
    layer: str
    kind: str
    message: str
    plugin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form."""
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Failure:
        """Rebuild from :meth:`to_dict` output."""
        return cls(d["analyser"], d["layer"], d["kind"], d["message"], d.get("plugin"))


FORMAT = "newslens/1"


def _span_dicts(spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    """``[s.to_dict() for s in spans]``, written out for plain spans: a call fewer per sentence."""
    return [{"start": s.start, "end": s.end} if type(s) is Span else s.to_dict() for s in spans]


def _span_or_none(d: Any) -> Span | None:
    return None if d is None else Span(d["start"], d["end"])


@attrs.frozen
class Document:
    """A parsed article: its text, its structure, and the layers analysers added.

    Build one with :func:`newslens.parse`; add layers with :func:`newslens.analyse`
    or a :class:`newslens.Pipeline`. ``meta`` carries what came with the text
    (a record's id, its publisher) and is passed through untouched.
    """

    text: str
    headline: Span | None = None
    body: tuple[Span, ...] = attrs.field(default=(), converter=_as_tuple)
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=_as_tuple)
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_as_tuple)
    dateline: Dateline | None = None
    layers: Data = attrs.field(factory=Data, converter=lambda v: _layer_map(v))
    failures: tuple[Failure, ...] = attrs.field(default=(), converter=_as_tuple)
    meta: Data = attrs.field(default=_NO_DATA, converter=_as_data)

    # --- reading -----------------------------------------------------------------
    def __getitem__(self, layer: str) -> Layer:
        """``doc["quotes"]``: the layer of that name (KeyError naming the known ones)."""
        try:
            return self.layers[layer]
        except KeyError:
            known = ", ".join(sorted(self.layers)) or "none"
            raise KeyError(f"no layer {layer!r} on this document (layers: {known})") from None

    def __contains__(self, layer: object) -> bool:
        return layer in self.layers

    def get(self, layer: str) -> Layer | None:
        """The layer of that name, or None."""
        return self.layers.get(layer)

    def text_of(self, span: Span | None) -> str | None:
        """The text a span covers (None for None)."""
        return None if span is None else self.text[span.start : span.end]

    @property
    def headline_text(self) -> str | None:
        """The headline as written, or None."""
        return self.text_of(self.headline)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body paragraphs' texts, in order."""
        return tuple(self.text[p.start : p.end] for p in self.body)

    def sentences_in(self, span: Span) -> tuple[Span, ...]:
        """The sentences lying inside ``span`` (a paragraph, say)."""
        return tuple(s for s in self.sentences if span.contains(s))

    # --- building ------------------------------------------------------------------
    def with_layer(self, layer: Layer) -> Document:
        """A new document with ``layer`` added (or replacing one of the same name)."""
        layers = dict(self.layers)
        layers[layer.name] = layer
        if not isinstance(layer, Layer):
            return attrs.evolve(self, layers=_layer_map(layers))  # raises, saying what is wrong
        # The other layers were checked when they were added.
        return self._replace("layers", _restore_data(layers))

    def with_failure(self, failure: Failure) -> Document:
        """A new document with ``failure`` recorded."""
        return self._replace("failures", (*self.failures, failure))

    def _replace(self, field: str, value: Any) -> Document:
        # attrs.evolve would run every converter again on fields that are frozen
        # already; the pipeline makes a new document per layer, so copy them as
        # they are. A subclass goes through attrs.evolve, which knows its fields.
        if type(self) is not Document:
            return attrs.evolve(self, **{field: value})
        new = _new(Document)
        for name in _DOCUMENT_FIELDS:
            _set(new, name, getattr(self, name))
        _set(new, field, value)
        return new

    # --- serialising ---------------------------------------------------------------
    def to_dict(self, layers: Iterable[str] | None = None) -> dict[str, Any]:
        """The JSON-ready form described in docs/output-format.md.

        ``layers`` picks which layers to include (all by default).
        """
        names = list(self.layers) if layers is None else [n for n in layers if n in self.layers]
        out: dict[str, Any] = {
            "format": FORMAT,
            "text": self.text,
            "headline": None if self.headline is None else self.headline.to_dict(),
            "body": _span_dicts(self.body),
            "credits": [c.to_dict() for c in self.credits],
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "sentences": _span_dicts(self.sentences),
            "layers": {n: self.layers[n].to_dict() for n in names},
            "failures": [f.to_dict() for f in self.failures],
        }
        if self.meta:
            out["meta"] = thaw(self.meta)
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (ValueError on another format)."""
        if d.get("format") != FORMAT:
            raise ValueError(f"not a newslens document: format is {d.get('format')!r}, expected {FORMAT!r}")
        dl = d.get("dateline")
        return cls(
            d["text"],
            headline=_span_or_none(d.get("headline")),
            body=[Span(p["start"], p["end"]) for p in d.get("body") or []],
            credits=[Credit(c["start"], c["end"], c.get("kind", "other")) for c in d.get("credits") or []],
            sentences=[Span(s["start"], s["end"]) for s in d.get("sentences") or []],
            dateline=None if dl is None else Dateline(dl["start"], dl["end"], dl.get("place", ""), dl.get("agency")),
            layers=_layer_map({n: Layer.from_dict(n, ld) for n, ld in (d.get("layers") or {}).items()}),
            failures=[Failure.from_dict(f) for f in d.get("failures") or []],
            meta=d.get("meta") or {},
        )

    def to_json(self, layers: Iterable[str] | None = None, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII kept as is)."""
        import json

        return json.dumps(self.to_dict(layers), ensure_ascii=False, indent=indent)

    def to_html(self, *, title: str | None = None) -> str:
        """The visual report: one self-contained HTML page (see :mod:`newslens.report`)."""
        from .report import render_html  # imported here: the report is not needed to analyse

        return render_html(self, title=title)

    @classmethod
    def from_json(cls, s: str) -> Document:
        """Rebuild a document from :meth:`to_json` output."""
        import json

        return cls.from_dict(json.loads(s))


_DOCUMENT_FIELDS = tuple(f.name for f in attrs.fields(Document))


def _layer_map(layers: Mapping[str, Layer]) -> Data:
    """A read-only name -> Layer mapping; each value must be a Layer filed under its name."""
    if isinstance(layers, Data):
        return layers
    items = {}
    for name, layer in layers.items():
        if not isinstance(layer, Layer) or layer.name != name:
            raise TypeError(f"layers[{name!r}] must be a Layer named {name!r}, got {layer!r:.80}")
        items[name] = layer
    # Layers are frozen already; Data() would try to freeze them as JSON shapes.
    return _restore_data(items)
