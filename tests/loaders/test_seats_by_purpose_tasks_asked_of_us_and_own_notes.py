"""Habits of other secretaries of a county's collaboration bodies: a ledningsgrupp's protocol deciding that one
member replaces another "i styrgruppen för X", giving a samverkansgrupp a task in a lower-case att-clause "…, att
redovisas på LSVO", and a presenter "ordförande i styrgruppen" under a point titled by that styrgrupp; notes that
set up a working group under a point titled "Nytt uppdrag från LSVO"; and a processteam's notes mailed by its
sammankallande ("Här kommer mina anteckningar"), told in the first person plural ("har bett oss samla in …");
each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


PROTOCOL = """LSVO
Protokoll 2031-06-13

Närvarande: Cecilia Hagström Lind, ordförande, Region Blekinge; Jörgen Sandell, Karlskrona kommun;
Anders Wahlgren, Region Blekinge

§ 44 Återrapport från Styrgrupp Missbruk och beroende
Föredragande: Torbjörn Elg, ordförande i styrgruppen.
Styrgruppen har tagit fram ett förslag till handlingsplan.
LSVO beslutar
att styrgruppen för missbruk och beroende ges i uppdrag att leda införandet av handlingsplanen.

§ 45 Läkarmedverkan i hemsjukvården
LSVO beslutar
att samverkansgrupp Att åldras ges i uppdrag att ta fram en gemensam rutin för läkarmedverkan, att redovisas på LSVO 2031-10-10.

§ 47 Förändringar i styrgrupperna
LSVO beslutar att Jörgen Sandell ersätter Anders Wahlgren i styrgruppen för Uppdrag psykisk hälsa från och med
1 september 2031.
"""


def test_a_member_replaced_in_a_styrgrupp_named_by_its_kind_and_purpose(tmp_path):
    """"X ersätter Y i styrgruppen för Uppdrag psykisk hälsa": a seat in that body changing hands."""
    f = load_text(tmp_path, "lsvo_2031-06-13.txt", PROTOCOL)
    assert ("Jörgen Sandell", "Styrgrupp Uppdrag psykisk hälsa", "replace") in f["memberships"]
    assert ("Anders Wahlgren", "Styrgrupp Uppdrag psykisk hälsa", "leave") in f["memberships"]


def test_a_task_given_in_a_lower_case_att_clause_is_reported_where_it_says(tmp_path):
    """"att samverkansgrupp Att åldras ges i uppdrag att …, att redovisas på LSVO …": the group reports to LSVO."""
    f = load_text(tmp_path, "lsvo_2031-06-13.txt", PROTOCOL)
    assert ("Samverkansgrupp att åldras", "LSVO", "reports_to") in f["mandates"]


def test_a_presenters_seat_in_the_styrgrupp_the_points_title_names(tmp_path):
    """"Föredragande: Torbjörn Elg, ordförande i styrgruppen." under "Återrapport från Styrgrupp X": his seat in X,
    which the text also writes "styrgruppen för x"."""
    f = load_text(tmp_path, "lsvo_2031-06-13.txt", PROTOCOL)
    assert any(p == "Torbjörn Elg" and g.casefold().replace("för ", "") == "styrgrupp missbruk och beroende"
               for p, g, _ in f["memberships"]), f["memberships"]


NOTES = """# Samverkansgrupp Att åldras – minnesanteckningar 2031-06-16

Närvarande: Gunnel Fröberg (ordförande), Region Blekinge; Omar Shaheen, Region Blekinge; Therese Hultqvist,
Karlskrona kommun; Viveka Strand, Karlshamns kommun

## 3. Nytt uppdrag från LSVO
LSVO har gett samverkansgruppen i uppdrag att ta fram en gemensam rutin för läkarmedverkan.
Gruppen beslutade att tillsätta en arbetsgrupp med Omar Shaheen, Therese Hultqvist och Viveka Strand.
Arbetsgruppen lämnar ett första utkast till samverkansgruppen i september.
"""


def test_no_working_group_is_named_after_a_title_that_only_says_whose_task_it_is(tmp_path):
    """"3. Nytt uppdrag från LSVO" names no matter: the working group set up under it is not "Arbetsgrupp nytt
    uppdrag från LSVO"."""
    f = load_text(tmp_path, "sg_att_aldras_2031-06-16.md", NOTES)
    named = {g for _, g, _ in f["mandates"]} | {g for g, _, _ in f["mandates"]}
    assert not any("uppdrag från" in g.casefold() for g in named), f["mandates"]
    assert not any(any("uppdrag från" in a.casefold() for a in who) for who, _ in f["assignments"]), f["assignments"]


MAILED = """Från: Hedvig Nordström <hedvig.nordstrom@regionblekinge.se>
Skickat: den 25 juni 2031 15:47
Till: Processteam TSIU
Ämne: Anteckningar processteam TSIU 24/6

Hej!

Här kommer mina anteckningar från gårdagens träff.

Processteam Trygg och säker in- och utskrivning (TSIU)
Tisdag 24 juni 2031, 13.00-15.00, Teams

Med på mötet:
Hedvig Nordström (HN), processledare Region Blekinge - sammankallande
Kasper Mörk (KM), biståndshandläggare, Karlskrona kommun
Tomas Wiik (TW), MAS, Sölvesborgs kommun

1. Bemanning i hemgångsteamen
Samverkansgruppen Att åldras har bett oss samla in hur hemgångsteamen är bemannade. HN sammanställer underlaget.

2. Övrigt
Inga övriga frågor.

Hedvig
"""


def test_a_task_asked_of_us_is_the_body_that_met(tmp_path):
    """"Samverkansgruppen Att åldras har bett oss samla in …": the notes' "we" is the processteam, given the task."""
    f = load_text(tmp_path, "processteam_tsiu_2031-06-24.txt", MAILED)
    assert any(len(who) == 1 and who[0].startswith("Processteam") and task == "samla in hur hemgångsteamen är bemannade"
               for who, task in f["assignments"]), f["assignments"]
    assert any(a == "Samverkansgrupp att åldras" and b.startswith("Processteam") and k == "delegates"
               for a, b, k in f["mandates"]), f["mandates"]


def test_a_sammankallande_mailing_her_own_notes_kept_them(tmp_path):
    """"Här kommer mina anteckningar" from the sammankallande: she led the meeting and kept the notes."""
    f = load_text(tmp_path, "processteam_tsiu_2031-06-24.txt", MAILED)
    (hn,) = [a for a in f["attendance"] if a[0] == "Hedvig Nordström"]
    assert "sekreterare" in hn[2] and "sammankallande" in hn[2]
