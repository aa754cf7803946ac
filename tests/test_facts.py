"""Significance of edits and the facts (numbers, names, dates) they change."""

from __future__ import annotations

import pytest

from articlediff import Fact, compare, load_article
from articlediff.facts import changed_facts, grade_edit
from articlediff.worddiff import diff_words

from .conftest import CNN, FIXTURES


@pytest.mark.parametrize(
    ("old", "new", "significance", "typographic"),
    [
        ('He said "yes."', "He said “yes.”", "minor", True),
        ("The  cat sat - quietly.", "The cat sat – quietly.", "minor", True),
        ("A typo teh here.", "A typo the here.", "minor", False),
        ("The mayor, who spoke, left.", "The mayor who spoke left.", "minor", True),
        ("The old mayor spoke to reporters at length about roads.",
         "The new mayor talked with journalists briefly about roads and bridges.", "reworded", False),
        ("80,000 people were jailed.", "85,000 people were jailed.", "substantive", False),
        ("It rained on Monday in Paris.", "It rained on Tuesday in Paris.", "substantive", False),
        ("The deal was signed by Rubio.", "The deal was signed by Bukele.", "substantive", False),
        ("“We will win,” she said.", "“We shall win,” she said.", "substantive", False),
    ],
)
def test_grade(old: str, new: str, significance: str, typographic: bool) -> None:
    grade = grade_edit(diff_words(old, new))
    assert (grade.significance, grade.typographic) == (significance, typographic)


def test_number_fact() -> None:
    assert changed_facts("over 80,000 people", "over 85,000 people") == [Fact("number", "80,000", "85,000")]


def test_a_time_of_day_is_one_figure() -> None:
    """"3:45" to "6:10" is one time changed, not 3 → 10 and 45 → 6; a time of day is
    a date fact, never a number."""
    assert changed_facts("at 3:45 PM ET", "at 6:10 PM ET") == [Fact("date", "3:45", "6:10")]
    assert changed_facts("at about 21:00 BST", "at about 21:30 BST") == [Fact("date", "21:00", "21:30")]
    assert changed_facts("won 3:1 at home", "won 3:2 at home") == [Fact("number", "1", "2")]  # a score


def test_a_reference_mark_is_not_a_number() -> None:
    """A source cited ("[4]") or renumbered is no number of the story: a minor edit, and
    one that number-changed does not flag; a figure in brackets beside it still counts."""
    old = "The engine was never built.[1]"
    assert changed_facts(old, "The engine was never built.[1][4]") == []
    assert changed_facts(old, "The engine was never built.[2]") == []
    assert grade_edit(diff_words(old, "The engine was never built.[1][4]")).significance == "minor"
    assert changed_facts("It cost [about 300] pounds.[1]", "It cost [about 400] pounds.[1]") == [
        Fact("number", "300", "400")
    ]


def test_a_mention_more_of_what_both_sides_hold_is_no_change() -> None:
    """"the eight" said again, the Committee named once more: nothing changed."""
    old = "The Committee said eight Americans are being investigated."
    new = "The Committee said eight Americans are being investigated. The Committee says the eight were held."
    assert changed_facts(old, new) == []
    # One that changed into another still pairs with it.
    assert changed_facts("two died and two were hurt", "two died and three were hurt") == [
        Fact("number", "two", "three")
    ]
    assert changed_facts("Eight were held.", "Nine were held.") == [Fact("number", "eight", "nine")]


@pytest.mark.parametrize("old", [
    "migrants shuttled from one country to another",
    "one of the officials said",
    "no one was hurt",
    "they blamed one another",
    "one day the deal may be signed",
])
def test_an_idiomatic_one_is_not_a_number(old: str) -> None:
    assert changed_facts(old, "the deal was signed") == []


def test_one_that_counts_is_a_number() -> None:
    assert changed_facts("one person died", "two people died") == [Fact("number", "one", "two")]


def test_number_word_of_a_figure_is_not_a_fact_of_its_own() -> None:
    """"billion" in "$500 billion" is part of the figure, not a second number."""
    assert changed_facts("by at least $500 billion and", "and") == [Fact("number", "$500 billion", None)]
    assert changed_facts("two billion dollars", "three billion dollars") == [Fact("number", "two", "three")]


def test_numbers_inside_names_and_ranges() -> None:
    """"19" of "COVID-19" is the name's, not a number; a range is one figure."""
    assert changed_facts("The outbreak", "The COVID-19 outbreak") == [Fact("name", None, "COVID-19")]
    assert changed_facts("in the 2019-20 season", "in the 2019-21 season") == [Fact("number", "2019-20", "2019-21")]
    assert changed_facts("at 2-1/4 to 2-1/2 percent.", "at 2 to 2-1/4 percent.") == [
        Fact("number", "2-1/4", "2"), Fact("number", "2-1/2 percent", "2-1/4 percent")
    ]
    assert changed_facts("at 3\u20111/2 to 3\u20113/4 percent.", "at 3-1/2 to 3-3/4 percent.") == []


