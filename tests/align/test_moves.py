"""Pass 4, moves: the fewest pairings marked moved, and page furniture that anchors
nothing and, repeated, never moves."""

from __future__ import annotations

from articlediff import BlockKind

from .cases import LIST_ITEMS, STORY, SWAPPED_NEW, SWAPPED_OLD, added, diff_of, moved, pairs, story


class TestSwapped:
    def test_exactly_one_of_the_two_is_moved(self) -> None:
        diff = diff_of(SWAPPED_OLD, SWAPPED_NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (2, 3), (3, 2), (4, 4), (5, 5)}
        assert len(moved(diff)) == 1
        assert moved(diff) <= {(2, 3), (3, 2)}
        assert diff.summary.moved == 1
        assert all(b.kind is BlockKind.UNCHANGED for b in diff.rows)

class TestReorderedList:
    def test_reversed_list_moves_all_but_one(self) -> None:
        n = len(LIST_ITEMS)
        diff = diff_of(LIST_ITEMS, LIST_ITEMS[::-1])
        assert pairs(diff) == {(k, n - 1 - k) for k in range(n)}
        # Any one item can keep its place; every other one must move, and no more.
        assert len(moved(diff)) == n - 1
        assert all(b.kind is BlockKind.UNCHANGED for b in diff.rows)

    def test_one_item_moved_is_the_only_move(self) -> None:
        new = [*LIST_ITEMS[:2], LIST_ITEMS[5], *LIST_ITEMS[2:5]]
        diff = diff_of(LIST_ITEMS, new)
        assert pairs(diff) == {(0, 0), (1, 1), (5, 2), (2, 3), (3, 4), (4, 5)}
        assert moved(diff) == {(5, 2)}

class TestSplitAndMerged:
    """Old ¶1's last sentence, reworded, joins old ¶3 in new ¶2, and old ¶2 is merged
    whole into new ¶1 in its place: of the two crossing links (1, 2) and (2, 1), one
    each way, the sentence that jumped is the move, not the paragraph merged whole
    (case11's acrid smell, past the body bags, into the next paragraph)."""

    OLD = [
        "Police sealed off the harbour on Friday after the ferry capsized.",
        "A police cordon now surrounds the terminal, where shattered windows and overturned "
        "benches litter the pavement. A sour smell of diesel still hangs over the quay.",
        "Coastguard divers recovered four bodies from the hull overnight.",
        "Inside the terminal, the departure boards are dark and the ticket hall is flooded.",
        "The ferry operator has suspended all sailings until further notice.",
    ]
    NEW = [
        "Police sealed off the harbour on Friday after the ferry capsized.",
        "A police cordon now surrounds the terminal, where shattered windows and overturned "
        "benches litter the pavement. Coastguard divers recovered four bodies from the hull overnight.",
        "The sour diesel smell hangs over the quay. Inside the terminal, the departure boards "
        "are dark and the ticket hall is flooded.",
        "The ferry operator has suspended all sailings until further notice.",
    ]

    def test_the_sentence_that_jumped_is_the_move(self) -> None:
        diff = diff_of(self.OLD, self.NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (1, 2), (2, 1), (3, 2), (4, 3)}
        assert moved(diff) == {(1, 2)}

    def test_the_same_the_other_way_round(self) -> None:
        diff = diff_of(self.NEW, self.OLD)
        assert pairs(diff) == {(0, 0), (1, 1), (2, 1), (1, 2), (2, 3), (3, 4)}
        assert moved(diff) == {(2, 1)}


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


