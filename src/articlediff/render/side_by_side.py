"""ArticleDiff → a side-by-side rich view: the old version left, the new right.

Rows line up side by side: an edited row shows its old text with the deletions
marked on the left and its new text with the insertions marked on the right; an added
row is empty on the left, a removed one empty on the right. Each paragraph starts
with its number, each row with a change sign, so the view reads without colour.
Unchanged paragraphs are collapsed as in the inline view (same context rules).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.segment import Segment
from rich.text import Text

from ..model import ArticleDiff, BlockKind, Row, SpanOp
from ._wrap import wrap_segments
from .describe import (
    DELETE_MARKS,
    HEADING_ROLES,
    INSERT_MARKS,
    PARAGRAPH_BREAK,
    held,
    label,
    lookalike_note,
    sign,
    split_edges,
)
from .terminal import (
    SIGN_STYLES,
    ViewOptions,
    _number_width,
    append_text,
    collapsed_line,
    render_header,
    visible_rows,
)

MIN_COLUMN = 8
THEME_GUTTER = "articlediff.gutter"

Line = list[Segment]


class Side:
    """One side of a row: its paragraphs (number, text), each wrapped on its own."""

    def __init__(self, numbers: Sequence[int], texts: Sequence[Text], *, one_line: bool = False) -> None:
        self.numbers = list(numbers)
        self.texts = list(texts)
        self.one_line = one_line

    def lines(self, console: Console, width: int) -> list[tuple[str, Line]]:
        """Wrapped lines, each with the paragraph number it starts (or "")."""
        out: list[tuple[str, Line]] = []
        for k, text in enumerate(self.texts):
            if k:
                out.append(("", []))
            number = str(self.numbers[k]) if k < len(self.numbers) else ""
            if self.one_line:
                wrapped = [_first_line(console, text, width)]
            else:
                wrapped = wrap_segments(text.render(console), width)
            out.extend((number if n == 0 else "", line) for n, line in enumerate(wrapped))
        return out


class Pair:
    """A renderable: one row of the diff as two columns, with a gutter of sign and
    paragraph numbers; both columns wrap in the console's width."""

    def __init__(self, sign: Text, left: Side, right: Side, number_width: int) -> None:
        self.sign = sign
        self.left = left
        self.right = right
        self.number_width = number_width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        left_width, right_width = column_widths(options.max_width, self.number_width)
        left = self.left.lines(console, left_width)
        right = self.right.lines(console, right_width)
        gutter = THEME_GUTTER
        blank_sign = Text(" " * self.sign.cell_len)
        for k in range(max(len(left), len(right), 1)):
            old_number, old_line = left[k] if k < len(left) else ("", [])
            new_number, new_line = right[k] if k < len(right) else ("", [])
            yield from (self.sign if k == 0 else blank_sign).render(console)
            yield Segment(f" {old_number:>{self.number_width}} ", console.get_style(gutter))
            yield from old_line
            yield Segment(" " * max(left_width - Segment.get_line_length(old_line), 0))
            yield Segment(" │", console.get_style(gutter))
            if new_line:
                yield Segment(f" {new_number:>{self.number_width}} ", console.get_style(gutter))
                yield from new_line
            elif new_number:
                yield Segment(f" {new_number:>{self.number_width}}", console.get_style(gutter))
            yield Segment.line()



def column_widths(total: int, number_width: int) -> tuple[int, int]:
    """Cells for the old and new text: the console's width less the gutters
    ("~ 123 " before the old text, " │ 123 " before the new), halved."""
    gutters = (number_width + 3) + (number_width + 4)
    space = max(total - gutters, 2 * MIN_COLUMN)
    return space // 2, space - space // 2


def _first_line(console: Console, text: Text, width: int) -> Line:
    """The text's first line, cut with an ellipsis to ``width`` cells."""
    line = text.split("\n")[0] if "\n" in text.plain else text.copy()
    if line.cell_len > width or "\n" in text.plain:
        line.truncate(max(width - 1, 1))
        line.append("…")
    return list(line.render(console))


