"""What stands between a name and its verb without being part of either (issue 19): a
party and state in brackets, a picture cue, an age; a post before a name ("Liverpool
manager Jurgen Klopp"); a bullet symbol; a place that is a first name after a title; a
transcript's next answer after what it is about; "it" for a statement just put out.
Each case is written for the rule it tests; the real pages the rules came from are in
tests/data/real_continuation.jsonl and real_roundups.jsonl."""

from __future__ import annotations

import pytest

from .common import find, one, quotes_of


class TestBracketedAsides:
    @pytest.mark.parametrize("aside", ["(R-Texas)", "(D-N.Y.)", "(I-Vt.)", "(R)", "(D-South Carolina)"])
    def test_a_party_and_state_after_a_senator_is_no_part_of_the_name(self, aside: str) -> None:
        assert one(f"Sen. Dana Whitfield {aside} said “we will not back down” on Monday.").speaker == "Dana Whitfield"
        assert one(f"“We will not back down,” said Sen. Dana Whitfield {aside}.").speaker == "Dana Whitfield"

    @pytest.mark.parametrize("aside", ["(Con)", "(Lab)", "(Lib Dem)", "(SNP)", "(Independent)"])
    def test_a_councillors_party_is_no_part_of_the_name(self, aside: str) -> None:
        quote = one(f"Councillor Sally Fenwick {aside} told her: “You are in the administration.”")
        assert quote.speaker == "Sally Fenwick"

    @pytest.mark.parametrize("aside", ["(pictured)", "(34)", "(pictured left)"])
    def test_a_picture_cue_or_an_age_is_no_part_of_the_name(self, aside: str) -> None:
        assert one(f"Sean Walsh {aside} said: “I heard the bang and ran.”").speaker == "Sean Walsh"

    def test_brackets_that_name_something_are_kept(self) -> None:
        # An acronym in brackets says what the body is called: not an aside, and not a speaker of its own.
        quote = one("The Food Standards Agency (FSA) said: “The product is safe to eat.”")
        assert quote.speaker is not None and quote.speaker.startswith("The Food Standards Agency")

    def test_inside_the_quotation_nothing_is_dropped(self) -> None:
        quote = one("Sen. Dana Whitfield said: “Ask Sen. Ann Roe (R-Texas) what she voted for.”")
        assert quote.text == "Ask Sen. Ann Roe (R-Texas) what she voted for."


class TestPostBeforeAName:
    @pytest.mark.parametrize("post", ["manager", "boss", "striker", "coach"])
    def test_speaking_to_with_a_colon(self, post: str) -> None:
        quote = one(f"Harbury {post} Tom Lestrade speaking to Radio North: “I saw two very good teams.”")
        assert quote.speaker == "Tom Lestrade"

    def test_the_body_before_a_post_is_never_the_speaker(self) -> None:
        # The word after "Harbury" is a post, not Harbury's verb.
        quote = one("Harbury manager Tom Lestrade on the radio: “I saw two very good teams.”")
        assert quote.speaker != "Harbury"

    def test_a_name_and_its_verb_still_make_the_clause_of_saying(self) -> None:
        quote = one("Harbury manager Tom Lestrade praised the fans, saying “they were magnificent.”")
        assert quote.speaker == "Tom Lestrade"
        assert one("Netanyahu paid tribute to Graham on Sunday, saying “he was a friend.”").speaker == "Netanyahu"

    def test_a_bullet_symbol_before_the_paragraph(self) -> None:
        quote = one("🔴Harbury manager Tom Lestrade speaking to Radio North: “I saw two very good teams.”")
        assert quote.speaker == "Tom Lestrade"


class TestPlaceAsFirstName:
    @pytest.mark.parametrize("words, name", [
        ("Taxpayers' Union executive director Jordan Pike", "Jordan Pike"),
        ("Foreign Minister Israel Katzman", "Israel Katzman"),
        ("Finance Minister Bill English", "Bill English"),
    ])
    def test_after_a_title(self, words: str, name: str) -> None:
        assert one(f"“The budget is a lolly scramble,” said {words}.").speaker == name

    def test_a_place_before_a_title_stays_a_place(self) -> None:
        assert one("“We will reopen,” said Georgia Gov. Brian Kemp.").speaker == "Brian Kemp"


class TestTopicAnswers:
    def test_a_transcripts_next_answers_go_on_with_its_speaker(self) -> None:
        quotes = quotes_of(
            "Harbury manager Tom Lestrade told Radio North: “I saw two very good teams.”",
            "On the young left-back: “The yellow card was the only reason he came off.”",
            "(On the title race) “It is not important for me.”",
        )
        assert [q.speaker for q in quotes] == ["Tom Lestrade"] * 3

    def test_not_after_a_paragraph_that_quotes_no_one(self) -> None:
        quotes = quotes_of(
            "Harbury manager Tom Lestrade told Radio North: “I saw two very good teams.”",
            "The visitors scored twice in the last ten minutes.",
            "On the young left-back: “The yellow card was the only reason he came off.”",
        )
        assert find(quotes, "The yellow card").speaker is None

    def test_words_after_the_quotation_are_not_a_topic_answer(self) -> None:
        quotes = quotes_of(
            "Harbury manager Tom Lestrade told Radio North: “I saw two very good teams.”",
            "On the left-back: “The yellow card was the only reason,” said the referee, Ann Roe.",
        )
        assert find(quotes, "The yellow card").speaker == "Ann Roe"


