"""Align stage: old and new paragraph lists → groups of corresponding paragraphs.

The method, in four passes, each cheaper than the one before it was:

1. Exact matches on a normal form (case, white space and typography ignored): texts
   that occur once on each side anchor the alignment; repeated texts ("Advertisement")
   are paired inside the same gap between anchors, in order.
2. Fuzzy matches for what is left: candidates come from an inverted index of each
   paragraph's rarest content words, and from the few left-over paragraphs facing it
   between the same two anchors, so a paragraph is only ever compared with a few
   others; a pair needs three content words in common (two for a paragraph of four or
   fewer; stop words never count) and a Dice overlap of content words of at least
   ``IN_PLACE_THRESHOLD`` where it keeps the order of its neighbours and
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
#: How many free old paragraphs on either side of the one facing a free new paragraph
#: (between the same two anchors) it is also scored against.
_FACING = 3


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
    # The passes break ties by position (the earlier old paragraph first), so the two
    # directions of one comparison could settle a tie differently and disagree about
    # more than the direction. Aligning in one fixed orientation, the lesser list as
    # "old", and turning the result round makes compare(b, a) the mirror image of
    # compare(a, b).
    flip = tuple(new) < tuple(old)
    aligner = _Aligner(new, old) if flip else _Aligner(old, new)
    aligner.match_exact()
    aligner.match_fuzzy()
    aligner.attach_splits_and_merges()
    links = aligner.links()
    return _reading_order(links.transposed() if flip else links, len(old), len(new))


class _Links(NamedTuple):
    """What the passes found, before it is put in reading order."""

    pairs: dict[int, int]
    """The one-to-one pairs, old index → new index."""
    extra: list[tuple[int, int]]
    """The (old, new) edges of splits and merges, each tying a free paragraph to one
    paired paragraph of the other side."""
    moved: list[tuple[int, int]]
    """The pairs and edges off the longest increasing chain."""

    def transposed(self) -> _Links:
        return _Links(
            {j: i for i, j in self.pairs.items()},
            [(j, i) for i, j in self.extra],
            [(j, i) for i, j in self.moved],
        )


class _Aligner:
    def __init__(self, old: Sequence[str], new: Sequence[str]) -> None:
        self.old = old
        self.new = new
        # Most paragraphs stand unchanged on both sides: normalise each text once.
        normal_forms: dict[str, str] = {}
        for text in (*old, *new):
            if text not in normal_forms:
                normal_forms[text] = normalize(text)
        self.old_keys = [normal_forms[t] for t in old]
        self.new_keys = [normal_forms[t] for t in new]
        # 1-to-1 pairs, then extra edges for splits and merges.
        self.old_to_new: dict[int, int] = {}
        self.new_to_old: dict[int, int] = {}
        self.extra: list[tuple[int, int]] = []
        #: How alike the two sides of each pair or edge are, for those that are not
        #: exact matches (which score 1).
        self.score: dict[tuple[int, int], float] = {}
        self._words_cache: dict[tuple[int, int], _Bag] = {}
        #: The pairs that keep their order (an increasing chain of them), in order:
        #: their old indices, their new indices.
        self.anchor_old: list[int] = []
        self.anchor_new: list[int] = []

    # -- helpers ------------------------------------------------------------------

    def _pair(self, i: int, j: int, score: float) -> None:
        self.old_to_new[i] = j
        self.new_to_old[j] = i
        if score != 1.0:
            self.score[(i, j)] = score

    def _score(self, i: int, j: int) -> float:
        return self.score.get((i, j), 1.0)

    def _words(self, side: int, index: int) -> _Bag:
        key = (side, index)
        cached = self._words_cache.get(key)
        if cached is None:
            text = self.old[index] if side == 0 else self.new[index]
            cached = self._words_cache[key] = _Bag.of(content_words(text))
        return cached

    def _gap(self, anchors: list[int], index: int) -> int:
        return bisect_left(anchors, index)

    # -- pass 1: exact ---------------------------------------------------------------

    def match_exact(self) -> None:
        old_count, new_count = Counter(self.old_keys), Counter(self.new_keys)
        shared = [k for k in new_count if k in old_count]
        # Where each text stands: for a text that occurs once, its one place.
        old_at = {key: i for i, key in enumerate(self.old_keys)}
        new_at = {key: j for j, key in enumerate(self.new_keys)}
        unique = [k for k in shared if old_count[k] == 1 and new_count[k] == 1]
        for key in sorted(unique, key=old_at.__getitem__):
            self._pair(old_at[key], new_at[key], 1.0)
        self._refresh_anchors()
        # Repeated texts: pair occurrences that fall in the same gap between anchors,
        # in order, then whatever is left, in order.
        repeated = [k for k in shared if old_count[k] > 1 or new_count[k] > 1]
        old_pos, new_pos = _positions(self.old_keys, repeated), _positions(self.new_keys, repeated)
        for key in repeated:
            olds, news = old_pos[key], new_pos[key]
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
        if repeated:
            self._refresh_anchors()

    def _refresh_anchors(self) -> None:
        """Anchor on the pairs that keep their order: the most, and the most alike."""
        olds = sorted(self.old_to_new)
        news = [self.old_to_new[i] for i in olds]
        chain = _increasing_chain(news, [self._score(i, j) for i, j in zip(olds, news)])
        self.anchor_old = [olds[c] for c in chain]
        self.anchor_new = [news[c] for c in chain]

    # -- pass 2: fuzzy -----------------------------------------------------------------

    def match_fuzzy(self) -> None:
        free_old = [i for i in range(len(self.old)) if i not in self.old_to_new]
        free_new = [j for j in range(len(self.new)) if j not in self.new_to_old]
        if not free_old or not free_new:
            return
        index = _InvertedIndex({i: self._words(0, i) for i in free_old})
        old_by_gap: dict[int, list[int]] = defaultdict(list)
        new_by_gap: dict[int, list[int]] = defaultdict(list)
        for i in free_old:
            old_by_gap[self._gap(self.anchor_old, i)].append(i)
        for j in free_new:
            new_by_gap[self._gap(self.anchor_new, j)].append(j)
        candidates: list[tuple[float, int, int]] = []
        for gap, news in new_by_gap.items():
            olds = old_by_gap.get(gap, [])
            for rank, j in enumerate(news):
                new_words = self._words(1, j)
                # The index finds paragraphs that share rare words, wherever they are;
                # the free paragraphs facing this one between the same anchors are
                # compared too, however common their words.
                nearby = _facing(olds, rank, len(news))
                for i in set(index.candidates(new_words)).union(nearby):
                    old_words = self._words(0, i)
                    dice, shared = _dice(old_words, new_words)
                    if not _shares_enough(shared, min(old_words.size, new_words.size)):
                        continue
                    in_place = self._gap(self.anchor_old, i) == gap
                    if dice >= (IN_PLACE_THRESHOLD if in_place else MOVED_THRESHOLD):
                        candidates.append((dice, i, j))
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        paired = len(self.old_to_new)
        for dice, i, j in candidates:
            if i not in self.old_to_new and j not in self.new_to_old:
                self._pair(i, j, dice)
        if len(self.old_to_new) > paired:
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
            if not piece.size:
                continue
            best: tuple[float, int] | None = None
            for p in index.candidates(piece):
                whole = self._words(partner_side, p)
                shared = whole.shared(piece)
                if not _shares_enough(shared, piece.size):
                    continue
                containment = shared / piece.size
                if containment < SPLIT_CONTAINMENT:
                    continue
                other = self._words(side, partners[p])
                gain = _gain(whole.counts, other.counts, piece.counts) / whole.size
                if gain >= SPLIT_GAIN and (best is None or containment > best[0]):
                    best = (containment, p)
            if best is not None:
                containment, p = best
                edge = (p, f) if side == 1 else (f, p)
                self.extra.append(edge)
                self.score[edge] = containment * 0.5  # below any pair

    # -- pass 4: moves ------------------------------------------------------------------

    def links(self) -> _Links:
        """The pairs and edges found, with the pairings off the increasing chain."""
        if self.extra:
            edges = sorted([*self.old_to_new.items(), *self.extra])
            chain = _increasing_chain([j for _, j in edges], [self._score(i, j) for i, j in edges])
            kept = {edges[c] for c in chain}
            moved = [e for e in edges if e not in kept]
        else:  # the anchors are that chain
            kept_old = set(self.anchor_old)
            moved = [(i, self.old_to_new[i]) for i in sorted(self.old_to_new) if i not in kept_old]
        return _Links(self.old_to_new, self.extra, moved)


def _reading_order(links: _Links, old_count: int, new_count: int) -> list[Group]:
    """The groups in the reading order of the new version, each removed paragraph
    after the block holding the nearest earlier old paragraph that kept its place."""
    pairs, new_to_old = links.pairs, {j: i for i, j in links.pairs.items()}
    moved_set = set(links.moved)
    stable_old = sorted({i for i, j in (*pairs.items(), *links.extra) if (i, j) not in moved_set})

    # A group is a pair with the paragraphs split off from it or merged into it; each
    # of those is attached to exactly one paired paragraph (pass 3).
    split_off: dict[int, list[int]] = defaultdict(list)  # paired old → extra new
    merged_in: dict[int, list[int]] = defaultdict(list)  # paired new → extra old
    for i, j in links.extra:
        if i in pairs:
            split_off[i].append(j)
        else:
            merged_in[j].append(i)
    moved_in: dict[int, list[tuple[int, int]]] = defaultdict(list)  # by the pair's old
    for i, j in links.moved:
        moved_in[i if i in pairs else new_to_old[j]].append((i, j))

    # The groups of paired paragraphs and the added paragraphs, by the first new
    # paragraph of each.
    starting_at: dict[int, Group] = {}
    block_of_old: dict[int, int] = {}  # old paragraph → where its group starts
    for i, j in pairs.items():
        olds = tuple(sorted((i, *merged_in[j]))) if j in merged_in else (i,)
        news = tuple(sorted((j, *split_off[i]))) if i in split_off else (j,)
        starting_at[news[0]] = Group(olds, news, tuple(sorted(moved_in.get(i, ()))))
        for o in olds:
            block_of_old[o] = news[0]
    matched_new = set(new_to_old).union(j for _, j in links.extra)
    for j in range(new_count):
        if j not in matched_new:
            starting_at[j] = Group((), (j,))

    # Removed paragraphs: those before the first paragraph that kept its place stand
    # first, those after the last stand at the end, as they did in the old version.
    first: list[Group] = []
    after: dict[int, list[Group]] = defaultdict(list)  # by where that block starts
    last: list[Group] = []
    for i in range(old_count):
        if i in block_of_old:
            continue
        pos = bisect_left(stable_old, i)
        if stable_old and pos == len(stable_old):
            last.append(Group((i,), ()))
        elif pos == 0:
            first.append(Group((i,), ()))
        else:
            after[block_of_old[stable_old[pos - 1]]].append(Group((i,), ()))
    ordered = first
    for j in range(new_count):
        if j in starting_at:
            ordered.append(starting_at[j])
        ordered += after.get(j, ())
    return ordered + last


class _Bag(NamedTuple):
    """A paragraph's content words, as a multiset."""

    counts: Counter[str]
    tokens: frozenset[str]
    """The same multiset as a set: the k-th occurrence of a word, for k > 1, is the
    token "word k" (words hold no spaces). Two bags share as many words, repeats
    counted, as their sets share tokens, which a set intersection counts fast."""

    @classmethod
    def of(cls, words: list[str]) -> _Bag:
        counts = Counter(words)
        tokens = set(counts)
        for word, n in counts.items():
            if n > 1:
                tokens.update(f"{word} {k}" for k in range(2, n + 1))
        return cls(counts, frozenset(tokens))

    @property
    def size(self) -> int:
        return len(self.tokens)

    def shared(self, other: _Bag) -> int:
        """How many words the two bags share, repeats counted."""
        return len(self.tokens & other.tokens)


