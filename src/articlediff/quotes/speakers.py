"""The speakers of one article: a registry of the people and organisations it names and
where, which resolves a last name to the fullest name used ("Gellman" → "Mneesha
Gellman") and a pronoun to whom it refers."""

# No `from __future__ import annotations` here: NamedTuple would compile each string
# annotation of its fields when the module is imported (see model.py).

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

from ..text.lazy import LazyPattern
from ..text.pattern_cache import compile_pattern
from .analysis import _Analysis
from .attribution import _Attribution, _main_clause
from .frames import _PLACEHOLDER, _Frame, _sentence_start
from .lexicon import (
    _ADVERBIAL_STARTS,
    _DAYS,
    _FINITE_CUES,
    _GROUP_HEADS,
    _PEOPLE_OF,
    _POSTS,
    _QUESTIONED,
    _TITLE_SURNAMES,
    _TITLES,
)
from .names import (
    _LOWER_TITLES,
    _PERSON_HEADS,
    _is_description,
    _is_group_head,
    _is_person_noun,
    _is_verb,
    _Named,
    _participle_of_a_cue,
    _person_description,
    _read_person,
)
from .roles import (
    _described_as,
    _full_name_with,
    _is_crosshead,
    _person_described,
    _role_antecedent,
    _titled_so,
)


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

    def __init__(self, analyses: Sequence[_Analysis], unread: set[int] | None = None) -> None:
        self.full_names: dict[str, dict[str, list[tuple[int, int]]]] = {}
        """Last name → full name → where it is mentioned (para, pos)."""
        self.known: set[str] = set()
        """Names known to be people (last names of full names, single names of speakers)."""
        self._analyses = analyses
        self.unread = unread or set()
        """Paragraphs whose names are not mentions (headlines in title case)."""
        self._attributed_orgs: dict[int, list[_Mention]] = {}
        """Paragraph → organisations named as speakers there, in the order found."""
        self._people: dict[int, list[_Mention]] = {}
        self._fuller_names: dict[str, dict[str, list[tuple[int, int]]]] = {}
        self._orgs: dict[int, list[_Mention]] = {}
        self._bracketed: dict[str, str] | None = None
        self._holders: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self._shown: set[str] | None = None
        self._lower: set[str] | None = None
        self._holding_word: dict[str, list[int]] = {}
        self._run_names: dict[str, str] = {}
        self._spelled: dict[str, str | None] = {}
        self.words_around: dict[str, set[str]] | None = None
        """Full name → the words around its mentions (see roles._titled_so), read once."""
        self.descriptions: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] | None = None
        """Noun → the descriptions it heads, with whom they describe (see roles._descriptions),
        read for the nouns asked about."""

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

    def shows_name(self, name: str) -> bool:
        """May a one-word speaker be a name, not a noun that opens a sentence with a
        capital ("Hospitals said …", "Schools stayed shut, saying …")? Yes when the
        article shows it for a name: a fuller name holds it, or a title or the middle of
        a sentence gives it its capital. Otherwise not when it reads as a plural or
        common noun (see _PLURAL) or the article uses the word in lower case ("floods")."""
        if " " in name or self._fuller(name) or name in self.full_names:
            return True
        if self._shown is None:
            # The names shown for names: with a title or inside a sentence, and the last
            # word of a full name anywhere ("Mark Robins" for "Robins said", which reads
            # as a plural otherwise)
            self._shown = {shown for analysis in self._analyses for shown in analysis.names.shown} | {
                named.last for para, analysis in enumerate(self._analyses) if para not in self.unread
                for named in analysis.names.people if " " in named.name}
        if name in self._shown:
            return True
        if _PLURAL.match(name):
            return False
        if self._lower is None:
            self._lower = {word for analysis in self._analyses for word in _LOWER_WORD.findall(analysis.frame.text)}
        lower = name.lower()
        return lower not in self._lower and lower + "s" not in self._lower

    def frame_text(self, para: int) -> str:
        return self._analyses[para].frame.text

    @property
    def paragraphs(self) -> int:
        return len(self._analyses)

    def sentences(self, para: int) -> list[tuple[int, int]]:
        return self._analyses[para].frame.sentences

    def paragraphs_with(self, word: str) -> list[int]:
        """The paragraphs whose text holds ``word`` (as a substring), in order."""
        if word not in self._holding_word:
            self._holding_word[word] = [para for para, analysis in enumerate(self._analyses)
                                        if word in analysis.frame.text]
        return self._holding_word[word]

    def add_org(self, mention: _Mention) -> None:
        self._attributed_orgs.setdefault(mention.para, []).append(mention)

    def canonical(self, name: str, para: int) -> str:
        """The fullest form of a name the article uses ("Gellman" → "Mneesha Gellman");
        the nearest one before ``para`` if several, else the first after."""
        matches = self._fuller(name)
        if not matches:
            return self._only_run_with(name) if " " not in name else name
        latest: dict[str, tuple[int, int]] = {}
        for full, places in matches.items():
            i = bisect.bisect_right(places, (para, 1 << 62))
            if i:
                latest[full] = places[i - 1]
        if latest:
            return max(latest, key=latest.__getitem__)
        return min(matches, key=lambda full: matches[full][0])

    def _only_run_with(self, last: str) -> str:
        """The one full name ending in ``last`` the article's capitalised runs give ("Mark
        Robins paid tribute" for "Robins said"), when no paragraph introduces one; else
        ``last``."""
        if last not in self._run_names:  # a speaker is named again and again: each name is looked up once
            found = {named.name for para in self.paragraphs_with(last) if para not in self.unread
                     for named in self._analyses[para].names.people if named.last == last and " " in named.name
                     and named.name.split()[0] not in _TITLES and named.name.split()[0] not in _COURTESY}
            self._run_names[last] = found.pop() if len(found) == 1 else last
        return self._run_names[last]

    def _fuller(self, name: str) -> dict[str, list[tuple[int, int]]]:
        """The full names whose words include all of ``name``'s and more, with their
        places; kept, since a speaker is named again and again."""
        if name not in self._fuller_names:
            tokens = name.split()
            fulls = self.full_names.get(tokens[-1], {})
            found = {full: places for full, places in fulls.items() if set(tokens) < set(full.split())}
            if not found and len(tokens) == 1:
                # A name the story uses by the first word ("Chatchart" for Chatchart
                # Sittipunt, as Thai names go), when no full name ends with it.
                found = {full: places for fulls in self.full_names.values() for full, places in fulls.items()
                         if full.split()[0] == name}
                if len(found) > 1:
                    found = {}
            self._fuller_names[name] = found
        return self._fuller_names[name]

    def sort(self) -> None:
        for fulls in self.full_names.values():
            for places in fulls.values():
                places.sort()

    def people_in(self, para: int) -> list[_Mention]:
        """The mentions of known people in paragraph ``para``, in order."""
        if para not in self._people:
            frame = self._analyses[para].frame
            self._people[para] = [] if _is_credit(frame.text) or para in self.unread else [
                _Mention(para, named.pos, _sentence_start(frame, named.pos), named.name, named.description)
                for named in self._analyses[para].names.people if named.last in self.known
            ]
        return self._people[para]

    def named_in(self, para: int) -> list[_Named]:
        """Every run of paragraph ``para`` that ends in a name, known for a person's or
        not ("made by Tom Hale"), in order: the paragraph's own list, not a copy."""
        return self._analyses[para].names.people

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
                if any(named.last in self.known for named in analysis.names.people)
                and not _is_credit(analysis.frame.text) and para not in self.unread]

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

    def sentence_subject(self, para: int, start: int, end: int) -> "_Mention | Literal['pronoun'] | None":
        """The subject of the sentence ``frame.text[start:end]`` of paragraph ``para``:
        the person its main clause is about ("In 2015, Graham said …"; "“…,” Trump told
        NBC"), "pronoun" if that is "he" or "she", or None if it names nobody there."""
        frame = self._analyses[para].frame
        if para in self.unread or _is_credit(frame.text):
            return None
        text = frame.text[start:end]
        at = _subject_offset(text)
        if at is None:
            return None
        word = text[at:].split(None, 1)[0].strip(",.;:").lower() if text[at:].strip() else ""
        if word in ("he", "she"):
            opening = _OPENING_CLAUSE.match(text[:at])
            if opening is not None and not _OBJECT_PRONOUN.search(opening.group(1)):
                # "As the defendant was found guilty, he collapsed": the one the opening
                # clause is about, not the subject of a sentence before
                clause = opening.group(1)
                described = clause[: _first_verb(clause, 0)].strip()
                if _person_description(described):
                    return _Mention(para, start + opening.start(1), start, described)
            return "pronoun"
        people = self._analyses[para].names.people
        closing = _CLOSING_CUE.search(text, at)
        if closing is not None and not all(w[:1].isupper() or w in _TITLES for w in closing.group(1).split()):
            closing = None  # ", which Trump said": a clause of its own; ", spokeswoman Jo Roe said" is read
        if closing is not None:
            # "The group had a structure, he said." / ", Ms. Roe said.": the one who says
            # it is what the sentence is about, not the subject of the words reported.
            if closing.group(1).lower() in ("he", "she"):
                return "pronoun"
            for named in people:
                if start + closing.start(1) <= named.pos < start + closing.end(1):
                    return _Mention(para, named.pos, start, named.name, named.description)
        described = _CLOSING_DESCRIBED.search(text, at) if closing is None else None
        if described is not None and _person_description(described.group(1)):
            # "…, its senior official said.": a person the story does not name says it
            return _Mention(para, start + described.start(1), start, described.group(1))
        inverted = _CLOSING_INVERTED.search(text, at)
        if inverted is not None:
            # "Growth held up, says Prime Minister Datuk Seri Najib Tun Razak Thursday.": the
            # one who says it closes the sentence, after the verb
            for named in people:
                between = text[inverted.end() : named.pos - start] if named.pos >= start + inverted.end() else None
                if between is not None and (not between.strip() or _only_titles(between) or _qualified_title(between)) \
                        and _SENTENCE_CLOSE.match(text, named.pos - start + len(named.name)):
                    return _Mention(para, named.pos, start, named.name, named.description)
        limit = _first_verb(text, at)
        agent = _AGENT_OF.match(text, at)
        if agent is not None and agent.end() < limit:
            # "A spokeswoman for Theresa May said …": the spokeswoman, not the one she speaks for
            return _Mention(para, start + at, start, _without_conjunction(text[at:limit].strip(" ,")))
        for named in people:
            if _POSSESSIVE.match(frame.text, named.pos + len(named.name)):
                continue  # "Mr. Hadi’s foreign minister, Riyadh Yaseen,": not Hadi
            next_word = _NEXT_WORD.match(frame.text, named.pos + len(named.name))
            if next_word is not None and next_word.group(1) in _GROUP_HEADS:
                continue  # "Greater Manchester police have apologised": the police, no person
            if _THE_BEFORE.search(frame.text, max(0, named.pos - _THE_REACH), named.pos):
                continue  # "The Ulster Unionist health minister said": capitals that qualify a description
            if _DETERMINER_BEFORE.search(frame.text, max(0, named.pos - _DETERMINER_REACH), named.pos) \
                    and _qualifies_noun(frame.text, named.pos + len(named.name)):
                continue  # "one current Homeland Security official predicted": the same, further in
            if _qualifies_noun(frame.text, named.pos + len(named.name)) and any(
                    named.pos < other.pos < start + limit
                    and not _POSSESSIVE.match(frame.text, other.pos + len(other.name)) for other in people):
                # "Longtime Republican strategist … Roger Stone vowed": Stone, named later
                # ("Jo Roe read a letter about Pratt’s abuse": no subject in a possessive)
                continue
            if start + at <= named.pos < start + limit and (
                named.last in self.known or " " in named.name or _only_titles(text[at : named.pos - start])
            ) and not _OF_BEFORE.match(text, at, named.pos - start):
                # A titled name that opens the sentence is its subject, known or not ("Mr.
                # Roe, the spokesman for Mr. Doe, said"): not a name in its apposition.
                return _Mention(para, named.pos, start, named.name, named.description)
        phrase = _DASH_ASIDE.sub("", _without_conjunction(text[at:limit].strip(" ,")))
        phrase = _RELATIVE_TAIL.sub("", phrase)  # "one long-term customer, who added": the customer
        if _person_description(phrase):
            # "But a spokesperson for the union said …": a person the story does not name,
            # the one "he" or "she" goes back to, not a name before.
            return _Mention(para, start + at, start, phrase)
        closing = _QUOTE_THEN_SUBJECT.search(text, at)
        if closing is not None:
            # "…, “…,” Mr. Roe said.": the speaker of the quotation that closes it.
            for named in people:
                if named.pos - start == closing.end() or (
                        named.pos - start > closing.end() and _only_titles(text[closing.end() : named.pos - start])):
                    after = text[named.pos - start + len(named.name):].split(None, 1)
                    if after and after[0].strip(",.") in _CUE_WORDS:
                        return _Mention(para, named.pos, start, named.name, named.description)
                    break
            described = _DESCRIBED_THEN_CUE.match(text, closing.end())
            if described is not None and described.group(2) in _FINITE_CUES and _person_description(described.group(1)):
                # "“…,” another loyal customer said.": the one a "he" after it goes back to
                return _Mention(para, start + closing.end(), start, described.group(1))
        inverted = _INVERTED_CUE.search(text, at)
        if inverted is not None:
            # "The change has been slow, said Jo Roe, who …": the one who said it; "…, said
            # TTC spokesman Brad Ross": a title a body qualifies is a title too.
            for named in people:
                between = text[inverted.end() : named.pos - start] if named.pos >= start + inverted.end() else None
                if between is not None and (not between.strip() or _only_titles(between) or _qualified_title(between)):
                    return _Mention(para, named.pos, start, named.name, named.description)
        for named in people:
            # "About a dozen people feasted …, and owner Susan Glover said …": no person
            # opens the sentence; one of its clauses has a named person say something
            if start + at <= named.pos < start + len(text) and named.last in self.known:
                after = text[named.pos - start + len(named.name):].split(None, 1)
                before = text[:named.pos - start].split()
                while before and (before[-1] in _LOWER_TITLES or before[-1] in _POSTS or _is_person_noun(before[-1]) or before[-1][:1].isupper()):
                    before.pop()  # "and owner Susan Glover", "and Health Minister Jo Roe"
                if after and after[0].strip(",.") in _CUE_WORDS and before and before[-1].lower() in ("and", "but"):
                    return _Mention(para, named.pos, start, named.name, named.description)
        return None

    def subject_before(self, para: int, sentence: int, pos: int, *, named: bool = True) -> "_Mention | None":
        """Who "he" or "she" at (para, pos) stands for, as news writing uses them: the
        subject of its own sentence if a name comes before it ("Graham backed a bill
        which he said …"), else the subject of the sentences before, a pronoun subject
        going back to the one before it ("Zelensky said …. “…,” he added"). Where the
        sentence just before has no person for its subject, the one person it names (see
        _only_person_in), unless ``named`` is False (a role's antecedent is a subject
        only). None when no subject is found within a few sentences."""
        frame = self._analyses[para].frame
        own_end = next((end for start, end in frame.sentences if start == sentence), pos)
        closing = frame.text[:pos].rstrip().endswith(",")
        found = None if closing else self.sentence_subject(para, sentence, min(pos, own_end))
        if isinstance(found, _Mention) and found.pos < pos:
            # "Graham backed a bill which he said …"; but not in "The group met daily, he
            # said": a closing attribution's pronoun is not the clause's subject.
            return found
        looked = 0
        for back in range(para, max(-1, para - _SUBJECT_PARAGRAPHS), -1):
            if back < para and _is_crosshead(self, back):
                continue  # "‘Regular bus use low’ says Stagecoach": no sentence "she" goes back to
            sentences = self._analyses[back].frame.sentences
            for start, end in reversed(sentences):
                if back == para and start >= sentence:
                    continue
                looked += 1
                if looked > _SUBJECT_SENTENCES:
                    return None
                found = self.sentence_subject(back, start, end)
                if isinstance(found, _Mention):
                    return found
                if found == "pronoun" and not named and looked == 1:
                    # "…, she told hospital directors: “…”" / "The chief executive added …": a
                    # role after a sentence about "she" goes back to whom "she" stands for
                    return self.subject_before(back, start, start)
                if found is None and looked == 1 and named:
                    # "This one was especially satisfying to Saban. “…,” he said.": the one
                    # person the sentence just before names, though not as its subject
                    only = self._only_person_in(back, start, end)
                    if only is not None:
                        return only
        return None

    def _only_person_in(self, para: int, start: int, end: int) -> "_Mention | None":
        """The one person a sentence with no person for its subject names ("This one was
        especially satisfying to Saban."): the one a "he" or "she" after it goes back to.
        Not where a description of a person is the subject, a name the story never gives
        in full, nor where the sentence names two people."""
        frame = self._analyses[para].frame
        if para in self.unread or _is_credit(frame.text):
            return None
        inside = [m for m in self.people_in(para) if start <= m.pos < end]
        if len({self.canonical(m.name, para) for m in inside}) != 1:
            return None
        mention = inside[0]
        text = frame.text[start:end]
        at = _subject_offset(text)
        subject = text[at : _first_verb(text, at)].split() if at is not None else []
        if any(_person_description(" ".join(subject[:n])) for n in range(len(subject), 1, -1)):
            return None  # "The Union Minister also targeted Arvind Kejriwal": the minister's sentence
        return mention if " " in self.canonical(mention.name, para) else None


    def full_org(self, name: str) -> str:
        """An organisation's full name when the story gives it with this short one in
        brackets ("Centcom" → "US Central Command (Centcom)") or spells out its initials
        ("the FAA" → "Federal Aviation Administration"), else the name."""
        short = name[4:] if name.startswith(("the ", "The ")) else name
        if short.isupper() and short.isalpha() and 2 < len(short) <= 6:
            spelled = self._spelled_out(short)
            if spelled is not None:
                return spelled
        if " " in name or not name[:1].isupper():
            return name
        if self._bracketed is None:  # the article's "Full Name (Short)" organisations, read once
            self._bracketed = {}
            for analysis in self._analyses:
                for _, org in analysis.names.orgs:
                    if org.endswith(")") and " (" in org:
                        self._bracketed.setdefault(org.rsplit(" (", 1)[1][:-1].casefold(), org)
        return self._bracketed.get(name.casefold(), name)

    def _spelled_out(self, acronym: str) -> str | None:
        """The one organisation the story names whose capitalised words begin with the
        acronym's letters ("Federal Aviation Administration" for "FAA"); looked for once
        per acronym, as a body speaks again and again."""
        if acronym in self._spelled:
            return self._spelled[acronym]
        found = set()
        for analysis in self._analyses:
            for _, org in analysis.names.orgs:
                words = [w for w in org.split() if w[:1].isupper()]
                if words and words[0] in ("The", "A"):
                    words = words[1:]
                if words and words[0] not in _TITLES and "".join(w[0] for w in words) == acronym:
                    # the body as the story writes it ("Federal Aviation Administration"), not
                    # an office ("Director of Public Prosecutions" is no body that speaks)
                    found.add(org[org.index(words[0]) :])
        self._spelled[acronym] = found.pop() if len(found) == 1 else None
        return self._spelled[acronym]

    def holder(self, role: str, para: int) -> str | None:
        """The person a role stands for ("the US president" → "Donald Trump"), when the
        story names them with that title ("US President Donald Trump", "Donald Trump,
        the US president"): the nearest before ``para``, else the first after. None for
        a phrase that is no definite role ("a spokesman", "the State Department") or a
        role the story gives nobody."""
        found = self._holding(role)
        if found is None and _ACRONYM_ROLE.fullmatch(role):
            # "Director of Criminal Investigations (DCI) Mohamed Amin" … "the DCI affirmed":
            # the one person the story names after the title's short form in brackets.
            found = self._bracketed_title(role.split()[1])
            if len({name for _, name in found}) != 1:
                return None
        if not found:
            # "the police chief of Ferguson", "the authority's leader": the one police
            # chief, the one leader the story names, if it names only one.
            bare = _bare_role(role)
            found = self._holding(bare) if bare is not None else None
            if found is None or len({name for _, name in found}) != 1:
                return None
        if not found:
            return None
        before = [(index, name) for index, name in found if index <= para]
        nearest = before[-1][0] if before else found[0][0]
        if len({name for index, name in found if index == nearest}) > 1:
            return None  # "Labour MP Jo Roe … and Labour MP Ann Lee …": "the Labour MP" is either
        return before[-1][1] if before else found[0][1]

    def _bracketed_title(self, short: str) -> list[tuple[int, str]]:
        """Where the story names someone right after a title's short form in brackets
        ("(DCI) Mohamed Amin"), and the names."""
        pattern = re.compile(rf"\({re.escape(short)}\)\s+({_NAME})")
        return [(index, self.canonical(match.group(1), index))
                for index, analysis in enumerate(self._analyses) if f"({short})" in analysis.frame.text
                for match in pattern.finditer(analysis.frame.text)]

    def holding(self, role: str) -> list[tuple[int, str]]:
        """Where the story names the holders of a role, and their names."""
        return self._holding(role) or []

    def _holding(self, role: str) -> list[tuple[int, str]] | None:
        """Where the story names the holders of a role, and their names; None for a
        phrase that is no definite role (see holder)."""
        words = role.split()
        if len(words) < 2 or len(words) > 4 or words[0].lower() != "the":
            return None
        if not words[-1].islower():
            # "The Premier", "the Information Minister": a title written capitalised
            words = [*words[:-1], words[-1].lower()]
        if words[-1] not in _TITLES:
            return None
        key = tuple(words[1:])
        if key not in self._holders:  # each role is looked for once over the article
            self._holders[key] = [
                (index, self.canonical(name, index))
                for index, analysis in enumerate(self._analyses)
                for name in _role_names(analysis, key)
            ]
        return self._holders[key]


