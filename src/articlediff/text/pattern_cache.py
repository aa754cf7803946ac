"""Regular expressions compiled once per machine, not once per run.

Python compiles a regular expression with code written in Python (``re._parser`` and
``re._compiler``) the first time a process uses it. articlediff reads news text with
about ninety patterns, and compiling them was a sixth of a plain run of the command.
This module keeps each pattern's compiled program, the list of integers that ``re``'s
engine runs, in one file of the user's cache directory, and hands a later run's
pattern straight to the engine: what ``__pycache__`` does for a module's byte code.

It is only a cache, and never changes what a pattern matches:

- the program is the one ``re.compile`` builds, and the engine checks a program it is
  given (``_sre`` refuses a malformed one);
- the file is named after the interpreter's version and the engine's program format,
  so another Python never reads it;
- a pattern not in the file, a file that cannot be read or written, an interpreter
  without these internals, or any error at all falls back to ``re.compile``.

Only the package's own patterns go through it, never one made from a story's words.
The directory is ``$ARTICLEDIFF_CACHE_DIR``, else ``$XDG_CACHE_HOME/articlediff``,
else ``~/.cache/articlediff``. ``ARTICLEDIFF_CACHE_DIR=""`` turns the cache off.
New programs are written when the process exits, merged with what other processes
wrote meanwhile, through a temporary file renamed into place.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regular expression engine
import atexit
import marshal
import os
import re
import sys
from array import array
from typing import Any

# (pattern, flags) → (flags, program, groups, group index, index group): _sre.compile's
# arguments after the pattern, with the program as the bytes of an array of code words
# (marshal reads bytes some thirty times faster than a list of ints).
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# The array type of the engine's code words.
_CODE_WORD = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), "I")

_MAX_ENTRIES = 1024  # past this, patterns of older versions of articlediff are dropped


def compile_pattern(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when the pattern is in it."""
    return _CACHE.compile(pattern, flags)


def cache_path() -> str | None:
    """The cache file for this interpreter, or None when the cache is off."""
    return _CACHE.path


class _PatternCache:
    def __init__(self) -> None:
        self.path = _path()
        self._entries: dict[tuple[str, int], _Entry] | None = None
        self._new: dict[tuple[str, int], _Entry] = {}

    def compile(self, pattern: str, flags: int | re.RegexFlag) -> re.Pattern[str]:
        flags = int(flags)  # marshal writes no enum
        if self.path is None:
            return re.compile(pattern, flags)
        if self._entries is None:
            self._entries = _read(self.path)
        key = (pattern, flags)
        entry = self._entries.get(key)
        if entry is not None:
            try:
                return _engine_compile(pattern, entry)
            except Exception:  # a program the engine refuses: compile afresh
                del self._entries[key]
        try:
            entry = _program(pattern, flags)
            compiled = _engine_compile(pattern, entry)
        except Exception:  # internals not as expected: the cache stands aside
            self.path = None
            return re.compile(pattern, flags)
        if not self._new:
            atexit.register(self.save)
        self._entries[key] = self._new[key] = entry
        return compiled

    def save(self) -> None:
        """Merge the programs compiled in this process into the file."""
        if self.path is None or not self._new:
            return
        try:
            entries = _read(self.path)
            if len(entries) + len(self._new) > _MAX_ENTRIES:
                entries = {}
            entries.update(self._new)
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            temporary = f"{self.path}.{os.getpid()}.tmp"
            with open(temporary, "wb") as file:
                marshal.dump(entries, file)
            os.replace(temporary, self.path)
            self._new = {}
        except Exception:  # a read-only or full disk: the next run compiles again
            pass


def _path() -> str | None:
    if sys.implementation.name != "cpython" or not hasattr(re, "_compiler"):
        return None
    directory = os.environ.get("ARTICLEDIFF_CACHE_DIR")
    if directory is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        directory = os.path.join(base, "articlediff")
    elif not directory:
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    return os.path.join(directory, f"patterns-{tag}.marshal")


def _read(path: str) -> dict[tuple[str, int], _Entry]:
    try:
        with open(path, "rb") as file:
            entries: Any = marshal.load(file)
    except Exception:
        return {}
    return entries if isinstance(entries, dict) else {}


def _engine_compile(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, program, groups, groupindex, indexgroup = entry
    code = array(_CODE_WORD, program).tolist()
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _program(pattern: str, flags: int) -> _Entry:
    """What re._compiler.compile hands the engine, in the types marshal writes (no
    subclasses of int)."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    program = array(_CODE_WORD, re._compiler._code(parsed, flags)).tobytes()  # type: ignore[attr-defined]
    state = parsed.state
    groupindex = {name: int(index) for name, index in state.groupdict.items()}
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | state.flags), program, state.groups - 1, groupindex, tuple(indexgroup)


_CACHE = _PatternCache()
