"""Habits of the secretaries of sister minutes: a nämnd's protocol printed from Word to
PDF (its title page's cells run together), a roster per huvudman with a presence column for the ledamot
and one for the ersättare, notes whose decisions are paragraphs kept on one line, a question handed on
by "Den lyfts till …", an uppdrag told as "Uppdraget kommer från …", and seats in other bodies told in
passing; each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from samverkan.loaders.read import _header_cells_apart
from tests.loaders.test_read_formats import load_text


# the text a PDF printed from Word gives of a protocol's title page: the header's cells and the ANSLAG/BEVIS
# box's label and value with one space between them
TITLE_PAGE_RUN_TOGETHER = """ÅBY KOMMUN PROTOKOLL Sida 1
Socialnämnden Sammanträdesdatum
2025-11-25
Plats och tid Kommunhuset i Åby, sal Kvarnen, tisdagen den 25 november 2025 kl. 13.00–16.10
Beslutande Maud Lind (S), ordförande
Bengt Aronsson (M), vice ordförande
Patrik Holm (KD), tjänstgörande ersättare för Ulla Näs (C)
Övriga närvarande
Marita Sjö, förvaltningschef
Kristoffer Ahl, nämndsekreterare
Utses att justera Bengt Aronsson (M)
ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ Socialnämnden
Sammanträdesdatum 2025-11-25
§ 118  Val av justerare
Socialnämndens beslut
Bengt Aronsson (M) utses att jämte ordföranden justera protokollet.
"""


def test_a_pdf_title_page_whose_cells_run_together_names_the_kommuns_body(tmp_path):
    """"Socialnämnden Sammanträdesdatum" over the date, "Organ Socialnämnden" in the ANSLAG/BEVIS box: the
    body is the kommun's socialnämnd, and the box's label and value are no person. The PDF's reader sets the
    header's cells apart again (the date's label before the date it wrapped onto the line below), as for a PDF."""
    f = load_text(tmp_path, "sn.txt", _header_cells_apart(TITLE_PAGE_RUN_TOGETHER))
    assert f["body"] == "Socialnämnden, Åby kommun"
    assert not any(p.startswith("Organ") for p in f["persons"])
    assert ("Maud Lind", f["body"], "member") in f["memberships"]


# a roster per huvudman, as a PDF's reader gives it once it has joined each row's wrapped cells: the cells
# apart from the header's columns, a presence column after the ledamot and one after the ersättare
ROSTER_PER_HUVUDMAN = """Samverkansgrupp äldre
Minnesanteckningar

Tid: torsdag 11 december 2025 kl. 09.00–12.00

Huvudman           Ordinarie ledamot                 Närv.     Ersättare                     Närv.
Region Norrby      Eva Ek, verksamhetschef Geriatriska kliniken   x   Tor Ask, distriktssköterska, Hälsocentralen Åby
Åby kommun         Bo Lind, vård- och omsorgschef, ordförande   x   Lisa Berg, MAS   x
Ekå kommun         Mats Edvall, verksamhetschef vård och omsorg   –   Hanna Kvist, MAS   tjg

1. Mötets öppnande
Bo Lind öppnade mötet. Hanna Kvist tjänstgör för Mats Edvall.
"""


def test_a_roster_per_huvudman_with_a_mark_for_the_ledamot_and_one_for_the_ersattare(tmp_path):
    """"Huvudman | Ordinarie ledamot | Närv. | Ersättare | Närv.": each name has the mark after it, "tjg" (a
    serving ersättare) is presence, and an ersättare with no mark was not there."""
    f = load_text(tmp_path, "sg.txt", ROSTER_PER_HUVUDMAN)
    status = {name: (st, roles) for name, st, roles in f["attendance"]}
    assert status["Eva Ek"][0] == "present" and status["Bo Lind"][0] == "present"
    assert status["Tor Ask"] == ("absent", ("ersättare",))
    assert status["Lisa Berg"] == ("present", ("ersättare",))
    assert status["Mats Edvall"][0] == "absent"
    assert status["Hanna Kvist"] == ("present", ("ersättare",))


DECISION_PARAGRAPHS = """Samverkansgrupp äldre
Minnesanteckningar 2025-12-11

