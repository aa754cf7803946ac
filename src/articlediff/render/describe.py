"""The one home of what the views for people say about a change: its sign, its
title and label, the names of its roles, the list of changes, and how quotes, facts
and metadata are described. Plain data and strings; no rich, no markup.

Paragraph numbers are the ones the terminal view and the JSON use: from 0, ``¶N`` in
the new version, ``old ¶N`` for a paragraph only the old version has.
"""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

from collections.abc import Sequence
from typing import Any, NamedTuple

from ..facts import story_facts
from ..model import (
    ArticleDiff,
    BlockKind,
    MetadataChange,
    Passage,
    Role,
    Row,
    SectionChange,
    Significance,
    Span,
    SpanOp,
    Structure,
    Summary,
)
from ..text.marks import EDGE_MARKS

SIGNS = {BlockKind.ADDED: "+", BlockKind.REMOVED: "-", BlockKind.EDITED: "~", BlockKind.UNCHANGED: " "}
MOVED_SIGN = "↕"
QUOTE_SIGNS = {
    "added": SIGNS[BlockKind.ADDED],
    "removed": SIGNS[BlockKind.REMOVED],
    "changed": SIGNS[BlockKind.EDITED],
    "reattributed": SIGNS[BlockKind.EDITED],
    "unchanged": SIGNS[BlockKind.UNCHANGED],
}
#: What joins a row's old paragraphs in its spans' text (see old_text): a blank line.
PARAGRAPH_BREAK = "\n\n"
#: How a view without colour marks a deletion and an insertion inside the text.
DELETE_MARKS = ("[-", "-]")
INSERT_MARKS = ("{+", "+}")

#: The story's headings, shown in bold.
HEADING_ROLES = frozenset((Role.HEADLINE, Role.SUBHEAD))
#: The roles a row's tags and labels leave unnamed: the story's ordinary text.
UNNAMED_ROLES = frozenset((Role.BODY, Role.SUBHEAD))
#: A row whose edit changed only punctuation or typography, as its tags name it.
TYPOGRAPHIC = "punctuation/typography only"
#: The weights of an edit a label names, for a reader may skip such an edit
#: ("substantive" and "reworded" would be noise on every line).
SKIPPABLE = frozenset(("minor", TYPOGRAPHIC))
#: Every tag a short label shows: what a paragraph is, and whether its edit can be skipped.
LABEL_TAGS = frozenset(role.value for role in Role if role not in UNNAMED_ROLES) | SKIPPABLE


def sign(block: Row) -> str:
    """``~`` edited, ``+`` added, ``-`` removed, ``↕`` moved, `` `` unchanged."""
    return MOVED_SIGN if block.moved else SIGNS[block.kind]


class Change(NamedTuple):
    """One changed block, numbered from 1 in reading order."""

    number: int
    block: Row
    sign: str
    """``~`` edited, ``+`` added, ``-`` removed, ``↕`` moved."""
    where: str
    """Where it is: ``¶0 (was ¶1)``, ``¶9``, ``old ¶11``, ``¶4 moved from ¶1``."""
    title: str
    """A heading: ``¶0 edited (was ¶1)``, ``¶9 added``, ``old ¶11 removed``."""
    tags: tuple[str, ...]
    """Non-body roles and the edit's weight: ``byline``, ``substantive``…"""
    metadata: bool
    """Every paragraph of it is a byline, dateline or boilerplate."""


def is_change(block: Row) -> bool:
    """A row a reader must look at: anything but an unchanged row left in place."""
    return block.kind is not BlockKind.UNCHANGED or block.moved


def is_minor_edit(block: Row) -> bool:
    """A minor edit (punctuation, typography, a typo) left in place: what
    --ignore-minor collapses, and leaves out of the exit status."""
    return block.kind is BlockKind.EDITED and block.significance == Significance.MINOR and not block.moved


def list_changes(diff: ArticleDiff) -> list[Change]:
    """Every changed block, in reading order."""
    found = [b for b in diff.rows if is_change(b)]
    return [_change(n, block, diff) for n, block in enumerate(found, start=1)]


def _change(number: int, block: Row, diff: ArticleDiff) -> Change:
    roles = diff.roles(block)
    tags = role_names(roles)
    if block.typographic:
        tags.append(TYPOGRAPHIC)
    elif block.significance:
        tags.append(block.significance)
    return Change(
        number=number,
        block=block,
        sign=sign(block),
        where=where(block),
        title=title(block),
        tags=tuple(tags),
        metadata=bool(roles) and not any(r.is_story for r in roles),
    )


