"""Assembly: the quoted spans of an article's paragraphs joined into utterances (a
quotation split around its attribution, or running over several paragraphs wire
style), each given its attribution and speaker, into Quote records."""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from ..model import METADATA_ROLES, Paragraph, Quote, QuoteKind, Role
from ..text.lazy import LazyPattern
from ..text.words import WORD, content_words
from .analysis import QuoteCache, _Analysis
from .attribution import (
    _AFTER_INVERTED,
    _NAMED_NOT_SAID,
    _NAMED_REACH,
    _according,
    _Attribution,
    _attribution_after,
    _attribution_anywhere,
    _attribution_before,
    _cues,
    _document_attribution,
    _drop_adverbials,
    _inverted_at,
    _is_according,
    _main_clause,
    _names_a_work,
    _subject_before,
    _voiced_before,
)
from .diff import quote_key, same_person
from .frames import _PLACEHOLDER, _Frame, _placeholder_end, _sentence_around, _sentence_at, _sentence_start
from .french import _french_attribution
from .headlines import headline_speaker
from .lexicon import (
    _ADVERBS_BEFORE_VERB,
    _DETERMINERS,
    _DOC_NOUNS,
    _PARTICIPLE_CUES,
    _QUESTIONED,
    _TITLE_SMALL_WORDS,
    _TITLES,
)
from .names import _is_description, _is_group_head, _is_verb, _split_top_level, _Subject
from .names import _read_subject as _read_subject_plain
from .roles import _person_described
from .roundup import roundup_speakers
from .spans import _Span, single_marks_lead
from .speakers import _first_verb, _Mention, _Registry, _resolve

#: Quoted spans of fewer words than this, inside a sentence, are terms ("harsh").
TERM_MAX_WORDS = 3

class _Piece(NamedTuple):
    para: int
    """Position in the list of paragraphs read."""
    k: int
    """Which span of that paragraph."""


class _Utterance(NamedTuple):
    pieces: list[_Piece]
    attribution: _Attribution | None
    attribution_para: int

# A cue whose object is the quotation that follows it: "said “…", "told him “…", "said that “…".
_DIRECT_OBJECT = LazyPattern(
    r"\b(?:said|says|told|tells|wrote|writes)(?:\s+(?:him|her|them|us|me|that))?\s*$"
)


def _according_elsewhere(analysis: _Analysis, k: int) -> "_Subject | None":
    """"according to X" in the quotation's sentence, apart from its attribution: X
    relays the words ("Doe told police “…”, according to court documents"). Read once
    for the versions of a story, as the paragraph's attributions are."""
    found = analysis.attribution(_attribution_anywhere, k)
    if found is None:
        return None
    return found.reported_by if found.reported_by is not None else found.subject


# "chants of “USA!”", "cries of “shame”": words a crowd calls out.
_CHANTED = LazyPattern(r"\b(?:chants?|cries|shouts|chorus(?:es)?|roars?)\s+of\s+$")
#: How far before a quotation its "chants of" is looked for, in characters.
_CHANT_REACH = 24


def _attribute(analyses: Sequence["_Analysis"], pieces: Sequence[_Piece]) -> tuple[_Attribution | None, int]:
    """The attribution of an utterance, and the paragraph it was found in. Words
    someone "told him" that the one told relays ("A musician told him “…”, Anutin
    said") are the musician's, reported by Anutin. French is read as French (see french.py)."""
    first = pieces[0]
    frame = analyses[first.para].frame
    place = frame.places[first.k]
    if _CHANTED.search(frame.text, max(0, place - _CHANT_REACH), place):
        return None, first.para  # "eliciting cheers and chants of “USA!”": a crowd's, not the speaker's
    french = analyses[first.para].attribution(_french_attribution, first.k)
    if french is not None:
        return french, first.para
    for piece in pieces:
        found = analyses[piece.para].attribution(_attribution_after, piece.k)
        if found:
            if piece == pieces[0]:
                said = analyses[piece.para].attribution(_attribution_before, piece.k)
                frame = analyses[piece.para].frame
                if said and said.reported_by is None and found.cue not in _PARTICIPLE_CUES \
                        and _DIRECT_OBJECT.search(frame.text[: frame.places[piece.k]]):
                    # "Doe said “…”, Roe told reporters": Doe's words, reported by Roe.
                    return said._replace(reported_by=found.subject), piece.para
                voiced = _voiced_before(frame, piece.k) \
                    if found.cue not in _PARTICIPLE_CUES and found.reported_by is None else None
                if voiced is not None:
                    # "A man shouted “…”, a witness said": the man's words, reported by the
                    # witness; no speaker when the text names no one this reading can tell.
                    position, verb, subject = voiced
                    if subject is None:
                        return None, piece.para
                    relay = None if subject.kind == "pronoun" else found.subject
                    return _Attribution(subject, verb, position, relay), piece.para
            return found, piece.para
    for reader in (_attribution_before, _attribution_anywhere):
        found = analyses[first.para].attribution(reader, first.k)
        if found:
            if found.reported_by is None and found.cue != "according to":
                found = found._replace(reported_by=_according_elsewhere(analyses[first.para], first.k))
            return found, first.para
    document = analyses[first.para].attribution(_document_attribution, first.k)
    if document is not None:
        return document, first.para
    introduced = _introduced_by_colon(analyses, first)
    if introduced is not None:
        return introduced, first.para - 1
    return None, first.para


def _introduced_by_colon(analyses: Sequence["_Analysis"], first: _Piece) -> _Attribution | None:
    """A quotation that opens its paragraph after a paragraph ending in a colon is
    what that paragraph announces ("The committee issued the following directive:")."""
    if first.para == 0 or first.k or analyses[first.para].spans[0].start > 1:
        return None
    frame = analyses[first.para - 1].frame
    text = frame.text.rstrip()
    if not text.endswith(":") or _PLACEHOLDER in text[-2:]:
        return None
    start = frame.sentences[-1][0] if frame.sentences else 0
    said = _WHAT_SAID.search(text, start)
    if said is not None:  # "Here's what the Premier had to say:", "This is what Roe told reporters:"
        subject, verb = _read_subject_plain(said.group(1)), said.group(2)
    else:
        subject, verb = _main_clause(text[start:-1])
    if subject is None or verb is None or subject.kind not in ("person", "org", "org_pronoun"):
        return None
    return _Attribution(subject, verb, start)


# "Here's what the Premier had to say:": the lead-in names who says what follows.
_WHAT_SAID = LazyPattern(r"\bwhat\s+(.{2,60}?)\s+(said|says|had\s+to\s+say|has\s+to\s+say|told\s+[\w\s]{1,30}?)\s*:$")

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
    singles_lead = single_marks_lead([p.text for p in read], store.opening_marks)
    analyses = [store.analysis(p.text, singles_lead) for p in read]
    spans = [a.spans for a in analyses]
    frames = [a.frame for a in analyses]
    utterances = _utterances(analyses)
    registry = _registry(analyses, utterances, {n for n, p in enumerate(read) if _title_cased_headline(p.text, p.role)})
    quotes = [_build_quote(u, read, spans, frames, registry) for u in utterances]
    roles = [p.role for p in read]
    laid_out = roundup_speakers(frames, roles, registry)
    quotes = _laid_out(quotes, utterances, laid_out)
    quotes = _carry_speakers(_issuers(quotes, utterances, frames, registry), utterances, frames, roles, registry)
    carried = [quote.speaker for quote in quotes]
    quotes = _named_next(quotes, utterances, frames, registry)
    quotes = _brief_bullets(quotes, utterances, frames, registry)
    first_paras = [u.pieces[0].para for u in utterances]
    first_roles = [roles[para] for para in first_paras]
    quotes = _repeated(quotes, utterances, first_roles, frames, registry, _lede(roles, frames))
    quotes = _headline_speakers(quotes, utterances, first_roles, frames, registry)
    quotes = _same_sentence(quotes, utterances, frames)
    quotes = _reported_on(quotes, utterances, frames, registry)
    quotes = _subject_quoted(quotes, utterances, frames, registry)
    quotes = _between_one_speaker(quotes, utterances, registry)
    quotes = _judged(quotes, utterances, frames, registry)
    if any(quote.speaker != speaker for quote, speaker in zip(quotes, carried)):
        # a bare paragraph after words the passes above gave a speaker goes on with them
        quotes = _carry_speakers(quotes, utterances, frames, roles, registry)
    # and in a story of one voice, a bare paragraph in the first person is that voice's
    quotes = _sole_voice(quotes, utterances, frames, registry)
    return _laid_out(quotes, utterances, laid_out)


