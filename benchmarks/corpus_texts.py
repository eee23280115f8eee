"""The texts the benchmarks run on: a folder of articles, repeated to any length.

By default the PolNeAR dev texts in ../shared (real news articles, 84 of them);
any folder of ``*.txt`` articles will do (``--folder``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"


def read_folder(folder: Path = DEFAULT_FOLDER) -> list[str]:
    """Every ``*.txt`` article in ``folder``, sorted by name."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no *.txt articles in {folder}")
    return texts


def json_lines(texts: list[str], n: int) -> Iterator[str]:
    """``n`` JSON Lines records (``id``, ``text``) cycling through ``texts``."""
    for i, text in enumerate(islice(cycle(texts), n)):
        yield json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n"