def role_names(roles: set[Role]) -> list[str]:
    """The roles a reader is told of (all but the ordinary text's), in Role's order."""
    return [r.value for r in sorted(roles, key=list(Role).index) if r not in UNNAMED_ROLES]


def paragraphs(indices: Sequence[int], prefix: str = "") -> str:
    """``¶3``, ``¶3, ¶4``; ``old ¶3`` with a prefix."""
    return prefix + ", ".join(f"¶{i}" for i in indices)


def _moved_from(block: Row) -> str:
    """``moved from ¶1``: where a moved row's paragraph stood."""
    return "moved from " + paragraphs(sorted({i for i, _ in block.moved_pairs}) or block.old)


def held(block: Row) -> tuple[int, ...]:
    """The old paragraphs whose text the row's old side shows, ascending (the old side's
    pieces, one per paragraph); all of ``old`` when it shows none (a part that took no
    whole sentence of the paragraph it was linked to)."""
    if block.old_sentences is None:
        return block.old
    return tuple(sorted({i for i, _ in block.old_sentences})) or block.old


def old_number(block: Row) -> str:
    """The old paragraph number of a row's gutter: the first paragraph its old side
    shows, with ``+`` when it came from more than one (its label names them)."""
    if not block.old:
        return ""
    return f"{held(block)[0]}+" if len(block.old) > 1 else str(block.old[0])


def origin(block: Row) -> str:
    """Where a row's old text came from when it is not one whole old paragraph:
    ``from ¶4, split 2 of 2``, ``merged ¶3 + ¶5``, ``merged ¶1 part 2/2 + ¶4 part
    1/2``; "" otherwise."""
    parts = {i: (k, n) for i, k, n in block.parts}
    if block.is_split:
        return f"from ¶{block.old[0]}, {_split_part(block)}"
    if block.is_merge:
        return "merged " + " + ".join(
            f"¶{i} part {parts[i][0]}/{parts[i][1]}" if i in parts else f"¶{i}" for i in block.old
        )
    return ""


def _split_part(block: Row) -> str:
    """``split 2 of 2``: which part of its one old paragraph a split row holds."""
    [(_, k, n)] = block.parts
    return f"split {k} of {n}"


def shape(block: Row) -> str:
    """``split``, ``merged``, ``edited`` or "" (unchanged, added, removed)."""
    if block.is_split:
        return "split"
    if block.is_merge:
        return "merged"
    return "edited" if block.kind is BlockKind.EDITED else ""


def where(block: Row) -> str:
    """Where a row is, shortly: ``¶0 (was ¶1)``, ``¶9``, ``old ¶11``, ``¶4 moved from
    ¶1``, ``¶1 (from ¶1, split 1 of 2)``, ``¶5 moved from ¶1 (split 2 of 2)``, ``¶0
    (merged ¶0 + ¶3)``."""
    if block.kind is BlockKind.ADDED:
        return paragraphs(block.new)
    if block.kind is BlockKind.REMOVED:
        return paragraphs(block.old, "old ")
    found = origin(block)
    if block.moved:
        if block.is_split:  # "moved from ¶1" has said where from
            found = _split_part(block)
        return f"{paragraphs(block.new)} {_moved_from(block)}" + (f" ({found})" if found else "")
    if found:
        return f"{paragraphs(block.new)} ({found})"
    if block.old == block.new:
        return paragraphs(block.new)
    return f"{paragraphs(block.new)} (was {paragraphs(block.old)})"


def title(block: Row) -> str:
    """A heading for a row: ``¶0 edited (was ¶1)``, ``¶9 added``, ``old ¶11 removed``,
    ``¶4 moved from ¶1``, ``¶4 edited, from ¶1, split 2 of 2``, ``¶0 edited, merged ¶0 +
    ¶3``."""
    news, olds = paragraphs(block.new), " + ".join(f"¶{i}" for i in block.old)
    if block.kind is BlockKind.ADDED:
        return f"{news} added"
    if block.kind is BlockKind.REMOVED:
        return f"old {olds} removed"
    parts, found = [], origin(block)
    if block.kind is BlockKind.EDITED:
        parts.append("edited" if block.old == block.new or block.moved or found else f"edited (was {olds})")
    if found:
        parts.append(found)
    if block.moved:
        parts.append(_moved_from(block))
    return f"{news} {', '.join(parts)}"


