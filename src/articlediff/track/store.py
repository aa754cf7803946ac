"""The tracking database: one SQLite file holding the tracked stories and feeds, every
stored version, and the failed fetches.

- WAL mode, so that readers never block the writer and two updates may run at once;
  every write is one short ``BEGIN IMMEDIATE`` transaction, so a process killed
  mid-update leaves the database as it was after its last whole write.
- A schema version (SQLite's ``user_version``) and migrations, applied in order.
- Text and raw pages are content-addressed: stored once, zlib-compressed, under the
  SHA-256 of their uncompressed bytes, however many versions share them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ArticleDiffError

#: Schema migrations: ``MIGRATIONS[k]`` takes a database from version k to k + 1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE blobs (
        hash TEXT PRIMARY KEY,          -- SHA-256 of the uncompressed bytes
        size INTEGER NOT NULL,          -- uncompressed size
        data BLOB NOT NULL              -- zlib-compressed
    ) WITHOUT ROWID;
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('story', 'feed', 'auto')),
        feed_id INTEGER REFERENCES stories(id) ON DELETE SET NULL,
        interval REAL NOT NULL,         -- seconds between fetches
        added_at REAL NOT NULL,         -- Unix time, as every time here
        next_due REAL NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_checked REAL,
        last_error TEXT,                -- the last fetch's failure, NULL once one succeeds
        last_error_at REAL,
        failures INTEGER NOT NULL DEFAULT 0   -- failures in a row
    );
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        fetched_at REAL NOT NULL,
        final_url TEXT NOT NULL,
        headline TEXT NOT NULL,
        words INTEGER NOT NULL,         -- words of body text
        text_hash TEXT NOT NULL REFERENCES blobs(hash),
        raw_hash TEXT REFERENCES blobs(hash),
        summary TEXT                    -- JSON: the change from the previous version
    );
    CREATE INDEX versions_by_story ON versions(story_id, id);
    CREATE INDEX versions_by_time ON versions(fetched_at);
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        at REAL NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX failures_by_story ON failures(story_id, at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(ArticleDiffError):
    """The database cannot be opened or used (a one-line reason)."""


@dataclass(frozen=True)
class Story:
    """A tracked URL (a story page, or a feed whose entries are tracked), with what the
    database knows of it."""

    id: int
    url: str
    kind: str
    """``story``, ``feed``, or ``auto`` until its first fetch says which."""
    feed_id: int | None
    interval: float
    added_at: float
    next_due: float
    etag: str | None
    last_modified: str | None
    last_checked: float | None
    last_error: str | None
    last_error_at: float | None
    failures: int
    versions: int
    """How many versions are stored (for a feed: how many stories it brought)."""
    headline: str | None
    """The latest version's headline."""
    last_change: float | None
    """When the latest version was fetched."""
    last_words: int | None
    """Words of body text in the latest version."""
    last_text_hash: str | None


@dataclass(frozen=True)
class Version:
    """One stored version of a story."""

    id: int
    story_id: int
    number: int
    """1 for the first version stored, 2 for the next..."""
    fetched_at: float
    final_url: str
    headline: str
    words: int
    text_hash: str
    raw_hash: str | None
    summary: dict[str, Any] | None
    """The change from the previous version (see updater.summarize_change); None for
    the first."""


@dataclass(frozen=True)
class Failure:
    """A fetch that did not give a good version."""

    story_id: int
    at: float
    reason: str


def default_db_path() -> Path:
    """``$ARTICLEDIFF_DB``, else ``$XDG_DATA_HOME/articlediff/track.sqlite3``, else
    ``~/.local/share/articlediff/track.sqlite3``."""
    explicit = os.environ.get("ARTICLEDIFF_DB")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "articlediff" / "track.sqlite3"


def text_hash(data: bytes) -> str:
    """The address of a blob: the SHA-256 of its bytes, in hex."""
    return hashlib.sha256(data).hexdigest()


_STORY_COLUMNS = """
    s.id, s.url, s.kind, s.feed_id, s.interval, s.added_at, s.next_due, s.etag, s.last_modified,
    s.last_checked, s.last_error, s.last_error_at, s.failures,
    CASE WHEN s.kind = 'feed' THEN (SELECT count(*) FROM stories e WHERE e.feed_id = s.id)
         ELSE (SELECT count(*) FROM versions v WHERE v.story_id = s.id) END,
    l.headline, l.fetched_at, l.words, l.text_hash
"""
_STORY_FROM = """
    FROM stories s LEFT JOIN versions l
      ON l.id = (SELECT max(id) FROM versions WHERE story_id = s.id)
"""
_VERSION_COLUMNS = "id, story_id, fetched_at, final_url, headline, words, text_hash, raw_hash, summary"


