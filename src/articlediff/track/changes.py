"""What changed: a one-line summary of each change between versions, how much it
matters, the stories that changed in a window of time, and an Atom feed of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import Article, ArticleDiff, Violation
    from .store import Store, Story, Version

#: How much a change matters, least first.
SIGNIFICANCE = ("none", "minor", "reworded", "substantive")


def significance(diff: ArticleDiff) -> str:
    """How much the story changed: ``substantive`` (story paragraphs added or removed,
    a substantive edit, a quotation changed, removed or re-attributed), ``reworded``,
    ``minor`` (punctuation, typos; bylines, datelines, boilerplate), or ``none``."""
    from ._project import BlockKind, in_story

    if not diff.changed:
        return "none"
    rank = 1
    for block in diff.blocks:
        if block.kind is BlockKind.UNCHANGED and not block.moved:
            continue
        if not in_story(block, diff):
            continue
        if block.kind in (BlockKind.ADDED, BlockKind.REMOVED):
            rank = 3
        elif block.kind is BlockKind.EDITED:
            rank = max(rank, SIGNIFICANCE.index(block.significance or "minor"))
        else:  # moved, unchanged
            rank = max(rank, 2)
    if any(q.kind == "quote" and q.change in ("changed", "removed", "reattributed") for q in diff.quotes):
        rank = 3
    return SIGNIFICANCE[rank]


def summarize_change(old: Article, new: Article) -> dict[str, Any]:
    """The change from one version to the next, as stored with the newer one: counts,
    quotation changes, facts, metadata changes, significance, and ``line``, all of it
    on one line."""
    from ._project import compare

    return summarize_diff(compare(old, new, sentences=False))


def summarize_diff(diff: ArticleDiff) -> dict[str, Any]:
    """See summarize_change."""
    from ._project import changed_quotes, describe_fact, describe_quote, story_facts

    s = diff.summary
    quotes = []
    for q in changed_quotes(diff):
        line = describe_quote(q)
        quotes.append({"change": q.change, "kind": q.kind, "speaker": line.speaker or None,
                       "text": _clip(line.text, 30)})
    facts = [describe_fact(f) for f in story_facts(diff)]
    metadata = [f"{m.role.value} {m.kind.value}" for m in diff.metadata]
    level = significance(diff)
    parts = [f"{s.edited} edited, {s.added} added, {s.removed} removed"
             + (f", {s.moved} moved" if s.moved else "") + " ¶",
             f"+{s.words_added} −{s.words_removed} words"]
    quote_changes = [q for q in quotes if q["change"] != "unchanged" and q["kind"] == "quote"]
    if quote_changes:
        described = [f"{q['change']}{' (' + q['speaker'] + ')' if q['speaker'] else ''}" for q in quote_changes[:3]]
        more = f" +{len(quote_changes) - 3}" if len(quote_changes) > 3 else ""
        parts.append("quotes: " + ", ".join(described) + more)
    if facts:
        parts.append("facts: " + ", ".join(facts[:4]) + (f" +{len(facts) - 4}" if len(facts) > 4 else ""))
    if metadata:
        parts.append(", ".join(metadata))
    parts.append(level)
    return {
        "paragraphs": {"edited": s.edited, "added": s.added, "removed": s.removed, "moved": s.moved},
        "words_added": s.words_added,
        "words_removed": s.words_removed,
        "quotes": quotes,
        "facts": facts,
        "metadata": metadata,
        "significance": level,
        "line": " · ".join(parts),
    }


def _clip(text: str, words: int) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


# --- windows -------------------------------------------------------------------------------

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """``90s``, ``30m``, ``1h``, ``1h30m``, ``2d``, ``1w`` → seconds.

    Raises:
        ValueError: anything else.
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned or _DURATION.sub("", cleaned):
        raise ValueError(f"'{text}' is not a duration such as 90s, 30m, 1h, 1h30m, 2d or 1w")
    seconds = sum(float(n) * _UNITS[u.lower()] for n, u in _DURATION.findall(cleaned))
    if seconds <= 0:
        raise ValueError(f"'{text}' is no time at all")
    return seconds


