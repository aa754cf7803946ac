"""Pass 2, fuzzy matches: edited paragraphs pair with their own updates, in place
or moved, and unrelated ones, fragments and near duplicates do not pair wrongly."""

from __future__ import annotations

from articlediff import BlockKind, SpanOp

from .cases import (
    MOSTLY_NEW_NEW,
    MOSTLY_NEW_OLD,
    MOVED_EDITED_NEW,
    MOVED_EDITED_OLD,
    NEAR_DUPLICATES_NEW,
    NEAR_DUPLICATES_OLD,
    SHORT_NEW_NEW,
    SHORT_NEW_OLD,
    added,
    block_with_old,
    diff_of,
    moved,
    pairs,
    removed,
)


class TestNearDuplicates:
    def test_each_pairs_with_its_own_update(self) -> None:
        diff = diff_of(NEAR_DUPLICATES_OLD, NEAR_DUPLICATES_NEW)
        # Monday's figure with Monday's, Tuesday's with Tuesday's, although the two now
        # stand the other way round.
        assert pairs(diff) == {(0, 0), (1, 2), (2, 1), (3, 3)}
        assert block_with_old(diff, 1).kind is BlockKind.EDITED
        assert block_with_old(diff, 2).kind is BlockKind.EDITED

    def test_one_of_the_two_moved(self) -> None:
        diff = diff_of(NEAR_DUPLICATES_OLD, NEAR_DUPLICATES_NEW)
        assert len(moved(diff)) == 1
        assert moved(diff) <= {(1, 2), (2, 1)}

class TestMovedFarAndEdited:
    def test_pairs(self) -> None:
        diff = diff_of(MOVED_EDITED_OLD, MOVED_EDITED_NEW)
        assert pairs(diff) == {(0, 8), *((k, k - 1) for k in range(1, 9)), (9, 9)}
        assert added(diff) == removed(diff) == set()

    def test_reported_as_moved_and_edited(self) -> None:
        diff = diff_of(MOVED_EDITED_OLD, MOVED_EDITED_NEW)
        block = block_with_old(diff, 0)
        assert block.kind is BlockKind.EDITED
        assert block.moved and block.moved_pairs == ((0, 8),)
        assert moved(diff) == {(0, 8)}
        inserted = "".join(s.text for s in block.spans if s.op is SpanOp.INSERT)
        assert "5,000" in inserted and "Monday" in inserted

    def test_everything_else_unchanged(self) -> None:
        diff = diff_of(MOVED_EDITED_OLD, MOVED_EDITED_NEW)
        kinds = {b.old: b.kind for b in diff.rows}
        assert all(kinds[(k,)] is BlockKind.UNCHANGED for k in range(1, 10))

class TestMostlyNewText:
    def test_no_pairs_between_unrelated_paragraphs(self) -> None:
        # The new paragraphs share "the government said", "officials said", "opposition
        # parties said", "the ministry of ... said" with the old ones, and nothing else.
        diff = diff_of(MOSTLY_NEW_OLD, MOSTLY_NEW_NEW)
        assert pairs(diff) == {(0, 0)}
        assert removed(diff) == {1, 2, 3, 4}
        assert added(diff) == {1, 2, 3, 4, 5}
        assert moved(diff) == set()

    def test_short_paragraphs_need_more_than_two_common_words(self) -> None:
        # "The government said on Monday" is all the first two have in common; the
        # other two are the same sentences with a name or a number changed.
        diff = diff_of(SHORT_NEW_OLD, SHORT_NEW_NEW)
        assert pairs(diff) == {(0, 0), (2, 2), (3, 3)}
        assert removed(diff) == {1} and added(diff) == {1}
        assert block_with_old(diff, 2).kind is BlockKind.EDITED
        assert block_with_old(diff, 3).kind is BlockKind.EDITED

class TestEditedNearDuplicates:
    def test_an_edited_near_duplicate_stays_in_place_unless_a_move_is_clearly_closer(self) -> None:
        """Two paragraphs of the same sentences in another order, both edited: each
        edit took words the other one has, so each new paragraph is a little closer to
        the far one. A reader sees two edits in place, not two crossing moves."""
        s1 = "The ongoing public health crisis will weigh heavily on economic activity in the near term."
        s2 = "Information received since the committee met in January indicates that the labor market remained strong."
        w3 = "household spending rose moderately while business investment stayed soft".split()
        w4 = "officials closely monitor developments prepared adjust plans appropriate".split()
        filler = [f"Paragraph {k} is about the {w} district council and its budget." for k, w in
                  enumerate("north south east west central harbour river".split())]
        old = [f"{s1} {s2} {' '.join(w3)}.", *filler, f"{s2} {s1} {' '.join(w4)}."]
        new = [f"{s1} {s2} {' '.join(w4[:5] + w3[5:])}.", *filler, f"{s2} {s1} {' '.join(w3[:5] + w4[5:])}."]
        diff = diff_of(old, new)
        assert {(0, 0), (8, 8)} <= pairs(diff)
        assert moved(diff) == set()

class TestFragments:
    def test_a_title_does_not_take_the_partner_of_prose(self) -> None:
        old = [
            "In a related set of actions, the central bank announced measures to support "
            "the flow of credit to households and businesses.",
            "Central bank actions to support the flow of credit to households and businesses",
        ]
        new = [
            "In a related set of actions, the central bank announced additional measures to "
            "support the flow of credit to households and businesses.",
        ]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0)}
        assert removed(diff) == {1}

    def test_prose_that_lost_its_full_stop_still_pairs(self) -> None:
        old = [
            "The storm knocked out power to 40,000 homes across the county on Monday night, "
            "and crews expect to restore most of it by Wednesday.",
        ]
        new = [
            "The storm knocked out power to 45,000 homes across the county on Monday night, "
            "and crews expect to restore most of it by Thursday",
        ]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0)}
