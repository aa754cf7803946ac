"""Policies for CI jobs: which changes break a rule ("fail if any quotation was altered").

``check(diff, rules, max_changed_words=None)`` returns a CheckResult: the violations,
none when the new version passes, and the exit status. Compute only: the text, JSON
and GitHub forms of a result are render/check.py's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .model import ArticleDiff, BlockKind, CheckResult, Role, Row, Violation
from .rules import RULES


def parse_rules(values: Iterable[str]) -> list[str]:
    """``["quote-changed,quote-removed", "any"]`` → rule names; raises ValueError on an
    unknown one."""
    rules: list[str] = []
    for value in values:
        for rule in (r.strip() for r in value.split(",")):
            if not rule:
                continue
            if rule not in RULES:
                raise ValueError(f"unknown rule '{rule}'; the rules are: {', '.join(RULES)}")
            if rule not in rules:
                rules.append(rule)
    return rules


def check(diff: ArticleDiff, rules: Sequence[str], *, max_changed_words: int | None = None) -> CheckResult:
    """Check ``diff`` against ``rules`` (names from rules.RULES) and the changed-words
    limit; the result lists the violations and holds the exit status."""
    return CheckResult(
        old=diff.old.source, new=diff.new.source, rules=tuple(rules), max_changed_words=max_changed_words,
        violations=tuple(_violations(diff, rules, max_changed_words)),
    )


def _violations(diff: ArticleDiff, rules: Sequence[str], max_changed_words: int | None) -> list[Violation]:
    found: list[Violation] = []
    for rule in rules:
        found.extend(_CHECKS[rule](diff))
    if max_changed_words is not None:
        changed = diff.summary.words_added + diff.summary.words_removed
        if changed > max_changed_words:
            found.append(Violation(
                "max-changed-words",
                f"{changed} words changed (+{diff.summary.words_added} -{diff.summary.words_removed}),"
                f" more than the {max_changed_words} allowed",
            ))
    return found


def _line(diff: ArticleDiff, new_index: int | None) -> int | None:
    if new_index is None or not diff.new.paragraphs:
        return None
    return diff.new.paragraphs[new_index].line


def _anchor(diff: ArticleDiff, block: Row) -> int | None:
    """The new paragraph nearest to a block: its own, or the one after a removal."""
    if block.new:
        return block.new[0]
    position = diff.rows.index(block)
    following = next((b.new[0] for b in diff.rows[position:] if b.new), None)
    if following is not None:
        return following
    return len(diff.new.paragraphs) - 1 if diff.new.paragraphs else None


def _excerpt(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _quote_violations(diff: ArticleDiff, change: str, rule: str) -> list[Violation]:
    """The quotations (not terms) whose change is ``change``; for ``reattributed``, every
    quotation now given to someone else, its words changed or not."""
    out = []
    for q in diff.quotes:
        if q.kind != "quote" or not (q.speaker_changed if change == "reattributed" else q.change == change):
            continue
        quote = q.new or q.old
        assert quote is not None
        old_p = q.old.paragraph if q.old else None
        new_p = q.new.paragraph if q.new else None
        speaker = f" ({quote.speaker})" if quote.speaker else ""
        if change == "changed":
            # The words around the change: never two identical truncated strings.
            from .quotes.excerpt import change_excerpts  # the quotes package: only when asked

            was, now = change_excerpts(q.spans) if q.spans else (_excerpt(q.old.text), _excerpt(q.new.text))  # type: ignore[union-attr]
            message = f"quotation{speaker} {q.detail or 'changed'}: “{was}” → “{now}”"
        elif change == "removed":
            message = f"quotation{speaker} removed: “{_excerpt(quote.text)}”"
        else:
            message = (f"quotation re-attributed from {q.old.speaker or 'an unknown speaker'} to "  # type: ignore[union-attr]
                       f"{q.new.speaker or 'an unknown speaker'}: “{_excerpt(quote.text)}”")  # type: ignore[union-attr]
        anchor = new_p if new_p is not None else _nearest_new(diff, old_p)
        out.append(Violation(rule, message, old_p, new_p, _line(diff, anchor)))
    return out


def _nearest_new(diff: ArticleDiff, old_index: int | None) -> int | None:
    for block in diff.rows:
        if old_index is not None and old_index in block.old:
            return _anchor(diff, block)
    return None


def _paragraph_removed(diff: ArticleDiff) -> list[Violation]:
    out = []
    for block in diff.rows:
        if block.kind is not BlockKind.REMOVED:
            continue
        for i in block.old:
            paragraph = diff.old.paragraphs[i]
            if paragraph.role.is_story:
                anchor = _anchor(diff, block)
                out.append(Violation("paragraph-removed", f"old ¶{i} removed: “{_excerpt(paragraph.text)}”",
                                     i, None, _line(diff, anchor)))
    return out


def _number_facts(diff: ArticleDiff, rule: str) -> list[Violation]:
    """The story's numbers (see facts.story: judged over the whole of its headline,
    subheads and body; a dateline's time is no number of the story) that changed
    (``number-changed``: a value replaced by another for the same fact) or are gone
    (``number-removed``: the new version no longer states it anywhere)."""
    from .facts import story_facts

    out = []
    for fact in story_facts(diff):
        if fact.type != "number" or fact.old is None:
            continue
        if (fact.new is not None) != (rule == "number-changed"):
            continue
        old_p = fact.old_at[0] if fact.old_at else None
        new_p = fact.new_at[0] if fact.new_at else None
        anchor = new_p if new_p is not None else _nearest_new(diff, old_p)
        where = f"¶{new_p}" if new_p is not None else f"old ¶{old_p}"
        out.append(Violation(rule, f"{where}: number {fact.description}", old_p, new_p, _line(diff, anchor)))
    return out


def _metadata(diff: ArticleDiff, roles: tuple[Role, ...], rule: str) -> list[Violation]:
    out = []
    for change in diff.metadata:
        if change.role not in roles:
            continue
        if change.old and change.new:
            message = f"{change.role.value} changed: “{_excerpt(change.old)}” → “{_excerpt(change.new)}”"
        else:
            message = f"{change.role.value} {change.kind.value}: “{_excerpt(change.old or change.new or '')}”"
        new_index = next((p.index for p in diff.new.paragraphs if p.text == change.new), None)
        out.append(Violation(rule, message, None, new_index, _line(diff, new_index if new_index is not None else 0)))
    return out


def _any(diff: ArticleDiff) -> list[Violation]:
    if not diff.changed:
        return []
    s = diff.summary
    first = next((b for b in diff.rows if b.kind is not BlockKind.UNCHANGED or b.moved), None)
    anchor = _anchor(diff, first) if first else None
    return [Violation("any", f"the story changed: {s.edited} edited, {s.added} added, {s.removed} removed,"
                             f" {s.moved} moved paragraphs", None, anchor, _line(diff, anchor))]


_CHECKS = {
    "quote-changed": lambda d: _quote_violations(d, "changed", "quote-changed"),
    "quote-removed": lambda d: _quote_violations(d, "removed", "quote-removed"),
    "quote-reattributed": lambda d: _quote_violations(d, "reattributed", "quote-reattributed"),
    "paragraph-removed": _paragraph_removed,
    "number-changed": lambda d: _number_facts(d, "number-changed"),
    "number-removed": lambda d: _number_facts(d, "number-removed"),
    "byline-changed": lambda d: _metadata(d, (Role.BYLINE, Role.DATELINE), "byline-changed"),
    "headline-changed": lambda d: _metadata(d, (Role.HEADLINE,), "headline-changed"),
    "any": _any,
}
