"""Attribution a news editor would sign: the cases of issue 19, each written out as
a sentence (the ones the issue quotes, and the conventions it names)."""

from __future__ import annotations

import pytest

from .common import find, one, quotes_of

GRAHAM_STORY = [
    "Republican Senator Lindsey Graham, a close ally of US President Donald Trump, has died at the age of 71.",
    "Graham initially clashed with the US president.",
    "But he later became one of his staunchest backers. He voted against convicting Trump in the 2021 "
    "impeachment trial, and supported Trump in the 2024 election.",
    'He told the BBC in 2023: "There is a dark side to Donald Trump... and he was a very good president."',
]


class TestPronouns:
    def test_he_is_the_subject_before_not_the_last_name_mentioned(self) -> None:
        quote = find(quotes_of(*GRAHAM_STORY), "There is a dark side")
        assert (quote.speaker, quote.cue, quote.attribution) == ("Lindsey Graham", "told the BBC", "he")

    def test_he_in_its_own_sentence_goes_to_the_subject_before_it(self) -> None:
        quote = one("In his most recent trip to the country, Senator Lindsey Graham was working on a version of "
                    'the Russia sanctions bill, which he said would give "tools to President Trump to end this war".')
        assert quote.speaker == "Lindsey Graham"

    def test_he_added_continues_the_speaker_of_a_post_on_x(self) -> None:
        quotes = quotes_of(
            "Senator Lindsey Graham had just returned from Kyiv.",
            'Zelensky said in a post on X that he was "deeply saddened" by his death.',
            '"America and the world have lost a determined leader," he added.',
        )
        assert find(quotes, "deeply saddened").cue == "said in a post on X"
        assert {q.speaker for q in quotes} == {"Zelensky"}

    @pytest.mark.parametrize("cue", ["she added", "she continued"])
    def test_she_added_or_continued(self, cue: str) -> None:
        quotes = quotes_of("“We will rebuild the town,” said Mayor Jo Smith, speaking after Ann Jones.",
                           f"“Every house,” {cue}, “and every school.”")
        assert [q.speaker for q in quotes] == ["Jo Smith", "Jo Smith"]

    def test_a_pronoun_after_an_apposition_subject(self) -> None:
        quotes = quotes_of("One motorcyclist, Surin Jaiharn, told AFP that he helped about five people flee the bar.",
                           '"I feel depressed. I saw many deaths," he told AFP.')
        assert quotes[0].speaker == "Surin Jaiharn"

    def test_a_pronoun_after_an_adverbial_without_a_comma(self) -> None:
        quotes = quotes_of(
            "Senator Lindsey Graham initially clashed with the president.",
            'He told CNN in 2015 that Trump was "a race-baiting, xenophobic, religious bigot", and during the '
            '2016 campaign he posted on social media: "If we nominate Trump, we will get destroyed."',
        )
        assert [q.speaker for q in quotes] == ["Lindsey Graham", "Lindsey Graham"]
        assert [q.cue for q in quotes] == ["told CNN", "posted on social media"]

    def test_it_added_in_a_statement(self) -> None:
        quotes = quotes_of(
            'US Central Command (Centcom) said the strikes were carried out to "further degrade Tehran\'s ability '
            'to threaten freedom of navigation" in the waterway.',
            'In a statement it added: "The United States is holding Iran accountable for recent aggression."',
        )
        assert [q.speaker for q in quotes] == ["US Central Command (Centcom)"] * 2

    def test_it_after_a_sentence_that_opens_with_the_body(self) -> None:
        """Real: tests/data/real_stories15 556 (CNA). "…, MOH said on Monday." / "The ministry
        said it is working …" / "“…,” it said": the ministry, not the hospital named
        first in the sentence before."""
        quotes = quotes_of(
            "Five new cases were found at Tan Tock Seng Hospital (TTSH), said the Ministry of Health (MOH).",
            "All hospitals have been asked to defer surgery amid a rise in cases at TTSH, MOH said on Monday.",
            "The ministry said it is working closely with all public and private hospitals.",
            "“The healthcare community has worked together to reserve more beds,” it said.",
        )
        assert find(quotes, "The healthcare community").speaker == "Ministry of Health (MOH)"

    def test_it_in_a_sentence_about_a_body_the_story_does_not_name(self) -> None:
        """Real: tests/data/real_stories12 401 (Canadian Press). "The health authority says in a
        statement that … what it called a “deeply distressing incident.”": not the
        ambulance service named in the paragraph before."""
        quotes = quotes_of(
            "A fight broke out, resulting in BC Emergency Health Services staff requesting police help.",
            "The health authority says in a statement that no patients were harmed in what it called a "
            "“deeply distressing incident.”",
        )
        assert find(quotes, "deeply distressing").speaker == "the health authority"

    def test_the_firm_is_no_place(self) -> None:
        """Real: tests/data/real_stories16 608 (South Wales Argus). "… its factory at Dyffryn
        Business Park …" / "The firm said … “key contributors” …": a business park is no
        firm."""
        quotes = quotes_of(
            "Kautex Textron have announced its factory at Dyffryn Business Park is facing closure.",
            "The firm said Brexit and the pandemic were “key contributors” to the decision.",
        )
        assert find(quotes, "key contributors").speaker != "Dyffryn Business Park"


