"""Stock sentences: the lines a story carries in every version, rewritten each time.

Two kinds are recognised by their wording:

- an **appeal** for witnesses or information ("Police appealed for anyone with details
  to contact them", "Anyone with information is asked to call 101", "if you have
  something to tell us, please get in touch");
- a **no comment** ("did not respond to a request for comment", "declined to
  comment", "could not be reached for comment").

A revision rewrites them freely, often into a quotation, so two appeals need not
share a single word; yet where each version has one, standing in the same place, it
is the same line of the story. The aligner links them there (see sentence_links.py).

Each pattern is written for straight apostrophes and matched, ignoring case,
against a sentence whose curly ones were made straight.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from ..text.pattern_cache import compile_pattern
from ..text.words import straight_apostrophes


class Stock(StrEnum):
    """A kind of stock sentence."""

    APPEAL = "appeal"
    NO_COMMENT = "no comment"


#: Whom an appeal addresses.
_PUBLIC_WORDS = ("anyone", "anybody", "witnesses", "information", "help", "the public", "members of the public",
                 "people", "residents", "motorists", "drivers")
_PUBLIC = "(?:" + "|".join(_PUBLIC_WORDS) + ")"
#: What it asks them to do: a verb that takes whom to reach, or a phrase that says it all.
_REACH = r"(?:contact|call|ring|phone|speak to|talk to)"
_IN_TOUCH = r"(?:(?:get|got|getting|be|been) in touch|come forward|tell (?:us|police|officers|detectives))"
_GET_IN_TOUCH = rf"(?:{_REACH}|{_IN_TOUCH})"
#: ...and, where only "if you" or "please" says it is an appeal, whom: the police.
_TELL_POLICE = (
    rf"(?:{_REACH} (?:us|police|the police|officers|detectives|investigators|the incident room"
    rf"|crime ?stoppers|\d)|{_IN_TOUCH})"
)
#: Within one sentence, this many characters at most between the parts of an appeal.
_NEAR = r"[^.!?]{0,160}?"

_APPEAL = "|".join((
    rf"\bappeal(?:s|ed|ing)? (?:for|to) {_PUBLIC}\b",
    r"\b(?:come|coming|came) forward\b",
    r"\bcrime ?stoppers\b",
    rf"\b(?:anyone|anybody) (?:with|who){_NEAR}\b{_GET_IN_TOUCH}\b",
    rf"\b(?:urg|ask|encourag)(?:e|es|ed|ing) {_PUBLIC}{_NEAR}\b{_GET_IN_TOUCH}\b",
    rf"\bif you\b{_NEAR}\b{_TELL_POLICE}\b",
    rf"\bplease\b{_NEAR}\b{_TELL_POLICE}\b",
    rf"\b{_TELL_POLICE}\b{_NEAR}\bplease\b",
))

_NO_COMMENT = "|".join((
    r"\b(?:declined|declines|refused|refuses|would not|wouldn't) to comment\b",
    r"\b(?:would not|wouldn't|did not|didn't) comment\b",
    r"\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't)"
    r" (?:yet )?(?:immediately )?(?:respond|responded|reply|replied|return|returned) to"
    r" (?:a |an |the |multiple |repeated |several |requests? |emailed |phone |telephone )*"
    r"(?:requests?|emails?|messages?|calls?|inquiry|inquiries|query|queries|questions)\b",
    r"\b(?:could not|couldn't|was not|wasn't|were not|weren't) (?:immediately )?(?:be )?"
    r"(?:reached|available) for comment\b",
    r"\bno comment\b",
))


#: Every pattern above needs one of these in the sentence, lower-cased. Looking for
#: them costs less than the search, and few sentences hold any.
_CUES = (
    "appeal", "forward", "stoppers", "anyone", "anybody", "urg", "ask", "encourag", "if you", "please",
    "comment", "respond", "repl", "return",
)
#: What an appeal holds, lower-cased: the words each of its alternatives starts with,
#: as far as they are fixed.
_APPEAL_CUES = (
    *(f"appeal{ending} {to} " for ending in ("", "s", "ed", "ing") for to in ("for", "to")),
    "come forward", "coming forward", "came forward", "stoppers",
    "anyone with", "anyone who", "anybody with", "anybody who", "if you", "please",
    *(f"{verb}{ending} {whom}" for verb in ("urg", "ask", "encourag") for ending in ("e", "es", "ed", "ing")
      for whom in _PUBLIC_WORDS),
)
#: What a no comment holds, lower-cased (with straight apostrophes)...
_NO_COMMENT_CUES = ("to comment", "not comment", "n't comment", "for comment", "no comment")
#: ... or, for one that did not respond to a request, a denial and one of these.
_NO_REPLY_CUES = ("respond to", "responded to", "reply to", "replied to", "return to", "returned to")
#: Characters that a pattern ignoring case takes for an ASCII letter but that
#: lower-casing leaves other (dotless i, long s) or makes two characters (dotted
#: capital I): in a sentence holding one, the cues above may miss a match.
_LOOSE_CASE = ("ı", "ſ", "İ")


@functools.cache
def _appeal() -> re.Pattern[str]:
    """The pattern of an appeal, compiled when first needed: most stories never need
    it, and compiling it at import would slow every start."""
    return compile_pattern(_APPEAL, re.IGNORECASE)


@functools.cache
def _no_comment() -> re.Pattern[str]:
    """The pattern of a no comment, compiled when first needed (see _appeal)."""
    return compile_pattern(_NO_COMMENT, re.IGNORECASE)


def stock_kind(sentence: str) -> Stock | None:
    """The kind of stock sentence ``sentence`` is, if it is one."""
    lower = sentence.lower()
    if not any(cue in lower for cue in _CUES):
        return None
    text, lower = straight_apostrophes(sentence), straight_apostrophes(lower)
    loose = any(char in sentence for char in _LOOSE_CASE)
    if (loose or any(cue in lower for cue in _APPEAL_CUES)) and _appeal().search(text):
        return Stock.APPEAL
    if (loose or _may_say_no_comment(lower)) and _no_comment().search(text):
        return Stock.NO_COMMENT
    return None


def _may_say_no_comment(lower: str) -> bool:
    return any(cue in lower for cue in _NO_COMMENT_CUES) or (
        ("not " in lower or "n't " in lower) and any(cue in lower for cue in _NO_REPLY_CUES))
