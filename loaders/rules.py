"""The relation rules: one entry per phrasing of an assignment, membership, mandate or vacancy.

Each :class:`Rule` names its kind, the trigger words a sentence must contain for the rule to be
tried, and either a pattern whose named groups fill the rule's slots (``who``, ``task``, ``group``,
``role``, ``old``, ``from``, ``to``, ``giver``) or the name of a handler in
:mod:`loaders.relations` for phrasings whose reading needs context (who gave a task, a body
created by its composition). Every rule carries ``examples`` (text -> the facts it must yield)
and ``counter_examples`` (text -> no fact of its kind); ``tests/loaders/test_rules.py`` runs
them all. Adding a phrasing is adding an entry here.

The triggers of all rules are compiled into one :class:`Prefilter`, so a sentence meets only
the rules whose words it contains.

Facts in examples are tuples:
``("assignment", [assignee, ...], task_start)``, ``("membership", person, group, change)``,
``("mandate", from_body, to_body, kind)``, ``("vacancy", role)``.

>>> "reports_to" in [r.name for r in rules_for("Arbetsgruppen rapporterar till styrgruppen.")]
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from samverkan.loaders.names import PARTICLES_BEFORE

KINDS = ("assignment", "membership", "mandate", "vacancy")


@dataclass(frozen=True)
class Example:
    """A text and the facts a rule must read from it. ``decision`` puts the text in a decision
    of the body that met instead of the running text; ``roster`` lists who attended (names with
    the initials later text uses)."""

    text: str
    facts: tuple = ()
    body: str = "Samverkansgrupp äldre"
    decision: bool = False
    roster: tuple[str, ...] = ()
    title: str = "Ärende"            # the item's title, where the phrasing leans on it


@dataclass(frozen=True)
class Rule:
    """One phrasing. ``exclusive``: once it has read a sentence, the rules after it are not tried."""

    name: str
    kind: str
    triggers: tuple[str, ...]
    pattern: str | None = None
    handler: str | None = None
    exclusive: bool = True
    decision_only: bool = False
    narrative_only: bool = False
    mandate: str | None = None       # kind of mandate a mandate rule states
    change: str | None = None        # change a membership rule states
    role: str | None = None          # role when the phrasing implies one
    examples: tuple[Example, ...] = ()
    counter_examples: tuple[str, ...] = ()

    def __post_init__(self):
        assert self.kind in KINDS, self.kind
        assert (self.pattern is None) != (self.handler is None), self.name

    @cached_property
    def regex(self) -> re.Pattern | None:
        """The pattern compiled when a sentence first holds the rule's trigger words: a load meets a
        fraction of the phrasings, and compiling them all made up a sixth of every process's start."""
        return None if self.pattern is None else re.compile(self.pattern)


# --------------------------------------------------------------------------- vocabulary

# a body, then a relative clause preparing matters for another: "…, som bereder den åt PSO" (the body not across "av",
# "till": "Frågan bereds av LVO, som …" names LVO)
_PREPARES_FOR_RELATIVE = (r"(?:^|\b(?:av|till|åt|från|med|i)\s+)(?P<from>[A-ZÅÄÖ](?:(?!\s(?:av|till|åt|från|med)\s)[^.;:,()]){1,80}?)"
                          r"(?:\s+\([A-ZÅÄÖ]{2,8}\))?,\s+som\s+bereder\s+(?:den|dem|det|frågan|frågorna|ärenden|ärendena|"
                          r"[a-zåäö]*frågor)\s+(?:åt|för)\s+(?P<to>[A-ZÅÄÖ][^.;,:]+?)"
                          r"(?=\s+(?:och|samt|inför|i|den|på)\b|\s*[,.;:]|\s*$)")


# Bodies and collectives as sentence subjects: validated by the reader, here only the shape.
_WHO = r"(?P<who>[A-ZÅÄÖ][^.;:]{0,120}?)"
_GROUP_REF = r"(?P<group>(?:[Gg]ruppen|[\wåäöÅÄÖ-]*(?:grupp|gruppen|rådet|råd|nämnden|teamet|beredningen)\b[^.;,]{0,60}?))"
_HUVUDMAN = r"(?:[Rr]egion\s+[A-ZÅÄÖ][\wåäö]+|[Rr]egionen|[A-ZÅÄÖ][\wåäö]+s?\s+kommun|[Kk]ommunerna)"
# when a body did something, told between its name and its verb: "i oktober", "den 16 oktober", "2026-10-16"
_WHEN_BEFORE = (r"(?:i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|höstas|"
                r"våras|somras|vintras)|den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|tidigare|redan)")
# "för tiden till och med …", "från och med …", "t.o.m. …": when, not where
# "ersätts av", "efterträds av", "kommer att ersättas av": the successor follows
# ("ersätts tills vidare av", "ersätts tillfälligt av": a stand-in for now is the successor all the same)
# ("ersätts i rådet av": the seat in the body that met, named by its kind between the verb and "av")
_REPLACED_BY = (r"(?:ersätts|efterträds|(?:kommer\s+att|ska)\s+(?:ersättas|efterträdas))"
                r"(?:\s+i\s+(?:rådet|gruppen|nätverket|teamet|forumet|beredningen|nämnden|styrelsen|[a-zåäö]+gruppen))?"
                # ("ersätts från mars av", "ersätts fr.o.m. 1 april av": from when, between the verb and "av")
                r"(?:\s+(?:tills\s+vidare|tillfälligt|under\s+tiden|så\s+länge|(?:från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?)\s+"
                r"(?:den\s+)?(?:\d{1,2}\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                r"årsskiftet|nästa\s+möte|\d{4}-\d{2}-\d{2})(?:\s+\d{4})?))?\s+av\s+"
                # "… av sin kollega Lina Ek": the successor after who she is to the one leaving
                r"(?:(?:sin|sina|hans|hennes|hens|dennes)\s+(?:kollega|kollegor|medarbetare|ställföreträdare|biträdande)\s+(?=[A-ZÅÄÖ]))?")
# (or when the seat is held: "… till vice sammankallande när Elin är borta", "… vid ordförandens frånvaro")
_UNTIL = (r"(?:,?\s+(?:för\s+tiden|för\s+(?:återstoden|resten)\s+av|till\s+och\s+med|från\s+och\s+med|t\.\s?o\.\s?m\.?|"
          r"fr\.?\s?o\.?\s?m\.?|under|från|efter\s+valet|när|vid\s+(?:förfall|frånvaro)|vid\s+[a-zåäö]+s\s+(?:förfall|frånvaro)|"
          r"i\s+[a-zåäö]+s\s+frånvaro)\b[^;]*)?")
# a person's title between commas after the name, with the huvudman or unit after it: "HR-strateg i Åby kommun",
# "enhetschef för hemsjukvården", "verksamhetschef vid Region Ås" (words in lower case, or a huvudman's name)
_TITLE_APPOSITION = (r"[A-ZÅÄÖa-zåäö][\wåäö-]*(?:\s+(?:[a-zåäö][\wåäö-]*|[A-ZÅÄÖ][\wåäö-]*(?=\s+kommun\b)|"
                     r"Region\s+[A-ZÅÄÖ][\wåäö-]+)){0,6}")
_PARTY = r"(?:\s+\([^()]{1,12}\))?"  # a party tag after a name: "(S)", "(KD)"
# (a surname may open with its particles: "Per de Geer", "Eva van der Berg")
_NAME = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+" + PARTICLES_BEFORE + r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}"
# ("repr": a hurried secretary's representant)
_ROLE = r"(?P<role>(?:vice\s+)?(?:ordförande|ledamot|ledamöter|ersättare|representanter|representant|repr\.?(?=\s)|kontaktperson|ombud|sammankallande|sekreterare|[\wåäö-]*(?:ledare|samordnare)))"
# Present-tense verbs that give a task when a person, a body or the kommuner is their subject
# ("MÖ kollar med MAS …", "EL skickar ut …"); reporting verbs (berättar, informerar om,
# presenterar, påminner) are not here.
TASK_VERBS = (
    "kollar", "kontrollerar", "mejlar", "mailar", "skriver", "uppdaterar", "meddelar", "inventerar",
    # hurried notes' word for arranging something: "Ali fixar lathund till handläggarna", "Maja fixar datum för
    # mötet" (not "fixar inte", "fixar sig": what did or did not work)
    "fixar(?!\\s+(?:inte|sig|det\\s+inte)\\b)",
    # going through something to report on it later: "ASR och LH går igenom avvikelserna och redovisar åtgärder på
    # nästa möte" (not "AS går igenom statistiken": presenting it at the meeting)
    # (or by a week: "… går igenom ärendena och tar fram vad som behövs, till v. 12")
    "går\\s+igenom(?=[^.;]*\\b(?:nästa\\s+möte|senast|före|inför|till\\s+nästa|tills?\\s+(?:den\\s+)?\\d|till\\s+(?:v\\.|v|vecka)\\s?\\d))",
    # keeping the others told: "RL håller gruppen informerad om bytet", "Eva håller nätverket uppdaterat"
    "håller(?=\\s+(?:[a-zåäö]+\\s+){0,3}(?:informerad|informerade|informerat|uppdaterad|uppdaterade|uppdaterat)\\b)",
    # mapping something out: "A, B och hemsjukvården kartlägger var samtalet dokumenteras"
    "kartlägger",
    # finding something out: "Nadia tar reda på orsaken och återkommer till nästa möte"
    "tar\\s+reda\\s+på",
    # describing something to hand in by a day: "Forsby kommun … beskriver hur nyckelöverlämningen går till och skickar
    # beskrivningen till sammankallande senast 1 mars" (not "Eva beskriver läget": told at the meeting)
    "beskriver(?=[^.;]*\\b(?:senast|före\\s+(?:nästa|den|\\d)|till\\s+nästa\\s+möte|och\\s+(?:skickar|lämnar|mejlar)))",
    # bringing a matter up at another body's meeting: "Eva för fram frågan på styrgruppens möte 3/11", "… för fram
    # frågan där" (after the body it goes to)
    "för\\s+fram(?=\\s[^.;]*?(?:\\b(?:på|vid|inför)\\s+[^.;]*?(?:möte|mötet|sammanträde|sammanträdet)\\b|\\sdär\\b))",
    # presenting a matter at another body's meeting to come: "Gustav föredrar ärendena för LVO", "A och B föredrar
    # rapporten vid samrådsorganets möte 2027-10-14" (not "Eva föredrar ärendet": presenting it here)
    # (or for a body on a day to come: "Mira föredrar rapporten för folkhälsorådet 22 april")
    # (or at a samråd above it, or a body by its acronym: "Sofia föredrar överenskommelsen vid samrådet", "… inför PSVO")
    "föredrar(?=[^.;]*\\b(?:(?:vid|på|inför)\\s+[^.;]*?(?:möte|mötet|sammanträde|sammanträdet)\\b|för\\s+[A-ZÅÄÖ]{2,}\\b|"
    "(?:vid|på|inför)\\s+(?:[a-zåäö-]*samrådet|[A-ZÅÄÖ]{3,})\\b|"
    "för\\s+[\\wåäö-]*(?:rådet|gruppen|nämnden|styrelsen|utskottet|nätverket|beredningen)\\s+(?:den\\s+)?\\d{1,2}\\s+[a-zåä]{3,}))",
    # raising a matter with someone named: "Per tar det med Ekholmas socialchef", "Eva tar frågan med Per Lind"
    "tar\\s+(?:det|den|frågan|saken|ärendet)\\s+med(?=\\s+[A-ZÅÄÖ])",
    # raising it with one's own superiors: "Jenny tar frågan med sin chef", "Lisa tar frågan om listorna med sin chef"
    # ("AS tar frågan m. sin chef": "med" shortened, its dot left to the task)
    "tar\\s+(?:det|den|frågan|saken|ärendet)(?:\\s+om\\s+[^.;,]{1,60}?)?\\s+(?:med|m(?=\\.))(?=\\.?\\s+(?:sin|sina|sitt)\\s+(?:[a-zåäö-]*chef(?:er|en)?|"
    "ledning|ledningsgrupp|kollegor|förvaltning|nämnd|styrelse|huvudman|verksamhet|organisation)\\b)",
    # reading a text through before it goes on: "Ronja granskar den medicinska delen" (not "Revisionen granskar
    # nämndens verksamhet": the standing work of auditors)
    "granskar(?=\\s+(?:den|det|de|texten|utkastet|förslaget|rapporten|underlaget|avsnittet|kapitlet)\\b)",
    # gathering material for someone: "TW samlar hemtjänstens exempel och skickar dem till ASR", "samlar in underlag"
    # (figures and views by what they are: "DK samlar besöksstatistik från kvällsöppet till majmötet")
    "samlar(?:\\s+in)?(?=\\s+(?:[a-zåäö]+s\\s+)?[a-zåäö]*(?:na|erna|arna|en|et|underlag|uppgifter|exempel|statistik|"
    "data|siffror|synpunkter|kommentarer|erfarenheter|material)\\b)",
    # reading to give a view: "EB läser igenom förslaget till nästa möte", "AS och JM läser och kommenterar utkastet"
    "läser\\s+igenom", "läser\\s+och\\s+kommenterar",
    "kommenterar(?=\\s+(?:utkastet|förslaget|texten|dokumentet|rapporten|underlaget)\\b)",
    # not what a member declares or wishes at the meeting: "anmäler reservation", "anmäler jäv", "anmäler intresse
    # för konferensen"
    # (nor what is reported to the body at the meeting: "Kommundirektör Eva Ek anmäler delegationsbeslut för …")
    "anmäler(?!\\s+(?:intresse|reservation|jäv|protokollsanteckning|avvikande|särskilt\\s+yttrande|delegationsbeslut|"
    "meddelanden|inkomna|delegerade))", "bokar", "ringer",
    # putting a programme, plan or text together: "Malin sätter ihop ett förslag till mötesplan"
    "sätter\\s+ihop",
    # material to bring to the work: "Kommunerna bidrar med uppgifter om demensboenden" (not a share of a cost:
    # "bidrar med 50 procent")
    "bidrar\\s+med(?=\\s+(?:uppgifter|underlag|statistik|exempel|material|synpunkter|erfarenheter|kunskap)\\b)",
    # calling the next meeting in another's stead: "Ali sammankallar i Carinas ställe"
    "sammankallar(?=\\s+(?:i\\s+[A-ZÅÄÖ][\\wåäö-]+s\\s+ställe|till\\s+nästa|nästa\\s+möte))", "ordnar", "bevakar", "hör\\s+av\\s+sig", "pratar\\s+med",
    # asking someone named for something: "KW frågar hälsocentralen om två representanter" (not "frågar om …",
    # "frågar hur …": a question at the meeting)
    "frågar(?=\\s+[a-zåäö]+(?:en|et|na|erna|arna)\\s)",
    # hosting the next meeting: "Sofia står värd och bokar lokal"; changes written into a document: "Fatima för in
    # ändringarna och skickar planen …"
    "står\\s+värd", "för\\s+in(?=\\s)",
    # a confirmation owed to someone: "Eva och Per bekräftar detta skriftligt till Ida" (not "bekräftar att …", what
    # someone confirmed at the meeting)
    "bekräftar(?!\\s+att\\b)(?=[^.;]*\\b(?:skriftligt|till\\s+[A-ZÅÄÖ]))",
    # an answer promised to someone by a day: "Karin svarar honom före jul att vi klarar oss" (not "svarar på
    # frågor", "svarar att …": answering at the meeting)
    "svarar(?=\\s+(?:honom|henne|dem|[A-ZÅÄÖ][\\wåäö-]+)\\s+(?:före|senast|innan|i\\s+morgon|under\\s+(?:veckan|dagen)|till\\s+nästa)\\b)",
    # a part of a text to come: "Lisa bidrar med rehabdelen" (not "bidrar med sin erfarenhet")
    "bidrar\\s+med(?=\\s+[\\wåäö-]+(?:delen|avsnittet|kapitlet)\\b)",
    # handing a piece of work on: "HG lämnar utkastet till styrgruppen 4/12" (not "lämnar gruppen"); making one:
    # "AR och LK gör en mall för kartläggningen"
    "lämnar(?=\\s+(?:[a-zåäö]+\\s+){1,3}till\\s)",
    "gör\\s+(?:en|ett)(?=\\s+(?:ny\\s+)?(?:mall|sammanställning|plan|utkast|förslag|enkät|lista|översikt|kartläggning|"
    "beskrivning|rutin|analys|presentation|schema|tidplan|checklista|blankett|instruktion|sammanfattning)\\b)",
    # making a proposal or a piece of work by its noun: "HJ och MST gör programförslag till nästa träff", "Ingrid och
    # Elsa gör storyboarden för Lillnäset" (not "gör det bra", "gör ett bra jobb")
    "gör(?=\\s+(?:[a-zåäö]*förslag(?:et)?|[a-zåäö]{4,}(?:en|et|na))\\s+(?:för|till)\\s)",
    # keeping a record for the work: "Filip för statistik över missade samtal" (not "för fram", "för in")
    "för(?=\\s+(?:statistik|logg|loggbok|lista|listor|register|anteckningar)\\b)",
    # a schedule laid: "Mats och Sebastian lägger schemat"
    "lägger(?=\\s+(?:ett\\s+)?(?:schema|schemat|upplägg|upplägget)\\b)",
    # a newcomer put on a list of those called or mailed: "Josefin lägger in Sanna i kallelselistan"
    "lägger\\s+(?:in|till|upp)(?=\\s[^.;]*\\bi\\s+[a-zåäö]*(?:listan|lista|sändlistan|registret)\\b)",
    # helping another with a piece of work: "Linnea hjälper till med texten"
    "hjälper\\s+till\\s+med",
    # asking for an answer or material: "Karl-Johan begär skriftligt leveransbesked från leverantören" (not "begär
    # ordet", "begär ajournering")
    "begär(?=\\s+(?:in\\s+)?(?:ett\\s+|en\\s+)?(?:skriftligt?\\s+)?[a-zåäö]*(?:besked|underlag|offert|offerter|uppgifter|"
    "yttrande|svar)\\b)",
    # trying a thing out before the next meeting: "Karl-Johan testar inloggning med BankID i testmiljön"
    # ("varje kommun provar rutinen på ett SÄBO": or tries it, in the older word)
    "testar(?=\\s+(?:[a-zåäö]+\\s+){0,2}(?:i|på|med)\\s)", "provar(?=\\s+(?:[a-zåäö]+\\s+){0,2}(?:i|på|med)\\s)",
    "prövar(?=\\s+(?:[a-zåäö]+\\s+){0,2}(?:i|på|med)\\s)",
    # a report handed in by a day: "Katarina lämnar rapporten för fjärde kvartalet senast den 31 januari"
    "lämnar(?=\\s+(?:[a-zåäö]+)?rapporten\\b)",
    # carrying a matter to another body's meeting: "Marjatta tar det på deras möte i november"
    "tar\\s+(?:det|den|frågan|ärendet)\\s+(?:på|vid)(?=\\s+[^.;]{0,30}?\\bmöte\\b)",
    # calling the next meeting, the verb alone at the end of a terse line: "BÖ kallar, AKL skickar över sändlistan."
    "kallar(?=\\s*(?:[.,;]|$))",
    "kontaktar", "stämmer\\s+av", "undersöker", "utreder", "skickar", "samordnar", "sammanställer",
    # seeing to it that something is done: "Maria Lundh säkerställer att reservrutinen når alla enhetschefer"
    "säkerställer(?=\\s+att\\s)",
    # comparing two ways of working to bring them together: "Eva och Per jämför mallarna och tar fram …"
    "jämför",
    # drawing up a list of what there is: "RT och UB listar utbildningar som redan används" (not "listar inte")
    "listar(?!\\s+(?:inte|ej)\\b)",
    # time or staff set aside for the work: "Polisen avsätter två dagar i månaden med synlig närvaro vid skolorna"
    # (not "Nämnden avsätter 2 miljoner kronor": money in a budget)
    "avsätter(?=\\s+(?:[\\wåäö]+\\s+){0,2}(?:dag|dagar|timmar|timme|tid|resurser|personal|tjänst|tjänster|veckor|kvällar)\\b)",
    # meeting apart to do a piece of work: "Maria och Therese träffas för att gå igenom sommarschemat" (not
    # "Nätverket träffas för att utbyta erfarenheter": what the body meets for)
    "träffas\\s+för\\s+att(?=\\s+(?:gå\\s+igenom|ta\\s+fram|planera|stämma\\s+av|sammanställa|förbereda|skriva|"
    "formulera|revidera|se\\s+över)\\b)",
    "tar\\s+(?:gemensamt\\s+|tillsammans\\s+)?fram", "tar\\s+med\\s+(?:sig|ett|en)\\b",
    # the matter before "med sig": "Anders tar frågan med sig till ledningen"
    "tar\\s+(?:frågan|ärendet|saken|det|den)\\s+med\\s+sig\\b",
    # bringing something somewhere: "tar med resultatet till sina verksamheter"
    "tar\\s+med(?=\\s+(?:[\\wåäö]+\\s+){1,3}till\\b)",
    # carrying a matter to where it can be answered: "Karolina … tar med frågan om gemensam journalmall"
    "tar\\s+med(?=\\s+(?:frågan|frågorna|ärendet|synpunkterna|förslaget)\\b)",
    # a piece of work to bring, in the definite: "Ali tar med utvärderingen av de digitala SIP-mötena till nästa möte"
    "tar\\s+med(?=\\s+[a-zåäö]{5,}(?:ingen|ningen|ationen|tiken|laget|listan|planen|rapporten|sammanställningen)\\b)",
    # taking a matter home to one's own organisation: "Varje kommun tar med frågan hem"
    "tar\\s+med(?=\\s+(?:sig\\s+)?(?:[\\wåäö]+\\s+){1,2}hem\\b)", "lämnar\\s+över", "tar\\s+kontakt", "tar\\s+initiativ", "tar\\s+upp\\s+frågan\\s+med", "återkommer",
    # (not "Eva Ek återkopplar: …", the feedback itself given at the meeting after the colon)
    "återkopplar(?!\\s*:)", "planerar", "förbereder", "bjuder\\s+in", "ansvarar\\s+för",
    # a task two share: "Eva och Per ansvarar gemensamt för att ta fram …"
    "ansvarar\\s+(?:gemensamt|tillsammans)\\s+för", "reviderar",
    "kompletterar", "färdigställer", "formulerar", "utformar", "anordnar", "beställer", "hämtar\\s+in",
    # taking a matter to the bodies that decide it: "A och B tar ärendet till respektive nämnd före årsskiftet"
    "tar\\s+(?:ärendet|frågan|förslaget)\\s+till(?=\\s)",
    # a result taken home to one's own leadership: "Respektive kommun tar resultatet till sin ledningsgrupp"
    "tar\\s+(?:resultatet|resultaten|rapporten|sammanställningen)\\s+till(?=\\s+(?:sin|sina|sitt|respektive)\\s)",
    # convening others for a piece of work: "Therese sammankallar kommuncheferna för att ta fram en kravprofil"
    "sammankallar(?=\\s+[a-zåäö]+(?:na|erna|arna)\\s+för\\s+att\\s)",
    # calling a group together by a time: "Enhetschefen sammankallar arbetsgruppen före midsommar"
    "sammankallar(?=\\s+(?:[a-zåäö]*gruppen|[A-ZÅÄÖ][a-zåäö]*grupp(?:en)?(?:\\s+[\\wåäö-]+){0,3}|nätverket|teamet)\\s+"
    "(?:före|inför|senast|till|under|i\\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))\\b)",
    "tittar\\s+på", "tittar\\s+vidare", "ser\\s+över", "ser\\s+till", "följer\\s+upp", "arbetar\\s+in",
    "arbetar\\s+fram", "bereder", "sprider", "förankrar", "lämnar\\s+in", "lämnar\\s+(?:sitt\\s+|ett\\s+)?förslag",
    # handing in what was asked for: "Varje huvudman lämnar sina synpunkter till kansliet"
    # the definite forms too: "Kommunerna lämnar synpunkterna till Lena"
    # a kommun's own, by its name: "Ronja lämnar Ekholmas underlag till Karin senast v. 46"
    "lämnar\\s+(?:sina\\s+|sitt\\s+|sin\\s+|ett\\s+|en\\s+|[A-ZÅÄÖ][a-zåäö]+s\\s+)?(?:synpunkter(?:na)?|svar(?:et)?|yttrande(?:t)?|underlag(?:et)?|"
    "uppgifter(?:na)?|namn(?:et|en)?)",
    # telling another body on a day to come: "Ordföranden informerar om ärendet vid PSO den 16 maj" (told at
    # the meeting itself, "informerar om läget", it is no task: see relations._is_task_use)
    "informerar(?=\\s+om\\b)",
    # telling one's own organisation: "Respektive huvudman informerar sina verksamheter om rutinen före årsskiftet"
    "informerar\\s+(?:sina|sin|sitt)\\s+[a-zåäö]+(?=\\s+om\\b)",
    # figures asked for: "Kommunerna lämnar antal elever per skolenhet till JE senast 3 oktober"
    "lämnar\\s+(?:sina\\s+)?(?:antal|antalet|siffror|siffrorna|statistik|statistiken)\\b",
    # material given to the work: "Regionen (Maria) bidrar med uppgifter om …"
    "bidrar\\s+med(?=\\s+(?:sina\\s+)?(?:uppgifter|underlag|siffror|statistik|data|exempel)\\b)",
    # "rapporterar från samrådsgruppen": telling the meeting what another body did, no task
    "levererar", "redovisar", "rapporterar(?!\\s+från)", "återrapporterar(?!\\s+från)",
    # carrying a thing decided to another body: "Mattias avrapporterar beslutet till ledningsgruppen" (not
    # "Samverkansgruppen avrapporterar muntligt till ledningsgruppen under hösten", how the group reports)
    "avrapporterar(?=\\s+(?:beslutet|besluten|frågan|ärendet|resultatet|[a-zåäö]{4,}(?:en|et|na))\\s)",
    "kallar\\s+till",
    # seeing that a thing is in order before it is used: "Samordnaren kontrollerar att surfplattorna har SITHS-läsare"
    "kontrollerar(?=\\s+(?:att|om)\\s)",
    # calling a body together: "Johan kallar arbetsgruppen till ett första möte före den 30 oktober", the body named
    # by its work too ("kallar arbetsgruppen för placeringsuppföljning till första möte")
    "kallar(?=\\s+[a-zåäö]*(?:gruppen|nätverket|rådet|teamet|ledamöterna|deltagarna)"
    "(?:\\s+(?:för|om)\\s+[\\wåäö-]+(?:\\s+[\\wåäö-]+){0,3}?)?\\s+till\\s)",
    # a standing duty to carry the group's work to another body: "RW återrapporterar från arbetsgruppens möten
    # till samverkansgruppen" (not "rapporterar från samrådsgruppen": what another body did)
    "återrapporterar(?=\\s+från\\s+(?:[\\wåäö-]+s|våra|dessa)\\s+möten\\s+till\\s)",
    "rapporterar(?=\\s+från\\s+(?:[\\wåäö-]+s|våra|dessa)\\s+möten\\s+till\\s)",
    # (and from another body one sits in, at the meetings to come: "SP rapporterar från LPO psykisk hälsa till
    # styrgruppen vid varje möte under våren")
    *(verb + "(?=\\s+från\\s+[A-ZÅÄÖ][^.;,]{1,60}?\\s+till\\s+[^.;,]{2,60}?\\s+(?:vid\\s+(?:varje|nästa|kommande)|"
      "på\\s+(?:varje|nästa)|löpande|regelbundet|varje\\s+(?:möte|gång|månad)|en\\s+gång|två\\s+gånger)\\b)"
      for verb in ("rapporterar", "återrapporterar")),
    # carrying a matter on to another body: "KÅ lyfter begäran till regionens sjukvårdsledning"
    "lyfter\\s+(?:frågan|ärendet|begäran|behovet|förslaget|synpunkterna)",
    # editing a text down: "SÅ kortar läkemedelsavsnittet till en sida"
    "kortar(?=\\s+(?:ner\\s+)?[a-zåäö])", "förkortar(?=\\s+[a-zåäö])",
    # publishing: "SN lägger ut uppdaterad information på webben"
    "lägger\\s+ut",
    # entering figures somewhere: "Lisa lägger in Åbys siffror och gör klart sammanställningen till 15/6"
    "lägger\\s+in(?=\\s+(?:[\\wåäö-]+\\s+){0,2}(?:siffror|siffrorna|uppgifter|uppgifterna|data|statistik|underlag|"
    "ändringar|ändringarna|synpunkter|synpunkterna)\\b)",
    "gör\\s+klart(?=\\s+[a-zåäö])",
    # a report owed to another body at its meeting: "Elin ger LVO en muntlig lägesrapport på mötet den 18 juni"
    "ger(?=\\s+(?:[A-ZÅÄÖ][\\wåäö:-]*\\s+){1,3}en\\s+(?:muntlig\\s+|skriftlig\\s+|kort\\s+)?(?:lägesrapport|rapport|"
    "återrapport|redovisning|återkoppling)\\b)",
    # carrying a matter to another body's meeting: "Ordföranden för fram frågan vid RLG:s möte den 12 mars"
    # ("Amra för fram den på samverkansgruppens möte": the question just named, by its pronoun)
    "för\\s+fram(?=\\s+(?:frågan|ärendet|förslaget|synpunkterna|behovet|önskemålet|den|det|dem)\\s+(?:vid|på|till|i)\\s)",
    # "Erik för samverkansgruppens synpunkter vidare till arbetsgruppen"
    "för\\s+(?:[\\wåäö:]+\\s+){1,4}vidare\\s+till",
    "inhämtar", "tillfrågar", "frågar", "påminner(?!\\s+om\\b)", "rekryterar", "utser", "åtar\\s+sig",
    # seeing to it: "Björn ombesörjer att lokalen bokas", "Cecilia håller i planeringen av dagen"
    "ombesörjer", "håller\\s+i",
    # answering a survey or a question by a day: "Varje kommun besvarar kartläggningen till Eva Ek senast den 22 augusti"
    # (not "Per besvarar frågor från gruppen": answered at the meeting)
    "besvarar(?=[^.;]*\\b(?:senast|före\\s+(?:nästa|den|\\d)|till\\s+nästa\\s+möte|inför\\s+nästa))",
    # checking with someone: "Per hör med sina kollegor om intresset"
    "hör\\s+med(?!\\s+till\\b)",
    # hosting what was decided: "Åby kommun står värd för den första delen"
    "står\\s+värd\\s+för",
    # reworking a text: "SP och FO kortar ner texten och skickar den till alla"
    "kortar\\s+ner", "arbetar\\s+om", "bearbetar", "omarbetar", "justerar(?!\\s+(?:protokollet|dagens\\s+protokoll))",
    # "lämnar en muntlig lägesrapport", "lämnar styrgruppens halvårsrapport"
    "lämnar\\s+(?:en\\s+|sin\\s+|[\\wåäö]+s\\s+)?(?:(?:muntlig|skriftlig|kort|kortfattad)\\s+){0,2}[\\wåäö]*rapport",
    # a presentation to another body on a day named: "Sofia presenterar rutinen för styrgruppen den 21 januari 2027"
    # (whether the day is still to come is the reader's: see relations._is_task_use)
    "presenterar(?=\\s+[^.;]{2,80}?\\s+(?:för|på|vid|i)\\s+[^.;]{2,80}?\\bden\\s+\\d{1,2}\\s+[a-zåäö]+)",
    # giving a session of a day to come: "Ulrika och Anders håller passet om läkemedel på SIP-dagen"
    "håller\\s+(?:i\\s+)?(?:passet|ett\\s+pass|en\\s+föreläsning|föreläsningen|en\\s+utbildning|utbildningen|"
    "en\\s+dragning|dragningen|en\\s+workshop|workshopen)\\b",
    # taking a matter up at another body's meeting: "Ulrika tar upp den på styrgruppens möte den 12 november"
    # (not "tar upp behovet av …", raising a matter at the meeting itself)
    "tar\\s+upp\\s+(?:den|det|dem|frågan|ärendet|saken)\\s+(?:på|vid|i|med)(?=\\s+(?!mötet\\b|dagens\\b))",
    # … or a matter by its noun, taken up with those who decide it: "Tove tar upp bemanningen med primärvårdsledningen"
    # (not "tar upp bristen på korttidsplatser", raising it at the meeting)
    "tar\\s+upp\\s+[a-zåäö]{3,}(?:en|et|na)\\s+med(?=\\s+(?!mötet\\b|dagens\\b|gruppen\\b))",
)
TASK_VERB = r"(?:" + "|".join(TASK_VERBS) + r")"
# how often a body hands in its report, which makes the handing in a standing line: "en gång per år", "två gånger om
# året", "varje termin", "årligen"
FREQUENCY = (r"(?:(?:en|två|tre|fyra)\s+gång(?:er)?\s+(?:per|om|i)\s+(?:år(?:et)?|halvår(?:et)?|termin(?:en)?|kvartal(?:et)?)|"
             r"varje\s+(?:år|halvår|termin|kvartal)|årligen|halvårsvis|kvartalsvis)")
# the report handed in: "en lägesbeskrivning", "sin årsrapport", "sina lägesbilder"
HANDED_REPORT = r"(?:en|ett|sin|sina)\s+[a-zåäö]*(?:rapport|beskrivning|berättelse|lägesbild|redovisning)\w*"


# what someone singled out is to do (not "bära kostnaden", "vara representerade")
_DOER_TASK = (r"(?:titta|ta\s+fram|se\s+över|utreda|undersöka|sammanställa|medverka|delta|presentera|återkomma|"
              r"återkoppla|samordna|leda|planera|genomföra|skriva|kontakta|bjuda\s+in|inhämta|hålla\s+i|ansvara)")


def _ex(text, *facts, **kw) -> Example:
    return Example(text=text, facts=tuple(facts) + tuple(kw.pop("facts", ())), **kw)


# the side whose seat it is, named or by its kind: "Ekby", "Ekby kommun", "Region Ekby", "Regionen", "kommunen"
_SIDE = r"(?:[Rr]egion(?:en)?(?:\s+[A-ZÅÄÖ][\wåäö-]+)?|[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun)?|[Kk]ommunen|[a-zåäö]+(?:en|et|erna))"
_ROSTER = ("Elin Borg", "Mattias Öhrn", "Tobias Fagerlund", "Sanna Pirinen", "Fatima Osman")

# --------------------------------------------------------------------------- the registry
# In reading order: the non-exclusive rules first, then the exclusive ones from the most
# specific phrasing to the most general.
# where the body a question is referred to ends: at a comma, a date, "för beslut" and the like, "i" before
# a time ("i maj"), never inside a name ("Ledningsgruppen för hälsa och välfärd i Västbo")
# where the body referred to ends: "… till RLG:s möte i oktober" is to RLG
_REFERRED_TO_END = (r"(?:,.*|:?s\s+(?:nästa\s+|kommande\s+)?(?:möte|sammanträde)\b.*|\s+(?:för\s+(?:beslut|ställningstagande|kännedom|beredning|godkännande|fastställande|antagande|yttrande|"
                    r"information|synpunkter|hantering|vidare|att)\b|den\b|i\s+(?![A-ZÅÄÖ])|senast\b|inför\b|på\b).*)?$")


# a second "till" before a body: the one the matter goes to ("frågan om stöd till biblioteken till regionstyrelsen");
# "… med eget förslag till beslut" names none, "… till nämnden och vidare till fullmäktige" hands it on twice
_TILL_BODY = (r"(?<!\bvidare)\s+till\s+(?:[a-zåäö-]+\s+)?(?:[a-zåäö-]*(?:styrelsen|nämnden|fullmäktige|rådet|gruppen|utskottet|"
              r"beredningen)|[A-ZÅÄÖ])\b")


RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- vacancies and absences
    # the seat in another body empty since someone left it: "Åby kommuns ersättarplats i Politiskt samråd X (PS) är
    # vakant sedan maj, då Eva Ek (C) avsade sig sina förtroendeuppdrag": that member has left that body
    Rule("seat_vacant_since_left", "membership", change="leave", exclusive=False,
         triggers=("vakant sedan", "vakant sen", "stått vakant"),
         # ("Platsen för PSO:s representant i G är vakant sedan Eva Ek avsagt sig uppdraget": whose seat, and the one
         # who left it right after "sedan")
         pattern=r"(?:[Pp]lats(?:en)?|[Ee]rsättarplats(?:en)?|[Ll]edamotsplats(?:en)?)"
                 r"(?:\s+för\s+(?:[A-ZÅÄÖ]{2,8}:s|[\wåäöÅÄÖ-]+s)\s+(?:representant|ledamot|ersättare))?\s+i\s+(?P<group>[A-ZÅÄÖ][^.;]{1,100}?)"
                 r"\s+(?:är|har\s+varit|har\s+stått)\s+vakant\s+sedan\s+(?:[^.;,]{2,30}?,\s+(?:då|när|efter\s+att)\s+)?"
                 r"(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s+\([^()]{1,12}\))?\s+"
                 r"(?:avsade\s+sig|avsagt\s+sig|lämnade|lämnat|frånträdde|avgick|slutade)\b",
         examples=(_ex("Åby kommuns ersättarplats i Politiskt samråd Norrby (PSN) är vakant sedan maj, då Eva Ek (C) "
                       "avsade sig sina förtroendeuppdrag.", body="Kommunstyrelsens arbetsutskott",
                       facts=(("membership", "Eva Ek", "Politiskt samråd Norrby (PSN)", "leave"),)),
                   _ex("Platsen för PSO:s representant i Regionala samrådet är vakant sedan Ola Rask avsagt sig uppdraget.",
                       body="PSO", facts=(("membership", "Ola Rask", "Regionala samrådet", "leave"),))),
         counter_examples=("Platsen i styrgruppen är vakant sedan maj, då ingen har utsetts.",
                           "Platsen för PSO:s representant i Regionala samrådet är vakant sedan maj.")),
    Rule("absence_or_vacancy", "vacancy",
         triggers=("inte", "ej ", "förhinder", "vakant", "saknar", "saknas", "behöver utses",
                   "behöver tillsättas", "behöver rekryteras", "valts"),
         handler="_absences_and_vacancies", exclusive=False,
         examples=(# the chair away, told as the meeting opens: away, and the seat held
                   _ex("Ola Bergkvist öppnade mötet och framförde en hälsning från Maja Lundell, ordförande, som inte "
                       "var närvarande på grund av sjukdom.", body="Samrådsgruppen för idéburen sektor",
                       facts=(("membership", "Maja Lundell", "Samrådsgruppen för idéburen sektor", "member"),)),
                   _ex("Ersättare för regionen har ännu inte utsetts.", ("vacancy", "ersättare")),
                   # a huvudman's seat told empty
                   _ex("Platsen för Tallviks kommun är vakant.", ("vacancy", "representant")),
                   _ex("Representant från Tallviks kommun saknas fortfarande.", ("vacancy", "representant")),
                   _ex("Ledamot och ersättare för Region Norrby har ännu inte valts.", ("vacancy", "ledamot"),
                       ("vacancy", "ersättare")),
                   _ex("Tallviks kommun har ännu inte utsett någon representant till arbetsgruppen.",
                       ("vacancy", "representant")),
                   _ex("Det saknas fortfarande en representant från Tallviks kommun i styrgruppen.",
                       ("vacancy", "representant")),
                   # the huvudman as the subject
                   _ex("Tallviks kommun saknar fortfarande representant i gruppen.", ("vacancy", "representant"))),
         counter_examples=("Gruppen saknar underlag för att ta ställning.",)),
    # ---------------------------------------------------------------- memberships in passing
    # who leads a body, noted in brackets after its name with its make-up: "Arbetsgruppen för HVB-upphandling (en
    # representant per kommun, TN sammankallande) har träffats två gånger"
    Rule("lead_in_brackets", "membership", change="member", exclusive=False,
         triggers=(" sammankallande)", " ordförande)"),
         pattern=r"(?P<group>[A-ZÅÄÖ][\wåäö-]*(?:grupp|gruppen|rådet|nätverket|teamet)\b[^().;]{0,60}?)\s*\((?:[^()]*?,\s*)?"
                 r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?P<role>sammankallande|ordförande)\)",
         examples=(_ex("Arbetsgrupp SIP (en representant per kommun, Elin Borg sammankallande) har träffats två gånger.",
                       ("membership", "Elin Borg", "Arbetsgrupp SIP", "member"), roster=_ROSTER),),
         counter_examples=("Arbetsgrupp SIP (en representant per kommun) har träffats två gånger.",)),
    # a seat kept while others change: "Hanna Grönqvist kvarstår som kommunens andra representant i styrgruppen",
    # and the one a new lead follows, who stays on: "… sammankallande i arbetsgruppen efter Kristoffer Hallén, som
    # kvarstår som ledamot"
    Rule("remains_as", "membership", change="member", exclusive=False,
         triggers=("kvarstår som", "står kvar som", "sitter kvar som"),
         pattern=r"^(?P<who>" + _NAME + r")(?:,[^,]{2,60},)?\s+(?:kvarstår|står\s+kvar|sitter\s+kvar)\s+som\s+"
                 r"(?:(?:[A-ZÅÄÖ][\wåäö-]+s|kommunens|regionens|gruppens|förvaltningens)\s+)?(?:andra\s+|ordinarie\s+)?"
                 + _ROLE + r"(?:\s+(?:för\s+[^.;,]+?\s+)?i\s+(?P<group>[^.;,]+?))?" + _UNTIL + r"\.?$"
                 r"|\bi\s+(?P<group2>[^.;,]+?)\s+efter\s+(?P<who2>" + _NAME + r"),\s+som\s+"
                 r"(?:kvarstår|står\s+kvar|sitter\s+kvar)\s+som\s+(?P<role2>ledamot|ersättare|representant)\b",
         examples=(_ex("Styrgrupp Barnahus har fått ny ordförande. Eva Lund kvarstår som kommunens andra representant "
                       "i Styrgrupp Barnahus.", ("membership", "Eva Lund", "Styrgrupp Barnahus", "member")),
                   _ex("Elin Borg utses till sammankallande i Arbetsgrupp SIP efter Mattias Öhrn, som kvarstår som ledamot.",
                       ("membership", "Mattias Öhrn", "Arbetsgrupp SIP", "member"), roster=_ROSTER)),
         counter_examples=("Frågan kvarstår som en öppen punkt.", "Elin Borg kvarstår som enhetschef.")),
    Rule("welcomed_as_member", "membership", exclusive=False,
         triggers=("hälsas", "hälsar", "hälsade", "välkommen till", "välkomnar", "välkomnade", "välkommen riktades"),
         handler="_ms_welcomed",
         examples=(_ex("Ordföranden hälsar välkommen, särskilt Eva Frost som ny ledamot för BUP Åsen och Hanna Wik som ny "
                       "sekreterare.", ("membership", "Eva Frost", "Samverkansgrupp äldre", "join")),
                   _ex("Anna Lund hälsas välkommen som ny ledamot i Arbetsgrupp SIP.",
                       ("membership", "Anna Lund", "Arbetsgrupp SIP", "join")),
                   _ex("Ordföranden hälsar Vera Lund (S) välkommen som ny ledamot för Åby kommun efter Per Ek (S).",
                       ("membership", "Vera Lund", "Politiskt samråd Österland", "replace"),
                       ("membership", "Per Ek", "Politiskt samråd Österland", "leave"), body="Politiskt samråd Österland"),
                   _ex("Helen hälsade välkommen, särskilt Vera Lund som är ny ledamot för Åby kommun efter Per Ek.",
                       ("membership", "Vera Lund", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Per Ek", "Samverkansgrupp äldre", "leave")),
                   # whose seat in the genitive, the body by its kind, whom she follows
                   _ex("Ordföranden hälsade välkommen, särskilt Eva Nord som är brukarrådets nya representant i "
                       "styrgruppen efter Karl Berg.", ("membership", "Eva Nord", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Karl Berg", "Styrgrupp Barnahus", "leave"), body="Styrgrupp Barnahus"),
                   # the past tense, the newcomer's workplace after a comma, "särskilt" before the welcome
                   _ex("Elin Borg hälsade Eva Nord, Vårdcentralen Tornvik, särskilt välkommen som ny representant för "
                       "primärvården.", ("membership", "Eva Nord", "Samverkansgrupp äldre", "join")),
                   # a network's new member, the network by its kind
                   _ex("Ordföranden hälsade Eva Nord välkommen som ny medlem i nätverket.", body="Nätverket för skolkuratorer",
                       facts=(("membership", "Eva Nord", "Nätverket för skolkuratorer", "join"),)),
                   _ex("Välkommen till Eva Nord som ny ledamot för Ekby kommun!",
                       ("membership", "Eva Nord", "Samverkansgrupp äldre", "join")),
                   _ex("Vi välkomnar Eva Nord som ny representant för Region Österland.",
                       ("membership", "Eva Nord", "Samverkansgrupp äldre", "join")),
                   _ex("Lisa Ek hälsas välkommen som ny representant för Åby kommun efter Karl Berg.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave")),
                   # the past passive, a council's seat for an association
                   _ex("Lisa Ek hälsades särskilt välkommen som ny ledamot från DHR efter Karl Berg.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave")),
                   # the newcomer at her first meeting, told as a welcome
                   _ex("Ett särskilt välkommen riktades till Anna Lund, Tillväxtverket, som var med på sitt första "
                       "styrgruppsmöte.", ("membership", "Anna Lund", "Samverkansgrupp äldre", "join")),
                   # the newcomers as a list, each with where she comes from
                   _ex("Hon hälsade de nya deltagarna i Styrgrupp Barnahus, Anna Lund, Åby kommun, och Per Ek, Ekby "
                       "kommun, speciellt välkomna.", ("membership", "Anna Lund", "Styrgrupp Barnahus", "join"),
                       ("membership", "Per Ek", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Alla hälsas välkomna.", "Välkommen till mötet!",
                           "Vi välkomnar Eva Nord som gäst under punkt 3.")),
    # a task told in a relative clause after the one handed something: "Mallen skickas till Annika, som sprider den i
    # nätverket", "Frågan lämnas till Tove Rask, som tar kontakt med Trafikverket"
    # a successor elected by another body, the seat told by a pronoun or by "efterträdare": "Ulf Norgren (S) har valts
    # i hans ställe", "Som efterträdare har fullmäktige utsett Li Sjödin (L)" (in the body that met)
    Rule("successor_elected", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("i hans ställe", "i hennes ställe", "i dennes ställe", "som efterträdare", "Som efterträdare"),
         pattern=r"^(?:(?P<who>" + _NAME + r")" + _PARTY + r"\s+(?:har\s+)?(?:valts|valdes|utsetts|utsågs|väljs|utses)"
                 r"(?:\s+till\s+(?P<role>ledamot|ersättare))?\s+i\s+(?:hans|hennes|dennes)\s+ställe"
                 r"|[Ss]om\s+(?:hans|hennes|dennes\s+)?efterträdare\s+har\s+[a-zåäö]+\s+(?:utsett|valt)\s+(?P<who2>" + _NAME + r")"
                 + _PARTY + r")(?=[\s,.;]|$)",
         examples=(_ex("Kommunfullmäktige har entledigat Tord Lind (S) från uppdraget som ersättare. Ulf Norgren (S) har "
                       "valts i hans ställe och tjänstgör för första gången i dag.", body="Krisledningsnämnden, Åby kommun",
                       facts=(("membership", "Ulf Norgren", "Krisledningsnämnden, Åby kommun", "replace"),)),
                   _ex("Som efterträdare har fullmäktige utsett Lena Sjödin (L), som därmed är ersättare i utskottet.",
                       ("membership", "Lena Sjödin", "Socialnämndens arbetsutskott, Åby kommun", "replace"),
                       body="Socialnämndens arbetsutskott, Åby kommun")),
         counter_examples=("Rutinen har valts i hans ställe.",)),
    # a new seat told first, then who was appointed to it: "Som ny ersättare för Åby kommun har Kristian Örn,
    # socialsekreterare, utsetts", "Som ny ledamot har Åby kommun utsett Eva Ek" (in the body that met)
    Rule("new_seat_filled", "membership", change="join", narrative_only=True, exclusive=False,
         triggers=("Som ny ", "Som nytt ", "Till ny "),
         pattern=r"^(?:Som|Till)\s+nya?\s+(?P<role>ordinarie\s+ledamot|ledamot|ersättare|representant)"
                 r"(?:\s+(?:för|från)\s+[^,;.]{2,40}?)?(?:\s+i\s+[a-zåäö]*(?:gruppen|rådet|nätverket|teamet))?\s+har\s+"
                 r"(?:(?P<who>" + _NAME + r")" + _PARTY + r"(?:,\s*[^,;.]{2,60},)?\s+(?:utsetts|valts)"
                 r"|[A-ZÅÄÖ][^,;.]{2,40}?\s+(?:utsett|valt)\s+(?P<who2>" + _NAME + r")" + _PARTY + r")(?=[\s,.;]|$)",
         examples=(_ex("Som ny ersättare för Karlshamns kommun har Kristian Örn, socialsekreterare, utsetts.",
                       body="Samverkansgrupp mitt i livet",
                       facts=(("membership", "Kristian Örn", "Samverkansgrupp mitt i livet", "join"),)),
                   _ex("Som ny ledamot har Åby kommun utsett Eva Ek från och med oktober.", body="Styrgrupp Nära vård",
                       facts=(("membership", "Eva Ek", "Styrgrupp Nära vård", "join"),))),
         counter_examples=("Som ny ersättare har ännu ingen utsetts.",
                           "Som ny ledamot har kommunen inte utsett någon.")),
    # a member added from a time or a huvudman on, told with the verb first: "Från och med nästa möte ingår även Malin
    # Westerlund, 1:e socialsekreterare …", "Från Bruksberga tillkommer Göte Almqvist, enhetschef LSS, som ny
    # representant i gruppen"
    Rule("added_from", "membership", change="join", narrative_only=True, exclusive=False,
         triggers=("ingår även", "ingår också", "tillkommer", "ansluter"),
         # (or joining: "Från januari ansluter också Målstas arkivarie Ebba Holmer", her side's title before her name)
         pattern=r"^(?:Från|Fr\.o\.m\.)\s+[^,;.]{2,40}?\s+(?:ingår\s+(?:även|också)|tillkommer|ansluter(?:\s+(?:även|också))?)\s+"
                 r"(?:[A-ZÅÄÖ][\wåäö-]+s\s+[a-zåäö][\wåäö-]{3,}\s+)?(?P<who>" + _NAME + r")"
                 + _PARTY + r"(?=\s*[,.;]|\s+(?:som|i|från)\b|\s*$)",
         examples=(_ex("Från och med nästa möte ingår även Malin Westerlund, 1:e socialsekreterare på beroendeenheten.",
                       body="Samverkansgrupp psykisk hälsa", facts=(("membership", "Malin Westerlund",
                                                                      "Samverkansgrupp psykisk hälsa", "join"),)),
                   _ex("Från Bruksberga tillkommer Göte Almqvist, enhetschef LSS, som ny representant i gruppen.",
                       body="Arbetsgrupp SIP", facts=(("membership", "Göte Almqvist", "Arbetsgrupp SIP", "join"),)),
                   _ex("Från januari ansluter också Åbys arkivarie Eva Holm.",
                       body="Arbetsgrupp e-arkiv", facts=(("membership", "Eva Holm", "Arbetsgrupp e-arkiv", "join"),)),
                   _ex("Från och med mars ansluter Per Lund, registrator i Åby.",
                       body="Arbetsgrupp e-arkiv", facts=(("membership", "Per Lund", "Arbetsgrupp e-arkiv", "join"),))),
         counter_examples=("Från Bruksberga tillkommer en representant senare.",
                           "Från januari ansluter även Åby kommun till avtalet.",
                           "Från mars ansluter Åbys arkivarie till gruppen.",
                           "Från och med nästa möte ingår även hemtjänsten i arbetet.",
                           "Från januari tillkommer Region Havsby som part.")),
    # a member leaving, her successor named in the next sentence: "Hennes efterträdare i gruppen är Elias Fransson, …"
    Rule("successor_named", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("efterträdare är", "efterträdare blir", "efterträdare i gruppen", "efterträdare i nätverket",
                   "efterträdare i rådet", "efterträdare i teamet"),
         pattern=r"^(?:[Hh]ennes|[Hh]ans|[Dd]ennes)\s+efterträdare(?:\s+i\s+[a-zåäö]*(?:gruppen|nätverket|rådet|teamet))?"
                 r"\s+(?:är|blir)\s+(?P<who>" + _NAME + r")" + _PARTY + r"(?=[\s,.;]|$)",
         examples=(_ex("Malin Ek lämnar gruppen efter detta möte. Hennes efterträdare i gruppen är Elias Fransson, "
                       "socialsekreterare, från december.", body="Arbetsgrupp hemlöshet Åby",
                       facts=(("membership", "Elias Fransson", "Arbetsgrupp hemlöshet Åby", "replace"),)),
                   _ex("Hans efterträdare blir Sara Lind.", body="Nätverket för MAS",
                       facts=(("membership", "Sara Lind", "Nätverket för MAS", "replace"),))),
         counter_examples=("Hennes efterträdare är ännu inte utsedd.", "Hans efterträdare på enheten rekryteras nu.")),
    # a question handed to another body with the work it is given in a relative clause: "Frågan eskaleras till RLG som
    # får i uppdrag att ta fram förslag på gemensamma mål till decembermötet"
    Rule("referred_with_task", "assignment", exclusive=False, triggers=("som får i uppdrag", "som ges i uppdrag",
                                                                       "som fick i uppdrag"),
         handler="_referred_with_task",
         examples=(_ex("Frågan eskaleras till RLG som får i uppdrag att ta fram förslag på gemensamma mål till decembermötet.",
                       ("assignment", ["RLG"], "ta fram förslag på gemensamma mål"), body="Politiskt samverkansråd"),
                   _ex("Ärendet lämnas till Styrgrupp Nära vård, som får i uppdrag att utreda kostnaderna.",
                       ("assignment", ["Styrgrupp Nära vård"], "utreda kostnaderna"), body="Ledningsgruppen för samverkan")),
         counter_examples=("Frågan eskaleras till Anna Lund som får i uppdrag att ringa.",
                           "Frågan eskaleras till RLG.")),
    Rule("task_in_relative_of_person", "assignment", exclusive=False, triggers=(", som ",),
         handler="_task_in_relative_of_person",
         examples=(_ex("Den reviderade mallen skickas till Elin, som sprider den i nätverket för kommunsjuksköterskor.",
                       ("assignment", ["Elin Borg"], "sprida den i nätverket"), roster=_ROSTER),
                   _ex("Frågan om vägavgifter lämnas till Mattias Öhrn, som tar kontakt med Trafikverket och återkommer "
                       "till gruppen i februari.",
                       ("assignment", ["Mattias Öhrn"], "ta kontakt med Trafikverket"), roster=_ROSTER)),
         counter_examples=("Rapporten skickades till Elin Borg, som har läst den.",
                           "Ordet lämnades till Mattias Öhrn, som berättade om läget.")),
    # a leave told in passing, as the reason a seat is to be filled: "… ny representant efter Fredrik Ek, som lämnar sin
    # tjänst vid årsskiftet"
    Rule("leaves_post_in_passing", "membership", change="leave", exclusive=False,
         triggers=("som lämnar", "som slutar", "som har slutat", "som slutat", "som går i pension", "som gått i pension",
                   "som har gått i pension", "som sagt upp sig", "som har sagt upp sig", "som flyttar", "som har flyttat",
                   "som byter tjänst"),
         # (the relative clause with or without its comma: "efter Anneli Rask som gått i pension")
         pattern=r"\befter\s+(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s+\([^()]{1,12}\))?,?\s+som\s+"
                 r"(?:lämnar\s+(?:sin|sitt|sina)\s+(?:tjänst|anställning|uppdrag|arbete)|slutar|(?:har\s+)?slutat|går\s+i\s+pension|"
                 r"(?:har\s+)?gått\s+i\s+pension|(?:har\s+)?sagt\s+upp\s+sig|(?:har\s+)?flytta[rt]|byter\s+tjänst)\b",
         examples=(_ex("Tallviks kommun ska utse en ny representant i gruppen efter Sanna Pirinen, som lämnar sin tjänst vid "
                       "årsskiftet.", ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "leave"), roster=_ROSTER),
                   # retired or resigned, told in the supine without "har" and without the comma
                   _ex("Anna Berg utses till ledamot efter Sanna Pirinen som gått i pension.",
                       ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "leave"), roster=_ROSTER),
                   _ex("Kommunen utser en ny representant efter Sanna Pirinen, som har sagt upp sig.",
                       ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "leave"), roster=_ROSTER)),
         counter_examples=("Efter Elin Borg, som slutar tala, ges ordet till Mattias.",)),
    Rule("sits_in", "membership", exclusive=False, triggers=("med i ",), handler="_ms_sits_in",
         examples=(_ex("Karin Ek och Johan Berg är båda med i Styrgrupp Barnahus.",
                       ("membership", "Johan Berg", "Styrgrupp Barnahus", "member")),
                   # a seat to come
                   _ex("Eva Ström kommer att vara med i Styrgrupp Barnahus under hösten.",
                       ("membership", "Eva Ström", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Barnperspektivet är med i planen.",)),
    Rule("seat_in_apposition", "membership", exclusive=False,
         triggers=("ordförande i", "ordförande för", "sammankallande i", "sammankallande för", "ledamot i",
                   "ersättare i", "sekreterare i", "s representant i"),
         handler="_ms_seat_in_apposition",
         examples=(_ex("Uppdragsgivare: Gunilla Ek, omsorgschef Tallviks kommun, ordförande i Styrgrupp för "
                       "Trygg hemgång (Styrgrupp TH).",
                       ("membership", "Gunilla Ek", "Styrgrupp för Trygg hemgång (Styrgrupp TH)", "member")),
                   _ex("Per Lind, ledamot i Styrgrupp Barnahus, berättade om arbetet.",
                       ("membership", "Per Lind", "Styrgrupp Barnahus", "member")),
                   # whose seat it is, before the role
                   _ex("Josefin Ek, som är kommunens representant i Samverkansgrupp Barn och unga, informerar om "
                       "gruppens arbete.", ("membership", "Josefin Ek", "Samverkansgrupp Barn och unga", "member"),
                       body="Socialnämnden"),
                   # a presenter's seat, the body's kind in the definite before its name
                   _ex("Föredragande: Anneli Ek, ordförande i samverkansgruppen Barn och unga.",
                       ("membership", "Anneli Ek", "Samverkansgruppen Barn och unga", "member")),
                   # the seat in a relative clause, the body's kind in lower case before its name
                   _ex("Petra Sandberg, som är sammankallande i arbetsgrupp samsjuklighet, rapporterade om utkastet.",
                       ("membership", "Petra Sandberg", "Arbetsgrupp samsjuklighet", "member")),
                   # "i arbetsgruppen": the one working group the item names in full
                   _ex("Styrgruppen ger Arbetsgrupp trygg hemgång i uppdrag att ta fram ett förslag. Annelie informerar "
                       "Linnea Åkerlund, sammankallande i arbetsgruppen, om uppdraget.",
                       ("membership", "Linnea Åkerlund", "Arbetsgrupp trygg hemgång", "member"), body="Styrgrupp Nära vård"),
                   # a presenter's seat in the group the item's title names, by its kind alone
                   _ex("Föredragande: Tore Ek, ordförande i styrgruppen.", title="Återrapport från Styrgrupp Barnahus",
                       facts=(("membership", "Tore Ek", "Styrgrupp Barnahus", "member"),))),
         counter_examples=("Per Lind, ledamot i kommunens socialnämnd sedan 2019, berättade om arbetet.",
                           "Föredragande: Tore Ek, ordförande i styrgruppen.",
                           "Annelie informerar Linnea Åkerlund, sammankallande i arbetsgruppen, om uppdraget.",
                           "Ordförande i Styrgrupp Barnahus är ännu inte utsedd.")),
    Rule("seat_where", "membership", exclusive=False,
         triggers=("där hon", "där han", "där hen", "chefen är", "direktören är", "ledaren är", "samordnaren är"),
         handler="_ms_seat_where",
         examples=(_ex("Eva-Lena Brink (S) informerar om arbetet i Politiskt samverkansråd Norrby, där hon är 2:e vice "
                       "ordförande.", ("membership", "Eva-Lena Brink", "Politiskt samverkansråd Norrby", "member"),
                       body="Kommunfullmäktige"),
                   _ex("Per Holm berättar om läget i Styrgrupp Barnahus, där han sedan februari är ledamot.",
                       ("membership", "Per Holm", "Styrgrupp Barnahus", "member")),
                   # told of the body rather than from it, the seat held for the kommuner together
                   _ex("Per Holm informerade om Nätverket för socialchefer, där han är kommunernas representant.",
                       ("membership", "Per Holm", "Nätverket för socialchefer", "member")),
                   # the seat's holder by the title the attendance gives her
                   _ex("Britt-Marie Ljung är socialchef. Projektet leds av Styrgrupp Barnahus, där socialchefen är ordförande.",
                       ("membership", "Britt-Marie Ljung", "Styrgrupp Barnahus", "member"),
                       roster=("Britt-Marie Ljung, Åby kommun",))),
         counter_examples=("Per Holm berättar om Styrgrupp Barnahus, där arbetet har kommit långt.",)),
    # a seat in another body told as the reason for something: "Marie lämnar arbetsgruppen eftersom hon sedan
    # årsskiftet är ordförande i samverkansgruppen för äldre" (the seat of the one the sentence is about)
    Rule("seat_as_reason", "membership", exclusive=False,
         triggers=("eftersom hon", "eftersom han", "eftersom hen", "då hon", "då han", "då hen", "nu när hon",
                   "nu när han", "nu när hen"),
         handler="_ms_seat_as_reason",
         examples=(_ex("Elin Borg lämnar arbetsgruppen efter sommaren eftersom hon sedan årsskiftet är ordförande i "
                       "samverkansgruppen för äldre.",
                       ("membership", "Elin Borg", "Samverkansgruppen för äldre", "member"), roster=_ROSTER),
                   _ex("Per Holm kan inte vara sammankallande då han numera är ledamot i Styrgrupp Barnahus.",
                       ("membership", "Per Holm", "Styrgrupp Barnahus", "member"))),
         counter_examples=("Per Holm svarar på frågan eftersom han är ordförande för tillfället.",
                           "Elin Borg kan inte delta eftersom hon är sjuk.")),
    # the lead of a body the item has just set up, named in a sentence of its own after it
    Rule("leads_new_body", "membership", exclusive=False, triggers=("är sammankallande", "blir sammankallande",
                                                                   "är ordförande", "blir ordförande", "är samordnare",
                                                                   " sammankallande", " samordnare"),
         handler="_leads_new_body",
         examples=(_ex("Projektgruppen beslutade att tillsätta en arbetsgrupp för samlokalisering med representanter för "
                       "vårdcentralen och hemsjukvården. Per Lind är sammankallande och arbetsgruppen återrapporterar till "
                       "projektgruppen i maj.", body="Projektgrupp Nytt hus",
                       facts=(("membership", "Per Lind", "arbetsgrupp för samlokalisering", "join"),
                              ("assignment", ["Per Lind"], "vara sammankallande"))),
                   # a decided point of its own, without its verb
                   _ex("Projektgruppen beslutade att tillsätta en arbetsgrupp för samlokalisering.\nPer Lind sammankallande.",
                       body="Projektgrupp Nytt hus", decision=True,
                       facts=(("membership", "Per Lind", "arbetsgrupp för samlokalisering", "join"),
                              ("assignment", ["Per Lind"], "vara sammankallande")))),
         counter_examples=("Per Lind är sammankallande och skickar ut kallelsen.", "Per Lind sammankallande.")),
    Rule("is_part_of", "membership", exclusive=False, triggers=("ingår",), handler="_ms_is_part_of",
         examples=(# seats the meeting gives for a piece of work, in another body named before by owner, level and kind
                   _ex("att ge Barnahusets operativa samrådsgrupp i uppdrag att ta fram en rutin\n"
                       "att Sanna Pirinen och Gunnar Vik ingår i samrådsgruppen under arbetet med rutinen",
                       decision=True, body="Ledningsgrupp Barnahus Norrby", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Barnahusets operativa samrådsgrupp", "join"),
                              ("membership", "Gunnar Vik", "Barnahusets operativa samrådsgrupp", "join"),
                              ("assignment", ["Sanna Pirinen", "Gunnar Vik"], "ingå i Barnahusets operativa samrådsgrupp"))),
                   _ex("Olle Berg, som ingår i processteamets arbetsgrupp för hjälpmedel, berättade om förslaget.",
                       ("membership", "Olle Berg", "arbetsgrupp för hjälpmedel", "member")),
                   _ex("Sanna ingår också i Styrgrupp Barnahus.",
                       ("membership", "Sanna Pirinen", "Styrgrupp Barnahus", "member"), roster=_ROSTER),
                   _ex("Elin hälsade välkommen, särskilt till Lena Sjöberg, kurator i Tallviks kommun, som från och "
                       "med i dag ingår i arbetsgruppen.", body="Arbetsgrupp SIP",
                       facts=(("membership", "Lena Sjöberg", "Arbetsgrupp SIP", "join"),)),
                   _ex("Gunnar Vik ingår i styrgruppen från och med januari.", body="Styrgrupp Barnahus",
                       facts=(("membership", "Gunnar Vik", "Styrgrupp Barnahus", "join"),)),
                   # from when told before the body, the seat and whom it is for after it
                   _ex("Gunnar Vik ingår från och med nästa möte i projektgruppen som representant för IT-avdelningen.",
                       body="Projektgrupp Nytt hus", facts=(("membership", "Gunnar Vik", "Projektgrupp Nytt hus", "join"),)),
                   # one more after the body, who leads it
                   _ex("Sanna och Elin ingår i arbetsgruppen tillsammans med Mattias, som är sammankallande.",
                       body="Arbetsgrupp SIP", roster=_ROSTER,
                       facts=(("membership", "Mattias Öhrn", "Arbetsgrupp SIP", "member"),
                              ("membership", "Sanna Pirinen", "Arbetsgrupp SIP", "member"),
                              ("assignment", ["Mattias Öhrn"], "vara sammankallande"))),
                   # the people listed before the verb
                   _ex("Sanna Pirinen och Gunnar Vik ingår i arbetsgruppen.", body="Arbetsgrupp SIP", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Arbetsgrupp SIP", "member"),
                              ("membership", "Gunnar Vik", "Arbetsgrupp SIP", "member"))),
                   # seats in the group the item has just set up, "gruppen" after its setting up
                   _ex("Ledningsgruppen tillsätter en arbetsgrupp för digitala vårdmöten med Sanna Pirinen som "
                       "sammankallande. Gunnar Vik och Elin Borg ingår i gruppen.", body="Ledningsgrupp Hälsoval Åby",
                       roster=_ROSTER, decision=True,
                       facts=(("membership", "Gunnar Vik", "arbetsgrupp för digitala vårdmöten", "join"),
                              ("membership", "Elin Borg", "arbetsgrupp för digitala vårdmöten", "join"))),
                   # a seat kept on, told in the body's own notes: "ingår fortsättningsvis i gruppen"
                   _ex("Sanna Pirinen ingår fortsättningsvis i gruppen.", body="Styrgrupp Barnahus", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Styrgrupp Barnahus", "member"),)),
                   # the body first, its people listed after the verb with their organisations between them
                   _ex("En skrivargrupp tar fram förslaget. I skrivargruppen ingår Elin Borg, Region Norrby, och "
                       "Mattias Öhrn, Åby kommun.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "skrivargruppen", "member"),
                              ("membership", "Mattias Öhrn", "skrivargruppen", "member")))),
         counter_examples=("Olle Berg ingår i arbetet med rutinen.",
                           "Kostnaden ingår i budgeten för Styrgrupp Barnahus.")),
    Rule("group_leaders", "membership", exclusive=False, triggers=("ledar", "samordnar", "kontaktperson"),
         handler="_ms_group_leaders",
         examples=(_ex("De utsedda gruppledarna är Karin Ek och Johan Berg.",
                       ("assignment", ["Karin Ek", "Johan Berg"], "vara gruppledare")),)),
    Rule("has_been_appointed", "membership", exclusive=False, triggers=("utsetts",), handler="_ms_has_been_appointed",
         examples=(_ex("Karin Ek Tallviks kommun har utsetts till processledare.",
                       ("membership", "Karin Ek", "Arbetsgrupp SIP", "join"),
                       ("assignment", ["Karin Ek"], "vara processledare"), body="Arbetsgrupp SIP"),
                   _ex("Karin Ek Tallviks kommun har utsetts till processledare och Per Holm Åby kommun som processägare.",
                       ("assignment", ["Per Holm"], "vara processägare")))),
    # a matter handed to a body in the passive: the body's task, delegated by the body that met
    # the members' own part, each in their organisation: "Ledamöterna ska förankra rutinen i sin organisation före
    # januarimötet", "Varje representant ska förankra utkastet …" (a task of the body's members, the body as assignee)
    Rule("members_shall", "assignment", triggers=("Ledamöterna ", "Representanterna ", "Deltagarna ", "Medlemmarna ",
                                                  "Varje ", "Respektive ", "Alla ", "Samtliga "),
         handler="_as_members_shall",
         examples=(_ex("Ledamöterna ska förankra anvisningarna i sin organisation före januarimötet.",
                       ("assignment", ["Samverkansgrupp äldre"], "förankra anvisningarna i sin organisation")),
                   _ex("Varje representant ska förankra utkastet i sin organisation under januari.",
                       ("assignment", ["Samverkansgrupp äldre"], "förankra utkastet i sin organisation")),
                   _ex("Ledamöterna ska förankra rutinen i sin organisation innan den börjar gälla.", decision=True,
                       facts=(("assignment", ["Samverkansgrupp äldre"], "förankra rutinen i sin organisation"),))),
         counter_examples=("Ledamöterna är överens om förslaget.", "Varje ledamot är välkommen att delta.")),
    # a standing delegation kept, its matter told in the sentence before: "Sedan 2025 har X haft delegation att besvara
    # mindre remisser. … Delegationen till X förlängs till och med den 31 december 2027."
    Rule("delegation_kept", "assignment", exclusive=False, triggers=("Delegationen ", "delegationen ", "Delegationsuppdraget "),
         handler="_delegation_kept",
         examples=(_ex("Sedan 2025 har Elin Borg haft delegation att besvara mindre remisser på gruppens vägnar. "
                       "Delegationen till Elin Borg förlängs till och med den 31 december 2027.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "besvara mindre remisser på gruppens vägnar"),)),),
         counter_examples=("Delegationen till Elin Borg förlängs till och med den 31 december 2027.",
                           "Delegationen till Elin Borg att besvara remisser diskuterades.")),
    Rule("delegated_passive", "assignment", exclusive=False,
         triggers=("delegeras", "delegerats", "överlåts", "överlåtits", "arbetet med", "uppdraget med", "uppdraget att"),
         handler="_delegated_passive",
         examples=(_ex("Uppföljningen av betalningsansvaret delegeras till Arbetsgrupp utskrivning, som rapporterar till "
                       "styrgruppen varje kvartal.", ("assignment", ["Arbetsgrupp utskrivning"], "följa upp betalningsansvaret"),
                       ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp utskrivning", "delegates"), body="Styrgrupp Nära vård"),
                   _ex("Ansvaret för utbildningsdagen överlåts till Arbetsgrupp SIP.",
                       ("assignment", ["Arbetsgrupp SIP"], "ansvara för utbildningsdagen"), body="Styrgrupp Nära vård"),
                   # the work itself left to a group the body decided on, told in the active
                   _ex("Samverkansgruppen beslutade att lämna arbetet med utkastet till Arbetsgrupp suicidprevention, "
                       "som redovisar till samverkansgruppen i september.",
                       ("assignment", ["Arbetsgrupp suicidprevention"], "arbeta med utkastet"),
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp suicidprevention", "delegates"),
                       ("mandate", "Arbetsgrupp suicidprevention", "Samverkansgrupp äldre", "reports_to")),
                   _ex("Arbetet med kartläggningen läggs på Arbetsgrupp SIP.",
                       ("assignment", ["Arbetsgrupp SIP"], "arbeta med kartläggningen"),
                       ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"), body="Styrgrupp Nära vård")),
         counter_examples=("Beslutanderätten delegeras till Elin Borg under sommaren.",
                           "Arbetet med utkastet lämnas till Elin Borg.",
                           "Hon berättade om arbetet med utkastet till Arbetsgrupp SIP.")),
    Rule("subordinate", "mandate", exclusive=False, triggers=("underställ",), handler="_md_subordinate",
         examples=(_ex("Arbetsgrupp SIP arbetar underställd Styrgrupp Nära vård.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to")),
                   _ex("Rådet är sedan i våras underställt Styrgrupp Nära vård och rapporterar dit två gånger per år.",
                       ("mandate", "Lokala närvårdsrådet i Åby", "Styrgrupp Nära vård", "reports_to"),
                       body="Lokala närvårdsrådet i Åby"),
                   # a line without a full stop before it; where it reports, said again after "och"
                   _ex("Perspektiven är Att växa upp och Att åldras\nArbetsgruppen arbetar underställt LSVO och "
                       "redovisar arbetet kontinuerligt till LSVO.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "LSVO", "reports_to"),)))),
    Rule("work_is_uppdrag", "mandate", exclusive=False, triggers=("är ett uppdrag", "är uppdrag"),
         handler="_md_work_is_uppdrag",
         examples=(_ex("Uppföljningen är ett uppdrag från Styrgrupp Barnahus.",
                       ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "delegates")),),
         counter_examples=("Uppföljningen är ett uppdrag som tar tid.",)),
    # a task given earlier, told in a relative clause with its verb last
    # what is handed to a body that settles the rest itself, told in a relative clause: "… erbjuda en plats i
    # referensgruppen till nätverket, som själv utser sin representant"
    Rule("body_does_itself", "assignment", exclusive=False, triggers=("som själv ", "som själva "),
         handler="_body_does_itself",
         examples=(_ex("Samverkansgruppen beslutade att erbjuda en plats i referensgruppen till Nätverket för "
                       "verksamhetsutvecklare, som själv utser sin representant.",
                       ("assignment", ["Nätverket för verksamhetsutvecklare"], "utse sin representant")),
                   _ex("ta frågan vidare till Nätverket för försörjningsstödschefer, som själv utser vem som leder arbetet",
                       decision=True, facts=(("assignment", ["Nätverket för försörjningsstödschefer"],
                                              "utse vem som leder arbetet"),))),
         counter_examples=("Frågan går till Nätverket för försörjningsstödschefer, som själv har tagit upp den.",)),
    Rule("given_in_relative", "assignment", exclusive=False, narrative_only=True, triggers=("uppdragit åt",),
         handler="_as_given_in_relative",
         examples=(_ex("Sara Ekholm är förvaltningschef. Av sammanställningen framgår 14 ärenden som nämnden uppdragit åt "
                       "förvaltningschefen att bereda.", body="Patientnämnden, Region Åby", roster=("Sara Ekholm",),
                       facts=(("assignment", ["Sara Ekholm"], "bereda 14 ärenden"),)),),
         counter_examples=("Av sammanställningen framgår 14 ärenden som förvaltningen har handlagt.",)),
    # a kommunal bolag's owner steers its board: "Kommunfullmäktige i X kommun har antagit nya ägardirektiv för bolaget"
    Rule("owner_directive", "mandate", exclusive=False, triggers=("ägardirektiv",), handler="_md_owner_directive",
         examples=(_ex("Kommunfullmäktige i Åby kommun har den 29 september 2025 antagit nya ägardirektiv för bolaget.",
                       body="Styrelsen, Åby Bostäder AB",
                       facts=(("mandate", "Kommunfullmäktige, Åby kommun", "Styrelsen, Åby Bostäder AB", "delegates"),)),),
         counter_examples=("Ägardirektiven diskuterades.",)),
    Rule("serves_as", "mandate", exclusive=False, triggers=("fungerar",), handler="_md_serves_as",
         examples=(_ex("Referensgrupp Barnahus fungerar som arbetsgrupp till LSVO som styrgrupp.",
                       ("mandate", "Referensgrupp Barnahus", "LSVO", "reports_to")),)),
    # the giver told between "har" and the participle, as a formal protocol writes it: "Samverkansgruppen har av
    # Ledningsgruppen X (LVO) fått i uppdrag att …", "Processteamet har från styrgruppen fått uppdraget att …"
    Rule("uppdrag_giver_before_participle", "mandate", mandate="delegates", exclusive=False,
         triggers=("fått i uppdrag", "fått uppdrag"),
         pattern=r"^(?P<to>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+har\s+(?:tidigare\s+|nu\s+)?(?:av|från)\s+"
                 r"(?P<from>[A-ZÅÄÖ][^.;:,]{1,90}?)\s+(?:fått|erhållit)\s+(?:i\s+)?uppdrag(?:et)?\b",
         examples=(_ex("Samverkansgrupp äldre har av Ledningsgruppen för vård och omsorg i Ekby (LVO) fått i uppdrag att "
                       "ta fram en handlingsplan för fallprevention.",
                       ("mandate", "Ledningsgruppen för vård och omsorg i Ekby (LVO)", "Samverkansgrupp äldre", "delegates")),),
         counter_examples=("Elin Borg har av misstag fått uppdraget två gånger.",
                           "Samverkansgrupp äldre har fått i uppdrag av styrgruppen att ta fram en plan.")),
    # the uppdrag's giver told only in the sentence before, by its decision: "Elin berättade om styrgruppens beslut den
    # 20 januari. Arbetsgruppen har fått i uppdrag att …"
    Rule("uppdrag_from_body_before", "mandate", mandate="delegates", exclusive=False, narrative_only=True,
         triggers=("fått i uppdrag", "fått uppdrag", "fått uppdraget", "fått ett nytt uppdrag", "fått ett uppdrag"),
         handler="_uppdrag_from_body_before",
         examples=(_ex("Elin berättade om Styrgrupp Nära vårds beslut den 20 januari. Arbetsgruppen har fått i uppdrag att "
                       "ta fram en gemensam modell för hembesök.", body="Arbetsgrupp trygg hemgång",
                       facts=(("mandate", "Styrgrupp Nära vård", "Arbetsgrupp trygg hemgång", "delegates"),)),
                   _ex("Ordföranden redogjorde för beslutet i Samverkansgrupp äldre den 3 mars. Gruppen har fått ett nytt "
                       "uppdrag att kartlägga läkarstödet.", body="Arbetsgrupp läkarstöd",
                       facts=(("mandate", "Samverkansgrupp äldre", "Arbetsgrupp läkarstöd", "delegates"),))),
         counter_examples=("Elin berättade om arbetet i våras. Arbetsgruppen har fått i uppdrag att ta fram en modell.",)),
    # a body steering another, told as what it is for it: "Samverkansgrupp Äldre är styrgrupp för Projektgrupp trygg
    # hemgång", "att Styrgrupp Nära vård från den 1 april är styrgrupp för Processteam vårdövergångar"
    Rule("is_steering_group_for", "mandate", mandate="delegates", exclusive=False,
         triggers=("är styrgrupp", "blir styrgrupp", "vara styrgrupp", "utgör styrgrupp", "som styrgrupp för"),
         pattern=r"^(?:att\s+)?(?P<from>[A-ZÅÄÖ][^.;,:]{1,80}?)\s+(?:(?:från\s+och\s+med|från|fr\.o\.m\.)\s+(?:den\s+)?"
                 r"\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?\s+|sedan\s+[^.;,:]{2,20}?\s+|även\s+|också\s+|fortsatt\s+)?"
                 r"(?:är|blir|ska\s+vara|utgör|fungerar\s+som)\s+styrgrupp\s+(?:för|åt)\s+"
                 r"(?P<to>[A-ZÅÄÖ][^.;,:]+?)(?=\s*[,.;:]|\s*$|\s+och\s+[a-zåäö]+(?:ar|er|r)\b|\s+som\s)",
         examples=(_ex("Samverkansgrupp Äldre är styrgrupp för Projektgrupp trygg hemgång och tar emot en rapport varje kvartal.",
                       ("mandate", "Samverkansgrupp Äldre", "Projektgrupp trygg hemgång", "delegates"),
                       body="Samverkansgrupp Äldre"),
                   _ex("Styrgrupp psykisk hälsa och beroende är styrgrupp för Arbetsgrupp suicidprevention, och "
                       "arbetsgruppen rapporterar till styrgruppen.", body="Styrgrupp psykisk hälsa och beroende",
                       facts=(("mandate", "Styrgrupp psykisk hälsa och beroende", "Arbetsgrupp suicidprevention",
                               "delegates"),)),
                   _ex("att Styrgrupp Nära vård från den 1 april 2027 är styrgrupp för Processteam vårdövergångar",
                       decision=True, body="Ledningsgruppen för samverkan",
                       facts=(("mandate", "Styrgrupp Nära vård", "Processteam vårdövergångar", "delegates"),))),
         counter_examples=("Anna Ek är styrgrupp för projektet.", "Styrgruppen är styrgrupp för hela arbetet.")),
    Rule("relative_uppdrag", "mandate", exclusive=False, triggers=("fick i uppdrag", "fått i uppdrag"),
         handler="_md_relative_uppdrag",
         examples=(_ex("Samrådsorganet godkände den gemensamma planen för införandet av överenskommelsen, som LVO fick i "
                       "uppdrag att ta fram i maj, och vill ha en lägesrapport om införandet vid varje möte under 2026.",
                       ("mandate", "Samrådsorganet", "LVO", "delegates"),
                       ("mandate", "LVO", "Samrådsorganet", "reports_to"),
                       ("assignment", ["LVO"], "ta fram gemensamma planen"), body="LVO"),
                   # the body by its kind, the one whose meeting the sentence before told of
                   _ex("Cecilia återrapporterade från PSO:s möte den 26 september. Samrådsorganet godkände planen, som "
                       "LVO fick i uppdrag att ta fram i maj, och vill ha en lägesrapport vid varje möte.",
                       ("mandate", "PSO", "LVO", "delegates"), ("mandate", "LVO", "PSO", "reports_to"), body="LVO"),
                   _ex("RLG antog handlingsplanen, som Styrgrupp Äldre fick i uppdrag att ta fram i våras.",
                       ("mandate", "RLG", "Styrgrupp Äldre", "delegates")),),
         counter_examples=("Cecilia godkände planen, som LVO fick i uppdrag att ta fram i maj.",
                           "RLG antog handlingsplanen, som Anna Ek fick i uppdrag att ta fram i våras.")),
    # a body acting on powers another has handed it: "LSVO beslutade på delegation från PSVO", "AU har på delegation från
    # rådet rätt att lämna yttrande", "arbetsutskottet får på delegation från rådet besluta om …"
    Rule("on_delegation_from", "mandate", mandate="delegates", exclusive=False, triggers=("på delegation från", "på delegation av"),
         pattern=r"^(?:att\s+)?(?P<to>[A-ZÅÄÖa-zåäö][^.;,:]{0,60}?)\s+(?:(?:beslutade|beslutar|beslöt|har|hade|får|fick)\s+)?"
                 r"på\s+delegation\s+(?:från|av)\s+(?P<from>[^.;,:]+?)"
                 r"(?=\s+(?:rätt|att|får|fick|ska|kan|om|fatta|besluta|lämna|fastställa|yttra)\b|\s*[,:]|\s*\.?$)",
         examples=(_ex("LSVO beslutade på delegation från PSVO", body="LSVO",
                       facts=(("mandate", "PSVO", "LSVO", "delegates"),)),
                   _ex("Arbetsutskottet har på delegation från Samverkansrådet rätt att lämna yttrande när rådet inte hinner "
                       "sammanträda.", body="Arbetsutskottet",
                       facts=(("mandate", "Samverkansrådet", "Arbetsutskottet", "delegates"),))),
         counter_examples=("Beslutet fattades på delegation.",)),
    # an utskott deciding the matters its body's delegationsordning lists: "Nämndens arbetsutskott bereder ärenden inför
    # nämndens sammanträden och beslutar i de ärenden som anges i delegationsordningen" (the body that met delegates)
    Rule("decides_by_delegationsordning", "mandate", mandate="delegates", exclusive=False,
         triggers=("i delegationsordningen", "av delegationsordningen"),
         pattern=r"^(?P<to>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:[a-zåäö]+[aeo]r\s+[^.;]*?\s+och\s+)?beslutar\s+i\s+(?:de\s+)?ärenden\s+som\s+"
                 r"(?:anges|framgår|räknas\s+upp)\s+(?:i|av)\s+(?:nämndens\s+|styrelsens\s+)?delegationsordning(?:en)?\b",
         examples=(_ex("Nämndens arbetsutskott bereder ärenden inför nämndens sammanträden och beslutar i de ärenden som "
                       "anges i delegationsordningen.", body="Socialnämnden, Åby kommun",
                       facts=(("mandate", "Socialnämnden, Åby kommun", "Socialnämndens arbetsutskott, Åby kommun",
                               "delegates"),)),),
         counter_examples=("Ordföranden beslutar i de ärenden som anges i delegationsordningen.",
                           "Förvaltningschefen beslutar i ärenden som framgår av delegationsordningen.")),
    # an utskott or beredning preparing the matters of the body above it: "Arbetsutskottet bereder ärenden till
    # Politiskt samråd X", "Beredningen bereder frågor åt nämnden": it works for that body and reports to it
    # the uppdrag and its report back in one breath: "Processteamet har fått förlängt uppdrag av samverkansgruppen
    # till och med 2028 och ska redovisa resultatet i höst" (the report goes to the body that gave the uppdrag)
    # a body asked to report back to another: "Samverkansgrupp Äldre ombeds återrapportera ett förslag till RLG senast …"
    Rule("asked_to_report_back", "mandate", mandate="reports_to", exclusive=False,
         triggers=("ombeds återrapportera", "ombeds rapportera", "ombeds redovisa", "ombeds att återrapportera",
                   "ombeds att rapportera", "ombeds att redovisa", "uppmanas att återrapportera", "ombeds återkomma"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:ombeds|uppmanas)\s+(?:att\s+)?(?:återrapportera|rapportera|redovisa|"
                 r"återkomma)\b[^.;]*?\s+(?:till|för)\s+(?P<to>[A-ZÅÄÖ][^.;,]*?|[a-zåäö]*(?:gruppen|rådet|nämnden|styrelsen))"
                 + _REFERRED_TO_END,
         examples=(_ex("Samverkansgrupp äldre ombeds återrapportera ett förslag inklusive kostnadskonsekvenser till "
                       "Ledningsgruppen för samverkan i Norrby senast den 13 mars 2031.", decision=True,
                       body="Ledningsgruppen för samverkan i Norrby",
                       facts=(("mandate", "Samverkansgrupp äldre", "Ledningsgruppen för samverkan i Norrby", "reports_to"),)),),
         counter_examples=("Elin Borg ombeds återrapportera till styrgruppen i mars.",
                           "Samverkansgrupp äldre ombeds återkomma med ett förslag.")),
    Rule("uppdrag_then_report", "mandate", mandate="reports_to", exclusive=False,
         triggers=("och ska redovisa", "och ska återrapportera", "och ska rapportera", "och ska återkomma"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:har\s+)?(?:fått|fick|får)\s+(?:ett\s+)?(?:(?:nytt|förlängt|utökat|"
                 r"fortsatt|ändrat)\s+)?uppdrag(?:et)?\s+(?:av|från)\s+(?P<to>[^.;,(]+?)"
                 r"(?:\s+(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|fram\s+till|under)\s+[^.;,]{2,30}?)?"
                 r"\s+och\s+ska\s+(?:redovisa|återrapportera|rapportera|återkomma)\b[^.;]*$",
         examples=(_ex("Processteamet har fått förlängt uppdrag av Styrgrupp Barnahus till och med 2028 och ska redovisa "
                       "resultatet av uppföljningen i höst.", body="Processteam Ungdom",
                       facts=(("mandate", "Processteam Ungdom", "Styrgrupp Barnahus", "reports_to"),)),),
         counter_examples=("Elin Borg har fått uppdrag av styrgruppen och ska redovisa i maj.",)),
    # the body that met keeps a body below at its work: "att styrgruppens uppdrag förlängs till och med 2029, med
    # återrapportering till ledningsgruppen varje december" (the uppdrag its own; the report back to the body named)
    Rule("uppdrag_extended_decided", "mandate", mandate="delegates", exclusive=False, decision_only=True,
         triggers=("uppdrag förlängs", "uppdrag utökas", "uppdrag förnyas", "uppdrag kvarstår", "Uppdraget till ",
                   "uppdraget till "),
         pattern=r"^(?:att\s+)?(?P<to>[A-ZÅÄÖa-zåäö][^.;,:]{1,80}?)(?::s|s)\s+uppdrag\s+(?:förlängs|utökas|förnyas|kvarstår)\b"
                 # the body named after the uppdrag: "Uppdraget till Arbetsgrupp trygg hemgång förlängs till och med …"
                 r"|^(?:att\s+)?[Uu]ppdraget\s+till\s+(?P<to3>[A-ZÅÄÖ][^.;,:]{1,80}?)\s+(?:förlängs|utökas|förnyas|kvarstår)\b",
         examples=(_ex("att styrgruppens uppdrag förlängs till och med 2029, med återrapportering till ledningsgruppen "
                       "varje december", decision=True, body="Ledningsgruppen för samverkan i Norrby",
                       title="Styrgrupp Nära vård – fortsatt uppdrag",
                       facts=(("mandate", "Ledningsgruppen för samverkan i Norrby", "Styrgrupp Nära vård", "delegates"),)),
                   _ex("Arbetsgrupp SIP:s uppdrag förlängs till juni.", decision=True, body="Samverkansgrupp äldre",
                       facts=(("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates"),)),
                   _ex("Uppdraget till Arbetsgrupp trygg hemgång förlängs till och med den 31 december 2027.",
                       decision=True, body="Styrgrupp Nära vård",
                       facts=(("mandate", "Styrgrupp Nära vård", "Arbetsgrupp trygg hemgång", "delegates"),))),
         counter_examples=("Avtalets giltighet förlängs till 2027.", "Elin Borgs uppdrag förlängs till juni.",
                           "Uppdraget till Elin Borg förlängs till juni.")),
    Rule("uppdrag_extended_reports", "mandate", mandate="reports_to", exclusive=False, decision_only=True,
         triggers=("med återrapportering till", "med redovisning till"),
         pattern=r"^(?:att\s+)?(?P<from>[A-ZÅÄÖa-zåäö][^.;,:]{1,80}?)(?::s|s)\s+uppdrag\s+(?:förlängs|utökas|förnyas|kvarstår)\b"
                 r"[^.;]*?,?\s+med\s+(?:åter)?r(?:apportering|edovisning)\s+till\s+(?P<to>[^.;,]+?)"
                 r"(?=\s+(?:varje|en\s+gång|två\s+gånger|i|senast|den|efter|per)\b|\s*[.;,]|\s*$)",
         examples=(_ex("att styrgruppens uppdrag förlängs till och med 2029, med återrapportering till ledningsgruppen "
                       "varje december", decision=True, body="Ledningsgruppen för samverkan i Norrby",
                       title="Styrgrupp Nära vård – fortsatt uppdrag",
                       facts=(("mandate", "Styrgrupp Nära vård", "Ledningsgruppen för samverkan i Norrby", "reports_to"),)),),
         counter_examples=("Avtalets giltighet förlängs, med återrapportering till nämnden.",)),
    Rule("prepares_matters_for", "mandate", mandate="reports_to", exclusive=False, triggers=("bereder",),
         # ("Gruppen bereder kultursamverkansfrågor inför Politiskt kulturråd X": the matters of a field, for the body
         # named after "inför", not for one of its meetings)
         # ("Tjänstemannaberedningen bereder i dag ärenden till X": how things stand now, between the verb and what)
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,:]{0,60}?)\s+bereder\s+(?:(?:i\s+dag|idag|numera|fortfarande|också|även)\s+)?"
                 r"(?:alla\s+)?(?:ärenden|ärendena|[a-zåäö]*frågor|frågorna|"
                 r"beslutsunderlag|underlag|underlagen)\s+(?:till|åt|inför(?=\s+[A-ZÅÄÖ])(?![^.;,:]*?s\s+(?:möte|sammanträde)))"
                 r"\s+(?P<to>[^.;,:]+?)"
                 r"(?=\s+(?:på\s+uppdrag|och|samt|genom|enligt|inför)\b|\s*[,.;:]|\s*$)",
         examples=(_ex("Arbetsutskottet bereder ärenden till Samverkansrådet och lämnar förslag till föredragningslista.",
                       body="Arbetsutskottet", facts=(("mandate", "Arbetsutskottet", "Samverkansrådet", "reports_to"),)),
                   _ex("Tjänstemannaberedningen bereder i dag ärenden till Politiskt samråd Norrby.", body="RLG",
                       facts=(("mandate", "Tjänstemannaberedningen", "Politiskt samråd Norrby", "reports_to"),)),
                   _ex("Arbetsutskottet bereder ärenden till Samverkansrådet på uppdrag av rådet.",
                       body="Arbetsutskottet", facts=(("mandate", "Arbetsutskottet", "Samverkansrådet", "reports_to"),)),
                   _ex("Gruppen bereder kultursamverkansfrågor inför Politiskt samråd Norrby och rapporterar dit.",
                       facts=(("mandate", "Samverkansgrupp äldre", "Politiskt samråd Norrby", "reports_to"),))),
         # (not the matters of one meeting: "Ledningsgruppen bereder ärendena inför samrådsorganets möte")
         counter_examples=("Anna Ek bereder ärendet till nästa möte.",
                           "Ledningsgruppen bereder ärendena inför samrådsorganets möte.",
                           "Ledningsgruppen bereder frågorna inför Politiskt samråd Norrbys möte i maj.")),
    # a member carrying the group's report up: "JW rapporterar arbetsgruppens läge till Styrgrupp X den 6 maj",
    # "Eva Ek redovisar gruppens arbete för styrgruppen": the group reports to that body
    Rule("carries_group_report", "mandate", mandate="reports_to", exclusive=False,
         triggers=("rapporterar", "redovisar"),
         pattern=r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?:åter)?(?:rapporterar|redovisar)\s+"
                 r"(?P<from>[a-zåäö]*(?:gruppen|teamet|nätverket))s\s+(?:läge|arbete|lägesrapport|status|resultat)\s+"
                 # (the body by its kind and then its name: "till samverkansgruppen Mitt i livet vid deras möte")
                 r"(?:till|för)\s+(?P<to>[A-ZÅÄÖ][^.;,]+?|[a-zåäö]*(?:styrgruppen|ledningsgruppen|samverkansgruppen)"
                 r"(?:\s+[A-ZÅÄÖ][^.;,]*?)?)"
                 r"(?:\s+(?:den|i|vid|senast|på|under|inför|\d)\b.*|,.*)?$",
         examples=(_ex("Anna Ek rapporterar arbetsgruppens läge till Styrgrupp Nära vård den 6 maj, enligt uppdraget.",
                       body="Arbetsgrupp SIP", roster=("Anna Ek",),
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"),)),
                   _ex("Malin rapporterar gruppens arbete till samverkansgruppen Barn och unga vid deras möte 21 maj.",
                       body="Lokal samverkansgrupp Åby", roster=("Malin Ek",),
                       facts=(("mandate", "Lokal samverkansgrupp Åby", "samverkansgruppen Barn och unga", "reports_to"),))),
         counter_examples=("Anna Ek rapporterar läget från Åby kommun.",)),
    # the same with the body it works for after "på uppdrag av": that body delegates to it
    Rule("prepares_on_behalf_of", "mandate", mandate="delegates", exclusive=False, triggers=("bereder",),
         pattern=r"^(?P<to>[A-ZÅÄÖ][^.;,:]{0,60}?)\s+bereder\s+(?:alla\s+)?(?:ärenden|ärendena|frågor|frågorna|"
                 r"beslutsunderlag|underlag|underlagen)\s+(?:(?:till|åt)\s+[^.;,:]+?\s+)?på\s+uppdrag\s+(?:av|från)\s+"
                 r"(?P<from>[A-ZÅÄÖ][^.;,:]+?)(?=\s+(?:och|samt|genom|enligt|inför)\b|\s*[,.;:]|\s*$)",
         examples=(_ex("Arbetsutskottet bereder ärenden till Samverkansrådet på uppdrag av Samverkansrådet och lämnar förslag.",
                       body="Arbetsutskottet", facts=(("mandate", "Samverkansrådet", "Arbetsutskottet", "delegates"),)),),
         counter_examples=("Anna Ek bereder ärendet på uppdrag av ordföranden.",)),
    # the body it works for named in full after "till", then again by its kind: "… bereder ärenden till Politiskt
    # samråd X på uppdrag av samrådet"
    Rule("prepares_for_on_its_behalf", "mandate", mandate="delegates", exclusive=False, triggers=("bereder",),
         pattern=r"^(?P<to>[A-ZÅÄÖ][^.;,:]{0,60}?)\s+bereder\s+(?:alla\s+)?(?:ärenden|ärendena|frågor|frågorna|"
                 r"beslutsunderlag|underlag|underlagen)\s+(?:till|åt)\s+(?P<from>[A-ZÅÄÖ][^.;,:]+?)\s+på\s+uppdrag\s+"
                 r"(?:av|från)\s+(?:[a-zåäö]+(?:et|en|na))(?=\s+(?:och|samt|genom|enligt|inför)\b|\s*[,.;:]|\s*$)",
         examples=(_ex("Arbetsutskottet bereder ärenden till Samverkansrådet på uppdrag av rådet och lämnar förslag.",
                       body="Arbetsutskottet", facts=(("mandate", "Samverkansrådet", "Arbetsutskottet", "delegates"),)),),
         counter_examples=("Anna Ek bereder ärendet till nämnden på uppdrag av ordföranden.",)),
    # the body preparing matters for another told in a relative clause after its name: "Frågan bereds av LVO, som
    # bereder den åt PSO och avrapporterar dit", "… till Tjänstemannaberedningen, som bereder ärenden åt PSR": it
    # reports to that body, which has it prepare them
    Rule("prepares_for_relative", "mandate", mandate="reports_to", exclusive=False, triggers=("som bereder",),
         pattern=_PREPARES_FOR_RELATIVE,
         examples=(_ex("Frågan bereds av Styrgrupp Barnahus, som bereder den åt PSVO och avrapporterar dit i december.",
                       ("mandate", "Styrgrupp Barnahus", "PSVO", "reports_to")),
                   _ex("Rutinen skickas till Tjänstemannaberedningen, som bereder ärenden åt Politiskt samråd Norrby.",
                       ("mandate", "Tjänstemannaberedningen", "Politiskt samråd Norrby", "reports_to"))),
         counter_examples=("Frågan skickas till Eva Ek, som bereder den åt Styrgrupp Barnahus.",
                           "Styrgrupp Barnahus, som bereder ärendet till nästa möte, träffas i maj.")),
    Rule("prepares_for_relative_gives", "mandate", mandate="delegates", exclusive=False, triggers=("som bereder",),
         pattern=_PREPARES_FOR_RELATIVE.replace("P<from>", "P<x>").replace("P<to>", "P<from>").replace("P<x>", "P<to>"),
         examples=(_ex("Frågan bereds av Styrgrupp Barnahus, som bereder den åt Regional ledningsgrupp Norrby.",
                       ("mandate", "Regional ledningsgrupp Norrby", "Styrgrupp Barnahus", "delegates")),),
         counter_examples=("Frågan skickas till Eva Ek, som bereder den åt Styrgrupp Barnahus.",)),
    # the body above keeping the body that met at its work, told in its minutes: "RLG har förlängt uppdraget till juni
    # 2030", "Styrgruppen har utökat gruppens uppdrag": the uppdrag is the body's own
    Rule("extended_our_uppdrag", "mandate", mandate="delegates", exclusive=False, narrative_only=True,
         triggers=("förlängt uppdraget", "förlängt gruppens", "utökat uppdraget", "utökat gruppens", "förnyat uppdraget",
                   "förnyat gruppens"),
         pattern=r"^(?P<from7>[A-ZÅÄÖ][^.;:,]{0,60}?)\s+har\s+(?:förlängt|utökat|förnyat)\s+(?:gruppens\s+)?uppdrag(?:et)?\b",
         examples=(_ex("Styrgrupp Barnahus har förlängt uppdraget till juni 2030.",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"), body="Arbetsgrupp SIP"),),
         counter_examples=("Eva Ek har förlängt uppdraget till juni.", "Kommunen har förlängt avtalet till juni.")),
    # the body that gave an uppdrag extending it, the other body in the genitive: "Styrgruppen förlänger
    # arbetsgruppens uppdrag till och med juni 2030"
    Rule("extends_their_uppdrag", "mandate", mandate="delegates", exclusive=False,
         triggers=("förlänger", "förlängde", "utökar", "utökade", "förnyar", "förnyade"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{0,60}?)\s+(?:förlänger|förlängde|utökar|utökade|förnyar|förnyade)\s+"
                 r"(?P<to>[A-ZÅÄÖa-zåäö][^.;:,]{1,60}?)(?::s|s)\s+uppdrag\b",
         examples=(_ex("Styrgruppen förlänger Arbetsgrupp SIP:s uppdrag till och med juni 2030.",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"), body="Styrgrupp Barnahus"),),
         counter_examples=("Styrgruppen förlänger Elin Borgs uppdrag till juni.",
                           "Kommunen förlänger avtalets giltighet till juni.")),
    # a body placed under another: "Närvårdsrådet lyder under Styrgrupp Nära vård", "Gruppen sorterar under RLG": it
    # answers to that body
    # (told in passing, in a relative clause: "… i Samverkansgrupp Äldre, som lyder under RLG")
    Rule("placed_under", "mandate", mandate="reports_to", exclusive=False, triggers=("lyder under", "sorterar under"),
         pattern=r"(?:^|(?<=\s)(?=[A-ZÅÄÖ][\wåäö-]*(?:grupp|råd|team|nätverk|forum|beredning)\b[^.;:,]{0,60},\s+som\s+(?:lyder|sorterar)\s))"
                 r"(?P<from>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket|beredningen|utskottet|forumet)|"
                 r"[A-ZÅÄÖ][\wåäö-]*(?:grupp|råd|team|nätverk|forum|beredning)\s+[^.;:,]{1,60}?)(?:,\s+som)?\s+(?:lyder|sorterar)\s+"
                 r"under\s+(?P<to>[^.;,]+?)(?=\s+(?:och|samt|sedan|från|men)\b|\s*[,.;:]|\s*$)",
         examples=(_ex("Närvårdsrådet lyder under Styrgrupp Barnahus.",
                       ("mandate", "Närvårdsrådet", "Styrgrupp Barnahus", "reports_to"), body="Närvårdsrådet"),
                   _ex("Arbetsgrupp SIP sorterar under Styrgrupp Barnahus.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to")),
                   _ex("Per Ek har sedan 2029 representerat Åby kommun i Arbetsgrupp SIP, som lyder under Styrgrupp Barnahus.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"), body="Socialnämnden, Åby kommun")),
         counter_examples=("Verksamheten lyder under socialtjänstlagen.", "Eva Ek lyder under Styrgrupp Barnahus.",
                           "Han arbetar med Eva Ek, som lyder under Styrgrupp Barnahus.")),
    # a body giving feedback to the one it works for: "Arbetsgruppen är tillsatt av X och återkopplar till styrgruppen"
    # a body handing what it prepares to the body it works for: "Rådet bereder frågor om biblioteksplanen och lämnar sina
    # förslag till nämnden" (as "… och lämnar sina förslag dit" after who set it up)
    Rule("hands_its_proposals_to", "mandate", mandate="reports_to", exclusive=False,
         triggers=("lämnar sina förslag till", "lämnar sina rekommendationer till"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket|beredningen|utskottet|forumet)|"
                 r"(?:Gruppen|Rådet|Teamet|Nätverket|Beredningen|Utskottet|Forumet)|"
                 r"[A-ZÅÄÖ][\wåäö-]*(?:grupp|råd|team|nätverk|forum|beredning)\s+[^.;:,]{1,60}?)\s+(?:[^.;:]{0,160}?\s+och\s+)?"
                 r"lämnar\s+sina\s+(?:förslag|rekommendationer)\s+till\s+(?!(?:nästa|kommande)\b)(?P<to>[^.;,]+?)"
                 r"(?=\s+(?:via|genom|och|samt|om|senast|i|varje|inför|efter|vid)\b|\s*[,.;:(]|\s*$)",
         examples=(_ex("Samverkansrådet bereder frågor om biblioteksplanen och lämnar sina förslag till nämnden.",
                       body="Kulturnämnden, Region Ås",
                       facts=(("mandate", "Samverkansrådet", "Kulturnämnden, Region Ås", "reports_to"),)),
                   # the council by its kind alone, in a nämnd's minutes under an item naming it
                   _ex("Rådet bereder frågor om biblioteksplanen och lämnar sina förslag till nämnden.",
                       body="Kulturnämnden, Region Ås", title="Representation i Bibliotekrådet i Ås län",
                       facts=(("mandate", "Bibliotekrådet i Ås län", "Kulturnämnden, Region Ås", "reports_to"),))),
         counter_examples=("Eva Ek lämnar sina förslag till nästa möte.", "Gruppen lämnar sina förslag till beslut i maj.")),
    # a body handing a piece of work in to another by a day: "att arbetsgruppen lämnar ett förslag till modell till
    # samverkansgruppen senast den 14 oktober", "Arbetsgruppen lämnar förslaget till processteamet senast 30/9"
    Rule("hands_in_work_to", "mandate", mandate="reports_to", exclusive=False,
         triggers=("lämnar ett förslag", "lämnar förslaget", "lämnar sitt förslag", "lämnar ett utkast", "lämnar utkastet",
                   "lämnar en rapport", "lämnar rapporten", "lämnar sin rapport"),
         pattern=r"^(?P<from>[A-ZÅÄÖa-zåäö][\wåäö-]*(?:gruppen|rådet|teamet|nätverket|beredningen)|"
                 r"[A-ZÅÄÖ][\wåäö-]*(?:grupp|team|nätverk)\s+[^.;:,]{1,60}?)\s+(?:(?:ska|skall)\s+)?lämnar\s+"
                 r"(?:ett\s+förslag|förslaget|sitt\s+förslag|ett\s+utkast|utkastet|en\s+rapport|rapporten|sin\s+rapport)"
                 r"(?:\s+till\s+(?!(?:nästa|kommande)\b)[a-zåäö][^.;,]{0,60}?)?\s+till\s+(?!(?:nästa|kommande)\b)"
                 # (the body handed to by its kind in the definite form, the one that gave the work or met: a proposal
                 # sent on to a council named outright, "… lämnar sitt förslag till PSO i september", tells no line)
                 r"(?P<to>[a-zåäö]*(?:gruppen|teamet|rådet|nätverket|beredningen|utskottet|nämnden|styrelsen))"
                 r"(?=\s+(?:senast|i|den|vid|inför|under|efter)\b|\s*[,.;]|\s*$)",
         examples=(_ex("att arbetsgruppen lämnar ett förslag till modell till samverkansgruppen senast den 14 oktober 2027",
                       decision=True, body="Samverkansgrupp psykisk hälsa", title="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Samverkansgrupp psykisk hälsa", "reports_to"),)),
                   _ex("Arbetsgruppen lämnar förslaget till processteamet senast 30/9.", body="Arbetsgrupp SIP",
                       title="Uppdrag från Processteam utskrivning",
                       facts=(("mandate", "Arbetsgrupp SIP", "Processteam utskrivning", "reports_to"),))),
         counter_examples=("Eva Ek lämnar ett förslag till nästa möte.", "Arbetsgruppen lämnar ett förslag till nästa möte.",
                           "Arbetsgruppen lämnar sitt förslag till utbildningsplan till Regionala rådet i september.")),
    Rule("feeds_back_to", "mandate", mandate="reports_to", exclusive=False, triggers=("återkopplar till",),
         pattern=r"^(?P<from>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket|beredningen|utskottet|forumet)|"
                 r"[A-ZÅÄÖ][\wåäö-]*(?:grupp|råd|team|nätverk|forum)\s+[^.;:,]{1,60}?)\s+(?:[^.;:]{0,120}?\s+och\s+)?"
                 r"(?:(?:ska|skall)\s+)?(?:(?:löpande|regelbundet|sedan)\s+)?återkopplar\s+till\s+(?P<to>[^.;,]+?)"
                 r"(?=\s+(?:via|genom|och|samt|om|senast|i|varje|en|två|efter|vid)\b|\s*[,.;:(]|\s*$)",
         examples=(_ex("Arbetsgruppen är tillsatt av Styrgrupp Barnahus (beslut 14/2) och återkopplar till styrgruppen "
                       "via sammankallande.", ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"),
                       body="Arbetsgrupp SIP"),),
         counter_examples=("Eva Ek återkopplar till styrgruppen i maj.", "Arbetsgruppen återkopplar till nästa möte.")),
    # "PSVO gav den 2 oktober LSVO delegation att fastställa bilagorna": the one handing over its powers delegates
    Rule("gave_delegation", "mandate", mandate="delegates", exclusive=False, triggers=("delegation att",),
         pattern=r"(?:^|\bom\s+att\s+|\batt\s+)(?P<from>[A-ZÅÄÖ][^.;,:]{0,60}?)\s+(?:" + _WHEN_BEFORE + r"\s+)?"
                 r"(?:gav|ger|har\s+gett|har\s+givit|gett)\s+(?P<to>[A-ZÅÄÖ][^.;,:]{0,60}?)\s+delegation\s+att\b",
         examples=(_ex("Ordföranden påminde om att PSVO den 2 oktober gav LSVO delegation att fastställa reviderade bilagor.",
                       body="LSVO", facts=(("mandate", "PSVO", "LSVO", "delegates"),)),),
         counter_examples=("Ordföranden gav ingen delegation att fastställa bilagorna.",)),
    # "Styrgruppen beställer en analys från Projektgruppen X": the body ordering work from another commissions it
    Rule("orders_from", "mandate", mandate="delegates", exclusive=False,
         triggers=("beställer", "beställa", "beställde", "beställt"),
         pattern=r"^(?:att\s+)?(?:(?P<from>[A-ZÅÄÖ][^.;,]{1,80}?)\s+(?:har\s+)?)?(?:beställer|beställa|beställde|beställt)\s+"
                 r"(?:en\s+|ett\s+)?(?:ny\s+|nytt\s+|fördjupad\s+|fördjupat\s+)?(?:analys|kartläggning|utredning|sammanställning|"
                 r"underlag|uppföljning|utvärdering|lägesbild|rapport|förslag)(?:en|et)?\s+(?:från|hos)\s+"
                 r"(?P<to>[^.;,]+?)(?:\s+(?:av|om|kring|över|gällande|rörande|inför|senast|till|med|på)\b.*)?$",
         examples=(_ex("Styrgruppen beställer en analys från Arbetsgrupp SIP av teamets effekter på akutbesöken.",
                       ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"), body="Styrgrupp Nära vård"),
                   _ex("beställa en kartläggning från Arbetsgrupp SIP om väntetiderna", decision=True,
                       body="Styrgrupp Nära vård", facts=(("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"),)),
                   # the report back told after it in the same decision
                   _ex("Styrgruppen beställer en analys från Arbetsgrupp SIP av effekterna; analysen redovisas för "
                       "styrgruppen senast 2027-03-01", decision=True, body="Styrgrupp Nära vård",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"),))),
         counter_examples=("Styrgruppen beställer en analys från ett konsultföretag.",
                           "Anna Ek beställer material från Arbetsgrupp SIP.")),
    Rule("reported_in", "mandate", exclusive=False,
         triggers=("återkopplas", "återrapporteras", "redovisas", "rapporteras", "Återrapport till", "till handa",
                   "Återrapportering till", "Rapport till", "; återrapport", "återrapportering sker"), handler="_md_reported_in",
         examples=(# two parts given in one decision, both reported at the meeting of the body that gave them
                   _ex("uppdra åt Arbetsgrupp SIP att kartlägga lösningarna,\nuppdra åt Arbetsgrupp mobila team att beskriva "
                       "behoven,\nbåda delarna redovisas vid Styrgrupp Barnahus:s möte i november.", decision=True,
                       body="Styrgrupp Barnahus",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"),
                              ("mandate", "Arbetsgrupp mobila team", "Styrgrupp Barnahus", "reports_to"))),
                   _ex("Uppföljningen hanteras av arbetsgruppen och återrapporteras till Styrgrupp Barnahus.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"), body="Arbetsgrupp SIP"),
                   # the body given the task by its kind in small letters, then its name, in the passive
                   _ex("samverkansgrupp Äldre ges i uppdrag att ta fram en gemensam rutin, att redovisas på RLG "
                       "2031-10-10", decision=True, body="RLG",
                       facts=(("mandate", "Samverkansgrupp äldre", "RLG", "reports_to"),)),
                   # the report-back as a noun joined by "och", how often after it
                   _ex("Vi gick igenom uppdraget, och återrapportering sker till Styrgrupp Barnahus två gånger per år.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"), body="Arbetsgrupp SIP"),
                   # where the body reported to takes it next
                   _ex("Förslaget ska återrapporteras till Styrgrupp Barnahus i november och därefter lyftas till LSVO.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"),
                       ("mandate", "Styrgrupp Barnahus", "LSVO", "reports_to"), body="Arbetsgrupp SIP"),
                   _ex("uppdra åt Styrgrupp Äldre att ta fram en plan\nförslaget redovisas för ledningsgruppen senast 2025-09-30",
                       decision=True, body="Regional ledningsgrupp",
                       facts=(("mandate", "Styrgrupp Äldre", "Regional ledningsgrupp", "reports_to"),)),
                   # the body that met named by its acronym alone in the report-back: the body given the task reports
                   # a task under an "Uppdrag:" label, the report back as a noun in a sentence of its own
                   _ex("Uppdrag: Styrgrupp Äldre får i uppdrag att ta fram ett förslag till modell. Återrapport till "
                       "ledningsgruppen 2026-05-15.", decision=True, body="Regional ledningsgrupp",
                       facts=(("assignment", ["Styrgrupp Äldre"], "ta fram ett förslag till modell"),
                              ("mandate", "Regional ledningsgrupp", "Styrgrupp Äldre", "delegates"),
                              ("mandate", "Styrgrupp Äldre", "Regional ledningsgrupp", "reports_to"))),
                   _ex("Styrgrupp Äldre får i uppdrag att ta fram ett förslag till modell; återrapport till "
                       "ledningsgruppen 2026-05-15", decision=True, body="Regional ledningsgrupp",
                       facts=(("mandate", "Styrgrupp Äldre", "Regional ledningsgrupp", "reports_to"),)),
                   _ex("ge LSVO i uppdrag att ta fram en plan,\nförslaget återrapporteras till PSVO i december",
                       decision=True, body="Politiskt samverkansorgan (PSVO)",
                       facts=(("mandate", "LSVO", "PSVO", "reports_to"),)),
                   # the report-back joined to the task in one decision
                   _ex("ger Arbetsgrupp trygg hemgång i uppdrag att ta fram en checklista; förslaget redovisas för "
                       "styrgruppen den 22 maj", decision=True, body="Styrgrupp Nära vård",
                       facts=(("mandate", "Arbetsgrupp trygg hemgång", "Styrgrupp Nära vård", "reports_to"),)),
                   # every body given the task in the sentence before reports back
                   _ex("Styrgruppen gav den 8 oktober Lokal närvårdsgrupp Ås och Lokal närvårdsgrupp Berg i uppdrag att "
                       "kartlägga patienter med omfattande behov. Ebba redovisade läget. Resultaten redovisas för "
                       "styrgruppen den 18 februari 2026.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Lokal närvårdsgrupp Ås", "Styrgrupp Nära vård", "reports_to"),
                              ("mandate", "Lokal närvårdsgrupp Berg", "Styrgrupp Nära vård", "reports_to"))),
                   # "samverkansgruppen" in a local body's notes, the item naming one samverkansgrupp: that one
                   _ex("Uppdraget kommer från Samverkansgrupp barn och unga: varje lokal grupp ska beskriva hur "
                       "samverkan fungerar. Resultatet återrapporteras till samverkansgruppen i maj.",
                       ("mandate", "Lokal samverkansgrupp Åby", "Samverkansgrupp barn och unga", "reports_to"),
                       body="Lokal samverkansgrupp Åby"),
                   # how it is reported between the verb and the body: "redovisas gemensamt till"
                   _ex("Nätverket enades om att avvikelserna ska redovisas gemensamt till Styrgrupp Barnahus i oktober.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"), body="Arbetsgrupp SIP"),
                   # "dit": to the body the clause before named, the one that gave the task
                   _ex("Styrgrupp Barnahus gav i september arbetsgruppen i uppdrag att ta fram en handlingsplan. "
                       "Handlingsplanen ska beslutas av Styrgrupp Barnahus och redovisas dit i mars.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"), body="Arbetsgrupp SIP"),
                   _ex("Rutinen ska stämmas av med Samverkansgrupp äldre och återrapporteras dit före sommaren.",
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to"), body="Arbetsgrupp SIP"),
                   # the product due with the body, as letters of office say it: "ska vara X till handa senast …"
                   _ex("Samverkansgrupp äldre har uppdragit åt arbetsgruppen att revidera rutinen. Förslaget ska vara "
                       "samverkansgruppen till handa senast den 30 november.",
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to"), body="Arbetsgrupp SIP")),
         counter_examples=("Rapporten redovisas i sin helhet i bilaga.",
                           "Resultatet redovisas för gruppen i maj.",
                           "Resultatet redovisas gemensamt i bilaga.",
                           # "dit" after a person or a place, no body
                           "Underlaget tas fram av Elin Borg och redovisas dit i maj.",
                           "Resultatet ska redovisas dit i maj.",
                           "Anmälan ska vara Elin Borg till handa senast den 1 mars.")),
    # "att ge X i uppdrag att ta fram en plan, och att planen redovisas för rådet den 9 december": when the task is due
    Rule("reported_on_day", "assignment", exclusive=False, decision_only=True,
         triggers=("redovisas", "återrapporteras", "rapporteras", "presenteras"), handler="_as_reported_on_day",
         examples=(_ex("att ge Elin Borg i uppdrag att ta fram en handlingsplan för psykisk hälsa, och\n"
                       "att handlingsplanen redovisas för rådet den 9 december 2025.", decision=True, body="Folkhälsorådet",
                       facts=(("assignment", ["Elin Borg"], "ta fram en handlingsplan"),)),),
         counter_examples=("Förslaget redovisas i sin helhet i bilaga.",)),
    Rule("owned_subgroup", "mandate", exclusive=False, triggers=("s arbetsgrupp", "s projektgrupp"),
         handler="_md_owned_subgroup",
         examples=(_ex("Eva, som ingår i styrgruppens arbetsgrupp för läkemedel, berättade om förslaget. "
                       "Styrgrupp Äldre har tidigare behandlat frågan.",
                       ("mandate", "Arbetsgrupp för läkemedel", "Styrgrupp Äldre", "reports_to")),),
         counter_examples=("Eva meddelar styrgruppens sekreterare de nya namnen.",
                           "Eva berättar om Anna Lunds arbetsgrupp för läkemedel.",
                           "Eva ingår i processteamets arbetsgrupp för läkemedel.")),
    Rule("gave_task_report_back", "mandate", exclusive=False,
         triggers=("rapportera", "redovisa", "med återrapport", "med rapport", "med redovisning"),
         handler="_md_gave_task_report_back",
         examples=(_ex("Styrgrupp Äldre gav den 3 mars 2025 arbetsgruppen i uppdrag att ta fram en plan och återrapportera i oktober.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Äldre", "reports_to"), body="Arbetsgrupp SIP"),
                   # the report told as what is shown to whom, the giver named again by its type word
                   _ex("Politiskt samråd för vård, hälsa och omsorg i Åsen (PSÅ) gav den 16 maj 2025 ledningsgruppen i "
                       "uppdrag att ta fram en plan och redovisa den för samrådet den 26 september 2025.",
                       ("mandate", "Politiskt samråd för vård, hälsa och omsorg i Åsen (PSÅ)", "Ledningsgrupp Åsen",
                        "delegates"),
                       ("mandate", "Ledningsgrupp Åsen", "Politiskt samråd för vård, hälsa och omsorg i Åsen (PSÅ)",
                        "reports_to"), body="Ledningsgrupp Åsen"),
                   # the report at the giver's meeting, the giver by its kind in the genitive
                   _ex("Politiskt samverkansråd gav den 7 november 2025 ledningsgruppen i uppdrag att ta fram en plan och "
                       "redovisa den vid rådets sammanträde i juni 2026.", body="Ledningsgrupp Åsen",
                       facts=(("mandate", "Ledningsgrupp Åsen", "Politiskt samverkansråd", "reports_to"),)),
                   # the paragraph of that decision cited in brackets before whom it gave the task
                   _ex("Samrådsorganet gav den 16 maj 2025 (§ 17) LVO i uppdrag att ta fram en plan och redovisa den "
                       "vid dagens möte.", ("mandate", "Politiskt samrådsorgan Åsen", "LVO", "delegates"),
                       ("assignment", ["LVO"], "ta fram en plan"), body="Politiskt samrådsorgan Åsen"),
                   # the report back told as a noun after a comma: "…, med återrapport till X i april"
                   _ex("Ledningsgrupp Åsen gav i september samverkansgruppen i uppdrag att ta fram en modell mot "
                       "skolfrånvaro, med återrapport till ledningsgruppen i april 2026.", body="Samverkansgrupp barn",
                       facts=(("mandate", "Samverkansgrupp barn", "Ledningsgrupp Åsen", "reports_to"),)),
                   _ex("Ledningsgrupp Åsen har gett styrgruppen i uppdrag att ta fram ett förslag till modell, med "
                       "återrapport till Ledningsgrupp Åsen den 15 maj.", body="Styrgrupp Kunskapsstyrning",
                       facts=(("mandate", "Styrgrupp Kunskapsstyrning", "Ledningsgrupp Åsen", "reports_to"),))),
         counter_examples=("Styrgruppen gav Elin Borg i uppdrag att ta fram en plan och återrapportera i oktober.",)),
    # a body's wish that a group report to it: "Samordningsgruppen vill att närvårdsgruppen under hösten prövar en
    # rutin och rapporterar erfarenheterna till samordningsgruppen i december"
    Rule("wants_group_to_report", "mandate", mandate="reports_to", exclusive=False, triggers=("vill att",),
         handler="_md_wants_group_to_report",
         examples=(_ex("Styrgruppen vill att närvårdsgruppen under våren prövar en ny rutin och rapporterar erfarenheterna "
                       "till styrgruppen i juni.", ("mandate", "Lokal närvårdsgrupp Åby", "Styrgruppen", "reports_to"),
                       body="Lokal närvårdsgrupp Åby"),
                   # the wishing body named small with the collaboration it is of, then by its kind alone: the work is
                   # its own, given to the group
                   _ex("Eva återkopplade från samordningsgruppen i Vårdsamverkan Norra Åby. Samordningsgruppen vill att "
                       "närvårdsgruppen under hösten prövar en rutin och rapporterar erfarenheterna till samordningsgruppen "
                       "i december.", ("mandate", "Lokal närvårdsgrupp Åby", "Samordningsgruppen Vårdsamverkan Norra Åby",
                                       "reports_to"),
                       ("mandate", "Samordningsgruppen Vårdsamverkan Norra Åby", "Lokal närvårdsgrupp Åby", "delegates"),
                       body="Lokal närvårdsgrupp Åby"),
                   _ex("Ledningsgruppen för äldre i Åby vill att de lokala närvårdsgrupperna från 2027 rapporterar dit två "
                       "gånger per år.", ("mandate", "Lokal närvårdsgrupp Åby", "Ledningsgruppen för äldre i Åby", "reports_to"),
                       body="Lokal närvårdsgrupp Åby")),
         counter_examples=("Styrgruppen vill att Eva Ek rapporterar till ledningsgruppen i juni.",
                           "Styrgruppen vill att närvårdsgruppen tar fram en rutin före sommaren.")),
    # the body that gave the task, told in a relative clause after its name by those who carry it out: "Vi
    # rapporterar till Lokal närvårdsgrupp Åby, som gav oss uppdraget i våras"
    Rule("gave_us_the_task", "mandate", mandate="delegates", exclusive=False,
         triggers=("som gav ", "som har gett ", "som gett ", "som har gi"),
         pattern=r"^(?:.*\s(?:till|av|från|för|med|hos|i)\s)?(?P<from7>[A-ZÅÄÖ][^.;:,]{2,80}?),\s+som\s+(?:har\s+|hade\s+)?"
                 r"(?:gav|gett|givit)\s+(?:oss|[a-zåäö]*(?:gruppen|teamet|nätverket))\s+(?:det\s+här\s+|detta\s+|vårt\s+)?"
                 r"(?:uppdraget|uppdrag|i\s+uppdrag)\b",
         examples=(_ex("Processteamet rapporterar till Lokal närvårdsgrupp Åby, som gav oss uppdraget i våras.",
                       ("mandate", "Lokal närvårdsgrupp Åby", "Processteam utskrivning Åby", "delegates"),
                       body="Processteam utskrivning Åby"),
                   _ex("Vi stämmer av med Styrgrupp Barnahus, som har gett arbetsgruppen i uppdrag att ta fram rutinen.",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"), body="Arbetsgrupp SIP")),
         counter_examples=("Vi pratade med Eva Lund, som gav oss uppdraget i våras.",)),
    # the body that met following up an uppdrag it gave a body, told by the uppdrag's receiver: "Uppdraget till
    # Samverkansgrupp X om uppföljning av … kvarstår", or in its list of open uppdrag by number, the receiver in brackets
    # before the task: "Uppdrag 2027:09 (Samverkansgrupp X, uppföljning av …) är återrapporterat och avslutas"
    Rule("uppdrag_to_body_followed_up", "mandate", mandate="delegates", exclusive=False,
         triggers=("uppdraget till", "uppdrag 20"),
         pattern=r"^(?:[-–•*]\s*)?(?:Uppdraget\s+till\s+(?P<to>[A-ZÅÄÖ][^.;:,()]{2,80}?)\s+(?:om|kring|avseende|gällande)\s+"
                 r"[^.;]{2,200}?|Uppdrag\s+(?:nr\s+)?20\d\d[:-]\d{1,3}\s*\((?P<to2>[A-ZÅÄÖ][^.;:,()]{2,80}?),\s+[^()]{2,160}\))"
                 r"\s+(?:kvarstår|pågår|fortsätter|förlängs|avslutas|avförs|är\s+(?:nu\s+)?(?:slutfört|klart|avslutat|"
                 r"återrapporterat|genomfört))\b",
         examples=(_ex("Uppdraget till Samverkansgrupp äldre om uppföljning av överenskommelsen kvarstår. Samverkansgruppen "
                       "återrapporterar i februari.", body="Ledningsgrupp Åsen",
                       facts=(("mandate", "Ledningsgrupp Åsen", "Samverkansgrupp äldre", "delegates"),)),
                   _ex("Uppdrag 2027:09 (Styrgrupp Barnahus, uppföljning av överenskommelsen) är återrapporterat och "
                       "avslutas.", body="Ledningsgrupp Åsen",
                       facts=(("mandate", "Ledningsgrupp Åsen", "Styrgrupp Barnahus", "delegates"),))),
         counter_examples=("Uppdraget till Elin Borg om uppföljning av avtalet kvarstår.",
                           "Uppdrag 2027:09 (Elin Borg, uppföljning av avtalet) är klart.",
                           "Uppdraget till Styrgrupp Barnahus om uppföljning diskuterades.")),
    # the body that met told what its uppdragsbeskrivning from the body above says: "Enligt gruppens
    # uppdragsbeskrivning från LVO ska ordförandeskapet ligga hos regionen"
    Rule("mission_statement_from", "mandate", mandate="delegates", exclusive=False,
         triggers=("uppdragsbeskrivning från", "uppdragsbeskrivningen från"),
         pattern=r"(?i:enligt|i)\s+(?:(?:gruppens|[a-zåäö]*(?:gruppens|teamets|nätverkets|rådets)|vår|sin|dess)\s+"
                 r"uppdragsbeskrivning|uppdragsbeskrivningen)\s+från\s+(?P<from7>[A-ZÅÄÖ][^.;:,()]{1,80}?)"
                 r"(?=\s+(?:ska|skall|är|har|bör|står|framgår|anges)\b|\s*[.;:,]|\s*$)",
         examples=(_ex("Enligt gruppens uppdragsbeskrivning från LVO ska ordförandeskapet ligga hos regionen.",
                       ("mandate", "LVO", "Samverkansgrupp äldre", "delegates")),
                   _ex("Enligt uppdragsbeskrivningen från Styrgrupp Barnahus ska gruppen träffas fyra gånger per år.",
                       ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "delegates"))),
         counter_examples=("Enligt uppdragsbeskrivningen från 2024 ska gruppen träffas fyra gånger per år.",
                           "Eva Ek läste upp uppdragsbeskrivningen från mötet.")),
    # the body's uppdragsbeskrivning as the body above set it: "Gruppen arbetar enligt uppdragsbeskrivning fastställd
    # av Samverkansgrupp barn och unga", "… enligt en uppdragsbeskrivning som är beslutad i LVO"
    Rule("mission_statement_set_by", "mandate", mandate="delegates", exclusive=False,
         triggers=("uppdragsbeskrivning",),
         pattern=r"\b(?:arbetar|verkar)\s+(?:utifrån|enligt)\s+(?:(?:en|sin|den|vår|gruppens)\s+)?uppdragsbeskrivning(?:en)?\s+"
                 r"(?:(?:som\s+(?:är|har|blev|har\s+blivit)\s+)?(?:fastställd|fastställts|beslutad|beslutats|antagen|antagits)\s+"
                 r"(?:av|i)\s+(?P<from7>[A-ZÅÄÖ][^.;:,()]{1,80}?))"
                 r"(?=\s+(?:i|den|år|och|under|\d{4}|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                 r"november|december))\b|\s*[.;:,]|\s*$)",
         examples=(_ex("Gruppen arbetar enligt uppdragsbeskrivning fastställd av Samverkansgrupp barn och unga i januari 2027.",
                       ("mandate", "Samverkansgrupp barn och unga", "Arbetsgrupp SIP", "delegates"), body="Arbetsgrupp SIP"),
                   _ex("Styrgruppen arbetar enligt uppdragsbeskrivning fastställd av LVO och rapporterar till LVO efter "
                       "varje möte.", ("mandate", "LVO", "Styrgrupp Nära vård", "delegates"), body="Styrgrupp Nära vård")),
         counter_examples=("Gruppen arbetar enligt uppdragsbeskrivningen och har träffats fyra gånger.",
                           "Eva Ek arbetar enligt en uppdragsbeskrivning fastställd 2024.")),
    # the body above setting another's uppdragsbeskrivning: "RLG har bland annat fastställt en ny uppdragsbeskrivning för
    # Styrgrupp Nära vård X och följt upp …", "Samverkansgruppen fastställer uppdragsbeskrivningen för Arbetsgrupp SIP"
    Rule("mission_statement_set_for", "mandate", mandate="delegates", exclusive=False,
         triggers=("uppdragsbeskrivning",),
         pattern=r"(?:^|[\s,])(?P<from>[A-ZÅÄÖ]{2,6}|(?:[A-ZÅÄÖ][\wåäö-]*\s+(?:[a-zåäö][\wåäö-]*\s+)?[a-zåäö][\wåäö-]*?|"
                 r"[A-ZÅÄÖ][\wåäö-]*?)(?:grupp|gruppen|rådet|råd|nämnden|nämnd|beredningen|utskottet|styrelsen)\b"
                 r"(?:\s+[^.;,]{1,60}?)?|[Ll]edningsgruppen|[Rr]ådet|[Gg]ruppen)\s+(?:har\s+|hade\s+)?"
                 r"(?:(?:bland\s+annat|också|även|nu)\s+)?(?:fastställt|fastställer|fastställde|antagit|antar|antog|"
                 r"beslutat\s+om|beslutar\s+om|reviderat)\s+(?:en\s+)?(?:ny\s+|reviderad\s+|uppdaterad\s+)?"
                 r"uppdragsbeskrivning(?:en)?\s+för\s+(?P<to>[A-ZÅÄÖ][^.;,]{2,80}?|[a-zåäö-]*(?:gruppen|rådet|nätverket|teamet))"
                 r"(?=\s+och\s|\s*[.;,]|\s*$)",
         examples=(_ex("Regional ledningsgrupp Österland har bland annat fastställt en ny uppdragsbeskrivning för Styrgrupp "
                       "Nära vård och följt upp betalningsansvaret.",
                       ("mandate", "Regional ledningsgrupp Österland", "Styrgrupp Nära vård", "delegates"),
                       body="Politiskt samråd Österland"),
                   _ex("Samverkansgruppen fastställer uppdragsbeskrivningen för Arbetsgrupp SIP.",
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates"))),
         counter_examples=("Eva Ek har fastställt en uppdragsbeskrivning för sin tjänst.",
                           "Gruppen fastställer uppdragsbeskrivningen för 2027.")),
    Rule("works_on_behalf", "mandate", exclusive=False,
         triggers=("på uppdrag", "s uppdrag", "tillsatt", "inrättad", "sitt uppdrag", "vårt uppdrag", "sina uppdrag",
                   "delprojekt", "sitt mandat", "vårt mandat", "på mandat"),
         handler="_md_works_on_behalf",
         examples=(# set up by a kommun's council, its acronym in brackets before its place
                   _ex("Samverkansgruppen är tillsatt av brottsförebyggande rådet (BRÅ) i Åby och rapporterar till rådet "
                       "två gånger per år.", body="Samverkansgrupp unga lagöverträdare, Åby kommun",
                       facts=(("mandate", "brottsförebyggande rådet i Åby", "Samverkansgrupp unga lagöverträdare, Åby kommun",
                               "delegates"),
                              ("mandate", "Samverkansgrupp unga lagöverträdare, Åby kommun", "brottsförebyggande rådet i Åby",
                               "reports_to"))),
                   # the giver in the genitive, the report going "hit": to the body whose minutes these are
                   _ex("Närvårdsrådet arbetar på samrådets uppdrag och lämnar sin verksamhetsberättelse hit varje januari.",
                       ("mandate", "Politiskt samråd Åby", "Närvårdsrådet", "delegates"),
                       ("mandate", "Närvårdsrådet", "Politiskt samråd Åby", "reports_to"), body="Politiskt samråd Åby"),
                   # the working body named by what it prepares for, in the genitive: "Kompetensplattformens beredningsgrupp"
                   _ex("Kompetensplattformens beredningsgrupp arbetar på rådets uppdrag och rapporterar till rådet.",
                       ("mandate", "Regionalt kompetensråd", "Kompetensplattformens beredningsgrupp", "delegates"),
                       ("mandate", "Kompetensplattformens beredningsgrupp", "Regionalt kompetensråd", "reports_to"),
                       body="Regionalt kompetensråd"),
# a project that is a part of the work a steering group leads, and reports to it
                   _ex("Projektet är ett av delprojekten inom Styrgrupp Barnahus och återrapporterar till "
                       "styrgruppen varje kvartal.",
                       ("mandate", "Styrgrupp Barnahus", "Projektgrupp trygg hemgång", "delegates"),
                       ("mandate", "Projektgrupp trygg hemgång", "Styrgrupp Barnahus", "reports_to"),
                       body="Projektgrupp trygg hemgång"),
# the body's standing uppdrag, with whom it reports back to
                   _ex("Arbetsgruppen har sitt uppdrag från Samverkansgrupp äldre och återrapporterar dit i maj och november.",
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp hjälpmedel", "delegates"),
                       ("mandate", "Arbetsgrupp hjälpmedel", "Samverkansgrupp äldre", "reports_to"), body="Arbetsgrupp hjälpmedel"),
                   # the project the body runs, in the passive; a unit's own ledningsgrupp in lower case
                   _ex("Projektet drivs på uppdrag av Styrgrupp Nära vård och rapporterar dit varje kvartal.",
                       ("mandate", "Styrgrupp Nära vård", "Projektgrupp e-tjänst", "delegates"),
                       ("mandate", "Projektgrupp e-tjänst", "Styrgrupp Nära vård", "reports_to"), body="Projektgrupp e-tjänst"),
                   _ex("Teamet har sitt uppdrag från vårdcentralens ledningsgrupp och återrapporterar dit.",
                       ("mandate", "vårdcentralens ledningsgrupp", "Förbättringsteamet Tillgänglighet", "delegates"),
                       ("mandate", "Förbättringsteamet Tillgänglighet", "vårdcentralens ledningsgrupp", "reports_to"),
                       body="Förbättringsteamet Tillgänglighet"),
                   # the body that met by its own name, which names no kind of body
                   _ex("SSPF område Norr arbetar på uppdrag av Ledningsgruppen för barn och unga och lämnar en "
                       "lägesrapport dit varje termin.",
                       ("mandate", "Ledningsgruppen för barn och unga", "SSPF område Norr, Åby kommun", "delegates"),
                       ("mandate", "SSPF område Norr, Åby kommun", "Ledningsgruppen för barn och unga", "reports_to"),
                       body="SSPF område Norr, Åby kommun"),
                   # the group speaking of itself: "Vi har fått vårt uppdrag av …"
                   _ex("Vi har fått vårt uppdrag av Ledningsgruppen för vård och omsorg och återrapporterar dit två gånger per år.",
                       ("mandate", "Ledningsgruppen för vård och omsorg", "Samverkansgrupp barn och unga", "delegates"),
                       ("mandate", "Samverkansgrupp barn och unga", "Ledningsgruppen för vård och omsorg", "reports_to"),
                       body="Samverkansgrupp barn och unga"),
                   # the uppdrag's content told between dashes, the giver's short name in brackets, after a label
                   _ex("Påminnelse: gruppen har sitt uppdrag från Samverkansgrupp Barn och unga (SGBU) – att föreslå en "
                       "gemensam modell – och återrapporterar dit i maj.",
                       ("mandate", "Samverkansgrupp Barn och unga", "Arbetsgrupp ungdomsmottagningar", "delegates"),
                       ("mandate", "Arbetsgrupp ungdomsmottagningar", "Samverkansgrupp Barn och unga", "reports_to"),
                       body="Arbetsgrupp ungdomsmottagningar"),
_ex("Samverkansgruppen har sitt mandat från Styrgrupp Barnahus.",
                       ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "delegates")),
                   # "arbetar på mandat från": the mandate's word for the uppdrag, the giver's name with a comma in it
                   _ex("Hanna påminde om att gruppen arbetar på mandat från Länsstyrgruppen för hälsa, vård och omsorg i "
                       "Norrby (LSG HVO) med att följa efterlevnaden av överenskommelsen.", body="Uppföljningsgrupp SVU",
                       facts=(("mandate", "Länsstyrgruppen för hälsa, vård och omsorg i Norrby", "Uppföljningsgrupp SVU",
                               "delegates"),)),
                   # "verkar på mandat från": the arbetsordning's word, with a lägesbild as what it hands back
                   _ex("Påminnelse om att styrgruppen verkar på mandat från LSVO och lämnar en lägesbild till LSVO "
                       "varje halvår.", ("mandate", "LSVO", "Styrgrupp Barnahus", "delegates"),
                       ("mandate", "Styrgrupp Barnahus", "LSVO", "reports_to"), body="Styrgrupp Barnahus"),
                   # its work told back to the body it works for
                   _ex("Trygghetsrådet arbetar på uppdrag av kommunstyrelsen och redovisar sitt arbete dit två gånger per år.",
                       ("mandate", "kommunstyrelsen", "Trygghetsrådet", "delegates"),
                       ("mandate", "Trygghetsrådet", "kommunstyrelsen", "reports_to"), body="Trygghetsrådet"),
                   # hurried notes: the group as "vi", its everyday verb, its report going there after a comma
                   _ex("vi jobbar på uppdrag av Styrgrupp Barnahus, delrapporten ska dit 10/6",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp demens", "delegates"),
                       ("mandate", "Arbetsgrupp demens", "Styrgrupp Barnahus", "reports_to"), body="Arbetsgrupp demens"),
                   _ex("Styrgrupp Barnahus arbetar på uppdrag av LSVO.",
                       ("mandate", "LSVO", "Styrgrupp Barnahus", "delegates")),
                   # how often between the verb and where: "… och rapporterar årligen dit"
                   _ex("Styrgruppen verkar på uppdrag av LSVO och rapporterar årligen dit.",
                       ("mandate", "LSVO", "Styrgrupp Barnahus", "delegates"),
                       ("mandate", "Styrgrupp Barnahus", "LSVO", "reports_to"), body="Styrgrupp Barnahus"),
                   # the next report handed there: a task besides the standing line
                   _ex("Samverkansgruppen arbetar på uppdrag av LSVO och lämnar nästa halvårsrapport dit i januari.",
                       ("mandate", "LSVO", "Samverkansgrupp äldre", "delegates"),
                       ("mandate", "Samverkansgrupp äldre", "LSVO", "reports_to"),
                       ("assignment", ["Samverkansgrupp äldre"], "lämna nästa halvårsrapport till LSVO")),
                   # the year's account of its work handed there
                   _ex("Rådet arbetar på uppdrag av LSVO och lämnar en verksamhetsberättelse dit varje år.",
                       ("mandate", "LSVO", "Etikrådet för vård och omsorg", "delegates"),
                       ("mandate", "Etikrådet för vård och omsorg", "LSVO", "reports_to"), body="Etikrådet för vård och omsorg"),
                   # its questions it cannot settle go to the body it works for
                   _ex("Gruppen arbetar på uppdrag av Styrgrupp Barnahus och lyfter frågor som inte kan lösas lokalt dit.",
                       ("mandate", "Styrgrupp Barnahus", "Lokal grupp Åby", "delegates"),
                       ("mandate", "Lokal grupp Åby", "Styrgrupp Barnahus", "reports_to"), body="Lokal grupp Åby"),
                   # the group's name going on after "för"
                   _ex("Arbetsgruppen för hemgång arbetar på uppdrag av Styrgrupp Barnahus och rapporterar dit två "
                       "gånger per år.", ("mandate", "Styrgrupp Barnahus", "Arbetsgruppen för hemgång", "delegates"),
                       ("mandate", "Arbetsgruppen för hemgång", "Styrgrupp Barnahus", "reports_to")),
                   # set up by the body it reports back to
                   _ex("SIP-forum är tillsatt av Styrgrupp Barnahus och återrapporterar till den två gånger per år.",
                       ("mandate", "Styrgrupp Barnahus", "SIP-forum", "delegates"),
                       ("mandate", "SIP-forum", "Styrgrupp Barnahus", "reports_to"), body="SIP-forum"),
                   # the giver named again by its kind: "… och rapporterar till kommittén"
                   _ex("Terapigruppen arbetar på uppdrag av läkemedelskommittén och rapporterar till kommittén.",
                       ("mandate", "Läkemedelskommittén", "Terapigrupp Hjärta–kärl", "delegates"),
                       ("mandate", "Terapigruppen", "Läkemedelskommittén", "reports_to"),
                       body="Terapigrupp Hjärta–kärl"),
                   _ex("Ledningsgruppen arbetar på uppdrag av Politiskt samråd Österland och rapporterar dit.",
                       ("mandate", "Politiskt samråd Österland", "Regional ledningsgrupp", "delegates"),
                       ("mandate", "Regional ledningsgrupp", "Politiskt samråd Österland", "reports_to"),
                       body="Regional ledningsgrupp"),
                   # "Gruppen": the body the sentence before names; it reports to another body than it works for
                   _ex("Enhetschefen redogör för arbetet i Lokal arbetsgrupp SIP Tallvik. Gruppen arbetar på uppdrag "
                       "av Styrgrupp Barnahus och rapporterar till Samverkansgrupp äldre två gånger per år.",
                       ("mandate", "Styrgrupp Barnahus", "Lokal arbetsgrupp SIP Tallvik", "delegates"),
                       ("mandate", "Lokal arbetsgrupp SIP Tallvik", "Samverkansgrupp äldre", "reports_to"),
                       body="Socialnämnden"),
                   # what it hands in goes there: "… och lämnar sina förslag dit", "… och lämnar en årlig rapport dit"
                   _ex("Styrgruppen är tillsatt av Ledningsrådet för hälsa och välfärd i Norrby och lämnar sina förslag dit.",
                       ("mandate", "Ledningsrådet för hälsa och välfärd i Norrby", "Styrgrupp Barnahus", "delegates"),
                       ("mandate", "Styrgrupp Barnahus", "Ledningsrådet för hälsa och välfärd i Norrby", "reports_to"),
                       body="Styrgrupp Barnahus"),
                   # a network that meets for a body, "Nätverket" the one just named in a nämnd's minutes
                   _ex("Eva Ek informerar om Nätverket för överförmyndare i Norrby län. Nätverket samlas på uppdrag av "
                       "Kommunchefsgruppen i Norrby län och lämnar en årlig rapport till kommunchefsgruppen.",
                       ("mandate", "Kommunchefsgruppen i Norrby län", "Nätverket för överförmyndare i Norrby län", "delegates"),
                       ("mandate", "Nätverket för överförmyndare i Norrby län", "Kommunchefsgruppen i Norrby län", "reports_to"),
                       body="Överförmyndarnämnden"),
                   # the work it does told between: "följer … upp betalningsansvaret på uppdrag av"
                   # a programområde by its letters and field, the region after it no part of its name
                   _ex("Arbetsgruppen arbetar på uppdrag av RPO psykisk hälsa i Region Ås med att införa vårdprogrammet.",
                       ("mandate", "RPO psykisk hälsa", "Arbetsgrupp utskrivning", "delegates"), body="Arbetsgrupp utskrivning"),
                   _ex("Arbetsgruppen följer sedan september upp betalningsansvaret på uppdrag av Styrgrupp Barnahus.",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp utskrivning", "delegates"), body="Arbetsgrupp utskrivning"),
                   # two givers, the group reporting to both; its name going on after "för", its acronym in brackets
                   _ex("Processteamet för samordnad vårdplanering (SVP) arbetar på uppdrag av Samverkansgrupp äldre och "
                       "Styrgrupp Barnahus och rapporterar till båda grupperna.", body="Processteam SVP",
                       facts=(("mandate", "Samverkansgrupp äldre", "Processteam SVP", "delegates"),
                              ("mandate", "Styrgrupp Barnahus", "Processteam SVP", "delegates"),
                              ("mandate", "Processteam SVP", "Samverkansgrupp äldre", "reports_to"),
                              ("mandate", "Processteam SVP", "Styrgrupp Barnahus", "reports_to"))),
                   # "Teamet": the body that met, a samverkansteam
                   _ex("Teamet arbetar på uppdrag av Samverkansgrupp Barn och unga och rapporterar dit inför varje termin.",
                       ("mandate", "Samverkansgrupp Barn och unga", "Lokalt samverkansteam för barn och unga i Åby", "delegates"),
                       ("mandate", "Lokalt samverkansteam för barn och unga i Åby", "Samverkansgrupp Barn och unga", "reports_to"),
                       body="Lokalt samverkansteam för barn och unga i Åby"),
                   # the body that met by its kind in a clause; the giver again by its kind, when it reports after
                   _ex("Ordföranden påminde om att samverkansgruppen arbetar på uppdrag av Länsberedskapsrådet i Norrby län "
                       "och rapporterar till rådet efter varje möte.", body="Samverkansgrupp civilt försvar, Norrby län",
                       facts=(("mandate", "Länsberedskapsrådet i Norrby län", "Samverkansgrupp civilt försvar, Norrby län",
                               "delegates"),
                              ("mandate", "Samverkansgrupp civilt försvar, Norrby län", "Länsberedskapsrådet i Norrby län",
                               "reports_to"))),
                   # reporting back in the verb of the group's own notes: "avrapporterar till den"
                   _ex("Arbetsgruppen är tillsatt av Ledningsgruppen för vård och omsorg och avrapporterar till den efter "
                       "varje möte.", ("mandate", "Ledningsgruppen för vård och omsorg", "Arbetsgrupp hjälpmedel", "delegates"),
                       ("mandate", "Arbetsgrupp hjälpmedel", "Ledningsgruppen för vård och omsorg", "reports_to"),
                       body="Arbetsgrupp hjälpmedel"),
                   # set up as another body asked, its work told back there by name and months
                   _ex("Gruppen bildades på uppdrag av Styrgrupp Nära vård och redovisar sitt arbete till "
                       "Styrgrupp Nära vård i maj och november.",
                       ("mandate", "Styrgrupp Nära vård", "Samverkansgrupp äldre", "delegates"),
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Nära vård", "reports_to")),
                   # hurried notes: the group as "vi" after a label, "o" for "och"
                   _ex("påminnelse: vi är tillsatta av Styrgrupp Barnahus o återrapporterar dit två ggr/år",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp demens", "delegates"),
                       ("mandate", "Arbetsgrupp demens", "Styrgrupp Barnahus", "reports_to"), body="Arbetsgrupp demens"),
                   # the giver in the genitive: "på rådets uppdrag", "på LSVO:s uppdrag"
                   _ex("Arbetsgruppen för SIP har på LSVO:s uppdrag sett över rutinen.",
                       ("mandate", "LSVO", "Arbetsgruppen för SIP", "delegates")),
                   _ex("Styrgrupp Barnahus har på rådets uppdrag sett över rutinen.",
                       ("mandate", "Regionalt råd", "Styrgrupp Barnahus", "delegates"), body="Regionalt råd"),
                   # the work and the body that made it in a relative clause
                   _ex("Eva Ek presenterade den modell som Styrgrupp Barnahus har tagit fram på rådets uppdrag.",
                       ("mandate", "Regionalt råd", "Styrgrupp Barnahus", "delegates"), body="Regionalt råd")),
         # a post filled, no body set up; a person's work in the relative clause
         counter_examples=("Tjänsten som samordnare är tillsatt av Styrgrupp Barnahus.",
                           "Eva Ek presenterade den rapport som Per Lind har skrivit på rådets uppdrag.")),
    Rule("takes_question_to", "mandate", exclusive=False, triggers=("med sig", "tar med frågan", "tar med ärendet"),
         handler="_md_takes_question_to",
         examples=(_ex("Mats tar med sig frågan till LSVO:s beredningsgrupp.",
                       ("mandate", "Samverkansgrupp äldre", "LSVO:s beredningsgrupp", "refers")),
                   # an acronym the minutes never define, spelled by a body they name in full
                   _ex("Regional ledningsgrupp Österland har tagit fram rutinen. Eva Lind tar med sig frågan till RLG.",
                       ("mandate", "Politiskt samråd Österland", "Regional ledningsgrupp Österland", "refers"),
                       body="Politiskt samråd Österland"),
                   # without "sig", and what comes of it after "och"
                   _ex("Ordföranden tar med frågan till Styrgrupp Barnahus och återkommer i mars.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # the question named by what it is about
                   _ex("Eva tar med frågan om gemensamma rutiner för skolfrånvaro till Styrgrupp Barnahus i juni.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers"))),
         # a person carrying a question home to one kommun's own management is no flow between bodies
         counter_examples=("Pia tar med sig frågan till Norrbys ledningsgrupp för vård och omsorg.",
                           "Pia tar med frågan om stöd till anhöriga till nästa möte.",
                           "Pia tar med sig frågan om gemensam bemanning till HR-chefsgruppen.",
                           "Pia tar med sig frågan om arvoden till Norrbys socialnämnd.",
                           "Pia tar med sig frågan om psykiatrins medverkan till sin ledningsgrupp.")),
    # a question left to be prepared further by named people or a body: "Frågan bereds vidare av X"
    Rule("prepared_further_by", "assignment", exclusive=False, triggers=("bereds vidare", "utreds vidare"),
         handler="_prepared_further_by",
         examples=(_ex("Frågan bereds vidare av Elin Borg och Mattias Öhrn till februarimötet.",
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "bereda frågan vidare"), roster=_ROSTER),
                   # a body: the question referred to it
                   _ex("Frågan om skolans roll bereds vidare av Arbetsgrupp SIP, som har hand om riktlinjen.",
                       ("assignment", ["Arbetsgrupp SIP"], "bereda frågan om skolans roll vidare"),
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "refers"))),
         counter_examples=("Frågan bereds vidare.", "Frågan bereds vidare av förvaltningen i den mån det behövs.")),
    # an uppdrag's report told in the passive, who reports it after "av": "Uppdraget från Samverkansgrupp X om Y
    # återrapporteras av Eva Ek på oktobermötet" (a body reporting it works on the uppdrag of the body named after "från")
    Rule("reported_back_by", "assignment", exclusive=False, triggers=("rapporteras av", "redovisas av"),
         handler="_reported_back_by",
         examples=(_ex("Uppdraget från Samverkansgrupp äldre om gemensamma inskrivningsmöten återrapporteras av Elin Borg "
                       "på oktobermötet.", ("assignment", ["Elin Borg"], "återrapportera uppdraget från Samverkansgrupp äldre"),
                       roster=_ROSTER),
                   _ex("Uppdraget från PSVO om en länsgemensam handlingsplan återrapporteras av Styrgrupp Barnahus.",
                       ("assignment", ["Styrgrupp Barnahus"], "återrapportera uppdraget från PSVO"),
                       ("mandate", "PSVO", "Styrgrupp Barnahus", "delegates"),
                       ("mandate", "Styrgrupp Barnahus", "PSVO", "reports_to"), body="LSVO")),
         counter_examples=("Resultatet redovisas av en extern konsult.", "Arbetet redovisas av flera verksamheter.")),
    # a report-back on a task the body gave earlier, the task after a colon: "X återrapporterade det uppdrag som
    # gruppen gav honom och Y i september: att kartlägga …"
    Rule("reported_back_task", "assignment", triggers=("rapporterade det uppdrag", "rapporterade sitt uppdrag",
                                                       "rapporterade uppdraget som"),
         handler="_reported_back_task",
         examples=(_ex("Elin Borg återrapporterade det uppdrag som gruppen gav henne och Olle Sand i september: att "
                       "kartlägga hur SIP används.", ("assignment", ["Elin Borg", "Olle Sand"], "kartlägga hur SIP används"),
                       roster=("Elin Borg", "Olle Sand")),),
         counter_examples=("Elin Borg återrapporterade det uppdrag som gruppen arbetar med.",)),
    Rule("question_passed_to", "mandate", exclusive=False, triggers=("tas ", "lyfts", "skickas", "lyftas"),
         handler="_md_question_passed_to",
         examples=(_ex("Frågan lyfts vidare till Styrgrupp Barnahus.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   _ex("Frågan om finansiering lyfts nu vidare till Styrgrupp Barnahus av båda grupperna.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # the draft the item is about, handed on afterwards
                   _ex("Utkastet lyfts därefter till Styrgrupp Barnahus för beslut.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   _ex("Frågan tas upp till Styrgrupp Barnahus, som ansvarar för överenskommelsen.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # any piece of work in the definite; a presidium by its body's letters
                   _ex("Ändringarna lyfts till HSN:s presidium för beslut i juni.",
                       ("mandate", "Primärvårdsrådet", "HSN:s presidium", "refers"), body="Primärvårdsrådet"),
                   _ex("Förslaget lyfts till Styrgrupp Barnahus för beslut.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # raised there as well as handled at home
                   _ex("Frågan lyfts också till Processteam SIP eftersom den rör alla kommuner.",
                       ("mandate", "Samverkansgrupp äldre", "Processteam SIP", "refers")),
                   # with its modal and its agent after it
                   _ex("Frågan ska lyftas till Styrgrupp Barnahus av ordföranden.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # the question the sentence before opens with, by its pronoun
                   _ex("Frågan om kvällsbemanningen kan inte lösas lokalt. Den lyfts till Styrgrupp Barnahus.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # hurried notes, the subject (the item's matter) left out
                   _ex("Lyfts till Styrgrupp Barnahus 19/10, Eva föredrar där.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers"))),
         # told as done, by whom the sentence does not say; a raising only foreseen
         counter_examples=("Frågan om elevhälsans roll har lyfts till Styrgrupp Barnahus.",
                           "Frågan kan behöva tas upp i Styrgrupp Barnahus under hösten.",
                           "Frågan tas upp till diskussion vid nästa möte.",
                           # (the pronoun opens a sentence of its own: a later step told in passing is no referral)
                           "Arbetet återkopplas i gruppen innan det lyfts vidare till Styrgrupp Barnahus.",
                           # ("Den" standing for no question named just before)
                           "Rapporten är klar. Den lyfts till Styrgrupp Barnahus.")),
    # a body's decision that another carries out a task, told in passing: the first body's mandate to the second
    Rule("body_decided_that", "mandate", exclusive=False,
         triggers=("beslutat att", "beslutade att", "beslöt att", "beslut att"), handler="_body_decided_that",
         examples=(_ex("Ordföranden påminde om Styrgrupp Barnahus beslut att Arbetsgrupp SIP leder införandet av rutinen.",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates")),
                   _ex("Styrgrupp Barnahus har beslutat att Arbetsgrupp SIP ska ta fram en rutin.",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"))),
         counter_examples=("Styrgrupp Barnahus har beslutat att Arbetsgrupp SIP är vilande.",
                           "Anna berättade om beslutet att Arbetsgrupp SIP leder införandet.")),
    # another body's decision, told with its day, to send a matter on: "ÅLVO beslutade 2027-03-19 att överlämna
    # handlingsplanen till PSÅ för ställningstagande" (that body refers it to the one named)
    Rule("decided_to_refer", "mandate", mandate="refers", exclusive=False, narrative_only=True,
         triggers=("beslutade", "beslutat", "beslöt"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:har\s+)?(?:beslutade|beslutat|beslöt)\s+"
                 r"(?:(?:den\s+)?\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?\s+|\d{4}-\d{2}-\d{2}\s+|i\s+[a-zåäö]+\s+)?"
                 r"att\s+(?:överlämna|skicka|lyfta|lämna|remittera|hänskjuta)\s+(?!\w+\s+till\s+dem\b)[^.;]{2,100}?\s+"
                 r"(?:vidare\s+)?till\s+(?P<to>[A-ZÅÄÖ][^.;]{1,80}?)" + _REFERRED_TO_END,
         examples=(_ex("Ledningsgruppen för vård beslutade 2027-03-19 att överlämna handlingsplanen till Politiskt samråd "
                       "Åby för ställningstagande.", body="Politiskt samråd Åby",
                       facts=(("mandate", "Ledningsgruppen för vård", "Politiskt samråd Åby", "refers"),)),
                   _ex("Styrgrupp Barnahus beslutade den 4 mars att lyfta frågan om finansiering till Ledningsgruppen för "
                       "vård.", body="Samverkansgrupp äldre",
                       facts=(("mandate", "Styrgrupp Barnahus", "Ledningsgruppen för vård", "refers"),))),
         counter_examples=("Eva Ek beslutade 2027-03-19 att skicka rapporten till Per Lund.",)),
    Rule("decision_refers", "mandate", exclusive=False, decision_only=True,
         triggers=("skickas", "lyfts", "överlämnas", "remitteras", "hänskjuts", "tas med", "lämnas", "lyfta ", "skickar",
                   "skicka ", "lämnar", "lämna "),
         handler="_decision_refers",
         examples=(# to each member's own fullmäktige, named together, for adoption: the assemblies, no more of the sentence
                   _ex("att överlämna programmet till medlemmarnas fullmäktige för antagande,", decision=True,
                       body="Direktionen, Kollektivtrafikförbundet Åby",
                       facts=(("mandate", "Direktionen, Kollektivtrafikförbundet Åby", "medlemmarnas fullmäktige", "refers"),)),
                   _ex("ärendet lyfts vidare till Styrgrupp Barnahus", decision=True, body="LSVO",
                       facts=(("mandate", "LSVO", "Styrgrupp Barnahus", "refers"),)),
                   _ex("handlingsplanen, kompletterad med ett avsnitt om skolan, lämnas till Styrgrupp Barnahus för "
                       "fastställande", decision=True, body="LSVO", facts=(("mandate", "LSVO", "Styrgrupp Barnahus", "refers"),)),
                   # told in the active voice, the body deciding and sending in one sentence
                   _ex("SIP-forum ställer sig bakom rutinen och skickar den till Styrgrupp Barnahus för fastställande.",
                       decision=True, body="SIP-forum", facts=(("mandate", "SIP-forum", "Styrgrupp Barnahus", "refers"),)),
                   # sent on with no purpose told, the body's backing before it
                   _ex("Gruppen ställde sig bakom rutinen och skickar den vidare till Styrgrupp Barnahus, som bereder "
                       "ärenden åt LSVO.", decision=True, body="SIP-forum",
                       facts=(("mandate", "SIP-forum", "Styrgrupp Barnahus", "refers"),)),
                   # the matter with what it is about, left for the other body's view
                   _ex("lämna frågan om en gemensam mottagning för unga vuxna till Styrgrupp Barnahus för ställningstagande",
                       decision=True, body="LSVO", facts=(("mandate", "LSVO", "Styrgrupp Barnahus", "refers"),)),
                   _ex("lyfta teamets kvällstäckning till Styrgrupp Barnahus den 12 november", decision=True, body="LSVO",
                       facts=(("mandate", "LSVO", "Styrgrupp Barnahus", "refers"),)),
                   # a report handed on: reporting
                   _ex("Rapporten godkänns och skickas till Styrgrupp Barnahus inför mötet den 4 november", decision=True,
                       body="LSVO", facts=(("mandate", "LSVO", "Styrgrupp Barnahus", "reports_to"),))),
         counter_examples=("rapporten lämnas till Styrgrupp Barnahus i oktober", "överlämna yttrandet till Styrgrupp Barnahus",
                           # the body's view on a remiss, sent back: an answer, no referral
                           "Gruppen ställer sig bakom synpunkterna och överlämnar dem till Styrgrupp Barnahus.",
                           "skicka rutinen till Styrgrupp Barnahus för kännedom")),
    # "Sekretariatet får i uppdrag att sammanställa ett underlag. Håkan Lidberg och Gunilla Hofer bistår.": the
    # helpers of the task the sentence before gave
    Rule("helpers_of_the_task", "assignment", exclusive=False,
         triggers=("bistår", "hjälper till", "stöttar", "stödjer", "ansvarar", "håller i"),
         handler="_as_helpers",
         examples=(_ex("Styrgrupp Barnahus får i uppdrag att sammanställa ett underlag om mobila team till nästa möte. "
                       "Elin Borg och Mattias Öhrn bistår.",
                       ("assignment", ["Styrgrupp Barnahus"], "sammanställa ett underlag"),
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "bistå styrgrupp barnahus med att sammanställa"),
                       roster=_ROSTER),
                   _ex("Tobias Fagerlund tar fram en tidplan för införandet. Sanna Pirinen hjälper till.",
                       ("assignment", ["Tobias Fagerlund"], "ta fram en tidplan"),
                       ("assignment", ["Sanna Pirinen"], "bistå Tobias Fagerlund med att ta fram en tidplan"),
                       roster=_ROSTER),
                   # those who carry it: holders of the same task
                   _ex("Styrgrupp Barnahus tar fram ett gemensamt underlag om frånvaron. Elin Borg och Mattias Öhrn ansvarar.",
                       ("assignment", ["Styrgrupp Barnahus", "Elin Borg", "Mattias Öhrn"], "ta fram ett gemensamt underlag"),
                       roster=_ROSTER)),
         # help told of no task just given
         counter_examples=("Elin Borg och Mattias Öhrn bistår.", "Regionen bistår kommunerna vid behov.")),
    # "att ge G i uppdrag att föreslå en rutin / att rutinen ska återrapporteras till Y": where the product of the task
    # the decision before gave goes, the body given it reports
    Rule("product_reported", "mandate", exclusive=False, decision_only=True,
         triggers=("rapporteras", "redovisas", "återkopplas", "presenteras"),
         handler="_md_product_reported",
         examples=(_ex("ge Styrgrupp Barnahus i uppdrag att föreslå en länsgemensam rutin senast 31 mars\n"
                       "rutinen ska återrapporteras till Samverkansgrupp äldre", decision=True,
                       facts=(("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "delegates"),
                              ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "reports_to"))),
                   _ex("uppdra åt Styrgrupp Barnahus att ta fram ett förslag till handlingsplan\n"
                       "förslaget redovisas för Samverkansgrupp äldre i maj", decision=True,
                       facts=(("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "reports_to"),)))),
    # "… i uppdrag att ta fram en rutin. Rutinen ska vara klar för beslut i samverkansgruppen i maj": the product of the
    # task just given ready for another body's decision, the body given the task reports to it
    Rule("product_ready_for_decision", "mandate", exclusive=False, narrative_only=True,
         triggers=("för beslut",), handler="_md_product_ready_for_decision",
         examples=(_ex("Vi har i uppdrag av Styrgrupp Barnahus att ta fram en gemensam rutin för samordnad individuell plan. "
                       "Rutinen ska vara klar för beslut i styrgruppen i oktober.",
                       facts=(("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "reports_to"),)),),
         counter_examples=("Rutinen ska vara klar för beslut i styrgruppen i oktober.",
                           # the product of a person's task: no body reports
                           "Eva Ek tar fram en gemensam rutin till nästa möte. Rutinen ska vara klar för beslut i "
                           "Styrgrupp Barnahus i oktober.")),
    # "LSVO har förlängt samverkansgruppens uppdrag så att …", "X har fått förlängd tid för …": the uppdrag
    # standing, with a later day
    Rule("extended_uppdrag", "assignment", exclusive=False, triggers=("har förlängt", "förlängd tid"),
         handler="_extended_uppdrag",
         examples=(_ex("Styrgrupp Barnahus har förlängt samverkansgruppens uppdrag så att handlingsplanen ska redovisas "
                       "för styrgruppen den 13 februari 2026.",
                       ("assignment", ["Samverkansgrupp äldre"], "redovisa handlingsplanen"),
                       ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "delegates")),
                   _ex("Styrgrupp Barnahus har förlängt samverkansgruppens uppdrag att samordna arbetet med SIP.",
                       ("assignment", ["Samverkansgrupp äldre"], "samordna arbetet med SIP"),
                       ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "delegates")),
                   _ex("Samverkansgrupp äldre har fått förlängd tid för handlingsplanen om samsjuklighet till februari 2026.",
                       ("assignment", ["Samverkansgrupp äldre"], "slutföra handlingsplanen om samsjuklighet"),
                       body="Styrgrupp Barnahus", title="Rapport från Regional ledningsgrupp")),
         counter_examples=("Avtalet har förlängts till 2027.",)),
    Rule("decision_recommends", "mandate", exclusive=False, decision_only=True,
         triggers=("rekommendera", "föreslå"), handler="_decision_recommends",
         examples=(_ex("rekommendera PSVO att godkänna överenskommelsen", decision=True, body="LSVO",
                       facts=(("mandate", "LSVO", "PSVO", "recommends"),)),
                   # the proposal a thing, the body proposed to by its kind
                   _ex("föreslå socialchefsnätverket en gemensam upphandling av familjehem", decision=True,
                       body="Nätverket för enhetschefer barn och unga",
                       facts=(("mandate", "Nätverket för enhetschefer barn och unga", "socialchefsnätverket",
                               "recommends"),)),
                   # to the official who heads the region's administration: to the region
                   _ex("rekommendera regiondirektören att tillsätta medel om 200 000 kr", decision=True, body="LSVO",
                       facts=(("mandate", "LSVO", "Regionen", "recommends"),)),
                   # the body that met as the decision's subject: "Beslut: gruppen rekommenderar kommunerna att …"
                   _ex("gruppen rekommenderar kommunerna att använda utbildningsfilmen som gemensamt underlag",
                       decision=True, body="Arbetsgrupp läkemedel", facts=(("mandate", "Arbetsgrupp läkemedel",
                                                                            "kommunerna", "recommends"),)),
                   # (its backing first: "Beslut: nätverket ställer sig bakom … och rekommenderar kommunerna att …")
                   _ex("nätverket ställer sig bakom kravspecifikationen och rekommenderar kommunerna att ansluta sig "
                       "till upphandlingen", decision=True, body="Nätverket för socialchefer",
                       facts=(("mandate", "Nätverket för socialchefer", "kommunerna", "recommends"),)),
                   # the decided point in the passive, the recommended its subject
                   _ex("Huvudmännen rekommenderas att anta handlingsplanen i respektive nämnd senast den 30 april.",
                       decision=True, body="PSVO", facts=(("mandate", "PSVO", "huvudmännen", "recommends"),)),
                   # to the huvudmän by name: each is recommended
                   _ex("rekommendera Region Norrby och de fem kommunerna att anta överenskommelsen", decision=True,
                       body="PSVO", facts=(("mandate", "PSVO", "Region Norrby", "recommends"),
                                           ("mandate", "PSVO", "de fem kommunerna", "recommends"))),
                   # the kommuner by their place names after "kommunerna": each kommun the attendance names
                   _ex("rekommendera Region Norrby och kommunerna Åby, Ekeby och Tallvik att anta överenskommelsen",
                       decision=True, body="PSVO", roster=("Per Holm, Åby kommun", "Lena Berg, Ekeby kommun",
                                                           "Olle Sand, Tallviks kommun"),
                       facts=(("mandate", "PSVO", "Region Norrby", "recommends"),
                              ("mandate", "PSVO", "Åby kommun", "recommends"),
                              ("mandate", "PSVO", "Tallviks kommun", "recommends"))))),
    Rule("collective_reports_to", "mandate", exclusive=False, triggers=("rapportera",),
         handler="_md_collective_reports_to",
         examples=(_ex("De lokala arbetsgrupperna rapporterar till samverkansgruppen en gång per år. Rapporten från "
                       "Lokal arbetsgrupp Tallvik är klar. Lokal arbetsgrupp Åsby har inte lämnat någon.",
                       ("mandate", "Lokal arbetsgrupp Tallvik", "Samverkansgrupp äldre", "reports_to"),
                       ("mandate", "Lokal arbetsgrupp Åsby", "Samverkansgrupp äldre", "reports_to")),),
         counter_examples=("De lokala arbetsgrupperna rapporterar till samverkansgruppen en gång per år.",)),
    Rule("as_tasked", "mandate", exclusive=False, triggers=("enligt uppdrag",), handler="_md_as_tasked",
         examples=(_ex("Elin Borg redovisade hur Arbetsgrupp SIP lagt upp arbetet med rutinen, enligt uppdraget från "
                       "styrgruppens möte i januari.", ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"),
                       body="Styrgrupp Nära vård"),),
         counter_examples=("Elin Borg redovisade arbetet enligt uppdraget från januari.",)),
    Rule("behind_proposal", "mandate", exclusive=False, triggers=("sig bakom",), handler="_md_behind_proposal",
         examples=(_ex("PE redogjorde för förslaget från Processteam trygg utskrivning om telefonkontakt. Samverkansgruppen "
                       "ställer sig bakom processteamets förslag.",
                       ("mandate", "Processteam trygg utskrivning", "Samverkansgrupp äldre", "recommends")),),
         counter_examples=("Samverkansgruppen ställer sig bakom Karin Holms förslag.",)),
    # plural bodies compared with one: "Gruppen rapporterar till samordningsgruppen på samma sätt som
    # närvårdsgrupperna i Åby och Tallvik"
    Rule("like_the_others", "mandate", exclusive=False, triggers=("på samma sätt som",), handler="_md_like_the_others",
         examples=(_ex("Ekös ledningsgrupp har beslutat att starta Lokal närvårdsgrupp Ekö. Gruppen rapporterar till "
                       "Samordningsgruppen Vårdsamverkan Södra på samma sätt som närvårdsgrupperna i Åby och Tallvik.",
                       ("mandate", "Lokal närvårdsgrupp Åby", "Samordningsgruppen Vårdsamverkan Södra", "reports_to"),
                       ("mandate", "Lokal närvårdsgrupp Tallvik", "Samordningsgruppen Vårdsamverkan Södra", "reports_to"),
                       body="Delregionalt politiskt samråd Södra"),),
         counter_examples=("Gruppen rapporterar till samordningsgruppen på samma sätt som tidigare.",)),
    Rule("reports_elsewhere_from_now", "mandate", exclusive=False,
         triggers=("som i dag rapporterar", "som idag rapporterar", "som nu rapporterar"),
         handler="_md_reports_elsewhere",
         examples=(_ex("Arbetsgrupp SIP, som i dag rapporterar till Samverkansgrupp äldre, rapporterar från och med "
                       "2026 till Styrgrupp Nära vård.",
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to"),
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"), body="Ledningsgrupp Norrby"),),
         counter_examples=("Arbetsgrupp SIP, som i dag rapporterar till Samverkansgrupp äldre, har tagit fram en rutin.",)),
    # the body that met reports to the body named before, said in passing in an aside:
    # "Nätverket vill att Samverkansgrupp äldre får en lägesbild – nätverket rapporterar ju dit – och …"
    # the level a body works at, told before its uppdrag and its report: "Samverkansgruppen är taktisk, arbetar på
    # uppdrag av LVO och rapporterar dit två gånger per år" (read as though the level were not told)
    Rule("level_before_uppdrag", "mandate", exclusive=False, triggers=("är taktisk", "är strategisk", "är operativ",
                                                                       "är politisk"),
         handler="_md_level_before_uppdrag",
         examples=(_ex("Samverkansgruppen är taktisk, arbetar på uppdrag av LGN och rapporterar dit två gånger per år.",
                       body="Samverkansgrupp Demens",
                       facts=(("mandate", "Samverkansgrupp Demens", "LGN", "reports_to"),)),),
         counter_examples=("Samverkansgruppen är taktisk, och arbetet är operativt.",)),
    Rule("reports_there_aside", "mandate", mandate="reports_to", exclusive=False,
         triggers=("rapporterar ju dit", "rapporterar dit", "rapporterar också dit", "rapporterar även dit",
                   "dit vi rapporterar", "dit vi återrapporterar", "dit gruppen rapporterar", "dit arbetsgruppen rapporterar"),
         handler="_md_reports_there_aside",
         examples=(_ex("Nätverket vill att Samverkansgrupp äldre får en lägesbild – nätverket rapporterar ju dit – och "
                       "Eva tar med siffrorna.", body="MAS-nätverket",
                       facts=(("mandate", "MAS-nätverket", "Samverkansgrupp äldre", "reports_to"),)),
                   _ex("Rapporten skickas till Styrgrupp Nära vård (gruppen rapporterar ju dit) före mars.",
                       body="Arbetsgrupp SIP", facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"),)),
                   # "dit" first, after a comma, in a chat recap's plain words
                   _ex("Styrgrupp Nära vård vill ha en lägesrapport på sitt möte 25 augusti, det är dit vi rapporterar.",
                       body="Arbetsgrupp SIP", facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"),))),
         counter_examples=("Eva Ek rapporterar dit om läget i april.",
                           "Styrgrupp Nära vård träffas i augusti, dit vi rapporterar om läget om det behövs.")),
    Rule("named_body_which_reports_to", "mandate", exclusive=False,
         triggers=("som rapporterar", "som i sin tur rapporterar", "som återrapporterar", "som redovisar", "och rapporterar till",
                   "och rapporterar dit"),
         handler="_md_named_body_which_reports_to",
         examples=(# the mandate first, then whom it reports to: the council the item named, by its kind
                   _ex("Regionalt samverkansråd Norrby har ställt sig bakom planen. Den har tagits fram av "
                       "Länsövergripande styrgrupp barn och unga, som arbetar på uppdrag av rådet och rapporterar "
                       "till rådet två gånger per år.", body="Regionstyrelsen",
                       facts=(("mandate", "Länsövergripande styrgrupp barn och unga", "Regionalt samverkansråd Norrby",
                               "reports_to"),)),
                   # "… och rapporterar dit": to the body it works for
                   _ex("Överenskommelsen har beretts av Samverkansrådet för barn och unga i Norrby, som arbetar på uppdrag "
                       "av Politiska samrådet för vård och skola i Norrby och rapporterar dit.", body="Barn- och utbildningsnämnden",
                       facts=(("mandate", "Samverkansrådet för barn och unga i Norrby",
                               "Politiska samrådet för vård och skola i Norrby", "reports_to"),)),
                   # "… och rapporterar till den": to the giver, by a pronoun; the giver the body that met, by its kind
                   _ex("Förslaget har tagits fram av arbetsgruppen för rovdjur, som arbetar på uppdrag av delegationen "
                       "och rapporterar till den.", body="Viltförvaltningsdelegationen i Ekmo län",
                       facts=(("mandate", "arbetsgruppen för rovdjur", "Viltförvaltningsdelegationen i Ekmo län",
                               "reports_to"),)),
                   # who set it up, told in the same relative clause
                   _ex("Eva Ek rapporterade från Arbetsgrupp ungas fritid, som samrådsgruppen tillsatte i våras och som "
                       "rapporterar till samrådsgruppen vid varje möte.", body="Samrådsgruppen för idéburen sektor",
                       facts=(("mandate", "Arbetsgrupp ungas fritid", "Samrådsgruppen för idéburen sektor", "reports_to"),
                              ("mandate", "Samrådsgruppen för idéburen sektor", "Arbetsgrupp ungas fritid", "delegates"))),
                   _ex("Förslaget har beretts i Samverkansgrupp psykisk hälsa Norrby, som rapporterar till RLG.",
                       ("mandate", "Samverkansgrupp psykisk hälsa Norrby", "RLG", "reports_to"), body="Politiskt samråd"),
                   _ex("Ledningsgruppen har inrättat Arbetsgrupp suicidprevention Norrby, som rapporterar till "
                       "Samverkansgrupp psykisk hälsa Norrby.",
                       ("mandate", "Arbetsgrupp suicidprevention Norrby", "Samverkansgrupp psykisk hälsa Norrby",
                        "reports_to"), body="Politiskt samråd"),
                   # the body that met by the start of its name
                   _ex("Tjänstemannaberedningen Södra, som rapporterar till politisk vårdsamverkan, har tagit fram ett förslag.",
                       ("mandate", "Tjänstemannaberedningen Södra", "Politisk vårdsamverkan Södra Norrby", "reports_to"),
                       body="Politisk vårdsamverkan Södra Norrby")),
         counter_examples=("Frågan bereds av Elin Borg, som rapporterar till styrgruppen i maj.",)),
    # a report that passes through another body on its way: "Gruppen rapporterar via beredningsgruppen till
    # Regionala samverkansrådet" (the body reports to the one between, which reports on)
    Rule("reports_via", "mandate", mandate="reports_to", exclusive=False, triggers=("rapporterar via", "rapporterar vidare via"),
         handler="_md_reports_via",
         examples=(_ex("Gruppen rapporterar via Hjälpmedelscentralens ledningsgrupp till Hjälpmedelsnämnden i Tallmo.",
                       body="Länsgemensamma hjälpmedelsgruppen",
                       facts=(("mandate", "Länsgemensamma hjälpmedelsgruppen", "Hjälpmedelscentralens ledningsgrupp", "reports_to"),
                              # (a kommun's nämnd by the place after it)
                              ("mandate", "Hjälpmedelscentralens ledningsgrupp", "Hjälpmedelsnämnden i Tallmo", "reports_to"))),
                   # the body between named before, then by its kind; after another clause on the body
                   _ex("Gruppen lyder under Beredningsgruppen för välfärd och rapporterar via beredningsgruppen till "
                       "Regionala samverkansrådet.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "beredningsgruppen", "reports_to"),
                              ("mandate", "beredningsgruppen", "Regionala samverkansrådet", "reports_to")))),
         counter_examples=("Eva Ek rapporterar via mejl till Styrgrupp Barnahus.",)),
    # the uppdrag of a body placed under another, its giver that body: "Nätverket lyder under Styrgrupp nära vård och
    # har fått i uppdrag att ta fram en rutin", "Arbetsgruppen är tillsatt av LSVO och har i uppdrag att …"
    Rule("uppdrag_under_body", "assignment", exclusive=False, triggers=("i uppdrag att", "uppdraget att"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:lyder\s+under|är\s+underställd|sorterar\s+under|"
                 r"är\s+(?:en\s+)?undergrupp\s+(?:till|under)|är\s+tillsatt\s+av|tillsattes\s+av|har\s+tillsatts\s+av)\s+"
                 r"(?P<giver3>[^.;,]+?)\s+och\s+har\s+(?:(?:nu|också|även|sedan\s+\S+)\s+)?(?:fått\s+)?(?:i\s+uppdrag|uppdraget)\s+"
                 r"att\s+(?P<task>.+?)(?:\s+och\s+(?:åter)?rapporterar\s+till.*)?\.?$",
         examples=(_ex("Nätverket lyder under Styrgrupp Nära vård och har fått i uppdrag att ta fram en gemensam rutin för "
                       "remisser.", body="Nätverket elevhälsa",
                       facts=(("assignment", ["Nätverket elevhälsa"], "ta fram en gemensam rutin"),
                              ("mandate", "Styrgrupp Nära vård", "Nätverket elevhälsa", "delegates"))),
                   _ex("Arbetsgruppen är tillsatt av Samverkansgrupp äldre och har i uppdrag att kartlägga "
                       "hemrehabiliteringen.", body="Arbetsgrupp hemrehabilitering",
                       facts=(("assignment", ["Arbetsgrupp hemrehabilitering"], "kartlägga hemrehabiliteringen"),
                              ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp hemrehabilitering", "delegates")))),
         counter_examples=("Frågan lyder under socialtjänstlagen och har i uppdrag att vänta.",)),
    # the purpose a body was set up for is the task its maker gave it: "Styrgruppen är tillsatt av ÅLVO för att leda
    # genomförandet av strategin och återrapporterar till ÅLVO" (recalled after a colon: "Eva påminde om uppdraget: …")
    Rule("set_up_for_task", "assignment", exclusive=False,
         triggers=("tillsatt av", "tillsatta av", "inrättad av", "bildad av", "tillsattes av", "inrättades av", "bildades av"),
         pattern=r"^(?:[^.;:]{1,80}:\s+)?(?P<who>[A-ZÅÄÖa-zåäö][^.;:,]{1,80}?)\s+(?:är|blev|har\s+blivit)?\s*"
                 r"(?:tillsatt|tillsatta|inrättad|bildad|tillsattes|inrättades|bildades)\s+(?:\S+\s+)?av\s+(?P<giver>[^.;,]+?)"
                 r"(?:\s*\([^)]*\))?\s+för\s+att\s+(?P<task>(?!(?:det|den|de|dessa|vi|man|hon|han|hen)\b)[a-zåäö]{2,}\b.+?)"
                 r"(?:\s+och\s+(?:åter)?rapporterar\s+(?:till|dit)\b.*)?\.?$",
         examples=(_ex("Magnus påminde om uppdraget: styrgruppen är tillsatt av Ledningsgruppen för vård för att leda "
                       "genomförandet av strategin för psykisk hälsa och återrapporterar till ledningsgruppen två gånger "
                       "per år.", body="Styrgrupp psykisk hälsa Åby",
                       facts=(("assignment", ["Styrgrupp psykisk hälsa Åby"], "leda genomförandet av strategin"),)),
                   _ex("Arbetsgrupp SIP är tillsatt av Styrgrupp Nära vård för att ta fram en gemensam rutin.",
                       body="Samverkansgrupp äldre",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "ta fram en gemensam rutin"),))),
         counter_examples=("Tjänsten som samordnare är tillsatt av Styrgrupp Barnahus för att avlasta cheferna.",
                           "Gruppen är tillsatt av Styrgrupp Nära vård för att det saknades en rutin.")),
    # a body's place under another, told as a standing fact
    # (also "är en arbetsgrupp under Y", "sorterar under Y", "ingår i strukturen under Y")
    Rule("subordinate_to", "mandate", mandate="reports_to",
         triggers=("lyder under", "undergrupp", "underställd", "grupp under", "team under", "nätverk under",
                   "sorterar under", "organiserad under", "strukturen under"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,]{2,80}?)\s+(?:lyder\s+under|är\s+(?:en\s+)?undergrupp\s+(?:till|under|inom)|"
                 r"är\s+underställd|är\s+(?:en|ett)\s+(?:[a-zåäö-]*(?:grupp|team|nätverk))\s+under|sorterar\s+under|"
                 r"är\s+organiserad\s+under|ingår\s+i\s+(?:samverkans)?strukturen\s+under|"
                 # "är Ronnebys del av strukturen under Y", "är en del av samverkansstrukturen under Y"
                 r"är\s+(?:en\s+|[A-ZÅÄÖ][\wåäö-]*s\s+)?del\s+av\s+(?:samverkans)?strukturen\s+under)"
                 r"\s+(?P<to>[^.;,]+?)(?:\s+(?:och(?=\s+[a-zåäö]+(?:ar|er|r)\b|\s+(?:åter)?rapportering\b)|som|sedan|"
                 # "…, och återrapportering sker till …": another clause after a comma
                 r"i(?=\s+[a-zåäö\d])|med)\b.*|,\s+och\s.*)?$",
         examples=(_ex("Arbetsgrupp SIP lyder under Styrgrupp Nära vård.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to")),
                   _ex("Arbetsgruppen lyder under Styrgrupp Nära vård, och återrapportering sker till styrgruppen två "
                       "gånger per år.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"),)),
                   # "i" before a place is part of the body's name
                   _ex("Nätverket lyder under Socialchefsgruppen i Tallmo och lämnar en årsrapport dit i december.",
                       body="Nätverket för biståndshandläggare i Tallmo",
                       facts=(("mandate", "Nätverket för biståndshandläggare i Tallmo", "Socialchefsgruppen i Tallmo",
                               "reports_to"),)),
                   _ex("Arbetsgrupp SIP lyder under Styrgrupp Nära vård i praktiken.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to")),
                   # "och" inside the body's name, not a clause after it
                   _ex("Arbetsgrupp SIP är underställd Ledningsgruppen för vård och omsorg och rapporterar dit.",
                       ("mandate", "Arbetsgrupp SIP", "Ledningsgruppen för vård och omsorg", "reports_to")),
                   _ex("Arbetsgrupp SIP är en undergrupp till samverkansgruppen.",
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to")),
                   _ex("Arbetsgrupp SIP är en arbetsgrupp under Styrgrupp Nära vård.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to")),
                   _ex("Arbetsgruppen sorterar under Styrgrupp Nära vård.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"),)),
                   _ex("Arbetsgruppen ingår i strukturen under Styrgrupp Nära vård.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"),)),
                   # the local group as its kommun's part of the structure, and where it reports said after "och"
                   _ex("Den lokala samverkansgruppen är Åbys del av strukturen under Samverkansgrupp äldre och "
                       "rapporterar dit två gånger per termin.", body="Lokal samverkansgrupp Åby",
                       facts=(("mandate", "Lokal samverkansgrupp Åby", "Samverkansgrupp äldre", "reports_to"),))),
         counter_examples=("Frågan lyder under socialtjänstlagen.", "Mötet hölls i en grupp under eftermiddagen.",
                           "Frågan är en del av strukturen under året.")),
    # a body's accountability to another, as a kommun's rules of procedure state it: "Utskottet ansvarar inför
    # kommunstyrelsen för …", "Revisorerna granskar på uppdrag av fullmäktige och ansvarar inför fullmäktige"
    # ("inför" before a meeting is a time, no body: "ansvarar inför nästa möte för lokalen")
    Rule("answers_to", "mandate", mandate="reports_to", exclusive=False,
         triggers=("ansvarar inför", "ansvarig inför", "ansvariga inför", "svarar inför"),
         # (after a clause and a semicolon, the body by its kind: "Uppdraget ges av LVO; projektgruppen ansvarar inför …")
         pattern=r"^(?:[^.;]{3,120};\s+)?(?P<from>[A-ZÅÄÖ][^.;:,]{1,80}?|[a-zåäö]*(?:gruppen|teamet|rådet|nätverket|beredningen|utskottet))"
                 r"\s+(?:[a-zåäö][^.;:]{2,140}?\s+och\s+)?(?:är\s+(?:också\s+|även\s+)?"
                 r"ansvarig[a]?|ansvarar|svarar)\s+inför\s+(?!(?:nästa|kommande|mötet|sammanträdet|dagens)\b)(?P<to>[^.;,]+?)"
                 # ("för" opens what it answers for, not a body's name going on: "… inför Ledningsgruppen för
                 # samverkan i Åby för uppföljningen")
                 r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:för(?=\s+(?:den|det|de|att|frågor|[a-zåäö]+(?:ningen|ningar|en|et|na|erna|arna|orna))\b)|"
                 r"och|samt|i(?=\s+(?:frågor|[a-zåäö]+(?:en|et|na)\b))|genom|som|när)\b.*)?$",
         examples=(_ex("Utskottet ansvarar inför kommunstyrelsen för beredningen av kommunens folkhälsoärenden.",
                       body="Folkhälsoutskottet, Åby kommun",
                       facts=(("mandate", "Folkhälsoutskottet, Åby kommun", "Kommunstyrelsen", "reports_to"),)),
                   # the accountability told after the work it does, the body's own giver named again
                   # "svarar inför", the body's name with its short form in brackets, "för" in the name
                   _ex("Processteamet svarar inför Styrgruppen för Nära vård (SNV) för den månadsvisa uppföljningen.",
                       body="Processteam vårdövergångar",
                       facts=(("mandate", "Processteam vårdövergångar", "Styrgruppen för Nära vård", "reports_to"),)),
                   _ex("Gruppen svarar inför Samverkansgrupp äldre i frågor som rör korttidsvården.", body="Arbetsgrupp korttid",
                       facts=(("mandate", "Arbetsgrupp korttid", "Samverkansgrupp äldre", "reports_to"),)),
                   _ex("Uppdraget ges av ledningsgruppen; projektgruppen ansvarar inför Styrgrupp Nära vård.",
                       body="Ledningsgrupp Åsen", title="Projektgrupp korttidsvård",
                       facts=(("mandate", "Projektgrupp korttidsvård", "Styrgrupp Nära vård", "reports_to"),)),
                   _ex("Revisorerna granskar på uppdrag av kommunfullmäktige och ansvarar inför fullmäktige.",
                       body="Revisorerna, Åby kommun",
                       facts=(("mandate", "Revisorerna, Åby kommun", "Fullmäktige", "reports_to"),
                              ("mandate", "Kommunfullmäktige", "Revisorerna, Åby kommun", "delegates")))),
         counter_examples=("Eva Ek ansvarar inför nästa möte för att boka lokal.",
                           "Gruppen ansvarar inför mötet i maj för dagordningen.")),
    # an officials' body that prepares the matters of a political one works under it: "Tjänstemannaberedningen
    # bereder ärenden till Politiska samverkansberedningen"
    Rule("prepares_matters_for", "mandate", mandate="reports_to", exclusive=False,
         triggers=("bereder ärenden till", "bereder ärenden åt", "bereder ärenden inför", "bereder frågor till",
                   "bereder frågor åt", "bereder frågor inför"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+bereder\s+(?:ärenden|frågor)\s+(?:till|åt|inför)\s+"
                 r"(?!(?:nästa|kommande|mötet|sammanträdet)\b)(?P<to>[^.;,]+?)(?:\s+(?:och|samt|i|genom|som|när|inför)\b.*)?$",
         examples=(_ex("Tjänstemannaberedningen bereder ärenden till Politiska samverkansberedningen och ansvarar inför den.",
                       body="Tjänstemannaberedningen Åby",
                       facts=(("mandate", "Tjänstemannaberedningen Åby", "Politiska samverkansberedningen", "reports_to"),)),),
         counter_examples=("Sekreteraren bereder ärenden inför nästa möte.",)),
    # "Styrgrupp Nära vård är uppdragsgivare för Arbetsgrupp SIP": the body named first commissions the other
    # ("Uppdragsgivare är Styrgrupp Nära vård": the body that met is the one commissioned)
    Rule("commissions", "mandate", mandate="delegates", triggers=("uppdragsgivare",),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,]{2,80}?)\s+är\s+(?:också\s+)?uppdragsgivare\s+(?:för|till|åt)\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+(?:och(?=\s+[a-zåäö]+(?:ar|er|r)\b)|som|sedan)\b.*)?$"
                 r"|^(?:[A-ZÅÄÖ][\wåäö-]*s\s+)?[Uu]ppdragsgivare\s+(?:är|var)\s+(?:alltså\s+|också\s+|fortfarande\s+|numera\s+|sedan\s+\d{4}\s+)?"
                 r"(?P<from7>[A-ZÅÄÖ][^.;,]{2,80}?|[a-zåäö-]*(?:gruppen|rådet|nämnden|beredningen))(?:[,.].*|\s+som\b.*)?$"
                 # "Frågan ägs av LVO, Ledningsgruppen för X, som också är styrgruppens uppdragsgivare": the body named
                 # (its long name in apposition) commissions the one in the genitive
                 r"|^.*?\s(?:av|hos|från|med|under)\s+(?P<from2>[A-ZÅÄÖ][^.;,]{1,60}?)(?:,\s+[A-ZÅÄÖ][^.;,]{2,80}?)?,\s+som\s+(?:också\s+|även\s+)?(?:är|var)\s+"
                 r"(?P<to4>[\wåäöÅÄÖ:-]+s)\s+uppdragsgivare\b.*$",
         examples=(_ex("Styrgrupp Nära vård är uppdragsgivare för Arbetsgrupp SIP.",
                       ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates")),
                   _ex("Uppdragsgivare är Styrgrupp Nära vård.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"),)),
                   # an adverb after the verb, the giver named before by its kind
                   _ex("Gruppen lyder under Beredningsgruppen för välfärd. Gruppens uppdragsgivare är alltså "
                       "beredningsgruppen, som fastställer verksamhetsplanen.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "beredningsgruppen", "Arbetsgrupp SIP", "delegates"),)),
                   _ex("Frågan ägs av LSVO, Ledningsgruppen för samverkan i Åby, som också är styrgruppens uppdragsgivare.",
                       body="Styrgrupp Nära vård", facts=(("mandate", "LSVO", "Styrgrupp Nära vård", "delegates"),))),
         counter_examples=("Regionen är uppdragsgivare för konsulten.", "Uppdragsgivare är regiondirektören.",
                           "Uppdragsgivare är alltså regiondirektören.")),
    # "Referensgruppen för brukare fungerar som referensgrupp till processteamet", "Brukarrådet är referensgrupp till
    # samverkansgruppen": the body consulted feeds the one it is a reference group to
    Rule("reference_group_to", "mandate", mandate="reports_to", exclusive=False,
         triggers=("referensgrupp till", "referensgrupp åt", "referensgrupp för"),
         # ("Rådet är ju referensgrupp till …": a word of emphasis before the seat says nothing of it)
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,]{2,80}?)\s+(?:är|blir|utgör|fungerar\s+som|agerar)\s+(?:ju\s+|alltså\s+|fortfarande\s+)?"
                 r"(?:också\s+|även\s+)?(?:en\s+)?"
                 r"referensgrupp\s+(?:till|åt|för)\s+(?P<to>[^.;,]+?)(?:\s+(?:och|som|i|vid|inför|när|under)\b.*)?$",
         examples=(_ex("Referensgruppen för brukare och närstående fungerar som referensgrupp till processteamet.",
                       ("mandate", "Referensgruppen för brukare och närstående", "Processteam utskrivning Åby", "reports_to"),
                       body="Processteam utskrivning Åby"),
                   _ex("Referensgrupp Barnahus är referensgrupp till samverkansgruppen och ska höras inför beslut.",
                       ("mandate", "Referensgrupp Barnahus", "Samverkansgrupp äldre", "reports_to")),
                   # the body that met, by its kind, a word of emphasis before its seat
                   _ex("Rådet är ju referensgrupp till Samverkansgrupp äldre och det var bra att vi blev hörda.",
                       ("mandate", "Brukarrådet Norrby", "Samverkansgrupp äldre", "reports_to"), body="Brukarrådet Norrby")),
         counter_examples=("Vi diskuterade en referensgrupp för brukare.",
                           "Anna Ek är referensgrupp för projektet.")),
    # "Arbetsgruppen ska hålla samverkansgruppen informerad om arbetet": the body that keeps another informed reports to it
    Rule("keeps_informed", "mandate", mandate="reports_to", exclusive=False,
         triggers=("informerad", "informerat", "informerade", "underrättad", "underrättat", "uppdaterad", "uppdaterat"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,]{2,80}?)\s+(?:(?:ska|skall|bör|behöver)\s+(?:också\s+|även\s+|fortsatt\s+)?hålla|håller)\s+"
                 r"(?P<to>[^.;,]+?)\s+(?:löpande\s+|fortlöpande\s+|kontinuerligt\s+)?"
                 r"(?:informerad|informerat|informerade|underrättad|underrättat|underrättade|uppdaterad|uppdaterat|uppdaterade)\b.*$",
         examples=(_ex("Arbetsgrupp SIP ska hålla samverkansgruppen informerad om arbetet mellan mötena.",
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to")),
                   _ex("Arbetsgrupp utskrivning ska hålla styrgruppen löpande informerad om hur fallgenomgångarna utvecklas.",
                       ("mandate", "Arbetsgrupp utskrivning", "Styrgrupp Nära vård", "reports_to"), body="Styrgrupp Nära vård")),
         counter_examples=("Anna Ek ska hålla samverkansgruppen informerad om arbetet.",
                           "Vi håller oss informerade om läget.")),
    # "Förslaget lämnas till RLG i december. Ärendet går sedan vidare till PSR för beslut.": the matter goes on from the
    # body the sentence before handed it to, which refers it on
    Rule("then_goes_on", "mandate", mandate="refers",
         triggers=("sedan vidare", "därefter vidare", "sedan till", "därefter till", "därifrån"),
         handler="_md_then_goes_on",
         examples=(_ex("Förslaget lämnas till Styrgrupp Barnahus i december. Ärendet går sedan vidare till LSVO för beslut.",
                       ("mandate", "Styrgrupp Barnahus", "LSVO", "refers"),
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "refers"), body="Arbetsgrupp SIP"),),
         counter_examples=("Ärendet går sedan vidare till LSVO för beslut.",
                           "Förslaget lämnas till Anna Ek i december. Ärendet går sedan vidare till LSVO för beslut.")),
    # a body preparing one matter for the body above, which is to take it up: "Samverkansgruppen bereder frågan inför
    # LSVO", "Samverkansgrupp X har berett förslaget inför LSVO": it refers the matter there
    Rule("prepares_matter_before", "mandate", mandate="refers", exclusive=False,
         triggers=("bereder", "berett", "beredde", "bereds i", "beretts i", "bereddes i"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,:]{0,60}?)\s+(?:bereder|har\s+berett|hade\s+berett|beredde)\s+"
                 r"(?:frågan|ärendet|förslaget|underlaget|rutinen|överenskommelsen|handlingsplanen)\s+inför\s+"
                 r"(?P<to>[A-ZÅÄÖ][^.;,:]*?)(?=\s*[,.;:]|\s+(?:som|och|i|den|för)\b|\s*$)"
                 # told in the passive: "Ärendet bereds i Styrgrupp X inför LSVO:s möte i november", "Frågan om
                 # finansiering har beretts i LSVO inför PSVO"
                 r"|^(?:Frågan|Ärendet|Förslaget|Underlaget|Frågorna|Ärendena)(?:\s+om\s+[^.;]{2,100}?)?\s+"
                 r"(?:bereds|har\s+beretts|hade\s+beretts|bereddes)\s+(?:vidare\s+)?i\s+(?P<from2>[A-ZÅÄÖ][^.;:]{0,100}?)\s+"
                 r"inför\s+(?P<to2>[A-ZÅÄÖ][^.;,:\s]*(?:\s+[^.;,:\s]+)*?)"
                 r"(?=(?::s|s)?\s+(?:möte|sammanträde)\b|\s*[,.;:]|\s+(?:som|och|i|den|för)\b|\s*$)",
         examples=(_ex("Samverkansgruppen bereder frågan inför LSVO.", body="Samverkansgrupp äldre",
                       facts=(("mandate", "Samverkansgrupp äldre", "LSVO", "refers"),)),
                   _ex("Styrgrupp Barnahus har berett förslaget inför LSVO, som ställde sig bakom det i februari.",
                       body="PSVO", facts=(("mandate", "Styrgrupp Barnahus", "LSVO", "refers"),)),
                   _ex("Ärendet bereds i Styrgrupp för jämlik hälsa, nära vård, stöd och omsorg inför LSVO:s möte i november.",
                       body="Samverkansgrupp äldre",
                       facts=(("mandate", "Styrgrupp för jämlik hälsa, nära vård, stöd och omsorg", "LSVO", "refers"),)),
                   _ex("Frågan om finansiering har beretts i LSVO inför PSVO.", body="Processteam SIP",
                       facts=(("mandate", "LSVO", "PSVO", "refers"),))),
         counter_examples=("Anna Ek bereder frågan inför nästa möte.",
                           "Ledningsgruppen bereder ärendena inför samrådsorganets möte.")),
    # a question another body raised, in the minutes of the body it came to: "Frågan har väckts av samverkansgruppen"
    Rule("raised_by", "mandate", mandate="refers", exclusive=False,
         triggers=("väckts", "väcktes", "aktualiserats", "aktualiserades"), handler="_md_raised_by",
         examples=(_ex("Frågan om gemensamma korttidsplatser har väckts av Samverkansgrupp äldre i mars.",
                       ("mandate", "Samverkansgrupp äldre", "Regionala ledningsgruppen", "refers"),
                       body="Regionala ledningsgruppen"),
                   # a name whose fields are joined by "och"
                   _ex("Frågan har väckts av Samverkansgruppen för psykisk hälsa och beroende i Åby.",
                       ("mandate", "Samverkansgruppen för psykisk hälsa och beroende i Åby", "Regionala ledningsgruppen",
                        "refers"), body="Regionala ledningsgruppen")),
         counter_examples=("Frågan har väckts av Eva Ek.", "Frågan väcktes på förra mötet.")),
    # a question raised from one body to another, told: "Frågan om finansiering har lyfts från LSVO till PSVO"
    Rule("raised_from_to", "mandate", mandate="refers", exclusive=False, triggers=("från",),
         pattern=r"^(?:Frågan|Ärendet|Förslaget|Frågorna|Ärendena)(?:\s+om\s+[^.;]{2,100}?)?\s+(?:har\s+|hade\s+)?"
                 r"(?:lyfts|lyftes|förts|fördes|gått|gick)\s+(?:vidare\s+)?från\s+(?P<from>[A-ZÅÄÖ][^.;,]{1,60}?)\s+till\s+"
                 r"(?P<to>[A-ZÅÄÖ][^.;,]{1,60}?)(?=\s*[,.;]|\s+(?:för|som|och|i|den|inför)\b|\s*$)",
         examples=(_ex("Frågan om en gemensam finansiering efter 2027 har lyfts från LSVO till PSVO.", body="PSVO",
                       facts=(("mandate", "LSVO", "PSVO", "refers"),)),),
         counter_examples=("Frågan har lyfts från Eva Ek till Per Lund.",)),
    # a document sent on for another body's decision: "Rutinen skickas till Styrgrupp Nära vård för godkännande"
    Rule("sent_for_decision", "mandate", mandate="refers", exclusive=False,
         triggers=("skickas", "skickades", "lämnas", "lämnades", "går vidare"),
         pattern=r"^(?:[A-ZÅÄÖ][\wåäö-]+(?:\s+(?!och\b)[a-zåäö][\wåäö-]*){0,4})\s+(?:skickas|skickades|lämnas|lämnades|går)\s+"
                 r"(?:nu\s+|därefter\s+|sedan\s+)?(?:vidare\s+)?till\s+(?P<to>[^.;,]+?)\s+för\s+(?:beslut|godkännande|fastställande|"
                 r"ställningstagande|antagande)\b.*$",
         examples=(_ex("Rutinen skickas till Styrgrupp Nära vård för godkännande.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "refers"),)),
                   _ex("Det reviderade förslaget går vidare till Ledningsgruppen för vård och omsorg för beslut.",
                       body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Ledningsgruppen för vård och omsorg", "refers"),))),
         counter_examples=("Fakturan skickas till kommunen för betalning.", "Anna Lund skickas till utbildningen för kännedom.")),
    # "Återrapportering sker till Ledningsgruppen två gånger per år": the body that met reports there
    Rule("reporting_goes_to", "mandate", mandate="reports_to",
         triggers=("rapportering sker", "rapportering görs", "rapportering ska ske", "rapporteringen sker",
                   "terkoppling sker", "terkopplingen sker", "terkoppling görs"),
         # "Återkoppling sker till uppdragsgivaren": to the body that gave the body that met its uppdrag
         pattern=r"^(?:(?:[Åå]ter)?[Rr]apportering(?:en)?|[Åå]terkoppling(?:en)?)\s+(?:sker|görs|ska\s+ske)\s+(?:\w+\s+){0,3}?till\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+(?:två|en|fyra|varje|vid|i|senast|inför|löpande|\d)\b.*)?$",
         examples=(_ex("Återrapportering sker till Styrgrupp Nära vård två gånger per år.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Nära vård", "reports_to")),
                   _ex("Styrgrupp Barnahus är uppdragsgivare för Arbetsgrupp SIP. Återkoppling sker till uppdragsgivaren i maj.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"), body="Arbetsgrupp SIP")),
         counter_examples=("Återrapportering sker muntligt.",)),
    # a nämnd's powers from the reglemente its fullmäktige adopted: "Enligt reglementet som kommunfullmäktige har antagit
    # får nämnden ta över beslutanderätten …"
    Rule("powers_by_reglemente", "mandate", mandate="delegates", triggers=("reglemente",),
         pattern=r"^[Ee]nligt\s+(?:det\s+)?(?:reglemente(?:t)?|nämndens\s+reglemente)\s*,?\s+(?:som\s+)?(?:antag(?:et|it)\s+av\s+)?"
                 r"(?P<from>(?:kommun|region)fullmäktige|fullmäktige|[A-ZÅÄÖ][\wåäö-]+fullmäktige)"
                 r"(?:\s+(?:har\s+)?(?:antagit|antog|fastställt|fastställde))?(?:\s+[\d-]+)?\s*,?\s+"
                 r"(?:får|ska|skall|har|kan)\s+(?P<to>nämnden|styrelsen|utskottet|[a-zåäö]*nämnden)\b.*$",
         examples=(_ex("Enligt reglementet som kommunfullmäktige har antagit får nämnden ta över beslutanderätten från andra "
                       "nämnder i den utsträckning som behövs.", body="Krisledningsnämnden, Åby kommun",
                       facts=(("mandate", "kommunfullmäktige", "Krisledningsnämnden, Åby kommun", "delegates"),)),),
         counter_examples=("Enligt reglementet ska protokollet justeras inom två veckor.",)),
    # a krisledningsnämnd taking over another nämnd's powers: that nämnd's mandate goes to it for the time
    Rule("takes_over_powers", "mandate", mandate="delegates", triggers=("överta",), handler="_takes_over_powers",
         examples=(_ex("överta socialnämndens beslutanderätt i frågor som rör hemtjänsten under den tid händelsen pågår",
                       decision=True, body="Krisledningsnämnden, Åby kommun",
                       facts=(("mandate", "socialnämnden", "Krisledningsnämnden, Åby kommun", "delegates"),)),
                   _ex("Krisledningsnämnden övertar samhällsbyggnadsnämndens ansvar för vattenförsörjningen.",
                       body="Krisledningsnämnden, Åby kommun",
                       facts=(("mandate", "samhällsbyggnadsnämnden", "Krisledningsnämnden, Åby kommun", "delegates"),)),
                   # the law it rests on, between commas
                   _ex("Krisledningsnämnden övertar, med stöd av 3 kap. 3 § LEH, socialnämndens beslutanderätt i frågor "
                       "om evakuering.", body="Krisledningsnämnden, Åby kommun",
                       facts=(("mandate", "socialnämnden", "Krisledningsnämnden, Åby kommun", "delegates"),))),
         counter_examples=("Regionen övertar ansvaret för hemsjukvården från januari.",
                           "Eva Ek övertar socialnämndens ordförandeskap.")),
    # a matter received for comment, told with who sent it: "Utskottet har fått planen på remiss från nämnden"
    Rule("received_on_remiss", "mandate", mandate="refers", triggers=("på remiss",),
         pattern=r"^(?P<to>[A-ZÅÄÖ][^.;,]{2,80}?)\s+har\s+(?:fått|erhållit)\s+[^.;]{2,80}?\s+på\s+remiss\s+(?:från|av)\s+"
                 r"(?P<from>[^.;,]+?)(?:\s+(?:med|för|och)\b.*)?$",
         examples=(_ex("Primärvårdsutskottet har fått planen på remiss från hälso- och sjukvårdsnämnden.",
                       ("mandate", "hälso- och sjukvårdsnämnden", "Primärvårdsutskottet", "refers"),
                       body="Primärvårdsutskottet"),
                   # the sender by its kind word, the nämnd the item named before
                   _ex("Planen har tagits fram på uppdrag av socialnämnden. Utskottet har fått planen på remiss från nämnden.",
                       ("mandate", "socialnämnden", "Beredningsutskottet", "refers"), body="Beredningsutskottet")),
         counter_examples=("Planen har skickats på remiss till kommunerna.",)),
    # a council that answers another body's remisser: that body refers its questions to the council
    Rule("remiss_body_for", "mandate", mandate="refers", exclusive=False,
         triggers=("remissinstans", "remissorgan"),
         # "… till kommunstyrelsen och till hälso- och sjukvårdsnämnden": each body it answers; what the council
         # also does, after "och" and its own verb, is read by the rules after this one
         pattern=r"^(?P<to>[A-ZÅÄÖ][^.;,]{2,80}?)\s+är\s+(?:ett\s+)?(?:remissinstans|remissorgan)\s+(?:för|till|åt)\s+"
                 r"(?P<from>[^.;,]+?)(?:\s+(?:och|samt)\s+(?:till|för|åt)\s+(?P<also>[^.;,]+?))?"
                 r"(?:\s+(?:i|vid|inom)\s+(?:frågor|ärenden)\b[^;,]*)?(?:,?\s+(?:och|samt)\s+(?P<more>(?=[a-zåäö]+r\b).*))?$",
         examples=(_ex("Rådet är remissinstans för omsorgsnämnden i frågor som rör äldre.",
                       ("mandate", "Omsorgsnämnden", "Kommunala pensionärsrådet, Åby kommun", "refers"),
                       body="Kommunala pensionärsrådet, Åby kommun"),
                   _ex("Rådet är remissinstans till kommunstyrelsen och till socialnämnden i frågor som rör folkhälsa, och "
                       "rapporterar till kommunstyrelsen en gång per år.",
                       ("mandate", "Kommunstyrelsen", "Folkhälsorådet, Åby kommun", "refers"),
                       ("mandate", "Socialnämnden", "Folkhälsorådet, Åby kommun", "refers"),
                       ("mandate", "Folkhälsorådet, Åby kommun", "Kommunstyrelsen", "reports_to"),
                       body="Folkhälsorådet, Åby kommun")),
         counter_examples=("Rådet är remissinstans i frågor som rör äldre.",)),
    # a matter another body has sent for the body's view: "Kommunfullmäktige har den 27 oktober 2025, § 88, remitterat
    # ett medborgarförslag om X till socialnämnden för yttrande senast den 28 februari 2026"
    Rule("remitted_for_comment", "mandate", mandate="refers", exclusive=False,
         triggers=("remitterat", "överlämnat", "vill ha", "önskar", "begär", "efterfrågar", "ber om"),
         handler="_md_remitted_for_comment",
         examples=(# passed on by the body it went to: each body's referral, and the task of the last
                   _ex("Kommunfullmäktige har remitterat motionen till kommunstyrelsen, som i sin tur har överlämnat den "
                       "till näringslivsutskottet för beredning.", body="Kommunstyrelsens näringslivsutskott, Åby kommun",
                       facts=(("mandate", "Kommunfullmäktige", "kommunstyrelsen", "refers"),
                              ("mandate", "Kommunstyrelsen", "Kommunstyrelsens näringslivsutskott, Åby kommun", "refers"),
                              ("assignment", ["Kommunstyrelsens näringslivsutskott, Åby kommun"], "bereda motionen"))),
                   _ex("Kommunfullmäktige har den 27 oktober 2025, § 88, remitterat ett medborgarförslag om trygghetsboende "
                       "till socialnämnden för yttrande senast den 28 februari 2026.", body="Socialnämnden",
                       facts=(("mandate", "Kommunfullmäktige", "Socialnämnden", "refers"),
                              ("assignment", ["Socialnämnden"], "yttra sig över ett medborgarförslag om trygghetsboende"))),
                   # the matter's own name says "till" before the body asked
                   _ex("Kommunstyrelsen har remitterat förslaget till nytt reglemente till rådet för yttrande.",
                       body="Kommunala pensionärsrådet, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunala pensionärsrådet, Åby kommun", "refers"),)),
                   # the day the answer is due instead of what it is for
                   _ex("Kommunstyrelsen har remitterat förslaget till äldreplan till Kommunala pensionärsrådet med svar "
                       "senast den 20 december 2026.", body="Kommunala pensionärsrådets arbetsutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunala pensionärsrådet", "refers"),
                              ("assignment", ["Kommunala pensionärsrådet"],
                               "svara på remissen om förslaget till äldreplan senast den 20 december 2026"))),
                   # sent, and the view wanted told after "och"
                   _ex("Styrgrupp Barnahus har skickat förslaget till ny riktlinje för SIP till gruppen och vill ha "
                       "gruppens yttrande senast 30 april.", body="Samverkansgrupp Barn och unga",
                       facts=(("mandate", "Styrgrupp Barnahus", "Samverkansgrupp Barn och unga", "refers"),
                              ("assignment", ["Samverkansgrupp Barn och unga"],
                               "yttra sig över förslaget till ny riktlinje för SIP senast 30 april")))),
         counter_examples=("Förvaltningen har remitterat förslaget till kommunerna.",
                           "Anna Berg har skickat förslaget till gruppen och vill ha synpunkter senast fredag.")),
    Rule("referred_earlier", "mandate", exclusive=False,
         triggers=("lyfte till", "lyft till", "lyfte vidare", "skickade till", "överlämnade till", "överlämnat till"),
         handler="_md_referred_earlier",
         examples=(_ex("Eva Ek återrapporterade ärendet som Styrgrupp Nära vård lyfte till Regional ledningsgrupp Norrby i mars.",
                       ("mandate", "Styrgrupp Nära vård", "Regional ledningsgrupp Norrby", "refers")),
                   _ex("Frågan om finansiering, som Arbetsgrupp mobila team lyfte till Styrgrupp Barnahus i oktober, "
                       "diskuterades.", ("mandate", "Arbetsgrupp mobila team", "Styrgrupp Barnahus", "refers"))),
         counter_examples=("Eva Ek återrapporterade frågan som Anna Berg lyfte till gruppen i mars.",)),
    # a matter another body handed over, in the passive with that body as agent
    Rule("handed_over_by", "mandate", mandate="refers", exclusive=False,
         triggers=("överlämnades till", "överlämnats till"),
         pattern=r"^(?:[A-ZÅÄÖ][^.;]{2,80}?)\s+(?:har\s+)?(?:överlämnades|överlämnats)\s+till\s+(?P<to>[^.;]{2,80}?)\s+av\s+"
                 r"(?P<from>[A-ZÅÄÖ][^.;]{2,80}?)(?:\s+(?:i|den|under|vid|efter|inför)\s+[^.;]*)?$",
         examples=(_ex("Planeringen överlämnades till gruppen av Arbetsgrupp för fallprevention i september.",
                       ("mandate", "Arbetsgrupp för fallprevention", "Samverkansgrupp äldre", "refers")),),
         counter_examples=("Planeringen överlämnades till gruppen av Anna Berg i september.",)),
    # decisions taken under a delegation told back to the body that gave it: "att arbetsutskottet anmäler fattade beslut
    # till nämnden vid sammanträdet den 11 september"
    Rule("reports_delegated_decisions", "mandate", mandate="reports_to", exclusive=False,
         triggers=("fattade beslut", "delegerade beslut", "delegationsbeslut", "beslut som fattats"),
         pattern=r"^(?:att\s+)?(?P<from>[a-zåäö]*(?:utskottet|gruppen|rådet|beredningen)|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:ska\s+)?"
                 r"(?:anmäler|anmäla|redovisar|redovisa|rapporterar|rapportera|återrapporterar|återrapportera)\s+"
                 r"(?:(?:de|sina)\s+)?(?:fattade\s+beslut|delegerade\s+beslut|delegationsbeslut(?:en)?|besluten\s+som\s+fattats|"
                 r"beslut\s+som\s+fattats)(?:\s+med\s+stöd\s+av\s+[^.;]{2,40}?)?\s+(?:till|för)\s+"
                 r"(?P<to>[a-zåäö]*(?:nämnden|styrelsen|rådet|direktionen)|[A-ZÅÄÖ][^.;:,]{1,60}?)(?=\s|[.,;]|$)",
         examples=(_ex("att arbetsutskottet anmäler fattade beslut till nämnden vid sammanträdet den 11 september 2029",
                       decision=True, body="Socialnämnden",
                       facts=(("mandate", "arbetsutskottet", "Socialnämnden", "reports_to"),)),),
         counter_examples=("Eva Ek anmäler fattade beslut till nämnden.",)),
    # a report handed in at set times, a standing line: "Rådet lämnar en gång per år en lägesbeskrivning till Styrgrupp X"
    Rule("periodic_report", "mandate", mandate="reports_to", exclusive=False, triggers=("gång per", "gånger per",
         "gång om", "gånger om", "varje år", "varje halvår", "varje termin", "årligen", "halvårsvis", "kvartalsvis"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,]{1,80}?)\s+lämnar\s+(?:" + FREQUENCY + r"\s+)?" + HANDED_REPORT + r"\s+till\s+"
                 r"(?P<to>[A-ZÅÄÖ][^.;,]*?|[a-zåäö]*(?:gruppen|rådet|nämnden|styrelsen))"
                 r"(?=\s+(?:(?:en|två|tre|fyra)\s+gång|varje|årligen|halvårsvis|kvartalsvis|i\s+[a-zåäö]+|inför)\b|\s*[.,;]|\s*$)",
         examples=(_ex("Rådet lämnar en gång per år en lägesbeskrivning till Styrgrupp Nära vård.", body="Lokalt närvårdsråd Åby",
                       facts=(("mandate", "Lokalt närvårdsråd Åby", "Styrgrupp Nära vård", "reports_to"),)),
                   _ex("Arbetsgruppen lämnar sin lägesrapport till Samverkansgrupp äldre två gånger per år.",
                       body="Arbetsgrupp hjälpmedel",
                       facts=(("mandate", "Arbetsgrupp hjälpmedel", "Samverkansgrupp äldre", "reports_to"),))),
         counter_examples=("Eva Ek lämnar en gång per år en sammanställning till Per Lund.",)),
    # what a body decided or follows, reported to another at a period: "Styrgrupp Nära vård har beslutat om
    # gemensamma indikatorer som redovisas till RLG två gånger per år"
    Rule("periodic_report_of_work", "mandate", mandate="reports_to", exclusive=False,
         triggers=("gång per", "gånger per", "gång om", "gånger om", "varje år", "varje halvår", "årligen", "halvårsvis",
                   "kvartalsvis"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,]{1,80}?)\s+(?:har\s+)?(?:beslutat\s+om|beslutade\s+om|tagit\s+fram|tar\s+fram|"
                 r"följer\s+upp|tog\s+fram)\s+[^.;]{3,120}?\s+som\s+(?:åter)?(?:redovisas|rapporteras)\s+(?:till|för)\s+"
                 r"(?P<to>[A-ZÅÄÖ][^.;,]*?|[a-zåäö]*(?:gruppen|rådet|nämnden|styrelsen))"
                 r"(?=\s+(?:(?:en|två|tre|fyra)\s+gång(?:er)?|varje|årligen|halvårsvis|kvartalsvis)\b)",
         examples=(_ex("Styrgrupp Nära vård har beslutat om gemensamma indikatorer som redovisas till Samverkansgrupp äldre "
                       "två gånger per år.", body="Ledningsgruppen för samverkan i Norrby",
                       facts=(("mandate", "Styrgrupp Nära vård", "Samverkansgrupp äldre", "reports_to"),)),),
         counter_examples=("Styrgrupp Nära vård har beslutat om indikatorer som redovisas till Samverkansgrupp äldre i maj.",
                           "Eva Ek tar fram siffror som redovisas till Samverkansgrupp äldre en gång per år.")),
    Rule("hands_in_report", "mandate", exclusive=False, triggers=("rapport till", "berättelse till", "lämnat sin",
                                                                   "lämnar sin", "lämnade sin"),
         handler="_md_hands_in_report",
         examples=(_ex("Styrgruppen rapporterar till Regional ledningsgrupp Norrby två gånger per år, och Arbetsgrupp SIP "
                       "lämnar sin årsrapport till Regional ledningsgrupp Norrby i oktober.",
                       ("mandate", "Arbetsgrupp SIP", "Regional ledningsgrupp Norrby", "reports_to")),
                   # a relative clause after the body, between it and its verb
                   _ex("Arbetsgrupp SIP, som gruppen tillsatte i mars, lämnar sin slutrapport till Regional ledningsgrupp "
                       "Norrby i december.", ("mandate", "Arbetsgrupp SIP", "Regional ledningsgrupp Norrby", "reports_to")),
                   # told as done, by the one who tells of it
                   _ex("Eva Ek informerar om att Projektgruppen för gemensam korttidsvård har lämnat sin slutrapport till "
                       "Regional ledningsgrupp Norrby.", body="Socialnämnden",
                       facts=(("mandate", "Projektgruppen för gemensam korttidsvård", "Regional ledningsgrupp Norrby",
                               "reports_to"),)),
                   # no receiver named: the body that met receives it
                   _ex("Arbetsgrupp hemsjukvård och läkarmedverkan har lämnat sin delrapport.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Arbetsgrupp hemsjukvård och läkarmedverkan", "Styrgrupp Nära vård",
                               "reports_to"),)),
                   _ex("Rapporterna från två grupper har kommit in. Lokal närvårdsgrupp Östmo lämnar sin rapport i juni.",
                       body="Samordningsgruppen Vårdsamverkan Södra Ås",
                       facts=(("mandate", "Lokal närvårdsgrupp Östmo", "Samordningsgruppen Vårdsamverkan Södra Ås",
                               "reports_to"),))),
         counter_examples=("Anna Berg lämnar sin rapport till Regional ledningsgrupp Norrby i oktober.",
                           "Anna Berg har lämnat sin delrapport.",
                           "Samverkansgruppen lämnar sin rapport i juni.",
                           "Eva Ek berättar att Anna Berg har lämnat sin rapport till Regional ledningsgrupp Norrby.")),
    Rule("own_team_reports", "mandate", exclusive=False, triggers=("s operativa team", "s team och", "s arbetsgrupp och"),
         handler="_md_own_team",
         examples=(_ex("Eva Ek redovisade uppföljningen av Samverkansteamet Unga i Åby. Teamet är ledningsgruppens "
                       "operativa team och rapporterar till ledningsgruppen varje termin.",
                       ("mandate", "Samverkansteamet Unga i Åby", "Ledningsgruppen för barn och unga i Åby", "reports_to"),
                       ("mandate", "Ledningsgruppen för barn och unga i Åby", "Samverkansteamet Unga i Åby", "delegates"),
                       body="Ledningsgruppen för barn och unga i Åby"),),
         counter_examples=("Teamet är ledningsgruppens operativa team och rapporterar till styrgruppen.",)),
    # a body told as another body's group at a level: "Samverkansgrupp äldre är RLG:s taktiska grupp för äldres hälsa.
    # Gruppen bereder frågor inför RLG och rapporterar till RLG i maj och november." (as an uppdragsbeskrivning puts it)
    Rule("body_of_another", "mandate", exclusive=False,
         triggers=("s taktiska", "s operativa", "s strategiska", "s beredande", "s verkställande"),
         handler="_md_body_of_another",
         examples=(_ex("Ur uppdragsbeskrivningen citeras: ”Samverkansgrupp äldre är RLG:s taktiska grupp för äldres hälsa. "
                       "Gruppen bereder frågor inför RLG och rapporterar till RLG i maj och november.”",
                       ("mandate", "Regionala ledningsgruppen för vård och omsorg", "Samverkansgrupp äldre", "delegates"),
                       ("mandate", "Samverkansgrupp äldre", "Regionala ledningsgruppen för vård och omsorg", "reports_to"),
                       body="Regionala ledningsgruppen för vård och omsorg"),
                   _ex("Arbetsgrupp SIP är styrgruppens operativa arbetsgrupp för samordnad individuell plan.",
                       ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"), body="Styrgrupp Nära vård")),
         counter_examples=("Teamet är ledningsgruppens operativa team.",
                           "Anna Lund är styrgruppens operativa stöd i arbetet.")),
    Rule("attached_reports", "mandate", exclusive=False,
         triggers=("knuten till", "kopplad till", "underställd", "nätverk till", "stöd till", "organ till", "grupp till",
                   "forum till", "råd till"),
         handler="_md_attached_to",
         examples=(_ex("Referensgruppen för brukare är knuten till Styrgrupp Nära vård och rapporterar dit två gånger om året.",
                       ("mandate", "Referensgruppen för brukare", "Styrgrupp Nära vård", "reports_to")),
                   # a body of experts to another, which it reports to named again by its kind
                   _ex("MAS-nätverket är ett sakkunnignätverk till Länsledningen för vård och omsorg i Norrby och "
                       "rapporterar till länsledningen två gånger per år.",
                       ("mandate", "MAS-nätverket", "Länsledningen för vård och omsorg i Norrby", "reports_to")),
                   # its report handed in there: "… och lämnar en årlig rapport till utskottet"
                   _ex("Ungdomsrådet är ett rådgivande organ till demokratiutskottet och lämnar en årlig rapport till "
                       "utskottet.", ("mandate", "Ungdomsrådet", "Demokratiutskottet, Åby kommun", "reports_to"),
                       body="Demokratiutskottet, Åby kommun")),
         counter_examples=("Tjänsten är knuten till Styrgrupp Nära vård och rapporterar dit.",
                           "Tjänsten är ett stöd till Styrgrupp Nära vård och lämnar en årlig rapport till kommunen.",
                           "Tjänsten är ett stöd till Länsledningen för vård och omsorg i Norrby och rapporterar dit.")),
    # a council that is a board's own organ for consultation: "Rådet är kommunstyrelsens organ för samråd med …"
    Rule("organ_of_board", "mandate", mandate="reports_to", exclusive=False, triggers=("s organ ", "s rådgivande organ"),
         pattern=r"^(?P<from>(?:[A-ZÅÄÖ][\wåäö-]*)?(?:[Rr]ådet|[Gg]ruppen|[Ff]orumet)|Vi)\s+är\s+"
                 r"(?P<to>[A-ZÅÄÖa-zåäö][\wåäö-]*(?:styrelsen|nämnden|fullmäktige))s\s+(?:rådgivande\s+|beredande\s+)?"
                 r"organ\b.*$",
         examples=(_ex("Rådet är kommunstyrelsens organ för samråd med pensionärsorganisationerna.",
                       ("mandate", "Kommunala pensionärsrådet, Åby kommun", "kommunstyrelsen", "reports_to"),
                       body="Kommunala pensionärsrådet, Åby kommun"),
                   _ex("Funktionsrättsrådet är socialnämndens rådgivande organ i frågor om funktionsrätt.",
                       ("mandate", "Funktionsrättsrådet", "socialnämnden", "reports_to"), body="Socialnämnden")),
         counter_examples=("Kommunstyrelsen är kommunens ledande politiska organ.",)),
    # a body led by another: "… med tillägget att även Arbetsgruppen för X leds av samverkansgruppen", "Arbetsgrupp SIP
    # leds av Styrgrupp Nära vård och rapporterar dit" (not by a person, a kommun or a group described: "Gruppen leds
    # av en styrgrupp med …")
    Rule("led_by_body", "mandate", mandate="delegates", exclusive=False, triggers=("leds av", "styrs av"),
         pattern=r"(?:^|\batt\s+(?:även\s+|också\s+)?)(?P<to>[A-ZÅÄÖ][a-zåäö-]*(?:grupp|gruppen|team|teamet|nätverk|"
                 r"nätverket|råd|rådet|forum|forumet)\b(?:\s+(?!leds\b|styrs\b)[^.;,]{1,60}?)?)\s+(?:leds|styrs)\s+av\s+"
                 r"(?P<from>[A-ZÅÄÖ][a-zåäö-]*(?:grupp|gruppen|team|råd|rådet|nätverk|nätverket|beredning|beredningen|"
                 r"utskott|utskottet)\b(?:\s+[^.;,]{1,60}?)?|[a-zåäö]*(?:gruppen|rådet|nätverket|beredningen|utskottet)|"
                 r"[A-ZÅÄÖ]{2,6})(?:\s+(?:och|som|sedan|med|i\s+(?=[a-zåäö\d]))\b.*)?\s*\.?$",
         examples=(_ex("RLG fastställer uppdragsbeskrivningen med tillägget att även Arbetsgruppen för läkemedelsgenomgångar "
                       "leds av samverkansgruppen.",
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgruppen för läkemedelsgenomgångar", "delegates")),
                   _ex("Arbetsgrupp SIP leds av Styrgrupp Nära vård och rapporterar dit två gånger per år.",
                       ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"))),
         counter_examples=("Arbetsgrupp SIP leds av Elin Borg.", "Arbetsgruppen leds av Fjällsta kommun.",
                           "Gruppen leds av en styrgrupp med företrädare för huvudmännen.",
                           "Projektet leds av Styrgrupp Nära vård.")),
    # a piece of work one body made for another: "förslaget, framtaget av Arbetsgrupp X på uppdrag av Ledningsgruppen Y"
    Rule("made_on_behalf", "mandate", mandate="delegates", exclusive=False, triggers=("på uppdrag av",),
         pattern=r"\b(?:framtagen|framtaget|framtagna|utarbetad|utarbetat|utarbetade|gjord|gjort|gjorda|sammanställd|"
                 r"sammanställt|sammanställda)\s+av\s+(?P<to>[A-ZÅÄÖ][^.;,]{2,80}?)\s+på\s+uppdrag\s+av\s+"
                 r"(?P<from>[A-ZÅÄÖ][^.;,]{1,80}?)(?=[.,;]|\s+(?:och|som|under|inför)\b|$)",
         examples=(_ex("Dan Ek redogör för förslaget till överenskommelse om trygg hemgång, framtaget av Arbetsgrupp trygg "
                       "hemgång på uppdrag av Ledningsgruppen för samverkan.",
                       ("mandate", "Ledningsgruppen för samverkan", "Arbetsgrupp trygg hemgång", "delegates"),
                       body="Socialnämndens arbetsutskott"),),
         counter_examples=("Rapporten är framtagen av Eva Ek på uppdrag av Per Lund.",)),
    Rule("set_up_by", "mandate", mandate="delegates", exclusive=False,
         triggers=("tillsatt av", "inrättad av", "bildad av", "tillsattes av", "inrättades av", "bildades av",
                   "tillsatte", "inrättade", "bildade", "utsedd av"),
         # ("Referensgruppen är utsedd av styrgruppen": a body named by another, as one set up by it)
         pattern=r"^(?P<to>[A-ZÅÄÖ][^.;,]{2,80}?)\s+(?:är|har\s+blivit|blev)?\s*(?:tillsatt|inrättad|bildad|tillsattes|"
                 r"inrättades|bildades|(?<=är\s)utsedd)\s+av\s+(?P<from>[^.;,]+?)(?:\s+(?:som|den|år|under|\d{4}|för\s+att|"
                 r"i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|början|"
                 r"slutet|samband|våras|höstas|fjol)|och\s+(?=[a-zåäö]+(?:ar|er)\b))\b.*)?$"
                 # "Arbetsgruppen för X, som LVO tillsatte i juni, vill …": who set it up, in a relative clause
                 # (or by its kind, as the body that met calls itself: "…, som styrgruppen tillsatte i mars, …", "…, som
                 # nätverket tillsatte i våras, …")
                 r"|^(?P<to2>[A-ZÅÄÖ][^.;,]{2,80}?),\s+som\s+(?P<from2>[A-ZÅÄÖ][^.;,]{1,60}?|"
                 r"[a-zåäö]*(?:gruppen|rådet|nämnden|beredningen|teamet|nätverket|styrelsen|utskottet|forumet))\s+(?:har\s+)?"
                 r"(?:tillsatte|tillsatt|inrättade|inrättat|bildade|bildat)\b[^.;,]*,.*$"
                 # "… redovisade rapporten från Gruppen för X, som är tillsatt av samverkansgruppen och …"
                 r"|\b(?:från|i|om|med)\s+(?P<to3>[A-ZÅÄÖ][^.;:,]{2,80}?),\s+som\s+är\s+(?:tillsatt|inrättad|bildad)\s+av\s+"
                 r"(?P<from3>[^.;,]+?)(?:\s+och\b.*|\s+(?:i|år|\d{4})\b.*)?$",
         examples=(_ex("Arbetsgrupp SIP är tillsatt av samverkansgruppen och återrapporterar dit.",
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates"),
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to")),
                   # named by the body above, handing its proposals back there
                   _ex("Referensgruppen är utsedd av Styrgrupp Nära vård och lämnar sina förslag dit.",
                       ("mandate", "Styrgrupp Nära vård", "Referensgrupp demensvård", "delegates"),
                       ("mandate", "Referensgrupp demensvård", "Styrgrupp Nära vård", "reports_to"),
                       body="Referensgrupp demensvård"),
                   _ex("Arbetsgrupp SIP är tillsatt av samverkansgruppen och redovisar till den.",
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to")),
                   # the standing fact as someone reminded the meeting of it
                   _ex("Ordföranden påminde om att Arbetsgrupp SIP är tillsatt av samverkansgruppen och rapporterar dit.",
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates"),
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to")),
                   _ex("Styrgrupp Barnahus inrättades av RLG 2023.",
                       ("mandate", "RLG", "Styrgrupp Barnahus", "delegates")),
                   # the setting body's name runs on past "för" and "och"
                   _ex("Styrgruppen är tillsatt av Ledningsgruppen för hälsa och välfärd i Åby.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Ledningsgruppen för hälsa och välfärd i Åby", "Styrgrupp Nära vård", "delegates"),)),
                   _ex("Arbetsgruppen för gemensam skolläkarfunktion, som LVO tillsatte i juni, vill ha gruppens syn.",
                       ("mandate", "LVO", "Arbetsgruppen för gemensam skolläkarfunktion", "delegates")),
                   _ex("Arbetsgruppen för digital nattillsyn, som samverkansgruppen tillsatte i mars, lämnar sin "
                       "slutrapport i december.",
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgruppen för digital nattillsyn", "delegates")),
                   # the body that met, by its kind, set it up; it reports back there, named again
                   _ex("Referensgruppen för upphandling, som nätverket tillsatte i våras, har haft två möten och "
                       "återrapporterar till nätverket i februari.", body="Nätverket för socialchefer",
                       facts=(("mandate", "Nätverket för socialchefer", "Referensgruppen för upphandling", "delegates"),
                              ("mandate", "Referensgruppen för upphandling", "Nätverket för socialchefer", "reports_to"))),
                   # the body a report comes from, set up by the one that met, told in a relative clause
                   _ex("Maja Tör redovisade halvårsrapporten från Kompetensutvecklingsgruppen för vård- och "
                       "omsorgspersonal i Norrby, som är tillsatt av samverkansgruppen och rapporterar hit två gånger "
                       "om året.",
                       ("mandate", "Samverkansgrupp äldre", "Kompetensutvecklingsgruppen för vård- och omsorgspersonal i Norrby",
                        "delegates"),
                       ("mandate", "Kompetensutvecklingsgruppen för vård- och omsorgspersonal i Norrby", "Samverkansgrupp äldre",
                        "reports_to"))),
         counter_examples=("Anna Berg är utsedd av Styrgrupp Nära vård till samordnare.", "Tjänsten är tillsatt av kommunen.",)),
    # the line of reporting above the body just named: "Styrgruppen informerar i sin tur Regional ledningsgrupp
    # för vård och omsorg (RLG)" (a standing duty, no task)
    Rule("informs_in_turn", "mandate", mandate="reports_to", triggers=("i sin tur",),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,]{1,60}?)\s+(?:informerar|rapporterar|återrapporterar)\s+i\s+sin\s+tur\s+(?:till\s+)?"
                 r"(?P<to>[A-ZÅÄÖ][^.;,]+?)\s*$",
         examples=(_ex("Arbetsgrupp SIP rapporterar till Styrgrupp Barnahus. Styrgruppen informerar i sin tur Regional "
                       "ledningsgrupp.", ("mandate", "Styrgrupp Barnahus", "Regional ledningsgrupp", "reports_to"),
                       body="Arbetsgrupp SIP"),),
         counter_examples=("Styrgruppen informerar i sin tur om läget.",)),
    # a body's own periodic report sent up: "… ett utkast till processteamets halvårsrapport till Styrgrupp Nära vård"
    Rule("own_report_to", "mandate", mandate="reports_to", exclusive=False, narrative_only=True,
         triggers=("halvårsrapport till", "årsrapport till", "kvartalsrapport till", "lägesrapport till"),
         pattern=r"\b(?P<from>[a-zåäö-]*(?:teamet|gruppen|rådet|nätverket|samrådet))s\s+(?:halvårs|års|kvartals|läges)rapport"
                 r"\s+till\s+(?P<to>[A-ZÅÄÖ][^.;,]+?)(?:\s+(?:senast|den|i|inför|om|under)\b[^.;]*)?$",
         examples=(_ex("Marie och Jenny har skrivit ett utkast till processteamets halvårsrapport till Styrgrupp Nära vård.",
                       body="Processteam vårdövergångar",
                       facts=(("mandate", "Processteam vårdövergångar", "Styrgrupp Nära vård", "reports_to"),)),),
         counter_examples=("Eva lämnar sin halvårsrapport till Styrgrupp Nära vård.",)),
    # the body's report, by no other owner, handed to a body: "Slutrapporten lämnas till LSVO i oktober" in the minutes
    # of the body that writes it
    # (a sentence of the narrative; "att … rapporten lämnas till X" among decided clauses is decision_refers' to read)
    Rule("report_handed_to", "mandate", mandate="reports_to", exclusive=False, narrative_only=True,
         triggers=("apporten lämnas", "apporten ska", "apporten skall", "apporten överlämnas", "apporten redovisas",
                   "apporten skickas", "apporten presenteras", "edovisningen lämnas", "edovisningen överlämnas",
                   "edovisningen ska", "edovisningen skickas"),
         # (or its final account: "Slutredovisningen lämnas till styrgruppen vid dess möte i mars")
         pattern=r"^(?:(?:Slut|Del|Års|Halvårs|Läges|Kvartals)r|R|Återr)(?:apporten|edovisningen)\s+(?:ska\s+|skall\s+)?"
                 r"(?:lämnas|överlämnas|redovisas|presenteras|skickas)\s+(?:till|för)\s+(?P<to>[A-ZÅÄÖ][^.;,]+?|"
                 r"[a-zåäö]*(?:gruppen|rådet|nämnden|utskottet|nätverket))"
                 # ("… som återrapportering av uppdraget": what the handing over is)
                 r"(?:\s+(?:senast|den|i|inför|under|vid|efter|som\s+(?:åter)?rapport(?:ering)?|som\s+redovisning)\b[^.;]*)?\.?$",
         examples=(_ex("Slutrapporten lämnas till Styrgrupp Barnahus i oktober.", body="Arbetsgrupp för korttidsplatser",
                       facts=(("mandate", "Arbetsgrupp för korttidsplatser", "Styrgrupp Barnahus", "reports_to"),)),
                   _ex("Slutrapporten överlämnas till Styrgrupp Barnahus som återrapportering av uppdraget.",
                       body="Arbetsgrupp för korttidsplatser",
                       facts=(("mandate", "Arbetsgrupp för korttidsplatser", "Styrgrupp Barnahus", "reports_to"),)),
                   _ex("Rådet fick uppdraget från Styrgrupp Barnahus. Slutredovisningen lämnas till styrgruppen vid dess "
                       "möte i mars.", body="Lokalt råd i Åby",
                       facts=(("mandate", "Lokalt råd i Åby", "Styrgrupp Barnahus", "reports_to"),))),
         counter_examples=("Slutrapporten lämnas till Eva Ek i oktober.", "Rapporten från IVO lämnas till Styrgrupp Barnahus.")),
    # the body's work handed to another for its decision, in the narrative: "Rutinen ska vara klar i december och
    # överlämnas till RLG för beslut" in the minutes of the body that writes it
    Rule("work_handed_for_decision", "mandate", mandate="refers", exclusive=False, narrative_only=True,
         triggers=("för beslut", "för fastställande", "för godkännande"),
         pattern=r"^(?:[A-ZÅÄÖ][a-zåäö]+(?:en|et|na))\b(?:\s+(?:ska|skall)\s+vara\s+(?:klar|klart|färdig|färdigt)\b[^.;]{0,40}?"
                 r"\s+och)?\s+(?:ska\s+|skall\s+)?(?:överlämnas|lämnas|skickas)\s+(?:vidare\s+)?till\s+"
                 r"(?P<to>[A-ZÅÄÖ][^.;,]+?|[a-zåäö]*(?:gruppen|rådet|nämnden|utskottet|nätverket|styrelsen))"
                 r"\s+för\s+(?:beslut|fastställande|godkännande)\.?$",
         examples=(_ex("Rutinen ska vara klar i december och överlämnas till Styrgrupp Barnahus för beslut.",
                       body="Arbetsgrupp för korttidsplatser",
                       facts=(("mandate", "Arbetsgrupp för korttidsplatser", "Styrgrupp Barnahus", "refers"),)),
                   _ex("Planen överlämnas till Styrgrupp Barnahus för fastställande.", body="Arbetsgrupp för korttidsplatser",
                       facts=(("mandate", "Arbetsgrupp för korttidsplatser", "Styrgrupp Barnahus", "refers"),)),),
         counter_examples=("Förslaget lämnas till Eva Ek för beslut.",
                           "Rapporten från IVO ska vara klar i maj och lämnas till Styrgrupp Barnahus för kännedom.")),
    # a body's own draft handed to another: "gruppens utkast ska lämnas till samverkansgruppen den 17 februari"
    Rule("own_draft_handed_to", "mandate", mandate="reports_to", exclusive=False, narrative_only=True,
         triggers=("s utkast", "s sammanställning", "s underlag", "s förslag ska", "s förslag lämnas"),
         pattern=r"\b(?P<from>[a-zåäö-]*(?:teamet|gruppen|nätverket))s\s+(?:utkast|sammanställning|underlag|förslag)\s+"
                 r"(?:ska\s+|skall\s+)?(?:lämnas|överlämnas|redovisas|skickas|presenteras)\s+(?:till|för)\s+"
                 r"(?P<to>[^.;,]+?)(?:\s+(?:senast|den|i|inför|om|under|vid)\b[^.;]*)?$",
         examples=(_ex("Rapporten ska vara klar i mars, och gruppens utkast ska lämnas till Styrgrupp Barnahus den 17 februari.",
                       body="Arbetsgrupp för korttidsplatser",
                       facts=(("mandate", "Arbetsgrupp för korttidsplatser", "Styrgrupp Barnahus", "reports_to"),)),),
         counter_examples=("Evas utkast ska lämnas till Styrgrupp Barnahus den 17 februari.",)),
    # a body presents its work at another's meeting: "Arbetsgruppen redovisar ett förslag till ny rutin på nätverkets
    # möte i februari"
    Rule("presents_at_meeting_of", "mandate", mandate="reports_to", exclusive=False, narrative_only=True,
         triggers=("redovisar", "presenterar", "återrapporterar"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][a-zåäö-]*(?:gruppen|teamet))\s+(?:ska\s+)?(?:redovisar|redovisa|presenterar|presentera|"
                 r"återrapporterar|återrapportera)\s+[^.;]{3,120}?\s+(?:på|vid)\s+(?P<to>[a-zåäö-]+(?:et|en))s\s+"
                 r"(?:nästa\s+|kommande\s+)?(?:möte|sammanträde)\b[^.;]*$",
         examples=(_ex("Skrivargruppen redovisar ett förslag till ny rutin på nätverkets möte i februari.",
                       body="Demensnätverket Åby",
                       facts=(("mandate", "Skrivargruppen", "Demensnätverket Åby", "reports_to"),)),),
         counter_examples=("Eva redovisar ett förslag på nätverkets möte i februari.",)),
    # the work a body is doing, to be reported to another: "Arbetsgrupp trygg hemgång arbetar med rutinen, som ska
    # redovisas för processteamet den 4 november"
    Rule("work_reported_to", "mandate", mandate="reports_to", exclusive=False,
         triggers=("ska återrapporteras", "ska rapporteras", "ska redovisas", "skall redovisas"),
         pattern=r"^(?:[a-h]\)\s+)?(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)?\s+(?:informerade|informerar|berättade|"
                 r"berättar|påminde|påminner)\s+om\s+att\s+)?(?P<from>(?:Styrgrupp|Arbetsgrupp|Samverkansgrupp|Ledningsgrupp|Processteam|"
                 r"Projektgrupp|Referensgrupp)[^.;,]{0,60}?)\s+arbetar\s+(?:med|fram)\s+[^.;]{3,200}?,\s+som\s+(?:ska|skall)\s+"
                 r"(?:åter)?(?:rapporteras|redovisas)\s+(?:till|för)\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+(?:den|i|senast|vid|under)\b[^.;]*)?$",
         examples=(_ex("Arbetsgrupp trygg hemgång arbetar med den gemensamma rutinen för uppstart under helg, som ska redovisas "
                       "för processteamet den 4 november.", body="Processteam vårdövergångar",
                       facts=(("mandate", "Arbetsgrupp trygg hemgång", "Processteam vårdövergångar", "reports_to"),)),
                   _ex("b) Göran Ek informerade om att Ledningsgruppen för vård och omsorg arbetar med överenskommelsen om "
                       "surfplattorna, som ska återrapporteras till samrådet i februari 2026.",
                       body="Politiskt samråd Nära vård Norrby",
                       facts=(("mandate", "Ledningsgruppen för vård och omsorg", "Politiskt samråd Nära vård Norrby",
                               "reports_to"),))),
         counter_examples=("Eva Ek arbetar med rutinen, som ska redovisas för processteamet den 4 november.",)),
    # decisions taken on delegation, to be reported to the body that delegated: "att arbetsutskottet ska anmäla
    # besluten till nämnden vid närmast följande sammanträde"
    Rule("delegated_decisions_reported", "mandate", mandate="reports_to", exclusive=False,
         triggers=("anmäla besluten", "anmäla fattade beslut", "anmäla sina beslut"),
         pattern=r"^(?:att\s+)?(?P<from>[a-zåäö]*(?:utskottet|presidiet|styrelsen|gruppen)|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:ska|skall)\s+"
                 r"anmäla\s+(?:de\s+|sina\s+)?(?:fattade\s+)?beslut(?:en)?\s+(?:[^.;]{0,40}?\s+)?till\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+(?:vid|på|senast|i)\b[^.;]*)?$",
         examples=(_ex("att arbetsutskottet ska anmäla besluten till nämnden vid närmast följande sammanträde", decision=True,
                       body="Socialnämnden, Åby kommun",
                       facts=(("mandate", "arbetsutskottet", "Socialnämnden, Åby kommun", "reports_to"),)),),
         counter_examples=("Ordföranden ska anmäla besluten till protokollet.",)),
    # "Beslut som fattas med stöd av delegationen anmäls till nämnden": the delegate reports to the delegating body;
    # "Beslutet anmäls till kommunstyrelsen" after an utskott's decision on delegation
    Rule("delegated_decisions_announced", "mandate", mandate="reports_to", exclusive=False,
         triggers=("anmäls till", "anmälas till", "anmäls vid", "anmälas vid", "anmäls på"), handler="_md_delegated_reported",
         examples=(_ex("Socialnämnden delegerar till socialnämndens arbetsutskott att avge yttranden över remisser.\n"
                       "Beslut som fattas med stöd av delegationen anmäls till nämnden.", decision=True,
                       body="Socialnämnden, Åby kommun",
                       facts=(("mandate", "Socialnämnden, Åby kommun", "socialnämndens arbetsutskott", "delegates"),
                              ("mandate", "socialnämndens arbetsutskott", "Socialnämnden, Åby kommun", "reports_to"))),
                   _ex("Kommunstyrelsen har delegerat till arbetsutskottet att utse kommunens representanter.\n"
                       "Med stöd av delegation utser arbetsutskottet Eva Ek (M) till kommunens ledamot i Politiskt samråd "
                       "Österland.\nBeslutet anmäls till kommunstyrelsen.", body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsens arbetsutskott, Åby kommun", "Kommunstyrelsen, Åby kommun",
                               "reports_to"),)),
                   # the body by its next meeting
                   _ex("Beslutet anmäls vid kommunfullmäktiges nästa sammanträde.", decision=True,
                       body="Krisledningsnämnden, Åby kommun",
                       facts=(("mandate", "Krisledningsnämnden, Åby kommun", "kommunfullmäktige", "reports_to"),))),
         counter_examples=("Beslutet anmäls till protokollet.", "Jäv anmäls till ordföranden.")),
    # a standing report handed to the body above, how often said: "Rådet lämnar enligt sin uppdragsbeskrivning en
    # lägesrapport till kommunstyrelsens arbetsutskott två gånger per år" (not a report handed over once: a task)
    Rule("hands_standing_report", "mandate", mandate="reports_to", exclusive=False,
         triggers=("rapport till", "rapporter till"),
         pattern=r"^(?P<from>(?:[A-ZÅÄÖ][\wåäö-]*(?:grupp|gruppen|rådet|nämnden|beredningen|utskottet|teamet|nätverket)"
                 r"|Rådet|Gruppen|Nämnden|Nätverket|Teamet)(?:\s+[^\s.;:,]+){0,3}?)\s+(?:lämnar|överlämnar|ger)\s+"
                 r"(?:enligt\s+[^.;,]{2,60}?\s+|också\s+|även\s+)?(?:en|sin|sina)\s+[a-zåäö-]*rapport(?:er)?\s+"
                 r"till\s+(?P<to>[^.;,]+?)\s+(?:(?:en|två|tre|fyra)\s+gånger?\s+(?:per|om|i)\s+\w+|varje\s+\w+|"
                 r"årligen|halvårsvis|kvartalsvis)\b.*$",
         examples=(_ex("Rådet lämnar enligt sin uppdragsbeskrivning en lägesrapport till Styrgrupp Nära vård två gånger "
                       "per år.", body="Lokala närvårdsrådet i Åby",
                       facts=(("mandate", "Lokala närvårdsrådet i Åby", "Styrgrupp Nära vård", "reports_to"),)),),
         counter_examples=("Rådet lämnar en lägesrapport till Styrgrupp Nära vård i mars.",
                           "Eva Ek lämnar en rapport till styrgruppen två gånger per år.")),
    # the line from a day on, the subject after the verb: "Från och med 1 juni rapporterar processteamet löpande till
    # Styrgrupp Nära vård", "Hädanefter rapporterar arbetsgruppen direkt till ledningsgruppen"
    # the body that met's own report, told in the passive: "Rapport lämnas till Politiskt samråd X två gånger per år",
    # "Återrapportering sker till RLG efter varje tertial"
    Rule("report_given_to", "mandate", mandate="reports_to", exclusive=False,
         triggers=("rapport lämnas till", "rapporter lämnas till", "rapportering sker till", "rapport ges till",
                   "rapportering lämnas till"),
         pattern=r"^(?:[^.;]{3,120}?;\s+)?(?:[Rr]apport(?:er|ering)?|[Åå]terrapport(?:ering)?|[Ll]ägesrapport(?:er)?)\s+"
                 r"(?:lämnas|sker|ges)\s+(?:löpande\s+|regelbundet\s+)?till\s+(?P<to>[A-ZÅÄÖ][^.;,]+?|[a-zåäö]*(?:gruppen|rådet|nämnden))"
                 r"(?:\s+(?:en|två|tre|fyra|varje|efter|vid|löpande|årligen|kvartalsvis|halvårsvis|varannan|inför|senast|om|och|samt|"
                 r"i(?!\s+[A-ZÅÄÖ]))\b.*|,.*)?\.?$",
         examples=(_ex("Rapport lämnas till Ledningsgruppen för samverkan två gånger per år.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Styrgrupp Nära vård", "Ledningsgruppen för samverkan", "reports_to"),)),
                   _ex("Processteamet följer upp vårddagarna; rapport lämnas till RLG efter varje tertial.",
                       body="Processteam vårdövergångar",
                       facts=(("mandate", "Processteam vårdövergångar", "RLG", "reports_to"),))),
         counter_examples=("Rapport lämnas till nästa möte.",
                           # another subject before "och": not the body that met's report
                           "Processteamet följer upp vårddagarna och rapport lämnas till RLG efter varje tertial.")),
    # the body above the one just named, which hands the work on in its turn: "Arbetsgruppen rapporterar till
    # Styrgrupp X, som i sin tur lämnar förslaget till RLG"
    Rule("hands_on_in_turn", "mandate", mandate="reports_to", exclusive=False,
         triggers=("som i sin tur",),
         pattern=r"(?:^|\b(?:av|till|åt|från|med|i)\s+)(?P<from>[A-ZÅÄÖ](?:(?!\s(?:av|till|åt|från|med)\s)[^.;:,()]){1,80}?)"
                 r",\s+som\s+i\s+sin\s+tur\s+(?:lämnar|överlämnar|lyfter|skickar|för\s+vidare)\s+(?:[^.;,]{1,60}?\s+)?"
                 r"till\s+(?P<to>[A-ZÅÄÖ][^.;,]*?)(?:\s+(?:för|i|den|senast|inför|efter)\b[^.;]*)?\.?$",
         examples=(_ex("Arbetsgruppen rapporterar till Styrgrupp Barnahus, som i sin tur lämnar förslaget till RLG.",
                       ("mandate", "Styrgrupp Barnahus", "RLG", "reports_to"), body="RLG"),),
         counter_examples=("Eva Ek, som i sin tur lämnar rapporten till Per Lind.",)),
    Rule("reports_to_from_now", "mandate", mandate="reports_to", exclusive=False,
         triggers=("rapporterar",),
         pattern=r"^(?:[Ff]rån\s+och\s+med|[Ff]r\.?\s?o\.?\s?m\.?|[Ff]rån|[Ee]fter|[Ii]\s+fortsättningen|[Ff]ramöver|[Hh]ädanefter|[Nn]u)"
                 r"(?:\s+[^.;,]{1,30}?)?,?\s+(?:åter)?rapporterar\s+"
                 r"(?P<from>[a-zåäö]*(?:gruppen|teamet|rådet|nätverket|nämnden|beredningen|utskottet)|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+"
                 r"(?:(?:löpande|regelbundet|direkt|i\s+stället|också|även)\s+)*till\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+(?:och|samt|i\s+stället|varje|senast|om|en\s+gång)\b.*|,\s*(?:som|vilken|vilket|där|och)\b.*)?\.?$",
         examples=(_ex("Från och med 1 juni rapporterar processteamet löpande till Styrgrupp Nära vård, som i sin tur lyfter "
                       "principiella frågor hit.", ("mandate", "processteamet", "Styrgrupp Nära vård", "reports_to"),
                       body="Ledningsgruppen för samverkan"),
                   _ex("Hädanefter rapporterar arbetsgruppen direkt till ledningsgruppen.",
                       ("mandate", "arbetsgruppen", "ledningsgruppen", "reports_to"), body="Styrgrupp Nära vård")),
         counter_examples=("Från och med i höst rapporterar vi statistiken varje månad.",)),
    # "Samverkansgrupp X redovisar sitt arbete med trygg hemgång till LSVO i december": a body accounting for its own
    # work to the body above it (also as the later clause of a sentence, after ", och")
    Rule("accounts_for_work_to", "mandate", mandate="reports_to", exclusive=False,
         triggers=("redovisar sitt", "redovisar sina"),
         pattern=r"(?:^|,\s+och\s+)(?P<from>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:redovisar|återredovisar)\s+(?:sitt|sina)\s+"
                 r"(?:arbete|resultat|uppdrag|arbeten)\b[^.;]{0,80}?\s+(?:till|för)\s+(?P<to>[A-ZÅÄÖ][^.;,]+?)"
                 r"(?:\s+(?:i|den|vid|senast|under|två|varje|en|på)\b[^.;]*)?\.?$",
         examples=(_ex("Samverkansgrupp äldre redovisar sitt arbete med trygg hemgång till RLG i december.",
                       ("mandate", "Samverkansgrupp äldre", "RLG", "reports_to"), body="PSO"),
                   _ex("RLG har gett Styrgrupp Barnahus i uppdrag att ta fram en modell, och Samverkansgrupp äldre "
                       "redovisar sitt arbete med trygg hemgång till RLG i december.",
                       ("mandate", "Samverkansgrupp äldre", "RLG", "reports_to"), body="PSO")),
         counter_examples=("Eva Ek redovisar sitt arbete till Styrgrupp Barnahus i december.",
                           "Samverkansgrupp äldre redovisar sina resultat i en rapport.")),
    # a body's duty to bring its work back on an occasion told: "Arbetsgruppen rapporterar till RPO vid varje möte"
    Rule("reports_back_on_occasion", "assignment", exclusive=False,
         triggers=("rapporterar till", "rapporterar dit", "lämnar sin rapport", "lämnar lägesrapport",
                   "lämnar en lägesrapport", "lämnar sin lägesrapport", "lämnar en rapport"),
         handler="_reports_back_on_occasion",
         examples=(_ex("RPO inrättar en arbetsgrupp för sekundärprevention vid osteoporos. Arbetsgruppen rapporterar till "
                       "RPO vid varje möte.", body="Regionalt programområde rörelseorganens sjukdomar (RPO)",
                       facts=(("assignment", ["Arbetsgrupp för sekundärprevention vid osteoporos"],
                               "rapportera till RPO vid varje möte"),)),
                   _ex("Nämnden har inrättat en arbetsgrupp för lönekartläggning. Gruppen arbetar på uppdrag av "
                       "lönenämnden och lämnar sin rapport till nämnden i maj.", body="Lönenämnden",
                       facts=(("assignment", ["Arbetsgrupp för lönekartläggning"], "lämna sin rapport till nämnden i maj"),)),
                   _ex("Referensgruppen för digital vård fortsätter arbetet under våren och återrapporterar till rådet i "
                       "april.", body="Regionala funktionsrättsrådet",
                       facts=(("assignment", ["Referensgruppen för digital vård"],
                               "fortsätta arbetet under våren och återrapportera till rådet i april"),))),
         counter_examples=("Arbetsgruppen rapporterar till styrgruppen två gånger per år.",
                           "Arbetsgruppen lämnar över frågan till styrgruppen i maj.",
                           "Gruppen rapporterar till styrgruppen i maj.",
                           "Styrgruppen rapporterar till LSVO i april 2026.",
                           "Beredningsgruppen rapporterar till styrelsen inför varje sammanträde.")),
    Rule("reports_to", "mandate", mandate="reports_to", exclusive=False,
         triggers=("rapportera", "rapport till"),
         # the subject after the verb, a phrase first: "Enligt direktiven ska styrelsen två gånger per år rapportera
         # till kommunstyrelsen om …"
         pattern=r"^(?:[Ee]nligt\s+[^,.;]{2,60}?|[Ff]ramöver|[Hh]ädanefter|[Ii]\s+fortsättningen)\s+(?:ska|skall)\s+"
                 r"(?P<from6>[a-zåäö]*(?:styrelsen|gruppen|rådet|nämnden|beredningen|utskottet)|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+"
                 r"(?:[^.;:,]{0,40}?\s+)?(?:åter)?rapportera\s+till\s+(?P<to6>[^.;,]+?)(?:\s+(?:och|samt|om|senast|i|varje)\b.*)?$"
                 # the verb before its subject, when the report goes first: "Mellan rådets möten rapporterar
                 # arbetsgruppen till RSS beredningsgrupp"
                 r"|^(?:[Mm]ellan\s+[^,.;]{2,40}?|[Dd]äremellan|[Ff]ramöver|[Hh]ädanefter|[Ii]\s+fortsättningen|[Ll]öpande)\s+"
                 r"(?:åter)?rapporterar\s+(?P<from10>[a-zåäö]*(?:styrelsen|gruppen|rådet|nämnden|beredningen|utskottet|teamet|"
                 r"nätverket|forumet))\s+(?:också\s+|även\s+)?till\s+(?P<to15>[^.;,]+?)(?:\s+(?:och|samt|om|senast|i|varje)\b.*)?\.?$"
                 # "Samverkansgrupp äldre X samlar regionen och kommunerna … och rapporterar till RLG": the body
                 # described, then whom it reports to
                 # ("Regionala folkhälsoforumet X är ett politiskt samrådsorgan för … och rapporterar till …": what it is)
                 r"|^(?P<from5>(?:(?:Regionala|Regionalt|Nationella|Lokala|Lokalt|Länsgemensamma)\s+[a-zåäö-]*(?:forum|forumet)"
                 r"|[A-ZÅÄÖ][\wåäö-]*(?:grupp|gruppen|råd|rådet|nämnd|nämnden|beredning|beredningen|team|teamet)"
                 r"|Beredningen|Nämnden|Rådet|Utskottet)"
                 r"(?:\s+[^\s.;:,]+){0,4}?)\s+(?:samlar|består|leds|träffas|ansvarar|arbetar|bereder|har\s+i\s+uppdrag|"
                 r"är\s+(?:ett|en)\s+(?:[a-zåäö]+\s+)?[a-zåäö]*(?:organ|forum|råd|grupp|nätverk))\b[^.;:]{2,140}?\s+och\s+"
                 r"(?:åter)?rapporterar\s+(?:i\s+sin\s+tur\s+)?till\s+(?P<to5>[^.;,]+?)(?:\s+(?:och|samt|en\s+gång|varje|senast|i|om)\b.*)?$"
                 # (not across ", och": "X arbetar på uppdrag av styrgruppen, och styrgruppen rapporterar …" is the
                 # styrgrupp's report, read by the rule of the later clause)
                 r"|^(?:(?:[Dd]en|[Dd]et)\s+)?(?P<from>[A-ZÅÄÖ](?:(?!,\s+och\s)[^.;:]){1,80}?)\s+(?:(?:också|även|sedan|därefter|löpande|regelbundet|i\s+sin\s+tur)\s+)?"
                 # "rapporterar två gånger per år till X": how often, between the verb and whom
                 r"(?:(?:fortsätter|ska|skall|kommer)\s+(?:att\s+)?)?(?:(?:åter|av)?rapportera[r]?\s+(?:i\s+sin\s+tur\s+)?"
                 # the line told as it has been: "Rådet har hittills rapporterat enbart till Styrgrupp Nära vård"
                 r"|har\s+(?:hittills\s+|tidigare\s+|alltid\s+)?(?:åter)?rapporterat\s+(?:enbart\s+|endast\s+|bara\s+)?)"
                 r"(?:(?:en|två|tre|fyra|sex)\s+gånger?\s+(?:per|om|i)\s+(?:året|år|halvåret|halvår|terminen|termin|månaden|månad|kvartalet|kvartal)\s+"
                 # "rapporterar beslut som fattats med stöd av delegation till direktionen": the decisions it took
                 r"|(?:sina\s+)?(?:delegations)?beslut(?:\s+som\s+[^.;,]{2,60}?)?\s+(?=till\s)"
                 # "rapporterar i den nya strukturen till X": in which order of things
                 r"|i\s+(?:den|det)\s+(?:nya\s+)?[a-zåäö]+\s+(?=till\s)"
                 # "rapporterar enligt sitt uppdrag till LSVO": by what the line is laid down, between the verb and whom
                 r"|enligt\s+(?:sitt|sina|sin|gällande)\s+(?:uppdrag|direktiv|mandat|arbetsordning|uppdragsbeskrivning)\s+"
                 # "rapporterar från och med mars 2027 till X": from when the line runs, between the verb and whom
                 r"|(?:från\s+och\s+med|fr\.\s?o\.\s?m\.)\s+[^.;,]{2,30}?\s+(?=till\s)"
                 r"|(?!via\s)(?:\w+\s+){0,2}?)"
                 r"(?:till\s+(?P<to>[^.;,]+?)|dit|(?P<to2>hit))(?:\s+(?:och|samt|en\s+gång|(?:två|tre|fyra)\s+gånger|varje|efter\s+(?:varje|varje\s+\w+s|sitt|sina|[a-zåäö]+ns|varje|sammanträdet|mötet)|senast|i|om|dagligen|veckovis|månadsvis|"
                 # (how often after a comma: "rapporterar till Styrgrupp X, två gånger per år")
                 r"kvartalsvis)\b.*|,\s*(?:som|vilken|vilket|där|med|via|genom|och|samt|på\s+samma\s+sätt|liksom|"
                 # (when it next does: "rapporterar till styrgruppen, nästa gång den 22 september")
                 r"(?:en|två|tre|fyra|sex)\s+gånger?\s+(?:per|om|i)|varje|årligen|halvårsvis|kvartalsvis|löpande|nästa\s+gång|"
                 # (not another one: "rapporterar till DLG, inte direkt till regionala styrgruppen")
                 # (another clause after a semicolon: "rapporterar halvårsvis till LSVO; nästa rapport lämnas i mars")
                 r"inte)\b.*|;\s+[a-zåäö].*"
                 # (hurried notes going on after a comma with a clause of its own, its doer by initials: "rapporterar
                 # till SG, KÖ återrapporterar muntligt 17/11")
                 r"|,\s+[A-ZÅÄÖ]{2,3}\s+[a-zåäö][^.;]*)?$"
                 r"|(?:;\s*|\b(?:därefter|sedan|därmed|också)\s+)(?:åter)?rapporterar\s+(?P<from2>[a-zåäö]*(?:gruppen|rådet|nämnden|organet|beredningen)"
                 r"|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+till\s+(?P<to3>[^.;,]+?)(?:\s+(?:och|samt|en\s+gång|varje|senast|i|om)\b.*)?$"
                 r"|^(?P<from3>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:ska|skall)\s+(?:åter)?rapportera\s+[^.;]{0,140}?\s+vid\s+"
                 r"(?P<to4>[\wåäö]+s)\s+(?:nästa|närmast\s+följande|kommande|ordinarie|första)\s+(?:sammanträde|möte)\b.*$"
                 # "… lämnas till Socialchefsgruppen i X, som nätverket rapporterar till": the body told in a relative clause
                 # "Nätverket lämnar sin årsrapport till samverkansgruppen i mars": a standing report
                 r"|^(?P<from4>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:lämnar|ger)\s+(?:sin|sina)\s+(?:års|halvårs|kvartals)rapport(?:er)?\s+"
                 r"till\s+(?P<to7>[^.;,]+?)(?:\s+(?:i|varje|en\s+gång|senast)\b.*)?$"
                 # "… rapporten från Gruppen för X, som är tillsatt av oss och rapporterar hit": to the body that met
                 r"|\b(?:från|i|om|med)\s+(?P<from7>[A-ZÅÄÖ][^.;:,]{2,80}?),\s+som\s+[^.;]{0,80}?\s+och\s+(?:åter)?rapporterar\s+hit\b.*$"
                 # ("… till Regionala ledningsgruppen (RLG-D) som gruppen rapporterar till, med förslag om …": its short
                 # name in brackets, no comma before "som", the sentence going on after)
                 r"|\b(?:till|för|av|från|om|med)\s+(?P<to8>[A-ZÅÄÖ][^.;:,()]{2,80}?)(?:\s+\([A-ZÅÄÖ][\wåäöÅÄÖ-]{1,12}\))?,?\s+som\s+"
                 r"(?P<from8>[a-zåäö]*(?:gruppen|rådet|"
                 r"nämnden|nätverket|forumet|beredningen|utskottet|teamet)|vi)\s+(?:också\s+|även\s+)?(?:åter)?rapporterar\s+till"
                 r"\s*(?:\.|,\s+[^.;]+)?$",
         examples=(# hurried notes: the clause after the comma another doer's, by initials
                   _ex("Arbetsgruppen rapporterar till Styrgrupp Nära vård, KÖ återrapporterar muntligt 17/11.",
                       body="Arbetsgrupp hygien", facts=(("mandate", "Arbetsgrupp hygien", "Styrgrupp Nära vård", "reports_to"),)),
                   # two bodies as the subject, each reporting
                   # two bodies reported to, each after its own "till"
                   _ex("Lokal närvårdsgrupp Åby rapporterar två gånger per år till nämnden och till Samverkansgrupp äldre.",
                       body="Vård- och omsorgsnämnden, Åby kommun",
                       facts=(("mandate", "Lokal närvårdsgrupp Åby", "Vård- och omsorgsnämnden, Åby kommun", "reports_to"),
                              ("mandate", "Lokal närvårdsgrupp Åby", "Samverkansgrupp äldre", "reports_to"))),
                   _ex("Arbetsgrupp trygg hemgång och Processteam vårdövergångar rapporterar till styrgruppen två gånger "
                       "per termin.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Arbetsgrupp trygg hemgång", "Styrgrupp Nära vård", "reports_to"),
                              ("mandate", "Processteam vårdövergångar", "Styrgrupp Nära vård", "reports_to"))),
                   # the body above described in the definite, its acronym after
                   _ex("Ledningsgruppen rapporterar årligen till den politiska samverkansberedningen PSN om samverkan "
                       "inom vård och omsorg.", body="Ledningsgrupp Norrby",
                       facts=(("mandate", "Ledningsgrupp Norrby", "PSN", "reports_to"),)),
                   # the reporter in the clause another body's wish tells ("vill att gruppen … avrapporterar till")
                   _ex("RLG har förlängt uppdraget till juni 2030 och vill att gruppen framöver avrapporterar till "
                       "Styrgrupp Barnahus i stället för direkt till RLG.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"),)),
                   # the body told in a relative clause with its short name in brackets, the sentence going on
                   _ex("Henrik skriver ett underlag till Regionala ledningsgruppen för digitalisering (RLG-D) som gruppen "
                       "rapporterar till, med förslag om en dialog med operatörerna.", body="Samverkansgrupp bredband",
                       facts=(("mandate", "Samverkansgrupp bredband", "Regionala ledningsgruppen för digitalisering (RLG-D)",
                               "reports_to"),)),
                   # the decision the duties rest on fronted, three duties of one body after it
                   _ex("Enligt LSVO:s beslut 2027-06-18, § 47, leder styrgruppen omställningen i länet på uppdrag av "
                       "LSVO, får tillsätta arbetsgrupper inom handlingsplanen och rapporterar till LSVO.",
                       body="Styrgrupp Nära vård", facts=(("mandate", "Styrgrupp Nära vård", "LSVO", "reports_to"),
                                                         ("mandate", "LSVO", "Styrgrupp Nära vård", "delegates"))),
                   # when the report goes, first; the verb before its subject
                   _ex("Mellan rådets möten rapporterar arbetsgruppen till Beredningsgruppen för RSS.", body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Beredningsgruppen", "reports_to"),)),
                   # how often in one word, another clause after a semicolon
                   _ex("Styrgruppen rapporterar halvårsvis till LSVO; nästa rapport lämnas i mars.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Styrgrupp Nära vård", "LSVO", "reports_to"),)),
                   # from when the line runs, between the verb and whom
                   _ex("Arbetsgrupp för växelvård rapporterar från och med mars 2027 till Samverkansgrupp Äldre.",
                       body="Ledningsgrupp Norrby", decision=True,
                       facts=(("mandate", "Arbetsgrupp för växelvård", "Samverkansgrupp Äldre", "reports_to"),)),
                   # by what the line is laid down, between the verb and whom
                   _ex("Samverkansgruppen rapporterar enligt sitt uppdrag till LSVO två gånger per år.",
                       body="Samverkansgrupp äldre", facts=(("mandate", "Samverkansgrupp äldre", "LSVO", "reports_to"),)),
                   # the body it does not report to, after a comma
                   _ex("Arbetsgrupp SIP rapporterar till Styrgrupp Nära vård, inte direkt till LSVO.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to")),
                   # when it next does, after a comma
                   _ex("Vi rapporterar till Styrgrupp Nära vård, nästa gång den 22 september.", body="Arbetsgrupp rehabilitering",
                       facts=(("mandate", "Arbetsgrupp rehabilitering", "Styrgrupp Nära vård", "reports_to"),)),
                   # how often, after a comma
                   _ex("Gruppen rapporterar till Styrgrupp Nära vård, två gånger per år (juni och december).",
                       body="Arbetsgrupp rehabilitering",
                       facts=(("mandate", "Arbetsgrupp rehabilitering", "Styrgrupp Nära vård", "reports_to"),)),
                   # what the body is told first, its level opening its name: a forum
                   _ex("Regionala folkhälsoforumet Tjärnby är ett politiskt samrådsorgan för Region Tjärnby och länets "
                       "kommuner och rapporterar till Politiska samverkansrådet Tjärnby.", body="Folkhälsoutskottet, Åby kommun",
                       facts=(("mandate", "Regionala folkhälsoforumet Tjärnby", "Politiska samverkansrådet Tjärnby",
                               "reports_to"),)),
                   # the body reported to, told in a relative clause with the preposition at the end
                   _ex("Sammanställningen lämnas därefter till Socialchefsgruppen i Rönnmarks län, som nätverket rapporterar till.",
                       body="IFO-chefsnätverket i Rönnmarks län",
                       facts=(("mandate", "IFO-chefsnätverket i Rönnmarks län", "Socialchefsgruppen i Rönnmarks län", "reports_to"),)),
                   # "hit": to the body whose minutes tell it
                   _ex("Arbetsgrupp SIP följer upp avvikelserna på styrgruppens uppdrag och rapporterar hit varje kvartal.",
                       body="Styrgrupp Nära vård Norrby",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård Norrby", "reports_to"),)),
                   _ex("Lokala närvårdsrådet i Åby är ett forum för kommunen och vårdcentralen. Rådet har hittills rapporterat "
                       "enbart till Styrgrupp Nära vård.", body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Lokala närvårdsrådet i Åby", "Styrgrupp Nära vård", "reports_to"),)),
                   # a förbund's board by its kind in the minutes of the förbund's beredning; when, after the board
                   _ex("Beredningen rapporterar till direktionen efter varje sammanträde.",
                       body="Utbildningsberedningen, Ekå gymnasieförbund",
                       facts=(("mandate", "Utbildningsberedningen, Ekå gymnasieförbund", "Direktionen, Ekå gymnasieförbund",
                               "reports_to"),)),
                   _ex("Beredningsgruppen rapporterar till styrelsen efter varje möte.",
                       body="Beredningsgruppen, Samordningsförbundet Åby",
                       facts=(("mandate", "Beredningsgruppen, Samordningsförbundet Åby", "Styrelsen, Samordningsförbundet Åby",
                               "reports_to"),)),
                   # the decisions it took by delegation, between the verb and whom
                   _ex("Arbetsutskottet rapporterar beslut som fattats med stöd av delegation till direktionen vid nästa "
                       "sammanträde.", body="Direktionen, Åby räddningstjänstförbund",
                       facts=(("mandate", "Arbetsutskottet, Åby räddningstjänstförbund", "Direktionen, Åby räddningstjänstförbund",
                               "reports_to"),)),
                   _ex("Arbetsgrupp SIP rapporterar hit två gånger per år.", body="Styrgrupp Nära vård Norrby",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård Norrby", "reports_to"),)),
                   _ex("Lovisa informerade om Arbetsgrupp SIP. Arbetsgruppen lämnar sin årsrapport till samverkansgruppen i mars.",
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to")),
                   _ex("Arbetsgrupp SIP avrapporterar till Styrgrupp Nära vård i december.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to")),
                   # how often between the verb and whom; the body that met by its kind, a kind of team
                   _ex("Processteamet rapporterar två gånger per år till Styrgrupp Barnahus.",
                       ("mandate", "Processteam trygg hemgång Åby", "Styrgrupp Barnahus", "reports_to"),
                       body="Processteam trygg hemgång Åby"),
                   # the subject after the verb, after the document it is told in
                   _ex("Enligt direktiven ska styrelsen två gånger per år rapportera till kommunstyrelsen om hur bolaget "
                       "bidrar till bostadsförsörjningen.", body="Styrelsen, Åby Bostäder AB",
                       facts=(("mandate", "Styrelsen, Åby Bostäder AB", "kommunstyrelsen", "reports_to"),)),
                   # another clause after a comma: whom the body reports to ends there
                   # the group just started, by its compound kind; a comparison after the comma
                   _ex("Ledningsgruppen beslutade att starta Lokal närvårdsgrupp Östmo från september. Närvårdsgruppen "
                       "rapporterar till Samordningsgruppen Vårdsamverkan Södra, på samma sätt som Sandhamra och Lövsta.",
                       body="Ledningsgruppen för vård och omsorg, Östmo kommun",
                       facts=(("mandate", "Lokal närvårdsgrupp Östmo", "Samordningsgruppen Vårdsamverkan Södra",
                               "reports_to"),)),
                   _ex("Projektgruppen för mobilt närvårdsteam rapporterar till Styrgrupp Nära vård, och rådet får "
                       "en kopia av projektgruppens månadsrapporter.", body="Lokala närvårdsrådet i Strandvik",
                       facts=(("mandate", "Projektgruppen för mobilt närvårdsteam", "Styrgrupp Nära vård", "reports_to"),)),
                   _ex("Krisledningsgruppen rapporterar till krisledningsnämndens ordförande dagligen kl. 16.00.",
                       ("mandate", "Krisledningsgruppen", "krisledningsnämnden", "reports_to"), body="Krisledningsgruppen"),
                   # "nämnden": the nämnd the sentence named in full before
                   _ex("Beredningen bereder ärenden om primärvård och samverkan med kommunerna inför beslut i hälso- och "
                       "sjukvårdsnämnden och rapporterar till nämnden.",
                       ("mandate", "Beredningen för nära vård", "hälso- och sjukvårdsnämnden", "reports_to"),
                       body="Beredningen för nära vård"),
                   _ex("En lägesrapport lämnas i oktober; därefter rapporterar samverkansgruppen till RLG en gång per halvår.",
                       ("mandate", "Samverkansgrupp äldre", "RLG", "reports_to")),
                   _ex("Samordningsgruppen återrapporterar därefter uppdraget till samrådet den 26 september. "
                       "Uppdraget kommer från Delregionalt politiskt samråd Södra Norrby.", body="Samordningsgruppen Vårdsamverkan Norrby",
                       facts=(("mandate", "Samordningsgruppen Vårdsamverkan Norrby", "Delregionalt politiskt samråd Södra Norrby", "reports_to"),)),
                   _ex("Arbetsgrupp SIP rapporterar till Styrgrupp Nära vård.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to")),
                   # "båda samverkansgrupperna": the body that met and the other of its kind the item names
                   _ex("Samverkansgrupp vuxna har bett om två representanter till en arbetsgrupp för övergångar. "
                       "Arbetsgruppen rapporterar till båda samverkansgrupperna.", body="Samverkansgrupp barn",
                       facts=(("mandate", "Arbetsgrupp för övergångar", "Samverkansgrupp barn", "reports_to"),
                              ("mandate", "Arbetsgrupp för övergångar", "Samverkansgrupp vuxna", "reports_to"))),
                   # through whom, after a comma: no part of the body reported to
                   _ex("Arbetsgruppen rapporterar till PSVO, med LSVO som beredande.",
                       ("mandate", "Arbetsgrupp SIP", "PSVO", "reports_to"), body="Arbetsgrupp SIP"),
                   _ex("Samverkansgrupp för äldre samlar regionen och länets kommuner kring vård och omsorg om "
                       "äldre och rapporterar till Regional ledningsgrupp för vård och omsorg (RLG).",
                       ("mandate", "Samverkansgrupp för äldre", "Regional ledningsgrupp för vård och omsorg (RLG)",
                        "reports_to"), body="Omsorgsnämnden"),
                   _ex("Gruppen beslutade att inrätta en arbetsgrupp för fallprevention. "
                       "Arbetsgruppen rapporterar till samverkansgruppen och tar fram ett förslag.",
                       ("mandate", "Arbetsgrupp för fallprevention", "Samverkansgrupp äldre", "reports_to"),
                       body="Samverkansgrupp äldre"),
                   _ex("Styrgruppen rapporterar i sin tur till Ledningsgrupp Tallvik, som gav styrgruppen uppdraget i våras.",
                       ("mandate", "Styrgrupp Rehab", "Ledningsgrupp Tallvik", "reports_to"), body="Styrgrupp Rehab"),
                   _ex("Styrgrupp Nya hemtjänsten rapporterar i sin tur till Regionala ledningsgruppen.",
                       ("mandate", "Styrgrupp Nya hemtjänsten", "Regionala ledningsgruppen", "reports_to"),
                       body="Projektgrupp Nya hemtjänsten"),
                   _ex("Kalle Ek har begärt entledigande från Lokala närvårdsgruppen i Norrby. Gruppen består av "
                       "företrädare för socialtjänsten och vårdcentralen. Gruppen rapporterar till Styrgrupp Äldre.",
                       ("mandate", "Lokala närvårdsgruppen", "Styrgrupp Äldre", "reports_to"), body="Omsorgsnämnden"),
                   # how often is no part of the name
                   _ex("Ledningsgruppen rapporterar i sin tur till Politiskt samråd Norrby två gånger per år.",
                       ("mandate", "Ledningsgrupp Tallvik", "Politiskt samråd Norrby", "reports_to"), body="Ledningsgrupp Tallvik"),
                   # a decided clause with the body as its subject
                   _ex("inrätta Arbetsgrupp SIP\narbetsgruppen rapporterar till samverkansgruppen", decision=True,
                       facts=(("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to"),)),
                   _ex("Utskottet ska återrapportera fattade beslut vid nämndens nästa sammanträde.",
                       ("mandate", "Utskottet", "Omsorgsnämnden", "reports_to"), decision=True, body="Omsorgsnämnden"),
                   # in which order of things, between the verb and whom
                   _ex("Tjänstemannaledningsgruppen Granby rapporterar i den nya strukturen till Politiskt samråd Granby.",
                       ("mandate", "Tjänstemannaledningsgruppen Granby", "Politiskt samråd Granby", "reports_to"),
                       body="Regionalt samverkansråd Granby"),
                   # the part of the region a body serves, after its kind
                   _ex("Vaccinationsgruppen är en arbetsgrupp under Närvårdsgruppen norra Älvby och återrapporterar dit "
                       "efter varje säsong.", ("mandate", "Vaccinationsgruppen", "Närvårdsgruppen norra Älvby", "reports_to"),
                       body="Vaccinationsgruppen")),
         counter_examples=("Elin Borg rapporterar till styrgruppen den 19 mars.",
                           "Handläggaren ska rapportera ärendet vid nämndens nästa sammanträde.",
                           "Per Nyqvist rapporterar från RLG:s möte i maj.")),
    # a body that presents its work to another body reports to it: "LVO ska i sin tur redovisa planen för
    # det politiska samrådsorganet den 26 september"
    # whom a body reports to, told in a later clause: "Projektgruppen arbetar på uppdrag av styrgruppen, och styrgruppen
    # rapporterar i sin tur till LVO"; "… i Styrgrupp X, som leder omställningen i länet och rapporterar till LVO"
    # a body's duty told first, its report after "och": "Rådet ska samordna det förebyggande arbetet, och rapportera till
    # Politiskt samrådsorgan för hälsa, vård och omsorg" (the body reported to may list its fields with a comma)
    Rule("shall_do_and_report_to", "mandate", mandate="reports_to", exclusive=False, triggers=("rapportera till",),
         pattern=r"^(?P<from>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket|beredningen|utskottet|forumet)|"
                 r"Gruppen|Rådet|Teamet|Nätverket|Beredningen|Utskottet|Forumet|"
                 r"[A-ZÅÄÖ][\wåäö-]*(?:grupp|råd|team|nätverk|forum)\s+[^.;:,]{1,60}?)\s+(?:ska|skall)\s+(?!(?:åter)?rapportera\b)"
                 r"[a-zåäö]+\s[^.;]{2,200}?,?\s+och\s+(?:åter)?rapportera\s+till\s+"
                 r"(?P<to>[^.;,]+?(?:,\s+[a-zåäö][\wåäö-]*\s+och\s+[^.;,]+?)?)"
                 r"(?:\s+(?:och|samt|om|senast|i|varje|en\s+gång|två\s+gånger)\b.*)?\.?$",
         examples=(_ex("Styrgrupp Barnahus ska samordna arbetet med barnahuset och rapportera till Politiskt samråd för "
                       "hälsa, vård och omsorg.",
                       ("mandate", "Styrgrupp Barnahus", "Politiskt samråd för hälsa, vård och omsorg", "reports_to")),
                   _ex("Gruppen ska ta fram en rutin för SIP, och rapportera till LSVO två gånger per år.",
                       ("mandate", "Arbetsgrupp SIP", "LSVO", "reports_to"), body="Arbetsgrupp SIP")),
         counter_examples=("Eva Ek ska sammanställa underlaget och rapportera till styrgruppen i maj.",)),
    Rule("reports_to_later_clause", "mandate", mandate="reports_to", exclusive=False, triggers=("rapporterar",),
         pattern=r",\s+och\s+(?P<from>[a-zåäö]*(?:gruppen|rådet|nämnden|beredningen|teamet|nätverket)|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+"
                 r"(?:i\s+sin\s+tur\s+)?(?:åter)?rapporterar\s+(?:i\s+sin\s+tur\s+)?till\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+(?:och|samt|om|senast|i|varje|en\s+gång|två\s+gånger)\b.*)?$"
                 r"|\b(?:i|för|till|av|från|med|om)\s+(?P<from2>(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,3}[A-ZÅÄÖ]?[\wåäö-]*(?:grupp|råd|rådet|"
                 r"nämnd|beredning|team|nätverk)\b[^.;:,]{0,60}?),\s+som\s+(?![^.;]*\bsom\b)[^.;]{2,120}?\s+och\s+(?:åter)?rapporterar\s+"
                 r"(?:i\s+sin\s+tur\s+)?till\s+(?P<to3>[^.;,]+?)(?:\s+(?:och|samt|om|senast|i|varje)\b.*)?$",
         examples=(_ex("Arbetsgrupp SIP arbetar på uppdrag av samverkansgruppen, och samverkansgruppen rapporterar i sin tur "
                       "till RLG.", ("mandate", "Samverkansgrupp äldre", "RLG", "reports_to")),
                   _ex("Per Ek företräder kommunen i Styrgrupp Barnahus, som leder arbetet med barnahuset i länet och "
                       "rapporterar till RLG.", ("mandate", "Styrgrupp Barnahus", "RLG", "reports_to"))),
         counter_examples=("Eva Ek presenterade rapporten, och gruppen diskuterade den.",
                           # the one reporting is a person
                           "Han sitter i Styrgrupp Nära vård Norrby, som han leder och rapporterar till.")),
    # "redovisar till" for "rapporterar till": "Arbetsgruppen redovisar till Lokala samverkansgruppen X",
    # "Referensgruppen redovisar sitt arbete till nätverket två gånger per år"
    Rule("accounts_to", "mandate", mandate="reports_to", exclusive=False, triggers=("redovisar till", "redovisa till",
                                                                                     "redovisar sitt arbete till",
                                                                                     "redovisar arbetet till"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket|beredningen|utskottet|forumet)|"
                 r"[A-ZÅÄÖ][\wåäö-]*(?:grupp|gruppen|råd|rådet|team|nätverk|nätverket|forum)\s+[^.;:,]{1,60}?)\s+"
                 r"(?:(?:ska|skall)\s+)?(?:(?:också|även|löpande|regelbundet|sedan)\s+)?redovisa(?:r)?\s+"
                 r"(?:(?:sitt|hela)\s+arbete\s+|arbetet\s+|sina\s+resultat\s+)?(?:löpande\s+|regelbundet\s+)?"
                 r"till\s+(?P<to>[^.;,]+?)(?:\s+(?:senast|i|varje|en|två|före|under|vid|om|och)\b.*)?\.?$",
         examples=(_ex("Arbetsgruppen redovisar till Styrgrupp Barnahus.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"), body="Arbetsgrupp SIP"),
                   _ex("Arbetsgrupp SIP redovisar sitt arbete till samverkansgruppen två gånger per år.",
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to"))),
         counter_examples=("Arbetsgruppen redovisar till nästa möte.", "Eva Ek redovisar till styrgruppen.")),
    # a working group reporting at the meeting of the body that met, its own report told in the past: "Arbetsgrupp
    # suicidprevention rapporterade om skolornas arbete", "… till Arbetsgrupp X, som redovisade ett första utkast"
    Rule("reported_at_meeting", "mandate", mandate="reports_to", exclusive=False, narrative_only=True,
         triggers=("rapporterade", "redovisade"),
         pattern=r"(?:^|(?<=\s))(?P<from7>(?:Arbetsgrupp|Projektgrupp|Processteam|Delgrupp|Skrivgrupp|Referensgrupp)\s+[^.;:,]{1,60}?|"
                 r"(?:Arbetsgruppen|Projektgruppen|Processteamet|Delgruppen|Skrivgruppen|Referensgruppen)(?:\s+för\s+[^.;:,]{1,60}?)?)"
                 r"(?:,\s+som)?\s+(?:åter|av)?(?:rapporterade|redovisade)\s+(?!(?:till|för|vid|på)\s)[^.;]*$",
         examples=(_ex("Arbetsgrupp suicidprevention rapporterade om skolornas arbete med YAM.", body="Samverkansgrupp Barn och unga",
                       facts=(("mandate", "Arbetsgrupp suicidprevention", "Samverkansgrupp Barn och unga", "reports_to"),)),
                   _ex("Gruppen har lämnat arbetet till Arbetsgrupp första linjen, som redovisade ett första utkast.",
                       body="Samverkansgrupp Barn och unga",
                       facts=(("mandate", "Arbetsgrupp första linjen", "Samverkansgrupp Barn och unga", "reports_to"),))),
         counter_examples=("Eva Ek rapporterade om läget i kommunen.", "Arbetsgrupp SIP ska redovisa rutinen i maj.")),
    Rule("presents_to_body", "mandate", mandate="reports_to", exclusive=False, triggers=("redovisa",),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+(?:(?:ska|skall|kommer\s+att)\s+)?(?:(?:i\s+sin\s+tur|sedan|därefter)\s+)?"
                 # (not the "för" that goes on a group's name: "redovisade arbetet i vårdprogramgruppen för ADHD")
                 r"redovisa(?:r|de)?\s+(?:[^.;:]{1,80}?)(?<!gruppen)(?<!nätverket)(?<!rådet)\s+för\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+(?:den|senast|i|på|vid|under|efter)\b.*|,\s+som\b.*)?\.?$"
                 # the body that met in the first person, or by its kind, handing in to a body: "Vi redovisar till
                 # samverkansgruppen den 16 september"
                 r"|^(?P<from2>[Vv]i|[A-ZÅÄÖ][a-zåäö]*(?:gruppen|teamet|nätverket))\s+(?:(?:sedan|därefter|också)\s+)?"
                 r"redovisar\s+(?:(?:arbetet|uppdraget|resultatet|förslaget|förslagen)\s+)?till\s+(?P<to2>[^.;,]+?)"
                 r"(?:\s+(?:den|senast|i|på|vid|under|efter)\b.*)?\.?$",
         examples=(_ex("LVO ska i sin tur redovisa planen för Politiskt samråd Mälarby den 26 september.",
                       ("mandate", "LVO", "Politiskt samråd Mälarby", "reports_to"), body="Samverkansgrupp barn och unga"),
                   # a member presents the body's proposal there, under the label of the task
                   _ex("Uppdrag: Eva Ek redovisar förslaget för Regional ledningsgrupp Norrby den 12 december.",
                       ("mandate", "Samverkansgrupp barn och unga", "Regional ledningsgrupp Norrby", "reports_to"),
                       body="Samverkansgrupp barn och unga", roster=("Eva Ek",)),
                   _ex("Styrgruppen redovisar arbetet för Regional ledningsgrupp Norrby två gånger per år.",
                       ("mandate", "Styrgrupp Barnahus", "Regional ledningsgrupp Norrby", "reports_to"),
                       body="Styrgrupp Barnahus"),
                   _ex("Vi redovisar till samverkansgruppen den 16 september.",
                       ("mandate", "Arbetsgrupp SIP", "samverkansgruppen", "reports_to"), body="Arbetsgrupp SIP"),
                   # a member of the body that met presented its work there: the body reports to it
                   _ex("EB redovisade upplägget för Styrgrupp Nära vård, som godkände det.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "reports_to"), body="Arbetsgrupp SIP",
                       roster=_ROSTER)),
         counter_examples=("Anna Lund redovisar planen för Politiskt samråd Mälarby den 26 september.",
                           "Elin Borg redovisade arbetet i vårdprogramgruppen för ADHD.",
                           "Styrgruppen redovisar planen för barn och unga med psykisk ohälsa.",
                           "Vi redovisar till nästa möte.")),
    # how a working group has laid out its work, told at the meeting of the body it works for: it reports there
    Rule("work_laid_out_here", "mandate", mandate="reports_to", exclusive=False,
         triggers=("lagt upp", "lägger upp"),
         pattern=r"^[A-ZÅÄÖ][^.;:,]{0,60}?\s+(?:redovisa(?:r|de)|berätta(?:r|de)|beskriver|beskrev)\s+hur\s+"
                 r"(?P<from7>[a-zåäö]*(?:gruppen|teamet)|(?:Arbetsgrupp|Projektgrupp|Processteam|Referensgrupp)\s[^.;:,]{2,60}?)"
                 r"\s+(?:har\s+)?(?:lagt|lägger)\s+upp\s+(?:sitt\s+)?arbete\b.*$",
         examples=(_ex("Elin Borg redovisade hur Arbetsgrupp trygg hemgång lagt upp sitt arbete med utbildningen.",
                       ("mandate", "Arbetsgrupp trygg hemgång", "Samverkansgrupp äldre", "reports_to"),
                       body="Samverkansgrupp äldre", roster=_ROSTER),),
         counter_examples=("Elin Borg redovisade hur Socialnämnden lagt upp sitt arbete.",
                           "Elin Borg redovisade hur projektet lagt upp sitt arbete.")),
    Rule("named_body_which_gave_the_task", "mandate", mandate="delegates", exclusive=False,
         triggers=("som gav", "som har gett", "som hade gett"),
         pattern=r"\b(?:till|av|från)\s+(?P<from>[A-ZÅÄÖ][^.;:,]{1,60}?),\s+som\s+(?:gav|har\s+gett|hade\s+gett)\s+"
                 r"(?P<to>[a-zåäö]*(?:gruppen|rådet|nämnden|teamet|beredningen)|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:i\s+)?uppdrag(?:et)?\b.*$",
         examples=(_ex("Styrgruppen rapporterar i sin tur till Ledningsgrupp Tallvik, som gav styrgruppen uppdraget i våras.",
                       ("mandate", "Ledningsgrupp Tallvik", "Styrgrupp Rehab", "delegates"), body="Styrgrupp Rehab"),),
         counter_examples=("Anna Ek fick frågan från Ledningsgrupp Tallvik, som gav Elin Borg uppdraget i våras.",)),
    Rule("on_behalf_of", "mandate", mandate="delegates", exclusive=False,
         triggers=("på uppdrag av", "på uppdrag från", "uppdrag från", "uppdrag av", "uppdrag kommer från",
                   "uppdraget kommer från", "uppdraget från", "arbetat på uppdrag"),
         pattern=r"^(?![^.;:]*,\s+som\s+(?:arbetar|verkar)\s+på\s+uppdrag)(?:(?:Ärendebeskrivning|Bakgrund|Beskrivning|Sammanfattning)\s+)?"
                 r"(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)?\s+(?:påminner\s+om|berättar|informerar\s+om|meddelar|påpekar)\s+att\s+(?=[a-zåäö]+(?:gruppen|rådet|nämnden|beredningen)\s))?"
                 r"(?P<to>[A-ZÅÄÖa-zåäö][^.;:]{1,80}?)\s+(?:arbetar|verkar|har\s+(?:i\s+sin\s+tur\s+|\w+\s+)?fått\s+(?:ett\s+)?(?:\w+\s+)?uppdrag|"
                 # "Arbetsgruppen har sedan 2025 arbetat på uppdrag av …", "Rådet fick i mars 2026 uppdraget från …"
                 r"har\s+(?:sedan\s+(?:19|20)\d\d\s+)?arbetat|"
                 r"fick\s+(?:i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
                 r"(?:\s+(?:19|20)\d\d)?\s+|(?:19|20)\d\d\s+)?(?:ett\s+)?uppdrag(?:et)?|får\s+(?:ett\s+)?uppdrag|har,?(?=\s+på\s+uppdrag)|har\s+i\s+uppdrag|"
                 r"har\s+i\s+sin\s+tur\s+uppdrag)"
                 r"\s+(?:på\s+uppdrag\s+)?(?:från|av)\s+"
                 r"(?P<from>[^.;,(]+?)(?:\s*\(|\s+att\b|\s+via\b|\s+(?=[a-zåäö]{3,}(?:at|it|tt|agt)\b)|\s+och\b(?!\s+[a-zåäö]+[^r\s]\b(?!\s+[a-zåäö]+at\b))|\s+samt\b|,|$)"
                 # "Jörgen Tall rapporterade från styrgruppen, som arbetar på uppdrag av RLG": said of the body just named
                 # ("informerar om arbetet i Samverkansgruppen X, som …": the body after the last preposition)
                 # ("… har tagits fram av Arbetsgrupp SIP, som arbetar …", "Arbetsgrupp SIP, som arbetar …, har …")
                 r"|(?:\b(?:från|i|om|med|av)\s+|^(?=(?:(?!(?:från|i|om|med|av|till|hos)\s)[\wåäöÅÄÖ-]+\s+){0,3}"
                 r"[\wåäöÅÄÖ-]*(?:grupp|gruppen|rådet|råd|nämnden|nämnd|teamet|team|beredningen|beredning|nätverket|nätverk)\b))"
                 r"(?P<to5>[A-ZÅÄÖ][^.;:,]{1,60}?|[a-zåäö]*(?:gruppen|rådet|nämnden|teamet|beredningen|nätverket)\b[^.;:,]{0,60}?),"
                 r"\s+som\s+(?:arbetar|verkar|har\s+[a-zåäö]+(?:\s+[\wåäö-]+){0,6}?)\s+på\s+uppdrag\s+(?:av|från)\s+"
                 r"(?P<from5>[^.;,(]+?)(?:\s*\(|\s+och\b|\s+samt\b|,|$)"
                 # "… förstudien, som Arbetsgrupp trygg hemgång tar fram på uppdrag av Styrgrupp Nära vård": the body named
                 # as the relative clause's subject does the work
                 r"|,\s+som\s+(?P<to9>(?:Styrgrupp|Arbetsgrupp|Samverkansgrupp|Processteam|Projektgrupp|Referensgrupp|"
                 r"Ledningsgrupp)[^.;,]{2,60}?)\s+(?:tar\s+fram|har\s+tagit\s+fram|arbetar\s+(?:med|fram)|utreder|genomför|"
                 r"gör)\b[^.;,]{0,40}?\s+på\s+uppdrag\s+(?:av|från)\s+(?P<from6>[^.;,(]+?)(?:\s*\(|\s+och\b|,|$)"
                 # "Uppföljningen görs av Styrgrupp Nära vård på uppdrag av LVO": the work in the passive, the body that
                 # does it after "av"
                 r"|^[A-ZÅÄÖ][^.;:]{0,80}?\s+(?:görs|genomförs|utförs|leds|drivs|sköts|samordnas)\s+av\s+"
                 r"(?P<to10>(?:Styrgrupp|Arbetsgrupp|Samverkansgrupp|Processteam|Projektgrupp|Referensgrupp|Ledningsgrupp|"
                 r"[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|nämnden|teamet|nätverket))[^.;,]{0,60}?)\s+på\s+uppdrag\s+(?:av|från)\s+"
                 r"(?P<from9>[^.;,(]+?)(?:\s*\(|\s+och\b|,|$)"
                 # "Styrgruppens uppdrag kommer från RLG"
                 r"|^(?P<to8>[A-ZÅÄÖ][^.;:]{1,80}?)(?::s|s)\s+uppdrag(?:et)?\s+kommer\s+(?:från|av)\s+(?P<from8>[^.;,(]+?)(?:\s*\(|,|$)"
                 # "Uppdraget kommer från Styrgruppen för Nära vård X och resultatet ska …": the body that met's
                 r"|^Uppdraget\s+kommer\s+(?:från|av)\s+(?P<from7>[^.;,(]+?)(?:\s*\(|\s+och\b|\s+via\b|,|$)",
         examples=(# how long it has worked so, or when it got the task, before the giver
                   _ex("Uppföljningen av överenskommelsen görs av Styrgrupp Nära vård på uppdrag av Ledningsgruppen för "
                       "vård och omsorg (LVO).", body="Hälso- och sjukvårdsnämnden",
                       facts=(("mandate", "Ledningsgruppen för vård och omsorg (LVO)", "Styrgrupp Nära vård", "delegates"),)),
                   _ex("Arbetsgrupp SIP har sedan 2025 arbetat på uppdrag av ledningsgruppen med att ta fram en rutin.",
                       ("mandate", "Ledningsgrupp Åsen", "Arbetsgrupp SIP", "delegates"), body="Ledningsgrupp Åsen"),
                   _ex("Rådet fick i mars 2026 uppdraget från Styrgrupp Trygg hemgång att pröva ett arbetssätt.",
                       ("mandate", "Styrgrupp Trygg hemgång", "Lokala närvårdsrådet i Åby", "delegates"),
                       body="Lokala närvårdsrådet i Åby"),
                   _ex("Jörgen Tall rapporterade från Styrgrupp nära vård, som arbetar på uppdrag av RLG.",
                       ("mandate", "RLG", "Styrgrupp nära vård", "delegates"), body="RLG"),
                   _ex("Region Granby har remitterat förslaget. Överenskommelsen har tagits fram av Barn- och ungagruppen "
                       "Granby, som arbetar på uppdrag av Tjänstemannaledningsgruppen Granby.", body="Kommunstyrelsens arbetsutskott",
                       facts=(("mandate", "Tjänstemannaledningsgruppen Granby", "Barn- och ungagruppen Granby", "delegates"),)),
                   _ex("Arbetsgrupp SIP, som arbetar på uppdrag av Styrgrupp Äldre, har tagit fram rutinen.",
                       body="Socialnämnden", facts=(("mandate", "Styrgrupp Äldre", "Arbetsgrupp SIP", "delegates"),)),
                   _ex("Ida Ek informerar om arbetet i Samverkansgruppen för patientsynpunkter, som arbetar på uppdrag av "
                       "Patientnämnden och rapporterar till nämnden.", body="Patientnämnden, Region Åby",
                       facts=(("mandate", "Patientnämnden, Region Åby", "Samverkansgruppen för patientsynpunkter", "delegates"),)),
                   # what the body did on the uppdrag, told in the relative clause
                   _ex("Petra Holm företräder kommunen i Arbetsgrupp SIP, som har reviderat rutinen på uppdrag av "
                       "Styrgrupp Nära vård.", body="Socialnämnden, Åby kommun",
                       facts=(("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"),)),
                   _ex("Maja Sjö presenterade förstudien om mobila team, som Arbetsgrupp trygg hemgång tar fram på uppdrag av "
                       "Styrgrupp Nära vård.", body="Politiskt samråd Nära vård Norrby",
                       facts=(("mandate", "Styrgrupp Nära vård", "Arbetsgrupp trygg hemgång", "delegates"),)),
                   _ex("Styrgruppens uppdrag kommer från Ledningsgruppen för hälsa och välfärd.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Ledningsgruppen för hälsa och välfärd", "Styrgrupp Nära vård", "delegates"),)),
                   _ex("Uppdraget kommer från Styrgruppen för Nära vård Norrby och resultatet ska redovisas för "
                       "styrgruppen den 18 februari.", body="Lokal närvårdsgrupp Åby",
                       facts=(("mandate", "Styrgruppen för Nära vård Norrby", "Lokal närvårdsgrupp Åby", "delegates"),)),
                   # handed down through a body between: each hands it to the next
                   _ex("Uppdraget kommer från Styrgruppen för Nära vård Norrby via Samverkansgrupp äldre: varje lokal "
                       "grupp ska beskriva sitt arbete.", body="Lokal närvårdsgrupp Åby",
                       facts=(("mandate", "Styrgruppen för Nära vård Norrby", "Samverkansgrupp äldre", "delegates"),
                              ("mandate", "Samverkansgrupp äldre", "Lokal närvårdsgrupp Åby", "delegates"))),
                   _ex("Arbetsgruppen arbetar på uppdrag av Styrgrupp Nära vård via Samverkansgrupp äldre.",
                       body="Arbetsgrupp SIP",
                       facts=(("mandate", "Styrgrupp Nära vård", "Samverkansgrupp äldre", "delegates"),
                              ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates"))),
                   _ex("Styrgruppen har i uppdrag från Ledningsgruppen för hälsa och välfärd att ta fram en plan.",
                       body="Styrgrupp Nära vård",
                       facts=(("mandate", "Ledningsgruppen för hälsa och välfärd", "Styrgrupp Nära vård", "delegates"),)),
                   _ex("Arbetsgruppen arbetar på uppdrag av Samverkansgrupp vård och omsorg och rapporterar dit.",
                       ("mandate", "Samverkansgrupp vård och omsorg", "Arbetsgrupp SIP", "delegates"),
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp vård och omsorg", "reports_to"),
                       body="Arbetsgrupp SIP"),
                   _ex("Arbetsgruppen har fått uppdrag från Styrgrupp Nära vård att revidera rutinen.",
                       ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"),
                       body="Arbetsgrupp SIP"),
                   # the uppdrag of the body above the one that met, told as its background
                   _ex("Styrgrupp Äldre har i sin tur fått uppdrag av Regional ledningsgrupp Norrby att ta fram en plan.",
                       ("mandate", "Regional ledningsgrupp Norrby", "Styrgrupp Äldre", "delegates"),
                       body="Arbetsgrupp SIP"),
                   _ex("Styrgrupp Trygghet har i sin tur uppdrag från Trygghetsrådet i Åby att hålla ihop det "
                       "brottsförebyggande arbetet.",
                       # (the council by its name; the place after it is read when the document is resolved)
                       ("mandate", "Trygghetsrådet", "Styrgrupp Trygghet", "delegates"),
                       body="Lägesbildsgrupp Åby"),
                   _ex("Arbetsgrupp SIP har på uppdrag av Styrgrupp Äldre tagit fram en ny rutin.",
                       ("mandate", "Styrgrupp Äldre", "Arbetsgrupp SIP", "delegates"),
                       body="Omsorgsnämnden"),
                   # a supine of "lägga" after the giver: "kartlagt", "lagt fram"
                   _ex("Arbetsgrupp SIP har på uppdrag av Styrgrupp Äldre kartlagt hur SIP används för vuxna.",
                       ("mandate", "Styrgrupp Äldre", "Arbetsgrupp SIP", "delegates"),
                       body="Omsorgsnämnden"),
                   _ex("Elin påminner om att arbetsgruppen har fått i uppdrag av Styrgrupp Äldre att ta fram en plan.",
                       ("mandate", "Styrgrupp Äldre", "Arbetsgrupp SIP", "delegates"), body="Arbetsgrupp SIP"),
                   # the standing uppdrag in the last of the att-clauses someone recalls
                   _ex("Ola påminde om att RLG fastställde planen i juni och att samverkansgruppen har i uppdrag av RLG "
                       "att följa upp den en gång per år.", ("mandate", "RLG", "Samverkansgrupp barn", "delegates"),
                       body="Samverkansgrupp barn"),
                   # the body that met, named without its place at the end
                   _ex("Vårdsamverkan västra har fått i uppdrag av Samverkansgrupp äldre att se över rutinen.",
                       ("mandate", "Samverkansgrupp äldre", "Vårdsamverkan västra Ekbotten", "delegates"),
                       body="Vårdsamverkan västra Ekbotten"),
                   _ex("Ärendebeskrivning\nLedningsgruppen för vård och omsorg i Norrby har på uppdrag av "
                       "Politiskt samråd för hälsa, vård och omsorg (PSV) reviderat riktlinjen.",
                       ("mandate", "Politiskt samråd för hälsa, vård och omsorg (PSV)",
                        "Ledningsgruppen för vård och omsorg i Norrby", "delegates"),
                       body="Omsorgsnämnden")),
         counter_examples=("Elin Borg arbetar på uppdrag av kommunen med frågan.",
                           "Elin Borg har på uppdrag av styrgruppen tagit fram en ny rutin.",
                           "Bedömningen görs av sjuksköterskan på uppdrag av läkaren.")),
    # "Uppdraget kommer från kommunstyrelsen" under a point titled by the task itself: the body that met does the
    # point's work for that body
    # an application made together through the one named as the applicant: "… att kommunerna söker statsbidrag för X
    # gemensamt, med Åby kommun som sökande kommun"
    Rule("named_applicant", "assignment", triggers=("som sökande",), handler="_named_applicant", exclusive=False,
         examples=(_ex("Kommunerna söker statsbidrag för yrkesvux 2031 gemensamt, med Ekby kommun som sökande kommun.",
                       ("assignment", ["Ekby kommun"], "söka statsbidrag för yrkesvux 2031 som sökande kommun")),
                   _ex("Parterna ansöker om projektmedel ur socialfonden, med Region Norrby som sökande.",
                       ("assignment", ["Region Norrby"], "söka projektmedel ur socialfonden som sökande"))),
         counter_examples=("Ekby kommun var sökande kommun förra året.",
                           "Kommunerna söker statsbidrag gemensamt; vem som blir sökande avgörs senare.")),
    Rule("task_comes_from", "assignment", triggers=("uppdraget kommer från", "uppdraget kommer av"),
         handler="_task_comes_from", exclusive=False, narrative_only=True,
         examples=(_ex("Uppdraget kommer från kommunstyrelsen (KS 2026-02-10 § 18), som behöver underlaget inför "
                       "bostadsförsörjningsprogrammet.", ("assignment", ["Socialnämnden, Åby kommun"], "kartlägga hemlösheten"),
                       body="Socialnämnden, Åby kommun", title="Kartläggning av hemlösheten i Åby"),
                   _ex("Uppdraget kommer från Regional ledningsgrupp Norrby.", body="Styrgrupp kompetensförsörjning",
                       facts=(("assignment", ["Styrgrupp kompetensförsörjning"], "gemensam introduktion för nyanställda"),),
                       title="Gemensam introduktion för nyanställda undersköterskor")),
         counter_examples=("Uppdraget kommer från en medborgare.",)),
    # a reporting duty laid on a seat, not a name: "Kommunernas representant i styrgruppen rapporterar till RLG efter
    # varje möte" (the one the attendance list seats for the kommuner)
    Rule("seat_reports_to", "assignment", triggers=("representant i", "företrädare i"), handler="_seat_reports_to",
         exclusive=False, narrative_only=True,
         examples=(_ex("Kommunernas representant i styrgruppen rapporterar till RLG efter varje styrgruppsmöte.",
                       ("assignment", ["Karin Holm"], "rapportera till RLG efter varje styrgruppsmöte"),
                       body="Styrgrupp Äldre", roster=("Karin Holm, kommunerna i Norrby", "Per Lind, Region Norrby")),
                   _ex("Regionens representant i gruppen återrapporterar till Styrgrupp Nära vård.",
                       ("assignment", ["Per Lind"], "återrapportera till Styrgrupp Nära vård"),
                       roster=("Karin Holm, Åby kommun", "Per Lind, Region Norrby"))),
         counter_examples=("Kommunernas representant i styrgruppen rapporterar till RLG efter varje möte.",)),
    # a duty a decision lays on the seat it has just filled: "att utse Elin Borg till ledamot i förbundets styrelse /
    # att regionens ledamot i förbundets styrelse ska lämna en rapport till nämnden två gånger per år"
    Rule("seat_shall", "assignment", triggers=("ledamot i", "representant i", "ersättare i", "ombud i"),
         handler="_seat_shall", exclusive=False, decision_only=True,
         examples=(_ex("utse Elin Borg till ledamot i förbundets styrelse för tiden 2026-01-01–2027-03-31\n"
                       "regionens ledamot i förbundets styrelse ska lämna en skriftlig rapport till nämnden två gånger per år",
                       ("assignment", ["Elin Borg"], "vara ledamot i förbundets styrelse"),
                       ("assignment", ["Elin Borg"], "lämna en skriftlig rapport till nämnden"),
                       decision=True, body="Hälso- och sjukvårdsnämnden"),)),
    # the standing uppdrag and the work it asks told in one sentence: "Arbetsgruppen arbetar på uppdrag av Styrgrupp
    # Nära vård och ska ta fram en gemensam rutin före sommaren" (the work a task of the body, from the giver)
    Rule("works_for_and_shall", "assignment", triggers=("på uppdrag av", "på uppdrag från"), handler="_works_for_and_shall",
         exclusive=False, narrative_only=True,
         examples=(_ex("Arbetsgruppen arbetar på uppdrag av Styrgrupp Nära vård och ska ta fram en gemensam rutin för "
                       "demensutredning före sommaren.", body="Arbetsgrupp demens",
                       facts=(("assignment", ["Arbetsgrupp demens"], "ta fram en gemensam rutin för demensutredning"),
                              ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp demens", "delegates"))),),
         counter_examples=("Arbetsgruppen arbetar på uppdrag av Styrgrupp Nära vård och rapporterar dit.",
                           "Arbetsgruppen arbetar på uppdrag av Styrgrupp Nära vård och ska rapportera dit.")),
    # "Frågan om stöd vid spelberoende kommer från Samverkansgrupp att växa upp": that body raised it here
    Rule("question_comes_from", "mandate", mandate="refers", exclusive=False, triggers=("kommer från", "kom från"),
         pattern=r"^(?:[Ff]rågan|[Ää]rendet|[Ff]örslaget)\b[^.;]{0,160}?\s+(?:kommer|kom)\s+från\s+"
                 r"(?P<from7>[A-ZÅÄÖ][^.;,]{2,80}?)(?:,.*|\s+(?:som|och|i|den)\b.*)?\.?$",
         examples=(_ex("Frågan om gemensamt stöd vid spelberoende kommer från Styrgrupp Barnahus, som vill att grupperna "
                       "arbetar tillsammans.", ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "refers")),),
         # (not "Uppdraget kommer från Styrgrupp X": an uppdrag that comes from a body is a delegation)
         counter_examples=("Frågan kommer från en medborgare.",)),
    # "Ärendet är hänskjutet från PSVO 2026-03-26": the body above handed the case down to the body that met
    Rule("case_referred_from", "mandate", mandate="refers", exclusive=False,
         triggers=("hänskjutet från", "hänskjuten från", "hänskjutits från", "överlämnat från", "överlämnad från",
                   "remitterat från", "remitterad från"),
         pattern=r"^(?:[Ff]rågan|[Ää]rendet|[Ff]örslaget)\b[^.;]{0,160}?\s+(?:är|har\s+(?:blivit\s+)?|blev)\s*"
                 r"(?:hänskjut(?:et|en|its)|överlämna(?:t|d|ts)|remittera(?:t|d|ts))\s+(?:hit\s+)?från\s+"
                 r"(?P<from7>[A-ZÅÄÖ][^.;,]{1,80}?)(?:\s+(?:den\s+)?\d{1,4}[-/ ]\S*(?:\s+\d{4})?|\s+(?:i|den|som|för)\b.*|,.*)?\.?$",
         examples=(_ex("Ärendet är hänskjutet från PSO 2026-03-26.",
                       ("mandate", "PSO", "Samverkansgrupp äldre", "refers")),
                   _ex("Frågan om läkarmedverkan har hänskjutits från Styrgrupp Barnahus den 12 mars för beredning.",
                       ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "refers"))),
         counter_examples=("Ärendet är hänskjutet från en medborgare.",)),
    # "Arbetsutskottet har berett ärendet den 6 november 2025": the body that prepared the case for the body that met
    # proposes to it, as a nämnd's utskott or a fullmäktige's styrelse does
    Rule("prepared_the_case", "mandate", mandate="recommends", exclusive=False, triggers=("har berett",),
         # (not "… har berett ärendet och föreslår att fullmäktige …": whom it proposes to, the recommends rule reads)
         # ("Kommunstyrelsen har berett motionen och föreslår att den anses besvarad": what it proposes names no
         # body, so it proposes to the one that met)
         pattern=r"^(?P<from7>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+har\s+berett\s+(?:ärendet|frågan|förslaget|motionen|medborgarförslaget)\b"
                 r"(?![^.;]*\boch\s+(?:föreslår|rekommenderar)\b(?!\s+att\s+(?:den|det|motionen|medborgarförslaget|ärendet)\s))"
                 r"[^.;]*\.?$",
         examples=(_ex("Kommunstyrelsen har berett motionen och föreslår att den anses besvarad.",
                       ("mandate", "Kommunstyrelsen", "Kommunfullmäktige", "recommends"), body="Kommunfullmäktige"),
                   _ex("Socialnämndens arbetsutskott har berett ärendet den 6 november 2025.",
                       ("mandate", "Socialnämndens arbetsutskott", "Socialnämnden", "recommends"), body="Socialnämnden"),),
         counter_examples=("Förvaltningen har berett ärendet.", "Vi har berett ärendet.")),
    # "LVO har överlämnat ett förslag om gemensam finansiering …": a body's proposal handed in, told in the minutes of
    # the body it went to, which the sentence leaves unnamed
    Rule("handed_in_proposal", "mandate", mandate="refers", exclusive=False,
         triggers=("har överlämnat", "har lämnat över", "har skickat"),
         pattern=r"^(?P<from7>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+har\s+(?:överlämnat|lämnat\s+över|skickat)\s+(?:ett|sitt|en)\s+"
                 r"(?:förslag|ärende|underlag)\b(?![^.;]*\btill\s)[^.;]*\.?$",
         examples=(_ex("LVO har överlämnat ett förslag om en gemensam finansiering av mobila närvårdsteam från 2028.",
                       ("mandate", "LVO", "Politiskt samrådsorgan", "refers"), body="Politiskt samrådsorgan"),),
         counter_examples=("Eva Ek har överlämnat ett förslag om ny rutin.", "Vi har skickat ett förslag om ny rutin.")),
    # "LSVO har ställt sig bakom förslaget … och lyfter ärendet till PSVO": the body that stood behind it hands it
    # on, told in the minutes of the body it goes to
    Rule("behind_and_refers", "mandate", mandate="refers", exclusive=False,
         triggers=("sig bakom", "har godkänt", "har tillstyrkt", "ställde sig", "ställt sig", "ställer sig"),
         # ("LSVO ställde sig vid sitt sammanträde den 15 oktober bakom …": when, between "sig" and "bakom")
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;,]{1,60}?)\s+(?:(?:har\s+)?(?:ställt|ställde|ställer)\s+sig(?:\s+(?:vid|på|under|den|i)\s+"
                 r"[^.;]{1,60}?)?\s+bakom|har\s+godkänt|"
                 r"har\s+tillstyrkt)\s+[^.;]{2,160}?\s+och\s+(?:lyfter|lyfte|lämnar\s+över|lämnade\s+över|överlämnar|överlämnade|"
                 r"lämnar|lämnade)\s+"
                 r"(?:ärendet|frågan|förslaget|det|den)\s+(?:vidare\s+)?till\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+(?:för|inför|den|i)\b[^.;]*)?\.?$",
         examples=(_ex("Styrgrupp Barnahus har ställt sig bakom förslaget till nytt avtal och lyfter ärendet till "
                       "Samverkansgrupp äldre.", ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "refers"),
                       body="Samverkansgrupp äldre"),
                   _ex("Styrgrupp Barnahus ställde sig vid sitt sammanträde den 15 oktober 2027 bakom ett förslag till "
                       "reviderad rutin och överlämnade det till Samverkansgrupp äldre för beslut.",
                       ("mandate", "Styrgrupp Barnahus", "Samverkansgrupp äldre", "refers"), body="Samverkansgrupp äldre")),
         counter_examples=("Vi har ställt oss bakom förslaget.",
                           "Styrgrupp Barnahus ställde sig bakom förslaget och tackade arbetsgruppen.")),
    # the body that met wants a body above it to take a matter up: "Nätverket vill att Samverkansgrupp att åldras tar
    # upp bristen på …", "Gruppen önskar att Samverkansgrupp X lyfter …": the matter raised there
    Rule("wants_taken_up_by", "mandate", mandate="refers", exclusive=False, narrative_only=True,
         triggers=("vill att", "önskar att"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][\wåäöÅÄÖ/:-]*(?:\s+[\wåäöÅÄÖ/:-]+){0,5}?)\s+(?:vill|önskar)\s+att\s+"
                 r"(?P<to>[A-ZÅÄÖ][^.;,]{2,80}?)\s+(?:tar\s+upp|lyfter|behandlar|tar\s+ställning\s+till)\s+[^.;]+\.?$",
         examples=(_ex("Nätverket vill att Styrgrupp Barnahus tar upp bristen på läkarmedverkan i korttidsboenden.",
                       ("mandate", "MAS-nätverket", "Styrgrupp Barnahus", "refers"), body="MAS-nätverket"),
                   _ex("Gruppen önskar att Styrgrupp Barnahus lyfter kvällstillgängligheten i länet.",
                       ("mandate", "Lokal samverkansgrupp Åby", "Styrgrupp Barnahus", "refers"),
                       body="Lokal samverkansgrupp Åby")),
         # (what a body should be told is no matter raised there; a person's wish is no body's)
         counter_examples=("Nätverket vill att Styrgrupp Barnahus får en lägesbild.",
                           "Elin Borg önskar att Styrgrupp Barnahus tar upp frågan.")),
    # "arbetsgruppen för unga vuxna, som samverkansgrupp barn och unga inrättat på uppdrag av RLG": the body that set
    # the group up, told in a relative clause, works on the uppdrag of the one named after "på uppdrag av"
    Rule("set_up_on_uppdrag_of", "mandate", mandate="delegates", exclusive=False,
         triggers=("inrättat på uppdrag", "inrättade på uppdrag", "tillsatt på uppdrag", "tillsatte på uppdrag",
                   "bildat på uppdrag", "bildade på uppdrag"),
         pattern=r",?\s+som\s+(?P<to>[^,;.]{3,80}?)\s+(?:har\s+|hade\s+)?(?:inrättat|inrättade|tillsatt|tillsatte|bildat|bildade)\s+"
                 r"på\s+uppdrag\s+(?:av|från)\s+(?P<from>[^,;.]{2,80}?)(?=\s*[,;.]|\s+(?:och|har|i|under)\s|\s*$)",
         examples=(_ex("Eva informerade om att arbetsgruppen för SIP, som Styrgrupp Barnahus inrättat på uppdrag av "
                       "Ledningsgruppen för vård, har haft sitt första möte.",
                       ("mandate", "Ledningsgruppen för vård", "Styrgrupp Barnahus", "delegates"),
                       body="Beredningsgruppen Norrby"),),
         counter_examples=("Arbetsgruppen, som Eva Ek inrättat på uppdrag av sin chef, har träffats.",)),
    # "Vi kom överens om att be samverkansgruppen att ta upp boendestödet som en egen punkt", "Rådet ber styrgruppen
    # att lyfta frågan": a matter the body that met asks another body to take up, referred there
    Rule("asks_to_take_up", "mandate", mandate="refers", exclusive=False,
         triggers=("att be ", " ber ", " bad ", "be "),
         # (read as the meeting's decision, the clause opens with the verb: "be samverkansgruppen att ta upp …")
         pattern=r"^(?:(?P<from>[Vv]i|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:(?:kom\s+överens\s+om|enades\s+om|beslutade|bestämde)\s+att\s+be|"
                 r"ber|bad)|(?:att\s+)?[Bb]e)\s+(?P<to>[^.;,]{2,80}?)\s+(?:att\s+)?(?:ta\s+upp|lyfta|behandla|ta\s+ställning\s+till)\s+[^.;]+\.?$",
         examples=(_ex("Vi kom överens om att be Styrgrupp Barnahus att ta upp väntetiderna som en egen punkt.",
                       ("mandate", "Brukarrådet Norrby", "Styrgrupp Barnahus", "refers"), body="Brukarrådet Norrby"),
                   _ex("Nätverket ber Styrgrupp Barnahus att lyfta frågan om läkarstöd i länet.",
                       ("mandate", "MAS-nätverket", "Styrgrupp Barnahus", "refers"), body="MAS-nätverket"),
                   _ex("att be Styrgrupp Barnahus att ta upp väntetiderna som en egen punkt", decision=True,
                       facts=(("mandate", "Brukarrådet Norrby", "Styrgrupp Barnahus", "refers"),), body="Brukarrådet Norrby")),
         counter_examples=("Vi bad Eva Ek att ta upp frågan på sin arbetsplats.",
                           "Vi kom överens om att be alla att ta upp frågan hemma.")),
    # an uppdrag handed on by the body above, told as its act: "LVO överlämnade den 17 september uppdraget att kartlägga
    # X till samverkansgruppen": the body above delegates, the work is the task of the one it went to (no matter
    # referred for a decision)
    Rule("uppdrag_handed_to", "mandate", mandate="delegates", handler="_md_uppdrag_handed_to",
         triggers=("överlämnade uppdraget", "överlämnat uppdraget", "lämnade över uppdraget", "lämnat över uppdraget",
                   "överlämnade den", "överlämnade i"),
         examples=(_ex("LVO överlämnade den 17 september uppdraget att kartlägga hur tandvård når boende i LSS-bostäder "
                       "till samverkansgruppen.", body="Samverkansgrupp Funktionsnedsättning",
                       facts=(("mandate", "LVO", "Samverkansgrupp Funktionsnedsättning", "delegates"),
                              ("assignment", ["Samverkansgrupp Funktionsnedsättning"],
                               "kartlägga hur tandvård når boende i LSS-bostäder"))),
                   _ex("Styrgrupp Barnahus har överlämnat uppdraget att revidera rutinen till Arbetsgrupp SIP.",
                       body="Ledningsgruppen för samverkan",
                       facts=(("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"),))),
         counter_examples=("Eva Ek överlämnade den 17 september rapporten till samverkansgruppen.",)),
    Rule("refers", "mandate", mandate="refers", exclusive=False,
         triggers=("lyfts", "lämnar över", "lämna över", "överlämna", "hänskjut", "lämna förslaget", "lämna frågan",
                   "lämna ärendet", "lämnar förslaget", "lämnar frågan", "lämnar ärendet", "skickas vidare", "remittera",
                   "lyfter", "lyfta frågan", "lyfta ärendet", "har lyft frågan", "har lyft ärendet", "har lyft att",
                   "har lyft behovet", "har lyft problemet", "vidare till",
                   "lyft till", "eskaler", "lämnade", "har lämnat", "lämna det", "lämna den", "lämna dem", "lämnar det",
                   "tas upp i", "tas upp på", "tas upp vid", "tas upp med", "lämnas till", "lämnas vidare", "hemställ",
                   "förs till", "förs vidare", "tas upp till", "förs över till", "för över", "föra över", "förs upp till",
                   "lyfte det", "lyfte den", "lyfte ärendet", "lyfte frågan"),
         # "Ärendet har lyfts till samrådet av samordningsgruppen": the body after "av" referred it
         # "Elevhälsans medverkan i SIP, som styrgruppen lyft till ledningsgruppen": who raised the matter told
         # in a relative clause after it
         # "Ärendet har beretts av LSVO, som den 14 januari ställde sig bakom förslaget och lyfte det till PSVO": the
         # body that raised it the antecedent of the relative clause
         pattern=r"\b(?:av|från|i)\s+(?P<from3>[A-ZÅÄÖ][^.;:,]{1,60}?),\s+som\s+[^.;]{0,120}?\b(?:lyfte|har\s+lyft|"
                 r"överlämnade|har\s+överlämnat)\s+(?:det|den|dem|ärendet|frågan|förslaget)\s+(?:vidare\s+)?till\s+"
                 r"(?P<to14>[^.;,]+?)(?:\s+(?:för|den|inför|senast)\b.*)?$"
                 r"|(?:^|,\s*|\b(?:ärendet|frågan|förslaget)\s+)som\s+(?P<from8>[a-zåäö]*(?:gruppen|rådet|nämnden|utskottet)|[A-ZÅÄÖ][^.;,]{2,60}?)\s+"
                 r"(?:har\s+|hade\s+)?(?:lyft|lämnat\s+över|överlämnat)\s+(?:vidare\s+)?till\s+(?P<to8>[^.;,:]+?)(?:[,:].*)?$"
                 r"|^(?:[Ff]rågan|[Ää]rendet|[Ff]örslaget|[Ss]aken)\b[^.;]{0,120}?\s+(?:har|hade)\s+(?:lyfts|överlämnats|"
                 r"hänskjutits|skickats)\s+(?:vidare\s+)?till\s+(?P<to6>[^.;,]+?)\s+av\s+(?P<from5>[^.;,]+?)(?:,.*)?$"
                 # "Frågan om elevhälsans roll har styrgruppen lyft vidare till X": the question first, then who
                 r"|^(?:[Ff]rågan|[Ää]rendet)\b[^.;]{0,120}?\s+har\s+(?P<from6>[a-zåäö]*(?:gruppen|rådet|nämnden|utskottet)|"
                 r"[A-ZÅÄÖ][^.;,]{2,60}?)\s+(?:lyft|lämnat\s+över|överlämnat)\s+(?:vidare\s+)?(?:frågan\s+)?till\s+"
                 r"(?P<to7>[^.;,]+?)(?:,.*|\s+(?:den|senast|inför|för\s+(?:beslut|ställningstagande|kännedom))\b.*)?$"
                 # "Arbetsgruppen har lyft frågan om …" in the minutes of the body above it: referred here
                 # (also "… har lyft att läkemedelslistor saknas", "… har lyft behovet av …": what it raised told outright)
                 # (a "till" that names no body is part of what was raised: "… lyft frågan om väntetider till utredning")
                 r"|^(?P<from7>[A-ZÅÄÖ][^.;,]{2,80}?)\s+har\s+lyft\s+(?:frågan|ärendet|att|behovet|problemet)\b"
                 r"(?![^.;]*\btill\s+(?:[A-ZÅÄÖ]|[a-zåäö]*(?:gruppen|rådet|nämnden|utskottet|nätverket|teamet|styrelsen|"
                 r"ledningen|organet|beredningen)\b))[^.;]*$"
                 # (what "har lyfts till" a body is told as done, by whom the sentence does not say)
                 # ("Nomineringen överlämnas till RLG för beslut": a nomination handed on for the body above to decide)
                 # ("att finansieringen av mobilt team förs vidare till X för ställningstagande": the matter of money
                 # the body cannot settle, by its noun)
                 r"|(?:^|\b)(?:[Ff]rågan|[Ff]rågorna|[Ää]rendet|[Ää]rendena|[Ff]örslaget|[Ss]aken|[Nn]ominering(?:en|arna)"
                 r"|[Ff]inansieringen|[Kk]ostnadsfördelningen"
                 # ("Gruppen ställde sig bakom förslaget. Det lyfts till LSVO för beslut": the matter by a pronoun)
                 r"|(?<![A-Za-zÅÄÖåäö])Det(?=\s+(?:lyfts|överlämnas|skickas)\s+(?:vidare\s+)?till\s+[A-ZÅÄÖ])"
                 # ("Det är en fråga för fler kommuner än X och överlämnas därför till Samverkansgrupp Äldre": the matter
                 # called a question, the passive after "och")
                 r"|(?<![A-Za-zÅÄÖåäö])Det\s+är\s+en\s+(?:fråga|sak)(?=[^.;]{0,100}?\s+och\s+(?:lyfts|överlämnas|skickas)\s+"
                 r"(?:därför\s+|därmed\s+)?(?:vidare\s+)?till\s+[A-ZÅÄÖ]))"
                 r"\b[^.;]{0,120}?(?<!\bhar)(?<!\bhade)\s+"
                 # ("… föreslår att frågan tas upp i Samverkansgrupp X i januari": raised where it is to be taken up)
                 # ("Frågan om placerade barn lämnas till ledningsgruppen": handed up as the others are)
                 rf"(?:(?:lyfts|överlämnas|hänskjuts|skickas|eskaleras|lämnas|remitteras|förs)\s+(?:därför\s+|därmed\s+|nu\s+)?(?:vidare\s+|över\s+|upp\s+)?till|tas\s+upp\s+(?:i|på|vid)(?=\s+[A-ZÅÄÖ])"
                 # ("Frågan tas upp till Samverkansgrupp X, som …": raised to the body above, named; not "till diskussion")
                 r"|tas\s+upp\s+till(?=\s+(?:[A-ZÅÄÖ]|[a-zåäö]*(?:gruppen|rådet|nämnden|utskottet)\b))"
                 # ("… ligger utanför projektets budget och tas upp med styrgruppen i augusti": raised with the body)
                 r"|tas\s+upp\s+med(?=\s+(?:[A-ZÅÄÖ]|[a-zåäö]*(?:gruppen|rådet|nämnden|utskottet)\b)))"
                 rf"\s+(?P<to>[^.;,]+?){_REFERRED_TO_END}"
                 # "Elin lyfter frågan i Samverkansgrupp X och till processteamet": raised in the body named
                 # "(att) hemställa hos kommunstyrelsen om finansiering": a request to the body above to decide
                 r"|(?:^|\batt\s+)hemställ(?:a|er|de)\s+(?:hos|till)\s+(?P<to11>[^.;,]+?)\s+(?:om|att)\b.*$"
                 # "att till förbundsfullmäktige överlämna förslaget till medlemsavgifter": the body first, as a
                 # protocol's att-clause may put it
                 r"|(?:^|\batt\s+)till\s+(?P<to12>[a-zåäöA-ZÅÄÖ][^.;,]{1,60}?)\s+(?:överlämna|lämna\s+över|hänskjuta|remittera)\s+"
                 r"(?:frågan|ärendet|förslaget|underlaget|motionen)\b.*$"
                 r"|\blyfter\s+(?:frågan|ärendet)\s+i\s+(?P<to10>[A-ZÅÄÖ][^.;,]+?)(?=\s+och\s+(?:till|i)\b|\s*[.;,]|\s*$)"
                 # ("Vi för över ärendet om X till samverkansgruppen": carried over to the body named)
                 # ("Ledningsgruppen beslöt att hänskjuta frågan till Politiskt samråd X": handed up to decide)
                 r"|(?:lämnar\s+över|lämna\s+över|överlämnar|överlämna|remitterar|remittera|hänskjuter|hänskjuta|lyfter|eskalerar|eskalera|(?:(?<=att\s)|^)lyfta(?=\s+(?:frågan|ärendet))"
                 r"|(?:för|föra)\s+över(?=\s+(?:frågan|ärendet|frågorna|ärendena)\b)"
                 # "Samverkansgruppen lämnar frågan vidare till RLG"
                 r"|(?:lämnar|skickar|tar)(?=\s+(?:frågan|ärendet|förslaget)\b[^.;]{0,120}?\s+vidare\s+till\b))"
                 # an answer to a remiss sent back is no mandate ("överlämna yttrandet till kommunstyrelsen")
                 r"(?!\s+(?:sitt\s+|ett\s+)?(?:yttrande|remissvar|svar)\w*\b)"
                 # ("… frågan om sänkt hastighet till 30 km/tim … till nämnden": a number after "till" is no body)
                 # ("frågan om stöd till biblioteken till regionstyrelsen": the body after the last "till")
                 rf"\s+(?:[^.;]{{0,120}}?\s+)?till\s+(?!\d)(?P<to2>(?:(?!{_TILL_BODY})[^.;,])+?){_REFERRED_TO_END}"
                 # "Projektgruppen har lyft frågan om … till samverkansgruppen": a body below refers it here
                 r"|^(?P<from>[A-ZÅÄÖ][^.;,]{2,80}?)\s+har\s+lyft\s+(?:frågan|ärendet)\b[^.;]{0,120}?\s+till\s+"
                 rf"(?P<to3>[^.;,]+?){_REFERRED_TO_END}"
                 # "(att) lämna förslaget till Styrgrupp X för beslut": the body that met hands it on for decision
                 # (the proposal by a pronoun after the decision to stand behind it: "… och att lämna det till PSO för beslut")
                 # ("Rådet lämnar frågan om X till RLG för beredning": the body that met, named, hands it on; "lämna frågan
                 # till RLG och till styrgruppen": a question left to a body is referred to it, whatever for)
                 # ("… lämnar frågan till kommundirektörsgruppen, som tar fram ett förslag": work handed down, read as
                 # the task it is)
                 r"|(?:^|\batt\s+|^(?P<from9>[A-ZÅÄÖ][^.;,]{1,60}?)\s+)lämna(?:r)?\s+(?![^.;]*,\s*som\s)(?:(?:frågan|ärendet|frågorna|ärendena)"
                 r"(?:\s+(?:om|kring|gällande|rörande)\s+[^.;]{2,120}?)?\s+(?:vidare\s+)?till\s+(?P<to13>[^.;,]+?)"
                 rf"(?:\s+för\s+(?:beslut|ställningstagande|beredning|fastställande|godkännande|hantering)\b.*)?{_REFERRED_TO_END}"
                 r"|(?:förslaget|underlaget|det|den|dem)\s+(?:vidare\s+)?till\s+(?P<to9>[^.;,]+?)"
                 r"\s+för\s+(?:beslut|ställningstagande)\b.*$)"
                 # "Regional ledningsgrupp X överlämnade rutinen till rådet den 16 oktober": another body referred it
                 # (also "… lämnade i september sitt förslag om X till styrgruppen för beslut": a proposal handed on to decide)
                 r"|^(?P<from4>[A-ZÅÄÖ][^.;,]{2,80}?)\s+(?:överlämnade|har\s+överlämnat|lämnade\s+över|har\s+lämnat\s+över"
                 r"|(?:lämnade|har\s+lämnat)(?=[^.;]{0,80}?\bförslag[^.;]*\bför\s+(?:beslut|ställningstagande)\b))\s+"
                 # ("… förslaget till regional handlingsplan för X till ledningsgruppen": what the proposal is
                 # for after its first "till", the body it went to after the second)
                 r"(?:[^.;]{0,80}?\bförslaget\s+till\s+[a-zåäö][^.;]{0,80}?\s+(?=till\s)|[^.;]{0,120}?\s*)"
                 rf"till\s+(?P<to5>[^.;,]+?){_REFERRED_TO_END}",
         examples=(# handed to the styrelse of each region, the regions listed after the organs' plural
                   _ex("ställa sig bakom förslaget och överlämna det till regionstyrelserna i Region Norrby, Region Åsen och "
                       "Region Västmo för fastställande", decision=True, body="Samverkansnämnden",
                       facts=(("mandate", "Samverkansnämnden", "Regionstyrelsen i Region Norrby", "refers"),
                              ("mandate", "Samverkansnämnden", "Regionstyrelsen i Region Västmo", "refers"))),
                   _ex("Det är en fråga för fler kommuner än Åby och överlämnas därför till Samverkansgrupp Äldre.",
                       body="Arbetsgrupp trygg hemgång Åby",
                       facts=(("mandate", "Arbetsgrupp trygg hemgång Åby", "Samverkansgrupp Äldre", "refers"),)),
                   # a matter put on the agenda of the body above: "Frågan om X förs upp till RLG"
                   _ex("Frågan om gemensam växelvårdsenhet förs upp till Styrgrupp Barnahus.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # who raised it told in a relative clause after "beretts av"
                   _ex("Ärendet har beretts av LSVO, som den 14 januari ställde sig bakom förslaget och lyfte det till "
                       "PSVO för beslut.", ("mandate", "LSVO", "PSVO", "refers"), body="PSVO"),
                   # a piece of work handed over to the body that does it, which reports back: a delegation
                   _ex("Beslöts att överlämna framtagandet av ett utkast till Arbetsgrupp SIP, som återrapporterar till "
                       "samverkansgruppen i maj.", ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates"),
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "refers"),
                       ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to")),
                   # a speed limit in the question handed on: the body after the second "till"
                   _ex("att överlämna frågan om sänkt hastighet till 30 km/tim på Skolgatan till samhällsbyggnadsnämnden "
                       "för beslut,", ("mandate", "Samverkansgrupp äldre", "Samhällsbyggnadsnämnden", "refers"), decision=True),
                   # what the matter is about says "till" too: the body after the last "till" before it
                   _ex("att överlämna frågan om förstärkt stöd till länets folkbibliotek till regionstyrelsen för beslut i "
                       "budgetberedningen,", ("mandate", "Kulturnämnden", "regionstyrelsen", "refers"), decision=True,
                       body="Kulturnämnden"),
                   # the body first in a protocol's att-clause
                   _ex("att till Styrgrupp Barnahus överlämna förslaget till medlemsavgifter.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers"), decision=True),
                   # a question handed on to be prepared: the body it goes to prepares it
                   # handed up in the plainest verb
                   _ex("Frågan om placerade barn lämnas till Styrgrupp Barnahus.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # handed on for a piece of work: the body it goes to does it
                   _ex("Styrgruppen beslöt att frågan lämnas till Samverkansgrupp äldre för planering av införandet.",
                       ("mandate", "Styrgrupp Nära vård", "Samverkansgrupp äldre", "refers"),
                       ("assignment", ["Samverkansgrupp äldre"], "planera införandet"), body="Styrgrupp Nära vård"),
                   # what a body below raised, told outright in the minutes of the body above it
                   _ex("Lokal samverkansgrupp Norrby har lyft att läkemedelslistor saknas vid hemgång från akuten.",
                       ("mandate", "Lokal samverkansgrupp Norrby", "Samverkansgrupp äldre", "refers")),
                   _ex("Frågan om gemensam finansiering av konsultationstiden lyfts till Styrgrupp Barnahus för beredning.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers"),
                       ("assignment", ["Styrgrupp Barnahus"], "bereda frågan om gemensam finansiering")),
                   _ex("Nätverket nominerar Elin Borg som ny representant. Nomineringen överlämnas till Styrgrupp Barnahus för beslut.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers"), roster=_ROSTER),
                   # a clause of its own after ", och", the body its subject
                   _ex("Arbetsgruppen har påtalat att det varit svårt att bemanna, och Styrgrupp Nära vård har lyft frågan "
                       "om en gemensam planering till samrådet.", body="Politiskt samråd Nära vård Norrby",
                       facts=(("mandate", "Styrgrupp Nära vård", "Politiskt samråd Nära vård Norrby", "refers"),)),
                   # to two nämnder, each of its huvudman
                   _ex("Förslaget överlämnas till socialnämnden i Åby och välfärdsnämnden i Ekå för beslut.",
                       ("mandate", "Regional ledningsgrupp", "socialnämnden i Åby", "refers"),
                       ("mandate", "Regional ledningsgrupp", "välfärdsnämnden i Ekå", "refers"), body="Regional ledningsgrupp"),
                   # one nämnd whose name holds "och": no second one
                   _ex("Förslaget överlämnas till vård- och omsorgsnämnden för beslut.",
                       ("mandate", "Regional ledningsgrupp", "vård- och omsorgsnämnden", "refers"), body="Regional ledningsgrupp"),
                   # the proposal named with what it is for, before the body it went to
                   _ex("Styrgrupp Barnahus har överlämnat förslaget till regional handlingsplan för suicidprevention "
                       "till ledningsgruppen.", ("mandate", "Styrgrupp Barnahus", "Regional ledningsgrupp", "refers"),
                       body="Regional ledningsgrupp"),
                   # the result of the body's own task handed on is reporting, not a question referred
                   _ex("godkänna inventeringen och överlämna den till Kommunstyrelsen", decision=True, body="Valnämnden",
                       facts=(("mandate", "Valnämnden", "Kommunstyrelsen", "reports_to"),)),
                   _ex("godkänna kartläggningen och överlämna den till Socialnämnden", decision=True, body="Valnämnden",
                       facts=(("mandate", "Valnämnden", "Socialnämnden", "reports_to"),)),
                   _ex("ställa sig bakom förslaget\nlämna det till PSO för beslut om rekommendation till huvudmännen",
                       decision=True, body="Ledningsgrupp vård",
                       facts=(("mandate", "Ledningsgrupp vård", "PSO", "refers"),)),
                   _ex("Styrgrupp Nära vård har reviderat rutinen. Elevhälsans medverkan i SIP, som styrgruppen lyft till "
                       "ledningsgruppen: underlaget redovisades.",
                       ("mandate", "Styrgrupp Nära vård", "Ledningsgruppen för samverkan", "refers"),
                       body="Ledningsgruppen för samverkan"),
                   _ex("Styrgruppen lyfter frågan till RLG:s möte i oktober.",
                       ("mandate", "Styrgrupp Nära vård", "RLG", "refers"), body="Styrgrupp Nära vård"),
                   # escalated, in the passive and the active
                   _ex("Frågan eskaleras till RLG.", ("mandate", "Styrgrupp Nära vård", "RLG", "refers"),
                       body="Styrgrupp Nära vård"),
                   _ex("Styrgruppen eskalerar ärendet till RLG för beslut.",
                       ("mandate", "Styrgrupp Nära vård", "RLG", "refers"), body="Styrgrupp Nära vård"),
                   # a decision of the running text, its verb in the infinitive
                   _ex("lämna över frågan om finansiering till RLG för ställningstagande", decision=True,
                       body="Samverkansgrupp äldre", facts=(("mandate", "Samverkansgrupp äldre", "RLG", "refers"),)),
                   # the body that met as "vi", the one it goes to before a dash and another clause
                   _ex("Vi rapporterar till Samordningsgruppen Vårdsamverkan Södra. Frågan lyfter vi till "
                       "samordningsgruppen – Wilma tar med den till mötet 21 november.",
                       ("mandate", "Lokal närvårdsgrupp Lövsta", "Samordningsgruppen Vårdsamverkan Södra", "refers"),
                       body="Lokal närvårdsgrupp Lövsta"),
                   _ex("lämna förslaget till Styrgrupp Nära vård för beslut", decision=True,
                       body="Lokala närvårdsrådet i Strandvik",
                       facts=(("mandate", "Lokala närvårdsrådet i Strandvik", "Styrgrupp Nära vård", "refers"),)),
                   # raised in a body named, by a member for the body that met
                   _ex("Elin Borg lyfter frågan i Styrgrupp Nära vård och till processteamet.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "refers"), body="Arbetsgrupp SIP", roster=_ROSTER),
                   # raised where it is to be taken up
                   _ex("Teamet föreslår att frågan tas upp i Styrgrupp Nära vård i januari.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "refers"), body="Arbetsgrupp SIP"),
                   # raised with the body that gave the work, a matter beyond its own budget
                   _ex("Frågan om bemanning ligger utanför projektets budget och tas upp med Styrgrupp Nära vård i augusti.",
                       ("mandate", "Projektgrupp hemgång", "Styrgrupp Nära vård", "refers"), body="Projektgrupp hemgång"),
                   # a request to the body above to decide what the nämnd cannot, and the matter told as raised there
                   _ex("hemställa hos kommunstyrelsen om finansiering av två SIP-koordinatorer från och med 2027",
                       ("mandate", "Socialnämnden", "kommunstyrelsen", "refers"), body="Socialnämnden", decision=True),
                   _ex("Kostnaden ryms inte i budgeten och ärendet lyfts därför till kommunstyrelsen i frågan om finansiering.",
                       ("mandate", "Socialnämnden", "kommunstyrelsen", "refers"), body="Socialnämnden"),
                   # the proposal just agreed to, handed on by a pronoun
                   _ex("Gruppen ställde sig bakom förslaget. Det lyfts till Styrgrupp Barnahus för beslut i maj.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   _ex("att finansieringen av mobilt närvårdsteam förs vidare till Politiskt samråd Österland för "
                       "ställningstagande", ("mandate", "Regional ledningsgrupp Norrby", "Politiskt samråd Österland", "refers"),
                       body="Regional ledningsgrupp Norrby", decision=True),
                   # "förs vidare": what the body cannot settle carried on to the body above
                   _ex("Frågan om finansiering av fler platser kan inte avgöras av styrgruppen och förs vidare till LSVO "
                       "för ställningstagande.", ("mandate", "Styrgrupp Barnahus", "LSVO", "refers"), body="Styrgrupp Barnahus"),
                   _ex("Frågan lyfts till Styrgrupp Nära vård den 19 mars.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "refers"), body="Arbetsgrupp SIP"),
                   _ex("Ärendet har lyfts till Politiskt samråd Österland av Styrgrupp Barnahus, som inte har kunnat enas.",
                       ("mandate", "Styrgrupp Barnahus", "Politiskt samråd Österland", "refers"),
                       body="Politiskt samråd Österland"),
                   _ex("Frågan om elevhälsans roll i SIP har Styrgrupp Nära vård lyft vidare till Regional ledningsgrupp Norrby.",
                       ("mandate", "Styrgrupp Nära vård", "Regional ledningsgrupp Norrby", "refers"), body="Arbetsgrupp SIP"),
                   _ex("Elin redovisade hur Arbetsgrupp SIP lagt upp arbetet. Arbetsgruppen har lyft frågan om hur "
                       "elevhälsan ska ingå i rutinen.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "refers"),)),
                   _ex("Lokal samverkansgrupp Åby har lyft frågan om väntetider till neuropsykiatrisk utredning för vuxna.",
                       body="Samverkansgrupp äldre",
                       facts=(("mandate", "Lokal samverkansgrupp Åby", "Samverkansgrupp äldre", "refers"),)),
                   # the reason after a comma is no part of the body's name
                   _ex("Frågan om finansiering lyfts vidare till RLG, då den gäller alla huvudmän.",
                       ("mandate", "Samverkansgrupp äldre", "RLG", "refers")),
                   _ex("Samverkansgruppen lämnar frågan vidare till Regional ledningsgrupp Norrby.",
                       ("mandate", "Samverkansgrupp äldre", "Regional ledningsgrupp Norrby", "refers")),
                   _ex("Samverkansgruppen tar frågan vidare till Regional ledningsgrupp Norrby.",
                       ("mandate", "Samverkansgrupp äldre", "Regional ledningsgrupp Norrby", "refers")),
                   # what the body stands behind it lifts to the body above for its decision
                   _ex("Styrgruppen ställer sig bakom planen och lyfter den till Ledningsgruppen för hälsa och välfärd "
                       "i Västbo för beslut.", body="Styrgruppen för psykisk hälsa",
                       facts=(("mandate", "Styrgruppen för psykisk hälsa", "Ledningsgruppen för hälsa och välfärd i Västbo",
                               "refers"),)),
                   _ex("Gruppen lämnar över frågan om finansiering till Styrgrupp Äldre för ställningstagande.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Äldre", "refers")),
                   _ex("Samverkansgruppen beslutar att lyfta frågan om kostnadsfördelning till Styrgrupp Äldre för beslut.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Äldre", "refers")),
                   _ex("lyfta frågan om kostnadsfördelning till Styrgrupp Äldre för beslut", decision=True,
                       facts=(("mandate", "Samverkansgrupp äldre", "Styrgrupp Äldre", "refers"),)),
                   _ex("Uppdraget kommer från Regionalt politiskt samråd Norrby. Gruppen beslutar att lyfta frågan "
                       "om budgeten till det regionala politiska samrådet i juni.",
                       ("mandate", "Samverkansgrupp äldre", "Regionalt politiskt samråd Norrby", "refers")),
                   _ex("överlämna frågan till LVO för beredning", decision=True, body="Politiskt samrådsorgan",
                       facts=(("mandate", "Politiskt samrådsorgan", "LVO", "refers"),)),
                   _ex("hänskjuta frågan till Politiskt samråd Nära vård Norrby den 26 oktober", decision=True,
                       body="Ledningsgruppen för samverkan i Norrby",
                       facts=(("mandate", "Ledningsgruppen för samverkan i Norrby", "Politiskt samråd Nära vård Norrby",
                               "refers"),)),
                   # a beredning hands a case on with its own proposal: it recommends
                   _ex("Beredningen beslutar att överlämna ärendet till hälso- och sjukvårdsnämnden med eget förslag "
                       "till beslut enligt ovan.", body="Beredningen för nära vård",
                       facts=(("mandate", "Beredningen för nära vård", "hälso- och sjukvårdsnämnden", "recommends"),)),
                   _ex("Regional ledningsgrupp Österland överlämnade rutinen till rådet den 16 oktober.",
                       ("mandate", "Regional ledningsgrupp Österland", "Politiskt samråd Österland", "refers"),
                       body="Politiskt samråd Österland"),
                   _ex("Lokala närvårdsrådet i Åby lämnade i september sitt förslag om gemensamma hembesök till "
                       "styrgruppen för beslut.", ("mandate", "Lokala närvårdsrådet i Åby", "Styrgrupp Nära vård", "refers"),
                       body="Styrgrupp Nära vård", roster=("Eva Lund, Åby kommun",)),
                   # a motion sent to the styrelse for preparation
                   _ex("remittera motionen till kommunstyrelsen för beredning", decision=True, body="Kommunfullmäktige",
                       facts=(("mandate", "Kommunfullmäktige", "kommunstyrelsen", "refers"),)),
                   # sent on remiss in the passive, as a decision of the body that met: to each nämnd named
                   _ex("Frågan remitteras till Styrgrupp Barnahus för beredning.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   _ex("Förslaget till policy remitteras till socialnämnden och barn- och utbildningsnämnden för yttrande "
                       "senast den 28 februari 2026.", decision=True, body="Kommunstyrelsens välfärdsutskott",
                       facts=(("mandate", "Kommunstyrelsens välfärdsutskott", "socialnämnden", "refers"),
                              ("mandate", "Kommunstyrelsens välfärdsutskott", "barn- och utbildningsnämnden", "refers"))),
                   _ex("Nämnden överlämnar ärendet till kommunfullmäktige.",
                       ("mandate", "Socialnämnden", "kommunfullmäktige", "refers"), body="Socialnämnden"),
                   _ex("Anna Lund redovisade läget i Projektgrupp mobilt team. Projektgruppen har lyft frågan om "
                       "finansiering av teamets besök i Tallvik till samverkansgruppen.",
                       ("mandate", "Projektgrupp mobilt team", "Samverkansgrupp äldre", "refers")),
                   # passed on by the first body it goes to: "… och vidare till kommunfullmäktige"
                   _ex("Individutskottet överlämnar rapporten till vård- och omsorgsnämnden och vidare till kommunfullmäktige.",
                       ("mandate", "Vård- och omsorgsnämndens individutskott", "vård- och omsorgsnämnden", "reports_to"),
                       ("mandate", "vård- och omsorgsnämnden", "kommunfullmäktige", "reports_to"),
                       body="Vård- och omsorgsnämndens individutskott"),
                   _ex("Nämnden godkänner rapporten och överlämnar den till kommunfullmäktige.",
                       ("mandate", "Socialnämnden", "kommunfullmäktige", "reports_to"), body="Socialnämnden"),
                   # a question left by the body that met, named, for the other to prepare
                   _ex("Rådet lämnar frågan om gemensam hjälpmedelsverksamhet till Regionala ledningsgruppen för beredning.",
                       ("mandate", "Politiskt samverkansråd", "Regionala ledningsgruppen", "refers"),
                       body="Politiskt samverkansråd"),
                   # carried over to the body named, in the passive and by the body that met
                   _ex("Ärendet om korttidsplatser förs över till Styrgrupp Barnahus.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   _ex("Vi för över ärendet om korttidsplatser till Styrgrupp Barnahus.",
                       ("mandate", "Samverkansgrupp äldre", "Styrgrupp Barnahus", "refers")),
                   # questions in the plural, to two bodies
                   _ex("Frågorna om suicidprevention och beroendevård lyfts till Regionala ledningsgruppen och till "
                       "Styrgruppen för psykisk hälsa.", ("mandate", "Samverkansgrupp äldre", "Regionala ledningsgruppen", "refers"),
                       ("mandate", "Samverkansgrupp äldre", "Styrgruppen för psykisk hälsa", "refers")),
                   _ex("lämna frågan om gemensam hjälpmedelsverksamhet till Regionala ledningsgruppen och till Styrgruppen "
                       "för psykisk hälsa", decision=True, body="LSVO",
                       facts=(("mandate", "LSVO", "Regionala ledningsgruppen", "refers"),
                              ("mandate", "LSVO", "Styrgruppen för psykisk hälsa", "refers")))),
         counter_examples=(# a plan handed over only to be known there: no matter referred
                           "Gruppen godkänner verksamhetsplanen och överlämnar den till Styrgrupp Barnahus för kännedom.",
                           "Rådet lämnar frågan öppen till nästa möte.", "Anna för över pengarna till kontot.",
                           "Finansieringen förs över till nästa budgetår.",
                           "Ägarsamrådet lämnar frågan till Kommundirektörsgruppen, som tar fram ett förslag.",
                           "att överlämna yttrandet till kommunstyrelsen", "Remissvaret skickas till Socialstyrelsen.",
                           "Rådet ställer sig bakom synpunkterna och överlämnar dem till socialnämnden.",
                           # a point raised is no question referred
                           "Sara lyfter att det behövs mer stöd till anhöriga.",
                           "Rådet lämnade sin årsrapport till kommunstyrelsen i mars.",
                           "Anna lyfter behovet av stöd till skolorna i Almby kommun.",
                           "Vi behöver lyfta frågan till en högre nivå.",
                           "Frågan tas upp i samband med budgeten.")),
    # a council's standing duty: "Rådet arbetar på uppdrag av kommunstyrelsen och ska lämna förslag till
    # kommunstyrelsen om …": it proposes to that body
    Rule("proposes_to", "mandate", mandate="recommends", exclusive=False, triggers=("förslag till",),
         pattern=r"^(?P<from>(?:[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|nämnden|beredningen|forumet)|Rådet|Gruppen|Forumet|Nämnden)"
                 r"(?:\s+[^\s.;:,]+){0,3}?)\s+(?:[^.;:]{2,140}?\s+och\s+)?(?:(?:ska|skall)\s+)?(?:lämna|lämnar|komma\s+med|"
                 r"kommer\s+med)\s+förslag\s+till\s+(?P<to>[a-zåäö]*(?:styrelsen|nämnden|fullmäktige)|[A-ZÅÄÖ][^.;:,]{1,60}?)"
                 r"(?:\s+(?:om|kring|inom|på|i)\b.*)?$",
         examples=(_ex("Rådet arbetar på uppdrag av kommunstyrelsen och ska lämna förslag till kommunstyrelsen om hur "
                       "nyanlända ska få information.", body="Integrationsrådet",
                       facts=(("mandate", "Integrationsrådet", "kommunstyrelsen", "recommends"),)),),
         counter_examples=("Kansliet ska lämna förslag till nästa möte.",
                           "Rådet fick ett förslag till yttrande.")),
    # a recommendation told after the fact, in a relative clause of what was recommended or in the passive:
    # "… överenskommelsen, som Ledningsgruppen X i oktober rekommenderade kommunerna att anta", "Överenskommelsen
    # … rekommenderas av Politiskt samverkansråd för antagande hos samtliga huvudmän"
    Rule("recommended_before", "mandate", mandate="recommends", exclusive=False,
         triggers=("rekommenderade", "rekommenderat", "rekommenderas av"),
         pattern=r",\s*som\s+(?P<from>[A-ZÅÄÖ][^.;,]{2,80}?)\s+(?:" + _WHEN_BEFORE + r"\s+)?(?:har\s+|hade\s+)?"
                 r"(?:rekommenderade|rekommenderat)\s+(?P<to>[^.;,]{2,60}?)\s+att\s+(?:anta|besluta|godkänna|tillämpa|"
                 r"införa|ställa\s+sig\s+bakom)\b"
                 r"|\brekommenderas\s+(?:nu\s+)?av\s+(?P<from2>[A-ZÅÄÖ][^.;,]{2,80}?)\s+för\s+(?:antagande|beslut|"
                 r"godkännande)\s+(?:hos|i|av)\s+(?P<to2>[^.;,]{2,60}?)\s*(?:[.;]|$)",
         examples=(_ex("Riktlinjen har arbetats om efter den regionala överenskommelsen, som Ledningsgruppen för vård och "
                       "omsorg i Norrby i oktober rekommenderade kommunerna att anta.", body="Socialnämnden",
                       facts=(("mandate", "Ledningsgruppen för vård och omsorg i Norrby", "kommunerna", "recommends"),)),
                   _ex("Överenskommelsen har tagits fram i Samverkansgrupp äldre och rekommenderas av Politiskt "
                       "samverkansråd för antagande hos samtliga huvudmän.", body="Socialnämnden",
                       facts=(("mandate", "Politiskt samverkansråd", "samtliga huvudmän", "recommends"),))),
         counter_examples=("Riktlinjen, som Eva Ek rekommenderade oss att läsa, diskuterades.",
                           "Överenskommelsen rekommenderas av många.")),
    # another body's recommendation told in the perfect, subject first: "LSVO har den 14 mars 2031 rekommenderat PSVO
    # att ställa sig bakom den reviderade överenskommelsen"
    Rule("has_recommended", "mandate", mandate="recommends", exclusive=False, triggers=("rekommenderat",),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:har|hade)\s+(?:(?:den\s+)?\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?\s+|"
                 r"i\s+[a-zåäö]+(?:\s+\d{4})?\s+|\d{4}-\d\d-\d\d\s+|tidigare\s+)?rekommenderat\s+(?P<to>[A-ZÅÄÖ][^.;:,]{1,60}?|"
                 r"kommunerna|huvudmännen|[a-zåäö]*(?:rådet|gruppen|nämnden|organet))\s+att\s+(?:anta|besluta|godkänna|"
                 r"tillämpa|införa|fastställa|ställa\s+sig\s+bakom)\b",
         examples=(_ex("LSVO har den 14 mars 2031 rekommenderat PSVO att ställa sig bakom den reviderade överenskommelsen.",
                       body="Politiskt samverkansråd", facts=(("mandate", "LSVO", "PSVO", "recommends"),)),
                   _ex("Ledningsgrupp Åsen har i oktober rekommenderat Politiskt samråd Åsen att anta riktlinjen.",
                       body="Politiskt samråd Åsen",
                       facts=(("mandate", "Ledningsgrupp Åsen", "Politiskt samråd Åsen", "recommends"),))),
         counter_examples=("Eva Ek har rekommenderat oss att läsa rapporten.",
                           "LSVO har rekommenderat PSVO en ny tid för mötet.")),
    # a body's own approval told with its handing on: "LSVO har godkänt den reviderade överenskommelsen och
    # överlämnat den till PSVO"
    Rule("approved_and_handed_on", "mandate", mandate="refers", exclusive=False, triggers=("överlämnat", "lämnat över"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:har|hade)\s+(?:godkänt|fastställt|antagit|behandlat|"
                 r"ställt\s+sig\s+bakom)\s+[^.;:]{2,200}?\s+och\s+(?:överlämnat|lämnat\s+över)\s+(?:den|det|dem|denna|"
                 r"detta|dessa)\s+(?:vidare\s+)?till\s+(?P<to>[A-ZÅÄÖ][^.;:,]{1,60}?)(?=\s*[.;,]|\s+(?:för|med|i|den)\b|\s*$)",
         examples=(_ex("LSVO har godkänt den reviderade överenskommelsen om samverkan och överlämnat den till PSVO.",
                       body="Politiskt samverkansråd", facts=(("mandate", "LSVO", "PSVO", "refers"),)),),
         counter_examples=("Eva Ek har godkänt fakturan och överlämnat den till ekonomen.",
                           "LSVO har godkänt planen och överlämnat den.")),
    # a plan sent to the huvudmän to adopt: "att översända planen till medlemskommunerna Åby, Ekå och Ås med
    # rekommendation att anta den"
    Rule("sent_with_recommendation", "mandate", mandate="recommends", exclusive=False, triggers=("med rekommendation",),
         pattern=r"^(?:att\s+)?(?:översända|överlämna|skicka|översänder|överlämnar|skickar)\s+[^.;]{2,80}?\s+till\s+"
                 r"(?:medlems|samtliga\s+|alla\s+)?(?P<to>[^.;]{3,120}?)\s+med\s+(?:en\s+)?rekommendation(?:\s+till\s+(?:dem|dessa))?"
                 r"\s+att\s+(?:anta|godkänna|fastställa|besluta|ställa\s+sig\s+bakom)\b.*$",
         examples=(_ex("översända planen till medlemskommunerna Åby, Ekå och Ås med rekommendation att anta den",
                       ("mandate", "Förbundsdirektionen", "Åby kommun", "recommends"),
                       ("mandate", "Förbundsdirektionen", "Ås kommun", "recommends"),
                       decision=True, body="Förbundsdirektionen"),),
         counter_examples=("Eva skickar rapporten till gruppen med en fråga om att anta den.",)),
    # a matter the body stands behind handed to each huvudman to decide: "att överlämna ärendet till respektive
    # huvudman för beslut", "överlämnas till var och en av huvudmännen för antagande" (a recommendation to the huvudmän)
    Rule("each_huvudman_decides", "mandate", mandate="recommends", exclusive=False,
         triggers=("respektive huvudman", "varje huvudman", "var och en av huvudmännen"),
         pattern=r"^(?:att\s+)?(?:[^.;]{2,80}?\s+)?(?:överlämna|överlämnar|överlämnas|skicka|skickar|skickas|lämna|lämnar|lämnas)\s+"
                 r"(?:[^.;]{2,80}?\s+)?(?:vidare\s+)?till\s+"
                 r"(?P<to>respektive\s+huvudman|varje\s+huvudman|var\s+och\s+en\s+av\s+huvudmännen)\s+"
                 r"(?:för|att)\s+(?:beslut|besluta|antagande|anta|godkännande|fastställande)\b[^.;]*\.?$",
         examples=(_ex("överlämna ärendet till respektive huvudman för beslut",
                       ("mandate", "Politiskt samrådsorgan Åsen", "huvudmännen", "recommends"),
                       decision=True, body="Politiskt samrådsorgan Åsen"),
                   _ex("Överenskommelsen överlämnas till var och en av huvudmännen för antagande.",
                       ("mandate", "Politiskt samrådsorgan Åsen", "huvudmännen", "recommends"),
                       decision=True, body="Politiskt samrådsorgan Åsen")),
         counter_examples=("Eva Ek överlämnar rapporten till respektive huvudman för kännedom.",
                           "Kostnaden fördelas på respektive huvudman för beslut om budget.",
                           # (the huvudmän as a whole, no each: read by the recommendation's own rules)
                           "Gruppen skickar den till huvudmännen för beslut.")),
    Rule("recommends", "mandate", mandate="recommends", exclusive=False,
         triggers=("rekommender", "föreslår", "föreslå ", "föreslagit", "föreslog", "hemställ"),
         pattern=r"^(?:(?:att\s+)?(?:(?:rekommendera|föreslå)r?"
                 # "att hemställa att kommunfullmäktige fastställer …", "hemställer hos regionfullmäktige att …": a nämnd's
                 # formal proposal to the council above it
                 r"|hemställ(?:a|er)(?:\s+hos(?=\s))?)"
                 # ("… (PSO) beslutade 2025-05-16, § 17, att rekommendera …": the day and the paragraph of its protocol)
                 # (a section's label run into the sentence, as a PDF's bold line may be: "Ärendet Politiskt …")
                 r"|(?:(?:Ärendet|Ärendebeskrivning|Bakgrund)\s+)?"
                 r"(?P<from4>[A-ZÅÄÖ][^.;:,]{1,60}?(?:,\s+[^.;:,]{2,40}?)?)\s+(?:har\s+)?(?:beslutade|beslutat|beslöt)\s+"
                 r"(?:den\s+\d{1,2}\s+\w+(?:\s+\d{4})?\s+|i\s+\w+\s+|\d{4}-\d{2}-\d{2},?\s+(?:§\s?\d{1,3},?\s+)?)?att\s+(?:rekommendera|föreslå)"
                 # "Efter diskussion föreslår arbetsgruppen …" (not "Arbetsutskottet föreslår socialnämnden …")
                 r"|(?![A-ZÅÄÖ][\wåäö-]*(?:utskottet|gruppen|rådet|nämnden|styrelsen|organet|beredningen)\s)"
                 r"[A-ZÅÄÖ][^.;:,]{2,40}?\s+(?:rekommenderar|föreslår)\s+(?P<from2>[a-zåäö]*(?:gruppen|rådet|nämnden|organet|beredningen))"
                 # "Vid sitt sammanträde den 3 oktober ställde sig rådet bakom planen och rekommenderar …": the time
                 # first, the subject after the verb
                 r"|^(?:Vid|På|Under)\s+(?:sitt|dess|ett)\s+(?:sammanträde|möte)\b[^.;:]{0,40}?\s+(?:ställde|ställer)\s+sig\s+"
                 r"(?P<from6>[a-zåäö]*(?:rådet|gruppen|nämnden|samrådet|styrelsen|beredningen)|[A-ZÅÄÖ][^.;:,]{1,60}?)\s+bakom"
                 r"\s[^.;:]{2,160}?\s+och\s+(?:rekommenderar|föreslår)"
                 # "X har tagit fram rutinen och rekommenderar kommunerna att …": the recommendation after its work
                 r"|(?P<from3>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:har\s+(?:tagit\s+fram|arbetat\s+fram|utarbetat|tagit\s+del\s+av|"
                 r"kartlagt|sett\s+över|utrett|gått\s+igenom|analyserat|följt\s+upp)"
                 # "X ställde sig den 3 oktober bakom överenskommelsen och rekommenderar huvudmännen att anta den"
                 r"|(?:ställde|ställer|har\s+ställt)\s+sig)"
                 r"\s[^.;:]{2,160}?\s+och\s+(?:rekommenderar|föreslår)"
                 # "Ärendet har beretts av Hjälpmedelsrådet, som rekommenderar direktionen att …": who prepared it
                 r"|[A-ZÅÄÖ][^.;:]{0,80}?\s(?:av|från)\s+(?P<from5>[A-ZÅÄÖ][^.;:,]{1,60}?),\s+som\s+"
                 r"(?:rekommenderar|föreslår|rekommenderade|föreslog|har\s+(?:rekommenderat|föreslagit))"
                 # "Nämnden överlämnar ärendet till regionstyrelsen och föreslår att regionfullmäktige beviljar …": the
                 # case handed on, then the proposal to the council that decides it
                 # (in a decision the subject may be left out: "överlämnar ärendet till … och föreslår att …")
                 r"|(?:(?P<from8>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+)?(?:överlämna[r]?|översänd(?:a|er)|lämna[r]?\s+över|skicka[r]?)\s+(?:ärendet|förslaget|"
                 r"frågan)\s[^.;:]{2,80}?\s+och\s+(?:föreslår|rekommenderar)"
                 # "X rekommenderade den 20 juni 2025 huvudmännen att …": a standing recommendation
                 # (a name with an enumeration: "Politiskt samråd för hälsa, vård och omsorg i Norrby")
                 r"|(?P<from>[A-ZÅÄÖ][^.;:,]{1,60}?(?:,\s+[a-zåäö]+(?:\s+[a-zåäö]+)?\s+och\s+[^.;:,]{1,40}?)?)"
                 # "Samverkansgrupp X, där regionen och kommunerna ingår, rekommenderade …": who sits there, between commas
                 r"(?:,\s+där\s+[^.;:,]{2,80}?\s+ingår,)?\s+"
                 # "Förbundsstyrelsen har den 28 oktober 2025, § 88, föreslagit …": the day and the paragraph between
                 # (or at which meeting: "har vid sitt möte den 20 maj 2026 rekommenderat …")
                 r"(?:rekommenderar|föreslår|rekommenderade|föreslog|hemställer(?:\s+hos(?=\s))?|har\s+(?:(?:vid\s+sitt\s+(?:möte|sammanträde)\s+)?"
                 r"(?:den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}),?\s+"
                 r"(?:§\s*\d{1,4},?\s+)?)?(?:rekommenderat|föreslagit))"
                 # (when: "den 20 juni 2025", "i februari 2025")
                 r"(?:\s+(?:den\s+\d{1,2}\s+[a-zåäö]+|i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
                 r"oktober|november|december))(?:\s+\d{4})?)?)"
                 r"\s+(?:även\s+|också\s+)?(?:(?P<to>(?!att\b)[^.;:]{2,90}?)\s+(?:att|besluta|anta|godkänna|fatta)\b"
                 r"|att\s+(?P<to2>[A-ZÅÄÖ][^.;:,]{1,60}?|(?:region|kommun)?fullmäktige|[a-zåäö]*styrelsen|"
                 r"[a-zåäö-]*(?:nämnden|rådet|styrgruppen))\s+(?:tar|ska|skall|beslutar|antar|inför|ger|utser|bereder|inrättar|godkänner|"
                 # "föreslår att styrgruppen gör rutinen länsgemensam": what the other is to make of it
                 r"fastställer|tillstyrker|beviljar|bifaller|avslår|gör|utreder|prövar)\b)",
         examples=(# the regions of a body several regions share, each of them as the attendance names them
                   _ex("rekommendera regionerna att fördela kostnaden efter befolkningsandel", decision=True,
                       body="Samverkansnämnden", roster=("Eva Ek, Region Norrby", "Per Lind, Region Åsen"),
                       facts=(("mandate", "Samverkansnämnden", "Region Norrby", "recommends"),
                              ("mandate", "Samverkansnämnden", "Region Åsen", "recommends"))),
                   # the case handed on to one body, the proposal to the council that decides it
                   _ex("Hälso- och sjukvårdsnämnden överlämnar ärendet till regionstyrelsen och föreslår att "
                       "regionfullmäktige beviljar en investeringsram om 18,5 miljoner kronor.", body="Hälso- och sjukvårdsnämnden",
                       decision=True,
                       facts=(("mandate", "Hälso- och sjukvårdsnämnden", "Regionfullmäktige", "recommends"),)),
                   _ex("överlämnar ärendet till regionstyrelsen och föreslår att regionfullmäktige beviljar en investeringsram.",
                       body="Hälso- och sjukvårdsnämnden", decision=True,
                       facts=(("mandate", "Hälso- och sjukvårdsnämnden", "Regionfullmäktige", "recommends"),)),
                   # a nämnd's formal proposal: "hemställa att …", "hemställer hos … att …"
                   _ex("att hemställa att kommunfullmäktige fastställer avgiften till 300 kronor per samtal",
                       body="Socialnämnden", decision=True,
                       facts=(("mandate", "Socialnämnden", "Kommunfullmäktige", "recommends"),)),
                   _ex("Socialnämnden hemställer hos kommunfullmäktige att besluta om avgiften.", body="Socialnämnden",
                       facts=(("mandate", "Socialnämnden", "Kommunfullmäktige", "recommends"),)),
# one organ of each of several kommuner; a förbund's direktion by its kind in its beredning's minutes
                   _ex("Direktionen föreslår kommunfullmäktige i Åby kommun, Ekå kommun och Ås kommun att anta "
                       "handlingsprogrammet.", body="Direktionen, Åby räddningstjänstförbund",
                       facts=(("mandate", "Direktionen, Åby räddningstjänstförbund", "Kommunfullmäktige i Åby kommun", "recommends"),
                              ("mandate", "Direktionen, Åby räddningstjänstförbund", "Kommunfullmäktige i Ekå kommun", "recommends"),
                              ("mandate", "Direktionen, Åby räddningstjänstförbund", "Kommunfullmäktige i Ås kommun", "recommends"))),
                   _ex("Beredningen beslutade att föreslå direktionen att inte ta in elever till programmet.",
                       body="Utbildningsberedningen, Ekå gymnasieförbund",
                       facts=(("mandate", "Utbildningsberedningen, Ekå gymnasieförbund", "Direktionen, Ekå gymnasieförbund",
                               "recommends"),)),
                   _ex("Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby beslutade 2025-05-16, § 17, att "
                       "rekommendera regionen och kommunerna i Norrby att anta överenskommelsen.", body="Kommunstyrelsen, Åby kommun",
                       facts=(("mandate", "Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby", "kommunerna i Norrby",
                               "recommends"),)),
                   _ex("Regionstyrelsen föreslår att fullmäktige godkänner överenskommelsen.", body="Regionfullmäktige",
                       facts=(("mandate", "Regionstyrelsen", "Regionfullmäktige", "recommends"),)),
                   _ex("Regionalt samverkansråd (RSR) ställde sig den 3 oktober 2025 bakom en överenskommelse "
                       "mellan Region Norrby och länets kommuner om samverkan för barn och ungas psykiska hälsa och "
                       "rekommenderar huvudmännen att anta den.", body="Regionstyrelsen",
                       facts=(("mandate", "Regionalt samverkansråd", "huvudmännen", "recommends"),)),
                   _ex("Ledningsgruppen för samverkan har vid sitt möte den 20 maj 2026 rekommenderat kommunerna att "
                       "anta den reviderade överenskommelsen.", body="Socialnämnden",
                       facts=(("mandate", "Ledningsgruppen för samverkan", "kommunerna", "recommends"),)),
                   _ex("Samverkansgruppen rekommenderar kommunerna att införa programmet.",
                       ("mandate", "Samverkansgrupp äldre", "kommunerna", "recommends")),
                   # the time first, the council after the verb, by its kind; the kommuner as the county's
                   _ex("Vid sitt sammanträde den 3 oktober 2025 ställde sig Politiskt samråd Norrby bakom planen och "
                       "rekommenderar Region Norrby och länets kommuner att anta den.", body="Regionstyrelsen",
                       facts=(("mandate", "Politiskt samråd Norrby", "Region Norrby", "recommends"),
                              ("mandate", "Politiskt samråd Norrby", "kommunerna", "recommends"))),
                   # told as background in a nämnd's case, who sits in the body between commas, the month after the verb
                   _ex("Samverkansgrupp barn och familj, där regionen och de fyra kommunerna ingår, rekommenderade i februari "
                       "2025 kommunerna i Norrby att erbjuda programmet.", body="Socialnämnden, Åby kommun",
                       facts=(("mandate", "Samverkansgrupp barn och familj", "kommunerna i Norrby", "recommends"),)),
                   # an arbetsutskott's förslag till beslut: a recommendation to its nämnd, no decision of its own
                   _ex("Arbetsutskottet föreslår socialnämnden besluta att utse Gunilla Viklund (C) till representant.",
                       ("mandate", "Socialnämndens arbetsutskott", "Socialnämnden", "recommends"),
                       body="Socialnämndens arbetsutskott"),
                   _ex("Ärendet har beretts av Hjälpmedelsrådet, som rekommenderar direktionen att besluta enligt förslaget.",
                       ("mandate", "Hjälpmedelsrådet", "Direktionen, Hjälpmedelsförbundet Åby", "recommends"),
                       body="Direktionen, Hjälpmedelsförbundet Åby"),
                   _ex("Förbundsstyrelsen har den 28 oktober 2025, § 88, föreslagit förbundsfullmäktige att fastställa budgeten.",
                       body="Förbundsfullmäktige, Utbildningsförbundet Ås",
                       facts=(("mandate", "Förbundsstyrelsen", "förbundsfullmäktige", "recommends"),)),
                   # the day of its decision as a protocol writes it: "har 2026-09-24 rekommenderat"
                   _ex("Vuxenutbildningsrådet har 2026-09-24 rekommenderat kommunerna att anta en gemensam "
                       "överenskommelse om vuxenutbildning.", body="Utbildningsnämnden, Åby kommun",
                       facts=(("mandate", "Vuxenutbildningsrådet", "kommunerna", "recommends"),)),
                   _ex("Beredningen för nära vård har föreslagit hälso- och sjukvårdsnämnden att permanenta teamen.",
                       ("mandate", "Beredningen för nära vård", "hälso- och sjukvårdsnämnden", "recommends"),
                       body="Kommunstyrelsens arbetsutskott"),
                   # a protocol's section label over the sentence is no part of its subject
                   _ex("Sammanfattning av ärendet\nPolitiskt samråd Österland beslutade den 12 september 2025 att "
                       "rekommendera\nhuvudmännen i Österland att anta överenskommelsen.", body="Kommunfullmäktige",
                       facts=(("mandate", "Politiskt samråd Österland", "huvudmännen i Österland", "recommends"),)),
                   # the styrelse of each region a sjukvårdsregion's nämnd serves
                   _ex("rekommendera regionstyrelserna i Region Åby, Region Ekå och Region Ås att anta planen", decision=True,
                       body="Samverkansnämnden för Norra sjukvårdsregionen",
                       facts=(("mandate", "Samverkansnämnden för Norra sjukvårdsregionen", "Regionstyrelsen i Region Åby", "recommends"),
                              ("mandate", "Samverkansnämnden för Norra sjukvårdsregionen", "Regionstyrelsen i Region Ås", "recommends"))),
                   _ex("rekommendera Region Norrby och kommunerna i Norrby att anta överenskommelsen", decision=True,
                       facts=(("mandate", "Samverkansgrupp äldre", "Region Norrby", "recommends"),
                              ("mandate", "Samverkansgrupp äldre", "kommunerna i Norrby", "recommends"))),
                   _ex("Efter diskussion rekommenderar samverkansgruppen kommunerna att erbjuda programmet.",
                       ("mandate", "Samverkansgrupp äldre", "kommunerna", "recommends")),
                   _ex("Arbetsgruppen föreslår att Styrgrupp Nära vård tar upp frågan om ett gemensamt avtal.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "recommends"), body="Arbetsgrupp SIP"),
                   _ex("Arbetsgruppen föreslår att Styrgrupp Nära vård gör rutinen länsgemensam.",
                       ("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "recommends"), body="Arbetsgrupp SIP"),
                   _ex("föreslår att Styrgrupp Nära vård gör rutinen länsgemensam", decision=True, body="Arbetsgrupp SIP",
                       facts=(("mandate", "Arbetsgrupp SIP", "Styrgrupp Nära vård", "recommends"),)),
                   # a förbund's board, which grants what its beredningsgrupp proposes
                   _ex("Beredningsgruppen föreslår att styrelsen beviljar ansökan.",
                       ("mandate", "Beredningsgruppen, Samordningsförbundet Åsen", "Styrelsen, Samordningsförbundet Åsen", "recommends"),
                       body="Beredningsgruppen, Samordningsförbundet Åsen"),
                   _ex("Nämnden föreslår kommunstyrelsen att föreslå kommunfullmäktige att avslå motionen.",
                       ("mandate", "Socialnämnden", "kommunstyrelsen", "recommends"), body="Socialnämnden"),
                   _ex("rekommendera huvudmännen att anta överenskommelsen", decision=True,
                       facts=(("mandate", "Samverkansgrupp äldre", "huvudmännen", "recommends"),)),
                   _ex("Regional ledningsgrupp Österland har tagit fram en rutin för hemgång och rekommenderar "
                       "kommunerna att anta den.",
                       ("mandate", "Regional ledningsgrupp Österland", "kommunerna", "recommends"), body="Omsorgsnämnden"),
                   _ex("Arbetsgrupp SIP har kartlagt utskrivningsprocessen och föreslår att rådet antar en rutin.",
                       ("mandate", "Arbetsgrupp SIP", "Regionalt råd", "recommends"), body="Regionalt råd"),
                   _ex("Länsrådet rekommenderade den 3 maj 2025 huvudmännen att anta planen.",
                       ("mandate", "Länsrådet", "huvudmännen", "recommends"), body="Kommunstyrelsen"),
                   _ex("Politiskt samråd Österland har rekommenderat huvudmännen att anta överenskommelsen.",
                       ("mandate", "Politiskt samråd Österland", "huvudmännen", "recommends"), body="Socialnämnden"),
                   # the kommuner named before the plural head they share, the region after "samt"
                   _ex("Delregionalt politiskt samråd Österland har rekommenderat Åby, Ekå och Ås kommuner samt Region "
                       "Norrby att anta överenskommelsen.", body="Socialnämnden, Åby kommun",
                       facts=(("mandate", "Delregionalt politiskt samråd Österland", "Åby kommun", "recommends"),
                              ("mandate", "Delregionalt politiskt samråd Österland", "Ekå kommun", "recommends"),
                              ("mandate", "Delregionalt politiskt samråd Österland", "Ås kommun", "recommends"),
                              ("mandate", "Delregionalt politiskt samråd Österland", "Region Norrby", "recommends"))),
                   _ex("Politiskt samråd för hälsa, vård och omsorg i Norrby har den 24 oktober 2025 rekommenderat "
                       "huvudmännen att anta handlingsplanen.",
                       ("mandate", "Politiskt samråd för hälsa, vård och omsorg i Norrby", "huvudmännen", "recommends"),
                       body="Socialnämnden"),
                   _ex("PSV beslutade den 16 maj 2025 att rekommendera kommunerna att anta riktlinjen.",
                       ("mandate", "PSV", "kommunerna", "recommends"), body="Omsorgsnämnden"),
                   _ex("föreslår kommunstyrelsen att anta riktlinjen", decision=True, body="Omsorgsnämnden",
                       facts=(("mandate", "Omsorgsnämnden", "kommunstyrelsen", "recommends"),)),
                   _ex("föreslår att Styrgrupp Äldre tar upp frågan om sommarbemanning", decision=True,
                       body="Arbetsgrupp trygg hemgång",
                       facts=(("mandate", "Arbetsgrupp trygg hemgång", "Styrgrupp Äldre", "recommends"),))),
         counter_examples=("Förvaltningen föreslår att ärendet bordläggs.",
                           "föreslår att ärendet bordläggs till nästa möte",
                           "För att hinna klart föreslår beredningsgruppen att ett extra möte hålls.",
                           "Nämnden hemställer om att få ett förtydligande av förvaltningen.",
                           "Förvaltningen skickar frågan vidare och föreslår att ärendet bordläggs.")),
    # a body's proposal the minutes take up, made to the body that met: "Närvårdsgruppen i Klippvik föreslog i oktober
    # att arbetssättet prövas även i de andra kommunerna" (in the styrgrupp's minutes, under an item on that proposal)
    Rule("proposed_to_the_meeting", "mandate", mandate="recommends", exclusive=False, narrative_only=True,
         triggers=("föreslog", "har föreslagit", "föreslår"),
         pattern=r"^(?P<from7>(?:[A-ZÅÄÖ][\wåäö-]*\s+)?[\wåäö-]*(?:grupp|gruppen|rådet|teamet|nätverket)"
                 r"(?:\s+(?:i\s+)?[A-ZÅÄÖ][\wåäö-]+)?)\s+(?:föreslog|föreslår|har\s+föreslagit)(?:\s+(?:i|den)\s+[^.;,]{2,20}?)?"
                 r"\s+att\s+(?:[a-zåäö]|[A-ZÅÄÖ][\wåäö-]+s\s)[^.;]*?\s+(?:prövas|införs|inrättas|tas\s+upp|ses\s+över|utreds|"
                 # "… att Lindesunds rutin blir länsgemensam": one huvudman's way made everyone's
                 r"utvidgas|sprids|blir\s+(?:läns)?gemensam|görs\s+(?:läns)?gemensam)\b[^.;]*$",
         examples=(_ex("Lokal närvårdsgrupp Klippvik föreslog i oktober att arbetssättet prövas även i de andra kommunerna.",
                       ("mandate", "Lokal närvårdsgrupp Klippvik", "Styrgruppen för Nära vård Havsby", "recommends"),
                       body="Styrgruppen för Nära vård Havsby"),
                   _ex("Arbetsgrupp utskrivning följer upp betalningsansvaret och rapporterar hit. Arbetsgruppen föreslår "
                       "att Lindesunds rutin för läkemedelsgenomgångar blir länsgemensam.",
                       ("mandate", "Arbetsgrupp utskrivning", "Styrgrupp Nära vård", "recommends"),
                       body="Styrgrupp Nära vård")),
         counter_examples=("Karin föreslog i oktober att arbetssättet prövas även i de andra kommunerna.",
                           "Gruppen föreslog att frågan tas upp igen i vår.")),
    # a body's proposal that another decided on or stood behind: "Efter förslag på namn från X har LSVO
    # beslutat om …", "LSVO stod bakom det förslag som X tagit fram"
    Rule("proposal_taken_up", "mandate", mandate="recommends", exclusive=False,
         triggers=("efter förslag", "bakom det förslag", "bakom förslaget som", "bakom de förslag"),
         pattern=r"^[Ee]fter\s+förslag\s+(?:[^.;]{0,40}?\s)?från\s+(?P<from>[^.;,]+?)\s+har\s+"
                 r"(?P<to>[A-ZÅÄÖ][^.;,\s]*(?:\s+[^.;,\s]+){0,4}?)\s+(?:beslutat|fattat\s+beslut|utsett|valt)\b"
                 r"|^(?P<to2>[A-ZÅÄÖ][^.;,]{1,60}?)\s+(?:stod|står|ställde\s+sig|ställer\s+sig)\s+bakom\s+"
                 r"(?:det\s+|de\s+)?förslag(?:et|en)?\s+som\s+(?P<from2>[A-ZÅÄÖ][^.;,]{1,60}?)\s+(?:har\s+)?(?:tagit|tog)\s+fram\b",
         examples=(_ex("Efter förslag på namn från det interkommunala forumet har LSVO beslutat om nya processledare.",
                       ("mandate", "det interkommunala forumet", "LSVO", "recommends"), body="Samverkansgrupp äldre"),
                   _ex("LSVO stod bakom det förslag som Samverkansgrupp äldre tagit fram.",
                       ("mandate", "Samverkansgrupp äldre", "LSVO", "recommends"))),
         counter_examples=("Efter förslag från gruppen diskuterades frågan.",
                           "Vi står bakom det förslag som presenterades.")),
    # "Samverkansgruppen lämnade arbetet till Arbetsgrupp för SIP": the work a body was given, passed down to another
    Rule("hands_work_to", "mandate", mandate="delegates", exclusive=False,
         triggers=("arbetet till", "uppdraget till", "arbetet vidare till", "uppdraget vidare till"),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:har\s+|hade\s+)?(?:lämnade|lämnat|lämnar|gav|gett|ger)\s+"
                 r"(?:över\s+)?(?:arbetet|uppdraget|utredningen)\s+(?:vidare\s+)?till\s+(?P<to>[^.;,]+?)"
                 r"(?:,.*|\s+(?:som|att|i|den|under|efter|för\s+att)\b.*)?\.?$",
         examples=(_ex("Samverkansgruppen lämnade arbetet till Arbetsgrupp SIP, som nu har lämnat sin slutrapport.",
                       body="Samverkansgrupp äldre",
                       facts=(("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates"),
                              ("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to"))),
                   _ex("Styrgruppen lämnade över uppdraget till Arbetsgrupp SIP i mars.", body="Styrgrupp Barnahus",
                       facts=(("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"),))),
         counter_examples=("Eva Ek lämnade arbetet till Arbetsgrupp SIP.", "Samverkansgruppen lämnade arbetet till Eva Ek.")),
    # "… lämnade arbetet till Arbetsgrupp X, som nu har lämnat sin slutrapport": the group reports back to the giver
    Rule("handed_work_reported", "mandate", mandate="reports_to", exclusive=False,
         triggers=("arbetet till", "uppdraget till", "arbetet vidare till", "uppdraget vidare till"),
         pattern=r"^(?P<to>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:har\s+|hade\s+)?(?:lämnade|lämnat|lämnar|gav|gett|ger)\s+"
                 r"(?:över\s+)?(?:arbetet|uppdraget|utredningen)\s+(?:vidare\s+)?till\s+(?P<from>[^.;,]+?),\s+som\s+"
                 r"(?:nu\s+|numera\s+|sedan\s+dess\s+)?(?:har\s+)?(?:lämnat|lämnade|redovisat|redovisade|överlämnat)\s+sin\s+"
                 r"(?:slut|del)?(?:rapport|redovisning)\b.*$",
         examples=(_ex("Samverkansgruppen lämnade arbetet till Arbetsgrupp SIP, som har redovisat sin delrapport.",
                       body="Samverkansgrupp äldre",
                       facts=(("mandate", "Arbetsgrupp SIP", "Samverkansgrupp äldre", "reports_to"),)),),
         counter_examples=("Samverkansgruppen lämnade arbetet till Eva Ek, som har lämnat sin rapport.",)),
    # the body delegated to owes a report back, told after it: "RLG beslöt att delegera beredningen till Styrgruppen för
    # Nära vård, med återrapportering till RLG senast den 14 december"
    Rule("delegated_with_report_back", "mandate", mandate="reports_to", exclusive=False,
         triggers=("med återrapportering till", "med redovisning till", "med rapportering till"),
         pattern=r"(?:delegera(?:r|t|de)?|överlåter|överlät|överlåtit)\s+(?:[^.;]{0,80}?\s+)??(?:till|åt)\s+(?P<from>[^.;,]+?),?"
                 r"\s+med\s+(?:åter)?r(?:apportering|edovisning)\s+till\s+(?P<to>[^.;,]+?)"
                 r"(?=\s+(?:senast|den|i|varje|en\s+gång|två\s+gånger|efter|per)\b|\s*[.;,]|\s*$)",
         examples=(_ex("RLG beslöt att delegera beredningen till Styrgruppen för Nära vård Norrby, med återrapportering "
                       "till RLG senast den 14 december.", body="Regionala ledningsgruppen för vård och omsorg (RLG)",
                       facts=(("mandate", "Styrgruppen för Nära vård Norrby",
                               "Regionala ledningsgruppen för vård och omsorg (RLG)", "reports_to"),)),),
         counter_examples=("Beslutet om bistånd fattas med återrapportering till nämnden.",)),
    Rule("delegates_to", "mandate", mandate="delegates", exclusive=False,
         triggers=("delegerar", "delegera ", "delegerat ", "delegerade ", "överlåter", "överlät", "överlåtit"),
         # "Kommunstyrelsen har genom sin delegationsordning (KS 2023-01-17 § 8) delegerat till …": by what means, aside
         pattern=r"(?:^|\b)(?:att\s+)?(?P<from>[A-ZÅÄÖ][^.;:]{1,60}?\s+)?(?:har\s+|hade\s+)?(?:(?:genom|i|enligt)\s+(?:sin|sitt|sina)\s+(?:[^.;:]|\.(?=\d)){2,60}?\s+)?(?:(?:genom|i|enligt)\s+(?:beslut\s+)?§\s*\d+(?:\s+den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?)?\s+)?(?:delegera(?:r|t|de)?|överlåter|överlät|överlåtit)\s+(?:[^.;]{0,80}?\s+)??(?:till|åt)\s+(?P<to>[^.;,]+?)"
                 r"(?:\s+att\s+(?P<task>.+)|,?\s+(?:som|för)\b.*)?$",
         examples=(_ex("Nämnden delegerar beslut om fördelning till Arbetsutskottet.",
                       ("mandate", "Socialnämnden", "Arbetsutskottet", "delegates"), body="Socialnämnden"),
                   # a förbund's direktion to its own utskott, named by the direktion
                   _ex("att delegera till direktionens arbetsutskott att fatta beslut om mindre förändringar i trafikutbudet,",
                       decision=True, body="Direktionen, Kollektivtrafikförbundet Åby",
                       facts=(("mandate", "Direktionen, Kollektivtrafikförbundet Åby", "Arbetsutskottet, Kollektivtrafikförbundet Åby",
                               "delegates"),)),
                   _ex("Styrgruppen överlåter åt Arbetsgrupp SIP att besluta om datum för utbildningen.",
                       facts=(("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"),
                              ("assignment", ["Arbetsgrupp SIP"], "besluta om datum")), body="Styrgrupp Nära vård"),
                   _ex("Socialnämnden delegerar till arbetsutskottet att besluta om bistånd. Arbetsutskottet ska "
                       "rapportera besluten vid nämndens nästa sammanträde.", body="Socialnämnden",
                       facts=(("assignment", ["arbetsutskottet"], "besluta om bistånd"),
                              ("assignment", ["Arbetsutskottet"], "rapportera besluten"),
                              ("mandate", "Arbetsutskottet", "Socialnämnden", "reports_to"))),
                   # the report owed by a day: a task of the body delegated to
                   _ex("Ledningsgruppen delegerar uppdraget till Samverkansgrupp Barn och unga, som rapporterar till "
                       "ledningsgruppen senast i mars 2026.", body="Regional ledningsgrupp",
                       facts=(("mandate", "Regional ledningsgrupp", "Samverkansgrupp Barn och unga", "delegates"),
                              ("assignment", ["Samverkansgrupp Barn och unga"], "rapportera till ledningsgruppen senast"))),
                   _ex("Socialnämnden har delegerat valet till arbetsutskottet.", body="Socialnämndens arbetsutskott",
                       facts=(("mandate", "Socialnämnden", "Socialnämndens arbetsutskott", "delegates"),)),
                   # "i sin delegationsordning (punkt 2.4)": where, the point's number between
                   _ex("Kommunstyrelsen har i sin delegationsordning (punkt 2.4) delegerat till arbetsutskottet att utse "
                       "kommunens representanter i regionala samverkansorgan.", body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott, Åby kommun", "delegates"),)),
                   _ex("Kommunstyrelsen har genom sin delegationsordning (KS 2023-01-17 § 8) delegerat till arbetsutskottet att "
                       "utse kommunens representanter i samverkansorgan.", body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott, Åby kommun",
                               "delegates"),)),
                   # the utskott by the genitive of the body that met: the utskott, not that body again
                   _ex("Regionstyrelsen delegerar till regionstyrelsens arbetsutskott att fatta beslut om yttranden.",
                       decision=True, body="Regionstyrelsen",
                       facts=(("assignment", ["regionstyrelsens arbetsutskott"], "fatta beslut om yttranden"),
                              ("mandate", "Regionstyrelsen", "regionstyrelsens arbetsutskott", "delegates"))),
                   # "direktionen" in its arbetsutskott's minutes, by the paragraph of its decision
                   _ex("Direktionen har genom § 45 den 27 november 2025 överlåtit åt arbetsutskottet att under 2026 "
                       "fatta beslut om tilldelning.", body="Direktionens arbetsutskott, Kommunalförbundet Åbydalen",
                       facts=(("mandate", "Direktionen, Kommunalförbundet Åbydalen",
                               "Direktionens arbetsutskott, Kommunalförbundet Åbydalen", "delegates"),)),
                   # "nämnden" in its arbetsutskott's minutes is the nämnd above it, not the utskott that met
                   _ex("Nämnden har delegerat till arbetsutskottet att utse nämndens representanter.",
                       body="Socialnämndens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Socialnämnden, Åby kommun", "Socialnämndens arbetsutskott, Åby kommun",
                               "delegates"),)),
                   # to the presidium of the body that met: a body of its own, named after it
                   _ex("delegera till presidiet att besluta om upphandling av utvärderingen", decision=True,
                       body="Styrelsen, Samordningsförbundet Åby",
                       facts=(("assignment", ["Presidiet, Samordningsförbundet Åby"], "besluta om upphandling"),
                              ("mandate", "Styrelsen, Samordningsförbundet Åby", "Presidiet, Samordningsförbundet Åby",
                               "delegates"))),
                   # to a person, "åt" as well as "till": a task of theirs, no flow between bodies
                   _ex("Gruppen delegerar åt Ulla Bergman att företräda samverkansgruppen i Nätverket för "
                       "föräldraskapsstöd.", ("assignment", ["Ulla Bergman"], "företräda samverkansgruppen"),
                       ("membership", "Ulla Bergman", "Nätverket för föräldraskapsstöd", "join"),
                       roster=("Ulla Bergman",)),
                   _ex("Jörgen Lund är stabschef. AS delegerar till stabschefen att besluta om inköp upp till "
                       "200 000 kronor under störningen.", ("assignment", ["Jörgen Lund"], "besluta om inköp"),
                       roster=("Annika Strand", "Jörgen Lund"))),
         counter_examples=("Frågan om delegation diskuterades.",)),
    # the standing delegation told as the ground of the item: "Enligt kommunstyrelsens delegationsordning punkt 4.2
    # beslutar personalutskottet om anställning av förvaltningschefer": the body whose delegationsordning it is
    # delegates to the one that decides under it
    Rule("delegationsordning_decides", "mandate", mandate="delegates", exclusive=False,
         triggers=("delegationsordning",),
         pattern=r"^(?:[Ee]nligt|[Ii]\s+enlighet\s+med|[Mm]ed\s+stöd\s+av)\s+(?P<from>[a-zåäöA-ZÅÄÖ][\wåäö-]{3,}?)s\s+"
                 r"delegationsordning(?:en)?(?:\s*\([^()]{1,40}\)|\s+(?:punkt|p\.?)\s*[\d.:]+\d)?,?\s+"
                 r"(?:(?:beslutar|får|fattar|tar)\s+(?P<to>[a-zåäöA-ZÅÄÖ][^.;,]{2,60}?)\s+(?:om|besluta|beslut|ställning)\b"
                 # "… utser arbetsutskottet kommunens representanter i …": the body that chooses under it
                 r"|(?:utser|väljer|entledigar|nominerar)\s+(?P<to3>[a-zåäö]*(?:utskottet|nämnden|beredningen|styrelsen))\s+"
                 r"(?!att\b)[a-zåäö]).*$"
                 # the matter said to be delegated, the ground after it: "Valet är delegerat till arbetsutskottet enligt
                 # kommunstyrelsens delegationsordning"
                 r"|^[A-ZÅÄÖ][^.;:]{1,60}?\s+(?:är|har\s+(?:blivit|varit))\s+delegerat?\s+till\s+"
                 r"(?P<to2>[a-zåäö]*(?:utskottet|nämnden|beredningen)|[A-ZÅÄÖ][^.;,]{2,60}?)\s+(?:enligt|i|genom)\s+"
                 r"(?P<from2>[a-zåäöA-ZÅÄÖ][\wåäö-]{3,}?)s\s+delegationsordning\b.*$",
         examples=(_ex("Valet är delegerat till arbetsutskottet enligt kommunstyrelsens delegationsordning.",
                       body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott, Åby kommun", "delegates"),)),
                   _ex("Enligt kommunstyrelsens delegationsordning punkt 4.2 beslutar personalutskottet om anställning av "
                       "förvaltningschefer efter samråd med kommundirektören.",
                       body="Kommunstyrelsens personalutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunstyrelsens personalutskott, Åby kommun",
                               "delegates"),)),
                   _ex("Enligt kommunstyrelsens delegationsordning utser arbetsutskottet kommunens politiska "
                       "representanter i de lokala närvårdsråden.", body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott, Åby kommun", "delegates"),)),
                   # those it nominates to a body another fills, the point of the delegationsordning in brackets
                   _ex("Enligt kommunstyrelsens delegationsordning (punkt 1.4) nominerar arbetsutskottet kommunens "
                       "företrädare i regionala samverkansorgan.", body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott, Åby kommun", "delegates"),)),
                   _ex("Enligt nämndens delegationsordning får arbetsutskottet besluta om yttranden i brådskande ärenden.",
                       body="Socialnämndens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Socialnämnden, Åby kommun", "Socialnämndens arbetsutskott, Åby kommun",
                               "delegates"),))),
         counter_examples=("Enligt delegationsordningen ska besluten anmälas till nämnden.",
                           "Förvaltningen har reviderat delegationsordningen.")),
    # ---------------------------------------------------------------- decided delegations
    Rule("mandat", "assignment", triggers=("mandat",), handler="_mandat",
         examples=(_ex("Styrgrupp Barnahus ges mandat att fördela medlen", decision=True, body="LSVO",
                       facts=(("assignment", ["Styrgrupp Barnahus"], "fördela medlen"),
                              ("mandate", "LSVO", "Styrgrupp Barnahus", "delegates"))),
                   # the giving body's own verb: "Beslutades att ge arbetsgruppen för X mandat att …"
                   _ex("ge arbetsgruppen för SIP mandat att ta fram en gemensam rutin", decision=True,
                       body="Styrgruppen",
                       facts=(("assignment", ["arbetsgruppen för SIP"], "ta fram en gemensam rutin"),
                              ("mandate", "Styrgruppen", "arbetsgruppen för SIP", "delegates"))),
                   # told in the running text of the notes: the body is given the mandate, a task of its own
                   _ex("Arbetsgruppen får mandat att ta fram en länsgemensam broschyr.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "ta fram en länsgemensam broschyr"),)),
                   # … in the notes of the body above it, which gives it
                   _ex("Arbetsgrupp hemsjukvård får fortsatt mandat att ta fram en uppföljningsmodell.",
                       body="Styrgrupp Nära vård",
                       facts=(("assignment", ["Arbetsgrupp hemsjukvård"], "ta fram en uppföljningsmodell"),
                              ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp hemsjukvård", "delegates"))),
                   # the giving body as the subject of the running text
                   _ex("Styrgruppen ger arbetsgruppen för SIP mandat att besluta om utbildningens innehåll.",
                       body="Styrgrupp Nära vård",
                       facts=(("assignment", ["arbetsgruppen för SIP"], "besluta om utbildningens innehåll"),
                              ("mandate", "Styrgrupp Nära vård", "arbetsgruppen för SIP", "delegates"))),
                   # the perfect: "har gett … mandat att"
                   _ex("Styrgruppen har gett processteamet för vårdövergångar mandat att fördela medlen.",
                       body="Styrgrupp Nära vård",
                       facts=(("assignment", ["processteamet för vårdövergångar"], "fördela medlen"),
                              ("mandate", "Styrgrupp Nära vård", "processteamet för vårdövergångar", "delegates"))),
                   # the deciding body told in the running text of the notes
                   _ex("Styrgruppen beslutar att arbetsgruppen för SIP får mandat att revidera överenskommelsen.",
                       body="Styrgrupp Nära vård",
                       facts=(("assignment", ["arbetsgruppen för SIP"], "revidera överenskommelsen"),
                              ("mandate", "Styrgrupp Nära vård", "arbetsgruppen för SIP", "delegates")))),
         counter_examples=("Arbetsgruppen fick mandat att ta fram broschyren redan 2023.",
                           "Frågan om mandat att fatta beslut diskuterades.",
                           "Avtalet ger regionen mandat att teckna avtal.")),
    Rule("becomes_responsible", "mandate", decision_only=True,
         triggers=("blir ansvarig", "blir värd", "blir ägare", "blir uppdragsgivare"),
         handler="_becomes_responsible",
         examples=(_ex("Styrgrupp Barnahus blir ansvarig för uppföljningen", decision=True, body="LSVO",
                       facts=(("mandate", "LSVO", "Styrgrupp Barnahus", "delegates"),)),),
         counter_examples=("Region Skogland blir anställningsmyndighet för projektledaren.",)),
    # ---------------------------------------------------------------- creation, compositions
    Rule("set_up_with", "membership", change="join", exclusive=False,
         triggers=("med följande",),
         # a body set up in a decision with its members listed after a colon
         # ("Gruppen bildar en arbetsgrupp med följande sammansättning: …": the body that met setting it up, told)
         pattern=r"^(?:att\s+|(?:Gruppen|Nätverket|Rådet|Teamet|[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket))\s+"
                 r"(?=(?:inrättar|bildar|tillsätter|startar)\b))?(?:inrätta|bilda|tillsätta|starta|inrättar|bildar|tillsätter|startar)\s+"
                 r"(?:(?:en|ett)\s+(?:(?:tillfällig|ny|gemensam)\s+)?)?"
                 r"(?P<group>[^.;:]{2,80}?)\s+med\s+(?:följande\s+(?:sammansättning|ledamöter|deltagare)\s*:\s*"
                 r"(?P<who>[^.]+?))[,.]?$",
         examples=(# the body that met setting it up, told; the members listed with semicolons between them
                   _ex("Gruppen bildar en arbetsgrupp för skolnärvaro med följande sammansättning: Elin Borg, Åby kommun "
                       "(sammankallande); Tobias Fagerlund, Ekby kommun; Sanna Pirinen, BUP.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "Arbetsgrupp för skolnärvaro", "join"),
                              ("membership", "Sanna Pirinen", "Arbetsgrupp för skolnärvaro", "join"))),
                   _ex("att inrätta Styrgrupp hemrehabilitering med följande sammansättning: Tomas Ek, Region Åby "
                       "(ordförande), Ylva Berg, Ekby kommun och Petra Sand, Åby kommun,", decision=True,
                       body="Ledningsgruppen för vård och omsorg",
                       facts=(("membership", "Tomas Ek", "Styrgrupp hemrehabilitering", "join"),
                              ("membership", "Ylva Berg", "Styrgrupp hemrehabilitering", "join"),
                              ("membership", "Petra Sand", "Styrgrupp hemrehabilitering", "join"),
                              ("assignment", ["Tomas Ek"], "vara ordförande"))),),
         counter_examples=("Vi startar dagen med följande punkter: kaffe och presentation.",
                           "Kommunen inrättar en ny enhet med följande inriktning: hemtjänst och hemsjukvård.")),
    # a body set up with its members in a table after the colon, a row each ("Namn | Organisation | Roll")
    Rule("set_up_with_table", "membership", change="join", exclusive=False,
         triggers=("följande sammansättning:", "följande ledamöter:", "följande deltagare:", "väljer följande",
                   "utser följande"),
         handler="_composition_table",
         examples=(_ex("Gruppen beslutade att bilda Arbetsgrupp utskrivning med följande sammansättning:\n\n"
                       "Namn\tOrganisation\tRoll\nTomas Ek\tRegion Åby\tsammankallande\n"
                       "Ylva Berg\tEkby kommun\tledamot\n\nArbetsgruppen redovisar i mars.",
                       body="Samverkansgrupp äldre",
                       facts=(("membership", "Tomas Ek", "Arbetsgrupp utskrivning", "join"),
                              ("membership", "Ylva Berg", "Arbetsgrupp utskrivning", "join"),
                              ("assignment", ["Tomas Ek"], "vara sammankallande i Arbetsgrupp utskrivning"))),),
         counter_examples=("Vi startar dagen med följande sammansättning: kaffe och presentation.",
                           "Arbetsgruppen har följande sammansättning:\nEva Ek och Per Lind.")),
    Rule("created_with_members", "membership", change="join", exclusive=False,
         triggers=("som sammankallande", "som ordförande", "som samordnare", "som projektledare"),
         pattern=r"\b(?:inrätta|inrättas|tillsätta|tillsätts|bilda|bildas|skapa|skapas)\s+(?:en\s+|ett\s+)?"
                 # ("tillsätta en tillfällig arbetsgrupp för X med …": a body for the time being)
                 r"(?:(?:tillfällig|tillfälligt|ny|nytt|gemensam|gemensamt)\s+)?(?P<group>[^.;]{3,80}?)\s+med\s+"
                 r"(?P<lead>[A-ZÅÄÖ][^.;,]{1,60}?)\s+som\s+(?P<leadrole>sammankallande|ordförande|samordnare|projektledare)"
                 r"(?:,?\s+(?:samt|och)\s+(?P<who>[A-ZÅÄÖ][^.;]{1,80}?)\s+som\s+(?P<role>[^,.;]+?))?\s*(?:,|$)",
         examples=(_ex("inrätta Arbetsgrupp hemtagning med SP som sammankallande samt EB och TF som kommunernas "
                       "representanter", decision=True, roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Arbetsgrupp hemtagning", "join"),
                              ("membership", "Elin Borg", "Arbetsgrupp hemtagning", "join"),
                              ("membership", "Tobias Fagerlund", "Arbetsgrupp hemtagning", "join"),
                              ("assignment", ["Sanna Pirinen", "Elin Borg", "Tobias Fagerlund"],
                               "ingå i Arbetsgrupp hemtagning"))),
                   _ex("att tillsätta en tillfällig arbetsgrupp för fallprevention med Karin Wik som sammankallande,",
                       decision=True, body="Samverkansgrupp äldre",
                       facts=(("membership", "Karin Wik", "Arbetsgrupp för fallprevention", "join"),
                              ("assignment", ["Karin Wik"], "ingå i Arbetsgrupp för fallprevention")))),
         counter_examples=("inrätta en arbetsgrupp med uppdrag att se över rutinen som ordförande föreslagit",)),
    # who leads it in brackets after the name, the others listed after: "tillsätta en skrivargrupp med Elsa Ek
    # (sammankallande), Mirja Lind och Tomas Berg"
    Rule("created_with_members_bracketed", "membership", change="join", exclusive=False,
         triggers=("(sammankallande)", "(ordförande)", "(samordnare)", "(projektledare)"),
         pattern=r"\b(?:inrätta|inrättas|tillsätta|tillsätts|bilda|bildas|skapa|skapas)\s+(?:en\s+|ett\s+)?(?P<group>[^.;]{3,80}?)\s+med\s+"
                 r"(?P<lead>[A-ZÅÄÖ][^.;,()]{1,60}?)\s+\((?P<leadrole>sammankallande|ordförande|samordnare|projektledare)\)"
                 r"(?:,?\s+(?P<who>[A-ZÅÄÖ][^.;()]{1,80}?))?\s*(?:[,.]|$)",
         examples=(_ex("tillsätta en skrivargrupp med Elsa Ek (sammankallande), Mirja Lind och Tomas Berg", decision=True,
                       facts=(("membership", "Elsa Ek", "Skrivargruppen", "join"),
                              ("membership", "Mirja Lind", "Skrivargruppen", "join"),
                              ("membership", "Tomas Berg", "Skrivargruppen", "join"),
                              ("assignment", ["Elsa Ek", "Mirja Lind", "Tomas Berg"], "ingå i Skrivargruppen"),
                              ("mandate", "Samverkansgrupp äldre", "Skrivargruppen", "delegates"))),),
         counter_examples=("tillsätta en skrivargrupp med uppdrag att skriva planen (sammankallande saknas)",)),
    # a group made for one task, its members and the task told at once: "delegera till en skrivgrupp med Linnea, Omar
    # och Annika att ta fram …", "ge en arbetsgrupp med A och B i uppdrag att …"
    Rule("delegated_to_new_group", "membership", change="join", exclusive=False,
         triggers=("delegera", "uppdra", "ge en "),
         pattern=r"\b(?:(?:delegera|delegerar|delegeras|uppdra|uppdrar|uppdras)\s+(?:åt|till)|\bge|ger)\s+en\s+"
                 r"(?P<group>[a-zåäö]{3,}(?:grupp|team))\s+med\s+(?P<who>[A-ZÅÄÖ][^.;:]{1,80}?)\s+(?:i\s+uppdrag\s+)?att\s+"
                 r"(?P<task>[^.;]{5,200}?)\s*$",
         examples=(_ex("Gruppen beslutade att delegera till en skrivgrupp med Elsa, Mirja och Tomas att ta fram ett utkast "
                       "till rutin.", roster=("Elsa Ek", "Mirja Lind", "Tomas Berg"), body="Arbetsgrupp SIP",
                       facts=(("membership", "Elsa Ek", "Skrivgruppen", "join"),
                              ("membership", "Tomas Berg", "Skrivgruppen", "join"),
                              ("assignment", ["Elsa Ek", "Mirja Lind", "Tomas Berg", "Skrivgruppen"],
                               "ta fram ett utkast till rutin"),
                              ("mandate", "Arbetsgrupp SIP", "Skrivgruppen", "delegates"))),
                   _ex("ge en arbetsgrupp med Elsa Ek och Tomas Berg i uppdrag att se över rutinen", decision=True,
                       body="Styrgrupp Nära vård",
                       facts=(("membership", "Elsa Ek", "Arbetsgruppen", "join"),
                              ("assignment", ["Elsa Ek", "Tomas Berg", "Arbetsgruppen"], "se över rutinen"),
                              ("mandate", "Styrgrupp Nära vård", "Arbetsgruppen", "delegates")))),
         counter_examples=("delegera till en arbetsgrupp med representanter för alla kommuner att ta fram rutinen",)),
    # a standing group named in full, told with who leads it
    Rule("convener_with", "membership", change="member", exclusive=False, narrative_only=True,
         triggers=("som sammankallande", "som ordförande"), handler="_ms_convener_with",
         examples=(_ex("Samverkansgruppen har bildat Arbetsgrupp samsjuklighet med en representant per huvudman och Vera "
                       "Lund, Åby kommun, som sammankallande.",
                       ("membership", "Vera Lund", "Arbetsgrupp samsjuklighet", "member")),),
         counter_examples=("Det nya arbetssättet, med Vera Lund som sammankallande, prövas i höst.",)),
    # who carries out a point, written after a dash and the word "ansvar", no colon: "… senast 15 juni – ansvar
    # Eva och Per", "Rutinen skickas ut – ansvarig Elin Borg"
    # a task asked of someone at the table and taken on: "Kan Sanna sammanställa synpunkterna? – Ja, före v. 10.",
    # "Kan Elin ta med frågan till styrgruppen? – Elin tar med den." (not when the answer is no)
    Rule("asked_and_agreed", "assignment", narrative_only=True, triggers=("Kan ",), handler="_asked_and_agreed",
         examples=(_ex("Kan Sanna sammanställa synpunkterna i en tabell? – Ja, före v. 10.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "sammanställa synpunkterna i en tabell"),)),
                   _ex("Kan Fatima och Elin kontrollera kontaktvägarna i bilaga 2? – Ja, till nästa möte.", roster=_ROSTER,
                       facts=(("assignment", ["Fatima Osman", "Elin Borg"], "kontrollera kontaktvägarna i bilaga 2"),)),
                   _ex("Kan Mattias boka lokal i Åby för utbildningsdagen? – Mattias kollar och återkommer innan påsk.",
                       roster=_ROSTER, facts=(("assignment", ["Mattias Öhrn"], "boka lokal i Åby för utbildningsdagen"),))),
         counter_examples=("Kan Sanna sammanställa synpunkterna? – Nej, det hinns inte före sommaren.",
                           "Kan regionen ta fram statistik? Det är oklart.")),
    # a task asked of a reader by name in notes sent as a letter, needing no answer at the table: "Kan du, Sanna,
    # samordna kontakten med skolorna?", "Kan du, Elin, tillsammans med Mattias ta fram ett förslag?", "Kan ni,
    # Fatima och Elin, boka lokal?"
    Rule("asked_by_name", "assignment", narrative_only=True, triggers=("Kan du,", "Kan ni,"), handler="_asked_by_name",
         examples=(_ex("Kan du, Sanna, samordna kontakten med skolorna och skicka ut brevet före jul?", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "samordna kontakten med skolorna och skicka ut brevet före jul"),)),
                   _ex("Kan du, Elin, tillsammans med Mattias ta fram ett förslag till program för dagen?", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg", "Mattias Öhrn"], "ta fram ett förslag till program för dagen"),)),
                   _ex("Kan ni, Fatima och Tobias, boka lokal för utbildningsdagen?", roster=_ROSTER,
                       facts=(("assignment", ["Fatima Osman", "Tobias Fagerlund"], "boka lokal för utbildningsdagen"),))),
         counter_examples=("Kan du, Sanna, tänka dig att vara med?",
                           "Kan du, som ordförande, sammanfatta läget?")),
    # notes written in English (a cross-border group's): "Action: A and B find out …", "A will send …"
    Rule("english_action", "assignment", narrative_only=True, triggers=("Action:", "ACTION:", " will "),
         handler="_english_action",
         examples=(_ex("Action: Elin Borg and Mattias Öhrn find out what the radios need, and report to the next meeting.",
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "find out what the radios need"), roster=_ROSTER),
                   _ex("Sanna will send the final draft to the steering group before 20.11.",
                       ("assignment", ["Sanna Pirinen"], "send the final draft to the steering group"), roster=_ROSTER)),
         counter_examples=("Action: None.", "The agreement will be extended with two years.")),
    Rule("dash_responsible", "assignment", triggers=("– ansvar", "- ansvar", "— ansvar"),
         pattern=r"^(?:att\s+)?(?:(?:Det\s+)?(?:[Öö]verenskoms|[Bb]estämdes|[Bb]eslutades|[Kk]om\s+vi\s+överens\s+om)\s+att\s+)?"
                 r"(?P<task>[^;]{6,200}?)\s+[–—-]\s+ansvar(?:ig[a]?|et)?\s+(?P<who>[A-ZÅÄÖ][^.;:]{1,80}?)\s*\.?$",
         examples=(_ex("Överenskoms att kommunen och vårdcentralen byter kontaktlistor senast 15 juni – ansvar Elin och "
                       "Mattias.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg", "Mattias Öhrn"], "kommunen och vårdcentralen byter kontaktlistor"),)),
                   _ex("Rutinen skickas ut till alla enheter – ansvarig Elin Borg.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "rutinen skickas ut till alla enheter"),))),
         counter_examples=("Rutinen skickas ut – ansvar för uppföljningen ligger hos kommunen.",)),
    # who does the task told before a dash at the end of a point: "• Regionen redovisar motsvarande uppgifter – Johanna."
    # (the organisation's task, carried out by the one named for it)
    Rule("dash_doer", "assignment", triggers=(" – ", " — "), handler="_dash_doer",
         examples=(_ex("• Regionen redovisar motsvarande uppgifter för primärvårdens hembesök – Elin.",
                       roster=("Elin Borg, Region Norrby", "Per Lind, Tallviks kommun"),
                       facts=(("assignment", ["Regionen", "Elin Borg"], "redovisa motsvarande uppgifter"),)),),
         counter_examples=("Regionen redovisar läget – Elin har varit sjuk.", "Ekonomisk uppföljning – Elin Borg.",
                           "Gruppen diskuterar – Elin Borg.")),
    Rule("decided_leaders", "membership", change="join", decision_only=True, triggers=("leder ", "leda "),
         pattern=r"^(?:att\s+)?(?P<who>[A-ZÅÄÖ][^.;:]{0,80}?)\s+(?P<task>(?:tillsammans\s+|gemensamt\s+)?(?:leder|ska\s+leda)\s+"
                 r"(?P<group>[\wåäö-]*gruppen))\s*$",
         examples=(_ex("tillsätta en arbetsgrupp för tolkstöd med en representant per huvudman\n"
                       "att KW och RÖ tillsammans leder arbetsgruppen", decision=True,
                       roster=("Katarina Wiik", "Rickard Öst"), body="Samverkansgrupp äldre",
                       facts=(("membership", "Katarina Wiik", "Arbetsgrupp för tolkstöd", "join"),
                              ("membership", "Rickard Öst", "Arbetsgrupp för tolkstöd", "join"),
                              ("assignment", ["Katarina Wiik", "Rickard Öst"], "tillsammans leda arbetsgruppen"))),),
         counter_examples=("Karin Ek leder arbetsgruppen sedan 2023 och berättade om arbetet.",)),
    # when the work a task asked for is due, told in the sentence after it: "Utkastet presenteras för teamet den 7 maj"
    # the body just set up, by its kind, with the work it is to bring back: "En arbetsgrupp … tillsätts med A och B.
    # Arbetsgruppen redovisar ett första utkast till nätverket vid marsmötet."
    Rule("created_delivers", "assignment", exclusive=False,
         triggers=("redovisar", "presenterar", "lämnar", "återrapporterar"), handler="_created_delivers",
         examples=(_ex("En skrivgrupp tillsätts: Karin Ek och Olle Sand. Skrivgruppen presenterar ett utkast för "
                       "samverkansgruppen i februari.",
                       ("assignment", ["Skrivgruppen"], "presentera ett utkast för samverkansgruppen"),
                       ("mandate", "Skrivgruppen", "Samverkansgrupp äldre", "reports_to")),
                   _ex("En arbetsgrupp för introduktionsprogrammet tillsätts med Karin Ek och Olle Sand. Arbetsgruppen "
                       "redovisar ett första utkast till styrgruppen vid marsmötet.", body="Styrgrupp Rehab",
                       facts=(("assignment", ["Arbetsgrupp för introduktionsprogrammet"], "redovisa ett första utkast"),
                              ("mandate", "Arbetsgrupp för introduktionsprogrammet", "Styrgrupp Rehab", "reports_to")))),
         counter_examples=("Arbetsgruppen redovisar ett första utkast till styrgruppen vid marsmötet.",)),
    Rule("follow_on_due", "assignment", exclusive=False,
         triggers=("presenteras", "redovisas", "lämnas", "skickas", "återrapporteras"), handler="_follow_on_due",
         examples=(_ex("En arbetsgrupp bildas bestående av Karin Ek och Olle Sand med uppdrag att revidera rutinen för "
                       "hembesök. Förslaget lämnas till samverkansgruppen i mars.",
                       ("assignment", ["Karin Ek", "Olle Sand"], "revidera rutinen för hembesök"),
                       ("mandate", "Arbetsgrupp för rutinen för hembesök", "Samverkansgrupp äldre", "reports_to")),),
         counter_examples=("Utkastet presenteras för gruppen den 7 maj.",)),
    # set up with its members named and its task given, often with no name of its own: named by its kind and its work
    Rule("formed_of_members", "membership", change="join",
         triggers=("bestående av", "tillsätts med", "tillsätts:", "bildas med", "bildas:", "inrättas med", "inrättas:",
                   "tillsätter en", "bildar en", "inrättar en", "tillsätta en", "bilda en", "inrätta en"),
         handler="_formed_of_members",
         examples=(# the members after the verb, with "med" or a colon, its lead told in the next sentence
                   _ex("tillsätta en skrivgrupp: Eva Ek, sammankallande, Per Lind och Anna Berg", decision=True,
                       facts=(("membership", "Eva Ek", "Skrivgruppen", "join"),
                              ("membership", "Anna Berg", "Skrivgruppen", "join"),
                              ("assignment", ["Eva Ek"], "vara sammankallande i skrivgruppen"))),
                   # the body that met sets it up, its members after a colon, the lead's role after a comma
                   _ex("Samrådet tillsätter en planeringsgrupp för närvårdsdagen i oktober: Rolf Enqvist (S), sammankallande, "
                       "Emma Fors (L) och Helén Dahlqvist.", body="Politiskt samråd Nära vård Åby",
                       facts=(("membership", "Rolf Enqvist", "Planeringsgrupp för närvårdsdagen", "join"),
                              ("membership", "Helén Dahlqvist", "Planeringsgrupp för närvårdsdagen", "join"),
                              ("assignment", ["Rolf Enqvist"], "vara sammankallande i planeringsgrupp för närvårdsdagen"),
                              ("mandate", "Politiskt samråd Nära vård Åby", "Planeringsgrupp för närvårdsdagen", "delegates"))),
                   _ex("En arbetsgrupp för introduktionsprogrammet tillsätts med Karin Ek, Olle Sand och Gun Berg. Olle Sand "
                       "är sammankallande.",
                       ("membership", "Karin Ek", "Arbetsgrupp för introduktionsprogrammet", "join"),
                       ("membership", "Olle Sand", "Arbetsgrupp för introduktionsprogrammet", "join"),
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp för introduktionsprogrammet", "delegates")),
                   # set up by a decision with no task told: its members' duty is to be it
                   _ex("En skrivgrupp bildas med Karin Ek, Olle Sand och Gun Berg.", decision=True,
                       facts=(("membership", "Olle Sand", "Skrivgruppen", "join"),
                              ("assignment", ["Karin Ek", "Olle Sand", "Gun Berg"], "utgöra skrivgrupp"))),
                   _ex("En skrivgrupp tillsätts: Karin Ek, Olle Sand och Gun Berg. Gun Berg är sammankallande.",
                       ("membership", "Gun Berg", "Skrivgruppen", "join"),
                       ("membership", "Karin Ek", "Skrivgruppen", "join"),
                       ("mandate", "Samverkansgrupp äldre", "Skrivgruppen", "delegates")),
_ex("En arbetsgrupp bildas bestående av Karin Ek, Olle Sand och Gun Berg med uppdrag att ta fram ett "
                       "utkast till rutin för hembesök. Karin är sammankallande.",
                       ("membership", "Olle Sand", "Arbetsgrupp för rutin för hembesök", "join"),
                       ("membership", "Karin Ek", "Arbetsgrupp för rutin för hembesök", "join"),
                       ("assignment", ["Karin Ek", "Olle Sand", "Gun Berg"], "ta fram ett utkast till rutin för hembesök"),
                       ("assignment", ["Karin Ek"], "vara sammankallande"),
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp för rutin för hembesök", "delegates")),
                   # a political one, its members with their parties, reporting back to the body that set it up
                   _ex("En politisk referensgrupp bildas bestående av Eva Ek (S), Per Lund (M) och Anna Berg (V) med uppdrag "
                       "att följa införandet av mobila team och återrapportera till utskottet i juni 2026.", decision=True,
                       body="Primärvårdsutskottet",
                       facts=(("membership", "Per Lund", "Politisk referensgrupp för införandet av mobila team", "join"),
                              ("mandate", "Primärvårdsutskottet", "Politisk referensgrupp för införandet av mobila team",
                               "delegates"),
                              ("mandate", "Politisk referensgrupp för införandet av mobila team", "Primärvårdsutskottet",
                               "reports_to"))),
                   _ex("bilda en skrivgrupp bestående av Karin Ek och Olle Sand med uppdrag att revidera den gemensamma "
                       "rutinen för trygg hemgång", decision=True,
                       facts=(("membership", "Karin Ek", "Skrivgrupp för gemensamma rutinen för trygg hemgång", "join"),
                              ("assignment", ["Karin Ek", "Olle Sand"], "revidera den gemensamma rutinen"))),
                   # named in full, the members before the verb
                   _ex("En arbetsgrupp för fallprevention bestående av Karin Ek och Gun Berg tillsätts.",
                       ("membership", "Gun Berg", "Arbetsgrupp för fallprevention", "join"))),
         counter_examples=("En grupp bestående av tre chefer från kommunerna bildas senare.",
                           "Rådet är ett organ bestående av representanter för föreningarna.",
                           "En arbetsgrupp bestående av Karin Ek och Gun Berg har arbetat med frågan sedan i våras.",
                           "En arbetsgrupp tillsätts med uppdrag att se över rutinen.",
                           "Samrådet tillsätter en arbetsgrupp för frågan senare i vår: det återkommer vi till.")),
    Rule("creation", "mandate", triggers=("skapa", "inrätta", "tillsätt", "tillsatt", "bilda", "etablera"),
         handler="_creation_in_text",
         examples=(_ex("Gruppen beslutade att inrätta en arbetsgrupp för fallprevention.",
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp för fallprevention", "delegates")),
                   # the huvudmän a ledningsgrupp brings together set it up: the ledningsgrupp's decision
                   _ex("Kommunerna och regionen tillsätter en gemensam arbetsgrupp för trygg hemgång.", decision=True,
                       body="Länsgemensam ledningsgrupp",
                       facts=(("mandate", "Länsgemensam ledningsgrupp", "Arbetsgrupp för trygg hemgång", "delegates"),)),
                   _ex("Styrgruppen beslutar att inrätta en arbetsgrupp för hembesök som rapporterar till styrgruppen.",
                       ("mandate", "Styrgrupp Rehab", "Arbetsgrupp för hembesök", "delegates"),
                       ("mandate", "Arbetsgrupp för hembesök", "Styrgrupp Rehab", "reports_to"), body="Styrgrupp Rehab"),
                   # its work to deliver given with it, and handed in to the body that set it up
                   _ex("inrätta en arbetsgrupp för ungas hälsa med uppdrag att ta fram förslag till prioriteringar och "
                       "redovisa dem för rådet senast den 12 juni 2031", decision=True, body="Politiskt samverkansråd",
                       facts=(("mandate", "Politiskt samverkansråd", "Arbetsgrupp för ungas hälsa", "delegates"),
                              ("mandate", "Arbetsgrupp för ungas hälsa", "Politiskt samverkansråd", "reports_to"),
                              ("assignment", ["Arbetsgrupp för ungas hälsa"], "ta fram förslag till prioriteringar"))),
                   _ex("inrätta Styrgrupp Trygg hemgång enligt uppdragsbeskrivningen", decision=True, body="Ledningsgrupp vård",
                       facts=(("mandate", "Ledningsgrupp vård", "Styrgrupp Trygg hemgång", "delegates"),)),
                   # another body's setting up, told: by someone, with its day, after another thing it did
                   _ex("Anna Berg rapporterar från LSVO, bland annat att LSVO har inrättat Styrgrupp hemsjukvård och "
                       "rehabilitering.", ("mandate", "LSVO", "Styrgrupp hemsjukvård och rehabilitering", "delegates"),
                       body="PSVO"),
                   _ex("LVO beslutade 2027-09-09 att inrätta Projektgruppen för gemensam korttidsvård.",
                       ("mandate", "LVO", "Projektgruppen för gemensam korttidsvård", "delegates"), body="Socialnämnden"),
                   _ex("LVO har sedan förra sammanträdet behandlat uppföljningen av hjälpmedel och tillsatt en arbetsgrupp "
                       "för gemensam statistik.", ("mandate", "LVO", "Arbetsgrupp för gemensam statistik", "delegates"),
                       body="Politiskt samrådsorgan"),
                   # decided in the passive, the body it is set up under named
                   _ex("en arbetsgrupp för samsjuklighet bildas under samverkansgruppen, med en representant per huvudman",
                       decision=True, body="Samverkansgrupp psykisk hälsa",
                       facts=(("mandate", "Samverkansgrupp psykisk hälsa", "arbetsgrupp för samsjuklighet", "delegates"),)),
                   _ex("RLG har inrättat Styrgrupp Trygg hemgång, som möts första gången i juni.",
                       ("mandate", "RLG", "Styrgrupp Trygg hemgång", "delegates")),
                   # another body's creation told in the past, with its day, as what someone informed of
                   _ex("Karin Ek informerar om att RLG den 16 maj inrättade Styrgrupp Trygg hemgång, som möts i juni.",
                       ("mandate", "RLG", "Styrgrupp Trygg hemgång", "delegates")),
                   # told as what someone reported, the participle of "tillsätta"
                   _ex("Eva Ek redogör för att ledningsgruppen har tillsatt en arbetsgrupp för korttidsplatser.",
                       ("mandate", "Ledningsgrupp Tallvik", "Arbetsgrupp för korttidsplatser", "delegates"),
                       body="Ledningsgrupp Tallvik"),
                   _ex("PSV har också inrättat en arbetsgrupp för gemensam utbildning.",
                       ("mandate", "PSV", "Arbetsgrupp för gemensam utbildning", "delegates"), body="Omsorgsnämnden"),
                   # the body that met, in the present tense, with what the new group does before where it reports
                   _ex("Samverkansgruppen tillsätter en arbetsgrupp för suicidprevention som tar fram ett utkast och "
                       "rapporterar till samverkansgruppen.", body="Samverkansgrupp psykisk hälsa",
                       facts=(("mandate", "Samverkansgrupp psykisk hälsa", "Arbetsgrupp för suicidprevention", "delegates"),
                              ("mandate", "Arbetsgrupp för suicidprevention", "Samverkansgrupp psykisk hälsa",
                               "reports_to"))),
                   # what the new body does is its task
                   _ex("skapa en styrgrupp för psykisk hälsa som under LSVO leder utvecklingen av arbetet", decision=True,
                       body="LSVO", facts=(("mandate", "LSVO", "Styrgrupp för psykisk hälsa", "delegates"),
                                           ("assignment", ["Styrgrupp för psykisk hälsa"], "leda utvecklingen av arbetet"))),
                   # created by its name, its work to be handed in to the body that met
                   _ex("inrätta Arbetsgrupp samsjuklighet med uppdrag att ta fram förslag till gemensam rutin, att redovisas "
                       "för samverkansgruppen i februari 2029", decision=True, body="Samverkansgrupp psykisk hälsa",
                       facts=(("mandate", "Samverkansgrupp psykisk hälsa", "Arbetsgrupp samsjuklighet", "delegates"),
                              ("mandate", "Arbetsgrupp samsjuklighet", "Samverkansgrupp psykisk hälsa", "reports_to"),
                              ("assignment", ["Arbetsgrupp samsjuklighet"], "ta fram förslag till gemensam rutin"))),
                   # created by its name for a period, its task a thing to make with no day set
                   _ex("inrätta Projektgrupp kompetens för perioden maj–december 2027 med uppdrag att ta fram en gemensam "
                       "plan för kompetensförsörjning", decision=True, body="Ledningsgrupp Norrby",
                       facts=(("mandate", "Ledningsgrupp Norrby", "Projektgrupp kompetens", "delegates"),
                              ("assignment", ["Projektgrupp kompetens"], "ta fram en gemensam plan för kompetensförsörjning"))),
                   # a decision naming the new body as its subject, in the passive
                   _ex("Arbetsgrupp SIP inrättas med uppdrag att ta fram en gemensam rutin.", decision=True,
                       body="Samverkansgrupp psykisk hälsa",
                       facts=(("mandate", "Samverkansgrupp psykisk hälsa", "Arbetsgrupp SIP", "delegates"),
                              ("assignment", ["Arbetsgrupp SIP"], "ta fram en gemensam rutin")))),
         counter_examples=("Vi behöver skapa förståelse för uppdraget.",
                           # a plan: no body is given a mandate yet
                           "Karin Ek informerar om att RLG avser att inrätta en styrgrupp för äldres hälsa; beslut väntas i maj.",
                           "Kommunen har inrättat Hemtjänst Norr i nya lokaler.",
                           "Elin Borg har inrättat en arbetsgrupp för sina chefer.",
                           "Kommunen tillsätter en arbetsgrupp för sina chefer.",
                           "Arbetsgrupp SIP inrättades 2023 och har mött sig tio gånger.",
                           "Elin Borg inrättade Hemtjänst Norr i nya lokaler.")),
    Rule("consists_of", "membership", change="join",
         triggers=("består av", "bestå av", "bildas med", "inrättas med", "tillsätts med"),
         # "En tillfällig arbetsgrupp för X bildas med A (sammankallande), B och C": formed with its members
         pattern=r"^(?:att\s+)?(?:(?:[Ee]n|[Ee]tt)\s+(?:(?:tillfällig|ny|gemensam)\s+)?)?(?P<group>[^.;]{2,80}?)\s+"
                 r"(?:(?:ska\s+)?(?:består|bestå)\s+av|(?:bildas|inrättas|tillsätts)\s+med)\s+(?P<who>[^.;]+?)"
                 r"(?:,?\s+med\s+(?P<lead>[^,.;]+?)\s+som\s+(?P<leadrole>sammankallande|ordförande|samordnare)\b"
                 r"|,?\s+(?:och|där)\s+(?P<lead2>[A-ZÅÄÖ][^,.;]{0,40}?)\s+är\s+(?P<leadrole2>sammankallande|ordförande|samordnare)\b"
                 # ("… ska bestå av en representant från varje kommun; sammankallande är Eva Ek, samordnare": the
                 # seats to fill, and the one person named, who leads)
                 r"|;\s*(?P<leadrole3>sammankallande|ordförande|samordnare)\s+(?:är|blir)\s+(?P<lead3>[A-ZÅÄÖ][^,.;]{0,40}?)"
                 r"(?:,[^;]*)?\s*$|$)",
         examples=(_ex("bilda en arbetsgrupp för fallprevention\n"
                       "arbetsgruppen består av KW, RÖ och ALM, med KW som sammankallande", decision=True,
                       roster=("Katarina Wiik", "Rickard Öst", "Annika Lövgren-Mård"),
                       body="Samverkansgrupp äldre",
                       facts=(("membership", "Rickard Öst", "Arbetsgrupp för fallprevention", "join"),
                              ("membership", "Katarina Wiik", "Arbetsgrupp för fallprevention", "join"),
                              ("assignment", ["Katarina Wiik"], "vara sammankallande"))),
                   _ex("inrätta en arbetsgrupp för tolkstöd\n"
                       "Arbetsgruppen består av Karin Ek, Olle Sand och Gun Berg, och Karin är sammankallande.",
                       decision=True, body="Samverkansgrupp äldre",
                       facts=(("membership", "Olle Sand", "Arbetsgrupp för tolkstöd", "join"),
                              ("assignment", ["Karin Ek"], "vara sammankallande"))),
                   # the lead by a note after the name; a seat still to be filled is no member
                   _ex("En arbetsgrupp för konsultationstid i elevhälsan inrättas. Arbetsgruppen består av Nora Lind "
                       "(sammankallande), Mattias Ström och en representant för elevhälsan från respektive kommun.",
                       ("membership", "Nora Lind", "Arbetsgrupp för konsultationstid i elevhälsan", "join"),
                       ("membership", "Mattias Ström", "Arbetsgrupp för konsultationstid i elevhälsan", "join"),
                       ("assignment", ["Nora Lind"], "vara sammankallande")),
                   _ex("En tillfällig arbetsgrupp för korttidsplatser bildas med Karin Wik (sammankallande), Jenny Dahl "
                       "och Annika Lund.",
                       ("membership", "Karin Wik", "Arbetsgrupp för korttidsplatser", "join"),
                       ("membership", "Annika Lund", "Arbetsgrupp för korttidsplatser", "join"),
                       ("assignment", ["Karin Wik"], "vara sammankallande")),
                   # the seats to fill, the one person named its lead
                   _ex("RLG beslutar att inrätta en arbetsgrupp för palliativ vård i hemmet. Arbetsgruppen ska bestå av "
                       "en representant från varje kommun och två från regionen; sammankallande är Ebba Lind, "
                       "samordnare Nära vård, Region Norrby.", body="Regionala ledningsgruppen för vård och omsorg",
                       facts=(("membership", "Ebba Lind", "Arbetsgrupp för palliativ vård i hemmet", "join"),
                              ("assignment", ["Ebba Lind"], "vara sammankallande"))),
                   # each member with the huvudman she sits for, the lead noted after hers
                   _ex("att inrätta Arbetsgrupp samsjuklighet\nArbetsgruppen består av Therese Berg, Ronneby kommun "
                       "(sammankallande), Linnéa Carl, Olofströms kommun, samt Elin Ryd, Region Blekinge.", decision=True,
                       facts=(("membership", "Therese Berg", "Arbetsgrupp samsjuklighet", "join"),
                              ("membership", "Linnéa Carl", "Arbetsgrupp samsjuklighet", "join"),
                              ("membership", "Elin Ryd", "Arbetsgrupp samsjuklighet", "join"),
                              ("assignment", ["Therese Berg"], "vara sammankallande"))),
                   # the lead by the role after the name and its party, between commas
                   _ex("inrätta en arbetsgrupp för ungas hälsa\n"
                       "arbetsgruppen består av Rolf Ek (S), sammankallande, Eva Lund (M) och Per Sand (C)", decision=True,
                       body="Politiskt samverkansråd",
                       facts=(("membership", "Rolf Ek", "Arbetsgrupp för ungas hälsa", "join"),
                              ("membership", "Per Sand", "Arbetsgrupp för ungas hälsa", "join"),
                              ("assignment", ["Rolf Ek"], "vara sammankallande"))),
                   # set up by a decision, its name before the verb, one member's title after her name
                   _ex("En arbetsgrupp för fast vårdkontakt tillsätts med Filip Ek (sammankallande), Mona Al-Sayed och "
                       "Therese Kvist, distriktssköterska vid Åby vårdcentral.", decision=True,
                       facts=(("membership", "Filip Ek", "Arbetsgrupp för fast vårdkontakt", "join"),
                              ("membership", "Therese Kvist", "Arbetsgrupp för fast vårdkontakt", "join"),
                              ("assignment", ["Filip Ek"], "vara sammankallande"),
                              ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp för fast vårdkontakt", "delegates")))),
         counter_examples=("Underlaget består av tre delar.", "Dagen bildas med stöd av förbundet.",
                           "Gruppen består av chefer; sammankallande är ännu inte utsedd.",
                           "Tjänsten tillsätts med en person från kommunen.")),
    Rule("composition", "membership", triggers=("utgör",), handler="_ms_composition",
         examples=(_ex("Karin Ek, Johan Berg och Eva Lind utgör styrgrupp Digitala möten.",
                       ("membership", "Eva Lind", "styrgrupp Digitala möten", "join")),
                   # decided, the composition is a duty given its members
                   _ex("Karin Ek, Johan Berg och Eva Lind utgör styrgrupp Digitala möten", decision=True,
                       facts=(("membership", "Karin Ek", "styrgrupp Digitala möten", "join"),
                              ("assignment", ["Karin Ek", "Johan Berg", "Eva Lind"], "utgöra styrgrupp Digitala möten"))))),
    # an action line with who (and when) after the task, or who before a colon
    Rule("labelled_action", "assignment", triggers=("åtgärd:", "åtgärd :", "åtgärd ", "uppdrag till", "uppgift till", "att göra:",
                                                     "att göra ("),
         handler="_labelled_action",
         examples=(_ex("Åtgärd: Ta fram förslag till rutin (Elin Borg, v. 48).",
                       ("assignment", ["Elin Borg"], "ta fram förslag till rutin"), roster=_ROSTER),
                   _ex("Åtgärd: Skicka underlaget till kommunerna – Olle Sand, senast 2/12.",
                       ("assignment", ["Olle Sand"], "skicka underlaget till kommunerna"), roster=("Olle Sand",)),
                   _ex("Åtgärd: Elin Borg är sammankallande för arbetsgruppen.",
                       ("assignment", ["Elin Borg"], "vara sammankallande"), roster=_ROSTER),
                   _ex("Uppdrag till Elin Borg: ta fram ett förslag till rutin till nästa möte.",
                       ("assignment", ["Elin Borg"], "ta fram ett förslag till rutin"), roster=_ROSTER),
                   # the task in the imperative, and the next action line run on after the doer
                   _ex("Åtgärd: Sammanställ kostnaderna (Elin Borg) Åtgärd: Bjud in fastighetsavdelningen (Olle Sand)",
                       ("assignment", ["Elin Borg"], "sammanställ kostnaderna"),
                       ("assignment", ["Olle Sand"], "bjud in fastighetsavdelningen"), roster=("Elin Borg", "Olle Sand")),
                   # two doers in the brackets, no day
                   _ex("Åtgärd: Ta fram rutin för överlämning (Elin Borg, Olle Sand)",
                       ("assignment", ["Elin Borg", "Olle Sand"], "ta fram rutin för överlämning"),
                       roster=("Elin Borg", "Olle Sand")),
                   # the label as a banner, the doers joined by a plus before a colon, the task a noun and its day
                   _ex("ÅTGÄRD Elin Borg + Olle Sand: utkast till rutin för överrapportering, klart 2026-02-09.",
                       ("assignment", ["Elin Borg", "Olle Sand"], "utkast till rutin för överrapportering"),
                       roster=("Elin Borg", "Olle Sand")),
                   _ex("ÅTGÄRD Mattias Öhrn: skicka ut mallen till samtliga kommuner.",
                       ("assignment", ["Mattias Öhrn"], "skicka ut mallen till samtliga kommuner"), roster=_ROSTER),
                   # the doers' initials and the day in brackets after the label, the line marked with an arrow
                   _ex("→ ATT GÖRA (MB, 7/5): sammanställa avvikelser från piloten till nästa möte.",
                       ("assignment", ["Mats Berg"], "sammanställa avvikelser från piloten"),
                       roster=("Mats Berg (MB)", "Anna Lund (AL)")),
                   _ex("→ ATT GÖRA (MB, AL, 2031-05-14): kontrollera att alla har SITHS-kort.",
                       ("assignment", ["Mats Berg", "Anna Lund"], "kontrollera att alla har SITHS-kort"),
                       roster=("Mats Berg (MB)", "Anna Lund (AL)"))),
         counter_examples=("Åtgärd: Ingen (frågan är utredd).", "Uppdrag till arbetsgruppen: se bilaga.",
                           "Åtgärd enligt plan: se bilaga.", "Åtgärder för ökad tillgänglighet: ramper och ledstänger.",
                           "→ ATT GÖRA (inför nästa möte): läsa rapporten.")),
    # a task under its doers' names before a colon, as an e-mailed summary lists them
    # a task with its deadline first, as an action list's line: "Till 15 mars: Kalle och Sanna sammanställer …",
    # "Till styrgruppens möte 20 januari: Jenny skriver återrapporten …"
    Rule("deadline_first_task", "assignment", triggers=("Till ", "till "), handler="_deadline_first_task",
         examples=(_ex("Till 15 december: Elin och Mattias tar fram ett förslag till rutin.",
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "ta fram ett förslag till rutin"), roster=_ROSTER),
                   _ex("Till styrgruppens möte 20 januari: Elin skriver återrapporten till Styrgrupp Nära vård.",
                       ("assignment", ["Elin Borg"], "skriva återrapporten till Styrgrupp Nära vård"), roster=_ROSTER)),
         counter_examples=("Till mötet: Ingen anmälan.", "Till handlingarna: rapporten från oktober.")),
    # an action list's columns run into one line, each after its label: "Åtgärd: … Ansv: MÅ, HL Klart: 12/8"
    Rule("action_ansv_klart", "assignment", triggers=("Ansv:", "Ansvar:", "Ansvarig:"), handler="_action_ansv_klart",
         exclusive=True,
         examples=(_ex("Åtgärd: utkast till kriterier Ansv: Elin Borg, Fatima Osman Klart: 12/8",
                       ("assignment", ["Elin Borg", "Fatima Osman"], "utkast till kriterier"), roster=_ROSTER),
                   # two rows run on, the doer by initials
                   _ex("Åtgärd: utkast till kriterier Ansv: EB Klart: 12/8 Åtgärd: antal utskrivningsklara dagar per "
                       "kommun Ansv: SP Klart: 20/8",
                       ("assignment", ["Elin Borg"], "utkast till kriterier"),
                       ("assignment", ["Sanna Pirinen"], "antal utskrivningsklara dagar per kommun"),
                       roster=("Elin Borg (EB)", "Sanna Pirinen (SP)"))),
         counter_examples=("Åtgärd: ingen Ansv: – Klart: –", "Ansv: Elin Borg, Klart: v. 50")),
    # a labelled line of who, what and when between dashes: "Uppdrag: Elin Borg – bemanna gruppen – senast 2031-06-13."
    Rule("dashed_uppdrag_line", "assignment", triggers=("Uppdrag:", "Uppgift:"), handler="_dashed_uppdrag_line",
         examples=(_ex("Uppdrag: Elin Borg – bemanna arbetsgruppen och skicka namnen till sekreteraren – senast 2031-06-13.",
                       ("assignment", ["Elin Borg"], "bemanna arbetsgruppen och skicka namnen till sekreteraren"),
                       roster=_ROSTER),
                   # a body given it, and when it reports
                   _ex("Uppdrag: Samverkansgrupp äldre – kartlägga systemen för digital tillsyn – redovisas för RLG 2031-12-04.",
                       ("assignment", ["Samverkansgrupp äldre"], "kartlägga systemen för digital tillsyn"))),
         counter_examples=("Uppdrag: se bilaga – beslutas i juni – 2031-06-12.", "Uppdrag: Inga nya uppdrag denna gång.")),
    # the doers before an arrow, the task after it, when in brackets: "Amira H. → ta fram urvalskriterier (26/6)."
    Rule("doer_arrow_task", "assignment", triggers=("→", "->"), handler="_doer_arrow_task",
         examples=(_ex("Elin Borg → ta fram urvalskriterier för testet (26/6).",
                       ("assignment", ["Elin Borg"], "ta fram urvalskriterier för testet"), roster=_ROSTER),
                   # after a label, two doers joined by a plus, the day after "senast"
                   _ex("Vem gör vad: Sanna Pirinen + Fatima Osman → göra schema för hembesöken (senast 15/8).",
                       ("assignment", ["Sanna Pirinen", "Fatima Osman"], "göra schema för hembesöken"), roster=_ROSTER),
                   _ex("Mattias -> boka lokal till utbildningen.",
                       ("assignment", ["Mattias Öhrn"], "boka lokal till utbildningen"), roster=_ROSTER)),
         counter_examples=("Beslut → ärendet går vidare till styrgruppen.", "Region Norrby → kommunerna: statistik saknas.",
                           "Eva Berg slutar 31/12 → Ronja tar hennes plats tills vidare.")),
    Rule("named_line_task", "assignment", triggers=(":",), handler="_named_line_task",
         examples=(# a short verb and its particle, the doer by initials
                   _ex("AS: se över helgbemanningen på avd 12, 2026-12-10", roster=("Anders Svedin",),
                       facts=(("assignment", ["Anders Svedin"], "se över helgbemanningen på avd 12"),)),
                   _ex("Elin: bokar lokal för utbildningen.", ("assignment", ["Elin Borg"], "boka lokal"), roster=_ROSTER),
                   # "ta fram" too, as a mailed list's arrowed line writes it
                   _ex("-> Sanna: ta fram sammanställningen av fallskador till nästa möte (9/9).",
                       ("assignment", ["Sanna Pirinen"], "ta fram sammanställningen av fallskador"), roster=_ROSTER),
                   _ex("Elin och Mattias: går igenom statistiken och redovisar på nästa möte.",
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "gå igenom statistiken"), roster=_ROSTER),
                   _ex("Tobias Fagerlund: lämnar över kontaktlistan till Sanna innan jul.",
                       ("assignment", ["Tobias Fagerlund"], "lämna över kontaktlistan"), roster=_ROSTER),
                   # the task in the infinitive, as a list of who does what writes it
                   _ex("Elin: sprida valideringsplanen till kommunerna", ("assignment", ["Elin Borg"], "sprida valideringsplanen"),
                       roster=_ROSTER)),
         counter_examples=("Närvarande: Elin Borg, Mattias Öhrn.", "Beslut: gruppen antar rutinen.",
                           "Utbildning: antalet deltagare ökar.",
                           # what one reported, not a task: a comparative where the verb would stand
                           "Elin: fler äldre med depression fångas inte upp i hemtjänsten.",
                           # a plural noun where the verb would stand: a report
                           "Elin: uppgifter om 5–7 månaders väntan på hälsocentralen, oklart för övriga.",
                           "Elin: väntetiderna har ökat, synpunkter från två kommuner.",
                           "Elin: bra möte, alla var med.")),
    # who sees to a task given to others, in brackets at its end: "Kommunerna kontrollerar kontaktuppgifterna (CW påminner)."
    Rule("bracketed_doer", "assignment", exclusive=False,
         triggers=(" påminner)", " bevakar)", " kallar)", " sammanställer)", " följer upp)", " samordnar)"),
         handler="_bracketed_doer",
         examples=(_ex("Kommunerna kontrollerar att kontaktuppgifterna till socialjouren stämmer i rutinen (SP påminner).",
                       roster=("Sanna Pirinen",),
                       facts=(("assignment", ["Sanna Pirinen"], "påminna om: kommunerna kontrollerar"),)),),
         counter_examples=("Rutinen gäller tills vidare (se bilaga).",)),
    # a task written as a block of labelled lines under a point: "Uppdrag: … / Ansvarig: … / Återrapport: …"
    Rule("task_block", "assignment", triggers=("Uppdrag:", "Uppgift:"), handler="_task_block",
         examples=(_ex("Uppdrag:     Säkra läkarmedverkan i teamet från vårdcentralerna\n"
                       "             under våren.\n  Ansvarig:    Elin Borg\n  Återrapport: Styrgruppen 2026-04-15",
                       ("assignment", ["Elin Borg"], "säkra läkarmedverkan i teamet från vårdcentralerna under våren"),
                       roster=_ROSTER),
                   # a body responsible, with the one who leads the work in brackets; two bodies by name
                   _ex("Uppdrag: Ta fram en halvtidsutvärdering av piloten.\nAnsvarig: Arbetsgrupp SIP (Elin Borg)\n"
                       "Återrapport: 2026-04-15",
                       ("assignment", ["Arbetsgrupp SIP", "Elin Borg"], "ta fram en halvtidsutvärdering"), roster=_ROSTER),
                   _ex("Uppdrag: Lämna en lokal handlingsplan.\nAnsvarig: Arbetsgrupp SIP och Arbetsgrupp mobila team\n"
                       "Återrapport: 2026-03-31",
                       ("assignment", ["Arbetsgrupp SIP", "Arbetsgrupp mobila team"], "lämna en lokal handlingsplan")),
                   # a meeting app's task fields: "Uppgift:" / "Ansvarig:" / "Klart senast:"
                   _ex("Uppgift: Ta fram lista över patienter med delad läkemedelslista\nAnsvarig: Elin Borg\n"
                       "Klart senast: 2027-03-02",
                       ("assignment", ["Elin Borg"], "ta fram lista över patienter med delad läkemedelslista"),
                       roster=_ROSTER),
                   # the body that carries it out as the task's subject: its uppdrag from the body that met, and the
                   # line it reports along
                   _ex("UPPDRAG: Arbetsgrupp SIP följer upp rutinen och återrapporterar till Styrgrupp Barnahus. Ansvarig: "
                       "Elin Borg. Tidpunkt: juni 2028.", roster=_ROSTER, body="Styrgrupp Barnahus",
                       facts=(("assignment", ["Arbetsgrupp SIP", "Elin Borg"], "följa upp rutinen"),
                              ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"),
                              ("mandate", "Arbetsgrupp SIP", "Styrgrupp Barnahus", "reports_to"))),
                   # the fields on the task's line, the label typed in capitals as the headings are
                   _ex("UPPDRAG: Ta fram en gemensam uppföljningsmodell för de mobila teamen. Ansvarig: Elin Borg. "
                       "Tidpunkt: 2027-12-10.",
                       ("assignment", ["Elin Borg"], "ta fram en gemensam uppföljningsmodell för de mobila teamen"),
                       roster=_ROSTER)),
         counter_examples=(# the body's own mission in its header, no one responsible under it
                           "UPPDRAG: Gruppen samordnar arbetet med SIP i länet.",
                           "Uppdrag: Gruppen ska samordna arbetet med SIP i länet.",
                           "Uppdrag: Ta fram en rutin.\nAnsvarig: alla")),
    # what the one granted a bidrag is to do, by its kind: "Anhörigföreningen i Åby beviljas föreningsbidrag om 35 000
    # kronor för 2026. Föreningen ska redovisa hur bidraget har använts senast den 31 mars 2027."
    Rule("grantee_shall", "assignment", triggers=("föreningen",), handler="_grantee_shall", decision_only=True,
         examples=(_ex("Anhörigföreningen i Åby beviljas föreningsbidrag om 35 000 kronor för 2026.\n"
                       "Föreningen ska redovisa hur bidraget har använts senast den 31 mars 2027.", decision=True,
                       body="Socialnämnden",
                       facts=(("assignment", ["Anhörigföreningen i Åby"], "redovisa hur bidraget har använts"),)),),
         counter_examples=("Föreningen ska redovisa hur bidraget har använts.",)),
    # a body named as the subject of an att-clause the body that met decided: "att LVO i arbetet ska inhämta
    # synpunkter från brukarorganisationerna" is LVO's task, as "ge LVO i uppdrag att …" would be
    Rule("entrusted", "assignment", triggers=("anförtros", "anförtroddes"), handler="_entrusted",
         examples=(_ex("Det samordnande ansvaret för översynen anförtros trafikstrateg Elin Borg.", decision=True, roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "ha det samordnande ansvaret för översynen"),)),
                   _ex("Uppdraget att sammankalla arbetsgruppen anförtros Elin Borg.", decision=True, roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "sammankalla arbetsgruppen"),))),
         counter_examples=("Det är viktigt att förtroendet för nämnden upprätthålls.",)),
    Rule("decided_body_shall", "assignment", triggers=(" ska ", " skall "), handler="_decided_body_shall",
         decision_only=True,
         examples=(_ex("LVO i arbetet ska inhämta synpunkter från brukar- och anhörigorganisationerna.", decision=True,
                       body="Politiskt samrådsorgan",
                       facts=(("assignment", ["LVO"], "inhämta synpunkter från brukar- och anhörigorganisationerna"),)),
                   _ex("Arbetsgrupp hemgång ska redovisa rutinen senast i maj.", decision=True, body="Samverkansgrupp äldre",
                       facts=(("assignment", ["Arbetsgrupp hemgång"], "redovisa rutinen senast i maj"),)),
                   # the nämnd's förvaltning, in lower case after the decided clause's "att"
                   _ex("att fritidsförvaltningen ska anlägga ett utegym vid badplatsen senast den 30 juni 2027,", decision=True,
                       body="Fritidsnämnden, Åby kommun",
                       facts=(("assignment", ["fritidsförvaltningen"], "anlägga ett utegym vid badplatsen"),))),
         counter_examples=("LVO ska inhämta synpunkter från brukarorganisationerna.",
                           "Rutinen ska gälla från den 1 januari.", "Överenskommelsen ska revideras vart tredje år.")),
    # an uppdragsbeskrivning adopted "enligt följande", its content under labels: the mission is the group's task,
    # the convener appointed, the reporting line the group's
    Rule("adopted_mission", "assignment", triggers=("Uppdrag:", "Sammankallande:", "Rapportering:", "Återrapportering:"),
         handler="_adopted_mission",
         examples=(_ex("Beslut: Gruppen fastställer uppdragsbeskrivningen för Arbetsgrupp hemgång enligt följande.\n"
                       "Uppdrag: Ta fram ett gemensamt arbetssätt för hemgång från sjukhus.\n"
                       "Sammankallande: Elin Borg.\n"
                       "Rapportering: Arbetsgruppen rapporterar till samverkansgruppen i maj och november.",
                       ("assignment", ["Arbetsgrupp hemgång"], "ta fram ett gemensamt arbetssätt för hemgång"),
                       ("assignment", ["Elin Borg"], "vara sammankallande"),
                       ("mandate", "Arbetsgrupp hemgång", "Samverkansgrupp äldre", "reports_to"), roster=_ROSTER),),
         counter_examples=("Uppdrag: Gruppen ska samordna arbetet med SIP i länet.",)),
    # numbered action points after each item, their fields parted by dashes: "AP 2.1 – Ansvar: Eva Berg – ta fram
    # textförslag – Klart: 20/3" (the task may come before its doer: "AP 3 – Boka lokal – Ansvar: Per Ek")
    Rule("action_point", "assignment", triggers=("AP ", "ÅP ", "Åtgärdspunkt "), handler="_action_point",
         examples=(_ex("AP 2.1 – Ansvar: Elin Borg – ta fram textförslag till sidan – Klart: 20/3",
                       ("assignment", ["Elin Borg"], "ta fram textförslag till sidan"), roster=_ROSTER),
                   _ex("AP 3.1 – Ansvar: Elin Borg, Mattias Öhrn – utreda delad tjänst – Klart: nästa möte",
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "utreda delad tjänst"), roster=_ROSTER),
                   _ex("AP 4 – Boka lokal för utbildningen – Ansvar: Mattias Öhrn – Klart: v. 12",
                       ("assignment", ["Mattias Öhrn"], "boka lokal för utbildningen"), roster=_ROSTER),
                   # two points run together on one line as the notes were flattened
                   _ex("AP 2.1 – Ansvar: Elin Borg – skicka listan – Klart: 20/3 AP 2.2 – Ansvar: Mattias Öhrn – boka "
                       "lokal – Klart: 6/3",
                       ("assignment", ["Elin Borg"], "skicka listan"), ("assignment", ["Mattias Öhrn"], "boka lokal"),
                       roster=_ROSTER)),
         counter_examples=("AP 4.2 från januari är klar.", "AP 1.1 – Ansvar: – Klart: 13/3")),
    Rule("responsible_line", "assignment", triggers=("Ansvar:", "Ansvarig:", "Ansvariga:", "Ansv:", "Ansvarig/", "Ansvar/"), handler="_responsible_line",
         examples=(# an arrowed action, its doer and week labelled after it on the line
                   _ex("→ Skicka rutinen med följebrev till LVO:s sekreterare. Ansv: Elin Borg, Klart: v. 50",
                       ("assignment", ["Elin Borg"], "skicka rutinen med följebrev till LVO:s sekreterare"), roster=_ROSTER),
                   # the doers, then what they do after a dash
                   _ex("Kommunerna behöver utse kontaktpersoner.\nAnsvarig: Elin Borg, Mattias Öhrn – namn till Sanna "
                       "senast 15 mars", ("assignment", ["Elin Borg", "Mattias Öhrn"], "namn till Sanna senast 15 mars"),
                       roster=_ROSTER),
# the action in the infinitive, its doer on the line below
                   _ex("Åtgärd: Sammanställa väntetiderna per kommun till nästa möte.\nAnsvar: Elin Borg",
                       ("assignment", ["Elin Borg"], "sammanställa väntetiderna per kommun"), roster=_ROSTER),
                   # the action in the passive, wrapped onto an indented line, two doers listed
                   _ex("Åtgärd: Kartläggningen färdigställs och redovisas för\n          styrgruppen i april.\n"
                       "Ansvar: Elin Borg och Mattias Öhrn, Klart: 2028-04-04",
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "kartläggningen färdigställs och redovisas för "
                        "styrgruppen"), roster=_ROSTER),
                   # several pairs under one point, a doer by initials
                   _ex("Åtgärd: Sammanställa väntetiderna.\nAnsvar: Elin Borg\n\nÅtgärd: Boka lokal för utbildningen.\n"
                       "Ansvar: MÖ", ("assignment", ["Mattias Öhrn"], "boka lokal för utbildningen"), roster=_ROSTER),
                   _ex("Gruppen ger Eva Ek i uppdrag att ta fram en tidplan. Ansvarig: Bo Lind, v. 42",
                       ("assignment", ["Bo Lind"], "ta fram en tidplan")),
                   # the doer and the time labelled as one pair
                   _ex("Gruppen ger Eva Ek i uppdrag att ta fram en tidplan. Ansvarig/Tidplan: Bo Lind / v. 42",
                       ("assignment", ["Bo Lind"], "ta fram en tidplan")),
                   # what the doer does, in brackets after the name
                   _ex("Ansvarig: Bo Lind (bereder ärendet till rådet)", ("assignment", ["Bo Lind"], "bereda ärendet till rådet")),
                   _ex("Gruppen ger Eva Ek i uppdrag att ta fram en tidplan. Ansvarig: Jonas T. Hed.",
                       ("assignment", ["Jonas T. Hed"], "ta fram en tidplan")),
                   # the note closing the sentence: who carries out the clause it closes, and by when
                   _ex("Gruppen enades om att kansliet sammanställer rapporterna och att Elin lämnar dem till RLG "
                       "(Ansvar: EB, första gången v. 5).",
                       ("assignment", ["Elin Borg"], "lämna dem till RLG"), roster=_ROSTER),
                   _ex("Gruppen enades om att utvärderingen redovisas för styrgruppen i juni (Ansvar: Arbetsgrupp SIP, v. 24).",
                       ("assignment", ["Arbetsgrupp SIP"], "redovisa utvärderingen för styrgruppen")),
                   _ex("Elin och Mattias tar fram kostnaderna till utvärderingen (Ansvar: EB, MÖ, v. 10).",
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "ta fram kostnaderna"), roster=_ROSTER),
                   # a question raised to a body, who raises it labelled after it
                   _ex("Frågan om saknat stöd från BUP lyfts till Styrgrupp Barnahus. Ansv: MÖ.",
                       ("assignment", ["Mattias Öhrn"], "lyfta frågan om saknat stöd från BUP till Styrgrupp Barnahus"),
                       roster=_ROSTER)),
         counter_examples=("Ansvarig: Bo Lind, v. 42",
                           # no one named: the clause stays no one's
                           "Gruppen enades om att utvärderingen redovisas i juni (Ansvar: alla, v. 24).")),
    Rule("replaces_as", "membership", triggers=("ersätter", "har ersatt", "ersatte", "kommer att ersätta", "ska ersätta",
                                                "efterträder", "har efterträtt", "kommer att efterträda"),
         handler="_ms_replaces_as",
         examples=(# a newcomer welcomed by her new seat, the one replaced in the relative clause
                   _ex("Välkommen till nya medlemmen Eva Ström, som ersätter Per Ek.",
                       ("membership", "Eva Ström", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Per Ek", "Samverkansgrupp äldre", "leave")),
                   # the side's change of seat told first, the newcomer with her title after the colon
                   _ex("Åby kommun byter representant i Styrgrupp Barnahus: Eva Ström, enhetschef för hemsjukvården, "
                       "ersätter Per Ek från och med 1 maj.", body="Ledningsgrupp Norrby",
                       facts=(("membership", "Eva Ström", "Styrgrupp Barnahus", "replace"),
                              ("membership", "Per Ek", "Styrgrupp Barnahus", "leave"))),
                   # the side whose seat it is labelling the line, as notes do
                   _ex("Holmby: Sanna Pirinen ersätter Bo Karlsson, som har gått i pension.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Bo Karlsson", "Samverkansgrupp äldre", "leave"))),
                   # the newcomer's first meeting told before the seat she takes, by her initials
                   _ex("SP deltar för första gången och ersätter Karin Nyqvist som slutat på sjukhuset.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Karin Nyqvist", "Samverkansgrupp äldre", "leave"))),
                   # a nämnd's decision filling its kommun's seat in another body: an uppdrag as well as the seat
                   _ex("att Eva Ek ersätter Per Lind som Åby kommuns representant i Samverkansgrupp Äldre från 1 november.",
                       decision=True, body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Eva Ek", "Samverkansgrupp Äldre", "replace"),
                              ("assignment", ["Eva Ek"], "vara representant i Samverkansgrupp Äldre"))),
                   # no seat named, the one replaced gone from her post: the seat in the body that met
                   _ex("Elin ersätter Karin Nyqvist som har gått i pension.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Karin Nyqvist", "Samverkansgrupp äldre", "leave"))),
                   # gone over to other work
                   _ex("Elin ersätter Karin Nyqvist som gått över till akutmottagningen.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Karin Nyqvist", "Samverkansgrupp äldre", "leave"))),
# the seat appointed the sentence before, its former holder after "därmed"
                   _ex("Teamet utser Nils Ek till representant i BUS-gruppen. Nils ersätter därmed Malin Åkerlund, som har "
                       "bett att få lämna gruppen.", ("membership", "Nils Ek", "BUS-gruppen", "replace"),
                       ("membership", "Malin Åkerlund", "BUS-gruppen", "leave")),
                   # where the newcomer comes from, between commas after the name
                   _ex("Karin Holm, Åby kommun, ersätter Jonas Berg som ledamot i Styrgrupp Barnahus.",
                       ("membership", "Karin Holm", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Jonas Berg", "Styrgrupp Barnahus", "leave")),
                   # the newcomer welcomed, the seat in a relative clause
                   _ex("Ett särskilt välkommen riktades till Helena Vik, Region Norrby, som ersätter Per Holmgren i "
                       "styrgruppen från och med detta möte.", body="Styrgrupp Barnahus",
                       facts=(("membership", "Helena Vik", "Styrgrupp Barnahus", "replace"),
                              ("membership", "Per Holmgren", "Styrgrupp Barnahus", "leave"))),
                   # welcomed after all the others, why the seat changes hands after it
                   _ex("Petra hälsade alla välkomna och särskilt Amira Haddad, som ersätter Birgitta Lund i nätverket "
                       "efter att Birgitta gått i pension i september.", body="Nätverket för anhörigstöd",
                       facts=(("membership", "Amira Haddad", "Nätverket för anhörigstöd", "replace"),
                              ("membership", "Birgitta Lund", "Nätverket för anhörigstöd", "leave"))),
                   # the one leaving by the given name the sentence before named in full
                   _ex("Anders Nygård slutar och lämnar Arbetsgrupp SIP. Petra Holm ersätter Anders i arbetsgruppen.",
                       ("membership", "Petra Holm", "Arbetsgrupp SIP", "replace"), body="Ledningsgruppen för samverkan"),
                   # the newcomer by the given name the sentence before named in full
                   _ex("Jonas Ek hälsades välkommen som ny MAS i Åby. Jonas ersätter Eva Lund i nätverket.",
                       body="MAS-nätverket", facts=(("membership", "Jonas Ek", "MAS-nätverket", "replace"),
                                                     ("membership", "Eva Lund", "MAS-nätverket", "leave"))),
                   # the change made since, in a nämnd's minutes under an item on the group: that group
                   _ex("Mattias Ström har ersatt Olof Dahl i gruppen.", body="Socialnämnden, Åby kommun",
                       title="Lokal närvårdsgrupp Åby",
                       facts=(("membership", "Mattias Ström", "Lokal närvårdsgrupp Åby", "replace"),
                              ("membership", "Olof Dahl", "Lokal närvårdsgrupp Åby", "leave"))),
                   # the change to come: "kommer att ersätta", "ska ersätta"
                   _ex("Eva Ström kommer att ersätta Per Ek i gruppen från och med januari.",
                       ("membership", "Eva Ström", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Per Ek", "Samverkansgrupp äldre", "leave")),
                   # when, after the group; and no group at all: the one replaced holds his seat in the body that met
                   # a stand-in for a while, why after the time: "… i gruppen under våren medan Elin är föräldraledig"
                   # (the one away for a while keeps her seat: no leaving)
                   _ex("Kim hälsade välkommen, särskilt Karin Holm som ersätter Elin Borg i gruppen under våren medan "
                       "Elin är föräldraledig.", ("membership", "Karin Holm", "Samverkansgrupp äldre", "replace"),
                       roster=_ROSTER),
                   # another body by its kind and what it is for, decided by the body that met
                   _ex("Jonas Ek ersätter Per Lind i styrgruppen för psykisk hälsa från och med 1 september 2031.",
                       body="Ledningsgruppen för samverkan", decision=True,
                       facts=(("membership", "Jonas Ek", "Styrgruppen för psykisk hälsa", "replace"),
                              ("membership", "Per Lind", "Styrgruppen för psykisk hälsa", "leave"))),
                   _ex("Karin Holm ersätter Elin Borg i gruppen från januari.", roster=_ROSTER,
                       facts=(("membership", "Karin Holm", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Karin Holm ersätter Elin Borg från den 1 januari.", roster=_ROSTER,
                       facts=(("membership", "Karin Holm", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Oskar Lind ersätter Karin Nyqvist som ledamot i Styrgrupp Barnahus.",
                       ("membership", "Oskar Lind", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Karin Nyqvist", "Styrgrupp Barnahus", "leave")),
                   # (how long the change lasts between the one replaced and the seat: "tillsvidare")
                   _ex("Oskar Lind ersätter Karin Nyqvist tillsvidare som ledamot i Styrgrupp Barnahus.",
                       ("membership", "Oskar Lind", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Karin Nyqvist", "Styrgrupp Barnahus", "leave")),
                   # decided, the seat taken over is a duty given
                   _ex("Oskar Lind ersätter Karin Nyqvist som sammankallande för styrgrupp och arbetsgrupp Barnahus.",
                       decision=True,
                       facts=(("membership", "Oskar Lind", "Arbetsgrupp Barnahus", "replace"),
                              ("assignment", ["Oskar Lind"], "vara sammankallande för styrgrupp och arbetsgrupp barnahus"))),
                   # a huvudman's seat: the body that met, not the kommun
                   _ex("Oskar Lind (S) ersätter Karin Nyqvist som ersättare för Ekby kommun från och med nästa möte.",
                       ("membership", "Oskar Lind", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karin Nyqvist", "Samverkansgrupp äldre", "leave")),
                   # a unit's seat, its owner in the genitive: a seat in the body that met
                   _ex("Amira Sten ersätter Erik Sand som representant för kommunens rehabenhet från och med 1 januari.",
                       ("membership", "Amira Sten", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Erik Sand", "Samverkansgrupp äldre", "leave")),
                   # a seat with no body named: a seat in the body that met
                   # the seat's owner in the genitive before the role
                   _ex("Anders Holm ersätter Gunilla Ström som Tallviks kommuns representant i Styrgrupp Nära vård.",
                       ("membership", "Anders Holm", "Styrgrupp Nära vård", "replace"),
                       ("membership", "Gunilla Ström", "Styrgrupp Nära vård", "leave")),
                   _ex("Elin Åberg ersätter Malin Höög som BUP:s representant i arbetsgruppen.", body="Arbetsgrupp SIP",
                       facts=(("membership", "Elin Åberg", "Arbetsgrupp SIP", "replace"),
                              ("membership", "Malin Höög", "Arbetsgrupp SIP", "leave"))),
                   # a successor's verb, a förening's seat told by the förening itself
                   _ex("Föreningen Ekbacken har meddelat att Rita Holm efterträder Ivar Lund som föreningens ledamot i "
                       "rådet från och med nästa sammanträde.",
                       ("membership", "Rita Holm", "Brottsförebyggande rådet, Åby kommun", "replace"),
                       ("membership", "Ivar Lund", "Brottsförebyggande rådet, Åby kommun", "leave"),
                       body="Brottsförebyggande rådet, Åby kommun"),
                   _ex("Vera Ekholm ersätter Jonas Hed som Björkfors kommuns ledamot från mars.",
                       ("membership", "Vera Ekholm", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Jonas Hed", "Samverkansgrupp äldre", "leave")),
                   # when shortened as a hurried secretary writes it
                   _ex("Vera Ekholm ersätter Jonas Hed som Region Åbys ledamot fr.o.m. detta möte.",
                       ("membership", "Vera Ekholm", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Jonas Hed", "Samverkansgrupp äldre", "leave")),
                   # when, before whom; a unit's seat by its acronym and place
                   _ex("Sara Lind ersätter från och med i dag Rolf Öst som Klippviks kommuns representant.",
                       ("membership", "Sara Lind", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Rolf Öst", "Samverkansgrupp äldre", "leave")),
                   _ex("Jamal Hadi ersätter Ylva Bran som BUP Norrbys representant från och med detta möte.",
                       ("membership", "Jamal Hadi", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Ylva Bran", "Samverkansgrupp äldre", "leave")),
                   # a unit's seat by its common noun in the genitive, no group named: the body that met
                   _ex("Ewa Lund ersätter Tord Palm som utbildningsförvaltningens representant från och med detta möte.",
                       ("membership", "Ewa Lund", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Tord Palm", "Samverkansgrupp äldre", "leave")),
                   # "i gruppen": the body that met; how long the seat is held is no part of its name
                   _ex("Malin Byström ersätter Henrik Nyqvist som sekreterare i gruppen till och med december.",
                       ("membership", "Malin Byström", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Henrik Nyqvist", "Samverkansgrupp äldre", "leave")),
                   # a unit's seat, "rådet" in the council's own minutes
                   _ex("Fatima Lind ersätter Per Sjöholm som socialförvaltningens representant i rådet.",
                       ("membership", "Fatima Lind", "Brottsförebyggande rådet, Åby kommun", "replace"),
                       ("membership", "Per Sjöholm", "Brottsförebyggande rådet, Åby kommun", "leave"),
                       body="Brottsförebyggande rådet, Åby kommun"),
                   # no seat named: the group after "i" closes the sentence
                   _ex("Erik Sand är ny socialchef i Åby kommun och ersätter Gunilla Rask i Styrgrupp Barnahus.",
                       ("membership", "Erik Sand", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Gunilla Rask", "Styrgrupp Barnahus", "leave")),
                   _ex("Kristian Ek ersätter Malin Sten från individ- och familjeomsorgen, som slutar i gruppen.",
                       ("membership", "Kristian Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Malin Sten", "Samverkansgrupp äldre", "leave")),
                   # the board's arbetsutskott, in the board's own minutes, for the rest of a förening's year
                   _ex("Bo Lind ersätter Ivar Tholm i arbetsutskottet för resten av verksamhetsåret.", decision=True,
                       body="Styrelsen, Föreningen Anhörigstöd Ås",
                       facts=(("membership", "Bo Lind", "Arbetsutskottet, Föreningen Anhörigstöd Ås", "replace"),
                              ("membership", "Ivar Tholm", "Arbetsutskottet, Föreningen Anhörigstöd Ås", "leave"))),
                   # two replacements, one seat phrase after the second
                   _ex("Nils Frisk (S) ersätter Carl Brandt (S) och Eva Lund (KD) ersätter Mia Sand (KD) som ersättare i "
                       "Patientnämnden.", body="Patientnämnden, Region Åby",
                       facts=(("membership", "Nils Frisk", "Patientnämnden, Region Åby", "replace"),
                              ("membership", "Carl Brandt", "Patientnämnden, Region Åby", "leave"),
                              ("membership", "Eva Lund", "Patientnämnden, Region Åby", "replace"),
                              ("membership", "Mia Sand", "Patientnämnden, Region Åby", "leave"))),
                   # the newcomer's seat first, then whom they replace
                   _ex("Mikael Lund går in som ordinarie ledamot för Åby kommun från 1 november och ersätter då "
                       "Per Krantz, som lämnar gruppen.",
                       ("membership", "Mikael Lund", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Per Krantz", "Samverkansgrupp äldre", "leave")),
                   # a deputy moving up to the seat of the one who left
                   _ex("Eva Ström går från ersättare till ordinarie ledamot för Åby kommun och ersätter därmed Per Krantz.",
                       ("membership", "Eva Ström", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Per Krantz", "Samverkansgrupp äldre", "leave")),
                   _ex("Eva Ström går över från ersättare till ledamot och ersätter Per Krantz.",
                       ("membership", "Eva Ström", "Samverkansgrupp äldre", "replace")),
                   # the network that met by its type word
                   _ex("Cecilia Dahlberg tillträder som MAS i Östmo den 1 oktober och ersätter Rut Hallqvist i nätverket.",
                       ("membership", "Cecilia Dahlberg", "MAS-nätverket", "replace"),
                       ("membership", "Rut Hallqvist", "MAS-nätverket", "leave"), body="MAS-nätverket"),
                   # a huvudman's seat in the body that met, told as done
                   # told as done by the side whose seat it is
                   _ex("Åby kommun har meddelat att Ola Hed (S) ersätter Pia Lönn (KD) som ordinarie ledamot i rådet från "
                       "och med den 1 januari 2026.", body="Samverkansrådet, Åby",
                       facts=(("membership", "Ola Hed", "Samverkansrådet, Åby", "replace"),
                              ("membership", "Pia Lönn", "Samverkansrådet, Åby", "leave"))),
                   # the side fronted, the two names run together after the verb, why after a comma
                   _ex("Från Åby kommun ersätter Camilla Stål Per Ljung från och med 1/1 2027, då Per går i pension.",
                       ("membership", "Camilla Stål", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Per Ljung", "Samverkansgrupp äldre", "leave")),
                   # told by the side whose seat it is, the newcomer by her title and the seat by the side's common noun
                   _ex("Polismyndigheten har meddelat att kommunpolis Nils Ek ersätter Per Holm som polisens ledamot i rådet "
                       "från och med den 1 oktober 2026.", body="Trafiksäkerhetsrådet, Åby kommun",
                       facts=(("membership", "Nils Ek", "Trafiksäkerhetsrådet, Åby kommun", "replace"),
                              ("membership", "Per Holm", "Trafiksäkerhetsrådet, Åby kommun", "leave"))),
                   # the seat the newcomer was appointed to, then whom she replaces
                   _ex("Marie Ek har utsetts till Åby kommuns ledamot och ersätter Lars Wik från och med 1/11.",
                       ("membership", "Marie Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Lars Wik", "Samverkansgrupp äldre", "leave")),
                   # the new seat told with "är ny", what is told of the one replaced after "som" no part of it
                   _ex("Nadia Berg är ny representant för Åby kommun och ersätter Leila Holm, som lämnade gruppen "
                       "efter förra mötet.",
                       ("membership", "Nadia Berg", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Leila Holm", "Samverkansgrupp äldre", "leave")),
                   # … and in a hurried note, the verb left out and the seat shortened
                   _ex("Amir Said ny rep. för Åby kommun, ersätter Maria Lund.",
                       ("membership", "Amir Said", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Maria Lund", "Samverkansgrupp äldre", "leave")),
                   _ex("Cecilia Sand har ersatt Eva Nord som representant för Åby kommun.",
                       ("membership", "Cecilia Sand", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Eva Nord", "Samverkansgrupp äldre", "leave")),
                   # the side's seat, then the body that met by its kind
                   _ex("Marie Thörn ersätter Björn Ek som representant för Arbetsförmedlingen i nätverket från och med "
                       "detta möte.", body="Länsnätverket för integration",
                       facts=(("membership", "Marie Thörn", "Länsnätverket för integration", "replace"),
                              ("membership", "Björn Ek", "Länsnätverket för integration", "leave")))),
         counter_examples=("Lena ersätter materialet med en ny version.",
                           "Vera Ekholm ersätter Jonas Hed som kontaktperson från mars.",
                           "Erik Sand ersätter Gunilla Rask i januari.",
                           "Erik Sand ersätter Gunilla Rask i arbetet för hälsa.",
                           "Den nya rutinen är ny version för Åby kommun och ersätter Rutin Trygg hemgång.",
                           "Den nya rutinen ersätter Rutin Trygg hemgång i gruppen.")),
    # a seat held in the body the speaker tells of: "Socialchef Rut Holm informerar om arbetet i Lokal närvårdsgrupp
    # Åby, som hon är ordförande i"
    Rule("seat_of_the_teller", "membership", change="member", exclusive=False, narrative_only=True,
         triggers=("som hon är", "som han är", "som hen är"),
         pattern=r"^(?:[A-ZÅÄÖ][a-zåäö-]*(?:chef|ledare|samordnare|direktör|strateg)\s+)?(?P<who>" + _NAME + r")\s+"
                 r"[^.;]{0,80}?\b(?:i|om|från)\s+(?P<group>[A-ZÅÄÖ][^.;,]+?),\s+som\s+(?:hon|han|hen)\s+är\s+" + _ROLE
                 + r"\s+i\s*$",
         examples=(_ex("Socialchef Rut Holm informerar om arbetet i Lokal närvårdsgrupp Åby, som hon är ordförande i.",
                       ("membership", "Rut Holm", "Lokal närvårdsgrupp Åby", "member"),
                       body="Socialnämnden, Åby kommun"),),
         counter_examples=("Eva Ek informerar om arbetet i Lokal närvårdsgrupp Åby, som hon är nöjd med i stort.",)),
    # a seat taken in another body, told with the body's name: "Aisha går in i Styrgruppen för Nära vård X från den
    # 1 december" (the body that met: "går in i gruppen som …", read as a substitute's seat)
    Rule("goes_into_body", "membership", change="join", exclusive=False, narrative_only=True,
         triggers=("går in i", "gick in i", "gått in i"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?:går|gick|har\s+gått)\s+"
                 r"(?:också\s+|även\s+|nu\s+)?in\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?)"
                 r"(?:\s+(?:från|den|vid|efter|under|i\s+samband)\b[^.;]*)?\s*$",
         examples=(_ex("Aisha Farah går in i Styrgruppen för Nära vård Norrby från den 1 december.",
                       ("membership", "Aisha Farah", "Styrgruppen för Nära vård Norrby", "join"),
                       body="Samverkansgrupp barn"),),
         counter_examples=("Projektet går in i Fas 2 från januari.", "Eva Ek går in i arbetet med rutinen.")),
    # the one welcomed the sentence before, appointed by her side by a pronoun: "Ordföranden hälsar Lisa Strand
    # välkommen. Ekby kommun har utsett henne till ordinarie ledamot i LGN efter Maria Ros, som har lämnat kommunen."
    Rule("pronoun_appointed", "membership", triggers=("utsett henne", "utsett honom", "utsett hen", "valt henne",
                                                       "valt honom", "anmält henne", "anmält honom"),
         handler="_ms_pronoun_appointed",
         examples=(_ex("Ordföranden hälsar Lisa Strand välkommen. Ekby kommun har utsett henne till ordinarie ledamot i "
                       "Styrgrupp Barnahus efter Maria Ros, som har lämnat kommunen.",
                       ("membership", "Lisa Strand", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Maria Ros", "Styrgrupp Barnahus", "leave"), body="Ledningsgruppen för samverkan"),
                   _ex("Lisa Strand hälsades välkommen. Ekby kommun har utsett henne till ny representant i gruppen.",
                       ("membership", "Lisa Strand", "Samverkansgrupp äldre", "join"), body="Samverkansgrupp äldre")),
         counter_examples=("Ordföranden hälsar Lisa Strand välkommen. Kommunen har utsett henne till enhetschef.",
                           "Rutinen är klar. Ekby kommun har utsett henne till ny representant i gruppen.")),
    Rule("pronoun_joins", "membership", exclusive=False, triggers=("Hon ", "Han ", "Hen "), handler="_ms_pronoun_joins",
         examples=(_ex("Ali Nouri hälsades välkommen. Han har anställts som MAS i Åby kommun och ingår i nätverket från "
                       "och med i dag som kommunens andra representant.", body="MAS-nätverket Norrby",
                       facts=(("membership", "Ali Nouri", "MAS-nätverket Norrby", "join"),)),
                   _ex("Elin hälsade välkommen, särskilt Sanna Pirinen. Hon ingår i gruppen från och med idag.",
                       roster=_ROSTER, body="Samverkansgrupp äldre",
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "join"),))),
         counter_examples=("Sanna Pirinen presenterade rapporten. Hon ingår i arbetet med rutinen från och med i dag.",
                           "Ali Nouri hälsades välkommen. Han har arbetat i nätverket sedan i våras.")),
    Rule("pronoun_becomes_seat", "membership", exclusive=False, narrative_only=True,
         triggers=("så han blir", "så hon blir", "så hen blir", "och han blir", "och hon blir", "och hen blir",
                   "varför han blir", "varför hon blir"),
         handler="_ms_pronoun_becomes_seat",
         examples=(_ex("Tora har sagt att hon gärna ställer upp, så hon blir rådets representant i Arbetsgrupp SIP från "
                       "och med maj, och Sanna är hennes ersättare.", body="Brukarrådet Norrby", roster=_ROSTER + ("Tora Ek",),
                       facts=(("membership", "Tora Ek", "Arbetsgrupp SIP", "join"),
                              ("membership", "Sanna Pirinen", "Arbetsgrupp SIP", "join"),
                              ("assignment", ["Tora Ek"], "vara rådets representant i Arbetsgrupp SIP"),
                              ("assignment", ["Sanna Pirinen"], "vara ersättare för Tora Ek"))),
                   # the side's seat, named in the genitive
                   _ex("Gunnar Vik har fått ny tjänst och han blir Åby kommuns ledamot i Styrgrupp Barnahus.",
                       ("membership", "Gunnar Vik", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Gunnar har sagt att han kommer, så han blir sen till mötet.",
                           "Eva har sagt att hon ställer upp, så hon blir glad om vi bjuder in henne.")),
    Rule("pronoun_replaces", "membership", triggers=("Hon ersätter", "Han ersätter"), handler="_ms_pronoun_replaces",
         examples=(# the one a huvudman announced for a seat in a body named, in the minutes of another: her seat there
                   _ex("Åby kommun har anmält Lisa Ek, enhetschef, som ny representant i Styrgrupp Barnahus. Hon ersätter "
                       "Karl Berg som går i pension.", body="Ledningsgruppen för vård och omsorg",
                       facts=(("membership", "Lisa Ek", "Styrgrupp Barnahus", "replace"),
                              ("membership", "Karl Berg", "Styrgrupp Barnahus", "leave"))),
                   _ex("Saga Nordin hälsades välkommen som ny ordförande. Hon ersätter Siv Ottosson, som efter fjorton år "
                       "lämnar rådet, och företräder kommunen i rådet till och med 2026.",
                       ("membership", "Saga Nordin", "Lokala närvårdsrådet i Strandvik", "replace"),
                       ("membership", "Siv Ottosson", "Lokala närvårdsrådet i Strandvik", "leave"),
                       body="Lokala närvårdsrådet i Strandvik"),
                   # the one a side appointed in the sentence before, the side opening it
                   _ex("Åby kommun har utsett Ida Nord, MAS, till ny ordinarie representant i gruppen från 1 juni. "
                       "Hon ersätter Sanna Lind, som går över till en tjänst i regionen.",
                       ("membership", "Ida Nord", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Sanna Lind", "Samverkansgrupp äldre", "leave")),
                   # the seat in the body the sentence before has her go into
                   _ex("Aisha Farah går in i Styrgruppen för Nära vård Norrby från den 1 december. Hon ersätter Lena "
                       "Brand och blir därmed länken mellan styrgruppen och samverkansgruppen.", body="Samverkansgrupp barn",
                       facts=(("membership", "Aisha Farah", "Styrgruppen för Nära vård Norrby", "replace"),
                              ("membership", "Lena Brand", "Styrgruppen för Nära vård Norrby", "leave"))),
                   # the one a host welcomes, not the host who opens the sentence before
                   _ex("Elin hälsade välkommen, särskilt Sanna Pirinen som från och med i dag är Åby kommuns ledamot. "
                       "Hon ersätter Per Lind som har gått i pension.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Lind", "Samverkansgrupp äldre", "leave"))),
                   # the one a side has just appointed to the seat, in the sentence before
                   _ex("Ekby kommun har utsett Sanna Pirinen till ny representant för Ekby kommun i gruppen. Hon ersätter "
                       "Per Lind som gått till en tjänst inom äldreförvaltningen.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Lind", "Samverkansgrupp äldre", "leave")))),
         counter_examples=("Hon ersätter den gamla rutinen med en ny.",)),
    # the successor told in a sentence of its own, the one leaving by a pronoun
    Rule("pronoun_replaced_by", "membership",
         triggers=("ersätts hon av", "ersätts han av", "ersätts hen av", "efterträds hon av", "efterträds han av",
                   "Ersätts av", "Efterträds av", "plats tas"),
         handler="_ms_pronoun_replaced_by",
         examples=(_ex("Tore Alm går i pension vid årsskiftet och lämnar gruppen. Från den 1 januari 2026 ersätts han av "
                       "Vera Lund, tillträdande förvaltningschef i Åby kommun.",
                       ("membership", "Vera Lund", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Tore Alm", "Samverkansgrupp äldre", "leave")),
                   # terse notes leave the pronoun out
                   _ex("Tore Alm lämnar vid årsskiftet (ny tjänst). Ersätts av Vera Lund, biståndshandläggare, från jan.",
                       ("membership", "Vera Lund", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Tore Alm", "Samverkansgrupp äldre", "leave")),
                   # the seat taken while its holder is away
                   _ex("Tore Alm är föräldraledig från 1 februari. Hans plats tas tills vidare av Vera Lund.",
                       ("membership", "Vera Lund", "Samverkansgrupp äldre", "replace"))),
         counter_examples=("Från den 1 januari ersätts hon av rutinen för hemgång.",
                           "Hans plats tas tills vidare av rutinen för hemgång.")),
    # the newcomer first, the one replaced by a pronoun for the one person the sentence before names
    Rule("replaces_pronoun", "membership",
         triggers=("ersätter henne", "ersätter honom", "ersätter hen", "efterträder henne", "efterträder honom",
                   "efterträder hen", "ersatt henne", "ersatt honom", "efterträtt henne", "efterträtt honom",
                   "tiden ersätter", "vidare ersätter", "länge ersätter", "dess ersätter", "ersätter tillfälligt"),
         handler="_ms_replaces_pronoun",
         examples=(_ex("Eva-Karin Sjödin utgår ur gruppen från årsskiftet eftersom hon byter tjänst. Yusuf Demir ersätter "
                       "henne.", ("membership", "Yusuf Demir", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Eva-Karin Sjödin", "Samverkansgrupp äldre", "leave")),
                   # one away a while: a stand-in, who keeps her seat
                   _ex("Eva-Karin Sjödin är tjänstledig maj–juni. Johanna Rask ersätter henne i gruppen under tiden.",
                       ("membership", "Johanna Rask", "Samverkansgrupp äldre", "replace")),
                   # terse notes: the stand-in with no object, the one away in the sentence before
                   _ex("Eva-Karin Sjödin föräldraledig t.o.m. aug 2027. Johanna Rask, Åby, ersätter tillfälligt.",
                       ("membership", "Johanna Rask", "Samverkansgrupp äldre", "replace")),
                   # a stand-in for a while, what becomes of the stand-in told after "och"
                   _ex("Eva-Karin Sjödin är sjukskriven till och med januari. Johanna Rask ersätter henne tillfälligt och "
                       "kommer därefter att gå ur gruppen.", ("membership", "Johanna Rask", "Samverkansgrupp äldre", "replace")),
                   # the time first, the newcomer after the verb
                   _ex("Eva-Karin Sjödin är föräldraledig till och med mars. Under tiden ersätter Johanna Rask henne "
                       "tillfälligt.", ("membership", "Johanna Rask", "Samverkansgrupp äldre", "replace")),
                   # the seat in the body the sentence names, the newcomer with an apposition
                   _ex("Tore Alm avslutar sin anställning i Åby kommun den 31 mars. Vera Lund, tillförordnad socialchef, "
                       "ersätter honom i ledningsgruppen från den 1 april.", body="Ledningsgruppen för vård och omsorg",
                       facts=(("membership", "Vera Lund", "Ledningsgruppen för vård och omsorg", "replace"),
                              ("membership", "Tore Alm", "Ledningsgruppen för vård och omsorg", "leave"))),
                   # the seat in the one group the sentence before names
                   _ex("Ingvar Sund har varit Åby kommuns representant i Arbetsgrupp för fallprevention sedan starten "
                       "och har bett att få lämna gruppen. Selma Öhman, arbetsterapeut i Åby kommun, efterträder honom.",
                       ("membership", "Selma Öhman", "Arbetsgrupp för fallprevention", "replace"),
                       ("membership", "Ingvar Sund", "Arbetsgrupp för fallprevention", "leave")),
                   # the seat's huvudman in the genitive, the newcomer with an abbreviated title
                   _ex("Rune Berg har gått i pension. Johanna Kvist, tf. socialchef, efterträder honom som Åbys "
                       "representant i Arbetsgrupp för fallprevention.",
                       ("membership", "Johanna Kvist", "Arbetsgrupp för fallprevention", "replace"),
                       ("membership", "Rune Berg", "Arbetsgrupp för fallprevention", "leave")),
                   # told by the side whose seat it is, the newcomer's new title in an apposition
                   _ex("Jonas Berg har lämnat sin tjänst som socialchef i Åby kommun och därmed styrgruppen. Åby kommun "
                       "har meddelat att Lena Holm Ek, ny socialchef, efterträder honom som kommunens ledamot i "
                       "styrgruppen från den 1 juni.", body="Styrgrupp Nära vård",
                       facts=(("membership", "Lena Holm Ek", "Styrgrupp Nära vård", "replace"),
                              ("membership", "Jonas Berg", "Styrgrupp Nära vård", "leave"))),
                   # the seat named by the huvudman it is for: a seat in the body that met
                   _ex("Jonas Berg har lämnat styrgruppen. Eva Lind efterträder honom som ledamot för Åby kommun från "
                       "och med 2028-06-01.", body="Styrgrupp Nära vård",
                       facts=(("membership", "Eva Lind", "Styrgrupp Nära vård", "replace"),
                              ("membership", "Jonas Berg", "Styrgrupp Nära vård", "leave")))),
         counter_examples=(
             # two people the pronoun could stand for
             "Tore Alm och Per Ek redovisade enkäten. Vera Lund ersätter honom.",
             "Hon ersätter den gamla rutinen med en ny.")),
    Rule("appointed_to_replace", "membership", triggers=("att ersätta", "att efterträda"), handler="_ms_appointed_to_replace",
         examples=(_ex("Anita Ek (KD) har utsetts av Åby kommun att ersätta Lars Eng (KD) i styrgruppen.",
                       ("membership", "Anita Ek", "Styrgrupp social välfärd", "replace"),
                       ("membership", "Lars Eng", "Styrgrupp social välfärd", "leave"), body="Styrgrupp social välfärd"),
                   _ex("Karin Ros har valts att ersätta Per Holm som ledamot i Styrgrupp Barnahus från mars.",
                       ("membership", "Karin Ros", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Per Holm", "Styrgrupp Barnahus", "leave")),
                   # the seat named by whose it is
                   _ex("Daniel Kjell utses att ersätta Lisa Norén som BUP:s representant i Arbetsgrupp suicidprevention.",
                       ("membership", "Daniel Kjell", "Arbetsgrupp suicidprevention", "replace"),
                       ("membership", "Lisa Norén", "Arbetsgrupp suicidprevention", "leave")),
                   # the huvudman first, the one replaced by a pronoun after the sentence that told her leaving
                   _ex("Linnea Åkerlund lämnar processteamet vid månadsskiftet. Forsby kommun har utsett Johanna Rask "
                       "att ersätta henne från 1 oktober.", ("membership", "Johanna Rask", "Processteam vårdövergångar",
                                                             "replace"), body="Processteam vårdövergångar"),
                   # in the minutes of another group, "gruppen" the group the sentence before told her leaving
                   _ex("Lisa Gran har varit sammankallande i Samverkansgrupp äldre och lämnar gruppen den 31 oktober. "
                       "Östmo kommun har utsett Hugo Wiik, enhetschef, att ersätta henne i gruppen.",
                       ("membership", "Hugo Wiik", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Lisa Gran", "Samverkansgrupp äldre", "leave"),
                       body="Regionala ledningsgruppen för vård och omsorg"),
                   _ex("Kommunen har utsett Klara Sundelin, enhetschef hemtjänst, att ersätta honom från januari.",
                       ("membership", "Klara Sundelin", "Lokal närvårdsgrupp Lövsta", "replace"),
                       body="Lokal närvårdsgrupp Lövsta"),
                   # her title shortened: "tf." is no end of the sentence
                   _ex("Region Norrby har utsett Dan Rask, tf. primärvårdsdirektör, att ersätta henne i ledningsgruppen.",
                       ("membership", "Dan Rask", "Regionala ledningsgruppen", "replace"), body="Regionala ledningsgruppen"),
                   # after the leaving in the same sentence; the huvudman's board appointing, the seat in two words
                   _ex("Sara Ek avgår ur arbetsgruppen efter dagens möte, och Åby kommun har utsett Tiina Lax att "
                       "efterträda henne.", ("membership", "Tiina Lax", "Arbetsgrupp utskrivning", "replace"),
                       ("membership", "Sara Ek", "Arbetsgrupp utskrivning", "leave"), body="Arbetsgrupp utskrivning"),
                   # a unit appoints the one who takes the seat of its own: "Geriatriken har utsett …"
                   _ex("Leena Forsman slutar vid årsskiftet. Geriatriken har utsett Viveka Strand att efterträda henne i "
                       "nätverket från januari.", ("membership", "Viveka Strand", "Utskrivningsnätverket Åby", "replace"),
                       ("membership", "Leena Forsman", "Utskrivningsnätverket Åby", "leave"),
                       body="Utskrivningsnätverket Åby", roster=("Leena Forsman",)),
                   # the one replaced told leaving her job in the sentence before, with no group: she leaves the seat
                   _ex("Stina Holm lämnar sin tjänst vid BUP vid årsskiftet. Region Norrby har utsett Olof Rask att "
                       "efterträda henne i ledningsgruppen.", ("membership", "Olof Rask", "Regionala ledningsgruppen", "replace"),
                       ("membership", "Stina Holm", "Regionala ledningsgruppen", "leave"), body="Regionala ledningsgruppen"),
                   # the kommun by its place name alone, the one leaving told with her seat
                   _ex("Peder Holm lämnar sin plats som ersättare den 31 augusti. Karlby har utsett Nora Sjö, enhetschef "
                       "hemsjukvård, att efterträda honom.", ("membership", "Nora Sjö", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Peder Holm", "Samverkansgrupp äldre", "leave"), body="Samverkansgrupp äldre"),
                   _ex("Kommunstyrelsen i Lövsta har utsett Jasmina Kovač att ersätta honom som ordinarie ledamot från "
                       "den 1 december.", ("membership", "Jasmina Kovač", "Regionalt politiskt samråd", "replace"),
                       body="Regionalt politiskt samråd")),
         counter_examples=("Planen har utsetts att ersätta den gamla rutinen.",
                           "Kommunen har valt Lifecare att ersätta det gamla systemet.",
                           "Gruppen har utsett en arbetsgrupp att ersätta Per Holm tillfälligt.")),
    # a seat held from a day on, told as a state: "Lena Dahl är från och med dagens möte ordinarie ledamot för Åby
    # kommun i ledningsgruppen" (the answer to who holds a place that fell vacant)
    Rule("seat_from_day", "membership", change="join", exclusive=False, narrative_only=True,
         triggers=("är från och med", "är fr.o.m", "är fr o m"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+är\s+(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?)\s+"
                 r"(?:dagens\s+möte|detta\s+möte|i\s*dag|nu|(?:den\s+)?\d{1,2}\s+[a-zåäö]+|\d{1,2}/\d{1,2}|[a-zåäö]+)\s+"
                 r"(?:ny\s+|ordinarie\s+)?(?P<role>ledamot|ersättare|representant|sammankallande|ordförande)"
                 r"(?:\s+för\s+[^.;]*?)?(?:\s+i\s+(?P<group>[a-zåäö]*gruppen|[A-ZÅÄÖ][^.;,]*?))?\s*$",
         examples=(_ex("Lena Dahl är från och med dagens möte ordinarie ledamot för Åby kommun i gruppen.",
                       ("membership", "Lena Dahl", "Samverkansgrupp äldre", "join")),
                   _ex("Per Holm är från och med 1 mars ledamot i Styrgrupp Barnahus.",
                       ("membership", "Per Holm", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Rutinen är från och med idag gällande i alla kommuner.",)),
    # one joined to the body without a seat: "Sara Holm, enhetschef hemtjänst, adjungeras till gruppen tills vidare"
    Rule("adjoined", "membership", change="join", role="adjungerad", exclusive=False,
         triggers=("adjungeras", "adjungerades", "har adjungerats"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:,[^,]{2,60},)?\s+"
                 r"(?:adjungeras|adjungerades|har\s+adjungerats)(?:\s+till\s+(?P<group>[a-zåäö]*(?:gruppen|nätverket|rådet|"
                 r"teamet|nämnden)|[A-ZÅÄÖ][^.;,]*?))?"
                 # "… till beredningsgruppen som sekreterare": a duty there, besides the seat
                 r"(?:\s+som\s+(?P<duty>sekreterare|sammankallande|samordnare|processledare|föredragande)(?=\s*$|\s+(?:tills|från|under|för|när|vid|inför)\b))?"
                 # "… adjungeras till nätverket när registret följs upp"
                 r"(?:\s+(?:tills\s+vidare|från|under|för|och|när|vid|inför|som)\b[^.;]*)?\s*$",
         examples=(_ex("Sara Holm, enhetschef hemtjänst, adjungeras till gruppen tills vidare.",
                       ("membership", "Sara Holm", "Samverkansgrupp äldre", "join")),
                   _ex("Per Lind adjungeras till Styrgrupp Barnahus under våren.",
                       ("membership", "Per Lind", "Styrgrupp Barnahus", "join")),
                   _ex("Rickard Edholm, MAS, adjungeras till nätverket när registret följs upp under 2026.",
                       ("membership", "Rickard Edholm", "Demensnätverket Åby", "join"), body="Demensnätverket Åby"),
                   # the duty one is adjoined for: a task in the body besides the seat
                   _ex("Karl Bremer adjungeras till Styrgrupp Cancervård som sekreterare.",
                       ("membership", "Karl Bremer", "Styrgrupp Cancervård", "join"),
                       ("assignment", ["Karl Bremer"], "vara sekreterare i Styrgrupp Cancervård"))),
         counter_examples=("Frågan om fler adjungeras till gruppen tas upp i höst.",)),
    # an adjoined seat told with "delta som": "Therese Nordin deltar som adjungerad från Region X vid de möten där …"
    # (whom the seat is from, and when, after the word)
    Rule("takes_part_adjoined", "membership", change="join", role="adjungerad", exclusive=True, narrative_only=True,
         triggers=("som adjungerad",),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:,[^,]{2,60},)?\s+"
                 r"(?:deltar|medverkar|ingår|sitter\s+med)\s+(?:(?:fortsättningsvis|tills\s+vidare|framöver|numera|också)\s+)?"
                 r"(?:i\s+(?P<group>[a-zåäö]*(?:gruppen|nätverket|rådet|teamet)|[A-ZÅÄÖ][^.;,]*?)\s+)?som\s+adjungerad"
                 r"(?:\s+(?:från|för)\s+[^.;,]+?)?"
                 r"(?:\s+(?:tills|till\s+och\s+med|t\.\s?o\.\s?m\.?|fram\s+till|från|under|för|och|när|vid|inför|i)\b[^.;]*)?"
                 r"(?:,\s*[^.;]*)?\s*\.?$",
         examples=(_ex("Therese Nordin deltar som adjungerad från Region Tallmo vid de möten där samordnad individuell "
                       "plan står på dagordningen.", ("membership", "Therese Nordin", "Samverkansgrupp äldre", "join")),
                   _ex("Per Lind deltar som adjungerad från Specialisttandvården till och med juni 2026, därefter prövas "
                       "frågan på nytt.", ("membership", "Per Lind", "Samverkansgrupp äldre", "join")),
                   _ex("Per Lind deltar i Styrgrupp Barnahus som adjungerad från polisen.",
                       ("membership", "Per Lind", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Frågan om vem som deltar som adjungerad tas upp i juni.",)),
    # one who leaves a body, told with "utgå ur": "Anneli Strand utgår ur gruppen från årsskiftet"
    Rule("goes_out_of", "membership", change="leave", exclusive=False, narrative_only=True,
         triggers=("utgår ur", "utgick ur", "har utgått ur"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:,[^,]{2,60},)?\s+"
                 r"(?:utgår|utgick|har\s+utgått)\s+ur\s+(?P<group>[a-zåäö]*(?:gruppen|nätverket|rådet|teamet|nämnden|"
                 r"ledningen)|[A-ZÅÄÖ][^.;,]*?)"
                 r"(?:\s+(?:vid|från|efter|i|den|när|eftersom|då|per)\b[^.;]*)?\s*\.?$",
         examples=(_ex("Anneli Strand utgår ur gruppen från årsskiftet eftersom hon byter tjänst.",
                       ("membership", "Anneli Strand", "Samverkansgrupp äldre", "leave")),
                   _ex("Per Lind utgår ur Styrgrupp Barnahus vid årsskiftet.",
                       ("membership", "Per Lind", "Styrgrupp Barnahus", "leave"))),
         counter_examples=("Punkten utgår ur dagordningen.", "Förslaget utgår från Styrgrupp Barnahus beslut.")),
    # a huvudman's new representative, the seat named last or first, the body often left to the item's title:
    # "Åby har utsett Rasmus Lind, enhetschef, som ny representant", "Som ny representant har
    # socialförvaltningen utsett Linn Ek, enhetschef barn och familj"
    # a seat taken over from a named member, told as going in: "Kristoffer Alm, socialchef, går in som ny ledamot i
    # stället för Ulla Bengtsson, som har gått i pension"; "TE går in som ny ledamot för Ekholma kommun i stället för
    # Gunilla Öst från och med dagens möte" (in the body that met unless one is named after "i")
    Rule("goes_in_instead_of", "membership", change="replace", narrative_only=True, exclusive=True,
         triggers=("i stället för", "istället för"),
         # (the side telling it, the seat told as what the newcomer is from when: "Region X meddelar att Y (M) från
         # och med detta sammanträde är ordinarie ledamot i stället för Z (KD)")
         pattern=r"^(?:[A-ZÅÄÖ][^.;]{1,60}?\s+(?:meddelar|har\s+meddelat|meddelade)\s+att\s+)?"
                 r"(?P<who>" + _NAME + r"|[A-ZÅÄÖ]{2,3})" + _PARTY + r"(?:,[^,]{2,80},)?\s+"
                 r"(?:(?:går|gick|har\s+gått)\s+in\s+som\s+(?:ny\s+|ordinarie\s+)?|"
                 r"(?:(?:från\s+och\s+med|fr\.\s?o\.\s?m\.)\s+[^,.;]{2,30}?\s+)?(?:är|blir)\s+(?:ny|ordinarie)\s+)(?P<role>ledamot|representant|ersättare|företrädare|sammankallande|(?:vice\s+)?ordförande)"
                 r"(?:\s+för\s+[A-ZÅÄÖ][^.;,]{1,40}?)?(?:\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?))?\s+i\s*stället\s+för\s+"
                 r"(?P<old>" + _NAME + r"|[A-ZÅÄÖ]{2,3})" + _PARTY + r"(?=\s+(?:från|fr\.\s?o\.\s?m\.|den|vid|som)\b|\s*[,.;]|\s*$)",
         examples=(_ex("Per Ek, socialchef i Åby kommun, går in som ny ledamot i stället för Anna Lund, som har gått i pension.",
                       ("membership", "Per Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Anna Lund", "Samverkansgrupp äldre", "leave")),
                   _ex("Per Ek går in som ny ledamot för Åby kommun i stället för Anna Lund från och med dagens möte.",
                       ("membership", "Per Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Anna Lund", "Samverkansgrupp äldre", "leave")),
                   _ex("Per Ek går in som ersättare i Styrgrupp Barnahus i stället för Anna Lund.",
                       ("membership", "Per Ek", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Anna Lund", "Styrgrupp Barnahus", "leave")),
                   _ex("Region Ekby meddelar att Per Ek (M) från och med detta sammanträde är ordinarie ledamot i stället "
                       "för Anna Lund (KD).", body="Politiskt samråd",
                       facts=(("membership", "Per Ek", "Politiskt samråd", "replace"),
                              ("membership", "Anna Lund", "Politiskt samråd", "leave")))),
         counter_examples=("Per Ek går in som stöd i arbetet i stället för Anna Lund.",
                           "Per Ek är ordförande i stället för Anna Lund vid dagens sammanträde.")),
    # a seat filled "i X:s ställe", told as the appointment it is (often the länsstyrelse's, after a recount): the
    # successor replaces X, in the body named or else the one the item's title or the meeting is
    Rule("appointed_in_place_of", "membership", change="replace", triggers=("ställe",),
         pattern=r"^(?:[A-ZÅÄÖ][^.;]{1,60}?\s+(?:meddelar|har\s+meddelat|meddelade)(?:\s+[^.;]{1,40}?)?\s+att\s+)?(?:att\s+)?"
                 r"(?P<who>" + _NAME + r")" + _PARTY + r"(?:,[^,]{2,80},)?\s+"
                 r"(?:utses|har\s+utsetts|utsågs|väljs|har\s+valts|valdes)\s+(?:[^.;]{0,30}?\s+)?till\s+(?:ny\s+|ordinarie\s+)?"
                 r"(?P<role>ledamot|ersättare|representant|(?:vice\s+)?ordförande)"
                 r"(?:\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?|[a-zåäö-]*(?:fullmäktige|nämnden|styrelsen|utskottet|direktionen|gruppen|rådet)))?"
                 r"\s+i\s+(?P<old>" + _NAME + r")s\s+ställe\b",
         examples=(_ex("Länsstyrelsen meddelar i protokoll den 6 december att Per Holm (M) utses till ersättare i Eva Lunds "
                       "ställe.", body="Regionfullmäktige",
                       facts=(("membership", "Per Holm", "Regionfullmäktige", "replace"),
                              ("membership", "Eva Lund", "Regionfullmäktige", "leave"))),
                   _ex("att Per Holm (M) väljs till ledamot i Styrgrupp Barnahus i Eva Lunds ställe", decision=True,
                       body="Socialnämnden",
                       facts=(("membership", "Per Holm", "Styrgrupp Barnahus", "replace"),
                              ("membership", "Eva Lund", "Styrgrupp Barnahus", "leave")))),
         # standing in for one meeting, no seat filled
         counter_examples=("Per Holm deltar i mötet i Eva Lunds ställe.", "Per Holm (M) utses till justerare i Eva Lunds ställe.")),
    Rule("appointed_as_new", "membership", change="join", narrative_only=True,
         triggers=("som ny representant", "som ny ledamot", "som ny ersättare", "som ny företrädare",
                   "om ny representant", "om ny ledamot", "om ny ersättare", "om ny företrädare"),
         pattern=r"^(?:(?P<hm>[A-ZÅÄÖ][^.;,]{1,60}?)\s+har\s+(?:nu\s+)?utsett\s+(?P<who>" + _NAME + r")" + _PARTY +
                 r"(?:,\s+[^.;,]{2,60},?)?\s+som\s+ny\s+(?P<role>representant|ledamot|ersättare|företrädare)"
                 r"(?:\s+i\s+(?P<group>[^.;,]+?))?(?:\s+(?:från|fr\.\s?o\.\s?m\.|efter|vid|den)\b[^.;]*)?"
                 r"|[Ss]om\s+ny\s+(?P<role2>representant|ledamot|ersättare|företrädare)(?:\s+i\s+(?P<group2>[^.;,]+?))?\s+har\s+"
                 r"(?P<hm2>[^.;,]{2,60}?)\s+utsett\s+(?P<who2>" + _NAME + r")" + _PARTY + r"(?:,\s+[^.;]{2,80})?)\s*\.?$",
         examples=(_ex("Åby har utsett Rasmus Lind, enhetschef beroendevård, som ny representant.",
                       ("membership", "Rasmus Lind", "Styrgrupp psykisk hälsa", "join"),
                       title="Styrgrupp psykisk hälsa – representation"),
                   _ex("Som ny representant har socialförvaltningen utsett Linn Ek, enhetschef barn och familj.",
                       ("membership", "Linn Ek", "Arbetsgrupp SIP", "join"), title="Arbetsgrupp SIP – ändrad representation"),
                   _ex("Åby kommun har utsett Rasmus Lind som ny ledamot i Styrgrupp Barnahus från 1 mars.",
                       ("membership", "Rasmus Lind", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Åby har utsett en arbetsgrupp som ny representant.",)),
    # a side let into the group, its seat named after it: "Ekby kommun välkomnas in i arbetsgruppen från och med januari,
    # med Eva Ek som representant"
    Rule("side_welcomed_with_seat", "membership", change="join", exclusive=False,
         triggers=("välkomnas", "välkomnades", "hälsas välkommen", "hälsades välkommen"),
         pattern=r"^(?:" + _SIDE + r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+[a-zåäö-]+){0,2})\s+(?:välkomnas|välkomnades|hälsas\s+välkommen|"
                 r"hälsades\s+välkommen)\s+(?:in\s+)?(?:i|till)\s+(?P<group>[^.;,]+?)"
                 r"(?:\s+(?:från(?:\s+och\s+med)?|fr\.\s?o\.\s?m\.|efter|vid)\s+[^.;,]+?)?,?\s+med\s+(?P<who>" + _NAME + r")"
                 r"(?:,\s+[^.;,]{2,60},)?\s+som\s+(?P<role>representant|ledamot|ersättare|företrädare|kontaktperson)\b[^.;]*\.?$",
         examples=(_ex("Ekby kommun välkomnas in i arbetsgruppen från och med januari, med Sanna Pirinen som representant.",
                       ("membership", "Sanna Pirinen", "Arbetsgrupp SIP", "join"), body="Arbetsgrupp SIP", decision=True),
                   _ex("Ekby kommun hälsades välkommen till Styrgrupp Barnahus med Sanna Pirinen som ledamot.",
                       ("membership", "Sanna Pirinen", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Ekby kommun välkomnas in i arbetsgruppen.",
                           "Ekby kommun välkomnas till mötet med Sanna Pirinen som gäst.")),
    # a seat held since some time, the one succeeded told in a relative clause: "Enhetschef Nora Vik är sedan oktober
    # kommunens representant i Samverkansgrupp Äldre, där hon efterträdde Sven Ahl"
    Rule("holds_seat_where_succeeded", "membership", change="replace", narrative_only=True,
         triggers=("där hon efterträdde", "där han efterträdde", "där hen efterträdde", "där hon ersatte", "där han ersatte",
                   "där hen ersatte"),
         pattern=r"^(?:[A-ZÅÄÖa-zåäö][a-zåäö-]*(?:chef|samordnare|strateg|ledare|sköterska|direktör)\s+)?"
                 r"(?P<who>" + _NAME + r")" + _PARTY + r"(?:,\s*[^,.;]{2,60},)?\s+är\s+(?:sedan\s+[^,.;]{2,30}?\s+)?"
                 r"(?:[\wåäöÅÄÖ-]+s\s+)?(?P<role>representant|ledamot|ersättare|(?:vice\s+)?ordförande|sammankallande)\s+"
                 r"i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?),\s+där\s+(?:hon|han|hen)\s+(?:efterträdde|ersatte)\s+"
                 r"(?P<old>" + _NAME + r")" + _PARTY + r"(?:,\s+som\s+[^.;]*)?\s*\.?$",
         examples=(_ex("Enhetschef Nora Vik är sedan oktober kommunens representant i Samverkansgrupp Äldre, där hon "
                       "efterträdde Sven Ahl.", body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Nora Vik", "Samverkansgrupp Äldre", "replace"),
                              ("membership", "Sven Ahl", "Samverkansgrupp Äldre", "leave"))),),
         counter_examples=("Nora Vik är sedan oktober chef för hemtjänsten, där hon efterträdde Sven Ahl.",)),
    # a seat another side's member reports as held from now: "TN anmäler att Ronny Hed, socialchef, är Tallmo kommuns
    # ersättare i RLG från och med i dag" (no task of the one telling it)
    Rule("seat_notified_from_now", "membership", change="join", narrative_only=True,
         triggers=("anmäler att", "anmälde att", "har anmält att", "meddelar att", "meddelade att", "har meddelat att"),
         pattern=r"^[A-ZÅÄÖ][^.;]{0,60}?\s+(?:anmäler|anmälde|meddelar|meddelade|har\s+anmält|har\s+meddelat)\s+att\s+"
                 r"(?P<who>" + _NAME + r")" + _PARTY + r"(?:,\s*[^,.;]{2,60},)?\s+(?:är|blir)\s+"
                 r"(?:(?:[A-ZÅÄÖ][\wåäö-]*s?\s+kommuns|[Rr]egion\s+[A-ZÅÄÖ][\wåäö-]*s|[A-ZÅÄÖ][\wåäöÅÄÖ-]*s|kommunens|"
                 r"regionens|förvaltningens)\s+)?(?:nya?\s+|ordinarie\s+)?(?P<role>ledamot|ersättare|representant)\s+"
                 r"i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?)\s+(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|från)\s+[^.;]+?\.?$",
         examples=(_ex("KB anmäler att Olle Nord, socialchef, är Ekby kommuns ersättare i Styrgrupp Barnahus från och med "
                       "i dag.", ("membership", "Olle Nord", "Styrgrupp Barnahus", "join")),
                   _ex("Eva Lund meddelar att Per Ek är regionens nya representant i Arbetsgrupp SIP från 1 mars.",
                       ("membership", "Per Ek", "Arbetsgrupp SIP", "join"))),
         counter_examples=("KB anmäler att Olle Nord är Ekby kommuns ersättare i Styrgrupp Barnahus sedan 2024.",
                           "KB anmäler att rutinen är klar från och med i dag.")),
    # a nämnd's seats in another body told by who holds them: "Den andra ledamotsplatsen innehas av Eva Ek (M) och
    # ersättare är Per Lund (SD)" (the body the item is about)
    Rule("seat_held_by", "membership", change="member", narrative_only=True, triggers=("platsen innehas av",),
         pattern=r"^(?:[Dd]en\s+(?:andra|ena|tredje|övriga)\s+)?(?P<role>ledamot|ordförande)s?platsen(?:\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?))?"
                 r"\s+innehas\s+(?:för\s+närvarande\s+|i\s+dag\s+)?av\s+(?P<who>" + _NAME + r")" + _PARTY +
                 r"(?:\s+och\s+(?P<role2>ersättare|ledamot)\s+är\s+(?P<who2>" + _NAME + r")" + _PARTY + r")?\s*\.?$",
         examples=(_ex("Den andra ledamotsplatsen innehas av Eva Ek (M) och ersättare är Per Lund (SD).",
                       ("membership", "Eva Ek", "Lokala närvårdsrådet i Åby", "member"),
                       ("membership", "Per Lund", "Lokala närvårdsrådet i Åby", "member"),
                       body="Vård- och omsorgsnämnden, Åby kommun", title="Fyllnadsval – Lokala närvårdsrådet i Åby"),),
         counter_examples=("Den andra ledamotsplatsen innehas av kommunen.",)),
    # a seat filled after its holder, who keeps another: "Per Nyholm (M) utses till ordförande i arbetsutskottet efter
    # Kim Sandberg (C), som kvarstår som ledamot": the former holder leaves the seat filled
    Rule("seat_filled_after", "membership", change="leave", exclusive=False,
         triggers=("efter",),
         pattern=r"(?:^|\batt\s+)" + _NAME + _PARTY + r"\s+(?:utses|väljs|valdes|utsågs|har\s+utsetts|har\s+valts)\s+till\s+"
                 r"(?:ny\s+)?(?P<role>(?:vice\s+)?ordförande|sammankallande|ledamot|ersättare)\s+i\s+(?P<group>[^.;,]+?)\s+"
                 # (not "…, som kvarstår som ledamot": the one before keeps her seat, only the duty passes on)
                 r"efter\s+(?P<who>" + _NAME + r")" + _PARTY + r"(?:,\s+som\s+(?!kvarstår|stannar|är\s+kvar)[^.;]*)?\s*\.?$"
                 # "att valet av ny ersättare efter Tord Mattsson bordläggs": the seat he leaves, filled later
                 r"|\b(?:val(?:et)?\s+av|välja|utse)\s+(?:en\s+)?ny\s+(?P<role2>ersättare|ledamot)\s+efter\s+(?P<who2>" + _NAME +
                 r")" + _PARTY + r"(?=\s+(?:bordläggs|skjuts|sker|görs)\b)",
         examples=(_ex("Per Nyholm (M) utses till ordförande i Socialnämndens arbetsutskott efter Kim Sandberg (C), som "
                       "har avsagt sig uppdraget.", ("membership", "Kim Sandberg", "Socialnämndens arbetsutskott", "leave"),
                       body="Socialnämnden, Åby kommun", decision=True),
                   _ex("att valet av ny ersättare efter Tord Berg bordläggs till nämndens sammanträde i oktober",
                       ("membership", "Tord Berg", "Lokala närvårdsrådet i Åby", "leave"), decision=True,
                       body="Vård- och omsorgsnämnden, Åby kommun", title="Fyllnadsval – Lokala närvårdsrådet i Åby")),
         counter_examples=("Per Nyholm (M) utses till justerare efter Kim Sandberg (C).",
                           "att valet av ny ersättare efter Tord Berg ska ske i oktober")),
    # a member going in for another's seat for a while: "Kevin går in som Fjällstas ordinarie ledamot under tiden"
    Rule("goes_in_as_for_now", "membership", change="join", narrative_only=True, exclusive=False,
         triggers=("går in som",),
         pattern=r"^(?P<who>" + _NAME + r"|[A-ZÅÄÖ][a-zåäö]{2,})" + _PARTY + r"\s+går\s+in\s+som\s+"
                 r"(?:(?:[A-ZÅÄÖ][\wåäö-]*s|kommunens|regionens)\s+)?(?:(?:ny|ordinarie)\s+)*"
                 r"(?P<role>ledamot|ersättare|representant|sammankallande)"
                 r"(?:\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?|[a-zåäö]*(?:gruppen|rådet|nätverket|teamet)))?"
                 r"\s+(?:under\s+tiden|tills\s+vidare|tillfälligt|så\s+länge)\s*(?:[.;].*)?$",
         examples=(_ex("Elin går in som Åbys ordinarie ledamot under tiden; ersättarplatsen står tom.", roster=_ROSTER,
                       body="Samverkansgrupp äldre", facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "join"),)),),
         counter_examples=("Elin går in som stöd i arbetet under tiden.",)),
    # a seat held until now and given up: "Ingrid Paulsson har varit ordförande i styrgruppen sedan starten och
    # lämnar nu uppdraget"
    Rule("leaves_seat_held", "membership", change="leave", narrative_only=True,
         triggers=("lämnar nu uppdraget", "lämnar uppdraget", "lämnar därmed uppdraget", "lämnar nu posten", "lämnar posten",
                   "avböjt omval", "avböjer omval", "avböjde omval", "inte ställer upp för omval", "ställer inte upp för omval",
                   "kandiderar inte för omval", "inte kandiderar för omval"),
         # a seat not taken again when its term ends: "Maud Lind (S) har varit nämndens ledamot i samrådet sedan 2023 och
         # har avböjt omval" (the side's seat named by its possessive)
         pattern=r"^(?P<old>" + _NAME + r")" + _PARTY + r"(?:,[^,]{2,60},)?\s+har\s+varit\s+(?:[a-zåäö]+s\s+)?"
                 r"(?P<role>(?:vice\s+)?(?:ordförande|sammankallande|"
                 r"ledamot|ersättare|representant))\s+(?:i|för)\s+(?P<group>[^.;,]+?)(?:\s+(?:sedan|under|i)\s+[^.;,]+?)?"
                 r"\s+och\s+(?:lämnar\s+(?:nu\s+|därmed\s+)?(?:uppdraget|posten)\b"
                 r"|(?:har\s+)?(?:avböjt|avböjer|avböjde)\s+omval\b|(?:ställer|kandiderar)\s+inte\s+(?:upp\s+)?för\s+omval\b)[^.;]*$",
         examples=(_ex("Ingrid Holm har varit ordförande i styrgruppen sedan starten och lämnar nu uppdraget.",
                       ("membership", "Ingrid Holm", "Styrgrupp Nära vård", "leave"),
                       title="Styrgrupp Nära vård – nytt ordförandeskap"),
                   _ex("Ingrid Holm har varit sammankallande i Arbetsgrupp SIP i tre år och lämnar nu uppdraget.",
                       ("membership", "Ingrid Holm", "Arbetsgrupp SIP", "leave")),
                   _ex("Ingrid Holm (S) har varit nämndens ledamot i samrådet sedan 2023 och har avböjt omval.",
                       ("membership", "Ingrid Holm", "Politiskt samråd Nära vård Norrby", "leave"),
                       title="Val av ledamot i Politiskt samråd Nära vård Norrby 2027–2028"),
                   _ex("Ingrid Holm har varit ordförande i Styrgrupp Barnahus sedan 2022 och ställer inte upp för omval.",
                       ("membership", "Ingrid Holm", "Styrgrupp Barnahus", "leave"))),
         counter_examples=("Ingrid Holm har varit ordförande i styrgruppen sedan starten och fortsätter.",
                           "Ingrid Holm har varit ordförande i styrgruppen och har inte avböjt omval.")),
    # a seat taken when its holder leaves: "Olof Hed går in som ordinarie ledamot för Åby när Petra Sun går i pension
    # vid halvårsskiftet" (the seat in the body that met)
    Rule("enters_when_leaving", "membership", change="replace", narrative_only=True, triggers=("går in som",),
         pattern=r"^(?P<who>" + _NAME + r")\s+går\s+in\s+som\s+(?P<role>(?:ordinarie\s+|ny\s+)?(?:ledamot|ersättare|representant))"
                 r"(?:\s+för\s+(?P<hm>Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?))?\s+när\s+(?P<old>" + _NAME + r")"
                 r"\s+(?:går\s+i\s+pension|slutar|avgår|lämnar\s+(?:gruppen|sin\s+tjänst|kommunen|regionen))"
                 r"(?:\s+(?:vid|i|efter|den|till)\s+[^.;]*)?\s*\.?$",
         examples=(_ex("Olof Hed går in som ordinarie ledamot för Åby när Petra Sun går i pension vid halvårsskiftet.",
                       ("membership", "Olof Hed", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Petra Sun", "Samverkansgrupp äldre", "leave")),),
         counter_examples=("Olof Hed går in som stöd i arbetet när Petra Sun går i pension.",)),
    # a seat taken "i hans ställe" (the seat in the body that met): "Louise Sand går in som ordinarie för Primärvården i
    # hans ställe"; the one it stands for, named in the sentence before, leaves it: "Tobias Ek har bytt tjänst; Lisa Sand
    # går in som ordinarie för Primärvården i hans ställe"
    Rule("in_place_of_one_told_before", "membership", change="replace", role="ledamot", narrative_only=True,
         exclusive=False, triggers=("i hans ställe", "i hennes ställe", "i dennes ställe", "i hens ställe"),
         pattern=r"(?:^|;\s*|,\s*)(?P<who>" + _NAME + r")" + _PARTY + r"(?:,\s*[^,.;]{2,80},)?\s+"
                 r"(?:(?:går|gick|kliver|klev|träder|trädde)\s+in|tar\s+över\s+platsen|blir\s+ordinarie)\s+"
                 r"som\s+(?:ny\s+|ordinarie\s+)?(?:(?P<role>ledamot|ersättare|representant)|ordinarie)"
                 r"(?:\s+(?:ledamot|representant))?"
                 r"(?:\s+(?:för|från|i)\s+[^.;]{2,50}?)?\s+i\s+(?:hans|hennes|dennes|hens)\s+ställe\b",
         examples=(_ex("Tobias Ek har bytt tjänst; Lisa Sand går in som ordinarie för Primärvården i hans ställe och "
                       "lämnar därmed platsen som ersättare.",
                       ("membership", "Lisa Sand", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Tobias Ek", "Samverkansgrupp äldre", "leave")),
                   _ex("Karin Öst går i pension i mars. Lisa Sand går in som ledamot för Åby kommun i hennes ställe.",
                       ("membership", "Lisa Sand", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karin Öst", "Samverkansgrupp äldre", "leave")),
                   _ex("Per Lind har bytt tjänst; Eva Sand går in som ordinarie för Primärvården i hans ställe.",
                       ("membership", "Eva Sand", "Samverkansgrupp äldre", "replace"), roster=("Per Lind",)),
                   # the one it stands for not told in the sentence before: the replace alone
                   _ex("Tjänsten som enhetschef är nu tillsatt. Eva Sand går in som ordinarie ledamot i hans ställe.",
                       ("membership", "Eva Sand", "Samverkansgrupp äldre", "replace"))),
         counter_examples=("Tobias Ek har bytt tjänst; Lisa Sand går in som stöd i hans ställe.",
                           "Tobias Ek har bytt tjänst; Lisa Sand tar över hans ärenden.",
                           "Rutinen går in som ordinarie i hans ställe.")),
    # a newcomer appointed to a post by her employer, then taking the seat by a pronoun: "Åby kommun har utsett Eva Ek
    # till ny HSL-chef och hon ersätter Göran i gruppen från 1 mars" (the seat in the body that met)
    Rule("appointed_and_replaces", "membership", change="replace", role="ledamot", narrative_only=True,
         triggers=("hon ersätter", "han ersätter", "hen ersätter"),
         pattern=r"^(?:[A-ZÅÄÖ][^.;]{1,60}?\s+)?(?:har\s+)?(?:utsett|anställt|rekryterat)\s+(?P<who>" + _NAME + r")" + _PARTY +
                 r"(?:,\s*[^,;.]{2,60},)?\s+(?:till|som)\s+(?:ny\s+|tillförordnad\s+)?[\wåäöÅÄÖ-]+(?:\s+[a-zåäö]+){0,3}?"
                 r",?\s+och\s+(?:hon|han|hen)\s+ersätter\s+(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
                 r"(?:\s+i\s+(?:gruppen|nätverket|rådet|teamet|ledningsgruppen|styrgruppen|arbetsgruppen))?"
                 r"(?:\s+(?:från|fr\.\s?o\.\s?m\.|efter|vid|den)\b[^.;]*)?\.?$",
         examples=(_ex("Åby kommun har utsett Eva Ek till ny HSL-chef och hon ersätter Göran Lind i gruppen från 1 mars.",
                       ("membership", "Eva Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Göran Lind", "Samverkansgrupp äldre", "leave")),
                   _ex("Region Norrå har anställt Per Berg som ny verksamhetschef, och han ersätter Karin Öst från "
                       "och med april.", ("membership", "Per Berg", "Samverkansgrupp äldre", "replace"))),
         counter_examples=("Åby kommun har utsett Eva Ek till ny HSL-chef och hon ersätter Göran Lind som chef för "
                           "hemsjukvården.",
                           "Åby kommun har utsett Eva Ek till ny HSL-chef och hon ersätter rutinen.")),
    # a deputy taking over the seat, the one left told elsewhere: "Björn Ek, som hittills varit ersättare för Åby, tar
    # över som kommunens ordinarie ledamot från februari" (the seat in the body that met)
    Rule("deputy_takes_over", "membership", change="replace", narrative_only=True,
         triggers=("tar över som", "går in som", "blir ordinarie", "tar över platsen som"),
         pattern=r"^(?P<who>" + _NAME + r"),\s+som\s+(?:hittills\s+|tidigare\s+|fram\s+till\s+nu\s+)?(?:har\s+)?varit\s+"
                 r"ersättare\b[^,.;]{0,60},\s+(?:tar\s+över(?:\s+platsen)?|går\s+in|blir)\s+som\s+"
                 r"(?:(?:kommunens|regionens|förvaltningens|[A-ZÅÄÖ][\wåäö-]+(?:\s+kommuns)?)\s+)?"
                 r"(?P<role>(?:ordinarie\s+|ny\s+)?(?:ledamot|representant))\b[^.;]*\.?$",
         examples=(_ex("Björn Ek, som hittills varit ersättare för Åby, tar över som kommunens ordinarie ledamot från februari.",
                       ("membership", "Björn Ek", "Samverkansgrupp äldre", "replace")),
                   _ex("Lena Sund, som tidigare har varit ersättare, går in som ordinarie ledamot från 1 mars.",
                       ("membership", "Lena Sund", "Samverkansgrupp äldre", "replace"))),
         counter_examples=("Björn Ek, som hittills varit ersättare för Åby, tar över som samordnare för projektet.",)),
    # a seat decided with whom it follows, party tags after the names: "Kjell Ö (M) går in som ersättare i PSO
    # efter Tomas W (M) för samma period"
    Rule("decided_goes_in_as", "membership", change="join", decision_only=True, triggers=("går in som",),
         pattern=r"^(?P<who>" + _NAME + r")" + _PARTY + r"\s+går\s+in\s+som\s+(?:ny\s+)?(?P<role>ledamot|ersättare|representant|"
                 r"företrädare|sammankallande|(?:vice\s+)?ordförande)\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?)"
                 r"(?:\s+efter\s+(?P<prev>" + _NAME + r")" + _PARTY + r")?(?P<tail>\s+(?:för|från|fr\.\s?o\.\s?m\.|t\.\s?o\.\s?m\.|"
                 r"till\s+och\s+med|under)\b[^.;]*)?\s*\.?$",
         examples=(_ex("Kjell Ek (M) går in som ersättare i Styrgrupp Barnahus efter Tomas Berg (M) för samma period.",
                       ("membership", "Kjell Ek", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Tomas Berg", "Styrgrupp Barnahus", "leave"),
                       ("assignment", ["Kjell Ek"], "vara ersättare i Styrgrupp Barnahus"), decision=True),),
         counter_examples=()),
    # a task handed on from one body to another: the receiver's task
    Rule("handed_on_task", "assignment", exclusive=False,
         triggers=("överlämnar uppdraget", "överlämnade uppdraget", "lämnar över uppdraget", "lämnade över uppdraget"),
         handler="_as_handed_on_task",
         examples=(_ex("RLG överlämnar uppdraget om handlingsplan mot ensamhet till Samverkansgrupp äldre, som redovisar ett "
                       "utkast för RLG i maj.", body="Regional ledningsgrupp (RLG)", decision=True,
                       facts=(("assignment", ["Samverkansgrupp äldre"], "genomföra uppdraget om handlingsplan mot ensamhet"),)),
                   _ex("Karin informerade om att RLG den 13 februari överlämnade uppdraget från rådet att ta fram en "
                       "handlingsplan mot ensamhet till samverkansgruppen.",
                       ("assignment", ["Samverkansgrupp äldre"], "ta fram en handlingsplan mot ensamhet")),
                   # whose task it was first, named
                   _ex("RLG överlämnade uppdraget från Politiskt samverkansråd att ta fram en handlingsplan till "
                       "samverkansgruppen.", ("mandate", "Politiskt samverkansråd", "RLG", "delegates"))),
         counter_examples=("RLG överlämnar uppdraget till nästa möte.",)),
    # a member who moves to another huvudman and keeps the seat for it: "Anders Ek, socialchef i Åby kommun, går
    # den 1 mars över till Region Norrby som hälsovalschef och representerar därefter regionen i ledningsgruppen"
    Rule("changes_huvudman", "membership", triggers=("över till",), handler="_ms_changes_huvudman", exclusive=False,
         examples=(_ex("Anders Ek, socialchef i Åby kommun, går den 1 mars över till Region Norrby som hälsovalschef och "
                       "representerar därefter regionen i gruppen.",
                       ("membership", "Anders Ek", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Anders Ek", "Samverkansgrupp äldre", "join")),
                   # a hurried secretary's "kn", the day after the huvudman and what the new work is in brackets
                   _ex("Sofie går över till Åby kn 1/3 (rehab hemsjukvården) och representerar därefter kommunen i gruppen.",
                       roster=("Sofie Ek",), facts=(("membership", "Sofie Ek", "Samverkansgrupp äldre", "leave"),
                                                   ("membership", "Sofie Ek", "Samverkansgrupp äldre", "join"))),
                   _ex("Mikael Holm går över till Tallviks kommun i april och företräder därefter kommunen i Styrgrupp Barnahus.",
                       ("membership", "Mikael Holm", "Styrgrupp Barnahus", "leave"),
                       ("membership", "Mikael Holm", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Elin går över till en ny tjänst i Region Norrby.",
                           "Ärendet går över till Region Norrby och hanteras därefter av regionen.")),
    Rule("new_in_group", "membership", triggers=("ny i ", "nya i ", "ny ledamot", "ny representant", "ny deltagare", "är ny och", "är ny ",
                                                "nya ledamöter", "ny medlem", "ny ordinarie"),
         handler="_ms_new_in_group",
         examples=(_ex("Ny i gruppen är Lisa Ek, Åby kommun, som ersätter Karl Berg.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave")),
                   _ex("Ny representant i Styrgrupp Barnahus är Omar Said, Region Åsen.",
                       ("membership", "Omar Said", "Styrgrupp Barnahus", "join")),
                   _ex("Sara Ek, primärvården, är ny i gruppen.", ("membership", "Sara Ek", "Samverkansgrupp äldre", "join")),
                   # a seat of a kind, a note to the reader after it
                   _ex("Sara Ek är ny brukarrepresentant (se ovan).", ("membership", "Sara Ek", "Samverkansgrupp äldre", "join")),
                   # for whom, and after whom
                   _ex("Hedvig Nord är ny i gruppen och representerar Tallviks kommun efter Jessica Strand, som har gått i "
                       "pension.", ("membership", "Hedvig Nord", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Jessica Strand", "Samverkansgrupp äldre", "leave")),
                   # for whom, and why of the huvudman in a relative clause
                   _ex("Hedvig Nord, sjuksköterska i hemsjukvården, är ny i gruppen och företräder Tallviks kommun, som har "
                       "saknat representant sedan i höstas.", ("membership", "Hedvig Nord", "Samverkansgrupp äldre", "join")),
                   # by initials, for a unit, and whom she replaces
                   _ex("MÖ är ny i gruppen för IFO och ersätter Karl Berg.", roster=_ROSTER,
                       facts=(("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave"))),
                   # in a hurried secretary's notes, without the verb, from when, and why the other went
                   _ex("MÖ ny i gruppen fr o m idag, ersätter Karl Berg (socialförv) som gått till annan tjänst.",
                       roster=_ROSTER, facts=(("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "replace"),
                                              ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Sara Ek är ny ledamot i Styrgrupp Barnahus.", ("membership", "Sara Ek", "Styrgrupp Barnahus", "join")),
                   # coming in as one, and what she does there besides
                   _ex("Hedda Sjögren, färdtjänsthandläggare, kommer in som ny medlem i Styrgrupp Barnahus och delar "
                       "verksamhetsrollen med Oskar.", ("membership", "Hedda Sjögren", "Styrgrupp Barnahus", "join")),
                   # for whom in a relative clause after the name
                   _ex("Ny i gruppen är Lisa Ek som representerar Åby kommun.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "join")),
                   # the seat's kind and huvudman before the newcomer, her title and from when after
                   _ex("Ny ordinarie ledamot för Åby kommun är Lisa Ek, äldreomsorgschef, från den 1 februari.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "join")),
                   # the body that met, why after a dash
                   _ex("Sara Ek, akutmottagningen, är ny ledamot – gruppen har saknat någon från sjukhuset.",
                       ("membership", "Sara Ek", "Samverkansgrupp äldre", "join")),
                   # a label beside the roster, whom she follows after it
                   _ex("Ny i gruppen: Lisa Ek, ny ledamot från Åby kommun efter Karl Berg.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave")),
                   # new for a side named by its place, whom she takes over from after "och"
                   _ex("Lisa Ek är ny för Åby och tar över efter Karl Berg, som har gått i pension.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave")),
                   # who named her first, and whom she follows in a clause of its own
                   _ex("Lisa Ek har utsetts av Åby kommun och är ny i arbetsgruppen från dagens möte; hon tar över efter "
                       "Karl Berg.", body="Arbetsgrupp SIP",
                       facts=(("membership", "Lisa Ek", "Arbetsgrupp SIP", "replace"),
                              ("membership", "Karl Berg", "Arbetsgrupp SIP", "leave"))),
                   # new, no body named, the one she replaces until further notice and the unit whose seat it is
                   _ex("Tobias Fagerlund är ny och ersätter Karl Berg tillsvidare från biståndsenheten.", roster=_ROSTER,
                       facts=(("membership", "Tobias Fagerlund", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave"))),
                   # a hurried note without the verb: for whom by the place alone, whom she succeeds after a comma
                   _ex("MÖ ny representant för Åby, efterträder Karl Berg som slutade i sept.", roster=_ROSTER,
                       facts=(("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Lisa Ek är ny ledamot för Region Norrby och efterträder Karl Berg.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave")),
                   _ex("Lisa Ek, ny ledamot från Åby kommun efter Karl Berg.",
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace")),
                   # a member introducing herself under the label: her work in apposition
                   _ex("Ny i gruppen: Sara Holm, distriktsläkare på vårdcentralen sedan 2019.",
                       ("membership", "Sara Holm", "Samverkansgrupp äldre", "join")),
                   _ex("Ny i gruppen: Sara Holm, sjuksköterska i Åby, som vill bidra med erfarenheter från dosdispenseringen.",
                       ("membership", "Sara Holm", "Samverkansgrupp äldre", "join")),
                   # several newcomers, each with the huvudman she comes from
                   _ex("Nya i gruppen är Sara Holm, Åby kommun och Olle Berg, Tallviks kommun.",
                       ("membership", "Sara Holm", "Samverkansgrupp äldre", "join"),
                       ("membership", "Olle Berg", "Samverkansgrupp äldre", "join"))),
         counter_examples=("Ny i rollen är rutinen för avvikelser.", "Ny ledamot är ännu inte utsedd.",
                           "Nya i gruppen är rutinen och broschyren.",
                           "Rutinen ny i verksamheten fr o m idag, ersätter Rutin Trygg hemgång.")),
    Rule("elected_into", "membership", triggers=("väljs", "valdes"), handler="_ms_elected_into",
         examples=(_ex("Karin Ek, Tallviks kommun, väljs in i Styrgrupp Barnahus.",
                       ("membership", "Karin Ek", "Styrgrupp Barnahus", "join")),)),
    # the secretary of this one meeting, chosen as its first points ("2. Sekreterare  Till sekreterare utsågs
    # Lena Hägg"): a duty for the day, not a seat in the body
    Rule("meeting_secretary", "assignment", role="sekreterare",
         triggers=("sekreterare",),
         pattern=r"^(?:(?:[Tt]ill|[Ss]om)\s+(?:mötes)?sekreterare(?:\s+(?:för|vid)\s+(?:mötet|dagens\s+möte|sammanträdet))?"
                 r"\s+(?:utses|utsågs|valdes|väljs|utse|välja)\s+(?P<who>[A-ZÅÄÖ][^.;]+?)"
                 r"|(?P<who2>[A-ZÅÄÖ][^.;]+?)\s+(?:utses|utsågs|valdes|väljs)\s+(?:till|som)\s+(?:mötes)?sekreterare"
                 r"(?:\s+(?:för|vid)\s+(?:mötet|dagens\s+möte|sammanträdet))?)$",
         examples=(_ex("Till sekreterare utsågs Elin Borg.", ("assignment", ["Elin Borg"], "vara sekreterare vid mötet"),
                       roster=_ROSTER),
                   _ex("till sekreterare utse Mattias Öhrn", ("assignment", ["Mattias Öhrn"], "vara sekreterare"),
                       decision=True, roster=_ROSTER),
                   _ex("Sanna Pirinen valdes till sekreterare för mötet.",
                       ("assignment", ["Sanna Pirinen"], "vara sekreterare"), roster=_ROSTER)),
         counter_examples=("Till sekreterare i samverkansgruppen utsågs Elin Borg.",
                           "Sekreteraren skickar ut anteckningarna.")),
    # the decision told as the duty done: "Beredningen beslutar att Marie Holm justerar protokollet"
    Rule("adjusts_the_minutes", "assignment", decision_only=True,
         triggers=("justerar protokollet", "justerar dagens protokoll", "justerar anteckningarna"),
         pattern=r"^(?:att\s+)?(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})(?:\s+\([A-ZÅÄÖ]{1,3}\))?\s+"
                 r"(?P<task>justerar\s+(?:dagens\s+)?(?:protokollet|protokoll|anteckningarna))\s*\.?$",
         examples=(_ex("att Marie Holm justerar protokollet", decision=True, body="Beredningsgruppen",
                       facts=(("assignment", ["Marie Holm"], "justera"),)),),
         counter_examples=("Ordföranden justerar protokollet.",)),
    # the chair's stand-in decided with a delegation to the chair: "att vice ordföranden Tomas Lund ersätter ordföranden
    # när hon har förhinder"
    Rule("stands_in_for_the_chair", "assignment", decision_only=True, triggers=("ersätter ordföranden",),
         handler="_stands_in_for_chair",
         examples=(_ex("att vice ordföranden Eva Ek ersätter ordföranden när hon har förhinder, och", decision=True,
                       body="Miljönämnden, Åby kommun",
                       facts=(("assignment", ["Eva Ek"], "ersätta ordföranden när hon har förhinder"),)),),
         counter_examples=("att ersättaren ersätter ordföranden när hon har förhinder",)),
    # a duty at the meeting: no seat in a group, least of all the one the item's title ("Val av justerare") names
    Rule("appointed_to_duty", "assignment", triggers=("utse ", "välja "), handler="_as_duty",
         examples=(_ex("att utse Tomas Ek till justerare.", decision=True, body="Styrelsen, Föreningen Anhörigstöd Ås",
                       facts=(("assignment", ["Tomas Ek"], "justera protokollet"),)),
                   _ex("att välja Oskar Lind till mötesordförande för nästa möte.", decision=True,
                       body="Styrelsen, Föreningen Anhörigstöd Ås",
                       facts=(("assignment", ["Oskar Lind"], "vara mötesordförande för nästa möte"),)),
                   # the meeting's secretary, however the duty is named: the same task as "Till sekreterare utsågs"
                   _ex("att utse Lina Berg till mötessekreterare.", decision=True,
                       body="Styrelsen, Föreningen Anhörigstöd Ås",
                       facts=(("assignment", ["Lina Berg"], "vara sekreterare vid mötet"),)),
                   _ex("att välja Lars Ek till sekreterare för mötet.", decision=True, body="Styrelsen, Åby Bostäder AB",
                       facts=(("assignment", ["Lars Ek"], "vara sekreterare vid mötet"),)),
                   # the passive decision read in the infinitive: the standing duty, shared with the chair
                   _ex("utse vice ordförande Åke Ek till ständig justerare tillsammans med ordförande Eva Berg",
                       decision=True, body="Valnämnden, Åby kommun",
                       facts=(("assignment", ["Åke Ek"], "justera protokollet"),))),
         counter_examples=("att utse Karin Ek till ledamot i Styrgrupp Barnahus",
                           "att välja Karin Ek till justerare i valberedningen")),
    Rule("appointed_agent", "assignment", triggers=("ombud", "kontaktpolitiker", "lekmannarevisor", "kontaktperson"),
         handler="_as_agent",
         examples=(# a body's contact person towards another body, decided in a list of decided points
                   _ex("Elin Borg utses till styrgruppens kontaktperson mot det regionala rådet.", decision=True,
                       body="Styrgrupp Barnahus", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "vara kontaktperson mot det regionala rådet"),)),
                   # the official by her title first, her duty "gentemot" the other body
                   _ex("att utse folkhälsostrateg Elin Borg till kommunens kontaktperson gentemot rådet", decision=True,
                       body="Kommunstyrelsens arbetsutskott", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "vara kontaktperson gentemot rådet"),)),
                   _ex("Som ombud vid bolagsstämman i Norrby Bostäder AB utses Kjell Ahl (S).", decision=True,
                       body="Kommunstyrelsen",
                       facts=(("assignment", ["Kjell Ahl"], "vara ombud vid bolagsstämman i Norrby Bostäder AB"),)),
                   _ex("Kommunstyrelsen utser Kjell Ahl (S) till ombud vid årsstämman i Norrby Energi AB 2026 med Mona "
                       "Berg (M) som ersättare.", decision=True, body="Kommunstyrelsen",
                       facts=(("assignment", ["Kjell Ahl"], "vara ombud vid årsstämman i Norrby Energi AB 2026"),
                              ("assignment", ["Mona Berg"], "vara ersättare för ombudet"))),
                   # whose agent, in the genitive before the duty
                   _ex("utse Kjell Ahl (S) till kommunens ombud vid Samordningsförbundet Norrbys förbundsstämma den 12 "
                       "juni 2026, med Mona Berg (M) som ersättare", decision=True, body="Socialnämnden",
                       facts=(("assignment", ["Kjell Ahl"], "vara ombud vid Samordningsförbundet Norrbys förbundsstämma"),
                              ("assignment", ["Mona Berg"], "vara ersättare för ombudet"))),
                   _ex("Till kontaktpolitiker för Solbackens äldreboende utses Mona Berg (M).", decision=True,
                       body="Socialnämnden",
                       facts=(("assignment", ["Mona Berg"], "vara kontaktpolitiker för Solbackens äldreboende"),)),
                   # two named for the same duty: each a kontaktpolitiker, no seat in the unit
                   _ex("Kjell Ahl (S) och Mona Berg (M) utses till kontaktpolitiker för Solbackens äldreboende.",
                       decision=True, body="Socialnämnden",
                       facts=(("assignment", ["Kjell Ahl", "Mona Berg"], "vara kontaktpolitiker för Solbackens äldreboende"),)),
                   # the duty a seat in a body, taken after the one who held it: the seat changes hands too
                   _ex("Till kontaktpolitiker i Referensgruppen för brukare och närstående efter Kjell Ahl (S) valdes Mona "
                       "Berg (M).", decision=True, body="Socialnämnden",
                       facts=(("assignment", ["Mona Berg"], "vara kontaktpolitiker i Referensgruppen för brukare och närstående"),
                              ("membership", "Mona Berg", "Referensgruppen för brukare och närstående", "replace"))),
                   _ex("Mona Berg (M) valdes till lekmannarevisor i Norrby Hamn AB för tiden till och med 2026-12-31.",
                       body="Kommunfullmäktige",
                       facts=(("assignment", ["Mona Berg"], "vara lekmannarevisor i Norrby Hamn AB"),))),
         counter_examples=("Kjell Ahl (S) var ombud vid bolagsstämman i fjol.",
                           "Ombudet vid årsstämman har ännu inte utsetts.")),
    # "A (C) utses till regionens representant i G, med B (S) som personlig ersättare": the seat and its
    # stand-in in one sentence, the stand-in's seat in the same body
    # a seat given up and filled in one decision (a fyllnadsval): "Nämnden entledigar A (SD) från uppdraget som
    # ersättare i arbetsutskottet och väljer i hans ställe B (SD) till ny ersättare"
    Rule("seat_refilled", "membership", change="join", exclusive=False, triggers=("entledigar", "befriar"),
         handler="_ms_seat_refilled",
         examples=(_ex("Nämnden entledigar Roger Lind (SD) från uppdraget som ersättare i arbetsutskottet och väljer i hans "
                       "ställe Mira Olsson Fjäll (SD) till ny ersättare för tiden till och med 2026-12-31.", decision=True,
                       body="Primärvårdsnämnden",
                       facts=(("membership", "Mira Olsson Fjäll", "arbetsutskottet", "join"),
                              ("assignment", ["Mira Olsson Fjäll"], "vara ersättare i arbetsutskottet"))),),
         counter_examples=("Nämnden entledigar och väljer ersättare i arbetsutskottet vid nästa sammanträde.",)),
    Rule("appointed_with_substitute", "membership", change="join", triggers=("som personlig ersättare", "som ersättare"),
         handler="_ms_appointed_with_substitute",
         examples=(_ex("Ola Ek (C) utses till regionens representant i Politiskt samverkansråd Åby under 2027, med "
                       "Eva Lund (S) som personlig ersättare.", decision=True, body="Regionstyrelsen",
                       facts=(("membership", "Ola Ek", "Politiskt samverkansråd Åby", "join"),
                              ("membership", "Eva Lund", "Politiskt samverkansråd Åby", "join"),
                              ("assignment", ["Eva Lund"], "vara ersättare i Politiskt samverkansråd Åby"))),
                   # the term of both seats after the substitute
                   _ex("Ola Ek (M) utses till kommunens representant i Åby företagsråd, med Eva Lund (S) som personlig "
                       "ersättare, för perioden 2027–2028.", decision=True, body="Kommunstyrelsens näringslivsutskott",
                       facts=(("membership", "Ola Ek", "Åby företagsråd", "join"),
                              ("membership", "Eva Lund", "Åby företagsråd", "join"),
                              ("assignment", ["Eva Lund"], "vara ersättare i Åby företagsråd")))),
         counter_examples=("Eva Lund tjänstgör som ersättare för Per Ek.",
                           "Rutinen gäller, med Eva Lund som personlig ersättare vid behov.")),
    # a seat decided by the body that met, in the passive: "Socialchef Eva Ek utses att företräda Åby kommun i
    # Samverkansgrupp X från och med 1 november"
    Rule("appointed_to_represent_passive", "membership", change="join", exclusive=False, triggers=("utses att",),
         pattern=r"^(?:[A-ZÅÄÖ][a-zåäö-]+\s+)?(?P<who>" + _NAME + r")(?:\s+\([^()]{1,12}\))?(?:,\s+[^.;,]{2,60},)?\s+utses\s+"
                 r"att\s+(?:(?:företräda|representera)\s+(?P<hm>[^.;,]{2,60}?)\s+i|ingå\s+i)\s+(?P<group>[^.;,]+?)"
                 + _UNTIL + r"\.?$",
         examples=(_ex("Socialchef Eva Ek utses att företräda Åby kommun i Samverkansgrupp Psykisk hälsa från och med "
                       "1 november 2031.", decision=True, body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Eva Ek", "Samverkansgrupp Psykisk hälsa", "join"),)),),
         counter_examples=("Eva Ek utses att företräda kommunen i frågan om avgifter.",)),
    # the same seat in the active, the body that met choosing: "Ledningsgruppen utsåg Lars Ek att företräda
    # ledningsgruppen i beredningsgruppen", "utse Eva Ek att representera Åby kommun i Styrgrupp X"
    Rule("appointed_to_represent", "membership", change="join", role="representant", exclusive=False,
         triggers=("att företräda", "att representera"),
         pattern=r"^(?:(?:[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|nämnden|teamet|nätverket|utskottet)|Gruppen|Mötet)\s+)?"
                 r"(?:utsåg|utser|utse|valde|väljer|välja)\s+(?P<who>" + _NAME + r")(?:\s+\([^()]{1,12}\))?"
                 r"(?:,\s+[^.;,]{2,60},)?\s+att\s+(?:företräda|representera)\s+(?P<hm>[^.;,]{2,60}?)\s+i\s+"
                 r"(?P<group>[^.;,]+?)" + _UNTIL + r"\.?$",
         examples=(_ex("Ledningsgruppen utsåg Lars Ek att företräda ledningsgruppen i Nätverket för e-hälsa.",
                       body="Ledningsgrupp Norrby", facts=(("membership", "Lars Ek", "Nätverket för e-hälsa", "join"),)),
                   _ex("utse Eva Ek att representera Åby kommun i Styrgrupp Barnahus från och med 1 maj", decision=True,
                       body="Socialnämnden, Åby kommun", facts=(("membership", "Eva Ek", "Styrgrupp Barnahus", "join"),))),
         counter_examples=("Ledningsgruppen utsåg Lars Ek att företräda ledningsgruppen i frågan om avgifter.",)),
    # one of the body chosen to present a matter where it goes next: "Per Lind (M) utses att tillsammans med
    # socialchefen föredra ärendet vid nämndens sammanträde"
    Rule("appointed_to_present", "assignment", exclusive=False, triggers=("utses att", "utsågs att"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2})(?:\s+\([^()]{1,12}\))?\s+(?:utses|utsågs)\s+att\s+"
                 r"(?P<task>(?:(?:tillsammans\s+med|jämte)\s+[^.;]{2,40}?\s+)?(?:föredra|presentera|redovisa)\s+[^.;]+?)\.?$",
         examples=(_ex("Per Lind (M) utses att tillsammans med socialchefen föredra ärendet vid nämndens sammanträde den 10 "
                       "december.", decision=True, body="Socialnämndens arbetsutskott", roster=("Per Lind",),
                       facts=(("assignment", ["Per Lind"], "tillsammans med socialchefen föredra ärendet"),)),),
         counter_examples=("Det är oklart vem som utses att föredra ärendet.",)),
    # a body's new holder of a seat told after the seat, in apposition: "Styrgrupp X har utsett en ny sammankallande,
    # Hanna Ek, från och med oktober"
    Rule("appointed_in_apposition", "membership", change="join", exclusive=False,
         triggers=("har utsett en ny", "har utsett ny", "har valt en ny", "har valt ny"),
         pattern=r"^(?:.*?\batt\s+)?(?P<group>[A-ZÅÄÖ](?:(?!\batt\b)[^.;,]){2,80}?)\s+har\s+(?:utsett|valt)\s+(?:en\s+)?nya?\s+"
                 r"(?P<role>sammankallande|ordförande|vice\s+ordförande|samordnare|processledare|projektledare|ledamot|"
                 r"representant)\s*,\s+(?P<who>" + _NAME + r")\s*(?:,|\.?$)",
         examples=(_ex("Eva Ek informerade om att Styrgrupp psykisk hälsa har utsett en ny sammankallande, Hanna Berg, "
                       "från och med oktober.", ("membership", "Hanna Berg", "Styrgrupp psykisk hälsa", "join"),
                       body="Regional ledningsgrupp"),),
         counter_examples=("Styrgrupp psykisk hälsa har utsett en ny sammankallande.",
                           "Kommunen har utsett en ny representant, men namnet är inte klart.")),
    Rule("appointed_as", "membership", triggers=("utses", "utsågs", "utsetts", "föreslås bli"), handler="_ms_appointed_as",
         examples=(# "i gruppen": the body that met
                   _ex("Olle Berg utses till sekreterare i gruppen.", body="Styrgrupp Barnahus",
                       facts=(("membership", "Olle Berg", "Styrgrupp Barnahus", "join"),)),
                   # a duty second to another's, decided
                   _ex("Eva Ek utses till biträdande projektledare.", body="Projektgrupp digital hemmonitorering",
                       decision=True, facts=(("assignment", ["Eva Ek"], "vara biträdande projektledare"),)),
                   # told by the huvudman whose seat it is, the one who left it after
                   _ex("Lövsta kommun har meddelat att Ingrid Falk (L) utses till ersättare i samrådet efter Gunnar Rapp (L), "
                       "som avgått från sina politiska uppdrag.", body="Regionalt politiskt samråd",
                       facts=(("membership", "Ingrid Falk", "Regionalt politiskt samråd", "join"),
                              ("membership", "Gunnar Rapp", "Regionalt politiskt samråd", "leave"))),
                   # a stand-in chosen for a person, where the item gave him a seat
                   _ex("Mikael Ek utses till sammankallande i arbetsgruppen för statistik. Hanna Berg utses till "
                       "ersättare för Mikael Ek.", body="Socialnämnden", decision=True,
                       facts=(("membership", "Hanna Berg", "arbetsgruppen för statistik", "join"),)),
                   # no body named, under a point that names none ("Ärende", "Övrigt"): the body that met
                   _ex("Olle Berg utsågs till sammankallande.", body="Styrgrupp Barnahus",
                       facts=(("membership", "Olle Berg", "Styrgrupp Barnahus", "join"),)),
                   # a standing duty, shared with the chair
                   _ex("Vice ordförande Åke Ek (M) utses till ständig justerare tillsammans med ordförande Eva Berg (S).",
                       decision=True, body="Valnämnden, Åby kommun",
                       facts=(("assignment", ["Åke Ek"], "justera protokollet"),)),
                   _ex("Emmy Ek utses som kommunrepresentant att delta i arbetsgrupp för revidering av rutinen.",
                       ("membership", "Emmy Ek", "arbetsgrupp för revidering av rutinen", "join"),
                       ("assignment", ["Emmy Ek"], "delta i arbetsgrupp")),
                   _ex("Enhetschef Pia Lund utses att ingå i Projektgrupp hemsjukvård för kommunens räkning.",
                       decision=True, body="Vård- och omsorgsnämnden",
                       facts=(("membership", "Pia Lund", "Projektgrupp hemsjukvård", "join"),
                              ("assignment", ["Pia Lund"], "ingå i Projektgrupp hemsjukvård"))),
                   # the owner of the seat in the genitive; a date after the body is when, not its name
                   _ex("Mats Lind utses till regionens representant i Vårdsamverkan Norrhavet från den 1 oktober 2025.",
                       decision=True, body="Regionstyrelsens arbetsutskott",
                       facts=(("membership", "Mats Lind", "Vårdsamverkan Norrhavet", "join"),
                              ("assignment", ["Mats Lind"], "vara representant i Vårdsamverkan Norrhavet"))),
                   # the body that met sends one of its own, in place of the one who had the seat
                   _ex("Lars Ek utsågs till styrgruppens representant i Regionalt nätverk för e-hälsa efter Eva Berg, "
                       "som lämnar nätverket vid årsskiftet.", body="Styrgrupp Välfärdsteknik", roster=("Lars Ek", "Eva Berg"),
                       facts=(("membership", "Lars Ek", "Regionalt nätverk för e-hälsa", "join"),
                              ("membership", "Eva Berg", "Regionalt nätverk för e-hälsa", "leave"),
                              ("assignment", ["Lars Ek"], "vara styrgruppens representant i Regionalt nätverk"))),
                   # the one before keeps a seat: no leave
                   _ex("Lars Ek utses till sammankallande i arbetsgruppen efter Eva Berg, som kvarstår som ledamot.",
                       body="Styrgrupp Välfärdsteknik", roster=("Lars Ek", "Eva Berg"), title="Arbetsgrupp larm",
                       facts=(("membership", "Lars Ek", "Arbetsgrupp larm", "join"),)),
                   # the convener of the body's own seats, for its part, in the body the item gave them; the seat she
                   # keeps is no change
                   _ex("att utse Olle Dahl (C) till representant i Åby pensionärsråd efter Siv Lind (L),\n"
                       "att Fatima Ali (V) fortsätter som utskottets andra representant och utses till sammankallande "
                       "för utskottets del,", decision=True, body="Kulturutskottet, Åby kommun",
                       title="Utskottets representanter i Åby pensionärsråd",
                       facts=(("membership", "Fatima Ali", "Åby pensionärsråd", "join"),
                              ("assignment", ["Fatima Ali"], "vara sammankallande för utskottets del"))),
                   # a politician, her party tagged, to speak for the nämnd in another body
                   _ex("Ann-Sofi Berg (S) utses att företräda socialnämnden i Referensgruppen för Nära vård Norrby för "
                       "återstoden av mandatperioden.", decision=True, body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Ann-Sofi Berg", "Referensgruppen för Nära vård Norrby", "join"),
                              ("assignment", ["Ann-Sofi Berg"], "företräda socialnämnden i Referensgruppen")))),
         counter_examples=("Enhetschef Pia Lund utses att svara för kontakten.",)),
    Rule("registered_as", "membership", change="join", triggers=("anmält", "anmäler", "anmälde", "nominerat"),
         handler="_ms_registered_as",
         examples=(_ex("Styrgrupp Barnahus har inrättat en arbetsgrupp för gemensam utbildning. Förvaltningschefen har "
                       "anmält Karin Ek som Tallviks kommuns företrädare i arbetsgruppen.",
                       ("membership", "Karin Ek", "arbetsgrupp för gemensam utbildning", "join")),
                   # the new one for the seat the sentence before has someone leave, no body named
                   _ex("Jukka Ek går i pension och lämnar därmed Styrgrupp psykisk hälsa. Tallviks kommun har anmält Oskar "
                       "Nyström som ny ledamot från den 1 augusti 2029.",
                       ("membership", "Oskar Nyström", "Styrgrupp psykisk hälsa", "replace"))),
         counter_examples=("Förvaltningschefen har anmält Karin Ek som deltagare på konferensen.",
                           "Tallviks kommun har anmält Oskar Nyström som ny ledamot från den 1 augusti 2029.")),
    # a huvudman's participant in the body that met, told as done: "Ekholma anmälde Viktor Åhs den 28 augusti"
    # (several at once, each with what she is or where from: "Stenby har anmält Petra Ek, specialpedagog",
    # "Regionen har anmält Sara Ny (BUP) och Ali Lind (Första linjen)"; "Privata vårdgivare har anmält …"; the
    # seat in the body the item set up, else the one the item speaks of; "som ny representant i rådet från 1 juli")
    Rule("huvudman_registered", "membership", change="join", triggers=("anmälde", "anmält"),
         # (why the seat needs filling told first: "Nina Sund är föräldraledig under våren och Karlshamns kommun har
         # anmält Mattias Ek som ersättare under tiden"; for how long after the seat)
         pattern=r"^(?:[A-ZÅÄÖ][^.;:]{2,80}?\s+och\s+)?(?P<hm>[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun|\s+[a-zåäö][\wåäö-]+(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?)?|Regionen|"
                 r"Region\s+[A-ZÅÄÖ][\wåäö-]+)\s+(?:har\s+)?(?:(?:nu|därtill|dessutom|också|även|i\s+(?:hans|hennes|dennes)\s+ställe)\s+)?"
                 r"(?:anmält|anmälde)\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2}(?:\s*\([^()]{1,60}\)|,\s+[a-zåäö][\wåäöÅÄÖ -]{2,40}?)?(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){1,2}(?:\s*\([^()]{1,60}\)|,\s+[a-zåäö][\wåäöÅÄÖ -]{2,40}?)?)*)"
                 r"(?:\s+som\s+(?:ny\s+)?(?:representant|ledamot|ersättare|deltagare)"
                 r"(?:\s+(?:för|efter)\s+(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?))?"
                 r"(?:\s+i\s+(?P<grp>[a-zåäö]*(?:gruppen|rådet|nätverket)|[A-ZÅÄÖ][^.;,]{2,60}?))?)?"
                 r"(?:\s+(?:från(?:\s+och\s+med)?|fr\.o\.m\.)\s+(?:\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?|nästa\s+möte))?"
                 r"(?:\s+(?:under\s+(?:tiden|våren|hösten|ledigheten|hennes\s+ledighet|hans\s+ledighet)|tills\s+vidare|tillfälligt))?"
                 r"(?:\s+den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?)?(?:,\s+som\s+(?:deltar|tjänstgör|börjar|ingår)\b[^.;]*)?\s*\.?$",
         examples=(# why told first, for how long after
                   _ex("Nina Sund är föräldraledig under våren och Karlshamns kommun har anmält Mattias Öhrn som ersättare "
                       "under tiden.", ("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "join"), roster=_ROSTER),
                   _ex("Alla fem kommunerna har nu utsett var sin deltagare. Ekholma anmälde Viktor Åhs den 28 augusti.",
                       ("membership", "Viktor Åhs", "Arbetsgrupp suicidprevention", "join"),
                       body="Arbetsgrupp suicidprevention"),
                   _ex("Rådet beslutade att inrätta en arbetsgrupp för digitala vårdmöten. Regionen har anmält Sara Nyberg "
                       "(BUP) och Ali Lind (Första linjen). Stenby har anmält Petra Ek, specialpedagog.",
                       facts=(("membership", "Sara Nyberg", "arbetsgrupp för digitala vårdmöten", "join"),
                              ("membership", "Ali Lind", "arbetsgrupp för digitala vårdmöten", "join"),
                              ("membership", "Petra Ek", "arbetsgrupp för digitala vårdmöten", "join")),
                       body="Primärvårdsrådet", decision=False),
                   _ex("Granöbyhem har anmält Therese Malm som ny representant i rådet från 1 juli.",
                       ("membership", "Therese Malm", "Trygghetsrådet", "join"), body="Trygghetsrådet"),
                   # a förening by its place, a word before the verb, who she is after
                   _ex("Hörselskadades förening i Åby har därtill anmält Liv Sundqvist som ny ersättare.",
                       ("membership", "Liv Sundqvist", "Tillgänglighetsrådet", "join"), body="Tillgänglighetsrådet"),
                   _ex("Föreningen har i hans ställe anmält Britt-Marie Osslund, som deltar från och med dagens sammanträde.",
                       ("membership", "Britt-Marie Osslund", "Tillgänglighetsrådet", "join"), body="Tillgänglighetsrådet")),
         counter_examples=("Kalle anmälde Viktor Åhs den 28 augusti.", "Ekholma anmälde fyra deltagare.")),
    # the others in the working group the sentence before named: "X är sammankallande för arbetsgruppen för …
    # – Niklas och Helena deltar"
    Rule("take_part_in_the_group", "membership", exclusive=False, narrative_only=True, triggers=("deltar", "ingår"),
         handler="_ms_take_part_in_the_group",
         examples=(_ex("Elin Borg är sammankallande för arbetsgruppen för delegeringsutbildning – Sanna och Fatima deltar.",
                       roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "arbetsgruppen för delegeringsutbildning", "member"),
                              ("membership", "Fatima Osman", "arbetsgruppen för delegeringsutbildning", "member"))),),
         counter_examples=("Sanna och Fatima deltar.",)),
    Rule("takes_part_as", "membership", exclusive=False, triggers=("delta som",), handler="_ms_takes_part_as",
         examples=(_ex("Emmy Ek utses som kommunrepresentant att delta i arbetsgrupp för revidering av rutinen. "
                       "Mats Berg kan delta som stöd i arbetet vid behov.",
                       ("membership", "Mats Berg", "arbetsgrupp för revidering av rutinen", "join")),)),
    # the deputy told after the seat, with "med … som": "utse Anna Lund (S) till nämndens representant i Rådet X för
    # mandatperioden 2027–2030, med Per Ek (M) som personlig ersättare"
    Rule("deputy_beside_appointed", "membership", change="join", exclusive=False,
         triggers=("som personlig ersättare", "som ersättare"),
         pattern=r"^(?:att\s+)?(?:.*?\b(?:utse|välja|utser|väljer|utses|väljs)\s+)?(?P<old>" + _NAME + r")" + _PARTY
                 + r"\s+(?:till|som|utses\s+till|väljs\s+till)\s+(?:[\wåäö]+s\s+)?(?:ordinarie\s+)?(?:ledamot|representant)\s+"
                 r"(?:i|för|vid)\s+(?P<group>[^.;,]+?)(?P<term>\s+(?:för\s+(?:mandatperioden|perioden|tiden)|till\s+och\s+med|"
                 r"t\.\s?o\.\s?m\.?)\s+[^,;]+?)?,?\s+med\s+(?P<who>" + _NAME + r")" + _PARTY
                 + r"\s+som\s+(?P<role>(?:personlig\s+)?ersättare)\s*[.,;]?$",
         examples=(_ex("att utse Anna Lund (S) till nämndens representant i Politiskt samråd Österland för mandatperioden "
                       "2027–2030, med Per Ek (M) som personlig ersättare,", decision=True, body="Socialnämnden",
                       facts=(("membership", "Per Ek", "Politiskt samråd Österland", "join"),
                              ("assignment", ["Per Ek"], "vara personlig ersättare för Anna Lund i Politiskt samråd Österland"))),),
         counter_examples=("Anna Lund deltar med Per Ek som ersättare vid behov.",)),
    Rule("appoint", "membership", triggers=("utse ", "nominera "), handler="_ms_appoint",
         examples=(# a nämnd's nominee to a seat in a council, as the nämnd decides it
                   _ex("nominera Oskar Wall (KD) till ersättare i Politiskt samråd Nära vård för återstoden av "
                       "mandatperioden", decision=True, body="Vård- och omsorgsnämnden, Åby kommun",
                       facts=(("membership", "Oskar Wall", "Politiskt samråd Nära vård", "join"),)),
_ex("utse Karin Ek till ledamot i Styrgrupp Barnahus", decision=True,
                       facts=(("membership", "Karin Ek", "Styrgrupp Barnahus", "join"),)),
                   # her title and her huvudman in apposition after the name
                   _ex("utse Carin Dahl, utvecklingsledare, Region Ås, till ny sammankallande i Samverkansgrupp äldre "
                       "från och med den 1 november 2030", decision=True, body="Regionala ledningsgruppen",
                       facts=(("membership", "Carin Dahl", "Samverkansgrupp äldre", "join"),
                              ("assignment", ["Carin Dahl"], "vara sammankallande i Samverkansgrupp äldre"))),
                   # whose seat before the body it is in
                   _ex("utse Lejla Ek (S) till ersättare för Åby kommun i Regionala folkhälsoforumet Tjärnby för "
                       "återstoden av mandatperioden", decision=True, body="Folkhälsoutskottet, Åby kommun",
                       facts=(("membership", "Lejla Ek", "Regionala folkhälsoforumet Tjärnby", "join"),)),
                   # a seat in a förbund is a seat on its board
                   _ex("utse Fatima Ali (C) till ledamot i Samordningsförbundet Norrvik", decision=True, body="Regionstyrelsen",
                       facts=(("membership", "Fatima Ali", "Styrelsen, Samordningsförbundet Norrvik", "join"),)),
                   # a new seat, an owner's seat, a term of office after the body
                   _ex("utse Vera Lund (S) till ny ledamot i Politiskt samverkansråd Österland för resten av "
                       "mandatperioden", decision=True, body="Kommunstyrelsen",
                       facts=(("membership", "Vera Lund", "Politiskt samverkansråd Österland", "join"),)),
                   # whose seat it was, then from when
                   _ex("utse Karin Holst (C) till kommunens representant i Brottsförebyggande rådet i Kronmark efter Peter "
                       "Lilja från och med den 1 januari 2026", decision=True, body="Ledningsutskottet",
                       facts=(("membership", "Karin Holst", "Brottsförebyggande rådet i Kronmark", "replace"),
                              ("membership", "Peter Lilja", "Brottsförebyggande rådet i Kronmark", "leave"))),
                   # the kind of seat before it, and why its holder's seat is free
                   _ex("utse Lena Berg (C) till regionens politiska representant i Tillväxtpartnerskapet Hagmark efter "
                       "Per Holm (M), som lämnar uppdraget", decision=True, body="Regionstyrelsens tillväxtutskott",
                       facts=(("membership", "Lena Berg", "Tillväxtpartnerskapet Hagmark", "replace"),
                              ("membership", "Per Holm", "Tillväxtpartnerskapet Hagmark", "leave"),
                              ("assignment", ["Lena Berg"], "vara representant i Tillväxtpartnerskapet Hagmark"))),
                   _ex("utse Oskar Hedin (KD) till nämndens representant i Styrgrupp äldres hälsa", decision=True,
                       body="Socialnämnden",
                       facts=(("membership", "Oskar Hedin", "Styrgrupp äldres hälsa", "join"),)),
                   # a title before the name
                   _ex("utse IFO-chef Vera Ek till ledamot i Samverkansgrupp barn och unga", decision=True,
                       body="Socialnämndens arbetsutskott",
                       facts=(("membership", "Vera Ek", "Samverkansgrupp barn och unga", "join"),
                              ("assignment", ["Vera Ek"], "vara ledamot i Samverkansgrupp barn och unga"))),
                   # to speak for the body in another: a seat there
                   _ex("utse Kristina Ödman att företräda samrådet i Referensgruppen för Nära vård Norrby", decision=True,
                       body="Delregionalt politiskt samråd",
                       facts=(("membership", "Kristina Ödman", "Referensgruppen för Nära vård Norrby", "join"),
                              ("assignment", ["Kristina Ödman"], "företräda samrådet")))),
         counter_examples=("utse Kristina Ödman att företräda samrådet i frågor om budget",
                           "Arbetsutskottet föreslår socialnämnden besluta att utse Eva Ek (C) till kommunens politiska "
                           "representant i Politiskt samråd Norrby.")),
    Rule("has_this_in_uppdrag", "assignment", triggers=("som en del i",), handler="_has_uppdrag",
         decision_only=True,
         examples=(_ex("ta fram en handlingsplan och att LSVO har detta som en del i sitt uppdrag", decision=True, body="PSVO",
                       facts=(("assignment", ["LSVO"], "ha ta fram en handlingsplan"),)),)),
    # the one a side has appointed to the seat of one who leaves: "Vuxenpsykiatrin har utsett Adam Rönnqvist, kurator, att
    # ta hennes plats", "Lövsta kommun har utsett Amra Delić, sjuksköterska, att efterträda henne från 1 januari"
    Rule("appointed_to_the_seat", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("hennes plats", "hans plats", "dennes plats", "efterträda henne", "efterträda honom", "efterträda denne",
                   "hans efterträdare", "hennes efterträdare", "dennes efterträdare"),
         pattern=r"\b(?:utsett|utsåg|utser|utsetts|nominerat|nominerar)\s+(?P<who>" + _NAME + r")(?:\s+\([^()]{1,12}\))?"
                 r"(?:,\s*[^,.;]{2,80},)?\s+(?:till\s+)?att\s+(?:ta\s+(?:över\s+)?(?:hennes|hans|dennes)\s+plats|"
                 r"efterträda\s+(?:henne|honom|denne))\b"
                 # "… har utsett Ylva Sandgren, områdeschef, som hans efterträdare i styrgruppen"
                 r"|\b(?:utsett|utsåg|utser)\s+(?P<who2>" + _NAME + r")(?:,\s*[^,.;]{2,80},)?\s+som\s+(?:hans|hennes|dennes)\s+"
                 r"efterträdare\b",
         examples=(_ex("Sanna Pirinen lämnar arbetsgruppen. Vuxenpsykiatrin har utsett Adam Rönnqvist, kurator, att ta "
                       "hennes plats från 1 november.",
                       ("membership", "Adam Rönnqvist", "Samverkansgrupp äldre", "replace"), roster=("Adam Rönnqvist",)),
                   _ex("Ulrika Dahlén lämnar gruppen vid årsskiftet. Lövsta kommun har utsett Amra Delić, sjuksköterska i "
                       "Lövstas hemsjukvård, att efterträda henne från 1 januari.",
                       ("membership", "Amra Delić", "Samverkansgrupp äldre", "replace"), roster=("Amra Delić",)),
                   _ex("Lars-Göran Nyman lämnar styrgruppen vid årsskiftet. Regionen har utsett Ylva Sandgren, områdeschef "
                       "primärvård, som hans efterträdare i styrgruppen från 1 januari.",
                       ("membership", "Ylva Sandgren", "Samverkansgrupp äldre", "replace"), roster=("Ylva Sandgren",))),
         counter_examples=("Gruppen har utsett Eva Ek att ta hand om hennes platsbokning.",
                           "Kommunen har utsett Eva Ek att efterträda hennes chef i en annan grupp senare.")),
    Rule("own_task", "assignment", triggers=("utse", "inrätta", "tillsätta"), handler="_own_task",
         decision_only=True,
         examples=(_ex("tillsätta en referensgrupp för brukare", decision=True, body="Styrgrupp Barnahus",
                       facts=(("assignment", ["Styrgrupp Barnahus"], "tillsätta en referensgrupp"),)),)),
    # the body decides to do the work itself: "Gruppen beslutade att följa upp bokningstiden …",
    # "Gruppen enas om att ta fram en gemensam målnivå …"
    Rule("own_work", "assignment", triggers=("ta fram", "följa upp", "arbeta fram", "revidera", "sammanställa",
                                             "utreda", "kartlägga", "utarbeta", "genomföra"),
         handler="_own_work", decision_only=True,
         examples=(_ex("följa upp bokningstiden för planeringsmöten i alla kommuner under hösten", decision=True,
                       body="Processteam trygg utskrivning",
                       facts=(("assignment", ["Processteam trygg utskrivning"], "följa upp bokningstiden"),)),
                   _ex("ta fram en gemensam målnivå för brukarmedverkan i SIP", decision=True, body="Styrgrupp psykisk hälsa",
                       facts=(("assignment", ["Styrgrupp psykisk hälsa"], "ta fram en gemensam målnivå"),))),
         counter_examples=("ta fram en gemensam målnivå för brukarmedverkan i SIP",)),
    Rule("roster_intro", "membership", exclusive=False,
         triggers=("följande",), handler="_ms_roster_intro",
         examples=(_ex("Arbetsgrupp fallprevention inrättas. Följande representanter har anmälts:\n"
                       "- Region Norrby: Karin Ek, enhetschef, och Olle Sand\n"
                       "- Lövsta kommun: Gun Berg, MAS (ytterligare en anmäls senare)\n"
                       "- Älvnäs kommun: ännu inte utsedd",
                       ("membership", "Karin Ek", "Arbetsgrupp fallprevention", "join"),
                       ("membership", "Olle Sand", "Arbetsgrupp fallprevention", "join"),
                       ("membership", "Gun Berg", "Arbetsgrupp fallprevention", "join")),),
         counter_examples=("Följande punkter togs upp: Region Norrby: budgeten och Lövsta kommun: lokalerna",)),
    Rule("roster_line", "membership", exclusive=False, triggers=(": ",), handler="_ms_roster_line",
         examples=(_ex("Följande ledamöter ingår i Styrgrupp Barnahus:\n"
                       "- Tallviks kommun: Per Lind samt Anna Ros, IFO-chef\n\n"
                       "Region Norrby: Karin Ek redovisar läget.",
                       ("membership", "Per Lind", "Styrgrupp Barnahus", "join"),
                       ("membership", "Anna Ros", "Styrgrupp Barnahus", "join")),),
         counter_examples=("Region Norrby: Karin Ek redovisar läget.",)),
    # members of the group the sentence before set up, by the side they come from: "KW utses till sammankallande i
    # närvårdsgruppen. SN och GT ingår från förvaltningen"
    Rule("members_from_side", "membership", change="join", narrative_only=True,
         triggers=("ingår från", "ingår för"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*"
                 r"(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?)+)\s+ingår\s+(?:från|för)\s+(?:förvaltningen|kommunen|regionen|"
                 # (the kommuner together, as a regional group's new working group is staffed: "… ingår från kommunerna")
                 r"kommunerna|[a-zåäö]+(?:förvaltningen|enheten))\b[^.]*$",
         examples=(_ex("Ledningsgruppen beslutade att starta Lokal närvårdsgrupp Östmo från september. KW utses till "
                       "sammankallande i närvårdsgruppen. SN och GT ingår från förvaltningen; KW frågar hälsocentralen.",
                       ("membership", "Siri Nordahl", "Lokal närvårdsgrupp Östmo", "join"),
                       body="Ledningsgruppen för vård och omsorg, Östmo kommun",
                       roster=("Katarina Wiik", "Siri Nordahl", "Gustav Tornberg")),
                   _ex("Samverkansgruppen beslutade att tillsätta Arbetsgrupp fallprevention, som rapporterar till "
                       "samverkansgruppen. Elin Borg blir sammankallande. Sanna Pirinen och Fatima Osman ingår från kommunerna.",
                       ("membership", "Fatima Osman", "Arbetsgrupp fallprevention", "join"), roster=_ROSTER)),
         counter_examples=("Kostnaden ingår från förvaltningen.", "Avgiften ingår från kommunerna.")),
    # a standing seat told by pronoun after the sentence that names the person: "Rut Hallqvist har sagt upp sig.
    # Hon ingår i MAS-nätverket för Östmo" (the kommun she sits there for is no part of the network's name)
    Rule("pronoun_sits_in", "membership", change="member", narrative_only=True, exclusive=False,
         triggers=("Hon ingår i", "Han ingår i", "Hon sitter i", "Han sitter i"),
         pattern=r"^(?:Hon|Han)\s+(?:ingår|sitter)\s+(?:också\s+|även\s+)?i\s+(?P<group>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,5}?)"
                 r"(?:\s+för\s+(?P<hm>[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?|[Rr]egionen|kommunen))?(?=[;,.]|\s*$)",
         examples=(_ex("Rut Hallqvist har sagt upp sig och slutar 31 augusti. Hon ingår i MAS-nätverket för Östmo; PÖL tar "
                       "fram en tillfällig lösning.", ("membership", "Rut Hallqvist", "MAS-nätverket", "member"),
                       body="Ledningsgruppen för vård och omsorg, Östmo kommun"),),
         counter_examples=("Hon ingår i arbetet med rutinen.",)),
    # a seat kept while another is left: "Hanna Mäkelä slutar i processteamet men är kvar i Arbetsgrupp X"
    Rule("stays_in", "membership", change="member", narrative_only=True, exclusive=False,
         triggers=("är kvar i", "sitter kvar i", "stannar kvar i", "fortsätter i"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\b[^.;]*?\s+(?:men\s+|och\s+)?"
                 r"(?:är|sitter|stannar)\s+kvar\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?)\s*\.?$"
                 r"|^(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+fortsätter\s+i\s+"
                 r"(?P<group2>[A-ZÅÄÖ][^.;,]+?)\s*\.?$",
         examples=(_ex("Hanna Mäkelä, som har vikarierat för henne, slutar i processteamet men är kvar i Arbetsgrupp "
                       "trygg hemgång.", ("membership", "Hanna Mäkelä", "Arbetsgrupp trygg hemgång", "member"),
                       body="Processteam vårdövergångar"),),
         counter_examples=("Frågan är kvar i Arbetsgrupp trygg hemgång.", "Pengarna stannar kvar i budgeten.")),
    # a member asking to be replaced: "Olle Berg har bett att få ersättas" (told as the seat's change, the
    # successor named after it)
    Rule("asks_to_be_replaced", "membership", change="leave", narrative_only=True,
         triggers=("att få ersättas", "att bli ersatt", "att få gå ur", "att få sluta", "att få lämna ordförandeskapet",
                   "att få lämna uppdraget som"),
         # (in terse notes by the roster's initials: "PE har bett att få gå ur gruppen")
         pattern=r"^(?P<old>" + _NAME + r"|[A-ZÅÄÖ]{2,4})" + _PARTY + r"(?:,[^,]{2,60},)?\s+har\s+(?:bett|begärt)\s+att\s+"
                 r"(?:få\s+ersättas|bli\s+ersatt|få\s+gå|få\s+sluta"
                 # (the chair given up, the seat kept: "har bett att få lämna ordförandeskapet i X vid halvårsskiftet")
                 r"|få\s+lämna\s+(?P<chair>ordförandeskapet|uppdraget\s+som\s+(?:vice\s+)?ordförande))"
                 r"(?:\s+(?:i|ur)\s+(?P<group>[^.;,]+?))?(?:\s+(?:från|vid|efter)\b[^.;]*)?\s*$",
         examples=(_ex("Olle Berg har bett att få ersättas.", ("membership", "Olle Berg", "Samverkansgrupp äldre", "leave")),
                   _ex("Olle Berg har bett att få gå ur gruppen.", ("membership", "Olle Berg", "Samverkansgrupp äldre", "leave")),
                   _ex("Olle Berg har bett att få lämna ordförandeskapet i Samverkansgrupp barn vid halvårsskiftet.",
                       ("membership", "Olle Berg", "Samverkansgrupp barn", "leave"), body="Regional ledningsgrupp")),
         counter_examples=("Olle Berg har bett att få ersättning för resan.",)),
    # the successor a huvudman names, told by when they take part: "Ekby kommun har utsett Linnea Dal, som
    # deltar från nästa möte"
    Rule("appointed_takes_part", "membership", change="join", narrative_only=True, triggers=("har utsett",),
         pattern=r"^(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+|Regionen)\s+har\s+utsett\s+(?P<who>" + _NAME + r"),\s+"
                 r"som\s+(?:deltar|kommer\s+att\s+delta|börjar)(?:\s+i\s+(?P<group>[^.;,]+?))?\s+(?:från|vid|efter|fr\.\s?o\.\s?m\.)\b[^.;]*$",
         examples=(_ex("Ekby kommun har utsett Linnea Dal, som deltar från nästa möte.",
                       ("membership", "Linnea Dal", "Samverkansgrupp äldre", "join")),),
         counter_examples=("Ekby kommun har utsett Linnea Dal, som deltar i arbetet med rutinen.",)),
    # a seat named by the body's genitive before the name: "anmäler honom till gruppens sammankallande Eva
    # Lund", "rådets ordförande Anna Lund hälsade välkommen"
    Rule("body_role_before_name", "membership", change="member", exclusive=False,
         triggers=("ens sammankallande ", "ets sammankallande ", "ens ordförande ", "ets ordförande ", "ens sammankallande,",
                   "ets sammankallande,", "ens ordförande,", "ets ordförande,"),
         pattern=r"(?:^|\s)(?P<group>[a-zåäö-]*(?:gruppen|rådet|nätverket|teamet))s\s+(?P<role>sammankallande|(?:vice\s+)?ordförande)"
                 r"(?:,\s*|\s+)(?P<who>" + _NAME + r")",
         examples=(_ex("Arbetsgrupp SIP har saknat företrädare för kommunen. Socialchefen anmäler honom till gruppens "
                       "sammankallande Eva Lund i Ekby.", ("membership", "Eva Lund", "Arbetsgrupp SIP", "member"),
                       body="Kommunstyrelsens arbetsutskott, Åby kommun"),
                   # the name in apposition after a comma
                   _ex("Ledningsgruppen ställer sig bakom den ändrade rapporteringsvägen. Per Ek informerar "
                       "processteamets sammankallande, Karin Sandström-Öhman.",
                       ("membership", "Karin Sandström-Öhman", "Processteam vårdövergångar", "member"),
                       body="Ledningsgruppen för samverkan i Åby", title="Processteam vårdövergångar – rapportering")),
         counter_examples=("Gruppens sammankallande är ännu inte utsedd.", "Teamets ordförande, som väljs i maj, kallar.")),
    # a seat taken told as why someone leaves another: "A lämnar rådet den 1 november då han går in som kommunens
    # ledamot i Styrgrupp Nära vård efter B" (B's seat, B leaving it)
    Rule("goes_in_as", "membership", change="join", exclusive=False, narrative_only=True,
         triggers=("går in som", "gick in som", "gått in som"),
         pattern=r"^(?P<who>" + _NAME + r")(?:,[^,]{2,60},)?\s[^.;]*?\b(?:går|gick|har\s+gått)\s+in\s+som\s+(?:ny\s+)?"
                 # "går in som Åby kommuns andra representant i …": the huvudman's second seat
                 r"(?:kommunens\s+|regionens\s+|[A-ZÅÄÖ][\wåäö-]+\s+kommuns\s+|[A-ZÅÄÖ][\wåäö-]+s\s+)?(?:andra\s+|nya\s+|ordinarie\s+)?"
                 r"(?P<role>ledamot|representant|ersättare|företrädare|"
                 r"sammankallande|(?:vice\s+)?ordförande)\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?)(?:\s+efter\s+(?P<prev>" + _NAME + r"))?"
                 r"(?:\s+(?:från|den|vid|i)\b[^.;]*)?\s*$",
         examples=(_ex("Bo Ek, enhetschef hemtjänst, lämnar rådet den 1 november då han går in som kommunens ledamot i "
                       "Styrgrupp Nära vård efter Lisa Ahl.", body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("membership", "Bo Ek", "Styrgrupp Nära vård", "replace"),
                              ("membership", "Lisa Ahl", "Styrgrupp Nära vård", "leave"))),
                   _ex("Johanna Ros går in som Åby kommuns andra representant i Arbetsgrupp trygg hemgång från januari "
                       "2026, så att processteamet och arbetsgruppen får en gemensam länk.", body="Processteam vårdövergångar",
                       facts=(("membership", "Johanna Ros", "Arbetsgrupp trygg hemgång", "join"),))),
         counter_examples=("Bo Ek går in som stöd i arbetet med rutinen.",)),
    # a seat kept in the body that met: "Per Ek och Sara Holm fortsätter som sammankallande", "Anna Lund kvarstår
    # som ordförande" (not "fortsätter som tidigare": no seat)
    # a stand-in for a named person: "Viktor Åhs går in som ersättare för Karolina i styrgruppen under ledigheten",
    # "Linnea Åkerlund, MAS i Forsby, går in som ersättare för Mattias Öhrn från och med april"
    Rule("stands_in_for_person", "membership", change="join", role="ersättare", narrative_only=True, exclusive=False,
         triggers=("går in som ersättare för", "gå in som ersättare för"),
         pattern=r"^(?P<who>" + _NAME + r")(?:,[^,]{2,80},)?\s+(?:går|ska\s+gå)\s+in\s+som\s+ersättare\s+för\s+"
                 r"(?:[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}|henne|honom)"
                 r"(?:\s+i\s+(?P<group>[A-ZÅÄÖa-zåäö][^.;,]*?))?"
                 r"(?=\s+(?:från|under|när|då|och|fr\.o\.m\.|efter|till|tills|medan)\b|\s*[.,;]|\s*$)",
         examples=(_ex("Viktor Åhs går in som ersättare för Karolina Ek i Arbetsgrupp SIP under ledigheten och lämnar "
                       "samtidigt nätverket.", ("membership", "Viktor Åhs", "Arbetsgrupp SIP", "join")),
                   _ex("Linnea Åkerlund, MAS i Åby kommun, går in som ersättare för Mattias Öhrn från och med april.",
                       ("membership", "Linnea Åkerlund", "Samverkansgrupp äldre", "join"))),
         counter_examples=("Rutinen går in som ersättare för Rutin Hemgång.",)),
    # a seat taken after one who left, told by a pronoun: "Anna Lövgren, chef hälso- och sjukvård i Forsby, går in i
    # styrgruppen i hans ställe"
    # a seat left, told as the news of the one leaving: "Vidare meddelar Per Lind (M) att han lämnar uppdraget som vice
    # ordförande vid årsskiftet", "Yusuf meddelade att han lämnar gruppen efter årsskiftet"
    Rule("tells_of_leaving", "membership", change="leave", narrative_only=True, exclusive=False,
         triggers=("att han lämnar", "att hon lämnar", "att hen lämnar"),
         pattern=r"^(?:(?:Vidare|Dessutom|Också|Även)\s+)?(?:(?:meddelar|meddelade|berättar|berättade|informerar|informerade)\s+"
                 r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})" + _PARTY + r"|(?P<who2>[A-ZÅÄÖ][\wåäö-]+"
                 r"(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})" + _PARTY + r"\s+(?:meddelar|meddelade|berättar|berättade|informerar|informerade))"
                 r"\s+att\s+(?:han|hon|hen)\s+lämnar\s+(?:uppdraget\s+som\s+" + _ROLE + r"|(?P<group>gruppen|nätverket|rådet|"
                 r"teamet|styrgruppen|arbetsgruppen|utskottet|nämnden))(?=[\s,.;]|$)",
         examples=(_ex("Vidare meddelar Per Lind (M) att han lämnar uppdraget som vice ordförande vid årsskiftet.",
                       ("membership", "Per Lind", "Socialnämndens arbetsutskott", "leave"),
                       body="Socialnämndens arbetsutskott", roster=("Per Lind",)),
                   _ex("Per meddelade att han lämnar gruppen efter årsskiftet; regionen återkommer med namn på ersättare.",
                       ("membership", "Per Lind", "Arbetsgrupp barnhälsovård", "leave"),
                       body="Arbetsgrupp barnhälsovård", roster=("Per Lind",))),
         counter_examples=("Per Lind meddelade att han lämnar över ordet till Eva.",)),
    # a seat taken after one who left, told by a pronoun or with the one before: "Ronja tar hennes plats tills vidare",
    # "Agnes tar över platsen efter Jan-Erik Sund"
    Rule("takes_the_seat", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("tar hennes plats", "tar hans plats", "tar dennes plats", "tar över platsen efter", "tar över hennes plats",
                   "tar över hans plats"),
         # (told as what a side has let know: "Åby kommun har meddelat att Sandra Öberg, IFO vuxen, tar hans plats")
         pattern=r"(?:^|→\s*|;\s*|\b(?:meddelat|meddelar|meddelade|informerat|informerar|informerade)\s+att\s+)"
                 r"(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})(?:,\s*[^,.;]{2,80},)?\s+tar\s+(?:över\s+)?"
                 r"(?:(?:hennes|hans|dennes)\s+plats|platsen\s+efter\s+(?P<old>" + _NAME + r"))(?=[\s,.;]|$)",
         examples=(_ex("Eva Berg slutar 31/12 → Ronja tar hennes plats tills vidare.",
                       ("membership", "Ronja Ek", "Samverkansgrupp äldre", "replace"), roster=("Ronja Ek", "Eva Berg")),
                   _ex("Agnes tar över platsen efter Jan-Erik Sund, som har gått i pension.",
                       ("membership", "Agnes Fors", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Jan-Erik Sund", "Samverkansgrupp äldre", "leave"), roster=("Agnes Fors",)),
                   _ex("Per Lind går på föräldraledighet från juni. Åby kommun har meddelat att Sandra Öberg, IFO vuxen, "
                       "tar hans plats i arbetsgruppen från 1 juni.",
                       ("membership", "Sandra Öberg", "Samverkansgrupp äldre", "replace"), roster=("Per Lind",))),
         counter_examples=("Frågan tar hennes plats på dagordningen.",
                           "Kommunen har meddelat att frågan tar hans plats på dagordningen.")),
    # a side naming the newcomer to a seat in the place of a named member: "Ekholma kommun har anmält Viktor Åhs som ny
    # ledamot i styrgruppen i stället för Karolina Ek", "Regionen utser Eva Ek som ersättare i stället för Per Lind"
    Rule("successor_named", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("i stället för", "istället för"),
         pattern=r"^(?:" + _SIDE + r")\s+(?:har\s+)?(?:anmält|anmäler|anmälde|utsett|utser|utsåg|nominerat|nominerar|"
                 r"nominerade)\s+(?P<who>" + _NAME + r")" + _PARTY + r"(?:,[^,]{2,80},)?\s+som\s+(?:ny\s+|ordinarie\s+)?"
                 r"(?P<role>ledamot|representant|ersättare|företrädare)(?:\s+(?:för|från)\s+[A-ZÅÄÖ][^.;,]{1,40}?)?"
                 r"(?:\s+i\s+(?:(?P<group>[A-ZÅÄÖ][^.;,]+?)|[a-zåäö]*(?:gruppen|rådet|nätverket|teamet)))?\s+i\s*stället\s+för\s+"
                 r"(?P<old>" + _NAME + r")" + _PARTY + r"(?=\s+(?:från|fr\.\s?o\.\s?m\.|den|vid|som)\b|\s*[,.;]|\s*$)",
         examples=(_ex("Åby kommun har anmält Viktor Åhs som ny ledamot i styrgruppen i stället för Karin Ek, som går i "
                       "pension vid årsskiftet.",
                       ("membership", "Viktor Åhs", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Karin Ek", "Samverkansgrupp äldre", "leave")),
                   _ex("Regionen utser Eva Lind som ersättare i Styrgrupp Barnahus i stället för Per Ek.",
                       ("membership", "Eva Lind", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Per Ek", "Styrgrupp Barnahus", "leave"))),
         counter_examples=("Åby kommun har anmält rutinen som ny ledamot i stället för Per Ek.",
                           "Åby kommun har anmält Eva Lind som talare i stället för Per Ek.")),
    # a seat named first, its new holder after "blir": "Ny ordinarie ledamot för Klippvik blir Jonas Ljung från och med
    # oktober"; a huvudman's word that one becomes another's ersättare: "… meddelar att Hugo Sand blir hennes ersättare"
    Rule("new_seat_filled", "membership", change="join", narrative_only=True, exclusive=False,
         triggers=("ny ordinarie", "Ny ordinarie", "blir hennes ersättare", "blir hans ersättare", "blir dennes ersättare"),
         pattern=r"(?:(?:^|,\s*)[Nn]y\s+ordinarie\s+(?P<role>ledamot|representant|ersättare)(?:\s+(?:för|från)\s+[A-ZÅÄÖ]"
                 r"[^.;,]{1,40}?)?\s+(?:blir|är)\s+(?P<who>" + _NAME + r")(?=[\s,.;]|$)"
                 r"|\batt\s+(?P<who2>" + _NAME + r")" + _PARTY + r"(?:,\s*[^,.;]{2,60},)?\s+blir\s+(?:hennes|hans|dennes)\s+"
                 r"(?P<role2>ersättare)(?=[\s,.;]|$))",
         examples=(_ex("Ny ordinarie ledamot för Klippvik blir Jonas Ljung från och med oktober.",
                       ("membership", "Jonas Ljung", "Samverkansgrupp äldre", "join")),
                   _ex("Åby kommun meddelar att Eva Ek kvarstår som ledamot men att Hugo Sand blir hennes ersättare.",
                       ("membership", "Hugo Sand", "Samverkansgrupp äldre", "join"), roster=("Eva Ek",))),
         counter_examples=("Ny ordinarie rutin blir klar i oktober.", "Kommunen meddelar att rutinen blir hennes ersättare.")),
    # a chair or convenor who asks to step down: "Hanna Grönqvist har varit sammankallande för Arbetsgrupp
    # suicidprevention sedan 2027 och önskar lämna uppdraget"
    Rule("tells_of_leaving", "membership", change="leave", narrative_only=True, exclusive=False,
         triggers=("lämna uppdraget", "lämna sitt uppdrag"),
         pattern=r"^(?P<who>" + _NAME + r")" + _PARTY + r"(?:,\s*[^,.;]{2,80},)?\s+har\s+varit\s+(?P<role>sammankallande|"
                 r"(?:vice\s+)?ordförande|ledamot|samordnare)\s+(?:för|i)\s+(?P<group>[A-ZÅÄÖ][^.;,]+?)"
                 r"(?:\s+sedan\s+[^.;,]{2,30}?)?\s+och\s+(?:önskar|vill|har\s+bett\s+att\s+få|ber\s+att\s+få)\s+"
                 r"lämna\s+(?:uppdraget|sitt\s+uppdrag)\b",
         examples=(_ex("Eva Ek har varit sammankallande för Arbetsgrupp suicidprevention sedan 2027 och önskar lämna "
                       "uppdraget.", ("membership", "Eva Ek", "Arbetsgrupp suicidprevention", "leave"), roster=("Eva Ek",)),),
         counter_examples=("Rutinen har varit ledamot för Arbetsgrupp X och önskar lämna uppdraget.",)),
    # a duty in the body given up, told as a role: "Hanna Mäkelä lämnar rollen som sammankallande vid årsskiftet"
    Rule("tells_of_leaving", "membership", change="leave", narrative_only=True, exclusive=False,
         triggers=("lämnar rollen som", "lämnar sin roll som"),
         pattern=r"^(?P<who>" + _NAME + r")" + _PARTY + r"(?:,[^,]{2,60},)?\s+lämnar\s+(?:rollen|sin\s+roll)\s+som\s+"
                 r"(?P<role>(?:vice\s+)?(?:ordförande|sammankallande|sekreterare|samordnare))"
                 r"(?:\s+(?:i|för)\s+(?P<group>[A-ZÅÄÖ][^.;,]+?))?"
                 r"(?=\s+(?:vid|efter|från|den|till|i\s+samband|när)\b|\s*[.,;]|\s*$)",
         examples=(_ex("Eva Ek lämnar rollen som sammankallande vid årsskiftet.",
                       ("membership", "Eva Ek", "Samverkansgrupp äldre", "leave"), roster=("Eva Ek",)),),
         counter_examples=("Rutinen lämnar rollen som stöd vid årsskiftet.",)),
    # the same seat told in the passive, or by the one stepping in: "Under tiden tas hennes plats av Rasmus Widén",
    # "Hennes plats i gruppen övertas av Rasmus Widén", "Som ny representant för Åby kommun träder Lovisa Berg,
    # sjuksköterska, in i hans ställe", "Åby kommun har utsett Hedvig Ram, kurator, som kliver in i hennes ställe"
    Rule("seat_taken_by", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("plats av", "plats tas", "plats övertas", "plats i gruppen övertas", "in i hans ställe",
                   "in i hennes ställe", "in i dennes ställe"),
         pattern=r"(?:^|[,;]\s*|\b(?:tiden|vidare|därefter)\s+)(?:(?:tas|övertas)\s+(?:hennes|hans|dennes)\s+plats|"
                 r"(?:[Hh]ennes|[Hh]ans|[Dd]ennes)\s+plats(?:\s+i\s+[a-zåäö]*(?:gruppen|nätverket|rådet|teamet))?\s+"
                 r"(?:tas|övertas))\s+(?:[^.;]{0,40}?\s+)?av\s+(?P<who>" + _NAME + r")(?=[\s,.;]|$)"
                 r"|\b(?:träder|går|kliver|hoppar)\s+(?P<who2>" + _NAME + r")(?:,\s*[^,.;]{2,80},)?\s+in\s+i\s+"
                 r"(?:hans|hennes|dennes)\s+ställe\b"
                 # the one a side sends, stepping in in a relative clause
                 r"|\b(?:utsett|utsåg|utser|skickar|skickat|nominerat|nominerar|anmält|anmäler)\s+(?P<who3>" + _NAME + r")"
                 r"(?:\s*\([^()]{1,12}\))?(?:,\s*[^,.;]{2,80},)?\s+som\s+(?:träder|går|kliver|hoppar)\s+in\s+i\s+"
                 r"(?:hans|hennes|dennes)\s+ställe\b",
         examples=(_ex("JB går på föräldraledighet från december. Under tiden tas hennes plats av Rasmus Widén, sjuksköterska.",
                       ("membership", "Rasmus Widén", "Samverkansgrupp äldre", "replace"), roster=("Rasmus Widén",)),
                   _ex("Kjell Sundin lämnar gruppen. Som ny representant för Åby kommun träder Lovisa Berg, sjuksköterska "
                       "i hemsjukvården, in i hans ställe.",
                       ("membership", "Lovisa Berg", "Samverkansgrupp äldre", "replace"), roster=("Lovisa Berg",)),
                   _ex("Eva Sund går i pension i mars. Hennes plats i gruppen övertas av Rasmus Widén, sjuksköterska.",
                       ("membership", "Rasmus Widén", "Samverkansgrupp äldre", "replace"), roster=("Rasmus Widén",)),
                   _ex("KV kliver av gruppen efter det här mötet. Åby kommun har utsett Hedvig Ramstedt, "
                       "biståndshandläggare, som kliver in i hennes ställe från januarimötet.",
                       ("membership", "Hedvig Ramstedt", "Samverkansgrupp äldre", "replace"))),
         counter_examples=("Hennes plats tas av frågan om budgeten.", "Rutinen träder in i hans ställe.",
                           "Åby kommun har utsett en rutin som kliver in i hennes ställe.",
                           "Hennes plats övertas av frågan om budgeten.")),
    # the huvudman sends another in the place of one who leaves: "Nils Aho lämnar gruppen efter dagens möte. Granvik
    # kommun skickar Ingela Mattsson, enhetschef, i hans ställe" (a seat filled, no task left to do)
    Rule("sent_in_place", "membership", change="replace", narrative_only=True,
         triggers=("i hans ställe", "i hennes ställe", "i dennes ställe"),
         # (a unit by its kind and its place: "Vårdcentralen Asarum skickar …")
         pattern=r"^(?:[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun)?|Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][a-zåäö-]+(?:en|et)"
                 r"(?:\s+[A-ZÅÄÖ][a-zåäö-]+)?)\s+"
                 r"(?:skickar|sänder|anmäler|nominerar|utser)\s+(?P<who>" + _NAME + r")(?:\s*\([^()]{1,40}\))?"
                 r"(?:,\s*[^,.;]{2,80},?)?\s+i\s+(?:hans|hennes|dennes)\s+ställe\b",
         examples=(_ex("Per Lind lämnar gruppen efter dagens möte. Tallviks kommun skickar Ingela Mattsson, enhetschef, "
                       "i hans ställe.", ("membership", "Ingela Mattsson", "Samverkansgrupp äldre", "replace"),
                       roster=("Per Lind, Tallviks kommun",)),
                   _ex("Eva Berg har gått i pension. Socialförvaltningen anmäler Omar Said i hennes ställe.",
                       ("membership", "Omar Said", "Samverkansgrupp äldre", "replace")),
                   _ex("Lisa Berg slutar i Åby i juni. Vårdcentralen Åby skickar Johan Sjölin i hennes ställe från augusti.",
                       ("membership", "Johan Sjölin", "Samverkansgrupp äldre", "replace"))),
         counter_examples=("Tallviks kommun skickar underlaget i hans ställe.",
                           "Vårdcentralen Åby skickar underlaget i hennes ställe.")),
    # a seat taken over by the one who got it, whose it was in the genitive: "Agnes tar också över Evas plats i
    # arbetsgruppen för skolnärvaro"
    Rule("takes_over_ones_seat", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("över",),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+tar\s+(?:också\s+|även\s+)?över\s+"
                 r"(?P<old>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})s\s+plats"
                 r"(?:\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?|[a-zåäö-]*(?:gruppen|nätverket|rådet|teamet)(?:\s+för\s+[^.;,]+?)?))?"
                 r"(?:\s+(?:från|fr\.?\s*o\.?\s*m\.?|efter)\s+[^.;]*)?\s*\.?$",
         examples=(_ex("Agnes tar också över Evas plats i arbetsgruppen för skolnärvaro.",
                       ("membership", "Agnes Fors", "arbetsgruppen för skolnärvaro", "replace"),
                       ("membership", "Eva Berg", "arbetsgruppen för skolnärvaro", "leave"),
                       roster=("Agnes Fors", "Eva Berg")),),
         counter_examples=("Agnes tar över Evas plats vid bordet.",)),
    # the seat told as the subject and taken over in the passive: "Skolans plats tas över av Oskar Rydén, biträdande
    # rektor, fr.o.m. 2027-01-01", "Hennes plats övertas av Eva Lind"
    Rule("seat_taken_over_by", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("tas över av", "övertas av"),
         pattern=r"(?:^|\.\s+)(?:[A-ZÅÄÖ][\wåäö-]*s|Hennes|Hans|Dennes|Platsen)(?:\s+plats)?(?:\s+i\s+(?P<group>gruppen|"
                 r"[a-zåäö-]*(?:gruppen|nätverket|rådet|teamet)))?\s+(?:tas\s+över|övertas)\s+av\s+(?P<who>" + _NAME + r")"
                 r"(?=[\s,.;]|$)",
         examples=(_ex("Anna Holm lämnar gruppen vid årsskiftet. Skolans plats tas över av Oskar Rydén, biträdande rektor, "
                       "fr.o.m. 2027-01-01.", ("membership", "Oskar Rydén", "Samverkansgrupp äldre", "replace"),
                       roster=("Anna Holm",)),
                   _ex("Hennes plats i gruppen övertas av Eva Lind.",
                       ("membership", "Eva Lind", "Samverkansgrupp äldre", "replace"))),
         counter_examples=("Mötets plats tas över av Kommunhuset.", "Frågan om plats tas över av regionen senare.")),
    # joining a network for one's huvudman: "Sten Olofsson går in i nätverket för Sjöbyns kommun från och med nu"
    Rule("goes_into_for", "membership", change="join", narrative_only=True, exclusive=False,
         triggers=("går in i nätverket", "går in i gruppen", "går in i rådet", "går in i teamet"),
         pattern=r"^(?P<who>" + _NAME + r")\s+(?:går|gick)\s+in\s+i\s+(?P<group>nätverket|gruppen|rådet|teamet)\s+för\s+"
                 r"(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+kommun|[A-ZÅÄÖ][\wåäö-]+)(?=[\s,.;]|$)",
         examples=(_ex("Sten Olofsson går in i nätverket för Åby kommun från och med nu.",
                       ("membership", "Sten Olofsson", "ANDTS-nätverket Åby län", "join"), body="ANDTS-nätverket Åby län"),),
         counter_examples=("Frågan går in i nätverket för Åby kommun.",)),
    Rule("elected_in_place", "membership", change="replace", exclusive=False,
         triggers=("i hans ställe", "i hennes ställe", "i dennes ställe", "i hens ställe", "I hans ställe",
                   "I hennes ställe", "I dennes ställe", "I hens ställe"),
         handler="_ms_elected_in_place",
         examples=(_ex("Anna Lund (KD) befrias från uppdraget som ledamot i Åby trafikråd.\nI hans ställe väljs Per Holm (KD) "
                       "för tiden till och med 2026-12-31.", decision=True, body="Samhällsbyggnadsnämnden, Åby kommun",
                       facts=(("membership", "Per Holm", "Åby trafikråd", "replace"),
                              ("assignment", ["Per Holm"], "vara ledamot i Åby trafikråd"))),),
         counter_examples=("I hans ställe deltar ingen.",)),
    Rule("takes_his_place", "membership", change="replace", narrative_only=True, exclusive=False,
         triggers=("i hans ställe", "i hennes ställe", "i dennes ställe"),
         pattern=r"^(?P<who>" + _NAME + r")(?:,[^,]{2,80},)?\s+(?:går|gick|har\s+gått|kommer\s+att\s+gå)\s+in\s+i\s+"
                 r"(?P<group>[A-ZÅÄÖa-zåäö][^.;,]*?)\s+i\s+(?:hans|hennes|dennes)\s+ställe\b",
         examples=(_ex("Karl Wennberg har slutat. Anna Lövgren, chef hälso- och sjukvård i Åby kommun, går in i "
                       "Styrgrupp Nära vård i hans ställe.", ("membership", "Anna Lövgren", "Styrgrupp Nära vård", "replace")),),
         counter_examples=("Frågan går in i handlingsplanen i hans ställe.",)),
    Rule("continues_as", "membership", change="member", narrative_only=True, exclusive=False,
         triggers=("fortsätter som", "kvarstår som", "är kvar som", "sitter kvar som"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*"
                 r"(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})*)\s+(?:fortsätter|kvarstår|är\s+kvar|sitter\s+kvar)\s+som\s+"
                 r"(?P<role>(?:vice\s+)?(?:ordförande|sammankallande|sekreterare|ledamot|ledamöter|ersättare|representant(?:er)?))"
                 # the body named where it is not the one that met: "Bo Ek sitter kvar som ledamot i SBU"
                 r"(?:\s+i\s+(?P<group>gruppen|[A-ZÅÄÖ][^.;,]*?))?(?:\s+(?:under|till|fram\s+till|tills\s+vidare|även|också|i)\b[^.;]*)?\s*$",
         examples=(_ex("Bo Ek lämnar uppdraget som sammankallande i Styrgrupp Barnahus vid årsskiftet. Bo Ek sitter kvar "
                       "som ledamot i Styrgrupp Barnahus.", ("membership", "Bo Ek", "Styrgrupp Barnahus", "member"),
                       body="Regional ledningsgrupp"),
                   _ex("Per Ek och Sara Holm fortsätter som sammankallande.",
                       ("membership", "Per Ek", "Samverkansgrupp äldre", "member"),
                       ("membership", "Sara Holm", "Samverkansgrupp äldre", "member")),
                   _ex("Anna Lund kvarstår som ordförande under nästa år.",
                       ("membership", "Anna Lund", "Samverkansgrupp äldre", "member"))),
         counter_examples=("Arbetet fortsätter som tidigare.", "Mötesformen kvarstår som den är.")),
    # a seat taken, before the rules of leaving read the clause after it ("… blev ordinarie ledamot i G och lämnar därför H")
    Rule("becomes_representative", "membership", change="join", exclusive=False,
         triggers=("blir ", "blev "),
         # "Camilla blev ordinarie ledamot i Styrgrupp Nära vård i september": the seat taken, told as done
         # (told by someone: "Socialchefen informerar om att Per Holm, biståndshandläggare, blir kommunens nya
         # företrädare i arbetsgruppen")
         # (told by the huvudman that chose her, in the perfect, her title before her name: "Bruksberga kommun har
         # meddelat att socialchef Magnus Strid blir ordinarie ledamot i RLG")
         pattern=r"(?:^|,?\s+och\s+|^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+)?\s+(?:informerar\s+om|meddelar|berättar|"
                 r"har\s+meddelat|har\s+informerat\s+om)\s+att\s+"
                 r"(?:[a-zåäö][\wåäö-]*(?:chef|ledare|samordnare|direktör|strateg|sekreterare)\s+)?)"
                 r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:,\s+[a-zåäö][^,.;]{2,50},)?\s+(?:blir|blev)\s+(?:ny\s+|ordinarie\s+)?"
                 # ("rådets representant": the seat of the body that met, a brukarråd's or a nätverk's)
                 r"(?:[A-ZÅÄÖ][\wåäö-]+s\s+|(?:kommunens|regionens|rådets|gruppens|nätverkets|föreningens|förbundets)\s+)?"
                 r"(?:nya\s+)?(?P<role>representant|ledamot|ersättare|kontaktperson|företrädare)"
                 # "Eva Holm, enhetschef, blir ny ersättare för Åby": for whom, in the body that met
                 r"(?:\s+för\s+[A-ZÅÄÖ][^.;,]{1,40}?(?=\s+i\s|$)|(?=\s+i\s))(?:\s+i\s+(?P<group>[^.;,]+?))?"
                 # "… i september och lämnar därför …": when, and a clause of its own after the seat
                 r"(?:\s+i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b)?"
                 r"(?:\s+och\s+[a-zåäö]+(?:ar|er|ir)\b[^.;]*)?" + _UNTIL + r"$",
         examples=(_ex("Åby kommun ingår i piloten från mars, och Per Holm blir Åbys representant i projektgruppen.",
                       decision=True, body="Projektgrupp mobilt team", roster=("Per Holm, Åby kommun",),
                       facts=(("membership", "Per Holm", "Projektgrupp mobilt team", "join"),)),
                   _ex("Åby kommun har meddelat att socialchef Eva Lund blir ordinarie ledamot i Styrgrupp Barnahus från "
                       "och med den 1 januari 2027.", ("membership", "Eva Lund", "Styrgrupp Barnahus", "join")),
                   _ex("Eva Lund blir kommunens representant i Styrgrupp Barnahus från januari.",
                       ("membership", "Eva Lund", "Styrgrupp Barnahus", "join")),
                   _ex("Socialchefen informerar om att Per Holm, biståndshandläggare, blir kommunens nya företrädare i "
                       "Arbetsgrupp SIP.", ("membership", "Per Holm", "Arbetsgrupp SIP", "join"),
                       body="Kommunstyrelsens arbetsutskott, Åby kommun"),
                   _ex("Camilla blev ordinarie ledamot i Styrgrupp Nära vård i september och lämnar därför Styrgrupp DVH "
                       "efter dagens möte.", roster=("Camilla Ek, Bruksberga kommun",),
                       facts=(("membership", "Camilla Ek", "Styrgrupp Nära vård", "join"),)),
                   # for whom, the seat in the body that met
                   _ex("Eva Holm, enhetschef vuxenenheten, blir ny ersättare för Åby.",
                       ("membership", "Eva Holm", "Samverkansgrupp äldre", "join"))),
         counter_examples=("Det blir en representant i styrgruppen från varje kommun.", "Eva Ek blir ny ersättare.",
                           "Det blev ledamot i styrgruppen som fick frågan.")),
    Rule("announces_leaving", "membership", change="leave",
         triggers=("att han lämnar", "att hon lämnar", "att hen lämnar", "att han slutar", "att hon slutar",
                   "att hen slutar", "går i pension", "att han avgår", "att hon avgår", "att hen avgår",
                   "skäl lämnar", "skäl slutar", "skäl avgår"),
         pattern=r"^(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:,[^,]{2,60},)?\s+"
                 # ("har anmält att han lämnar RLG …": the leaving announced to the body)
                 r"(?:meddelar|meddelade|berättar|berättade|informerar(?:\s+om)?|informerade(?:\s+om)?|har\s+meddelat|"
                 r"anmäler|anmälde|har\s+anmält)\s+att\s+(?:han|hon|hen)\s+"
                 # (the reason before the verb: "att han av tidsskäl lämnar …", "att hon av personliga skäl slutar")
                 r"(?:av\s+(?:[a-zåäö]+\s+)?[a-zåäö]*skäl\s+)?"
                 r"(?:slutar|lämnar|går\s+i\s+pension|avgår)(?P<rest>[^;]*)$",
         examples=(# "avgår ur": the seat given up, the body by its kind
                   _ex("Tobias Fagerlund meddelade att han avgår ur styrgruppen efter vårens sista möte.",
                       ("membership", "Tobias Fagerlund", "Styrgrupp Barnahus", "leave"), body="Styrgrupp Barnahus"),
                   _ex("Tobias Fagerlund har anmält att han lämnar styrgruppen den 31 augusti 2031.",
                       ("membership", "Tobias Fagerlund", "Styrgrupp Barnahus", "leave"), body="Styrgrupp Barnahus"),
                   _ex("EB meddelar att hon lämnar Lövsta kommun i slutet av mars.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"),)),
                   _ex("Tobias Fagerlund berättar att han slutar sin tjänst efter sommaren.",
                       ("membership", "Tobias Fagerlund", "Samverkansgrupp äldre", "leave")),
                   # the past tense of the notes
                   _ex("Tobias Fagerlund meddelade att han slutar i gruppen efter årsskiftet.",
                       ("membership", "Tobias Fagerlund", "Samverkansgrupp äldre", "leave")),
                   # the reason told before the verb
                   _ex("Tobias Fagerlund meddelade att han av tidsskäl lämnar uppdraget som regionens representant "
                       "efter sommaren.", ("membership", "Tobias Fagerlund", "Samverkansgrupp äldre", "leave")),
                   # the body that met by its kind: "rådet", "nätverket"
                   _ex("Tobias Fagerlund har meddelat att han lämnar rådet vid årsskiftet.",
                       ("membership", "Tobias Fagerlund", "Regionalt råd", "leave"), body="Regionalt råd"),
                   # another body, named by what it is for
                   _ex("Tobias Fagerlund har meddelat att han lämnar styrgruppen för e-hälsa vid årsskiftet.",
                       ("membership", "Tobias Fagerlund", "styrgruppen för e-hälsa", "leave"), body="Regionalt råd"),
                   # the seat left in another body, by the leaver's title
                   _ex("Britt-Marie Ljung är socialchef. Socialchefen har meddelat att hon lämnar uppdraget som vice "
                       "ordförande i Styrgrupp Nära vård efter sommaren.", body="Socialnämndens arbetsutskott",
                       roster=("Britt-Marie Ljung, Åby kommun",),
                       facts=(("membership", "Britt-Marie Ljung", "Styrgrupp Nära vård", "leave"),))),
         counter_examples=("Karin Ek meddelar att hon lämnar in underlaget i veckan.",
                           "Karin Ek meddelar att hon lämnar ett skriftligt yttrande.")),
    # "Det här var Jonas sista möte – tack Jonas!": a member's last meeting is the leaving of the body
    Rule("last_meeting", "membership", change="leave", exclusive=False, triggers=("sista möte", "sista sammanträde"),
         pattern=r"^(?:[Dd]et\s+här|[Dd]etta|[Dd]et)\s+(?:var|blir|är|blev)\s+(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}?)"
                 r"(?::s)?\s+sista\s+(?:möte|sammanträde)(?:\s+(?:i|med)\s+(?P<group>[^.;,!–-]+?))?(?=\s*(?:[–!.,;-]|$))",
         examples=(_ex("Det här var Elins sista möte – tack Elin!", ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"),
                       roster=_ROSTER),
                   _ex("Detta var Mattias Öhrns sista möte i Styrgrupp Barnahus.",
                       ("membership", "Mattias Öhrn", "Styrgrupp Barnahus", "leave"), roster=_ROSTER)),
         counter_examples=("Det här var årets sista möte.", "Nästa möte blir det sista mötet före sommaren.")),
    # "Stefan Ljunggren deltar i dag för sista gången": the member's last meeting in the body that met
    Rule("last_time_here", "membership", change="leave", exclusive=False, narrative_only=True,
         triggers=("för sista gången",),
         pattern=r"^(?P<old>" + _NAME + r")\s+(?:deltar|deltog|är\s+med|var\s+med|närvarar|närvarade)\s+"
                 r"(?:i\s+dag\s+|idag\s+|nu\s+)?för\s+sista\s+gången(?:\s+(?:i|på)\s+(?P<group>[^.;,]+?))?\.?$",
         examples=(_ex("Elin Borg deltar i dag för sista gången.", ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"),
                       roster=_ROSTER),),
         counter_examples=("Elin Borg deltar i dag för första gången.", "Utbildningen ges för sista gången i vår.")),
    # a huvudman's or a unit's choice of who speaks for it in a body: "Åby kommun har utsett Eva Ek att företräda
    # kommunen i ledningsgruppen från och med den 1 januari 2026", "BUP har utsett Per Lind, psykolog, att företräda …"
    # the seat itself named after "till": "Förvaltningen har utsett Per Ek till Åby kommuns nya representant i
    # processteamet"
    Rule("appointed_into_seat", "membership", change="join", exclusive=False, triggers=("utsett",),
         pattern=r"^(?P<pre>[A-ZÅÄÖ][^.;]{1,60}?)\s+(?:har|hade)\s+(?:nu\s+)?utsett\s+(?P<who>" + _NAME + r")"
                 r"(?:,\s+[^.;,]{2,60},)?\s+till\s+(?:[A-ZÅÄÖ][\wåäö-]+\s+kommuns\s+|[A-ZÅÄÖ][\wåäö-]+s\s+|"
                 r"(?:kommunens|regionens|förvaltningens|sin|sitt)\s+)?(?:nya?\s+)?"
                 r"(?P<role>representant|ledamot|ersättare|företrädare)\s+i\s+(?P<group>[^.;,]+?)" + _UNTIL + r"\.?$",
         examples=(_ex("Förvaltningen har utsett Eva Ek till Åby kommuns nya representant i Processteam utskrivning.",
                       ("membership", "Eva Ek", "Processteam utskrivning", "join")),
                   _ex("Region Norrby har utsett Per Lind, psykolog, till ny ledamot i Arbetsgrupp SIP från mars.",
                       ("membership", "Per Lind", "Arbetsgrupp SIP", "join"))),
         counter_examples=("Förvaltningen har utsett Eva Ek till att svara på remissen.",)),
    Rule("appointed_to_represent", "membership", change="join", exclusive=False, triggers=("utsett",),
         # (the title before the name, and the seat as taking part: "har utsett socialchef Eva Ek att ingå i gruppen")
         pattern=r"^(?P<pre>[A-ZÅÄÖ][^.;]{1,60}?)\s+(?:har|hade)\s+(?:nu\s+)?utsett\s+(?:[a-zåäö][\wåäö-]+\s+)?(?P<who>" + _NAME + r")"
                 r"(?:,\s+[^.;,]{2,60},)?\s+att\s+(?:(?:företräda|representera)\s+(?P<hm>[^.;,]{2,60}?)\s+i|ingå\s+i)\s+(?P<group>[^.;,]+?)"
                 + _UNTIL + r"\.?$",
         examples=(_ex("Åby kommun har utsett Eva Ek att företräda kommunen i gruppen från och med den 1 januari 2026.",
                       ("membership", "Eva Ek", "Samverkansgrupp äldre", "join")),
                   _ex("BUP har utsett Per Lind, psykolog, att företräda barn- och ungdomspsykiatrin i Arbetsgrupp SIP.",
                       ("membership", "Per Lind", "Arbetsgrupp SIP", "join")),
                   _ex("Åby kommuns socialnämnd har utsett socialchef Eva Ek att ingå i gruppen från 1 november.",
                       ("membership", "Eva Ek", "Samverkansgrupp äldre", "join"))),
         counter_examples=("Åby kommun har utsett Eva Ek att företräda kommunen i frågan.",
                           "Åby kommun har utsett Eva Ek att ingå i arbetet med rutinen.")),
    # the one who leaves in the first clause, the one who takes the seat over after a semicolon
    Rule("leaves_then_taken_over", "membership", change="replace", exclusive=False, narrative_only=True,
         triggers=("tar över", "tog över"), handler="_ms_leaves_then_taken_over",
         examples=(_ex("Per Holm lämnar gruppen efter sista mötet före sommaren; Lena Ek (Åby kommun) tar över efter honom "
                       "från augusti.", roster=("Per Holm",),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Holm", "Samverkansgrupp äldre", "leave"))),
                   _ex("Per Holm lämnar gruppen vid årsskiftet; Lena Ek (Åby kommun) tar över från januari.", roster=("Per Holm",),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Holm", "Samverkansgrupp äldre", "leave")))),
         counter_examples=("Per Holm lämnar rapporten till styrgruppen; Lena Ek tar över arbetet med rutinen.",
                           "Per Holm är sjukskriven; Lena Ek tar över.")),
    # the passive of "B ersätter A som ledamot i G": the one leaving first, the seat after the successor
    Rule("replaced_by_as", "membership", change="replace", narrative_only=True,
         triggers=("ersätts av", "efterträds av"), handler="_ms_replaced_by_as",
         examples=(_ex("Leif Granström ersätts av Ingrid Paavola som ledamot från och med den 1 juni 2028.",
                       ("membership", "Ingrid Paavola", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Leif Granström", "Samverkansgrupp äldre", "leave")),
                   # the huvudman's seat in the body that met, the party after each name
                   _ex("Leif Granström (KD) ersätts av Ingrid Paavola (KD) som ersättare för Region Ådalen från och med "
                       "den 1 juni 2028.",
                       ("membership", "Ingrid Paavola", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Leif Granström", "Samverkansgrupp äldre", "leave")),
                   # a seat in another body: the leaving is from that body, not the one that met
                   _ex("Henrik Lax (M) ersätts av Torbjörn Selin (S) som rådets observatör i Styrgrupp Barnahus från "
                       "och med den 1 mars 2029.",
                       ("membership", "Torbjörn Selin", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Henrik Lax", "Styrgrupp Barnahus", "leave"))),
         counter_examples=("Rutinen ersätts av en ny rutin som gäller från och med januari.",
                           "Mötet i maj ersätts av ett digitalt möte som hålls den 3 maj.")),
    Rule("leaves_replaced_by", "membership", change="leave",
         triggers=("ersätts av", "efterträds av", "ersättas av", "efterträdas av", "slutar", "lämnar", "har lämnat", "därmed lämnat",
                   "ersätts i ", "slutade",
                   "ersätts tills vidare av", "ersätts tillfälligt av", "ersätts från", "ersätts fr",
                   "och lämnat",
                   "går i pension", "har slutat", "avtackas", "avsagt sig", "avsäger sig", "avgår",
                   "har avgått", "inte längre är", "kliver av", "avslutat sin", "avslutar sin", "gått i pension"),
         # "Åby kommun har meddelat att A avgår …": the leaving told as news from the huvudman
         # ("Per informerade om att A slutar …": told by a member)
         # ("Lövsta: Malin Törn slutade …": a hurried note's label, whom the news is from, before the name)
         # ("Åby har anmält att A slutar i maj": the side reporting the change of its seat)
         pattern=r"^(?:[A-ZÅÄÖ][^.;]{0,60}?\s+(?:har\s+)?(?:meddelat|meddelar|meddelade|anmält|anmäler|anmälde|informerar\s+om|"
                 r"informerade\s+om)\s+att\s+|[A-ZÅÄÖ][^.;]{0,120}?,\s+så\s+(?=[A-ZÅÄÖ])|"
                 r"[A-ZÅÄÖ][\wåäöÅÄÖ-]{1,30}:\s+(?=[A-ZÅÄÖ]))?"
                 # ("Britt Ahl (PRO Åby) har avgått": whom she sat for in brackets after the name)
                 r"(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:,[^,]{2,60},|\s+\([^()]{1,60}\))?"
                 # ("A har förhinder och ersätts av B": a stand-in for the day, no seat left)
                 r"(?:\s+(?![^.;]{0,80}?\b(?:förhinder|frånvarande|förhindrad|sjuk|bortrest)\s+och\b)"
                 r"[^.;]{0,80}?\s+och)?\s+"
                 # (what is handed over is no seat left: "Annelie lämnar dem till LVO inför varje möte i PSO")
                 # "A inte längre är Åbys ersättare i RLG": the seat is no longer held
                 # ("X har avslutat sin anställning", "X har gått i pension": the job left, and the seat with it)
                 r"(?:har\s+slutat|slutar|slutade(?=[^.;]*?[\s,]" + _REPLACED_BY + r")|(?:har\s+)?(?:avslutat|avslutar)(?=\s+sin\s+(?:anställning|tjänst)\b)|"
                 r"har\s+gått(?=\s+i\s+pension\b)|"
                 r"(?:inte|ej)\s+längre\s+är(?=\s+[^.;]{0,40}\b(?:ersättare|ledamot|representant|företrädare)\b)|(?:lämnar|har\s+(?:därmed\s+|nu\s+|också\s+)?lämnat|(?<=\soch\s)lämnat(?=\s+[a-zåäö-]*(?:gruppen|rådet|nätverket|teamet|forumet|beredningen)\b))(?!\s+in\b)(?!\s+(?:en|ett)\s)"
                 # ("Lisa har lämnat över sina ärenden till Maja": handed over, no seat left)
                 # ("Sofia har lämnat skriftliga synpunkter", "… har lämnat återbud": what is handed in, after its adjective)
                 # ("Sara lämnar därefter utkastet till socialchefsgruppen": a paper handed on, an adverb before it)
                 r"(?!\s+(?:(?:därefter|sedan|också|även|nu|själv)\s+)?(?:(?:skriftliga|muntliga|sina|egna|nya|kompletterande|några|flera)\s+)?"
                 # ("… och lämnar säsongsrapport till närvårdsgruppen": a report of its kind, a compound)
                 r"(?:dem|den|det|över|(?:[\wåäö]+-?)?(?:rapport|underlag|förslag|synpunkter|svar|uppgifter|utkast|sammanställning|"
                 r"material|dokument)\w*|återbud|kommentarer)\b)"
                 r"(?!\s+(?:sitt\s+)?uppdrag(?:et)?\s+som\s+(?:vice\s+)?"
                 r"(?:ordförande|sammankallande|sekreterare)\b)|går\s+i\s+pension|avgår|kliver\s+av\b|har\s+avgått(?!\s+(?:ur|från)\b)|(?:har\s+)?avsagt\s+sig|avsäger\s+sig|avtackas(?=[^.;]*\b(?:slutar|lämnar|pension|sitt\s+arbete|sin\s+tid|sina\s+år|sina\s+insatser|sitt\s+engagemang))|(?=" + _REPLACED_BY + r"))(?P<mid>[^.;]*?)"
                 r"(?:(?:\s+och\s+|(?<=\s))" + _REPLACED_BY + r"(?P<who>[^,.;]+?)"
                 # (a hurried "fr o m jan" without its dots too)
                 # (and by whose decision: "… ersätts av Anders Ek (C) enligt beslut i kommunstyrelsen den 3 oktober")
                 r"(?:,[^.;]*|\s+(?:från|fr\.?\s?o\.?\s?m\.?|efter|vid|per|under|tills|enligt)\s[^.;]*)?"
                 # "GN lämnar gruppen vid årsskiftet, ersättare är Lina Carlsson": the one who takes the seat
                 # (or after a semicolon: "A lämnar gruppen vid årsskiftet; ny representant från Åby blir B")
                 r"|[,;]\s*(?:och\s+)?(?:nya?\s+(?:representant|ledamot|ersättare|företrädare)\s+[^.;]{0,60}?\b"
                 r"|(?:(?:hennes|hans|hens|dennes)\s+)?(?:ersättare|efterträdare)\s+)(?:är|blir)\s+"
                 r"(?P<who3>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:[\s,][^.;]*)?"
                 # "A lämnar arbetsgruppen och B tar hennes plats": the successor in a clause of its own
                 r"|\s+och\s+(?P<who4>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+(?:(?:tar|övertar)\s+"
                 r"(?:hennes|hans|hens|dennes)\s+plats\b[^.;]*"
                 # "A avgår som ordförande och B tar över": the successor takes over what A leaves
                 r"|tar\s+över(?:\s+(?:uppdraget|efter\s+(?:henne|honom|hen)))?(?:\s+(?:från|vid|efter|i)\s+[^.;]*)?))?"
                 # "…; elevhälsan utser en ny representant": another clause after a semicolon
                 r"(?:;\s[^.]*)?$",
         examples=(_ex("Åby kommun har anmält att Elin Borg slutar i maj; kommunen utser ny ledamot.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"),)),
                   # the past form in a hurried note, its successor after a comma: the seat left is the one filled
                   _ex("Lövsta: Malin Törn slutade i dec, efterträds av Tove Hall fr.o.m. idag.", body="Samverkansgrupp barn och unga",
                       facts=(("membership", "Malin Törn", "Samverkansgrupp barn och unga", "leave"),
                              ("membership", "Tove Hall", "Samverkansgrupp barn och unga", "replace"))),
                   # the job left, and the seat with it
                   _ex("Oliver Dahl har avslutat sin anställning.", body="Arbetsgrupp spel om pengar",
                       facts=(("membership", "Oliver Dahl", "Arbetsgrupp spel om pengar", "leave"),)),
                   # the job left, and with it the seat in another body, named after "därmed sin plats i"
                   _ex("Henrik Ask har lämnat sin anställning i Åby kommun och därmed sin plats i Arbetsgrupp SIP.",
                       body="Styrgrupp Nära vård", facts=(("membership", "Henrik Ask", "Arbetsgrupp SIP", "leave"),)),
                   _ex("Oliver Dahl har gått i pension och ersätts av Eva Ek.", body="Arbetsgrupp spel om pengar",
                       facts=(("membership", "Oliver Dahl", "Arbetsgrupp spel om pengar", "leave"),
                              ("membership", "Eva Ek", "Arbetsgrupp spel om pengar", "replace"))),
                   # the seat's body a name with an enumeration, past its comma
                   _ex("Eva-Britt Lönnqvist (S) har avsagt sig uppdraget som regionens ersättare i Politiskt samrådsorgan "
                       "för hälsa, vård och omsorg i Norrby (PSO) från och med den 1 juni 2029.", body="Hälso- och sjukvårdsnämnden",
                       facts=(("membership", "Eva-Britt Lönnqvist", "Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby (PSO)",
                               "leave"),)),
_ex("Från januari tar Siri Dahl över frågorna i gruppen, så Gustav Torn lämnar samverkansgruppen vid årsskiftet.",
                       ("membership", "Gustav Torn", "Samverkansgrupp äldre", "leave")),
                   # the seat named by the body's kind between the verb and "av"
                   _ex("Åby kommun har meddelat att Rikard Palm ersätts i rådet av Maja Törnqvist, enhetschef LSS, från januari.",
                       ("membership", "Rikard Palm", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Maja Törnqvist", "Samverkansgrupp äldre", "replace")),
                   _ex("Sanna Wik (C), Åby kommun, avgår ur rådet och ersätts av Anders Holm (C) enligt beslut i "
                       "kommunstyrelsen den 3 oktober 2028.",
                       ("membership", "Sanna Wik", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Anders Holm", "Samverkansgrupp äldre", "replace")),
                   _ex("Arbetsgrupp för fallprevention fortsätter under 2026. Anna Ek lämnar arbetsgruppen vid årsskiftet "
                       "och ersätts av Nadja Persson, fysioterapeut.",
                       ("membership", "Anna Ek", "Arbetsgrupp för fallprevention", "leave"),
                       ("membership", "Nadja Persson", "Arbetsgrupp för fallprevention", "replace")),
                   # a leaving told with no body: the body that met
                   _ex("Britt Ahl (PRO Åby) har avgått som ersättare.",
                       ("membership", "Britt Ahl", "Samverkansgrupp äldre", "leave"), roster=("Britt Ahl",)),
                   _ex("Mattias Öhrn har avgått.", ("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "leave"),
                       roster=_ROSTER),
                   # why, with a title shortened: "tf." ends no clause
                   _ex("Mattias lämnar gruppen vid årsskiftet, då han går till en tjänst som tf. primärvårdsdirektör.",
                       ("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "leave"), roster=_ROSTER),
                   # (the body a member has left elsewhere, told as why a seat here changes, is background:
                   # "Birgit Hane har avgått ur kommunstyrelsen")
                   # the body that met by its kind
                   _ex("Tore Alm avgår som ersättare vid årsskiftet.", ("membership", "Tore Alm", "Samverkansgrupp äldre", "leave")),
                   # from when, between the verb and "av"
                   _ex("Tore Alm ersätts från mars av Vera Lund, kurator i Åby kommun.",
                       ("membership", "Tore Alm", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Vera Lund", "Samverkansgrupp äldre", "replace")),
                   # "kliver av": the everyday word for stepping down, after why
                   _ex("Tore Alm har bytt tjänst och kliver av efter dagens möte; BUP utser ersättare.",
                       ("membership", "Tore Alm", "Samverkansgrupp äldre", "leave")),
                   _ex("Tore Alm avgår som ordförande och Vera Lund tar över.",
                       ("membership", "Tore Alm", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Vera Lund", "Samverkansgrupp äldre", "replace")),
                   _ex("Agnes Ryd lämnar arbetsgruppen för ungas fritid och Per Wallin tar hennes plats.",
                       ("membership", "Agnes Ryd", "Arbetsgruppen för ungas fritid", "leave"),
                       ("membership", "Per Wallin", "Arbetsgruppen för ungas fritid", "replace"), body="Samrådsgruppen"),
                   _ex("Lövsta kommun har meddelat att Gösta Lund avgår som ledamot i samverkansgruppen den 30 november.",
                       ("membership", "Gösta Lund", "Samverkansgrupp äldre", "leave")),
                   _ex("Alva Tör slutar i gruppen vid årsskiftet; elevhälsan i Åby utser en ny representant.",
                       ("membership", "Alva Tör", "Samverkansgrupp äldre", "leave")),
                   # a hurried note's topic typed small before a colon, the one leaving by initials after it
                   _ex("ers. för geriatriken: MÖ slutar i gruppen efter sommaren.", roster=_ROSTER,
                       facts=(("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "leave"),)),
                   _ex("Elin går över till en ny tjänst och lämnar nätverket.", roster=_ROSTER, body="SIP-nätverket Norrby",
                       facts=(("membership", "Elin Borg", "SIP-nätverket Norrby", "leave"),)),
                   _ex("Eva Lund kommer att ersättas av Lisa Ek från januari.",
                       ("membership", "Eva Lund", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace")),
                   _ex("Karl Berg avtackas då han går i pension.", ("membership", "Karl Berg", "Samverkansgrupp äldre", "leave")),
                   _ex("Eva Ek går i pension vid årsskiftet, ersätts av Maja Tell (ny avd chef äo Ekå) fr o m jan.",
                       ("membership", "Maja Tell", "Arbetsgrupp SIP", "replace"), body="Arbetsgrupp SIP"),
                   # the successor named after a comma, called the one who replaces
                   _ex("Göran Nyberg lämnar gruppen vid årsskiftet, ersättare är Lina Carlsson, ny MAS i Östmo kommun från 1 januari.",
                       ("membership", "Göran Nyberg", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Lina Carlsson", "Samverkansgrupp äldre", "replace")),
                   # a stand-in for now, who she is to the one leaving, and until when
                   _ex("Lotta Ek har bytt tjänst och ersätts tills vidare av sin kollega Sofia Gran tills Åby utsett en "
                       "ordinarie representant.",
                       ("membership", "Lotta Ek", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Sofia Gran", "Samverkansgrupp äldre", "replace")),
                   _ex("Jonas Berg slutar i gruppen och ersätts av Amira Lind.",
                       ("membership", "Jonas Berg", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Amira Lind", "Samverkansgrupp äldre", "replace")),
                   # the one who replaces in a clause of its own after a semicolon
                   _ex("Jonas Berg lämnar gruppen efter mötet i augusti när han går till en ny tjänst; Amira Lind "
                       "ersätter honom som regionens företrädare.",
                       ("membership", "Jonas Berg", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Amira Lind", "Samverkansgrupp äldre", "replace")),
                   # the one who left and the new representative in one sentence: a replacement
                   _ex("Olle har slutat, ny representant från Tallvik är Nadia Berg på socialkontoret.",
                       ("membership", "Nadia Berg", "Samverkansgrupp äldre", "replace"), roster=("Olle Lund",)),
                   _ex("Petra Ek lämnar gruppen vid årsskiftet när hon går till IFO; ny representant från Åby kommun blir "
                       "Oskar Lund, som börjar redan i november.",
                       ("membership", "Petra Ek", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Oskar Lund", "Samverkansgrupp äldre", "replace")),
                   # every body left, named one after the other
                   _ex("Anna Berg slutar i kommunen den 31 augusti och lämnar därmed Styrgrupp Nära vård och "
                       "Arbetsgrupp SIP.", ("membership", "Anna Berg", "Styrgrupp Nära vård", "leave"),
                       ("membership", "Anna Berg", "Arbetsgrupp SIP", "leave")),
                   # a resignation: the seat is given up
                   _ex("Kim Ek (C) har avsagt sig uppdraget i rådet.", body="Regionala samverkansrådet",
                       facts=(("membership", "Kim Ek", "Regionala samverkansrådet", "leave"),)),
                   # the letter it was told in before the seat; the seat the nämnd's, held in another body
                   _ex("Mia Lund (V) avsäger sig i en skrivelse den 30 oktober 2025 sitt uppdrag som nämndens representant "
                       "i Lokala närvårdsrådet.", ("membership", "Mia Lund", "Lokala närvårdsrådet", "leave"),
                       body="Socialnämnden"),
                   _ex("Sven Ek går i pension vid halvårsskiftet och lämnar därmed gruppen.",
                       ("membership", "Sven Ek", "Samverkansgrupp äldre", "leave")),
                   # the leaving told as done, an adverb between the auxiliary and the verb
                   _ex("Rut Hallqvist slutade som MAS i Östmo den 31 augusti och har därmed lämnat nätverket.",
                       ("membership", "Rut Hallqvist", "MAS-nätverket", "leave"), body="MAS-nätverket"),
                   # an adverb between the verb and the body left
                   _ex("Siri lämnar då nätverket.", ("membership", "Siri Nordahl", "MAS-nätverket", "leave"),
                       body="MAS-nätverket", roster=("Siri Nordahl",)),
                   _ex("Camilla lämnar därför Styrgrupp DVH efter dagens möte.",
                       ("membership", "Camilla Ek", "Styrgrupp DVH", "leave"), roster=("Camilla Ek",),
                       body="Styrgrupp för Digitala vårdmöten i hemmet"),
                   _ex("Henrik Alm slutar sin tjänst i kommunen vid årsskiftet och lämnar därmed rådet.",
                       ("membership", "Henrik Alm", "Brottsförebyggande rådet, Åby kommun", "leave"),
                       body="Brottsförebyggande rådet, Åby kommun"),
                   _ex("Jonas Berg har fått en ny tjänst och slutar i samverkansgruppen.",
                       ("membership", "Jonas Berg", "Samverkansgrupp äldre", "leave")),
                   _ex("Vera Lund lämnar Styrgrupp barn och unga.",
                       ("membership", "Vera Lund", "Styrgrupp barn och unga", "leave"), body="Regional ledningsgrupp"),
                   _ex("Ulla Strand ersätts av Karim Lind, Tallviks kommun, från mars.",
                       ("membership", "Ulla Strand", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Karim Lind", "Samverkansgrupp äldre", "replace")),
                   _ex("Per Holm har slutat och efterträds av Maria Sund från den 1 januari.",
                       ("membership", "Per Holm", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Maria Sund", "Samverkansgrupp äldre", "replace")),
                   _ex("Ulla Strand har lämnat sin tjänst i Tallviks kommun och därmed samverkansgruppen.",
                       ("membership", "Ulla Strand", "Samverkansgrupp äldre", "leave")),
                   _ex("Styrgrupp Barnahus har träffats. Kent Lund, Tallviks kommun, har lämnat styrgruppen i samband med "
                       "att han gått i pension.", ("membership", "Kent Lund", "Styrgrupp Barnahus", "leave"),
                       body="Regional ledningsgrupp")),
         # "lämnat in" is handing in (a motion, a report), not leaving
         counter_examples=(# the meeting or a talk that ended: no seat left
                           "Mötet slutade kl. 15.30.", "Diskussionen slutade med att rutinen ersätts av en ny.",
                           # a report handed in, named by a compound
                           "Sara Lind bjuder in Kristoffer Nyman till nästa möte och lämnar säsongsrapport till "
                           "Närvårdsgruppen i december.",
                           # a stand-in for the day
                           "Kerstin Lövgren-Dahl har förhinder och ersätts av Mats Kvarnström.",
                           # what is handed in, in the genitive of the group
                           "Eva Sandell lämnar gruppens synpunkter till nämndens sekreterare senast den 4 december.",
                           "Annelie Frost lämnar dem till LVO inför varje möte i PSO.", "Sanna Pirinen lämnar därefter utkastet till Styrgrupp Barnahus i februari.", "Lisa har lämnat över sina ärenden till Maja som planerat.", "Anna Lund avtackas för presentationen.", "Mötet slutar klockan 15.", "Region Havsby lämnar ett yttrande.",
                           # handing over a report, no leaving
                           "Lovisa Berg sammanställer och lämnar en årsrapport till Samverkansgrupp äldre i mars.",
                           "Nils Edin (V) har lämnat in en motion om att kommunen ska inrätta en mottagning.",
                           # written views sent in by one who could not come
                           "Sofia Lund har lämnat skriftliga synpunkter som sekreteraren skickar ut med anteckningarna.",
                           # leaving a chair is no leaving of the body
                           "Bengt Olofsson (C) lämnar uppdraget som vice ordförande vid årsskiftet.")),
    # "Malins förordnande som sekreterare upphör i december": the term of a seat or duty in the body runs out
    Rule("term_ends", "membership", change="leave", exclusive=False, triggers=("upphör",),
         pattern=r"^(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}?)s\s+(?:förordnande|uppdrag|mandat)\s+som\s+"
                 + _ROLE + r"(?:\s+i\s+(?P<group>[A-ZÅÄÖ][^.;,]*?|[a-zåäö-]*(?:gruppen|rådet|teamet|nätverket)))?"
                 r"\s+upphör\b[^.;]*\.?$",
         examples=(_ex("Mattias Öhrns förordnande som sekreterare upphör i december.",
                       ("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "leave"), roster=_ROSTER),
                   _ex("Elin Borgs uppdrag som ordförande i Styrgrupp Barnahus upphör vid årsskiftet.",
                       ("membership", "Elin Borg", "Styrgrupp Barnahus", "leave"))),
         counter_examples=("Avtalet om förordnande som sekreterare upphör att gälla.",)),
    # "… sedan Per Åström lämnade gruppen vid halvårsskiftet": a leaving told in passing, in the past
    Rule("left_group_past", "membership", change="leave", exclusive=False, triggers=("lämnade ",),
         pattern=r"(?:^|\b(?:sedan|när|då|efter\s+att|eftersom)\s+)(?P<old>" + _NAME + r")(?:,[^,.;]{2,60},)?\s+lämnade\s+"
                 r"(?P<group>gruppen|[a-zåäö-]*(?:gruppen|rådet|teamet|beredningen)|[A-ZÅÄÖ][^.;,]*?(?:grupp|råd|team|beredning)[^.;,]*?)"
                 r"(?=\s+(?:vid|i|under|efter|för|inför|förra|tidigare|sedan)\b|[.;,]|$)",
         examples=(_ex("I den operativa samrådsgruppen är det oklart vem som ska företräda Tallviks kommun sedan Per Lind "
                       "lämnade gruppen vid halvårsskiftet.", ("membership", "Per Lind", "samrådsgruppen", "leave")),
                   _ex("Per Lind lämnade Styrgrupp Barnahus i våras.", ("membership", "Per Lind", "Styrgrupp Barnahus", "leave"))),
         counter_examples=("Per Lind lämnade in rapporten i tid.", "Per Lind lämnade en muntlig lägesrapport.")),
    # a seat left empty: "Gruppen saknar representant från Ekby kommun sedan Oskar Lind slutat"
    Rule("left_since", "membership", change="leave", exclusive=False, triggers=("sedan",),
         pattern=r"^(?P<group>[Gg]ruppen|[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket)|[A-ZÅÄÖ][\wåäö-]*grupp\s+[^.;,]+?)\s+"
                 r"(?:saknar|har\s+ingen|står\s+utan)\b[^.;]*?\bsedan\s+(?P<old>" + _NAME + r")\s+(?:har\s+)?"
                 r"(?:slutat|lämnat|gått\s+i\s+pension)\b"
                 # the side without its seat in the body that met: "Primärvården saknar representant sedan Henrik
                 # Alm slutade i augusti"
                 # (a place alone for its kommun: "Olofström saknar representant sedan …"; the body whose seat it is
                 # after "i": "… saknar representant i Samverkansgrupp X sedan …")
                 r"|^(?:[A-ZÅÄÖ][a-zåäö]+(?:vården|hälsan|tjänsten|omsorgen)|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|Regionen|[A-ZÅÄÖ][a-zåäö]+)"
                 r"\s+(?:saknar|har\s+saknat)\s+(?:fortfarande\s+)?"
                 r"(?:representant|företrädare|ledamot)\b(?:\s+i\s+(?P<group2>[A-ZÅÄÖ][^.;,]*?)(?=\s+sedan\b))?[^.;]*?\bsedan\s+(?P<old2>" + _NAME + r")\s+(?:har\s+)?"
                 r"(?:slutade|slutat|lämnade|lämnat|gick\s+i\s+pension)\b"
                 # the seat told empty since its holder left: "Kvarnsjös andra plats i nätverket står vakant sedan Hanna
                 # Ström slutade i oktober"
                 # (its owner a huvudman in the genitive: "Region Ekbys plats för beroendevården", "Åby kommuns plats";
                 # the seat's kind in the word for it: "Ersättarplatsen för Ekby kommun är vakant sedan …")
                 r"|^(?:(?:Region\s+[A-ZÅÄÖ][\wåäö-]*s|[A-ZÅÄÖ][\wåäö-]*\s+kommuns|[A-ZÅÄÖ][\wåäö-]*s)\s+(?:[a-zåäö]+\s+)?)?"
                 r"(?:[A-ZÅÄÖ][a-zåäö]+)?[Pp]lats(?:en)?\b(?:\s+för\s+[^.;,]+?)?"
                 r"(?:\s+i\s+(?P<group3>[a-zåäö]*(?:gruppen|nätverket|rådet|teamet)|[A-ZÅÄÖ][^.;,]*?))?"
                 r"\s+(?:står|är|har\s+stått|har\s+varit)\s+(?:tom|vakant|obesatt)\s+sedan\s+(?P<old3>" + _NAME + r")\s+(?:har\s+)?"
                 r"(?:slutade|slutat|lämnade|lämnat|gick\s+i\s+pension)\b"
                 # the empty seat as a noun phrase under a roster: "Vakant plats för Granviks kommun sedan Lars Hultin
                 # slutade i april"
                 r"|^(?:[Vv]akant|[Oo]besatt|[Tt]om)\s+plats\b(?:\s+för\s+[^.;,]+?)?"
                 r"(?:\s+i\s+(?P<group4>[a-zåäö]*(?:gruppen|nätverket|rådet|teamet)|[A-ZÅÄÖ][^.;,]*?))?"
                 r"\s+sedan\s+(?P<old4>" + _NAME + r")\s+(?:har\s+)?(?:slutade|slutat|lämnade|lämnat|gick\s+i\s+pension)\b",
         examples=(_ex("Vakant plats för Ekby kommun sedan Elin Borg slutade i april.",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave")),
                   _ex("Kvarnsjös andra plats i nätverket står vakant sedan Elin Borg slutade i oktober.",
                       body="Nätverket för biståndshandläggare i Tallmo",
                       facts=(("membership", "Elin Borg", "Nätverket för biståndshandläggare i Tallmo", "leave"),)),
                   _ex("Platsen för Ekby kommun är vakant sedan Elin Borg gick i pension.",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave")),
                   _ex("Region Ekbys plats för beroendevården har varit vakant sedan Elin Borg slutade vid årsskiftet.",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave")),
                   _ex("Åby kommuns plats i gruppen har stått tom sedan Per Lind slutade i mars.",
                       ("membership", "Per Lind", "Samverkansgrupp äldre", "leave")),
                   _ex("Ersättarplatsen för Ekby kommun är vakant sedan Elin Borg slutade i april.",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave")),
                   _ex("Gruppen saknar representant från Ekby kommun sedan Elin Borg slutat.",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave")),
                   _ex("Styrgrupp Barnahus saknar ordförande sedan Per Lind har gått i pension.",
                       ("membership", "Per Lind", "Styrgrupp Barnahus", "leave")),
                   _ex("Primärvården saknar representant sedan Henrik Alm slutade i augusti.",
                       ("membership", "Henrik Alm", "Samverkansgrupp äldre", "leave")),
                   _ex("Ekby saknar representant sedan Henrik Alm slutade; Ledningsgrupp Norrby har bett Ekby kommun återkomma.",
                       ("membership", "Henrik Alm", "Samverkansgrupp äldre", "leave")),
                   _ex("Ekby kommun saknar representant i Styrgrupp Barnahus sedan Henrik Alm slutade vid årsskiftet.",
                       ("membership", "Henrik Alm", "Styrgrupp Barnahus", "leave"), body="Ledningsgrupp Norrby")),
         counter_examples=("Gruppen saknar statistik sedan i våras.", "Gruppen har träffats två gånger sedan Per Lind slutat.")),
    # a leaving told in other words: "X kommer inte längre att delta i G", "X deltar inte längre i G", "X är inte
    # längre representant för Åby kommun i G", "X har avslutat sitt uppdrag i G", "Gruppen tackade X som slutar"
    Rule("leaves_in_other_words", "membership", change="leave",
         triggers=("inte längre", "inte fortsättningsvis", "avslutat sitt uppdrag", "avslutar sitt uppdrag",
                   "som slutar", "som lämnar", "avtackades", "avtackas", "lämna sitt uppdrag"),
         # (told by the side whose seat it was: "Föreningen har meddelat att X inte längre företräder den i rådet")
         pattern=r"^(?:[A-ZÅÄÖ][^.;]{2,80}?\s+(?:har\s+)?(?:meddelat|meddelar|meddelade|informerat)\s+att\s+)?"
                 r"(?P<old>" + _NAME + r")(?:,[^,]{2,60},)?\s+(?:kommer\s+(?:inte\s+längre|inte\s+fortsättningsvis)\s+(?:att\s+)?delta|"
                 r"deltar\s+inte\s+längre|är\s+inte\s+längre\s+(?:med|ledamot|representant|ersättare)(?:\s+(?:för|från)\s+[^.;]+?)?|"
                 r"inte\s+(?:längre|fortsättningsvis)\s+(?:företräder|representerar)(?:\s+[^.;]+?)??)"
                 r"(?:\s+i\s+(?P<group>[^.;,]+?))?(?:\s+(?:efter|från|sedan|då|eftersom)\b.*)?$"
                 # ("X har bett att få lämna sitt uppdrag i G": the leaving asked for, and granted by the telling)
                 r"|^(?P<old2>" + _NAME + r")(?:,[^,]{2,60},)?\s+(?:har\s+)?(?:avslut(?:at|ar)|(?:bett|begärt|önskar|vill)\s+"
                 r"(?:att\s+)?(?:få\s+)?lämna)\s+sitt\s+uppdrag(?:\s+som\s+(?P<role>[a-zåäö]+))?"
                 r"(?:\s+i\s+(?P<group2>[^.;,]+?))?(?:\s+(?:efter|från|sedan|då|eftersom|vid)\b.*)?$"
                 r"|^(?:[A-ZÅÄÖ][\wåäö-]*\s+)?(?:tackade|tackar)\s+(?P<old3>" + _NAME + r")\s+som\s+(?:nu\s+)?(?:slutar|lämnar)"
                 r"(?:\s+(?:gruppen|[\wåäö-]*(?:gruppen|rådet|teamet|nätverket)))?(?:\s+(?:efter|i|vid|och)\b[^.;]*?)?"
                 r"(?:\s+i\s+(?P<group3>[a-zåäö-]*(?:gruppen|rådet|teamet|nätverket)))?$"
                 r"|^(?P<old4>" + _NAME + r")\s+avtackade?s\b(?:\s+(?:från|ur)\s+(?P<group4>[^.;,]+?))?(?:\s+(?:efter|för|som|då)\b.*)?$",
         examples=(_ex("Elin Borg kommer inte längre att delta i Styrgrupp Barnahus.",
                       ("membership", "Elin Borg", "Styrgrupp Barnahus", "leave"), roster=_ROSTER),
                   _ex("Elin Borg har avslutat sitt uppdrag i gruppen.",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"), roster=_ROSTER),
                   # a surname with its particles
                   _ex("Eva van der Berg har avslutat sitt uppdrag i gruppen.",
                       ("membership", "Eva van der Berg", "Samverkansgrupp äldre", "leave"),
                       roster=("Eva van der Berg", "Per Ek")),
                   _ex("Elin Borg har bett att få lämna sitt uppdrag i Styrgrupp Barnahus eftersom hon blir ordförande i "
                       "en annan grupp.", ("membership", "Elin Borg", "Styrgrupp Barnahus", "leave"), roster=_ROSTER),
                   _ex("Gruppen tackade Elin Borg som slutar efter fem år i gruppen.",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"), roster=_ROSTER),
                   # the side whose seat it was tells it: "X har meddelat att NN inte längre företräder föreningen i rådet"
                   _ex("Synskadades förening i Åby har meddelat att Gösta Pihl inte längre företräder föreningen i rådet.",
                       ("membership", "Gösta Pihl", "Tillgänglighetsrådet", "leave"), body="Tillgänglighetsrådet")),
         counter_examples=("Elin Borg kommer inte att delta i utbildningen.", "Gruppen tackade Elin Borg för presentationen.")),
    # a successor: "Y efterträder X i G", "X:s plats i G tas över av Y", "Från och med nästa möte deltar Y i stället för X"
    Rule("succeeds", "membership", change="replace",
         triggers=("efterträder", "efterträdde", "efterträtt", "tas över av", "togs över av", "i stället för", "istället för",
                   "och ersätter", ", ersätter"),
         # ("Y är ny representant för Ekby och efterträder X, som har gått i pension": the new seat told first,
         # why X left after a comma; "… och ersätter X som har gått i pension" the same in other words)
         # ("Y går in som ny representant för Ekby och efterträder X": the seat taken told as a step)
         # ("PL ny repr för Åby kn, ersätter X": the same typed in a hurry, by initials, the verb left out)
         pattern=r"^(?P<new>" + _NAME + r"|[A-ZÅÄÖ]{2,4})(?:,[^,]{2,60},)?\s+(?:(?:(?:är|går\s+in\s+som|gick\s+in\s+som)\s+)?"
                 r"(?:ny|nytt)\s+(?:representant|repr\.?|ledamot|ersättare)"
                 r"(?:\s+för\s+[^,.;]+?)?(?:\s+och|,)\s+)?(?:efterträder|efterträdde|(?<=\boch\s)ersätter|(?<=,\s)ersätter|har\s+(?:(?:från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?)\s+[^,.;]{2,30}?\s+)?efterträtt)\s+(?P<old>" + _NAME + r")"
                 r"(?:\s+som\s+(?P<role>[a-zåäö]+)(?:\s+(?:för|från)\s+[^.;,]+?)?)?(?:\s+i\s+(?P<group>[^.;,]+?))?(?:\s+(?:från|efter|vid)\b.*)?"
                 # (why the one replaced left, with or without its comma: "… X som har gått i pension")
                 r"(?:,\s+som\s+[^.;]+|\s+som\s+(?:har\s+|hade\s+)?(?:gått|slutat|lämnat|fått|bytt|avslutat)\b[^.;]*)?$"
                 r"|^(?P<old2>" + _NAME + r"):?s\s+(?:plats|uppdrag|roll)\s+i\s+(?P<group2>[^.;,]+?)\s+(?:tas|togs|har\s+tagits)\s+över\s+av\s+"
                 r"(?P<new2>" + _NAME + r")(?:\s+(?:från|efter|vid)\b.*)?$"
                 # "Från Karlshamn deltar fortsättningsvis Y i stället för X, som har fått ny tjänst": the side
                 # whose seat it is before the verb, a why after the one replaced
                 r"|^(?:(?:[Ff]rån\s+och\s+med\s+[^,.;]{2,40}?|[Ff]rån\s+[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun)?|"
                 r"[Ff]ör\s+[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun)?)\s+)?deltar\s+(?:(?:fortsättningsvis|hädanefter|framöver|numera)\s+)?"
                 r"(?P<new3>" + _NAME + r")(?:\s+i\s+(?P<group3>[^.;,]+?))?\s+"
                 r"i\s*stället\s+för\s+(?P<old3>" + _NAME + r")(?:,\s+som\s+[^.;]+)?\s*$"
                 # the side's seat in the passive: "Fr.o.m. januari representeras Ekby av Y i stället för X, som byter
                 # tjänst", "Regionen representeras i gruppen från och med mars av Y i stället för X"
                 r"|^(?:(?:[Ff]r\.?\s?o\.?\s?m\.?|[Ff]rån\s+och\s+med|[Ff]rån)\s+[^,.;]{2,40}?,?\s+)?"
                 r"(?:" + _SIDE + r"\s+representeras|representeras\s+" + _SIDE + r")"
                 r"(?:\s+i\s+(?P<group4>[^.;,]+?))?(?:\s+(?:fr\.?\s?o\.?\s?m\.?|från(?:\s+och\s+med)?)\s+[^,.;]{2,30}?)?\s+"
                 r"av\s+(?P<new4>" + _NAME + r")\s+i\s*stället\s+för\s+(?P<old4>" + _NAME + r")(?:,\s+som\s+[^.;]+)?\s*$"
                 # the duty told first, from when, then whom it passes from: "Y är sammankallande från 1 mars och
                 # efterträder då X"
                 r"|^(?P<new6>" + _NAME + r")\s+är\s+(?:ny\s+)?(?P<role6>sammankallande|ordförande|vice\s+ordförande|"
                 r"sekreterare|samordnare)(?:\s+(?:från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?)\s+[^,.;]{2,30}?)?\s+och\s+"
                 r"efterträder\s+(?:då\s+|därmed\s+)?(?P<old6>" + _NAME + r")(?:,\s+som\s+[^.;]+)?\s*$"
                 # the seat in another body, from when, the one replaced after a comma: "ES ingår från januari i
                 # referensgruppen för upphandling av sängar, i stället för OH" (by name or the roster's initials)
                 r"|^(?P<new5>" + _NAME + r"|[A-ZÅÄÖ]{2,4})\s+(?:ingår|sitter|deltar)\s+"
                 r"(?:(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från)\s+[^,.;]{2,30}?\s+)?i\s+(?!(?:dagens\s+)?(?:mötet?|sammanträdet)\b)(?P<group5>[^.;,]+?),?\s+"
                 r"i\s*stället\s+för\s+(?P<old5>" + _NAME + r"|[A-ZÅÄÖ]{2,4})(?:,\s+som\s+[^.;]+)?\s*$",
         examples=(# the duty and from when first, the one succeeded after "och efterträder då"
                   _ex("Elin Borg är sammankallande från 1 mars 2028 och efterträder då Mattias Öhrn.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "leave"))),
                   _ex("Sanna Pirinen är ny representant för Ekby kommun och efterträder Elin Borg, som har gått vidare till "
                       "en tjänst i Åby.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("SP ny repr för Ekby kn, ersätter Elin Borg.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Sanna Pirinen är ny representant för Region Ekby och ersätter Elin Borg som har gått i pension.",
                       roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Sanna Pirinen går in som ny representant för Ekby kommun och efterträder Elin Borg, som har gått "
                       "i pension.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   # (when, between "har" and "efterträtt": "Y har från 1 februari efterträtt X som ordförande")
                   _ex("Sanna Pirinen har från 1 februari efterträtt Elin Borg som ordförande.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Sanna Pirinen efterträder Elin Borg i Styrgrupp Barnahus.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Styrgrupp Barnahus", "replace"),
                              ("membership", "Elin Borg", "Styrgrupp Barnahus", "leave"))),
                   _ex("Elin Borgs plats i gruppen tas över av Sanna Pirinen.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Från och med nästa möte deltar Sanna Pirinen i stället för Elin Borg.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),)),
                   _ex("Från Ekby deltar fortsättningsvis Sanna Pirinen i stället för Elin Borg, som har fått ny tjänst.",
                       roster=_ROSTER, facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Fr.o.m. januari representeras Ekby av Sanna Pirinen i stället för Elin Borg, som byter tjänst.",
                       roster=_ROSTER, facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Regionen representeras i Styrgrupp Barnahus från och med mars av Sanna Pirinen i stället för Elin Borg.",
                       roster=_ROSTER, facts=(("membership", "Sanna Pirinen", "Styrgrupp Barnahus", "replace"),
                                              ("membership", "Elin Borg", "Styrgrupp Barnahus", "leave"))),
                   _ex("SP ingår från januari i referensgruppen för upphandling av sängar, i stället för EB.",
                       roster=_ROSTER, facts=(("membership", "Sanna Pirinen", "referensgruppen för upphandling av sängar", "replace"),
                                              ("membership", "Elin Borg", "referensgruppen för upphandling av sängar", "leave")))),
         counter_examples=("Rutinen efterträder den gamla rutinen.", "Ansvaret tas över av kommunen.",
                           "Kommunen representeras av Sanna Pirinen i stället för Elin Borg vid dagens möte.")),
    # a seat entered after the one who held it: "Anders Hjort (L) inträder som ordinarie ledamot efter Gunnel Fors för
    # återstoden av mandatperioden", "Patrik inträder i samverkansgruppen efter Ingrid Wall, som gått i pension"
    # (the newcomer may be told by the given name the roster or the sentence before names in full)
    Rule("enters_after", "membership", change="replace", exclusive=False,
         triggers=("inträder", "träder in"),
         pattern=r"^(?P<new>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+" + PARTICLES_BEFORE + r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})" + _PARTY +
                 r"(?:,[^,]{2,60},)?\s+(?:inträder|träder\s+in)\s+"
                 r"(?:som\s+(?:ny\s+|ordinarie\s+)?(?P<role>ledamot|ersättare|representant|ordförande|sammankallande)\s+)?"
                 r"(?:(?:för\s+[^.;,]+?\s+)?i\s+(?P<group>[^.;,]+?)\s+)?"
                 r"efter\s+(?P<old>" + _NAME + r")" + _PARTY + r"(?:[\s,]+(?:för|från|fr\.|fr\.o\.m\.|som|vid|den)\b[^;]*)?\.?$",
         examples=(_ex("Anders Holm (L) inträder som ordinarie ledamot efter Gunnel Fors för återstoden av mandatperioden.",
                       body="Politiskt samråd Österland",
                       facts=(("membership", "Anders Holm", "Politiskt samråd Österland", "replace"),
                              ("membership", "Gunnel Fors", "Politiskt samråd Österland", "leave"))),
                   _ex("Sanna inträder i samverkansgruppen efter Karin Nyqvist, som gått i pension.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Karin Nyqvist", "Samverkansgrupp äldre", "leave"))),
                   _ex("Elsa Grahn (S) inträder som ordinarie ledamot i Styrgrupp Barnahus efter Bengt Ragnarsson från "
                       "och med den 1 december 2026.",
                       facts=(("membership", "Elsa Grahn", "Styrgrupp Barnahus", "replace"),
                              ("membership", "Bengt Ragnarsson", "Styrgrupp Barnahus", "leave"))),
                   # no seat named: the one the predecessor was told to leave the sentence before
                   _ex("Bengt Ragnarsson har avsagt sig sitt uppdrag i Styrgrupp Barnahus. Elsa Grahn inträder som "
                       "ordinarie ledamot efter Bengt Ragnarsson från och med den 1 december.", body="Politiskt samråd Österland",
                       facts=(("membership", "Elsa Grahn", "Styrgrupp Barnahus", "replace"),))),
         counter_examples=("Den nya taxan inträder efter årsskiftet.",
                           "Avtalet träder in efter Karin Nyqvists underskrift.")),
    # a duty two hold together: "Sara Lind och Mikael Ås delar på uppdraget som sammankallande från januari" (a seat
    # each; decided, a task each too)
    Rule("share_duty", "membership", change="join", triggers=("delar på uppdraget", "delar på rollen", "delar på ordförandeskapet",
                                                              "delar uppdraget", "delar rollen", "delar ordförandeskapet"),
         handler="_ms_share_duty",
         examples=(_ex("Sanna Pirinen och Elin Borg delar på uppdraget som sammankallande från januari 2026.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "join"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "join"))),
                   _ex("Sanna Pirinen och Elin Borg delar på uppdraget som sammankallande från januari 2026", roster=_ROSTER,
                       decision=True, facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "join"),
                                             ("assignment", ["Sanna Pirinen", "Elin Borg"], "vara sammankallande"))),
                   _ex("Elin Borg och Tobias Fagerlund delar på ordförandeskapet i Arbetsgrupp SIP under 2026.", roster=_ROSTER,
                       facts=(("membership", "Tobias Fagerlund", "Arbetsgrupp SIP", "join"),))),
         counter_examples=("Kommunerna delar på kostnaden för utbildningen.",)),
    # the chair handed on by the one who holds it: "Maria Ek lämnar över ordförandeskapet till Fatima Said från och med
    # 1 januari" (the one named last takes the seat, the first leaves it; a seat, no task)
    Rule("hands_over_chair", "membership", change="replace", narrative_only=True,
         triggers=("över ordförande", "lämnar ordförande", "lämnade ordförande", "över uppdraget som", "över rollen som",
                   "överlämnar uppdraget som", "överlämnade uppdraget som"),
         handler="_ms_hands_over_chair",
         examples=(_ex("Sanna Pirinen lämnar över ordförandeskapet till Elin Borg från och med den 1 januari 2026.",
                       roster=_ROSTER, facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "replace"),
                                              ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "leave"))),
                   _ex("Elin Borg lämnar över ordförandeskapet till Tobias Fagerlund vid årsskiftet, enligt den "
                       "överenskomna växlingen mellan region och kommun.", roster=_ROSTER,
                       facts=(("membership", "Tobias Fagerlund", "Samverkansgrupp äldre", "replace"),)),
                   _ex("Sanna Pirinen överlämnar uppdraget som sammankallande i Arbetsgrupp SIP till Elin Borg.",
                       roster=_ROSTER, facts=(("membership", "Elin Borg", "Arbetsgrupp SIP", "replace"),
                                              ("membership", "Sanna Pirinen", "Arbetsgrupp SIP", "leave")))),
         counter_examples=("Regionen lämnar över ordförandeskapet till kommunerna från 2026.",
                           "Frågan om vem som tar över ordförandeskapet tas upp i juni.")),
    # the chair taken over from a day, whom from left untold: "Leila Haddad (S) tar över ordförandeskapet från och med
    # den 1 maj 2026" (the chair of the body that met, or of the body named after "i")
    Rule("takes_over_chair", "membership", change="join", role="ordförande", narrative_only=True,
         triggers=("ordförandeskapet", "ordförandeposten", "ordförandeuppdraget"),
         handler="_ms_takes_over_chair",
         examples=(_ex("Leila Haddad (S) tar över ordförandeskapet från och med den 1 maj 2026.", body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Leila Haddad", "Socialnämnden, Åby kommun", "join"),)),
                   _ex("Tor Berg, Åby kommun, tar över ordförandeskapet i Styrgrupp Äldre från och med 1 juli.",
                       ("membership", "Tor Berg", "Styrgrupp Äldre", "join")),
                   _ex("Anneli Kask övertar ordförandeposten vid årsskiftet.", body="Arbetsgrupp SIP",
                       facts=(("membership", "Anneli Kask", "Arbetsgrupp SIP", "join"),))),
         counter_examples=("Frågan om vem som tar över ordförandeskapet tas upp i juni.",
                           "Regionen tar över ordförandeskapet från och med 1 juli.")),
    # a duty decided kept: "Hampus fortsätter som sammankallande hela 2027 (beslut)", "Beslut: Rasmus fortsätter som
    # sekreterare" (told in passing, no decision, it is none)
    Rule("goes_on_as_duty", "assignment", triggers=("fortsätter som",), decision_only=True, exclusive=False,
         handler="_goes_on_as",
         examples=(_ex("Hampus fortsätter som sammankallande hela 2027", decision=True,
                       roster=("Hampus Lindell", "Karin Berg"),
                       facts=(("assignment", ["Hampus Lindell"], "vara sammankallande hela 2027"),)),
                   _ex("Rasmus Holm fortsätter som sekreterare även efter att Mona slutat.", decision=True,
                       facts=(("assignment", ["Rasmus Holm"], "vara sekreterare"),))),
         counter_examples=("Eva Ek fortsätter som ledamot i gruppen.", "Arbetet fortsätter som tidigare.")),
    Rule("took_over_after", "membership", change="replace", triggers=("tagit över", "tar över", "tog över", " över som ",
                                                                      " över efter "),
         handler="_ms_took_over_after",
         examples=(# the time fronted, the taker-over after the verb; the body that met by its kind in the genitive
                   _ex("Från och med nästa möte tar SP över som gruppens sekreterare efter EB.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"))),
                   _ex("Efter årsskiftet tar Lena Ek över efter Per Holm som sammankallande.", roster=("Lena Ek", "Per Holm"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Holm", "Samverkansgrupp äldre", "leave"))),
_ex("Rapporten kommer från Lokal arbetsgrupp Tallvik. Karin Ek har tagit över som sammankallande "
                       "i arbetsgruppen efter Jonas Berg.",
                       ("membership", "Karin Ek", "Lokal arbetsgrupp Tallvik", "replace"),
                       ("membership", "Jonas Berg", "Lokal arbetsgrupp Tallvik", "leave")),
                   # a body named by its kind and what it is for, in lower case
                   _ex("Karin Ek tar över som sammankallande i nätverket för elevhälsans medicinska insats efter Jonas Berg.",
                       ("membership", "Karin Ek", "Nätverket för elevhälsans medicinska insats", "replace"),
                       ("membership", "Jonas Berg", "Nätverket för elevhälsans medicinska insats", "leave")),
                   # no body named: the seat is in the body that met
                   # whom first, the seat after
                   _ex("Lena Ek tar över efter Per Holm som representant för Åby kommun.", roster=("Lena Ek", "Per Holm"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Holm", "Samverkansgrupp äldre", "leave"))),
                   # whose seat before the role, what it stands for after it
                   _ex("Lena Ek tar över som kommunens representant för hälso- och sjukvården efter Per Holm som gått i "
                       "pension.", roster=("Lena Ek", "Per Holm"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Holm", "Samverkansgrupp äldre", "leave"))),
                   # whom from not told: a seat taken in the body that met
                   _ex("Lena Ek har tagit över som sekreterare i gruppen.",
                       ("membership", "Lena Ek", "Samverkansgrupp äldre", "join")),
                   # … told by another after a lead-in: the seat taken all the same
                   _ex("Per Holm meddelade också att Lena Ek tar över som vice ordförande i rådet efter sommaren.",
                       roster=("Per Holm", "Lena Ek"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "join"),)),
                   # … and a duty the body hands on now, whom from not told: a task of the one who takes it
                   _ex("Lena Ek tar över som sammankallande från och med 1 juni och fram till årsskiftet.",
                       roster=("Lena Ek", "Per Holm"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "join"),
                              ("assignment", ["Lena Ek"], "vara sammankallande"))),
                   _ex("Lena Ek tar över som sammankallande efter Per Holm.", roster=("Lena Ek", "Per Holm"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Holm", "Samverkansgrupp äldre", "leave"),
                              ("assignment", ["Lena Ek"], "vara sammankallande"))),
                   # the day it starts fronted with "Från" alone, why the other leaves after a comma
                   _ex("Från 1 april tar Lena Ek över som sammankallande efter Per Holm, som går i pension i maj.",
                       roster=("Lena Ek", "Per Holm"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("assignment", ["Lena Ek"], "vara sammankallande"))),
                   # the deputy convenor's duty, handed on as the convenor's is
                   _ex("Lena Ek tar över som vice sammankallande efter Per Holm, som är kvar som ledamot.",
                       roster=("Lena Ek", "Per Holm"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("assignment", ["Lena Ek"], "vara vice sammankallande"))),
                   # hurried notes: initials, the month it starts after "fr o m"
                   _ex("MB tar över som sammankallande efter AL fr o m jan.",
                       roster=("Mats Berg (MB)", "Anna Lund (AL)"),
                       facts=(("membership", "Mats Berg", "Samverkansgrupp äldre", "replace"),
                              ("assignment", ["Mats Berg"], "vara sammankallande"))),
                   # the vice convener's function by given names, the one before it staying a member
                   _ex("Elin tar över som vice sammankallande efter Sanna, som kliver av den rollen men är kvar som ledamot.",
                       roster=_ROSTER, facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "replace"),
                                              ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "leave"))),
                   # the one replaced named in the sentence before, "efter honom" after it
                   _ex("Per Holm lämnar gruppen vid årsskiftet. Lena Ek tar över som kassör efter honom.",
                       roster=("Lena Ek", "Per Holm"),
                       facts=(("membership", "Lena Ek", "Samverkansgrupp äldre", "replace"),
                              ("membership", "Per Holm", "Samverkansgrupp äldre", "leave")))),
         counter_examples=("Karin Ek har tagit över ansvaret för rutinen efter Jonas Berg.",
                           "Karin Ek tar över som projektledare efter Jonas Berg.")),
    # a stand-in for a member away for a time: "Ahmed deltar i nätverket i Lena Öhrns ställe under hennes
    # föräldraledighet" (the one away keeps the seat)
    # a huvudman sending a new member in place of one who leaves: "Granvik skickar Aron Lind, ssk, i stället från
    # december", "Kommunen utser Eva Ek i stället" (the seat in the body that met)
    Rule("side_sends_instead", "membership", change="replace", triggers=("i stället",),
         pattern=r"^(?:[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun)?|Region\s+[A-ZÅÄÖ][\wåäö-]+|[Kk]ommunen|[Rr]egionen)\s+"
                 r"(?:skickar|utser|skickar\s+in|har\s+utsett|nominerar)\s+(?:[a-zåäö][\wåäö-]+\s+)?(?P<who>" + _NAME + r")"
                 r"(?:,\s+[^.;,]{2,60},)?\s+i\s+stället(?:\s+(?:från|fr\.?\s?o\.?\s?m\.?|efter|till)\b[^.;]*)?\.?$",
         examples=(_ex("Granvik skickar Aron Lind, ssk hemsjukvård Granvik, i stället från december.",
                       ("membership", "Aron Lind", "Samverkansgrupp äldre", "replace")),
                   _ex("Kommunen utser enhetschef Eva Ek i stället.",
                       ("membership", "Eva Ek", "Samverkansgrupp äldre", "replace"))),
         counter_examples=("Granvik skickar underlaget i stället från december.",
                           "Per Ek skickar Eva Ek i stället.")),
    # a newcomer told by the seat first: "Ny från kommunens biståndsenhet blir Felicia Oja från november",
    # "Ny i gruppen blir Per Ek"
    Rule("new_one_becomes", "membership", change="join", triggers=("ny ", "nya "),
         pattern=r"^(?:Ny|Nya)\s+(?:(?:i|från|för)\s+[^.;,]{2,60}?\s+)?(?:blir|är)\s+(?:[a-zåäö][\wåäö-]+\s+)?(?P<who>" + _NAME + r")"
                 r"(?:,\s+[^.;,]{2,60},?)?(?:\s+(?:från|fr\.?\s?o\.?\s?m\.?|efter|till)\b[^.;]*)?\.?$",
         examples=(_ex("Ny från kommunens biståndsenhet blir Felicia Oja från november.",
                       ("membership", "Felicia Oja", "Samverkansgrupp äldre", "join")),
                   _ex("Ny i gruppen blir Per Ek.", ("membership", "Per Ek", "Samverkansgrupp äldre", "join"))),
         counter_examples=("Ny rutin blir klar i november.", "Ny från och med januari blir taxan för trygghetslarm.")),
    Rule("in_place_of", "membership", change="replace", triggers=("ställe",),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?:deltar|sitter|ingår|är\s+med)\s+"
                 r"i\s+(?!(?:dagens\s+)?möte)(?P<group>[^,.;]+?)\s+i\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}?s\s+ställe\b",
         examples=(# told in a round of the table, after the huvudman whose turn it is
                   _ex("Mossby: Ahmed deltar i nätverket i Lena Öhrns ställe under hennes föräldraledighet fram till sommaren.",
                       ("membership", "Ahmed Karimi", "IFO-chefsnätverket", "replace"), body="IFO-chefsnätverket",
                       roster=("Ahmed Karimi, Mossby kommun",)),
                   _ex("Per Ek sitter i Styrgrupp Barnahus i Anna Lunds ställe till och med juni.",
                       ("membership", "Per Ek", "Styrgrupp Barnahus", "replace"))),
         counter_examples=("Per Ek deltar i mötet i stället för Anna Lund.", "Per Ek deltar i mötet i Anna Lunds ställe.",
                           "Anna Lund berättade att hon deltar i nätverket i sitt ställe.")),
    # a stand-in for a member away a while, who keeps the seat: "Jan Ek vikarierar för Björkås ordinarie ledamot Eva
    # Lund, som är tjänstledig", "Ulla Berg är vikarie för Per Ek i processteamet under hösten"
    Rule("stands_in_for", "membership", change="replace", triggers=("vikarierar för", "är vikarie för"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:,[^,]{2,60},)?\s+"
                 r"(?:vikarierar|är\s+vikarie|kommer\s+att\s+vikariera)\s+för\s+"
                 r"(?:(?:[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?s|Region\s+[A-ZÅÄÖ][\wåäö-]+s|kommunens|regionens)\s+)?(?:(?P<role>ordinarie\s+ledamot|ledamot|ersättare|"
                 r"representant|ordförande|sammankallande|sekreterare)\s+)?"
                 r"(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})"
                 r"(?:\s+i\s+(?!(?:dag|väntan)\b)(?P<group>[a-zåäö-]*(?:gruppen|teamet|rådet|nätverket)|[A-ZÅÄÖ][^,.;]+?)(?=\s+(?:under|från|till|fram|tills|i\s+väntan|som)\b|,|$))?",
         examples=(_ex("Jan Ek vikarierar för Åby kommuns ordinarie ledamot Eva Lund, som är tjänstledig hösten 2026.",
                       ("membership", "Jan Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Eva Lund", "Samverkansgrupp äldre", "member")),
                   _ex("Ulla Berg är vikarie för Per Ek i Styrgrupp Barnahus under hösten.",
                       ("membership", "Ulla Berg", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Per Ek", "Styrgrupp Barnahus", "member"))),
         counter_examples=("Jan Ek vikarierar för enhetschefen på Solgården.",)),
    # a stand-in for the time a member is on leave, the leave told first: "Under Eva Lunds föräldraledighet t.o.m. juni
    # ersätts hon av Jan Ek" (she keeps her seat)
    Rule("stands_in_during_leave", "membership", change="replace",
         triggers=("föräldraledighet", "tjänstledighet", "sjukskrivning", "studieledighet", "sjukledighet"),
         pattern=r"(?:^|:\s+)[Uu]nder\s+(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}?)(?::s|s)\s+"
                 r"(?:föräldra|tjänst|studie|sjuk)?(?:ledighet|sjukskrivning)"
                 r"(?:\s+(?:t\.\s?o\.\s?m\.?|till\s+och\s+med|fram\s+till|under)\s+[^,;.]*?(?:\.\s+[^,;.]*?)??)?,?\s+"
                 r"(?:ersätts|företräds)\s+(?:hon|han|hen)\s+"
                 r"(?:i\s+(?P<group>[a-zåäö-]*(?:gruppen|teamet|rådet|nätverket)|[A-ZÅÄÖ][^,.;]+?)\s+)?"
                 r"av\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})",
         examples=(_ex("Under Eva Lunds föräldraledighet t.o.m. juni ersätts hon av Jan Ek, enhetschef i Åby kommun.",
                       ("membership", "Jan Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Eva Lund", "Samverkansgrupp äldre", "member")),
                   _ex("Ordföranden informerade: under Karin Åbergs tjänstledighet ersätts hon i arbetsgruppen av Per Holm.",
                       ("membership", "Per Holm", "Arbetsgrupp SIP", "replace"),
                       ("membership", "Karin Åberg", "Arbetsgrupp SIP", "member"), body="Arbetsgrupp SIP")),
         counter_examples=("Under Eva Lunds föräldraledighet ersätts hon av en vikarie.",)),
    Rule("replaces_the_one_leaving", "membership", change="replace",
         triggers=("ersätter henne", "ersätter honom", "ersätts av", "efterträds av", "hans ställe", "hennes ställe",
                   "efterträda henne", "efterträda honom", "ersätter henne med", "ersätter honom med",
                   "hens ställe", "hans plats", "hennes plats", "hens plats", "tjänstgör för", "efterträder henne",
                   "efterträder honom", "skickar i stället", "skickar istället"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:,[^,]{2,60},)?\s+ersätter\s+(?:henne|honom|denne|denna)\b"
                 r"(?!\s+med\s+[A-ZÅÄÖ])"  # (one who fills the seat "med" another: the unit or huvudman, below)
                 # "… ersätter honom som representant för förvaltningen i krisledningsgruppen från och med …"
                 r"(?:\s+som\s+[^.;,]{2,80}?(?=\s+i\s))?"
                 # ("… och deltog redan i dag": the day, no body)
                 r"(?:\s+i\s+(?!(?:dag|morgon|år|kväll|höst|vår)\b)(?P<group>[^,.;]+?)(?=\s+(?:under|från|till|fram|tills|i\s+väntan)\b|,|$))?"
                 r"|^(?:Han|Hon|Hen)\s+(?:ersätts|efterträds)\s+av\s+(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
                 # "Elsa har frågat Joel Brandt, arbetsterapeut, som tar över hennes plats i gruppen": the successor in a
                 # relative clause
                 r"|\b(?P<who7>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:,[^,]{2,60})?,\s+som\s+"
                 r"(?:tar|tog|har\s+tagit|ska\s+ta|kommer\s+att\s+ta)\s+över\s+(?:hans|hennes|hens)\s+plats\b"
                 # "Kommunerna har rekryterat Oskar Wennerholm som efterträder henne i ledningsgruppen": the successor
                 # named as the object, the seat in a relative clause
                 r"|\b(?P<who9>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}),?\s+som\s+(?:efterträder|ersätter|"
                 r"ska\s+efterträda|ska\s+ersätta|kommer\s+att\s+efterträda)\s+(?:henne|honom|hen)\b"
                 # "Lindesund kommun ersätter henne med Linnea Dufva": the huvudman fills the seat of the one leaving
                 # (or the unit she came from, by its name and place: "Vårdcentralen Ekeby ersätter henne med …")
                 r"|^(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+|Regionen|Kommunen|"
                 r"[A-ZÅÄÖ][a-zåäö-]+(?:en|et)\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+)\s+"
                 # (her title before her name: "… ersätter honom med arbetsterapeut Sara Nordin")
                 r"(?:ersätter|ersatte)\s+(?:henne|honom|hen)\s+med\s+(?:[a-zåäö][\wåäö-]+\s+){0,2}?(?P<who8>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\b"
                 # "Vård- och omsorgsförvaltningen i Rödsvedja skickar i stället sjuksköterskan Malin Ek": the unit the
                 # one leaving came from sends another, her title before her name
                 r"|^(?:[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:och|i|för)\s+[\wåäöÅÄÖ-]+|\s+[\wåäöÅÄÖ-]+){0,5})\s+skickar\s+(?:i\s+stället|istället)\s+"
                 r"(?:[a-zåäö][\wåäö-]+\s+){0,2}(?P<who10>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\b"
                 # "Amanda Wiklund (S) utses att efterträda henne för återstoden av mandatperioden": appointed to the seat
                 r"|^(?:\d{1,2}[.)]\s+)?(?P<who6>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s+\([^()]{1,12}\))?\s+"
                 r"(?:utses|väljs|valdes|utsågs)\s+(?:till\s+)?att\s+efterträda\s+(?:henne|honom|hen|denne|denna)\b"
                 # "I hans ställe kommer Nora Vik, …, från april": the successor of the one just leaving
                 r"|^I\s+(?:hans|hennes|hens)\s+ställe\s+(?:kommer|går\s+in|träder\s+in|utses|utsågs|väljs|valdes)\s+"
                 r"(?P<who3>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\b"
                 # "Yasmin Karimi tar över hans plats i samverkansgruppen från och med augusti": the seat of the one leaving
                 r"|^(?P<who4>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:,[^,]{2,60},)?\s+(?:tar|tog|har\s+tagit)\s+"
                 r"över\s+(?:hans|hennes|hens)\s+plats\b"
                 # "A är föräldraledig under hösten; B tjänstgör för Ronneby under tiden": the huvudman's stand-in in the
                 # body that met, for the one on leave told just before
                 r"|^(?P<who5>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+tjänstgör\s+för\s+"
                 r"(?:[A-ZÅÄÖ][\wåäö-]+(?:\s+kommun)?|[Rr]egionen|[Kk]ommunen)\s+under\s+(?:tiden|ledigheten)\b",
         examples=(_ex("Saga Lind slutar i november. Elsa har frågat Joel Brandt, arbetsterapeut i hemsjukvården, som tar över "
                       "hennes plats i gruppen från 1 december.", ("membership", "Joel Brandt", "Samverkansgrupp äldre", "replace")),
                   _ex("Anna Holm lämnar gruppen efter årsskiftet. Tallviks kommun ersätter henne med Linnea Dufva, samordnare "
                       "för elevhälsan.", ("membership", "Linnea Dufva", "Samverkansgrupp äldre", "replace")),
                   _ex("Olle Berg har bett att få gå ur gruppen. Åby kommun ersätter honom med arbetsterapeut Lisa Ek "
                       "från 1 augusti.", ("membership", "Lisa Ek", "Samverkansgrupp äldre", "replace")),
                   _ex("Anna Holm lämnar uppdraget och därmed gruppen den 31 januari. Kommunerna har rekryterat Linnea "
                       "Dufva som efterträder henne i gruppen från 1 februari.",
                       ("membership", "Linnea Dufva", "Samverkansgrupp äldre", "replace")),
                   _ex("Anna Holm har gått i pension och lämnar gruppen. Vårdcentralen Tallvik ersätter henne med Linnea Dufva, "
                       "distriktssköterska, från och med november.",
                       ("membership", "Linnea Dufva", "Samverkansgrupp äldre", "replace")),
_ex("1. Leila Hosseini (S) befrias från uppdraget som ledamot i Lokala närvårdsrådet i Tallvik.\n"
                       "2. Amanda Wiklund (S) utses att efterträda henne för återstoden av mandatperioden.", decision=True,
                       body="Socialnämnden, Tallviks kommun",
                       facts=(("membership", "Amanda Wiklund", "Lokala närvårdsrådet i Tallvik", "replace"),)),
                   _ex("Per Nord slutar i Åby kommun efter sommaren. Yara Lind tar över hans plats i samverkansgruppen "
                       "från och med augusti.",
                       ("membership", "Per Nord", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Yara Lind", "Samverkansgrupp äldre", "replace")),
                   # the unit she came from sends another in her place
                   _ex("Eva Berg lämnar arbetsgruppen efter dagens möte. Vård- och omsorgsförvaltningen i Åby skickar i "
                       "stället sjuksköterskan Malin Ek från Björkhagens äldreboende.",
                       ("membership", "Eva Berg", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Malin Ek", "Samverkansgrupp äldre", "replace")),
                   _ex("Olle Sand lämnar gruppen efter detta möte. I hans ställe kommer Nora Vik, biträdande "
                       "elevhälsochef, från och med april.",
                       ("membership", "Olle Sand", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Nora Vik", "Samverkansgrupp äldre", "replace")),
                   # a stand-in for someone on leave, in the body named
                   _ex("Karin Berg är föräldraledig under hösten. Lena Sjöberg, socionom, ersätter henne i "
                       "arbetsgruppen under tiden.", body="Arbetsgrupp SIP",
                       facts=(("membership", "Lena Sjöberg", "Arbetsgrupp SIP", "replace"),)),_ex("Karin Berg lämnar gruppen efter sommaren. Jenny Qvist, vårdsamordnare, ersätter henne.",
                       ("membership", "Karin Berg", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Jenny Qvist", "Samverkansgrupp äldre", "replace")),
                   # a title before the name, the seat and the body after the pronoun
                   _ex("Pekka Ranta går på planerad ledighet. VA-chef Tove Ek ersätter honom som representant för "
                       "förvaltningen i Krisledningsgruppen från och med stabsmöte 4.",
                       ("membership", "Tove Ek", "Krisledningsgruppen", "replace"), roster=("Pekka Ranta",)),
                   _ex("Jonas Berg slutar i samverkansgruppen. Han ersätts av Amira Lind från den 1 mars.",
                       ("membership", "Amira Lind", "Samverkansgrupp äldre", "replace")),
                   # the day the newcomer already sat in is no body: the seat of the one leaving
                   _ex("Olle Brandt lämnar samverkansgruppen vid årsskiftet. Kim Sjödin ersätter honom som "
                       "Åbys representant från den 1 januari 2026 och deltog redan i dag.",
                       ("membership", "Olle Brandt", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Kim Sjödin", "Samverkansgrupp äldre", "replace")),
                   _ex("Elin Borg är föräldraledig under hösten; Sanna Pirinen tjänstgör för Åby under tiden.", roster=_ROSTER,
                       facts=(("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"),))),
         counter_examples=("Han ersätts av en konsult under våren.",
                           "Elin Borg är sjuk. Sanna Pirinen tjänstgör för Åby i dag.")),
    Rule("new_in_group", "membership", change="join", exclusive=False,
         triggers=("är ny i", "som är ny", "är nya i", "blir ny i"),
         pattern=r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?:som\s+)?(?:är|blir)\s+nya?\s+(?:ledamot\s+)?i\s+"
                 r"(?P<group>gruppen|[^,.;]+?)(?=\s+och\b|,|$)",
         examples=(_ex("EB hälsade välkommen, särskilt till SP som är ny i gruppen och företräder BUP.",
                       ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "join"), roster=_ROSTER),),
         counter_examples=("Metoden är ny i verksamheten.",)),
    Rule("new_representative", "membership", change="join",
         triggers=("ny representant", "ny ledamot", "ny ersättare", "nya representant", "ny företrädare", "ny ordförande",
                   "ny vice ordförande", "ny sammankallande", "ny sekreterare"),
         # ("Ny ordförande från 1 januari är Eva Ström": when, between the seat and who takes it)
         pattern=r"(?:^|,\s*|\b)(?:[Nn]y|[Nn]ya)\s+(?P<role>representant|ledamot|ersättare|företrädare|ordförande|vice\s+ordförande|"
                 r"sammankallande|sekreterare)(?:er)?\s+"
                 r"(?:(?:från|för)\s+(?!(?:den\s+)?\d|och\s+med|januari|nästa|årsskiftet)(?P<hm>[^.;,]+?)\s+)?(?:i\s+(?P<group>[^.;,]+?)\s+)?"
                 r"(?:(?:från|fr\.\s?o\.\s?m\.?|efter)\s+(?:och\s+med\s+)?[^.;,]{1,30}?\s+)?(?:är|blir)\s+"
                 r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})",
         examples=(_ex("Ny representant från Tallviks kommun är Nadia Berg på socialkontoret.",
                       ("membership", "Nadia Berg", "Samverkansgrupp äldre", "join")),
                   _ex("Ny ordförande från 1 januari är Nadia Berg.",
                       ("membership", "Nadia Berg", "Samverkansgrupp äldre", "join"))),
         counter_examples=("En ny representant från kommunen är ännu inte utsedd.", "Ny ordförande är ännu inte vald.")),
    # a seat taken told by joining or starting: "Eva Ström ansluter till gruppen som representant för Region X",
    # "Eva Ström börjar i gruppen i januari", "Eva Ström kommer att delta i gruppen framöver"
    Rule("joins_group", "membership", change="join", exclusive=False,
         triggers=("ansluter till", "anslutit till", "börjar i", "börjat i", "kommer att delta i", "kommer att ingå i",
                   "kommer att ansluta"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:,[^,]{2,60},)?\s+"
                 r"(?:ansluter\s+till|har\s+anslutit\s+till|börjar\s+i|har\s+börjat\s+i|"
                 r"kommer\s+(?:att\s+)?(?:ansluta\s+till|delta\s+i|ingå\s+i))\s+"
                 r"(?P<group>gruppen|[a-zåäö-]*(?:gruppen|rådet|nätverket|teamet|beredningen)|[A-ZÅÄÖ][^.;,]+?)"
                 r"(?:\s+som\s+(?P<role>representant|ledamot|ersättare)(?:\s+för\s+[^.;,]+?)?)?"
                 r"(?:\s+(?:framöver|fortsättningsvis|från|fr\.\s?o\.\s?m\.?|efter|i\s+(?:januari|februari|mars|april|maj|juni|juli|"
                 r"augusti|september|oktober|november|december))\b[^.;]*)?\.?$",
         examples=(_ex("Eva Ström ansluter till gruppen som representant för Region Norrby.",
                       ("membership", "Eva Ström", "Samverkansgrupp äldre", "join")),
                   _ex("Eva Ström börjar i Styrgrupp Barnahus i januari.",
                       ("membership", "Eva Ström", "Styrgrupp Barnahus", "join")),
                   _ex("Eva Ström kommer att delta i gruppen framöver.",
                       ("membership", "Eva Ström", "Samverkansgrupp äldre", "join"))),
         counter_examples=("Eva Ström börjar i ny tjänst i januari.", "Arbetet börjar i januari.",
                           "Eva Ström kommer att delta i utbildningen.")),
    # "Från Ekö kommun deltar fortsättningsvis Lisa Nord", "Lisa Nord deltar framöver för Ekö kommun",
    # "Johan Åkesson är ny kontaktperson för Tallnäs kommun": a seat taken from now on, on behalf of a huvudman
    # a newcomer told as an addition to the group: "har tillkommit som ny representant", "Gruppen har utökats med …, X",
    # "X kommer att delta i styrgruppen från och med …"
    Rule("joins_group", "membership", change="join",
         triggers=("tillkommit", "tillkommer", "tillträtt", "tillträder", "tillträdde", "utökats med", "kompletterats med",
                   "förstärkts med",
                   "kommer att delta i", "kommer att ingå i", "kommer delta i", "kommer ingå i", "att vara ordförande i",
                   "att vara sammankallande i", "att bli ordförande i"),
         pattern=r"^(?P<who>" + _NAME + r")(?:,[^,]{2,60},)?\s+(?:har\s+tillkommit|tillkommer|har\s+tillträtt|tillträder|tillträdde)\s+"
                 r"(?:i\s+(?P<group>[^.;,]+?)\s+)?"
                 r"som\s+(?:ny\s+)?(?:(?P<hmpos>(?:[Rr]egion\s+)?[A-ZÅÄÖ][\wåäö-]+s|kommunens|regionens)\s+)?(?:andra\s+|nya\s+)?"
                 r"(?P<role>representant|ledamot|ersättare|deltagare|medlem)"
                 r"(?:\s+(?:för|från)\s+(?P<hm>" + _HUVUDMAN + r"|[a-zåäö][\wåäö-]+(?:\s+[\wåäö-]+){0,2}"
                 r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:församling|stift|förening|föreningar))?))?"
                 r"(?:\s+i\s+(?P<group2>[^.;,]+?))?"
                 # the one whose seat it was: "… som ny representant för Ekby kommun efter Marie Dahl"
                 r"(?:\s+efter\s+(?P<prev>" + _NAME + r"))?(?:,[^.;]*)?"
                 r"(?:\s+(?:från\s+och\s+med|fr\.\s?o\.\s?m\.?)\s+[^.;,]+)?$"
                 r"|^(?P<group3>[A-ZÅÄÖ][^.;,]{2,60}?)\s+har\s+(?:utökats|kompletterats|förstärkts)\s+med\s+(?:en\s+|ytterligare\s+en\s+)?"
                 r"(?:ny\s+)?(?:representant|ledamot|deltagare|företrädare)\s+(?:från|för)\s+(?P<hm2>[^,.;]+?),\s*(?P<who2>" + _NAME + r")"
                 r"(?:,[^.;]*)?$"
                 # "Hans efterträdare som skolchef, Lisa Fors, kommer att delta i …": the successor named after her predecessor
                 r"|^(?:(?:[Hh]ans|[Hh]ennes|[Dd]ennes)\s+(?:efterträdare|ersättare)(?:\s+som\s+[a-zåäö][^,]{2,40})?,\s+)?"
                 r"(?P<who3>" + _NAME + r")(?:,[^,]{2,60},|,)?\s+kommer\s+(?:att\s+)?(?:delta|ingå)\s+i\s+"
                 r"(?P<group4>(?=[A-ZÅÄÖ]|[a-zåäö-]*(?:grupp|råd|nämnd|team|forum|beredning|utskott|styrelse|nätverk))[^.;,]+?)\s+"
                 r"(?:från\s+och\s+med|fr\.\s?o\.\s?m\.|från)\s+[^.;,]+$"
                 # a seat taken from a date: "Från och med januari kommer Kay Ek, BUP, att vara ordförande i rådet"
                 r"|^(?:(?:[Ff]rån\s+och\s+med|[Ff]r\.\s?o\.\s?m\.|[Ff]rån)\s+[^,.;]{2,30}?\s+kommer\s+(?P<who4>" + _NAME + r")"
                 r"(?:,[^,]{2,40},)?\s+att\s+(?:vara|bli)\s+(?P<role4>(?:vice\s+)?(?:ordförande|sammankallande|ledamot|ersättare))"
                 r"\s+i\s+(?P<group5>(?=[A-ZÅÄÖ]|[a-zåäö-]*(?:grupp|råd|nämnd|team|forum|beredning|utskott|styrelse|nätverk))[^.;,]+?))$",
         examples=(_ex("Omar Said har tillträtt som ny representant för Länsstyrelsen i Styrgrupp Barnahus.",
                       ("membership", "Omar Said", "Styrgrupp Barnahus", "join")),
                   # the predecessor named after "efter": her seat taken, his left
                   _ex("Sara Ek tillträder som ny representant för Åby kommun efter Per Lund.",
                       ("membership", "Sara Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Per Lund", "Samverkansgrupp äldre", "leave")),
                   _ex("Sara Ek tillträder som Region Norrbys andra representant efter Per Lund, som har lämnat gruppen.",
                       ("membership", "Sara Ek", "Samverkansgrupp äldre", "replace"),
                       ("membership", "Per Lund", "Samverkansgrupp äldre", "leave")),
                   # for an organisation other than a huvudman, from a time
                   _ex("Sara Ek tillträder som representant för Åby församling från och med detta möte.",
                       ("membership", "Sara Ek", "Samverkansgrupp äldre", "join")),
                   _ex("Sara Ek har tillkommit som ny representant för primärvården.",
                       ("membership", "Sara Ek", "Samverkansgrupp äldre", "join")),
                   _ex("Gruppen har utökats med en representant från primärvården, Sara Ek.",
                       ("membership", "Sara Ek", "Samverkansgrupp äldre", "join")),
                   _ex("Sara Ek kommer att delta i Styrgrupp Barnahus från och med nästa möte.",
                       ("membership", "Sara Ek", "Styrgrupp Barnahus", "join")),
                   _ex("Från och med januari 2026 kommer Sara Ek, BUP, att vara ordförande i Styrgrupp Barnahus.",
                       ("membership", "Sara Ek", "Styrgrupp Barnahus", "join")),
                   _ex("Bo Lind lämnar gruppen. Hans efterträdare som förvaltningschef, Sara Ek, kommer att delta i "
                       "Styrgrupp Barnahus från mars.", ("membership", "Sara Ek", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Sara Ek kommer att delta i utbildningen från och med hösten.",
                           "Kostnaden har tillkommit som en ny post i budgeten.")),
    Rule("takes_part_from_now", "membership", change="join",
         triggers=("fortsättningsvis", "framöver", "hädanefter", "ny kontaktperson", "nya kontaktperson",
                   "från och med i dag", "från och med idag", "från och med detta möte"),
         pattern=r"^(?P<who5>" + _NAME + r")(?:,[^,]{2,60},)?\s+(?:kommer\s+)?(?:fortsättningsvis|framöver|hädanefter)\s+(?:att\s+)?"
                 r"representera(?:r)?\s+(?P<hm5>" + _HUVUDMAN + r")\s+i\s+(?P<group6>[^.;,]+?)$|"
                 # "Per Ek deltar framöver även i styrgruppen": a seat from now on, no huvudman told
                 r"^(?P<who6>" + _NAME + r")(?:,[^,]{2,60},)?\s+deltar\s+(?:fortsättningsvis|framöver|hädanefter)\s+"
                 r"(?:även\s+|också\s+)?i\s+(?P<group7>[^.;,]+?)$|"
                 r"^(?:[Ff]rån|[Ff]ör)\s+(?P<hm>" + _HUVUDMAN + r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,2})\s+deltar\s+"
                 r"(?:fortsättningsvis|framöver|hädanefter)\s+(?P<who>" + _NAME + r")(?:,[^,.;]{2,80},)?(?:\s+i\s+(?P<group>[^.;,]+?))?(?:,[^.;]*)?$"
                 # ("… deltar från och med i dag för elevhälsan": a unit's seat, from this meeting on)
                 r"|^(?P<who2>" + _NAME + r")(?:,[^,]{2,60},)?\s+deltar\s+(?:fortsättningsvis|framöver|hädanefter|"
                 r"från\s+och\s+med\s+(?:i\s*dag|detta\s+möte))\s+"
                 r"(?:i\s+(?P<group2>[^.;,]+?)\s+)?(?:för|från)\s+(?P<hm2>" + _HUVUDMAN + r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,2}"
                 r"|[a-zåäö][\wåäö-]{2,40}(?:en|an|et))"
                 r"(?:\s+i\s+(?P<group3>[^.;,]+?))?(?:,[^.;]*)?$"
                 r"|^(?P<who3>" + _NAME + r")(?:,[^,]{2,60},)?\s+är\s+nya?\s+(?P<role>kontaktperson)\s+(?:för|från)\s+"
                 r"(?P<hm3>" + _HUVUDMAN + r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,2})(?:\s+i\s+(?P<group4>[^.;,]+?))?$"
                 # "… och Ludvig Arnesson är kommunens representant i projektgruppen från och med i dag": a seat from now
                 r"|(?:^|\boch\s+)(?P<who4>" + _NAME + r")(?:,[^,]{2,60},)?\s+är\s+(?:[a-zåäö]+ens|[A-ZÅÄÖ][\wåäö-]+s(?:\s+kommuns)?)\s+"
                 r"(?:representant|ledamot|ersättare)\s+(?:i\s+(?P<group5>[^.;,]+?)\s+)?från\s+och\s+med\s+(?:i\s*dag|detta\s+möte)$",
         examples=(_ex("Från Tallviks kommun deltar fortsättningsvis Lisa Nord.",
                       ("membership", "Lisa Nord", "Samverkansgrupp äldre", "join")),
                   _ex("Lisa Nord deltar från och med i dag för elevhälsan.",
                       ("membership", "Lisa Nord", "Samverkansgrupp äldre", "join")),
                   _ex("Lisa Nord kommer fortsättningsvis att representera Tallviks kommun i Styrgrupp Barnahus.",
                       ("membership", "Lisa Nord", "Styrgrupp Barnahus", "join")),
                   _ex("Lisa Nord deltar framöver även i Styrgrupp Barnahus.",
                       ("membership", "Lisa Nord", "Styrgrupp Barnahus", "join")),
                   _ex("Från Tallviks kommun deltar fortsättningsvis Lisa Nord, enhetschef för arbetsmarknadsenheten, i "
                       "Styrgrupp Barnahus.", ("membership", "Lisa Nord", "Styrgrupp Barnahus", "join")),
                   _ex("Lisa Nord, enhetschef, deltar framöver för Region Norrby i Styrgrupp Barnahus.",
                       ("membership", "Lisa Nord", "Styrgrupp Barnahus", "join")),
                   _ex("Johan Åkesson är ny kontaktperson för Tallviks kommun.",
                       ("membership", "Johan Åkesson", "Samverkansgrupp äldre", "join")),
                   _ex("Holmsunds kommun går in i piloten från januari och Ludvig Arne är kommunens representant i "
                       "projektgruppen från och med i dag.", body="Projektgruppen för mobilt närvårdsteam",
                       facts=(("membership", "Ludvig Arne", "Projektgruppen för mobilt närvårdsteam", "join"),))),
         counter_examples=("Från Tallviks kommun deltar fortsättningsvis två representanter.",
                           "Frågan följs upp framöver för Tallviks kommun.",
                           "Lisa Nord deltar framöver inte i gruppen.")),
    # "SK deltar från och med nu för att barnfrågorna ska få en plats i gruppen": a seat in the body that met from
    # this meeting on, by name or by the initials the roster gives, why after "för att"
    Rule("takes_part_from_now_on", "membership", change="join",
         triggers=("från och med nu", "fr.o.m. nu", "från och med i dag", "från och med idag", "från och med detta möte"),
         pattern=r"^(?P<who>" + _NAME + r"|[A-ZÅÄÖ]{2,3})\s+deltar\s+(?:i\s+(?P<group>gruppen|[A-ZÅÄÖ][^.;,]+?)\s+)?"
                 r"(?:från\s+och\s+med|fr\.\s?o\.\s?m\.)\s+(?:nu|i\s*dag|detta\s+möte)(?:\s+(?:för\s+att|eftersom)\b[^.;]*)?\.?$",
         examples=(_ex("MÖ deltar från och med nu för att barn- och ungdomsfrågorna ska få en plats i gruppen.",
                       ("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "join"), roster=_ROSTER),
                   _ex("Sanna Pirinen deltar från och med i dag.", ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "join"),
                       roster=_ROSTER)),
         counter_examples=("Rutinen gäller från och med nu.",)),
    # the seat told first, the body that elected after the verb: "Som ny ersättare har fullmäktige valt Amira Haddad (M)"
    Rule("elected_seat_first", "membership", change="join", narrative_only=True, exclusive=False,
         triggers=("som ny ", "som nya ", "till ny ", "till nya "),
         # (the side whose seat it is after the seat, the one chosen with her title after her name: "Till ny ledamot
         # för Åby kommun har kommunen utsett Eva Ek, avdelningschef, från och med 2027-04-01")
         pattern=r"^(?:Som|Till)\s+nya?\s+(?P<role>ersättare|ledamot|ordförande|vice\s+ordförande)(?:\s+i\s+(?P<group>[^.;,]+?))?"
                 r"(?:\s+för\s+" + _SIDE + r")?"
                 r"\s+(?:har|hade)\s+(?P<pre>[a-zåäö][\wåäö-]*|[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3}?)\s+"
                 r"(?:valt|utsett)\s+(?P<who>" + _NAME + r")" + _PARTY
                 + r"(?:,\s+[a-zåäö][^.;,()]{2,60}(?=,?\s+(?:från|fr\.|för|till|t\.)\s|\s*\.?\s*$))?" + _UNTIL + r"\s*$",
         examples=(_ex("Som ny ersättare har fullmäktige valt Amira Haddad (M).",
                       ("membership", "Amira Haddad", "Samverkansgrupp äldre", "join")),
                   _ex("Till ny ledamot i Styrgrupp Barnahus har kommunstyrelsen utsett Per Ek för tiden till 2026-12-31.",
                       ("membership", "Per Ek", "Styrgrupp Barnahus", "join")),
                   _ex("Till ny ledamot för Ekby kommun har kommunen utsett Eva Ström, avdelningschef individ- och "
                       "familjeomsorg, från och med 2027-04-01.", ("membership", "Eva Ström", "Samverkansgrupp äldre", "join"))),
         counter_examples=("Som ny ersättare har hon inte valts ännu.", "Som nytt förslag har gruppen valt Plan B.")),
    Rule("seat_change_reported", "membership", change="replace",
         triggers=("har utsett", "har valt", "hade utsett", "hade valt", "entledigat", "befriat", "utsett ", "valt "),
         # (not two seats filled, each with its own: "har utsett A till ny ledamot och B till ersättare", read as a pair)
         pattern=r"^(?![^.;]*\btill\s+(?:nya?\s+)?(?:ordförande|ledamot|ersättare|representant)\b[^.;]*?\s+och\s+"
                 r"[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ][^.;]{0,40}?\s+till\s+(?:nya?\s+)?(?:ordförande|ledamot|ersättare|representant)\b)"
                 r"(?P<pre>[^.;]{2,80}?|[^.;]{2,160}?,\s+eftersom\s+[^.;]{2,60}?)\s+(?:nu\s+)?(?:har|hade)\s+(?:nu\s+)?(?:(?:den|i|under|vid)\s+[^.;]{0,40}?\s+)?(?:utsett|valt)\s+"
                 # a title before the name, in vården's words too: "överläkare Nora Lind", "barnmorskan Anna Kask"
                 r"(?:(?:[a-zåäö][a-zåäö-]*)?(?<![A-ZÅÄÖ])(?:chef|direktör|ledare|samordnare|strateg|läkare|sköterska|barnmorska|apotekare|"
                 r"kurator|psykolog|rektor)(?:n|en)?\s+)?(?P<who>[A-ZÅÄÖ][^.;]{2,120}?)\s+(?:till|som)\s+"
                 # "till ledamöter": one seat each of the people named
                 r"(?:nya?\s+|sina?\s+(?:nya\s+)?|andra\s+|ytterligare\s+)?(?:ordinarie\s+)?" + _ROLE.replace("ledamot|", "ledamot|ledamöter|")
                 + r"(?:er)?"
                 # "… till sina representanter i enlighet med RLG:s beslut": how, not where
                 + r"(?:\s+(?:i|för|vid)\s+(?!enlighet\b)(?P<group>[^.;,]+?))??(?:\s+i\s+enlighet\s+med\s+[^.;]+?)?(?:\s+(?:efter|i\s+stället\s+för)\s+(?P<prev>[A-ZÅÄÖ][^.;,]+?))?"
                 # "… efter att platsen stått vakant sedan i maj": when, not whom after
                 r"(?:,?\s+efter\s+att\s+[^.;]*)?(?:,\s+som\s+[^.;]*)?" + _UNTIL + r"$"
                 # ("… har på egen begäran befriat X från uppdraget": released at her own request)
                 r"|^(?P<pre2>[^.;]{2,80}?)\s+(?:har|hade)\s+(?:(?:den|i|under|vid|på)\s+[^.;]{0,40}?\s+"
                 # (the day as a date with the paragraph of the protocol it was taken in: "har 2030-02-19 § 12 entledigat")
                 r"|\d{4}-\d{2}-\d{2},?\s+(?:§\s*\d+,?\s+)?)?(?:entledigat|befriat)\s+"
                 # ("Kent Ahl (S), Lumnäs, från uppdraget": a förbund's member named with the kommun she sits for)
                 r"(?P<old>[A-ZÅÄÖ][^.;]{2,80}?)(?:,\s+[A-ZÅÄÖ][a-zåäö]+,)?\s+från\s+(?:(?:sitt|sina|uppdraget|uppdragen)\s+)*(?:som\s+)?"
                 + _ROLE.replace("role", "role2") + r"(?:\s+(?:i|för|vid)\s+(?P<group2>[^.;,]+?(?<!-)))?"
                 # ("… och valt B (SD) till ny ersättare för återstoden av mandatperioden": the successor, the seat said again)
                 r"(?:\s+och\s+(?:i\s+(?:hans|hennes|dennes|deras)\s+ställe\s+)?(?:valt|utsett)\s+(?P<new>[A-ZÅÄÖ][^.;,]{2,60}?)"
                 r"(?:,\s+[A-ZÅÄÖ][a-zåäö]+(?=,|$))?(?:\s+till\s+(?:ny\s+)?(?:ersättare|ledamot)\b[^.;]*)?" + _UNTIL +
                 r"|\s+och\s+[^.;]*)?$",
         examples=(_ex("Kommunfullmäktige har den 27 oktober, § 118, entledigat Kurt Svan (SD) från uppdraget som ersättare i "
                       "socialnämnden och valt Klara Lind (SD) till ny ersättare för återstoden av mandatperioden.",
                       body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Klara Lind", "Socialnämnden", "replace"),
                              ("membership", "Kurt Svan", "Socialnämnden", "leave"))),
                   _ex("Meddelande: Åby kommunfullmäktige har 2030-02-19 § 12 entledigat Lisa Berg (S) från uppdraget som "
                       "ersättare i gemensamma kostnämnden och valt Rasmus Ek (S) till ny ersättare.",
                       body="Gemensamma kostnämnden",
                       facts=(("membership", "Rasmus Ek", "Gemensamma kostnämnden", "replace"),
                              ("membership", "Lisa Berg", "Gemensamma kostnämnden", "leave"))),
                   # one verb for two huvudmän, each later name after its place
                   _ex("Norrvik har utsett Petra Sundin, enhetschef beroendevård, och Ekbo Oskar Nyström, 1:e "
                       "socialsekreterare missbruk, som andra representant.", body="Styrgrupp psykisk hälsa",
                       roster=("Petra Sundin, Norrviks kommun", "Oskar Nyström, Ekbo kommun"),
                       facts=(("membership", "Petra Sundin", "Styrgrupp psykisk hälsa", "join"),
                              ("membership", "Oskar Nyström", "Styrgrupp psykisk hälsa", "join"))),
                   # the verb shared by two huvudmän named in full, each name after its huvudman; a seat each
                   _ex("Arbetsgrupp trygg hemgång har fått två nya ledamöter. Åby kommun har utsett Petra Lind och "
                       "Tallviks kommun Oskar Rask till ledamöter i arbetsgruppen.", body="Samverkansgrupp äldre",
                       facts=(("membership", "Petra Lind", "Arbetsgrupp trygg hemgång", "join"),
                              ("membership", "Oskar Rask", "Arbetsgrupp trygg hemgång", "join"))),
                   # each huvudman with its own verb, the seat told once at the end
                   _ex("Ekeby kommun har utsett Vera Lindahl och Fjällsta kommun har utsett Sara Lindkvist Ohlin till "
                       "ledamöter i arbetsgruppen.", body="Arbetsgrupp för gemensam skolläkarfunktion",
                       facts=(("membership", "Vera Lindahl", "Arbetsgrupp för gemensam skolläkarfunktion", "join"),
                              ("membership", "Sara Lindkvist Ohlin", "Arbetsgrupp för gemensam skolläkarfunktion", "join"))),
                   # the delregion the new member sits for, in brackets after the name
                   _ex("Kommunförbundet Sjövik har utsett Magnus Eklöv (Norra delen) till ny ledamot i Styrgrupp Barnahus "
                       "efter Ove Strandh.", ("membership", "Magnus Eklöv", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Ove Strandh", "Styrgrupp Barnahus", "leave")),
                   # the new member's title in vården before the name, the unit after it
                   _ex("Tomas Berglind har lämnat terapigruppen. Läkemedelskommittén har utsett överläkare Nora Lindqvist, "
                       "kardiologkliniken, till ny ledamot från januari 2026.", body="Terapigrupp Hjärta–kärl",
                       facts=(("membership", "Nora Lindqvist", "Terapigrupp Hjärta–kärl", "join"),)),
                   _ex("Region Ljungmark har utsett barnmorskan Anna Kask till ny representant i ledningsgruppen från januari.",
                       ("membership", "Anna Kask", "Ledningsgrupp för familjecentralerna", "join"),
                       body="Ledningsgrupp för familjecentralerna"),
                   # a seat told as the ordinary one, from this meeting
                   _ex("Vindeby kommun har utsett Jonas Ekström till ny ordinarie ledamot från och med detta möte.",
                       ("membership", "Jonas Ekström", "Styrgrupp psykisk hälsa", "join"), body="Styrgrupp psykisk hälsa"),
                   # two named with their titles, each a representative of the body that met
                   _ex("Lövsta kommun har utsett Elin Mark, socialpsykiatrichef, och Tomas Berg, enhetschef "
                       "beroendeenheten, till sina representanter i enlighet med RLG:s beslut den 16 maj.",
                       body="Styrgrupp psykisk hälsa",
                       facts=(("membership", "Elin Mark", "Styrgrupp psykisk hälsa", "join"),
                              ("membership", "Tomas Berg", "Styrgrupp psykisk hälsa", "join"))),
                   _ex("Tallviks kommunstyrelse har den 3 mars 2025 utsett Petra Holm (S) till ledamot i rådet efter "
                       "Nils Ek (S), som har lämnat sina politiska uppdrag.", body="Politiskt samverkansråd",
                       facts=(("membership", "Petra Holm", "Politiskt samverkansråd", "replace"),
                              ("membership", "Nils Ek", "Politiskt samverkansråd", "leave"))),
                   _ex("Kommunfullmäktige i Norrvik har i februari entledigat Olle Sand (M) från uppdraget som "
                       "ersättare i rådet och i hans ställe valt Britt Lund (M).", body="Politiskt samverkansråd",
                       facts=(("membership", "Olle Sand", "Politiskt samverkansråd", "leave"),
                              ("membership", "Britt Lund", "Politiskt samverkansråd", "replace"))),
                   _ex("Kommunfullmäktige har den 20 oktober entledigat Olle Sand (M) från uppdraget som ersättare i "
                       "vård- och omsorgsnämnden och i hans ställe valt Britt Lund (M).", body="Vård- och omsorgsnämnden",
                       facts=(("membership", "Olle Sand", "Vård- och omsorgsnämnden", "leave"),
                              ("membership", "Britt Lund", "Vård- och omsorgsnämnden", "replace"))),
                   # the new member's title before the name
                   _ex("Åby kommun har utsett socialchef Maria Öhman till ledamot i RLG efter Jan Persson, som har "
                       "gått i pension.", body="RLG",
                       facts=(("membership", "Maria Öhman", "RLG", "replace"), ("membership", "Jan Persson", "RLG", "leave"))),
                   # told as the reason in a longer sentence, "till sin representant", the seat empty before
                   _ex("Ordföranden konstaterade att gruppen nu är fullständig, eftersom Tallviks kommun nu har utsett "
                       "Sanna Pirinen till sin representant i styrgruppen efter att platsen stått vakant sedan i maj.",
                       body="Styrgrupp Barnahus", facts=(("membership", "Sanna Pirinen", "Styrgrupp Barnahus", "join"),))),
         counter_examples=("Regionen har valt att avvakta beslutet.",
                           "Kommunen har utsett en arbetsgrupp till att se över rutinen.")),
    Rule("left_political_seats", "membership", change="leave", exclusive=False,
         triggers=("som har lämnat", "som lämnat", "som har avsagt", "som avsagt", "som har frånträtt",
                   "har avsagt sig", "har frånträtt", "har lämnat sina politiska", "lämnade sina politiska",
                   "avsade sig sina", "frånträdde sina"),
         pattern=r"(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s+\([^()]{1,12}\))?(?:,\s+som\s+(?:har\s+)?"
                 r"(?:lämnat|avsagt\s+sig|frånträtt)\s+(?:alla\s+)?(?:sina|sitt)\s+(?:politiska\s+)?(?:förtroende)?uppdrag\b"
                 # told in a sentence of its own: "Margareta Öberg (S) har avsagt sig sina politiska uppdrag i Ekö kommun"
                 # (or in the past, the side the member sat for between: "Lars Ek (S), Åby kommun, lämnade sina …")
                 r"|(?:,\s+[A-ZÅÄÖ][\wåäö-]+(?:s?\s+kommun|\s+[A-ZÅÄÖ][\wåäö-]+)?,)?\s+(?:har\s+(?:avsagt\s+sig|frånträtt|lämnat)|"
                 r"avsade\s+sig|frånträdde|lämnade)\s+(?:alla\s+)?(?:sina|sitt)\s+politiska\s+(?:förtroende)?uppdrag\b)",
         examples=(_ex("Lövsta kommun har ännu inte utsett någon ny ersättare efter Gun Berg (V), som har lämnat "
                       "sina politiska uppdrag.", body="Politiskt samverkansråd",
                       facts=(("membership", "Gun Berg", "Politiskt samverkansråd", "leave"),)),
                   _ex("Margareta Öberg (S) har avsagt sig sina politiska uppdrag i Ekö kommun.",
                       body="Politiskt samverkansråd",
                       facts=(("membership", "Margareta Öberg", "Politiskt samverkansråd", "leave"),)),
                   _ex("Lars Ek (S), Tallviks kommun, lämnade sina politiska uppdrag i maj.", body="Politiskt samverkansråd",
                       facts=(("membership", "Lars Ek", "Politiskt samverkansråd", "leave"),))),
         counter_examples=("Rapporten, som har lämnat sitt utkaststadium, läggs till handlingarna.",
                           "Anna Berg, som har lämnat sitt förslag, presenterar det.")),
    # "Länsstyrelsen har vid ny sammanräkning utsett Eva Ström (V) till ny ledamot efter Karl Nyberg (V)": the
    # recount after a fullmäktige seat fell empty, told with the recount or the länsstyrelse first
    Rule("recount_seat", "membership", change="join", triggers=("sammanräkning",),
         pattern=r"^(?:(?:[Vv]id|[Ee]fter|[Gg]enom)\s+(?:en\s+)?(?:ny\s+)?sammanräkning(?:\s+den\s+[^,;]+?)?,?\s+har\s+[Ll]änsstyrelsen"
                 r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?)?|[Ll]änsstyrelsen(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?)?\s+har\s+"
                 r"(?:den\s+[^,;]+?\s+)?(?:vid|efter|genom)\s+(?:en\s+)?(?:ny\s+)?sammanräkning(?:\s+den\s+[^,;]+?)?)\s+utsett\s+"
                 r"(?P<who>" + _NAME + r")" + _PARTY + r"\s+till\s+(?:ny\s+)?(?:ordinarie\s+)?(?P<role>ledamot|ersättare)"
                 r"(?:\s+i\s+(?P<group>(?:[A-ZÅÄÖ][\wåäö-]+s\s+)?(?:kommun|region|landstings)?fullmäktige(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?))?"
                 r"(?:\s+efter\s+(?P<old>" + _NAME + r")" + _PARTY + r")?" + _UNTIL + r"$",
         examples=(_ex("Länsstyrelsen har vid ny sammanräkning utsett Eva Ström (V) till ny ledamot i kommunfullmäktige "
                       "efter Karl Nyberg (V).", body="Kommunfullmäktige",
                       facts=(("membership", "Eva Ström", "Kommunfullmäktige", "replace"),
                              ("membership", "Karl Nyberg", "Kommunfullmäktige", "leave"))),
                   _ex("Vid ny sammanräkning har länsstyrelsen utsett Jonas Vik (SD) till ny ersättare i kommunfullmäktige.",
                       ("membership", "Jonas Vik", "Kommunfullmäktige", "join"), body="Kommunfullmäktige"),
                   _ex("Länsstyrelsen har efter ny sammanräkning utsett Jonas Vik (SD) till ersättare efter Eva Ström (V) "
                       "för tiden till och med 2026-10-14.", body="Regionfullmäktige",
                       facts=(("membership", "Jonas Vik", "Regionfullmäktige", "replace"),
                              ("membership", "Eva Ström", "Regionfullmäktige", "leave")))),
         # a recount asked for, not yet made
         counter_examples=("Kommunfullmäktige begär att länsstyrelsen gör en ny sammanräkning efter Karl Nyberg (V).",)),
    # "att entlediga X (S) från uppdraget" with no seat named: the one the item's title is about
    Rule("released_from_the_items_seat", "membership", change="leave", exclusive=False, decision_only=True,
         triggers=("entlediga ",), handler="_ms_released_from_the_items_seat",
         examples=(_ex("att entlediga Per Holm (S) från uppdraget,", decision=True, body="Barn- och utbildningsnämnden",
                       title="Byte av nämndens representant i Samverkansrådet för barn och unga i Norrby", facts=(("membership", "Per Holm", "Samverkansrådet för barn och unga i Norrby", "leave"),)),),
         # under a title that names no seat
         counter_examples=("att entlediga Per Holm (S) från uppdraget,",)),
    # a seat left and filled in one decided clause, the successor by a pronoun: "Anna Lund (L) entledigas från
    # uppdraget som ersättare i arbetsutskottet och Per Holm (M) väljs i hennes ställe för tiden till och med …"
    Rule("released_and_replaced", "membership", change="replace", exclusive=False,
         triggers=("i hennes ställe", "i hans ställe", "i dennes ställe"),
         pattern=r"^(?:att\s+)?(?P<old>" + _NAME + r")" + _PARTY + r"\s+(?:entledigas|entledigades|har\s+entledigats)\s+"
                 r"(?:på\s+(?:egen|sin\s+egen)\s+begäran\s+)?från\s+(?:(?:sitt|hennes|hans|uppdraget)\s+)+(?:uppdrag\s+)?som\s+"
                 + _ROLE + r"\s+(?:i|för|vid)\s+(?P<group>[^.;,]+?)\s+och\s+(?P<who>" + _NAME + r")" + _PARTY
                 + r"\s+(?:väljs|väljes|valdes|utses|utsågs)\s+(?:till\s+(?:ny\s+)?[\wåäö-]+\s+)?i\s+(?:hennes|hans|dennes)\s+ställe"
                 + _UNTIL + r"\s*\.?$",
         examples=(_ex("att Anna Lund (L) entledigas från uppdraget som ersättare i socialnämndens arbetsutskott och "
                       "Per Holm (M) väljs i hennes ställe för tiden till och med den 31 december 2030.",
                       body="Socialnämnden, Åby kommun", decision=True,
                       facts=(("membership", "Per Holm", "Socialnämndens arbetsutskott", "replace"),
                              ("membership", "Anna Lund", "Socialnämndens arbetsutskott", "leave"))),
                   _ex("Olle Berg (C) entledigas från sitt uppdrag som ledamot i Lokala närvårdsrådet i Åby och Eva Ek (C) "
                       "utses i hans ställe.", body="Socialnämnden, Åby kommun", decision=True,
                       facts=(("membership", "Eva Ek", "Lokala närvårdsrådet i Åby", "replace"),))),
         counter_examples=("Frågan om ersättare i arbetsutskottet tas upp i hennes ställe vid nästa möte.",)),
    # a seat left at one's own request, granted or told: "Kommunfullmäktige beviljar Anna Lund (S) entledigande från
    # uppdraget som ledamot i socialnämnden", "Avsägelse från Olle Berg (C) av uppdraget som ersättare i …"
    Rule("released_from_seat", "membership", change="leave", exclusive=False,
         # ("befrias från uppdraget", "har på egen begäran befriats från sitt uppdrag": the older word for the same)
         triggers=("entledig", "avsägelse", "avsagt sig", "avsäger sig", "befrias", "befriats", "befriades", "befria "),
         pattern=r"^(?:.*?\b(?:beviljar|beviljade|bevilja|entledigar|entledigade|entlediga|befriar|befria)\s+(?P<old>" + _NAME + r")" + _PARTY
                 + r"\s+(?:entledigande\s+)?|(?P<old2>" + _NAME + r")" + _PARTY + r"\s+(?:beviljas|beviljades|har\s+beviljats)\s+"
                 r"entledigande\s+|(?P<old3>" + _NAME + r")" + _PARTY + r"\s+(?:har\s+[^.;]{3,40}?\s+och\s+(?=entledigas\b))?(?:entledigas|entledigades|har\s+entledigats|"
                 r"befrias|befriades|(?:har|hade)\s+(?:på\s+(?:egen|sin\s+egen)\s+begäran\s+)?befriats|"
                 r"(?:har\s+)?(?:[^.;]{0,60}?\s+)?(?:avsagt|avsäger|avsade)\s+sig)\s+|.*?\b[Aa]vsägelse(?:n)?\s+från\s+(?P<old4>" + _NAME + r")" + _PARTY
                 + r"\s+|.*?\b(?P<old5>" + _NAME + r")" + _PARTY + r"(?::s|s)\s+avsägelse\s+)"
                 # (at one's own request: "Fatima Osmanović (S) entledigas på egen begäran från uppdraget som …")
                 r"(?:på\s+(?:egen|sin\s+egen)\s+begäran\s+)?"
                 r"(?:(?:(?:från|av|gällande|avseende)\s+)?(?:(?:sitt|sina|hennes|hans|uppdraget|uppdragen|uppdrag)\s+)+(?:som\s+(?:[\wåäö]+s\s+)?"
                 + _ROLE + r"|att\s+(?:företräda|representera)\s+(?:[\wåäö-]+\s+){1,3}?)?"
                 # (the seat right after the verb: "Mona Ekdahl (S) entledigas som nämndens representant i …")
                 r"|som\s+(?:[\wåäö]+s\s+)?" + _ROLE.replace("(?P<role>", "(?P<role2>", 1)
                 + r")\s*(?:i|för|vid)\s+(?P<group>[^.;,]+?)" + _UNTIL
                 # "…, då hon går över till en annan tjänst": why, after the seat
                 + r"(?:,\s+(?:då|eftersom|när)\s+[^.;]+)?$",
         examples=(_ex("Kommunfullmäktige beviljar Anna Lund (S) entledigande från uppdraget som ledamot i socialnämnden.",
                       ("membership", "Anna Lund", "Socialnämnden", "leave"), decision=True, body="Kommunfullmäktige"),
                   _ex("1. Leila Hosseini (S) befrias från uppdraget som ledamot i Lokala närvårdsrådet i Tallvik.",
                       ("membership", "Leila Hosseini", "Lokala närvårdsrådet i Tallvik", "leave"), decision=True,
                       body="Socialnämnden, Tallviks kommun"),
                   _ex("bevilja Anna Lund (S) entledigande från uppdraget som ersättare i socialnämnden",
                       ("membership", "Anna Lund", "Socialnämnden", "leave"), decision=True, body="Kommunfullmäktige"),
                   _ex("Anna Lund (S) beviljas entledigande från uppdraget som ersättare i socialnämnden.",
                       ("membership", "Anna Lund", "Socialnämnden", "leave"), decision=True, body="Kommunfullmäktige"),
                   _ex("Anna Lund (S) entledigas från sitt uppdrag som ledamot i socialnämnden.",
                       ("membership", "Anna Lund", "Socialnämnden", "leave"), decision=True, body="Kommunfullmäktige"),
                   _ex("Anna Lund (KD) befrias från uppdraget som ledamot i Åby trafikråd.",
                       ("membership", "Anna Lund", "Åby trafikråd", "leave"), decision=True, body="Samhällsbyggnadsnämnden"),
                   _ex("Anna Lund (S) har på egen begäran befriats från sitt uppdrag i arbetsutskottet.",
                       ("membership", "Anna Lund", "arbetsutskottet", "leave"), body="Servicenämnden"),
                   # the seat right after the verb, without "från uppdraget"
                   _ex("Mona Ekdahl (S) entledigas som nämndens representant i styrgruppen för Miljösamverkan Östra Sälland.",
                       ("membership", "Mona Ekdahl", "Styrgruppen för Miljösamverkan Östra Sälland", "leave"), decision=True,
                       body="Miljö- och byggnämnden"),
                   # why first: "… har bytt tjänst och entledigas …"
                   _ex("Anna Lund har bytt tjänst och entledigas på egen begäran från uppdraget som Åbys representant i "
                       "Styrgrupp Barnahus.", ("membership", "Anna Lund", "Styrgrupp Barnahus", "leave")),
                   _ex("Anna Lund (S) entledigas på egen begäran från uppdraget som ersättare i Politiskt samråd Österland.",
                       ("membership", "Anna Lund", "Politiskt samråd Österland", "leave"), decision=True,
                       body="Kommunstyrelsens arbetsutskott"),
                   _ex("Kommunstyrelsen entledigade Maria Sjö (KD) från uppdraget som ledamot i arbetsutskottet.",
                       ("membership", "Maria Sjö", "arbetsutskottet", "leave"), decision=True, body="Kommunstyrelsen"),
                   _ex("Avsägelse från Olle Berg (C) av uppdraget som ledamot i miljö- och hälsoskyddsnämnden.",
                       ("membership", "Olle Berg", "Miljö- och hälsoskyddsnämnden", "leave"), body="Kommunfullmäktige"),
                   _ex("godkänna Olle Berg (C):s avsägelse av uppdraget som ledamot i miljö- och hälsoskyddsnämnden",
                       ("membership", "Olle Berg", "Miljö- och hälsoskyddsnämnden", "leave"), decision=True,
                       body="Kommunfullmäktige"),
                   # the seat of one who speaks for the body in a council: "ombud"
                   _ex("bevilja Anna Lund (M) entledigande från uppdraget som ombud i Krisberedskapsrådet i Åby",
                       ("membership", "Anna Lund", "Krisberedskapsrådet", "leave"), decision=True,
                       body="Räddningsnämnden"),
                   # whose seat it was: "som kommunens ledamot i …"
                   _ex("Anna Lund (S) beviljas entledigande från uppdraget som kommunens ledamot i Politiskt samråd Österland.",
                       ("membership", "Anna Lund", "Politiskt samråd Österland", "leave"), decision=True,
                       body="Kommunfullmäktige"),
                   # the letter and its day between "har" and the verb
                   _ex("Ulla Björk (C) har i skrivelse den 2 mars 2026 avsagt sig uppdraget som ersättare i patientnämnden.",
                       ("membership", "Ulla Björk", "Patientnämnden", "leave"), body="Regionfullmäktige"),
                   _ex("Olle Berg (C) har avsagt sig uppdraget som ersättare i kommunstyrelsen från och med 1 mars 2026.",
                       ("membership", "Olle Berg", "Kommunstyrelsen", "leave"), body="Kommunfullmäktige"),
                   # the seat as the task in a group, left from a date, and why
                   _ex("Elin Borg har meddelat att hon avsäger sig sitt uppdrag i arbetsgruppen från årsskiftet, då hon "
                       "går över till en annan tjänst.", ("membership", "Elin Borg", "Arbetsgrupp SIP", "leave"),
                       body="Arbetsgrupp SIP", roster=_ROSTER),
                   # the seat as the duty to speak for the body there
                   _ex("Per Holm entledigas från uppdraget att företräda nämnden i Styrgrupp Barnahus från och med den "
                       "1 januari 2026.", ("membership", "Per Holm", "Styrgrupp Barnahus", "leave"), decision=True,
                       body="Socialnämnden")),
         # asked for, not yet granted; a seat the text does not name
         counter_examples=("Anna Lund (S) har begärt entledigande från uppdraget som ersättare i kultur- och fritidsnämnden.",
                           "Avsägelsen från Olle Berg (C) behandlas vid nästa sammanträde.")),
    # "välja Karin Ek (S) till ledamot och Johan Berg (M) till ersättare i rådet": two seats in one clause,
    # each read as its own appointment
    # "Valberedningen föreslår att X väljs till …": the nominating committee recommends the body that elects
    Rule("nominates", "mandate", mandate="recommends", exclusive=False, triggers=("valberedning",),
         handler="_md_nominates",
         examples=(_ex("Valberedningen föreslår att Oskar Brandt (M) väljs till ny ersättare.", body="Kommunfullmäktige",
                       facts=(("mandate", "Valberedningen", "Kommunfullmäktige", "recommends"),)),
                   # its proposal labelled before the names
                   _ex("Valberedningens förslag: Linus Ekdahl (KD) väljs till ledamot.", body="Kommunfullmäktige",
                       facts=(("mandate", "Valberedningen", "Kommunfullmäktige", "recommends"),))),
         counter_examples=("Valberedningen föreslår att ärendet bordläggs.",
                           "Valberedningens förslag: ärendet bordläggs till nästa sammanträde.")),
    # "A och B bildar en planeringsgrupp tillsammans med C": a group of them set up at the meeting, for the item's work
    Rule("forms_group", "membership", change="join", exclusive=False, triggers=("bildar en", "bildade en", "bildar ett"),
         handler="_ms_forms_group",
         examples=(_ex("Elin Borg och Sanna Pirinen bildar en planeringsgrupp för temadagen tillsammans med Fatima Osman.",
                       roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "Planeringsgrupp för temadagen", "join"),
                              ("membership", "Fatima Osman", "Planeringsgrupp för temadagen", "join"),
                              ("assignment", ["Elin Borg", "Sanna Pirinen", "Fatima Osman"],
                               "planera och genomföra arbetet med temadagen"))),),
         counter_examples=("Kommunerna bildar en gemensam nämnd för hjälpmedel.",
                           "Frågorna bildar en helhet tillsammans med planen.")),
    # "Till ledamot i G: A (S); ersättare B (M).": an election list, one line a body, the seat and its stand-in
    # named after a colon and a semicolon (the verb left to the heading "Kommunstyrelsens beslut")
    Rule("seat_colon_list", "membership", change="join", triggers=("Till ", "till "), handler="_ms_seat_colon_list",
         examples=(_ex("Till ledamot i Politiskt samverkansråd Åby: Karin Ek (S); ersättare Johan Berg (M).",
                       decision=True, body="Kommunstyrelsen",
                       facts=(("membership", "Karin Ek", "Politiskt samverkansråd Åby", "join"),
                              ("membership", "Johan Berg", "Politiskt samverkansråd Åby", "join"),
                              ("assignment", ["Karin Ek"], "vara ledamot i Politiskt samverkansråd Åby"),
                              ("assignment", ["Johan Berg"], "vara ersättare i Politiskt samverkansråd Åby"))),
                   _ex("Till ledamöter i Samverkansgrupp äldre: Eva Lund (S) och Per Ek (C); ersättare: Kim Ros (M)",
                       decision=True, body="Kommunstyrelsen",
                       facts=(("membership", "Per Ek", "Samverkansgrupp äldre", "join"),
                              ("membership", "Kim Ros", "Samverkansgrupp äldre", "join")))),
         counter_examples=("Till mötet: Karin Ek (S); ersättare saknas.",
                           "Till ledamot i rådet: se bilaga.")),
    Rule("appointed_pair", "membership", change="join", triggers=("utser", "väljer", "utse ", "välja ", "har utsett", "har valt", "utsåg ", "valde "),
         handler="_ms_appointed_pair",
         examples=(# told as a huvudman's choice, the seats in the body that met, the first from a day
                   _ex("Kommunstyrelsen i Åby har utsett Per Strid (S) till ny ledamot från den 1 juni 2027 och Maja Holm "
                       "(V) till ersättare.", body="Politiskt samråd Österland",
                       facts=(("membership", "Per Strid", "Politiskt samråd Österland", "join"),
                              ("membership", "Maja Holm", "Politiskt samråd Österland", "join"))),
                   _ex("välja Karin Ek (S) till ledamot och Johan Berg (M) till ersättare i Politiskt samråd Österland "
                       "för tiden 2026-01-01–2026-12-31", decision=True, body="Kommunfullmäktige",
                       facts=(("membership", "Karin Ek", "Politiskt samråd Österland", "join"),
                              ("membership", "Johan Berg", "Politiskt samråd Österland", "join"),
                              ("assignment", ["Johan Berg"], "vara ersättare i Politiskt samråd Österland"))),
                   _ex("Nämnden utser Fatima Hassan (S) till ledamot och Jessica Nord (V) till ersättare i "
                       "Lokala närvårdsrådet.", body="Socialnämnden",
                       facts=(("membership", "Jessica Nord", "Lokala närvårdsrådet", "join"),)),
                   # the body named with the first seat, the subject after the verb, whose seat it is
                   _ex("Med stöd av delegation utser arbetsutskottet Ulrika Sand (M) till kommunens ledamot i Politiskt "
                       "samråd Österland och Hampus Ek (S) till ersättare, för tiden till och med 2026-12-31.",
                       decision=True, body="Kommunstyrelsens arbetsutskott",
                       facts=(("membership", "Ulrika Sand", "Politiskt samråd Österland", "join"),
                              ("membership", "Hampus Ek", "Politiskt samråd Österland", "join"),
                              ("assignment", ["Hampus Ek"], "vara ersättare i Politiskt samråd Österland"))),
                   # a förbund's board, named by the förbund's name in the genitive
                   _ex("Regionstyrelsen utser Fatima Ali (C) till ordinarie ledamot och Per Ek (V) till ersättare i "
                       "Samordningsförbundet Norrviks styrelse för tiden till och med 2026.", body="Regionstyrelsen",
                       facts=(("membership", "Fatima Ali", "Styrelsen, Samordningsförbundet Norrvik", "join"),
                              ("membership", "Per Ek", "Styrelsen, Samordningsförbundet Norrvik", "join")))),
         counter_examples=("Kommunerna utser var sin ledamot till rådet och var sin ersättare till arbetsgruppen.",)),
    Rule("appointed_to_seat", "membership", change="join",
         triggers=("utser", "väljer", "utse ", "välja ", "väljs", "valdes", "valts", "utses", "utsågs", "utsetts",
                   "entledig", "utsåg ", "valde ", "har utsett", "har valt", "förordnas"),
         pattern=r"^(?:(?P<pre>[^.;]{0,60}?)\s+)?(?:utser|utsåg|väljer|valde|utse|välja|har\s+utsett|har\s+valt)\s+"
                 # "Kommunfullmäktige väljer vidare Malin Ek (KD) till …": the next choice of the same item
                 r"(?:(?:vidare|också|även|dessutom|därtill)\s+)?"
                 # "Kommunfullmäktige valde den 20 november 2025 Tomas Gran …": the day of the election between
                 r"(?:den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?\s+)?"
                 # "utse enhetschef Mats Forsell till …": the title before the name is no part of it
                 r"(?:[a-zåäö][\wåäö-]*(?:chef|ledare|samordnare|strateg|direktör|sekreterare|handläggare)\s+)?"
                 # (or by the roster's initials, as a group tells its own choice: "Gruppen valde AN till sammankallande efter EB")
                 r"(?P<who>(?<=valde\s|välja\s)[A-ZÅÄÖ]{2,4}(?=\s+till\s)|[A-ZÅÄÖ](?:[^.;]|\.(?=\s?[a-zåäö])){2,80}?)"  # "Therese Malm, tf. socialchef,"
                 # "Rolf Ek (C), Åby kommun, till …": the huvudman the member sits for, no part of the name
                 r"(?:,\s+(?:[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+),)?\s+(?:till|som)\s+"
                 # ("till politisk representant i Lokala närvårdsrådet": the kind of seat before the role)
                 # ("till PSO:s representant i …": the seat of a body named by its letters)
                 r"(?:nya?\s+|ordinarie\s+)?(?:politisk\s+)?(?:(?:kommunernas|kommunens|regionens|huvudmännens|nämndens|gruppens|[a-zåäö]+(?:gruppens|rådets|nämndens|styrelsens|utskottets)|[A-ZÅÄÖ]{2,8}:s)\s+)?" + _ROLE
                 # "till ersättare för förbundet i samverkansgruppen": whom the seat is for, then where
                 + r"(?:\s+för\s+(?:förbundet|föreningen|nämnden|regionen|kommunen))?(?:\s+(?:i|för|vid)\s+(?P<group>[^.;,]+?))??(?:\s+efter\s+(?P<prev0>[A-ZÅÄÖ][^.;,]+?))?"
                 r"(?:\s+(?:för|från)\s+(?P<hm>" + _HUVUDMAN + r"))?" + _UNTIL + r"$"
                 # "som ny ledamot i nämnden för tiden till och med … välja Ulrika Mörk (M)": the seat first
                 # ("Till regionens ledamöter i G för 2026 väljs …": whose seats, and the year they are for;
                 # "Till ny ersättare för tiden till och med … väljs …": a term, no body)
                 # ("som ordinarie representant i idrottsrådet utse …": the full seat, against its stand-in's)
                 r"|^(?:(?:[Tt]ill|[Ss]om)\s+(?:nya?\s+)?(?:ordinarie\s+)?)(?:(?:kommunens|regionens|nämndens|förbundets|kommunernas)\s+)?"
                 + _ROLE.replace("role", "role2")
                 + r"(?:\s+(?:i|för|vid)\s+(?!tiden\b|återstoden\b|resten\b)(?P<group2>[^.;,]+?))?(?:\s+efter\s+(?P<prev2>[A-ZÅÄÖ][^.;,]+?))?"
                 r"(?:\s+för\s+(?:år\s+)?\d{4}(?:[-–]\d{2,4})?)?"
                 # ("… för tiden t.o.m. 2026 väljs …": the term's abbreviation, its dots no end of the seat's body)
                 r"(?:,?\s+(?:för\s+tiden(?:\s+(?:t\.\s?o\.\s?m\.?|till\s+och\s+med))?|till\s+och\s+med|t\.\s?o\.\s?m\.?|efter)"
                 r"\s+[^.;]+?)?"
                 # ("… förordnas Eva Ek (S)": the older word for an appointment)
                 r"\s+(?:utses|väljs|valdes|utsågs|utse|välja|förordnas|förordnades)\s+(?P<who2>[A-ZÅÄÖ][^.;]+?)" + _UNTIL + r"(?:\s+för\s+samma\s+tid)?$"
                 r"|^(?P<who5>[A-ZÅÄÖ][^.;]{2,80}?)\s+(?:väljs|valdes|utses|utsågs|har\s+valts|har\s+utsetts)\s+(?:till|som)\s+"
                 r"(?:ny\s+)?(?:[\wåäö]+s\s+)?" + _ROLE.replace("role", "role5") + r"(?:\s+(?:i|för|vid)\s+(?P<group5>[^.;,]+?))??"
                 r"(?:\s+efter\s+(?P<prev>[A-ZÅÄÖ][^.;,]+?))?" + _UNTIL + r"$"
                 r"|^(?:att\s+)?(?:entlediga\s+(?P<who3>[A-ZÅÄÖ][^.;]+?)|(?P<who4>[A-ZÅÄÖ][^.;]+?)\s+entledigas"
                 r"|bevilja\s+(?P<who6>[A-ZÅÄÖ][^.;]+?)\s+entledigande)\s+från\s+"
                 r"(?:(?:sitt|uppdraget|uppdragen|sina)\s+)*(?:som\s+)?(?:[\wåäöÅÄÖ:]+s\s+)?" + _ROLE.replace("role", "role3")
                 + r"(?:\s+(?:i|för)\s+(?P<group3>[^.;,]+?))?" + _UNTIL + r"$"
                 # "Rebecka meddelar att Rickard Öst entledigas från Samverkansgrupp äldre på egen begäran": the body left
                 r"|(?:^|\batt\s+)(?P<who7>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s+(?:entledigas|har\s+entledigats)"
                 r"\s+från\s+(?!(?:sitt|sina|uppdrag\w*)\b)(?P<group7>[^.;,]+?)"
                 r"(?:\s+(?:på\s+egen\s+begäran|från\s+och\s+med\s+[^.;]+|efter\s+[^.;]+|den\s+\d[^.;]*))?$",
         examples=(# the seat of a body named by its letters, the body that met sending its own representative
                   _ex("utse Ola Rask (M) till PSO:s representant i Regionala samrådet för återstoden av mandatperioden",
                       decision=True, body="PSO",
                       facts=(("membership", "Ola Rask", "Regionala samrådet", "join"),
                              ("assignment", ["Ola Rask"], "vara representant i Regionala samrådet"))),
                   # two appointed together, to the seats of the kommuner in the plural
                   _ex("att utse Petra Ek och Samir Holm till kommunernas representanter i Arbetsgrupp SIP.", decision=True,
                       facts=(("membership", "Petra Ek", "Arbetsgrupp SIP", "join"),
                              ("membership", "Samir Holm", "Arbetsgrupp SIP", "join"))),
                   _ex("Kommunfullmäktige i Ekå kommun valde den 20 november 2025 Tomas Gran (S) till ny ledamot i "
                       "direktionen efter Marie Olofsson.", body="Direktionen, Åbys räddningstjänstförbund",
                       facts=(("membership", "Tomas Gran", "Direktionen, Åbys räddningstjänstförbund", "replace"),)),
                   # a seat on the direktion of a förbund named after "för": that direktion
                   _ex("Till ledamot i direktionen för Räddningstjänstförbundet Norrfjäll efter Sven Ek (M) väljs Karin "
                       "Ros (M).", decision=True, body="Kommunfullmäktige",
                       facts=(("membership", "Karin Ros", "Direktionen, Räddningstjänstförbundet Norrfjäll", "replace"),
                              ("membership", "Sven Ek", "Direktionen, Räddningstjänstförbundet Norrfjäll", "leave"))),
                   _ex("Till ledamot i arbetsutskottet efter Olle Berg (S) förordnas Eva Lund (S).", decision=True,
                       body="Servicenämnden", facts=(("membership", "Eva Lund", "arbetsutskottet", "replace"),
                                                     ("membership", "Olle Berg", "arbetsutskottet", "leave"))),
                   _ex("att som ordinarie representant i idrottsrådet utse Eva Lund (S),", decision=True,
                       body="Fritidsnämnden", facts=(("membership", "Eva Lund", "idrottsrådet", "join"),)),
                   # the term abbreviated after "för tiden": no part of the body's name
                   _ex("Till ledamot i Brottsförebyggande rådet i Åby för tiden t.o.m. 2026 väljs Elsa Nord (KD).",
                       decision=True, body="Kommunstyrelsens välfärdsutskott",
                       facts=(("membership", "Elsa Nord", "Brottsförebyggande rådet i Åby", "join"),)),
                   # two new seats named first, the people after the verb
                   _ex("Till nya ledamöter i valnämnden väljs Bo Ek (S) och Kim Lind (M).", decision=True,
                       body="Kommunfullmäktige", facts=(("membership", "Bo Ek", "valnämnden", "join"),
                                                        ("membership", "Kim Lind", "valnämnden", "join"))),
                   # the person first, after whom: she takes that seat over
                   _ex("Eva Ström (V) har utsetts till ny ledamot i kommunfullmäktige efter Karl Nyberg (V).",
                       body="Kommunfullmäktige", facts=(("membership", "Eva Ström", "Kommunfullmäktige", "replace"),
                                                        ("membership", "Karl Nyberg", "Kommunfullmäktige", "leave"))),
                   # a nämnd names the kommun's representative after the one who left, and a stand-in for him
                   _ex("utse enhetschef Mats Forsell till kommunens representant i Samverkansgrupp äldres hälsa "
                       "efter Lotta Grahn,\nutse utvecklingsledare Sofia Engdahl till ersättare för Mats Forsell i "
                       "samverkansgruppen", decision=True, body="Vård- och omsorgsnämnden",
                       facts=(("membership", "Mats Forsell", "Samverkansgrupp äldres hälsa", "replace"),
                              ("membership", "Lotta Grahn", "Samverkansgrupp äldres hälsa", "leave"),
                              ("membership", "Sofia Engdahl", "Samverkansgrupp äldres hälsa", "join"))),
                   _ex("utser Jonas Berg (S) till politisk representant i Lokala närvårdsrådet "
                       "efter Eva Lund (L) från och med den 1 november 2026.", decision=True,
                       body="Kommunstyrelsens arbetsutskott",
                       facts=(("membership", "Jonas Berg", "Lokala närvårdsrådet", "replace"),
                              ("membership", "Eva Lund", "Lokala närvårdsrådet", "leave"))),
                   _ex("välja Jonas Kvist (KD) till ledamot i Samverkansgrupp hjälpmedel efter Hanna Berg (C)", decision=True,
                       body="Gemensamma nämnden för hjälpmedel",
                       facts=(("membership", "Jonas Kvist", "Samverkansgrupp hjälpmedel", "replace"),
                              ("membership", "Hanna Berg", "Samverkansgrupp hjälpmedel", "leave"))),
                   # the huvudman appointed: a seat taken from a date; one relieved of a seat in a body named
                   _ex("Åby kommun har utsett Therese Malm, tf. socialchef, till ny representant i Styrgrupp äldre "
                       "från den 1 juli.", ("membership", "Therese Malm", "Styrgrupp äldre", "join")),
                   _ex("Rut Holm meddelar att Rickard Ek entledigas från Samverkansgrupp barn på egen begäran.",
                       ("membership", "Rickard Ek", "Samverkansgrupp barn", "leave")),
                   # the seat owned by a body named by its acronym, and who takes it in the next sentence
                   _ex("Bo Ek entledigas från uppdraget som HSVO:s representant i Styrgruppen för Barnahus Norrtuna.\n"
                       "Hamid Rostami utses till ny representant för tiden till och med den 31 december 2026.",
                       decision=True, body="Arbetsutskottet",
                       facts=(("membership", "Bo Ek", "Styrgruppen för Barnahus Norrtuna", "leave"),
                              ("membership", "Hamid Rostami", "Styrgruppen för Barnahus Norrtuna", "join"))),
                   _ex("Karin Ek lämnar Samverkansgruppen för hjälpmedel. Förbundet väljer Mats Berg till ersättare för "
                       "förbundet i samverkansgruppen.", ("membership", "Mats Berg", "Samverkansgruppen för hjälpmedel", "join"),
                       body="Direktionen"),
                   # the huvudman after the name and party, between commas
                   _ex("Nämnden väljer Rolf Ek (C), Åby kommun, till ny ersättare i arbetsutskottet efter Eva Sand för "
                       "tiden till och med den 31 december 2026.", ("membership", "Rolf Ek", "arbetsutskottet", "replace"),
                       ("membership", "Eva Sand", "arbetsutskottet", "leave"), decision=True, body="Överförmyndarnämnden"),
                   # the second choice of an election item, told with "vidare": a new ersättare after the one moved up
                   _ex("Kommunfullmäktige väljer vidare Malin Ek (KD) till ny ersättare i barn- och utbildningsnämnden "
                       "efter Linus Holm för återstoden av mandatperioden.", decision=True, body="Kommunfullmäktige",
                       facts=(("membership", "Malin Ek", "barn- och utbildningsnämnden", "replace"),
                              ("membership", "Linus Holm", "barn- och utbildningsnämnden", "leave"))),
                   _ex("Nämnden väljer Ahmad Rahimi till representant i Lokala närvårdsrådet.",
                       ("membership", "Ahmad Rahimi", "Lokala närvårdsrådet", "join"), body="Socialnämnden"),
                   # the seat as the appointing body's own: "till gruppens representant i …"
                   _ex("utser Ahmed Karimi till gruppens representant i Styrgrupp Barnahus", decision=True,
                       body="Beredningsgruppen", roster=("Ahmed Karimi, Region Åsen",),
                       facts=(("membership", "Ahmed Karimi", "Styrgrupp Barnahus", "join"),
                              ("assignment", ["Ahmed Karimi"], "vara representant i Styrgrupp Barnahus"))),
                   _ex("Regionstyrelsen utser Fatima Ali (C) till ledamot i Samordningsförbundet Norrvik.",
                       ("membership", "Fatima Ali", "Styrelsen, Samordningsförbundet Norrvik", "join"), body="Regionstyrelsen"),
                   # an ersättare made ordinarie ledamot, her present seat in apposition
                   _ex("Åby kommun utser Camilla Ek, i dag ersättare, till ordinarie ledamot i Styrgrupp Nära vård "
                       "från den 1 september.", ("membership", "Camilla Ek", "Styrgrupp Nära vård", "join")),
                   # whom the seat is for, before the role
                   _ex("Ledningsgruppen utsåg Karl-Johan Berg till kommunernas representant i Styrgruppen för äldres hälsa.",
                       ("membership", "Karl-Johan Berg", "Styrgruppen för äldres hälsa", "join"),
                       body="Ledningsgruppen för samverkan i Norrby"),
                   # a huvudman names its new representative, told in the minutes of another body
                   _ex("Camilla Ek meddelade att Åby kommun utser Petra Holmgren, sjuksköterska i hemsjukvården, "
                       "till ny representant i Arbetsgrupp SIP.", body="Styrgrupp Nära vård",
                       facts=(("membership", "Petra Holmgren", "Arbetsgrupp SIP", "join"),)),
                   # the meeting's appointment told in the past tense
                   # when the seat is held, after it
                   _ex("Gruppen utsåg Maria Sund till vice sammankallande när Elin är borta.", roster=("Maria Sund",),
                       facts=(("membership", "Maria Sund", "Samverkansgrupp äldre", "join"),)),
                   _ex("Gruppen utsåg Maria Sund till vice ordförande för 2026.", roster=("Maria Sund",),
                       facts=(("membership", "Maria Sund", "Samverkansgrupp äldre", "join"),)),
                   _ex("Till ersättare utses Lina Åström.",
                       ("membership", "Lina Åström", "Samverkansgrupp äldre", "join")),
                   # whose seats and the year first; the next seats in the same body
                   _ex("Till regionens ledamöter i Politiskt samråd Norrby för 2026 väljs Helena Bruk (S) och Magnus Tå (M).\n"
                       "Till ersättare väljs Gunilla Nors (S) och Sara Kå (M).", decision=True, body="Regionstyrelsen",
                       facts=(("membership", "Helena Bruk", "Politiskt samråd Norrby", "join"),
                              ("membership", "Sara Kå", "Politiskt samråd Norrby", "join"),
                              ("assignment", ["Gunilla Nors", "Sara Kå"], "vara ersättare i Politiskt samråd Norrby"))),
                   # a term, no body: the seat the sentence before left
                   _ex("Stefan Kron (C) entledigas från uppdraget som ersättare i Lokala samverkansgruppen.\n"
                       "Till ny ersättare för tiden till och med 2026-12-31 väljs Nora Pålsson (C).", decision=True,
                       body="Socialnämnden",
                       facts=(("membership", "Stefan Kron", "Lokala samverkansgruppen", "leave"),
                              ("membership", "Nora Pålsson", "Lokala samverkansgruppen", "join"))),
                   # the seat first, whose it was after it: the one elected takes it, the one before leaves
                   _ex("Till ny ersättare för Åby kommun i Hjälpmedelsrådet efter Lars Ek utses Sanna Öberg för tiden "
                       "till och med den 31 december 2026.", decision=True, body="Direktionen",
                       facts=(("membership", "Sanna Öberg", "Hjälpmedelsrådet", "replace"),
                              ("membership", "Lars Ek", "Hjälpmedelsrådet", "leave"))),
                   # the term between the seat and the verb, the huvudman after the one elected
                   _ex("Till ny ersättare i förbundsstyrelsen efter Petra Nord (M) för tiden till och med den 31 december "
                       "2026 väljs Oskar Brandt (M), Åby kommun.", decision=True, body="Förbundsfullmäktige, Utbildningsförbundet Ås",
                       facts=(("membership", "Oskar Brandt", "förbundsstyrelsen", "replace"),
                              ("membership", "Petra Nord", "förbundsstyrelsen", "leave"))),
                   _ex("Ahmad Rahimi (S) väljs till nämndens representant i Lokala närvårdsrådet efter Birgitta Sund (L). "
                       "Till ersättare för Ahmad Rahimi utses Lina Åström (KD).", decision=True, body="Socialnämnden",
                       facts=(("membership", "Ahmad Rahimi", "Lokala närvårdsrådet", "replace"),
                              ("membership", "Birgitta Sund", "Lokala närvårdsrådet", "leave"),
                              ("membership", "Lina Åström", "Lokala närvårdsrådet", "join"),
                              ("assignment", ["Ahmad Rahimi"], "vara representant i Lokala närvårdsrådet"))),
                   _ex("utse Hassan Yilmaz (V) till ledamot i Lokala samverkansgruppen för barn i Tallvik\n"
                       "till ersättare för Hassan Yilmaz (V) utse Anneli Strömgren (S)", decision=True, body="Socialnämnden",
                       facts=(("membership", "Anneli Strömgren", "Lokala samverkansgruppen för barn i Tallvik", "join"),
                              ("assignment", ["Anneli Strömgren"], "vara ersättare för Hassan Yilmaz i Lokala"))),
                   # the one whose seat it was leaves the body named, not the body that elects
                   _ex("välja Jenny Åkesson (M) till ersättare i Politiskt samverkansråd Norrby efter Mattias Holm (M) "
                       "för tiden till och med den 31 december 2026", decision=True, body="Kommunfullmäktige",
                       facts=(("membership", "Jenny Åkesson", "Politiskt samverkansråd Norrby", "replace"),
                              ("membership", "Mattias Holm", "Politiskt samverkansråd Norrby", "leave"))),
                   _ex("välja Åsa Berg (M) till räddningsnämndens ombud i Krisberedskapsrådet i Åby för tiden till och med "
                       "2030-12-31", decision=True, body="Räddningsnämnden",
                       facts=(("membership", "Åsa Berg", "Krisberedskapsrådet", "join"),
                              ("assignment", ["Åsa Berg"], "vara ombud i Krisberedskapsrådet"))),
                   _ex("välja Åsa Berg (S) till vice ordförande i samrådsorganet för tiden till och med den 31 december 2026",
                       decision=True, body="Politiskt samrådsorgan för vård i Norrby",
                       facts=(("membership", "Åsa Berg", "Politiskt samrådsorgan för vård i Norrby", "join"),)),
                   _ex("att entlediga Birgitta Sundqvist från uppdraget som representant i Lokala närvårdsrådet",
                       decision=True, body="Socialnämnden",
                       facts=(("membership", "Birgitta Sundqvist", "Lokala närvårdsrådet", "leave"),)),
                   _ex("att entlediga Per Holm (C) från uppdraget som nämndens ersättare i Lokala närvårdsrådet",
                       decision=True, body="Socialnämnden",
                       facts=(("membership", "Per Holm", "Lokala närvårdsrådet", "leave"),)),
                   # a fyllnadsval in fullmäktige: the resignation granted, the seat named before the one elected
                   _ex("bevilja Anna Wik (M) entledigande från uppdraget som ledamot i vård- och omsorgsnämnden\n"
                       "som ny ledamot i vård- och omsorgsnämnden för tiden till och med den 31 december 2026 välja Ulla Mörk (M)\n"
                       "som ny ersättare i vård- och omsorgsnämnden efter Ulla Mörk (M) välja Olle Lund (M) för samma tid",
                       decision=True, body="Kommunfullmäktige",
                       facts=(("membership", "Anna Wik", "vård- och omsorgsnämnden", "leave"),
                              ("membership", "Ulla Mörk", "vård- och omsorgsnämnden", "join"),
                              ("membership", "Olle Lund", "vård- och omsorgsnämnden", "join"),
                              ("assignment", ["Olle Lund"], "vara ersättare i vård- och omsorgsnämnden")))),
         counter_examples=("Nämnden väljer att avvakta.",)),
    # the body that met sends its people to an occasion: a duty, no seat ("Bygderådet representeras av A och B")
    Rule("represented_at", "assignment", triggers=("representeras",), handler="_represented_at",
         examples=(_ex("Bygderådet representeras av Elin Borg och Mattias Öhrn.", roster=_ROSTER, body="Lövåsens bygderåd",
                       facts=(("assignment", ["Elin Borg", "Mattias Öhrn"], "representera bygderådet"),)),
                   _ex("Föreningen representeras vid länsstämman av Elin Borg.", roster=_ROSTER,
                       body="Styrelsen, Föreningen Anhörigstöd Ås",
                       facts=(("assignment", ["Elin Borg"], "representera föreningen vid länsstämman"),))),
         counter_examples=("Lövsta kommun representeras i Styrgrupp Barnahus av Gun Berg och Per Lind.",
                           "Föreningen representeras av sin ordförande.")),
    Rule("represented_by", "membership", change="join",
         triggers=("företräds", "representeras"),
         # "Per Holm meddelar att Åby kommun från den 1 september företräds i LVO av kommunens nya
         # socialchef Sofia Lind, som ersätter honom": who told it, when, the newcomer's title, whom she replaces
         pattern=r"^(?:(?P<speaker>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+(?:meddelar|berättar|informerar\s+om)\s+att\s+)?"
                 r"(?P<hm>" + _HUVUDMAN + r"|[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,3}?)"
                 r"(?:\s+(?:från\s+och\s+med|från|fr\.\s?o\.\s?m\.|fram\s+till|under)\s+[^.;,]{2,30}?)?\s+(?:företräds|representeras)\s+"
                 # the time after the verb: "Medicinkliniken representeras från och med februari av Ann Ek"
                 r"(?:(?:från\s+och\s+med|från|fr\.\s?o\.\s?m\.)\s+[^.;,]{2,30}?\s+(?=(?:i\s+[^.;,]+?\s+)?av\s)|"
                 r"(?:framöver|fortsättningsvis|hädanefter)\s+)?"
                 r"(?:i\s+(?P<group>[^.;,]+?)\s+)?av\s+(?:(?:kommunens|regionens|förvaltningens|sin|[\wåäö]+s)\s+)?(?:nya?\s+)?"
                 r"(?:[a-zåäö][\wåäö-]+\s+)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}" + _PARTY +
                 r"(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}" + _PARTY + r")*)"
                 # "… av Oskar Lindeberg (M) och Roland Esbjörnsson (S) som ledamöter": the seat they hold
                 r"(?:\s+som\s+(?P<srole>ledamöter|ledamot|ersättare|representanter|representant)(?:\s+i\s+(?P<sgroup>[^.;,]+?))?)?"
                 r"(?P<repl>,\s*som\s+ersätter\s+(?:honom|henne|hen))?(?:,[^.;]*)?$"
                 # "Från och med januari representeras Berga kommun av Gunnar Vik": the time first, the verb second
                 r"|^(?:[Ff]rån\s+och\s+med|[Ff]rån|[Ff]r\.\s?o\.\s?m\.|[Uu]nder)\s+[^.;,]{2,30}?\s+(?:företräds|representeras)\s+"
                 r"(?P<hm2>" + _HUVUDMAN + r")\s+(?:i\s+(?P<group2>[^.;,]+?)\s+)?av\s+(?:(?:kommunens|regionens|sin)\s+)?"
                 r"(?:nya?\s+)?(?:[a-zåäö][\wåäö-]+\s+)?(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:,[^.;]*)?$"
                 # "Arbetsgrupp X, där Åby kommun sedan 1 november företräds av Eva Ek och Bo Lind, har …": the
                 # seats of a huvudman in the body just named, told in passing
                 r"|(?:^|\s)(?P<group3>[A-ZÅÄÖ][^.;,]{2,80}?),\s+där\s+(?P<hm3>" + _HUVUDMAN + r")"
                 r"(?:\s+(?:sedan|från\s+och\s+med|från)\s+[^.;,]{2,30}?)?\s+(?:företräds|representeras)\s+av\s+"
                 r"(?:[a-zåäö][\wåäö-]+\s+)?(?P<who3>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}"
                 r"(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})*)(?:,|$)",
         examples=(_ex("Arbetsgrupp SIP inrättas. Region Norrby företräds i arbetsgruppen av Karin Ek.", body="Styrgrupp Barnahus",
                       facts=(("membership", "Karin Ek", "Arbetsgrupp SIP", "join"),)),
                   _ex("Från och med januari representeras Åby kommun av Gunnar Vik.", body="Styrgrupp Barnahus",
                       facts=(("membership", "Gunnar Vik", "Styrgrupp Barnahus", "join"),)),
                   _ex("Per Holm meddelar att Åby kommun från den 1 september företräds i Styrgrupp Barnahus av "
                       "kommunens nya socialchef Sofia Lind, som ersätter honom.",
                       ("membership", "Sofia Lind", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Per Holm", "Styrgrupp Barnahus", "leave")),
                   _ex("Lövsta kommun representeras i Styrgrupp Barnahus av Gun Berg och Per Lind.",
                       ("membership", "Gun Berg", "Styrgrupp Barnahus", "join"),
                       ("membership", "Per Lind", "Styrgrupp Barnahus", "join")),
                   # the seats a kommun holds in the body the sentence before is about, told in a nämnd's protocol:
                   # seats held, no task
                   _ex("Styrgrupp Barnahus är ett samverkansorgan för huvudmännen. Lövsta kommun företräds av Gun Berg (S) "
                       "och Per Lind (M) som ledamöter.", body="Kommunstyrelsens arbetsutskott, Lövsta kommun",
                       facts=(("membership", "Gun Berg", "Styrgrupp Barnahus", "member"),
                              ("membership", "Per Lind", "Styrgrupp Barnahus", "member"))),
                   # the body named first, the huvudman's seats in it told in a relative clause
                   _ex("Arbetsgrupp trygg hemgång, där Åby kommun företräds av Hanna Ek och Ingrid Sjö, har följt upp "
                       "ledtiderna.", body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Hanna Ek", "Arbetsgrupp trygg hemgång", "join"),
                              ("membership", "Ingrid Sjö", "Arbetsgrupp trygg hemgång", "join"))),
                   _ex("Projektet leds av Styrgrupp för digitala vårdmöten, där Åby kommun sedan den 1 november "
                       "företräds av digitaliseringsstrategen Alva Nord.", body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Alva Nord", "Styrgrupp för digitala vårdmöten", "join"),))),
         counter_examples=("Region Norrby företräds av sin ordförande.",)),
    # the seat told with a time or condition first and the verb before its holder: "Tills vidare företräder Eva Ek
    # Åby kommun i referensgruppen", "Från och med januari representerar Per Holm (S) nämnden i styrgruppen"
    Rule("represents_in_fronted", "membership", change="join", narrative_only=True,
         triggers=("representerar", "företräder"),
         pattern=r"^(?:[Tt]ills\s+vidare|[Tt]illfälligt|[Uu]nder\s+tiden|[Ff]ramöver|[Ii]\s+fortsättningen|"
                 r"[Ff]rån\s+och\s+med\s+[^.;,]{2,30}?|[Ss]edan\s+[^.;,]{2,30}?|[Ii]\s+väntan\s+på\s+[^.;,]{2,60}?),?\s+"
                 r"(?:representerar|företräder)\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)(?:\s*\([^()]{1,12}\))?"
                 r"\s+(?P<hm>[^.;,]{2,60}?)\s+i\s+(?P<group>[^.;,]+?)" + _UNTIL + r"\.?$",
         examples=(_ex("Tills vidare företräder Eva Ek Åby kommun i Styrgrupp Barnahus.",
                       ("membership", "Eva Ek", "Styrgrupp Barnahus", "join")),
                   _ex("Från och med januari representerar Per Holm (S) nämnden i Styrgrupp Barnahus.",
                       ("membership", "Per Holm", "Styrgrupp Barnahus", "join"), body="Socialnämnden, Åby kommun")),
         counter_examples=("Tills vidare företräder ordföranden nämnden i frågan.",
                           "Tills vidare företräder Eva Ek.")),
    # a council's roster told in a sentence: "Sara Lind representerar samhällsbyggnadsnämnden i rådet",
    # "Gun Berg representerar SPF i pensionärsrådet från och med januari"
    Rule("represents_in", "membership", change="join", narrative_only=True, triggers=("representerar", "företräder"),
         # (also the one welcomed, in a relative clause, and whom from: "…, särskilt Eva Ek som sedan den 1 januari
         # företräder Åby kommun i styrgruppen efter Per Holm")
         # (two seated together: "Kent Ek och Maria Holm representerar nämnden i arbetsgruppen")
         pattern=r"(?:^|,\s+(?:särskilt\s+)?)(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}"
                 r"(?:\s+(?:\([^()]{1,12}\)\s+)?och\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})?)(?:\s*\([^()]{1,12}\))?"
                 r"(?:,?\s+som(?:\s+(?:sedan|från\s+och\s+med)\s+[^.;,]{2,30}?|\s+nu)?)?\s+(?:representerar|företräder)\s+"
                 r"(?P<hm>[^.;,]{2,60}?)\s+i\s+(?P<group>[^.;,]+?)(?:\s+efter\s+(?P<old>" + _NAME + r"))?"
                 + _UNTIL + r"(?:,\s+som\s[^;]*)?$",
         examples=(_ex("Sara Lind representerar samhällsbyggnadsnämnden i rådet.",
                       ("membership", "Sara Lind", "Kommunala pensionärsrådet, Åby kommun", "join"),
                       body="Kommunala pensionärsrådet, Åby kommun"),
                   # told after a dash of the one the sentence began with
                   _ex("Mats Rehn presenterade sig – hon företräder Tallmo kommun i Styrgrupp Barnahus efter Jukka Heikkinen.",
                       ("membership", "Mats Rehn", "Styrgrupp Barnahus", "replace"),
                       ("membership", "Jukka Heikkinen", "Styrgrupp Barnahus", "leave")),
                   _ex("Gun Berg representerar SPF i Styrgrupp Barnahus från och med januari.",
                       ("membership", "Gun Berg", "Styrgrupp Barnahus", "join")),
                   # a network named by what it is for, after its owner in the genitive
                   _ex("Erik Sand representerar gruppen i länets nätverk för barnhälsovård.",
                       ("membership", "Erik Sand", "nätverk för barnhälsovård", "join")),
                   _ex("Per Ek företräder kommunerna i Nätverket för socialchefer.",
                       ("membership", "Per Ek", "Nätverket för socialchefer", "join")),
                   # two seated together
                   _ex("Kent Ek och Maria Holm representerar nämnden i Styrgrupp Barnahus.",
                       ("membership", "Kent Ek", "Styrgrupp Barnahus", "join"),
                       ("membership", "Maria Holm", "Styrgrupp Barnahus", "join"), body="Socialnämnden, Åby kommun"),
                   # the newcomer welcomed, her seat and whose it was in a relative clause
                   _ex("Ordföranden hälsade välkommen, särskilt Eva Ek som sedan den 1 januari företräder Åby kommun i "
                       "styrgruppen efter Per Holm.", body="Styrgrupp Barnahus",
                       facts=(("membership", "Eva Ek", "Styrgrupp Barnahus", "replace"),
                              ("membership", "Per Holm", "Styrgrupp Barnahus", "leave"))),
                   # what the body does told after it in a relative clause
                   _ex("Petra Holm företräder kommunen i Arbetsgrupp SIP, som har reviderat rutinen på uppdrag av "
                       "Styrgrupp Nära vård.", body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Petra Holm", "Arbetsgrupp SIP", "join"),))),
         counter_examples=("Regionen representerar huvudmännen i frågan.",
                           "Anna Ek representerar regionen i frågor om hjälpmedel.",
                           "Anna Ek representerar regionen i ett nätverk för chefer.")),
    # who leads a body, told with what it is: "Rådet består av företrädare för … och leds av Saga Nordin (S)."
    Rule("led_by", "membership", change="member", narrative_only=True, exclusive=False, triggers=("leds av",),
         pattern=r"^(?=[A-ZÅÄÖ])(?P<group>(?:[A-ZÅÄÖ][\wåäö-]*\s+)?[\wåäöÅÄÖ-]*(?:[Gg]rupp|[Gg]ruppen|[Rr]ådet|[Rr]åd|"
                 r"[Nn]ätverket|[Tt]eamet|[Ff]orumet)\b[^.;,]{0,60}?)\s+"
                 r"(?:(?:består|samlar|träffas|arbetar)\b[^.;]{2,200}?\s+och\s+)?leds\s+av\s+(?P<who>" + _NAME + r")"
                 r"(?:\s+\([^()]{1,12}\))?\.?$",
         examples=(_ex("Arbetsgrupp SIP består av företrädare för socialtjänsten, elevhälsan och vårdcentralen och leds av "
                       "Eva Ek (S).", ("membership", "Eva Ek", "Arbetsgrupp SIP", "member")),),
         counter_examples=("Mötet leds av Elin Borg.", "Projektet leds av Elin Borg.",
                           "Gruppen leds av en styrgrupp med företrädare för huvudmännen.")),
    # "Per Holm blir Åbys representant i projektgruppen": the seat, taken for the huvudman in the genitive
    # "Anna Lund är gruppens representant i regionens samverkansgrupp för äldre": a seat held, for the one in
    # the genitive
    Rule("is_representative", "membership", change="member", exclusive=False, narrative_only=True,
         triggers=("representant i", "s ledamot i", "s ersättare i", "s kontaktperson i"),
         pattern=r"(?:^|,?\s+och\s+)(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+är\s+(?:också\s+|även\s+)?"
                 r"(?:[A-ZÅÄÖ][\wåäö-]+s|[a-zåäö]*(?:gruppens|rådets|nämndens|förvaltningens|nätverkets)|kommunens|regionens|"
                 r"kommunernas)\s+(?P<role>representant|ledamot|ersättare|kontaktperson)\s+i\s+(?P<group>[^.;,]+?)" + _UNTIL + r"$",
         examples=(_ex("Anna Lund är gruppens representant i regionens samverkansgrupp för äldre.",
                       ("membership", "Anna Lund", "samverkansgrupp för äldre", "member")),
                   _ex("Erik Sand är Åbys representant i länets nätverk för barnhälsovård.",
                       ("membership", "Erik Sand", "nätverk för barnhälsovård", "member")),
                   _ex("Eva Lund är kommunens ledamot i Styrgrupp Barnahus.",
                       ("membership", "Eva Lund", "Styrgrupp Barnahus", "member"))),
         counter_examples=("Det är gruppens representant i styrgruppen som ska återkomma.",
                           "Anna Lund är gruppens representant.",
                           "Anna Lund är gruppens representant i frågor om hjälpmedel.")),
    # the seat first, who holds it after: "Kommunens ledamot i samrådet är Roland Kjell."
    Rule("representative_is", "membership", change="member", exclusive=False, narrative_only=True,
         triggers=("s ledamot i", "s ersättare i", "s representant i", "s kontaktperson i"),
         pattern=r"^(?:[A-ZÅÄÖ][\wåäö-]+\s+kommuns|[A-ZÅÄÖ][\wåäö-]+s|Kommunens|Regionens|Gruppens)\s+"
                 r"(?P<role>representant|ledamot|ersättare|kontaktperson)\s+i\s+(?P<group>[^.;,]+?)\s+är\s+"
                 r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s*\([^()]{1,12}\))?\.?$",
         examples=(_ex("Kommunens ledamot i Styrgrupp Barnahus är Roland Kjell.",
                       ("membership", "Roland Kjell", "Styrgrupp Barnahus", "member")),
                   _ex("Åby kommuns ersättare i Styrgrupp Barnahus är Eva Lund (S).",
                       ("membership", "Eva Lund", "Styrgrupp Barnahus", "member")),
                   # the samråd named in full before, then by its kind
                   _ex("Tore Ahl har begärt entledigande som ersättare i Politiskt samråd Nära vård Åby. Kommunens "
                       "ledamot i samrådet är Roland Kjell.", body="Socialnämnden, Åby kommun",
                       facts=(("membership", "Roland Kjell", "Politiskt samråd Nära vård Åby", "member"),))),
         counter_examples=("Kommunens ledamot i styrgruppen är inte utsedd.",)),
    # a huvudman's seat filled now, told by the seat first: "Regionens representant blir Magnus Ek", "Åby kommuns nya
    # ledamot i styrgruppen blir Eva Lund från januari" (without a body named: in the group the item named last)
    Rule("representative_becomes", "membership", change="join", exclusive=False,
         triggers=("s representant blir", "s ledamot blir", "s ersättare blir", "s kontaktperson blir", "s nya ",
                   "s representant i", "s ledamot i", "s ersättare i"),
         pattern=r"^(?:[A-ZÅÄÖ][\wåäö-]+\s+kommuns|Region\s+[A-ZÅÄÖ][\wåäö-]+s|[A-ZÅÄÖ][\wåäö-]+s|Kommunens|Regionens)\s+"
                 r"(?:nya\s+)?(?P<role>representant|ledamot|ersättare|kontaktperson)(?:\s+i\s+(?P<group>[^.;,]+?))?\s+blir\s+"
                 r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s*\([^()]{1,12}\))?"
                 r"(?:\s+(?:från|fr\.\s?o\.\s?m\.?|efter)\b[^.;]*)?\.?$",
         examples=(_ex("Respektive kommun utser en representant till Arbetsgrupp välfärdsteknik. Regionens representant blir "
                       "Magnus Ek.", facts=(("membership", "Magnus Ek", "Arbetsgrupp välfärdsteknik", "join"),
                                            ("assignment", ["Magnus Ek"], "vara regionens representant i Arbetsgrupp välfärdsteknik"))),
                   _ex("Åby kommuns nya ledamot i Styrgrupp Barnahus blir Eva Lund från januari.",
                       ("membership", "Eva Lund", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Regionens representant blir utsedd senare.", "Kommunens ledamot blir kvar i gruppen.")),
    # decided: "Beslöts att Eira Sund representerar LAG i X": the seat, beside the duty the decision gives
    Rule("decided_represents_in", "membership", change="join", decision_only=True, exclusive=False,
         triggers=("representerar", "företräder"),
         # two named together: "Lena Strand och Emil Gran representerar samverkansgruppen i arbetsgruppen …"
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}"
                 r"(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}){0,3})\s+(?:representerar|företräder)\s+"
                 r"(?P<hm>[^.;,]{2,60}?)\s+i\s+(?P<group>[^.;,]+?)" + _UNTIL + r"(?:,\s+som\s[^;]*)?$",
         examples=(_ex("Gun Berg representerar LAG i Styrgrupp Barnahus från och med januari.", decision=True,
                       body="LAG, Leader Åmyren", roster=("Gun Berg",),
                       facts=(("membership", "Gun Berg", "Styrgrupp Barnahus", "join"),
                              ("assignment", ["Gun Berg"], "representera LAG i Styrgrupp Barnahus"))),
                   # a network named by its owner: the seat in it though the kind names no body alone
                   # two seated together by one decision
                   _ex("Lena Strand och Emil Gran representerar samverkansgruppen i arbetsgruppen för övergångar.",
                       decision=True, body="Samverkansgrupp barn", roster=("Lena Strand", "Emil Gran"),
                       facts=(("membership", "Lena Strand", "arbetsgruppen för övergångar", "join"),
                              ("membership", "Emil Gran", "arbetsgruppen för övergångar", "join"),
                              ("assignment", ["Lena Strand", "Emil Gran"], "representera samverkansgruppen"))),
                   _ex("Eira Sund representerar LAG i Länets landsbygdsnätverk.", decision=True,
                       body="LAG, Leader Åmyren", roster=("Eira Sund",),
                       facts=(("membership", "Eira Sund", "Länets landsbygdsnätverk", "join"),))),
         counter_examples=("att styrgruppen företräder huvudmännen i frågan",)),
    # a newcomer's first meeting told under the roster: "Eva Ek deltog för första gången som ny representant för
    # elevhälsan i Åby kommun": her seat in the body that met
    # (the seat after a comma in loose notes: "Zeynep är med för första gången, ordinarie för biståndsenheten fr.o.m. nu")
    # the chair welcoming a new member to the first meeting: "Ordföranden hälsade Fredrik Ahlqvist välkommen till hans
    # första möte i RLG" (a guest welcomed to the meeting is no member: "hälsade Eva Ek välkommen till mötet")
    Rule("welcomed_to_first_meeting", "membership", change="join", narrative_only=True, exclusive=False,
         triggers=("första möte", "första sammanträde"),
         pattern=r"\b(?:hälsade|hälsar)\s+(?P<who>" + _NAME + r")(?:\s+\([^()]{1,12}\))?\s+välkommen\s+(?:till|på)\s+"
                 r"(?:hans|hennes|sitt|dennes|hens)\s+första\s+(?:möte|sammanträde)(?:\s+i\s+(?P<group>[^.;,]+?))?(?=[.;,]|$)",
         examples=(_ex("Ordföranden hälsade Fredrik Ahlqvist välkommen till hans första möte i gruppen.",
                       ("membership", "Fredrik Ahlqvist", "Samverkansgrupp äldre", "join"), roster=("Fredrik Ahlqvist",)),),
         counter_examples=("Ordföranden hälsade Eva Ek välkommen till mötet.",
                           "Ordföranden hälsade Eva Ek välkommen till första mötet med referensgruppen i maj.")),
    Rule("first_meeting_as_member", "membership", change="join", triggers=("för första gången som ny", "första möte som ny",
                                                                           "för första gången,"),
         pattern=r"^(?P<who>" + _NAME + r"|[A-ZÅÄÖ][a-zåäöé]+)\s+(?:deltog|deltar|var\s+med|är\s+med)\s+(?:(?:i\s*dag|idag)\s+)?"
                 r"(?:för\s+första\s+gången|på\s+sitt\s+första\s+möte)(?:\s+som\s+ny|,\s+(?:ny\s+)?(?=ordinarie\b|"
                 r"(?:ledamot|representant|ersättare)\s+(?:för|från)\b))\s*"
                 r"(?P<role>ledamot|representant|ersättare|deltagare|medlem|ordinarie)\b(?:\s+(?:ledamot|representant)\b)?"
                 r"(?:\s+(?:för|från)\s+[^.;]+?)?(?:\s+(?:fr\.\s?o\.\s?m\.|från\s+och\s+med)\s+[^.;]+?)?\.?$",
         examples=(_ex("Sanna Pirinen deltog för första gången som ny representant för elevhälsan i Åby kommun.",
                       ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "join"), roster=_ROSTER),
                   _ex("Elin Borg deltar i dag för första gången som ny ledamot för Region Österland.",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "join"), roster=_ROSTER),
                   _ex("Elin är med för första gången, ordinarie för biståndsenheten fr.o.m. nu",
                       ("membership", "Elin Borg", "Samverkansgrupp äldre", "join"), roster=_ROSTER)),
         counter_examples=("Elin deltar för första gången.", "Elin Borg deltog för första gången i en SIP.")),
    # the one a newcomer succeeds, named after her in a sentence of its own: "… som ny representant. Hon
    # efterträder Per Lind, som har gått i pension."
    Rule("succeeded_by_the_one_before", "membership", change="leave",
         triggers=("hon efterträder", "han efterträder", "hen efterträder"),
         # (the newcomer in the clause before a semicolon: "Therese Nilsson deltar för första gången; hon efterträder B")
         pattern=r"^(?:(?P<new>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})\s[^;]{2,160};\s+(?=[hH]))?"
                 r"(?:Hon|Han|Hen|hon|han|hen)\s+(?:efterträder|efterträdde|har\s+efterträtt)\s+(?P<who>" + _NAME + r")"
                 r"(?:\s+i\s+(?P<group>[^.;,]+?))?(?:,\s+som\b.*|\s+(?:från|efter|vid)\b.*)?$",
         examples=(_ex("Sanna Pirinen deltog för första gången som ny ledamot. Hon efterträder Elin Borg, som har gått i "
                       "pension.", ("membership", "Elin Borg", "Samverkansgrupp äldre", "leave"), roster=_ROSTER),
                   _ex("Sanna Pirinen deltar för första gången och representerar Åby kommun; hon efterträder Per Lind.",
                       ("membership", "Per Lind", "Samverkansgrupp äldre", "leave"),
                       ("membership", "Sanna Pirinen", "Samverkansgrupp äldre", "replace"), roster=_ROSTER),),
         counter_examples=("Hon efterträder rutinen från 2019.",)),
    # "Varje kommun utser en deltagare; Sofie deltar för regionen": her seat for a huvudman in the body the
    # item creates (else the one it is about)
    Rule("takes_part_for", "membership", change="join", triggers=("deltar för", "ingår för", "sitter med för"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?:deltar|ingår|sitter\s+med)\s+för\s+"
                 r"(?P<hm>" + _HUVUDMAN + r"|regionen|kommunen)(?:\s+i\s+(?P<group>[^.;,]+?))?$",
         examples=(_ex("Styrgruppen beslutade att inrätta Arbetsgrupp suicidprevention. Varje kommun utser en deltagare; "
                       "Elin deltar för regionen.", ("membership", "Elin Borg", "Arbetsgrupp suicidprevention", "join"),
                       roster=_ROSTER, body="Styrgrupp Barnahus"),),
         counter_examples=("Elin deltar för första gången.",)),
    # a seat taken in another body for a side, for now: "Kim Ek deltar tills vidare i LPO psykisk hälsa som kommunernas
    # representant"
    Rule("takes_part_in_as_representative", "membership", change="join",
         triggers=(" som kommunernas ", " som regionens ", " kommuns representant", " kommuns företrädare"),
         pattern=r"^(?P<who>" + _NAME + r")\s+(?:deltar|ingår|sitter\s+med)\s+(?:(?:tills\s+vidare|fortsättningsvis|"
                 r"tillfälligt|från\s+och\s+med\s+nu)\s+)?i\s+(?P<group>[A-ZÅÄÖ][^.;,]+?)\s+som\s+"
                 r"(?P<hm>kommunernas|regionens|[A-ZÅÄÖ][\wåäö-]+\s+kommuns)\s+(?:gemensamma\s+)?(?:representant|företrädare)\b[^.;]*$",
         examples=(_ex("Kim Ek deltar tills vidare i LPO psykisk hälsa som kommunernas representant.", roster=("Kim Ek",),
                       facts=(("membership", "Kim Ek", "LPO psykisk hälsa", "join"),)),),
         counter_examples=("Kim Ek deltar i mötet som kommunernas representant.",)),
    # "Eva Ek deltog för första gången som ny representant för Åby kommun": her seat in the body that met, new
    Rule("first_time_as_representative", "membership", change="join", triggers=("för första gången som",),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+(?:deltog|deltar|var\s+med)\s+"
                 r"för\s+första\s+gången\s+som\s+(?:ny\s+)?(?:representant|ledamot|företrädare)\s+för\s+"
                 r"(?P<hm>" + _HUVUDMAN + r"|regionen|kommunen)(?:\s+i\s+(?P<group>[^.;,]+?))?$",
         examples=(_ex("Eva Ek deltog för första gången som ny representant för Åby kommun.",
                       ("membership", "Eva Ek", "Styrgrupp Barnahus", "join"), body="Styrgrupp Barnahus", roster=("Eva Ek",)),),
         counter_examples=("Elin deltar för första gången.",
                           "Eva Ek deltog för första gången som åhörare.")),
    # "Arbetsgruppen är nu fulltalig: A (Åby), B (Tallvik) och C (Ekby) har anmälts": named to it
    Rule("named_to_body", "membership", change="join", triggers=("har anmälts", "har nu anmälts"),
         pattern=r"^(?:(?P<group0>[A-ZÅÄÖ][^:;.]{2,80}?)\s+är\s+(?:nu\s+)?(?:fulltalig|komplett|fullständig)\s*:\s*)?"
                 r"(?P<who>[A-ZÅÄÖ][^.;:]{2,240}?)\s+har\s+(?:nu\s+)?anmälts(?:\s+(?:till|som\s+"
                 r"(?P<role>ledamot|ledamöter|representanter|representant|deltagare|ersättare)\s+i)\s+(?P<group>[^.;,]+?))?$",
         examples=(_ex("Arbetsgruppen är nu fulltalig: Anna Ek (Åby), Maria Holm (Tallvik) och Erik Sjö (Ekby) har anmälts.",
                       ("membership", "Maria Holm", "Arbetsgrupp SIP", "join"),
                       ("membership", "Erik Sjö", "Arbetsgrupp SIP", "join"), body="Arbetsgrupp SIP"),
                   _ex("Karin Ek och Per Holm har anmälts till Styrgrupp Barnahus.",
                       ("membership", "Per Holm", "Styrgrupp Barnahus", "join"))),
         counter_examples=("Två ärenden har anmälts till IVO.",)),
    Rule("holds_seat", "membership", change="member",
         triggers=(" är ersättare", " är ledamot", " är representant", " är ny ", " är nya ", " är ordinarie"),
         pattern=r"^(?:(?:notera|noterar|noteras)\s+(?:att\s+)?)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})"
                 r"(?:,[^,.;]{2,80},)?\s+är\s+"  # "Filip Norberg, enhetschef för elevhälsan i Åby, är ny ledamot"
                 r"(?P<new>nya?\s+)?(?:ordinarie\s+)?" + _ROLE + r"(?:\s+för\s+(?P<hm>" + _HUVUDMAN + r"|[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3}?(?=\s+i\s)))?"
                 r"(?:\s+(?:i|för|vid)\s+(?P<group>[^.;,]+?))?" + _UNTIL + r"$",
         examples=(_ex("notera att Johanna Mäkinen (L) är ersättare för Ekholma kommun i rådet", decision=True,
                       body="Politiskt samverkansråd",
                       facts=(("membership", "Johanna Mäkinen", "Politiskt samverkansråd", "member"),)),
                   _ex("Filip Norberg, enhetschef för elevhälsan i Åby, är ny ledamot för Åby kommun från "
                       "och med dagens möte.", ("membership", "Filip Norberg", "Samverkansgrupp äldre", "join")),
                   # the unit a representative speaks for before the body: "för BUP i arbetsgruppen"
                   # and "arbetsgruppen" in the minutes of an "Operativ arbetsgrupp" is the body that met
                   _ex("Petra Holmgren är ny representant för BUP i arbetsgruppen.", body="Operativ arbetsgrupp SIP",
                       roster=("Petra Holmgren, Region Åsen",),
                       facts=(("membership", "Petra Holmgren", "Operativ arbetsgrupp SIP", "join"),))),
         counter_examples=("Ordföranden är ledamot sedan 2019.",)),
    # a standing chair told in the running text: "Tobias Lund är ordförande i RLG", "… informerar om
    # arbetet i RLG, där han är ordförande"
    Rule("chairs_body", "membership", change="member", narrative_only=True, exclusive=False,
         triggers=(" är ordförande i", " är vice ordförande i", "där han är", "där hon är", "där han sedan",
                   "där hon sedan", "ns ordförande ", "ns vice ordförande "),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+är\s+(?P<role>(?:vice\s+)?ordförande)"
                 r"\s+i\s+(?P<group>[^.;,]+?)(?:\s+sedan\b[^.;]*)?$"
                 r"|^(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+(?:informerar|berättar|redogör)\s+"
                 r"(?:om|för)\s+(?:arbetet\s+)?i\s+(?P<group2>[^.;,]+?),\s+där\s+(?:han|hon)\s+(?:sedan\s+[^.;,]+?\s+)?är\s+"
                 r"(?P<role2>(?:vice\s+)?ordförande)\b[^.;]*$"
                 # "… till vård- och omsorgsnämndens ordförande Gunilla Sandberg (C)": a nämnd named by its kind
                 r"|(?:^|\s)(?P<group3>(?:[a-zåäö]+-\s+och\s+)?[a-zåäö]+(?:nämnden|styrelsen|beredningen|utskottet)s)\s+"
                 r"(?P<role3>(?:vice\s+)?ordförande)\s+(?P<who3>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\b",
         examples=(_ex("Tobias Ek är ordförande i RLG.", ("membership", "Tobias Ek", "RLG", "member"),
                       body="Politiskt samråd"),
                   _ex("Tomas Nilsson (S) har ställt en interpellation till vård- och omsorgsnämndens ordförande "
                       "Gunilla Sandberg (C) om väntetider.", body="Kommunfullmäktige",
                       facts=(("membership", "Gunilla Sandberg", "vård- och omsorgsnämnden", "member"),)),
                   _ex("Tobias Ek informerar om arbetet i Regional ledningsgrupp för vård och omsorg i Norrby, där han "
                       "är ordförande.", ("membership", "Tobias Ek", "Regional ledningsgrupp för vård och omsorg i Norrby",
                                          "member"), body="Socialnämnden")),
         counter_examples=("Ordföranden är ordförande i rådet.", "Tobias Ek är ordförande i styrgruppen om föreningen bildas.",
                           "Frågan ställs till nämndens ordförande Gunilla Sandberg.")),
    # the one who convenes a body named by its topic, told as a state: "Eva Dahl är fortsatt sammankallande för
    # gruppen för anhörigstöd" (a body by its kind alone, "arbetsgruppen", is read where it is set up)
    Rule("convenes_named", "membership", change="member", narrative_only=True, exclusive=False,
         triggers=(" sammankallande för ", " sammankallande i "),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+är\s+(?P<still>(?:fortsatt|fortfarande|"
                 r"även|också)\s+)?(?P<role>sammankallande)\s+(?:för|i)\s+(?P<group>[^.;,]+?)"
                 # "…, som tar fram utbildningsmaterialet": the group's task (who else sits in it, after a dash, the
                 # take_part_in_the_group rule reads)
                 r"(?:,\s+som\s+(?P<task>(?:tar\s+fram|ser\s+över|arbetar\s+fram|[a-zåäö]{3,}(?:ar|er))\s+[^.;–—]+?))?\s*\.?$",
         examples=(_ex("Eva Dahl är fortsatt sammankallande för gruppen för anhörigstöd.",
                       ("membership", "Eva Dahl", "gruppen för anhörigstöd", "member")),
                   _ex("Elin Borg är sammankallande för arbetsgruppen för delegeringsutbildning, som tar fram "
                       "utbildningsmaterialet – Sanna och Fatima deltar.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "arbetsgruppen för delegeringsutbildning", "member"),
                              ("assignment", ["arbetsgruppen för delegeringsutbildning"], "ta fram utbildningsmaterialet"))),
                   _ex("Omar Said är även sammankallande för gruppen för trygg hemgång.",
                       ("membership", "Omar Said", "gruppen för trygg hemgång", "member"))),
         counter_examples=("Frågan om vem som är sammankallande för gruppen tas upp i höst.",)),
    Rule("seat_from_date", "membership", change="join", triggers=("ordförande", "sammankallande"),
         handler="_ms_seat_from_date",
         examples=(_ex("Från den 1 juli 2026 är Karin Ek ordförande och Jonas Berg vice ordförande.",
                       ("membership", "Karin Ek", "Samverkansgrupp äldre", "join"),
                       ("membership", "Jonas Berg", "Samverkansgrupp äldre", "join")),
                   # the time after the roles, decided: the chair and the vice changing places
                   _ex("Jonas Berg är ordförande och Karin Ek vice ordförande från och med § 3 på detta möte och till och "
                       "med den 31 december 2027.", decision=True,
                       facts=(("membership", "Jonas Berg", "Samverkansgrupp äldre", "join"),
                              ("membership", "Karin Ek", "Samverkansgrupp äldre", "join"))),),
         counter_examples=("Karin Ek är ordförande och Jonas Berg vice ordförande.",
                           "Från den 1 juli är det ordförande som kallar till mötet.")),
    # a group grown by a named newcomer: "Gruppen utökas med Karin Sjö från Åby kommun", "Arbetsgruppen har
    # kompletterats med Per Ek, Region Västmark" (not "utökas med en representant från varje kommun": no name)
    Rule("group_extended", "membership", change="join",
         triggers=("utökas med", "utökats med", "utökades med", "kompletteras med", "kompletterats med",
                   "kompletterades med"),
         pattern=r"^(?P<group>[Gg]ruppen|[A-ZÅÄÖ][\wåäö-]*(?:gruppen|rådet|teamet|nätverket)|[A-ZÅÄÖ][\wåäö-]*(?:grupp|team|nätverk)"
                 r"\s+[^.;,]+?)\s+(?:har\s+)?(?:utökats|utökas|utökades|kompletteras|kompletterats|kompletterades)\s+med\s+"
                 r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}(?:(?:\s+(?:från|för)\s+[^.;,]+?|,\s*[^.;,]+?,?)?"
                 r"\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})?)"
                 r"(?:\s+(?:från|för)\s+[^.;,]+?|,\s*[^.;]+?)?\s*$",
         examples=(_ex("Gruppen utökas med Karin Sjö från Åby kommun.",
                       ("membership", "Karin Sjö", "Samverkansgrupp äldre", "join")),
                   _ex("Styrgrupp Barnahus har kompletterats med Per Ek, Region Västmark.",
                       ("membership", "Per Ek", "Styrgrupp Barnahus", "join")),
                   _ex("Arbetsgrupp SIP utökas med Karin Sjö från Åby kommun och Per Ek från regionen.",
                       ("membership", "Karin Sjö", "Arbetsgrupp SIP", "join"),
                       ("membership", "Per Ek", "Arbetsgrupp SIP", "join"))),
         counter_examples=("Gruppen utökas med en representant från varje kommun.",
                           "Rutinen kompletteras med en checklista.")),
    Rule("substitutes", "membership", change="join",
         triggers=("ersätter tillfälligt", "tillfälligt under", "går in", " igen", "deltar", "som ersättare"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})(?:,[^,]{2,60},)?\s+"
                 r"(?:ersätter\s+tillfälligt\s+(?P<old>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})|"
                 # "Olle Berg ersätter Anna Lund tillfälligt under våren": the adverb after the one stood in for
                 r"ersätter\s+(?P<old2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+tillfälligt\s+under\b|(?:[^.;]{0,80}?\s)?går\s+(?:då\s+)?in\s+(?:i\s+\w+\s+)?igen"
                 # "deltar som ersättare för Maja Ström": a stand-in at this meeting, read with the attendance
                 r"|deltar\s+(?:tills\s+vidare\s+som\s+ersättare|som\s+ersättare(?!\s+för\s+[A-ZÅÄÖ]))"
                 # "Erik Sjöberg går in som Holmsunds representant": a seat taken for a huvudman
                 r"|går\s+in\s+som\s+(?:ny\s+|ordinarie\s+)?(?:[A-ZÅÄÖ][\wåäö-]+s\s+|kommunens\s+|regionens\s+)?"
                 r"(?:representant|ledamot|ersättare|deltagare)\b"
                 # "Åsa Grip går in i styrgruppen som representant för FoU Skogland från januari"
                 r"|går\s+in\s+i\s+(?:gruppen|[a-zåäö-]*(?:gruppen|rådet|teamet|nämnden|beredningen))\s+som\s+(?:ny\s+)?"
                 r"(?:representant|ledamot|ersättare|deltagare)\b)"
                 r"(?P<rest>[^.;]*)(?:;\s+[^.]*)?$"
                 r"|^(?:[Ff]ram\s+till\s+dess|[Tt]ills\s+vidare|[Uu]nder\s+tiden)\s+deltar\s+(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
                 r"(?:,[^,]{2,60},)?\s+som\s+ersättare",
         examples=(_ex("Fram till dess deltar Hanna Qvarnström, MAS i Lövsta, som ersättare.",
                       ("membership", "Hanna Qvarnström", "Samverkansgrupp äldre", "join")),
                   _ex("Jonas Dahl kommer tillbaka från föräldraledigheten den 1 september och går då in i gruppen igen.",
                       ("membership", "Jonas Dahl", "Samverkansgrupp äldre", "join")),
                   _ex("Sara Holm ersätter tillfälligt Jonas Dahlgren under hösten.",
                       ("membership", "Sara Holm", "Samverkansgrupp äldre", "join")),
                   _ex("Sara Holm ersätter Jonas Dahlgren tillfälligt under våren.",
                       ("membership", "Sara Holm", "Samverkansgrupp äldre", "join")),
                   _ex("Erik Sjöberg går in som Holmsunds representant; PJW fortsätter som sammankallande.",
                       ("membership", "Erik Sjöberg", "Samverkansgrupp äldre", "join")),
                   _ex("Åsa Grip går in i samverkansgruppen som representant för FoU Norrby från januari.",
                       ("membership", "Åsa Grip", "Samverkansgrupp äldre", "join")),
                   # one who came as adjungerad takes a seat of her own
                   _ex("Lisa Grönberg går in som ordinarie deltagare för Ådalssjukhuset efter att ha varit med som "
                       "adjungerad under hösten.", ("membership", "Lisa Grönberg", "Samverkansgrupp äldre", "join"))),
         counter_examples=("Regionen deltar med två representanter.",
                           "Frågan går in som en del av handlingsplanen.",
                           "Olle Dahl deltar som ersättare för Maja Ström.",
                           "Den nya rutinen ersätter Rutin Hemgång tillfälligt under våren.")),
    Rule("states_role", "assignment", exclusive=False,
         triggers=("ledare", "samordnare", "ansvarig", "sekreterare", "ordförande", "sammankallande", "strateg", "chef"),
         handler="_states_role",
         examples=(_ex("Karin Ek är processledare för arbetet. Processledaren sammanställer synpunkterna till nästa möte.",
                       ("assignment", ["Karin Ek"], "sammanställa synpunkterna")),),
         counter_examples=("Processledaren sammanställer synpunkterna till nästa möte.",)),
    Rule("convener", "assignment", role="sammankallande",
         triggers=("sammankallande", "som ordförande", "som samordnare"),
         pattern=r"^(?:(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
                 # ("Amra Hodžić, Lindesund kommun, är sammankallande …": her huvudman between commas)
                 r"(?:,\s+(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun|Region\s+[A-ZÅÄÖ][\wåäö-]+|[Rr]egionen|[Kk]ommunen),"
                 # ("Lisa Holm, HR-strateg i Åby kommun, är sammankallande …": her title, and where, between commas)
                 r"|,\s+" + _TITLE_APPOSITION + r",)?"
                 # ("ÅLH går in som sammankallande under tiden": one stepping in while the convener is away)
                 # ("Aino blir också gruppens sammankallande från januari": the body that met, by its kind's genitive;
                 # "är även sammankallande för X" is a seat held, read by convenes_named)
                 r"\s+(?:är|blir(?:\s+(?:också|även))?|utses\s+till|utses\s+som|väljs\s+till|går\s+in\s+som)\s+"
                 r"(?:(?:gruppens|nätverkets|rådets|teamets)\s+)?"
                 # ("Sara Holmberg är tillförordnad sammankallande tills ny är utsedd": one standing in until then)
                 r"(?P<role>(?:vice\s+|tillförordnad\s+)?(?:sammankallande|ordförande|samordnare))"
                 # "… leds av en projektgrupp med primärvårdschef Tobias Ek, Region Ås, som sammankallande"
                 r"|(?P<pre>.*?)\bmed\s+(?:[a-zåäö][\wåäö-]+\s+)?(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
                 r"(?:,\s*[^,.;]{2,40},)?\s+som\s+"
                 r"(?P<role2>(?:vice\s+)?(?:sammankallande|ordförande|samordnare))"
                 # "Gruppen utsåg AB till ny sammankallande fr 1/9": the body that met its subject, or none in the
                 # decision read in the infinitive ("utse AB till ny sammankallande")
                 r"|(?:(?:[A-ZÅÄÖ][\wåäö-]*?(?:gruppen|teamet|nätverket|rådet)|Gruppen|Teamet|Nätverket|Rådet|[A-ZÅÄÖ]{2,6})\s+)?"
                 r"(?:utsåg|utser|utse|valde|väljer|välja)\s+(?P<who3>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
                 r"\s+till\s+(?:ny\s+)?(?P<role3>(?:vice\s+)?(?:sammankallande|samordnare)))"
                 # ("Eva Ek är sammankallande för rutinarbetet; förslaget redovisas i april": a clause of its own after)
                 # (from a day written short: "fr 1/9", "fr.o.m. 1 september")
                 r"(?:\s+(?:i|för)\s+(?P<group>[^.;,]+?))?(?P<when>\s+(?:från|under|fr(?:\.?o\.?m)?\.?|till|tills)(?:\b|(?<=\.)).*)?"
                 # ("… med Amir som sammankallande och en representant per kommun": the rest of those it is made of)
                 r"(?:\s+(?:och|samt)\s+(?:en|ett|två|tre|fyra|fem|varsin|var\s+sin)\s+(?:representant|ledamot|företrädare)\b[^.;]*)?"
                 r"(?:\s*;.*)?$",
         examples=(_ex("att Amra Hodžić, Lindesund kommun, är sammankallande i Styrgrupp psykisk hälsa från och med 1 augusti 2029",
                       ("membership", "Amra Hodžić", "Styrgrupp psykisk hälsa", "join"),
                       ("assignment", ["Amra Hodžić"], "vara sammankallande i styrgrupp psykisk hälsa"), decision=True),
                   _ex("att Lisa Holm, HR-strateg i Åby kommun, är sammankallande i Projektgrupp kompetens",
                       ("membership", "Lisa Holm", "Projektgrupp kompetens", "join"),
                       ("assignment", ["Lisa Holm"], "vara sammankallande i projektgrupp kompetens"), decision=True),
                   # the group the item started, by its compound kind
                   _ex("Ledningsgruppen beslutade att starta Lokal närvårdsgrupp Östmo från september. Katarina Wiik "
                       "utses till sammankallande i närvårdsgruppen.",
                       ("membership", "Katarina Wiik", "Lokal närvårdsgrupp Östmo", "join"),
                       body="Ledningsgruppen för vård och omsorg, Östmo kommun"),
                   # the body set up with its convener, the rest of its members told by how many per side
                   _ex("Gruppen bildar Arbetsgrupp tandvård i särskilda boenden med Elin Borg som sammankallande och en "
                       "representant per kommun plus en från Folktandvården.", body="Samverkansgrupp äldre", decision=True,
                       facts=(("membership", "Elin Borg", "Arbetsgrupp tandvård i särskilda boenden", "join"),
                              ("assignment", ["Elin Borg"], "vara sammankallande i Arbetsgrupp tandvård i särskilda boenden"))),
                   # one standing in until a convener is chosen
                   _ex("Elin Borg är tillförordnad sammankallande tills ny är utsedd.", roster=_ROSTER,
                       facts=(("membership", "Elin Borg", "Samverkansgrupp äldre", "join"),)),
                   _ex("Katarina Wiik är sammankallande för rutinarbetet; förslaget redovisas för styrgruppen i april.",
                       ("assignment", ["Katarina Wiik"], "vara sammankallande för rutinarbetet"), body="Arbetsgrupp BHV"),
                   # one stepping in as convener, told by the minutes, from a month or while the convener is away
                   _ex("Karin Dahl är föräldraledig från 1 februari. Anna Berg Ek går in som sammankallande från och med "
                       "februari.", ("assignment", ["Anna Berg Ek"], "vara sammankallande"),
                       ("membership", "Anna Berg Ek", "Samverkansgrupp äldre", "join"), roster=("Anna Berg Ek", "Karin Dahl")),
                   _ex("Camilla Rönn är tjänstledig januari-juni. Åsa Lind går in som sammankallande under tiden.",
                       ("assignment", ["Åsa Lind"], "vara sammankallande"),
                       ("membership", "Åsa Lind", "Samverkansgrupp äldre", "join"), roster=("Camilla Rönn", "Åsa Lind")),
                   _ex("Elin Borg blir också gruppens sammankallande från januari, efter Karin Dahl.",
                       ("assignment", ["Elin Borg"], "vara sammankallande"), roster=_ROSTER),
                   _ex("Katarina Wiik är sammankallande i arbetsgruppen för fallprevention.",
                       ("assignment", ["Katarina Wiik"], "vara sammankallande"),
                       ("membership", "Katarina Wiik", "arbetsgruppen för fallprevention", "join")),
                   _ex("Styrgruppen beslutar att inrätta en arbetsgrupp för hembesök som rapporterar till styrgruppen. "
                       "Nora Ek blir sammankallande.",
                       ("assignment", ["Nora Ek"], "vara sammankallande i arbetsgrupp"),
                       ("membership", "Nora Ek", "Arbetsgrupp för hembesök", "join"), body="Styrgrupp Rehab"),
                   # the convener of those a task went to, decided after it: no seat in the body that met
                   _ex("ge Eva Ek, Per Lund och Anna Berg i uppdrag att ta fram ett förslag till reviderad rutin till "
                       "mötet i februari,\nEva Ek är sammankallande.", decision=True, body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Eva Ek"], "vara sammankallande för uppdraget att ta fram ett förslag"),)),
                   # the group the sentence names by its kind, not the body that met
                   _ex("Projektgrupp mobilt team arbetar med piloten. Piloten leds av en projektgrupp med primärvårdschef "
                       "Tobias Ek, Region Ås, som sammankallande.",
                       ("membership", "Tobias Ek", "Projektgrupp mobilt team", "member"), body="Socialnämnden"),
                   # the body that met choosing its own new convener, in a hurried note with the roster's initials
                   _ex("Gruppen utsåg EB till ny sammankallande fr 1/9.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "vara sammankallande i Samverkansgrupp äldre"),
                              ("membership", "Elin Borg", "Samverkansgrupp äldre", "join"))),
                   _ex("utse Elin Borg till ny sammankallande från och med 1 september", decision=True, roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "vara sammankallande i Samverkansgrupp äldre"),))),
         counter_examples=("Ordföranden är sammankallande enligt reglementet.",
                           "Frågan blir också gruppens sammankallandes ansvar.",
                           "Frågan går in som en punkt på sammankallandes dagordning.",
                           "Gruppen utsåg Elin Borg till att sammanfatta diskussionen.")),
    # a chair the body that met decides on: "att Niklas Dahlberg är ordförande i styrgruppen"
    Rule("chair_decided", "assignment", role="ordförande", decision_only=True,
         triggers=(" är ordförande", " blir ordförande", " är vice ordförande", " blir vice ordförande",
                   "övergår till vice ordförande", "övergår till ordförande"),
         # (after a first clause on whose turn the chair is: "Region X tar över ordförandeskapet och Eva Ek blir ordförande")
         # (the huvudman in apposition: "Eva Ek, Åby kommun, är ordförande"; a seat changed: "Per Lind då övergår
         # till vice ordförande")
         pattern=r"^(?:[^.;]*?\bordförandeskapet\b[^.;]*?\s+och\s+)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})"
                 r"(?:,\s+[^.;,]{2,40},)?\s+(?:(?:då\s+)?övergår\s+till|är|blir)\s+"
                 r"(?P<role>(?:vice\s+)?ordförande)(?:\s+(?:i|för)\s+(?P<group>[^.;,]+?))?"
                 r"(?:\s+(?:från|under|fr\.?o\.?m\.?|till)\b.*)?\.?$",
         examples=(_ex("inrätta Styrgrupp Nära vård Norrby\nNiklas Dahl är ordförande i styrgruppen", decision=True,
                       body="Ledningsgrupp Norrby",
                       facts=(("assignment", ["Niklas Dahl"], "vara ordförande i styrgruppen"),
                              ("membership", "Niklas Dahl", "Styrgrupp Nära vård", "join"))),
                   _ex("Region Norrby tar över ordförandeskapet från 1 januari 2027 och Eva Ek blir ordförande.",
                       decision=True, roster=("Eva Ek",),
                       facts=(("assignment", ["Eva Ek"], "vara ordförande"),
                              ("membership", "Eva Ek", "Samverkansgrupp äldre", "join"))),
                   _ex("Eva Ek, Åby kommun, är ordförande för samverkansgruppen från 1 januari 2032\n"
                       "Per Lind då övergår till vice ordförande.", decision=True, roster=("Eva Ek", "Per Lind"),
                       facts=(("assignment", ["Eva Ek"], "vara ordförande"),
                              ("membership", "Eva Ek", "Samverkansgrupp äldre", "join"),
                              ("assignment", ["Per Lind"], "vara vice ordförande"),
                              ("membership", "Per Lind", "Samverkansgrupp äldre", "join")))),
         counter_examples=("Niklas Dahl är ordförande i styrgruppen sedan 2023.",
                           "Eva Ek, Åby kommun, är ordförande i styrgruppen sedan 2023.")),
    # who leads or owns a project, decided: "Helga Nyberg är projektledare", "Region X är fortsatt
    # projektägare och Helga Nyberg fortsatt projektledare" (the verb shared)
    Rule("role_decided", "assignment", decision_only=True, triggers=("ledare", "ägare"),
         pattern=r"^(?:att\s+)?(?:[^.;]*?\s+och\s+)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})"
                 r"(?:\s+(?:är|blir)(?:\s+(?:fortsatt|ny))?|\s+fortsatt)\s+"
                 r"(?P<role>(?:projekt|process|delprojekt|utvecklings)(?:ledare|ägare))(?:\s+(?:i|för)\s+(?P<group>[^.;,]+?))?"
                 r"(?:\s+(?:från|under|fr\.?o\.?m\.?|till)\b.*)?\.?$",
         examples=(_ex("Region Norrby är fortsatt projektägare och Helga Nyberg fortsatt projektledare.", decision=True,
                       roster=("Helga Nyberg",), body="Ledningsgrupp Norrby",
                       facts=(("assignment", ["Helga Nyberg"], "vara fortsatt projektledare"),)),
                   _ex("Karin Ek blir processledare för arbetet med länsgemensam rutin", decision=True,
                       body="Styrgrupp Nära vård",
                       facts=(("assignment", ["Karin Ek"], "vara processledare för arbetet med länsgemensam rutin"),))),
         counter_examples=("Helga Nyberg är projektledare sedan 2023 och berättade om piloten.",)),
    # a contact named in a decision, its body's or towards another: "att Pär Ek är ledningsgruppens kontaktperson
    # gentemot samordningsgruppen"
    Rule("contact_decided", "assignment", decision_only=True, triggers=("kontaktperson",),
         pattern=r"^(?:att\s+)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})\s+(?:är|blir|ska\s+vara)\s+"
                 r"(?P<role>(?:[a-zåäö][\wåäö-]*s\s+)?kontaktperson)(?P<group>\s+(?:gentemot|mot|till|för|i|med)\s+[^.;]+?)?\.?$",
         examples=(_ex("Pär Ek är ledningsgruppens kontaktperson gentemot samordningsgruppen.", decision=True,
                       body="Ledningsgruppen", facts=(("assignment", ["Pär Ek"],
                                                       "vara ledningsgruppens kontaktperson gentemot samordningsgruppen"),)),),
         counter_examples=("Kontaktperson för projektet är ännu inte utsedd.",)),
    # a duty kept, decided at the meeting: "Beslutades att Ulrika fortsätter som sammankallande även 2026" (told in the
    # running text it only keeps the seat: continues_as)
    Rule("continues_as_decided", "assignment", decision_only=True,
         triggers=("fortsätter som", "kvarstår som", "är kvar som", "sitter kvar som", " även", " också"),
         pattern=r"^(?:att\s+)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}(?:(?:,\s*|\s+och\s+)"
                 r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})*)\s+(?:(?:fortsätter|kvarstår|är\s+kvar|sitter\s+kvar)"
                 # "att Maja Berg är ordförande även under 2026": the duty held again, told by "även"
                 r"\s+som|är(?=\s+(?:vice\s+)?(?:ordförande|sammankallande|sekreterare|samordnare|kontaktperson)"
                 r"(?:\s+(?:i|för)\s+[^.;,]+?)?\s+(?:även|också)\b))\s+(?P<role>(?:vice\s+)?(?:ordförande|sammankallande|sekreterare|samordnare|kontaktperson))"
                 r"(?P<group>\s+(?:i|för)\s+[^.;,]+?)?(?:\s+(?:under|till|fram\s+till|tills\s+vidare|även|också|[12]\d{3})\b[^.;]*)?\.?$",
         examples=(_ex("Ulrika fortsätter som sammankallande även 2026", decision=True,
                       roster=("Ulrika Berglöf",), body="MAS-nätverket",
                       facts=(("assignment", ["Ulrika Berglöf"], "vara sammankallande"),)),
                   _ex("att Per Ek kvarstår som ordförande i styrgruppen under 2026", decision=True,
                       roster=("Per Ek",), body="Styrgrupp Nära vård",
                       facts=(("assignment", ["Per Ek"], "vara ordförande i styrgruppen"),)),
                   _ex("Maja Berg är ordförande även under 2026", decision=True,
                       roster=("Maja Berg",), body="Lokal samverkansgrupp Åby",
                       facts=(("assignment", ["Maja Berg"], "vara ordförande"),))),
         counter_examples=("Per Ek fortsätter som sammankallande.", "Arbetet fortsätter som tidigare.",
                           "Per Ek är ordförande även i nätverket.")),
    # "att AF företräder LVO i samverkansgruppens arbete": who speaks for the body, decided
    Rule("represents_decided", "assignment", decision_only=True, triggers=("företräder", "representerar"),
         pattern=r"^(?:att\s+)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}"
                 r"(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}){0,3})\s+"
                 r"(?P<task>(?:företräder|representerar)\s+[^.;]+?)\.?$",
         examples=(_ex("att EB företräder styrgruppen i samverkansgruppens arbete med planen", decision=True,
                       roster=("Elin Borg",), body="Styrgrupp Barnahus",
                       facts=(("assignment", ["Elin Borg"], "företräda styrgruppen i samverkansgruppens arbete"),)),),
         counter_examples=("Regionen representerar huvudmännen i frågan.",)),
    # "att Sofie Lund Bergqvist för minnesanteckningar", "Anna för anteckningar": the duty of keeping the notes
    Rule("keeps_notes", "assignment", triggers=(" för minnesanteckningar", " för anteckningar", " för protokoll",
                                                " att föra "),
         pattern=r"^(?:[A-ZÅÄÖ][\wåäö]*\s+(?:beslutar|beslutade|beslöt)\s+)?(?:att\s+)?"
                 r"(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?:(?:fortsättningsvis|"
                 r"också|även|i\s+fortsättningen)\s+)?för\s+(?P<what>(?:minnes)?anteckningar(?:na)?|protokoll(?:et)?)"
                 r"(?:\s+(?:i|vid|under)\s+[^.;]+)?$"
                 # "Tiina Rantanen valdes att föra anteckningar": chosen for the duty at the meeting
                 r"|^(?P<who2>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2})\s+(?:valdes|utsågs|utses|väljs)\s+"
                 r"(?:till\s+)?att\s+föra\s+(?P<what2>(?:minnes)?anteckningar(?:na)?|protokoll(?:et)?)(?:\s+[^.;]+)?$",
         examples=(_ex("att Sofie Lund Bergqvist för minnesanteckningar", decision=True, body="Styrgrupp Barnahus",
                       facts=(("assignment", ["Sofie Lund Bergqvist"], "föra minnesanteckningar"),)),
                   _ex("Elin för anteckningar vid dagens möte.", ("assignment", ["Elin Borg"], "föra anteckningar"),
                       roster=_ROSTER),
                   _ex("Gruppen beslutar att Leila för anteckningarna.", roster=("Leila Karimi",),
                       facts=(("assignment", ["Leila Karimi"], "föra anteckningarna"),)),
                   _ex("Raili Mäkinen hälsade alla välkomna. Leila Karimi valdes att föra anteckningar.",
                       roster=("Leila Karimi", "Raili Mäkinen"),
                       facts=(("assignment", ["Leila Karimi"], "föra anteckningar"),))),
         counter_examples=("Tack för anteckningarna.", "Mallen för protokoll är ny.",
                           "Leila Karimi valdes att föra ordet i debatten.",
                           "Underlaget för anteckningarna skickas ut i förväg.")),
    Rule("justerare", "assignment", role="justerare",
         triggers=("justera", "justeringsperson"),
         pattern=r"^(?:(?:[Tt]ill\s+)?(?:justerare|justerande|justeringsperson|protokolljusterare)\s+(?:utses|väljs|valdes|utsågs)\s+(?P<who>[A-ZÅÄÖ][^.;]+?)"
                 r"|(?P<who2>[A-ZÅÄÖ][^.;]+?)\s+(?:utses|väljs|valdes|utsågs)\s+(?:till\s+(?:justerare|justeringsperson)|att\s+(?:(?:jämte|tillsammans\s+med)\s+ordföranden\s+)?justera)\b[^.;]*"
                 # "Att jämte ordförande Maria Ek justera dagens protokoll valdes Per Lund": the one chosen last
                 r"|(?:[Aa]tt\s+)?(?:jämte|tillsammans\s+med)\s+ordförande[n]?(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,3}\s+justera\s+(?:dagens\s+)?protokoll\w*"
                 r"\s+(?:valdes|utsågs|utses|väljs)\s+(?P<who5>[A-ZÅÄÖ][^.;]+?)"
                 # "Nämnden utser Per Svedin (s) att tillsammans med ordföranden justera protokollet"
                 r"|(?:[A-ZÅÄÖ][\wåäö-]*\s+)?(?:utser|utsåg|väljer|valde)\s+(?P<who4>[A-ZÅÄÖ][^.;]+?)\s+(?:till\s+justerare|att\s+"
                 r"(?:(?:jämte|tillsammans\s+med)\s+ordföranden\s+)?justera)\b[^.;]*"
                 # "(Beslutades att) Per Ek (M) jämte ordföranden justerar protokollet"
                 r"|(?P<who3>[A-ZÅÄÖ][^.;]+?)\s+(?:jämte|tillsammans\s+med)\s+ordföranden\s+justerar\s+(?:dagens\s+)?protokoll\w*[^.;]*)$",
         examples=(# "together with the chair" said after the object: said once in the task
                   _ex("Anneli Broström utsågs att justera anteckningarna tillsammans med ordföranden.",
                       ("assignment", ["Anneli Broström"], "justera anteckningarna tillsammans med ordföranden")),
                   _ex("Oskar Hedin (KD) jämte ordföranden justerar protokollet", decision=True, body="Socialnämnden",
                       facts=(("assignment", ["Oskar Hedin"], "jämte ordföranden justera"),)),
                   _ex("Therese Malmsten utses att jämte ordföranden justera minnesanteckningarna.",
                       ("assignment", ["Therese Malmsten"], "jämte ordföranden justera")),
                   _ex("Nämnden utser Per Svedin (s) att tillsammans med ordföranden justera protokollet.",
                       ("assignment", ["Per Svedin"], "tillsammans med ordföranden justera"), roster=("Per Svedin",)),
                   _ex("Till justerare utses Eva-Lena Mattsson.",
                       ("assignment", ["Eva-Lena Mattsson"], "justera")),
                   # a räddningstjänstförbund's direktion: "justeringsperson", and the one chosen after the verb
                   _ex("Till justeringsperson valdes Leo Holm.", ("assignment", ["Leo Holm"], "justera")),
                   _ex("Att jämte ordförande Maja Berg justera dagens protokoll valdes Leo Holm.",
                       ("assignment", ["Leo Holm"], "jämte ordföranden justera dagens protokoll"),
                       roster=("Maja Berg", "Leo Holm")),
                   _ex("Att jämte ordföranden justera protokollet utses Bertil Hallgren.",
                       roster=("Bertil Hallgren",),
                       facts=(("assignment", ["Bertil Hallgren"], "jämte ordföranden justera protokollet"),))),
         counter_examples=("Protokollet justeras digitalt.",)),
    # ---------------------------------------------------------------- assignments
    # who is responsible named last: "Ansvarig för utskicket är Anna Lund"
    Rule("responsible_is", "assignment", triggers=("ansvarig för", "ansvariga för", "För "), handler="_responsible_is",
         examples=(_ex("Ansvarig för utskicket är Anna Lund.", ("assignment", ["Anna Lund"], "ansvara för utskicket")),
                   _ex("För programmet ansvarar Anna Lund och Björn Ek.",
                       ("assignment", ["Anna Lund", "Björn Ek"], "ansvara för programmet")),
                   _ex("Ansvariga för planeringen av utbildningsdagen är Anna Lund och Björn Ek.",
                       ("assignment", ["Anna Lund", "Björn Ek"], "ansvara för planeringen av utbildningsdagen"))),
         counter_examples=("Ansvarig för frågan på regionen är ännu inte utsedd.", "För detta ansvarar regionen.")),
    Rule("ges_i_uppdrag", "assignment", triggers=("i uppdrag", "i uppgift", "ges uppdraget", "får uppdraget", "fick uppdraget",
                                                  "ges uppgiften", "får uppgiften", "fick uppgiften"), handler="_ges_i_uppdrag",
         examples=(# the att-clause of another body's decision told, dated: that body gives the task and the mandate
                   _ex("RLG beslutade 2028-04-14 att Samverkansgrupp äldre ges i uppdrag att ta fram en handlingsplan för "
                       "fallprevention.", body="Samverkansgrupp äldre",
                       facts=(("assignment", ["Samverkansgrupp äldre"], "ta fram en handlingsplan för fallprevention"),
                              ("mandate", "RLG", "Samverkansgrupp äldre", "delegates"))),
                   _ex("Styrgrupp Barnahus beslutade 22/3 att Arbetsgrupp SIP ges i uppdrag att revidera rutinen.",
                       body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "revidera rutinen"),
                              ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"))),
# the task in definite form, a role its holder on the list
                   _ex("Nora Fält ges uppdraget att ta fram en handlingsplan och lämna den till utskottet senast den 12 februari.",
                       decision=True, body="Socialnämndens arbetsutskott", roster=("Nora Fält",),
                       facts=(("assignment", ["Nora Fält"], "ta fram en handlingsplan"),)),
_ex("Bodil och Mats ges i uppdrag att jobba vidare med planeringen.",
                       ("assignment", ["Bodil", "Mats"], "jobba vidare")),
                   _ex("Anna Lund får i uppgift att ta fram ett underlag.", ("assignment", ["Anna Lund"], "ta fram ett underlag")),
                   # the group named with the body it works under, which it reports to
                   _ex("att Arbetsgrupp suicidprevention under samverkansgruppen får i uppdrag att ta fram underlag om "
                       "suicid i länet.", decision=True, body="Regional ledningsgrupp",
                       facts=(("assignment", ["Arbetsgrupp suicidprevention"], "ta fram underlag om suicid i länet"),
                              ("mandate", "Arbetsgrupp suicidprevention", "Samverkansgrupp psykisk hälsa", "reports_to")),
                       title="Samverkansgrupp psykisk hälsa – handlingsplan"),
                   # a working group by its kind's letters, typed small in a hurry: "ag SIP"
                   _ex("ag SIP får i uppdrag att ta fram utbildningsmaterial till våren.",
                       ("assignment", ["Arbetsgrupp SIP"], "ta fram utbildningsmaterial"), body="Ledningsgrupp närvård Åby"),
                   # when and by whom between: the body that gave it delegates to the group
                   _ex("Arbetsgruppen för ungdomsmottagningarnas utveckling fick i våras i uppdrag av styrgruppen att se "
                       "över öppettiderna.", ("assignment", ["Arbetsgruppen för ungdomsmottagningarnas utveckling"],
                                              "se över öppettiderna"),
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgruppen för ungdomsmottagningarnas utveckling", "delegates"),
                       body="Styrgrupp Barnahus"),
                   # a task they hold, told as such
                   _ex("Elin Borg och Mattias Öhrn har i uppdrag att ta fram en tidplan.",
                       ("assignment", ["Elin Borg", "Mattias Öhrn"], "ta fram en tidplan"), roster=_ROSTER),
                   # every huvudman, each on its own
                   _ex("respektive huvudman ges i uppdrag att utse en kontaktperson för samsjuklighetsfrågor", decision=True,
                       roster=("Anna Ek, Tallviks kommun", "Per Lund, Region Skogland"),
                       facts=(("assignment", ["Region Skogland", "Tallviks kommun", "huvudmännen"], "utse en kontaktperson"),)),
                   # a FoU unit by its region's name
                   _ex("FoU Norrby får i uppdrag att göra en fördjupad uppföljning i Tallvik under hösten", decision=True,
                       body="Styrgrupp Nära vård", facts=(("assignment", ["FoU Norrby"], "göra en fördjupad uppföljning"),)),
                   _ex("Elin Borg och Mattias Öhrn fick i uppdrag att tillsammans med Sanna Pirinen arbeta in synpunkterna.",
                       ("assignment", ["Elin Borg", "Mattias Öhrn", "Sanna Pirinen"], "arbeta in synpunkterna"), roster=_ROSTER),
                   # "förvaltningen": the one förvaltning the minutes name
                   _ex("Förvaltningen får i uppdrag att återrapportera kostnaderna till nämnden i juni.\n"
                       "lägga rapporten från Socialförvaltningen till handlingarna", decision=True,
                       body="Socialnämnden, Åsby kommun",
                       facts=(("assignment", ["Socialförvaltningen, Åsby kommun"], "återrapportera kostnaderna"),)),
                   # an official by the definite title nobody in the attendance list holds: the role stays
                   _ex("Förvaltningschefen får i uppdrag att återkomma till nämnden i juni med en uppföljning av budgeten.",
                       decision=True, body="Socialnämnden",
                       facts=(("assignment", ["Förvaltningschefen"], "återkomma till nämnden i juni"),)),
                   _ex("Förvaltningen får i uppdrag att senast den 30 april 2026 återkomma med en redovisning.",
                       decision=True, body="Socialnämnden",
                       facts=(("assignment", ["Förvaltningen"], "återkomma med en redovisning"),)),
                   # the utskott of the body that met, by its genitive name: the utskott, not the body
                   _ex("Kommunstyrelsens arbetsutskott får i uppdrag att bereda ärendet.", decision=True,
                       body="Kommunstyrelsen",
                       facts=(("assignment", ["Kommunstyrelsens arbetsutskott"], "bereda ärendet"),)),
                   # a title led by an acronym before the name, as protocols write the official: the name holds the task
                   _ex("HR-chef Annika Vest får i uppdrag att ta fram en handlingsplan för minskad korttidsfrånvaro.",
                       decision=True, body="Kommunstyrelsens personalutskott",
                       facts=(("assignment", ["Annika Vest"], "ta fram en handlingsplan"),)),
                   # the body's presidium, named after the body that met
                   _ex("Presidiet ges i uppdrag att ta fram förslag till sammanträdesplan för 2027.", decision=True,
                       body="Socialnämnden, Åby kommun",
                       facts=(("assignment", ["Socialnämndens presidium, Åby kommun"], "ta fram förslag"),))),
         counter_examples=("Uppdraget diskuterades men inget beslut fattades.",)),
    Rule("fick_inverted", "assignment", triggers=("i uppdrag",), handler="_fick_inverted",
         examples=(_ex("Dokumentet fick Nuray och Mats i uppdrag att se över.",
                       ("assignment", ["Nuray", "Mats"], "se över")),)),
    Rule("ge_i_uppdrag", "assignment", triggers=("i uppdrag", "uppdraget att", "uppdraget om", "gemensamt uppdrag",
                                                 "uppdrag: att", "uppdrag att"),
         handler="_ge_i_uppdrag",
         examples=(_ex("PSVO ger LSVO i uppdrag att göra en utredning.", ("assignment", ["LSVO"], "göra"),
                       ("mandate", "PSVO", "LSVO", "delegates")),
                   # the uppdrag as a noun with its article, the task after a colon
                   _ex("Närvårdsgruppen har nu gett teamet ett tilläggsuppdrag: att testa uppföljande hembesök under hösten.",
                       ("assignment", ["Processteam hemgång"], "testa uppföljande hembesök"), body="Processteam hemgång"),
                   # the giver's decision dated between its name and "ge"
                   _ex("Styrgrupp Nära vård beslutade 2031-05-14 att ge samverkansgruppen i uppdrag att ta fram en plan.",
                       ("mandate", "Styrgrupp Nära vård", "Samverkansgrupp äldre", "delegates")),
                   # an aside between commas after "att", before the task's verb
                   _ex("att ge Hälso- och sjukvårdsförvaltningen i uppdrag att, tillsammans med kommunernas "
                       "socialförvaltningar, komplettera planen med insatser för unga vuxna", decision=True,
                       facts=(("assignment", ["Hälso- och sjukvårdsförvaltningen"], "tillsammans med kommunernas "
                               "socialförvaltningar komplettera planen"),)),
                   # "i gemensamt uppdrag": the one task given to the two bodies named, each
                   _ex("att ge Samverkansgrupp barn och Samverkansgrupp vuxna i gemensamt uppdrag att ta fram en plan "
                       "för övergången.", ("assignment", ["Samverkansgrupp barn", "Samverkansgrupp vuxna"], "ta fram en plan"),
                       ("mandate", "Ledningsgrupp Åsen", "Samverkansgrupp barn", "delegates"),
                       ("mandate", "Ledningsgrupp Åsen", "Samverkansgrupp vuxna", "delegates"),
                       decision=True, body="Ledningsgrupp Åsen"),
                   # the task shared by two bodies: each is given it, "gemensamt" no part of the second's name
                   _ex("Gruppen beslutade att ge Arbetsgrupp SIP och läkemedelsnätverket gemensamt i uppdrag att "
                       "kartlägga fallskadorna.", ("assignment", ["Arbetsgrupp SIP", "Läkemedelsnätverket"], "kartlägga"),
                       body="Samverkansgrupp äldre"),
                   # the year it gave the task, alone between the verb and whom
                   _ex("Ledningsgrupp Åsen gav 2025 samverkansgruppen i uppdrag att ta fram en gemensam rutin.",
                       ("assignment", ["Samverkansgrupp barn"], "ta fram en gemensam rutin"),
                       ("mandate", "Ledningsgrupp Åsen", "Samverkansgrupp barn", "delegates"), body="Samverkansgrupp barn"),
                   # a förbund by its kind in the definite form: the förbund whose board met, mandated by the giver
                   _ex("Ägarsamrådet gav samordningsförbundet i uppdrag att kartlägga behoven hos unga vuxna.",
                       ("assignment", ["Samordningsförbundet Åby"], "kartlägga behoven"),
                       ("mandate", "Ägarsamrådet", "Samordningsförbundet Åby", "delegates"),
                       body="Styrelsen, Samordningsförbundet Åby"),
                   # a protocol's case-summary label before the sentence
                   _ex("Ärendet i korthet: Ledningsgrupp Åsen gav samverkansgruppen i uppdrag att ta fram en rutin.",
                       ("mandate", "Ledningsgrupp Åsen", "Samverkansgrupp barn", "delegates"), body="Samverkansgrupp barn"),
                   # the body named in the title by its kind in the definite form, in the minutes of a local body
                   # of that kind whose name opens otherwise: the body named, not the one that met
                   _ex("Samverkansgruppen har gett de lokala samverkansgrupperna i uppdrag att kartlägga hur SIP används.",
                       ("assignment", ["Lokal samverkansgrupp Åby"], "kartlägga hur SIP används"),
                       ("mandate", "Samverkansgrupp barn och unga", "Lokal samverkansgrupp Åby", "delegates"),
                       body="Lokal samverkansgrupp Åby", title="Återkoppling från Samverkansgrupp barn och unga"),
                   # in the minutes of a body whose name opens with the kind, the kind is still the body that met
                   _ex("Samverkansgruppen har gett Arbetsgrupp SIP i uppdrag att kartlägga hur SIP används.",
                       ("assignment", ["Arbetsgrupp SIP"], "kartlägga hur SIP används"),
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp SIP", "delegates"),
                       body="Samverkansgrupp äldre", title="Återkoppling från Samverkansgrupp barn och unga"),
                   # the groups of a kind by their plural, each named in full in the item
                   _ex("Styrgruppen gav den 8 oktober de lokala närvårdsgrupperna i uppdrag att kartlägga patienter med "
                       "stora behov. Lokal närvårdsgrupp Klippvik och Lokal närvårdsgrupp Lövsta har börjat.",
                       ("assignment", ["Lokal närvårdsgrupp Klippvik", "Lokal närvårdsgrupp Lövsta"], "kartlägga"),
                       ("mandate", "Styrgruppen för Nära vård Norrby", "Lokal närvårdsgrupp Lövsta", "delegates"),
                       body="Styrgruppen för Nära vård Norrby"),
                   # told to the meeting: the giver is the told clause's subject, not the body that met
                   _ex("Ordföranden informerade om att LSVO har gett Styrgrupp Barnahus i uppdrag att följa upp rutinen.",
                       ("assignment", ["Styrgrupp Barnahus"], "följa upp rutinen"),
                       ("mandate", "LSVO", "Styrgrupp Barnahus", "delegates"), body="PSVO"),
                   # the month it gave the task, between the giver and the verb, told with "återgav att"
                   _ex("Ordföranden återgav att LSVO i november gett samverkansgruppen i uppdrag att ta fram en plan.",
                       ("assignment", ["Samverkansgrupp äldre"], "ta fram en plan"),
                       ("mandate", "LSVO", "Samverkansgrupp äldre", "delegates"), body="Samverkansgrupp äldre"),
                   # the day it gave the task, between the giver and the verb
                   _ex("Ordföranden informerade om att Regional ledningsgrupp Norrby den 29 oktober har gett "
                       "samverkansgruppen i uppdrag att ta fram en handlingsplan.",
                       ("mandate", "Regional ledningsgrupp Norrby", "Samverkansgrupp äldre", "delegates")),
                   # the task shown to the giver, named by its acronym alone: the one given it reports there
                   _ex("RLG gav den 16 maj styrgruppen i uppdrag att ta fram ett förslag till plan, att redovisas för "
                       "RLG senast den 30 september.", body="Styrgrupp Nära vård",
                       facts=(("mandate", "Styrgrupp Nära vård", "RLG", "reports_to"),)),
                   # the report goes back to the body that met, named by the acronym in its name
                   _ex("ge Samverkansgrupp barn och unga i uppdrag att färdigställa handlingsplanen och återrapportera "
                       "till RLG senast 2026-02-12", decision=True, body="Regional ledningsgrupp Österland (RLG)",
                       facts=(("mandate", "Samverkansgrupp barn och unga", "Regional ledningsgrupp Österland (RLG)",
                               "reports_to"),)),
                   # told in a relative clause about the task's object, with when before whom
                   _ex("När det gäller den reviderade överenskommelsen för Barnahus, som Regional ledningsgrupp Norrby gav "
                       "styrgruppen i uppdrag att ta fram i början av året, har remissvaren kommit in.",
                       ("assignment", ["Styrgrupp Barnahus"], "ta fram den reviderade överenskommelsen"),
                       ("mandate", "Regional ledningsgrupp Norrby", "Styrgrupp Barnahus", "delegates"), body="Styrgrupp Barnahus"),
                   # the object a definite noun without article, when after the giver; the one given it the person
                   # the sentence is about
                   _ex("Hanna Gren återrapporterade utkastet till handlingsplan, som styrgruppen i juni gav Arbetsgrupp "
                       "suicidprevention i uppdrag att ta fram.", ("assignment", ["Arbetsgrupp suicidprevention"],
                                                                     "ta fram utkastet till handlingsplan"),
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp suicidprevention", "delegates"), body="Styrgrupp Barnahus"),
                   _ex("Karin Sandberg visade mallen för uppföljning, som Arbetsgrupp trygg hemgång gav henne i uppdrag att "
                       "ta fram i juni.", ("assignment", ["Karin Sandberg"], "ta fram mallen för uppföljning")),
                   _ex("Regional ledningsgrupp Norrby gav i början av året styrgruppen i uppdrag att ta fram en rutin.",
                       ("assignment", ["Styrgrupp Barnahus"], "ta fram en rutin"), body="Styrgrupp Barnahus"),
                   # the meeting it gave the task at, then whom
                   _ex("Politiskt samråd Österland gav vid sitt sammanträde 2025-06-05 Regional ledningsgrupp Norrby i "
                       "uppdrag att ta fram en handlingsplan för psykisk hälsa.",
                       ("assignment", ["Regional ledningsgrupp Norrby"], "ta fram en handlingsplan"),
                       ("mandate", "Politiskt samråd Österland", "Regional ledningsgrupp Norrby", "delegates")),
                   # a protocol's report-back: when and the paragraph that gave it, then whom
                   _ex("Socialnämnden gav den 17 juni 2025, § 54, socialförvaltningen i uppdrag att ta fram en rutin.",
                       ("assignment", ["socialförvaltningen"], "ta fram en rutin"), body="Socialnämndens arbetsutskott"),
                   # a giver named by its kind alone, which the minutes name no body of: kept as written, for the
                   # batch's other minutes to name (see resolve's bodies related by mandates)
                   _ex("Styrgruppen har gett arbetsgruppen i uppdrag att pröva måtten under hösten och rapportera till "
                       "styrgruppen i december.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "pröva måtten under hösten"),
                              ("mandate", "Styrgruppen", "Arbetsgrupp SIP", "delegates"),
                              ("mandate", "Arbetsgrupp SIP", "styrgruppen", "reports_to"))),
                   # "oss": the body whose minutes these are; when after whom
                   _ex("PSVO gav oss i maj uppdraget att ta fram ett förslag till utbildningsplan.",
                       ("assignment", ["Arbetsgrupp SIP"], "ta fram ett förslag"),
                       ("mandate", "PSVO", "Arbetsgrupp SIP", "delegates"), body="Arbetsgrupp SIP"),
                   # which råd gave it is unclear: the body named after "gett" still has the task
                   _ex("Frågan har behandlats i Politiskt samråd Österland och i Lokala närvårdsrådet Åby. Rådet har "
                       "gett Regional ledningsgrupp Norrby i uppdrag att ta fram en plan.", body="Kommunfullmäktige",
                       facts=(("assignment", ["Regional ledningsgrupp Norrby"], "ta fram en plan"),)),
                   # the uppdrag by its subject, its giver a relative clause's, and when before whom
                   _ex("Styrgruppen rapporterar i sin tur till Regional ledningsgrupp Österland, som gav styrgruppen "
                       "uppdraget om suicidprevention i våras.", body="Styrgrupp psykisk hälsa",
                       facts=(("assignment", ["Styrgrupp psykisk hälsa"], "genomföra uppdraget om suicidprevention"),)),
                   _ex("Regional ledningsgrupp Österland gav i våras styrgruppen uppdraget att ta fram en plan.",
                       body="Styrgrupp psykisk hälsa",
                       facts=(("assignment", ["Styrgrupp psykisk hälsa"], "ta fram en plan"),))),
         counter_examples=("Gruppen föreslår Ledningsgruppen för vård och omsorg att ge Arbetsgrupp SIP i uppdrag att ta fram en rutin.",
                           "att föreslå LVO att ge Processteam Trygg hemgång i uppdrag att ta fram ett stöd för läkemedelsgenomgång.", "Ledningsgruppen rekommenderar kommunerna att ge sina skolförvaltningar i uppdrag att utse "
                           "en kontaktperson för SIP per skolområde.",
                           # a proposal sent on to another body: not given yet
                           "Frågan lyfts till LSVO med förslag om att ge samverkansgruppen i uppdrag att ta fram en modell.")),
    # the uppdrag a body holds, its giver before it: "Beredningsgruppen har sedan 2023 styrelsens uppdrag att …",
    # "Beredningen har av förbundsdirektionen i uppdrag att …" (a standing task restated in the minutes)
    Rule("uppdrag_held", "assignment", triggers=("s uppdrag att", "i uppdrag att"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+för\s+[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,3}"
                 # (a body's proper name: "Samverkansgrupp Äldres hälsa i Ekby har av LVO fått i uppdrag att …")
                 r"|(?:\s+(?:i\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*|\s+[a-zåäö][\wåäö-]*){1,5}?(?=\s+har\s+av\s))?)\s+har\s+"
                 r"(?:sedan\s+(?:\d{4}|[a-zåäö]+)\s+)?"
                 r"(?:av\s+(?P<giver>[^.;(]{2,80}?)(?:\s*\([^)]*\))?\s+(?:fått\s+)?i\s+uppdrag|(?P<giver2>[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ-]+?)(?::s|s)\s+uppdrag)"
                 r"\s+att\s+(?P<task>.+?)(?:\s+och\s+(?:åter)?rapporterar\s+till\b.*)?\.?$",
         examples=(_ex("Beredningsgruppen har sedan 2023 styrelsens uppdrag att bereda ansökningar om insatsmedel och att "
                       "följa upp pågående insatser.", body="Styrelsen, Samordningsförbundet Åby",
                       facts=(("assignment", ["Beredningsgruppen"], "bereda ansökningar om insatsmedel"),)),
                   _ex("Beredningen har av förbundsdirektionen i uppdrag att bereda ärenden om utbildningsutbud inför "
                       "direktionens beslut.", body="Utbildningsberedningen, Ekå gymnasieförbund",
                       facts=(("assignment", ["Utbildningsberedningen, Ekå gymnasieförbund"], "bereda ärenden om utbildningsutbud"),)),
                   # the uppdrag just given, the giver between "har" and the participle
                   _ex("Samverkansgrupp äldre har av Ledningsgruppen för vård och omsorg i Ekby (LVO) fått i uppdrag att ta "
                       "fram en handlingsplan för fallprevention.", body="Samverkansgrupp äldre",
                       facts=(("assignment", ["Samverkansgrupp äldre"], "ta fram en handlingsplan för fallprevention"),))),
         counter_examples=("Förvaltningen har enligt kommunfullmäktiges uppdrag att spara tagit fram en plan.",
                           "Eva Ek har sedan i våras sitt uppdrag att leda arbetet.")),
    Rule("uppdrag_fran", "assignment",
         triggers=("uppdrag från", "uppdrag av", "uppdraget från", "uppdraget av"),
         # an uppdrag given is a fact whoever tells it: "Ingela påminner om att arbetsgruppen har fått i uppdrag av …"
         pattern=r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*)?\s+(?:påminner|påminde|informerar|informerade|berättar|"
                 # ("Eva redogjorde för att nätverket har fått …": told as an account)
                 r"berättade|meddelar|meddelade|konstaterar|konstaterade|redogör\s+för|redogjorde\s+för)\s+(?:om\s+)?(?:att\s+|"
                 # "Ebba påminde om bakgrunden: gruppen har fått i uppdrag av …"
                 r"(?:bakgrunden|uppdraget|gruppens\s+uppdrag)\s*:\s+)"
                 # "Kommundirektör Eva Ek informerar från LVO:s möte den 1 oktober: styrgruppen har fått i uppdrag av …"
                 r"|(?:[a-zåäö]+\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2}\s+(?:informerar|informerade|"
                 r"rapporterar|rapporterade|berättar|berättade)\s+från\s+[^.;]{2,80}?:\s+"
                 # "Påminnelse: vi har i uppdrag av …": the group itself, in the first person after a label
                 r"|[A-ZÅÄÖ][a-zåäö]{3,20}\s*:\s+(?=vi\s))?"
                 r"(?P<who>[A-ZÅÄÖ][^.;:]{1,80}?|(?:[a-zåäö]+)?(?:gruppen|rådet|teamet|nämnden|beredningen|utskottet|nätverket)|vi)"
                 r"\s+(?:har\s+(?:i\s+sin\s+tur\s+|\w+\s+)?fått|fick|får|har)\s+(?:ett\s+)?(?:\w+\s+)?uppdrag(?:et)?\s+(?:från|av)\s+"
                 # "… att lämna ett förslag senast 6 november och rapporterar till LVO": whom it reports to, no task
                 # (the uppdrag after a colon: "… från X (X:s möte 11 februari): att kartlägga …")
                 r"(?P<giver>[^.;(]+?)(?:\s*\([^)]*\))?:?\s+att\s+(?P<task>.+?)(?:\s+och\s+(?:åter)?rapporterar\s+till\b.*)?$",
         examples=(_ex("Eva redogjorde för att nätverket har fått ett uppdrag från Samverkansgrupp Barnahus "
                       "(styrgruppens möte 11 februari): att kartlägga hur elevhälsan deltar i SIP.",
                       body="Rektorsnätverket Åby",
                       facts=(("assignment", ["Rektorsnätverket Åby"], "kartlägga hur elevhälsan deltar i SIP"),
                              ("mandate", "Samverkansgrupp Barnahus", "Rektorsnätverket Åby", "delegates"))),
                   # whose uppdrag it is told first, its holder after "ska": the local groups, of which the body that met is one
                   _ex("Enligt uppdraget från Samverkansgrupp äldre ska lokala grupper följa upp trygg hemgång.",
                       body="Lokal samverkansgrupp Åby",
                       facts=(("assignment", ["Lokal samverkansgrupp Åby"], "följa upp trygg hemgång"),
                              ("mandate", "Samverkansgrupp äldre", "Lokal samverkansgrupp Åby", "delegates"))),
                   _ex("Kommundirektör Eva Ek informerar från LVO:s möte den 1 oktober: Styrgrupp Nära vård har fått i "
                       "uppdrag av LVO att ta fram en gemensam modell för mobila team.", body="Kommunstyrelsens arbetsutskott",
                       facts=(("assignment", ["Styrgrupp Nära vård"], "ta fram en gemensam modell"),
                              ("mandate", "LVO", "Styrgrupp Nära vård", "delegates"))),
                   _ex("Arbetsgruppen har fått uppdrag från Styrgrupp Nära vård att – revidera rutinen för SIP, "
                       "– föreslå gemensamma mått för uppföljning.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "revidera rutinen"),
                              ("assignment", ["Arbetsgrupp SIP"], "föreslå gemensamma mått"))),
                   # the body that met, named without its place at the end
                   _ex("Vårdsamverkan västra har fått i uppdrag av Samverkansgrupp äldre att se över rutinen.",
                       ("assignment", ["Vårdsamverkan västra Ekbotten"], "se över rutinen"),
                       body="Vårdsamverkan västra Ekbotten"),
                   _ex("Samverkansgruppen har fått uppdraget av Regional ledningsgrupp Norrby att ta fram en plan.",
                       ("assignment", ["Samverkansgrupp äldre"], "ta fram en plan"),
                       ("mandate", "Regional ledningsgrupp Norrby", "Samverkansgrupp äldre", "delegates")),

                   # the uppdrag held, and whom the body reports to after it
                   _ex("Arbetsgruppen har i uppdrag av LVO att lämna ett förslag om gemensam skolläkarfunktion senast "
                       "den 6 november 2025 och rapporterar till LVO.", body="Arbetsgrupp för gemensam skolläkarfunktion",
                       facts=(("assignment", ["Arbetsgrupp för gemensam skolläkarfunktion"], "lämna ett förslag"),
                              ("mandate", "Arbetsgrupp för gemensam skolläkarfunktion", "LVO", "reports_to"),
                              ("mandate", "LVO", "Arbetsgrupp för gemensam skolläkarfunktion", "delegates"))),
                   _ex("Ingela påminner om att arbetsgruppen har fått i uppdrag av Samverkansgrupp barn och unga att ta "
                       "fram ett förslag till gemensam SIP-utbildning.", body="Arbetsgrupp SIP barn och unga",
                       facts=(("assignment", ["Arbetsgrupp SIP barn och unga"], "ta fram ett förslag"),)),
                   # the group by its bare word, its uppdrag held (not an intention), and recalled after a colon
                   _ex("Gruppen har fått i uppdrag av Styrgrupp Nära vård att ta fram en gemensam modell för "
                       "rehabilitering i hemmet.", body="Arbetsgrupp rehabilitering",
                       facts=(("assignment", ["Arbetsgrupp rehabilitering"], "ta fram en gemensam modell"),)),
                   _ex("Ebba påminde om bakgrunden: gruppen har fått i uppdrag av Samverkansgrupp äldre att kartlägga "
                       "hemrehabiliteringen i kommunerna.", body="Arbetsgrupp hemrehabilitering",
                       facts=(("assignment", ["Arbetsgrupp hemrehabilitering"], "kartlägga hemrehabiliteringen"),)),
                   # the group itself in the first person, after a label or opening the sentence
                   _ex("Påminnelse: vi har i uppdrag av Samverkansgrupp äldre att ta fram en gemensam rutin för "
                       "brytpunktssamtal.", body="Arbetsgrupp palliativ vård Åby",
                       facts=(("assignment", ["Arbetsgrupp palliativ vård Åby"], "ta fram en gemensam rutin"),
                              ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp palliativ vård Åby", "delegates"))),
                   _ex("Vi har fått i uppdrag av Styrgrupp Nära vård att kartlägga hemrehabiliteringen.",
                       body="Arbetsgrupp hemrehabilitering",
                       facts=(("assignment", ["Arbetsgrupp hemrehabilitering"], "kartlägga hemrehabiliteringen"),
                              ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp hemrehabilitering", "delegates")))),
         counter_examples=("Uppdrag från regeringen att kartlägga väntetider har kommit.",)),
    # what a body has done for another is a task it was given: "X har på uppdrag av Y tagit fram …"
    # a body having another do the work: "LVO har låtit Arbetsgrupp för X ta fram ett underlag"
    Rule("had_it_done", "assignment", exclusive=False, triggers=("har låtit", "lät "),
         pattern=r"^(?P<giver>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:har\s+låtit|lät)\s+(?P<who>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+"
                 r"(?P<task>(?:ta\s+fram|se\s+över|utreda|kartlägga|sammanställa|undersöka|bereda|utarbeta)\b[^.;]*)$",
         examples=(_ex("LVO har låtit Arbetsgrupp för gemensam skolläkarfunktion ta fram ett underlag med tre alternativ.",
                       ("assignment", ["Arbetsgrupp för gemensam skolläkarfunktion"], "ta fram ett underlag"),
                       body="Politiskt samrådsorgan Åsen"),),
         counter_examples=("Vi har låtit frågan vila till hösten.",)),
    Rule("had_it_done_by", "mandate", mandate="delegates", exclusive=False, triggers=("har låtit", "lät "),
         pattern=r"^(?P<from>[A-ZÅÄÖ][^.;:,]{1,60}?)\s+(?:har\s+låtit|lät)\s+(?P<to>[A-ZÅÄÖ][^.;:,]{1,80}?)\s+"
                 r"(?:ta\s+fram|se\s+över|utreda|kartlägga|sammanställa|undersöka|bereda|utarbeta)\b[^.;]*$",
         examples=(_ex("Styrgrupp Barnahus har låtit Arbetsgrupp SIP ta fram ett underlag.",
                       ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"), body="Politiskt samrådsorgan Åsen"),),
         counter_examples=("Elin Borg har låtit Arbetsgrupp SIP ta del av rutinen.",)),
    Rule("done_on_behalf", "assignment", triggers=("på uppdrag av", "på uppdrag från", "s uppdrag"),
         pattern=r"^(?:(?:Ärendebeskrivning|Bakgrund|Beskrivning|Sammanfattning)\s+)?"
                 r"(?P<who>[A-ZÅÄÖ][^.;:]{1,100}?)\s+har,?\s+på\s+uppdrag\s+(?:av|från)\s+"
                 r"(?P<giver>[^.;]+?)(?:\s*\([^)]*\))?,?\s+(?P<task>(?:[a-zåäö]{3,}(?:at|it|tt|gt|llt|nt)\b)(?:\s+fram\b)?.+)$"
                 # the task first: "X har tagit fram förslaget på uppdrag av rådet"
                 r"|^(?P<who2>[A-ZÅÄÖ][^.;:]{1,100}?)\s+har\s+(?P<task2>[a-zåäö]{3,}(?:at|it|tt|gt|llt|nt)\b(?:\s+fram\b)?"
                 r"[^.;]+?)\s+på\s+uppdrag\s+(?:av|från)\s+(?P<giver2>[^.;]+?)\.?$"
                 # the passive: "Förslaget har tagits fram av X på uppdrag av rådet"
                 r"|^(?P<obj3>[A-ZÅÄÖ][^.;:]{1,80}?)\s+har\s+(?P<v3>[a-zåäö]{3,}(?:ats|its|tts|gts|nts))(?P<part3>\s+fram)?\s+"
                 r"av\s+(?P<who3>[A-ZÅÄÖ](?:(?!,\s+som\s)[^.;])+?)\s+på\s+uppdrag\s+(?:av|från)\s+(?P<giver3>[^.;]+?)\.?$"
                 # the giver in the genitive: "X har på rådets uppdrag tagit fram …"
                 r"|^(?P<who4>[A-ZÅÄÖ][^.;:]{1,100}?)\s+har,?\s+på\s+(?P<giver4>[\wåäöÅÄÖ-]+(?::s|s))\s+uppdrag,?\s+"
                 r"(?P<task4>[a-zåäö]{3,}(?:at|it|tt|gt|llt|nt)\b(?:\s+fram\b)?.+)$"
                 # the task first, the giver in the genitive last: "X har tagit fram förslaget på rådets uppdrag"
                 r"|^(?P<who5>[A-ZÅÄÖ][^.;:]{1,100}?)\s+har\s+(?P<task5>[a-zåäö]{3,}(?:at|it|tt|gt|llt|nt)\b(?:\s+fram\b)?"
                 r"[^.;]+?)\s+på\s+(?P<giver5>[\wåäöÅÄÖ-]+(?::s|s))\s+uppdrag\.?$"
                 # the passive, the giver in the genitive: "Förslaget har tagits fram av X på styrgruppens uppdrag"
                 r"|^(?P<obj6>[A-ZÅÄÖ][^.;:]{1,80}?)\s+har\s+(?P<v6>[a-zåäö]{3,}(?:ats|its|tts|gts|nts))(?P<part6>\s+fram)?\s+"
                 r"av\s+(?P<who6>[A-ZÅÄÖ][^.;]+?)\s+på\s+(?P<giver6>[\wåäöÅÄÖ-]+(?::s|s))\s+uppdrag\.?$",
         examples=(_ex("Ledningsgruppen för vård och omsorg i Norrby har på uppdrag av Politiskt samråd för hälsa, "
                       "vård och omsorg (PSV) reviderat riktlinjen för hemsjukvård.",
                       ("assignment", ["Ledningsgruppen för vård och omsorg i Norrby"], "revidera riktlinjen"),
                       body="Omsorgsnämnden"),
                   _ex("Arbetsgrupp SIP har på uppdrag av Styrgrupp Äldre tagit fram en ny rutin.",
                       ("assignment", ["Arbetsgrupp SIP"], "ta fram en ny rutin"), body="Omsorgsnämnden"),
                   # the passive, the giver by its kind in the genitive
                   _ex("Styrgrupp Barnahus har överlämnat förslaget till ledningsgruppen. Förslaget har tagits fram av "
                       "Arbetsgrupp SIP på styrgruppens uppdrag.", ("assignment", ["Arbetsgrupp SIP"], "ta fram förslaget"),
                       body="Regional ledningsgrupp"),
                   _ex("Regional ledningsgrupp Österland har tagit fram förslaget på uppdrag av Politiskt samråd Österland.",
                       ("assignment", ["Regional ledningsgrupp Österland"], "ta fram förslaget"), body="Kommunstyrelsen"),
                   _ex("Förslaget har tagits fram av Regional ledningsgrupp Österland på uppdrag av Politiskt samråd Österland.",
                       ("assignment", ["Regional ledningsgrupp Österland"], "ta fram förslaget"), body="Kommunstyrelsen"),
                   _ex("Regional ledningsgrupp Österland (RLG) har på rådets uppdrag tagit fram ett förslag till handlingsplan.",
                       ("assignment", ["Regional ledningsgrupp Österland (RLG)"], "ta fram ett förslag"),
                       body="Politiskt samråd Österland"),
                   _ex("Tjänstemannaberedningen har tagit fram ett förslag till handlingsplan på rådets uppdrag.",
                       ("assignment", ["Tjänstemannaberedningen"], "ta fram ett förslag"),
                       body="Politiskt samråd Österland")),
         counter_examples=("Elin Borg arbetar på uppdrag av kommunen med frågan.",
                           # a standing mandate told of the body in a relative clause, no task of this work
                           "Överenskommelsen har tagits fram av Barn- och ungagruppen Granby, som arbetar på uppdrag av "
                           "Tjänstemannaledningsgruppen.",
                           "Styrgruppen har på uppdrag av rådet ett särskilt ansvar.",
                           "Styrgruppen har på nämndens uppdrag ett särskilt ansvar.")),
    # a body's work for the body it works for, told by anyone: a task that body gave it
    Rule("works_for_task", "assignment", triggers=("på uppdrag av", "på uppdrag från"), handler="_works_for_task",
         narrative_only=True,
         examples=(_ex("Socialchefen informerar om att Arbetsgrupp SIP, som arbetar på uppdrag av Styrgrupp Nära vård, "
                       "reviderar den gemensamma rutinen för SIP.", body="Socialnämndens arbetsutskott",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "revidera den gemensamma rutinen"),
                              ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates"))),
                   _ex("Arbetsgrupp trygg hemgång arbetar med en gemensam checklista på uppdrag av Styrgrupp Nära vård.",
                       body="Socialnämndens arbetsutskott",
                       facts=(("assignment", ["Arbetsgrupp trygg hemgång"], "arbeta med en gemensam checklista"),
                              ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp trygg hemgång", "delegates"))),
                   # the work itself in the present tense, the body's name running over "och" before its verb
                   _ex("Processteam Säker in- och utskrivning analyserar orsakerna på uppdrag av Ledningsgruppen för vård.",
                       body="Politiskt samråd Åby",
                       facts=(("assignment", ["Processteam Säker in- och utskrivning"], "analysera orsakerna"),
                              ("mandate", "Ledningsgruppen för vård", "Processteam Säker in- och utskrivning", "delegates"))),
                   _ex("Arbetsgrupp SIP reviderar rutinen för vårdplanering på uppdrag av Styrgrupp Nära vård.",
                       body="Socialnämndens arbetsutskott",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "revidera rutinen för vårdplanering"),
                              ("mandate", "Styrgrupp Nära vård", "Arbetsgrupp SIP", "delegates")))),
         counter_examples=("Elin Borg arbetar med frågan på uppdrag av kommunen.",
                           "Elin Borg analyserar frågan på uppdrag av kommunen.",
                           "Tjänstemannaledningen bereder nämndens ärenden och arbetar på uppdrag av nämnden.",
                           "Styrgruppen har på uppdrag av rådet ett särskilt ansvar.")),
    # a request is a task: "Ledningsgruppen har bett varje kommun att utse en ledamot"
    Rule("asked_to", "assignment", triggers=("har bett ", " ber ", " bad ", "rekommenderar gruppen", "också bett ", "även bett ",
                                             "nu bett ", "dessutom bett ",
                                             "rekommenderar ledamöterna", "önskar att ledamöterna", "önskar att gruppen",
                                             "önskar att samverkansgruppen", "önskar att arbetsgruppen",
                                             "önskar att styrgruppen", "önskar att processteamet",
                                             "uppmanar", " begär att", " begärde att"),
         # ("Styrgruppen har också bett gruppen att …": an adverb after "har")
         pattern=r"^(?P<giver>[A-ZÅÄÖ][^.;:]{1,100}?)\s+(?:har\s+(?:(?:också|även|dessutom|nu)\s+)?bett|ber|bad)\s+(?!om\b)(?P<who>[^.;:]{2,60}?)\s+(?:att\s+)?"
                 # "har bett nämnden utse en ledamot": the infinitive may follow without its "att"
                 # ("Karin ber Sanna förbereda en dragning om …": a person asked for a piece of work)
                 # ("… har bett oss samla in …": the notes' "we", the body that met, asked without "att")
                 r"(?P<task>(?<=att\s)[a-zåäö].+|(?<=\boss\s)(?!om\b)[a-zåäö]+\s.+|(?:utse|ta|lämna|skicka|återkomma|inkomma|utreda|se|redovisa|svara|yttra|"
                 r"förbereda|sammanställa|kontakta|undersöka|boka|bjuda|informera|kalla|höra|stämma|göra)\s.+)$"
                 # a person's request to the members of the body that met: "X rekommenderar gruppen att …",
                 # "X önskar att ledamöterna gärna tar med …"
                 r"|^(?P<giver2>[A-ZÅÄÖ][^.;:]{1,100}?)\s+(?:rekommenderar|uppmanar|uppmanade)\s+(?P<who2>gruppen|ledamöterna)"
                 r"\s+att\s+(?P<task2>[a-zåäö].+)$"
                 r"|^(?P<giver3>[A-ZÅÄÖ][^.;:]{1,100}?)\s+önskar\s+att\s+(?P<who3>gruppen|ledamöterna|(?:samverkans|arbets|styr)gruppen|processteamet)\s+(?:gärna\s+|också\s+|även\s+)?"
                 r"(?P<task4>[a-zåäö]+(?:ar|er|r)\b.+)$"
                 # a request that a unit act: "Krisledningsgruppen begär att vårdcentralen i X informerar …"
                 r"|^(?P<giver5>[A-ZÅÄÖ][^.;:]{1,100}?)\s+(?:begär|begärde)\s+att\s+(?P<who5>[^.;:]{2,60}?)\s+"
                 r"(?:ska\s+|skall\s+)?(?P<task5>(?!har\b|är\b|kan\b)[a-zåäö]+(?:ar|er|ir|yr)\b.+)$"
                 # a request for a piece of work to hand in: "LVO har bett arbetsgruppen om en skriftlig rapport om …"
                 r"|^(?P<giver7>[A-ZÅÄÖ][^.;:]{1,100}?)\s+(?:har\s+(?:(?:också|även|dessutom|nu)\s+)?bett|ber|bad)\s+"
                 r"(?P<who7>[^.;:]{2,60}?)\s+om\s+(?P<obj7>(?:en|ett)\s+(?:[a-zåäö-]+\s+){0,2}?(?:rapport|redovisning|"
                 r"lägesrapport|sammanställning|förslag|underlag|lägesbild|yttrande|återrapport|återrapportering)\b.*)$",
         examples=(# the one asked linked by a meeting app's "@"
                   _ex("Vi ber @Tobias Fagerlund stämma av med kundtjänsten hur de vill få informationen.", roster=_ROSTER,
                       facts=(("assignment", ["Tobias Fagerlund"], "stämma av med kundtjänsten"),)),
                   # every body of the kind the body that met is: it is asked too
                   _ex("Styrgrupp Barnahus har bett alla lokala grupper att senast i maj redovisa hur arbetet fungerar.",
                       ("assignment", ["Lokal samverkansgrupp Åby"], "senast i maj redovisa"), body="Lokal samverkansgrupp Åby"),
                   # the kind in the definite plural, "nu" after "har"
                   _ex("Styrgrupp Barnahus har nu bett de lokala grupperna att till hösten testa den nya checklistan.",
                       ("assignment", ["Lokal samverkansgrupp Åby"], "till hösten testa"), body="Lokal samverkansgrupp Åby"),
                   _ex("Styrgrupp Barnahus har bett varje kommun att utse en kontaktperson.",
                       ("assignment", ["Tallviks kommun", "kommunerna"], "utse en kontaktperson"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   # an adverb after "har": the body that met, asked by the one above it
                   _ex("Styrgruppen har också bett gruppen att ta fram ett förslag om hembesök.",
                       ("assignment", ["Arbetsgrupp hembesök"], "ta fram ett förslag om hembesök"), body="Arbetsgrupp hembesök"),
                   # the notes' "we": the body that met, asked by the one above it
                   _ex("Samverkansgrupp äldre har bett oss samla in hur hemgångsteamen är bemannade.",
                       ("assignment", ["Arbetsgrupp hembesök"], "samla in hur hemgångsteamen är bemannade"),
                       ("mandate", "Samverkansgrupp äldre", "Arbetsgrupp hembesök", "delegates"), body="Arbetsgrupp hembesök"),
                   _ex("Styrgruppen ber Elin Borg att sammanställa synpunkterna.",
                       ("assignment", ["Elin Borg"], "sammanställa synpunkterna"), roster=_ROSTER),
                   # a role no one in the minutes holds, asked in the first person: the asker's task, to ask it
                   _ex("Ja, Elin Borg ber kommunikatören ta fram en lättläst version.",
                       ("assignment", ["Elin Borg"], "be kommunikatören ta fram en lättläst version"), roster=_ROSTER),
                   # a member asking another, the infinitive without its "att"
                   _ex("Sanna hade förhinder. Elin ber Sanna förbereda en dragning om hälsosamtalen.",
                       ("assignment", ["Sanna Pirinen"], "förbereda en dragning om hälsosamtalen"), roster=_ROSTER),
                   # those concerned at an organisation: the organisation
                   _ex("Elin Borg har bett berörda på regionen att samla ihop avvikelserna för 2024.",
                       ("assignment", ["regionen"], "samla ihop avvikelserna"), roster=_ROSTER),
                   # the members of the body that met, asked by a person
                   _ex("Elin Borg rekommenderar gruppen att inför mötet i januari fundera på vägvalen.",
                       ("assignment", ["Samverkansgrupp äldre"], "inför mötet i januari fundera"), roster=_ROSTER),
                   _ex("Elin Borg och Sanna Pirinen önskar att ledamöterna gärna tar med informationen tillbaka.",
                       ("assignment", ["Samverkansgrupp äldre"], "ta med informationen"), roster=_ROSTER),
                   _ex("LVO har bett arbetsgruppen om en skriftlig rapport om utbildningsinsatserna 2026.",
                       ("assignment", ["Arbetsgrupp SIP"], "lämna en skriftlig rapport om utbildningsinsatserna"),
                       body="Arbetsgrupp SIP"),
                   # a body above the one that met wishes it to act: "RLG önskar att samverkansgruppen lämnar …"
                   _ex("RLG önskar att samverkansgruppen lämnar förslag på två utvecklingsområden inför RLG:s möte i februari.",
                       ("assignment", ["Samverkansgrupp äldre"], "lämna förslag på två utvecklingsområden"), roster=_ROSTER),
                   _ex("Krisledningsgruppen begär att vårdcentralen i Åsen informerar sina patienter om "
                       "kokningsrekommendationen.", ("assignment", ["vårdcentralen i Åsen"], "informera sina patienter"),
                       body="Krisledningsgruppen", decision=True),
                   _ex("Ledningsgruppen för Nära vård i Åsen har bett nämnden utse en ledamot i Samverkansgrupp äldre.",
                       ("assignment", ["Vård- och omsorgsnämnden"], "utse en ledamot"), body="Vård- och omsorgsnämnden")),
         counter_examples=("Elin Borg bad om att få återkomma.", "Styrgruppen ber om ursäkt för förseningen.",
                           "Styrgruppen ber oss om ursäkt för förseningen.")),
    # a request in the passive: "Kommunerna ombeds inkomma med synpunkter", "X uppmanas att …"
    # (in the perfect, by whom between: "Ålsäters kommun har ombetts att utse …", "Kommunen har av regionen ombetts att …")
    Rule("asked_passive", "assignment", triggers=("ombeds", "ombads", "uppmanas", "uppmanades", "anmodas", "ombetts",
                                                  "uppmanats", "anmodats"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][^.;:]{1,100}?)\s+(?:ombeds|ombads|uppmanas|uppmanades|anmodas|"
                 r"har\s+(?:(?:nu|också|även)\s+)?(?:av\s+[^.;:]{2,60}?\s+)?(?:ombetts|uppmanats|anmodats))\s+(?:att\s+)?"
                 # an adverbial before the verb: "… uppmanas att i budgetarbetet för 2027 beakta analysen"
                 # ("Kommunerna ombeds att senast 2027-12-10 anmäla …": the date it is due before the verb)
                 r"(?:(?P<when>(?:i|inom|inför|under)\s+(?!(?:alla|inte|de|vare)\b)[^.;:,]{2,60}?|senast\s+(?:den\s+)?[^.;:,]{2,30}?)"
                 r"\s+(?=[a-zåäö]+[ae]\s+[a-zåäö]))?"
                 r"(?P<task>(?:(?!(?:alla|inte|de|vare)\b)[a-zåäö]+[ae]|gå|få|bli|nå|stå)\b.+)$",
         examples=(_ex("Kommunerna ombeds inkomma med synpunkter senast den 1 december.",
                       ("assignment", ["Tallviks kommun", "kommunerna"], "inkomma med synpunkter"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   _ex("Elin Borg och Olle Sand ombeds ta fram en tidplan.",
                       ("assignment", ["Elin Borg", "Olle Sand"], "ta fram en tidplan"), roster=("Elin Borg", "Olle Sand")),
                   _ex("Samtliga huvudmän uppmanas att utse en kontaktperson.",
                       ("assignment", ["huvudmännen"], "utse en kontaktperson"),
                       roster=("Anna Ek, Tallviks kommun", "Olle Sand, Region Norrby")),
                   _ex("Regionen och länets kommuner uppmanas att i budgetarbetet för 2027 beakta analysen.",
                       ("assignment", ["Region Norrby", "Tallviks kommun", "kommunerna"], "beakta analysen"),
                       roster=("Anna Ek, Tallviks kommun", "Olle Sand, Region Norrby")),
                   _ex("Tallviks kommun har ombetts att utse en ny representant i gruppen.",
                       ("assignment", ["Tallviks kommun"], "utse en ny representant"), roster=("Anna Ek, Tallviks kommun",)),
                   _ex("Kommunerna ombeds att senast 2027-12-10 anmäla kontaktpersoner till sekreteraren.",
                       ("assignment", ["Tallviks kommun", "kommunerna"], "anmäla kontaktpersoner till sekreteraren"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   _ex("Kommunen har av Region Norrby ombetts att utse en ny ersättare i rådet.",
                       ("assignment", ["Tallviks kommun"], "utse en ny ersättare"), roster=("Anna Ek, Tallviks kommun",))),
         counter_examples=("Alla ombeds till det nya mötesrummet.", "Vi uppmanas ofta att spara.")),
    # a duty told as a statement in the running text: "Ulla Forsberg är kontaktperson mot samverkansgruppen under
    # arbetet" (the one the meeting turns to for the work; not a contact person's standing title in the roster)
    Rule("contact_told", "assignment", narrative_only=True, triggers=("kontaktperson",),
         pattern=r"^(?P<who>" + _NAME + r")\s+är\s+(?:också\s+|även\s+)?(?P<task>kontaktperson\s+(?:mot|gentemot)\s+"
                 r"[^.;]{3,160}?)\s*\.?$",
         examples=(_ex("Elin Borg är kontaktperson mot samverkansgruppen under arbetet.",
                       ("assignment", ["Elin Borg"], "vara kontaktperson mot samverkansgruppen"), roster=_ROSTER),),
         counter_examples=("Elin Borg är kontaktperson.", "Vem är kontaktperson mot kommunerna?")),
    # a contact for the huvudman appointed in a decision: "att utse Tove Rask till Tjärnbo kommuns kontaktperson för
    # servicepunkterna" (a duty, no seat in a group)
    Rule("appointed_contact", "assignment", decision_only=True, exclusive=False, triggers=("kontaktperson",),
         pattern=r"^(?:att\s+)?(?:utse|välja)\s+(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*){1,2})(?:\s+\([^()]{1,12}\))?"
                 r"\s+till\s+(?P<task>(?:[A-ZÅÄÖ][\wåäö-]*\s+kommuns\s+|[Rr]egion\s+[A-ZÅÄÖ][\wåäö-]*s\s+|[a-zåäö]+ens\s+|sin\s+)"
                 r"kontaktperson\b(?!\s+i\s)[^;]*?)[,.]?$",
         examples=(_ex("att utse Elin Borg till Tallviks kommuns kontaktperson för servicepunkterna,",
                       ("assignment", ["Elin Borg"], "vara tallviks kommuns kontaktperson för servicepunkterna"),
                       decision=True, roster=_ROSTER),),
         counter_examples=()),
    # the body that met urging another in its decision: "att uppmana Region Norrby att se över planeringen"
    Rule("urges_in_decision", "assignment", decision_only=True, triggers=("uppmana ",),
         pattern=r"^(?:att\s+)?uppmana\s+(?P<who>(?:[Rr]egion\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+s?\s+kommun|[Rr]egionen|"
                 r"[Kk]ommunerna|[Hh]uvudmännen|[a-zåäö-]+(?:nämnden|styrelsen|förvaltningen)))\s+att\s+"
                 r"(?P<task>(?:[a-zåäö]+\s+){0,4}?[a-zåäö]+[ae]\b.+)$",
         examples=(_ex("att uppmana Region Norrby att tillsammans med kommunen se över planeringsprocessen vid utskrivning",
                       ("assignment", ["Region Norrby"], "tillsammans med kommunen se över"), decision=True,
                       body="Äldrenämnden", roster=("Olle Sand, Region Norrby",)),),
         counter_examples=()),
    Rule("uppdra_at", "assignment", triggers=("uppdra", "uppdrog"), handler="_uppdra_at",
         examples=(# where it was said fronted, the council after "har"
                   _ex("I regionplan och budget 2026 har regionfullmäktige uppdragit åt primärvårdsnämnden att utveckla "
                       "mobila närvårdsteam.", body="Primärvårdsnämnden",
                       facts=(("assignment", ["Primärvårdsnämnden"], "utveckla mobila närvårdsteam"),
                              ("mandate", "Regionfullmäktige", "Primärvårdsnämnden", "delegates"))),
                   # where the uppdrag stands told between "har" and the verb
                   _ex("Kommunstyrelsen har i delegationsordningen uppdragit åt arbetsutskottet att förrätta fyllnadsval.",
                       body="Kommunstyrelsens arbetsutskott, Åby kommun",
                       facts=(("mandate", "Kommunstyrelsen", "Kommunstyrelsens arbetsutskott, Åby kommun", "delegates"),)),
                   _ex("uppdra åt LSVO att återrapportera genomförandet till PSVO", decision=True, body="PSVO",
                       facts=(("assignment", ["LSVO"], "återrapportera"),)),
                   _ex("Det uppdras åt Elin Borg att kontakta kommunen.", ("assignment", ["Elin Borg"], "kontakta")),
                   # the past passive of notes in the old style: "Det uppdrogs åt X att …"
                   _ex("Det uppdrogs åt Elin Borg att återrapportera till styrgruppen i februari.",
                       ("assignment", ["Elin Borg"], "återrapportera till styrgruppen")),
                   # a förening's minutes in the past passive, no subject
                   _ex("Uppdrogs åt Elin Borg att anmäla ombuden.", ("assignment", ["Elin Borg"], "anmäla ombuden")),
                   # the report shown "för" a body, past a "för" that belongs to the object
                   _ex("uppdra åt socialnämnden att redovisa åtgärdsplanen för minskat betalningsansvar för "
                       "kommunstyrelsen senast den 30 september 2025", decision=True, body="Kommunfullmäktige",
                       facts=(("mandate", "socialnämnden", "kommunstyrelsen", "reports_to"),)),
                   # the uppdrag behind a nämnd's case, the day and paragraph of fullmäktige's protocol between
                   _ex("Kommunfullmäktige uppdrog 2026-06-15, § 74, åt samhällsbyggnadsnämnden att se över parkeringsnormen.",
                       body="Samhällsbyggnadsnämnden, Åby kommun",
                       facts=(("assignment", ["Samhällsbyggnadsnämnden, Åby kommun"], "se över parkeringsnormen"),
                              ("mandate", "Kommunfullmäktige", "Samhällsbyggnadsnämnden, Åby kommun", "delegates"))),
                   # (or its decision told with its verb: the body that decided gave it)
                   _ex("Regionfullmäktige beslutade 2026-04-22, § 51, att uppdra åt servicenämnden att utreda en "
                       "gemensam lagerfunktion.", body="Servicenämnden, Region Åby",
                       facts=(("assignment", ["Servicenämnden, Region Åby"], "utreda en gemensam lagerfunktion"),
                              ("mandate", "Regionfullmäktige", "Servicenämnden, Region Åby", "delegates"))))),
    # the old passive of notes and protocols: "Det ålades sekreteraren att hålla ledamöterna uppdaterade"
    # the passive of the protocols with the one tasked first: "Förvaltningen uppdras att ta fram …"
    # (a protocol's other passives of the same: "Förvaltningen anmodas att …", "Servicedirektören åläggs att …",
    # "Förbundsdirektören bemyndigas att underteckna …")
    Rule("uppdras_subject", "assignment", triggers=("uppdras ", "uppdrogs ", "anmodas ", "åläggs ", "bemyndigas "),
         pattern=r"^(?:att\s+)?(?P<who>[A-ZÅÄÖ][^.;:]{1,80}?)\s+(?:uppdras|uppdrogs|anmodas|åläggs|bemyndigas)\s+"
                 r"(?:därför\s+|också\s+|även\s+)?att\s+(?P<task>.+?)\.?$",
         examples=(_ex("Förvaltningen uppdras att ta fram en handlingsplan mot hemlöshet.", decision=True,
                       body="Socialnämnden", facts=(("assignment", ["Förvaltningen"], "ta fram en handlingsplan"),)),
                   _ex("Kommunstyrelsen uppdras att bereda motionen.", decision=True, body="Kommunfullmäktige",
                       facts=(("assignment", ["Kommunstyrelsen"], "bereda motionen"),)),
                   _ex("Socialchefen uppdrogs att återkomma till nämnden i juni med en uppföljning.", decision=True,
                       body="Socialnämnden", facts=(("assignment", ["Socialchefen"], "återkomma till nämnden i juni"),)),
                   _ex("Förvaltningen anmodas att redovisa ett förslag till reviderad parkeringsnorm i mars 2027.",
                       decision=True, body="Samhällsbyggnadsnämnden",
                       facts=(("assignment", ["Förvaltningen"], "redovisa ett förslag till reviderad parkeringsnorm"),)),
                   _ex("Elin Borg åläggs att informera berörda förvaltningar om modellen före den 15 december.",
                       decision=True, roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "informera berörda förvaltningar om modellen"),)),
                   _ex("Elin Borg bemyndigas att underteckna avtalet med leverantören.", decision=True, roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "underteckna avtalet med leverantören"),))),
         counter_examples=("Frågan om vem som uppdras att leda arbetet diskuterades.",
                           "Kommunen anmodas av länsstyrelsen.")),
    Rule("alades", "assignment", triggers=("ålades", "åläggs", "åligger"),
         pattern=r"^(?:[Dd]et\s+)?(?:[Åå]lades|[Åå]läggs|[Åå]ligger)\s+(?P<who>[^.;:]{2,80}?)\s+att\s+(?P<task>.+)$",
         examples=(_ex("Det ålades Elin Borg att hålla ledamöterna uppdaterade om regelverket.",
                       ("assignment", ["Elin Borg"], "hålla ledamöterna uppdaterade"), roster=_ROSTER),
                   _ex("Det åligger Elin Borg att kalla till nästa möte.",
                       ("assignment", ["Elin Borg"], "kalla till nästa möte"), roster=_ROSTER),
                   _ex("Det åligger respektive kommun att utse en kontaktperson.",
                       ("assignment", ["kommunerna"], "utse en kontaktperson"))),
         counter_examples=("Kommunen ålades vite av länsstyrelsen.",)),
    Rule("uppdrag_ges_till", "assignment", triggers=("ges till", "lämnas till", "ges åt", "lämnas åt"),
         pattern=r"^(?:[Ee]tt\s+)?[Uu]ppdrag(?:et)?\s+(?:ges|lämnas)\s+(?:till|åt)\s+(?P<who>[^.;:]{2,100}?)\s+att\s+(?P<task>.+)$",
         examples=(_ex("Uppdrag ges till regiondirektören att meddela Vårdsamverkan Norrhavet beslutet.", decision=True,
                       body="Regionstyrelsens arbetsutskott",
                       facts=(("assignment", ["regiondirektören"], "meddela Vårdsamverkan Norrhavet beslutet"),)),
                   _ex("Uppdraget lämnas till Elin Borg att sammanställa remissvaren.",
                       ("assignment", ["Elin Borg"], "sammanställa remissvaren"))),
         counter_examples=("Uppdrag ges till den som har tid.",)),
    # a power handed to one holder to use on the body's behalf: "att ge ordföranden delegation att besluta i
    # brådskande ärenden …", "Nämnden beslutar om delegation till ordföranden att underteckna avtalet",
    # "Delegation lämnas till ordföranden att utse ersättare" (not "Frågan om delegation diskuterades")
    Rule("delegation_to", "assignment", decision_only=True,
         triggers=("delegation", "Delegation", "delegera", "Delegera"),
         pattern=r"(?:^|\s)(?:ge|ger|lämna|lämnar|ges|lämnas)\s+(?P<who>(?!delegation\b)(?![^.;:]*?(?:nämnd|utskott|styrelse|grupp|beredning|rådet|direktion)[^.;:]*?\s+delegation\s)[^.;:]{2,80}?)\s+delegation\s+att\s+(?P<task>.+)$"
                 r"|(?:^|\s)(?:[Dd]elegation\s+(?:lämnas|ges)|^(?:om\s+)?[Dd]elegation|(?:beslutar\s+om|ge|ger|lämna|lämnar)\s+delegation|"
                 r"[Dd]elegera[rs]?)\s+(?:till|åt)\s+(?P<who2>(?![^.;:]*?(?:nämnd|utskott|styrelse|grupp|beredning|rådet|direktion)[^.;:]*?\s+att\s)"
                 r"[^.;:]{2,80}?)\s+att\s+(?P<task2>.+)$",
         examples=(_ex("ge Elin Borg (S) delegation att besluta i brådskande ärenden under perioden 20 december – 6 januari",
                       decision=True, body="Socialnämnden", roster=("Elin Borg",),
                       facts=(("assignment", ["Elin Borg"], "besluta i brådskande ärenden"),)),
                   _ex("Arbetsmarknadsnämnden beslutar om delegation till Elin Borg att underteckna avtalet med "
                       "Arbetsförmedlingen.", decision=True, body="Arbetsmarknadsnämnden", roster=("Elin Borg",),
                       facts=(("assignment", ["Elin Borg"], "underteckna avtalet med Arbetsförmedlingen"),)),
                   _ex("Delegation lämnas till Elin Borg att utse ersättare om någon får förhinder.", decision=True,
                       facts=(("assignment", ["Elin Borg"], "utse ersättare"),))),
         # (a power handed to a body is a mandate, read by the rules of mandates)
         counter_examples=("Frågan om delegation till ordföranden att besluta under sommaren diskuterades.",)),
    # a power given by the words "rätt att": "Nämnden ger ordföranden rätt att på nämndens vägnar lämna yttrandet",
    # "att ge förbundsdirektören rätt att besluta om ersättningsresor" (not "Ledamöterna har rätt att yttra sig")
    Rule("right_given", "assignment", decision_only=True, triggers=("rätt att",),
         pattern=r"(?:^|\s)(?:ge|ger|ges)\s+(?P<who>(?!sig\b)[^.;:]{2,80}?)\s+(?:full\s+|en\s+)?rätt\s+att\s+(?P<task>.+?)\.?$",
         examples=(_ex("Nämnden ger Elin Borg rätt att på nämndens vägnar lämna det slutliga yttrandet.", decision=True,
                       body="Samhällsbyggnadsnämnden", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "på nämndens vägnar lämna det slutliga yttrandet"),)),
                   _ex("att ge Elin Borg rätt att besluta om tillfälliga ersättningsresor vid trafikstörningar", decision=True,
                       roster=_ROSTER, facts=(("assignment", ["Elin Borg"], "besluta om tillfälliga ersättningsresor"),))),
         counter_examples=("Ledamöterna har rätt att yttra sig i alla ärenden.",
                           "Nämnden ger sig rätt att ompröva beslutet.")),
    # the old word for a task laid on an official in a decision: "att anmoda förbundsdirektören Eva Ek att ta fram …"
    Rule("anmoda_in_decision", "assignment", decision_only=True, triggers=("anmoda ", "anmodar "),
         pattern=r"^(?:att\s+)?(?:[A-ZÅÄÖ][^.;:]{1,60}?\s+)?(?:anmoda|anmodar)\s+(?P<who>[^.;:]{2,80}?)\s+att\s+(?P<task>.+?)\.?$",
         examples=(_ex("att anmoda förbundsdirektören Elin Borg att i samråd med medlemskommunerna ta fram en gemensam "
                       "beställningscentral", decision=True, roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "i samråd med medlemskommunerna ta fram"),)),
                   _ex("Nämnden anmodar förvaltningen att redovisa en åtgärdsplan i mars.", decision=True, body="Socialnämnden",
                       facts=(("assignment", ["förvaltningen"], "redovisa en åtgärdsplan"),))),
         counter_examples=()),
    # who is to do it, singled out or put after a fronted adverbial: "Det är i dagsläget tre utredare som
    # kommer titta på …", "Vid detta tillfälle kommer både Eva samt Per att medverka"
    Rule("singled_out_doer", "assignment",
         triggers=("det är ", "kommer både ", "ska både "),
         pattern=r"^Det\s+är\s+(?:i\s+dagsläget\s+|nu\s+|just\s+nu\s+)?(?:(?:en|ett|två|tre|fyra|fem)\s+)?"
                 r"(?P<who>[^.;:,]{2,60}?)\s+som\s+(?:däremot\s+|också\s+|även\s+)?(?:kommer\s+(?:att\s+)?|ska\s+)"
                 r"(?P<task>" + _DOER_TASK + r"\b.+)$"
                 r"|^(?:Vid|Till|Under|På|Inför|Efter)\s+[^.;:,]{3,40}?\s+(?:kommer|ska)\s+både\s+"
                 r"(?P<who2>[A-ZÅÄÖ][^.;:]{2,80}?)\s+(?:att\s+)?(?P<task2>" + _DOER_TASK + r"\b.*)$",
         examples=(_ex("Det är i dagsläget tre utredare som däremot kommer titta på formerna för ett nytt avtal.",
                       ("assignment", ["utredare"], "titta på formerna")),
                   _ex("Vid detta tillfälle kommer både Elin Borg samt tidigare processledare Sanna Pirinen att medverka.",
                       ("assignment", ["Elin Borg", "Sanna Pirinen"], "medverka"), roster=_ROSTER)),
         counter_examples=("Det är viktigt som alltid att ta fram en plan.",
                           "Det är regionen som kommer att bära kostnaden om inget annat sägs.",
                           "Vid mötet kommer både kommunerna och regionen att vara representerade.")),
    Rule("commits_to", "assignment",
         triggers=("åtar sig", "åtog sig", "åtagit sig", "erbjudit sig", "tar på sig", "tog på sig", "erbjuder sig", "erbjöd sig", "tackat ja",
                   "tackade ja"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][^.;:]{0,100}?)\s+(?:åtar|åtog|har\s+åtagit|erbjuder|erbjöd|har\s+erbjudit)\s+sig\s+(?:att\s+)?(?P<task>.+)$"
                 r"|^(?P<who2>[A-ZÅÄÖ][^.;:]{0,100}?)\s+(?:tar|tog)\s+på\s+sig\s+(?:(?:uppdraget|uppgiften)\s+)?(?:att\s+)?(?P<task2>.+)$"
                 # "X och Y från Z kommun har tackat ja till att facilitera dagen": a task asked for and accepted
                 r"|^(?P<who3>[A-ZÅÄÖ][^.;:]{0,100}?)(?:\s+från\s+[A-ZÅÄÖ][^.;:]{0,60}?)?\s+(?:har\s+)?tacka(?:t|de)\s+ja\s+till\s+att\s+(?P<task4>.+)$",
         examples=(_ex("Elin Borg åtar sig att sammanställa synpunkterna.",
                       ("assignment", ["Elin Borg"], "sammanställa synpunkterna")),
                   _ex("Elin Borg tar på sig att boka lokal.", ("assignment", ["Elin Borg"], "boka lokal")),
                   _ex("Elin Borg har åtagit sig att leda workshopen.", ("assignment", ["Elin Borg"], "leda workshopen")),
                   _ex("Elin Borg tog på sig uppgiften att skriva inbjudan.", ("assignment", ["Elin Borg"], "skriva inbjudan")),
                   _ex("Eva Lund och Per Holm från Åby kommun har tackat ja till att vara med och facilitera dagen.",
                       ("assignment", ["Eva Lund", "Per Holm"], "vara med och facilitera dagen"))),
         counter_examples=("Ingen åtar sig något ansvar för frågan.", "Kommunen har tackat ja till erbjudandet.")),
    # the thing to deliver first, who promised it in a relative clause after it: "Det som saknas är en överblick
    # över avgifterna, som Per har lovat att ta fram till nästa möte"
    Rule("promised_in_relative", "assignment", triggers=("som ", ),
         handler="_as_promised_in_relative", exclusive=False,
         examples=(_ex("Det som saknas är en överblick över vad kommunerna tar ut för avlösning, som Elin har lovat att "
                       "ta fram till nästa möte.", ("assignment", ["Elin Borg"], "ta fram en överblick över vad kommunerna"),
                       roster=_ROSTER),
                   _ex("Vi behöver en sammanställning av väntetiderna som Eva Ström och Per Ek har åtagit sig att "
                       "ta fram inför hösten.", ("assignment", ["Eva Ström", "Per Ek"], "ta fram en sammanställning"))),
         counter_examples=("Det är en fråga som Eva Ström har lovat att det ska lösas.",
                           "Planen, som Eva Ström tog fram förra året, gäller fortfarande.")),
    # a promise made at the meeting, or a task taken home from it: "Eva lovade att kontakta länsstyrelsen",
    # "Per fick med sig att undersöka …" (not what someone promised about the world: "lovade att det blir …",
    # nor what a body learnt: "fick med sig att det behövs …")
    Rule("promised_to", "assignment",
         triggers=("lovar att", "lovade att", "lovat att", "med sig att"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][^.;:]{0,100}?)\s+(?:har\s+)?(?:lovar|lovade|lovat)\s+att\s+"
                 r"(?P<task>(?!(?:det|den|de|detta|vi|man|han|hon|hen|alla|inget|ingen|ni|du|jag)\b)[a-zåäö].+)$"
                 r"|^(?P<who2>[A-ZÅÄÖ][^.;:]{0,100}?)\s+(?:fick|får|har\s+fått)\s+med\s+sig\s+att\s+"
                 r"(?P<task2>(?!(?:det|den|de|detta|vi|man|han|hon|hen|alla|inget|ingen|ni|du|jag)\b)[a-zåäö].+)$",
         examples=(_ex("Eva Ström lovade att kontakta länsstyrelsen om utbildningsdagen.",
                       ("assignment", ["Eva Ström"], "kontakta länsstyrelsen")),
                   _ex("Elin har lovat att skicka ut presentationen.", ("assignment", ["Elin Borg"], "skicka ut"),
                       roster=_ROSTER),
                   _ex("Per Ek fick med sig att undersöka hur regionen hanterar avvikelser.",
                       ("assignment", ["Per Ek"], "undersöka hur regionen"))),
         counter_examples=("Ordföranden lovade att det blir ett extra möte i vår.",
                           "Gruppen fick med sig att det behövs tydligare rutiner.",
                           "Regionen har lovat att alla ska få plats.")),
    # a matter sent on with a request that those it goes to act on it: "Överenskommelsen överlämnas till kommunerna i
    # länet med en begäran om att respektive kommun fattar beslut om överenskommelsen senast den 31 mars 2027"
    Rule("sent_with_request", "assignment", exclusive=False,
         triggers=("med en begäran", "med begäran", "med en hemställan", "med hemställan", "med en uppmaning",
                   "med uppmaning"),
         handler="_sent_with_request",
         examples=(_ex("Överenskommelsen överlämnas till kommunerna i länet med en begäran om att respektive kommun fattar "
                       "beslut om överenskommelsen senast den 31 mars 2027.",
                       ("assignment", ["Tallviks kommun", "kommunerna i länet"], "fatta beslut om överenskommelsen"),
                       roster=("Anna Ek, Tallviks kommun",), decision=True, body="Regionstyrelsens arbetsutskott"),
                   _ex("Planen skickas till Styrgrupp Barnahus med en begäran om att styrgruppen tar ställning till "
                       "finansieringen.", ("assignment", ["Styrgrupp Barnahus"], "ta ställning till finansieringen"))),
         counter_examples=("Planen skickas till kommunerna med en begäran om synpunkter.",
                           "Planen skickas till Anna Berg med en begäran om att hon läser den.")),
    # a piece of work told in the passive with who does it after "av": "Uppföljningen av teamen görs i fortsättningen
    # av Arbetsgrupp första linjen", "Samordningen av utbildningsdagarna sköts av Elin Borg"
    Rule("work_done_by", "assignment", exclusive=False, triggers=("görs", "sköts", "genomförs", "tas om hand"),
         handler="_work_done_by",
         examples=(_ex("Uppföljningen av de mobila teamen görs i fortsättningen av Arbetsgrupp SIP.",
                       ("assignment", ["Arbetsgrupp SIP"], "följa upp de mobila teamen")),
                   _ex("Samordningen av utbildningsdagarna sköts av Elin Borg från 1 maj.",
                       ("assignment", ["Elin Borg"], "samordna utbildningsdagarna"), roster=_ROSTER)),
         counter_examples=("Uppföljningen av teamen görs av flera verksamheter.",
                           "Uppföljningen görs av Arbetsgrupp SIP.", "Planeringen av dagen görs i maj.")),
    # a text handed to someone to comment on: "AF får utkastet för synpunkter från BUP innan dess"
    Rule("gets_for_comment", "assignment", triggers=("för synpunkter", "för kommentarer", "för granskning",
                                                      "för genomläsning"),
         handler="_gets_for_comment",
         examples=(_ex("EB får utkastet för synpunkter från kommunerna innan dess.",
                       ("assignment", ["Elin Borg"], "lämna synpunkter på utkastet från kommunerna"), roster=_ROSTER),
                   _ex("Sanna Pirinen fick rutinen för granskning till nästa möte.",
                       ("assignment", ["Sanna Pirinen"], "lämna synpunkter på rutinen"), roster=_ROSTER)),
         counter_examples=("Gruppen får rapporten för kännedom.", "Vi fick många synpunkter på utkastet.")),
    # "PE kallar.", "Ordföranden kallar till nästa möte": who convenes the next meeting has that to do
    # an uppdrag on the body's numbered list of uppdrag, followed up: "- Uppdrag 2027:11, analys av skillnader i
    # väntetid till BUP (Samverkansgrupp att växa upp): pågår, redovisas 2027-11-19" (still open: the holder's task,
    # on the uppdrag of the body that keeps the list)
    Rule("listed_uppdrag_open", "assignment", triggers=("): pågår", "): påbörjat", "): pågående", "): ej", "): inte",
                                                        "): försenat", "): fortsätter"),
         handler="_listed_uppdrag_open",
         examples=(_ex("- Uppdrag 2027:11, analys av skillnader i väntetid till BUP (Arbetsgrupp SIP): pågår, redovisas "
                       "2027-11-19.", body="Styrgrupp Barnahus",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "analys av skillnader i väntetid till BUP"),
                              ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp SIP", "delegates"))),
                   _ex("Uppdrag 12/2026, rutin för hemgång (Elin Borg): ej påbörjat.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "rutin för hemgång"),))),
         counter_examples=("Uppdrag 2027:09, uppdragsbeskrivning för Arbetsgrupp SIP (Elin Borg): klart, fastställd i maj.",)),
    # a question carried to another body by one of the members: "Frågan tas till MLA-nätverket via Ylva"
    Rule("carried_via", "assignment", exclusive=False, triggers=(" via ",), handler="_carried_via",
         examples=(_ex("Frågan tas till Styrgrupp Barnahus via Elin.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "ta frågan till Styrgrupp Barnahus"),)),
                   _ex("Frågan om skolenkäten lyfts till styrgruppen via Sanna Pirinen.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "ta frågan om skolenkäten till styrgruppen"),))),
         counter_examples=("Frågan tas till styrgruppen via mejl.", "Rapporten skickas via Elin Borg.")),
    # a unit filling the seat one of its people leaves: "– psykiatrin skickar någon annan", "Hemtjänsten utser en ny
    # representant", "BUP nominerar en ersättare"
    Rule("unit_fills_seat", "assignment", triggers=("någon annan", "ny representant", "en ersättare", "en efterträdare",
                                                    "ny företrädare", "ny ledamot"),
         handler="_unit_fills_seat",
         examples=(_ex("Cecilia slutar i gruppen efter sommaren – psykiatrin skickar någon annan.", roster=("Cecilia Ljung",),
                       facts=(("assignment", ["Psykiatrin"], "skicka någon annan"),)),
                   _ex("Hemtjänsten i Åby utser en ny representant till nästa möte.",
                       ("assignment", ["Hemtjänsten i Åby"], "utse en ny representant"))),
         counter_examples=("Psykiatrin har fått en ny representant.", "Hemtjänsten skickar någon annan gång en rapport.")),
    Rule("convenes_next", "assignment", triggers=("kallar", "ut kallelse"), handler="_convenes_next",
         examples=(# after the next meeting's day, time and place; the kallelse sent, as the notes say it
                   _ex("Tisdag 24 november kl. 08.30 på Hagaskolan, Elin kallar.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "kalla till nästa möte"),)),
                   _ex("Fredag 24 mars kl. 14.00, Åby vårdcentral. Elin skickar ut kallelse.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "skicka ut kallelse till nästa möte"),)),
                   _ex("Nästa möte 2025-11-12. PE kallar.", ("assignment", ["Per Ek"], "kalla till nästa möte"),
                       roster=("Per Ek",)),
                   _ex("Nästa möte 2025-12-05. Elin Borg skickar ut kallelse.",
                       ("assignment", ["Elin Borg"], "skicka ut kallelse till nästa möte"), roster=_ROSTER),
                   # the staff who serve the body: "Kansliet kallar."
                   _ex("Nästa möte 9 december. Kansliet kallar.", ("assignment", ["Kansliet"], "kalla till nästa möte")),
                   _ex("Elin Borg kallar till nästa möte.", ("assignment", ["Elin Borg"], "kalla till nästa möte"),
                       roster=_ROSTER),
                   # the date and the one convening on one line: "Nästa möte: 12 november, Elin kallar."
                   _ex("Nästa möte: 12 november kl. 13–15, Elin kallar.",
                       ("assignment", ["Elin Borg"], "kalla till nästa möte"), roster=_ROSTER),
                   # hurried notes in small letters, the convener last with the verb in full
                   _ex("nästa möte 13/3 kl 9 på teams, Elin sammankallar",
                       ("assignment", ["Elin Borg"], "sammankalla nästa möte"), roster=_ROSTER)),
         counter_examples=("Ordföranden kallar till extra möte i december om budgeten.",
                           "Arbetsgruppen kallar in externa experter.",
                           "Nästa möte 13/3, Elin sammankallar inte längre gruppen.")),
    Rule("invited_to_present", "assignment",
         triggers=("bjuds in",),
         pattern=r"^(?P<who>[A-ZÅÄÖ][^.;:]{0,100}?)\s+bjuds\s+in\s+(?P<when>(?:till|på)\s+[^.;]+?)\s+för\s+att\s+(?P<task>.+)$",
         examples=(_ex("Anna Lund bjuds in till nästa möte för att presentera kartläggningen.",
                       ("assignment", ["Anna Lund"], "presentera kartläggningen")),
                   # a unit invited
                   _ex("Ungdomsmottagningen i Åby bjuds in till nästa möte för att berätta om sitt arbete med sömn.",
                       ("assignment", ["Ungdomsmottagningen i Åby"], "berätta om sitt arbete med sömn")),
                   # her title before her name, where she comes from after it
                   _ex("Apotekare Samira Khan bjuds in till nästa möte för att gå igenom förslaget.",
                       ("assignment", ["Samira Khan"], "gå igenom förslaget")),
                   _ex("Johanna Berg från FoU Åby bjuds in till nästa möte för att berätta om utvärderingen.",
                       ("assignment", ["Johanna Berg"], "berätta om utvärderingen"))),
         counter_examples=("Alla bjuds in till en workshop i maj.",)),
    Rule("positive_to", "assignment", triggers=("positiv",), handler="_positive_to",
         examples=(_ex("Styrgrupp Barnahus ställer sig positiv till att ta fram en gemensam rutin.",
                       ("assignment", ["Styrgrupp Barnahus"], "ta fram en gemensam rutin")),)),
    Rule("wish", "assignment", triggers=("önsk",), handler="_wishes",
         examples=(_ex("Karin Ek önskar presentera resultatet vid nästa möte.",
                       ("assignment", ["Karin Ek"], "presentera resultatet")),
                   # a body's wish that another body do something, told in another's notes
                   _ex("Gruppen önskar att Samverkansgrupp äldre lyfter kvällstillgängligheten i länet.",
                       ("assignment", ["Samverkansgrupp äldre"], "lyfta kvällstillgängligheten"),
                       body="Lokal samverkansgrupp Ekby")),
         counter_examples=("Gruppen önskar gärna mer information.",)),
    # "Eva berättade att samverkansgruppen vill att brukarrådet ska ge synpunkter på utkastet": a body's wish that
    # another body do something, read as the wish with "önskar" is
    Rule("body_wants", "assignment", exclusive=False, triggers=("vill att",), handler="_wishes",
         examples=(_ex("Elin berättade att Styrgrupp Barnahus vill att rådet ska ge synpunkter på utkastet till rutin.",
                       ("assignment", ["Brukarrådet Norrby"], "ge synpunkter på utkastet till rutin"),
                       body="Brukarrådet Norrby", roster=_ROSTER),
                   _ex("Styrgrupp Barnahus vill att Arbetsgrupp SIP ska ta fram en gemensam blankett.",
                       ("assignment", ["Arbetsgrupp SIP"], "ta fram en gemensam blankett"))),
         # (without the modal a body hopes, and gives no task: "vill att X tar upp …" refers a matter there)
         counter_examples=("Elin Borg vill att vi tar upp frågan igen.", "Gruppen vill att fler deltar.",
                           "Nätverket vill att Styrgrupp Barnahus tar upp bristen på läkare.",
                           "Styrgruppen vill att Arbetsgrupp SIP står bakom förslaget.")),
    # a matter put off to the next meeting, who is to present it then after a comma: "SÖ ang. de nya föreskrifterna ->
    # tas upp nästa ggn, SÖ föredrar"
    Rule("presents_next_time", "assignment", triggers=("föredrar", "presenterar", "redovisar"),
         handler="_presents_next_time",
         examples=(_ex("- Elin ang. Socialstyrelsens nya föreskrifter -> tas upp nästa ggn, Elin föredrar.",
                       ("assignment", ["Elin Borg"], "föredra Socialstyrelsens nya föreskrifter"), roster=_ROSTER),
                   _ex("Rutinen för avvikelser tas upp på nästa möte, Tobias Fagerlund presenterar.",
                       ("assignment", ["Tobias Fagerlund"], "presentera rutinen för avvikelser"), roster=_ROSTER)),
         counter_examples=("Rutinen för avvikelser togs upp, Tobias Fagerlund presenterar.",
                           "Tobias Fagerlund presenterar rutinen för avvikelser.")),
    Rule("carries_it", "assignment", triggers=("tar med den", "tar med det", "tar med dem", "tar med frågan",
                                                "tar med sig den", "tar med sig det", "föredrar den", "föredrar det",
                                                "presenterar den", "presenterar det", "tar den dit", "tar det dit",
                                                "tar upp den", "tar upp det", "tar med)"),
         handler="_carries_it",
         examples=(_ex("Frågan lyfts till styrgruppen den 3 april, TF tar med den.",
                       ("assignment", ["Tobias Fagerlund"], "lyfta frågan till styrgruppen den 3 april"), roster=_ROSTER),
                   _ex("Den kan gruppen inte avgöra, den lyfts till RLG i maj – Elin tar med den.",
                       ("assignment", ["Elin Borg"], "lyfta frågan till RLG i maj"), roster=_ROSTER),
                   # in a sentence of its own, with where it goes
                   _ex("Frågan lyfts vidare till RLG, då den gäller alla huvudmän. Elin tar med den till RLG:s möte i maj.",
                       ("assignment", ["Elin Borg"], "lyfta frågan"), roster=_ROSTER),
                   # after a semicolon; the meeting itself raising it
                   _ex("Frågan om stöd till skolor lyfts till styrgruppen; TF tar med den till styrgruppens möte.",
                       ("assignment", ["Tobias Fagerlund"], "lyfta frågan till styrgruppen"), roster=_ROSTER),
                   # who presents it there
                   _ex("Delrapporten lyfts till Styrgrupp Nära vård den 17 september. TF föredrar den där.",
                       ("assignment", ["Tobias Fagerlund"], "föredra delrapporten för Styrgrupp Nära vård"), roster=_ROSTER),
                   # handed on in the passive, the one presenting it in a clause joined by "och"
                   _ex("Delrapporten lämnas till Styrgrupp Nära vård den 19 november och TF föredrar den där.",
                       ("assignment", ["Tobias Fagerlund"], "föredra delrapporten för Styrgrupp Nära vård den 19 november"),
                       roster=_ROSTER),
                   # where it goes by "dit", when after it
                   _ex("Frågan lyfts till Kommunala funktionsrättsrådet. Elin tar med den dit i december.",
                       ("assignment", ["Elin Borg"], "lyfta frågan till Kommunala funktionsrättsrådet"), roster=_ROSTER),
                   _ex("Frågan lyfter vi till styrgruppen – Elin tar med den till mötet 21 november.",
                       ("assignment", ["Elin Borg"], "lyfta frågan till styrgruppen"), roster=_ROSTER),
                   # joined by "och", where it goes and when after the pronoun; handed over rather than raised
                   _ex("Frågan överlämnas till Utskrivningsnätverket, och TF tar den dit den 22 oktober.",
                       ("assignment", ["Tobias Fagerlund"], "lyfta frågan till Utskrivningsnätverket"), roster=_ROSTER),
                   _ex("Frågan om en gemensam tjänst lyfts till Styrgrupp Nära vård. Elin tar upp den där den 4 december.",
                       ("assignment", ["Elin Borg"], "lyfta frågan"), roster=_ROSTER),
                   # in brackets after the question, the pronoun left out, as hurried notes put it
                   _ex("Frågan om ordinarie finansiering lyfts till styrgruppen (TF tar med).",
                       ("assignment", ["Tobias Fagerlund"], "lyfta frågan till styrgruppen"),
                       roster=_ROSTER)),
         counter_examples=("Frågan diskuterades länge, TF tar med den.", "Frågan diskuterades länge (TF tar med).")),
    Rule("owned_passive", "assignment", triggers=("skickas", "sänds", "lämnas", "presenteras", "redovisas"),
         handler="_owned_passive", decision_only=True,
         examples=(_ex("ställa sig bakom Region Norrbys svar till IVO. Det slutgiltiga svaret skickas ut till rådet i maj.",
                       ("assignment", ["Region Norrby"], "skicka ut det slutgiltiga svaret till rådet"),
                       decision=True, body="Politiskt samråd i Norrby"),),
         counter_examples=("Det slutgiltiga svaret skickas ut till rådet i maj.",)),
    Rule("passive_agent", "assignment", triggers=("s av ", "fram av ", "upp av ", "över av "), handler="_passive_agent",
         examples=(_ex("att rutinen ska revideras av Elin Borg innan sommaren",
                       ("assignment", ["Elin Borg"], "rutinen revideras av")),
                   # a relative pronoun stands for what is needed before the comma
                   _ex("Utöver detta behövs även utbildningsinsatser i Link, vilka ska tas fram av processledare "
                       "och processteam inom kort.",
                       ("assignment", ["processledare"], "ta fram utbildningsinsatser i link")),
                   # the speaker, by a pronoun after the reporting verb
                   _ex("Elin Borg berättar att de sista justeringarna kommer ses över av henne som processledare.",
                       ("assignment", ["Elin Borg"], "se över de sista justeringarna"), roster=_ROSTER)),
         counter_examples=("Utbildningen, vilken ska hållas av Elin Borg, blir digital.",
                           # who has the say in the matter, no task to it
                           "Frågan om kommunens representation i samverkansgruppen ska avgöras av nämnden.",
                           "Policyn ska antas av fullmäktige i var och en av de tre kommunerna.")),
    Rule("present_passive_agent", "assignment", triggers=("s av ", "möte av ", "sammanträde av ", "s fram av ", "s upp av ",
                                                          "skickas till ", "sänds till "),
         handler="_present_passive_agent",
         examples=(_ex("Enkäten sammanställs av Elin Borg och presenteras för styrgruppen i oktober.",
                       ("assignment", ["Elin Borg"], "sammanställa enkäten och presentera för styrgruppen")),
                   # decided, the agent may be an organisation
                   _ex("medel rekvireras av NSPH Blekinge", decision=True, body="LSVO",
                       facts=(("assignment", ["NSPH Blekinge"], "rekvirera medel"),)),
                   # a question put at a council's meeting, answered at the next by the one named
                   _ex("Gun Alm frågade hur många platser korttidsboendet har. Frågan besvaras vid nästa möte av Elin Borg.",
                       ("assignment", ["Elin Borg"], "besvara frågan hur många platser korttidsboendet har"),
                       roster=_ROSTER)),
         counter_examples=("Mötet leds av Elin Borg.", "Ärendet föredras av Elin Borg och diskuteras.",
                           "Rapporten sammanställs av regionen och skickas ut.",
                           "Mona Berg (M) lämnar sammanträdet kl. 15.30 och ersätts av Per Ek (M).")),
    Rule("modal_passive_agent", "assignment", exclusive=False, triggers=("s upp av", "s fram av", "s av ", "s till "),
         handler="_modal_passive_agent",
         examples=(_ex("Överenskommelsen ska följas upp av Samverkansgrupp äldre, som rapporterar till "
                       "ledningsgruppen två gånger per år.",
                       ("assignment", ["Samverkansgrupp äldre"], "följa upp överenskommelsen"),
                       body="Vård- och omsorgsnämnden"),
                   # what the work rests on, after the agent
                   _ex("Rapporten för 2030 ska sammanställas av Elin Borg utifrån de underlag som kommunerna skickar in.",
                       ("assignment", ["Elin Borg"], "sammanställa rapporten för 2030 utifrån de underlag"), roster=_ROSTER),
                   # where it goes before the agent
                   _ex("Frågan ska lyftas till styrgruppen av Elin Borg.",
                       ("assignment", ["Elin Borg"], "lyfta frågan till styrgruppen"), roster=_ROSTER)),
         counter_examples=("Överenskommelsen ska följas upp av någon i höst.",
                           "Frågan ska lyftas till styrgruppen av någon.",
                           "Rapporten ska sammanställas av någon utifrån underlagen.")),
    Rule("pronoun_task", "assignment", triggers=tuple(re.match(r"\w+", v).group(0) for v in TASK_VERBS),
         handler="_pronoun_task",
         examples=(_ex("Elin och Sanna tar fram ett förslag till program. De återkommer till samverkansgruppen i mars.",
                       ("assignment", ["Elin Borg", "Sanna Pirinen"],
                        "ta fram ett förslag till program och återkomma till samverkansgruppen i mars"), roster=_ROSTER),
                   # the one the sentence before was about, no task given yet
                   _ex("Åby: Sanna har fortfarande två vakanta tjänster. Hon undersöker om Åby kan gå med i Ekås upphandling.",
                       ("assignment", ["Sanna Pirinen"], "undersöka om Åby kan gå med i Ekås upphandling"), roster=_ROSTER)),
         counter_examples=("De återkommer till samverkansgruppen i mars.",
                           "Hon tar fram ett förslag till nästa möte.")),
    Rule("tells_it_there", "assignment", triggers=("föredrar den", "föredrar det", "presenterar den", "presenterar det",
                                                    "redovisar den", "redovisar det"),
         handler="_tells_it_there",
         examples=(_ex("Beredningen beslutar att analysen redovisas för rådet den 13 juni 2025. Elin Borg föredrar den där.",
                       ("assignment", ["Elin Borg"], "föredra analysen för rådet den 13 juni 2025"), roster=_ROSTER),),
         counter_examples=("Elin Borg föredrar den där.",)),
    Rule("gapped_task", "assignment", triggers=(" och ",), handler="_gapped_task",
         examples=(_ex("Elin Borg tar kontakt med elevhälsan och Sanna Pirinen med BUP för att förankra rutinen före "
                       "årsskiftet.", ("assignment", ["Elin Borg"], "ta kontakt med elevhälsan för att förankra rutinen"),
                       ("assignment", ["Sanna Pirinen"], "ta kontakt med BUP för att förankra rutinen"), roster=_ROSTER),
                   # the preposition the verb's own, the doers by their initials
                   _ex("SP ansvarar för skolans del av kartläggningen och FO för psykiatrins del.",
                       ("assignment", ["Sanna Pirinen"], "ansvara för skolans del av kartläggningen"),
                       ("assignment", ["Fatima Osman"], "ansvara för psykiatrins del"), roster=_ROSTER)),
         # told of what was done, no task
         counter_examples=("Elin Borg tog kontakt med elevhälsan och Sanna Pirinen med BUP.",)),
    # presenting the matter where it was sent: a task at a meeting to come
    Rule("presents_there", "assignment", narrative_only=True, triggers=("föredrar ", "presenterar ", "redovisar "),
         handler="_presents_there",
         examples=(_ex("Behovet av finansiering kvarstår. Frågan lyfts till LSVO:s möte i maj. Anders Hjelm föredrar "
                       "ärendet där.", ("assignment", ["Anders Hjelm"], "föredra ärendet på LSVO:s möte i maj")),
                   _ex("Anders Hjelm föredrar ärendet vid Styrgrupp Barnahus möte den 12 maj.",
                       ("assignment", ["Anders Hjelm"], "föredra ärendet vid Styrgrupp Barnahus möte")),
                   # a work told at a body named, at a meeting to come
                   _ex("Anders Hjelm presenterar sammanställningen vid Styrgrupp Barnahus i november.",
                       ("assignment", ["Anders Hjelm"], "presentera sammanställningen vid Styrgrupp Barnahus i november")),
                   # at a council's meeting on a day to come
                   _ex("Margareta Sand föredrar ärendet i rådet den 13 mars.", body="Regional ledningsgrupp",
                       roster=("Margareta Sand",),
                       facts=(("assignment", ["Margareta Sand"], "föredra ärendet i rådet den 13 mars"),))),
         counter_examples=("Anders Hjelm föredrar ärendet.", "Anders Hjelm föredrar ärendet där.",
                           "Anders Hjelm föredrar ärendet i korthet.",
                           "Anders Hjelm presenterar resultatet i korthet.",
                           "Anders Hjelm presenterar sammanställningen vid mötet.")),
    # the task a body was set up for, told with its setting up
    Rule("set_up_to", "assignment", exclusive=False, narrative_only=True,
         triggers=("och ska", "och skall", "och har i uppdrag"), handler="_set_up_to",
         examples=(_ex("Arbetsgruppen tillsattes av Styrgrupp Barnahus i mars och ska ta fram ett förslag till "
                       "länsgemensam rutin för hantering av vårdplatsbrist.", body="Arbetsgrupp vårdplatser",
                       facts=(("assignment", ["Arbetsgrupp vårdplatser"], "ta fram ett förslag till länsgemensam rutin"),
                              ("mandate", "Styrgrupp Barnahus", "Arbetsgrupp vårdplatser", "delegates"))),
                   _ex("Arbetsgruppen bildades i mars och ska ta fram ett förslag till rutin.", body="Arbetsgrupp vårdplatser",
                       facts=(("assignment", ["Arbetsgrupp vårdplatser"], "ta fram ett förslag till rutin"),))),
         counter_examples=("Arbetsgruppen tillsattes i mars och har träffats fyra gånger.",
                           "Gruppen bildades i mars och skulle egentligen ha träffats i april.")),
    Rule("coordinated_task", "assignment", handler="_coordinated_task",
         triggers=("men ", " och "),
         examples=(_ex("EB tror att det beror på registreringen men återkommer med en analys till nästa möte.",
                       ("assignment", ["Elin Borg"], "återkomma med en analys"), roster=_ROSTER),
                   # after an account of the work, a report-back
                   _ex("Hanna Ek redogör för införandet av nytt planeringssystem och återkommer till nämnden i "
                       "januari med en redovisning av utfallet.",
                       ("assignment", ["Hanna Ek"], "återkomma till nämnden i januari"), body="Omsorgsnämnden")),
         counter_examples=("EB tror att det beror på registreringen men vet inte säkert.",
                           "Hanna Ek redogör för införandet av nytt planeringssystem och svarar på frågor.",
                           "EB tycker att förslaget är bra och att det bör antas.")),
    Rule("intends", "assignment", triggers=("avser",), handler="_intends",
         examples=(_ex("Karin Ek har börjat kartläggningen och avser att redovisa den i maj.",
                       ("assignment", ["Karin Ek"], "har börjat")),)),
    # bodies named in the plural, each with the task: "Närvårdsgrupperna i Älvby och Norrvik ska …" (one body per
    # place), "Båda styrgrupperna ska …" (the bodies of that kind the item has named)
    Rule("plural_bodies_task", "assignment", triggers=("grupperna", "råden", "teamen", "nätverken"),
         handler="_plural_bodies_task",
         examples=(_ex("Närvårdsgrupperna i Tallvik och Åby ska ta fram en lokal plan för mobil hemsjukvård till mars.",
                       ("assignment", ["Närvårdsgrupp Tallvik"], "ta fram en lokal plan"),
                       ("assignment", ["Närvårdsgrupp Åby"], "ta fram en lokal plan"),
                       roster=("Anna Ek, Tallviks kommun", "Berit Ås, Åby kommun")),
                   _ex("Styrgrupp psykisk hälsa vuxna och Styrgrupp barn och unga har lämnat sina årsrapporter. Båda "
                       "styrgrupperna ska ta fram mål för 2026 och redovisa dem för samverkansgruppen i mars.",
                       ("assignment", ["Styrgrupp psykisk hälsa vuxna"], "ta fram mål för 2026"),
                       ("assignment", ["Styrgrupp barn och unga"], "ta fram mål för 2026"),
                       ("mandate", "Styrgrupp barn och unga", "Samverkansgrupp äldre", "reports_to")),
                   # the kind alone, in the plural, with its places
                   _ex("Teamen i Tallvik och Åby tar fram var sin tidplan för införandet till nästa möte.",
                       ("assignment", ["Team Tallvik"], "ta fram var sin tidplan"),
                       ("assignment", ["Team Åby"], "ta fram var sin tidplan"),
                       roster=("Anna Ek, Tallviks kommun", "Berit Ås, Åby kommun"))),
         counter_examples=("Båda styrgrupperna ska ta fram mål för 2026.",
                           "Arbetsgrupperna i Tallvik och Åby har olika rutiner.")),
    # work handed over in the passive: what the noun names is the task of the one it goes to
    Rule("handed_over_task", "assignment", exclusive=False,
         triggers=("överlämnas till", "lämnas över till", "övergår till", "förs över till"),
         handler="_handed_over_task",
         examples=(_ex("Planeringen av temadagen under Fallpreventionsveckan överlämnas till Utbildningsgruppen för "
                       "vård- och omsorgspersonal i Norrby, som har budget för föreläsare.",
                       ("assignment", ["Utbildningsgruppen för vård- och omsorgspersonal i Norrby"], "planera temadagen")),
                   # a piece of the body's own work passed on by its decision, with the report it owes
                   _ex("att arbetsgruppen avvecklas och att den fortsatta uppföljningen av skolläkarfunktionen övergår "
                       "till Samverkansgrupp Barn och unga, som rapporterar till ledningsgruppen en gång per år.",
                       decision=True, body="Regional ledningsgrupp",
                       facts=(("assignment", ["Samverkansgrupp Barn och unga"], "följa upp skolläkarfunktionen och rapportera"),
                              ("mandate", "Regional ledningsgrupp", "Samverkansgrupp Barn och unga", "delegates")))),
         counter_examples=("Rapporten överlämnas till styrgruppen.", "Planeringen av temadagen överlämnas till oss.")),
    Rule("collective_task", "assignment",
         triggers=("var för sig", "var och en", "alla kommuner", "samtliga kommuner", "alla tar", "alla ska", "av kommunerna",
                   "respektive kommun", "varje kommun", "kommunerna ska", "kommunerna tar", "kommunerna återkommer",
                   "kommunerna i länet", "kommunerna och regionen", "kommuner och regionen", "kommunerna och region ",
                   "varje huvudman", "respektive huvudman", "alla huvudmän", "samtliga huvudmän", "huvudmännen",
                   "alla i ", "samtliga i ", "alla läser", "alla återkommer", "alla återkopplar", "alla lämnar",
                   "alla skickar", "alla anmäler", "alla meddelar", "alla mejlar", "alla deltagare", "samtliga deltagare", "alla ledamöter", "samtliga ledamöter",
                   "alla närvarande", "samtliga närvarande", "samtliga tar", "samtliga läser", "kommunerna tar gemensamt",
                   "kommunerna tar tillsammans", "varje ", "kommunerna (", "föreningarna "),
         handler="_collective_task",
         examples=(# the kommuner it means in brackets, each of them (not another the roster names)
                   _ex("Varje kommun (Vindeby, Lillträsk) provar rutinen på ett SÄBO dec–jan.",
                       roster=("Johanna Berg, Vindeby kommun", "Tarik Mansour, Lillträsk kommun", "Ola Ek, Åsby kommun"),
                       facts=(("assignment", ["Vindeby kommun", "Lillträsk kommun", "kommunerna"], "prova rutinen på ett SÄBO"),)),
                   _ex("Kommunerna (Vindeby och Lillträsk) testar rutinen på ett SÄBO.",
                       roster=("Johanna Berg, Vindeby kommun", "Tarik Mansour, Lillträsk kommun", "Ola Ek, Åsby kommun"),
                       facts=(("assignment", ["Vindeby kommun", "Lillträsk kommun", "kommunerna"], "testa rutinen på ett SÄBO"),)),
                   # the members who act for them in brackets, by the roster's initials
                   _ex("Kommunerna (EB, MÖ) skickar antal inskrivna i hemsjukvården till TF senast 30/6.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg", "Mattias Öhrn"], "skicka antal inskrivna i hemsjukvården"),)),
                   _ex("Föreningarna samlar in medlemmarnas kommentarer till nästa möte.",
                       ("assignment", ["RSMH Åby", "FUB Åby", "föreningarna"], "samla in medlemmarnas kommentarer"),
                       roster=("Eva Ek, RSMH Åby", "Bo Lind, FUB Åby", "Per Holm, Åby kommun")),
                   # each care centre of a vårdval the roster names, a private one by its company's name
                   _ex("Åtgärd: Varje vårdcentral tar fram en handlingsplan för telefontillgängligheten till nästa möte.",
                       ("assignment", ["Vårdcentralen Ekås", "Tuna Vårdcentral AB", "vårdcentralerna"], "ta fram en handlingsplan"),
                       roster=("Anna Ek, Vårdcentralen Ekås (Region Åby)", "Bo Lind, Tuna Vårdcentral AB", "Per Holm, Hälsovalsenheten")),
                   _ex("Varje huvudman lämnar sina synpunkter till kansliet senast 15 november.",
                       ("assignment", ["huvudmännen"], "lämna sina synpunkter till kansliet")),
                   _ex("Till nästa möte inventerar kommunerna var för sig antalet fallskador.",
                       ("assignment", ["kommunerna"], "inventera"),
                       roster=("Anna Ek, Klippviks kommun", "Berit Ås, Östmo kommun")),
                   _ex("Till nästa möte: alla kommuner tar fram antalet orosanmälningar under 2024.",
                       ("assignment", ["Tallviks kommun", "kommunerna"], "ta fram antalet orosanmälningar"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   _ex("Var och en av kommunerna anmäler en superanvändare före midsommar.",
                       ("assignment", ["Tallviks kommun"], "anmäla en superanvändare"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   _ex("Tallvik och Ekå anmäler var och en en superanvändare till Oskar.",
                       ("assignment", ["Tallviks kommun", "Ekå kommun"], "anmäla var och en"),
                       roster=("Anna Ek, Tallviks kommun", "Berit Ås, Ekå kommun")),
                   _ex("Respektive huvudman informerar sina verksamheter om rutinen före årsskiftet.",
                       ("assignment", ["Region Skogland", "Tallviks kommun", "huvudmännen"], "informera sina verksamheter"),
                       roster=("Anna Ek, Tallviks kommun", "Per Lund, Region Skogland")),
                   _ex("Varje kommun utser en ledamot i styrgruppen senast den 15 december.",
                       ("assignment", ["Tallviks kommun", "kommunerna"], "utse en ledamot i styrgruppen"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   # a seat each is to fill, put forward for the body to appoint
                   _ex("att varje kommun nominerar en representant till Arbetsgrupp SIP,", decision=True,
                       facts=(("assignment", ["Tallviks kommun", "kommunerna"], "nominera en representant"),),
                       roster=("Anna Ek, Tallviks kommun",)),
                   _ex("Varje huvudman utser två representanter till styrgruppen.",
                       ("assignment", ["Region Norrby", "Tallviks kommun", "huvudmännen"], "utse två representanter"),
                       roster=("Anna Ek, Tallviks kommun", "Olle Sand, Region Norrby")),
                   _ex("Alla tar med sig frågan till sina verksamheter.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "ta med sig frågan"),)),
                   _ex("Alla läser igenom förslaget till nästa gång.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "läsa igenom förslaget"),)),
                   # a task list's line to everyone: who from each one's own service takes a seat, by a day
                   _ex("Alla anmäler till Tove vem från den egna verksamheten som kan ingå i planeringsgruppen, "
                       "senast 2031-05-09.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "anmäla till Tove vem från den egna verksamheten"),)),
                   _ex("Samtliga i gruppen tar med resultatet till sina verksamheter och lämnar synpunkter till Emil.",
                       body="Arbetsgrupp SIP", facts=(("assignment", ["Arbetsgrupp SIP"], "ta med resultatet"),)),
                   # the time first, the verb before everyone
                   _ex("Inför nästa möte undersöker var och en i gruppen hur många avvikelser som gäller helger.",
                       body="Arbetsgrupp SIP", facts=(("assignment", ["Arbetsgrupp SIP"], "undersöka hur många avvikelser"),)),
                   # "var för sig" between the verb and its particle
                   _ex("Kommunerna tar var för sig fram en plan för att korta väntetiden.",
                       ("assignment", ["Tallviks kommun", "kommunerna"], "ta fram en plan"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   # the kommuner of the län, the region beside them
                   _ex("Kommunerna i länet och Region Norrby ska senast den 30 januari 2026 redovisa sina "
                       "krigsorganisationer till länsstyrelsen.",
                       ("assignment", ["Tallviks kommun", "kommunerna", "Region Norrby"], "redovisa sina krigsorganisationer"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   # the region beside them by its kind: the region the attendance names
                   _ex("Kommunerna och regionen anmäler sina representanter till Kristina Berg senast 15 augusti.",
                       ("assignment", ["Tallviks kommun", "kommunerna", "Region Norrby"], "anmäla sina representanter"),
                       roster=("Anna Ek, Tallviks kommun", "Olle Sand, Region Norrby")),
                   _ex("Kommunerna tar gemensamt fram en plan för att korta väntetiden.",
                       ("assignment", ["Tallviks kommun", "kommunerna"], "ta fram en plan"),
                       roster=("Anna Ek, Tallviks kommun",)),
                   # everyone of the body that met, by a word for its members
                   _ex("Samtliga ledamöter läser igenom remissen till nästa möte.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "läsa igenom remissen"),)),
                   _ex("Alla deltagare tar med sig frågan till sin organisation.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "ta med sig frågan"),)),
                   _ex("Var och en tar med sig frågan till sin organisation.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "ta med sig frågan"),)),
                   _ex("Var och en läser igenom förslaget inför nästa möte.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "läsa igenom förslaget"),))),
         counter_examples=("Kommunerna var för sig har olika rutiner.", "Varje vårdcentral har sin egen telefonlösning.", "Alla anmäler intresse för temadagen.", "Huvudmännen har olika rutiner för SIP.",
                           "Kommunerna har var för sig haft svårt att rekrytera.",
                           "Samtliga ledamöter har tagit del av underlaget.", "Alla deltagare var överens om förslaget.",
                           "Var och en har sin egen rutin för uppföljning.", "Var och en av deltagarna berättade om läget.")),
    # the writer speaking for the body that met: "Vi återkommer på nästa möte med …"
    Rule("we_come_back", "assignment", exclusive=False, narrative_only=True,
         triggers=("vi återkommer", "vi återkopplar"), handler="_we_come_back",
         examples=(_ex("Vi återkommer på nästa möte med ett förslag till lathund för hemsjukvården.", body="Arbetsgrupp SIP",
                       facts=(("assignment", ["Arbetsgrupp SIP"], "återkomma på nästa möte med ett förslag"),)),
                   _ex("Vi återkommer med en tidplan till nästa träff; Elin Borg tar fram ett utkast.", body="Arbetsgrupp SIP",
                       roster=_ROSTER, facts=(("assignment", ["Arbetsgrupp SIP"], "återkomma med en tidplan"),
                                              ("assignment", ["Elin Borg"], "ta fram ett utkast")))),
         # an answer owed with nothing said of when or what
         counter_examples=("Vi återkommer i frågan.", "Vi återkommer när vi vet mer.")),
    Rule("report_back", "assignment",
         triggers=("har kontaktat", "återkoppl", "har rapporterat", "har redovisat", "har tagit", "har sammanställt",
                   "har skickat", "har undersökt", "har stämt av", "har pratat", "har tittat", "har lyft", "har gjort",
                   "har skrivit", "har kollat", "har ringt", "har mejlat", "har bokat", "har anmält", "har uppdaterat",
                   "rapporterade", "redovisade", "kontaktade", "tog fram", "sammanställde", "skickade", "undersökte",
                   "stämde av", "lyfte", "kollade", "skrev", "mejlade", "uppdaterade"),
         handler="_report_back",
         examples=(_ex("Återkoppling: Elin Borg har kontaktat Anders Nygård om kommunens representant.",
                       ("assignment", ["Elin Borg"], "har kontaktat Anders")),
                   # the work reported done, to be told at a meeting to come: a task of who did it
                   _ex("Uppföljning av uppdrag: Elin Borg har tagit fram en sammanställning av väntetiderna, den "
                       "redovisas vid nästa möte.", ("assignment", ["Elin Borg"], "redovisa sammanställning av väntetiderna "
                                                     "vid nästa möte"), roster=_ROSTER)),
         counter_examples=("Elin Borg redovisade läget i projektet.",)),
    # work reported done in a follow-up, told by the thing done: "JB: utkastet är klart", "- Utkast (Johan Berg):
    # klart", "Utkastet har tagits fram av Johan Berg"
    Rule("done_reported", "assignment",
         triggers=("klar", "färdig", "genomfört", "gjort", "skickat", "utfört", "inlämnat", "bokat", "har tagits",
                   "har skickats", "har sammanställts", "har genomförts", "har gjorts", "har bokats", "har reviderats",
                   "har uppdaterats", "har nu"),
         handler="_done_reported",
         examples=(_ex("Återkoppling: Utkastet till checklista har tagits fram av Elin Borg.",
                       ("assignment", ["Elin Borg"], "ha tagit fram utkastet till checklista"), roster=_ROSTER),),
         counter_examples=("Rutinen är klar och gäller från januari.", "Utkastet har tagits fram av arbetsgruppen i våras.")),
    # a follow-up of a task given earlier that is still open: the task stays with whoever had it
    Rule("open_task_follow_up", "assignment", triggers=("kvarstår", "pågår", "fortsätter", "inte klar"),
         pattern=r"^(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2})s\s+uppdrag\s+(?:att|om)\s+(?P<task>.+?)\s+"
                 r"(?:kvarstår|pågår|fortsätter|är\s+inte\s+klart|är\s+ännu\s+inte\s+klart)\b.*$",
         examples=(_ex("Sannas uppdrag att ta fram en tidplan för utbildningen kvarstår till nästa möte.",
                       ("assignment", ["Sanna Pirinen"], "ta fram en tidplan"), roster=_ROSTER),),
         counter_examples=("Sannas uppdrag att ta fram en tidplan är genomfört.",
                           "Arbetet med tidplanen kvarstår.")),
    # a report-back line on a task an earlier meeting gave, still open: "X och Y skulle kartlägga …: pågår"
    Rule("open_task_reported", "assignment", triggers=("skulle",),
         pattern=r"^(?:[-•*]\s*)?(?P<who>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2}"
                 r"(?:(?:,\s*|\s+och\s+)[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2}){0,3})\s+skulle\s+"
                 r"(?P<task>[a-zåäö][^:;]+?)\s*:\s*(?:pågår|återstår|kvarstår|fortsätter|påbörjat|påbörjad|"
                 r"(?:ej|inte|ännu\s+inte)\s+klart?)\b.*$",
         examples=(_ex("- Sanna Pirinen och Elin Borg skulle kartlägga mötesplatserna i länet: pågår, återrapporteras i juni.",
                       ("assignment", ["Sanna Pirinen", "Elin Borg"], "kartlägga mötesplatserna i länet"), roster=_ROSTER),),
         counter_examples=("Det skulle vara bra om Elin Borg kunde delta: pågår.",)),
    Rule("subject_verb", "assignment",
         triggers=("återkomm", "återkoppl", "över", "fram", "ska", "kommer", "avser", "behöver", "tar med",
                   "titta", "informer", "kontakt", "skickar", "utforma", "stämm", "återrapport", "påbörja",
                   "undersök", "utred", "sammanställ", "bjud", "ansvar", "genomför", "följ", "gör", "leder",
                   "driver", "planer", "förbered", "samordn", "arbetar", "jobbar", "bereder", "lyft",
                   "presenter", "skriver", "säkerställ", "kallar", "revider", "rapporter", "redovis",
                   "delta", "tillsätt", "utse", "ger", "meddelar", "underrättar", "vidare", "bidrar"),
         handler="_subject_verb",
         examples=(# a matter brought up at another body's meeting to come
                   _ex("Elin Borg för fram frågan på styrgruppens möte den 3 november.",
                       ("assignment", ["Elin Borg"], "föra fram frågan"), roster=_ROSTER),
                   # a local group's two huvudmän as "kommunen och regionen", each of them after the modal
                   _ex("Kommunen och regionen ska båda utse en kontaktperson för SIP till nästa träff.",
                       roster=("Amra Hodžić, Åby kommun", "Therese Alm, Region Väst"), body="Lokal samverkansgrupp Åby",
                       facts=(("assignment", ["Åby kommun", "Regionen"], "utse en kontaktperson för SIP"),)),
                   # the kommun and, in brackets, its unit that does it
                   _ex("Kommunen (socialtjänsten) bjuder in vc och skolorna till en SIP-utbildning i februari.",
                       roster=("Amra Hodžić, Åby kommun",), body="Lokal samverkansgrupp Åby",
                       facts=(("assignment", ["Åby kommun"], "bjuda in vc och skolorna till en SIP-utbildning"),)),
                   # a fronted adverbial, the subject after "ska": the subject's task all the same
                   _ex("Lokalt ska Centrala samverkansgruppen se över hur samverkan bedrivs i förvaltningarna.",
                       ("assignment", ["Centrala samverkansgruppen"], "se över hur samverkan bedrivs")),
                   _ex("Under våren ska Elin Borg sammanställa enkätsvaren.", ("assignment", ["Elin Borg"], "sammanställa"),
                       roster=_ROSTER),
                   # everyone, behind a fronted adverbial: the body that met
                   _ex("Till nästa gång ska alla ta med antal genomförda SIP i sin verksamhet.",
                       ("assignment", ["Samverkansgrupp äldre"], "ta med antal genomförda sip"), roster=_ROSTER),
                   # the region and the kommuner together: each of them
                   _ex("Regionen och kommunerna tar fram en gemensam rutin.", roster=("Elin Borg, Region Norrby",
                                                                                      "Per Lind, Tallviks kommun"),
                       facts=(("assignment", ["Region Norrby", "Tallviks kommun", "kommunerna"], "ta fram en gemensam rutin"),)),
                   # an adverb between the verb and its particle
                   _ex("Regionen och kommunerna tar gemensamt fram en rutin.", roster=("Elin Borg, Region Norrby",
                                                                                       "Per Lind, Tallviks kommun"),
                       facts=(("assignment", ["Region Norrby", "Tallviks kommun", "kommunerna"], "ta gemensamt fram en rutin"),)),
                   # the organisation, and the one in brackets who does it for it, giving material to the work
                   _ex("Regionen (Elin) bidrar med uppgifter om hur många av eleverna som har kontakt med BUP.",
                       roster=("Elin Borg, Region Norrby", "Per Lind, Tallviks kommun"),
                       facts=(("assignment", ["Regionen", "Elin Borg"], "bidra med uppgifter om hur många"),)),
                   # the members speaking for their huvudmän: "Vi på X kommun …", "Vi från X och Y …"
                   _ex("Vi på Tallviks kommun tar fram ett förslag på anmälningsvägen.",
                       ("assignment", ["Tallviks kommun"], "ta fram ett förslag på anmälningsvägen"),
                       roster=("Lisa Ek, Tallviks kommun", "Karl Berg, Åby kommun")),
                   # the writer's side by its kind, in notes sent as a letter
                   _ex("Vi på regionen tar fram ett gemensamt underlag med indikatorer per kommun till februarimötet.",
                       ("assignment", ["Regionen"], "ta fram ett gemensamt underlag med indikatorer per kommun"),
                       roster=("Lisa Ek, Region Norrby", "Karl Berg, Åby kommun")),
                   _ex("Vi från Tallvik och Åby undersöker tillsammans om en gemensam lösning går att upphandla.",
                       ("assignment", ["Tallviks kommun", "Åby kommun"], "undersöka tillsammans"),
                       roster=("Lisa Ek, Tallviks kommun", "Karl Berg, Åby kommun")),
                   _ex("Klippvik och Lövsta återkommer med sina siffror till nästa möte.",
                       ("assignment", ["Klippviks kommun", "Lövsta kommun"], "återkomma med sina siffror"),
                       roster=("Lisa Ek, Klippviks kommun", "Karl Berg, Lövsta kommun")),
                   # the kommuner by their places, known from where the minutes name them in full or meet
                   _ex("Mötet hölls i Klippviks stadshus. Noor Ali har slutat i Lövsta kommun. Klippvik och Lövsta "
                       "återkommer före sommaren om finansieringen.",
                       ("assignment", ["Klippviks kommun", "Lövsta kommun"], "återkomma före sommaren")),
                   # "kommunen": the one kommun the roster names, or else the one the item names
                   _ex("Karl Berg slutar i Åby kommun efter sommaren och lämnar därmed gruppen. Kommunen ska "
                       "återkomma med namn på ersättare före nästa möte.",
                       ("assignment", ["Åby kommun"], "återkomma med namn på ersättare"),
                       roster=("Lisa Ek, Tallviks kommun", "Karl Berg, Åby kommun", "Ola Ås, Region Norrby")),
                   # naming who takes a seat, later
                   _ex("Jukka Ek går i pension vid halvårsskiftet. Åby kommun meddelar efterträdare senare.",
                       ("assignment", ["Åby kommun"], "meddela efterträdare")),
                   _ex("Kommunen återkommer med namn på en ny representant.",
                       ("assignment", ["Tallviks kommun"], "återkomma med namn på en ny representant"),
                       roster=("Lisa Ek, Tallviks kommun", "Ola Ås, Region Norrby")),
                   _ex("Malin Faraasen återkommer till Styrgrupp Barnahus med information.",
                       ("assignment", ["Malin Faraasen"], "återkomma till")),
                   _ex("Styrgruppen beslutar att inrätta en arbetsgrupp för hembesök. Arbetsgruppen ska lämna ett "
                       "förslag till gemensam rutin senast i maj.",
                       ("assignment", ["Arbetsgrupp för hembesök"], "lämna ett förslag"), body="Styrgrupp Rehab"),
                   # a responsible line under a point, the name with a middle initial
                   _ex("Ansvarig: Torbjörn K. Falk tar fram en tidplan till nästa möte.",
                       ("assignment", ["Torbjörn K. Falk"], "ta fram en tidplan")),
                   # a decided clause with a kommun as its subject
                   _ex("Tallviks kommun ska återrapportera förstudiens resultat till styrelsen senast den 30 september 2026",
                       ("assignment", ["Tallviks kommun"], "återrapportera förstudiens resultat"), decision=True),
                   # a commitment told in the past
                   _ex("Elin Borg skulle ta med sig frågan och stämma av med regionen.",
                       ("assignment", ["Elin Borg"], "ta med sig frågan"), roster=_ROSTER),
                   # the speaker's own commitment, by a pronoun after the reporting verb
                   _ex("Elin Borg berättar att hon kommer se över detta ihop med processteamet.",
                       ("assignment", ["Elin Borg"], "se över detta"), roster=_ROSTER),
                   _ex("FoU kommer erbjuda handledarstöd till UPH.", ("assignment", ["FoU"], "erbjuda handledarstöd")),
                   _ex("Arbetsgruppen återrapporterar i oktober.", ("assignment", ["Arbetsgrupp SIP"], "återrapportera i oktober"),
                       body="Arbetsgrupp SIP"),
                   # any verb that gives a task in the present gives one after a modal; reading to give a view
                   _ex("Tobias Fagerlund ska boka lokal och lunch i Ekeby.",
                       ("assignment", ["Tobias Fagerlund"], "boka lokal och lunch"), roster=_ROSTER),
                   _ex("MÖ ska läsa och lämna synpunkter från elevhälsans håll (tas via mejl).",
                       ("assignment", ["Mattias Öhrn"], "läsa och lämna synpunkter från elevhälsans håll"),
                       roster=_ROSTER),
                   # a förvaltning of the kommun, named as its own subject; a seat it is to fill
                   _ex("Samhällsbyggnadsförvaltningen ansvarar för att buskagen vid busshållplatsen röjs före årsskiftet.",
                       ("assignment", ["Samhällsbyggnadsförvaltningen"], "ansvara för att buskagen"), body="Brottsförebyggande rådet"),
                   _ex("Kultur- och fritidsförvaltningen utser en ny representant.",
                       ("assignment", ["Kultur- och fritidsförvaltningen"], "utse en ny representant"), body="Brottsförebyggande rådet"),
                   # a unit by its one word, alone or with the place whose kommun runs it
                   _ex("Kvalitetsenheten tar fram en fördjupad analys av enkäten till beredningens sammanträde i februari.",
                       ("assignment", ["Kvalitetsenheten"], "ta fram en fördjupad analys"), body="Utbildningsberedningen"),
                   _ex("Arbetsmarknadsenheten i Åby tar fram en sammanställning av deltagarflödena.",
                       ("assignment", ["Arbetsmarknadsenheten i Åby"], "ta fram en sammanställning"), body="Styrelsen"),
                   # a unit with the place whose kommun runs it, in the clause after a semicolon
                   _ex("Alva Tör slutar i gruppen vid årsskiftet; elevhälsan i Åby utser en ny representant.",
                       ("assignment", ["Elevhälsan i Åby"], "utse en ny representant"),
                       ("membership", "Alva Tör", "Samverkansgrupp äldre", "leave")),
                   _ex("Elin Borg tar frågan vidare till vård- och omsorgsförvaltningen.",
                       ("assignment", ["Elin Borg"], "ta frågan vidare till vård- och omsorgsförvaltningen"), roster=_ROSTER),
                   # a piece of work to do, told in the present after a case described
                   _ex("Ärende 2 (pojke, åk 6): Sanna Pirinen och Elin Borg gör en ny kartläggning innan kontakt tas med BUP.",
                       ("assignment", ["Sanna Pirinen", "Elin Borg"], "göra en ny kartläggning"), roster=_ROSTER),
                   # a plan or a form to draw up, the doers by first names
                   _ex("Sanna och Elin gör ett schema för läkemedelsdagarna under hösten.",
                       ("assignment", ["Sanna Pirinen", "Elin Borg"], "göra ett schema för läkemedelsdagarna"), roster=_ROSTER)),
         counter_examples=("Därefter ska det bli lättare att planera.", "Nu ska vi se över rutinen.",
                           "Utöver detta ska alla berörda genomföra en e-learning på sammanlagt 16 timmar.", "Det är oklart om kallelsen ska gå via telefon.",
                           "Kommunikationsavdelningen har tagit fram en ny webbplats.",
                           # an opinion or an effort told, no work to do
                           "Polisen gör bedömningen att läget är stabilt.", "Regionen gör en satsning på primärvården.",
                           # what a member declares at the meeting
                           "Sten Ring (C) anmäler reservation mot beslutet.", "Per Ek (M) anmäler jäv.",
                           # a council's standing report to the body it answers to: a mandate, no task
                           "Rådet rapporterar till kommunstyrelsen en gång om året genom sin verksamhetsberättelse.",
                           "Gruppen rapporterar till styrgruppen genom sin årsrapport.",
                           # news told at the meeting: no task
                           "Socialförvaltningen informerar nämnden om att nya riktlinjer gäller från 1 januari.",
                           # an organisation's own work for the year, told: no task given
                           "Polisen och kommunen tar fram ett nytt medborgarlöfte för 2026.",
                           "Länsstyrelsen sammanställer de regionala riskerna inför 2026.",
                           "Elin Borg informerar gruppen att den nya rutinen gäller från årsskiftet.",
                           # reporting at the meeting from another body: told, no task
                           "Elin Borg återrapporterar från samrådsgruppen den 3 oktober.",
                           "Elin Borg rapporterar från styrgruppens senaste möte.",
                           # the task reported back at this meeting, no one it goes to next
                           "Elin Borg återrapporterar uppdraget.",
                           "Socialförvaltningen informerar om läget.",
                           "Elin Borg berättar att arbetsgruppen kommer se över rutinen.",
                           # another's seat to fill, told as news by a member: theirs to do, no task the body gives
                           "Elin Borg har meddelat att primärvården utser en ny representant under våren.",
                           "Det skulle vara bra om någon tar fram en rutin.",
                           "Rutinen ska läsas av alla innan den antas.",
                           "Det finns möjlighet att Samverkansgrupp äldre återkopplar och istället ger information.",
                           # a part endorsed or approved, no task given
                           "Styrgruppen ställer sig bakom att Åby kommun deltar i piloten.")),
    Rule("handed_for_preparation", "assignment", exclusive=False,
         triggers=("för beredning", "för vidare beredning", "för handläggning", "för yttrande", "för åtgärd", "för synpunkter",
                   "överlämnas till", "lämnas över till", "överförs till", "remitteras till", "och begära", "fördelas till"),
         handler="_handed_for_preparation",
         examples=(_ex("Samverkansgruppen beslutar att överlämna frågan till Styrgrupp Nära vård för beredning.",
                       ("assignment", ["Styrgrupp Nära vård"], "bereda frågan")),
                   # the body its own subject, the matter told with what it is about
                   _ex("PSO överlämnar frågan om gemensamma introduktionsutbildningar till LVO för beredning.",
                       decision=True, body="PSO",
                       facts=(("assignment", ["LVO"], "bereda frågan om gemensamma introduktionsutbildningar"),)),
                   _ex("överlämna ärendet till förvaltningen för handläggning\nnotera Socialförvaltningen som remissinstans",
                       decision=True, body="Socialnämnden",
                       facts=(("assignment", ["Socialförvaltningen"], "handlägga ärendet"),)),
                   _ex("Frågan överlämnas till Styrgrupp Nära vård.",
                       ("assignment", ["Styrgrupp Nära vård"], "hantera frågan")),
                   # to the council above, to decide: a referral, no delegation
                   _ex("Ärendet överlämnas till Politiskt samverkansråd Åby för beslut.", decision=True,
                       body="Ledningsgruppen för vård och omsorg i Åby (LVO)",
                       facts=(("assignment", ["Politiskt samverkansråd Åby"], "besluta i ärendet"),
                              ("mandate", "Ledningsgruppen för vård och omsorg i Åby (LVO)", "Politiskt samverkansråd Åby",
                               "refers"))),
                   # handed on with a request: a referral
                   _ex("Ärendet överlämnas till Styrgrupp Nära vård med en begäran om en gemensam genomgång av rutinerna.",
                       decision=True, body="Lokal närvårdsgrupp Åby",
                       facts=(("assignment", ["Styrgrupp Nära vård"], "hantera ärendet"),
                              ("mandate", "Lokal närvårdsgrupp Åby", "Styrgrupp Nära vård", "refers"))),
                   # handed up by an utskott to the styrelse it belongs to: for the styrelse to decide
                   _ex("Ärendet överlämnas till kommunstyrelsen utan eget ställningstagande i fråga om finansiering.",
                       decision=True, body="Kommunstyrelsens välfärdsutskott",
                       facts=(("assignment", ["kommunstyrelsen"], "besluta i ärendet"),)),
                   # a proposal named with what it is for, sent out for comment to two nämnder
                   _ex("Förslaget till policy remitteras till socialnämnden och barn- och utbildningsnämnden för yttrande.",
                       decision=True, body="Kommunstyrelsens välfärdsutskott",
                       facts=(("assignment", ["socialnämnden", "barn- och utbildningsnämnden"], "yttra sig över förslaget till policy"),)),
                   # handed up for the body above to adopt: a referral, no delegation
                   _ex("Ärendet överlämnas till regionfullmäktige för fastställande av modellens principer.", decision=True,
                       body="Servicenämnden, Region Åby",
                       facts=(("assignment", ["regionfullmäktige"], "fastställa ärendet"),
                              ("mandate", "Servicenämnden, Region Åby", "regionfullmäktige", "refers"))),
                   # sent out for comment on one part of it, by a day: the nämnd asked gives its view, no delegation
                   _ex("Ärendet remitteras till miljö- och hälsoskyddsnämnden för yttrande i bullerfrågorna senast den 10 "
                       "december 2026.", decision=True, body="Samhällsbyggnadsnämnden, Åby kommun",
                       facts=(("assignment", ["miljö- och hälsoskyddsnämnden"], "yttra sig över ärendet"),)),
                   # a proposal named with what it is for, sent out by the nämnd for views, by a day
                   _ex("Primärvårdsnämnden remitterar förslaget till gemensam modell för mobila team till Ledningsgruppen "
                       "för nära vård i Åby för synpunkter senast den 31 januari 2027.", decision=True,
                       body="Primärvårdsnämnden, Region Åby",
                       facts=(("assignment", ["Ledningsgruppen för nära vård i Åby"],
                               "lämna synpunkter på förslaget till gemensam modell för mobila team"),
                              ("mandate", "Primärvårdsnämnden, Region Åby", "Ledningsgruppen för nära vård i Åby", "refers"))),
                   # a motion sent to the board, told in the passive
                   # a fullmäktige's matter given to the body that is to answer it, by when
                   _ex("Medborgarförslaget fördelas till direktionen och ska besvaras senast den 30 september 2031.",
                       decision=True, body="Förbundsfullmäktige, Kommunalförbundet Åby",
                       facts=(("assignment", ["Direktionen, Kommunalförbundet Åby"], "besvara medborgarförslaget"),)),
                   _ex("Motionen remitteras till förbundsstyrelsen för beredning.", decision=True,
                       body="Förbundsfullmäktige, Utbildningsförbundet Ås",
                       facts=(("assignment", ["förbundsstyrelsen"], "bereda motionen"),)),
                   # a proposal sent out for comment, to a body and to the kommuner
                   _ex("Förslaget remitteras till Politiskt samråd Åsen och till länets kommuner för yttrande senast den 27 "
                       "februari 2026.", decision=True, body="Regionstyrelsen, Region Åsen",
                       facts=(("assignment", ["Politiskt samråd Åsen", "kommunerna"], "yttra sig över förslaget"),)),
                   # the revisorer hand their report to a nämnd and ask for its answer
                   _ex("överlämna granskningsrapporten till socialnämnden och begära nämndens yttrande senast den 27 "
                       "februari 2026", decision=True, body="Revisorerna, Åby kommun",
                       facts=(("assignment", ["socialnämnden"], "yttra sig över granskningsrapporten"),)),
                   # fullmäktige hands a medborgarförslag to a nämnd to prepare and decide
                   _ex("överlämna medborgarförslaget till vård- och omsorgsnämnden för beredning och beslut", decision=True,
                       body="Kommunfullmäktige",
                       facts=(("assignment", ["vård- och omsorgsnämnden"], "bereda och besluta i medborgarförslaget"),))),
         counter_examples=("Kostnaden fördelas till medlemskommunerna efter invånarantal.", "Frågan har tidigare överlämnats till RLG för beredning.",
                           "Rapporten överlämnas till Styrgrupp Nära vård.",
                           "Underlaget skickas ut för beredning i respektive kommun.",
                           "Ärendet överlämnas till kommunstyrelsen för kännedom.")),
    # a återremiss sends the case back to whoever prepared it, to complete it: a task to them
    Rule("sent_back", "assignment", exclusive=False, decision_only=True, triggers=("återremitter",),
         handler="_sent_back",
         examples=(_ex("Ärendet återremitteras till socialförvaltningen för att kompletteras med en barnkonsekvensanalys.",
                       decision=True, body="Socialnämndens arbetsutskott",
                       facts=(("assignment", ["socialförvaltningen"], "komplettera ärendet med en barnkonsekvensanalys"),)),
                   # the nämnd as the subject of its own verb
                   _ex("Vård- och omsorgsnämnden återremitterar ärendet till socialförvaltningen för att belysa "
                       "konsekvenserna för personer med demenssjukdom.", decision=True, body="Vård- och omsorgsnämnden",
                       facts=(("assignment", ["socialförvaltningen"], "belysa konsekvenserna"),)),
                   _ex("återremittera ärendet till förvaltningen för komplettering med en ekonomisk analys", decision=True,
                       body="Socialnämnden",
                       facts=(("assignment", ["förvaltningen"], "komplettera ärendet med en ekonomisk analys"),)),
                   _ex("Ärendet återremitteras till Styrgrupp Nära vård för att utreda kostnaderna.", decision=True,
                       body="Regional ledningsgrupp",
                       facts=(("assignment", ["Styrgrupp Nära vård"], "utreda kostnaderna"),
                              ("mandate", "Regional ledningsgrupp", "Styrgrupp Nära vård", "refers"))),
                   # the task told as the case's uppdrag, and the case back with the body that prepared it
                   _ex("Ärendet återremitteras till RLG med uppdrag att komplettera underlaget med en fördelningsnyckel "
                       "och återkomma till PSR den 5 oktober 2028.", decision=True, body="PSR",
                       facts=(("assignment", ["RLG"], "komplettera underlaget med en fördelningsnyckel och återkomma"),
                              ("mandate", "PSR", "RLG", "refers")))),
         counter_examples=("Amira Haddad yrkar att ärendet återremitteras till socialförvaltningen.",)),
    # where and when the task just given reports, in a sentence of its own
    Rule("report_back_set", "assignment", exclusive=False,
         triggers=("rapportering sker", "rapportering ska ske", "redovisning sker", "redovisning ska ske",
                   "uppdraget återrapporteras", "uppdraget rapporteras", "uppdraget redovisas"),
         handler="_report_back_set",
         examples=(_ex("LVO ger Samverkansgrupp barn i uppdrag att ta fram en handlingsplan. Återrapportering sker till "
                       "LVO den 19 mars 2026.", decision=True, body="Ledningsgruppen för vård och omsorg i Åby (LVO)",
                       facts=(("assignment", ["Samverkansgrupp barn"], "ta fram en handlingsplan"),
                              ("mandate", "Samverkansgrupp barn", "Ledningsgruppen för vård och omsorg i Åby (LVO)",
                               "reports_to"))),),
         counter_examples=("Återrapportering sker till styrgruppen en gång per år.",)),
    Rule("person_task", "assignment", triggers=tuple(re.match(r"\w+", v).group(0) for v in TASK_VERBS),
         handler="_person_task",
         examples=(# keeping the others told, by initials
                   _ex("SP håller gruppen informerad om bytet av journalsystem i elevhälsan.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "hålla gruppen informerad"),)),
                   # each kommun by its name, describing something to hand in by a day
                   _ex("Åby kommun och Ekå kommun beskriver hur nyckelöverlämningen vid hemgång går till och skickar "
                       "beskrivningen till sammankallande senast 1 mars.",
                       ("assignment", ["Åby kommun", "Ekå kommun"], "beskriva hur nyckelöverlämningen vid hemgång går till")),
                   # the meeting to come first, the verb before its subject
                   _ex("Vid RLG:s decembermöte redovisar Elin Borg gruppens arbete under hösten.",
                       roster=_ROSTER, facts=(("assignment", ["Elin Borg"], "redovisa gruppens arbete under hösten"),)),
                   # hurried notes' word for arranging something
                   _ex("Elin Borg fixar lathund om SIP till handläggarna innan nästa möte", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "fixa lathund om SIP till handläggarna"),)),
                   # a newcomer put on the list of those called
                   _ex("Elin Borg lägger in Sanna Pirinen i kallelselistan.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "lägga in Sanna Pirinen i kallelselistan"),)),
                   # a list drawn up, by initials after a hurried note's arrow
                   _ex("-> EB och MÖ listar utbildningar som redan används till nästa möte.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg", "Mattias Öhrn"], "lista utbildningar som redan används"),)),
                   # the side first, the one of its people who does it by initials in brackets
                   _ex("Åby (EB) tar reda på vad en instruktörsutbildning kostar.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "ta reda på vad en instruktörsutbildning kostar"),)),
                   # why first, the doer after "så"
                   _ex("Sanna var inte med, så Elin Borg stämmer av direkt med Åby.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "stämma av direkt med Åby"),)),
                   # finding something out, to come back with
                   _ex("Elin Borg tar reda på orsaken och återkommer till nästa möte.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "ta reda på orsaken"),)),
                   # telling a body outside the meeting what was decided
                   _ex("Elin Borg meddelar nätverket beslutet.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "meddela nätverket beslutet"),)),
                   # who fills the seat of one leaving, after the comma
                   _ex("Mattias Öhrn lämnar gruppen vid årsskiftet, Länsstyrelsen utser ersättare.", roster=_ROSTER,
                       facts=(("assignment", ["Länsstyrelsen"], "utse ersättare"),
                              ("membership", "Mattias Öhrn", "Samverkansgrupp äldre", "leave"))),
                   # presenting a report for another body on a day to come
                   _ex("Elin Borg föredrar rapporten för folkhälsorådet 22 april.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "föredra rapporten för folkhälsorådet"),)),
                   # presenting a matter at a samråd above the body, or at a body named by its acronym
                   _ex("Elin Borg föredrar överenskommelsen om hemsjukvård vid samrådet.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "föredra överenskommelsen om hemsjukvård vid samrådet"),)),
                   # two by their initials joined with a hurried "+" or "&"
                   _ex("SP + EB planerar programmet för utbildningsdagen, förslag till nästa möte.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen", "Elin Borg"], "planera programmet för utbildningsdagen"),)),
                   _ex("Sanna Pirinen & Elin Borg kartlägger var samtalet dokumenteras.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen", "Elin Borg"], "kartlägga var samtalet dokumenteras"),)),
                   # calling a body together for its first meeting
                   _ex("Elin Borg kallar arbetsgruppen till ett första möte före den 30 oktober.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "kalla arbetsgruppen till ett första möte"),)),
                   _ex("Elin Borg kallar arbetsgruppen för placeringsuppföljning till första möte före jul.",
                       roster=_ROSTER, facts=(("assignment", ["Elin Borg"],
                                               "kalla arbetsgruppen för placeringsuppföljning till första möte"),)),
                   # hosting the next meeting; changes written into a plan before it is sent on
                   _ex("Nästa träff blir den 5 februari i Tjärnby. Sanna Pirinen står värd och bokar lokal.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "stå värd"),)),
                   # carrying the question just named to another body's meeting, by its pronoun
                   _ex("Frågan om väntetiderna tas till Samverkansgrupp barn. Sanna Pirinen för fram den på "
                       "samverkansgruppens möte 3 december och återkopplar till oss.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "föra fram den på samverkansgruppens möte"),)),
                   _ex("Fatima Osman för in ändringarna och skickar planen till styrgruppen senast den 10 december.",
                       roster=_ROSTER, facts=(("assignment", ["Fatima Osman"], "föra in ändringarna"),)),
                   # the roster's initials, her title in brackets after them
                   _ex("SP (MAS) samordnar en kartläggning av rutinerna för delegering.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "samordna en kartläggning"),)),
                   # checking with someone outside the meeting
                   _ex("Per Ek hör med sina kollegor om intresset.", ("assignment", ["Per Ek"], "höra med sina kollegor")),
                   # carrying a decision to the body the group answers to; checking a thing is in order
                   _ex("Mattias Öhrn avrapporterar beslutet om digital rond till ledningsgruppen.", roster=_ROSTER,
                       facts=(("assignment", ["Mattias Öhrn"], "avrapportera beslutet om digital rond till ledningsgruppen"),)),
                   _ex("Sanna Pirinen kontrollerar att surfplattorna har SITHS-läsare.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "kontrollera att surfplattorna har SITHS-läsare"),)),
                   # time set aside by an authority at the table
                   _ex("Polisen avsätter två dagar i månaden med synlig närvaro vid skolorna under hösten.",
                       ("assignment", ["Polisen"], "avsätta två dagar i månaden med synlig närvaro vid skolorna")),
                   # two meeting apart to go through a piece of work
                   _ex("Sanna Pirinen och Elin Borg träffas för att gå igenom sommarschemat i hemtjänsten.",
                       roster=_ROSTER, facts=(("assignment", ["Sanna Pirinen", "Elin Borg"],
                                               "gå igenom sommarschemat i hemtjänsten"),)),
                   # comparing two ways of working before bringing them together
                   _ex("Elin Borg och Mattias Öhrn jämför mallarna och tar fram ett gemensamt förslag till vårmötet.",
                       roster=_ROSTER, facts=(("assignment", ["Elin Borg", "Mattias Öhrn"], "jämföra mallarna"),)),
                   # each kommun taking a result home to its own leadership
                   _ex("Respektive kommun tar resultatet till sin ledningsgrupp v 2-4 och återkopplar till Elin Borg.",
                       roster=("Elin Borg, Åby kommun", "Per Lind, Ekby kommun"),
                       facts=(("assignment", ["Åby kommun", "Ekby kommun"], "ta resultatet till sin ledningsgrupp"),)),
                   # a proposal made by two, by its noun; a record kept; a schedule laid; help with a text
                   _ex("Elin Borg och Sanna Pirinen gör programförslag till nästa träff.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg", "Sanna Pirinen"], "göra programförslag till nästa träff"),)),
                   _ex("Tobias Fagerlund för statistik över missade samtal.", roster=_ROSTER,
                       facts=(("assignment", ["Tobias Fagerlund"], "föra statistik över missade samtal"),)),
                   _ex("Elin Borg och Mattias Öhrn lägger schemat.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg", "Mattias Öhrn"], "lägga schemat"),)),
                   _ex("Sanna Pirinen hjälper till med texten.", roster=_ROSTER,
                       facts=(("assignment", ["Sanna Pirinen"], "hjälpa till med texten"),)),
                   _ex("Fatima Osman begär skriftligt leveransbesked från leverantören.", roster=_ROSTER,
                       facts=(("assignment", ["Fatima Osman"], "begära skriftligt leveransbesked från leverantören"),)),
                   _ex("Elin Borg lämnar rapporten för fjärde kvartalet senast den 31 januari.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "lämna rapporten för fjärde kvartalet"),)),
                   _ex("Nästa träff 4/2 2027. Elin Borg kallar, Sanna Pirinen skickar över sändlistan.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "kalla"),
                              ("assignment", ["Sanna Pirinen"], "skicka över sändlistan"))),
                   # two people, a task each, the second clause after the first one's object
                   _ex("Elin Borg bokar lokal och Mattias Öhrn skickar kallelse.", roster=_ROSTER,
                       facts=(("assignment", ["Elin Borg"], "boka lokal"), ("assignment", ["Mattias Öhrn"], "skicka kallelse"))),
                   # handing in what was asked for, in the definite form
                   _ex("Kommunerna lämnar synpunkterna till Elin Borg.", ("assignment", ["kommunerna"], "lämna synpunkterna"),
                       roster=_ROSTER),
                   # reporting from another body one sits in, at each meeting to come
                   _ex("Siri Palm rapporterar från LPO psykisk hälsa till styrgruppen vid varje möte under våren.",
                       ("assignment", ["Siri Palm"], "rapportera från LPO psykisk hälsa till styrgruppen"),
                       ("mandate", "LPO psykisk hälsa", "Styrgrupp Nära vård", "reports_to"), body="Styrgrupp Nära vård"),
                   # raising a matter with one's own chef; carrying it to another body's meeting
                   _ex("Eva Brink tar frågan med sin enhetschef.", ("assignment", ["Eva Brink"], "ta frågan med sin enhetschef")),
                   _ex("Karolina Berg deltar i länets nätverk för elevhälsochefer den 20 mars och tar med frågan om "
                       "gemensam journalmall.", ("assignment", ["Karolina Berg"], "ta med frågan om gemensam journalmall")),
                   # gathering figures by what they are, for a meeting to come
                   _ex("Daniel Kaya samlar besöksstatistik från kvällsöppet till majmötet.",
                       ("assignment", ["Daniel Kaya"], "samla besöksstatistik")),
                   # the work the subject goes on with, then what it hands in
                   _ex("Arbetsgrupp SIP fortsätter arbetet och lämnar ett färdigt utkast till samverkansgruppen senast "
                       "den 23 januari.", ("assignment", ["Arbetsgrupp SIP"], "lämna ett färdigt utkast")),
                   # asking someone outside the meeting for something, a clause after a semicolon
                   _ex("SP och FO ingår från förvaltningen; EB frågar hälsocentralen i Östmo om två representanter.",
                       ("assignment", ["Elin Borg"], "fråga hälsocentralen i Östmo om två representanter"),
                       roster=_ROSTER),
                   # the figures the kommuner hand in
                   _ex("Kommunerna lämnar antal elever per skolenhet till JE senast 3 oktober.",
                       ("assignment", ["kommunerna"], "lämna antal elever per skolenhet"), roster=("Jonas Ekwall",)),
                   _ex("SP och FO kortar ner texten och skickar den till alla senast 16 april.",
                       ("assignment", ["Sanna Pirinen", "Fatima Osman"], "korta ner texten"), roster=_ROSTER),
                   # two tasks of the same doer, each with its own time: two assignments
                   _ex("Elin Borg lägger ut ny information på webben efter varje stabsmöte och tar fram ett "
                       "frågor och svar-dokument före lunch.",
                       ("assignment", ["Elin Borg"], "lägga ut ny information på webben efter varje stabsmöte"),
                       ("assignment", ["Elin Borg"], "ta fram ett frågor och svar"), roster=_ROSTER),
                   _ex("Elin Borg håller i planeringen av utbildningsdagen.",
                       ("assignment", ["Elin Borg"], "hålla i planeringen av utbildningsdagen"), roster=_ROSTER),
                   # the subject between a particle verb's parts after a time: V2 word order
                   _ex("Till nästa möte tar Elin Borg fram ett förslag till budget.",
                       ("assignment", ["Elin Borg"], "ta fram ett förslag till budget"), roster=_ROSTER),
                   _ex("Till nästa möte tar kansliet fram ett förslag till budget för 2026.",
                       ("assignment", ["Kansliet"], "ta fram ett förslag till budget")),
                   _ex("Elin Borg ombesörjer att lokalen bokas.",
                       ("assignment", ["Elin Borg"], "ombesörja att lokalen bokas"), roster=_ROSTER),
                   _ex("Åtgärd: SP justerar texten om mobila team enligt dagens diskussion senast 20 oktober.",
                       ("assignment", ["Sanna Pirinen"], "justera texten om mobila team"), roster=_ROSTER),
                   _ex("Arbetsgruppen lämnar sitt förslag till utbildningsplan till PSVO i september.",
                       ("assignment", ["Arbetsgrupp SIP"], "lämna sitt förslag"), body="Arbetsgrupp SIP"),
                   # a bracketed note on who the person is, between the name and the verb; initials of a double surname
                   _ex("Eva J W (socialchef i Tallvik) återkommer med namn på en ny företrädare före nästa möte.",
                       ("assignment", ["Eva J W"], "återkomma med namn")),
                   # a second clause joined by ", och", its subject a person with a task of their own
                   _ex("Styrgruppen ska planera utbildningsdagen vid nästa möte, och Sanna Pirinen tar fram ett förslag "
                       "till program inför det.", ("assignment", ["Sanna Pirinen"], "ta fram ett förslag till program"),
                       ("assignment", ["Styrgrupp Barnahus"], "planera utbildningsdagen"), body="Styrgrupp Barnahus",
                       roster=_ROSTER),
                   # a second clause with a subject of its own, joined without a comma
                   _ex("Gruppen diskuterar och Erik Sjö för synpunkterna vidare till arbetsgruppen senast den 15 "
                       "september.", ("assignment", ["Erik Sjö"], "föra synpunkterna vidare"), roster=("Erik Sjö",)),
                   _ex("Ann-Sofie Grahn tar upp frågan med nämndens presidium och återkommer till beredningen i december.",
                       ("assignment", ["Ann-Sofie Grahn"], "ta upp frågan med nämndens presidium"),
                       body="Beredningen för nära vård"),
                   _ex("Följande har anmälts:\n  • Region Norrby: Elin Borg\n  • Tallviks kommun: Tobias Fagerlund\n\n"
                       "Elin kallar till ett konstituerande möte i juni.",
                       ("assignment", ["Elin Borg"], "kalla till ett konstituerande möte"), roster=_ROSTER),
                   # reporting to another body on a day to come
                   _ex("Elin redovisar förslaget för PSO den 26 september och för LVO den 11 september.",
                       ("assignment", ["Elin Borg"], "redovisa förslaget för PSO den 26 september"), roster=_ROSTER),
                   # telling another body, or the next meeting, on a day to come
                   _ex("Elin informerar om ärendet vid Politiskt samråd Mälarby (PSO) den 16 maj.",
                       ("assignment", ["Elin Borg"], "informera om ärendet vid Politiskt samråd"), roster=_ROSTER),
                   _ex("Elin Borg informerar om rutinen på nästa möte.",
                       ("assignment", ["Elin Borg"], "informera om rutinen på nästa möte"), roster=_ROSTER),
                   _ex("EB läser igenom förslaget till överenskommelse till nästa möte.",
                       ("assignment", ["Elin Borg"], "läsa igenom förslaget till överenskommelse"), roster=_ROSTER),
                   _ex("MÖ kollar med MAS i Forsby om sjuksköterskorna ska kallas via Lifecare.",
                       ("assignment", ["Mattias Öhrn"], "kolla med MAS"), roster=_ROSTER),
                   _ex("SP och FO skriver ett första utkast till avsnittet om barn och unga till nästa möte.",
                       ("assignment", ["Sanna Pirinen", "Fatima Osman"], "skriva ett första utkast"), roster=_ROSTER),
                   _ex("EB kontaktar Anders Nygård om vem som ska företräda kommunen.",
                       ("assignment", ["Elin Borg"], "kontakta Anders"), roster=_ROSTER),
                   # the report of a proposal joined to a line of reporting ends the task given before it
                   _ex("Ledningsgruppen har gett samverkansgruppen i uppdrag att ta fram en modell för tidiga insatser. "
                       "Samverkansgruppen rapporterar till ledningsgruppen och ska redovisa ett första förslag vid "
                       "ledningsgruppens möte den 4 februari 2026.",
                       ("assignment", ["Samverkansgrupp äldre"], "ta fram en modell för tidiga insatser och redovisa "
                        "ett första förslag vid ledningsgruppens möte")),
                   _ex("Till nästa möte sammanställer MÖ och TF vilka uppgifter som går att ta ut.",
                       ("assignment", ["Mattias Öhrn", "Tobias Fagerlund"], "sammanställa"), roster=_ROSTER),
                   _ex("Uppdrag: Sanna Pirinen färdigställer förslaget tillsammans med Fatima Osman.",
                       ("assignment", ["Sanna Pirinen", "Fatima Osman"], "färdigställa förslaget"), roster=_ROSTER),
                   _ex("Arbetsgrupp SIP rapporterar till Styrgrupp Nära vård och tar fram ett förslag till rutin.",
                       ("assignment", ["Arbetsgrupp SIP"], "ta fram ett förslag")),
                   _ex("Arbetsgrupp SIP rapporterar till Styrgrupp Nära vård och ska kartlägga väntetiderna.",
                       ("assignment", ["Arbetsgrupp SIP"], "kartlägga väntetiderna")),
                   _ex("Styrgrupp Barnahus rapporterar därefter till rådet om införandet vid varje möte under 2026.",
                       ("assignment", ["Styrgrupp Barnahus"], "rapportera därefter till rådet om införandet"),
                       body="Politiskt samråd i Norrby"),
                   _ex("Region Norrby tar initiativ till en gemensam temadag under hösten.",
                       ("assignment", ["Region Norrby"], "ta initiativ")),
                   _ex("Olle Strand lämnar styrgruppen. Tallviks kommun utser en ny representant till nästa möte.",
                       ("assignment", ["Tallviks kommun"], "utse en ny representant"), roster=("Olle Strand",)),
                   # a matter carried on and an answer back by a time of day; publishing and a second task
                   _ex("Kim Åberg lyfter begäran till regionens särskilda sjukvårdsledning och återkopplar till "
                       "stabschefen senast kl. 14.00.",
                       ("assignment", ["Kim Åberg"], "lyfta begäran till regionens särskilda sjukvårdsledning"),
                       roster=("Kim Åberg",)),
                   _ex("SN lägger ut uppdaterad information på webben efter varje stabsmöte och tar fram ett frågor "
                       "och svar-dokument till kontaktcenter före lunch.",
                       ("assignment", ["Sara Nyström"], "lägga ut uppdaterad information på webben"),
                       roster=("Sara Nyström",)),
                   _ex("Lisa Berg lägger in Åbys siffror och gör klart sammanställningen till 15/6.",
                       ("assignment", ["Lisa Berg"], "lägga in Åbys siffror"), roster=("Lisa Berg",)),
                   _ex("Elin ger LVO en muntlig lägesrapport på mötet den 18 juni.",
                       ("assignment", ["Elin Borg"], "ge LVO en muntlig lägesrapport"),
                       roster=("Elin Borg",)),
                   _ex("Elin ser till att rapporten kommer in till junimötet.",
                       ("assignment", ["Elin Borg"], "se till att rapporten"), roster=_ROSTER),
                   _ex("Helen Vass berättade hur Samverkansgrupp barn och unga planerar arbetet. Samverkansgruppen "
                       "redovisar ett första förslag vid ledningsgruppens möte den 4 februari.", body="Ledningsgrupp Norrby",
                       facts=(("assignment", ["Samverkansgrupp barn och unga"], "redovisa ett första förslag"),)),
                   _ex("Elin lämnar en muntlig lägesrapport på styrgruppens möte den 2 december.",
                       ("assignment", ["Elin Borg"], "lämna en muntlig lägesrapport"), roster=_ROSTER),
                   _ex("Åtgärd: Jenny påminner Lövsta kommun om att utse en representant före nästa möte.",
                       ("assignment", ["Jenny Karlsson"], "påminna Lövsta kommun"), roster=("Jenny Karlsson",)),
                   # a second doer after "och", reminding someone named (no "om att", no day)
                   _ex("Ronja lämnar Ekholmas underlag till Karin senast v. 46 och Karin påminner Tallmo.",
                       ("assignment", ["Ronja Lind"], "lämna ekholmas underlag"),
                       ("assignment", ["Karin Bäck"], "påminna tallmo"), roster=("Ronja Lind", "Karin Bäck")),
                   _ex("Karin och Fredrik lämnar styrgruppens halvårsrapport på RLG:s möte den 22 januari.",
                       ("assignment", ["Karin Wiklund", "Fredrik Alm"], "lämna styrgruppens halvårsrapport"),
                       roster=("Karin Wiklund", "Fredrik Alm")),
                   _ex("Karin lämnar Tallviks underlag till Elin senast v. 46.",
                       ("assignment", ["Karin Wiklund"], "lämna tallviks underlag"),
                       roster=("Karin Wiklund", "Elin Borg")),
                   # a session to give at a day to come, and the matter taken up at another body's meeting
                   _ex("Karin och Fredrik håller passet och skickar sina bilder till Elin senast v. 44.",
                       ("assignment", ["Karin Wiklund", "Fredrik Alm"], "hålla passet"),
                       roster=("Karin Wiklund", "Fredrik Alm", "Elin Borg")),
                   _ex("Karin tar upp den på styrgruppens möte den 12 november.",
                       ("assignment", ["Karin Wiklund"], "ta upp den på styrgruppens möte"),
                       roster=("Karin Wiklund", "Fredrik Alm")),
                   _ex("Karin tar upp bemanningen med primärvårdsledningen innan 1/3.",
                       ("assignment", ["Karin Wiklund"], "ta upp bemanningen med primärvårdsledningen"),
                       roster=("Karin Wiklund", "Fredrik Alm"))),
         counter_examples=("Arbetsgruppen håller samverkansgruppen informerad om arbetet mellan mötena.",
                           "Arbetsgruppen ska hålla samverkansgruppen informerad om arbetet mellan mötena.",
                           # what two meet for, no piece of work
                           "Elin Borg och Mattias Öhrn träffas för att utbyta erfarenheter.",
                           # money in a budget, no task
                           "Kommunen avsätter 2 miljoner kronor till projektet.",
                           "Ansvaret för in- och utskrivning ligger hos regionen.", "TF beskrev att hälsocentralen ofta kallas med kort varsel.",
                           "Elin Borg och Mattias Öhrn anmäler intresse för konferensen i mars.",
                           "Elin Borg frågar om det finns medel kvar i år.", "Elin Borg frågar gruppen om synpunkter.",
                           "Elin Borg avrapporterade från styrgruppens möte.",
                           "Samverkansgruppen avrapporterar muntligt till ledningsgruppen under hösten.",
                           "Elin Borg påminner om att anmälan till konferensen stänger i maj.",
                           # what did not work, no task
                           "Elin Borg fixar inte bemanningen i helgen utan inhyrd personal.",
                           # an organisation's own inquiry, told as news
                           "Medianen i Björkå är 24 minuter. Regionen utreder en ny stationering.",
                           "I Älvnäs deltar skolan nästan alltid.",
                           "TF beskrev läget och EB påminde om mötet i mars.",
                           "Per Nyqvist rapporterar från RLG:s möte i maj.",
                           "Elin Borg redovisar läget i arbetet.",
                           # the report itself after the colon, given at the meeting
                           "Elin Borg återkopplar: nattpatrullen har sedan juni två bilar i tjänst.",
                           # told at the meeting, or told of a meeting held
                           "Elin Borg informerar om läget i arbetet.",
                           "Elin Borg informerade om ärendet vid PSO den 16 maj.",
                           "Elin Borg informerar om att PSO den 16 maj beslutar om planen.",
                           "Elin Borg informerar om aktuella frågor inför förbundsstyrelsens sammanträde den 12 december.",
                           "Elin Borg redovisar läget per den 31 augusti.",
                           "Elin Borg anmäler jäv och deltar inte i handläggningen.",
                           "Elin Borg lämnar styrgruppen vid årsskiftet.",
                           # what was done or said, not a task: a record the team keeps in general, a test told of
                           "Elin Borg gör det bra för gruppen.", "Elin Borg begär ordet.",
                           "Elin Borg har testat prototypen med åtta personer.",
                           "Arbetsgrupp SIP rapporterar till Styrgrupp Nära vård.",
                           "Arbetsgrupp SIP rapporterar till Styrgrupp Nära vård två gånger per år.",
                           "Arbetsgrupp SIP rapporterar om läget vid varje möte.",
                           "Tjänstemannaberedningen bereder ärenden inför rådets sammanträden.",
                           # the report given at the meeting itself, to no one and by no day
                           "Eva Lindgren lämnar en lägesrapport.",
                           # a matter raised at the meeting itself
                           "Elin Borg tar upp behovet av en gemensam skolläkarfunktion.",
                           "Elin Borg tar upp frågan på mötet.",
                           "Elin Borg (S) tar upp bristen på korttidsplatser i Tallvik under sommaren.")),
)


# --------------------------------------------------------------------------- prefilter

_WORD = re.compile(r"\w+")


def _trie_regex(words: list[str]) -> str:
    """One regex for a set of words, alternatives nested by shared prefix, longest match first.

    >>> _trie_regex(["rapport", "rapportera", "ska"])
    '(?:(?:rapport(?:era)?|ska))'
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            child, text = node[ch], re.escape(ch)
            while len(child) == 1 and "" not in child:  # a chain of single letters
                (nxt, child), = child.items()
                text += re.escape(nxt)
            branches.append(text + (walk(child) if child != {"": {}} else ""))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body if len(branches) == 1 else body

    return "(?:" + walk(trie) + ")"


class Prefilter:
    """All rules' trigger words, and the rules a sentence can meet: those whose triggers it contains.

    A trigger of word characters only lies within one piece of the sentence between white space,
    so each distinct piece is scanned once (and remembered) for the triggers inside it; a trigger
    of several words ("har lyft frågan", " och ") is looked for in the whole sentence only when its
    longest word is inside one of the sentence's pieces. Overlapping triggers count ("tar med" and "med sig" in
    "tar med sig"), and shorter ones within a longer ("rapporter" in "återrapporter").
    """

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        words = sorted({t.casefold() for r in rules for t in r.triggers}, key=lambda w: (-len(w), w))
        self.words = words
        self.single = frozenset(w for w in words if _WORD.fullmatch(w))
        # a trigger of several words, under the longest of its words; one without any is always tried
        self.phrases: dict[str, list[str]] = {}
        self.bare: list[str] = []
        for w in words:
            if w in self.single:
                continue
            pieces = _WORD.findall(w)
            if pieces:
                self.phrases.setdefault(max(pieces, key=len), []).append(w)
            else:
                self.bare.append(w)
        keys = sorted(self.single | set(self.phrases), key=lambda w: (-len(w), w))
        # the keys as a trie, so each position of a word costs one walk down shared prefixes
        self.regex = re.compile(_trie_regex(keys))
        self.within = {k: frozenset(v for v in keys if v in k) for k in keys}
        # (in one pass over the rules: a pass per word took 25 ms of every process's start)
        self.by_word: dict[str, list[int]] = {w: [] for w in words}
        for i, r in enumerate(rules):
            for t in {t.casefold() for t in r.triggers}:
                self.by_word[t].append(i)
        self._in_word: dict[str, frozenset[str]] = {}
        self._same: dict[frozenset[str], frozenset[str]] = {}
        self._parts: dict[frozenset[str], tuple[frozenset[str], tuple[str, ...]]] = {}
        self._chosen: dict[frozenset[str], tuple[Rule, ...]] = {}
        self._of_sentence: dict[str, tuple[Rule, ...]] = {}

    def _in(self, word: str) -> frozenset[str]:
        """The triggers inside ``word``, with the triggers of several words whose longest word is
        inside it (to be looked for in the whole sentence)."""
        found: set[str] = set()
        m = self.regex.search(word)
        while m:  # the longest key at each place, then on from the next character: overlaps too
            found |= self.within[m.group(0)]
            m = self.regex.search(word, m.start() + 1)
        out = frozenset(found & self.single).union(*(self.phrases.get(k, ()) for k in found))
        return self._same.setdefault(out, out)  # words alike in what they hold share one set

    def rules_for(self, sentence: str) -> list[Rule]:
        """The rules whose triggers ``sentence`` contains, in registry order."""
        known = self._of_sentence.get(sentence)
        if known is not None:  # a sentence read before (a clause read again, a heading, a boilerplate line)
            return list(known)
        if len(self._of_sentence) > 50_000:
            self._of_sentence.clear()
        text = sentence.casefold()
        seen = self._in_word
        # a trigger's word has no white space: it lies within one piece of text.split()
        hits = set(map(seen.get, text.split()))
        if None in hits:
            if len(seen) > 100_000:  # words met once in a long run of distinct minutes
                seen.clear()
                self._parts.clear()
            hits = {seen[w] if w in seen else seen.setdefault(w, self._in(w)) for w in text.split()}
        held = frozenset().union(*hits)
        parts = self._parts.get(held)
        if parts is None:  # the triggers found, and those of several words to look for in the sentence
            parts = self._parts[held] = (held & self.single, (*(held - self.single), *self.bare))
        found, to_check = parts
        if to_check:
            more = [p for p in to_check if p in text]
            if more:
                found = found.union(more)
        if not found:
            self._of_sentence[sentence] = ()
            return []
        hit = self._chosen.get(found)
        if hit is None:  # the same few sets of trigger words come back sentence after sentence
            idx = sorted({i for w in found for i in self.by_word[w]})
            hit = self._chosen[found] = tuple(self.rules[i] for i in idx)
        self._of_sentence[sentence] = hit
        return list(hit)


PREFILTER = Prefilter(RULES)


def rules_for(sentence: str) -> list[Rule]:
    """The rules of the registry a sentence can meet (see :class:`Prefilter`)."""
    return PREFILTER.rules_for(sentence)
