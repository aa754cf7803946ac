"""ArticleDiff → rich renderables for the terminal. Builds, never prints.

The view is the new version in reading order, removed paragraphs where they stood.
Each row has a gutter (a change sign, then its old and new paragraph numbers) so the
view reads without colour; inline changes are coloured when colour is on and marked
``[-deleted-]`` ``{+inserted+}`` when it is off. Article text only ever enters rich
as ``Text`` (never as markup), with control and invisible characters made visible.
"""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.control import strip_control_codes
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from rich.theme import Theme

from ..model import ArticleDiff, BlockKind, Passage, Row, SectionChange, Span, SpanOp
from ..text.words import INVISIBLE_CHARS, visible
from ._wrap import truncate, wrap_segments
from .describe import (
    DELETE_MARKS,
    HEADING_ROLES,
    INSERT_MARKS,
    MAX_FACTS_SHOWN,
    MOVED_SIGN,
    SECTION_SIGNS,
    SIGNS,
    changed_quotes,
    collapsed,
    count_parts,
    describe_quote,
    edit_counts,
    facts,
    is_change,
    label,
    lookalike_note,
    metadata_items,
    old_number,
    paragraph_counts,
    passage_heading,
    passage_items,
    plural,
    quote_counts,
    section_heading,
    section_items,
    sign,
    split_edges,
    structure,
    structure_headings,
    unchanged_quotes,
)

THEME = Theme(
    {
        "articlediff.added": "green",
        "articlediff.removed": "red",
        "articlediff.insert": "green underline",
        "articlediff.delete": "red strike",
        "articlediff.moved": "magenta",
        "articlediff.edited": "yellow",
        "articlediff.context": "dim",
        "articlediff.gutter": "dim",
        "articlediff.label": "dim italic",
        "articlediff.subhead": "bold",
        "articlediff.header": "bold",
        "articlediff.control": "reverse",
    }
)

_STYLES: dict[tuple[str, ...], Style] = {}


def style(*names: str) -> Style:
    """The theme's styles for ``names`` combined (rich cannot look up "a b" itself).

    Each combination is made once: the view asks for the same few again and again.
    """
    combined = _STYLES.get(names)
    if combined is None:
        combined = _STYLES[names] = Style.combine([Style.null(), *(THEME.styles[name] for name in names if name)])
    return combined


#: The style of each sign, in a gutter and before a summary's line.
SIGN_STYLES = {
    SIGNS[BlockKind.ADDED]: "articlediff.added",
    SIGNS[BlockKind.REMOVED]: "articlediff.removed",
    SIGNS[BlockKind.EDITED]: "articlediff.edited",
    MOVED_SIGN: "articlediff.moved",
    SIGNS[BlockKind.UNCHANGED]: "articlediff.gutter",
}


def append_text(out: "Text | Body", text: str, *styles: str) -> None:
    """Append article text to ``out`` as data: never markup, controls made visible,
    tabs as spaces (a terminal's tab stops would undo the wrapping)."""
    if "\t" in text:
        text = text.replace("\t", " ")
    plain = style(*styles)
    pos = 0
    # Every invisible character is unprintable, so printable text (nearly all of it)
    # is appended without a search, and most runs never compile the pattern.
    invisible = () if text.isprintable() else re.finditer(INVISIBLE_CHARS, text)
    for match in invisible:
        if match.start() > pos:
            out.append(text[pos:match.start()], plain)
        out.append(visible(match.group()), style(*styles, "articlediff.control"))
        pos = match.end()
    if pos < len(text):
        out.append(text[pos:], plain)


class ViewOptions(NamedTuple):
    """What the terminal view shows."""

    context: int = 1
    """Unchanged paragraphs shown (truncated to one line) around each change."""
    full: bool = False
    """Show every unchanged paragraph in full."""
    marks: bool = False
    """Mark inline changes with [-…-] {+…+}, for output without colour."""
    ignore_minor: bool = False
    """Collapse minor edits (punctuation, typography, typos) like unchanged paragraphs."""
    quotes_only: bool = False
    """Show the header and the Quotes section only."""


