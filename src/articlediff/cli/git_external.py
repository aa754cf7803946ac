"""``articlediff git-external``: the command git runs as its ``diff.external``."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from ..errors import ArticleDiffError
from ..model import ExitStatus
from .base import Trouble
from .console import make_console


@click.command(name="git-external", hidden=True, context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def git_external_command(args: tuple[str, ...]) -> NoReturn:
    """For git's diff.external: git passes 7 arguments; exit 0 or git stops."""
    from ..input.git import git_external_diff
    from ..input.load import load_article
    from ..pipeline import compare

    try:
        old, new, display = git_external_diff(args)
        diff = compare(load_article(old)._replace(source=f"a/{display}"), load_article(new)._replace(source=f"b/{display}"))
    except ArticleDiffError as exc:
        raise Trouble(str(exc)) from None
    from ..render.terminal import ViewOptions, render_diff

    console = make_console("auto", None)
    console.print(render_diff(diff, ViewOptions(marks=console.no_color or console.color_system is None)))
    sys.exit(ExitStatus.SAME)
