"""Who a role or an epithet stands for: the named person a story calls by their office
("the judge", "the Health Minister") or by an epithet ("the British number one") once it
has named them, or names in the paragraph after a lede that opens with the role ("A
senior judge has lashed out …" / "Mr Justice Weir criticised …"); and a title that is also
a surname ("Pope said" where the story gives "Adam Pope"). Every reading here is refused
where the story shows the person is someone else (see _may_hold): a wrong name is worse
than the role as the text words it."""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from ..text.pattern_cache import compile_pattern
from .frames import _PLACEHOLDER
from .lexicon import _DEMONYMS, _HONORIFICS, _TITLES
from .names import _EDGE_PUNCT, _epithet_head, _is_description, _strip_possessive

if TYPE_CHECKING:
    from .speakers import _Mention, _Registry


def _full_name_with(registry: _Registry, surname: str) -> str | None:
    """The one full name the story gives with a surname that is also a title ("Adam
    Pope"): a first name before it, no title and no article; None if none or several."""
    pattern = _first_name_before(surname)
    found = {match.group(0) for para in registry.paragraphs_with(surname)
             for match in pattern.finditer(registry.frame_text(para))
             if match.group(1) not in _TITLES and match.group(1) not in ("The", "A", "An")}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=64)
def _first_name_before(surname: str) -> "re.Pattern[str]":
    return compile_pattern(rf"\b([A-Z][a-z]+)\s+{surname}\b")


def _person_described(found: _Mention, registry: _Registry) -> str:
    """The person a described subject stands for ("the president", "The official"): the
    one the story names with that title (see _Registry.holder), else the named subject
    before the role (see _role_antecedent), else the description as the text words it."""
    return registry.holder(found.name, found.para) \
        or _role_antecedent(found.name, found.para, found.sentence, registry) \
        or _described_as(found.name, registry) or found.name


#: Words that open a description of someone new ("its senior official", "a spokesman"),
#: not a mention of one named before.
_SOMEONE_ELSE = frozenset("its his her their a an one another".split())


def _role_antecedent(role: str, para: int, sentence: int, registry: _Registry) -> str | None:
    """The named person a definite role stands for when the story gives nobody that
    title with a name: news writing calls the subject of the sentences before by their
    office ("Justice Wasilwa said …. The judge said …"; "Mr Donnelly said …. “…,” the
    Health Minister said"), as it does with "he". The subject is found as a pronoun's is
    (see _Registry.subject_before); an earlier mention of the same role is followed back
    to the name before it. A lede that opens the story with the role names no one
    before it: the subject of the next paragraph's first sentence is the one it
    describes ("…, the local authority's new leader has admitted." / "Cathy Scott
    warned …"). None when the subject is no named person, or the story shows it is
    someone else (see _may_hold)."""
    words = role.split()
    if words[0] in ("A", "a", "An", "an"):
        # "A senior judge has lashed out at the police …" / "Mr Justice Weir criticised …":
        # a lede's indefinite role brings someone in, whom the next paragraph names
        the = " ".join(["the", *words[1:]])
        if _role_head(the) is None:
            return None
        return _named_next(the, para, sentence, registry) or _sole_holder(the, para, sentence, registry)
    head = _role_head(role)
    if head is None:
        return None
    epithet = _epithet_head(role) is not None
    for _ in range(_ROLE_HOPS):
        found = registry.subject_before(para, sentence, sentence, named=False)
        if found is None or found.para == 0 and _is_headline(registry, 0):
            return None if epithet else _named_next(role, para, sentence, registry)
        if found.name in _DEMONYMS:
            pass  # "The 26-year-old Scot converted …": an epithet read as a name; back past it
        elif not _is_description(found.name):
            if not epithet or _has_spoken(registry, found.name.split()[-1]):
                return _may_hold(found, role, registry)
            # "Murray … thanked his coach Ivan Lendl …. Lendl … started coaching the Scot
            # …. “…,” said the world number two": an epithet goes back to one the story
            # has already heard from, past one it has not
        elif _role_head(found.name) != head and _epithet_head(found.name) is None:
            return None  # "The prosecutor said …": someone else's office before
        elif found.name.split()[0].lower() in _SOMEONE_ELSE:
            return None  # "…, its senior official said. “…,” the official said": the body's, unnamed
        para, sentence = found.para, found.sentence
    return None


