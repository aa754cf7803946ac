"""The whole pipeline: two texts (or articles) → an ArticleDiff.

load (input/) → segment → align → word diff → grade (facts) → quotations. compare()
runs in the caller's process and thread and starts none of its own: a library
function must be safe in any caller. Parallel work belongs to ``batch``.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from .align import align_paragraphs
from .model import (
    METADATA_ROLES,
    Article,
    ArticleDiff,
    BlockKind,
    Fact,
    MetadataChange,
    Role,
    Row,
    SpanOp,
    Summary,
)
from .rows import PARAGRAPH_SEPARATOR, make_rows
from .segment import SegmentCache, segment_article
from .text.words import count_words


def compare(old: str | Article, new: str | Article, *, sentences: bool = True, facts: bool = True) -> ArticleDiff:
    """Compare two versions of a story.

    Args:
        old: the earlier version, as text or as an already segmented Article.
        new: the later version.
        sentences: align the sentences inside one-to-one edited rows (``Row.sentences``);
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
    rows = make_rows(groups, old_article.paragraphs, new_article.paragraphs, sentences=sentences)
    from .quotes import QuoteCache, diff_quotes, extract_quotes

    cache = QuoteCache()  # the versions share most paragraphs: each is read once
    quotes = tuple(diff_quotes(extract_quotes(old_article.paragraphs, cache=cache),
                               extract_quotes(new_article.paragraphs, cache=cache)))
    summary = summarize(rows)
    story: tuple[Fact, ...] = ()
    if facts and summary.changed:
        from .facts.story import story_changes

        story = story_changes(old_article, new_article)
    return ArticleDiff(
        old=old_article,
        new=new_article,
        rows=rows,
        summary=summary,
        metadata=_metadata_changes(rows, old_article, new_article),
        quotes=quotes,
        facts=story,
    )


def summarize(rows: Sequence[Row]) -> Summary:
    """Count paragraphs and words over the rows."""
    added = removed = edited = moved = unchanged = words_added = words_removed = 0
    # The members read once, not for each row: reading one by name is slow.
    added_kind, removed_kind, edited_kind = BlockKind.ADDED, BlockKind.REMOVED, BlockKind.EDITED
    insert, delete = SpanOp.INSERT, SpanOp.DELETE
    for block in rows:
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


def _metadata_changes(rows: Sequence[Row], old: Article, new: Article) -> tuple[MetadataChange, ...]:
    """Changes to headline, byline, dateline and boilerplate, apart from the story."""
    changes = []
    unchanged = BlockKind.UNCHANGED
    for block in rows:
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
    def metadata_only(block: Row) -> bool:
        roles = [diff.old.paragraphs[i].role for i in block.old] + [diff.new.paragraphs[j].role for j in block.new]
        return block.kind is not BlockKind.UNCHANGED and all(r.is_metadata for r in roles)

    rows = tuple(b for b in diff.rows if not metadata_only(b))
    return diff._replace(rows=rows, summary=summarize(rows))
