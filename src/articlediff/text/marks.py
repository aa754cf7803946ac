"""The one table of quotation marks (which open, which close, which pair), and what can
be read from the marks alone."""

from __future__ import annotations

from collections.abc import Sequence

from .lazy import LazyPattern

#: Every quotation mark, double and single, the straight apostrophe among them.
QUOTATION_MARKS = "\"“”„«»‘’‚'‹›"
#: The double marks.
DOUBLE_MARKS = "“”\"«»„"
#: The double marks that only open a quotation: „German“, «French».
DOUBLE_ONLY_OPENERS = "„«"
#: The double marks that open a quotation or close one: the straight mark, and “, which
#: opens an “English” quotation and closes a „German“ one.
DOUBLE_OPEN_OR_CLOSE = "\"“"
#: The double marks that open a quotation.
DOUBLE_OPENERS = DOUBLE_ONLY_OPENERS + DOUBLE_OPEN_OR_CLOSE
#: Each double mark that may open a quotation → the marks that may close it. ” and »
#: open too, in Swedish (”…”) and Danish (»…«) quotations.
DOUBLE_PAIRS = {"“": "”\"", "„": "“”\"", "«": "»", '"': "\"”", "”": "”", "»": "«"}
#: The same for single marks (an apostrophe, mostly, unless a closer follows); ‹ ›
#: are never apostrophes.
SINGLE_PAIRS = {"‘": "’", "‚": "‘’", "'": "'’", "‹": "›"}
#: Two single marks written for one double mark, as typed on a keyboard without
#: double quotes (the BBC archive's ''…''; ‘‘…’’): each → the double mark it stands for.
DOUBLED_MARKS = {"''": '"', "‘‘": "“", "’’": "”"}
#: The marks that may close a quotation at the end of a sentence or paragraph.
CLOSING_MARKS = "\"”’'»"
#: The marks stripped from the edges of a quotation's words or of a name: all but the
#: low single mark ‚, which looks like a comma and is left alone.
EDGE_MARKS = QUOTATION_MARKS.replace("‚", "")

# The double marks of English and German quotations, as inside_long_quotations reads
# them: curly ones open or close by their shape, a straight one by whether a quotation
# is open before it.
_QUOTE_MARKS = LazyPattern("''|\u2018\u2018|\u2019\u2019|[\"\u201c\u201d\u201e]")
_OPENING_MARKS = ('"', "\u201c", "\u201e", "''", "\u2018\u2018")


def inside_long_quotations(texts: Sequence[str], marks_of: dict[str, list[str]] | None = None) -> set[int]:
    """The paragraphs that stand inside a quotation running over several paragraphs:
    from the one that leaves a quotation open to the one that closes it. A paragraph
    inside one may reopen it with a mark of its own (the wire style). A quotation that
    is never closed counts for nothing: a stray mark is not a quoted text. ``marks_of``
    keeps each text's quotation marks, for the next call."""
    inside: set[int] = set()
    start: int | None = None  # where the quotation open now began
    known = {} if marks_of is None else marks_of
    for index, text in enumerate(texts):
        marks = known.get(text)
        if marks is None:
            marks = known[text] = double_quote_marks(text)
        if start is None:
            if _open_after(marks, False):
                start = index
            continue
        if text.lstrip().startswith(_OPENING_MARKS):
            marks = marks[1:]  # reopens the quotation that runs on
        if not _open_after(marks, True):
            inside.update(range(start, index + 1))
            start = None
    return inside


def double_quote_marks(text: str) -> list[str]:
    """The double quotation marks of a paragraph, in order, a doubled single mark
    ('') read as the double mark it stands for. (Most paragraphs have none, and testing for each mark is several times faster than the search.)"""
    if '"' in text or "\u201c" in text or "\u201d" in text or "\u201e" in text or "''" in text \
            or "\u2018\u2018" in text or "\u2019\u2019" in text:
        return [DOUBLED_MARKS.get(mark, mark) for mark in _QUOTE_MARKS.findall(text)]
    return []


def _open_after(marks: Sequence[str], open_before: bool) -> bool:
    """Is a quotation open after these quotation marks, given whether one was open
    before them?"""
    is_open = open_before
    for mark in marks:
        if mark == "\u201d":
            is_open = False
        elif mark == '"':
            is_open = not is_open
        else:
            is_open = True
    return is_open
