"""Every view names the sections added or removed and the passages: the header, the
inline view (a heading row over the section's rows), side by side (its header), the
summary, Markdown and HTML (the JSON: test_json). Subheads are story text: escaped,
never markup."""

from __future__ import annotations

import json

import pytest

from articlediff import compare
from articlediff.render.html import render_html
from articlediff.render.jsonout import render_json
from articlediff.render.markdown import render_markdown
from articlediff.render.side_by_side import render_side_by_side
from articlediff.render.summary import render_summary
from articlediff.render.terminal import ViewOptions, render_diff

from ..conftest import FIXTURES, render_to_string
from ..test_golden import relative_diff

WIDE = 200  # no line wraps: the assertions read whole lines
PRISONS = "El Salvador’s mega-prisons"
CRACKDOWN = "Trump’s immigration crackdown"
# The header names a passage's speakers but the one its opening names already.
PASSAGE = "¶9–¶11 added: “A prominent Latino advocacy group said…” (quotes from Roman Palomares (LULAC))"


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def cnn_removed():  # type: ignore[no-untyped-def]
    return relative_diff(FIXTURES / "sections-removed")


def test_the_header_names_the_added_sections_and_the_passage() -> None:
    output = lines(render_to_string(render_diff(relative_diff(FIXTURES / "cnn-el-salvador")), width=WIDE))
    assert f"sections    2 added: {PRISONS}, {CRACKDOWN}" in output
    assert f"passages    {PASSAGE}" in output
    removed = lines(render_to_string(render_diff(cnn_removed()), width=WIDE))
    assert f"sections    1 removed: {PRISONS}" in removed
    assert not any(line.startswith("passages") for line in removed)


def test_the_inline_view_heads_each_section_and_passage() -> None:
    output = lines(render_to_string(render_diff(relative_diff(FIXTURES / "cnn-el-salvador"), ViewOptions(full=True)),
                                    width=WIDE))
    at = output.index(f"── section added: {PRISONS} (¶15–¶22)")
    assert output[at + 1].startswith("+      15 │ [subhead] El Salvador’s mega-prisons")
    at = output.index(f"── section added: {CRACKDOWN} (¶23–¶29)")
    assert output[at + 1].startswith("+      23 │ [subhead] Trump’s immigration crackdown")
    at = next(k for k, line in enumerate(output) if line.startswith("── passage added (¶9–¶11: 3 paragraphs"))
    assert output[at].endswith("3 quotations from A prominent Latino advocacy group, Roman Palomares (LULAC))")
    assert output[at + 1].startswith("+       9 │ A prominent Latino advocacy group")
    # The headings add rows; the paragraphs under them keep theirs, one each.
    numbered = [line[5:9].strip() for line in output if line[10:11] == "│"]
    assert all(numbered.count(str(j)) == 1 for j in range(9, 30))
    removed = lines(render_to_string(render_diff(cnn_removed()), width=WIDE))
    at = removed.index(f"── section removed: {PRISONS} (old ¶15–¶22)")
    assert removed[at + 1].startswith("-  15     │ [subhead] El Salvador’s mega-prisons")


def test_side_by_side_names_them_in_its_header() -> None:
    output = lines(render_to_string(render_side_by_side(relative_diff(FIXTURES / "cnn-el-salvador")), width=WIDE))
    assert f"sections    2 added: {PRISONS}, {CRACKDOWN}" in output


def test_the_summary_lists_sections_and_passages() -> None:
    output = lines(render_to_string(render_summary(relative_diff(FIXTURES / "cnn-el-salvador")), width=WIDE))
    start = output.index("Sections and passages")
    assert output[start + 1:start + 4] == [
        f"  + section added: {PRISONS} (¶15–¶22: 8 paragraphs, 3 quotations; ¶16–¶17 were old ¶12–¶13)",
        f"  + section added: {CRACKDOWN} (¶23–¶29: 7 paragraphs)",
        "  + passage added after ¶8: “A prominent Latino advocacy group said it was…” (¶9–¶11: 3 paragraphs, "
        "3 quotations from A prominent Latino advocacy group, Roman Palomares (LULAC))",
    ]
    removed = lines(render_to_string(render_summary(cnn_removed()), width=WIDE))
    start = removed.index("Sections and passages")
    assert removed[start + 1:start + 3] == [f"  - section removed: {PRISONS} (old ¶15–¶22: 8 paragraphs, 3 quotations)", ""]


