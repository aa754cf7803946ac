"""Constructions found by running the library on real news pages it had never read and
reading every speaker (issue 19): each case is a short sentence written to show one
construction, with near-misses that must keep their reading."""

from __future__ import annotations

import pytest

from .common import one, quotes_of


class TestSentenceAdverbs:
    @pytest.mark.parametrize("adverb", ["Unsurprisingly", "Predictably", "Crucially"])
    def test_an_opening_adverb_is_no_speaker(self, adverb: str) -> None:
        quotes = quotes_of("Gareth Southgate spoke after the game.",
                           f"{adverb}, Southgate was delighted, saying: “Harry is a top striker.”")
        assert quotes[0].speaker == "Gareth Southgate"

    @pytest.mark.parametrize("name", ["Sally", "Kelly", "Donnelly"])
    def test_a_name_ending_in_ly_is_still_a_name(self, name: str) -> None:
        assert one(f"{name}, a nurse, said: “We are tired.”").speaker == name

    def test_however_inside_the_subject(self) -> None:
        assert one("A tribunal however, ruled for the islands, saying the claim “has no basis.”").speaker != \
            "A tribunal however"

    @pytest.mark.parametrize("between", [" however", ", however,"])
    def test_however_between_a_name_and_its_verb_makes_it_the_subject_he_stands_for(self, between: str) -> None:
        quotes = quotes_of(
            "Police Commissioner Fatai Owoseni said, “We have two suspects.”",
            f"Ibrahim{between} denied being involved.",
            "He said, “I was arrested in a school.”",
        )
        assert quotes[1].speaker == "Ibrahim"


class TestNamesAndHeads:
    @pytest.mark.parametrize("paragraphs", [
        ("Theresa May said: “What do we know of their plans?”",),
        ("Prime Minister Theresa May spoke.", "“I do apologise,” Mrs May said."),
    ])
    def test_may_after_a_first_name_or_a_title_is_a_surname(self, paragraphs: tuple[str, ...]) -> None:
        assert quotes_of(*paragraphs)[-1].speaker == "Theresa May"

    def test_the_month_is_no_name(self) -> None:
        assert one("In May, officials said the plan was “dead”.").speaker == "officials"

    def test_a_source_speaks_as_worded(self) -> None:
        assert one("A Labour source said: “They had a reasonable conversation.”").speaker == "A Labour source"


def test_a_title_cased_headline_gives_the_quotation_under_it_no_speaker() -> None:
    from articlediff import Paragraph
    from articlediff.model import Role
    from articlediff.quotes import extract_quotes

    quotes = extract_quotes([
        Paragraph(index=0, text="Theresa May Apologises For Attacking MP's Commons Absence", role=Role.HEADLINE),
        Paragraph(index=1, text="“I apologise unreservedly for that comment.”"),
    ])
    assert quotes[0].speaker != "Commons Absence"


@pytest.mark.parametrize("club", ["West Ham", "Aston Villa", "Blackburn Rovers"])
def test_a_club_is_no_person_a_bare_quotation_could_be_given_to(club: str) -> None:
    quotes = quotes_of(f"{club} won on Saturday.", "“We played very well.”", f"{club} will face Leicester next.")
    assert quotes[0].speaker is None


class TestAfterTheQuotation:
    def test_quoted_as_saying(self) -> None:
        assert one("“Our relationship is strong,” Chan Chun Sing was quoted as saying.").speaker == "Chan Chun Sing"
        quotes = quotes_of("Minister Chan Chun Sing spoke on Monday.",
                           "“Our relationship is strong,” he was quoted as saying by the newspaper.")
        assert quotes[0].speaker == "Chan Chun Sing"

    def test_a_capital_said_right_after_the_quotation(self) -> None:
        assert one("“You have been working on this,” Said Commissioner Gene Strong.").speaker == "Gene Strong"


@pytest.mark.parametrize("sentence, speaker", [
    ("Angela Eagle started the heckle by shouting “ask his mum”.", "Angela Eagle"),
    ("Protesters marched through the town shouting “no more cuts”.", "protesters"),
])
def test_shouting_gives_the_words_to_the_clauses_subject(sentence: str, speaker: str) -> None:
    assert one(sentence).speaker == speaker


class TestChannelNames:
    @pytest.mark.parametrize("sentence", [
        "Speaking to ‘BBC One’ after the game, Southgate insisted he was pleased.",
        "In an interview on CNN's ‘The Source,’ Alejano said that it was a security matter.",
    ])
    def test_the_show_spoken_on_is_no_ones_words(self, sentence: str) -> None:
        assert one(sentence).speaker is None

    @pytest.mark.parametrize("sentence", [
        "Ann Roe said the plan would lead to “Total Chaos”.",
        "Trump called the report “Fake News” on Twitter.",
    ])
    def test_a_title_cased_phrase_elsewhere_keeps_its_speaker(self, sentence: str) -> None:
        assert one(sentence).speaker is not None


