"""``newslens analyse`` on single articles: formats, options and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import newslens
from newslens.cli import main

ARTICLE = "Mayor Opens New Bridge\n\nThe mayor opened the bridge on Monday.\n\nPhoto by Ann Lee/Getty Images\n"


class _Bridges(newslens.Analyser):
    """Marks the word 'bridge' (a toy analyser for these tests)."""

    name = "bridges"
    version = "2.0"
    produces = "bridges"

    def analyse(self, doc):
        i = doc.text.find("bridge")
        return [newslens.Annotation(i, i + 6, label="thing", data={"plural": False})] if i >= 0 else []


class _BridgesPlugin:
    @newslens.hookimpl
    def register_analysers(self, register):
        register(_Bridges())


def _article(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_one_file_prints_its_document_as_json_with_id_and_source(tmp_path, capsys):
    path = _article(tmp_path)
    assert main(["analyse", str(path), "--disable", ",".join(_installed())]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["id"], out["source"], out["error"], out["format"]) == (str(path), {"path": str(path)}, None, "newslens/1")
    assert newslens.Document.from_dict(out).headline_text == "Mayor Opens New Bridge"


def _installed():
    return [r.obj.name for r in newslens.plugins.registered_analysers()]


def test_standard_input_is_read_when_the_input_is_a_dash(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert main(["analyse", "-", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert json.loads(out)["id"] == "<stdin>"


def test_layers_option_keeps_only_the_layers_asked_for(tmp_path, capsys, register_plugin):
    register_plugin(_BridgesPlugin(), name="test-bridges", distribution="newslens-test-bridges")
    assert main(["analyse", str(_article(tmp_path)), "--layers", "bridges"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out["layers"]) == ["bridges"]
    assert out["layers"]["bridges"]["annotations"] == [
        {"id": "bridges-1", "start": 45, "end": 51, "label": "thing", "data": {"plural": False}}
    ]


def test_text_format_reads_as_a_report(tmp_path, capsys, register_plugin):
    register_plugin(_BridgesPlugin(), name="test-bridges", distribution="newslens-test-bridges")
    assert main(["analyse", str(_article(tmp_path)), "--enable", "bridges", "--format", "text"]) == 0
    assert capsys.readouterr().out == (
        "Headline: Mayor Opens New Bridge\n"
        "Paragraphs: 1  Sentences: 2  Words: 16\n"
        "Credits (1):\n"
        "  - image: Photo by Ann Lee/Getty Images\n"
        "\n"
        "Bridges (1) — bridges 2.0\n"
        "  [thing] “bridge” {plural=False}\n"
    )


def test_missing_file_is_a_one_line_error_with_non_zero_exit(tmp_path, capsys):
    assert main(["analyse", str(tmp_path / "gone.txt")]) == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"newslens: error: no such file or directory: {tmp_path / 'gone.txt'}\n")


def test_undecodable_file_names_the_file_and_the_byte_offset(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Caf\xe9 opens\n\nBody.")
    assert main(["analyse", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"newslens: error: {path}: not UTF-8 text: byte 0xe9 at offset 3 cannot be decoded (try --errors replace)\n"
    )


def test_errors_replace_analyses_an_undecodable_file_anyway(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Caf\xe9 opens\n\nBody.")
    assert main(["analyse", str(path), "--errors", "replace"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "Caf\ufffd opens\n\nBody."


def test_unknown_analyser_is_refused_before_reading_any_input(tmp_path, capsys):
    assert main(["analyse", str(_article(tmp_path)), "--disable", "no-such-thing"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newslens: error: no analyser named 'no-such-thing' is installed")
    assert err.count("\n") == 1


def test_resume_without_an_output_file_is_refused(tmp_path, capsys):
    assert main(["analyse", str(tmp_path), "--resume"]) == 2
    assert capsys.readouterr().err == "newslens: error: --resume needs --output FILE (the output of the interrupted run)\n"


def test_python_dash_m_newslens_runs_the_command():
    done = subprocess.run([sys.executable, "-m", "newslens", "--version"], capture_output=True, text=True)
    compiled = newslens.compiled_modules()
    how = f"{len(compiled)} modules compiled with mypyc" if compiled else "pure Python"
    assert done.stdout == f"newslens {newslens.__version__} ({how})\n"


def test_json_format_over_several_inputs_is_one_array_in_input_order(tmp_path, capsys):
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text("One\n\nBody one.", encoding="utf-8")
    second.write_text("Two\n\nBody two.", encoding="utf-8")
    assert main(["analyse", str(second), str(first), "--format", "json", "--workers", "1", "-q"]) == 0
    assert [d["headline"] for d in json.loads(capsys.readouterr().out)] == [{"start": 0, "end": 3}] * 2


def test_text_format_over_several_inputs_opens_each_report_with_its_id(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "k1", "title": "One", "text": "Body."}\n{"id": "k2"}\n', encoding="utf-8")
    main(["analyse", str(corpus), "--format", "text", "--workers", "1", "-q", "--disable", ",".join(_installed())])
    out = capsys.readouterr().out
    assert out.startswith("== k1\nHeadline: One\n")
    assert out.endswith(f"== k2\n! {corpus} line 2: record has no text: none of the fields ['text', 'content', 'body'] is present\n")