def test_markdown_names_them() -> None:
    output = lines(render_markdown(relative_diff(FIXTURES / "cnn-el-salvador")))
    assert f"- **Sections:** 2 added: {PRISONS}, {CRACKDOWN}" in output
    assert f"- **Passages:** {PASSAGE}" in output
    start = output.index("### Sections and passages")
    assert output[start + 1].startswith(f"- **section added:** {PRISONS} (¶15–¶22: 8 paragraphs, 3 quotations")
    assert output[start + 3].startswith("- **passage added after ¶8:** “A prominent Latino advocacy group said it was…”")
    assert f"- **Sections:** 1 removed: {PRISONS}" in lines(render_markdown(cnn_removed()))


def test_html_lists_them_and_heads_them_in_the_story() -> None:
    page = render_html(relative_diff(FIXTURES / "cnn-el-salvador"))
    assert f"<a href=\"#section-1\">section added: {PRISONS}</a> (¶15–¶22: 8 paragraphs" in page
    assert "<a href=\"#passage-1\">passage added after ¶8</a>: “A prominent Latino advocacy group said it was…”" in page
    assert f"id=\"section-2\"><span class=\"sign added\" aria-hidden=\"true\">+</span>section added: {CRACKDOWN}" in page
    # Each heading stands right before the row of its first paragraph.
    story = page[page.index("<main>"):]
    assert story.index("id=\"section-1\"") < story.index(f"<ins>{PRISONS}</ins>")
    assert story.index("id=\"passage-1\"") < story.index("A prominent Latino advocacy group said")
    assert f"section removed: {PRISONS}" in render_html(cnn_removed())


HOSTILE_SUBHEAD = "Evil [bold]x[/bold] <b>y</b> *z* \x1b[31mred"
BODY = "A paragraph of the story that says something about the matter at hand, {}."


@pytest.fixture(name="hostile")
def fixture_hostile():  # type: ignore[no-untyped-def]
    old = "\n\n".join(["The council voted", BODY.format("one"), BODY.format("two")])
    new = "\n\n".join(["The council voted", BODY.format("one"), BODY.format("two"), HOSTILE_SUBHEAD,
                       BODY.format("three"), BODY.format("four")])
    return compare(old, new)


def test_a_subhead_is_data_in_every_view(hostile) -> None:  # type: ignore[no-untyped-def]
    shown = "Evil [bold]x[/bold] <b>y</b> *z* \u241b[31mred"  # the escape character made visible
    output = render_to_string(render_diff(hostile), width=WIDE)
    assert f"sections    1 added: {shown}" in output and f"── section added: {shown} (¶3–¶5)" in output
    assert "\x1b" not in output
    summary = render_to_string(render_summary(hostile), width=WIDE)
    assert f"section added: {shown} (¶3–¶5: 3 paragraphs)" in summary and "\x1b" not in summary
    page = render_html(hostile)
    assert "<b>y" not in page and "&lt;b&gt;y&lt;/b&gt;" in page and "\x1b" not in page
    markdown = render_markdown(hostile)
    assert "\\<b\\>y\\</b\\> \\*z\\*" in markdown and "\x1b" not in markdown
    assert json.loads(render_json(hostile))["sections"][0]["new_subhead"] == HOSTILE_SUBHEAD


def test_a_reworded_section_is_headed_over_both_subheads() -> None:
    body = [BODY.format(word) for word in ("one", "two", "three", "four", "five")]
    old = "\n\n".join(["The council voted", body[0], "The vote", body[1], body[2], "The reaction", body[3], body[4]])
    diff = compare(old, old.replace("The vote", "How they voted"))
    output = lines(render_to_string(render_diff(diff), width=WIDE))
    at = output.index("── section reworded: The vote → How they voted (¶2–¶4)")
    assert output[at + 1].startswith("-   2     │ [subhead] The vote")
    assert output[at + 2].startswith("+       2 │ [subhead] How they voted")
    assert "sections    1 reworded: The vote → How they voted" in output
