"""The tracker's changes described: a one-line summary of a change, a change as JSON,
and an Atom feed of changes for feed readers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..facts import story_facts
from ..text.pattern_cache import compile_pattern
from ..track.changes import iso_time, significance
from .describe import changed_quotes, describe_quote
from .html import render_html

if TYPE_CHECKING:
    from ..model import Article, ArticleDiff
    from ..track.changes import StoryChange


def summarize_change(old: Article, new: Article) -> dict[str, Any]:
    """The change from one version to the next, as the tracker stores it with the newer
    one (track.updater takes this function from the command line): counts,
    quotation changes, facts, metadata changes, significance, and ``line``, all of it
    on one line."""
    from ..pipeline import compare

    return summarize_diff(compare(old, new, sentences=False))


def summarize_diff(diff: ArticleDiff) -> dict[str, Any]:
    """See summarize_change."""
    s = diff.summary
    quotes = []
    for q in changed_quotes(diff):
        line = describe_quote(q)
        quotes.append({"change": q.change, "kind": q.kind, "speaker": line.speaker or None,
                       "text": _clip(line.text, 30)})
    facts = [f.description for f in story_facts(diff)]
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
        "summary": summarize_diff(change.diff),
        "violations": [v._asdict() for v in change.violations],
    }


ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(changes: Sequence[StoryChange], *, title: str, feed_id: str, now: float) -> bytes:
    """An Atom feed with one entry per change, its content the change rendered as an
    HTML page (escaped by the XML writer, as every text here is)."""
    import xml.etree.ElementTree as ET

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
        sub(entry, "summary", summarize_diff(change.diff)["line"])
        sub(entry, "content", render_html(change.diff), type="html")
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


_NOT_XML = compile_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """Text XML 1.0 can hold: characters it forbids (most controls) are dropped."""
    return _NOT_XML.sub("", text)
