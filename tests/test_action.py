"""The GitHub Action (action.yml) and the script it runs, against a real git repository.

action.yml's last step is a call of scripts/check_changed_stories.py with environment
variables taken from the action's inputs. These tests read that step out of action.yml
(line by line: the file keeps it in a fixed, simple shape) and run its command with
bash, the installed articlediff and the same variables, so the tests run what a
workflow runs, less the installation.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                                reason="git and bash are needed")

ACTION = (ROOT / "action.yml").read_text(encoding="utf-8")
SCRIPT = "scripts/check_changed_stories.py"


def _inputs() -> dict[str, str]:
    """The action's inputs and their defaults."""
    section = ACTION.split("\ninputs:\n", 1)[1].split("\nruns:\n", 1)[0]
    found: dict[str, str] = {}
    name = None
    for line in section.splitlines():
        if m := re.fullmatch(r"  ([\w-]+):", line):
            name = m[1]
            found[name] = ""
        elif name and (m := re.fullmatch(r"    default: (.*)", line)):
            found[name] = m[1].strip('"')
    return found


def _check_step() -> tuple[dict[str, str], str]:
    """The environment (name → expression) and the command of the step that checks."""
    step = ACTION.split("    - name: Check changed stories\n", 1)[1].split("\n    - ", 1)[0]
    env = dict(re.findall(r"^        (\w+): (\$\{\{ [^}]+ \}\})$", step, re.MULTILINE))
    command = re.search(r"^      run: '(.*)'$", step, re.MULTILINE)
    assert command, "the check step's run line is one single-quoted line"
    return env, command[1]


def test_action_yml_runs_the_script_with_its_inputs() -> None:
    env, command = _check_step()
    assert command == f'"$ARTICLEDIFF_PYTHON" "$GITHUB_ACTION_PATH/{SCRIPT}"'
    assert (ROOT / SCRIPT).is_file()
    # Every input but the Python's reaches the script, and nothing else does.
    inputs = {name for name in _inputs() if name != "python-version"}
    assert {m[1] for e in env.values() if (m := re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", e))} == inputs
    assert env["ARTICLEDIFF_PYTHON"] == "${{ steps.install.outputs.python }}"
    # articlediff is installed from the action's own checkout, not by name.
    assert re.search(r'-m pip install [^\n]*"\$GITHUB_ACTION_PATH"$', ACTION, re.MULTILINE)
    assert _inputs()["base"] == "${{ github.event.pull_request.base.sha }}"
    assert _inputs()["head"] == "${{ github.sha }}"


def run_action(repo: Path, **given: str) -> subprocess.CompletedProcess[str]:
    """The check step's command in REPO, its variables set from GIVEN inputs (names
    with _ for -) and the defaults, as the runner would."""
    inputs = _inputs() | {name.replace("_", "-"): value for name, value in given.items()}
    env_spec, command = _check_step()
    env = {**os.environ, "GITHUB_ACTION_PATH": str(ROOT)}
    for var, expression in env_spec.items():
        if expression == "${{ steps.install.outputs.python }}":
            env[var] = sys.executable  # the Python articlediff is installed in here
            continue
        m = re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", expression)
        assert m, expression
        value = inputs[m[1]]
        assert "${{" not in value, f"give the input {m[1]}: its default is an expression"
        env[var] = value
    return subprocess.run(["bash", "-c", command], cwd=repo, env=env, capture_output=True, text=True, check=False)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main",
         *args],
        cwd=repo, capture_output=True, text=True, check=True,
    )
    return done.stdout.strip()


@pytest.fixture(autouse=True)
def _isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def story(headline: str, quote: str = "This bridge will connect two halves of our city", *,
          extra_quote: bool = True, body: str = "Construction is expected to begin next spring.") -> str:
    """A short Markdown story: headline, byline, body with one or two quotations."""
    paragraphs = [
        f"# {headline}",
        "*By Ana Ruiz*",
        "The city council voted 7 to 2 on Tuesday to fund a new bridge across the river.",
        f"“{quote},” said Mayor Lena Ortiz.",
        "The old crossing, built in 1932, has been closed to trucks since the spring floods.",
    ]
    if extra_quote:
        paragraphs.append("“We waited forty years for this vote,” said Tomás Reyes, who runs a bakery by the river.")
    paragraphs += [body, "Engineers will present three designs to the council in March."]
    return "\n\n".join(paragraphs) + "\n"


