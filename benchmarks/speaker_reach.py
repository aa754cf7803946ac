"""Where a story names the speaker of each quotation the library found: how far a
reader must look from the words to find who said them.

    python benchmarks/speaker_reach.py [--set DIR ...] [--dev] [--json]

For every real (not negative) labelled quotation that the library found, as
benchmarks/heldout_quotes.py pairs and scores them, the labelled speaker's last word
(after that harness's name rule: no article, no honorific, "al-" dropped) is looked
for, as a whole word in any case, in the story's paragraphs:

- ``same paragraph``: in the quotation's first paragraph;
- ``one or two before``: not there, but in one of the two paragraphs before it;
- ``further before``: only in paragraphs further up;
- ``only after``: only in paragraphs after it (a lede's quotation, named lower down);
- ``not in the text``: nowhere (a label that describes rather than names);
- ``no one``: the label gives no speaker.

Each place is counted for the speakers the library got right, missed (gave none
where the label names one) and got wrong, as the harness scores them (see
heldout_quotes.speaker_outcome). It reads counts only: no text of a held-out story is
printed. The figures bound what a
method that reads a window around the words can reach; they do not say a name in the
window is the speaker's cue (it may be the person spoken about).

By default every held-out set (heldout/quotes, heldout/quotes2 …) is read; ``--dev``
reads the development stories (tests/data/real_stories*) instead, ``--set DIR`` the
folders given.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout_quotes as harness  # noqa: E402

from articlediff import load_article  # noqa: E402
from articlediff.quotes import extract_quotes  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

PLACES = ("same paragraph", "one or two before", "further before", "only after", "not in the text", "no one")
OUTCOMES = ("right", "missed", "wrong")
#: How many paragraphs before the quotation's count as near.
NEAR = 2


def where_named(paragraphs: Sequence[str], at: int, speaker: str | None) -> str:
    """The place (one of PLACES) where the paragraphs name a speaker, from paragraph ``at``."""
    words = harness._name_words(speaker)
    if not words:
        return "no one"
    named = re.compile(rf"\b{re.escape(words[-1])}\b", re.IGNORECASE)
    if named.search(paragraphs[at]):
        return "same paragraph"
    if any(named.search(text) for text in paragraphs[max(0, at - NEAR) : at]):
        return "one or two before"
    if any(named.search(text) for text in paragraphs[: max(0, at - NEAR)]):
        return "further before"
    if any(named.search(text) for text in paragraphs[at + 1 :]):
        return "only after"
    return "not in the text"


def reach(roots: Iterable[Path]) -> Counter[tuple[str, str]]:
    """(outcome, place) → how many found, labelled quotations, over the stories of the roots."""
    counts: Counter[tuple[str, str]] = Counter()
    for root in roots:
        for story in harness.stories(root):
            data = harness.load_labels(story)
            for version in sorted(story.glob("v*.txt")):
                article = load_article(version)
                paragraphs = [paragraph.text for paragraph in article.paragraphs]
                pairing = harness.pair(harness._labels_of(data, version.stem), extract_quotes(article.paragraphs))
                for position, label in enumerate(pairing.labels):
                    quote = pairing.found(position)
                    if label.negative or quote is None:
                        continue
                    place = where_named(paragraphs, quote.paragraph, label.speaker)
                    counts[harness.speaker_outcome(quote.speaker, label.speaker), place] += 1
    return counts


def held_out_sets() -> list[Path]:
    return sorted((path for path in (REPO / "heldout").glob("quotes*") if path.is_dir()),
                  key=lambda path: int(path.name.removeprefix("quotes") or 1))


def development_sets() -> list[Path]:
    return sorted(path for path in (REPO / "tests" / "data").glob("real_stories*") if path.is_dir())


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Where stories name the speakers of the quotations found.")
    parser.add_argument("--set", type=Path, action="append", metavar="DIR", help="a folder of labelled stories (repeatable)")
    parser.add_argument("--dev", action="store_true", help="read the development stories instead of the held-out sets")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    roots = args.set or (development_sets() if args.dev else held_out_sets())
    counts = reach(roots)
    table = {kind: {place: counts[kind, place] for place in PLACES} for kind in OUTCOMES}
    if args.json:
        print(json.dumps({"sets": [str(root) for root in roots], "counts": table}, indent=2))
        return 0
    print(f"{len(roots)} set(s), {sum(counts.values())} found quotations with a label")
    print(f"{'speaker':8} {'total':>6} " + " ".join(f"{place:>18}" for place in PLACES))
    for kind in OUTCOMES:
        row = table[kind]
        print(f"{kind:8} {sum(row.values()):6} " + " ".join(f"{row[place]:18}" for place in PLACES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
