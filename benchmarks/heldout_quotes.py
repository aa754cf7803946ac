"""Measure quotation extraction, speakers and quotation changes on the held-out set.

The set is heldout/quotes/ (see heldout/README.md and heldout/quotes/README.md): 35
stories, 8 of them version pairs, labelled by hand before the tool ran on them. This
script only measures; nothing in the library is tuned on it. ``--set DIR`` measures
another folder of stories labelled the same way (heldout/quotes2/, single versions).

    python benchmarks/heldout_quotes.py [--json] [-v] [--set DIR]

Matching rule (a labelled quotation and what the library extracted)
-------------------------------------------------------------------
Texts are compared as word tokens after normalising: casefold, curly and other quote
marks made plain, dashes made "-", the ellipsis "…" made "...", white space collapsed;
the words are the runs of letters and digits (an inner apostrophe or hyphen kept), so
punctuation at the edges ("important," vs "important") does not count.

Similarity of two token lists is their overlap (multiset intersection) over the
longer one's length. A label matches a run of extracted parts when the similarity of
the label's text (its parts joined) to the run's parts joined is at least 0.8 and the
label's paragraph lies within the run's paragraphs ± 1. A run is one or more
consecutive parts (``Quote.parts``) in reading order, so

- a split quotation ("A … B") matches one extracted quotation whose parts are A and B,
  or two consecutive extracted quotations A and B (the words were found; whether the
  library joined them is not scored here);
- a quotation running over several paragraphs, labelled once per paragraph, matches
  the parts of one extracted quotation paragraph by paragraph.

Labels and runs are paired one to one, best similarity first; a part is used at most
once. Every label ("not_a_quote" negatives included) takes part in the pairing.

An extracted quotation is *right* when at least 0.8 of its words lie in parts paired
with real (not negative) labels, a *negative* when its words lie in parts paired with
negatives (with real ones making up less than 0.8), else *extra*.

Terms. The library marks short quoted phrases inside a sentence as kind "term". Three
readings are reported:

- ``main``: a term is no claim that someone spoke, so a term paired with a negative or
  with nothing is left out of precision; a term paired with a real quotation counts
  as found (and right). Extracted quotations of kind "quote" always count.
- ``strict``: every extraction counts, whatever its kind; a negative extracted as a
  term is a false positive.
- ``quote-kind``: only extractions of kind "quote" count, for precision and recall (a
  real quotation found only as a term is a miss).

Speakers are scored over the real labels found (main reading), with the speaker of
the run's first extracted quotation. Two names are the same person when, after
casefolding, dropping punctuation, a possessive "'s", an Arabic article joined by a
hyphen ("al-Hussein" is "Hussein"), a leading article and the honorifics Mr, Mrs, Ms,
Miss, Dr, one's words are all among the other's ("Gleeson" / "Simon Gleeson",
"Commission" / "European Commission", "Commission Vice President Valdis Dombrovskis" /
"Valdis Dombrovskis") or their last words are equal, unless one names people for
someone ("the family of Sara Zelenak", "a spokesman for the minister", "Smith's
lawyers") and the other is that someone: they are not Sara Zelenak, the minister or
Smith ("the mother of Jimmy Mizen" may be Margaret Mizen).
None against a name is wrong;
None against None is right. ``speaker_or_relay_accuracy`` also accepts the label's
``reported_by``. Of the others, ``speaker_missed`` counts None against a name and
``speaker_wrong`` a speaker against another name or None (``speaker_none`` counts every
None, right ones included).

Version pairs. ``compare(old, new).quotes`` is read. A QuoteChange claims a
re-attribution when the library says the words are now someone else's
(``speaker_changed``, set for every "reattributed" change and for a changed quotation
given to another speaker); a change of the attribution clause alone, "told CNN" ->
"said", claims none (counted apart as ``clause_only_attribution_changes``). Before the
library said so, this benchmark read a claim from ``attribution_changed`` with old and
new speakers that are not one person by the rule above; the false claims of that
reading are still counted (``false_reattributions_by_earlier_reading``). A claim is true only when the
labels record that quotation as "reattributed"; every other claim is a false
re-attribution. A labelled re-attribution without a claim is missed. Each labelled
change is also looked up among the library's QuoteChanges (old and new quotations
paired with the labelled ones as above) and its kind compared: unchanged -> unchanged,
added -> added, removed -> removed, trimmed/reworded -> changed, reattributed ->
reattributed (``change_kind_accuracy``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from articlediff import compare, load_article
from articlediff.model import Quote, QuoteChange
from articlediff.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent / "heldout" / "quotes"

THRESHOLD = 0.8
"""Least token overlap for a label to match extracted text."""
PARAGRAPH_SLACK = 1
"""How many paragraphs a match may be off by."""
COVERED = 0.8
"""Share of an extracted quotation's words that must be paired with real labels."""
MAX_RUN = 8
"""Most extracted parts one label may match."""
SPLIT = " … "
"""How the labels join the parts of a split quotation (only the first is the split)."""

