"""Paragraph alignment on hard cases: which old paragraph became which new one, what
moved, what was added or removed; and, for every case, the block invariants."""

from __future__ import annotations

import pytest

from articlediff import ArticleDiff, Block, BlockKind, SpanOp, compare
from articlediff.text.marks import inside_long_quotations

# --- helpers --------------------------------------------------------------------------


def diff_of(old: list[str], new: list[str]) -> ArticleDiff:
    return compare("\n\n".join(old), "\n\n".join(new))


def pairs(diff: ArticleDiff) -> set[tuple[int, int]]:
    return {link for b in diff.blocks for link in b.links}


def moved(diff: ArticleDiff) -> set[tuple[int, int]]:
    return {p for b in diff.blocks for p in b.moved_pairs}


def added(diff: ArticleDiff) -> set[int]:
    return {j for b in diff.blocks if b.kind is BlockKind.ADDED for j in b.new}


def removed(diff: ArticleDiff) -> set[int]:
    return {i for b in diff.blocks if b.kind is BlockKind.REMOVED for i in b.old}


def block_with_old(diff: ArticleDiff, i: int) -> Block:
    return next(b for b in diff.blocks if i in b.old)


# --- texts ------------------------------------------------------------------------------

STORY = [
    (
        "Heavy rain flooded large parts of the coastal city of Valdora on Sunday, forcing "
        "thousands of residents to leave their homes."
    ),
    (
        "The river burst its banks shortly after midnight, and water reached the first floor "
        "of buildings in the old harbour district."
    ),
    (
        "Emergency crews used boats to rescue families trapped on rooftops near the central "
        "railway station."
    ),
    (
        "The mayor, Ilse Marten, declared a state of emergency and asked schools to stay closed "
        "until Wednesday."
    ),
    (
        "Forecasters expect another 80 millimetres of rain before the storm moves east on Tuesday "
        "evening."
    ),
    (
        "Insurers estimated early damage at more than 40 million euros, mostly to shops and "
        "parked cars."
    ),
    "Residents complained that flood barriers promised after the 2019 floods were never built.",
    (
        "A spokesman for the regional water authority said the barriers would be finished next "
        "spring."
    ),
    (
        "Volunteers handed out sandbags, blankets and hot soup at a sports hall in the northern "
        "suburbs."
    ),
    "The national weather service has issued a red warning for three neighbouring provinces.",
]


def story(*indices: int) -> list[str]:
    return [STORY[k] for k in indices]


# --- cases --------------------------------------------------------------------------------

REPEATED_OLD = [
    STORY[0], "Advertisement", STORY[1], "Related: Storm season in pictures", STORY[2],
    "Advertisement", STORY[3], "Related: Storm season in pictures", STORY[4], "Advertisement", STORY[5],
]
# The first "Advertisement" is gone and the rest of the story is unchanged.
REPEATED_NEW = [
    STORY[0], STORY[1], "Related: Storm season in pictures", STORY[2],
    "Advertisement", STORY[3], "Related: Storm season in pictures", STORY[4], "Advertisement", STORY[5],
]

NEAR_DUPLICATES_OLD = [
    STORY[0],
    "The death toll rose to 12 on Monday, the regional health ministry said in a statement.",
    "The death toll rose to 15 on Tuesday, the regional health ministry said in a statement.",
    STORY[3],
]
# Both updated, and now in the other order.
NEAR_DUPLICATES_NEW = [
    STORY[0],
    "The death toll rose to 17 on Tuesday, the regional health ministry said in a statement.",
    "The death toll rose to 13 on Monday, the regional health ministry said in a statement.",
    STORY[3],
]

