"""The word lists the quotation reader knows: attribution verbs (cues), titles, places,
organisation words, pronouns, adverbs. Word lists, not patterns: a word is looked up
in a set after a plain word pattern matches, since one big alternation per list would
be slow to compile at every start-up."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FINITE_CUES = _words(
    """said says say added adds told tells wrote writes asked replied stated explained
    explains noted notes argued argues warned warns insisted insists claimed claims
    declared declares tweeted posted announced acknowledged admitted urged continued
    recalled responded testified cautioned complained conceded stressed emphasized
    emphasised suggested countered predicted vowed promised pledged maintained contended
    lamented quipped joked called calls described dubbed branded signalled signaled
    admits instructed shouted yelled exclaimed remarked asks
    welcomed hailed dismissed condemned denounced slammed blasted labelled labeled termed
    praised criticised criticized
    clarified concluded observed asserted reiterated affirmed commented elaborated recounted
    retorted revealed reveals disclosed reflected mused exhorted exhorts exhort implored implores
    encouraged encourages
    describes reminded reminds blamed blames shared shares chanted
    replies responds echoed echoes concludes posed wondered
    acknowledges affirms announces asserts cautions complains continues emphasises
    emphasizes laments maintains muses observes predicts recalls recounts reflects reiterates
    retorts stresses suggests testifies tweets urges vows wonders quips jokes
    scoffed fumed snapped sighed laughed bragged pleaded begged demanded cried gushed raved
    whispered muttered mumbled barked growled hissed teased deadpanned enthused
    bawled bellowed boomed cackled croaked drawled groaned grumbled grunted hollered howled
    moaned murmured rasped roared screamed shrieked snarled spluttered stammered stuttered
    thundered wailed whimpered whined gasped sobbed chuckled
    blurted confessed confided mentioned proclaimed griped groused objected protested
    answered interjected reasoned reckoned speculated surmised opined rebutted
    alleged credited apologised apologized thanked informed"""
)
# Verbs that attribute words only right after them ("“…,” the statement read", "“…,”
# CNN reported"): before a quotation they are mostly other verbs ("the reported “deal”").
_AFTER_CUES = _words("read reads reported")
_PARTICIPLE_CUES = _words(
    """saying adding telling writing noting arguing warning citing calling describing
    stating insisting claiming explaining declaring urging tweeting posting terming shouting yelling
    blaming chanting
    acknowledging admitting announcing asserting cautioning complaining stressing suggesting
    predicting vowing pledging lamenting replying responding reiterating
    revealing emphasising emphasizing joking quipping branding labelling labeling dubbing
    praising criticising criticizing condemning denouncing"""
)
# Verbs whose object is the person told, not the words: "told CNN".
_OBJECT_CUES = _words("told tells telling asked informed")
_NOT_INVERTED = _words("told tells telling")
#: Verbs of saying in two words, a verb and its particle: "she pointed out", "Roe hit
#: back", matched as one word after a quotation (attribution._WORD_OR_PHRASAL) and in the
#: cue alternation. Not "went on": a match or a meeting goes on as often as a speaker.
_PHRASAL = frozenset((
    "pointed out", "points out", "pointing out", "hit back", "hits back", "hitting back",
    "shot back", "shoots back", "fired back", "spelled out", "spelt out", "summed up", "sums up",
))
#: Their alternation, longest first, for attribution._WORD_OR_PHRASAL.
_PHRASAL_CUES = "|".join(sorted(_PHRASAL, key=len, reverse=True))
# What attribution._WORD_OR_PHRASAL matches that is a cue: a cue verb, "according to" or a
# verb of saying in two words, so that telling a cue from another word is one look-up.
_CUES = _FINITE_CUES | _PARTICIPLE_CUES | {"according to", "According to"} | _PHRASAL
_AUXILIARIES = _words(
    """is are was were has have had will would could can may might should must did does
    do been being"""
)
_COMMON_VERBS = _words(
    """hinted confirmed signed issued released met unveiled decried condemned criticized
    criticised praised welcomed rejected denied defended accused spoke speaks went came
    took made gave pushed slammed blasted hailed offered agreed boasted sent filed
    published adopted passed urged hit"""
)
# Words ending in -ed that are mostly adjectives before a noun.
_ED_ADJECTIVES = _words(
    """alleged armed based called convicted detained deported elected retired united related
    proposed expected reported limited concerned interested experienced advanced skilled
    qualified supposed unprecedented appointed designated indicted jailed imprisoned
    married named undocumented displaced wounded injured killed embattled red murdered slain
    bereaved beloved celebrated renowned veteran acclaimed disgraced unnamed unidentified
    registered licensed certified trained talented gifted seasoned respected unemployed"""
)
_DOC_VERBS = _words("signed issued released published filed sent posted unveiled adopted passed")
_DOC_NOUNS = (
    "executive order|order|statement|report|memo|memorandum|letter|advisory|decree|ruling|"
    "indictment|filing|lawsuit|complaint|resolution|proclamation|bill|post|tweet|release|"
    "document|notice|guidance|opinion|decision|directive|declaration|study|survey|analysis|assessment|"
    "law|act|legislation|statute|treaty|charter|constitution|amendment|provision|clause|regulation|policy"
)
#: What a document does to words it holds: "the report found that …", "the lawsuit alleges".
_DOC_SPEECH = _words(
    """found finds concluded concludes alleges alleged states stated reads read showed shows noted
    notes warned warns charges charged claims claimed argues argued accuses accused described
    describes called calls recommended recommends declared declares said says added adds stressed
    acknowledged acknowledges asserts asserted contends contended cited cites"""
)
#: What a text lays down, when it is quoted with no verb of speaking: "the bill would
#: make it a crime to “…”", "the law requires agencies to “…”". After a modal in the
#: base form, else in the third person.
_DOC_PROVISIONS = _words(
    """make makes require requires ban bans bar bars allow allows prohibit prohibits forbid forbids
    permit permits give gives grant grants impose imposes mandate mandates direct directs oblige
    obliges compel compels authorize authorizes authorise authorises empower empowers define
    defines criminalize criminalizes criminalise criminalises punish punishes restrict restricts
    limit limits establish establishes create creates provide provides expand expands"""
)
#: Modals before a provision: "the bill would make", "the rule will require".
_DOC_MODALS = _words("would will could shall must")
#: Documents named with a capital: "the U.S. Constitution states", "the Patriot Act requires".
_DOC_NAMES = "Constitution|Act|Amendment|Charter|Treaty|Bill|Convention"
_PERSON_PRONOUNS = _words("he she they")
_ORG_PRONOUNS = frozenset({"it"}) | {
    f"the {noun}" for noun in _words(
        """group organization organisation company agency association league coalition campaign
        union firm ministry department office force party"""
    )
}
#: Head nouns that make "a/the …" phrase a speaker: bodies, offices, documents.
_SPEAKER_HEADS = _words(
    """group family families organization organisation department ministry agency office government administration
    spokesperson spokesman spokeswoman official police company union council committee court
    party campaign embassy coalition association league network board commission army military
    foundation institute university firm bank team federation authority newspaper outlet
    website statement order report advisory memo letter decree ruling lawsuit filing complaint
    resolution proclamation release post tweet document notice directive declaration study
    survey assessment bill indictment affidavit motion warrant petition transcript guidance
    analysis president minister secretary senator governor mayor spokesperson envoy
    head chief boss leader owner judge representative executive attorney relative taoiseach tánaiste
    trust charity source garda jury tribunal panel inquiry judgement judgment verdict"""
)
_DETERMINERS = _words("a an the this that its his her their")
#: Lower-case words for a post that stand between a body and a name ("Liverpool manager
#: Jurgen Klopp"), besides the titles: a noun, not the verb of the name before it.
_POSTS = _words("manager boss striker midfielder goalkeeper defender winger forward skipper player star teammate colleague")
#: Words that make a post of two: "head coach", "assistant manager", "deputy leader".
_POST_QUALIFIERS = _words("head assistant deputy acting interim former")
#: Adverbs that may stand between a subject and its verb: "The family also released", "He
#: also reiterated".
_ADVERBS_BEFORE_VERB = _words("also later then earlier since subsequently separately further again however though too")
_TITLES = _words(
    """Mr Mrs Ms Dr
    President Secretary State Minister Prime Vice Deputy Sen. Senator Rep. Representative Gov.
    Governor Mayor Judge Justice General Gen. Dr. Mr. Mrs. Ms. Miss Prof. Professor Chief
    Director Ambassador Envoy Chairman Chairwoman Chair CEO Pope King Queen Prince Princess
    Attorney Speaker Leader Commissioner Officer Sgt. Capt. Lt. Col. Adm. Rev. Sheikh Lord
    Lady Sir Dame Father Bishop Cardinal Chancellor Premier Treasurer Inspector Detective Agent
    Coach Captain Pastor Rabbi Imam Dean National Executive Founder Spokesman Spokeswoman
    Spokesperson Lawmaker Congressman Congresswoman Councilman Councilwoman Commander Marshal
    Det Supt Insp Ch Con PC DCI DI DS DSP ASP CSP SSP ACP DCP Datuk Datin Dato Seri Tunku Tengku Cllr Det. Supt. Insp. Cllr. Coun Coun. Sheriff Undersheriff Trooper
    Constable Superintendent Alderman Alderwoman Councillor Supervisor Magistrate Coroner
    Prosecutor Solicitor Barrister Sergeant Lieutenant Colonel Major Corporal Private Ranger
    sheriff trooper constable superintendent prosecutor spokeswoman
    president secretary minister senator governor mayor judge professor director ambassador
    envoy chairman chairwoman chief leader spokesman spokeswoman spokesperson lawyer attorney
    commissioner officer analyst scholar researcher expert economist activist advocate founder
    executive official strategist lawmaker candidate coach captain general host author
    premier chancellor treasurer councillor councilor councilman councilwoman alderman commander
    inspector detective Taoiseach Tánaiste Tanaiste TD taoiseach tánaiste manager ceo MP MSP MEP MLA
    skipper boss headteacher headmaster headmistress principal dean provost rector vicar bishop
    archbishop imam rabbi pastor priest coroner magistrate registrar sergeant marshal warden consul
    colonel lieutenant admiral chairperson editor publisher trustee legislator congressman
    congresswoman assemblyman assemblywoman solicitor barrister referee umpire goalkeeper quarterback"""
)
_PLACES = _words(
    """US U.S. USA U.S.A. UK U.K. EU U.N. UN America American Americans United States Latin North
    South East West Central Western Eastern Northern Southern Europe European Africa African
    Asia Asian Middle Pacific Atlantic Caribbean Hemisphere El Salvador Salvadoran Salvadorean
    Venezuela Venezuelan Mexico Mexican Colombia Colombian Guatemala Guatemalan Honduras Honduran
    Nicaragua Panama Cuba Cuban Brazil Brazilian Argentina Peru Chile Canada Canadian China
    Chinese Russia Russian Ukraine Ukrainian Israel Israeli Gaza Iran Iranian Iraq Syria Turkey
    Turkish India Indian Pakistan Japan Japanese Korea Korean Germany German France French
    Britain British England English Spain Spanish Italy Italian Poland Polish Washington
    Caracas Beijing Moscow London Paris Berlin Brussels Kyiv Jerusalem Texas California Florida
    New York City Kingdom Republic Alabama Alaska Arizona Arkansas Colorado Connecticut Delaware
    Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire
    Jersey Mexico Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Island Tennessee Utah
    Vermont Virginia Wisconsin Wyoming Scotland Wales Ireland Australia Zealand Egypt Libya
    Nigeria Kenya Ethiopia Sudan Yemen Lebanon Jordan Saudi Arabia Qatar Afghanistan Thailand
    Vietnam Indonesia Philippines Myanmar Taiwan Greece Sweden Norway Denmark Finland Netherlands
    Belgium Switzerland Austria Hungary Romania Portugal Tokyo Delhi Kabul Baghdad Damascus
    Tehran Cairo Seoul Bangkok Sydney Toronto Chicago Boston Dallas Seattle Atlanta Miami"""
)
#: Titles that are also surnames, after a first name ("Adam Pope", "John Major") or alone
#: once the story has given the full name ("“…,” Pope said").
#: Titles of courtesy, not of office (their full stop aside): "Dr Constable", "Mrs Bishop".
_HONORIFICS = _words("Mr Mrs Ms Miss Dr Prof Sir Lady Dame Lord")
_TITLE_SURNAMES = ("Pope", "King", "Major", "Judge", "Constable", "Bishop", "Dean")
#: Places (and a month) that are also surnames: after a first name, a name ("Kenny
#: Washington", "Michael Jordan", "Theresa May").
_SURNAME_PLACES = _words(
    "Washington Jordan Georgia Virginia Carolina Dallas Paris London Sydney Israel Dakota Montana Indiana English May"
    # titles that are also surnames: "Adam Pope", "John Major", "Martin Luther King"
    " " + " ".join(_TITLE_SURNAMES) + " French Welsh Irish Holland"
)
#: Places that are also first names: after a title, a person's ("executive director Jordan
#: Williams", "Minister Israel Katz"); elsewhere the place ("Jordan Times", "Georgia Tech").
_FORENAME_PLACES = _words("Jordan Georgia Virginia Carolina Dallas Paris Sydney Israel Dakota Montana Indiana Austin Chad "
                          "France")
_FUNCTION_WORDS = _words(
    """The A An In On At But And Or This That These Those It Its He She They We I You His Her
    Their Our As After Before When While If For From With By To Of Under Over Ahead Speaking
    According Asked Earlier Later Meanwhile However Still Yet Also So Some Many Most Both One
    Two Three No Not Then There Here What Who Why How Where Which Even Only Just Since During
    Despite Although Though Following Last Next First Having Being
    Selon Pour Dans Lors Après Avant Mais Pourtant Ainsi"""
)
_CALENDAR = _words(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Jan. Feb. Aug. Sept. Oct. Nov. Dec.
    Christmas Easter Thanksgiving Hanukkah Diwali Ramadan Eid Passover Halloween Hogmanay"""
)
_ORG_WORDS = _words(
    """Department Ministry House Court Congress Senate Party Front League Group Association
    International Council Committee University College Institute Foundation Agency Office
    Administration Inc. Corp. Company Co. Bank Union Organization Organisation Commission Church
    Army Police Force Forces Network News Times Post Press Journal Watch Nations Board Campaign
    Coalition Alliance Federation Center Centre Service Services Authority Government Embassy
    Assembly Parliament Cabinet Club Team Bureau Media Airlines Holdings Fund Council Reuters
    CNN AP AFP BBC Pentagon Kremlin Command Centcom Eucom Africom Southcom Northcom Indopacom
    Ministry Directorate Corps Guard Brigade Regiment
    Gael Fáil Fail Féin Fein Dáil Dail Seanad Oireachtas Knesset Bundestag Duma Sabha Likud
    FC AFC Villa Rovers Wanderers Athletic Albion Hotspur Ham Palace Rangers Celtic
    Terminal Airport Station Market Hospital Clinic Square Park Street Avenue Road Bridge Port
    Harbor Harbour Hall Stadium Museum Library School Academy Prison Mall Plaza Tower Yard Constabulary"""
)
#: News outlets and platforms: named as a channel ("told CNN"), rarely the speaker.
#: Words a title leaves in lower case: "A Summer in the City", "Biden Calls on Congress".
_TITLE_SMALL_WORDS = _words("a an the of in on at for and or to with from by but nor as")
_MEDIA = _words("CNN AP AFP BBC Reuters X Twitter Facebook Instagram Telegram")
#: Plural nouns that open sentences: "Officials said" names nobody.
_GROUP_NOUNS = _words(
    """Officials Critics Residents Protesters Experts Analysts Authorities Police Witnesses
    Prosecutors Investigators Lawmakers Democrats Republicans Activists Doctors Researchers
    Scientists Economists Observers Supporters Opponents Voters Workers Parents Students
    Teachers Families Officers Soldiers Rescuers Organizers Neighbors Relatives Diplomats
    Sources Leaders Members Others Many Several Locals Migrants Deportees Rights"""
)
#: Plural nouns for people who speak together, unnamed: "officials said", "residents told
#: the BBC". Lower case; a speaker as the text words it (see names._read_group).
_GROUP_HEADS = _words(
    """officials authorities police residents witnesses investigators prosecutors rescuers
    firefighters doctors medics paramedics sources diplomats analysts experts critics activists
    protesters protestors demonstrators organizers organisers villagers neighbours neighbors
    relatives lawmakers legislators researchers scientists economists observers supporters
    opponents voters workers employees parents students teachers families officers soldiers
    troops volunteers campaigners locals survivors farmers traders leaders aides advisers
    advisors representatives executives engineers gardai gardaí parties"""
)
#: Plural nouns for people who speak for, or about, someone named after "of" or "for"
#: ("relatives of Sara Zelenak", "lawyers for Mr Smith"): they speak, not the one named.
_PEOPLE_OF = _GROUP_HEADS | _words(
    """lawyers attorneys solicitors friends children sons daughters brothers sisters siblings
    colleagues fans allies aides spokespeople spokesmen spokeswomen members"""
)
#: Lower-case words that may qualify a group ("senior officials", "local residents").
_GROUP_QUALIFIERS = _words(
    """local senior federal state city county municipal regional provincial national government
    health security police military intelligence defense defence election emergency fire rescue
    hospital school company party administration other some many several two three four five
    six seven eight nine ten dozens hundreds both top former current foreign law enforcement
    public medical court prison airport border immigration customs ministry department agency
    union industry opposition western american european us u.s. un eu the
    farmer farmers farm community student religious tribal village business trade civic
    planning housing transport education council"""
)
# A capitalised word ending like a job ("Prosecutor", "Biologist", "Organizer") before a
# first and last name is taken for a title.
_ROLE_SUFFIXES = ("or", "er", "ist", "ian", "ant", "ent", "man", "woman", "ess")
#: Parties and their members, which stand before a name as a title does ("the Liberal Matt
#: Kean", "Labour Jo Roe") and are no part of it. Not "Tory", a surname too (John Tory).
_PARTIES = _words("Liberal Labour Conservative Democrat Republican")
_NOT_NAMES = _MEDIA | _GROUP_NOUNS | _TITLES | _PLACES | _FUNCTION_WORDS | _CALENDAR | _ORG_WORDS | _PARTIES
_PARTICLES = _words("de del della di da dos das du la le van von der den bin al ibn y ter ten zu")
#: Lower-case prefixes joined to a name by a hyphen: "al-Assad", "el-Sisi".
_NAME_PREFIXES = _words("al el ad ash as at az bin ibn abu")
#: Participles that open a sentence with a question put to its subject ("Pressed on …,").
_QUESTIONED = _words("asked pressed questioned challenged quizzed")
_ADVERBIAL_STARTS = _words(
    """on in at after before during following ahead since speaking asked earlier later meanwhile
    however still yet but and separately also last this despite while when as if although
    though for from with without under over by until instead moreover today yesterday then now
    so thus elsewhere overall again speaking writing testifying responding referring addressing appearing
    commenting reacting citing noting pointing talking announcing explaining describing
    standing arriving returning visiting rather unlike amid amidst pressed questioned challenged quizzed"""
)
_TRAILING_ADVERBS = _words(
    """also later previously then once again publicly recently reportedly repeatedly earlier
    separately further simply only just first has have had would will already privately
    openly angrily bluntly flatly quickly subsequently today yesterday"""
)
#: Words ending in -ly that are no adverbs: a subject may end with them ("Doe's family said").
_LY_NOUNS = _words("family assembly ally rally supply reply anomaly monopoly homily butterfly belly bully")
#: The days of the week, which close no name ("says Najib Tun Razak Thursday").
_WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_DAYS = _WEEKDAYS | {"today", "yesterday"}
_CONNECTORS = _words("of for and de & the")
_NOT_DESCRIPTIONS = _words("who whose which in on at speaking and but")
#: The words for a party's member, as epithets use them ("the NSW Liberal").
_PARTY_MEMBERS = _words("Liberal Democrat Republican Tory Labourite Nationalist")
#: The words for someone from a country, as epithets use them ("the Scot", "the Spaniard").
_DEMONYMS = _words(
    """Scot Scotsman Englishman Welshman Irishman Briton Australian American Canadian
    Spaniard Frenchman Italian German Dutchman Swede Swiss Argentine Argentinian Brazilian Serb Croat
    Russian Ukrainian Pole Japanese Chinese Indian Kenyan Nigerian Belgian Austrian Norwegian Dane Finn
    Portuguese Mexican Colombian Chilean Uruguayan"""
)
#: Plain nouns for a person a story does not name, as the one who speaks ("“Give me a
#: ticket for what?” the man says").
_PLAIN_SPEAKERS = _words("man woman boy girl person") | _words(
    """friend cousin mother father brother sister daughter son wife husband uncle aunt niece
    nephew grandmother grandfather grandson granddaughter widow widower fiancee fiancée
    parent sibling mum dad classmate teammate acquaintance"""
)
