"""How compare() scales with document length: time and peak memory on long documents.

The documents are built from real text: the sentences of the fixtures
(fixtures/cnn-el-salvador/v1-v3.txt and fixtures/corpus/case02-case10/v*.txt, named in
SOURCES) are recombined, by a seeded random.Random, into paragraphs of three sentences
drawn from different places, each paragraph distinct from every other, so a
50k-paragraph document is not the same few dozen paragraphs over and over. (The
fixtures hold a couple of hundred distinct sentences, so tens of thousands of distinct
paragraphs need three of them: about 500 bytes each, where the fixtures' own
paragraphs average under 300, so the timings are on the heavy side for a given
paragraph count. Every size uses three, so paragraphs are as long at 50k as at 1k and
the time ratio measures scaling alone. The same few sentences recur all through a long
document, as the same quotations do, so whatever is worked out once per distinct
sentence or quotation is worked out less often here than in a real one.)

The new version plants known changes in the old:

- 5 % of paragraphs edited (a few words replaced, inserted or deleted, a number changed),
- 2 % moved far (about half the document away),
- 2 % added (new paragraphs of real sentences, from a fifth of the sentences kept
  apart for them, so they are new text),
- 2 % removed.

For each size the table gives the input size (bytes of both texts, UTF-8), the best
wall time of ``articlediff.compare(old_text, new_text)`` over ``--repeat`` runs, its
peak memory as traced by ``tracemalloc`` (Python allocations during the call, measured
in a separate run, since tracing slows the call down) and the ratio of that peak to the
input size; and, for comparison, the time of
``difflib.SequenceMatcher(None, old_paragraphs, new_paragraphs, autojunk=False).get_opcodes()``
on the paragraph lists in the same process. A sanity check scores the alignment
against the planted changes: precision and recall of all (old, new) pairs, recall of
the edited pairs, and precision and recall of the moved pairs.

Targets: 10k paragraphs ≤ 1 s, 50k ≤ 6 s, time(50k)/time(10k) ≤ 6, peak ≤ 20 × input.

    python benchmarks/scale.py [--sizes 1000,10000,50000] [--repeat N] [--seed S] [--profile [SORT]]
"""

from __future__ import annotations

import argparse
import cProfile
import difflib
import math
import pstats
import random
import sys
import time
import tracemalloc
from pathlib import Path
from typing import NamedTuple

from articlediff import compare
from articlediff.segment import split_paragraphs
from articlediff.text.sentences import split_sentences
from articlediff.text.words import content_words, normalize

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
#: The fixture texts the sentences are drawn from, named one by one: a fixture added
#: later does not change the documents, so figures stay comparable across changes.
#: (Adding one here changes every document; say so next to the figures.)
SOURCES = [FIXTURES / name for name in (
    "cnn-el-salvador/v1.txt", "cnn-el-salvador/v2.txt", "cnn-el-salvador/v3.txt",
    *(f"corpus/case{n:02d}/v{v}.txt" for n in range(2, 11) for v in (1, 2)),
)]

EDITED, MOVED, ADDED, REMOVED = 0.05, 0.02, 0.02, 0.02
#: How many sentences a paragraph of the old version has (one of these, at random).
#: Two-sentence paragraphs would run out (a few thousand) before 50k were drawn, and
#: longer paragraphs at larger sizes would blur the scaling.
LENGTHS = (3,)


# --- building the documents -------------------------------------------------------------


def real_sentences() -> list[list[str]]:
    """The distinct sentences of the fixture texts with at least four words, in
    families: the fixtures hold several versions of each story, so one sentence may
    come in a few edited forms, and those are one family."""
    found = sorted({
        sentence
        for path in SOURCES
        for paragraph in split_paragraphs(path.read_text(encoding="utf-8"))
        for sentence in split_sentences(paragraph)
        if len(sentence.split()) >= 4
    })
    words = [set(content_words(s)) for s in found]
    family = list(range(len(found)))  # union-find over "at least half the words shared"

    def root(k: int) -> int:
        while family[k] != k:
            k = family[k]
        return k

    for a in range(len(found)):
        for b in range(a):
            if 2 * len(words[a] & words[b]) >= 0.5 * (len(words[a]) + len(words[b])):
                family[root(a)] = root(b)
    families: dict[int, list[str]] = {}
    for k, sentence in enumerate(found):
        families.setdefault(root(k), []).append(sentence)
    return list(families.values())


