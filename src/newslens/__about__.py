"""The version of newslens, kept in one place for the build backend and the package, and how it was built."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

__version__ = "0.1.0"


def compiled_modules() -> tuple[str, ...]:
    """The newslens modules this installation runs compiled, sorted; ``()`` when it is pure Python.

    A wheel built where a C compiler is at hand carries the analysers' inner modules
    compiled with mypyc beside their sources (see hatch_build.py and docs/scaling.md);
    Python imports the compiled one. Results are the same either way.
    """
    package = Path(__file__).resolve().parent
    names = []
    for path in package.rglob("*"):
        suffix = next((s for s in EXTENSION_SUFFIXES if path.name.endswith(s)), None)
        if suffix is not None:
            parts = path.relative_to(package.parent).parts
            names.append(".".join((*parts[:-1], path.name[: -len(suffix)])))
    return tuple(sorted(names))
