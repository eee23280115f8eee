"""The HTML reader: pages the project writes, read into documents with their structure."""

from __future__ import annotations

import newslens
from newslens.cli import main
from newslens_html import HTMLReader, read_html

PAGE = """<!doctype html>
<html><head><title>Harbour Bridge Reopens After Repairs | The Coastal Gazette</title>
<meta property="og:title" content="Harbour Bridge Reopens After Repairs">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<script>var tracking = "<p>not article</p>";</script>
<style>p { color: red }</style>
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour Bridge Reopens After Repairs</h1>
<p class="byline">By Jane Doe</p>
<time datetime="2024-03-05">March 5, 2024</time>
<p>The harbour bridge reopened on Tuesday after six months of repairs, the city said.</p>
<figure><img src="bridge.jpg" alt="The bridge at dawn"><figcaption>The bridge at dawn. Photo by Sam Lee/Getty Images</figcaption></figure>
<p>“We are proud of the crews,” Mayor Ana Ruiz told reporters. The work cost $40 million.</p>
<p>Officials said traffic would return to normal by Friday &lt;script&gt;alert(1)&lt;/script&gt;.</p>
</article>
<footer><p>Copyright 2024 The Coastal Gazette. All rights reserved.</p></footer>
</body></html>
"""

TEXT = (
    "Harbour Bridge Reopens After Repairs\n\nBy Jane Doe\n\nMarch 5, 2024\n\n"
    "The harbour bridge reopened on Tuesday after six months of repairs, the city said.\n\n"
    "The bridge at dawn. Photo by Sam Lee/Getty Images\n\n"
    "“We are proud of the crews,” Mayor Ana Ruiz told reporters. The work cost $40 million.\n\n"
    "Officials said traffic would return to normal by Friday <script>alert(1)</script>."
)


def test_page_becomes_headline_byline_date_body_and_caption():
    doc = read_html(PAGE.encode("utf-8"), path="bridge.html")
    assert doc.text == TEXT
    assert doc.headline_text == "Harbour Bridge Reopens After Repairs"
    assert [(doc.text_of(c), c.kind) for c in doc.credits] == [
        ("By Jane Doe", "byline"), ("March 5, 2024", "date"), ("The bridge at dawn. Photo by Sam Lee/Getty Images", "image")]
    assert doc.paragraphs == (
        "The harbour bridge reopened on Tuesday after six months of repairs, the city said.",
        "“We are proud of the crews,” Mayor Ana Ruiz told reporters. The work cost $40 million.",
        "Officials said traffic would return to normal by Friday <script>alert(1)</script>.",
    )


def test_metadata_and_the_map_of_blocks_to_their_elements_are_kept():
    doc = read_html(PAGE.encode("utf-8"), path="bridge.html")
    assert {k: doc.meta[k] for k in ("reader", "title", "author", "date", "path")} == {
        "reader": "html", "title": "Harbour Bridge Reopens After Repairs", "author": "Jane Doe", "date": "2024-03-05", "path": "bridge.html"}
    assert [(doc.text[b["start"]:b["end"]][:20], b["kind"], b["tag"]) for b in doc.meta["blocks"]] == [
        ("Harbour Bridge Reope", "headline", "h1"), ("By Jane Doe", "byline", "byline"), ("March 5, 2024", "date", "time"),
        ("The harbour bridge r", "body", "p"), ("The bridge at dawn. ", "caption", "figcaption"),
        ("“We are proud of the", "body", "p"), ("Officials said traff", "body", "p")]


def test_sentences_are_split_in_the_body():
    doc = read_html(PAGE.encode("utf-8"))
    assert [doc.text_of(s) for s in doc.sentences_in(doc.body[1])] == [
        "“We are proud of the crews,” Mayor Ana Ruiz told reporters.", "The work cost $40 million."]


def test_page_in_a_declared_legacy_encoding_is_decoded():
    page = ('<html><head><meta charset="windows-1252"><title>Caf\u00e9 Opens</title></head><body><article>'
            "<h1>Caf\u00e9 Opens</h1><p>The caf\u00e9 on Main Street opened its doors on Monday morning to a long queue of neighbours.</p>"
            "<p>\u201cIt was worth the wait,\u201d said one customer who had waited since dawn outside the door.</p></article></body></html>")
    doc = read_html(page.encode("windows-1252"))
    assert doc.headline_text == "Caf\u00e9 Opens"
    assert doc.paragraphs[1] == "\u201cIt was worth the wait,\u201d said one customer who had waited since dawn outside the door."