class Paragraphs:
    """Draws paragraphs of real sentences: never the same paragraph twice, nor the
    same sentences in another order (which a bag of words cannot tell apart)."""

    def __init__(self, rng: random.Random, sentences: list[str], lengths: tuple[int, ...]) -> None:
        self.rng = rng
        self.sentences = sentences
        self.lengths = lengths
        self.seen: set[str] = set()
        self.seen_sets: set[frozenset[str]] = set()

    def draw(self) -> str:
        while True:
            chosen = self.rng.sample(self.sentences, self.rng.choice(self.lengths))
            if frozenset(chosen) not in self.seen_sets and self.add(" ".join(chosen)):
                self.seen_sets.add(frozenset(chosen))
                return " ".join(chosen)

    @property
    def capacity(self) -> int:
        """How many distinct paragraphs there are to draw."""
        return sum(math.comb(len(self.sentences), k) for k in self.lengths)

    def add(self, text: str) -> bool:
        key = normalize(text)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


def edit(rng: random.Random, text: str, vocabulary: list[str]) -> str:
    """A copy-editor's change: one to three word replacements, insertions, deletions or
    changed numbers."""
    words = text.split(" ")
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(("replace", "insert", "delete", "number"))
        numbers = [k for k, w in enumerate(words) if any(c.isdigit() for c in w)]
        if op == "number" and numbers:
            k = rng.choice(numbers)
            words[k] = "".join(str((int(c) + rng.randint(1, 8)) % 10) if c.isdigit() else c for c in words[k])
        elif op == "number" or op == "insert":
            extra = f"at least {rng.randint(2, 900)}" if op == "number" else rng.choice(vocabulary)
            words.insert(rng.randint(1, len(words)), extra)
        elif op == "delete" and len(words) > 6:
            del words[rng.randint(1, len(words) - 2)]
        else:
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
    return " ".join(words)


class Case(NamedTuple):
    old: list[str]
    new: list[str]
    pairs: set[tuple[int, int]]
    """Every planted (old, new) correspondence: unchanged, edited and moved."""
    edited: set[tuple[int, int]]
    moved: set[tuple[int, int]]


