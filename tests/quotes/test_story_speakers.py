"""Quotations no cue attributes, given to someone the story quotes elsewhere: the
subject of their sentence (assemble._subject_quoted), or the one speaker of the
quotations on both sides (assemble._between_one_speaker); where neither may give a
speaker; and what a recording shows someone say, or a reply."""

from __future__ import annotations

from articlediff.model import Quote

from .common import quotes_of

WILLIAMS = 'Kirsty Williams said: "Waiting times are the longest in Wales."'
WAHAB = '"We have cleared the drains," said Tokunbo Wahab, the commissioner.'


def speaker_of(words: str, *paragraphs: str) -> str | None:
    found = [q for q in quotes_of(*paragraphs) if q.text == words]
    assert len(found) == 1, [q.text for q in quotes_of(*paragraphs)]
    return found[0].speaker


def quote_with(words: str, quotes: list[Quote]) -> Quote:
    return next(q for q in quotes if q.text.startswith(words))


class TestSubjectOfTheSentence:
    def test_a_verb_that_is_no_verb_of_saying(self) -> None:
        """Real: tests/data/real_stories10 (BBC Wales), "Ms Williams accused Labour of
        “failure” on public services and a “poverty of ambition”" ("accused … of" was
        read before; a verb no rule lists is read now)."""
        paragraphs = (WILLIAMS, 'Ms Williams pointed to the "failure" of public services.')
        assert speaker_of("failure", *paragraphs) == "Kirsty Williams"

    def test_a_pronoun_subject(self) -> None:
        """Real: tests/data/real_stories6, "He encouraged the public … to “blow the whistle”"."""
        paragraphs = (WAHAB, 'He encouraged the public to "blow the whistle" when they see dumping.')
        assert speaker_of("blow the whistle", *paragraphs) == "Tokunbo Wahab"

    def test_the_verb_of_an_argument(self) -> None:
        paragraphs = (WILLIAMS, 'Williams argues that anyone who blames the nurses "is mistaken and misleads people."')
        assert speaker_of("is mistaken and misleads people.", *paragraphs) == "Kirsty Williams"

    def test_not_a_subject_the_story_never_quotes(self) -> None:
        """A sentence's subject is no speaker by itself: "Angus education chiefs have
        been warned … the “daft” idea" gave "Angus"."""
        paragraphs = (WILLIAMS, 'Tom Hale pointed to the "neglect" of the hospital.')
        assert speaker_of("neglect", *paragraphs) is None

    def test_not_when_the_subject_is_spoken_of(self) -> None:
        """Real: tests/data/real_stories, the Premier "was asked if it was a
        “controversial” decision": the interviewer's word."""
        paragraphs = (WILLIAMS, 'Ms Williams was asked if it was a "controversial" decision to close the ward.')
        assert speaker_of("controversial", *paragraphs) is None
        paragraphs = (WILLIAMS, 'Ms Williams has been accused of "spin" by her opponents.')
        assert speaker_of("spin", *paragraphs) is None

    def test_not_when_someone_else_is_named_before_the_words(self) -> None:
        """Real: tests/data/real_stories, "Mr Gay Mitchell rubbished claims made
        yesterday by Fianna Fáil’s Mr Micheál Martin that he would “permanently” end …"."""
        paragraphs = (WILLIAMS, 'Ms Williams rubbished claims made by Tom Hale that he would "permanently" end waits.')
        assert speaker_of("permanently", *paragraphs) is None

    def test_not_a_name_or_a_title(self) -> None:
        """Real: tests/data/real_stories4 and real_stories9, Trump rallies: a song, and
        nicknames set before names."""
        trump = 'Donald Trump said: "We are going to win this state."'
        assert speaker_of("Revolution.", trump, 'Trump entered to The Beatles\u2019 song "Revolution."') is None
        assert speaker_of("Sleepy Joe", trump, 'Trump mocked "Sleepy Joe" Biden and others.') is None
        assert speaker_of("Crazy Bernie", trump, 'Trump mocked rivals like "Crazy Bernie" in his speech.') is None
        assert speaker_of("Hope", trump, 'Trump stood by a sign reading "Hope" as he spoke.') is None

    def test_a_cue_still_comes_first(self) -> None:
        quotes = quotes_of(WILLIAMS, 'Ms Williams rejected the plan, which Tom Hale said was "the only way".')
        assert quote_with("the only way", quotes).speaker == "Tom Hale"


class TestBetweenOneSpeakersWords:
    AZAM = 'Babar Azam also said, "Believe in yourself in bad times." "Good or bad things always happen."'
    AFTER = '"The wicket is new, so we will see," Azam said.'

    def test_between_two_quotations_of_one_speaker(self) -> None:
        """Real: tests/data/real_stories12, a press talk: a second quotation set right
        after the first, no cue of its own."""
        assert speaker_of("Good or bad things always happen.", self.AZAM, self.AFTER) == "Babar Azam"

    def test_a_question_is_the_one_who_asks_it(self) -> None:
        """Real: tests/data/real_stories4, a trial: "“So, before was without purpose,
        and after was with purpose?”" between a witness's answers is the lawyer's."""
        azam = self.AZAM.replace("Good or bad things always happen.", "So you will open again?")
        assert speaker_of("So you will open again?", azam, self.AFTER) is None

    def test_not_when_someone_else_is_named_between(self) -> None:
        paragraphs = (self.AZAM, "Shaheen Afridi is injured.", self.AFTER)
        assert speaker_of("Good or bad things always happen.", *paragraphs) is None

    def test_not_when_the_speakers_differ(self) -> None:
        after = '"The wicket is new," said Mohammad Rizwan.'
        assert speaker_of("Good or bad things always happen.", self.AZAM, after) is None

    def test_not_too_far_apart(self) -> None:
        narrative = ("The team trained on Monday.", "Rain stopped play twice.", "The ground was covered.",
                     "The match starts on Friday.")
        assert speaker_of("Good or bad things always happen.", self.AZAM, *narrative, self.AFTER) is None


class TestRecordedAndReplied:
    """Real: tests/data/real_stories9 (a video of an arrest): "“…,” the officer can be
    heard saying." / "“…,” replies the man." Both came out with no speaker."""

    def test_heard_saying(self) -> None:
        quote = quotes_of('"Put your hands on your head," the officer can be heard saying.')[0]
        assert quote.speaker == "the officer"
        assert quotes_of('"Stop that now," a woman is heard shouting in the video.')[0].speaker == "a woman"

    def test_replies_and_responds(self) -> None:
        assert quotes_of('"You just keep saying things," replies the man.')[0].speaker == "the man"
        assert quotes_of('"It is over," responds Jo Roe, the mayor.')[0].speaker == "Jo Roe"

    def test_a_place_before_police_is_no_person(self) -> None:
        """"Greater Manchester police have apologised …" made "the officer" two
        paragraphs on stand for "Greater Manchester"."""
        quotes = quotes_of("Greater Manchester police have apologised after a man was threatened with spray.",
                           "The footage shows the officer threatening the man.",
                           '"Put your hands on your head," the officer said.')
        assert quotes[0].speaker == "the officer"
