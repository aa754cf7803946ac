"""The index structures of the alignment: bags of content words, an inverted index to
find the few paragraphs (or sentences) worth comparing, and word weights.

    _Bag.of(["rain", "city", "rain"]).tokens == {"rain", "city", "rain 2"}
    _InvertedIndex({0: ["rain", "city"], 1: ["city"]}).candidates(["rain", "city"]) == [0, 1]
"""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

#: A word is specific (found in few paragraphs or sentences) when its inverse document
#: frequency is at least this share of its largest value.
SPECIFIC = 0.55
#: How many candidates each paragraph is scored against, and how many of its rarest
#: words look them up; together they bound the fuzzy pass to linear time.
_MAX_CANDIDATES = 8
_LOOKUP_WORDS = 10
_MAX_POSTINGS = 64


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