def _sole_voice(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame],
                registry: _Registry) -> list[Quote]:
    """A story that quotes one person only, by name and with a cue every time (a coach
    after a match, a minister at a launch): a bare quotation paragraph in the first
    person after their first quotation is theirs, when the paragraph before it names no
    one else ("Peseiro believes …" / "‘Difficult to beat’" / "“I think … this team …”").
    Not before they are first quoted, nor where a second voice is cued anywhere."""
    cued = {quote.speaker for quote in quotes if quote.cue and quote.speaker}
    if len(cued) != 1:
        return quotes
    speaker = cued.pop()
    if not speaker[:1].isupper() or " " not in speaker:
        return quotes  # a description or a surname alone: not sure to be one person
    opened = next(u.pieces[0].para for quote, u in zip(quotes, utterances) if quote.cue and quote.speaker)
    out = list(quotes)
    for n, (quote, utterance) in enumerate(zip(quotes, utterances)):
        first = utterance.pieces[0].para
        if quote.speaker is None and quote.kind == "quote" and first > opened and _whole_paragraph(frames[first]) \
                and _FIRST_PERSON.search(quote.text) \
                and all(registry.canonical(m.name, first - 1) == speaker for m in registry.named_in(first - 1)
                        if " " in m.name or m.last in registry.known):
            out[n] = quote._replace(speaker=speaker, cue=None, attribution="")
    return out


# What may join partial quotations of one speaker in one sentence: "“the forgotten
# people” who “don’t march down George Street” and “don’t have a platform”", "was
# adamant that “…” and that “…”" (a word more, "“failure” on public services and a
# “…”", may bring in another's term).
_JOINING = LazyPattern(r"[\s,;]*(?:and|or|who|which|that|nor|and\s+that|but\s+that)?\s*$")


def _same_sentence(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame]) -> list[Quote]:
    """A quoted phrase with no speaker that follows, in the same sentence, one of a
    speaker's, with nothing but a comma or a joining word between them, goes on with
    that speaker ("… represent “the forgotten people” who “don’t march down George
    Street”"); and one that comes before such a phrase whose attribution closes the
    sentence after it is theirs too."""
    out = list(quotes)
    for n in range(1, len(quotes)):
        if out[n].speaker is not None or out[n - 1].speaker is None or len(utterances[n].pieces) > 1:
            continue
        if _joined_phrases(frames, utterances[n - 1], utterances[n]):
            out[n] = out[n]._replace(speaker=out[n - 1].speaker, cue=None, attribution="")
    for n in range(len(quotes) - 2, -1, -1):
        # "… an “embarrassing” and “humiliating” defeat, captain Angelo Mathews said.": the
        # attribution that closes the sentence after the second phrase gives the first too
        later, first = utterances[n + 1].attribution, utterances[n + 1].pieces[0]
        if out[n].speaker is not None or out[n + 1].speaker is None or len(utterances[n].pieces) > 1 \
                or later is None or utterances[n + 1].attribution_para != first.para \
                or later.position < frames[first.para].places[first.k]:
            continue
        if _joined_phrases(frames, utterances[n], utterances[n + 1]):
            out[n] = out[n]._replace(speaker=out[n + 1].speaker, cue=None, attribution="")
    return out


def _joined_phrases(frames: Sequence[_Frame], utterance: _Utterance, following: _Utterance) -> bool:
    """Do two quotations stand in one sentence with nothing but a comma or a joining word
    between them (not nothing at all: a quotation inside the one before, cut by a
    straight mark)?"""
    between = _between(frames, utterance, following)
    if between is None:
        return False
    frame, start, end = between
    text = frame.text[start:end]
    return bool(text.strip()) and _sentence_start(frame, start) == _sentence_start(frame, end) \
        and _JOINING.fullmatch(text) is not None and not _cues(text)


def _reported_on(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame],
                 registry: _Registry) -> list[Quote]:
    """A quotation with no speaker in a sentence with no verb of speaking, right after a
    sentence of the same paragraph that reports someone's words and quotes none: the
    report goes on ("He said the teen knew he was outgunned. The teen may have panicked
    but carried out his plan “with stark efficiency.”")."""
    out = list(quotes)
    for n, quote, first, frame, place in _unattributed(quotes, utterances, frames):
        start = _sentence_start(frame, place)
        if not start:
            continue  # the paragraph's first sentence: nothing reported before it in the paragraph
        sentence = _sentence_around(frame, place)
        if _cues(frame.text[sentence[0] : sentence[1]]):
            continue
        before = next(((s, e) for s, e in reversed(frame.sentences) if e <= start), None)
        if before is None or _PLACEHOLDER in frame.text[before[0] : before[1]]:
            continue
        speaker = _sentence_speaker(frames, first.para, before[0], before[1], registry)
        if speaker:
            out[n] = quote._replace(speaker=speaker, cue=None, attribution="")
    return out


def _unattributed(quotes: Sequence[Quote], utterances: Sequence[_Utterance],
                  frames: Sequence[_Frame]) -> Iterator[tuple[int, Quote, _Piece, _Frame, int]]:
    """The quotations in one piece that have no speaker yet, each with its index, that
    piece, its paragraph's frame and where the quotation stands in it: what the passes
    that read the sentence around a quotation start from."""
    for n, quote in enumerate(quotes):
        if quote.speaker is None and len(utterances[n].pieces) == 1:
            piece = utterances[n].pieces[0]
            frame = frames[piece.para]
            yield n, quote, piece, frame, frame.places[piece.k]


def _subject_quoted(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame],
                    registry: _Registry) -> list[Quote]:
    """A quotation no cue attributes, in a sentence whose subject is someone the story
    quotes elsewhere: the subject's words, whatever the verb ("Ms Williams pointed to the
    “failure” of public services", "He encouraged the public to “blow the whistle”",
    "Netanyahu argues that anyone who … “is mistaken”"). Not when someone else is named between the
    subject and the quotation, when the subject is spoken of ("was asked if it was a
    “controversial” decision"), or when the quotation names a thing (see
    _names_something)."""
    out = list(quotes)
    speakers = {quote.speaker for quote in quotes if quote.speaker is not None}
    for n, quote, first, frame, place in _unattributed(quotes, utterances, frames):
        sentence = _sentence_start(frame, place)
        left = frame.text[sentence:place]
        if _PLACEHOLDER in left or _names_something(quote.text, left, frame, first.k):
            continue  # the sentence's first quotation only: _same_sentence reads those after it
        if _ASKED.match(left):
            continue  # "Asked whether he was saying they were “…”": the question's words
        subject, verb = _main_clause(left)
        if subject is None or verb is None or subject.kind not in ("person", "pronoun"):
            continue
        named_at = left.find(subject.name)
        if named_at < 0 or _SPOKEN_OF.search(left, named_at + len(subject.name)):
            continue
        position = sentence + named_at
        if any(position + len(subject.name) <= named.pos < place
               and (" " in named.name or named.last in registry.known) for named in registry.named_in(first.para)):
            continue  # "rubbished claims made by Mr Martin that he would “permanently” end …"
        speaker, _ = _resolve(_Attribution(subject, verb, position), first.para, frames, registry)
        if speaker in speakers or speaker is not None and _introduced(quote, left):
            out[n] = quote._replace(speaker=speaker, cue=None, attribution="")
    return out


def _introduced(quote: Quote, left: str) -> bool:
    """Does a clause introduce a quotation as its subject's words: a sentence quoted whole
    after a comma or a colon that ends the clause ("Rep. Doug Collins swiftly shot back
    on the floor, “The president did nothing wrong.”")?"""
    return quote.kind == "quote" and left.rstrip().endswith((",", ":")) and quote.text[:1].isupper() \
        and quote.text.rstrip()[-1:] in ".!?…"


# "was asked if it was a “…” decision", "is accused of “…”": the subject is spoken of, the
# words someone else's.
_SPOKEN_OF = LazyPattern(r"\b(?:is|are|was|were|been|being|be|got)\s+(?:\w+ly\s+)?(?:accused|asked|blamed|branded|"
                         r"called|charged|condemned|critici[sz]ed|described|dubbed|hailed|labell?ed|named|praised|"
                         r"questioned|quoted|slammed|told|urged|warned)\b")
# "Asked to clarify whether …", "When pressed on …": a question put to the subject.
_ASKED = LazyPattern(r"\s*(?:When\s+|After\s+being\s+|On\s+being\s+)?(?i:" + "|".join(sorted(_QUESTIONED)) + r")\b")
# "a book titled “…”", "the word “…”", "a sign reading “…”": words written or named, not said.
_WRITTEN_NOT_SAID = LazyPattern(
    r"\b(?:titled|entitled|named|the\s+words?|the\s+term|the\s+phrase|the\s+slogan|the\s+hashtag|the\s+motto|"
    r"reading|read)\s*[,:]?\s*$")


def _names_something(text: str, left: str, frame: _Frame, k: int) -> bool:
    """Does a quotation name a thing rather than give words said: a work ("to The
    Beatles’ song “Revolution.”"), something named or written ("so-called", "the word",
    "a sign reading"), a nickname before a name ("“Sleepy Joe” Biden"), or a title in
    capitals (see _title_cased)?"""
    end = _placeholder_end(frame, k)
    return _names_a_work(left) or _WRITTEN_NOT_SAID.search(left) is not None \
        or _NAMED_NOT_SAID.search(left, max(0, len(left) - _NAMED_REACH)) is not None \
        or frame.text[end : end + 2].strip()[:1].isupper() or _title_cased(text)


