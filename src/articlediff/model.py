"""The data model: immutable value objects shared by every pipeline stage. No I/O.

The records are typed ``NamedTuple`` classes: immutable, compared by value, and, unlike
dataclasses, nearly free to define, which matters for a command that starts for every
comparison. Build them with keyword arguments; ``_replace`` gives a changed copy.

This module does without ``from __future__ import annotations``: ``NamedTuple`` reads
each field's annotation, and a string one costs a compilation (a third of the time
it takes to define these classes). Only the one name imported for type checking alone
is written as a string.
"""

from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .quotes import QuoteChange


class Role(str, Enum):
    """What a paragraph is, as a reader would see it."""

    HEADLINE = "headline"
    SUBHEAD = "subhead"
    BYLINE = "byline"
    DATELINE = "dateline"
    BOILERPLATE = "boilerplate"
    BODY = "body"

    @property
    def is_metadata(self) -> bool:
        """Byline, dateline and boilerplate: not part of the story's text."""
        return self in METADATA_ROLES


#: The roles that are not part of the story's text (see Role.is_metadata). A loop over
#: the paragraphs of a long story tests membership here: reading an enumeration's
#: member by name (``Role.BYLINE``) takes a dozen times as long as a set look-up.
METADATA_ROLES = frozenset((Role.BYLINE, Role.DATELINE, Role.BOILERPLATE))


class BlockKind(str, Enum):
    """How a block of paragraphs changed between the two versions."""

    UNCHANGED = "unchanged"
    EDITED = "edited"
    ADDED = "added"
    REMOVED = "removed"


class SpanOp(str, Enum):
    """One operation of an inline word diff."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


class Paragraph(NamedTuple):
    """One paragraph of one version."""

    index: int  # type: ignore[assignment]  # the field hides tuple.index(), which no caller wants
    """Position in its version, from 0, in input order."""
    text: str
    """The paragraph's text, surrounding white space stripped, otherwise as read."""
    role: Role = Role.BODY
    """What the paragraph is (body text, subhead, byline, boilerplate...)."""
    sentences: tuple[str, ...] = ()
    """The paragraph split into sentences; joined with single spaces they give ``text``
    up to white space."""
    line: int | None = None
    """The line of the input it starts on (from 1), for text and Markdown input."""


class Article(NamedTuple):
    """One version of a story, as segmented."""

    source: str
    """Where it came from: a path, ``-`` for standard input, or ``<string>``."""
    paragraphs: tuple[Paragraph, ...]
    """The paragraphs in reading order."""
    encoding: str = "utf-8"
    """The character encoding the bytes were decoded with."""
    format: str = "text"
    """What the input was: ``text``, ``markdown`` or ``html``."""
    extractor: str | None = None
    """For HTML, what extracted the article: ``trafilatura`` or ``builtin``."""

    @property
    def text(self) -> str:
        """The paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)


class Span(NamedTuple):
    """A run of text that is equal on both sides, deleted from old, or inserted in new."""

    op: SpanOp
    text: str


class Fact(NamedTuple):
    """A number, name or date that an edit took out, put in, or changed."""

    type: str
    """``number``, ``name`` or ``date``."""
    old: str | None
    """As it was, or None if the edit put it in."""
    new: str | None
    """As it is, or None if the edit took it out."""


class Block(NamedTuple):
    """A group of paragraphs that correspond across the two versions.

    An unchanged or edited block pairs one old paragraph with one new one; a split
    pairs one old paragraph with several new ones, a merge several old with one new.
    An added block has only new paragraphs, a removed block only old ones.
    """

    kind: BlockKind
    old: tuple[int, ...]
    """Indices of the old paragraphs in this block, ascending."""
    new: tuple[int, ...]
    """Indices of the new paragraphs in this block, ascending."""
    moved: bool = False
    """True when the block's relative order changed (it is in the minimal set of
    pairings that must be taken out for the rest to keep their order)."""
    moved_pairs: tuple[tuple[int, int], ...] = ()
    """The (old, new) pairings of this block that moved; a split may move one part."""
    similarity: float | None = None
    """How alike the old and new text are (0..1); None for added and removed blocks."""
    spans: tuple[Span, ...] = ()
    """The word diff: equal+delete spans rebuild the old text, equal+insert the new
    (paragraphs joined by a blank line)."""
    significance: str | None = None
    """For edited blocks: ``minor``, ``reworded`` or ``substantive`` (see facts.py)."""
    typographic: bool = False
    """For edited blocks: only punctuation, quote marks, dashes or spacing changed."""
    facts: tuple[Fact, ...] = ()
    """Numbers, names and dates the edit changed."""
    sentences: tuple[tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]], ...] = ()
    """For edited blocks: aligned sentences, each group (old ids, new ids), an id being
    (paragraph index, sentence index)."""
    links: tuple[tuple[int, int], ...] = ()
    """The (old, new) paragraph pairings inside the block: which old paragraph's text
    went into which new one. A one-to-one block has one; a block of several old and
    several new paragraphs (sentences moved between them) need not pair each with each.
    Empty for added and removed blocks."""

    @property
    def is_split(self) -> bool:
        return len(self.old) == 1 and len(self.new) > 1

    @property
    def is_merge(self) -> bool:
        return len(self.old) > 1 and len(self.new) == 1

    @property
    def is_regrouped(self) -> bool:
        """Several old paragraphs and several new ones: text moved between them."""
        return len(self.old) > 1 and len(self.new) > 1


class Summary(NamedTuple):
    """Counts over all blocks; exit status and CI policies read these."""

    added: int = 0
    """Paragraphs added."""
    removed: int = 0
    """Paragraphs removed."""
    edited: int = 0
    """Edited blocks (a split or merge counts once)."""
    moved: int = 0
    """Blocks whose relative order changed."""
    unchanged: int = 0
    """Paragraphs identical on both sides."""
    words_added: int = 0
    """Words in inserted text (added paragraphs and insertions inside edits)."""
    words_removed: int = 0
    """Words in deleted text (removed paragraphs and deletions inside edits)."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.edited or self.moved)


class MetadataChange(NamedTuple):
    """A change to a paragraph that is not body text (byline, dateline, headline,
    boilerplate), reported apart from edits to the story."""

    role: Role
    kind: BlockKind
    old: str | None
    new: str | None


class ArticleDiff(NamedTuple):
    """The result of comparing two versions of a story."""

    old: Article
    new: Article
    blocks: tuple[Block, ...]
    """In reading order of the new version; removed blocks stand where they stood."""
    summary: Summary
    metadata: tuple[MetadataChange, ...] = ()
    """Headline, byline, dateline and boilerplate changes, apart from the story."""
    quotes: tuple["QuoteChange", ...] = ()
    """What happened to each quotation and quoted term, in reading order."""

    @property
    def changed(self) -> bool:
        """True when the two versions differ in any paragraph."""
        return self.summary.changed