# "the defendant - a father of one -": an aside between dashes, no part of the description.
_DASH_ASIDE = compile_pattern(r"\s+[-–—]\s+[^-–—]{1,60}?\s+[-–—]\s*$|\s+[-–—]\s+[^-–—]{1,60}?\s+[-–—](?=\s)")
# "A spokeswoman for Theresa May", "an aide to the president": someone who speaks for another.
_AGENT_OF = compile_pattern(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}?(?:spokeswoman|spokesman|spokesperson|aide|lawyer|attorney|"
    r"adviser|advisor|representative|solicitor|barrister)\s+(?:for|to|of)\s+"
)
# "the DCI", "the DPP": a title by its short form.
_ACRONYM_ROLE = compile_pattern(r"[Tt]he [A-Z]{2,5}")
# A person's name of two to four capitalised words, particles between them ("Giovanni
# van Bronckhorst").
_NAME = r"[A-Z][\w'’.\-]+(?:\s+(?:(?:van|von|de|der|den|da|di|del|la|le|bin|al|ter)\s+)*[A-Z][\w'’.\-]+){1,3}"


def _bare_role(role: str) -> str | None:
    """A role without what places it: "the police chief of Ferguson" → "the police
    chief", "the local authority's new leader" → "the new leader"; None for a role with
    neither."""
    head, of, _ = role.partition(" of ")
    if of and head.split()[0].lower() == "the":
        return head
    words = role.split()
    owned = [i for i, word in enumerate(words) if word.endswith(("'s", "’s"))]
    if owned and words[0].lower() == "the" and owned[-1] < len(words) - 1:
        return " ".join(["the", *words[owned[-1] + 1 :]])
    return None


