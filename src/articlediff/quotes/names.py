"""Reading names and subjects: who a noun phrase names (a person, an organisation, a
document, a pronoun), and the names of a paragraph's frame (runs of capitalised
words: which are people's, which organisations')."""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import functools
from collections.abc import Sequence
from typing import Literal, NamedTuple

from ..text.lazy import LazyPattern
from ..text.marks import EDGE_MARKS
from ..text.pattern_cache import compile_pattern
from ..text.sentences import FRAME_ABBREVIATIONS
from ..text.words import straight_apostrophes
from .frames import _PLACEHOLDER
from .lexicon import (
    _AUXILIARIES,
    _COMMON_VERBS,
    _CONNECTORS,
    _DEMONYMS,
    _DETERMINERS,
    _DOC_NOUNS,
    _ED_ADJECTIVES,
    _FINITE_CUES,
    _FORENAME_PLACES,
    _FUNCTION_WORDS,
    _GROUP_HEADS,
    _GROUP_QUALIFIERS,
    _HONORIFICS,
    _MEDIA,
    _NAME_PREFIXES,
    _NOT_DESCRIPTIONS,
    _NOT_NAMES,
    _ORG_PRONOUNS,
    _ORG_WORDS,
    _PARTICLES,
    _PARTIES,
    _PARTY_MEMBERS,
    _PEOPLE_OF,
    _PERSON_PRONOUNS,
    _PLACES,
    _PLAIN_SPEAKERS,
    _ROLE_SUFFIXES,
    _SPEAKER_HEADS,
    _SURNAME_PLACES,
    _TITLE_SURNAMES,
    _TITLES,
    _WEEKDAYS,
)

#: Words that open a common-noun speaker: "a witness", "one resident", "another official".
_COMMON_STARTS = _DETERMINERS | {"one", "another"}


class _Subject(NamedTuple):
    """A speaker as the text names it, before names are resolved across the article."""

    name: str
    kind: Literal["person", "org", "pronoun", "org_pronoun", "group"]
    description: str | None = None


_EDGE_PUNCT = EDGE_MARKS + ",;:!?()[]"
# A social media page or account named after its owner: "X's Facebook page".
_ACCOUNT = compile_pattern(r"(?:['’]s)?\s+(?:official\s+)?(?:Facebook|Twitter|X|Instagram|TikTok|Telegram|YouTube|LinkedIn)"
                      r"\s+(?:page|account|feed|channel)$")
# _POSSESSIVE_DOC and _RUN are matched against text with straight apostrophes (see
# straight_apostrophes), which they are written for.
_POSSESSIVE_SPEAKER = compile_pattern(
    r"^[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4}'s\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:office|spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|attorneys|aide|aides|"
    r"campaign|family|representative|representatives|team|press\s+secretary|"
    r"ministry|department|embassy|government|army|military|police|foreign\s+office|cabinet|"
    r"brother|sister|mother|father|wife|husband|son|daughter|widow|widower|partner|parents|relatives|"
    r"girlfriend|boyfriend|fianc[ée]e?|uncle|aunt|cousin|grandmother|grandfather|niece|nephew)$"
)
_POSSESSIVE_DOC = compile_pattern(r"^(.+?)'s\s+(?:[\w'\-]+\s+){0,2}?(?:" + _DOC_NOUNS + r")\b")


# The token tests below are pure and asked again and again of the same few thousand
# words of an article (names recur): cached, they cost a dictionary look-up.
@functools.lru_cache(maxsize=1 << 16)
def _core(token: str) -> str:
    """A word without the punctuation around it ("Bukele." → "Bukele"; "L." stays)."""
    core = _strip_possessive(token.strip(_EDGE_PUNCT))
    if core.endswith(".") and core.count(".") == 1 and len(core) > 2 and core[:-1].lower() not in FRAME_ABBREVIATIONS:
        core = core[:-1]
    return core


@functools.lru_cache(maxsize=1 << 16)
def _is_name_token(token: str) -> bool:
    core = _core(token)
    if core[:1].islower() and "-" in core:
        prefix, _, rest = core.partition("-")
        if prefix in _NAME_PREFIXES and rest[:1].isupper():
            core = rest  # "al-Assad"
    if not core or not core[0].isupper() or core in _NOT_NAMES or _is_acronym(core) or core.endswith(_COMPOUND_ENDS):
        return False
    return "-" not in core or not any(part in _TITLES for part in core.split("-"))  # Secretary-General


#: Ends of a compound adjective a name makes ("Rahul Gandhi-led Opposition"), no name.
_COMPOUND_ENDS = ("-led", "-backed", "-based", "-owned", "-run", "-born", "-linked", "-style", "-era")


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "").replace("-", "")
    return len(letters) >= 2 and letters.isupper() and not (len(token) == 2 and token.endswith("."))


def _strip_possessive(token: str) -> str:
    if token.endswith(("’s", "'s")):
        return token[:-2]
    return token[:-1] if token.endswith(("s’", "s'")) else token


