"""Patterns written for speed match what their plain forms match."""

from __future__ import annotations

import re
from pathlib import Path

from articlediff.quotes.attribution import _WORD_OR_PHRASAL, _cues, _first_cue, _is_cue
from articlediff.quotes.lexicon import _CUES
from articlediff.quotes.spans import _DOUBLE_START, _SINGLE_START
from articlediff.quotes.speakers import _may_name, _role_heads, _role_pattern

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EDGES = ["'Abc", "‘Abc", " 'A", "x'A", "('B", "—'C", "“Hi", '"Hi', 'a"Hi', "«Le", "„Das", ':"X', "'", "", "\n'A"]


def _texts() -> list[str]:
    return EDGES + [line for path in sorted(FIXTURES.rglob("*.txt")) for line in path.read_text().splitlines()]


def test_opening_marks_match_as_the_look_behind_first_form() -> None:
    for pattern, plain in ((_SINGLE_START, r"(?:^|(?<=[\s:—–(]))['‘](?=[A-Z])"),
                           (_DOUBLE_START, r"(?:^|(?<=[\s:—–(]))[\"“„«](?=[A-Z])")):
        compiled = re.compile(plain)
        for text in _texts():
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_a_role_is_skipped_only_where_it_cannot_match() -> None:
    for words in (("us", "president"), ("senator",), ("police", "chief")):
        pattern, heads = _role_pattern(words), _role_heads(words)
        for text in [*_texts(), "PRESIDENT Joe Biden said", "Preſident Joe Biden", "Sen. Lindsey Graham"]:
            if pattern.search(text):
                assert _may_name(text, heads), text


CUE_EDGES = [
    "said", "Said", "xsaid", "said-", "-said", "'said", "said'", "’said", "said’", "saidé", "ésaid", "said.",
    "says saying sayings say", "according to", "According to", "according tom", "according  to", "accordingto",
    "he said, according to police", "\ue000 said \ue000", "told-off", "re-told", "a told b", "asked.asked",
]


def test_cues_are_the_cue_words_the_plain_word_pattern_finds() -> None:
    # The plain word pattern with the verbs of saying in two words ("pointed out"), which
    # the cue alternation holds too; an adjective in -ed ("their alleged crimes") is no cue.
    def plain(text: str) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(1), m.group(1)) for m in _WORD_OR_PHRASAL.finditer(text) if _is_cue(m)]

    for text in [*CUE_EDGES, *_texts(), " ".join(sorted(_CUES)), "-".join(sorted(_CUES))]:
        found = [(m.span(1), m.group(1)) for m in _cues(text)]
        assert found == plain(text), text
        first = _first_cue(text)
        assert ((first.span(), first.group(1)) if first else None) == \
            next(((m.span(), m.group(1)) for m in _WORD_OR_PHRASAL.finditer(text) if _is_cue(m)), None)
