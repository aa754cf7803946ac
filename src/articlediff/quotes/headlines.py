"""Who a headline says speaks its quotation, in headline grammar: a verb in the present
with no article before its subject ("‘Let’s finish the job,’ president says", "Biden
vows to ‘finish the job’", "People will ‘suffer’, admits new leader"), or the speaker
before a colon that opens the headline ("Mayor: Flattened town will be rebuilt ‘brand
new’") or after one that closes it ("Flooding ‘one in 200 year’ event: Mayor"). The
subject is a name the story gives in full, or a bare title the story gives with a name
("president" → "President Joe Biden"); anyone else — a group, a body, a title the story
gives nobody — is no speaker, as "a false alarm costs more than a miss"."""

# No `from __future__ import annotations` here, as in the rest of the package.

from .frames import _PLACEHOLDER
from .lexicon import _FINITE_CUES, _TITLE_SMALL_WORDS, _TITLES
from .names import _EDGE_PUNCT
from .names import _read_subject as _read_subject_plain
from .speakers import _Registry

#: The verbs by which headlines give words to their speaker, beside the cue verbs of
#: running text: headlines speak in the present ("vows", "urges", "demands").
_HEADLINE_VERBS = frozenset(
    """says say tells vows warns admits urges demands insists pledges promises claims calls
    hails slams blasts praises denies confirms welcomes criticises criticizes defends accuses
    rejects dismisses attacks condemns""".split()
) | _FINITE_CUES
#: Where a headline's clause ends: its subject is read within one.
_CLAUSE_ENDS = frozenset(",:;|–—-")
#: The most words a headline's subject runs to ("Oklahoma Gov. Mary Fallin").
_SUBJECT_WORDS = 4


def headline_speaker(text: str, registry: _Registry, para: int) -> str | None:
    """The one speaker a headline's own words give its quotations (``text`` is the
    headline's frame, its quotations replaced by placeholders), or None."""
    clauses = _clauses(text)
    speakers: set[str | None] = set()
    for clause in clauses:
        for i, word in enumerate(clause):
            if word.lower() not in _HEADLINE_VERBS or (word[:1].isupper() and not _title_case(clause)):
                continue
            if word.lower().endswith("ed") and clause[i + 1 : i + 2] == ["to"]:
                continue  # "Govt urged to do more": urged by others, a passive in headline grammar
            subject = clause[max(0, i - _SUBJECT_WORDS) : i]
            subject = subject[_last_lower_run_end(subject) :] if subject else []
            if not subject:  # "…, says Portland's mayor": the subject after the verb
                subject = clause[i + 1 : i + 1 + _SUBJECT_WORDS]
            speakers.add(_speaker(subject, registry, para))
    if not speakers and len(clauses) > 1 and text.split(":", 1)[0].count(_PLACEHOLDER) == 0 and ":" in text:
        # "Mayor: Flattened town will be rebuilt ‘brand new’": the one before the colon.
        head = text.split(":", 1)[0].split()
        if 0 < len(head) <= _SUBJECT_WORDS:
            speakers.add(_speaker(head, registry, para))
    if not speakers and ":" in text and _PLACEHOLDER not in text.rsplit(":", 1)[1]:
        # "Mackay flooding ‘one in 200 year’ event: Mayor": the one after the last colon.
        tail = [word.strip(_EDGE_PUNCT) for word in text.rsplit(":", 1)[1].split()]
        if 0 < len(tail) <= _SUBJECT_WORDS:
            speakers.add(_speaker(tail, registry, para))
    return speakers.pop() if len(speakers) == 1 else None


def _clauses(text: str) -> list[list[str]]:
    """The headline's words outside its quotations, cut where a clause ends (a comma, a
    colon, a dash or a quotation)."""
    clauses: list[list[str]] = [[]]
    for word in text.replace(_PLACEHOLDER, " | ").split():
        core = word.strip(_EDGE_PUNCT)
        if core:
            clauses[-1].append(core)
        if not core or word[-1] in _CLAUSE_ENDS:
            clauses.append([])
    return [clause for clause in clauses if clause]


def _title_case(words: list[str]) -> bool:
    """Is a clause in title case, every word capitalised but the small ones ("Biden
    Calls on Congress to")? A capitalised verb counts only there."""
    return all(word[:1].isupper() or not word[:1].isalpha() or word in _TITLE_SMALL_WORDS for word in words)


def _last_lower_run_end(words: list[str]) -> int:
    """Where the subject before a verb starts: after the last word that cannot belong to
    it ("Flattened town will be rebuilt", "city will"), a lower-case word that is no title."""
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word[:1].islower() and word not in _TITLES and not word.endswith(("'s", "’s")):
            return i + 1
    return 0


def _speaker(words: list[str], registry: _Registry, para: int) -> str | None:
    """The person a headline's subject names: a name the story shows is a person's, in
    its fullest form; or the holder of a bare title ("president", "Portland's mayor", "Chief")."""
    if not words:
        return None
    role = [w.lower() for w in words if not w.endswith(("'s", "’s"))]  # "Portland's mayor" → mayor
    if role and role[-1] in _TITLES:
        return registry.holder(" ".join(["the", *role]), para)
    subject = _read_subject_plain(" ".join(words))
    if subject is None or subject.kind != "person":
        return None
    return registry.canonical(subject.name, para) if subject.name.split()[-1] in registry.known else None
