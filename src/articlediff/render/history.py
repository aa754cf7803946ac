"""The history of three or more versions (see history.py) for people, and as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model import History, ParagraphOrigin, QuoteTimeline

if TYPE_CHECKING:
    from rich.console import Group
    from rich.text import Text

HISTORY_SCHEMA = "articlediff.history/1"


def history_to_dict(history: History) -> dict[str, Any]:
    """The ``articlediff.history/1`` JSON document as plain Python data."""
    return {
        "schema": HISTORY_SCHEMA,
        "versions": [{"source": v.source, "paragraphs": len(v.paragraphs)} for v in history.versions],
        "steps": [
            {"from": k, "to": k + 1, "summary": step.summary._asdict()}
            for k, step in enumerate(history.steps)
        ],
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


def render_history(history: History) -> Group:
    """The history for people: one line per step, the origin of each paragraph of the
    latest version, then the quotation timeline. Versions are numbered from v1.

    Long lines end in an ellipsis at the console's width rather than wrap, so each
    paragraph and quotation stays on one line. (The Text is wrapped in a Group because
    ``Console.print`` re-joins bare Text objects and would drop ``no_wrap``.)
    """
    from rich.console import Group
    from rich.text import Text

    out = Text(no_wrap=True, overflow="ellipsis", end="\n")
    _render_versions(out, history)
    _render_steps(out, history)
    _render_paragraphs(out, history)
    _render_quotes(out, history)
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


def _render_versions(out: Text, history: History) -> None:
    _heading(out, f"History of {len(history.versions)} versions")
    for k, version in enumerate(history.versions):
        out.append(f"  {version_name(k):<4}", "articlediff.label")
        out.append(f"{len(version.paragraphs):>3} paragraphs  ")
        out.append(_one_line(version.source))
        out.append("\n")


def _render_steps(out: Text, history: History) -> None:
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


def _render_paragraphs(out: Text, history: History) -> None:
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
        out.append(_one_line(p.text))
        out.append("\n")


def _origin_label(p: ParagraphOrigin) -> str:
    label = version_name(p.first_version)
    if p.last_edited_version is not None:
        label += f", edited {version_name(p.last_edited_version)}"
    return label


def _render_quotes(out: Text, history: History) -> None:
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
        out.append(f"“{_one_line(q.text)}”")
        out.append("\n")


def _quote_label(q: QuoteTimeline) -> str:
    parts = [version_name(q.appeared)]
    if q.changed:
        parts.append("changed " + " ".join(version_name(v) for v in q.changed))
    if q.disappeared is not None:
        parts.append(f"gone {version_name(q.disappeared)}")
    return ", ".join(parts)


def _one_line(text: str) -> str:
    """Text on one line, control characters made visible, cut to EXCERPT characters."""
    from ..text.words import make_visible

    flat = " ".join(make_visible(text).split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"