def _name_tail(tokens: Sequence[str]) -> int:
    """How many tokens at the end of ``tokens`` form a person's name (0 if none)."""
    n = 0
    if len(tokens) >= 2 and _core(tokens[-1]) in _SURNAME_PLACES and _core(tokens[-2]) not in _PLACES \
            and (_is_name_token(tokens[-2]) or _core(tokens[-1]) == "May" and _core(tokens[-2]) in _TITLES
                 or _core(tokens[-1]) in _TITLE_SURNAMES and _core(tokens[-2]).rstrip(".") in _HONORIFICS):
        # "Kenny Washington", "Theresa May", "Mrs May", "Dr Constable": after a first name or
        # an honorific, a surname
        n = 1
    while n < len(tokens) and n < 5:
        token = tokens[-1 - n]
        particle = token in _PARTICLES and n > 0 and n + 1 < len(tokens) and _name_before_particles(tokens, len(tokens) - 2 - n)
        initials = n > 0 and _middle_initials(tokens, len(tokens) - 1 - n)  # "Andrew RT Davies"
        if not (_is_name_token(token) or particle or initials) or n and token.endswith(_POSSESSIVES):
            break  # a possessive before a name is its owner: "Labour's Keir Starmer", "The ANC's Dakota Legoete"
        n += 1
    if 0 < n < len(tokens) and _core(tokens[-n - 1]) in _FORENAME_PLACES and (
            n == len(tokens) - 1 or _core(tokens[-n - 2]) in _TITLES or tokens[-n - 2].endswith(_POSSESSIVES)):
        # "executive director Jordan Williams", "The ANC's Dakota Legoete"; "France Gelinas"
        # as a whole phrase, a place no one would set before a surname
        n += 1
    if n >= 3 and tokens[-n].endswith(_ROLE_SUFFIXES):
        n -= 1  # "Prosecutor Linda Greene"
    if n >= 3 and len(tokens) > n + 1 and tokens[-n - 1] in ("for", "of") and _core(tokens[-n - 2]) in _TITLES:
        # "Minister for Information Marriyum Aurangzeb", "Minister of Foreign Affairs Ann
        # Roe": the title's field is no part of the name; most names are two words.
        n = 2
    return n


_POSSESSIVES = ("'s", "’s", "s'", "s’")


def _name_before_particles(tokens: Sequence[str], i: int) -> bool:
    """Is there a name before the particles ending at ``tokens[i]`` ("Ursula von der")?"""
    while i >= 0 and tokens[i] in _PARTICLES:
        i -= 1
    return i >= 0 and _is_name_token(tokens[i])


def _capital_run(tokens: Sequence[str]) -> int:
    """How many tokens at the end form a capitalised run ("League of United Latin
    American Citizens (LULAC)"; "of", "the" and the like allowed inside)."""
    n = 0
    while n < len(tokens):
        token = tokens[-1 - n].strip("()")
        before = tokens[-2 - n] if n + 1 < len(tokens) else ""
        joins = token in _CONNECTORS and n > 0 and (before[:1].isupper() or (token == "the" and before == "of"))
        if not (token[:1].isupper() or (token[:1].isdigit() and n) or joins):
            break
        n += 1
    return n


def _is_org_run(tokens: Sequence[str]) -> bool:
    return any(_is_org_token(token) and not _middle_initials(tokens, i) for i, token in enumerate(tokens))


def _middle_initials(tokens: Sequence[str], i: int) -> bool:
    """Is ``tokens[i]`` a person's middle initials, one or two capitals between a first
    name and a surname ("Andrew RT Davies"), not an acronym that makes a body?"""
    core = _core(tokens[i]).replace(".", "")
    return 0 < i < len(tokens) - 1 and 1 <= len(core) <= 2 and core.isupper() and core not in _TITLES \
        and core not in _TITLE_INITIALS and tokens[i - 1][1:2].islower() and tokens[i + 1][1:2].islower() \
        and _core(tokens[i - 1]) not in _TITLES and (i == 1 or not tokens[i - 2][:1].isupper())


#: Titles written as initials that the title list does not hold: "Agriculture CS Mwangi
#: Kiunjuri" (a cabinet secretary).
_TITLE_INITIALS = frozenset("CS MS AM SC".split())


@functools.lru_cache(maxsize=1 << 16)
def _is_org_token(token: str) -> bool:
    core = _core(token)
    return core in _ORG_WORDS or (_is_acronym(core) and core not in _PLACES)


_BRACKET_OR_COMMA = LazyPattern(r"[()\[\],]")


# The comma of "1,200", and what stands for it while the text is split.
_THOUSANDS = LazyPattern(r"(?<=\d),(?=\d{3}(?!\d))")
_KEPT_COMMA = "\ue001"  # a private-use character, as the quotation placeholder is


def _split_top_level(text: str) -> list[str]:
    """Split at commas outside brackets, but for a thousands comma ("1,200 workers")."""
    if "," in text and _KEPT_COMMA not in text and _THOUSANDS.search(text):
        return [chunk.replace(_KEPT_COMMA, ",") for chunk in _split_top_level(_THOUSANDS.sub(_KEPT_COMMA, text))]
    if "(" not in text and "[" not in text:  # no bracket opens: every comma splits
        return [c for c in (chunk.strip() for chunk in text.split(",")) if c]
    chunks, depth, start = [], 0, 0
    # Only brackets and commas count: a pattern finds them, faster than a loop over every
    # character. (Compiled when first needed, as few phrases hold a bracket.)
    for match in _BRACKET_OR_COMMA.finditer(text):
        i, ch = match.start(), match.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            chunks.append(text[start:i].strip())
            start = i + 1
    chunks.append(text[start:].strip())
    return [c for c in chunks if c]


def _is_description(name: str) -> bool:
    """Is a subject worded as a description ("the president", "The official", "a
    spokesman") rather than as a name?"""
    return name[:1].islower() or name.split(None, 1)[0] in ("The", "A", "An")


# "Jo Roe with the Sheriff's Office", "Jo Roe of the Met": a name, then the body it is with.
_AFFILIATED = compile_pattern(r"(.+?)\s+(?:with|of|from|at)\s+(?:the\s+)?[A-Z]")


