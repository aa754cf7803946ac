"""Diff stage: word diffs that rebuild both texts and read like an editor's marks."""

from __future__ import annotations

import pytest

from articlediff.model import Span, SpanOp
from articlediff.worddiff import diff_words, tokenize


def rebuild(spans: list[Span]) -> tuple[str, str]:
    old = "".join(s.text for s in spans if s.op is not SpanOp.INSERT)
    new = "".join(s.text for s in spans if s.op is not SpanOp.DELETE)
    return old, new


def test_tokenize_keeps_everything() -> None:
    text = "It’s 80,000 people — “innocent.”"
    assert "".join(tokenize(text)) == text
    assert "It’s" in tokenize(text)


def test_whole_words_change() -> None:
    spans = diff_words("Rubio announced the agreement", "Rubio unveiled the agreement")
    assert spans == [
        Span(SpanOp.EQUAL, "Rubio "),
        Span(SpanOp.DELETE, "announced"),
        Span(SpanOp.INSERT, "unveiled"),
        Span(SpanOp.EQUAL, " the agreement"),
    ]


def test_rewritten_clause_is_one_change_not_confetti() -> None:
    old = "Ahead of the announcement, critics had warned that such a plan could be part of backsliding."
    new = "Rights groups condemned the move, with critics warning that such a plan could be part of backsliding."
    spans = diff_words(old, new)
    assert rebuild(spans) == (old, new)
    changes = [s for s in spans if s.op is not SpanOp.EQUAL]
    assert len(changes) <= 6
    assert spans[-1] == Span(SpanOp.EQUAL, " that such a plan could be part of backsliding.")


def test_deletion_comes_before_insertion() -> None:
    spans = diff_words("a b c", "a x c")
    ops = [s.op for s in spans]
    assert ops.index(SpanOp.DELETE) < ops.index(SpanOp.INSERT)


@pytest.mark.parametrize(
    ("old", "new"),
    [("", ""), ("", "new"), ("old", ""), ("same", "same"), ("a\n\nb", "a\n\nc"), ("\x1b[2J x", "y \u202e z")],
)
def test_rebuilds_both_sides(old: str, new: str) -> None:
    assert rebuild(diff_words(old, new)) == (old, new)


def test_many_distinct_tokens_survive_encoding() -> None:
    old = " ".join(f"w{i}" for i in range(70_000))
    new = old.replace("w500 ", "changed ")
    assert rebuild(diff_words(old, new)) == (old, new)
