"""Quote diff stage: the quotations of two versions → what happened to each.

Quotations are matched by their words, not their place: first those whose words are
the same (typography, case and punctuation aside), then the rest by shared words,
found through an index of words so that big articles stay near linear.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Sequence

from ..model import Quote, QuoteChange, QuoteChangeKind, QuoteDetail, Span, SpanOp
from ..text.words import WORD, content_words, plain_typography
from ..worddiff import diff_words

SamePerson = Callable[[str | None, str | None], bool]

#: Two quotations whose words overlap at least this much (Dice coefficient) are one
#: quotation edited.
MIN_SIMILARITY = 0.6
#: ... or when one holds this share of the other's words (a trimmed quote), with at
#: least MIN_SHARED words in common.
MIN_CONTAINMENT = 0.8
MIN_SHARED = 3
# A word found in more quotations than this says little about which is which; skipping
# it keeps candidate search linear when many quotations share a word.
_MAX_POSTINGS = 50
_CANDIDATES_PER_QUOTE = 8


def same_person(a: str | None, b: str | None) -> bool:
    """Do two speaker names name the same one? By name parts: "Gellman" is "Mneesha
    Gellman"; articles, case, accents and possessives do not count ("Ana Lopez" is "Ana
    López", respelt). None is only None."""
    if a is None or b is None:
        return a is b
    parts_a, parts_b = _name_parts(a), _name_parts(b)
    if parts_a == parts_b:
        return True
    if not parts_a or not parts_b:
        return False
    short, long = sorted((parts_a, parts_b), key=len)
    return short[-1] == long[-1] and set(short) <= set(long)


@functools.lru_cache(maxsize=1 << 12)  # speakers recur: each name is split once
def _name_parts(name: str) -> tuple[str, ...]:
    parts = [w.removesuffix("'s") for w in WORD.findall(_without_accents(plain_typography(name).casefold()))]
    return tuple(p for p in parts if p not in ("the", "a", "an"))


