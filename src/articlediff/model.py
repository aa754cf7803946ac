"""The data model: immutable value objects shared by every pipeline stage. No I/O.

The records are typed ``NamedTuple`` classes: immutable, compared by value, and, unlike
dataclasses, nearly free to define, which matters for a command that starts for every
comparison. Build them with keyword arguments; ``_replace`` gives a changed copy.

This module does without ``from __future__ import annotations``: ``NamedTuple`` reads
each field's annotation, and a string one would cost a compilation at every start-up.
"""

from enum import Enum, IntEnum, StrEnum
from typing import NamedTuple


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

    @property
    def is_story(self) -> bool:
        """Headline, subheads and body: the story's own text, whose changes are the
        story's (its facts, its removed paragraphs)."""
        return self in STORY_ROLES


#: The roles that are not part of the story's text (see Role.is_metadata). A loop over
#: the paragraphs of a long story tests membership here, not a member read by name,
#: which is far slower than a set look-up.
METADATA_ROLES = frozenset((Role.BYLINE, Role.DATELINE, Role.BOILERPLATE))
#: The roles of the story's own text (see Role.is_story).
STORY_ROLES = frozenset((Role.HEADLINE, Role.SUBHEAD, Role.BODY))


class ArticleFormat(StrEnum):
    """What an input was read as."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class Significance(StrEnum):
    """How much an edit matters (see facts.grade_edit)."""

    MINOR = "minor"
    """Punctuation, typography, a typo: nothing a reader would notice."""
    REWORDED = "reworded"
    """Words changed, no number, name or date."""
    SUBSTANTIVE = "substantive"
    """A number, name or date changed, or much of the text."""


class FactType(StrEnum):
    """What kind of fact an edit changed."""

    NUMBER = "number"
    NAME = "name"
    DATE = "date"


class ExitStatus(IntEnum):
    """The command's exit status, read off a result's ``return_code``."""

    SAME = 0
    """The versions are the same; no rule broken; every pair compared."""
    DIFFERENT = 1
    """The versions differ; a rule is broken."""
    TROUBLE = 2
    """An input could not be read, or a bad option."""


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
    format: ArticleFormat = ArticleFormat.TEXT
    """What the input was read as."""
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
    """A number, name or date that an edit (or the story) took out, put in, or changed."""

    type: FactType
    old: str | None
    """As it was, or None if the edit put it in."""
    new: str | None
    """As it is, or None if the edit took it out."""
    what: str | None = None
    """For a number: what it counts or measures, as the story says ("critically
    injured", "people jailed"); None when the text does not say."""
    old_at: tuple[int, int] | None = None
    """Evidence: the sentence of the old version that states ``old`` (or, for an
    addition, None), as (paragraph index, sentence index)."""
    new_at: tuple[int, int] | None = None
    """Evidence: the sentence of the new version that states ``new``, as (paragraph
    index, sentence index); None for a removal."""

    @property
    def value(self) -> str:
        """``80,000 → 85,000``, ``Monday added``, ``CNN removed``: without what it counts."""
        if self.old and self.new:
            return f"{self.old} → {self.new}"
        return f"{self.new} added" if self.new else f"{self.old} removed"

    @property
    def description(self) -> str:
        """``critically injured: eight → 22``, ``80,000 → 85,000``, ``Monday added``."""
        return f"{self.what}: {self.value}" if self.what else self.value


class QuoteKind(StrEnum):
    """A quotation, or a quoted term (a short phrase inside a sentence)."""

    QUOTE = "quote"
    TERM = "term"


class QuoteChangeKind(StrEnum):
    """What happened to a quotation between two versions."""

    ADDED = "added"
    REMOVED = "removed"
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    """Its words changed."""
    REATTRIBUTED = "reattributed"
    """Same words, another speaker."""


class QuoteDetail(StrEnum):
    """How a changed quotation's words changed."""

    TRIMMED = "trimmed"
    """Words only taken out."""
    EXTENDED = "extended"
    """Words only put in."""
    REWORDED = "reworded"


class Quote(NamedTuple):
    """One quotation (or quoted term) of one version, with its attribution."""

    text: str
    """The quoted words, marks excluded; the parts joined by " … " (a quotation split
    around its attribution, or running over several paragraphs, says so)."""
    parts: tuple[str, ...]
    """The separately marked pieces of the utterance, in order: two for “…,” said X.
    “…”; one per paragraph for a quote that runs over several."""
    paragraph: int
    """Index of the paragraph the quotation starts in."""
    paragraphs: tuple[int, ...]
    """Indices of every paragraph it spans."""
    kind: QuoteKind = QuoteKind.QUOTE
    """``term`` for a short quoted phrase inside a sentence, else ``quote``."""
    speaker: str | None = None
    """Who said it: a person's fullest name in the article ("Mneesha Gellman"), an
    organisation or document as written ("The State Department", "an executive
    order"), or None when the text does not say."""
    speaker_description: str | None = None
    """How the attribution describes the speaker ("an international politics scholar")."""
    cue: str | None = None
    """The attribution clause: "said", "told CNN", "saying in a post", "according to"."""
    start: int | None = None
    """Offset of the opening mark in the first paragraph."""
    end: int | None = None
    """Offset just past its last closing mark in the first paragraph (the paragraph's
    length if the quotation runs on)."""
    reported_by: str | None = None
    """Who relays the words when the story reports them second-hand ("the musician
    said, according to Anutin": Anutin), else None."""
    attribution: str | None = None
    """The speaker as the attribution words it, before names and pronouns are resolved
    ("he", "Rubio", "the US president"); empty for a bare quotation paragraph that
    goes on with the speaker before it; None when no attribution was read. Two versions that word it alike attribute the words alike,
    whatever the context around them resolves it to."""


class QuoteChange(NamedTuple):
    """What happened to one quotation (or quoted term) between two versions."""

    change: QuoteChangeKind
    """``added``, ``removed``, ``unchanged``, ``changed`` (other words) or
    ``reattributed`` (same words, another speaker)."""
    kind: QuoteKind
    """``quote`` or ``term``, as in the newer version."""
    old: Quote | None
    new: Quote | None
    spans: tuple[Span, ...] = ()
    """For ``changed``: the word diff of the old quotation to the new, each as shown (a
    quotation split around its attribution has its parts joined by " … ")."""
    detail: QuoteDetail | None = None
    """For ``changed``: ``trimmed`` (words only taken out), ``extended`` (only put in)
    or ``reworded``."""
    attribution_changed: bool = False
    """The attribution clause or the speaker differs ("told CNN" → "said")."""


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
    significance: Significance | None = None
    """For edited blocks: how much the edit matters (see facts.grade_edit)."""
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
    quotes: tuple[QuoteChange, ...] = ()
    """What happened to each quotation and quoted term, in reading order."""
    facts: tuple[Fact, ...] = ()
    """The story's numbers, dates and names changed, added or removed, judged over the
    whole of each version (see facts.story), most significant first, each with the
    sentences that are its evidence."""

    @property
    def changed(self) -> bool:
        """True when the two versions differ in any paragraph."""
        return self.summary.changed

    @property
    def return_code(self) -> ExitStatus:
        """``DIFFERENT`` when the versions differ, else ``SAME``."""
        return ExitStatus.DIFFERENT if self.changed else ExitStatus.SAME

    def roles(self, block: Block) -> set[Role]:
        """The roles of the block's paragraphs, old and new."""
        return {self.old.paragraphs[i].role for i in block.old} | {self.new.paragraphs[j].role for j in block.new}

    def in_story(self, block: Block) -> bool:
        """Does the block hold a headline, subhead or body paragraph, on either side (not
        only byline, dateline or boilerplate)?"""
        return not all(role.is_metadata for role in self.roles(block))


class Violation(NamedTuple):
    """One broken rule, pointing into the new version where it can."""

    rule: str
    """The rule's name (see rules.RULES), or ``max-changed-words``."""
    message: str
    old_paragraph: int | None = None
    new_paragraph: int | None = None
    line: int | None = None
    """Line of NEW the violation points at (for annotations); None if unknown."""


class CheckResult(NamedTuple):
    """What ``check`` found: the rules it enforced and the ones the new version broke."""

    old: str
    """The old version's source."""
    new: str
    """The new version's source."""
    rules: tuple[str, ...]
    max_changed_words: int | None
    violations: tuple[Violation, ...]

    @property
    def ok(self) -> bool:
        """True when no rule is broken."""
        return not self.violations

    @property
    def return_code(self) -> ExitStatus:
        """``DIFFERENT`` (1) when a rule is broken, else ``SAME`` (0)."""
        return ExitStatus.SAME if self.ok else ExitStatus.DIFFERENT


class ParagraphOrigin(NamedTuple):
    """Where one paragraph of the latest version came from."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, as Paragraph.index does
    """Its position in the latest version, from 0."""
    text: str
    first_version: int
    """The version (from 0) it first appeared in; for a merge, the earliest of its parts."""
    last_edited_version: int | None
    """The last version (from 0) in which it, or a part of it, was edited; None if its
    text never changed since it appeared."""


class QuoteTimeline(NamedTuple):
    """What happened to one quotation (or quoted term) across the versions."""

    text: str
    """Its words in the last version that had it."""
    speaker: str | None
    """Who said it, in the last version that had it."""
    kind: str
    """``quote`` or ``term``."""
    appeared: int
    """The version (from 0) it first appeared in."""
    changed: tuple[int, ...]
    """The versions in which its words or its speaker changed."""
    disappeared: int | None
    """The version in which it was gone, or None if the latest version has it."""


class History(NamedTuple):
    """The result of comparing a sequence of versions."""

    versions: tuple[Article, ...]
    steps: tuple[ArticleDiff, ...]
    """``steps[k]`` compares ``versions[k]`` with ``versions[k + 1]``."""
    paragraphs: tuple[ParagraphOrigin, ...]
    """One per paragraph of the latest version, in reading order."""
    quotes: tuple[QuoteTimeline, ...]
    """Ordered by the version each appeared in, then by reading order."""

    @property
    def return_code(self) -> ExitStatus:
        """``DIFFERENT`` (1) when any step changed the story, else ``SAME`` (0)."""
        return ExitStatus.DIFFERENT if any(step.changed for step in self.steps) else ExitStatus.SAME


class PairResult(NamedTuple):
    """One pair of a batch: what its comparison found, or why there is none."""

    id: object
    """The record's ``id`` (its line number when it had none)."""
    error: str | None = None
    """Why the pair could not be compared (one line); None when it was."""
    old: str | None = None
    new: str | None = None
    changed: bool = False
    summary: Summary | None = None
    significance: dict[str, int] | None = None
    """Edited blocks by grade."""
    metadata: tuple[MetadataChange, ...] = ()
    facts: tuple[tuple[Fact, int | None], ...] = ()
    """Each block's facts, with the first new paragraph of its block."""
    quotes: dict[str, int] | None = None
    """Quotations (not quoted terms) added, removed, changed, reattributed."""

    @property
    def ok(self) -> bool:
        return self.error is None