class TestConstructions:
    def test_saying_after_a_verb_the_lexicon_does_not_know(self) -> None:
        quote = one('Israel\'s Prime Minister Benjamin Netanyahu paid tribute to Graham on Sunday, saying "Lindsey '
                    'understood that the security of Israel and America are inseparable".')
        assert (quote.speaker, quote.cue) == ("Benjamin Netanyahu", "saying")

    @pytest.mark.parametrize(
        ("text", "speaker", "cue"),
        [
            ('"The strikes hit ten targets," US Central Command said in a statement.', "US Central Command",
             "said in a statement"),
            ('"The strikes hit ten targets," Centcom said in a post on X.', "Centcom", "said in a post on X"),
            ('The strikes hit ten targets, according to US Central Command.', None, None),
            ('"We will rebuild the town," Jo Smith told reporters on Monday.', "Jo Smith", "told reporters"),
            ('"The strikes hit ten targets," according to US Central Command.', "US Central Command",
             "according to"),
            ('President Donald Trump signalled he would "hit them hard again tonight".', "Donald Trump", "signalled"),
        ],
    )
    def test_cues(self, text: str, speaker: str | None, cue: str | None) -> None:
        found = quotes_of(text)
        if speaker is None:
            assert found == []
            return
        assert (found[0].speaker, found[0].cue) == (speaker, cue)

    def test_a_paragraph_ending_in_a_colon_introduces_the_next(self) -> None:
        quotes = quotes_of("In connection with these plans, the Committee voted to issue the following directive:",
                           '"Effective March 23, the Committee directs the Desk to undertake operations."')
        assert quotes[0].speaker == "the Committee"

    def test_a_bare_quotation_paragraph_continues_the_speaker(self) -> None:
        quotes = quotes_of('"We will rebuild the town," Jo Smith told reporters.', '"Every house and every school."')
        assert [q.speaker for q in quotes] == ["Jo Smith", "Jo Smith"]
        assert quotes[1].attribution == ""

    @pytest.mark.parametrize("place", ["Ohio", "Washington", "Texas"])
    def test_places_are_never_speakers(self, place: str) -> None:
        assert one(f'"We will rebuild the town," {place} said.').speaker is None


class TestSecondHand:
    def test_according_to_the_relayer(self) -> None:
        quote = one('"There was blasting all night," the musician said, according to Anutin.')
        assert (quote.speaker, quote.reported_by) == ("the musician", "Anutin")

    def test_told_him_then_the_relayer_said(self) -> None:
        quote = one('A musician who lives near the border told him "there was blasting all night", Anutin said.')
        assert (quote.speaker, quote.reported_by) == ("A musician", "Anutin")

    def test_the_relayer_said_someone_told_him(self) -> None:
        quote = one("Prime Minister Anutin Charnvirakul, who visited the scene early on Monday, said a musician who "
                    'was performing when the fire broke out told him "there was blasting and everybody tried to flee".')
        assert (quote.speaker, quote.reported_by) == ("a musician", "Anutin Charnvirakul")

    def test_first_hand_words_have_no_relayer(self) -> None:
        assert one('"We will rebuild the town," said Jo Smith.').reported_by is None


