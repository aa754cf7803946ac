"""Tracking stories: fetch them again and again, keep every version that differs.

The modules, one job each:

- ``store``: the SQLite database (schema, migrations, versions, failures);
- ``fetcher``: HTTP with per-host limits, retries, conditional requests, robots.txt;
- ``feeds``: RSS and Atom feeds whose entries become tracked stories;
- ``updater``: which stories are due, fetching them, checking a page is a good
  version before it is stored;
- ``changes``: what changed in a window of time, summaries, the Atom feed of changes;
- ``group``: the ``articlediff track`` group cli.py registers, which loads
- ``commands``: the track commands, when one of them runs.

Only ``group`` (which imports click alone) is imported when ``articlediff`` starts.
"""
