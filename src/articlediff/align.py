"""Align stage: old and new paragraph lists → groups of corresponding paragraphs.

The method, in four passes, each cheaper than the one before it was:

1. Exact matches on a normal form (case, white space and typography ignored): texts
   that occur once on each side anchor the alignment; repeated texts ("Advertisement")
   are paired inside the same gap between anchors, in order.
2. Fuzzy matches for what is left: candidates come from an inverted index of each
   paragraph's rarest content words, so a paragraph is only ever compared with a few
   others; a pair needs a Dice overlap of content words (stop words never count) of
   at least ``IN_PLACE_THRESHOLD`` where it keeps the order of its neighbours and
   ``MOVED_THRESHOLD`` where it would be a move.
3. Splits and merges: a paragraph left over whose content words mostly come from one
   already-paired paragraph, and that brings words its partner lacks, joins the pair.
4. Moves: the minimal set of pairings that cross the others, found as the complement
   of a maximum-weight increasing chain (a weighted longest increasing subsequence,
   O(n log n)); ties keep the more similar pairs in place.

The result lists every paragraph of each side exactly once, in the reading order of
the new version, with each removed paragraph where it stood.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from .textutil import content_words, normalize

#: Minimum content-word overlap (Dice) for a pairing that keeps the order of the
#: paragraphs around it.
IN_PLACE_THRESHOLD = 0.3
#: Minimum overlap for a pairing that would be a move: a paragraph far from where it
#: stood must be recognisably the same.
MOVED_THRESHOLD = 0.5
#: Minimum share of a leftover paragraph's content words found in a paired paragraph
#: for it to count as split off from (or merged into) that paragraph.
SPLIT_CONTAINMENT = 0.4
#: Minimum share of the paired paragraph's words that the leftover brings in addition.
SPLIT_GAIN = 0.15
#: How many candidates each paragraph is scored against, and how many of its rarest
#: words look them up; together they bound the fuzzy pass to linear time.
_MAX_CANDIDATES = 8
_LOOKUP_WORDS = 10
_MAX_POSTINGS = 64


class Group(NamedTuple):
    """Paragraphs that correspond: old indices, new indices (either may be empty)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    moved_pairs: tuple[tuple[int, int], ...] = ()
    """The (old, new) pairings in this group that changed their relative order."""

    @property
    def moved(self) -> bool:
        return bool(self.moved_pairs)


def align_paragraphs(old: Sequence[str], new: Sequence[str]) -> list[Group]:
    """Align two lists of paragraph texts. See the module docstring for the method."""
    aligner = _Aligner(old, new)
    aligner.match_exact()
    aligner.match_fuzzy()
    aligner.attach_splits_and_merges()
    return aligner.groups()


