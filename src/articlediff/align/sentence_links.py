"""Pass 3, continued, sentence links: what of each sentence its own partner does not
account for is matched against what of the other side's sentences their partners do
not account for; where one holds a fair share of the other's weight in specific words,
their paragraphs are linked, strongest first, each link explaining its words away.
A sentence found as it is once on each side, or the one stock sentence of its kind on
each (see stock.py), links however few words it shares, where it keeps its place.

    old ["A1 A2", "B1"], new ["A1", "B1 A2"]: pairs (0, 0) and (1, 1); A2 is not in
    new 0 but is in new 1, so old 0 links to new 1 too: the edge (0, 1).
"""

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping

from ..text.sentences import split_sentences
from ..text.words import normalize
from .fuzzy import MOVED_THRESHOLD
from .index import _InvertedIndex, _Weights
from .state import State, _is_fragment, quoted_words, speaker_words
from .stock import stock_kind

#: The words of a sentence that its own partner does not account for tie it to a
#: sentence elsewhere when those found there weigh at least this share of the whole
#: sentence (a word weighs its inverse document frequency over the sentences in play).
SENTENCE_COVER = 0.3
#: ...and the two share this many words that are specific: found in few sentences,
#: an inverse document frequency at least ``index.SPECIFIC`` × its largest value.
SENTENCE_SPECIFIC_WORDS = 3
#: Beside a pair that holds one of them (see _beside), half that cover will do where
#: the words found are this share (by weight) of those the other sentence's partner
#: left out: the piece of a paragraph split off next to the rest of it, with new text
#: around it.
LOST_AND_FOUND = 0.6
#: What a sentence's own partner must cover, as a share of its weight, to count.
_OWN_COVER = 0.2
#: How many sentences of its partner may account for a sentence's words.
_MAX_COVERS = 3
#: The standing of a link by a sentence found as it is on both sides: above any share.
_SAME = 2.0
#: ...and of one by a stock sentence rewritten (see stock.py), next.
_STOCK = 1.5


class _Sentences:
    """The sentences of one side's paragraphs that are not exact matches, as bags of
    content words. A sentence found in more than one of those paragraphs is not
    ``distinct``: it cannot tell where text went, so it is never linked, though it
    still counts for its own paragraph."""

    def __init__(self, state: State, side: int) -> None:
        texts = state.old if side == 0 else state.new
        given = state.sentences[side]
        self.bags: list[Counter[str]] = []
        self.text: list[str] = []
        self.paragraph: list[int] = []
        self.of_paragraph: dict[int, list[int]] = defaultdict(list)
        #: The sentences of each paragraph, as written.
        self.texts: dict[int, set[str]] = defaultdict(set)
        places: dict[str, set[int]] = defaultdict(set)
        keys: list[str] = []
        for index, text in enumerate(texts):
            if state.is_exact(side, index) or _is_fragment(text):
                continue
            for sentence in given[index] if given is not None else split_sentences(text):
                bag = Counter(state.sentence_words(sentence))
                key = normalize(sentence)
                places[key].add(index)
                keys.append(key)
                self.of_paragraph[index].append(len(self.bags))
                self.texts[index].add(sentence)
                self.paragraph.append(index)
                self.text.append(sentence)
                self.bags.append(bag)
        self.distinct = [k for k, key in enumerate(keys) if len(places[key]) == 1]
        #: Each sentence's normal form (see text.words.normalize).
        self.key = keys
        #: The weight of each distinct sentence (see index._Weights), once the weights are known.
        self.weight: dict[int, float] = {}
        self._quoted: dict[int, frozenset[str]] = {}

    def quoted_words(self, state: State, k: int) -> frozenset[str]:
        """The content words sentence ``k`` quotes (see state.quoted_words)."""
        found = self._quoted.get(k)
        if found is None:
            found = self._quoted[k] = quoted_words(self.text[k], state.sentence_words)
        return found


_Sides = tuple[_Sentences, _Sentences]
_Residuals = list[dict[int, Mapping[str, int]]]


