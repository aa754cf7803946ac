"""More of the constructions of English news writing that say who spoke (issue 19):
each case is a sentence written for the rule it tests."""

from __future__ import annotations

import pytest

from .common import find, one, quotes_of


class TestInvertedAttribution:
    def test_said_name_with_a_long_description(self) -> None:
        quote = one(
            "“The money is gone and nobody can say where,” said Ruth Oyelaran, a former deputy director of "
            "planning at the regional transport authority and now a lecturer in public finance at a university "
            "in the north of the country, where she has taught for more than a decade."
        )
        assert quote.speaker == "Ruth Oyelaran"

    def test_said_name_age_and_a_long_clause(self) -> None:
        quote = one(
            "“We only want the road reopened,” said Peter Lindqvist, 52, of the village of Harby, who came with "
            "his two daughters, Elsa Lindqvist, 17, and Maja Lindqvist, 14, after a long night of waiting."
        )
        assert quote.speaker == "Peter Lindqvist"

    @pytest.mark.parametrize("link", ["from", "of", "at"])
    def test_said_name_from_an_organisation(self, link: str) -> None:
        quote = one(f"“The water is safe to drink,” said inspector Carol Bennett {link} the Northfield Water Board.")
        assert quote.speaker == "Carol Bennett"

    @pytest.mark.parametrize("verb", ["instructed", "shouted", "exclaimed", "remarked"])
    def test_other_verbs_of_speaking(self, verb: str) -> None:
        quote = one(f"“Keep the line moving,” {verb} Dana Whitfield, the site supervisor.")
        assert quote.speaker == "Dana Whitfield"


class TestAttributionAfterAClause:
    def test_said_at_the_end_of_the_sentence_covers_the_quote_that_opens_it(self) -> None:
        quote = one("“A trained guard would have stopped them” and probably would have called the police, "
                    "Ms. Harrow said.")
        assert quote.speaker == "Harrow"

    def test_while_clause_then_the_attribution(self) -> None:
        quote = one("“The council is to blame for the state of the roads” while it was in charge, Okafor said.")
        assert quote.speaker == "Okafor"

    def test_a_clause_with_its_own_subject_is_not_covered(self) -> None:
        # "the mayor said" ends a sentence whose quotation is attributed already.
        quotes = quotes_of("“We are ready,” said Jo Smith, and the roads will open on Monday, the mayor said.")
        assert quotes[0].speaker == "Jo Smith"


class TestPartialQuotes:
    def test_an_adverb_between_the_subject_and_its_verb(self) -> None:
        quote = one("Senator Maria Delgado strongly warned against a “rushed agreement” in her speech on Monday.")
        assert quote.speaker == "Maria Delgado"

    def test_what_someone_has_called(self) -> None:
        quote = one("The envoy flew to Oslo for what the Nordic Council has called “informal talks on the future,” "
                    "which were to open on Sunday.")
        assert quote.speaker == "the Nordic Council"

    def test_admits_in_a_headline(self) -> None:
        quote = one("Merkel admits migration policy was her 'hardest decision'")
        assert quote.speaker == "Merkel"


class TestPronounAfterReportedSpeech:
    def test_the_subject_with_an_apposition_naming_another(self) -> None:
        quotes = quotes_of(
            "Marc Ellory Vance, a lawyer for the family, did not answer calls.",
            "Mr. Tolland, the spokesman for Mr. Vance, said the team had moved out of the building.",
            "“They work from their own offices now,” he said.",
        )
        assert find(quotes, "They work").speaker == "Tolland"

    def test_said_name_after_the_clause_is_the_subject_of_its_sentence(self) -> None:
        quotes = quotes_of(
            "Harbor Foods bought the chain last year.",
            "The change has been slow, said Priya Raman, who follows Harbor Foods as an analyst at a bank. "
            "In a few years, she said, “You will not know the old stores.”",
        )
        assert find(quotes, "You will not know").speaker == "Priya Raman"

    def test_he_added_after_a_quotation_closing_a_sentence_of_reported_speech(self) -> None:
        quotes = quotes_of(
            "For weeks after the flood, Con Edison engineers say, they see faults in the cables.",
            "To lower the risk, the engineers said, the utility replaced the old covers, “so water cannot "
            "collect there,” Ms. Alvarez said.",
            "“It also keeps the street dry,” she added.",
        )
        assert find(quotes, "It also keeps").speaker == "Alvarez"

    def test_a_name_used_by_its_first_word_is_the_full_name(self) -> None:
        quotes = quotes_of(
            "City governor Somsak Wongwan visited the scene on Sunday.",
            "There were no exits at the back, said Somsak, who asked for an inquiry.",
            "“This requires a thorough investigation,” he said.",
        )
        assert find(quotes, "This requires").speaker == "Somsak Wongwan"


