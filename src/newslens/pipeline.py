"""Plan the analysers' order from their declarations, run them, isolate their failures.

Planning happens once, before any text is read: a cycle, a missing requirement or
two analysers producing one layer is a :class:`PlanError`. Running then calls each
analyser in order on the document so far, checks what it returned, and attaches the
layer. An analyser that raises, or returns something invalid, becomes a
:class:`~newslens.model.Failure` on the document; those that need its layer are
skipped with the reason; the others run. ``strict=True`` raises instead.
"""

from __future__ import annotations

import gc
import graphlib
import json
import math
import signal
import threading
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from operator import attrgetter
from typing import Any

import attrs

from .analyser import Findings, check_declaration
from .model import (
    Annotation,
    Data,
    Document,
    Failure,
    Layer,
    Provenance,
    Span,
    _copy_annotation,
    _restore_data,
    freeze,
    thaw,
)
from .parse import parse
from .plugins import Registered, registered_analysers

__all__ = ["AnalyserError", "Pipeline", "PlanError", "default_pipeline", "narrowed_pipeline"]


class PlanError(ValueError):
    """The analysers cannot be put in an order: a cycle, a missing layer, a clash."""


class AnalyserError(RuntimeError):
    """An analyser failed in strict mode; the message names it and its plugin."""


class _Budget(BaseException):
    """Raised inside an analyser that ran past its time budget.

    A BaseException, so that an analyser's own ``except Exception`` cannot swallow it.
    """


@attrs.frozen
class Step:
    """One planned analyser with the plugin that registered it."""

    analyser: Any
    plugin: str
    distribution: str
    distribution_version: str | None

    @property
    def name(self) -> str:
        """The analyser's name."""
        return self.analyser.name

    def describe(self) -> str:
        """``analyser 'x' (plugin p, distribution d)``: how errors name this step."""
        return f"analyser {self.name!r} (plugin {self.plugin}, distribution {self.distribution})"


def _as_step(item: Any) -> Step:
    if isinstance(item, Step):
        return item
    if isinstance(item, Registered):
        return Step(item.obj, item.plugin, item.distribution, item.distribution_version)
    check_declaration(item)
    module = type(item).__module__.split(".")[0]
    return Step(item, type(item).__module__, module, None)


def _plan(steps: Sequence[Step]) -> tuple[Step, ...]:
    by_layer: dict[str, Step] = {}
    by_name: dict[str, Step] = {}
    for step in steps:
        a = step.analyser
        if a.name in by_name:
            raise PlanError(f"two analysers are named {a.name!r}: {by_name[a.name].describe()} and {step.describe()}")
        by_name[a.name] = step
        if a.produces in by_layer:
            raise PlanError(
                f"layer {a.produces!r} is produced twice: by {by_layer[a.produces].describe()} and by {step.describe()}; "
                f"disable one of them"
            )
        by_layer[a.produces] = step
    graph: dict[str, set[str]] = {}
    for step in steps:
        needs = set()
        for layer in step.analyser.requires:
            if layer not in by_layer:
                raise PlanError(f"{step.describe()} requires layer {layer!r}, which no enabled analyser produces")
            needs.add(by_layer[layer].name)
        graph[step.name] = needs
    sorter = graphlib.TopologicalSorter(graph)
    try:
        sorter.prepare()
    except graphlib.CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        raise PlanError(f"analysers require each other in a cycle: {cycle}") from None
    order: list[Step] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())  # ties broken by name: the same order every run
        for name in ready:
            order.append(by_name[name])
            sorter.done(name)
    return tuple(order)


