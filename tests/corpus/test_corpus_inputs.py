"""Reading a corpus: files, directories, JSON Lines and JSON arrays, and what cannot be read."""

from __future__ import annotations

import io

import pytest

from newslens.corpus import inputs
from newslens.corpus.inputs import Fields, InputError, check_paths, read_inputs


def _summary(items):
    return [(i.id, i.source, i.kind, i.payload) for i in items]


def test_directory_is_walked_recursively_in_sorted_order_keeping_files_that_match_the_glob(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z", encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "c.txt").write_text("C", encoding="utf-8")
    (tmp_path / "notes.md").write_text("M", encoding="utf-8")
    got = [(i.id.removeprefix(str(tmp_path) + "/"), i.payload) for i in read_inputs([str(tmp_path)])]
    assert got == [("c.txt", "C"), ("b/a.txt", "A"), ("b/z.txt", "Z")]


def test_glob_chooses_which_files_of_a_directory_are_read(tmp_path):
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b.md").write_text("B", encoding="utf-8")
    assert [i.payload for i in read_inputs([str(tmp_path)], glob="*.md")] == ["B"]


def test_json_lines_give_one_record_per_line_with_line_numbers_and_skip_blank_lines(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    name = str(path)
    assert _summary(read_inputs([name])) == [
        ("a", {"path": name, "line": 1}, "record", {"id": "a", "text": "x"}),
        (f"{name}:3", {"path": name, "line": 3}, "record", {"text": "y"}),
    ]


def test_bad_json_line_is_an_error_item_naming_its_line_number(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": "b", tex\n[1, 2]\n', encoding="utf-8")
    name = str(path)
    got = _summary(read_inputs([name]))
    assert got[1:] == [
        (f"{name}:2", {"path": name, "line": 2}, "error",
         ("bad_json", f"{name} line 2: bad JSON: Expecting property name enclosed in double quotes (column 13)")),
        (f"{name}:3", {"path": name, "line": 3}, "error",
         ("bad_record", f"{name} line 3: a record must be a JSON object, got list")),
    ]


def test_undecodable_json_line_names_the_byte_offset_in_the_file(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "\xff"}\n')
    got = list(read_inputs([str(path)]))[1]
    assert got.error == ("undecodable", f"{path} line 2: not UTF-8: byte 0xff at offset 25 cannot be decoded")


def test_json_array_is_read_record_by_record_across_buffer_boundaries(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "_CHUNK", 7)  # records straddle many reads
    path = tmp_path / "c.json"
    path.write_text(' [ {"id": 1, "text": "one"},\n {"id": 2, "text": "two \\"2\\""} ]\n', encoding="utf-8")
    assert [(i.id, i.source["index"], i.payload["text"]) for i in read_inputs([str(path)])] == [
        (1, 0, "one"),
        (2, 1, 'two "2"'),
    ]


def test_broken_json_array_reports_the_item_where_it_breaks(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('[{"id": 1, "text": "one"}, {"id": 2, "text": ]', encoding="utf-8")
    got = _summary(read_inputs([str(path)]))
    assert [g[2] for g in got] == ["record", "error"]
    assert got[1][3] == ("bad_json", f"{path} item 1: bad JSON: Expecting value")


def test_undecodable_text_file_is_an_error_naming_the_file_and_byte_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("Headline\n\ncafé ".encode() + b"\xe9t\xe9")
    (item,) = read_inputs([str(path)])
    assert item.error == (
        "undecodable",
        f"{path}: not UTF-8 text: byte 0xe9 at offset 16 cannot be decoded (try --errors replace)",
    )


def test_errors_replace_reads_undecodable_bytes_as_replacement_characters(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Head\n\nbad \xff byte")
    (item,) = read_inputs([str(path)], errors="replace")
    assert item.payload == "Head\n\nbad \ufffd byte"


def test_record_fields_are_configurable(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"uid": 7, "headline_text": "H", "story": "S"}\n', encoding="utf-8")
    (item,) = read_inputs([str(path)], fields=Fields(id=("uid",), title=("headline_text",), text=("story",)))
    assert item.id == 7


def test_standard_input_is_one_text_article_unless_told_it_holds_records():
    assert _summary(read_inputs(["-"], stdin=io.BytesIO(b"Head\n\nBody"))) == [
        ("<stdin>", {"path": "<stdin>"}, "text", "Head\n\nBody")
    ]
    got = _summary(read_inputs(["-"], input_format="jsonl", stdin=io.BytesIO(b'{"id": "q", "text": "t"}\n')))
    assert got == [("q", {"path": "<stdin>", "line": 1}, "record", {"id": "q", "text": "t"})]


def test_check_paths_names_a_missing_path(tmp_path):
    with pytest.raises(InputError, match=r"^no such file or directory: .*missing\.txt$"):
        check_paths(["-", str(tmp_path / "missing.txt")])


class _UpperReader:
    """A toy reader plugin: a .shout file is read upper-cased."""

    name = "shout"
    suffixes = (".shout",)

    def read(self, data, *, path):
        import newslens

        return newslens.parse(data.decode("utf-8").upper())


class _ReaderPlugin:
    import newslens as _n

    @_n.hookimpl
    def register_readers(self, register):
        register(_UpperReader())


def test_a_file_whose_suffix_a_reader_plugin_claims_is_read_by_that_reader(tmp_path, register_plugin):
    register_plugin(_ReaderPlugin(), name="test-shout")
    path = tmp_path / "story.shout"
    path.write_text("Quiet headline\n\nquiet body", encoding="utf-8")
    (item,) = read_inputs([str(path)])
    assert (item.kind, item.source["reader"], item.payload.headline_text) == ("document", "shout", "QUIET HEADLINE")
