"""History of three or more versions: where each paragraph and quotation came from.

``compare_history(articles)`` compares each version with the next, then traces every
paragraph of the latest version back to the version it first appeared in, and follows
each quotation from the version it appeared in through its changes to its removal.
Compute only: render/history.py shows it and writes its JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

from .model import (
    Article,
    ArticleDiff,
    BlockKind,
    History,
    ParagraphOrigin,
    Quote,
    QuoteChange,
    QuoteTimeline,
)
from .pipeline import compare


def compare_history(articles: Sequence[Article]) -> History:
    """Compare each version with the next and trace paragraphs and quotations.

    Args:
        articles: the versions, oldest first; at least two.
    """
    if len(articles) < 2:
        raise ValueError("a history needs at least two versions")
    versions = tuple(articles)
    steps = tuple(compare(old, new) for old, new in pairwise(versions))
    return History(
        versions=versions,
        steps=steps,
        paragraphs=trace_paragraphs(versions, steps),
        quotes=trace_quotes(steps),
    )


def trace_paragraphs(versions: Sequence[Article], steps: Sequence[ArticleDiff]) -> tuple[ParagraphOrigin, ...]:
    """For each paragraph of the last version: first version, last edited version."""
    first = [0] * len(versions[0].paragraphs)
    edited: list[int | None] = [None] * len(versions[0].paragraphs)
    for k, step in enumerate(steps, start=1):
        next_first = [k] * len(step.new.paragraphs)
        next_edited: list[int | None] = [None] * len(step.new.paragraphs)
        for block in step.rows:
            if not block.old or not block.new:
                continue  # added paragraphs appeared in version k; removed ones are gone
            origin = min(first[i] for i in block.old)
            last = k if block.kind is BlockKind.EDITED else _latest(edited[i] for i in block.old)
            for j in block.new:
                next_first[j], next_edited[j] = origin, last
        first, edited = next_first, next_edited
    latest = versions[-1].paragraphs
    return tuple(
        ParagraphOrigin(index=p.index, text=p.text, first_version=first[p.index],
                        last_edited_version=edited[p.index])
        for p in latest
    )


def _latest(values: Any) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def trace_quotes(steps: Sequence[ArticleDiff]) -> tuple[QuoteTimeline, ...]:
    """Follow each quotation across the versions, from the quotation changes each step
    of the comparison found (no version's quotations are read again).

    ``steps[k]`` compares version k with version k + 1; a quotation is followed by its
    place: the quotation that is the ``.new`` of a change of step k is the ``.old`` of a
    change of step k + 1 at the same place, with the same words.
    """
    first = sorted((c.old for c in steps[0].quotes if c.old is not None), key=_place)
    tracks = [_Track(q, 0, n) for n, q in enumerate(first)]
    live = {_place(t.quote): t for t in tracks}
    for k, step in enumerate(steps, start=1):
        after: dict[tuple[int, int, int, str], _Track] = {}
        order = {_place(q): n for n, q in enumerate(_new_quotes(step.quotes))}
        for change in step.quotes:
            track = live.pop(_place(change.old), None) if change.old is not None else None
            if change.new is None:
                if track is not None:
                    track.disappeared = k
                continue
            if track is None:  # added (or an old side we never saw: treat it as new)
                track = _Track(change.new, k, order[_place(change.new)])
                tracks.append(track)
            elif change.change in ("changed", "reattributed"):
                track.changed.append(k)
            track.quote = change.new
            after[_place(change.new)] = track
        for track in live.values():  # not mentioned by the diff: gone
            track.disappeared = k
        live = after
    tracks.sort(key=lambda t: (t.appeared, t.order))
    return tuple(t.freeze() for t in tracks)


def _new_quotes(changes: Iterable[QuoteChange]) -> list[Quote]:
    """The newer version's quotations, in its reading order (as the changes are)."""
    return [c.new for c in changes if c.new is not None]


def _place(quote: Quote) -> tuple[int, int, int, str]:
    """Where a quotation stands in its version, which no other quotation shares."""
    return (quote.paragraph, quote.start or 0, quote.end or 0, quote.text)


class _Track:
    """A quotation's timeline while it is being built."""

    def __init__(self, quote: Quote, appeared: int, order: int) -> None:
        self.quote, self.appeared, self.order = quote, appeared, order
        self.changed: list[int] = []
        self.disappeared: int | None = None

    def freeze(self) -> QuoteTimeline:
        return QuoteTimeline(
            text=self.quote.text, speaker=self.quote.speaker, kind=self.quote.kind,
            appeared=self.appeared, changed=tuple(self.changed), disappeared=self.disappeared,
        )
