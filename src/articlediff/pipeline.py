"""The whole pipeline: two texts (or articles) → an ArticleDiff.

load (input/) → segment → align → word diff → grade (facts) → quotations. compare()
runs in the caller's process and thread and starts none of its own: a library
function must be safe in any caller. Parallel work belongs to ``batch``.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from .align import Group, align_paragraphs, align_sentences
from .facts import grade_edit
from .model import (
    METADATA_ROLES,
    Article,
    ArticleDiff,
    Block,
    BlockKind,
    Fact,
    MetadataChange,
    Paragraph,
    Role,
    Span,
    SpanOp,
    Summary,
)
from .segment import SegmentCache, segment_article
from .text.words import count_words
from .worddiff import diff_words

PARAGRAPH_SEPARATOR = "\n\n"


def compare(old: str | Article, new: str | Article, *, sentences: bool = True, facts: bool = True) -> ArticleDiff:
    """Compare two versions of a story.

    Args:
        old: the earlier version, as text or as an already segmented Article.
        new: the later version.
        sentences: align the sentences inside edited blocks (``Block.sentences``);
            a caller that only counts changes can save the time.
        facts: read the story's facts over the whole of each version
            (``ArticleDiff.facts``); a caller that reports only each block's facts
            can save the time (``facts.story_facts`` reads them when asked).

    Returns:
        The aligned, diffed result; see ArticleDiff.
    """
    # A comparison makes a great many small records and no reference cycles, so the
    # cyclic garbage collector would only walk the growing heap again and again: a
    # good share of a long comparison's time. It is off for the call.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _compare(old, new, sentences, facts)
    finally:
        if collecting:
            gc.enable()


def _compare(old: str | Article, new: str | Article, sentences: bool, facts: bool) -> ArticleDiff:
    segmented = SegmentCache()  # the versions share most paragraphs: each is segmented once
    old_article = old if isinstance(old, Article) else segment_article(old, cache=segmented)
    new_article = new if isinstance(new, Article) else segment_article(new, cache=segmented)
    groups = align_paragraphs(
        [p.text for p in old_article.paragraphs], [p.text for p in new_article.paragraphs],
        old_sentences=[p.sentences for p in old_article.paragraphs],
        new_sentences=[p.sentences for p in new_article.paragraphs],
        # Boilerplate, bylines and datelines are the page's, not the story's: they
        # neither move nor make the story's paragraphs moved.
        old_furniture=[p.index for p in old_article.paragraphs if p.role in METADATA_ROLES],
        new_furniture=[p.index for p in new_article.paragraphs if p.role in METADATA_ROLES],
    )
    blocks = tuple(_make_block(g, old_article.paragraphs, new_article.paragraphs, sentences) for g in groups)
    from .quotes import QuoteCache, diff_quotes, extract_quotes

    cache = QuoteCache()  # the versions share most paragraphs: each is read once
    quotes = tuple(diff_quotes(extract_quotes(old_article.paragraphs, cache=cache),
                               extract_quotes(new_article.paragraphs, cache=cache)))
    summary = summarize(blocks)
    story: tuple[Fact, ...] = ()
    if facts and summary.changed:
        from .facts.story import story_changes

        story = story_changes(old_article, new_article)
    return ArticleDiff(
        old=old_article,
        new=new_article,
        blocks=blocks,
        summary=summary,
        metadata=_metadata_changes(blocks, old_article, new_article),
        quotes=quotes,
        facts=story,
    )


def _make_block(group: Group, old: Sequence[Paragraph], new: Sequence[Paragraph], sentences: bool) -> Block:
    old_text, new_text = _joined(old, group.old), _joined(new, group.new)
    if not group.new:
        return Block(kind=BlockKind.REMOVED, old=group.old, new=(), spans=(Span(SpanOp.DELETE, old_text),))
    if not group.old:
        return Block(kind=BlockKind.ADDED, old=(), new=group.new, spans=(Span(SpanOp.INSERT, new_text),))
    if old_text == new_text:
        return Block(
            kind=BlockKind.UNCHANGED, old=group.old, new=group.new, moved=group.moved,
            moved_pairs=group.moved_pairs, similarity=1.0, spans=(Span(SpanOp.EQUAL, old_text),),
            links=group.links,
        )
    spans = tuple(diff_words(old_text, new_text))
    grade = grade_edit(spans)
    return Block(
        kind=BlockKind.EDITED, old=group.old, new=group.new, moved=group.moved,
        moved_pairs=group.moved_pairs, similarity=_similarity(spans, old_text, new_text), spans=spans,
        significance=grade.significance, typographic=grade.typographic, facts=grade.facts,
        sentences=align_sentences([old[i] for i in group.old], [new[j] for j in group.new]) if sentences else (),
        links=group.links,
    )


def _joined(paragraphs: Sequence[Paragraph], indices: tuple[int, ...]) -> str:
    """The text of the paragraphs at ``indices``, joined by blank lines."""
    if len(indices) == 1:  # as in nearly every block: no join to build
        return paragraphs[indices[0]].text
    return PARAGRAPH_SEPARATOR.join([paragraphs[i].text for i in indices])


def _similarity(spans: Sequence[Span], old_text: str, new_text: str) -> float:
    """Share of characters the two sides have in common (2 × equal / total)."""
    equal = sum(len(s.text) for s in spans if s.op is SpanOp.EQUAL)
    total = len(old_text) + len(new_text)
    return round(2 * equal / total, 3) if total else 1.0


def summarize(blocks: Sequence[Block]) -> Summary:
    """Count paragraphs and words over the blocks."""
    added = removed = edited = moved = unchanged = words_added = words_removed = 0
    # The members read once, not for each block: reading one by name is slow.
    added_kind, removed_kind, edited_kind = BlockKind.ADDED, BlockKind.REMOVED, BlockKind.EDITED
    insert, delete = SpanOp.INSERT, SpanOp.DELETE
    for block in blocks:
        if block.kind is added_kind:
            added += len(block.new)
        elif block.kind is removed_kind:
            removed += len(block.old)
        elif block.kind is edited_kind:
            edited += 1
        else:
            unchanged += len(block.new)
        moved += block.moved
        for span in block.spans:
            if span.op is insert:
                words_added += count_words(span.text)
            elif span.op is delete:
                words_removed += count_words(span.text)
    return Summary(
        added=added, removed=removed, edited=edited, moved=moved, unchanged=unchanged,
        words_added=words_added, words_removed=words_removed,
    )


def _metadata_changes(blocks: Sequence[Block], old: Article, new: Article) -> tuple[MetadataChange, ...]:
    """Changes to headline, byline, dateline and boilerplate, apart from the story."""
    changes = []
    unchanged = BlockKind.UNCHANGED
    for block in blocks:
        if block.kind is unchanged:
            continue
        old_roles = {old.paragraphs[i].role for i in block.old}
        new_roles = {new.paragraphs[j].role for j in block.new}
        role = next(
            (r for r in (*old_roles, *new_roles) if r.is_metadata or r is Role.HEADLINE), None
        )
        if role is None:
            continue
        changes.append(
            MetadataChange(
                role=role,
                kind=block.kind,
                old=PARAGRAPH_SEPARATOR.join(old.paragraphs[i].text for i in block.old) or None,
                new=PARAGRAPH_SEPARATOR.join(new.paragraphs[j].text for j in block.new) or None,
            )
        )
    return tuple(changes)


def without_metadata(diff: ArticleDiff) -> ArticleDiff:
    """The diff with byline, dateline and boilerplate changes left out (still counted
    in the header's metadata line)."""
    def metadata_only(block: Block) -> bool:
        roles = [diff.old.paragraphs[i].role for i in block.old] + [diff.new.paragraphs[j].role for j in block.new]
        return block.kind is not BlockKind.UNCHANGED and all(r.is_metadata for r in roles)

    blocks = tuple(b for b in diff.blocks if not metadata_only(b))
    return diff._replace(blocks=blocks, summary=summarize(blocks))
