"""The words of a changed quotation around its change, for messages and lines that
cannot show the whole of a long quotation."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Span, SpanOp

#: How many words of a long changed quotation are shown around its change.
EXCERPT_WORDS = 16
#: ... of them before the change.
EXCERPT_BEFORE = 5


def change_excerpts(spans: Sequence[Span], words: int = EXCERPT_WORDS) -> tuple[str, str]:
    """(old, new): each version's words from a few before the first change to some
    after it, "…" where cut. Both start at the same word, and each holds the whole of
    the change, so two versions whose words differ never read alike."""
    return _excerpt(spans, SpanOp.INSERT, words), _excerpt(spans, SpanOp.DELETE, words)


def _excerpt(spans: Sequence[Span], other: SpanOp, words: int) -> str:
    tokens: list[tuple[str, bool]] = []  # (word, changed)
    first: int | None = None
    for span in spans:
        if span.op is other:
            if first is None:
                first = len(tokens)  # the change is here, though none of its words are this side's
            continue
        changed = span.op is not SpanOp.EQUAL
        if changed and first is None:
            first = len(tokens)
        tokens.extend((word, changed) for word in span.text.split())
    if first is None:
        first = 0
    start = max(0, first - EXCERPT_BEFORE)
    end = min(len(tokens), max(start + words, first + 1))
    while end < len(tokens) and (tokens[end - 1][1] or end <= first):
        end += 1  # never cut the change
    return ("…" if start else "") + " ".join(word for word, _ in tokens[start:end]) + ("…" if end < len(tokens) else "")
