#!/usr/bin/env python3
"""Where the default pipeline spends its time: parsing and each analyser, then the hot functions.

    python benchmarks/profile_analysers.py [--folder DIR] [--top 25] [--rounds 2]

Prints one JSON line per stage (seconds, share of the total, words/s if it ran
alone), then the ``--top`` functions by own time under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_texts  # noqa: E402

import newslens  # noqa: E402
from newslens.pipeline import default_pipeline  # noqa: E402

WORD = re.compile(r"\w+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=corpus_texts.DEFAULT_FOLDER)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    texts = corpus_texts.read_folder(args.folder)
    words = sum(len(WORD.findall(t)) for t in texts)
    pipeline = default_pipeline()
    for t in texts[:3]:
        pipeline.run(t)
    spent: dict[str, float] = defaultdict(float)
    for _ in range(args.rounds):
        for t in texts:
            t0 = time.perf_counter()
            doc = newslens.parse(t)
            spent["parse"] += time.perf_counter() - t0
            for step in pipeline.steps:
                t0 = time.perf_counter()
                doc = pipeline._run_step(step, doc)
                spent[step.name] += time.perf_counter() - t0
            t0 = time.perf_counter()
            doc.to_dict()
            spent["to_dict"] += time.perf_counter() - t0
    total = sum(spent.values())
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(json.dumps({"stage": name, "seconds": round(secs / args.rounds, 3), "share": round(secs / total, 3),
                          "words_per_s_alone": round(words * args.rounds / secs)}))
    print(json.dumps({"stage": "total", "seconds": round(total / args.rounds, 3), "words_per_s": round(words * args.rounds / total)}))
    profiler = cProfile.Profile()
    profiler.enable()
    for t in texts:
        pipeline.run(t).to_dict()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
