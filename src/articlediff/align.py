"""Align stage: old and new paragraph lists → groups of corresponding paragraphs.

The method, in four passes:

1. Exact matches on a normal form (case, white space and typography ignored): texts
   that occur once on each side anchor the alignment; repeated texts ("Advertisement")
   are paired inside the same gap between anchors, in order.
2. Fuzzy matches for what is left: candidates come from an inverted index of each
   paragraph's rarest content words, and from the few left-over paragraphs facing it
   between the same two anchors, so a paragraph is only ever compared with a few
   others; a pair needs three content words in common (two for a paragraph of four or
   fewer; stop words never count) and a Dice overlap of content words of at least
   ``IN_PLACE_THRESHOLD`` where it keeps the order of its neighbours and
   ``MOVED_THRESHOLD`` where it would be a move; one weaker than that must share two
   words that few of the paragraphs in play hold. A fragment (a title or label: short,
   no closing punctuation) pairs with prose only when nothing else claims either.
3. Splits and merges: a paragraph left over whose content words mostly come from one
   already-paired paragraph, and that brings words its partner lacks, joins the pair
   (if that would be a move, only when nearly all its words are found there). Then
   sentences: what of each sentence its own partner does not account for is matched
   against what of the other side's sentences their partners do not account for;
   where one sentence holds a fair share of another's weight in words few sentences
   hold (weights are inverse document frequencies), their paragraphs are linked,
   strongest first, each link explaining its words away. So a sentence moved from one
   paragraph into another ties them even when both are already paired, and a block
   may hold several old and several new paragraphs, with the links between them. A
   link that would be a move needs the overlap a moved paragraph needs, unless it
   stands beside a pair: next to the partner of one of its paragraphs, or with the
   paragraphs before (or after) both paired to each other, as the piece of a split
   paragraph stands next to the rest of it. There half the share will do where the
   words found are most of what the other sentence's partner left out, and a
   sentence found as it is, once on each side, links however short it is (the "25."
   of a date cut in two at its full stop). A stock sentence (an appeal for witnesses,
   a "declined to comment"; see stock.py), the one of its kind on each side that its
   partner leaves unexplained, links where it stands in place or beside a pair, in
   whatever words it was rewritten. A sentence found in several paragraphs of one
   side never links.
   Nothing in passes 2 and 3 ties prose, by a move, to a paragraph that stands inside
   a quotation running over several paragraphs on the other side (from the paragraph
   that leaves it open to the one that closes it): such a quotation is a text quoted
   whole, a directive or a letter, and where it restates the story's prose elsewhere
   it repeats it rather than being that prose moved. In place, the two may pair (a
   paraphrase turned into the quotation it reported).
4. Moves: the minimal set of pairings that cross the others, found as the complement
   of a maximum-weight increasing chain (a weighted longest increasing subsequence,
   O(n log n)); ties keep the more similar pairs in place. Page furniture (the
   caller's say: compare gives boilerplate, bylines and datelines) does not anchor: a
   pair of it counts for less in the chain than any pair of the story, so an
   "Advertisement" left in its slot while the story's paragraphs shift past it does
   not make them moved; and furniture the page repeats is never marked moved itself,
   having no place of its own.

The result lists every paragraph of each side exactly once, in the reading order of
the new version, with each removed paragraph where it stood.
"""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import NamedTuple

from .stock import stock_kind
from .text.marks import inside_long_quotations
from .text.sentences import split_sentences
from .text.words import content_words, normalize

