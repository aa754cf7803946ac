"""A check result (see check.py) as text for the terminal, as JSON, or as GitHub
Actions annotations."""

from __future__ import annotations

import json

from ..model import CheckResult, Violation
from ..text.words import make_visible

CHECK_SCHEMA = "articlediff.check/1"


def check_text(result: CheckResult, path: str) -> str:
    """The violations, one a line, or a line saying which rules ``path`` keeps."""
    if result.ok:
        kept = list(result.rules) + (["max-changed-words"] if result.max_changed_words is not None else [])
        return f"OK: {path} breaks none of: {', '.join(kept)}\n"
    count = len(result.violations)
    lines = [f"{count} violation{'s' if count != 1 else ''} in {path}:"]
    for v in result.violations:
        where = f"line {v.line}" if v.line is not None else "-"
        lines.append(f"  {v.rule:<19} {where:<9} {make_visible(v.message)}")
    return "\n".join(lines) + "\n"


def check_to_dict(result: CheckResult) -> dict[str, object]:
    """The JSON document of a check (schema ``articlediff.check/1``)."""
    return {
        "schema": CHECK_SCHEMA,
        "old": result.old,
        "new": result.new,
        "rules": list(result.rules),
        "max_changed_words": result.max_changed_words,
        "ok": result.ok,
        "violations": [v._asdict() for v in result.violations],
    }


def check_json(result: CheckResult) -> str:
    return json.dumps(check_to_dict(result), ensure_ascii=False, indent=2) + "\n"


def github_annotations(result: CheckResult, path: str) -> str:
    """One workflow command a violation (see github_annotation)."""
    return "".join(github_annotation(v, path) + "\n" for v in result.violations)


def github_annotation(violation: Violation, path: str, *, level: str = "error") -> str:
    """A GitHub Actions workflow command that marks the line of NEW: an error, since a
    broken rule fails the job."""
    where = f"file={_escape_property(path)}"
    if violation.line is not None:
        where += f",line={violation.line}"
    where += f",title={_escape_property('articlediff ' + violation.rule)}"
    return f"::{level} {where}::{_escape_data(violation.message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
