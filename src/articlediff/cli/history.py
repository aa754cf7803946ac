"""``articlediff history V1 V2 V3…``: the timeline of a story's versions."""

from __future__ import annotations

from typing import NoReturn

import click

from .base import CONTEXT_SETTINGS
from .options import InputOptions, ShowOptions, git_commits, input_options, load_versions
from .show import show_history


@click.command(name="history", context_settings=CONTEXT_SETTINGS)
@click.argument("versions", nargs=-1)
@click.option("--git", "git", is_flag=True,
              help="The versions are revisions of a file in this git repository: --git REV1 REV2 ... PATH.")
@click.option("--git-log", "git_log", metavar="PATH", help="Every committed version of PATH in this git repository.")
@click.option("--format", "-f", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--color", "--colour", "color", type=click.Choice(["auto", "always", "never"]), default="auto")
@click.option("--width", type=click.IntRange(min=20))
@click.option("--pretty", is_flag=True, help="Indent the JSON for people to read.")
@click.option("--quotes", "quotes_only", is_flag=True, help="Show only the quotations: each step's changes, their timeline.")
@click.option("--full", is_flag=True, help="Show paragraphs and quotations whole, not cut to one line.")
@click.option("--ignore-minor", is_flag=True, help="Leave minor edits out of each step's changes and the exit status.")
@click.option("--ignore-boilerplate", is_flag=True,
              help="Leave byline, dateline and boilerplate changes out of each step and the exit status.")
@click.option("--pager/--no-pager", "pager", default=None,
              help="Page the text through $PAGER (default: when it is taller than the terminal).")
@input_options
def history_command(versions: tuple[str, ...], git: bool, git_log: str | None, output_format: str, color: str,
                    width: int | None, pretty: bool, quotes_only: bool, full: bool, ignore_minor: bool,
                    ignore_boilerplate: bool, pager: bool | None, inputs: InputOptions) -> NoReturn:
    """A timeline over two or more VERSIONS (oldest first), or a file's git history:
    per step what changed (paragraphs, facts, quotations), per paragraph the version it first appeared in, per quote
    when it appeared, changed and disappeared."""
    articles = load_versions(versions, inputs, git=git, git_log=git_log)
    views = ShowOptions(output_format=output_format, color=color, width=width, pretty=pretty, quotes_only=quotes_only,
                        full=full, ignore_minor=ignore_minor, ignore_boilerplate=ignore_boilerplate, pager=pager)
    show_history(articles, views, git_commits(articles, git=git, git_log=git_log))
