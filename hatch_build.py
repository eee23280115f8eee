"""Wheel build hook: the analysers' inner modules compiled with mypyc, where a C compiler is at hand.

newslens is pure Python, and its analysers spend their time in Python steps per word, cue,
name and figure. mypyc (the compiler mypy and black are built with) turns those typed
modules into C extensions that run the same code about 1.25x faster, with the same output.
This hook compiles the modules listed under ``compile`` in
``[tool.hatch.build.targets.wheel.hooks.custom]`` into a temporary folder and puts the
extensions in the wheel beside the sources (Python imports an extension before a ``.py`` of
the same name). Nothing is written into the source tree, so an editable install of the same
checkout keeps running the sources.

It never makes an install fail: with no C compiler, or if mypyc refuses a module, the wheel
is built pure Python and a warning says why. ``NEWSLENS_PURE_PYTHON=1`` skips compiling on
purpose (to debug or profile the analysers as Python); editable installs never compile.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Set to anything but "" or "0" to build a pure-Python wheel.
PURE_PYTHON = "NEWSLENS_PURE_PYTHON"

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="newslens-compiled",
    packages=[],
    py_modules=[],
    ext_modules=mypycify({args!r}, opt_level="3", target_dir={target!r}, group_name="newslens"),
)
"""


class CompiledAnalysers(BuildHookInterface):
    """Compile the configured modules with mypyc and add the extensions to the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        """Compile, unless this is not a wheel, is editable, is asked to be pure, or cannot compile."""
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get(PURE_PYTHON, "") not in ("", "0"):
            self.app.display_info(f"newslens: {PURE_PYTHON} is set, building pure Python")
            return
        modules = self.config.get("compile") or []
        self._folder = Path(tempfile.mkdtemp(prefix="newslens-mypyc-"))
        try:
            built = self._compile(modules)
        except Exception as error:  # noqa: BLE001  (any failure: a pure-Python wheel, and say why)
            self.app.display_warning(
                f"newslens: the analysers were not compiled ({error}); building pure Python, "
                f"which gives the same results about 1.25x slower"
            )
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for path in built:
            build_data["force_include"][str(path)] = str(path.relative_to(self._folder / "lib"))
        self.app.display_info(f"newslens: {len(modules)} modules compiled with mypyc")

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        """Remove the temporary folder once the wheel holds the extensions."""
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    def _compile(self, modules: list[str]) -> list[Path]:
        """The extension files mypyc and the C compiler made of ``modules`` (paths under src/)."""
        src = Path(self.root) / "src"
        missing = [m for m in modules if not (src / m).is_file()]
        if missing:
            raise FileNotFoundError(f"modules to compile not found under src/: {', '.join(missing)}")
        args = [f"--config-file={Path(self.root) / 'pyproject.toml'}", *modules]
        setup = self._folder / "setup.py"
        setup.write_text(_SETUP.format(args=args, target=str(self._folder / "c")), encoding="utf-8")
        env = dict(os.environ, MYPY_CACHE_DIR=str(self._folder / "mypy-cache"))
        done = subprocess.run(
            [sys.executable, str(setup), "build_ext",
             "--build-lib", str(self._folder / "lib"), "--build-temp", str(self._folder / "tmp")],
            check=False, cwd=src, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        if done.returncode:
            tail = "\n".join(done.stdout.strip().splitlines()[-15:])
            raise RuntimeError(f"mypyc exited with {done.returncode}:\n{tail}")
        built = sorted(p for p in (self._folder / "lib").rglob("*") if p.suffix in (".so", ".pyd"))
        if not built:
            raise RuntimeError("mypyc made no extension modules")
        return built
