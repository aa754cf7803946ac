"""Sections and passages: which sections a comparison finds added, removed, reworded
or moved, and which runs of paragraphs it names as passages (sections.find_structure)."""

from __future__ import annotations

from articlediff import (
    ArticleDiff,
    BlockKind,
    Quote,
    Row,
    SectionChangeKind,
    compare,
    find_structure,
    load_article,
)
from articlediff.sections import MIN_PASSAGE, section_ranges, speaker_label

from .conftest import CNN

BODY = [
    f"Paragraph {word} of the story tells the reader something about the {word} matter at hand."
    for word in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
]
NEW = [f"A new paragraph, the {word}, says what the earlier version did not say at all." for word in
       ("first", "second", "third", "fourth", "fifth")]
HEADLINE = "The city council voted on the budget"


def story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def cnn() -> ArticleDiff:
    return compare(load_article(CNN / "v1.txt"), load_article(CNN / "v2.txt"))


def test_the_cnn_update_adds_two_sections_and_a_passage_of_reactions() -> None:
    found = find_structure(cnn())
    assert [(c.kind, c.subhead, c.new) for c in found.sections] == [
        (SectionChangeKind.ADDED, "El Salvador’s mega-prisons", tuple(range(15, 23))),
        (SectionChangeKind.ADDED, "Trump’s immigration crackdown", tuple(range(23, 30))),
    ]
    prisons, crackdown = found.sections
    # Two old paragraphs went under the new subhead, with five new ones: still a new section.
    assert prisons.kept == ((12, 16), (13, 17))
    assert (prisons.quotations, crackdown.quotations) == (3, 0)  # the quoted term "harsh" is no quotation
    assert prisons.speakers == ("an executive order", "Mauricio Claver-Carone")
    # The reactions added after ¶8: the advocacy group's statement and LULAC's president.
    (passage,) = found.passages
    assert (passage.kind, passage.paragraphs, passage.after, passage.section) == (BlockKind.ADDED, (9, 10, 11), 8, None)
    assert passage.speakers == ("A prominent Latino advocacy group", "Roman Palomares (LULAC)")
    assert passage.quotations == 3


def test_a_single_added_paragraph_is_no_passage() -> None:
    # The FMLN reaction (¶14) is one added paragraph between edited ones: its row says it.
    assert all(14 not in p.paragraphs for p in find_structure(cnn()).passages)
    old = story(HEADLINE, *BODY[:4])
    one = story(HEADLINE, BODY[0], BODY[1], NEW[0], BODY[2], BODY[3])
    two = story(HEADLINE, BODY[0], BODY[1], NEW[0], NEW[1], BODY[2], BODY[3])
    assert find_structure(compare(old, one)).passages == ()
    (passage,) = find_structure(compare(old, two)).passages
    assert len(passage.paragraphs) == MIN_PASSAGE == 2
    assert (passage.paragraphs, passage.after) == ((3, 4), 2)


def test_a_removed_section_and_a_removed_passage() -> None:
    old = story(HEADLINE, BODY[0], BODY[1], BODY[2], BODY[3], "The vote", BODY[4], BODY[5], BODY[6],
                "The reaction", BODY[7], BODY[8])
    new = story(HEADLINE, BODY[0], BODY[3], "The reaction", BODY[7], BODY[8])
    found = find_structure(compare(old, new))
    assert [(c.kind, c.subhead, c.old, c.new) for c in found.sections] == [
        (SectionChangeKind.REMOVED, "The vote", (5, 6, 7, 8), ()),
    ]
    assert [(p.kind, p.paragraphs, p.after) for p in found.passages] == [(BlockKind.REMOVED, (2, 3), 1)]


def test_a_new_subhead_over_old_paragraphs_is_no_new_section() -> None:
    old = story(HEADLINE, BODY[0], BODY[1], BODY[2], BODY[3])
    new = story(HEADLINE, BODY[0], "The background", BODY[1], BODY[2], NEW[0])
    assert find_structure(compare(old, new)).sections == ()
    # Nor is a subhead dropped from above paragraphs that stay a removed section.
    assert find_structure(compare(new, old)).sections == ()


def test_a_section_added_with_nearly_all_its_paragraphs_new() -> None:
    old = story(HEADLINE, BODY[0], BODY[1], BODY[2])
    # Two of three new, one old paragraph brought under the subhead: added.
    two_new = story(HEADLINE, BODY[0], BODY[1], "What comes next", NEW[0], BODY[2], NEW[1])
    (change,) = find_structure(compare(old, two_new)).sections
    assert (change.kind, change.new, change.kept) == (SectionChangeKind.ADDED, (3, 4, 5, 6), ((3, 5),))
    # One of three new: a subhead added over old text, and one paragraph.
    one_new = story(HEADLINE, BODY[0], "What comes next", BODY[1], NEW[0], BODY[2])
    assert find_structure(compare(old, one_new)).sections == ()


