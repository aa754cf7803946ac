"""Attribution: for a quoted span of a frame, the clause that says who said it and how
("…,” Rubio said", "said X, a …", "X said the group “…”", "according to X"), its
subject read by names.py."""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import itertools
import re
from typing import NamedTuple

from ..text.lazy import LazyPattern, first_letter_alternation
from ..text.pattern_cache import compile_pattern
from ..text.words import straight_apostrophes
from .frames import _PLACEHOLDER, _Frame, _placeholder_end, _sentence_at
from .lexicon import (
    _ADVERBIAL_STARTS,
    _ADVERBS_BEFORE_VERB,
    _AFTER_CUES,
    _AUXILIARIES,
    _CALENDAR,
    _CUES,
    _DAYS,
    _DETERMINERS,
    _DOC_MODALS,
    _DOC_NAMES,
    _DOC_NOUNS,
    _DOC_PROVISIONS,
    _DOC_SPEECH,
    _DOC_VERBS,
    _ED_ADJECTIVES,
    _FINITE_CUES,
    _FUNCTION_WORDS,
    _GROUP_HEADS,
    _LY_NOUNS,
    _NOT_INVERTED,
    _OBJECT_CUES,
    _PARTICIPLE_CUES,
    _PERSON_PRONOUNS,
    _PHRASAL_CUES,
    _POST_QUALIFIERS,
    _POSTS,
    _TITLES,
    _TRAILING_ADVERBS,
    _WEEKDAYS,
)
from .names import (
    _EDGE_PUNCT,
    _capital_run,
    _is_person_noun,
    _is_verb,
    _name_tail,
    _read_subject,
    _split_top_level,
    _Subject,
    _titled_name_ends,
)

# Cues are looked up in a set after a plain word pattern matches (see lexicon). A
# character class mixing "’" with several other characters is slow to compile at
# start-up: the not-in-a-word tests test "’" apart.
_WORD_OR_ACCORDING = compile_pattern(r"(?<![\w\-'])(?<!’)([Aa]ccording to|[a-z]+)(?![\w\-'])(?!’)")
# The same, with the verbs of saying in two words ("she pointed out"), for the short text
# after a quotation: trying them at every word of a paragraph would cost more than they find.
_WORD_OR_PHRASAL = compile_pattern(
    r"(?<![\w\-'])(?<!’)([Aa]ccording to|" + _PHRASAL_CUES + r"|[a-z]+)(?![\w\-'])(?!’)"
)


# The matches of _WORD_OR_ACCORDING that are cues, found by the engine: the same
# words, at the same places (a cue is a whole word either way).
_CUE_ALTERNATION = first_letter_alternation(sorted(_CUES), not_after=(r"[\w\-']", "’"))
_CUE = compile_pattern(rf"({_CUE_ALTERNATION})(?![\w\-'])(?!’)")


def _is_cue(match: re.Match[str] | None) -> bool:
    return match is not None and match.group(1) in _CUES and not _adjectival(match)


def _adjectival(match: re.Match[str]) -> bool:
    """Is a cue in -ed an adjective here, after an article or a possessive ("the report
    about his alleged involvement", "the so-called")?"""
    start = match.start(1)
    return match.group(1) in _ED_ADJECTIVES and _DETERMINED.search(match.string[max(0, start - 8) : start]) is not None


