"""Pass 3, splits and merges: a paragraph left free whose content words mostly come
from one edited pair's paragraph, and that brings words its partner lacks, joins the
pair (if that would be a move, only when nearly all its words are found there).

    old ["A", "B C", "D"], new ["A", "B", "C", "D"]: "B C" pairs with "B" (1, 1), and
    "C", made of the words "B" lacks, joins them: the edge (1, 2), a split.
"""

from collections import Counter

from .fuzzy import MOVED_THRESHOLD
from .index import _dice, _InvertedIndex, _shares_enough
from .state import State, speaker_words

#: Minimum share of a leftover paragraph's content words found in a paired paragraph
#: for it to count as split off from (or merged into) that paragraph.
SPLIT_CONTAINMENT = 0.4
#: A leftover paragraph that would be a move joins a pair only when it is nearly all
#: found there (this share of its words), or overlaps it as much as a moved pair must.
MOVED_CONTAINMENT = 0.7
#: Minimum share of the paired paragraph's words that the leftover brings in addition.
SPLIT_GAIN = 0.15


def attach_splits_and_merges(state: State) -> None:
    edited = [(i, j) for i, j in state.old_to_new.items() if state.old_keys[i] != state.new_keys[j]]
    if not edited:
        return
    free_new = [j for j in range(len(state.new)) if j not in state.new_to_old]
    free_old = [i for i in range(len(state.old)) if i not in state.old_to_new]
    # A split: a free new paragraph made of words from a paired old paragraph.
    _attach(state, free_new, side=1, partners={i: j for i, j in edited}, partner_side=0)
    # A merge: a free old paragraph whose words went into a paired new paragraph.
    _attach(state, free_old, side=0, partners={j: i for i, j in edited}, partner_side=1)


def _attach(state: State, free: list[int], *, side: int, partners: dict[int, int], partner_side: int) -> None:
    if not free or not partners:
        return
    index = _InvertedIndex({p: state.words(partner_side, p).counts for p in partners})
    for f in free:
        piece = state.words(side, f)
        if not piece.size:
            continue
        fragment = state.fragment(side, f)
        best: tuple[float, int] | None = None
        for p in index.candidates(piece.counts):
            if state.fragment(partner_side, p) != fragment:
                continue
            whole = state.words(partner_side, p)
            shared = whole.shared(piece)
            if not _shares_enough(shared, piece.size):
                continue
            containment = shared / piece.size
            if containment < SPLIT_CONTAINMENT:
                continue
            other = state.words(side, partners[p])
            gain = _gain(whole.counts, other.counts, piece.counts) / whole.size
            if gain < SPLIT_GAIN:
                continue
            i, j = (p, f) if side == 1 else (f, p)
            if not state.in_place(i, j) and (
                not state.may_move(i, j)
                or (containment < MOVED_CONTAINMENT and _dice(whole, piece)[0] < MOVED_THRESHOLD)
            ):
                continue
            if (best is None or containment > best[0]) and not _only_a_name(state, side, f, p, shared):
                best = (containment, p)
        if best is not None:
            containment, p = best
            edge = (p, f) if side == 1 else (f, p)
            state.extra.append(edge)
            state.score[edge] = containment * 0.5  # below any pair


def _only_a_name(state: State, side: int, f: int, p: int, shared: int) -> bool:
    """Is the speaker's name most of what paragraph ``f`` (on ``side``) shares with
    ``p``? A name alone is a phrase carried over, not text: besides it, the two must
    still share enough words ("The official cause is still under investigation, said
    Prime Minister Anutin Charnvirakul" is not merged into another paragraph that
    names him)."""
    piece, whole = state.words(side, f), state.words(1 - side, p)
    texts = (state.old, state.new)
    both = piece.counts.keys() & whole.counts.keys()
    named = len(speaker_words(texts[side][f], both) | speaker_words(texts[1 - side][p], both))
    return named > 0 and not _shares_enough(shared - named, piece.size - named)


def _gain(whole: Counter[str], other: Counter[str], piece: Counter[str]) -> int:
    """How many more of ``whole``'s words ``other`` covers once ``piece`` joins it:
    the size of ``whole & (other + piece)`` less that of ``whole & other``."""
    gained = 0
    for w in whole.keys() & piece.keys():
        have, had = whole[w], other[w]
        if had < have:  # seldom: ``other``, the partner, holds most of ``whole``'s words already
            gained += min(have, had + piece[w]) - had
    return gained
