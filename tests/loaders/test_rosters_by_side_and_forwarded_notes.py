"""Rosters told a huvudman at a time, forwarded notes and tasks of a role, read on small minutes of their own:
a network's roster in sentences ("Från Åby kommun deltog elevhälsochef X och skolsköterska Y. Öby kommun
företräddes av Z. Ryd kommun var inte företrädd; W hade anmält förhinder."); a working group's roster going on
with a kommun by its place alone and the verb left out ("Lindesund företräddes av A (AR) och Tallmo av B (LK)");
a närvårdsråd's roster by side ("Närvarande från kommunen: …" / "Närvarande från regionen: …"), its members and
not the staff a council lists "Från kommunen"; notes forwarded with "VB:" whose meeting was "gårdagens" for the
forwarding message, not for the quoted one, and whose own title "Minnesanteckningar – X" names the body the
mailing list shortens; titles in brackets after names; and tasks of a role told by what it heads ("Enhetschefen för
hemsjukvården sammankallar arbetsgruppen före midsommar") or as the agent of a modal passive ("Frågan ska lyftas
till styrgruppen av ordföranden").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str = "x.md"):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _status(p) -> dict[str, str]:
    return {a.name: a.status for a in p.attendance}


SIDE_SENTENCES = """# Rektorsnätverket – minnesanteckningar

**Datum:** torsdag 4 mars 2027, kl. 08.30–10.30
**Plats:** Åby kommunhus, rum Lärkan
**Sammankallande:** Olle Fager, Öby kommun

## Närvaro

Från Åby kommun deltog rektor Stina Malm och specialpedagog Jon Kvist. Öby kommun företräddes av Olle Fager,
rektor, som ledde mötet. Ryds kommun var inte företrädd; Vera Hed, biträdande rektor, hade anmält förhinder.
Från Region Norrland deltog Lisa Sund, Barnhälsovården, som adjungerad under punkt 2. Ebba Rom, utvecklare på
Utbildningsförvaltningen i Åby, deltog som gäst under punkt 3.

## 1. Inledning

Olle hälsade välkommen. Anteckningarna från 2 februari godkändes.

## 2. Barnhälsovården

Lisa Sund informerade om överlämningen till skolan.

## 3. Fortbildning

Ebba Rom redogjorde för planeringen.
"""


def test_roster_told_a_huvudman_a_sentence():
    p, _ = _read(SIDE_SENTENCES)
    st = _status(p)
    assert st["Stina Malm"] == "present" and st["Jon Kvist"] == "present" and st["Olle Fager"] == "present"
    assert st["Vera Hed"] == "absent"
    assert st["Lisa Sund"] == "guest" and st["Ebba Rom"] == "guest"
    jon = next(a for a in p.attendance if a.name == "Jon Kvist")
    assert jon.title == "specialpedagog" and jon.organisation == "Åby kommun"


GAPPED = """ARBETSGRUPP ANHÖRIGSTÖD
Region Norrland och kommunerna Åby, Öby och Ryd

Anteckningar från möte tisdag 9 mars 2027, kl. 09.30–11.30
Plats: Teams

Vid mötet deltog Gun Berg (GB), enhetschef i Åby, som är sammankallande. Öby företräddes av Alva Lund (AL)
och Ryd av Pia Ek (PE). Bo Sten (BS), Region Norrland, hade anmält förhinder.

1. Föregående anteckningar
GB öppnade mötet. Anteckningarna godkändes.
"""


def test_roster_goes_on_with_the_kommun_by_its_place_and_the_verb_left_out():
    p, _ = _read(GAPPED, "x.txt")
    st = _status(p)
    assert st.get("Alva Lund") == "present" and st.get("Pia Ek") == "present"
    assert st.get("Bo Sten") == "absent"


FORWARDED = """Från: Kim Ros <kim.ros@aby.se>
Skickat: den 15 april 2027 08:10
Till: Eva Dahl <eva.dahl@regionnorrland.se>
Ämne: VB: Anteckningar närvårdsrådet 14/4

Hej Eva!
Här är anteckningarna från gårdagens möte.
/Kim

-----Ursprungligt meddelande-----
Från: Kim Ros
Skickat: den 14 april 2027 17:02
Till: Närvårdsrådet Åby
Ämne: Anteckningar närvårdsrådet 14/4

Minnesanteckningar – Lokala närvårdsrådet i Åby
Onsdag 14 april 2027 kl. 13.00–15.00, Åby kommunhus

Närvarande från kommunen: Anna Holm (socialchef, ordf.), Per Viklund (enhetschef hemsjukvård), Kim Ros
(MAS, anteckningar).
Närvarande från regionen: Lars Bergman (vårdcentralschef).
Förhinder: Siv Ahl (geriatriken).

1. Föregående anteckningar
Beslut: Anteckningarna läggs till handlingarna.

2. Rehabilitering efter höftfraktur
Åtgärd: Enhetschefen för hemsjukvården sammankallar arbetsgruppen före midsommar.
Åtgärd: Vårdcentralschefen tar fram statistik över antalet höftfrakturer.

3. Övriga frågor
Per tog upp att rehabpersonalen saknar tillgång till röntgensvar. Frågan ska lyftas till Styrgrupp Nära vård
Norrland av ordföranden.
"""


def test_forwarded_notes_dated_by_the_forwarding_message_and_titled_by_their_own_heading():
    p, _ = _read(FORWARDED, "x.txt")
    assert p.date == "2027-04-14"  # "gårdagens möte" in the message sent the 15th
    assert p.body == "Lokala närvårdsrådet i Åby"
    assert "Närvårdsrådet Åby" not in {a.name for a in p.attendance}


def test_a_two_sided_roster_by_huvudman_seats_both_sides():
    p, _ = _read(FORWARDED, "x.txt")
    st = _status(p)
    assert st["Anna Holm"] == st["Per Viklund"] == st["Kim Ros"] == st["Lars Bergman"] == "present"
    assert st["Siv Ahl"] == "absent"
    lars = next(a for a in p.attendance if a.name == "Lars Bergman")
    assert lars.title == "vårdcentralschef"  # a title in brackets after the name


def test_tasks_of_a_role_by_what_it_heads_and_as_a_passive_agent():
    _, r = _read(FORWARDED, "x.txt")
    tasks = {(tuple(a.assignees), a.task.split(" ")[0]) for a in r.assignments}
    assert (("Per Viklund",), "sammankalla") in tasks
    assert (("Lars Bergman",), "ta") in tasks
    assert any(a.assignees == ["Anna Holm"] and a.task.startswith("lyfta frågan till Styrgrupp") for a in r.assignments)
    assert any(m.kind == "refers" and m.to_body.startswith("Styrgrupp Nära vård") for m in r.mandates)


def test_a_council_s_staff_from_the_kommun_stay_guests():
    text = """Kommunala pensionärsrådet – protokoll
Datum: 3 mars 2027
Närvarande ledamöter: Eva Rask (ordförande), Olof Ek
Från kommunen: Mia Sand, förvaltningschef

1. Information
Mia Sand informerade om budgeten.
"""
    p, _ = _read(text, "x.txt")
    assert _status(p).get("Mia Sand") == "guest"
