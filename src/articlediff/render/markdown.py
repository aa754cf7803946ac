"""ArticleDiff → GitHub-flavoured Markdown, for pull-request comments.

A header with the counts and metadata changes, the changed quotes, then one section
per changed paragraph with deletions ~~struck~~ and insertions **bold**; unchanged
paragraphs are left out.

Story text is data, never markup: every character Markdown or GitHub would act on is
escaped (``* _ ~ ` [ ] < > | $ & \\``, and ``# - + = 1.`` at a line's start), control
and invisible characters are made visible, and ``@name`` / ``#123`` are kept from
turning into mentions and issue links. A mark never spans a line break (a change that
does is marked once per line), keeps white space outside (``~~word~~ `` not
``~~word ~~``), and falls back to ``<del>``/``<strong>`` where CommonMark's flanking
rules would leave ``~~``/``**`` as literal characters (``said**,**``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from ..model import ArticleDiff, BlockKind, MetadataChange, Row, Span, SpanOp, Structure
from ..text.pattern_cache import compile_pattern
from ..text.words import make_visible
from .describe import (
    Change,
    bare_quote,
    changed_quotes,
    count_parts,
    describe_metadata,
    describe_quote,
    edit_counts,
    facts,
    list_changes,
    paragraph_counts,
    passage_detail,
    passage_items,
    passage_opening,
    passage_title,
    plural,
    section_detail,
    section_items,
    section_name,
    split_edges,
    structure,
    unchanged_quotes,
)

Piece = tuple[str, "str | None"]
"""A run of story text and how it is marked: None, ``"del"`` or ``"ins"``."""

_DELIMITERS = {"del": ("~~", "~~"), "ins": ("**", "**")}
_TAGS = {"del": ("<del>", "</del>"), "ins": ("<strong>", "</strong>")}
_SPECIAL = compile_pattern(r"([\\`*_~\[\]<>|$&])")
_LINE_START = compile_pattern(r"^([#+=-])|^(\d+)([.)])")
# GitHub links @name to a user (and notifies them) and #123 to an issue, even in
# escaped text; a zero-width space after the sign stops it, as Renovate's PRs do.
_MENTION = compile_pattern(r"(?<![\w@#&])([@#])(?=[\w-])")
_ZERO_WIDTH = "&#8203;"


def render_markdown(diff: ArticleDiff) -> str:
    """The whole comment, ending with a newline."""
    found = structure(diff)
    sections = [_header(diff) + _structure_header(diff, found)]
    if diff.metadata:
        sections.append(_metadata(diff.metadata))
    if diff.quotes:
        sections.append(_quotes(diff))
    if found.changed:
        sections.append(_structure(diff, found))
    sections.extend(_change(change) for change in list_changes(diff) if not change.metadata)
    return "\n\n".join(sections) + "\n"


# Escaping and marking


def escape(text: str) -> str:
    """Story text as literal Markdown on one line: specials escaped, controls made
    visible, mentions and issue references defused. (Line starts: see ``_line``.)"""
    text = _SPECIAL.sub(r"\\\1", make_visible(text))
    return _MENTION.sub(lambda m: m.group(1) + _ZERO_WIDTH, text)


def marked_lines(pieces: Iterable[Piece]) -> list[str]:
    """Story text with marked runs, as Markdown lines (one per line of the text)."""
    lines: list[list[Piece]] = [[]]
    for text, mark in pieces:
        for k, part in enumerate(text.split("\n")):
            if k:
                lines.append([])
            if part:
                lines[-1].append((part, mark))
    return [_line(line) for line in lines]


def _line(pieces: list[Piece]) -> str:
    """One line: white space at its ends dropped, each marked run delimited."""
    # Controls made visible first, so that none passes for white space below.
    pieces = _trim([(make_visible(text), mark) for text, mark in pieces])
    items = [_split_space(text, mark) for text, mark in pieces]
    out = ""
    for k, (lead, core, trail, mark) in enumerate(items):
        if k == 0 and mark is None:
            core = _LINE_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", core)
        out += lead
        if mark is None or not core:
            out += core
        else:
            out += _delimit(core, mark, before=out[-1:], after=trail[:1] or _next_char(items, k + 1))
        out += trail
    return out


def _trim(pieces: list[Piece]) -> list[Piece]:
    """The line without white space at its start and end."""
    pieces = [p for p in pieces if p[0]]
    while pieces and not pieces[0][0].strip():
        pieces.pop(0)
    while pieces and not pieces[-1][0].strip():
        pieces.pop()
    if pieces:
        pieces[0] = (pieces[0][0].lstrip(), pieces[0][1])
        pieces[-1] = (pieces[-1][0].rstrip(), pieces[-1][1])
    return pieces


def _split_space(text: str, mark: str | None) -> tuple[str, str, str, str | None]:
    """(leading white space, escaped core, trailing white space, mark)."""
    lead, core, trail = split_edges(text)
    if not core:
        return text, "", "", None
    return lead, escape(core), trail, mark


def _next_char(items: Sequence[tuple[str, str, str, str | None]], start: int) -> str:
    """The first character emitted after item ``start - 1``; "" at the line's end."""
    for lead, core, trail, mark in items[start:]:
        if lead:
            return lead[0]
        if core:
            return "*" if mark else core[0]  # a mark begins with punctuation
        if trail:
            return trail[0]
    return ""