class TestNames:
    @pytest.mark.parametrize("name", ["Kenny Washington", "Alisha Jordan"])
    def test_a_place_after_a_first_name_is_a_surname(self, name: str) -> None:
        assert one(f"“We came for peace,” said {name}, 39, of the east side.").speaker == name

    def test_a_place_alone_is_no_one(self) -> None:
        assert one("“We came for peace,” Washington said in a note to Moscow.").speaker is None
        assert one("“We came for peace,” said the governor of Georgia.").speaker == "the governor of Georgia"


class TestDocuments:
    def test_the_statement_is_the_words_of_whoever_issued_it(self) -> None:
        quotes = quotes_of(
            "In a statement released on Monday, the Harbor Authority said the pier was “unsafe for use”.",
            "“Repairs will begin as soon as the storm season ends,” the statement read.",
        )
        assert find(quotes, "Repairs will begin").speaker == "the Harbor Authority"

    def test_the_post_continued(self) -> None:
        quotes = quotes_of(
            "Mayor Jo Smith said in a post on Facebook that the bridge would stay shut.",
            "“Please do not try to cross it,” the post continued.",
        )
        assert find(quotes, "Please do not").speaker == "Jo Smith"

    def test_a_statement_nobody_issued_before_stays_as_written(self) -> None:
        quotes = quotes_of(
            "Jo Smith said the pier was “unsafe for use”.",
            "“Repairs will begin soon,” the statement read.",
        )
        assert find(quotes, "Repairs will begin").speaker == "the statement"


class TestContinuation:
    def test_a_quotation_opening_the_next_paragraph_goes_on(self) -> None:
        quotes = quotes_of(
            "“We will not let them take the city,” Mayor Jo Smith said at a news conference.",
            "“Why are we letting them burn our shops?” Across the river, there were fears that the marches "
            "were being drowned out by the fires.",
        )
        assert find(quotes, "Why are we").speaker == "Jo Smith"

    def test_a_partial_quote_after_reported_speech_goes_on(self) -> None:
        quotes = quotes_of(
            "Even the old groups had meetings and a structure, Ms. Reyes said.",
            "Now, there is “a crowd of young people who are angrier than we ever were.”",
        )
        assert find(quotes, "a crowd of young").speaker == "Reyes"

    def test_a_quotation_after_a_sentence_about_its_speaker(self) -> None:
        quote = one("Arthur Penrose, a former budget director, once summed up the problem with an image. "
                    "“It is not the storm at the door, but the damp in the walls.”")
        assert quote.speaker == "Arthur Penrose"

    def test_no_speaker_after_a_sentence_about_a_company(self) -> None:
        quote = one("The company lost money for a third year. “Nobody is buying anything,” a sign in the window read.")
        assert quote.speaker != "The company"

    def test_a_partial_quote_after_another_subject_is_not_carried(self) -> None:
        quotes = quotes_of(
            "Even the old groups had meetings and a structure, Ms. Reyes said.",
            "The police called the march “a riot.”",
        )
        assert find(quotes, "a riot").speaker != "Reyes"

    def test_he_said_closing_a_sentence_is_not_its_subject(self) -> None:
        quotes = quotes_of(
            "Ms. Reyes, who led the marches in 2015, spoke at the rally.",
            "Even the Black Tenants Matter network had meetings and a structure, she said.",
            "Now, there is “a crowd of young people who are angrier than we ever were.”",
        )
        assert find(quotes, "a crowd of young").speaker == "Reyes"

    def test_he_added_after_reported_speech_closed_by_he_said(self) -> None:
        quotes = quotes_of(
            "Ms. Reyes, who led the marches in 2015, spoke at the rally.",
            "Even the Black Tenants Matter network had meetings and a structure, she said.",
            "Now there is “a crowd of young people who are angrier than we ever were,” she added.",
        )
        assert find(quotes, "a crowd of young").speaker == "Reyes"


