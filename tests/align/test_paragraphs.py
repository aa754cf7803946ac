"""The paragraph aligner as a whole: empty sides, and for every case the block
invariants (every paragraph in exactly one block, spans that rebuild both sides)."""

from __future__ import annotations

import pytest

from articlediff import BlockKind, SpanOp

from .cases import CASES, diff_of, story


class TestEmptySides:
    def test_empty_old_side(self) -> None:
        diff = diff_of([], story(0, 1))
        assert [(b.kind, b.old, b.new) for b in diff.blocks] == [
            (BlockKind.ADDED, (), (0,)), (BlockKind.ADDED, (), (1,)),
        ]

    def test_empty_new_side(self) -> None:
        diff = diff_of(story(0, 1), [])
        assert [(b.kind, b.old, b.new) for b in diff.blocks] == [
            (BlockKind.REMOVED, (0,), ()), (BlockKind.REMOVED, (1,), ()),
        ]

    def test_both_empty(self) -> None:
        diff = diff_of([], [])
        assert diff.blocks == ()
        assert not diff.changed

# --- invariants, for every case ----------------------------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_every_paragraph_in_exactly_one_block(name: str) -> None:
    old, new = CASES[name]
    diff = diff_of(old, new)
    assert len(diff.old.paragraphs) == len(old) and len(diff.new.paragraphs) == len(new)
    assert sorted(i for b in diff.blocks for i in b.old) == list(range(len(old)))
    assert sorted(j for b in diff.blocks for j in b.new) == list(range(len(new)))


@pytest.mark.parametrize("name", list(CASES))
def test_spans_rebuild_both_sides(name: str) -> None:
    old, new = CASES[name]
    diff = diff_of(old, new)
    for block in diff.blocks:
        old_text = "".join(s.text for s in block.spans if s.op is not SpanOp.INSERT)
        new_text = "".join(s.text for s in block.spans if s.op is not SpanOp.DELETE)
        assert old_text == "\n\n".join(old[i] for i in block.old)
        assert new_text == "\n\n".join(new[j] for j in block.new)


@pytest.mark.parametrize("name", list(CASES))
def test_moves_are_pairs_of_their_block(name: str) -> None:
    old, new = CASES[name]
    diff = diff_of(old, new)
    for block in diff.blocks:
        assert block.moved == bool(block.moved_pairs)
        for i, j in block.moved_pairs:
            assert i in block.old and j in block.new
