"""A batch's results (see batch.py) as JSON records, and its progress on a terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..model import PairResult


def pair_record(result: PairResult) -> dict[str, Any]:
    """One JSON record: the pair's summary, or ``{"id", "ok": false, "error"}``."""
    if result.error is not None:
        return {"id": result.id, "ok": False, "error": result.error}
    assert result.summary is not None
    return {
        "id": result.id,
        "ok": True,
        "old": result.old,
        "new": result.new,
        "changed": result.changed,
        "summary": result.summary._asdict(),
        "significance": result.significance,
        "metadata": [
            {"role": m.role.value, "change": m.kind.value, "old": m.old, "new": m.new} for m in result.metadata
        ],
        "facts": [{"type": f.type, "old": f.old, "new": f.new, "paragraph": paragraph} for f, paragraph in result.facts],
        "quotes": result.quotes,
    }


def with_progress(results: Iterable[PairResult], total: int | None) -> Iterator[PairResult]:
    """The results, with a progress bar on standard error while they come."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    columns = (TextColumn("comparing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("comparing", total=total)
        for result in results:
            bar.advance(task)
            yield result
