"""articlediff track, end to end: the CLI against a web site served on 127.0.0.1 by
the tests, and a real SQLite file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from articlediff.cli import main
from articlediff.track.changes import parse_duration
from articlediff.track.store import SCHEMA_VERSION, Store, StoreError

from .track_server import PARAGRAPHS, Site, feed_xml, serve, story_html

HEADLINE = "Council votes to close Riverside bridge"
# The second version: a quotation reworded, a number changed.
EDITED = [p.replace("the bridge is not safe", "the bridge is unsafe and could fall").replace("45 million", "52 million")
          for p in PARAGRAPHS]
FAST = ["--timeout", "2", "--retries", "0"]


@pytest.fixture(name="site")
def fixture_site() -> Iterator[Site]:
    with serve() as site:
        yield site


@pytest.fixture(name="db")
def fixture_db(tmp_path: Path) -> str:
    return str(tmp_path / "track.sqlite3")


def track(db: str, *args: str) -> Result:
    """Run ``articlediff track ARGS --db DB``."""
    return CliRunner().invoke(main, ["track", *args, "--db", db], catch_exceptions=False)


def track_json(db: str, *args: str) -> Any:
    result = track(db, *args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def versions(db: str, url: str) -> list[dict[str, Any]]:
    return list(track_json(db, "log", url)["versions"])


def story(db: str, url: str) -> dict[str, Any]:
    return next(s for s in track_json(db, "list")["stories"] if s["url"] == url)


def changing(after: int, old: list[str] = PARAGRAPHS, new: list[str] = EDITED) -> Any:
    """A page whose text is ``old`` for the first ``after`` requests, then ``new``."""
    return lambda count: story_html(HEADLINE, old if count < after else new)


# --- versions ------------------------------------------------------------------------------


def test_a_version_is_stored_only_when_the_article_changed(site: Site, db: str) -> None:
    url = site.page("/story", changing(after=2), validators=False)  # no 304: the text decides
    assert track(db, "add", url, *FAST).exit_code == 0
    assert [v["version"] for v in versions(db, url)] == [1]

    unchanged = track(db, "update", "--all", *FAST)  # the same page again
    assert unchanged.exit_code == 0, unchanged.output
    assert "1 unchanged" in unchanged.output
    assert [v["version"] for v in versions(db, url)] == [1]

    changed = track(db, "update", "--all", *FAST)
    assert changed.exit_code == 0
    log = versions(db, url)
    assert [v["version"] for v in log] == [1, 2]
    change = log[1]["change"]
    assert change["paragraphs"]["edited"] == 2
    assert "45 million euros → 52 million euros" in change["facts"]
    assert [(q["change"], q["speaker"]) for q in change["quotes"] if q["kind"] == "quote"] == [("changed", "Ana Lopez")]
    assert change["significance"] == "substantive"
    assert log[1]["headline"] == HEADLINE and log[1]["final_url"] == url

    text = track(db, "log", url).output
    assert "quotes: changed (Ana Lopez)" in text and "facts: 45 million euros → 52 million euros" in text

    listed = story(db, url)
    assert listed["versions"] == 2 and listed["headline"] == HEADLINE and listed["last_error"] is None


def test_conditional_requests_and_gzip(site: Site, db: str) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", url, *FAST)
    result = track_json(db, "update", "--all", *FAST)
    assert [o["status"] for o in result["outcomes"]] == ["not-modified"]
    assert site.conditional["/story"] == 1
    assert site.gzipped == 1  # the page (the answer 304 has no body)
    assert site.agents == {f"articlediff/{_version()} (+https://github.com/articlediff/articlediff)"}
    assert len(versions(db, url)) == 1


def _version() -> str:
    from importlib.metadata import version

    return version("articlediff")


def test_only_due_stories_are_fetched(site: Site, db: str) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", url, "--every", "2h", *FAST)
    assert track_json(db, "update", *FAST)["outcomes"] == []
    assert site.hits["/story"] == 1
    assert len(track_json(db, "update", "--all", *FAST)["outcomes"]) == 1


def test_redirects_keep_the_final_url(site: Site, db: str) -> None:
    target = site.page("/new-home", story_html(HEADLINE, PARAGRAPHS))
    site.page("/old", b"", status=301, validators=False)
    site.routes["/old"].content_type = "text/html"
    # A 301 needs a Location header: serve it through a route of its own.
    original = site.answer

    def answer(path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        if path == "/old":
            return 301, {"Location": target}, b""
        return original(path, headers)

    site.answer = answer  # type: ignore[method-assign]
    url = site.base + "/old"
    track(db, "add", url, *FAST)
    assert versions(db, url)[0]["final_url"] == target


# --- nothing is lost -----------------------------------------------------------------------

BAD_PAGES: dict[str, dict[str, Any]] = {
    "404": {"body": b"<html><body><h1>Not found</h1><p>Sorry.</p></body></html>", "status": 404},
    "500": {"body": b"<html><body><h1>Internal Server Error</h1></body></html>", "status": 500},
    "slow": {"body": story_html(HEADLINE, EDITED), "delay": 3.0},
    "garbage": {"body": bytes(range(256)) * 40, "content_type": "text/html"},
    "binary": {"body": b"\x89PNG\r\n\x1a\n" + bytes(2000), "content_type": "image/png"},
    "empty": {"body": story_html(HEADLINE, [])},
    "truncated": {"body": story_html(HEADLINE, EDITED[:1])},
    "error page": {"body": story_html("Page not found", ["Sorry, the page you are looking for does not exist"
                                                         " or is no longer available. Try our home page."])},
}


@pytest.mark.parametrize("kind", BAD_PAGES)
def test_a_bad_page_never_replaces_a_good_version(site: Site, db: str, kind: str) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", url, *FAST)
    site.page("/story", **BAD_PAGES[kind])

    result = track(db, "update", "--all", "--timeout", "1", "--retries", "0")
    assert result.exit_code == 2, result.output
    assert "FAIL" in result.output
    log = track_json(db, "log", url)
    assert [v["version"] for v in log["versions"]] == [1]
    assert len(log["failures"]) == 1
    listed = story(db, url)
    assert listed["last_error"] and listed["failures_in_a_row"] == 1
    assert "FAILED" in track(db, "list").output

    # The story comes back: the next good page is compared with the last good version.
    site.page("/story", story_html(HEADLINE, EDITED))
    assert track(db, "update", "--all", *FAST).exit_code == 0
    log = track_json(db, "log", url)
    assert [v["version"] for v in log["versions"]] == [1, 2]
    assert log["versions"][1]["change"]["paragraphs"] == {"edited": 2, "added": 0, "removed": 0, "moved": 0}
    assert story(db, url)["last_error"] is None


def test_a_server_error_is_retried(site: Site, db: str) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", url, *FAST)
    site.page("/story", story_html(HEADLINE, EDITED), status=lambda count: 500 if count < 2 else 200)
    result = track(db, "update", "--all", "--retries", "1", "--timeout", "2")
    assert result.exit_code == 0, result.output
    assert len(versions(db, url)) == 2


def test_robots_txt_is_respected(site: Site, db: str) -> None:
    url = site.page("/private/story", story_html(HEADLINE, PARAGRAPHS))
    result = track(db, "add", url, *FAST)
    assert "robots.txt" in result.output
    assert site.hits["/private/story"] == 0
    assert versions(db, url) == []
    assert track(db, "add", url, "--ignore-robots", *FAST).exit_code == 0
    assert len(versions(db, url)) == 1


def _wait_for(predicate: Any, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def _count_versions(db: str) -> dict[str, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT s.url, count(v.id) FROM stories s LEFT JOIN versions v ON v.story_id = s.id GROUP BY s.id"
        ).fetchall()
    connection.close()
    return dict(rows)


def _cli(db: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "articlediff", "track", *args, "--db", db],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def test_a_killed_update_loses_nothing(site: Site, db: str) -> None:
    urls = [site.page(f"/story/{n}", changing(after=1), validators=False) for n in range(5)]
    hanging = site.page("/story/hang", changing(after=1), validators=False)
    assert track(db, "add", *urls, hanging, *FAST).exit_code == 0
    site.routes["/story/hang"].hang = True  # from now on it answers only when released

    process = _cli(db, "update", "--all", "--timeout", "30", "--per-host", "6")
    try:
        _wait_for(lambda: all(_count_versions(db)[u] == 2 for u in urls))
        time.sleep(0.2)
        assert process.poll() is None, "the update should still be waiting for the hanging story"
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    counts = _count_versions(db)
    assert [counts[u] for u in urls] == [2] * 5
    assert counts[hanging] == 1
    assert [v["version"] for v in versions(db, hanging)] == [1]

    site.release.set()
    site.routes["/story/hang"].hang = False
    result = track_json(db, "update", "--all", *FAST)
    statuses = {o["url"]: o["status"] for o in result["outcomes"]}
    assert statuses[hanging] == "new"
    assert all(statuses[u] == "same" for u in urls)
    assert _count_versions(db)[hanging] == 2


def test_two_updates_at_once_corrupt_nothing(site: Site, db: str) -> None:
    urls = [site.page(f"/story/{n}", changing(after=1), validators=False) for n in range(8)]
    track(db, "add", *urls, *FAST)
    for n in range(8):  # slow enough (1 s an update, 2 at a time) for the two updates to overlap
        site.routes[f"/story/{n}"].delay = 0.25
    first, second = _cli(db, "update", "--all"), _cli(db, "update", "--all")
    for process in (first, second):
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err.decode()
    assert all(site.hits[f"/story/{n}"] == 3 for n in range(8))  # both fetched every story
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert list(_count_versions(db).values()) == [2] * 8  # each change stored once, not twice


# --- feeds ---------------------------------------------------------------------------------


def test_a_feed_s_entries_become_tracked_stories(site: Site, db: str) -> None:
    for n in range(3):
        site.page(f"/story/{n}", story_html(f"Story {n}", PARAGRAPHS[n:]))
    feed = site.page("/feed.xml", lambda count: feed_xml(site.base, ["/story/0", "/story/1"] if count == 0
                                                          else ["/story/0", "/story/1", "/story/2"]),
                     content_type="application/rss+xml")
    added = track_json(db, "add", feed, *FAST)
    assert [(o["url"], o["status"]) for o in added["fetched"]][0] == (feed, "feed")
    listed = track_json(db, "list")["stories"]
    assert [s["kind"] for s in listed] == ["feed", "story", "story"]
    assert [s["versions"] for s in listed[1:]] == [1, 1]

    track(db, "update", "--all", *FAST)
    listed = track_json(db, "list")["stories"]
    assert [s["url"] for s in listed[1:]] == [f"{site.base}/story/{n}" for n in range(3)]
    assert [s["versions"] for s in listed[1:]] == [1, 1, 1]
    assert listed[0]["stories"] == 3 and listed[3]["headline"] == "Story 2"


# --- diff, changes, atom -------------------------------------------------------------------


def _three_versions(site: Site, db: str) -> str:
    third = [*EDITED, "The council will meet again on Friday to discuss a temporary crossing."]
    pages = [PARAGRAPHS, EDITED, third]
    url = site.page("/story", lambda count: story_html(HEADLINE, pages[min(count, 2)]), validators=False)
    track(db, "add", url, *FAST)
    track(db, "update", "--all", *FAST)
    track(db, "update", "--all", *FAST)
    assert len(versions(db, url)) == 3
    return url


def test_diff_of_stored_versions_in_every_format(site: Site, db: str) -> None:
    url = _three_versions(site, db)
    last_two = track(db, "diff", url, "--color", "never", "--width", "100")
    assert last_two.exit_code == 1
    assert "story v2 (" in last_two.output and "story v3 (" in last_two.output  # the header wraps between sources
    assert any(line.startswith("+") and "The council will meet again" in line for line in last_two.output.splitlines())

    first_two = track(db, "diff", url, "1", "2", "--format", "json")
    assert first_two.exit_code == 1
    data = json.loads(first_two.output)
    assert data["schema"] == "articlediff.diff/2"
    assert data["summary"]["edited"] == 2

    same = track(db, "diff", url, "2", "2")
    assert same.exit_code == 0
    assert "# " in track(db, "diff", url, "--format", "markdown").output
    assert "<html" in track(db, "diff", url, "--format", "html").output.lower()
    assert "Quotes" in track(db, "diff", url, "1", "2", "--view", "summary", "--color", "never").output

    timeline = track(db, "diff", url, "1", "2", "3", "--format", "json")
    assert timeline.exit_code == 1
    assert json.loads(timeline.output)["schema"] == "articlediff.history/1"


def test_changes_alerts_on_an_altered_quotation(site: Site, db: str) -> None:
    url = _three_versions(site, db)
    alert = track(db, "changes", "--since", "1h", "--fail-on", "quote-changed")
    assert alert.exit_code == 1, alert.output
    assert "BROKEN quote-changed" in alert.output and "Ana Lopez" in alert.output
    assert "v1 → v3" in alert.output

    calm = track(db, "changes", "--since", "1h", "--fail-on", "byline-changed")
    assert calm.exit_code == 0 and url in calm.output

    data = track_json(db, "changes", "--since", "1h", "--fail-on", "quote-changed")
    assert data["ok"] is False
    [change] = data["changes"]
    assert (change["from_version"], change["to_version"]) == (1, 3)
    assert change["violations"][0]["rule"] == "quote-changed"

    assert track(db, "changes", "--since", "1h", "--fail-on", "no-such-rule").exit_code == 2


def test_min_significance_leaves_out_minor_edits(site: Site, db: str) -> None:
    comma = [PARAGRAPHS[0].replace("for repairs, a decision", "for repairs a decision"), *PARAGRAPHS[1:]]
    url = site.page("/story", changing(after=1, new=comma), validators=False)
    track(db, "add", url, *FAST)
    track(db, "update", "--all", *FAST)
    assert len(versions(db, url)) == 2
    everything = track_json(db, "changes")["changes"]
    assert [c["significance"] for c in everything] == ["minor"]
    assert track_json(db, "changes", "--min-significance", "reworded")["changes"] == []


def test_atom_output_parses_back(site: Site, db: str) -> None:
    import feedparser

    hostile = [*EDITED, "Fish & chips <script>alert('x')</script> cost “£5” \x1b[31m today."]
    url = site.page("/story", changing(after=1, new=hostile), validators=False)
    track(db, "add", url, *FAST)
    track(db, "update", "--all", *FAST)
    result = CliRunner().invoke(main, ["track", "changes", "--format", "atom", "--db", db])
    assert result.exit_code == 0, result.output
    parsed = feedparser.parse(result.stdout_bytes)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "atom10"
    [entry] = parsed.entries
    assert entry.link == url
    assert HEADLINE in entry.title and "v1 → v2" in entry.title
    assert "quotes: changed (Ana Lopez)" in entry.summary
    content = entry.content[0].value
    assert "Fish &amp; chips" in content and "52" in content


# --- storage -------------------------------------------------------------------------------


def test_the_database_is_wal_versioned_and_stores_text_once(site: Site, db: str) -> None:
    one = site.page("/a", story_html(HEADLINE, PARAGRAPHS))
    two = site.page("/b", story_html(HEADLINE, PARAGRAPHS))  # the same page at another address
    track(db, "add", one, two, *FAST)
    with Store.open(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        stats = store.stats()
        assert stats["versions"] == 2
        assert stats["blobs"] == 2  # one article text, one raw page, each stored once
        assert stats["blob_bytes"] < stats["uncompressed_bytes"]


def test_a_newer_schema_is_refused(db: str) -> None:
    Store.open(db).close()
    with sqlite3.connect(db) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer articlediff"):
        Store.open(db)
    result = track(db, "list")
    assert result.exit_code == 2 and "newer articlediff" in result.output


# --- the command line ----------------------------------------------------------------------


def test_bad_input_is_one_line_and_exit_2(site: Site, db: str, tmp_path: Path) -> None:
    missing = str(tmp_path / "none.sqlite3")
    for args, db_path, expected in [
        (["list"], missing, "no tracking database"),
        (["update"], missing, "no tracking database"),
        (["add", "ftp://example.org/x"], db, "not an http or https URL"),
        (["add", "http://127.0.0.1:9/x", "--every", "soon"], db, "not a duration"),
        (["log", "http://127.0.0.1:9/never-added"], db, "is not tracked"),
        (["changes", "--since", "yesterday"], db, "not a duration"),
    ]:
        if args[0] in ("log", "changes"):
            Store.open(db).close()
        result = track(db_path, *args)
        assert result.exit_code == 2, (args, result.output)
        assert expected in result.output
        assert "Traceback" not in result.output


def test_diff_needs_two_versions(site: Site, db: str) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", url, *FAST)
    result = track(db, "diff", url)
    assert result.exit_code == 2 and "nothing to compare yet" in result.output
    assert track(db, "diff", url, "1", "7").exit_code == 2


def test_text_from_pages_reaches_the_terminal_harmless(site: Site, db: str) -> None:
    url = site.page("/story", story_html("Breaking \x1b[2J news [bold]x[/bold]", PARAGRAPHS))
    track(db, "add", url, *FAST)
    listed = track(db, "list").output
    assert "\x1b" not in listed and "[bold]x[/bold]" in listed


def test_importing_the_cli_imports_no_tracking_machinery() -> None:
    code = ("import sys, articlediff.cli; heavy = ('sqlite3', 'feedparser', 'urllib.request',"
            " 'concurrent.futures', 'trafilatura', 'articlediff.cli.track_commands');"
            " print([m for m in heavy if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert out.stdout.strip() == "[]"


def test_parse_duration() -> None:
    assert parse_duration("90s") == 90
    assert parse_duration("1h30m") == 5400
    assert parse_duration("2d") == 172800
    for bad in ("", "soon", "5", "-1h", "0m"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_remove_deletes_the_story_and_its_texts(site: Site, db: str) -> None:
    kept = site.page("/kept", story_html("Kept", PARAGRAPHS))
    gone = site.page("/gone", story_html("Gone", PARAGRAPHS[:5]))
    track(db, "add", kept, gone, *FAST)
    assert track_json(db, "remove", gone) == {"schema": "articlediff.track.remove/1", "removed": [gone]}
    assert [s["url"] for s in track_json(db, "list")["stories"]] == [kept]
    with Store.open(db) as store:
        assert store.stats()["blobs"] == 2  # the kept story's text and page only
    assert track(db, "remove", gone).exit_code == 2


def test_no_progress_bar_in_a_pipe(site: Site, db: str) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", "--no-fetch", url)
    result = CliRunner().invoke(main, ["track", "update", "--db", db, *FAST])
    assert result.exit_code == 0
    assert "fetching" not in result.output and "\x1b" not in result.output
    assert result.output.splitlines() == [f"v1   {url}  {HEADLINE}", "     first version", "checked 1: 1 new version"]


def test_a_feed_that_failed_at_first_is_still_read_as_a_feed(site: Site, db: str) -> None:
    site.page("/story/0", story_html("Story 0", PARAGRAPHS))
    feed = site.page("/feed.xml", feed_xml(site.base, ["/story/0"]), content_type="application/rss+xml",
                     status=lambda count: 503 if count == 0 else 200)
    assert "FAIL" in track(db, "add", feed, *FAST).output
    track(db, "update", "--all", *FAST)
    listed = track_json(db, "list")["stories"]
    assert [(s["kind"], s["url"]) for s in listed] == [("feed", feed), ("story", f"{site.base}/story/0")]


def test_a_story_cut_for_good_is_stored_on_the_third_fetch(site: Site, db: str) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", url, *FAST)
    site.page("/story", story_html(HEADLINE, PARAGRAPHS[:2]))
    assert track(db, "update", "--all", *FAST).exit_code == 2
    assert track(db, "update", "--all", *FAST).exit_code == 2
    assert len(versions(db, url)) == 1
    assert track(db, "update", "--all", *FAST).exit_code == 0
    assert len(versions(db, url)) == 2


@pytest.mark.parametrize("text, last_words, refused", [
    ("404 Not Found\n\nThe requested URL was not found on this server.", None, "error page"),
    ("Page not found\n\nSorry, the page you are looking for does not exist.", 200, "error page"),
    ("Error 503\n\nThe server is busy. Try again later.", None, "error page"),
    ("Body not found in lake\n\nPolice said the search for the missing swimmer would go on.", None, None),
    ("500 jobs cut at the plant\n\nThe company said on Monday it would cut 500 jobs next year.", None, None),
    ("Scores\n\n" + "12-3 45:2 ## ** 7/8 " * 30, None, "garbage"),
    ("Headline\n\n" + "word " * 40, 200, "truncated"),
    ("Headline\n\n" + "word " * 150, 200, None),
])
def test_problem_with(text: str, last_words: int | None, refused: str | None) -> None:
    from articlediff import segment_article
    from articlediff.track.updater import problem_with

    reason = problem_with(segment_article(text), last_words=last_words)
    assert (reason is None) == (refused is None), reason
    if refused:
        assert reason is not None and refused in reason


def test_adding_again_keeps_the_history_and_the_interval(site: Site, db: str) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    assert "(every 30m)" in track(db, "add", url, "--every", "30m", *FAST).output
    again = track(db, "add", url, "--no-fetch")
    assert "already tracked" in again.output and "(every 30m)" in again.output
    assert story(db, url)["interval_seconds"] == 1800
    assert len(versions(db, url)) == 1
    assert "(every 2h)" in track(db, "add", url, "--no-fetch", "--every", "2h").output


def test_an_older_database_is_migrated_and_keeps_its_versions(site: Site, db: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from articlediff.track import store as store_module

    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", url, *FAST)
    extra = "ALTER TABLE stories ADD COLUMN note TEXT; -- a column a later release adds\n"
    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, extra))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(db) as store:
        assert store.schema_version() == SCHEMA_VERSION + 1
        assert store.db.execute("SELECT note FROM stories").fetchall() == [(None,)]
        assert len(store.versions(store.stories()[0].id)) == 1


def test_a_locked_database_is_a_one_line_error(site: Site, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    url = site.page("/story", story_html(HEADLINE, PARAGRAPHS))
    track(db, "add", url, *FAST)
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer holds the database, and will not let go
    # Opened without waiting for a lock, rather than the 30 s a real update waits.
    monkeypatch.setattr(Store, "open", classmethod(
        lambda cls, path, create=True: cls(sqlite3.connect(path, timeout=0, isolation_level=None), Path(path))))
    try:
        result = track(db, "update", "--all", *FAST)
    finally:
        blocker.close()
    assert result.exit_code == 2
    assert "database is locked" in result.output and "Traceback" not in result.output
