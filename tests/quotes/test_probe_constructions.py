"""Constructions found by running the library on real news pages it had never read and
reading every speaker (issue 19): each case is a short sentence written to show one
construction, with near-misses that must keep their reading."""

from __future__ import annotations

import pytest

from .common import one, quotes_of


class TestSentenceAdverbs:
    @pytest.mark.parametrize("adverb", ["Unsurprisingly", "Predictably", "Crucially"])
    def test_an_opening_adverb_is_no_speaker(self, adverb: str) -> None:
        quotes = quotes_of("Gareth Southgate spoke after the game.",
                           f"{adverb}, Southgate was delighted, saying: “Harry is a top striker.”")
        assert quotes[0].speaker == "Gareth Southgate"

    @pytest.mark.parametrize("name", ["Sally", "Kelly", "Donnelly"])
    def test_a_name_ending_in_ly_is_still_a_name(self, name: str) -> None:
        assert one(f"{name}, a nurse, said: “We are tired.”").speaker == name

    def test_however_inside_the_subject(self) -> None:
        assert one("A tribunal however, ruled for the islands, saying the claim “has no basis.”").speaker != \
            "A tribunal however"

    @pytest.mark.parametrize("between", [" however", ", however,"])
    def test_however_between_a_name_and_its_verb_makes_it_the_subject_he_stands_for(self, between: str) -> None:
        quotes = quotes_of(
            "Police Commissioner Fatai Owoseni said, “We have two suspects.”",
            f"Ibrahim{between} denied being involved.",
            "He said, “I was arrested in a school.”",
        )
        assert quotes[1].speaker == "Ibrahim"