_PLAIN = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "…": "...", "\u00a0": " ", "\u202f": " ",
})
_TOKEN = re.compile(r"\w+(?:['-]\w+)*")
_ARTICLES = frozenset({"the", "a", "an"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def normalise(text: str) -> str:
    """Casefold, plain quote marks and dashes, white space collapsed."""
    return " ".join(text.translate(_PLAIN).casefold().split())


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text))


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Multiset overlap over the longer length."""
    if not a or not b:
        return 1.0 if not a and not b else 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / max(len(a), len(b))


_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def _name_words(name: str | None) -> list[str]:
    if name is None:
        return []
    # Dropping punctuation: "U.S." is "US" (letters joined by full stops are one word);
    # any other full stop parts words ("J.Smith").
    words = tokens(_DOTTED.sub(lambda m: m.group().replace(".", ""), name).replace(".", " "))
    words = [re.sub(r"^(?:al|el)-", "", re.sub(r"'s$", "", w)) for w in words]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return [w for w in words if w not in _HONORIFICS]


#: People named for someone else: "the family of Sara Zelenak", "a spokesman for the
#: minister", "Smith's lawyers" are not Sara Zelenak, the minister or Smith.
_ON_BEHALF = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:\w+\s+)?(?:family|relatives|parents|friends?|lawyers?|attorneys?|solicitors?|"
    r"children|sons?|daughters?|brothers?|sisters?|siblings|colleagues|fans|supporters|aides?|"
    r"spokesm[ae]n|spokeswom[ae]n|spokesperson|spokespeople|representatives?|mother|father|wife|"
    r"husband|widow(?:er)?|partner|fianc[ée]e?)\s+(?:of|for)\s+|['’]s\s+(?:\w+\s+)?(?:family|relatives|parents|"
    r"friends?|lawyers?|attorneys?|solicitors?|children|sons?|daughters?|brothers?|sisters?|siblings|"
    r"colleagues|spokesm[ae]n|spokeswom[ae]n|spokesperson|mother|father|wife|husband|widow(?:er)?|partner)$",
    re.IGNORECASE)


def _whom_for(name: str | None) -> str | None:
    """The one a name of people for someone names them for ("Sara Zelenak" in "the
    family of Sara Zelenak", "Smith" in "Smith's lawyers"), else None."""
    if name is None:
        return None
    match = _ON_BEHALF.search(name)
    if match is None:
        return None
    return name[match.end() :] if match.start() == 0 else name[: match.start()]


def same_person(found: str | None, label: str | None) -> bool:
    """The rule in the module's docstring."""
    a, b = _name_words(found), _name_words(label)
    if not a or not b:
        return not a and not b
    for one, other in ((found, b), (label, a)):
        whom = set(_name_words(_whom_for(one)))
        if whom and set(other) <= whom:
            return False  # "Sara Zelenak" is not "the family of Sara Zelenak"
    return set(a) <= set(b) or set(b) <= set(a) or a[-1] == b[-1]


# --------------------------------------------------------------------------- labels


@dataclass
class Label:
    index: int
    version: str
    paragraph: int
    text: str
    speaker: str | None
    reported_by: str | None
    negative: bool
    words: list[str] = field(default_factory=list)


def load_labels(story: Path) -> dict[str, Any]:
    with (story / "labels.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def stories(root: Path = ROOT) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/labels.json"))


