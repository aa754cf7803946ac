"""Properties that hold for any pair of texts (hypothesis).

CI runs a few hundred examples per property; a long fuzz run is
``ARTICLEDIFF_FUZZ_EXAMPLES=20000 pytest tests/test_properties.py --hypothesis-profile=fuzz``
(see conftest.py).
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlediff import BlockKind, compare
from articlediff.history import compare_history
from articlediff.render.history import render_history
from articlediff.render.jsonout import render_json
from articlediff.render.markdown import render_markdown
from articlediff.render.side_by_side import render_side_by_side
from articlediff.render.summary import render_summary
from articlediff.render.terminal import ViewOptions, render_diff
from articlediff.segment import split_paragraphs

from .conftest import render_to_string

WORDS = ["El", "Salvador", "said", "the", "“deal”", "US", "Rubio", "80,000", "It’s", "—", "[bold]", "\x1b[2J",
         "\u202e", "\u200b", "naïve", "日本", "😀", "Mr.", "U.S.", "\t", "\r\n", "\x00", "\x85"]
word = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=8))
paragraph = st.lists(word, min_size=0, max_size=12).map(" ".join)
separator = st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\n", "\r\r", "\n\n\n"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(paragraph, max_size=8))
    if paragraphs and draw(st.booleans()):
        paragraphs += draw(st.lists(st.sampled_from(paragraphs), max_size=4))  # repeats
        paragraphs = draw(st.permutations(paragraphs))
    out = ""
    for p in paragraphs:
        out += p + draw(separator)
    return out


def rebuild(doc: dict, side: str) -> list[str]:  # type: ignore[type-arg]
    """The paragraphs of one side as the rows give them back: the new side's text
    exactly from each row's equal and insert spans; the old side's from the document's
    paragraphs, once each row's delete and equal spans are shown to hold the words of
    the old sentences it names, every old sentence named by exactly one row."""
    if side == "new":
        found: dict[int, str] = {}
        for row in doc["rows"]:
            if row["new"] is not None:
                assert row["new"] not in found, "a paragraph in two rows"
                found[row["new"]] = "".join(s["text"] for s in row["spans"] if s["op"] != "delete")
        return [found[j] for j in range(len(found))]
    old = doc["old"]["paragraphs"]
    held = sorted(tuple(s) for row in doc["rows"] for s in row["old_sentences"])
    assert held == [(p["index"], k) for p in old for k in range(max(len(p["sentences"]), 1))]
    for row in doc["rows"]:
        shown = "".join(s["text"] for s in row["spans"] if s["op"] != "insert").split()
        named = [old[i]["sentences"][k] if old[i]["sentences"] else old[i]["text"] for i, k in row["old_sentences"]]
        assert shown == " ".join(named).split()
    return [p["text"] for p in old]


@given(texts(), texts())
def test_compare_never_raises_and_both_sides_rebuild(old: str, new: str) -> None:
    diff = compare(old, new)
    doc = json.loads(render_json(diff))
    assert rebuild(doc, "old") == [p.text for p in diff.old.paragraphs]
    assert rebuild(doc, "new") == [p.text for p in diff.new.paragraphs]
    assert [p.text for p in diff.old.paragraphs] == split_paragraphs(old.replace("\r\n", "\n").replace("\r", "\n"))
    # Nothing but white space is lost between the input and the paragraphs.
    assert "".join("".join(p.text for p in diff.new.paragraphs).split()) == "".join(new.split())


@given(texts())
def test_same_text_is_all_unchanged(text: str) -> None:
    diff = compare(text, text)
    assert all(b.kind is BlockKind.UNCHANGED and not b.moved for b in diff.rows)
    assert not diff.changed


@given(texts(), texts())
# Two exact pairs that cross: which of them counts as moved once decided whether the
# leftover paragraphs were paired (as an edit) or not (an addition and a removal).
@example(
    old="El El El El El El El\n\n\n\n\n\nEl El Salvador\n\nEl El El El El El El US\n\n\n\n",
    new="\n\nEl\nEl El\nEl El El\n\nEl El El El El El El US\n\nEl El El El El El El\n\n",
)
def test_swapping_sides_swaps_added_and_removed(old: str, new: str) -> None:
    forward, backward = compare(old, new), compare(new, old)
    assert forward.summary.added == backward.summary.removed
    assert forward.summary.removed == backward.summary.added
    # Rows count new paragraphs, so a merge one way is two rows of a split the other:
    # the links, not the counts of edited rows, are what swap.
    assert {(j, i) for r in forward.rows for i, j in r.links} == {link for r in backward.rows for link in r.links}
    assert {(j, i) for r in forward.rows for i, j in r.moved_pairs} == {p for r in backward.rows for p in r.moved_pairs}
    assert forward.changed == backward.changed


# What may reach a terminal: printable text, new lines, and rich's own colour codes.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200f]")
NOT_SGR = re.compile(r"\x1b(?!\[[0-9;]*m)")


@given(texts(), texts(), st.sampled_from([20, 80, 120]))
# A speaker's name holding a control character, in the summary view's quote list.
@example(old="", new="A\x06 said “deal”\n\n", width=20)
# "İ" lower-cases to two characters: offsets found in lower case must still index the text.
@example(old="", new="İ 0\n\n", width=20)
def test_every_view_is_safe_for_a_terminal(old: str, new: str, width: int) -> None:
    diff = compare(old, new)
    views = [render_diff(diff, ViewOptions(full=True)), render_diff(diff, ViewOptions(marks=True)),
             render_side_by_side(diff), render_summary(diff),
             render_history(compare_history([diff.old, diff.new, diff.old]))]
    for view in views:
        output = render_to_string(view, width=width, color=True)
        assert not NOT_SGR.search(output), "an escape sequence reached the terminal"
        assert not RAW_CONTROL.search(output.replace("\x1b", "")), "a control character reached the terminal"
    assert not RAW_CONTROL.search(render_markdown(diff).replace("\t", " "))


SENTENCES = [
    "The mayor said the budget was cut.", "The budget was cut, the mayor said.", "Advertisement",
    "Police arrested two men on Monday.", "Police arrested three men on Monday night.", "It rained.",
    "“It rained,” he said.", '"It rained," he said.', "Officials said 14 miners were still missing.",
]


@given(st.lists(st.sampled_from(SENTENCES), max_size=6), st.lists(st.sampled_from(SENTENCES), max_size=6))
@example(  # the sentence after the kept ones is one of them again: it pairs in order
    old=[SENTENCES[3], SENTENCES[0], SENTENCES[4]], new=[SENTENCES[3], SENTENCES[4], SENTENCES[4]],
)
@example(old=[SENTENCES[8], SENTENCES[3]], new=[SENTENCES[8], SENTENCES[1]])  # removed after the last kept
@example(old=[SENTENCES[5]], new=[SENTENCES[7]])  # unequal, but not a pair
def test_sentence_alignment_shortcut_agrees_with_the_aligner(old: list[str], new: list[str]) -> None:
    """Sentences pair around the one that changed without the aligner exactly as the
    aligner would pair them."""
    from articlediff.align import align_paragraphs
    from articlediff.align.sentences import _aligned

    assert _aligned(old, new) == [(g.old, g.new) for g in align_paragraphs(old, new, sentences=False)]


def best_chain(news: list[int], weights: list[float], units: list[int] | None = None) -> tuple[int, float]:
    """(pairs that count, total weight) of the best chain with never decreasing new
    indices, by trying every pair before each: quadratic, plainly right."""
    best: list[tuple[int, float]] = []
    for k, j in enumerate(news):
        before = [best[p] for p in range(k) if news[p] <= j]
        count, weight = max(before, default=(0, 0.0))
        best.append((count + (1 if units is None else units[k]), weight + weights[k]))
    return max(best, default=(0, 0.0))


# Runs that go up by one, as a long story's kept stretches do, here and there out of
# order or holding an index another run holds too; weights tie often (exact pairs weigh 1).
chain_news = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 5)), max_size=6).map(
    lambda runs: [j for start, length in runs for j in range(start, start + length)]
)


@given(chain_news.flatmap(lambda news: st.tuples(
    st.just(news), st.lists(st.sampled_from([1.0, 0.5, 0.75, 0.3]), min_size=len(news), max_size=len(news)))))
@example(([0, 1, 2, 3, 1, 1, 1, 1], [1.0] * 8))  # a run's index held again: 0, 1, then the 1s
@example(([0, 1, 2, 0, 0, 0, 0], [1.0] * 7))  # a run's first index held again: the 0s
@example(([5, 6, 7, 0, 1, 2, 3], [1.0] * 7))  # a run moved: the longer one is kept
def test_increasing_chain_is_the_longest_then_heaviest(case: tuple[list[int], list[float]]) -> None:
    from articlediff.align.moves import _increasing_chain

    news, weights = case
    chain = _increasing_chain(news, weights)
    assert chain == sorted(set(chain))
    assert all(news[a] <= news[b] for a, b in zip(chain, chain[1:]))
    count, weight = best_chain(news, weights)
    assert len(chain) == count
    assert sum(weights[k] for k in chain) == pytest.approx(weight)


@given(chain_news.flatmap(lambda news: st.tuples(
    st.just(news),
    st.lists(st.sampled_from([1.0, 0.5, 0.75, 0.3]), min_size=len(news), max_size=len(news)),
    st.lists(st.sampled_from([1, 1, 0]), min_size=len(news), max_size=len(news)))))
@example(([0, 1, 2, 1], [1.0] * 4, [1, 0, 0, 1]))  # two furniture pairs give way to one that counts
def test_increasing_chain_counts_only_the_pairs_that_count(case: tuple[list[int], list[float], list[int]]) -> None:
    """With units, the chain holds the most pairs that count 1; among those chains,
    the heaviest, furniture's weight included."""
    from articlediff.align.moves import _increasing_chain

    news, weights, units = case
    chain = _increasing_chain(news, weights, units)
    assert chain == sorted(set(chain))
    assert all(news[a] <= news[b] for a, b in zip(chain, chain[1:]))
    count, weight = best_chain(news, weights, units)
    assert sum(units[k] for k in chain) == count
    assert sum(weights[k] for k in chain) == pytest.approx(weight)
