"""``articlediff history V1 V2 V3…``: the timeline of a story's versions."""

from __future__ import annotations

from typing import NoReturn

import click

from .base import CONTEXT_SETTINGS
from .options import InputOptions, ShowOptions, input_options, load_versions
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
@input_options
def history_command(versions: tuple[str, ...], git: bool, git_log: str | None, output_format: str, color: str,
                    width: int | None, pretty: bool, inputs: InputOptions) -> NoReturn:
    """A timeline over two or more VERSIONS (oldest first), or a file's git history:
    per step a summary, per paragraph the version it first appeared in, per quote
    when it appeared, changed and disappeared."""
    articles = load_versions(versions, inputs, git=git, git_log=git_log)
    show_history(articles, ShowOptions(output_format=output_format, color=color, width=width, pretty=pretty))