def _title_cased(text: str) -> bool:
    """Is a short quotation every word capitalised ("Sleepy Joe", "Scars to Your
    Beautiful")? A name or a title, more likely than words anyone said."""
    if len(text) > _NAME_CHARS:
        return False  # most quotations: longer than any name
    words = WORD.findall(text)
    return bool(words) and len(words) <= _NAME_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or (i and w in _TITLE_SMALL_WORDS) for i, w in enumerate(words))


#: The most words of a name or a title in quotation marks.
_NAME_WORDS = 6
#: How many paragraphs apart two quotations of one speaker may stand for the quotation
#: between them to be theirs too.
_BETWEEN_REACH = 3


def _between_one_speaker(quotes: list[Quote], utterances: Sequence[_Utterance],
                         registry: _Registry) -> list[Quote]:
    """A quotation no cue attributes, between two of one speaker's, a few paragraphs
    apart, where no one else is named: theirs too, as an interview reads ("“…,” Babar
    said. / “…” / “…,” says the Pakistan captain."). Not a question, which in an
    interview is the one who asks it, nor a name or a title (see _title_cased), nor a
    quoted term."""
    out = list(quotes)
    # the nearest quotation with a speaker before each one, and after it
    befores: list[int | None] = []
    last: int | None = None
    for n, quote in enumerate(quotes):
        befores.append(last)
        last = n if quote.speaker is not None else last
    afters: list[int | None] = [None] * len(quotes)
    last = None
    for n in range(len(quotes) - 1, -1, -1):
        afters[n] = last
        last = n if quotes[n].speaker is not None else last
    for n, quote in enumerate(quotes):
        if quote.speaker is not None or quote.kind != QuoteKind.QUOTE or _title_cased(quote.text) \
                or quote.text.rstrip().endswith("?"):
            continue
        before, after = befores[n], afters[n]
        if before is None or after is None or quotes[before].speaker != quotes[after].speaker:
            continue
        first, final = utterances[before].pieces[-1].para, utterances[after].pieces[0].para
        if final - first > _BETWEEN_REACH:
            continue
        speaker = quotes[before].speaker
        if any(named.last in registry.known and registry.canonical(named.name, para) != speaker
               for para in range(first, final + 1) if para not in registry.unread for named in registry.named_in(para)):
            continue
        out[n] = quote._replace(speaker=speaker, cue=None, attribution="")
    return out


def _judged(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame],
            registry: _Registry) -> list[Quote]:
    """A quotation no cue attributes, in a sentence where a court, a judge, a jury, a
    tribunal or an inquiry finds or rules: the judgment's words ("the High Court found
    that was “manifestly too low”"; "…a “remarkable” precedent …, the High Court has
    found."; "The Lord Chief Justice ruled … had “misdirected” the jury")."""
    out = list(quotes)
    for n, quote, first, frame, place in _unattributed(quotes, utterances, frames):
        sentence = _sentence_around(frame, place)
        if not _JUDGMENT_VERB.search(frame.text, *sentence):
            continue  # most sentences: the verb looked for first, the longer pattern only where it stands
        judged = list(_JUDGED.finditer(frame.text, *sentence))
        if len(judged) != 1:
            continue  # none, or two bodies: whose words is not settled
        phrase = judged[0].group(1)
        subject = _read_subject_plain(phrase)
        if subject is None and phrase.startswith(("The ", "the ")):
            subject = _Subject(phrase, "org")  # "The Lord Chief Justice": the office as written
        if subject is None or subject.kind not in ("person", "org", "group"):
            continue
        speaker, _ = _resolve(_Attribution(subject, judged[0].group(2), judged[0].start(1)), first.para, frames, registry)
        if speaker is not None:
            out[n] = quote._replace(speaker=speaker, cue=judged[0].group(2), attribution=subject.name)
    return out


#: The verbs of a judgment.
_JUDGMENT_VERBS = "found|finds|ruled|rules|held|holds|concluded|determined|decided"
_JUDGMENT_VERB = LazyPattern(rf"\b(?:{_JUDGMENT_VERBS})\b")
# "the High Court has found", "Victoria's Court of Appeal found", "The Lord Chief Justice
# ruled", "the jury concluded": a court, a judge or a panel, then a verb of judgment.
_JUDGED = LazyPattern(
    r"((?:[Tt]he\s+)?(?:[A-Z][\w'’.\-]*\s+){0,4}(?:[Cc]ourt(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?|[Tt]ribunal|[Jj]ury"
    r"|[Cc]oroner|[Ii]nquest|[Ii]nquiry|[Mm]agistrates?|[Oo]mbudsman"
    r"|(?:[Jj]udge|[Jj]ustice|[Ss]heriff)(?:\s+[A-Z][\w'’\-]+){0,3}))"
    rf"\s+(?:has\s+|had\s+|also\s+)?({_JUDGMENT_VERBS})\b")


def _laid_out(quotes: list[Quote], utterances: Sequence[_Utterance],
              laid_out: dict[tuple[int, int], str | None]) -> list[Quote]:
    """The speakers a round-up's or a transcript's layout gives (see roundup.py), to the
    quotations no sentence attributes. Given before the rules that carry a speaker on
    from the paragraphs before, for them to carry the right one; and again after them,
    as those rules would hand a neighbour's speaker line to a quotation the layout
    leaves to no one."""
    if not laid_out:
        return quotes  # most stories
    out = list(quotes)
    for n, utterance in enumerate(utterances):
        first = utterance.pieces[0]
        if first in laid_out and utterance.attribution is None and out[n].speaker != laid_out[first]:
            out[n] = out[n]._replace(speaker=laid_out[first], speaker_description=None, cue=None, attribution="")
    return out


def _registry(analyses: Sequence[_Analysis], utterances: Sequence[_Utterance], unread: set[int]) -> _Registry:
    """The article's people and organisations: the speakers first, then every name a
    paragraph shows to be a person's. A one-word speaker counts only where the article
    shows the word is a name (see _Registry.shows_name): "Hospitals said" names nobody.
    The ``unread`` paragraphs, headlines in title case, name no one: their capitals do
    not tell names ("… To Infringe Upon Your Privacy")."""
    registry = _Registry(analyses, unread)
    single: list[tuple[int, int, str]] = []
    for utterance in utterances:
        if utterance.attribution is None:
            continue
        subject, position = utterance.attribution.subject, utterance.attribution.position
        para = utterance.attribution_para
        if subject.kind == "person":
            if " " in subject.name or subject.description is not None:
                registry.add_person(para, position, subject.name)
            else:
                single.append((para, position, subject.name))
        elif subject.kind == "org":
            sentence = _sentence_start(analyses[para].frame, position)
            registry.add_org(_Mention(para, position, sentence, subject.name, subject.description))
    for para, analysis in enumerate(analyses):
        if para not in unread:
            registry.add_introduced(para, analysis.names.introduced)
    for para, analysis in enumerate(analyses):
        if analysis.names.opening and para not in unread:
            registry.add_introduced(para, [named for named in analysis.names.opening if registry.shows_name(named.name)])
    for para, position, name in single:
        if registry.shows_name(name):
            registry.add_person(para, position, name)
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
        elif analysis.spans[0].open_at_start:
            local.pop(0)  # a closing mark alone, with no quotation left open before it
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
    text = _joined(parts)
    speaker = description = cue = worded = reported_by = None
    if utterance.attribution:
        speaker, description = _resolve(utterance.attribution, utterance.attribution_para, frames, registry)
        cue = utterance.attribution.cue if speaker else None
        worded = utterance.attribution.subject.name
        relay = utterance.attribution.reported_by
        if relay is not None and relay.kind in ("person", "org"):
            reported_by = registry.canonical(relay.name, utterance.attribution_para) if relay.kind == "person" \
                else relay.name
        elif relay is not None and relay.kind in ("group", "org_pronoun"):
            # "Police said the suspect shouted “…”": a group as worded, "the ministry" the body it stands for
            reported_by, _ = _resolve(utterance.attribution._replace(subject=relay, reported_by=None),
                                      utterance.attribution_para, frames, registry)
    kind = _kind(text, frames[first.para], first.k, utterance)
    if kind is QuoteKind.QUOTE and utterance.attribution is None and _title(text, frames[first.para]):
        kind = QuoteKind.TERM
    if speaker is not None and len(pieces) == 1 and (_name_before_noun(text, frames[first.para], first.k)
                                                      or _channel_name(text, frames[first.para], first.k)):
        speaker = description = cue = reported_by = None  # the cafe's name, the show's, is no one's words
    return Quote(
        text=text, parts=parts, kind=kind,
        speaker=speaker, speaker_description=description, cue=cue,
        paragraph=read[first.para].index,
        paragraphs=paragraphs,
        start=in_first[0].start, end=in_first[-1].end, attribution=worded, reported_by=reported_by,
    )


def _joined(parts: tuple[str, ...]) -> str:
    """The text of a quotation in parts: its parts joined by " … ", as every view shows
    them, so that words split around an attribution ("A," she said, "B.") never read
    as one run-on sentence the speaker did not say."""
    return parts[0] if len(parts) == 1 else " … ".join(parts)


def _clean(content: str) -> str:
    """White space collapsed; the comma that stands for a full stop before "he said" dropped."""
    return " ".join(content.split()).rstrip(",").rstrip()


