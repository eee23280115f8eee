"""Running a corpus through ``newslens analyse``: order, counts, failures, resume, interruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from newslens.cli import main
from newslens.corpus.output import resume

from .conftest import capitals_of


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _write_corpus(path, n, *, bad_every=0):
    lines = []
    for i in range(n):
        if bad_every and i % bad_every == bad_every - 1:
            lines.append("{broken")
        else:
            lines.append(json.dumps({"id": f"a{i}", "title": f"Story {i}", "text": f"WORD{i} said NOTHING."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_two_workers_keep_one_record_per_input_in_input_order(tmp_path, capitals):
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    _write_corpus(corpus, 50)
    status = main(["analyse", str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "3", "--enable", "capitals", "-q"])
    records = _records(out)
    assert status == 0
    assert [r["id"] for r in records] == [f"a{i}" for i in range(50)]
    assert [r["source"]["line"] for r in records] == list(range(1, 51))
    assert capitals_of(records[7]) == ["WORD7", "NOTHING"]


def test_bad_lines_are_reported_in_place_counted_and_the_run_goes_on(tmp_path, capitals, capsys):
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    _write_corpus(corpus, 9, bad_every=4)
    status = main(["analyse", str(corpus), "-o", str(out), "--workers", "1", "--enable", "capitals"])
    records = _records(out)
    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert len(records) == 9
    assert [r["id"] for r in records if r["error"]] == [f"{corpus}:4", f"{corpus}:8"]
    assert records[3]["error"] == {"kind": "bad_json", "message": f"{corpus} line 4: bad JSON: Expecting property name enclosed in double quotes (column 2)"}
    assert err[:2] == [
        f"newslens: {corpus} line 4: bad JSON: Expecting property name enclosed in double quotes (column 2)",
        f"newslens: {corpus} line 8: bad JSON: Expecting property name enclosed in double quotes (column 2)",
    ]
    assert err[2].startswith("newslens: 9 articles, 2 failed (2 bad inputs), ")


def test_record_without_text_and_analyser_failure_are_both_counted_as_failed(tmp_path, capitals, capsys):
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    corpus.write_text('{"id": 1, "title": "no text"}\n{"id": 2, "text": "SLOW one"}\n{"id": 3, "text": "fine"}\n', encoding="utf-8")
    status = main(["analyse", str(corpus), "-o", str(out), "--workers", "1", "--enable", "slow", "--budget", "0.2"])
    records = _records(out)
    assert status == 1
    assert records[0]["error"]["kind"] == "no_text"
    assert records[1]["failures"] == [
        {"analyser": "slow", "layer": "slow", "kind": "timeout", "message": "ran past its time budget of 0.2 s",
         "plugin": "newslens-test-capitals"}
    ]
    assert records[2]["failures"] == []
    assert "newslens: 3 articles, 2 failed (1 bad inputs), " in capsys.readouterr().err


def test_resume_after_a_torn_write_completes_every_record_exactly_once(tmp_path, capitals):
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    _write_corpus(corpus, 20)
    main(["analyse", str(corpus), "-o", str(out), "--workers", "1", "--enable", "capitals", "-q"])
    full = out.read_bytes()
    lines = full.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:6]) + lines[6][: len(lines[6]) // 2])  # killed halfway through line 7
    status = main(["analyse", str(corpus), "-o", str(out), "--resume", "--workers", "2", "--chunk-size", "4", "--enable", "capitals", "-q"])
    assert status == 0
    assert out.read_bytes() == full


def test_resume_cuts_a_torn_line_and_counts_the_complete_records(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "te')
    assert resume(str(out)) == (2, "b")
    assert out.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'


def test_resume_drops_a_last_line_that_ends_but_is_not_a_whole_record(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a"}\n{"id": "b", "x\n')
    assert resume(str(out)) == (1, "a")
    assert out.read_bytes() == b'{"id": "a"}\n'


def test_resume_refuses_an_output_that_belongs_to_other_inputs(tmp_path, capsys):
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    _write_corpus(corpus, 3)
    out.write_text('{"id": "elsewhere"}\n', encoding="utf-8")
    status = main(["analyse", str(corpus), "-o", str(out), "--resume", "--workers", "1", "-q"])
    assert status == 2
    assert capsys.readouterr().err == (
        "newslens: error: the output does not belong to these inputs: its record 1 has id 'elsewhere', "
        "but input 1 has id 'a0'; run without --resume to start again\n"
    )


def _run_cli(*args, **kw):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "newslens", *args], env=env, stderr=subprocess.PIPE, **kw)


def _wait_for_output(proc, out, min_bytes):
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size >= min_bytes:
            return
        time.sleep(0.01)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_run_then_resume_gives_every_record_exactly_once_in_order(tmp_path, sig):
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    _write_corpus(corpus, 4000)
    proc = _run_cli("analyse", str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "7", "-q")
    _wait_for_output(proc, out, 20_000)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:
        assert proc.returncode in (0, 130), err.decode()  # 0: the run happened to finish first
    status = subprocess.run([sys.executable, "-m", "newslens", "analyse", str(corpus), "-o", str(out), "--resume", "-q"],
                            capture_output=True, text=True, timeout=600)
    assert status.returncode == 0, status.stderr
    assert [r["id"] for r in _records(out)] == [f"a{i}" for i in range(4000)]


def test_budget_stops_a_slow_analyser_inside_worker_processes_too(tmp_path, capitals):
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": "SLOW" if i == 3 else "ok"}) + "\n" for i in range(6)), encoding="utf-8")
    status = main(["analyse", str(corpus), "-o", str(out), "--workers", "2", "--chunk-size", "1", "--enable", "slow", "--budget", "0.2", "-q"])
    assert status == 0
    assert [[f["kind"] for f in r["failures"]] for r in _records(out)] == [[], [], [], ["timeout"], [], []]
