"""A verb no cue list holds still names the speaker when a lone pronoun and it close the
sentence after a quotation ("“…,” she further upheld."; issue 19). The real pages are in
tests/data/real_roles.jsonl and tests/data/real_stories."""

from __future__ import annotations

import pytest

from .common import quotes_of


@pytest.mark.parametrize("verb", ["upheld", "mused"])
def test_a_lone_pronoun_and_a_verb_after_the_quotation(verb: str) -> None:
    quotes = quotes_of("Justice Ann Roe ruled on Monday.", f"“The case cannot stand,” she further {verb}.")
    assert quotes[0].speaker == "Ann Roe"


def test_a_pronoun_and_an_auxiliary_is_no_attribution() -> None:
    quotes = quotes_of("Justice Ann Roe ruled on Monday.", "“The case cannot stand.” She was clear.")
    assert quotes[0].speaker is None  # "was" says nothing of speaking