MOVED_EDITED_OLD = story(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
MOVED_EDITED_NEW = [
    *story(1, 2, 3, 4, 5, 6, 7, 8),
    # STORY[0], rewritten in places and moved near the end.
    (
        "Heavy rain flooded large parts of the coastal city of Valdora on Sunday and Monday, "
        "forcing more than 5,000 residents to leave their homes."
    ),
    STORY[9],
]

SWAPPED_OLD = story(0, 1, 2, 3, 4, 5)
SWAPPED_NEW = story(0, 1, 3, 2, 4, 5)

MOSTLY_NEW_OLD = [
    STORY[0],
    (
        "The government said on Monday that it would raise the tax on diesel by four cents a "
        "litre from January, to pay for new railway lines."
    ),
    (
        "Opposition parties said the government had broken its promise not to raise taxes "
        "before the election, and called for a vote in parliament."
    ),
    (
        "Officials said the ministry of finance expected the measure to bring in about two "
        "billion euros a year."
    ),
    "The government said farmers and hauliers would be exempt for the first twelve months.",
]
MOSTLY_NEW_NEW = [
    STORY[0],
    (
        "The government said on Monday that the bridge over the Alder river had been closed after "
        "inspectors found cracks in two of its pillars."
    ),
    (
        "Officials said traffic would be diverted through the town centre and warned drivers to "
        "expect long delays during the morning rush hour."
    ),
    (
        "Opposition parties said the government had ignored repeated warnings from engineers "
        "about the state of the bridge since 2015."
    ),
    (
        "The ministry of transport said a temporary crossing for pedestrians and cyclists would "
        "open within a fortnight."
    ),
    "The government said repairs could take a year and would cost about 30 million euros.",
]

# Short one-sentence paragraphs: the unrelated ones share two content words
# ("government", "Monday"), the rewritten one keeps most of its own.
SHORT_NEW_OLD = [
    STORY[0],
    "The government said on Monday it would raise taxes on fuel.",
    "Police said the suspect was arrested in Berlin.",
    "Two people died in the fire.",
]
SHORT_NEW_NEW = [
    STORY[0],
    "The government said on Monday the old bridge would stay closed.",
    "Police said the suspect was arrested in Hamburg.",
    "Three people died in the fire.",
]

LIST_ITEMS = [
    "Bring drinking water for at least three days.",
    "Keep a torch and spare batteries within reach.",
    "Charge mobile phones and power banks in advance.",
    "Move important documents to an upper floor.",
    "Switch off gas and electricity if water enters the house.",
    "Follow instructions from the emergency services on local radio.",
]

SPLIT_OLD = [
    STORY[0],
    STORY[1] + " " + STORY[2],
    STORY[3],
]
SPLIT_NEW = story(0, 1, 2, 3)

MERGE_OLD = story(0, 1, 2, 3)
MERGE_NEW = [
    STORY[0],
    STORY[1] + " " + STORY[2],
    STORY[3],
]

CASES: dict[str, tuple[list[str], list[str]]] = {
    "repeated boilerplate": (REPEATED_OLD, REPEATED_NEW),
    "near duplicates": (NEAR_DUPLICATES_OLD, NEAR_DUPLICATES_NEW),
    "moved far and edited": (MOVED_EDITED_OLD, MOVED_EDITED_NEW),
    "swapped": (SWAPPED_OLD, SWAPPED_NEW),
    "mostly new": (MOSTLY_NEW_OLD, MOSTLY_NEW_NEW),
    "short paragraphs, one unrelated": (SHORT_NEW_OLD, SHORT_NEW_NEW),
    "empty old": ([], story(0, 1)),
    "empty new": (story(0, 1), []),
    "both empty": ([], []),
    "reversed list": (LIST_ITEMS, LIST_ITEMS[::-1]),
    "one list item moved": (LIST_ITEMS, [*LIST_ITEMS[:2], LIST_ITEMS[5], *LIST_ITEMS[2:5]]),
    "split": (SPLIT_OLD, SPLIT_NEW),
    "merge": (MERGE_OLD, MERGE_NEW),
    "identical": (STORY, STORY),
}


# --- the hard cases -------------------------------------------------------------------------


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
        order = [(b.old, b.new) for b in diff.blocks]
        assert order[:3] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


class TestPageFurniture:
    """Ad slots stay where the page puts them (after every third paragraph, say) while
    the story's paragraphs shift past them: no paragraph of the story is moved for it,
    and no "Advertisement" the page repeats is."""

    @staticmethod
    def page(paragraphs: list[str], every: int = 3) -> list[str]:
        out: list[str] = []
        for k, paragraph in enumerate(paragraphs):
            if k and k % every == 0:
                out.append("Advertisement")
            out.append(paragraph)
        return out

    def test_a_paragraph_added_above_the_ad_slots_moves_nothing(self) -> None:
        old = self.page(STORY[:9])
        new = self.page([STORY[0], "A new paragraph adds the reactions of residents who were evacuated overnight.",
                         *STORY[1:9]])
        diff = diff_of(old, new)
        assert moved(diff) == set() and diff.summary.moved == 0
        story = {(old.index(t), new.index(t)) for t in STORY[:9]}
        assert story <= pairs(diff)  # each paragraph of the story with itself
        assert added(diff) == {1, new.index("Advertisement", 11)}

    def test_a_story_paragraph_moved_past_the_furniture_is_still_moved(self) -> None:
        old = self.page(STORY[:9])
        new = self.page([STORY[8], *STORY[:8]])
        assert moved(diff_of(old, new)) == {(old.index(STORY[8]), 0)}

    def test_furniture_the_page_holds_once_still_moves(self) -> None:
        """A one-off line of boilerplate has a place of its own: moved from the end to
        the top, it is marked moved, and the story is not."""
        old = [*STORY[:4], "This is a developing story."]
        new = ["This is a developing story.", *STORY[:4]]
        assert moved(diff_of(old, new)) == {(4, 0)}

    def test_the_caller_names_the_furniture(self) -> None:
        """align_paragraphs on its own knows no roles. Told that the ad is furniture,
        it moves the ad, the one paragraph that crossed the story, not the story's."""
        from articlediff.align import align_paragraphs

        old = ["One story paragraph here.", "Two story paragraph here.", "Advertisement", "Three story paragraph."]
        new = ["One story paragraph here.", "Added paragraph of the story.", "Advertisement",
               "Two story paragraph here.", "Three story paragraph."]
        plain = {e for g in align_paragraphs(old, new) for e in g.moved_pairs}
        told = {e for g in align_paragraphs(old, new, old_furniture=[2], new_furniture=[2]) for e in g.moved_pairs}
        assert plain == {(1, 3)} and told == {(2, 2)}


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
        kinds = {b.old: b.kind for b in diff.blocks}
        assert all(kinds[(k,)] is BlockKind.UNCHANGED for k in range(1, 10))


class TestSwapped:
    def test_exactly_one_of_the_two_is_moved(self) -> None:
        diff = diff_of(SWAPPED_OLD, SWAPPED_NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (2, 3), (3, 2), (4, 4), (5, 5)}
        assert len(moved(diff)) == 1
        assert moved(diff) <= {(2, 3), (3, 2)}
        assert diff.summary.moved == 1
        assert all(b.kind is BlockKind.UNCHANGED for b in diff.blocks)


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


class TestReorderedList:
    def test_reversed_list_moves_all_but_one(self) -> None:
        n = len(LIST_ITEMS)
        diff = diff_of(LIST_ITEMS, LIST_ITEMS[::-1])
        assert pairs(diff) == {(k, n - 1 - k) for k in range(n)}
        # Any one item can keep its place; every other one must move, and no more.
        assert len(moved(diff)) == n - 1
        assert all(b.kind is BlockKind.UNCHANGED for b in diff.blocks)

    def test_one_item_moved_is_the_only_move(self) -> None:
        new = [*LIST_ITEMS[:2], LIST_ITEMS[5], *LIST_ITEMS[2:5]]
        diff = diff_of(LIST_ITEMS, new)
        assert pairs(diff) == {(0, 0), (1, 1), (5, 2), (2, 3), (3, 4), (4, 5)}
        assert moved(diff) == {(5, 2)}


class TestSplitAndMerge:
    def test_split(self) -> None:
        diff = diff_of(SPLIT_OLD, SPLIT_NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (1, 2), (2, 3)}
        block = block_with_old(diff, 1)
        assert (block.old, block.new) == ((1,), (1, 2))
        assert block.is_split and block.kind is BlockKind.EDITED
        assert moved(diff) == set()

    def test_merge(self) -> None:
        diff = diff_of(MERGE_OLD, MERGE_NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (2, 1), (3, 2)}
        block = block_with_old(diff, 1)
        assert (block.old, block.new) == ((1, 2), (1,))
        assert block.is_merge and block.kind is BlockKind.EDITED
        assert moved(diff) == set()


# A sentence moves from one paragraph into another, both of which stay paired.
REGROUP_OLD = [
    "The city council approved the budget on Tuesday after a six-hour meeting.",
    "The plan raises property taxes by 4 percent. Councilwoman Maria Ortiz voted "
    "against it, citing the cost to pensioners on fixed incomes.",
    "Mayor Daniel Reeve said the increase would pay for road repairs and two new fire "
    "stations. He called the vote a turning point for the city.",
    "The budget takes effect in July.",
]
REGROUP_NEW = [
    "The city council approved the budget on Tuesday after a six-hour meeting.",
    "The plan raises property taxes by 4 percent, money that Mayor Daniel Reeve said "
    "would pay for road repairs and two new fire stations.",
    "Reeve called the vote a turning point for the city. Councilwoman Maria Ortiz voted "
    "against it, citing the cost to pensioners on fixed incomes.",
    "The budget takes effect in July.",
]


class TestSentencesMoved:
    def test_sentence_moved_between_paired_paragraphs(self) -> None:
        diff = diff_of(REGROUP_OLD, REGROUP_NEW)
        block = block_with_old(diff, 1)
        assert (block.old, block.new) == ((1, 2), (1, 2))
        assert block.is_regrouped and block.kind is BlockKind.EDITED
        # The Ortiz sentence went from ¶1 to ¶2, the mayor's words from ¶2 to ¶1
        # and ¶2: each link is where text went, not each paragraph with each.
        assert set(block.links) == {(1, 1), (1, 2), (2, 1), (2, 2)}
        assert pairs(diff) == {(0, 0), (1, 1), (1, 2), (2, 1), (2, 2), (3, 3)}

    def test_only_the_pairs_that_share_text_are_linked(self) -> None:
        old = [
            "Rescuers pulled three survivors from the rubble overnight. The mine had "
            "collapsed on Sunday after days of heavy rain.",
            "Officials said 14 miners were still missing and pumps were draining the "
            "flooded lower shafts.",
        ]
        new = [
            "Rescuers pulled three survivors from the rubble overnight, officials said.",
            "Officials said 14 miners were still missing and pumps were draining the "
            "flooded lower shafts. The mine had collapsed on Sunday after days of heavy rain.",
        ]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (0, 1), (1, 1)}
        assert (1, 0) not in pairs(diff)

    def test_a_sentence_repeated_elsewhere_links_nothing(self) -> None:
        """A sentence found in several paragraphs cannot tell where text went."""
        stock = "The company did not respond to a request for comment."
        old = [
            f"Shares of Northwind fell 12 percent after the recall. {stock}",
            f"Regulators opened an inquiry into the braking software. {stock}",
            "The recall covers 80,000 vehicles sold since 2021.",
        ]
        new = [
            "Shares of Northwind fell 12 percent after the recall was announced.",
            f"Regulators opened an inquiry into the braking software on Friday. {stock}",
            f"The recall covers 80,000 vehicles sold since 2021. {stock}",
        ]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2)}

    def test_a_short_sentence_moved_beside_its_pair(self) -> None:
        """A date cut in two by a full stop ("Jan." / "25."): the "25." that opened
        old ¶1 opens new ¶2, beside the pair of the paragraphs before them, though
        the rest of old ¶1 moved up to new ¶0."""
        old = [
            "Officials said four Americans were arrested in November and another four were detained on Jan.",
            "25. Newspapers close to the government reported that the eight are being investigated "
            "for links to a banned group.",
            "The embassy said it was aware of the reports.",
        ]
        new = [
            "Newspapers close to the government reported on Saturday that the eight are being "
            "investigated for links to a banned group.",
            old[0],
            "25. The list does not say where the men are being held.",
            old[2],
        ]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 1), (1, 0), (1, 2), (2, 3)}
        assert moved(diff) == {(1, 0)}
        # Far from where it stood, so short a sentence ties nothing.
        far = [new[0], new[1], new[3], new[2]]
        assert pairs(diff_of(old, far)) == {(0, 1), (1, 0), (2, 2)}

    def test_a_piece_split_off_beside_the_rest_with_new_text(self) -> None:
        """Old ¶1 lost its clause on the committee's Monday publication; new ¶2, beside
        new ¶1, holds nearly all of what it lost, though most of new ¶2 is new."""
        old = [
            "The council approved the budget on Tuesday after a six-hour meeting.",
            "The plan, which the finance committee first published on Monday, raises property "
            "taxes by 4 percent to pay for road repairs, two new fire stations and a bigger "
            "library in the old town.",
            "Councilwoman Maria Ortiz voted against it, citing the cost to pensioners.",
            "Mayor Daniel Reeve called the vote a turning point for the city.",
            "The budget takes effect in July.",
        ]
        new = [
            "The city council approved the budget late on Tuesday after a six-hour meeting.",
            "The plan raises property taxes by 4 percent to pay for road repairs, two new fire "
            "stations and a bigger library in the old town.",
            "The finance committee first published the plan, a document of 300 pages covering "
            "spending on schools, parks, libraries, buses, street lighting, sewers and the "
            "harbour, on Monday.",
            "Councilwoman Maria Ortiz voted against it, citing the cost to pensioners on fixed incomes.",
            "Mayor Daniel Reeve called the vote a turning point.",
            "The budget takes effect in July, after a public hearing.",
        ]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 1), (1, 2), (2, 3), (3, 4), (4, 5)}
        assert block_with_old(diff, 1).new == (1, 2)

    def test_names_found_beside_a_pair_are_not_a_split(self) -> None:
        """The two names the vote list lost head a new paragraph of dissent: the
        names are a small part of it, not a piece of the list."""
        old = [
            "The committee kept its benchmark rate unchanged on Wednesday.",
            "Household spending has picked up in recent months, the statement said.",
            "Weaker demand and lower oil prices are holding down consumer price inflation.",
            "The committee will keep buying government bonds at the current pace.",
            "Voting for the action were Anna Berg, Carl Dunn, Eva Fisk, Lars Holm, Mia Jensen, "
            "Omar Lund, Ruth Moss, Robert Kaplan and Neel Kashkari.",
        ]
        new = [
            "The committee kept its benchmark rate unchanged on Wednesday, as expected.",
            "Household spending has picked up sharply in recent months, the statement said.",
            "Weaker demand and significantly lower oil prices are holding down consumer price inflation.",
            "The committee will keep buying government bonds at least at the current pace.",
            "Voting for the action were Anna Berg, Carl Dunn, Eva Fisk, Lars Holm, Mia Jensen, "
            "Omar Lund and Ruth Moss.",
            "Voting against the action were Robert Kaplan, who preferred to keep greater "
            "flexibility on rates until the labour market recovers, and Neel Kashkari, who "
            "wanted a firm promise to hold rates until inflation is sustained at the target.",
        ]
        diff = diff_of(old, new)
        assert pairs(diff) == {(k, k) for k in range(5)}
        assert added(diff) == {5}


