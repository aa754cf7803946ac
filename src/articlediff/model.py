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
    speaker_changed: bool = False
    """The words are now given to someone else: both versions name a speaker by a
    proper name, worded otherwise, who cannot be one person. Always so for
    ``reattributed``; a ``changed`` quotation (other words) may be re-attributed too. A
    speaker named where a pronoun, a role or a description stood ("a spokesman for the
    office" → "Adrian Edwards") is no new speaker."""


class Row(NamedTuple):
    """One paragraph of the result: a paragraph of the new version with the old text
    that went into it, or an old paragraph that went nowhere, where it stood.

    Each new paragraph has exactly one row. An unchanged or edited row pairs it with
    one old paragraph; a split gives one old paragraph's sentences to several rows
    (``parts`` numbers them), a merge gives one row the sentences of several old
    paragraphs. An added row has no old paragraph, a removed row no new one.
    """

    kind: BlockKind
    old: tuple[int, ...]
    """The old paragraphs whose text went into this row, ascending (one for a removed
    row, none for an added one)."""
    new: tuple[int, ...]
    """The new paragraph of this row (none for a removed row)."""
    moved: bool = False
    """True when the row's paragraph changed its order relative to the rest (it is in
    the minimal set of pairings that must be taken out for the rest to keep their
    order)."""
    moved_pairs: tuple[tuple[int, int], ...] = ()
    """The (old, new) pairings of this row that moved."""
    similarity: float | None = None
    """How alike the old and new text are (0..1); None for added and removed rows."""
    spans: tuple[Span, ...] = ()
    """The word diff: equal+insert spans rebuild the new paragraph; equal+delete the old
    text shown in this row (the old sentences that went into it, and those of its old
    paragraphs that went nowhere; old paragraphs joined by a blank line)."""
    significance: Significance | None = None
    """For edited rows: how much the edit matters (see facts.grade_edit)."""
    typographic: bool = False
    """For edited rows: only punctuation, quote marks, dashes or spacing changed."""
    facts: tuple[Fact, ...] = ()
    """Numbers, names and dates the edit changed."""
    sentences: tuple[tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]], ...] = ()
    """For edited rows: aligned sentences, each group (old ids, new ids), an id being
    (paragraph index, sentence index)."""
    links: tuple[tuple[int, int], ...] = ()
    """The (old, new) paragraph pairings of this row: which old paragraph's text went
    into its new paragraph. Empty for added and removed rows."""
    parts: tuple[tuple[int, int, int], ...] = ()
    """For each old paragraph of this row that was split across several rows: (old
    paragraph, which part this row holds from 1, how many parts)."""
    old_sentences: tuple[tuple[int, int], ...] | None = None
    """The old sentences whose text the row's old side holds, as (paragraph index,
    sentence index), in order; None when they are all the sentences of its old
    paragraphs (a paragraph that went whole into one row). Every old sentence is held
    by exactly one row."""

    @property
    def is_split(self) -> bool:
        """Part of one old paragraph whose text went into several rows."""
        return len(self.old) == 1 and bool(self.parts)

    @property
    def is_merge(self) -> bool:
        """A new paragraph made of the text of several old ones."""
        return len(self.old) > 1

    @property
    def is_regrouped(self) -> bool:
        """A merge of which some part was split from a paragraph that went elsewhere too."""
        return len(self.old) > 1 and bool(self.parts)


Block = Row
"""The name a row had before rows were one per paragraph (``articlediff.diff/1``)."""


class Summary(NamedTuple):
    """Counts over all rows; exit status and CI policies read these."""

    added: int = 0
    """Paragraphs added."""
    removed: int = 0
    """Paragraphs removed."""
    edited: int = 0
    """Edited rows: new paragraphs whose text changed, and the parts of splits and
    merges."""
    moved: int = 0
    """Rows whose paragraph changed its order relative to the rest."""
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
    rows: tuple[Row, ...]
    """One per paragraph, in reading order of the new version; an old paragraph that
    went nowhere has a removed row where it stood."""
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
    def blocks(self) -> tuple[Row, ...]:
        """The rows, by the name they had in ``articlediff.diff/1``."""
        return self.rows

    @property
    def changed(self) -> bool:
        """True when the two versions differ in any paragraph."""
        return self.summary.changed

    @property
    def return_code(self) -> ExitStatus:
        """``DIFFERENT`` when the versions differ, else ``SAME``."""
        return ExitStatus.DIFFERENT if self.changed else ExitStatus.SAME

    def roles(self, block: Row) -> set[Role]:
        """The roles of the block's paragraphs, old and new."""
        return {self.old.paragraphs[i].role for i in block.old} | {self.new.paragraphs[j].role for j in block.new}

    def old_sentences(self, row: Row) -> tuple[tuple[int, int], ...]:
        """The old sentences whose text the row's old side holds, as (paragraph,
        sentence) ids in order: ``row.old_sentences``, or every sentence of its old
        paragraphs when that is None (a paragraph without sentences counts as one)."""
        if row.old_sentences is not None:
            return row.old_sentences
        paragraphs = self.old.paragraphs
        return tuple((i, k) for i in row.old for k in range(max(len(paragraphs[i].sentences), 1)))

    def in_story(self, block: Row) -> bool:
        """Does the block hold a headline, subhead or body paragraph, on either side (not
        only byline, dateline or boilerplate)?"""
        return not all(role.is_metadata for role in self.roles(block))


