"""Quote stage: quotation marks, utterances, kinds and speakers."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from articlediff import Paragraph, Role, load_article
from articlediff.quotes import Quote, QuoteCache, extract_quotes

from .conftest import CNN
from .quote_eval import evaluate, extract_case, load_cases, same_speaker


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes([Paragraph(index=i, text=text) for i, text in enumerate(paragraphs)])


def one(*paragraphs: str) -> Quote:
    found = quotes_of(*paragraphs)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(name="v1", scope="module")
def fixture_v1() -> list[Quote]:
    return extract_quotes(load_article(str(CNN / "v1.txt")).paragraphs)


@pytest.fixture(name="v2", scope="module")
def fixture_v2() -> list[Quote]:
    return extract_quotes(load_article(str(CNN / "v2.txt")).paragraphs)


def find(quotes: list[Quote], start: str) -> Quote:
    matches = [q for q in quotes if q.text.startswith(start)]
    assert len(matches) == 1, [q.text for q in quotes]
    return matches[0]


class TestMarks:
    @pytest.mark.parametrize(
        ("text", "quoted"),
        [
            ("He said “we will win” today.", "we will win"),
            ('He said "we will win" today.', "we will win"),
            ("He said « we will win » today.", "we will win"),
            ("He said „wir werden siegen“ today.", "wir werden siegen"),
            ("He said „we will win” today.", "we will win"),
        ],
    )
    def test_pairs_of_marks(self, text: str, quoted: str) -> None:
        assert one(text).text == quoted

    def test_nested_single_quotes_stay_inside(self) -> None:
        quote = one("“When he told me, ‘You’re fired,’ I didn’t believe it,” she said.")
        assert quote.text == "When he told me, ‘You’re fired,’ I didn’t believe it"

    @pytest.mark.parametrize(
        "text",
        [
            "It’s Bukele’s plan, and it doesn’t work.",
            "Back in the ’90s the owners’ club met weekly.",
            "It's the group's third protest since the '90s.",
            "Rock ’n’ roll and rock 'n' roll fans, 'em all.",
        ],
    )
    def test_apostrophes_are_never_quote_marks(self, text: str) -> None:
        assert quotes_of(text) == []

    def test_top_level_single_quotes_in_a_headline(self) -> None:
        quote = one("Bukele says he will take ‘only convicted criminals’ from US")
        assert (quote.text, quote.speaker) == ("only convicted criminals", "Bukele")

    @pytest.mark.parametrize(
        "text",
        ['He said "yes, and left.', "“Open “open “open", "”closing first“", '"', "“", "‘odd ’ones’ ‘", "«»„“”"],
    )
    def test_unbalanced_marks_never_raise(self, text: str) -> None:
        for quote in quotes_of(text, text):
            assert quote.text.strip()

    def test_unclosed_quote_runs_to_the_paragraph_end(self) -> None:
        found = quotes_of("The senator called it “a disaster for families.", "The vote is on Thursday.")
        assert [(q.text, q.paragraphs) for q in found] == [("a disaster for families.", (0,))]

    def test_an_unclosed_single_quote_is_an_apostrophe(self) -> None:
        assert quotes_of("The ‘plan was never written down.") == []

    def test_a_quote_mark_soup_never_raises(self) -> None:
        marks = ["“", "”", '"', "‘", "’", "'", "«", "»", "„", "x ", " "]
        for combo in itertools.product(marks, repeat=4):
            text = "".join(combo)
            quotes_of(text, "said " + text, text + " he said")

    def test_offsets_point_at_the_marks(self) -> None:
        text = "Rubio said “we will act” and left."
        quote = one(text)
        assert quote.start is not None and quote.end is not None
        assert text[quote.start : quote.end] == "“we will act”"


class TestUtterances:
    def test_split_around_the_attribution_is_one_quote(self) -> None:
        quote = one("“It is bizarre,” Gellman told CNN. “It’s not rooted in law.”")
        assert quote.parts == ("It is bizarre", "It’s not rooted in law.")
        assert quote.text == "It is bizarre It’s not rooted in law."
        assert (quote.speaker, quote.cue) == ("Gellman", "told CNN")

    def test_split_mid_sentence(self) -> None:
        quote = one("“If we do nothing,” she said, “the river will die.”")
        assert quote.parts == ("If we do nothing", "the river will die.")

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
        assert (quote.text, quote.paragraphs) == ("The first thing I saw was smoke. Then the windows blew out", (0, 1))
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
            '"The situation is under control," officials said.',
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


class TestFixture:
    def test_old_version(self, v1: list[Quote]) -> None:
        assert [(q.paragraph, q.speaker, q.cue) for q in v1] == [
            (3, "Marco Rubio", "told reporters"),
            (4, "Marco Rubio", "said"),
            (5, "Marco Rubio", "said"),
            (6, "Nayib Bukele", "saying in a post"),
            (7, "Nayib Bukele", "added"),
            (9, "Mneesha Gellman", "said"),
            (10, "Mneesha Gellman", "told CNN"),
        ]
        bizarre = find(v1, "It is a bizarre")
        assert len(bizarre.parts) == 2 and bizarre.parts[1].startswith("It’s not rooted")
        assert find(v1, "The US is").speaker_description == (
            "an international politics scholar and professor at Emerson College"
        )

    def test_new_version_speakers(self, v2: list[Quote]) -> None:
        expected = {
            "a sad day for America": "A prominent Latino advocacy group",
            "opposes treating deported non-criminal migrants": "Roman Palomares",
            "These are human beings": "Roman Palomares",
            "essentially proposing": "Mneesha Gellman",
            "It is a bizarre": "Mneesha Gellman",
            "What are we? Backyards, front yards, or garbage dumps?": "Manuel Flores",
            "harsh": "The State Department",
            "campaigns of violence and terror": "an executive order",
            "the stability of the international order": "an executive order",
            "will want to go back to Venezuela": "Mauricio Claver-Carone",
            "safe third country": None,
        }
        for start, speaker in expected.items():
            assert find(v2, start).speaker == speaker, start

    def test_new_version_descriptions_and_cues(self, v2: list[Quote]) -> None:
        flores = find(v2, "What are we?")
        assert flores.speaker_description == (
            "general secretary of El Salvador’s leftist Farabundo Martí National Liberation Front party"
        )
        assert flores.cue == "said at a press conference"
        palomares = find(v2, "opposes treating")
        assert palomares.speaker_description is not None and "(LULAC)" in palomares.speaker_description
        assert find(v2, "will want to go back").speaker_description == "the US special envoy for Latin America"
        assert find(v2, "It is a bizarre").cue == "said"

    def test_quotes_are_in_reading_order(self, v2: list[Quote]) -> None:
        keys = [(q.paragraph, q.start or 0) for q in v2]
        assert keys == sorted(keys)


class TestQuoteValue:
    def test_immutable(self) -> None:
        quote = one("“We will act,” Rubio said.")
        with pytest.raises(AttributeError):
            quote.text = "other"  # type: ignore[misc]

    def test_compared_by_value(self) -> None:
        assert one("“We will act,” Rubio said.") == one("“We will act,” Rubio said.")
        assert one("“We will act,” Rubio said.") != one("“We will act,” Bukele said.")


# --- the labelled sentences ------------------------------------------------------------

CASES = load_cases()
# Known misses, each for a stated reason; strict, so fixing one is noticed.
KNOWN_MISSES = {
    "pronoun-latest-person": "gender is not modelled: 'she' goes to the subject (Alex Padilla) of the sentence before",
}


def _case_param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=KNOWN_MISSES[case["id"]], strict=True)] if case["id"] in KNOWN_MISSES else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_case_param(c) for c in CASES])
def test_labelled_sentence(case: dict[str, Any]) -> None:
    found = extract_case(case)
    assert [(q.text, q.kind) for q in found] == [(label["text"], label["kind"]) for label in case["quotes"]]
    for quote, label in zip(found, case["quotes"]):
        assert same_speaker(quote.speaker, label["speaker"]), (quote.speaker, label["speaker"])


def test_enough_labelled_sentences() -> None:
    assert len(CASES) >= 40
    kinds = {label["kind"] for case in CASES for label in case["quotes"]}
    assert kinds == {"quote", "term"}
    assert sum(1 for case in CASES for label in case["quotes"] if label["speaker"] is None) >= 8


def test_evaluation_figures() -> None:
    """Extraction and speaker precision/recall over the labelled set (also printed by
    ``python tests/quote_eval.py``)."""
    scores = evaluate(CASES)
    print(f"\nextraction P={scores.extraction_precision:.3f} R={scores.extraction_recall:.3f}; "
          f"speaker P={scores.speaker_precision:.3f} R={scores.speaker_recall:.3f}")
    assert scores.extraction_precision == 1.0 and scores.extraction_recall == 1.0
    assert scores.speaker_precision >= 0.95 and scores.speaker_recall >= 0.95
    assert len(scores.misses) == len(KNOWN_MISSES), scores.misses


# --- a cache shared by versions ---------------------------------------------------------


def test_shared_cache_gives_each_version_its_own_quotes() -> None:
    versions = [load_article(str(CNN / f"v{n}.txt")).paragraphs for n in (1, 2, 3)]
    alone = [extract_quotes(paragraphs) for paragraphs in versions]
    cache = QuoteCache()
    assert [extract_quotes(paragraphs, cache=cache) for paragraphs in versions] == alone
    assert len(cache) == len({p.text for paragraphs in versions for p in paragraphs if not p.role.is_metadata})
    assert [extract_quotes(paragraphs, cache=cache) for paragraphs in reversed(versions)] == alone[::-1]


def test_shared_paragraph_resolved_in_each_version_s_context() -> None:
    """The paragraphs are shared, the names are not: a pronoun goes to the person its
    own version names, a surname to the full name its own version gives."""
    shared = "“We will appeal,” he said. “This is not over,” Greene said."
    old = [Paragraph(index=0, text="Prosecutor Linda Greene met Ana Diaz on Monday."),
           Paragraph(index=1, text=shared)]
    new = [Paragraph(index=0, text="Bo Chen, a defence lawyer, spoke first."), Paragraph(index=1, text=shared)]
    cache = QuoteCache()
    old_quotes, new_quotes = extract_quotes(old, cache=cache), extract_quotes(new, cache=cache)
    assert len(cache) == 3
    assert old_quotes == extract_quotes(old) and new_quotes == extract_quotes(new)
    assert [q.speaker for q in old_quotes] == ["Linda Greene", "Linda Greene"]
    assert [q.speaker for q in new_quotes] == ["Bo Chen", "Greene"]