def _has_spoken(registry: _Registry, last_name: str) -> bool:
    """Does the story say the person spoke: their name the subject of a verb of saying
    ("Andy Murray said", "said Stuart Elliott")?"""
    pattern = _spoke(last_name)
    return any(pattern.search(registry.frame_text(para)) for para in registry.paragraphs_with(last_name))


@functools.lru_cache(maxsize=256)
def _spoke(last_name: str) -> "re.Pattern[str]":
    name = re.escape(last_name)
    verbs = r"(?:said|says|told|tells|added|adds|explained|insisted|admitted|warned|stated)"
    # Made from the story's own words: not kept in the pattern cache between runs.
    return re.compile(rf"\b{name}(?:,[^,]{{1,80}},)?\s+(?:[a-z]+ly\s+|also\s+|has\s+|had\s+)?{verbs}\b"
                      rf"|\b{verbs}\s+(?:[A-Z][\w.'’\-]*\s+){{0,3}}{name}\b")


def _may_hold(found: _Mention, role: str, registry: _Registry) -> str | None:
    """The fullest name of a person a role may stand for; None when the story titles
    them with the role's head otherwise ("Jim Dale, the former police chief" is not "the
    former fire chief"; "District Judge Gerard Haughton" is "the judge"), gives their age
    (see _aged), or sets the two apart (see _apart)."""
    name = registry.canonical(found.name, found.para)
    last = found.name.split()[-1]
    if name in {held for _, held in registry.holding(f"the {_role_head(role)}")} \
            and name not in {held for _, held in registry.holding(role)} \
            or _aged(registry, last) or _apart(registry, role, last):
        return None
    return name


def _named_next(role: str, para: int, sentence: int, registry: _Registry) -> str | None:
    """The person the paragraph after a lede names as its first sentence's subject,
    when the role stands in the lede's first sentence: the first paragraph that is a
    sentence, after a headline or none."""
    if sentence or any(not _is_headline(registry, before) for before in range(para)) \
            or para + 1 >= registry.paragraphs:
        return None
    sentences = registry.sentences(para + 1)
    if not sentences:
        return None
    found = registry.sentence_subject(para + 1, *sentences[0])
    if found is None or isinstance(found, str) or _is_description(found.name):
        return None  # no one, a pronoun or a description
    titles = _titles_of(registry, found.name.split()[-1])
    if " " not in found.name and not titles:
        return None  # one word with no title ("Mr Justice Weir" has one): no name given in full
    if titles and not titles & _SAME_OFFICE.get(_role_head(role) or "", {_role_head(role)}):
        return None  # "The prime minister has said …" / "Opposition leader Jo Roe said …": another
    return _may_hold(found, role, registry)


def _sole_holder(role: str, para: int, sentence: int, registry: _Registry) -> str | None:
    """The one person the story titles with a lede's role, wherever it names them ("A
    judge has warned a man …" / "…, Judge Jeremy Richardson KC, …"): the lede brings in
    the story's judge. None outside a lede's first sentence, or where the story titles
    several people so."""
    if sentence or any(not _is_headline(registry, before) for before in range(para)):
        return None
    holders = {name for _, name in registry.holding(role)}
    return holders.pop() if len(holders) == 1 else None


#: Titles that name one office: "a senior judge" is "Mr Justice Weir".
_SAME_OFFICE = {"judge": {"judge", "justice"}, "justice": {"judge", "justice"}}


def _titles_of(registry: _Registry, last_name: str) -> set[str]:
    """The titles the story gives a person, lower case: in the capitalised words before
    the name and the word just before them ("Opposition leader Jo Roe", "party health
    spokesman Mr Gay Mitchell"), or in an apposition after it ("Jo Roe, the county's
    chief executive,"). Honorifics ("Mr", "Dr") are no title."""
    pattern = _mentions_of(last_name)
    titles: set[str] = set()
    for para in registry.paragraphs_with(last_name):
        text = registry.frame_text(para)
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 80) : match.start()].split()
            run = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(before)))
            if len(run) < len(before):
                run.append(before[-len(run) - 1])
            after = _APPOSITION.match(text, match.end())
            for word in run + (after.group(1).split() if after else []):
                word = word.strip(",")
                if (word in _TITLES or word.capitalize() in _TITLES) and word.rstrip(".") not in _HONORIFICS:
                    titles.add(word.lower())
    return titles