def _role_names(analysis: _Analysis, role: tuple[str, ...]) -> tuple[str, ...]:
    """The full names one paragraph gives with a role's title ("US President Donald
    Trump", "Donald Trump, the US president"), in order. They follow from the
    paragraph's text alone: kept on its analysis, which the versions of a story share."""
    if analysis.roles is None:
        analysis.roles = {}
    found = analysis.roles.get(role)
    if found is None:
        text = analysis.frame.text
        named: list[tuple[int, str]] = []
        if _may_name(text, _role_heads(role)):
            named += [(match.start(), match.group("name") or match.group("name2"))
                      for match in _role_pattern(role).finditer(text) if _fits(match, text, role)]
            named += _named_as(text, role)
        found = analysis.roles[role] = tuple(
            subject.name
            for _, run in sorted(named)
            for subject in [_read_person(run)]
            if subject is not None and len(subject.name.split()) >= 2
        )
    return found


def _named_as(text: str, role: tuple[str, ...]) -> list[tuple[int, str]]:
    """The names a paragraph gives a role with "as" or "became", and where: "Sharon
    Graham's first year as general secretary", "Jo Roe, who took over as mayor". The
    title is looked for first, the name in the few words before it."""
    found = []
    for match in _as_title_pattern(role).finditer(text):
        window = text[max(0, match.start() - _AS_REACH) : match.start()]
        named = _NAME_BEFORE_AS.search(window)
        if named is not None:
            found.append((match.start() - len(window) + named.start(1), named.group(1)))
    return found


