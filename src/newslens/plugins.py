"""Find, load and list plugins: the built-ins and those installed under the ``newslens`` group.

pluggy is used for discovery only: one hook lets each plugin register its analysers.
The built-in analysers are plugin modules registered through that same hook.

``NEWSLENS_LOAD_PLUGINS`` (a comma list of entry-point or distribution names; empty
means none) restricts which third-party plugins load; the built-ins always do.
A plugin that fails to import, or whose hook raises, is recorded in
:func:`load_failures` and skipped: it never stops the others from loading.
"""

from __future__ import annotations

import importlib
import os
import traceback
from collections.abc import Iterable
from importlib import metadata
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .__about__ import __version__
from .analyser import DeclarationError, check_declaration

__all__ = [
    "BUILTIN_PLUGINS",
    "ENTRY_POINT_GROUP",
    "ENV_VAR",
    "PluginFailure",
    "Registered",
    "load_failures",
    "load_plugins",
    "plugin_manager",
    "installed_plugins",
    "registered_analysers",
    "registered_readers",
]

ENTRY_POINT_GROUP = "newslens"
ENV_VAR = "NEWSLENS_LOAD_PLUGINS"

#: Modules of the built-in plugins, registered exactly like third-party ones.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "newslens.analysers.entities",
    "newslens.analysers.figures",
    "newslens.analysers.image_credits",
    "newslens.analysers.quotes",
    "newslens.analysers.sources",
)


@attrs.frozen
class PluginFailure:
    """A plugin that could not be loaded or whose hook failed, and why."""

    plugin: str
    distribution: str | None
    stage: str  # "import", "hook" or "declaration"
    message: str

    def __str__(self) -> str:
        dist = f" (distribution {self.distribution})" if self.distribution else ""
        return f"plugin {self.plugin}{dist}: {self.stage} failed: {self.message}"


@attrs.frozen
class Registered:
    """An analyser (or reader) together with the plugin and distribution that registered it."""

    obj: Any
    plugin: str
    distribution: str
    distribution_version: str | None


class _State:
    pm: pluggy.PluginManager | None = None
    failures: list[PluginFailure] = []
    dists: dict[str, tuple[str, str | None]] = {}  # plugin name -> (distribution, version)
    allow: tuple[str, ...] | None = None


_state = _State()


def _allow_from_env() -> tuple[str, ...] | None:
    value = os.environ.get(ENV_VAR)
    if value is None:
        return None
    return tuple(p.strip() for p in value.split(",") if p.strip())


def load_plugins(allow: Iterable[str] | None = None, *, builtins: Iterable[str] = BUILTIN_PLUGINS) -> pluggy.PluginManager:
    """(Re)load every plugin and return the plugin manager.

    ``allow`` restricts third-party plugins to those names (entry-point or
    distribution names); None reads ``NEWSLENS_LOAD_PLUGINS``, and if that is
    unset too, every installed plugin loads.
    """
    pm = pluggy.PluginManager("newslens")
    pm.add_hookspecs(hookspecs)
    failures: list[PluginFailure] = []
    dists: dict[str, tuple[str, str | None]] = {}
    allowed = tuple(allow) if allow is not None else _allow_from_env()
    for module_name in builtins:
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # a broken built-in must not take the others down
            failures.append(PluginFailure(module_name, "newslens", "import", _describe(exc)))
            continue
        pm.register(module, name=module_name)
        dists[module_name] = ("newslens", __version__)
    for ep in _entry_points():
        dist = ep.dist.name if getattr(ep, "dist", None) else None
        if allowed is not None and ep.name not in allowed and (dist or "") not in allowed:
            continue
        try:
            plugin = ep.load()
        except Exception as exc:
            failures.append(PluginFailure(ep.name, dist, "import", _describe(exc)))
            continue
        if pm.is_registered(plugin) or pm.get_plugin(ep.name) is not None:
            continue
        pm.register(plugin, name=ep.name)
        dists[ep.name] = (dist or ep.name, ep.dist.version if getattr(ep, "dist", None) else None)
    _state.pm, _state.failures, _state.dists, _state.allow = pm, failures, dists, allowed
    return pm