def _without_accents(text: str) -> str:
    """The letters without their accents: "lópez" → "lopez"."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _respelt(a: str | None, b: str | None) -> bool:
    """Is one speaker's name spelt anew, the same name parts in other letters ("Ana
    Lopez" → "Ana López", a correction readers are owed)? A change of typography alone
    (a curly apostrophe) is no respelling."""
    return (
        a is not None and b is not None and a != b
        and plain_typography(a) != plain_typography(b) and _name_parts(a) == _name_parts(b)
    )


def _same_cue(a: str | None, b: str | None) -> bool:
    if a == b:  # most matched quotations keep their cue as it was
        return True
    return " ".join((a or "").casefold().split()) == " ".join((b or "").casefold().split())


def quote_key(text: str) -> str:
    """The words of a quotation, case-folded, typography and punctuation dropped: two
    quotations with the same key are the same words."""
    return " ".join(WORD.findall(plain_typography(text).casefold()))


def diff_quotes(old: Sequence[Quote], new: Sequence[Quote], *,
                same_person: SamePerson = same_person) -> list[QuoteChange]:
    """Match the quotations of two versions and say what happened to each.

    Args:
        old: the earlier version's quotations, as extract_quotes gives them.
        new: the later version's.
        same_person: whether two speaker names are one speaker.

    Returns:
        One change per quotation, in the newer version's reading order; a removed
        quotation comes after the one that preceded it in the older version.
    """
    old_keys = [quote_key(q.text) for q in old]
    # Most quotations stand in both versions: a new one with an old one's text takes its key.
    known = dict(zip([q.text for q in old], old_keys))
    new_keys = [known.get(q.text) or quote_key(q.text) for q in new]
    pairs = _match_exact(old_keys, new_keys)
    pairs.update(_match_similar(old, new, old_keys, new_keys, pairs))
    by_new = {j: i for i, j in pairs.items()}
    changes: dict[tuple[str, int], QuoteChange] = {}
    for j, quote in enumerate(new):
        i = by_new.get(j)
        if i is None:
            changes[("new", j)] = QuoteChange(change=QuoteChangeKind.ADDED, kind=quote.kind, old=None, new=quote)
        else:
            changes[("new", j)] = _describe(old[i], quote, old_keys[i] == new_keys[j], same_person)
    for i, quote in enumerate(old):
        if i not in pairs:
            changes[("old", i)] = QuoteChange(change=QuoteChangeKind.REMOVED, kind=quote.kind, old=quote, new=None)
    return _reading_order(changes, pairs, len(old), len(new))


def _match_exact(old_keys: Sequence[str], new_keys: Sequence[str]) -> dict[int, int]:
    """Old index → new index for quotations with the same words (keys), in order."""
    waiting: dict[str, deque[int]] = defaultdict(deque)
    for j, key in enumerate(new_keys):
        waiting[key].append(j)
    pairs = {}
    for i, key in enumerate(old_keys):
        queue = waiting.get(key)
        if queue:
            pairs[i] = queue.popleft()
    return pairs


def _index_words(text: str, key: str) -> list[str]:
    return content_words(text) or key.split()


def _match_similar(old: Sequence[Quote], new: Sequence[Quote], old_keys: Sequence[str], new_keys: Sequence[str],
                   taken: dict[int, int]) -> dict[int, int]:
    """Pair the rest by shared words: candidates from an inverted index, best first."""
    used_new = set(taken.values())
    postings: dict[str, list[int]] = defaultdict(list)
    for j, quote in enumerate(new):
        if j not in used_new:
            for word in set(_index_words(quote.text, new_keys[j])):
                postings[word].append(j)
    new_words = {j: Counter(new_keys[j].split()) for j in range(len(new)) if j not in used_new}
    scored: list[tuple[float, int, int]] = []
    for i, quote in enumerate(old):
        if i in taken:
            continue
        hits: Counter[int] = Counter()
        for word in set(_index_words(quote.text, old_keys[i])):
            found = postings.get(word, ())
            if len(found) <= _MAX_POSTINGS:
                hits.update(found)
        old_words = Counter(old_keys[i].split())
        # The most shared words first; ties go to the earlier quotation, so the choice
        # never depends on the order in which a set gave up its words.
        for j, _ in sorted(hits.items(), key=lambda hit: (-hit[1], hit[0]))[:_CANDIDATES_PER_QUOTE]:
            score = _similarity(old_words, new_words[j])
            if score is not None:
                scored.append((score, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    pairs: dict[int, int] = {}
    for _, i, j in scored:
        if i not in pairs and j not in used_new:
            pairs[i] = j
            used_new.add(j)
    return pairs


def _similarity(a: Counter[str], b: Counter[str]) -> float | None:
    """How alike two word bags are, or None if too unlike to be one quotation."""
    shared = sum((a & b).values())
    total_a, total_b = sum(a.values()), sum(b.values())
    if not shared:
        return None
    dice = 2 * shared / (total_a + total_b)
    containment = shared / min(total_a, total_b)
    if dice >= MIN_SIMILARITY or (containment >= MIN_CONTAINMENT and shared >= MIN_SHARED):
        return max(dice, containment * 0.9)
    return None


def _worded_alike(a: str | None, b: str | None) -> bool:
    """Do two versions word a quotation's speaker alike ("he" and "he", "Rubio" and
    "Rubio"), case, typography and spacing aside? Not when either wording is unknown."""
    return a is not None and b is not None and quote_key(a) == quote_key(b)


def _wording(quote: Quote) -> str | None:
    """The speaker as the text words it; the speaker's name for a record that does not
    say (built by hand)."""
    return quote.attribution if quote.attribution is not None else quote.speaker


# Words that may join the capitalised words of a name ("Bank of England", "bin Laden").
_NAME_JOINERS = frozenset("of for and de del la le van von der bin al the & y".split())


def _is_proper_name(worded: str | None) -> bool:
    """Does the attribution name someone by a proper name ("Marco Rubio", "the State
    Department"), rather than by a pronoun or a role ("he", "the US president", "a
    spokesman for the ministry")? Only a name put for another name is a re-attribution."""
    if not worded:
        return False
    words = [w.strip("()[],.'’\"“”") for w in worded.split()]
    words = [w for w in words if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in words)


def _speaks_for(person: Quote, body: Quote, same: SamePerson) -> bool:
    """Is ``person`` the one who speaks for ``body`` (its spokesman, its chief, as the
    description says: "State Department spokesman Ned Price"), or the one who relays
    its words (``reported_by``)?"""
    if body.speaker is None:
        return False
    if person.reported_by is not None and same(person.reported_by, body.speaker):
        return True
    description = person.speaker_description
    if not description:
        return False
    name = quote_key(body.speaker).removeprefix("the ")
    return bool(name) and f" {name} " in f" {quote_key(description)} "


def _one_speaker(old: Quote, new: Quote, same: SamePerson) -> bool:
    """May two versions' speakers be one, as the text words them? The same words ("he"
    and "he", read in other contexts), the same person, or one named more precisely
    than the other: a pronoun or a role for a name ("the US president", "a spokesman
    for the office"), a body for the one who speaks for it or relays its words."""
    return (
        _worded_alike(old.attribution, new.attribution) or same(old.speaker, new.speaker)
        or not (_is_proper_name(_wording(old)) and _is_proper_name(_wording(new)))
        or _speaks_for(old, new, same) or _speaks_for(new, old, same)
    )


def _describe(old: Quote, new: Quote, same_words: bool, same: SamePerson) -> QuoteChange:
    """What happened to a quotation matched across versions; ``same_words``: their
    keys are equal.

    The attribution changed when both versions attribute the words (a cue was read in
    each) and the cue differs, or the speakers cannot be one (see _one_speaker); or
    when the speaker's name is respelt. A version where no attribution was read claims
    nothing: the words may stand where they stood, the reader failing on one version.
    The words are re-attributed (``speaker_changed``; ``reattributed`` when the words
    are the same) only when both versions name a speaker by a proper name, worded
    otherwise, who cannot be one; other words only when their attribution changed too."""
    both_read = old.cue is not None and new.cue is not None
    one_speaker = _one_speaker(old, new, same)
    attribution_changed = (
        both_read and (not _same_cue(old.cue, new.cue) or not one_speaker)
    ) or _respelt(old.speaker, new.speaker)
    if same_words:
        change = QuoteChangeKind.UNCHANGED if one_speaker else QuoteChangeKind.REATTRIBUTED
        return QuoteChange(change=change, kind=new.kind, old=old, new=new, attribution_changed=attribution_changed,
                           speaker_changed=not one_speaker)
    spans = tuple(diff_words(shown_text(old), shown_text(new)))
    return QuoteChange(change=QuoteChangeKind.CHANGED, kind=new.kind, old=old, new=new, spans=spans,
                       detail=_detail(spans), attribution_changed=attribution_changed,
                       speaker_changed=attribution_changed and not one_speaker)


def shown_text(quote: Quote) -> str:
    """A quotation as it is shown: its parts joined by " … " (a quotation split around
    its attribution is one quotation, its break shown), or its text."""
    return " … ".join(quote.parts) if len(quote.parts) > 1 else quote.text


def _detail(spans: Sequence[Span]) -> QuoteDetail:
    """Trimmed, extended or reworded, counting words only (a full stop put in for a
    comma is not an extension)."""
    deleted = any(s.op is SpanOp.DELETE and WORD.search(s.text) for s in spans)
    inserted = any(s.op is SpanOp.INSERT and WORD.search(s.text) for s in spans)
    if deleted and not inserted:
        return QuoteDetail.TRIMMED
    if inserted and not deleted:
        return QuoteDetail.EXTENDED
    return QuoteDetail.REWORDED


def _reading_order(changes: dict[tuple[str, int], QuoteChange], pairs: dict[int, int],
                   old_count: int, new_count: int) -> list[QuoteChange]:
    """New quotations in order; each removed one after the change of the old quotation
    that preceded it (or first, if none did)."""
    after: dict[int, list[QuoteChange]] = defaultdict(list)  # new index (-1: start) → removed
    anchor = -1
    for i in range(old_count):
        if i in pairs:
            anchor = pairs[i]
        else:
            after[anchor].append(changes[("old", i)])
    out = list(after[-1])
    for j in range(new_count):
        out.append(changes[("new", j)])
        out.extend(after[j])
    return out
