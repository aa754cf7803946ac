"""Speakers a journalist can trust (issue 19): a wrong name is worse than none. Each
case is a short made-up sentence in wire style for one rule: a noun that opens a
sentence is no name, a document speaks for whoever issued it, a relay is not the
speaker, "the agency" is the agency the story calls one."""

from __future__ import annotations

import pytest

from .common import find, one, quotes_of


class TestNounsThatOpenASentence:
    @pytest.mark.parametrize("paragraphs", [
        ("Schools stayed shut on Monday.", "“We will not reopen until it is safe.”"),
        ("Schools stayed shut on Monday. “We will not reopen until it is safe.”",),
        ("Hospitals stayed open, saying “we have no choice but to keep going”.",),
        ("Floods hit the region on Monday. Schools closed. “It is a disaster for us all,” he said.",),
        ("Traffic stopped on the bridge. “It is a disaster for us all,” he said. The traffic did not move.",),
    ])
    def test_a_capitalised_noun_is_no_speaker(self, paragraphs: tuple[str, ...]) -> None:
        assert quotes_of(*paragraphs)[-1].speaker is None

    def test_a_surname_that_opens_the_story_still_speaks(self) -> None:
        assert one("Rubio said “there is no way back from this”.").speaker == "Rubio"

    def test_a_surname_the_story_gives_in_full_still_speaks(self) -> None:
        quotes = quotes_of("Ann Jones, the city's mayor, visited the flooded streets.",
                           "Jones stayed for an hour, saying “we will rebuild every home”.")
        assert find(quotes, "we will rebuild").speaker == "Ann Jones"

    def test_a_plural_named_inside_a_sentence_is_a_name(self) -> None:
        quotes = quotes_of("The council met Roberts on Monday.", "Roberts said “the plan is sound and we back it”.")
        assert find(quotes, "the plan").speaker == "Roberts"

    def test_a_plural_looking_surname_with_a_description_is_a_name(self) -> None:
        assert one("Jones, the council leader, said, “It is over and everybody knows it.”").speaker == "Jones"


class TestDocuments:
    @pytest.mark.parametrize(("paragraphs", "speaker"), [
        (("Harbor Foods issued a statement after the recall on Tuesday.",
          "“The safety of our customers comes first,” the statement said."), "Harbor Foods"),
        (("In a Facebook post, the Riverside Fire Department thanked volunteers.",
          "“We could not have done it without you,” the post said."), "the Riverside Fire Department"),
        (("Ann Roe shared a statement on Instagram late on Sunday.",
          "“I am grateful for your support,” the statement read."), "Ann Roe"),
        (("The statement, issued by the Interior Ministry, said “the border will remain closed until further notice”.",),
         "the Interior Ministry"),
    ])
    def test_a_document_speaks_for_whoever_put_it_out(self, paragraphs: tuple[str, ...], speaker: str) -> None:
        assert quotes_of(*paragraphs)[-1].speaker == speaker

    def test_a_document_no_one_is_said_to_issue_stays_the_speaker(self) -> None:
        quotes = quotes_of("Flooding closed roads across the county on Monday.",
                           "“Residents should stay indoors,” the statement said.")
        assert quotes[-1].speaker == "the statement"

    def test_a_subject_that_only_reads_the_post_is_not_its_issuer(self) -> None:
        quotes = quotes_of("Voters read the post on Monday.", "“We will not back down,” the post said.")
        assert quotes[-1].speaker == "the post"


class TestRelays:
    @pytest.mark.parametrize("sentence", [
        "According to Jane Roe, her neighbour shouted “Get out now!” before the roof fell.",
        "Her neighbour shouted “Get out now!”, according to Jane Roe.",
    ])
    def test_the_one_named_after_according_to_relays_the_one_who_spoke(self, sentence: str) -> None:
        quote = one(sentence)
        assert quote.speaker is not None and quote.speaker.lower() == "her neighbour"
        assert quote.reported_by == "Jane Roe"

    def test_a_named_speaker_keeps_the_relay_apart(self) -> None:
        quote = one("According to Jane Roe, Doe shouted “Get out now!” before the roof fell.")
        assert (quote.speaker, quote.reported_by) == ("Doe", "Jane Roe")

    def test_a_relay_after_the_quotation_is_no_speaker(self) -> None:
        quote = one("Doe told police “I was not there”, according to the Daily Planet.")
        assert (quote.speaker, quote.reported_by) == ("Doe", "Daily Planet")

    def test_a_speaker_the_text_does_not_name_leaves_none_not_the_relay(self) -> None:
        assert one("According to Jane Roe, everyone in the street shouted “Get out now!”").speaker is None

    def test_according_to_alone_still_names_the_speaker(self) -> None:
        assert one("The storm was “the worst we have seen in a century”, according to Jane Roe.").speaker == "Jane Roe"


