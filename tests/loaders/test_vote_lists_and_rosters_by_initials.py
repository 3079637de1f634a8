"""Habits of the secretaries of sister minutes: a nämnd's protocol whose
"Beslutande" points to a "NÄRVARO- OCH OMRÖSTNINGSLISTA" at its end, laid out with headings over two lines
("Tjänstgörande" / "ersättare") and vote columns; a working group's terse notes whose roster gives each person
by initials with the name in brackets after ("EB (Elin Borg, Region X, ordf.)"), absences under "Ej närv:",
action points "AP: AN + SH – förslag … → nästa möte" and a styrgrupp named once with its short form in
brackets ("Styrgrupp Nära vård (SG)") but called "SG" before and after; and a förbund's board whose PDF title
page puts the label "Beslutande ledamöter" and a long first name line on one line. Each read on a small minutes
of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


VOTE_ROSTER = """ÅBY KOMMUN                                PROTOKOLL
Omsorgsnämnden                            Sammanträdesdatum 2026-01-27

Plats och tid              Kommunhuset, rum Laxen, kl. 13.30–16.05

Beslutande                 Se bifogad närvaro- och omröstningslista, sidan 3

Övriga deltagande          Gunn Ek, förvaltningschef

Utses att justera          Bo Hägg (M)


ON § 1

Val av justerare

Beslut
Omsorgsnämnden utser Bo Hägg (M) att justera dagens protokoll.


ON § 2

Information

Beslut
Omsorgsnämnden tackar för informationen.


ÅBY KOMMUN                                               Sida 3 (3)
Omsorgsnämnden 2026-01-27

NÄRVARO- OCH OMRÖSTNINGSLISTA

                                      Tjänstgörande          Närv.   § 2
Ledamöter                             ersättare                      Ja  Nej  Avstår
-------------------------------------------------------------------------------
Ann Lund (S), ordförande                                     X       X
Bo Hägg (M), 1:e vice ordf.                                  X       X
Åsa Matt (S)                          Rolf Lind (S)          X       X
Lina Sahl (SD)                                               X           X
-------------------------------------------------------------------------------
Summa                                                        4       3   1    0

Ersättare (ej tjänstgörande)                                 Närv.
-------------------------------------------------------------------------------
Maja Strand (KD)                                             X
Kent Nord (M)                                                –
"""


def test_a_roster_with_the_votes_appended_at_the_end_is_the_attendance(tmp_path):
    """"Beslutande: Se bifogad närvaro- och omröstningslista": the roster at the end is read; its headings over
    two lines make "Tjänstgörande ersättare" a column, so Åsa Matt is away and Rolf Lind serves in her seat;
    the vote columns ("§ 2 Ja", "Nej", "Avstår") are no one's."""
    f = load_text(tmp_path, "von.txt", VOTE_ROSTER)
    att = {n: (st, roles) for n, st, roles in f["attendance"]}
    assert att["Åsa Matt"][0] == "absent"
    assert att["Rolf Lind"] == ("present", ("ersättare",))
    assert att["Lina Sahl"][0] == "present"
    assert att["Kent Nord"][0] == "absent" and att["Maja Strand"][0] == "present"
    assert not any(n.startswith(("Ja", "Summa")) for n in att)


TERSE_NOTES = """# Arbetsgrupp palliativ vård – anteckningar

**Tis 20/1 2026**, kl 08.15–09.30, Teams

**Närv:** EB (Elin Borg, Region Norrby, utv.ledare – ordf.), AN (Anna Nord, ssk hemsjukvården, Åby), SH (Sofia Haap, spec.ssk, Region Norrby)
**Ej närv:** PE (Per Edlund, överläkare, Region Norrby)
**Ant:** AN

### 1. Uppdraget från SG
- Styrgrupp Nära vård (SG) gav 19/11 gruppen i uppdrag att ta fram gemensam rutin för brytpunktssamtal.
- AP: AN + SH – förslag gemensam ordinationsmall → nästa möte
- AP: EB – utkast uppdragsbeskrivning – v. 4
"""


