"""Batch throughput: pairs compared per second by articlediff.batch.run_batch.

The records are typical article pairs, read from files as a batch job would: the CNN
fixture (fixtures/cnn-el-salvador v1→v2, and v2→v3) and the corpus pairs named in
CASES (fixtures/corpus/case02-case10, v1.txt→v2.txt), repeated in turn to
``--records`` records. Each record is loaded, segmented, compared and summarised
(``compare_record``), and written as its JSON record (``pair_record``); the time
includes starting the worker pool. For each job count the table gives pairs/s and
pairs/s per core (per job). Target: ≥ 200 pairs/s per core.

    python benchmarks/batch.py [--records 2000] [--jobs 1,2] [--repeat 3] [--stages] [--profile [SORT]]

``--stages`` times the pipeline stages of compare_record in one process instead (wall
time per pair spent loading, aligning, word-diffing, grading, and on quotations).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections import Counter
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from articlediff.batch import compare_record, run_batch
from articlediff.render.batch import pair_record

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TARGET_PER_CORE = 200.0


#: The corpus cases the records are drawn from, named one by one: a case added to the
#: corpus later does not change the mix, so figures stay comparable across changes.
CASES = ("case02", "case03", "case04", "case05", "case06", "case07", "case08", "case09", "case10")


def pairs() -> list[tuple[str, Path, Path]]:
    """(name, old, new) for each fixture pair of the mix."""
    cnn = FIXTURES / "cnn-el-salvador"
    found = [("cnn v1→v2", cnn / "v1.txt", cnn / "v2.txt"), ("cnn v2→v3", cnn / "v2.txt", cnn / "v3.txt")]
    found += [(name, FIXTURES / "corpus" / name / "v1.txt", FIXTURES / "corpus" / name / "v2.txt") for name in CASES]
    return found


def make_records(count: int) -> list[dict[str, Any]]:
    return [
        {"id": n, "old": str(old), "new": str(new)}
        for n, (_, old, new) in enumerate(islice(cycle(pairs()), count))
    ]


def measure(records: list[dict[str, Any]], jobs: int, repeat: int) -> float:
    """Best wall time of the whole batch over ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        results = [pair_record(r) for r in run_batch(records, jobs=jobs)]
        best = min(best, time.perf_counter() - start)
        assert all(r["ok"] for r in results), [r for r in results if not r["ok"]][:1]
    return best


def per_pair(repeat: int = 20) -> None:
    """Time of one compare_record per fixture pair, in this process."""
    print("per pair (one process, best of", repeat, "runs):")
    for name, old, new in pairs():
        record = {"id": name, "old": str(old), "new": str(new)}
        best = min(_timed(record) for _ in range(repeat))
        words = len(old.read_text("utf-8").split()) + len(new.read_text("utf-8").split())
        print(f"  {name:<12} {best * 1000:7.2f} ms  ({words} words in both versions)")


def _timed(record: dict[str, Any]) -> float:
    start = time.perf_counter()
    pair_record(compare_record(record))
    return time.perf_counter() - start


def stages(records: list[dict[str, Any]]) -> None:
    """Wall time per pair in each stage, by wrapping the stage functions with timers."""
    from articlediff import batch

    compare_module = sys.modules["articlediff.pipeline"]
    spent: Counter[str] = Counter()

    def timed(module: Any, name: str, label: str) -> None:
        function: Callable[..., Any] = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - start

        setattr(module, name, wrapper)

    rows_module = sys.modules["articlediff.rows"]
    for name in ("align_paragraphs", "summarize"):
        timed(compare_module, name, f"compare: {name}")
    for name in ("diff_words", "align_sentences", "grade_edit"):
        timed(rows_module, name, f"compare: {name}")
    timed(batch, "load_article", "load_article (read, decode, segment)")
    timed(batch, "compare", "compare (all)")
    # compare() imports these when it runs, so wrapping the modules' names times them.
    import articlediff.quotes as quotes_module

    timed(quotes_module, "extract_quotes", "quotations: extract_quotes")
    timed(quotes_module, "diff_quotes", "quotations: diff_quotes")
    start = time.perf_counter()
    for record in records:
        pair_record(compare_record(record))
    total = time.perf_counter() - start
    print(f"one process: {len(records) / total:.1f} pairs/s, {total / len(records) * 1000:.2f} ms per pair")
    for label, seconds in spent.most_common():
        print(f"  {label:<38} {seconds / len(records) * 1000:6.2f} ms  {seconds / total:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="time the stages of compare_record instead")
    parser.add_argument("--profile", nargs="?", const="cumulative", metavar="SORT",
                        help="profile jobs=1 in this process and print the top functions")
    args = parser.parse_args()

    records = make_records(args.records)
    print(f"{len(records)} records from {len(pairs())} fixture pairs; {os.cpu_count()} CPUs")
    per_pair()
    if args.stages:
        stages(records)
        return
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: list(run_batch(records, jobs=1)))
        pstats.Stats(profiler).sort_stats(args.profile).print_stats(25)
        return
    list(run_batch(records[:50], jobs=1))  # warm caches (imports, regexes)
    print(f"{'jobs':>4}  {'seconds':>8}  {'pairs/s':>8}  {'pairs/s per core':>16}")
    for jobs in (int(j) for j in args.jobs.split(",")):
        seconds = measure(records, jobs, args.repeat)
        rate = len(records) / seconds
        verdict = "ok" if rate / jobs >= TARGET_PER_CORE else f"below the {TARGET_PER_CORE:.0f} target"
        print(f"{jobs:>4}  {seconds:8.2f}  {rate:8.1f}  {rate / jobs:16.1f}  {verdict}")


if __name__ == "__main__":
    main()
