"""The history of three or more versions (see history.py) for people, and as JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ..facts import story_facts
from ..model import ArticleDiff, BlockKind, History, ParagraphOrigin, QuoteTimeline
from .describe import (
    block_text,
    changed_quotes,
    describe_quote,
    facts,
    is_minor_edit,
    list_changes,
    metadata_items,
    new_text,
    old_text,
    passage_items,
    section_items,
    structure,
)
from .jsonout import structure_to_dict

if TYPE_CHECKING:
    from rich.console import Group
    from rich.text import Text

    from ..input.git import Commit
    from .describe import Change

HISTORY_SCHEMA = "articlediff.history/1"


class TimelineOptions(NamedTuple):
    """What the timeline shows of each step (the diff options that apply to it)."""

    quotes_only: bool = False
    """Only the quotations: each step's quotation changes and their timeline."""
    full: bool = False
    """Paragraphs and quotations in full, not cut to one line."""
    ignore_minor: bool = False
    """Leave each step's minor edits out of its list of changes."""
    ignore_boilerplate: bool = False
    """Leave each step's byline, dateline and boilerplate changes out of its lists."""


#: The timeline as it is shown without options.
DEFAULT_OPTIONS = TimelineOptions()


def step_changes(step: ArticleDiff, options: TimelineOptions = DEFAULT_OPTIONS) -> list[Change]:
    """The changed blocks of one step a reader is shown, in reading order."""
    return [
        c for c in list_changes(step)
        if not (options.ignore_boilerplate and c.metadata)
        and not (options.ignore_minor and is_minor_edit(c.block))
    ]


def step_to_dict(k: int, step: ArticleDiff, options: TimelineOptions = DEFAULT_OPTIONS) -> dict[str, Any]:
    """One step of the timeline: its counts, and what changed, paragraph by paragraph,
    fact by fact, quotation by quotation."""
    changes = step_changes(step, options)
    return {
        "from": k,
        "to": k + 1,
        "summary": step.summary._asdict(),
        "changes": [
            {
                "sign": c.sign, "title": c.title, "old": list(c.block.old), "new": list(c.block.new),
                "tags": list(c.tags), "significance": c.block.significance,
                "old_text": old_text(c.block) if c.block.old else None,
                "new_text": new_text(c.block) if c.block.new else None,
            }
            for c in changes
        ],
        "facts": [{"type": f.type, "old": f.old, "new": f.new, "description": f.description}
                  for f in story_facts(step)],
        **structure_to_dict(step),
        "quotes": [_quote_change(q) for q in changed_quotes(step)],
        "metadata": [
            {"role": m.role.value, "kind": m.kind.value, "old": m.old, "new": m.new}
            for m in step.metadata if not options.ignore_boilerplate or m.role.value == "headline"
        ],
    }


def _quote_change(q: Any) -> dict[str, Any]:
    line = describe_quote(q)
    return {
        "change": q.change, "kind": q.kind, "where": line.where, "speaker": line.speaker or None,
        "text": line.text, "old_text": q.old.text if q.old is not None else None,
    }


def history_to_dict(history: History, options: TimelineOptions = DEFAULT_OPTIONS,
                    commits: Sequence[Commit | None] | None = None) -> dict[str, Any]:
    """The ``articlediff.history/1`` JSON document as plain Python data."""
    versions = []
    for k, v in enumerate(history.versions):
        version: dict[str, Any] = {"source": v.source, "paragraphs": len(v.paragraphs)}
        commit = commits[k] if commits else None
        if commit is not None:
            version["commit"] = commit._asdict()
        versions.append(version)
    return {
        "schema": HISTORY_SCHEMA,
        "versions": versions,
        "steps": [step_to_dict(k, step, options) for k, step in enumerate(history.steps)],
        "paragraphs": [p._asdict() for p in history.paragraphs],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "kind": q.kind, "appeared": q.appeared,
             "changed": list(q.changed), "disappeared": q.disappeared}
            for q in history.quotes
        ],
    }


def load_history_schema() -> dict[str, Any]:
    """The JSON Schema of the document history_to_dict builds."""
    import json
    from importlib.resources import files

    return json.loads(files("articlediff").joinpath("schema/history-1.schema.json").read_text("utf-8"))  # type: ignore[no-any-return]


# --- the text view -----------------------------------------------------------------

#: Longest excerpt of a paragraph or quotation shown on one line.
EXCERPT = 200


