"""The README documents every command and option the CLI has (after sqlite-utils' test_docs)."""

from __future__ import annotations

import re

import click
import pytest

from articlediff.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, click.Command]:
    """Every command of the group, each imported (they load lazily)."""
    ctx = click.Context(main)
    return {name: command for name in main.list_commands(ctx) if (command := main.get_command(ctx, name))}


def _options() -> list[tuple[str, str]]:
    found = []
    for name, command in _commands().items():
        if command.hidden:
            continue
        for param in command.params:
            if isinstance(param, click.Option):
                found += [(name, opt) for opt in param.opts if opt.startswith("--") and opt != "--colour"]
    return sorted(set(found))


@pytest.mark.parametrize("command, option", _options())
def test_every_option_is_in_the_readme(command: str, option: str) -> None:
    assert re.search(rf"`[^`]*{re.escape(option)}\b", README), f"{command} {option} is not in README.md"


@pytest.mark.parametrize("command", [n for n, c in _commands().items() if not c.hidden and n != "diff"])
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"articlediff {command}" in README


def test_every_check_rule_is_in_the_readme() -> None:
    from articlediff.check import RULES

    for rule in RULES:
        assert f"| `{rule}` |" in README
