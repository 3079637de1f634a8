"""Habits of more secretaries of the sister regions: a processteam's Markdown notes whose who-does-what lines point
from the doers (a first name and a surname's initial, two joined by a plus) to their task with an arrow, the day in
brackets; a ledningsgrupp's notes whose uppdrag are labelled lines of who, what and when between dashes; an
arbetsgrupp's plain-text notes whose action columns run into one line ("Åtgärd: … Ansv: MÅ, HL Klart: 12/8"), whose
seats change in a side's own words ("Ekby kommun ersätter honom med arbetsterapeut …") and that report to two bodies;
a nämnd's protocol whose decided points are bullets under "Nämnden beslutar"; a samverkansgrupp's mailed notes with
a dated decision of the body above and a working group staffed "från kommunerna".
Each is read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


PROCESSTEAM = """# Processteam trygg hemgång Norrby

**Anteckningar 10 juni 2031** · kl. 14.00–15.30 · Teams

| Namn | Verksamhet | Närvaro |
|---|---|---|
| Rebecka Holm | Norrby kommun | ✓ |
| Sofia Berg | Region Västerby | ✓ |
| Amira Hadi | Region Västerby | ✓ |
| Eva-Lena Sjö | Norrby kommun | ✓ |

## 1. Uppdraget
Vi bestämde att testet startar 1 september.

**Vem gör vad:** Amira H. → ta fram urvalskriterier för testet (26/6). Eva-Lena S. + Sofia B. → göra schema för hembesöken (senast 15/8).

## 2. Teamet
**Vem gör vad:** Rebecka H. → meddela närvårdsgruppen förändringarna i teamet (30/6).

## 3. Nytt uppdrag
Lokal närvårdsgrupp Norrby har nu gett teamet ett tilläggsuppdrag: att testa uppföljande hembesök under hösten.
"""


def test_arrowed_who_does_what_lines_give_each_doer_the_task(tmp_path):
    """"Amira H. → ta fram …": the doers before the arrow, known by a first name and the initial of the surname,
    two joined by a plus; a label before them and the day in brackets no part of the task; two such lines on one."""
    f = load_text(tmp_path, "pt.md", PROCESSTEAM)
    assert (("Amira Hadi",), "ta fram urvalskriterier för testet") in f["assignments"]
    assert (("Eva-Lena Sjö", "Sofia Berg"), "göra schema för hembesöken") in f["assignments"]
    assert (("Rebecka Holm",), "meddela närvårdsgruppen förändringarna i teamet") in f["assignments"]


def test_an_uppdrag_given_as_a_noun_with_its_article_is_the_body_s_task(tmp_path):
    """"… har nu gett teamet ett tilläggsuppdrag: att testa …": the uppdrag a noun, the task after the colon."""
    f = load_text(tmp_path, "pt.md", PROCESSTEAM)
    assert (("Processteam trygg hemgång Norrby",), "testa uppföljande hembesök under hösten") in f["assignments"]
    assert ("Lokal närvårdsgrupp Norrby", "Processteam trygg hemgång Norrby", "delegates") in f["mandates"]


LEDNINGSGRUPP = """Regionala ledningsgruppen för vård och omsorg (RLG)
Minnesanteckningar
Datum: 2031-05-22, kl. 13.00–16.00
Plats: Regionens hus

Närvarande: Göran Lund, Region Västerby (ordförande); Jonas Edin, Norrby kommun; Maria Sand, Region Västerby
Sekreterare: Emelie Ström, Region Västerby

4. Tillfällig arbetsgrupp för välfärdsteknik
Beslut: RLG inrättar en tillfällig Arbetsgrupp för välfärdsteknik. Arbetsgruppen rapporterar till RLG.
Uppdrag: Arbetsgrupp för välfärdsteknik – kartlägga vilka system för digital tillsyn som används – redovisas för RLG 2031-12-04.
Uppdrag: Jonas Edin – bemanna arbetsgruppen och skicka namnen till sekreteraren – senast 2031-06-13.