class _Aligner:
    def __init__(self, old: Sequence[str], new: Sequence[str]) -> None:
        self.old = old
        self.new = new
        self.old_keys = [normalize(t) for t in old]
        self.new_keys = [normalize(t) for t in new]
        # 1-to-1 pairs, then extra edges for splits and merges.
        self.old_to_new: dict[int, int] = {}
        self.new_to_old: dict[int, int] = {}
        self.extra: list[tuple[int, int]] = []
        self.score: dict[tuple[int, int], float] = {}
        self._words_cache: dict[tuple[int, int], Counter[str]] = {}
        self.anchor_old: list[int] = []
        self.anchor_new: list[int] = []

    # -- helpers ------------------------------------------------------------------

    def _pair(self, i: int, j: int, score: float) -> None:
        self.old_to_new[i] = j
        self.new_to_old[j] = i
        self.score[(i, j)] = score

    def _words(self, side: int, index: int) -> Counter[str]:
        key = (side, index)
        cached = self._words_cache.get(key)
        if cached is None:
            text = self.old[index] if side == 0 else self.new[index]
            cached = self._words_cache[key] = Counter(content_words(text))
        return cached

    def _gap(self, anchors: list[int], index: int) -> int:
        return bisect_left(anchors, index)

    # -- pass 1: exact ---------------------------------------------------------------

    def match_exact(self) -> None:
        old_pos: dict[str, list[int]] = defaultdict(list)
        new_pos: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(self.old_keys):
            old_pos[key].append(i)
        for j, key in enumerate(self.new_keys):
            new_pos[key].append(j)
        shared = [k for k in new_pos if k in old_pos]
        unique = sorted((old_pos[k][0], new_pos[k][0]) for k in shared
                        if len(old_pos[k]) == 1 and len(new_pos[k]) == 1)
        for i, j in unique:
            self._pair(i, j, 1.0)
        chain = _increasing_chain(unique, [1.0] * len(unique))
        self._set_anchors([unique[c] for c in chain])
        # Repeated texts: pair occurrences that fall in the same gap between anchors,
        # in order, then whatever is left, in order.
        for key in shared:
            olds, news = old_pos[key], new_pos[key]
            if len(olds) == 1 and len(news) == 1:
                continue
            by_gap_old: dict[int, list[int]] = defaultdict(list)
            by_gap_new: dict[int, list[int]] = defaultdict(list)
            for i in olds:
                by_gap_old[self._gap(self.anchor_old, i)].append(i)
            for j in news:
                by_gap_new[self._gap(self.anchor_new, j)].append(j)
            left_old: list[int] = []
            left_new: list[int] = []
            for gap in sorted(set(by_gap_old) | set(by_gap_new)):
                o, n = by_gap_old.get(gap, []), by_gap_new.get(gap, [])
                for i, j in zip(o, n):
                    self._pair(i, j, 1.0)
                left_old += o[len(n):]
                left_new += n[len(o):]
            for i, j in zip(left_old, left_new):
                self._pair(i, j, 1.0)
        self._refresh_anchors()

    def _set_anchors(self, pairs: list[tuple[int, int]]) -> None:
        self.anchor_old = sorted(i for i, _ in pairs)
        self.anchor_new = sorted(j for _, j in pairs)

    def _refresh_anchors(self) -> None:
        pairs = sorted(self.old_to_new.items())
        chain = _increasing_chain(pairs, [self.score[p] for p in pairs])
        self._set_anchors([pairs[c] for c in chain])

    # -- pass 2: fuzzy -----------------------------------------------------------------

    def match_fuzzy(self) -> None:
        free_old = [i for i in range(len(self.old)) if i not in self.old_to_new]
        free_new = [j for j in range(len(self.new)) if j not in self.new_to_old]
        if not free_old or not free_new:
            return
        index = _InvertedIndex({i: self._words(0, i) for i in free_old})
        candidates: list[tuple[float, int, int]] = []
        for j in free_new:
            new_words = self._words(1, j)
            for i in index.candidates(new_words):
                dice, shared = _dice(self._words(0, i), new_words)
                if shared < 2:
                    continue
                in_place = self._gap(self.anchor_old, i) == self._gap(self.anchor_new, j)
                if dice >= (IN_PLACE_THRESHOLD if in_place else MOVED_THRESHOLD):
                    candidates.append((dice, i, j))
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        for dice, i, j in candidates:
            if i not in self.old_to_new and j not in self.new_to_old:
                self._pair(i, j, dice)
        self._refresh_anchors()

    # -- pass 3: splits and merges ------------------------------------------------------

    def attach_splits_and_merges(self) -> None:
        edited = [(i, j) for i, j in self.old_to_new.items() if self.old_keys[i] != self.new_keys[j]]
        if not edited:
            return
        free_new = [j for j in range(len(self.new)) if j not in self.new_to_old]
        free_old = [i for i in range(len(self.old)) if i not in self.old_to_new]
        # A split: a free new paragraph made of words from a paired old paragraph.
        self._attach(free_new, side=1, partners={i: j for i, j in edited}, partner_side=0)
        # A merge: a free old paragraph whose words went into a paired new paragraph.
        self._attach(free_old, side=0, partners={j: i for i, j in edited}, partner_side=1)

    def _attach(self, free: list[int], *, side: int, partners: dict[int, int], partner_side: int) -> None:
        if not free or not partners:
            return
        index = _InvertedIndex({p: self._words(partner_side, p) for p in partners})
        for f in free:
            piece = self._words(side, f)
            if not piece:
                continue
            best: tuple[float, int] | None = None
            for p in index.candidates(piece):
                whole = self._words(partner_side, p)
                shared = sum((whole & piece).values())
                if shared < 3 and not (shared >= 2 and sum(piece.values()) <= 4):
                    continue
                containment = shared / sum(piece.values())
                if containment < SPLIT_CONTAINMENT:
                    continue
                other = self._words(side, partners[p])
                covered_before = sum((whole & other).values())
                covered_after = sum((whole & (other + piece)).values())
                gain = (covered_after - covered_before) / sum(whole.values())
                if gain >= SPLIT_GAIN and (best is None or containment > best[0]):
                    best = (containment, p)
            if best is not None:
                containment, p = best
                edge = (p, f) if side == 1 else (f, p)
                self.extra.append(edge)
                self.score[edge] = containment * 0.5

    # -- pass 4: moves, groups and reading order -----------------------------------------

    def groups(self) -> list[Group]:
        edges = sorted(set(self.old_to_new.items()) | set(self.extra))
        chain = _increasing_chain(edges, [self.score[e] for e in edges])
        kept = {edges[c] for c in chain}
        moved = [e for e in edges if e not in kept]

        # Connected components of the edges (splits and merges join pairs).
        parent: dict[tuple[int, int], tuple[int, int]] = {}

        def find(node: tuple[int, int]) -> tuple[int, int]:
            while parent.setdefault(node, node) != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        for i, j in edges:
            a, b = find((0, i)), find((1, j))
            if a != b:
                parent[a] = b
        members: dict[tuple[int, int], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for i, j in edges:
            olds, news = members[find((0, i))]
            if i not in olds:
                olds.append(i)
            if j not in news:
                news.append(j)
        moved_by_root: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for i, j in moved:
            moved_by_root[find((0, i))].append((i, j))

        keyed: list[tuple[tuple[float, int, int], Group]] = []
        for root, (olds, news) in members.items():
            group = Group(tuple(sorted(olds)), tuple(sorted(news)), tuple(sorted(moved_by_root.get(root, []))))
            keyed.append(((min(news), 0, 0), group))
        matched_new = {j for _, j in edges}
        for j in range(len(self.new)):
            if j not in matched_new:
                keyed.append(((j, 0, 0), Group((), (j,))))

        # Removed paragraphs stand after the block holding the nearest earlier old
        # paragraph that kept its place; those after the last such paragraph stand at
        # the end, as they did in the old version.
        stable_old = sorted({i for i, _ in kept})
        block_of_old = {i: min(news) for olds, news in members.values() for i in olds}
        matched_old = {i for i, _ in edges}
        for i in range(len(self.old)):
            if i in matched_old:
                continue
            pos = bisect_left(stable_old, i)
            if stable_old and pos == len(stable_old):
                key: tuple[float, int, int] = (float("inf"), 1, i)
            elif pos == 0:
                key = (-1, 1, i)
            else:
                key = (block_of_old[stable_old[pos - 1]], 1, i)
            keyed.append((key, Group((i,), ())))
        keyed.sort(key=lambda kg: kg[0])
        return [group for _, group in keyed]


class _InvertedIndex:
    """Content word → paragraphs, to find the few paragraphs worth comparing."""

    def __init__(self, docs: dict[int, Counter[str]]) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)
        for doc, counts in docs.items():
            for word in counts:
                self.postings[word].append(doc)

    def candidates(self, counts: Counter[str]) -> list[int]:
        # Look up by the rarest words first: they say most about identity, and their
        # posting lists are short.
        looked_up = sorted((w for w in counts if w in self.postings), key=lambda w: len(self.postings[w]))
        hits: Counter[int] = Counter()
        for word in looked_up[:_LOOKUP_WORDS]:
            posting = self.postings[word]
            if len(posting) > _MAX_POSTINGS:
                break
            hits.update(posting)
        return [doc for doc, _ in hits.most_common(_MAX_CANDIDATES)]


