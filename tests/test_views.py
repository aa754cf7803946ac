"""The views for people: side by side, summary, Markdown and HTML.

Golden files live in tests/golden/views/; regenerate them on purpose with
``pytest tests/test_views.py --update-golden`` and read the diff before committing.
The other tests check meaning: one mark per change, marks on the right side, widths,
and that story text never becomes markup in Markdown or HTML.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

import pytest
from rich.cells import cell_len

from articlediff import compare, load_article
from articlediff.model import ArticleDiff, Span, SpanOp
from articlediff.pager import page_output, pager_command, pager_environment, should_page
from articlediff.render.describe import list_changes
from articlediff.render.html import JS, render_html
from articlediff.render.markdown import escape, marked_lines, render_markdown
from articlediff.render.side_by_side import column_widths, render_side_by_side
from articlediff.render.summary import render_summary
from articlediff.render.terminal import ViewOptions, render_diff

from .conftest import FIXTURES, GOLDEN, render_to_string
from .test_golden import CASES, relative_diff

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
    if not golden.exists():
        pytest.fail(f"{golden.name} is missing: run pytest with --update-golden and read it")
    assert output == golden.read_text(encoding="utf-8")


def story_changes(diff: ArticleDiff) -> int:
    """Changed blocks that are story text (byline, dateline and boilerplate are
    listed apart, with the metadata)."""
    return sum(not c.metadata for c in list_changes(diff))


# Golden files


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_side_by_side_golden(case: Path, width: int, update_golden: bool) -> None:
    output = render_to_string(render_side_by_side(relative_diff(case), ViewOptions(marks=True)), width=width)
    check_golden(output, f"{case.name}.side-by-side.{width}.txt", update_golden)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_summary_golden(case: Path, update_golden: bool) -> None:
    check_golden(render_to_string(render_summary(relative_diff(case)), width=80), f"{case.name}.summary.80.txt",
                 update_golden)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_markdown_golden(case: Path, update_golden: bool) -> None:
    check_golden(render_markdown(relative_diff(case)), f"{case.name}.md", update_golden)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_html_golden(case: Path, update_golden: bool) -> None:
    check_golden(render_html(relative_diff(case)), f"{case.name}.html", update_golden)


# Side by side


def rows(output: str) -> list[str]:
    """The lines of the view below the legend."""
    lines = output.splitlines()
    return lines[next(k for k, line in enumerate(lines) if line.lstrip().startswith("old")) + 1:]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_side_by_side_one_sign_per_change(case: Path) -> None:
    diff = relative_diff(case)
    output = render_to_string(render_side_by_side(diff, ViewOptions(marks=True)))
    assert sum(line[:1] in SIGNS for line in rows(output)) == len(list_changes(diff))


@pytest.mark.parametrize("width", [40, 60, 80, 100, 120, 200])
def test_side_by_side_never_wider_than_the_console(width: int) -> None:
    diffs = [relative_diff(case) for case in CASES] + [hostile_diff(), compare(
        "Short.\n\n" + "x" * 300 + " 東京都の人口は約一千四百万人です。" * 8,
        "Short!\n\n" + "y" * 300 + " 東京都の人口は約一千四百万人でした。" * 8,
    )]
    for diff in diffs:
        for opts in (ViewOptions(marks=True), ViewOptions(marks=True, full=True)):
            output = render_to_string(render_side_by_side(diff, opts), width=width)
            view = rows(output)
            assert max(cell_len(line) for line in view) <= width
            assert all(line == line.rstrip() for line in view), "trailing white space"


@pytest.mark.parametrize("width", [*range(20, 31), 57, 80, 133])
def test_inline_view_needs_no_cropping(width: int) -> None:
    """The CLI prints the inline view with crop=False (see render_diff): no line may be
    longer than the width, at the narrowest widths and in truncated context lines too."""
    html = FIXTURES / "cnn-el-salvador-html"
    diffs = [relative_diff(case) for case in CASES] + [hostile_diff(), compare(
        load_article(html / "v1.html"), load_article(html / "v2.html"))]
    for diff in diffs:
        for opts in (ViewOptions(), ViewOptions(marks=True, full=True), ViewOptions(quotes_only=True)):
            for color in (False, True):
                cropped = render_to_string(render_diff(diff, opts), width=width, color=color)
                assert render_to_string(render_diff(diff, opts), width=width, color=color, crop=False) == cropped


@pytest.mark.parametrize("width", [40, 57, 80, 120])
def test_facts_line_wraps_between_facts(width: int) -> None:
    """No fact is cut in two by the header's wrapping: every further line of the facts
    line is indented under the first fact, and each fact reads whole on one line."""
    from articlediff.render.describe import facts as story_facts
    from articlediff.render.terminal import MAX_FACTS_SHOWN

    case = next(c for c in CASES if c.name == "case06")
    diff = relative_diff(case)
    found = story_facts(diff)
    facts = found[:MAX_FACTS_SHOWN] + [f"{len(found) - MAX_FACTS_SHOWN} more"] * (len(found) > MAX_FACTS_SHOWN)
    output = render_to_string(render_diff(diff, ViewOptions()), width=width)
    lines = output.splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith("facts       "))
    block = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith(" " * 12) or not line.strip():
            break
        block.append(line)
    assert len(block) > 1 or width == 120
    assert all(cell_len(line) <= width for line in block)
    rows = [line[12:] for line in block]
    if max(cell_len(f) for f in facts) <= width - 12:
        assert " · ".join(row.rstrip(" ·") for row in rows).split(" · ") == facts
    else:  # a fact wider than the line wraps, still indented
        assert " ".join(" ".join(rows).split()) == " ".join(" · ".join(facts).split())


def test_side_by_side_deletions_left_insertions_right() -> None:
    output = render_to_string(render_side_by_side(relative_diff(FIXTURES / "cnn-el-salvador"), ViewOptions(marks=True)))
    for line in rows(output):
        left, _, right = line.partition(" │")
        assert "{+" not in left and "+}" not in left, line
        assert "[-" not in right and "-]" not in right, line
    assert output.count("[-") == output.count("-]") > 0
    assert output.count("{+") == output.count("+}") > 0


def test_side_by_side_added_left_empty_removed_right_empty() -> None:
    output = render_to_string(render_side_by_side(relative_diff(FIXTURES / "cnn-el-salvador"), ViewOptions(marks=True)))
    signed = [line for line in rows(output) if line[:1] in "+-"]
    assert len(signed) == 23
    for line in signed:
        left, _, right = line.partition(" │")
        assert bool(left[1:].strip()) is (line[0] == "-") and bool(right.strip()) is (line[0] == "+"), line


def test_side_by_side_columns_fit_80() -> None:
    left, right = column_widths(80, 3)
    assert (left, right) == (33, 34)
    assert left + right + 6 + 7 == 80


def test_side_by_side_marks_off_and_colour() -> None:
    diff = relative_diff(FIXTURES / "cnn-el-salvador")
    plain = render_to_string(render_side_by_side(diff, ViewOptions(marks=False)))
    assert "[-" not in plain and "{+" not in plain
    coloured = render_to_string(render_side_by_side(diff, ViewOptions(marks=False)), color=True)
    assert "\x1b[" in coloured and "unveiled" in coloured


def test_side_by_side_text_is_never_markup() -> None:
    output = render_to_string(render_side_by_side(compare(
        "The [bold]mayor[/bold] spoke at length to the council about the budget on Monday.",
        "The [bold]mayor[/bold] spoke at length \x1b[2J to the council about the budget on Monday.",
    ), ViewOptions(marks=True)), width=120)
    assert "[bold]mayor[/bold]" in output
    assert "\x1b" not in output and "␛" in output


def test_side_by_side_context_like_the_inline_view() -> None:
    diff = relative_diff(FIXTURES / "cnn-el-salvador")
    output = render_to_string(render_side_by_side(diff, ViewOptions(marks=True, context=0)))
    assert "┆ 5 unchanged paragraphs (¶2–¶6)" in output
    full = render_to_string(render_side_by_side(diff, ViewOptions(marks=True, full=True)))
    assert "┆" not in full and "migratory agreement anywhere in" in full


# Summary


def section(output: str, heading: str) -> list[str]:
    lines = output.splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith(heading)) + 1
    end = next((k for k in range(start, len(lines)) if not lines[k].strip()), len(lines))
    return lines[start:end]


def test_summary_lines() -> None:
    diff = relative_diff(FIXTURES / "cnn-el-salvador")
    output = render_to_string(render_summary(diff))
    changes = section(output, "Changes")
    assert len(changes) == story_changes(diff) == 24
    assert all(line[2] in SIGNS for line in changes)
    assert "  ~ ¶0 (was ¶1) (CNN) — El Salvador has agreed" in output
    assert "  + ¶9 A prominent Latino advocacy group" in output
    assert "  - old ¶11 CNN has reached out" in output
    assert len(section(output, "Metadata")) == len(diff.metadata) == 4
    assert max(cell_len(line) for line in output.splitlines()) <= 80


def test_summary_moves() -> None:
    output = render_to_string(render_summary(relative_diff(FIXTURES / "corpus" / "case02")))
    assert "  ↕ ¶0 moved from ¶3 [merged] The Crown" in output
    assert "  ↕ ¶1, ¶4 moved from ¶1 [split]" in output


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


QUOTES = (
    FakeQuoteChange("added", "quote", None, FakeQuote("“These are human beings,”", "Palomares", 11)),
    FakeQuoteChange("removed", "quote", FakeQuote("The US is", "Gellman", 9), None),
    FakeQuoteChange(
        "changed", "quote", FakeQuote("a bizarre plan", "Gellman", 10), FakeQuote("a bizarre proposal", "Gellman", 13),
        spans=(Span(SpanOp.EQUAL, "a bizarre "), Span(SpanOp.DELETE, "plan"), Span(SpanOp.INSERT, "proposal")),
        detail="words",
    ),
    FakeQuoteChange("reattributed", "quote", FakeQuote("a sad day", "Rubio", 3), FakeQuote("a sad day", "LULAC", 9),
                    attribution_changed=True),
    FakeQuoteChange("added", "term", None, FakeQuote("safe third country", None, 25)),
    FakeQuoteChange("unchanged", "quote", FakeQuote("x", None, 2), FakeQuote("x", None, 2)),
    FakeQuoteChange("unchanged", "quote", FakeQuote("y", None, 3), FakeQuote("y", None, 4)),
)


def quoted_diff() -> ArticleDiff:
    return relative_diff(FIXTURES / "cnn-el-salvador")._replace(quotes=QUOTES)  # type: ignore[arg-type]


def test_summary_quotes() -> None:
    lines = section(render_to_string(render_summary(quoted_diff()), width=100), "Quotes")
    assert lines == [
        "  + quote added ¶11 Palomares: “These are human beings,”",
        "  - quote removed old ¶9 Gellman: “The US is”",
        "  ~ quote changed (words) ¶13 (was ¶10) Gellman: “a bizarre proposal”",
        "  ~ quote reattributed ¶9 (was ¶3) was Rubio, now LULAC: “a sad day”",
        "  + term added ¶25 “safe third country”",
        "    2 quotes unchanged",
    ]


# Markdown


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
    edited = next(b for b in diff.blocks if b.kind.value == "edited")
    deleted = [s.text.strip() for s in edited.spans if s.op is SpanOp.DELETE]
    inserted = [s.text.strip() for s in edited.spans if s.op is SpanOp.INSERT]
    removed = [b.spans[0].text for b in diff.blocks if b.kind.value == "removed"]
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
    assert "### ¶0 merged from ¶0, ¶3, moved ¶3 → ¶0 · substantive" in moved


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


# HTML


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
    assert len(parsed.changes) == sum(b.kind.value != "unchanged" or b.moved for b in diff.blocks)
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


# Modules import only what they need


def test_markdown_and_html_do_not_import_rich() -> None:
    import subprocess

    code = ("import sys; import articlediff.render.markdown, articlediff.render.html, articlediff.pager, "
            "articlediff.render.jsonout; sys.exit('rich' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# Pager


class FakeTerminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


LONG = "line\n" * 500


@pytest.mark.parametrize(
    ("enabled", "isatty", "env", "text", "expected"),
    [
        (None, True, {}, LONG, True),
        (None, True, {}, "short\n", False),
        (True, True, {}, "short\n", True),
        (False, True, {}, LONG, False),
        (None, False, {}, LONG, False),
        (True, False, {}, LONG, False),
        (None, True, {"TERM": "dumb"}, LONG, False),
    ],
)
def test_should_page(enabled: bool | None, isatty: bool, env: dict[str, str], text: str, expected: bool) -> None:
    assert should_page(text, enabled=enabled, isatty=isatty, environ=env, height=40) is expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, ["less", "-R"]),
        ({"PAGER": "more"}, ["more"]),
        ({"PAGER": "less -S --mouse"}, ["less", "-S", "--mouse"]),
        ({"PAGER": "'/opt/my pager/bin/p' -x"}, ["/opt/my pager/bin/p", "-x"]),
        ({"PAGER": "more", "ARTICLEDIFF_PAGER": "most"}, ["most"]),
        ({"PAGER": ""}, None),
        ({"PAGER": "cat"}, None),
        ({"PAGER": "less 'unbalanced"}, None),
    ],
)
def test_pager_command(env: dict[str, str], expected: list[str] | None) -> None:
    assert pager_command(env) == expected


def test_pager_environment() -> None:
    assert pager_environment({})["LESS"] == "FRX"
    assert pager_environment({"LESS": "-S"})["LESS"] == "-S"


def capture_pager(tmp_path: Path) -> tuple[str, Path]:
    """A pager command (a Python one-liner) that writes what it reads to a file."""
    out = tmp_path / "paged.txt"
    script = f"import sys; open({str(out)!r}, 'w', encoding='utf-8').write(sys.stdin.read())"
    return f"{sys.executable} -c \"{script}\"", out


def test_page_output_runs_the_pager(tmp_path: Path) -> None:
    command, out = capture_pager(tmp_path)
    terminal = FakeTerminal(tty=True)
    page_output(LONG + "Café “quoted”\n", enabled=None, stream=terminal, environ={"PAGER": command})
    assert out.read_text(encoding="utf-8") == LONG + "Café “quoted”\n"
    assert terminal.getvalue() == ""


def test_page_output_prints_when_not_a_terminal_or_disabled(tmp_path: Path) -> None:
    command, out = capture_pager(tmp_path)
    for terminal, enabled in ((FakeTerminal(tty=False), True), (FakeTerminal(tty=True), False)):
        page_output(LONG, enabled=enabled, stream=terminal, environ={"PAGER": command})
        assert terminal.getvalue() == LONG
    assert not out.exists()


def test_page_output_missing_pager_prints(tmp_path: Path) -> None:
    terminal = FakeTerminal(tty=True)
    page_output(LONG, enabled=True, stream=terminal, environ={"PAGER": str(tmp_path / "no-such-pager")})
    assert terminal.getvalue() == LONG


def test_page_output_pager_quits_early() -> None:
    terminal = FakeTerminal(tty=True)
    quitter = f"{sys.executable} -c \"import sys; sys.stdin.close()\""
    page_output("x" * 2_000_000, enabled=True, stream=terminal, environ={"PAGER": quitter})
    assert terminal.getvalue() == ""


def test_page_output_broken_pipe_is_quiet() -> None:
    class Gone(FakeTerminal):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    page_output("text\n", enabled=False, stream=Gone(tty=False), environ={})

