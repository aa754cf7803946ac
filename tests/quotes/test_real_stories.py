"""Speakers on the real development stories (tests/data/real_stories/, real_stories3/ to 5/,
labelled by hand; see their README.md), scored by benchmarks/heldout_quotes.py's own
pairing and speaker rule.

The floors are the figures measured when round-up and transcript layouts were read
(quotes/roundup.py); raise them when a change lifts them, never lower them to let a
change through. ``python benchmarks/heldout_quotes.py --set tests/data/real_stories -v``
prints the figures and every miss."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest

from ..corpus_eval import _harness

DATA = Path(__file__).resolve().parent.parent / "data"
STORIES = DATA / "real_stories"


class Floor(NamedTuple):
    speaker_accuracy: float
    wrong_speakers: int
    recall: float


FLOORS = {
    #: Figures as the benchmark counts them now: right, missed (no speaker where the
    #: label names one), wrong. 75 of 78 right (0.962), 3 missed, 0 wrong; with round-ups
    #: read and before roles and pronouns were, 58 of 78 (0.744), 11 wrong; before
    #: round-ups were read, 42 of 77 (0.545), 18 none, 17 wrong.
    "real_stories": Floor(speaker_accuracy=0.96, wrong_speakers=0, recall=0.98),
    #: 71 of 78 (0.910), 6 missed, 1 wrong (67, 8, 3 at the start of the round that read
    #: roles); when it was split from heldout/quotes3, 56 of 78 (0.718).
    #: Since a headline's and a first paragraph's words said further down are the
    #: speaker's: 72 (0.923), 5 missed, 1 wrong.
    "real_stories3": Floor(speaker_accuracy=0.92, wrong_speakers=1, recall=0.98),
    #: 64 of 75 (0.853), 7 missed, 4 wrong (61, 8, 6); when it was split from
    #: heldout/quotes4, 54 (0.720). Since a role no title names is the one person the
    #: story describes with its noun: 65 (0.867), 7, 3.
    #: Since a name that ends its sentence is a mention ("said Raymond Kennerly. He said"):
    #: 66 (0.880), 6, 3.
    "real_stories4": Floor(speaker_accuracy=0.88, wrong_speakers=3, recall=0.96),
    #: 72 of 79 (0.911), 5 missed, 2 wrong, 79 of 84 labelled quotations found (67, 8, 4);
    #: when it was split from heldout/quotes5, 60 of 76 (0.789), 76 found.
    #: Since an unattributed quotation is the story's speaker whose sentence it is, or whose words stand on both sides of it: 73 (0.924), 3 missed, 3 wrong.
    "real_stories5": Floor(speaker_accuracy=0.92, wrong_speakers=3, recall=0.94),
    #: 86 of 97 (0.887), 8 missed, 3 wrong, 97 of 98 found; when it was split from
    #: heldout/quotes6, 66 (0.680), 27 missed, 4 wrong.
    #: Since "Relatives of the 21-year-old Australian" is not "Australian": 86, 9 missed, 2 wrong;
    #: since a wire brief's "* Says" bullets are read: 88 (0.907), 7 missed, 2 wrong; since
    #: "chanted" is a verb of speaking: 90 (0.928), 5 missed, 2 wrong; since the rule for a
    #: first paragraph's words reads the story's first paragraph: 89 (0.918), 6, 2.
    #: Since an unattributed quotation is the story's speaker whose sentence it is, or whose words stand on both sides of it: 90 (0.928), 5, 2.
    #: Since an epithet goes back past a subject the story has not heard from: 91 of 97
    #: (0.938), 5 missed, 1 wrong.
    "real_stories6": Floor(speaker_accuracy=0.93, wrong_speakers=1, recall=0.98),
    #: 85 of 99 (0.859), 10 missed, 4 wrong, since "shared … that, “…”" is read; 86 (0.869)
    #: since "Politico reported earlier, “…”" is.
    #: Since "The Lord Chief Justice ruled" and a court's "found" are read: 88 (0.889), 7, 4.
    #: Since "The judgement said" is a document's words: 89 (0.899), 6, 4.
    #: Since "they" goes to no one person named before: 89 (0.899), 7, 3.
    "real_stories7": Floor(speaker_accuracy=0.89, wrong_speakers=3, recall=0.98),
    #: 72 of 90 (0.800), 13 missed, 5 wrong, 90 of 93 found; when it was split from
    #: heldout/quotes8, 55 (0.611), 25 missed, 10 wrong.
    #: Since a first paragraph's words said further down are the speaker's: 73 (0.811);
    #: since phrases joined in one sentence go on with its speaker: 75 (0.833), 10, 5.
    #: Since a court's "found" is read: 78 (0.867), 7, 5.
    "real_stories8": Floor(speaker_accuracy=0.86, wrong_speakers=5, recall=0.96),
    #: 66 of 84 (0.786), 14 missed, 4 wrong, all 84 found; when it was split from
    #: heldout/quotes9, 59 (0.702), 18 missed, 7 wrong.
    #: Since a headline's and a first paragraph's words said further down are the
    #: speaker's: 68 (0.810), 12 missed, 4 wrong.
    #: Since "chants of “USA!”" are no speaker's and "chanted" is read: 69 (0.821), 12, 3.
    #: Since "can be heard saying" and "replies the man" are read: 71 (0.845), 10, 3.
    #: Since "221 lawmakers" are a group: 72 (0.857), 9, 3.
    #: Since a present tense of saying ("urges", "recalls") is read: 75 (0.893), 7 missed, 2 wrong.
    "real_stories9": Floor(speaker_accuracy=0.89, wrong_speakers=3, recall=0.99),
    #: 84 of 105 (0.800), 17 missed, 4 wrong, 105 of 108 found; when it was split from
    #: heldout/quotes10, 82 (0.781), 16 missed, 7 wrong.
    #: Since "blamed" is read as a verb of speaking: 85 (0.810), 16 missed, 4 wrong; since
    #: "Name, who they are: “…”" is read as a prefix: 87 (0.829), 14 missed, 4 wrong; since
    #: a jury speaks: 89 (0.848), 12, 4; since "farmer leaders" are a group: 91 (0.867), 10, 4.
    #: Since an unattributed quotation is the story's speaker whose sentence it is, or whose words stand on both sides of it: 95 (0.905), 6, 4.
    #: Since "this matter" is no person "she" goes back to: 96 (0.914), 6, 3.
    "real_stories10": Floor(speaker_accuracy=0.91, wrong_speakers=3, recall=0.97),
    #: 63 of 87 (0.724), 20 missed, 4 wrong, 87 of 91 found; at the start of the round that
    #: made it, 62 (0.713), 21 missed, 4 wrong.
    #: Since "In a statement the Met Police said" is read: 67 (0.770), 16 missed, 4 wrong;
    #: since "A judge" may be the judge the next paragraph names: 68 (0.782), 16, 3; since
    #: "the Oldham MP" is the one titled so: 70 (0.805), 16, 1; since "This is the view of
    #: X" gives X the paragraph before: 72 (0.828), 14, 1; since a report goes on into the
    #: next sentence of its paragraph: 73 (0.839), 13, 1.
    #: Since an unattributed quotation is the story's speaker whose sentence it is, or whose words stand on both sides of it: 74 (0.851), 12, 1.
    "real_stories11": Floor(speaker_accuracy=0.85, wrong_speakers=1, recall=0.95),
    #: 72 of 97 (0.742), 20 missed, 5 wrong, 97 of 100 found; at the start of the round that
    #: made it, 71 (0.732), 21 missed, 5 wrong.
    #: Since "The Minister of Mines and Steel Development, Mr. Olamilekan Adegbite," holds
    #: "the minister": 75 (0.773), 20 missed, 2 wrong; since "the force" is the police named
    #: before: 76 (0.784), 19, 2.
    #: Since an unattributed quotation is the story's speaker whose sentence it is, or whose words stand on both sides of it: 78 (0.804), 17, 2.
    #: Since "Councillor welcomes …" is read in a headline: 79 (0.814), 16, 2.
    #: Since a lower-case title heads a role ("the Pakistan captain"): 79, 15 missed, 3 wrong
    #: (the captain's words given to "the Pakistan captain", whom the story names only in
    #: an aside the library does not read).
    #: Since "it" after "The health authority says …" is that body: 80 (0.825), 15, 2.
    "real_stories12": Floor(speaker_accuracy=0.82, wrong_speakers=2, recall=0.97),
    #: 62 of 84 (0.738), 11 missed, 11 wrong, 84 of 87 found, when it was split from
    #: heldout/quotes13 (the same at the start of that round).
    #: Since a place closing a relative clause is no person, joined subjects are both
    #: people and ", White House spokeswoman Lindsay Walters said." closes its sentence:
    #: 64 (0.762), 11 missed, 9 wrong.
    #: Since a headline's speaker after its closing colon is read: 65 (0.774), 10, 9.
    #: Since "he" after a sentence about no person goes to the one person it names: 66
    #: (0.786), 10 missed, 8 wrong.
    #: Since a name that ends its sentence is a mention: 67 (0.798), 10, 7.
    "real_stories13": Floor(speaker_accuracy=0.79, wrong_speakers=7, recall=0.96),
    #: 76 of 104 (0.731), 14 missed, 14 wrong, 104 of 107 found, when it was split from
    #: heldout/quotes14 (77, 14, 13 at the start of that round).
    #: Since a participle that opens a sentence is no first name ("Labelling Douglas
    #: Ross, …") and "Pressed on …," opens a clause before the subject: 79 (0.760), 14, 11.
    #: Since "… did not and Superintendent Craig Metcalfe … said:" and "…, where Frances
    #: O’Grady, …, said" are read: 85 (0.817), 10, 9.
    #: Since a phrase before one whose attribution closes the sentence, "Name who …, told",
    #: state media and a relative clause's chunk after a clause are read: 89 (0.856), 6, 9.
    #: Since a title given with "as" ("first year as general secretary") is read: 90 (0.865), 6, 8.
    "real_stories14": Floor(speaker_accuracy=0.86, wrong_speakers=8, recall=0.97),
    #: 61 of 92 (0.663), 17 missed, 14 wrong, 92 of 94 found, when it was split from
    #: heldout/quotes15 (60, 18, 14 at the start of that round).
    #: Since "…, and owner Susan Glover said" is what "she" goes back to, "While …“…”,
    #: Premier Jo Roe said" opens with a clause that may quote, and "urged to" is a passive:
    #: 64 (0.696), 17, 11.
    #: Since a role no title names is the one person the story describes with its noun:
    #: 65 (0.707), 17, 10.
    #: At the end of the round that made real_stories16 to 18 (a story of one voice, "it"
    #: after "The ministry said …"): 70 (0.761), 13, 9.
    #: Since "they" goes to no one person named before: 70 (0.761), 14, 8.
    "real_stories15": Floor(speaker_accuracy=0.76, wrong_speakers=8, recall=0.97),
    #: 75 of 96 (0.781), 15 missed, 6 wrong, 96 of 98 found, when it was split from
    #: heldout/quotes16 (the same at the start of that round).
    #: At the end of that round: 83 (0.865), 9 missed, 4 wrong.
    #: Since "posed" is a verb of saying: 84 (0.875), 8 missed, 4 wrong.
    #: Since the plural of a person's noun is a group: 85 (0.885), 7, 4.
    #: Since "alleged" is a verb of saying (not after "the" or "his"): 86 (0.896), 6 missed, 4 wrong.
    #: Since "In a statement this afternoon, Gardaí confirmed that" gives Gardaí: 87 (0.906), 5, 4.
    "real_stories16": Floor(speaker_accuracy=0.90, wrong_speakers=4, recall=0.97),
    #: 52 of 70 (0.743), 9 missed, 9 wrong, 70 of 71 found, at the start of the round that
    #: split it from heldout/quotes17; 53 (0.757), 8, 9 at the split.
    #: At the end of that round: 63 (0.900), 3 missed, 4 wrong.
    "real_stories17": Floor(speaker_accuracy=0.90, wrong_speakers=4, recall=0.98),
    #: 67 of 89 (0.753), 13 missed, 9 wrong, 89 of 91 found, at the start of the round that
    #: split it from heldout/quotes18; 68 (0.764), 13, 8 at the split.
    #: At the end of that round: 69 (0.775), 12 missed, 8 wrong.
    #: Since "alleged" is a verb of saying (not after "the" or "his"): 71 (0.798), 10, 8.
    "real_stories18": Floor(speaker_accuracy=0.79, wrong_speakers=8, recall=0.97),
    #: 72 of 100 (0.720), 11 missed, 17 wrong, 100 of 100 found, at the start of the round
    #: that split it from heldout/quotes19; 74 (0.740), 11, 15 at the split.
    #: At the end of that round (title surnames, middle initials, an unclosed relative
    #: clause, a document's issuer past an adverbial): 84 (0.840), 10 missed, 6 wrong.
    #: Since "one sophomore" is a person and "concludes" a verb of saying:
    #: 88 (0.880), 6 missed, 6 wrong.
    #: Since "Regulators said" is a group: 89 (0.890), 5, 6.
    "real_stories19": Floor(speaker_accuracy=0.89, wrong_speakers=6, recall=0.99),
    #: 59 of 85 (0.694), 10 missed, 16 wrong, 85 of 85 found, when it was split from
    #: heldout/quotes20 (the same at the start of that round).
    #: Since "echoed" is a verb of saying: 60 (0.706), 9 missed, 16 wrong.
    #: Since "the New York Democrat" is an epithet: 61 (0.718), 8, 16. Since "he" after a
    #: sentence about no person goes to the one person it names: 63 (0.741), 8, 14.
    #: Since a name in the "of" phrase of a plural subject is not the subject: 64 (0.753), 8, 13.
    #: Since a statement signed by people is theirs: 67 (0.788), 8, 10.
    "real_stories20": Floor(speaker_accuracy=0.78, wrong_speakers=10, recall=0.99),
    #: 57 of 74 (0.770), 7 missed, 10 wrong, 74 of 75 found, since a place's office is no
    #: longer read (01adc1b); when it was split from heldout/quotes21, 57, 6, 11 (56, 8, 10
    #: at the start of that round).
    #: Since a body's title before a name gives the name ("Auckland Chamber of Commerce chief
    #: executive Michael Barnett"): 62 (0.838), 7, 5.
    #: Since a participle's clause before "he" names no subject ("Fully expecting …, he was
    #: shocked"): 63 (0.851), 7, 4.
    #: Since who issued a statement speaks where "it is reported": 65 (0.878), 5, 4.
    "real_stories21": Floor(speaker_accuracy=0.87, wrong_speakers=4, recall=0.98),
    #: 61 of 81 (0.753), 8 missed, 12 wrong, 81 of 82 found, when it was split from
    #: heldout/quotes22 (the same at the start of that round).
    #: Since "the budget-setting process" is no person (nor any word in -ness but
    #: "witness") and "they" goes to no one person named before: 62 (0.765), 10, 9.
    #: Since "quoted the commissioner, John Doe, as saying" gives Doe and a name in the
    #: "of" phrase of a plural subject is not the subject: 64 (0.790), 11, 6.
    #: Since "…, its senior official said." is a person for "the official" after it, no
    #: one named before: 66 (0.815), 11, 4.
    #: Since a role after a sentence about "she" goes back to whom "she" stands for: 68
    #: (0.840), 11, 2. Since planning officers are a group: 69 (0.852), 10, 2.
    "real_stories22": Floor(speaker_accuracy=0.85, wrong_speakers=2, recall=0.98),
    #: 53 of 65 (0.815), 8 missed, 4 wrong, 65 of 67 found, when it was split from
    #: heldout/quotes23 (53, 9, 3 at the start of that round).
    #: Since "“…?”But the suspect insisted" is no attribution and parties speak together:
    #: 55 (0.846), 7, 3.
    "real_stories23": Floor(speaker_accuracy=0.84, wrong_speakers=3, recall=0.97),
}


@cache
def _counts(name: str) -> Counter[str]:
    counts: Counter[str] = _harness().evaluate(DATA / name).counts
    return counts


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_speaker_accuracy_floor(name: str) -> None:
    counts = _counts(name)
    assert counts["speaker_right"] / counts["found"] >= FLOORS[name].speaker_accuracy


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_wrong_speakers_ceiling(name: str) -> None:
    counts = _counts(name)
    assert counts["speaker_wrong"] <= FLOORS[name].wrong_speakers


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_recall_floor(name: str) -> None:
    counts = _counts(name)
    assert counts["found"] / counts["labelled"] >= FLOORS[name].recall


def test_roundup_stories_have_every_speaker() -> None:
    """The three layouts this reading is for: lines after their quotations (03), lines
    heading them with captions between (27), a transcript's name-colon prefix (17)."""
    harness = _harness()
    for name in ("03-guardian-budget-reaction-2000", "17-tanzaniasports-managers-villa-chelsea"):
        counts = harness.evaluate_story(STORIES / name).counts
        assert counts["found"] == counts["labelled"] == counts["speaker_right"], name
    counts = harness.evaluate_story(STORIES / "27-dailymail-budget-quotes-2007").counts
    assert counts["speaker_wrong"] == 0 and counts["speaker_right"] >= counts["found"] - 1  # "Stalinist" is the critics' term
