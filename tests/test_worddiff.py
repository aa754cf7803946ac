"""Diff stage: word diffs that rebuild both texts and read like an editor's marks."""

from __future__ import annotations

import pytest

from articlediff.model import Span, SpanOp
from articlediff.worddiff import _units, diff_words, tokenize


def rebuild(spans: list[Span]) -> tuple[str, str]:
    old = "".join(s.text for s in spans if s.op is not SpanOp.INSERT)
    new = "".join(s.text for s in spans if s.op is not SpanOp.DELETE)
    return old, new


def test_tokenize_keeps_everything() -> None:
    text = "It’s 80,000 people — “innocent.”"
    assert "".join(tokenize(text)) == text
    assert "It’s" in tokenize(text)


@pytest.mark.parametrize("text", [
    "Rubio said.  Then",
    "  leading space",
    "one\n\ntwo",
    "word \n next",
    "tab\tand\u00a0nbsp\r\nend ",
    "It’s — “innocent.”\u2028x",
])
def test_units_are_the_tokens_with_the_space_after_each(text: str) -> None:
    units = _units(text)
    assert [t for unit in units for t in unit if t] == tokenize(text)
    for word, space in units:
        assert not space or (not word.isspace() and "\n" not in space)
    # a space run that stays a unit of its own follows a line break or starts the text
    alone = [k for k, (word, _) in enumerate(units) if word.isspace()]
    assert all(k == 0 or "\n" in units[k][0] for k in alone)


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


def test_a_kept_sentence_is_not_folded_into_the_changes_around_it() -> None:
    """A sentence that stands between a paragraph struck out and new text (the piece
    of a paragraph moved into the one before it) stays unchanged, though the changes
    on both sides are longer than it."""
    kept = "The Committee seeks to achieve maximum employment and inflation at the rate of 2 percent over the longer run."
    old = (
        "The banking system is sound and resilient. Tighter credit conditions for households and businesses "
        "are likely to weigh on activity, hiring and inflation. The extent of these effects remains uncertain."
        f"\n\n{kept} In support of these goals, the rate was kept."
    )
    new = (
        f"{kept} The Committee judges that the risks to achieving its employment and inflation goals are "
        "moving into better balance. The economic outlook is uncertain.\n\nIn support of its goals, the rate was kept."
    )
    spans = diff_words(old, new)
    assert rebuild(spans) == (old, new)
    assert any(s.op is SpanOp.EQUAL and kept in s.text for s in spans)


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