class TestRoles:
    def test_a_title_links_to_the_person_the_story_names(self) -> None:
        quotes = quotes_of("Republican Senator Lindsey Graham, a close ally of US President Donald Trump, died.",
                           '"We will rebuild the town," the US president said.')
        assert (quotes[0].speaker, quotes[0].speaker_description) == ("Donald Trump", "the US president")

    @pytest.mark.parametrize("intro", ["Governor Jo Smith spoke in Ohio.", "Jo Smith, the governor, spoke in Ohio."])
    def test_the_governor(self, intro: str) -> None:
        assert quotes_of(intro, '"We will rebuild the town," the governor said.')[0].speaker == "Jo Smith"

    def test_a_role_the_story_gives_nobody_stays_a_role(self) -> None:
        assert one('"We will rebuild the town," the governor said.').speaker == "the governor"


class TestNames:
    @pytest.mark.parametrize(
        ("text", "speaker", "description"),
        [
            ('"We are ready," said Ursula von der Leyen, the Commission president.', "Ursula von der Leyen",
             "the Commission president"),
            ('"We are ready," Bashar al-Assad said.', "Bashar al-Assad", None),
            ('"We are ready," Linn County Sheriff Tim Mueller said.', "Tim Mueller", "Linn County Sheriff"),
            ('"We are ready," said Sheriff Tim Mueller.', "Tim Mueller", "Sheriff"),
            ('"We are ready," Prime Minister Theresa May\'s spokesman said.',
             "Prime Minister Theresa May's spokesman", None),
            ('"We are ready," Doe\'s office said.', "Doe's office", None),
            ('"We are ready," a spokeswoman for Jane Doe said.', "a spokeswoman for Jane Doe", None),
            ('"We are ready," the official, who spoke on condition of anonymity, said.', "the official", None),
            ('"We are ready," Jane Doe, who has led the department since 2019, said.', "Jane Doe", None),
            ('But Jane Doe insisted: "We are ready."', "Jane Doe", None),
            ('In a statement, the company said: "We are ready."', "the company", None),
        ],
    )
    def test_speakers(self, text: str, speaker: str, description: str | None) -> None:
        quote = one(text)
        assert (quote.speaker, quote.speaker_description) == (speaker, description)

    def test_said_in_a_facebook_post(self) -> None:
        assert one('"We are ready," Emery said in a Facebook post.').cue == "said in a Facebook post"


class TestContinuations:
    def test_a_bare_quotation_after_reported_speech(self) -> None:
        quotes = quotes_of("Jane Doe, the health director, said the city had trained for years.",
                           '"We will not stop now."')
        assert quotes[0].speaker == "Jane Doe"

    def test_a_bare_quotation_after_a_pronoun_reporting(self) -> None:
        quotes = quotes_of('"We are ready," said Jane Doe, the health director.',
                           "She said the city had trained for years.", '"We will not stop now."')
        assert [q.speaker for q in quotes] == ["Jane Doe", "Jane Doe"]

    def test_a_bare_quotation_after_narration_has_no_speaker(self) -> None:
        assert quotes_of("The city had trained for years.", '"We will not stop now."')[0].speaker is None

    @pytest.mark.parametrize("attribution", ["Doe said", "said Jane Doe"])
    def test_adding_that_goes_on_with_the_speaker(self, attribution: str) -> None:
        quotes = quotes_of(f'"It went well," {attribution}, adding that "we will meet again soon".')
        assert [q.speaker for q in quotes] == [quotes[0].speaker, quotes[0].speaker]
        assert quotes[0].speaker is not None and quotes[1].cue == "adding"

    def test_a_participle_apposition_is_not_a_clause(self) -> None:
        assert one('Doe, speaking after a meeting with John Roe, said: "It went well."').speaker == "Doe"

    def test_asked_inverted(self) -> None:
        assert (one('"Is it over?" asked Jane Doe.').cue) == "asked"


class TestMoreSecondHand:
    def test_said_then_the_relayer_told_reporters(self) -> None:
        quote = one('Jane Doe said "we are ready for anything", John Roe told reporters.')
        assert (quote.speaker, quote.reported_by) == ("Jane Doe", "John Roe")

    def test_the_relayer_writes_according_to(self) -> None:
        quote = one('"We will win," the president wrote on Truth Social, according to the White House.')
        assert (quote.speaker, quote.cue, quote.reported_by) == ("the president", "wrote on Truth Social",
                                                               "the White House")


