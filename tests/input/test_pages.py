"""Real pages come out as their article with the default install: the CNN HTML pair and
two pages of trafilatura's public extraction test set (fixtures/pages/*/source.txt
gives each page's provenance and what it must give)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from articlediff import Role, load_article
from articlediff.cli import main
from articlediff.input.extract import extract_html, extract_html_builtin
from articlediff.input.load import input_warnings

from ..conftest import FIXTURES

PAGES = sorted((FIXTURES / "pages").iterdir())


def expected(page: Path) -> dict[str, str]:
    fields = {}
    for line in (page / "source.txt").read_text("utf-8").splitlines():
        key, sep, value = line.partition(": ")
        if sep and key in ("paragraphs", "headline", "byline", "date", "first", "last", "subheads"):
            fields[key] = value.strip()
    fields.setdefault("subheads", "")
    return fields


def one(article, role: Role) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in article.paragraphs if p.role is role]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_a_real_page_comes_out_as_its_article(page: Path) -> None:
    want = expected(page)
    article = load_article(page / "page.html")
    assert article.extractor == "trafilatura"
    assert len(article.paragraphs) == int(want["paragraphs"])
    assert [(p.role, p.text) for p in article.paragraphs[:3]] == [
        (Role.HEADLINE, want["headline"]), (Role.BYLINE, want["byline"]), (Role.DATELINE, want["date"]),
    ]
    assert article.paragraphs[3].text.startswith(want["first"])
    assert article.paragraphs[-1].text.startswith(want["last"])
    assert one(article, Role.SUBHEAD) == [s for s in want["subheads"].split(" | ") if s]
    assert one(article, Role.HEADLINE) == [want["headline"]]


def test_the_heavy_navigation_page_keeps_none_of_it() -> None:
    article = load_article(FIXTURES / "pages" / "dw-colonial" / "page.html")
    text = "\n".join(p.text for p in article.paragraphs)
    for chrome in ("Inhalt", "Navigation", "Albanian", "Shqip", "Namibians want Germany to remove monuments"):
        assert chrome not in text
    # The same page through the built-in extractor, for the record of why it is only a fallback.
    assert len(extract_html_builtin((FIXTURES / "pages" / "dw-colonial" / "page.html").read_text())) > 100


@pytest.mark.parametrize("version, count", [(1, 19), (2, 33)])
def test_the_cnn_pages_give_headline_byline_and_published_date(version: int, count: int) -> None:
    article = load_article(FIXTURES / "cnn-el-salvador-html" / f"v{version}.html")
    assert article.extractor == "trafilatura" and len(article.paragraphs) == count
    assert [(p.role, p.text) for p in article.paragraphs[:3]] == [
        (Role.HEADLINE, "El Salvador agrees to house violent US criminals and deportees of any nationality"),
        (Role.BYLINE, "Stefano Pozzebon; Jessie Yeung; Marlon Sorto"),
        (Role.DATELINE, "2025-02-03"),  # article:published_time
    ]


def test_the_cnn_pair_reports_no_byline_or_dateline_change() -> None:
    pages = FIXTURES / "cnn-el-salvador-html"
    result = CliRunner().invoke(main, [str(pages / "v1.html"), str(pages / "v2.html"), "--format", "json"])
    import json

    roles = {m["role"] for m in json.loads(result.stdout)["metadata"]}
    assert not roles & {"byline", "dateline", "headline"}


def test_trafilatura_is_a_regular_dependency() -> None:
    from importlib.metadata import requires

    assert any(r.startswith("trafilatura") and "extra" not in r for r in requires("articlediff") or [])


class TestFallback:
    """The built-in extractor only stands in where trafilatura reads no article, and
    the user is told which page it read."""

    # An old page laid out in a table: trafilatura leaves tables out of the article.
    TEXT = "The council voted on Monday to close the bridge."
    PAGE = f"<html><body><table><tr><td><p>{TEXT}</p></td></tr></table></body></html>"

    def test_a_page_trafilatura_cannot_read_falls_back(self) -> None:
        page = extract_html(self.PAGE)
        assert page.extractor == "builtin" and [b.text for b in page.blocks] == [self.TEXT]

    def test_the_warning_names_the_page(self, tmp_path: Path) -> None:
        bad = tmp_path / "bad.html"
        bad.write_text(self.PAGE)
        good = load_article(FIXTURES / "cnn-el-salvador-html" / "v1.html")
        warnings = input_warnings(good, load_article(bad))
        assert any("trafilatura found no article in" in w and "bad.html" in w and "built-in" in w for w in warnings)

    def test_a_good_pair_gives_no_extractor_warning(self) -> None:
        pages = FIXTURES / "cnn-el-salvador-html"
        assert input_warnings(load_article(pages / "v1.html"), load_article(pages / "v2.html")) == []

    def test_the_metadata_title_loses_the_site_name_only_when_the_h1_says_so(self) -> None:
        body = "<p>" + "The council voted on Monday to close the bridge for repairs. " * 6 + "</p>"
        head = '<head><meta property="og:title" content="{}"></head>'
        with_h1 = f"<html>{head.format('Bridge to close | City News')}<body><article><h1>Bridge to close</h1>{body}</article></body></html>"
        without = f"<html>{head.format('Bridge to close: for a year')}<body><article>{body}</article></body></html>"
        assert extract_html(with_h1).blocks[0].text == "Bridge to close"
        assert extract_html(without).blocks[0].text == "Bridge to close: for a year"


def test_text_input_never_imports_trafilatura() -> None:
    import subprocess
    import sys

    code = ("import sys; from articlediff.input.load import load_article; "
            f"load_article({str(FIXTURES / 'cnn-el-salvador' / 'v1.txt')!r}); "
            "print('trafilatura' in sys.modules, 'lxml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
