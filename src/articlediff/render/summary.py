"""ArticleDiff → a one-screen summary for the terminal: the counts, then one line per
metadata change, per changed paragraph (by its first words) and per changed quote.

Every line starts with a sign (``~`` edited, ``+`` added, ``-`` removed, ``↕`` moved)
so it reads without colour, and is cut with an ellipsis at the console's width.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from ..model import ArticleDiff, BlockKind, MetadataChange
from .describe import (
    LABEL_TAGS,
    SECTION_SIGNS,
    SIGNS,
    Change,
    QuoteLine,
    bare_quote,
    block_text,
    changed_quotes,
    describe_metadata,
    describe_quote,
    list_changes,
    passage_line,
    plural,
    section_line,
    structure,
    unchanged_quotes,
)
from .terminal import SIGN_STYLES, Body, Gutter, ItemLine, append_text, render_header, style


def render_summary(diff: ArticleDiff) -> Group:
    """The summary view: the inline view's header, then Metadata, Changes, Quotes."""
    parts: list[Text | ItemLine | Gutter] = [*render_header(diff)]
    if diff.metadata:
        parts += _section("Metadata", [_metadata_line(m) for m in diff.metadata])
    found = structure(diff)
    if found.changed:
        rows = [_structure_line(SECTION_SIGNS[c.kind.value], section_line(c)) for c in found.sections]
        rows += [_structure_line(SECTION_SIGNS[p.kind.value], passage_line(diff, p)) for p in found.passages]
        parts += [Text(""), Text("Sections and passages", "articlediff.header"), *rows]
    story = [c for c in list_changes(diff) if not c.metadata]
    if story:
        parts += _section(f"Changes ({len(story)})", [_change_line(c) for c in story])
    quotes = changed_quotes(diff)
    same = unchanged_quotes(diff)
    if quotes or same:
        lines = [_quote_line(describe_quote(q)) for q in quotes]
        if same:
            lines.append(_line(SIGNS[BlockKind.UNCHANGED], f"{plural(same, 'quote')} unchanged", None))
        parts += _section("Quotes", lines)
    return Group(*parts)


def _section(heading: str, lines: list[Text]) -> list[Text]:
    return [Text(""), Text(heading, "articlediff.header"), *lines]


def _line(sign: str, label: str, text: str | None, *, label_style: str = "articlediff.label") -> Text:
    """``  + label text``, one line, cut with an ellipsis."""
    line = Text("  ", no_wrap=True, overflow="ellipsis", end="\n")
    line.append(sign, SIGN_STYLES.get(sign, ""))
    line.append(" ")
    append_text(line, label, label_style)  # a quote's label holds its speaker: story text
    if text:
        line.append(" ")
        append_text(line, " ".join(text.split()))
    return line


def _structure_line(sign: str, words: str) -> Gutter:
    """``  + section added: El Salvador’s mega-prisons (¶15–¶22: …)``: wrapped, not cut
    (a section's or a passage's line says where it is and what it holds at its end),
    its further lines under its words."""
    lead = Body("  ")
    lead.append(sign, style(SIGN_STYLES.get(sign, "")))
    lead.append(" ")
    body = Body()
    append_text(body, words)  # subheads, openings and speakers are story text
    return Gutter(lead, body, Body("    "))


def _metadata_line(change: MetadataChange) -> Text:
    """``- byline removed: By …``; ``~ headline edited: Old → New``."""
    old, new = change.old, change.new
    text = f"{' '.join(old.split())} → {' '.join(new.split())}" if old and new else (new or old or "")
    return _line(SIGNS[change.kind], f"{describe_metadata(change)}:", text)


def _change_line(change: Change) -> Text:
    """``~ ¶0 (was ¶1) (CNN) — El Salvador has agreed…``: where the row's text came
    from and, beside its first words, the tags of a short label (what the paragraph
    is, whether its edit can be skipped)."""
    tags = [t for t in change.tags if t in LABEL_TAGS]
    label = change.where + (f" [{'; '.join(tags)}]" if tags else "")
    return _line(change.sign, label, block_text(change.block), label_style="articlediff.gutter")


def _quote_line(quote: QuoteLine) -> Text:
    """``+ quote added ¶11 Palomares: “These are human beings…”``."""
    label = f"{quote.label} {quote.where}" + (f" {quote.speaker}:" if quote.speaker else "")
    return _line(quote.sign, label, f"“{bare_quote(quote.text)}”")
