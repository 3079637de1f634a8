"""Minutes printed from a meeting app: the body named by a "Mötesnamn:" field, each point's tasks as
"Uppgift:" / "Ansvarig:" / "Klart senast:" fields under its decision."""
from __future__ import annotations

from tests.loaders.test_read_formats import facts

_HEAD = """Mötesappen – utskrift
Mötesnamn: Lokal samverkansgrupp Norrby
Mötes-ID: LSG-2027-02
Mötesstatus: Justerat
Skapat av: Greta Holm

Datum: 2027-02-09
Tid: 13:00–15:00
Plats: Norrby vårdcentral

Medlemmar i gruppen
Region Exby – Oskar Lind, verksamhetschef (ordförande)
Norrby kommun – Greta Holm, utvecklare (sekreterare)
Norrby kommun – Vera Strand, MAS

Deltog: Oskar Lind, Greta Holm, Vera Strand

"""


def test_body_named_by_the_apps_meeting_name_field(tmp_path):
    """"Mötesnamn: Lokal samverkansgrupp Norrby": the body that met, whose members the roster lists."""
    path = tmp_path / "lsg_2027-02-09.txt"
    path.write_text(_HEAD + "Ärende 1: Dagordning\nBeskrivning: Ordföranden öppnade mötet.\n"
                    "Beslut: Dagordningen godkändes.\n", encoding="utf-8")
    f = facts(path, tmp_path)
    assert f["body"] == "Lokal samverkansgrupp Norrby"
    assert ("Vera Strand", "Lokal samverkansgrupp Norrby", "member") in f["memberships"]


def test_task_fields_under_a_decision_are_a_task_not_part_of_the_decision(tmp_path):
    """"Beslut: …" / "Uppgift: Skriva …" (its value wrapped at the margin, as a PDF prints it) /
    "Ansvarig: Vera Strand" / "Klart senast: 2027-03-01": the task is Vera Strand's and no decision."""
    path = tmp_path / "lsg_2027-02-09.txt"
    path.write_text(_HEAD + "Ärende 1: Avvikelser\nBeskrivning: Tolv avvikelser redovisades.\n"
                    "Beslut: Gruppen beslutar att lyfta avvikelserna till Samverkansgrupp äldre.\n"
                    "Uppgift: Skriva en kort sammanfattning av avvikelserna till Samverkansgrupp\näldre\n"
                    "Ansvarig: Vera Strand\nKlart senast: 2027-03-01\n", encoding="utf-8")
    f = facts(path, tmp_path)
    assert not [d for d in f["decisions"] if "Uppgift" in d or "sammanfattning" in d]
    assert (("Vera Strand",), "skriva en kort sammanfattning av avvikelserna till Samverkansgrupp äldre") \
        in f["assignments"]


def test_new_ordinary_member_named_after_the_seat_with_title_and_from_when(tmp_path):
    """"Ny ordinarie ledamot för Norrby kommun är Tilda Berg, äldreomsorgschef, från den 1 februari": a
    newcomer's seat in the body that met, the seat's kind and huvudman before her name."""
    path = tmp_path / "lsg_2027-02-09.txt"
    head = "Lokal samverkansgrupp Norrby\nMinnesanteckningar 2027-02-09\n\n" + _HEAD.split("Medlemmar i gruppen\n", 1)[1]
    path.write_text(head + "Ärende 1: Ledamöter\nBeskrivning: Vera Strand lämnar gruppen den 31 januari. "
                    "Ny ordinarie ledamot för Norrby kommun är Tilda Berg, äldreomsorgschef, från den 1 februari.\n",
                    encoding="utf-8")
    f = facts(path, tmp_path)
    assert [m for m in f["memberships"] if m[0] == "Tilda Berg" and m[1] == "Lokal samverkansgrupp Norrby"]