class TestHeadlines:
    def test_a_headline_quote_repeated_in_the_story_is_its_speakers(self) -> None:
        quotes = quotes_of(
            "Flooded town 'will not be abandoned', as rain eases",
            "The rain eased on Tuesday in Harby, where hundreds of homes were flooded.",
            "“This town will not be abandoned, whatever it costs,” said Mayor Jo Smith.",
        )
        assert find(quotes, "will not be abandoned").speaker == "Jo Smith"

    def test_a_headline_quote_found_nowhere_else_has_no_speaker(self) -> None:
        quotes = quotes_of(
            "Flooded town 'will not be abandoned', as rain eases",
            "“We will rebuild,” said Mayor Jo Smith.",
        )
        assert find(quotes, "will not be abandoned").speaker is None

    def test_one_word_repeated_is_not_enough(self) -> None:
        quotes = quotes_of(
            "Floods 'catastrophic' in the north",
            "“It is catastrophic for farmers,” said Jo Smith.",
        )
        assert find(quotes, "catastrophic").speaker is None


class TestAppositions:
    @pytest.mark.parametrize("role", ["The leader of the Farmers Union", "The head of Harbor Foods",
                                      "His neighbor"])
    def test_a_role_then_the_name(self, role: str) -> None:
        quote = one(f"{role}, Rachid Benali, condemned the attack, saying in a statement that it "
                    "“will not break our will.”")
        assert quote.speaker == "Rachid Benali"

    def test_a_titled_name_of_a_body_then_he_said(self) -> None:
        quotes = quotes_of(
            "“We have lost a third of our staff,” a spokesman for the agency said.",
            "Mr. Okafor of Doctors Without Frontiers said the clinic had closed.",
            "“Our own nurses are too scared to work,” he said.",
        )
        assert find(quotes, "Our own nurses").speaker == "Okafor"

    def test_name_of_the_citys_department(self) -> None:
        quote = one("“The pipes crack in the cold,” said Tomas Grell of the city's Department of Water Works.")
        assert quote.speaker == "Tomas Grell"

    def test_he_said_after_a_spokesperson_is_not_an_earlier_name(self) -> None:
        quotes = quotes_of(
            "“We will strike,” said Jo Grant, the union's general secretary.",
            "But a spokesperson for the Employers Association said its members had cut short contracts.",
            "“We have worked with the unions for years,” he said.",
        )
        assert find(quotes, "We have worked").speaker != "Jo Grant"

    def test_he_after_the_president_is_the_president_the_story_names(self) -> None:
        quotes = quotes_of(
            "President Ana Costa arrived in Lisbon on Monday.",
            "The president said the talks had been hard.",
            "“We have not found a way yet,” she said.",
        )
        assert find(quotes, "We have not found").speaker == "Ana Costa"


class TestTitles:
    @pytest.mark.parametrize("sentence", [
        "“Harbour Lights” won best film, ahead of “The Long Road Home” and “Salt.”",
        "The award went to “A Summer in the City” on Sunday.",
        "“Unprecedented” is how the ministry put it.",
    ])
    def test_a_title_in_title_case_is_a_term_not_a_quotation(self, sentence: str) -> None:
        assert {q.kind for q in quotes_of(sentence)} == {"term"}

    def test_a_title_case_headline_keeps_its_quotation(self) -> None:
        quotes = quotes_of("Farmer Says Two Years Of Drought \"Took Everything We Had\"")
        assert [q.kind for q in quotes] == ["quote"]

    def test_an_attributed_short_quotation_stays_a_quotation(self) -> None:
        assert one("“Absolutely,” said Jo Smith.").kind == "quote"


