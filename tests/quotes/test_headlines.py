"""Quotations in headlines: who the headline's own words say speaks them, and the near
misses that name nobody (see quotes/headlines.py)."""

from __future__ import annotations

import pytest

from articlediff import Paragraph
from articlediff.model import Quote, Role
from articlediff.quotes import extract_quotes

from .common import find, quotes_of


def story(headline: str, *body: str) -> list[Quote]:
    paragraphs = [Paragraph(index=0, text=headline, role=Role.HEADLINE)]
    paragraphs += [Paragraph(index=i, text=text) for i, text in enumerate(body, start=1)]
    return extract_quotes(paragraphs)


class TestHeadlineVerbs:
    def test_a_bare_title_before_says_is_the_one_the_story_gives_it(self) -> None:
        quotes = story("‘Let’s finish the job,’ president says again and again",
                       "President Joe Biden used one line repeatedly in his speech on Tuesday night.")
        assert find(quotes, "Let’s finish").speaker == "Joe Biden"

    def test_a_surname_before_a_present_tense_verb(self) -> None:
        quotes = story("‘Finish the job,’ Biden demands",
                       "President Joe Biden used his speech on Tuesday night to exhort Congress.")
        assert find(quotes, "Finish the job").speaker == "Joe Biden"

    def test_a_title_case_headline(self) -> None:
        quotes = story("Biden Calls on Congress to \"Finish the Job\" in State of the Union Address",
                       "President Joe Biden delivered his second address on Tuesday.")
        assert find(quotes, "Finish the Job").speaker == "Joe Biden"

    def test_a_speaker_after_the_closing_colon(self) -> None:
        """Real: real_stories13 (ABC Australia), "Mackay flooding 'one in 200 year'
        event: Mayor"."""
        quotes = story("Mackay flooding 'one in 200 year' event: Mayor",
                       "Mayor Julie Boyd says heavy rain in the weeks before the storm made it worse.")
        assert find(quotes, "one in 200 year").speaker == "Julie Boyd"

    def test_welcomes(self) -> None:
        """Real: real_stories12 (RNZ), "Councillor welcomes mayor's 'flip-flop' over rates"."""
        quotes = story("Councillor welcomes mayor's 'flip-flop' over rates",
                       "Councillor Christine Fletcher told Morning Report the change was overdue.")
        assert find(quotes, "flip-flop").speaker == "Christine Fletcher"

    def test_a_colon_after_the_words_with_no_speaker(self) -> None:
        quotes = story("Flooding 'one in 200 year' event: what we know",
                       "Mayor Julie Boyd says heavy rain made it worse.")
        assert find(quotes, "one in 200 year").speaker is None

    def test_the_verb_before_the_words(self) -> None:
        quotes = story("Mayor says city will 'recognise the will of voters'",
                       "Mayor Jane Doe spoke to reporters after the referendum on Sunday.")
        assert find(quotes, "recognise the will").speaker == "Jane Doe"

    def test_a_title_the_story_gives_nobody_is_no_speaker(self) -> None:
        quotes = story("People will 'suffer' from cuts, admits new leader",
                       "Jo Smith said charges would be introduced for some services.")
        assert find(quotes, "suffer").speaker is None

    def test_a_name_the_story_never_gives_is_no_speaker(self) -> None:
        quotes = story("‘Finish the job,’ Biden demands", "Congress met on Tuesday night.")
        assert find(quotes, "Finish the job").speaker is None

    def test_a_group_is_no_speaker(self) -> None:
        quotes = story("'It Was Like A Bomb Went Off' | Residents Say Gas Explosion Jolted Their Homes",
                       "Residents of the street say the explosion rocked their homes.")
        assert find(quotes, "It Was Like").speaker is None


class TestHeadColon:
    @pytest.mark.parametrize("head", ["Chief", "Police chief"])
    def test_a_title_before_the_colon_speaks_the_words_after_it(self, head: str) -> None:
        quotes = story(f"{head}: Death of Australian woman 'should not have happened'",
                       "The shooting of a woman by a police officer was wrong, police Chief Janee Harteau said.")
        assert find(quotes, "should not have").speaker == "Janee Harteau"

    def test_a_topic_before_the_colon_is_no_speaker(self) -> None:
        quotes = story("Philadelphia residents begin rebuilding after deadly explosion: \"It looked awful\"",
                       "Residents of Philadelphia returned home on Monday.")
        assert find(quotes, "It looked").speaker is None

    def test_a_verb_after_the_colon_says_who_speaks(self) -> None:
        quotes = story("Kirklees Council: People will 'suffer' from cuts, admits new leader",
                       "Kirklees Council leader Jo Smith spoke on Monday.")
        assert find(quotes, "suffer").speaker != "Kirklees Council"


