"""What the tests of the views for people share: their golden files, a hostile story
and a diff with quotes.

Golden files live in tests/golden/views/; regenerate them on purpose with
``pytest tests/render --update-golden`` and read the diff before committing.
The other tests check meaning: one mark per change, marks on the right side, widths,
and that story text never becomes markup in Markdown or HTML.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from articlediff import compare
from articlediff.model import ArticleDiff, Span, SpanOp
from articlediff.render.describe import list_changes

from ..conftest import FIXTURES, GOLDEN
from ..test_golden import relative_diff

VIEWS = GOLDEN / "views"
SIGNS = "~+-↕"

HOSTILE_OLD = """\
The mayor said the *new* budget of $5 million and $6 million was final, according to [x](y) and officials at city hall on Monday.

Council members argued over the plan for hours before the vote on Tuesday evening in the packed chamber downtown.

This paragraph will be removed from the story entirely by the editors."""

HOSTILE_NEW = """\
The mayor said the ~~new~~ budget of $5 million and $6 million was final, according to [x](y) and <script>window.pwned=1;alert(1)</script> officials at city hall on Monday, @user said #12.

Council members argued over the plan for hours before the vote on Tuesday evening in the packed chamber downtown.

# Not a heading

1. not a list <b>bold</b> _under_ `code` | a | b | &amp; &copy; \\ end \x1b[31mred\u202eevil"""


def hostile_diff() -> ArticleDiff:
    return compare(HOSTILE_OLD, HOSTILE_NEW)


def check_golden(output: str, name: str, update: bool) -> None:
    golden = VIEWS / name
    if update:
        VIEWS.mkdir(parents=True, exist_ok=True)
        golden.write_text(output, encoding="utf-8")
        pytest.skip(f"{golden.name} rewritten: read it before committing")
    if not golden.exists():
        pytest.fail(f"{golden.name} is missing: run pytest with --update-golden and read it")
    assert output == golden.read_text(encoding="utf-8")


def story_changes(diff: ArticleDiff) -> int:
    """Changed blocks that are story text (byline, dateline and boilerplate are
    listed apart, with the metadata)."""
    return sum(not c.metadata for c in list_changes(diff))


class FakeQuote(NamedTuple):
    text: str
    speaker: str | None
    paragraph: int
    parts: tuple[str, ...] = ()


class FakeQuoteChange(NamedTuple):
    change: str
    kind: str
    old: FakeQuote | None
    new: FakeQuote | None
    spans: tuple[Span, ...] = ()
    detail: str | None = None
    attribution_changed: bool = False
    speaker_changed: bool = False


QUOTES = (
    FakeQuoteChange("added", "quote", None, FakeQuote("“These are human beings,”", "Palomares", 11)),
    FakeQuoteChange("removed", "quote", FakeQuote("The US is", "Gellman", 9), None),
    FakeQuoteChange(
        "changed", "quote", FakeQuote("a bizarre plan", "Gellman", 10), FakeQuote("a bizarre proposal", "Gellman", 13),
        spans=(Span(SpanOp.EQUAL, "a bizarre "), Span(SpanOp.DELETE, "plan"), Span(SpanOp.INSERT, "proposal")),
        detail="words",
    ),
    FakeQuoteChange("reattributed", "quote", FakeQuote("a sad day", "Rubio", 3), FakeQuote("a sad day", "LULAC", 9),
                    attribution_changed=True, speaker_changed=True),
    FakeQuoteChange("added", "term", None, FakeQuote("safe third country", None, 25)),
    FakeQuoteChange("unchanged", "quote", FakeQuote("x", None, 2), FakeQuote("x", None, 2)),
    FakeQuoteChange("unchanged", "quote", FakeQuote("y", None, 3), FakeQuote("y", None, 4)),
)


def quoted_diff() -> ArticleDiff:
    return relative_diff(FIXTURES / "cnn-el-salvador")._replace(quotes=QUOTES)  # type: ignore[arg-type]
