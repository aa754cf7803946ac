"""Pass 1, exact matches: repeated texts pair in order between the same neighbours;
identical versions pair every paragraph with itself."""

from __future__ import annotations

from articlediff import BlockKind

from .cases import REPEATED_NEW, REPEATED_OLD, STORY, added, diff_of, moved, pairs, removed


class TestRepeatedParagraphs:
    def test_repeats_pair_in_order_between_the_same_neighbours(self) -> None:
        diff = diff_of(REPEATED_OLD, REPEATED_NEW)
        assert pairs(diff) == {
            (0, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6), (8, 7), (9, 8), (10, 9),
        }
        # The "Advertisement" that went is the first one, the one between STORY[0] and
        # STORY[1]; the others stay where they were.
        assert removed(diff) == {1}
        assert added(diff) == set()

    def test_no_repeat_is_moved(self) -> None:
        diff = diff_of(REPEATED_OLD, REPEATED_NEW)
        assert moved(diff) == set()
        assert diff.summary.moved == 0

    def test_removed_repeat_stands_where_it_stood(self) -> None:
        diff = diff_of(REPEATED_OLD, REPEATED_NEW)
        order = [(b.old, b.new) for b in diff.rows]
        assert order[:3] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]

class TestIdentical:
    def test_all_unchanged(self) -> None:
        diff = diff_of(STORY, STORY)
        assert [(b.kind, b.old, b.new) for b in diff.rows] == [
            (BlockKind.UNCHANGED, (k,), (k,)) for k in range(len(STORY))
        ]
        assert moved(diff) == set()
        assert not diff.changed