#: Minimum content-word overlap (Dice) for a pairing that keeps the order of the
#: paragraphs around it.
IN_PLACE_THRESHOLD = 0.3
#: Minimum overlap for a pairing that would be a move: a paragraph far from where it
#: stood must be recognisably the same.
MOVED_THRESHOLD = 0.5
#: Between near-duplicates, a pairing in place beats a move unless the move's overlap
#: is better by this much.
MOVE_HANDICAP = 0.1
#: Minimum share of a leftover paragraph's content words found in a paired paragraph
#: for it to count as split off from (or merged into) that paragraph.
SPLIT_CONTAINMENT = 0.4
#: A leftover paragraph that would be a move joins a pair only when it is nearly all
#: found there (this share of its words), or overlaps it as much as a moved pair must.
MOVED_CONTAINMENT = 0.7
#: Minimum share of the paired paragraph's words that the leftover brings in addition.
SPLIT_GAIN = 0.15
#: The words of a sentence that its own partner does not account for tie it to a
#: sentence elsewhere when those found there weigh at least this share of the whole
#: sentence (a word weighs its inverse document frequency over the sentences in play).
SENTENCE_COVER = 0.3
#: ...and the two share this many words that are specific: found in few sentences,
#: an inverse document frequency at least ``SPECIFIC`` × its largest value.
SENTENCE_SPECIFIC_WORDS = 3
SPECIFIC = 0.55
#: Beside a pair that holds one of them (see _Aligner._beside), half that cover will
#: do where the words found are this share (by weight) of those the other sentence's
#: partner left out: the piece of a paragraph split off next to the rest of it, with
#: new text around it.
LOST_AND_FOUND = 0.6
#: A pairing weaker than a moved one needs this many words in common that few of the
#: paragraphs in play hold (as SPECIFIC defines few).
_WEAK_PAIR_SPECIFIC = 2
#: What a sentence's own partner must cover, as a share of its weight, to count.
_OWN_COVER = 0.2
#: How many sentences of its partner may account for a sentence's words.
_MAX_COVERS = 3
#: How many candidates each paragraph is scored against, and how many of its rarest
#: words look them up; together they bound the fuzzy pass to linear time.
_MAX_CANDIDATES = 8
_LOOKUP_WORDS = 10
_MAX_POSTINGS = 64
#: How many free old paragraphs on either side of the one facing a free new paragraph
#: (between the same two anchors) it is also scored against.
_FACING = 3
#: The standing of a link by a sentence found as it is on both sides: above any share.
_SAME = 2.0
#: ...and of one by a stock sentence rewritten (see stock.py), next.
_STOCK = 1.5


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
    """Align two lists of paragraph texts. See the module docstring for the method.

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
        aligner = _Aligner(new, old, sentences=(new_sentences, old_sentences), furniture=(new_furniture, old_furniture))
    else:
        aligner = _Aligner(old, new, sentences=(old_sentences, new_sentences), furniture=(old_furniture, new_furniture))
    aligner.match_exact()
    aligner.match_fuzzy()
    aligner.attach_splits_and_merges()
    if sentences:
        aligner.link_sentences()
    links = aligner.links()
    return _reading_order(links.transposed() if flip else links, len(old), len(new))


def align_one(old: str, new: str) -> list[Group]:
    """``align_paragraphs([old], [new], sentences=False)``, decided directly: the two
    pair when they are the same text, typography aside, or when they share enough
    content words with the overlap a move needs. (Standing alone they are in place,
    but a weaker pairing must share two words few of the texts in play hold, and of
    two texts no word both hold is held by few.)"""
    if normalize(old) != normalize(new):
        a, b = _Bag.of(content_words(old)), _Bag.of(content_words(new))
        dice, shared = _dice(a, b)
        if not _shares_enough(shared, min(a.size, b.size)) or dice < MOVED_THRESHOLD:
            return [Group((0,), ()), Group((), (0,))]
    return [Group((0,), (0,), (), ((0, 0),))]


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


class _Aligner:
    def __init__(
        self,
        old: Sequence[str],
        new: Sequence[str],
        *,
        sentences: tuple[Sequence[Sequence[str]] | None, Sequence[Sequence[str]] | None] = (None, None),
        furniture: tuple[Collection[int], Collection[int]] = ((), ()),
    ) -> None:
        self.old = old
        self.new = new
        #: Each side's page furniture (see align_paragraphs), as sets.
        self.furniture = (frozenset(furniture[0]), frozenset(furniture[1]))
        #: The texts found on both sides, more than once on one (found by pass 1).
        self._repeated: frozenset[str] = frozenset()
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
        #: Each side's paragraphs split into sentences, where the caller has them.
        self.sentences = sentences
        self._sentence_words: dict[str, list[str]] = {}
        #: For each side, the paragraphs inside a quotation that runs over several
        #: (found when a move first needs them).
        self._quoted: tuple[set[int], set[int]] | None = None

    # -- helpers ------------------------------------------------------------------

    def _pair(self, i: int, j: int, score: float) -> None:
        self.old_to_new[i] = j
        self.new_to_old[j] = i
        if score != 1.0:
            self.score[(i, j)] = score

    def _score(self, i: int, j: int) -> float:
        return self.score.get((i, j), 1.0)

    def _words(self, side: int, index: int) -> "_Bag":
        key = (side, index)
        cached = self._words_cache.get(key)
        if cached is None:
            given = self.sentences[side]
            if given is None:
                text = self.old[index] if side == 0 else self.new[index]
                cached = _Bag.of(content_words(text))
            else:  # a paragraph's words are its sentences' words, which pass 3 needs too
                cached = _Bag.of([w for sentence in given[index] for w in self.sentence_words(sentence)])
            self._words_cache[key] = cached
        return cached

    def sentence_words(self, sentence: str) -> list[str]:
        """The content words of a sentence, found once for both sides."""
        found = self._sentence_words.get(sentence)
        if found is None:
            found = self._sentence_words[sentence] = content_words(sentence)
        return found

    def _gap(self, anchors: list[int], index: int) -> int:
        return bisect_left(anchors, index)

    def _in_place(self, i: int, j: int) -> bool:
        """Would pairing old ``i`` with new ``j`` keep the order of the anchors (cross
        none of them)? Anchors before ``i`` must not come after ``j``, and the other
        way round."""
        old_before, old_upto = bisect_left(self.anchor_old, i), bisect_right(self.anchor_old, i)
        new_before, new_upto = bisect_left(self.anchor_new, j), bisect_right(self.anchor_new, j)
        return old_before <= new_upto and new_before <= old_upto

    def _may_move(self, i: int, j: int) -> bool:
        """May old ``i`` and new ``j`` be tied by a move? Not when one of them stands
        inside a quotation of several paragraphs and the other not: such a quotation
        is a text quoted whole (a directive, a letter), and where it restates the
        story's prose elsewhere, it repeats it."""
        if self._quoted is None:
            marks: dict[str, list[str]] = {}  # the versions share most paragraphs: each is read once
            self._quoted = (inside_long_quotations(self.old, marks), inside_long_quotations(self.new, marks))
        return (i in self._quoted[0]) == (j in self._quoted[1])

    def _is_exact(self, side: int, index: int) -> bool:
        if side == 0:
            j = self.old_to_new.get(index)
            return j is not None and self.old_keys[index] == self.new_keys[j]
        i = self.new_to_old.get(index)
        return i is not None and self.new_keys[index] == self.old_keys[i]

    def _fragment(self, side: int, index: int) -> bool:
        return _is_fragment(self.old[index] if side == 0 else self.new[index])

    def _is_furniture(self, i: int, j: int) -> bool:
        """Is the pair or edge (old ``i``, new ``j``) page furniture on both sides?"""
        return i in self.furniture[0] and j in self.furniture[1]

    def _story_units(self, edges: Iterable[tuple[int, int]]) -> Sequence[int] | None:
        """What each edge counts for in an increasing chain: 1, or 0 for furniture;
        None when there is no furniture (every edge counts 1)."""
        old_furniture, new_furniture = self.furniture
        if not old_furniture or not new_furniture:
            return None
        return [0 if i in old_furniture and j in new_furniture else 1 for i, j in edges]

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
        self._repeated = frozenset(repeated)
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
        chain = _increasing_chain(
            news, [self._score(i, j) for i, j in zip(olds, news)], self._story_units(zip(olds, news))
        )
        self.anchor_old = [olds[c] for c in chain]
        self.anchor_new = [news[c] for c in chain]

    # -- pass 2: fuzzy -----------------------------------------------------------------

    def match_fuzzy(self) -> None:
        free_old = [i for i in range(len(self.old)) if i not in self.old_to_new]
        free_new = [j for j in range(len(self.new)) if j not in self.new_to_old]
        if not free_old or not free_new:
            return
        index = _InvertedIndex({i: self._words(0, i).counts for i in free_old})
        # A weak pairing must share words that few of the paragraphs in play hold, not
        # "Federal Reserve" in a story about it; they are found when first needed.
        rare: set[str] | None = None
        old_by_gap: dict[int, list[int]] = defaultdict(list)
        new_by_gap: dict[int, list[int]] = defaultdict(list)
        for i in free_old:
            old_by_gap[self._gap(self.anchor_old, i)].append(i)
        for j in free_new:
            new_by_gap[self._gap(self.anchor_new, j)].append(j)
        # (a fragment facing prose, standing, overlap, old, new): a title or label pairs
        # with prose only when nothing else claims either; a move ranks below a pairing
        # in place that is nearly as close.
        candidates: list[tuple[bool, float, float, int, int]] = []
        for gap, news in new_by_gap.items():
            olds = old_by_gap.get(gap, [])
            for rank, j in enumerate(news):
                new_words = self._words(1, j)
                # The index finds paragraphs that share rare words, wherever they are;
                # the free paragraphs facing this one between the same anchors are
                # compared too, however common their words.
                nearby = _facing(olds, rank, len(news))
                fragment = self._fragment(1, j)
                for i in set(index.candidates(new_words.counts)).union(nearby):
                    old_words = self._words(0, i)
                    dice, shared = _dice(old_words, new_words)
                    if not _shares_enough(shared, min(old_words.size, new_words.size)):
                        continue
                    in_place = self._gap(self.anchor_old, i) == gap
                    if dice < (IN_PLACE_THRESHOLD if in_place else MOVED_THRESHOLD):
                        continue
                    if not in_place and not self._may_move(i, j):
                        continue
                    if dice < MOVED_THRESHOLD:
                        if rare is None:
                            rare = self._rare_words(free_old, free_new)
                        if len(old_words.counts.keys() & new_words.counts.keys() & rare) < _WEAK_PAIR_SPECIFIC:
                            continue
                    standing = dice if in_place else dice - MOVE_HANDICAP
                    candidates.append((self._fragment(0, i) != fragment, standing, dice, i, j))
        candidates.sort(key=lambda c: (c[0], -c[1], c[3], c[4]))
        paired = len(self.old_to_new)
        for _, _, dice, i, j in candidates:
            if i not in self.old_to_new and j not in self.new_to_old:
                self._pair(i, j, dice)
        if len(self.old_to_new) > paired:
            self._refresh_anchors()

    def _rare_words(self, free_old: list[int], free_new: list[int]) -> set[str]:
        """The words that few of the free paragraphs hold (see _rare)."""
        frequency = Counter(word for i in free_old for word in self._words(0, i).counts)
        frequency.update(word for j in free_new for word in self._words(1, j).counts)
        return _rare(frequency, len(free_old) + len(free_new))

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
        index = _InvertedIndex({p: self._words(partner_side, p).counts for p in partners})
        for f in free:
            piece = self._words(side, f)
            if not piece.size:
                continue
            fragment = self._fragment(side, f)
            best: tuple[float, int] | None = None
            for p in index.candidates(piece.counts):
                if self._fragment(partner_side, p) != fragment:
                    continue
                whole = self._words(partner_side, p)
                shared = whole.shared(piece)
                if not _shares_enough(shared, piece.size):
                    continue
                containment = shared / piece.size
                if containment < SPLIT_CONTAINMENT:
                    continue
                other = self._words(side, partners[p])
                gain = _gain(whole.counts, other.counts, piece.counts) / whole.size
                if gain < SPLIT_GAIN:
                    continue
                i, j = (p, f) if side == 1 else (f, p)
                if not self._in_place(i, j) and (
                    not self._may_move(i, j)
                    or (containment < MOVED_CONTAINMENT and _dice(whole, piece)[0] < MOVED_THRESHOLD)
                ):
                    continue
                if best is None or containment > best[0]:
                    best = (containment, p)
            if best is not None:
                containment, p = best
                edge = (p, f) if side == 1 else (f, p)
                self.extra.append(edge)
                self.score[edge] = containment * 0.5  # below any pair

    # -- pass 3, continued: sentences ---------------------------------------------------

    def link_sentences(self) -> None:
        """Link paragraphs that a sentence (or part of one) moved between."""
        sides = (_Sentences(self, 0), _Sentences(self, 1))
        if not sides[0].distinct or not sides[1].distinct:
            return
        weights = _Weights(sides[0].bags + sides[1].bags)
        for each in sides:
            each.weight = {k: weights.of(each.bags[k]) for k in each.distinct}
        partners = (self.old_to_new, self.new_to_old)
        # What of each sentence its own partner does not account for: only that can
        # have gone elsewhere, or come from elsewhere.
        residuals: list[dict[int, Mapping[str, int]]] = [{}, {}]
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
                    share = self._share(sides, residuals, weights, side, t, source)
                    if share:
                        proposals.append((share, side, t, source))
        # A sentence found as it is, once on each side, in paragraphs that do not
        # pair with each other, moved between them: however short it is ("25.", the
        # end of a date cut off by a full stop), where the two paragraphs stand in
        # place or beside each other's pairs.
        for t, source in self._same_sentences(sides, residuals):
            proposals.append((_SAME, 0, t, source))
        # A stock sentence (an appeal for witnesses, a "declined to comment"), the one
        # of its kind on each side, rewritten in place, however few words it kept.
        for t, source in self._stock_sentences(sides, residuals):
            proposals.append((_STOCK, 0, t, source))
        proposals.sort(key=lambda p: (-p[0], p[1], p[2], p[3]))
        linked = set(self.old_to_new.items()).union(self.extra)
        for first, side, t, source in proposals:
            if first in (_SAME, _STOCK):  # the two sentences account for each other
                share = 1.0 if first == _SAME else SENTENCE_COVER
                residuals[side][t] = residuals[1 - side][source] = {}
            else:
                share = self._share(sides, residuals, weights, side, t, source)
                if not share:
                    continue
                common = _common(residuals[side][t], residuals[1 - side][source])
                residuals[side][t] = _minus(residuals[side][t], common)
                residuals[1 - side][source] = _minus(residuals[1 - side][source], common)
            paragraph, other = sides[side].paragraph[t], sides[1 - side].paragraph[source]
            edge = (paragraph, other) if side == 0 else (other, paragraph)
            if edge not in linked:
                linked.add(edge)
                self.extra.append(edge)
                self.score[edge] = share * 0.5  # below any pair

    def _same_sentences(
        self, sides: tuple["_Sentences", "_Sentences"], residuals: list[dict[int, Mapping[str, int]]]
    ) -> list[tuple[int, int]]:
        """The (old, new) sentences that are the same text, typography aside, each the
        only one of it on its side (see _one_each)."""
        return self._one_each(sides, residuals, lambda side, k: sides[side].key[k])

    def _stock_sentences(
        self, sides: tuple["_Sentences", "_Sentences"], residuals: list[dict[int, Mapping[str, int]]]
    ) -> list[tuple[int, int]]:
        """The (old, new) stock sentences (see stock.py), each the one of its kind on
        its side (see _one_each)."""
        return self._one_each(sides, residuals, lambda side, k: stock_kind(sides[side].text[k]))

    def _one_each(
        self, sides: tuple["_Sentences", "_Sentences"], residuals: list[dict[int, Mapping[str, int]]],
        key: Callable[[int, int], str | None],
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
            if len(olds) == 1 and len(news) == 1 and self._keeps_place(sides, olds[0], news[0]):
                pairs.append((olds[0], news[0]))
        return pairs

    def _keeps_place(self, sides: tuple["_Sentences", "_Sentences"], t: int, k: int) -> bool:
        """May old sentence ``t`` and new sentence ``k``, whatever their words, tie
        their paragraphs? Where the paragraphs are not a pair already and the link
        stands in place, or beside a pair (and is no move into or out of a long
        quotation)."""
        i, j = sides[0].paragraph[t], sides[1].paragraph[k]
        if self.old_to_new.get(i) == j:
            return False
        return self._in_place(i, j) or (self._beside(i, j) and self._may_move(i, j))

    def _beside(self, i: int, j: int) -> bool:
        """Would linking old ``i`` and new ``j`` put them next to a pair that holds
        one of them, or that holds the paragraphs just before (or after) both? Such a
        link keeps its place beside that pair, wherever the pair itself stands: the
        piece of a paragraph split in two, next to the rest of it."""
        return (
            self.old_to_new.get(i) in (j - 1, j + 1)
            or self.new_to_old.get(j) in (i - 1, i + 1)
            or self.old_to_new.get(i - 1, -2) == j - 1
            or self.old_to_new.get(i + 1, -2) == j + 1
        )

    def _share(
        self, sides: tuple["_Sentences", "_Sentences"], residuals: list[dict[int, Mapping[str, int]]],
        weights: "_Weights", side: int, t: int, source: int,
    ) -> float:
        """How much of sentence ``t`` (on ``side``) the other side's sentence
        ``source`` accounts for, as a share of its weight, counting only the words
        neither one's partner accounts for; 0 when that is too little to tie them."""
        targets, sources = sides[side], sides[1 - side]
        common = _common(residuals[side][t], residuals[1 - side][source])
        if len(common) < SENTENCE_SPECIFIC_WORDS or weights.specific(common) < SENTENCE_SPECIFIC_WORDS:
            return 0.0
        total = targets.weight[t]
        held = weights.of(common)
        share = held / total if total else 0.0
        paragraph, other = targets.paragraph[t], sources.paragraph[source]
        i, j = (paragraph, other) if side == 0 else (other, paragraph)
        beside = self._beside(i, j)
        if share < SENTENCE_COVER and not (
            beside and share >= SENTENCE_COVER / 2 and held >= LOST_AND_FOUND * weights.of(residuals[1 - side][source])
        ):
            return 0.0
        if not self._in_place(i, j) and (
            not self._may_move(i, j)
            or (
                not beside
                and 2 * weights.of(_common(targets.bags[t], sources.bags[source])) / (total + sources.weight[source])
                < MOVED_THRESHOLD
            )
        ):
            return 0.0
        return share

    # -- pass 4: moves ------------------------------------------------------------------

    def links(self) -> _Links:
        """The pairs and edges found, with the pairings off the increasing chain."""
        if self.extra:
            edges = sorted([*self.old_to_new.items(), *self.extra])
            chain = _increasing_chain(
                [j for _, j in edges], [self._score(i, j) for i, j in edges], self._story_units(edges)
            )
            kept = {edges[c] for c in chain}
            moved = [e for e in edges if e not in kept]
        else:  # the anchors are that chain
            kept_old = set(self.anchor_old)
            moved = [(i, self.old_to_new[i]) for i in sorted(self.old_to_new) if i not in kept_old]
        if self.furniture[0] and self.furniture[1] and self._repeated:
            # A piece of furniture the page repeats ("Advertisement") has no place of its
            # own to move from: its pairings are one as good as another.
            moved = [e for e in moved if not (self._is_furniture(*e) and self.old_keys[e[0]] in self._repeated)]
        return _Links(self.old_to_new, self.extra, moved)


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


class _Sentences:
    """The sentences of one side's paragraphs that are not exact matches, as bags of
    content words. A sentence found in more than one of those paragraphs is not
    ``distinct``: it cannot tell where text went, so it is never linked, though it
    still counts for its own paragraph."""

    def __init__(self, aligner: _Aligner, side: int) -> None:
        texts = aligner.old if side == 0 else aligner.new
        given = aligner.sentences[side]
        self.bags: list[Counter[str]] = []
        self.text: list[str] = []
        self.paragraph: list[int] = []
        self.of_paragraph: dict[int, list[int]] = defaultdict(list)
        #: The sentences of each paragraph, as written.
        self.texts: dict[int, set[str]] = defaultdict(set)
        places: dict[str, set[int]] = defaultdict(set)
        keys: list[str] = []
        for index, text in enumerate(texts):
            if aligner._is_exact(side, index) or _is_fragment(text):
                continue
            for sentence in given[index] if given is not None else split_sentences(text):
                bag = Counter(aligner.sentence_words(sentence))
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
        #: The weight of each distinct sentence (see _Weights), once the weights are known.
        self.weight: dict[int, float] = {}


class _Weights:
    """Word weights over a set of sentences: the inverse document frequency."""

    def __init__(self, bags: Sequence[Counter[str]]) -> None:
        frequency = Counter(word for bag in bags for word in bag)
        self.idf = {word: math.log((len(bags) + 1) / n) for word, n in frequency.items()}
        self.rare = _rare(frequency, len(bags))

    def of(self, counts: Mapping[str, int]) -> float:
        """The weight of a bag of the sentences' words."""
        idf = self.idf
        return sum([idf[word] * n for word, n in counts.items()])

    def specific(self, counts: Mapping[str, int]) -> int:
        """How many of the words are found in few sentences."""
        return len(counts.keys() & self.rare)


def _rare(frequency: Mapping[str, int], documents: int) -> set[str]:
    """The words that few of ``documents`` hold: an inverse document frequency,
    log((documents + 1) / n), of at least SPECIFIC × its largest value."""
    most = (documents + 1) ** (1 - SPECIFIC)
    return {word for word, n in frequency.items() if n <= most}


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


#: Closing quote marks and brackets that may follow a paragraph's last punctuation.
_CLOSERS = "\"”’')]»"
#: A fragment is short: a longer text without a full stop is prose that lost it.
_FRAGMENT_WORDS = 20


def _is_fragment(text: str) -> bool:
    """Is the paragraph a title, a label, a heading rather than prose: short, and
    without closing punctuation?"""
    return not text.rstrip(_CLOSERS).endswith((".", "!", "?", ":", "…", ";")) and len(text.split()) <= _FRAGMENT_WORDS


class _Bag(NamedTuple):
    """A paragraph's content words, as a multiset."""

    counts: Counter[str]
    tokens: frozenset[str]
    """The same multiset as a set: the k-th occurrence of a word, for k > 1, is the
    token "word k" (words hold no spaces). Two bags share as many words, repeats
    counted, as their sets share tokens, which a set intersection counts fast."""

    @classmethod
    def of(cls, words: list[str]) -> "_Bag":
        counts = Counter(words)
        repeats = [f"{word} {k}" for word, n in counts.items() if n > 1 for k in range(2, n + 1)]
        return cls(counts, frozenset([*counts, *repeats]))  # built once, not a set copied

    @property
    def size(self) -> int:
        return len(self.tokens)

    def shared(self, other: "_Bag") -> int:
        """How many words the two bags share, repeats counted."""
        return len(self.tokens & other.tokens)


class _InvertedIndex:
    """Content word → paragraphs (or sentences), to find the few worth comparing."""

    def __init__(self, docs: Mapping[int, Iterable[str]]) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)
        for doc, words in docs.items():
            for word in words:
                self.postings[word].append(doc)
        self.rarity = {word: len(posting) for word, posting in self.postings.items()}

    def candidates(self, words: Iterable[str]) -> list[int]:
        """The docs sharing most of the rarest of ``words`` (distinct words)."""
        # Look up by the rarest words first: they say most about identity, and their
        # posting lists are short.
        looked_up = [w for w in words if w in self.rarity]
        looked_up.sort(key=self.rarity.__getitem__)
        found: list[int] = []
        for word in looked_up[:_LOOKUP_WORDS]:
            posting = self.postings[word]
            if len(posting) > _MAX_POSTINGS:
                break
            found += posting
        # The same as Counter.most_common (ties in first-found order), without the
        # import of heapq that it makes on first use.
        counts = Counter(found)
        return sorted(counts, key=counts.__getitem__, reverse=True)[:_MAX_CANDIDATES]


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
    gained = 0
    for w in whole.keys() & piece.keys():
        have, had = whole[w], other[w]
        if had < have:  # seldom: ``other``, the partner, holds most of ``whole``'s words already
            gained += min(have, had + piece[w]) - had
    return gained


def _increasing_chain(
    news: Sequence[int], weights: Sequence[float], units: Sequence[int] | None = None
) -> list[int]:
    """For pairs sorted by old index, then new index, given by their new indices
    ``news``: the indices of a chain of pairs whose new indices never decrease, with
    the most pairs; among those, the largest total weight (weights must be at most 1).
    ``units`` says what each pair counts for, 1 or 0 (a pair that only adds its
    weight); the most pairs are then the most that count 1. Fenwick tree of prefix
    maxima: O(n log n).

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
    scale = 1.0 / (len(news) + 1)
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