Närvarande: Bo Lind, Åby kommun; Eva Ek, Region Norrby

4. Handlingsplan för fallprevention 2026
Arbetsgrupp för fallprevention fortsätter under 2026.
Beslut: Samverkansgruppen ger Arbetsgrupp för fallprevention i uppdrag att följa upp handlingsplanen och återrapportera till samverkansgruppen i juni 2026.
Varje kommun meddelar Eva namnet på sin kontaktperson för fallprevention.

5. Utbildning
Beslut: Förbundschefen skriver ett första utkast till program.
Varje huvudman lämnar synpunkter på utkastet senast 31 oktober.
"""


def test_what_each_party_does_after_a_decision_is_their_task_unless_the_decision_is_tasks(tmp_path):
    """"Beslut: Samverkansgruppen ger X i uppdrag att …" / "Varje kommun meddelar …": the parties' task after
    the body's decision, no part of it; after "Beslut: Förbundschefen skriver …" (tasks decided in turn)
    "Varje huvudman lämnar …" is one more of them."""
    f = load_text(tmp_path, "sga.txt", DECISION_PARAGRAPHS)
    assert any(d.startswith("ger Arbetsgrupp för fallprevention i uppdrag") for d in f["decisions"])
    assert not any("kontaktperson" in d for d in f["decisions"])
    assert any(d.startswith("Varje huvudman lämnar synpunkter") for d in f["decisions"])


HANDED_ON = """Arbetsgrupp för samsjuklighet
Minnesanteckningar, möte 1 – tisdag 9 december 2025

Närvarande: Rasmus Wik (sammankallande), Region Norrby; Linda Holm, Åby kommun

1. Uppdraget
Samverkansgrupp psykisk hälsa Norrby har i sin tur fått uppdrag av Ledningsgruppen för samverkan i Norrby att ta fram en gemensam handlingsplan.

2. Mottagningsteam
Frågan om ett gemensamt integrerat mottagningsteam kräver gemensam finansiering och ligger utanför arbetsgruppens mandat. Den lyfts till samverkansgruppen den 21 januari; RW tar med den.
"""


def test_a_question_handed_on_by_den_is_the_question_the_sentence_before_names(tmp_path):
    """"Frågan om X kräver … och ligger utanför … . Den lyfts till samverkansgruppen": the decision hands on
    the question of X, not what the sentence says of it; "har i sin tur fått uppdrag av" is the uppdrag of the
    body above the one that met."""
    f = load_text(tmp_path, "ag.txt", HANDED_ON)
    assert ("lyfta frågan om ett gemensamt integrerat mottagningsteam till samverkansgruppen den 21 januari"
            in f["decisions"])
    assert any(m[0].startswith("Ledningsgrupp") and m[1] == "Samverkansgrupp psykisk hälsa Norrby" for m in f["mandates"])


TOLD_IN_PASSING = """Socialnämnden
PROTOKOLL
Sammanträdesdatum 2025-11-25

Beslutande
Maud Lind (S), ordförande
Bengt Aronsson (M)

§ 123  Trygg hemgång
Arbetsgrupp trygg hemgång, där Åby kommun företräds av Hanna Ek och Ingrid Sjö, har följt upp ledtiderna.
Socialnämndens beslut
Informationen noteras.