class TestCommonSpeakers:
    @pytest.mark.parametrize(
        ("text", "speaker", "description"),
        [
            ('A witness, who asked not to be named, told the BBC: "I saw everything."', "A witness", None),
            ('One resident, Mary Roe, 67, said: "I saw everything."', "Mary Roe", "One resident"),
            ('"I saw everything," one resident said.', "one resident", None),
        ],
    )
    def test_speakers(self, text: str, speaker: str, description: str | None) -> None:
        quote = one(text)
        assert (quote.speaker, quote.speaker_description) == (speaker, description)


def test_an_age_epithet_refers_back_like_a_pronoun() -> None:
    quotes = quotes_of("Jane Doe was arrested on Monday.", '"I did nothing wrong," the 45-year-old said.')
    assert (quotes[0].speaker, quotes[0].attribution) == ("Jane Doe", "the 45-year-old")


@pytest.mark.parametrize(
    ("intro", "role", "speaker"),
    [
        ("Former CIA Director John Brennan criticised the president.", "the former CIA director", "John Brennan"),
        ("Sen. Lindsey Graham spoke on Monday.", "the senator", "Lindsey Graham"),
        ("Lindsey Graham, the South Carolina senator, spoke on Monday.", "the senator", "Lindsey Graham"),
    ],
)
def test_roles_link_to_the_person_named_with_them(intro: str, role: str, speaker: str) -> None:
    assert quotes_of(intro, f'"It is a disgrace," {role} said.')[0].speaker == speaker


@pytest.mark.parametrize("short", ["CENTCOM", "Centcom"])
def test_an_organisations_short_name_reads_as_its_full_name(short: str) -> None:
    quotes = quotes_of("US Central Command (Centcom) said the strikes hit ten targets.",
                       f'"We will continue," {short} said.')
    assert quotes[0].speaker == "US Central Command (Centcom)"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“We will fight this decision all the way,” Jo Roe has said.", "Jo Roe"),
    ("“We will fight this decision all the way,” police have said.", "police"),
    ("“We will fight this decision all the way,” the union had said on Monday.", "the union"),
    ("The closure is an act of “industrial vandalism and theft”, a trade union has said.", "a trade union"),
])
def test_an_attribution_after_the_words_in_the_perfect(sentence: str, speaker: str) -> None:
    """British and wire copy close with "…, police have said": the auxiliary is the cue's."""
    quotes = quotes_of("The plant will close in January.", sentence)
    assert quotes[0].speaker == speaker


def test_a_passive_asked_inside_the_reported_clause_does_not_hide_the_speaker() -> None:
    quotes = quotes_of("Mr Tom Hale said the fact that canvassers were being asked about the issues meant a "
                       "“sizeable number” of people had not yet made up their minds.")
    assert quotes[0].speaker == "Tom Hale"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Tom Hale was asked, “Did you fear for your life at that time?”", None),
    ("Tom Hale was asked by the prosecutor, “Did you fear for your life at that time?”", "the prosecutor"),
])
def test_the_one_asked_a_question_is_still_not_its_speaker(sentence: str, speaker: str | None) -> None:
    assert quotes_of(sentence)[0].speaker == speaker


@pytest.mark.parametrize(("attribution", "speaker"), [
    ("Tom Hale said to several thousand at the Verizon Wireless Arena.", "Tom Hale"),
    ("Tom Hale said the rally was the biggest of the whole campaign.", None),
])
def test_a_sentence_after_a_question_that_only_says_where_it_was_said(attribution: str, speaker: str | None) -> None:
    """“…?” closes a sentence: the attribution after it is a sentence of its own, long
    when it says to whom and where; one that reports other words is no attribution."""
    quotes = quotes_of("Senator Tom Hale spoke on Monday.", f"“Is this our final rally, all right?” {attribution}")
    assert quotes[0].speaker == speaker


