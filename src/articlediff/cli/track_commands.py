"""The commands of ``articlediff track``: keep every version of the stories you follow.

Imported only when a track command runs (see group.py); the database, the fetcher,
feedparser and the comparison stack are imported by the commands that use them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from ..model import ExitStatus
from .base import Trouble
from .options import ShowOptions, view_options

if TYPE_CHECKING:
    from ..track.store import Store, Story, Version
    from ..track.updater import Outcome

_Command = TypeVar("_Command", bound=Callable[..., Any])

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DEFAULT_INTERVAL = "1h"


def _db_option(function: _Command) -> _Command:
    return click.option(
        "--db", "db", metavar="PATH", envvar="ARTICLEDIFF_DB", show_envvar=True,
        help="The tracking database (default: $XDG_DATA_HOME/articlediff/track.sqlite3,"
             " or ~/.local/share/articlediff/track.sqlite3).",
    )(function)


def _format_option(*choices: str) -> Callable[[_Command], _Command]:
    meaning = {"text": "text for people", "json": "json for programs", "atom": "atom for a feed reader"}
    return click.option("--format", "-f", "output_format", type=click.Choice(choices), default=choices[0],
                        show_default=True, help=", ".join(meaning[c] for c in choices) + ".")


def _fetch_options(function: _Command) -> _Command:
    for decorator in reversed((
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
                     help="Seconds to wait for a server (each attempt)."),
        click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
                     help="Further attempts after a timeout, a connection error, HTTP 429 or 5xx."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=8, show_default=True,
                     help="Fetches at once, in all."),
        click.option("--per-host", type=click.IntRange(min=1), default=2, show_default=True,
                     help="Fetches at once to one host."),
        click.option("--ignore-robots", is_flag=True, help="Fetch pages robots.txt disallows (your own site, say)."),
    )):
        function = decorator(function)
    return function


def _open_store(db: str | None, *, create: bool) -> Store:
    from ..track.store import Store, StoreError, default_db_path

    try:
        return Store.open(db or default_db_path(), create=create)
    except StoreError as exc:
        raise Trouble(str(exc)) from None


def _fetch_settings(timeout: float, retries: int, jobs: int, per_host: int, ignore_robots: bool) -> Any:
    from ..track.fetcher import FetchOptions

    return FetchOptions(timeout=timeout, retries=retries, workers=jobs, per_host=per_host, robots=not ignore_robots)


def _interval(value: str) -> float:
    from ..track.changes import parse_duration

    try:
        return parse_duration(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _duration(seconds: float) -> str:
    """``1h``, ``30m``, ``1h30m``, ``45s``."""
    out, left = "", int(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if left >= size:
            out += f"{left // size}{unit}"
            left %= size
    return out or "0s"


def _when(seconds: float | None) -> str:
    """``2026-12-03 23:40 UTC``."""
    if seconds is None:
        return "never"
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _iso(seconds: float | None) -> str | None:
    from ..track.changes import iso_time

    return iso_time(seconds) if seconds is not None else None


def _shown(text: str | None) -> str:
    """Text from a page, safe for a terminal: control characters made visible."""
    from ..text.words import make_visible

    return make_visible(" ".join((text or "").split()))


def _echo_json(value: object) -> None:
    import json

    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _find(store: Store, url: str) -> Story:
    story = store.find(url)
    if story is None:
        raise Trouble(f"{url} is not tracked (see articlediff track list)")
    return story


def _story_dict(story: Story) -> dict[str, Any]:
    return {
        "url": story.url,
        "kind": story.kind,
        "headline": story.headline,
        "versions": story.versions if story.kind != "feed" else 0,
        "stories": story.versions if story.kind == "feed" else None,
        "last_change": _iso(story.last_change),
        "last_checked": _iso(story.last_checked),
        "next_due": _iso(story.next_due),
        "interval_seconds": story.interval,
        "last_error": story.last_error,
        "last_error_at": _iso(story.last_error_at),
        "failures_in_a_row": story.failures,
    }


def _outcome_dict(outcome: Outcome) -> dict[str, Any]:
    return {"url": outcome.url, "status": outcome.status, "detail": outcome.detail or None,
            "version": outcome.version, "headline": outcome.headline, "found": list(outcome.found)}


@click.command(name="add", context_settings=CONTEXT_SETTINGS)
@click.argument("urls", nargs=-1, required=True, metavar="URL|FEED...")
@click.option("--every", "every", metavar="DURATION",
              help=f"How often to fetch it: 30m, 1h, 1d... [default: {DEFAULT_INTERVAL}; a URL tracked already"
                   " keeps its own]")
@click.option("--as", "kind", type=click.Choice(["auto", "story", "feed"]), default="auto", show_default=True,
              help="What the URL is; auto decides from its first fetch.")
@click.option("--no-fetch", is_flag=True, help="Only record the URLs; the next update fetches them.")
@_fetch_options
@_format_option("text", "json")
@_db_option
def add_command(urls: tuple[str, ...], every: str | None, kind: str, no_fetch: bool, timeout: float, retries: int,
                jobs: int, per_host: int, ignore_robots: bool, output_format: str, db: str | None) -> None:
    """Track story pages, or RSS/Atom feeds whose entries become tracked stories.

    Each URL is fetched at once (unless --no-fetch): a story's first version is
    stored, a feed's stories are added and fetched.
    """
    interval = _interval(every or DEFAULT_INTERVAL)
    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise Trouble(f"'{url}' is not an http or https URL")
    import time

    store = _open_store(db, create=True)
    with store:
        now = time.time()
        added = []
        for url in urls:
            story, created = store.add_story(url, kind=kind, interval=interval, now=now,
                                             keep_interval=every is None)
            added.append((story, created))
        outcomes: list[Outcome] = []
        if not no_fetch:
            from ..render.track import summarize_change
            from ..track.updater import Updater

            updater = Updater(store, options=_fetch_settings(timeout, retries, jobs, per_host, ignore_robots),
                              summarize=summarize_change)
            report = updater.update([store.get(s.id) for s, _ in added])
            outcomes = report.outcomes
        if output_format == "json":
            _echo_json({
                "schema": "articlediff.track.add/1",
                "added": [{"url": s.url, "new": created} for s, created in added],
                "fetched": [_outcome_dict(o) for o in outcomes],
            })
            return
        for story, created in added:
            click.echo(f"{'tracking' if created else 'already tracked'}  {story.url}  (every {_duration(story.interval)})")
        _print_outcomes(outcomes, quiet=False)


@click.command(name="update", context_settings=CONTEXT_SETTINGS)
@click.option("--all", "everything", is_flag=True, help="Fetch every story, due or not.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on standard error (default: when it is a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Print only new versions and failures, without the totals.")
@click.option("--no-raw", is_flag=True, help="Do not keep the raw pages, only the articles (a smaller database).")
@_fetch_options
@_format_option("text", "json")
@_db_option
def update_command(everything: bool, progress: bool | None, quiet: bool, no_raw: bool, timeout: float, retries: int,
                   jobs: int, per_host: int, ignore_robots: bool, output_format: str, db: str | None) -> None:
    """Fetch every tracked story that is due; store a version when its article changed.

    A fetch that fails, or gives an error page, garbage, or an empty or truncated
    article, never replaces the last good version: the failure is recorded (see
    track list). Exit status 0, or 2 when a fetch failed.
    """
    import time

    from ..render.track import summarize_change
    from ..track.updater import Updater

    store = _open_store(db, create=False)
    with store:
        due = store.due(time.time(), everything=everything)
        updater = Updater(store, options=_fetch_settings(timeout, retries, jobs, per_host, ignore_robots),
                          summarize=summarize_change)
        show = sys.stderr.isatty() if progress is None else progress
        report = _with_progress(lambda tick: updater.update(due, progress=tick, keep_raw=not no_raw),
                                total=len(due), show=show and bool(due))
    if output_format == "json":
        _echo_json({
            "schema": "articlediff.track.update/1",
            "outcomes": [_outcome_dict(o) for o in report.outcomes],
            "fetch_seconds": round(report.fetch_seconds, 3),
            "process_seconds": round(report.process_seconds, 3),
        })
    else:
        _print_outcomes(report.outcomes, quiet=quiet)
        if not quiet:
            counts: dict[str, int] = {}
            for o in report.outcomes:
                counts[o.status] = counts.get(o.status, 0) + 1
            order = ("new", "same", "not-modified", "feed", "failed")
            names = {"new": "new version" + ("s" if counts.get("new", 0) != 1 else ""), "same": "unchanged", "not-modified": "not modified", "feed": "feeds read",
                     "failed": "failed"}
            parts = [f"{counts[k]} {names[k]}" for k in order if counts.get(k)]
            click.echo(f"checked {len(report.outcomes)}" + (": " + ", ".join(parts) if parts else ""))
    if report.failed:
        failed = len(report.failed)
        click.echo(f"Error: {failed} of {len(report.outcomes)} fetches failed; the last good versions are kept"
                   " (see articlediff track list)", err=True)
        sys.exit(ExitStatus.TROUBLE)


def _with_progress(run: Callable[[Callable[[int, int], None]], Any], *, total: int, show: bool) -> Any:
    """Run ``run(tick)``, with a progress bar on standard error when ``show``."""
    if not show:
        return run(lambda done, total: None)
    from .console import progress_bar

    with progress_bar("fetching", total, elapsed=True) as update:
        return run(update)


def _print_outcomes(outcomes: Sequence[Outcome], *, quiet: bool) -> None:
    for o in outcomes:
        if o.status == "new":
            click.echo(f"v{o.version:<3} {o.url}  {_shown(o.headline)}")
            click.echo(f"     {o.detail}")
        elif o.status == "failed":
            click.echo(f"FAIL {o.url}  {_shown(o.detail)}")
        elif o.status == "feed" and not quiet:
            click.echo(f"feed {o.url}  {o.detail}")


@click.command(name="list", context_settings=CONTEXT_SETTINGS)
@_format_option("text", "json")
@_db_option
def list_command(output_format: str, db: str | None) -> None:
    """Each tracked story with its headline, number of versions and last change, and
    the last fetch's failure if it failed."""
    with _open_store(db, create=False) as store:
        stories = store.stories()
    if output_format == "json":
        _echo_json({"schema": "articlediff.track.list/1", "stories": [_story_dict(s) for s in stories]})
        return
    if not stories:
        click.echo("no stories tracked: add one with articlediff track add URL")
        return
    for s in stories:
        if s.kind == "feed":
            click.echo(f"feed    {s.url}  ({s.versions} stor{'y' if s.versions == 1 else 'ies'})")
        else:
            versions = f"{s.versions} version{'s' if s.versions != 1 else ''}"
            click.echo(f"{versions:<12} last change {_when(s.last_change)}  {s.url}")
            click.echo(f"             {_shown(s.headline) if s.headline else '(no version yet)'}")
        if s.last_error:
            click.echo(f"             FAILED {_when(s.last_error_at)}"
                       f"{f' ({s.failures} times in a row)' if s.failures > 1 else ''}: {_shown(s.last_error)}")


