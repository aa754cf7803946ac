"""Stock sentences: appeals for witnesses and "no comment" lines, told by their wording."""

from __future__ import annotations

import pytest

from articlediff.align.stock import Stock, stock_kind

APPEALS = [
    "He appealed for anyone with details of the incident, which happened at about 21:00 BST to contact police.",
    "''We already know that a number of people in the area heard the disturbance so if you do have something "
    "to tell us but you've not yet got in touch with us, please do so at your earliest opportunity.",
    "Anyone with information is asked to call police on 101, quoting incident 1234.",
    "Police are appealing for witnesses.",
    "Detectives urged anyone who saw the car to come forward.",
    "Information can also be given anonymously to Crimestoppers.",
    "“If you saw anything, please contact us,” she said.",
    "Officers asked motorists with dashcam footage to get in touch.",
]

NO_COMMENTS = [
    "The company did not immediately respond to a request for comment.",
    "A spokesperson declined to comment.",
    "Smith could not be reached for comment on Monday.",
    "The ministry didn’t reply to emailed questions.",
    "His lawyer would not comment on the case.",
    "The club was not immediately available for comment.",
]

NEITHER = [
    "He has the right to appeal, though the details of the case are not provided.",
    "Lawyers for the family appealed the ruling.",
    "The woman contacted police after hearing screams.",
    "Please, he called out to the crowd.",
    "If you were affected, you can call the helpline.",
    "The council asked residents to stay indoors.",
    "The ministry did not respond to the criticism.",
    "The senator's comment drew applause.",
    "Police said the fight had been going on for 20 minutes before they were called.",
]


@pytest.mark.parametrize("sentence", APPEALS)
def test_appeals(sentence: str) -> None:
    assert stock_kind(sentence) is Stock.APPEAL


@pytest.mark.parametrize("sentence", NO_COMMENTS)
def test_no_comment(sentence: str) -> None:
    assert stock_kind(sentence) is Stock.NO_COMMENT


@pytest.mark.parametrize("sentence", NEITHER)
def test_other_sentences(sentence: str) -> None:
    assert stock_kind(sentence) is None
