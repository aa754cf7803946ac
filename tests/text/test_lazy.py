"""LazyPattern: a regular expression compiled on first use answers as re's own."""

from __future__ import annotations

import re

from articlediff.text.lazy import LazyPattern

TEXT = "Rubio met Bukele on Monday; 252 Venezuelans were deported, 23 of them MS-13."


def test_answers_as_a_compiled_pattern() -> None:
    source, flags = r"(\d+)\s+(\w+)", re.IGNORECASE
    compiled = re.compile(source, flags)
    calls = {"search": (TEXT,), "match": (TEXT,), "fullmatch": (TEXT,), "finditer": (TEXT,), "findall": (TEXT,),
             "sub": ("#", TEXT), "split": (TEXT,)}
    for first, arguments in calls.items():
        lazy = LazyPattern(source, flags)
        getattr(lazy, first)(*arguments)  # any method may come first
        assert lazy.pattern == source and lazy.flags == flags
        assert lazy.search(TEXT, 5).span() == compiled.search(TEXT, 5).span()  # type: ignore[union-attr]
        assert lazy.match(TEXT) is None and lazy.fullmatch("12 x") is not None
        assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
        assert lazy.findall(TEXT) == compiled.findall(TEXT)
        assert lazy.sub(lambda m: m[2], TEXT) == compiled.sub(lambda m: m[2], TEXT)
        assert lazy.sub("#", TEXT, 1) == compiled.sub("#", TEXT, 1)
        assert lazy.split(TEXT, 1) == compiled.split(TEXT, 1)


def test_compiles_once_and_only_when_used() -> None:
    lazy = LazyPattern(r"\d+")
    assert "search" not in vars(lazy)
    assert lazy.search("a 1") is not None
    assert vars(lazy)["search"].__self__ is lazy.compiled()  # the compiled pattern's own method now
