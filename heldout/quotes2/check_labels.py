"""Check that every label of a hand-labelled quotation set points at real text.

For each story folder of a set (heldout/quotes2/ unless folders are given: the third
set, heldout/quotes3/, and tests/data/real_stories/ share the format) this reads the version texts (paragraphs
are blocks separated by one blank line, numbered from 0) and checks that each label's
``text`` occurs in its stated paragraph. A quotation split around its attribution is
stored with its parts joined by " … "; each part must occur there. It also checks the
file format the harness relies on (UTF-8, one blank line between paragraphs, a final
newline, the fields of each entry).

It deliberately does not import articlediff: the set was labelled by reading, and this
script checks only that the labels are consistent with the texts.

    python heldout/quotes2/check_labels.py [SET_FOLDER ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = " … "
FIELDS = {"version", "paragraph", "text", "speaker", "reported_by", "notes"}


def paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text.rstrip("\n").split("\n\n")


def check_story(folder: Path) -> list[str]:
    """Problems found in one story folder (empty when all is well)."""
    problems = []
    for name in ("v1.txt", "source.txt", "labels.json"):
        if not (folder / name).is_file():
            problems.append(f"{folder.name}: {name} missing")
    if problems:
        return problems
    texts = {}
    for version in ("v1", "v2"):
        path = folder / f"{version}.txt"
        if not path.is_file():
            continue
        raw = path.read_text(encoding="utf-8")
        if not raw.endswith("\n") or raw.endswith("\n\n") or "\n\n\n" in raw:
            problems.append(f"{folder.name}: {version}.txt is not blank-line separated with one final newline")
        texts[version] = paragraphs(path)
    data = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    for i, q in enumerate(data["quotes"]):
        where = f"{folder.name} #{i}"
        missing = FIELDS - q.keys()
        if missing:
            problems.append(f"{where}: fields missing {sorted(missing)}")
            continue
        if q.get("not_a_quote") and q["speaker"] is not None:
            problems.append(f"{where}: a negative has a speaker")
        if not q.get("not_a_quote") and not q["speaker"] and not q["notes"]:
            problems.append(f"{where}: a quotation has no speaker, and no note says why")
        paras = texts.get(q["version"])
        if paras is None or not 0 <= q["paragraph"] < len(paras):
            problems.append(f"{where}: no paragraph {q['paragraph']} in {q['version']}")
            continue
        if not _occurs(q["text"], paras[q["paragraph"]]):
            problems.append(f"{where}: {q['text'][:60]!r} not in paragraph {q['paragraph']}")
    return problems


def _occurs(text: str, paragraph: str) -> bool:
    """Does ``text`` stand in ``paragraph``, whole or as two parts joined by " … "? The
    join is the first " … " whose two sides both occur: a quotation may hold an ellipsis
    of its own ("taken care of … we’re ready")."""
    if text in paragraph:
        return True
    at = text.find(SPLIT)
    while at != -1:
        if text[:at] in paragraph and text[at + len(SPLIT) :] in paragraph:
            return True
        at = text.find(SPLIT, at + 1)
    return False


def main(sets: list[str]) -> int:
    folders = sorted(p.parent for root in ([Path(s) for s in sets] or [HERE]) for p in root.glob("*/labels.json"))
    problems = [p for folder in folders for p in check_story(folder)]
    quotes = negatives = 0
    for folder in folders:
        for q in json.loads((folder / "labels.json").read_text(encoding="utf-8"))["quotes"]:
            if q.get("not_a_quote"):
                negatives += 1
            else:
                quotes += 1
    print(f"{len(folders)} stories, {quotes} quotations, {negatives} negatives")
    print("\n".join(problems) or "every label occurs in its stated paragraph")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
