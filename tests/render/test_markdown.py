"""render/markdown: golden files, and story text never becomes markup; the Markdown
and HTML views do not import rich."""

from __future__ import annotations

import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from articlediff.model import SpanOp
from articlediff.render.markdown import escape, marked_lines, render_markdown

from ..conftest import FIXTURES
from ..test_golden import CASES, relative_diff
from .views import (
    check_golden,
    hostile_diff,
    quoted_diff,
    story_changes,
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_markdown_golden(case: Path, update_golden: bool) -> None:
    check_golden(render_markdown(relative_diff(case)), f"{case.name}.md", update_golden)


def to_html(markdown: str) -> str:
    """Markdown as GitHub renders it (cmark-gfm, raw HTML let through as GitHub's
    sanitiser lets <del> and <strong> through); markdown-it if cmarkgfm is missing."""
    try:
        import cmarkgfm
        from cmarkgfm.cmark import Options
    except ImportError:
        from markdown_it import MarkdownIt

        rendered = MarkdownIt("commonmark").enable(["strikethrough", "table"]).render(markdown)
        return re.sub(r"<(/?)s>", r"<\1del>", rendered)  # markdown-it strikes with <s>
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


class Elements(HTMLParser):
    """The tags and the text of rendered HTML, and the text inside each tag kind."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text = ""
        self.inside: dict[str, list[str]] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._open.append(tag)
        self.inside.setdefault(tag, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            self._open.remove(tag)

    def handle_data(self, data: str) -> None:
        self.text += data
        for tag in set(self._open):
            self.inside[tag][-1] += data


def parse(markup: str) -> Elements:
    parser = Elements()
    parser.feed(markup)
    return parser


def test_markdown_hostile_story_stays_text() -> None:
    markdown = render_markdown(hostile_diff())
    rendered = parse(to_html(markdown))
    # Only the structure we write: headings, lists, block quotes, marks.
    assert set(rendered.tags) <= {"h2", "h3", "ul", "li", "strong", "del", "blockquote", "p"}, rendered.tags
    text = rendered.text.replace("\u200b", "")
    for words in ("~~new~~", "[x](y)", "<script>window.pwned=1;alert(1)</script>", "$5 million and $6 million",
                  "@user said #12", "# Not a heading", "1. not a list <b>bold</b> _under_ `code` | a | b |",
                  "&amp; &copy; \\ end", "*new*"):
        assert words in text, words
    assert "␛[31mred⟨U+202E⟩evil" in text
    assert "\x1b" not in markdown and "\u202e" not in markdown
    assert "@&#8203;user" in markdown and "#&#8203;12" in markdown


def test_markdown_marks_are_the_changes() -> None:
    diff = hostile_diff()
    rendered = parse(to_html(render_markdown(diff).replace("&#8203;", "")))
    edited = next(b for b in diff.rows if b.kind.value == "edited")
    deleted = [s.text.strip() for s in edited.spans if s.op is SpanOp.DELETE]
    inserted = [s.text.strip() for s in edited.spans if s.op is SpanOp.INSERT]
    removed = [b.spans[0].text for b in diff.rows if b.kind.value == "removed"]
    assert rendered.inside["del"] == deleted + removed
    # <strong> also holds the header's labels ("Versions:" …).
    assert [s for s in rendered.inside["strong"] if not s.endswith(":")] == inserted


def test_markdown_one_section_per_change() -> None:
    diff = relative_diff(FIXTURES / "cnn-el-salvador")
    markdown = render_markdown(diff)
    headings = [line for line in markdown.splitlines() if line.startswith("### ")]
    assert len([h for h in headings if "¶" in h]) == story_changes(diff)
    assert "### ¶0 edited (was ¶1) · substantive" in headings
    assert "### ¶9 added" in headings and "### old ¶11 removed" in headings
    assert "- **byline removed:** ~~date 2025-02-03 By Stefano Pozzebon" in markdown
    assert "One of the most striking aspects" not in markdown  # unchanged paragraphs left out
    moved = render_markdown(relative_diff(FIXTURES / "corpus" / "case02"))
    # One heading per new paragraph: the merge and each part of the split name where
    # their text came from.
    assert any(h.startswith("### ¶0 edited, merged ¶0 + ¶3") for h in moved.splitlines())
    assert any(h.startswith("### ¶1 edited, from ¶1, split 1 of 2") for h in moved.splitlines())
    assert any(h.startswith("### ¶4 edited, from ¶1, split 2 of 2") for h in moved.splitlines())


def test_markdown_never_marks_across_a_line() -> None:
    for case in CASES:
        for line in render_markdown(relative_diff(case)).splitlines():
            assert line.count("~~") % 2 == 0 and line.count("**") % 2 == 0, line
            assert line.count("<del>") == line.count("</del>") and line.count("<strong>") == line.count("</strong>")
            assert not re.search(r"(^|\s)(~~|\*\*)\s", line), f"a mark with white space inside: {line}"
    lines = marked_lines([("kept ", None), ("gone one.\n\nGone two ", "del"), ("kept", None)])
    assert lines == ["kept ~~gone one.~~", "", "~~Gone two~~ kept"]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ([("He said", None), (",", "ins"), (" it.", None)], "He said<strong>,</strong> it."),
        ([("through", None), (",” said X", "del"), (".", None)], "through<del>,” said X</del>."),
        ([("a ", None), ("word", "del"), (" b", None)], "a ~~word~~ b"),
        ([("“", None), ("Quote", "ins"), ("”", None)], "“**Quote**”"),
        ([("x ", None), ("£5", "ins"), (" y", None)], "x **£5** y"),
        ([("cost", None), ("£5", "ins")], "cost<strong>£5</strong>"),
        ([("- not a list", None)], "\\- not a list"),
        ([("12. not a list", None)], "12\\. not a list"),
        ([("  # not a heading  ", None)], "\\# not a heading"),
    ],
)
def test_markdown_marks_that_render(pieces: list[tuple[str, str | None]], expected: str) -> None:
    """``~~``/``**`` only where CommonMark reads them as marks, HTML tags elsewhere."""
    (line,) = marked_lines(pieces)
    assert line == expected
    rendered = to_html(line)
    assert "~~" not in rendered and "**" not in rendered
    assert html.unescape(re.sub("<[^>]+>", "", rendered)).strip() == "".join(t for t, _ in pieces).strip()


def test_markdown_escape() -> None:
    assert escape("*a* _b_ ~c~ `d` [e](f) <g> h|i $j$ k&amp; \\") == (
        "\\*a\\* \\_b\\_ \\~c\\~ \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\$j\\$ k\\&amp; \\\\"
    )


def test_markdown_quotes() -> None:
    markdown = render_markdown(quoted_diff())
    assert "### Quotes" in markdown
    assert "- **quote changed (words)**, ¶13 (was ¶10) · Gellman: “a bizarre ~~plan~~**proposal**”" in markdown
    assert "- **quote reattributed**, ¶9 (was ¶3) · was Rubio, now LULAC: “a sad day”" in markdown
    assert "- 2 quotes unchanged" in markdown


def test_markdown_and_html_do_not_import_rich() -> None:
    import subprocess

    code = ("import sys; import articlediff.render.markdown, articlediff.render.html, articlediff.cli.pager, "
            "articlediff.render.jsonout; sys.exit('rich' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
