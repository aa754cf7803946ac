"""The texts and helpers the alignment tests share: a story of ten paragraphs, the
hard cases made of it, and what a diff paired, moved, added and removed."""

from __future__ import annotations

from articlediff import ArticleDiff, BlockKind, Row, compare

# --- helpers --------------------------------------------------------------------------


def diff_of(old: list[str], new: list[str]) -> ArticleDiff:
    return compare("\n\n".join(old), "\n\n".join(new))


def pairs(diff: ArticleDiff) -> set[tuple[int, int]]:
    return {link for b in diff.rows for link in b.links}


def moved(diff: ArticleDiff) -> set[tuple[int, int]]:
    return {p for b in diff.rows for p in b.moved_pairs}


def added(diff: ArticleDiff) -> set[int]:
    return {j for b in diff.rows if b.kind is BlockKind.ADDED for j in b.new}


def removed(diff: ArticleDiff) -> set[int]:
    return {i for b in diff.rows if b.kind is BlockKind.REMOVED for i in b.old}


def block_with_old(diff: ArticleDiff, i: int) -> Row:
    """The first row holding text of old paragraph ``i``."""
    return next(b for b in diff.rows if i in b.old)


def rows_with_old(diff: ArticleDiff, i: int) -> list[Row]:
    """Every row holding text of old paragraph ``i``, in reading order."""
    return [b for b in diff.rows if i in b.old]


# --- texts ------------------------------------------------------------------------------

STORY = [
    (
        "Heavy rain flooded large parts of the coastal city of Valdora on Sunday, forcing "
        "thousands of residents to leave their homes."
    ),
    (
        "The river burst its banks shortly after midnight, and water reached the first floor "
        "of buildings in the old harbour district."
    ),
    (
        "Emergency crews used boats to rescue families trapped on rooftops near the central "
        "railway station."
    ),
    (
        "The mayor, Ilse Marten, declared a state of emergency and asked schools to stay closed "
        "until Wednesday."
    ),
    (
        "Forecasters expect another 80 millimetres of rain before the storm moves east on Tuesday "
        "evening."
    ),
    (
        "Insurers estimated early damage at more than 40 million euros, mostly to shops and "
        "parked cars."
    ),
    "Residents complained that flood barriers promised after the 2019 floods were never built.",
    (
        "A spokesman for the regional water authority said the barriers would be finished next "
        "spring."
    ),
    (
        "Volunteers handed out sandbags, blankets and hot soup at a sports hall in the northern "
        "suburbs."
    ),
    "The national weather service has issued a red warning for three neighbouring provinces.",
]


def story(*indices: int) -> list[str]:
    return [STORY[k] for k in indices]


# --- cases --------------------------------------------------------------------------------

REPEATED_OLD = [
    STORY[0], "Advertisement", STORY[1], "Related: Storm season in pictures", STORY[2],
    "Advertisement", STORY[3], "Related: Storm season in pictures", STORY[4], "Advertisement", STORY[5],
]
# The first "Advertisement" is gone and the rest of the story is unchanged.
REPEATED_NEW = [
    STORY[0], STORY[1], "Related: Storm season in pictures", STORY[2],
    "Advertisement", STORY[3], "Related: Storm season in pictures", STORY[4], "Advertisement", STORY[5],
]

NEAR_DUPLICATES_OLD = [
    STORY[0],
    "The death toll rose to 12 on Monday, the regional health ministry said in a statement.",
    "The death toll rose to 15 on Tuesday, the regional health ministry said in a statement.",
    STORY[3],
]
# Both updated, and now in the other order.
NEAR_DUPLICATES_NEW = [
    STORY[0],
    "The death toll rose to 17 on Tuesday, the regional health ministry said in a statement.",
    "The death toll rose to 13 on Monday, the regional health ministry said in a statement.",
    STORY[3],
]