class Pipeline:
    """An ordered set of analysers, planned from their declarations.

    >>> pipeline = Pipeline.default(disable=["entities"])
    >>> doc = pipeline("Headline\\n\\nBody text.")

    ``strict`` re-raises an analyser's failure as :class:`AnalyserError` instead of
    recording it. ``budget`` gives each analyser that many seconds per document
    (enforced with a timer signal, so only in the main thread of the process).
    """

    def __init__(self, analysers: Iterable[Any], *, strict: bool = False, budget: float | None = None):
        self.steps: tuple[Step, ...] = _plan([_as_step(a) for a in analysers])
        self.strict = strict
        self.budget = budget

    @classmethod
    def default(
        cls,
        *,
        enable: Iterable[str] | None = None,
        disable: Iterable[str] = (),
        layers: Iterable[str] | None = None,
        strict: bool = False,
        budget: float | None = None,
    ) -> Pipeline:
        """The pipeline of every registered analyser, optionally narrowed.

        ``enable`` keeps only the named analysers; ``disable`` drops those;
        ``layers`` keeps what is needed to produce those layers (their
        requirements included). Unknown names raise :class:`PlanError`.
        """
        registered = registered_analysers()
        known = {r.obj.name for r in registered}
        producers = {r.obj.produces: r for r in registered}
        disable = set(disable)
        for name in list(enable or []) + list(disable):
            if name not in known:
                raise PlanError(f"no analyser named {name!r} is installed (installed: {', '.join(sorted(known)) or 'none'})")
        chosen = [r for r in registered if (enable is None or r.obj.name in set(enable)) and r.obj.name not in disable]
        if layers is not None:
            wanted: set[str] = set()
            todo = list(layers)
            while todo:
                layer = todo.pop()
                if layer in wanted:
                    continue
                if layer not in producers:
                    raise PlanError(f"no installed analyser produces layer {layer!r}")
                wanted.add(layer)
                todo.extend(producers[layer].obj.requires)
            chosen = [r for r in chosen if r.obj.produces in wanted]
        return cls(chosen, strict=strict, budget=budget)

    @property
    def analysers(self) -> tuple[Any, ...]:
        """The analysers in the order they run."""
        return tuple(s.analyser for s in self.steps)

    def __repr__(self) -> str:
        return f"Pipeline({[s.name for s in self.steps]})"

    def __call__(self, text: str | Document) -> Document:
        return self.run(text)

    def run(self, doc: str | Document) -> Document:
        """Parse (if given text) and run every analyser on the document."""
        with _collector_paused():
            if isinstance(doc, str):
                doc = parse(doc)
            for step in self.steps:
                doc = self._run_step(step, doc)
        return doc

    def _run_step(self, step: Step, doc: Document) -> Document:
        a = step.analyser
        layers = doc.layers
        missing = [layer for layer in a.requires if layer not in layers]
        if missing:
            why = []
            for layer in missing:
                failed = next((f for f in doc.failures if f.layer == layer), None)
                why.append(f"layer {layer!r} is missing" + (f" ({failed.analyser} {failed.kind})" if failed else ""))
            return doc.with_failure(Failure(a.name, a.produces, "skipped", "; ".join(why), step.distribution))
        try:
            with _time_budget(self.budget, step):
                result = a.analyse(doc)
                layer, updated = _build_layer(step, doc, result)
        except _Budget:
            return self._fail(step, doc, "timeout", f"ran past its time budget of {self.budget} s", None)
        except _Invalid as exc:
            return self._fail(step, doc, "invalid", str(exc), exc)
        except Exception as exc:
            kind = "timeout" if isinstance(exc, TimeoutError) else "error"
            return self._fail(step, doc, kind, f"{type(exc).__name__}: {exc}", exc)
        doc = doc.with_layer(layer)
        for other in updated:
            doc = doc.with_layer(other)
        return doc

    def _fail(self, step: Step, doc: Document, kind: str, message: str, exc: BaseException | None) -> Document:
        if self.strict:
            raise AnalyserError(f"{step.describe()} failed ({kind}): {message}") from exc
        return doc.with_failure(Failure(step.name, step.analyser.produces, kind, message, step.distribution))