def test_what_a_body_owns_is_no_body() -> None:
    quotes = quotes_of("Reuters' American depositary receipts fell $8.75.",
                       "But the company said, “Nothing was said at the briefings.”")
    assert quotes[0].speaker == "Reuters"
    assert one("Britain's Foreign Office said it was “concerned”.").speaker == "Britain's Foreign Office"


def test_a_second_clause_of_saying_with_its_own_pronoun() -> None:
    quotes = quotes_of("Leo Varadkar spoke on Monday.",
                       "He said transparency had been absent and he said that must change “immediately”.")
    assert quotes[0].speaker == "Leo Varadkar"


def test_a_single_marked_quotation_runs_on_into_the_next_paragraph_where_singles_lead() -> None:
    quotes = quotes_of(
        "Commissioner Martin Callinan appealed for help on Monday, calling the killers 'cowards'.",
        "He said: 'There are people North and South who are aware of the perpetrators. It is time to come forward.",
        "'It is important that we have every single piece of evidence.'",
        "He added: 'We will bring these people to justice.'",
    )
    texts = [q.text[:20] for q in quotes]
    assert "There are people Nor" in texts
    assert all(q.speaker == "Martin Callinan" for q in quotes if not q.text.startswith("cowards"))


class TestProbeThree:
    @pytest.mark.parametrize("body", ["Tradition Energy", "Acme Capital"])
    def test_said_a_name_of_a_body(self, body: str) -> None:
        assert one(f"“The market continues to bounce,” said Gene McGillian of {body}.").speaker == "Gene McGillian"

    def test_bank_of_america_is_still_a_body(self) -> None:
        assert one("“We are open,” said Bank of America.").speaker == "Bank of America"

    @pytest.mark.parametrize("before", [
        "Andy Mitten interviewed Carlos Queiroz.", "Andy Mitten speaks to Iran coach Carlos Queiroz.",
    ])
    def test_the_interviewer_is_not_the_speaker_of_what_follows(self, before: str) -> None:
        assert quotes_of(before, "“I don't understand it.”")[0].speaker != "Andy Mitten"

    def test_someone_meeting_reporters_still_speaks(self) -> None:
        assert quotes_of("Ann Roe met reporters on Monday.", "“We will win.”")[0].speaker == "Ann Roe"

    def test_a_named_persons_statement_that(self) -> None:
        quotes = quotes_of(
            "Angela Rayner spoke on Monday.",
            "“She wants to jump to conclusions,” Michael Ellis added, referring to Rayner’s statement that "
            "“potential criminality has been found in Downing Street”.",
        )
        assert [q.speaker for q in quotes] == ["Michael Ellis", "Angela Rayner"]


@pytest.mark.parametrize("headline", [
    "Why Young Startups Are More Likely To Infringe Upon Your Privacy", "Biden Signs Climate Bill Into Law",
])
def test_a_title_cased_headline_names_no_one_a_pronoun_could_stand_for(headline: str) -> None:
    from articlediff import Paragraph
    from articlediff.model import Role
    from articlediff.quotes import extract_quotes

    quotes = extract_quotes([
        Paragraph(index=0, text=headline, role=Role.HEADLINE),
        Paragraph(index=1, text="“This is a big deal,” he said."),
    ])
    assert quotes[0].speaker is None


class TestVerbFirstColon:
    @pytest.mark.parametrize("paragraphs, speaker", [
        (("Janum Trivedi founded the app.", "Added Trivedi: “That is just our temporary policy.”"), "Janum Trivedi"),
        (("Execs had an excuse. Explained co-founder Janum Trivedi: “That is just our temporary policy.”",),
         "Janum Trivedi"),
        (("Said Ann Roe: “We will win.”",), "Ann Roe"),
    ])
    def test_the_verb_before_its_subject_and_a_colon(self, paragraphs: tuple[str, ...], speaker: str) -> None:
        assert quotes_of(*paragraphs)[-1].speaker == speaker

    @pytest.mark.parametrize("name", ["Ahmed Khan", "Guus Hiddink"])
    def test_a_transcripts_name_prefix_is_still_read(self, name: str) -> None:
        assert one(f"{name}: “I am satisfied with the result.”").speaker == name


def test_reveals_is_a_verb_of_saying() -> None:
    assert one("Taylor Swift reveals that “she has such an empathy to her”.").speaker == "Taylor Swift"


