"""render/html: golden files, one element per change, links, escaping, the page's policy."""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from articlediff.render.describe import list_changes
from articlediff.render.html import JS, render_html

from ..conftest import FIXTURES
from ..test_golden import CASES, relative_diff
from .views import (
    check_golden,
    hostile_diff,
    quoted_diff,
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_html_golden(case: Path, update_golden: bool) -> None:
    check_golden(render_html(relative_diff(case)), f"{case.name}.html", update_golden)


class Page(HTMLParser):
    """Ids, links, scripts and change elements of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.changes: list[dict[str, str | None]] = []
        self.scripts: list[str] = []
        self.external: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if "change" in str(found.get("class", "")).split():
            self.changes.append(found)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        for name in ("src", "href"):
            value = str(found.get(name) or "")
            if value and not value.startswith("#"):
                self.external.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def page(markup: str) -> Page:
    parsed = Page()
    parsed.feed(markup)
    return parsed


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_html_one_element_per_change(case: Path) -> None:
    diff = relative_diff(case)
    parsed = page(render_html(diff))
    assert [c["id"] for c in parsed.changes] == [f"change-{n}" for n in range(1, len(list_changes(diff)) + 1)]
    assert len(parsed.changes) == sum(b.kind.value != "unchanged" or b.moved for b in diff.rows)
    assert len(parsed.ids) == len(set(parsed.ids)), "duplicate ids"
    assert {link[1:] for link in parsed.links} <= set(parsed.ids), "a link to nowhere"
    assert parsed.external == [], "the page must not load anything"
    assert [f"#change-{n}" for n in range(1, len(parsed.changes) + 1)] == [
        link for link in parsed.links if link.startswith("#change-")
    ][: len(parsed.changes)], "the table of changes links to every change in order"


def test_html_moves_link_to_their_origin() -> None:
    markup = render_html(relative_diff(FIXTURES / "corpus" / "case02"))
    assert 'id="from-3"' in markup and 'href="#from-3"' in markup
    assert "Old ¶3 stood here; it moved to <a href=\"#change-1\">¶0</a>" in markup
    assert "Part of old ¶1 stood here" in markup


def test_html_escapes_story_text() -> None:
    markup = render_html(hostile_diff())
    parsed = page(markup)
    assert parsed.scripts == [JS], "the only script is ours"
    assert "&lt;script&gt;window.pwned=1;alert(1)&lt;/script&gt;" in markup
    assert "&lt;b&gt;bold&lt;/b&gt;" in markup and "&amp;amp; &amp;copy;" in markup
    assert "\x1b" not in markup and "\u202e" not in markup and "␛[31mred⟨U+202E⟩evil" in markup


def test_html_policy_allows_only_its_script() -> None:
    markup = render_html(relative_diff(FIXTURES / "cnn-el-salvador"))
    digest = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in markup and "default-src 'none'" in markup
    assert "prefers-color-scheme:dark" in markup


def test_html_quotes_and_metadata() -> None:
    markup = render_html(quoted_diff())
    assert "<h2>Quotes</h2>" in markup
    assert "a bizarre <del>plan</del><ins>proposal</ins>" in markup
    assert '(<a href="#change-8">¶11</a>) Palomares:' in markup
    assert "<strong>byline removed:</strong> <del>date 2025-02-03" in markup