MOVED_EDITED_OLD = story(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
MOVED_EDITED_NEW = [
    *story(1, 2, 3, 4, 5, 6, 7, 8),
    # STORY[0], rewritten in places and moved near the end.
    (
        "Heavy rain flooded large parts of the coastal city of Valdora on Sunday and Monday, "
        "forcing more than 5,000 residents to leave their homes."
    ),
    STORY[9],
]

SWAPPED_OLD = story(0, 1, 2, 3, 4, 5)
SWAPPED_NEW = story(0, 1, 3, 2, 4, 5)

MOSTLY_NEW_OLD = [
    STORY[0],
    (
        "The government said on Monday that it would raise the tax on diesel by four cents a "
        "litre from January, to pay for new railway lines."
    ),
    (
        "Opposition parties said the government had broken its promise not to raise taxes "
        "before the election, and called for a vote in parliament."
    ),
    (
        "Officials said the ministry of finance expected the measure to bring in about two "
        "billion euros a year."
    ),
    "The government said farmers and hauliers would be exempt for the first twelve months.",
]
MOSTLY_NEW_NEW = [
    STORY[0],
    (
        "The government said on Monday that the bridge over the Alder river had been closed after "
        "inspectors found cracks in two of its pillars."
    ),
    (
        "Officials said traffic would be diverted through the town centre and warned drivers to "
        "expect long delays during the morning rush hour."
    ),
    (
        "Opposition parties said the government had ignored repeated warnings from engineers "
        "about the state of the bridge since 2015."
    ),
    (
        "The ministry of transport said a temporary crossing for pedestrians and cyclists would "
        "open within a fortnight."
    ),
    "The government said repairs could take a year and would cost about 30 million euros.",
]

# Short one-sentence paragraphs: the unrelated ones share two content words
# ("government", "Monday"), the rewritten one keeps most of its own.
SHORT_NEW_OLD = [
    STORY[0],
    "The government said on Monday it would raise taxes on fuel.",
    "Police said the suspect was arrested in Berlin.",
    "Two people died in the fire.",
]
SHORT_NEW_NEW = [
    STORY[0],
    "The government said on Monday the old bridge would stay closed.",
    "Police said the suspect was arrested in Hamburg.",
    "Three people died in the fire.",
]

LIST_ITEMS = [
    "Bring drinking water for at least three days.",
    "Keep a torch and spare batteries within reach.",
    "Charge mobile phones and power banks in advance.",
    "Move important documents to an upper floor.",
    "Switch off gas and electricity if water enters the house.",
    "Follow instructions from the emergency services on local radio.",
]

SPLIT_OLD = [
    STORY[0],
    STORY[1] + " " + STORY[2],
    STORY[3],
]
SPLIT_NEW = story(0, 1, 2, 3)

MERGE_OLD = story(0, 1, 2, 3)
MERGE_NEW = [
    STORY[0],
    STORY[1] + " " + STORY[2],
    STORY[3],
]

CASES: dict[str, tuple[list[str], list[str]]] = {
    "repeated boilerplate": (REPEATED_OLD, REPEATED_NEW),
    "near duplicates": (NEAR_DUPLICATES_OLD, NEAR_DUPLICATES_NEW),
    "moved far and edited": (MOVED_EDITED_OLD, MOVED_EDITED_NEW),
    "swapped": (SWAPPED_OLD, SWAPPED_NEW),
    "mostly new": (MOSTLY_NEW_OLD, MOSTLY_NEW_NEW),
    "short paragraphs, one unrelated": (SHORT_NEW_OLD, SHORT_NEW_NEW),
    "empty old": ([], story(0, 1)),
    "empty new": (story(0, 1), []),
    "both empty": ([], []),
    "reversed list": (LIST_ITEMS, LIST_ITEMS[::-1]),
    "one list item moved": (LIST_ITEMS, [*LIST_ITEMS[:2], LIST_ITEMS[5], *LIST_ITEMS[2:5]]),
    "split": (SPLIT_OLD, SPLIT_NEW),
    "merge": (MERGE_OLD, MERGE_NEW),
    "identical": (STORY, STORY),
}