def test_facts_need_a_real_change() -> None:
    assert changed_facts("Rubio met Bukele on Monday.", "On Monday, Rubio met Bukele.") == []


def test_names_not_sentence_starts() -> None:
    assert changed_facts("The US said so. Officials agreed.", "The US said so. Analysts agreed.") == []
    assert changed_facts("The White House’s agenda", "The Trump administration’s agenda") == [
        Fact("name", "White House", "Trump")
    ]


def test_name_particles_are_whole_words() -> None:
    """A particle joins a name only as a word of its own, between capitalised words."""
    assert changed_facts("Greater Manchester Police launched an inquiry.", "Police launched an inquiry.") == [
        Fact("name", "Greater Manchester Police", None)
    ]
    assert changed_facts("said Charles de Gaulle.", "said Gaulle.") == [Fact("name", "Charles de Gaulle", "Gaulle")]
    assert changed_facts("the newspaper reported", "the newspaper al-Watan reported") == [Fact("name", None, "al-Watan")]
    assert changed_facts("were Patrick Harker; Robert S. Kaplan; Neel Kashkari; and", "were Patrick Harker; and") == [
        Fact("name", "Robert S. Kaplan", None), Fact("name", "Neel Kashkari", None)
    ]


def test_names_pair_only_with_a_name_like_them() -> None:
    """A sentence turned round pairs the names that share a word, not the names that
    happen to come first; several names replaced by others are gone and come apart."""
    assert changed_facts(
        "A website of the Saudi Interior Ministry shows nine Americans are held.",
        "Nine Americans are held, according to Saudi Arabia's Interior Ministry.",
    ) == [Fact("name", "Saudi Interior Ministry", "Saudi Arabia's Interior Ministry")]
    assert changed_facts("were Thomas Barkin; Raphael Bostic; and", "were James Bullard; Charles Evans; and") == [
        Fact("name", "Thomas Barkin", None), Fact("name", "Raphael Bostic", None),
        Fact("name", None, "James Bullard"), Fact("name", None, "Charles Evans"),
    ]
    # One name each side, in different places: not one put for the other.
    assert changed_facts("The Interior Ministry list shows four others were arrested",
                         "The detainee list shows four Americans were arrested") == [
        Fact("name", "Interior Ministry", None), Fact("name", None, "Americans"),
    ]
    assert changed_facts("forward the White House’s agenda", "forward the Trump administration’s agenda") == [
        Fact("name", "White House", "Trump")
    ]


def test_a_sentence_start_near_the_start_of_the_text() -> None:
    """"State-linked" after "25. " starts a sentence, though the text starts just before."""
    assert changed_facts("25. State-linked newspapers reported it.", "Newspapers reported it.") == [
        Fact("number", "25", None)
    ]


def test_fixture_grades() -> None:
    diff = compare(load_article(CNN / "v1.txt"), load_article(CNN / "v2.txt"))
    grades = {b.new: (b.significance, b.facts) for b in diff.rows if b.kind.value == "edited"}
    assert grades[(0,)] == ("substantive", (Fact("date", None, "Monday"),))
    assert grades[(1,)] == ("substantive", (Fact("name", "White House", "Trump"),))
    assert grades[(8,)] == ("reworded", ())


def test_a_mention_moved_to_another_paragraph_is_no_change_to_the_story() -> None:
    """CNN v1→v2: "Gellman told CNN" left ¶13 as "Speaking to CNN" came into ¶12. Each
    block keeps its fact; the story's facts list neither."""
    from articlediff.facts import story_facts

    diff = compare(load_article(CNN / "v1.txt"), load_article(CNN / "v2.txt"))
    by_block = {b.new: b.facts for b in diff.rows if b.facts}
    assert Fact("name", None, "CNN") in by_block[(12,)]
    assert Fact("name", "CNN", None) in by_block[(13,)]
    assert not [f for f in story_facts(diff) if "CNN" in (f.old, f.new)]


def test_fomc_vote_change_is_substantive() -> None:
    case = FIXTURES / "corpus" / "case03"
    diff = compare(load_article(case / "v1.txt"), load_article(case / "v2.txt"))
    votes = next(b for b in diff.rows if b.new == (5,))
    assert votes.significance == "substantive"
    assert Fact("number", None, "3/4 percent") in votes.facts