#: How far before "as <title>" its name is looked for, in characters.
_AS_REACH = 100
# A name, then up to four words before "as": "Sharon Graham's first year ", "Jo Roe, who took over ".
_NAME_BEFORE_AS = LazyPattern(rf"({_NAME})(?:['’]s)?,?\s+(?:[\w'’]+\s+){{0,4}}?$")


@functools.lru_cache(maxsize=256)
def _as_title_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    """ "as", "became" or "becomes", then the role's words, each of them."""
    given = "".join(rf"(?i:{re.escape(w)})\s+" for w in words[:-1])
    return re.compile(rf"\b(?:as|became|becomes)\s+(?:the\s+)?{given}(?i:(?:{_head_alternation(words)}))\b")


# After the capitalised words read as a name, more of a title's field: "… and Tamil Culture".
_FIELD_GOES_ON = compile_pattern(r"\s+(?:and|&)\s+[A-Z]")
#: Words that make a title another one: the deputy director is not the director.
_RANKS = frozenset("deputy assistant acting vice associate interim under lieutenant lt. lt".split())


#: Words that carry a title on after it ("Rick Larsen, chairman of the aviation subcommittee").
_TITLE_GOES_ON = frozenset("of for at in with to from on and".split())
#: What may follow a role set after a name as its apposition: "Jo Roe, the mayor, said".
_APPOSITION_CLOSERS = frozenset(",.;:)–—-\"”’")