§ 124  Information
Petra Holm företräder kommunen i Arbetsgrupp SIP, som har reviderat rutinen på uppdrag av Styrgrupp Nära vård.
Socialnämndens beslut
Informationen noteras.
"""


def test_seats_in_other_bodies_told_in_passing(tmp_path):
    """"Arbetsgrupp X, där Åby kommun företräds av A och B, har …", "P företräder kommunen i Arbetsgrupp SIP,
    som har … på uppdrag av Styrgrupp Nära vård": the seats in those groups and the uppdrag behind one."""
    f = load_text(tmp_path, "sn.txt", TOLD_IN_PASSING)
    groups = {(p, g) for p, g, _ in f["memberships"]}
    assert ("Hanna Ek", "Arbetsgrupp trygg hemgång") in groups and ("Ingrid Sjö", "Arbetsgrupp trygg hemgång") in groups
    assert ("Petra Holm", "Arbetsgrupp SIP") in groups
    assert any(m[:2] == ("Styrgrupp Nära vård", "Arbetsgrupp SIP") for m in f["mandates"])


ASSIGNED_FROM = """Lokal närvårdsgrupp Åby
Sammanfattning från mötet tisdag 16 december 2025

Med på mötet: Katarina Ek (sammankallande), Siri Dahl

2. Kartläggningen
Uppdraget kommer från Styrgruppen för Nära vård Norrby och resultatet ska redovisas för styrgruppen den 18 februari.
"""


def test_an_uppdrag_that_comes_from_a_body_and_a_name_that_ends_before_its_clause(tmp_path):
    """"Uppdraget kommer från Styrgruppen för Nära vård Norrby och resultatet ska …": the styrgrupp gave the
    body that met its uppdrag; the name ends before "och resultatet ska"."""
    f = load_text(tmp_path, "lng.txt", ASSIGNED_FROM)
    assert any(m[0].endswith("för Nära vård Norrby") and m[1] == "Lokal närvårdsgrupp Åby" for m in f["mandates"])
    assert not any("resultatet" in m[0] or "resultatet" in m[1] for m in f["mandates"])


CHAT_POST = """Lokal närvårdsgrupp Åby > Allmänt

Ida Ström   2025-12-16 15:41
Sammanfattning från dagens möte i närvårdsgruppen
Tisdag 16 december kl. 13.30–15.00, Åby kommunhus rum Gläntan + Teams

Med på mötet: Karin Wik (sammankallande) och Siri Dahl från kommunen, Jonatan Berg och jag från Hälsocentralen Åby. Gustav Torn hade förhinder.

1. Ny i gruppen
Cecilia Dahl ingår i närvårdsgruppen från och med idag.
"""


def test_notes_posted_in_a_teams_channel_name_the_team_and_their_writer(tmp_path):
    """"Team > Kanal" over a post "Ida Ström   2025-12-16 15:41": the team is the body that met, and the "jag"
    of the post's roster is its writer."""
    f = load_text(tmp_path, "chat.txt", CHAT_POST)
    assert f["body"] == "Lokal närvårdsgrupp Åby"
    status = {name: st for name, st, _ in f["attendance"]}
    assert status.get("Ida Ström") == "present" and status.get("Jonatan Berg") == "present"
    assert status.get("Gustav Torn") == "absent"


UNDER_THE_TITLE = """Arbetsgrupp för samsjuklighet
Minnesanteckningar, möte 1 – tisdag 9 december 2025
Arbetsgruppen är tillsatt av Samverkansgruppen för psykisk hälsa i Norrby och rapporterar till den.

Närvarande: Rasmus Wik (sammankallande), Region Norrby; Linda Holm, Åby kommun

1. Uppdraget
Arbetsgruppen tar fram ett utkast och lämnar det till samverkansgruppen senast den 4 mars 2026. Samverkansgruppen fastställer utkastet och överlämnar handlingsplanen till ledningsgruppen.
"""


def test_a_sentence_under_the_title_on_the_body_above_does_not_make_it_the_body_that_met(tmp_path):
    """"Arbetsgruppen är tillsatt av Samverkansgruppen X …" under the title: what "Samverkansgruppen fastställer …"
    says later is that body's part, no decision of the arbetsgrupp that met."""
    f = load_text(tmp_path, "ag.txt", UNDER_THE_TITLE)
    assert f["body"] == "Arbetsgrupp för samsjuklighet"
    assert not any("fastställa utkastet" in d for d in f["decisions"])
