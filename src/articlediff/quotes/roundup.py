"""Round-ups, vox pops and transcripts: speakers named on a line of their own or as a
prefix, not in a sentence with a verb.

Three layouts are read here:

- a reaction round-up whose speaker lines follow their quotations
  (“It's spending for a second term.” / Liberal Democrat leader Charles Kennedy);
- one whose speaker lines head the quotations under them, with the editor's captions
  in between (Conservative leader David Cameron / “…” / Mr Cameron mocking … / “…”);
- a transcript's name-colon prefix (Guus Hiddink: “I am satisfied …”), also when the
  opening mark is missing (Martin O’Neill: It sounds like …”).

Which way a round-up's lines point is decided once for the story, from both ends of
its run of lines: a quotation paragraph right before the first line and none after the
last means lines follow their quotations; the other way round, they head them; a
quotation at both ends leaves the layout untold, and those quotations to no one. A
paragraph shaped like a titled line over the first quotation, though its words read as
no name, also says the lines head them.
Reading each line alone would give every
quotation its neighbour's speaker in one of the two layouts, which is worse than none,
so a line counts only in a story with two of them or more, each beside a quotation."""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..model import Role
from ..text.lazy import LazyPattern
from ..text.marks import QUOTATION_MARKS
from .attribution import _cues, _main_clause
from .frames import _PLACEHOLDER, _Frame, _placeholder_end
from .lexicon import _FINITE_CUES, _PERSON_PRONOUNS, _TITLES
from .names import _is_name_token, _is_org_token, _is_verb, _read_subject, _split_top_level, _Subject
from .spans import _Span

if TYPE_CHECKING:
    from .speakers import _Registry

#: The most words a speaker line holds ("Marian Bell, economist with Royal Bank of
#: Scotland, on City reaction").
LINE_WORDS = 14
#: Words that open what an answer is about, not who gives it: "On chasing the points record:".
_PREPOSITIONS = frozenset("on about over for from to with at in by after before regarding re".split())
#: Words no title before a name holds.
_NOT_TITLE_WORDS = frozenset("a an to on about by from with in".split())
#: The most characters of a speaker line (a cheap test before its words are read).
LINE_CHARS = 160
#: The most words of the description before a name ("Salomon Smith Barney equity strategist").
DESCRIPTION_WORDS = 6
#: The most words of a name-colon prefix ("Conservative leader David Cameron:"), before
#: the description after a comma ("Pete Olson, U.S. House District 22:").
PREFIX_WORDS = 5
#: The fewest speaker lines that make a round-up.
ROUNDUP_LINES = 2

# A match result ("Aston Villa 0-1 Chelsea"), not a speaker.
_SCORE = LazyPattern(r"\d\s*[-–]\s*\d")
# "Guus Hiddink: ", "Alex Ferguson: (On the penalty appeal) ": a transcript's speaker;
# "Pete Olson, U.S. House District 22: ": a name, then after a comma who they are.
# (Apostrophes may stand in the name: "Martin O’Neill".)
_PREFIX = LazyPattern(r"([^:()\d,\"“”„«»]{3,80}(?:,[^:()\"“”„«»]{1,80})?):\s+(?:\([^()]*\)\s*)?")


#: Words of a caption's subject that say nothing of who it is: "The Conservative leader twice compared …".
_NOT_NAMING = frozenset("the a an twice once again also then later".split())


# " - Finance Minister Bill English.", after a quotation's placeholder.
_SUFFIX = LazyPattern(r"[.,]?\s*[-–—]\s+([^\"“”\ue000]{3,160}?)\.?\s*")


class _Line(NamedTuple):
    """A paragraph that names a speaker and nothing else."""

    para: int
    subject: _Subject
    words: frozenset[str]
    """The line's words, lower-cased: what a caption about the same speaker reuses
    ("The Conservative leader" under "Conservative leader David Cameron")."""