def render_side_by_side(diff: ArticleDiff, options: ViewOptions | None = None) -> Group:
    """The side-by-side view: the inline view's header, then old | new per block."""
    opts = options or ViewOptions()
    return Group(*render_header(diff), Text(""), *_rows(diff, opts))


def _rows(diff: ArticleDiff, opts: ViewOptions) -> Iterator[Pair | Text]:
    """A legend, then each row; runs of unchanged rows collapsed to one line."""
    if not diff.rows:
        return
    width = _number_width(diff)
    yield _legend(width)
    for item in visible_rows(diff.rows, opts):
        if isinstance(item, list):
            yield collapsed_line(item, width + 3)  # under the old column
        else:
            block, show = item
            yield _row(block, diff, width, opts, one_line=show == "context")


def _legend(width: int) -> Pair:
    """``old`` and ``new`` above the paragraph numbers."""
    return Pair(Text(" "), _Heading("old"), _Heading("new"), width)


class _Heading(Side):
    """A column heading in the number gutter, with no text."""

    def __init__(self, name: str) -> None:
        super().__init__([], [])
        self.name = name

    def lines(self, console: Console, width: int) -> list[tuple[str, Line]]:
        return [(self.name, [])]


def _row(block: Row, diff: ArticleDiff, width: int, opts: ViewOptions, *, one_line: bool) -> Pair:
    roles = diff.roles(block)
    base = "articlediff.subhead" if roles & HEADING_ROLES else ""
    if block.kind is BlockKind.UNCHANGED:
        base = f"{base} articlediff.context".strip()
    old_texts = _side_texts(block, SpanOp.DELETE, base, opts) if block.old else []
    new_texts = _side_texts(block, SpanOp.INSERT, base, opts) if block.new else []
    words = label(block, roles, subheads=True)
    if words:
        _prepend_label(new_texts or old_texts, words)
    mark = sign(block)
    old, new = Side(held(block), old_texts, one_line=one_line), Side(block.new, new_texts, one_line=one_line)
    return Pair(Text(mark, SIGN_STYLES[mark]), old, new, width)


def _side_texts(block: Row, changed: SpanOp, base: str, opts: ViewOptions) -> list[Text]:
    """One side's paragraphs as Text: the equal spans and this side's changes (the
    deletions for the old side, the insertions for the new), split at paragraph
    breaks so that no mark runs across two paragraphs."""
    whole = {BlockKind.ADDED: "articlediff.added", BlockKind.REMOVED: "articlediff.removed"}.get(block.kind)
    texts = [Text()]
    for n, span in enumerate(block.spans):
        if span.op is not SpanOp.EQUAL and span.op is not changed:
            continue
        for k, piece in enumerate(span.text.split(PARAGRAPH_BREAK)):
            if k:
                texts.append(Text())
            if whole or span.op is SpanOp.EQUAL:
                append_text(texts[-1], piece, *base.split(), whole or "")
            else:
                _append_change(texts[-1], piece, changed, base, opts.marks)
        # The new column names a change between characters that look alike, which
        # the two columns would otherwise show the same: ⟨em dash → hyphen⟩.
        note = lookalike_note(block.spans, n)
        if note:
            texts[-1].append(f"⟨{note}⟩", "articlediff.label")
    return texts


def _append_change(out: Text, text: str, op: SpanOp, base: str, marks: bool) -> None:
    """A deletion or insertion, white space at its edges left outside marks and style."""
    lead, core, trail = split_edges(text)
    name = "delete" if op is SpanOp.DELETE else "insert"
    if not core:
        append_text(out, text, *base.split(), f"articlediff.{name}")
        return
    opener, closer = DELETE_MARKS if op is SpanOp.DELETE else INSERT_MARKS
    mark_style = "articlediff.removed" if op is SpanOp.DELETE else "articlediff.added"
    append_text(out, lead)
    if marks:
        out.append(opener, mark_style)
    append_text(out, core, *base.split(), f"articlediff.{name}")
    if marks:
        out.append(closer, mark_style)
    append_text(out, trail)


def _prepend_label(texts: list[Text], label: str) -> None:
    head = Text(label + " ", "articlediff.label")
    head.append_text(texts[0])
    texts[0] = head

