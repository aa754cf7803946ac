"""Diff stage: a word-by-word diff of two texts, cleaned up to read like an editor's marks.

Texts are cut into tokens (words, runs of white space, single punctuation marks) and
each distinct token is mapped to one character. diff-match-patch diffs the words (each
with the space after it as one symbol), so its edits fall on word boundaries; the
result is spelt out in tokens again, and semantic cleanup then folds the scattered
one-word equalities that make a rewritten sentence unreadable into one deletion and
one insertion, though never a stretch of ``KEPT_WORDS`` words or more.
"""

from __future__ import annotations

import re
import time
from itertools import chain, count

from diff_match_patch import diff_match_patch

from .model import Span, SpanOp
from .text.lazy import LazyPattern
from .text.pattern_cache import compile_pattern

# A token is a word (with inner apostrophes), a single other mark, or a run of white space.
# A figure is one word, marks and all ("80,000", "2.75", "3-1/2", "21:00"): an editor
# replaces the whole figure, not the "80" of "80,000" or the "5" of "2.5".
_WORD_OR_MARK = r"\d+(?:[.,/:\-‑–]\d+)+|\w+(?:['’]\w+)*|[^\w\s]"
_TOKEN = LazyPattern(rf"{_WORD_OR_MARK}|\s+", re.UNICODE)
# The same tokens, each word or mark with the white space after it when that does not
# break a line (the space run must be whole: no white space may follow it). The one
# space between two words, by far the most common, is tried first.
_UNIT = compile_pattern(rf"({_WORD_OR_MARK}|\s+)( (?=\S)|(?:[^\S\n]+(?!\s))?)", re.UNICODE)
# The characters that stand for tokens are, as far as they go, characters of no class:
# no letter, digit, space or line break. The cleanup (diff-match-patch's), which slides
# an edit to the boundary whose characters it scores best, then sees every token alike,
# and each edit settles the same way, as far right as it goes ("conditions,
# [-indicators of -]inflation"), however the tokens happen to be numbered. (Numbered
# from U+0000, the eleventh token stood for a line break and drew edits to it.) The
# first are the hundred-odd such characters of Latin-1, which keep the strings diffed
# at one byte a character for a paragraph of a few hundred words; then the private use
# characters, of the Basic Multilingual Plane (two bytes), then of planes 15 and 16.
_LATIN1_CLASSLESS = "".join(c for c in map(chr, range(0x100)) if not c.isalnum() and not c.isspace())
_BMP_PRIVATE = range(0xE000, 0xF900)
_PRIVATE_PLANES = range(0xF0000, 0x110000)
# Past all those (a block of some hundred thousand distinct words), the rest of Unicode:
# Latin-1's other characters, then from U+0100 on, skipping the surrogates, which a str
# can hold but which are best kept out of any library's way, and the ranges above.
_LATIN1_CLASSED = "".join(c for c in map(chr, range(0x100)) if c not in _LATIN1_CLASSLESS)
_SURROGATES = range(0xD800, 0xE000)
_REST = (range(0x100, _SURROGATES.start), range(_BMP_PRIVATE.stop, _PRIVATE_PLANES.start))
#: An unchanged stretch of this many words is never folded into the changes around it.
KEPT_WORDS = 12
#: Seconds diff-match-patch may spend on one block before settling for a coarser diff.
DIFF_TIMEOUT = 2.0


