"""The story's facts: the numbers, dates and names one version states and the other
does not, judged over the whole of each version.

- A number or date is *added* only if the old version never states it, in any
  paragraph, and *removed* only if the new version no longer states it anywhere: one
  that moved to another paragraph, or that an added paragraph repeats, is neither.
  Every paragraph of the story counts (headline, subheads, body; added and removed
  paragraphs too); bylines, datelines and boilerplate are the page's, not the story's.
- A removed number and an added one are one *change* ("critically injured: eight →
  22") only when they state the same thing: the same kind (a count, money in the same
  currency, a percentage), the same thing counted when the text says what, and a
  sentence about the same subject (their content words overlap). Years, days and times
  are dates, so a year is never paired with a count, nor a duration with a date.
- A year put in where the other version gave a relative time in a sentence about the
  same thing ("four years ago" → "in 2022") is the same fact restated: no change.
- Names are entities: every form one story uses for one ("Prime Minister Anutin
  Charnvirakul", "Anutin"; "Federal Open Market Committee", "FOMC") is one. An entity
  enters when the old version has none of its forms, and leaves when the new one has
  none. A titled person the other version calls by the title alone ("the prime
  minister") has not left nor entered. One name that left and one that entered in its
  place (the same title, or after the same word, in sentences about the same thing:
  "said Mayor Tang Xiaoming" → "said Mayor Li Wei") are one change.

The facts come most significant first: changed numbers, numbers added or removed,
names entering or leaving, then dates; each in reading order, with the sentence of
each version that states it (paragraph index, sentence index).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from ..model import Article, Fact, FactType, Role
from ..text.pattern_cache import compile_pattern
from .mentions import Mention, SentenceFacts, read_sentence, title_case

SentenceId = tuple[int, int]


class _Located(NamedTuple):
    mention: Mention
    at: SentenceId
    words: frozenset[str]


class _Name(NamedTuple):
    name: str
    at: SentenceId
    first: bool
    titled: bool = False
    """Read in a headline in title case, where every word is capitalised."""
    words: frozenset[str] = frozenset()
    """The content words of its sentence."""
    lead: str = ""
    """The lower-case word right before it in its sentence ("said"), else "" (see _lead)."""


class _Version(NamedTuple):
    numbers: list[_Located]
    dates: list[_Located]
    names: list[_Named]
    """Per sentence that names anyone: where it is, whether in a title-case headline,
    its content words, and each name with whether it starts the sentence and its lead."""
    text: str = ""
    """The story's text: where a title stands for a person named elsewhere."""


_Named = tuple[SentenceId, bool, frozenset[str], list[tuple[str, bool, str]]]


class _Read(NamedTuple):
    """A sentence's facts, and each of its names with the word before it (see _lead)."""
    facts: SentenceFacts
    names: list[tuple[str, bool, str]]


def _read(article: Article, cache: dict[str, _Read]) -> _Version:
    numbers: list[_Located] = []
    dates: list[_Located] = []
    names: list[_Named] = []
    texts: list[str] = []
    for paragraph in article.paragraphs:
        if not paragraph.role.is_story:
            continue
        texts.append(paragraph.text)
        titled = paragraph.role is Role.HEADLINE and title_case(paragraph.text)
        for k, sentence in enumerate(paragraph.sentences or (paragraph.text,)):
            read = cache.get(sentence)
            if read is None:
                facts = read_sentence(sentence)
                read = cache[sentence] = _Read(
                    facts, [(name, first, _lead(sentence, start)) for name, start, first in facts.names])
            facts, named = read
            if facts.numbers or facts.dates or named:
                at = (paragraph.index, k)
                words = facts.words
                # tuple.__new__, not the NamedTuple's own __new__ (a Python function):
                # a long story states numbers and dates tens of thousands of times.
                if facts.numbers:
                    numbers += [tuple.__new__(_Located, (m, at, words)) for m in facts.numbers]
                if facts.dates:
                    dates += [tuple.__new__(_Located, (m, at, words)) for m in facts.dates]
                if named:
                    names.append((at, titled, words, named))
    return _Version(numbers, dates, names, "\n\n".join(texts))



