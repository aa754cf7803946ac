"""Alignment groups → rows: one row per paragraph of the new version, in its order, and
a row for each old paragraph that went nowhere, where it stood.

The aligner groups paragraphs that exchanged text (a split, a merge, sentences moved
between neighbours). A reader reads paragraphs, so each group becomes rows: each new
paragraph of the group gets the old sentences that went into it, found by aligning the
group's sentences. An old sentence that went nowhere is struck out once, in the row of
the first part of its paragraph; an old paragraph none of whose text survives gets a
removed row of its own.

    old ¶4 "A. B.", new ¶4 "A." and ¶5 "B'.": row ¶4 from ¶4 (part 1 of 2), "A." →
    "A."; row ¶5 from ¶4 (part 2 of 2), "B." → "B'.".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .align import Group, align_sentences
from .facts import grade_edit
from .model import BlockKind, Paragraph, Row, Span, SpanOp
from .worddiff import diff_words

PARAGRAPH_SEPARATOR = "\n\n"

SentenceId = tuple[int, int]
_Key = tuple[int, int, int]


def make_rows(
    groups: Iterable[Group], old: Sequence[Paragraph], new: Sequence[Paragraph], *, sentences: bool = True
) -> tuple[Row, ...]:
    """The rows of the aligned groups, in reading order of the new version.

    ``sentences``: align the sentences of one-to-one edited rows too (rows made from a
    split or merge always carry theirs, which made them)."""
    keyed: list[tuple[_Key, Row]] = []
    last_new = -1  # the new paragraph of the row before, in the aligner's order
    for group in groups:
        if len(group.old) <= 1 and len(group.new) <= 1:
            row = _one_to_one(group, old, new, sentences)
            keyed.append(((group.new[0], 0, 0) if group.new else (last_new, 1, group.old[0]), row))
        elif not group.new:
            keyed.extend(((last_new, 1, i), _removed(old[i])) for i in group.old)
        elif not group.old:
            keyed.extend(((j, 0, 0), _added(new[j])) for j in group.new)
        else:
            keyed.extend(_regrouped(group, old, new))
        if group.new:
            last_new = group.new[-1]
    keyed.sort(key=lambda item: item[0])
    return tuple(row for _, row in keyed)


def _removed(paragraph: Paragraph) -> Row:
    return Row(kind=BlockKind.REMOVED, old=(paragraph.index,), new=(), spans=(Span(SpanOp.DELETE, paragraph.text),))


def _added(paragraph: Paragraph) -> Row:
    return Row(kind=BlockKind.ADDED, old=(), new=(paragraph.index,), spans=(Span(SpanOp.INSERT, paragraph.text),))


def _one_to_one(group: Group, old: Sequence[Paragraph], new: Sequence[Paragraph], sentences: bool) -> Row:
    if not group.new:
        return _removed(old[group.old[0]])
    if not group.old:
        return _added(new[group.new[0]])
    before, after = old[group.old[0]], new[group.new[0]]
    if before.text == after.text:
        return Row(
            kind=BlockKind.UNCHANGED, old=group.old, new=group.new, moved=group.moved,
            moved_pairs=group.moved_pairs, similarity=1.0, spans=(Span(SpanOp.EQUAL, before.text),),
            links=group.links,
        )
    return _edited(
        before.text, after.text, old=group.old, new=group.new, moved_pairs=group.moved_pairs,
        sentences=align_sentences([before], [after]) if sentences else (), links=group.links,
    )


def _edited(
    old_text: str, new_text: str, *, old: tuple[int, ...], new: tuple[int, ...],
    moved_pairs: tuple[tuple[int, int], ...], sentences: tuple[tuple[tuple[SentenceId, ...], tuple[SentenceId, ...]], ...],
    links: tuple[tuple[int, int], ...], parts: tuple[tuple[int, int, int], ...] = (),
) -> Row:
    spans = tuple(diff_words(old_text, new_text))
    grade = grade_edit(spans)
    return Row(
        kind=BlockKind.EDITED, old=old, new=new, moved=bool(moved_pairs), moved_pairs=moved_pairs,
        similarity=similarity(spans, old_text, new_text), spans=spans, significance=grade.significance,
        typographic=grade.typographic, facts=grade.facts, sentences=sentences, links=links, parts=parts,
    )


def similarity(spans: Sequence[Span], old_text: str, new_text: str) -> float:
    """Share of characters the two sides have in common (2 × equal / total)."""
    equal = sum(len(s.text) for s in spans if s.op is SpanOp.EQUAL)
    total = len(old_text) + len(new_text)
    return round(2 * equal / total, 3) if total else 1.0


def _with_sentences(paragraph: Paragraph) -> Paragraph:
    """The paragraph with at least one sentence (its whole text when it has none)."""
    return paragraph if paragraph.sentences else paragraph._replace(sentences=(paragraph.text,))


def _regrouped(group: Group, old: Sequence[Paragraph], new: Sequence[Paragraph]) -> list[tuple[_Key, Row]]:
    """The rows of a group of several old or several new paragraphs."""
    olds = {i: _with_sentences(old[i]) for i in group.old}
    aligned = align_sentences([olds[i] for i in group.old], [_with_sentences(new[j]) for j in group.new])
    taken: dict[int, list[SentenceId]] = {j: [] for j in group.new}
    groups_of: dict[int, list[tuple[tuple[SentenceId, ...], tuple[SentenceId, ...]]]] = {j: [] for j in group.new}
    # Which old paragraphs went into each row: those whose sentences it took, those
    # of a sentence split across rows, and those the aligner linked it to though no
    # sentence of theirs survived whole there.
    linked: dict[int, set[int]] = {j: set() for j in group.new}
    links = set(group.links)
    nowhere: list[SentenceId] = []
    for old_ids, new_ids in aligned:
        if not new_ids:
            nowhere.extend(old_ids)
            continue
        # Sentences aligned as a group across paragraphs: each old paragraph's go to
        # the first of the group's rows the aligner linked it to, or else the first.
        rows = sorted({p for p, _ in new_ids})
        into_row: dict[int, list[SentenceId]] = {}
        for i in sorted({p for p, _ in old_ids}):
            j = next((j for j in rows if (i, j) in links), rows[0])
            into_row.setdefault(j, []).extend(sentence for sentence in old_ids if sentence[0] == i)
            linked[j].add(i)
        for j, ids in into_row.items():
            taken[j].extend(ids)
            groups_of[j].append((tuple(ids), tuple(sentence for sentence in new_ids if sentence[0] == j)))
    for i, j in links:
        linked[j].add(i)
    rows_old = {j: tuple(sorted(linked[j])) for j in group.new}
    # The rows each old paragraph went into, in new order: its parts. What of it went
    # nowhere is struck out in the first.
    into: dict[int, list[int]] = {}
    for j in group.new:
        for i in rows_old[j]:
            into.setdefault(i, []).append(j)
    for sentence in nowhere:
        if sentence[0] in into:
            first = into[sentence[0]][0]
            taken[first].append(sentence)
            groups_of[first].append(((sentence,), ()))

    keyed: list[tuple[_Key, Row]] = []
    for j in group.new:
        ids, row_old = sorted(set(taken[j])), rows_old[j]
        if not row_old:
            keyed.append(((j, 0, 0), _added(new[j])))
            continue
        old_text = PARAGRAPH_SEPARATOR.join(
            text for i in row_old if (text := _sentences_text(olds[i], [k for p, k in ids if p == i]))
        )
        parts = tuple((i, into[i].index(j) + 1, len(into[i])) for i in row_old if len(into[i]) > 1)
        row_links = tuple((i, j) for i in row_old)
        moved_pairs = tuple(pair for pair in group.moved_pairs if pair in row_links)
        sentence_groups = tuple(sorted(groups_of[j], key=lambda g: (g[1] or g[0])[0]))
        held = tuple(ids)
        if len(row_old) == 1 and not parts and old_text == new[j].text:
            row = Row(
                kind=BlockKind.UNCHANGED, old=row_old, new=(j,), moved=bool(moved_pairs), moved_pairs=moved_pairs,
                similarity=1.0, spans=(Span(SpanOp.EQUAL, old_text),), links=row_links, old_sentences=held,
            )
        else:
            row = _edited(
                old_text, new[j].text, old=row_old, new=(j,), moved_pairs=moved_pairs,
                sentences=sentence_groups, links=row_links, parts=parts,
            )._replace(old_sentences=held)
        keyed.append(((j, 0, 0), row))
    # An old paragraph none of whose text survives stands after the first row of the
    # old paragraph before it, or before the group's first row.
    for i in group.old:
        if i in into:
            continue
        before = [into[k][0] for k in group.old if k < i and k in into]
        keyed.append(((before[-1] if before else group.new[0] - 1, 1, i), _removed(old[i])))
    return keyed


def _sentences_text(paragraph: Paragraph, indices: Sequence[int]) -> str:
    """The paragraph's sentences at ``indices``, as its text has them: each run of
    consecutive sentences cut from the text (its white space kept), runs joined by a
    space."""
    if len(indices) == len(paragraph.sentences):
        return paragraph.text
    if not indices:
        return ""
    bounds = _sentence_bounds(paragraph)
    runs: list[str] = []
    start = indices[0]
    for k, following in zip(indices, [*indices[1:], None]):
        if following != k + 1:
            runs.append(paragraph.text[bounds[start][0]:bounds[k][1]] if bounds else
                        " ".join(paragraph.sentences[start:k + 1]))
            start = following if following is not None else start
    return " ".join(runs)


def _sentence_bounds(paragraph: Paragraph) -> list[tuple[int, int]] | None:
    """Where each sentence stands in the paragraph's text, or None when one is not
    found as it is (the splitter normalised its white space)."""
    bounds, at = [], 0
    for sentence in paragraph.sentences:
        found = paragraph.text.find(sentence, at)
        if found < 0:
            return None
        bounds.append((found, found + len(sentence)))
        at = found + len(sentence)
    return bounds
