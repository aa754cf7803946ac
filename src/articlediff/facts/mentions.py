"""The numbers, dates and names one sentence states, each read whole.

A *mention* is one statement of a fact in one sentence: "22 critically injured",
"late on Sunday", "1 January 2009", "29,300 Thai baht ($880; £660)", "Prime Minister
Anutin Charnvirakul". What is read, and what is not:

- A number is a count, an amount of money with its currency, a percentage or a
  measurement, in figures or words ("eight", "Fifty-six", "$500 billion", "2 percent").
  It carries what it counts when the sentence says ("critically injured", "death toll").
  A conversion in brackets after it ("($880; £660)", "(12.4 miles)") is part of it. Not
  numbers: years and days of dates, times of day (dates), relative expressions ("four
  years ago"), vague plurals ("dozens", "hundreds", "thousands"), a scale word alone
  ("billion"), an idiomatic "one", list markers and reference marks ("[4]").
- A date is a calendar date ("1 January 2009", "July 22, 2023"), a month or year named
  as the time of an event ("in April", "in 2022"), a weekday with its part of the day
  ("late on Sunday", "Monday morning": the day is the fact), or a time of day ("23:30",
  "7:45 a.m."). "Yesterday", "last week" and the like are relative, not dates.
- A name is a run of capitalised words ("Rong Beer Na Lat Phrao"), an organisation read
  whole ("Bank of Thailand"), or an acronym. Adjectives and demonyms ("Thai", "South
  American"), month and number words ("May", "Fifty-six") are not names.

Anything holding a control character is no fact: text from an article is data.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..model import FactType
from ..text.lazy import LazyPattern, first_letter_alternation
from ..text.pattern_cache import compile_pattern
from ..text.words import lower_in_place, straight_apostrophes, without_control_sequences
from . import _IDIOMATIC_ONE, _NAME, _NUMBER, _POSSESSIVE, _REFERENCE_MARK, _STOP_NAMES, _starts_sentence


class Mention(NamedTuple):
    """One statement of a number, date or name in one sentence."""

    type: FactType
    text: str
    """As written: "22", "late on Sunday", "29,300 Thai baht ($880; £660)"."""
    key: str
    """What it states, for comparison: "n:22", "w:sunday", "n:29300 baht"."""
    covers: frozenset[str]
    """Every key it states: a whole date states its day, month and year too."""
    what: str | None = None
    """For a number: what it counts ("critically injured"), None when not said."""
    kind: str = ""
    """number: count, money, percent; date: date, day, month, year, time, relative."""
    start: int = 0
    """Where it starts in its sentence."""


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH_OF = {name: k + 1 for k, name in enumerate(MONTHS)}
_MONTH_OF.update({name[:3]: k + 1 for k, name in enumerate(MONTHS)})
_MONTH_OF["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" \
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_AMPM = r"[aApP]\.?\s?[mM]\b\.?"
# Tried in order at each position: the longest reading of a date first. The lookahead
# before it only says what a date can start with (a figure, a month or a weekday,
# "early" or "late", "the", a preposition or "noon" starting a word): it finds nothing
# the alternatives would not, and spares them every position where none can start.
_DATE = compile_pattern(
    r"(?=[\dJFMASONDTW]|[Ee]arly|[Ll]ate|the\s|(?<!\w)(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring"
    r"|[Bb]efore|[Aa]fter|[Oo]f|[Mm]id|noon|midnight))"
    rf"(?:(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR})\b)?"
    rf"|(?:{_WEEKDAY},?\s+)?(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})\b(?:,?\s+(?P<y2>{_YEAR})\b)?"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})\b"
    rf"|(?:(?:[Ee]arly|[Ll]ate)\s+(?:on\s+)?)?(?P<w>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?P<t>\b\d{{1,2}}(?::(?P<tm>\d\d))?\s?(?P<ap>{_AMPM})|\b\d{{1,2}}:\d\d(?![\d:])"
    rf"|\b(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:GMT|UTC)\b)|\b(?:noon|midnight)\b)"
    rf"|\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?)"
    rf"\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<m4>{_MONTH})|(?P<y4>{_YEAR})\b)(?!\s*(?:[-–]|percent|per cent|%)))"
)
# What every date holds: a digit, a month or a weekday.
_DATE_HINT = compile_pattern(rf"(?=[\dJFMASONDTWnm])(?:\d|{_MONTH}|{_WEEKDAY}|noon|midnight)")
# Relative times: not dates, and their figures are no numbers ("four years ago").
_RELATIVE = LazyPattern(
    r"\b(?:\w+|\d+)(?:[-\s]and[-\s]a[-\s]half)?\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+ago\b"
    r"|\b(?:last|this|next)\s+(?:year|month|week)\b|\ba\s+(?:year|month|week|decade)\s+ago\b",
    re.IGNORECASE,
)
#: Every relative time holds one of these (letters no other one folds to, as "ſ" does
#: to "s"): a sentence without any has none.
_RELATIVE_WORDS = ("ago", "year", "month", "week")

_WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SCALE = r"(?:hundred|thousand|million|billion|trillion)"


#: Number words, the longest reading first ("seventeen" before "seven").
_NUMBER_WORDS = sorted(_WORD_VALUES, key=len, reverse=True)
_NUMBER_WORD_ALTERNATION = first_letter_alternation(_NUMBER_WORDS, not_after=(r"\w",))
_NUMBER_WORD = compile_pattern(
    rf"(?P<w>{_NUMBER_WORD_ALTERNATION})(?:[-‐‑](?P<u>{_UNITS}))?\b(?:\s+(?P<s>{_SCALE})\b)?",
)
_CURRENCY_SIGN = {"$": "$", "€": "€", "£": "£", "¥": "¥"}
_CURRENCY_WORD = LazyPattern(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}?(?P<c>dollars?|euros?|pounds?(?= sterling)|pounds sterling|baht|yuan|renminbi|yen"
    r"|rupees?|pesos?|francs?|won|rubles?|roubles?|naira|rand|shekels?|lira|dinars?|riyals?|dirhams?|ringgit"
    r"|rupiah|kronor|krona|kroner|reais|real|hryvnias?|zloty)\b"
)
_CONVERSION = LazyPattern(r"\s*\((?=[^()]{0,40}\d)[^()]{1,40}\)")
# Rarely needed: left to re's cache to compile on first use.
_LIST_MARKER = r"\d{1,2}[.)]\s"
#: What joins two figures into one fact: "1/4 to 1/2", "12 – 0", "seven or eight".
_JOINS = LazyPattern(r"\s+(?:to|or)\s+|\s*[-‐‑‒–—]\s*")
_PERCENT = LazyPattern(r"\s*(?:percent|per cent|%)")
_DASHES = str.maketrans("‐‑‒–", "----")
_A_YEAR = LazyPattern(_YEAR)
_NOT_DIGITS = LazyPattern(r"\D")
_WEEKDAYS = LazyPattern(_WEEKDAY)

# What a count counts: words that name no thing of their own ("more people were").
_LEAD_WORDS = frozenset("more other others additional further new extra".split())
_PEOPLE = frozenset("people persons others individuals".split())
_LINKS = frozenset("were are was is have has had been being who remain remained still reportedly "
                   "left now of them whom confirmed reported feared believed presumed".split())
_STATES = frozenset("dead missing injured hurt killed wounded homeless displaced detained jailed arrested "
                    "evacuated rescued trapped died".split())
_FUNCTION = frozenset("a an the and or but of to in on at for by with from as than that this these those "
                      "it its is was were are be been has have had said says say who which what when where "
                      "after before over under about around nearly almost some more less up down out".split())
_TALLY = LazyPattern(
    r"((?:[a-z]+\s+)?(?:toll|number|total|count|tally|figure))\b(?P<of>\s+of\s+(?:the\s+)?(?:people\s+)?[a-z]+)?"
    r"(?:\s+[\w'-]+){0,10}?"
    r"\s+(?:to|at|of|is|was|reached|now|stood|stands)\s*(?:about|around|nearly|almost|more than|over|at least)?\s*$"
)
_VAGUE = frozenset("dozens hundreds thousands millions billions scores".split())


def _value_key(figure: str) -> str:
    """ "80,000" → "80000", "eight" → "8", "twenty-two" → "22", "2 per cent" → "2%". """
    text = figure.lower().replace(",", "").translate(_DASHES)
    text = _PERCENT.sub("%", text)
    match = _NUMBER_WORD.fullmatch(text)
    if match:
        value = _WORD_VALUES[match["w"]] + (_WORD_VALUES[match["u"]] if match["u"] else 0)
        scale = match["s"]
        if scale == "hundred":
            return str(value * 100)
        if scale == "thousand":
            return str(value * 1000)
        return f"{value} {scale}" if scale else str(value)
    return text


def _clean(text: str) -> bool:
    """No control character in it (text of the article is data)."""
    return text.isprintable()


# --------------------------------------------------------------------------- dates


def _date_mentions(sentence: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The dates of a sentence, and the spans they (and relative times) take up."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    lower = sentence.lower()
    for m in (_RELATIVE.finditer(sentence) if any(w in lower for w in _RELATIVE_WORDS) else ()):
        taken.append(m.span())
        found.append(Mention(FactType.DATE, m.group(), "r:" + m.group().lower(), frozenset(), kind="relative",
                             start=m.start()))
    if not _DATE_HINT.search(sentence):  # no digit, month or weekday: no date (and a quick look)
        return found, taken
    for m in _DATE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        text = m.group().strip()
        g = m.groupdict()
        month = g["m1"] or g["m2"] or g["m3"] or g["m4"]
        month_no = _MONTH_OF.get(month.rstrip(".").lower()) if month else None
        day = g["d1"] or g["d2"]
        year = g["y1"] or g["y2"] or g["y3"] or g["y4"]
        covers: set[str] = set()
        start = m.start()
        if day and month_no:
            d = int(_NOT_DIGITS.sub("", day))
            key, kind = f"d:{month_no}-{d}" + (f"-{year}" if year else ""), "date"
            covers |= {f"d:{month_no}-{d}", f"m:{month_no}"} | ({f"y:{year}", key} if year else set())
        elif month_no and year:
            key, kind = f"m:{month_no}-{year}", "month"
            covers |= {key, f"m:{month_no}", f"y:{year}"}
        elif g["w"]:
            key, kind = "w:" + g["w"].lower(), "day"
        elif g["t"]:
            key, kind = _time_key(g["t"]), "time"
            text = g["t"].strip()
            start = m.start("t")
        elif g["m4"]:
            if not month_no:
                continue
            key, kind = f"m:{month_no}", "month"
            text = text.split(None, 1)[1] if text.split()[0].lower() in ("in", "since", "by", "until", "from",
                                                                            "during", "before", "after", "of") else text
            text = text.rstrip(".")
        elif year:
            key, kind, text = f"y:{year}", "year", year
            start = m.start("y4")
        else:  # pragma: no cover - every alternative sets one group
            continue
        for weekday in _WEEKDAYS.findall(text) if "day" in text else ():
            covers.add("w:" + weekday.lower())
        covers.add(key)
        if _clean(text):
            found.append(Mention(FactType.DATE, text, key, frozenset(covers), kind=kind, start=start))
        taken.append(m.span())
    return found, taken


def _time_key(text: str) -> str:
    """ "7:45 a.m." → "t:07:45", "4 pm" → "t:16:00", "23:30" and "2330 GMT" → "t:23:30",
    "noon" → "t:12:00"."""
    if text in ("noon", "midnight"):
        return "t:12:00" if text == "noon" else "t:00:00"
    if re.fullmatch(r"\d{4}", text):
        return f"t:{text[:2]}:{text[2:]}"
    m = re.match(r"(\d{1,2})(?::(\d\d))?\s?([aApP])?", text)
    assert m is not None
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3] and m[3].lower() == "p" and hour < 12:
        hour += 12
    if m[3] and m[3].lower() == "a" and hour == 12:
        hour = 0
    return f"t:{hour:02d}:{minute:02d}"


# --------------------------------------------------------------------------- numbers


def _number_mentions(sentence: str, taken: list[tuple[int, int]]) -> list[Mention]:
    lower = lower_in_place(sentence)  # its offsets index ``sentence``
    if "[" in lower:  # reference marks ("[4]") are no numbers of the story
        lower = _REFERENCE_MARK.sub(lambda m: " " * len(m.group()), lower)
    if "one" in lower:
        lower = _IDIOMATIC_ONE.sub(lambda m: " " * len(m.group()), lower)
        lower = _pronoun_one().sub(lambda m: " " * len(m.group()), lower)
    spans: list[tuple[int, int, str]] = []
    for m in _NUMBER.finditer(lower):
        spans.append((m.start(), m.end(), "figure"))
    if "magnitude" in lower:  # "a magnitude-5.6 aftershock": a measure, not a name's figure ("MS-13")
        spans += [(m.start(1), m.end(1), "figure") for m in _hyphened_magnitude().finditer(lower)]
    for m in _NUMBER_WORD.finditer(lower):
        if not any(a <= m.start() < b for a, b, _ in spans):
            spans.append((m.start(), m.end(), "word"))
    spans.sort()
    # A range, a score or an alternative is one fact: "1/4 to 1/2 percent", "a 12 – 0
    # vote", "seven or eight".
    joined: list[tuple[int, int, str]] = []
    for span in spans:
        if joined and _JOINS.fullmatch(lower[joined[-1][1]:span[0]]):
            joined[-1] = (joined[-1][0], span[1], "range")
        else:
            joined.append(span)
    spans = joined
    found: list[Mention] = []
    used: list[tuple[int, int]] = list(taken)
    for start, end, _ in spans:
        if any(a <= start < b or a < end <= b for a, b in used):
            continue
        if start == 0 and re.match(_LIST_MARKER, sentence):
            continue
        if (sentence[start].isupper() and not _starts_sentence(sentence, start)
                and sentence[:start].rstrip()[-1:] not in "-—–:" and not title_case(sentence)):
            continue  # a number word of a name: "Air Force One", "Formula One"
        if sentence[start].isdigit() and _labelled(sentence, start):
            continue  # a figure of a name: "Boeing 737", "Article 5", "Route 66"
        figure = sentence[start:end].strip()
        currency = ""
        if figure[0] in _CURRENCY_SIGN:
            currency = _CURRENCY_SIGN[figure[0]]
            figure_value = figure[1:]
        else:
            figure_value = figure
        stop = end
        c = _CURRENCY_WORD.match(sentence, end)
        if c:
            currency = currency or _currency_code(c["c"])
            stop = c.end()
        conv = _CONVERSION.match(sentence, stop)
        text = sentence[start:stop].strip()
        if conv:
            text = sentence[start:conv.end()].strip()
            used.append((stop, conv.end()))
            stop = conv.end()
        value = _value_key(figure_value)
        if value.split()[0] in ("hundred", "thousand", "million", "billion", "trillion") or value in _VAGUE:
            continue
        if not _clean(text):
            continue
        kind = "money" if currency else "percent" if value.endswith("%") else "count"
        key = f"n:{currency}{value}"
        what = _rate(lower, start) if kind == "percent" else _what(sentence, start, stop if c or conv else end, lower)
        if what:  # as the text writes it: "Venezuelans"
            found_what = re.search(re.escape(what), sentence, re.IGNORECASE)
            what = found_what.group() if found_what else what
        if kind == "count" and what is None and _A_YEAR.fullmatch(value):
            # A year, not a count: "the 2016 campaign", "2012 and 2013".
            year_key = f"y:{value}"
            found.append(Mention(FactType.DATE, value, year_key, frozenset((year_key,)), kind="year", start=start))
            used.append((start, stop))
            continue
        found.append(Mention(FactType.NUMBER, text, key, frozenset((key,)), what=what, kind=kind, start=start))
        used.append((start, stop))
    return found


@cache
def _government() -> re.Pattern[str]:
    """The government of a place named just before: " city government", " provincial government"
    (not a country's: "the US government" is the US, as often as not)."""
    return compile_pattern(r"\s+(?:city|county|provincial|municipal|regional|district|prefectural|township|local)"
                      r"\s+government\b")


@cache
def _hyphened_magnitude() -> re.Pattern[str]:
    return compile_pattern(r"\bmagnitude[-‐‑](\d+(?:\.\d+)?)(?![\w.])")


@cache
def _pronoun_one() -> re.Pattern[str]:
    """ "one" that stands for a thing, counting nothing: "the one who left", "this one
    is bigger"; or that makes a compound ("the one-child policy", "a one-off"), though
    not a fraction ("one-third"); or that brings in a source ("one witness said", "one
    rescue worker told"): a witness, not a count of them. Matched against lower-cased text."""
    return compile_pattern(
        r"\b(?:the|this|that|which|each|any)\s+one\b(?=\s*(?:[^\w\s]|$|(?:who|that|which|is|was|were|has|had"
        r"|in|of|on|at|to|for|with|from|by)\b))"
        r"|\bone(?=[-‐‑](?!(?:thirds?|quarters?|half|fifths?|sixths?|eighths?|tenths?|and|hundred|thousand)\b)[a-z])"
        r"|\bone(?=(?:\s+[a-z]+){1,2},?\s+(?:said|says|told|added|recalled|explained|wrote)\b)"
    )


def _labelled(sentence: str, start: int) -> bool:
    """Is the figure at ``start`` the number of a name, right after a capitalised word
    that neither starts the sentence nor names a day or month ("Boeing 737",
    "Article 5", "Interstate 95", "No. 1"), in a sentence not written in title case?"""
    before = sentence[:start]
    if not before.endswith(" ") or before.endswith("  "):
        return False
    words = before.split()
    if not words or not words[-1][:1].isupper() or not words[-1].rstrip(".").isalpha():
        return False
    word_start = len(before.rstrip()) - len(words[-1])
    if _starts_sentence(sentence, word_start) or words[-1].rstrip(".").lower() in _DATE_NAMES:
        return False
    return not title_case(sentence)


def title_case(text: str) -> bool:
    """Most words capitalised, as in a headline "Quake Hits Gansu, Rescuers Search for
    Survivors": capitals there say nothing of names."""
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)



