"""The one sentence splitter: a paragraph → its sentences."""

from __future__ import annotations

import re

from .words import DOTTED_ACRONYM

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj pres st jr sr
    no nos vol p pp fig inc ltd co corp bros dept univ est approx vs etc al
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    ft mt ave blvd rd""".split()
)
# Words that, capitalised after "U.S." or another dotted acronym, almost always begin
# a new sentence rather than continue a name.
_SENTENCE_STARTERS = frozenset(
    """the a an but and it its he she they we i in on at this that these those there
    his her their our as if when while after before however meanwhile still yet so""".split()
)
# A candidate sentence end: a run of sentence-ending marks (group 1), closing quotes or
# brackets, then white space, the next character (group 2) and the one after it, if
# any (group 3). (The run is spelt "[.!?…][.!?…]*" rather than "[.!?…]+" so that the
# regular expression engine can skip ahead to the next mark: twice as fast.)
_AFTER_MARKS = r"[\"”’')\]]*(?=\s+(\S)((?s:.)?))"
_SENTENCE_END = re.compile(rf"([.!?…][.!?…]*){_AFTER_MARKS}")
# The same for a text whose only mark is the full stop, as most paragraphs' is: a
# pattern that starts with one character is searched for faster than one that starts
# with a set of them (three times as fast).
_FULL_STOP_END = re.compile(rf"(\.\.*){_AFTER_MARKS}")
_OPENERS = "\"“‘'([«„"
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
        next_word = re.compile(_NEXT_WORD).match(text, match.start(2))
        return next_word is not None and next_word.group(1).lower() in _SENTENCE_STARTERS
    if len(word) == 1 and word.isupper():  # an initial: "Janet L. Yellen"
        return False
    return word.lower() not in _ABBREVIATIONS
