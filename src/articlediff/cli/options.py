"""Options several commands share, each bundle given to the command as one typed
record: where the stories come from (InputOptions) and how a diff is shown
(ShowOptions); and reading the versions a command names."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import click

from ..errors import ArticleDiffError
from ..input.load import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FORMATS, input_warnings, load_article
from ..model import Article
from ..rules import RULES
from ..segment import SegmentCache
from .base import DefaultGroup, Trouble

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

_Command = TypeVar("_Command", bound=Callable[..., Any])


class InputOptions(NamedTuple):
    """How to read the stories a command names."""

    max_bytes: int = DEFAULT_MAX_BYTES
    input_format: str = "auto"
    timeout: float = DEFAULT_TIMEOUT
    allow_empty: bool = False
    """An empty or blank version is intended (a story written from nothing, or taken
    down): compare it rather than stop."""


class ShowOptions(NamedTuple):
    """How a diff is shown: its format, and for the text formats, its view."""

    output_format: str = "text"
    view: str = "inline"
    color: str = "auto"
    width: int | None = None
    context: int = 1
    full: bool = False
    pretty: bool = False
    quotes_only: bool = False
    ignore_minor: bool = False
    ignore_boilerplate: bool = False
    pager: bool | None = None


def _bundled(name: str, record: Any, options: Sequence[Callable[[Any], Any]]) -> Callable[[_Command], _Command]:
    """A decorator that adds ``options`` to a command and hands their values to it as
    one ``record`` in the keyword argument ``name``."""
    fields = record._fields

    def decorate(function: _Command) -> _Command:
        @functools.wraps(function)
        def command(*args: Any, **kwargs: Any) -> Any:
            kwargs[name] = record(**{field: kwargs.pop(field) for field in fields})
            return function(*args, **kwargs)

        wrapped: Any = command
        for option in reversed(options):
            wrapped = option(wrapped)
        return wrapped  # type: ignore[no-any-return]

    return decorate


input_options = _bundled("inputs", InputOptions, (
    click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                 help="Refuse inputs larger than this."),
    click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
                 help="How to read the inputs; auto decides from the name, the server, the text."),
    click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
                 show_default=True, help="Seconds to wait for a URL."),
    click.option("--allow-empty", is_flag=True,
                 help="Compare an empty or blank version (else it is trouble, exit 2: a failed download looks like it)."),
))
"""--max-bytes, --input-format, --timeout, --allow-empty → ``inputs: InputOptions``."""

view_options = _bundled("views", ShowOptions, (
    click.option(
        "--format", "-f", "output_format", type=click.Choice(["text", "json", "markdown", "html"]), default="text",
        show_default=True,
        help="text for the terminal, json for programs, markdown for PR comments, html for a page to share.",
    ),
    click.option(
        "--view", type=click.Choice(["inline", "side-by-side", "summary"]), default="inline", show_default=True,
        help="The text view: the new version with changes marked, old and new in columns, or a summary.",
    ),
    click.option(
        "--color", "--colour", "color", type=click.Choice(["auto", "always", "never"]), default="auto",
        show_default=True, help="Colour the text view; auto honours NO_COLOR and FORCE_COLOR.",
    ),
    click.option("--width", type=click.IntRange(min=20), help="Wrap the text view at N columns."),
    click.option(
        "--context", "-C", type=click.IntRange(min=0), default=1, show_default=True,
        help="Unchanged paragraphs shown (on one line) around each change.",
    ),
    click.option("--full", is_flag=True, help="Show every paragraph in full."),
    click.option("--pretty", is_flag=True, help="Indent the JSON for people to read."),
    click.option("--quotes", "quotes_only", is_flag=True, help="Show only the quotations that changed."),
    click.option("--ignore-minor", is_flag=True,
                 help="Collapse minor edits (punctuation, typography, typos); exit 0 when only they changed."),
    click.option(
        "--ignore-boilerplate", is_flag=True,
        help="Leave byline, dateline and boilerplate changes out of the view and the exit status.",
    ),
    click.option("--pager/--no-pager", "pager", default=None,
                 help="Page long text output through $PAGER (default: when it is taller than the terminal)."),
))
"""--format, --view, --color, --width, -C, --full, --pretty, --quotes, --ignore-minor,
--ignore-boilerplate, --pager → ``views: ShowOptions``."""


def load_versions(versions: Sequence[str], inputs: InputOptions, *, git: bool = False,
                  git_log: str | None = None) -> list[Article]:
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
            from ..input.git import load_git_articles

            if git_log is not None:
                articles = load_git_articles(None, git_log, max_bytes=inputs.max_bytes,
                                             input_format=inputs.input_format)
            else:
                articles = load_git_articles(versions[:-1], versions[-1], max_bytes=inputs.max_bytes,
                                             input_format=inputs.input_format)
        else:
            segmented = SegmentCache()  # the versions share most paragraphs: each is segmented once
            articles = [
                load_article(source, max_bytes=inputs.max_bytes, input_format=inputs.input_format,
                             timeout=inputs.timeout, cache=segmented)
                for source in versions
            ]
    except ArticleDiffError as exc:
        raise Trouble(str(exc)) from None
    if len(articles) < 2:  # only --git-log can find fewer versions than were asked for
        raise Trouble(f"'{git_log}' has only one committed version: nothing to compare")
    check_empty(articles, allow=inputs.allow_empty)
    for before, after in zip(articles, articles[1:]):
        for warning in input_warnings(before, after):
            click.echo(f"Warning: {warning}", err=True)
    return articles


def git_commits(articles: Sequence[Article], *, git: bool, git_log: str | None) -> list[Any] | None:
    """For versions read from git, the commit of each (its date and subject, for the
    timeline); None otherwise."""
    if not git and git_log is None:
        return None
    from ..input.git import commit_of

    try:
        return [commit_of(article) for article in articles]
    except ArticleDiffError as exc:
        raise Trouble(str(exc)) from None


def check_empty(articles: Sequence[Article], *, allow: bool) -> None:
    """Stop (exit 2) at an empty or blank version, naming it, unless the user said it is
    intended: a failed download, a wrong path or an empty pipe reads as empty, and a
    diff against it would report every paragraph removed, which a CI job would take for
    "the story was deleted"."""
    for article in articles:
        if article.paragraphs:
            continue
        name = "standard input" if article.source == "-" else f"'{article.source}'"
        what = "has no article text" if article.format == "html" else "is empty or blank"
        if not allow:
            raise Trouble(
                f"{name} {what}: a failed download or a wrong path looks like this, and the diff would"
                " show every paragraph removed; give --allow-empty if the empty version is intended"
            )
        click.echo(f"Warning: {name} {what}; compared as it is (--allow-empty)", err=True)


def complete_rules(incomplete: str) -> list[str]:
    """Shell completion of --fail-on: the rule being typed after any commas."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + rule for rule in RULES if rule.startswith(last)]


def complete_versions(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Shell completion of a version: a file, or, as the first word, another command."""
    from click.shell_completion import CompletionItem

    items = [CompletionItem(incomplete, type="file")]
    if not ctx.params.get("versions") and ctx.parent is not None and isinstance(ctx.parent.command, click.Group):
        group = ctx.parent.command
        commands = [(name, group.get_command(ctx.parent, name)) for name in group.list_commands(ctx.parent)]
        items += [CompletionItem(name) for name, command in commands
                  if name.startswith(incomplete) and command is not None and not command.hidden
                  and name != DefaultGroup.default_command]
    return items


