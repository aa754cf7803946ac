"""Fixtures of the quotation tests: the quotations of the CNN story's versions."""

from __future__ import annotations

import pytest

from articlediff import load_article
from articlediff.model import Quote
from articlediff.quotes import extract_quotes

from ..conftest import CNN


@pytest.fixture(name="v1", scope="module")
def fixture_v1() -> list[Quote]:
    return extract_quotes(load_article(str(CNN / "v1.txt")).paragraphs)


@pytest.fixture(name="v2", scope="module")
def fixture_v2() -> list[Quote]:
    return extract_quotes(load_article(str(CNN / "v2.txt")).paragraphs)