def test_a_title_cased_subhead_names_no_one_a_pronoun_could_stand_for() -> None:
    quotes = quotes_of(
        "Alessia Cara shared an emotional message on Instagram.",
        "“It is breaking my heart to say this,” Cara said.",
        "The Pop Singer Promised to Let Fans Know of the Rescheduled Tour Dates",
        "“As soon as I have new information on the new dates, I will let you know,” she wrote.",
    )
    assert quotes[-1].speaker == "Alessia Cara"


def test_quoting_before_a_transcripts_speaker() -> None:
    quotes = quotes_of(
        "Some post-game quotes from Saturday:",
        "Quoting James Madison head coach Mickey Matthews: “We hadn’t shown the Pistol and it bothered them.”",
        "Quoting Jim Grobe after a 54-48 win over Duke: “I think we challenged them to play the coverage.”",
    )
    assert [q.speaker for q in quotes] == ["Mickey Matthews", "Jim Grobe"]


class TestTitleByItsShortForm:
    def test_the_short_form_in_brackets_before_a_name(self) -> None:
        quotes = quotes_of("Director of Criminal Investigations (DCI) Mohamed Amin confirmed the arrests.",
                           "“We will prosecute those responsible,” the DCI affirmed.")
        assert quotes[0].speaker == "Mohamed Amin"

    def test_no_name_after_it_leaves_the_title(self) -> None:
        quotes = quotes_of("The Director of Public Prosecutions (DPP) said the case was weak.",
                           "“We will appeal,” the DPP said.")
        assert quotes[0].speaker == "the DPP"


