"""Pass 3, sentence links: a sentence (or part of one) moved between paragraphs ties
them; a stock sentence rewritten in place does too."""

from __future__ import annotations

from articlediff import BlockKind

from .cases import STORY, added, block_with_old, diff_of, moved, pairs, removed, rows_with_old, story

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

# Old ¶1's clause on the levees joins the mayor's thanks (old ¶3) at the end of the
# story; old ¶2, between them, is cut (case15's Ukraine lines, with Zelensky's
# reaction, merged at the end across a removed paragraph).
ACROSS_REMOVED_OLD = [
    "The governor signed the flood relief bill on Thursday.",
    "While several neighbouring states have cut their disaster budgets and taken a harder line on "
    "federal aid, Harlan was a staunch supporter of rebuilding levees and raising insurance payouts "
    "for farmers.",
    "He travelled to Washington last month to press for a separate farm rescue package.",
    'The mayor of Riverton said he was "deeply grateful" for the governor\'s support.',
    "Crews began repairing the breached levee south of Riverton on Friday.",
    "The state legislature returns in January.",
    "Officials expect the first payments to reach farmers by March.",
]
ACROSS_REMOVED_NEW = [
    "The governor signed the flood relief bill on Thursday.",
    "Crews began repairing the breached levee south of Riverton on Friday.",
    "The state legislature returns in January.",
    "Officials expect the first payments to reach farmers by March.",
    "The governor was also a firm supporter of rebuilding levees and raising insurance payouts for "
    'farmers. The mayor of Riverton said in a statement that he was "deeply grateful" for the support.',
]


class TestSentencesMoved:
    def test_sentence_moved_between_paired_paragraphs(self) -> None:
        diff = diff_of(REGROUP_OLD, REGROUP_NEW)
        first, second = rows_with_old(diff, 1)
        assert (first.old, first.new, second.old, second.new) == ((1, 2), (1,), (1, 2), (2,))
        assert first.is_regrouped and second.is_regrouped and first.kind is BlockKind.EDITED
        # The Ortiz sentence went from ¶1 to ¶2, the mayor's words from ¶2 to ¶1
        # and ¶2: each link is where text went, not each paragraph with each.
        assert set(first.links) | set(second.links) == {(1, 1), (1, 2), (2, 1), (2, 2)}
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
        assert [row.new for row in rows_with_old(diff, 1)] == [(1,), (2,)]

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


class TestBesideAcrossRemoved:
    def test_a_paragraph_removed_between_does_not_part_a_merge(self) -> None:
        """A piece that would be a move links with the weaker overlap of a piece
        beside its pair when only removed paragraphs stand between them."""
        diff = diff_of(ACROSS_REMOVED_OLD, ACROSS_REMOVED_NEW)
        assert pairs(diff) == {(0, 0), (1, 4), (3, 4), (4, 1), (5, 2), (6, 3)}
        assert removed(diff) == {2}
        assert moved(diff) == {(1, 4), (3, 4)}

    def test_the_same_the_other_way_round(self) -> None:
        diff = diff_of(ACROSS_REMOVED_NEW, ACROSS_REMOVED_OLD)
        assert pairs(diff) == {(0, 0), (4, 1), (4, 3), (1, 4), (2, 5), (3, 6)}
        assert added(diff) == {2}
        assert moved(diff) == {(4, 1), (4, 3)}


def test_a_speakers_name_alone_does_not_link_sentences() -> None:
    """The sentence "..., said Mayor Ilse Marten." is cut; the mayor is named in the
    next paragraph: her name (and "flooding") is no sentence that moved there."""
    old = [*story(0, 1),
           "Boats rescued forty families from rooftops in the harbour district overnight. "
           "The cause of the flooding is still being investigated, said Mayor Ilse Marten.",
           "The river level fell by half a metre on Tuesday afternoon.", STORY[3]]
    new = [*story(0, 1), "Boats rescued forty families from rooftops in the harbour district overnight.",
           "The river level fell by half a metre on Tuesday afternoon, Mayor Ilse Marten told the flooding "
           "committee.", STORY[3]]
    assert pairs(diff_of(old, new)) == {(k, k) for k in range(5)}