def _labels_of(data: dict[str, Any], version: str) -> list[Label]:
    found = []
    for i, q in enumerate(data["quotes"]):
        if q["version"] != version:
            continue
        parts = q["text"].split(SPLIT, 1)
        words = [w for part in parts for w in tokens(part)]
        found.append(Label(i, version, q["paragraph"], q["text"], q.get("speaker"), q.get("reported_by"),
                           bool(q.get("not_a_quote")), words))
    return found


# --------------------------------------------------------------------------- pairing


@dataclass
class Unit:
    quote: int
    part: int
    words: list[str]


@dataclass
class Pairing:
    """The labels and extracted quotations of one version, paired."""

    labels: list[Label]
    quotes: list[Quote]
    runs: dict[int, tuple[int, int]]
    """Label position -> (first unit, last unit + 1) of the run it matched."""
    units: list[Unit]
    status: list[str]
    """Per extracted quotation: right, negative or extra."""
    quote_labels: list[set[int]]
    """Per extracted quotation: positions of the labels paired with its parts."""
    sims: dict[int, float]

    def found(self, position: int) -> Quote | None:
        """The first extracted quotation of the run a label matched."""
        run = self.runs.get(position)
        return None if run is None else self.quotes[self.units[run[0]].quote]

    def run_kinds(self, position: int) -> set[str]:
        first, last = self.runs[position]
        return {str(self.quotes[self.units[u].quote].kind) for u in range(first, last)}


def pair(labels: list[Label], quotes: list[Quote]) -> Pairing:
    units = [Unit(qi, pi, tokens(part)) for qi, q in enumerate(quotes) for pi, part in enumerate(q.parts)]
    spans = [(min(q.paragraphs or (q.paragraph,)), max(q.paragraphs or (q.paragraph,))) for q in quotes]
    candidates = []
    for li, label in enumerate(labels):
        for first in range(len(units)):
            words: list[str] = []
            low, high = 10**9, -1
            for last in range(first, min(first + MAX_RUN, len(units))):
                words = words + units[last].words
                low = min(low, spans[units[last].quote][0])
                high = max(high, spans[units[last].quote][1])
                if len(words) > 2 * max(len(label.words), 1) + 4:
                    break
                if not low - PARAGRAPH_SLACK <= label.paragraph <= high + PARAGRAPH_SLACK:
                    continue
                sim = similarity(label.words, words)
                if sim >= THRESHOLD:
                    candidates.append((-sim, last - first, li, first, last + 1))
    candidates.sort()
    runs: dict[int, tuple[int, int]] = {}
    sims: dict[int, float] = {}
    used = [False] * len(units)
    for neg_sim, _, li, first, last in candidates:
        if li in runs or any(used[first:last]):
            continue
        runs[li] = (first, last)
        sims[li] = -neg_sim
        for u in range(first, last):
            used[u] = True
    owner: dict[int, int] = {u: li for li, (first, last) in runs.items() for u in range(first, last)}
    status, quote_labels = [], []
    for qi, _quote in enumerate(quotes):
        mine = [u for u, unit in enumerate(units) if unit.quote == qi]
        total = sum(len(units[u].words) for u in mine) or 1
        real = sum(len(units[u].words) for u in mine if u in owner and not labels[owner[u]].negative)
        negative = sum(len(units[u].words) for u in mine if u in owner and labels[owner[u]].negative)
        quote_labels.append({owner[u] for u in mine if u in owner})
        if real / total >= COVERED:
            status.append("right")
        elif negative and (real + negative) / total >= COVERED:
            status.append("negative")
        else:
            status.append("extra")
    return Pairing(labels, quotes, runs, units, status, quote_labels, sims)


# --------------------------------------------------------------------------- scoring


