"""The paragraph aligner: the passes in their order, then the groups in the reading
order of the new version. See the package docstring for the method.
"""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from ..text.words import normalize
from .exact import match_exact
from .fuzzy import MOVED_THRESHOLD, match_fuzzy
from .index import _Bag, _dice, _shares_enough
from .moves import _Links, find_moves
from .sentence_links import link_sentences
from .splits import attach_splits_and_merges
from .state import State, match_words


class Group(NamedTuple):
    """Paragraphs that correspond: old indices, new indices (either may be empty)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    moved_pairs: tuple[tuple[int, int], ...] = ()
    """The (old, new) pairings in this group that changed their relative order."""
    links: tuple[tuple[int, int], ...] = ()
    """The (old, new) pairings that tie the group together: which old paragraph's
    text went into which new one. One pair for a one-to-one group."""

    @property
    def moved(self) -> bool:
        return bool(self.moved_pairs)


def align_paragraphs(
    old: Sequence[str],
    new: Sequence[str],
    *,
    sentences: bool = True,
    old_sentences: Sequence[Sequence[str]] | None = None,
    new_sentences: Sequence[Sequence[str]] | None = None,
    old_furniture: Collection[int] = (),
    new_furniture: Collection[int] = (),
) -> list[Group]:
    """Align two lists of paragraph texts. See the package docstring for the method.

    ``sentences=False`` leaves out the sentence links of pass 3 (for texts that are
    themselves sentences). ``old_sentences`` and ``new_sentences``, each paragraph's
    sentences, save splitting them again where the caller has them.
    ``old_furniture`` and ``new_furniture`` are the indices of page furniture on each
    side (boilerplate, bylines, datelines), which does not anchor the story (pass 4)."""
    # The passes break ties by position (the earlier old paragraph first), so the two
    # directions of one comparison could settle a tie differently and disagree about
    # more than the direction. Aligning in one fixed orientation, the lesser list as
    # "old", and turning the result round makes compare(b, a) the mirror image of
    # compare(a, b).
    flip = tuple(new) < tuple(old)
    if flip:
        state = State(new, old, sentences=(new_sentences, old_sentences), furniture=(new_furniture, old_furniture))
    else:
        state = State(old, new, sentences=(old_sentences, new_sentences), furniture=(old_furniture, new_furniture))
    match_exact(state)
    match_fuzzy(state)
    attach_splits_and_merges(state)
    if sentences:
        link_sentences(state)
    links = find_moves(state)
    return _reading_order(links.transposed() if flip else links, len(old), len(new))


def align_one(old: str, new: str) -> list[Group]:
    """``align_paragraphs([old], [new], sentences=False)``, decided directly: the two
    pair when they are the same text, typography aside, or when they share enough
    content words with the overlap a move needs. (Standing alone they are in place,
    but a weaker pairing must share two words few of the texts in play hold, and of
    two texts no word both hold is held by few.)"""
    if normalize(old) != normalize(new):
        a, b = _Bag.of(match_words(old)), _Bag.of(match_words(new))
        dice, shared = _dice(a, b)
        if not _shares_enough(shared, min(a.size, b.size)) or dice < MOVED_THRESHOLD:
            return [Group((0,), ()), Group((), (0,))]
    return [Group((0,), (0,), (), ((0, 0),))]


def _connected(edges: list[tuple[int, int]], old_count: int, new_count: int) -> Iterable[list[tuple[int, int]]]:
    """The (old, new) edges in groups that are connected sets of them."""
    # Old paragraph i is node i, new paragraph j node old_count + j.
    parent = list(range(old_count + new_count))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in edges:
        a, b = root(i), root(old_count + j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for edge in edges:
        members[root(edge[0])].append(edge)
    return members.values()


def _reading_order(links: _Links, old_count: int, new_count: int) -> list[Group]:
    """The groups in the reading order of the new version, each removed paragraph
    after the block holding the nearest earlier old paragraph that kept its place."""
    edges = [*links.pairs.items(), *links.extra]
    moved_set = set(links.moved)
    stable_old = sorted({i for i, j in edges if (i, j) not in moved_set})

    # The groups of linked paragraphs and the added paragraphs, by the first new
    # paragraph of each.
    starting_at: dict[int, Group] = {}
    block_of_old: dict[int, int] = {}  # old paragraph → where its group starts
    # Most pairs are a group of their own: no other edge touches either paragraph.
    # Only the rest need the union-find.
    linked_old, linked_new = {i for i, _ in links.extra}, {j for _, j in links.extra}
    joined = list(links.extra)
    for i, j in links.pairs.items():
        if i in linked_old or j in linked_new:
            joined.append((i, j))
        else:
            edge = (i, j)
            starting_at[j] = Group((i,), (j,), (edge,) if edge in moved_set else (), (edge,))
            block_of_old[i] = j
    for group_edges in _connected(joined, old_count, new_count):
        group_edges.sort()
        olds = tuple(sorted({i for i, _ in group_edges}))
        news = tuple(sorted({j for _, j in group_edges}))
        moved = tuple(sorted(e for e in group_edges if e in moved_set))
        starting_at[news[0]] = Group(olds, news, moved, tuple(group_edges))
        for o in olds:
            block_of_old[o] = news[0]
    matched_new = {j for _, j in edges}
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
