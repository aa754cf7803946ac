"""The Quote record."""

from __future__ import annotations

import pytest

from .common import one


class TestQuoteValue:
    def test_immutable(self) -> None:
        quote = one("“We will act,” Rubio said.")
        with pytest.raises(AttributeError):
            quote.text = "other"  # type: ignore[misc]

    def test_compared_by_value(self) -> None:
        assert one("“We will act,” Rubio said.") == one("“We will act,” Rubio said.")
        assert one("“We will act,” Rubio said.") != one("“We will act,” Bukele said.")