class Body:
    """Styled text as a Gutter shows it: pieces appended one after another, each with
    a style or none, and an option to keep it to one line.

    It renders to the same segments as a rich Text built by the same appends would:
    one for each styled piece, one for each run of unstyled pieces (in the null
    style), or, when no piece is styled, a single one without a style. It exists for
    speed: a Text sanitises every string appended, one character at a time when the
    text is not all ASCII, as articles rarely are, and sorts its spans to render.
    """

    def __init__(self, text: str = "") -> None:
        self.pieces: list[tuple[str, Style | None]] = []
        self.no_wrap = False
        if text:
            self.append(text)

    def append(self, text: str, style: Style | None = None) -> None:
        """Add ``text``, without its control codes as rich's Text drops them (printable
        text has none)."""
        if not text.isprintable():
            text = strip_control_codes(text)
        if text:
            self.pieces.append((text, style or None))

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.pieces)

    @property
    def cell_len(self) -> int:
        return cell_len(self.plain)

    def render(self) -> list[Segment]:
        if all(style is None for _, style in self.pieces):
            return [Segment(self.plain)]
        segments: list[Segment] = []
        unstyled: list[str] = []
        for text, style in self.pieces:
            if style is None:
                unstyled.append(text)
                continue
            if unstyled:
                segments.append(Segment("".join(unstyled), Style.null()))
                unstyled = []
            segments.append(Segment(text, style))
        if unstyled:
            segments.append(Segment("".join(unstyled), Style.null()))
        return segments


class Gutter:
    """A renderable: a fixed-width gutter beside the body, which wraps in the space left.

    The body is wrapped by ``_wrap`` rather than by rich's Text.wrap: this is the hot
    path of the terminal view, and that greedy wrap over the body's styled segments
    is faster while giving the same lines. Its lines never run past the width: where
    the width leaves the body less than its minimum of 10 cells, they are cut as the
    console would cut them.
    """

    def __init__(self, gutter: Body, body: Body, continuation: Body) -> None:
        self.gutter = gutter
        self.body = body
        self.continuation = continuation

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        gutter_cells = self.gutter.cell_len
        width = max(options.max_width - gutter_cells, 10)
        segments = self.body.render()
        if self.body.no_wrap:
            lines = [truncate(segments, width)]
        else:
            lines = wrap_segments(segments, width)
        too_wide = gutter_cells + width > options.max_width
        first = self.gutter.render()
        rest = self.continuation.render() if len(lines) > 1 else []
        for n, line in enumerate(lines):
            gutter = first if n == 0 else rest
            if too_wide:
                yield from _rstrip(Segment.adjust_line_length([*gutter, *Segment.simplify(line)], options.max_width,
                                                              pad=False))
            else:
                yield from _rstrip([*gutter, *Segment.simplify(line)])
            yield Segment.line()


def _rstrip(line: list[Segment]) -> list[Segment]:
    """A line's segments without the spaces that would end it."""
    while line and not line[-1].control and not line[-1].text.strip(" "):
        line = line[:-1]
    if line and not line[-1].control and line[-1].text.endswith(" "):
        last = line[-1]
        line = [*line[:-1], Segment(last.text.rstrip(" "), last.style, last.control)]
    return line


def render_diff(diff: ArticleDiff, options: ViewOptions | None = None) -> Group:
    """The whole inline view: header, quotes, then the rows.

    Each of its lines fits the width (rich wraps the Text lines, Gutter the rest), so
    it can be printed with ``crop=False``: the console need not measure every line
    again only to find that none is too long.
    """
    opts = options or ViewOptions()
    quotes = render_quotes(diff, opts)
    if opts.quotes_only:
        return Group(*render_header(diff), Text(""), *(quotes or [Text("No quotation changed.")]))
    return Group(*render_header(diff), Text(""), *quotes, *render_rows(diff, opts))


def render_quotes(diff: ArticleDiff, opts: ViewOptions) -> list[Text | Gutter]:
    """The Quotes section: quotations and terms added, removed or altered, with their
    speakers; altered ones with the word diff inside the marks."""
    shown = changed_quotes(diff)
    if not shown:
        return []
    title = f"Quotes: {plural(len(shown), 'change')}, {unchanged_quotes(diff)} unchanged (not listed)"
    heading = Body()
    heading.append(title, style("articlediff.header"))
    out: list[Text | Gutter] = [Gutter(Body(), heading, Body())]  # wrapped without trailing spaces
    for q in shown:
        line = describe_quote(q)
        head = Body()
        head.append(f"{line.sign} ", style(QUOTE_STYLES.get(q.change, "articlediff.edited")))
        body = Body()
        body.append(f"{line.label}, {line.where}", style("articlediff.label"))
        if line.speaker:
            body.append(" · ")
            append_text(body, line.speaker, "articlediff.subhead")
        body.append(": “")
        if q.change == "changed" and q.spans:
            append_spans(body, q.spans, opts)
        else:
            append_text(body, line.text)
        body.append("”")
        out.append(Gutter(head, body, Body("  ")))
    out.append(Text(""))
    return out