# A crime story whose second version turns the police appeal into a quotation that
# shares no word with it, and the company's silence into a refusal to comment.
APPEAL_OLD = [
    "A man has been arrested after a lorry crashed into a shop in Leeds on Sunday.",
    "The driver, in his 40s, was treated for minor injuries at the scene.",
    "Police appealed for anyone with details of the crash to contact them.",
    "The haulage firm did not respond to a request for comment.",
]
APPEAL_NEW = [
    "A man has been arrested on suspicion of dangerous driving after a lorry crashed into a shop in Leeds on Sunday.",
    "The driver, in his 40s, was treated for minor injuries at the scene and later taken into custody.",
    "Insp Ruth Ellis said: \"If you saw what happened, or have dashcam footage, please get in touch.\"",
    "A spokeswoman for the haulage firm declined to comment.",
]


class TestStockSentences:
    def test_rewritten_stock_sentences_pair_in_place(self) -> None:
        diff = diff_of(APPEAL_OLD, APPEAL_NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2), (3, 3)}
        assert block_with_old(diff, 2).kind is BlockKind.EDITED

    def test_not_when_a_side_has_two_of_a_kind(self) -> None:
        """Which of two appeals became the new one, the words cannot say."""
        second = "Anyone with information is asked to call police on 101."
        diff = diff_of([*APPEAL_OLD[:3], second, APPEAL_OLD[3]], APPEAL_NEW)
        assert {(2, 2), (3, 2)}.isdisjoint(pairs(diff))
        assert {2, 3} <= removed(diff)

    def test_not_by_a_move(self) -> None:
        """A stock sentence is only known for the same line of the story where it
        stands in the same place: far from it, it may be another."""
        new = [APPEAL_NEW[2], *APPEAL_NEW[:2], APPEAL_NEW[3]]
        diff = diff_of(APPEAL_OLD, new)
        assert (2, 0) not in pairs(diff)
        assert 2 in removed(diff) and 0 in added(diff)