def _fits(match: "re.Match[str]", text: str, role: tuple[str, ...]) -> bool:
    """Does a title found with a name hold no qualifier a qualified role lacks? "FBI
    director Jim Dale" is not "the CIA director"; "Jim Dale, the former police chief"
    is not "the former fire chief"; any senator is "the senator". Before the name, the
    word before the title counts when it is capitalised (a sentence's first word
    aside); after it, every word between "the" and the title. A rank the role lacks
    makes another title: "Lt. Gov. Eleni Kounalakis" is not "the governor"."""
    own = {w.casefold() for w in role}
    if match.group("name") is not None and _FIELD_GOES_ON.match(text, match.end("name")):
        return False  # "Minister for Tamil Official Language and Tamil Culture": a field, no name
    if match.group("name") is not None:
        before = text[: match.start("head")].split()
        word = before[-1] if before else ""
        if word.casefold() in _RANKS and word.casefold() not in own:
            return False
        if len(role) == 1:
            return True  # "the senator": any senator's title the story gives
        # "Union Agriculture minister …" is "the Union minister"; "Minister for Information
        # …" is "the information minister": a qualifier among the capitalised words before
        # the title, or in what follows it.
        run = list(itertools.takewhile(lambda w: w[:1].isupper() and w[-1:].isalnum() and w not in ("The", "A", "An"),
                                       reversed(before[-3:])))
        given = {w.casefold() for w in run + (match.group("field") or "").split()}
        proper = {w.casefold() for w in role[:-1] if w[:1].isupper()}
        if proper:  # "the CIA director" is no FBI director: each proper qualifier is there, or none
            return proper <= given or not run
        return bool(given & own) or not run
    after = text[match.end() :].lstrip()
    if after and after[0] not in _APPOSITION_CLOSERS and after.split(None, 1)[0] not in _CUE_WORDS \
            and after.split(None, 1)[0] not in _TITLE_GOES_ON:
        # "…, who killed east Belfast man Richard Hicking, the judge again raised …": the
        # role opens the main clause after a relative one, no apposition to the name
        return False
    between = [w.casefold() for w in match.group("between").split()]
    if len(role) == 1:
        return not any(w in _RANKS for w in between)
    return all(w in own for w in between)


@functools.lru_cache(maxsize=256)
def _role_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    """A title before a name ("US President Donald Trump", "the city's police chief,
    Maria Lopez,") or after it as an apposition ("Donald Trump, the US president"),
    for a role's words."""
    qualifiers = "".join(rf"(?:(?i:{re.escape(w)})\s+)?" for w in words[:-1])
    apposed = r"(?P<between>(?:[\w'’.\-]+\s+){0,3}?)"
    head = f"(?:{_head_alternation(words)})"
    # "Minister for Foreign Affairs …", "Minister of Mines and Steel Development"
    field = r"[A-Z][\w'’\-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’\-]+){0,3}"
    # Made from the story's own words: not kept in the pattern cache between runs.
    return re.compile(
        rf"\b{qualifiers}(?P<head>(?i:{head}))(?:\s+(?:for|of)\s+(?P<field>{field}))?,?\s+"
        rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<name>{_NAME})"
        rf"|(?P<name2>{_NAME}),\s+(?:the\s+|a\s+)?{apposed}{head}\b"
    )


def _head_alternation(words: tuple[str, ...]) -> str:
    """The role's head and its abbreviations, escaped, as one alternation ("minister|min.")."""
    return "|".join(map(re.escape, (words[-1], *_ABBREVIATED.get(words[-1], ()))))


@functools.lru_cache(maxsize=256)
def _role_heads(words: tuple[str, ...]) -> list[str]:
    """The head words of _role_pattern(words), lower case: every match holds one."""
    return [head.lower() for head in (words[-1], *_ABBREVIATED.get(words[-1], ()))]


def _may_name(text: str, heads: list[str]) -> bool:
    """Can a role pattern with these heads match the text? Not unless it holds one in
    some case ("ı" and "ſ" match "i" and "s" in any case, though lower() keeps them)."""
    lower = text.lower()
    return any(head in lower for head in heads) or "ı" in text or "ſ" in text


#: Courtesy titles of other languages, written before a name ("M. Macron", "Mme Borne").
_COURTESY = frozenset("M. Mme Mmes MM. Mlle Me Pr Sr. Sra. Herr Frau".split())
#: The titles news writing abbreviates before a name ("Sen. Lindsey Graham").
_ABBREVIATED = {
    "senator": ("Sen.",), "representative": ("Rep.",), "governor": ("Gov.",), "general": ("Gen.",),
    "lieutenant": ("Lt.",), "colonel": ("Col.",), "sergeant": ("Sgt.",), "captain": ("Capt.",),
    "admiral": ("Adm.",), "professor": ("Prof.",), "detective": ("Det.",), "superintendent": ("Supt.",),
}


# A capitalised word that reads as a plural noun ("Schools", "Hospitals"; not "-ss", "-us",
# "-is"), or ends as common nouns do and names do not ("Inflation", "Floodwater").
_PLURAL = compile_pattern(r"[A-Z][a-z]+(?:[^sui\W]s|tion|sion|ment|ness|ity|ism|ship|hood|water|storm|quake)$")
_LOWER_WORD = compile_pattern(r"[a-z][a-z]+")
#: How far back a pronoun's antecedent is looked for, in sentences and paragraphs.
_SUBJECT_SENTENCES = 6
_SUBJECT_PARAGRAPHS = 5
_CUE_WORDS = frozenset("said says added adds told tells continued wrote writes according".split())


# "“…,” Mr. Roe said": a quotation and the subject of its attribution after it.
_QUOTE_THEN_SUBJECT = compile_pattern(_PLACEHOLDER + r"[.,!?]?\s+(?=[A-Z])")
# "Roe's", and the bare apostrophe after an s: "Mr Stephens' mother".
_POSSESSIVE = compile_pattern(r"['’](?:s\b|(?<=s['’])(?=\s))")
# ", he said." ", Ms. Roe added on Monday.": an attribution closing its sentence.
_CLOSING_CUE = compile_pattern(r",\s+((?:(?:[A-Z][\w.’'\-]*|[a-z]+)\s+){0,4}[A-Z][\w’'\-]*|he|she|He|She)\s+(?:said|says|added|adds)\b"
                          r"[^,]{0,40}$")
# ", says Jo Roe." / ", said Ms Roe on Thursday.": an inverted attribution that closes its
# sentence, and what may follow the name there.
_CLOSING_INVERTED = compile_pattern(r",\s+(?:said|says|added|adds)\s+(?=[A-Z])")
_SENTENCE_CLOSE = compile_pattern(
    r"\s*(?:(?:on\s+)?(?:" + "|".join(sorted(_DAYS)) + r")\s*)?[.!?]?\s*$")
# ", said Jo Roe": an attribution after the words it reports, the speaker after the verb.
_INVERTED_CUE = compile_pattern(r",\s+(?:said|says|added|adds|wrote|writes)\s+")


# "Parts of Tshwane, Ekurhuleni and …", "Many of …": a name inside the "of" phrase of a
# plural or a quantity that opens the subject, not the subject ("head of external
# communications at …, Saskia Konynenburg," is hers).
_OF_BEFORE = compile_pattern(r"(?:[A-Z]?[a-z]+s|[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Bb]oth|[Ss]everal)\s+of\s")
# "…, its senior official said.", "…, a spokeswoman told reporters.": a description of a
# person and the verb of saying that close a sentence.
_CLOSING_DESCRIBED = compile_pattern(
    r",\s+((?:its|his|her|their|an?|one|another)\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)\s+(?:said|says|added|adds|told)\b"
    r"[^,]{0,40}$"
)
# ", who added …", " who lives nearby": a relative clause after a description.
_RELATIVE_TAIL = compile_pattern(r",?\s+(?:who|whose)\b.*$")
# "another loyal customer said": a description of a person, then the verb of saying.
_DESCRIBED_THEN_CUE = compile_pattern(
    r"((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s+([a-z]+)\b"
)


