"""hatch_build.py: the wheel's compiled analysers never make an install fail."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _hook_class():
    spec = importlib.util.spec_from_file_location("newslens_hatch_build", ROOT / "hatch_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CompiledAnalysers


class _App:
    """Collects what the hook tells the builder's user."""

    def __init__(self):
        self.said = []

    def display_info(self, message):
        self.said.append(("info", message))

    def display_warning(self, message):
        self.said.append(("warning", message))


def _hook(root, compile_, target="wheel"):
    app = _App()
    hook = _hook_class()(str(root), {"compile": compile_}, None, None, str(root / "dist"), target, app)
    return hook, app


def _build_data():
    return {"pure_python": True, "infer_tag": False, "force_include": {}}


def test_a_module_that_is_not_there_builds_pure_python_and_says_which(tmp_path):
    (tmp_path / "src").mkdir()
    hook, app = _hook(tmp_path, ["newslens/nowhere.py"])
    data = _build_data()
    hook.initialize("standard", data)
    hook.finalize("standard", data, str(tmp_path / "dist" / "x.whl"))
    assert data == _build_data()
    assert app.said == [("warning", ("newslens: the analysers were not compiled (modules to compile not found under "
                                     "src/: newslens/nowhere.py); building pure Python, which gives the same results "
                                     "about 1.25x slower"))]


def test_newslens_pure_python_skips_compiling(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLENS_PURE_PYTHON", "1")
    hook, app = _hook(tmp_path, ["newslens/nowhere.py"])
    data = _build_data()
    hook.initialize("standard", data)
    assert data == _build_data()
    assert app.said == [("info", "newslens: NEWSLENS_PURE_PYTHON is set, building pure Python")]


@pytest.mark.parametrize(("target", "version"), [("wheel", "editable"), ("sdist", "standard")])
def test_editable_installs_and_source_archives_are_never_compiled(tmp_path, target, version):
    hook, app = _hook(tmp_path, ["newslens/nowhere.py"], target)
    data = _build_data()
    hook.initialize(version, data)
    assert data == _build_data() and app.said == []


def test_every_module_listed_for_compiling_exists_and_registers_no_hooks():
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile"]
    assert listed == sorted(set(listed))
    for module in listed:
        source = (ROOT / "src" / module).read_text(encoding="utf-8")
        # pluggy marks hook functions by setting an attribute on them, which a compiled function refuses
        assert "hookimpl" not in source, module
