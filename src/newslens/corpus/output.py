"""Write one output record per input, durably, and pick up an interrupted run.

A JSON Lines output is appended a chunk at a time, flushed and fsynced after each
chunk. A run killed at any moment (even by SIGKILL, mid-write) therefore leaves
complete lines followed by at most one torn line. :func:`resume` cuts the torn line
off and says how many records are already complete, so the next run skips exactly
those: nothing lost, nothing duplicated.
"""

from __future__ import annotations

import json
import os
import stat
from typing import IO, Any

from .work import Outcome

__all__ = ["ResumeError", "output_record", "resume"]

_BLOCK = 1 << 20


class ResumeError(ValueError):
    """The existing output cannot be continued (it does not belong to these inputs)."""


def output_record(outcome: Outcome, layers: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The JSON-ready record for one input: its id, its source, an error or the document.

    ``{"id", "source", "error": null, **document.to_dict()}`` for an analysed input;
    ``{"id", "source", "error": {"kind", "message"}}`` for one that could not be read.
    """
    out: dict[str, Any] = {"id": outcome.item_id, "source": outcome.source}
    if outcome.error is not None:
        kind, message = outcome.error
        out["error"] = {"kind": kind, "message": message}
        return out
    out["error"] = None
    assert outcome.doc is not None
    out.update(outcome.doc.to_dict(layers))
    return out


def _last_newline(fh: IO[bytes], size: int) -> int:
    """Offset just past the last ``\\n`` in the file (0 if there is none)."""
    end = size
    while end > 0:
        start = max(0, end - _BLOCK)
        fh.seek(start)
        block = fh.read(end - start)
        i = block.rfind(b"\n")
        if i >= 0:
            return start + i + 1
        end = start
    return 0


def _line_before(fh: IO[bytes], end: int) -> tuple[int, bytes]:
    """The complete line ending at ``end`` (which is just past a newline): (its start, its bytes)."""
    start = _last_newline(fh, end - 1)
    fh.seek(start)
    return start, fh.read(end - start)


def resume(path: str) -> tuple[int, Any]:
    """Repair the output at ``path`` for resuming: (records complete, id of the last one).

    A torn last line (no newline, or not valid JSON) is cut off; the file is then
    only complete records, and new ones are appended after them. Reads the file
    in blocks: memory stays flat whatever its size.
    """
    if not os.path.exists(path):
        return 0, None
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        keep = _last_newline(fh, size)
        last_id = None
        while keep > 0:
            start, line = _line_before(fh, keep)
            try:
                last_id = json.loads(line)["id"]
                break
            except (ValueError, KeyError, TypeError):
                keep = start  # a line that was written but is not a whole record: torn too
        if keep != size:
            fh.truncate(keep)
            fh.flush()
            os.fsync(fh.fileno())
        fh.seek(0)
        count = 0
        while block := fh.read(_BLOCK):
            count += block.count(b"\n")
    return count, last_id


def _is_regular_file(stream: IO[str]) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


class Sink:
    """Where the records go: a file (appended, fsynced per chunk) or a stream."""

    def __init__(self, stream: IO[str], *, durable: bool):
        self.stream = stream
        # fsync means something only for a regular file (not /dev/null, a pipe, a terminal)
        self.durable = durable and _is_regular_file(stream)

    def write(self, text: str) -> None:
        """Write ``text`` and make it durable (flush, and fsync for a file)."""
        self.stream.write(text)
        self.stream.flush()
        if self.durable:
            os.fsync(self.stream.fileno())
