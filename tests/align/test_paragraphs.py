"""The paragraph aligner as a whole: empty sides, and for every case the rows'
invariants (one row per new paragraph, every old one in some row, nothing lost)."""

from __future__ import annotations

import pytest

from articlediff import BlockKind

from ..invariants import assert_rows
from .cases import CASES, diff_of, story


class TestEmptySides:
    def test_empty_old_side(self) -> None:
        diff = diff_of([], story(0, 1))
        assert [(b.kind, b.old, b.new) for b in diff.rows] == [
            (BlockKind.ADDED, (), (0,)), (BlockKind.ADDED, (), (1,)),
        ]

    def test_empty_new_side(self) -> None:
        diff = diff_of(story(0, 1), [])
        assert [(b.kind, b.old, b.new) for b in diff.rows] == [
            (BlockKind.REMOVED, (0,), ()), (BlockKind.REMOVED, (1,), ()),
        ]

    def test_both_empty(self) -> None:
        diff = diff_of([], [])
        assert diff.rows == ()
        assert not diff.changed

# --- invariants, for every case ----------------------------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_rows_cover_both_sides(name: str) -> None:
    old, new = CASES[name]
    diff = diff_of(old, new)
    assert len(diff.old.paragraphs) == len(old) and len(diff.new.paragraphs) == len(new)
    assert_rows(diff)


@pytest.mark.parametrize("name", list(CASES))
def test_moves_are_pairs_of_their_block(name: str) -> None:
    old, new = CASES[name]
    diff = diff_of(old, new)
    for block in diff.rows:
        assert block.moved == bool(block.moved_pairs)
        for i, j in block.moved_pairs:
            assert i in block.old and j in block.new
