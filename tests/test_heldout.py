"""The held-out sets must not get worse: each figure stays at or above its baseline.

The baselines are the figures the held-out harnesses (benchmarks/heldout_quotes.py,
benchmarks/heldout_facts.py) measured on the code when the sets were added, rounded
down to two decimals (counts where lower is better: rounded up). They are floors, not
targets: raise one when a change justified by the development cases lifts it, never
tune code on the held-out sets themselves (heldout/README.md).
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import NamedTuple

import pytest

from .conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"


def _load(name: str) -> ModuleType:
    path = BENCHMARKS / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_heldout_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


# Quotations: higher is better. Raised with issue 19's rules of news attribution.
QUOTE_FLOORS = {
    "precision": 0.97,
    "recall": 0.98,
    "strict_precision": 0.80,
    "quote_kind_precision": 0.97,
    "quote_kind_recall": 0.90,
    # 324 of 372 (0.871) since "the plural of a person's noun is a group" and "pointed out"
    # is read; 322 (0.866) before.
    "speaker_accuracy": 0.87,
    "speaker_or_relay_accuracy": 0.87,
}
# Quotations: lower is better.
QUOTE_CEILINGS = {"negatives_extracted_as_quote": 0.09}
PAIR_FLOORS = {"change_kind_accuracy": 0.95}
PAIR_CEILINGS = {"false_reattributions": 0, "missed_reattributions": 0, "false_reattributions_by_earlier_reading": 1}

# Facts: (precision, recall) floors per kind and group, as measured on the story-level
# facts (facts.story, issue 20), rounded down.
FACT_FLOORS = {
    "number_changed": (0.92, 0.92),
    "number_added": (0.96, 0.96),
    "number_removed": (0.92, 0.81),
    "date_added": (1.00, 1.00),
    "date_removed": (1.00, 1.00),
    "name_added": (1.00, 1.00),
    "name_removed": (0.94, 0.90),
    "numbers": (0.95, 0.92),
    "dates": (1.00, 1.00),
    "names": (0.97, 0.95),
    "all": (0.96, 0.95),
}


@pytest.fixture(scope="module", name="quotes")
def fixture_quotes() -> ModuleType:
    return _load("heldout_quotes")


@pytest.fixture(scope="module", name="facts")
def fixture_facts() -> ModuleType:
    return _load("heldout_facts")


def test_sets_are_there(quotes: ModuleType, facts: ModuleType) -> None:
    assert len(quotes.stories()) == 35
    assert len(facts.cases()) == 20


def test_quotation_figures_hold(quotes: ModuleType) -> None:
    report = quotes.evaluate()
    assert report.counts["labelled"] == 378 and report.counts["negatives"] == 91
    overall, pairs = report.overall, report.pairs
    worse = [f"{k} {overall[k]:.3f} < {v}" for k, v in QUOTE_FLOORS.items() if overall[k] < v]
    worse += [f"{k} {overall[k]:.3f} > {v}" for k, v in QUOTE_CEILINGS.items() if overall[k] > v]
    worse += [f"{k} {pairs[k]:.3f} < {v}" for k, v in PAIR_FLOORS.items() if pairs[k] < v]
    worse += [f"{k} {pairs[k]} > {v}" for k, v in PAIR_CEILINGS.items() if pairs[k] > v]
    assert not worse, "held-out quotation figures fell below the baseline: " + "; ".join(worse)


class _SetFloor(NamedTuple):
    labelled: int
    speaker_accuracy: float
    wrong_speakers: int
    precision: float = 0.99
    recall: float = 0.99


# The held-out halves of the second to twenty-third quotation sets (heldout/quotes2 …
# quotes23; each README tells how it was split from its development half in
# tests/data/real_stories, real_stories3 … real_stories23). A wrong speaker is one given where the label names
# another or none (the benchmark's speaker_wrong).
SET_FLOORS = {
    # Figures as the benchmark counts them now: right, missed (no speaker where the label
    # names one), wrong. At the end of the round that first read roles as the person
    # before them: 68 of 83 right (0.819), 12 missed, 3 wrong (67, 12, 4 at its start).
    # Since a headline's and a first paragraph's words said further down are the
    # speaker's: 70 (0.843), 11 missed, 2 wrong; since "shared … that" is read: 71 (0.855);
    # since two holders of a role in one paragraph make it no one's: 72 (0.867), 10, 1;
    # since phrases joined in one sentence go on with its speaker: 73 (0.880), 9, 1.
    # Since an unattributed quotation is the story's speaker whose sentence it is, or whose
    # words stand on both sides of it: 74 (0.892), 8, 1.
    # Since a headline's speaker after its closing colon and "welcomes" are read: 75 (0.904), 7, 1.
    "quotes2": _SetFloor(labelled=83, speaker_accuracy=0.90, wrong_speakers=1),
    # 51 of 74 right (0.689), 19 missed, 4 wrong (51, 18, 5 at the start of that round;
    # 49 when the set was split).
    # Since a headline's and a first paragraph's words said further down are the
    # speaker's: 52 (0.703), 18 missed, 4 wrong; since a report goes on into the next
    # sentence of its paragraph: 54 (0.730), 16, 4.
    # Since a lower-case title heads a role ("the England coach"): 55 (0.743), 15, 4.
    "quotes3": _SetFloor(labelled=74, speaker_accuracy=0.74, wrong_speakers=4),
    # 65 of 88 right (0.739), 14 missed, 9 wrong (64, 14, 10 at the start of that round,
    # as when it was split).
    # Since then: 67 (0.761), 14 missed, 7 wrong; since a headline's and a first
    # paragraph's words said further down are the speaker's: 68 (0.773), 13, 7.
    # Since an unattributed quotation is the story's speaker whose sentence it is, or whose
    # words stand on both sides of it: 69 (0.784), 11, 8 (one more wrong).
    # Since "Pressed on …," and "Questioned …," open a clause before the subject: 72 (0.818),
    # 11, 5.
    "quotes4": _SetFloor(labelled=89, speaker_accuracy=0.81, wrong_speakers=5, recall=0.98),
    # 47 of 67 right (0.701), 14 missed, 6 wrong, the same since it was split; precision 0.985.
    # Since "A judge" may be the judge the next paragraph names: 49 (0.731), 13 missed, 5 wrong;
    # since "MP" is a title ("Labour MP Jo Roe" is Jo Roe): 51 (0.761), 13, 3.
    # Since an unattributed quotation is the story's speaker whose sentence it is, or whose
    # words stand on both sides of it: 54 (0.806), 10, 3.
    # Since "the party" stands for the body named before, as "the union" does: 56 (0.836), 10, 1.
    "quotes5": _SetFloor(labelled=67, speaker_accuracy=0.83, wrong_speakers=1, precision=0.98),
    # When it was split: 67 of 87 right (0.770), 10 missed, 10 wrong (63, 10, 14 at the
    # start of that round); recall 0.946. Since a "while" clause's cue is its own: 67, 13
    # missed, 7 wrong. Since a headline's and a first paragraph's words said further down
    # are the speaker's: 68 (0.782), 12 missed, 7 wrong. Since the one people speak for
    # ("a spokesman for X", "X's family") is no longer counted as their speaker: 65
    # (0.747), 12 missed, 10 wrong; since the rule for a first paragraph's words reads the
    # story's first paragraph, not the first that quotes anyone: 64 (0.736), 13, 10.
    # Since an unattributed quotation is the story's speaker whose sentence it is, or whose
    # words stand on both sides of it: 65 (0.747), 12, 10.
    # Since "he" after a sentence about no person goes to the one person it names: 66 (0.759), 12, 9.
    # Since "they" goes to no one person named before: 66 (0.759), 15, 6.
    "quotes6": _SetFloor(labelled=92, speaker_accuracy=0.75, wrong_speakers=6, recall=0.94),
    # When it was split: 60 of 71 right (0.845), 10 missed, 1 wrong (59, 10, 2 at the
    # start of that round); precision 0.926, recall 0.922.
    # Since an unattributed quotation is the story's speaker whose sentence it is, or whose
    # words stand on both sides of it: 61 (0.859), 9, 1.
    # Since "Regulators said", with no one so named, is a group: 62 (0.873), 8, 1.
    "quotes7": _SetFloor(labelled=77, speaker_accuracy=0.87, wrong_speakers=1, precision=0.92, recall=0.92),
    # When it was split: 56 of 82 right (0.683), 17 missed, 9 wrong (53, 17, 12 at the
    # start of that round); recall 0.988. Since a headline's and a first paragraph's words
    # said further down are the speaker's: 59 (0.720), 14 missed, 9 wrong; since "MP" is a
    # title: 60 (0.732), 13, 9; since that rule reads the story's first paragraph, not the
    # first that quotes anyone: 59 (0.720), 14, 9.
    # Since an unattributed quotation is the story's speaker whose sentence it is, or whose
    # words stand on both sides of it: 61 (0.744), 12, 9.
    # Since "he" after a sentence about no person goes to the one person it names: 60 (0.732), 12,
    # 10 (one right speaker became a wrong one).
    "quotes8": _SetFloor(labelled=83, speaker_accuracy=0.73, wrong_speakers=10, recall=0.98),
    # When it was split: 41 of 69 right (0.594), 12 missed, 16 wrong (the same at the
    # start of that round); recall 0.920. Since a "while" clause's cue is its own and
    # "Name, PhD, professor of …" is the name: 45 (0.652), 12 missed, 12 wrong.
    # Since an unattributed quotation is the story's speaker whose sentence it is, or whose
    # words stand on both sides of it: 47 (0.681), 9, 13 (one more wrong).
    # Since more participles of saying are read ("suggesting", "branding", "labelling"): 48 (0.696), 8, 13.
    "quotes9": _SetFloor(labelled=75, speaker_accuracy=0.69, wrong_speakers=13, recall=0.92),
    # When it was split: 56 of 79 right (0.709), 15 missed, 8 wrong (the same at the
    # start of that round); recall 0.988.
    # Since the plural of a person's noun is a group ("commuters said"): 56, 14, 9 (one
    # missed speaker became a wrong one, and none right was lost).
    # Since "alleged" is a verb of saying (not after "the" or "his"): 58 (0.734), 12, 9.
    "quotes10": _SetFloor(labelled=80, speaker_accuracy=0.73, wrong_speakers=9, recall=0.98),
    # When it was split: 47 of 73 right (0.644), 20 missed, 6 wrong (47, 18, 8 at the start
    # of that round); precision 0.986, recall 1.000. At the end of the round that made
    # quotes16 to quotes18: 48 (0.658), 20 missed, 5 wrong.
    "quotes11": _SetFloor(labelled=73, speaker_accuracy=0.65, wrong_speakers=5, precision=0.98),
    # When it was split: 56 of 74 right (0.757), 14 missed, 4 wrong (the same at the start
    # of that round); precision 1.000, recall 0.949.
    # Since an unattributed quotation is the story's speaker whose sentence it is, or whose
    # words stand on both sides of it: 57 (0.770), 13, 4.
    # Since more titles are read in lower case ("the magistrate", "the skipper"): 59 (0.797), 11, 4.
    # Since "they" goes to no one person named before: 59 (0.797), 12, 3.
    "quotes12": _SetFloor(labelled=78, speaker_accuracy=0.79, wrong_speakers=3, recall=0.94),
    # When it was split: 47 of 72 right (0.653), 20 missed, 5 wrong, the same at the start
    # of that round (95b6053); precision 1.000, recall 1.000.
    # Since more participles of saying are read ("suggesting", "branding", "labelling"): 49 (0.681), 18, 5.
    # Since "alleged" is a verb of saying (not after "the" or "his"): 51 (0.708), 16, 5.
    "quotes13": _SetFloor(labelled=72, speaker_accuracy=0.70, wrong_speakers=5),
    # When it was split: 63 of 83 right (0.759), 16 missed, 4 wrong, the same at the start
    # of that round (95b6053); precision 1.000, recall 1.000. At the end of the round that
    # made quotes16 to quotes18: 65 (0.783), 16 missed, 2 wrong.
    # Since verbs of the manner of speaking are read ("fumed", "scoffed"): 69 (0.831), 12, 2.
    "quotes14": _SetFloor(labelled=83, speaker_accuracy=0.83, wrong_speakers=2),
    # When it was split: 63 of 85 right (0.741), 15 missed, 7 wrong, at the end of the round
    # that made it (62, 16, 7 at its start, 95b6053); precision 1.000, recall 1.000.
    # At the end of the round that made quotes16 to quotes18 (a place that is a first name
    # opens a whole name): 68 (0.800), 10 missed, 7 wrong.
    # Since more titles are read in lower case: 69 (0.812), 10, 6.
    # Since "alleged" is a verb of saying (not after "the" or "his"): 70 (0.824), 9, 6.
    # Since "they" goes to no one person named before: 70 (0.824), 10, 5.
    "quotes15": _SetFloor(labelled=85, speaker_accuracy=0.82, wrong_speakers=5),
    # When it was split: 64 of 94 right (0.681), 17 missed, 13 wrong, the same at the start
    # of that round (68739df); precision 1.000, recall 1.000. At the end of that round: 67
    # (0.713), 14 missed, 13 wrong. Since "apologised" and "thanked" give a phrase to their
    # subject: 68 (0.723), 13, 13.
    "quotes16": _SetFloor(labelled=94, speaker_accuracy=0.72, wrong_speakers=13),
    # When it was split: 61 of 74 right (0.824), 8 missed, 5 wrong, the same at the start
    # of that round (68739df); precision 0.984, recall 0.974. At the end of that round: 64
    # (0.865), 8 missed, 2 wrong.
    # Since verbs of the manner of speaking are read: 64, 7, 3 (one missed speaker became a
    # wrong one).
    "quotes17": _SetFloor(labelled=76, speaker_accuracy=0.86, wrong_speakers=3, precision=0.98, recall=0.97),
    # When it was split: 67 of 82 right (0.817), 10 missed, 5 wrong, at the end of the round
    # that made it (66, 10, 6 at its start, 68739df); precision 0.986, recall 0.976.
    # Since "objected" and more verbs of saying are read: 68 (0.829), 9, 5.
    # Since "he" after a sentence about no person goes to the one person it names: 71 (0.866), 9, 2.
    "quotes18": _SetFloor(labelled=84, speaker_accuracy=0.86, wrong_speakers=2, precision=0.98, recall=0.97),
    # When it was split: 55 of 71 right (0.775), 7 missed, 9 wrong, at the very end of the
    # round that made it (54, 7, 10 at its start, 68739df); precision 1.000, recall 1.000.
    # Since more participles of saying are read ("suggesting", "branding", "labelling"): 56 (0.789), 6, 9.
    # Since a body's title before a name gives the name ("said Cincinnati Zoo director Thane
    # Maynard"): 58 (0.817), 6, 7.
    "quotes19": _SetFloor(labelled=71, speaker_accuracy=0.81, wrong_speakers=7),
    # When it was split: 58 of 64 right (0.906), 6 missed, no wrong speaker, the same at
    # the start of the round that made it (68739df); precision 1.000, recall 1.000.
    # Since "they" goes to no one person named before (but two named together, a group a
    # capital opens, or the subject of the sentence right before): 57 (0.891), 7, 0. On the
    # held-out sets that rule took 8 wrong speakers away (5 on the development sets), and
    # this right one.
    "quotes20": _SetFloor(labelled=64, speaker_accuracy=0.89, wrong_speakers=0),
    # When it was split: 59 of 73 right (0.808), 7 missed, 7 wrong, after the rules of the
    # round that made it (48b86d8; 59, 9, 5 at its start, b13f3e1); precision 1.000,
    # recall 1.000. Since "they" goes to no one person named before: 59, 10, 4.
    "quotes21": _SetFloor(labelled=73, speaker_accuracy=0.80, wrong_speakers=4),
    # When it was split: 73 of 82 right (0.890), 4 missed, 5 wrong, the same at the start
    # of the round that made it (b76c6c6) and after its rules (7ad16f4); precision 1.000,
    # recall 0.965 (82 of 85 found).
    # Since "planning", "housing", "transport", "education" and "council" qualify a group:
    # 74 (0.902), 3, 5.
    "quotes22": _SetFloor(labelled=85, speaker_accuracy=0.90, wrong_speakers=5, recall=0.96),
    # When it was split: 68 of 82 right (0.829), 11 missed, 3 wrong, the same at the start
    # of the round that made it (b76c6c6) and after the rules before it (4d3a8e5); precision
    # 1.000, recall 1.000.
    "quotes23": _SetFloor(labelled=82, speaker_accuracy=0.82, wrong_speakers=3),
}


@pytest.mark.parametrize("name", sorted(SET_FLOORS))
def test_later_quotation_set_figures_hold(quotes: ModuleType, name: str) -> None:
    floor = SET_FLOORS[name]
    report = quotes.evaluate(ROOT / "heldout" / name)
    counts, overall = report.counts, report.overall
    assert counts["labelled"] == floor.labelled
    worse = [f"{k} {overall[k]:.3f} < {getattr(floor, k)}" for k in ("precision", "recall", "speaker_accuracy")
             if overall[k] < getattr(floor, k)]
    wrong = counts["speaker_wrong"]
    if wrong > floor.wrong_speakers:
        worse.append(f"{wrong} wrong speakers > {floor.wrong_speakers}")
    assert not worse, f"held-out set {name}'s figures fell below the baseline: " + "; ".join(worse)


def test_fact_figures_hold(facts: ModuleType) -> None:
    overall = facts.evaluate().overall
    assert overall["all"]["labelled"] == 130
    worse = []
    for kind, (precision, recall) in FACT_FLOORS.items():
        if overall[kind]["precision"] < precision:
            worse.append(f"{kind} precision {overall[kind]['precision']:.3f} < {precision}")
        if overall[kind]["recall"] < recall:
            worse.append(f"{kind} recall {overall[kind]['recall']:.3f} < {recall}")
    assert not worse, "held-out fact figures fell below the baseline: " + "; ".join(worse)


def test_matching_rules(quotes: ModuleType, facts: ModuleType) -> None:
    """The harnesses' matching rules, as their docstrings state them."""
    assert quotes.same_person("Gleeson", "Simon Gleeson")
    assert quotes.same_person("Commission Vice President Valdis Dombrovskis", "Valdis Dombrovskis")
    assert quotes.same_person("Hussein", "Zeid Ra’ad al-Hussein")
    assert quotes.same_person("U.S. Central Command (CENTCOM)", "US Central Command")
    assert not quotes.same_person("U.S. Central Command", "U.S. Army")
    assert quotes.same_person(None, None)
    assert not quotes.same_person(None, "Simon Gleeson")
    assert not quotes.same_person("Jo Grady", "a spokesperson for the Universities and Colleges Employers’ Association")
    assert not quotes.same_person("Sara Zelenak", "the family of Sara Zelenak")
    assert not quotes.same_person("Boris Johnson", "a spokesman for Boris Johnson")
    assert not quotes.same_person("Smith", "Smith's lawyers")
    assert quotes.same_person("relatives of Sara Zelenak", "the family of Sara Zelenak")
    assert quotes.same_person("The mother of murdered teenager Jimmy Mizen", "Margaret Mizen")
    assert quotes.similarity(quotes.tokens("systemically important,"), quotes.tokens("systemically important")) == 1.0
    assert facts.number_matches("1/2 percent", "1/4 to 1/2 percent")
    assert facts.number_matches("12.4", "20 kilometers (12.4 miles)")
    assert facts.number_matches("five", "Five")
    assert not facts.number_matches("1", "1/4 to 1/2 percent")
    assert facts.date_matches("Friday", "Friday morning")
    assert not facts.date_matches("Friday", "Wednesday night")
    assert facts.name_matches("Tang Xiaoming", {"name": "Tang Xiaoming", "forms": ["Dingxi Mayor Tang Xiaoming"]})
    assert facts.name_matches("U.S.", {"name": "United States", "forms": ["U.S."]})


