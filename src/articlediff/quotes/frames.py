"""Frames: a paragraph with each quoted span replaced by a placeholder, so that nothing
inside a quotation is taken for a speaker or a cue; and the sentences of a frame
(text/sentences.py's sentence_bounds, asked when first needed)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..text.sentences import sentence_bounds
from .spans import _Span

#: How far (in characters) from a quotation its attribution is looked for.
WINDOW = 600

_PLACEHOLDER = "\ue000"


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
    pieces: list[str] = []
    places: list[int] = []
    pos = length = 0
    for span in spans:
        piece = text[pos : span.start]
        pieces.append(piece)
        length += len(piece)
        places.append(length)
        # A full stop inside the marks ends the sentence outside them too.
        marker = _PLACEHOLDER + ("." if span.content.rstrip().endswith((".", "!", "?", "…")) else "")
        pieces.append(marker)
        length += len(marker)
        pos = span.end
    pieces.append(text[pos:])
    return _Frame("".join(pieces), places)


def _sentence_start(frame: _Frame, pos: int) -> int:
    """Where the sentence around ``pos`` starts (it names the sentence)."""
    return frame.starts[bisect.bisect_right(frame.starts, pos) - 1]


def _sentence_at(frame: _Frame, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, cut to WINDOW characters either side of it: cues
    are near their quotation, and a limit keeps run-on paragraphs linear."""
    start, end = frame.sentences[bisect.bisect_right(frame.starts, pos) - 1]
    return max(start, pos - WINDOW), min(end, pos + WINDOW)


def _placeholder_end(frame: _Frame, k: int) -> int:
    end = frame.places[k] + 1
    return end + 1 if frame.text[end : end + 1] == "." else end
