#!/usr/bin/env python3
"""What the core itself costs per corpus, apart from parsing and the analysers' own work.

    python benchmarks/core_overhead.py [--folder DIR] [--rounds 15]

Each analyser runs once per article and its result is recorded; the timed rounds
then replay those results through the pipeline, so what is timed is only the
core's share: checking and numbering annotations, building and attaching layers,
filling links (``pipeline``); ``Document.to_dict`` (``to_dict``); and making the
recorded annotations again from their span, label and data as analysers do
(``making_annotations``). CPU seconds, the fastest of ``--rounds``, with the garbage
collector's long-lived objects frozen so that it adds no noise of its own.
Compare two trees by running this alternately with each on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_texts  # noqa: E402

import newslens  # noqa: E402
from newslens.model import Annotation  # noqa: E402
from newslens.pipeline import Pipeline, Step, default_pipeline  # noqa: E402


class Replay:
    """An analyser that returns, article by article, what another one returned."""

    def __init__(self, analyser, results: list) -> None:
        self.name, self.version = analyser.name, analyser.version
        self.requires, self.produces = analyser.requires, analyser.produces
        self.links = getattr(analyser, "links", {})
        self.results = results
        self.next = 0

    def analyse(self, doc):
        """The next recorded result."""
        result = self.results[self.next]
        self.next += 1
        return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=corpus_texts.DEFAULT_FOLDER)
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    texts = corpus_texts.read_folder(args.folder)
    pipeline = default_pipeline()
    recorded: dict[str, list] = {step.name: [] for step in pipeline.steps}
    parsed = []
    for text in texts:
        doc = newslens.parse(text)
        parsed.append(doc)
        for step in pipeline.steps:
            recorded[step.name].append(step.analyser.analyse(doc))
            doc = pipeline._run_step(step, doc)
    replays = [Replay(step.analyser, recorded[step.name]) for step in pipeline.steps]
    replay = Pipeline([Step(r, s.plugin, s.distribution, s.distribution_version) for r, s in zip(replays, pipeline.steps)])
    annotations = [
        a
        for results in recorded.values()
        for result in results
        for a in (result.annotations if hasattr(result, "annotations") else result)
    ]
    # What the analysers passed in: data shared by several annotations was made once
    # as Data (entities does that) and is passed as it is; any other as a plain dict.
    uses = Counter(id(a.data) for a in annotations)
    made = [(a.start, a.end, a.label, a.data if uses[id(a.data)] > 1 else dict(a.data)) for a in annotations]
    gc.collect()
    gc.freeze()
    best = {"pipeline": 1e9, "to_dict": 1e9, "making_annotations": 1e9}
    for _ in range(args.rounds):
        for r in replays:
            r.next = 0
        t0 = time.process_time()
        docs = [replay.run(doc) for doc in parsed]
        t1 = time.process_time()
        for doc in docs:
            doc.to_dict()
        t2 = time.process_time()
        for start, end, label, data in made:
            Annotation(start, end, label=label, data=data)
        t3 = time.process_time()
        for key, spent in zip(best, (t1 - t0, t2 - t1, t3 - t2)):
            best[key] = min(best[key], spent)
    failures = [f for doc in docs for f in doc.failures]
    if failures:
        raise SystemExit(f"the replay failed: {failures[0]}")
    cpu = {k: round(v, 4) for k, v in best.items()}
    print(json.dumps({"articles": len(texts), "annotations": len(made), "cpu_s": cpu, "total_cpu_s": round(sum(best.values()), 4)}))


if __name__ == "__main__":
    main()
