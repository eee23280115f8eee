"""Fixtures shared by the whole test suite: the seed article, structure checks, plugins.

Plugin state is global (one plugin manager per process), so every test that loads
plugins afresh or registers a throwaway plugin goes through a fixture here that
puts the state back in a ``finally``, whatever the test did.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import newslens
from newslens import plugins

SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "000_db576dbba5892b68.txt"
PACKAGED_SAMPLE = Path(newslens.__file__).parent / "data" / "sample_article.txt"


def _seed_text() -> str:
    # The package ships a copy of the seed article; the shared one is the fallback
    # while that copy has not landed (both are the same bytes).
    for path in (PACKAGED_SAMPLE, SEED):
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("the seed article is not available")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The text of the seed article (the package's sample article)."""
    return _seed_text()


def structure_problems(doc: newslens.Document) -> list[str]:
    """What is wrong with ``doc``'s structure: dropped characters, overlaps, bad spans.

    Every character that is not white space must lie in exactly one of the headline,
    a body paragraph or a credit; every span and every annotation (and spans in its
    data) must lie inside the text. An empty list means the document is sound.
    """
    text = doc.text
    n = len(text)
    problems: list[str] = []
    parts: list[tuple[int, int, str]] = []
    if doc.headline is not None:
        parts.append((doc.headline.start, doc.headline.end, "headline"))
    parts += [(p.start, p.end, f"body[{i}]") for i, p in enumerate(doc.body)]
    parts += [(c.start, c.end, f"credit[{i}]") for i, c in enumerate(doc.credits)]
    for start, end, what in parts:
        if not 0 <= start < end <= n:
            problems.append(f"{what} {start}..{end} is empty or outside the text (length {n})")
    parts.sort()
    pos = 0
    for start, end, what in parts:
        if start < pos:
            problems.append(f"{what} {start}..{end} overlaps the part before it (which ends at {pos})")
        else:
            problems.extend(_dropped(text, pos, start))
        pos = max(pos, end)
    problems.extend(_dropped(text, pos, n))
    for s in doc.sentences:
        if not 0 <= s.start <= s.end <= n:
            problems.append(f"sentence {s.start}..{s.end} outside the text")
    if doc.dateline is not None and not doc.dateline.end <= n:
        problems.append(f"dateline {doc.dateline} outside the text")
    for name, layer in doc.layers.items():
        for a in layer:
            if not 0 <= a.start <= a.end <= n:
                problems.append(f"{name} annotation {a.id} {a.start}..{a.end} outside the text")
            for sp in _spans_in(a.data):
                if not 0 <= sp.start <= sp.end <= n:
                    problems.append(f"{name} annotation {a.id} has a span {sp} in its data outside the text")
    return problems


def _dropped(text: str, start: int, end: int) -> list[str]:
    """A problem for the first character in ``text[start:end]`` that is not blank."""
    gap = text[start:end]
    if start == 0 and gap.startswith("\ufeff"):
        gap, start = gap[1:], 1  # a BOM opening the text is an encoding's mark
    if not gap or gap.isspace():
        return []
    i = next(i for i, ch in enumerate(gap) if not ch.isspace())
    return [f"character {gap[i]!r} at offset {start + i} is in no part"]


def _spans_in(value: Any) -> Iterator[newslens.Span]:
    if isinstance(value, newslens.Span):
        yield value
    elif isinstance(value, dict) or hasattr(value, "items"):
        for v in value.values():
            yield from _spans_in(v)
    elif isinstance(value, tuple | list):
        for v in value:
            yield from _spans_in(v)


@pytest.fixture
def check_structure() -> Callable[[newslens.Document], None]:
    """A function that fails the test naming every structural problem of a document."""

    def check(doc: newslens.Document) -> None:
        problems = structure_problems(doc)
        assert problems == [], problems

    return check


def round_trip(doc: newslens.Document) -> newslens.Document:
    """``doc`` through to_dict, JSON text and back."""
    return newslens.Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False, allow_nan=False)))


@pytest.fixture
def json_round_trip() -> Callable[[newslens.Document], newslens.Document]:
    """A function taking a document through to_dict, JSON text and from_dict."""
    return round_trip


@pytest.fixture
def fresh_plugins(monkeypatch) -> Iterator[None]:
    """Let a test reload plugins as it likes; the next user loads them afresh again."""
    monkeypatch.delenv(plugins.ENV_VAR, raising=False)
    plugins._reset_for_tests()
    try:
        yield
    finally:
        plugins._reset_for_tests()


@pytest.fixture
def register_plugin() -> Iterator[Callable[..., object]]:
    """Register plugin objects on the live plugin manager; always unregistered after.

    ``register_plugin(obj, name="x", distribution="newslens-x")`` returns ``obj``.
    """
    pm = plugins.plugin_manager()
    added: list[tuple[str, object]] = []

    def register(obj: object, name: str, distribution: str | None = None, version: str | None = "9.9") -> object:
        pm.register(obj, name=name)
        added.append((name, obj))
        if distribution is not None:
            plugins._state.dists[name] = (distribution, version)
        return obj

    try:
        yield register
    finally:
        for name, obj in reversed(added):
            if pm.is_registered(obj):
                pm.unregister(obj)
            plugins._state.dists.pop(name, None)
        # failures recorded by the throwaway plugins must not leak into other tests
        plugins._state.failures[:] = [f for f in plugins._state.failures if f.plugin not in {n for n, _ in added}]


@pytest.fixture
def installed_distribution(tmp_path, monkeypatch, fresh_plugins) -> Callable[..., Path]:
    """Install a throwaway distribution (a dist-info plus modules) on ``sys.path``.

    ``installed_distribution("newslens-x", "1.2", {"newslens_x": "source"},
    entry_points={"x": "newslens_x"})`` writes the modules and a dist-info whose
    entry_points.txt declares them under the ``newslens`` group, exactly what pip
    would leave; importlib.metadata then finds it like any installed package.
    """
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    made_modules: list[str] = []

    def install(dist: str, version: str, modules: dict[str, str], entry_points: dict[str, str]) -> Path:
        for module, source in modules.items():
            (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
            made_modules.append(module)
        info = site / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8")
        lines = ["[newslens]"] + [f"{name} = {target}" for name, target in entry_points.items()]
        (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        import importlib

        importlib.invalidate_caches()
        return info

    yield install
    for module in made_modules:
        sys.modules.pop(module, None)