def story_changes(old: Article, new: Article) -> tuple[Fact, ...]:
    """The facts the story changed, most significant first (see the module's docstring)."""
    cache: dict[str, _Read] = {}  # each distinct sentence of either version is read once
    before, after = _read(old, cache), _read(new, cache)
    gone_numbers, came_numbers = _beyond(before.numbers, after.numbers), _beyond(after.numbers, before.numbers)
    # A value both versions state, counting something they word differently ("1,200
    # houses", "1,200 homes"), is no change: neither gone nor come.
    both = {g.mention.key for g in gone_numbers} & {c.mention.key for c in came_numbers}
    gone_numbers = [g for g in gone_numbers if g.mention.key not in both]
    came_numbers = [c for c in came_numbers if c.mention.key not in both]
    changed, gone_numbers, came_numbers = _pair_numbers(gone_numbers, came_numbers)
    gone_dates = _restated(_beyond(_dated(before.dates), _dated(after.dates)), after.dates)
    came_dates = _restated(_beyond(_dated(after.dates), _dated(before.dates)), before.dates)
    numbers = sorted(
        [Fact(FactType.NUMBER, g.mention.text, None, g.mention.what, old_at=g.at) for g in gone_numbers]
        + [Fact(FactType.NUMBER, None, c.mention.text, c.mention.what, new_at=c.at) for c in came_numbers],
        key=_reading_order,
    )
    dates = sorted(
        [Fact(FactType.DATE, g.mention.text, None, old_at=g.at) for g in gone_dates]
        + [Fact(FactType.DATE, None, c.mention.text, new_at=c.at) for c in came_dates],
        key=_reading_order,
    )
    return tuple(changed) + tuple(numbers) + tuple(_name_changes(before, after)) + tuple(dates)


def _lead(sentence: str, start: int) -> str:
    """The word before ``start`` when it is a lower-case word ("said"); else "" (the
    start of the sentence, or an item before it in a list: "Clarida; Mary C. Daly")."""
    before = sentence[:start].split()
    return before[-1] if before and before[-1].isalpha() and before[-1].islower() else ""


def _reading_order(fact: Fact) -> tuple[int, int, int]:
    """New facts where they stand in the new version, gone ones where they stood."""
    at = fact.new_at or fact.old_at or (0, 0)
    return (at[0], at[1], 0 if fact.new_at else 1)


def _dated(dates: Sequence[_Located]) -> list[_Located]:
    return [d for d in dates if d.mention.kind != "relative"]


def _beyond(mine: Sequence[_Located], theirs: Sequence[_Located]) -> list[_Located]:
    """The first statement of each fact of ``mine`` that ``theirs`` never states. A
    number is stated by the same value counting the same thing: "22 critically
    injured" is not stated by "killed 22 people"; where either side does not say what
    it counts, the value alone decides."""
    stated: dict[str, set[str | None]] = {}
    for located in theirs:
        what = _what_key(located.mention.what)
        for key in located.mention.covers:
            stated.setdefault(key, set()).add(what)
    first: dict[str, _Located] = {}  # one fact a value: the statement that says what it counts
    for located in mine:
        key, what = located.mention.key, _what_key(located.mention.what)
        whats = stated.get(key)
        if whats is not None and (what in _UNSAID or whats & _UNSAID or what in whats):
            continue
        if key not in first or (first[key].mention.what is None and what is not None):
            first[key] = located
    return sorted(first.values(), key=lambda located: (located.at, located.mention.start))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of content words two sentences have in common (Jaccard)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _restated(dates: list[_Located], others: Sequence[_Located]) -> list[_Located]:
    """Leave out a year that restates a relative time of the other version ("four years
    ago" → "in 2022") in a sentence about the same thing."""
    relative = [o for o in others if o.mention.kind == "relative"]
    if not relative:
        return dates
    return [d for d in dates
            if not (d.mention.kind == "year" and any(similarity(d.words, r.words) >= 0.4 for r in relative))]


