"""Pass 3, splits and merges: a paragraph cut in two, two paragraphs made one."""

from __future__ import annotations

from articlediff import BlockKind

from .cases import (
    MERGE_NEW,
    MERGE_OLD,
    SPLIT_NEW,
    SPLIT_OLD,
    STORY,
    block_with_old,
    diff_of,
    moved,
    pairs,
    removed,
    rows_with_old,
    story,
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


class TestSpeakersName:
    """A speaker's name carried into another paragraph is a phrase, not text moved:
    besides it, a paragraph must share enough words with the one it joins."""

    MAYOR = "The mayor toured the flooded harbour district by boat on Monday and praised the volunteers."
    NAMED = "Mayor Ilse Marten toured the flooded harbour district by boat on Monday and praised the volunteers."

    def test_a_paragraph_that_only_names_the_speaker_is_not_merged(self) -> None:
        old = [*story(0, 1), "The cause of the flooding is still being investigated, said Mayor Ilse Marten.",
               self.MAYOR, STORY[3]]
        new = [*story(0, 1), self.NAMED, STORY[3]]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 1), (3, 2), (4, 3)}
        assert removed(diff) == {2}

    def test_what_the_speaker_said_still_joins_with_his_name(self) -> None:
        old = [*story(0, 1), "Mayor Ilse Marten told reporters that volunteers had rescued forty families by boat overnight.",
               "The mayor toured the flooded harbour district on Monday.", STORY[3]]
        new = [*story(0, 1), "Mayor Ilse Marten, who toured the flooded harbour district on Monday, said volunteers had "
               "rescued forty families by boat.", STORY[3]]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2), (3, 2), (4, 3)}
        assert moved(diff) == set()