# ", the county's chief executive,": an apposition after a name, to its closing comma or stop.
_APPOSITION = compile_pattern(r",\s+(?:the\s+|an?\s+)?((?:[\w'’\-]+\s+){0,4}[\w'’\-]+)[,.]")


@functools.lru_cache(maxsize=256)
def _mentions_of(last_name: str) -> "re.Pattern[str]":
    # Made from the story's own words: not kept in the pattern cache between runs.
    return re.compile(rf"\b{re.escape(last_name)}\b")


def _is_crosshead(registry: _Registry, para: int) -> bool:
    """Is a paragraph a short line that ends no sentence, as a crosshead reads (a paragraph
    the store cut off mid-sentence runs longer)?"""
    text = registry.frame_text(para).rstrip()
    return not text.endswith(_CROSSHEAD_NOT_ENDS) and len(text.split()) <= _CROSSHEAD_WORDS


#: What a paragraph that is a sentence, or a sentence cut off, ends with.
_CROSSHEAD_NOT_ENDS = (*".!?:;,\"”’'…", _PLACEHOLDER)
#: The most words of a crosshead.
_CROSSHEAD_WORDS = 8


def _is_headline(registry: _Registry, para: int) -> bool:
    """Is a paragraph a headline: no sentence, its capitals no names (see _Registry.unread)?"""
    return para in registry.unread or not registry.frame_text(para).rstrip().endswith(_SENTENCE_ENDS)


#: How many mentions of the same role are followed back to a name.
_ROLE_HOPS = 3
#: What a paragraph that is a sentence, not a headline, ends with.
_SENTENCE_ENDS = (".", "!", "?", _PLACEHOLDER)


def _role_head(phrase: str) -> str | None:
    """The title a definite role ends in, lower case ("The Dublin South Central TD" →
    "td", "the Health Minister" → "minister"), or the head of an epithet ("the British
    number one" → "number", see names._epithet_head); None for any other phrase."""
    words = phrase.split()
    if not 2 <= len(words) <= 6 or words[0] not in ("the", "The"):
        return None
    last = words[-1]
    if last in _TITLES or last.lower() in _TITLES:
        return last.lower()
    return _epithet_head(phrase)


def _apart(registry: _Registry, role: str, last_name: str) -> bool:
    """Does a sentence of the story hold the role and the name as two parties, not one
    in apposition to the other: words between them and no comma ("Chris also asked the
    Premier"), not "Gladys Berejiklian, the Premier," or "Premier Gladys Berejiklian"?
    The role as worded: "the world number one" is not "the British number one"."""
    pattern = _two_parties(tuple(role.split()[1:]), last_name)
    return any(pattern.search(registry.frame_text(para)) for para in registry.paragraphs_with(last_name))


def _aged(registry: _Registry, last_name: str) -> bool:
    """Does the story give the person's age after the name ("Tom Lee, 30,")? News
    writing ages private people (a witness, a victim, a resident), seldom an office
    holder: "the officer" after "Tom Lee, 30, …" is someone else. (An age in brackets
    is an aside the frame no longer holds.)"""
    pattern = _aged_mention(last_name)
    return any(pattern.search(registry.frame_text(para)) for para in registry.paragraphs_with(last_name))


@functools.lru_cache(maxsize=256)
def _aged_mention(last_name: str) -> "re.Pattern[str]":
    # Made from the story's own words: not kept in the pattern cache between runs.
    return re.compile(rf"\b{re.escape(last_name)},\s+\d{{1,3}}\b")


@functools.lru_cache(maxsize=256)
def _two_parties(words: tuple[str, ...], last_name: str) -> "re.Pattern[str]":
    role = r"\b[Tt]he\s+(?i:" + r"\s+".join(map(re.escape, words)) + r")\b"
    name = rf"\b{re.escape(last_name)}\b"
    between = r"[^,.;:!?“”\"]*?\s[a-z][^,.;:!?“”\"]*?"
    # Made from the story's own words: not kept in the pattern cache between runs.
    return re.compile(rf"{name}{between}{role}|{role}{between}{name}")


