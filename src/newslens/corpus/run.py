"""Run a whole corpus: read, skip what a previous run finished, analyse, write, count.

The counts always reconcile: every item read is either skipped (already in the
output, on ``--resume``) or written, exactly once, in input order.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

import attrs

from .inputs import Item
from .output import ResumeError, Sink, output_record
from .work import Options, Outcome, ordered_chunks

__all__ = ["Summary", "render_outcome", "run_corpus"]

_WORD = re.compile(r"\w+")
_SURROGATE = re.compile("[\ud800-\udfff]")


@attrs.define
class Summary:
    """What a run did: records written and skipped, failures by kind, words, seconds."""

    written: int = 0
    skipped: int = 0
    failed: int = 0
    input_errors: int = 0
    words: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        secs = max(self.seconds, 1e-9)
        skipped = f" ({self.skipped:,} already done, skipped)" if self.skipped else ""
        stop = "interrupted after " if self.interrupted else ""
        return (
            f"newslens: {stop}{self.written:,} articles{skipped}, {self.failed:,} failed "
            f"({self.input_errors:,} bad inputs), {self.words:,} words in {self.seconds:.1f} s: "
            f"{self.words / secs:,.0f} words/s, {self.written / secs:,.1f} articles/s"
        )


def render_outcome(
    outcome: Outcome, fmt: str, layers: tuple[str, ...] | None, single: bool = False
) -> tuple[str, int, bool, str | None]:
    """Serialise one outcome in ``fmt`` (runs in the worker): (text, words, failed, error message).

    In a corpus (not ``single``), each text report opens with the article's id.
    """
    words = len(_WORD.findall(outcome.doc.text)) if outcome.doc is not None else 0
    error = outcome.error[1] if outcome.error else None
    if fmt == "text":
        from ..demo import render_text

        if outcome.doc is None:
            text = f"== {outcome.item_id}\n! {error}"
        else:
            text = render_text(outcome.doc)
            if not single:
                text = f"== {outcome.item_id}\n{text}"
    else:
        record = output_record(outcome, layers)
        indent = 2 if fmt == "json" else None
        text = json.dumps(record, ensure_ascii=False, indent=indent)
        if _SURROGATE.search(text):
            # A lone surrogate (from a "\ud800" escape in the input) cannot be written as
            # UTF-8; escaped as JSON writes it, it reads back as the same string.
            text = json.dumps(record, ensure_ascii=True, indent=indent)
    if fmt == "text" and _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text, words, outcome.failed, error


class _Writer:
    """Frames rendered records for the format: lines, one JSON array, or text blocks."""

    def __init__(self, sink: Sink, fmt: str, single: bool):
        self.sink, self.fmt, self.single, self.count = sink, fmt, single, 0

    def chunk(self, texts: list[str]) -> None:
        if not texts:
            return
        if self.fmt == "jsonl":
            self.sink.write("".join(t + "\n" for t in texts))
        elif self.fmt == "json" and not self.single:
            head = "[\n" if self.count == 0 else ",\n"
            self.sink.write(head + ",\n".join(texts))
        elif self.fmt == "text":
            head = "" if self.count == 0 else "\n" + "─" * 40 + "\n\n"
            self.sink.write(head + ("\n\n" + "─" * 40 + "\n\n").join(texts) + "\n")
        else:
            self.sink.write("\n".join(texts) + "\n")
        self.count += len(texts)

    def close(self) -> None:
        if self.fmt == "json" and not self.single:
            self.sink.write("[]\n" if self.count == 0 else "\n]\n")


def _skip(items: Iterator[Item], n: int, last_id: Any) -> Iterator[Item]:
    """Drop the first ``n`` items, checking that the n-th has the id the output ends with."""
    last = None
    for last in islice(items, n):
        pass
    if n and (last is None or last.id != last_id):
        got = "no such input" if last is None else f"input {n} has id {last.id!r}"
        raise ResumeError(
            f"the output does not belong to these inputs: its record {n} has id {last_id!r}, but {got}; "
            f"run without --resume to start again"
        )
    return items


def run_corpus(
    items: Iterable[Item],
    sink: Sink,
    *,
    options: Options = Options(),
    fmt: str = "jsonl",
    workers: int = 1,
    chunk_size: int = 32,
    resume_from: tuple[int, Any] = (0, None),
    single: bool = False,
    layers: tuple[str, ...] | None = None,
    on_chunk: Callable[[int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Summary:
    """Analyse ``items`` and write one record each to ``sink``, in order; return the counts.

    ``resume_from`` is ``(records already in the output, id of the last one)``, from
    :func:`newslens.corpus.output.resume`. ``on_chunk(n)`` is called after each
    chunk is written (for a progress bar), ``on_error(message)`` for each input
    that could not be read. KeyboardInterrupt stops the workers, leaves every
    chunk written so far complete on disk, and returns with ``interrupted`` set.
    """
    summary = Summary(skipped=resume_from[0])
    start = time.perf_counter()
    todo = _skip(iter(items), resume_from[0], resume_from[1])
    writer = _Writer(sink, fmt, single)
    finish = functools.partial(render_outcome, fmt=fmt, layers=layers, single=single)
    chunks = ordered_chunks(todo, options, finish, workers=workers, chunk_size=chunk_size)
    try:
        for chunk in chunks:
            writer.chunk([text for text, _, _, _ in chunk])
            for _, words, failed, error in chunk:
                summary.written += 1
                summary.words += words
                summary.failed += failed
                if error is not None:
                    summary.input_errors += 1
                    if on_error is not None:
                        on_error(error)
            if on_chunk is not None:
                on_chunk(len(chunk))
        writer.close()
    except KeyboardInterrupt:
        chunks.close()
        summary.interrupted = True
    summary.seconds = time.perf_counter() - start
    return summary
