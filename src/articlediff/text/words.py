"""Small text helpers shared by the stages: word tokens, normal forms, stop words."""

from __future__ import annotations

import re

from .pattern_cache import compile_pattern

#: A word: letters or digits, with inner apostrophes, hyphens, dots and commas kept
#: ("doesn't", "MS-13", "U.S", "80,000", "1/4"). The curly apostrophe is an
#: alternative of its own, not in the class: see straight_apostrophes.
WORD = compile_pattern(r"\w+(?:['.,/\-]\w+|’\w+)*", re.UNICODE)


#: A dotted acronym or abbreviation without its last full stop: "U.S", "U.N", "a.m".
DOTTED_ACRONYM = compile_pattern(r"(?:[A-Za-z]\.)+[A-Za-z]")


def lower_in_place(text: str) -> str:
    """``text`` in lower case, character for character, so that a match's offsets hold
    for ``text`` too. ``str.lower`` lengthens a few characters ("İ" becomes "i" and a
    combining dot); those are left as they are."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def straight_apostrophes(text: str) -> str:
    """``text`` with each curly apostrophe (’) made straight ('), character for
    character, so that a match's offsets hold for ``text`` too.

    A pattern that treats the two alike is written for the straight one alone and
    matched against this: a character class mixing "’" with two or more other
    characters makes the regular expression compiler build a table over all of
    Unicode, paid at every start-up.
    """
    return text.replace("’", "'")


_POSSESSIVE = compile_pattern(r"'s?$")
_TYPOGRAPHY = {
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "\u00a0": " ", "…": "...",
    # Invisible characters (zero-width, soft hyphen, bidi controls) do not make a
    # paragraph another paragraph: matching ignores them, the word diff shows them.
    **{ch: "" for ch in "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
       "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"},
}
# Looking for each character in turn (a fast scan of the text) and replacing it where
# found is faster than a regular expression's search with a call for each match, and
# far faster than str.translate, which looks up every character of a paragraph. (No
# replacement holds a character that another replaces, so the order does not matter.)
_TYPOGRAPHY_PAIRS = tuple(_TYPOGRAPHY.items())


def plain_typography(text: str) -> str:
    """Curly quotes, dashes, ellipses and no-break spaces made plain; invisible
    characters dropped."""
    if text.isascii():  # all of them are outside ASCII
        return text
    for char, plain in _TYPOGRAPHY_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return text


STOPWORDS = frozenset(
    """a an the and or but nor so yet for of to in on at by with from into onto over
    under about above below after before since until than then as if that this these
    those there here it its it's is are was were be been being am do does did doing
    have has had having will would shall should can could may might must i me my we
    us our you your he him his she her they them their who whom whose which what
    when where why how all any both each few more most other some such no not only
    own same too very just also s t said says say told according also up out off
    again further once""".split()
)


def normalize(text: str) -> str:
    """A normal form for matching: typographic quotes and dashes made plain, white
    space collapsed, case folded."""
    plain = plain_typography(text)
    # Collapse white space unless there is nothing to collapse: no white space but
    # single spaces, none doubled, none at either end.
    if not (_single_spaces(plain) and "  " not in plain and plain[:1] != " " and plain[-1:] != " "):
        plain = " ".join(plain.split())
    return plain.casefold()


def _single_spaces(text: str) -> bool:
    """Is a space the only white space character ``text`` holds? (False also for a
    text beyond ASCII with any unprintable character: normalize then collapses white
    space that may not be there, to the same result.)"""
    if not text.isascii():
        return text.isprintable()  # other white space is never printable
    # ASCII's white space but the space, each looked for by a fast scan of the text
    # rather than a test of every character.
    return not ("\n" in text or "\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text
                or "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)


def words(text: str) -> list[str]:
    """The words of ``text`` as written."""
    return WORD.findall(text)


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def content_words(text: str) -> list[str]:
    """Case-folded words that carry meaning: stop words and one-letter words dropped."""
    folded = plain_typography(text).casefold()
    found = WORD.findall(folded)
    if "'" in folded:  # only then can a word be possessive (most texts have no apostrophe)
        found = [_POSSESSIVE.sub("", w) if "'" in w else w for w in found]
    return [w for w in found if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


#: Characters that must not reach a terminal as they are: C0 and C1 controls (ESC
#: starts escape sequences), DEL, bidi overrides and isolates, zero-width characters,
#: line separators. A pattern, compiled where it is used (re caches it): the JSON
#: output, which escapes them its own way, never pays for the compilation.
INVISIBLE_CHARS = (
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def visible(char: str) -> str:
    """How an invisible or control character is shown: ␛ for ESC, ⟨U+202E⟩ for others."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "␡"
    return f"⟨U+{code:04X}⟩"


def make_visible(text: str) -> str:
    """``text`` with every invisible or control character replaced by ``visible()``."""
    if text.isprintable():  # as nearly all text is, and none of those characters are
        return text
    return re.sub(INVISIBLE_CHARS, lambda m: visible(m.group()), text)


#: A terminal control sequence (CSI: ESC [ … a final byte; OSC: ESC ] … BEL or ESC \;
#: another ESC pair), or a lone C0 or C1 control character other than tab and newline.
_CONTROL_SEQUENCE = r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])|[\x00-\x08\x0b-\x1f\x7f-\x9f]"


def _printable_lines(text: str) -> bool:
    """Is everything but the line breaks and tabs of ``text`` printable? Then it holds
    no control character (all of which are unprintable) for the pattern to blank."""
    return text.replace("\n", " ").replace("\t", " ").isprintable()


def without_control_sequences(text: str) -> str:
    """``text`` with terminal control sequences and control characters blanked, each
    character a space so that offsets hold: what a story says is read from its words,
    never from instructions to a terminal ("ESC ] 0 ; TITLE BEL" names no one)."""
    if "\x1b" not in text and (text.isprintable() or _printable_lines(text)):
        return text
    return re.sub(_CONTROL_SEQUENCE, lambda m: " " * len(m.group()), text)
