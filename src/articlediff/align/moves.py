"""Moves: the minimal set of pairings that cross the others, the complement of a
maximum-weight increasing chain. The same chain, over the pairs found so far, gives
the exact and fuzzy passes their anchors.

    old ["A", "B", "C"], new ["B", "A", "C"]: pairs (0, 1), (1, 0), (2, 2); of the two
    longest chains the first found keeps (0, 1) and (2, 2), so (1, 0) moved.

A paragraph counts once, wherever its pieces went (the one-to-one pair first, the
edges of splits and merges after):

    old ["A", "B1 B2 B3", "C", "D", "E"], new ["A", "C", "D", "B1", "B2", "B3", "E"]:
    the three edges of old 1 outnumber the pairs of C and D, but one paragraph moved,
    so (1, 3), (1, 4) and (1, 5) are the move.
"""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .state import State


class _Links(NamedTuple):
    """What the passes found, before it is put in reading order."""

    pairs: dict[int, int]
    """The one-to-one pairs, old index → new index."""
    extra: list[tuple[int, int]]
    """The (old, new) edges of splits, merges and moved sentences, beyond the pairs."""
    moved: list[tuple[int, int]]
    """The pairs and edges off the longest increasing chain."""

    def transposed(self) -> "_Links":
        return _Links(
            {j: i for i, j in self.pairs.items()},
            [(j, i) for i, j in self.extra],
            [(j, i) for i, j in self.moved],
        )


def _story_units(state: State, edges: Iterable[tuple[int, int]]) -> Sequence[int] | None:
    """What each edge counts for in an increasing chain: 1, or 0 for furniture;
    None when there is no furniture (every edge counts 1)."""
    old_furniture, new_furniture = state.furniture
    if not old_furniture or not new_furniture:
        return None
    return [0 if i in old_furniture and j in new_furniture else 1 for i, j in edges]


def refresh_anchors(state: State) -> None:
    """Anchor on the pairs that keep their order: the most, and the most alike."""
    olds = sorted(state.old_to_new)
    news = [state.old_to_new[i] for i in olds]
    chain = _increasing_chain(
        news, [state.score_of(i, j) for i, j in zip(olds, news)], _story_units(state, zip(olds, news))
    )
    state.anchor_old = [olds[c] for c in chain]
    state.anchor_new = [news[c] for c in chain]


def find_moves(state: State) -> _Links:
    """The pairs and edges found, with the pairings off the increasing chain."""
    if state.extra:
        edges = sorted([*state.old_to_new.items(), *state.extra])
        # A paragraph counts once, wherever its pieces went: the chain keeps the most
        # paragraphs in order (each by its pair), and only then the most pieces of
        # splits and merges (the extra edges) beside them. An extra edge off the
        # chain is a piece that landed out of sequence with its neighbours.
        units = _story_units(state, edges) or [1] * len(edges)
        piece = 1.0 / (len(edges) + 1)
        extra = set(state.extra)
        chain = _increasing_chain(
            [j for _, j in edges],
            [state.score_of(i, j) for i, j in edges],
            [piece * u if e in extra else u for e, u in zip(edges, units)],
            weight_scale=piece * piece,
        )
        kept = {edges[c] for c in chain}
        moved = [e for e in edges if e not in kept]
    else:  # the anchors are that chain
        kept_old = set(state.anchor_old)
        moved = [(i, state.old_to_new[i]) for i in sorted(state.old_to_new) if i not in kept_old]
    if state.furniture[0] and state.furniture[1] and state.repeated:
        # A piece of furniture the page repeats ("Advertisement") has no place of its
        # own to move from: its pairings are one as good as another.
        moved = [e for e in moved if not (state.is_furniture(*e) and state.old_keys[e[0]] in state.repeated)]
    return _Links(state.old_to_new, state.extra, moved)


def _increasing_chain(
    news: Sequence[int],
    weights: Sequence[float],
    units: Sequence[float] | None = None,
    weight_scale: float | None = None,
) -> list[int]:
    """For pairs sorted by old index, then new index, given by their new indices
    ``news``: the indices of a chain of pairs whose new indices never decrease, with
    the most pairs; among those, the largest total weight (weights must be at most 1).
    ``units`` says what each pair counts for, 1 or 0 (a pair that only adds its
    weight) or a fraction; the chain then has the largest sum of units. Weights are
    scaled by ``weight_scale`` (by default 1 / (n + 1)), which must keep their sum
    below the least unit that counts. Fenwick tree of prefix maxima: O(n log n).

    A run of pairs in a row whose new indices go up by one, each held by no other
    pair (a stretch the versions share, as most of a long story is), is taken whole
    by the chain through its first pair: nothing outside the run lies between them.
    So only its first pair asks the tree, and only its last is entered in it; the
    others are chained to the one before, the same totals as the tree would give.
    """
    if not news:
        return []
    distinct = sorted(set(news))
    rank = {j: r + 1 for r, j in enumerate(distinct)}
    held = None if len(distinct) == len(news) else Counter(news)  # how many pairs hold each index
    size = len(distinct)
    # Each pair counts its unit (1 unless told), plus its weight scaled so that no sum
    # of weights can outweigh one more pair that counts.
    scale = 1.0 / (len(news) + 1) if weight_scale is None else weight_scale
    tree_val = [0.0] * (size + 1)
    tree_arg = [-1] * (size + 1)
    back = [-1] * len(news)
    best_val = [0.0] * len(news)
    k, last = 0, len(news) - 1
    while k <= last:
        j = news[k]
        val, arg = 0.0, -1
        pos = rank[j]
        while pos > 0:
            if tree_val[pos] > val:
                val, arg = tree_val[pos], tree_arg[pos]
            pos -= pos & -pos
        total = val + (1.0 if units is None else units[k]) + weights[k] * scale
        best_val[k], back[k] = total, arg
        if held is None or held[j] == 1:
            while k < last and news[k + 1] == j + 1 and (held is None or held[j + 1] == 1):
                k, j = k + 1, j + 1
                total = total + (1.0 if units is None else units[k]) + weights[k] * scale
                best_val[k], back[k] = total, k - 1
        pos = rank[j]
        while pos <= size:
            if total > tree_val[pos]:
                tree_val[pos], tree_arg[pos] = total, k
            pos += pos & -pos
        k += 1
    end = best_val.index(max(best_val))  # the first of the best
    chain = []
    while end != -1:
        chain.append(end)
        end = back[end]
    chain.reverse()
    return chain