# "The statement, addressed to customers and signed off by …": a document, then, in the
# description after it, who signed it.
_SIGNED_DOCUMENT = compile_pattern(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){0,2}?(?:statement|letter|note|message|memo|open\s+letter)"
)
_SIGNED_BY = compile_pattern(r".{0,80}?\bsigned(?:\s+off)?\s+by\s+(.+)$")
_SIGNER_SPLIT = compile_pattern(r",\s*|\s+and\s+")


def _signers(text: str) -> list[str]:
    """The people named among those a document is signed by: "Chief Operating Officer at
    Transport for Wales, Rick Davey, and Chief Operating Officer at Network Rail, Alison
    Thompson" → Rick Davey, Alison Thompson."""
    names = []
    for chunk in _SIGNER_SPLIT.split(text.strip(" ,")):
        chunk = chunk.strip()
        if chunk.startswith("and "):
            chunk = chunk[4:]
        person = _read_person(chunk) if chunk else None
        if person is not None and " " in person.name:
            names.append(person.name)
    return names


def _read_subject(phrase: str) -> _Subject | None:
    """Who a noun phrase names: a person, an organisation, a document, a pronoun."""
    phrase = phrase.strip(" ,;:–—-")
    if not phrase or _PLACEHOLDER in phrase or len(phrase.split()) > 30:
        return None
    lower = phrase.lower()
    if lower in _PERSON_PRONOUNS or lower == "another":  # "“…,” another warned": another of those just named
        return _Subject(lower, "pronoun")
    if lower in _ORG_PRONOUNS:
        return _Subject(lower, "org_pronoun")
    chunks = _split_top_level(phrase)
    if len(chunks) > 1:
        return _with_apposition(chunks)
    if _epithet_head(phrase) is not None:
        return _Subject(phrase, "org")  # "the British number one": whom it stands for is resolved later
    account = _ACCOUNT.search(phrase)
    if account is not None and account.start():
        # "the Sheriff's Office Facebook page posted": the office speaks through its page
        holder = _read_subject(phrase[: account.start()])
        return holder if holder is not None and holder.kind in ("person", "org") else None
    if _STATE_MEDIA.fullmatch(phrase):
        return _Subject(phrase, "org")  # "Syrian state television said": the broadcaster speaks
    owner = _POSSESSIVE_DOC.match(straight_apostrophes(phrase))
    if owner:
        return _read_subject(phrase[owner.start(1):owner.end(1)])
    if _POSSESSIVE_SPEAKER.match(straight_apostrophes(phrase)):
        return _Subject(phrase, "org")  # "Doe's office", "Theresa May's spokesman": on someone's behalf
    words = phrase.split()
    if phrase in _TITLE_SURNAMES:
        return _Subject(phrase, "person")  # "“…,” Pope said": a name only where the story gives "Adam Pope"
    if words[-1].lower() in _GROUP_HEADS or _is_group_head(words[-1]):
        group = _read_group(words)
        if group is not None:
            return group
    people = _PEOPLE_AND.match(phrase)
    if people is not None:
        head, linked = people.group(1).lower(), people.group(2)
        group = _Subject(head + phrase[people.end(1) :].rstrip(_EDGE_PUNCT), "group")
        if linked in ("of", "for"):
            whom = _whom(phrase[people.end() - 1 :]) if head in _PEOPLE_OF else None
            if whom == "named":
                return group  # "Relatives of Sara Zelenak", "Lawyers for Mr Smith": they speak, for or about her
            if whom == "described":
                return None  # "Relatives of the 21-year-old Australian": not "Australian"
            if whom == "body":
                return _Subject(phrase.rstrip(_EDGE_PUNCT), "org")  # "Friends of the Earth": not "Earth"
        elif head in _GROUP_HEADS:
            return group  # "Officials in British Columbia", "Police in Manchester": the group, not the place
    if lower.startswith(("a ", "an ")) or (lower.startswith("the ") and len(words) > 2 and words[1].islower()):
        # "a spokeswoman for Doe", "the head of Harbor Foods": the spokeswoman, the head
        return _read_common(phrase) or _read_person(phrase) or _read_org(phrase)
    affiliated = _AFFILIATED.match(phrase)
    if affiliated is not None and not _titled_name_ends(words):
        # "Ricardo Alvarado with the Gila River Police Department": the person, not the body;
        # but "Auckland Chamber of Commerce chief executive Michael Barnett" is Barnett
        person = _read_person(affiliated.group(1))
        if person is not None and person.kind == "person" and " " in person.name:
            return person._replace(description=person.description or phrase[affiliated.end(1) :].strip())
    return _read_person(phrase) or _read_common(phrase) or _read_org(phrase)


# "Syrian state television", "state media", "the state-run news agency": a state's
# broadcaster or agency, whose reports a story quotes.
_STATE_MEDIA = LazyPattern(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’\-]*\s+){0,2}[Ss]tate(?:-run|-owned)?\s+"
                           r"(?:television|TV|media|broadcaster|radio|news\s+agency|newspaper)")


# "Officials in …", "Doctors at …": a plural noun for people, then where they are;
# "Relatives of …", "The lawyers for …": then whom they are of or speak for.
_PEOPLE_AND = LazyPattern(r"(?:[Tt]he\s+)?(\w+)\s+(in|at|from|across|of|for)\s+\S")


def _whom(phrase: str) -> str | None:
    """Whom a phrase after "of" or "for" stands for: "named" ("Sara Zelenak", "Mr
    Smith"), "described" ("the 21-year-old Australian", "the victim", "her late
    husband"), "body" for a name after "the" ("Friends of the Earth", "officials of
    the World Health Organization"), or None ("Lawyers for Human Rights")."""
    words = phrase.split()
    if words[0] in ("her", "his", "their"):
        return "described"
    if words[0] in ("the", "a", "an") and len(words) > 1:
        return "body" if words[1][:1].isupper() else "described"
    found = _read_person(phrase)
    return "named" if found is not None and found.kind == "person" else None