def link_sentences(state: State) -> None:
    """Link paragraphs that a sentence (or part of one) moved between."""
    sides = (_Sentences(state, 0), _Sentences(state, 1))
    if not sides[0].distinct or not sides[1].distinct:
        return
    weights = _Weights(sides[0].bags + sides[1].bags)
    for each in sides:
        each.weight = {k: weights.of(each.bags[k]) for k in each.distinct}
    partners = (state.old_to_new, state.new_to_old)
    # What of each sentence its own partner does not account for: only that can
    # have gone elsewhere, or come from elsewhere.
    residuals: _Residuals = [{}, {}]
    for side in (0, 1):
        own, others = sides[side], sides[1 - side]
        for k in own.distinct:
            partner = partners[side].get(own.paragraph[k])
            if partner is not None and own.text[k] in others.texts.get(partner, ()):
                residuals[side][k] = {}  # the partner has the sentence as it is
            else:
                residuals[side][k] = _residual(own.bags[k], weights, others, partner)
    # Every pairing of a sentence with one elsewhere that would hold, strongest
    # first; each one taken explains its words away on both sides, so a later,
    # weaker one that only shares those words no longer holds.
    proposals: list[tuple[float, int, int, int]] = []
    # A link that would be a move, too weak to stand on its own, may yet stand
    # beside a link found before it (a clause merged into the piece split off its
    # neighbour): such links are tried again once the others are in.
    waiting: list[tuple[float, int, int, int]] = []
    for side in (0, 1):
        targets, sources = sides[side], sides[1 - side]
        # Only a source with enough words left can take a share of a sentence,
        # and only a sentence with enough weight left can give one.
        index = _InvertedIndex(
            {k: res for k, res in residuals[1 - side].items() if len(res) >= SENTENCE_SPECIFIC_WORDS}
        )
        for t, uncovered in residuals[side].items():
            if len(uncovered) < SENTENCE_SPECIFIC_WORDS or (
                weights.of(uncovered) < SENTENCE_COVER * targets.weight[t]
            ):
                continue
            partner = partners[side].get(targets.paragraph[t])
            for source in index.candidates(uncovered):
                if sources.paragraph[source] == partner:
                    continue
                share = _share(state, sides, residuals, weights, side, t, source)
                if share > 0:
                    proposals.append((share, side, t, source))
                elif share < 0:  # a move too weak for now: see below
                    waiting.append((-share, side, t, source))
    # A sentence found as it is, once on each side, in paragraphs that do not
    # pair with each other, moved between them: however short it is ("25.", the
    # end of a date cut off by a full stop), where the two paragraphs stand in
    # place or beside each other's pairs.
    for t, source in _same_sentences(state, sides, residuals):
        proposals.append((_SAME, 0, t, source))
    # A stock sentence (an appeal for witnesses, a "declined to comment"), the one
    # of its kind on each side, rewritten in place, however few words it kept.
    for t, source in _stock_sentences(state, sides, residuals):
        proposals.append((_STOCK, 0, t, source))
    proposals.sort(key=lambda p: (-p[0], p[1], p[2], p[3]))
    waiting.sort(key=lambda p: (-p[0], p[1], p[2], p[3]))
    linked = set(state.old_to_new.items()).union(state.extra)
    carried: dict[tuple[int, int], float] = {}  # the weight each new edge carries
    for first, side, t, source in proposals + (waiting if proposals else []):
        if first in (_SAME, _STOCK):  # the two sentences account for each other
            # A sentence found as it is ties its paragraphs as firmly as a link can
            # (however few its words: "25.", the end of a date cut off).
            held = math.inf if first == _SAME else SENTENCE_COVER * weights.of(residuals[side][t])
            residuals[side][t] = residuals[1 - side][source] = {}
        else:
            if _share(state, sides, residuals, weights, side, t, source) <= 0:
                continue
            common = _common(residuals[side][t], residuals[1 - side][source])
            held = weights.of(common)
            residuals[side][t] = _minus(residuals[side][t], common)
            residuals[1 - side][source] = _minus(residuals[1 - side][source], common)
        paragraph, other = sides[side].paragraph[t], sides[1 - side].paragraph[source]
        edge = (paragraph, other) if side == 0 else (other, paragraph)
        if edge in carried:
            carried[edge] += held
        elif edge not in linked:
            linked.add(edge)
            state.extra.append(edge)
            carried[edge] = held
    # An edge weighs what of its two paragraphs' words it carries (at most a half,
    # as the edges of splits and merges do): of two links that cross, pass 4 then
    # keeps in place the one that carries more (a paragraph merged whole, the main
    # part of a split one) and marks the piece that jumped, not the share of one
    # sentence that each accounts for, which is often all of it for both.
    for (i, j), held in carried.items():
        whole = _paragraph_weight(sides[0], weights, i) + _paragraph_weight(sides[1], weights, j)
        state.score[(i, j)] = min(held / whole, 0.5) if whole else 0.0


