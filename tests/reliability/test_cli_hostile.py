"""Hostile bytes and characters through the real ``newslens`` command (a subprocess).

In-process tests write to a captured stream that accepts any string; only a real
process shows what happens when the output has to be encoded (a lone surrogate
from a JSON record, say) or when the bytes of a file are not UTF-8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import newslens


def newslens_command(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m newslens ARGS`` with only the built-in plugins; bytes out."""
    env = {**os.environ, "NEWSLENS_LOAD_PLUGINS": "", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "newslens", *args], cwd=cwd, input=stdin, capture_output=True, env=env, timeout=300
    )


def test_a_file_of_invalid_utf8_is_a_one_line_error_naming_file_and_offset(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Headline\n\nThe mayor said \xff\xfe it was late.\n")
    out = newslens_command("analyse", "bad.txt", cwd=tmp_path)
    assert out.returncode == 1
    assert out.stdout == b""
    assert out.stderr.decode().splitlines() == [
        "newslens: error: bad.txt: not UTF-8 text: byte 0xff at offset 25 cannot be decoded (try --errors replace)"
    ]


def test_invalid_utf8_is_replaced_when_the_user_asks(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Headline\n\nThe mayor said \xff\xfe it was late.\n")
    out = newslens_command("analyse", "--errors", "replace", "bad.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["text"] == "Headline\n\nThe mayor said \ufffd\ufffd it was late.\n"


def test_an_invalid_utf8_file_in_a_corpus_is_one_error_record_and_the_others_are_analysed(tmp_path):
    (tmp_path / "a.txt").write_text("First Headline\n\nThe mayor said it was late.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"Second\n\n\xc3\x28 broken")
    (tmp_path / "c.txt").write_text("Third Headline\n\nThe council agreed.", encoding="utf-8")
    out = newslens_command("analyse", "-q", "--workers", "1", "a.txt", "b.txt", "c.txt", cwd=tmp_path)
    records = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == ["a.txt", "b.txt", "c.txt"]
    assert records[1]["error"] == {
        "kind": "undecodable",
        "message": "b.txt: not UTF-8 text: byte 0xc3 at offset 8 cannot be decoded (try --errors replace)",
    }
    assert records[0]["text"].startswith("First") and records[2]["text"].startswith("Third")
    assert b"b.txt" in out.stderr


def test_control_characters_and_nul_come_back_exactly_in_the_json_output(tmp_path, hostile_inputs):
    text = hostile_inputs.HOSTILE["nul-and-control-characters"]()
    (tmp_path / "ctl.txt").write_bytes(text.encode("utf-8"))
    out = newslens_command("analyse", "ctl.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    doc = newslens.Document.from_dict({k: v for k, v in json.loads(out.stdout).items() if k not in {"id", "source", "error"}})
    assert doc.text == text


def test_a_lone_surrogate_in_a_json_record_comes_back_in_valid_json_lines(tmp_path):
    (tmp_path / "recs.jsonl").write_text(
        '{"id": 1, "title": "Budget \\ud800 Passes", "text": "The mayor said \\udfff it was late."}\n'
        '{"id": 2, "title": "Plain", "text": "Nothing odd here."}\n',
        encoding="utf-8",
    )
    out = newslens_command("analyse", "-q", "--workers", "1", "recs.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert out.returncode == 0, out.stderr.decode(errors="replace")[-500:]
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [1, 2]
    assert records[0]["text"] == "Budget \ud800 Passes\n\nThe mayor said \udfff it was late."
