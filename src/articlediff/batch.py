"""Many comparisons at once: JSON lines of pairs in, one summary per pair out.

``compare_record`` compares one pair and never raises; ``run_batch`` maps it over
records with a process pool, ``run_batch_dask`` on a Dask cluster. Results keep input
order. Compute only: ``render.batch.pair_record`` writes a result as its JSON record.
A record names its inputs with explicit keys, never by guessing whether a string is a
path: ``{"id": ..., "old": PATH_OR_URL, "new": PATH_OR_URL}`` or
``{"id": ..., "old_text": TEXT, "new_text": TEXT}`` (the two forms may be mixed per side).
An empty or blank side is an error record (a failed download reads as empty, and would
show the story deleted) unless the record says ``"allow_empty": true``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .errors import ArticleDiffError
from .input.load import load_article
from .model import Article, ArticleDiff, BlockKind, ExitStatus, PairResult
from .pipeline import compare
from .segment import SegmentCache, segment_article

#: Records sent to a worker at a time: large enough to amortise the inter-process
#: round trip, small enough to keep every worker busy near the end.
MAX_CHUNKSIZE = 32
#: Records per Dask partition (one task each).
DASK_PARTITION_SIZE = 64


def compare_record(record: Any) -> PairResult:
    """Compare one pair: its summary, or the error that stopped it.

    Never raises (for anything short of KeyboardInterrupt): a failure becomes an error
    record with a one-line message. A record that already holds an ``error`` (a bad
    input line from read_pairs) comes back as an error record.
    """
    record_id = record.get("id") if isinstance(record, dict) else None
    try:
        if not isinstance(record, dict):
            raise TypeError(f"a record must be a JSON object, not {type(record).__name__}")
        if "error" in record:
            return _error(record_id, str(record["error"]))
        segmented = SegmentCache()  # the versions share most paragraphs: each is segmented once
        old, new = _side(record, "old", segmented), _side(record, "new", segmented)
        if record.get("allow_empty") is not True:
            for side, article in (("old", old), ("new", new)):
                if not article.paragraphs:
                    raise ValueError(
                        f"'{side}' is empty or blank: a failed download or a wrong path looks like this;"
                        ' give "allow_empty": true (or batch --allow-empty) if it is intended'
                    )
        # A summary holds no sentences, and each row's facts, not the story's.
        return _summary(record_id, compare(old, new, sentences=False, facts=False))
    except (ArticleDiffError, ValueError, TypeError) as exc:
        return _error(record_id, str(exc))
    except Exception as exc:  # noqa: BLE001  # a bug, or something no check foresaw: report it, go on
        return _error(record_id, f"internal error: {type(exc).__name__}: {exc}")


def _side(record: dict[str, Any], side: str, cache: SegmentCache) -> Article:
    """One side of a pair, from ``SIDE`` (a path or URL) or ``SIDE_text`` (the text)."""
    text_key = f"{side}_text"
    if (side in record) == (text_key in record):
        raise ValueError(f"give exactly one of '{side}' (a path or URL) and '{text_key}' (the text)")
    if text_key in record:
        text = record[text_key]
        if not isinstance(text, str):
            raise TypeError(f"'{text_key}' must be a string")
        return segment_article(text, cache=cache)
    source = record[side]
    if not isinstance(source, str) or not source:
        raise ValueError(f"'{side}' must be a path or URL (a non-empty string)")
    if source == "-":
        raise ValueError(f"'{side}' cannot be - (standard input) in a batch")
    return load_article(source, cache=cache)


def _error(record_id: Any, message: str) -> PairResult:
    return PairResult(id=record_id, error=" ".join(message.split()))


def _summary(record_id: Any, diff: ArticleDiff) -> PairResult:
    return PairResult(
        id=record_id, old=diff.old.source, new=diff.new.source, changed=diff.changed, summary=diff.summary,
        significance=_significance(diff), metadata=diff.metadata,
        facts=tuple((f, b.new[0] if b.new else None) for b in diff.rows for f in b.facts),
        quotes=_quote_counts(diff),
    )


def _significance(diff: ArticleDiff) -> dict[str, int]:
    """Edited rows by grade: minor, reworded, substantive."""
    counts = {"minor": 0, "reworded": 0, "substantive": 0}
    for block in diff.rows:
        if block.kind is BlockKind.EDITED and block.significance in counts:
            counts[block.significance] += 1
    return counts


def _quote_counts(diff: ArticleDiff) -> dict[str, int]:
    """Quotations (not quoted terms) added, removed, changed, reattributed, counted as
    the diff's JSON summary counts them."""
    counts = {"added": 0, "removed": 0, "changed": 0, "reattributed": 0}
    for change in diff.quotes:
        if change.kind == "quote" and change.change in counts:
            counts[change.change] += 1
    return counts


