"""A small, realistic graph built by hand for the query tests.

Four minutes: LSVO 2023-11-17 (attendance with absent members and guests with paragraphs,
the composition of styrgrupp Uppdrag psykisk hälsa, "Emma Stahre ersätter Cecilia Grefve Lang
som sammankallande", assignments with due points, mandates, a vacancy), LSVO 2024-01-19 (a
follow-up of an earlier assignment, Karlshamn without anyone present, a styrgrupp too small
for its rule) and two meetings of Samverkansgrupp att åldras where a member is absent twice
in a row. The regional knowledge seed gives six huvudmän and the groups with levels,
``expects`` and size rules.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.ids import make_id
from samverkan.graph.model import (AgendaItem, Assignment, Attendance, Decision, DocumentFacts, Group, Mandate, Meeting,
                         Membership, Mention, Organisation, Person, Source, Vacancy)
from samverkan.graph.nx_store import NetworkxStore
from samverkan.graph.schema import DocumentRows, EdgeRow, NodeRow, document_rows

REGION, KARLSKRONA, KARLSHAMN = "Region Blekinge", "Karlskrona kommun", "Karlshamns kommun"
RONNEBY, OLOFSTROM, SOLVESBORG = "Ronneby kommun", "Olofströms kommun", "Sölvesborgs kommun"
HUVUDMAN = (REGION, KARLSKRONA, KARLSHAMN, RONNEBY, OLOFSTROM, SOLVESBORG)
KOMMUNERNA = "kommunerna i Blekinge"
KVALITET = "Enheten för kvalitet och utveckling"

PSVO, LSVO, ALDRAS = "PSVO", "LSVO", "Samverkansgrupp att åldras"
UPH, BARNAHUS = "Styrgrupp Uppdrag psykisk hälsa", "Styrgrupp Barnahus"
NARA_VARD, KUNSKAP = "Styrgrupp för jämlik hälsa, nära vård, stöd och omsorg", "Styrgrupp för Kunskapsstyrning"
FORUM = "Interkommunala forumet"


def org(name: str) -> str:
    return make_id("org", name)


def grp(name: str) -> str:
    return make_id("group", name)


# the huvudmän's colours, as a region's knowledge file gives them
COLOURS = {REGION: "#c0392b", KARLSKRONA: "#2471a3", KARLSHAMN: "#17a589", RONNEBY: "#d68910",
           OLOFSTROM: "#7d3c98", SOLVESBORG: "#2e4053"}


def pid(name: str) -> str:
    return make_id("person", name)


def knowledge_rows() -> tuple[list[NodeRow], list[EdgeRow]]:
    """The regional knowledge seed: huvudmän, a unit, groups with levels, expectations and size rules."""
    nodes = [NodeRow(org(h), "Organisation", {"name": h, "classification": "huvudman", "aliases": [],
                                              "colour": COLOURS[h]})
             for h in HUVUDMAN]
    nodes.append(NodeRow(org(KOMMUNERNA), "Organisation", {"name": KOMMUNERNA, "classification": "huvudman",
                                                           "aliases": ["kommunerna"], "collective": True}))
    nodes.append(NodeRow(org(KVALITET), "Organisation", {"name": KVALITET, "classification": "unit", "aliases": []}))
    every = [org(h) for h in HUVUDMAN]
    groups = [
        (PSVO, "politisk", None, every, None, None, ["Politiskt samverkansorgan"]),
        (LSVO, "strategisk", PSVO, every, None, None, ["LSVO:s ledningsgrupp"]),
        (ALDRAS, "taktisk", LSVO, every, None, None, ["Att åldras"]),
        (UPH, "taktisk", LSVO, None, None, None, ["Styrgrupp UPH"]),
        (BARNAHUS, "operativ", LSVO, None, None, None, []),
        (NARA_VARD, "taktisk", LSVO, [org(REGION), org(KOMMUNERNA)], 2, 4, ["Styrgrupp nära vård"]),
        (KUNSKAP, "taktisk", LSVO, [org(REGION), org(KOMMUNERNA)], 3, None, []),
        (FORUM, None, None, None, None, None, ["Det interkommunala forumet"]),
    ]
    edges = [EdgeRow(make_id("part_of", org(KVALITET), org(REGION)), "PART_OF", org(KVALITET), org(REGION), {})]
    for name, level, parent, expects, lo, hi, aliases in groups:
        props = {"name": name, "level": level, "aliases": aliases}
        if expects:
            props["expects"] = expects
        if lo is not None:
            props["size_min"] = lo
        if hi is not None:
            props["size_max"] = hi
        nodes.append(NodeRow(grp(name), "Group", props))
        if parent:
            edges.append(EdgeRow(make_id("part_of", grp(name), grp(parent)), "PART_OF", grp(name), grp(parent), {}))
    return nodes, edges


class _Doc:
    """Builds one DocumentFacts with little ceremony."""

    def __init__(self, filename: str, group: str, date: str, place: str = "via Teams"):
        self.sha = make_id("sha", filename)[4:]
        self.source = Source(make_id("source", self.sha), f"minutes/{filename}", self.sha)
        self.meeting = Meeting(make_id("meeting", self.sha), self.source.id, grp(group), date, None, "08.15", place, "text")
        self.date = date
        self.people: dict[str, list[Mention]] = {}
        self.groups: set[str] = {group}
        self.orgs: set[str] = set()
        self.items: list[AgendaItem] = []
        self.decisions: list[Decision] = []
        self.attendance: list[Attendance] = []
        self.memberships: list[Membership] = []
        self.assignments: list[Assignment] = []
        self.mandates: list[Mandate] = []
        self.vacancies: list[Vacancy] = []

    def person(self, name: str, form: str | None = None, item: str | None = None) -> str:
        self.people.setdefault(name, []).append(Mention(form or name, item))
        return pid(name)

    def item(self, number: str, title: str, presenters=(), parent: str | None = None) -> str:
        iid = make_id("item", self.sha, len(self.items))
        pids = tuple(self.person(p, item=iid) for p in presenters)
        parent_id = next(i.id for i in self.items if i.number == parent) if parent else None
        self.items.append(AgendaItem(iid, self.meeting.id, self.source.id, number, title, len(self.items),
                                     ("B",), parent_id, pids))
        return iid

    def decide(self, item: str, text: str, classification: str | None = None) -> str:
        did = make_id("decision", self.sha, len(self.decisions))
        self.decisions.append(Decision(did, self.meeting.id, item, self.source.id, text, len(self.decisions),
                                       classification))
        return did

    def attend(self, name: str, status: str, huvudman: str | None, roles=(), paragraphs=(), form=None, unit=None):
        p = self.person(name, form)
        if huvudman:
            self.orgs.add(huvudman)
        self.attendance.append(Attendance(p, self.meeting.id, self.source.id, status, tuple(roles), tuple(paragraphs),
                                          None, None, org(unit) if unit else None, org(huvudman) if huvudman else None))
        if status == "present" and roles:
            self.memberships.append(Membership(make_id("membership", self.sha, "roster", p), p, self.meeting.group_id,
                                               self.source.id, roles[0], org(huvudman) if huvudman else None, None,
                                               self.date, None, "member"))

    def member(self, name: str, group: str, item: str, role=None, on_behalf=None, change="member",
               start=True, end=False) -> None:
        self.groups.add(group)
        p = self.person(name, item=item)
        self.memberships.append(Membership(make_id("membership", self.sha, len(self.memberships)), p, grp(group),
                                           self.source.id, role, org(on_behalf) if on_behalf else None, None,
                                           self.date if start else None, self.date if end else None, change, item))

    def assign(self, item: str, task: str, assignees=(), decision=None, given_by=None, report_to=None, due=None,
               due_date=None, follows_up=()) -> str:
        aid = make_id("assignment", self.sha, len(self.assignments))
        ids = []
        for a in assignees:
            if a in (FORUM, LSVO):
                self.groups.add(a)
                ids.append(grp(a))
            else:
                ids.append(self.person(a, item=item))
        self.assignments.append(Assignment(aid, item, self.source.id, task, tuple(ids), decision,
                                           grp(given_by) if given_by else None, grp(report_to) if report_to else None,
                                           due, due_date, "decision", tuple(follows_up)))
        return aid

    def mandate(self, kind: str, a: str, b: str, item: str, decision: str | None = None) -> None:
        self.groups.update((a, b))
        self.mandates.append(Mandate(make_id("mandate", self.sha, len(self.mandates)), grp(a), grp(b), kind,
                                     self.source.id, decision, item))

    def facts(self) -> DocumentFacts:
        return DocumentFacts(
            self.source, self.meeting,
            persons=tuple(Person(pid(n), n, tuple(ms)) for n, ms in sorted(self.people.items())),
            organisations=tuple(Organisation(org(o), o, "huvudman") for o in sorted(self.orgs)),
            groups=tuple(Group(grp(g), g, mentions=(Mention(g),)) for g in sorted(self.groups)),
            items=tuple(self.items), decisions=tuple(self.decisions), attendance=tuple(self.attendance),
            memberships=tuple(self.memberships), assignments=tuple(self.assignments),
            mandates=tuple(self.mandates), vacancies=tuple(self.vacancies))


def sample_facts() -> list[DocumentFacts]:
    # -- LSVO 2023-11-17 ---------------------------------------------------------------------
    d = _Doc("LSVO_2023-11-17.txt", LSVO, "2023-11-17")
    for name, hm, roles in [
        ("Bodil Sundlöf", REGION, ("ordförande",)), ("Mats Wennstig", REGION, ("sekreterare",)),
        ("Mats Berggren", REGION, ("ledamot",)), ("Annika Mellqvist", REGION, ("ledamot",)),
        ("Annelie Kjellström", SOLVESBORG, ("ledamot",)), ("Robert Schelin", OLOFSTROM, ("ledamot",)),
        ("Gunilla Råberg", KARLSKRONA, ("ledamot",)), ("Tobias Ekblad", RONNEBY, ("ledamot",)),
    ]:
        d.attend(name, "present", hm, roles, unit=KVALITET if name in ("Bodil Sundlöf", "Mats Wennstig") else None)
    d.attend("Torill Skaar Magnusson", "present", KARLSHAMN, ("ledamot",), form="Torill Skaar Magnusson")
    d.attend("Martin Åsman", "absent", SOLVESBORG)
    d.attend("Cecilia Grefve Lang", "absent", KARLSKRONA, form="Cecilia Grefve-Lang")
    d.attend("Anita Sjödahl", "guest", REGION, paragraphs=("110",))
    d.attend("Helen Andersson", "guest", REGION, paragraphs=("117a",))
    i108 = d.item("108", "Godkännande av dagordning", ["Bodil Sundlöf"])
    d.decide(i108, "att godkänna dagordningen")
    i110 = d.item("110", "Uppdrag psykisk hälsa – Ny arbetsmodell för Psykiatriveckan", ["Anita Sjödahl"])
    d.decide(i110, "att informationen noteras", "informational")
    i113 = d.item("113", "Nära vård - Uppdragsbeskrivning länssamordnare", ["Annika Mellqvist"])
    d.decide(i113, "att vid LSVOs möte 240119 tillsätta en mindre styrgrupp med 2 – 4 ledamöter för nära stöd till "
                   "länssamordnare nära vård")
    d.assign(i113, "via mail inhämta synpunkter kring avtalstiden från icke närvarande ledamöter")
    d.vacancies.append(Vacancy(make_id("vacancy", d.sha, 0), d.source.id,
                               "Den kommunala länssamordnaren för nära vård är ännu inte rekryterad",
                               "kommunal länssamordnare nära vård", grp(NARA_VARD), None, i113))
    d.groups.add(NARA_VARD)
    i117 = d.item("117", "Övriga frågor")
    i117a = d.item("a", "Cosmic Link: Genomförande av utbildningsinsatser", ["Helen Andersson"], parent="117")
    dec = d.decide(i117a, "att Helen Andersson och Nuray Iliev utformar ett gemensamt förslag till organisation av "
                          "utbildningsinsatserna i LINK för kommunernas användare")
    link = d.assign(i117a, "utforma ett gemensamt förslag till organisation av utbildningsinsatserna i LINK",
                    ["Helen Andersson"], dec, LSVO, LSVO, "vid LSVO 19 januari", "2024-01-19")
    i117b = d.item("b", "Barnahus: Ersättare för Cecilia Grefve Lang i arbetet", ["Gunilla Råberg"], parent="117")
    d.decide(i117b, "att Emma Stahre ersätter Cecilia Grefve Lang som sammankallande för styrgrupp och arbetsgrupp "
                    "Barnahus")
    d.member("Emma Stahre", BARNAHUS, i117b, "sammankallande", RONNEBY, change="replace")
    d.member("Cecilia Grefve Lang", BARNAHUS, i117b, "sammankallande", change="leave", start=False, end=True)
    i117c = d.item("c", "Uppdrag psykisk hälsa: Styrgrupp",
                   ["Annika Mellqvist", "Annelie Kjellström", "Robert Schelin"], parent="117")
    d.decide(i117c, "att skapa en styrgrupp som under LSVO leder utvecklingen av arbetet inom uppdrag psykisk hälsa")
    compose = d.decide(i117c, "att Annika Mellqvist, Annelie Kjellström, Martin Åsman och Robert Schelin utgör "
                              "styrgrupp Uppdrag psykisk hälsa")
    look = d.decide(i117c, "att undersöka möjligheten att använda en motsvarande modell för styrgrupp i Nära vård")
    d.member("Annika Mellqvist", UPH, i117c, "ledamot", REGION)
    d.member("Annelie Kjellström", UPH, i117c, "ledamot", SOLVESBORG)
    d.member("Martin Åsman", UPH, i117c, "ledamot", SOLVESBORG)
    d.member("Robert Schelin", UPH, i117c, "ledamot")  # huvudman only from his attendance
    d.mandate("delegates", LSVO, UPH, i117c, compose)
    d.mandate("reports_to", UPH, LSVO, i117c, compose)
    d.assign(i117c, "undersöka möjligheten att använda en motsvarande modell för styrgrupp i Nära vård",
             [FORUM], look, LSVO, LSVO, "vid LSVO 19 januari", "2024-01-19")
    lsvo1 = d

    # -- LSVO 2024-01-19 ---------------------------------------------------------------------
    d = _Doc("LSVO_2024-01-19.txt", LSVO, "2024-01-19")
    for name, hm, roles in [
        ("Bodil Sundlöf", REGION, ("ordförande",)), ("Mats Wennstig", REGION, ("sekreterare",)),
        ("Annika Mellqvist", REGION, ("ledamot",)), ("Annelie Kjellström", SOLVESBORG, ("ledamot",)),
        ("Robert Schelin", OLOFSTROM, ("ledamot",)), ("Gunilla Råberg", KARLSKRONA, ("ledamot",)),
        ("Tobias Ekblad", RONNEBY, ("ledamot",)),
    ]:
        d.attend(name, "present", hm, roles)
    d.attend("Torill Skaar Magnusson", "absent", KARLSHAMN, form="Torill Skaar-Magnusson")
    d.attend("Martin Åsman", "absent", SOLVESBORG, form="Martin Åsman")
    d.attend("Helen Andersson", "guest", REGION, paragraphs=("3",))
    i1 = d.item("1", "Godkännande av dagordning", ["Bodil Sundlöf"])
    d.decide(i1, "att godkänna dagordningen")
    i3 = d.item("3", "Cosmic Link: Utbildningsinsatser – återrapport", ["Helen Andersson"])
    d.decide(i3, "att godkänna förslaget till utbildningsinsatser i LINK")
    d.assign(i3, "återrapportera förslaget till organisation av utbildningsinsatserna i LINK", ["Helen Andersson"],
             given_by=LSVO, follows_up=(link,))
    i4 = d.item("4", "Kunskapsstyrning: Länsgemensam styrgrupp", ["Annika Mellqvist"])
    d.decide(i4, "att inrätta en länsgemensam styrgrupp för Kunskapsstyrning inom LSVO")
    d.member("Annika Mellqvist", KUNSKAP, i4, "sammankallande", REGION)
    d.mandate("delegates", LSVO, KUNSKAP, i4)
    lsvo2 = d

    # -- Samverkansgrupp att åldras: Pernilla Haraldsson absent twice in a row ---------------
    docs = []
    for filename, date, pernilla in [("Aldras_2023-12-18.txt", "2023-12-18", "absent"),
                                     ("Aldras_2024-01-22.txt", "2024-01-22", "absent")]:
        d = _Doc(filename, ALDRAS, date, "Karlskrona")
        d.attend("Mats Wennstig", "present", REGION, ("ordförande",), unit=KVALITET)
        d.attend("Sandra Johansson", "present", KARLSKRONA, ("sekreterare",))
        d.attend("Magnus Wickenberg", "present", RONNEBY, ("ledamot",))
        d.attend("Pernilla Haraldsson", pernilla, KARLSHAMN)
        i = d.item("1", "Godkännande av dagordningen", ["Mats Wennstig"])
        d.decide(i, "att godkänna dagordningen")
        i3 = d.item("3", "Protokoll LSVO:s ledningsgrupp", ["Mats Wennstig"])
        d.decide(i3, "att informationen noteras", "informational")
        if date == "2023-12-18":
            d.assign(i3, "se över dokumentet Kontaktvägar särskilda händelser", ["Mats Wennstig"], given_by=ALDRAS,
                     due="till nästa möte")
            d.mandate("reports_to", ALDRAS, LSVO, i3)
        docs.append(d)
    return [lsvo1.facts(), lsvo2.facts(), *(d.facts() for d in docs)]


def sample_documents() -> list[DocumentRows]:
    """The sample minutes as the rows both stores receive."""
    return [document_rows(f) for f in sample_facts()]


def fill_store(store) -> None:
    """Write the knowledge seed and the sample documents into any store."""
    store.write_knowledge(*knowledge_rows())
    for rows in sample_documents():
        store.write_document(rows)


def sample_store(path) -> NetworkxStore:
    """A writable embedded store at ``path`` (a folder or file) holding the sample graph."""
    path = Path(path)
    store = NetworkxStore(path / "graph.sqlite" if path.is_dir() or not path.suffix else path)
    fill_store(store)
    store.flush()
    return store
