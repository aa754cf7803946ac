"""Sentence alignment inside a block: which sentence of the old paragraph(s) became
which sentence of the new one(s), so a split or merge shows where each sentence went.

The paragraph aligner is reused on sentences: the same exact, fuzzy, split/merge and
move passes (without its own sentence links), applied to the handful of sentences of
one block.
"""

from __future__ import annotations

from collections.abc import Sequence

from .align import align_paragraphs
from .model import Paragraph

SentenceId = tuple[int, int]
"""(paragraph index, sentence index within the paragraph)."""


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
        (tuple(old_ids[i] for i in group.old), tuple(new_ids[j] for j in group.new))
        for group in align_paragraphs(old_texts, new_texts, sentences=False)
    )