QUOTE_STYLES = {"added": "articlediff.added", "removed": "articlediff.removed", "reattributed": "articlediff.moved"}


#: The width of a header line's label ("paragraphs  "), under which its items line up.
LABEL_WIDTH = 12


def render_header(diff: ArticleDiff) -> list["Text | ItemLine"]:
    """The header: what changed, counted as the README says (every paragraph, metadata
    too, whatever the view leaves out). Each line is a label and its items, wrapped
    between items with an indent (see ItemLine)."""
    s = diff.summary
    source = Text()
    append_text(source, diff.old.source)
    source.append(" →")
    target = Text()
    append_text(target, diff.new.source)
    title = ItemLine("articlediff", [source, target], separator=" ", label_style="articlediff.header")

    parts = count_parts(s)
    counts = [Text(f"{paragraph_counts(diff)}: ")]
    for n, (count, kind) in enumerate(parts):
        item = counts[0] if n == 0 else Text()
        item.append(count, "" if kind == "unchanged" else f"articlediff.{kind}")
        if n:
            counts.append(item)
    words = [Text(f"+{s.words_added}", "articlediff.added"), Text(f"-{s.words_removed}", "articlediff.removed")]
    lines: list[Text | ItemLine] = [title, ItemLine("paragraphs", counts), ItemLine("words", words, separator=" ")]
    lines += _structure_lines(diff)
    if diff.quotes:
        lines.append(ItemLine("quotes", [Text(item) for item in quote_counts(diff)]))
    for extra in (_edits_line(diff), _facts_line(diff)):
        if extra is not None:
            lines.append(extra)
    meta = _metadata_line(diff)
    if meta is not None:
        lines.append(meta)
    if not s.changed:
        lines.append(Text("No differences.", "articlediff.header"))
    return lines


def _structure_lines(diff: ArticleDiff) -> list["ItemLine"]:
    """``sections    2 added: El Salvador’s mega-prisons, Trump’s immigration crackdown``
    and ``passages    ¶9–¶11 added: “…” (quotes from …)`` (see describe.section_items);
    none when the story's structure did not change."""
    found = structure(diff)
    lines = []
    for name, found_items in (("sections", section_items(found)), ("passages", passage_items(diff, found))):
        if found_items:
            items = []
            for item in found_items:
                text = Text()
                append_text(text, item)  # subheads and openings are story text
                items.append(text)
            lines.append(ItemLine(name, items))
    return lines


def _facts_line(diff: ArticleDiff) -> "ItemLine | None":
    """The changed numbers, names and dates, most significant first (see describe.facts)."""
    found = facts(diff)
    if not found:
        return None
    items = []
    for k, description in enumerate(found):
        item = Text()
        if k == MAX_FACTS_SHOWN:  # "3 more"
            item.append(description)
        else:
            append_text(item, description, "articlediff.edited")
        items.append(item)
    return ItemLine("facts", items)


#: Marks that must not stand alone on a header line: they join items.
_LONE_MARKS = frozenset(("·", "→"))