def _kind(text: str, frame: _Frame, k: int, utterance: _Utterance) -> QuoteKind:
    """A term is a short phrase inside a sentence; “No,” he said and “Why?” are quotes."""
    if len(utterance.pieces) > 1 or text.endswith(("!", "?")) or _more_words_than(text, TERM_MAX_WORDS):
        return QuoteKind.QUOTE
    sentence_start, _ = _sentence_at(frame, frame.places[k])
    starts_sentence = not frame.text[sentence_start : frame.places[k]].strip(" (")
    return QuoteKind.QUOTE if starts_sentence else QuoteKind.TERM


def _title(text: str, frame: _Frame) -> bool:
    """Is an unattributed quotation the title of a work or a name, as news writing sets
    them in quotation marks ("Harbour Lights", "A Summer in the City"): one word, or
    every word but the small ones capitalised, in a sentence that is not itself in
    title case (a headline)? Not a question or an exclamation."""
    words = WORD.findall(text)
    if not words or len(words) > 8 or text.rstrip().endswith(("?", "!")):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or (i and w in _TITLE_SMALL_WORDS) for i, w in enumerate(words)):
        return False
    outside = WORD.findall(frame.text.replace(_PLACEHOLDER, " "))
    capitalised = sum(w[:1].isupper() for w in outside if w.lower() not in _TITLE_SMALL_WORDS)
    return capitalised * 2 < len(outside) or len(outside) < 3 and len(words) < 3


# "Speaking to ‘BBC One’", "in an interview on CNN's ‘The Source,’": where words were said.
_CHANNEL_BEFORE = LazyPattern(
    r"\b(?:[Ss]peaking|[Tt]alking|told|interview|[Aa]ppearing|appeared|broadcast|aired)\b[^.;:" + _PLACEHOLDER
    + r"]{0,30}?(?:\b(?:to|on|in|with)|['’]s)\s*$"
)


def _channel_name(text: str, frame: _Frame, k: int) -> bool:
    """Is a quoted name in title case the channel or show someone spoke on or to
    ("Speaking to ‘BBC One’ after the game, Southgate insisted …")? It names where the
    words were said, not words of the sentence's speaker."""
    return _CHANNEL_BEFORE.search(frame.text, max(0, frame.places[k] - 40), frame.places[k]) is not None \
        and _title(text, frame)


def _name_before_noun(text: str, frame: _Frame, k: int) -> bool:
    """Is a quoted term the name of a thing, set before the noun it names ("the ‘Kaya In
    The Park’ cafe", "a “Celebrate Recovery” service", "the BBC's “Panorama”
    programme")? Every word of it capitalised but the small ones, after an article or a
    possessive, and a lower-case word right after its closing mark."""
    end = _placeholder_end(frame, k)
    if not text[:1].isupper() or len(text) > _NAME_CHARS or frame.text[end : end + 1] != " " \
            or not frame.text[end + 1 : end + 2].islower():
        return False  # most quotations: long, or not before a lower-case word
    after = WORD.match(frame.text, end + 1)
    if after is None or not after.group().isalpha():
        return False
    before = frame.text[max(0, frame.places[k] - 20) : frame.places[k]].split()
    if not before or not (before[-1].lower() in ("a", "an", "the") or before[-1].endswith(("'s", "’s"))):
        return False
    words = WORD.findall(text)
    return len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() or (i and w in _TITLE_SMALL_WORDS)
                                   for i, w in enumerate(words))


#: The longest name set before a noun, in characters.
_NAME_CHARS = 80


def _more_words_than(text: str, limit: int) -> bool:
    """Does ``text`` hold more than ``limit`` words (as count_words counts them)?"""
    # Read up to the word past the limit, not to the end: most quotations run long.
    return next(itertools.islice(WORD.finditer(text), limit, None), None) is not None


def _carry_speakers(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame],
                    roles: Sequence[Role], registry: _Registry) -> list[Quote]:
    """Wire convention: a paragraph that is nothing but an unattributed quotation goes
    on with the speaker of the paragraph just before: of its quotation, or, when it
    quotes nobody, of the words it reports ("Doe said the city was ready." “We
    will not stop now.”)."""
    out: list[Quote] = []
    for n, (quote, utterance) in enumerate(zip(quotes, utterances)):
        first = utterance.pieces[0].para
        if quote.speaker is None and first and (quote.kind is QuoteKind.QUOTE or _whole_paragraph(frames[first])) \
                and _goes_on(frames[first], utterance.pieces[0].k) and not _lone_question(quote, frames[first]):
            previous = out[-1] if n else None
            if previous is not None and previous.speaker and utterances[n - 1].pieces[-1].para == first - 1 \
                    and (previous.kind == "quote" or previous.cue is not None
                         or previous.speaker == _subject_of_last_sentence(frames, first - 1, registry)):
                # "He said that the west coast was “dire”." / "“We've got farms that …”": the
                # words a paragraph reports, quoted in terms, go on as the speaker's own; so do
                # those of a sentence about their speaker ("Jo Roe pointed out that there had
                # been a “structural change”." / "“We’ve gone from …”")
                speaker = _sole_speaker(out, utterances, first - 1, terms=previous.kind != "quote")
                if speaker:
                    quote = quote._replace(speaker=speaker, cue=None, attribution="")
            elif previous is not None and n > 1 and previous.speaker is None and out[-2].speaker \
                    and utterances[n - 1].pieces[0].para == first - 1 and utterances[n - 2].pieces[-1].para == first - 2 \
                    and _lone_question(previous, frames[first - 1]):
                # "“…,” Brabeck says." / "“So, after was with purpose?”" / "“There was definitely
                # purpose.”": the answer to a question put between is the one questioned
                speaker = _sole_speaker(out[:-1], utterances, first - 2)
                if speaker:
                    quote = quote._replace(speaker=speaker, cue=None, attribution="")
            elif not frames[first - 1].places and first - 1 not in registry.unread:
                speaker = _reporting_speaker(frames, first - 1, registry)
                if speaker is None and _whole_paragraph(frames[first]):
                    speaker = _subject_of_last_sentence(frames, first - 1, registry)
                if speaker is None and _whole_paragraph(frames[first]) and frames[first - 1].sentences \
                        and quote.kind is QuoteKind.QUOTE and not _is_heading(frames[first].text, roles[first]):
                    # "Residents are angry." / "“This is a disgrace.”": the group's words
                    speaker = _group_subject(frames[first - 1].text[slice(*frames[first - 1].sentences[-1])]) or None
                if speaker is None and previous is not None and _whole_paragraph(frames[first]):
                    speaker = _speaker_across(out, utterances, first, frames, roles, registry)
                if speaker:
                    quote = quote._replace(speaker=speaker, cue=None, attribution="")
        elif quote.speaker is None and quote.kind == "quote":
            speaker = _speaker_of_sentence_before(frames[first], first, utterance.pieces[0].k, registry) \
                or _speaker_of_statement_before(frames, first, utterance.pieces[0].k, registry)
            if speaker is None and n and _FIRST_PERSON.search(quote.text) \
                    and utterances[n - 1].pieces[-1].para == first and out[-1].speaker \
                    and _own_sentence_quiet(frames[first], utterances[n - 1].pieces[-1].k, utterance.pieces[0].k):
                # "“I was shocked,” said Roe. The price is “as low as I’ve ever seen.”": words in
                # the first person, after Roe's in the paragraph, with no one else said to speak.
                speaker = out[-1].speaker
            if speaker is None and n + 1 < len(quotes) and quotes[n + 1].speaker and quotes[n + 1].kind == "quote" \
                    and _runs_into(frames, utterance, utterances[n + 1]):
                # "“It has been a witch hunt. “It was done to damage me,” Trump said.": a mark
                # opened again inside one speaker's words
                speaker = quotes[n + 1].speaker
            if speaker:
                quote = quote._replace(speaker=speaker, cue=None, attribution="")
        out.append(quote)
    return out


#: What a paragraph that is a sentence (not a heading) ends with.
_CLOSING = tuple(".!?:;,\"”’'…")
#: The longest body paragraph read as a subhead in title case, in characters.
_HEADING_CHARS = 160


def _title_cased_headline(text: str, role: Role) -> bool:
    """Is a paragraph a headline or subhead in title case ("Theresa May Apologises For
    Attacking MP's Commons Absence", "The Pop Singer Promised to Let Fans Know …")? Every
    word is capitalised there: which of them name someone, and who is the subject, its
    capitals do not tell. A body paragraph counts when it has no closing punctuation."""
    if role is not Role.HEADLINE and role is not Role.SUBHEAD and (
            role is not Role.BODY or text[-1:] in _CLOSING or len(text) > _HEADING_CHARS):
        return False  # most paragraphs: body text that ends a sentence
    words = [w for w in text.split() if len(w) > 3]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


#: How many paragraphs of narrative a bare quotation paragraph may follow its speaker's quotation by.
_ACROSS_PARAGRAPHS = 2


