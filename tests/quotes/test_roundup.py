"""Round-ups, vox pops and transcripts: speakers on a line of their own or as a prefix
(quotes/roundup.py). Made-up stories; the real ones are in test_real_stories.py."""

from __future__ import annotations

import pytest

from articlediff import Paragraph
from articlediff.model import Role
from articlediff.quotes import extract_quotes
from articlediff.quotes.roundup import read_speaker, speaker_line

from .common import find, quotes_of


def speakers(*paragraphs: str) -> dict[str, str | None]:
    """Each quotation's first words → its speaker."""
    return {" ".join(q.text.split()[:3]): q.speaker for q in quotes_of(*paragraphs)}


class TestReadSpeaker:
    @pytest.mark.parametrize(("line", "name"), [
        ("Salomon Smith Barney equity strategist Robert Buckland", "Robert Buckland"),
        ("ASH, the anti-smoking group", "ASH"),
        ("Andrew Dilnot, Institute for Fiscal Studies", "Andrew Dilnot"),
        ("Marian Bell, economist with Royal Bank of Scotland, on City reaction", "Marian Bell"),
        ("Jeff Jeffery of the Gallaher tobacco company", "Jeff Jeffery"),
        ("The Child Poverty Action Group", "The Child Poverty Action Group"),
        ("Harbour ward councillor Jane Okafor", "Jane Okafor"),
        ("Mr Cameron", "Cameron"),
    ])
    def test_names(self, line: str, name: str) -> None:
        subject = speaker_line(line)
        assert subject is not None and subject.name == name

    @pytest.mark.parametrize("line", [
        "Aston Villa 0-1 Chelsea",  # a result
        "Budget reaction",  # a subheading naming no one
        "Eurosport",  # one word, no title: anything
        "Mr Cameron mocking Mr Brown's recent dental work",  # a caption
        "The Conservative leader twice compared the chancellor to Stalin",
        "Jane Okafor said",  # a verb of speaking: a sentence's business
        "Jane Okafor, who chairs the committee.",  # a sentence
        "On Jane Okafor",  # what an answer is about
    ])
    def test_not_a_line(self, line: str) -> None:
        assert speaker_line(line) is None

    @pytest.mark.parametrize(("line", "name"), [
        ("— Sen. Ann Lee, Ohio Democrat", "Ann Lee"),
        ("House Minority Leader Ann Lee", "Ann Lee"),
    ])
    def test_dash_and_titles_after_a_body(self, line: str, name: str) -> None:
        subject = read_speaker(line)
        assert subject is not None and subject.name == name and subject.kind == "person"

    def test_prefix_reading_keeps_apostrophes(self) -> None:
        subject = read_speaker("Martin O’Neill")
        assert subject is not None and subject.name == "Martin O’Neill"


class TestLinesAfterQuotations:
    STORY = (
        "Harbour plan reaction",
        "\"It is the most important decision this council has taken in a generation.\"",
        "Council leader Jane Okafor",
        "\"They have ignored every objection we raised.\"",
        "Harbour Residents Association chair Tom Welling",
        "\"The numbers simply do not add up.\"",
        "Priya Raman, economist at the Coastal Institute",
    )

    def test_each_line_names_the_quotation_before_it(self) -> None:
        assert speakers(*self.STORY) == {
            "It is the": "Jane Okafor",
            "They have ignored": "Tom Welling",
            "The numbers simply": "Priya Raman",
        }

    def test_a_quotation_a_caption_cuts_off_from_the_next_line_gets_no_one(self) -> None:
        story = (*self.STORY[:5], "\"We will be there.\"", "The vote is on Thursday", *self.STORY[5:])
        found = speakers(*story)
        assert found["We will be"] is None  # not Tom Welling's line above it, nor Priya Raman's
        assert found["They have ignored"] == "Tom Welling"
        assert found["The numbers simply"] == "Priya Raman"


