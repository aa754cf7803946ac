"""Sentence alignment inside a block: which sentence of the old paragraph(s) became
which sentence of the new one(s), so a split or merge shows where each sentence went.

The paragraph aligner is reused on sentences: the same exact, fuzzy, split/merge and
move passes (without its own sentence links), applied to the handful of sentences of
one block.

    old ¶3 "A. B." and ¶4 "C.", new ¶3 "A. B'. C.": ((3, 0),) → ((3, 0),),
    ((3, 1),) → ((3, 1),), ((4, 0),) → ((3, 2),), as (paragraph, sentence) ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Paragraph
from ..text.words import normalize
from .paragraphs import align_one, align_paragraphs

SentenceId = tuple[int, int]
"""(paragraph index, sentence index within the paragraph)."""
_Groups = list[tuple[tuple[int, ...], tuple[int, ...]]]


def align_sentences(
    old: Sequence[Paragraph], new: Sequence[Paragraph]
) -> tuple[tuple[tuple[SentenceId, ...], tuple[SentenceId, ...]], ...]:
    """Aligned groups of sentence ids, in the reading order of the new side; a group
    with no new ids is a removed sentence, one with no old ids an added one."""
    old_ids = [(p.index, k) for p in old for k in range(len(p.sentences))]
    new_ids = [(p.index, k) for p in new for k in range(len(p.sentences))]
    if len(old_ids) == 1 and len(new_ids) == 1:  # the common case needs no aligner
        return (((old_ids[0],), (new_ids[0],)),)
    old_texts = [s for p in old for s in p.sentences]
    new_texts = [s for p in new for s in p.sentences]
    return tuple(
        (tuple(old_ids[i] for i in olds), tuple(new_ids[j] for j in news))
        for olds, news in _aligned(old_texts, new_texts)
    )


def _aligned(old: Sequence[str], new: Sequence[str]) -> _Groups:
    """The groups of ``align_paragraphs(old, new, sentences=False)``, as (old indices,
    new indices), in its order.

    Most edited paragraphs change one sentence: the sentences before it and after it
    stand as they were. Those pair as they stand, as the aligner's exact pass pairs
    them, unless what is left between them is one of their texts again (the exact
    pass would pair repeated texts in order, not by where they stand). When no more
    than one sentence on each side is left, align_one decides that pair alone."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    left_old, left_new = old[start : len(old) - end], new[start : len(new) - end]
    if len(left_old) > 1 or len(left_new) > 1 or (
        (left_old or left_new) and _repeats([*left_old, *left_new], [*old[:start], *old[len(old) - end :]])
    ):
        return [(g.old, g.new) for g in align_paragraphs(old, new, sentences=False)]
    prefix: _Groups = [((k,), (k,)) for k in range(start)]
    suffix: _Groups = [((len(old) - end + k,), (len(new) - end + k,)) for k in range(end)]
    if left_old and left_new and len(align_one(left_old[0], left_new[0])) == 1:
        return [*prefix, ((start,), (start,)), *suffix]
    removed: _Groups = [((start,), ())] if left_old else []
    added: _Groups = [((), (start,))] if left_new else []
    # As the aligner places it: a removed sentence stands after the last one kept
    # before it, or first of all; after the last one kept, it ends the list.
    changed = [*added, *removed] if start and not end else [*removed, *added]
    return [*prefix, *changed, *suffix]


def _repeats(left: Sequence[str], kept: Sequence[str]) -> bool:
    """Is one of the ``left`` sentences one of the ``kept`` ones, typography aside?"""
    kept_forms = {normalize(text) for text in kept}
    return any(normalize(text) in kept_forms for text in left)
