"""History of three or more versions: where each paragraph and quotation came from.

``compare_history(articles)`` compares each version with the next, then traces every
paragraph of the latest version back to the version it first appeared in, and follows
each quotation from the version it appeared in through its changes to its removal.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any, NamedTuple

from .compare import compare
from .model import Article, ArticleDiff, BlockKind

if TYPE_CHECKING:
    from rich.console import Group
    from rich.text import Text

    from .quotes import Quote, QuoteChange

SCHEMA = "articlediff.history/1"


class ParagraphOrigin(NamedTuple):
    """Where one paragraph of the latest version came from."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, as Paragraph.index does
    """Its position in the latest version, from 0."""
    text: str
    first_version: int
    """The version (from 0) it first appeared in; for a merge, the earliest of its parts."""
    last_edited_version: int | None
    """The last version (from 0) in which it, or a part of it, was edited; None if its
    text never changed since it appeared."""


class QuoteTimeline(NamedTuple):
    """What happened to one quotation (or quoted term) across the versions."""

    text: str
    """Its words in the last version that had it."""
    speaker: str | None
    """Who said it, in the last version that had it."""
    kind: str
    """``quote`` or ``term``."""
    appeared: int
    """The version (from 0) it first appeared in."""
    changed: tuple[int, ...]
    """The versions in which its words or its speaker changed."""
    disappeared: int | None
    """The version in which it was gone, or None if the latest version has it."""


class History(NamedTuple):
    """The result of comparing a sequence of versions."""

    versions: tuple[Article, ...]
    steps: tuple[ArticleDiff, ...]
    """``steps[k]`` compares ``versions[k]`` with ``versions[k + 1]``."""
    paragraphs: tuple[ParagraphOrigin, ...]
    """One per paragraph of the latest version, in reading order."""
    quotes: tuple[QuoteTimeline, ...]
    """Ordered by the version each appeared in, then by reading order; empty when
    quotation support is not available."""


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
        quotes=trace_quotes(versions),
    )


def trace_paragraphs(versions: Sequence[Article], steps: Sequence[ArticleDiff]) -> tuple[ParagraphOrigin, ...]:
    """For each paragraph of the last version: first version, last edited version."""
    first = [0] * len(versions[0].paragraphs)
    edited: list[int | None] = [None] * len(versions[0].paragraphs)
    for k, step in enumerate(steps, start=1):
        next_first = [k] * len(step.new.paragraphs)
        next_edited: list[int | None] = [None] * len(step.new.paragraphs)
        for block in step.blocks:
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


def trace_quotes(versions: Sequence[Article]) -> tuple[QuoteTimeline, ...]:
    """Follow each quotation across the versions; empty without quotation support."""
    try:
        from .quotes import QuoteCache, diff_quotes, extract_quotes
    except ImportError:
        return ()
    cache = QuoteCache()  # the versions share most paragraphs: each is read once
    per_version = [extract_quotes(v.paragraphs, cache=cache) for v in versions]
    return follow_quotes(per_version, [diff_quotes(a, b) for a, b in pairwise(per_version)])


class _Track:
    """A quotation's timeline while it is being built."""

    def __init__(self, quote: Quote, appeared: int, order: int) -> None:
        self.quote, self.appeared, self.order = quote, appeared, order
        self.changed: list[int] = []
        self.disappeared: int | None = None

    def freeze(self) -> QuoteTimeline:
        return QuoteTimeline(
            text=self.quote.text, speaker=self.quote.speaker, kind=getattr(self.quote, "kind", "quote"),
            appeared=self.appeared, changed=tuple(self.changed), disappeared=self.disappeared,
        )


def follow_quotes(per_version: Sequence[Sequence[Quote]],
                  changes: Sequence[Sequence[QuoteChange]]) -> tuple[QuoteTimeline, ...]:
    """Chain quote changes across steps.

    ``changes[k]`` diffs ``per_version[k]`` with ``per_version[k + 1]``; a quotation is
    followed by identity: the Quote that is the ``.new`` of step k is the ``.old`` of
    step k + 1.
    """
    tracks = [_Track(q, 0, n) for n, q in enumerate(per_version[0])]
    live = {id(t.quote): t for t in tracks}
    for k, step in enumerate(changes, start=1):
        after: dict[int, _Track] = {}
        for change in step:
            track = live.pop(id(change.old), None) if change.old is not None else None
            if change.new is None:
                if track is not None:
                    track.disappeared = k
                continue
            if track is None:  # added (or an old side we never saw: treat it as new)
                track = _Track(change.new, k, _position(per_version[k], change.new))
                tracks.append(track)
            elif change.change in ("changed", "reattributed"):
                track.changed.append(k)
            track.quote = change.new
            after[id(change.new)] = track
        for track in live.values():  # not mentioned by the diff: gone
            track.disappeared = k
        live = after
    tracks.sort(key=lambda t: (t.appeared, t.order))
    return tuple(t.freeze() for t in tracks)


def _position(quotes: Sequence[Quote], quote: Quote) -> int:
    return next((n for n, q in enumerate(quotes) if q is quote), len(quotes))