#: What a count counts when it does not say what happened to them.
_UNSAID: frozenset[str | None] = frozenset((None, "people", "person", "individual"))
#: What a count counts, when it says little of the subject by itself: a pair needs
#: sentences closer in what they say.
_GENERIC_WHAT = frozenset("people persons others years months weeks days hours times percent".split())
#: Content words two sentences must share for a pair whose count is named the same...
SAME_WHAT = 0.1
#: ... or named generically ("people") ...
SAME_GENERIC_WHAT = 0.3
#: ... or not named on one side ...
SAME_SUBJECT = 0.35
#: ... or on neither.
SAME_SENTENCE = 0.5


def _currency(key: str) -> str:
    match = re.match(r"n:([^\d.]*)", key)
    return match.group(1) if match else ""


#: Words of a casualty count that count the same people: "killed", "died", "death
#: toll" all count the dead; "hurt", "wounded" the injured.
_SAME_COUNT = {
    "killed": "dead", "died": "dead", "deaths": "dead", "death": "dead", "death toll": "dead", "toll": "dead",
    "fatalities": "dead", "lives": "dead", "dead": "dead", "bodies": "dead",
    "hurt": "injured", "wounded": "injured", "injuries": "injured", "injured": "injured",
}


@functools.lru_cache(maxsize=4096)
def _what_key(what: str | None) -> str | None:
    """What a count counts, for comparison: casualty words made one ("killed", "death
    toll" → "dead"), plurals made singular."""
    if what is None:
        return None
    what = what.lower().replace(" or ", " and ")  # "dead or missing", "dead and missing"
    what = _SAME_COUNT.get(what, what)
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in what.split())


def _pair_numbers(gone: list[_Located], came: list[_Located]) -> tuple[list[Fact], list[_Located], list[_Located]]:
    """Pair removed and added numbers that state the same thing (see the module's
    docstring); the best-matched pairs first, each number in one pair at most."""
    candidates = []
    for i, g in enumerate(gone):
        for j, c in enumerate(came):
            a, b = g.mention, c.mention
            if a.kind != b.kind or _currency(a.key) != _currency(b.key):
                continue
            score = similarity(g.words, c.words)
            wa, wb = _what_key(a.what), _what_key(b.what)
            # "75 people" says who was counted, not what happened to them.
            wa, wb = (None if wa in _UNSAID else wa), (None if wb in _UNSAID else wb)
            if wa is not None and wb is not None:
                if wa != wb:
                    continue
                need = SAME_GENERIC_WHAT if wa in _GENERIC_WHAT else SAME_WHAT
            elif wa is not None or wb is not None:
                need = SAME_SUBJECT
            else:
                need = SAME_SENTENCE
            if score >= need:
                candidates.append((score, i, j))
    candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
    paired_gone: set[int] = set()
    paired_came: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in paired_gone or j in paired_came:
            continue
        paired_gone.add(i)
        paired_came.add(j)
        pairs.append((i, j))
    pairs.sort(key=lambda p: came[p[1]].at)
    facts = [Fact(FactType.NUMBER, gone[i].mention.text, came[j].mention.text,
                  came[j].mention.what or gone[i].mention.what, old_at=gone[i].at, new_at=came[j].at)
             for i, j in pairs]
    return (facts, [g for i, g in enumerate(gone) if i not in paired_gone],
            [c for j, c in enumerate(came) if j not in paired_came])


# --------------------------------------------------------------------------- names

