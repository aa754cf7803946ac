"""Score articlediff's paragraph alignment against the hand alignments in fixtures.

Every folder under fixtures/ holding v1.txt, v2.txt and gold.json is a case. For each,
the pairs articlediff reports (old, new) are compared with the gold pairs, and so are
the moved pairs; the same scorer runs on a plain line diff of the paragraph lists
(difflib, the way a line-oriented diff pairs paragraphs) for comparison.

    python benchmarks/quality.py [--json]
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

from articlediff import compare, load_article

ROOT = Path(__file__).resolve().parent.parent / "fixtures"


def cases() -> list[Path]:
    return sorted(p.parent for p in ROOT.rglob("gold.json") if (p.parent / "v1.txt").exists())


def articlediff_pairs(case: Path) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    diff = compare(load_article(case / "v1.txt"), load_article(case / "v2.txt"))
    pairs: set[tuple[int, int]] = set()
    moved: set[tuple[int, int]] = set()
    for block in diff.rows:
        pairs.update(block.links)
        moved.update(block.moved_pairs)
    return pairs, moved


def line_diff_pairs(case: Path) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    old = [p.text for p in load_article(case / "v1.txt").paragraphs]
    new = [p.text for p in load_article(case / "v2.txt").paragraphs]
    pairs: set[tuple[int, int]] = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            pairs.update(zip(range(i1, i2), range(j1, j2)))
        elif tag == "replace":  # a line diff shows a replaced run side by side, in order
            pairs.update(zip(range(i1, i2), range(j1, j2)))
    return pairs, set()


def prf(found: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    tp = len(found & gold)
    precision = tp / len(found) if found else (1.0 if not gold else 0.0)
    recall = tp / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    rows = []
    totals: dict[str, list[set[tuple[str, int, int]]]] = {}
    for case in cases():
        gold = json.loads((case / "gold.json").read_text())
        gold_pairs = {tuple(p) for p in gold["pairs"]}
        gold_moved = {tuple(p) for p in gold.get("moved", [])}
        for method, fn in (("articlediff", articlediff_pairs), ("line diff", line_diff_pairs)):
            pairs, moved = fn(case)
            p, r, f = prf(pairs, gold_pairs)
            mp, mr, _ = prf(moved, gold_moved)
            rows.append((case.name, method, p, r, f, mp, mr))
            agg = totals.setdefault(method, [set(), set(), set(), set()])
            agg[0].update((case.name, *x) for x in pairs)
            agg[1].update((case.name, *x) for x in gold_pairs)
            agg[2].update((case.name, *x) for x in moved)
            agg[3].update((case.name, *x) for x in gold_moved)
    for method, (found, gold, moved, gold_moved) in totals.items():
        p, r, f = prf(found, gold)
        mp, mr, _ = prf(moved, gold_moved)
        rows.append(("ALL (micro)", method, p, r, f, mp, mr))
    if "--json" in sys.argv:
        print(json.dumps([dict(zip(("case", "method", "precision", "recall", "f1", "moved_precision", "moved_recall"), r)) for r in rows], indent=1))
        return 0
    print(f"{'case':<16} {'method':<12} {'pair P':>7} {'pair R':>7} {'pair F1':>8} {'move P':>7} {'move R':>7}")
    for case, method, p, r, f, mp, mr in rows:
        print(f"{case:<16} {method:<12} {p:7.3f} {r:7.3f} {f:8.3f} {mp:7.3f} {mr:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