#: Characters that look alike on a screen, by name: a change among them alone is
#: invisible unless named.
LOOKALIKES = {
    "-": "hyphen", "\u2010": "hyphen (U+2010)", "\u2011": "non-breaking hyphen", "\u2012": "figure dash",
    "\u2013": "en dash", "\u2014": "em dash", "\u2015": "horizontal bar", "\u2212": "minus sign",
    " ": "space", "\u00a0": "no-break space", "\u202f": "narrow no-break space", "\u2007": "figure space",
    "\u2009": "thin space", "\u200a": "hair space", "\u2002": "en space", "\u2003": "em space",
}


def lookalike_change(old: str, new: str) -> str:
    """Names a change between characters that look alike on screen, which a reader
    could not see otherwise: ``non-breaking hyphen → hyphen``, ``2 hyphens → em
    dash``, ``no-break space → space``; "" when the change is not only that."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    was, now = old[start:len(old) - end], new[start:len(new) - end]
    if not was or not now or any(c not in LOOKALIKES for c in was + now):
        return ""
    return f"{_name_run(was)} → {_name_run(now)}"


def lookalike_note(spans: Sequence[Span], n: int) -> str:
    """The name of the change an insertion makes to the deletion just before it, when
    the two look alike on screen (see lookalike_change); "" otherwise."""
    span, before = spans[n], spans[n - 1] if n else None
    if span.op is not SpanOp.INSERT or before is None or before.op is not SpanOp.DELETE:
        return ""
    return lookalike_change(before.text, span.text)


def _name_run(chars: str) -> str:
    if len(set(chars)) == 1 and len(chars) > 1:
        return plural(len(chars), LOOKALIKES[chars[0]]).replace("(U+2010)s", "s (U+2010)")
    return " + ".join(LOOKALIKES[c] for c in chars)


def label(block: Row, roles: set[Role], *, subheads: bool = False) -> str:
    """Words before a row's text for what the text does not show: its roles (by name),
    a skippable edit, where its old text came from, and a move: ``[byline; minor]``,
    ``[from ¶4, split 2 of 2]``, ``[merged ¶3 + ¶5]``, ``[moved from ¶15]``. With
    ``subheads``, a subhead is named too (for a view without colour or bold, where
    nothing else tells it from the body)."""
    parts = sorted(role_names(roles) + (["subhead"] if subheads and Role.SUBHEAD in roles else []))
    if block.typographic:
        parts.append(TYPOGRAPHIC)
    elif block.significance == "minor":
        parts.append("minor")
    found = origin(block)
    if found:
        parts.append(found)
    if block.moved:
        parts.append(_moved_from(block))
    return f"[{'; '.join(parts)}]" if parts else ""


def collapsed(run: Sequence[Row]) -> str:
    """A run of rows a view leaves out: ``3 unchanged paragraphs, 1 minor edit (¶3–¶6)``."""
    news = [j for b in run for j in b.new]
    minor = sum(b.kind is BlockKind.EDITED for b in run)
    count = len(run) - minor
    span = f"¶{news[0]}" if len(news) == 1 else f"¶{news[0]}–¶{news[-1]}"
    parts = [f"{count} unchanged paragraph{'s' if count != 1 else ''}"] if count else []
    if minor:
        parts.append(f"{minor} minor edit{'s' if minor != 1 else ''}")
    return f"{', '.join(parts)} ({span})"


def old_text(block: Row) -> str:
    """The row's old text (old paragraphs joined by a blank line)."""
    return "".join(s.text for s in block.spans if s.op is not SpanOp.INSERT)


def new_text(block: Row) -> str:
    """The row's new text (its paragraph)."""
    return "".join(s.text for s in block.spans if s.op is not SpanOp.DELETE)


def block_text(block: Row) -> str:
    """The text a reader identifies a row by: the new text, or the old if removed."""
    return old_text(block) if block.kind is BlockKind.REMOVED else new_text(block)


def first_words(text: str, count: int = 12) -> str:
    """The first ``count`` words on one line, ``…`` when cut."""
    parts = text.split()
    return " ".join(parts[:count]) + ("…" if len(parts) > count else "")


