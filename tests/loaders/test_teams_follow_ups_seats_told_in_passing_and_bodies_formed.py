"""Habits of secretaries of nämnder, ledningsgrupper and taktiska samverkansgrupper: a Teams meeting's attendance
report ("Senast lämnat") and its follow-up tasks ("[ ] … / Tilldelad till: … Förfaller: …"); seats told in
passing ("Holmby: A ersätter B", "A är sedan oktober kommunens representant i G, där hon efterträdde B", "KB
anmäler att A är Åby kommuns ersättare i G från och med i dag", "Den andra ledamotsplatsen innehas av A",
"Ekby kommun har utsett henne till ordinarie ledamot …", "A går in som Åbys ordinarie ledamot under tiden");
bodies formed in the present ("gruppen bildar Arbetsgrupp X med A som sammankallande och en representant per
kommun"), an uppdrag handed on ("LGN överlämnade … uppdraget att … till samverkansgruppen"), a reporting line from
a day ("rapporterar från och med mars till …"), and a nämnd's duties given to its chairs by rank ("ordföranden och
1:e vice ordföranden företräder nämnden …") and to the förvaltning its chef's title names. Each read on a small
minutes of its own, with made-up names.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

TEAMS = """Samverkansgrupp Demens i Norrdal – möte 3/2026
Microsoft Teams-möte
tisdag 6 oktober 2026 13:00–14:30

Närvarorapport

Deltagare
Namn\tFörsta anslutning\tSenast lämnat\tVaraktighet\tE-post\tRoll
Lisa Berg\t2026-10-06 12:57\t2026-10-06 14:33\t1 h 36 min\tlisa.berg@regionnorrdal.se\tOrganisatör
Omar Said\t2026-10-06 12:59\t2026-10-06 14:32\t1 h 33 min\tomar.said@aby.se\tDeltagare
Tove Lind\t2026-10-06 13:00\t2026-10-06 14:33\t1 h 33 min\ttove.lind@ekby.se\tDeltagare
Maja Sten\t2026-10-06 13:02\t2026-10-06 14:30\t1 h 28 min\tmaja.sten@byn.se\tDeltagare

Anteckningar

Samverkansgruppen är taktisk, arbetar på uppdrag av LGN (Ledningsgruppen för vård och omsorg i Norrdal) och
rapporterar dit två gånger per år.

1. Sammansättning
   • Byn: Maja Sten ersätter Ulf Ek, som har gått i pension.
   • Ella Nyström är föräldraledig från november. Tove går in som Ekbys ordinarie ledamot under tiden.

2. Uppdrag från LGN
   • LGN överlämnade den 17 september uppdraget att kartlägga hur tandvård når boende i LSS-boenden till
     samverkansgruppen.
   • Beslut: gruppen bildar Arbetsgrupp tandvård i LSS-boenden med Omar som sammankallande och en representant
     per kommun. Arbetsgruppen rapporterar till samverkansgruppen.

Uppföljningsuppgifter

[ ] Skicka kartläggningsmallen till kommunerna
    Tilldelad till: Omar Said    Förfaller: 2026-10-20
[x] Boka lokal för workshop
    Tilldelad till: Tove Lind    Förfaller: 2026-10-02
[ ] Ta fram antal boende per kommun
    Tilldelad till: Åby, Ekby    Förfaller: 2026-11-13
"""


def test_a_teams_report_and_its_follow_up_tasks(tmp_path):
    f = load_text(tmp_path, "sg.txt", TEAMS)
    # the report's "Roll" column says how each took part, never where they work
    assert not any(org == "Deltagare" for _, org, _ in f["memberships"])
    tasks = dict((t, who) for who, t in f["assignments"])
    assert tasks.get("skicka kartläggningsmallen till kommunerna") == ("Omar Said",)
    assert tasks.get("boka lokal för workshop") == ("Tove Lind",)
    # the kommuner by their places, known from the report's mail domains ("@aby.se": Åby kommun)
    assert tasks.get("ta fram antal boende per kommun") == ("Ekby kommun", "Åby kommun")


def test_seats_told_in_notes(tmp_path):
    f = load_text(tmp_path, "sg.txt", TEAMS)
    ms = set(f["memberships"])
    assert ("Maja Sten", "Samverkansgrupp Demens i Norrdal", "replace") in ms
    assert ("Ulf Ek", "Samverkansgrupp Demens i Norrdal", "leave") in ms
    assert ("Tove Lind", "Samverkansgrupp Demens i Norrdal", "join") in ms


def test_a_body_formed_in_the_present_and_an_uppdrag_handed_on(tmp_path):
    f = load_text(tmp_path, "sg.txt", TEAMS)
    sg, ag = "Samverkansgrupp Demens i Norrdal", "Arbetsgrupp tandvård i LSS-boenden"
    mandates = set(f["mandates"])
    assert (sg, ag, "delegates") in mandates and (ag, sg, "reports_to") in mandates
    assert ("Omar Said", ag, "join") in set(f["memberships"])
    assert any(who == ("Omar Said",) and t.startswith("vara sammankallande i Arbetsgrupp tandvård")
               for who, t in f["assignments"])
    # the uppdrag handed on is delegated with its work, no matter referred
    assert ("LGN", sg, "delegates") in mandates and ("LGN", sg, "refers") not in mandates
    assert any(who == (sg,) and t.startswith("kartlägga hur tandvård") for who, t in f["assignments"])
    # the level told before the uppdrag and the report
    assert (sg, "LGN", "reports_to") in mandates


RLG = """# Protokoll – Ledningsgruppen för vård och omsorg i Norrdal (LGN)

**Datum:** 2027-02-12

