"""Assembly: spans joined into utterances, and each one's kind."""

from __future__ import annotations

import pytest

from articlediff import Paragraph, Role
from articlediff.model import Quote
from articlediff.quotes import extract_quotes

from .common import find, one, quotes_of


class TestUtterances:
    def test_split_around_the_attribution_is_one_quote(self) -> None:
        quote = one("“It is bizarre,” Gellman told CNN. “It’s not rooted in law.”")
        assert quote.parts == ("It is bizarre", "It’s not rooted in law.")
        assert quote.text == "It is bizarre … It’s not rooted in law."  # the split shows
        assert (quote.speaker, quote.cue) == ("Gellman", "told CNN")

    def test_split_mid_sentence(self) -> None:
        quote = one("“If we do nothing,” she said, “the river will die.”")
        assert quote.parts == ("If we do nothing", "the river will die.")
        # Never one run-on sentence: the text says where the attribution stood.
        assert quote.text == "If we do nothing … the river will die."

    def test_two_speakers_are_two_quotes(self) -> None:
        found = quotes_of("“A good deal,” Rubio said. “A terrible deal,” Sen. Chris Murphy said.")
        assert [(q.text, q.speaker) for q in found] == [("A good deal", "Rubio"), ("A terrible deal", "Chris Murphy")]

    def test_wire_style_multi_paragraph_quote(self) -> None:
        found = quotes_of(
            "“We waited a long time,” said Ana Torres, a teacher. “Nobody listened.",
            "“Now the world is watching.",
            "“And it has to listen.”",
            "The protest ended at noon.",
        )
        assert len(found) == 1
        quote = found[0]
        assert quote.parts == ("We waited a long time", "Nobody listened.", "Now the world is watching.",
                               "And it has to listen.")
        assert (quote.paragraph, quote.paragraphs, quote.speaker) == (0, (0, 1, 2), "Ana Torres")

    def test_attribution_at_the_end_of_a_multi_paragraph_quote(self) -> None:
        quote = one('"The first thing I saw was smoke.', '"Then the windows blew out," said firefighter Jake Miller.')
        assert (quote.text, quote.paragraphs) == ("The first thing I saw was smoke. … Then the windows blew out", (0, 1))
        assert (quote.speaker, quote.speaker_description) == ("Jake Miller", "firefighter")

    def test_paragraph_indices_are_the_paragraphs_own(self) -> None:
        paragraphs = [Paragraph(index=7, text="Intro."), Paragraph(index=9, text="“Hello there, all of you,” he said.")]
        assert [q.paragraph for q in extract_quotes(paragraphs)] == [9]

    def test_byline_and_boilerplate_are_skipped(self) -> None:
        paragraphs = [
            Paragraph(index=0, text="By “Red” Jones", role=Role.BYLINE),
            Paragraph(index=1, text="“We are here to stay,” the union said.", role=Role.BODY),
        ]
        assert [q.text for q in extract_quotes(paragraphs)] == ["We are here to stay"]


class TestKind:
    def test_short_phrases_inside_a_sentence_are_terms(self, v2: list[Quote]) -> None:
        assert find(v2, "harsh").kind == "term"
        assert find(v2, "safe third country").kind == "term"

    def test_four_words_make_a_quote(self, v2: list[Quote]) -> None:
        assert find(v2, "a sad day for America").kind == "quote"

    @pytest.mark.parametrize("text", ["“No,” he said.", "“Why?” she asked.", "He shouted: “Get out!”"])
    def test_a_short_whole_utterance_is_a_quote(self, text: str) -> None:
        assert one(text).kind == "quote"
