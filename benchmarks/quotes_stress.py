"""Stress the quotes analyser: a 1 MB article, 10,000 quotation marks, a 1 MB line, and speed on PolNeAR dev.

    python benchmarks/quotes_stress.py [DIR]

Each case prints the article's size, the time ``QuotesAnalyser.analyse`` took and the
attributions found; the analyser must stay linear (no case may take more than a few
seconds). The last line measures words per second on the dev texts (parsing excluded).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import newslens
from newslens.analysers.quotes import QuotesAnalyser

PARAGRAPH = (
    "“We will rebuild the bridge before winter,” Mayor Ana Ruiz said on Tuesday. “The money is there.” "
    "Council members said the plan was “reckless,” and according to two aides, the vote could slip. "
    "She insisted that the work would start in May, adding that the river ’90s floods were worse."
)


def cases() -> dict[str, str]:
    """The stress articles, by name; each is written here, none comes from a corpus."""
    one_mb = "Bridge plan\n\n" + "\n\n".join([PARAGRAPH] * (1_000_000 // len(PARAGRAPH)))
    marks = "Marks\n\n" + " ".join(["“a” b"] * 5_000)  # 10,000 marks in one paragraph
    unbalanced = "Unbalanced\n\n" + "\n\n".join(["“He said it was over, and then"] * 10_000)
    apostrophes = "Apostrophes\n\n" + " ".join(["rock ’n’ roll in the ’90s, Reuters’s ‘word"] * 5_000)
    long_line = "Line\n\n" + " ".join([PARAGRAPH] * (1_000_000 // len(PARAGRAPH)))
    straight = "Straight\n\n" + ' "a "b c" d" ' * 10_000
    no_stop = "No stop\n\n" + "the mayor said that " * 10_000
    empty = "Empty\n\n" + "“" * 100_000
    return {
        "1 MB article of quote-rich paragraphs": one_mb,
        "10,000 curly marks in one paragraph": marks,
        "10,000 paragraphs that never close their quote": unbalanced,
        "apostrophes and stray single marks": apostrophes,
        "a 1 MB paragraph on one line": long_line,
        "20,000 straight marks, badly nested": straight,
        "200 KB sentence of 10,000 cues, no full stop": no_stop,
        "100,000 curly marks and no words": empty,
    }


def main() -> None:
    analyser = QuotesAnalyser()
    for name, text in cases().items():
        doc = newslens.parse(text)
        t0 = time.perf_counter()
        found = analyser.analyse(doc)
        took = time.perf_counter() - t0
        print(f"{name:48} {len(text):>9,} chars {took:7.2f} s {len(found):>7,} attributions")
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"
    docs = [newslens.parse(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    if docs:
        words = sum(len(re.findall(r"\w+", d.text)) for d in docs)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for d in docs:
                analyser.analyse(d)
            best = min(best, time.perf_counter() - t0)
        print(f"quotes on {len(docs)} dev articles: {words:,} words, {words / best:,.0f} words/s")


if __name__ == "__main__":
    main()
