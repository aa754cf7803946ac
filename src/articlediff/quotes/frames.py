"""Frames: a paragraph with each quoted span replaced by a placeholder, so that nothing
inside a quotation is taken for a speaker or a cue; and the sentences of a frame
(text/sentences.py's sentence_bounds, asked when first needed)."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence

from ..text.pattern_cache import compile_pattern
from ..text.sentences import sentence_bounds
from .spans import _Span

#: How far (in characters) from a quotation its attribution is looked for.
WINDOW = 600

_PLACEHOLDER = "\ue000"

# What a story puts after a name and that is no part of it: in brackets, a party and
# state ("Sen. Ted Cruz (R-Texas)", "Cllr Sally Holland (Con)"), a picture cue
# ("(pictured)"), an age ("Sean Walsh (34)"); a post-nominal ("Robert Francis QC said").
# Left out of the frame, so the name ends where it ends and the verb after it is the
# name's verb. (Each alternative starts with its space, the look-behind after it: a
# pattern that starts with a look-behind is tried at every position.)
_ASIDE = compile_pattern(
    r" \((?<=[\w.] \()(?:(?:[RDI]|Rep|Dem|Ind)(?:[-–‑] ?[A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"|[RDI]\., [A-Z][\w.]*(?: [A-Z][\w.]*)?"  # "(D., Wash.)": the Wall Street Journal's party and state
    r"|Con|Lab|LD|Lib Dem|SNP|Green|Plaid|UKIP|DUP|SF|SDLP|Alliance|Reform|Conservative|Labour"
    r"|Independent|pictured|pictured [a-z]+|above|below|left|right|centre|center|\d{1,3})\)(?=[\s,.;:])"
    r"| (?<=[a-z] )(?:QC|KC|SC|MBE|OBE|CBE|KBE|DBE)(?= [a-z]|[,.;:])"
)


# "JERUSALEM, Nov 27 (Reuters) - ", "MANCHESTER, N.H. — ", "SINGAPORE (Bernama): ": a
# wire dateline, a place in capitals, a date or state, an agency, a dash or colon.
_DATELINE = compile_pattern(
    r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[\w.]+){0,3})?"
    r"(?:\s+\([^()]{2,30}\))?\s*[-–—:]\s"
)


class _Frame:
    """A paragraph with its quoted spans replaced by placeholders.

    Its sentences are found when first asked for: most paragraphs of a long article
    hold no quotation, and of those only the few near a pronoun are ever read
    sentence by sentence.
    """

    __slots__ = ("text", "places", "_sentences", "_starts")

    def __init__(self, text: str, places: list[int]) -> None:
        self.text = text
        self.places = places
        """Where each span's placeholder starts in ``text``."""
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None

    # Properties that keep what they found, not functools.cached_property, whose first
    # reading takes a lock: a long article has thousands of frames, each read once.
    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            self._sentences = sentence_bounds(self.text, _PLACEHOLDER)
        return self._sentences

    @property
    def starts(self) -> list[int]:
        """Where each sentence starts (for bisecting)."""
        if self._starts is None:
            self._starts = [start for start, _ in self.sentences]
        return self._starts


def _make_frame(text: str, spans: Sequence[_Span]) -> _Frame:
    """Replace each span by a placeholder (and a full stop if one ends it inside)."""
    text = text.replace(_PLACEHOLDER, " ")  # the text's own would pass for a quotation
    if text[:1] > "\u2000" and unicodedata.category(text[0]) == "So":
        # "🔴Liverpool manager Jurgen Klopp …": a symbol that bullets the paragraph, no word
        # of it; a blank keeps every offset.
        text = " " + text[1:]
    dateline = _DATELINE.match(text) if text[:2].isupper() else None
    if dateline is not None:
        # "JERUSALEM, Nov 27 (Reuters) - Teva said …": a wire dateline names a place and an
        # agency, neither a subject nor a speaker; blanks keep every offset.
        text = " " * dateline.end() + text[dateline.end() :]
    pieces: list[str] = []
    places: list[int] = []
    pos = length = 0
    for span in spans:
        piece = _without_asides(text[pos : span.start])
        pieces.append(piece)
        length += len(piece)
        places.append(length)
        # A full stop inside the marks ends the sentence outside them too.
        marker = _PLACEHOLDER + ("." if span.content.rstrip().endswith((".", "!", "?", "…")) else "")
        pieces.append(marker)
        length += len(marker)
        pos = span.end
    pieces.append(_without_asides(text[pos:]))
    return _Frame("".join(pieces), places)


def _without_asides(piece: str) -> str:
    if " (" in piece or "C " in piece or "C," in piece or "BE" in piece:  # a cheap test before the pattern
        return _ASIDE.sub("", piece)
    return piece


def _sentence_start(frame: _Frame, pos: int) -> int:
    """Where the sentence around ``pos`` starts (it names the sentence)."""
    return frame.starts[bisect.bisect_right(frame.starts, pos) - 1]


def _sentence_around(frame: _Frame, pos: int) -> tuple[int, int]:
    """Where the sentence around ``pos`` starts and ends, whole."""
    return frame.sentences[bisect.bisect_right(frame.starts, pos) - 1]


def _sentence_at(frame: _Frame, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, cut to WINDOW characters either side of it: cues
    are near their quotation, and a limit keeps run-on paragraphs linear."""
    start, end = _sentence_around(frame, pos)
    return max(start, pos - WINDOW), min(end, pos + WINDOW)


def _placeholder_end(frame: _Frame, k: int) -> int:
    end = frame.places[k] + 1
    return end + 1 if frame.text[end : end + 1] == "." else end
