"""Make the report screenshots in docs/img/ from the bundled sample article.

    python scripts/report_screenshot.py

Needs playwright (the test extra) and Debian's chromium (``apt-get install chromium``);
no browser is downloaded. The sample is analysed by whatever analysers are installed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import newslens
from newslens.demo import SAMPLE

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
OUT = Path(__file__).resolve().parents[1] / "docs" / "img"


def main(chromium: str = "/usr/bin/chromium") -> int:
    from playwright.sync_api import sync_playwright

    doc = newslens.analyse(SAMPLE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "report.html"
        page_path.write_text(doc.to_html(), encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860}, device_scale_factor=1)
            page.goto(page_path.as_uri())
            # Open one quote's details: the first quote mark with no other mark at its start.
            for mark in page.query_selector_all('.nl-fill[data-layer-index="0"]'):
                if mark.evaluate("m => m.firstChild && m.firstChild.nodeType === 3 && m.textContent.length > 30"):
                    mark.click(position={"x": 4, "y": 6})
                    break
            page.screenshot(path=str(OUT / "report.png"))
            phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
            phone.goto(page_path.as_uri())
            phone.screenshot(path=str(OUT / "report-phone.png"))
            browser.close()
    print(f"wrote {OUT / 'report.png'} and {OUT / 'report-phone.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
