"""The corpus summary: sources, outlets, anonymous share overall and by group, figures per article."""

from __future__ import annotations

import csv
import io
import json

import attrs

from newslens import Annotation, Layer, Provenance, parse
from newslens.summary import format_csv, format_html, format_json, format_table, read_records, summarise

from .report.conftest import build_story


def _record(doc, rid, **meta):
    doc = attrs.evolve(doc, meta={**doc.meta, **meta})
    return {"id": rid, "source": {"path": "in.jsonl", "line": rid}, "error": None, **doc.to_dict()}


def _bare(text="Title\n\nNothing quoted here.", **meta):
    """An article with an empty quotes layer and one figure."""
    doc = parse(text)
    doc = doc.with_layer(Layer("quotes", [], Provenance("q", "1")))
    doc = doc.with_layer(Layer("figures", [Annotation(0, 5, label="number", data={"value": 1})], Provenance("f", "1")))
    return doc


def _corpus():
    story = build_story()
    return [
        _record(story, 1, publisher="Ledger"),
        _record(story, 2, publisher="Ledger"),
        _record(_bare(), 3, publisher="Courier"),
        {"id": 4, "source": {"path": "in.jsonl", "line": 4}, "error": {"kind": "no_text", "message": "record has no text"}},
    ]


def test_summary_counts_records_analysed_and_failed():
    s = summarise(_corpus())
    assert (s["records"], s["analysed"], s["failed"], s["failures"]) == (4, 3, 1, {"no_text": 1})


def test_most_quoted_people_organisations_and_outlets():
    s = summarise(_corpus())
    assert s["people"] == [{"name": "Ana Ruiz", "attributions": 2, "articles": 2}]
    assert s["organisations"] == []
    assert s["outlets"] == [{"name": "Daily Ledger", "attributions": 0, "articles": 2}]


def test_anonymous_share_overall_and_by_publisher():
    s = summarise(_corpus(), by="publisher")
    assert s["sourcing"] == {"articles": 3, "named": 2, "anonymous": 2, "outlet": 0, "unattributed": 0,
                             "attributions": 4, "anonymous_share": 0.5}
    assert s["by"] == "publisher"
    assert [(g["group"], g["articles"], g["attributions"], g["anonymous_share"]) for g in s["groups"]] == [
        ("Ledger", 2, 4, 0.5), ("Courier", 1, 0, None)]


def test_group_field_missing_from_a_record_is_its_own_group():
    s = summarise(_corpus(), by="section")
    assert [(g["group"], g["articles"]) for g in s["groups"]] == [("(none)", 3)]


def test_figures_per_article():
    f = summarise(_corpus())["figures"]
    assert f == {"articles": 3, "total": 7, "per_article": {"mean": 2.333, "median": 3, "max": 3},
                 "histogram": {"1": 1, "3": 2}, "by_label": {"number": 3, "money": 2, "year": 2}}


def test_top_limits_each_list():
    assert summarise(_corpus(), top=0)["people"] == []


def test_read_records_counts_a_bad_line_as_failed(tmp_path):
    path = tmp_path / "out.jsonl"
    lines = [json.dumps(r) for r in _corpus()] + ["{torn"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    s = summarise(read_records(str(path)))
    assert (s["records"], s["analysed"], s["failures"]) == (5, 3, {"bad_line": 1, "no_text": 1})


def test_table_format_shows_each_section():
    table = format_table(summarise(_corpus(), by="publisher"))
    assert table.splitlines()[0] == "4 records: 3 analysed, 1 failed (no_text 1)"
    assert "Sourcing by publisher" in table
    assert "  all             3      2          2       0             0             4            50.0%" in table
    assert "  Courier         1      0          0       0             0             0                —" in table
    assert "Most quoted people\n  name      attributions  articles\n  --------  ------------  --------\n  Ana Ruiz             2         2\n" in table
    assert "Most quoted organisations: none" in table
    assert "Figures per article: mean 2.333, median 3, max 3 (7 in 3 articles)" in table


def test_csv_format_is_one_table_with_a_section_column():
    rows = list(csv.DictReader(io.StringIO(format_csv(summarise(_corpus(), by="publisher")))))
    assert rows[0] == {"section": "sourcing", "name": "all", "articles": "3", "attributions": "4", "named": "2",
                       "anonymous": "2", "outlet": "0", "unattributed": "0", "anonymous_share": "0.5", "value": ""}
    assert [(r["section"], r["name"]) for r in rows[1:5]] == [
        ("sourcing", "publisher=Ledger"), ("sourcing", "publisher=Courier"), ("people", "Ana Ruiz"), ("outlets", "Daily Ledger")]
    assert [(r["name"], r["value"]) for r in rows if r["section"] == "figures"] == [
        ("articles", "3"), ("total", "7"), ("per_article_mean", "2.333"), ("per_article_median", "3"),
        ("per_article_max", "3"), ("label=number", "3"), ("label=money", "2"), ("label=year", "2")]


def test_json_format_is_the_summary():
    s = summarise(_corpus())
    assert json.loads(format_json(s)) == s


def test_html_page_has_svg_charts_no_script_and_escapes_names():
    story = build_story()
    sources = story["sources"]
    evil = attrs.evolve(sources[0], data={**sources[0].data, "name": "<script>alert(1)</script>"})
    story = story.with_layer(attrs.evolve(sources, annotations=[evil, *sources[1:]]))
    page = format_html(summarise([_record(story, 1, publisher="<b>Ledger</b>")], by="publisher"))
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;Ledger&lt;/b&gt;" in page
    assert page.count("<svg") == 5  # sourcing, by publisher, people, outlets, figures (no organisations)
    assert "http:" not in page and "https:" not in page


def test_summary_command_prints_the_table_of_a_corpus_output(tmp_path, capsys):
    from newslens.cli import main

    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _corpus()), encoding="utf-8")
    assert main(["summary", str(path), "--by", "publisher"]) == 0
    assert capsys.readouterr().out == format_table(summarise(_corpus(), by="publisher"))
    assert main(["summary", str(path), "--format", "csv"]) == 0
    assert capsys.readouterr().out == format_csv(summarise(_corpus()))
    out = tmp_path / "summary.html"
    assert main(["summary", str(path), "--html", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == format_html(summarise(_corpus()))


def test_summary_command_of_a_missing_file_is_a_one_line_error(tmp_path, capsys):
    from newslens.cli import main

    assert main(["summary", str(tmp_path / "none.jsonl")]) == 1
    assert capsys.readouterr().err == f"newslens: error: {tmp_path / 'none.jsonl'}: no such file\n"


def test_summary_reads_the_corpus_writer_output_and_groups_by_a_record_field(tmp_path, fresh_plugins):
    from newslens.cli import main

    src = tmp_path / "records.jsonl"
    records = [
        {"id": "a1", "title": "Council Meets", "text": "The council met on Monday.", "publisher": "Ledger"},
        {"id": "a2", "title": "Bridge Opens", "text": "The bridge opened on Tuesday.", "publisher": "Ledger"},
        {"id": "b1", "title": "Storm Nears", "text": "A storm is expected on Friday.", "publisher": "Courier"},
        {"id": "c1", "publisher": "Courier"},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    main(["analyse", str(src), "-o", str(out), "--workers", "1", "--quiet"])
    s = summarise(read_records(str(out)), by="publisher")
    assert (s["records"], s["analysed"], s["failed"]) == (4, 3, 1)
    assert [(g["group"], g["articles"]) for g in s["groups"]] == [("Ledger", 2), ("Courier", 1)]
