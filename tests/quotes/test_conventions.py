"""Quotation-mark conventions of real stories: '' (two apostrophes, the BBC archive
text's), ‘‘ for an opening double mark, « », „ “, ‹ ›, single marks as a British
story's main marks, and apostrophes that never break a quotation."""

from __future__ import annotations

import pytest

from articlediff.text.marks import double_quote_marks, inside_long_quotations

from .common import one, quotes_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("''We will rebuild the town,'' said Jo Smith.", "We will rebuild the town"),
        ("Jo Smith said: ''It's not over yet.''", "It's not over yet."),
        ("‘‘We will rebuild the town,’’ said Jo Smith.", "We will rebuild the town"),
        ("‘‘We will rebuild the town,” said Jo Smith.", "We will rebuild the town"),
        ("« We will rebuild the town », said Jo Smith.", "We will rebuild the town"),
        ("„We will rebuild the town“, said Jo Smith.", "We will rebuild the town"),
        ("‹We will rebuild the town›, said Jo Smith.", "We will rebuild the town"),
        ("‹ We will rebuild the town › said Jo Smith.", "We will rebuild the town"),
        ('"It\'s the people\'s town, and we\'ll rebuild it," said Jo Smith.',
         "It's the people's town, and we'll rebuild it"),
        ('"The \'90s were the town\'s best years, rock \'n\' roll and all," said Jo Smith.',
         "The '90s were the town's best years, rock 'n' roll and all"),
    ],
)
def test_marks(text: str, words: str) -> None:
    quote = one(text)
    assert quote.text == words
    assert quote.speaker == "Jo Smith"


def test_two_apostrophes_keep_the_offsets_of_the_text() -> None:
    text = "Police were ''keeping an open mind'' but added: ''I don't believe this was random''."
    quotes = quotes_of(text)
    assert [text[q.start : q.end] for q in quotes] == [  # type: ignore[misc]
        "''keeping an open mind''", "''I don't believe this was random''"]


def test_bbc_archive_speaker_with_police_titles() -> None:
    quote = one("Det Supt Howard Millington said police were ''keeping an open mind'' on the motive.")
    assert (quote.speaker, quote.speaker_description) == ("Howard Millington", "Det Supt")


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_single_marks_as_a_stories_main_marks(apostrophe: str) -> None:
    a = apostrophe
    o = "‘" if a == "’" else "'"
    story = [f"{o}We are devastated,{a} said Jo Smith, the club{a}s chairman.",
             f"She added: {o}We{a}ll carry on, whatever the fans{a} mood.{a}",
             f"{o}It{a}s the players{a} club,{a} she said."]
    quotes = quotes_of(*story)
    assert [q.text for q in quotes] == [
        "We are devastated", f"We{a}ll carry on, whatever the fans{a} mood.", f"It{a}s the players{a} club"]
    assert {q.speaker for q in quotes} == {"Jo Smith"}


def test_long_quotations_read_two_apostrophes() -> None:
    texts = ["''We will rebuild,'' she said. ''Every house", "and every school.''", "Done."]
    assert double_quote_marks(texts[0]) == ['"', '"', '"']
    assert inside_long_quotations(texts) == {0, 1}


def test_case07_quotations_are_read() -> None:
    from articlediff import load_article
    from articlediff.quotes import extract_quotes

    from ..conftest import FIXTURES

    quotes = extract_quotes(load_article(str(FIXTURES / "corpus" / "case07" / "v1.txt")).paragraphs)
    assert any(q.text.startswith("I don't believe this was a random incident") for q in quotes)


def test_a_paragraph_of_two_apostrophes_alone_is_no_part() -> None:
    quotes = quotes_of("Jo Smith said: ''We will rebuild the town.", "''")
    assert [q.parts for q in quotes] == [("We will rebuild the town.",)]


@pytest.mark.parametrize(("open_", "close", "inner"), [("'", "'", '"a mess"'), ("‘", "’", "“a mess”")])
def test_a_british_story_nests_double_marks_in_single_ones(open_: str, close: str, inner: str) -> None:
    story = [f"{open_}It was {inner},{close} said Jo Smith.", f"{open_}We will fix it,{close} she added."]
    quotes = quotes_of(*story)
    assert [q.text for q in quotes] == [f"It was {inner}", "We will fix it"]
    assert {q.speaker for q in quotes} == {"Jo Smith"}


def test_an_american_story_keeps_single_marks_nested() -> None:
    quotes = quotes_of('"It was \'a mess\'," said Jo Smith.', '"We will fix it," she added.')
    assert [q.text for q in quotes] == ["It was 'a mess'", "We will fix it"]


def test_the_convention_is_read_per_story() -> None:
    from articlediff.quotes.spans import single_marks_lead

    assert single_marks_lead(["‘We are ready,’ she said.", "He said: ‘No.’"])
    assert not single_marks_lead(['"We are ready," she said.', "It was the players' day."])