def _currency_code(word: str) -> str:
    word = word.lower()
    if word.startswith("dollar"):
        return "$"
    if word.startswith("euro"):
        return "€"
    if word.startswith("pound"):
        return "£"
    return word.rstrip("s") + " " if not word.endswith("ss") else word + " "


_WORDS_AFTER = LazyPattern(r"(?:[ \t]+[\w'-]+){0,6}")


def _what(sentence: str, start: int, end: int, lower: str) -> str | None:
    """What a count counts: the thing named after it ("eight people critically injured"
    → "critically injured", "22 dead" → "dead", "four hostages" → "hostages"), or the
    tally it is the figure of ("the death toll rose to 22" → "death toll")."""
    words = _WORDS_AFTER.match(lower[end:])
    after = words.group().split() if words else []
    k = 0
    while k < len(after) and after[k] in _LEAD_WORDS - {"others"}:
        k += 1
    if k < len(after):
        word = after[k]
        if word in _PEOPLE:
            j = k + 1
            while j < len(after) and after[j] in _LINKS:
                j += 1
            if j < len(after):
                state = _state(after, j)
                if state:
                    return state
            return _done_to(lower[:start]) or word
        if word in _LINKS:  # "75 had died", "eight left critically injured"
            j = k
            while j < len(after) and after[j] in _LINKS:
                j += 1
            k = j
            word = after[k] if k < len(after) else ""
        state = _state(after, k) if word else None
        if state:
            return state
        if _plural_noun(word):
            return word
    tally = _TALLY.search(lower[:start])
    if tally:
        # "the number of dead rose to 20": what the number is of.
        if not tally["of"]:
            named = tally.group(1).split()
            return " ".join(named[1:] if named[0] in _FUNCTION else named)  # "the toll" is the toll
        counted = tally["of"].split()[-1:]
        # "the number of dead and missing": both, a count of its own.
        more = lower[tally.end("of"):start].split()[:2]
        if counted[0] in _STATES and len(more) == 2 and more[0] in ("and", "or") and more[1] in _STATES:
            counted += more
        return " ".join(counted)
    return _done_to(lower[:start])  # "killed at least 89 and injured 412"


