"""Score quotation extraction against the labelled sentences in tests/data.

Run it with the interpreter articlediff is installed in: ``python tests/quote_eval.py``
(add ``-v`` to list each miss). These labels were written alongside the extractor: the
figures measure the development set, not unseen news (see heldout/ for that).

Extraction: a found quotation is right when its text equals a labelled one exactly.
Speakers: a found speaker is right when it belongs to a rightly found quotation and
equals the label, case and a leading article aside ("The State Department" is "State
Department"). Speaker precision is over found quotations that have a speaker, recall
over labelled quotations that have one.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from articlediff.model import Paragraph, Quote
from articlediff.quotes import extract_quotes

LABELS = Path(__file__).resolve().parent / "data" / "quote_sentences.jsonl"


class Scores(NamedTuple):
    extraction_precision: float
    extraction_recall: float
    speaker_precision: float
    speaker_recall: float
    misses: tuple[str, ...]
    """One line per wrong, missing or extra quotation or speaker."""


def load_cases(path: Path = LABELS) -> list[dict[str, Any]]:
    """The labelled cases: id, paragraphs, quotes (text, speaker, kind)."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract_case(case: dict[str, Any]) -> list[Quote]:
    """Run extraction on one case's paragraphs."""
    paragraphs = [Paragraph(index=i, text=text) for i, text in enumerate(case["paragraphs"])]
    return extract_quotes(paragraphs)


def same_speaker(found: str | None, label: str | None) -> bool:
    """Equal up to case and a leading article."""
    return _plain(found) == _plain(label)


def _plain(name: str | None) -> str | None:
    if name is None:
        return None
    words = name.casefold().split()
    return " ".join(words[1:] if words and words[0] in ("the", "a", "an") else words)


def _pairs(case: dict[str, Any], found: list[Quote]) -> Iterator[tuple[dict[str, Any] | None, Quote | None]]:
    """Labelled and found quotations paired by exact text; unpaired ones with None."""
    left = list(found)
    for label in case["quotes"]:
        match = next((q for q in left if q.text == label["text"]), None)
        if match is not None:
            left.remove(match)
        yield label, match
    for quote in left:
        yield None, quote


def evaluate(cases: list[dict[str, Any]] | None = None) -> Scores:
    """Precision and recall of quotation texts and of speakers over the cases."""
    counts: Counter[str] = Counter()
    misses: list[str] = []
    for case in cases if cases is not None else load_cases():
        for label, quote in _pairs(case, extract_case(case)):
            counts["found"] += quote is not None
            counts["labelled"] += label is not None
            counts["found_speaker"] += quote is not None and quote.speaker is not None
            counts["labelled_speaker"] += label is not None and label["speaker"] is not None
            if label is None or quote is None:
                text = (label or {}).get("text") or (quote.text if quote else "")
                misses.append(f"{case['id']}: {'extra' if label is None else 'missed'} quotation “{text[:60]}”")
                continue
            counts["text_right"] += 1
            if quote.speaker is not None and same_speaker(quote.speaker, label["speaker"]):
                counts["speaker_right"] += 1
            elif quote.speaker is not None or label["speaker"] is not None:
                misses.append(f"{case['id']}: speaker {quote.speaker!r}, labelled {label['speaker']!r}")
    return Scores(
        _ratio(counts["text_right"], counts["found"]),
        _ratio(counts["text_right"], counts["labelled"]),
        _ratio(counts["speaker_right"], counts["found_speaker"]),
        _ratio(counts["speaker_right"], counts["labelled_speaker"]),
        tuple(misses),
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def main(argv: list[str]) -> int:
    cases = load_cases()
    scores = evaluate(cases)
    print(f"cases: {len(cases)}, labelled quotations: {sum(len(c['quotes']) for c in cases)}")
    print(f"extraction precision {scores.extraction_precision:.3f}  recall {scores.extraction_recall:.3f}")
    print(f"speaker    precision {scores.speaker_precision:.3f}  recall {scores.speaker_recall:.3f}")
    if "-v" in argv:
        print("\n".join(scores.misses) or "no misses")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