def speaker_outcome(found: str | None, label: str | None) -> str:
    """"right" when the speaker found is the label's person (None against None too);
    "wrong" when a speaker is given where the label names another or none; "missed" when
    none is given where the label names one."""
    if same_person(found, label):
        return "right"
    return "missed" if found is None else "wrong"


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def score_version(pairing: Pairing) -> Counter[str]:
    """The counts behind the figures, for one version of one story."""
    c: Counter[str] = Counter()
    for li, label in enumerate(pairing.labels):
        if label.negative:
            c["negatives"] += 1
            continue
        c["labelled"] += 1
        c["split_labelled"] += SPLIT in label.text
        if li not in pairing.runs:
            continue
        c["found"] += 1
        kinds = pairing.run_kinds(li)
        c["found_quote_kind"] += "quote" in kinds
        first, last = pairing.runs[li]
        c["found_exact"] += pairing.sims[li] == 1.0
        c["found_across_quotes"] += len({pairing.units[u].quote for u in range(first, last)}) > 1
        quote = pairing.found(li)
        assert quote is not None
        outcome = speaker_outcome(quote.speaker, label.speaker)
        for kind in ("right", "wrong", "missed"):
            c[f"speaker_{kind}"] += outcome == kind
        if same_person(quote.speaker, label.speaker) or (
            label.reported_by is not None and same_person(quote.speaker, label.reported_by)
        ):
            c["speaker_or_relay_right"] += 1
        c["speaker_none"] += quote.speaker is None
    for quote, status in zip(pairing.quotes, pairing.status):
        kind = str(quote.kind)
        c[f"extracted_{kind}"] += 1
        c[f"{status}_{kind}"] += 1
    return c


def figures(c: Counter[str]) -> dict[str, float | None]:
    """Precision, recall and accuracies from summed counts (None when undefined)."""
    right = c["right_quote"] + c["right_term"]
    main_claims = c["extracted_quote"] + c["right_term"]
    return {
        "precision": _ratio(right, main_claims),
        "recall": _ratio(c["found"], c["labelled"]),
        "strict_precision": _ratio(right, c["extracted_quote"] + c["extracted_term"]),
        "quote_kind_precision": _ratio(c["right_quote"], c["extracted_quote"]),
        "quote_kind_recall": _ratio(c["found_quote_kind"], c["labelled"]),
        "negatives_extracted_as_quote": _ratio(c["negative_quote"], c["negatives"]),
        "speaker_accuracy": _ratio(c["speaker_right"], c["found"]),
        "speaker_or_relay_accuracy": _ratio(c["speaker_or_relay_right"], c["found"]),
    }


@dataclass
class StoryResult:
    name: str
    counts: Counter[str]
    pair_counts: Counter[str]
    misses: list[str]


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def evaluate_story(story: Path) -> StoryResult:
    data = load_labels(story)
    versions = sorted(p.stem for p in story.glob("v*.txt"))
    counts: Counter[str] = Counter()
    misses: list[str] = []
    articles, pairings = {}, {}
    for version in versions:
        article = load_article(story / f"{version}.txt")
        quotes = extract_quotes(article.paragraphs)
        pairing = pair(_labels_of(data, version), quotes)
        articles[version], pairings[version] = article, pairing
        counts += score_version(pairing)
        misses += _version_misses(story.name, version, pairing)
    pair_counts: Counter[str] = Counter()
    if "v1" in pairings and "v2" in pairings:
        diff = compare(articles["v1"], articles["v2"])
        pair_counts, pair_misses = score_pair(story.name, data, pairings["v1"], pairings["v2"], diff.quotes)
        misses += pair_misses
    return StoryResult(story.name, counts, pair_counts, misses)


def _version_misses(story: str, version: str, pairing: Pairing) -> Iterable[str]:
    where = f"{story} {version}"
    for li, label in enumerate(pairing.labels):
        if label.negative:
            continue
        if li not in pairing.runs:
            yield f"{where} ¶{label.paragraph}: missed “{_short(label.text)}” ({label.speaker})"
            continue
        quote = pairing.found(li)
        assert quote is not None
        if not same_person(quote.speaker, label.speaker):
            yield (f"{where} ¶{label.paragraph}: speaker {quote.speaker!r}, labelled {label.speaker!r}"
                   f" for “{_short(label.text, 50)}”")
    for quote, status in zip(pairing.quotes, pairing.status):
        if status == "right":
            continue
        if status == "negative":
            what = "negative extracted as quote" if quote.kind == "quote" else "negative extracted as term (not counted in main)"
        else:
            what = "extra quote" if quote.kind == "quote" else "extra term (not counted in main)"
        yield f"{where} ¶{quote.paragraph}: {what} “{_short(quote.text)}” ({quote.speaker})"