def read_speaker(phrase: str) -> _Subject | None:
    """The person or body a speaker line or prefix names, with no sentence around it:
    "Salomon Smith Barney equity strategist Robert Buckland" (Robert Buckland), "ASH,
    the anti-smoking group" (ASH), "Marian Bell, economist with Royal Bank of Scotland,
    on City reaction" (Marian Bell). None for anything that says more than who: a
    verb, a score, a one-word name no title vouches for ("Eurosport", "Background")."""
    chunks = _split_top_level(phrase.lstrip(" —–-"))  # "— Sen. John McCain, Arizona Republican"
    if not chunks or _SCORE.search(phrase):
        return None
    head = chunks[0]
    words = head.split()
    if any(_is_verb(word) for word in words) or words[0].lower() in _PREPOSITIONS or words[0].lower() in _FINITE_CUES:
        return None  # "On Neco Williams:" is what the answer is about; "Added Trivedi:" a sentence
    subject = _read_subject(head)
    if subject is None or subject.kind not in ("person", "org") or not subject.name[:1].isupper():
        return None
    if subject.kind == "org":
        titled = _titled_name(words)
        if titled is not None:
            return titled  # "House Minority Leader Nancy Pelosi": not the House
        if len(words) > 2 and not _is_org_token(words[-1]) and all(_is_name_token(w) for w in words[-2:]):
            return _Subject(" ".join(words[-2:]), "person", " ".join(words[:-2]))  # "House Majority Whip Steve Scalise"
        return subject if head.startswith(subject.name) else None  # "ASH", "The Child Poverty Action Group"
    before = head[: head.find(subject.name)].split() if subject.name in head else words
    if len(before) > DESCRIPTION_WORDS or any(word[:1].isdigit() or word.lower() in _NOT_TITLE_WORDS for word in before):
        return None  # "A reference to noisy Labour MPs" says what, not who
    if " " not in subject.name and not (before and (before[-1] in _TITLES or before[-1] + "." in _TITLES)):
        return None  # "Mr Cameron" is a name; "Eurosport" alone may be anything
    return subject


def _titled_name(words: list[str]) -> _Subject | None:
    """A person's name of two or three words after a title at the end of a phrase an
    organisation's word opens ("House Speaker John Boehner")."""
    for size in (2, 3):
        if len(words) > size and words[-size - 1] in _TITLES and all(_is_name_token(w) for w in words[-size:]):
            return _Subject(" ".join(words[-size:]), "person", " ".join(words[: -size]))
    return None


def speaker_line(text: str) -> _Subject | None:
    """Who a paragraph names, when it is a speaker line: short, no quotation, no verb
    of speaking, no sentence-ending punctuation."""
    line = _line_text(text)
    return read_speaker(line) if line is not None else None


def _line_text(text: str) -> str | None:
    """A paragraph's words when it has a speaker line's shape (see speaker_line), whether
    or not they read as a name; capitals put down when all are."""
    if len(text) > LINE_CHARS:
        return None  # most paragraphs: too long to be a line
    text = text.strip().removesuffix(":")  # "PENSIONS SECRETARY AMBER RUDD:" over her words
    if not text or text[-1] in ".!?:;" + QUOTATION_MARKS or _PLACEHOLDER in text \
            or len(text.split()) > LINE_WORDS or _cues(text):
        return None
    if text.isupper():
        text = " ".join(word[:1] + word[1:].lower() for word in text.split())
    return text


def name_prefix(frame: _Frame) -> _Subject | None:
    """The speaker a paragraph opens with before a colon and its quotation ("Guus
    Hiddink: “…”"): its name, when nothing but the name (and a note in brackets)
    stands before the first quotation."""
    if not frame.places or frame.places[0] > 120 or ":" not in frame.text[: frame.places[0]]:
        return None  # most paragraphs: no colon before their first quotation
    match = _PREFIX.fullmatch(frame.text, 0, frame.places[0])
    if match is None:
        return None
    head, _, description = match.group(1).partition(",")
    if len(head.split()) > PREFIX_WORDS or len(description.split()) > DESCRIPTION_WORDS:
        return None
    return read_speaker(match.group(1))


def dash_suffix(frame: _Frame, named: dict[str, str]) -> _Subject | None:
    """The speaker a quotation paragraph names after a dash ("“…” - Labour leader David
    Cunliffe."); a surname alone ("- Cunliffe again.") when an earlier speaker of the
    story has it (``named``: last word → name)."""
    end = _placeholder_end(frame, 0)
    if len(frame.places) != 1 or frame.text[end : end + 4].strip(" .,")[:1] not in ("-", "–", "—"):
        return None  # most quotation paragraphs: an attribution, or nothing, after the marks
    match = _SUFFIX.fullmatch(frame.text, end)
    if match is None or len(match.group(1).split()) > LINE_WORDS or _cues(match.group(1)):
        return None
    phrase = match.group(1)
    if phrase.endswith(" again"):
        phrase = phrase[: -len(" again")]
    if phrase in named:
        return _Subject(named[phrase], "person")
    return read_speaker(phrase)


