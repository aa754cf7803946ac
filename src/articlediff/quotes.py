"""Quote stage: paragraphs → quotations and quoted terms, each with who said it.

Three steps. ``_scan`` finds the spans between quote marks in each paragraph; spans
are then joined into utterances (a quote split around its attribution, or running
over several paragraphs wire style); last, the words around each utterance are read
for its speaker and attribution cue. That reading works on a *frame*: the paragraph
with every quoted span replaced by a placeholder, so that nothing inside a quotation
is ever taken for a speaker or a cue. Plain rules and word lists, no model: fast and
predictable, and when no rule fits the speaker is None rather than a guess.
"""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

from .model import METADATA_ROLES, Paragraph
from .text.words import DOTTED_ACRONYM, WORD, straight_apostrophes

QuoteKind = Literal["quote", "term"]

#: Quoted spans of fewer words than this, inside a sentence, are terms ("harsh").
TERM_MAX_WORDS = 3
#: How far (in characters) from a quotation its attribution is looked for.
WINDOW = 600


class Quote(NamedTuple):
    """One quotation (or quoted term) of one version, with its attribution."""

    text: str
    """The quoted words, marks excluded; the parts joined by a space."""
    parts: tuple[str, ...]
    """The separately marked pieces of the utterance, in order: two for “…,” said X.
    “…”; one per paragraph for a quote that runs over several."""
    paragraph: int
    """Index of the paragraph the quotation starts in."""
    paragraphs: tuple[int, ...]
    """Indices of every paragraph it spans."""
    kind: QuoteKind = "quote"
    """``term`` for a short quoted phrase inside a sentence, else ``quote``."""
    speaker: str | None = None
    """Who said it: a person's fullest name in the article ("Mneesha Gellman"), an
    organisation or document as written ("The State Department", "an executive
    order"), or None when the text does not say."""
    speaker_description: str | None = None
    """How the attribution describes the speaker ("an international politics scholar")."""
    cue: str | None = None
    """The attribution clause: "said", "told CNN", "saying in a post", "according to"."""
    start: int | None = None
    """Offset of the opening mark in the first paragraph."""
    end: int | None = None
    """Offset just past its last closing mark in the first paragraph (the paragraph's
    length if the quotation runs on)."""


# --- word lists ---------------------------------------------------------------------

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FINITE_CUES = _words(
    """said says say added adds told tells wrote writes asked replied stated explained
    explains noted notes argued argues warned warns insisted insists claimed claims
    declared declares tweeted posted announced acknowledged admitted urged continued
    recalled responded testified cautioned complained conceded stressed emphasized
    emphasised suggested countered predicted vowed promised pledged maintained contended
    lamented quipped joked called calls described dubbed branded"""
)
_PARTICIPLE_CUES = _words(
    """saying adding telling writing noting arguing warning citing calling describing
    stating insisting claiming explaining declaring urging tweeting posting"""
)
# Verbs whose object is the person told, not the words: "told CNN".
_OBJECT_CUES = _words("told tells telling asked")
_NOT_INVERTED = _words("told tells telling")
# Word lists are looked up in sets after a plain word pattern matches: one big
# alternation per list costs milliseconds to compile at every start-up. (So does, at
# a tenth of a millisecond, each character class mixing "’" with several other
# characters: the not-in-a-word tests test "’" apart.)
_WORD_OR_ACCORDING = re.compile(r"(?<![\w\-'])(?<!’)([Aa]ccording to|[a-z]+)(?![\w\-'])(?!’)")
# What _WORD_OR_ACCORDING matches that is a cue: a cue verb, or "according to" (the
# one match with a space), so that telling a cue from another word is one look-up.
_CUES = _FINITE_CUES | _PARTICIPLE_CUES | {"according to", "According to"}


def _is_cue(match: re.Match[str] | None) -> bool:
    return match is not None and match.group(1) in _CUES


def _cues(text: str) -> list[re.Match[str]]:
    """The attribution verbs of ``text`` ("said", "told", "according to"), in order."""
    # Every lower-case word matches: the test is written out, not a call to _is_cue.
    return [m for m in _WORD_OR_ACCORDING.finditer(text) if m.group(1) in _CUES]


def _first_cue(text: str) -> re.Match[str] | None:
    return next((m for m in _WORD_OR_ACCORDING.finditer(text) if m.group(1) in _CUES), None)


def _cue_at(text: str, pos: int = 0) -> re.Match[str] | None:
    match = _WORD_OR_ACCORDING.match(text, pos)
    return match if _is_cue(match) else None