def claims_reattribution(change: QuoteChange) -> bool:
    """What the library claims: ``speaker_changed`` (set for every ``reattributed``
    change, and for a changed quotation now given to someone else)."""
    return bool(change.speaker_changed)


def guessed_reattribution(change: QuoteChange) -> bool:
    """The reading this benchmark used before the library said so itself:
    ``reattributed``, or ``attribution_changed`` with speakers that are not one person
    by the rule above (kept to report beside it)."""
    if str(change.change) == "reattributed":
        return True
    old = change.old.speaker if change.old else None
    new = change.new.speaker if change.new else None
    return change.attribution_changed and not same_person(old, new)


_EXPECTED = {"unchanged": "unchanged", "added": "added", "removed": "removed", "trimmed": "changed",
             "reworded": "changed", "reattributed": "reattributed"}


def score_pair(
    story: str, data: dict[str, Any], old: Pairing, new: Pairing, changes: Sequence[QuoteChange]
) -> tuple[Counter[str], list[str]]:
    """Re-attribution claims and change kinds on one version pair."""
    c: Counter[str] = Counter()
    misses: list[str] = []
    # Label text -> positions in each version's label list.
    old_by_text: dict[str, list[int]] = {}
    new_by_text: dict[str, list[int]] = {}
    for li, label in enumerate(old.labels):
        old_by_text.setdefault(label.text, []).append(li)
    for li, label in enumerate(new.labels):
        new_by_text.setdefault(label.text, []).append(li)
    # The library's Quote records in diff.quotes are equal to extract_quotes' ones, so
    # they are looked up by value; the labels paired with their parts follow.
    old_index = {q: qi for qi, q in enumerate(old.quotes)}
    new_index = {q: qi for qi, q in enumerate(new.quotes)}

    def labels_of(quote: Quote | None, index: dict[Quote, int], pairing: Pairing) -> set[int]:
        if quote is None or quote not in index:
            return set()
        return pairing.quote_labels[index[quote]]

    labelled = []
    for ch in data.get("changes", []):
        olds = set(old_by_text.get(ch["old"], [])) if ch.get("old") else set()
        news = set(new_by_text.get(ch["new"], [])) if ch.get("new") else set()
        labelled.append((ch, olds, news))
    for ch, _, _ in labelled:
        c["labelled_changes"] += 1
        c["labelled_reattributions"] += ch["kind"] == "reattributed"

    claimed: set[int] = set()
    for change in changes:
        c["quote_changes"] += 1
        olds = labels_of(change.old, old_index, old)
        news = labels_of(change.new, new_index, new)
        old_speaker = change.old.speaker if change.old else None
        new_speaker = change.new.speaker if change.new else None
        if change.attribution_changed and not claims_reattribution(change):
            c["clause_only_attribution_changes"] += 1
        if guessed_reattribution(change) and not any(
                ch["kind"] == "reattributed" and lo & olds and ln & news for ch, lo, ln in labelled):
            c["false_reattributions_by_earlier_reading"] += 1
        if not claims_reattribution(change):
            continue
        c["reattribution_claims"] += 1
        match = next((i for i, (ch, lo, ln) in enumerate(labelled)
                      if ch["kind"] == "reattributed" and lo & olds and ln & news), None)
        text = _short((change.new or change.old).text, 50)  # type: ignore[union-attr]
        if match is not None:
            claimed.add(match)
            c["true_reattributions"] += 1
            continue
        c["false_reattributions"] += 1
        on_real = any(not old.labels[i].negative for i in olds) or any(not new.labels[i].negative for i in news)
        c["false_reattributions_on_real_quotes"] += on_real
        label_kind = next((ch["kind"] for ch, lo, ln in labelled if lo & olds or ln & news), None)
        misses.append(
            f"{story}: false re-attribution ({change.change}, attribution_changed={change.attribution_changed})"
            f" {old_speaker!r} -> {new_speaker!r} on “{text}”; labelled "
            + (f"'{label_kind}'" if label_kind else "no change (negative or unlabelled)")
        )
    for i, (ch, _, _) in enumerate(labelled):
        if ch["kind"] == "reattributed" and i not in claimed:
            c["missed_reattributions"] += 1
            misses.append(f"{story}: missed re-attribution of “{_short(ch['old'] or '', 50)}”")

    for ch, lo, ln in labelled:
        expected = _EXPECTED[ch["kind"]]
        hits = []
        for change in changes:
            olds = labels_of(change.old, old_index, old)
            news = labels_of(change.new, new_index, new)
            if (not lo or lo & olds) and (not ln or ln & news) and (olds or news):
                hits.append(change)
        right = any(str(h.change) == expected for h in hits)
        c["change_kind_right"] += right
        if not right:
            got = ", ".join(sorted({str(h.change) for h in hits})) or "not found"
            text = _short(ch.get("new") or ch.get("old") or "", 50)
            misses.append(f"{story}: labelled change '{ch['kind']}' reported as {got} on “{text}”")
    return c, misses


