"""Speakers of bare quotation paragraphs and of relayed words, on real news excerpts.

tests/data/real_continuation.jsonl holds short excerpts of public news pages (their
addresses recorded), each quotation labelled by hand before the tool was run on them:
quotation paragraphs with no attribution of their own (after a quotation, after
narrative about the speaker, after a lead-in ending in a colon, running over several
paragraphs) and words a speaker relays ("Cops said Patrick Crusius told them “…”").
A labelled null is a quotation the text gives to no one it names: no speaker may be
given to it. Run ``python -m tests.quotes.test_real_continuation`` for the figures and
the misses.

The floors are the figures measured when a rule last changed them; raise them when a
change lifts them, never lower them to let a change through.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NamedTuple

from articlediff import Paragraph
from articlediff.model import Quote
from articlediff.quotes import extract_quotes

from ..corpus_eval import _harness, same_person

DATA = Path(__file__).resolve().parent.parent / "data" / "real_continuation.jsonl"

#: Measured with ``python -m tests.quotes.test_real_continuation`` (rounded down).
ACCURACY_FLOOR = 0.85
RELAY_FLOOR = 4


class Scores(NamedTuple):
    labels: int
    found: int
    right: int
    wrong: int
    relays: int
    relays_right: int
    nulls_given: int
    misses: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 1.0


def load() -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _match(label: dict[str, Any], quotes: list[Quote], used: set[int]) -> Quote | None:
    """The first quotation one of whose parts opens with the label's words, one not yet
    matched first: the parts of a quotation in parts are labelled apart, and a story may
    quote the same words twice."""
    tokens = _harness().tokens
    opening = tokens(label["text"])
    matching = [n for n, quote in enumerate(quotes)
                if any(tokens(part)[: len(opening)] == opening for part in quote.parts)]
    n = next((n for n in matching if n not in used), matching[0] if matching else None)
    if n is None:
        return None
    used.add(n)
    return quotes[n]


def evaluate() -> Scores:
    found = right = wrong = relays = relays_right = nulls_given = labels = 0
    misses: list[str] = []
    for item in load():
        quotes = extract_quotes([Paragraph(index=i, text=t) for i, t in enumerate(item["paragraphs"])])
        used: set[int] = set()
        for label in item["quotes"]:
            labels += 1
            quote = _match(label, quotes, used)
            where = f"{item['id']} “{label['text'][:40]}”"
            if quote is None:
                misses.append(f"{where}: not found")
                continue
            found += 1
            if same_person(quote.speaker, label["speaker"]):
                right += 1
            else:
                wrong += quote.speaker is not None
                nulls_given += label["speaker"] is None
                misses.append(f"{where}: speaker {quote.speaker!r}, labelled {label['speaker']!r}")
            if label["reported_by"] is not None:
                relays += 1
                if same_person(quote.reported_by, label["reported_by"]):
                    relays_right += 1
                else:
                    misses.append(f"{where}: reported_by {quote.reported_by!r}, labelled {label['reported_by']!r}")
    return Scores(labels, found, right, wrong, relays, relays_right, nulls_given, tuple(misses))


def test_every_excerpt_has_a_source_and_labels() -> None:
    items = load()
    assert len(items) >= 20
    assert all(item["source"].startswith("http") and item["paragraphs"] and item["quotes"] for item in items)


def test_speakers_hold() -> None:
    scores = evaluate()
    assert scores.found == scores.labels, scores.misses
    assert scores.accuracy >= ACCURACY_FLOOR, scores.misses
    assert scores.relays_right >= RELAY_FLOOR, scores.misses


def test_no_labelled_null_gets_a_speaker() -> None:
    assert evaluate().nulls_given == 0


def main() -> int:
    scores = evaluate()
    print(f"labels {scores.labels}, found {scores.found}; speaker accuracy {scores.accuracy:.3f} "
          f"({scores.right}/{scores.found}), wrong {scores.wrong}, nulls given a speaker {scores.nulls_given}; "
          f"relays right {scores.relays_right}/{scores.relays}")
    for miss in scores.misses:
        print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
