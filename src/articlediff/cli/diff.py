"""``articlediff OLD NEW``: show how a story changed (the default command)."""

from __future__ import annotations

from typing import NoReturn

import click

from .base import CONTEXT_SETTINGS, MainCallCommand
from .options import (
    InputOptions,
    ShowOptions,
    complete_versions,
    git_commits,
    input_options,
    load_versions,
    view_options,
)
from .show import show_diff


@click.command(
    name="diff",
    cls=MainCallCommand,
    context_settings=CONTEXT_SETTINGS,
    epilog="""\b
Examples:
  articlediff v1.txt v2.txt                 what changed, in the terminal
  articlediff v1.txt v2.txt --full          every paragraph, not only the changes
  articlediff v1.txt v2.txt --view side-by-side
  articlediff v1.txt v2.txt -f html > changes.html   a page to share
  articlediff v1.txt v2.txt --format json   the diff as JSON (schema articlediff.diff/2)
  articlediff saved.html https://…/story    a saved page against the live one
  curl -s URL | articlediff old.txt -       the new version from standard input
  articlediff v1.txt v2.txt v3.txt          three versions or more: a timeline
  articlediff --git HEAD~1 HEAD story.txt   two revisions of a file in git
  articlediff --git-log story.txt           every committed version of a file

\b
Exit status:
  0  the versions are the same (with --ignore-minor: or differ only by minor edits)
  1  the versions differ
  2  trouble: an input could not be read or is empty (see --allow-empty), or a bad option""",
)
# Plain strings, not click.Path: inputs may be URLs, and input/load.py gives the errors.
@click.argument("versions", nargs=-1, metavar="OLD NEW [NEWER]...", shell_complete=complete_versions)
@view_options
@click.option("--git", "git", is_flag=True,
              help="The versions are revisions of a file in this git repository: --git REV1 REV2 PATH.")
@click.option("--git-log", "git_log", metavar="PATH",
              help="Every committed version of PATH in this git repository, as a timeline.")
@input_options
def diff_command(versions: tuple[str, ...], git: bool, git_log: str | None, views: ShowOptions,
                 inputs: InputOptions) -> NoReturn:
    """Show how a news story changed between two versions, OLD and NEW.

    Each is a text, Markdown or HTML file, a URL, or - for standard input.
    Paragraphs are aligned on meaning (edited, added, removed, moved, split, merged)
    and each edited one is diffed word by word. Given three versions or more, it
    shows their timeline (see the history command).
    """
    articles = load_versions(versions, inputs, git=git, git_log=git_log)
    timeline = git_log is not None or len(articles) > 2
    commits = git_commits(articles, git=git, git_log=git_log) if timeline else None
    show_diff(articles, views, timeline=git_log is not None, commits=commits)