def _paragraph_weight(sentences: _Sentences, weights: _Weights, paragraph: int) -> float:
    """The weight of a paragraph's words: its sentences' weights together."""
    return sum(weights.of(sentences.bags[k]) for k in sentences.of_paragraph[paragraph])


def _same_sentences(state: State, sides: _Sides, residuals: _Residuals) -> list[tuple[int, int]]:
    """The (old, new) sentences that are the same text, typography aside, each the
    only one of it on its side (see _one_each)."""
    return _one_each(state, sides, residuals, lambda side, k: sides[side].key[k])


def _stock_sentences(state: State, sides: _Sides, residuals: _Residuals) -> list[tuple[int, int]]:
    """The (old, new) stock sentences (see stock.py), each the one of its kind on
    its side (see _one_each)."""
    return _one_each(state, sides, residuals, lambda side, k: stock_kind(sides[side].text[k]))


def _one_each(
    state: State, sides: _Sides, residuals: _Residuals, key: Callable[[int, int], str | None]
) -> list[tuple[int, int]]:
    """The (old, new) sentences with the same ``key`` (of side, sentence), each the
    only one with it on its side, counting those that their partners do not
    account for, where the link keeps its place (see _keeps_place)."""
    keyed: tuple[dict[str, list[int]], dict[str, list[int]]] = (defaultdict(list), defaultdict(list))
    for side in (0, 1):
        if side and not keyed[0]:  # none on the old side: no need to look at the new
            break
        for k in sides[side].distinct:
            if residuals[side][k]:
                found = key(side, k)
                if found is not None:
                    keyed[side][found].append(k)
    pairs = []
    for found, olds in keyed[0].items():
        news = keyed[1].get(found, [])
        if len(olds) == 1 and len(news) == 1 and _keeps_place(state, sides, olds[0], news[0]):
            pairs.append((olds[0], news[0]))
    return pairs


def _keeps_place(state: State, sides: _Sides, t: int, k: int) -> bool:
    """May old sentence ``t`` and new sentence ``k``, whatever their words, tie
    their paragraphs? Where the paragraphs are not a pair already and the link
    stands in place, or beside a pair (and is no move into or out of a long
    quotation)."""
    i, j = sides[0].paragraph[t], sides[1].paragraph[k]
    if state.old_to_new.get(i) == j:
        return False
    return state.in_place(i, j) or (_beside(state, i, j) and state.may_move(i, j))


def _beside(state: State, i: int, j: int) -> bool:
    """Would linking old ``i`` and new ``j`` put them next to a pair that holds
    one of them, or that holds the paragraphs just before (or after) both? Such a
    link keeps its place beside that pair, wherever the pair itself stands: the
    piece of a paragraph split in two, next to the rest of it. Paragraphs that
    nothing holds (removed, or added) between them do not part them."""
    partner = state.old_to_new.get(i)
    if partner is not None and _next_to(state, 1, partner, j):
        return True
    partner = state.new_to_old.get(j)
    if partner is not None and _next_to(state, 0, partner, i):
        return True
    if state.old_to_new.get(i - 1, -2) == j - 1 or state.old_to_new.get(i + 1, -2) == j + 1:
        return True
    # A link found before counts as a pair does: the clause merged into the piece
    # split off its neighbour stands beside that neighbour.
    return any(
        (a == i and _next_to(state, 1, b, j)) or (b == j and _next_to(state, 0, a, i)) for a, b in state.extra
    )


def _next_to(state: State, side: int, a: int, b: int) -> bool:
    """Do paragraphs ``a`` and ``b`` of one side stand next to each other, with at
    most paragraphs that nothing holds between them?"""
    if abs(a - b) < 2:
        return a != b
    held = state.old_to_new if side == 0 else state.new_to_old
    ends = {e[side] for e in state.extra}
    return all(k not in held and k not in ends for k in range(min(a, b) + 1, max(a, b)))


