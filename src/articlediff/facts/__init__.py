"""How much an edit matters: changed numbers, names and dates, and a significance grade.

This module grades one edited block from its word diff; the story's own facts, judged
over the whole of each version, are facts.story's (``story_facts`` reads them).

An edited block is graded

- ``minor``: punctuation, typography or a typo, at most three words touched, no
  number, name, date or quotation changed;
- ``reworded``: more words changed, but no number, name, date or quotation;
- ``substantive``: a number, name, date or the words inside quotation marks changed.

``typographic`` marks an edit that only changes punctuation style, quote marks, dashes
or spacing (straight to curly quotes, a double space).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from ..model import ArticleDiff, Fact, FactType, Significance, Span, SpanOp
from ..text.lazy import LazyPattern
from ..text.marks import DOUBLE_MARKS, DOUBLE_ONLY_OPENERS, DOUBLE_OPEN_OR_CLOSE, DOUBLE_OPENERS
from ..text.pattern_cache import compile_pattern
from ..text.words import normalize, straight_apostrophes, without_control_sequences

# A figure: "80,000", "$500 billion", "3/4 percent", "2-1/4" (two and a quarter), a
# range or score ("2019-20", "3–1"), a time of day ("3:45", "21:00"). Digits joined to
# a word by a hyphen ("COVID-19", "MS-13") are part of a name, found as one (see
# _NAME), not a number of their own.
# Hyphens may be any of ASCII's, U+2010 or the non-breaking U+2011; ranges take dashes too.
_FIGURE = r"\d+(?:[,.]\d+)*(?:(?:[-‐‑]\d+)?/\d+)?"
# The pattern starts with the figure's first character, a currency sign or a digit,
# and looks back from there for a word or a hyphenated word before it: a pattern that
# starts with a look-behind is tried at every position of the text, where one that
# starts with a set of characters skips ahead to the next of them (digits are few).
# After a currency sign a digit must follow.
_NUMBER = compile_pattern(
    r"[$€£\d](?<![\w.][\s\S])(?<![^\W\d_][-‐‑][\s\S])(?:(?<=\d)|\d)\d*(?::\d\d(?!\d))?"
    rf"(?:[,.]\d+)*(?:(?:[-‐‑]\d+)?/\d+)?(?:[-‐‑‒–]{_FIGURE})?"
    r"(?:\s?(?:%|percent|per cent))?(?:\s(?:million|billion|trillion))?(?![\w])"
)
# A reference mark, as encyclopedias and reports number their sources: "[4]", "[12]".
_REFERENCE_MARK = LazyPattern(r"\[\d{1,3}\]")
_DOUBLE_MARK = LazyPattern(f"[{DOUBLE_MARKS}]")
# Hyphens and dashes told apart by typography only: "3‑1/2" (U+2011) is "3-1/2".
_DASHES = str.maketrans("‐‑‒–", "----")
# Number words and date words (lower case) are looked up whole words at a time: a set
# lookup finds the same words as a regular expression of their alternatives, which
# took longer to compile than the rest of this module.
_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion dozen dozens hundreds thousands millions""".split()
)
_DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# A whole word: a run of word characters, as between two ``\b``.
_WORD_RUN = compile_pattern(r"\w+")
# "one" that counts nothing: "no one", "one of", "one another", "from one country to
# another", "one day". Matched against lower-cased text.
_IDIOMATIC_ONE = compile_pattern(
    r"\b(?:no|every|some)\s+one\b"
    r"|\bone\s+(?:of|another|day|time|point|way|side|hand|thing|by)\b"
    r"|\bone\b(?=(?:\s+\w+){0,3}\s+(?:to|or|and|from)\s+another\b)"
)
# A proper name: capitalised words in a row ("Mneesha Gellman", "White House"), or an
# acronym ("LULAC", "MS-13"). Capitalised words that only start a sentence are not names.
# A particle ("de", "van") or an initial ("Robert S. Kaplan") joins the capitalised words
# on either side of it, a particle as a whole word: not the "la" of "Police launched".
# An Arabic article joined by a hyphen ("al-Watan", "el-Sisi") is part of the name.
# Matched against the text with straight apostrophes (see straight_apostrophes).
# Like _NUMBER, it starts with its first character (the "a" or "e" of an article, or a
# capital), the word boundary tested by looking back from there, not a pattern that
# starts with "\b" (tried at every position).
_NAME = compile_pattern(
    r"[aeA-Z](?<!\w[aeA-Z])"
    r"(?:(?<=[ae])l-(?:[A-Z][\w'-]*[a-z][\w'-]*|[A-Z]{2,}[\w-]*)|(?<=[A-Z])(?:[\w'-]*[a-z][\w'-]*|[A-Z]+(?:'[A-Z]{2,})?[\w-]*))"
    r"(?:\s+(?:(?:de|del|la|van|von|bin|al)\s+|[A-Z]\.\s+)?[A-Z][\w'-]+)*"
)
_POSSESSIVE = compile_pattern(r"[’']s?$")
# What a sentence starts after: the mark that ended the one before and white space, or
# an opening quotation mark or bracket.
_SENTENCE_ENDS = ".!?…"
_OPENERS = DOUBLE_OPENERS + "‘("
_STOP_NAMES = frozenset(
    "The A An In On At It Its But And Or He She They We I This That These Those There Here As If When While "
    "After Before However Meanwhile Still Yet So His Her Their Our Mr Mrs Ms Dr".split()
)