def test_a_reworded_subhead() -> None:
    old = story(HEADLINE, BODY[0], "The vote", BODY[1], BODY[2], BODY[3], "The reaction", BODY[4], BODY[5])
    # Short, the rewritten subhead is not paired with the old one: the section, being
    # the same paragraphs, tells it was reworded.
    new = story(HEADLINE, BODY[0], "How the council voted", BODY[1], BODY[2], BODY[3], "The reaction", BODY[4], BODY[5])
    (change,) = find_structure(compare(old, new)).sections
    assert (change.kind, change.old_subhead, change.new_subhead) == (
        SectionChangeKind.REWORDED, "The vote", "How the council voted")
    assert (change.old, change.new) == ((2, 3, 4, 5), (2, 3, 4, 5))
    # A longer one the aligner pairs as an edited row.
    long_old = "How the council members voted on the budget"
    long_new = "How the council members voted on the city budget"
    edited = compare(old.replace("The vote", long_old), new.replace("How the council voted", long_new))
    assert any(b.kind is BlockKind.EDITED for b in edited.rows)
    (change,) = find_structure(edited).sections
    assert (change.kind, change.old_subhead, change.new_subhead) == (SectionChangeKind.REWORDED, long_old, long_new)


def test_a_section_moved_as_a_whole() -> None:
    old = story(HEADLINE, BODY[0], BODY[1], "The vote", BODY[2], BODY[3], BODY[4], "The reaction", BODY[5],
                BODY[6], BODY[7])
    new = story(HEADLINE, BODY[0], BODY[1], "The reaction", BODY[5], BODY[6], BODY[7], "The vote", BODY[2],
                BODY[3], BODY[4])
    (change,) = find_structure(compare(old, new)).sections
    assert change.kind is SectionChangeKind.MOVED
    assert (change.subhead, change.old, change.new) == ("The vote", (3, 4, 5, 6), (7, 8, 9, 10))
    # Moved under a new subhead: reworded, and moved.
    renamed = compare(old, new.replace("The vote", "How they voted"))
    assert [(c.kind, c.old_subhead, c.new_subhead, c.old, c.new) for c in find_structure(renamed).sections] == [
        (SectionChangeKind.REWORDED, "The vote", "How they voted", (3, 4, 5, 6), (7, 8, 9, 10)),
        (SectionChangeKind.MOVED, "The vote", "How they voted", (3, 4, 5, 6), (7, 8, 9, 10)),
    ]


def test_a_passage_stays_inside_its_section() -> None:
    old = story(HEADLINE, BODY[0], "The vote", BODY[1], "The reaction", BODY[2])
    new = story(HEADLINE, BODY[0], NEW[0], NEW[1], "The vote", BODY[1], NEW[2], NEW[3], "The reaction", BODY[2])
    found = find_structure(compare(old, new))
    assert found.sections == ()
    assert [(p.paragraphs, p.section) for p in found.passages] == [((2, 3), None), ((6, 7), 4)]


def test_one_row_per_paragraph_gives_the_same_structure() -> None:
    """Whether a block holds several new paragraphs (a group) or one (a row), the
    structure is read off each block's kind, old and new paragraphs."""
    diff = cnn()
    # The result's list of blocks is being renamed rows (one per paragraph): either name.
    field = "rows" if "rows" in diff._fields else "blocks"
    rows: list[Row] = []
    for block in diff.rows:
        if len(block.new) <= 1:
            rows.append(block)
            continue
        rows += [block._replace(new=(j,), old=block.old if n == 0 else ()) for n, j in enumerate(block.new)]
    assert find_structure(diff._replace(**{field: tuple(rows)})) == find_structure(diff)
    added = tuple(Row(kind=BlockKind.ADDED, old=(), new=(j,)) for j in range(len(diff.new.paragraphs)))
    grouped = diff._replace(**{field: (Row(kind=BlockKind.ADDED, old=(), new=tuple(range(len(diff.new.paragraphs)))),)})
    assert find_structure(grouped) == find_structure(diff._replace(**{field: added}))


def test_sections_end_at_the_next_subhead_or_the_story_text() -> None:
    article = load_article(CNN / "v2.txt")
    assert section_ranges(article) == [tuple(range(15, 23)), tuple(range(23, 30))]
    with_credit = compare("", story(HEADLINE, BODY[0], "The vote", BODY[1], "This is a developing story.")).new
    assert section_ranges(with_credit) == [(2, 3)]


def test_a_speaker_is_named_with_the_short_name_the_story_gives() -> None:
    quote = Quote(text="x", parts=("x",), paragraph=0, paragraphs=(0,), speaker="Roman Palomares",
                  speaker_description="National President of the League of United Latin American Citizens (LULAC)")
    assert speaker_label(quote) == "Roman Palomares (LULAC)"
    assert speaker_label(quote._replace(speaker_description="a professor (retired)")) == "Roman Palomares"
    assert speaker_label(quote._replace(speaker="US Central Command (Centcom)",
                                        speaker_description="the command (CENTCOM)")) == \
        "US Central Command (Centcom)"
    assert speaker_label(quote._replace(speaker=None)) is None


def test_a_section_deleted_from_the_cnn_story_is_named_removed() -> None:
    case = CNN.parent / "sections-removed"
    found = find_structure(compare(load_article(case / "v1.txt"), load_article(case / "v2.txt")))
    (change,) = found.sections
    assert (change.kind, change.subhead, change.old, change.new) == (
        SectionChangeKind.REMOVED, "El Salvador’s mega-prisons", tuple(range(15, 23)), ())
    assert (change.old_subhead, change.new_subhead, change.kept) == ("El Salvador’s mega-prisons", None, ())
    assert (change.quotations, change.speakers) == (3, ("an executive order", "Mauricio Claver-Carone"))
    assert found.passages == ()
