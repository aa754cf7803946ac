"""How often two people agree on who spoke, and how the library compares with both.

A held-out set's ``labels.json`` gives one reader's speaker for every quotation. Some
sets also carry a second reading, made later and blind: ``speakers_second.json`` in a
story's folder was written by another reader who saw only the story's text and the
quotations' words (no speakers, no tool output). It lists, for every real quotation
of ``labels.json`` (``not_a_quote`` entries left out), ``id`` (the quotation's position
in ``labels.json``'s ``quotes``), ``speaker``, ``reported_by``, ``confidence`` ("sure"
or "unsure") and a short ``why``.

Two speakers are the same person by the rule of ``heldout_quotes.same_person``.

    python benchmarks/speaker_agreement.py [--json] [SET ...]

SET defaults to every folder under heldout/ whose stories carry a second reading.
Printed per set (only figures; the texts stay unread):

- ``agreement``: the two readers name the same speaker (both None counts as the same);
- ``agreement_or_relay``: the same, or one reader's speaker is the other's
  ``reported_by`` (who spoke and who relayed it, read the other way round);
- ``agreement_sure``: agreement over the quotations the second reader was sure of;
- over the quotations the library found (paired as in ``heldout_quotes``):
  ``library_vs_first`` (the speaker accuracy ``heldout_quotes`` reports),
  ``library_vs_second``, ``library_vs_either`` (it names one reader's speaker), and
  ``library_on_agreed`` (its accuracy where the two readers agree).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout_quotes as hq  # noqa: E402

from articlediff import load_article  # noqa: E402
from articlediff.quotes import extract_quotes  # noqa: E402

HELDOUT = Path(__file__).resolve().parent.parent / "heldout"
SECOND = "speakers_second.json"


def _second(story: Path) -> list[dict[str, Any]]:
    with (story / SECOND).open(encoding="utf-8") as f:
        data: list[dict[str, Any]] = json.load(f)
    return data


def _real_positions(labels: dict[str, Any]) -> list[int]:
    """Positions in ``labels["quotes"]`` of the real quotations: the ids a second reading uses."""
    return [i for i, q in enumerate(labels["quotes"]) if not q.get("not_a_quote")]


def _library_speakers(story: Path, labels: dict[str, Any]) -> dict[int, str | None]:
    """Label position -> the speaker the library gives the quotation, for those it found."""
    found: dict[int, str | None] = {}
    for version in sorted(p.stem for p in story.glob("v*.txt")):
        article = load_article(story / f"{version}.txt")
        pairing = hq.pair(hq._labels_of(labels, version), extract_quotes(article.paragraphs))
        for li, label in enumerate(pairing.labels):
            quote = pairing.found(li)
            if quote is not None and not label.negative:
                found[label.index] = quote.speaker
    return found


def _relayed(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One reader's speaker is the other's relay: the same words read the other way round."""
    return bool(
        (b.get("reported_by") and hq.same_person(a.get("speaker"), b["reported_by"]))
        or (a.get("reported_by") and hq.same_person(b.get("speaker"), a["reported_by"]))
    )


def score_story(story: Path) -> Counter[str]:
    labels = hq.load_labels(story)
    positions = _real_positions(labels)
    second = _second(story)
    if sorted(entry["id"] for entry in second) != positions:
        raise SystemExit(f"{story / SECOND}: one entry for each real quotation of labels.json, by position")
    library = _library_speakers(story, labels)
    c: Counter[str] = Counter()
    for entry in second:
        position = entry["id"]
        first = labels["quotes"][position]
        agree = hq.same_person(first.get("speaker"), entry.get("speaker"))
        c["quotations"] += 1
        c["agree"] += agree
        c["agree_or_relay"] += agree or _relayed(first, entry)
        sure = entry.get("confidence", "sure") == "sure"
        c["sure"] += sure
        c["agree_sure"] += sure and agree
        if position not in library:
            continue
        speaker = library[position]
        vs_first = hq.same_person(speaker, first.get("speaker"))
        vs_second = hq.same_person(speaker, entry.get("speaker"))
        c["found"] += 1
        c["library_vs_first"] += vs_first
        c["library_vs_second"] += vs_second
        c["library_vs_either"] += vs_first or vs_second
        c["found_agreed"] += agree
        c["library_on_agreed"] += agree and vs_first
    return c


def figures(c: Counter[str]) -> dict[str, float | int | None]:
    def ratio(part: str, whole: str) -> float | None:
        return c[part] / c[whole] if c[whole] else None

    return {
        "quotations": c["quotations"],
        "agreement": ratio("agree", "quotations"),
        "agreement_or_relay": ratio("agree_or_relay", "quotations"),
        "sure": c["sure"],
        "agreement_sure": ratio("agree_sure", "sure"),
        "found": c["found"],
        "library_vs_first": ratio("library_vs_first", "found"),
        "library_vs_second": ratio("library_vs_second", "found"),
        "library_vs_either": ratio("library_vs_either", "found"),
        "found_agreed": c["found_agreed"],
        "library_on_agreed": ratio("library_on_agreed", "found_agreed"),
    }


def evaluate(root: Path) -> dict[str, float | int | None]:
    total: Counter[str] = Counter()
    for story in hq.stories(root):
        if (story / SECOND).exists():
            total += score_story(story)
    return figures(total)


def default_sets() -> list[Path]:
    return sorted(p for p in HELDOUT.iterdir() if p.is_dir() and any(p.glob(f"*/{SECOND}")))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = {str(root): evaluate(root) for root in args.sets or default_sets()}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, result in results.items():
        print(name)
        for key, value in result.items():
            shown = f"{value:.3f}" if isinstance(value, float) else "-" if value is None else str(value)
            print(f"  {key:22} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