# What an adjective in -ed may follow: "the", "his", "Russia's".
_DETERMINED = LazyPattern(r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that)|['’]s)\s+$", re.IGNORECASE)


def _cues(text: str) -> list[re.Match[str]]:
    """The attribution verbs of ``text`` ("said", "told", "according to"), in order."""
    return [match for match in _CUE.finditer(text) if not _adjectival(match)]


def _first_cue(text: str) -> re.Match[str] | None:
    return next((match for match in _CUE.finditer(text) if not _adjectival(match)), None)


def _cue_at(text: str, pos: int = 0) -> re.Match[str] | None:
    match = _WORD_OR_ACCORDING.match(text, pos)
    return match if _is_cue(match) else None


# _CHANNEL, _TOLD_OBJECT and _DOC_OBJECT (like names._POSSESSIVE_DOC and names._RUN) are
# matched against text with straight apostrophes (see straight_apostrophes), which they
# are written for.
_CHANNEL = compile_pattern(
    r"\s+(?:in|at|on|to|during|via|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w'\-]+\s+){0,2}?"
    r"(?:post|posts|statement|interview|email|e-mail|letter|tweet|video|briefing|conference|"
    r"hearing|speech|message|call|release|op-ed|podcast|broadcast|rally|X|Twitter|Facebook|"
    r"Instagram|Telegram|Truth\s+Social|media|television|TV|radio)\b"
    r"(?:\s+(?:post|posts|page|video|statement|message|account|interview)\b)?"
    r"(?:\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram|Truth\s+Social|LinkedIn|Bluesky"
    r"|(?:its|his|her|their|the)\s+(?:own\s+)?(?:website|site|page|blog)|social\s+media)\b)?"
)
_TOLD_OBJECT = compile_pattern(
    r"\s+((?:(?:The|the)\s+)?(?:[A-Z][\w'.\-]*)(?:\s+[A-Z][\w'.\-]*){0,3}|reporters|journalists|"
    r"lawmakers|supporters|the\s+(?:newspaper|outlet|network|agency|audience|crowd|court|committee))"
)
_DOC_OBJECT = compile_pattern(
    r"\b(?:a|an|the|its|his|her|their)\s+(?:[\w'\-]+\s+){0,3}?(?:" + _DOC_NOUNS + r")\b"
)
_CONJUNCTIONS = frozenset("but and yet so still also".split())
# ", who has led the department since 2019,", ", flanked by her command staff,": a clause
# that describes the subject between it and its verb.
_RELATIVE_CLAUSE = compile_pattern(r",\s+(?:who|whose|which|[a-z]+ed\s+by|accompanied|joined|speaking|standing)\s[^,]*,")
# "what the UN has called “…”": the subject after "what", as after "that" or "which".
_RELATIVE_SPLIT = compile_pattern(r"\s(?:that|which|what|when|because|after|before|while|if|as|why)\s")
class _Attribution(NamedTuple):
    subject: _Subject
    cue: str
    position: int
    """Where, in the frame, the speaker is named (for resolving pronouns)."""
    reported_by: _Subject | None = None
    """Who relays the words, when the text reports them second-hand."""


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


# "in a statement", "on Truth Social" at the end of the words before a cue: the channel
# the subject spoke through, not the subject ("Eric Schmitt in a statement said").
_TRAILING_CHANNEL = compile_pattern(r"(?:" + _CHANNEL.pattern + r")\s*$")


def _strip_trailing(left: str) -> str:
    """Drop adverbs, times and channels between a subject and its verb: "X also said",
    "X in a statement said"."""
    while True:
        left = _drop_trailing_day(left.rstrip())
        if " in " in left or " on " in left or " via " in left or " through " in left:
            channel = _TRAILING_CHANNEL.search(straight_apostrophes(left))
            if channel is not None and channel.start():
                left = left[: channel.start()]
                continue
        words = left.rsplit(None, 1)
        if len(words) == 2 and (words[1] in _TRAILING_ADVERBS or _is_adverb(words[1])):
            left = words[0]
        else:
            return left.rstrip()


def _is_adverb(word: str) -> bool:
    """A lower-case word in -ly between a subject and its verb ("Doe strongly warned")."""
    return len(word) > 5 and word.endswith("ly") and word.isalpha() and word.islower() and word not in _LY_NOUNS


#: Words that open a description of whom a person works for: "Jo Roe, with the office".
_AFFILIATIONS = frozenset("with of from at".split())
#: Titles capitalised after a name, as an apposition writes them ("Jo Roe, Leader of …"):
#: with "of" or "for" after them, not a titled name ("…, Senator Tom Hale said").
_CAPITALISED_TITLES = frozenset(t for t in _TITLES if t[:1].isupper() and t.isalpha() and len(t) > 3)
_TITLE_OF = compile_pattern(r"\S+(?:\s+[A-Z]\w+)?\s+(?:of|for)\s")


#: Words that open a clause before its subject: "…, as the Environment Secretary said".
_SUBORDINATORS = frozenset("as while when after before because since although though whereas where".split())
#: Words that open a clause whose subject may be the pronoun right after them.
_CLAUSE_OPENERS = tuple(f" {word}" for word in (
    "and but so then who whom which where when after because while since before although though".split()))


_RELATIVES = frozenset("who which whose".split())
_JOINED_CLAUSE = LazyPattern(r"\s(?:and|but)\s")


def _subject_before(left: str) -> _Subject | None:
    """The subject of a finite cue, from the clause text before it."""
    left = _strip_trailing(left)
    colon = left.rfind(": ")
    if colon >= 0 and _PLACEHOLDER not in left[colon:]:
        # "ISLAMABAD: Prime Minister Imran Khan said", "C T Online Desk: Officials in …
        # implored": a dateline or a label, then the clause
        left = left[colon + 2 :].strip()
    if not left:
        return None
    if " who " in left and _UNCLOSED_WHO.search(left) and left.split()[-1].lower() not in _PERSON_PRONOUNS:
        left = left.rstrip() + ", "  # "Irangi Fernando, who lives off Headstone Lane said": the comma left out
    tail = _LAST_CLAUSE.split(left)[-1].split()
    if len(tail) > 1 and tail[0].lower() in _RELATIVE_HEADS:
        # "— something fire officials called “concerning”": a relative clause with no
        # "which" after the thing it is about; its subject the group or person after it
        found = _read_subject(" ".join(tail[1:]))
        if found is not None and found.kind in ("person", "group"):
            return found
    last = left.rsplit(None, 1)[-1]
    if last in ("who", "which"):
        antecedent = left.rsplit(None, 1)[0].rstrip(" ,") if " " in left else ""
        return _subject_at_end(antecedent)
    if last in ("and", "but"):
        return _main_clause(left)[0]
    if last.lower() in _PERSON_PRONOUNS and left[: -len(last)].rstrip().endswith(_CLAUSE_OPENERS):
        # "… had been absent and he said": a clause of its own, its subject "he"; "Judge
        # Windle, who he said “abused a solicitor”": "he said" set inside a relative
        # clause; "the interview where he referred to Brazeau as “…”"
        return _read_subject(last)
    if _PLACEHOLDER in left:
        left = left.rsplit(_PLACEHOLDER, 1)[1].lstrip(" .,")
    if not left.rstrip().endswith(","):  # "Doe, speaking after a meeting with Roe, said": no clause of its own
        left = _RELATIVE_SPLIT.split(left)[-1]
    chunks = _drop_adverbials(_split_top_level(left))
    if not chunks:
        # "In a statement it added", "and during the campaign he posted": an adverbial
        # with no comma after it, the subject at its end.
        words = left.split()
        last = words[-1] if words else ""
        if last.lower() in _PERSON_PRONOUNS or last.lower() == "it":
            return _read_subject(last)
        if len(words) > 1 and words[0].lower() in _CONJUNCTIONS:
            return _read_subject(" ".join(words[1:]))  # "But Doe insisted"
        named = _name_tail(words)
        if named and len(words) > named:
            # "In her statement Ms Roe said": the name that ends the adverbial, with its title
            titled = len(words) > named and words[-named - 1] in _TITLES
            found = _read_subject(" ".join(words[-named - titled :]))
            if found is not None and found.kind == "person":
                return found
        # "In a statement the Met Police said", "On Monday the council said": the subject
        # that opens with "the" after the adverbial; "In a statement Scotland Yard said": a
        # body's name of two capitalised words or more that ends it (no month or day)
        the = next((i for i in range(len(words) - 1, 0, -1) if words[i] in ("the", "The")), None)
        if the is None:
            the = len(words)
            while the > 1 and words[the - 1][:1].isupper() and words[the - 1] not in _CALENDAR:
                the -= 1
            if len(words) - the < 2:
                return None
        found = _read_subject(" ".join(words[the:]))
        return found if found is not None and found.kind in ("person", "org", "group", "org_pronoun") else None
    if len(chunks) > 2 and left.rstrip().endswith(",") and chunks[-1].split()[0].lower() in _RELATIVES:
        # "Labelling Douglas Ross … as behaving like Donald Trump who claimed …, the
        # spokesperson, who speaks directly for the First Minister, said": the relative
        # clause describes the chunk before it, and a clause with a verb stands before that
        core = chunks[:-1]
        while len(core) > 1 and core[-1].split()[0].lower() in _RELATIVES:
            core = core[:-1]
        if len(core) > 1 and any(_is_verb(t) for t in core[-2].split()):
            found = _read_subject(core[-1])
            if found is not None and found.kind in ("person", "org", "group"):
                return found
    if len(chunks) > 1 and (left.rstrip().endswith(",") or chunks[-1].split()[0].lower() in _AFFILIATIONS
                            or chunks[-1].split()[0] in _TITLES and chunks[-1][:1].islower()
                            or chunks[-1].split()[0] in _CAPITALISED_TITLES and _TITLE_OF.match(chunks[-1])):
        # "Name, description, said"; "Deputy Jo Roe, with the Sheriff's Office explains",
        # "Researcher Zhe-Xi Luo, PhD, professor of anatomy at the University of Chicago stated",
        # "Cllr Paul Holmes, Leader of the opposition to Labour told", the closing comma
        # left out: the person, not the office or the party. A clause before it is no part
        # of it: "…, as the Environment Secretary, Owen Paterson, promised".
        opener = max((i for i, chunk in enumerate(chunks) if chunk.split()[0] in _SUBORDINATORS), default=None)
        if opener is not None and opener < len(chunks) - 1:
            chunks = [chunks[opener].split(None, 1)[1], *chunks[opener + 1 :]] if " " in chunks[opener] \
                else chunks[opener + 1 :]
        return _read_subject(", ".join(chunks))
    clause = chunks[-1]
    if any(_is_verb(t) for t in clause.split()):
        # "Seesha did not and Superintendent Craig Metcalfe of Northumbria Police said": the
        # clause after the last "and" or "but", when it holds no verb, is the subject
        joined = _JOINED_CLAUSE.split(clause)
        if len(joined) > 1 and joined[-1].strip() and not any(_is_verb(t) for t in joined[-1].split()):
            found = _read_subject(joined[-1])
            return found if found is not None and found.kind in ("person", "org", "group") else None
        return None
    return _read_subject(clause)


# ", who lives off Headstone Lane" ending the text before a cue, its closing comma left out.
_UNCLOSED_WHO = compile_pattern(r",\s+who\s+[a-z][^,;:“”\"]*$")
# Where the last clause of a sentence's left part starts: after a comma or a dash.
_LAST_CLAUSE = compile_pattern(r",\s+|\s[—–]\s")
#: Words a relative clause with no "which" follows ("something officials called …").
_RELATIVE_HEADS = frozenset("something what conduct behaviour behavior action actions move decision".split())


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
    while chunks and (chunks[0].split()[0].lower() in _ADVERBIAL_STARTS or _participle_clause(chunks[0])
                      or _sentence_adverb(chunks[0])):
        words = chunks[0].split()
        named = _name_tail(words)
        rest = chunks[1:]
        if named and len(words) > named and all(c.split()[0].lower() in ("who", "whose", "which") for c in rest):
            # "In response Mr Roe, who led the agency, tweeted": the adverbial had no comma,
            # the name that ends it is the subject its relative clause describes.
            titled = words[-named - 1] in _TITLES
            return [" ".join(words[len(words) - named - titled :]), *rest]
        if len(rest) > 1 and words[-1].lower() in _TITLES and _name_tail(rest[0].split()) == len(rest[0].split()):
            # "Reacting in a statement by his Chief Press Secretary, Oladele John, on Tuesday,
            # the governor said": the name is the title's in the adverbial, not the subject
            rest = rest[1:]
        chunks = rest
    return chunks


def _participle_clause(chunk: str) -> bool:
    """Does a chunk open with a participle and its object ("Moving refusal of the
    application", "Introducing the plans to the committee")? A name ending in -ing has a
    capitalised word after it ("Harding Jones")."""
    words = chunk.split(None, 2)
    return len(words) > 1 and len(words[0]) > 5 and words[0].endswith("ing") and words[1][:1].islower()


#: Endings of adverbs that comment on a whole sentence ("Unsurprisingly,", "Crucially,");
#: names end otherwise ("Sally", "Kelly", "Donnelly").
_SENTENCE_ADVERB_ENDS = ("ingly", "edly", "ially", "ically", "ately", "ously", "ively", "ably", "ibly", "fully",
                         "ntly", "arly", "ctly", "stly")


def _sentence_adverb(chunk: str) -> bool:
    """Is a chunk one adverb that comments on the sentence ("Unsurprisingly")?"""
    word = chunk.strip()
    return " " not in word and len(word) >= 7 and word.lower().endswith(_SENTENCE_ADVERB_ENDS)


_WITH_CLAUSE = LazyPattern(r"\bwith\s+([^,]+?)\s*$")


def _main_clause(left: str) -> tuple[_Subject | None, str | None]:
    """The subject and verb of the sentence's main clause, for a participle cue ("X
    did Y, saying …") or a colon ("X disagreed: “…”")."""
    with_clause = _WITH_CLAUSE.search(left)
    if with_clause:
        return _read_subject(with_clause.group(1)), None
    set_in = _SAID_SET_IN.search(left.split(_PLACEHOLDER, 1)[0])
    if set_in is not None:
        # "The procedures had failed, he said, adding …": the one who says the clause
        # before, set in commas, is the participle's subject too
        sayer = _read_subject(set_in.group(1))
        if sayer is not None and sayer.kind in ("person", "pronoun", "org", "group"):
            return sayer, set_in.group(2)
    clause = ", ".join(_drop_adverbials(_split_top_level(left.split(_PLACEHOLDER, 1)[0])))
    tokens = clause.split()
    verb_at = next((i for i, t in enumerate(tokens) if _is_verb(t)), None)
    first_lower = next((i for i, t in enumerate(tokens) if t[:1].islower() and not _title_before_name(tokens, i)), None)
    if first_lower and (verb_at is None or verb_at > first_lower) and _name_then_verb(tokens, first_lower):
        # "Netanyahu paid tribute to Graham, saying": the name that opens the clause, and
        # the word after it, its verb, whatever the verb is.
        verb_at = first_lower
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
    subject = tokens[:verb_at]
    while len(subject) > 1 and subject[-1].rstrip(",") in _ADVERBS_BEFORE_VERB:
        subject.pop()  # "He also reiterated …, noting “…”"
    return _read_subject(" ".join(subject)), verb


# ", he said, " / ", Jo Roe said, " ending the text before a participle cue: an
# attribution set in the sentence, whose subject the participle after it shares.
_SAID_SET_IN = compile_pattern(
    r",\s+((?:he|she|they|[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}))\s+(said|says|added|told\s+\w+)\s*,\s*$")


def _name_then_verb(tokens: list[str], at: int) -> bool:
    """Do ``tokens[:at]`` name someone (all capitalised, ending in a name) and is
    ``tokens[at]`` a word a verb can be (not a function word like "and" or "of")?"""
    word = tokens[at].strip(_EDGE_PUNCT)
    if word in _NOT_VERBS or not word.isalpha():
        return False
    if word in _GROUP_HEADS or word in _COLLECTIVE_NOUNS or _POSSESSIVE_END.search(tokens[at - 1]):
        # "Philadelphia residents begin", "Portland group advocates", "Belcher's family
        # released": a noun the name qualifies, not its verb; the clause's verb comes later.
        return False
    if _is_person_noun(word) and at + 1 < len(tokens) and tokens[at + 1][:1].isupper():
        return False  # "Te Parawhau elder Benjamin Pitman defended": a title before a name
    if tokens[0].lower() in _DETERMINERS or tokens[0] in _FUNCTION_WORDS \
            or not all(t[:1].isupper() or t in ("of", "the", "for", "and") or _title_before_name(tokens, i)
                       for i, t in enumerate(tokens[:at])):
        return False
    subject = _read_subject(" ".join(tokens[:at]))
    return subject is not None and subject.kind in ("person", "org")


def _title_before_name(tokens: list[str], at: int) -> bool:
    """Is ``tokens[at]`` a post before a capitalised name ("Liverpool manager Jurgen
    Klopp"), or the first word of a two-word one ("James Madison head coach Mickey
    Matthews")?"""
    word = tokens[at]
    if word in _POST_QUALIFIERS and at + 1 < len(tokens) and (tokens[at + 1] in _POSTS or tokens[at + 1] in _TITLES):
        at += 1
        word = tokens[at]
    return (word in _POSTS or word in _TITLES) and at + 1 < len(tokens) and tokens[at + 1][:1].isupper()



_NOT_VERBS = frozenset("""and or of for in on at to by with from the a an who which that whose
    as than but nor so""".split())
#: Nouns for people together that a place or a name qualifies: "Portland group".
_COLLECTIVE_NOUNS = frozenset("group family community team crowd".split())
_POSSESSIVE_END = LazyPattern(r"['’]s?$")


_AFTER_INVERTED = compile_pattern(
    r"\s+(?:in|at|on|during|via|before|after|while|when|as|to|by|of(?=\s+(?:his|her|their|its)\b)"
    r"|with(?=\s+(?:a|an)\s)"  # "said the Chief Minister with a laugh"
    # "said Philip Shaw yesterday", "said Roe Monday": when, after the name
    r"|yesterday|today|tonight|earlier|later|recently|last(?=\s+(?:night|week|month|year)\b)"
    r"|about|following|ahead\s+of"  # "said Kohli about which part of the team …"
    r"|who|whose"  # "said Najib who is also Finance Minister"
    r"|" + "|".join(sorted(_WEEKDAYS)) + r")(?=[\s.,;:!?])")
_APPOSITION_END = compile_pattern(r"(?:,\s+(?:who|which|adding|referring|saying|noting|and|but)\b|\s+[–—]\s|;)")
# Between a cue and the quotation, a new clause: the cue is not the quotation's.
_CLAUSE_BREAK = compile_pattern(r",\s*(?:but|while|whereas|although|though|yet)\s|;")


def _is_according(match: re.Match[str]) -> bool:
    return match.group(1).lower() == "according to"


_QUOTED_AS_AFTER = compile_pattern(r"([^,;:]{1,60}?)\s+(?:was|were|has\s+been|had\s+been)\s+quoted\s+as\s+saying\b")


# "can be heard saying", "was filmed shouting": words a recording shows someone say.
_HEARD = LazyPattern(r"\s+(?:(?:can|could|may|might|will|would)\s+be|is|are|was|were)\s+(?:clearly\s+)?"
                     r"(?:heard|seen|filmed|recorded)\s+$")


# A capitalised name, then "who …" up to the comma before the cue.
_UNMARKED_RELATIVE = LazyPattern(r"((?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*)\s+who\s[^,;:]{3,120},\s*$")


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
        if len(text.split()) > 8 and not _circumstances_only(text):
            return None
    lead = len(text) - len(text.lstrip(" ,.;:!?–—-"))
    text = text[lead:]
    if text.startswith(("Said ", "Says ")) and not frame.text[start : start + lead].strip(" "):
        text = text[0].lower() + text[1:]  # "“…,” Said Commissioner Gene Strong.": a capital slipped in
    closing = _closing_attribution(text, start + lead) if stop == sentence_end else None
    if closing is not None:
        return closing
    agent = _passive_agent(frame, k, text, start + lead)
    if agent is not None:
        return agent
    if text.startswith(("and ", "but ", "while ", "whereas ", "But ", "And ", "Yet ", "However", "Meanwhile")):
        # "“…”, and later he posted: “…”", "“…”, while Lib Dem leader Kirsty Williams said
        # …": a new clause, another quotation's; "“…?”But the suspect insisted …": a new
        # sentence, its space lost
        return None
    quoted = _QUOTED_AS_AFTER.match(text) if "quoted" in text else None
    if quoted is not None:  # "“…,” Chan Chun Sing was quoted as saying."
        subject = _read_subject(quoted.group(1))
        return _Attribution(subject, "quoted as saying", start + lead) if subject is not None else None
    match = _first_cue_after(text)
    if match is None:
        return _pronoun_and_verb(text, start + lead) if stop == sentence_end else None
    if len(text[: match.start()].split()) > 14 and _UNMARKED_RELATIVE.match(text, 0, match.start()) is None \
            and not _long_apposition(text[: match.start()]):
        return None
    if match.group(1).endswith("ed") and text.startswith(" to ", match.end()):
        return None  # "‘…’: Govt urged to do more": urged by others, a passive in headline grammar
    heard = _HEARD.search(text, 0, match.start()) if match.group(1) in _PARTICIPLE_CUES else None
    if heard is not None and stop == sentence_end:
        # "“…,” the officer can be heard saying.": what a recording shows someone say
        subject = _subject_before(text[: heard.start()])
        return _Attribution(subject, match.group(1), start + lead) if subject is not None else None
    if match.group(1) in _PARTICIPLE_CUES and (match.start() or frame.text[: frame.places[k]].strip(" (\"'“‘")):
        # A participle after a quotation inside its sentence takes its subject from the
        # main clause before the quotation: not the words between ("“compromising”
        # information on Donald Trump, describing them as …"), nor its object after it
        # ("denounced the strikes as a “war crime”, describing the administration as …").
        return None
    cue = _cue_text(text, match)
    if match.start() and _introduces_next(frame, k, stop, text, match):
        return None
    if match.start() == 0:
        # "“Is it over?” asked Jane Doe": the one who asks, not the one asked.
        found = _inverted(text, match, match.group(1) if match.group(1) == "asked" else cue, start + lead)
        return _relayed(frame, k, found) if found is not None and _is_according(match) else found
    left = text[: match.start()]
    # The verbs of a relative clause between commas describe the speaker ("Doe, who has
    # led the department since 2019, said"): they are not the clause's own.
    # "“…,” police have said": the auxiliary of the cue, no verb of the subject's own.
    unmarked = _UNMARKED_RELATIVE.match(left)
    if unmarked is not None:
        # "“…,” Shorunmu who assisted Eguavoen when …, told sportnewsafrica.com": a relative
        # clause after the name, its opening comma left out
        left = unmarked.group(1) + ", "
    bare = _strip_trailing(_RELATIVE_CLAUSE.sub(",", left))
    if _is_according(match) or _PLACEHOLDER in left or any(_is_verb(t) for t in bare.split()):
        return None
    subject = _subject_before(left)
    if subject is None:
        return None
    return _Attribution(subject, cue, start + lead, _relayed_by(text, match.end()))


def _long_apposition(left: str) -> bool:
    """Is the text between a quotation and its cue a name and a long description in
    commas ("Rep. Rick Larsen (D., Wash.), chairman of the aviation subcommittee of the
    House Transportation and Infrastructure Committee,"), which the length that stops
    most clauses does not stop?"""
    head, comma, rest = left.strip(" ,").partition(",")
    if not comma or not left.rstrip().endswith(",") or len(left.split()) > _APPOSITION_WORDS:
        return False
    named = _read_subject(head)
    return named is not None and named.kind == "person" and " " in named.name


#: The most words of a name and the description after it, between a quotation and its cue.
_APPOSITION_WORDS = 30


# "“…,” she further upheld.": a pronoun and a verb the cue lists do not hold, and the
# sentence ends there.
_PRONOUN_AND_VERB = LazyPattern(r"(he|she|He|She)\s+(?:(?:further|also|then|later|[a-z]{3,}ly)\s+)?([a-z]{4,})\s*[.!]?\s*$")


def _circumstances_only(sentence: str) -> bool:
    """Is a sentence a subject, a verb of saying and only where, when or to whom it was
    said ("Trump said to several thousand at the Verizon Wireless Arena."), not words
    reported in turn ("Trump said the rally was the biggest yet.")?"""
    match = _first_cue_after(sentence)
    if match is None or match.group(1) not in _FINITE_CUES or len(sentence[: match.start()].split()) > 4:
        return False
    rest = sentence[match.end() :].split()
    return bool(rest) and rest[0] in _CIRCUMSTANCE_WORDS and not any(_is_verb(word) for word in rest)


#: The words that open where, when or to whom words were said.
_CIRCUMSTANCE_WORDS = frozenset("to at in on during before after from outside inside near while".split())


def _pronoun_and_verb(text: str, offset: int) -> _Attribution | None:
    """"“…,” she further upheld.": after a quotation, a sentence that holds nothing but
    "he" or "she" and one verb says who spoke, whatever the verb ("upheld", "mused")."""
    if not text.startswith(("he ", "she ", "He ", "She ")):
        return None  # most sentences after a quotation: no lone pronoun opens them
    match = _PRONOUN_AND_VERB.match(text)
    if match is None or match.group(2) in _AUXILIARIES:
        return None
    return _Attribution(_Subject(match.group(1).lower(), "pronoun"), match.group(2), offset)


def _introduces_next(frame: _Frame, k: int, stop: int, text: str, match: re.Match[str]) -> bool:
    """Is the cue after quotation k the one of the next quotation, which follows it with
    nothing but its channel and punctuation between ("called a “truth” on the app, Trump
    wrote, “I'M BACK!”"; "A reporter asked: “…” to which the mayor replied “No.”")?
    Only for a quotation inside its sentence: one that opens it is the first part of
    words split around their attribution ("“A,” Trump wrote, “B.”")."""
    if k + 1 >= len(frame.places) or frame.places[k + 1] != stop:
        return False
    after = text[match.end() :]
    channel = _CHANNEL.match(straight_apostrophes(after))
    if channel is not None:
        after = after[channel.end() :]
    if after.strip(" ,:;–—-") and not _OBJECT_AS.fullmatch(after):
        return False  # "… and Sir Ian Blair described the deaths as “…”": Blair's, not the one before
    sentence_start, _ = _sentence_at(frame, frame.places[k])
    return bool(frame.text[sentence_start : frame.places[k]].strip(" (\"'“‘"))


# " the deaths as ", " him of ": the object of a cue, and the word that puts the next
# quotation as what it is called.
_OBJECT_AS = compile_pattern(r"\s+(?:[\w'’\-]+\s+){1,5}(?:as|of)\s*")
_BY_AFTER = compile_pattern(r"[,.;:]?\s+by\s")
_BE_BEFORE = compile_pattern(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")
# "told by parents to …", "warned by doctors that …": the agent of a passive cue, up to
# what it was told.
_BY_AGENT = compile_pattern(r"\s+by\s+((?:[\w'’.\-]+\s+){0,5}?[\w'’.\-]+?)(?=\s+(?:to|that|not|of)\s|\s*[,;:]|$)")
_BY = compile_pattern(r"by\s+([^,;:.]+?)(?=\s*(?:[,;:.]|$|\s(?:after|before|following|when|while|in|on|at|over)\s))")


def _passive_agent(frame: _Frame, k: int, text: str, offset: int) -> _Attribution | None:
    """"… has been described as “…” by Ann Jones": the agent of a passive verb of
    speaking is the speaker. Only after such a verb: "“The Road” by Ann Jones" is a
    work and its author."""
    match = _BY.match(text)
    if match is None:
        return None
    sentence_start, _ = _sentence_at(frame, frame.places[k])
    before = frame.text[sentence_start : frame.places[k]]
    verbs = [m for m in _cues(before) if m.group(1) in _FINITE_CUES and m.group(1).endswith("ed")]
    if not verbs or _PLACEHOLDER in before[verbs[-1].end() :] or not _passive(before, verbs[-1]):
        return None
    # "by critics was published": the agent ends where the sentence's own verb begins.
    words = match.group(1).split()
    agent = " ".join(itertools.takewhile(lambda word: not _is_verb(word), words))
    subject = _read_subject(agent) if agent else None
    if subject is None or subject.kind not in ("person", "org", "group"):
        return None
    return _Attribution(subject, verbs[-1].group(1), offset + match.start(1))


#: Forms of "be" that make an -ed cue passive: "has been described as “…”".
_BE_FORMS = frozenset("is are was were be been being".split())
#: Words that open a clause whose object stands before its verb: "what he described as".
_FRONTED_OBJECT = frozenset("what which that who whom".split())


def _passive(left: str, match: re.Match[str]) -> bool:
    """Is the -ed cue ``match`` of ``left`` (the sentence up to a quotation) passive, so
    that its subject is the one the words are said of, not who said them? After a form
    of "be" ("was described as “…”"), after a comma ("The plan, described as “…”"),
    or with the quotation right after it and no subject of its own before it ("The
    report called “unworkable” by critics"); not "in what he described as “…”", nor
    after a name ("Doe called “…”")."""
    before = left[: match.start()].rstrip()
    words = [w for w in before.split() if not _is_adverb(w)]
    if not words or before.endswith(","):
        return bool(words)
    if words[-1].lower() in _BE_FORMS:
        return True
    after = left[match.end() :].split()
    if after not in ([], ["as"]):
        return False  # "called the plan “…”": the verb has an object of its own
    last = words[-1].strip(_EDGE_PUNCT)
    return last.islower() and last not in _PERSON_PRONOUNS and last not in ("it", "we", "you") \
        and not _FRONTED_OBJECT.intersection(w.lower() for w in words[-4:])


def _first_cue_after(text: str) -> re.Match[str] | None:
    """The first cue of the text after a quotation, "read" and "reported" included
    ("“…,” the statement read"), and "began" when nothing follows it ("“…,” her
    statement began.", not "“…,” the campaign began its final week")."""
    return next((m for m in _WORD_OR_PHRASAL.finditer(text) if _is_cue(m) or m.group(1) in _AFTER_CUES
                 or m.group(1) == "began" and not text[m.end() :].strip(" .,;:!?")), None)


# The verbs that say someone spoke, of all the cues ("called" is also "called the police").
_SPEECH_VERBS = frozenset("said says told tells added adds wrote writes asked replied stated according to".split()) \
    | {"according to"}
# ", Ms. Roe said." (", he added on Monday."): an attribution that closes its sentence.
_CLOSING = compile_pattern(r",\s+([^,]{1,60}?)\s+([a-z]+)((?:\s+(?:on|in|at|during|to|later|earlier)\b[^,]{0,40})?)\s*[.!?]?\s*$")


def _closing_attribution(text: str, offset: int) -> _Attribution | None:
    """The attribution that closes a sentence opened by a quotation, a clause of
    reported speech between them: "“…” and would have called the police, Ms. Roe
    said." The whole sentence is what Roe said. Not when the clause between holds a
    cue of its own (then it is someone else's attribution)."""
    if not text or _PLACEHOLDER in text:
        return None
    match = _CLOSING.search(text)
    if match is None or match.group(2) not in _FINITE_CUES or match.group(2) in _OBJECT_CUES:
        return None
    between = text[: match.start()]
    if not between.strip() or len(between.split()) > 30 \
            or any(m.group(1).lower() in _SPEECH_VERBS for m in _cues(between)):
        return None
    phrase = _strip_trailing(match.group(1))  # ", a trade union has said.": the auxiliary is the cue's
    if any(_is_verb(t) for t in phrase.split()):
        return None
    subject = _read_subject(phrase)
    if subject is None or subject.kind not in ("person", "pronoun"):
        return None
    cue_at = match.start(2)
    cue_match = _WORD_OR_ACCORDING.match(text, cue_at)
    cue = _cue_text(text, cue_match) if cue_match else match.group(2)
    return _Attribution(subject, cue, offset + match.start(1))


def _relayed_by(text: str, at: int) -> _Subject | None:
    """", according to X" after a speaker's cue: X relays the speaker's words ("the
    musician said, according to Anutin")."""
    for match in _cues(text[at:]):
        if _is_according(match):
            found = _according(text, at + match.start(), 0)
            return found.subject if found else None
    return None


def _inverted(text: str, match: re.Match[str], cue: str, offset: int) -> _Attribution | None:
    """The speaker after the cue: "said Mneesha Gellman, an international politics
    scholar", "according to the State Department"."""
    if match.group(1) in _NOT_INVERTED:
        return None
    head, comma, after = text[match.end() :].strip().partition(",")
    cut = _AFTER_INVERTED.split(f" {head} ", maxsplit=1)
    phrase = cut[0].strip().rstrip(".")
    if comma and len(cut) == 1 and not _DOCUMENT_PHRASE.match(phrase):
        # "said Jo Roe, a nurse": an apposition; "According to the complaint, Merck …":
        # after a document the main clause goes on, naming no one the document is.
        apposition = _APPOSITION_END.split(after, maxsplit=1)[0].strip().rstrip(".")
        if apposition:
            phrase = f"{phrase}, {apposition}"
    subject = _read_subject(phrase)
    # "said Philip Shaw economist at Investec Bank", not "said Cincinnati Zoo director Thane
    # Maynard": a name after the role is the speaker's
    run_on = _NAME_THEN_ROLE.match(phrase) if not comma and not _titled_name_ends(phrase.split()) else None
    if run_on is not None and run_on.group(2).lower() in _TITLES:
        # "said Philip Shaw economist at Investec Bank": the name runs on into the role
        named = _read_subject(run_on.group(1))
        if named is not None and named.kind == "person" and " " in named.name:
            subject = named._replace(description=phrase[run_on.start(2) :])
    if subject is None and phrase != cut[0].strip().rstrip("."):
        # "said Ruth Roe, a former director of … and now …": however long the
        # description, the name that opens it is the speaker.
        named = _read_subject(cut[0].strip().rstrip("."))
        if named is not None and named.kind == "person":
            subject = named._replace(description=named.description or _short_description(phrase))
    if subject is None and comma and "," in after:
        # "said NDP health critic, France Gelinas, outside Queen’s Park": the name set in
        # commas after the role, and the circumstances after it
        named = _read_subject(f"{cut[0].strip()}, {after.split(',', 1)[0].strip()}")
        if named is not None and named.kind == "person" and " " in named.name:
            subject = named
    return _Attribution(subject, cue, offset + match.end()) if subject else None


# "Philip Shaw economist at Investec Bank": a name of two to four capitalised words, then
# a role in lower case.
_NAME_THEN_ROLE = compile_pattern(r"((?:[A-Z][\w'’.\-]+\s+){1,3}[A-Z][\w'’.\-]+)\s+([a-z]+)\b")


def _short_description(phrase: str) -> str | None:
    """The description after the name of "Name, description", cut at its first comma."""
    _, _, rest = phrase.partition(",")
    rest = rest.strip().split(",", 1)[0].strip()
    return rest or None


def _inverted_at(text: str, offset: int, cue: str | None = None) -> _Attribution | None:
    """The speaker named after the cue that opens ``text`` (", said John Smith.",
    "according to the State Department"), as _inverted reads it."""
    match = _cue_at(text)
    return _inverted(text, match, cue or match.group(1), offset) if match is not None else None


def _according(sentence: str, at: int, offset: int) -> _Attribution | None:
    return _inverted_at(sentence[at:], offset + at, "according to")


#: Nouns for works whose name follows them in quotation marks: "his podcast, “War Room.”"
_WORK_NOUNS = frozenset("""podcast show programme program book novel memoir film movie documentary
    album song single series column newspaper magazine play opera episode exhibition""".split())


def _names_a_work(left: str) -> bool:
    """Does the text before a quotation end with a noun for a work ("on his conservative
    podcast, “War Room.”")? The quotation is then the work's name, no one's words."""
    words = left.rstrip(" ,").rsplit(None, 1)
    return bool(words) and words[-1].lower() in _WORK_NOUNS


def _attribution_before(frame: _Frame, k: int) -> _Attribution | None:
    """The last cue before the quote in its sentence ("X said the group “…”"), or a
    colon after the main clause ("X disagreed: “…”"). None for the name of a work
    after its noun, or a phrase named rather than said ("the so-called “…”")."""
    sentence_start, _ = _sentence_at(frame, frame.places[k])
    left = frame.text[sentence_start : frame.places[k]]
    if _names_a_work(left) or _NAMED_NOT_SAID.search(left, max(0, len(left) - _NAMED_REACH)):
        return None
    owned = _OWNED_WORDS.search(left, max(0, len(left) - _OWNED_REACH)) \
        if "that" in left[-14:] or " as" in left[-8:] else None
    owner = _read_subject(owned.group(1)) if owned is not None else None
    if owned is not None and owner is not None and owner.kind == "person":
        # "…, referring to Rayner’s statement that “…”", "Judge Kilrane's description of the
        # inquiry as “…”": the owner's words, not the clause's speaker's
        return _Attribution(owner, owned.group(2) or owned.group(3), sentence_start + owned.start(1))
    cues = _cues(left)
    phrase = _phrase_cue(left)
    if phrase is not None and not any(m.start() > phrase[1] and not _noun_use(left, m) for m in cues):
        verb, verb_start, verb_end = phrase
        subject = _subject_before(left[:verb_start])
        if _CLAUSE_BREAK.search(left, verb_end):
            return None
        if subject is None or subject.kind == "pronoun":
            # "Residents said they felt “abandoned”": the cue before says who "they" are;
            # "Doe said critics had accused him of “…”": whose words, the text does not settle.
            between = left[cues[-1].end() : verb_start].split() if cues else []
            if between[:1] == ["that"]:
                between = between[1:]
            if len(between) == 1 and between[0].lower() in _PERSON_PRONOUNS:
                return _attribution_by_cue(frame, k, left, cues, sentence_start)
            if subject is None or subject.name == "they":
                return None  # "They believe the “smart” meters …": who "they" are is not read
        return _Attribution(subject, verb, sentence_start + verb_start)
    return _attribution_by_cue(frame, k, left, cues, sentence_start)


# "Politico reported earlier, ", "The Times did report, ": "reported" before a quotation,
# its comma standing for a colon ("the reported “deal”" is no attribution).
_REPORTED_COMMA = LazyPattern(r"\breport(?:ed|s)?(?:\s+(?:earlier|later|today|yesterday|on\s+\w+day))?,\s*$")


def _attribution_by_cue(frame: _Frame, k: int, left: str, cues: list[re.Match[str]],
                        sentence_start: int) -> _Attribution | None:
    """_attribution_before read from the cues of ``left``, the quotation's sentence up to it."""
    if left.rstrip().endswith(";"):
        left = left.rstrip()[:-1] + ":"  # "she added; “…”": a semicolon put for a colon
    elif not cues and _REPORTED_COMMA.search(left):
        left = left.rstrip()[:-1] + ":"  # "Politico reported earlier, “…”": what the outlet reported
    quoting = _QUOTING.search(left) if "uoting" in left else None
    if quoting is not None:
        # "Ajayi said, quoting Olaniyi Cole: “…”": the one quoted speaks, the quoter
        # relays; "Quoting Jim Grobe after 54-48 win over Duke:", a round-up's line: the
        # name before what the words are about
        named = _AFTER_INVERTED.split(f" {quoting.group(1)} ", maxsplit=1)[0].strip()
        source = _read_subject(named)
        if source is None or source.kind not in ("person", "org"):
            return None
        quoter = _main_clause(left[: quoting.start()])[0] if quoting.start() else None
        return _Attribution(source, "quoting", sentence_start + quoting.start(1), quoter)
    for match in reversed(cues):
        if _noun_use(left, match):
            continue  # "dismissed the claims as “…”": a noun, not the clause's verb
        if _CLAUSE_BREAK.search(left, match.end()):
            return None
        if _is_according(match):
            found = _according(left, match.start(), sentence_start)
            if found:
                return found
            continue
        before = left[: match.start()]
        if _BY_AFTER.match(left, match.end()):
            # "Council chiefs criticised and told by parents to ditch the “daft” idea": the
            # agent is who spoke; the subject is who was told.
            agent = _BY_AGENT.match(left, match.end())
            subject = _read_subject(agent.group(1)) if agent is not None else None
            if agent is None or subject is None or subject.kind not in ("person", "group", "org"):
                return None
            return _Attribution(subject, _cue_text(left, match), sentence_start + agent.start(1))
        if match.group(1) in _OBJECT_CUES and _BE_BEFORE.search(before):
            if len(left[match.end():].split()) <= _ASKED_OBJECT_WORDS:
                return None  # "Meyers was asked, “Did you fear …?”": the one asked, not who asked
            # "Roe said the fact canvassers were being asked about the issues meant a
            # “sizeable number” …": a passive inside the clause reported, the cue before it speaks
            continue
        if match.group(1).endswith("ed") and _BY_AFTER.match(frame.text, _placeholder_end(frame, k)) \
                and _passive(left, match):
            return None  # "The report called “unworkable” by critics": not the report's words
        if match.group(1) in _PARTICIPLE_CUES and before.rstrip().endswith((" of", " without")):
            # "a candidate accused of calling it a “…”": whose words the text does not
            # settle (the candidate's, not the main clause's subject); "by saying" is.
            return None
        relayed = _reported_clause(left, match)
        if relayed is not None:
            return relayed._replace(position=sentence_start + relayed.position)
        quoted = _quoted_as(before) if match.group(1) == "saying" else None
        if quoted is not None:
            return quoted._replace(cue="saying", position=sentence_start + quoted.position)
        if match.group(1) in _PARTICIPLE_CUES:
            subject = _main_clause(before)[0] or _earlier_speaker(before)
        else:
            subject = _subject_before(before)
        return _Attribution(subject, _cue_text(left, match), sentence_start + match.start()) if subject else None
    if left.rstrip().endswith(":") and not _CLAUSE_BREAK.search(left):
        owned = _OWNED_COLON.fullmatch(left)
        if owned is not None:
            return _owned_before_colon(owned, sentence_start)
        inverted = _INVERTED_COLON.fullmatch(left.strip()) if left.lstrip()[:1].isupper() else None
        if inverted is not None and inverted.group(1).lower() in _FINITE_CUES:
            # "Explained co-founder Janum Trivedi: “…”", "Added Trivedi: “…”": the verb first
            named = _read_subject(inverted.group(2))
            return _Attribution(named, inverted.group(1).lower(), sentence_start) if named else None
        subject, verb = _main_clause(left.rstrip()[:-1])
        if subject and verb and not (subject.name == "it" and _IMPERSONAL.search(left)):
            return _Attribution(subject, verb, sentence_start)
    return None


# "it is reported:", "it was stated:": no one the clause names says the words.
_IMPERSONAL = LazyPattern(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:reported|stated|said|understood"
                          r"|claimed|alleged|added|noted)\s*:\s*$")


#: How many words a passive "was asked" may stand before the question it is asked.
_ASKED_OBJECT_WORDS = 4


# ", quoting Olaniyi Cole:", "Quoting James Madison head coach Mickey Matthews:": words
# another relays, or a round-up gives.
_QUOTING = compile_pattern(r"(?:^\s*Quoting|,?\s+quoting)\s+([^,;:]{2,80}?)\s*:\s*$")
# "Explained co-founder Janum Trivedi:": a verb of saying, its subject, a colon.
_INVERTED_COLON = compile_pattern(r"([A-Z][a-z]+)\s+([^,;:]{2,80}?)\s*:")
# "Rayner’s statement that “…”": words a named possessor is said to have said.
_OWNED_WORDS = compile_pattern(
    r"\b([A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})['’]s?\s+(?:own\s+)?"
    r"(?:(statement|claim|remark|comment|words|assertion|suggestion|warning|insistence|admission|pledge|promise)s?"
    r"\s+that|(description|characteri[sz]ation)\s+of\s+[^,;:" + _PLACEHOLDER + r"]{1,60}?\s+as(?:\s+an?)?)\s*$"
)
# "Smith’s message was clear:", "Her verdict:", "The council’s response to the plan was
# blunt:": words whose owner the clause before the colon names, owned as a message.
_OWNED_COLON = compile_pattern(
    r"\s*(?:(?P<owner>(?:[Tt]he\s+)?[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})['’]s?|(?P<pronoun>[Hh]is|[Hh]er))"
    r"\s+(?:[a-z]+\s+)?(?P<noun>message|response|reply|answer|verdict|advice|warning|reaction|view|assessment|plea"
    r"|retort|explanation|comments?|words|take|prediction|promise|pledge|vow|conclusion|instructions?|appeal"
    r"|request|argument|defen[cs]e|excuse|summary)"
    r"(?:\s+(?:to|for|on|about)\s+[^:,;]{1,40}?)?(?:\s+(?:was|is|were|had\s+been|has\s+been)(?:\s+[\w’'\-]+){0,3})?"
    r"\s*:\s*"
)


def _owned_before_colon(owned: "re.Match[str]", offset: int) -> _Attribution | None:
    """The owner of _OWNED_COLON's words: a person or body named, or "he"/"she" for "his"/"her"."""
    if owned.group("pronoun") is not None:
        pronoun = "he" if owned.group("pronoun").lower() == "his" else "she"
        return _Attribution(_Subject(pronoun, "pronoun"), owned.group("noun"), offset + owned.start("pronoun"))
    subject = _read_subject(owned.group("owner"))
    if subject is None or subject.kind not in ("person", "org"):
        return None
    return _Attribution(subject, owned.group("noun"), offset + owned.start("owner"))


#: How far before a quotation _OWNED_WORDS can start.
_OWNED_REACH = 130
# "the so-called “Islamic State”", "a man known as “the Torch”": a name the text gives,
# not words the clause's subject says.
_NAMED_NOT_SAID = compile_pattern(r"(?:\bso-called|\bself-styled|\bknown\s+as|\bnicknamed|\bdubbed\s+(?:as\s+)?)\s*$",
                                  re.IGNORECASE)
#: How far before a quotation _NAMED_NOT_SAID can start ("self-styled" and the spaces after it).
_NAMED_REACH = 24


# Verbs that are no verbs of speaking but give the quoted phrase that ends their clause
# as their subject's words: "referred to the allegations as “fake news”", "played down
# the barbs as a “misunderstanding”", "accused the
# board of “betraying” workers", "expressed “deep concern”", "believe the blaze was
# “deliberately set”". Only right before the quotation, each in its own frame (the text
# from the verb to the quotation, matched whole).
_NOT_IN_WORD = r"[\w\-'’]"
_AS_FRAME = r"\s[^,;:" + _PLACEHOLDER + r"]{0,60}?\s%s(?:\s+[\w'’\-]+){0,2}\s*"
_PHRASE_FRAMES = {
    **dict.fromkeys(("referred to", "characterized", "characterised", "portrayed", "regarded", "viewed",
                     "played down", "plays down", "downplayed", "laughed off", "brushed off", "brushed aside"),
                    _AS_FRAME % "as"),
    "accused": _AS_FRAME % "of",
    # "paid tribute to her “beautiful son”": the one who pays it calls him so
    **dict.fromkeys(("paid tribute to", "pays tribute to", "paying tribute to"),
                    r"(?:\s+(?:his|her|their|its|the|a|an))?(?:\s+[\w'’\-]+){0,2}\s*"),
    "expressed": r"(?:\s+(?:his|her|their|its|our|a|an|the))?(?:\s+[\w'’\-]+)?\s*",
    **dict.fromkeys(("believe", "believes", "believed", "feel", "feels", "felt", "think", "thinks", "fear",
                     "fears", "feared"), r"\s[^,;:" + _PLACEHOLDER + r"]{0,80}"),
    # "was adamant during his interview that “…”", "is confident the team will “bounce back”"
    **dict.fromkeys(("was adamant", "is adamant", "were adamant", "was confident", "is confident",
                     "was optimistic", "is optimistic", "was hopeful", "is hopeful", "remained hopeful",
                     "remains hopeful", "was convinced", "is convinced", "was insistent", "is insistent"),
                    r"\s[^,;:" + _PLACEHOLDER + r"]{0,80}"),
}
_PHRASE_VERB = compile_pattern(
    "(" + first_letter_alternation(sorted(_PHRASE_FRAMES, key=len, reverse=True), not_after=(_NOT_IN_WORD,)) + ")"
    + rf"(?!{_NOT_IN_WORD})"
)
_PHRASE_FRAME = {verb: LazyPattern(frame) for verb, frame in _PHRASE_FRAMES.items()}
#: How far before a quotation a verb of _PHRASE_FRAMES can stand: its longest frame and itself.
_PHRASE_REACH = 120


def _phrase_cue(left: str) -> tuple[str, int, int] | None:
    """The verb of _PHRASE_FRAMES whose frame ends right before the quotation, and where
    it starts and ends in ``left``, if any: the last of the verbs ``left`` holds (most
    sentences hold none)."""
    verbs = list(_PHRASE_VERB.finditer(left, max(0, len(left) - _PHRASE_REACH)))
    if not verbs:
        return None
    match = verbs[-1]
    verb = " ".join(match.group(1).split())
    if _PHRASE_FRAME[verb].fullmatch(left, match.end()) is None:
        return None
    return verb, match.start(), match.end()


#: Words after which a cue is a noun: "the claims", "his calls", "such notes".
_BEFORE_NOUN = frozenset("a an the this these those such our my your his her their its many some any".split())


def _noun_use(left: str, match: re.Match[str]) -> bool:
    """Is a cue word a noun here ("the claims", "dismissed claims"): after a determiner,
    or right after another verb? Only the plural "-s" forms are nouns too."""
    if not match.group(1).endswith("s") or match.group(1) in ("says", "tells"):
        return False
    before = left[: match.start()].split()
    if not before:
        return False
    word = before[-1]
    return word.lower() in _BEFORE_NOUN or _is_verb(word)


_TOLD_ME = LazyPattern(r"\s+(?:him|her|them|us|me)\W*$")
_THAT = LazyPattern(r"^\s*(?:that\s+)?")


def _earlier_speaker(before: str) -> _Subject | None:
    """The speaker of a finite cue after the last quotation, for a participle that goes
    on from it: "“…,” Doe said, adding that “…”", "“…,” said Doe, adding"."""
    if _PLACEHOLDER not in before:
        return None
    rest = before.rsplit(_PLACEHOLDER, 1)[1]
    lead = len(rest) - len(rest.lstrip(" ,.;:–—-"))
    rest = rest[lead:]
    match = _first_cue(rest)
    if match is None or match.group(1) in _PARTICIPLE_CUES or _is_according(match):
        return None
    if match.start() == 0:
        found = _inverted(rest, match, match.group(1), 0)
        return found.subject if found else None
    return _subject_before(rest[: match.start()])


# "The Times quoted Jo Roe as saying": who is quoted, and the verb's start and end.
# "quoted the commissioner, John Doe, as": the one quoted may carry an apposition.
_QUOTED_AS = LazyPattern(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+([^,;]{1,60}?(?:,[^,;]{1,60}?){0,2}?),?\s+as\s*$")
#: Object pronouns as the subject pronouns _read_subject reads.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _quoted_as(before: str) -> _Attribution | None:
    """"The complaint quotes Patterson as saying “…”", "the newspaper quoted her as
    saying “…”": the one quoted speaks, the one quoting relays (none when its subject
    cannot be read: the words are still not the quoter's own)."""
    found = _QUOTED_AS.search(before)
    if found is None:
        return None
    phrase = found.group(1).strip()
    speaker = _read_subject(_OBJECT_PRONOUNS.get(phrase.lower(), phrase))
    if speaker is None:
        return None
    relayer = _subject_before(before[: found.start()])
    # "quoted her": she is someone named before this sentence, never its own subject.
    return _Attribution(speaker, "saying", 0 if speaker.kind == "pronoun" else found.start(1), relayer)


def _reported_clause(left: str, match: re.Match[str]) -> _Attribution | None:
    """A verb of speaking inside the clause of an earlier one, the quotation its words:
    "Police said the suspect shouted “…”", "Anutin said a musician told him “…”", "a
    criminal complaint states the man identified as Jake Patterson said, “…”". The
    speaker is the later verb's subject; the earlier verb's subject relays the words,
    unless the speaker is a pronoun ("Kinsey said he told police, “…”": his own account,
    the pronoun resolved as any other). None unless the later subject stands right after
    the earlier verb (and "that"), in a phrase with no quotation or comma."""
    if match.group(1) in _PARTICIPLE_CUES:
        return None
    # The phrase between holds no comma or quotation: the earlier verb stands after the last of them.
    after = max(left.rfind(",", 0, match.start()), left.rfind(_PLACEHOLDER, 0, match.start())) + 1
    said = next((m for m in reversed(list(_WORD_OR_ACCORDING.finditer(left, after, match.start())))
                 if m.group(1) in _FINITE_CUES or m.group(1) in _DOC_SPEECH), None)
    if said is None:
        return None
    phrase = left[said.end() : match.start()]
    phrase = phrase[_THAT.match(phrase).end():].strip()  # type: ignore[union-attr]
    if not phrase or _PLACEHOLDER in phrase or "," in phrase:
        return None
    speaker = _read_subject(phrase) or _subject_before(phrase)
    if speaker is None:
        return None
    verb = "told" if _TOLD_ME.match(left, match.end()) else _cue_text(left, match)
    if speaker.kind == "pronoun":
        return _Attribution(speaker, verb, said.end())
    relayer = _subject_before(left[: said.start()])
    if relayer is None:
        return None
    return _Attribution(speaker, verb, said.end(), relayer)


# A verb of voicing words right before a quotation, ending its clause: "people were
# asking, “…”", "a man shouted “…”". Not "asked": "he was asked, “…”" is the asker's question.
_VOICED = LazyPattern(
    r"(?:\b(?:was|were|is|are|kept|began|started)\s+)?\b(asking|shouting|yelling|screaming|chanting|"
    r"shouted|yelled|screamed|chanted)\s*[,:]?\s*$"
)


def _voiced_before(frame: _Frame, k: int) -> tuple[int, str, _Subject | None] | None:
    """"Suddenly people were asking, “…,” Clinton said", "A man shouted “…”, a witness
    said": a verb of voicing ends the clause before the quotation, so the one the
    closing attribution names only reports the words. (Where the voicing verb's
    subject is named, its position, the verb and that subject; the subject is None when
    the text names no one this reading can tell.) None without such a verb."""
    place = frame.places[k]
    if not frame.text[max(0, place - 8) : place].rstrip(" ,:").endswith(("ing", "ed")):
        return None  # most quotations: no voicing verb ends the text before them
    start, _ = _sentence_at(frame, place)
    left = frame.text[start:place]
    if not left or _PLACEHOLDER in left:
        return None
    voiced = _VOICED.search(left)
    if voiced is None:
        return None
    phrase = left[: voiced.start()].strip()
    subject = _subject_before(phrase) if phrase else None
    return start + voiced.start(), voiced.group(1), subject


def _attribution_anywhere(frame: _Frame, k: int) -> _Attribution | None:
    """"according to X" elsewhere in the quotation's sentence."""
    start, end = _sentence_at(frame, frame.places[k])
    sentence = frame.text[start:end]
    for match in _cues(sentence):
        if _is_according(match):
            found = _according(sentence, match.start(), start)
            if found:
                return _relayed(frame, k, found)
    return None


def _relayed(frame: _Frame, k: int, according: _Attribution) -> _Attribution | None:
    """"According to Roe, her neighbour shouted “…”", "A witness shouted “…”,
    according to police": a verb of speaking before the quotation says who spoke; the
    one named after "according to" only relays the words. Its subject, if the text
    names one; else no attribution rather than the relay's name."""
    start, _ = _sentence_at(frame, frame.places[k])
    left = frame.text[start : frame.places[k]]
    cue = next((m for m in reversed(_cues(left)) if not _is_according(m) and m.group(1) in _FINITE_CUES
                and not _noun_use(left, m)), None)
    if cue is None:
        return according
    clause = _split_top_level(left[: cue.start()])
    phrase = _strip_trailing(clause[-1]) if clause else ""
    if not phrase or _PLACEHOLDER in phrase or any(_is_verb(t) for t in phrase.split()):
        return None
    subject = _read_subject(phrase) or _kin(phrase)
    if subject is None:
        return None
    return _Attribution(subject, _cue_text(left, cue), start + cue.start(), according.subject)


def _kin(phrase: str) -> _Subject | None:
    """"her neighbour", "his brother": someone named by a tie to another, as the text words them."""
    words = phrase.split()
    if 2 <= len(words) <= 3 and words[0].lower() in ("his", "her", "their") \
            and all(w.isalpha() and w.islower() for w in words[1:]):
        return _Subject(phrase, "org")
    return None


# "The report found that …", "A United Nations report released Tuesday concluded", "the
# law, which reads", "the bill would make": a document as the subject of what it says, up
# to its verb (and the modal before it).
_DOCUMENT_SUBJECT = LazyPattern(
    r"(?<![\w'’])(?P<doc>(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[\w'’.\-]+\s+){0,4}?(?:" + _DOC_NOUNS + "|" + _DOC_NAMES + r"))"
    r"(?:\s+(?:released|published|issued|filed|seen|obtained|made\s+public)\b[^,;" + _PLACEHOLDER + r"]{0,40}?)?"
    r"(?:,\s+which)?\s+(?:(?:also|further|previously|has|have|had)\s+)?(?:(?P<modal>" + "|".join(sorted(_DOC_MODALS)) + r")\s+)?(?P<verb>[a-z]+)\b"
)
#: A noun phrase that is a document and nothing else: "the complaint", "a 45-page indictment".
_DOCUMENT_PHRASE = LazyPattern(
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’.\-]+\s+){0,4}?(?:"
    + _DOC_NOUNS + "|" + _DOC_NAMES + r")$"
)
# "Under the law, …", "In the letter, dated May 3, …": a sentence that opens with the
# document its words come from.
_DOCUMENT_LEAD = LazyPattern(
    r"^\s*(?P<prep>[Uu]nder|[Ii]n)\s+(?P<doc>(?:the|a|an|this|its|his|her|their)\s+(?:[\w'’.\-]+\s+){0,4}?(?:"
    + _DOC_NOUNS + "|" + _DOC_NAMES + r"))(?P<tail>\s+[^,;:" + _PLACEHOLDER + r"]{1,50}?)?,\s+"
)
# " issued by the Gardaí": who put out the document a lead names.
_LEAD_ISSUER = LazyPattern(r"\s+(?:issued|released|published|put\s+out)\s+by\s+(.+)$")
#: The most words between a provision and the quotation it lays down.
_PROVISION_REACH = 20


def _document_attribution(frame: _Frame, k: int) -> _Attribution | None:
    """A document that says the words, as news writing quotes one when no one is said to
    speak, in the quotation's sentence, before it, with no other quotation or clause
    between: with a verb of its own ("the report found that “…”", "the lawsuit alleges
    the firm “…”"); laying them down ("the bill would make it a crime to “…”", "under
    the law, agencies must “…”"); or as the subject of a clause a colon ends ("The
    statement: “…”"). A sentence that opens with a letter or a statement and quotes the
    body or person right before the words ("In the letter, the board “strongly
    objects”") gives them to that body or person."""
    start, _ = _sentence_at(frame, frame.places[k])
    left = frame.text[start : frame.places[k]]
    if _PLACEHOLDER in left:
        left_start = left.rindex(_PLACEHOLDER) + 1
    else:
        left_start = 0
    lead = _DOCUMENT_LEAD.match(left)
    if lead is not None and lead.end() > left_start:
        return _from_lead(lead, left, start)
    found = None
    for match in _DOCUMENT_SUBJECT.finditer(left, left_start):
        verb, modal = match.group("verb"), match.group("modal")
        if (modal is None and verb in _DOC_SPEECH) or _provides(modal, verb):
            found = match
    if found is not None:
        between = left[found.end() :]
        if _CLAUSE_BREAK.search(between) or len(between.split()) > 25 or _cues(between):
            return None  # "In a statement read to the court, the victim said: “…”": not the statement's
        verb = found.group("verb")
        if found.group("modal") is not None or verb not in _DOC_SPEECH:
            if "," in between or len(between.split()) > _PROVISION_REACH or _cues(between):
                return None  # "requires schools to display a copy, starting with “…”": not its words
            verb = f"{found.group('modal')} {verb}" if found.group("modal") else verb
        return _Attribution(_Subject(found.group("doc"), "org"), verb, start + found.start("doc"))
    return _colon_document(left, left_start, start)


def _provides(modal: str | None, verb: str) -> bool:
    """"would make", "requires": a document laying words down."""
    if modal is None:
        return verb in _DOC_PROVISIONS and verb.endswith("s")
    return modal in _DOC_MODALS and verb in _DOC_PROVISIONS and not verb.endswith("s")


def _from_lead(lead: re.Match[str], left: str, offset: int) -> _Attribution | None:
    """The words after "Under the law," (the law's) or "In the letter, …, the board" (the board's)."""
    rest = left[lead.end() :]
    if _cues(rest) or len(rest.split()) > _PROVISION_REACH:
        return None
    if lead.group("prep").lower() == "under":
        if "," in rest or lead.group("tail"):
            return None
        return _Attribution(_Subject(lead.group("doc"), "org"), "under", offset + lead.start("doc"))
    chunks = _split_top_level(rest)
    phrase = chunks[-1] if chunks else ""
    verb = next((m for m in _LOWER_WORD_AT.finditer(phrase) if _is_verb(m.group())), None)
    if verb is not None and verb.start():
        # "In a statement this afternoon, Gardaí confirmed that “…”": the clause's subject
        phrase = phrase[: verb.start()]
    subject = _read_subject(phrase) if phrase.strip() else None
    issuer = _LEAD_ISSUER.match(lead.group("tail") or "")
    if subject is None or subject.kind not in ("person", "org", "group", "org_pronoun") \
            or _DOCUMENT_PHRASE.match(subject.name) or issuer is not None and subject.name == "it":
        if issuer is None or subject is not None and subject.name != "it":
            return None
        # "In a statement issued by the Gardaí, it is reported: “…”": the issuer's words
        found = _read_subject(issuer.group(1))
        if found is None or found.kind not in ("person", "org", "group"):
            return None
        return _Attribution(found, "in " + lead.group("doc"), offset + lead.start("tail") + issuer.start(1))
    at = offset + len(left) - len(chunks[-1].lstrip()) - (len(left) - len(left.rstrip()))
    return _Attribution(subject, "in " + lead.group("doc"), at)


# A lower-case word, as _from_lead looks for the verb after a subject.
_LOWER_WORD_AT = LazyPattern(r"(?<![\w'’\-])[a-z][a-z\-]*(?![\w'’\-])")


def _colon_document(left: str, left_start: int, offset: int) -> _Attribution | None:
    """"The report deals first with the issue: “…”": the document a clause ending in a colon is about."""
    stripped = left.rstrip()
    if not stripped.endswith(":") or left_start:
        return None
    clause = stripped[:-1]
    match = _DOCUMENT_SUBJECT.match(clause.lstrip())
    if match is None or _cues(clause) or len(clause.split()) > _PROVISION_REACH:
        return None
    lead = len(clause) - len(clause.lstrip())
    return _Attribution(_Subject(match.group("doc"), "org"), match.group("verb"), offset + lead)