def history_to_dict(history: History) -> dict[str, Any]:
    """The ``articlediff.history/1`` JSON document as plain Python data."""
    return {
        "schema": SCHEMA,
        "versions": [{"source": v.source, "paragraphs": len(v.paragraphs)} for v in history.versions],
        "steps": [
            {"from": k, "to": k + 1, "summary": step.summary._asdict()}
            for k, step in enumerate(history.steps)
        ],
        "paragraphs": [p._asdict() for p in history.paragraphs],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "kind": q.kind, "appeared": q.appeared,
             "changed": list(q.changed), "disappeared": q.disappeared}
            for q in history.quotes
        ],
    }


def load_history_schema() -> dict[str, Any]:
    """The JSON Schema of the document history_to_dict builds."""
    import json
    from importlib.resources import files

    return json.loads(files("articlediff").joinpath("schema/history-1.schema.json").read_text("utf-8"))  # type: ignore[no-any-return]


# --- the text view -----------------------------------------------------------------

#: Longest excerpt of a paragraph or quotation shown on one line.
EXCERPT = 200


def render_history(history: History) -> Group:
    """The history for people: one line per step, the origin of each paragraph of the
    latest version, then the quotation timeline. Versions are numbered from v1.

    Long lines end in an ellipsis at the console's width rather than wrap, so each
    paragraph and quotation stays on one line. (The Text is wrapped in a Group because
    ``Console.print`` re-joins bare Text objects and would drop ``no_wrap``.)
    """
    from rich.console import Group
    from rich.text import Text

    out = Text(no_wrap=True, overflow="ellipsis", end="\n")
    _render_versions(out, history)
    _render_steps(out, history)
    _render_paragraphs(out, history)
    _render_quotes(out, history)
    out.rstrip()
    return Group(out)


def version_name(index: int) -> str:
    """``v1`` for version 0: people count from one."""
    return f"v{index + 1}"


def _heading(out: Text, title: str) -> None:
    if out.plain:
        out.append("\n")
    out.append(title, "articlediff.header")
    out.append("\n")


def _render_versions(out: Text, history: History) -> None:
    _heading(out, f"History of {len(history.versions)} versions")
    for k, version in enumerate(history.versions):
        out.append(f"  {version_name(k):<4}", "articlediff.label")
        out.append(f"{len(version.paragraphs):>3} paragraphs  ")
        out.append(_one_line(version.source))
        out.append("\n")


def _render_steps(out: Text, history: History) -> None:
    _heading(out, "Changes")
    for k, step in enumerate(history.steps):
        s = step.summary
        out.append(f"  {version_name(k)} → {version_name(k + 1)}  ", "articlediff.label")
        if not step.changed:
            out.append("no changes\n", "articlediff.context")
            continue
        for n, (count, label, style) in enumerate((
            (s.edited, "edited", "articlediff.edited"), (s.added, "added", "articlediff.added"),
            (s.removed, "removed", "articlediff.removed"), (s.moved, "moved", "articlediff.moved"),
        )):
            out.append(", " if n else "")
            out.append(f"{count} {label}", style if count else "articlediff.context")
        out.append("; words ")
        out.append(f"+{s.words_added}", "articlediff.added")
        out.append(" ")
        out.append(f"-{s.words_removed}", "articlediff.removed")
        out.append("\n")


def _render_paragraphs(out: Text, history: History) -> None:
    last = len(history.versions) - 1
    _heading(out, f"Paragraphs of {version_name(last)}: first seen, last edited")
    labels = [_origin_label(p) for p in history.paragraphs]
    number_width = len(str(len(labels)))
    label_width = max((len(label) for label in labels), default=0)
    for p, label in zip(history.paragraphs, labels):
        style = "articlediff.added" if p.first_version == last else (
            "articlediff.edited" if p.last_edited_version is not None else "articlediff.context")
        out.append(f"  ¶{p.index:<{number_width}}  ", "articlediff.gutter")
        out.append(f"{label:<{label_width}}", style)
        out.append("  ")
        out.append(_one_line(p.text))
        out.append("\n")


def _origin_label(p: ParagraphOrigin) -> str:
    label = version_name(p.first_version)
    if p.last_edited_version is not None:
        label += f", edited {version_name(p.last_edited_version)}"
    return label


def _render_quotes(out: Text, history: History) -> None:
    _heading(out, "Quotations: appeared, changed, gone")
    if not history.quotes:
        out.append("  none found\n", "articlediff.context")
        return
    labels = [_quote_label(q) for q in history.quotes]
    label_width = max(len(label) for label in labels)
    for q, label in zip(history.quotes, labels):
        style = "articlediff.removed" if q.disappeared is not None else (
            "articlediff.edited" if q.changed else "articlediff.context")
        out.append(f"  {label:<{label_width}}", style)
        out.append("  ")
        if q.speaker:
            out.append(f"{_one_line(q.speaker)}: ", "articlediff.label")
        out.append(f"“{_one_line(q.text)}”")
        out.append("\n")


def _quote_label(q: QuoteTimeline) -> str:
    parts = [version_name(q.appeared)]
    if q.changed:
        parts.append("changed " + " ".join(version_name(v) for v in q.changed))
    if q.disappeared is not None:
        parts.append(f"gone {version_name(q.disappeared)}")
    return ", ".join(parts)


def _one_line(text: str) -> str:
    """Text on one line, control characters made visible, cut to EXCERPT characters."""
    from .text.words import make_visible

    flat = " ".join(make_visible(text).split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"
