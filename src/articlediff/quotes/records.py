"""The records of the quotation stages: a Quote of one version, and a QuoteChange
between two, with the names of the changes. Nothing else lives here."""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

from typing import Literal, NamedTuple

from ..model import Span

QuoteKind = Literal["quote", "term"]
ChangeName = Literal["added", "removed", "unchanged", "changed", "reattributed"]
Detail = Literal["trimmed", "extended", "reworded"]


class Quote(NamedTuple):
    """One quotation (or quoted term) of one version, with its attribution."""

    text: str
    """The quoted words, marks excluded; the parts joined by a space."""
    parts: tuple[str, ...]
    """The separately marked pieces of the utterance, in order: two for “…,” said X.
    “…”; one per paragraph for a quote that runs over several."""
    paragraph: int
    """Index of the paragraph the quotation starts in."""
    paragraphs: tuple[int, ...]
    """Indices of every paragraph it spans."""
    kind: QuoteKind = "quote"
    """``term`` for a short quoted phrase inside a sentence, else ``quote``."""
    speaker: str | None = None
    """Who said it: a person's fullest name in the article ("Mneesha Gellman"), an
    organisation or document as written ("The State Department", "an executive
    order"), or None when the text does not say."""
    speaker_description: str | None = None
    """How the attribution describes the speaker ("an international politics scholar")."""
    cue: str | None = None
    """The attribution clause: "said", "told CNN", "saying in a post", "according to"."""
    start: int | None = None
    """Offset of the opening mark in the first paragraph."""
    end: int | None = None
    """Offset just past its last closing mark in the first paragraph (the paragraph's
    length if the quotation runs on)."""


class QuoteChange(NamedTuple):
    """What happened to one quotation (or quoted term) between two versions."""

    change: ChangeName
    """``added``, ``removed``, ``unchanged``, ``changed`` (other words) or
    ``reattributed`` (same words, another speaker)."""
    kind: QuoteKind
    """``quote`` or ``term``, as in the newer version."""
    old: Quote | None
    new: Quote | None
    spans: tuple[Span, ...] = ()
    """For ``changed``: the word diff of the old text to the new."""
    detail: Detail | None = None
    """For ``changed``: ``trimmed`` (words only taken out), ``extended`` (only put in)
    or ``reworded``."""
    attribution_changed: bool = False
    """The attribution clause or the speaker differs ("told CNN" → "said")."""
