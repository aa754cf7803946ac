"""Measure story-level fact changes (numbers, dates, names) on the held-out set.

The set is heldout/facts/ (see heldout/README.md and heldout/facts/README.md): 20
version pairs labelled by hand before the tool ran on them. For each pair the script
runs ``compare(old, new)`` and reads ``articlediff.facts.story_facts(diff)``; nothing
in the library is tuned on it.

    python benchmarks/heldout_facts.py [--json] [-v]

What is compared
----------------
A reported ``Fact(type, old, new)`` is an addition when ``old`` is None, a removal when
``new`` is None, else a change. Numbers are scored in three kinds (changed, added,
removed). The labels have no changed dates or names, so a reported date or name change
counts as one removal (old) and one addition (new).

Matching rule
-------------
Numbers. A value is reduced to its figures: casefold, dashes made "-", then the
figures read in order (so hedges such as "over" and units fall away): runs of digits (thousands commas removed: "123,000" is
"123000"; "1-1/4", "3/4", "1.128" kept whole) and number words (made digits: "five" is
"5"); "million", "billion", "trillion" stay with the figure before them. Currency signs
and units are not compared. A reported value matches a labelled one when its figures
are the label's figures or a run of them in order ("1/4" and "1/2" both match "1/4 to
1/2 percent"; "760" matches "760 miles"). A measurement given in two units is one
fact (the labels' rule), so the figures in brackets are tried on their own as well:
"20" and "12.4" both match "20 kilometers (12.4 miles)". A reported change matches a labelled change
when its old value matches the old and its new value the new; a reported addition
matches a labelled addition, a removal a removal.

Dates. Casefold, punctuation dropped but for the colon of a time ("7:45 a.m." is
"7:45 am"), a leading "the" / "on" / "in" dropped. A reported date matches a labelled
one when they are equal or one holds the other as whole words ("Friday" and "Friday
morning"; "March" and "early March").

Names. Casefold, straight apostrophes, a possessive "'s" and the periods of
abbreviations dropped, other punctuation made space, a leading "the" dropped. A reported
name matches a labelled entity when it equals, holds, or is held by (as whole words) the
entity's ``name`` or one of its ``forms`` ("Tang Xiaoming" and "Dingxi Mayor Tang
Xiaoming").

Precision is over the reported facts of a kind: the share that matches some label of
that kind. Recall is over the labels: the share matched by some reported fact. A
label matched by several reported facts (two forms of one name) counts once for
recall; each of those facts is right for precision. Where a kind has nothing reported
(or nothing labelled) the figure is undefined (None) for that case, and the totals
are over the summed counts.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from articlediff import compare, load_article
from articlediff.facts import story_facts
from articlediff.model import Fact

ROOT = Path(__file__).resolve().parent.parent / "heldout" / "facts"

KINDS = ("number_changed", "number_added", "number_removed", "date_added", "date_removed",
         "name_added", "name_removed")
GROUPS = {
    "numbers": ("number_changed", "number_added", "number_removed"),
    "dates": ("date_added", "date_removed"),
    "names": ("name_added", "name_removed"),
    "all": KINDS,
}
_LABEL_KEYS = {"number_changed": "numbers_changed", "number_added": "numbers_added",
               "number_removed": "numbers_removed", "date_added": "dates_added",
               "date_removed": "dates_removed", "name_added": "names_added", "name_removed": "names_removed"}

_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "’": "'", "‘": "'",
                         "\u00a0": " ", "\u202f": " "})
_WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12,
}
_SCALES = ("million", "billion", "trillion")
_FIGURE = re.compile(
    r"\d+(?:,\d{3})*(?:\.\d+)?(?:-\d+)?(?:/\d+)?(?:\s+(?:million|billion|trillion)\b)?"
    r"|\b(?:" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + r")(?:-(?:one|two|three|four|five|six"
    r"|seven|eight|nine))?\b(?:\s+(?:million|billion|trillion)\b)?"
)


# --------------------------------------------------------------------------- values


def figures(value: str, *, bracketed: bool = False) -> tuple[str, ...]:
    """The figures of a number, in order (see the module's docstring); with
    ``bracketed``, those of the text in brackets instead (a conversion)."""
    text = value.translate(_DASHES).casefold()
    if bracketed:
        text = " ".join(re.findall(r"\(([^)]*)\)", text))
    else:
        text = re.sub(r"\([^)]*\)", " ", text)
    found = []
    for m in _FIGURE.finditer(text):
        parts = m.group().split()
        figure, scale = parts[0], (parts[1] if len(parts) > 1 else "")
        if figure[0].isdigit():
            figure = figure.replace(",", "")
        else:
            head, _, tail = figure.partition("-")
            figure = str(_WORD_VALUES[head] + (_WORD_VALUES[tail] if tail else 0))
        found.append(figure + (" " + scale if scale else ""))
    return tuple(found)


def number_matches(reported: str, label: str) -> bool:
    r = figures(reported)
    if not r:
        return reported.casefold().strip() == label.casefold().strip()
    n = len(r)
    for lab in (figures(label), figures(label, bracketed=True)):
        if any(lab[i:i + n] == r for i in range(len(lab) - n + 1)):
            return True
    return False


def _date_key(value: str) -> str:
    text = value.translate(_DASHES).casefold()
    text = re.sub(r"[^\w\s:]", " ", text)
    words = text.split()
    while words and words[0] in ("the", "on", "in"):
        words = words[1:]
    return " ".join(words)


def _contains(a: str, b: str) -> bool:
    """Equal, or one holds the other as whole words."""
    if not a or not b:
        return False
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def date_matches(reported: str, label: str) -> bool:
    return _contains(_date_key(reported), _date_key(label))


def _name_key(value: str) -> str:
    text = value.translate(_DASHES).casefold()
    text = re.sub(r"'s\b", "", text).replace(".", "")
    text = re.sub(r"[^\w\s'-]", " ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def name_matches(reported: str, label: dict[str, Any]) -> bool:
    key = _name_key(reported)
    return any(_contains(key, _name_key(form)) for form in [label["name"], *label.get("forms", [])])


# --------------------------------------------------------------------------- scoring


@dataclass
class Reported:
    kind: str
    old: str | None
    new: str | None

    @property
    def text(self) -> str:
        if self.old is not None and self.new is not None:
            return f"{self.old} → {self.new}"
        return f"{self.new if self.new is not None else self.old}"


def reported_facts(facts: Sequence[Fact]) -> list[Reported]:
    """The library's facts in the labels' kinds; a date or name change is a removal and an addition."""
    found = []
    for fact in facts:
        t = str(fact.type)
        if fact.old is not None and fact.new is not None:
            if t == "number":
                found.append(Reported("number_changed", fact.old, fact.new))
            else:
                found.append(Reported(f"{t}_removed", fact.old, None))
                found.append(Reported(f"{t}_added", None, fact.new))
        elif fact.old is None:
            found.append(Reported(f"{t}_added", None, fact.new))
        else:
            found.append(Reported(f"{t}_removed", fact.old, None))
    return found


def _matcher(kind: str) -> Callable[[Reported, dict[str, Any]], bool]:
    if kind == "number_changed":
        return lambda r, lab: (r.old is not None and r.new is not None
                               and number_matches(r.old, lab["old"]) and number_matches(r.new, lab["new"]))
    value: Callable[[Reported], str] = (lambda r: r.new or "") if kind.endswith("added") else (lambda r: r.old or "")
    if kind.startswith("number"):
        return lambda r, lab: number_matches(value(r), lab["value"])
    if kind.startswith("date"):
        return lambda r, lab: date_matches(value(r), lab["value"])
    return lambda r, lab: name_matches(value(r), lab)


def _label_text(kind: str, label: dict[str, Any]) -> str:
    if kind == "number_changed":
        return f"{label['old']} → {label['new']} ({label.get('what', '')})"
    if kind.startswith("name"):
        return label["name"]
    what = label.get("what")
    return f"{label['value']}" + (f" ({what})" if what else "")


@dataclass
class CaseResult:
    name: str
    counts: Counter[str] = field(default_factory=Counter)
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def score_case(name: str, labels: dict[str, Any], facts: Sequence[Fact]) -> CaseResult:
    """Counts per kind: reported, reported_right, labelled, labelled_found."""
    result = CaseResult(name)
    reported = reported_facts(facts)
    for kind in KINDS:
        mine = [r for r in reported if r.kind == kind]
        theirs = labels.get(_LABEL_KEYS[kind], [])
        match = _matcher(kind)
        result.counts[f"{kind}.reported"] += len(mine)
        result.counts[f"{kind}.labelled"] += len(theirs)
        for r in mine:
            if any(match(r, lab) for lab in theirs):
                result.counts[f"{kind}.reported_right"] += 1
            else:
                result.false_positives.append(f"{name}: {kind} {r.text}{_hint(r, labels)}")
        for lab in theirs:
            if any(match(r, lab) for r in mine):
                result.counts[f"{kind}.labelled_found"] += 1
            else:
                result.misses.append(f"{name}: missed {kind} {_label_text(kind, lab)}{_miss_hint(kind, lab, reported)}")
    return result


def _hint(r: Reported, labels: dict[str, Any]) -> str:
    """Why a reported fact may be wrong, where another kind of label explains it."""
    if r.kind == "number_changed":
        gone = any(number_matches(r.old or "", lab["value"]) for lab in labels.get("numbers_removed", []))
        came = any(number_matches(r.new or "", lab["value"]) for lab in labels.get("numbers_added", []))
        if gone and came:
            return "  [labelled as a removal and an addition]"
    elif r.kind.startswith("number"):
        side = r.new if r.kind.endswith("added") else r.old
        for lab in labels.get("numbers_changed", []):
            if number_matches(side or "", lab["new" if r.kind.endswith("added") else "old"]):
                return "  [part of a labelled change]"
    return ""


def _miss_hint(kind: str, lab: dict[str, Any], reported: Sequence[Reported]) -> str:
    if kind == "number_changed":
        gone = any(r.kind == "number_removed" and number_matches(r.old or "", lab["old"]) for r in reported)
        came = any(r.kind == "number_added" and number_matches(r.new or "", lab["new"]) for r in reported)
        if gone and came:
            return "  [reported as a removal and an addition]"
    return ""


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def figures_of(counts: Counter[str]) -> dict[str, dict[str, float | int | None]]:
    """Precision and recall per kind and per group, with the counts behind them."""
    out: dict[str, dict[str, float | int | None]] = {}
    for name, kinds in [*((k, (k,)) for k in KINDS), *GROUPS.items()]:
        rep = sum(counts[f"{k}.reported"] for k in kinds)
        right = sum(counts[f"{k}.reported_right"] for k in kinds)
        lab = sum(counts[f"{k}.labelled"] for k in kinds)
        found = sum(counts[f"{k}.labelled_found"] for k in kinds)
        out[name] = {"precision": _ratio(right, rep), "recall": _ratio(found, lab),
                     "reported": rep, "reported_right": right, "labelled": lab, "labelled_found": found}
    return out


@dataclass
class Report:
    cases: list[CaseResult]
    counts: Counter[str]

    @property
    def overall(self) -> dict[str, dict[str, float | int | None]]:
        return figures_of(self.counts)

    def as_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "cases": [{"case": c.name, "figures": figures_of(c.counts), "false_positives": c.false_positives,
                       "misses": c.misses} for c in self.cases],
        }


def cases(root: Path = ROOT) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/facts.json"))


def evaluate_case(case: Path) -> CaseResult:
    with (case / "facts.json").open(encoding="utf-8") as f:
        labels = json.load(f)
    diff = compare(load_article(case / "v1.txt"), load_article(case / "v2.txt"))
    return score_case(case.name, labels, story_facts(diff))


def evaluate(root: Path = ROOT) -> Report:
    results = [evaluate_case(case) for case in cases(root)]
    counts: Counter[str] = Counter()
    for r in results:
        counts.update(r.counts)
    return Report(results, counts)


def _f(value: float | int | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def main(argv: list[str]) -> int:
    report = evaluate()
    if "--json" in argv:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        return 0
    print(f"cases: {len(report.cases)}")
    print("per case: right/reported (precision side) and found/labelled (recall side)")
    cols = ("numbers", "dates", "names")
    print(f"{'case':8} " + " ".join(f"{c + ' P':>10} {c + ' R':>10}" for c in cols))
    for c in report.cases:
        fig = figures_of(c.counts)
        cells = []
        for col in cols:
            g = fig[col]
            cells.append(f"{g['reported_right']}/{g['reported']:<3}".rjust(10))
            cells.append(f"{g['labelled_found']}/{g['labelled']:<3}".rjust(10))
        print(f"{c.name:8} " + " ".join(cells))
    print()
    print(f"{'kind':16} {'precision':>9} {'recall':>7} {'right/reported':>15} {'found/labelled':>15}")
    for name, g in report.overall.items():
        print(f"{name:16} {_f(g['precision']):>9} {_f(g['recall']):>7} "
              f"{str(g['reported_right']) + '/' + str(g['reported']):>15} "
              f"{str(g['labelled_found']) + '/' + str(g['labelled']):>15}")
    if "-v" in argv:
        print()
        print("false positives:")
        print("\n".join(f"  {m}" for c in report.cases for m in c.false_positives) or "  none")
        print("misses:")
        print("\n".join(f"  {m}" for c in report.cases for m in c.misses) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
