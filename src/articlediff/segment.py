"""Segment stage: text → paragraphs with roles, and paragraphs → sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from .model import Article, ArticleFormat, Paragraph, Role
from .text.pattern_cache import compile_pattern
from .text.sentences import split_sentences
from .text.words import normalize_newlines

# White space that may surround a paragraph: ASCII space characters and the Unicode
# space separators. Zero-width characters are not white space here: they are data,
# and an edit that only adds one must show.
_SPACE = " \t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_BLANK_LINE = compile_pattern(rf"\n[{_SPACE}]*\n")
_NEWLINE = compile_pattern("\n")


def split_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs.

    Paragraphs are the blocks separated by blank lines. A text with no blank line at
    all has one paragraph per non-empty line. Each paragraph is stripped of the white
    space around it and otherwise left as it is; empty ones are dropped.
    """
    return [chunk for chunk, _ in split_paragraphs_with_lines(text)]


def split_paragraphs_with_lines(text: str) -> list[tuple[str, int]]:
    """As split_paragraphs, with the line (from 1) each paragraph starts on."""
    strip_chars = _SPACE + "\n"
    # Every separator holds two line breaks (a blank line) or one (a line break).
    separator, breaks = (_BLANK_LINE, 2) if _BLANK_LINE.search(text) else (_NEWLINE, 1)
    out: list[tuple[str, int]] = []
    line = 1
    for chunk in separator.split(text):
        stripped = chunk.strip(strip_chars)
        if stripped:
            # Most paragraphs start right after their separator: no lines to count.
            lead = len(chunk) - len(chunk.lstrip(strip_chars)) if chunk[0] in strip_chars else 0
            out.append((stripped, line + chunk.count("\n", 0, lead)))
        line += chunk.count("\n") + breaks
    return out


# --- roles -----------------------------------------------------------------------

# How boilerplate paragraphs begin (matched on lower-cased text). Plain prefixes, not
# one large regular expression: compiling that cost more than the rest of a run.
_BOILERPLATE_STARTS = (
    "this is a developing story", "this story is developing", "this story has been updated",
    "this story will be updated", "this story was updated", "this story has been corrected",
    "this story was corrected", "this article was updated", "this article has been updated",
    "this article was corrected", "this article has been corrected", "the story was updated",
    "the story has been updated", "the article was updated", "the article has been updated",
    "the-cnn-wire", "thecnnwire", "the cnn wire", "©", "copyright ", "copyright©", "(c) 1", "(c) 2", "(c)1", "(c)2",
    "reporting by ", "(reporting by ", "writing by ", "(writing by ", "editing by ", "(editing by ",
    "additional reporting by ", "(additional reporting by ", "story continues below", "continue reading",
    "related:", "read more:", "see also:", "sign up for ", "subscribe to ", "click here ", "follow us ",
)
_BOILERPLATE_WHOLE = frozenset(("advertisement", "related", "read more", "continue reading", "the-cnn-wire"))
_BOILERPLATE_ANYWHERE = compile_pattern(
    r"all rights reserved|contributed (?:to )?this report|may not be (?:published|reproduced)"
)
#: Words of prose, outside the sentences that are notices (see _is_notice), that make
#: a paragraph holding a notice the story's.
_PROSE_WORDS = 8
_BYLINE = compile_pattern(r"^(?:date\s+\S+\s+)?by\s+\S")
# Compiled on first use (by re's cache): only short paragraphs are tried.
_DATELINE = (
    r"""^(?:(?:updated|published|posted|last\ updated)\b.*\d
      | date\s+\d{4}-\d\d-\d\d\s*$
      | (?:mon|tues|wednes|thurs|fri|satur|sun)day,?\ .*\d{4}\s*$
      | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\ \d{1,2},\ \d{4}\s*$
      | \d{4}-\d\d-\d\d(?:[t\ ]\d\d:\d\d.*)?\s*$
    )"""
)
# The role patterns above are matched against lower-cased text: case-insensitive
# patterns cost several times more to compile, and start-up time matters here.
_MARKDOWN_HEADING = compile_pattern(r"^(#{1,6})\s+\S")
# The marks a sentence or a clause ends with (see _ends_like_sentence).
_SENTENCE_MARKS = ".!?…:;,\"”’)]"


def _ends_like_sentence(text: str) -> bool:
    """Is the last character before any trailing white space a sentence's or a
    clause's closing mark? (A test of the last character, not a regular expression:
    one with these marks took longer to compile than this module's other work.)"""
    last = text.rstrip()[-1:]
    return last != "" and last in _SENTENCE_MARKS