def test_a_roster_by_initials_with_the_names_in_brackets_and_its_action_points(tmp_path):
    """"EB (Elin Borg, …)" is Elin Borg, present; "Ej närv:" lists the absent; "AP: AN + SH – förslag …" is a task
    of both; "Styrgrupp Nära vård (SG)" is the body "SG" names (no group "SG" of its own), the one that gave the
    group its task "19/11" (a day, no part of whom it gave it)."""
    f = load_text(tmp_path, "pall.md", TERSE_NOTES)
    att = {n: st for n, st, _ in f["attendance"]}
    assert att == {"Elin Borg": "present", "Anna Nord": "present", "Sofia Haap": "present", "Per Edlund": "absent"}
    assert any(set(who) == {"Anna Nord", "Sofia Haap"} and t.startswith("förslag gemensam ordinationsmall")
               for who, t in f["assignments"])
    assert any(who == ("Arbetsgrupp palliativ vård",) and t.startswith("ta fram gemensam rutin")
               for who, t in f["assignments"])
    assert ("Styrgrupp Nära vård", "Arbetsgrupp palliativ vård", "delegates") in [
        (a, b, "delegates") for a, b, _ in f["mandates"]]
    assert not any("SG" in (a, b) for a, b, _ in f["mandates"])


BOARD_PDF_TEXT = """SAMORDNINGSFÖRBUNDET NORRBY PROTOKOLL
Styrelsen\tSammanträdesdatum 2026-02-06
Styrelsen för Samordningsförbundet Norrby
Plats och tid Regionhuset, sal Fyren, fredag 6 februari 2026 kl. 09.00–11.40
Beslutande ledamöter Eva Lindahl-Berg (C), Region Norrby, ordförande
Kjell Aronsson (S), Åby kommun, vice ordförande
Annelie Brandt, Försäkringskassan
Förhinder Olof Rehn (S), Ekå kommun
Justerare Kjell Aronsson
§ 1 Mötets öppnande
Beslut
Dagordningen godkänns.
"""


def test_a_long_first_line_after_the_beslutande_label_is_read(tmp_path):
    """"Beslutande ledamöter Eva Lindahl-Berg (C), Region Norrby, ordförande": past sixty characters the label
    and the first ledamot are still read apart."""
    f = load_text(tmp_path, "styrelse.txt", BOARD_PDF_TEXT)
    att = {n: st for n, st, _ in f["attendance"]}
    assert att.get("Eva Lindahl-Berg") == "present" and att.get("Annelie Brandt") == "present"
    assert att.get("Olof Rehn") == "absent"


SEATS_TOLD = """ÅBY KOMMUN
Omsorgsnämnden
Protokoll 2026-01-27

Beslutande: Ann Lund (S), ordförande, Bo Hägg (M)

§ 8 Förvaltningschefen informerar

Gunn Ek informerar om

- att Sara Holm-Eriksson har lämnat Processteam vårdövergångar. Förvaltningen har utsett
  Mehmet Yilmaz till Åby kommuns nya representant i processteamet,

- sjukfrånvaron inom hemtjänsten.
"""


def test_a_seat_left_in_a_named_team_and_the_successor_appointed_to_it(tmp_path):
    """"X har lämnat Processteam vårdövergångar": the team left is the one named, not the nämnd that met;
    "Förvaltningen har utsett Y till Åby kommuns nya representant i processteamet": Y's seat in that team."""
    f = load_text(tmp_path, "von.txt", SEATS_TOLD)
    assert ("Sara Holm-Eriksson", "Processteam vårdövergångar", "leave") in f["memberships"]
    assert ("Mehmet Yilmaz", "Processteam vårdövergångar", "join") in f["memberships"]
    assert not any(p == "Sara Holm-Eriksson" and g.startswith("Omsorgsnämnden") for p, g, _ in f["memberships"])