def _speaker_across(before: Sequence[Quote], utterances: Sequence[_Utterance], para: int, frames: Sequence[_Frame],
                    roles: Sequence[Role], registry: _Registry) -> str | None:
    """A paragraph that is nothing but a quotation, a paragraph or two of narrative
    after a quotation: wire copy goes on with the same speaker when those paragraphs
    quote no one, say no one speaks and name no one ("“…,” said Doe." / "The water rose
    three metres." / "“…”"). Anyone named between could be the speaker: no speaker then;
    nor across a subhead after narrative, which opens a new section. A crosshead right
    after the quotation stands inside one speaker's words, as BBC copy sets them."""
    previous = before[-1]
    last = utterances[len(before) - 1].pieces[-1].para
    if not previous.speaker or previous.kind != "quote" or not para - 1 - _ACROSS_PARAGRAPHS <= last < para - 1:
        return None
    for between in range(last + 1, para):
        frame = frames[between]
        if frame.places or _cues(frame.text) or registry.people_in(between) or _NAMED.search(frame.text):
            return None
        if any(_group_subject(frame.text[start:end]) for start, end in frame.sentences):
            return None
        if _is_heading(frame.text, roles[between]) and para - last > 2:
            return None
    return _sole_speaker(before, utterances, last)


def _group_subject(sentence: str) -> str:
    """The subject of a sentence when it is people who may speak together ("Residents
    are angry."), as worded; else ""."""
    phrase = sentence[: _first_verb(sentence, 0)].strip(" ,")
    if not phrase or not _is_group_head(phrase.rsplit(None, 1)[-1].lower()):
        return ""  # "Residents from the affected areas packed …": more than the group itself
    subject = _read_subject_plain(phrase)
    return subject.name if subject is not None and subject.kind == "group" and subject.name.lower() == phrase.lower() else ""


def _sole_speaker(before: Sequence[Quote], utterances: Sequence[_Utterance], para: int,
                 terms: bool = False) -> str | None:
    """The one speaker of the quotations that end in paragraph ``para``, whom a bare
    quotation paragraph after them may go on with. None when two people speak there
    (either could go on), or when the speaker is a document ("the council report"): a
    bare paragraph after a document's words is not said to be the document's."""
    speakers: set[str] = set()
    for n in range(len(before) - 1, -1, -1):  # back from the last: a long article has thousands
        if utterances[n].pieces[-1].para < para:
            break
        speaker = before[n].speaker
        if utterances[n].pieces[-1].para == para and (before[n].kind == "quote" or terms) and speaker:
            speakers.add(speaker)
    if len(speakers) != 1:
        return None
    speaker = speakers.pop()
    return None if _is_document_speaker(speaker) else speaker


_DOCUMENT_HEADS = frozenset(_DOC_NOUNS.split("|"))


def _is_document_speaker(name: str) -> bool:
    """"the council report", "the statement": a document as the text names its speaker."""
    words = name.lower().split()
    return len(words) > 1 and words[0] in _DETERMINERS and words[-1] in _DOCUMENT_HEADS


#: The most words a line without closing punctuation may have to read as a subhead.
_HEADING_WORDS = 12


def _is_heading(text: str, role: Role) -> bool:
    """Does a paragraph open a section: a subhead, or a short line with no closing
    punctuation, as a subhead reads in plain text ("Rebuilding plans")?"""
    if role is Role.SUBHEAD:
        return True
    line = text.strip()
    return bool(line) and line[0].isupper() and not line.endswith(_CLOSING) \
        and not _more_words_than(line, _HEADING_WORDS)


# A capitalised word inside a sentence: someone or something named.
_NAMED = LazyPattern(r"(?<=[a-z,;:]\s)[A-Z]")


_FIRST_PERSON = LazyPattern(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|us|our)\b")


def _lone_question(quote: Quote, frame: _Frame) -> bool:
    """Is a bare quotation paragraph one question and nothing else ("“So, before was
    without purpose, and after was with purpose?”")? In a transcript or testimony that is
    the one who asks, not the one who answered before."""
    return len(quote.parts) == 1 and quote.text.rstrip().endswith("?") and _whole_paragraph(frame) \
        and quote.text.count("?") == 1 and not any(mark in quote.text[:-1] for mark in ".!")


def _runs_into(frames: Sequence[_Frame], utterance: _Utterance, following: _Utterance) -> bool:
    """Does the next quotation open right where this one ends, in its paragraph, with
    nothing but space between?"""
    between = _between(frames, utterance, following)
    return between is not None and not between[0].text[between[1] : between[2]].strip()


def _between(frames: Sequence[_Frame], utterance: _Utterance,
             following: _Utterance) -> tuple[_Frame, int, int] | None:
    """Where the text between a quotation and the next lies (their frame, from the end
    of the one to the start of the other), when the next is the following span of the
    same paragraph; None otherwise."""
    last, first = utterance.pieces[-1], following.pieces[0]
    if last.para != first.para or first.k != last.k + 1:
        return None
    frame = frames[last.para]
    return frame, _placeholder_end(frame, last.k), frame.places[first.k]


def _own_sentence_quiet(frame: _Frame, k: int, j: int) -> bool:
    """Does span j stand in a sentence after span k's, a sentence that says no one
    speaks (no cue) and names no one?"""
    start, end = _sentence_at(frame, frame.places[j])
    sentence = frame.text[start:end]
    return start > frame.places[k] and not _cues(sentence.replace(_PLACEHOLDER, " ")) \
        and not any(word[:1].isupper() for word in sentence.split()[1:])


# The words that open a sentence with no subject that could speak: "Now, there is “…”".
_NO_SPEAKER_SUBJECTS = frozenset("there it this that such".split())


def _goes_on(frame: _Frame, k: int) -> bool:
    """Does an unattributed quotation go on with the speaker before its paragraph? When
    the paragraph is nothing but the quotation; when the quotation opens the paragraph
    as a sentence of its own and nothing after it says who speaks (no cue); or when it
    is the paragraph's one quotation, in a sentence with no subject that could speak
    (“there is”, “it is”) and no cue."""
    if _whole_paragraph(frame) or _topic_answer(frame):
        return True
    if _cues(frame.text.replace(_PLACEHOLDER, " ")):
        return False
    if k == 0 and frame.places[0] == 0:
        start, end = _sentence_at(frame, 0)
        return not frame.text[start:end].replace(_PLACEHOLDER, "").strip(" .,;:!?")
    if len(frame.places) != 1:
        return False
    start, _ = _sentence_at(frame, frame.places[0])
    words = frame.text[start : frame.places[0]].split()
    opening = [w for w in words if w.lower().strip(",") not in _ADVERBIAL_OPENERS]
    return bool(opening) and opening[0].lower() in _NO_SPEAKER_SUBJECTS


# "On Neco Williams: “…”", "(On the penalty appeal) “…”": what a transcript's next answer
# is about, before it.
_TOPIC = LazyPattern(
    r"(?:\((?:On|About|Regarding)\s[^:()" + _PLACEHOLDER + r"]{1,80}:?\)|(?:On|About|Regarding)\s[^:()"
    + _PLACEHOLDER + r"]{1,80}:)\s*"
)


def _topic_answer(frame: _Frame) -> bool:
    """Is the paragraph one quotation after what it is about ("On chasing the points
    record: “…”"), as a transcript gives its speaker's next answer?"""
    return len(frame.places) == 1 and 0 < frame.places[0] <= 90 and frame.text[:1] in "(OAR" \
        and _TOPIC.fullmatch(frame.text, 0, frame.places[0]) is not None \
        and not frame.text[_placeholder_end(frame, 0) :].strip(" .,;:!?")


_ADVERBIAL_OPENERS = frozenset("now still yet then so and but today".split())


def _speaker_of_sentence_before(frame: _Frame, para: int, k: int, registry: _Registry) -> str | None:
    """A quotation that is a sentence of its own, unattributed, after a sentence of
    the same paragraph about a person ("Arthur Penrose once summed it up. “…”"): that
    person's words, as news writing introduces them."""
    before = _sentence_before(frame, k)
    if before is None or _INTERVIEWS.search(frame.text, *before):
        return None  # "Andy Mitten speaks to Iran coach Carlos Queiroz … “…”": the one interviewed may speak
    found = registry.sentence_subject(para, *before)
    if found == "pronoun":
        # "“…,” Douglas Arthur said. He has a hold rating on the shares. “…”": the one
        # "he" goes back to, as the attribution of "he said" would.
        found = registry.subject_before(para, before[0], before[0])
    if not isinstance(found, _Mention):
        return None
    if _is_description(found.name):
        # "The official mentioned that …. “…”": the person the role stands for, if the story says
        return _person_described(found, registry)
    return registry.canonical(found.name, found.para)


# A sentence about someone asking another: its subject is not whose words follow.
_INTERVIEWS = LazyPattern(
    r"\b(?:interview(?:s|ed)|(?:speaks|spoke|talks|talked|chats|chatted)\s+(?:to|with)|meets\b"
    r"|(?:met(?:\s+with)?|sent|showed|shows)(?=\s+[A-Z])|asked|asks|quizzed|questioned)\b"
)


