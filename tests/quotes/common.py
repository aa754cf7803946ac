"""Helpers of the quotation tests: the quotations of a few paragraphs."""

from __future__ import annotations

from articlediff import Paragraph
from articlediff.model import Quote
from articlediff.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes([Paragraph(index=i, text=text) for i, text in enumerate(paragraphs)])


def one(*paragraphs: str) -> Quote:
    found = quotes_of(*paragraphs)
    assert len(found) == 1, found
    return found[0]


def find(quotes: list[Quote], start: str) -> Quote:
    matches = [q for q in quotes if q.text.startswith(start)]
    assert len(matches) == 1, [q.text for q in quotes]
    return matches[0]
