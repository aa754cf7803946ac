"""A story's structure in a comparison: the sections (a subhead and the paragraphs
under it) that are new, gone, reworded or moved as a whole, and the passages (runs of
added or removed paragraphs) inside them. Compute only; the views describe them.

Everything is read off an ArticleDiff: each row's kind and its old and new
paragraphs (whether they are today's groups or one row per paragraph), whether it
moved, the paragraphs' roles, and the quotations of ``diff.quotes``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .model import (
    Article,
    ArticleDiff,
    BlockKind,
    Passage,
    Quote,
    QuoteKind,
    Role,
    SectionChange,
    SectionChangeKind,
    Structure,
)

#: A section counts as added (removed) when its subhead is added (removed) and at least
#: this share of its body paragraphs. Editors who add a section often bring a paragraph
#: or two of the old story under the new subhead (the CNN update put two old
#: paragraphs under "El Salvador's mega-prisons", five new ones with them): the section
#: is still new to the reader. A new subhead over paragraphs that are mostly old is a
#: subhead added, no new section.
SECTION_SHARE = 2 / 3
#: The fewest consecutive added (removed) paragraphs that make a passage. A single
#: added paragraph already has its own row, labelled added; naming it again as a
#: passage would say nothing more. From two on, the paragraphs are a piece of new
#: material (a round of reactions, a background passage) that the rows, one per
#: paragraph, do not show as one, and a name for the whole does.
MIN_PASSAGE = 2
#: The heading roles that end a section: a subhead begins the next one, a headline
#: (a story of several) begins a new story.
_HEADINGS = frozenset((Role.SUBHEAD, Role.HEADLINE))


def section_ranges(article: Article) -> list[tuple[int, ...]]:
    """Each section of a version, as the indices of its subhead and of the paragraphs
    under it, up to the next subhead (or headline) or the end of the story's text: a
    byline, dateline or boilerplate paragraph after a section's last paragraph of
    story text is not the section's."""
    out: list[list[int]] = []
    current: list[int] | None = None
    for p in article.paragraphs:
        if p.role in _HEADINGS:
            current = [p.index] if p.role is Role.SUBHEAD else None
            if current is not None:
                out.append(current)
        elif current is not None:
            current.append(p.index)
    for section in out:
        while len(section) > 1 and article.paragraphs[section[-1]].role.is_metadata:
            section.pop()
    return [tuple(section) for section in out]


def speaker_label(quote: Quote) -> str | None:
    """Who a quotation is from, as a passage names it: the speaker, with the short name
    of the organisation when the story gives one in parentheses at the end of the
    speaker's description, as news writing does at a first reference ("Roman
    Palomares, National President … of the League of United Latin American Citizens
    (LULAC)" gives "Roman Palomares (LULAC)"); None when no speaker was read."""
    if not quote.speaker:
        return None
    described = (quote.speaker_description or "").rstrip()
    if described.endswith(")") and "(" in described:
        short = described[described.rindex("(") + 1:-1]
        if 2 <= len(short) <= 10 and short.isalpha() and short.isupper() and short.lower() not in quote.speaker.lower():
            return f"{quote.speaker} ({short})"
    return quote.speaker


