"""Re-attribution only when the text attributes the words otherwise: the same
attribution words read in another context, a speaker named where there was none, a
role put for the name, or a body's spokesman are no re-attribution."""

from __future__ import annotations

from itertools import combinations

import pytest

from articlediff import Paragraph, compare, load_article
from articlediff.check import check
from articlediff.model import QuoteChange
from articlediff.quotes import diff_quotes, extract_quotes

from ..conftest import CNN, FIXTURES


def changes(old: list[str], new: list[str]) -> list[QuoteChange]:
    read = [[Paragraph(index=i, text=t) for i, t in enumerate(v)] for v in (old, new)]
    return diff_quotes(extract_quotes(read[0]), extract_quotes(read[1]))


def only(found: list[QuoteChange], start: str) -> QuoteChange:
    matches = [c for c in found if (c.new or c.old).text.startswith(start)]  # type: ignore[union-attr]
    assert len(matches) == 1, found
    return matches[0]


GRAHAM = 'He told the BBC in 2023: "There is a dark side to Donald Trump."'


def test_a_pronoun_read_in_another_context_is_no_reattribution() -> None:
    old = ["Lindsey Graham, the senator, died on Sunday.", GRAHAM]
    new = ["Lindsey Graham, the senator, died on Sunday.",
           "Donald Trump praised him on Sunday.", GRAHAM]
    change = only(changes(old, new), "There is a dark side")
    assert change.change == "unchanged"
    assert not change.attribution_changed


def test_he_added_after_a_post_on_x_keeps_its_wording() -> None:
    zelensky = ['Zelensky said in a post on X that he was "deeply saddened".',
                '"America and the world have lost a determined leader," he added.']
    old = ["Senator Lindsey Graham said the talks would go on.", *zelensky]
    new = ["The talks would go on.", *zelensky]
    change = only(changes(old, new), "America and the world")
    assert change.change == "unchanged" and not change.attribution_changed


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # no speaker → a name
        ('"We will rebuild the town," the statement read.', '"We will rebuild the town," said Jo Smith.'),
        # a title → the name
        ('"We will rebuild the town," the US president said.', '"We will rebuild the town," Donald Trump said.'),
        ('"We will rebuild the town," Donald Trump said.', '"We will rebuild the town," the US president said.'),
        # an organisation → its spokesman
        ('"We will rebuild the town," the State Department said.',
         '"We will rebuild the town," State Department spokesman Ned Price said.'),
        # a pronoun → a name
        ('"We will rebuild the town," he said.', '"We will rebuild the town," said Jo Smith.'),
    ],
)
def test_no_reattribution(old: str, new: str) -> None:
    change = only(changes(["Donald Trump spoke in Ohio.", old], ["Donald Trump spoke in Ohio.", new]),
                  "We will rebuild")
    assert change.change != "reattributed"


def test_a_name_put_for_another_name_is_a_reattribution() -> None:
    change = only(changes(['"We will rebuild the town," said Jo Smith.'],
                          ['"We will rebuild the town," said Ann Jones.']), "We will rebuild")
    assert change.change == "reattributed"
    assert (change.old.speaker, change.new.speaker) == ("Jo Smith", "Ann Jones")  # type: ignore[union-attr]


def _pairs() -> list[tuple[str, str]]:
    pairs = [(str(CNN / f"v{a}.txt"), str(CNN / f"v{b}.txt")) for a, b in combinations((1, 2, 3), 2)]
    for case in sorted((FIXTURES / "corpus").iterdir()):
        pairs.append((str(case / "v1.txt"), str(case / "v2.txt")))
    return pairs


@pytest.mark.parametrize(("old", "new"), _pairs(), ids=lambda p: "/".join(p.split("/")[-2:]))
def test_no_fixture_pair_fails_on_reattribution(old: str, new: str) -> None:
    # No fixture pair gives a quotation to someone else (read by hand): none may fail.
    diff = compare(load_article(old), load_article(new))
    assert check(diff, ["quote-reattributed"]).ok


def test_saying_and_said_that_name_the_same_speaker() -> None:
    old = ["Israel's Prime Minister Benjamin Netanyahu paid tribute to Graham on Sunday, saying \"Lindsey "
           'understood that the security of Israel and America are inseparable".']
    new = ["Israel's Prime Minister Benjamin Netanyahu said on Sunday that \"Lindsey understood that the "
           'security of Israel and America are inseparable".']
    change = only(changes(old, new), "Lindsey understood")
    assert change.change == "unchanged"
    assert change.new.speaker == change.old.speaker == "Benjamin Netanyahu"  # type: ignore[union-attr]


def test_the_us_president_and_donald_trump_when_the_story_names_him() -> None:
    intro = "Senator Lindsey Graham, a close ally of US President Donald Trump, died on Sunday."
    change = only(changes([intro, '"We will rebuild the town," the US president said.'],
                          [intro, '"We will rebuild the town," Donald Trump said.']), "We will rebuild")
    assert change.change == "unchanged"
    assert change.new.speaker == change.old.speaker == "Donald Trump"  # type: ignore[union-attr]


def test_relayed_words_named_to_their_speaker_are_no_reattribution() -> None:
    old = ['"There was blasting all night," said Anutin Charnvirakul.']
    new = ['"There was blasting all night," the musician said, according to Anutin Charnvirakul.']
    change = only(changes(old, new), "There was blasting")
    assert change.change != "reattributed"
    assert change.new.reported_by == "Anutin Charnvirakul"  # type: ignore[union-attr]


# A quotation whose words and speaker both changed is re-attributed too (speaker_changed),
# and check's quote-reattributed rule says so; a described speaker named later is not.

def test_words_trimmed_and_given_to_another_named_speaker_are_reattributed() -> None:
    old = ['"We will rebuild every school and every clinic in the valley," Mayor Ana Ruiz said on Monday.']
    new = ['"We will rebuild every school in the valley," Governor Tom Hale said on Monday.']
    change = only(changes(old, new), "We will rebuild")
    assert change.change == "changed" and change.detail == "trimmed"
    assert change.attribution_changed and change.speaker_changed
    result = check(compare("\n\n".join(old), "\n\n".join(new)), ["quote-reattributed"])
    assert [v.rule for v in result.violations] == ["quote-reattributed"]
    assert "Ana Ruiz to Tom Hale" in result.violations[0].message


def test_a_spokesman_named_later_is_no_new_speaker() -> None:
    old = ['"The talks will resume on Friday," a spokesman for the office told reporters.']
    new = ['"The talks will resume on Friday," Adrian Edwards, a spokesman for the office, said.']
    change = only(changes(old, new), "The talks will resume")
    assert change.attribution_changed and not change.speaker_changed
    assert check(compare(old[0], new[0]), ["quote-reattributed"]).violations == ()


def test_the_same_words_given_to_another_named_speaker_set_both() -> None:
    old = ['"This is a sad day for our country," Marco Rubio said.']
    new = ['"This is a sad day for our country," Nayib Bukele said.']
    change = only(changes(old, new), "This is a sad day")
    assert change.change == "reattributed" and change.speaker_changed