#: Lower-case words that may follow a subject's name and are no nouns it qualifies.
_AFTER_NAME = frozenset("""and or of for from with who whose which that in on at to by as
    also later then once again himself herself themselves itself has have had""".split())


def _qualifies_noun(text: str, at: int) -> bool:
    """Is a name ending at ``at`` followed by a lower-case noun it qualifies ("Trump
    administration officials", "Republican strategist"), so that the sentence is about
    the noun's holder, not the name? The next word is lower case, no verb, no adverb and
    none of _AFTER_NAME. A verb the lexicon does not know ("paid") passes for such a
    noun: the caller asks it only when a later name can be the subject instead."""
    match = _NEXT_WORD.match(text, at)
    if match is None:
        return False
    word = match.group(1)
    return word not in _AFTER_NAME and not word.endswith("ly") and not _is_verb(word)


_NEXT_WORD = compile_pattern(r" ([a-z]+)\b(?![\-'’])")


def _without_conjunction(text: str) -> str:
    """"But a spokesperson" → "a spokesperson"."""
    first, _, rest = text.partition(" ")
    return rest if first.lower() in ("but", "and", "yet", "so") else text


def _only_titles(text: str) -> bool:
    """Is ``text`` one or more titles ("Mr.", "Gov. Dr.") and nothing else?"""
    words = text.split()
    return bool(words) and all(word.strip(",") in _TITLES and word not in _NAME_LIKE_TITLES for word in words)


def _qualified_title(text: str) -> bool:
    """Is ``text`` a title that capitalised words or a body qualify, and nothing else
    ("TTC spokesman", "White House press secretary", "police spokeswoman")?"""
    words = text.split()
    if not 1 < len(words) <= 5 or words[-1].lower() not in _TITLES and words[-1] not in _TITLES:
        return False
    return all(word[:1].isupper() or word.lower() in _TITLES or word in _POSTS or word == "press" for word in words[:-1])


#: Titles that also open names ("Con Edison"): taken for a title only where a name is known.
_NAME_LIKE_TITLES = frozenset({"Con", "Ch"})


#: Conjunctions that open a sentence before its subject or its adverbial.
_CONJUNCTION_STARTS = frozenset("but and yet so".split())


_PRONOUN_AFTER = compile_pattern(r",\s+(?:he|she)\s")
# A participle that opens a sentence, an adverb in -ly before it or not, and a word in
# lower case after it: "Fully expecting the", not "King Charles".
_OPENING_PARTICIPLE = compile_pattern(r"(?:[A-Z][a-z]+ly\s+)?[A-Za-z][a-z]+ing\s+[a-z]")
# "The " right before a capitalised run: the run qualifies a description, it names no one.
_THE_BEFORE = compile_pattern(r"(?<![\w'’])[Tt]he\s+$")
#: How far before a name _THE_BEFORE looks ("The" and the spaces after it).
_THE_REACH = 8
# "one current ", "a senior ": a determiner and up to two lower-case words before a name.
_DETERMINER_BEFORE = compile_pattern(r"(?<![\w'’])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){0,2}$")
#: How far before a name _DETERMINER_BEFORE looks.
_DETERMINER_REACH = 40


#: Participles that open a sentence with a question put to its subject, and conjunctions
#: that open a clause before it: the clause may quote words ("While acknowledging the
#: funding was a “good first step”, Premier Jo Roe said …").
_CLAUSE_MAY_QUOTE = _QUESTIONED | frozenset("while although though despite".split())


def _subject_offset(text: str) -> int | None:
    """Where the subject of a sentence starts: after leading adverbials ("In 2015,"),
    and after a quotation that opens it with its cue ("“…,” said X" → X). None for a
    sentence that starts with a quotation no attribution follows."""
    at = len(text) - len(text.lstrip())
    while True:
        rest = text[at:]
        if rest.startswith(_PLACEHOLDER):
            after = rest[1:].lstrip(" ,.;:!?–—-")
            at = len(text) - len(after)
            words = after.split(None, 1)
            if words and words[0] in _CUE_WORDS:
                at = len(text) - len(words[1]) if len(words) > 1 else len(text)
            continue
        first = rest.split(None, 1)[0].lower().rstrip(",") if rest.strip() else ""  # "However,"
        if first in _CONJUNCTION_STARTS and not rest.split(None, 1)[0].endswith(","):
            # "But Queensland Premier Ann Roe has come out fighting, saying …": the
            # conjunction, not a clause up to the comma ("But in 2015, Roe said")
            at += len(rest.split(None, 1)[0])
            at += len(text[at:]) - len(text[at:].lstrip())
            continue
        if first not in _ADVERBIAL_STARTS and rest.strip() and _participle_of_a_cue(rest.split(None, 1)[0].rstrip(",")):
            clause = rest[: rest.find(",")] if "," in rest else rest
            if any(word[:1].isupper() for word in clause.split()[1:]) or "," not in rest:
                # "Labelling Douglas Ross, … as behaving like Donald Trump …, the spokesperson
                # said": the names are the participle's object; where its clause ends is not read
                return None
            # "Welcoming the partnership, councillor Christina Black, …, said": a participle's
            # clause that names no one, set before the subject
            at += rest.find(",") + 1
            at += len(text[at:]) - len(text[at:].lstrip())
            continue
        comma = rest.find(",")
        if first in _ADVERBIAL_STARTS and 0 < comma < 240 and (_PLACEHOLDER not in rest[:comma] or first in _CLAUSE_MAY_QUOTE):
            # "Pressed on what he had done beyond “bumping their gums”, the spokesperson
            # said": a question put to the subject may quote words
            at += comma + 1
            at += len(text[at:]) - len(text[at:].lstrip())
            continue
        if first in ("a", "an") and 0 < comma < 80 and _PRONOUN_AFTER.match(rest, comma):
            # "A San Diego native, she had guessed …": a description set before its subject
            at += comma + 1
            at += len(text[at:]) - len(text[at:].lstrip())
            continue
        if _OPENING_PARTICIPLE.match(rest) and 0 < comma < 240 and _PLACEHOLDER not in rest[:comma] \
                and _PRONOUN_AFTER.match(rest, comma):
            # "Fully expecting the rise touted by Mayor Brown, he was shocked": a participle's
            # clause, whoever it names, before "he"
            at += comma + 1
            at += len(text[at:]) - len(text[at:].lstrip())
            continue
        return at if rest.strip() else None


