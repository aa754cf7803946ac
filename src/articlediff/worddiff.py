"""Diff stage: a word-by-word diff of two texts, cleaned up to read like an editor's marks.

Texts are cut into tokens (words, runs of white space, single punctuation marks),
each distinct token is mapped to one character, and diff-match-patch diffs the
resulting strings, so its edits fall on word boundaries. Semantic cleanup then folds
the scattered one-word equalities that make a rewritten sentence unreadable into one
deletion and one insertion.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from .model import Span, SpanOp

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]", re.UNICODE)
# Characters used to stand for tokens: skip the surrogate range, which a str can hold
# but which is best kept out of any library's way.
_SURROGATES = range(0xD800, 0xE000)
#: Seconds diff-match-patch may spend on one block before settling for a coarser diff.
DIFF_TIMEOUT = 2.0

_OPS = {0: SpanOp.EQUAL, -1: SpanOp.DELETE, 1: SpanOp.INSERT}


def tokenize(text: str) -> list[str]:
    """Words (with inner apostrophes), white-space runs and single other characters;
    joined they give back ``text``."""
    return _TOKEN.findall(text)


def diff_words(old: str, new: str) -> list[Span]:
    """Diff two texts word by word.

    Returns spans in which equal+delete rebuild ``old`` and equal+insert rebuild
    ``new``; within a change the deletion comes before the insertion.
    """
    if old == new:
        return [Span(SpanOp.EQUAL, old)] if old else []
    if not old:
        return [Span(SpanOp.INSERT, new)]
    if not new:
        return [Span(SpanOp.DELETE, old)]
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    # One character per distinct token, numbered in order of first appearance.
    distinct = list(dict.fromkeys([*old_tokens, *new_tokens]))
    char_of = {token: _char(number) for number, token in enumerate(distinct)}
    token_of = dict(zip(char_of.values(), distinct))
    encoded_old = "".join(map(char_of.__getitem__, old_tokens))
    encoded_new = "".join(map(char_of.__getitem__, new_tokens))
    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_TIMEOUT
    diffs = dmp.diff_main(encoded_old, encoded_new, False)
    dmp.diff_cleanupSemantic(diffs)
    decoded = [(op, "".join(map(token_of.__getitem__, chars))) for op, chars in diffs]
    return _tidy(decoded)


def _char(number: int) -> str:
    """The character that stands for token ``number``, surrogates skipped."""
    return chr(number + len(_SURROGATES) if number >= _SURROGATES.start else number)


def _tidy(diffs: list[tuple[int, str]]) -> list[Span]:
    """Merge neighbouring spans of one kind and put each deletion before its insertion."""
    spans: list[Span] = []
    pending_del: list[str] = []
    pending_ins: list[str] = []

    def flush() -> None:
        if pending_del:
            spans.append(Span(SpanOp.DELETE, "".join(pending_del)))
        if pending_ins:
            spans.append(Span(SpanOp.INSERT, "".join(pending_ins)))
        pending_del.clear()
        pending_ins.clear()

    for op, text in diffs:
        if not text:
            continue
        if op == -1:
            pending_del.append(text)
        elif op == 1:
            pending_ins.append(text)
        else:
            flush()
            if spans and spans[-1].op is SpanOp.EQUAL:
                spans[-1] = Span(SpanOp.EQUAL, spans[-1].text + text)
            else:
                spans.append(Span(SpanOp.EQUAL, text))
    flush()
    return spans