def _epithet_head(phrase: str) -> str | None:
    """The head of an epithet, the way news and sports writing calls the person it is
    about once named: "the British number one", "the Hull City man", "the Scot". None
    for any other phrase: an epithet of what someone does ("the driver") may as well
    bring in someone new. (An age, "the 45-year-old", reads as a pronoun: see
    _read_common.)"""
    words = phrase.split()
    if not 2 <= len(words) <= 5 or words[0] not in ("the", "The"):
        return None
    last = words[-1].strip(_EDGE_PUNCT)
    if last in ("one", "two", "three") and words[-2] == "number":
        return "number"
    if last in ("man", "woman") and len(words) > 2 and words[-2][:1].isupper():
        return last  # "the Hull City man": where someone plays or comes from
    if (last in _DEMONYMS or last in _PARTY_MEMBERS) and (
            len(words) <= 3 or all(word[:1].isupper() for word in words[1:-1])):
        return last.lower()  # "the Scot", "the NSW Liberal", "the New York Democrat"
    return None


# "221 lawmakers", "1,200 workers": a number of people.
_COUNT = LazyPattern(r"\d{1,3}(?:,\d{3})*|\d+")


def _read_group(words: list[str]) -> _Subject | None:
    """People who speak together and are not named ("officials", "Israeli officials",
    "the authorities", "local residents"): the group as the text words it, a leading
    article dropped and a capital that only opens the sentence put down, so that the
    group never reads as a proper name. None for anything else before the plural noun
    ("the officials who …" is cut before it reaches here)."""
    if len(words) > 5:
        return None
    qualifiers = words[:-1]
    if not all(w.lower() in _GROUP_QUALIFIERS or (w[:1].isupper() and w.strip(_EDGE_PUNCT).replace(".", "").isalpha())
               or i == 0 and _COUNT.fullmatch(w) for i, w in enumerate(qualifiers)):
        return None
    if qualifiers and qualifiers[0].lower() == "the":
        words = words[1:]
    first = words[0]
    if first.lower() in _GROUP_QUALIFIERS or _is_group_head(first.lower()):
        words = [first.lower(), *words[1:]]
    return _Subject(" ".join(words).strip(_EDGE_PUNCT), "group")


def _with_apposition(chunks: list[str]) -> _Subject | None:
    """"Name, description" (or "description, Name": "His neighbor, Omar Saleh")."""
    rest = [c for c in chunks[1:] if c.split()[0].lower() not in _NOT_DESCRIPTIONS]
    head = _read_subject(chunks[0])
    if head is not None and _SIGNED_DOCUMENT.fullmatch(chunks[0]):
        signed = _SIGNED_BY.match(", ".join(chunks[1:]))
        signers = _signers(signed.group(1)) if signed is not None else []
        if signers:
            # "The statement, signed off by Chief Operating Officer Rick Davey and …,": theirs
            return _Subject(" and ".join(signers), "group")
    issuer = _ISSUED_BY.match(chunks[1]) if head is not None and chunks[0].split()[-1].lower() in _DOCUMENT_WORDS \
        else None
    if issuer is not None:
        # "The statement, issued by the Interior Ministry,": the ministry speaks through it
        found = _read_subject(issuer.group(1))
        if found is not None and found.kind in ("person", "org"):
            return found._replace(description=chunks[0])
    # "His neighbor, Omar Saleh", "The leader of the union, Omar Saleh": a role, then the
    # name of the one who holds it, who is the speaker.
    role = head is not None and head.kind == "org" and chunks[0].split()[0].lower() in _COMMON_STARTS \
        and (chunks[0].split()[-1].islower() or _read_common(chunks[0]) is not None)
    if head is not None and head.kind == "person" and chunks[0].split()[0].lower() in _COMMON_STARTS \
            and (head.description or "").split()[-1:] in (["for"], ["of"], ["in"], ["from"]):
        role = True  # "The candidate for Bolton, Jane Smith,": Bolton is where, Jane Smith who
    # "Margaret's husband, Barry, 56,": an age is no part of the apposition's structure
    two = len(chunks) - sum(chunk.strip().isdigit() for chunk in chunks[2:]) == 2
    if head is not None and two and (head.kind == "org" or head.kind == "person" and (
            head.description or "").split()[-1:] in (["the"], ["of"], ["for"])):
        # "Alyn and Deeside MP, Jack Sargeant,", "Member of the Senedd, Jack Sargeant,": a
        # title read as a body or as a body's name, then the name of the one who holds it
        role = True
    if (head is None or role) and rest and (two or chunks[0].split()[0].lower() in _COMMON_STARTS):
        # "One resident, Mary Roe, 67,": the name, the rest describing
        named = _read_person(rest[0])
        if named and _only_title(named.description) \
                and len(named.name.split()) + len((named.description or "").split()) == len(rest[0].split()):
            return named._replace(description=chunks[0])
        body = _read_org(rest[0]) if role and named is None else None
        if body is not None and rest[0].startswith(("the ", "The ")):
            return body._replace(description=chunks[0])  # "his party, the Democratic Alliance (DA),"
    if head is None or head.kind not in ("person", "org"):
        return head
    description = ", ".join(rest).strip() or head.description
    return head._replace(description=description or None)




# "issued by the ministry": who put out a document.
_ISSUED_BY = compile_pattern(r"(?:issued|released|published|signed|posted|sent|put\s+out|shared)\s+by\s+(.+)$")
_DOCUMENT_WORDS = frozenset(noun.split()[-1] for noun in _DOC_NOUNS.split("|"))