def build_case(size: int, seed: int) -> Case:
    rng = random.Random(f"{seed}:{size}")
    families = real_sentences()
    vocabulary = sorted({w for f in families for s in f for w in s.split() if w.isalpha() and len(w) > 3})
    # Added paragraphs are new text: one family of sentences in five is kept for them
    # alone. (An added paragraph repeating sentences of a removed one would be, to any
    # reader, that paragraph edited.)
    source = Paragraphs(rng, [s for k, f in enumerate(families) if k % 5 for s in f], LENGTHS)
    fresh = Paragraphs(rng, [s for f in families[::5] for s in f], (2, 3, 4))
    if size > 0.98 * source.capacity or size * ADDED > 0.9 * fresh.capacity:
        raise SystemExit(f"{size} paragraphs: more than can be drawn, distinct, from the fixtures")
    old = [source.draw() for _ in range(size)]

    chosen = rng.sample(range(size), round(size * (EDITED + MOVED + REMOVED)))
    n_edit, n_move = round(size * EDITED), round(size * MOVED)
    edited = set(chosen[:n_edit])
    moved = chosen[n_edit:n_edit + n_move]
    moved_set = set(moved)
    removed = set(chosen[n_edit + n_move:])

    entries: list[tuple[int | None, str]] = []  # (old index or None, text) in new order
    for i, text in enumerate(old):
        if i in removed or i in moved_set:
            continue
        if i in edited:
            text = edit(rng, text, vocabulary)
            while not source.add(text):
                text = edit(rng, text, vocabulary)
        entries.append((i, text))
    for i in moved:
        # About half the document away from where it stood.
        here = round(i / size * len(entries))
        there = (here + len(entries) // 2 + rng.randint(-len(entries) // 10, len(entries) // 10)) % max(len(entries), 1)
        entries.insert(there, (i, old[i]))
    for _ in range(round(size * ADDED)):
        entries.insert(rng.randint(0, len(entries)), (None, fresh.draw()))

    new = [text for _, text in entries]
    pairs = {(i, j) for j, (i, _) in enumerate(entries) if i is not None}
    return Case(
        old=old,
        new=new,
        pairs=pairs,
        edited={(i, j) for i, j in pairs if i in edited},
        moved={(i, j) for i, j in pairs if i in moved_set},
    )


# --- measuring ----------------------------------------------------------------------------


def prf(found: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    hit = len(found & truth)
    precision = hit / len(found) if found else float(not truth)
    recall = hit / len(truth) if truth else 1.0
    return precision, recall


class Row(NamedTuple):
    paragraphs: int
    input_bytes: int
    compare_s: float
    peak_mib: float
    difflib_s: float
    pair_p: float
    pair_r: float
    edit_r: float
    move_p: float
    move_r: float


def measure(size: int, *, repeat: int, seed: int, profile: str | None) -> Row:
    case = build_case(size, seed)
    old_text, new_text = "\n\n".join(case.old), "\n\n".join(case.new)
    input_bytes = len(old_text.encode("utf-8")) + len(new_text.encode("utf-8"))

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        diff = compare(old_text, new_text)
        times.append(time.perf_counter() - start)
        del diff

    tracemalloc.start()
    diff = compare(old_text, new_text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(compare, old_text, new_text)
        print(f"\n--- cProfile, {size} paragraphs ---")
        pstats.Stats(profiler).sort_stats(profile).print_stats(25)

    difflib_times = []
    for _ in range(repeat):
        start = time.perf_counter()
        difflib.SequenceMatcher(None, case.old, case.new, autojunk=False).get_opcodes()
        difflib_times.append(time.perf_counter() - start)

    assert len(diff.old.paragraphs) == len(case.old) and len(diff.new.paragraphs) == len(case.new)
    pairs: set[tuple[int, int]] = set()
    moved: set[tuple[int, int]] = set()
    for block in diff.rows:
        pairs.update(block.links)
        moved.update(block.moved_pairs)
    pair_p, pair_r = prf(pairs, case.pairs)
    _, edit_r = prf(pairs, case.edited)
    move_p, move_r = prf(moved, case.moved)
    return Row(
        size, input_bytes, min(times), peak / 2**20, min(difflib_times), pair_p, pair_r, edit_r, move_p, move_r
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="paragraph counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size; the best is shown")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--profile", nargs="?", const="tottime", metavar="SORT",
        help="print a cProfile summary for each size, sorted by SORT (tottime, cumulative)",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    rows = [measure(size, repeat=max(args.repeat, 1), seed=args.seed, profile=args.profile) for size in sizes]
    print(f"compare(): best of {args.repeat} runs; peak = tracemalloc peak of Python allocations during one call")
    print(
        f"{'paragraphs':>10} {'input bytes':>12} {'compare s':>10} {'peak MiB':>9} {'peak/input':>10} "
        f"{'difflib s':>10}   {'pair P':>6} {'pair R':>6} {'edit R':>6} {'move P':>6} {'move R':>6}"
    )
    for r in rows:
        print(
            f"{r.paragraphs:>10} {r.input_bytes:>12,} {r.compare_s:>10.3f} {r.peak_mib:>9.1f} "
            f"{r.peak_mib * 2**20 / r.input_bytes:>10.1f} {r.difflib_s:>10.3f}   "
            f"{r.pair_p:>6.3f} {r.pair_r:>6.3f} {r.edit_r:>6.3f} {r.move_p:>6.3f} {r.move_r:>6.3f}"
        )
    by_size = {r.paragraphs: r for r in rows}
    if 10000 in by_size and 50000 in by_size:
        print(f"time(50k)/time(10k) = {by_size[50000].compare_s / by_size[10000].compare_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