def test_a_sentence_about_the_speaker_by_pronoun_before_a_bare_quotation() -> None:
    quotes = quotes_of("“The chief executive has set aggressive goals,” Douglas Arthur, an analyst, said in an "
                       "interview. He has the equivalent of a hold rating on the shares. “Margins are coming in higher "
                       "than expected.”")
    assert find(quotes, "Margins are coming in").speaker == "Douglas Arthur"


@pytest.mark.parametrize("title", [
    "Alyn and Deeside member of the Senedd", "Member of the Senedd", "Alyn and Deeside MP",
    "Leader of the House of Commons",
])
def test_a_title_then_the_holders_name_in_apposition(title: str) -> None:
    quotes = quotes_of(f"{title}, Jack Sargeant, tweeted that the news was “devastating” for staff.")
    assert quotes[0].speaker == "Jack Sargeant"


def test_a_name_in_an_opening_participle_clause_is_not_the_subject() -> None:
    quotes = quotes_of("Reacting to the report in a statement by his Chief Press Secretary, Jo Roe, on Tuesday, "
                       "Governor Tom Hale described it as fake, adding that it was the handiwork of “psychotic "
                       "mischief makers.”")
    assert quotes[0].speaker == "Tom Hale"


@pytest.mark.parametrize("dateline", ["JERUSALEM, Nov 27 (Reuters) - ", "LONDON (AP) — ", "SINGAPORE (Bernama): "])
def test_a_wire_dateline_names_no_body_that_speaks(dateline: str) -> None:
    quotes = quotes_of(f"{dateline}The drugmaker sent a letter to the panel on Monday.",
                       "“Our position obliges us to act responsibly,” it said.")
    assert quotes[0].speaker not in ("JERUSALEM", "LONDON", "SINGAPORE")


@pytest.mark.parametrize(("subject", "speaker"), [
    ("Caroline Roe’s brother has", "Caroline Roe’s brother"),
    ("Margaret's husband, Barry, 56,", "Barry"),
])
def test_someone_named_by_kin(subject: str, speaker: str) -> None:
    quotes = quotes_of(f"{subject} said his “heart is broken” after the death.")
    assert quotes[0].speaker == speaker


def test_a_cue_that_introduces_the_next_quotation_as_what_it_calls_something() -> None:
    quotes = quotes_of("Mayor Tom Hale said he was “appalled” by the killings and Police Commissioner Sir Jo Roe "
                       "described the deaths as “an absolute tragedy”.")
    assert [q.speaker for q in quotes] == ["Tom Hale", "Jo Roe"]


@pytest.mark.parametrize(("after", "description"), [
    ("said Philip Shaw economist at Investec Bank.", "economist"),
    ("said Philip Shaw yesterday.", None),
    ("said Philip Shaw Monday.", None),
    ("said Philip Shaw last night.", None),
])
def test_an_inverted_name_with_a_role_or_a_time_run_on(after: str, description: str | None) -> None:
    quote = quotes_of(f"“These figures are a real shock,” {after}")[0]
    assert (quote.speaker, quote.speaker_description) == ("Philip Shaw", description)


def test_he_said_set_inside_a_relative_clause() -> None:
    quotes = quotes_of("When the case was called, Mr Terry Lyons attempted to address Judge Windle, who he said "
                       "“abused a solicitor”.")
    assert quotes[0].speaker == "Terry Lyons"


def test_a_mark_opened_again_inside_one_speakers_words() -> None:
    quotes = quotes_of("Donald Trump appeared on a video screen.",
                       "“It has been a political witch hunt. “It was done to damage my reputation,” Trump said.")
    assert [q.speaker for q in quotes] == ["Donald Trump", "Donald Trump"]


def test_words_the_subject_pays_tribute_with() -> None:
    quotes = quotes_of("The family of attack victim Sara Roe have paid tribute to their “beautiful daughter and sister,” "
                       "as police say the death toll has risen.")
    assert quotes[0].speaker == "The family of attack victim Sara Roe"


