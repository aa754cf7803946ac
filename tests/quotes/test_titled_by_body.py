"""A person whose title a body qualifies ("Superior Court Judge Ann Roe") is a person,
not an organisation: the story's later "Judge Roe" is that person, by full name."""

from __future__ import annotations

import pytest

from .common import one


@pytest.mark.parametrize("introduced, later, full", [
    ("County Superior Court Judge Ann Roe", "Judge Roe", "Ann Roe"),
    ("State Department Spokesman Ned Price", "Price", "Ned Price"),
    ("Federal Reserve Chair Jo Bell", "Bell", "Jo Bell"),
])
def test_the_later_mention_is_the_full_name(introduced: str, later: str, full: str) -> None:
    quote = one(f"{introduced} ruled on Monday that the case could go to trial.",
                f'"The people have met their burden on all counts," {later} said.')
    assert quote.speaker == full


def test_a_body_alone_stays_a_body() -> None:
    quote = one('"The people have met their burden," the County Superior Court said in a ruling.')
    assert quote.speaker is not None and "Court" in quote.speaker
