"""Regular expressions compiled on first use, and word alternations written so that
the engine skips ahead (first_letter_alternation)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .pattern_cache import compile_pattern


class LazyPattern:
    """A regular expression compiled when it is first used, not when its module is
    imported: a run that never needs it never pays for compiling it.

    It answers ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall``,
    ``sub`` and ``split`` as ``re.Pattern`` does; after the first call these are the
    compiled pattern's own methods, at no cost beyond theirs.
    """

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; its methods stand in for this object's from now on."""
        compiled = compile_pattern(self.pattern, self.flags)
        vars(self).update(
            search=compiled.search, match=compiled.match, fullmatch=compiled.fullmatch,
            finditer=compiled.finditer, findall=compiled.findall, sub=compiled.sub, split=compiled.split,
            compiled=lambda: compiled,
        )
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


def first_letter_alternation(words: Iterable[str], not_after: tuple[str, ...]) -> str:
    """An alternation of ``words`` (each escaped; in their order within each first
    letter) whose every branch starts with the word's first letter and tests the
    character before it only then: ``(?<!{c}X)`` for each class ``c`` of
    ``not_after`` (the characters a word may not follow, as ``\b`` would say). A
    pattern that starts with a look-behind or ``\b`` is tried at every position of the
    text; one that starts with a letter lets the engine skip to the letters a word can
    start with, and try only the words that start with the letter it finds."""
    first: dict[str, list[str]] = {}
    for word in words:
        first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        re.escape(c) + "".join(f"(?<!{before}{re.escape(c)})" for before in not_after) + f"(?:{'|'.join(rest)})"
        for c, rest in first.items()
    )