class SectionChangeKind(StrEnum):
    """What happened to a section (a subhead and the paragraphs under it)."""

    ADDED = "added"
    """Its subhead and nearly all its body paragraphs are new (see sections.SECTION_SHARE)."""
    REMOVED = "removed"
    """Its subhead and nearly all its body paragraphs are gone."""
    REWORDED = "reworded"
    """Its subhead's words changed."""
    MOVED = "moved"
    """All its paragraphs that both versions hold moved together, its subhead too
    (unless a new subhead replaced the old one: then it is reworded as well)."""


class SectionChange(NamedTuple):
    """A section of the story (a subhead with the paragraphs under it, up to the next
    subhead or the end of the story's text) that is new, gone, reworded or moved as a
    whole (see sections.find_structure). A section that changed in two ways (reworded
    and moved) has one record for each."""

    kind: SectionChangeKind
    old_subhead: str | None
    """The subhead's text in the old version; None for an added section."""
    new_subhead: str | None
    """The subhead's text in the new version; None for a removed section."""
    old: tuple[int, ...]
    """The section's paragraphs in the old version, its subhead first; empty for an
    added section."""
    new: tuple[int, ...]
    """The section's paragraphs in the new version, its subhead first; empty for a
    removed section."""
    kept: tuple[tuple[int, int], ...] = ()
    """The (old, new) pairings of the section's paragraphs that both versions hold: for
    an added section the paragraphs it took in from the old version, for a removed one
    those that went on elsewhere, for the others all that stayed."""
    quotations: int = 0
    """Quotations (not quoted terms) in its paragraphs: the new version's, or the old
    version's for a removed section."""
    speakers: tuple[str, ...] = ()
    """Who those quotations are from, each once, in reading order (see
    sections.speaker_label)."""

    @property
    def subhead(self) -> str:
        """The subhead as the reader last saw it: the new text, else the old."""
        return self.new_subhead if self.new_subhead is not None else self.old_subhead or ""

    @property
    def paragraphs(self) -> tuple[int, ...]:
        """Its paragraphs on the side that has it: the new version's, else the old's."""
        return self.new or self.old


class Passage(NamedTuple):
    """A run of consecutive body paragraphs added (or removed) inside a section or in
    the text before the first subhead, that is not a whole added (removed) section:
    at least sections.MIN_PASSAGE paragraphs."""

    kind: BlockKind
    """``added`` or ``removed``."""
    paragraphs: tuple[int, ...]
    """Its paragraphs, consecutive: new indices for an added passage, old for a removed one."""
    after: int | None
    """The paragraph before it on the same side (None at the start of the story)."""
    section: int | None
    """The subhead of the section it lies in, on the same side; None before the
    first subhead."""
    quotations: int = 0
    """Quotations (not quoted terms) in its paragraphs."""
    speakers: tuple[str, ...] = ()
    """Who those quotations are from, each once, in reading order."""


class Structure(NamedTuple):
    """What changed in a story's structure: its sections and its passages, each list
    in the view's reading order (the new version's, a removed one where it stood)."""

    sections: tuple[SectionChange, ...] = ()
    passages: tuple[Passage, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.sections or self.passages)


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
    """Edited rows by grade."""
    metadata: tuple[MetadataChange, ...] = ()
    facts: tuple[tuple[Fact, int | None], ...] = ()
    """Each block's facts, with the first new paragraph of its block."""
    quotes: dict[str, int] | None = None
    """Quotations (not quoted terms) added, removed, changed, reattributed."""

    @property
    def ok(self) -> bool:
        return self.error is None