class TestProbeFour:
    def test_the_candidate_for_a_place_is_the_person_named(self) -> None:
        assert one("The candidate for Bolton, Jane Smith, said: “We should wait.”").speaker == "Jane Smith"

    def test_hit_out_at_is_the_subjects_verb(self) -> None:
        quotes = quotes_of(
            "Former MP Kirit Somaiya on Tuesday claimed a fake report was filed in his name.",
            "Somaiya hit out at Police Commissioner Sanjay Pandey over the issue.",
            "“The police filed a fake report,” he said.",
        )
        assert quotes[0].speaker != "Sanjay Pandey"

    @pytest.mark.parametrize("agent", ["A spokeswoman for Theresa May", "A lawyer for Ann Roe"])
    def test_someone_speaking_for_another_is_the_speaker(self, agent: str) -> None:
        quotes = quotes_of(f"{agent} said the memo was unhelpful.", "“It is an unsolicited document,” she said.")
        assert quotes[0].speaker == agent

    def test_quoting_someone_relays_their_words(self) -> None:
        quote = one("Lukman Ajayi said, quoting Olaniyi Cole: “We learned a lot from intelligence reports.”")
        assert (quote.speaker, quote.reported_by) == ("Olaniyi Cole", "Lukman Ajayi")

    @pytest.mark.parametrize("sentence, speaker", [
        ("Kathleen Wynne describes the meeting as ‘very positive’.", "Kathleen Wynne"),
        ("His advocate, Sarah Dale, reminded the jury that he has “some problems with memories.”", "Sarah Dale"),
    ])
    def test_more_verbs_of_saying(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker


def test_a_bare_quotation_after_a_sentence_closed_by_said_and_a_name() -> None:
    quotes = quotes_of("The mayor campaigned on a low rates rise, said John Smith.", "“He has failed in delivering this.”")
    assert quotes[0].speaker == "John Smith"


def test_the_words_of_someone_on_a_day() -> None:
    quotes = quotes_of("“We are the legitimate representatives.”", "Those were the words of Geoffrey Makhubo on Friday.")
    assert quotes[0].speaker == "Geoffrey Makhubo"


class TestProbeFive:
    def test_a_team_after_the_is_no_he(self) -> None:
        quotes = quotes_of("The coach knew the Knights were struggling. “Our members have a right to boo,” he said.")
        assert quotes[0].speaker != "Knights"

    def test_a_compound_with_a_name_is_no_name(self) -> None:
        quotes = quotes_of("The Rahul Gandhi-led Opposition cornered the Centre.", "“We will win,” Rahul said.")
        assert quotes[0].speaker == "Rahul"

    def test_an_aside_between_dashes_is_no_part_of_the_description(self) -> None:
        quotes = quotes_of("In evidence, the defendant - a father of one - admitted stealing the items.",
                           "“She told me to plead guilty,” he said.")
        assert quotes[0].speaker == "the defendant"

    @pytest.mark.parametrize("sentence, speaker", [
        ("“The driver shouted at me,” the garda said.", "the garda"),
        ("A man was told by gardai to “just turn up in court”.", "gardai"),
    ])
    def test_irish_police(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker


class TestProbeFiveMore:
    def test_a_named_persons_description_of_something_as(self) -> None:
        quote = one("Mr Shortt said Judge Kevin Kilrane's description of the inquiry as “one-sided” was fair.")
        assert quote.speaker == "Kevin Kilrane"

    def test_someone_sent_pictures_is_no_speaker_of_the_answer(self) -> None:
        quotes = quotes_of("News24 sent Zwakele Mncwango pictures.", "“I can tell you they were not our councillors.”")
        assert quotes[0].speaker != "News24"

    def test_amid_opens_an_adverbial_and_a_party_named_in_apposition_speaks(self) -> None:
        quote = one("Amid calls for the mayor to address residents in Alexandra, his party, the Democratic Alliance "
                    "(DA), has condemned the action as “criminal chaos”.")
        assert quote.speaker == "the Democratic Alliance (DA)"


class TestMoreWordsOfSaying:
    """Verbs of saying, documents and people's nouns that the lexicon lacked."""

    @pytest.mark.parametrize("verb", ["echoed", "echoes", "posed", "wondered"])
    def test_a_verb_after_the_quotation(self, verb: str) -> None:
        assert one(f"“What about the people working nights?” {verb} Sam Lee, a nurse.").speaker == "Sam Lee"

    @pytest.mark.parametrize("verb", ["recalls", "stresses", "quips", "acknowledges", "wonders"])
    def test_a_feature_storys_present_tense(self, verb: str) -> None:
        assert one(f"“We had nothing then,” {verb} Jo Roe, a nurse.").speaker == "Jo Roe"

    @pytest.mark.parametrize("participle", ["suggesting", "stressing", "admitting", "acknowledging"])
    def test_a_participle_of_saying_before_a_that_clause(self, participle: str) -> None:
        quote = one(f"The council leader was angry on Monday, {participle} that the plan was “a disgrace to the town”.")
        assert quote.speaker == "The council leader"

    @pytest.mark.parametrize("participle", ["branding", "labelling", "labeling", "dubbing"])
    def test_a_participle_that_names_a_thing(self, participle: str) -> None:
        quote = one(f"Speaking on Monday, Jo Roe attacked the scheme, {participle} the plan “a disgrace”.")
        assert quote.speaker == "Jo Roe"

    @pytest.mark.parametrize("verb", ["fumed", "scoffed", "snapped", "pleaded", "muttered", "deadpanned", "objected",
                                      "groaned", "protested", "interjected", "chuckled"])
    def test_a_verb_of_the_manner_of_speaking(self, verb: str) -> None:
        quotes = quotes_of("Councillor Jo Roe left the meeting early.", f"“This is a farce,” {verb} Ms Roe.",
                           f"“We were never asked,” she {verb}.")
        assert [q.speaker for q in quotes] == ["Jo Roe", "Jo Roe"]

    def test_concludes_in_the_present(self) -> None:
        quotes = quotes_of("Inspector Keith Bray published his report.",
                           "He concludes that the landscape is “influenced” but not “dominated” by turbines.")
        assert [q.speaker for q in quotes] == ["Keith Bray", "Keith Bray"]

    def test_posed_with_no_person_gives_no_speaker(self) -> None:
        assert one("The new road posed “a threat to wildlife”.").speaker is None

    @pytest.mark.parametrize("document", ["The judgement", "The judgment", "The verdict"])
    def test_a_judgement_speaks_as_a_ruling_does(self, document: str) -> None:
        quote = one(f"{document} said the jury should have considered whether the leak “harmed the public interest”.")
        assert quote.speaker == document

    @pytest.mark.parametrize("noun", ["sophomore", "pupil", "candidate", "refugee", "employee", "medic"])
    def test_a_student_or_candidate_is_a_person(self, noun: str) -> None:
        assert one(f"“I feel bad for him,” said one {noun}.").speaker == f"one {noun}"


class TestGroupsEpithetsAndOffices:
    @pytest.mark.parametrize(("subject", "group"), [
        ("Regulators", "regulators"), ("Commuters", "commuters"), ("Shopkeepers", "shopkeepers"),
        ("Local shopkeepers", "local shopkeepers"),
    ])
    def test_the_plural_of_a_persons_noun_is_a_group(self, subject: str, group: str) -> None:
        assert one(f"{subject} said on Friday that the plan was “dead”.").speaker == group

    @pytest.mark.parametrize("subject", ["Numbers", "Documents", "Others"])
    def test_a_plural_that_names_no_people_is_no_group(self, subject: str) -> None:
        assert one(f"{subject} said to be “huge” were wrong.").speaker is None

    def test_an_epithet_of_party_and_place_goes_back_to_the_person(self) -> None:
        quotes = quotes_of("“We need answers,” said Sen. Charles Schumer, D-N.Y.",
                           "The New York Democrat says that he wants a “swift” review by federal agencies.")
        assert [q.speaker for q in quotes] == ["Charles Schumer", "Charles Schumer"]

    def test_a_places_office_is_not_read_as_a_role(self) -> None:
        # "Zimbabwe's opposition leader" went to "long-term leader Robert Mugabe": a place's
        # office is left unread rather than given to the wrong holder
        quotes = quotes_of("This was the first election since long-term leader Robert Mugabe was ousted.",
                           "Zimbabwe’s opposition leader has said the victory is a “coup against the people”.")
        assert quotes[0].speaker is None


@pytest.mark.parametrize("title", ["magistrate", "boss", "editor", "coroner", "referee", "bishop", "principal"])
def test_a_title_in_lower_case_goes_back_to_the_one_who_holds_it(title: str) -> None:
    quotes = quotes_of(f"The hearing was led by {title} Ann Lee on Monday.",
                       f"“This was a serious matter,” the {title} said.")
    assert quotes[0].speaker == "Ann Lee"


def test_the_party_stands_for_the_party_named_before() -> None:
    quotes = quotes_of("The Democratic Alliance has rejected the budget.",
                       "“This budget fails the poor,” the party said in a statement.")
    assert quotes[0].speaker == "Democratic Alliance"
    assert quotes[0].attribution == "the party"


@pytest.mark.parametrize(("subject", "group"), [("Evacuees", "evacuees"), ("Detainees", "detainees")])
def test_the_plural_of_a_person_noun_in_ee_is_a_group(subject: str, group: str) -> None:
    assert one(f"{subject} said the shelter was “freezing”.").speaker == group


@pytest.mark.parametrize("noun", ["coffee", "traffic"])
def test_a_thing_in_ee_or_ic_is_no_person(noun: str) -> None:
    assert one(f"“It was chaos,” a {noun} said.").speaker is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“He had been arrested,” a friend of the family told the BBC.", "a friend of the family"),
    ("“He was released,” his cousin said.", "his cousin"),
    ("“He was out,” a family friend said.", "a family friend"),
    ("“It was fine,” said a registered nurse.", "a registered nurse"),
    ("“It was loud,” one fan said.", "one fan"),
])
def test_kin_friends_and_plain_trades_are_people(sentence: str, speaker: str) -> None:
    assert one(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("An unnamed relative told the paper that the family “did not expect her to go”.", "An unnamed relative"),
    ("“It is dead,” an unnamed official said.", "an unnamed official"),
    ("“It was sad,” an unidentified witness told the BBC.", "an unidentified witness"),
])
def test_an_adjective_in_ed_before_the_noun_is_no_verb(sentence: str, speaker: str) -> None:
    assert one(sentence).speaker == speaker