class ItemLine:
    """A header line of items, ``facts       a · b · c``, that wraps between items
    only, each further line indented to the first item: no fact is cut in two but
    one wider than the whole line, which wraps (indented) as any text. No line ends in
    a space. Where the width leaves less than LABEL_WIDTH cells beside the label, the
    label stands on a line of its own and the items go under it, indented by two."""

    def __init__(self, label: str, items: Sequence[Text], *, separator: str = " · ",
                 label_style: str = "articlediff.label") -> None:
        self.label = label
        self.items = items
        self.separator = separator
        self.label_style = label_style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        room = options.max_width - LABEL_WIDTH
        indent = LABEL_WIDTH
        first = Text(self.label.ljust(LABEL_WIDTH), self.label_style)
        if room < LABEL_WIDTH:  # too narrow to indent under the label
            yield Text(self.label, self.label_style)
            indent = min(2, options.max_width - 1)
            room = options.max_width - indent
            first = Text(" " * indent)
        lead = ""  # a separator or arrow that would have stood alone on a line begins the next row
        for n, body in enumerate(self._rows(room)):
            if lead and len(body.plain.split(" ", 1)[0]) > room - len(lead) - 1:
                # Its first word is folded anyway: fold the row by cells, the mark first.
                body = Text.assemble(lead + " ", body)
                pieces = list(body.divide(range(room, len(body), room)))
            else:
                body = Text.assemble(lead + " ", body) if lead else body
                # A row that fits (nearly all) needs no wrapping, which costs far more.
                pieces = [body] if body.cell_len <= room else list(body.wrap(console, room))
            lead = ""
            if len(pieces) > 1 and pieces[-1].plain.strip() in _LONE_MARKS:
                lead = pieces.pop().plain.strip()
            for k, piece in enumerate(pieces):
                piece.rstrip()
                yield Text.assemble(first if n == k == 0 else " " * indent, piece)

    def _rows(self, room: int) -> list[Text]:
        """The items in rows of at most ``room`` cells, broken between items."""
        rows = [Text()]
        last = len(self.items) - 1
        joint = self.separator.rstrip()
        for n, item in enumerate(self.items):
            row = rows[-1]
            # Room for the item after the separator, and but for the last for the
            # " ·" that ends its row if the next item goes on to another.
            if n and row.cell_len + len(self.separator) + item.cell_len + (len(joint) if n < last else 0) > room:
                lead = ""
                if row.cell_len <= room < row.cell_len + len(joint) and joint:
                    lead = joint.strip() + " "  # no room to end the row with it: it begins the next
                else:
                    row.append(joint)
                row = Text(lead)
                rows.append(row)
            elif n:
                row.append(self.separator)
            row.append_text(item)
        return rows


def _edits_line(diff: ArticleDiff) -> "ItemLine | None":
    grades = edit_counts(diff)
    if not grades:
        return None
    return ItemLine("edits", [Text(item) for item in grades.split(" · ")])


def _metadata_line(diff: ArticleDiff) -> "ItemLine | None":
    if not diff.metadata:
        return None
    return ItemLine("metadata", [Text(item) for item in metadata_items(diff.metadata)])


def render_rows(diff: ArticleDiff, opts: ViewOptions) -> Iterator[Text | Gutter]:
    """Each row in reading order; runs of unchanged ones collapsed."""
    width = _number_width(diff)
    if diff.rows:
        yield _legend(width)
    headings = _structure_headings(diff)
    for item in visible_rows(diff.rows, opts):
        if isinstance(item, list):
            yield collapsed_gutter(item, 2 * width + 4)
        else:
            block, show = item
            for heading in headings.get(id(block), ()):
                yield heading
            yield _render_row(block, diff, width, opts, truncate=show == "context")


def _structure_headings(diff: ArticleDiff) -> dict[int, list[Gutter]]:
    """A heading row over each section and passage that changed, ``── section added:
    El Salvador’s mega-prisons (¶15–¶22)``, by the id of the block it stands
    over (see describe.structure_headings). Rows stay one per paragraph under it."""
    out: dict[int, list[Gutter]] = {}
    for position, items in structure_headings(diff, structure(diff)).items():
        out[id(diff.rows[position])] = [_heading_row(item) for item in items]
    return out


def _heading_row(item: SectionChange | Passage) -> Gutter:
    """``── section added: El Salvador’s mega-prisons (¶15–¶22)``, the rule in the
    colour of what happened; where it wraps, its further lines go under its words.
    (No rule after the words: where the line wraps it would stand alone.)"""
    words = section_heading(item) if isinstance(item, SectionChange) else passage_heading(item)
    lead = Body()
    lead.append("── ", style(SIGN_STYLES[SECTION_SIGNS[item.kind.value]]))
    body = Body()
    append_text(body, words, "articlediff.header")  # a subhead is story text
    return Gutter(lead, body, Body("   "))


def visible_rows(blocks: Sequence[Row], opts: ViewOptions) -> Iterator[tuple[Row, str] | list[Row]]:
    """What a view shows, in order: each row shown, with how (see ``_shown``), and
    each run of collapsed rows, as a list."""
    hidden: list[Row] = []
    for block, show in zip(blocks, _shown(blocks, opts)):
        if show is None:
            hidden.append(block)
            continue
        if hidden:
            yield hidden
            hidden = []
        yield block, show
    if hidden:
        yield hidden


def _shown(blocks: Sequence[Row], opts: ViewOptions) -> list[str | None]:
    """For each row: "change", "context", "full" or None (collapsed)."""
    changed = [
        is_change(b) and not (opts.ignore_minor and b.significance == "minor")
        for b in blocks
    ]
    if opts.full:
        return ["change" if c else "full" for c in changed]
    shown: list[str | None] = ["change" if c else None for c in changed]
    for k, c in enumerate(changed):
        if not c:
            continue
        for near in range(max(0, k - opts.context), min(len(blocks), k + opts.context + 1)):
            if shown[near] is None:
                shown[near] = "context"
    return shown


