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


def _searched(sentence: str) -> Stock | None:
    """What the patterns say when searched in every sentence a broad cue admits."""
    from articlediff.align import stock
    from articlediff.text.words import straight_apostrophes

    if not any(cue in sentence.lower() for cue in stock._CUES):
        return None
    text = straight_apostrophes(sentence)
    if stock._appeal().search(text):
        return Stock.APPEAL
    return Stock.NO_COMMENT if stock._no_comment().search(text) else None


def _sentences() -> list[str]:
    from itertools import product

    found = [*APPEALS, *NO_COMMENTS, *NEITHER]
    # Each cue's neighbourhood, in both cases and with a letter that ignoring case
    # takes for an ASCII one.
    parts = ["Police ", "APPEALED FOR ", "appealing to ", "came forward", "Crime Stoppers ", "anyone who ",
             "Anybody with ", "urges the public ", "Asked people ", "encouraging drivers ", "if you ", "please ",
             "call 101 ", "contact us ", "get in touch ", "declined to comment", "wouldn’t comment ",
             "has not yet responded to requests ", "didn't return calls ", "could not be reached for comment",
             "no comment", "pleaſe ", "ıf you ", "İf you ", "said. ", ""]
    found += ["".join(p) for p in product(parts, repeat=3)]
    return found


def test_the_cues_never_change_what_the_patterns_say() -> None:
    from pathlib import Path

    from articlediff import load_article

    sentences = _sentences()
    for path in sorted(Path(__file__).resolve().parents[2].glob("fixtures/**/*.txt")):
        sentences += [s for p in load_article(str(path)).paragraphs for s in p.sentences]
    assert [stock_kind(s) for s in sentences] == [_searched(s) for s in sentences]