def test_caption_of_a_picture_the_extractor_dropped_goes_to_the_end():
    page = ("<html><head><title>Storm Hits Coast</title></head><body><article><h1>Storm Hits Coast</h1>"
            "<p>The storm reached the coast late on Sunday, bringing winds of up to 90 miles an hour to the towns.</p>"
            '<div class="photo-credit">Photo: Ann Lee/AP</div>'
            "<p>Schools will stay closed on Monday while crews clear the roads, the county said in a statement.</p>"
            "</article></body></html>")
    doc = read_html(page)
    assert [(doc.text_of(c), c.kind) for c in doc.credits] == [("Photo: Ann Lee/AP", "image")]
    assert len(doc.body) == 2


def test_reader_is_registered_through_the_entry_point():
    from newslens.readers import reader_for

    found = reader_for("page.HTML")
    assert found is not None and found.obj.name == "html" and found.distribution == "newslens-html"
    assert isinstance(found.obj, HTMLReader)


def test_document_read_from_a_page_is_analysed_as_usual():
    doc = newslens.analyse(read_html(PAGE))
    assert doc.text == TEXT
    assert all(0 <= a.start <= a.end <= len(doc.text) for layer in doc.layers.values() for a in layer)


def test_report_command_reads_the_page_and_escapes_its_text(tmp_path):
    src = tmp_path / "bridge.html"
    src.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(src), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<title>Harbour Bridge Reopens After Repairs · newslens report</title>" in page
    assert "alert(1)" in page and "<script>alert(1)" not in page


FEATURE = """<html><head><title>Inside the Night Shift at the City Hospital</title></head><body>
<header><ul><li><a href="/">Home</a></li><li><a href="/health">Health</a></li></ul></header>
<main><article>
<h1>Inside the Night Shift at the City Hospital</h1>
<div class="article-byline">By Priya Nair and Tom Weller</div>
<p>At two in the morning the emergency ward of the city hospital is louder than most offices at noon, and the nurses on duty know every sound.</p>
<h2>A ward that never sleeps</h2>
<p>Seven nurses cover forty beds on a typical night, according to the hospital's own staffing figures published last spring.</p>
<figure><img src="/img/ward.jpg" alt=""><figcaption><span class="caption">Nurses change shifts at midnight.</span> <span class="credit">Jo Park for the City Herald</span></figcaption></figure>
<p>The shortest break anyone took last week lasted four minutes, the head nurse said, and the longest lasted twenty-five.</p>
<ul><li>Seven nurses on an average night shift across the whole ward</li><li>Forty beds to cover, most of them taken by the early hours</li></ul>
<p>“We manage because we have to,” said Maria Lopez, who has worked nights at the hospital for eleven years.</p>
</article></main>
<footer><p>Subscribe to our newsletter for more stories from the city.</p></footer>
</body></html>"""


def test_subheadings_list_items_and_caption_with_credit_keep_their_place():
    doc = read_html(FEATURE)
    assert doc.headline_text == "Inside the Night Shift at the City Hospital"
    assert [(doc.text_of(c), c.kind) for c in doc.credits] == [
        ("By Priya Nair and Tom Weller", "byline"),
        ("Nurses change shifts at midnight. Jo Park for the City Herald", "image"),
    ]
    kinds = [(b["kind"], b["tag"]) for b in doc.meta["blocks"]]
    assert kinds == [("headline", "h1"), ("byline", "byline"), ("body", "p"), ("body", "h2"), ("body", "p"),
                     ("caption", "figcaption"), ("body", "p"), ("body", "li"), ("body", "li"), ("body", "p")]
    assert doc.paragraphs[1] == "A ward that never sleeps"
    assert "Subscribe" not in doc.text and "Home" not in doc.text


def test_every_block_of_the_map_covers_its_words_exactly():
    doc = read_html(FEATURE)
    spans = [(b["start"], b["end"]) for b in doc.meta["blocks"]]
    assert "\n\n".join(doc.text[s:e] for s, e in spans) == doc.text
