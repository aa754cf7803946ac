"""The command line, as a user runs it: exit statuses, errors, options, safety."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from articlediff.cli import main

from ..conftest import CNN

V1, V2 = str(CNN / "v1.txt"), str(CNN / "v2.txt")


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


class TestExitStatus:
    def test_differences_exit_1(self) -> None:
        result = run(V1, V2)
        assert result.exit_code == 1, result.output

    def test_identical_exit_0(self) -> None:
        result = run(V1, V1)
        assert result.exit_code == 0, result.output
        assert "No differences." in result.output

    def test_json_identical_exit_0(self) -> None:
        result = run(V1, V1, "--format", "json")
        assert result.exit_code == 0
        assert json.loads(result.stdout)["summary"]["edited"] == 0

    def test_missing_file_exit_2_one_line(self, tmp_path: Path) -> None:
        result = run(V1, str(tmp_path / "gone.txt"))
        assert result.exit_code == 2
        assert result.stderr == f"Error: '{tmp_path / 'gone.txt'}' does not exist\n"
        assert result.stdout == ""

    def test_directory_exit_2(self, tmp_path: Path) -> None:
        result = run(str(tmp_path), V2)
        assert result.exit_code == 2
        assert result.stderr == f"Error: '{tmp_path}' is a directory, not a file\n"

    def test_binary_exit_2(self, tmp_path: Path) -> None:
        png = tmp_path / "picture.png"
        png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        result = run(V1, str(png))
        assert result.exit_code == 2
        assert "binary" in result.stderr and result.stderr.count("\n") == 1

    def test_bad_option_exit_2(self) -> None:
        assert run(V1, V2, "--format", "yaml").exit_code == 2
        assert run(V1).exit_code == 2

    def test_both_stdin_exit_2(self) -> None:
        result = run("-", "-", input="x")
        assert result.exit_code == 2
        assert "only one of OLD and NEW" in result.stderr

    def test_max_bytes(self) -> None:
        result = run(V1, V2, "--max-bytes", "100")
        assert result.exit_code == 2
        assert "larger than 100 bytes" in result.stderr


class TestEmptyVersion:
    """An empty or blank version is trouble, named, unless the user says it is intended:
    a failed download piped to - must not read as "the story was deleted"."""

    @pytest.mark.parametrize("command", [[], ["check", "--fail-on", "paragraph-removed"], ["history"]])
    def test_empty_file_exits_2_naming_it(self, command: list[str]) -> None:
        result = run(*command, V1, "/dev/null")
        assert result.exit_code == 2
        assert result.stderr.startswith("Error: '/dev/null' is empty or blank") and "--allow-empty" in result.stderr
        assert result.stdout == "" and result.stderr.count("\n") == 1

    def test_blank_file_and_empty_pipe(self, tmp_path: Path) -> None:
        blank = tmp_path / "blank.txt"
        blank.write_text(" \n\n\t\n")
        assert run(str(blank), V2).exit_code == 2
        result = run(V1, "-", input=b"")
        assert result.exit_code == 2 and "standard input is empty or blank" in result.stderr

    def test_a_page_with_no_article_text(self, tmp_path: Path) -> None:
        page = tmp_path / "page.html"
        page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
        result = run(V1, str(page))
        assert result.exit_code == 2 and f"'{page}' has no article text" in result.stderr

    def test_allow_empty_compares_with_a_warning(self) -> None:
        result = run(V1, "/dev/null", "--allow-empty", "--format", "json")
        assert result.exit_code == 1
        assert json.loads(result.stdout)["summary"]["removed"] == 17
        assert "Warning: '/dev/null' is empty or blank; compared as it is (--allow-empty)" in result.stderr


class TestIgnoreMinor:
    """--ignore-minor exits 0 when every change is a minor edit, as the view collapses them."""

    def write(self, tmp_path: Path, name: str, text: str) -> str:
        path = tmp_path / name
        path.write_text(text)
        return str(path)

    def test_only_minor_edits_exit_0(self, tmp_path: Path) -> None:
        old = self.write(tmp_path, "old.txt", "Storm hits coast\n\nThe storm hit the coast on Monday, officials said.\n")
        new = self.write(tmp_path, "new.txt", "Storm hits coast\n\nThe storm hit the coast on Monday, officials  said!\n")
        assert run(old, new).exit_code == 1
        for fmt in ("text", "json", "markdown"):
            assert run(old, new, "--ignore-minor", "--format", fmt).exit_code == 0, fmt

    def test_any_other_change_still_exits_1(self, tmp_path: Path) -> None:
        old = self.write(tmp_path, "old.txt", "Storm hits coast\n\nThe storm hit the coast on Monday, officials said.\n")
        new = self.write(tmp_path, "new.txt", "Storm hits coast\n\nThe storm hit the coast on Tuesday, officials said.\n")
        assert run(old, new, "--ignore-minor").exit_code == 1
        assert run(V1, V2, "--ignore-minor").exit_code == 1


class TestInputs:
    def test_stdin(self) -> None:
        result = run(V1, "-", "--format", "json", input=(CNN / "v2.txt").read_bytes())
        assert result.exit_code == 1
        doc = json.loads(result.stdout)
        assert doc["new"]["source"] == "-"
        assert len(doc["new"]["paragraphs"]) == 30

    def test_crlf_and_bom_are_the_same_story(self, tmp_path: Path) -> None:
        crlf = tmp_path / "crlf.txt"
        crlf.write_bytes(b"\xef\xbb\xbf" + (CNN / "v1.txt").read_bytes().replace(b"\n", b"\r\n"))
        assert run(V1, str(crlf)).exit_code == 0


class TestOutput:
    def test_help_lists_examples_and_exit_codes(self) -> None:
        result = run("--help")
        assert result.exit_code == 0
        for text in ("Examples:", "Exit status:", "0  the versions are the same", "2  trouble"):
            assert text in result.output

    def test_version(self) -> None:
        result = run("--version")
        assert result.exit_code == 0
        assert result.output.startswith("articlediff ")

    def test_no_color_env_gives_plain_marks(self) -> None:
        result = run(V1, V2, "--color", "auto", env={"NO_COLOR": "1", "FORCE_COLOR": ""})
        assert "\x1b[" not in result.stdout
        assert "{+officials from both" in result.stdout

    def test_color_always(self) -> None:
        result = run(V1, V2, "--color", "always")
        assert "\x1b[" in result.stdout
        assert "{+" not in result.stdout

    def test_color_never_beats_force_color(self) -> None:
        result = run(V1, V2, "--color", "never", env={"FORCE_COLOR": "1"})
        assert "\x1b[" not in result.stdout

    def test_width(self) -> None:
        result = run(V1, V2, "--width", "60", "--color", "never")
        assert max(len(line) for line in result.stdout.splitlines()) <= 60

    def test_full_shows_every_paragraph(self) -> None:
        short = run(V1, V2, "--color", "never").stdout
        full = run(V1, V2, "--color", "never", "--full", "--width", "400").stdout
        assert "unchanged paragraphs" in short and "unchanged paragraphs" not in full
        assert "house them in his jails" in full

    def test_context_zero(self) -> None:
        result = run(V1, V2, "--color", "never", "--context", "0")
        assert "“In an act of extraordinary" not in result.stdout
        assert "5 unchanged paragraphs (¶2–¶6)" in result.stdout


class TestArticleTextIsData:
    """Story text never becomes rich markup or raw terminal control."""

    @pytest.mark.parametrize("color", ["always", "never"])
    def test_markup_prints_literally(self, tmp_path: Path, color: str) -> None:
        old, new = tmp_path / "a.txt", tmp_path / "b.txt"
        old.write_text("The [bold]senator[/bold] spoke.")
        new.write_text("The [bold]senator[/bold] spoke.\n\nThe [bold red]senator[/] spoke [link=https://x.test]here[/link].")
        result = run(str(old), str(new), "--color", color, "--width", "200")
        assert "The [bold]senator[/bold] spoke." in result.stdout
        assert "[bold red]senator[/]" in result.stdout
        assert "[link=https://x.test]here[/link]" in result.stdout
        assert "\x1b]8;" not in result.stdout

    @pytest.mark.parametrize("color", ["always", "never"])
    def test_control_sequences_are_shown_not_sent(self, tmp_path: Path, color: str) -> None:
        old, new = tmp_path / "a.txt", tmp_path / "b.txt"
        old.write_text("Quiet text.")
        new.write_text("Loud \x1b[2J\x1b]0;pwned\x07 text \x1b]8;;http://x\x1b\\link\u202eevil\u200b.")
        result = run(str(old), str(new), "--color", color, "--width", "200")
        out = result.stdout
        assert "\x1b[2J" not in out and "\x1b]" not in out and "\x07" not in out
        assert "\u202e" not in out and "\u200b" not in out
        assert "⟨U+202E⟩" in out and "⟨U+200B⟩" in out

    def test_control_sequences_shown_in_place(self, tmp_path: Path) -> None:
        old, new = tmp_path / "a.txt", tmp_path / "b.txt"
        old.write_text("Quiet text.")
        new.write_text("Quiet text.\n\nLoud \x1b[2J and \u202eevil\u200b.")
        out = run(str(old), str(new), "--color", "never", "--width", "200").stdout
        assert "Loud ␛[2J and ⟨U+202E⟩evil⟨U+200B⟩." in out


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "articlediff", V1, V2, "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["schema"] == "articlediff.diff/2"


def test_console_script_reports_errors_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "articlediff", V1, str(tmp_path / "missing.txt")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0


class TestViewsAndFormats:
    def test_side_by_side_fits_80_columns(self) -> None:
        result = run(V1, V2, "--view", "side-by-side", "--color", "never", "--width", "80")
        assert result.exit_code == 1
        assert max(len(line) for line in result.stdout.splitlines()) <= 80
        assert "│" in result.stdout and "{+officials from both" in result.stdout

    def test_summary_lists_changes_by_first_words(self) -> None:
        result = run(V1, V2, "--view", "summary", "--color", "never", "--width", "100")
        assert "- old ¶11 CNN has reached out" in result.stdout

    def test_markdown(self) -> None:
        result = run(V1, V2, "--format", "markdown")
        assert result.exit_code == 1
        assert "**officials from both countries announced Monday,**" in result.stdout

    def test_html_is_one_standalone_page(self) -> None:
        result = run(V1, V2, "--format", "html")
        assert result.stdout.lstrip().lower().startswith("<!doctype html>")
        assert "<ins" in result.stdout and "http://" not in result.stdout.split("<body", 1)[0]

    def test_ignore_boilerplate(self, tmp_path: Path) -> None:
        old = tmp_path / "a.txt"
        new = tmp_path / "b.txt"
        old.write_text("By Jo Doe, Reuters\n\nThe story itself.\n\nThis is a developing story.")
        new.write_text("The story itself.")
        assert run(str(old), str(new)).exit_code == 1
        result = run(str(old), str(new), "--ignore-boilerplate", "--color", "never")
        assert result.exit_code == 0
        assert "developing" not in result.stdout.split("metadata", 1)[1].split("\n", 1)[1]

    def test_no_pager_when_piped(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("PAGER", "false-pager-that-does-not-exist")
        result = run(V1, V2, "--pager", "--color", "never")
        assert result.exit_code == 1 and "El Salvador" in result.stdout


class TestShellCompletion:
    """click's completion, as the script from ``_ARTICLEDIFF_COMPLETE=bash_source`` asks for it."""

    @staticmethod
    def complete(words: str) -> list[str]:
        env = {"_ARTICLEDIFF_COMPLETE": "bash_complete", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
        result = CliRunner().invoke(main, [], env=env, prog_name="articlediff", catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout.splitlines()

    def test_script(self) -> None:
        result = CliRunner().invoke(main, [], env={"_ARTICLEDIFF_COMPLETE": "bash_source"}, prog_name="articlediff")
        assert "_articlediff_completion()" in result.stdout

    def test_first_word_is_a_file_or_a_command(self) -> None:
        assert self.complete("articlediff ch") == ["file,ch", "plain,check"]

    def test_later_words_are_files(self) -> None:
        assert self.complete(f"articlediff {V1} fix") == ["file,fix"]

    def test_option_values(self) -> None:
        assert self.complete("articlediff --view ") == ["plain,inline", "plain,side-by-side", "plain,summary"]

    def test_rules_after_a_comma(self) -> None:
        assert self.complete("articlediff check --fail-on quote-changed,quote-r") == [
            "plain,quote-changed,quote-removed", "plain,quote-changed,quote-reattributed"]


class TestUsageErrors:
    """A usage error names the command as the user typed it, and exits 2."""

    def test_main_call_says_articlediff(self) -> None:
        result = CliRunner().invoke(main, [V1], prog_name="articlediff")
        assert result.exit_code == 2
        assert result.stderr.splitlines()[:2] == [
            "Usage: articlediff [OPTIONS] OLD NEW [NEWER]...", "Try 'articlediff --help' for help."]
        assert result.stderr.splitlines()[-1] == "Error: give two versions, OLD and NEW (three or more for a history)"

    def test_explicit_diff_says_diff(self) -> None:
        result = CliRunner().invoke(main, ["diff", V1], prog_name="articlediff")
        assert result.stderr.startswith("Usage: articlediff diff [OPTIONS]")