def read_pairs(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """JSON lines → records. Blank lines are skipped; a line that is not a JSON object
    becomes an error record whose id is its line number (from 1), so one bad line
    does not stop the batch. A record without an id gets its line number."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": number, "error": f"line {number}: not valid JSON: {exc.msg} (column {exc.colno})"}
            continue
        if not isinstance(record, dict):
            yield {"id": number, "error": f"line {number}: expected a JSON object, got {type(record).__name__}"}
            continue
        record.setdefault("id", number)
        yield record


def run_batch(records: Iterable[dict[str, Any]], *, jobs: int = 1) -> Iterator[PairResult]:
    """compare_record over the records, in input order.

    Args:
        jobs: worker processes; 1 runs in this process. The pool's workers are forked
            before this returns, so a caller may then start threads (a progress
            display) safely.
    """
    total = len(records) if isinstance(records, Sequence) else None
    if jobs <= 1:
        return map(compare_record, records)
    import multiprocessing

    pool = multiprocessing.get_context().Pool(jobs)
    return _closing(pool, pool.imap(compare_record, records, chunksize=_chunksize(total, jobs)))


def _closing(pool: Any, results: Iterator[PairResult]) -> Iterator[PairResult]:
    with pool:
        yield from results


def _chunksize(total: int | None, jobs: int) -> int:
    """About four chunks per worker, at most MAX_CHUNKSIZE records each."""
    if total is None:
        return MAX_CHUNKSIZE // 2
    return max(1, min(MAX_CHUNKSIZE, total // (jobs * 4)))


def run_batch_dask(records: Iterable[dict[str, Any]], *, scheduler: str | None = None) -> Iterator[PairResult]:
    """compare_record over the records on a Dask cluster, in input order.

    Args:
        scheduler: the address of a running scheduler (``tcp://host:8786``); None
            starts a local cluster for the run. Paths in the records must be readable
            by the workers.

    Raises:
        ArticleDiffError: Dask is not installed.
    """
    try:
        import dask.bag
        from distributed import Client
    except ImportError:
        raise ArticleDiffError("Dask is not installed: install articlediff[dask]") from None
    items = list(records)
    if not items:
        return
    # Dask ships no type hints for these.
    client = Client(scheduler) if scheduler else Client(processes=True, dashboard_address=None)  # type: ignore[no-untyped-call]
    with client:
        bag = dask.bag.from_sequence(items, partition_size=DASK_PARTITION_SIZE).map(compare_record)  # type: ignore[no-untyped-call]
        # One future per partition; yield each partition as soon as it and all before it are done.
        for future in client.compute(bag.to_delayed()):  # type: ignore[no-untyped-call]
            yield from future.result()


class BatchReport:
    """Counts the results of a batch as they come, and gives its exit status."""

    def __init__(self) -> None:
        self.total = 0
        self.failed = 0

    def add(self, result: PairResult) -> None:
        self.total += 1
        self.failed += not result.ok

    @property
    def return_code(self) -> ExitStatus:
        """``TROUBLE`` (2) when a pair could not be compared, else ``SAME`` (0): a
        script must tell a batch with failures from one without."""
        return ExitStatus.TROUBLE if self.failed else ExitStatus.SAME
