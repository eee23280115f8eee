"""Throughput of the figures analyser alone on PolNeAR dev texts (words per second of CPU time, so that other work on the machine does not count).

    python benchmarks/figures_speed.py [DIR]

Parses each article once, then times only ``FiguresAnalyser.analyse``; prints one line.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import newslens
from newslens.analysers.figures import FiguresAnalyser


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear" / "dev"
    docs = [newslens.parse(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    words = sum(len(re.findall(r"\w+", d.text)) for d in docs)
    analyser = FiguresAnalyser()
    best = float("inf")
    figures = 0
    for _ in range(3):
        t0 = time.process_time()
        figures = sum(len(analyser.analyse(d).annotations) for d in docs)
        best = min(best, time.process_time() - t0)
    print(f"figures: {len(docs)} articles, {words} words, {figures} figures, {words / best:,.0f} words/s")


if __name__ == "__main__":
    main()