class TestMovedMeansOutOfSequence:
    """A paragraph is moved when its order changed relative to the rest, and only
    then: text inserted, split off or merged around it does not move it."""

    INSERTED = "A new paragraph reports that the army has sent two hundred soldiers to help."

    def test_an_insertion_before_a_paragraph_does_not_move_it(self) -> None:
        old = story(0, 1, 2, 3, 4)
        new = [STORY[0], self.INSERTED, *story(1, 2, 3, 4)]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 2), (2, 3), (3, 4), (4, 5)}
        assert moved(diff) == set() and diff.summary.moved == 0

    def test_a_split_whose_parts_stay_in_order_is_not_moved(self) -> None:
        """Old ¶1 cut in two, with a new paragraph between its halves: each half
        still follows what it followed."""
        old = [STORY[0], STORY[1] + " " + STORY[2], *story(3, 4)]
        new = [*story(0, 1), self.INSERTED, *story(2, 3, 4)]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 1), (1, 3), (2, 4), (3, 5)}
        assert moved(diff) == set()

    def test_a_merge_in_place_is_not_moved(self) -> None:
        old = story(0, 1, 2, 3, 4)
        new = [STORY[0], self.INSERTED, STORY[1] + " " + STORY[2], *story(3, 4)]
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 2), (2, 2), (3, 3), (4, 4)}
        assert moved(diff) == set()

    def test_a_paragraph_really_moved_is(self) -> None:
        old = story(0, 1, 2, 3, 4, 5)
        new = [*story(0, 4, 1, 2), self.INSERTED, *story(3, 5)]
        diff = diff_of(old, new)
        assert moved(diff) == {(4, 1)}

    def test_a_piece_split_off_far_away_is_moved_and_the_rest_is_not(self) -> None:
        old = [STORY[0], STORY[1] + " " + STORY[2], *story(3, 4, 5)]
        new = story(0, 1, 3, 4, 2, 5)
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 1), (1, 4), (2, 2), (3, 3), (4, 5)}
        assert moved(diff) == {(1, 4)}

    def test_a_paragraph_moved_in_pieces_is_the_move(self) -> None:
        """Old ¶1, three sentences, moved to the end and cut in three: one paragraph
        changed its place, not the two it was taken past, though its three pieces
        outnumber them."""
        old = [STORY[0], " ".join(story(1, 2, 3)), *story(4, 5, 6)]
        new = story(0, 4, 5, 1, 2, 3, 6)
        diff = diff_of(old, new)
        assert pairs(diff) == {(0, 0), (1, 3), (1, 4), (1, 5), (2, 1), (3, 2), (4, 6)}
        assert moved(diff) == {(1, 3), (1, 4), (1, 5)}


class TestCrossingBlocks:
    """Two blocks that swapped places: which one moved is decided by the paragraphs
    around them, here a paragraph merged into the one before the block that kept
    its place, found although it names the same thing in another form ("supporter",
    "support")."""

    OLD = [
        "The mayor of Valdora, Ilse Marten, has died at the age of 68, her office said on Monday.",
        "Marten was known for her hard line on public spending during three terms in office.",
        "She voted against the harbour stadium plan in 2019 and opposed the tram extension to the airport.",
        '"We cannot afford monuments while the schools leak," she told the council at the time.',
        "Marten was a staunch supporter of cycling.",
        "The city's cyclists' union paid tribute on Monday, calling her "
        '"the best friend the riders of Valdora ever had".',
        "The new river bridge she opened last year carries two protected bike lanes, the union added.",
    ]
    NEW = [
        OLD[0],
        "Marten was known for her hard line on public spending, and for her strong support of cycling.",
        'The city\'s cyclists\' union said on Monday that she was "the best friend the riders of Valdora ever had".',
        OLD[6],
        OLD[2],
        OLD[3],
    ]

    def test_the_smaller_block_is_the_move(self) -> None:
        diff = diff_of(self.OLD, self.NEW)
        assert pairs(diff) == {(0, 0), (1, 1), (4, 1), (5, 2), (6, 3), (2, 4), (3, 5)}
        assert moved(diff) == {(2, 4), (3, 5)}

    def test_the_same_the_other_way_round(self) -> None:
        diff = diff_of(self.NEW, self.OLD)
        assert moved(diff) == {(4, 2), (5, 3)}


