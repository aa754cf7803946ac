"""Segment stage: paragraphs, roles and sentences."""

from __future__ import annotations

import pytest

from articlediff import Role, load_article, segment_article, split_paragraphs, split_sentences

from .conftest import CNN


class TestParagraphs:
    def test_blank_lines_separate(self) -> None:
        assert split_paragraphs("One\nstill one\n\n  Two  \n \t \nThree\n") == ["One\nstill one", "Two", "Three"]

    def test_no_blank_line_means_one_paragraph_per_line(self) -> None:
        assert split_paragraphs("One\nTwo\n  Three  ") == ["One", "Two", "Three"]

    def test_each_paragraph_knows_the_line_it_starts_on(self) -> None:
        text = "\n\n  Lede\nwraps\n \t \n\n\n\nSecond\n\n\n   \n Third\n"
        assert [(p.text, p.line) for p in segment_article(text).paragraphs] == [
            ("Lede\nwraps", 3), ("Second", 9), ("Third", 13)]

    def test_lines_of_a_text_without_blank_lines(self) -> None:
        text = "One\nTwo\n\u00a0Three\n"
        assert [(p.text, p.line) for p in segment_article(text).paragraphs] == [("One", 1), ("Two", 2), ("Three", 3)]

    def test_empty_and_whitespace(self) -> None:
        assert split_paragraphs("") == []
        assert split_paragraphs(" \n\t\n ") == []

    def test_zero_width_characters_are_kept(self) -> None:
        assert split_paragraphs("\u200bword\u200b") == ["\u200bword\u200b"]

    def test_numbered_from_zero_in_order(self) -> None:
        article = segment_article("A first paragraph.\n\nA second one.")
        assert [(p.index, p.text) for p in article.paragraphs] == [(0, "A first paragraph."), (1, "A second one.")]


class TestRoles:
    def test_fixture_roles(self) -> None:
        old = load_article(CNN / "v1.txt")
        roles = {p.index: p.role for p in old.paragraphs if p.role is not Role.BODY}
        assert roles == {0: Role.BYLINE, 14: Role.BOILERPLATE, 15: Role.BOILERPLATE, 16: Role.BOILERPLATE}
        new = load_article(CNN / "v2.txt")
        roles = {p.index: p.role for p in new.paragraphs if p.role is not Role.BODY}
        assert roles == {15: Role.SUBHEAD, 23: Role.SUBHEAD}

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("By Jane Doe, Reuters", Role.BYLINE),
            ("Updated 3:15 PM EST, Mon February 3, 2025", Role.DATELINE),
            ("This is a developing story and will be updated.", Role.BOILERPLATE),
            ("© 2025 Cable News Network, Inc. All rights reserved.", Role.BOILERPLATE),
            ("(Reporting by Jane Doe; Editing by John Roe)", Role.BOILERPLATE),
            ("Associated Press writer Ann Smith in Madrid contributed to this report.", Role.BOILERPLATE),
            ("Advertisement", Role.BOILERPLATE),
            ("The president spoke on Monday.", Role.BODY),
            ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published,"
             " broadcast, rewritten or redistributed.", Role.BOILERPLATE),
            ("™ & © 2025 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
             Role.BOILERPLATE),
            # News with a credit glued to it is the story's: hidden as boilerplate, its
            # edits would be hidden too.
            ("The mayor resigned on Monday after a week of protests. Associated Press writer Ann Smith"
             " contributed to this report.", Role.BODY),
            ("This is a developing story. The mayor resigned on Monday after a week of protests in the city.",
             Role.BODY),
            ("This is a developing story. Check back for updates.", Role.BOILERPLATE),
            ("Related: Storm season in pictures", Role.BOILERPLATE),
        ],
    )
    def test_single_roles(self, text: str, role: Role) -> None:
        article = segment_article(f"Opening paragraph of the story.\n\n{text}")
        assert article.paragraphs[1].role is role

    def test_headline_first(self) -> None:
        article = segment_article("El Salvador agrees to house US criminals\n\nThe deal was announced on Monday.")
        assert [p.role for p in article.paragraphs] == [Role.HEADLINE, Role.BODY]

    def test_markdown_headings(self) -> None:
        article = segment_article("# The headline\n\nBody text here.\n\n## A section\n\nMore text.")
        assert [p.role for p in article.paragraphs] == [Role.HEADLINE, Role.BODY, Role.SUBHEAD, Role.BODY]


class TestSentences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("One. Two! Three?", ["One.", "Two!", "Three?"]),
            ("The U.S. government said so. It acted.", ["The U.S. government said so.", "It acted."]),
            ("He flew to the U.S. The trip was long.", ["He flew to the U.S.", "The trip was long."]),
            ("Mr. Smith met Dr. Jones.", ["Mr. Smith met Dr. Jones."]),
            ("Voting were Janet L. Yellen, Chair; and others.", ["Voting were Janet L. Yellen, Chair; and others."]),
            ("“It is over.” She left.", ["“It is over.”", "She left."]),
            ("“Our country … (El Salvador) agreed,” he said.", ["“Our country … (El Salvador) agreed,” he said."]),
            ("“What are we? Backyards?” he said.", ["“What are we?", "Backyards?” he said."]),
            ("Warner Bros. Discovery Company. All rights reserved.", ["Warner Bros. Discovery Company.", "All rights reserved."]),
            ("No full stop at the end", ["No full stop at the end"]),
            # Full stops alone (searched for apart from the other marks), in a run too.
            ("He paused... Then he left. It was 5 p.m. Monday.", ["He paused... Then he left.", "It was 5 p.m. Monday."]),
            ("Wait. Really?! Yes.", ["Wait.", "Really?!", "Yes."]),
        ],
    )
    def test_split(self, text: str, expected: list[str]) -> None:
        assert split_sentences(text) == expected

    def test_sentences_rebuild_the_paragraph(self) -> None:
        for p in load_article(CNN / "v2.txt").paragraphs:
            assert " ".join(p.sentences).split() == p.text.split()


def test_a_segment_cache_splits_each_distinct_paragraph_once() -> None:
    from articlediff.segment import SegmentCache

    shared = "Mr. Rubio met Bukele. They spoke for an hour."
    cache = SegmentCache()
    old = segment_article(f"{shared}\n\nOld ending here.", cache=cache)
    new = segment_article(f"A new lede. It is short.\n\n{shared}", cache=cache)
    assert old.paragraphs[0].sentences is new.paragraphs[1].sentences
    assert new.paragraphs[1].sentences == ("Mr. Rubio met Bukele.", "They spoke for an hour.")
    assert set(cache.sentences) == {shared, "Old ending here.", "A new lede. It is short."}
    uncached = segment_article(f"A new lede. It is short.\n\n{shared}")
    assert new.paragraphs == uncached.paragraphs


def test_a_segment_cache_keeps_roles_apart_by_place() -> None:
    """A short capitalised line is a headline first and a subhead later: the cache
    keeps the role of each text for each place it can stand in."""
    from articlediff.segment import SegmentCache

    cache = SegmentCache()
    story = "Talks resume in Geneva\n\nThe talks resumed on Monday, officials said."
    follow_up = "The talks resumed on Monday, officials said.\n\nTalks resume in Geneva\n\nMore talks follow."
    first, later = segment_article(story, cache=cache), segment_article(follow_up, cache=cache)
    assert first.paragraphs[0].role is Role.HEADLINE
    assert later.paragraphs[1].role is Role.SUBHEAD
    assert later.paragraphs == segment_article(follow_up).paragraphs
