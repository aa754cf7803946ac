"""The inline view reads as the new version, top to bottom: on every fixture pair,
``articlediff --full --color never OLD NEW`` gives each new paragraph exactly one row,
numbered 0, 1, 2, … in order, and every old paragraph a place in some row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlediff import load_article
from articlediff.cli import main

from ..conftest import FIXTURES

CASES = sorted(p.parent for p in FIXTURES.rglob("v1.txt") if (p.parent / "v2.txt").exists())
# A row's first line: its sign, its old and new numbers, the rule, then the text.
ROW = re.compile(r"^(?P<sign>[~+\-↕ ])\s+(?P<old>\d+\+?)?\s+(?P<new>\d+)?\s│ (?P<text>.*)$")
# A row's label naming the old paragraphs its text came from.
FROM = re.compile(r"^\[[^\]]*?(?:merged|from) ((?:¶\d+(?: part \d+/\d+)?(?: \+ )?)+)")


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_one_row_per_new_paragraph_in_order(case: Path) -> None:
    result = CliRunner().invoke(main, [str(case / "v1.txt"), str(case / "v2.txt"), "--full", "--color", "never",
                                       "--width", "100"])
    assert result.exit_code in (0, 1), result.output
    news: list[int] = []
    olds: set[int] = set()
    for line in result.output.splitlines():
        row = ROW.match(line)
        if row is None or not (row["old"] or row["new"]):
            continue
        if row["new"]:
            news.append(int(row["new"]))
        if row["old"]:
            olds.add(int(row["old"].rstrip("+")))
            named = FROM.match(row["text"])
            if named:
                olds.update(int(n) for n in re.findall(r"¶(\d+)", named[1]))
    new_count = len(load_article(case / "v2.txt").paragraphs)
    old_count = len(load_article(case / "v1.txt").paragraphs)
    assert news == list(range(new_count)), "each new paragraph once, in order"
    assert olds == set(range(old_count)), "every old paragraph in some row"