@click.command(name="log", context_settings=CONTEXT_SETTINGS)
@click.argument("url")
@_format_option("text", "json")
@_db_option
def log_command(url: str, output_format: str, db: str | None) -> None:
    """The versions of the story at URL, with their times and a one-line summary of
    each change: counts, quotation changes, facts, how much it matters."""
    with _open_store(db, create=False) as store:
        story = _find(store, url)
        versions = store.versions(story.id)
        failures = store.failures(story.id)
    if output_format == "json":
        _echo_json({
            "schema": "articlediff.track.log/1",
            "story": _story_dict(story),
            "versions": [{"version": v.number, "fetched_at": _iso(v.fetched_at), "final_url": v.final_url,
                          "headline": v.headline, "words": v.words, "change": v.summary} for v in versions],
            "failures": [{"at": _iso(f.at), "reason": f.reason} for f in failures],
        })
        return
    click.echo(f"{story.url}  ({len(versions)} version{'s' if len(versions) != 1 else ''})")
    for v in versions:
        click.echo(f"v{v.number:<3} {_when(v.fetched_at)}  {_shown(v.headline)}")
        if v.number == 1:
            click.echo(f"     first version, {v.words} words")
        elif v.summary is not None:
            click.echo(f"     {_shown(v.summary['line'])}")
            for q in v.summary.get("quotes", []):
                if q["kind"] == "quote":
                    who = f" ({_shown(q['speaker'])})" if q.get("speaker") else ""
                    click.echo(f"       quote {q['change']}{who}: “{_shown(q['text'])}”")
        if v.final_url != story.url:
            click.echo(f"     from {v.final_url}")
    if failures:
        last = failures[-1]
        click.echo(f"{len(failures)} failed fetch{'es' if len(failures) != 1 else ''};"
                   f" the last {_when(last.at)}: {_shown(last.reason)}")


