"""Speakers: attribution, names and pronouns resolved across the article."""

from __future__ import annotations

import pytest

from .common import one, quotes_of


class TestSpeakers:
    @pytest.mark.parametrize(
        ("text", "speaker", "cue"),
        [
            ("“We will act,” Rubio said.", "Rubio", "said"),
            ("“We will act,” said Marco Rubio.", "Marco Rubio", "said"),
            ("“We will act,” Rubio told CNN.", "Rubio", "told CNN"),
            ("Rubio said the US would “act without delay.”", "Rubio", "said"),
            ("The US will “act without delay,” according to Marco Rubio.", "Marco Rubio", "according to"),
            ("According to the State Department, it will “act without delay.”", "the State Department",
             "according to"),
            ("Musk wrote in a post that the agency was “a criminal organization.”", "Musk", "wrote in a post"),
            ("Bukele confirmed it on X, saying in a post, “We are willing to help.”", "Bukele", "saying in a post"),
            ("“It is catastrophic,” UNICEF said in a statement.", "UNICEF", "said in a statement"),
            ("“We are reviewing it,” a spokesperson for the Justice Department said.",
             "a spokesperson for the Justice Department", "said"),
            ("His neighbor, Omar Saleh, disagreed: “Peace with whom, and at what price?”", "Omar Saleh", "disagreed"),
            # real: tests/data/real_stories9 286 (WSJ): a long description in commas
            ("\"The FAA needs to fix its credibility problem,\" Rep. Rick Larsen (D., Wash.), chairman of the "
             "aviation subcommittee of the House Transportation and Infrastructure Committee, said at a hearing "
             "Wednesday.", "Rick Larsen", "said at a hearing"),
            # real: tests/data/real_stories18 712 (CTV News)
            ("“This is horrifying,” said NDP health critic, France Gelinas, outside Queen’s Park on Tuesday.",
             "France Gelinas", "said"),
            # a place that is a first name, as a whole name
            ("“We will keep going,” said Jordan Henderson.", "Jordan Henderson", "said"),
            # real: tests/data/real_stories17 662 (The Standard)
            ("\"It has been quiet all morning,\" said a fruit vendor outside Uhuru Gardens primary school.",
             "a fruit vendor outside Uhuru Gardens primary school", "said"),
            # real: tests/data/real_stories17 674 (RNZ)
            ("\"Get in there and put some money in these houses,\" one person said.", "one person", "said"),
            # real: tests/data/real_stories17 650 (Fox 10 Phoenix)
            ("\"This was not at the casino,\" says Ricardo Alvarado with the Gila River Police Department.",
             "Ricardo Alvarado", "says"),
            # real: tests/data/real_stories16 622 (Shahidi News)
            ("“I have spent Sh500 to hide at the police station,” one of the journalists told Shahidi News.",
             "one of the journalists", "told Shahidi News"),
        ],
    )
    def test_attribution_patterns(self, text: str, speaker: str, cue: str) -> None:
        quote = one(text)
        assert (quote.speaker, quote.cue) == (speaker, cue)

    def test_speaker_description_from_an_apposition(self) -> None:
        quote = one("“It is bizarre,” said Mneesha Gellman, an international politics scholar.")
        assert (quote.speaker, quote.speaker_description) == ("Mneesha Gellman", "an international politics scholar")

    def test_speaker_description_from_a_title_before_the_name(self) -> None:
        quote = one("Emerson College professor Mneesha Gellman said it was “a bizarre proposal.”")
        assert (quote.speaker, quote.speaker_description) == ("Mneesha Gellman", "Emerson College professor")

    @pytest.mark.parametrize("pronoun", ["he", "she", "they"])
    def test_pronouns_resolve_to_the_latest_named_person(self, pronoun: str) -> None:
        found = quotes_of("Prosecutor Linda Greene spoke on Monday.", f"“We will follow the evidence,” {pronoun} added.")
        assert [(q.speaker, q.cue) for q in found] == [("Linda Greene", "added")]

    def test_a_pronoun_prefers_the_subject_of_the_sentence_before(self) -> None:
        quote = one("Rubio met Salvadoran President Nayib Bukele on Monday. “It was historic,” he said.")
        assert quote.speaker == "Rubio"

    @pytest.mark.parametrize("pronoun", ["it", "the group"])
    def test_it_and_the_group_resolve_to_an_organisation(self, pronoun: str) -> None:
        found = quotes_of("Amnesty International published a report on Tuesday.",
                          f"“These are systematic violations,” {pronoun} said.")
        assert [q.speaker for q in found] == ["Amnesty International"]

    def test_a_surname_resolves_to_the_full_name_anywhere_in_the_article(self) -> None:
        found = quotes_of("“It is bizarre,” Gellman said.", "Mneesha Gellman, a professor at Emerson College, spoke.")
        assert found[0].speaker == "Mneesha Gellman"

    @pytest.mark.parametrize(
        "text",
        [
            "“This is not over,” read a banner held by protesters.",
            "He said “yes, and then walked out.",
            "The law targets what critics see as “foreign agent” labeling.",
            "Bukele said the prisons were safe, but rights groups have documented “systematic torture in custody.”",
        ],
    )
    def test_unknown_speaker_is_none(self, text: str) -> None:
        quote = one(text)
        assert (quote.speaker, quote.cue) == (None, None)

    def test_an_unattributed_quote_paragraph_goes_on_with_the_previous_speaker(self) -> None:
        found = quotes_of("“We lost everything,” said farmer Luis Gómez.", "“The water came in the night.”")
        assert [(q.speaker, q.cue) for q in found] == [("Luis Gómez", "said"), ("Luis Gómez", None)]
