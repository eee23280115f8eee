#!/usr/bin/env python3
"""One 1 MB article against its 250 paragraphs analysed as separate articles.

    python benchmarks/length.py [--paragraphs 250] [--size 1000000] [--rounds 3]

Builds 250 paragraphs of about 4,000 characters from the folder's paragraphs, then
times ``newslens.analyse`` on the whole article once and on each paragraph as its
own article. Target: the whole costs at most 1.5x the parts (no quadratic step).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_texts  # noqa: E402

import newslens  # noqa: E402


def build_paragraphs(texts: list[str], n: int, size: int) -> list[str]:
    """``n`` paragraphs of about ``size`` characters each, made of real paragraphs joined."""
    source = cycle([p.strip() for t in texts for p in t.split("\n\n")[1:] if len(p.strip()) > 80])
    out = []
    for _ in range(n):
        parts, length = [], 0
        while length < size:
            p = next(source)
            parts.append(p)
            length += len(p) + 1
        out.append(" ".join(parts))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=corpus_texts.DEFAULT_FOLDER)
    ap.add_argument("--paragraphs", type=int, default=250)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    paragraphs = build_paragraphs(corpus_texts.read_folder(args.folder), args.paragraphs, args.size // args.paragraphs)
    article = "A Very Long Article\n\n" + "\n\n".join(paragraphs)
    newslens.analyse(paragraphs[0])  # warm-up
    whole, parts = float("inf"), float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        newslens.analyse(article).to_dict()
        whole = min(whole, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for p in paragraphs:
            newslens.analyse(p).to_dict()
        parts = min(parts, time.perf_counter() - t0)
    print(json.dumps({"benchmark": "length", "article_chars": len(article), "paragraphs": len(paragraphs),
                      "whole_s": round(whole, 2), "parts_s": round(parts, 2), "ratio": round(whole / parts, 2)}))


if __name__ == "__main__":
    main()