class _Differ(diff_match_patch):  # type: ignore[misc]
    """diff-match-patch, its bisection (Myers' middle snake) walked as the library
    walks it, step for step, with the texts' reversals read forwards."""

    def diff_bisect(self, text1: str, text2: str, deadline: float) -> list[tuple[int, str]]:
        length1, length2 = len(text1), len(text2)
        max_d = (length1 + length2 + 1) // 2
        v_offset, v_length = max_d, 2 * max_d
        v1 = [-1] * v_length
        v1[v_offset + 1] = 0
        v2 = v1[:]
        delta = length1 - length2
        front = delta % 2 != 0  # an odd total: the front path meets the reverse one
        reversed1, reversed2 = text1[::-1], text2[::-1]
        now = time.time
        k1start = k1end = k2start = k2end = 0
        for d in range(max_d):
            if now() > deadline:
                break
            for k1 in range(-d + k1start, d + 1 - k1end, 2):
                k1_offset = v_offset + k1
                if k1 == -d or (k1 != d and v1[k1_offset - 1] < v1[k1_offset + 1]):
                    x1 = v1[k1_offset + 1]
                else:
                    x1 = v1[k1_offset - 1] + 1
                y1 = x1 - k1
                while x1 < length1 and y1 < length2 and text1[x1] == text2[y1]:
                    x1 += 1
                    y1 += 1
                v1[k1_offset] = x1
                if x1 > length1:
                    k1end += 2
                elif y1 > length2:
                    k1start += 2
                elif front:
                    k2_offset = v_offset + delta - k1
                    if 0 <= k2_offset < v_length and v2[k2_offset] != -1 and x1 >= length1 - v2[k2_offset]:
                        return self.diff_bisectSplit(text1, text2, x1, y1, deadline)  # type: ignore[no-any-return]
            for k2 in range(-d + k2start, d + 1 - k2end, 2):
                k2_offset = v_offset + k2
                if k2 == -d or (k2 != d and v2[k2_offset - 1] < v2[k2_offset + 1]):
                    x2 = v2[k2_offset + 1]
                else:
                    x2 = v2[k2_offset - 1] + 1
                y2 = x2 - k2
                while x2 < length1 and y2 < length2 and reversed1[x2] == reversed2[y2]:
                    x2 += 1
                    y2 += 1
                v2[k2_offset] = x2
                if x2 > length1:
                    k2end += 2
                elif y2 > length2:
                    k2start += 2
                elif not front:
                    k1_offset = v_offset + delta - k2
                    if 0 <= k1_offset < v_length and v1[k1_offset] != -1:
                        x1 = v1[k1_offset]
                        if x1 >= length1 - x2:
                            y1 = v_offset + x1 - k1_offset
                            return self.diff_bisectSplit(text1, text2, x1, y1, deadline)  # type: ignore[no-any-return]
        return [(self.DIFF_DELETE, text1), (self.DIFF_INSERT, text2)]


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
    old_units, new_units = _units(old), _units(new)
    # One character per distinct token, numbered in order of first appearance.
    distinct = [token for token in dict.fromkeys(chain.from_iterable([*old_units, *new_units])) if token]
    # Latin-1's characters as they stand, which most blocks need no more than.
    char_of = dict(zip(distinct, chain(_LATIN1_CLASSLESS, map(_char, count(len(_LATIN1_CLASSLESS))))))
    token_of = dict(zip(char_of.values(), distinct))
    # The diff itself runs on words, each with the space after it as one symbol: half
    # as many symbols, and no pairing of the spaces between unrelated words, which
    # made heavy rewrites slow. The cleanup then runs on the tokens, spaces and all,
    # so that it weighs an unchanged stretch by its words and spaces, as it should.
    dmp = _Differ()
    dmp.Diff_Timeout = DIFF_TIMEOUT
    unit_diffs = dmp.diff_main(
        "".join(char_of[word] for word, _ in old_units), "".join(char_of[word] for word, _ in new_units), False
    )
    diffs = _token_diffs(unit_diffs, old_units, new_units, char_of)
    dmp.diff_cleanupMerge(diffs)  # the space after a replaced word goes back to the equality
    diffs = _cleanup_semantic(dmp, diffs, token_of)
    decoded = [(op, "".join(map(token_of.__getitem__, chars))) for op, chars in diffs]
    return _tidy(_join_initials(decoded))


_ENDS_IN_INITIAL = LazyPattern(r"(?<![\w.'’])[A-Z]\Z")


