#!/usr/bin/env python3
"""Words/s and articles/s of the default pipeline on a folder of texts, and peak memory.

    python benchmarks/throughput.py [--folder DIR] [--rounds 3]

Runs ``newslens.analyse(text).to_dict()`` on every article, in this process, and
reports the best round (the machine is shared: the best round is the least disturbed),
with the interpreter that ran it: newslens is pure Python, so the interpreter's build
sets much of its speed (docs/scaling.md).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_texts  # noqa: E402

import newslens  # noqa: E402

WORD = re.compile(r"\w+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=corpus_texts.DEFAULT_FOLDER)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = corpus_texts.read_folder(args.folder)
    words = sum(len(WORD.findall(t)) for t in texts)
    for t in texts[:3]:
        newslens.analyse(t)  # warm-up: imports, compiled patterns
    best = float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for t in texts:
            newslens.analyse(t).to_dict()
        best = min(best, time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    layers = sorted(newslens.analyse(texts[0]).layers)
    print(json.dumps({
        "benchmark": "throughput", "articles": len(texts), "words": words, "rounds": args.rounds,
        "words_per_s": round(words / best), "articles_per_s": round(len(texts) / best, 1),
        "peak_rss_mb": round(peak_mb, 1), "layers": layers,
        # which build ran it: a venv's own path says nothing, its base installation does
        "python": f"{platform.python_implementation()} {platform.python_version()}", "python_home": sys.base_prefix,
        # and whether the analysers ran compiled (a wheel built with a C compiler at hand) or as sources
        "compiled_modules": len(newslens.compiled_modules()),
    }))


if __name__ == "__main__":
    main()