def _entry_points() -> list[metadata.EntryPoint]:
    eps = metadata.entry_points()
    selected = eps.select(group=ENTRY_POINT_GROUP) if hasattr(eps, "select") else eps.get(ENTRY_POINT_GROUP, [])
    return sorted(selected, key=lambda ep: ep.name)


def _describe(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({frame[0].filename}:{frame[0].lineno})" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


def plugin_manager() -> pluggy.PluginManager:
    """The plugin manager, loading plugins on first use."""
    if _state.pm is None:
        load_plugins()
    assert _state.pm is not None
    return _state.pm


def load_failures() -> list[PluginFailure]:
    """Plugins that failed to import or register, since the last load."""
    plugin_manager()
    return list(_state.failures)


def _collect(hook_name: str, check) -> list[Registered]:
    """Call one registration hook plugin by plugin, so one plugin's error stays its own."""
    pm = plugin_manager()
    out: list[Registered] = []
    seen_failures = {(f.plugin, f.stage, f.message) for f in _state.failures}
    for impl in getattr(pm.hook, hook_name).get_hookimpls():
        name = impl.plugin_name
        dist, version = _state.dists.get(name, (name, None))
        got: list[Any] = []
        try:
            impl.function(register=got.append)
        except Exception as exc:
            _record(PluginFailure(name, dist, "hook", f"{hook_name}: {_describe(exc)}"), seen_failures)
            continue
        for obj in got:
            try:
                check(obj, f" (plugin {name}, distribution {dist})")
            except DeclarationError as exc:
                _record(PluginFailure(name, dist, "declaration", str(exc)), seen_failures)
                continue
            out.append(Registered(obj, name, dist, version))
    return out


def _record(failure: PluginFailure, seen: set) -> None:
    key = (failure.plugin, failure.stage, failure.message)
    if key not in seen:
        seen.add(key)
        _state.failures.append(failure)


def registered_analysers() -> list[Registered]:
    """Every analyser the loaded plugins register, with its plugin; bad declarations are
    recorded in :func:`load_failures` and left out."""
    return _collect("register_analysers", check_declaration)


def _check_reader(obj: Any, where: str) -> None:
    if not isinstance(getattr(obj, "name", None), str) or not callable(getattr(obj, "read", None)):
        raise DeclarationError(f"reader {obj!r}{where}: needs a name and a read(data, path=...) method")
    if not all(isinstance(s, str) and s.startswith(".") for s in getattr(obj, "suffixes", ()) or ()):
        raise DeclarationError(f"reader {obj.name!r}{where}: suffixes must look like ('.html',)")


def registered_readers() -> list[Registered]:
    """Every reader the loaded plugins register, with its plugin."""
    return _collect("register_readers", _check_reader)


def installed_plugins() -> list[dict[str, Any]]:
    """One dict per loaded plugin: name, distribution, version, analysers, readers."""
    analysers = registered_analysers()
    readers = registered_readers()
    out = []
    for name, plugin in sorted(plugin_manager().list_name_plugin(), key=lambda np: np[0]):
        dist, version = _state.dists.get(name, (name, None))
        out.append(
            {
                "name": name,
                "distribution": dist,
                "version": version,
                "builtin": name in BUILTIN_PLUGINS,
                "analysers": [
                    {
                        "name": r.obj.name,
                        "version": r.obj.version,
                        "requires": list(r.obj.requires),
                        "produces": r.obj.produces,
                    }
                    for r in analysers
                    if r.plugin == name
                ],
                "readers": [{"name": r.obj.name, "suffixes": list(getattr(r.obj, "suffixes", ()))} for r in readers if r.plugin == name],
            }
        )
    return out


def _reset_for_tests() -> None:
    """Forget loaded plugins so the next use loads afresh (tests only)."""
    _state.pm = None
    _state.failures = []
    _state.dists = {}