@pytest.mark.parametrize("sentence", [
    "Smith’s message was clear: “We will not close the school.”",
    "Smith’s response to the plan was blunt: “We will not close the school.”",
    "Her verdict: “We will not close the school.”",
])
def test_words_owned_as_a_message_before_a_colon_are_the_owners(sentence: str) -> None:
    quotes = quotes_of("Jane Smith, the head teacher, met parents on Monday.", sentence)
    assert quotes[0].speaker == "Jane Smith"


def test_apologised_and_thanked_give_the_phrase_to_the_subject() -> None:
    quotes = quotes_of("Jane Smith apologised for the “distress” caused.",
                       "Tom Lee thanked voters for their “support”.")
    assert [q.speaker for q in quotes] == ["Jane Smith", "Tom Lee"]


def test_a_bare_quotation_after_a_sentence_about_a_group_is_the_groups() -> None:
    quotes = quotes_of("Tom Lee runs the bakery on Main Street.",
                       "“We have been here for forty years and we will stay.”",
                       "Many local residents are angry.",
                       "“This is a disgrace.”")
    assert [q.speaker for q in quotes] == ["Tom Lee", "many local residents"]


def test_a_group_with_more_words_than_itself_gives_a_bare_quotation_no_speaker() -> None:
    quotes = quotes_of("Residents from the affected areas packed the public gallery.",
                       "“This is a disgrace.”")
    assert quotes[0].speaker is None


@pytest.mark.parametrize("body", ["Southern Water", "Northern Powergrid", "Northern Rail"])
def test_a_body_named_from_a_point_of_the_compass_is_read_whole(body: str) -> None:
    assert one(f"{body} said it was “sorry for the disruption”.").speaker == body


def test_a_statement_read_out_gives_its_words_to_who_the_clause_says_speaks() -> None:
    quotes = quotes_of("In a statement read to the court, the victim said: “I no longer feel safe anywhere.”")
    assert quotes[0].speaker == "the victim"