def _titled_so(role: str, registry: _Registry) -> str | None:
    """The one person a role with a place or a party in it stands for, when the story
    gives someone those words and the title around their name ("the Oldham MP" for "Jim
    McMahon, MP for Oldham West and Royton,"; "the Labour MP" for "Labour MP Jo Roe"):
    in the capitalised words before the name or an aside after it. None for a role
    without such a word (holder() reads those), or one that fits no one or several."""
    words = role.split()
    if len(words) < 3 or words[0] not in ("the", "The") or not (words[-1] in _TITLES or words[-1].capitalize() in _TITLES):
        return None
    if not any(word[:1].isupper() for word in words[1:-1]):
        return None  # "the prime minister": a role holder() reads
    wanted = {word.lower() for word in words[1:]}
    found = {name for name, around in _words_around(registry).items() if wanted <= around}
    return found.pop() if len(found) == 1 else None


def _words_around(registry: _Registry) -> dict[str, set[str]]:
    """Each person's full name → the words, lower case, of the capitalised run before its
    mentions and of an aside after them; read over the story once."""
    if registry.words_around is None:
        around: dict[str, set[str]] = {}
        for para in range(registry.paragraphs):
            text = registry.frame_text(para)
            for mention in registry.people_in(para):
                if " " not in mention.name:
                    continue  # a full name is given with its titles
                before = text[max(0, mention.pos - 80) : mention.pos].split()
                run = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(before)))
                aside = _ASIDE_AFTER.match(text, mention.pos + len(mention.name))
                words = around.setdefault(registry.canonical(mention.name, para), set())
                words.update(w.strip(",").lower() for w in run + (aside.group(1).split() if aside else []))
        registry.words_around = around
    return registry.words_around


# ", MP for Oldham West and Royton,": an aside after a name, to its closing comma or stop.
_ASIDE_AFTER = compile_pattern(r",\s+((?:[\w'’\-]+\s+){0,7}[\w'’\-]+)[,.]")


def _described_as(role: str, registry: _Registry) -> str | None:
    """The one person the story describes with a role's noun, for a role no title names
    ("Mary Long-Dhonau, a long-time campaigner for flood resilience," … "The campaigner
    … warned"; "K K. Pandiarajan, Minister for Tamil Official Language …" … "The
    Minister said"). The noun must head the description (not "a Ministry spokesman" for
    "the ministry"), every lower-case word qualifying the role must stand in it, a
    capitalised one must not meet other capitalised ones ("FBI director Jim Dale" is not
    "the CIA director"), and where several people are so described, the role's other
    words must pick out one. None for a noun that may bring in anyone ("the man"), or a
    role that fits no one or several."""
    parsed = _role_parts(role)
    if parsed is None:
        return None
    head, common, proper = parsed
    if head in _ANYONE:
        return None
    candidates: dict[str, int] = {}
    for name, words, capitalised in _descriptions(registry, head):
        if name in role:
            continue  # "The mother of murdered teenager Jimmy Mizen" is not Jimmy Mizen
        if any(q not in words for q in common - _MODIFIERS):
            continue
        if proper and capitalised and not proper & capitalised:
            continue  # "the Victorian premier" may not be "Fellow Labor premier Jo Roe"
        score = sum(q in words for q in common | proper)
        candidates[name] = max(score, candidates.get(name, 0))
    if not candidates:
        return None
    best = max(candidates.values())
    chosen = [name for name, score in candidates.items() if score == best]
    if len(chosen) != 1 or len(candidates) > 1 and not best:
        return None
    return chosen[0]