def classify_role(text: str, *, first_content: bool) -> Role:
    """Guess a paragraph's role from its text and place. Nothing else is read, so
    that the role of a paragraph text is guessed once (see SegmentCache).

    Args:
        text: the paragraph, stripped.
        first_content: True if no body, headline or subhead paragraph precedes it.
    """
    words = text.split(maxsplit=40)  # enough to tell the short paragraphs
    heading = _MARKDOWN_HEADING.match(text)
    if heading:
        return Role.HEADLINE if len(heading.group(1)) == 1 and first_content else Role.SUBHEAD
    if len(words) > 40:
        return Role.BODY  # every other role is a paragraph of 40 words or fewer
    lower = text.lower()
    if lower.rstrip(".:") in _BOILERPLATE_WHOLE or (
        (lower.startswith(_BOILERPLATE_STARTS) or _BOILERPLATE_ANYWHERE.search(lower)) and _nothing_but_notices(text)
    ):
        return Role.BOILERPLATE
    if len(words) <= 25 and _BYLINE.match(lower) and not _ends_like_sentence(text.rstrip(".")):
        return Role.BYLINE
    if len(words) <= 12 and _has_digit(lower) and re.match(_DATELINE, lower, re.VERBOSE):
        return Role.DATELINE
    if "\n" not in text and not _ends_like_sentence(text) and text[:1].isupper():
        if first_content and len(words) <= 20:
            return Role.HEADLINE
        if not first_content and len(words) <= 10:
            return Role.SUBHEAD
    return Role.BODY


def _has_digit(text: str) -> bool:
    """Does ``text`` hold a digit (of any script, as ``\\d`` matches), as every dateline
    does? Most short paragraphs hold none, and need not compile _DATELINE."""
    return any(char.isdecimal() for char in text)


def _is_notice(sentence: str) -> bool:
    """Is a sentence a notice: a credit, a rights notice, a note on the story ("…
    contributed to this report.", "© 2025 …", "This is a developing story.")?"""
    lower = sentence.lower()
    return "©" in sentence or lower.startswith(_BOILERPLATE_STARTS) or _BOILERPLATE_ANYWHERE.search(lower) is not None


def _nothing_but_notices(text: str) -> bool:
    """Is a paragraph that holds a notice (a credit, a rights notice, "This is a
    developing story.") nothing else? A sentence of news glued to one is the story's,
    and hidden with the boilerplate, its edits would be hidden too."""
    return sum(len(s.split()) for s in split_sentences(text) if not _is_notice(s)) < _PROSE_WORDS


# --- articles ------------------------------------------------------------------------


class RoledText(NamedTuple):
    """A paragraph's text with the role its source markup gave it (None: unknown)."""

    text: str
    role: Role | None = None
    line: int | None = None
    """The line of the source it starts on, where that is known."""


#: The roles after which no paragraph is the first of the story (see classify_role); a
#: set, since a look-up in it is quicker than reading the members by name each time.
_STORY_ROLES = frozenset((Role.BODY, Role.HEADLINE, Role.SUBHEAD))


class SegmentCache:
    """What segmenting a paragraph found, by its text: one cache for several versions
    of a story, which repeat most of each other's paragraphs, so each distinct one is
    split and its role guessed once."""

    def __init__(self) -> None:
        self.sentences: dict[str, tuple[str, ...]] = {}
        self.roles: dict[tuple[str, bool], Role] = {}
        """The role guessed for a text, by the text and whether it is first_content
        (see classify_role)."""


def segment_article(text: str, *, source: str = "<string>", encoding: str = "utf-8",
                    cache: SegmentCache | None = None) -> Article:
    """Split a story's text into paragraphs, give each a role, split sentences."""
    # Plain triples: RoledText would cost a Python-level constructor call a paragraph.
    blocks = ((chunk, None, line) for chunk, line in split_paragraphs_with_lines(normalize_newlines(text)))
    return segment_blocks(blocks, source=source, encoding=encoding, cache=cache)


def segment_blocks(
    blocks: Iterable[tuple[str, Role | None, int | None]], *, source: str = "<string>", encoding: str = "utf-8",
    format: ArticleFormat = ArticleFormat.TEXT, cache: SegmentCache | None = None,
) -> Article:
    """Paragraphs (from text, Markdown or HTML, as RoledText or as plain triples like
    it) → an Article: roles where the source gave none, sentences (looked up in
    ``cache`` first, and added to it)."""
    paragraphs: list[Paragraph] = []
    found = SegmentCache() if cache is None else cache
    split, roles = found.sentences, found.roles
    first_content = True
    for index, (chunk, given, line) in enumerate(blocks):
        role = given
        if role is None:
            role = roles.get((chunk, first_content))
            if role is None:
                role = roles[(chunk, first_content)] = classify_role(chunk, first_content=first_content)
        if role in _STORY_ROLES:
            first_content = False
        sentences = split.get(chunk)
        if sentences is None:
            sentences = split[chunk] = tuple(split_sentences(chunk))
        # tuple.__new__, not Paragraph's own __new__ (a Python function): one a paragraph.
        paragraphs.append(tuple.__new__(Paragraph, (index, chunk, role, sentences, line)))
    return Article(source=source, paragraphs=tuple(paragraphs), encoding=encoding, format=format)