def _dice(a: Counter[str], b: Counter[str]) -> tuple[float, int]:
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 0.0, 0
    shared = sum((a & b).values())
    return 2 * shared / total, shared


def _increasing_chain(pairs: Sequence[tuple[int, int]], weights: Sequence[float]) -> list[int]:
    """Indices of a chain of ``pairs`` (sorted by old, then new) whose new indices
    never decrease, with the most pairs; among those, the largest total weight
    (weights must be at most 1). Fenwick tree of prefix maxima: O(n log n)."""
    if not pairs:
        return []
    news = sorted({j for _, j in pairs})
    rank = {j: r + 1 for r, j in enumerate(news)}
    size = len(news)
    # Each pair counts 1, plus its weight scaled so that no sum of weights can
    # outweigh one more pair.
    scale = 1.0 / (len(pairs) + 1)
    tree_val = [0.0] * (size + 1)
    tree_arg = [-1] * (size + 1)
    back = [-1] * len(pairs)
    best_val = [0.0] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        r = rank[j]
        val, arg = 0.0, -1
        pos = r
        while pos > 0:
            if tree_val[pos] > val:
                val, arg = tree_val[pos], tree_arg[pos]
            pos -= pos & -pos
        total = val + 1.0 + weights[k] * scale
        best_val[k], back[k] = total, arg
        pos = r
        while pos <= size:
            if total > tree_val[pos]:
                tree_val[pos], tree_arg[pos] = total, k
            pos += pos & -pos
    end = max(range(len(pairs)), key=lambda k: best_val[k])
    chain = []
    while end != -1:
        chain.append(end)
        end = back[end]
    chain.reverse()
    return chain
