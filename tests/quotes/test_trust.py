"""Speakers a journalist can trust (issue 19): a wrong name is worse than none. Each
case is a short made-up sentence in wire style for one rule: a noun that opens a
sentence is no name, a document speaks for whoever issued it, a relay is not the
speaker, "the agency" is the agency the story calls one."""

from __future__ import annotations

import pytest

from .common import find, one, quotes_of


class TestNounsThatOpenASentence:
    @pytest.mark.parametrize("paragraphs", [
        ("Schools stayed shut on Monday.", "“We will not reopen until it is safe.”"),
        ("Schools stayed shut on Monday. “We will not reopen until it is safe.”",),
        ("Hospitals stayed open, saying “we have no choice but to keep going”.",),
        ("Floods hit the region on Monday. Schools closed. “It is a disaster for us all,” he said.",),
        ("Traffic stopped on the bridge. “It is a disaster for us all,” he said. The traffic did not move.",),
    ])
    def test_a_capitalised_noun_is_no_speaker(self, paragraphs: tuple[str, ...]) -> None:
        assert quotes_of(*paragraphs)[-1].speaker is None

    def test_a_surname_that_opens_the_story_still_speaks(self) -> None:
        assert one("Rubio said “there is no way back from this”.").speaker == "Rubio"

    def test_a_surname_the_story_gives_in_full_still_speaks(self) -> None:
        quotes = quotes_of("Ann Jones, the city's mayor, visited the flooded streets.",
                           "Jones stayed for an hour, saying “we will rebuild every home”.")
        assert find(quotes, "we will rebuild").speaker == "Ann Jones"

    def test_a_plural_named_inside_a_sentence_is_a_name(self) -> None:
        quotes = quotes_of("The council met Roberts on Monday.", "Roberts said “the plan is sound and we back it”.")
        assert find(quotes, "the plan").speaker == "Roberts"

    def test_a_plural_looking_surname_with_a_description_is_a_name(self) -> None:
        assert one("Jones, the council leader, said, “It is over and everybody knows it.”").speaker == "Jones"
