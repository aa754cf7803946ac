"""Score speakers on real news: the quotations of the fixture stories, labelled by hand.

Run it with the interpreter articlediff is installed in: ``python -m tests.corpus_eval``
(add ``-v`` to list each miss). The labels are tests/data/corpus_speakers.jsonl (see
tests/data/README.md): a development set, seen while the rules are written, so its
figures say how the rules do on these stories, not on unseen news (heldout/ is for that).

Matching. A label gives a version, a paragraph and the quotation's opening words. It
matches an extracted quotation (of any kind) that spans that paragraph and one of whose
parts begins with those words, compared as the held-out harness's word tokens. A
quotation may answer several labels: the halves of a split quotation are labelled
apart.

Speakers are compared with the held-out harness's rule (``same_person`` in
benchmarks/heldout_quotes.py), so both sets read "Rubio" as "Marco Rubio" alike.
``accuracy`` is over the labels found; a found speaker that is not the labelled one is
*wrong*, None against a name is *none* (a wrong speaker misleads a reader, a missing one
only leaves a gap). ``relay_accuracy`` also accepts the label's ``reported_by``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from articlediff import load_article
from articlediff.model import Quote
from articlediff.quotes import extract_quotes

from .quote_eval import same_speaker

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "corpus_speakers.jsonl"


class CorpusScores(NamedTuple):
    labels: int
    found: int
    right: int
    wrong: int
    none: int
    relay_right: int
    exact: int
    """Right speakers given as labelled, case and a leading article aside: the fullest
    name, not only the same person ("Olmedo" is right, not exact, for "Charlaine Olmedo")."""
    misses: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def relay_accuracy(self) -> float:
        return self.relay_right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0


@cache
def _harness() -> ModuleType:
    """benchmarks/heldout_quotes.py, for its tokens and speaker rule (it reads no set on import)."""
    path = ROOT / "benchmarks" / "heldout_quotes.py"
    spec = importlib.util.spec_from_file_location("_corpus_heldout_quotes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def same_person(found: str | None, label: str | None) -> bool:
    result: bool = _harness().same_person(found, label)
    return result


def load_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def story_file(case: str, version: str) -> Path:
    folder = ROOT / "fixtures" / (case if not case.startswith("case") else f"corpus/{case}")
    return folder / f"{version}.txt"


@cache
def _quotes(case: str, version: str) -> tuple[Quote, ...]:
    return tuple(extract_quotes(load_article(story_file(case, version)).paragraphs))


def find(label: dict[str, Any], quotes: tuple[Quote, ...]) -> Quote | None:
    """The extracted quotation the label names, or None."""
    tokens = _harness().tokens
    opening = tokens(label["opening"])
    for quote in quotes:
        if label["paragraph"] not in quote.paragraphs:
            continue
        if any(tokens(part)[: len(opening)] == opening for part in quote.parts):
            return quote
    return None


def evaluate(labels: list[dict[str, Any]] | None = None) -> CorpusScores:
    counts: Counter[str] = Counter()
    misses: list[str] = []
    labels = labels if labels is not None else load_labels()
    for label in labels:
        where = f"{label['case']}/{label['version']} ¶{label['paragraph']} “{label['opening']}”"
        quote = find(label, _quotes(label["case"], label["version"]))
        if quote is None:
            misses.append(f"{where}: not found")
            continue
        counts["found"] += 1
        if same_person(quote.speaker, label["speaker"]):
            counts["right"] += 1
            counts["exact"] += same_speaker(quote.speaker, label["speaker"])
            counts["relay_right"] += 1
            continue
        relay = label.get("reported_by")
        counts["relay_right"] += relay is not None and same_person(quote.speaker, relay)
        counts["none" if quote.speaker is None else "wrong"] += 1
        misses.append(f"{where}: speaker {quote.speaker!r}, labelled {label['speaker']!r}")
    return CorpusScores(len(labels), counts["found"], counts["right"], counts["wrong"], counts["none"],
                        counts["relay_right"], counts["exact"], tuple(misses))


def main(argv: list[str]) -> int:
    scores = evaluate()
    print(f"labels {scores.labels}, found {scores.found} (recall {scores.recall:.3f})")
    print(f"speaker accuracy {scores.accuracy:.3f} ({scores.right}/{scores.found}), "
          f"wrong {scores.wrong}, none {scores.none}, with relays {scores.relay_accuracy:.3f}, "
          f"as labelled {scores.exact}")
    if "-v" in argv:
        print("\n".join(scores.misses) or "no misses")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