@click.command(name="diff", context_settings=CONTEXT_SETTINGS)
@click.argument("url")
@click.argument("numbers", nargs=-1, type=click.IntRange(min=1), metavar="[A B]...")
@_db_option
@view_options
def diff_command(url: str, numbers: tuple[int, ...], db: str | None, views: ShowOptions) -> NoReturn:
    """Two stored versions of the story at URL, A and B (numbers from track log; the
    last two by default), in any of the diff command's views and formats. Three
    version numbers or more show their timeline.

    Exit status: 0 the versions are the same, 1 they differ, 2 trouble.
    """
    from ..errors import ArticleDiffError
    from .show import show_diff

    with _open_store(db, create=False) as store:
        story = _find(store, url)
        versions = store.versions(story.id)
        chosen = _choose(versions, numbers)
        try:
            articles = [_load_version(store, story, v) for v in chosen]
        except ArticleDiffError as exc:
            raise Trouble(str(exc)) from None
    show_diff(articles, views)


def _choose(versions: Sequence[Version], numbers: Sequence[int]) -> list[Version]:
    if len(versions) < 2:
        raise Trouble(f"only {len(versions)} version{'s' if len(versions) != 1 else ''} stored:"
                           " nothing to compare yet")
    if not numbers:
        return list(versions[-2:])
    for n in numbers:
        if n > len(versions):
            raise Trouble(f"there is no version {n}: the story has {len(versions)} (see track log)")
    if len(numbers) == 1:
        return [versions[numbers[0] - 1], versions[-1]]
    return [versions[n - 1] for n in numbers]