def _join_initials(diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """One name replaced by another reads as one change: "[-Mary C. Daly-]{+Charles L.
    Evans+}", not "[-Mary C-]{+Charles L+}. [-Daly-]{+Evans+}". The full stop and space
    of an initial, left as an equality between two replacements, join them when both
    sides end in an initial before it and start with a capital after it."""
    out: list[tuple[int, str]] = []
    for k, (op, text) in enumerate(diffs):
        if op == 0 and text == ". " and _joins_initials(out, diffs, k):
            out += [(-1, text), (1, text)]
        else:
            out.append((op, text))
    return out


def _joins_initials(before: list[tuple[int, str]], diffs: list[tuple[int, str]], k: int) -> bool:
    """Does the ". " equality at ``diffs[k]`` stand between a replacement ending in an
    initial on both sides and one starting with a capital on both sides?"""
    prev: dict[int, str] = {}
    for op, text in reversed(before):
        if op == 0:
            break
        prev.setdefault(op, text)  # the last deletion and insertion before it
    after: dict[int, str] = {}
    for op, text in diffs[k + 1:]:
        if op == 0:
            break
        after.setdefault(op, text)  # the first ones after it
    return (
        len(prev) == 2 and len(after) == 2
        and all(_ENDS_IN_INITIAL.search(text) for text in prev.values())
        and all(text[:1].isupper() for text in after.values())
    )


def _cleanup_semantic(
    dmp: diff_match_patch, diffs: list[tuple[int, str]], token_of: dict[str, str]
) -> list[tuple[int, str]]:
    """diff-match-patch's semantic cleanup, which folds an unchanged stretch shorter
    than the changes on both sides of it into them, run between the unchanged
    stretches of ``KEPT_WORDS`` words or more: those stay as they are, however much
    changed around them (a sentence kept between two rewritten ones, or moved from
    one paragraph of a split into the other)."""
    kept = [k for k, (op, chars) in enumerate(diffs) if op == 0 and _holds_words(chars, token_of, KEPT_WORDS)]
    if not kept:
        dmp.diff_cleanupSemantic(diffs)
        return diffs
    out: list[tuple[int, str]] = []
    start = 0
    for k in [*kept, len(diffs)]:
        part = diffs[start:k]
        if part:
            dmp.diff_cleanupSemantic(part)
            out += part
        if k < len(diffs):
            out.append(diffs[k])
        start = k + 1
    return out


def _holds_words(chars: str, token_of: dict[str, str], count: int) -> bool:
    """Do the tokens ``chars`` stand for hold at least ``count`` words?"""
    if len(chars) < count:  # a word is one token at least
        return False
    found = 0
    for char in chars:
        if token_of[char][0].isalnum():
            found += 1
            if found >= count:
                return True
    return False


def _units(text: str) -> list[tuple[str, str]]:
    """The tokens of ``text`` grouped as (word, space): a word or mark and the white
    space after it ("" if none). White space at the start, and white space that breaks
    a line (between the paragraphs of a split or merge), stand alone as words."""
    return _UNIT.findall(text)


def _token_diffs(unit_diffs: list[tuple[int, str]], old_units: list[tuple[str, str]],
                 new_units: list[tuple[str, str]], char_of: dict[str, str]) -> list[tuple[int, str]]:
    """A diff of units as a diff of tokens, neighbours of one kind joined. Units equal
    by their word whose spaces differ give an equal word and a change of spaces."""
    out: list[tuple[int, list[str]]] = []

    def emit(op: int, chars: str) -> None:
        if out and out[-1][0] == op:
            out[-1][1].append(chars)
        else:
            out.append((op, [chars]))

    def encode(units: list[tuple[str, str]]) -> str:
        return "".join(char_of[word] + (char_of[space] if space else "") for word, space in units)

    i = j = 0
    for op, chars in unit_diffs:
        n = len(chars)
        if op == -1:
            emit(-1, encode(old_units[i : i + n]))
            i += n
        elif op == 1:
            emit(1, encode(new_units[j : j + n]))
            j += n
        elif old_units[i : i + n] == new_units[j : j + n]:  # mostly: spaces and all
            emit(0, encode(old_units[i : i + n]))
            i += n
            j += n
        else:
            for (word, old_space), (_, new_space) in zip(old_units[i : i + n], new_units[j : j + n]):
                emit(0, char_of[word])
                if old_space == new_space:
                    if old_space:
                        emit(0, char_of[old_space])
                else:
                    if old_space:
                        emit(-1, char_of[old_space])
                    if new_space:
                        emit(1, char_of[new_space])
            i += n
            j += n
    return [(op, "".join(parts)) for op, parts in out]


def _char(number: int) -> str:
    """The character that stands for token ``number`` (see _LATIN1_CLASSLESS)."""
    for part in (_LATIN1_CLASSLESS, _BMP_PRIVATE, _PRIVATE_PLANES, _LATIN1_CLASSED, *_REST):
        if number < len(part):
            found = part[number]
            return found if isinstance(found, str) else chr(found)
        number -= len(part)
    raise ValueError("more distinct tokens than there are characters")


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
