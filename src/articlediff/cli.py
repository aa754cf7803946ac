"""The command line: options → load → compare() → render → exit status. Nothing more."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar

import click

from .errors import ArticleDiffError
from .input.load import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FORMATS, input_warnings, load_article
from .model import Article, ArticleDiff
from .pipeline import compare, without_metadata
from .rules import RULES

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

_Command = TypeVar("_Command", bound=Callable[..., Any])

EXIT_SAME = 0
EXIT_DIFFERENT = 1
EXIT_TROUBLE = 2

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


_MAIN_CALL = "articlediff.main_call"


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from importlib.metadata import version

        click.echo(f"articlediff {version('articlediff')}", color=ctx.color)
        ctx.exit()


class _EnglishHelpCommand(click.Command):
    """A command whose help option is made with its English help text.

    click makes the help option of each command it parses with a help text it looks
    up in the system's message catalogs (click ships no translations): the first
    look-up imports locale and searches the catalog folders, about half a millisecond
    of the main call. The version option (on ``main``) is made the same way.
    """

    _english_help: click.Option | None = None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)
        if not names or not self.add_help_option:
            return None
        if self._english_help is None:  # one object, as click's own ordering of eager options needs
            self._english_help = click.Option(
                names, is_flag=True, expose_value=False, is_eager=True, callback=_show_help,
                help="Show this message and exit.",
            )
        return self._english_help


class _MainCallContext(click.Context):
    """The default command's context: when the user typed ``articlediff OLD NEW``, its
    usage line and hints say ``articlediff``, not ``articlediff diff``."""

    @property
    def command_path(self) -> str:
        if self.parent is not None and self.parent.meta.get(_MAIN_CALL):
            return self.parent.command_path
        return super().command_path


class MainCallCommand(_EnglishHelpCommand):
    context_class = _MainCallContext


class DefaultGroup(_EnglishHelpCommand, click.Group):
    """A group that runs its default command when the first argument names no other
    command, so ``articlediff OLD NEW`` means ``articlediff diff OLD NEW``, like diff(1)."""

    default_command = "diff"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = args[0] if args else None
        if first not in self.commands and first not in ("--version", *ctx.help_option_names):
            args = [self.default_command, *args]
            ctx.meta[_MAIN_CALL] = True
        return super().parse_args(ctx, args)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The main call's own help (usage, options, examples, exit status), then the
        # other commands.
        command = self.commands[self.default_command]
        sub = click.Context(command, info_name=ctx.info_name, help_option_names=ctx.help_option_names)
        command.format_help(sub, formatter)
        others = [(n, c) for n, c in self.commands.items() if n != self.default_command and not c.hidden]
        with formatter.section("Other commands and options"):
            rows = [(n, c.get_short_help_str()) for n, c in others]
            formatter.write_dl([*rows, ("--version", "Show the version and exit.")])


@click.group(cls=DefaultGroup, name="articlediff", context_settings=CONTEXT_SETTINGS)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
def main() -> None:
    """Show how a news story changed between versions."""


class Trouble(click.ClickException):
    """An error the user must fix; unlike click's default it exits with 2, since 1
    means "the versions differ"."""

    exit_code = EXIT_TROUBLE


def input_options(function: _Command) -> _Command:
    """The options every command that reads stories takes."""
    function = click.option(
        "--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT, show_default=True,
        help="Seconds to wait for a URL.",
    )(function)
    function = click.option(
        "--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
        help="How to read the inputs; auto decides from the name, the server, the text.",
    )(function)
    return click.option(
        "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
        help="Refuse inputs larger than this.",
    )(function)


def load_versions(versions: Sequence[str], *, git: bool = False, git_log: str | None = None, max_bytes: int,
                  input_format: str, timeout: float) -> list[Article]:
    """The versions named on the command line, oldest first: files, URLs or ``-``;
    with ``git``, revisions then the path; with ``git_log``, every committed version
    of that path. Warnings about how they were read go to standard error."""
    if git_log is not None and (versions or git):
        raise click.UsageError("--git-log PATH reads every version itself: give no other versions")
    if git and len(versions) < 3:
        raise click.UsageError("--git takes two revisions or more, then the path: --git REV1 REV2 PATH")
    if git_log is None and not git and len(versions) < 2:
        raise click.UsageError("give two versions, OLD and NEW (three or more for a history)")
    if list(versions).count("-") > 1:
        which = "OLD and NEW" if len(versions) == 2 else "the versions"
        raise Trouble(f"only one of {which} can be - (standard input)")
    try:
        if git_log is not None or git:
            from .input.git import load_git_articles

            if git_log is not None:
                articles = load_git_articles(None, git_log, max_bytes=max_bytes)
            else:
                articles = load_git_articles(versions[:-1], versions[-1], max_bytes=max_bytes)
        else:
            articles = [
                load_article(source, max_bytes=max_bytes, input_format=input_format, timeout=timeout)
                for source in versions
            ]
    except ArticleDiffError as exc:
        raise Trouble(str(exc)) from None
    if len(articles) < 2:  # only --git-log can find fewer versions than were asked for
        raise Trouble(f"'{git_log}' has only one committed version: nothing to compare")
    for before, after in zip(articles, articles[1:]):
        for warning in input_warnings(before, after):
            click.echo(f"Warning: {warning}", err=True)
    return articles


def _complete_rules(incomplete: str) -> list[str]:
    """Shell completion of --fail-on: the rule being typed after any commas."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + rule for rule in RULES if rule.startswith(last)]