def _speaker_of_statement_before(frames: Sequence[_Frame], para: int, k: int, registry: _Registry) -> str | None:
    """A quotation that is a sentence of its own, unattributed, after a sentence of the
    same paragraph that says who spoke or put out a statement ("The ministry said on
    Monday that talks would resume. “…”"; "Her office issued a statement. “…”"): the
    words of that speaker or issuer, as news writing goes on to quote what it reported.
    _speaker_of_sentence_before reads sentences about a person; this one also reads an
    organisation, but only when the sentence reports words or issues a document."""
    before = _sentence_before(frames[para], k)
    if before is None:
        return None
    s_start, s_end = before
    sentence = frames[para].text[s_start:s_end]
    if _cues(sentence):
        speaker = _sentence_speaker(frames, para, s_start, s_end, registry)
        if speaker:
            return speaker
    if not _names_document(sentence):
        return None
    return _issuer_of_sentence(frames, para, s_start, s_end, _names_document, registry)


def _sentence_before(frame: _Frame, k: int) -> tuple[int, int] | None:
    """The bounds of the sentence before the quotation at place ``k``, when that
    quotation is a sentence of its own (nothing but it and its marks) and the sentence
    before holds no quotation; else None."""
    start, end = _sentence_at(frame, frame.places[k])
    if start == 0 or frame.text[start:end].replace(_PLACEHOLDER, "").strip(" .,;:!?"):
        return None
    before = [s for s in frame.sentences if s[1] <= start]
    if not before or _PLACEHOLDER in frame.text[before[-1][0] : before[-1][1]]:
        return None
    return before[-1]


#: The documents a body or a person puts out, as nouns: "issued a statement".
_DOCUMENT_WORDS = frozenset("statement statements release tweet post letter memo message notice".split())


def _names_document(text: str) -> bool:
    return bool(_DOCUMENT_WORDS.intersection(w.strip(",.;:").lower() for w in text.split()))


# "the statement", "the Facebook post", "a full statement": a document named as the
# speaker of a quotation.
_DOCUMENT = LazyPattern(
    r"^(the|an?)\s+(?:[A-Za-z]+\s+)?(statement|post|release|tweet|letter|memo|update|message|notice)$", re.IGNORECASE)
#: Any of the documents, as _issuer looks for them.
_ANY_DOCUMENT = "|".join(sorted(_DOCUMENT_WORDS))
#: How many paragraphs back the issuer of a document is looked for.
_ISSUER_PARAGRAPHS = 2


def _issuers(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame],
             registry: _Registry) -> list[Quote]:
    """Words a document speaks ("“…,” the statement read") are its issuer's, when the
    paragraphs just before say who issued it: the speaker of a quotation there whose
    paragraph names the document ("In a statement, the agency said “…”"), or of the
    words its last sentence reports ("Doe said in a post that …"). Otherwise the
    document stays the speaker, as the text names it."""
    out: list[tuple[int, Quote]] = []  # (paragraph read, quote)
    for quote, utterance in zip(quotes, utterances):
        para = utterance.pieces[0].para
        document = _DOCUMENT.match(quote.attribution or "") if quote.speaker == quote.attribution else None
        if document is not None:
            noun = document.group(2).lower()
            issuer = _issuer_in_own_sentence(utterance, noun, frames, registry)
            if issuer is None and document.group(1).lower() == "the":
                issuer = _issuer(out, para, noun, frames, registry)
            if issuer is not None:
                quote = quote._replace(speaker=issuer, speaker_description=quote.attribution)
        elif quote.attribution in ("it", "It"):
            # "Huntsman released a Thanksgiving message. It said: “…”": "it" is the document
            # just put out, and the words its issuer's; "The boys’ families issued a
            # statement on Tuesday night." / "“…,” it said": the families', not the body
            # named last, though "it" could stand for that
            issuer = _issuer(out, para, _ANY_DOCUMENT, frames, registry) if quote.speaker is None \
                else _issued_just_before(frames, para, registry)
            if issuer is not None:
                quote = quote._replace(speaker=issuer)
        out.append((para, quote))
    return [quote for _, quote in out]


def _issued_just_before(frames: Sequence[_Frame], para: int, registry: _Registry) -> str | None:
    """Who the last sentence of the paragraph before says put out a document, when that
    paragraph quotes no one ("The boys’ families issued a statement on Tuesday night.")."""
    if not para or frames[para - 1].places or not frames[para - 1].sentences:
        return None
    start, end = frames[para - 1].sentences[-1]
    names_it = _ANY_DOCUMENT_WORD.search
    if names_it(frames[para - 1].text, start, end) is None:
        return None
    return _issuer_of_sentence(frames, para - 1, start, end, lambda text: names_it(text) is not None, registry,
                               ("person", "org", "group"))


_ANY_DOCUMENT_WORD = LazyPattern(rf"\b(?:{_ANY_DOCUMENT})s?\b", re.IGNORECASE)


def _issuer_in_own_sentence(utterance: _Utterance, noun: str, frames: Sequence[_Frame],
                            registry: _Registry) -> str | None:
    """The subject that puts the document out in the attribution's own sentence: "The
    family released a full statement, stating they were “…”", "Smith issued a statement:
    “…”" are the family's and Smith's words, not the statement's."""
    if utterance.attribution is None:
        return None
    para = utterance.attribution_para
    start, end = _sentence_at(frames[para], utterance.attribution.position)
    names_it = re.compile(rf"\b(?:{_SAME_DOCUMENT.get(noun, noun)})s?\b", re.IGNORECASE)
    return _issuer_of_sentence(frames, para, start, end, lambda text: bool(names_it.search(text)), registry,
                               ("person", "org", "pronoun", "org_pronoun", "group"))


def _issuer(before: Sequence[tuple[int, Quote]], para: int, noun: str, frames: Sequence[_Frame],
            registry: _Registry) -> str | None:
    # "the post": "posted an update"; "the tweet": "posted on X"
    names_it = re.compile(rf"\b(?:{_SAME_DOCUMENT.get(noun, noun)})(?:s|ed)?\b", re.IGNORECASE)
    for where, quote in reversed(before):
        if where < para - _ISSUER_PARAGRAPHS:
            break
        if quote.speaker and not _DOCUMENT.match(quote.speaker) \
                and (names_it.search(quote.cue or "") or names_it.search(frames[where].text)):
            return quote.speaker
    for back in range(para - 1, max(-1, para - 1 - _ISSUER_PARAGRAPHS), -1):
        if names_it.search(frames[back].text) and not frames[back].places:
            speaker = _issuing_subject(frames, back, names_it, registry)
            if speaker is None and frames[back].sentences \
                    and names_it.search(frames[back].text[slice(*frames[back].sentences[-1])]):
                # "Doe said in a post that …": the last sentence reports the words and names the post;
                # a last sentence about someone else ("Roe called it reckless") names no issuer.
                speaker = _reporting_speaker(frames, back, registry)
            if speaker:
                return speaker
    return None


#: The nouns a document is named by, for each it may be called by later: a tweet is a
#: post ("posted on X … “…,” the tweet said"), a press release a statement.
_SAME_DOCUMENT = {"post": "post|tweet", "tweet": "tweet|post", "statement": "statement|release",
                  "release": "release|statement"}


#: Verbs by which someone puts out a document: "Harbor Foods issued a statement".
_ISSUING_VERBS = frozenset("issued released published posted shared sent put wrote signed filed".split())


def _issuing_subject(frames: Sequence[_Frame], para: int, names_it: "re.Pattern[str]",
                     registry: _Registry) -> str | None:
    """Who the last sentence of paragraph ``para`` that names a document says put it
    out: the subject of "Harbor Foods issued a statement", "Roe shared a post on X", or
    of any verb after "In a Facebook post, …". A person or a named body only."""
    frame = frames[para]
    for start, end in reversed(frame.sentences):
        if names_it.search(frame.text[start:end]) is not None:
            return _issuer_of_sentence(frames, para, start, end, lambda text: bool(names_it.search(text)), registry)
    return None


#: Auxiliaries an issuing verb may follow: "Her office has released a statement".
_ISSUING_AUXILIARIES = frozenset("has have had".split())


def _issuer_of_sentence(frames: Sequence[_Frame], para: int, start: int, end: int,
                        names_it: Callable[[str], bool], registry: _Registry,
                        kinds: tuple[str, ...] = ("person", "org")) -> str | None:
    """Who the sentence ``frames[para].text[start:end]``, which names a document, says
    put it out (see _issuing_subject): a subject of one of ``kinds``."""
    chunks = _split_top_level(frames[para].text[start:end])
    lead = chunks[0].split()[0].lower() in ("in", "on", "through", "via") and names_it(chunks[0])
    # "In response to Stanley's resignation, the board sent a statement": past the adverbial
    clause = ", ".join(chunks[1:] if lead else _drop_adverbials(chunks) or chunks)
    tokens = clause.split()
    verb_at = next((i for i, t in enumerate(tokens) if _is_verb(t)), None)
    if not verb_at:
        return None
    verb = verb_at + (tokens[verb_at] in _ISSUING_AUXILIARIES and verb_at + 1 < len(tokens))
    if not lead and (tokens[verb] not in _ISSUING_VERBS or not names_it(" ".join(tokens[verb:]))):
        return None
    before = tokens[:verb_at]
    while before and before[-1].lower() in _ADVERBS_BEFORE_VERB:
        before.pop()
    subject = _read_subject_plain(" ".join(before))
    if subject is None or subject.kind not in kinds:
        return None
    speaker, _ = _resolve(_Attribution(subject, tokens[verb], start), para, frames, registry)
    return speaker