class _Sides:
    """What the rows say of each paragraph: added or removed (only an added or a
    removed row holds it), what it pairs with on the other side, whether it moved,
    and the quotations it holds."""

    def __init__(self, diff: ArticleDiff) -> None:
        added: set[int] = set()
        removed: set[int] = set()
        self.kept_new: dict[int, list[int]] = {}
        """A new paragraph that is no addition → the old paragraphs of its rows."""
        self.kept_old: dict[int, list[int]] = {}
        """An old paragraph that is no removal → the new paragraphs of its rows."""
        self.moved_new: set[int] = set()
        self.position_new: dict[int, int] = {}
        """A new paragraph → the first row that holds it (for reading order)."""
        self.position_old: dict[int, int] = {}
        for position, block in enumerate(diff.rows):
            for j in block.new:
                self.position_new.setdefault(j, position)
            for i in block.old:
                self.position_old.setdefault(i, position)
            if block.kind is BlockKind.ADDED:
                added.update(block.new)
                continue
            if block.kind is BlockKind.REMOVED:
                removed.update(block.old)
                continue
            for j in block.new:
                self.kept_new.setdefault(j, []).extend(i for i in block.old if i not in self.kept_new[j])
                if block.moved:
                    self.moved_new.add(j)
            for i in block.old:
                self.kept_old.setdefault(i, []).extend(j for j in block.new if j not in self.kept_old[i])
        self.added = added - self.kept_new.keys()
        self.removed = removed - self.kept_old.keys()
        self.quotes_new: dict[int, list[Quote]] = {}
        self.quotes_old: dict[int, list[Quote]] = {}
        for change in diff.quotes:
            if change.kind is not QuoteKind.QUOTE:
                continue
            if change.new is not None:
                self.quotes_new.setdefault(change.new.paragraph, []).append(change.new)
            if change.old is not None:
                self.quotes_old.setdefault(change.old.paragraph, []).append(change.old)


def _quotations(paragraphs: Iterable[int], quotes: dict[int, list[Quote]]) -> tuple[int, tuple[str, ...]]:
    """How many quotations the paragraphs hold, and their speakers, each once, in order
    (a speaker named once with the organisation's short name is named so throughout)."""
    count = 0
    labels: dict[str, str] = {}
    for index in paragraphs:
        for quote in quotes.get(index, ()):
            count += 1
            label = speaker_label(quote)
            if quote.speaker and label and len(label) > len(labels.get(quote.speaker, "")):
                labels[quote.speaker] = label
    return count, tuple(labels.values())


def _replaced_subhead(diff: ArticleDiff, sides: _Sides, section: Sequence[int],
                      old_sections: Sequence[Sequence[int]]) -> list[int]:
    """For a section under a new subhead that is no added section: the old subhead it
    replaced, when the old version had the same section under another subhead (the
    aligner pairs few rewritten subheads, being short, so "The vote" → "How the
    council voted" comes as one subhead removed and one added). The same section:
    nearly all (SECTION_SHARE) of its body paragraphs come from the old section, and
    nearly all of the old section's went into it; the old subhead is gone. Else []."""
    body = _body(diff.new, section)
    inside = set(section)
    section_of = {k: old[0] for old in old_sections for k in old}
    origins: dict[int, int] = {}
    for j in body:
        for head in {section_of[i] for i in sides.kept_new.get(j, ()) if i in section_of}:
            origins[head] = origins.get(head, 0) + 1
    if not origins:
        return []
    head = max(origins, key=lambda h: origins[h])
    old_body = _body(diff.old, next(old for old in old_sections if old[0] == head))
    went = [i for i in old_body if any(j in inside for j in sides.kept_old.get(i, ()))]
    if (head in sides.removed and origins[head] >= SECTION_SHARE * len(body)
            and len(went) >= SECTION_SHARE * len(old_body)):
        return [head]
    return []


def _body(article: Article, section: Sequence[int]) -> list[int]:
    return [k for k in section if article.paragraphs[k].role is Role.BODY]


