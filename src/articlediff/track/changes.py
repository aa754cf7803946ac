"""What changed: how much a change between versions matters, and the stories that
changed in a window of time. (render/track.py describes them: one-line summaries,
JSON, an Atom feed.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..text.pattern_cache import compile_pattern

if TYPE_CHECKING:
    from ..model import ArticleDiff, Violation
    from .store import Store, Story, Version

#: How much a change matters, least first.
SIGNIFICANCE = ("none", "minor", "reworded", "substantive")


def significance(diff: ArticleDiff) -> str:
    """How much the story changed: ``substantive`` (story paragraphs added or removed,
    a substantive edit, a quotation changed, removed or re-attributed), ``reworded``,
    ``minor`` (punctuation, typos; bylines, datelines, boilerplate), or ``none``."""
    from ..model import BlockKind

    if not diff.changed:
        return "none"
    rank = 1
    for block in diff.rows:
        if block.kind is BlockKind.UNCHANGED and not block.moved:
            continue
        if not diff.in_story(block):
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


# --- windows -------------------------------------------------------------------------------

_DURATION = compile_pattern(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)
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
    violations: tuple[Violation, ...] = ()


def changes_since(store: Store, since: float, *, min_significance: str = "minor",
                  rules: Sequence[str] = (), max_changed_words: int | None = None) -> list[StoryChange]:
    """Every story with a version stored at or after ``since`` (not its first), the
    change over the window compared anew, those less significant than
    ``min_significance`` left out, each checked against ``rules``."""
    from ..check import check
    from ..pipeline import compare
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
        level = significance(diff)
        if SIGNIFICANCE.index(level) < SIGNIFICANCE.index(min_significance):
            continue
        violations = check(diff, rules, max_changed_words=max_changed_words).violations if rules or max_changed_words else ()
        found.append(StoryChange(story, old, new, len([v for v in inside if v.id != versions[0].id]), diff,
                                 level, tuple(violations)))
    return found


def iso_time(seconds: float) -> str:
    """``2026-12-03T23:40:00Z``."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
