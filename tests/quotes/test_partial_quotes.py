"""Partial quotations: a short quoted phrase inside a narrative sentence, whose speaker
is the sentence's subject through a verb that is not a plain verb of speaking, and the
near-misses where the subject did not say it."""

from __future__ import annotations

import pytest

from .common import one, quotes_of


class TestPassive:
    def test_the_agent_of_a_reduced_passive_is_the_speaker_not_the_subject(self) -> None:
        quote = one('The report called "unworkable" by critics was published on Monday.')
        assert quote.speaker == "critics"

    def test_no_agent_no_speaker(self) -> None:
        assert one('The apartment fire has been ruled as "suspicious," and is under investigation by police.'
                   ).speaker is None

    def test_an_active_verb_with_its_subject_before_is_not_passive(self) -> None:
        quotes = quotes_of("Mayor John Smith spoke on Monday.",
                           'He quit in what he described as "a betrayal" by the party.')
        assert quotes[0].speaker == "John Smith"

    def test_after_a_form_of_be_the_agent_speaks(self) -> None:
        assert one('The plan has been described as "a disaster" by Ann Jones.').speaker == "Ann Jones"


class TestParticipleAfter:
    def test_a_participle_after_the_quotation_takes_no_subject_from_between(self) -> None:
        quote = quotes_of("Russia has dismissed allegations that it has collected “compromising” information "
                          "on US President-elect Donald Trump, describing them as “utter nonsense.”")[0]
        assert quote.speaker is None


@pytest.mark.parametrize("sentence, speaker", [
    ('Officials described the fire as "suspicious."', "officials"),
    ('Police termed it "an isolated incident."', "police"),
    ('Mayor John Smith dismissed the claims as "nonsense".', "John Smith"),
    ('Mayor John Smith vowed to "fight this to the end".', "John Smith"),
    ('Critics say the plan is "unworkable".', "critics"),
])
def test_verbs_already_read(sentence: str, speaker: str) -> None:
    assert one(sentence).speaker == speaker


class TestNamedNotSaid:
    @pytest.mark.parametrize("sentence", [
        'Mayor John Smith said fighters of the so-called "Islamic State" attacked the town.',
        'Mayor John Smith said the fire was set by a man known as "the Torch" in the town.',
    ])
    def test_a_name_given_is_no_ones_words(self, sentence: str) -> None:
        assert one(sentence).speaker is None

    def test_the_name_of_a_work_after_its_noun_is_not_part_of_the_quotation(self) -> None:
        quotes = quotes_of('“I will not back down,” Bannon said on his podcast, “War Room.”')
        assert [(q.text, q.speaker) for q in quotes] == [("I will not back down", "Bannon"), ("War Room.", None)]


@pytest.mark.parametrize("paragraphs, speaker", [
    (['Mayor John Smith accused the board of "betraying" workers.'], "John Smith"),
    (['Mayor John Smith expressed "deep concern" about the plan.'], "John Smith"),
    (['Investigators believe the blaze was "deliberately set".'], "investigators"),
    (['Trump referred to the allegations as "fake news" on Twitter.'], "Trump"),
    (["Roger Stone spoke outside the court.",
      'He characterized the FBI agents as being exceptionally "courteous."'], "Roger Stone"),
    (['Residents said they felt "abandoned".'], "residents"),
    (['Opposition health spokesman Tom Hale blamed "years of budget cuts", while others said little.'],
     "Tom Hale"),
    (['Engineers are blaming "a faulty valve" for the leak.'], "engineers"),
    (['Prime Minister Ana Cruz shared on X, the platform formerly known as Twitter, on Saturday that, '
      '“We are with you.”'], "Ana Cruz"),
    (["Mayor Jamie Mayo held a meeting.",
      'The meeting was the first of two Mayo is holding to explain why he feels the plan is "catastrophic."'],
     "Jamie Mayo"),
])
def test_a_verb_that_frames_the_phrase_gives_its_subject(paragraphs: list[str], speaker: str) -> None:
    assert quotes_of(*paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize("sentence", [
    'The minister was accused of "betraying" workers.',
    'The minister was blamed for "a catastrophic failure".',
    'Mayor John Smith said critics had accused him of "betraying" workers.',
    'The scheme is regarded as "a failure" across the city.',
    'Smith, who was accused of "betraying" workers, resigned.',
    'Mayor John Smith said the group accused the board of "betraying" workers.',
])
def test_no_speaker_when_the_subject_did_not_say_it(sentence: str) -> None:
    assert one(sentence).speaker is None


def test_they_with_a_phrase_verb_is_no_one_named() -> None:
    quotes = quotes_of("Mayor John Smith spoke.", 'They believe the "smart" meters are unsafe.')
    assert quotes[0].speaker is None


def test_a_name_that_qualifies_a_noun_is_not_the_subject() -> None:
    quotes = quotes_of(
        "Longtime Republican strategist and President Trump ally Roger Stone vowed to fight the charges.",
        'He claimed that the FBI "terrorized" his wife.',
    )
    assert quotes[0].speaker == "Roger Stone"


class TestJoinedPhrases:
    """Partial quotations joined in one sentence go on with the speaker of the first, also
    when the first has its speaker from further down (see test_headlines)."""

    LATER = "“We have to speak for the people left behind,” Dan Whitlock told the conference."

    def test_phrases_joined_by_who_and_and(self) -> None:
        quotes = quotes_of("Minister urges end to ‘tired arguments’",
                           "The environment minister, the Labour MP Dan Whitlock, has launched an appeal for his "
                           "party to stand up for “the people left behind” who “don’t march in the city” and "
                           "“don’t have a platform”.", self.LATER)
        assert [q.speaker for q in quotes[1:4]] == ["Dan Whitlock"] * 3

    def test_more_words_between_leave_the_phrase_alone(self) -> None:
        quotes = quotes_of("Minister urges end to ‘tired arguments’",
                           "The environment minister, the Labour MP Dan Whitlock, has launched an appeal for his "
                           "party to stand up for “the people left behind” in towns and “forgotten” places.",
                           self.LATER)
        assert [q.speaker for q in quotes[1:3]] == ["Dan Whitlock", None]


class TestReportOnTheSentenceBefore:
    def test_a_phrase_after_a_sentence_of_reported_speech(self) -> None:
        quotes = quotes_of("Prosecutor Ann Roe spoke to the court on Monday.",
                           "She said the teen knew he was outgunned. The teen may have panicked but carried out "
                           "his plan “with stark efficiency.”")
        assert quotes[0].speaker == "Ann Roe"

    def test_a_sentence_with_a_verb_of_its_own(self) -> None:
        quotes = quotes_of("Prosecutor Ann Roe said the teen knew he was outgunned. His lawyer called the plan "
                           "“a cry for help.”")
        assert quotes[0].speaker == "His lawyer"
