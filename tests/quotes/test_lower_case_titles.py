"""A title written in lower case is a role the story's named holder fills ("the
sheriff" for Sheriff Grady Judd); a verb no cue list holds still names the speaker when
a lone pronoun and it close the sentence after a quotation (issue 19). Real pages these
rules came from are in tests/data/real_roles.jsonl."""

from __future__ import annotations

import pytest

from .common import quotes_of


@pytest.mark.parametrize("title, role", [("Sheriff", "the sheriff"), ("Mayor-elect", "the mayor-elect")])
def test_a_lower_case_title_is_the_named_holder(title: str, role: str) -> None:
    quotes = quotes_of(f"{title} Ann Roe spoke to reporters on Monday.", f"“We will not rest,” {role} said.")
    assert quotes[0].speaker == "Ann Roe"


def test_a_lower_case_title_nobody_holds_stays_as_worded() -> None:
    quotes = quotes_of("Ann Roe, a local teacher, spoke on Monday.", "“We will not rest,” the sheriff said.")
    assert quotes[0].speaker != "Ann Roe"


@pytest.mark.parametrize("verb", ["upheld", "mused"])
def test_a_lone_pronoun_and_a_verb_after_the_quotation(verb: str) -> None:
    quotes = quotes_of("Justice Ann Roe ruled on Monday.", f"“The case cannot stand,” she further {verb}.")
    assert quotes[0].speaker == "Ann Roe"


def test_a_pronoun_and_an_auxiliary_is_no_attribution() -> None:
    quotes = quotes_of("Justice Ann Roe ruled on Monday.", "“The case cannot stand.” She was clear.")
    assert quotes[0].speaker is None or quotes[0].cue != "was"
