"""French attribution, as French news writing sets it (Le Monde, AFP): the verb after
the quotation and the speaker after the verb (« … », a déclaré Gérald Darmanin; « … »,
estime Marie Lefèvre, avocate), the pronoun joined to an inverted verb (« … »,
a-t-il ajouté; « … », précise-t-elle), the verb before it (X a déclaré : « … »; X
estime que « … »), and selon X. Read only when the quotation's sentence holds one of
these verbs, which English text does not (see _HINT): the English readers are not asked
to read French, and French is not read where it is not written."""

from __future__ import annotations

from ..text.lazy import LazyPattern
from .attribution import _Attribution
from .frames import _PLACEHOLDER, _Frame, _placeholder_end, _sentence_at
from .names import _read_person, _read_subject, _Subject

#: Verbs of speaking in the present, third person singular and plural ("estime", "affirment").
_PRESENT = (
    "déclare|affirme|estime|explique|indique|ajoute|souligne|précise|assure|rappelle|juge|confie|raconte|"
    "dénonce|regrette|déplore|reconnaît|reconnait|prévient|martèle|répond|réplique|poursuit|conclut|insiste|"
    "avertit|plaide|résume|témoigne|commente|relève|écrit|annonce|lâche|glisse|fustige|salue|détaille|"
    "nuance|tweete|dit|s['’]insurge|s['’]inquiète|s['’]étonne|s['’]alarme|s['’]emporte|"
    "déclarent|affirment|estiment|expliquent|indiquent|ajoutent|soulignent|précisent|assurent|rappellent|"
    "jugent|dénoncent|regrettent|déplorent|reconnaissent|préviennent|répondent|poursuivent|concluent|"
    "insistent|avertissent|écrivent|annoncent|disent"
)
#: Their past participles, after "a", "ont", "avait" or an inverted "a-t-il".
_PARTICIPLE = (
    "déclaré|affirmé|estimé|expliqué|indiqué|ajouté|souligné|précisé|assuré|rappelé|jugé|confié|raconté|"
    "dénoncé|regretté|déploré|reconnu|prévenu|martelé|répondu|répliqué|poursuivi|conclu|insisté|averti|"
    "plaidé|résumé|témoigné|commenté|relevé|écrit|annoncé|lâché|glissé|fustigé|salué|détaillé|réagi|"
    "lancé|noté|tweeté|dit|fait\\s+savoir"
)
_AUXILIARY = r"(?:a|ont|avait|avaient|aurait|auraient)"
_VERB = rf"(?:{_AUXILIARY}\s+(?:(?:notamment|également|aussi|encore|ensuite|alors|déjà|toutefois)\s+)?(?:{_PARTICIPLE})|{_PRESENT})"
# An inverted verb with its pronoun: "a-t-il déclaré", "ajoute-t-elle", "dit-il", "ont-ils expliqué".
_INVERTED_PRONOUN = rf"(?:(?:a|avait)-t-(il|elle)|(?:ont|avaient)-(ils|elles))\s+(?:{_PARTICIPLE})\b" \
    rf"|(?:{_PRESENT})-(?:t-)?(il|elle|ils|elles)\b"

#: What a French legal text does to words it lays down: "le texte prévoit que « … »",
#: "l'article 2 dispose que « … »". Verbs of a text only: a person "prévoit" a trip.
_DOCUMENT_VERB = "prévoit|prévoient|dispose|disposent|stipule|stipulent|énonce|énoncent"
#: A French verb of speaking in a frame: the cheap test in front of the French readers.
_HINT = LazyPattern(rf"(?<![\w\-])(?:{_VERB}|{_INVERTED_PRONOUN}|{_DOCUMENT_VERB})(?![\w])"
                    r"|(?<![\w\-])(?:[Ss]elon|[Dd]['’]après)\s")
# A noun phrase to the end of its clause; the full stop of a title ("M. Macron") kept.
_PHRASE = r"(?:\b(?:M|MM|Mme|Mmes|Dr|Pr)\.|[^.;:!?])+"
# After the quotation: ", a déclaré X", ", estime X", ", a-t-il ajouté", ", selon X".
_AFTER = LazyPattern(
    rf"^[\s,.;:!?–—-]*(?:{_INVERTED_PRONOUN}|(?:{_VERB})\s+(?P<subject>{_PHRASE})|(?:selon|d['’]après)\s+(?P<source>{_PHRASE}))"
)
# Before it: "X a déclaré :", "X estime que", "selon X,", "Pour X,".
_BEFORE = LazyPattern(rf"(?<![\w\-])(?P<verb>{_VERB})(?P<rest>\s*(?:que\s+|qu['’]|:\s*)?[^{_PLACEHOLDER}]{{0,80}})$")
_SELON = LazyPattern(rf"(?:^|,\s*|\s)(?:[Ss]elon|[Dd]['’]après|^[Pp]our)\s+(?P<source>[^,{_PLACEHOLDER}]+(?:,[^,{_PLACEHOLDER}]+)?),")