# "As the defendant was found guilty, ": a clause that opens a sentence before its subject.
_OPENING_CLAUSE = compile_pattern(r"\s*(?:As|When|After|Once|While|Before)\s+((?:the|a|an)\s+[^,]+?),\s*$")
_OBJECT_PRONOUN = compile_pattern(r"\b(?:him|her|them)\b")


def _first_verb(text: str, at: int) -> int:
    """Where the main verb after ``at`` is: the first word known for a verb ("One
    motorcyclist, Surin Jaiharn, told AFP"), else the first lower-case word after the
    capitalised words that open the clause ("Netanyahu paid tribute"), a title and the
    word before it among them ("On Thursday, state prosecutor Maureen Barry read …")."""
    pos, first_lower = at, None
    words = text[at:].split()
    for i, word in enumerate(words):
        pos = text.index(word, pos)
        if _is_verb(word) or word[-1] in ".!?" and _is_verb(word[:-1]):  # "… another customer said."
            return pos
        if first_lower is None and word[:1].islower() and word not in _TITLES \
                and (i + 1 == len(words) or words[i + 1] not in _TITLES):
            first_lower = pos
        pos += len(word)
    return len(text) if first_lower is None else first_lower


def _resolve(attribution: _Attribution, para: int, frames: Sequence[_Frame],
             registry: _Registry) -> tuple[str | None, str | None]:
    """(speaker, description) of an attribution, names and pronouns resolved."""
    subject = attribution.subject
    if subject.kind == "person":
        if subject.name in _TITLE_SURNAMES:
            # "“…,” Pope said": Adam Pope's words where the story names him so; no one's
            # where it speaks of Pope Francis or the King
            return _full_name_with(registry, subject.name), None
        if " " not in subject.name and subject.description is None and not registry.shows_name(subject.name):
            if _is_group_head(subject.name.lower()):
                return subject.name.lower(), None  # "Regulators said", and no one is named Regulators
            return None, None  # "Hospitals said": a noun, no name
        return registry.canonical(subject.name, para), subject.description
    if subject.kind == "group":
        return subject.name, subject.description  # "officials": as the text words them
    if subject.kind == "org":
        named = registry.holder(subject.name, para)
        if named is not None:
            return named, subject.description or subject.name
        named = _profiled(subject.name, para, frames, registry)
        if named is not None:
            return named, subject.name
        named = _role_antecedent(subject.name, para, _sentence_start(frames[para], attribution.position), registry) \
            or _titled_so(subject.name, registry) or _described_as(subject.name, registry)
        if named is not None:
            return named, subject.name
        return registry.full_org(subject.name), subject.description
    sentence = _sentence_start(frames[para], attribution.position)
    if subject.name == "they":
        group = _main_clause(frames[para].text[sentence : attribution.position])[0]
        if group is not None and group.kind == "group":
            # "Falls firefighters said they saw “heavy fire”": the group its sentence opens with
            return group.name, None
    if subject.name == "another":
        # "“…,” one current Homeland Security official predicted." / "“…,” another warned.":
        # another of those the description before names
        before = registry.subject_before(para, sentence, attribution.position, named=False)
        words = before.name.split() if before is not None and _is_description(before.name) else []
        if len(words) > 1 and words[0].lower() in ("one", "a", "an"):
            return " ".join(["another", *words[1:]]), None
        return None, None
    found = None
    if subject.kind == "pronoun" and subject.name not in ("they",):
        found = registry.subject_before(para, sentence, attribution.position)
    elif subject.name == "they":
        found = _singular_they(registry, para, sentence)
        if found is not None:
            return registry.canonical(found.name, found.para), None
    if found is None and subject.kind == "org_pronoun" and subject.name != "it":
        found = _named_with_head(registry, subject.name, para, attribution.position)
    if found is None and subject.name == "it":
        found = _body_opening(registry, frames, para, sentence, attribution.position)
    if found is None:
        found = registry.salient(subject.kind, para, sentence, attribution.position)
        if found is not None and subject.name == "they":
            # "they" is no one person named before, but two named together ("Alec Smith
            # and Tammy Hansen were prepared for wind. … “…,” they said."), or a group a
            # capital opens ("Gardaí said …. They said …")
            if " " not in found.name and _is_group_head(found.name.lower()):
                return found.name, None
            return _pair_with(found, registry), None
    for _ in range(2):
        if found is None or subject.kind != "org_pronoun" or not _is_credit(frames[found.para].text):
            break
        found = registry.salient(subject.kind, found.para, 0, 0)  # a picture credit names no speaker
    if found is None:
        if subject.kind == "org_pronoun" and subject.name != "it":
            return subject.name, None  # "the company", named nowhere before: as the text names it
        return None, None
    if subject.kind == "org_pronoun":
        if subject.name != "it" and not _may_stand_for(subject.name, found, frames):
            return subject.name, None  # "the agency", and the body named last is no agency
        return found.name, None
    if _is_description(found.name):
        # "The president said …. “…,” he added": the president the story names, if it does.
        return _person_described(found, registry), None
    description = found.description if found.para == para else None
    return registry.canonical(found.name, found.para), description


def _singular_they(registry: _Registry, para: int, sentence: int) -> _Mention | None:
    """The one person "they" stands for, as some writing uses it of one person: the named
    subject of the sentence right before, where that sentence speaks of no people
    together ("Organizer Sam Rivera said the march would go ahead." / "“…,” they said"),
    else None."""
    before = [(p, s, e) for p in range(para, max(-1, para - 2), -1) for s, e in reversed(registry.sentences(p))
              if p < para or s < sentence]
    if not before:
        return None
    back, start, end = before[0]
    found = registry.sentence_subject(back, start, end)
    if not isinstance(found, _Mention) or _is_description(found.name):
        return None
    words = registry.frame_text(back)[start:end].split()
    if any(_is_group_head(w.strip(",.;:").lower()) or w.strip(",.;:").lower() in _PEOPLE_OF or w.lower() == "and"
           for w in words):
        return None  # "The party’s lawyers objected to …": people together may be "they"
    return found


# "Alec Smith and ", "and Tammy Hansen": a name of two to four capitalised words joined to
# another by "and".
_NAME_BEFORE_AND = compile_pattern(r"(?:^|(?<=\s))((?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+)\s+and\s+$")
_NAME_AFTER_AND = compile_pattern(r"\s+and\s+((?:[A-Z][\w'’\-]+\s+){1,3}?[A-Z][\w'’\-]+)(?=[\s,.;:]|$)")


def _pair_with(found: _Mention, registry: _Registry) -> str | None:
    """The two people named together with ``found`` ("Alec Smith and Tammy Hansen"), as
    "they" may stand for them, or None."""
    text = registry.frame_text(found.para)
    name = registry.canonical(found.name, found.para)
    before = _NAME_BEFORE_AND.search(text, 0, found.pos)
    if before is not None and _is_pair_name(before.group(1)):
        return f"{before.group(1)} and {name}"
    after = _NAME_AFTER_AND.match(text, found.pos + len(found.name))
    if after is not None and _is_pair_name(after.group(1)):
        return f"{name} and {after.group(1)}"
    return None