def _only_title(description: str | None) -> bool:
    """Is a person's description nothing, or one title ("Dr.", "Gen.")? "The head of …,
    Dr. Ana Ruiz,": the name with its title is the one the role describes. A party and
    a title after "the" are one too ("The environment minister, the Labour MP Dan
    Whitlock,")."""
    if description is None or (len(description.split()) == 1 and description in _TITLES):
        return True
    words = description.split()
    return words[0] in ("the", "The") and len(words) <= 3 and all(w in _TITLES or w in _PARTIES for w in words[1:])


#: The points of the compass as the first word of a body's name ("Southern Water").
_COMPASS = frozenset("Northern Southern Eastern Western North South East West".split())


def _read_person(phrase: str) -> _Subject | None:
    """A name at the end of the phrase; what comes before it describes the person."""
    tokens = phrase.split()
    run = _capital_run(tokens)
    found = _person_in(tokens)
    if found is not None and found[1] == len(tokens) and _is_org_run(tokens[-run:]) \
            and not (found[0] and (_core(tokens[found[0] - 1]) in _TITLES or tokens[found[0] - 1].endswith(_POSSESSIVES))):
        # "Carol Roe of the city's Water Board": Roe; but "Press Secretary Aaron McLear",
        # "State Department Spokesman Ned Price": the body qualifies the title of a person,
        # and "The ANC's Dakota Legoete" is the body's person
        found = _person_before_link(tokens)
    if found is None:
        return None  # "the Water Board": no person
    start, end = found
    if end - start == 1 and start and tokens[start - 1] in _COMPASS and start - 1 == int(tokens[0] in ("The", "the")):
        # "Southern Water", "Northern Powergrid": a body, no "Water" from the south
        return _Subject(" ".join(_core(t) for t in tokens[start - 1 : end]), "org")
    name = " ".join(_core(t) for t in tokens[start:end])
    description = " ".join(tokens[:start] + tokens[end:]).strip(" ,") or None
    if description and description.lower() in _DETERMINERS:
        description = None
    return _Subject(name, "person", description)


def _titled_name_ends(tokens: Sequence[str]) -> bool:
    """Does a phrase end in a title in lower case and a name of two words or more ("…
    chief executive Michael Barnett", "… director Thane Maynard")?"""
    n = _name_tail(tokens)
    return n >= 2 and len(tokens) > n and _core(tokens[-n - 1]) in _LOWER_TITLES


def _person_in(tokens: Sequence[str]) -> tuple[int, int] | None:
    """Where the person's name is among ``tokens``: at the end, or before "of" when a
    place or body follows ("Rep. Jamie Raskin of Maryland", "inspector Carol Roe of
    the Water Board"), or "from" and a body."""
    n = _name_tail(tokens)
    if n <= 1 or len(tokens) > n and tokens[-n - 1] in ("of", "from"):
        # "Gene McGillian of Tradition Energy": the person before the link, the body after it
        found = _person_before_link(tokens)
        if found is not None:
            return found
    return (len(tokens) - n, len(tokens)) if n else None


def _person_before_link(tokens: Sequence[str]) -> tuple[int, int] | None:
    """A name of two words or more before the first "of" or "from" that follows one."""
    for of, link in enumerate(tokens[:-1]):
        if link not in ("of", "from"):
            continue
        m = _name_tail(tokens[:of])
        before = tokens[of - m - 1] if of > m else ""
        if m >= 2 and (not before or _core(before) in _TITLES or before.isalpha() and before.islower()):
            return of - m, of
    return None


def _read_org(phrase: str) -> _Subject | None:
    """A named organisation: "The State Department", "UNICEF"."""
    tokens = phrase.split()
    run = _capital_run(tokens)
    if not run or not _is_org_run(tokens[-run:]):
        return None
    first = len(tokens) - run
    if first and tokens[first - 1].lower() == "the":
        first -= 1
    return _Subject(" ".join(tokens[first:]).strip(EDGE_MARKS + ",;:!?"), "org")  # "(LULAC)" keeps its brackets


#: Titles in lower case, the heads of roles: "the captain", "the England coach".
_LOWER_TITLES = frozenset(title for title in _TITLES if title.islower())


def _read_common(phrase: str) -> _Subject | None:
    """"A prominent Latino advocacy group", "a spokesperson for the ministry"."""
    tokens = phrase.split()
    if tokens[0].lower() not in _COMMON_STARTS or len(tokens) > 12:
        return None
    if "who" in tokens:  # "a musician who lives near the border"
        tokens = tokens[: tokens.index("who")]
        phrase = " ".join(tokens)
    if len(tokens) > 9:
        return None
    head = []
    rest = tokens[1:]
    if tokens[0].lower() in ("one", "another") and len(tokens) > 3 and tokens[1] == "of" \
            and tokens[2].lower() in ("the", "his", "her", "their", "its"):
        # "one of the journalists told …": one of those the plural names
        plural = tokens[3].lower().strip(_EDGE_PUNCT)
        rest = [plural[:-1]] if plural.endswith("s") and len(tokens) == 4 else []
    for token in rest:
        if token.lower() in _HEAD_ENDS:
            break
        head.append(token.lower().strip(_EDGE_PUNCT))
    if len(tokens) == 2 and tokens[0].lower() == "the" and _AGE_EPITHET.match(tokens[1]):
        return _Subject(phrase, "pronoun")  # "the 45-year-old": the person the sentences before are about
    if head and (head[-1] in _SPEAKER_HEADS or _is_person_noun(head[-1]) or head[-1] in _PLAIN_SPEAKERS
                 or head[-1] in _PLAIN_PERSON_NOUNS
                 or head[-1] in _LOWER_TITLES):
        return _Subject(phrase, "org")
    return None



