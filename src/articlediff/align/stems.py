"""Word stems for matching: the forms of one word that a rewrite passes between
("shows" and "show", "investigation" and "investigations", "supporter" and
"support") count as one word when paragraphs and sentences are compared.

    stem("investigations") == stem("investigation") == "investigation"
    stem("supporters") == stem("supporter") == stem("support") == "support"

Only inflections and the agent noun's "-er" come off, and only where enough of the
word stays to name it: a short word ("news", "order", "water") is left as it is, so
two words are never taken for one because their ends look alike. A word with a digit
or a hyphen, a number or a code, is never cut. The rules are few on purpose: a
rewrite changes a word's form more often than its root, and a stem too short would
tie words that only share their start.
"""

from __future__ import annotations

#: How many letters must stay once a suffix is cut; the agent noun's "-er" needs more,
#: since many short words end in it without being one ("order", "cover", "number").
_MIN_STEM = 4
_MIN_AGENT_STEM = 6
#: A doubled consonant left by a cut ("running" → "runn") is undoubled, except these,
#: which English words end in ("spell", "press", "staff", "buzz").
_KEEP_DOUBLE = frozenset("lsfz")


def stem(word: str) -> str:
    """The stem of a case-folded content word (see the module docstring)."""
    if len(word) <= _MIN_STEM or not word.isalpha():
        return word
    base = word
    if base.endswith("ies") and len(base) - 3 >= _MIN_STEM - 1:
        base = base[:-3] + "y"
    elif base.endswith("s") and not base.endswith(("ss", "us", "is")):
        base = base[:-1]
    for suffix in ("ing", "ed"):
        if base.endswith(suffix) and len(base) - len(suffix) >= _MIN_STEM:
            base = base[: -len(suffix)]
            if base[-1] == base[-2] and base[-1] not in _KEEP_DOUBLE and base[-1] not in "aeiou":
                base = base[:-1]
            break
    else:
        if base.endswith("er") and len(base) - 2 >= _MIN_AGENT_STEM:
            base = base[:-2]
    if base.endswith("e") and len(base) > _MIN_STEM:
        base = base[:-1]
    return base


#: The stems found so far, by word: a story repeats its words, and a batch its stories'.
_KNOWN: dict[str, str] = {}
_MAX_KNOWN = 1 << 17


def stems(words: list[str]) -> list[str]:
    """Each of ``words`` as its stem."""
    known = _KNOWN
    try:
        return [known[w] for w in words]
    except KeyError:
        if len(known) > _MAX_KNOWN:
            known.clear()
        for w in words:
            if w not in known:
                known[w] = stem(w)
        return [known[w] for w in words]
