"""British wire copy spells its common-noun speakers its own way: "a neighbour said"
names a speaker as "a neighbor said" does."""

from __future__ import annotations

import pytest

from .common import one


@pytest.mark.parametrize("speaker", ["a neighbour", "a neighbor", "one neighbour"])
def test_a_neighbour_speaks(speaker: str) -> None:
    quote = one(f'"I heard shouting and ran outside," {speaker} said.')
    assert quote.speaker == speaker


def test_a_neighbourhood_is_no_speaker() -> None:
    quote = one('Police sealed off the area. "I heard shouting and ran outside," the neighbourhood said.')
    assert quote.speaker != "the neighbourhood"