def count_parts(summary: Summary) -> list[tuple[str, str]]:
    """``("5 edited", "edited")``… for the header, each with the kind it counts."""
    return [
        (f"{summary.edited} edited", "edited"),
        (f"{summary.added} added", "added"),
        (f"{summary.removed} removed", "removed"),
        (f"{summary.moved} moved", "moved"),
        (f"{summary.unchanged} unchanged", "unchanged"),
    ]


#: The roles whose edits the header's "edits" line counts: the story's text. A
#: headline's edit is the metadata line's, with the byline, dateline and boilerplate.
EDIT_ROLES = frozenset((Role.BODY, Role.SUBHEAD))


def edit_counts(diff: ArticleDiff) -> str:
    """``2 substantive · 1 reworded · 0 minor`` over the edits to the story's text (a
    row of body or subhead paragraphs), or "" when none was graded."""
    grades = [b.significance for b in diff.rows if b.significance and diff.roles(b) & EDIT_ROLES]
    if not grades:
        return ""
    return " · ".join(f"{grades.count(g)} {g}" for g in (Significance.SUBSTANTIVE, Significance.REWORDED, Significance.MINOR))


def paragraph_counts(diff: ArticleDiff) -> str:
    """``17 → 30``: paragraphs in each version."""
    return f"{len(diff.old.paragraphs)} → {len(diff.new.paragraphs)}"


def metadata_items(changes: Sequence[MetadataChange]) -> list[str]:
    """The metadata changes grouped by role and kind: ``byline removed``, ``3
    boilerplate paragraphs removed``."""
    grouped: dict[tuple[str, str], int] = {}
    for m in changes:
        key = (m.role.value, m.kind.value)
        grouped[key] = grouped.get(key, 0) + 1
    return [f"{role if count == 1 else f'{count} {role} paragraphs'} {kind}" for (role, kind), count in grouped.items()]


def describe_metadata(change: MetadataChange) -> str:
    """``byline removed``, ``headline edited``…"""
    return f"{change.role.value} {change.kind.value}"


#: The facts the header shows; the others are counted ("3 more").
MAX_FACTS_SHOWN = 8


def facts(diff: ArticleDiff, *, limit: int | None = MAX_FACTS_SHOWN) -> list[str]:
    """The story's changed numbers, names and dates (see facts.story_facts), described,
    most significant first (changed numbers, numbers added or removed, names entering or
    leaving, dates); past ``limit``, one last item says how many more."""
    found = [f.description for f in story_facts(diff)]
    if limit is not None and len(found) > limit:
        return found[:limit] + [f"{len(found) - limit} more"]
    return found


class QuoteLine(NamedTuple):
    """One quote change, described for a person."""

    sign: str
    label: str
    """``quote added``, ``term removed``, ``quote reattributed``…"""
    where: str
    """``¶11``, ``old ¶9``, ``¶12 (was ¶9)``."""
    speaker: str
    """``Palomares``, ``was Gellman, now Rubio``, or empty."""
    text: str
    """The quote's current text (the old one if removed)."""


def split_edges(text: str) -> tuple[str, str, str]:
    """``text`` as (white space at its start, the rest, white space at its end), so
    that a deletion or insertion can be marked the way an editor marks it: the words,
    not the spaces around them. All white space if there is nothing else."""
    core = text.strip()
    if not core:
        return text, "", ""
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    return text[:start], core, text[end:]


def changed_quotes(diff: ArticleDiff) -> list[Any]:
    """The quote changes a reader should see: all but the quotations whose words and
    attribution both stayed as they were."""
    return [q for q in diff.quotes if q.change != "unchanged" or q.attribution_changed]


def quote_counts(diff: ArticleDiff) -> list[str]:
    """The header's count of the changes the Quotes section lists, by what happened:
    quotations ``7 added · 0 removed · 1 changed · 0 reattributed`` (as the JSON
    summary counts them), then, when there are any, ``1 attribution changed`` (words
    unchanged) and quoted terms, ``2 terms added``. Together they count exactly
    ``changed_quotes``."""
    shown = changed_quotes(diff)
    quotes = [q for q in shown if q.kind == "quote"]
    items = [f"{sum(q.change == c for q in quotes)} {c}" for c in ("added", "removed", "changed", "reattributed")]
    attributions = sum(q.change == "unchanged" for q in quotes)
    if attributions:
        items.append(f"{attributions} attribution{'s' if attributions != 1 else ''} changed")
    terms = [q for q in shown if q.kind != "quote"]
    for change in ("added", "removed", "changed", "reattributed", "unchanged"):
        count = sum(q.change == change for q in terms)
        if count:
            what = "attribution changed" if change == "unchanged" else change
            items.append(f"{plural(count, 'term')} {what}")
    return items