def test_a_statement_read_out_with_a_speaker_it_cannot_tell_is_not_the_statements() -> None:
    quotes = quotes_of("In a statement read to the court, the grieving said: “I no longer feel safe anywhere.”")
    assert quotes[0].speaker is None


def test_a_process_is_no_person_a_pronoun_goes_back_to() -> None:
    quotes = quotes_of("The council’s budget-setting process had assumed a 1.7 per cent rise but Councillor "
                       "Rick Curach said the forecast was 1 per cent.",
                       "“I know it is politically difficult,” he said.")
    assert quotes[0].speaker == "Rick Curach"


@pytest.mark.parametrize("speaker", ["a witness", "an eyewitness"])
def test_a_witness_is_a_person_though_most_words_in_ness_are_not(speaker: str) -> None:
    assert one(f"“It was chaos,” {speaker} said.").speaker == speaker


def test_he_after_a_description_that_closes_a_quotation_goes_back_to_it() -> None:
    quotes = quotes_of("“It was friendly,” said one long-term customer, who added, “It is disheartening.”",
                       "The signs confuse customers.",
                       "“I hope they open back up,” another loyal customer said.",
                       "He added, “The best thing is that it is always open.”")
    assert [q.speaker for q in quotes] == ["one long-term customer", "another loyal customer",
                                           "another loyal customer"]


@pytest.mark.parametrize("quoted", ["the commissioner, John Doe,", "the Commissioner of Police in the state, John Doe"])
def test_quoted_as_saying_with_an_apposition_gives_the_one_quoted(quoted: str) -> None:
    quote = one(f"The police spokesperson quoted {quoted} as saying that the attack was an “attack on the nation”.")
    assert (quote.speaker, quote.reported_by) == ("John Doe", "The police spokesperson")


def test_a_name_in_the_of_phrase_of_a_plural_subject_is_not_the_subject() -> None:
    quotes = quotes_of("Water outages take their toll",
                       "Parts of Tshwane, Ekurhuleni and Joburg have been without water for days",
                       "“This is not the city life we signed up for.”",
                       "Kushie Shinkwena of South Hills in Joburg is fed up.")
    assert quotes[0].speaker is None


def test_the_official_after_a_bodys_own_official_is_not_the_one_named_before() -> None:
    quotes = quotes_of("GMCH Dean Dr Raj Gajbhiye said the hospital has 1,900 beds.",
                       "“The patients who die here are mostly late referrals,” he said.",
                       "Another hospital in the city reported nine deaths in 24 hours, its senior official said.",
                       "“The deceased patients were brought in a critical condition,” the official told PTI.")
    assert [q.speaker for q in quotes] == ["Raj Gajbhiye", "the official"]


def test_a_role_after_a_sentence_about_she_goes_back_to_whom_she_stands_for() -> None:
    quotes = quotes_of("Maggie Boyle said standards were not good enough.",
                       "She also admitted the hospitals were “letting patients down”.",
                       "Four patients have already waited longer than a year. Her apology comes after bosses "
                       "ordered the trust to act.",
                       "And it follows Miss Boyle’s announcement that she is to leave her post.",
                       "Talking about waiting times, she told hospital directors: “I apologise to the people of Leeds.”",
                       "The chief executive added that missing a target was giving “cause for concern”.")
    assert quotes[-1].speaker == "Maggie Boyle"


@pytest.mark.parametrize("holiday", ["Christmas", "Easter", "Diwali"])
def test_a_holiday_before_the_verb_is_no_speaker(holiday: str) -> None:
    assert one(f"Shops planning to close after {holiday} say it is a “sign of the times”.").speaker != holiday


def test_a_statement_signed_by_people_is_their_words() -> None:
    quote = one("The statement, addressed to customers and signed off by Chief Operating Officer at Transport "
                "for Wales, Rick Davey, and Chief Operating Officer at Network Rail, Alison Thompson, said: "
                "“We’re sorry.”")
    assert quote.speaker == "Rick Davey and Alison Thompson"


def test_a_statement_signed_by_a_body_is_the_bodys() -> None:
    assert one("The statement, signed by the board, said: “We’re sorry.”").speaker == "the board"


def test_planning_officers_are_a_group() -> None:
    quote = one("Council planning officers said “significant weight” should be given to this finding.")
    assert quote.speaker == "council planning officers"


