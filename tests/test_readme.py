"""The README's two commands are what a newcomer runs; CI must run exactly the same."""

from __future__ import annotations

from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent


def _bash_blocks(text: str) -> list[str]:
    return [b.strip() for b in regex.findall(r"```bash\n(.*?)```", text, flags=regex.S)]


def test_ci_runs_the_readme_test_command_exactly():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = _bash_blocks(readme)[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_readme_opens_with_the_install_and_demo_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = _bash_blocks(readme)[0]
    assert "pip install ." in first and first.endswith("newslens demo")
