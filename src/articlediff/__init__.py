"""articlediff: see how a news story changed between versions.

    >>> from articlediff import compare
    >>> old = "The mayor resigned on Monday.\\n\\nThe council met."
    >>> new = "The mayor resigned on Tuesday.\\n\\nThe council met.\\n\\nAn election follows."
    >>> [b.kind.value for b in compare(old, new).blocks]
    ['edited', 'unchanged', 'added']
"""

from .errors import ArticleDiffError, LoadError
from .input.load import load_article
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
from .pipeline import compare
from .segment import segment_article, split_paragraphs
from .text.sentences import split_sentences

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