def render_history(history: History, options: TimelineOptions = DEFAULT_OPTIONS,
                   commits: Sequence[Commit | None] | None = None) -> Group:
    """The history for people: the versions (with each commit's date and subject, for
    versions read from git), one entry per step saying what changed, the origin of each
    paragraph of the latest version, then the quotation timeline. Versions are
    numbered from v1. With ``quotes_only``, the steps' quotation changes and the
    quotation timeline only.

    Long lines end in an ellipsis at the console's width rather than wrap, so each
    paragraph and quotation stays on one line; with ``full`` they wrap, whole. (The
    Text is wrapped in a Group because ``Console.print`` re-joins bare Text objects
    and would drop ``no_wrap``.)
    """
    from rich.console import Group
    from rich.text import Text

    out = Text(no_wrap=not options.full, overflow="fold" if options.full else "ellipsis", end="\n")
    _render_versions(out, history, commits)
    _render_steps(out, history, options)
    if not options.quotes_only:
        _render_paragraphs(out, history, options)
    _render_quotes(out, history, options)
    out.rstrip()
    return Group(out)


def version_name(index: int) -> str:
    """``v1`` for version 0: people count from one."""
    return f"v{index + 1}"


def _heading(out: Text, title: str) -> None:
    if out.plain:
        out.append("\n")
    out.append(title, "articlediff.header")
    out.append("\n")


def _render_versions(out: Text, history: History, commits: Sequence[Commit | None] | None) -> None:
    _heading(out, f"History of {len(history.versions)} versions")
    for k, version in enumerate(history.versions):
        out.append(f"  {version_name(k):<4}", "articlediff.label")
        out.append(f"{len(version.paragraphs):>3} paragraphs  ")
        out.append(_one_line(version.source))
        commit = commits[k] if commits else None
        if commit is not None:
            out.append(f"  {commit.date}  ", "articlediff.label")
            out.append(_one_line(commit.subject))
        out.append("\n")


def _render_steps(out: Text, history: History, options: TimelineOptions) -> None:
    _heading(out, "Changes")
    for k, step in enumerate(history.steps):
        s = step.summary
        out.append(f"  {version_name(k)} → {version_name(k + 1)}  ", "articlediff.label")
        if not step.changed:
            out.append("no changes\n", "articlediff.context")
            continue
        for n, (count, label, style) in enumerate((
            (s.edited, "edited", "articlediff.edited"), (s.added, "added", "articlediff.added"),
            (s.removed, "removed", "articlediff.removed"), (s.moved, "moved", "articlediff.moved"),
        )):
            out.append(", " if n else "")
            out.append(f"{count} {label}", style if count else "articlediff.context")
        out.append("; words ")
        out.append(f"+{s.words_added}", "articlediff.added")
        out.append(" ")
        out.append(f"-{s.words_removed}", "articlediff.removed")
        out.append("\n")
        _render_step(out, step, options)


#: Where a step's details start, under its "v1 → v2".
STEP_INDENT = "      "


def _render_step(out: Text, step: ArticleDiff, options: TimelineOptions) -> None:
    """What one step changed: its facts, its paragraphs (sign, where, first words), its
    quotations, its metadata."""
    found = facts(step)
    if found and not options.quotes_only:
        out.append(f"{STEP_INDENT}facts  ", "articlediff.label")
        out.append(_one_line(" · ".join(found), options), "articlediff.edited")
        out.append("\n")
    if step.changed and not options.quotes_only:
        # The story's structure, as the header of a diff gives it: sections and passages.
        shape = structure(step)
        for name, items in (("sections", section_items(shape)), ("passages", passage_items(step, shape))):
            if items:
                out.append(f"{STEP_INDENT}{name}  ", "articlediff.label")
                out.append(_one_line(" · ".join(items), options), "articlediff.edited")
                out.append("\n")
    if not options.quotes_only:
        changes = step_changes(step, options)
        for c in changes:
            if c.metadata:
                continue  # on the metadata line
            out.append(f"{STEP_INDENT}{c.sign} ", _SIGN_STYLES.get(c.sign, "articlediff.edited"))
            tags = [t for t in c.tags if t != "substantive"]
            out.append(f"{c.title}{' [' + '; '.join(tags) + ']' if tags else ''}: ", "articlediff.label")
            if c.block.kind is BlockKind.EDITED and not options.full:
                _append_edit(out, c.block)
            elif c.block.kind is BlockKind.EDITED:
                _append_edit(out, c.block, context=None)
            else:
                out.append(_one_line(block_text(c.block), options))
            out.append("\n")
        left_out = len(list_changes(step)) - len(changes)
        if left_out:
            out.append(f"{STEP_INDENT}({left_out} minor or metadata change{'s' if left_out != 1 else ''} left out)\n",
                       "articlediff.context")
    for q in changed_quotes(step):
        line = describe_quote(q)
        out.append(f"{STEP_INDENT}{line.sign} ", _SIGN_STYLES.get(line.sign, "articlediff.edited"))
        out.append(f"{line.label}, {line.where}", "articlediff.label")
        if line.speaker:
            out.append(f" · {_one_line(line.speaker)}", "articlediff.label")
        out.append(": “" + _one_line(line.text, options) + "”")
        out.append("\n")
    meta = metadata_items([m for m in step.metadata if not options.ignore_boilerplate or m.role.value == "headline"])
    if meta and not options.quotes_only:
        out.append(f"{STEP_INDENT}metadata  ", "articlediff.label")
        out.append(" · ".join(meta))
        out.append("\n")