def _is_pair_name(words: str) -> bool:
    """Is a run of capitalised words a person's name, no title, place or body among them?"""
    subject = _read_person(words)
    return subject is not None and subject.name == words and subject.description is None


def _profiled(phrase: str, para: int, frames: Sequence[_Frame], registry: _Registry) -> str | None:
    """The person a paragraph-opening epithet stands for, as news writing profiles someone:
    "Andy Jackson, 47, from Macclesfield, has worked at the factory for 30 years." / "The
    logistics operator, who …, said: “…”". Only when the epithet opens its paragraph and
    names what someone does (not an office: "the officer", "the judge" may be anyone), and
    the paragraph before quotes no one, names one person only, and opens with them."""
    words = phrase.split()
    if not 2 <= len(words) <= 4 or words[0] != "The" or not all(w.islower() for w in words[1:]) \
            or not frames[para].text.startswith(phrase) or not para:
        return None
    head = words[-1].strip(",")
    if head in _TITLES or head in _PERSON_HEADS or not _is_person_noun(head):
        return None
    before = frames[para - 1]
    people = registry.people_in(para - 1)
    if before.places or not people or {m.name for m in people} != {people[0].name} or people[0].pos > 0:
        return None
    start, end = before.sentences[0]
    if _SUFFERED.search(before.text, start, end):
        return None  # "Mary Jones was killed when …" / "The driver said": someone else
    return registry.canonical(people[0].name, para - 1)


# What befalls someone, not what they do: the person so profiled is not the epithet's.
_SUFFERED = compile_pattern(
    r"\b(?:(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|hit|shot|hurt|found|struck|held|caught|left|run)"
    r"|died|dies)\b"
)


#: Heads of "the agency", "the ministry" that the name of such a body holds ("the Food
#: Standards Agency"): the body they stand for is one so named, not any named last.
_NAMED_HEADS = frozenset("agency ministry department office union league commission council committee force "
                         "authority".split())
#: The words a body's name holds for a head it is called by: "the force" is a police force.
_NAMED_AS = {"force": ("force", "police", "constabulary")}
#: How many paragraphs back a body named with the head is looked for.
_HEAD_PARAGRAPHS = 8
# ", the UN refugee agency": the words of an apposition after a body's name.
_APPOSED_HEAD = compile_pattern(r",\s+(?:the|an?)\s+((?:[\w.\-'’]+\s+){0,3}[\w\-]+)")


# A paragraph that credits a picture or the reporting: "Photograph: Jane Roe/Reuters",
# "(Reporting by Jane Roe; Editing by John Doe)".
_CREDIT_LINE = compile_pattern(
    r"\(?(?:Photo(?:graph)?s?|Pictures?|Images?|Credits?|Courtesy|Reporting|Additional\s+reporting"
    r"|Writing|Editing|Compiled)\b(?:[^:]{0,20}?:|\s+by\b)"
)


def _is_credit(text: str) -> bool:
    """Does a paragraph credit a picture or the reporting? It names no one who speaks."""
    return text[:1] in "(PICRAWE" and _CREDIT_LINE.match(text) is not None


def _named_with_head(registry: _Registry, phrase: str, para: int, pos: int) -> _Mention | None:
    """The nearest body before (para, pos) whose name holds the head of "the agency"
    ("the agency" → "the Food Standards Agency"), when the head is one such names hold."""
    head = phrase.split()[-1].lower()
    if head not in _NAMED_HEADS:
        return None
    named = _NAMED_AS.get(head, (head,))
    for back in range(para, max(-1, para - _HEAD_PARAGRAPHS), -1):
        text = registry.frame_text(back)
        for mention in reversed(registry.orgs_in(back)):
            if (back < para or mention.pos < pos) and (any(word in mention.name.lower().split() for word in named)
                                                         or _headed(text, mention, head)):
                return mention
    return None


def _body_opening(registry: _Registry, frames: Sequence[_Frame], para: int, sentence: int,
                  pos: int) -> _Mention | None:
    """The body "it" stands for when its own sentence, or the one before, opens with the
    body's head and a verb of saying ("The ministry said it is working …. “…,” it said";
    "The health authority says … what it called …"): the one named with that head (see
    _named_with_head), else the body as the text calls it; not the body named last ("…
    at TTSH, MOH said")."""
    frame = frames[para]
    k = next((i for i, (start, _) in enumerate(frame.sentences) if start == sentence), None)
    if k is None:
        return None
    openings = [(para, frame.text[sentence:pos])]
    if k:
        openings.append((para, frame.text[slice(*frame.sentences[k - 1])]))
    elif para and frames[para - 1].sentences and not frames[para - 1].places:
        openings.append((para - 1, frames[para - 1].text[slice(*frames[para - 1].sentences[-1])]))
    for where, text in openings:
        at = _subject_offset(text)
        opening = _BODY_OPENS.match(text, at) if at is not None else None
        verb = text[opening.end():].split(None, 1)[0].strip(",") if opening is not None else ""
        if opening is not None and verb in _CUE_WORDS:  # not "The council received a letter"
            phrase = "the" + opening.group(0)[3:]
            # the body as the text calls it where the story names none with its head
            return _named_with_head(registry, phrase, para, pos) or _Mention(where, 0, 0, phrase)
    return None


# "The ministry said", "The health authority says": a sentence that opens with a body's head.
_BODY_OPENS = compile_pattern(rf"[Tt]he\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(_NAMED_HEADS))})\b(?=\s+[a-z])")


def _headed(text: str, mention: _Mention, head: str) -> bool:
    """Does the text call a body by the head word next to its name ("the UN refugee
    agency UNHCR", "UNHCR, the UN refugee agency,")?"""
    before = text[max(0, mention.pos - 60) : mention.pos].split()[-3:]
    if head in before:
        return True
    after = _APPOSED_HEAD.match(text, mention.pos + len(mention.name))
    return after is not None and head in after.group(1).lower().split()


#: The last words of a place's name: no body that speaks.
_PLACE_HEADS = frozenset("park street road avenue square estate stadium airport bridge station parkway "
                         "lane drive highway motorway".split())


def _may_stand_for(phrase: str, found: _Mention, frames: Sequence[_Frame]) -> bool:
    """May "the agency" (the company, the group) stand for the body named last? Not
    when that body's name says it is another kind ("the agency" for "the Interior
    Ministry") or a place ("the firm" for "Dyffryn Business Park"), nor when it is named
    in a picture credit."""
    words = found.name.lower().split()
    head = phrase.split()[-1].lower()
    if head not in words and (any(word in _NAMED_HEADS for word in words) or words[-1] in _PLACE_HEADS):
        return False
    return not _is_credit(frames[found.para].text)