class TestNounsAfterAName:
    """A name then a noun is no name then its verb: the clause's speaker is not the name."""

    def test_a_family_is_not_the_one_it_is_named_for(self) -> None:
        quotes = story("\"We are heartbroken\": family of missing hiker speaks out",
                       "The family of Tom Smith, 24, who went missing on Ben Nevis, said they were heartbroken.")
        assert find(quotes, "We are heartbroken").speaker != "Tom Smith"

    def test_a_possessive_family_releasing_a_statement(self) -> None:
        quotes = story("Family statement",
                       "Belcher's family also released a full statement, stating they were "
                       "\"overwhelmed with both sadness and confusion.\"")
        assert find(quotes, "overwhelmed").speaker != "Belcher"

    def test_a_place_then_a_group(self) -> None:
        quotes = story("Portland group also advocates saying 'no' to giving City Council input")
        assert find(quotes, "no").speaker is None


class TestTheStorysOwnTerm:
    def test_headline_words_the_story_first_uses_as_its_own_term_are_nobodys(self) -> None:
        quotes = story("‘Local’ newspapers see rise in use of ‘scare quotes’",
                       "Newspapers have increased the use of “scare quotes” by up to 73 percent.",
                       "“Our use of ‘scare quotes’ has not risen,” said Craig Forman, the chief executive.")
        assert quotes[1].text == "scare quotes" and quotes[1].speaker is None

    def test_headline_words_first_said_by_someone_are_theirs(self) -> None:
        quotes = story("Flooded town 'will not be abandoned', as rain eases",
                       "“This town will not be abandoned, whatever it costs,” said Mayor Jo Smith.",
                       "Critics doubt the town “will not be abandoned” for long.")
        assert quotes[0].text == "will not be abandoned" and quotes[0].speaker == "Jo Smith"


class TestNamesBeforeANoun:
    @pytest.mark.parametrize("sentence", [
        "He was attacked near the ‘Kaya In The Park’ cafe in North Street, police say.",
        "Hoffman recalled that the congregation held a \"Celebrate Recovery\" service.",
    ])
    def test_a_name_set_before_its_noun_is_no_ones_words(self, sentence: str) -> None:
        quotes = story("Attack in the park", "The Rev. Judi Hoffman spoke on Tuesday.", sentence)
        assert [q.speaker for q in quotes] == [None]

    def test_words_said_before_a_time_stay_the_speakers(self) -> None:
        quotes = story("Deal agreed", "Jo Smith said the deal was “fair to everyone” on Monday.")
        assert find(quotes, "fair to everyone").speaker == "Jo Smith"


class TestRolesOfTheLede:
    def test_a_role_with_its_place_is_the_one_holder_the_story_names(self) -> None:
        quotes = story("Ferguson chief speaks",
                       "The police chief of Ferguson, Missouri, told NBC News Thursday that \"we've done an "
                       "excellent job.\" \"We are a good, solid community,\" police chief Thomas Jackson said.")
        assert find(quotes, "we've done").speaker == "Thomas Jackson"

    def test_two_holders_of_the_bare_role_are_no_ones(self) -> None:
        quotes = story("Chiefs speak",
                       "The police chief of Ferguson told NBC News that \"we've done an excellent job.\"",
                       "Police chief Thomas Jackson and police chief Ann Roe met on Monday.")
        assert find(quotes, "we've done").speaker != "Thomas Jackson"


class TestNamedInTheNextParagraph:
    @pytest.mark.parametrize("after, speaker", [
        ("That's how resident Tom Lee described the blast on Monday.", "Tom Lee"),
        ("Those were the words of Ann Roe, 52, whose house burned down.", "Ann Roe"),
        ("So said Ann Roe, whose house burned down.", "Ann Roe"),
    ])
    def test_a_lede_opening_on_the_words(self, after: str, speaker: str) -> None:
        quotes = story("Blast rocks street", "“It was like a bomb went off.”", after)
        assert find(quotes, "It was like").speaker == speaker

    def test_words_quoted_after_the_pointer_s_cue(self) -> None:
        """Real: tests/data/real_stories16 610 (Syracuse). "That’s what … Judge Stephen
        Dougherty said more than two years ago when he dismissed the case …, blaming
        prosecutors for a “lackadaisical attitude” …": the pointer names the judge before the
        sentence quotes anything."""
        quotes = story("Judge sentences Pratt", "“I hope I’m wrong, but I don’t think I am.”",
                       "That’s what Judge Ann Roe said two years ago when she dismissed the case, blaming "
                       "prosecutors for a “lackadaisical attitude”.")
        assert find(quotes, "I hope I’m wrong").speaker == "Ann Roe"

    @pytest.mark.parametrize("after", [
        "That is how the fire started, officials said.",
        "That's what the sign on the shop door read.",
        "Tom Lee described the blast on Monday.",
    ])
    def test_a_paragraph_that_points_back_to_no_speaker(self, after: str) -> None:
        quotes = story("Blast rocks street", "“It was like a bomb went off.”", after)
        assert find(quotes, "It was like").speaker is None


    def test_the_view_of_someone_after_a_paragraph_of_their_words(self) -> None:
        quotes = story("The judges who train their peers",
                       "Judges “will not be swayed by public anger” when it comes to sentencing.",
                       "This is the view of Supreme Court judge Ms Justice Ann Roe, who runs the programme.")
        assert find(quotes, "will not be swayed").speaker == "Ann Roe"

    def test_the_view_of_someone_after_a_paragraph_that_gives_another(self) -> None:
        quotes = story("The judges who train their peers",
                       "Judges “will not be swayed by public anger”, a lawyer said on Monday.",
                       "This is the view of Supreme Court judge Ms Justice Ann Roe, who runs the programme.")
        assert find(quotes, "will not be swayed").speaker == "a lawyer"


