"""The examples in the docs run, and the files they quote still say what they quote.

docs/writing-plugins.md: every ``python`` block runs, in order, in one namespace
(as a reader would paste them one after another); a block of any language whose
first line is ``# file: PATH`` quotes that file, and each of its lines must still
be found in it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "writing-plugins.md"

_FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```\s*$", re.DOTALL | re.MULTILINE)
_QUOTE = re.compile(r"\A# file: (?P<path>\S+)\n")


def blocks(path: Path) -> list[tuple[str, str]]:
    """(language, code) of each fenced block of a Markdown file, in order."""
    return [(m.group("lang"), m.group("body")) for m in _FENCE.finditer(path.read_text(encoding="utf-8"))]


def runnable(path: Path) -> list[str]:
    """The ``python`` blocks that are examples to run, not quotes of a file."""
    return [code for lang, code in blocks(path) if lang == "python" and not _QUOTE.match(code)]


def quotes(path: Path) -> list[tuple[str, str]]:
    """(quoted file, code) of each block that quotes a file."""
    return [(m.group("path"), code[m.end() :]) for _, code in blocks(path) if (m := _QUOTE.match(code))]


def test_the_plugin_guide_has_runnable_examples_and_quotes():
    assert len(runnable(GUIDE)) >= 3
    assert len(quotes(GUIDE)) >= 3


def test_the_plugin_guide_examples_run_in_order(fresh_plugins):
    namespace: dict = {"__name__": "writing_plugins_example"}
    for i, code in enumerate(runnable(GUIDE)):
        try:
            exec(compile(code, f"{GUIDE.name}, python block {i + 1}", "exec"), namespace)
        except Exception as exc:  # name the block, so the doc is easy to fix
            pytest.fail(f"python block {i + 1} of {GUIDE.name} failed: {type(exc).__name__}: {exc}\n{code}")


@pytest.mark.parametrize(("quoted", "code"), quotes(GUIDE), ids=lambda v: v if v.startswith(("plugins", "src")) else "")
def test_the_plugin_guide_quotes_its_files_as_they_are(quoted, code):
    source = (ROOT / quoted).read_text(encoding="utf-8")
    lines = {line.strip() for line in source.splitlines()}
    missing = [line for line in code.splitlines() if line.strip() and line.strip() not in lines]
    assert missing == [], f"{quoted} no longer holds these quoted lines"