class TestMergedBesideASplit:
    """Old ¶2 is cut in two; a clause of old ¶1 joins its second piece: that clause
    is the move, and the split, whose pieces keep their order, is not."""

    OLD = [
        "A fire at a nightclub in the port city of Valdora killed nine people early on Saturday, police said.",
        "Firefighters were called to the scene just after midnight and found guests escaping through the "
        "smoke-filled side door of the club.",
        "Witnesses say the fire began near the stage during a late concert and spread quickly along the wooden "
        "ceiling, cutting the lights and filling the hall with black smoke. Video posted online shows flames "
        "bursting from the roof as people run out screaming into the street.",
        "The regional fire service has opened an investigation into the cause of the blaze.",
        "The club had passed a safety inspection in March, the city council said.",
    ]
    NEW = [
        OLD[0],
        "The fire began near the stage during a late concert and spread quickly along the wooden ceiling, "
        "cutting the lights and filling the hall with black smoke, witnesses say.",
        "Video posted online shows terrified dancers screaming as they fled through the smoke-filled side door "
        "of the building.",
        OLD[3],
        OLD[4],
    ]

    def test_the_clause_is_the_move(self) -> None:
        diff = diff_of(self.OLD, self.NEW)
        assert pairs(diff) == {(0, 0), (2, 1), (2, 2), (1, 2), (3, 3), (4, 4)}
        assert moved(diff) == {(1, 2)}

    def test_the_same_the_other_way_round(self) -> None:
        diff = diff_of(self.NEW, self.OLD)
        assert moved(diff) == {(2, 1)}


class TestSpeakers:
    """A quotation whose speaker changed, or two that swapped speakers, are
    paragraphs edited where they stand: the speakers' names move, not the text."""

    MAYOR = "said the mayor, Ilse Marten, at a press conference in the town hall"
    BRANDT = "said Joachim Brandt, a spokesman for the regional water authority"
    REBUILD = '"We will rebuild every street of the harbour district before the winter,"'
    BARRIERS = '"The flood barriers will be finished next spring, whatever the cost,"'
    SOUP = STORY[8]

    def check_in_place(self, old: list[str], new: list[str]) -> None:
        diff = diff_of(old, new)
        assert pairs(diff) == {(k, k) for k in range(len(old))}
        assert moved(diff) == set()
        assert not any(b.is_merge or b.is_split for b in diff.blocks)

    def test_swapped_speakers_apart(self) -> None:
        self.check_in_place(
            [*story(0, 1), f"{self.REBUILD} {self.MAYOR}.", self.SOUP, f"{self.BARRIERS} {self.BRANDT}."],
            [*story(0, 1), f"{self.REBUILD} {self.BRANDT}.", self.SOUP, f"{self.BARRIERS} {self.MAYOR}."],
        )

    def test_swapped_speakers_side_by_side(self) -> None:
        self.check_in_place(
            [*story(0, 1), f"{self.REBUILD} {self.MAYOR}.", f"{self.BARRIERS} {self.BRANDT}.", self.SOUP],
            [*story(0, 1), f"{self.REBUILD} {self.BRANDT}.", f"{self.BARRIERS} {self.MAYOR}.", self.SOUP],
        )

    def test_a_speaker_changed_whose_introduction_moved_up(self) -> None:
        """The second quotation's speaker now says the first, and is introduced
        there: his name and title went up, the quotations did not."""
        self.check_in_place(
            [*story(0, 1), f"{self.REBUILD} said the mayor.", self.SOUP, f"{self.BARRIERS} {self.BRANDT}."],
            [*story(0, 1), f"{self.REBUILD} {self.BRANDT}.", self.SOUP, f"{self.BARRIERS} Brandt said."],
        )

    def test_short_quotations_swapped(self) -> None:
        """Quotations too short to pair by their own words ("We are ready"): their
        attributions do not pair them crosswise as moves, and each, the same
        quotation where it stood, is that paragraph edited."""
        self.check_in_place(
            [*story(0, 1), f'"We are ready," {self.MAYOR}.', self.SOUP, f'"It is too late," {self.BRANDT}.'],
            [*story(0, 1), f'"We are ready," {self.BRANDT}.', self.SOUP, f'"It is too late," {self.MAYOR}.'],
        )

    def test_a_short_quotation_does_not_pair_as_a_move(self) -> None:
        """The same short quotation elsewhere, with few words in common besides:
        not a move (the quotation is one word)."""
        old = [*story(0, 1), f'"We are ready," {self.MAYOR}.', *story(2, 3, 4)]
        new = [*story(0, 1), *story(2, 3), f'"We are ready," {self.BRANDT}.', STORY[4]]
        diff = diff_of(old, new)
        assert moved(diff) == set()