def _delimit(core: str, mark: str, *, before: str, after: str) -> str:
    """``~~core~~`` / ``**core**`` where Markdown will read them as marks, else HTML."""
    if _can_open(before, core[0]) and _can_close(core[-1], after):
        opener, closer = _DELIMITERS[mark]
    else:
        opener, closer = _TAGS[mark]
    return f"{opener}{core}{closer}"


def _is_space(char: str) -> bool:
    return not char or char.isspace()


def _is_punct(char: str, *, symbols: bool) -> bool:
    """CommonMark punctuation; whether non-ASCII symbols (©, £) count differs between
    GitHub's spec (0.29: no) and the current one (0.31: yes), so callers try both."""
    if char.isascii():
        return not char.isalnum() and not char.isspace() and char.isprintable()
    category = unicodedata.category(char)
    return category.startswith("P") or (symbols and category.startswith("S"))


def _can_open(before: str, first: str) -> bool:
    """A delimiter run between ``before`` and ``first`` is left-flanking under both specs."""
    return all(
        not _is_space(first) and (not _is_punct(first, symbols=s) or _is_space(before) or _is_punct(before, symbols=s))
        for s in (False, True)
    )


def _can_close(last: str, after: str) -> bool:
    """A delimiter run between ``last`` and ``after`` is right-flanking under both specs."""
    return all(
        not _is_space(last) and (not _is_punct(last, symbols=s) or _is_space(after) or _is_punct(after, symbols=s))
        for s in (False, True)
    )


def span_pieces(spans: Iterable[Span], *, old: bool = True, new: bool = True) -> list[Piece]:
    """A word diff as pieces: deletions (if ``old``) and insertions (if ``new``) marked."""
    out: list[Piece] = []
    for span in spans:
        if span.op is SpanOp.EQUAL:
            out.append((span.text, None))
        elif span.op is SpanOp.DELETE and old:
            out.append((span.text, "del"))
        elif span.op is SpanOp.INSERT and new:
            out.append((span.text, "ins"))
    return out


def one_line(pieces: Iterable[Piece]) -> str:
    """Pieces on a single line (for list items): line breaks become spaces."""
    return _line([(" ".join(text.splitlines()) if "\n" in text else text, mark) for text, mark in pieces])


# Sections