# A council story whose second version prints the resolution, a quotation of several
# paragraphs, after the kept paragraphs; one of its paragraphs restates ¶1's second
# sentence. With the quotation marks taken away, the same texts tie ¶1 to it by a move.
COUNCIL = "The city council approved the budget on Tuesday after a six-hour meeting."
REEVE = "Mayor Daniel Reeve called the vote a turning point for the city."
HEARING = "The budget takes effect in July, after a public hearing."
TAXES = (
    "The plan raises property taxes by 4 percent, the first rise in a decade, to pay for "
    "road repairs and two new fire stations."
)
BRIDGE = "It also sets aside 2 million dollars for repairs to the Elm Street bridge and the harbour wall."
RESOLVED_BRIDGE = (
    "The council sets aside 2 million dollars for repairs to the Elm Street bridge and the harbour wall"
)


def with_resolution(kept: str, last: str, mark: str = '"') -> list[str]:
    """The second version: the story, then the resolution quoted over two paragraphs
    (``mark`` opens it and closes it), ``last`` its second paragraph."""
    return [
        COUNCIL, kept, REEVE, HEARING, "The resolution adopted by the council reads:",
        f"{mark}The council adopts the budget for the coming year as presented by the mayor.",
        f"{last}{mark}",
    ]


class TestLongQuotations:
    """A quotation that runs over several paragraphs is a text quoted whole; where it
    restates the story's prose elsewhere, it repeats it: no move ties the two."""

    def test_no_moved_pairing_into_a_long_quotation(self) -> None:
        old = [COUNCIL, f"The plan raises property taxes by 4 percent. {BRIDGE}", REEVE, HEARING]
        kept = "The plan raises property taxes by 4 percent, the first rise in a decade."
        diff = diff_of(old, with_resolution(kept, f"{RESOLVED_BRIDGE}."))
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2), (3, 3)}
        assert moved(diff) == set()
        assert added(diff) == {4, 5, 6}
        # Unquoted, the bridge paragraph is ¶1 moved, the rest of ¶1 split off in place.
        unquoted = diff_of(old, with_resolution(kept, f"{RESOLVED_BRIDGE}.", mark=""))
        assert moved(unquoted) == {(1, 6)}

    def test_no_moved_split_into_a_long_quotation(self) -> None:
        old = [COUNCIL, f"{TAXES} {BRIDGE}", REEVE, HEARING]
        diff = diff_of(old, with_resolution(TAXES, f"{RESOLVED_BRIDGE}."))
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2), (3, 3)}
        assert moved(diff) == set()
        unquoted = diff_of(old, with_resolution(TAXES, f"{RESOLVED_BRIDGE}.", mark=""))
        assert pairs(unquoted) == {(0, 0), (1, 1), (1, 6), (2, 2), (3, 3)}

    def test_no_moved_sentence_link_into_a_long_quotation(self) -> None:
        old = [COUNCIL, f"{TAXES} {BRIDGE}", REEVE, HEARING]
        last = (
            f"{RESOLVED_BRIDGE}, and directs the city engineer to report on the state of every "
            "other bridge in the city before the end of the year. Small changes to these "
            "amounts are acceptable."
        )
        diff = diff_of(old, with_resolution(TAXES, last))
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2), (3, 3)}
        assert moved(diff) == set()
        unquoted = diff_of(old, with_resolution(TAXES, last, mark=""))
        assert pairs(unquoted) == {(0, 0), (1, 1), (1, 6), (2, 2), (3, 3)}

    def test_in_place_prose_still_pairs_with_a_long_quotation(self) -> None:
        """A paraphrase turned into the quotation it reported, where it stood."""
        old = [
            COUNCIL,
            "Reeve appealed for residents who saw the flooding on Elm Street to send their "
            "photographs to the council.",
            HEARING,
        ]
        new = [
            COUNCIL,
            'Reeve said: "If you saw the flooding on Elm Street, please send your photographs '
            "to the council.",
            'We need every one of them."',
            HEARING,
        ]
        diff = diff_of(old, new)
        assert (1, 1) in pairs(diff)
        assert moved(diff) == set()

    @pytest.mark.parametrize(("texts", "inside"), [
        (['Plain.', '"Opens.', 'Runs on.', 'Closes."', 'Plain.'], {1, 2, 3}),
        (['\u201cOpens.', '\u201cReopens, wire style.', '\u201cCloses.\u201d', 'He said "no" twice.'], {0, 1, 2}),
        (['"One paragraph," he said.', 'A stray " mark, never closed.', 'Plain.'], set()),
    ], ids=["straight", "wire style", "none"])
    def test_which_paragraphs_stand_inside_a_long_quotation(self, texts: list[str], inside: set[int]) -> None:
        assert inside_long_quotations(texts) == inside


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


class TestIdentical:
    def test_all_unchanged(self) -> None:
        diff = diff_of(STORY, STORY)
        assert [(b.kind, b.old, b.new) for b in diff.blocks] == [
            (BlockKind.UNCHANGED, (k,), (k,)) for k in range(len(STORY))
        ]
        assert moved(diff) == set()
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