#: The rate or level a percentage is the figure of: "the rate at 2 percent".
_RATE = LazyPattern(r"\b([a-z]{3,})\s+(?:at|to|of|from)(?:\s+(?:about|around|nearly|almost|some|over|under))?\s*$")


def _rate(lower: str, start: int) -> str | None:
    """What a percentage measures, when the word before says: "the federal funds rate at
    1/4 to 1/2 percent" → "rate"; "inflation of 2 percent" → "inflation"."""
    match = _RATE.search(lower[:start])
    if not match or match.group(1) in _FUNCTION or match.group(1) in _LINKS:
        return None
    return match.group(1)


_HEDGE = LazyPattern(r"(?:\s+(?:at least|at most|more than|less than|fewer than|about|around|nearly|almost|some|over"
                    r"|up to|an estimated|another|a further))*\s*$")
_DONE_TO = LazyPattern(r"\b(kill|injur|wound|hurt|displac|evacuat|arrest|detain|rescu|jail|hospitali[sz])(?:ing|ed|es|s|e)?$")


def _done_to(before: str) -> str | None:
    """What a verb before a count of people did to them: "killing 22 people" → "killed"."""
    match = _DONE_TO.search(_HEDGE.sub("", before))
    if not match:
        return None
    stem = match.group(1)
    return "hurt" if stem == "hurt" else stem + ("ed" if stem.endswith(("l", "r", "d", "t", "st", "z", "s"))
                                                  else "d" if stem.endswith("e") else "ed")


