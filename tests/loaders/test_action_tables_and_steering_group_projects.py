"""Habits of four secretaries read on small minutes of their own: a project's notes ending in an action table
whose narrow "Nr" column's heading stands two spaces from "Åtgärd", a row reported "Klar" beside the new ones; a
project that is "ett av delprojekten inom" a steering group and a matter "tas upp med styrgruppen"; a nämnd's
protocol with signature lines of dots, an ombud "till kommunens ombud vid …, med Y som ersättare", a request
"hemställa hos kommunstyrelsen om …" and a matter that "lyfts därför till kommunstyrelsen"; a steering group's
roster as a two-column table "Namn | Representerar" whose first cell wraps a unit under the title, and a
newcomer welcomed as "brukarrådets nya representant i styrgruppen efter X"; an e-mail whose roster is "Med på
mötet: …, och jag (sekreterare)" with who was away and why someone else chaired after it, its subject naming the
group by "AG" and the text by its full name with its place, and a task promised in a relative clause ("…, som
Per har lovat att ta fram till nästa möte").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.read import _roster_head, _runs_on
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


PROJECT = """Projektgrupp Trygg hemgång Åsen
ANTECKNINGAR FRÅN PROJEKTGRUPPSMÖTE 2026-06-16
Plats: Åby, rum Ljusnan

Närvarande:
Magnus Falk, projektledare, Region Åsen
Jenny Lindahl, biståndshandläggare, Åby kommun
Patrik Sjöberg, avdelningschef, Region Åsen

Projektet är ett av delprojekten inom Styrgrupp Nära vård Åsen och
återrapporterar till styrgruppen varje kvartal.

1. Läget
Magnus gick igenom siffrorna. Frågan om bemanning ligger utanför projektets
budget och tas upp med styrgruppen i augusti.

2. Övrigt
Inget.

UPPFÖLJNING AV ÅTGÄRDER

Nr  Åtgärd                                      Ansvarig         Klart     Status
 7  Ta fram mall för utskrivningsmeddelande     Patrik Sjöberg   2026-05   Klar
 8  Samla in patientenkät efter hemgång         Jenny Lindahl    2026-06   Pågår
11  Underlag om bemanningsbehov i               Magnus Falk,     2026-08   Ny
    utskrivningsteamet inför styrgruppen        Patrik Sjöberg
"""


def test_an_action_table_whose_nr_heading_stands_two_spaces_from_the_task_column_gives_each_row_its_task():
    _, r = _read(PROJECT, "pg_trygg_hemgang_2026-06-16.txt")
    tasks = _tasks(r)
    assert (("Jenny Lindahl",), "samla in patientenkät efter hemgång") in tasks, tasks
    assert any(who == ("Patrik Sjöberg",) and t.startswith("ta fram mall") for who, t in tasks), tasks
    # a row reported done restates no new row that shares a word with it
    assert any(who == ("Magnus Falk", "Patrik Sjöberg") and t.startswith("underlag om bemanningsbehov i utskrivningsteamet")
               for who, t in tasks), tasks


def test_a_project_that_is_a_part_of_a_steering_groups_work_and_a_matter_taken_up_with_it():
    _, r = _read(PROJECT, "pg_trygg_hemgang_2026-06-16.txt")
    man = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    kinds = {k for f, t, k in man if "Styrgrupp" in f or "Styrgrupp" in t or "styrgrupp" in t}
    assert any(k == "delegates" and f.startswith("Styrgrupp Nära vård") for f, t, k in man), man
    assert "reports_to" in kinds and "refers" in kinds, man


NAMND = """ÅBY KOMMUN\tSAMMANTRÄDESPROTOKOLL
Socialnämnden\tSammanträdesdatum 2026-05-26

Plats och tid\tKommunhuset, Åby, kl. 13.00–15.40
Beslutande\tLena Hjort (S), ordförande
\tKjell Öman (M), vice ordförande
\tSven Ring (S)
\tGunilla Tjäll (KD)
Övriga närvarande\tElin Sundkvist, nämndsekreterare
Utses att justera\tKjell Öman (M)

§ 89\tDnr SN 2026/102
Val av ombud till Samordningsförbundet Åsens förbundsstämma
Beslut
Socialnämnden beslutar att utse Sven Ring (S) till kommunens ombud vid Samordningsförbundet Åsens förbundsstämma den 12 juni 2026, med Gunilla Tjäll (KD) som ersättare.

§ 90\tDnr SN 2026/87
Gemensam rutin för SIP
Ärendebeskrivning
Kostnaden ryms inte i nämndens budgetram och ärendet lyfts därför till kommunstyrelsen i frågan om finansiering.
Beslut
Socialnämnden beslutar att anta rutinen.
Socialnämnden beslutar vidare att hemställa hos kommunstyrelsen om finansiering av två SIP-koordinatorer från och med 2027.