class TestSpacedMarks:
    def test_marks_spaced_from_the_words(self) -> None:
        quote = one("“ We ’re checking every step of the process . ” Dr. Lena Ortiz said .")
        assert quote.text == "We ’re checking every step of the process ."

    def test_a_spaced_mark_no_closer_follows_opens_nothing(self) -> None:
        assert quotes_of("The sign read “ closed all day.") == []


class TestPlacesAreNoPeople:
    def test_a_named_building_is_no_antecedent_for_he(self) -> None:
        quotes = quotes_of(
            "Though he sells his catch at Fisherman Terminal — he keeps a freezer full of it — Dale Amsel, "
            "30 years a fisherman, watches how it is handled in the shops.",
            "“When it is fresh, it is pure white,” he said.",
        )
        assert find(quotes, "When it is fresh").speaker in ("Dale Amsel", None)

    @pytest.mark.parametrize("place", ["Fisherman Terminal", "Riverside Hospital", "Union Square"])
    def test_a_named_place_that_acts_is_no_person(self, place: str) -> None:
        quotes = quotes_of(f"{place} reopened on Monday after the storm.", "“It is busy again,” he said.")
        assert find(quotes, "It is busy").speaker is None


class TestMoreConstructions:
    def test_a_semicolon_for_a_colon_after_the_cue(self) -> None:
        quotes = quotes_of("Director Ana Lima spoke after the show.",
                           "Speaking through an interpreter she added; “The night belongs to the whole crew.”")
        assert find(quotes, "The night belongs").speaker == "Ana Lima"

    def test_said_name_of_his_work(self) -> None:
        quotes = quotes_of("Actor Tom Hale won for his part in a western.",
                           "“It was a hard part,” joked Hale of his role. “It was no stretch,” he said.")
        assert [q.speaker for q in quotes] == ["Tom Hale", "Tom Hale"]

    @pytest.mark.parametrize("title", ["Ms", "Mr", "Dr"])
    def test_british_titles_and_an_adverbial_with_no_comma(self, title: str) -> None:
        quote = one(f"In her statement {title} Okonjo said: “It has been an honour to serve.”")
        assert quote.speaker == "Okonjo"

    def test_a_bare_quotation_after_a_sentence_about_someone(self) -> None:
        quotes = quotes_of(
            "President Ana Costa said the talks had been hard.",
            "She admitted that some neighbours had to do better. However, she defended her visits.",
            "“They are not perfect. But talking to them works.”",
        )
        assert find(quotes, "They are not perfect").speaker == "Ana Costa"

    def test_a_role_with_its_qualifier_is_not_another_holder(self) -> None:
        quotes = quotes_of(
            "Jim Dale, the former police chief, was fired in May.",
            "The former fire chief has called the mayor “reckless and vain”.",
        )
        assert find(quotes, "reckless and vain").speaker != "Jim Dale"

    def test_no_speaker_after_a_sentence_about_no_one_named(self) -> None:
        quotes = quotes_of(
            "President Ana Costa said the talks had been hard.",
            "Twice a day, nurses check the temperature of the 48 people under watch.",
            "“A nurse sees each of them every single day.”",
        )
        assert find(quotes, "A nurse sees").speaker is None

    def test_a_role_with_a_proper_qualifier_is_not_another_agencys(self) -> None:
        quotes = quotes_of(
            "Former FBI director Jim Dale was fired in May.",
            "The former CIA director has called the mayor “reckless and vain”.",
        )
        assert find(quotes, "reckless and vain").speaker != "Jim Dale"

    def test_the_deputy_is_not_the_director(self) -> None:
        quotes = quotes_of(
            "Former CIA director Jo Brand spoke after the firing of FBI deputy director Al Mack.",
            "The former CIA director has called the move “a disgrace”.",
        )
        assert find(quotes, "a disgrace").speaker == "Jo Brand"