def _number_width(diff: ArticleDiff) -> int:
    most = max(len(diff.old.paragraphs), len(diff.new.paragraphs), 1) - 1
    return max(len(str(most)), 3)


def _gutter(block: Row, width: int) -> Body:
    mark = sign(block)
    gutter = Body()
    gutter.append(mark, THEME.styles[SIGN_STYLES[mark]])
    new = str(block.new[0]) if block.new else ""
    gutter.append(f" {old_number(block):>{width}} {new:>{width}} │ ", THEME.styles["articlediff.gutter"])
    return gutter


def _continuation(width: int) -> Body:
    """The gutter of a row's further lines: its rule, dim like the first line's."""
    gutter = Body()
    gutter.append(" " * (2 * width + 4) + "│ ", THEME.styles["articlediff.gutter"])
    return gutter


def _legend(width: int) -> Text:
    """Names the two number columns above the rows."""
    return Text(f"  {'old':>{width}} {'new':>{width}}", "articlediff.gutter")


def _render_row(block: Row, diff: ArticleDiff, width: int, opts: ViewOptions, *, truncate: bool) -> Gutter:
    body = Body()
    roles = diff.roles(block)
    words = label(block, roles, subheads=True)
    if words:
        body.append(words + " ", style("articlediff.label"))
    base = "articlediff.subhead" if roles & HEADING_ROLES else ""
    if block.kind is BlockKind.UNCHANGED:
        append_text(body, block.spans[0].text if block.spans else "", base, "articlediff.context")
        if truncate:
            body = _first_line(body)
    elif block.kind is BlockKind.ADDED:
        append_text(body, block.spans[0].text, base, "articlediff.added")
    elif block.kind is BlockKind.REMOVED:
        append_text(body, block.spans[0].text, base, "articlediff.removed")
    else:
        append_spans(body, block.spans, opts, base)
    return Gutter(_gutter(block, width), body, _continuation(width))


def append_spans(body: Body, spans: Sequence[Span], opts: ViewOptions, base: str = "") -> None:
    """An edit's spans: equal text as it is, deletions and insertions marked; a change
    between characters that look alike (a non-breaking hyphen for a hyphen, an em dash
    for two hyphens, a no-break space) is named after it, ``⟨em dash → hyphen⟩``."""
    for n, span in enumerate(spans):
        if span.op is SpanOp.EQUAL:
            append_text(body, span.text, base)
        elif span.op is SpanOp.DELETE:
            _append_change(body, span.text, "articlediff.delete", DELETE_MARKS if opts.marks else None)
        else:
            _append_change(body, span.text, "articlediff.insert", INSERT_MARKS if opts.marks else None)
            note = lookalike_note(spans, n)
            if note:
                body.append(f"⟨{note}⟩", style("articlediff.label"))


def _append_change(body: Body, text: str, change: str, marks: tuple[str, str] | None) -> None:
    """A deletion or insertion, with the white space at its edges left outside the
    marks and the style, as an editor would mark it."""
    lead, core, trail = split_edges(text)
    if not core:
        append_text(body, text, change)
        return
    append_text(body, lead)
    mark_style = style(change.replace("delete", "removed").replace("insert", "added"))
    if marks:
        body.append(marks[0], mark_style)
    append_text(body, core, change)
    if marks:
        body.append(marks[1], mark_style)
    append_text(body, trail)


def _first_line(body: Body) -> Body:
    """Mark the body to be shown on one line, cut with an ellipsis."""
    body.no_wrap = True
    return body


def collapsed_line(run: Sequence[Row], indent: int) -> Text:
    """``┆ 3 unchanged paragraphs (¶3–¶5)``, the rule ``indent`` cells in."""
    text = Text(" " * indent + "┆ ", "articlediff.gutter")
    text.append(collapsed(run), "articlediff.context")
    return text


def collapsed_gutter(run: Sequence[Row], indent: int) -> Gutter:
    """collapsed_line for the inline view: where it wraps, its further lines go under
    its words, and none ends in a space."""
    rule = Body()
    rule.append(" " * indent + "┆ ", style("articlediff.gutter"))
    words = Body()
    words.append(collapsed(run), style("articlediff.context"))
    return Gutter(rule, words, Body(" " * (indent + 2)))
