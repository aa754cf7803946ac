"""The command group, its help, and how a run ends: what every command shares."""

from __future__ import annotations

import os
import sys

import click

from ..model import ExitStatus

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
    look-up imports locale and searches the catalog folders, at every start-up. The version option (on ``main``) is made the same way.
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
    command, so ``articlediff OLD NEW`` means ``articlediff diff OLD NEW``, like diff(1).

    Its commands are named in ``lazy_commands`` (name → ``module:attribute`` in this
    package) and imported when one is asked for: a run loads the one it runs."""

    default_command = "diff"
    lazy_commands: dict[str, str] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.lazy_commands, *(n for n in self.commands if n not in self.lazy_commands)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            from importlib import import_module

            module, _, attribute = self.lazy_commands[cmd_name].partition(":")
            self.commands[cmd_name] = getattr(import_module(module, __package__), attribute)
        return self.commands.get(cmd_name)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = args[0] if args else None
        if first not in self.list_commands(ctx) and first not in ("--version", *ctx.help_option_names):
            args = [self.default_command, *args]
            ctx.meta[_MAIN_CALL] = True
        return super().parse_args(ctx, args)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The main call's own help (usage, options, examples, exit status), then the
        # other commands.
        command = self.get_command(ctx, self.default_command)
        assert command is not None
        sub = click.Context(command, info_name=ctx.info_name, help_option_names=ctx.help_option_names)
        command.format_help(sub, formatter)
        commands = [(n, self.get_command(ctx, n)) for n in self.list_commands(ctx) if n != self.default_command]
        others = [(n, c) for n, c in commands if c is not None and not c.hidden]
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

    exit_code = ExitStatus.TROUBLE



def run() -> None:
    """Entry point: run the command, keeping tracebacks from the user."""
    try:
        main(prog_name="articlediff")
    except BrokenPipeError:
        # The reader (head, a pager) went away: not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitStatus.TROUBLE)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: say so in one line, never a traceback
        click.echo(f"Error: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(ExitStatus.TROUBLE)
