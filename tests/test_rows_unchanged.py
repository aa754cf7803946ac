"""The unchanged row built without the NamedTuple's constructor is the one it builds."""

from __future__ import annotations

from articlediff.model import BlockKind, Row, Span, SpanOp
from articlediff.rows import unchanged_row


def test_unchanged_row_is_the_keyword_built_row() -> None:
    for moved_pairs in ((), ((3, 4),)):
        built = unchanged_row("Rain fell.", (3,), (4,), moved_pairs, ((3, 4),))
        expected = Row(
            kind=BlockKind.UNCHANGED, old=(3,), new=(4,), moved=bool(moved_pairs), moved_pairs=moved_pairs,
            similarity=1.0, spans=(Span(SpanOp.EQUAL, "Rain fell."),), links=((3, 4),),
        )
        assert built == expected
        assert type(built) is Row and type(built.spans[0]) is Span
        assert built._asdict() == expected._asdict()
