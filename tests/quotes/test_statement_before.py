"""A quotation standing as a sentence of its own after a sentence that says who spoke
or who put out a statement: wire copy goes on to quote what it has just reported."""

from __future__ import annotations

from .common import one


class TestStatementBefore:
    def test_an_office_that_released_a_statement(self) -> None:
        quote = one("Senator Jane Roe has died, her office said.",
                    "Her office has released a statement saying she died at home on Friday. "
                    '"The family asks for privacy at this difficult time."')
        assert quote.speaker == "Her office"

    def test_a_named_body_that_issued_a_statement(self) -> None:
        quote = one('The Harbor Authority issued a statement on Monday. "All ferries will run to timetable."')
        assert quote.speaker == "The Harbor Authority"

    def test_a_body_that_said_something_before_the_quotation(self) -> None:
        quote = one("Talks on the port stalled last week.",
                    "The ministry said on Monday that talks would resume. "
                    '"We will not accept any delay in the talks."')
        assert quote.speaker == "the ministry"

    def test_a_body_that_did_something_else_is_no_speaker(self) -> None:
        quote = one('The ministry closed the border on Monday. "We will not accept any delay in the talks."')
        assert quote.speaker is None

    def test_a_statement_issued_by_no_one_named_gives_no_speaker(self) -> None:
        quote = one('A statement was issued on Monday. "All ferries will run to timetable."')
        assert quote.speaker is None

    def test_a_quotation_with_its_own_attribution_keeps_it(self) -> None:
        quote = one('The Harbor Authority issued a statement on Monday. '
                    '"All ferries will run to timetable," a spokesman for the ferry union said.')
        assert quote.speaker != "The Harbor Authority"
