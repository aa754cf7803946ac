"""pager: when the output is paged, with which command, and what happens when the pager fails."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from articlediff.cli.pager import page_output, pager_command, pager_environment, should_page


class FakeTerminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


LONG = "line\n" * 500


@pytest.mark.parametrize(
    ("enabled", "isatty", "env", "text", "expected"),
    [
        (None, True, {}, LONG, True),
        (None, True, {}, "short\n", False),
        (True, True, {}, "short\n", True),
        (False, True, {}, LONG, False),
        (None, False, {}, LONG, False),
        (True, False, {}, LONG, False),
        (None, True, {"TERM": "dumb"}, LONG, False),
    ],
)
def test_should_page(enabled: bool | None, isatty: bool, env: dict[str, str], text: str, expected: bool) -> None:
    assert should_page(text, enabled=enabled, isatty=isatty, environ=env, height=40) is expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, ["less", "-R"]),
        ({"PAGER": "more"}, ["more"]),
        ({"PAGER": "less -S --mouse"}, ["less", "-S", "--mouse"]),
        ({"PAGER": "'/opt/my pager/bin/p' -x"}, ["/opt/my pager/bin/p", "-x"]),
        ({"PAGER": "more", "ARTICLEDIFF_PAGER": "most"}, ["most"]),
        ({"PAGER": ""}, None),
        ({"PAGER": "cat"}, None),
        ({"PAGER": "less 'unbalanced"}, None),
    ],
)
def test_pager_command(env: dict[str, str], expected: list[str] | None) -> None:
    assert pager_command(env) == expected


def test_pager_environment() -> None:
    assert pager_environment({})["LESS"] == "FRX"
    assert pager_environment({"LESS": "-S"})["LESS"] == "-S"


def capture_pager(tmp_path: Path) -> tuple[str, Path]:
    """A pager command (a Python one-liner) that writes what it reads to a file."""
    out = tmp_path / "paged.txt"
    script = f"import sys; open({str(out)!r}, 'w', encoding='utf-8').write(sys.stdin.read())"
    return f"{sys.executable} -c \"{script}\"", out


def test_page_output_runs_the_pager(tmp_path: Path) -> None:
    command, out = capture_pager(tmp_path)
    terminal = FakeTerminal(tty=True)
    page_output(LONG + "Café “quoted”\n", enabled=None, stream=terminal, environ={"PAGER": command})
    assert out.read_text(encoding="utf-8") == LONG + "Café “quoted”\n"
    assert terminal.getvalue() == ""


def test_page_output_prints_when_not_a_terminal_or_disabled(tmp_path: Path) -> None:
    command, out = capture_pager(tmp_path)
    for terminal, enabled in ((FakeTerminal(tty=False), True), (FakeTerminal(tty=True), False)):
        page_output(LONG, enabled=enabled, stream=terminal, environ={"PAGER": command})
        assert terminal.getvalue() == LONG
    assert not out.exists()


def test_page_output_missing_pager_prints(tmp_path: Path) -> None:
    terminal = FakeTerminal(tty=True)
    page_output(LONG, enabled=True, stream=terminal, environ={"PAGER": str(tmp_path / "no-such-pager")})
    assert terminal.getvalue() == LONG


def test_page_output_pager_quits_early() -> None:
    terminal = FakeTerminal(tty=True)
    quitter = f"{sys.executable} -c \"import sys; sys.stdin.close()\""
    page_output("x" * 2_000_000, enabled=True, stream=terminal, environ={"PAGER": quitter})
    assert terminal.getvalue() == ""


def test_page_output_broken_pipe_is_quiet() -> None:
    class Gone(FakeTerminal):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    page_output("text\n", enabled=False, stream=Gone(tty=False), environ={})
