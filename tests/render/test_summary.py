"""render/summary: golden files, one line per change, moves and quotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from articlediff.render.summary import render_summary

from ..conftest import FIXTURES, render_to_string
from ..test_golden import CASES, relative_diff
from .views import (
    SIGNS,
    check_golden,
    quoted_diff,
    story_changes,
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_summary_golden(case: Path, update_golden: bool) -> None:
    check_golden(render_to_string(render_summary(relative_diff(case)), width=80), f"{case.name}.summary.80.txt",
                 update_golden)


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
    # One line per new paragraph, each saying where its text came from.
    assert re.search(r"  [~↕] ¶0 (moved from ¶3 )?\(merged ¶0 \+ ¶3\) The Crown", output)
    assert "  ~ ¶1 (from ¶1, split 1 of 2) The Independent" in output
    assert re.search(r"  [~↕] ¶4 (moved from ¶1 \(split 2 of 2\)|\(from ¶1, split 2 of 2\)) The IPCC", output)


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


def test_a_speaker_named_in_the_new_version_is_not_a_new_speaker() -> None:
    """"a spokesman for the office" becomes "a spokesman for the office, Adrian Edwards":
    the same speaker, now named; the line must not read as a re-attribution."""
    from articlediff import compare
    from articlediff.render.describe import describe_quote

    old = ("Fighting spread on Monday.\n\n\"We are deeply concerned by the reports,\" a spokesman for the office"
           " said in a statement.")
    new = old.replace("the office said in a statement", "the office, Adrian Edwards, said in a press briefing")
    [line] = [describe_quote(q) for q in compare(old, new).quotes]
    assert line.speaker == "a spokesman for the office, now named Adrian Edwards"
    assert "was " not in line.speaker
    [back] = [describe_quote(q) for q in compare(new, old).quotes]
    assert back.speaker == "Adrian Edwards, now unnamed: a spokesman for the office"
