"""Golden files: the terminal view of every fixture pair at fixed widths, and its JSON.

A rendering change shows up as a failing diff here. When it is intended, regenerate
with ``pytest tests/test_golden.py --update-golden`` (each rewritten test is then
skipped, never passed) and read the new files before committing them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlediff import compare, load_article
from articlediff.render.jsonout import render_json
from articlediff.render.terminal import ViewOptions, render_diff

from .conftest import FIXTURES, GOLDEN, render_to_string

CASES = sorted(p.parent for p in FIXTURES.rglob("v1.txt"))
# Every case plain at 80 and 120 columns; one ANSI render covers the styling.
VIEWS = [(case, width, False) for case in CASES for width in (80, 120)] + [(FIXTURES / "cnn-el-salvador", 80, True)]


def relative_diff(case: Path):  # type: ignore[no-untyped-def]
    # Relative sources, so the output does not depend on where the checkout lives.
    old = load_article(case / "v1.txt")
    new = load_article(case / "v2.txt")
    rel = case.relative_to(FIXTURES.parent)
    return compare(old._replace(source=str(rel / "v1.txt")), new._replace(source=str(rel / "v2.txt")))


def check_golden(golden: Path, output: str, update: bool) -> None:
    """Compare ``output`` with the golden file; with --update-golden, write it and skip."""
    if update:
        golden.write_text(output, encoding="utf-8")
        pytest.skip(f"{golden.name} rewritten: read it before committing")
    if not golden.exists():
        pytest.fail(f"{golden.name} is missing: run pytest with --update-golden and read it")
    assert output == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("case", "width", "color"), VIEWS, ids=[f"{c.name}-{w}{'-ansi' if a else ''}" for c, w, a in VIEWS]
)
def test_golden(case: Path, width: int, color: bool, update_golden: bool) -> None:
    output = render_to_string(render_diff(relative_diff(case), ViewOptions(marks=not color)), width=width, color=color)
    check_golden(GOLDEN / f"{case.name}.{width}{'.ansi' if color else ''}.txt", output, update_golden)
    if not color:
        assert max(len(line) for line in output.splitlines()) <= width


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_json(case: Path, update_golden: bool) -> None:
    """The whole result: alignment, word diffs, grades, facts, quotations and their
    details, so a change to any of them is seen even where no view shows it."""
    output = render_json(relative_diff(case), indent=1) + "\n"
    json.loads(output)
    check_golden(GOLDEN / f"{case.name}.json", output, update_golden)