class _InvertedIndex:
    """Content word → paragraphs, to find the few paragraphs worth comparing."""

    def __init__(self, docs: dict[int, _Bag]) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)
        for doc, bag in docs.items():
            for word in bag.counts:
                self.postings[word].append(doc)
        self.rarity = {word: len(posting) for word, posting in self.postings.items()}

    def candidates(self, bag: _Bag) -> list[int]:
        # Look up by the rarest words first: they say most about identity, and their
        # posting lists are short.
        looked_up = [w for w in bag.counts if w in self.rarity]
        looked_up.sort(key=self.rarity.__getitem__)
        found: list[int] = []
        for word in looked_up[:_LOOKUP_WORDS]:
            posting = self.postings[word]
            if len(posting) > _MAX_POSTINGS:
                break
            found += posting
        return [doc for doc, _ in Counter(found).most_common(_MAX_CANDIDATES)]


def _positions(keys: list[str], wanted: list[str]) -> dict[str, list[int]]:
    """Where each of the ``wanted`` keys occurs in ``keys``."""
    positions: dict[str, list[int]] = {key: [] for key in wanted}
    if positions:
        for index, key in enumerate(keys):
            if key in positions:
                positions[key].append(index)
    return positions


def _facing(olds: list[int], rank: int, count: int) -> list[int]:
    """The few of ``olds`` (free old paragraphs between two anchors) that stand about
    where the ``rank``-th of ``count`` free new paragraphs between the same anchors
    stands: all of them if there are few."""
    if len(olds) <= 2 * _FACING + 1:
        return olds
    middle = rank * len(olds) // count
    return olds[max(0, middle - _FACING) : middle + _FACING + 1]


