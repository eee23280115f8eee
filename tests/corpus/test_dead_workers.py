"""A worker process that dies, or cannot build its pipeline, ends the run with an error: never a hang."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator

import pytest
import regex

import newslens
from newslens.cli import main
from newslens.corpus import WorkerDied
from newslens.pipeline import PlanError

from .conftest import CapitalsAnalyser


class KillerAnalyser(newslens.Analyser):
    """Kills its own process, as the out-of-memory killer would, on an article containing DIE."""

    name = "killer"
    version = "1.0"
    produces = "killer"

    def analyse(self, doc):
        if "DIE" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)
        return []


class KillerPlugin:
    """The plugin that registers the killer analyser."""

    @newslens.hookimpl
    def register_analysers(self, register):
        register(KillerAnalyser())


class _TimedOut(Exception):
    pass


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail the test (rather than hang the suite) if it runs longer than 60 seconds."""

    def expire(signum, frame):
        raise _TimedOut("the run did not end within 60 s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, 60)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _write_corpus(path, n, *, die_at):
    lines = (json.dumps({"id": f"a{i}", "text": "DIE now." if i == die_at else f"WORD{i} here."}) for i in range(n))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_a_worker_killed_mid_run_ends_the_run_with_an_error_naming_where_to_resume(tmp_path, register_plugin, capsys, deadline):
    register_plugin(KillerPlugin(), name="test-killer", distribution="newslens-test-killer")
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    _write_corpus(corpus, 200, die_at=100)
    status = main(["analyse", str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "10", "--enable", "killer", "-q"])
    assert status == 1
    assert regex.fullmatch(
        rf"newslens: error: a worker process stopped abruptly \(killed, or out of memory\?\): the items before "
        rf"{regex.escape(str(corpus))} line \d+ were analysed, it and those after it were not; "
        rf"rerun with --resume -o {regex.escape(str(out))} to finish\n",
        capsys.readouterr().err,
    )


def test_records_written_before_a_worker_died_are_those_the_error_names_in_order(tmp_path, register_plugin, capsys, deadline):
    register_plugin(KillerPlugin(), name="test-killer", distribution="newslens-test-killer")
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    _write_corpus(corpus, 200, die_at=100)
    main(["analyse", str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "10", "--enable", "killer", "-q"])
    first_lost = int(regex.search(r"line (\d+)", capsys.readouterr().err)[1])
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert first_lost <= 101
    assert ids == [f"a{i}" for i in range(first_lost - 1)]


def test_a_run_a_worker_died_in_finishes_with_resume(tmp_path, register_plugin, deadline):
    register_plugin(KillerPlugin(), name="test-killer", distribution="newslens-test-killer")
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    _write_corpus(corpus, 200, die_at=100)
    main(["analyse", str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "10", "--enable", "killer", "-q"])
    status = main(["analyse", str(corpus), "-o", str(out), "--resume", "--workers", "2", "--disable", "killer", "-q"])
    assert status == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [f"a{i}" for i in range(200)]


def test_analyse_many_raises_worker_died_when_a_worker_is_killed(deadline):
    articles = ["Story\n\nDIE here." if i == 30 else f"Story {i}\n\nThe ID{i} is here." for i in range(60)]
    pipeline = newslens.Pipeline([CapitalsAnalyser(), KillerAnalyser()])
    with pytest.raises(WorkerDied, match="worker process stopped abruptly"):
        list(newslens.analyse_many(articles, workers=2, chunk_size=5, pipeline=pipeline))


def test_a_pipeline_the_workers_cannot_build_raises_its_error_once(deadline):
    articles = [f"Story {i}\n\nThe ID{i} is here." for i in range(20)]
    with pytest.raises(PlanError):
        list(newslens.analyse_many(articles, workers=2, layers=("no_such_layer",)))
