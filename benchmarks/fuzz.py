"""Fuzz parse + analyse with atheris, for a bounded time.

    pip install -e '.[fuzz]'
    python benchmarks/fuzz.py                      # 60 seconds
    python benchmarks/fuzz.py -max_total_time=600  # any libFuzzer flag works
    python benchmarks/fuzz.py crash-<hash>         # replay one input
    NEWSLENS_FUZZ_DISABLE=figures python benchmarks/fuzz.py   # leave out a known crash

Each input is read as text three ways (UTF-8 with replacement, raw code points
that may include lone surrogates, and a JSON record) and must come through the
parser and the default pipeline with: no exception, no analyser failure, every
non-space character in the headline, a paragraph or a credit with no overlap,
every annotation inside the text, and a JSON round trip that gives back the same
document. A breach raises, and atheris saves the input as ``crash-<hash>``.
Every analyser runs under a time budget, so a hang shows up as a failure, not as
a stalled fuzzer.

Prints libFuzzer's progress lines, ending with ``Done N runs in S second(s)``.
With no corpus directory given, it starts from the sample article and a few
short seeds written to a fresh temporary directory.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newslens
    from newslens import Pipeline

BUDGET = 10.0  # seconds per analyser per input: far beyond any real article
_pipeline: Pipeline | None = None
_runs = 0


def _check(doc: newslens.Document) -> None:
    text = doc.text
    n = len(text)
    if doc.failures:
        f = doc.failures[0]
        raise AssertionError(f"analyser {f.analyser} ({f.plugin}) failed ({f.kind}): {f.message}")
    parts = sorted([*([doc.headline] if doc.headline else []), *doc.body, *doc.credits], key=lambda s: (s.start, s.end))
    pos = 0
    for part in parts:
        if part.start < pos:
            raise AssertionError(f"part {part} overlaps the one before")
        gap = text[pos : part.start]
        if pos == 0:
            gap = gap.removeprefix("\ufeff")
        if gap.strip():
            raise AssertionError(f"characters dropped between {pos} and {part.start}: {gap!r:.80}")
        pos = part.end
    tail = text[pos:] if pos else text.removeprefix("\ufeff")
    if tail.strip():
        raise AssertionError(f"characters dropped after {pos}: {tail!r:.80}")
    for name, layer in doc.layers.items():
        for a in layer:
            if not 0 <= a.start <= a.end <= n:
                raise AssertionError(f"{name} annotation {a.id} {a.start}..{a.end} outside the text ({n})")
    again = newslens.Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False, allow_nan=False)))
    if again != doc:
        raise AssertionError("JSON round trip changed the document")


def test_one_input(data: bytes) -> None:
    """The fuzz target: ``data`` as three texts, each parsed, analysed and checked."""
    global _pipeline, _runs
    if _pipeline is None:
        _pipeline = Pipeline.default(budget=BUDGET)
    fdp = atheris.FuzzedDataProvider(data)
    texts = [
        data.decode("utf-8", errors="replace"),
        fdp.ConsumeUnicode(len(data)),  # may hold lone surrogates, as JSON can
    ]
    try:
        record = json.loads(data)
    except (ValueError, RecursionError):
        record = None
    if isinstance(record, dict) and isinstance(record.get("text"), str):
        texts.append(record["text"])
    for text in texts:
        _runs += 1
        _check(_pipeline.run(text))


SEEDS = [
    "Budget Passes; Council Works Late\n\nWASHINGTON (AP) — The mayor said, “We will win,” on Sept. 5.\n\nPhoto: AP",
    "“Unclosed, he said.\r\n\r\n\"Straight\" 'single' «guillemets» 250,000 $4.5 million 3.5%",
    "\ufeffU.S. Gov. Brown and Mr. Kim met Dr. No.\u2028Next line\u00a0here.\n\nBy Jane Roe",
]


def _seed_corpus() -> str:
    """A fresh corpus directory holding the sample article and a few short seeds."""
    folder = Path(tempfile.mkdtemp(prefix="newslens-fuzz-"))
    sample = Path(newslens.__file__).parent / "data" / "sample_article.txt"
    seeds = [*SEEDS, *([sample.read_text(encoding="utf-8")] if sample.exists() else [])]
    for i, seed in enumerate(seeds):
        (folder / f"seed-{i}").write_bytes(seed.encode("utf-8"))
    return str(folder)


def main() -> None:
    global _pipeline
    args = list(sys.argv)
    if not any(a.startswith(("-max_total_time", "-runs")) for a in args[1:]):
        args.append("-max_total_time=60")  # bounded by default: this is a benchmark, not a service
    if not any(a.startswith("-max_len") for a in args[1:]):
        args.append("-max_len=4096")
    # Plan the pipeline and compile every pattern before the clock starts.
    # NEWSLENS_FUZZ_DISABLE=a,b leaves out analysers with a known crash, to look for others.
    disable = [n.strip() for n in os.environ.get("NEWSLENS_FUZZ_DISABLE", "").split(",") if n.strip()]
    _pipeline = Pipeline.default(budget=BUDGET, disable=disable)
    _pipeline.run("Warm Up\n\nThe mayor said, “We will win,” on Monday.")
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(_seed_corpus())
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
