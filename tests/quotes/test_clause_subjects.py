"""Who the subject of an attribution is, in clauses read wrong on the thirteenth set's
development stories (tests/data/real_stories13)."""

from __future__ import annotations

from pathlib import Path

from articlediff import load_article
from articlediff.quotes import extract_quotes

from .common import quotes_of

DATA = Path(__file__).resolve().parent.parent / "data"


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(*paragraphs)]


def test_a_place_closing_a_relative_clause_is_no_person_and_joined_subjects_are_people() -> None:
    """Real: 468 (South Wales Argus), read whole. "Mr Ward, who owns Freestyle in Newport
    Arcade, said his … store" made "Newport Arcade" a person (", said his … store," read
    as its description), and the last "He said: “…”" went to it. Nor was Ward a known
    person: "Skate shop owner Darran Ward and jeweller Colin Jeffries said …" gave the
    verb to Jeffries only, and with the first fix alone that "He" went to Jeffries."""
    story = next((DATA / "real_stories13").glob("468-*")) / "v1.txt"
    quotes = extract_quotes(load_article(str(story)).paragraphs)
    lease = next(q for q in quotes if q.text.startswith("We will need some serious incentive"))
    assert lease.speaker == "Darran Ward"


def test_a_closing_attribution_with_a_title_in_lower_case() -> None:
    """Real: 442 (Reuters). "President Donald Trump has been briefed on the shooting,
    White House spokeswoman Lindsay Walters said." / "“…,” she said.": the spokeswoman,
    not the president the words were about."""
    found = speakers(
        "President Donald Trump has been briefed on the shooting, White House spokeswoman Lindsay Walters said.",
        '"Our thoughts and prayers are with all that are affected," she said.',
    )
    assert found == ["Lindsay Walters"]


def test_a_clause_that_is_not_a_closing_attribution() -> None:
    found = speakers(
        "Jo Roe opened the bridge on Monday, which Tom Hale said was late.",
        '"It was worth the wait," she said.',
    )
    assert found == ["Jo Roe"]
