"""The ``articlediff track`` group: cheap to import (click
only), it loads its commands (track_commands.py) when one is asked for, so that the
start-up of every other articlediff command pays nothing for them."""

from __future__ import annotations

from typing import Any

import click

from .base import Trouble


class TrackGroup(click.Group):
    """The track commands, loaded on first use. A database that cannot be used
    (locked past the wait, damaged, a full disk) is a one-line error, exit 2, never a
    traceback."""

    def _commands(self) -> dict[str, click.Command]:
        from .track_commands import COMMANDS

        return COMMANDS

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._commands())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._commands().get(cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        import sqlite3

        from ..track.store import StoreError

        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise Trouble(str(exc)) from None
        except sqlite3.Error as exc:
            raise Trouble(f"the tracking database failed: {exc}") from None


track = TrackGroup(
    name="track",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    short_help="Keep every version of the stories you follow.",
    help="""Keep every version of the stories you follow, and see what changed.

    \b
    articlediff track add URL|FEED...        track a story, or every story of a feed
    articlediff track update                 fetch the stories that are due
    articlediff track list                   the stories, their versions, last change
    articlediff track log URL                a story's versions and what each changed
    articlediff track diff URL [A B]         two versions (the last two by default)
    articlediff track changes --since 24h    what changed lately (--fail-on for alerts)
    articlediff track remove URL...          stop tracking stories

    Every command takes --db PATH (default: ~/.local/share/articlediff/track.sqlite3)
    and --format json.
    """,
)
