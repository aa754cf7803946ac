"""render/terminal: the inline view fits the width; the facts line wraps between facts.

Its golden files are checked in tests/test_golden.py.
"""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from articlediff import compare, load_article
from articlediff.render.terminal import ViewOptions, render_diff

from ..conftest import FIXTURES, render_to_string
from ..test_golden import CASES, relative_diff
from .views import (
    hostile_diff,
)


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
    from articlediff.render.describe import MAX_FACTS_SHOWN
    from articlediff.render.describe import facts as story_facts

    case = next(c for c in CASES if c.name == "case06")
    diff = relative_diff(case)
    facts = story_facts(diff)  # capped, with "N more"
    assert len(facts) == MAX_FACTS_SHOWN + 1 and facts[-1].endswith(" more")
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


def _inline(old: str, new: str, width: int = 200) -> str:
    from articlediff.input.load import LoadedText, read_article

    a = read_article(LoadedText("old.txt", old, "utf-8"))
    b = read_article(LoadedText("new.txt", new, "utf-8"))
    return render_to_string(render_diff(compare(a, b), ViewOptions(marks=True, full=True)), width=width)


@pytest.mark.parametrize(("old", "new", "note"), [
    ("3\u20111/2", "3-1/2", "⟨non-breaking hyphen → hyphen⟩"),
    ("--", "\u2014", "⟨2 hyphens → em dash⟩"),
    ("-", "\u2014", "⟨hyphen → em dash⟩"),
    ("$5\u00a0million", "$5 million", "⟨no-break space → space⟩"),
])
def test_lookalike_characters_are_named(old: str, new: str, note: str) -> None:
    """Changes a reader cannot see on screen are named after the insertion."""
    text = "Storm hits coast\n\nRates rose {} points on Monday, officials said, and they will rise again."
    output = _inline(text.format(old), text.format(new))
    assert note in output


def test_a_visible_change_gets_no_name() -> None:
    from articlediff.render.describe import lookalike_change

    assert lookalike_change("3-1/2", "3-1/4") == ""
    assert lookalike_change("a - b", "a, b") == ""


def test_subheads_are_labelled_in_the_inline_view() -> None:
    old = "Storm hits coast\n\nThe storm hit the coast on Monday, officials said in a statement.\n\nDamage\n\nRoofs were torn off dozens of homes along the shore, residents said."
    new = old.replace("Damage", "Damage and repairs")
    output = _inline(old, new)
    assert "[subhead] Damage" in output
    assert "[subhead] The storm" not in output and "[subhead] Storm" not in output


@pytest.mark.parametrize("width", [20, 24, 40, 57, 80])
def test_no_line_of_the_inline_view_ends_in_a_space(width: int) -> None:
    html = FIXTURES / "cnn-el-salvador-html"
    diffs = [relative_diff(case) for case in CASES[:3]] + [compare(load_article(html / "v1.html"),
                                                                   load_article(html / "v2.html"))]
    for diff in diffs:
        for opts in (ViewOptions(marks=True), ViewOptions(marks=True, full=True)):
            output = render_to_string(render_diff(diff, opts), width=width)
            assert [line for line in output.splitlines() if line.endswith(" ")] == []
