"""render/_wrap: the terminal views' word wrap gives rich's own lines."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from articlediff import load_article
from articlediff.render._wrap import truncate, wrap_segments
from articlediff.text.words import make_visible

from ..conftest import FIXTURES

WIDTHS = [10, 17, 20, 37, 60, 80, 117]


def fixture_paragraphs() -> list[str]:
    """Every paragraph of every version of every fixture as the views wrap it: tabs as
    spaces, and invisible characters (a zero-width space, say) made visible, as the
    views show them before wrapping."""
    versions = sorted(p for p in FIXTURES.rglob("v*.*") if p.suffix in (".txt", ".html", ".md"))
    assert versions, "no fixtures found"
    return [make_visible(p.text.replace("\t", " ")) for path in versions for p in load_article(str(path)).paragraphs]


PARAGRAPHS = fixture_paragraphs()


def rich_lines(text: str, width: int) -> list[str]:
    """``Text.wrap``'s lines, without the white space it leaves at their ends."""
    console = Console(file=io.StringIO(), width=max(width, 1))
    return [line.plain.rstrip() for line in Text(text).wrap(console, width)]


def plain(lines: list[list[Segment]]) -> list[str]:
    return ["".join(segment.text for segment in line) for line in lines]


@pytest.mark.parametrize("width", WIDTHS)
def test_wrap_gives_rich_lines_on_every_fixture_paragraph(width: int) -> None:
    assert len(PARAGRAPHS) > 100
    for text in PARAGRAPHS:
        assert plain(wrap_segments([Segment(text)], width)) == rich_lines(text, width), text


@pytest.mark.parametrize("width", WIDTHS)
def test_wrap_cuts_styled_segments_where_rich_does(width: int) -> None:
    """The same lines when a paragraph comes in styled pieces, each piece keeping its style."""
    red, green = Style(color="red"), Style(color="green")
    for text in PARAGRAPHS[:40]:
        third = len(text) // 3
        pieces = [Segment(text[:third], red), Segment(text[third:2 * third]), Segment(text[2 * third:], green)]
        lines = wrap_segments(pieces, width)
        assert plain(lines) == rich_lines(text, width), text
        assert all(segment.style in (red, green, None) for line in lines for segment in line)


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("short", 10, "short"),
        ("exactly ten", 11, "exactly ten"),
        ("a line too long", 10, "a line to…"),
        ("first\nsecond", 20, "first"),
    ],
)
def test_truncate_is_one_line_with_an_ellipsis(text: str, width: int, expected: str) -> None:
    assert plain([truncate([Segment(text)], width)]) == [expected]


@pytest.mark.parametrize("text", ["東京都の人口は約一千四百万人です。" * 3, "x" * 45, "word " * 30 + "\n\nnext"])
@pytest.mark.parametrize("width", WIDTHS)
def test_wrap_wide_and_long_words_like_rich(text: str, width: int) -> None:
    assert plain(wrap_segments([Segment(text)], width)) == rich_lines(text, width)