## Närvaro
- Eva Lund, hälso- och sjukvårdsdirektör, Region Norrdal – *ordförande*
- Per Ek, socialchef, Åby kommun
- Kim Berg, socialchef, Ekby kommun (KB)
- Saga Holm, sekreterare

## § 1/27 Mötets öppnande

Ordföranden hälsar Lisa Strand välkommen. Ekby kommun har utsett henne till ordinarie ledamot i LGN efter Maria Ros,
som har lämnat kommunen.

## § 2/27 Korttidsplatser

**Beslut**
1. Arbetsgrupp för växelvård rapporterar från och med mars 2027 till Samverkansgrupp Äldre.

## § 3/27 Ersättare

KB anmäler att Olle Nord, socialchef, är Ekby kommuns ersättare i LGN från och med i dag.

## § 4/27 Beredningen

Tjänstemannaberedningen bereder i dag ärenden till Politiskt samråd Norrdal.
"""


def test_seats_told_by_a_pronoun_and_by_the_one_who_reports_them(tmp_path):
    f = load_text(tmp_path, "lgn.md", RLG)
    ms = set(f["memberships"])
    lgn = next(g for _, g, c in f["memberships"] if c == "member")
    assert ("Lisa Strand", lgn, "replace") in ms and ("Maria Ros", lgn, "leave") in ms
    assert ("Olle Nord", lgn, "join") in ms
    assert not any(t.startswith("anmäla att") for _, t in f["assignments"])  # told, no task of the one telling it


def test_a_reporting_line_from_a_day_is_no_task(tmp_path):
    f = load_text(tmp_path, "lgn.md", RLG)
    assert ("Arbetsgrupp för växelvård", "Samverkansgrupp Äldre", "reports_to") in set(f["mandates"])
    # the matters a beredning prepares for a council, how things stand now told between
    assert ("Tjänstemannaberedningen", "Politiskt samråd Norrdal", "reports_to") in set(f["mandates"])
    assert not any(who == ("Arbetsgrupp för växelvård",) for who, _ in f["assignments"])


NAMND = """NORRBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL
Vård- och omsorgsnämnden                Sammanträdesdatum 2026-02-10

Plats och tid       Kommunhuset, kl. 09.00–11.00

Beslutande          Eva Lindqvist (S), ordförande
                    Per Nyholm (M), 1:e vice ordförande
                    Kim Sandberg (C), 2:e vice ordförande
                    Ola Berg (S)

Övriga närvarande   Lisa Ahl, förvaltningschef vård och omsorg
                    Hanna Berg, nämndsekreterare

Utses att justera   Ola Berg (S)

§ 1  Entledigande och fyllnadsval – Lokala närvårdsrådet i Norrby

Ulla Ek (KD) har begärt entledigande från uppdraget som ledamot i Lokala närvårdsrådet i Norrby. Den andra
ledamotsplatsen innehas av Ola Berg (S) och ersättare är Kim Sandberg (C).

Vård- och omsorgsnämnden beslutar
att entlediga Ulla Ek (KD) från uppdraget som ledamot i Lokala närvårdsrådet i Norrby,
att välja Kim Sandberg (C) till ny ledamot i rådet,
att valet av ny ersättare efter Kim Sandberg bordläggs till nämndens sammanträde i mars.

§ 2  Korttidsplatser

Vård- och omsorgsnämnden beslutar
att ge förvaltningen i uppdrag att utreda behovet av korttidsplatser,
att ordföranden och 1:e vice ordföranden företräder nämnden i dialogen med regionen om betalningsansvaret,
att överlämna ärendet till kommunstyrelsen för fortsatt beredning.

§ 3  Förvaltningschefen informerar

Lisa Ahl informerar om
- att enhetschef Mira Sand från den 1 oktober ersätter Lena Olsson som Norrby kommuns representant i
  Samverkansgrupp Demens,
- att enhetschef Nora Vik är sedan oktober kommunens representant i Samverkansgrupp Äldre, där hon efterträdde
  Sven Ahl.
"""


def test_a_namnds_seats_told_by_who_holds_them_and_left_for_later(tmp_path):
    f = load_text(tmp_path, "von.txt", NAMND)
    ms = set(f["memberships"])
    lnr = "Lokala närvårdsrådet i Norrby"
    assert ("Ola Berg", lnr, "member") in ms
    assert ("Kim Sandberg", lnr, "leave") in ms  # the ersättare seat she leaves, filled later
    assert not any(t.startswith("inneha") for _, t in f["assignments"])


def test_changes_listed_under_what_the_chef_tells(tmp_path):
    f = load_text(tmp_path, "von.txt", NAMND)
    ms = set(f["memberships"])
    assert ("Mira Sand", "Samverkansgrupp Demens", "replace") in ms and ("Lena Olsson", "Samverkansgrupp Demens", "leave") in ms
    assert ("Nora Vik", "Samverkansgrupp Äldre", "replace") in ms and ("Sven Ahl", "Samverkansgrupp Äldre", "leave") in ms


def test_duties_of_the_chairs_by_rank_and_of_the_forvaltning_by_its_chefs_title(tmp_path):
    f = load_text(tmp_path, "von.txt", NAMND)
    tasks = {t: who for who, t in f["assignments"]}
    assert tasks.get("företräda nämnden i dialogen med regionen om betalningsansvaret") == ("Eva Lindqvist", "Per Nyholm")
    assert tasks.get("utreda behovet av korttidsplatser", ("",))[0].startswith("Vård- och omsorgsförvaltningen")
    # the body handed the matter, not "kommunstyrelsen för fortsatt"
    assert any(frm.startswith("Vård- och omsorgsnämnden") and to.startswith("Kommunstyrelsen") and not "fortsatt" in to
               and kind == "refers" for frm, to, kind in f["mandates"])