§ 91
Meddelanden
Beslut
Meddelandena läggs till handlingarna.
Justerandes signatur ......    Utdragsbestyrkande ......
"""


def test_signature_lines_of_dots_are_no_decision():
    p, _ = _read(NAMND, "sn_aby_2026-05-26.txt")
    texts = [d.text for d in p.decisions]
    assert not [t for t in texts if "signatur" in t or "Utdragsbestyrkande" in t], texts
    assert any(t.startswith("Meddelandena läggs till handlingarna") for t in texts), texts


def test_the_kommuns_ombud_and_the_ersattare_beside_are_each_a_task():
    _, r = _read(NAMND, "sn_aby_2026-05-26.txt")
    tasks = _tasks(r)
    assert any(who == ("Sven Ring",) and t.startswith("vara ombud vid Samordningsförbundet Åsens förbundsstämma")
               for who, t in tasks), tasks
    assert any(who == ("Gunilla Tjäll",) and t.startswith("vara ersättare för ombudet") for who, t in tasks), tasks


def test_a_request_to_the_kommunstyrelse_and_a_matter_raised_there_refer_to_it():
    _, r = _read(NAMND, "sn_aby_2026-05-26.txt")
    refers = [(m.from_body, m.to_body, m.item) for m in r.mandates if m.kind == "refers"]
    assert {item for _, to, item in refers if to.casefold().startswith("kommunstyrelsen")} == {"90"}, refers
    assert len([x for x in refers if x[1].casefold().startswith("kommunstyrelsen")]) >= 1


def test_a_two_column_roster_head_and_a_title_whose_unit_wraps_under_it():
    assert _roster_head("Namn Representerar") and _roster_head("Namn Organisation")
    assert not _roster_head("Namn Anna") and not _roster_head("Namn och adress")
    above = [(0, "Reza Tavakoli, verksamhetschef"), (45, "Region Åsen")]
    assert _runs_on(above, [(0, "Psykiatrin Åsen, ordförande")])
    assert not _runs_on(above, [(0, "Bo Lind, ordförande")])


STYRGRUPP = """Styrgrupp psykisk hälsa och beroende – minnesanteckningar
Datum: 2026-06-11
Plats: Åby, Folkets hus

Närvarande

Namn                                         Representerar
Reza Tavakoli, verksamhetschef Psykiatrin Åsen, ordförande   Region Åsen
Hanna Grönkvist, socialchef                  Åby kommun
Birgitta Holm                                Brukarrådet för psykisk hälsa i Åsen

1. Inledning
Ordföranden hälsade välkommen, särskilt Birgitta Holm som är brukarrådets nya representant i styrgruppen efter Gösta Ahlin. Dagordningen godkändes.

2. Utbildning
Beslut: Ordföranden får mandat att teckna avtal med utbildningsanordnare.
"""


def test_a_unit_after_the_title_in_a_roster_cell_is_no_person_and_the_chair_is_the_one_named():
    p, r = _read(STYRGRUPP, "sg_psykisk_halsa_2026-06-11.txt")
    att = {e.name: e for e in p.attendance}
    assert "Psykiatrin Åsen" not in att, list(att)
    assert "ordförande" in att["Reza Tavakoli"].roles
    assert any(who == ("Reza Tavakoli",) and t.startswith("teckna avtal") for who, t in _tasks(r)), _tasks(r)


def test_a_newcomer_welcomed_as_an_associations_new_representative_in_the_group_after_another():
    _, r = _read(STYRGRUPP, "sg_psykisk_halsa_2026-06-11.txt")
    ms = {(m.person, m.group, m.change) for m in r.memberships}
    assert ("Birgitta Holm", "Styrgrupp psykisk hälsa och beroende", "replace") in ms, ms
    assert ("Gösta Ahlin", "Styrgrupp psykisk hälsa och beroende", "leave") in ms, ms


MAIL = """Ämne: Anteckningar AG anhörigstöd 3/6
Från: Sanna Holmberg
Till: ag-anhorigstod@lists.regionasen.se
Skickat: den 4 juni 2026 08:12

Hej alla!

Här kommer mina anteckningar.

Arbetsgruppen för anhörigstöd i Åsen, möte 3/6 kl. 9–12, Åby bibliotek.

Med på mötet: Per Wikström (Åby kommun), Anna-Karin Lund (Ekby kommun),
Marcus Edlund (Tallviks kommun) och jag (sekreterare). Birgitta Nord (Norrby kommun) hade förhinder.
Per ledde mötet eftersom Birgitta, som är sammankallande, var borta.

1. Kartläggningen
Anna-Karin visade sammanställningen. Det som saknas är en överblick över vad kommunerna tar ut för
avgift för avlösning i hemmet, som Per har lovat att ta fram till nästa möte.

Hälsningar
Sanna Holmberg
"""


def test_a_mail_roster_with_the_writer_as_jag_and_who_was_away_before_why_another_chaired():
    p, _ = _read(MAIL, "ag_anhorigstod_2026-06-03.eml")
    att = {e.name: e for e in p.attendance}
    assert att["Birgitta Nord"].status == "absent", {n: e.status for n, e in att.items()}
    assert "Sanna Holmberg" in att and "sekreterare" in att["Sanna Holmberg"].roles
    assert "sekreterare" not in att["Marcus Edlund"].roles


def test_the_group_the_subject_names_by_ag_is_named_with_its_place_as_the_text_writes_it():
    p, _ = _read(MAIL, "ag_anhorigstod_2026-06-03.eml")
    assert p.body == "Arbetsgruppen för anhörigstöd i Åsen"


def test_a_task_promised_in_a_relative_clause_after_what_is_to_be_delivered():
    _, r = _read(MAIL, "ag_anhorigstod_2026-06-03.eml")
    assert any(who == ("Per Wikström",) and t.startswith("ta fram en överblick över vad kommunerna tar ut")
               for who, t in _tasks(r)), _tasks(r)


def test_a_second_clause_after_a_comma_led_by_the_kansli_is_its_own_task():
    text = MAIL.replace("1. Kartläggningen\n", "1. Kartläggningen\nMarcus och Anna-Karin tar fram ett första utkast, "
                                               "och kansliet ser till att det blir tryckt i tid till hösten.\n")
    _, r = _read(text, "ag_anhorigstod_2026-06-03.eml")
    tasks = _tasks(r)
    assert (("Anna-Karin Lund", "Marcus Edlund"), "ta fram ett första utkast") in tasks, tasks
    assert any(who == ("Kansliet",) and t.startswith("se till att det blir tryckt") for who, t in tasks), tasks
