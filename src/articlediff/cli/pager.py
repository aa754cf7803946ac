"""Long output to a terminal through a pager, the way git does it.

``$ARTICLEDIFF_PAGER``, else ``$PAGER``, else ``less -R``; ``LESS=FRX`` (quit if one
screen, keep colour, leave the text on screen) and ``LV=-c`` unless already set. An
empty pager or ``cat`` means none. Never when standard output is not a terminal or
``TERM=dumb``. The command is split with shlex and run without a shell; a pager that
cannot be started means the text is printed directly, and a pager quit early (a
broken pipe) is not an error.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping
from typing import TextIO

DEFAULT_PAGER = "less -R"


def pager_command(environ: Mapping[str, str]) -> list[str] | None:
    """The pager to run as an argument list, or None for no pager."""
    value = environ.get("ARTICLEDIFF_PAGER", environ.get("PAGER", DEFAULT_PAGER))
    try:
        argv = shlex.split(value)
    except ValueError:  # unbalanced quotes: not a command we can run
        return None
    if not argv or argv == ["cat"]:
        return None
    return argv


def pager_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The pager's environment: ours, with less and lv told to pass colour through."""
    env = dict(environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    return env


def should_page(text: str, *, enabled: bool | None, isatty: bool, environ: Mapping[str, str],
                height: int) -> bool:
    """Whether to page: never if disabled, not a terminal, or TERM=dumb; always if
    enabled; otherwise (None, automatic) when the text is taller than the screen."""
    if enabled is False or not isatty or environ.get("TERM") == "dumb":
        return False
    if enabled:
        return True
    return len(text.splitlines()) >= height  # the last screen line holds the prompt


def page_output(text: str, *, enabled: bool | None = None, stream: TextIO | None = None,
                environ: Mapping[str, str] | None = None) -> None:
    """Show ``text``: through the pager when ``should_page`` says so, else printed.

    Args:
        enabled: False never pages, True pages whenever the output is a terminal,
            None pages when the text does not fit on the screen.
        stream: where the text goes (standard output by default).
        environ: the environment to read PAGER and TERM from (os.environ by default).
    """
    out = stream if stream is not None else sys.stdout
    env = os.environ if environ is None else environ
    command = pager_command(env)
    isatty = _isatty(out)
    height = shutil.get_terminal_size().lines
    if command is None or not should_page(text, enabled=enabled, isatty=isatty, environ=env, height=height):
        _write(out, text)
        return
    out.flush()
    if not _run_pager(command, text, pager_environment(env), encoding=getattr(out, "encoding", None) or "utf-8"):
        _write(out, text)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _run_pager(command: list[str], text: str, env: dict[str, str], *, encoding: str) -> bool:
    """Feed ``text`` to the pager and wait for it; False if it could not be started."""
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:  # not found, not executable
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode(encoding, errors="replace"))
    except BrokenPipeError:  # the reader quit before reading everything
        pass
    finally:
        try:
            process.stdin.close()
        except BrokenPipeError:  # the flush on closing fails the same way; the pipe is closed
            pass
    _wait(process)
    return True


def _wait(process: subprocess.Popen[bytes]) -> None:
    """Wait for the pager; Ctrl-C goes to it too, and it decides when to stop (as git)."""
    while True:
        try:
            process.wait()
            return
        except KeyboardInterrupt:
            continue


def _write(out: TextIO, text: str) -> None:
    """Print directly; a reader that went away (``| head``) is not an error."""
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        _silence(out)


def _silence(out: TextIO) -> None:
    """Point the stream's descriptor at /dev/null so that Python's exit-time flush
    does not complain about the broken pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
    except (OSError, ValueError, AttributeError):
        pass