def test_second_readings_cover_their_sets_and_agree():
    """Every second reading of speakers covers its story's quotations, and two readers
    agree at least as often as heldout/README.md records (the reason 0.95 is a fair
    target for the library)."""
    agreement = _load("speaker_agreement")
    sets = {root.name: root for root in agreement.default_sets()}
    assert set(sets) == {"quotes", "quotes8", "quotes9", "quotes10"}
    for root in sets.values():
        stories = agreement.hq.stories(root)
        assert all((story / agreement.SECOND).exists() for story in stories), root
        figures = agreement.evaluate(root)  # exits naming the file if a reading is incomplete
        assert figures["agreement"] >= 0.97, (root.name, figures["agreement"])


def test_speaker_reach_places_names_and_agrees_with_the_harness(quotes: ModuleType) -> None:
    """benchmarks/speaker_reach.py finds a speaker's name where the story gives it, and
    counts the speakers right, missed and wrong as the harness scores them."""
    reach = _load("speaker_reach")
    story = ["Jo Roe, the mayor, opened the fair.", "Crowds came early.", "Rain fell.",
             "“It was a fine day,” she said.", "Later, Dr Ann Lee spoke."]
    assert reach.where_named(story, 0, "Mayor Jo Roe") == "same paragraph"
    assert reach.where_named(story, 2, "Jo Roe") == "one or two before"
    assert reach.where_named(story, 3, "Jo Roe") == "further before"
    assert reach.where_named(story, 3, "Dr Ann Lee") == "only after"
    assert reach.where_named(story, 3, "a passer-by") == "not in the text"
    assert reach.where_named(story, 3, None) == "no one"
    assert reach.where_named(story, 1, "Mr Roewood") == "not in the text"  # whole words only
    assert [quotes.speaker_outcome(*pair) for pair in (("Roe", "Jo Roe"), (None, "Jo Roe"), ("Ann Lee", "Jo Roe"),
                                              ("Jo Roe", None), (None, None))] \
        == ["right", "missed", "wrong", "wrong", "right"]
    counts = reach.reach([ROOT / "heldout" / "quotes"])
    scored = quotes.evaluate().counts
    by_outcome = {kind: sum(n for (k, _), n in counts.items() if k == kind) for kind in reach.OUTCOMES}
    assert by_outcome == {"right": scored["speaker_right"], "missed": scored["speaker_missed"],
                          "wrong": scored["speaker_wrong"]}
    assert sum(by_outcome.values()) == scored["found"]
