"""``articlediff batch PAIRS``: many comparisons, one JSON record each."""

from __future__ import annotations

import os
import sys
from typing import TextIO

import click

from ..errors import ArticleDiffError
from .base import CONTEXT_SETTINGS, Trouble


@click.command(
    name="batch",
    context_settings=CONTEXT_SETTINGS,
    epilog="""\b
Exit status:
  0  every pair was compared
  2  trouble: a pair could not be compared (every record is still written;
     its own says why), PAIRS could not be read, or a bad option""",
)
@click.argument("pairs", type=click.File("r", encoding="utf-8"))
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster).")
@click.option("--allow-empty", is_flag=True,
              help='Compare empty or blank versions (else such a pair is an error record; a record may say "allow_empty": true).')
def batch_command(pairs: TextIO, jobs: int, engine: str, scheduler: str | None, allow_empty: bool) -> None:
    """Compare many pairs: PAIRS is JSON Lines, each {"id", "old", "new"} (paths or URLs)
    or {"id", "old_text", "new_text"}; one JSON summary per line is written, an error
    record for a bad pair (an empty or blank version is one, unless intended)."""
    import gc
    import json

    from ..batch import BatchReport, read_pairs, run_batch, run_batch_dask
    from ..render.batch import pair_record
    from .console import with_progress

    gc.enable()  # off for short runs (see __main__.py); a batch may run for hours

    records = read_pairs(pairs)
    if allow_empty:
        records = ({**record, "allow_empty": True} for record in records)
    if engine == "dask":
        try:
            results = run_batch_dask(records, scheduler=scheduler)
        except ArticleDiffError as exc:
            raise Trouble(str(exc)) from None
    else:
        results = run_batch(records, jobs=jobs)
        if sys.stderr.isatty():
            results = with_progress(results, None)
    report = BatchReport()
    for result in results:
        click.echo(json.dumps(pair_record(result), ensure_ascii=False))
        report.add(result)
    if report.return_code:
        # Every record is written first: a bad pair never stops the batch.
        raise Trouble(f"{report.failed} of {report.total} pairs could not be compared (see their records)")
