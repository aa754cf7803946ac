"""Constructions of real news found in tests/data/real_stories3 (issue 19): an epithet that
opens the paragraph after a profile, a report that opens with "According to X,", a verb
after an adverb, a passive verb of saying with its agent, and the names of Irish parties
and offices. Each case is written for the rule it tests, with near-misses that must not
get a speaker."""

from __future__ import annotations

import pytest

from .common import one, quotes_of


class TestEpithetAfterAProfile:
    def test_the_epithet_opening_the_next_paragraph_is_the_person_profiled(self) -> None:
        quotes = quotes_of(
            "Dan Pryce, 47, from Macclesfield, has worked at the factory for nearly 30 years.",
            "The logistics operator, who helps to build planes for the air force, said: “It is a sad day.”",
        )
        assert quotes[0].speaker == "Dan Pryce"
        assert quotes[0].speaker_description == "The logistics operator"

    @pytest.mark.parametrize("profile", [
        "Mary Jones was killed when her car hit a lorry on the A5.",
        "Mary Jones, 34, died in hospital on Friday.",
        "Mary Jones was driving home with her brother, Tom Jones, when the crash happened.",
        "Mary Jones said she would not give up. “We will fight on,” she said.",
    ])
    def test_not_after_what_befell_someone_nor_beside_another_name_or_quotation(self, profile: str) -> None:
        quotes = quotes_of(profile, "The driver, who was not hurt, said: “I could not stop in time.”")
        assert quotes[-1].speaker == "The driver"

    @pytest.mark.parametrize("epithet", ["The officer", "The judge", "The spokesman"])
    def test_an_office_is_not_an_epithet(self, epithet: str) -> None:
        quotes = quotes_of("Tom Lee, 30, has lived in the town all his life.", f"{epithet} said: “He was calm.”")
        assert quotes[0].speaker == epithet

    def test_only_when_the_epithet_opens_its_paragraph(self) -> None:
        quotes = quotes_of(
            "Dan Pryce, 47, has worked at the factory for nearly 30 years.",
            "On Tuesday the logistics operator said: “It is a sad day.”",
        )
        assert quotes[0].speaker != "Dan Pryce"


class TestAccordingToOpeningAReport:
    def test_a_bare_quotation_after_it_is_the_reporters(self) -> None:
        quotes = quotes_of(
            "Governor Abdullahi Dauda spoke on Monday.",
            "According to the governor, soldiers killed three people, adding that four rifles were recovered.",
            "“Around 3 am this morning, the operations followed some of these people.”",
        )
        assert quotes[0].speaker == "Abdullahi Dauda"

    def test_not_after_a_document(self) -> None:
        quotes = quotes_of(
            "Governor Abdullahi Dauda spoke on Monday.",
            "According to police records, soldiers killed three people.",
            "“Around 3 am this morning, the operations followed some of these people.”",
        )
        assert quotes[0].speaker is None


@pytest.mark.parametrize("adverb", ["also", "later", "further"])
def test_an_adverb_between_the_subject_and_its_verb(adverb: str) -> None:
    quotes = quotes_of(
        "Governor Abdullahi Dauda spoke on Monday.",
        f"He {adverb} reiterated his commitment to security, noting “security is never too expensive for us”.",
    )
    assert quotes[0].speaker == "Abdullahi Dauda"


class TestPassiveVerbOfSaying:
    @pytest.mark.parametrize("sentence, agent", [
        ("Council chiefs criticised and told by parents to ditch ‘daft’ idea", "parents"),
        ("Residents were warned by police not to “take any chances”.", "police"),
        ("The council was told by Ann Roe, a parent, that the idea was “daft”.", "Ann Roe"),
    ])
    def test_the_agent_speaks(self, sentence: str, agent: str) -> None:
        assert one(sentence).speaker == agent

    def test_the_one_told_never_speaks(self) -> None:
        quote = one("The minister was told by the report that the plan was “unworkable”.")
        assert quote.speaker != "The minister"