def _signature(frames: Sequence[_Frame], para: int) -> _Subject | None:
    """The speaker a paragraph of its own names after a dash ("– Matt Rudling, UK Power
    Networks"), as a statement is signed under its words; None for any other paragraph."""
    if para >= len(frames) or frames[para].places:
        return None
    text = frames[para].text.strip()
    if text[:1] not in ("-", "–", "—") or len(text) > LINE_CHARS:
        return None
    phrase = text.lstrip("-–— ").rstrip(" .")
    if not phrase or len(phrase.split()) > LINE_WORDS or _cues(phrase):
        return None
    return read_speaker(phrase)


def _titled_line(text: str) -> bool:
    """Is a paragraph shaped like a speaker line, with a title and a name at its end,
    though read as no one ("Democratic New York U.S. Senator and Minority Leader Chuck
    Schumer")? Not a subhead ("Budget reaction")."""
    line = _line_text(text)
    if line is None:
        return False
    words = line.split()
    return len(words) >= 3 and any(word in _TITLES for word in words[:-2]) \
        and all(_is_name_token(word) for word in words[-2:])


def prefixed_spans(text: str, spans: list[_Span]) -> list[_Span]:
    """A transcript's answer whose opening mark is missing ("Martin O’Neill: It sounds
    like an excuse …”"): the paragraph ends with a closing mark and opens none, and
    after a speaker's name and a colon, the quotation is the words after the colon up
    to that mark."""
    if not text.endswith(("”", '"')) or (spans and (len(spans) > 1 or not spans[0].open_at_start)):
        return spans  # most paragraphs: no closing mark at the end, or marks that open what they quote
    end = len(text)
    if ":" not in text[:80] or any(mark in text[: end - 1] for mark in '"“”'):
        return spans
    match = _PREFIX.match(text)
    if match is None or len(match.group(1).split()) > PREFIX_WORDS or read_speaker(match.group(1)) is None:
        return spans
    start = match.end()
    return [_Span(start, end, text[start : end - 1])] if text[start : end - 1].strip() else spans


def _refers_to(text: str, line: _Line) -> bool:
    """Is a caption between a heading's quotations about the heading's speaker ("Mr
    Cameron mocking …", "The Conservative leader twice compared …", "he went on")?
    Its subject is the speaker's name, a pronoun, or words the line itself uses."""
    subject, _ = _main_clause(text.replace(_PLACEHOLDER, " "))
    if subject is not None and subject.kind == "pronoun":
        return subject.name in _PERSON_PRONOUNS
    if subject is not None and subject.kind == "person":
        return subject.name.split()[-1] == line.subject.name.split()[-1]
    lead: list[str] = []
    for word in text.split():
        if _is_verb(word):
            break
        lead.append(word.strip(",;:").lower())
    lead = [word for word in lead if word not in _NOT_NAMING and not word.endswith("ly")]
    return bool(lead) and len(lead) <= DESCRIPTION_WORDS and line.words.issuperset(lead)


def _lines(frames: Sequence[_Frame], roles: Sequence[Role], bare: set[int]) -> list[_Line]:
    """The speaker lines beside a bare quotation paragraph; not the headline."""
    found = []
    beside = sorted({near for para in bare for near in (para - 1, para + 1)})
    for para in beside:
        if para <= 0 or para >= len(frames) or frames[para].places or roles[para] is Role.HEADLINE:
            continue
        frame = frames[para]
        subject = speaker_line(frame.text)
        if subject is not None:
            found.append(_Line(para, subject, frozenset(w.strip(",").lower() for w in frame.text.split())))
    return found


