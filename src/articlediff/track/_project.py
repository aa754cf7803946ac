"""The one place the tracker imports the rest of articlediff from: reading a page,
comparing versions, the check rules, the timeline, the renderers, the command line's
helpers. When those move, only this module changes.

Imported only by the functions that need it (it imports the comparison stack).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import cli
from ..check import check, parse_rules
from ..errors import ArticleDiffError, LoadError
from ..facts import story_facts
from ..history import compare_history
from ..input.load import DEFAULT_MAX_BYTES, load_article
from ..model import Article, ArticleDiff, BlockKind, Fact, Role
from ..pipeline import compare, without_metadata
from ..render.describe import changed_quotes, describe_quote
from ..render.history import history_to_dict, render_history
from ..render.html import render_html
from ..render.jsonout import render_json
from ..render.markdown import render_markdown
from ..segment import RoledText, segment_blocks
from ..text.words import make_visible

if TYPE_CHECKING:
    import click


def describe_fact(fact: Fact) -> str:
    return fact.description


def in_story(block: object, diff: ArticleDiff) -> bool:
    return diff.in_story(block)  # type: ignore[arg-type]


def diff_command() -> click.Command:
    """The diff command, whose view and format options ``track diff`` takes."""
    return cli.main.commands["diff"]

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Article",
    "ArticleDiff",
    "ArticleDiffError",
    "BlockKind",
    "LoadError",
    "Role",
    "RoledText",
    "changed_quotes",
    "check",
    "cli",
    "diff_command",
    "compare",
    "compare_history",
    "describe_fact",
    "describe_quote",
    "history_to_dict",
    "in_story",
    "load_article",
    "make_visible",
    "parse_rules",
    "render_history",
    "render_html",
    "render_json",
    "render_markdown",
    "segment_blocks",
    "story_facts",
    "without_metadata",
]