TERSE_SEATS = """# Arbetsgrupp palliativ vård – anteckningar

**Tis 20/1 2026**, kl 08.15–09.30, Teams

**Närv:** EB (Elin Borg, Region Norrby), AN (Anna Nord, Åby), PE (Per Edlund, Region Norrby), NB (Nils Berg, Ekå)

### 6. Gruppen
- PE har bett att få gå ur gruppen.
- Gruppen valde AN till sammankallande efter EB fr.o.m. v. 6.
- Lisa Holm, enhetschef vuxenenheten, blir ny ersättare för Ekå.
"""


def test_seats_told_by_initials_and_a_new_ersättare_for_a_kommun(tmp_path):
    """"PE har bett att få gå ur gruppen": PE leaves; "Gruppen valde AN till sammankallande efter EB": AN takes the
    seat after EB, a duty decided; "Lisa Holm … blir ny ersättare för Ekå": a seat in the group that met."""
    f = load_text(tmp_path, "pall.md", TERSE_SEATS)
    ms = f["memberships"]
    assert ("Per Edlund", "Arbetsgrupp palliativ vård", "leave") in ms
    assert ("Anna Nord", "Arbetsgrupp palliativ vård", "replace") in ms
    assert ("Elin Borg", "Arbetsgrupp palliativ vård", "leave") in ms
    assert ("Lisa Holm", "Arbetsgrupp palliativ vård", "join") in ms


TASK_TO_SET_UP = """# Styrelsen för Samordningsförbundet Norrby – protokoll

**Datum:** 2026-02-06

**Närvarande:** Nils Berg (Åby kommun), ordförande

## 6. Unga vuxna
Henrik Nyqvist informerar om att Regionala ledningsgruppen för vård och omsorg (RLG) har gett Samverkansgrupp barn och
unga i uppdrag att inrätta en arbetsgrupp för unga vuxna som varken arbetar eller studerar. Arbetsgruppen rapporterar
till samverkansgruppen.

Beslut: Styrelsen beslutar att förbundet deltar i arbetsgruppen för unga vuxna utanför arbete och studier.
"""


def test_a_group_another_body_is_tasked_to_set_up_is_not_the_boards(tmp_path):
    """"RLG har gett Samverkansgrupp barn och unga i uppdrag att inrätta en arbetsgrupp …": RLG's task to the
    samverkansgrupp, no group the board sets up; the fuller name the decision gives the group later is the same group."""
    f = load_text(tmp_path, "sf.md", TASK_TO_SET_UP)
    kinds = {(a, b) for a, b, _ in f["mandates"]}
    assert ("Regionala ledningsgruppen för vård och omsorg", "Samverkansgrupp barn och unga") in kinds
    assert not any(a.startswith("Styrelsen") for a, _ in kinds)
    assert any(who == ("Samverkansgrupp barn och unga",) and t.startswith("inrätta en arbetsgrupp")
               for who, t in f["assignments"])


SET_UP_WITH_TASK = """# Samverkansgrupp psykisk hälsa – minnesanteckningar

**Datum:** 2026-01-22

**Närvarande:** Tobias Engqvist (Region Norrby), ordförande, Nils Berg (Åby kommun)

## 2. Suicidprevention
Samverkansgruppen beslutade

att tillsätta Arbetsgrupp suicidprevention med uppdrag att ta fram ett utkast till handlingsplan till mötet den 7 maj.

## 3. Mobilt team
Samverkansgruppen beslutade att lyfta frågan om finansiering till RLG. Ordföranden för fram frågan vid RLG:s möte den 12 mars.
"""


def test_a_group_set_up_with_its_task_and_a_matter_carried_to_another_body(tmp_path):
    """"tillsätta Arbetsgrupp X med uppdrag att ta fram …": the new group's task; "Ordföranden för fram frågan vid
    RLG:s möte": the ordförande's task."""
    f = load_text(tmp_path, "sg.md", SET_UP_WITH_TASK)
    assert any(who == ("Arbetsgrupp suicidprevention",) and t.startswith("ta fram ett utkast till handlingsplan")
               for who, t in f["assignments"])
    assert any(who == ("Tobias Engqvist",) and t.startswith("föra fram frågan vid RLG") for who, t in f["assignments"])


