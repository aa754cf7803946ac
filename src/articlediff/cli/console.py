"""The one rich Console a command prints its view on, built from its options."""

from __future__ import annotations

import os
from typing import Any


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