#: Words of unchanged text kept on each side of an edit in a step's list.
EDIT_CONTEXT = 3


def _append_edit(out: Text, block: Any, context: int | None = EDIT_CONTEXT) -> None:
    """An edited block's changes on one line, marked ``[-deleted-]{+inserted+}``, with
    ``context`` words of the unchanged text around each (all of it when None)."""
    from ..model import SpanOp
    from .describe import DELETE_MARKS, INSERT_MARKS, split_edges

    spans = block.spans
    last = len(spans) - 1
    for n, span in enumerate(spans):
        lead, core, trail = split_edges(span.text)
        before = " " if lead and n else ""
        after = " " if (trail or not core) and n < last else ""
        if span.op is SpanOp.EQUAL:
            parts = core.split()
            if context is not None and len(parts) > 2 * context + 1:
                core = " ".join([*(parts[:context] if n else []), "…", *(parts[-context:] if n < last else [])])
            out.append(before + _one_line(core) + after if core else after)
        else:
            marks, style = (DELETE_MARKS, "articlediff.removed") if span.op is SpanOp.DELETE else (
                INSERT_MARKS, "articlediff.added")
            out.append(before)
            if core:
                out.append(marks[0] + _one_line(core) + marks[1], style)
            out.append(after)


_SIGN_STYLES = {"+": "articlediff.added", "-": "articlediff.removed", "~": "articlediff.edited",
                "↕": "articlediff.moved"}


def _render_paragraphs(out: Text, history: History, options: TimelineOptions) -> None:
    last = len(history.versions) - 1
    _heading(out, f"Paragraphs of {version_name(last)}: first seen, last edited")
    labels = [_origin_label(p) for p in history.paragraphs]
    number_width = len(str(len(labels)))
    label_width = max((len(label) for label in labels), default=0)
    for p, label in zip(history.paragraphs, labels):
        style = "articlediff.added" if p.first_version == last else (
            "articlediff.edited" if p.last_edited_version is not None else "articlediff.context")
        out.append(f"  ¶{p.index:<{number_width}}  ", "articlediff.gutter")
        out.append(f"{label:<{label_width}}", style)
        out.append("  ")
        out.append(_one_line(p.text, options))
        out.append("\n")


def _origin_label(p: ParagraphOrigin) -> str:
    label = version_name(p.first_version)
    if p.last_edited_version is not None:
        label += f", edited {version_name(p.last_edited_version)}"
    return label


def _render_quotes(out: Text, history: History, options: TimelineOptions) -> None:
    _heading(out, "Quotations: appeared, changed, gone")
    if not history.quotes:
        out.append("  none found\n", "articlediff.context")
        return
    labels = [_quote_label(q) for q in history.quotes]
    label_width = max(len(label) for label in labels)
    for q, label in zip(history.quotes, labels):
        style = "articlediff.removed" if q.disappeared is not None else (
            "articlediff.edited" if q.changed else "articlediff.context")
        out.append(f"  {label:<{label_width}}", style)
        out.append("  ")
        if q.speaker:
            out.append(f"{_one_line(q.speaker)}: ", "articlediff.label")
        out.append(f"“{_one_line(q.text, options)}”")
        out.append("\n")


def _quote_label(q: QuoteTimeline) -> str:
    parts = [version_name(q.appeared)]
    if q.changed:
        parts.append("changed " + " ".join(version_name(v) for v in q.changed))
    if q.disappeared is not None:
        parts.append(f"gone {version_name(q.disappeared)}")
    return ", ".join(parts)


def _one_line(text: str, options: TimelineOptions | None = None) -> str:
    """Text on one line, control characters made visible, cut to EXCERPT characters
    (unless the options ask for it in full)."""
    from ..text.words import make_visible

    flat = " ".join(make_visible(text).split())
    if options is not None and options.full:
        return flat
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"
