"""A greedy word wrap of rich segments, for the terminal views' hot path.

It gives the lines rich's ``Text.wrap`` gives for a story's paragraphs (white space at
line ends dropped; tests/render/test_wrap.py holds it to that on every fixture
paragraph at several widths), and is kept because it is faster: it finds the breaks
on the plain text once and cuts the segments there, making no ``Text`` at all. Its
lines never run past the width.
"""

from collections.abc import Iterable

from rich.segment import Segment

from ..text.pattern_cache import compile_pattern

_NON_SPACE = compile_pattern(r"\S+")  # a word, as the wrap sees it


def _cells(text: str) -> int:
    """Terminal cells ``text`` takes. Prose is mostly ASCII and general punctuation,
    one cell a character; anything else (wide East Asian characters, emoji, combining
    marks) is measured by rich."""
    if text.isascii() or all(ch < "\u0300" or "\u2000" <= ch <= "\u22ff" or "\u2400" <= ch <= "\u25fc"
                             for ch in text):
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def wrap_segments(segments: Iterable[Segment], width: int) -> list[list[Segment]]:
    """Greedy word wrap of styled segments into lines of at most ``width`` cells.

    Breaks at white space (dropped at line ends), honours newlines, and cuts a word
    longer than a line. Line breaks are found on the plain text, then the segments
    are cut at them, so no per-word objects are made.
    """
    segs = [seg for seg in segments if not seg.control]
    plain = "".join(seg.text for seg in segs)
    starts = []  # offset of each segment in plain
    pos = 0
    for seg in segs:
        starts.append(pos)
        pos += len(seg.text)
    lines: list[list[Segment]] = []
    first = 0  # the line ranges increase, so the search for each starts where the last ended
    for start, end in _line_ranges(plain, width):
        while first + 1 < len(segs) and starts[first + 1] <= start:
            first += 1
        lines.append(_slice(segs, starts, first, start, end))
    return lines or [[]]


def _line_ranges(plain: str, width: int) -> list[tuple[int, int]]:
    """(start, end) character offsets of each wrapped line of ``plain``.

    The loop goes from word to word; the white space between two words is looked at
    only for its newlines and its width.
    """
    ranges: list[tuple[int, int]] = []
    line_start: int | None = None  # offset where the current line's text begins
    line_end = 0  # end of the last word placed on it
    used = 0

    def end_lines(gap_start: int, gap_end: int) -> None:
        """Each newline between the two offsets ends a line (an empty one if nothing
        was placed on it)."""
        nonlocal line_start, used
        newline = plain.find("\n", gap_start, gap_end)
        while newline >= 0:
            ranges.append((line_start, line_end) if line_start is not None else (newline, newline))
            line_start, used = None, 0
            newline = plain.find("\n", newline + 1, gap_end)

    gap_start = 0  # where the white space before the next word begins
    for match in _NON_SPACE.finditer(plain):
        begin, end = match.span()
        pending_space = 0  # cells of white space since the last word on the line
        if begin > gap_start:
            gap = plain[gap_start:begin]
            if gap == " ":  # between the words of prose
                pending_space = 1 if line_start is not None else 0
            else:
                end_lines(gap_start, begin)
                if line_start is not None:  # no newline: the white space may go on the line
                    pending_space = _cells(gap)
        piece = match.group()
        size = len(piece) if piece.isascii() else _cells(piece)
        if line_start is not None and used + pending_space + size > width:
            ranges.append((line_start, line_end))
            line_start, used = None, 0
        if line_start is None:
            line_start, used = begin, 0
        else:
            used += pending_space
        while used + size > width:  # a word longer than a line: cut it
            cut = begin + max(_fit(plain[begin:end], width - used), 1)
            ranges.append((line_start, cut))
            begin, line_start, used = cut, cut, 0
            size = _cells(plain[begin:end])
        used += size
        line_end = end
        gap_start = end
    end_lines(gap_start, len(plain))
    if line_start is not None:
        ranges.append((line_start, line_end))
    return ranges


def _fit(text: str, cells: int) -> int:
    """How many characters of ``text`` fit in ``cells`` cells."""
    if _cells(text) <= cells:
        return len(text)
    count = 0
    for ch in text:
        cells -= _cells(ch)
        if cells < 0:
            break
        count += 1
    return count


def _slice(segs: list[Segment], starts: list[int], first: int, start: int, end: int) -> list[Segment]:
    """The parts of ``segs`` (joined, a text) between two character offsets, looking
    from segment ``first`` on."""
    out: list[Segment] = []
    for k in range(first, len(segs)):
        pos = starts[k]
        if pos >= end:
            break
        seg = segs[k]
        text = seg.text[max(start - pos, 0):end - pos]
        if text:
            out.append(Segment(text, seg.style))
    return out


def truncate(segments: list[Segment], width: int) -> list[Segment]:
    """One line, cut with an ellipsis when it is too long (and without one when the
    line is full where the cut falls)."""
    out: list[Segment] = []
    used = 0
    for segment in segments:
        text = segment.text.split("\n")[0]
        size = _cells(text)
        if used + size > width:
            if used == width:
                return out
            left, _ = Segment.split_cells(Segment(text, segment.style), width - used - 1)
            out.append(left)
            out.append(Segment("…", segment.style))
            return out
        out.append(Segment(text, segment.style))
        used += size
        if "\n" in segment.text:
            break
    return out