def _plural_noun(word: str) -> bool:
    """ "documents", "ships", "days": a plural the figure counts (not "was", "its")."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and word not in _FUNCTION and word not in _LINKS and word.isalpha())


def _state(words: list[str], k: int) -> str | None:
    """ "critically injured", "dead", "killed" at ``words[k]``, or None."""
    word = words[k]
    if word.endswith("ly") and k + 1 < len(words) and (words[k + 1] in _STATES or words[k + 1].endswith("ed")):
        return f"{word} {words[k + 1]}"
    if word in _STATES:
        # "dead or missing" counts more people than "dead": a count of its own.
        if k + 2 < len(words) and words[k + 1] in ("and", "or") and words[k + 2] in _STATES:
            return " ".join(words[k:k + 3])
        return word
    return None


# --------------------------------------------------------------------------- names

DEMONYMS = frozenset(
    """afghan african albanian algerian american angolan arab arabian argentine argentinian armenian asian
    australian austrian azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british
    bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban
    cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european
    filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic
    indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan
    korean kosovar kurdish kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian malagasy
    malaysian malian maltese mexican moldovan mongolian moroccan mozambican namibian nepalese nepali nigerian
    nicaraguan norwegian pakistani palestinian panamanian paraguayan persian peruvian polish portuguese
    qatari romanian russian rwandan salvadoran salvadorean saudi scottish senegalese serbian sikh singaporean
    slovak slovakian slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai
    tibetan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh
    yemeni zambian zimbabwean christian muslim jewish hindu buddhist catholic
    protestant islamic arabic hispanic latino latina caribbean baltic balkan nordic scandinavian soviet
    communist""".split()
)
#: Adjectives capitalised as names are: "Democratic senators", "Western diplomats".
_ADJECTIVES = frozenset("democratic republican western eastern northern southern".split())
_REGION_WORDS = frozenset("north south east west central latin northern southern eastern western sub-saharan".split())
_ORG_HEADS = frozenset(
    """bank ministry department university office board bureau council committee institute association
    federation republic union court house chamber commission agency organization organisation secretary
    minister governor mayor museum church college school society league party army navy police authority
    service centre center foundation fund school academy corporation company group reserve hospital
    embassy parliament assembly senate congress coalition front movement strait straits gulf bay cape isle
    isles sea war state""".split()
)
#: Capitalised words that begin a sentence or a phrase and are no part of a name.
_LEADING_WORDS = frozenset(
    """according further also then now today yesterday last next some many most all both each every other
    several such despite although because since until under over with without for from by to of why what
    who how where asked speaking meanwhile however after before during while when if as at in on""".split()
)
#: Titles and descriptions that name no one by themselves ("Chairman", "Vice Chair").
_TITLE_WORDS = frozenset(
    """prime minister president vice chair chairman chairwoman chairperson national secretary governor mayor
    senator chief director general spokesman spokeswoman spokesperson deputy officer judge justice king
    queen prince princess mr mrs ms dr sir lady lord supreme leader ayatollah""".split()
)
#: An adjective made of a name and a suffix: "Super Bowl-style", "Kremlin-backed".
_NAME_ADJECTIVE = LazyPattern(
    r"[-‐‑](?:style|based|led|backed|owned|era|born|made|like|linked|run|ruled|held|controlled|funded|bound|allied"
    r"|occupied|administered|registered|flagged)$"
)
#: Time zones, which name no one: "2345 GMT", "3:45 PM ET".
_TIME_ZONES = frozenset("GMT UTC BST CET CEST EST EDT CST CDT MST MDT PST PDT ET PT CT".split())
_NUMBER_NAMES = frozenset(_WORD_VALUES) | {"hundred", "thousand", "million", "billion", "trillion"}
_DATE_NAMES = frozenset(MONTHS) | frozenset(_MONTH_OF) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split())


def is_adjective(name: str) -> bool:
    """A demonym or an adjective of place or faith ("Thai", "Americans", "South American")."""
    words = name.lower().split()
    while len(words) > 1 and (words[0] in _REGION_WORDS or words[0] in ("el", "la", "the")):
        words = words[1:]
    if len(words) != 1:
        return False
    word = words[0]
    return word in DEMONYMS or (word.endswith("s") and word[:-1] in DEMONYMS) or word in _ADJECTIVES


#: Abbreviations of things, not of a person, an organisation or a place.
_COMMON_ABBREVIATIONS = frozenset("DNA RNA GDP CEO CFO AI HIV AIDS COVID COVID-19 ID IQ AM PM SUV".split())


_NAME_PARTS = compile_pattern(r"[-‐‑\s]+")
_OF_THE = LazyPattern(r"\s+(?:of|for|on)(?:\s+the)?\s+")
_OWNER_OF = LazyPattern(r"'s\s+(?=[A-Z])")


def _is_name(name: str) -> bool:
    if name in _COMMON_ABBREVIATIONS:
        return False
    lower = name.lower()
    if not name or not _clean(name) or lower in _DATE_NAMES or is_adjective(name) or name in _TIME_ZONES:
        return False
    parts = _NAME_PARTS.split(lower)
    return not all(p in _NUMBER_NAMES or p in _DATE_NAMES for p in parts)


def _name_mentions(sentence: str) -> list[tuple[str, int, bool]]:
    """The names of a sentence: (name, start, whether it is one word starting the sentence)."""
    text = straight_apostrophes(sentence)
    raw: list[list[int]] = []
    for match in _NAME.finditer(text):
        raw.append([match.start(), match.end()])
    # Organisations whole: "Bank" "of" "Thailand" → "Bank of Thailand".
    merged: list[list[int]] = []
    for span in raw:
        if merged:
            prev = merged[-1]
            between = text[prev[1]:span[0]]
            head = text[prev[0]:prev[1]].split()[-1].lower()
            if head.rstrip("'s") in _ORG_HEADS and _OF_THE.fullmatch(between):
                prev[1] = span[1]
                continue
        merged.append(span)
    # A possessive ends a name: "Saudi Arabia's Interior Ministry" is two.
    pieces: list[list[int]] = []
    for start, end in merged:
        for m in _OWNER_OF.finditer(text[start:end]) if "'s" in text[start:end] else ():
            pieces.append([start, start + m.start()])
            start = start + m.end()
        pieces.append([start, end])
    if any(region in text for region in _REGION_ENDS):
        pieces = [part for start, end in pieces for part in _after_region(text, start, end)]
    if "government" in text:  # "the Dingxi city government": a body of the place, read whole
        for piece in pieces:
            government = _government().match(text, piece[1])
            place = [w for w in text[piece[0]:piece[1]].split() if w not in _STOP_NAMES]
            if government and place and not is_adjective(" ".join(place)):  # not "the Chinese government"
                piece[1] = government.end()
    out = []
    for start, end in pieces:
        words = text[start:end].split()
        while words and (words[0] in _STOP_NAMES or words[0].lower() in _NUMBER_NAMES
                         or words[0].lower() in _LEADING_WORDS):
            start += len(words.pop(0)) + 1
        while words and words[-1].lower() in _DATE_NAMES:  # "Anutin on Sunday" is no part of a name
            words.pop()
        name = " ".join(words)
        if "'" in name or "’" in name:
            name = _POSSESSIVE.sub("", name)
        # A demonym before a title is no part of the name: "Thai Prime Minister Anutin".
        while " " in name and is_adjective(name.split()[0]) and name.split()[1].lower() in _TITLE_WORDS:
            dropped = name.split()[0]
            name = name[len(dropped) + 1:]
            start += len(dropped) + 1
        if "-" in name or "‐" in name or "‑" in name:  # what a compound needs
            # "Hamas-ruled Gaza" is Gaza: the compound before it describes the place.
            while " " in name and _NAME_ADJECTIVE.search(name.split()[0]):
                dropped = name.split()[0]
                name = name[len(dropped) + 1:]
                start += len(dropped) + 1
            if _NAME_ADJECTIVE.search(name):
                continue
        if not _is_name(name):
            continue
        if all(w.lower().rstrip(".") in _TITLE_WORDS for w in name.split()):
            continue
        first = " " not in name and (_starts_sentence(text, start) or _starts_clause(text, start))
        if first and text[start - 1:start] == "(" and text[start + len(name):start + len(name) + 1] == ")":
            first = False  # a credit or an acronym in brackets, no sentence: "BEIJING (Reuters) -"
        out.append((name, start, first))
    return out


#: Regions a title may be for ("envoy for Latin America"), by their last word.
_REGION_ENDS = ("America", "Africa", "Asia", "Europe", "East", "Hemisphere")
_REGIONS = frozenset(("latin america", "south america", "north america", "central america", "africa", "asia",
                      "europe", "middle east", "western hemisphere", "east asia", "southeast asia"))


def _after_region(text: str, start: int, end: int) -> list[list[int]]:
    """A region a title is for, then the person who holds it: "the envoy for Latin
    America Mauricio Claver-Carone" names Latin America and Mauricio Claver-Carone.
    The rest must be a person's name of two words or more: no title, no organisation
    ("Africa Development Bank" stays whole)."""
    words = text[start:end].split()
    for n in (2, 1):
        if len(words) >= n + 2 and " ".join(words[:n]).lower() in _REGIONS:
            rest = [w.lower() for w in words[n:]]
            if rest[0] in _TITLE_WORDS or any(w.rstrip("'s") in _ORG_HEADS for w in rest):
                return [[start, end]]
            cut = start + len(" ".join(words[:n]))
            return [[start, cut], [cut + len(text[cut:end]) - len(text[cut:end].lstrip()), end]]
    return [[start, end]]


def _starts_clause(text: str, start: int) -> bool:
    """Does a clause start at ``start``, after a dash or a colon set off by spaces, as
    after a dateline ("BEIJING (AP) — Rescuers searched")? Its first word is
    capitalised as a sentence's is, whether or not it names anything."""
    before = text[:start]
    return before[-1:].isspace() and before.rstrip()[-1:] in "-—–:"


# --------------------------------------------------------------------------- sentences


class SentenceFacts(NamedTuple):
    numbers: list[Mention]
    dates: list[Mention]
    names: list[tuple[str, int, bool]]
    words: frozenset[str]
    """Its content words, numbers aside: what it is about."""


_WORDS = compile_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def read_sentence(sentence: str) -> SentenceFacts:
    sentence = without_control_sequences(sentence)
    dates, taken = _date_mentions(sentence)
    numbers: list[Mention] = []
    for mention in _number_mentions(sentence, taken):
        (numbers if mention.type is FactType.NUMBER else dates).append(mention)
    names = _name_mentions(sentence)
    words = frozenset(w for w in _WORDS.findall(sentence.lower())
                      if w not in _FUNCTION and w not in _WORD_VALUES and len(w) > 2)
    return SentenceFacts(numbers, dates, names, words)
