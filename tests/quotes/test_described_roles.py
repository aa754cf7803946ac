"""A role no title names stands for the one person the story describes with its noun
("Jo Roe, a long-time campaigner for flood resilience," … "The campaigner warned …"),
and for no one where the story describes several so, where the words are no
description of the person, or where the role holds the person's name (issue 19). Real
pages: tests/data/real_stories15 (a flood campaigner), real_stories4 (a minister named
with his portfolio)."""

from __future__ import annotations

from .common import find, quotes_of


def test_the_one_person_described_with_the_noun() -> None:
    quotes = quotes_of("Jo Roe, a long-time campaigner for flood resilience, has told reporters the "
                       "government failed to prepare.",
                       "“The water rose in minutes,” said shopkeeper Ann Lee.",
                       "The campaigner warned families will now have to “project manage a building site”.")
    assert find(quotes, "project manage").speaker == "Jo Roe"


def test_a_title_given_after_the_name() -> None:
    quotes = quotes_of("The report was launched by Anil Kumar, Minister for Rural Water and Sanitation, "
                       "and the first copy went to the mayor.",
                       "The Minister said he found it riveting: “This is a careful piece of work.”")
    assert find(quotes, "This is a careful").speaker == "Anil Kumar"


def test_the_role_s_words_pick_one_of_several() -> None:
    quotes = quotes_of("Ann Lee, a campaigner for clean rivers, spoke first.",
                       "Tom Hale, a campaigner for road safety, spoke next.",
                       "“The junction is a death trap,” the road safety campaigner said.")
    assert find(quotes, "The junction").speaker == "Tom Hale"


def test_several_described_alike_are_no_one() -> None:
    quotes = quotes_of("Ann Lee, a campaigner for clean rivers, spoke first.",
                       "Tom Hale, a campaigner for road safety, spoke next.",
                       "“Nobody listened to us,” the campaigner said.")
    assert find(quotes, "Nobody listened").speaker == "the campaigner"


def test_a_body_after_a_name_is_no_apposition() -> None:
    quotes = quotes_of("In a note to Judge Mark Dale, the jury, which had sat for ten days, wrote that "
                       "they were “unable to agree” on two counts.")
    assert find(quotes, "unable to agree").speaker != "Mark Dale"


def test_a_role_that_holds_the_name_is_someone_else() -> None:
    quotes = quotes_of("The mother of murdered teenager Tom Lee paid tribute to her “beautiful son” "
                       "at his funeral.")
    assert find(quotes, "beautiful son").speaker != "Tom Lee"


def test_a_noun_that_heads_nothing_is_no_description() -> None:
    quotes = quotes_of("Jo Roe, a Ministry spokesman, declined to comment on Friday.",
                       "“We are reviewing the case,” the ministry said.")
    assert find(quotes, "We are reviewing").speaker != "Jo Roe"