@pytest.mark.parametrize(("after", "speaker"), [
    ("Cara’s statement on Instagram began.", "Alessia Cara"),
    ("the campaign began its final week on Monday.", None),
])
def test_a_statement_that_began_with_the_words(after: str, speaker: str | None) -> None:
    quotes = quotes_of("Alessia Cara shared a message on Instagram.",
                       f"“It is breaking my heart to say this, but I have to postpone the tour,” {after}")
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize(("before", "speaker"), [
    ("In the podcast, Jonny Buchan, Adam Pope and Simon Rix break down the win.", "Adam Pope"),
    ("Pope Francis visited the city.", None),
    ("The King visited the city.", None),
])
def test_a_title_that_is_also_a_surname(before: str, speaker: str | None) -> None:
    quotes = quotes_of(before, "“It was incredible,” Pope said on the performance.".replace(
        "Pope", "King" if "King" in before else "Pope"))
    assert quotes[0].speaker == speaker


def test_a_title_surname_after_a_first_name_is_a_name() -> None:
    assert quotes_of("John Major said the result was “a disgrace”.")[0].speaker == "John Major"


def test_a_pronoun_after_a_clause_opener_is_its_clauses_subject() -> None:
    quotes = quotes_of("Prime Minister Justin Trudeau says he regrets comments he made about a senator.",
                       "Advocates denounced the comments in the magazine's August issue where he referred to the "
                       "senator as “the scrappy tough-guy senator from an Indigenous community.”")
    assert quotes[0].speaker == "Justin Trudeau"


@pytest.mark.parametrize("surname", ["Robins", "Williams", "Roberts"])
def test_a_surname_that_reads_as_a_plural_is_a_name_where_the_story_gives_it_in_full(surname: str) -> None:
    quotes = quotes_of(f"Mark {surname} paid tribute to his side.", f"{surname} said: “It’s a brilliant away win.”")
    assert quotes[0].speaker == f"Mark {surname}"


def test_a_plural_noun_is_still_no_name() -> None:
    assert quotes_of("Hospital trusts closed wards.", "Hospitals said: “It’s a bad winter.”")[0].speaker is None


def test_a_pronoun_after_an_inverted_cue_with_a_title_a_body_qualifies() -> None:
    quotes = quotes_of("Andy Byford recorded the apology.",
                       "Riders became overheated in packed trains, said TTC spokesman Brad Ross.",
                       "“Yesterday was a difficult day,” he said.")
    assert quotes[0].speaker == "Brad Ross"


def test_an_inverted_name_then_what_the_words_are_about() -> None:
    quotes = quotes_of("“It is definitely batting,” said Kohli about which part of the team can be improved.")
    assert quotes[0].speaker == "Kohli"


def test_a_councillors_abbreviated_title_ends_no_sentence() -> None:
    quotes = quotes_of("Coun. Susan Sevenson proposed a change.",
                       "“No recommendation would go to council if it dies on a tie vote,” warned Coun. Hadleigh "
                       "McAlister during a debate about the changes.")
    assert quotes[0].speaker == "Hadleigh McAlister"


def test_a_participle_clause_between_the_name_and_its_verb() -> None:
    quotes = quotes_of("Police Chief Carmen Best spoke on Monday.",
                       "The violence “highlights the fact we have some critical staffing issues,” Best, flanked by "
                       "members of her command staff, said at the news briefing.")
    assert quotes[0].speaker == "Carmen Best"


def test_a_police_rank_of_south_asia_and_nigeria_is_a_title() -> None:
    quotes = quotes_of("Residents said the attack created panic.",
                       "The state police spokesman, DSP Tochukwu Ikenga, confirmed the incident.",
                       "He said, “Operatives responded to a distress call around 2.55am.”")
    assert quotes[0].speaker == "Tochukwu Ikenga"


def test_the_wall_street_journals_party_and_state_after_a_name() -> None:
    quotes = quotes_of("“The FAA needs to fix its credibility problem,” Rep. Rick Larsen (D., Wash.), chairman of the "
                       "aviation subcommittee, said at a hearing Wednesday.")
    assert quotes[0].speaker == "Rick Larsen"


def test_a_malaysian_honorific_a_closing_inverted_cue_and_a_day_after_the_name() -> None:
    quotes = quotes_of("Malaysia has achieved growth of 4.3 per cent, says Prime Minister Datuk Seri Najib Tun Razak "
                       "Thursday.",
                       "“I believe we can achieve this,” he said in his comment on his Facebook today.",
                       "“We have managed to achieve growth,” said Najib who is also Finance Minister.")
    assert [q.speaker for q in quotes] == ["Najib Tun Razak", "Najib Tun Razak"]