_AGE_EPITHET = compile_pattern(r"^\d+-year-old$")
#: Words after the head of a common noun phrase ("a spokesperson for the union", "a fruit
#: vendor outside the school").
_HEAD_ENDS = frozenset("for of at with from in outside near inside behind".split())

#: Heads of a common noun phrase that name one person ("a spokesperson for the union").
_PERSON_HEADS = frozenset("""spokesperson spokesman spokeswoman official source aide president minister
    secretary senator governor mayor envoy head chief boss leader owner judge representative executive
    attorney relative""".split())


def _person_description(phrase: str) -> bool:
    """Does a common noun phrase name one person ("a spokesperson for the union", "the
    official"), not a body or a document ("the group", "a statement")?"""
    tokens = phrase.split()
    if len(tokens) < 2 or len(tokens) > 16 or tokens[0].lower() not in _COMMON_STARTS:
        return False
    head = ""
    for token in tokens[1:]:
        if token.lower() in ("for", "of", "at", "with", "from", "in", "who"):
            break
        head = token.lower().strip(_EDGE_PUNCT)
    return head in _PERSON_HEADS or _is_person_noun(head)


def _is_group_head(word: str) -> bool:
    """Does a plural in lower case name people who speak together: one of the usual heads
    ("officials", "residents"), or the plural of a noun for what a person does
    ("regulators", "commuters", "shopkeepers")? Not a capitalised word: "Sanders" is a
    name as often as "Regulators" opens a sentence (see speakers._resolve)."""
    return word in _GROUP_HEADS or (word.endswith("s") and not word.endswith("ss") and word.isalpha()
                                    and word.islower() and _is_person_noun(word[:-1]))


def _is_person_noun(word: str) -> bool:
    """Does a lower-case noun name a person by what they do ("the musician", "a
    witness", "the driver")?"""
    if word in _UNSUFFIXED_ROLE_NOUNS:
        return True
    return word.isalpha() and len(word) > 4 and word.endswith(_ROLE_SUFFIXES) \
        and not word.endswith(("ment", "ance", "ence", "tion", "sion", "ness")) and word not in _NOT_PERSON_NOUNS


#: Common words with the endings of role nouns that name no person ("this matter said",
#: "the incident", "an important", "the budget process").
_NOT_PERSON_NOUNS = frozenset("""business illness matter number order letter paper water weather power
    border chapter quarter corner error factor sector mirror motor floor colour color honour honor
    labour labor other another together whether however never under after later winter summer
    center centre cancer computer manner shelter theatre theater river silver tower disaster register
    character chamber filter answer offer dinner banner tractor incident accident content event
    extent intent percent current element talent plant grant restaurant important significant
    different recent urgent independent present absent permanent apparent evident relevant constant
    instant distant vacant variant process access success recess excess address progress
    congress stress distress express mattress fortress""".split())
#: Role nouns the suffixes miss: a British spelling ("neighbor", "neighbour"), those of
#: students and of people who stand for something ("one sophomore said"), and those in
#: "-ee" and "-ic", whose endings name things as often ("committee", "traffic").
_UNSUFFIXED_ROLE_NOUNS = frozenset(
    """neighbour sophomore pupil candidate advocate delegate graduate colleague
    employee trainee retiree attendee nominee detainee refugee evacuee trustee appointee licensee
    interviewee escapee divorcee amputee absentee franchisee honoree inductee returnee
    medic critic cleric mechanic nurse surgeon chef midwife cop vet fan monk nun chaplain
    veteran citizen witness eyewitness""".split()
)
#: Nouns for a person that the suffixes miss, as news writing names those whose words it
#: relays or quotes ("Police said the suspect shouted “…”", "a nurse told him “…”", "the
#: victim said: “…”"): heads of a subject (see _read_common).
_PLAIN_PERSON_NOUNS = frozenset("nurse suspect victim pilot guard wife husband son man woman boy girl".split())


@functools.lru_cache(maxsize=1 << 16)  # asked of the word after every name, like the tests above
def _is_verb(token: str) -> bool:
    word = token.strip(_EDGE_PUNCT)
    if not word.islower() or "-" in word:
        return False
    if word in _FINITE_CUES or word in _AUXILIARIES or word in _COMMON_VERBS:
        return True
    return len(word) >= 5 and word.endswith("ed") and word not in _ED_ADJECTIVES

_APPOSITION = compile_pattern(r",\s+([^,.;]*)")
_SUBJECT_OF_VERB = compile_pattern(
    r"(?:,?\s+(?:however|though),?|\s+(?:also|later|previously|has|had|then|repeatedly|once))?\s+([a-z]+)(?![\w\-])"
)


def _apposition(text: str, at: int) -> str | None:
    """The description after a name ending at ``at``: ", general secretary of …", ", 34,"."""
    if not text.startswith(",", at):  # most names are not followed by one
        return None
    match = _APPOSITION.match(text, at)
    if match is None or not match.group(1):
        return None
    first = match.group(1).split(None, 1)[0] if match.group(1).strip() else ""
    if first[:1].islower() and _is_verb(first):
        return None  # "…, who owns a shop in Newport Arcade, said his …": the clause's verb, no description
    if first[:1].islower() or first[:1].isdigit() or first in _TITLES:
        return match.group(1).strip()
    return None


def _followed_by_verb(text: str, at: int) -> bool:
    """Is a name ending at ``at`` the subject of the verb after it ("Rubio met",
    "Trump has claimed")?"""
    match = _SUBJECT_OF_VERB.match(text, at)
    return match is not None and _is_verb(match.group(1))