def _header(diff: ArticleDiff) -> str:
    s = diff.summary
    counts = " · ".join(label for label, _ in count_parts(s))
    lines = [
        "## How the story changed",
        "",
        f"- **Versions:** {escape(diff.old.source)} → {escape(diff.new.source)}",
        f"- **Paragraphs:** {paragraph_counts(diff)} · {counts}",
        f"- **Words:** {s.words_added} added, {s.words_removed} removed",
    ]
    grades = edit_counts(diff)
    if grades:
        lines.append("- **Edits:** " + grades)
    found = facts(diff)
    if found:
        lines.append("- **Facts:** " + " · ".join(escape(f) for f in found))
    if not s.changed:
        lines += ["", "No differences."]
    return "\n".join(lines)


def _structure_header(diff: ArticleDiff, found: Structure) -> str:
    """The header's lines for the sections and passages that changed (none if none),
    to follow its other lines."""
    lines = []
    sections = section_items(found)
    if sections:
        lines.append("- **Sections:** " + " · ".join(escape(item) for item in sections))
    passages = passage_items(diff, found)
    if passages:
        lines.append("- **Passages:** " + " · ".join(escape(item) for item in passages))
    if not lines:
        return ""
    # The header ends with its list, or with "No differences." after a blank line.
    return "\n" + "\n".join(lines) if diff.summary.changed else ""


def _structure(diff: ArticleDiff, found: Structure) -> str:
    """``### Sections and passages``: one item for each, what happened and where (in
    bold only the labels, ending with a colon, as in the header: bold text in the
    story is inserted text)."""
    lines = ["### Sections and passages"]
    lines += [f"- **section {c.kind.value}:** {escape(section_name(c))} ({escape(section_detail(c))})"
              for c in found.sections]
    lines += [f"- **{escape(passage_title(p))}:** “{escape(passage_opening(diff, p))}” ({escape(passage_detail(p))})"
              for p in found.passages]
    return "\n".join(lines)


def _metadata(changes: Sequence[MetadataChange]) -> str:
    """``- **byline removed:** ~~By …~~``; an edit shows old → new."""
    lines = ["### Headline, byline and boilerplate"]
    for change in changes:
        pieces: list[Piece] = []
        if change.old:
            pieces.append((change.old, "del"))
        if change.old and change.new:
            pieces.append((" → ", None))
        if change.new:
            pieces.append((change.new, "ins"))
        lines.append(f"- **{describe_metadata(change)}:** {one_line(pieces)}")
    return "\n".join(lines)


def _quotes(diff: ArticleDiff) -> str:
    lines = ["### Quotes"]
    for quote in changed_quotes(diff):
        line = describe_quote(quote)
        who = f" · {escape(line.speaker)}:" if line.speaker else ":"
        if quote.change == "changed" and quote.spans:
            text = one_line(span_pieces(quote.spans))
        else:
            text = escape(bare_quote(line.text))
        lines.append(f"- **{line.label}**, {line.where}{who} “{text}”")
    same = unchanged_quotes(diff)
    if same:
        lines.append(f"- {plural(same, 'quote')} unchanged")
    if len(lines) == 1:
        lines.append("- none")
    return "\n".join(lines)


def _change(change: Change) -> str:
    """``### ¶0 edited (was ¶1)`` and the paragraph as a block quote."""
    tags = f" · {', '.join(change.tags)}" if change.tags else ""
    return f"### {change.title}{tags}\n\n" + _quoted(marked_lines(_block_pieces(change.block)))


def _block_pieces(block: Row) -> list[Piece]:
    """Added text plain (the heading says it was added), removed text struck, an
    edit with its deletions and insertions marked."""
    if block.kind is BlockKind.ADDED:
        return [(s.text, None) for s in block.spans]
    if block.kind is BlockKind.REMOVED:
        return [(s.text, "del") for s in block.spans]
    return span_pieces(block.spans)


def _quoted(lines: list[str]) -> str:
    """Lines as a Markdown block quote; blank lines keep paragraphs apart."""
    return "\n".join(f"> {line}" if line else ">" for line in lines)