MINOR_WORDS = 3


class Grade(NamedTuple):
    significance: Significance
    typographic: bool
    facts: tuple[Fact, ...]


#: Characters of unchanged text kept around each change when looking for facts, so
#: that a number or name only partly touched by an edit is read whole.
CONTEXT_CHARS = 60


def grade_edit(spans: Sequence[Span]) -> Grade:
    """Grade an edited block from its word diff."""
    old_near, new_near = _near_changes(spans)
    typographic = normalize(old_near) == normalize(new_near) or _letters(old_near) == _letters(new_near)
    facts = tuple(changed_facts(old_near, new_near))
    old = "".join(s.text for s in spans if s.op is not SpanOp.INSERT)
    new = "".join(s.text for s in spans if s.op is not SpanOp.DELETE)
    quote_changed = _quoted(old) != _quoted(new)
    touched = sum(len(s.text.split()) for s in spans if s.op is not SpanOp.EQUAL)
    if facts or (quote_changed and not typographic):
        significance = Significance.SUBSTANTIVE
    elif typographic or touched <= MINOR_WORDS:
        significance = Significance.MINOR
    else:
        significance = Significance.REWORDED
    return Grade(significance, typographic, facts)


def _near_changes(spans: Sequence[Span]) -> tuple[str, str]:
    """The old and new text of each change with some unchanged text around it (cut at
    white space), changes joined by a paragraph break: the same context on both
    sides, so that only what the edit touched differs."""
    old_parts: list[str] = []
    new_parts: list[str] = []
    for k, span in enumerate(spans):
        if span.op is SpanOp.EQUAL:
            text = span.text
            after_change = k > 0
            before_change = k + 1 < len(spans)
            if after_change and before_change and len(text) <= 2 * CONTEXT_CHARS:
                piece = text
            else:
                head = _cut(text[:CONTEXT_CHARS], end=True) if after_change else ""
                tail = _cut(text[-CONTEXT_CHARS:], end=False) if before_change else ""
                piece = head + "\n\n" + tail if head or tail else ""
            old_parts.append(piece)
            new_parts.append(piece)
        elif span.op is SpanOp.DELETE:
            old_parts.append(span.text)
        else:
            new_parts.append(span.text)
    return "".join(old_parts), "".join(new_parts)


def _cut(text: str, *, end: bool) -> str:
    """Trim a context window to whole words."""
    if end:
        cut = text.rfind(" ")
        return text[:cut] if cut > 0 and len(text) == CONTEXT_CHARS else text
    cut = text.find(" ")
    return text[cut + 1:] if cut >= 0 and len(text) == CONTEXT_CHARS else text


