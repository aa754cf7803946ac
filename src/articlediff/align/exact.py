"""Pass 1, exact matches on a normal form (case, white space and typography ignored):
texts that occur once on each side anchor the alignment; repeated texts
("Advertisement") pair inside the same gap between anchors, in order.

    old ["A", "Ad", "B", "Ad"], new ["a", "B", "Ad"]: "A" and "B" anchor, (0, 0) and
    (2, 1); the one "Ad" left of the new side stands after "B", as the second old one
    does: (3, 2). Old "Ad" 1 stays free.
"""

from collections import Counter, defaultdict

from .moves import refresh_anchors
from .state import State


def match_exact(state: State) -> None:
    old_count, new_count = Counter(state.old_keys), Counter(state.new_keys)
    shared = [k for k in new_count if k in old_count]
    # Where each text stands: for a text that occurs once, its one place.
    old_at = {key: i for i, key in enumerate(state.old_keys)}
    new_at = {key: j for j, key in enumerate(state.new_keys)}
    unique = [k for k in shared if old_count[k] == 1 and new_count[k] == 1]
    for key in sorted(unique, key=old_at.__getitem__):
        state.pair(old_at[key], new_at[key], 1.0)
    refresh_anchors(state)
    # Repeated texts: pair occurrences that fall in the same gap between anchors,
    # in order, then whatever is left, in order.
    repeated = [k for k in shared if old_count[k] > 1 or new_count[k] > 1]
    state.repeated = frozenset(repeated)
    old_pos, new_pos = _positions(state.old_keys, repeated), _positions(state.new_keys, repeated)
    for key in repeated:
        olds, news = old_pos[key], new_pos[key]
        by_gap_old: dict[int, list[int]] = defaultdict(list)
        by_gap_new: dict[int, list[int]] = defaultdict(list)
        for i in olds:
            by_gap_old[state.gap(state.anchor_old, i)].append(i)
        for j in news:
            by_gap_new[state.gap(state.anchor_new, j)].append(j)
        left_old: list[int] = []
        left_new: list[int] = []
        for gap in sorted(set(by_gap_old) | set(by_gap_new)):
            o, n = by_gap_old.get(gap, []), by_gap_new.get(gap, [])
            for i, j in zip(o, n):
                state.pair(i, j, 1.0)
            left_old += o[len(n):]
            left_new += n[len(o):]
        for i, j in zip(left_old, left_new):
            state.pair(i, j, 1.0)
    if repeated:
        refresh_anchors(state)


def _positions(keys: list[str], wanted: list[str]) -> dict[str, list[int]]:
    """Where each of the ``wanted`` keys occurs in ``keys``."""
    positions: dict[str, list[int]] = {key: [] for key in wanted}
    if positions:
        for index, key in enumerate(keys):
            if key in positions:
                positions[key].append(index)
    return positions