def _complete_versions(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Shell completion of a version: a file, or, as the first word, another command."""
    from click.shell_completion import CompletionItem

    items = [CompletionItem(incomplete, type="file")]
    if not ctx.params.get("versions") and ctx.parent is not None and isinstance(ctx.parent.command, click.Group):
        group = ctx.parent.command
        items += [CompletionItem(name) for name, command in group.commands.items()
                  if name.startswith(incomplete) and not command.hidden and name != DefaultGroup.default_command]
    return items


@main.command(
    name="diff",
    cls=MainCallCommand,
    context_settings=CONTEXT_SETTINGS,
    epilog="""\b
Examples:
  articlediff v1.txt v2.txt                 what changed, in the terminal
  articlediff v1.txt v2.txt --full          every paragraph, not only the changes
  articlediff v1.txt v2.txt --view side-by-side
  articlediff v1.txt v2.txt -f html > changes.html   a page to share
  articlediff v1.txt v2.txt --format json   the diff as JSON (schema articlediff.diff/1)
  articlediff saved.html https://…/story    a saved page against the live one
  curl -s URL | articlediff old.txt -       the new version from standard input
  articlediff v1.txt v2.txt v3.txt          three versions or more: a timeline
  articlediff --git HEAD~1 HEAD story.txt   two revisions of a file in git
  articlediff --git-log story.txt           every committed version of a file

\b
Exit status:
  0  the versions are the same
  1  the versions differ
  2  trouble: an input could not be read, or a bad option""",
)
# Plain strings, not click.Path: inputs may be URLs, and load.py gives the errors.
@click.argument("versions", nargs=-1, metavar="OLD NEW [NEWER]...", shell_complete=_complete_versions)
@click.option(
    "--format", "-f", "output_format", type=click.Choice(["text", "json", "markdown", "html"]), default="text",
    show_default=True,
    help="text for the terminal, json for programs, markdown for PR comments, html for a page to share.",
)
@click.option(
    "--view", type=click.Choice(["inline", "side-by-side", "summary"]), default="inline", show_default=True,
    help="The text view: the new version with changes marked, old and new in columns, or a summary.",
)
@click.option(
    "--color", "--colour", "color", type=click.Choice(["auto", "always", "never"]), default="auto",
    show_default=True, help="Colour the text view; auto honours NO_COLOR and FORCE_COLOR.",
)
@click.option("--width", type=click.IntRange(min=20), help="Wrap the text view at N columns.")
@click.option(
    "--context", "-C", type=click.IntRange(min=0), default=1, show_default=True,
    help="Unchanged paragraphs shown (on one line) around each change.",
)
@click.option("--full", is_flag=True, help="Show every paragraph in full.")
@click.option("--pretty", is_flag=True, help="Indent the JSON for people to read.")
@click.option("--quotes", "quotes_only", is_flag=True, help="Show only the quotations that changed.")
@click.option("--ignore-minor", is_flag=True, help="Collapse minor edits (punctuation, typography, typos).")
@click.option(
    "--ignore-boilerplate", is_flag=True,
    help="Leave byline, dateline and boilerplate changes out of the view and the exit status.",
)
@click.option("--pager/--no-pager", "pager", default=None,
              help="Page long text output through $PAGER (default: when it is taller than the terminal).")
@click.option("--git", "git", is_flag=True,
              help="The versions are revisions of a file in this git repository: --git REV1 REV2 PATH.")
@click.option("--git-log", "git_log", metavar="PATH",
              help="Every committed version of PATH in this git repository, as a timeline.")
@input_options
def diff_command(
    versions: tuple[str, ...], output_format: str, view: str, color: str, width: int | None, context: int,
    full: bool, pretty: bool, quotes_only: bool, ignore_minor: bool, ignore_boilerplate: bool, pager: bool | None,
    git: bool, git_log: str | None, max_bytes: int, input_format: str, timeout: float,
) -> NoReturn:
    """Show how a news story changed between two versions, OLD and NEW.

    Each is a text, Markdown or HTML file, a URL, or - for standard input.
    Paragraphs are aligned on meaning (edited, added, removed, moved, split, merged)
    and each edited one is diffed word by word. Given three versions or more, it
    shows their timeline (see the history command).
    """
    articles = load_versions(versions, git=git, git_log=git_log, max_bytes=max_bytes,
                             input_format=input_format, timeout=timeout)
    if len(articles) > 2 or git_log is not None:
        show_history(articles, output_format=output_format, color=color, width=width, pretty=pretty)
    diff = compare(*articles)

    shown = without_metadata(diff) if ignore_boilerplate else diff
    if output_format == "json":
        from .render.jsonout import render_json

        click.echo(render_json(diff, indent=2 if pretty else None))
    elif output_format == "markdown":
        from .render.markdown import render_markdown

        click.echo(render_markdown(shown), nl=False)
    elif output_format == "html":
        from .render.html import render_html

        click.echo(render_html(shown), nl=False)
    else:
        _print_view(shown, view=view, color=color, width=width, pager=pager,
                    options={"context": context, "full": full, "ignore_minor": ignore_minor, "quotes_only": quotes_only})
    sys.exit(EXIT_DIFFERENT if shown.changed else EXIT_SAME)


def _print_view(diff: ArticleDiff, *, view: str, color: str, width: int | None, pager: bool | None,
                options: dict[str, object]) -> None:
    from .render.terminal import ViewOptions, render_diff

    console = _console(color, width)
    marks = console.no_color or console.color_system is None
    opts = ViewOptions(marks=marks, **options)  # type: ignore[arg-type]
    crop = True
    if view == "side-by-side":
        from .render.side_by_side import render_side_by_side

        renderable = render_side_by_side(diff, opts)
    elif view == "summary":
        from .render.summary import render_summary

        renderable = render_summary(diff)
    else:
        renderable = render_diff(diff, opts)
        crop = False  # its lines fit the width already (see render_diff)
    if pager is False or not sys.stdout.isatty():
        console.print(renderable, crop=crop)
        return
    from .pager import page_output

    with console.capture() as capture:
        console.print(renderable, crop=crop)
    page_output(capture.get(), enabled=pager)


@main.command(
    name="check",
    context_settings=CONTEXT_SETTINGS,
    epilog="""\b
Rules:
""" + "\n".join(f"  {name:<19} {meaning}" for name, meaning in RULES.items()) + """

\b
Examples:
  articlediff check v1.txt v2.txt --fail-on quote-changed,quote-removed
  articlediff check v1.txt v2.txt --fail-on any --max-changed-words 200 --format github

\b
Exit status:
  0  no rule broken
  1  a rule broken (the violations are listed)
  2  trouble: an input could not be read, or a bad option""",
)
# Plain strings, not click.Path: inputs may be URLs, and load.py gives the errors.
@click.argument("old")
@click.argument("new")
@click.option("--fail-on", "fail_on", multiple=True, metavar="RULES",
              help="Rules to enforce, comma-separated or repeated (see below).",
              shell_complete=lambda ctx, param, incomplete: _complete_rules(incomplete))
@click.option("--max-changed-words", type=click.IntRange(min=0), help="Fail when more words than this changed.")
@click.option(
    "--format", "-f", "output_format", type=click.Choice(["text", "json", "github"]), default="text",
    show_default=True, help="github prints GitHub Actions annotations on lines of NEW.",
)
@input_options
def check_command(
    old: str, new: str, fail_on: tuple[str, ...], max_changed_words: int | None, output_format: str,
    max_bytes: int, input_format: str, timeout: float,
) -> NoReturn:
    """Check NEW against OLD with policies a CI job can rely on."""
    from .check import check, parse_rules
    from .render.check import check_json, check_text, github_annotations

    try:
        rules = parse_rules(fail_on)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fail-on") from None
    if not rules and max_changed_words is None:
        raise click.UsageError("say what to check: --fail-on RULES and/or --max-changed-words N")
    articles = load_versions((old, new), max_bytes=max_bytes, input_format=input_format, timeout=timeout)
    result = check(compare(*articles, sentences=False), rules, max_changed_words=max_changed_words)
    if output_format == "json":
        click.echo(check_json(result), nl=False)
    elif output_format == "github":
        click.echo(github_annotations(result, new), nl=False)
    else:
        click.echo(check_text(result, new), nl=False)
    sys.exit(result.return_code)


def _console(color: str, width: int | None):  # type: ignore[no-untyped-def]
    from rich.console import Console

    from .render.terminal import THEME

    kwargs: dict[str, object] = {}
    if color == "always":
        kwargs.update(force_terminal=True, no_color=False)
        if not os.environ.get("TERM") and not os.environ.get("COLORTERM"):
            kwargs["color_system"] = "standard"
    elif color == "never":
        kwargs.update(no_color=True, color_system=None)
    return Console(
        theme=THEME, width=width, markup=False, emoji=False, highlight=False,
        soft_wrap=False, **kwargs,  # type: ignore[arg-type]
    )


def run() -> None:
    """Entry point: run the command, keeping tracebacks from the user."""
    try:
        main(prog_name="articlediff")
    except BrokenPipeError:
        # The reader (head, a pager) went away: not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_TROUBLE)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: say so in one line, never a traceback
        click.echo(f"Error: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(EXIT_TROUBLE)


@main.command(name="history", context_settings=CONTEXT_SETTINGS)
@click.argument("versions", nargs=-1)
@click.option("--git", "git", is_flag=True,
              help="The versions are revisions of a file in this git repository: --git REV1 REV2 ... PATH.")
@click.option("--git-log", "git_log", metavar="PATH", help="Every committed version of PATH in this git repository.")
@click.option("--format", "-f", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--color", "--colour", "color", type=click.Choice(["auto", "always", "never"]), default="auto")
@click.option("--width", type=click.IntRange(min=20))
@click.option("--pretty", is_flag=True, help="Indent the JSON for people to read.")
@input_options
def history_command(versions: tuple[str, ...], git: bool, git_log: str | None, output_format: str, color: str,
                    width: int | None, pretty: bool, max_bytes: int, input_format: str, timeout: float) -> NoReturn:
    """A timeline over two or more VERSIONS (oldest first), or a file's git history:
    per step a summary, per paragraph the version it first appeared in, per quote
    when it appeared, changed and disappeared."""
    articles = load_versions(versions, git=git, git_log=git_log, max_bytes=max_bytes,
                             input_format=input_format, timeout=timeout)
    show_history(articles, output_format=output_format, color=color, width=width, pretty=pretty)


def show_history(articles: Sequence[Article], *, output_format: str, color: str, width: int | None,
                 pretty: bool) -> NoReturn:
    """Print the timeline of the versions (text or JSON) and exit: 1 if any step changed."""
    from .history import compare_history
    from .render.history import history_to_dict, render_history

    if output_format not in ("text", "json"):
        raise click.UsageError(f"a timeline of {len(articles)} versions is shown as text or json, not {output_format}")
    history = compare_history(articles)
    if output_format == "json":
        import json

        click.echo(json.dumps(history_to_dict(history), ensure_ascii=False, indent=2 if pretty else None))
    else:
        _console(color, width).print(render_history(history))
    sys.exit(history.return_code)


@main.command(name="git-external", hidden=True, context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def git_external_command(args: tuple[str, ...]) -> NoReturn:
    """For git's diff.external: git passes 7 arguments; exit 0 or git stops."""
    from .input.git import git_external_diff

    try:
        old, new, display = git_external_diff(args)
        diff = compare(load_article(old)._replace(source=f"a/{display}"), load_article(new)._replace(source=f"b/{display}"))
    except ArticleDiffError as exc:
        raise Trouble(str(exc)) from None
    from .render.terminal import ViewOptions, render_diff

    console = _console("auto", None)
    console.print(render_diff(diff, ViewOptions(marks=console.no_color or console.color_system is None)))
    sys.exit(EXIT_SAME)


@main.command(
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
def batch_command(pairs: TextIO, jobs: int, engine: str, scheduler: str | None) -> None:
    """Compare many pairs: PAIRS is JSON Lines, each {"id", "old", "new"} (paths or URLs)
    or {"id", "old_text", "new_text"}; one JSON summary per line is written, an error
    record for a bad pair."""
    import gc
    import json

    from .batch import BatchReport, read_pairs, run_batch, run_batch_dask
    from .render.batch import pair_record, with_progress

    gc.enable()  # off for short runs (see __main__.py); a batch may run for hours

    records = read_pairs(pairs)
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
    if report.failed:
        # Every record is written first: a bad pair never stops the batch.
        raise Trouble(f"{report.failed} of {report.total} pairs could not be compared (see their records)")


from .track.group import track as _track  # noqa: E402  (its commands are loaded when one runs)

main.add_command(_track)
