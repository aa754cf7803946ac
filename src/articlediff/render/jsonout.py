"""ArticleDiff → the ``articlediff.diff/2`` JSON document (schema in ../schema/)."""

from __future__ import annotations

import json
import re
from typing import Any

from ..facts import story_facts
from ..model import Article, ArticleDiff, Fact, Quote, QuoteChange, Row

SCHEMA = "articlediff.diff/2"

# Characters JSON leaves raw that a terminal may act on (DEL, C1 controls, bidi and
# line-separator controls): written as \\u escapes, which decode to the same text.
# All are unprintable, so the pattern is only compiled and searched for in a document
# that has an unprintable character (indented, or quoting odd text).
_UNSAFE = "[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]"


def diff_to_dict(diff: ArticleDiff) -> dict[str, Any]:
    """The JSON document as plain Python data."""
    summary = diff.summary
    return {
        "schema": SCHEMA,
        "old": _article(diff.old),
        "new": _article(diff.new),
        "rows": [_row(diff, row) for row in diff.rows],
        "links": [_link(row, pair) for row in diff.rows for pair in row.links],
        "quotes": [quote_change_to_dict(q) for q in diff.quotes],
        "facts": [fact_to_dict(diff, f) for f in story_facts(diff)],
        **structure_to_dict(diff),
        "metadata": [
            {"role": m.role.value, "change": m.kind.value, "old": m.old, "new": m.new}
            for m in diff.metadata
        ],
        "summary": {
            "added": summary.added,
            "removed": summary.removed,
            "edited": summary.edited,
            "moved": summary.moved,
            "unchanged": summary.unchanged,
            "words_added": summary.words_added,
            "words_removed": summary.words_removed,
            "quotes_added": sum(q.change == "added" and q.kind == "quote" for q in diff.quotes),
            "quotes_removed": sum(q.change == "removed" and q.kind == "quote" for q in diff.quotes),
            "quotes_changed": sum(q.change in ("changed", "reattributed") and q.kind == "quote" for q in diff.quotes),
        },
    }


def _article(article: Article) -> dict[str, Any]:
    return {
        "source": article.source,
        "encoding": article.encoding,
        "format": article.format,
        "extractor": article.extractor,
        "paragraphs": [
            {"index": p.index, "role": p.role.value, "text": p.text, "sentences": list(p.sentences), "line": p.line}
            for p in article.paragraphs
        ],
    }


def fact_to_dict(diff: ArticleDiff, fact: Fact) -> dict[str, Any]:
    """A story-level fact with its evidence: the sentence of each version that states it."""
    return {
        "type": fact.type,
        "old": fact.old,
        "new": fact.new,
        "what": fact.what,
        "description": fact.description,
        "evidence": {"old": _evidence(diff.old, fact.old_at), "new": _evidence(diff.new, fact.new_at)},
    }


def _evidence(article: Article, at: tuple[int, int] | None) -> dict[str, Any] | None:
    if at is None:
        return None
    paragraph, sentence = at
    sentences = article.paragraphs[paragraph].sentences or (article.paragraphs[paragraph].text,)
    return {"paragraph": paragraph, "sentence": sentence, "text": sentences[sentence]}


def structure_to_dict(diff: ArticleDiff) -> dict[str, Any]:
    """The ``sections`` and ``passages`` lists: what changed in the story's structure
    (see sections.find_structure)."""
    from ..sections import find_structure

    found = find_structure(diff)
    return {
        "sections": [
            {"kind": c.kind.value, "old_subhead": c.old_subhead, "new_subhead": c.new_subhead, "old": list(c.old),
             "new": list(c.new), "kept": [list(pair) for pair in c.kept], "quotations": c.quotations,
             "speakers": list(c.speakers)}
            for c in found.sections
        ],
        "passages": [
            {"kind": p.kind.value, "paragraphs": list(p.paragraphs), "after": p.after, "section": p.section,
             "quotations": p.quotations, "speakers": list(p.speakers)}
            for p in found.passages
        ],
    }


def _row(diff: ArticleDiff, row: Row) -> dict[str, Any]:
    return {
        "kind": row.kind.value,
        "moved": row.moved,
        "moved_from": sorted({i for i, _ in row.moved_pairs}),
        "old": list(row.old),
        "new": row.new[0] if row.new else None,
        "parts": [list(part) for part in row.parts],
        "old_sentences": [list(s) for s in diff.old_sentences(row)],
        "similarity": row.similarity,
        "spans": [{"op": s.op.value, "text": s.text} for s in row.spans],
        "significance": row.significance,
        "typographic": row.typographic,
        "facts": [{"type": f.type, "old": f.old, "new": f.new} for f in row.facts],
        "sentences": [[[list(i) for i in olds], [list(j) for j in news]] for olds, news in row.sentences],
        "links": [list(p) for p in row.links],
    }


def _link(row: Row, pair: tuple[int, int]) -> dict[str, Any]:
    i, j = pair
    return {
        "old": i,
        "new": j,
        "moved": pair in row.moved_pairs,
        "sentences": [
            [[list(a) for a in olds], [list(b) for b in news]]
            for olds, news in row.sentences if any(a[0] == i for a in olds)
        ],
    }


def render_json(diff: ArticleDiff, *, indent: int | None = None) -> str:
    """The JSON document as text: UTF-8 friendly (curly quotes stay as they are), with
    terminal-active characters escaped. Compact unless ``indent`` is given (the
    indenting encoder is pure Python, the compact one C)."""
    text = json.dumps(diff_to_dict(diff), ensure_ascii=False, indent=indent)
    if text.isprintable():
        return text
    return re.sub(_UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", text)


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the document render_json writes."""
    from importlib.resources import files

    schema: dict[str, Any] = json.loads(files("articlediff").joinpath("schema/diff-2.schema.json").read_text("utf-8"))
    return schema


def _quote_dict(quote: Quote | None) -> dict[str, Any] | None:
    if quote is None:
        return None
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "paragraph": quote.paragraph,
        "speaker_description": quote.speaker_description,
        "cue": quote.cue,
        "reported_by": quote.reported_by,
    }


def quote_change_to_dict(change: QuoteChange) -> dict[str, Any]:
    """A QuoteChange as plain JSON-ready data."""
    return {
        "change": change.change,
        "kind": change.kind,
        "old": _quote_dict(change.old),
        "new": _quote_dict(change.new),
        "spans": [{"op": span.op.value, "text": span.text} for span in change.spans],
        "detail": change.detail,
        "attribution_changed": change.attribution_changed,
        "speaker_changed": change.speaker_changed,
    }
