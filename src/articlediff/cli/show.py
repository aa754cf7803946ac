"""Printing a result: a diff in any format and view, a timeline; each ends the run with
the result's exit status."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from ..model import Article, ArticleDiff, ExitStatus
from ..pipeline import compare, without_metadata
from .console import make_console
from .options import ShowOptions


def show_diff(articles: Sequence[Article], views: ShowOptions, *, timeline: bool = False,
              commits: Sequence[Any] | None = None) -> NoReturn:
    """Compare the versions and print the diff (a timeline for three or more, or when
    ``timeline`` is asked for, with the commits of versions read from git); exit with
    the result's status."""
    if len(articles) > 2 or timeline:
        show_history(articles, views, commits)
    # Only the JSON document holds the aligned sentences of edited blocks.
    diff = compare(*articles, sentences=views.output_format == "json")
    # --ignore-boilerplate leaves metadata changes out of the view and the exit status;
    # the header still counts every change, as the README says.
    filtered = without_metadata(diff) if views.ignore_boilerplate else diff
    shown = filtered._replace(summary=diff.summary)
    if views.output_format == "json":
        from ..render.jsonout import render_json

        click.echo(render_json(diff, indent=2 if views.pretty else None))
    elif views.output_format == "markdown":
        from ..render.markdown import render_markdown

        click.echo(render_markdown(shown), nl=False)
    elif views.output_format == "html":
        from ..render.html import render_html

        click.echo(render_html(shown), nl=False)
    else:
        print_view(shown, views)
    sys.exit(exit_status(filtered, views))


def exit_status(diff: ArticleDiff, views: ShowOptions) -> ExitStatus:
    """The diff's exit status; with ``--ignore-minor``, 0 when every change left is a
    minor edit (punctuation, typography, a typo) in place, as the view collapses them."""
    if not views.ignore_minor or not diff.changed:
        return diff.return_code
    from ..render.describe import is_change, is_minor_edit

    if all(is_minor_edit(b) for b in diff.rows if is_change(b)):
        return ExitStatus.SAME
    return diff.return_code


def print_view(diff: ArticleDiff, views: ShowOptions) -> None:
    """The text view (inline, side by side or summary), through a pager when asked for
    or when it is taller than the terminal."""
    from ..render.terminal import ViewOptions, render_diff

    console = make_console(views.color, views.width)
    opts = ViewOptions(marks=console.no_color or console.color_system is None, context=views.context,
                       full=views.full, ignore_minor=views.ignore_minor, quotes_only=views.quotes_only)
    crop = True
    if views.view == "side-by-side":
        from ..render.side_by_side import render_side_by_side

        renderable = render_side_by_side(diff, opts)
    elif views.view == "summary":
        from ..render.summary import render_summary

        renderable = render_summary(diff)
    else:
        renderable = render_diff(diff, opts)
        crop = False  # its lines fit the width already (see render_diff)
    print_paged(console, renderable, views, crop=crop)


def print_paged(console: Any, renderable: Any, views: ShowOptions, *, crop: bool = True) -> None:
    """Print on the console, through a pager when asked for or when the output is taller
    than the terminal (never when it is not a terminal)."""
    if views.pager is False or not sys.stdout.isatty():
        console.print(renderable, crop=crop)
        return
    from .pager import page_output

    with console.capture() as capture:
        console.print(renderable, crop=crop)
    page_output(capture.get(), enabled=views.pager)


def show_history(articles: Sequence[Article], views: ShowOptions, commits: Sequence[Any] | None = None) -> NoReturn:
    """Print the timeline of the versions (text or JSON) and exit: 1 if any step changed
    (under --ignore-minor and --ignore-boilerplate, any step with a change they leave).

    Of the diff's options, --quotes, --full, --ignore-minor and --ignore-boilerplate
    apply to each step; --view and -C, which lay out one diff, are refused.
    """
    from ..history import compare_history
    from ..render.history import TimelineOptions, history_to_dict, render_history

    count = len(articles)
    if views.output_format not in ("text", "json"):
        raise click.UsageError(f"a timeline of {count} versions is shown as text or json, not {views.output_format}")
    if views.view != "inline":
        raise click.UsageError(
            f"--view {views.view} lays out a diff of two versions; a timeline of {count} versions has one"
            " view (compare two of them for side by side or a summary)")
    if views.context != ShowOptions().context:
        raise click.UsageError(
            f"-C/--context sets the context of a diff of two versions; a timeline of {count} versions lists"
            " each step's changes (give --full for their whole text)")
    if views.output_format == "json" and (views.quotes_only or views.full):
        raise click.UsageError("--quotes and --full choose what the text view shows; the JSON timeline holds everything")
    options = TimelineOptions(quotes_only=views.quotes_only, full=views.full, ignore_minor=views.ignore_minor,
                              ignore_boilerplate=views.ignore_boilerplate)
    history = compare_history(articles)
    if views.output_format == "json":
        import json

        document = history_to_dict(history, options, commits)
        click.echo(json.dumps(document, ensure_ascii=False, indent=2 if views.pretty else None))
    else:
        print_paged(make_console(views.color, views.width), render_history(history, options, commits), views)
    steps = [without_metadata(step) if views.ignore_boilerplate else step for step in history.steps]
    sys.exit(max((exit_status(step, views) for step in steps), default=ExitStatus.SAME))
