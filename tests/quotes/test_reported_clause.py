"""A verb of speaking inside the clause of an earlier one: the later verb's subject
speaks, the earlier one's relays the words (attribution._reported_clause)."""

from __future__ import annotations

from .common import one, quotes_of


class TestReportedClause:
    def test_police_said_the_suspect_shouted(self) -> None:
        quote = one('Police said the suspect shouted "Nobody move, this is a robbery" before he ran.')
        assert (quote.speaker, quote.reported_by) == ("the suspect", "police")

    def test_a_document_states_who_said_it(self) -> None:
        quote = one('A criminal complaint states the man identified as Jake Patterson said, "I did it."')
        assert (quote.speaker, quote.reported_by) == ("Jake Patterson", "A criminal complaint")

    def test_someone_said_a_nurse_told_him(self) -> None:
        quote = one('Jo Smith said a nurse told him "there were no beds left on the ward".')
        assert (quote.speaker, quote.reported_by) == ("a nurse", "Jo Smith")

    def test_a_body_relays_a_named_person(self) -> None:
        quote = one('The ministry said Jo Roe called the plan "reckless and a waste of public money".')
        assert (quote.speaker, quote.reported_by) == ("Jo Roe", "the ministry")

    def test_his_own_account_has_no_relayer(self) -> None:
        quote = one('Kinsey said he told police, "Sir, there is no need for firearms at all."')
        assert (quote.speaker, quote.reported_by) == ("Kinsey", None)

    def test_a_clause_between_is_not_a_relay(self) -> None:
        quote = one('Doe said on Monday that she was tired, and Roe said "we are all tired here now".')
        assert (quote.speaker, quote.reported_by) == ("Roe", None)

    def test_a_witness_who_heard_speaks_herself(self) -> None:
        quote = one('A witness told the BBC she heard "three loud bangs and then screaming outside".')
        assert (quote.speaker, quote.reported_by) == ("A witness", None)

    def test_no_speaking_verb_before_the_words_no_relay(self) -> None:
        quote = one('Superintendent Gavin Wood said that after the woman was stabbed, the man '
                    '"attempted to stab multiple people. Those attempts were unsuccessful."')
        assert (quote.speaker, quote.reported_by) == ("Gavin Wood", None)

    def test_an_object_name_is_not_the_speaker(self) -> None:
        quote = one('James Morton said he believed Judge Amy St. Eve "will be too smart to get really annoyed".')
        assert quote.speaker == "James Morton"


class TestVoicedBeforeTheQuotation:
    def test_the_one_who_shouted_speaks_the_closing_cue_reports(self) -> None:
        quote = one('A man shouted "get out, get out, get out now", a witness said.')
        assert (quote.speaker, quote.reported_by) == ("A man", "a witness")

    def test_a_named_voice_reported_by_a_named_witness(self) -> None:
        quote = one('Jo Roe was yelling, "Everybody stay down on the floor," Tom Hale told reporters.')
        assert (quote.speaker, quote.reported_by) == ("Jo Roe", "Tom Hale")

    def test_no_one_this_reading_can_tell_gets_no_speaker(self) -> None:
        quote = one('Suddenly people in Washington were asking, "Where is she? She is gone," Clinton said.')
        assert quote.speaker is None

    def test_a_question_put_to_someone_is_not_read_as_voiced(self) -> None:
        quote = one('"Will you run again next year?" Jo Roe asked.')
        assert quote.speaker == "Jo Roe"


class TestQuotedAsSaying:
    def test_the_one_quoted_speaks_the_one_quoting_relays(self) -> None:
        quote = one('The Times quoted Jo Roe as saying "we will not back down on this at all".')
        assert (quote.speaker, quote.reported_by) == ("Jo Roe", "The Times")

    def test_a_document_quotes_a_named_person(self) -> None:
        quote = one('The complaint quotes Patterson as saying when he saw her, "He knew that was the girl."')
        assert (quote.speaker, quote.reported_by) == ("Patterson", "The complaint")

    def test_her_is_someone_named_before_not_the_quoter(self) -> None:
        quote = quotes_of("Jo Roe is the mayor.",
                          'The newspaper quoted her as saying "we will not back down on this at all".')[-1]
        assert (quote.speaker, quote.reported_by) == ("Jo Roe", "The newspaper")
