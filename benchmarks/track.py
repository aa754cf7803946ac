"""``articlediff track update`` over 200 stories served on 127.0.0.1, 10% of them changed.

Serves the stories (the test suite's small web site), tracks them in a new database,
runs a first update (every story's first version), changes 10% of them, then times
a second update, as a user runs it (the installed command, in a subprocess), and
reports:

- the time per story with fetching excluded (extraction, checks, comparison and
  writes: the update's own measure of its work outside the fetches);
- the wall time per story, fetching on 127.0.0.1 included;
- the database's size per stored version (after a WAL checkpoint).

    python benchmarks/track.py [--stories 200] [--changed 0.1]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from track_server import PARAGRAPHS, serve, story_html  # noqa: E402

SCRIPT = str(Path(sys.executable).parent / "articlediff")


def story_text(n: int, edited: bool) -> bytes:
    """Story ``n``: about 700 words of its own; an edited version rewords a quotation,
    changes a number and adds a paragraph."""
    paragraphs = [f"{p} Story {n} goes on, part {k}." for k, p in enumerate(PARAGRAPHS * 2)]
    if edited:
        paragraphs[1] = paragraphs[1].replace("the bridge is not safe", "the bridge could fall at any moment")
        paragraphs[3] = paragraphs[3].replace("45 million", f"{50 + n % 40} million")
        paragraphs.insert(5, f"Late on Tuesday, officials said story {n}'s works could start sooner than planned.")
    return story_html(f"Story {n}: council votes to close a bridge", paragraphs)


def run(db: str, *args: str) -> dict[str, object]:
    result = subprocess.run([SCRIPT, "track", *args, "--db", db, "--format", "json"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"track {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return dict(json.loads(result.stdout))


def database_size(db: str) -> int:
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return Path(db).stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=200)
    parser.add_argument("--changed", type=float, default=0.1)
    args = parser.parse_args()
    changed = set(range(0, args.stories, max(1, round(1 / args.changed))))

    with serve() as site, tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "track.sqlite3")
        edited = {"on": False}
        urls = []
        for n in range(args.stories):
            # validators=False: the server sends no ETag, so every story is fetched and
            # read in full, the update's heaviest case.
            urls.append(site.page(f"/story/{n}", lambda count, n=n: story_text(n, edited["on"] and n in changed),
                                  validators=False))
        run(db, "add", "--no-fetch", *urls)
        start = time.perf_counter()
        first = run(db, "update", "--all")
        first_wall = time.perf_counter() - start
        size_first = database_size(db)

        edited["on"] = True
        start = time.perf_counter()
        second = run(db, "update", "--all")
        second_wall = time.perf_counter() - start
        size_second = database_size(db)

        with sqlite3.connect(db) as connection:
            stored = connection.execute("SELECT count(*) FROM versions").fetchone()[0]
        connection.close()

    outcomes = [o["status"] for o in second["outcomes"]]  # type: ignore[union-attr]
    count = args.stories
    print(f"stories: {count}, changed in the second update: {outcomes.count('new')}"
          f" (expected {len(changed)}), unchanged: {outcomes.count('same')}, failed: {outcomes.count('failed')}")
    for name, report, wall in (("first update (every story new)", first, first_wall),
                               ("second update (10% changed)", second, second_wall)):
        process = float(report["process_seconds"])  # type: ignore[arg-type]
        print(f"{name}: {1000 * process / count:.1f} ms a story with fetching excluded;"
              f" {1000 * wall / count:.1f} ms a story wall time, fetching and start-up included")
    print(f"database: {size_first / 1024:.0f} KiB for {count} versions"
          f" ({size_first / count / 1024:.1f} KiB a version);"
          f" {size_second / 1024:.0f} KiB for {stored} versions ({size_second / stored / 1024:.1f} KiB a version);"
          f" each changed version added {(size_second - size_first) / max(1, stored - count) / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