@contextmanager
def _collector_paused() -> Iterable[None]:
    """Python's cycle collector held off while one document is read (if it was on), then let be.

    Parsing and analysing make many small objects and no reference cycles the count of
    references does not free; on an article of many quotation marks or figures the
    collector's passes over them cost as much as the analysis itself (measured on
    benchmarks/hostile.py: 100,000 quotation marks, quotes 0.27 s with it, 0.13 s without).
    A collection is only put off, to the end of the document: whatever cycles it made
    (a failure's traceback) are collected as usual afterwards.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Invalid(Exception):
    """What an analyser returned breaks the rules (outside the text, wrong layer...)."""


def _build_layer(step: Step, doc: Document, result: Any) -> tuple[Layer, list[Layer]]:
    a = step.analyser
    summary: Any = {}
    if type(result) is list:  # what most analysers return: no need to ask the ABCs below
        annotations = tuple(result)
    elif isinstance(result, Layer):
        if result.name != a.produces:
            raise _Invalid(f"returned layer {result.name!r} but declares it produces {a.produces!r}")
        annotations, summary = result.annotations, result.summary
    elif isinstance(result, Findings):
        annotations, summary = result.annotations, result.summary
    elif isinstance(result, (str, bytes, Mapping)) or result is None:
        raise _Invalid(f"returned {type(result).__name__}; analyse() must return annotations or Findings")
    else:
        annotations = tuple(result)
    # One pass over the annotations in plain comparisons: an Annotation checked its
    # own offsets (ints, 0 <= start <= end) and froze its data when it was made, so
    # what is left to check here is what depends on this document.
    n = len(doc.text)
    taken = {x.id for layer in doc.layers.values() for x in layer.annotations}
    prefix = f"{a.produces}-"
    out: list[Annotation] = []
    for i, ann in enumerate(annotations):
        if not isinstance(ann, Annotation):
            raise _Invalid(f"item {i} is a {type(ann).__name__}, not an Annotation")
        if ann.end > n:
            raise _Invalid(f"annotation {i} spans {ann.start}..{ann.end}, outside the text (length {n})")
        data = ann.data
        # Most annotations hold only strings, numbers, flags and None: one look at
        # the values' types (in C) lets them pass without walking the data.
        if not _CANNOT_BE_WRONG.issuperset(map(type, data.values())) and not _data_is_clean(data, n):
            _check_data_spans(ann, i, n)
        ann_id = ann.id
        if not ann_id:
            ann_id = prefix + str(i + 1)
            ann = _copy_annotation(ann, ann_id, data)
        if ann_id in taken:
            raise _Invalid(f"annotation {i} has id {ann_id!r}, already used in this document")
        taken.add(ann_id)
        out.append(ann)
    # An empty summary (most layers, and every bare list of annotations) is JSON as
    # it stands; a Data one holds only JSON shapes, but NaN and Infinity still need
    # to be refused: by the encoder, which says why, when a walk cannot vouch for it.
    if summary and not _surely_json(summary):
        try:
            json.dumps(thaw(summary), allow_nan=False)  # NaN and Infinity are not JSON
        except (TypeError, ValueError) as exc:
            raise _Invalid(f"summary is not JSON data: {exc}") from None
    layer = Layer(a.produces, out, Provenance(a.name, a.version, step.distribution, step.distribution_version), summary)
    return layer, _apply_links(step, doc, layer)


#: Types of frozen data values that cannot lie outside the text or break JSON.
_CANNOT_BE_WRONG = frozenset({str, int, bool, type(None)})


def _surely_json(summary: Mapping[str, Any]) -> bool:
    """Whether ``summary`` (frozen data) is surely JSON: string keys, plain values, finite floats, nested data.

    A walk of the few values a summary holds, instead of encoding it (tens of
    thousands of instructions, most of them making the encoder). False when
    unsure; the encoder then decides, and its message names what is wrong.
    """
    for key, value in summary.items():
        kind = type(value)
        if type(key) is not str:
            return False
        if kind in _CANNOT_BE_WRONG:
            continue
        if kind is float:
            if not math.isfinite(value):
                return False
        elif kind is not Data or not _surely_json(value):
            return False
    return True


_END = attrgetter("end")
_SPANS_ONLY = frozenset({Span})


def _data_is_clean(items: dict[str, Any], n: int) -> bool:
    """Whether frozen data ``items`` surely holds no span past ``n`` and no NaN; False when unsure.

    The shapes the built-in analysers use (spans and tuples of spans or of ids) are
    settled here with C-level passes over each tuple; anything else, or any problem,
    answers False, and :func:`_check_data_spans` walks the data and names what is wrong.
    """
    for value in items.values():
        kind = type(value)
        if kind in _CANNOT_BE_WRONG:
            continue
        if kind is Span:
            if value.end > n:
                return False
        elif kind is tuple:
            kinds = set(map(type, value))
            if kinds == _SPANS_ONLY:
                if max(map(_END, value)) > n:
                    return False
            elif not _CANNOT_BE_WRONG.issuperset(kinds):
                return False
        else:
            return False
    return True


def _check_data_spans(ann: Annotation, i: int, n: int) -> None:
    """Raise :class:`_Invalid` for a span in ``ann``'s data past the text's ``n`` code points, or NaN.

    The data is frozen, so only these shapes can hold a problem: a Span, a nested
    Data or tuple, a float.
    """
    stack = list(ann.data.values())
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is Span:
            if value.end > n:
                raise _Invalid(f"annotation {i} ({ann.id or 'no id'}) has a span {value.start}..{value.end} in its data outside the text")
        elif kind is Data:
            stack.extend(value.values())
        elif kind is tuple:
            stack.extend(value)
        elif kind is float and not math.isfinite(value):
            raise _Invalid(f"annotation {i} ({ann.id or 'no id'}) has {value} in its data, which JSON cannot hold")


def _apply_links(step: Step, doc: Document, layer: Layer) -> list[Layer]:
    """Fill back-references declared in ``links`` on the layers they point into."""
    links = getattr(step.analyser, "links", {}) or {}
    updated = []
    for field, (target_name, back_field) in links.items():
        target = doc.layers[target_name]
        # A set, not Layer.by_id: that scans the layer, and a long article links
        # tens of thousands of quotes.
        ids = {t.id for t in target}
        back: dict[str, str] = {}
        for ann in layer.annotations:
            for ref in ann.data.get(field) or ():
                if ref not in ids:
                    raise _Invalid(f"annotation {ann.id} links to {ref!r}, which is not in layer {target_name!r}")
                back.setdefault(ref, ann.id)
        # The target's data is frozen already: add the one field, freeze only that
        # (an id is a string, frozen as it is).
        annotations = []
        for t in target.annotations:
            ref = back.get(t.id)
            if ref is not None:
                value = ref if type(ref) is str else freeze(ref)
                t = _copy_annotation(t, t.id, _restore_data({**t.data, back_field: value}))
            annotations.append(t)
        if type(target) is Layer:  # its fields are checked and frozen: no converters again
            updated.append(Layer(target.name, tuple(annotations), target.provenance, target.summary))
        else:
            updated.append(attrs.evolve(target, annotations=annotations))
    return updated


#: The budget of a pipeline without one: a context that does nothing, made once.
_NO_BUDGET = nullcontext()


def _time_budget(seconds: float | None, step: Step) -> AbstractContextManager:
    """Raise :class:`_Budget` in the analyser if it runs past ``seconds`` (main thread only)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return _NO_BUDGET  # no generator to start and finish per analyser and article
    return _timer(seconds)


