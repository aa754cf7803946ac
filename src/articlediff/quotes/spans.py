"""Quotation marks → quoted spans: where each quotation of one paragraph opens and
closes, read from the marks and the characters around them (an apostrophe is not a
quotation). The table of marks is text/marks.py's."""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import re
from typing import NamedTuple

from ..text.lazy import LazyPattern
from ..text.marks import DOUBLE_OPENERS, DOUBLE_PAIRS, DOUBLED_MARKS, QUOTATION_MARKS, SINGLE_PAIRS
from ..text.pattern_cache import compile_pattern

_MARK = compile_pattern(f"[{QUOTATION_MARKS}]")
_DOUBLE_CLOSERS = DOUBLE_PAIRS
_SINGLE_CLOSERS = SINGLE_PAIRS
# The curly double openers; and the closers that open Swedish and Danish quotations.
_CURLY_OPENERS = DOUBLE_OPENERS.replace('"', "")
_CLOSERS_OPENING = "".join(mark for mark in DOUBLE_PAIRS if mark not in DOUBLE_OPENERS)
_ELISION = LazyPattern(r"(?:em|n|til|cause|tis|twas|\d\d)\b", re.IGNORECASE)
_BEFORE_OPENER = "([{—–-/"
_DOUBLED = compile_pattern("|".join(DOUBLED_MARKS))
# What stands for the second mark of a doubled pair while the paragraph is scanned: a
# character that is no mark, no space, no letter (a word joiner), so that offsets stay
# those of the text.
_FILLER = "\u2060"
# Single marks that are never apostrophes.
_ONLY_QUOTING = "‹"


class _Span(NamedTuple):
    """A quoted span of one paragraph: ``text[start:end]`` with its marks."""

    start: int
    end: int
    content: str
    open_at_end: bool = False
    """The paragraph ended before a closing mark."""
    open_at_start: bool = False
    """The paragraph began inside the span: its only mark closes it at its end, a
    quotation opened in a paragraph before and not re-opened. Only a continuation."""


def _opener_context(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before.isspace() or before in _BEFORE_OPENER or before in DOUBLE_OPENERS) and bool(after) and not after.isspace()