def changed_facts(old: str, new: str) -> list[Fact]:
    """Numbers, names and dates found on one side and not the other: numbers and
    dates paired in order of appearance ({"number", "80,000", "85,000"}), names as
    _pair_names tells; unpaired ones have None. Each change is listed once, however
    often the same number or name comes and goes; one left unpaired that the other
    side still holds (a mention more or fewer, "the eight" again) is none."""
    old, new = without_control_sequences(old), without_control_sequences(new)
    old_names, new_names = _name_candidates(old), _name_candidates(new)
    # A capitalised word that starts a sentence is a name if it is one elsewhere.
    known = {name for name, first in old_names + new_names if not first}

    def names(candidates: list[tuple[str, bool]]) -> list[str]:
        return [n for n, first in candidates if not first or n in known or n.isupper()]

    facts: list[Fact] = []
    for kind, before, after in (
        (FactType.NUMBER, _numbers(old), _numbers(new)),
        (FactType.DATE, _dates(old), _dates(new)),
        (FactType.NAME, names(old_names), names(new_names)),
    ):
        gone, came = _beyond(before, after), _beyond(after, before)
        pairs = _pair_names(gone, came, old, new) if kind is FactType.NAME else _pair_in_order(gone, came)
        # Left alone, one mention more or fewer of what both sides hold is no change.
        kept = {item.translate(_DASHES) for item in before} & {item.translate(_DASHES) for item in after}
        for a, b in pairs:
            alone = b if a is None else a if b is None else None
            if alone is None or alone.translate(_DASHES) not in kept:
                facts.append(Fact(kind, a, b))
    return list(dict.fromkeys(facts))


def _pair_in_order(gone: list[str], came: list[str]) -> list[tuple[str | None, str | None]]:
    """The k-th number gone with the k-th come: "80,000 → 85,000"."""
    return [(gone[k] if k < len(gone) else None, came[k] if k < len(came) else None)
            for k in range(max(len(gone), len(came)))]


def _pair_names(gone: list[str], came: list[str], old: str, new: str) -> list[tuple[str | None, str | None]]:
    """A name gone with a name come that shares a word with it ("Committee → Federal
    Open Market Committee"), or, when one of each is left and they stand after the same
    word, with each other ("the White House's" → "the Trump administration's"); the
    others gone or come alone. Names are not paired in order of appearance: a sentence
    turned round would pair names that have nothing in common."""
    left = list(came)
    pairs: list[tuple[str | None, str | None]] = []
    for name in gone:
        words = set(name.split())
        partner = next((c for c in left if words & set(c.split())), None)
        if partner is not None:
            left.remove(partner)
        pairs.append((name, partner))
    alone = [k for k, (_, partner) in enumerate(pairs) if partner is None]
    if len(alone) == 1 and len(left) == 1:
        lone = gone[alone[0]]
        if _after_the_same_word(old, lone, new, left[0]):
            pairs[alone[0]] = (lone, left.pop())
    return pairs + [(None, name) for name in left]


def _after_the_same_word(old: str, gone: str, new: str, came: str) -> bool:
    """Do the first mentions of ``gone`` in ``old`` and ``came`` in ``new`` follow the
    same word (or both start their text)?"""
    at_old, at_new = old.find(gone), new.find(came)
    if at_old < 0 or at_new < 0:  # a name's words were joined across a line break
        return False
    before_old, before_new = old[:at_old].split()[-1:], new[:at_new].split()[-1:]
    return [w.casefold() for w in before_old] == [w.casefold() for w in before_new]


def _beyond(items: list[str], others: list[str]) -> list[str]:
    """The items of ``items`` not matched one for one by ``others``, in order; an item
    matches one that differs only in its kind of hyphen or dash."""
    if not items:
        return []
    spare = Counter(other.translate(_DASHES) for other in others)
    out = []
    for item in items:
        key = item.translate(_DASHES)
        if spare[key] > 0:
            spare[key] -= 1
        else:
            out.append(item)
    return out


# Numbers, number words and dates are found in lower-cased text: much faster than
# case-insensitive matching.