5. Övrigt
Göran Lund har anmält att han lämnar RLG den 31 augusti 2031.
Maria Sand har bett att få lämna ordförandeskapet i Samverkansgrupp barn och unga vid halvårsskiftet.
"""


def test_labelled_uppdrag_lines_between_dashes_give_a_body_or_a_person_the_task(tmp_path):
    """"Uppdrag: X – what – when": who first, a body or a person; what after the first dash; when after the second."""
    f = load_text(tmp_path, "rlg.txt", LEDNINGSGRUPP)
    assert (("Arbetsgrupp för välfärdsteknik",), "kartlägga vilka system för digital tillsyn som används") in f["assignments"]
    assert (("Jonas Edin",), "bemanna arbetsgruppen och skicka namnen till sekreteraren") in f["assignments"]


def test_one_announcing_that_he_leaves_the_body_leaves_it(tmp_path):
    """"X har anmält att han lämnar RLG den …": the leaving announced, his seat in the body."""
    f = load_text(tmp_path, "rlg.txt", LEDNINGSGRUPP)
    assert any(p == "Göran Lund" and c == "leave" for p, _, c in f["memberships"])


def test_one_asking_to_give_up_the_chair_of_another_body_leaves_that_chair(tmp_path):
    """"X har bett att få lämna ordförandeskapet i Samverkansgrupp Y": her chair in that body, not in the one that met."""
    f = load_text(tmp_path, "rlg.txt", LEDNINGSGRUPP)
    assert ("Maria Sand", "Samverkansgrupp barn och unga", "leave") in f["memberships"]


ARBETSGRUPP = """ARBETSGRUPP KORTTIDSVÅRD NORRBY
Minnesanteckningar                                        Möte nr 4/2031

Tid:    tisdag 3 juni 2031 kl. 13.30-15.30
Plats:  Korttidsenheten, Norrby

NÄRVARO                                                             Närv.
Ingrid Lund, enhetschef, Norrby kommun (sammank.)                     X
Mattias Åberg, sjuksköterska, Ekby kommun                             X
Hanna Lind, biståndshandläggare, Åby kommun                           X
Olle Gran, fysioterapeut, Norrby kommun                               -


2. UPPDRAG FRÅN PROCESSTEAM VÅRDÖVERGÅNGAR
Processteam vårdövergångar har gett arbetsgruppen i uppdrag att ta fram
gemensamma kriterier för korttidsplats.
  Åtgärd: utkast till kriterier                      Ansv: MÅ, HL, IL   Klart: 12/8
  Åtgärd: antal utskrivningsklara dagar 2030
          per kommun                                  Ansv: HL           Klart: 12/8

4. GRUPPENS SAMMANSÄTTNING
Olle Gran har bett att få gå ur gruppen. Norrby kommun ersätter honom med
arbetsterapeut Sara Nord från 1 augusti.

5. ÅTERRAPPORT
Arbetsgruppen rapporterar två gånger per år till processteamet och till Styrgrupp Nära vård.
"""


def test_action_columns_run_into_one_line_give_each_row_to_its_initials(tmp_path):
    """"Åtgärd: … Ansv: MÅ, HL, IL Klart: 12/8": the columns of an action list a plain text runs into a line; the
    doers by the roster's initials, a second row run on after the first."""
    f = load_text(tmp_path, "ag.txt", ARBETSGRUPP)
    assert (("Hanna Lind", "Ingrid Lund", "Mattias Åberg"), "utkast till kriterier") in f["assignments"]
    assert (("Hanna Lind",), "antal utskrivningsklara dagar 2030 per kommun") in f["assignments"]


def test_a_side_filling_the_seat_with_a_titled_successor_replaces_the_one_asking_to_leave(tmp_path):
    """"Olle har bett att få gå ur gruppen. Norrby kommun ersätter honom med arbetsterapeut Sara Nord": the seat
    the one asking to leave gives up, taken by the one named after her title."""
    f = load_text(tmp_path, "ag.txt", ARBETSGRUPP)
    assert ("Sara Nord", "Arbetsgrupp Korttidsvård Norrby", "replace") in f["memberships"]


def test_a_body_reporting_to_two_bodies_reports_to_each(tmp_path):
    """"rapporterar två gånger per år till processteamet och till Styrgrupp Nära vård": to each body after its "till"."""
    f = load_text(tmp_path, "ag.txt", ARBETSGRUPP)
    assert ("Arbetsgrupp Korttidsvård Norrby", "Styrgrupp Nära vård", "reports_to") in f["mandates"]


