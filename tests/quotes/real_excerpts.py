"""Score speakers on the excerpts of real news pages in tests/data/real_*.jsonl.

Each set holds short excerpts of real pages (the page in ``source``), one construction
per set: headlines, partial quotations, documents and posts, quotation paragraphs
without an attribution of their own, round-ups, roles and titles. Every quotation of an excerpt was
labelled by hand before the library read it: the words inside its marks, its
``speaker`` (null when the text names no one) and ``reported_by``. They are
development sets: the rules were written looking at them (tests/data/README.md).

    python -m tests.quotes.real_excerpts [SET ...] [-v]

prints each set's figures (``-v``: and every miss); test_real_excerpts.py keeps them as
floors.

Matching. The labels of an excerpt are in reading order. Each takes the first part of a
quotation, not taken yet, that opens with the label's words as the held-out harness
tokenises them (the parts of words split around their attribution are labelled one by
one); failing that, a quotation whose whole text is the label's; failing that, a part
already taken (a story may quote the same words twice). Speakers are compared with the
held-out harness's rule, except that a label naming someone by a common noun ("Jovan
Belcher's family", "a police spokesperson") is not the person it names ("Jovan
Belcher").
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from articlediff import Paragraph
from articlediff.model import Quote, Role
from articlediff.quotes import extract_quotes

from ..corpus_eval import _harness, same_person

DATA = Path(__file__).resolve().parent.parent / "data"
#: The sets, by name: tests/data/real_<name>.jsonl.
SETS = ("headlines", "partial", "documents", "continuation", "roundups", "roles")
#: Sets whose excerpts open with the story's headline (unless an excerpt's ``roles`` say
#: otherwise); the others are body paragraphs.
HEADLINE_FIRST = frozenset({"headlines"})


class Scores(NamedTuple):
    labels: int
    found: int
    right: int
    wrong: int
    none: int
    nulls_given: int
    """Labels of no speaker (a term, a name, a sign) that the library gave one: false alarms."""
    relays: int
    relays_right: int
    misses: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 1.0


@cache
def load(name: str) -> tuple[dict[str, Any], ...]:
    with (DATA / f"real_{name}.jsonl").open(encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


def quotes_of(excerpt: dict[str, Any], headline_first: bool) -> list[Quote]:
    texts = excerpt["paragraphs"]
    roles = excerpt.get("roles") or (["headline"] if headline_first else ["body"]) + ["body"] * (len(texts) - 1)
    return extract_quotes([Paragraph(index=i, text=t, role=Role(r)) for i, (t, r) in enumerate(zip(texts, roles))])


def same(found: str | None, label: str | None) -> bool:
    if not same_person(found, label):
        return False
    if found is None or label is None:
        return True
    last = label.split()[-1]
    return not last.islower() or found.split()[-1].lower() == last


def _match(text: str, quotes: list[Quote], taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    tokens = _harness().tokens
    opening = tokens(text)
    opens = [(n, p) for n, quote in enumerate(quotes) for p, part in enumerate(quote.parts)
             if tokens(part)[: len(opening)] == opening]
    whole = [(n, 0) for n, quote in enumerate(quotes) if tokens(quote.text) == opening]
    return next((at for at in opens + whole if at not in taken), opens[0] if opens else None)


@cache
def evaluate(name: str) -> Scores:
    labels = found = right = wrong = none = nulls_given = relays = relays_right = 0
    misses: list[str] = []
    for excerpt in load(name):
        quotes = quotes_of(excerpt, name in HEADLINE_FIRST)
        taken: set[tuple[int, int]] = set()
        for label in excerpt["quotes"]:
            labels += 1
            where = f"{excerpt['id']} “{label['text'][:40]}”"
            at = _match(label["text"], quotes, taken)
            if at is None:
                misses.append(f"{where}: not found")
                continue
            taken.add(at)
            quote = quotes[at[0]]
            found += 1
            if same(quote.speaker, label["speaker"]):
                right += 1
            else:
                nulls_given += label["speaker"] is None
                none += quote.speaker is None
                wrong += quote.speaker is not None
                misses.append(f"{where}: speaker {quote.speaker!r}, labelled {label['speaker']!r}")
            if label.get("reported_by") is not None:
                relays += 1
                if same_person(quote.reported_by, label["reported_by"]):
                    relays_right += 1
                else:
                    misses.append(f"{where}: reported_by {quote.reported_by!r}, labelled {label['reported_by']!r}")
    return Scores(labels, found, right, wrong, none, nulls_given, relays, relays_right, tuple(misses))


def report(names: list[str], verbose: bool) -> int:
    for name in names:
        s = evaluate(name)
        relays = f"; relays right {s.relays_right}/{s.relays}" if s.relays else ""
        print(f"{name}: labels {s.labels}, found {s.found}; speaker accuracy {s.accuracy:.3f} "
              f"({s.right}/{s.found}), wrong {s.wrong}, none {s.none}, labelled nobody but given one "
              f"{s.nulls_given}{relays}")
        if verbose:
            print("\n".join("  " + miss for miss in s.misses) or "  no misses")
    return 0


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")] or list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"unknown set {unknown[0]!r}; the sets: {', '.join(SETS)}", file=sys.stderr)
        return 2
    return report(names, "-v" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
