"""Quotations: paragraphs → who said what (extract_quotes), and two versions'
quotations → what happened to each (diff_quotes).

Reading one version goes by stage: spans (quotation marks → quoted spans), frames
(each paragraph with its spans replaced by placeholders, and its sentences), names
(who a noun phrase names), attribution (the clause around a span that says who said
it), analysis (all of that for one paragraph, cached by its text), speakers (names
and pronouns resolved across the article) and assemble (utterances → Quote records).
The word lists are lexicon's; the records (Quote, QuoteChange) are the model's. Plain rules and word lists, no
model: fast and predictable, and when no rule fits the speaker is None rather than a
guess. Names with a leading underscore are the package's own, shared by its modules;
the names below are its public ones.
"""

from .analysis import QuoteCache
from .assemble import TERM_MAX_WORDS, extract_quotes
from .diff import diff_quotes, quote_key, same_person
from .frames import WINDOW

__all__ = [
    "TERM_MAX_WORDS",
    "WINDOW",
    "QuoteCache",
    "diff_quotes",
    "extract_quotes",
    "quote_key",
    "same_person",
]
