"""What the passes share: no move ties prose to a paragraph inside a quotation that
runs over several paragraphs (State.may_move), in any pass."""

from __future__ import annotations

import pytest

from articlediff.text.marks import inside_long_quotations

from .cases import added, diff_of, moved, pairs

# A council story whose second version prints the resolution, a quotation of several
# paragraphs, after the kept paragraphs; one of its paragraphs restates ¶1's second
# sentence. With the quotation marks taken away, the same texts tie ¶1 to it by a move.
COUNCIL = "The city council approved the budget on Tuesday after a six-hour meeting."
REEVE = "Mayor Daniel Reeve called the vote a turning point for the city."
HEARING = "The budget takes effect in July, after a public hearing."
TAXES = (
    "The plan raises property taxes by 4 percent, the first rise in a decade, to pay for "
    "road repairs and two new fire stations."
)
BRIDGE = "It also sets aside 2 million dollars for repairs to the Elm Street bridge and the harbour wall."
RESOLVED_BRIDGE = (
    "The council sets aside 2 million dollars for repairs to the Elm Street bridge and the harbour wall"
)


def with_resolution(kept: str, last: str, mark: str = '"') -> list[str]:
    """The second version: the story, then the resolution quoted over two paragraphs
    (``mark`` opens it and closes it), ``last`` its second paragraph."""
    return [
        COUNCIL, kept, REEVE, HEARING, "The resolution adopted by the council reads:",
        f"{mark}The council adopts the budget for the coming year as presented by the mayor.",
        f"{last}{mark}",
    ]

class TestLongQuotations:
    """A quotation that runs over several paragraphs is a text quoted whole; where it
    restates the story's prose elsewhere, it repeats it: no move ties the two."""

    def test_no_moved_pairing_into_a_long_quotation(self) -> None:
        old = [COUNCIL, f"The plan raises property taxes by 4 percent. {BRIDGE}", REEVE, HEARING]
        kept = "The plan raises property taxes by 4 percent, the first rise in a decade."
        diff = diff_of(old, with_resolution(kept, f"{RESOLVED_BRIDGE}."))
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2), (3, 3)}
        assert moved(diff) == set()
        assert added(diff) == {4, 5, 6}
        # Unquoted, the bridge paragraph is ¶1 moved, the rest of ¶1 split off in place.
        unquoted = diff_of(old, with_resolution(kept, f"{RESOLVED_BRIDGE}.", mark=""))
        assert moved(unquoted) == {(1, 6)}

    def test_no_moved_split_into_a_long_quotation(self) -> None:
        old = [COUNCIL, f"{TAXES} {BRIDGE}", REEVE, HEARING]
        diff = diff_of(old, with_resolution(TAXES, f"{RESOLVED_BRIDGE}."))
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2), (3, 3)}
        assert moved(diff) == set()
        unquoted = diff_of(old, with_resolution(TAXES, f"{RESOLVED_BRIDGE}.", mark=""))
        assert pairs(unquoted) == {(0, 0), (1, 1), (1, 6), (2, 2), (3, 3)}

    def test_no_moved_sentence_link_into_a_long_quotation(self) -> None:
        old = [COUNCIL, f"{TAXES} {BRIDGE}", REEVE, HEARING]
        last = (
            f"{RESOLVED_BRIDGE}, and directs the city engineer to report on the state of every "
            "other bridge in the city before the end of the year. Small changes to these "
            "amounts are acceptable."
        )
        diff = diff_of(old, with_resolution(TAXES, last))
        assert pairs(diff) == {(0, 0), (1, 1), (2, 2), (3, 3)}
        assert moved(diff) == set()
        unquoted = diff_of(old, with_resolution(TAXES, last, mark=""))
        assert pairs(unquoted) == {(0, 0), (1, 1), (1, 6), (2, 2), (3, 3)}

    def test_in_place_prose_still_pairs_with_a_long_quotation(self) -> None:
        """A paraphrase turned into the quotation it reported, where it stood."""
        old = [
            COUNCIL,
            "Reeve appealed for residents who saw the flooding on Elm Street to send their "
            "photographs to the council.",
            HEARING,
        ]
        new = [
            COUNCIL,
            'Reeve said: "If you saw the flooding on Elm Street, please send your photographs '
            "to the council.",
            'We need every one of them."',
            HEARING,
        ]
        diff = diff_of(old, new)
        assert (1, 1) in pairs(diff)
        assert moved(diff) == set()

    @pytest.mark.parametrize(("texts", "inside"), [
        (['Plain.', '"Opens.', 'Runs on.', 'Closes."', 'Plain.'], {1, 2, 3}),
        (['\u201cOpens.', '\u201cReopens, wire style.', '\u201cCloses.\u201d', 'He said "no" twice.'], {0, 1, 2}),
        (['"One paragraph," he said.', 'A stray " mark, never closed.', 'Plain.'], set()),
    ], ids=["straight", "wire style", "none"])
    def test_which_paragraphs_stand_inside_a_long_quotation(self, texts: list[str], inside: set[int]) -> None:
        assert inside_long_quotations(texts) == inside
