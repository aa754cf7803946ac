#!/usr/bin/env python3
"""Run ``articlediff check`` on every story a pull request added, modified or renamed.

The GitHub Action in ``action.yml`` calls this script; it also runs by hand from
anywhere inside a git repository:

    python scripts/check_changed_stories.py --base origin/main --head HEAD \\
        --paths 'stories/**' --rules quote-changed,quote-removed

Each option falls back on an environment variable (the action sets them from its
inputs): ``ARTICLEDIFF_BASE``, ``ARTICLEDIFF_HEAD``, ``ARTICLEDIFF_PATHS`` (git
pathspecs, one a line), ``ARTICLEDIFF_RULES``. Both versions of a story are read from
git (``git cat-file --filters``), never from the working tree, and written under a
temporary directory with their repository paths, so the old side keeps its file name
and extension (a Markdown story is read as Markdown on both sides) and the
annotations name the story's path in the repository.

- modified or renamed: the old path at BASE is compared with the new path at HEAD;
- added: nothing to compare, logged and skipped;
- deleted: nothing left to check, logged and skipped.

Every story is checked before the script exits: 0 when every story passed, 1 when a
rule was broken in one, 2 when a story could not be checked or git failed.

Python rather than shell: git's NUL-separated records have two paths for a rename and
one otherwise, and paths may hold spaces, newlines or bytes that are not UTF-8, which
this reads without quoting rules to get wrong.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_RULES = "quote-changed,quote-removed,quote-reattributed"
DEFAULT_PATHS = "stories/**"

OK, BROKEN, TROUBLE = 0, 1, 2


class GitError(Exception):
    """A git command failed; the message is one line."""


@dataclass(frozen=True)
class Change:
    """One line of ``git diff --name-status``: a status letter and its paths."""

    status: str
    """A (added), M (modified), R (renamed), D (deleted), T (type changed), C (copied)."""
    old_path: str | None
    new_path: str | None


def parse_name_status(output: bytes) -> list[Change]:
    """The records of ``git diff --name-status -z``: ``STATUS\\0PATH\\0``, or
    ``STATUS\\0OLD\\0NEW\\0`` for a rename or a copy (whose status carries a score,
    ``R087``)."""
    fields = [os.fsdecode(field) for field in output.split(b"\0")]
    if fields and fields[-1] == "":
        fields.pop()
    changes = []
    i = 0
    while i < len(fields):
        status = fields[i][:1]
        if status in ("R", "C"):
            if i + 2 >= len(fields):
                raise GitError(f"git diff ended in the middle of a record: {fields[i:]!r}")
            changes.append(Change(status, fields[i + 1], fields[i + 2]))
            i += 3
        else:
            if i + 1 >= len(fields):
                raise GitError(f"git diff ended in the middle of a record: {fields[i:]!r}")
            path = fields[i + 1]
            changes.append(Change(status, None if status == "A" else path, None if status == "D" else path))
            i += 2
    return changes


def git(repo: Path, *args: str) -> bytes:
    """Standard output of ``git ARGS`` run at REPO's root; GitError if it fails."""
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, check=False)
    if done.returncode != 0:
        message = os.fsdecode(done.stderr).strip().splitlines()
        raise GitError(f"git {args[0]} failed: {message[-1] if message else f'exit status {done.returncode}'}")
    return done.stdout


def resolve_commit(repo: Path, rev: str, what: str) -> str:
    if not rev.strip():
        raise GitError(f"no {what} commit given (on a pull_request event the action's default is the"
                       f" pull request's {what}; elsewhere set the '{what}' input)")
    done = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"],
                          cwd=repo, capture_output=True, check=False)
    if done.returncode != 0:
        raise GitError(f"the {what} commit '{rev}' is not in this clone (check out with fetch-depth: 0,"
                       " or fetch it)")
    return os.fsdecode(done.stdout).strip()


def changed_stories(repo: Path, base: str, head: str, pathspecs: Sequence[str]) -> list[Change]:
    """The stories matching PATHSPECS that differ between BASE and HEAD, renames found."""
    output = git(repo, "diff", "--name-status", "-z", "--find-renames", "--no-relative", "--no-ext-diff",
                 base, head, "--", *pathspecs)
    return parse_name_status(output)


def write_version(repo: Path, commit: str, path: str, root: Path) -> Path:
    """PATH as it is at COMMIT, written to ROOT/PATH (so it keeps its name and extension)."""
    data = git(repo, "cat-file", "--filters", f"{commit}:{path}")
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def shown(path: str) -> str:
    """A path for a log line: as it is, or quoted if it holds a control character."""
    return repr(path) if any(ord(c) < 32 or ord(c) == 127 for c in path) else path


def annotation(level: str, path: str, message: str) -> str:
    """A GitHub Actions workflow command about the file PATH."""
    def data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    prop = data(path).replace(":", "%3A").replace(",", "%2C")
    return f"::{level} file={prop},title=articlediff::{data(message)}"


