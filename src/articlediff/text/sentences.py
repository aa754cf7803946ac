"""The one sentence splitter: a paragraph → its sentences (split_sentences), and the
same reading over a paragraph whose quotations stand replaced by a placeholder
(sentence_bounds), with one list of abbreviations for both."""

from __future__ import annotations

import re

from .lazy import LazyPattern
from .marks import DOUBLE_OPENERS
from .pattern_cache import compile_pattern
from .words import DOTTED_ACRONYM

#: Words that a full stop after them does not end a sentence with, in lower case.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj pres st jr sr
    no nos vol p pp fig inc ltd co corp bros dept univ est approx vs etc al
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    ft mt ave blvd rd rev coun cllr supt insp det cpl hon""".split()
)
# Of those, the ones sentence_bounds (and the quotation reader's names) take for a
# sentence's last word all the same, as they always have: read as abbreviations, they
# would carry a speaker's description on past a sentence's end ("… a Warner Bros.
# Discovery Company").
_NOT_IN_FRAMES = frozenset(
    """cmdr maj pres nos vol p pp fig bros dept univ est approx etc al
    mon tue tues wed thu thurs fri sat sun ave blvd rd""".split()
)
#: The abbreviations of a frame (see sentence_bounds).
FRAME_ABBREVIATIONS = ABBREVIATIONS - _NOT_IN_FRAMES

#: Words that, capitalised after "U.S." or another dotted acronym, almost always begin
#: a new sentence rather than continue a name; in lower case.
SENTENCE_STARTERS = frozenset(
    """the a an but and it its he she they we i in on at this that these those there
    his her their our as if when while after before however meanwhile still yet so""".split()
)
# A candidate sentence end: a run of sentence-ending marks (group 1), closing quotes or
# brackets, then white space, the next character (group 2) and the one after it, if
# any (group 3). (The run is spelt "[.!?…][.!?…]*" rather than "[.!?…]+" so that the
# regular expression engine can skip ahead to the next mark.)
_AFTER_MARKS = r"[\"”’')\]]*(?=\s+(\S)((?s:.)?))"
_SENTENCE_END = LazyPattern(rf"([.!?…][.!?…]*){_AFTER_MARKS}")
# The same for a text whose only mark is the full stop, as most paragraphs' is: a
# pattern that starts with one character is searched for faster than one that starts
# with a set of them.
_FULL_STOP_END = LazyPattern(rf"(\.\.*){_AFTER_MARKS}")
_OPENERS = DOUBLE_OPENERS + "‘'(["
# The word after a full stop, past any opening quote marks or brackets; only looked
# for after a dotted acronym, so compiled on first use (and then cached by re).
_NEXT_WORD = r"[\"“‘'(\[«„]*([\w’']*)"


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences.

    Handles abbreviations ("Mr.", "Sen."), initials ("Janet L. Yellen"), dotted
    acronyms ("U.S."), ellipses, and closing quote marks after the full stop. Each
    sentence is a stripped substring of ``text``.
    """
    sentences: list[str] = []
    start = 0
    ends = _SENTENCE_END if "!" in text or "?" in text or "…" in text else _FULL_STOP_END
    for match in ends.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.end()
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
        start = end
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Does the candidate sentence end ``match`` (of ``_SENTENCE_END``) end a sentence?
    Only the words on either side are looked at (never the rest of the text, which
    would make long paragraphs quadratic)."""
    nxt = match[2]
    if nxt in _OPENERS:
        nxt = match[3] or nxt
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    mark = match[1]
    if mark != ".":  # most marks are a single full stop, which needs neither test
        if mark.endswith(("...", "…")):
            # An ellipsis marks words left out, mostly inside a sentence.
            return False
        if not mark.endswith("."):
            return True
    # A single full stop: is the word before it an abbreviation? The word runs back
    # from the stop to white space: mostly a plain space, found fast; other white
    # space is never printable, so only then is the word looked at letter by letter.
    mark_start = match.start()
    begin = text.rfind(" ", 0, mark_start) + 1
    word = text[begin:mark_start]
    if not word.isprintable():
        begin = mark_start
        while begin and not text[begin - 1].isspace():
            begin -= 1
        word = text[begin:mark_start]
    word = word.lstrip(_OPENERS)
    if "." in word and DOTTED_ACRONYM.fullmatch(word):  # most words hold no dot: no match to try
        next_word = compile_pattern(_NEXT_WORD).match(text, match.start(2))
        return next_word is not None and next_word.group(1).lower() in SENTENCE_STARTERS
    if len(word) == 1 and word.isupper():  # an initial: "Janet L. Yellen"
        return False
    return word.lower() not in ABBREVIATIONS


# --- sentences of a frame: a text whose quotations stand replaced by a placeholder ------

# No closing quotation marks to step over (the quotations are gone): closing brackets,
# then white space before more text. "[.!?][.!?]*", not "[.!?]+": a pattern that starts
# with a set of characters skips ahead to the next of them.
_FRAME_AFTER_MARKS = r"[)\]]*\s+(?=\S)"
_FRAME_BOUNDARY = LazyPattern(rf"[.!?][.!?]*{_FRAME_AFTER_MARKS}")
# The same for a frame whose only mark is the full stop: one character to search for is
# found faster than any of a set (see _FULL_STOP_END).
_FRAME_FULL_STOP_BOUNDARY = LazyPattern(rf"\.\.*{_FRAME_AFTER_MARKS}")
_FRAME_OPENERS = "(" + DOUBLE_OPENERS  # besides a capital, a digit or the placeholder


def sentence_bounds(frame: str, placeholder: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``frame``, a text in which ``placeholder`` stands
    for each quotation: a stop, then a capital, a digit, an opening mark or a quotation.
    The sentences cover the frame, white space included."""
    bounds: list[tuple[int, int]] = []
    start = 0
    opens_sentence = placeholder + _FRAME_OPENERS
    boundaries = _FRAME_BOUNDARY if "!" in frame or "?" in frame else _FRAME_FULL_STOP_BOUNDARY
    for match in boundaries.finditer(frame):
        nxt = frame[match.end()]
        if not (nxt.isupper() or nxt.isdigit() or nxt in opens_sentence):
            continue
        if frame[match.start()] == "." and _is_frame_abbreviation(
            _word_before(frame, match.start()), frame, match.end()
        ):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(frame)))
    return bounds


def _word_before(frame: str, end: int) -> str:
    before = frame[max(0, end - 40) : end].rsplit(None, 1)
    return before[-1].lstrip(_FRAME_OPENERS) if before else ""


def _is_frame_abbreviation(word: str, frame: str, after: int) -> bool:
    if word.lower() in FRAME_ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    if DOTTED_ACRONYM.fullmatch(word):  # U.S, U.N
        next_word = frame[after:].split(None, 1)[0] if frame[after:].strip() else ""
        return next_word.lower() not in SENTENCE_STARTERS
    return False
