"""Words quoted from documents and posts: a document quoted with no verb of speaking
speaks as the story names it; a body's or a person's statement or post is theirs; a
person who quotes a document, or comments on one, speaks for themselves."""

from __future__ import annotations

import pytest

from .common import find, one, quotes_of


class TestDocumentsWithoutAVerbOfSpeaking:
    @pytest.mark.parametrize(("sentence", "speaker"), [
        ("The bill would make it a crime to “knowingly harbour” migrants.", "The bill"),
        ("The new regulation will require lenders to “verify the income of every borrower” before a loan.", "The new regulation"),
        ("The law requires agencies to “retain data for no longer than five years”.", "The law"),
        ("Under the law, agencies must “retain data for no longer than five years.”", "the law"),
        ("Under the new policy, officers “must report every use of force within a day”.", "the new policy"),
        ("The report deals first with the issue: “I saw the car parked on the kerb with its lights off.”",
         "The report"),
        ("The U.S. Constitution states, “Congress shall make no law respecting an establishment of religion.”",
         "The U.S. Constitution"),
        ("According to the complaint, Merck, which makes the vaccine, ran a “bundling scheme” that raised prices.",
         "the complaint"),
    ])
    def test_the_document_speaks(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker

    def test_every_quotation_of_a_sentence_after_according_to_a_document_is_the_documents(self) -> None:
        quotes = quotes_of("According to the complaint, Visier’s “people analytics” platform takes data and "
                           "“applies machine learning to deliver insightful predictions.”")
        assert [q.speaker for q in quotes] == ["the complaint", "the complaint"]

    def test_a_body_quoted_right_after_the_letter_it_wrote_speaks(self) -> None:
        quote = one("In the letter, dated May 3, the board “strongly objects” to the plan.")
        assert quote.speaker == "the board"

    def test_the_channel_before_a_cue_is_not_the_speaker(self) -> None:
        quote = one("Attorney General Eric Schmitt in a statement said the ruling is a victory "
                    "“for the Second Amendment rights of all Missourians.”")
        assert quote.speaker == "Eric Schmitt"


class TestNoDocumentSpeaks:
    def test_a_text_the_bill_orders_displayed_is_not_the_bills(self) -> None:
        quote = one("This bill requires all public schools to display a framed copy of the Ten Commandments, "
                    "starting with “I AM the LORD thy God,” in a prominent place in every classroom.")
        assert quote.speaker is None

    @pytest.mark.parametrize("sentence", [
        "The sign read “Closed until further notice”.",
        "The sign read: “Closed until further notice”.",
        "The law will take effect after the minister's “review” of the budget.",
    ])
    def test_no_speaker(self, sentence: str) -> None:
        assert one(sentence).speaker is None

    def test_a_person_who_comments_on_the_bill_speaks(self) -> None:
        assert one("“This bill is cruel,” Smith said of the measure.").speaker == "Smith"

    def test_a_person_who_quotes_the_bill_speaks(self) -> None:
        quote = one("Sen. Blaise Ingoglia, who introduced the bill, said the bill “should be the model for all 50 states.”")
        assert quote.speaker == "Blaise Ingoglia"

    def test_a_document_in_the_sentence_before_is_not_the_speaker(self) -> None:
        quotes = quotes_of("The bill would make it a felony to shelter migrants. "
                           "The researchers said the data “exposed thousands of addresses”.")
        assert find(quotes, "exposed").speaker == "researchers"

    def test_a_provision_far_from_the_words_or_past_a_comma_is_not_theirs(self) -> None:
        quote = one("The bill would make it a felony to shelter migrants, and critics called it “cruel and reckless”.")
        assert quote.speaker != "The bill"

    def test_a_term_before_the_words_a_post_introduces_is_not_the_posters(self) -> None:
        quotes = quotes_of("In Thursday's message, called a \"truth\" on the app, Trump wrote, \"I'M BACK! #COVFEFE\", "
                           "referencing a typo.")
        assert find(quotes, "truth").speaker is None
        assert find(quotes, "I'M BACK").speaker == "Trump"

    def test_the_first_part_of_split_words_keeps_its_attribution(self) -> None:
        quotes = quotes_of("“We will win,” Trump wrote, “and we will win big.”")
        assert all(q.speaker == "Trump" for q in quotes)


class TestPostsSpeakForWhoeverPostedThem:
    @pytest.mark.parametrize(("paragraphs", "speaker"), [
        (("Ann Roe posted on X on Monday, hours after Jo Bell spoke.",
          "“We will win this fight in the courts,” the tweet said."), "Ann Roe"),
        (("Ann Roe posted on X on Monday. Jo Bell called it reckless.",
          "“We will win this fight in the courts,” the post read."), "Ann Roe"),
        (("Ann Roe said in a post that the case was over.",
          "“We will win this fight in the courts,” the post read."), "Ann Roe"),
        (("The embassy issued a statement on Monday.",
          "“We are aware of the incident,” the release said."), "The embassy"),
    ])
    def test_the_poster_not_a_name_mentioned_between(self, paragraphs: tuple[str, ...], speaker: str) -> None:
        assert quotes_of(*paragraphs)[-1].speaker == speaker

    @pytest.mark.parametrize(("sentence", "speaker"), [
        ("In a post on X, Centcom said “we will respond”.", "Centcom"),
        ("Trump wrote on Truth Social: “This is a great day for America.”", "Trump"),
        ("“We are closed until further notice,” the embassy posted on Facebook.", "the embassy"),
    ])
    def test_the_one_who_posts(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker

    def test_a_judge_who_writes_in_a_ruling_speaks_not_the_ruling(self) -> None:
        quotes = quotes_of("Judge Steven McGlynn ruled the state cannot enforce the ban.",
                           "“The Supreme Court held that citizens have a right,” the judge wrote in his ruling.")
        assert quotes[-1].speaker == "Steven McGlynn"


class TestFrenchTexts:
    @pytest.mark.parametrize(("sentence", "speaker"), [
        ("Le texte prévoit que les services pourront « recueillir en temps réel » les données.", "Le texte"),
        ("L'article 2 dispose que « les données sont conservées cinq ans ».", "L'article 2"),
        ("La loi dispose que « nul ne peut être détenu » sans jugement.", "La loi"),
        ("Selon le projet de loi, les services pourront « recueillir en temps réel » les données.", "le projet de loi"),
    ])
    def test_the_text_speaks(self, sentence: str, speaker: str) -> None:
        assert one(sentence).speaker == speaker

    def test_a_person_who_plans_is_no_text(self) -> None:
        assert one("Le ministre prévoit de « réformer » la police.").speaker is None

    def test_a_person_quoted_before_the_text_keeps_their_words(self) -> None:
        quotes = quotes_of("« Nous dénonçons ce texte », a déclaré Marie Dupont. "
                           "Le texte prévoit que les services pourront « tout voir ».")
        assert find(quotes, "Nous dénonçons").speaker == "Marie Dupont"
        assert find(quotes, "tout voir").speaker == "Le texte"

    def test_an_english_dispose_reads_no_french(self) -> None:
        assert one("The council will dispose of the waste, “as soon as possible”.").speaker is None


class TestAStatementPutOutInTheQuotationsOwnSentence:
    """"X released a statement, saying “…”": the words are X's, not the statement's."""

    @pytest.mark.parametrize(("paragraphs", "speaker"), [
        (["The family of linebacker Tom Belcher spoke out on Monday.",
          "Belcher's family also released a full statement, stating they were “overwhelmed with both "
          "sadness and confusion.”"], "Belcher's family"),
        (["Smith released a statement: “I am innocent of every charge.”"], "Smith"),
        (["Mayor Ann Roe toured the site on Friday.",
          "She later issued a statement saying the city “will recover, street by street.”"], "Ann Roe"),
    ])
    def test_the_one_who_put_it_out_speaks(self, paragraphs: list[str], speaker: str) -> None:
        assert one(*paragraphs).speaker == speaker

