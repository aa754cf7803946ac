"""Conventions of wire and newspaper copy that say who spoke, beyond one named person
and "said" (issue 19): French attribution, groups, documents, partial quotations, and
quotations attributed further away. Each case is a sentence written for its rule."""

from __future__ import annotations

import pytest

from .common import find, one, quotes_of


class TestFrench:
    @pytest.mark.parametrize(("sentence", "speaker"), [
        ("« Nous ne céderons pas », a déclaré le ministre de l'intérieur, Gérald Darmanin, lundi.", "Gérald Darmanin"),
        ("« La loi est nécessaire », estime Marie Lefèvre, avocate au barreau de Paris.", "Marie Lefèvre"),
        ("« Il faut agir vite », affirme la présidente de la commission, Anne Girard.", "Anne Girard"),
        ("« Nous sommes inquiets », explique Claire Bernard, directrice de l'association.", "Claire Bernard"),
        ("« Personne n'est au-dessus des lois », a souligné M. Macron.", "Macron"),
        ("« Le texte est prêt », a indiqué Mme Borne à l'issue du conseil.", "Borne"),
    ])
    def test_the_verb_after_the_quotation_then_the_speaker(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker

    @pytest.mark.parametrize("inverted", ["a-t-il ajouté", "ajoute-t-il", "précise-t-il", "dit-il"])
    def test_an_inverted_pronoun_goes_back_to_the_one_named_before(self, inverted: str) -> None:
        quotes = quotes_of("Jean Dupont, maire de Lyon, a réagi mardi.", f"« C'est une décision injuste », {inverted}.")
        assert find(quotes, "C'est une").speaker == "Jean Dupont"

    @pytest.mark.parametrize("sentence", [
        "Gérald Darmanin a déclaré : « Ce projet sera mené à son terme. »",
        "Lundi, Gérald Darmanin a affirmé que le projet serait « mené à son terme ».",
        "Gérald Darmanin estime que le projet sera « mené à son terme ».",
        "Selon Gérald Darmanin, le projet sera « mené à son terme ».",
    ])
    def test_the_verb_before_the_quotation(self, sentence: str) -> None:
        assert one(sentence).speaker == "Gérald Darmanin"

    def test_a_role_the_story_does_not_name_is_no_name_cut_from_it(self) -> None:
        # Not "Le" with the cue "premier": the role, as written.
        assert one("Le premier ministre a déclaré : « Ce projet sera mené à son terme. »").speaker == \
            "Le premier ministre"

    def test_selon_after_a_speaker_names_who_relays_the_words(self) -> None:
        quote = one("Le Pen a déclaré : « C’est une victoire historique », selon l’AFP.")
        assert (quote.speaker, quote.reported_by) == ("Le Pen", "l’AFP")

    def test_english_copy_is_not_read_as_french(self) -> None:
        assert one("“We will not give in,” said Gérald Darmanin, the interior minister.").speaker == "Gérald Darmanin"
        assert one("Le Monde has called the plan “a gamble”.").speaker != "Le"


class TestGroups:
    @pytest.mark.parametrize(("sentence", "speaker"), [
        ("“The situation is under control,” officials said late Monday.", "officials"),
        ("“We found two bodies,” police said.", "police"),
        ("“The water came up to our knees,” residents told the BBC.", "residents"),
        ("Israeli officials said the talks were “at a critical stage”.", "Israeli officials"),
        ("“There is no threat to the public,” the authorities said.", "authorities"),
        ("Officials described the damage as “significant” but gave no figures.", "officials"),
        ("Senior U.S. officials, speaking on condition of anonymity, said the deal was “close”.", "senior U.S. officials"),
    ])
    def test_a_group_is_recorded_as_the_text_words_it(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker

    def test_a_group_is_no_proper_name_so_naming_one_of_them_later_is_no_reattribution(self) -> None:
        from articlediff.quotes import diff_quotes

        old = quotes_of("“The road will reopen on Friday,” officials said.")
        new = quotes_of("“The road will reopen on Friday,” Jo Grant, a city engineer, said.")
        (change,) = diff_quotes(old, new)
        assert change.change == "unchanged"

    def test_a_group_does_not_stand_for_it_or_he(self) -> None:
        quotes = quotes_of("“We are searching the river,” police said.", "“It is a tragedy,” he said.")
        assert find(quotes, "It is a tragedy").speaker is None

    def test_a_plural_noun_after_a_verb_is_no_group(self) -> None:
        assert one("The mayor thanked residents for their “patience and courage”.").speaker != "residents"


class TestDocuments:
    @pytest.mark.parametrize(("sentence", "speaker"), [
        ("The report found that the agency had “failed at every level”.", "The report"),
        ("The lawsuit alleges that the firm “concealed the defect for years”.", "The lawsuit"),
        ("A United Nations report released Tuesday concluded that abuses were “widespread and systematic”.",
         "A United Nations report"),
        ("“No person shall be held without charge,” the bill reads.", "the bill"),
        ("According to the filing, the company “knowingly misled investors”.", "the filing"),
    ])
    def test_a_document_quoted_with_a_verb_of_its_own(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker

    def test_a_person_who_speaks_comes_before_the_document(self) -> None:
        quote = one("Jo Grant said the report found the agency had “failed at every level”.")
        assert quote.speaker == "Jo Grant"

    def test_a_document_in_another_clause_is_not_the_speaker(self) -> None:
        assert one("The report found no fault; critics were “unconvinced”.").speaker != "The report"


class TestPartialQuotes:
    @pytest.mark.parametrize("noun", ["the claims", "his claims", "such calls"])
    def test_a_cue_word_used_as_a_noun_is_not_the_verb(self, noun: str) -> None:
        quote = one(f"Ana Ruiz dismissed {noun} as “nonsense” on Tuesday.")
        assert quote.speaker == "Ana Ruiz"

    def test_a_long_role_then_a_titled_name(self) -> None:
        quote = one("The head of the regional health authority in the north of the country, Dr. Ana Ruiz, "
                    "called the outbreak “under control”.")
        assert quote.speaker == "Ana Ruiz"


class TestBodiesNamedBefore:
    def test_the_agency_is_the_agency_named_not_the_body_named_last(self) -> None:
        quotes = quotes_of("The Food Standards Agency issued a warning on Monday.",
                           "The Interior Ministry said it would send inspectors.",
                           "“The risk is low,” the agency said.")
        assert find(quotes, "The risk").speaker == "Food Standards Agency"

    def test_the_agency_with_no_agency_named_stays_as_written(self) -> None:
        quotes = quotes_of("The Interior Ministry said it would send inspectors.", "“The risk is low,” the agency said.")
        assert find(quotes, "The risk").speaker == "the agency"

    def test_a_picture_credit_names_no_company(self) -> None:
        quotes = quotes_of("Harbor Foods recalled the product on Friday.",
                           "Photograph: Acme Pictures Ltd/Getty Images",
                           "“We apologise to our customers,” the company said.")
        assert find(quotes, "We apologise").speaker == "Harbor Foods"


class TestBareParagraphsFurtherOn:
    def test_a_bare_quotation_after_a_paragraph_of_narrative(self) -> None:
        quotes = quotes_of("“We were not told anything,” said Tom Hale, a farmer near the river.",
                           "The water rose three metres overnight.",
                           "“It came in the night and took everything.”")
        assert find(quotes, "It came").speaker == "Tom Hale"

    def test_not_when_someone_is_named_between(self) -> None:
        quotes = quotes_of("“We were not told anything,” said Tom Hale, a farmer near the river.",
                           "The water rose three metres overnight at the Grant farm.",
                           "“It came in the night and took everything.”")
        assert find(quotes, "It came").speaker is None

    def test_not_three_paragraphs_later(self) -> None:
        quotes = quotes_of("“We were not told anything,” said Tom Hale, a farmer near the river.",
                           "The water rose three metres overnight.", "The roads were closed.",
                           "The schools stayed shut.",
                           "“It came in the night and took everything.”")
        assert find(quotes, "It came").speaker is None


class TestHeadlinesAttributedFurtherDown:
    def test_a_name_before_a_colon(self) -> None:
        quotes = quotes_of("Merkel: 'We can do this'", "Angela Merkel spoke in Berlin on Monday.")
        assert find(quotes, "We can do").speaker == "Angela Merkel"

    def test_the_words_reported_further_down(self) -> None:
        quotes = quotes_of("Mayor vows town 'will rise again' after flood",
                           "The mayor of Harby, Jo Smith, spoke on Tuesday.",
                           "Smith said the town would rise again, whatever it cost.")
        assert find(quotes, "will rise again").speaker == "Jo Smith"

    def test_the_words_in_two_speakers_mouths_are_no_ones(self) -> None:
        quotes = quotes_of("Town 'will rise again' after flood",
                           "Jo Smith said the town would rise again.",
                           "Ann Roe said the town would rise again too.")
        assert find(quotes, "will rise again").speaker is None


class TestBriefBullets:
    """A wire brief's bullets: "* Says …" speaks for the subject the first bullet names."""

    BRIEF = [
        "BRIEF-Northwind CEO says merger talks still open",
        "March 3 (Reuters) - Northwind CEO Dana Price in a call with analysts.",
        "* Northwind CEO says remains confident the merger will close this year",
        "* Says everybody we talk to says the review could take months",
        "* Says the company will be “patient and flexible”",
        "* Says of reports she would retire, “I am going nowhere”",
    ]

    def test_says_bullets_are_the_subject_of_the_first(self) -> None:
        quotes = quotes_of(*self.BRIEF)
        assert [(q.text, q.speaker) for q in quotes] == [
            ("patient and flexible", "Dana Price"), ("I am going nowhere", "Dana Price")]

    def test_a_role_the_brief_names_no_one_for_is_no_one(self) -> None:
        quotes = quotes_of("BRIEF-Northwind says merger talks still open", "* Northwind CEO says remains confident",
                           "* Says the company will be “patient and flexible”")
        assert quotes[0].speaker is None

    def test_bullets_with_their_own_subject_keep_it(self) -> None:
        quotes = quotes_of("* Northwind CEO Dana Price says the company will be “patient”",
                           "* Rival CEO Tom Hale says the deal is “doomed”")
        assert [q.speaker for q in quotes] == ["Dana Price", "Tom Hale"]
