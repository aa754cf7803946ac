"""Diff stage: word diffs that rebuild both texts and read like an editor's marks."""

from __future__ import annotations

import pytest

from articlediff.model import Span, SpanOp
from articlediff.worddiff import _units, diff_words, tokenize


def rebuild(spans: list[Span]) -> tuple[str, str]:
    old = "".join(s.text for s in spans if s.op is not SpanOp.INSERT)
    new = "".join(s.text for s in spans if s.op is not SpanOp.DELETE)
    return old, new


def test_tokenize_keeps_everything() -> None:
    text = "It’s 80,000 people — “innocent.”"
    assert "".join(tokenize(text)) == text
    assert "It’s" in tokenize(text)


@pytest.mark.parametrize("text", [
    "Rubio said.  Then",
    "  leading space",
    "one\n\ntwo",
    "word \n next",
    "tab\tand\u00a0nbsp\r\nend ",
    "It’s — “innocent.”\u2028x",
])
def test_units_are_the_tokens_with_the_space_after_each(text: str) -> None:
    units = _units(text)
    assert [t for unit in units for t in unit if t] == tokenize(text)
    for word, space in units:
        assert not space or (not word.isspace() and "\n" not in space)
    # a space run that stays a unit of its own follows a line break or starts the text
    alone = [k for k, (word, _) in enumerate(units) if word.isspace()]
    assert all(k == 0 or "\n" in units[k][0] for k in alone)


def test_whole_words_change() -> None:
    spans = diff_words("Rubio announced the agreement", "Rubio unveiled the agreement")
    assert spans == [
        Span(SpanOp.EQUAL, "Rubio "),
        Span(SpanOp.DELETE, "announced"),
        Span(SpanOp.INSERT, "unveiled"),
        Span(SpanOp.EQUAL, " the agreement"),
    ]


def test_rewritten_clause_is_one_change_not_confetti() -> None:
    old = "Ahead of the announcement, critics had warned that such a plan could be part of backsliding."
    new = "Rights groups condemned the move, with critics warning that such a plan could be part of backsliding."
    spans = diff_words(old, new)
    assert rebuild(spans) == (old, new)
    changes = [s for s in spans if s.op is not SpanOp.EQUAL]
    assert len(changes) <= 6
    assert spans[-1] == Span(SpanOp.EQUAL, " that such a plan could be part of backsliding.")


def test_a_kept_sentence_is_not_folded_into_the_changes_around_it() -> None:
    """A sentence that stands between a paragraph struck out and new text (the piece
    of a paragraph moved into the one before it) stays unchanged, though the changes
    on both sides are longer than it."""
    kept = "The Committee seeks to achieve maximum employment and inflation at the rate of 2 percent over the longer run."
    old = (
        "The banking system is sound and resilient. Tighter credit conditions for households and businesses "
        "are likely to weigh on activity, hiring and inflation. The extent of these effects remains uncertain."
        f"\n\n{kept} In support of these goals, the rate was kept."
    )
    new = (
        f"{kept} The Committee judges that the risks to achieving its employment and inflation goals are "
        "moving into better balance. The economic outlook is uncertain.\n\nIn support of its goals, the rate was kept."
    )
    spans = diff_words(old, new)
    assert rebuild(spans) == (old, new)
    assert any(s.op is SpanOp.EQUAL and kept in s.text for s in spans)


def marks(old: str, new: str) -> str:
    """The diff as an editor's marks: [-deleted-]{+inserted+}."""
    spans = diff_words(old, new)
    assert rebuild(spans) == (old, new)
    shown = {SpanOp.EQUAL: "{}", SpanOp.DELETE: "[-{}-]", SpanOp.INSERT: "{{+{}+}}"}
    return "".join(shown[s.op].format(s.text) for s in spans)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("over 80,000 people", "over 85,000 people", "over [-80,000-]{+85,000+} people"),
        ("rose 2.5 percent", "rose 2.75 percent", "rose [-2.5-]{+2.75+} percent"),
        ("at about 21:00 BST", "at about 22:30 BST", "at about [-21:00-]{+22:30+} BST"),
        ("a range of 3-1/2 to 4", "a range of 3-3/4 to 4", "a range of [-3-1/2-]{+3-3/4+} to 4"),
        ("on 2025-02-03.", "on 2025-02-04.", "on [-2025-02-03-]{+2025-02-04+}."),
        # A figure's own marks stay marks when no digit follows: the stop, the comma.
        ("in 2019. Then", "in 2020, then", "in [-2019. Then-]{+2020, then+}"),
        ("the 20-year-old man", "the 21-year-old man", "the [-20-]{+21+}-year-old man"),
    ],
)
def test_a_figure_changes_whole(old: str, new: str, expected: str) -> None:
    assert marks(old, new) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("said Janet L. Yellen, the chair.", "said Jerome H. Powell, the chair.",
         "said [-Janet L. Yellen-]{+Jerome H. Powell+}, the chair."),
        ("Mary C. Daly; Loretta J. Mester; and Randal K. Quarles.",
         "Charles L. Evans; Esther L. George; and Randal K. Quarles.",
         "[-Mary C. Daly-]{+Charles L. Evans+}; [-Loretta J. Mester-]{+Esther L. George+}; and Randal K. Quarles."),
        # Only a name replaced on both sides joins: a kept initial stays kept.
        ("Mary C. Daly spoke.", "Mary C. Evans spoke.", "Mary C. [-Daly-]{+Evans+} spoke."),
        ("the U.S. said", "the UK said", "the [-U.S.-]{+UK+} said"),
        ("Plan A. It failed.", "Plan B. it failed.", "Plan [-A-]{+B+}. [-It-]{+it+} failed."),
    ],
)
def test_a_name_with_initials_changes_whole(old: str, new: str, expected: str) -> None:
    assert marks(old, new) == expected