class TestDocumentLeads:
    """"In a statement …, X …": the words are those of the one the clause names, or of
    who issued the statement when the clause names no one."""

    def test_a_lead_with_words_after_the_document_and_a_verb_that_is_no_cue(self) -> None:
        quote = one("In a statement this afternoon, Gardaí confirmed that “certain matters” are under investigation.")
        assert quote.speaker == "gardaí"

    def test_who_issued_the_statement_speaks_where_it_is_reported(self) -> None:
        quote = one("In a statement issued by the Gardaí, it is reported: “Gardaí in Fermoy are investigating an "
                    "assault.”")
        assert quote.speaker == "gardaí"

    def test_it_is_understood_names_no_speaker(self) -> None:
        quotes = quotes_of("Police were called to the scene. It is understood: “No one was hurt.”")
        assert quotes[0].speaker is None


@pytest.mark.parametrize("frame", ["was adamant during his interview that", "was confident that",
                                   "remained hopeful that"])
def test_an_adjective_of_certainty_gives_the_clause_to_its_subject(frame: str) -> None:
    quote = one(f"Mr Idowu {frame} the elections would “not be postponed again”.")
    assert quote.speaker == "Idowu"


def test_a_second_phrase_after_and_that_goes_on_with_the_first_ones_speaker() -> None:
    quotes = quotes_of("Mr. Idowu was adamant that “the elections will not be postponed again” and that “INEC is "
                       "not even considering the possibility” of a delay.")
    assert [q.speaker for q in quotes] == ["Idowu", "Idowu"]


def test_informed_gives_the_words_to_its_subject_not_to_those_informed() -> None:
    quote = one("Nikki Haley informed reporters that the storm had “moved somewhat” overnight.")
    assert (quote.speaker, quote.cue) == ("Nikki Haley", "informed reporters")


def test_another_after_one_described_is_another_of_them() -> None:
    quotes = quotes_of("“It would break the border,” one current Homeland Security official predicted.",
                       "“It would be completely counterproductive,” another warned.")
    assert [q.speaker for q in quotes] == ["one current Homeland Security official",
                                           "another current Homeland Security official"]


def test_another_after_no_description_is_no_one() -> None:
    quotes = quotes_of("Jane Smith said the plan was “dead”.", "“It would be completely counterproductive,” another warned.")
    assert quotes[1].speaker is None


def test_a_sentence_after_a_closing_mark_that_lost_its_space_is_no_attribution() -> None:
    quote = one("Magistrate Charles Mwaniki asked him, “Was it an offence to ask you the question?”But the "
                "suspect insisted he was right.")
    assert quote.speaker == "Charles Mwaniki"


def test_parties_speak_together() -> None:
    quote = one("The opposition parties, however, slammed the government, saying its “false promises” were exposed.")
    assert quote.speaker == "opposition parties"


class TestThey:
    """"they" stands for people together, never for one person the story named before."""

    def test_they_is_not_the_one_person_named_before(self) -> None:
        quotes = quotes_of("The party’s lawyers objected to the appointment of Khawaja Haris as counsel. "
                           "They argued that Haris was a private counsel.",
                           "“How can the office hire a private counsel,” they asked.")
        assert quotes[0].speaker is None

    def test_they_after_two_people_named_together_is_the_two(self) -> None:
        quotes = quotes_of("Alec Smith and Tammy Hansen were prepared for wind but not for rain.",
                           "“We lost everything,” they said.")
        assert quotes[0].speaker == "Alec Smith and Tammy Hansen"

    def test_they_after_a_group_a_capital_opens_is_the_group(self) -> None:
        quotes = quotes_of("Gardaí said a man was arrested at the site on Tuesday.",
                           "They said they are also investigating “local incidents” at the building sites.")
        assert quotes[0].speaker == "Gardaí"


class TestPronounAfterASentenceAboutSomeone:
    """"he" after a sentence whose subject is no person but which names one: that person,
    as a reader takes it, not the subject of a sentence further back."""

    def test_the_one_person_the_sentence_before_names(self) -> None:
        quotes = quotes_of("Coach Nick Saban led Alabama to the title. Eddie Lacy ran all over Notre Dame.",
                           "This one was especially satisfying to Nick Saban.",
                           '"The next one is the hardest," he said.')
        assert quotes[0].speaker == "Nick Saban"

    def test_not_the_object_of_a_persons_description(self) -> None:
        quotes = quotes_of("Union Minister Shivraj Chouhan wrote to the chief minister on Monday.",
                           "The Union Minister also targeted former Chief Minister Arvind Kejriwal, saying he had "
                           'made big promises. "He cried about his own problems," he added.')
        assert quotes[0].speaker == "Shivraj Chouhan"