def test_a_demonym_after_a_first_name_is_a_surname() -> None:
    quotes = quotes_of("“It was amazing,” John Nevins said.",
                       "Kim French took cover between two heavy appliances at her home when the storm hit.",
                       "“It is bad. My windows are shattered,” she said.")
    assert quotes[1].speaker == "Kim French"


def test_an_acronym_is_the_body_the_story_spells_out() -> None:
    quotes = quotes_of("The Federal Aviation Administration said Boeing flagged the messages.",
                       "“Boeing alerted the Department of Transportation,” the FAA said in a statement.")
    assert quotes[0].speaker == "Federal Aviation Administration"


def test_a_role_two_people_hold_names_neither() -> None:
    quotes = quotes_of("The FAA has a “credibility problem”, according to the chairman of a House panel.",
                       "“The FAA must fix it,” Rep. Rick Larsen (D., Wash.), chairman of the aviation subcommittee, said.",
                       "“It has only begun,” Rep. Peter DeFazio (D., Ore.), the transportation committee's chairman, said.")
    assert quotes[0].speaker not in ("Rick Larsen", "Peter DeFazio")


def test_a_subordinate_clause_whose_subject_is_a_title_and_a_name() -> None:
    quotes = quotes_of("The Government braced itself for storms last night, as the Environment Secretary, Owen "
                       "Paterson, promised that “everything possible” was being done.")
    assert quotes[0].speaker == "Owen Paterson"


def test_a_plain_noun_for_an_unnamed_speaker() -> None:
    quotes = quotes_of("Police arrested a man in Fallowfield.",
                       "“Give me a ticket for what?” the man says to the officer.")
    assert quotes[0].speaker == "the man"


@pytest.mark.parametrize("adjective", ["murdered", "slain", "bereaved"])
def test_a_past_participle_that_describes_the_one_named_is_no_verb(adjective: str) -> None:
    quotes = quotes_of(f"The mother of {adjective} teenager Jimmy Roe paid tribute to her “beautiful son” yesterday.")
    assert quotes[0].speaker == f"The mother of {adjective} teenager Jimmy Roe"


def test_a_cue_in_a_while_clause_after_the_quotation_is_the_next_ones() -> None:
    quotes = quotes_of("Tory spokesman Darren Millar blamed “record-breaking budget cuts”, while Lib Dem leader Kirsty "
                       "Williams said Labour had “lost control of our NHS”.")
    assert find(quotes, "record-breaking").speaker != "Kirsty Williams"
    assert find(quotes, "lost control").speaker == "Kirsty Williams"


def test_a_name_then_degrees_and_a_lower_case_title_at_a_body() -> None:
    quotes = quotes_of("Researcher Zhe-Xi Luo, PhD, professor of anatomy at the University of Chicago stated in a "
                       "euphoric tone, “Spinolestes is a spectacular find.”")
    assert quotes[0].speaker == "Zhe-Xi Luo"


def test_capitals_after_the_that_qualify_a_description_are_no_name() -> None:
    quotes = quotes_of("Health minister Mike Nesbitt welcomed the funding.",
                       "The Ulster Unionist health minister said he would now be writing to the First Minister.",
                       "“I just want certainty about the fact that this money is coming,” he said.")
    assert find(quotes, "I just want certainty").speaker in ("Mike Nesbitt", "The Ulster Unionist health minister")


class TestPeopleOfSomeone:
    """"Relatives of …", "lawyers for …": they speak, not the one they are of."""

    @pytest.mark.parametrize(("subject", "speaker"), [
        ("Relatives of Sara Zelenak", "relatives of Sara Zelenak"),
        ("Lawyers for Mr Smith", "lawyers for Mr Smith"),
        ("The parents of Jamie Ross", "parents of Jamie Ross"),
    ])
    def test_the_people_named_for_someone_speak(self, subject: str, speaker: str) -> None:
        quote = one(f"{subject} said they were “deeply saddened at the tragic loss”.")
        assert quote.speaker == speaker

    @pytest.mark.parametrize(("subject", "speaker"), [
        ("Officials in Kelowna", "officials in Kelowna"),
        ("Police in Greater Manchester", "police in Greater Manchester"),
    ])
    def test_a_group_where_it_is_speaks_not_the_place(self, subject: str, speaker: str) -> None:
        assert one(f"{subject} said the fires were “rapidly evolving”.").speaker == speaker

    def test_a_described_person_after_of_is_not_the_speaker(self) -> None:
        quote = one("Relatives of the 21-year-old Australian, an au pair, said they were "
                    "“deeply saddened at the tragic loss”.")
        assert quote.speaker is None

    def test_a_body_named_so_is_the_body(self) -> None:
        quote = one("Friends of the Earth said the plan was “a step backwards”.")
        assert quote.speaker == "Friends of the Earth"


