#!/usr/bin/env python3
"""Peak memory of ``newslens analyse`` over N articles (the folder's texts repeated), for two N.

    python benchmarks/memory.py [--small 10000] [--large 100000] [--workers 1]

The records are streamed into ``newslens analyse - --input-format jsonl`` through a
pipe (no 500 MB file on disk) and the output goes to /dev/null. Target: the large
run's peak within 10% of the small run's, and under 250 MB. ``--layers`` narrows
the pipeline, to measure the corpus runner itself quickly (analysers keep no state
between articles, so the runner is what could grow).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_texts  # noqa: E402
from rss import run_measured  # noqa: E402


def measure(texts: list[str], n: int, workers: int, layers: str | None = None) -> dict:
    cmd = [sys.executable, "-m", "newslens", "analyse", "-", "--input-format", "jsonl",
           "-o", "/dev/null", "--workers", str(workers), "-q"] + (["--layers", layers] if layers else [])
    result: dict = {}

    fed = [0]

    def feed(pipe) -> None:
        try:
            for line in corpus_texts.json_lines(texts, n):
                pipe.write(line.encode("utf-8"))
                fed[0] += 1
            pipe.close()
        except BrokenPipeError:
            pass

    def report(seconds: float, peak: int) -> None:
        # the pipe holds only a few articles: what was fed is about what was analysed
        print(json.dumps({"articles_so_far": fed[0], "seconds": round(seconds), "peak_rss_mb": round(peak / 2**20, 1)}),
              file=sys.stderr, flush=True)

    status, seconds, tree, single = run_measured(cmd, feed=feed, every=60, report=report)
    if status != 0:
        raise SystemExit(f"newslens analyse exited with status {status}")
    result.update(articles=n, workers=workers, layers=layers or "all", status=status, seconds=round(seconds, 1),
                  articles_per_s=round(n / seconds, 1), peak_rss_mb=round(tree / 2**20, 1),
                  peak_single_process_rss_mb=round(single / 2**20, 1))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=corpus_texts.DEFAULT_FOLDER)
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--layers", help="narrow the pipeline (e.g. image_credits) to measure the runner itself quickly")
    args = ap.parse_args()
    texts = corpus_texts.read_folder(args.folder)
    small = measure(texts, args.small, args.workers, args.layers)
    print(json.dumps({"benchmark": "memory", **small}), flush=True)
    large = measure(texts, args.large, args.workers, args.layers)
    print(json.dumps({"benchmark": "memory", **large}), flush=True)
    growth = large["peak_rss_mb"] / small["peak_rss_mb"] - 1
    print(json.dumps({"benchmark": "memory", "growth": round(growth, 3),
                      "within_10_percent": abs(growth) <= 0.10, "under_250_mb": large["peak_rss_mb"] < 250}))


if __name__ == "__main__":
    main()