def _load_version(store: Store, story: Story, version: Version) -> Any:
    from ..track.updater import stored_article

    return stored_article(store.blob(version.text_hash),
                          source=f"{story.url} v{version.number} ({_when(version.fetched_at)})")


@click.command(name="changes", context_settings=CONTEXT_SETTINGS, epilog="""\b
Examples:
  articlediff track changes --since 24h
  articlediff track changes --since 1h --fail-on quote-changed,quote-removed
  articlediff track changes --since 7d --min-significance substantive --format atom > changes.xml

\b
Exit status:
  0  no rule broken (or no --fail-on given)
  1  a rule broken in a story that changed (the violations are listed)
  2  trouble: no database, a bad option""")
@click.option("--since", default="24h", show_default=True, metavar="DURATION",
              help="The window: versions stored in the last 90m, 24h, 7d...")
@click.option("--min-significance", type=click.Choice(["minor", "reworded", "substantive"]), default="minor",
              show_default=True, help="Leave out changes that matter less than this.")
@click.option("--fail-on", "fail_on", multiple=True, metavar="RULES",
              help="The check command's rules (comma-separated or repeated): exit 1 when a change breaks one.")
@click.option("--max-changed-words", type=click.IntRange(min=0), help="Fail when more words than this changed.")
@click.option("--title", default="articlediff: tracked stories that changed", show_default=True,
              help="The Atom feed's title.")
@_format_option("text", "json", "atom")
@_db_option
def changes_command(since: str, min_significance: str, fail_on: tuple[str, ...], max_changed_words: int | None,
                    title: str, output_format: str, db: str | None) -> NoReturn:
    """Every story that changed in the window, with what changed: from the last
    version before the window to the latest. With --fail-on, an alert for cron or CI;
    with --format atom, a feed of the changes, each entry carrying its diff."""
    import time

    from ..check import parse_rules
    from ..render.track import change_to_dict, summarize_diff
    from ..track.changes import changes_since

    window = _interval(since)
    try:
        rules = parse_rules(fail_on)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fail-on") from None
    now = time.time()
    with _open_store(db, create=False) as store:
        changes = changes_since(store, now - window, min_significance=min_significance, rules=rules,
                                max_changed_words=max_changed_words)
        path = str(store.path.resolve())
    broken = any(c.violations for c in changes)
    if output_format == "atom":
        from urllib.parse import quote

        from ..render.track import atom_feed

        feed_id = f"urn:articlediff:track:{quote(path)}"
        sys.stdout.buffer.write(atom_feed(changes, title=title, feed_id=feed_id, now=now))
        sys.stdout.flush()
    elif output_format == "json":
        _echo_json({
            "schema": "articlediff.track.changes/1",
            "since": _iso(now - window),
            "rules": rules,
            "ok": not broken,
            "changes": [change_to_dict(c) for c in changes],
        })
    else:
        if not changes:
            click.echo(f"no story changed since {_when(now - window)}")
        for c in changes:
            click.echo(f"{_shown(c.new.headline)}")
            click.echo(f"  {c.story.url}  v{c.old.number} → v{c.new.number}  {_when(c.new.fetched_at)}")
            click.echo(f"  {_shown(summarize_diff(c.diff)['line'])}")
            for v in c.violations:
                click.echo(f"  BROKEN {v.rule}: {_shown(v.message)}")
    sys.exit(ExitStatus.DIFFERENT if broken else ExitStatus.SAME)


@click.command(name="remove", context_settings=CONTEXT_SETTINGS)
@click.argument("urls", nargs=-1, required=True)
@_format_option("text", "json")
@_db_option
def remove_command(urls: tuple[str, ...], output_format: str, db: str | None) -> None:
    """Stop tracking stories (or feeds); their stored versions are deleted."""
    with _open_store(db, create=False) as store:
        stories = [_find(store, url) for url in urls]  # every URL checked before any is removed
        for story in stories:
            store.remove(story.id)
    if output_format == "json":
        _echo_json({"schema": "articlediff.track.remove/1", "removed": [s.url for s in stories]})
        return
    for story in stories:
        click.echo(f"removed {story.url}  ({story.versions} version{'s' if story.versions != 1 else ''})")


#: The commands of ``articlediff track``, by name (see group.py, which loads them).
COMMANDS: dict[str, click.Command] = {
    command.name: command  # type: ignore[misc]
    for command in (add_command, update_command, list_command, log_command, diff_command, changes_command,
                    remove_command)
}