# _CHANNEL, _TOLD_OBJECT, _DOC_OBJECT, _POSSESSIVE_DOC and _RUN are matched against
# text with straight apostrophes (see straight_apostrophes), which they are written for.
_CHANNEL = re.compile(
    r"\s+(?:in|at|on|to|during|via|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w'\-]+\s+){0,2}?"
    r"(?:post|posts|statement|interview|email|e-mail|letter|tweet|video|briefing|conference|"
    r"hearing|speech|message|call|release|op-ed|podcast|broadcast|rally|X|Twitter|Facebook|"
    r"Instagram|Telegram|Truth\s+Social|media|television|TV|radio)\b"
)
_TOLD_OBJECT = re.compile(
    r"\s+((?:(?:The|the)\s+)?(?:[A-Z][\w'.\-]*)(?:\s+[A-Z][\w'.\-]*){0,3}|reporters|journalists|"
    r"lawmakers|supporters|the\s+(?:newspaper|outlet|network|agency|audience|crowd|court|committee))"
)
_AUXILIARIES = _words(
    """is are was were has have had will would could can may might should must did does
    do been being"""
)
_COMMON_VERBS = _words(
    """hinted confirmed signed issued released met unveiled decried condemned criticized
    criticised praised welcomed rejected denied defended accused spoke speaks went came
    took made gave pushed slammed blasted hailed offered agreed boasted sent filed
    published adopted passed urged"""
)
# Words ending in -ed that are mostly adjectives before a noun.
_ED_ADJECTIVES = _words(
    """alleged armed based called convicted detained deported elected retired united related
    proposed expected reported limited concerned interested experienced advanced skilled
    qualified supposed unprecedented appointed designated indicted jailed imprisoned
    married named undocumented displaced wounded injured killed embattled red"""
)
_DOC_VERBS = _words("signed issued released published filed sent posted unveiled adopted passed")
_DOC_NOUNS = (
    "executive order|order|statement|report|memo|memorandum|letter|advisory|decree|ruling|"
    "indictment|filing|lawsuit|complaint|resolution|proclamation|bill|post|tweet|release|"
    "document|notice|guidance|opinion|decision|directive|declaration|study|survey|analysis|assessment"
)
_DOC_OBJECT = re.compile(
    r"\b(?:a|an|the|its|his|her|their)\s+(?:[\w'\-]+\s+){0,3}?(?:" + _DOC_NOUNS + r")\b"
)
_POSSESSIVE_DOC = re.compile(r"^(.+?)'s\s+(?:[\w'\-]+\s+){0,2}?(?:" + _DOC_NOUNS + r")\b")
_PERSON_PRONOUNS = _words("he she they")
_ORG_PRONOUNS = frozenset({"it"}) | {
    f"the {noun}" for noun in _words(
        """group organization organisation company agency association league coalition campaign
        union firm ministry department office"""
    )
}
#: Head nouns that make "a/the …" phrase a speaker: bodies, offices, documents.
_SPEAKER_HEADS = _words(
    """group organization organisation department ministry agency office government administration
    spokesperson spokesman spokeswoman official police company union council committee court
    party campaign embassy coalition association league network board commission army military
    foundation institute university firm bank team federation authority newspaper outlet
    website statement order report advisory memo letter decree ruling lawsuit filing complaint
    resolution proclamation release post tweet document notice directive declaration study
    survey assessment president minister secretary senator governor mayor spokesperson envoy"""
)
_DETERMINERS = _words("a an the this that its his her their")
_TITLES = _words(
    """President Secretary State Minister Prime Vice Deputy Sen. Senator Rep. Representative Gov.
    Governor Mayor Judge Justice General Gen. Dr. Mr. Mrs. Ms. Miss Prof. Professor Chief
    Director Ambassador Envoy Chairman Chairwoman Chair CEO Pope King Queen Prince Princess
    Attorney Speaker Leader Commissioner Officer Sgt. Capt. Lt. Col. Adm. Rev. Sheikh Lord
    Lady Sir Dame Father Bishop Cardinal Chancellor Premier Treasurer Inspector Detective Agent
    Coach Captain Pastor Rabbi Imam Dean National Executive Founder Spokesman Spokeswoman
    Spokesperson Lawmaker Congressman Congresswoman Councilman Councilwoman Commander Marshal
    president secretary minister senator governor mayor judge professor director ambassador
    envoy chairman chairwoman chief leader spokesman spokeswoman spokesperson lawyer attorney
    commissioner officer analyst scholar researcher expert economist activist advocate founder
    executive official strategist lawmaker candidate coach captain general host author"""
)
_PLACES = _words(
    """US U.S. USA U.S.A. UK U.K. EU U.N. UN America American Americans United States Latin North
    South East West Central Western Eastern Northern Southern Europe European Africa African
    Asia Asian Middle Pacific Atlantic Caribbean Hemisphere El Salvador Salvadoran Salvadorean
    Venezuela Venezuelan Mexico Mexican Colombia Colombian Guatemala Guatemalan Honduras Honduran
    Nicaragua Panama Cuba Cuban Brazil Brazilian Argentina Peru Chile Canada Canadian China
    Chinese Russia Russian Ukraine Ukrainian Israel Israeli Gaza Iran Iranian Iraq Syria Turkey
    Turkish India Indian Pakistan Japan Japanese Korea Korean Germany German France French
    Britain British England English Spain Spanish Italy Italian Poland Polish Washington
    Caracas Beijing Moscow London Paris Berlin Brussels Kyiv Jerusalem Texas California Florida
    New York City Kingdom Republic"""
)
_FUNCTION_WORDS = _words(
    """The A An In On At But And Or This That These Those It Its He She They We I You His Her
    Their Our As After Before When While If For From With By To Of Under Over Ahead Speaking
    According Asked Earlier Later Meanwhile However Still Yet Also So Some Many Most Both One
    Two Three No Not Then There Here What Who Why How Where Which Even Only Just Since During
    Despite Although Though Following Last Next First"""
)
_CALENDAR = _words(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Jan. Feb. Aug. Sept. Oct. Nov. Dec."""
)
_ORG_WORDS = _words(
    """Department Ministry House Court Congress Senate Party Front League Group Association
    International Council Committee University College Institute Foundation Agency Office
    Administration Inc. Corp. Company Co. Bank Union Organization Organisation Commission Church
    Army Police Force Forces Network News Times Post Press Journal Watch Nations Board Campaign
    Coalition Alliance Federation Center Centre Service Services Authority Government Embassy
    Assembly Parliament Cabinet Club Team Bureau Media Airlines Holdings Fund Council Reuters
    CNN AP AFP BBC Pentagon Kremlin"""
)
#: News outlets and platforms: named as a channel ("told CNN"), rarely the speaker.
_MEDIA = _words("CNN AP AFP BBC Reuters X Twitter Facebook Instagram Telegram")
#: Plural nouns that open sentences: "Officials said" names nobody.
_GROUP_NOUNS = _words(
    """Officials Critics Residents Protesters Experts Analysts Authorities Police Witnesses
    Prosecutors Investigators Lawmakers Democrats Republicans Activists Doctors Researchers
    Scientists Economists Observers Supporters Opponents Voters Workers Parents Students
    Teachers Families Officers Soldiers Rescuers Organizers Neighbors Relatives Diplomats
    Sources Leaders Members Others Many Several Locals Migrants Deportees Rights"""
)
# A capitalised word ending like a job ("Prosecutor", "Biologist", "Organizer") before a
# first and last name is taken for a title.
_ROLE_SUFFIXES = ("or", "er", "ist", "ian", "ant", "ent", "man", "woman", "ess")
_NOT_NAMES = _MEDIA | _GROUP_NOUNS | _TITLES | _PLACES | _FUNCTION_WORDS | _CALENDAR | _ORG_WORDS
_PARTICLES = _words("de del della di da dos das du la le van von der den bin al ibn y")
_ADVERBIAL_STARTS = _words(
    """on in at after before during following ahead since speaking asked earlier later meanwhile
    however still yet but and separately also last this despite while when as if although
    though for from with without under over by until instead moreover today yesterday then now
    so thus elsewhere overall again speaking writing testifying responding referring addressing appearing
    commenting reacting citing noting pointing talking announcing explaining describing
    standing arriving returning visiting"""
)
_TRAILING_ADVERBS = _words(
    """also later previously then once again publicly recently reportedly repeatedly earlier
    separately further simply only just first has have had would will already privately
    openly angrily bluntly flatly quickly subsequently today yesterday"""
)
_DAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday")
_RELATIVE_SPLIT = re.compile(r"\s(?:that|which|when|because|after|before|while|if|as)\s")

_ABBREVIATIONS = _words(
    """Mr Mrs Ms Dr Prof Sen Rep Gov Gen Col Lt Sgt Capt Adm St Jr Sr No Inc Co Corp Ltd vs
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Rev Ft Mt"""
)
_SENTENCE_STARTERS = _words("The A An But And It Its He She They We I In On At This That There As")

# --- step 1: spans between marks -------------------------------------------------------

_MARK = re.compile("[\"“”„«»‘’‚']")
_DOUBLE_CLOSERS = {"“": "”\"", "„": "“”\"", "«": "»", '"': "\"”", "”": "”", "»": "«"}
_SINGLE_CLOSERS = {"‘": "’", "‚": "‘’", "'": "'’"}
_ELISION = re.compile(r"(?:em|n|til|cause|tis|twas|\d\d)\b", re.IGNORECASE)
_BEFORE_OPENER = "([{—–-/"


class _Span(NamedTuple):
    """A quoted span of one paragraph: ``text[start:end]`` with its marks."""

    start: int
    end: int
    content: str
    open_at_end: bool = False
    """The paragraph ended before a closing mark."""


def _opener_context(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before.isspace() or before in _BEFORE_OPENER or before in "“\"„«") and bool(after) and not after.isspace()


def _closer_context(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _scan(text: str) -> list[_Span]:
    """Quoted spans of one paragraph, in order. Never fails: an unclosed double quote
    runs to the paragraph's end, an unclosed single one is taken for apostrophes."""
    if text.isascii() and '"' not in text and "'" not in text:
        return []  # as in many paragraphs: two fast scans, not a search for any of ten marks
    spans: list[_Span] = []
    mark: str | None = None  # the opening mark of the span we are in
    at = 0
    for match in _MARK.finditer(text):
        i, ch = match.start(), match.group()
        if mark is None:
            mark, at = _open_at_top(text, i, ch), i
        elif mark in _SINGLE_CLOSERS:
            if ch in _SINGLE_CLOSERS[mark] and _closer_context(text, i):
                spans.append(_Span(at, i + 1, text[at + 1 : i]))
                mark = None
            elif ch in "“„«\"" and _opener_context(text, i):
                mark, at = ch, i  # the single mark was an apostrophe after all
        elif ch in _DOUBLE_CLOSERS[mark] and not (ch == '"' and _opener_context(text, i)
                                                 and not _closer_context(text, i)):
            spans.append(_Span(at, i + 1, text[at + 1 : i]))
            mark = None
        elif ch in "“„«\"" and _opener_context(text, i):
            # A new opening mark while one is open: the first was never closed.
            spans.append(_Span(at, i, text[at + 1 : i]))
            mark, at = ch, i
    if mark is not None and mark in _DOUBLE_CLOSERS:
        spans.append(_Span(at, len(text), text[at + 1 :], open_at_end=True))
    return [s for s in spans if s.content.strip()]


def _open_at_top(text: str, i: int, ch: str) -> str | None:
    """The mark a span opens with at ``text[i]``, or None if it opens nothing there."""
    after = text[i + 1 : i + 2]
    if ch in "“„«":
        return ch if after and (not after.isspace() or ch == "«") else None
    if ch == '"':
        before = text[i - 1] if i else " "
        return ch if _opener_context(text, i) or not (before.isalnum() or _closer_context(text, i)) else None
    if ch in "”»":
        return ch if _opener_context(text, i) else None
    if ch in _SINGLE_CLOSERS and _opener_context(text, i) and after.isalpha():
        return None if _ELISION.match(text, i + 1) else ch
    return None


# --- frames and sentences --------------------------------------------------------------

_PLACEHOLDER = "\ue000"
# "[.!?][.!?]*", not "[.!?]+": a pattern that starts with a set of characters skips
# ahead to the next of them, twice as fast (see _RUN).
_AFTER_MARKS = r"[)\]]*\s+(?=\S)"  # closing brackets, then white space before more text
_BOUNDARY = re.compile(rf"[.!?][.!?]*{_AFTER_MARKS}")
# The same for a frame whose only mark is the full stop: one character to search for
# is found faster than any of a set (see segment._FULL_STOP_END).
_FULL_STOP_BOUNDARY = re.compile(rf"\.\.*{_AFTER_MARKS}")


class _Frame:
    """A paragraph with its quoted spans replaced by placeholders.

    Its sentences are found when first asked for: most paragraphs of a long article
    hold no quotation, and of those only the few near a pronoun are ever read
    sentence by sentence.
    """

    __slots__ = ("text", "places", "_sentences", "_starts")

    def __init__(self, text: str, places: list[int]) -> None:
        self.text = text
        self.places = places
        """Where each span's placeholder starts in ``text``."""
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None

    # Properties that keep what they found, not functools.cached_property, whose first
    # reading takes a lock: a long article has thousands of frames, each read once.
    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            self._sentences = _sentence_bounds(self.text)
        return self._sentences

    @property
    def starts(self) -> list[int]:
        """Where each sentence starts (for bisecting)."""
        if self._starts is None:
            self._starts = [start for start, _ in self.sentences]
        return self._starts


def _make_frame(text: str, spans: Sequence[_Span]) -> _Frame:
    """Replace each span by a placeholder (and a full stop if one ends it inside)."""
    text = text.replace(_PLACEHOLDER, " ")  # the text's own would pass for a quotation
    pieces: list[str] = []
    places: list[int] = []
    pos = length = 0
    for span in spans:
        piece = text[pos : span.start]
        pieces.append(piece)
        length += len(piece)
        places.append(length)
        # A full stop inside the marks ends the sentence outside them too.
        marker = _PLACEHOLDER + ("." if span.content.rstrip().endswith((".", "!", "?", "…")) else "")
        pieces.append(marker)
        length += len(marker)
        pos = span.end
    pieces.append(text[pos:])
    return _Frame("".join(pieces), places)


_OPENS_SENTENCE = _PLACEHOLDER + "(“\"„«"  # besides a capital or a digit


def _sentence_bounds(frame: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: a stop, then a capital, a digit or a quotation."""
    bounds: list[tuple[int, int]] = []
    start = 0
    boundaries = _BOUNDARY if "!" in frame or "?" in frame else _FULL_STOP_BOUNDARY
    for match in boundaries.finditer(frame):
        nxt = frame[match.end()]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENS_SENTENCE):
            continue
        if frame[match.start()] == "." and _is_abbreviation(_word_before(frame, match.start()), frame, match.end()):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(frame)))
    return bounds


def _word_before(frame: str, end: int) -> str:
    before = frame[max(0, end - 40) : end].rsplit(None, 1)
    return before[-1].lstrip("(“\"") if before else ""


def _is_abbreviation(word: str, frame: str, after: int) -> bool:
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    if DOTTED_ACRONYM.fullmatch(word):  # U.S, U.N
        next_word = frame[after:].split(None, 1)[0] if frame[after:].strip() else ""
        return next_word not in _SENTENCE_STARTERS
    return False


def _sentence_start(frame: _Frame, pos: int) -> int:
    """Where the sentence around ``pos`` starts (it names the sentence)."""
    return frame.starts[bisect.bisect_right(frame.starts, pos) - 1]


def _sentence_at(frame: _Frame, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, cut to WINDOW characters either side of it: cues
    are near their quotation, and a limit keeps run-on paragraphs linear."""
    start, end = frame.sentences[bisect.bisect_right(frame.starts, pos) - 1]
    return max(start, pos - WINDOW), min(end, pos + WINDOW)


def _placeholder_end(frame: _Frame, k: int) -> int:
    end = frame.places[k] + 1
    return end + 1 if frame.text[end : end + 1] == "." else end


# --- reading noun phrases ----------------------------------------------------------------


class _Subject(NamedTuple):
    """A speaker as the text names it, before names are resolved across the article."""

    name: str
    kind: Literal["person", "org", "pronoun", "org_pronoun"]
    description: str | None = None


_EDGE_PUNCT = "“”\"'‘’«»„,;:!?()[]"
_CONNECTORS = _words("of for and de & the")


# The token tests below are pure and asked again and again of the same few thousand
# words of an article (names recur): cached, they cost a dictionary look-up.
@functools.lru_cache(maxsize=1 << 16)
def _core(token: str) -> str:
    """A word without the punctuation around it ("Bukele." → "Bukele"; "L." stays)."""
    core = _strip_possessive(token.strip(_EDGE_PUNCT))
    if core.endswith(".") and core.count(".") == 1 and len(core) > 2 and core[:-1] not in _ABBREVIATIONS:
        core = core[:-1]
    return core


@functools.lru_cache(maxsize=1 << 16)
def _is_name_token(token: str) -> bool:
    core = _core(token)
    if not core or not core[0].isupper() or core in _NOT_NAMES or _is_acronym(core):
        return False
    return "-" not in core or not any(part in _TITLES for part in core.split("-"))  # Secretary-General


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
    while n < len(tokens) and n < 5:
        token = tokens[-1 - n]
        particle = token in _PARTICLES and n > 0 and n + 1 < len(tokens) and _is_name_token(tokens[-2 - n])
        if not (_is_name_token(token) or particle):
            break
        n += 1
    if n >= 3 and tokens[-n].endswith(_ROLE_SUFFIXES):
        n -= 1  # "Prosecutor Linda Greene"
    return n


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
    return any(map(_is_org_token, tokens))


@functools.lru_cache(maxsize=1 << 16)
def _is_org_token(token: str) -> bool:
    core = _core(token)
    return core in _ORG_WORDS or (_is_acronym(core) and core not in _PLACES)


def _split_top_level(text: str) -> list[str]:
    """Split at commas outside brackets."""
    if "(" not in text and "[" not in text:  # no bracket opens: every comma splits
        return [c for c in (chunk.strip() for chunk in text.split(",")) if c]
    chunks, depth, start = [], 0, 0
    # Only brackets and commas count: a pattern finds them, faster than a loop over every
    # character. (Compiled when first needed, as few phrases hold a bracket.)
    for match in re.finditer(r"[()\[\],]", text):
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


def _read_subject(phrase: str) -> _Subject | None:
    """Who a noun phrase names: a person, an organisation, a document, a pronoun."""
    phrase = phrase.strip(" ,;:–—-")
    if not phrase or _PLACEHOLDER in phrase or len(phrase.split()) > 30:
        return None
    lower = phrase.lower()
    if lower in _PERSON_PRONOUNS:
        return _Subject(lower, "pronoun")
    if lower in _ORG_PRONOUNS:
        return _Subject(lower, "org_pronoun")
    chunks = _split_top_level(phrase)
    if len(chunks) > 1:
        return _with_apposition(chunks)
    owner = _POSSESSIVE_DOC.match(straight_apostrophes(phrase))
    if owner:
        return _read_subject(phrase[owner.start(1):owner.end(1)])
    return _read_person(phrase) or _read_common(phrase) or _read_org(phrase)


def _with_apposition(chunks: list[str]) -> _Subject | None:
    """"Name, description" (or "description, Name": "His neighbor, Omar Saleh")."""
    rest = [c for c in chunks[1:] if c.split()[0].lower() not in _NOT_DESCRIPTIONS]
    head = _read_subject(chunks[0])
    if head is None and len(chunks) == 2 and rest:
        named = _read_person(rest[0])
        if named and named.description is None and len(named.name.split()) == len(rest[0].split()):
            return named._replace(description=chunks[0])
    if head is None or head.kind not in ("person", "org"):
        return head
    description = ", ".join(rest).strip() or head.description
    return head._replace(description=description or None)


_NOT_DESCRIPTIONS = _words("who whose which in on at speaking and but")


def _read_person(phrase: str) -> _Subject | None:
    """A name at the end of the phrase; what comes before it describes the person."""
    tokens = phrase.split()
    run = _capital_run(tokens)
    found = _person_in(tokens)
    if found is None or _is_org_run(tokens[-run:]):
        return None
    start, end = found
    name = " ".join(_core(t) for t in tokens[start:end])
    description = " ".join(tokens[:start] + tokens[end:]).strip(" ,") or None
    if description and description.lower() in _DETERMINERS:
        description = None
    return _Subject(name, "person", description)


def _person_in(tokens: Sequence[str]) -> tuple[int, int] | None:
    """Where the person's name is among ``tokens``: at the end, or before "of" when a
    place follows ("Rep. Jamie Raskin of Maryland")."""
    n = _name_tail(tokens)
    if "of" in tokens[:-1] and n <= 1:
        of = len(tokens) - 1 - list(reversed(tokens)).index("of")
        m = _name_tail(tokens[:of])
        if m >= 2 and (of - m == 0 or _core(tokens[of - m - 1]) in _TITLES):
            return of - m, of
    return (len(tokens) - n, len(tokens)) if n else None


def _read_org(phrase: str) -> _Subject | None:
    """A named organisation: "The State Department", "UNICEF"."""
    tokens = phrase.split()
    run = _capital_run(tokens)
    if not run or not _is_org_run(tokens[-run:]):
        return None
    first = len(tokens) - run
    if first and tokens[first - 1].lower() == "the":
        first -= 1
    return _Subject(" ".join(tokens[first:]).strip("“”\"'‘’«»„,;:!?"), "org")  # "(LULAC)" keeps its brackets


def _read_common(phrase: str) -> _Subject | None:
    """"A prominent Latino advocacy group", "a spokesperson for the ministry"."""
    tokens = phrase.split()
    if tokens[0].lower() not in _DETERMINERS or len(tokens) > 9:
        return None
    head = []
    for token in tokens[1:]:
        if token.lower() in ("for", "of", "at", "with", "from", "in"):
            break
        head.append(token.lower().strip(_EDGE_PUNCT))
    if head and head[-1] in _SPEAKER_HEADS:
        return _Subject(phrase, "org")
    return None


@functools.lru_cache(maxsize=1 << 16)  # asked of the word after every name, like the tests above
def _is_verb(token: str) -> bool:
    word = token.strip(_EDGE_PUNCT)
    if not word.islower() or "-" in word:
        return False
    if word in _FINITE_CUES or word in _AUXILIARIES or word in _COMMON_VERBS:
        return True
    return len(word) >= 5 and word.endswith("ed") and word not in _ED_ADJECTIVES


# --- attribution clauses ----------------------------------------------------------------


class _Attribution(NamedTuple):
    subject: _Subject
    cue: str
    position: int
    """Where, in the frame, the speaker is named (for resolving pronouns)."""


def _cue_text(frame: str, match: re.Match[str]) -> str:
    """The cue with what belongs to it: "told CNN", "saying in a post"."""
    verb, end = match.group(1), match.end()
    straight = straight_apostrophes(frame)
    if verb in _OBJECT_CUES:
        obj = _TOLD_OBJECT.match(straight, end)
        if obj:
            told = frame[obj.start(1):obj.end(1)].rstrip(".")
            verb += " " + told
            end = obj.start(1) + len(told)
    channel = _CHANNEL.match(straight, end)
    if channel:
        verb += " " + " ".join(frame[channel.start():channel.end()].split())
    return verb[0].lower() + verb[1:]


def _drop_trailing_day(text: str) -> str:
    """"X on Monday" → "X": a day that ends the text, after a space and maybe "on"."""
    words = text.rsplit(None, 1)
    if not words or words[-1] not in _DAYS:
        return text
    before = text[: len(text) - len(words[-1])]
    if not before[-1:].isspace():
        return text
    head = before.rstrip()
    if head.endswith("on") and head[-3:-2].isspace():
        return head[:-2].rstrip()
    return head


def _strip_trailing(left: str) -> str:
    """Drop adverbs and times between a subject and its verb: "X also said"."""
    while True:
        left = _drop_trailing_day(left.rstrip())
        words = left.rsplit(None, 1)
        if len(words) == 2 and words[1] in _TRAILING_ADVERBS:
            left = words[0]
        else:
            return left.rstrip()


def _subject_before(left: str) -> _Subject | None:
    """The subject of a finite cue, from the clause text before it."""
    left = _strip_trailing(left)
    if not left:
        return None
    last = left.rsplit(None, 1)[-1]
    if last in ("who", "which"):
        antecedent = left.rsplit(None, 1)[0].rstrip(" ,") if " " in left else ""
        return _subject_at_end(antecedent)
    if last in ("and", "but"):
        return _main_clause(left)[0]
    if _PLACEHOLDER in left:
        left = left.rsplit(_PLACEHOLDER, 1)[1].lstrip(" .,")
    left = _RELATIVE_SPLIT.split(left)[-1]
    chunks = _drop_adverbials(_split_top_level(left))
    if not chunks:
        return None
    if left.rstrip().endswith(",") and len(chunks) > 1:
        return _read_subject(", ".join(chunks))  # "Name, description, said"
    clause = chunks[-1]
    if any(_is_verb(t) for t in clause.split()):
        return None
    return _read_subject(clause)


def _subject_at_end(text: str) -> _Subject | None:
    """The name or organisation a clause ends with ("…, according to the National
    Weather Service" in "…, which called it")."""
    tokens = text.split()
    run = _capital_run(tokens)
    if not run:
        return None
    first = len(tokens) - run
    if first and tokens[first - 1].lower() == "the":
        first -= 1
    return _read_subject(" ".join(tokens[first:]))


def _drop_adverbials(chunks: list[str]) -> list[str]:
    """Leading "On Friday,", "Speaking to CNN," chunks left out."""
    while chunks and chunks[0].split()[0].lower() in _ADVERBIAL_STARTS:
        chunks = chunks[1:]
    return chunks


def _main_clause(left: str) -> tuple[_Subject | None, str | None]:
    """The subject and verb of the sentence's main clause, for a participle cue ("X
    did Y, saying …") or a colon ("X disagreed: “…”")."""
    with_clause = re.search(r"\bwith\s+([^,]+?)\s*$", left)
    if with_clause:
        return _read_subject(with_clause.group(1)), None
    clause = ", ".join(_drop_adverbials(_split_top_level(left.split(_PLACEHOLDER, 1)[0])))
    tokens = clause.split()
    verb_at = next((i for i, t in enumerate(tokens) if _is_verb(t)), None)
    if not verb_at:
        return None, None
    verb = tokens[verb_at].strip(_EDGE_PUNCT)
    if verb in _DOC_VERBS:
        objects = " ".join(tokens[verb_at + 1 :])
        document = _DOC_OBJECT.search(straight_apostrophes(objects))
        if document:
            return _Subject(objects[document.start():document.end()], "org"), verb
    match = _cue_at(" ".join(tokens[verb_at:]))
    if match:
        verb = _cue_text(" ".join(tokens[verb_at:]), match)
    return _read_subject(" ".join(tokens[:verb_at])), verb


_AFTER_INVERTED = re.compile(r"\s+(?:in|at|on|during|via|before|after|while|when|as|to|by)\s")
_APPOSITION_END = re.compile(r"(?:,\s+(?:who|which|adding|referring|saying|noting|and|but)\b|\s+[–—]\s|;)")
# Between a cue and the quotation, a new clause: the cue is not the quotation's.
_CLAUSE_BREAK = re.compile(r",\s*(?:but|while|whereas|although|though|yet)\s|;")


def _is_according(match: re.Match[str]) -> bool:
    return match.group(1).lower() == "according to"


def _attribution_after(frame: _Frame, k: int) -> _Attribution | None:
    """An attribution right after the quote: "…,” Rubio said" or "…,” said X, a …"."""
    start = _placeholder_end(frame, k)
    _, sentence_end = _sentence_at(frame, frame.places[k])
    stop = min(frame.places[k + 1] if k + 1 < len(frame.places) else sentence_end, sentence_end)
    text = frame.text[start:stop]
    if not text.strip(" ,.;:–—-") and stop == sentence_end and sentence_end < len(frame.text):
        # “… world.” Rubio said. — a sentence of its own that is only an attribution.
        following = next((s for s in frame.sentences if s[0] == sentence_end), None)
        if following is None or _PLACEHOLDER in frame.text[following[0] : following[1]]:
            return None
        start, stop = following
        text = frame.text[start:stop]
        if len(text.split()) > 8:
            return None
    lead = len(text) - len(text.lstrip(" ,.;:!?–—-"))
    text = text[lead:]
    match = _first_cue(text)
    if match is None or len(text[: match.start()].split()) > 14:
        return None
    cue = _cue_text(text, match)
    if match.start() == 0:
        return _inverted(text, match, cue, start + lead)
    left = text[: match.start()]
    if _is_according(match) or _PLACEHOLDER in left or any(_is_verb(t) for t in left.split()):
        return None
    subject = _subject_before(left)
    return _Attribution(subject, cue, start + lead) if subject else None


def _inverted(text: str, match: re.Match[str], cue: str, offset: int) -> _Attribution | None:
    """The speaker after the cue: "said Mneesha Gellman, an international politics
    scholar", "according to the State Department"."""
    if match.group(1) in _NOT_INVERTED:
        return None
    head, comma, after = text[match.end() :].strip().partition(",")
    cut = _AFTER_INVERTED.split(f" {head} ", maxsplit=1)
    phrase = cut[0].strip().rstrip(".")
    if comma and len(cut) == 1:
        apposition = _APPOSITION_END.split(after, maxsplit=1)[0].strip().rstrip(".")
        if apposition:
            phrase = f"{phrase}, {apposition}"
    subject = _read_subject(phrase)
    return _Attribution(subject, cue, offset + match.end()) if subject else None


def _according(sentence: str, at: int, offset: int) -> _Attribution | None:
    match = _cue_at(sentence[at:])
    return _inverted(sentence[at:], match, "according to", offset + at) if match else None


def _attribution_before(frame: _Frame, k: int) -> _Attribution | None:
    """The last cue before the quote in its sentence ("X said the group “…”"), or a
    colon after the main clause ("X disagreed: “…”")."""
    sentence_start, _ = _sentence_at(frame, frame.places[k])
    left = frame.text[sentence_start : frame.places[k]]
    for match in reversed(_cues(left)):
        if _CLAUSE_BREAK.search(left, match.end()):
            return None
        if _is_according(match):
            found = _according(left, match.start(), sentence_start)
            if found:
                return found
            continue
        before = left[: match.start()]
        if match.group(1) in _PARTICIPLE_CUES:
            subject = _main_clause(before)[0]
        else:
            subject = _subject_before(before)
        return _Attribution(subject, _cue_text(left, match), sentence_start) if subject else None
    if left.rstrip().endswith(":") and not _CLAUSE_BREAK.search(left):
        subject, verb = _main_clause(left.rstrip()[:-1])
        if subject and verb:
            return _Attribution(subject, verb, sentence_start)
    return None


def _attribution_anywhere(frame: _Frame, k: int) -> _Attribution | None:
    """"according to X" elsewhere in the quotation's sentence."""
    start, end = _sentence_at(frame, frame.places[k])
    sentence = frame.text[start:end]
    for match in _cues(sentence):
        if _is_according(match):
            found = _according(sentence, match.start(), start)
            if found:
                return found
    return None


# --- utterances ---------------------------------------------------------------------------


class _Piece(NamedTuple):
    para: int
    """Position in the list of paragraphs read."""
    k: int
    """Which span of that paragraph."""


class _Utterance(NamedTuple):
    pieces: list[_Piece]
    attribution: _Attribution | None
    attribution_para: int


def _only_attribution(between: str) -> bool:
    """Is the text between two quoted spans just an attribution ("…,” he said. “…")?"""
    text = between.strip(" ,.;:–—-")
    if not text:
        return True
    if _PLACEHOLDER in text or len(text.split()) > 16:
        return False
    match = _first_cue(text)
    if match is None or match.group(1) in _PARTICIPLE_CUES or _is_according(match):
        return False
    return not any(_is_verb(t) for t in text[: match.start()].split())


def _group_paragraph(analysis: "_Analysis") -> list[list[int]]:
    """Spans of one paragraph grouped into utterances (split around an attribution)."""
    frame = analysis.frame
    groups: list[list[int]] = []
    for k in range(len(frame.places)):
        if groups:
            prev = groups[-1][-1]
            between = frame.text[_placeholder_end(frame, prev) : frame.places[k]]
            sentence_start, _ = _sentence_at(frame, frame.places[k])
            starts_sentence = not frame.text[sentence_start : frame.places[k]].strip() or between.rstrip().endswith(",")
            if starts_sentence and _only_attribution(between) and analysis.attribution(_attribution_after, k) is None \
                    and _attribution_before_own(analysis, k, prev) is None:
                groups[-1].append(k)
                continue
        groups.append([k])
    return groups


def _attribution_before_own(analysis: "_Analysis", k: int, prev: int) -> _Attribution | None:
    """An attribution before span k that does not reach back past span ``prev``."""
    frame = analysis.frame
    sentence_start, _ = _sentence_at(frame, frame.places[k])
    if sentence_start <= frame.places[prev]:
        return None
    return analysis.attribution(_attribution_before, k)


def _attribute(analyses: Sequence["_Analysis"], pieces: Sequence[_Piece]) -> tuple[_Attribution | None, int]:
    """The attribution of an utterance, and the paragraph it was found in."""
    for piece in pieces:
        found = analyses[piece.para].attribution(_attribution_after, piece.k)
        if found:
            return found, piece.para
    first = pieces[0]
    for reader in (_attribution_before, _attribution_anywhere):
        found = analyses[first.para].attribution(reader, first.k)
        if found:
            return found, first.para
    return None, first.para


# --- one paragraph on its own -------------------------------------------------------------

_Reader = Callable[[_Frame, int], "_Attribution | None"]


class _Analysis:
    """What one paragraph says on its own: its quoted spans, its frame, how the spans
    group into utterances and the attributions around them. All of it follows from
    the paragraph's text alone, so the versions of a story, which repeat most of each
    other's paragraphs, can share it (see QuoteCache)."""

    __slots__ = ("spans", "frame", "_attributions", "groups", "names")

    def __init__(self, text: str) -> None:
        self.spans = _scan(text)
        self.frame = _make_frame(text, self.spans)
        self._attributions: dict[tuple[_Reader, int], _Attribution | None] = {}
        self.groups = _group_paragraph(self)
        """Span indices grouped into utterances."""
        self.names = _read_names(self.frame.text)

    def attribution(self, reader: _Reader, k: int) -> _Attribution | None:
        """``reader(frame, k)``, read once: grouping and attributing ask alike."""
        key = (reader, k)
        if key not in self._attributions:
            self._attributions[key] = reader(self.frame, k)
        return self._attributions[key]


class QuoteCache:
    """Paragraph analyses by paragraph text, for reading several versions of a story.

    Versions mostly repeat each other's paragraphs, and what a paragraph says on its
    own does not depend on the article around it: give extract_quotes one cache for
    every version and each distinct paragraph is analysed once. A cache holds every
    paragraph it has seen, so keep one per story.
    """

    def __init__(self) -> None:
        self._by_text: dict[str, _Analysis] = {}

    def __len__(self) -> int:
        return len(self._by_text)

    def analysis(self, text: str) -> _Analysis:
        found = self._by_text.get(text)
        if found is None:
            found = self._by_text[text] = _Analysis(text)
        return found


# --- resolving names across the article -----------------------------------------------------


class _Mention(NamedTuple):
    """A person or organisation named at ``pos`` of paragraph ``para``'s frame."""

    para: int
    pos: int
    sentence: int
    """Where the mention's sentence starts."""
    name: str
    description: str | None = None


def _position(mention: _Mention) -> int:
    return mention.pos


class _Registry:
    """The people and organisations an article names, and where it names them.

    Which names are people's is settled over the whole article first (a name is
    a person's anywhere once one paragraph shows it is); the mentions themselves, which
    only resolving a pronoun needs, are listed per paragraph when first asked for, so
    that a long article pays for the few paragraphs around its pronouns.
    """

    def __init__(self, analyses: Sequence[_Analysis]) -> None:
        self.full_names: dict[str, dict[str, list[tuple[int, int]]]] = {}
        """Last name → full name → where it is mentioned (para, pos)."""
        self.known: set[str] = set()
        """Names known to be people (last names of full names, single names of speakers)."""
        self._analyses = analyses
        self._attributed_orgs: dict[int, list[_Mention]] = {}
        """Paragraph → organisations named as speakers there, in the order found."""
        self._people: dict[int, list[_Mention]] = {}
        self._fuller_names: dict[str, dict[str, list[tuple[int, int]]]] = {}
        self._orgs: dict[int, list[_Mention]] = {}

    def add_person(self, para: int, pos: int, name: str) -> None:
        tokens = name.split()
        if len(tokens) >= 2:
            self.full_names.setdefault(tokens[-1], {}).setdefault(name, []).append((para, pos))
        self.known.add(tokens[-1])

    def add_introduced(self, para: int, introduced: Sequence["_Named"]) -> None:
        """add_person for each name paragraph ``para`` introduces (see _Names)."""
        # Every paragraph of a long article introduces a few: one call per paragraph.
        known, full_names = self.known, self.full_names
        for named in introduced:
            # A name read from a run is its words joined by single spaces, ``last`` the
            # last of them: add_person's split is not needed.
            if " " in named.name:
                full_names.setdefault(named.last, {}).setdefault(named.name, []).append((para, named.pos))
            known.add(named.last)

    def add_org(self, mention: _Mention) -> None:
        self._attributed_orgs.setdefault(mention.para, []).append(mention)

    def canonical(self, name: str, para: int) -> str:
        """The fullest form of a name the article uses ("Gellman" → "Mneesha Gellman");
        the nearest one before ``para`` if several, else the first after."""
        matches = self._fuller(name)
        if not matches:
            return name
        latest: dict[str, tuple[int, int]] = {}
        for full, places in matches.items():
            i = bisect.bisect_right(places, (para, 1 << 62))
            if i:
                latest[full] = places[i - 1]
        if latest:
            return max(latest, key=latest.__getitem__)
        return min(matches, key=lambda full: matches[full][0])

    def _fuller(self, name: str) -> dict[str, list[tuple[int, int]]]:
        """The full names whose words include all of ``name``'s and more, with their
        places; kept, since a speaker is named again and again."""
        if name not in self._fuller_names:
            tokens = name.split()
            fulls = self.full_names.get(tokens[-1], {})
            self._fuller_names[name] = {
                full: places for full, places in fulls.items() if set(tokens) < set(full.split())
            }
        return self._fuller_names[name]

    def sort(self) -> None:
        for fulls in self.full_names.values():
            for places in fulls.values():
                places.sort()

    def people_in(self, para: int) -> list[_Mention]:
        """The mentions of known people in paragraph ``para``, in order."""
        if para not in self._people:
            frame = self._analyses[para].frame
            self._people[para] = [
                _Mention(para, named.pos, _sentence_start(frame, named.pos), named.name, named.description)
                for named in self._analyses[para].names.people if named.last in self.known
            ]
        return self._people[para]

    def orgs_in(self, para: int) -> list[_Mention]:
        """The organisations named in paragraph ``para``, as speakers or not, in order."""
        if para not in self._orgs:
            frame = self._analyses[para].frame
            named = [_Mention(para, pos, _sentence_start(frame, pos), name)
                     for pos, name in self._analyses[para].names.orgs]
            self._orgs[para] = sorted(self._attributed_orgs.get(para, []) + named, key=_position)
        return self._orgs[para]

    @functools.cached_property
    def _paragraphs_naming_people(self) -> list[int]:
        return [para for para, analysis in enumerate(self._analyses)
                if any(named.last in self.known for named in analysis.names.people)]

    @functools.cached_property
    def _paragraphs_naming_orgs(self) -> list[int]:
        return [para for para, analysis in enumerate(self._analyses)
                if analysis.names.orgs or para in self._attributed_orgs]

    def salient(self, kind: Literal["pronoun", "org_pronoun"], para: int, sentence: int,
                pos: int) -> _Mention | None:
        """Who a pronoun at (para, pos) refers to: the latest sentence before its own
        that names someone (a person for "he", an organisation for "it"), and in it
        the first one named (the subject, mostly); failing that, the latest named
        earlier in its own sentence."""
        mentions_in = self.people_in if kind == "pronoun" else self.orgs_in
        here = mentions_in(para)
        k = bisect.bisect_left(here, sentence, key=_position)
        if k:
            last = here[k - 1]
        else:
            naming = self._paragraphs_naming_people if kind == "pronoun" else self._paragraphs_naming_orgs
            i = bisect.bisect_left(naming, para)
            if not i:
                k = bisect.bisect_left(here, pos, key=_position)
                return here[k - 1] if k else None
            last = mentions_in(naming[i - 1])[-1]
        there = mentions_in(last.para)
        return there[bisect.bisect_left(there, last.sentence, key=_position)]


_APPOSITION = re.compile(r",\s+([^,.;]*)")
_SUBJECT_OF_VERB = re.compile(r"\s+(?:(?:also|later|previously|has|had|then|repeatedly|once)\s+)?([a-z]+)(?![\w\-])")


def _apposition(text: str, at: int) -> str | None:
    """The description after a name ending at ``at``: ", general secretary of …", ", 34,"."""
    if not text.startswith(",", at):  # most names are not followed by one
        return None
    match = _APPOSITION.match(text, at)
    if match is None or not match.group(1):
        return None
    first = match.group(1).split(None, 1)[0] if match.group(1).strip() else ""
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
# starts with a look-behind is tried at every position of the text, twice as slow.
_RUN = re.compile(
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
    offset = len(" ".join(tokens[:skip])) + 1 if skip else 0
    tokens = tokens[skip:]
    tail, is_org = _name_tail(tokens), _is_org_run(tokens)
    if is_org:
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


def _read_names(frame: str) -> _Names:
    """The names of one paragraph's frame (see _Names)."""
    introduced: list[_Named] = []
    people: list[_Named] = []
    orgs: list[tuple[int, str]] = []
    for match in _RUN.finditer(straight_apostrophes(frame)):
        run = _classify_run(frame[match.start():match.end()])
        if run is None:
            continue
        pos = match.start() + run.offset
        if run.is_org:
            if not run.media_only:
                orgs.append((pos, run.name))
        elif run.tail:
            introduces, apposition = _introduction(frame, pos, run)
            # tuple.__new__, not the NamedTuple's own __new__ (a Python function): a long
            # article names people tens of thousands of times.
            named = tuple.__new__(_Named, (pos, run.name, run.last, apposition if introduces else None))
            people.append(named)
            if introduces:
                introduced.append(named)
    return _Names(introduced, people, orgs)


def _introduction(frame: str, pos: int, run: _Run) -> tuple[bool, str | None]:
    """Does a name run at ``pos`` show the name is a person's? And the apposition after it."""
    after = pos + run.length
    if run.tail < 2:  # a single name needs its verb; only then is an apposition read
        if not _followed_by_verb(frame, after):
            return False, None
        return True, None if run.possessive else _apposition(frame, after)
    apposition = None if run.possessive else _apposition(frame, after)
    titled = run.tail < run.words or bool(apposition) or _preceded_by_title(frame, pos)
    return titled or _followed_by_verb(frame, after), apposition


def _preceded_by_title(text: str, pos: int) -> bool:
    before = text[:pos].rsplit(None, 1)
    return bool(before) and before[-1].strip(_EDGE_PUNCT) in _TITLES


def _resolve(attribution: _Attribution, para: int, frames: Sequence[_Frame],
             registry: _Registry) -> tuple[str | None, str | None]:
    """(speaker, description) of an attribution, names and pronouns resolved."""
    subject = attribution.subject
    if subject.kind == "person":
        return registry.canonical(subject.name, para), subject.description
    if subject.kind == "org":
        return subject.name, subject.description
    sentence = _sentence_start(frames[para], attribution.position)
    found = registry.salient(subject.kind, para, sentence, attribution.position)
    if found is None:
        return None, None
    if subject.kind == "org_pronoun":
        return found.name, None
    description = found.description if found.para == para else None
    return registry.canonical(found.name, found.para), description


# --- the public function -------------------------------------------------------------------


def extract_quotes(paragraphs: Sequence[Paragraph], *, cache: QuoteCache | None = None) -> list[Quote]:
    """Find the quotations and quoted terms of an article, with their speakers.

    Byline, dateline and boilerplate paragraphs are skipped. A quotation that runs over
    several paragraphs, or is split around its attribution, is one Quote in parts.
    Never raises on unbalanced quote marks.

    Args:
        paragraphs: the article's paragraphs, in reading order.
        cache: paragraph analyses to reuse and add to; pass one cache for every
            version of a story to analyse the paragraphs they share once.

    Returns:
        The quotations in reading order.
    """
    read = [p for p in paragraphs if p.role not in METADATA_ROLES]
    store = cache if cache is not None else QuoteCache()
    analyses = [store.analysis(p.text) for p in read]
    spans = [a.spans for a in analyses]
    frames = [a.frame for a in analyses]
    utterances = _utterances(analyses)
    registry = _registry(analyses, utterances)
    quotes = [_build_quote(u, read, spans, frames, registry) for u in utterances]
    return _carry_speakers(quotes, utterances, frames)


def _registry(analyses: Sequence[_Analysis], utterances: Sequence[_Utterance]) -> _Registry:
    """The article's people and organisations: the speakers first, then every name a
    paragraph shows to be a person's."""
    registry = _Registry(analyses)
    for utterance in utterances:
        if utterance.attribution is None:
            continue
        subject, position = utterance.attribution.subject, utterance.attribution.position
        para = utterance.attribution_para
        if subject.kind == "person":
            registry.add_person(para, position, subject.name)
        elif subject.kind == "org":
            sentence = _sentence_start(analyses[para].frame, position)
            registry.add_org(_Mention(para, position, sentence, subject.name, subject.description))
    for para, analysis in enumerate(analyses):
        registry.add_introduced(para, analysis.names.introduced)
    registry.sort()
    return registry


def _utterances(analyses: Sequence[_Analysis]) -> list[_Utterance]:
    """The quoted spans grouped into utterances, each with its attribution."""
    groups: list[list[_Piece]] = []
    for para, analysis in enumerate(analyses):
        if not analysis.groups:  # most paragraphs quote nobody
            continue
        local = [[_Piece(para, k) for k in group] for group in analysis.groups]
        if groups and _continues(analyses, para):
            groups[-1].extend(local.pop(0))
        groups.extend(local)
    out = []
    for pieces in groups:
        attribution, where = _attribute(analyses, pieces)
        out.append(_Utterance(pieces, attribution, where))
    return out


def _continues(analyses: Sequence[_Analysis], para: int) -> bool:
    """Does paragraph ``para`` go on with a quotation the one before left open?"""
    if para == 0 or not analyses[para - 1].spans or not analyses[para].spans:
        return False
    return analyses[para - 1].spans[-1].open_at_end and analyses[para].spans[0].start == 0


def _build_quote(utterance: _Utterance, read: Sequence[Paragraph], spans: Sequence[list[_Span]],
                 frames: Sequence[_Frame], registry: _Registry) -> Quote:
    pieces = utterance.pieces
    first = pieces[0]
    if len(pieces) == 1:  # most quotations: nothing to join, the same span first and last
        in_first = [spans[first.para][first.k]]
        parts: tuple[str, ...] = (_clean(in_first[0].content),)
        paragraphs: tuple[int, ...] = (read[first.para].index,)
    else:
        in_first = [spans[p.para][p.k] for p in pieces if p.para == first.para]
        parts = tuple(_clean(spans[p.para][p.k].content) for p in pieces)
        paragraphs = tuple(dict.fromkeys(read[p.para].index for p in pieces))
    text = " ".join(parts)
    speaker = description = cue = None
    if utterance.attribution:
        speaker, description = _resolve(utterance.attribution, utterance.attribution_para, frames, registry)
        cue = utterance.attribution.cue if speaker else None
    return Quote(
        text=text, parts=parts, kind=_kind(text, frames[first.para], first.k, utterance),
        speaker=speaker, speaker_description=description, cue=cue,
        paragraph=read[first.para].index,
        paragraphs=paragraphs,
        start=in_first[0].start, end=in_first[-1].end,
    )


def _clean(content: str) -> str:
    """White space collapsed; the comma that stands for a full stop before "he said" dropped."""
    return " ".join(content.split()).rstrip(",").rstrip()


def _kind(text: str, frame: _Frame, k: int, utterance: _Utterance) -> QuoteKind:
    """A term is a short phrase inside a sentence; “No,” he said and “Why?” are quotes."""
    if len(utterance.pieces) > 1 or text.endswith(("!", "?")) or _more_words_than(text, TERM_MAX_WORDS):
        return "quote"
    sentence_start, _ = _sentence_at(frame, frame.places[k])
    starts_sentence = not frame.text[sentence_start : frame.places[k]].strip(" (")
    return "quote" if starts_sentence else "term"


def _more_words_than(text: str, limit: int) -> bool:
    """Does ``text`` hold more than ``limit`` words (as count_words counts them)?"""
    # Read up to the word past the limit, not to the end: most quotations run long.
    return next(itertools.islice(WORD.finditer(text), limit, None), None) is not None


def _carry_speakers(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame]) -> list[Quote]:
    """Wire convention: a paragraph that is nothing but an unattributed quotation goes
    on with the speaker of the quotation in the paragraph just before."""
    out: list[Quote] = []
    for n, (quote, utterance) in enumerate(zip(quotes, utterances)):
        first = utterance.pieces[0].para
        if n and quote.speaker is None and _whole_paragraph(frames[first]):
            previous, before = out[-1], utterances[n - 1]
            if previous.speaker and previous.kind == "quote" and before.pieces[-1].para == first - 1:
                quote = quote._replace(speaker=previous.speaker, cue=None)
        out.append(quote)
    return out


def _whole_paragraph(frame: _Frame) -> bool:
    return len(frame.places) == 1 and not frame.text.replace(_PLACEHOLDER, "").strip(" .,;:")