def find_structure(diff: ArticleDiff) -> Structure:
    """The sections added, removed, reworded or moved as a whole, and the passages
    added or removed (see the model's SectionChange and Passage), in reading order."""
    sides = _Sides(diff)
    new_sections = section_ranges(diff.new)
    old_sections = section_ranges(diff.old)
    found: list[tuple[int, SectionChange]] = []
    whole_new: set[int] = set()
    whole_old: set[int] = set()
    old_by_head = {section[0]: section for section in old_sections}
    for section in new_sections:
        head = section[0]
        body = _body(diff.new, section)
        if head in sides.added:
            fresh = [j for j in body if j in sides.added]
            if body and len(fresh) >= SECTION_SHARE * len(body):
                count, speakers = _quotations(section, sides.quotes_new)
                kept = tuple((i, j) for j in section for i in sides.kept_new.get(j, ()))
                change = SectionChange(kind=SectionChangeKind.ADDED, old_subhead=None,
                                       new_subhead=diff.new.paragraphs[head].text, old=(), new=section,
                                       kept=kept, quotations=count, speakers=speakers)
                found.append((sides.position_new[head], change))
                whole_new.update(section)
                continue
            olds = _replaced_subhead(diff, sides, section, old_sections)
        else:
            olds = [i for i in sides.kept_new.get(head, ()) if diff.old.paragraphs[i].role is Role.SUBHEAD]
        if not olds:
            continue  # a new subhead over old text, or old text made a subhead: no section the old version had
        old_section = old_by_head.get(olds[0], (olds[0],))
        count, speakers = _quotations(section, sides.quotes_new)
        kept = tuple((i, j) for j in section for i in sides.kept_new.get(j, ()))
        change = SectionChange(kind=SectionChangeKind.REWORDED, old_subhead=diff.old.paragraphs[olds[0]].text,
                               new_subhead=diff.new.paragraphs[head].text, old=old_section, new=section,
                               kept=kept, quotations=count, speakers=speakers)
        if change.old_subhead != change.new_subhead:
            found.append((sides.position_new[head], change))
        stayed = [j for j in body if j not in sides.added]
        # A subhead that replaced the old one cannot move itself: its paragraphs tell.
        if (head in sides.moved_new or head in sides.added) and stayed and all(j in sides.moved_new for j in stayed):
            found.append((sides.position_new[head], change._replace(kind=SectionChangeKind.MOVED)))
    for section in old_sections:
        head = section[0]
        body = _body(diff.old, section)
        gone = [i for i in body if i in sides.removed]
        if head in sides.removed and body and len(gone) >= SECTION_SHARE * len(body):
            count, speakers = _quotations(section, sides.quotes_old)
            kept = tuple((i, j) for i in section for j in sides.kept_old.get(i, ()))
            change = SectionChange(kind=SectionChangeKind.REMOVED, old_subhead=diff.old.paragraphs[head].text,
                                   new_subhead=None, old=section, new=(), kept=kept, quotations=count,
                                   speakers=speakers)
            found.append((sides.position_old[head], change))
            whole_old.update(section)
    passages = [
        *_passages(diff.new, BlockKind.ADDED, sides.added - whole_new, new_sections, sides.quotes_new,
                   sides.position_new),
        *_passages(diff.old, BlockKind.REMOVED, sides.removed - whole_old, old_sections, sides.quotes_old,
                   sides.position_old),
    ]
    return Structure(
        sections=tuple(change for _, change in sorted(found, key=lambda item: item[0])),
        passages=tuple(passage for _, passage in sorted(passages, key=lambda item: item[0])),
    )


def _passages(article: Article, kind: BlockKind, changed: set[int], sections: Sequence[Sequence[int]],
              quotes: dict[int, list[Quote]], positions: dict[int, int]) -> list[tuple[int, Passage]]:
    """The runs of at least MIN_PASSAGE consecutive body paragraphs of one side that are
    ``changed`` (added, or removed), each with the position of its first block. A
    subhead or any paragraph not changed ends a run, so a run never leaves its section."""
    section_of = {k: section[0] for section in sections for k in section}
    runs: list[list[int]] = []
    run: list[int] = []
    for p in article.paragraphs:
        if p.index in changed and p.role is Role.BODY:
            run.append(p.index)
            continue
        if run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    out = []
    for run in runs:
        if len(run) < MIN_PASSAGE:
            continue
        count, speakers = _quotations(run, quotes)
        passage = Passage(kind=kind, paragraphs=tuple(run), after=run[0] - 1 if run[0] else None,
                          section=section_of.get(run[0]), quotations=count, speakers=speakers)
        out.append((positions[run[0]], passage))
    return out