class TestAdverbialWithoutComma:
    """An opening adverbial with no comma after it, then the subject: "In a statement the
    Met Police said: “…”"."""

    @pytest.mark.parametrize(("opening", "speaker"), [
        ("In a statement the Met Police said:", "Met Police"),
        ("On Monday the Met Police said:", "Met Police"),
        ("In a statement Scotland Yard said:", "Scotland Yard"),
        ("On Tuesday Greater Manchester Police said:", "Greater Manchester Police"),
        ("In her statement Ms Roe said:", "Roe"),
    ])
    def test_the_subject_after_the_adverbial(self, opening: str, speaker: str) -> None:
        assert one(f"{opening} “The man was taken into custody.”").speaker == speaker

    def test_a_month_is_no_part_of_the_body(self) -> None:
        quote = one("In January Greater Manchester Police said: “The man was taken into custody.”")
        assert quote.speaker == "Greater Manchester Police"


class TestReportedBeforeTheWords:
    def test_an_outlet_that_reported_comma_the_words(self) -> None:
        assert one("Politico reported earlier, “The speaker has told friends this is his last term.”").speaker \
            == "Politico"

    def test_the_reported_thing_is_no_attribution(self) -> None:
        assert one("The reported “deal” collapsed on Monday.").speaker is None


class TestChants:
    def test_chants_of_are_the_crowds_not_the_speakers(self) -> None:
        quotes = quotes_of("President Jo Roe spoke in Green Bay on Saturday.",
                           "“We are the party of all Americans,” she said, eliciting cheers and chants of “USA!”")
        assert [(q.text, q.speaker) for q in quotes] == [
            ("We are the party of all Americans", "Jo Roe"), ("USA!", None)]

    def test_a_group_that_chanted_the_words(self) -> None:
        assert one("The protesters in the New Bell neighbourhood chanted “We want Tchiroma!”").speaker \
            == "protesters in the New Bell neighbourhood"


class TestPartyBeforeAName:
    @pytest.mark.parametrize(("subject", "speaker"), [
        ("The environment minister, the Liberal Matt Keane,", "Matt Keane"),
        ("Democrat Jo Roe", "Jo Roe"),
    ])
    def test_the_party_is_no_part_of_the_name(self, subject: str, speaker: str) -> None:
        assert one(f"{subject} said the plan was “a step backwards”.").speaker == speaker

    def test_tory_may_be_a_surname(self) -> None:
        assert one("Mayor John Tory said the plan was “a step backwards”.").speaker == "John Tory"


class TestBodiesThatSpeak:
    @pytest.mark.parametrize(("sentence", "speaker"), [
        ("In a note to the judge, the jury wrote that they were “confident we will not agree”.", "the jury"),
        ("A panel of experts said the plan was “flawed”.", "A panel of experts"),
        ("Talks broke down with farmer leaders claiming the minister “walked out”.", "farmer leaders"),
        ("Community leaders said the plan was “an insult”.", "community leaders"),
    ])
    def test_bodies_and_groups(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker


class TestTheForce:
    def test_the_force_is_the_police_named_before(self) -> None:
        quotes = quotes_of("The Dubai Police have denied reports of a stabbing in the city.",
                           "“Safety and security are of paramount importance,” the force said in a statement.")
        assert quotes[0].speaker == "Dubai Police"

    def test_no_police_named_leaves_the_words_as_written(self) -> None:
        quotes = quotes_of("The company said profits fell.", "“We will recover,” the force said.")
        assert quotes[0].speaker == "the force"