class TestIrishPartiesAndOffices:
    def test_a_party_is_not_a_person_a_pronoun_could_stand_for(self) -> None:
        quotes = quotes_of(
            "Party health spokesman Gay Mitchell rubbished the claims.",
            "Fine Gael were dedicated to ending the “apartheid” of the health system, he said. If even one "
            "person had to wait, then “we’ll all have to wait”, he said.",
        )
        assert [q.speaker for q in quotes] == ["Gay Mitchell", "Gay Mitchell"]

    def test_the_taoiseach_is_the_one_the_story_names(self) -> None:
        quotes = quotes_of("Taoiseach Enda Kenny visited Cork.", "“We will deliver,” the Taoiseach said.")
        assert quotes[0].speaker == "Enda Kenny"


class TestNoSpeakerCarriedOver:
    def test_a_term_in_a_sentence_about_no_one_takes_no_speaker_from_the_paragraph_before(self) -> None:
        quotes = quotes_of(
            "Officials warned residents to heed the orders, but many said they were struggling to decide.",
            "That decision is becoming harder, with residents bracing themselves amid reports of “catastrophic” "
            "damage in the islands.",
        )
        assert quotes[0].speaker is None

    def test_a_quotation_in_such_a_sentence_still_goes_on(self) -> None:
        quotes = quotes_of(
            "“We are ready,” Mayor Ann Roe said.",
            "It is, she said later, “a matter of hours before the water reaches the square and the old town”.",
        )
        assert quotes[1].speaker == "Ann Roe"

    def test_a_short_bare_sentence_still_goes_on(self) -> None:
        quotes = quotes_of("“We are ready,” Mayor Ann Roe said.", "“Thank you all.”")
        assert quotes[1].speaker == "Ann Roe"


class TestTwoSpeakersAroundTheirWords:
    def test_a_reply_between_two_quotations_splits_them(self) -> None:
        quotes = quotes_of(
            "“Anybody who knows me knows I am not the governor,” asserted Guadagno, to which Murphy "
            "replied, “The lieutenant governor has stood beside him for years.”"
        )
        assert [(q.text[:8], q.speaker) for q in quotes] == [("Anybody ", "Guadagno"), ("The lieu", "Murphy")]

    def test_one_speakers_words_around_two_verbs_stay_one_quotation(self) -> None:
        quotes = quotes_of(
            "Charles Kinsey was treated in hospital.",
            "“Sir, there is no need for firearms,” Kinsey said he told police, “I am his therapist.”",
        )
        assert len(quotes) == 1 and quotes[0].speaker == "Charles Kinsey"


def test_a_titles_field_is_not_a_name() -> None:
    quotes = quotes_of(
        "The novel was launched by K K. Pandiarajan, Minister for Tamil Official Language and Tamil Culture.",
        "The Minister said that he found the book riveting: “Shobana has woven a world of incredible incidents.”",
    )
    assert quotes[0].speaker != "Official Language"


class TestOpeningClauses:
    @pytest.mark.parametrize("opening", [
        "Moving refusal of the application,", "Introducing the plans to the committee,",
    ])
    def test_a_participle_clause_is_no_subject(self, opening: str) -> None:
        quote = one(f"{opening} Cllr John Mackman, Conservative, said the scheme did not meet “stringent” rules.")
        assert quote.speaker == "John Mackman"

    def test_a_name_ending_in_ing_is_still_a_name(self) -> None:
        assert one("Harding Jones, a lawyer, said: “The site is part of the village.”").speaker == "Harding Jones"

    def test_rather_than_opens_an_adverbial(self) -> None:
        quote = one("Rather than publicly rebuke Ms Miller, Ms Palaszczuk recycled an old phrase: “That is Jo-Ann "
                    "being Jo-Ann”.")
        assert quote.speaker == "Palaszczuk"


def test_a_trust_speaks() -> None:
    assert one("The trust said in its opening statement it was sorry for any “distress” caused.").speaker == "The trust"


@pytest.mark.parametrize("sentence", [
    "David Meyers was asked, “At the time you used the knife, did you fear for your life?”",
    "The minister was told: “You must resign.”",
])
def test_the_one_asked_or_told_is_not_the_speaker(sentence: str) -> None:
    assert one(sentence).speaker is None


@pytest.mark.parametrize("verb", ["has played down", "laughed off", "brushed aside"])
def test_a_verb_of_dismissing_gives_the_phrase_after_as(verb: str) -> None:
    quote = one(f"Premier Ann Roe {verb} the backbencher's latest barbs as a “misunderstanding”.")
    assert quote.speaker == "Ann Roe"