def _closer_context(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def single_marks_lead(texts: "list[str]", counted: "dict[str, tuple[int, int]] | None" = None) -> bool:
    """Does a story quote with single marks, doubles for a quotation inside one
    (British style: ‘It was “a mess”,’ she said)? When more quotations open with a
    single mark than with a double one. ``counted`` keeps each paragraph's counts by
    its text, for the versions of a story to share (see QuoteCache)."""
    singles = doubles = 0
    for text in texts:
        found = counted.get(text) if counted is not None else None
        if found is None:
            found = _opening_marks(text)
            if counted is not None:
                counted[text] = found
        singles += found[0]
        doubles += found[1]
    return singles > doubles


def _opening_marks(text: str) -> "tuple[int, int]":
    """How many quotations of a paragraph open with a single mark and with a double
    one (a paragraph without a single mark counts one double at most: only the
    story's total against the singles matters, and one tells there is some)."""
    if "'" not in text and "‘" not in text:
        if '"' not in text and "“" not in text and "„" not in text and "«" not in text:
            return 0, 0  # no mark _DOUBLE_START starts with: four fast scans, not a search
        return 0, int(bool(_DOUBLE_START.search(text)))
    return len(_SINGLE_START.findall(text)), len(_DOUBLE_START.findall(text))


# A mark that opens a quotation: at the start, or after a space, colon or dash, and
# before a capital letter (an apostrophe seldom stands there: "’em" is lower-case).
_SINGLE_START = LazyPattern(r"['‘](?<![^\s:—–(].)(?=[A-Z])")
_DOUBLE_START = LazyPattern(r"[\"“„«](?<![^\s:—–(].)(?=[A-Z])")


def _scan(text: str, singles_lead: bool = False) -> list[_Span]:
    """Quoted spans of one paragraph, in order. Never fails: an unclosed double quote
    runs to the paragraph's end, an unclosed single one is taken for apostrophes (unless
    single marks lead and it opens the paragraph or follows a colon). Two
    single marks written for a double one (''…'', ‘‘…’’) are read as that mark."""
    if text.isascii() and '"' not in text and "'" not in text:
        return []  # as in many paragraphs: two fast scans, not a search for any of ten marks
    if "''" in text or "‘‘" in text or "’’" in text:
        mapped = _DOUBLED.sub(lambda m: DOUBLED_MARKS[m.group()] + _FILLER, text.replace(_FILLER, ""))
        if len(mapped) == len(text):
            spans = [_Span(span.start, span.end + (mapped[span.end : span.end + 1] == _FILLER),
                           span.content.replace(_FILLER, ""), span.open_at_end)
                     for span in _scan_marks(mapped, singles_lead)]
            return [span for span in spans if span.content.strip()]
    return _scan_marks(text, singles_lead)


def _scan_marks(text: str, singles_lead: bool = False) -> list[_Span]:
    """_scan, the doubled marks read."""
    spans: list[_Span] = []
    mark: str | None = None  # the opening mark of the span we are in
    at = 0
    for match in _MARK.finditer(text):
        i, ch = match.start(), match.group()
        if mark is None:
            mark, at = _open_at_top(text, i, ch), i
        elif mark in _SINGLE_CLOSERS:
            if ch in _SINGLE_CLOSERS[mark] and (_closer_context(text, i) or mark in _ONLY_QUOTING) \
                    and not _plural_possessive(text, i, _SINGLE_CLOSERS[mark]):
                spans.append(_Span(at, i + 1, text[at + 1 : i]))
                mark = None
            elif ch in DOUBLE_OPENERS and _opener_context(text, i) and not singles_lead:
                mark, at = ch, i  # the single mark was an apostrophe after all
        elif ch in _DOUBLE_CLOSERS[mark] and not (ch == '"' and _opener_context(text, i)
                                                 and not _closer_context(text, i)):
            spans.append(_Span(at, i + 1, text[at + 1 : i]))
            mark = None
        elif ch in DOUBLE_OPENERS and _opener_context(text, i):
            # A new opening mark while one is open: the first was never closed.
            spans.append(_Span(at, i, text[at + 1 : i]))
            mark, at = ch, i
    if mark is not None and (mark in _DOUBLE_CLOSERS or singles_lead and _opens_paragraph_quotation(text, at)):
        spans.append(_Span(at, len(text), text[at + 1 :], open_at_end=True))
    if not spans and mark is None:
        end = len(text.rstrip().rstrip(_FILLER))  # the filler of a doubled mark ('') aside
        last = text[end - 1 : end]
        if last and last in "\"”" and _MARK.search(text, 0, end - 1) is None and _closer_context(text, end - 1):
            # "…, decided to resign.''": a paragraph that goes on with a quotation the one
            # before left open (assemble keeps it only then).
            spans.append(_Span(0, end, text[: end - 1], open_at_start=True))
    return [s for s in spans if s.content.strip()]


def _opens_paragraph_quotation(text: str, at: int) -> bool:
    """In a story quoting with single marks, is the unclosed one at ``at`` a quotation
    that runs on into the next paragraph ("He said: 'There are people North and South
    who …")? When it opens the paragraph or follows a colon, before a capital."""
    return text[at + 1 : at + 2].isupper() and (not text[:at].strip() or text[:at].rstrip().endswith(":"))


_LOWER_WORD_AFTER = LazyPattern(r" [a-z]")


def _plural_possessive(text: str, i: int, closers: str) -> bool:
    """Is the single mark at ``text[i]`` the apostrophe of a plural possessive ("the
    fans’ mood") inside a single-marked quotation, which closes further on?"""
    if text[i - 1 : i] not in ("s", "S") or not _LOWER_WORD_AFTER.match(text, i + 1):
        return False
    return any(text[j] in closers and _closer_context(text, j) for j in range(i + 2, len(text)))


def _open_at_top(text: str, i: int, ch: str) -> str | None:
    """The mark a span opens with at ``text[i]``, or None if it opens nothing there."""
    after = text[i + 1 : i + 2]
    if ch in _ONLY_QUOTING:
        return ch if after else None
    if ch in _CURLY_OPENERS:
        if after.isspace() and ch == "“":
            # "“ We ’re looking … . ”": text with its words spaced apart (tokenised), the
            # marks too; an opening “ is one when a ” closes it further on.
            before = text[i - 1] if i else " "
            return ch if "”" in text[i + 2 :] and (before.isspace() or before in _BEFORE_OPENER) else None
        return ch if after and (not after.isspace() or ch == "«") else None
    if ch == '"':
        before = text[i - 1] if i else " "
        return ch if _opener_context(text, i) or not (before.isalnum() or _closer_context(text, i)) else None
    if ch in _CLOSERS_OPENING:
        return ch if _opener_context(text, i) else None
    if ch in _SINGLE_CLOSERS and _opener_context(text, i) and after.isalpha():
        return None if _ELISION.match(text, i + 1) else ch
    return None
