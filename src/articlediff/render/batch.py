"""A batch's results (see batch.py) as JSON records."""

from __future__ import annotations

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
