"""Analyse items, in this process or in a pool of worker processes, keeping their order.

Work travels in chunks: the main process reads a chunk of items, a worker analyses
the whole chunk and sends back its results, the main process writes the chunks in
the order they were read. At most ``2 × workers`` chunks are in flight, so memory
stays flat however long the corpus is. The pool is the standard library's
:class:`~concurrent.futures.ProcessPoolExecutor`: a worker that dies breaks it, and
the run ends with :class:`WorkerDied` instead of waiting for the lost chunk.

Each worker builds its pipeline once, in :func:`_start_worker`: either from plugin
options (plugins are loaded in the worker itself) or from a pickled
:class:`~newslens.Pipeline` whose analysers travel as plain objects.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

import attrs

from ..model import Document, Failure
from ..parse import parse, parse_record
from ..pipeline import Pipeline
from .inputs import Fields, Item

__all__ = ["Options", "Outcome", "WorkerDied", "analyse_item", "ordered_chunks", "pipeline_for"]


@attrs.frozen
class Options:
    """How to build the pipeline and read records; sent to every worker (picklable).

    ``pipeline`` given: use it as is (its analysers are pickled to the workers).
    Otherwise the worker loads plugins (``plugins`` is the allow-list, None for
    the environment's default) and builds the default pipeline narrowed by
    ``enable``/``disable``/``layers``, with ``budget`` seconds per analyser.
    """

    fields: Fields = Fields()
    plugins: tuple[str, ...] | None = None
    enable: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    layers: tuple[str, ...] | None = None
    budget: float | None = None
    strict: bool = False
    pipeline: Pipeline | None = None


@attrs.frozen
class Outcome:
    """What analysing one item gave: the document (or None), and the input error if any."""

    item_id: Any
    source: dict[str, Any]
    doc: Document | None
    error: tuple[str, str] | None

    @property
    def failed(self) -> bool:
        """The input could not be read, or an analyser failed on it."""
        return self.error is not None or bool(self.doc is not None and self.doc.failures)


_pipeline_cache: dict[Any, Pipeline] = {}


def pipeline_for(options: Options) -> Pipeline:
    """The pipeline ``options`` describe, built once per process."""
    if options.pipeline is not None:
        return options.pipeline
    from ..plugins import _state, load_plugins, plugin_manager

    if options.plugins is not None and (_state.pm is None or _state.allow != options.plugins):
        load_plugins(allow=options.plugins)
    # Keyed by the loaded plugins too: registering or reloading one makes a new pipeline.
    key = (attrs.evolve(options, fields=Fields()), tuple((n, id(p)) for n, p in plugin_manager().list_name_plugin()))
    if key not in _pipeline_cache:
        if len(_pipeline_cache) > 8:
            _pipeline_cache.clear()
        _pipeline_cache[key] = Pipeline.default(
            enable=options.enable,
            disable=options.disable,
            layers=options.layers,
            strict=options.strict,
            budget=options.budget,
        )
    return _pipeline_cache[key]


def analyse_item(item: Item, pipeline: Pipeline, fields: Fields) -> Outcome:
    """Analyse one item; an unreadable input or a record without text becomes an error."""
    if item.kind == "error":
        return Outcome(item.id, item.source, None, item.payload)
    try:
        if item.kind == "record":
            doc = parse_record(item.payload, title=fields.title, text=fields.text, id=fields.id)
        elif item.kind == "document":
            doc = item.payload
        else:
            doc = parse(item.payload)
    except (KeyError, TypeError) as exc:
        message = exc.args[0] if exc.args else str(exc)
        return Outcome(item.id, item.source, None, ("no_text", f"{_where(item)}: {message}"))
    return Outcome(item.id, item.source, pipeline.run(doc), None)


def _where(item: Item) -> str:
    src = item.source
    if "line" in src:
        return f"{src['path']} line {src['line']}"
    if "index" in src:
        return f"{src['path']} item {src['index']}" if "path" in src else f"item {src['index']}"
    return str(src.get("path", item.id))


def input_failure(message: str) -> Failure:
    """The failure recorded on a placeholder document for an input that could not be read."""
    return Failure("input", "", "input", message)


# --- running chunks, here or in a pool -------------------------------------------------


class WorkerDied(RuntimeError):
    """A worker process stopped without finishing its chunk (killed, or out of memory).

    The chunks before the lost one were already yielded (and written), so a run
    that writes its output can be resumed; the pool is shut down, never waited on.
    """


_worker: dict[str, Any] = {}


def _start_worker(options: Options, finish: Callable[[Outcome], Any]) -> None:
    # Ctrl-C goes to the whole process group: the main process alone handles it,
    # and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The executor's workers wait on a queue they can also write to, so they would
    # outlive a main process that is killed; they end as soon as it is gone.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_when_ready, args=(parent.sentinel,), daemon=True).start()
    _worker["options"] = options
    _worker["finish"] = finish
    try:
        _worker["pipeline"] = pipeline_for(options)
    except Exception as exc:  # noqa: BLE001 - kept and raised with the first chunk
        # Raised from the initializer, it would only break the pool with no reason
        # given; raised from a chunk, it reaches the main process as it is.
        _worker["error"] = exc


def _exit_when_ready(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _run_chunk(items: list[Item]) -> list[Any]:
    if "error" in _worker:
        raise _worker["error"]
    pipeline, options, finish = _worker["pipeline"], _worker["options"], _worker["finish"]
    return [finish(analyse_item(item, pipeline, options.fields)) for item in items]


def _context() -> multiprocessing.context.BaseContext:
    # fork starts workers at once and shares the plugins already loaded; where it
    # does not exist (Windows, and macOS by default) spawn loads them anew.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and os.name == "posix" else "spawn")


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    """End the worker processes at once, dropping the chunks they have not sent back."""
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14 and later
    if terminate is not None:
        terminate()
        return
    # Before 3.14 the executor has no public call for this: its processes are ended
    # one by one, as Pool.terminate did; the executor then sees them gone, fails the
    # chunks still out and joins them (shutdown(wait=False) would forget them).
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()
    executor.shutdown(wait=True, cancel_futures=True)


def ordered_chunks(
    items: Iterable[Item],
    options: Options,
    finish: Callable[[Outcome], Any],
    *,
    workers: int = 1,
    chunk_size: int = 32,
) -> Iterator[list[Any]]:
    """Yield ``finish(outcome)`` for every item, a chunk at a time, in input order.

    ``workers`` > 1 runs a process pool; ``finish`` runs in the worker (so it should
    do the costly part of writing, such as serialising to JSON) and must be a
    picklable module-level function. Closing the generator (or an exception, such
    as KeyboardInterrupt, in the consumer) stops the workers at once. A worker
    process that dies raises :class:`WorkerDied` naming the first item not analysed;
    a pipeline the workers cannot build raises its own error with the first chunk.
    """
    it = iter(items)
    chunks = iter(lambda: list(islice(it, chunk_size)), [])
    if workers <= 1:
        pipeline = pipeline_for(options)
        for chunk in chunks:
            yield [finish(analyse_item(item, pipeline, options.fields)) for item in chunk]
        return
    executor = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker, initargs=(options, finish))
    try:
        # The window of chunks in flight: the input is read as the output is
        # written (executor.map would read all of it first).
        pending: deque[tuple[Future, Item]] = deque()
        forked = False
        for chunk in chunks:
            try:
                pending.append((_submit(executor, chunk, first=not forked), chunk[0]))
                forked = True
            except BrokenProcessPool:
                # A worker died: the chunks already back are still yielded, in
                # order, up to the first one lost.
                if not pending:
                    raise _died(chunk[0]) from None
                break
            if len(pending) >= 2 * workers:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    except BaseException:
        _stop_workers(executor)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _submit(executor: ProcessPoolExecutor, chunk: list[Item], *, first: bool) -> Future:
    if not first:
        return executor.submit(_run_chunk, chunk)
    # The first submit forks the workers. Objects alive now (the pipeline, its
    # lexicons) are shared with them page by page; frozen, the workers' garbage
    # collector leaves them alone instead of touching (and so copying) every page.
    gc.freeze()
    try:
        return executor.submit(_run_chunk, chunk)
    finally:
        gc.unfreeze()


def _result(future: Future, first: Item) -> list[Any]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise _died(first) from None


def _died(first: Item) -> WorkerDied:
    return WorkerDied(
        f"a worker process stopped abruptly (killed, or out of memory?): "
        f"the items before {_where(first)} were analysed, it and those after it were not"
    )