def _role_parts(role: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """A definite role's noun and the words that qualify it, common and proper, lower
    case and without possessive endings: "the Victorian premier" → ("premier", {},
    {"victorian"}); "The leader of Northamptonshire's Liberal Democrats" → ("leader", {},
    {"northamptonshire", "liberal", "democrats"}). None for a phrase that is no definite
    role, or whose noun is capitalised and no title ("the Ministry" names a body)."""
    words = [w.strip(_EDGE) for w in role.split()]
    if not 2 <= len(words) <= 7 or words[0] not in ("the", "The"):
        return None
    rest = words[1:]
    joint = next((i for i, w in enumerate(rest) if w in _TITLE_JOINTS), len(rest))
    if joint == 0:
        return None
    noun = rest[joint - 1]
    if not (noun.islower() or noun in _TITLES or noun.capitalize() in _TITLES) or not noun.isalpha():
        return None
    qualifiers = [w for w in rest[: joint - 1] + rest[joint + 1 :] if _bare(w) not in _FUNCTION_WORDS]
    return (noun.lower(), frozenset(_bare(w) for w in qualifiers if w.islower()),
            frozenset(_bare(w) for w in qualifiers if not w.islower()))


def _heads(words: tuple[str, ...]) -> set[str]:
    """The nouns that may head a description: its last word, and a word before a
    preposition that carries it on ("campaigner for flood resilience")."""
    return {word for i, word in enumerate(words) if i + 1 == len(words) or words[i + 1] in _TITLE_JOINTS}


def _descriptions(registry: _Registry, noun: str) -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
    """The descriptions a noun heads that the story gives people named in full: (the
    person's fullest name, the description's lower-case words, those of them written
    capitalised, a first word that only dates or ranks aside). Read only in the
    paragraphs that hold the noun, once per noun (see _described_in)."""
    if registry.descriptions is None:
        registry.descriptions = {}
    found = registry.descriptions.get(noun)
    if found is None:
        paragraphs = sorted(set(registry.paragraphs_with(noun)) | set(registry.paragraphs_with(noun.capitalize())))
        found = registry.descriptions[noun] = [
            entry for para in paragraphs for entry in _described_in(registry, para) if noun in _heads(entry[1])
        ]
    return found


def _described_in(registry: _Registry, para: int) -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
    """The descriptions one paragraph gives the people it names in full: the words just
    before a mention, back to punctuation or a word that opens none ("Fellow Labor premier
    Daniel Andrews", "leader of the lib dems in Northamptonshire Chris Stanbra"), and an
    aside after it (", a long-time campaigner for flood resilience,")."""
    text = registry.frame_text(para)
    found = []
    for mention in registry.people_in(para):
        if " " not in mention.name:
            continue
        before: list[str] = []
        for word in reversed(text[max(0, mention.pos - 120) : mention.pos].split()):
            if word[-1:] in _BREAKS or word.lower() in _NOT_DESCRIPTIVE or len(before) == _DESCRIPTION_WORDS:
                break
            before.insert(0, word)
        aside = _DESCRIPTION_AFTER.match(text, mention.pos + len(mention.name))
        name = registry.canonical(mention.name, para)
        for words in (before, aside.group(1).split() if aside else []):
            if words:
                capitalised = frozenset(_bare(w) for i, w in enumerate(words) if w[:1].isupper()
                                        and not (i == 0 and _bare(w) in _MODIFIERS))
                found.append((name, tuple(map(_bare, words)), capitalised))
    return found


def _bare(word: str) -> str:
    """A word lower case, without edge punctuation or a possessive ending."""
    return _strip_possessive(word.strip(_EDGE)).lower()


# What a description's word is stripped of: the marks and punctuation around a name, and
# a full stop.
_EDGE = _EDGE_PUNCT + "."
_BREAKS = frozenset(",.;:!?()[]\"“”")
#: Words that carry a title on after its noun ("leader of …", "campaigner for …").
_TITLE_JOINTS = frozenset("of for at in with to from on".split())
#: Words of a role that qualify nothing: its articles, "and", and the words that carry it on.
_FUNCTION_WORDS = _TITLE_JOINTS | {"the", "a", "an", "and"}
#: Words that date or rank a role without making it another one ("the former leader").
_MODIFIERS = frozenset("former new current longtime long-time veteran then outgoing incoming fellow".split())
#: Nouns anyone may be called, which bring in someone new as often as they go back, and
#: bodies ("In a note to Judge Jo Roe, the jury, which …, wrote": no apposition).
_ANYONE = frozenset("man woman boy girl person people child teenager resident victim "
                    "jury court panel board committee council family crowd team government".split())
#: Words that end a description read back from a name: verbs, conjunctions, prepositions
#: that tie it to something else.
_NOT_DESCRIPTIVE = frozenset(
    "and but or said says told tells by to with as that when while after before which who "
    "was is were are has had have be been from at on than like".split())
#: The most words of a description before a name.
_DESCRIPTION_WORDS = 7
# ", a long-time campaigner for flood resilience,": an aside after a name.
_DESCRIPTION_AFTER = compile_pattern(r",\s+(?:the\s+|an?\s+)?((?:[\w'’\-]+\s+){0,9}[\w'’\-]+)[,.]")
