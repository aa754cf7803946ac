"""Speakers on the real stories of the fixtures must not get worse (tests/corpus_eval.py).

The floors are the figures measured when a rule last changed them; raise them when a
change lifts them, never lower them to let a change through."""

from __future__ import annotations

from ..corpus_eval import evaluate, load_labels

#: Measured with ``python -m tests.corpus_eval`` (accuracy rounded down to two decimals).
ACCURACY_FLOOR = 0.94
FOUND_FLOOR = 131
WRONG_CEILING = 2
EXACT_FLOOR = 112


def test_set_is_there() -> None:
    labels = load_labels()
    assert len(labels) == 134
    assert all(label["opening"] and label["version"].startswith("v") for label in labels)


def test_speakers_hold() -> None:
    scores = evaluate()
    assert scores.found >= FOUND_FLOOR, scores.misses
    assert scores.accuracy >= ACCURACY_FLOOR, scores.misses
    assert scores.wrong <= WRONG_CEILING, scores.misses
    assert scores.exact >= EXACT_FLOOR, scores.misses
