"""Quotation marks → quoted spans."""

from __future__ import annotations

import itertools

import pytest

from .common import one, quotes_of


class TestMarks:
    @pytest.mark.parametrize(
        ("text", "quoted"),
        [
            ("He said “we will win” today.", "we will win"),
            ('He said "we will win" today.', "we will win"),
            ("He said « we will win » today.", "we will win"),
            ("He said „wir werden siegen“ today.", "wir werden siegen"),
            ("He said „we will win” today.", "we will win"),
        ],
    )
    def test_pairs_of_marks(self, text: str, quoted: str) -> None:
        assert one(text).text == quoted

    def test_nested_single_quotes_stay_inside(self) -> None:
        quote = one("“When he told me, ‘You’re fired,’ I didn’t believe it,” she said.")
        assert quote.text == "When he told me, ‘You’re fired,’ I didn’t believe it"

    @pytest.mark.parametrize(
        "text",
        [
            "It’s Bukele’s plan, and it doesn’t work.",
            "Back in the ’90s the owners’ club met weekly.",
            "It's the group's third protest since the '90s.",
            "Rock ’n’ roll and rock 'n' roll fans, 'em all.",
        ],
    )
    def test_apostrophes_are_never_quote_marks(self, text: str) -> None:
        assert quotes_of(text) == []

    def test_top_level_single_quotes_in_a_headline(self) -> None:
        quote = one("Bukele says he will take ‘only convicted criminals’ from US")
        assert (quote.text, quote.speaker) == ("only convicted criminals", "Bukele")

    @pytest.mark.parametrize(
        "text",
        ['He said "yes, and left.', "“Open “open “open", "”closing first“", '"', "“", "‘odd ’ones’ ‘", "«»„“”"],
    )
    def test_unbalanced_marks_never_raise(self, text: str) -> None:
        for quote in quotes_of(text, text):
            assert quote.text.strip()

    def test_unclosed_quote_runs_to_the_paragraph_end(self) -> None:
        found = quotes_of("The senator called it “a disaster for families.", "The vote is on Thursday.")
        assert [(q.text, q.paragraphs) for q in found] == [("a disaster for families.", (0,))]

    def test_an_unclosed_single_quote_is_an_apostrophe(self) -> None:
        assert quotes_of("The ‘plan was never written down.") == []

    def test_a_quote_mark_soup_never_raises(self) -> None:
        marks = ["“", "”", '"', "‘", "’", "'", "«", "»", "„", "x ", " "]
        for combo in itertools.product(marks, repeat=4):
            text = "".join(combo)
            quotes_of(text, "said " + text, text + " he said")

    def test_offsets_point_at_the_marks(self) -> None:
        text = "Rubio said “we will act” and left."
        quote = one(text)
        assert quote.start is not None and quote.end is not None
        assert text[quote.start : quote.end] == "“we will act”"