class TestRepeatedFurtherDown:
    """Words the headline and the first paragraph quote, and a speaker quoted in full
    further down says them."""

    FURTHER_DOWN = ("At a meeting with the minister on Tuesday, Ruth Okafor, whose son died in the fire, "
                    "told him: “This should not be about scoring points, it is about people’s lives.”")

    def test_a_described_subject_of_the_first_paragraph_is_the_one_quoted_later(self) -> None:
        quotes = story("Mother of fire victim accuses ministers of ‘scoring points’",
                       "A mother whose son died in a tower block fire has accused two ministers of "
                       "“scoring points” in the Commons.",
                       self.FURTHER_DOWN)
        assert [q.speaker for q in quotes if q.text == "scoring points"] == ["Ruth Okafor", "Ruth Okafor"]

    def test_a_subject_the_first_paragraph_names_in_an_aside(self) -> None:
        quotes = story("Minister urges an end to ‘tired old arguments’ about flood defences",
                       "The environment minister, the Labour MP Dan Whitlock, has launched an appeal for "
                       "his party to stand up for “the people left behind” by the debate.",
                       "“We have to speak for the people left behind, not the loudest voices,” "
                       "Dan Whitlock told the conference.")
        assert find(quotes, "the people left behind").speaker == "Dan Whitlock"

    def test_a_group_subject_keeps_its_words(self) -> None:
        quotes = story("Council approves the sale of the park",
                       "Opposition councillors have long suspected “a land grab” by developers.",
                       "“It is a land grab, plain and simple,” said councillor Jane Roe.")
        assert find(quotes, "a land grab").speaker is None

    HEADLINE = "Decision to shut village library ‘reckless’"
    LEDE = "The county council voted on Monday to close the library in March."

    def test_a_headline_word_the_story_quotes_alone_later(self) -> None:
        quotes = story(self.HEADLINE, self.LEDE, "Campaigner Ann Lee branded the decision as “reckless”.")
        assert quotes[0].text == "reckless" and quotes[0].speaker == "Ann Lee"

    def test_a_headline_word_inside_a_longer_quotation_is_nobodys(self) -> None:
        quotes = story(self.HEADLINE, self.LEDE,
                       "“I think it is reckless and it should be reversed,” campaigner Ann Lee said.")
        assert quotes[0].text == "reckless" and quotes[0].speaker is None

    def test_a_headline_word_two_people_say_is_nobodys(self) -> None:
        quotes = story(self.HEADLINE, "Campaigner Ann Lee branded the decision as “reckless”.",
                       "Councillor Tom Hart, who voted against it, also called it “reckless”.")
        assert [q.speaker for q in quotes] == [None, "Ann Lee", "Tom Hart"]

    def test_the_first_paragraph_of_a_plain_text_after_its_headline(self) -> None:
        quotes = quotes_of("Mother of fire victim accuses ministers of ‘scoring points’",
                           "A mother whose son died in a tower block fire has accused two ministers of "
                           "“scoring points” in the Commons.",
                           self.FURTHER_DOWN)
        assert [q.speaker for q in quotes if q.text == "scoring points"] == ["Ruth Okafor", "Ruth Okafor"]

    def test_words_a_speaker_only_cites_in_marks_are_not_theirs(self) -> None:
        quotes = story("Papers see rise in ‘scare quotes’",
                       "Use of “scare quotes” in local papers has doubled in a year.",
                       "“That is nonsense,” said publisher Ian Marsh. “Our use of ‘scare quotes’ has "
                       "not changed since the style guide did.”")
        assert [q.speaker for q in quotes if q.text == "scare quotes"] == [None, None]

    def test_only_the_storys_first_paragraph_not_the_first_that_quotes(self) -> None:
        quotes = story("Council approves the sale of the park",
                       "The council voted on Monday to sell the park to a developer.",
                       "There are fears of “a land grab” by the developer.",
                       "“It is a land grab, plain and simple,” said councillor Jane Roe.")
        assert find(quotes, "a land grab").speaker != "Jane Roe"
