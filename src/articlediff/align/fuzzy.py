"""Pass 2, fuzzy matches for the paragraphs left free: candidates come from an
inverted index of each paragraph's rarest content words and from the few free
paragraphs facing it between the same two anchors; a pair needs enough content words
in common (see index._shares_enough) and a Dice overlap of at least
``IN_PLACE_THRESHOLD`` in place, ``MOVED_THRESHOLD`` as a move. A fragment (a title or
label) pairs with prose only when nothing else claims either.

    old ["A", "B", "C"], new ["A", "B, edited", "C"]: "A" and "C" anchor; "B" and
    "B, edited" face each other between them and share most words: pair (1, 1).
"""

from collections import Counter, defaultdict

from .index import _dice, _InvertedIndex, _rare, _shares_enough
from .moves import refresh_anchors
from .state import State

#: Minimum content-word overlap (Dice) for a pairing that keeps the order of the
#: paragraphs around it.
IN_PLACE_THRESHOLD = 0.3
#: Minimum overlap for a pairing that would be a move: a paragraph far from where it
#: stood must be recognisably the same.
MOVED_THRESHOLD = 0.5
#: Between near-duplicates, a pairing in place beats a move unless the move's overlap
#: is better by this much.
MOVE_HANDICAP = 0.1
#: A pairing weaker than a moved one needs this many words in common that few of the
#: paragraphs in play hold (as index.SPECIFIC defines few).
_WEAK_PAIR_SPECIFIC = 2
#: How many free old paragraphs on either side of the one facing a free new paragraph
#: (between the same two anchors) it is also scored against.
_FACING = 3


def match_fuzzy(state: State) -> None:
    free_old = [i for i in range(len(state.old)) if i not in state.old_to_new]
    free_new = [j for j in range(len(state.new)) if j not in state.new_to_old]
    if not free_old or not free_new:
        return
    index = _InvertedIndex({i: state.words(0, i).counts for i in free_old})
    # A weak pairing must share words that few of the paragraphs in play hold, not
    # "Federal Reserve" in a story about it; they are found when first needed.
    rare: set[str] | None = None
    old_by_gap: dict[int, list[int]] = defaultdict(list)
    new_by_gap: dict[int, list[int]] = defaultdict(list)
    for i in free_old:
        old_by_gap[state.gap(state.anchor_old, i)].append(i)
    for j in free_new:
        new_by_gap[state.gap(state.anchor_new, j)].append(j)
    # (a fragment facing prose, standing, overlap, old, new): a title or label pairs
    # with prose only when nothing else claims either; a move ranks below a pairing
    # in place that is nearly as close.
    candidates: list[tuple[bool, float, float, int, int]] = []
    for gap, news in new_by_gap.items():
        olds = old_by_gap.get(gap, [])
        for rank, j in enumerate(news):
            new_words = state.words(1, j)
            # The index finds paragraphs that share rare words, wherever they are;
            # the free paragraphs facing this one between the same anchors are
            # compared too, however common their words.
            nearby = _facing(olds, rank, len(news))
            fragment = state.fragment(1, j)
            for i in set(index.candidates(new_words.counts)).union(nearby):
                old_words = state.words(0, i)
                dice, shared = _dice(old_words, new_words)
                in_place = state.gap(state.anchor_old, i) == gap
                if not _shares_enough(shared, min(old_words.size, new_words.size)) or dice < (
                    IN_PLACE_THRESHOLD if in_place else MOVED_THRESHOLD
                ):
                    # ...unless the two quote the same words where they stand: a
                    # short quotation whose speaker changed ("'We are ready,' said
                    # the mayor" → "..., said her deputy") is that paragraph edited.
                    if not in_place or _quoted_overlap(state, i, j) != 1.0:
                        continue
                elif not in_place and not state.may_move(i, j):
                    continue
                elif dice < MOVED_THRESHOLD:
                    if rare is None:
                        rare = _rare_words(state, free_old, free_new)
                    if len(old_words.counts.keys() & new_words.counts.keys() & rare) < _WEAK_PAIR_SPECIFIC:
                        continue
                # Two paragraphs that quote someone are the same paragraph when
                # theirs is the same quotation, whoever is said to have said it: a
                # speaker changed, or two swapped, is an edit in place. So the
                # quotations rank the pairings, and a move must carry its quotation.
                quoted = _quoted_overlap(state, i, j)
                if quoted is not None:
                    if not in_place and not quoted:
                        continue
                    dice_standing = quoted
                else:
                    dice_standing = dice
                standing = dice_standing if in_place else dice_standing - MOVE_HANDICAP
                candidates.append((state.fragment(0, i) != fragment, standing, dice, i, j))
    candidates.sort(key=lambda c: (c[0], -c[1], c[3], c[4]))
    paired = len(state.old_to_new)
    for _, _, dice, i, j in candidates:
        if i not in state.old_to_new and j not in state.new_to_old:
            state.pair(i, j, dice)
    if len(state.old_to_new) > paired:
        refresh_anchors(state)


def _quoted_overlap(state: State, i: int, j: int) -> float | None:
    """How alike the quotations of old ``i`` and new ``j`` are (Dice over their
    content words), when both paragraphs quote someone; None otherwise."""
    old_quoted, new_quoted = state.quoted_words(0, i), state.quoted_words(1, j)
    if not old_quoted or not new_quoted:
        return None
    return 2 * len(old_quoted & new_quoted) / (len(old_quoted) + len(new_quoted))


def _rare_words(state: State, free_old: list[int], free_new: list[int]) -> set[str]:
    """The words that few of the free paragraphs hold (see index._rare)."""
    frequency = Counter(word for i in free_old for word in state.words(0, i).counts)
    frequency.update(word for j in free_new for word in state.words(1, j).counts)
    return _rare(frequency, len(free_old) + len(free_new))


def _facing(olds: list[int], rank: int, count: int) -> list[int]:
    """The few of ``olds`` (free old paragraphs between two anchors) that stand about
    where the ``rank``-th of ``count`` free new paragraphs between the same anchors
    stands: all of them if there are few."""
    if len(olds) <= 2 * _FACING + 1:
        return olds
    middle = rank * len(olds) // count
    return olds[max(0, middle - _FACING) : middle + _FACING + 1]
