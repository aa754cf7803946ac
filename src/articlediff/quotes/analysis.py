"""One paragraph on its own: its quoted spans, its frame, how the spans group into
utterances and the attributions around them, its names; and QuoteCache, which keeps
them by paragraph text for the versions of a story to share."""

from __future__ import annotations

from collections.abc import Callable

from .attribution import (
    _Attribution,
    _attribution_after,
    _attribution_before,
    _first_cue,
    _is_according,
    _names_a_work,
)
from .frames import _PLACEHOLDER, _Frame, _make_frame, _placeholder_end, _sentence_at
from .lexicon import _PARTICIPLE_CUES
from .names import _is_verb, _read_names
from .roundup import prefixed_spans
from .spans import _scan


def _only_attribution(between: str) -> bool:
    """Is the text between two quoted spans just an attribution ("…,” he said. “…")?"""
    text = between.strip(" ,.;:–—-")
    if not text:
        return True
    if _PLACEHOLDER in text or len(text.split()) > 16:
        return False
    match = _first_cue(text)
    if match is None or match.group(1) in _PARTICIPLE_CUES or _is_according(match):
        return False
    rest = text[match.end() :]
    second = _first_cue(rest)
    if second is not None and second.group(1) not in _PARTICIPLE_CUES \
            and any(word[:1].isupper() for word in rest[: second.start()].split()):
        # "“…,” asserted Guadagno, to which Murphy replied, “…”": someone else's words
        # ("“…,” Kinsey said he told police, “…”" are his).
        return False
    return not any(_is_verb(t) for t in text[: match.start()].split())


def _group_paragraph(analysis: "_Analysis") -> list[list[int]]:
    """Spans of one paragraph grouped into utterances (split around an attribution)."""
    frame = analysis.frame
    groups: list[list[int]] = []
    for k in range(len(frame.places)):
        if groups:
            prev = groups[-1][-1]
            between = frame.text[_placeholder_end(frame, prev) : frame.places[k]]
            sentence_start, _ = _sentence_at(frame, frame.places[k])
            starts_sentence = not frame.text[sentence_start : frame.places[k]].strip() or between.rstrip().endswith(",")
            if starts_sentence and _only_attribution(between) and not _names_a_work(between) \
                    and analysis.attribution(_attribution_after, k) is None \
                    and _attribution_before_own(analysis, k, prev) is None and _attributed_between(analysis, prev):
                groups[-1].append(k)
                continue
        groups.append([k])
    return groups


def _attributed_between(analysis: "_Analysis", prev: int) -> bool:
    """Does the attribution between span ``prev`` and the next one belong to ``prev``? A
    span that opens its sentence is the first part of split words ("“A,” she said,
    “B.”"); one inside its sentence only when the attribution after it is its own, not
    the next span's ("called a “truth” on the app, Trump wrote, “I'M BACK!”")."""
    frame = analysis.frame
    sentence_start, _ = _sentence_at(frame, frame.places[prev])
    if not frame.text[sentence_start : frame.places[prev]].strip(" (\"'“‘"):
        return True
    return analysis.attribution(_attribution_after, prev) is not None


def _attribution_before_own(analysis: "_Analysis", k: int, prev: int) -> _Attribution | None:
    """An attribution before span k that does not reach back past span ``prev``."""
    frame = analysis.frame
    sentence_start, _ = _sentence_at(frame, frame.places[k])
    if sentence_start <= frame.places[prev]:
        return None
    return analysis.attribution(_attribution_before, k)

# --- one paragraph on its own -------------------------------------------------------------

_Reader = Callable[[_Frame, int], "_Attribution | None"]


class _Analysis:
    """What one paragraph says on its own: its quoted spans, its frame, how the spans
    group into utterances and the attributions around them. All of it follows from
    the paragraph's text alone, so the versions of a story, which repeat most of each
    other's paragraphs, can share it (see QuoteCache)."""

    __slots__ = ("spans", "frame", "_attributions", "groups", "names", "roles")

    def __init__(self, text: str, singles_lead: bool = False) -> None:
        self.spans = _scan(text, singles_lead)
        if text.endswith(("”", '"')):  # a transcript's answer may have lost its opening mark
            self.spans = prefixed_spans(text, self.spans)
        self.frame = _make_frame(text, self.spans)
        self._attributions: dict[tuple[_Reader, int], _Attribution | None] = {}
        self.groups = _group_paragraph(self)
        """Span indices grouped into utterances."""
        self.names = _read_names(self.frame.text)
        self.roles: dict[tuple[str, ...], tuple[str, ...]] | None = None
        """The full names the paragraph gives with a role's title, by the role's words
        (see speakers._Registry.holder), when first asked."""

    def attribution(self, reader: _Reader, k: int) -> _Attribution | None:
        """``reader(frame, k)``, read once: grouping and attributing ask alike."""
        key = (reader, k)
        if key not in self._attributions:
            self._attributions[key] = reader(self.frame, k)
        return self._attributions[key]


class QuoteCache:
    """Paragraph analyses by paragraph text, for reading several versions of a story.

    Versions mostly repeat each other's paragraphs, and what a paragraph says on its
    own does not depend on the article around it: give extract_quotes one cache for
    every version and each distinct paragraph is analysed once. A cache holds every
    paragraph it has seen, so keep one per story.
    """

    def __init__(self) -> None:
        self._by_text: dict[str, _Analysis] = {}
        self._british: dict[str, _Analysis] = {}
        """The same for stories quoted with single marks (see spans.single_marks_lead)."""
        self.opening_marks: dict[str, tuple[int, int]] = {}
        """Each paragraph's quotations opening with single and double marks, by its
        text (see spans.single_marks_lead)."""

    def __len__(self) -> int:
        return len(self._by_text) + len(self._british)

    def analysis(self, text: str, singles_lead: bool = False) -> _Analysis:
        known = self._british if singles_lead else self._by_text
        found = known.get(text)
        if found is None:
            found = known[text] = _Analysis(text, singles_lead)
        return found