class TestBodiesAndRoles:
    def test_the_agency_is_the_body_the_story_calls_an_agency(self) -> None:
        quotes = quotes_of("The United Nations refugee agency UNHCR said 2,000 people crossed on Sunday.",
                           "“The situation at the border is dire,” the agency said.")
        assert quotes[-1].speaker == "UNHCR"

    def test_the_agency_named_in_an_apposition(self) -> None:
        quotes = quotes_of("Officials from the United Nations met UNHCR, the UN refugee agency, on Sunday.",
                           "“The situation at the border is dire,” the agency said.")
        assert quotes[-1].speaker == "UNHCR"

    def test_a_role_before_its_holder_set_off_by_commas(self) -> None:
        quotes = quotes_of("The city's police chief, Maria Lopez, spoke to reporters on Monday.",
                           "“No one is above the law,” the chief said.")
        assert quotes[-1].speaker == "Maria Lopez"

    @pytest.mark.parametrize("credit", ["Photograph: Jane Roe/Reuters", "(Reporting by Jane Roe; Editing by John Doe)"])
    def test_a_credit_names_no_speaker(self, credit: str) -> None:
        quotes = quotes_of("Floodwater reached the rooftops on Monday.", credit,
                           "“We have lost everything,” she said.")
        assert quotes[-1].speaker is None

    @pytest.mark.parametrize("opening", ["Inflation rose again in May.", "Floodwater reached the rooftops."])
    def test_a_common_noun_that_opens_a_sentence_is_no_antecedent(self, opening: str) -> None:
        assert quotes_of(opening, "“We have lost everything,” she said.")[-1].speaker is None


class TestMissingSpeakers:
    @pytest.mark.parametrize(("sentence", "speaker"), [
        ("Roe was charged under the law, which reads “no person shall carry a firearm in a public park”.", "the law"),
        ("The act states that councils must “provide free meals to every pupil who needs them”.", "The act"),
    ])
    def test_a_law_quoted_with_its_own_verb_is_the_speaker(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker

    @pytest.mark.parametrize("verb", ["slammed the ruling as", "labelled the plan", "praised the rescuers for their",
                                      "criticised the move as"])
    def test_partial_quotations_after_verbs_of_judging(self, verb: str) -> None:
        assert one(f"Jane Roe {verb} “a disgrace to the justice system”.").speaker == "Jane Roe"


class TestAQuestionAndItsAnswerInOneSentence:
    """"A reporter asked: “…” to which the mayor replied “…”": the cue after the first
    quotation introduces the second; the first is the one who asked."""

    def test_each_gets_its_own_speaker(self) -> None:
        quotes = quotes_of("Mayor Ann Roe faced reporters on Monday.",
                           "A reporter asked: “Will you resign over the budget?” to which Roe replied “No.”")
        assert [q.speaker for q in quotes] == ["A reporter", "Ann Roe"]

    def test_single_marks_with_the_comma_inside(self) -> None:
        quotes = quotes_of("Premier Ann Roe faced reporters.",
                           "A journalist said: 'The roadmap says July 10 for travel,' to which Ms Roe "
                           "responded 'yeah, under review'.")
        assert [q.speaker for q in quotes] == ["A journalist", "Ann Roe"]

    def test_words_split_around_their_attribution_stay_one_speakers(self) -> None:
        quotes = quotes_of("“We will rebuild,” Mayor Ann Roe said, “street by street.”")
        assert [q.speaker for q in quotes] == ["Ann Roe"]