def _numbers(text: str) -> list[str]:
    """Figures ("$500 billion", "3/4 percent"), then number words ("dozens"); a word that
    is part of a figure ("billion" of "$500 billion") is not counted again alone, nor an
    idiomatic "one" ("one of", "no one")."""
    lower = text.lower()
    if "[" in lower:  # a reference mark ("[4]") is not a number of the story
        lower = _REFERENCE_MARK.sub(" ", lower)
    figures = [m.group().strip() for m in _NUMBER.finditer(lower)]
    figures = [f for f in figures if not _TIME.fullmatch(f)]  # a time of day is a date
    words = _NUMBER.sub(" ", lower) if figures else lower
    if "one" in words:
        words = _IDIOMATIC_ONE.sub(" ", words)
    return figures + [word for word in _WORD_RUN.findall(words) if word in _NUMBER_WORDS]


def _dates(text: str) -> list[str]:
    """Date words ("Monday", "March") and times of day ("3:45")."""
    times = _TIMES.findall(text) if ":" in text else []
    return [word.capitalize() for word in _WORD_RUN.findall(text.lower()) if word in _DATE_WORDS] + times


# A time of day, a date fact, not a number: "3:45", "21:00".
_TIME = LazyPattern(r"\d{1,2}:\d\d")
_TIMES = LazyPattern(r"(?<![\w.:])\d{1,2}:\d\d(?![\d:])")


def _name_candidates(text: str) -> list[tuple[str, bool]]:
    """Capitalised runs, each with whether it is a single word starting a sentence."""
    names = []
    for match in _NAME.finditer(straight_apostrophes(text)):
        start, words = match.start(), text[match.start():match.end()].split()
        # "The US" → "US", "Nine Americans" → "Americans"
        while words and (words[0] in _STOP_NAMES or words[0].lower() in _NUMBER_WORDS):
            start += len(words.pop(0)) + 1
        name = _POSSESSIVE.sub("", " ".join(words))
        if not name or name.lower() in _DATE_WORDS or name.lower() in _NUMBER_WORDS:
            continue
        names.append((name, " " not in name and _starts_sentence(text, start)))
    return names


def _starts_sentence(text: str, start: int) -> bool:
    """Does a sentence start at ``start``: at the start of the text, after the mark
    that ends a sentence and white space, or after an opening mark? Only the eight
    characters before it are looked at."""
    before = text[max(0, start - 8):start]
    last = before.rstrip()[-1:]
    if last == "":
        return start < 8  # nothing but white space since the start of the text
    return last in _OPENERS or (last in _SENTENCE_ENDS and before[-1].isspace())


_NOT_ALNUM = compile_pattern(r"[\W_]+")


def _letters(text: str) -> str:
    """Letters and digits only, case folded: what is left when punctuation and
    typography are ignored."""
    return _NOT_ALNUM.sub("", text).casefold()


def _quoted(text: str) -> list[str]:
    """The text inside double quotation marks, in order, case and spacing folded."""
    if not any(mark in text for mark in DOUBLE_MARKS):
        return []
    quoted: list[str] = []
    inside = False
    start = 0
    # The marks found by a search, not by a look at every character: several times
    # faster on a long paragraph. (The pattern is compiled on first use.)
    for match in _DOUBLE_MARK.finditer(text):
        pos, ch = match.start(), match.group()
        if inside:
            quoted.append(_letters(text[start:pos]))
        if ch in DOUBLE_OPEN_OR_CLOSE:
            inside = not inside  # “ opens, or closes a „German“ quotation
        else:
            inside = ch in DOUBLE_ONLY_OPENERS
        start = pos + 1
    return quoted


def story_facts(diff: ArticleDiff) -> list[Fact]:
    """The numbers, names and dates the story changed, for its summary and its checks:
    judged over the whole of each version (see facts.story), most significant first,
    each with its evidence. The diff carries them (``ArticleDiff.facts``); a diff made
    without them has them computed here."""
    if diff.facts or not diff.changed:
        return list(diff.facts)
    from .story import story_changes

    return list(story_changes(diff.old, diff.new))