def commit(repo: Path, files: dict[str, str | bytes | None], message: str) -> str:
    for name, content in files.items():
        path = repo / name
        if content is None:
            git(repo, "rm", "-q", "--", name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        git(repo, "add", "--", name)
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


LINE_BREAK = "stories/line\nbreak.md"


@pytest.fixture(name="pull_request")
def fixture_pull_request(tmp_path: Path) -> tuple[Path, str, str]:
    """A repository and the base and head commits of a pull request that edits
    stories in every way the action must handle."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    base = commit(repo, {
        "stories/quote.md": story("Council approves new bridge"),
        "stories/same.md": story("Council names the bridge's architect"),
        "stories/old name.md": story("Bridge vote draws a crowd"),
        LINE_BREAK: story("A bridge with a strange file name"),
        "stories/gone.md": story("A story withdrawn"),
        "notes/outside.md": story("Notes, not a story"),
    }, "base")
    (repo / "stories/city desk").mkdir()
    git(repo, "mv", "stories/old name.md", "stories/city desk/new name.md")
    head = commit(repo, {
        # The words of the mayor's quotation changed: quote-changed.
        "stories/quote.md": story("Council approves new bridge", "This bridge will join the two halves of our city"),
        # Only a sentence with no quotation in it changed: nothing to fail on, unless
        # the old side were read as plain text (then the headline lost its "# ").
        "stories/same.md": story("Council names the bridge's architect",
                                 body="Construction is now expected to begin in early summer."),
        # Renamed, and the baker's quotation dropped: quote-removed, against the old path.
        "stories/city desk/new name.md": story("Bridge vote draws a crowd", extra_quote=False),
        LINE_BREAK: story("A bridge with a strange file name", "This bridge will connect both halves of our city"),
        "stories/gone.md": None,
        "stories/new story.md": "# Library opens late on Fridays\n\nThe central library will stay open"
                                " until 9 p.m. on Fridays from next month.\n",
        "notes/outside.md": story("Notes, not a story", "Nothing like what the mayor said"),
    }, "head")
    return repo, base, head


def annotations(output: str) -> list[tuple[str, str, str]]:
    """(file, title, message) of each ::error command."""
    found = []
    for line in output.splitlines():
        if m := re.fullmatch(r"::error file=([^,]*)(?:,line=\d+)?,title=([^:]*)::(.*)", line):
            found.append((m[1], m[2], m[3]))
    return found


def test_every_changed_story_is_checked(pull_request: tuple[Path, str, str]) -> None:
    repo, base, head = pull_request
    renames = git(repo, "diff", "--name-status", "--find-renames", "--diff-filter=R", base, head)
    assert "stories/city desk/new name.md" in renames  # git sees the rename

    result = run_action(repo, base=base, head=head, rules=_inputs()["rules"] + ",headline-changed")

    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert sorted(annotations(out)) == sorted([
        ("stories/city desk/new name.md", "articlediff quote-removed",
         "quotation (Tomás Reyes) removed: “We waited forty years for this vote”"),
        ("stories/line%0Abreak.md", "articlediff quote-changed",
         "quotation (Lena Ortiz) reworded: “This bridge will connect two halves of our city” →"
         " “This bridge will connect both halves of our city”"),
        ("stories/quote.md", "articlediff quote-changed",
         "quotation (Lena Ortiz) reworded: “This bridge will connect two halves of our city” →"
         " “This bridge will join the two halves of our city”"),
    ]), out
    lines = out.splitlines()
    assert "ok       stories/same.md" in lines
    assert "FAILED   stories/quote.md" in lines
    assert "FAILED   stories/old name.md -> stories/city desk/new name.md" in lines
    assert f"FAILED   {LINE_BREAK!r}" in lines
    assert "skip     stories/new story.md: new story, nothing to compare" in lines
    assert "skip     stories/gone.md: deleted, nothing to check" in lines
    assert "notes/outside.md" not in out
    assert lines[-1] == ("articlediff: 4 stories checked: 1 passed, 3 broke a rule, 0 could not be checked;"
                         " 2 skipped")
    assert result.stderr == ""


def test_the_pass_needs_the_extension(pull_request: tuple[Path, str, str], tmp_path: Path) -> None:
    """The story that passed would have failed had its old side lost its extension:
    read as plain text, its Markdown headline keeps the "#" the new side's loses."""
    repo, base, _ = pull_request
    old = tmp_path / "same-at-base"
    old.write_text(git(repo, "show", f"{base}:stories/same.md") + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "articlediff", "check", str(old), "stories/same.md", "--fail-on", "headline-changed"],
        cwd=repo, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "headline-changed" in result.stdout


def test_a_story_that_cannot_be_read_does_not_stop_the_others(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    base = commit(repo, {"stories/a.md": story("Bridge"), "stories/b.md": story("Bridge")}, "base")
    head = commit(repo, {"stories/a.md": b"not \0 text", "stories/b.md": story("Bridge", extra_quote=False)}, "head")

    result = run_action(repo, base=base, head=head)

    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "ERROR    stories/a.md" in lines
    assert "FAILED   stories/b.md" in lines
    found = annotations(result.stdout)
    assert ("stories/a.md", "articlediff") in [(f, t) for f, t, _ in found]
    assert any(f == "stories/a.md" and "binary" in m for f, _, m in found)
    assert ("stories/b.md", "articlediff quote-removed") in [(f, t) for f, t, _ in found]


def test_a_base_missing_from_the_clone(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    head = commit(repo, {"stories/a.md": story("Bridge")}, "head")

    result = run_action(repo, base="0" * 40, head=head)

    assert result.returncode == 2
    assert "fetch-depth: 0" in result.stdout
    assert result.stdout.startswith("::error title=articlediff::")


def test_an_empty_committed_story_is_compared_not_refused(tmp_path: Path) -> None:
    """An empty side in git is committed content (a placeholder written up, a story
    emptied), not a failed download: it is compared, never an error."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    base = commit(repo, {"stories/placeholder.md": "", "stories/emptied.md": story("Bridge")}, "base")
    head = commit(repo, {"stories/placeholder.md": story("Bridge"), "stories/emptied.md": ""}, "head")

    result = run_action(repo, base=base, head=head, rules="paragraph-removed")

    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "ok       stories/placeholder.md" in lines
    assert "FAILED   stories/emptied.md" in lines
    assert not any("could not check" in m for _, _, m in annotations(result.stdout))