class TestATitleTakenAs:
    """A title the story gives someone with "as" or "became" is theirs: "the union's
    general secretary" is the one it says is general secretary."""

    def test_a_possessive_and_as(self) -> None:
        quotes = quotes_of("Unite members won pay rises in 2023.",
                           "In Sharon Graham’s first year as general secretary of Unite, members won pay rises.",
                           "The union’s general secretary said workers are ‘no longer prepared to accept it’.")
        assert quotes[0].speaker == "Sharon Graham"

    def test_a_relative_clause_with_took_over_as(self) -> None:
        quotes = quotes_of("Jo Roe, who took over as chief executive in May, toured the wards.",
                           "Health minister Sam Lee visited on Tuesday.",
                           "The trust’s chief executive said the hospital was “under pressure”.")
        assert quotes[0].speaker == "Jo Roe"


class TestVerbsOfSayingInTwoWords:
    @pytest.mark.parametrize("verb", ["pointed out", "hit back", "shot back", "summed up"])
    def test_after_the_quotation(self, verb: str) -> None:
        quotes = quotes_of("Councillor Jo Roe spoke first.", f"“We were never asked,” she {verb}.")
        assert quotes[0].speaker == "Jo Roe"
        assert quotes[0].cue == verb

    def test_before_a_that_clause(self) -> None:
        assert one("Jo Roe pointed out that the plan was “flawed”.").speaker == "Jo Roe"

    def test_went_on_is_not_read(self) -> None:
        # a match or a meeting goes on as often as a speaker does
        assert one("The meeting went on, the plan “flawed” from the start.").speaker is None


class TestAllegedAndCredited:
    def test_alleged_as_a_verb(self) -> None:
        assert one("The Crown had alleged the man found a motive because the affair breached “the honour code”."
                   ).speaker == "Crown"

    @pytest.mark.parametrize("before", ["the president-elect’s", "his", "the"])
    def test_alleged_after_an_article_or_possessive_is_an_adjective(self, before: str) -> None:
        quote = one(f"Jo Roe called the report about {before} alleged involvement with Russia “phony-baloney garbage”.")
        assert quote.speaker == "Jo Roe"

    def test_alleged_as_an_adjective_is_no_cue(self) -> None:
        assert one("The alleged “mastermind” was arrested on Monday.").speaker is None

    def test_credited_his_team_for(self) -> None:
        quote = one("Eoin Morgan was happy and credited his team for “showing what we are capable of”.")
        assert quote.speaker == "Eoin Morgan"


class TestABodysTitleBeforeAName:
    """"<Body> <title> <Name>": the person the title is given to, not the body's name."""

    def test_a_body_with_of_before_the_title(self) -> None:
        quote = one("Auckland Chamber of Commerce chief executive Michael Barnett said the bills were “a worry”.")
        assert quote.speaker == "Michael Barnett"

    def test_after_the_cue(self) -> None:
        assert one("“It was busy,” said Cincinnati Zoo director Thane Maynard.").speaker == "Thane Maynard"

    def test_a_name_running_on_into_a_role_is_still_read(self) -> None:
        assert one("“It was busy,” said Philip Shaw economist at Investec Bank.").speaker == "Philip Shaw"

    def test_a_person_with_a_body_after_with(self) -> None:
        assert one("“It works,” says Ricardo Alvarado with the Gila River Police Department.").speaker == \
            "Ricardo Alvarado"


def test_a_participles_clause_before_he_names_no_subject() -> None:
    quotes = quotes_of("Mayor Wayne Brown told homeowners to expect an increase of 5.8 per cent.",
                       "One 94-year-old retiree visited the office. He and his wife live in Silverdale. Fully "
                       "expecting the 5.8 per cent touted by Mayor Brown, he was shocked by the bill. For couples "
                       "on fixed incomes, he says, it is “a real kick in the guts.”")
    assert quotes[0].speaker == "One 94-year-old retiree"


class TestANameThatEndsItsSentence:
    """"said Raymond Kennerly. He said": the capitalised run stops at the full stop, so the
    name is a mention a later "he" can go back to."""

    def test_he_after_a_name_that_ends_the_sentence(self) -> None:
        quotes = quotes_of("Police Chief Charles Herford was arrested on Monday.",
                           '"It\'s just crazy," said resident Raymond Kennerly. He said he knows the chief, '
                           'who he described as a "good guy".')
        assert [q.speaker for q in quotes] == ["Raymond Kennerly", "Raymond Kennerly"]

    def test_a_name_after_a_sentence_ending_in_a_place_is_still_read(self) -> None:
        quotes = quotes_of("Senator Lindsey Graham died on Sunday.",
                           "He backed sanctions against Moscow.  Zelensky said in a post on X that he was "
                           '"deeply saddened" by his death.',
                           '"America and the world have lost a determined leader," he added.')
        assert quotes[-1].speaker == "Zelensky"

    def test_an_abbreviation_does_not_end_the_run(self) -> None:
        assert one("Acme Corp. Chairman Jo Roe said the deal was “done”.").speaker == "Jo Roe"
