"""The normal form paragraphs and sentences are matched by."""

from __future__ import annotations

import pytest

from articlediff.text.words import normalize

# Every character str.split() takes for white space, ASCII's and beyond.
WHITE_SPACE = [chr(c) for c in range(0x3000 + 1) if chr(c).isspace()]


@pytest.mark.parametrize("space", WHITE_SPACE, ids=lambda ch: f"U+{ord(ch):04X}")
def test_any_white_space_is_one_space(space: str) -> None:
    assert normalize(f"Police{space}said{space}{space}it rained") == "police said it rained"
    assert normalize(f"{space}It rained.{space}") == "it rained."


def test_typography_and_case_do_not_count() -> None:
    assert normalize("“It’s over,” she said — at 5\u00a0p.m.…") == normalize('"it\'s over," she said - at 5 p.m....')


@pytest.mark.parametrize("text", ["It rained.", "Élan, déjà vu", "a\x00b", "", " ", "x\u200by"])
def test_text_with_nothing_to_collapse_is_only_case_folded(text: str) -> None:
    expected = " ".join(text.replace("\u200b", "").split()).casefold()
    assert normalize(text) == expected


def test_control_sequences_are_blanked_offsets_kept() -> None:
    from articlediff.text.words import without_control_sequences

    text = "Said \x1b]0;TITLE\x07 and \x1b[31mRED\x1b[0m.\x00"
    blanked = without_control_sequences(text)
    assert len(blanked) == len(text)
    assert "TITLE" not in blanked and "31" not in blanked and "RED" in blanked and "\x1b" not in blanked
    assert without_control_sequences("Plain text, kept.") == "Plain text, kept."


def test_lower_in_place_keeps_every_offset() -> None:
    from articlediff.text.words import lower_in_place

    text = "İSTANBUL, 5 İ"
    lower = lower_in_place(text)
    assert len(lower) == len(text)
    assert lower == "İstanbul, 5 İ"
    assert lower_in_place("Mayor ROE") == "mayor roe"