_CAPITALISED = r"\(?[A-ZÀ-ÖØ-Þ][\w'.\-]*\)?"
# A capitalised word not inside a word, then more joined by spaces and connectors. The
# first word is spelt so that the pattern starts with its first character (a bracket
# or a capital), the not-inside-a-word test looking back from there: a pattern that
# starts with a look-behind is tried at every position of the text.
_RUN = compile_pattern(
    r"[(A-ZÀ-ÖØ-Þ](?<![\w'.\-][\s\S])(?:(?<=\()[A-ZÀ-ÖØ-Þ]|(?<!\())[\w'.\-]*\)?"
    rf"(?:[ ]+(?:(?:of[ ]+the|of|for|and|de|del|la|van|von|bin|al|da|dos|&)[ ]+)?{_CAPITALISED})*"
)


class _Run(NamedTuple):
    """A run of capitalised words, read for what its words alone tell."""

    offset: int
    """From where the run matched to its first word kept: a leading function word
    ("But Bukele’s") is left out."""
    length: int
    """Of its words joined by single spaces: the text after the run is read from
    there."""
    words: int
    tail: int
    """How many words at its end form a person's name (see _name_tail)."""
    is_org: bool
    """It names an organisation (any word of it is an organisation word)."""
    media_only: bool
    """Every word of it is a news outlet or platform."""
    name: str
    """The person's name (its tail, punctuation dropped) or the organisation's."""
    last: str
    """Its last word, punctuation dropped: how a person is known."""
    possessive: bool


def _participle_of_a_cue(word: str) -> bool:
    """Is a capitalised word the -ing form of a verb of speaking ("Labelling",
    "Describing", "Calling"), not a first name ("Channing", "Irving")?"""
    lower = word.lower()
    if len(lower) < 7 or not lower.endswith("ing") or not word[:1].isupper():
        return False
    stem = lower[:-3]
    return any(form in _FINITE_CUES for form in (stem + "ed", stem + "d", stem + "s", stem + "es", stem[:-1] + "ed"))


def _ends_sentence(token: str) -> bool:
    """Does a capitalised word with a full stop end its sentence ("Kennerly.")? Not an
    initial ("S."), initials ("U.S."), nor an abbreviation ("Gov.", "Calif.", "Corp.")."""
    core = token[:-1]
    return token.endswith(".") and len(core) >= 4 and core.isalpha() and core[1:].islower() \
        and core.lower() not in _ABBREVIATIONS and core not in _TITLES


#: Abbreviations of four letters or more that a capitalised run goes on after: US states,
#: months, firms, titles _TITLES lacks ("Sen. Jo Roe (D., Calif.)", "Acme Corp. Chairman").
_ABBREVIATIONS = frozenset("""calif mass wash conn penn tenn okla colo minn mich ariz nebr wisc mont
    sept corp bros assn dept univ blvd capt prof""".split())


# Runs recur (a name, "The State Department"): cached, each is classified once.
@functools.lru_cache(maxsize=1 << 16)
def _classify_run(run: str) -> _Run | None:
    """What the words of a capitalised run say; None if it is only function words."""
    tokens = run.split()
    skip = 0
    while skip < len(tokens) and tokens[skip] in _FUNCTION_WORDS:
        skip += 1
    if skip == len(tokens):
        return None
    if len(tokens) - skip > 2 and _participle_of_a_cue(tokens[skip]):
        skip += 1  # "Labelling Douglas Ross, …, the spokesperson said": the clause's verb, no first name
    offset = len(" ".join(tokens[:skip])) + 1 if skip else 0
    tokens = tokens[skip:]
    end = next((i + 1 for i, t in enumerate(tokens[:-1]) if _ends_sentence(t)), len(tokens))
    if all(t in _FUNCTION_WORDS for t in tokens[end:]):
        # "said Raymond Kennerly. He said": the name ends its sentence, and what the run
        # goes on with opens the next ("Moscow.  Zelensky said" is read for its tail)
        tokens = tokens[:end]
    if len(tokens) > 2 and _core(tokens[-1]) in _WEEKDAYS:
        tokens = tokens[:-1]  # "says Prime Minister Najib Tun Razak Thursday": the day is no part of the name
    if "of" in tokens[1:]:
        # "Mr. Belliveau of Médecins Sans Frontières", "Rep. Jamie Raskin of Maryland": the
        # person named before "of", the body or place after it only says where they are.
        head = tokens[: tokens.index("of", 1)]
        named = _name_tail(head)
        titled = 0 < named < len(head) and _core(head[-named - 1]) in _TITLES
        if (titled or named >= 2) and not _is_org_run(head):
            tokens = head
    tail, is_org = _name_tail(tokens), _is_org_run(tokens)
    if is_org and 1 < tail < len(tokens) and tokens[-tail - 1].endswith(_POSSESSIVES):
        is_org = False  # "The ANC's Dakota Legoete": the body owns the person named after it
    if is_org and 0 < tail < len(tokens) and _core(tokens[-tail - 1]) in _TITLES:
        # "Superior Court Judge Charlaine Olmedo", "State Department Spokesman Ned Price":
        # the body qualifies the title of the person named after it.
        is_org = False
    if is_org:
        owner = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(_POSSESSIVES)), None)
        if owner is not None and _is_org_run(tokens[: owner + 1]) and not _is_org_run(tokens[owner + 1 :]):
            # "Reuters' American depositary receipts": the body is the owner, what it owns no body
            name = _strip_possessive(tokens[owner].strip(",;:"))
        else:
            name = " ".join(tokens).strip(",;:")
    else:
        name = " ".join(_core(t) for t in tokens[-tail:]) if tail else ""
    return _Run(
        offset=offset, length=len(" ".join(tokens)), words=len(tokens), tail=tail, is_org=is_org,
        media_only=all(_core(t) in _MEDIA for t in tokens), name=name, last=_core(tokens[-1]),
        possessive=tokens[-1].endswith(("’s", "'s")),
    )