# "Le texte prévoit que …", "l'article 2 de la loi dispose que …": a text and its verb,
# the quotation following in the same clause.
_DOCUMENT = LazyPattern(
    r"(?<![\w])(?P<doc>(?:[Ll]e|[Ll]a|[Ll]['’]|[Cc]e|[Cc]ette|[Uu]n|[Uu]ne)\s*(?:texte|projet\s+de\s+loi|"
    r"proposition\s+de\s+loi|loi|décret|arrêté|ordonnance|circulaire|règlement|amendement|article\s+\d+\w*)"
    rf"(?:\s+[^\s,;:{_PLACEHOLDER}]+){{0,4}}?)\s+(?P<verb>{_DOCUMENT_VERB})\s+(?:que\s+|qu['’]|:\s*)?"
    rf"[^,;{_PLACEHOLDER}]{{0,120}}$"
)
_PRONOUNS = {"il": "he", "elle": "she", "ils": "they", "elles": "they"}
#: Words of time and place that end an attribution: "a déclaré X lundi".
_TIME_WORDS = frozenset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui matin soir midi
    dernier dernière prochain""".split()
)
#: Titles before a French name: "M. Macron", "Mme Borne".
_FRENCH_TITLES = frozenset("M. Mme Mmes MM. Mlle Me Pr Dr".split())
#: Chunks that open a sentence before its subject: "Lundi,", "Dans un communiqué,".
_ADVERBIAL_OPENERS = frozenset(
    """dans lors après avant mais pourtant ainsi en au aux à de du par sur interrogé interrogée
    interrogés contacté contactée contactés or puis enfin cependant toutefois selon""".split()
) | _TIME_WORDS
_DETERMINERS = frozenset("le la les l un une des ce cette son sa ses leur leurs".split())


def _french_attribution(frame: _Frame, k: int) -> _Attribution | None:
    """The French attribution of quoted span k: after it, else before it in its sentence."""
    place = frame.places[k]
    start, end = _sentence_at(frame, place)
    sentence = frame.text[start:end]
    # The verb stands near the quotation: the cheap test looks there only.
    if _may_be_french(frame.text[max(start, place - _NEAR) : min(end, place + _NEAR)]) \
            and _HINT.search(sentence) is not None:
        return _read(frame, k, start, end)
    if frame.text[_placeholder_end(frame, k) : end].strip(" ,.;:!?–—-"):
        return None
    following = _following(frame, end)[:_NEAR]  # « … ». Dit-il.
    if not _may_be_french(following) or _HINT.search(following) is None:
        return None
    return _read(frame, k, start, end)


def _read(frame: _Frame, k: int, start: int, end: int) -> _Attribution | None:
    """The French attribution of span k, its sentence known to hold a French verb of speaking."""
    after = _after(frame, k, end)
    if after is not None and after.cue == "selon":
        # "X a déclaré : « … », selon l'AFP": X's words, relayed by the agency.
        before = _before(frame, k, start)
        if before is not None:
            return before._replace(reported_by=after.subject)
    return after or _before(frame, k, start) or _document(frame, k, start)


def _document(frame: _Frame, k: int, start: int) -> _Attribution | None:
    """A French text that lays the words down ("le texte prévoit que les services
    pourront « … »"): the text is the speaker, as the story names it."""
    match = _DOCUMENT.search(frame.text[start : frame.places[k]])
    if match is None:
        return None
    return _Attribution(_Subject(match.group("doc"), "org"), match.group("verb"), start + match.start("doc"))


#: How far from a quotation, in characters, the cheap test looks for a French verb.
_NEAR = 80


def _may_be_french(text: str) -> bool:
    """The test in front of _HINT, cheaper than it: every verb _HINT knows is written
    with an accent, joined to its pronoun ("dit-il"), or is one of a few words English
    does not use (_UNACCENTED)."""
    return not _ACCENTS.isdisjoint(text) or "-t-" in text or "-il" in text or "-elle" in text \
        or not _UNACCENTED.isdisjoint(text.replace(",", " ").split())


_ACCENTS = frozenset("éèêàâîôûçÉÈÀ")
#: The words of _HINT written without an accent.
_UNACCENTED = frozenset(
    """estime affirme explique indique ajoute souligne assure rappelle juge confie raconte regrette
    poursuit conclut insiste avertit plaide commente annonce glisse fustige salue nuance tweete dit
    disent affirment estiment expliquent indiquent ajoutent soulignent assurent rappellent jugent
    regrettent poursuivent concluent insistent avertissent annoncent selon Selon dispose disposent stipule
    stipulent""".split()
)


def _following(frame: _Frame, end: int) -> str:
    """The sentence after ``end``, when the quotation's own is nothing but it: « … ». Dit-il."""
    return frame.text[end : end + 200] if end < len(frame.text) else ""


def _after(frame: _Frame, k: int, end: int) -> _Attribution | None:
    at = _placeholder_end(frame, k)
    stop = frame.places[k + 1] if k + 1 < len(frame.places) and frame.places[k + 1] < end else end
    match = _AFTER.match(frame.text[at:stop])
    if match is None:
        return None
    pronoun = next((g for g in match.groups()[:3] if g), None)
    if pronoun is not None:
        cue = " ".join(match.group().strip(" ,.;:!?–—-").split())
        return _Attribution(_Subject(_PRONOUNS[pronoun], "pronoun"), cue, at + match.start())
    phrase = match.group("subject") or match.group("source")
    subject = _read_french(phrase)
    if subject is None:
        return None
    cue = "selon" if match.group("source") else " ".join(frame.text[at:at + match.start("subject")].strip(" ,.;:–—-").split())
    return _Attribution(subject, cue, at + match.start(match.lastgroup or 0))


def _before(frame: _Frame, k: int, start: int) -> _Attribution | None:
    left = frame.text[start : frame.places[k]]
    match = _BEFORE.search(left)
    if match is not None:
        head = left[: match.start()]
        if _PLACEHOLDER in head:
            head = head.rsplit(_PLACEHOLDER, 1)[1]
        subject = _read_french(_without_openers(head), before_verb=True)
        if subject is not None:
            return _Attribution(subject, " ".join(match.group("verb").split()), start + match.start())
    selon = _SELON.search(left)
    if selon is not None:
        subject = _read_french(selon.group("source"))
        if subject is not None:
            return _Attribution(subject, "selon", start + selon.start("source"))
    return None


def _without_openers(text: str) -> str:
    """The subject of a clause, leading adverbial chunks ("Lundi,", "Dans un communiqué,") left out."""
    chunks = [c.strip() for c in text.split(",")]
    while len(chunks) > 1 and chunks[0] and _first_word(chunks[0]) in _ADVERBIAL_OPENERS:
        chunks = chunks[1:]
    return ", ".join(c for c in chunks if c)


def _first_word(text: str) -> str:
    word = text.split(None, 1)[0].lower() if text.strip() else ""
    return word.split("'", 1)[0].split("’", 1)[0]


def _read_french(phrase: str, before_verb: bool = False) -> _Subject | None:
    """Who a French noun phrase names: a person by name (the description beside it
    kept), a pronoun ("il", "elle"), else the phrase as written ("le syndicat", "la
    préfecture") for a body or a role the story does not name."""
    chunks = [c.strip() for c in phrase.split(",") if c.strip()]
    chunks = [c for c in (_without_time(c) for c in chunks) if c]
    if not chunks:
        return None
    if before_verb and len(chunks[-1].split()) == 1 and chunks[-1].lower() in _PRONOUNS:
        return _Subject(_PRONOUNS[chunks[-1].lower()], "pronoun")
    for n, chunk in enumerate(chunks[:3]):
        words = [w for w in chunk.split() if w not in _FRENCH_TITLES]
        if not words:
            continue
        person = _read_person(" ".join(words))
        if person is not None and person.name == " ".join(words[-len(person.name.split()):]):
            others = [c for i, c in enumerate(chunks[:3]) if i != n and c[:1].islower()]
            description = person.description or (others[0] if others else None)
            return _Subject(person.name, "person", description)
    first = chunks[0]
    if _first_word(first) in _DETERMINERS and len(first.split()) <= 8:
        return _Subject(first, "org")
    named = _read_subject(first)
    return named if named is not None and named.kind == "org" else None


#: Prepositions that end a name's phrase: "Mme Borne à l'issue du conseil", "M. Dupont devant les députés".
_AFTER_NAME = frozenset("à au aux devant lors dans sur après pendant auprès avant en sur".split())


def _without_time(chunk: str) -> str:
    """"Gérald Darmanin lundi soir" → "Gérald Darmanin"; "Mme Borne à l'issue du conseil" → "Mme Borne"."""
    words = chunk.split()
    cut = next((i for i in range(1, len(words)) if words[i] in _AFTER_NAME and words[i - 1][:1].isupper()), None)
    if cut is not None:
        words = words[:cut]
    while words and words[-1].lower().strip(".") in _TIME_WORDS:
        words.pop()
    return " ".join(words)
