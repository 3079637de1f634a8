"""Synthetic minutes with ground truth, for measuring speed and accuracy at scale.

Writes N minutes documents of a fictional but plausible Blekinge collaboration structure in the
three layouts seen in real minutes (rotating): the formal protocol (title block, "Tid och plats:",
"Närvarande ledamöter:", "§ 108" items, "LSVO beslutar" + att-clauses), numbered working-group
notes ("4). Title (I/D)", "Samverkansgruppen beslutar") and the digital protocol ("- Plats och
tid:", "- Förhinder:", "§ 46/24" items, "1. Att …"). Beside them ``truth.jsonl`` holds, per
document, what a careful reader takes from it (names as written and canonical), and
``people.json`` the whole cast.

The corpus is deterministic for a seed: the same ``(n, seed)`` gives byte-identical files.

    python -m bench.synth --out /tmp/corpus -n 1000 --seed 1

>>> docs = list(iter_documents(3, seed=7))
>>> sorted({d.truth["layout"] for d in docs})
['digital', 'formal', 'numbered']
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

LAYOUTS = ("formal", "numbered", "digital")

REGION = "Region Blekinge"
KOMMUNER = ("Karlskrona kommun", "Karlshamns kommun", "Ronneby kommun", "Olofströms kommun", "Sölvesborgs kommun")
HUVUDMAN = (REGION, *KOMMUNER)
KOMMUN_TOWNS = ("Karlskrona", "Karlshamn", "Ronneby", "Olofström", "Sölvesborg")

KOMMUN_UNITS = (
    "Socialförvaltningen", "Utbildningsförvaltningen", "Äldreförvaltningen", "Vård- och omsorgsförvaltningen",
    "Arbete- och välfärdsförvaltningen", "Barn- och utbildningsförvaltningen", "Kunskapsförvaltningen",
    "Funktionsstödsförvaltningen", "Förvaltningen för omsorg och arbetsmarknad",
)
REGION_UNITS = (
    "Enheten för kvalitet och utveckling", "Specialiserad vård", "Nära vård", "Psykiatri och habilitering",
    "Primärvården", "Medicinska serviceverksamheter", "Kommunikationsavdelningen", "FoU-verksamheten",
)
TITLES = (
    "förvaltningschef", "förvaltningschef", "förvaltningschef", "t.f. förvaltningschef", "verksamhetschef",
    "verksamhetschef", "avdelningschef", "hälso- och sjukvårdschef", "utvecklingsstrateg", "samordnare",
    "processledare", "medicinskt ansvarig sjuksköterska", "IKT-strateg", "FoU-strateg", "enhetschef",
)

FIRST_NAMES = (
    "Anna", "Maria", "Karin", "Eva", "Lena", "Kerstin", "Ingrid", "Birgitta", "Marie", "Sara", "Åsa", "Ulla",
    "Helén", "Renée", "Anna-Karin", "Inga-Lisa", "Ann-Sofie", "Eva-Lena", "Lise-Lott", "Johanna", "Cecilia",
    "Annika", "Bodil", "Gunilla", "Sylvia", "Torill", "Görel", "Märta", "Linnéa", "Elin", "Frida", "Hanna",
    "Emma", "Sofia", "Malin", "Jenny", "Camilla", "Therese", "Pernilla", "Louise", "Lars", "Mats", "Anders",
    "Björn", "Göran", "Jörgen", "Per-Olof", "Karl-Erik", "Jan-Åke", "Håkan", "Mårten", "Örjan", "Tomas",
    "Robert", "Patrik", "Henning", "Tobias", "Martin", "André", "René", "Magnus", "Peter", "Johan", "Fredrik",
    "Daniel", "Niklas", "Stefan", "Mikael", "Oskar", "Nils", "Bengt", "Kjell", "Ulf", "Sören", "Staffan",
    "Jonas", "Erik", "Zoran", "Nuray", "Venera",
)
SURNAMES = (
    "Sundlöf", "Petersson", "Kjellström", "Håkansson", "Schelin", "Råberg", "Fuhrman", "Ekblad", "Appelskog",
    "Ratcovich", "Svensson", "Friberg", "Berggren", "Mellqvist", "Åsman", "Ringberg", "Andersson", "Sjödahl",
    "Welander", "Jönsson", "Åkesson", "Wennstig", "Nedfors", "Apelman", "Karlsson", "Stahre", "Wittesjö",
    "Iliev", "Nilsson", "Månsson", "Öberg", "Ekström", "Löfgren", "Björk", "Nordström", "Lindqvist",
    "Bergström", "Sjöberg", "Holmgren", "Hellström", "Wikström", "Göransson", "Strömberg", "Dahlén", "Lundén",
    "Ståhl", "Hägg", "Törnqvist", "Blomé", "Engström", "Fält", "Bäckström", "Åberg", "Öhman", "Forsén",
    "Malmström", "Rydén", "Ujkani", "Bjerstedt", "Theandersson",
)
# Always written with a hyphen.
HYPHENATED_SURNAMES = (
    "Eriksson-Jonasson", "Sjöblom-Andersson", "Öst-Lindahl", "Ek-Söderberg", "Bengtsson-Åhl", "Holm-Nyström",
)
# Written with a hyphen in some documents and a space in others; canonical form uses the space.
DOUBLE_SURNAMES = (
    "Skaar Magnusson", "Grefve Lang", "Arvidsson Karlsson", "Thorell Nordström", "Lind Åström",
    "Berg Söderlund", "Möller Ekdahl", "Falk Öhrström", "Wahlén Borg",
)

TOPICS = (
    ("Nära vård", "omställningen till nära vård"),
    ("Uppdrag psykisk hälsa", "arbetet inom uppdrag psykisk hälsa"),
    ("LOS/Trygg och säker utskrivning", "samverkan vid utskrivning från sluten hälso- och sjukvård"),
    ("Barnahus", "arbetet med Barnahus"),
    ("Kunskapsstyrning", "den gemensamma kunskapsstyrningen"),
    ("FoU-avtal", "avtalet om forskning och utveckling"),
    ("Digitala möten med kvalitet", "digitala möten med kvalitet"),
    ("Cosmic Link", "införandet av Cosmic Link"),
    ("Hemsjukvårdsavtalet", "revideringen av hemsjukvårdsavtalet"),
    ("Suicidprevention", "den länsgemensamma strategin för suicidprevention"),
    ("Vaccinationssamordning", "vaccinationssamordningen"),
    ("Kompetensförsörjning", "den gemensamma kompetensförsörjningen"),
    ("Samordnad individuell plan", "arbetet med samordnad individuell plan (SIP)"),
    ("Familjecentral", "uppstarten av familjecentraler"),
    ("Hälsoundersökningar för placerade barn", "hälsoundersökningarna för placerade barn"),
    ("E-hälsa", "e-hälsoplanen 2023–2026"),
    ("Reducering av hyrpersonal", "reduceringen av hyrpersonal"),
    ("Vårdplatsläget", "vårdplatsläget i länet"),
    ("Mobil närvård", "utvecklingen av mobil närvård"),
    ("Samsjuklighet", "kartläggningen av samsjuklighet"),
)
SUB_TITLES = ("Genomförande av utbildningsinsatser", "Finansiering", "Förslag till lösning", "Ersättare i arbetet",
              "Information", "Fördelning av tjänst", "Lägesrapport")
TITLE_SUFFIXES = (
    "", "", " - Avstämning", " - Slutrapport", " - Förslag till upplägg", " – Lägesrapport",
    " - Uppdragsbeskrivning", " (PPT)", " - Fortsatt arbete", " – Återrapportering",
)
TASKS = (
    "ta fram ett förslag till uppdragsbeskrivning för {t}",
    "se över formerna för {t}",
    "göra en kartläggning av nuläget inom {t}",
    "utforma ett gemensamt förslag till organisation av {t}",
    "ta fram en tidplan och kostnadsberäkning för {t}",
    "jobba vidare med planeringen av {t}",
    "sammanställa erfarenheterna från {t}",
    "utreda behovet av gemensamma rutiner för {t}",
)
DUE = ("vid nästa möte", "i september", "före sommaren", "vid första mötet efter årsskiftet", "i mars",
       "senast i december")
SENTENCES = (
    "Föredragande gav en bakgrund till {t} och redogjorde för hur arbetet har fortskridit sedan förra sammanträdet.",
    "I mötet lyfts vikten av att samtliga huvudmän deltar aktivt i {t} och att arbetet förankras i respektive organisation.",
    "Det framkommer att resurserna för {t} är begränsade och att en prioritering behöver göras under kommande år.",
    "Kommunerna framhåller att det är viktigt att kostnaderna blir tydliga innan beslut tas i respektive nämnd.",
    "Regionens representanter informerar om läget i finansieringsfrågan.",
    "Arbetsgruppen har träffats vid fyra tillfällen och har tagit fram ett utkast som nu skickas ut på remiss.",
    "Det finns ett behov av att skapa en gemensam bild, byggd på fakta, och att tid avsätts för gemensam dialog och analys.",
    "Uppföljningen visar att överenskommelsen över lag har fungerat väl men att det finns utvecklingsområden.",
    "Dialog förs kring hur informationen ska flöda mellan kommun och region, till exempel vid in- och utskrivning.",
    "Samverkansgrupperna är positiva till ett gemensamt digitalt verktyg, bland annat ur säkerhetssynpunkt.",
    "Statistiken är svår att jämföra mellan kommunerna eftersom verksamhetssystemen ser olika ut.",
    "Det övergripande målet är att skapa långsiktiga och hållbara former för {t} i hela länet.",
    "Önskemål framförs om att {t} presenteras i alla tre samverkansgrupper under våren.",
    "En kartläggning har genomförts under hösten med fokusgrupper och intervjuer med patienter och anhöriga.",
    "Tidplanen för arbetet är ännu inte fastställd men en återrapportering planeras till sommaren.",
    "Det betonas att det inte enbart handlar om den egna verksamheten utan om en helhet i samverkan.",
    "Erfarenheterna från pilotkommunen har varit goda och arbetssättet föreslås spridas till övriga kommuner.",
    "Under perioden har antalet inskrivningar i slutenvården minskat och vårdtiderna har kortats.",
    "Ledamöterna diskuterar hur första linjens chefer och medarbetare ska involveras i {t}.",
    "Materialet är en nulägesbeskrivning och inte en prioritering, och kan behöva kompletteras efter hand.",
    "Frågan om gemensam finansiering har lyfts i interkommunala forumet utan att någon lösning har nåtts.",
    "Projektet har nu avslutats och en slutrapport med förslag på fortsatt arbete har sammanställts.",
    "Det noteras att det nationella arbetet påverkar tidplanen och att avstämning sker löpande.",
    "Gruppen konstaterar att rutinerna behöver revideras för att spegla dagens arbetssätt och lagstiftning.",
)
DOC_LINES = ("Dokument:\n\n- PPT\n", "Dokument:\n\n- Beslutsunderlag\n- PPT\n", "")
DISTRIBUTION = ("Protokollet ska skickas till\nFöredragande\n", "Protokollet ska skickas till\nDiariet\nLedamöter\n",
                "Protokollet skickas till\n\n- Föredragande\n", "")
PLACES = ("Teams", "Teams", "Regionhuset, Karlskrona", "Stadshuset, Ronneby", "Kommunhuset, Olofström",
          "Rådhuset, Karlshamn", "Sölvesborgs kommunhus")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
WEEKDAYS = ("Måndagen", "Tisdagen", "Onsdagen", "Torsdagen", "Fredagen", "Lördagen", "Söndagen")
TIMES = (("08", "15", "12", "00"), ("08", "30", "12", "00"), ("09", "00", "12", "00"), ("13", "00", "16", "00"),
         ("09", "00", "15", "00"))
EXTERNAL_BODIES = ("Digitaliseringsrådet", "Interkommunala forumet", "Regionala samverkansrådet",
                   "Hälso- och sjukvårdens ledningsgrupp")


@dataclass
class Body:
    """A collaboration body: name as written in the minutes, its short form in 'X beslutar', level, parent."""

    name: str
    short: str  # as in "LSVO beslutar" / "Samverkansgruppen beslutar"
    level: str
    parent: str | None
    seats: int
    members: list[int] = field(default_factory=list)  # person indexes, first is ordförande
    convenor: int | None = None  # sammankallande
    secretary: int | None = None
    counter: dict[int, int] = field(default_factory=dict)  # paragraph counter per year


@dataclass
class Person:
    canonical: str
    first: str
    surname: str
    variable: bool  # double surname written with or without hyphen
    huvudman: str
    unit: str
    title: str

    def written(self, rng: random.Random) -> str:
        if self.variable and rng.random() < 0.5:
            return f"{self.first} {self.surname.replace(' ', '-')}"
        return self.canonical


@dataclass
class Document:
    filename: str
    text: str
    truth: dict


def _bodies(n_docs: int, rng: random.Random) -> list[Body]:
    b = [
        Body("PSVO", "PSVO", "politisk", None, 11),
        Body("LSVO", "LSVO", "strategisk", "PSVO", 16),
        Body("Samverkansgrupp Att växa upp", "Samverkansgruppen", "taktisk", "LSVO", 12),
        Body("Samverkansgrupp Mitt i livet", "Samverkansgruppen", "taktisk", "LSVO", 12),
        Body("Samverkansgrupp Att åldras", "Samverkansgruppen", "taktisk", "LSVO", 12),
        Body("Styrgrupp Uppdrag psykisk hälsa", "Styrgruppen", "taktisk", "LSVO", 5),
        Body("Styrgrupp Nära vård", "Styrgruppen", "taktisk", "LSVO", 5),
        Body("Styrgrupp Barnahus", "Styrgruppen", "taktisk", "LSVO", 5),
        Body("Arbetsgrupp LOS", "Arbetsgruppen", "operativ", "Samverkansgrupp Att åldras", 6),
        Body("Arbetsgrupp Hälsoundersökningar för placerade barn", "Arbetsgruppen", "operativ",
             "Samverkansgrupp Att växa upp", 6),
        Body("Arbetsgrupp Digitala möten", "Arbetsgruppen", "operativ", "LSVO", 6),
        Body("Arbetsgrupp Suicidprevention", "Arbetsgruppen", "operativ", "Samverkansgrupp Mitt i livet", 6),
        Body("Processteam Blekingerutinerna", "Processteamet", "operativ", "Samverkansgrupp Att åldras", 6),
    ]
    # Larger corpora get local groups so that the span stays within a few decades.
    wanted = max(len(b), math.ceil(n_docs / 250))
    parents = ("Samverkansgrupp Att växa upp", "Samverkansgrupp Mitt i livet", "Samverkansgrupp Att åldras")
    k = 0
    while len(b) < wanted:
        town = KOMMUN_TOWNS[k % len(KOMMUN_TOWNS)]
        topic = TOPICS[(k // len(KOMMUN_TOWNS)) % len(TOPICS)][0].split("/")[0]
        round_ = k // (len(KOMMUN_TOWNS) * len(TOPICS))
        suffix = f" {round_ + 1}" if round_ else ""
        b.append(Body(f"Lokal arbetsgrupp {topic} {town}{suffix}", "Arbetsgruppen", "operativ",
                      parents[k % 3], 6))
        k += 1
    return b


def _people(count: int, rng: random.Random) -> list[Person]:
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < count:
        first = rng.choice(FIRST_NAMES)
        r = rng.random()
        if r < 0.10:
            surname, variable = rng.choice(HYPHENATED_SURNAMES), False
        elif r < 0.22:
            surname, variable = rng.choice(DOUBLE_SURNAMES), True
        else:
            surname, variable = rng.choice(SURNAMES), False
        name = f"{first} {surname}"
        key = name.casefold().replace("-", " ")
        if key in seen:
            continue
        seen.add(key)
        people.append(_employ(Person(name, first, surname, variable, "", "", ""), rng))
    return people


def _employ(p: Person, rng: random.Random) -> Person:
    p.huvudman = REGION if rng.random() < 0.4 else rng.choice(KOMMUNER)
    p.unit = rng.choice(REGION_UNITS if p.huvudman == REGION else KOMMUN_UNITS)
    p.title = rng.choice(TITLES)
    return p


def _schedule(bodies: list[Body], n: int, rng: random.Random) -> list[tuple[date, int]]:
    years = max(1, math.ceil(n / (10 * len(bodies))))
    last = 2025
    slots: list[tuple[date, int]] = []
    for year in range(last - years + 1, last + 1):
        for bi in range(len(bodies)):
            months = [m for m in range(1, 13) if m != 7]
            months.remove(rng.choice(months))
            for m in months:
                d = date(year, m, rng.randint(1, 26))
                while d.weekday() >= 5:
                    d += timedelta(days=1)
                slots.append((d, bi))
    slots.sort()
    return slots[:n]


def wrap_text(text: str, width: int) -> str:
    """Greedy word wrap; fast enough for tens of thousands of documents."""
    if len(text) <= width:
        return text
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n".join(out)


def _join_names(names: list[str], rng: random.Random, amp: bool = False) -> str:
    if len(names) == 1:
        return names[0]
    conj = " & " if amp else " och "
    return ", ".join(names[:-1]) + conj + names[-1]


def _swedish_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class _Writer:
    """Builds one document and its truth side by side."""

    def __init__(self, world: "World", rng: random.Random, index: int, when: date, body: Body, layout: str):
        self.w, self.rng, self.index, self.when, self.body, self.layout = world, rng, index, when, body, layout
        self.forms: dict[int, str] = {}  # person index -> form written in this document
        self.truth: dict = {
            "file": "", "layout": layout, "group": body.name, "level": body.level, "parent": body.parent,
            "date": when.isoformat(), "attendance": [], "items": [], "decisions": [], "assignments": [],
            "memberships": [], "mandates": [], "persons": [], "mentions": {},
        }

    def name(self, pi: int) -> str:
        if pi not in self.forms:
            p = self.w.people[pi]
            self.forms[pi] = p.written(self.rng)
            self.truth["mentions"].setdefault(p.canonical, [])
            if self.forms[pi] not in self.truth["mentions"][p.canonical]:
                self.truth["mentions"][p.canonical].append(self.forms[pi])
        return self.forms[pi]

    def canon(self, pi: int) -> str:
        self.name(pi)
        return self.w.people[pi].canonical


class World:
    """The fictional region: bodies, people and their seats, evolving meeting by meeting."""

    def __init__(self, n_docs: int, seed: int):
        self.rng = random.Random(seed)
        self.n_docs = n_docs
        self.bodies = _bodies(n_docs, self.rng)
        self.by_name = {b.name: b for b in self.bodies}
        needed = sum(b.seats for b in self.bodies) + len(self.bodies) + 60
        n_people = max(needed, min(400, 150 + n_docs // 40))
        self.people = _people(n_people, self.rng)
        free = list(range(len(self.people)))
        self.rng.shuffle(free)
        self.seated: set[int] = set()
        for b in self.bodies:
            b.members = [free.pop() for _ in range(b.seats)]
            self.seated.update(b.members)
            b.convenor = b.members[0]
            b.secretary = free.pop()
            self.seated.add(b.secretary)
        self.slots = _schedule(self.bodies, n_docs, self.rng)
        self.created: list[str] = []

    def unseated(self) -> int:
        while True:
            pi = self.rng.randrange(len(self.people))
            if pi not in self.seated:
                return pi

    # -- documents -------------------------------------------------------------------------
    def documents(self) -> Iterator[Document]:
        for i, (when, bi) in enumerate(self.slots):
            body = self.bodies[bi]
            layout = LAYOUTS[i % 3]
            rng = random.Random(self.rng.random())
            yield self._document(i, when, body, layout, rng)

    def _document(self, i: int, when: date, body: Body, layout: str, rng: random.Random) -> Document:
        wr = _Writer(self, rng, i, when, body, layout)
        # Career changes between meetings: a member changes title or employer.
        if rng.random() < 0.15:
            _employ(self.people[rng.choice(body.members)], rng)

        members = list(body.members)
        absent = [pi for pi in members[1:] if rng.random() < 0.18]
        present = [pi for pi in members if pi not in absent]
        guests = [self.unseated() for _ in range(rng.randint(0, 4))]
        guests = list(dict.fromkeys(g for g in guests if g not in members and g != body.secretary))

        year = when.year
        start = body.counter.get(year, 0) + 1
        n_items = rng.randint(7, 11)
        body.counter[year] = start + n_items - 1 + (rng.randint(0, 3) if layout == "formal" else 0)
        if layout == "formal":
            numbers = [str(start + k) for k in range(n_items)]
        elif layout == "digital":
            numbers = [f"{start + k}/{year % 100:02d}" for k in range(n_items)]
        else:
            numbers = [str(k + 1) for k in range(n_items)]

        items = self._items(wr, numbers, present, guests, body, rng)
        guest_paragraphs: dict[int, list[str]] = {}
        for it in items:
            for g in it["guest_presenters"]:
                guest_paragraphs.setdefault(g, []).append(it["number"])
        guests = [g for g in guests if g in guest_paragraphs]

        chair = present[0]
        secretary = body.secretary
        adjusters = rng.sample(present[1:], 2) if layout == "digital" and len(present) > 3 else []
        att = wr.truth["attendance"]
        for pi in present:
            roles = ["ordförande"] if pi == chair else (["justerare"] if pi in adjusters else [])
            att.append(self._att(wr, pi, "present", roles))
        if secretary not in present:
            att.append(self._att(wr, secretary, "present", ["sekreterare"]))
        for pi in absent:
            att.append(self._att(wr, pi, "absent", []))
        for g in guests:
            # Digital protocols limit guests by the paragraph without its year: "§49" for "§ 49/24".
            att.append(self._att(wr, g, "guest", [], [f"§{n.split('/')[0]}" if layout != "numbered" else n
                                                     for n in guest_paragraphs[g]]))

        if layout == "formal":
            text = self._formal(wr, items, present, absent, guests, guest_paragraphs, secretary, rng)
        elif layout == "digital":
            text = self._digital(wr, items, present, absent, guests, guest_paragraphs, secretary, adjusters, rng)
        else:
            text = self._numbered(wr, items, present, absent, guests, guest_paragraphs, secretary, rng)

        slug = re.sub(r"[^a-z0-9]+", "-", body.name.casefold().translate(str.maketrans("åäöé", "aaoe"))).strip("-")
        filename = f"{i:05d}_{slug}_{when.isoformat()}.txt"
        wr.truth["file"] = filename
        wr.truth["items"] = [{"number": it["number"], "title": it["title"], "presenters": it["presenters"],
                              "kind": it["kind"], "parent": it["parent"]} for it in items]
        wr.truth["persons"] = sorted({self.people[pi].canonical for pi in wr.forms})
        return Document(filename, text, wr.truth)

    def _att(self, wr: _Writer, pi: int, status: str, roles: list[str], paragraphs: list[str] | None = None) -> dict:
        p = self.people[pi]
        return {"name": wr.name(pi), "canonical": p.canonical, "status": status, "roles": roles,
                "title": p.title, "unit": p.unit, "huvudman": p.huvudman, "paragraphs": paragraphs or []}

    # -- items -----------------------------------------------------------------------------
    def _items(self, wr: _Writer, numbers: list[str], present: list[int], guests: list[int], body: Body,
               rng: random.Random) -> list[dict]:
        items = []
        prev = wr.when - timedelta(days=rng.randint(25, 40))
        openers = [
            ("Godkännande av föredragningslista" if wr.layout != "numbered" else "Godkännande av dagordningen",
             [rng.choice(("godkänna för sammanträdet upprättad föredragningslista",
                          "med tillägg för övriga frågor godkänna för sammanträdet upprättad föredragningslista"))],
             "B"),
            ("Föregående sammanträdesprotokoll", [f"godkänna för {prev.isoformat()} upprättat sammanträdesprotokoll"],
             "B"),
        ]
        topics = rng.sample(TOPICS, len(numbers) - 2)
        with_subitems = rng.random() < 0.4
        for k, number in enumerate(numbers):
            it = {"number": number, "presenters": [], "guest_presenters": [], "decisions": [], "narrative": [],
                  "kind": [], "parent": None}
            if k == len(numbers) - 1 and with_subitems:
                # "Övriga frågor" / "Återkoppling" with a/ b/ c/ sub-items, numbered as ParsedItem does.
                it["title"] = rng.choice(("Övriga frågor", "Återkoppling")) if wr.layout != "numbered" else "Övrigt"
                it["kind"] = ["I"] if wr.layout == "numbered" else []
                items.append(it)
                for letter, (topic, phrase) in zip("abc", rng.sample(TOPICS, rng.randint(2, 3))):
                    sub = {"number": f"{number}-{letter}" if wr.layout == "digital" else f"{number}{letter}",
                           "letter": letter, "parent": number, "presenters": [], "guest_presenters": [],
                           "decisions": [], "narrative": [], "kind": [], "phrase": phrase, "topic": topic,
                           "title": f"{topic}: {rng.choice(SUB_TITLES)}"}
                    if rng.random() < 0.6:
                        sub["presenters"] = [wr.name(pi) for pi in rng.sample(present, min(len(present), 1))]
                    if rng.random() < 0.7:
                        self._decisions(wr, sub, present, body, rng)
                    items.append(sub)
                continue
            if k < 2:
                title, decs, kind = openers[k]
                it["title"] = title
                it["kind"] = [kind]
                if rng.random() < 0.6:
                    it["presenters"] = [wr.name(body.secretary)]
                for d in decs:
                    it["decisions"].append(d)
            else:
                topic, phrase = topics[k - 2]
                it["title"] = (topic + rng.choice(TITLE_SUFFIXES)).strip()
                it["kind"] = [rng.choice(("I", "D", "B", "I/D"))] if wr.layout == "numbered" else []
                pres = rng.sample(present, min(len(present), rng.choice((1, 1, 1, 2, 2, 3))))
                if guests and rng.random() < 0.5:
                    g = rng.choice(guests)
                    pres = [g] + pres[:1]
                    it["guest_presenters"].append(g)
                it["presenters"] = [wr.name(pi) for pi in pres]
                it["presenter_ids"] = pres
                it["phrase"] = phrase
                it["topic"] = topic
                self._decisions(wr, it, present, body, rng)
            items.append(it)
        return items

    def _decisions(self, wr: _Writer, it: dict, present: list[int], body: Body, rng: random.Random) -> None:
        phrase, topic = it["phrase"], it["topic"]
        item = it["number"]
        out = it["decisions"]
        kinds = rng.choices(
            ("info", "approve", "assign", "assign2", "assign_group", "replace", "join", "create", "refer",
             "recommend", "none", "narrative_assign"),
            weights=(22, 14, 9, 7, 5, 4, 4, 3, 4, 4, 12, 6), k=rng.randint(1, 3))
        seen = set()
        for kind in kinds:
            if kind in seen:
                continue
            seen.add(kind)
            task = rng.choice(TASKS).format(t=phrase)
            if kind == "info":
                out.append("lägga informationen till protokollet")
            elif kind == "approve":
                out.append(rng.choice((
                    f"godkänna ett fortsatt arbete enligt framtaget förslag för {phrase}",
                    f"godkänna presenterad uppdragsbeskrivning för {phrase}",
                    f"anta dokumentet {topic} – en överenskommelse inom samverkan",
                )))
            elif kind in ("assign", "assign2"):
                who = rng.sample(present, min(len(present), rng.choice((1, 2))))
                names = [wr.name(pi) for pi in who]
                due = rng.choice(DUE)
                if kind == "assign":
                    text = (f"{_join_names(names, rng)} ges i uppdrag att {task} och återkommer till "
                            f"{body.short if body.short in ('LSVO', 'PSVO') else body.name} {due}")
                else:
                    text = f"{_join_names(names, rng)} får i uppdrag att {task}"
                    due = None
                out.append(text)
                wr.truth["assignments"].append({
                    "item": item, "assignees": [wr.canon(pi) for pi in who], "written": names, "task": task, "given_by": body.name,
                    "report_to": body.name if kind == "assign" else None, "due": due, "source": "decision"})
            elif kind == "assign_group":
                target = rng.choice([b for b in self.bodies if b.parent == body.name] or
                                    [b for b in self.bodies if b.level == "taktisk"])
                out.append(f"{target.name} får i uppdrag att {task}")
                wr.truth["assignments"].append({
                    "item": item, "assignees": [target.name], "written": [target.name], "task": task, "given_by": body.name,
                    "report_to": None, "due": None, "source": "decision"})
                wr.truth["mandates"].append({"from": body.name, "to": target.name, "kind": "delegates",
                                             "item": item})
            elif kind == "narrative_assign":
                target = rng.choice([b for b in self.bodies if b.level == "taktisk" and b is not body])
                report = "LSVO" if body.name != "LSVO" else "PSVO"
                it["narrative"].append(f"{target.name} får i uppdrag att {task} och rapportera till {report}.")
                wr.truth["assignments"].append({
                    "item": item, "assignees": [target.name], "written": [target.name], "task": task,
                    "given_by": body.name, "report_to": report, "due": None, "source": "narrative"})
                wr.truth["mandates"].append({"from": body.name, "to": target.name, "kind": "delegates", "item": item})
                wr.truth["mandates"].append({"from": target.name, "to": report, "kind": "reports_to", "item": item})
            elif kind == "replace":
                target = rng.choice([b for b in self.bodies if b.level in ("taktisk", "operativ")])
                old = target.convenor
                new = self.unseated()
                if target.convenor in target.members:
                    target.members[target.members.index(old)] = new
                else:
                    target.members.append(new)
                target.convenor = new
                self.seated.add(new)
                self.seated.discard(old)
                out.append(f"{wr.name(new)} ersätter {wr.name(old)} som sammankallande för {target.name}")
                wr.truth["memberships"].append({
                    "person": wr.canon(new), "group": target.name, "role": "sammankallande", "change": "replace",
                    "replaces": wr.canon(old), "on_behalf_of": self.people[new].huvudman, "item": item})
            elif kind == "join":
                target = rng.choice([b for b in self.bodies if b.level in ("taktisk", "operativ")])
                new = self.unseated()
                leaving = target.members.pop(rng.randrange(1, len(target.members)))
                target.members.append(new)
                self.seated.add(new)
                self.seated.discard(leaving)
                hv = self.people[new].huvudman
                out.append(f"utse {wr.name(new)} till ledamot i {target.name} för {hv}")
                wr.truth["memberships"].append({
                    "person": wr.canon(new), "group": target.name, "role": "ledamot", "change": "join",
                    "replaces": None, "on_behalf_of": hv, "item": item})
            elif kind == "create" and body.level in ("politisk", "strategisk", "taktisk"):
                # As in the real protocol: one clause creates the body, the next names its members.
                name = f"Styrgrupp {topic.split('/')[0]}"
                if name == body.name:
                    continue
                out.append(f"skapa en styrgrupp som under {body.short if body.short in ('LSVO', 'PSVO') else body.name}"
                           f" leder {phrase}")
                who = rng.sample(present, min(len(present), rng.randint(2, 4)))
                out.append(f"{_join_names([wr.name(pi) for pi in who], rng)} utgör styrgrupp {topic.split('/')[0]}")
                wr.truth["mandates"].append({"from": body.name, "to": name, "kind": "delegates", "item": item,
                                             "created": True})
                for pi in who:
                    wr.truth["memberships"].append({
                        "person": wr.canon(pi), "group": name, "role": "ledamot", "change": "join", "replaces": None,
                        "on_behalf_of": self.people[pi].huvudman, "item": item})
            elif kind == "refer":
                ext = rng.choice(EXTERNAL_BODIES)
                out.append(f"frågan kring {phrase} skickas till {ext}")
                wr.truth["mandates"].append({"from": body.name, "to": ext, "kind": "refers", "item": item})
            elif kind == "recommend":
                to = "PSVO" if body.name != "PSVO" else "Regionala samverkansrådet"
                out.append(f"rekommendera {to} att godkänna att {phrase} förlängs med ett år")
                wr.truth["mandates"].append({"from": body.name, "to": to, "kind": "recommends", "item": item})

    # -- layouts ---------------------------------------------------------------------------
    def _item_body(self, wr: _Writer, it: dict, rng: random.Random, width: int | None) -> str:
        phrase = it.get("phrase", "ärendet")
        paras = []
        for _ in range(rng.randint(2, 5)):
            para = " ".join(s.format(t=phrase) for s in rng.sample(SENTENCES, rng.randint(3, 7)))
            paras.append(para)
        if rng.random() < 0.2:
            bullets = rng.sample(SENTENCES, rng.randint(2, 4))
            paras.insert(1, "\n".join(f"• {b.format(t=phrase)}" for b in bullets))
        if it.get("presenter_ids") and rng.random() < 0.3:
            # A presenter named again by first name only, as minutes often do.
            p = self.people[it["presenter_ids"][0]]
            first = p.first
            forms = wr.truth["mentions"].setdefault(p.canonical, [])
            if first not in forms:
                forms.append(first)
            paras.append(f"{first} återkommer med mer information vid nästa möte.")
            wr.truth["assignments"].append({
                "item": it["number"], "assignees": [p.canonical], "written": [first],
                "task": "återkomma med mer information vid nästa möte", "given_by": wr.body.name,
                "report_to": wr.body.name, "due": "vid nästa möte", "source": "narrative"})
        if it["narrative"]:
            paras.append(" ".join(it["narrative"]))
        if width:
            return "\n\n".join(p if p.startswith("•") else wrap_text(p, width) for p in paras)
        return "\n\n".join(paras)

    def _decision_block(self, wr: _Writer, it: dict, rng: random.Random, style: str, width: int) -> str:
        decided_by = wr.body.short
        lines = [f"{decided_by} beslutar", ""]
        digital_style = rng.choice(("numbered", "dash", "plain")) if style == "digital" else style
        for k, text in enumerate(it["decisions"]):
            wr.truth["decisions"].append({"item": it["number"], "text": text})
            if digital_style == "numbered":
                lines.append(f"{k + 1}. Att {text}.")
            elif digital_style == "dash":
                lines.append(f"- att {text}")
            elif digital_style == "plain":
                lines.append(f"att {text}")
            else:
                pad = " " * rng.choice((6, 7, 8, 10))
                lines.append(wrap_text(f"att{pad}{text}", width))
            lines.append("")
            if k < len(it["decisions"]) - 1 and rng.random() < 0.04:
                # A page break inside the decisions, as in PDF-converted protocols.
                lines.append("Justerandes signatur\n\nUtdragsbestyrkande\n" if style == "digital" else " \n  4(8) \n")
        return "\n".join(lines)

    def _noise(self, rng: random.Random, page: int, pages: int, layout: str) -> str:
        if layout == "digital":
            return "Justerandes signatur\n\nUtdragsbestyrkande\n"
        return rng.choice((f"\n  {page}({pages}) \n", "\nJusterandes signatur          Utdragsbestyrkande\n",
                           f"\n \n\n{page}({pages})\n"))

    def _subitem(self, wr: _Writer, it: dict, rng: random.Random, width: int | None) -> list[str]:
        """An 'a/ Title' sub-item under Övriga frågor / Återkoppling."""
        out = [f"{it['letter']}/ {it['title']} "]
        if it["presenters"]:
            if wr.layout == "digital":
                out += ["", f"{_join_names(it['presenters'], rng)} informerar om {it['phrase']}."]
            else:
                out.append(f"Föredragande: {_join_names(it['presenters'], rng)} ")
        out.append("")
        para = " ".join(x.format(t=it["phrase"]) for x in rng.sample(SENTENCES, rng.randint(2, 4)))
        if it["narrative"]:
            para += " " + " ".join(it["narrative"])
        out += [wrap_text(para, width) if width else para, ""]
        if it["decisions"]:
            out.append(self._decision_block(wr, it, rng, "digital" if wr.layout == "digital" else "padded",
                                             width or 0))
        return out

    def _formal_line(self, wr: _Writer, pi: int, rng: random.Random, suffix: str = "") -> str:
        p = self.people[pi]
        line = f"{wr.name(pi)}, {p.title} {p.unit}, {p.huvudman}{suffix}"
        if len(line) > 85 and rng.random() < 0.6:
            cut = line.rfind(" ", 0, 80)
            line = line[:cut] + " \n" + line[cut + 1:]
        return line + " "

    def _formal(self, wr, items, present, absent, guests, guest_paragraphs, secretary, rng) -> str:
        b, when = wr.body, wr.when
        h = TIMES[rng.randrange(len(TIMES))]
        place = rng.choice(PLACES)
        out = ["", " ", f"{b.short if b.short in ('LSVO', 'PSVO') else b.name} ", "Sammanträdesprotokoll  ",
               f"{when.isoformat()} ", "", "Ärendeförteckning ", " "]
        out += [f"{it['letter']}/ {it['title']} " if it["parent"] else f"§{it['number']} {it['title']} "
                for it in items]
        last = [it for it in items if not it["parent"]][-1]["number"]
        out += ["", "", f"Tid och plats: {WEEKDAYS[when.weekday()]} den {_swedish_date(when)} kl. "
                        f"{h[0]}.{h[1]} - {h[2]}.{h[3]}, {'via Teams' if place == 'Teams' else place} ", "   ",
                "Närvarande ledamöter: ", "Ordförande ", "", " ", " "]
        out += [self._formal_line(wr, pi, rng) for pi in present]
        out.append(" Frånvarande:  ")
        out += [self._formal_line(wr, pi, rng) for pi in absent] or [" "]
        out += ["", "Övriga deltagare och ", "föredragande:                              ", "   ", ""]
        for g in guests:
            p = self.people[g]
            par = ", ".join(f"§{n}" for n in guest_paragraphs[g])
            sep = "" if rng.random() < 0.15 else " "
            out.append(f"{wr.name(g)}, {p.title} {p.huvudman}{sep}{par} ")
        sp = self.people[secretary]
        out += ["", f"Sekreterare:                            {wr.name(secretary)}, {sp.unit}, {sp.huvudman} ",
                "", f"Paragrafer:  §{items[0]['number']} - §{last}  ", " ", "Underskrifter:  ", "",
                "…………………………………………….. ", wr.name(present[0]), "Ordförande ",
                "", "……………………………… ", f"{wr.name(secretary)}", "Sekreterare ", ""]
        pages = max(3, len(items) // 2 + 1)
        for k, it in enumerate(items):
            if it["parent"]:
                out += self._subitem(wr, it, rng, 110)
                continue
            out.append(f"{' ' if rng.random() < 0.3 else ''}§ {it['number']} ")
            out.append(f"{it['title']} ")
            if it["presenters"]:
                out.append(f"Föredragande: {_join_names(it['presenters'], rng)} ")
            out.append(" ")
            if k >= 2 and "phrase" in it:
                out.append(self._item_body(wr, it, rng, 115))
                out.append("")
            if it["decisions"]:
                out.append(self._decision_block(wr, it, rng, "padded", 105))
            if k >= 2 and "phrase" in it and rng.random() < 0.4:
                out.append(rng.choice(DISTRIBUTION))
            if k % 2 == 1 and rng.random() < 0.5:
                out.append(self._noise(rng, k // 2 + 2, pages, "formal"))
        out += ["", "Det här dokumentet är elektroniskt underskrivet.  ", ""]
        return "\n".join(out) + "\n"

    def _numbered(self, wr, items, present, absent, guests, guest_paragraphs, secretary, rng) -> str:
        b, when = wr.body, wr.when
        out = [f"Minnesanteckningar {b.name}", f"Datum: {when.isoformat()}", ""]
        out.append("Närvarande: ")
        for pi in present:
            out.append(f"{wr.name(pi)}, {self.people[pi].huvudman}")
        if absent:
            out.append("Förhinder: ")
            out += [f"{wr.name(pi)}, {self.people[pi].huvudman}" for pi in absent]
        if guests:
            out.append("Övriga deltagare: ")
            for g in guests:
                nums = ", ".join(guest_paragraphs[g])
                out.append(f"{wr.name(g)}, {self.people[g].huvudman} (punkt {nums})")
        out.append(f"Sekreterare: {wr.name(secretary)}")
        out.append("")
        pages = max(3, len(items) // 2 + 1)
        for k, it in enumerate(items):
            if it["parent"]:
                out += self._subitem(wr, it, rng, 100)
                continue
            kind = f" ({it['kind'][0]})" if it["kind"] else ""
            out.append(f" {it['number']}). {it['title']}{kind} ")
            out.append("")
            if it["presenters"]:
                out.append(f"Föredragande: {_join_names(it['presenters'], rng, amp=rng.random() < 0.5)} ")
                out.append("")
            if k >= 2 and "phrase" in it:
                out.append(self._item_body(wr, it, rng, 100))
                out.append("")
            if it["decisions"]:
                out.append(self._decision_block(wr, it, rng, "padded", 100))
            if k % 3 == 2 and rng.random() < 0.4:
                out.append(self._noise(rng, k // 3 + 2, pages, "numbered"))
        out += ["Protokollet ska skickas till ", "", "Ledamöter ", "", "Föredragande ", ""]
        return "\n".join(out) + "\n"

    def _digital(self, wr, items, present, absent, guests, guest_paragraphs, secretary, adjusters, rng) -> str:
        when = wr.when
        h = TIMES[rng.randrange(len(TIMES))]
        place = rng.choice(PLACES)
        def line(pi, first=False):
            p = self.people[pi]
            sep = "; " if rng.random() < 0.05 else ", "
            late = " (kommer sent)" if rng.random() < 0.04 else ""
            return f"{wr.name(pi)}{sep}{p.unit[0].lower()}{p.unit[1:]} {p.huvudman}{late}"
        out = ["", "", f"- Plats och tid: {place}, den {_swedish_date(when)}, klockan {h[0]}:{h[1]}-{h[2]}:{h[3]}"]
        pres = [line(pi) for pi in present]
        out.append(f"- Närvarande ledamöter: {pres[0]}")
        out += pres[1:]
        if absent:
            ab = [line(pi) for pi in absent]
            out.append(f"- Förhinder: {ab[0]}")
            out += ab[1:]
        if guests:
            gl = []
            for g in guests:
                p = self.people[g]
                gl.append(f"{wr.name(g)}, {p.title} {p.huvudman} " + ", ".join(f"§{n.split('/')[0]}" for n in guest_paragraphs[g]))
            out.append(f"- Tjänstepersoner: {gl[0]}")
            out += gl[1:]
        adj = when + timedelta(days=14)
        sp = self.people[secretary]
        first_no = items[0]["number"].split("/")[0]
        last_no = [it for it in items if not it["parent"]][-1]["number"].split("/")[0]
        out += [f"- Plats och tid för justering: Digital justering senast {adj.isoformat()} kl. 16.00",
                f"- Underskrifter: Sekreterare _____ Paragraf {first_no} - {last_no}",
                f"{wr.name(secretary)}, {sp.unit[0].lower()}{sp.unit[1:]}", "", "Ordförande", "", wr.name(present[0]), ""]
        for a in adjusters:
            out += ["Justerare", "", wr.name(a), ""]
        out += ["Justerandes signatur", "", "Utdragsbestyrkande", "", "Innehållsförteckning", ""]
        out += [f"{it['title']}\t§ {it['number']}" for it in items if not it["parent"]]
        out.append("")
        if adjusters:
            # The first item appoints the adjusters.
            items[0]["title"] = "Val av justerare samt tid för justering"
            out[out.index(f"Godkännande av föredragningslista\t§ {items[0]['number']}")] = \
                f"Val av justerare samt tid för justering\t§ {items[0]['number']}"
            a, b = (wr.name(x) for x in adjusters)
            items[0]["decisions"] = [
                f"utse {a} och {b} att jämte ordförande och sekreterare justera dagens protokoll",
                f"justeringen sker digitalt senast den {adj.day} {MONTHS[adj.month - 1]} klockan 16.00"]
            items[0]["presenters"] = []
            wr.truth["assignments"].append({
                "item": items[0]["number"], "assignees": [self.people[x].canonical for x in adjusters],
                "written": [a, b],
                "task": "justera dagens protokoll", "given_by": wr.body.name, "report_to": None, "due": None,
                "source": "decision"})
        for k, it in enumerate(items):
            if it["parent"]:
                out += self._subitem(wr, it, rng, None)
                continue
            out += [f"§ {it['number']}", "", it["title"], ""]
            if k >= 2 and "phrase" in it:
                if it["presenters"]:
                    verb = rng.choice(("presenterar", "informerar om", "redogör för"))
                    out += [f"{_join_names(it['presenters'], rng)} {verb} {it.get('phrase', 'ärendet')}.", ""]
                out.append(self._item_body(wr, it, rng, None))
                out.append("")
                out.append(rng.choice(DOC_LINES))
            elif it["presenters"]:
                it["presenters"] = []
            if it["decisions"]:
                out.append(self._decision_block(wr, it, rng, "digital", 0))
            if k >= 2 and "phrase" in it:
                out.append(rng.choice(DISTRIBUTION))
            if rng.random() < 0.25:
                out.append(self._noise(rng, 0, 0, "digital"))
        return "\n".join(out) + "\n"


def iter_documents(n: int, seed: int = 0) -> Iterator[Document]:
    """Yield ``n`` synthetic documents with their truth, deterministically for ``seed``."""
    world = World(n, seed)
    yield from world.documents()


def people_of(n: int, seed: int = 0) -> list[dict]:
    """The whole cast of the corpus ``(n, seed)`` as written into ``people.json``."""
    world = World(n, seed)
    return [{"name": p.canonical, "forms": sorted({p.canonical, f"{p.first} {p.surname.replace(' ', '-')}"})}
            for p in world.people]


@dataclass
class CorpusInfo:
    out: Path
    files: list[Path]
    truth_path: Path
    bytes: int
    seconds: float


def generate_corpus(out: str | Path, n: int, seed: int = 0) -> CorpusInfo:
    """Write ``n`` minutes files, ``truth.jsonl`` and ``people.json`` into ``out``."""
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    world = World(n, seed)
    cast = [{"name": p.canonical, "forms": sorted({p.canonical, f"{p.first} {p.surname.replace(' ', '-')}"})}
            for p in world.people]
    files, total = [], 0
    truth_path = out / "truth.jsonl"
    with open(truth_path, "w", encoding="utf-8") as truth:
        for doc in world.documents():
            data = doc.text.encode("utf-8")
            path = out / doc.filename
            path.write_bytes(data)
            files.append(path)
            total += len(data)
            truth.write(json.dumps(doc.truth, ensure_ascii=False, sort_keys=True) + "\n")
    (out / "people.json").write_text(json.dumps(cast, ensure_ascii=False, indent=1), encoding="utf-8")
    return CorpusInfo(out, files, truth_path, total, time.perf_counter() - started)


def read_truth(folder: str | Path) -> list[dict]:
    """The truth records of a generated corpus, in file order."""
    with open(Path(folder) / "truth.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="folder to write the minutes, truth.jsonl and people.json into")
    ap.add_argument("-n", type=int, default=100, help="number of documents")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    info = generate_corpus(args.out, args.n, args.seed)
    print(f"wrote {len(info.files)} documents ({info.bytes / 1e6:.1f} MB) and truth.jsonl to {info.out} "
          f"in {info.seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
