"""A förbund's or samråd's members as those a decision turns to: "varje medlem utser …", "rekommendera medlemmarna
att …": each organisation the roster seats members for (the region, the kommuner, the state's agencies)."""
from __future__ import annotations

from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedDecision, ParsedItem, ParsedMinutes

BODY = "Medlemssamrådet, Samordningsförbundet Åby"
ROSTER = (("Eva Ek", "Region Åby"), ("Bo Lind", "Tallviks kommun"), ("Siv Berg", "Försäkringskassan"),
          ("Kim Ahl", "Arbetsförmedlingen"))
MEMBERS = ["Region Åby", "Tallviks kommun", "Försäkringskassan", "Arbetsförmedlingen"]


def _read(decisions=(), text="", roster=ROSTER, body=BODY):
    attendance = [AttendanceEntry(name=n, status="present", roles=["ledamot"], organisation=o) for n, o in roster]
    attendance.append(AttendanceEntry(name="Ola Ås", status="guest", roles=["sekreterare"], title="förbundschef",
                                      organisation="Samordningsförbundet Åby"))
    decs = [ParsedDecision(item="1", text=t, position=i, decided_by=body) for i, t in enumerate(decisions)]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=attendance,
                                           items=[ParsedItem(number="1", title="Punkt", body=text)], decisions=decs))


def test_each_member_appoints_a_representative():
    r = _read(["varje medlem utser en representant till arbetsgruppen före den 1 juni 2027"])
    tasks = [(a.assignees, a.task) for a in r.assignments]
    assert (MEMBERS + ["medlemmarna"], "utse en representant till arbetsgruppen före den 1 juni 2027") in tasks


def test_the_members_told_in_the_running_text():
    r = _read(text="Medlemmarna anmäler sina företrädare till förbundschefen senast den 1 maj.")
    assert [a.assignees for a in r.assignments] == [MEMBERS + ["medlemmarna"]]


def test_a_council_of_people_gives_no_member_organisations():
    r = _read(text="Medlemmarna anmäler sina namn till sekreteraren senast den 1 maj.",
              roster=(("Eva Ek", "RSMH Åby"), ("Bo Lind", "FUB Åby")), body="Brukarrådet Åby")
    assert not any("medlemmarna" in a.assignees for a in r.assignments)


def test_a_recommendation_to_the_members_goes_to_each():
    r = _read(["rekommendera medlemmarna att behålla medlemsbidraget för 2028 på 2027 års nivå"])
    got = sorted((m.from_body, m.to_body, m.kind) for m in r.mandates)
    assert got == sorted((BODY, o, "recommends") for o in MEMBERS)


def test_respektive_medlem_in_the_running_text():
    r = _read(text="Medlemssamrådet rekommenderar respektive medlem att anta den gemensamma planen.")
    assert sorted(m.to_body for m in r.mandates if m.kind == "recommends") == sorted(MEMBERS)


def test_an_organ_of_each_owner_kommun():
    owners = (("Eva Ek", "Åby kommun"), ("Bo Lind", "Tallviks kommun"), ("Siv Berg", "Ekå kommun"))
    r = _read(["Ägarrådet rekommenderar kommunfullmäktige i respektive ägarkommun att fastställa VA-taxan för 2027."],
              roster=owners, body="Ägarrådet Åbyvatten AB")
    assert sorted(m.to_body for m in r.mandates if m.kind == "recommends") == sorted(o for _, o in owners)