def pair_figures(c: Counter[str]) -> dict[str, float | int | None]:
    return {
        "quote_changes": c["quote_changes"],
        "reattribution_claims": c["reattribution_claims"],
        "false_reattributions": c["false_reattributions"],
        "false_reattributions_on_real_quotes": c["false_reattributions_on_real_quotes"],
        "false_reattributions_by_earlier_reading": c["false_reattributions_by_earlier_reading"],
        "labelled_reattributions": c["labelled_reattributions"],
        "missed_reattributions": c["missed_reattributions"],
        "clause_only_attribution_changes": c["clause_only_attribution_changes"],
        "labelled_changes": c["labelled_changes"],
        "change_kind_accuracy": _ratio(c["change_kind_right"], c["labelled_changes"]),
    }


@dataclass
class Report:
    stories: list[StoryResult]
    counts: Counter[str]
    pair_counts: Counter[str]

    @property
    def overall(self) -> dict[str, float | None]:
        return figures(self.counts)

    @property
    def pairs(self) -> dict[str, float | int | None]:
        return pair_figures(self.pair_counts)

    @property
    def misses(self) -> list[str]:
        return [m for s in self.stories for m in s.misses]

    def as_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "counts": dict(sorted(self.counts.items())),
            "pairs": self.pairs,
            "stories": [
                {"story": s.name, **figures(s.counts), "counts": dict(sorted(s.counts.items())),
                 **({"pairs": pair_figures(s.pair_counts)} if s.pair_counts else {})}
                for s in self.stories
            ],
            "misses": self.misses,
        }


def evaluate(root: Path = ROOT) -> Report:
    results = [evaluate_story(story) for story in stories(root)]
    counts: Counter[str] = Counter()
    pair_counts: Counter[str] = Counter()
    for r in results:
        counts.update(r.counts)
        pair_counts.update(r.pair_counts)
    return Report(results, counts, pair_counts)


def _f(value: float | int | None) -> str:
    if value is None:
        return "  -  "
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Measure quotations on a held-out set.")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-v", action="store_true", help="also list every miss, extra and wrong speaker")
    parser.add_argument("--set", type=Path, default=ROOT, metavar="DIR",
                        help="folder of labelled stories (default: heldout/quotes)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    report = evaluate(args.set)
    if args.json:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        return 0
    c = report.counts
    print(f"stories: {len(report.stories)}, labelled quotations: {c['labelled']}, negatives: {c['negatives']}, "
          f"extracted: {c['extracted_quote']} quote + {c['extracted_term']} term")
    print()
    header = f"{'story':44} {'lab':>4} {'fnd':>4} {'ext':>4} {'prec':>6} {'rec':>6} {'strict':>6} {'spkr':>6}"
    print(header)
    print("-" * len(header))
    for s in report.stories:
        f = figures(s.counts)
        extracted = s.counts["extracted_quote"] + s.counts["extracted_term"]
        print(f"{s.name[:44]:44} {s.counts['labelled']:4} {s.counts['found']:4} {extracted:4} "
              f"{_f(f['precision']):>6} {_f(f['recall']):>6} {_f(f['strict_precision']):>6} "
              f"{_f(f['speaker_accuracy']):>6}")
    print()
    for key, value in report.overall.items():
        print(f"{key:38} {_f(value)}")
    print()
    print("version pairs:")
    for key, value in report.pairs.items():
        print(f"  {key:36} {_f(value)}")
    if args.v:
        print()
        print("\n".join(report.misses) or "no misses")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
