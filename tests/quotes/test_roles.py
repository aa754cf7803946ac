"""A role or title ("the premier", "the information minister") stands for the person the
story names with that title, written as the story writes it: capitalised, with a field
after it ("Minister for Information"), or among other qualifiers ("Union Agriculture
minister"). A role with a proper qualifier the title lacks is someone else's."""

from __future__ import annotations

import pytest

from .common import find, one, quotes_of


@pytest.mark.parametrize(("introduction", "role", "speaker"), [
    ("Queensland Premier Ann Roe has come out fighting.", "The Premier", "Ann Roe"),
    ("State Minister for Information Marriyum Aurangzeb spoke on Friday.", "the information minister",
     "Marriyum Aurangzeb"),
    ("Delhi's chief minister responded to Union Agriculture minister Shivraj Singh Chauhan.", "the Union minister",
     "Shivraj Singh Chauhan"),
    ("Minister of Foreign Affairs Ann Roe met her counterpart.", "the foreign minister", "Ann Roe"),
])
def test_a_role_is_the_person_named_with_its_title(introduction: str, role: str, speaker: str) -> None:
    quote = one(introduction, f"“We will not be moved by pressure,” {role} said.")
    assert quote.speaker == speaker


def test_the_field_of_a_title_is_no_part_of_the_name() -> None:
    quote = one("State Minister for Information Marriyum Aurangzeb said reports were “baseless”.")
    assert quote.speaker == "Marriyum Aurangzeb"


def test_a_role_with_another_proper_qualifier_is_someone_else() -> None:
    quotes = quotes_of("Former FBI director Jim Dale was fired in May.",
                       "“It was a mistake,” the CIA director said.")
    assert find(quotes, "It was a mistake").speaker != "Jim Dale"


def test_a_role_the_story_gives_two_people_is_not_guessed_between_them() -> None:
    quotes = quotes_of("Premier Ann Roe met Premier Tom Hale on Monday.",
                       "“We agreed on nothing,” the premier of the western state said.")
    assert find(quotes, "We agreed on nothing").speaker not in ("Ann Roe", "Tom Hale")


class TestPronounsGoBackToTheSubject:
    def test_a_plural_possessive_is_not_the_subject(self) -> None:
        quotes = quotes_of("Jeremy Craig Stephens, 29, was staying on the island when the wave struck.",
                           "In her eulogy, Mr Stephens' mother, Linda Lilley, described him as a “likeable lad”.",
                           "“His warm smile made you feel at ease,” she said.")
        assert find(quotes, "His warm smile").speaker == "Linda Lilley"

    def test_a_sentence_opening_with_but_has_its_subject_after_it(self) -> None:
        quotes = quotes_of("Prime Minister Tom Hale and other leaders have criticised the closure.",
                           "But Queensland Premier Ann Roe has come out fighting, saying she will not yield.",
                           "Fundamental concern",
                           "“Our concern is to keep Queenslanders safe,” she said on Friday.")
        assert find(quotes, "Our concern").speaker == "Ann Roe"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Deputy Lindsey Smith, with the Maricopa County Sheriff's Office explains, “A father called 911.”",
     "Lindsey Smith"),
    ("Jo Roe, of the Water Board said “we have no comment on the leak.”", "Jo Roe"),
])
def test_a_description_left_without_its_closing_comma_is_not_the_subject(sentence: str, speaker: str) -> None:
    assert one(sentence).speaker == speaker


@pytest.mark.parametrize("verb", ["clarified", "concluded", "reiterated", "asserted", "recounted", "retorted"])
def test_more_verbs_of_speaking_attribute(verb: str) -> None:
    quotes = quotes_of("Information Minister Ann Roe spoke outside the court on Friday.",
                       f"“It was never supposed to be a press conference,” she {verb}.",
                       f"However, the information minister {verb}, “The talk was not to be aired live.”")
    assert [q.speaker for q in quotes] == ["Ann Roe", "Ann Roe"]


def test_a_councillor_named_with_a_possessive_title() -> None:
    quotes = quotes_of("Sandbach Councillor Cllr Laura Crane's rant came as members met.",
                       "“We have got to make cuts,” said the Sandbach councillor.")
    assert find(quotes, "We have got to make cuts").speaker == "Laura Crane"


def test_a_person_described_by_whom_they_represent() -> None:
    quotes = quotes_of("The mayor was not at the meeting.",
                       "“We will keep working to make the city safe,” the mayor’s representative said.")
    assert find(quotes, "We will keep working").speaker == "the mayor’s representative"


def test_a_statement_on_the_speakers_own_website_is_a_channel() -> None:
    quote = one("St. Michael Medical Center in a statement on its website said the hospital was "
                "“working closely with the state health department.”")
    assert quote.speaker == "St. Michael Medical Center"


class TestALeadInThatSaysWhoseWordsFollow:
    def test_heres_what_the_role_had_to_say(self) -> None:
        quotes = quotes_of("Queensland Premier Ann Roe was talking to a breakfast show. Here's what the Premier "
                           "had to say:",
                           "“I don't think it is controversial. It is the tough measure we had to take.”")
        assert quotes[0].speaker == "Ann Roe"

    def test_this_is_what_someone_told_reporters(self) -> None:
        quotes = quotes_of("This is what Tom Hale told reporters:", "“We are ready for the storm and its rain.”")
        assert quotes[0].speaker == "Tom Hale"

    def test_what_the_newsroom_knows_is_nobodys_words(self) -> None:
        quotes = quotes_of("Here is what we know so far:", "“The storm is near and the roads are closed.”")
        assert quotes[0].speaker is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Cllr Paul Holmes, Leader of the Liberal Democrat opposition to Labour told the meeting "
     "“You can no longer keep spending more than you have.”", "Paul Holmes"),
    ("Jo Roe, General Secretary of the union said “we lost the vote by a mile.”", "Jo Roe"),
    ("Jo Roe's closest ally, Senator Tom Hale said “we won the vote by a mile.”", "Tom Hale"),
])
def test_a_title_of_something_after_a_name_is_its_apposition(sentence: str, speaker: str) -> None:
    assert one(sentence).speaker == speaker


class TestAParticipleAfterAQuotationTakesTheMainSubject:
    """"X denounced the strikes as a “war crime”, describing the administration as “…”":
    the administration is what X describes, not who speaks."""

    def test_both_terms_are_the_ministrys(self) -> None:
        quotes = quotes_of("Iran's foreign ministry denounced the latest US strikes as a “grave war crime”, "
                           "describing the US administration as “evil and psychopathic”")
        assert [q.speaker for q in quotes] == ["Iran's foreign ministry", "Iran's foreign ministry"]

    def test_an_inverted_attribution_after_a_quotation_opening_the_sentence_still_names_the_speaker(self) -> None:
        quote = one("“We are leaving,” said Mayor Ann Roe on Monday.")
        assert quote.speaker == "Ann Roe"


def test_a_lieutenant_governor_is_not_the_governor() -> None:
    quotes = quotes_of("Gov. Gavin Newsom left the state, and Lt. Gov. Eleni Kounalakis acts as governor.",
                       "The governor said he was “delighted” by the vote.")
    assert find(quotes, "delighted").speaker == "Gavin Newsom"


def test_a_title_a_body_qualifies_is_a_persons() -> None:
    quote = one("Press Secretary Aaron McLear said the governor “understands that some bills won't get signed.”")
    assert quote.speaker == "Aaron McLear"