@contextmanager
def _timer(seconds: float):
    """Arm the interval timer for ``seconds``; disarm it and restore the old handler after."""

    def on_alarm(signum, frame):
        raise _Budget()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_default: tuple[Any, Pipeline, Any] | None = None


def _loaded_plugins() -> tuple[tuple[tuple[str, int], ...], tuple[Any, ...]]:
    """What a pipeline built here depends on (registering or reloading a plugin changes it), and the plugins.

    The key holds the plugins' ids; whoever keeps the key keeps the plugins too, so
    that no plugin registered later can reuse the id of one unregistered since.
    """
    from .plugins import plugin_manager

    loaded = plugin_manager().list_name_plugin()
    return tuple((name, id(p)) for name, p in loaded), tuple(p for _, p in loaded)


def default_pipeline() -> Pipeline:
    """The pipeline of every registered analyser, built once per set of loaded plugins."""
    global _default
    key, plugins = _loaded_plugins()
    if _default is None or _default[0] != key:
        _default = (key, Pipeline.default(), plugins)
    return _default[1]


_narrowed: dict[Any, tuple[Pipeline, Any]] = {}


def narrowed_pipeline(*, strict: bool = False, **narrow: Any) -> Pipeline:
    """``Pipeline.default(strict=strict, **narrow)``, built once per set of loaded plugins and arguments.

    For ``newslens.analyse(text, strict=True)`` and the like, which would otherwise
    ask every plugin for its analysers and plan them again for each article. Lists
    of names are read once, as tuples; an error (an unknown name) is raised again
    on every call, as nothing is kept.
    """
    given = {k: v if v is None or isinstance(v, (str, int, float)) else tuple(v) for k, v in narrow.items()}
    loaded, plugins = _loaded_plugins()
    key = (loaded, strict, tuple(sorted(given.items())))
    found = _narrowed.get(key)
    if found is None:
        if len(_narrowed) >= 16:  # a program that narrows every call differently keeps only the latest
            _narrowed.clear()
        found = _narrowed[key] = (Pipeline.default(strict=strict, **given), plugins)
    return found[0]