# The words that open a paragraph by pointing back to the quotation that ends the one
# before, and say whose it is: "That's how resident Tom Lee described the blast", "Those
# were the words of Ann Roe", "So said Ann Roe".
_POINTS_BACK = LazyPattern(
    r"(?:That(?:['’]s|\s+is|\s+was)\s+(?:how|what)\b"
    r"|(?P<of>(?:Those|These|Such)\s+(?:were|are)\s+the\s+words\s+of|So\s+(?:said|says)"
    r"|(?P<view>(?:This|That)\s+(?:is|was)\s+the\s+(?:view|verdict|message|warning|opinion|assessment)\s+"
    r"(?:of|from)))\s)"
)


def _named_next(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame],
                registry: _Registry) -> list[Quote]:
    """A quotation that ends its paragraph with no speaker, when the next paragraph
    opens by pointing back to it and naming who spoke: a lede's way of opening on the
    words ("“It was like a bomb went off.”" / "That's how resident Tom Lee described
    the blast")."""
    out = list(quotes)
    for n, (quote, utterance) in enumerate(zip(quotes, utterances)):
        last = utterance.pieces[-1]
        if quote.speaker is not None or quote.kind != QuoteKind.QUOTE or last.para + 1 >= len(frames):
            continue
        frame, following = frames[last.para], frames[last.para + 1]
        if following.text[:1] not in "TSt" or _POINTS_BACK.match(following.text) is None:
            continue  # most paragraphs open otherwise: the cheap test first
        if not following.sentences:
            continue
        start, end = following.sentences[0]
        sentence = following.text[start:end]
        match = _POINTS_BACK.match(sentence)
        if match is None:
            continue
        cue = next(iter(_cues(sentence)), None)
        if _PLACEHOLDER in sentence[: cue.end() if cue is not None and not match.group("of") else len(sentence)]:
            continue  # words quoted after the pointer's cue ("…, blaming prosecutors for a “…”") are another matter
        if frame.text[_placeholder_end(frame, last.k) :].strip(" .,;:!?") and not (match.group("view") and not _cues(frame.text)):
            # "That's how Tom Lee described it" points to words that end the paragraph before;
            # "This is the view of Ann Roe" to a paragraph that gives no one's view but hers
            continue
        if match.group("of"):
            # "… the words of Geoffrey Makhubo on Friday": the time or place after him is no part of him
            named = _AFTER_INVERTED.split(f" {sentence[match.end() :].rstrip(' .')} ", maxsplit=1)[0].strip()
            subject = _read_subject_plain(named)
            speaker = registry.canonical(subject.name, last.para + 1) \
                if subject is not None and subject.kind == "person" else None
        else:
            # "That's how Tom Lee described it": the cue ends the clause the pointer opens,
            # not another's ("That is how the fire started, officials said").
            between = sentence[match.end() : cue.start()] if cue is not None else ","
            speaker = _sentence_speaker(frames, last.para + 1, start, end, registry) \
                if "," not in between and len(between.split()) <= _POINTED_SUBJECT_WORDS else None
        if speaker:
            out[n] = quote._replace(speaker=speaker, cue=None, attribution="")
    return out


#: The most words between "That's how" and the cue, the speaker's ("resident Tom Lee").
_POINTED_SUBJECT_WORDS = 6


# A wire brief's bullet that leaves its subject out: "* Says options still include …".
_SAYS_BULLET = LazyPattern(r"[*•\-–—]\s*Says\s")
# One that gives it, or the brief's headline: "* Electrolux CEO says …", "BRIEF-Electrolux CEO says …".
_SUBJECT_BULLET = LazyPattern(r"(?:[*•\-–—]\s*|BRIEF-)([^,;:\ue000]{2,80}?)\s+(?:says|said)\s")
_BULLET_MARKS = "*•-–—"
#: How many paragraphs up the bullet that gives the subject is looked for.
_BULLETS_UP = 30


def _brief_bullets(quotes: list[Quote], utterances: Sequence[_Utterance], frames: Sequence[_Frame],
                   registry: _Registry) -> list[Quote]:
    """A wire brief's bullets speak for the subject the first of them names ("* Electrolux
    CEO says …" / "* Says options still include settlement, says company will be “rational
    and reasonable”"): a quotation in a bullet that only says "Says" is theirs. The
    subject is looked for up the run of bullets, then in the brief's headline."""
    out = list(quotes)
    for n, quote in enumerate(quotes):
        para = utterances[n].pieces[0].para
        if quote.speaker is not None or not _SAYS_BULLET.match(frames[para].text):
            continue
        subject = None
        for up in range(para - 1, max(-1, para - 1 - _BULLETS_UP), -1):
            text = frames[up].text.lstrip()
            if _SAYS_BULLET.match(text):
                continue
            found = _SUBJECT_BULLET.match(text)
            if found is not None:
                subject = (found.group(1), up)
                break
            if text[:1] not in _BULLET_MARKS:
                found = _SUBJECT_BULLET.match(frames[0].text.lstrip())  # past the bullets: the headline's
                subject = (found.group(1), 0) if found is not None else None
                break
        speaker = _bullet_speaker(*subject, frames, registry) if subject is not None else None
        if speaker is not None:
            out[n] = quote._replace(speaker=speaker, cue=None, attribution="")
    return out


def _bullet_speaker(phrase: str, para: int, frames: Sequence[_Frame], registry: _Registry) -> str | None:
    """Who a brief's subject names ("Electrolux CEO" → the CEO the brief names), as an
    attribution's subject is resolved; no one for a bare noun ("Company says")."""
    subject = _read_subject_plain(phrase)
    if subject is None or subject.kind not in ("person", "org") or " " not in subject.name.strip():
        return None
    if subject.kind == "person":
        return registry.canonical(subject.name, para)
    role = subject.name if subject.name.lower().startswith("the ") else f"the {subject.name}"
    holder = registry.holder(role, para)
    if holder is not None or subject.name.split()[-1].lower() in _TITLES:
        return holder  # "Electrolux CEO": the CEO the brief names, or no one
    return registry.full_org(subject.name)


#: The fewest words a headline's quotation repeats from the story to be taken for the same words.
_REPEATED_WORDS = 2


def _lede(roles: Sequence[Role], frames: Sequence[_Frame]) -> int | None:
    """The story's first paragraph of body text (of those read): a plain text's headline
    is a body paragraph to the segmenter, so the lede is the one after it."""
    body = (para for para, role in enumerate(roles) if role == Role.BODY)
    first = next(body, None)
    return next(body, None) if first == 0 and _headline_like(frames[0]) else first


def _repeated(quotes: list[Quote], utterances: Sequence[_Utterance], roles: Sequence[Role],
              frames: Sequence[_Frame], registry: _Registry, lede: int | None) -> list[Quote]:
    """A headline or the story's first paragraph quotes words the story attributes
    further down: an unattributed quotation there whose words stand inside a later
    quotation with a speaker is that speaker's. One word is enough only in a headline,
    and when the later quotation is that word alone ("‘dangerous’" in the headline,
    "branded the plan as “dangerous”" further down). In the first paragraph, the sentence's own
    subject must be one who can be that speaker (see _lede_may_be). The first
    paragraph is read before the headline, for a headline whose words it repeats to
    have them from there."""
    out = list(quotes)
    paras = [u.pieces[0].para for u in utterances]
    top = [n for n, quote in enumerate(quotes) if quote.speaker is None
           and (paras[n] in (0, lede) or roles[n] in (Role.HEADLINE, Role.SUBHEAD))]
    for n in sorted(top, key=lambda n: -paras[n]):
        quote = out[n]
        key = quote_key(quote.text)
        if not key or _storys_own_term(quote, out[n + 1 :]):
            continue
        in_lede = paras[n] == lede  # else a headline: the text's first paragraph above its lede, or marked so
        one_word = len(key.split()) < _REPEATED_WORDS
        if one_word and in_lede:
            continue  # "a “suspicious” fire" in running text: the writer's word as much as anyone's
        speakers = {later.speaker for later in out[n + 1 :]
                    if later.speaker and (quote_key(later.text) == key if one_word
                                          else f" {key} " in f" {quote_key(later.text)} ")
                    and not _cited(key, later.text)}
        if len(speakers) != 1:
            continue
        speaker = speakers.pop()
        if not in_lede or _lede_may_be(frames[paras[n]], utterances[n].pieces[0].k, speaker, registry, paras[n]):
            out[n] = quote._replace(speaker=speaker, cue=None, attribution="")
    return out


# Words quoted inside a quotation, in marks that are no apostrophe.
_INNER = LazyPattern(r"[‘“«\"]([^‘’“”«»\"]{1,200})[’”»\"]")


def _cited(key: str, text: str) -> bool:
    """Does a quotation hold the words only as a citation, in marks of its own ("our
    use of ‘scare quotes’ hasn't risen")? The speaker mentions them; they are not
    the speaker's."""
    return any(quote_key(inner.group(1)) == key for inner in _INNER.finditer(text))