@dataclass(frozen=True)
class StoryChange:
    """What changed in one story during a window: from the last version before it (or
    its first version) to its latest."""

    story: Story
    old: Version
    new: Version
    steps: int
    """Versions stored in the window."""
    diff: ArticleDiff
    significance: str
    summary: dict[str, Any]
    violations: tuple[Violation, ...] = ()


def changes_since(store: Store, since: float, *, min_significance: str = "minor",
                  rules: Sequence[str] = (), max_changed_words: int | None = None) -> list[StoryChange]:
    """Every story with a version stored at or after ``since`` (not its first), the
    change over the window compared anew, those less significant than
    ``min_significance`` left out, each checked against ``rules``."""
    from ._project import check, compare
    from .updater import stored_article

    found = []
    for story, versions in store.changed_since(since):
        inside = [v for v in versions if v.fetched_at >= since]
        before = [v for v in versions if v.fetched_at < since]
        old = before[-1] if before else versions[0]
        new = inside[-1]
        if old.id == new.id:
            continue
        diff = compare(stored_article(store.blob(old.text_hash), source=f"{story.url} v{old.number}"),
                       stored_article(store.blob(new.text_hash), source=f"{story.url} v{new.number}"),
                       sentences=False)
        summary = summarize_diff(diff)
        if SIGNIFICANCE.index(summary["significance"]) < SIGNIFICANCE.index(min_significance):
            continue
        violations = check(diff, rules, max_changed_words=max_changed_words).violations if rules or max_changed_words else ()
        found.append(StoryChange(story, old, new, len([v for v in inside if v.id != versions[0].id]), diff,
                                 summary["significance"], summary, tuple(violations)))
    return found


def iso_time(seconds: float) -> str:
    """``2026-12-03T23:40:00Z``."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def change_to_dict(change: StoryChange) -> dict[str, Any]:
    """A change for the JSON output."""
    return {
        "url": change.story.url,
        "headline": change.new.headline,
        "from_version": change.old.number,
        "to_version": change.new.number,
        "from_time": iso_time(change.old.fetched_at),
        "to_time": iso_time(change.new.fetched_at),
        "versions_in_window": change.steps,
        "significance": change.significance,
        "summary": change.summary,
        "violations": [v._asdict() for v in change.violations],
    }


# --- Atom ----------------------------------------------------------------------------------

ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(changes: Sequence[StoryChange], *, title: str, feed_id: str, now: float) -> bytes:
    """An Atom feed with one entry per change, its content the change rendered as an
    HTML page (escaped by the XML writer, as every text here is)."""
    import xml.etree.ElementTree as ET

    from ._project import render_html

    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = _xml_safe(text)
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "title", title)
    sub(feed, "id", feed_id)
    latest = max((c.new.fetched_at for c in changes), default=now)
    sub(feed, "updated", iso_time(latest))
    generator = sub(feed, "generator", "articlediff")
    generator.set("uri", "https://github.com/articlediff/articlediff")
    author = sub(feed, "author")
    sub(author, "name", "articlediff")
    for change in changes:
        entry = sub(feed, "entry")
        sub(entry, "title", f"{change.new.headline} (v{change.old.number} → v{change.new.number}, {change.significance})")
        sub(entry, "id", f"{feed_id}:story:{change.story.id}:v{change.old.number}-v{change.new.number}"
                         f":{change.new.text_hash[:16]}")
        sub(entry, "updated", iso_time(change.new.fetched_at))
        sub(entry, "link", href=_xml_safe(change.new.final_url), rel="alternate")
        for category in (change.significance, *{v.rule for v in change.violations}):
            sub(entry, "category", term=category)
        sub(entry, "summary", change.summary["line"])
        sub(entry, "content", render_html(change.diff), type="html")
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """Text XML 1.0 can hold: characters it forbids (most controls) are dropped."""
    return _NOT_XML.sub("", text)
