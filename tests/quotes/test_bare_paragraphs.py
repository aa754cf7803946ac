"""Quotation paragraphs with no attribution of their own: whose words they go on with,
and where no speaker may be given (assemble._carry_speakers)."""

from __future__ import annotations

from .common import quotes_of

SMITH = '"We will rebuild the town," said Jo Smith, the mayor.'
BARE = '"Every house and every school will stand again."'


def last_speaker(*paragraphs: str) -> str | None:
    return quotes_of(*paragraphs)[-1].speaker


class TestGoesOn:
    def test_after_the_speakers_quotation(self) -> None:
        assert last_speaker(SMITH, BARE) == "Jo Smith"

    def test_after_a_paragraph_naming_someone_else_only_as_an_object(self) -> None:
        assert last_speaker(SMITH, "She thanked Governor Tom Hale for his support on Monday.", BARE) == "Jo Smith"

    def test_after_two_paragraphs_of_narrative(self) -> None:
        assert last_speaker(SMITH, "The water rose three metres overnight.", "She later met engineers.", BARE) \
            == "Jo Smith"

    def test_across_a_crosshead_right_after_the_quotation(self) -> None:
        """BBC copy sets a crosshead between paragraphs of one speaker's words (real:
        tests/data/real_stories6, a widow's statement after "she added")."""
        assert last_speaker(SMITH, "Rebuilding plans", BARE) == "Jo Smith"

    def test_after_a_lead_in_ending_in_a_colon(self) -> None:
        assert last_speaker("Jo Smith told the council:", '"We cannot afford this."') == "Jo Smith"

    def test_a_question_and_its_answer(self) -> None:
        assert last_speaker("Jo Smith is the mayor.",
                            'Asked whether she would run again, she said: "I have not decided this year."') == "Jo Smith"

    def test_a_quotation_over_several_paragraphs(self) -> None:
        quotes = quotes_of('Jo Smith said: "We will rebuild the town.', BARE)
        assert len(quotes) == 1 and quotes[0].speaker == "Jo Smith" and len(quotes[0].parts) == 2


class TestNoSpeaker:
    def test_after_a_paragraph_where_two_people_speak(self) -> None:
        assert last_speaker('"We will rebuild," said Jo Smith. "It will take years," said Tom Hale.', BARE) is None

    def test_after_a_paragraph_quoting_a_document(self) -> None:
        assert last_speaker('The council report said the town "cannot afford the repairs this year".', BARE) is None
        assert last_speaker('"The town cannot afford the repairs," the council report said.', BARE) is None

    def test_after_a_subhead_that_follows_narrative(self) -> None:
        assert last_speaker(SMITH, "The water rose three metres overnight.", "Rebuilding plans", BARE) is None

    def test_too_far_from_the_speaker(self) -> None:
        assert last_speaker(SMITH, "The water rose.", "The bridge was closed.", "More rain is expected.", BARE) is None

    def test_one_speaker_twice_still_goes_on(self) -> None:
        assert last_speaker('"We will rebuild," said Jo Smith. "It will take years," she added.', BARE) == "Jo Smith"


def test_after_a_paragraph_reporting_the_speakers_words_in_terms() -> None:
    """Real: tests/data/real_stories8 (a farmers' leader in a drought story)."""
    assert last_speaker("Federated Farmers' Colin Hannah welcomed the declaration.",
                        'He said that while the east coast was looking "okay", the west coast was "dire".',
                        BARE) == "Colin Hannah"


def test_after_a_sentence_about_the_speaker_whose_terms_the_story_gives_them() -> None:
    """Real: tests/data/real_stories16 638 (Rural News). "Monaghan pointed out that there
    had been a “structural change” …" / three bare quotation paragraphs: his. The phrase
    has no cue; its speaker comes from the story (he is quoted before and is the
    sentence's subject), and the bare paragraph goes on with the one the sentence is
    about."""
    assert last_speaker("“A good price doesn’t just happen,” Jo Roe told shareholders.",
                        "Sales outside the platform added ten cents to the payout.",
                        "Roe pointed out that there had been a “structural change” in prices since the merger.",
                        "“We’ve gone from being paid half as much as our peers to being paid the same.”") == "Jo Roe"


class TestOneVoice:
    """A story that quotes one person only, with a cue every time: its bare quotation
    paragraphs in the first person are theirs (real: tests/data/real_stories15 558, a
    coach after a match; real_stories16 632, a nurse on staffing)."""

    STORY = ("“Congratulations to my players, they deserve it,” said coach Jose Roe after the match.",
             "Roe believes the core of the club's players are the reason the team did so well.",
             "At least seven of them started every game of the tournament.")

    def test_a_bare_paragraph_after_narrative_that_names_no_one_else(self) -> None:
        assert last_speaker(*self.STORY, "“I think we were the best organised team in the tournament.”") == "Jose Roe"

    def test_not_after_a_paragraph_that_names_someone_else(self) -> None:
        assert last_speaker(*self.STORY[:2], "The club thanked its physio Ann Lee for her work.",
                            "“I think we were the best organised team in the tournament.”") is None

    def test_not_where_a_second_voice_is_cued(self) -> None:
        assert last_speaker(*self.STORY, "“It was a fair result,” a linesman said.",
                            "The linesman left before the coach, who spoke again later.",
                            "Roe was asked about the final on Sunday.",
                            "“I think we were the best organised team in the tournament.”") is None

    def test_not_words_in_no_person(self) -> None:
        assert last_speaker(*self.STORY, "“The tournament ends on Sunday.”") is None


class TestQuestionsPutBetween:
    """Testimony: a lawyer's bare question between a witness's answers (real:
    tests/data/real_stories4, a murder trial)."""

    PARAGRAPHS = ('Rosemary Brabeck says, "Afterwards there was no staggering, he walked with purpose."',
                  '"So, before was without purpose, and after was with purpose?"',
                  '"There was definitely purpose."')

    def test_the_question_is_not_the_witnesss(self) -> None:
        assert quotes_of(*self.PARAGRAPHS)[1].speaker is None

    def test_the_answer_is(self) -> None:
        assert quotes_of(*self.PARAGRAPHS)[2].speaker == "Rosemary Brabeck"

    def test_a_question_with_more_words_goes_on(self) -> None:
        assert last_speaker(SMITH, '"Will it be easy? No. Will it be done? Yes."') == "Jo Smith"