def roundup_speakers(frames: Sequence[_Frame], roles: Sequence[Role],
                     registry: "_Registry") -> dict[tuple[int, int], str | None]:
    """The speakers of quotations a line or a prefix names, by (paragraph read, span): a
    transcript's prefix gives its paragraph's quotations; a round-up's layout gives the
    quotation that opens each of its quotation paragraphs, or None to those it gives no
    one (so that no rule hands them a neighbour's speaker line). Empty for most stories."""
    decided: dict[tuple[int, int], str | None] = {}
    led: set[int] = set()
    named: dict[str, str] = {}  # last word → name, of the speakers named so far
    for para in [para for para, frame in enumerate(frames) if frame.places]:  # most paragraphs quote no one
        frame = frames[para]
        if roles[para] is Role.HEADLINE:
            continue  # "Ferguson Police Chief: ‘…’": a headline's colon is read by its own rules
        if frame.places[0] > 1:
            subject = name_prefix(frame)
        else:
            subject = dash_suffix(frame, named)
            if subject is None:
                led.add(para)
                continue
        if subject is not None:
            name = _name(para, subject, registry)
            named[name.split()[-1]] = name
            decided.update(((para, k), name) for k in range(len(frame.places)))
    for para in led:
        signed = _signature(frames, para + 1)
        if signed is not None and (para, 0) not in decided:
            # "“…”" / "– Matt Rudling, UK Power Networks": a line after a quotation that signs it
            decided[(para, 0)] = _name(para + 1, signed, registry)
    if len(led) >= ROUNDUP_LINES:  # else no run of quotation paragraphs to read
        # A paragraph's later quotations may be someone else's ("“…” - a reference to
        # Lord Turnbull's “Stalinist ruthlessness”."): the layout gives its first one.
        decided.update(((para, 0), speaker) for para, speaker in _layout_speakers(frames, roles, led, registry).items())
    return decided


def _layout_speakers(frames: Sequence[_Frame], roles: Sequence[Role], led: set[int],
                     registry: "_Registry") -> dict[int, str | None]:
    """The speakers a round-up's speaker lines give its quotation paragraphs (see
    roundup_speakers). ``led`` are the paragraphs that open with a quotation; those
    that say no one speaks outside their marks are a round-up's quotation paragraphs
    ("“…” (quote from a phone call with Johnson)." is one)."""
    lines = _lines(frames, roles, led)
    if not lines:
        return {}  # most stories
    quoting = {para for para in led if not _cues(frames[para].text)}
    lines = [line for line in lines if line.para - 1 in quoting or line.para + 1 in quoting]
    if len(lines) < ROUNDUP_LINES:
        # One line between two quotations may name either: neither is given it.
        return {para: None for line in lines if line.para - 1 in quoting and line.para + 1 in quoting
                for para in (line.para - 1, line.para + 1)}
    names = {line.para: _name(line.para, line.subject, registry) for line in lines}
    first = min(_around(lines[0].para, quoting), default=lines[0].para)
    # A quotation before the first line read, itself under a paragraph shaped like a line
    # whose words read as no name ("Democratic New York U.S. Senator and Minority Leader
    # Chuck Schumer" / “…” / "… Senator Kirsten Gillibrand" / “…”): the lines head their
    # quotations, the first one's unread.
    unread_first = 0 < first < lines[0].para and _titled_line(frames[first - 1].text)
    after_quotation = lines[0].para - 1 in quoting and not unread_first
    before_quotation = lines[-1].para + 1 in quoting or unread_first
    if after_quotation == before_quotation:
        # A quotation before the first line and after the last: lines after their
        # quotations leave the last one to no one, lines over them the first one.
        # Either way round, a quotation would get its neighbour's name: none gets one.
        return {para: None for line in lines for para in _around(line.para, quoting)}
    decided: dict[int, str | None] = {}
    speaker: str | None = None
    if after_quotation:
        # Lines follow their quotations: each gives the quotation paragraphs right before it.
        for para in range(lines[-1].para, min(_around(lines[0].para, quoting), default=lines[0].para) - 1, -1):
            if para in names:
                speaker = names[para]
            elif para in quoting:
                decided[para] = speaker
            else:
                speaker = None
        return decided
    # Lines head the quotations under them, captions about the speaker between.
    for n, line in enumerate(lines):
        stop = lines[n + 1].para if n + 1 < len(lines) else len(frames)
        speaker = names[line.para]
        for para in range(line.para + 1, stop):
            if para in quoting:
                decided[para] = speaker
            elif speaker is not None and not _refers_to(frames[para].text, line):
                # A caption about someone else: the quotations after it, up to the next
                # line, may be anyone's.
                speaker = None
    return decided


def _around(para: int, quoting: set[int]) -> list[int]:
    """The quotation paragraphs next to a line, before and after it, up to the first
    paragraph that is none."""
    found = []
    for step in (-1, 1):
        near = para + step
        while near in quoting:
            found.append(near)
            near += step
    return found


def _name(para: int, subject: _Subject, registry: "_Registry") -> str:
    return registry.canonical(subject.name, para) if subject.kind == "person" else subject.name