def _share(
    state: State, sides: _Sides, residuals: _Residuals, weights: _Weights, side: int, t: int, source: int
) -> float:
    """How much of sentence ``t`` (on ``side``) the other side's sentence
    ``source`` accounts for, as a share of its weight, counting only the words
    neither one's partner accounts for; 0 when that is too little to tie them, and
    less than 0 (the share, negated) when it would hold but for being a move that
    neither overlaps enough nor stands beside a pair or a link."""
    targets, sources = sides[side], sides[1 - side]
    common = _common(residuals[side][t], residuals[1 - side][source])
    if len(common) < SENTENCE_SPECIFIC_WORDS or weights.specific(common) < SENTENCE_SPECIFIC_WORDS:
        return 0.0
    if _speakers_only(state, sides, side, t, source, common):
        return 0.0
    # The speaker's name does not count: the words shared besides it must still be
    # specific enough.
    speakers = speaker_words(targets.text[t], common.keys()) | speaker_words(sources.text[source], common.keys())
    if speakers & common.keys() and (
        weights.specific({w: n for w, n in common.items() if w not in speakers}) < SENTENCE_SPECIFIC_WORDS
    ):
        return 0.0
    total = targets.weight[t]
    held = weights.of(common)
    share = held / total if total else 0.0
    paragraph, other = targets.paragraph[t], sources.paragraph[source]
    i, j = (paragraph, other) if side == 0 else (other, paragraph)
    beside = _beside(state, i, j)
    if share < SENTENCE_COVER and not (
        beside
        and share >= SENTENCE_COVER / 2
        and held >= LOST_AND_FOUND * weights.of(residuals[1 - side][source])
        and not _names_only(common, targets.text[t], sources.text[source])
    ):
        return 0.0
    if not state.in_place(i, j):
        if not state.may_move(i, j):
            return 0.0
        if (
            not beside
            and 2 * weights.of(_common(targets.bags[t], sources.bags[source])) / (total + sources.weight[source])
            < MOVED_THRESHOLD
        ):
            return -share
    return share


def _names_only(common: Mapping[str, int], text: str, other: str) -> bool:
    """Are the words two sentences share all names, written with a capital in both
    (and not only as the first word)? Names carried over are not a piece of text:
    the two names a list lost, heading a new sentence of their own, are a small
    part of it, not a piece of the list."""
    for word in common:
        name = word[:1].upper() + word[1:]
        if not all(name in t and not t.startswith(name) for t in (text, other)):
            return False
    return True


def _speakers_only(state: State, sides: _Sides, side: int, t: int, source: int, common: Mapping[str, int]) -> bool:
    """Do sentence ``t`` (on ``side``) and ``source`` both quote someone, and share
    none of the quoted words? Then the words they share are those around the
    quotations, the attribution: who said it. A speaker changed (or two swapped) is
    each quotation edited where it stands, not text moved between them."""
    quoted_t = sides[side].quoted_words(state, t)
    if not quoted_t:
        return False
    quoted_source = sides[1 - side].quoted_words(state, source)
    return bool(quoted_source) and not (common.keys() & (quoted_t | quoted_source))


def _residual(
    counts: Mapping[str, int], weights: _Weights, others: _Sentences, partner: int | None
) -> Mapping[str, int]:
    """The words of a sentence that its partner paragraph (on the other side) does not
    account for: the sentences of the partner that hold a fair share of them
    (``_OWN_COVER`` of its weight), best first, take theirs away."""
    own = others.of_paragraph.get(partner, []) if partner is not None else []
    if not own:
        return counts
    uncovered: Mapping[str, int] = counts
    total = weights.of(counts)
    for _ in range(_MAX_COVERS):
        held, share = max(
            ((weights.of(common), common) for common in (_common(uncovered, others.bags[s]) for s in own)),
            key=lambda weighed: weighed[0],
        )
        if not share or held < _OWN_COVER * total:
            break
        uncovered = _minus(uncovered, share)
    return uncovered


def _common(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    """The words two bags share, each as often as both hold it."""
    if len(b) < len(a):
        a, b = b, a
    return {w: min(n, b[w]) for w, n in a.items() if w in b}


def _minus(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    """The words of ``a`` left once those of ``b`` are taken away."""
    return {w: n - b.get(w, 0) for w, n in a.items() if n > b.get(w, 0)}