def unchanged_quotes(diff: ArticleDiff) -> int:
    """How many quotations stayed as they were, words and attribution."""
    return sum(q.change == "unchanged" and not q.attribution_changed for q in diff.quotes)


def _who(quote: Any) -> str:
    """A quotation's speaker, and who relays the words if the story reports them
    second-hand: "a musician, reported by Anutin"."""
    relay = getattr(quote, "reported_by", None)
    if quote.speaker and relay:
        return f"{quote.speaker}, reported by {relay}"
    return quote.speaker or ""


def _one_name(a: str | None, b: str | None) -> bool:
    """Do two speaker names name one speaker ("Centcom" and "US Central Command
    (Centcom)")? (quotes.same_person, imported only here.)"""
    if a == b:
        return True
    from ..quotes.diff import same_person

    return same_person(a, b)


def _named(described: Any, named: Any) -> bool:
    """Does the one version's speaker, a description ("a spokesman for the office"),
    describe the other version's named speaker ("Adrian Edwards, a spokesman for the
    office")? The same speaker, named: not a re-attribution."""
    wording, description = described.speaker, getattr(named, "speaker_description", None)
    if not wording or not description or not named.speaker or wording == named.speaker:
        return False
    return " ".join(wording.casefold().split()) in " ".join(description.casefold().split())


def describe_quote(quote: Any) -> QuoteLine:
    """A QuoteChange described: who said it, where, and what happened to it."""
    old, new = quote.old, quote.new
    current = new if new is not None else old
    if quote.change == "removed" or new is None:
        place = f"old ¶{old.paragraph}"
    elif old is not None and old.paragraph != new.paragraph:
        place = f"¶{new.paragraph} (was ¶{old.paragraph})"
    else:
        place = f"¶{new.paragraph}"
    if (quote.attribution_changed and quote.change != "reattributed" and old is not None and new is not None
            and _one_name(old.speaker, new.speaker)):
        speaker = f"{_who(new) or 'unattributed'} ({old.cue or '?'} → {new.cue or '?'})"
    elif quote.attribution_changed and old is not None and new is not None and _named(old, new):
        # One speaker, described in one version and named in the other: no new speaker.
        speaker = f"{_who(old)}, now named {_who(new)}"
    elif quote.attribution_changed and old is not None and new is not None and _named(new, old):
        speaker = f"{_who(old)}, now unnamed: {_who(new)}"
    elif quote.change == "reattributed" or (quote.attribution_changed and old is not None and new is not None):
        speaker = f"was {_who(old) or 'unattributed'}, now {_who(new) or 'unattributed'}"
    else:
        speaker = _who(current)
    if quote.change == "unchanged" and quote.attribution_changed:
        label = f"{quote.kind} unchanged, attribution changed"
    else:
        label = f"{quote.kind} {quote.change}"
    if quote.detail and quote.change == "changed":
        label = f"{label} ({quote.detail})"
    # A quotation split around its attribution ("…,” said X. “…") shows the break; a
    # long changed one, the words around its change.
    text = " … ".join(current.parts) if len(current.parts) > 1 else current.text
    if quote.change == "changed" and quote.spans:
        from ..quotes.excerpt import EXCERPT_WORDS, change_excerpts  # the quotes package: only when asked

        if len(text.split()) > EXCERPT_WORDS:
            text = change_excerpts(quote.spans)[1]
    return QuoteLine(QUOTE_SIGNS.get(quote.change, SIGNS[BlockKind.EDITED]), label, place, speaker, text)


QUOTE_MARKS = EDGE_MARKS + " "


def bare_quote(text: str) -> str:
    """A quote's words without the quotation marks around them, on one line."""
    return " ".join(text.split()).strip(QUOTE_MARKS)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"



# --- Sections and passages (see sections.find_structure) ------------------------------

