"""articlediff: see how a news story changed between versions.

    >>> from articlediff import compare
    >>> diff = compare("One.\\n\\nTwo.", "One.\\n\\nTwo!\\n\\nThree.")
    >>> [b.kind.value for b in diff.blocks]
    ['unchanged', 'edited', 'added']

The names below are imported when first used, so that ``import articlediff.cli`` (the
command's start-up) pays only for what it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compare import compare
    from .errors import ArticleDiffError, LoadError
    from .load import load_article
    from .model import (
        Article,
        ArticleDiff,
        Block,
        BlockKind,
        Fact,
        MetadataChange,
        Paragraph,
        Role,
        Span,
        SpanOp,
        Summary,
    )
    from .segment import segment_article, split_paragraphs, split_sentences

#: Each public name, and the module that defines it.
_HOMES = {
    "compare": "compare",
    "ArticleDiffError": "errors",
    "LoadError": "errors",
    "load_article": "load",
    **dict.fromkeys(
        ["Article", "ArticleDiff", "Block", "BlockKind", "Fact", "MetadataChange", "Paragraph", "Role", "Span",
         "SpanOp", "Summary"],
        "model",
    ),
    "segment_article": "segment",
    "split_paragraphs": "segment",
    "split_sentences": "segment",
}

__all__ = [
    "Article",
    "ArticleDiff",
    "ArticleDiffError",
    "Block",
    "BlockKind",
    "Fact",
    "LoadError",
    "MetadataChange",
    "Paragraph",
    "Role",
    "Span",
    "SpanOp",
    "Summary",
    "compare",
    "load_article",
    "segment_article",
    "split_paragraphs",
    "split_sentences",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'articlediff' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