def check_story(repo: Path, base: str, head: str, change: Change, rules: str, workdir: Path) -> int:
    """Compare one story's old and new versions with ``articlediff check``; OK, BROKEN or
    TROUBLE. The annotations articlediff prints are passed on."""
    assert change.old_path is not None and change.new_path is not None
    try:
        old = write_version(repo, base, change.old_path, workdir / "base")
        write_version(repo, head, change.new_path, workdir / "head")
    except GitError as exc:
        print(annotation("error", change.new_path, f"could not read the story from git: {exc}"), flush=True)
        return TROUBLE
    # Run inside the head tree with the story's repository path, so that the
    # annotations articlediff prints point at the file in the pull request. Both sides
    # are committed files, never a failed download: an empty one is intended (a
    # placeholder written up, a story emptied), so it is compared, not refused.
    done = subprocess.run(
        [sys.executable, "-m", "articlediff", "check", "--fail-on", rules, "--format", "github", "--allow-empty",
         "--", str(old), change.new_path],
        cwd=workdir / "head", capture_output=True, text=True, check=False,
    )
    sys.stdout.write(done.stdout)
    if done.returncode in (OK, BROKEN):
        return done.returncode
    reason = done.stderr.strip().removeprefix("Error: ") or f"exit status {done.returncode}"
    print(annotation("error", change.new_path, f"articlediff could not check this story: {reason}"), flush=True)
    return TROUBLE


def run(base: str, head: str, pathspecs: Sequence[str], rules: str) -> int:
    try:
        repo = Path(os.fsdecode(git(Path.cwd(), "rev-parse", "--show-toplevel")).strip())
        base_commit = resolve_commit(repo, base, "base")
        head_commit = resolve_commit(repo, head, "head")
        changes = changed_stories(repo, base_commit, head_commit, pathspecs)
    except GitError as exc:
        print(f"::error title=articlediff::{exc}", flush=True)
        return TROUBLE

    print(f"articlediff: stories matching {' '.join(pathspecs)} changed between"
          f" {base_commit[:12]} and {head_commit[:12]}; rules: {rules}", flush=True)
    counts = {OK: 0, BROKEN: 0, TROUBLE: 0}
    skipped = 0
    with tempfile.TemporaryDirectory(prefix="articlediff-") as tmp:
        for n, change in enumerate(changes):
            if change.status == "A":
                print(f"skip     {shown(change.new_path or '')}: new story, nothing to compare", flush=True)
                skipped += 1
                continue
            if change.status == "D":
                print(f"skip     {shown(change.old_path or '')}: deleted, nothing to check", flush=True)
                skipped += 1
                continue
            if change.status not in ("M", "R", "T", "C"):
                print(f"skip     {shown(change.new_path or change.old_path or '')}:"
                      f" git status {change.status}, not a story to compare", flush=True)
                skipped += 1
                continue
            assert change.old_path is not None and change.new_path is not None
            what = (shown(change.new_path) if change.old_path == change.new_path
                    else f"{shown(change.old_path)} -> {shown(change.new_path)}")
            status = check_story(repo, base_commit, head_commit, change, rules, Path(tmp) / str(n))
            counts[status] += 1
            print(f"{('ok', 'FAILED', 'ERROR')[status]:<8} {what}", flush=True)

    checked = sum(counts.values())
    print(f"articlediff: {checked} {'story' if checked == 1 else 'stories'} checked: {counts[OK]} passed,"
          f" {counts[BROKEN]} broke a rule, {counts[TROUBLE]} could not be checked; {skipped} skipped",
          flush=True)
    if counts[TROUBLE]:
        return TROUBLE
    return BROKEN if counts[BROKEN] else OK


def main(argv: Sequence[str] | None = None) -> int:
    env = os.environ
    parser = argparse.ArgumentParser(
        description="Run `articlediff check` on every story added, modified or renamed between two commits.")
    parser.add_argument("--base", default=env.get("ARTICLEDIFF_BASE", ""),
                        help="the old commit (default: $ARTICLEDIFF_BASE)")
    parser.add_argument("--head", default=env.get("ARTICLEDIFF_HEAD") or "HEAD",
                        help="the new commit (default: $ARTICLEDIFF_HEAD, else HEAD)")
    parser.add_argument("--paths", default=env.get("ARTICLEDIFF_PATHS") or DEFAULT_PATHS,
                        help=f"git pathspecs of the stories, one a line (default: $ARTICLEDIFF_PATHS,"
                             f" else {DEFAULT_PATHS})")
    parser.add_argument("--rules", default=env.get("ARTICLEDIFF_RULES") or DEFAULT_RULES,
                        help=f"rules for --fail-on (default: $ARTICLEDIFF_RULES, else {DEFAULT_RULES})")
    args = parser.parse_args(argv)
    pathspecs = [line.strip() for line in args.paths.splitlines() if line.strip()]
    if not pathspecs:
        print("::error title=articlediff::no paths given: say which files are stories", flush=True)
        return TROUBLE
    rules = ",".join(rule.strip() for rule in args.rules.replace("\n", ",").split(",") if rule.strip())
    if not rules:
        print("::error title=articlediff::no rules given: say which rules a story must keep", flush=True)
        return TROUBLE
    return run(args.base.strip(), args.head.strip(), pathspecs, rules)


if __name__ == "__main__":
    sys.exit(main())
