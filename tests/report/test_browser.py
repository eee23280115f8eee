"""The report in a real browser: Debian's chromium driven by playwright.

Locally the test skips when chromium or playwright is missing; in CI (``CI`` set)
it fails instead, so a missing browser can never pass silently.
"""

from __future__ import annotations

import os
import shutil

import pytest

from newslens import Annotation, Layer, Provenance, Span, parse

from .hostile import hostile_document

CHROMIUM = os.environ.get("NEWSLENS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _unavailable(why: str):
    if os.environ.get("CI"):
        pytest.fail(f"the browser test cannot run in CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser():
    """A headless chromium (the distribution's package), closed after the module."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    if not os.path.exists(CHROMIUM):
        _unavailable(f"chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Watch:
    """Everything a page did that a safe report never does: dialogs, console errors, uncaught errors."""

    def __init__(self, page):
        self.dialogs, self.errors = [], []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.errors.append(f"request {r.url}") if not r.url.startswith("file:") else None)


def _open(browser, doc, tmp_path, name, width=1280):
    path = tmp_path / f"{name}.html"
    path.write_text(doc.to_html(), encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    watch = Watch(page)
    page.goto(path.as_uri())
    return page, watch


def _at(text, words, start=0):
    i = text.index(words, start)
    return Span(i, i + len(words))


def seed_document(seed_text):
    """The seed article with a hand-made quote and source, whatever analysers are installed."""
    doc = parse(seed_text)
    text = doc.text
    content = _at(text, "the Russians are no longer just advisors.")
    speaker = _at(text, "one source")
    cue = _at(text, "put it")
    reuters = _at(text, "Reuters")
    two = _at(text, "two unnamed sources")
    quotes = [Annotation(content.start, content.end, label="direct", id="quotes-1",
                         data={"speaker": speaker, "cue": cue, "source": "sources-1"})]
    sources = [
        Annotation(two.start, two.end, label="anonymous", id="sources-1",
                   data={"name": None, "role": None, "count": 2, "via": "sources-2", "mentions": [two, speaker], "quotes": ["quotes-1"]}),
        Annotation(reuters.start, reuters.end, label="outlet", id="sources-2",
                   data={"name": "Reuters", "role": None, "count": None, "via": None, "mentions": [reuters], "quotes": []}),
    ]
    for name, anns in (("quotes", quotes), ("sources", sources)):
        doc = doc.with_layer(Layer(name, anns, Provenance(f"{name}-stub", "0.1")))
    return doc


def _painted(page, selector) -> bool:
    """Whether the element's background has any colour (alpha above zero)."""
    colour = page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor").replace(" ", "")
    return not (colour in ("transparent", "rgba(0,0,0,0)") or colour.endswith("/0)"))


def test_seed_report_toggles_layers_and_shows_quote_details(browser, seed_text, tmp_path):
    page, watch = _open(browser, seed_document(seed_text), tmp_path, "seed")
    quote = '.nl-fill[data-id="quotes-1"]'
    assert _painted(page, quote)
    page.uncheck('.nl-toggle[data-layer="quotes"] input')
    assert not _painted(page, quote)
    page.check('.nl-toggle[data-layer="quotes"] input')
    assert _painted(page, quote)

    assert page.is_hidden("#nl-details")
    page.click(quote)
    assert page.is_visible("#nl-details")
    details = page.inner_text("#nl-details")
    assert "the Russians are no longer just advisors." in details
    assert "“one source”" in details and "“put it”" in details and "two unnamed sources (anonymous)" in details
    page.screenshot(path=str(tmp_path / "seed.png"), full_page=True)
    assert (tmp_path / "seed.png").stat().st_size > 10_000
    page.click("#nl-details .nl-close")
    assert page.is_hidden("#nl-details")
    assert watch.dialogs == [] and watch.errors == []


def test_seed_report_fits_a_phone_screen(browser, seed_text, tmp_path):
    page, watch = _open(browser, seed_document(seed_text), tmp_path, "phone", width=390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    assert watch.errors == []


def test_hostile_article_runs_no_script_and_shows_the_markup_as_text(browser, tmp_path):
    page, watch = _open(browser, hostile_document(), tmp_path, "hostile")
    for mark in page.query_selector_all(".nl-m"):
        mark.hover()
    for mark in page.query_selector_all('.nl-m[data-id="x-1"], .nl-fill[data-id="quotes-1"]'):
        mark.click()
    assert page.evaluate("document.querySelectorAll('article img, article svg, article script, article b').length") == 0
    text = page.inner_text("article")
    assert "<script>alert('headline')</script>" in text
    assert "<img src=x onerror=alert('img')>" in text
    assert "\"><svg onload=alert('svg')>" in text and "javascript:alert('js')" in text
    assert "<b onmouseover=alert('credit')>Sam</b>" in text
    assert "</script><script>alert('data')</script>" in page.inner_text("#nl-details")
    assert page.title() == "Breaking <script>alert('headline')</script> news · newslens report"
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    assert watch.dialogs == []
    assert watch.errors == []


def test_summary_page_with_hostile_names_runs_nothing(browser, tmp_path):
    from newslens.summary import format_html, summarise

    doc = hostile_document()
    record = {"id": 1, "error": None, **doc.to_dict()}
    record["meta"] = {"publisher": "<img src=x onerror=alert('publisher')>"}
    path = tmp_path / "summary.html"
    path.write_text(format_html(summarise([record], by="publisher")), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    watch = Watch(page)
    page.goto(path.as_uri())
    assert page.evaluate("document.querySelectorAll('img, script, foreignObject').length") == 0
    text = page.evaluate("document.body.textContent")  # SVG labels too (innerText leaves them out)
    assert "</script><script>alert('name')</script>" in text
    assert "<img src=x onerror=alert('publisher')>" in text
    page.screenshot(path=str(tmp_path / "summary.png"), full_page=True)
    assert watch.dialogs == [] and watch.errors == []


def test_seed_report_with_the_installed_analysers_opens_details_for_each_layer(browser, seed_text, tmp_path):
    import newslens

    doc = newslens.analyse(seed_text)
    page, watch = _open(browser, doc, tmp_path, "analysed")
    toggles = page.eval_on_selector_all(".nl-toggle", "ts => ts.map(t => t.getAttribute('data-layer'))")
    assert sorted(toggles) == sorted(doc.layers)
    for name, layer in doc.layers.items():
        visible = [a for a in layer if a.end > a.start]
        if not visible:
            continue
        page.click(f'.nl-m[data-id="{visible[0].id}"]', position={"x": 1, "y": 3})
        assert page.is_visible("#nl-details")
    page.screenshot(path=str(tmp_path / "analysed.png"), full_page=True)
    assert watch.dialogs == [] and watch.errors == []
