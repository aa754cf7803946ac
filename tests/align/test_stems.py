"""Word stems for matching: the forms of one word a rewrite passes between count as
one, and words that only end alike do not."""

from __future__ import annotations

import pytest

from articlediff.align.stems import stem


@pytest.mark.parametrize(
    "forms",
    [
        ("show", "shows"),
        ("investigation", "investigations"),
        ("support", "supports", "supported", "supporting", "supporter", "supporters"),
        ("body", "bodies"),
        ("stop", "stopped", "stopping"),
        ("flee", "fleeing"),
        ("kill", "killed", "kills"),
    ],
)
def test_forms_of_one_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(w) for w in forms}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("office", "officer"),  # too little is left of "officer" for an agent noun
        ("form", "former"),
        ("order", "ord"),
        ("new", "news"),
        ("crisis", "cris"),
        ("bus", "bu"),
    ],
)
def test_words_that_only_end_alike_stay_apart(a: str, b: str) -> None:
    assert stem(a) != stem(b)


@pytest.mark.parametrize("word", ["ms-13", "2024", "80,000", "doesn't", "news", "press", "staff"])
def test_short_words_numbers_and_codes_are_left_as_they_are(word: str) -> None:
    assert stem(word) == word