#: Words a name shares with another that do not make them one entity: titles, and
#: the common words of place and organisation names.
_TITLES = frozenset(
    """prime minister president vice mr mrs ms dr sir dame lord lady general gen chief governor gov mayor
    senator sen rep representative secretary king queen prince princess pope judge justice officer spokesman
    spokeswoman spokesperson lt col capt sgt commander director chairman chairwoman chair ceo leader
    deputy foreign interior defence defense finance health state""".split()
)
_GENERIC = frozenset(
    """the of and for on in de la le el al van von new north south east west central united national federal
    city county province state states university international saint st san santa los las republic
    democratic people's party bank ministry department council committee house court police news times post
    association office board agency authority service group company museum church school college hospital
    river lake mount island islands sea ocean street road square park airport station bridge latin america
    village town township district prefecture region municipality valley
    american americas great royal kingdom middle far upper lower greater northern southern eastern western""".split()
)


_NAME_WORD_BREAKS = compile_pattern(r"[\s-]+")


def _words(name: str) -> list[str]:
    return [w[:-2] if w.endswith("'s") else w for w in _NAME_WORD_BREAKS.split(name.lower()) if w]


#: Words of a title that say what office it is, not that a person holds it.
_OF_OFFICE = frozenset("foreign interior defence defense finance health state deputy vice prime".split())


def _own_words(name: str) -> list[str]:
    """The words that name a person who is given a title: those after the title
    ("Dingxi Mayor Tang Xiaoming" → "tang xiaoming"; "Kentucky" is where he is mayor
    or senator, no part of his name); else all the name's words."""
    words = _words(name)
    titled = [k for k, w in enumerate(words) if w.rstrip(".") in _TITLES and w not in _OF_OFFICE]
    if titled and titled[-1] + 1 < len(words):
        return words[titled[-1] + 1:]
    return words


#: The last words of a newspaper's name ("Zhaotong Daily", "New York Times") or of a
#: place's government ("Dingxi city government").
_PAPERS = frozenset("daily times post herald tribune gazette journal chronicle telegraph government".split())


def _is_paper(name: str) -> bool:
    """A newspaper named for its place ("Zhaotong Daily", "Washington Post"), or the
    place's government, is not the place."""
    return name.rsplit(None, 1)[-1].lower() in _PAPERS and " " in name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def entities(names: Iterable[str]) -> dict[str, int]:
    """Each name's entity: names are one entity when they share a distinctive word
    ("Prime Minister Anutin", "Anutin Charnvirakul"), when one's words are all the
    words of one longer name ("the Committee" of "Federal Open Market Committee") or
    when one is the other's initials ("FOMC")."""
    unique = sorted(set(names), key=lambda n: (-len(n), n))
    parent = {n: n for n in unique}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    by_word: dict[tuple[str, bool], list[str]] = {}
    for name in unique:
        for word in set(_own_words(name)) - _TITLES - _GENERIC:
            if len(word) > 2:
                by_word.setdefault((word, _is_paper(name)), []).append(name)
    for group in by_word.values():
        for other in group[1:]:
            join(group[0], other)
    word_sets = {name: set(_own_words(name)) - {"the"} for name in unique}
    by_initials: dict[str, list[str]] = {}
    for name in unique:
        if " " in name:
            by_initials.setdefault(_initials(name), []).append(name)
            # "Board of the League of United Latin American Citizens (LULAC)": the
            # acronym may spell what the board is of.
            _, of, rest = name.partition(" of ")
            if of and " " in rest.removeprefix("the "):
                by_initials.setdefault(_initials(rest), []).append(name)
    having: dict[str, set[str]] = {}
    for name, words in word_sets.items():
        for word in words:
            having.setdefault(word, set()).add(name)
    for name in unique:
        words = word_sets[name]
        if not words:
            continue
        holding = set.intersection(*(having[w] for w in words))
        # "Zhaotong" is not "Zhaotong Daily", though "the Daily" is.
        holders = {find(o) for o in holding if o != name and words < word_sets[o]
                   and (not _is_paper(o) or _is_paper(name) or words <= _PAPERS)}
        if len(holders) == 1:
            join(holders.pop(), name)
        if name.isupper() and len(name) > 1 and "." not in name:
            spelled = {find(o) for o in by_initials.get(name, ()) if o != name}
            if len(spelled) == 1:
                join(spelled.pop(), name)
    ids: dict[str, int] = {}
    out = {}
    for name in unique:
        out[name] = ids.setdefault(find(name), len(ids))
    return out


