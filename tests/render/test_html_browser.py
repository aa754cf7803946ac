"""The HTML view in a real browser: Debian's Chromium, headless, driven by Playwright.

Playwright's own browser downloads are never used: the test runs /usr/bin/chromium
(apt package ``chromium``) and skips, saying why, when it is not installed, except in
CI (``CI`` set), where a missing browser fails the run.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from articlediff import compare
from articlediff.render.describe import list_changes
from articlediff.render.html import render_html

from ..conftest import FIXTURES
from ..test_golden import relative_diff

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
HOSTILE = (
    "The council voted on the budget on Monday after a long debate in the chamber downtown.",
    ("The council voted on the budget on Monday <script>window.pwned = 1; alert(1)</script> after a long "
     "debate in the chamber downtown. <img src=x onerror=\"window.pwned = 2\">"),
)

if not CHROMIUM.exists():
    # CI must run this test (.ci/run installs the browser); elsewhere it may be missing.
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is not installed, and CI must run the browser test", pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)

# Imported after the check: the test extra has playwright, only the browser may be missing.
from playwright import sync_api  # noqa: E402


class Browser:
    """One headless Chromium with a fresh profile; a new page per test that records
    console errors, page errors, dialogs and any request other than the page itself."""

    def __init__(self, context: Any) -> None:
        self.context = context

    def open(self, path: Path, *, color_scheme: str = "light") -> Any:
        page = self.context.new_page()
        page.emulate_media(color_scheme=color_scheme)
        page.problems = []  # type: ignore[attr-defined]
        page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
        page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("request", lambda r: r.url != path.as_uri() and page.problems.append(f"request: {r.url}"))
        page.goto(path.as_uri())
        return page


@pytest.fixture(name="browser", scope="module")
def fixture_browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS, viewport=VIEWPORT,
        )
        try:
            yield Browser(context)
        finally:
            context.close()
    shutil.rmtree(profile, ignore_errors=True)


def write_page(tmp_path: Path, markup: str) -> Path:
    path = tmp_path / "diff.html"
    path.write_text(markup, encoding="utf-8")
    return path


def test_fixture_page_loads_cleanly_with_every_change(browser: Browser, tmp_path: Path) -> None:
    diff = relative_diff(FIXTURES / "cnn-el-salvador")
    page = browser.open(write_page(tmp_path, render_html(diff)))
    expected = sum(b.kind.value != "unchanged" or b.moved for b in diff.rows)
    assert page.locator(".change").count() == expected == len(list_changes(diff)) == 28
    assert page.locator("nav.toc a[href^='#change-']").count() == expected
    assert page.locator("del").count() > 0 and page.locator("ins").count() > 0
    assert page.locator("#position").inner_text() == "28 changes · j next · k previous"
    assert page.problems == []


def test_keyboard_moves_between_changes(browser: Browser, tmp_path: Path) -> None:
    page = browser.open(write_page(tmp_path, render_html(relative_diff(FIXTURES / "cnn-el-salvador"))))
    hashes = []
    for key in ["j", "j", "n", "k", "p"]:
        page.keyboard.press(key)
        hashes.append(page.evaluate("location.hash"))
    assert hashes == ["#change-1", "#change-2", "#change-3", "#change-2", "#change-1"]
    page.keyboard.press("j")
    top = page.evaluate("document.getElementById('change-2').getBoundingClientRect().top")
    assert 0 <= top < VIEWPORT["height"] / 2, "the change is scrolled to the top of the window"
    assert page.evaluate("document.activeElement.id") == "change-2"
    assert page.locator("#position").inner_text() == "change 2 of 28"
    for _ in range(40):
        page.keyboard.press("j")
    assert page.evaluate("location.hash") == "#change-28", "stops at the last change"
    page.click("nav.toc a[href='#change-5']")
    assert page.evaluate("location.hash") == "#change-5"
    assert page.problems == []


def test_moved_paragraph_links_to_where_it_stood(browser: Browser, tmp_path: Path) -> None:
    page = browser.open(write_page(tmp_path, render_html(relative_diff(FIXTURES / "corpus" / "case02"))))
    page.click("#change-1 .label a[href='#from-3']")
    assert page.evaluate("location.hash") == "#from-3"
    assert "Old ¶3 stood here" in page.locator("#from-3").inner_text()
    assert page.problems == []


def test_hostile_story_is_shown_not_run(browser: Browser, tmp_path: Path) -> None:
    page = browser.open(write_page(tmp_path, render_html(compare(*HOSTILE))))
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("script").count() == 1 and page.locator("main img").count() == 0
    text = page.locator("main").inner_text()
    assert "<script>window.pwned = 1; alert(1)</script>" in text
    assert '<img src=x onerror="window.pwned = 2">' in text
    assert page.problems == []


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize(("scheme", "background"), [("light", "rgb(255, 255, 255)"), ("dark", "rgb(13, 17, 23)")])
def test_screenshot(browser: Browser, tmp_path: Path, scheme: str, background: str) -> None:
    page = browser.open(write_page(tmp_path, render_html(relative_diff(FIXTURES / "cnn-el-salvador"))),
                        color_scheme=scheme)
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == background
    shot = tmp_path / f"diff-{scheme}.png"
    page.screenshot(path=str(shot))
    assert png_size(shot) == (VIEWPORT["width"], VIEWPORT["height"])
    assert shot.stat().st_size > 50_000, "a screenshot of a page full of text"
    full = tmp_path / f"diff-{scheme}-full.png"
    page.screenshot(path=str(full), full_page=True)
    width, height = png_size(full)
    assert width == VIEWPORT["width"] and height > 3 * VIEWPORT["height"]
    assert page.problems == []
