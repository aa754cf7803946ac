"""Shared helpers: fixture paths, a rich render helper, and --update-golden."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest

# The tests' compiled patterns go to a directory of their own, not the user's cache
# (subprocesses the tests start inherit it).
os.environ.setdefault("ARTICLEDIFF_CACHE_DIR", tempfile.mkdtemp(prefix="articlediff-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CNN = FIXTURES / "cnn-el-salvador"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="Rewrite the golden files from the current output (check the diff before committing).",
    )


@pytest.fixture(name="update_golden")
def fixture_update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def render_to_string(renderable: object, *, width: int = 80, color: bool = False, crop: bool = True) -> str:
    """Render with rich the way the CLI does, into a string (after rich's tests/render.py)."""
    from rich.console import Console

    from articlediff.render.terminal import THEME

    console = Console(
        file=io.StringIO(), width=width, theme=THEME, markup=False, highlight=False, emoji=False,
        force_terminal=color, color_system="truecolor" if color else None, legacy_windows=False,
    )
    console.print(renderable, crop=crop)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


def _hypothesis_profiles() -> None:
    import os

    from hypothesis import HealthCheck, settings

    settings.register_profile("ci", max_examples=150, deadline=None)
    # A long fuzz run, by hand: examples per property from ARTICLEDIFF_FUZZ_EXAMPLES.
    settings.register_profile(
        "fuzz", max_examples=int(os.environ.get("ARTICLEDIFF_FUZZ_EXAMPLES", "20000")), deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.load_profile("ci")


_hypothesis_profiles()
