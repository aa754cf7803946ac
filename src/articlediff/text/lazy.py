"""Regular expressions compiled on first use."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
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
