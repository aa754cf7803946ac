"""The state the alignment passes share: both sides' texts and normal forms, the pairs
and edges found so far, the anchors, and the caches of words and quotations.

Each pass is a function of this record; what it finds it adds to it, and the passes
after it read it from there.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence

from ..text.marks import CLOSING_MARKS, double_quote_marks, inside_long_quotations
from ..text.pattern_cache import compile_pattern
from ..text.words import content_words, normalize, plain_typography
from .index import _Bag
from .stems import stems

#: Closing quote marks and brackets that may follow a paragraph's last punctuation.
_CLOSERS = CLOSING_MARKS + ")]"
#: A quotation in double marks, typography made plain.
_QUOTED = compile_pattern(r'"([^"]+)"')
#: A fragment is short: a longer text without a full stop is prose that lost it.
_FRAGMENT_WORDS = 20


def _is_fragment(text: str) -> bool:
    """Is the paragraph a title, a label, a heading rather than prose: short, and
    without closing punctuation?"""
    return not text.rstrip(_CLOSERS).endswith((".", "!", "?", ":", "…", ";")) and len(text.split()) <= _FRAGMENT_WORDS


def match_words(text: str) -> list[str]:
    """The words of ``text`` that matching compares: its content words, as stems."""
    return stems(content_words(text))


def quoted_words(text: str, words_of: Callable[[str], list[str]] = match_words) -> frozenset[str]:
    """The content words ``text`` quotes: inside double quotation marks that open
    and close in it. ``words_of`` finds a text's words (see match_words)."""
    if not double_quote_marks(text):  # most paragraphs quote no one
        return frozenset()
    return frozenset(w for quotation in _QUOTED.findall(plain_typography(text)) for w in words_of(quotation))


#: A word, or one mark of punctuation (which ends a run of capitalised words).
_TOKEN = compile_pattern(r"\w[\w'’.-]*|[^\w\s]")


def speaker_words(text: str, among: Collection[str]) -> frozenset[str]:
    """Those of the content words ``among`` that name who speaks in ``text``: a run
    of capitalised words right after an attribution verb ("said Prime Minister Anutin
    Charnvirakul", "told CNN") or right before one ("Brandt said"). A speaker is
    named wherever they speak: the name in two paragraphs says nothing of text moved
    between them."""
    # Most of the words two texts share are written in lower case: a name needs a capital.
    if not any(w[:1].upper() + w[1:] in text or w.upper() in text for w in among):
        return frozenset()
    from ..quotes.lexicon import _FINITE_CUES  # the attribution verbs; few texts get here

    tokens = _TOKEN.findall(text)
    found: list[str] = []
    for k, token in enumerate(tokens):
        if token in _FINITE_CUES:
            for step in (-1, 1):
                m = k + step
                while 0 <= m < len(tokens) and tokens[m][0].isupper():
                    found.append(tokens[m])
                    m += step
    return frozenset(match_words(" ".join(found))).intersection(among) if found else frozenset()


class State:
    """What the passes know of the two sides and have found so far."""

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
        #: The texts found on both sides, more than once on one (found by the exact pass).
        self.repeated: frozenset[str] = frozenset()
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
        self._quoted_words: dict[tuple[int, int], frozenset[str]] = {}

    def pair(self, i: int, j: int, score: float) -> None:
        self.old_to_new[i] = j
        self.new_to_old[j] = i
        if score != 1.0:
            self.score[(i, j)] = score

    def score_of(self, i: int, j: int) -> float:
        return self.score.get((i, j), 1.0)

    def words(self, side: int, index: int) -> _Bag:
        key = (side, index)
        cached = self._words_cache.get(key)
        if cached is None:
            given = self.sentences[side]
            if given is None:
                text = self.old[index] if side == 0 else self.new[index]
                cached = _Bag.of(match_words(text))
            else:  # a paragraph's words are its sentences' words, which the sentence links need too
                cached = _Bag.of([w for sentence in given[index] for w in self.sentence_words(sentence)])
            self._words_cache[key] = cached
        return cached

    def sentence_words(self, sentence: str) -> list[str]:
        """The words of a sentence that matching compares (see match_words), found
        once for both sides."""
        found = self._sentence_words.get(sentence)
        if found is None:
            found = self._sentence_words[sentence] = match_words(sentence)
        return found

    def gap(self, anchors: list[int], index: int) -> int:
        return bisect_left(anchors, index)

    def in_place(self, i: int, j: int) -> bool:
        """Would pairing old ``i`` with new ``j`` keep the order of the anchors (cross
        none of them)? Anchors before ``i`` must not come after ``j``, and the other
        way round."""
        old_before, old_upto = bisect_left(self.anchor_old, i), bisect_right(self.anchor_old, i)
        new_before, new_upto = bisect_left(self.anchor_new, j), bisect_right(self.anchor_new, j)
        return old_before <= new_upto and new_before <= old_upto

    def may_move(self, i: int, j: int) -> bool:
        """May old ``i`` and new ``j`` be tied by a move? Not when one of them stands
        inside a quotation of several paragraphs and the other not: such a quotation
        is a text quoted whole (a directive, a letter), and where it restates the
        story's prose elsewhere, it repeats it."""
        if self._quoted is None:
            marks: dict[str, list[str]] = {}  # the versions share most paragraphs: each is read once
            self._quoted = (inside_long_quotations(self.old, marks), inside_long_quotations(self.new, marks))
        return (i in self._quoted[0]) == (j in self._quoted[1])

    def quoted_words(self, side: int, index: int) -> frozenset[str]:
        """The content words a paragraph quotes (see quoted_words)."""
        key = (side, index)
        found = self._quoted_words.get(key)
        if found is None:
            found = self._quoted_words[key] = quoted_words(self.old[index] if side == 0 else self.new[index])
        return found

    def is_exact(self, side: int, index: int) -> bool:
        if side == 0:
            j = self.old_to_new.get(index)
            return j is not None and self.old_keys[index] == self.new_keys[j]
        i = self.new_to_old.get(index)
        return i is not None and self.new_keys[index] == self.old_keys[i]

    def fragment(self, side: int, index: int) -> bool:
        return _is_fragment(self.old[index] if side == 0 else self.new[index])

    def is_furniture(self, i: int, j: int) -> bool:
        """Is the pair or edge (old ``i``, new ``j``) page furniture on both sides?"""
        return i in self.furniture[0] and j in self.furniture[1]
