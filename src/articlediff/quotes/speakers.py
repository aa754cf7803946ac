"""The speakers of one article: a registry of the people and organisations it names and
where, which resolves a last name to the fullest name used ("Gellman" → "Mneesha
Gellman") and a pronoun to whom it refers."""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import bisect
import functools
from collections.abc import Sequence
from typing import Literal, NamedTuple

from .analysis import _Analysis
from .attribution import _Attribution
from .frames import _Frame, _sentence_start
from .names import _Named


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