NÄMND_INFORMED = """ÅBY KOMMUN
Omsorgsnämnden
Protokoll 2026-01-27

Beslutande: Ann Lund (S), ordförande, Bo Hägg (M), Per Ek (S)

§ 3 Information från samverkan

Gunn Ek informerar från Politiskt samråd för vård och omsorg i Norrby den 11 december 2025.

Politiskt samråd rekommenderar huvudmännen, det vill säga Region Norrby och kommunerna Åby, Ekå och Berga, att anta
den reviderade överenskommelsen om hemsjukvård.

Beslut
Omsorgsnämnden tackar för informationen.

§ 5 Ändring i delegationsordningen

Beslut
Omsorgsnämnden beslutar

att delegera till arbetsutskottet att godkänna lokala rutiner inom vårdsamverkan,

att arbetsutskottet ska anmäla besluten till nämnden vid närmast följande sammanträde.

§ 6 Val av ersättare

Valberedningens förslag framförs av Per Ek (S).

Beslut
Omsorgsnämnden beslutar att välja Bo Hägg (M) till ersättare i samrådet.
"""


def test_a_recommendation_to_the_huvudman_spelled_out_and_a_delegation_reported_back(tmp_path):
    """"Politiskt samråd rekommenderar huvudmännen, det vill säga Region Norrby och kommunerna Åby, Ekå och Berga":
    the samråd named in full before, recommending to each huvudman; "arbetsutskottet ska anmäla besluten till
    nämnden": the utskott reports to the nämnd; "förslaget framförs av Per Ek" is no task."""
    f = load_text(tmp_path, "on.txt", NÄMND_INFORMED)
    recs = {b for a, b, _ in f["mandates"] if a == "Politiskt samråd för vård och omsorg i Norrby"}
    assert {"Region Norrby", "Åby kommun", "Ekå kommun", "Berga kommun"} <= recs
    assert ("Omsorgsnämndens arbetsutskott, Åby kommun", "Omsorgsnämnden, Åby kommun") in {(a, b) for a, b, _ in f["mandates"]}
    assert not any(who == ("Per Ek",) for who, _ in f["assignments"])


REPRESENTED = """# Samverkansgrupp psykisk hälsa – minnesanteckningar

**Datum:** 2026-01-22

**Närvarande:** Tobias Engqvist (Region Norrby), ordförande, Rasmus Thelin (Region Norrby), Mona Lind (Region Norrby)

## 2. Suicidprevention
Samverkansgruppen beslutade

att tillsätta Arbetsgrupp för suicidprevention,

att regionen representeras i arbetsgruppen av Rasmus Thelin och Mona Lind.
"""


def test_a_decided_representation_is_a_duty(tmp_path):
    """"att regionen representeras i arbetsgruppen av A och B", decided: their seats and the duty given them."""
    f = load_text(tmp_path, "sg.md", REPRESENTED)
    assert any(set(who) == {"Rasmus Thelin", "Mona Lind"} and t.startswith("representera regionen")
               for who, t in f["assignments"])


PRESENTED_HERE = """SAMORDNINGSFÖRBUNDET NORRBY
Styrelsen
Protokoll 2026-02-06

Beslutande: Eva Berg (C), ordförande, Per Ek (S)
Övriga närvarande: Lina Forsgren, ekonom, § 4

§ 4 Budget 2026

Ekonom Lina Forsgren redovisar utfallet för 2025 och förslaget till fördelning av insatsmedel 2026.

Beslut
Styrelsen fastställer fördelningen.

§ 5 Val av ersättare

Valberedningens förslag framförs av Per Ek (S).

Beslut
Styrelsen beslutar att välja Eva Berg (C) till ersättare i samrådet.
"""


def test_what_is_presented_at_the_meeting_is_no_task(tmp_path):
    """"Ekonom Lina Forsgren redovisar utfallet … och förslaget till fördelning …": told at the meeting ("förslaget
    till" is the object's, no one it goes to); "Valberedningens förslag framförs av Per Ek (S)": Per Ek presents it."""
    f = load_text(tmp_path, "sf.txt", PRESENTED_HERE)
    assert not any(who in (("Lina Forsgren",), ("Per Ek",)) for who, _ in f["assignments"])
