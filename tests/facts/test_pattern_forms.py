"""Patterns written for speed match what their plain forms match."""

from __future__ import annotations

import re
from pathlib import Path

from articlediff.facts.mentions import _NUMBER_WORD, _SCALE, _UNITS, _WORD_VALUES

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EDGES = [
    "seventeen", "seven", "seventeenth", "sevenfold", "xseven", "_seven", "7seven", "twenty-two", "twenty‐two",
    "twenty-twos", "ninety-nine million", "one hundred", "one  hundred thousand", "dozen", "dozens", "a dozen eggs",
    "élevenone", "é one", "one", "", "tens", "ten-", "-ten", "ten.", "twenty-twenty", "eight hundreds",
]


def _texts() -> list[str]:
    lines = [line for path in sorted(FIXTURES.rglob("*.txt")) for line in path.read_text().splitlines()]
    return EDGES + lines + [line.lower() for line in lines]


def test_number_words_match_as_the_look_ahead_first_form() -> None:
    plain = re.compile(
        "(?=[" + "".join(sorted({w[0] for w in _WORD_VALUES})) + r"])\b(?P<w>"
        + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + rf")(?:[-‐‑](?P<u>{_UNITS}))?\b"
        rf"(?:\s+(?P<s>{_SCALE})\b)?"
    )
    for text in _texts():
        assert [(m.span(), m.groupdict()) for m in _NUMBER_WORD.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], text
        found, expected = _NUMBER_WORD.fullmatch(text), plain.fullmatch(text)
        assert (found and found.groupdict()) == (expected and expected.groupdict()), text
