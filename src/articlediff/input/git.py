"""Versions of a story kept in a git repository: read with the ``git`` command.

``read_revision`` reads one file as it was at one revision, ``log_revisions`` lists the
commits that changed it, ``load_git_articles`` turns revisions into Articles, and
``git_external_diff`` reads the arguments git passes to a GIT_EXTERNAL_DIFF program.
Paths are read as git reads them: relative to the current directory (or to REPO, when
one is given), and an absolute path inside the repository works too.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from typing import NamedTuple

from ..errors import LoadError
from ..model import Article
from ..text.words import normalize_newlines
from .load import DEFAULT_MAX_BYTES, LoadedText, decode_bytes, read_article

#: What git passes an external diff program: path old-file old-hex old-mode
#: new-file new-hex new-mode (and, for a rename, new-path and a message).
EXTERNAL_DIFF_ARGS = 7


class _Git(NamedTuple):
    """A repository, by its root, and the name used for it in messages."""

    root: str
    label: str
    where: str
    """The directory relative paths are read from: the current one, or REPO."""


def read_revision(path: str, rev: str, *, repo: str | None = None) -> tuple[str, bytes]:
    """The bytes of PATH at revision REV (``git cat-file blob REV:PATH``).

    Returns:
        ``("SHORTHASH:PATH", data)``: a label naming the commit by its short hash.

    Raises:
        LoadError: git is missing, REPO is not a git repository, REV is not a commit
            there, or PATH is not a file in REV; the message is one line.
    """
    git = _open_repo(repo)
    return _read(git, _repo_path(git, path), rev)


def log_revisions(path: str, *, repo: str | None = None) -> list[str]:
    """The commits (full hashes) that changed PATH, oldest first, following renames.

    A commit that deleted the file is left out: there is no version to read there.
    """
    git = _open_repo(repo)
    return [commit for commit, _ in _log(git, _repo_path(git, path))]


def load_git_articles(revs: Sequence[str] | None, path: str, *, repo: str | None = None,
                      max_bytes: int = DEFAULT_MAX_BYTES, input_format: str = "auto") -> list[Article]:
    """PATH at each revision in REVS, decoded and segmented, in the order given.

    Args:
        revs: revisions (hashes, tags, ``HEAD~2``...); None for every commit that
            changed PATH, oldest first. Where a file was renamed, a revision from
            before the rename is read under its old name.
        input_format: as for load_article (``auto``: by the file's name and content).
        path: the file, relative to the current directory (or REPO), as git reads it.

    Each Article's source is ``SHORTHASH:PATH``.
    """
    git = _open_repo(repo)
    name = _repo_path(git, path)
    history = _log(git, name) if revs is None else None
    if history is not None and not history:
        raise LoadError(f"no commit in {git.label} touched '{name}'")
    pairs = history if history is not None else [(rev, name) for rev in revs or ()]
    articles = []
    for rev, rev_path in pairs:
        try:
            label, data = _read(git, rev_path, rev)
        except _MissingPath:
            # Perhaps the file had another name then: ask the rename-following log.
            old_name = _name_at(git, name, rev)
            if old_name is None or old_name == rev_path:
                raise
            label, data = _read(git, old_name, rev)
        if len(data) > max_bytes:
            raise LoadError(f"{label} is larger than {max_bytes:,} bytes; raise the limit with --max-bytes")
        articles.append(_article(data, label, input_format))
    return articles


class Commit(NamedTuple):
    """The commit a version was read from, as a timeline names it."""

    hash: str
    date: str
    """The commit's date, ``YYYY-MM-DD`` (the committer's)."""
    subject: str
    """The first line of its message."""


def commit_of(article: Article, *, repo: str | None = None) -> Commit | None:
    """The commit of a version read by load_git_articles (whose source is
    ``SHORTHASH:PATH``); None for any other source."""
    rev, sep, _ = article.source.partition(":")
    if not sep or not rev or any(c not in "0123456789abcdef" for c in rev):
        return None
    git = _open_repo(repo)
    done = _git(["show", "-s", "--format=%H%x00%cs%x00%s", "--end-of-options", f"{rev}^{{commit}}"], git.root)
    if done.returncode != 0:
        return None
    full, date, subject = done.stdout.decode(errors="replace").rstrip("\n").split("\x00", 2)
    return Commit(hash=full, date=date, subject=subject)


def git_external_diff(args: Sequence[str]) -> tuple[str, str, str]:
    """The two files to compare and the path to show, from git's GIT_EXTERNAL_DIFF
    arguments: ``path old-file old-hex old-mode new-file new-hex new-mode``, plus
    ``new-path message`` for a rename. An added or removed file is ``/dev/null``.
    """
    if len(args) == 1:
        raise LoadError(f"'{args[0]}' is unmerged: resolve the conflict, then diff it")
    if len(args) not in (EXTERNAL_DIFF_ARGS, EXTERNAL_DIFF_ARGS + 2):
        raise LoadError(
            f"expected the {EXTERNAL_DIFF_ARGS} arguments git passes to an external diff"
            f" (path old-file old-hex old-mode new-file new-hex new-mode), got {len(args)}"
        )
    path, old_file, _, _, new_file = args[:5]
    display = path
    if len(args) > EXTERNAL_DIFF_ARGS and args[7] != path:
        display = f"{path} → {args[7]}"
    return old_file, new_file, display


# --- running git ---------------------------------------------------------------------


class _MissingPath(LoadError):
    """PATH is not in REV (a LoadError, so callers that do not retry see the message)."""


def _git(args: Sequence[str], cwd: str) -> subprocess.CompletedProcess[bytes]:
    # LC_ALL=C: git's messages in English, since we read them.
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, check=False)
    except FileNotFoundError:
        raise LoadError("git is not installed (or not on PATH); it is needed to read versions from a repository") from None


def _open_repo(repo: str | None) -> _Git:
    where = repo if repo is not None else os.getcwd()
    if not os.path.isdir(where):
        raise LoadError(f"'{where}' is not a directory")
    done = _git(["rev-parse", "--show-toplevel"], where)
    if done.returncode != 0:
        raise LoadError(f"'{where}' is not in a git repository")
    root = os.fsdecode(done.stdout.rstrip(b"\n"))
    return _Git(root=root, label=f"the repository at '{root}'", where=where)


def _repo_path(git: _Git, path: str) -> str:
    """PATH relative to the root, with forward slashes, as git names it in a tree: a
    relative PATH is read from the current directory (or REPO), as git reads it."""
    # Not realpath on the file itself: it need not exist in the work tree (it may have
    # been deleted or renamed since); its directory is resolved instead.
    full = os.path.join(os.path.abspath(git.where), path)
    head, tail = os.path.split(os.path.normpath(full))
    relative = os.path.relpath(os.path.join(os.path.realpath(head), tail), os.path.realpath(git.root))
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        raise LoadError(f"'{path}' is outside the repository {git.label}")
    return relative.replace(os.sep, "/")


def _short_commit(git: _Git, rev: str) -> str:
    if rev.startswith("-"):
        raise LoadError(f"'{rev}' is not a revision in {git.label}")
    done = _git(["rev-parse", "--verify", "--quiet", "--short", "--end-of-options", f"{rev}^{{commit}}"], git.root)
    if done.returncode != 0:
        raise LoadError(f"'{rev}' is not a revision (commit, branch or tag) in {git.label}")
    return done.stdout.decode("ascii").strip()


def _read(git: _Git, path: str, rev: str) -> tuple[str, bytes]:
    short = _short_commit(git, rev)
    done = _git(["cat-file", "blob", f"{short}:{path}"], git.root)
    if done.returncode == 0:
        return f"{short}:{path}", done.stdout
    kind = _git(["cat-file", "-t", f"{short}:{path}"], git.root)
    if kind.returncode == 0:
        raise LoadError(f"'{path}' is a {kind.stdout.decode().strip()} in {rev}, not a file")
    raise _MissingPath(f"'{path}' does not exist in {rev} ({short}); paths are read from the current directory, as git reads them")


def _log(git: _Git, path: str) -> list[tuple[str, str]]:
    """(commit, path at that commit) for each commit that changed PATH, oldest first."""
    done = _git(["log", "-z", "--follow", "--name-status", "--format=%x01%H", "--", path], git.root)
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise LoadError(f"git log failed for '{path}': {message[-1] if message else 'no message'}")
    entries = []
    for record in done.stdout.decode(errors="surrogateescape").split("\x01")[1:]:
        commit, *fields = record.split("\x00")
        fields = [f.strip("\n") for f in fields if f.strip("\n")]
        if fields and fields[0].startswith("D"):
            continue  # the commit deleted the file
        entries.append((commit.strip(), fields[-1] if len(fields) > 1 else path))
    entries.reverse()
    return entries


def _name_at(git: _Git, path: str, rev: str) -> str | None:
    """The name PATH had at REV: the name in the newest commit of its rename-following
    log that REV contains; None if there is none."""
    for commit, name in reversed(_log(git, path)):
        if _git(["merge-base", "--is-ancestor", commit, f"{rev}^{{commit}}"], git.root).returncode == 0:
            return name
    return None


def _article(data: bytes, label: str, input_format: str = "auto") -> Article:
    """Decode and segment one version: text, Markdown or HTML as ``input_format`` says,
    or, for ``auto``, by its name and content."""
    text, encoding = decode_bytes(data, label)
    loaded = LoadedText(source=label, text=normalize_newlines(text), encoding=encoding)
    return read_article(loaded, input_format)
