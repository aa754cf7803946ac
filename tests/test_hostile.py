"""Hostile and odd inputs: each gives a correct diff, or one line of error and exit 2.

Never a traceback, never a raw escape sequence or bidi control on the terminal, never
interpreted markup, never a lost word.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from articlediff.cli import main

from .conftest import CNN

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200f]")
ESCAPE_NOT_OURS = re.compile(r"\x1b(?!\[[0-9;]*m)")  # any ESC that is not an SGR colour code


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return str(path)


def assert_clean_terminal(output: str) -> None:
    assert not ESCAPE_NOT_OURS.search(output), "an escape sequence reached the terminal"
    assert not RAW_CONTROL.search(output.replace("\x1b", "")), "a control character reached the terminal"


def assert_one_line_error(result: Result) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("color", ["always", "never"])
class TestCorrectDiffs:
    def test_empty_file(self, tmp_path: Path, color: str) -> None:
        """An empty version is trouble unless it is intended (--allow-empty), then a diff."""
        empty = write(tmp_path, "empty.txt", b"")
        assert run(empty, str(CNN / "v1.txt"), "--color", color).exit_code == 2
        result = run(empty, str(CNN / "v1.txt"), "--color", color, "--allow-empty")
        assert result.exit_code == 1
        plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
        assert "0 → 17: 0 edited · 17 added" in plain
        assert run(empty, empty, "--color", color, "--allow-empty").exit_code == 0

    def test_whitespace_only(self, tmp_path: Path, color: str) -> None:
        blank = write(tmp_path, "blank.txt", " \n\t\n\r\n   \n")
        empty = write(tmp_path, "empty.txt", b"")
        assert run(blank, empty, "--color", color).exit_code == 2
        assert run(blank, empty, "--color", color, "--allow-empty").exit_code == 0

    def test_markup_is_text(self, tmp_path: Path, color: str) -> None:
        old = write(tmp_path, "a.txt", "Plain.")
        new = write(tmp_path, "b.txt", "Plain.\n\n[bold red]Shout[/] and [link=https://evil.test]click[/link] :smile:")
        result = run(old, new, "--color", color, "--width", "200")
        assert "[bold red]Shout[/] and [link=https://evil.test]click[/link] :smile:" in result.stdout
        assert "\x1b]8;" not in result.stdout and "😄" not in result.stdout

    def test_ansi_csi_and_osc_sequences(self, tmp_path: Path, color: str) -> None:
        old = write(tmp_path, "a.txt", "Calm.")
        new = write(tmp_path, "b.txt", "Calm.\n\nClear \x1b[2J\x1b[H title \x1b]0;owned\x07 link \x1b]8;;https://x.test\x1b\\here\x1b]8;;\x1b\\ \x9b31m")
        result = run(old, new, "--color", color, "--width", "300")
        assert result.exit_code == 1
        assert_clean_terminal(result.stdout)
        assert "␛" in result.stdout and "⟨U+009B⟩" in result.stdout

    def test_bidi_and_zero_width_are_visible(self, tmp_path: Path, color: str) -> None:
        old = write(tmp_path, "a.txt", "The minister resigned.")
        new = write(tmp_path, "b.txt", "The mini\u200bster \u202eresigned.")
        result = run(old, new, "--color", color, "--width", "200")
        assert result.exit_code == 1, "an edit that only adds invisible characters is still an edit"
        assert_clean_terminal(result.stdout)
        assert "⟨U+200B⟩" in result.stdout and "⟨U+202E⟩" in result.stdout
        assert "1 edited" in result.stdout

    def test_control_characters(self, tmp_path: Path, color: str) -> None:
        old = write(tmp_path, "a.txt", "Bell.")
        new = write(tmp_path, "b.txt", "Bell \x07 back\x08space \x7f del \x0c feed.")
        result = run(old, new, "--color", color, "--width", "200")
        assert_clean_terminal(result.stdout)
        assert "␇" in result.stdout and "␈" in result.stdout and "␡" in result.stdout


class TestErrors:
    def test_png(self, tmp_path: Path) -> None:
        png = write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
        assert_one_line_error(run(str(CNN / "v1.txt"), png))

    def test_nul_bytes(self, tmp_path: Path) -> None:
        assert_one_line_error(run(str(CNN / "v1.txt"), write(tmp_path, "nul.txt", b"text\x00more text")))

    def test_directory(self, tmp_path: Path) -> None:
        assert_one_line_error(run(str(tmp_path), str(CNN / "v1.txt")))

    def test_missing(self, tmp_path: Path) -> None:
        assert_one_line_error(run(str(tmp_path / "nope"), str(CNN / "v1.txt")))

    def test_over_max_bytes(self, tmp_path: Path) -> None:
        big = write(tmp_path, "big.txt", b"word " * 1000)
        result = run(big, big, "--max-bytes", "1000")
        assert_one_line_error(result)
        assert "--max-bytes" in result.stderr


def test_invalid_utf8_is_decoded_not_mangled(tmp_path: Path) -> None:
    # Latin-1 bytes that are not UTF-8: detected, and the encoding is reported.
    text = "Le président a déclaré « nous ne céderons pas » lundi à l’Élysée. " * 5
    old = write(tmp_path, "a.txt", text.replace("’", "'").encode("latin-1"))
    result = run(old, old, "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["old"]["encoding"] != "utf-8"
    assert "président" in doc["old"]["paragraphs"][0]["text"]


@pytest.mark.slow
def test_twenty_megabyte_file(tmp_path: Path) -> None:
    paragraphs = (CNN / "v2.txt").read_text().split("\n\n")
    body = "\n\n".join(f"{n}. {paragraphs[n % len(paragraphs)]}" for n in range(90_000))
    big = write(tmp_path, "big.txt", body)
    assert Path(big).stat().st_size > 20_000_000
    result = run(str(CNN / "v2.txt"), big, "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert len(doc["new"]["paragraphs"]) == 90_000
    assert [r["new"] for r in doc["rows"] if r["new"] is not None] == list(range(90_000))


@pytest.mark.slow
def test_one_five_megabyte_line(tmp_path: Path) -> None:
    line = " ".join(f"word{n}" for n in range(700_000))
    assert len(line) > 5_000_000
    old = write(tmp_path, "a.txt", line)
    new = write(tmp_path, "b.txt", line.replace("word350000 ", "changed "))
    result = run(old, new, "--format", "json")
    assert result.exit_code == 1
    [block] = json.loads(result.stdout)["rows"]
    assert block["kind"] == "edited"
    assert [s["text"] for s in block["spans"] if s["op"] != "equal"] == ["word350000", "changed"]


def test_twenty_thousand_paragraphs(tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {n} says that the council met on day {n} and voted {n % 7} to {n % 5}." for n in range(20_000)]
    edited = list(paragraphs)
    edited[100] = edited[100].replace("council", "committee")
    del edited[5000]
    edited.insert(15_000, "A new paragraph about an unrelated matter entirely.")
    old = write(tmp_path, "a.txt", "\n\n".join(paragraphs))
    new = write(tmp_path, "b.txt", "\n\n".join(edited))
    result = run(old, new, "--format", "json")
    summary = json.loads(result.stdout)["summary"]
    assert (summary["edited"], summary["added"], summary["removed"], summary["moved"]) == (1, 1, 1, 0)