def _shares_enough(shared: int, size: int) -> bool:
    """Are ``shared`` content words in common enough to tie a paragraph of ``size``
    content words to another? Three are; two only for a paragraph of four words or
    fewer: any two sentences of a story may share two ("government", "Monday")."""
    return shared >= 3 or (shared >= 2 and size <= 4)


def _dice(a: _Bag, b: _Bag) -> tuple[float, int]:
    total = a.size + b.size
    if not total:
        return 0.0, 0
    shared = a.shared(b)
    return 2 * shared / total, shared


def _gain(whole: Counter[str], other: Counter[str], piece: Counter[str]) -> int:
    """How many more of ``whole``'s words ``other`` covers once ``piece`` joins it:
    the size of ``whole & (other + piece)`` less that of ``whole & other``."""
    return sum(min(whole[w], other[w] + piece[w]) - min(whole[w], other[w]) for w in whole.keys() & piece.keys())


def _increasing_chain(news: Sequence[int], weights: Sequence[float]) -> list[int]:
    """For pairs sorted by old index, then new index, given by their new indices
    ``news``: the indices of a chain of pairs whose new indices never decrease, with
    the most pairs; among those, the largest total weight (weights must be at most 1).
    Fenwick tree of prefix maxima: O(n log n)."""
    if not news:
        return []
    distinct = sorted(set(news))
    rank = {j: r + 1 for r, j in enumerate(distinct)}
    size = len(distinct)
    # Each pair counts 1, plus its weight scaled so that no sum of weights can
    # outweigh one more pair.
    scale = 1.0 / (len(news) + 1)
    tree_val = [0.0] * (size + 1)
    tree_arg = [-1] * (size + 1)
    back = [-1] * len(news)
    best_val = [0.0] * len(news)
    for k, j in enumerate(news):
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
    end = max(range(len(news)), key=lambda k: best_val[k])
    chain = []
    while end != -1:
        chain.append(end)
        end = back[end]
    chain.reverse()
    return chain