def test_deletion_comes_before_insertion() -> None:
    spans = diff_words("a b c", "a x c")
    ops = [s.op for s in spans]
    assert ops.index(SpanOp.DELETE) < ops.index(SpanOp.INSERT)


@pytest.mark.parametrize(
    ("old", "new"),
    [("", ""), ("", "new"), ("old", ""), ("same", "same"), ("a\n\nb", "a\n\nc"), ("\x1b[2J x", "y \u202e z")],
)
def test_rebuilds_both_sides(old: str, new: str) -> None:
    assert rebuild(diff_words(old, new)) == (old, new)


def test_many_distinct_tokens_survive_encoding() -> None:
    old = " ".join(f"w{i}" for i in range(70_000))
    new = old.replace("w500 ", "changed ")
    assert rebuild(diff_words(old, new)) == (old, new)


@pytest.mark.parametrize("before", [*range(48), 120, 7000])  # past one byte, past the first characters
def test_where_an_edit_falls_does_not_depend_on_the_words_before_it(before: int) -> None:
    """A deletion takes the space after its last word ("[-indicators of -]inflation"),
    whatever words came before. (Each distinct token stands for a character: once the
    eleventh stood for a line break and the thirty-third for a space, and an edit beside
    them slid to a boundary of its own.)"""
    lead = " ".join(f"w{i}" for i in range(before))
    old = f"{lead} labor market conditions, indicators of inflation pressures.".lstrip()
    new = f"{lead} labor market conditions, inflation pressures.".lstrip()
    spans = diff_words(old, new)
    assert [s.text for s in spans if s.op is not SpanOp.EQUAL] == ["indicators of "]


def test_each_token_has_a_character_of_its_own() -> None:
    """The first thousands are of no class (see test_where_an_edit_falls_…); past them,
    every character but the surrogates, each for one token."""
    from articlediff.worddiff import _BMP_PRIVATE, _LATIN1_CLASSLESS, _SURROGATES, _char

    first = len(_LATIN1_CLASSLESS) + len(_BMP_PRIVATE)
    assert all(not c.isalnum() and not c.isspace() for c in map(_char, range(first)))
    every = {ord(_char(n)) for n in range(0x110000 - len(_SURROGATES))}
    assert len(every) == 0x110000 - len(_SURROGATES) and not every & set(_SURROGATES)
    with pytest.raises(ValueError):
        _char(0x110000 - len(_SURROGATES))


def test_bisection_is_the_librarys() -> None:
    """_Differ's bisection finds what diff-match-patch's own does, on texts of few
    symbols (many equal stretches, many ties)."""
    import random

    from diff_match_patch import diff_match_patch

    from articlediff.worddiff import _Differ

    library, ours = diff_match_patch(), _Differ()
    library.Diff_Timeout = ours.Diff_Timeout = 0
    rng = random.Random(17)
    for _ in range(2000):
        alphabet = "abcdef"[: rng.randint(1, 6)]
        old = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 40)))
        new = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 40)))
        if rng.random() < 0.7:  # an edit of the old text, not another text
            new = old[: rng.randint(0, len(old))] + new[: rng.randint(0, 5)] + old[rng.randint(0, len(old)):]
        if len(old) + len(new) < 3:
            continue
        assert ours.diff_bisect(old, new, float("inf")) == library.diff_bisect(old, new, float("inf"))
        assert ours.diff_main(old, new, False) == library.diff_main(old, new, False)
