"""The report page: self-contained, escaped, one toggle per layer, details for each mark."""

import base64
import hashlib
import json
import re

import attrs
import pytest

from newslens import Annotation, Layer, Provenance, Span, parse
from newslens.report import json_for_script, render_html, write_html

from .hostile import hostile_document


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="nl-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.S)


def test_to_html_is_the_report_page(story):
    assert story.to_html() == render_html(story)


def test_page_loads_nothing_from_outside(story):
    page = story.to_html()
    assert re.findall(r"\b(?:src|href)\s*=", page) == []
    assert "http:" not in page and "https:" not in page and "@import" not in page and "url(" not in page


def test_page_allows_only_its_own_script_by_hash(story):
    page = story.to_html()
    (script,) = _scripts(page)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page
    assert "default-src 'none'" in page


def test_each_layer_has_a_toggle_with_its_count(story):
    page = story.to_html()
    toggles = re.findall(r'<label class="nl-toggle nl-l(\d+)" data-layer="([^"]+)">.*?<span class="nl-count">(\d+)</span>', page)
    assert toggles == [("0", "quotes", "2"), ("1", "sources", "3"), ("2", "entities", "2"), ("3", "figures", "3"), ("4", "image_credits", "1")]


def test_quote_details_name_speaker_cue_and_source(story):
    info = _data(story.to_html())["ann"]["quotes-1"]
    assert info["title"] == "Quotes" and info["label"] == "direct"
    assert info["text"] == "We will build it by 2030,"
    assert info["fields"][:3] == [["speaker", "“Mayor Ana Ruiz”"], ["cue", "“said”"], ["source", "Ana Ruiz (person)"]]


def test_quote_speaker_and_cue_are_marked_in_the_text(story):
    page = story.to_html()
    assert re.search(r'<mark class="nl-m nl-l0 nl-speaker" data-layer-index="0" data-id="quotes-1"[^>]*>', page)
    assert re.search(r'<mark class="nl-m nl-l0 nl-cue" data-layer-index="0" data-id="quotes-1"[^>]*>said</mark>', page)


def test_every_mark_is_closed_in_each_paragraph(story):
    page = story.to_html()
    for para in re.findall(r'<p class="nl-block[^"]*"[^>]*>(.*?)</p>', page, re.S):
        assert para.count("<mark") == para.count("</mark>")


def test_sourcing_panel_shows_counts_and_anonymous_share(story):
    page = story.to_html()
    assert re.findall(r'<span class="nl-num" data-kind="(\w+)">(\d+)</span>', page) == [
        ("named", "1"), ("anonymous", "1"), ("outlet", "0"), ("unattributed", "0")]
    assert 'data-share="0.5000">50%' in page


def test_sources_are_listed_with_their_roles(story):
    page = story.to_html()
    items = re.findall(r'<li data-goto="(sources-\d)"><strong>(.*?)</strong>.*?(?:<span class="nl-sub">(.*?)</span>)?</li>', page)
    assert items == [
        ("sources-1", "Ana Ruiz", "Mayor · 1 attribution"),
        ("sources-2", "Two officials who asked not to be named", "officials · 2 people · via Daily Ledger · 1 attribution"),
        ("sources-3", "Daily Ledger", ""),
    ]


def test_figures_table_has_one_row_per_figure(story):
    rows = re.findall(r'<tr data-goto="(figures-\d)"><td>(.*?)</td><td>(.*?)</td><td class="nl-num">(.*?)</td><td>(.*?)</td>', story.to_html())
    assert rows == [("figures-1", "2030", "year", "2030", ""), ("figures-2", "Two", "number", "2", ""),
                    ("figures-3", "$40 million", "money", "40000000", "USD")]


def test_image_credit_is_listed_with_photographer_and_agency(story):
    assert ('<li data-goto="image_credits-1"><strong>Photo by Sam Lee/City Press</strong><span class="nl-chip">image</span>'
            '<span class="nl-sub">photographer: Sam Lee · provider: City Press · agency: City Press</span></li>') in story.to_html()


def test_unknown_layer_gets_a_toggle_and_a_colour_of_its_own():
    doc = parse("Title\n\nA claim here.")
    doc = doc.with_layer(Layer("claims", [Annotation(9, 14, label="claim")], Provenance("claims", "1")))
    page = doc.to_html()
    assert '<label class="nl-toggle nl-l0" data-layer="claims">' in page
    assert re.search(r"\.nl-l0\{--c:hsl\(\d+ 65% 45%\)\}", page)
    assert '<mark class="nl-m nl-l0 nl-fill" data-layer-index="0" data-id="_claims-1" data-label="claim"' in page


def test_document_without_layers_shows_its_paragraphs():
    page = parse("Title\n\nFirst.\n\nSecond.").to_html()
    assert '<h1 class="nl-block nl-headline">Title</h1>' in page
    assert re.findall(r'<p class="nl-block nl-body">(.*?)</p>', page) == ["First.", "Second."]
    assert "No quotes layer" in page


def test_text_outside_every_block_is_still_shown():
    from newslens import Document

    page = Document("Just some text.\n\nAnd more.").to_html()
    assert re.findall(r'<p class="nl-block nl-extra nl-body">(.*?)</p>', page) == ["Just some text.", "And more."]


def test_hostile_article_text_is_escaped_everywhere():
    page = hostile_document().to_html()
    body = page.split("<body>", 1)[1]
    # Only the page's own two script elements, and no element the article tried to open.
    assert body.count("<script") == 2
    assert "<img" not in body and "<svg onload" not in body and "<b " not in body and "<!--" not in body
    assert "&lt;script&gt;alert(&#x27;headline&#x27;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(&#x27;img&#x27;)&gt;" in body
    assert "javascript:alert(&#x27;js&#x27;)" in body
    assert "<title>Breaking &lt;script&gt;alert(&#x27;headline&#x27;)&lt;/script&gt; news · newslens report</title>" in page


def test_hostile_strings_in_embedded_json_cannot_close_the_script():
    page = hostile_document().to_html()
    block = re.search(r'<script type="application/json" id="nl-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    assert data["ann"]["x-1"]["fields"] == [["link", "javascript:alert('link')"], ["note", "</script><script>alert('data')</script>"]]
    assert data["ann"]["x-1"]["label"] == "\"><script>alert('label')</script>"


def test_json_for_script_escapes_markup_and_line_separators():
    assert json_for_script({"a": "</script><!--&\u2028"}) == '{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}'


def test_write_html_writes_the_page(story, tmp_path):
    path = tmp_path / "story.html"
    write_html(story, path)
    assert path.read_text(encoding="utf-8") == story.to_html()


def test_seed_article_report_shows_its_structure(seed_text):
    doc = parse(seed_text)
    page = doc.to_html()
    assert page.count('<h1 class="nl-block nl-headline">') == 1
    assert page.count('<p class="nl-block nl-body">') == 16
    assert page.count('<p class="nl-block nl-credit"') == 3
    assert "<title>Russian Troops Start Fighting In Syria After ‘Unprecedented’ Military Buildup · newslens report</title>" in page
