"""``newslens report``: an article file (or a JSON document) in, one HTML page out."""

from __future__ import annotations

import re

import newslens
from newslens.cli import main

ARTICLE = "Council Votes On Budget\n\nThe council voted on Tuesday.\n\nPhoto by Ann Lee/Getty Images\n"


def test_report_writes_the_page_of_a_text_file(tmp_path, fresh_plugins):
    src = tmp_path / "story.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "story.html"
    assert main(["report", str(src), "-o", str(out), "--plugins", ""]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert '<h1 class="nl-block nl-headline">Council Votes On Budget</h1>' in page
    assert re.findall(r'<p class="nl-block nl-body">(.*?)</p>', page) == ["The council voted on Tuesday."]


def test_report_of_a_json_document_shows_it_without_analysing_again(tmp_path, capsys):
    from .conftest import build_story

    doc = build_story()
    src = tmp_path / "story.json"
    src.write_text(doc.to_json(), encoding="utf-8")
    assert main(["report", str(src)]) == 0
    assert capsys.readouterr().out == doc.to_html()


def test_report_title_option_sets_the_page_title(tmp_path, capsys, fresh_plugins):
    src = tmp_path / "story.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["report", str(src), "--title", "Budget <draft>", "--plugins", ""]) == 0
    assert "<title>Budget &lt;draft&gt; · newslens report</title>" in capsys.readouterr().out


def test_report_of_a_missing_file_is_a_one_line_error(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nope.txt")]) == 1
    assert capsys.readouterr().err == f"newslens: error: {tmp_path / 'nope.txt'}: cannot open: No such file or directory\n"


def test_report_of_undecodable_bytes_names_the_offset(tmp_path, capsys):
    src = tmp_path / "bad.txt"
    src.write_bytes(b"Title\n\nab\xffcd")
    assert main(["report", str(src)]) == 1
    assert "byte 0xff at offset 9 cannot be decoded" in capsys.readouterr().err


class _TagReader:
    """Reads ``.tag`` files: the headline on a line starting ``H:``, the rest is the body."""

    name = "tag"
    suffixes = (".tag",)

    def read(self, data, *, path):
        head, body = data.decode("utf-8").split("\n", 1)
        return newslens.parse(head.removeprefix("H:") + "\n\n" + body, meta={"path": path})


class _TagPlugin:
    @newslens.hookimpl
    def register_readers(self, register):
        register(_TagReader())


def test_report_reads_a_page_through_a_registered_reader(tmp_path, capsys, register_plugin):
    register_plugin(_TagPlugin(), name="tag-reader", distribution="newslens-tag")
    src = tmp_path / "story.tag"
    src.write_text("H:Tagged Headline\nTagged body.", encoding="utf-8")
    assert main(["report", str(src)]) == 0
    assert '<title>Tagged Headline · newslens report</title>' in capsys.readouterr().out