#: The most words of a plain text's first paragraph read as its headline.
_HEADLINE_WORDS = 20


def _headline_like(frame: _Frame) -> bool:
    """Is a plain text's first paragraph its headline: short, and no full stop at its
    end, before or after a closing quotation ("Decision to close school ‘dangerous’")?"""
    text = frame.text.rstrip()
    return len(text.split()) <= _HEADLINE_WORDS and not text.rstrip(_PLACEHOLDER).rstrip().endswith(".") \
        and not text.endswith(_PLACEHOLDER + ".")


def _lede_may_be(frame: _Frame, k: int, speaker: str, registry: _Registry, para: int) -> bool:
    """May the first paragraph's sentence around a quotation give it to ``speaker``?
    Not when its subject is a group ("Critics have long suspected “a land grab”": the
    critics' words, whoever repeats them later) or a person or body the speaker is
    not. A subject that names the speaker ("The environment minister, the Labour MP Dan
    Whitlock, has called for …") may, as may one the sentence only describes ("A
    mother whose son died has accused ministers of …"), whom the story names further
    down."""
    place = frame.places[k]
    subject, _verb = _main_clause(frame.text[_sentence_start(frame, place) : place] + _PLACEHOLDER)
    if subject is None:
        return True
    if subject.kind == "group":
        return False
    if subject.kind in ("person", "org"):
        names = [subject.name] + ([subject.description] if subject.description else [])
        return any(same_person(registry.canonical(name, para), speaker) for name in names)
    return True


def _storys_own_term(quote: Quote, later: Sequence[Quote]) -> bool:
    """Does the story first use a headline's quoted words as a term of its own, in
    marks and given to no one ("‘scare quotes’" in the headline, "the use of “scare
    quotes”" in the first paragraph)? Then they are a term, not the words of whoever
    says them later."""
    key = f" {quote_key(quote.text)} "
    first = next((q for q in later if key in f" {quote_key(q.text)} "), None)
    return first is not None and first.speaker is None and first.kind == QuoteKind.TERM


def _headline_speakers(quotes: list[Quote], utterances: Sequence[_Utterance], roles: Sequence[Role],
                       frames: Sequence[_Frame], registry: _Registry) -> list[Quote]:
    """A headline's (or the first paragraph's) quotation that _repeated left without a
    speaker: the one the headline names before a colon ("Merkel: ‘We can do this’"),
    else the one its own words give it in headline grammar (see headlines.py), else the
    one the story says spoke its words, in a quotation or in reported speech, in other
    words than the headline's (see _same_words)."""
    out = list(quotes)
    for n, quote in enumerate(quotes):
        para = utterances[n].pieces[0].para
        if quote.speaker is not None or not (para == 0 or roles[n] in (Role.HEADLINE, Role.SUBHEAD)):
            continue
        speaker = _named_before_colon(frames[para], utterances[n].pieces[0].k, para, registry)
        if speaker is None and _in_headline_grammar(frames[para], roles[n]):
            speaker = headline_speaker(frames[para].text, registry, para)
        if speaker is None and not _storys_own_term(quote, quotes[n + 1 :]):
            speaker = _said_further_down(quote, quotes[n + 1 :], para, frames, registry)
        if speaker is not None:
            out[n] = quote._replace(speaker=speaker, cue=None, attribution="")
    return out


def _in_headline_grammar(frame: _Frame, role: Role) -> bool:
    """Is a paragraph a headline or a subhead, written in headline grammar? One marked
    so, or a first paragraph that ends in no full stop (a plain text's headline)."""
    return role in (Role.HEADLINE, Role.SUBHEAD) or not frame.text.rstrip().endswith((".", _PLACEHOLDER))


def _named_before_colon(frame: _Frame, k: int, para: int, registry: _Registry) -> str | None:
    """"Merkel: ‘We can do this’", "Obama on guns: ‘…’": the headline's speaker before its colon."""
    left = frame.text[: frame.places[k]].rstrip()
    if not left.endswith(":") or _PLACEHOLDER in left:
        return None
    head = _HEAD_TOPIC.split(left[:-1], maxsplit=1)[0].strip()
    if not head or len(head.split()) > 5:
        return None
    subject = _read_subject_plain(head)
    if subject is None or subject.kind not in ("person", "org"):
        return None
    return registry.canonical(subject.name, para) if subject.kind == "person" else subject.name


# "Obama on guns": the topic after the speaker of a headline.
_HEAD_TOPIC = LazyPattern(r"\s+(?:on|over|about|to|at)\s+")
#: How far down a headline's words are looked for in reported speech, in paragraphs: the
#: top of a story says who spoke them.
_HEADLINE_REACH = 40
#: The fewest content words a headline quotation must share with the story's words.
_SHARED_CONTENT = 2


def _stems(text: str) -> set[str]:
    """The content words of a text, cut to their first five letters ("rises", "rising" → "risin"…)."""
    return {w[:5] for w in content_words(text) if len(w) > 2}


def _said_further_down(quote: Quote, later: Sequence[Quote], para: int, frames: Sequence[_Frame],
                       registry: _Registry) -> str | None:
    """The one speaker the story gives the headline's words to further down: every
    content word of the headline quotation (two at least, or one in three words) in one of their quotations,
    or in a sentence reporting their words. Two speakers who could have said them: none."""
    stems = _stems(quote.text)
    if len(stems) < _SHARED_CONTENT and not (stems and _more_words_than(quote.text, _SHARED_CONTENT)):
        return None  # "will rise again" is enough; "catastrophic" alone is not
    speakers = {q.speaker for q in later if q.speaker and stems <= _stems(q.text)}
    if not speakers:
        for back in range(para + 1, min(len(frames), para + 1 + _HEADLINE_REACH)):
            frame = frames[back]
            for start, end in frame.sentences if stems <= _stems(frame.text) else ():
                sentence = frame.text[start:end]
                if stems <= _stems(sentence) and _PLACEHOLDER not in sentence:
                    speaker = _sentence_speaker(frames, back, start, end, registry)
                    if speaker:
                        speakers.add(speaker)
    return speakers.pop() if len(speakers) == 1 else None


def _sentence_speaker(frames: Sequence[_Frame], para: int, start: int, end: int, registry: _Registry) -> str | None:
    """The speaker of a sentence that reports someone's words ("Jane Doe said the city
    had trained for years"); a pronoun is resolved from where it stands."""
    sentence = frames[para].text[start:end]
    match = next(iter(_cues(sentence)), None)
    if match is not None and _is_according(match) and not sentence[: match.start()].strip():
        # "According to the governor, soldiers killed three people.": the governor's report.
        according = _according(sentence, match.start(), start)
        if according is None or according.subject.kind not in ("person", "org", "pronoun"):
            return None
        speaker, _ = _resolve(according, para, frames, registry)
        return speaker
    if match is None or _is_according(match) or match.group(1) in _PARTICIPLE_CUES:
        return None
    if sentence[: match.start()].rstrip().endswith(","):
        # "The mayor campaigned on a low rates rise, said John Smith.": the one after the verb
        closing = _inverted_at(sentence[match.start() :], start + match.start())
        if closing is None:
            return None
        speaker, _ = _resolve(closing, para, frames, registry)
        return speaker
    subject = _subject_before(sentence[: match.start()])
    if subject is None:
        return None
    named_at = sentence.rfind(subject.name, 0, match.start()) if subject.kind == "pronoun" else -1
    position = start + (named_at if named_at >= 0 else match.start())  # where the speaker is named
    speaker, _ = _resolve(_Attribution(subject, match.group(1), position), para, frames, registry)
    return speaker


def _subject_of_last_sentence(frames: Sequence[_Frame], para: int, registry: _Registry) -> str | None:
    """The person the last sentence of paragraph ``para`` is about ("However, she
    defended her visits." → the one "she" stands for): a bare quotation paragraph after
    it gives their words, as news writing goes on from a sentence about the speaker."""
    frame = frames[para]
    if not frame.sentences:
        return None
    start, end = frame.sentences[-1]
    if _INTERVIEWS.search(frame.text, start, end):
        return None  # "Andy Mitten interviewed Carlos Queiroz." / “…”: not the interviewer's words
    subject = registry.sentence_subject(para, start, end)
    if subject == "pronoun":  # "However, she defended …": she is the one before
        subject = registry.subject_before(para, start, end)
    if not isinstance(subject, _Mention):
        return None  # a sentence about no one the text names: no speaker rather than a guess
    if _is_description(subject.name):
        return registry.holder(subject.name, subject.para) or subject.name  # "the president"
    return registry.canonical(subject.name, subject.para)


def _reporting_speaker(frames: Sequence[_Frame], para: int, registry: _Registry) -> str | None:
    """The speaker of the last sentence of paragraph ``para``, if it reports someone's
    words (see _sentence_speaker)."""
    sentences = frames[para].sentences
    return _sentence_speaker(frames, para, *sentences[-1], registry) if sentences else None


def _whole_paragraph(frame: _Frame) -> bool:
    return len(frame.places) == 1 and not frame.text.replace(_PLACEHOLDER, "").strip(" .,;:")
