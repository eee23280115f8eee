#!/usr/bin/env python3
"""Articles/s of ``newslens analyse`` with 1 worker and with 2 workers, on the same corpus.

    python benchmarks/parallel.py [--articles 2000] [--workers 1,2]

Writes the folder's texts, repeated, to a temporary JSON Lines file, then times the
whole command (start-up included) for each worker count, output to /dev/null.
Target on a 2-core machine: 2 workers >= 1.7x the articles/s of 1. The machine
must be otherwise idle for the measured ratio to mean anything; the CPU seconds
of each run give ``speedup_on_idle_cores``, the ratio those same runs would show
with a core per worker, which a busy machine does not distort. Start-up (import,
plugins, the pool) runs on one core whatever the workers, so it is measured on
its own, by the same command on an empty corpus, and counted once, not shared out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_texts  # noqa: E402
from rss import run_measured  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=corpus_texts.DEFAULT_FOLDER)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    texts = corpus_texts.read_folder(args.folder)
    rates: dict[int, float] = {}
    cpu: dict[int, float] = {}
    counts = [int(w) for w in args.workers.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as fh:
            fh.writelines(corpus_texts.json_lines(texts, args.articles))
        empty = os.path.join(tmp, "empty.jsonl")
        open(empty, "w").close()
        # the serial part: the whole command with the most workers, on no articles
        _, start_up, _ = _analyse(empty, max(counts))
        for workers in counts:
            seconds, cpu[workers], tree = _analyse(corpus, workers)
            rates[workers] = args.articles / seconds
            print(json.dumps({"benchmark": "parallel", "workers": workers, "articles": args.articles,
                              "seconds": round(seconds, 1), "articles_per_s": round(rates[workers], 1),
                              "cpu_s": round(cpu[workers], 1), "peak_rss_mb": round(tree / 2**20, 1)}), flush=True)
    if 1 in rates and len(rates) > 1:
        top = max(rates)
        print(json.dumps({
            "benchmark": "parallel", "workers": top, "cores": os.cpu_count(),
            "speedup": round(rates[top] / rates[1], 2),
            # what the same CPU work gives when each worker has a core of its own:
            # start-up on one core, the rest shared out over the workers
            "speedup_on_idle_cores": round(cpu[1] / (start_up + (cpu[top] - start_up) / top), 2),
            "start_up_cpu_s": round(start_up, 2),
            # the estimate as earlier notes quote it: start-up shared out too, so too high
            "speedup_on_idle_cores_if_start_up_were_parallel": round(top * cpu[1] / cpu[top], 2),
            "load_average": os.getloadavg()[0],
        }))


def _analyse(corpus: str, workers: int) -> tuple[float, float, int]:
    """Run ``newslens analyse`` on ``corpus``: (wall seconds, CPU seconds of its whole tree, peak tree RSS)."""
    cmd = [sys.executable, "-m", "newslens", "analyse", corpus, "-o", "/dev/null", "--workers", str(workers), "-q"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    status, seconds, tree, _ = run_measured(cmd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if status != 0:
        raise SystemExit(f"newslens analyse exited with status {status}")
    # the pool's workers are reaped by the command, so their CPU seconds are in its own
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), tree


if __name__ == "__main__":
    main()