def _title(name: str) -> str | None:
    """The office a name gives its person, as the story may call him by it alone:
    "Prime Minister Anutin Charnvirakul" → "prime minister", "Dingxi Mayor Tang
    Xiaoming" → "mayor"; None for a name without a title, or with one that says too
    little to stand for one person ("General", "Chief", "Deputy")."""
    words = _words(name)
    titled = [k for k, w in enumerate(words) if w.rstrip(".") in _TITLES and w not in _OF_OFFICE]
    if not titled or titled[-1] + 1 >= len(words):
        return None
    end = start = titled[-1]
    while start > 0 and words[start - 1].rstrip(".") in _TITLES:
        start -= 1
    title = words[start:end + 1]
    if title[-1] in _VAGUE_TITLES or any(w.endswith(".") for w in title):
        return None
    return " ".join(title)


def _government(name: str) -> str | None:
    """ "city government" of "Dingxi city government": how the story may call it alone."""
    words = name.split()
    return " ".join(words[-2:]).lower() if len(words) > 2 and words[-1] == "government" else None


#: Titles that, said alone, may be no one's: "the general public", "the chief executive".
_VAGUE_TITLES = frozenset("general gen chief officer leader state director chair".split())


def _called_by_title(title: str, text: str) -> bool:
    """Does the text speak of "the prime minister" (not "the former prime minister")?"""
    return re.search(rf"\bthe\s+{re.escape(title)}\b", text) is not None


def _name_changes(before: _Version, after: _Version) -> list[Fact]:
    """Entities entering (in the new version only) or leaving the story. A titled
    person the other version speaks of by the title alone ("Prime Minister Anutin" →
    "the prime minister") is still in it, when no one else in the story holds that
    title; so is a place's government called "the city government"."""
    # A capitalised word that only starts sentences is a name if it is one elsewhere
    # (or an acronym): "Police said" is no name.
    # A title-case headline capitalises every word: its names are those the text names.
    known = {name for titled, named in _distinct_names(before, after) if not titled
             for name, first, _ in named if not first}

    def kept(name: str, first: bool, titled: bool) -> bool:
        return name in known if titled else not first or name in known or name.isupper()

    def kept_names(version: _Version) -> dict[str, None]:
        return dict.fromkeys(name for titled, named in _distinct_names(version)
                             for name, first, _ in named if kept(name, first, titled))

    old_names, new_names = kept_names(before), kept_names(after)
    entity = entities([*old_names, *new_names])
    in_old = {entity[name] for name in old_names}
    in_new = {entity[name] for name in new_names}
    holders: dict[str, set[int]] = {}
    for name in dict.fromkeys([*old_names, *new_names]):
        title = _title(name) or _government(name)
        if title:
            holders.setdefault(title, set()).add(entity[name])
    lowered: dict[int, str] = {}  # a version's text in lower case, made when first asked

    def lower(version: _Version) -> str:
        if id(version) not in lowered:
            lowered[id(version)] = version.text.lower()
        return lowered[id(version)]

    for title, held_by in holders.items():
        if len(held_by) == 1:
            [person] = held_by
            if person in in_old and person not in in_new and _called_by_title(title, lower(after)):
                in_new.add(person)
            elif person in in_new and person not in in_old and _called_by_title(title, lower(before)):
                in_old.add(person)
    gone = _leaving(before, in_new, entity, kept)
    came = _leaving(after, in_old, entity, kept)
    facts = []
    for a, b in _pair_names(gone, came):
        facts.append(Fact(FactType.NAME, a.name, b.name, old_at=a.at, new_at=b.at))
        del gone[entity[a.name]], came[entity[b.name]]
    for groups, entered in ((came, True), (gone, False)):
        for group in groups.values():
            fullest = max(group, key=lambda n: (len(n.name.split()), len(n.name), -n.at[0])).name
            first = min((n for n in group if n.name == fullest), key=lambda n: n.at)  # the evidence
            facts.append(Fact(FactType.NAME, None, fullest, new_at=first.at) if entered
                         else Fact(FactType.NAME, fullest, None, old_at=first.at))
    return sorted(facts, key=_reading_order)


