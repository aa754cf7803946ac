"""The header's figures mean what the README says: they agree with the JSON summary
on every fixture pair, with and without --ignore-boilerplate and --ignore-minor, and
the header wraps cleanly at any width."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from articlediff.cli import main

from ..conftest import FIXTURES
from ..test_golden import CASES

PAIRS = [(case / "v1.txt", case / "v2.txt") for case in CASES] + [
    (FIXTURES / "cnn-el-salvador-html" / "v1.html", FIXTURES / "cnn-el-salvador-html" / "v2.html"),
]
IDS = [old.parent.name + old.suffix for old, _ in PAIRS]
STORY_TEXT = {"body", "subhead"}


def run(*args: object) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout


def header(output: str) -> dict[str, str]:
    """The header's lines by label, each with its further (indented) lines joined on."""
    lines: dict[str, str] = {}
    label = ""
    for line in output.split("\n\n")[0].splitlines():
        if line.startswith(" "):
            lines[label] += " " + line.strip()
        else:
            label, _, rest = line.partition(" ")
            lines[label] = rest.strip()
    return lines


def numbers(text: str) -> dict[str, int]:
    """``7 added · 1 changed`` → {"added": 7, "changed": 1}."""
    return {name: int(count) for count, name in re.findall(r"(\d+) ([a-z][a-z ]*?)(?= ·|$)", text)}


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=IDS)
def test_the_header_agrees_with_the_json_summary(old: Path, new: Path) -> None:
    _, doc_text = run(old, new, "--format", "json")
    doc = json.loads(doc_text)
    summary = doc["summary"]
    outputs = {flags: run(old, new, "--color", "never", "--width", "1000", *flags)[1]
               for flags in ((), ("--ignore-boilerplate",), ("--ignore-minor",),
                             ("--ignore-boilerplate", "--ignore-minor"))}
    # The same header whatever the view leaves out.
    headers = {flags: header(output) for flags, output in outputs.items()}
    assert all(h == headers[()] for h in headers.values())
    head = headers[()]

    sizes, _, counts = head["paragraphs"].partition(": ")
    assert sizes == f"{len(doc['old']['paragraphs'])} → {len(doc['new']['paragraphs'])}"
    assert numbers(counts) == {k: summary[k] for k in ("edited", "added", "removed", "moved", "unchanged")}
    assert head["words"] == f"+{summary['words_added']} -{summary['words_removed']}"

    roles = ({i: p["role"] for i, p in enumerate(doc["old"]["paragraphs"])},
             {j: p["role"] for j, p in enumerate(doc["new"]["paragraphs"])})
    story_edits = [b["significance"] for b in doc["rows"] if b["significance"] and (
        {roles[0][i] for i in b["old"]} | ({roles[1][b["new"]]} if b["new"] is not None else set())) & STORY_TEXT]
    if story_edits:
        assert numbers(head["edits"]) == {g: story_edits.count(g) for g in ("substantive", "reworded", "minor")}
    else:
        assert "edits" not in head

    if doc["quotes"]:
        quotes = numbers(head["quotes"])
        assert quotes["added"] == summary["quotes_added"]
        assert quotes["removed"] == summary["quotes_removed"]
        assert quotes["changed"] + quotes["reattributed"] == summary["quotes_changed"]
        section = re.search(r"^Quotes: (\d+) changes?", outputs[()], re.MULTILINE)
        assert sum(quotes.values()) == (int(section.group(1)) if section else 0)

    if doc["metadata"]:
        items = head["metadata"].split(" · ")
        total = sum(int(item.split()[0]) if item[0].isdigit() else 1 for item in items)
        assert total == len(doc["metadata"])
    else:
        assert "metadata" not in head


def test_edits_count_the_story_only(tmp_path: Path) -> None:
    """A headline or byline edit is the metadata line's, not an edit to the story."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Storm hits coast\n\nBy Jo Doe\n\nThe storm hit the coast on Monday, officials said.\n")
    new.write_text("Storm batters coast\n\nBy Jo Doe and Al Roe\n\nThe storm hit the coast on Monday, officials said.\n")
    head = header(run(old, new, "--color", "never")[1])
    assert "edits" not in head
    assert head["metadata"] == "headline edited · byline edited"


def test_the_quotes_line_counts_what_the_quotes_section_lists(tmp_path: Path) -> None:
    """A quoted term added is counted in the header as in the section below it."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Storm hits coast\n\nThe storm hit the coast on Monday, officials said.\n")
    new.write_text("Storm hits coast\n\nThe \u201cmonster\u201d storm hit the coast on Monday, officials said.\n")
    output = run(old, new, "--color", "never")[1]
    assert "Quotes: 1 change," in output
    assert header(output)["quotes"] == "0 added · 0 removed · 0 changed · 0 reattributed · 1 term added"


@pytest.mark.parametrize("width", [20, 24, 30, 40, 57, 80])
@pytest.mark.parametrize(("old", "new"), PAIRS[:1] + PAIRS[-1:], ids=[IDS[0], IDS[-1]])
def test_the_header_wraps_with_an_indent_and_no_trailing_space(old: Path, new: Path, width: int) -> None:
    output = run(old, new, "--color", "never", "--width", width)[1]
    head = output.split("\n\n")[0].splitlines()
    assert all(cell_len(line) <= width for line in head)
    assert all(line == line.rstrip() for line in head)
    assert all(line.strip() not in ("·", "→") for line in head)  # a separator never stands alone
    labels = ("articlediff", "paragraphs", "words", "sections", "passages", "quotes", "edits", "facts", "metadata", "No")
    for line in head:
        assert line.startswith(labels) or line.startswith("  "), line
    # What wraps reads the same as the line at full width.
    wide = header(run(old, new, "--color", "never", "--width", 1000)[1])
    narrow = header(output)
    for name in wide:
        assert narrow[name].replace(" ", "").replace("-", "") == wide[name].replace(" ", "").replace("-", "")


def test_control_sequences_never_become_facts(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Storm hits coast\n\nThe storm hit the coast on Monday, officials said.\n")
    new.write_text("Storm hits coast\n\nThe storm hit the coast on Monday, officials said. \x1b]0;TITLE\x07 \x1b[31mRED\x1b[0m done.\n")
    shown = header(run(old, new, "--color", "never")[1])
    # What the sequences hold (a window title, a colour's number) is no fact; "RED", the
    # text they colour, is text the story shows.
    assert "TITLE" not in shown and "0 added" not in shown and "31" not in shown