class TestPassive:
    @pytest.mark.parametrize("sentence", [
        "The mayor has been branded a “reckless vandal” by council leader Ann Jones, after the vote.",
        "The strandings have been described as “heartbreaking” by Ann Jones.",
    ])
    def test_by_names_the_speaker_of_a_passive(self, sentence: str) -> None:
        assert one(sentence).speaker == "Ann Jones"

    def test_a_work_by_its_author_is_no_passive(self) -> None:
        assert one("She read “The Long Road Home” by Ann Jones.").speaker is None


class TestNotTheSubject:
    def test_a_possessive_name_is_not_the_subject(self) -> None:
        quotes = quotes_of(
            "Mr. Costa’s foreign minister, Rui Vaz, told reporters that talks could start in June.",
            "“Without this, nothing can happen,” he said.",
        )
        assert find(quotes, "Without this").speaker == "Rui Vaz"

    def test_accused_of_calling_is_not_the_main_subject(self) -> None:
        quote = one("Ms. Reyes had resigned after she defended a candidate accused of calling the vote a “fraud”.")
        assert quote.speaker != "Reyes"

    def test_by_saying_is_the_subjects(self) -> None:
        quote = one("Harbor Health, the hospital group, answered the critics by saying, “He was treated like anyone.”")
        assert quote.speaker == "Harbor Health"


class TestParagraphsNotReopened:
    def test_a_quotation_closed_paragraphs_later_without_reopening(self) -> None:
        quotes = quotes_of(
            "In her statement Ms Okonjo said: ''It has been an honour to serve the board for nine years.",
            "I have, however, decided to step down at once.''",
            "The board meets again on Monday.",
        )
        assert len(quotes) == 1
        assert quotes[0].parts == ("It has been an honour to serve the board for nine years.",
                                   "I have, however, decided to step down at once.")
        assert quotes[0].speaker == "Okonjo"

    def test_a_stray_closing_mark_alone_is_no_quotation(self) -> None:
        assert quotes_of("The board met on Monday.", "It will meet again in June.”") == []


class TestCharacterisation:
    @pytest.mark.parametrize("verb", ["welcomed", "hailed", "dismissed", "condemned", "denounced"])
    def test_subject_verb_object_as_quote(self, verb: str) -> None:
        quote = one(f"Mr Okafor had {verb} the ruling as “a great day for the city”.")
        assert quote.speaker == "Okafor"

    def test_a_name_after_an_adverbial_with_no_comma_then_a_relative_clause(self) -> None:
        quote = one("In response Mr Okafor, who led the agency under President Jo Smith between 2010 and 2014, "
                    "tweeted: “You will be judged by history.”")
        assert quote.speaker == "Okafor"

    def test_after_meeting_someone_the_subject_is_still_the_speaker(self) -> None:
        quote = one("After meeting Jo Smith, Ann Doe, a lawyer, said: “We will appeal.”")
        assert quote.speaker == "Ann Doe"


class TestAccounts:
    def test_a_body_s_social_media_page_speaks_for_it(self) -> None:
        quotes = quotes_of(
            "On Friday, the Harbor County Sheriff’s Office Facebook page posted an update that began with, "
            "“Please stop spreading rumors!”",
            "“The cause of the fire is not known yet,” the post continued.",
        )
        assert {q.speaker for q in quotes} == {"the Harbor County Sheriff’s Office"}


class TestFirstPersonPartial:
    def test_a_first_person_partial_quote_after_a_speaker_in_the_paragraph(self) -> None:
        quotes = quotes_of("“I was shocked to see it,” said Tom Reyes, a buyer at the market. The price, matched "
                           "by other shops last week, is “as low as I’ve ever seen.”")
        assert [q.speaker for q in quotes] == ["Tom Reyes", "Tom Reyes"]

    def test_a_partial_quote_with_no_first_person_is_not_carried(self) -> None:
        quotes = quotes_of("“I was shocked to see it,” said Tom Reyes, a buyer at the market. The shops call the "
                           "price “a summer special.”")
        assert quotes[1].speaker is None
