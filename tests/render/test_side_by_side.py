"""render/side_by_side: golden files, one sign per change, widths, marks on the right side."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from articlediff import compare
from articlediff.render.describe import list_changes
from articlediff.render.side_by_side import column_widths, render_side_by_side
from articlediff.render.terminal import ViewOptions

from ..conftest import FIXTURES, render_to_string
from ..test_golden import CASES, relative_diff
from .views import (
    SIGNS,
    check_golden,
    hostile_diff,
)


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_side_by_side_golden(case: Path, width: int, update_golden: bool) -> None:
    output = render_to_string(render_side_by_side(relative_diff(case), ViewOptions(marks=True)), width=width)
    check_golden(output, f"{case.name}.side-by-side.{width}.txt", update_golden)


def rows(output: str) -> list[str]:
    """The lines of the view below the legend."""
    lines = output.splitlines()
    return lines[next(k for k, line in enumerate(lines) if line.lstrip().startswith("old") and "│ new" in line) + 1:]


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


def _side_by_side(old: str, new: str) -> str:
    from articlediff.input.load import LoadedText, read_article

    a = read_article(LoadedText("old.txt", old, "utf-8"))
    b = read_article(LoadedText("new.txt", new, "utf-8"))
    return render_to_string(render_side_by_side(compare(a, b), ViewOptions(marks=True, full=True)), width=240)


def test_side_by_side_names_subheads_and_lookalike_characters() -> None:
    """As the inline view does: a subhead is labelled, and a change between characters
    that look the same in both columns is named after the insertion."""
    old = ("Storm hits coast\n\nRates rose 3\u20111/2 points on Monday, officials said, and will rise again.\n\n"
           "Damage\n\nRoofs were torn off dozens of homes along the shore, residents said.")
    output = _side_by_side(old, old.replace("3\u20111/2", "3-1/2").replace("Damage", "Damage and repairs"))
    assert "[subhead] Damage" in output
    assert "⟨non-breaking hyphen → hyphen⟩" in output