class TestLinesHeadingQuotations:
    STORY = (
        "Budget day: what they said",
        "Here are the key quotes from the debate:",
        "Opposition leader Maria Santos",
        "\"This is a budget for the few.\"",
        "Ms Santos pointing at the government benches",
        "\"They have raised taxes eleven times.\"",
        "\"Families will pay the price.\"",
        "Finance Minister Oliver Grant",
        "\"We have balanced the books.\"",
    )

    def test_each_line_heads_the_quotations_under_it(self) -> None:
        assert speakers(*self.STORY) == {
            "This is a": "Maria Santos",
            "They have raised": "Maria Santos",
            "Families will pay": "Maria Santos",
            "We have balanced": "Oliver Grant",
        }

    def test_a_caption_about_someone_else_ends_the_section(self) -> None:
        story = (*self.STORY[:4], "Mr Grant shaking his head", *self.STORY[5:])
        found = speakers(*story)
        assert found["This is a"] == "Maria Santos"
        # Santos's still, or Grant's answer: the layout cannot tell, so no one.
        assert found["They have raised"] is None
        assert found["Families will pay"] is None
        assert found["We have balanced"] == "Oliver Grant"


    def test_capitals_and_a_colon(self) -> None:
        assert speakers(
            "Reaction to the resignation",
            "PENSIONS SECRETARY AMBER RUDD:",
            "“We must come together.”",
            "SCOTTISH SECRETARY DAVID MUNDELL:",
            "“It is time to get on with it.”",
        ) == {"We must come": "Amber Rudd", "It is time": "David Mundell"}

    def test_a_later_quotation_of_the_paragraph_keeps_its_own_speaker(self) -> None:
        found = quotes_of(
            "Budget quotes",
            "Gordon Brown",
            "\"Or should I say 'Comrades'?\" - a reference to Lord Turnbull's description of him as \"Stalinist\".",
            "\"Growth is stronger than in America.\"",
            "David Cameron",
            "\"You have finally given us a tax cut.\"",
        )
        assert find(found, "Or should I say").speaker == "Gordon Brown"
        assert find(found, "Stalinist").speaker != "Gordon Brown"
        assert find(found, "You have finally").speaker == "David Cameron"


class TestTranscriptPrefix:
    def test_name_colon_prefix(self) -> None:
        found = quotes_of(
            "Harbour City 2-0 Riverside",
            "Anna Kowalski: “We defended well and took our chances.”",
            "Sam Doyle: “We were second best all afternoon.”",
        )
        assert [(q.text.split()[0], q.speaker) for q in found] == [("We", "Anna Kowalski"), ("We", "Sam Doyle")]

    def test_opening_mark_missing(self) -> None:
        found = quotes_of(
            "Harbour City 2-0 Riverside",
            "Sam Doyle: It was a difficult afternoon for us. We never got going.”",
        )
        assert len(found) == 1
        assert found[0].text == "It was a difficult afternoon for us. We never got going."
        assert found[0].speaker == "Sam Doyle"

    def test_note_in_brackets_before_the_quotation(self) -> None:
        quote = find(quotes_of(
            "Anna Kowalski: (On the late penalty) “It was a clear foul. Everyone saw it.”",
        ), "It was a clear foul")
        assert quote.speaker == "Anna Kowalski"

    def test_a_name_then_who_they_are_after_a_comma(self) -> None:
        found = quotes_of(
            "This is what the winners had to say after the election:",
            "Maria Lopez, State House District 27: “We knocked on every door in the district.”",
            "Tom Reyes, a councillor since 2009: “The voters were clear.”",
        )
        assert [q.speaker for q in found] == ["Maria Lopez", "Tom Reyes"]

    @pytest.mark.parametrize("prefix", ["Update 2, 10am", "On Monday, 3 March", "The result was clear, as always"])
    def test_a_time_or_a_sentence_before_the_comma_is_no_speaker(self, prefix: str) -> None:
        assert find(quotes_of(f"{prefix}: “The road will reopen on Monday.”"), "The road").speaker is None

    def test_a_label_before_a_colon_is_no_speaker(self) -> None:
        quote = find(quotes_of(
            "Harbour road closed",
            "Update: “The road will reopen on Monday.”",
        ), "The road")
        assert quote.speaker is None

    def test_a_result_line_is_no_speaker(self) -> None:
        found = quotes_of(
            "Harbour City 2-0 Riverside",
            "“We defended well.”",
            "Northgate 1-1 Eastbrook",
            "“A fair result.”",
        )
        assert all(q.speaker is None for q in found)


class TestDashSuffix:
    def test_speaker_after_a_dash(self) -> None:
        assert speakers(
            "Budget day in quotes",
            "\"This is a budget for the few.\" - Opposition leader Maria Santos.",
            "\"It is a fudge.\" - Santos again.",
            "\"We have balanced the books.\" — Finance Minister Oliver Grant",
        ) == {"This is a": "Maria Santos", "It is a": "Maria Santos", "We have balanced": "Oliver Grant"}

    def test_a_note_after_the_dash_is_no_speaker(self) -> None:
        found = speakers(
            "Maria Santos",
            "\"They cheer him now.\" - A reference to noisy Labour MPs.",
            "Oliver Grant",
            "\"We have balanced the books.\"",
        )
        assert found["They cheer him"] in (None, "Maria Santos")

    def test_a_surname_no_one_had_before_is_no_speaker(self) -> None:
        assert speakers("\"It is a fudge.\" - Santos again.") == {"It is a": None}

    def test_a_dash_clause_with_a_verb_is_left_to_the_sentence_rules(self) -> None:
        quote = find(quotes_of("\"We won.\" - that is what Mayor Ann Lee said on Monday."), "We won")
        assert quote.speaker != "that is what Mayor Ann Lee"