class TestItForAStatement:
    def test_it_said_after_a_message_put_out(self) -> None:
        quotes = quotes_of(
            "Gov. Jon Hartwell released a Thanksgiving message Wednesday.",
            "It said:",
            "“I want to take a moment to wish the citizens of the state a happy Thanksgiving.”",
        )
        assert quotes[0].speaker == "Jon Hartwell"

    def test_it_said_after_a_statement_in_the_paragraph_before(self) -> None:
        quotes = quotes_of("Harbor Foods issued a recall notice for 2,000 tins.", "“No one has fallen ill,” it said.")
        assert quotes[0].speaker == "Harbor Foods"

    def test_the_issuer_not_the_body_named_last(self) -> None:
        """Real: tests/data/real_stories17 670 (Canberra Daily). "… taken to Liverpool
        Hospital …" / "The boys’ families issued a statement on Tuesday night." / "“…,” it
        said." / bare paragraphs: the families', every paragraph of it."""
        quotes = quotes_of(
            "Both men were taken to Liverpool Hospital with minor injuries.",
            "The boys’ families issued a statement on Tuesday night.",
            "“Both of our families are still in shock,” it said.",
            "“We ask for privacy at this time.”",
        )
        assert [q.speaker for q in quotes] == ["The boys’ families"] * 2

    def test_the_issuer_after_an_adverbial(self) -> None:
        """Real: tests/data/real_stories19 731 (Fox 47). "In response to Stanley's
        resignation, the board sent a statement that said, in part:" / "“…”": the board's."""
        quotes = quotes_of("In response to the resignation, the board sent a statement that said, in part:",
                           "“The Board of Trustees appreciates the president's service.”")
        assert quotes[0].speaker == "the board"

    def test_not_when_nothing_was_put_out(self) -> None:
        quotes = quotes_of("The council received a letter from residents on Monday.", "“It is unacceptable,” it said.")
        assert quotes[0].speaker is None
        quotes = quotes_of("The storm damaged the roof of the school.", "“It is closed,” it said.")
        assert quotes[0].speaker is None


@pytest.mark.parametrize("verb", ["exhorted", "implored", "encouraged"])  # encouraged: real_stories12 436
def test_verbs_of_urging_give_the_words_urged(verb: str) -> None:
    quote = one(f"Gov. Ann Roe {verb} lawmakers on Tuesday night to “finish the job” of rebuilding the bridge.")
    assert quote.speaker == "Ann Roe"


class TestPostNominalsAndOwners:
    @pytest.mark.parametrize("after", ["QC", "KC", "OBE"])
    def test_a_post_nominal_is_no_part_of_the_name(self, after: str) -> None:
        quotes = quotes_of(f"Inquiry chairman Robert Fenwick {after} said it was right.",
                           "“We are dealing with confidential information,” he said.")
        assert quotes[0].speaker == "Robert Fenwick"

    @pytest.mark.parametrize("owner", ["Labour's", "The ANC's", "CNN's"])
    def test_a_possessive_before_a_name_is_its_owner(self, owner: str) -> None:
        assert one(f"{owner} Keir Dalton said the plan was “a disgrace”.").speaker == "Keir Dalton"
        quotes = quotes_of(f"{owner} Dakota Legoete told reporters the party would act.", "“Let us focus,” he said.")
        assert quotes[0].speaker == "Dakota Legoete"

    def test_a_possessive_before_an_office_is_still_the_office(self) -> None:
        assert one("“It is a disgrace,” Keir Dalton's spokesman said.").speaker == "Keir Dalton's spokesman"

    def test_an_opening_participle_is_no_name(self) -> None:
        quotes = quotes_of("Having been beaten in the opening Test, Gill credited the bowlers.",
                           "“There have been a lot of instances,” he said.")
        assert quotes[0].speaker == "Gill"


def test_a_manner_after_an_inverted_speaker_is_no_part_of_it() -> None:
    quotes = quotes_of("Chief Minister Bhupesh Baghel spoke in Raipur.", "“We will win,” said the Chief Minister with a laugh.")
    assert quotes[0].speaker == "Bhupesh Baghel"
    assert one("“We will win,” said Ann Roe with a smile.").speaker == "Ann Roe"


class TestTheManager:
    def test_the_manager_is_the_manager_the_story_names(self) -> None:
        quotes = quotes_of(
            "Rangers manager Giovanni van Bronckhorst insists the title race is not over.",
            "Rangers face Braga on Thursday. The manager says the team must put their disappointment behind them.",
            "“We have to keep on going,” he said.",
        )
        assert quotes[0].speaker == "Giovanni van Bronckhorst"

    def test_a_name_with_particles_holds_its_title(self) -> None:
        quotes = quotes_of("Foreign Minister Ursula von der Lahn met her counterparts.",
                           "“We are united,” the foreign minister said.")
        assert quotes[0].speaker == "Ursula von der Lahn"
