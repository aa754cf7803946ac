"""Score speakers on real headlines, standfirsts and first paragraphs.

tests/data/real_headlines.jsonl holds short excerpts of real news pages (the page is
named in ``source``): a headline and the paragraphs that say who spoke its quotation,
or a first paragraph that quotes someone the next one names, and near-misses (scare
quotes, titles, words nobody in the story says). Each labelled quotation gives the
words inside its marks and the speaker read by hand before the tool ran on it.

Run ``python -m tests.quotes.real_headlines`` (``-v`` lists each miss). It is a
development set: the headline rules were written looking at it.

Matching. The labels of an excerpt are in reading order; each takes the first
quotation not yet taken one of whose parts begins with its words (as the held-out
harness tokenises them). Speakers are compared with the held-out harness's rule,
except that a label naming a group by a common noun ("Jovan Belcher's family", "a
police spokesperson") is not the person it names ("Jovan Belcher").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NamedTuple

from articlediff import Paragraph
from articlediff.model import Quote, Role
from articlediff.quotes import extract_quotes

from ..corpus_eval import _harness, same_person

LABELS = Path(__file__).resolve().parent.parent / "data" / "real_headlines.jsonl"


class Scores(NamedTuple):
    labels: int
    found: int
    right: int
    wrong: int
    none: int
    nulls_given: int
    """Labels of no speaker that the tool gave one: the false alarms."""
    misses: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 1.0


def load() -> list[dict[str, Any]]:
    with LABELS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def quotes_of(excerpt: dict[str, Any]) -> list[Quote]:
    """The library's quotations of an excerpt: its first paragraph a headline unless
    ``roles`` says otherwise."""
    texts = excerpt["paragraphs"]
    roles = excerpt.get("roles") or ["headline"] + ["body"] * (len(texts) - 1)
    return extract_quotes([Paragraph(index=i, text=t, role=Role(r)) for i, (t, r) in enumerate(zip(texts, roles))])


def same(found: str | None, label: str | None) -> bool:
    if not same_person(found, label):
        return False
    if found is None or label is None:
        return True
    last = label.split()[-1]
    return not last.islower() or found.split()[-1].lower() == last


def evaluate() -> Scores:
    tokens = _harness().tokens
    labels = found = right = wrong = none = nulls_given = 0
    misses: list[str] = []
    for excerpt in load():
        left = [(q, part) for q in quotes_of(excerpt) for part in q.parts]
        for label in excerpt["quotes"]:
            labels += 1
            opening = tokens(label["text"])
            taken = next((pair for pair in left if tokens(pair[1])[: len(opening)] == opening), None)
            where = f"{excerpt['id']} “{label['text']}”"
            if taken is None:
                misses.append(f"{where}: not found")
                continue
            left.remove(taken)
            quote = taken[0]
            found += 1
            if same(quote.speaker, label["speaker"]):
                right += 1
                continue
            if label["speaker"] is None:
                nulls_given += 1
            if quote.speaker is None:
                none += 1
            else:
                wrong += 1
            misses.append(f"{where}: speaker {quote.speaker!r}, labelled {label['speaker']!r}")
    return Scores(labels, found, right, wrong, none, nulls_given, tuple(misses))


def main(argv: list[str]) -> int:
    s = evaluate()
    print(f"labels {s.labels}, found {s.found}; speaker accuracy {s.accuracy:.3f} ({s.right}/{s.found}), "
          f"wrong {s.wrong}, none {s.none}, labelled nobody but given one {s.nulls_given}")
    if "-v" in argv:
        print("\n".join(s.misses) or "no misses")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
