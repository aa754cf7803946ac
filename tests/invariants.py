"""What every diff's rows must satisfy, whatever the inputs: the checks the alignment,
pipeline and property tests share."""

from __future__ import annotations

from collections import Counter

from articlediff import ArticleDiff, BlockKind, SpanOp


def assert_rows(diff: ArticleDiff) -> None:
    """One row per new paragraph, in order; every old paragraph in some row, a split
    one's parts numbered 1..n; the new text rebuilt exactly and the old text's words
    each shown once, nothing hidden and nothing twice."""
    news = [row.new for row in diff.rows if row.new]
    assert news == [(j,) for j in range(len(diff.new.paragraphs))], "one row per new paragraph, in order"
    rows_of: dict[int, list[int]] = {}
    for n, row in enumerate(diff.rows):
        for i in row.old:
            rows_of.setdefault(i, []).append(n)
    assert sorted(rows_of) == list(range(len(diff.old.paragraphs))), "every old paragraph in some row"
    for i, rows in rows_of.items():
        if len(rows) > 1:
            parts = [dict((p, (k, m)) for p, k, m in diff.rows[n].parts)[i] for n in rows]
            assert parts == [(k, len(rows)) for k in range(1, len(rows) + 1)], f"parts of old ¶{i}"
    shown: Counter[str] = Counter()
    for row in diff.rows:
        new_text = "".join(s.text for s in row.spans if s.op is not SpanOp.DELETE)
        old_text = "".join(s.text for s in row.spans if s.op is not SpanOp.INSERT)
        assert new_text == (diff.new.paragraphs[row.new[0]].text if row.new else "")
        shown.update(old_text.split())
        assert len(row.new) <= 1
        if row.kind is BlockKind.REMOVED:
            assert not row.new and len(row.old) == 1 and row.links == ()
        elif row.kind is BlockKind.ADDED:
            assert not row.old and row.links == ()
        else:
            assert {i for i, _ in row.links} == set(row.old) and {j for _, j in row.links} == set(row.new)
        assert set(row.moved_pairs) <= set(row.links) and row.moved == bool(row.moved_pairs)
    assert shown == Counter(" ".join(p.text for p in diff.old.paragraphs).split()), "each old word shown once"
    held = sorted(
        s for row in diff.rows for s in (
            row.old_sentences if row.old_sentences is not None
            else [(i, k) for i in row.old for k in range(max(len(diff.old.paragraphs[i].sentences), 1))]
        )
    )
    assert held == [(p.index, k) for p in diff.old.paragraphs for k in range(max(len(p.sentences), 1))]