class _Named(NamedTuple):
    """A person's name at ``pos`` of a paragraph's frame."""

    pos: int
    name: str
    last: str
    description: str | None
    """The apposition after it, when the mention shows the name is a person's."""


class _Names(NamedTuple):
    """The names in one paragraph's frame, as its text alone tells them."""

    introduced: list[_Named]
    """Names the paragraph shows are people's: with a title or an apposition (a full
    name), or as the subject of a verb."""
    people: list[_Named]
    """Every run that ends in a name: a mention of a person if the article knows the
    name for one."""
    orgs: list[tuple[int, str]]
    """(pos, name) of every organisation but news outlets."""
    opening: list[_Named]
    """One-word names that would be introduced by their verb but open a sentence,
    where any noun has a capital ("Schools stayed shut"): people's only if the article
    does not show the word for a noun (see speakers._Registry.shows_name)."""
    shown: list[str]
    """The one-word names the paragraph shows for names otherwise than by opening a
    sentence: with a title, or capitalised inside a sentence (see _opens_sentence)."""


def _read_names(frame: str) -> _Names:
    """The names of one paragraph's frame (see _Names)."""
    introduced: list[_Named] = []
    people: list[_Named] = []
    orgs: list[tuple[int, str]] = []
    opening: list[_Named] = []
    shown: list[str] = []
    for match in _RUN.finditer(straight_apostrophes(frame)):
        run = _classify_run(frame[match.start():match.end()])
        if run is None:
            continue
        pos = match.start() + run.offset
        if run.is_org:
            if not run.media_only:
                orgs.append((pos, run.name))
        elif run.tail and not (run.words == 1 and frame.endswith("the ", 0, pos)):
            # The mention is where the name starts, past the titles and any word of the
            # sentence before ("Moscow.  Zelensky said"). One capitalised word after a
            # lower-case "the" names a team or a thing, not a person ("the Knights").
            at = pos if run.tail == run.words else _word_start(frame, pos, run.words - run.tail)
            opens = run.tail == 1 and _opens_sentence(frame, at)
            introduces, apposition = _introduction(frame, pos, run)
            # tuple.__new__, not the NamedTuple's own __new__ (a Python function): a long
            # article names people tens of thousands of times.
            named = tuple.__new__(_Named, (at, run.name, run.last, apposition if introduces else None))
            people.append(named)
            if introduces:
                (opening if opens else introduced).append(named)
            if run.tail == 1 and (not opens or _described(frame, pos + run.length)):
                shown.append(run.name)
    return _Names(introduced, people, orgs, opening, shown)


def _described(frame: str, at: int) -> bool:
    """Does a description of a person follow a name ending at ``at`` ("Jones, the
    council leader,", "Jones, 54,")?"""
    description = _apposition(frame, at)
    first = description.split(None, 1)[0] if description else ""
    return first in ("the", "a", "an") or first[:1].isdigit() or first in _TITLES


def _opens_sentence(frame: str, pos: int) -> bool:
    """Does the word at ``pos`` open a sentence, where any word is capitalised
    ("Schools stayed shut.", "… on Monday. Floods hit")? Not after a title ("Gov.
    Roe") or an initial, nor after a quotation: "“…” Roe said" names Roe."""
    before = frame[max(0, pos - 40) : pos].rstrip()  # a window: the word before is near
    if not before:
        return not frame[:pos].strip()
    if before[-1] in "!?":
        return not before[:-1].endswith(_PLACEHOLDER)
    if before[-1] != "." or before[:-1].endswith(_PLACEHOLDER):
        return False
    word = before.rsplit(None, 1)[-1]
    return not (word in _TITLES or len(word) == 2 or word[:-1].lower() in FRAME_ABBREVIATIONS)


def _word_start(text: str, pos: int, skip: int) -> int:
    """Where the word ``skip`` words after the one at ``pos`` starts."""
    at = pos
    for _ in range(skip):
        space = text.find(" ", at)
        if space < 0:
            return at
        at = space + len(text[space:]) - len(text[space:].lstrip(" "))
    return at


def _introduction(frame: str, pos: int, run: _Run) -> tuple[bool, str | None]:
    """Does a name run at ``pos`` show the name is a person's? And the apposition after it."""
    after = pos + run.length
    if run.tail < 2:  # a single name needs its verb; only then is an apposition read
        if not _followed_by_verb(frame, after):
            return False, None
        return True, None if run.possessive else _apposition(frame, after)
    apposition = None if run.possessive else _apposition(frame, after)
    titled = run.tail < run.words or bool(apposition) or _preceded_by_title(frame, pos)
    return titled or _followed_by_verb(frame, after) or _joined_subject(frame, after), apposition


# " and jeweller Colin Jeffries said": another full name, a title or two before it, then
# the verb the two share.
_AND_NAME_VERB = compile_pattern(
    r"\s+and\s+(?:[a-z]+\s+){0,2}[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){1,2}\s+([a-z]+)(?![\w\-])")


def _joined_subject(text: str, at: int) -> bool:
    """Is a full name ending at ``at`` one of two joined subjects of a verb ("Skate shop
    owner Darran Ward and jeweller Colin Jeffries said")?"""
    if not text.startswith(" and ", at):
        return False  # most names: a look at the next word saves the pattern
    match = _AND_NAME_VERB.match(text, at)
    return match is not None and _is_verb(match.group(1))


def _preceded_by_title(text: str, pos: int) -> bool:
    before = text[:pos].rsplit(None, 1)
    return bool(before) and before[-1].strip(_EDGE_PUNCT) in _TITLES