class Store:
    """An open tracking database. Use it as a context manager, or call close()."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.db = connection
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Store:
        """Open (and with ``create``, create) the database at ``path``, in WAL mode,
        migrated to the current schema.

        Raises:
            StoreError: it cannot be opened, is not an articlediff database, or was
                made by a newer articlediff.
        """
        where = Path(path)
        if not create and not where.exists():
            raise StoreError(f"no tracking database at '{where}': add a story first (articlediff track add URL)")
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: no implicit transactions; each write opens its own.
            connection = sqlite3.connect(where, timeout=30.0, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database '{where}': {exc}") from None
        store = cls(connection, where)
        try:
            connection.execute("PRAGMA busy_timeout = 30000")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed write
            connection.execute("PRAGMA foreign_keys = ON")
            store._migrate()
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StoreError(f"'{where}' is not a usable articlediff database: {exc}") from None
        except StoreError:
            connection.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE, so two writers wait
        for each other rather than fail half-way); committed on success, rolled back
        on any exception."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        with self.transaction() as db:
            current = db.execute("PRAGMA user_version").fetchone()[0]
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"'{self.path}' has schema version {current}, made by a newer articlediff"
                    f" (this one knows up to {SCHEMA_VERSION})"
                )
            for version in range(current, SCHEMA_VERSION):
                # executescript() would commit first: run the statements one by one instead.
                for statement in _statements(MIGRATIONS[version]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {version + 1}")

    def schema_version(self) -> int:
        """The database's schema version."""
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # --- blobs -------------------------------------------------------------------------

    def _put_blob(self, data: bytes) -> str:
        """Store ``data`` once (inside the caller's transaction) and return its hash."""
        digest = text_hash(data)
        self.db.execute(
            "INSERT OR IGNORE INTO blobs (hash, size, data) VALUES (?, ?, ?)",
            (digest, len(data), zlib.compress(data, 6)),
        )
        return digest

    def blob(self, digest: str) -> bytes:
        """The bytes stored under ``digest``."""
        row = self.db.execute("SELECT data FROM blobs WHERE hash = ?", (digest,)).fetchone()
        if row is None:
            raise StoreError(f"the database lacks the blob {digest[:12]}: it may be damaged")
        return zlib.decompress(row[0])

    # --- stories -----------------------------------------------------------------------

    def add_story(self, url: str, *, kind: str, interval: float, now: float,
                  feed_id: int | None = None, keep_interval: bool = False) -> tuple[Story, bool]:
        """Track ``url``; returns the story and whether it was new. A URL tracked already
        keeps its history, and takes the new interval unless ``keep_interval`` (or it
        comes from a feed)."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO stories (url, kind, feed_id, interval, added_at, next_due)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (url, kind, feed_id, interval, now, now),
            )
            created = cursor.rowcount == 1
            if not created and feed_id is None and not keep_interval:
                db.execute("UPDATE stories SET interval = ? WHERE url = ?", (interval, url))
        story = self.find(url)
        assert story is not None
        return story, created

    def set_kind(self, story_id: int, kind: str) -> None:
        """Say what an ``auto`` URL turned out to be."""
        with self.transaction() as db:
            db.execute("UPDATE stories SET kind = ? WHERE id = ?", (kind, story_id))

    def find(self, url: str) -> Story | None:
        """The tracked story or feed with this URL (or, failing that, the one whose
        latest version was served from it after redirects)."""
        row = self.db.execute(f"SELECT {_STORY_COLUMNS} {_STORY_FROM} WHERE s.url = ?", (url,)).fetchone()
        if row is None:
            row = self.db.execute(
                f"SELECT {_STORY_COLUMNS} {_STORY_FROM} WHERE l.final_url = ? ORDER BY s.id LIMIT 1", (url,)
            ).fetchone()
        return Story(*row) if row else None

    def get(self, story_id: int) -> Story:
        """The story with this id."""
        row = self.db.execute(f"SELECT {_STORY_COLUMNS} {_STORY_FROM} WHERE s.id = ?", (story_id,)).fetchone()
        if row is None:
            raise StoreError(f"no story {story_id} in the database")
        return Story(*row)

    def stories(self) -> list[Story]:
        """Every tracked story and feed, in the order they were added."""
        rows = self.db.execute(f"SELECT {_STORY_COLUMNS} {_STORY_FROM} ORDER BY s.id").fetchall()
        return [Story(*row) for row in rows]

    def due(self, now: float, *, everything: bool = False) -> list[Story]:
        """The stories and feeds whose next fetch is due at ``now`` (all of them with
        ``everything``)."""
        return [s for s in self.stories() if everything or s.next_due <= now]

    def remove(self, story_id: int) -> None:
        """Stop tracking a story: its versions and failures go with it."""
        with self.transaction() as db:
            db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            db.execute("DELETE FROM blobs WHERE hash NOT IN (SELECT text_hash FROM versions)"
                       " AND hash NOT IN (SELECT raw_hash FROM versions WHERE raw_hash IS NOT NULL)")

    # --- versions and fetches ----------------------------------------------------------

    def store_version(
        self, story_id: int, *, fetched_at: float, final_url: str, headline: str, words: int, text: bytes,
        raw: bytes | None, summary: dict[str, Any] | None, etag: str | None, last_modified: str | None,
        expected_previous: str | None,
    ) -> Version | None:
        """Store a new version in one transaction, unless the latest stored version
        (read again inside the transaction, so a concurrent update is seen) has the
        same text; either way the fetch is recorded as a success.

        Args:
            text: the article's canonical text (see updater.article_text).
            expected_previous: the text hash of the version ``summary`` was computed
                against; if another update stored a version since, the summary is
                dropped rather than describe the wrong change.

        Returns:
            The version stored, or None if it was identical to the latest one.
        """
        with self.transaction() as db:
            latest = db.execute(
                "SELECT text_hash FROM versions WHERE story_id = ? ORDER BY id DESC LIMIT 1", (story_id,)
            ).fetchone()
            self._succeeded(story_id, fetched_at, etag, last_modified)
            digest = text_hash(text)
            if latest is not None and latest[0] == digest:
                return None
            if (latest[0] if latest else None) != expected_previous:
                summary = None
            self._put_blob(text)
            raw_digest = self._put_blob(raw) if raw is not None else None
            cursor = db.execute(
                "INSERT INTO versions (story_id, fetched_at, final_url, headline, words, text_hash, raw_hash, summary)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (story_id, fetched_at, final_url, headline, words, digest, raw_digest,
                 json.dumps(summary, ensure_ascii=False) if summary is not None else None),
            )
            version_id = cursor.lastrowid
        versions = self.versions(story_id)
        return next(v for v in versions if v.id == version_id)

    def record_success(self, story_id: int, *, at: float, etag: str | None = None,
                       last_modified: str | None = None) -> None:
        """Record a fetch that found nothing new (not modified, or the same text)."""
        with self.transaction():
            self._succeeded(story_id, at, etag, last_modified)

    def _succeeded(self, story_id: int, at: float, etag: str | None, last_modified: str | None) -> None:
        self.db.execute(
            "UPDATE stories SET last_checked = ?, next_due = ? + interval, last_error = NULL, last_error_at = NULL,"
            " failures = 0, etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE id = ?",
            (at, at, etag, last_modified, story_id),
        )

    def record_failure(self, story_id: int, *, at: float, reason: str) -> None:
        """Record a fetch that failed or gave no good version: the stored versions are
        left as they are; the story is due again after its interval."""
        with self.transaction() as db:
            db.execute("INSERT INTO failures (story_id, at, reason) VALUES (?, ?, ?)", (story_id, at, reason))
            db.execute(
                "UPDATE stories SET last_checked = ?, next_due = ? + interval, last_error = ?, last_error_at = ?,"
                " failures = failures + 1 WHERE id = ?",
                (at, at, reason, at, story_id),
            )

    def versions(self, story_id: int) -> list[Version]:
        """The story's stored versions, oldest first."""
        rows = self.db.execute(
            f"SELECT {_VERSION_COLUMNS} FROM versions WHERE story_id = ? ORDER BY id", (story_id,)
        ).fetchall()
        return [_version(row, number) for number, row in enumerate(rows, start=1)]

    def failures(self, story_id: int) -> list[Failure]:
        """The story's failed fetches, oldest first."""
        rows = self.db.execute(
            "SELECT story_id, at, reason FROM failures WHERE story_id = ? ORDER BY id", (story_id,)
        ).fetchall()
        return [Failure(*row) for row in rows]

    def changed_since(self, since: float) -> list[tuple[Story, list[Version]]]:
        """The stories with a version fetched at or after ``since`` that is not their
        first, each with all its versions."""
        rows = self.db.execute(
            "SELECT DISTINCT v.story_id FROM versions v"
            " WHERE v.fetched_at >= ? AND v.id > (SELECT min(id) FROM versions WHERE story_id = v.story_id)"
            " ORDER BY v.story_id",
            (since,),
        ).fetchall()
        return [(self.get(story_id), self.versions(story_id)) for (story_id,) in rows]

    def stats(self) -> dict[str, int]:
        """Counts of stories, versions and blobs, and the blobs' sizes."""
        one = self.db.execute
        return {
            "stories": one("SELECT count(*) FROM stories WHERE kind != 'feed'").fetchone()[0],
            "feeds": one("SELECT count(*) FROM stories WHERE kind = 'feed'").fetchone()[0],
            "versions": one("SELECT count(*) FROM versions").fetchone()[0],
            "blobs": one("SELECT count(*) FROM blobs").fetchone()[0],
            "blob_bytes": one("SELECT coalesce(sum(length(data)), 0) FROM blobs").fetchone()[0],
            "uncompressed_bytes": one("SELECT coalesce(sum(size), 0) FROM blobs").fetchone()[0],
        }


def _statements(script: str) -> list[str]:
    """The SQL statements of a script, each whole (a semicolon in a comment or a
    string does not end one)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise StoreError("a migration ends inside a statement")
    return statements


def _version(row: Sequence[Any], number: int) -> Version:
    summary = json.loads(row[8]) if row[8] else None
    return Version(row[0], row[1], number, row[2], row[3], row[4], row[5], row[6], row[7], summary)
