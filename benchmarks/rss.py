"""Run a command and measure the peak resident memory of it and its worker processes.

Samples /proc every 50 ms (Linux), summing the RSS of the process and all its
descendants; also reports the largest single process, which is what the kernel's
``ru_maxrss`` would say.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(pid: int) -> tuple[int, int]:
    """(sum of RSS over the process tree, largest single RSS), in bytes."""
    todo, total, largest = [pid], 0, 0
    while todo:
        p = todo.pop()
        r = _rss(p)
        total += r
        largest = max(largest, r)
        todo += _children(p)
    return total, largest


def run_measured(cmd: list[str], feed=None, every: float = 0, report=None, **popen) -> tuple[int, float, int, int]:
    """Run ``cmd``; return (exit status, seconds, peak tree RSS, peak single-process RSS).

    ``feed(stdin)``, if given, runs in a thread to write the command's standard input.
    ``report(seconds, peak_tree_rss)`` is called every ``every`` seconds while it runs.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if feed else None, **popen)
    if feed is not None:
        threading.Thread(target=feed, args=(proc.stdin,), daemon=True).start()
    peak = [0, 0]

    def sample() -> None:
        last = start
        while proc.poll() is None:
            total, largest = tree_rss(proc.pid)
            peak[0], peak[1] = max(peak[0], total), max(peak[1], largest)
            if report is not None and every and time.perf_counter() - last >= every:
                last = time.perf_counter()
                report(last - start, peak[0])
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    status = proc.wait()
    seconds = time.perf_counter() - start
    sampler.join()
    return status, seconds, peak[0], peak[1]
