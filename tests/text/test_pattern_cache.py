"""The compiled-pattern cache hands the engine the program re.compile would build,
and stands aside whenever it cannot."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from articlediff.text import pattern_cache
from articlediff.text.pattern_cache import _PatternCache, _program, _read

from ..conftest import CNN

SAMPLES = (
    "“It’s a good-news bad-news story,” said Ana María Méndez, 42, on Jan. 5, 2025.",
    "About 80,000 people — 3.5% of them children — were detained in El Salvador.",
    "\n\n  By JOHN SMITH\nAssociated Press\n\n",
    "",
)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


def _cache_in(directory: Path, monkeypatch: pytest.MonkeyPatch) -> _PatternCache:
    monkeypatch.setenv("ARTICLEDIFF_CACHE_DIR", str(directory))
    return _PatternCache()


def test_a_run_of_the_command_fills_the_cache_with_re_compiles_programs(tmp_path: Path) -> None:
    env = {**os.environ, "ARTICLEDIFF_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "articlediff", str(CNN / "v1.txt"), str(CNN / "v2.txt"), "--format", "json"]
    first = subprocess.run(command, env=env, capture_output=True, check=False)
    (path,) = tmp_path.glob("patterns-*.marshal")
    entries = _read(str(path))
    assert len(entries) > 40  # the patterns a plain comparison uses
    for (pattern, flags), entry in entries.items():
        assert entry == _program(pattern, flags), pattern
    # A second run reads them and prints the same bytes.
    second = subprocess.run(command, env=env, capture_output=True, check=False)
    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout


def test_a_pattern_from_the_cache_is_the_one_re_compile_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = [
        (r"(?P<speaker>[A-Z]\w+) (?:said|says)", 0),
        (r"“[^”]*”|\"[^\"]*\"", 0),
        (r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(%|percent)?", re.IGNORECASE),
        (r"^\s*by\s+(.+)$", re.MULTILINE | re.IGNORECASE),
        (r"(?<=[.!?])\s+(?=[A-Z“])", 0),
    ]
    writer = _cache_in(tmp_path, monkeypatch)
    for pattern, flags in patterns:
        writer.compile(pattern, flags)
    writer.save()
    reader = _cache_in(tmp_path, monkeypatch)
    for pattern, flags in patterns:
        cached, fresh = reader.compile(pattern, flags), re.compile(pattern, flags)
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for text in SAMPLES:
            assert _matches(cached, text) == _matches(fresh, text)
    assert reader._new == {}  # every one came from the file


def test_programs_of_several_processes_are_merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _cache_in(tmp_path, monkeypatch), _cache_in(tmp_path, monkeypatch)
    first.compile("alpha+", 0)
    second.compile("beta+", 0)
    first.save()
    second.save()
    path = pattern_cache._path()
    assert path is not None
    assert set(_read(path)) == {("alpha+", 0), ("beta+", 0)}


def test_an_unreadable_file_is_ignored_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _cache_in(tmp_path, monkeypatch)
    assert cache.path is not None
    Path(cache.path).write_bytes(b"not a marshal file")
    assert cache.compile(r"(\d+) said", 0).match("42 said") is not None
    cache.save()
    assert set(_read(cache.path)) == {(r"(\d+) said", 0)}


def test_a_program_the_engine_refuses_is_compiled_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _cache_in(tmp_path, monkeypatch)
    flags, program, groups, groupindex, indexgroup = _program("ab+c", 0)
    cache._entries = {("ab+c", 0): (flags, b"\xff" * len(program), groups, groupindex, indexgroup)}
    compiled = cache.compile("ab+c", 0)
    assert compiled.fullmatch("abbbc") is not None
    assert cache._entries[("ab+c", 0)] == _program("ab+c", 0)


def test_an_empty_directory_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARTICLEDIFF_CACHE_DIR", "")
    cache = _PatternCache()
    assert cache.path is None
    assert cache.compile("x+", 0).fullmatch("xxx") is not None
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_directory_that_cannot_be_written_costs_only_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = _cache_in(blocker / "cache", monkeypatch)  # a directory under a file
    assert cache.compile("y+", 0).fullmatch("yy") is not None
    cache.save()  # no error
    assert not (blocker / "cache").exists()
