"""Pass 3, splits and merges: a paragraph cut in two, two paragraphs made one."""

from __future__ import annotations

from articlediff import BlockKind

from .cases import (
    MERGE_NEW,
    MERGE_OLD,
    SPLIT_NEW,
    SPLIT_OLD,
    block_with_old,
    diff_of,
    moved,
    pairs,
    rows_with_old,
)


class TestSplitAndMerge:
    def test_split(self) -> None:
        diff = diff_of(SPLIT_OLD, SPLIT_NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (1, 2), (2, 3)}
        # One row per new paragraph, each holding its part of old ¶1.
        first, second = rows_with_old(diff, 1)
        assert (first.old, first.new, first.parts) == ((1,), (1,), ((1, 1, 2),))
        assert (second.old, second.new, second.parts) == ((1,), (2,), ((1, 2, 2),))
        assert first.is_split and second.is_split and first.kind is BlockKind.EDITED
        assert moved(diff) == set()

    def test_merge(self) -> None:
        diff = diff_of(MERGE_OLD, MERGE_NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (2, 1), (3, 2)}
        block = block_with_old(diff, 1)
        assert (block.old, block.new) == ((1, 2), (1,))
        assert block.is_merge and block.kind is BlockKind.EDITED
        assert moved(diff) == set()
