"""The one rich Console a command prints its view on, built from its options."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")


def make_console(color: str, width: int | None) -> Any:
    """A Console for ``--color auto|always|never`` and ``--width``: article text is never
    read as markup, emoji codes or highlighted."""
    from rich.console import Console

    from ..render.terminal import THEME

    kwargs: dict[str, object] = {}
    if color == "always":
        kwargs.update(force_terminal=True, no_color=False)
        if not os.environ.get("TERM") and not os.environ.get("COLORTERM"):
            kwargs["color_system"] = "standard"
    elif color == "never":
        kwargs.update(no_color=True, color_system=None)
    return Console(
        theme=THEME, width=width, markup=False, emoji=False, highlight=False,
        soft_wrap=False, **kwargs,  # type: ignore[arg-type]
    )


@contextmanager
def progress_bar(label: str, total: int | None, *, elapsed: bool = False) -> Iterator[Callable[..., None]]:
    """A progress bar on standard error while the block runs, gone when it ends. Yields
    ``update(completed, total=None)``. It shows the time left, or the time spent with
    ``elapsed`` (for work whose total grows as it goes)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    clock = TimeElapsedColumn() if elapsed else TimeRemainingColumn()
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), clock,
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)

        def update(completed: int, total: int | None = None) -> None:
            bar.update(task, completed=completed, total=total)

        yield update


def with_progress(results: Iterable[T], total: int | None, label: str = "comparing") -> Iterator[T]:
    """The results, with a progress bar (see progress_bar) while they come."""
    with progress_bar(label, total) as update:
        for done, result in enumerate(results, start=1):
            update(done)
            yield result
