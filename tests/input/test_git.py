"""Versions from a git repository, and articlediff as git's external diff and difftool."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from articlediff import LoadError, compare, load_article
from articlediff.cli import main
from articlediff.input.git import git_external_diff, load_git_articles, log_revisions, read_revision

from ..conftest import CNN

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

STORY = "news/story.txt"


def git(repo: Path, *args: str) -> str:
    """Run git in REPO with a fixed identity; its standard output."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main",
         *args],
        cwd=repo, capture_output=True, text=True, check=True,
    )
    return done.stdout.strip()


@pytest.fixture(autouse=True)
def _isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No user or system git configuration (pagers, aliases, diff drivers) gets in."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_PAGER", "cat")


@pytest.fixture(name="repo")
def fixture_repo(tmp_path: Path) -> Path:
    """A repository with two commits of the story: v1, then v2, at news/story.txt."""
    repo = tmp_path / "repo"
    (repo / "news").mkdir(parents=True)
    git(repo, "init", "-q")
    for n in (1, 2):
        shutil.copyfile(CNN / f"v{n}.txt", repo / STORY)
        git(repo, "add", STORY)
        git(repo, "commit", "-q", "-m", f"version {n}")
    return repo


class TestReadRevision:
    def test_reads_bytes_at_revision(self, repo: Path) -> None:
        """REV:PATH, with the commit's short hash in the label."""
        label, data = read_revision(STORY, "HEAD~1", repo=str(repo))
        assert data == (CNN / "v1.txt").read_bytes()
        assert label == f"{git(repo, 'rev-parse', '--short', 'HEAD~1')}:{STORY}"
        assert read_revision(STORY, "main", repo=str(repo))[1] == (CNN / "v2.txt").read_bytes()

    def test_path_relative_to_the_current_directory_as_git_reads_it(self, repo: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
        """From a subdirectory, a path is read from there, as git reads it (git log --
        story.txt, git show HEAD:./story.txt); ../ and absolute paths work too."""
        monkeypatch.chdir(repo / "news")
        label, data = read_revision("story.txt", "HEAD")
        assert data == (CNN / "v2.txt").read_bytes() and label.endswith(f":{STORY}")
        assert read_revision("../news/story.txt", "HEAD~1")[1] == (CNN / "v1.txt").read_bytes()
        assert read_revision(str(repo / STORY), "HEAD")[0].endswith(f":{STORY}")
        with pytest.raises(LoadError, match="read from the current directory"):
            read_revision(STORY, "HEAD")  # news/news/story.txt
        with pytest.raises(LoadError, match="is outside the repository"):
            read_revision("../../elsewhere.txt", "HEAD")

    def test_the_command_line_reads_paths_from_the_current_directory(self, repo: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.chdir(repo / "news")
        result = CliRunner().invoke(main, ["--git", "HEAD~1", "HEAD", "story.txt", "-f", "json"])
        assert result.exit_code == 1, result.output
        assert json.loads(result.stdout)["new"]["source"].endswith(f":{STORY}")
        result = CliRunner().invoke(main, ["--git-log", "story.txt", "-f", "json"])
        assert result.exit_code == 1, result.output

    def test_bad_revision(self, repo: Path) -> None:
        with pytest.raises(LoadError, match=r"^'nope' is not a revision \(commit, branch or tag\) in the repository at"):
            read_revision(STORY, "nope", repo=str(repo))
        with pytest.raises(LoadError, match="^'--all' is not a revision"):
            read_revision(STORY, "--all", repo=str(repo))

    def test_path_not_in_revision(self, repo: Path) -> None:
        with pytest.raises(LoadError, match=r"^'story.txt' does not exist in HEAD \([0-9a-f]+\); paths are read from the current"):
            read_revision("story.txt", "HEAD", repo=str(repo))
        with pytest.raises(LoadError, match="^'news' is a tree in HEAD, not a file$"):
            read_revision("news", "HEAD", repo=str(repo))

    def test_not_a_repository(self, tmp_path: Path) -> None:
        plain = tmp_path / "plain"
        plain.mkdir()
        with pytest.raises(LoadError, match=f"^'{plain}' is not in a git repository$"):
            read_revision(STORY, "HEAD", repo=str(plain))
        with pytest.raises(LoadError, match=f"^'{plain / 'missing'}' is not a directory$"):
            read_revision(STORY, "HEAD", repo=str(plain / "missing"))

    def test_git_missing(self, repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        monkeypatch.setenv("PATH", str(tmp_path / "empty"))
        with pytest.raises(LoadError, match="^git is not installed"):
            read_revision(STORY, "HEAD", repo=str(repo))


def test_log_revisions_oldest_first(repo: Path) -> None:
    assert log_revisions(STORY, repo=str(repo)) == git(repo, "rev-list", "--reverse", "HEAD").split()


def test_log_follows_renames_and_skips_deletions(repo: Path) -> None:
    """After a rename the log under the new name still reaches the first commit, and
    load_git_articles reads the early versions under the old name."""
    git(repo, "mv", STORY, "story.txt")
    git(repo, "commit", "-q", "-m", "move")
    shutil.copyfile(CNN / "v3.txt", repo / "story.txt")
    git(repo, "commit", "-q", "-am", "version 3")
    revisions = log_revisions("story.txt", repo=str(repo))
    assert revisions == git(repo, "rev-list", "--reverse", "HEAD").split()
    articles = load_git_articles(None, "story.txt", repo=str(repo))
    assert [a.source.split(":")[1] for a in articles] == [STORY, STORY, "story.txt", "story.txt"]
    assert [a.text for a in articles] == [load_article(CNN / f"v{n}.txt").text for n in (1, 2, 2, 3)]
    git(repo, "rm", "-q", "story.txt")
    git(repo, "commit", "-q", "-m", "delete")
    assert log_revisions("story.txt", repo=str(repo)) == revisions  # no version to read in the deletion


def test_load_git_articles(repo: Path) -> None:
    """Decoded and segmented like files; sources are SHORTHASH:PATH."""
    old, new = load_git_articles(["HEAD~1", "HEAD"], STORY, repo=str(repo))
    short = [git(repo, "rev-parse", "--short", rev) for rev in ("HEAD~1", "HEAD")]
    assert [old.source, new.source] == [f"{short[0]}:{STORY}", f"{short[1]}:{STORY}"]
    assert old.paragraphs == load_article(CNN / "v1.txt").paragraphs
    assert new.paragraphs == load_article(CNN / "v2.txt").paragraphs
    assert compare(old, new).summary == compare(load_article(CNN / "v1.txt"), load_article(CNN / "v2.txt")).summary


def test_load_git_articles_errors(repo: Path) -> None:
    with pytest.raises(LoadError, match="^'HEAD~5' is not a revision"):
        load_git_articles(["HEAD", "HEAD~5"], STORY, repo=str(repo))
    with pytest.raises(LoadError, match="^no commit in the repository at .* touched 'other.txt'$"):
        load_git_articles(None, "other.txt", repo=str(repo))
    with pytest.raises(LoadError, match=r"is larger than 100 bytes"):
        load_git_articles(["HEAD"], STORY, repo=str(repo), max_bytes=100)


class TestExternalDiffArguments:
    def test_seven_arguments(self) -> None:
        args = ["story.txt", "/tmp/git-blob-a/story.txt", "a" * 40, "100644", "story.txt", "b" * 40, "100644"]
        assert git_external_diff(args) == ("/tmp/git-blob-a/story.txt", "story.txt", "story.txt")

    def test_added_file(self) -> None:
        args = ["new.txt", "/dev/null", ".", ".", "new.txt", "b" * 40, "100644"]
        assert git_external_diff(args) == ("/dev/null", "new.txt", "new.txt")

    def test_rename(self) -> None:
        args = ["old.txt", "/tmp/a", "a" * 40, "100644", "/tmp/b", "b" * 40, "100644", "new.txt",
                "similarity index 90%\nrename from old.txt\nrename to new.txt\n"]
        assert git_external_diff(args) == ("/tmp/a", "/tmp/b", "old.txt → new.txt")

    def test_unmerged(self) -> None:
        with pytest.raises(LoadError, match="^'story.txt' is unmerged"):
            git_external_diff(["story.txt"])

    def test_wrong_count(self) -> None:
        with pytest.raises(LoadError, match="^expected the 7 arguments git passes to an external diff .*, got 2$"):
            git_external_diff(["a", "b"])


# --- real git driving the real command -----------------------------------------------


def _run_git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False)


def _words(output: str) -> str:
    """The text view as one line of words: wrapped lines joined, gutters dropped."""
    return " ".join(word for word in output.split() if word not in ("│", "┆"))


def test_git_diff_with_external_diff(repo: Path) -> None:
    """git diff hands its seven arguments to `articlediff git-external`, which prints
    the story's diff and exits 0 (anything else makes git stop with "external diff died")."""
    command = f"{shlex.quote(sys.executable)} -m articlediff git-external"
    done = _run_git(repo, "-c", f"diff.external={command}", "diff", "HEAD~1", "HEAD", "--", STORY)
    assert done.returncode == 0, done.stderr
    assert "external diff died" not in done.stderr
    assert "officials from both countries announced Monday" in _words(done.stdout)
    assert "Rights groups condemned" in _words(done.stdout)


def test_git_difftool(repo: Path) -> None:
    """git difftool runs `articlediff LOCAL REMOTE` on the two versions."""
    command = f"{shlex.quote(sys.executable)} -m articlediff"
    done = _run_git(repo, "difftool", "-y", "--no-prompt", f"--extcmd={command}", "HEAD~1", "HEAD", "--", STORY)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "officials from both countries announced Monday" in _words(done.stdout)
    assert "Rights groups condemned" in _words(done.stdout)


# --- the command line's --git and --git-log -------------------------------------------


def _cli(repo: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.chdir(repo)
    return CliRunner().invoke(main, [*args, "--color", "never", "--width", "100"])


class TestCommandLine:
    def test_two_revisions_diff_like_the_two_files(self, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        result = _cli(repo, monkeypatch, "--git", "HEAD~1", "HEAD", STORY, "--format", "json")
        assert result.exit_code == 1, result.output
        doc = json.loads(result.stdout)
        first, second = git(repo, "rev-parse", "--short", "HEAD~1"), git(repo, "rev-parse", "--short", "HEAD")
        assert (doc["old"]["source"], doc["new"]["source"]) == (f"{first}:{STORY}", f"{second}:{STORY}")
        files = json.loads(CliRunner().invoke(main, [str(CNN / "v1.txt"), str(CNN / "v2.txt"), "-f", "json"]).stdout)
        assert [(b["kind"], b["old"], b["new"]) for b in doc["rows"]] == [
            (b["kind"], b["old"], b["new"]) for b in files["rows"]]

    def test_same_revision_twice_is_no_change(self, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        assert _cli(repo, monkeypatch, "--git", "HEAD", "HEAD", STORY).exit_code == 0

    def test_three_revisions_give_the_timeline(self, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        shutil.copyfile(CNN / "v3.txt", repo / STORY)
        git(repo, "commit", "-q", "-am", "version 3")
        result = _cli(repo, monkeypatch, "--git", "HEAD~2", "HEAD~1", "HEAD", STORY)
        assert result.exit_code == 1, result.output
        assert result.stdout.startswith("History of 3 versions")

    def test_git_log_is_every_committed_version(self, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        result = _cli(repo, monkeypatch, "--git-log", STORY, "--format", "json")
        assert result.exit_code == 1, result.output
        doc = json.loads(result.stdout)
        assert doc["schema"] == "articlediff.history/1"
        assert [v["paragraphs"] for v in doc["versions"]] == [17, 30]
        assert doc["steps"][0]["summary"]["added"] == 18

    def test_git_log_of_a_file_committed_once(self, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (repo / "once.txt").write_text("Only version.\n")
        git(repo, "add", "once.txt")
        git(repo, "commit", "-q", "-m", "once")
        result = _cli(repo, monkeypatch, "--git-log", "once.txt")
        assert result.exit_code == 2
        assert result.stderr.startswith("Error: ") and "only one committed version" in result.stderr

    @pytest.mark.parametrize("args, message", [
        (["--git", "HEAD", STORY], "--git takes two revisions or more, then the path"),
        (["--git-log", STORY, "other.txt"], "--git-log PATH reads every version itself"),
        (["--git", "HEAD~1", "HEAD", "missing.txt"], "'missing.txt' does not exist in HEAD~1"),
        (["--git", "nope", "HEAD", STORY], "'nope' is not a revision"),
    ])
    def test_errors_exit_2(self, repo: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str) -> None:
        result = _cli(repo, monkeypatch, *args)
        assert result.exit_code == 2, result.output
        assert message in result.stderr
        assert "Traceback" not in result.output


def test_git_difftool_on_an_added_story_needs_allow_empty(repo: Path) -> None:
    """For a story added since the older revision git gives an empty old side: a plain
    `articlediff` says so (it could be a failed download anywhere else); with
    --allow-empty, as the README configures difftool, the story shows as added."""
    shutil.copyfile(CNN / "v3.txt", repo / "news" / "added.txt")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a new story")
    plain = f"{shlex.quote(sys.executable)} -m articlediff"
    done = _run_git(repo, "difftool", "-y", "--no-prompt", f"--extcmd={plain}", "HEAD~1", "HEAD", "--", "news/added.txt")
    assert "is empty or blank" in done.stderr and "--allow-empty" in done.stderr
    allowed = f"{plain} --allow-empty"
    done = _run_git(repo, "difftool", "-y", "--no-prompt", f"--extcmd={allowed}", "HEAD~1", "HEAD", "--", "news/added.txt")
    assert done.returncode == 0, done.stderr
    assert "0 → 30: 0 edited · 30 added" in done.stdout
