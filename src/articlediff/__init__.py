"""articlediff: see how a news story changed between versions.

    >>> from articlediff import compare
    >>> old = "The mayor resigned on Monday.\\n\\nThe council met."
    >>> new = "The mayor resigned on Tuesday.\\n\\nThe council met.\\n\\nAn election follows."
    >>> [b.kind.value for b in compare(old, new).rows]
    ['edited', 'unchanged', 'added']

The public API, by what it is for:

Reading stories
    load_article(source)      a file, URL or "-" → Article (text, Markdown or HTML)
    segment_article(text)     text → Article (paragraphs with roles, sentences)
    split_paragraphs(text), split_sentences(paragraph)

Comparing
    compare(old, new)         two texts or Articles → ArticleDiff
    without_metadata(diff)    the diff without byline, dateline and boilerplate changes
    compare_history(versions) three or more versions → History (a timeline)
    check(diff, rules)        CI rules (see RULES) → CheckResult
    parse_rules(values)       "quote-changed,number-changed" → rule names
    run_batch(records)        many pairs in worker processes → PairResult each
    find_structure(diff)      sections added, removed, reworded or moved, and passages
                              added or removed → Structure

Showing
    render_json(diff), render_markdown(diff), render_html(diff)
    render_diff(diff, ViewOptions(...))   the terminal's inline view, a rich renderable

The result's types (all immutable NamedTuples, in model.py)
    Article, Paragraph, ArticleDiff, Row (one per paragraph; Block is its former name),
    Span, Summary, MetadataChange, Fact, Quote, QuoteChange, Structure, SectionChange,
    Passage, CheckResult, Violation, History, ParagraphOrigin, QuoteTimeline, PairResult
and their vocabularies (enums whose values are the JSON's words)
    Role, BlockKind, SpanOp, Significance, FactType, ArticleFormat, QuoteKind,
    QuoteChangeKind, QuoteDetail, SectionChangeKind, ExitStatus (read off each result's
    ``return_code``)

Errors: ArticleDiffError, and LoadError for an input that cannot be read.

The names that need more than the comparison (the renderers, history, batch) are
imported when first used, so ``import articlediff`` stays cheap.
"""

from typing import TYPE_CHECKING, Any

# check is bound here, not on first use: importing the module articlediff.check later
# would otherwise leave the package's name check naming the module, not the function.
from .check import check, parse_rules
from .errors import ArticleDiffError, LoadError
from .input.load import load_article
from .model import (
    Article,
    ArticleDiff,
    ArticleFormat,
    Block,
    BlockKind,
    CheckResult,
    ExitStatus,
    Fact,
    FactType,
    History,
    MetadataChange,
    PairResult,
    Paragraph,
    ParagraphOrigin,
    Passage,
    Quote,
    QuoteChange,
    QuoteChangeKind,
    QuoteDetail,
    QuoteKind,
    QuoteTimeline,
    Role,
    Row,
    SectionChange,
    SectionChangeKind,
    Significance,
    Span,
    SpanOp,
    Structure,
    Summary,
    Violation,
)
from .pipeline import compare, without_metadata
from .segment import segment_article, split_paragraphs
from .text.sentences import split_sentences

if TYPE_CHECKING:
    from .batch import run_batch
    from .history import compare_history
    from .render.html import render_html
    from .render.jsonout import render_json
    from .render.markdown import render_markdown
    from .render.terminal import ViewOptions, render_diff
    from .rules import RULES
    from .sections import find_structure

#: The names imported on first use, and the module each comes from.
_LAZY = {
    "RULES": "rules",
    "compare_history": "history",
    "find_structure": "sections",
    "run_batch": "batch",
    "render_json": "render.jsonout",
    "render_markdown": "render.markdown",
    "render_html": "render.html",
    "render_diff": "render.terminal",
    "ViewOptions": "render.terminal",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'articlediff' has no attribute '{name}'")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "RULES",
    "Article",
    "ArticleDiff",
    "ArticleDiffError",
    "ArticleFormat",
    "Block",
    "Row",
    "BlockKind",
    "CheckResult",
    "ExitStatus",
    "Fact",
    "FactType",
    "History",
    "LoadError",
    "MetadataChange",
    "PairResult",
    "Paragraph",
    "ParagraphOrigin",
    "Passage",
    "Quote",
    "QuoteChange",
    "QuoteChangeKind",
    "QuoteDetail",
    "QuoteKind",
    "QuoteTimeline",
    "Role",
    "SectionChange",
    "SectionChangeKind",
    "Significance",
    "Span",
    "SpanOp",
    "Structure",
    "Summary",
    "ViewOptions",
    "Violation",
    "check",
    "compare",
    "compare_history",
    "find_structure",
    "load_article",
    "parse_rules",
    "render_diff",
    "render_html",
    "render_json",
    "render_markdown",
    "run_batch",
    "segment_article",
    "split_paragraphs",
    "split_sentences",
    "without_metadata",
]