#: The sign of each change to a section: the row signs, a reworded subhead as an edit.
SECTION_SIGNS = {"added": SIGNS[BlockKind.ADDED], "removed": SIGNS[BlockKind.REMOVED], "reworded": SIGNS[BlockKind.EDITED],
                 "moved": MOVED_SIGN}
#: The passages the header names; the others are counted ("2 more").
MAX_PASSAGES_SHOWN = 3
#: The words of its opening a passage is named by.
PASSAGE_WORDS = 8


#: The last diff whose structure a view asked for, and that structure: the header and
#: the rows of one view both ask, and the structure is read once.
_LAST_STRUCTURE: list[tuple[ArticleDiff, Structure]] = []


def structure(diff: ArticleDiff) -> Structure:
    """The sections and passages that changed (sections.find_structure, imported only
    when a view asks, and read once per diff however many parts of a view ask)."""
    if _LAST_STRUCTURE and _LAST_STRUCTURE[0][0] is diff:
        return _LAST_STRUCTURE[0][1]
    from ..sections import find_structure

    found = find_structure(diff)
    _LAST_STRUCTURE[:] = [(diff, found)]
    return found


def paragraph_range(indices: Sequence[int], prefix: str = "") -> str:
    """``¶15–¶22``, ``¶3, ¶5–¶6``; ``old ¶4–¶6`` with a prefix: runs of consecutive
    paragraphs as ranges."""
    runs: list[list[int]] = []
    for k in indices:
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return prefix + ", ".join(f"¶{r[0]}" if len(r) == 1 else f"¶{r[0]}–¶{r[-1]}" for r in runs)


def section_name(change: SectionChange) -> str:
    """``El Salvador’s mega-prisons``; ``Old → New`` for a reworded subhead."""
    if change.kind == "reworded":
        return f"{change.old_subhead} → {change.new_subhead}"
    return change.subhead


def section_title(change: SectionChange) -> str:
    """``section added: El Salvador’s mega-prisons``, ``section reworded: Old → New``."""
    return f"section {change.kind.value}: {section_name(change)}"


def section_where(change: SectionChange) -> str:
    """Where a section is: ``¶15–¶22``, ``old ¶15–¶22`` (removed), ``¶3–¶6, was old ¶8–¶11``."""
    if not change.new:
        return paragraph_range(change.old, "old ")
    if not change.old or change.old == change.new:
        return paragraph_range(change.new)
    return f"{paragraph_range(change.new)}, was {paragraph_range(change.old, 'old ')}"


def section_detail(change: SectionChange) -> str:
    """``¶15–¶22: 8 paragraphs, 3 quotations; ¶16–¶17 were old ¶12–¶13``: where the
    section is, its size, and which of its paragraphs the other version holds (for
    an added or removed one)."""
    parts = [plural(len(change.paragraphs), "paragraph")]
    if change.quotations:
        parts.append(plural(change.quotations, "quotation"))
    out = f"{section_where(change)}: {', '.join(parts)}"
    if change.kept and change.kind == "added":
        olds = sorted({i for i, _ in change.kept})
        news = sorted({j for _, j in change.kept})
        out += f"; {paragraph_range(news)} {'was' if len(news) == 1 else 'were'} {paragraph_range(olds, 'old ')}"
    elif change.kept and change.kind == "removed":
        olds = sorted({i for i, _ in change.kept})
        news = sorted({j for _, j in change.kept})
        out += f"; {paragraph_range(olds, 'old ')} went on as {paragraph_range(news)}"
    return out


def section_line(change: SectionChange) -> str:
    """``section added: El Salvador’s mega-prisons (¶15–¶22: 8 paragraphs, 3 quotations)``."""
    return f"{section_title(change)} ({section_detail(change)})"


def section_heading(change: SectionChange) -> str:
    """The heading a view puts over the section: ``section added: El Salvador’s
    mega-prisons (¶15–¶22)``."""
    return f"{section_title(change)} ({section_where(change)})"


def section_items(found: Structure) -> list[str]:
    """The header's sections, by what happened: ``2 added: El Salvador’s mega-prisons,
    Trump’s immigration crackdown``, ``1 reworded: Old → New``."""
    items = []
    for kind in ("added", "removed", "reworded", "moved"):
        changes = [c for c in found.sections if c.kind == kind]
        if not changes:
            continue
        items.append(f"{len(changes)} {kind}: {', '.join(section_name(c) for c in changes)}")
    return items