NAMND = """ÅBY KOMMUN
PROTOKOLL
Vård- och omsorgsnämnden
Datum: onsdagen den 14 maj 2031, kl. 13.15–16.00
Ledamöter: Birgitta Lön (S), ordförande; Sami Kor (S); Mikael Strand (M)

§ 42  Val av ersättare i Delregionalt politiskt samråd Norr
Mikael Strand (M) har avsagt sig uppdraget som ersättare i Delregionalt politiskt samråd Norr.
Nämnden beslutar
• Mikael Strand (M) befrias från uppdraget.
• Sami Kor (S) väljs till ny ersättare i Delregionalt politiskt samråd Norr efter Mikael Strand.
§ 43  Lokal handlingsplan mot ofrivillig ensamhet bland äldre
Förvaltningschef Jessica Ahl föredrog ärendet.
Nämnden beslutar
• Vård- och omsorgsförvaltningen får i uppdrag att ta fram en lokal handlingsplan och redovisa den för nämnden i oktober 2031.
• Förvaltningschefen ska samordna arbetet med den lokala närvårdsgruppen.
"""


def test_bullets_under_a_heading_that_names_the_body_are_its_decisions(tmp_path):
    """"Nämnden beslutar" over a bullet per decided point: each bullet a decision, as numbered points are."""
    f = load_text(tmp_path, "von.txt", NAMND)
    assert "Mikael Strand (M) befrias från uppdraget." in f["decisions"]
    assert any(d.startswith("Vård- och omsorgsförvaltningen får i uppdrag att ta fram") for d in f["decisions"])
    assert "Förvaltningschefen ska samordna arbetet med den lokala närvårdsgruppen." in f["decisions"]


SAMVERKANSGRUPP = """From: Karin Holm <karin.holm@example.se>
To: sg-aldre@example.se
Date: Thu, 29 May 2031 16:42:10 +0200
Subject: Minnesanteckningar Samverkansgrupp äldre 27 maj
Content-Type: text/plain; charset=utf-8

Hej alla, här kommer anteckningarna.

SAMVERKANSGRUPP ÄLDRE I NORRBY
Minnesanteckningar 2031-05-27, kl. 09.00-12.00

Deltog: Helena Kiv (Ekby, ordf.), Peter Alm (Regionen), Karin Holm (Regionen, sekr.), Ylva Brand (Åby),
Sven-Åke Norr (FoU Norrby), Lisa Åman (Ekby)

Punkt 2 - Uppdrag från ledningsgruppen
Ledningsgruppen för samverkan i Norrby beslutade 2031-05-14 att ge samverkansgruppen i uppdrag att ta
fram en gemensam handlingsplan för fallprevention.

Samverkansgruppen beslutade att tillsätta Arbetsgrupp fallprevention Norrby, som rapporterar till
samverkansgruppen. Peter Alm blir sammankallande. Ylva Brand och Lisa Åman ingår från kommunerna.

Vänliga hälsningar
Karin Holm
"""


def test_a_dated_decision_of_the_body_above_names_the_giver_alone(tmp_path):
    """"Ledningsgruppen för samverkan i X beslutade 2031-05-14 att ge samverkansgruppen i uppdrag": the body that
    gave it, without its decision and day."""
    f = load_text(tmp_path, "sg.eml", SAMVERKANSGRUPP)
    givers = [frm for frm, to, kind in f["mandates"] if to == "Samverkansgrupp äldre i Norrby" and kind == "delegates"]
    assert givers and all(g.endswith("för samverkan i Norrby") for g in givers), givers


def test_members_staffed_from_the_kommuner_join_the_group_just_set_up(tmp_path):
    """"… tillsätta Arbetsgrupp X. Peter blir sammankallande. Ylva och Lisa ingår från kommunerna": each a member
    of the working group the decision set up."""
    f = load_text(tmp_path, "sg.eml", SAMVERKANSGRUPP)
    assert ("Lisa Åman", "Arbetsgrupp fallprevention Norrby", "join") in f["memberships"]
    assert ("Ylva Brand", "Arbetsgrupp fallprevention Norrby", "join") in f["memberships"]