class TestUndecidableLayout:
    def test_quotations_at_both_ends_give_no_names(self) -> None:
        # The first quotation's line was cut off above it, or the last one's below:
        # lines after or over their quotations? Either reading gives every quotation
        # its neighbour's name under the other: none is given one.
        found = speakers(
            "\"Prices have doubled since spring.\"",
            "Helen Hart, 40, nurse, Cardiff",
            "\"I shop around for offers now.\"",
            "Tim Pullham, 23, student, Llanelli",
            "\"I have not noticed much change.\"",
            "Food prices are at a three-year high.",
        )
        assert set(found.values()) == {None}


class TestNotARoundup:
    def test_one_line_between_two_bare_quotations_names_neither(self) -> None:
        # After its quotation or over the next? With one line in the story, no layout
        # tells: the line's name is given to neither.
        found = speakers(
            "Storm closes harbour",
            "\"The waves came over the wall at six.\"",
            "Harbourmaster Jane Okafor",
            "\"Nobody can remember a storm like it.\"",
            "The harbour will stay shut until Friday.",
        )
        assert found == {"The waves came": None, "Nobody can remember": None}

    def test_name_subheadings_over_narrative(self) -> None:
        # Subheadings that name people head narrative, not bare quotations: the
        # sentences say who speaks, and a later bare quotation gets no line's name.
        found = speakers(
            "The candidates",
            "Maria Santos",
            "Ms Santos said the vote was “a turning point for the region”.",
            "Oliver Grant",
            "“We are ready,” Mr Grant told reporters on Monday.",
            "Polls close at ten o'clock on Thursday night.",
            "\"The election is wide open.\"",
        )
        assert str(found["a turning point"]).endswith("Santos")
        assert str(found["We are ready"]).endswith("Grant")
        assert found["The election is"] is None

    def test_headline_is_not_a_line(self) -> None:
        paragraphs = [
            Paragraph(index=0, text="Council leader Jane Okafor", role=Role.HEADLINE),
            Paragraph(index=1, text="\"We will not back down.\""),
            Paragraph(index=2, text="Tom Welling"),
            Paragraph(index=3, text="\"This is a disgrace.\""),
        ]
        found = extract_quotes(paragraphs)
        assert found[0].speaker != "Jane Okafor" or found[0].speaker is None

    def test_ordinary_wire_story_keeps_its_speakers(self) -> None:
        found = speakers(
            "\"We are ready,\" said Mayor Ann Lee.",
            "\"The plan has been tested for years.\"",
            "Officials said the barriers would go up on Monday.",
        )
        assert found == {"We are ready": "Ann Lee", "The plan has": "Ann Lee"}


def test_a_headline_title_before_its_colon_is_the_person_the_story_names() -> None:
    from articlediff import Paragraph
    from articlediff.model import Role
    from articlediff.quotes import extract_quotes

    texts = ["Ferguson Police Chief: 'We Can Be Better'",
             "“We are a good, solid community,” police chief Thomas Jackson said on Thursday. "
             "But, he added, “We can be better.”"]
    roles = [Role.HEADLINE, Role.BODY]
    quotes = extract_quotes([Paragraph(index=i, text=t, role=r) for i, (t, r) in enumerate(zip(texts, roles))])
    assert quotes[0].speaker == "Thomas Jackson"


def test_a_titled_line_read_as_no_one_shows_the_lines_head_their_quotations() -> None:
    """Statements under their senders' lines, the first line too long to read as a name:
    the lines head their quotations (each quotation gets the line above it, the first
    no one), not the line below."""
    quotes = quotes_of(
        "The following are statements from members of Congress.",
        "Democratic New York U.S. Senator and Minority Leader Chuck Schumer",
        "“We are calling on the President to demand that all protesters leave the Capitol.”",
        "Democratic New York U.S. Senator Kirsten Gillibrand",
        "“My staff and I are safe and currently in lockdown.”",
        "Democratic Massachusetts U.S. Senator Ed Markey",
        "“I and my staff are safe, sheltering in place.”",
        "Democratic Massachusetts U.S. Senator Elizabeth Warren",
    )
    assert [q.speaker for q in quotes] == [None, "Kirsten Gillibrand", "Ed Markey"]


def test_a_line_after_a_quotation_that_signs_it_with_a_dash() -> None:
    quotes = quotes_of("UK Power Networks says it has 900 engineers on duty.",
                       "“We would like to thank people for their patience.”",
                       "– Matt Rudling, UK Power Networks",
                       "The storm was the biggest since 2002.")
    assert quotes[0].speaker == "Matt Rudling"


def test_a_dash_line_that_says_something_signs_nothing() -> None:
    quotes = quotes_of("“We would like to thank people for their patience.”",
                       "– The company said repairs would take days.")
    assert quotes[0].speaker is None