def passage_where(passage: Passage) -> str:
    """``¶9–¶11``, or ``old ¶4–¶6`` for a removed passage."""
    return paragraph_range(passage.paragraphs, "old " if passage.kind is BlockKind.REMOVED else "")


def passage_title(passage: Passage) -> str:
    """``passage added after ¶8``, ``passage removed after old ¶3``, ``passage added at the start``."""
    if passage.after is None:
        return f"passage {passage.kind.value} at the start"
    side = "old " if passage.kind is BlockKind.REMOVED else ""
    return f"passage {passage.kind.value} after {side}¶{passage.after}"


def passage_opening(diff: ArticleDiff, passage: Passage, count: int = PASSAGE_WORDS) -> str:
    """The first words of a passage, which name it: ``A prominent Latino advocacy group said it was…``."""
    article = diff.old if passage.kind is BlockKind.REMOVED else diff.new
    return first_words(article.paragraphs[passage.paragraphs[0]].text, count)


def passage_quotes(passage: Passage) -> str:
    """``3 quotations from A, B``, ``1 quotation``, or "" when it holds none."""
    if not passage.quotations:
        return ""
    count = plural(passage.quotations, "quotation")
    return f"{count} from {', '.join(passage.speakers)}" if passage.speakers else count


def passage_detail(passage: Passage) -> str:
    """``¶9–¶11: 3 paragraphs, 3 quotations from A prominent Latino advocacy group,
    Roman Palomares (LULAC)``."""
    parts = [plural(len(passage.paragraphs), "paragraph")]
    quotes = passage_quotes(passage)
    if quotes:
        parts.append(quotes)
    return f"{passage_where(passage)}: {', '.join(parts)}"


def passage_line(diff: ArticleDiff, passage: Passage) -> str:
    """``passage added after ¶8: “A prominent Latino advocacy group said it was…”
    (¶9–¶11: 3 paragraphs, 3 quotations from …)``."""
    return f"{passage_title(passage)}: “{passage_opening(diff, passage)}” ({passage_detail(passage)})"


def passage_heading(passage: Passage) -> str:
    """The heading a view puts over the passage: ``passage added (¶9–¶11: 3 paragraphs,
    3 quotations from …)``; its opening is the first row under it."""
    return f"passage {passage.kind.value} ({passage_detail(passage)})"


def passage_items(diff: ArticleDiff, found: Structure, *, limit: int | None = MAX_PASSAGES_SHOWN) -> list[str]:
    """The header's passages, each by where it is, its opening and whom it quotes
    (but a speaker its opening already names): ``¶9–¶11 added: “A prominent Latino
    advocacy group said…” (quotes from Roman Palomares (LULAC))``; past ``limit``,
    one last item says how many more."""
    items = []
    for passage in found.passages:
        opening = passage_opening(diff, passage, 6)
        item = f"{passage_where(passage)} {passage.kind.value}: “{opening}”"
        speakers = [s for s in passage.speakers if s not in opening]
        if speakers:
            item += f" (quotes from {', '.join(speakers)})"
        items.append(item)
    if limit is not None and len(items) > limit:
        return items[:limit] + [f"{len(items) - limit} more"]
    return items


def structure_headings(diff: ArticleDiff, found: Structure) -> dict[int, list[SectionChange | Passage]]:
    """Where a view heads each section and passage: the position in ``diff.rows`` of
    the first row that holds its first paragraph (its subhead for a section; for a
    reworded one, the old subhead's row when it stands right above the new one's),
    each row's in reading order."""
    first_new: dict[int, int] = {}
    first_old: dict[int, int] = {}
    for position, block in enumerate(diff.rows):
        for j in block.new:
            first_new.setdefault(j, position)
        for i in block.old:
            first_old.setdefault(i, position)
    out: dict[int, list[SectionChange | Passage]] = {}
    for change in found.sections:
        at = first_new.get(change.new[0]) if change.new else first_old.get(change.old[0])
        was = first_old.get(change.old[0]) if change.old and change.kind == "reworded" else None
        if at is not None and was == at - 1:
            at = was  # the old subhead's row stands right above the new one's: head both
        if at is not None:
            out.setdefault(at, []).append(change)
    for passage in found.passages:
        table = first_old if passage.kind is BlockKind.REMOVED else first_new
        at = table.get(passage.paragraphs[0])
        if at is not None:
            out.setdefault(at, []).append(passage)
    return out