def _leaving(version: _Version, other: set[int], entity: dict[str, int],
             kept: Callable[[str, bool, bool], bool]) -> dict[int, list[_Name]]:
    """The mentions (those ``kept``) of each entity the other version does not have, by entity."""
    forms: dict[int, list[_Name]] = {}
    staying: set[tuple[int, bool]] = set()  # sentences (see _distinct_names) none of whose names leave
    for at, titled, words, named in version.names:
        if (id(named), titled) in staying:
            continue
        leaves = False
        for name, first, lead in named:
            if name in entity and entity[name] not in other and kept(name, first, titled):
                forms.setdefault(entity[name], []).append(_Name(name, at, first, titled, words, lead))
                leaves = True
        if not leaves:
            staying.add((id(named), titled))
    return forms


def _distinct_names(*versions: _Version) -> list[tuple[bool, list[tuple[str, bool, str]]]]:
    """The names of each sentence of the versions, with whether it is in a title-case
    headline, once for each distinct sentence, in order of first appearance. A
    sentence's names are one list however many paragraphs repeat the sentence (_read
    reads each distinct sentence once), so the list's identity tells a repeat: what
    depends only on a sentence's names is worked out once per sentence, not once per
    mention, and in the same order."""
    seen: set[tuple[int, bool]] = set()
    out = []
    for version in versions:
        for _, titled, _, named in version.names:
            if (id(named), titled) not in seen:
                seen.add((id(named), titled))
                out.append((titled, named))
    return out


#: Content words two sentences must share for a name in one to have replaced a name in the other.
SAME_ROLE = 0.5


def _pair_names(gone: dict[int, list[_Name]], came: dict[int, list[_Name]]) -> list[tuple[_Name, _Name]]:
    """A name that left and one that entered in its place: in a sentence about the same
    thing (SAME_ROLE), after the same word (or none) and holding the same title
    ("said Mayor Tang Xiaoming" → "said Mayor Li Wei") or, neither titled, after the
    same lower-case word that is no function word ("said Ann Lee" → "said Bo Chan").
    Names in a list are no one's replacement: their word before is another name. Each
    is paired only with the other's best match, and only when that match is its own
    best too."""
    def role(a: _Name, b: _Name) -> float:
        ta, tb = _title(a.name), _title(b.name)
        if ta or tb:
            same = ta == tb and a.lead == b.lead
        else:
            same = a.lead == b.lead and a.lead != "" and a.lead not in _FUNCTION_WORDS
        return similarity(a.words, b.words) if same else 0.0

    best: dict[tuple[int, int], tuple[float, _Name, _Name]] = {}
    for g, olds in gone.items():
        for c, news in came.items():
            score, a, b = max(((role(a, b), a, b) for a in olds for b in news), key=lambda t: t[0])
            if score >= SAME_ROLE:
                best[(g, c)] = (score, a, b)
    pairs = []
    for (g, c), (score, a, b) in best.items():
        rivals = [s for (g2, c2), (s, _, _) in best.items() if (g2 == g) != (c2 == c)]
        if all(s < score for s in rivals):
            pairs.append((a, b))
    return pairs


#: Words before a name that say nothing of its role: "and", "of", "the".
_FUNCTION_WORDS = frozenset("a an the and or but of to in on at for by with from as than that this".split())
