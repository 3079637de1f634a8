"""Rosters read from small inline minutes: a line per huvudman told with the verb of taking part ("Deltog från
Åby kommun: …"), a Markdown roster with each huvudman a heading over its people and the absent struck through,
two signing roles on one line ("Sekreterare: … Justerare: …"), the body a mailed message's subject names by its
short name with its place given in the text ("MAS-nätverket" / "… från MAS-nätverket i Norrby …"), and the
feedback given at the meeting after "återkopplar:" (no task); two approvals in one sentence, the second of a
person ("Dagordningen godkändes och Per Lind utsågs att justera protokollet"); and "arbetsutskottet" in the
protocol of a nämnd named for two fields ("Vård- och omsorgsnämnden")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _att(text: str, name: str = "x.txt"):
    p = parse_minutes(text, name)
    return p, {a.name: (a.status, a.organisation, tuple(sorted(a.roles))) for a in p.attendance}


_MAIL = ("Ämne: Minnesanteckningar MAS-nätverket 5 november\nFrån: Ida Brand\nTill: mas@lists.norrby.se\n"
         "Skickat: den 6 november 2029 14:03\n\nHej!\n\n"
         "Här kommer minnesanteckningarna från MAS-nätverket i Norrby den 5 november\n(kl. 13–15.30 på Teams).\n\n"
         "Deltog från Åby kommun: Lisa Hed (MAS).\n"
         "Deltog från Ekby kommun: Anders Pål (MAS) och Rut Enq (MAR).\n"
         "Deltog från Region Norrby: Sanna Pihl (chefläkare).\n"
         "Frånvarande: Maria Öst (patientsäkerhetssamordnare, Region Norrby).\n\n"
         "Punkt 1. Läkemedelsgenomgångar\nSanna berättade om rutinen.\n\nPunkt 2. Övrigt\nInga övriga frågor.\n")


def test_took_part_from_huvudman_lines():
    _, att = _att(_MAIL, "x.eml")
    assert att["Lisa Hed"][:2] == ("present", "Åby kommun")
    assert att["Rut Enq"][:2] == ("present", "Ekby kommun")
    assert att["Sanna Pihl"][:2] == ("present", "Region Norrby")
    assert att["Maria Öst"][:2] == ("absent", "Region Norrby")


def test_mas_in_brackets_is_a_title_not_a_party():
    p = parse_minutes(_MAIL, "x.eml")
    assert {a.name: a.party for a in p.attendance}["Lisa Hed"] is None


def test_subject_short_name_with_its_place_in_the_text():
    assert parse_minutes(_MAIL, "x.eml").body == "MAS-nätverket i Norrby"


def test_markdown_roster_by_huvudman_headings():
    _, att = _att("# Minnesanteckningar – Lokala närvårdsrådet i Åby\n\n> Måndag 15 oktober 2029 · 13.00–15.00\n\n"
                  "### Åby kommun\n- Gunnel Åström, vård- och omsorgschef – *ordförande*\n- Sebastian Nord, enhetschef\n\n"
                  "### Region Norrby\n- Mirjam Oske, avdelningschef, Medicinkliniken\n"
                  "- ~~Kerstin Blom, distriktssköterska~~ (förhinder)\n\n---\n\n"
                  "#### 1 · Föregående möte\nAnteckningarna godkändes.\n\n#### 2 · Övrigt\nInget.\n", "x.md")
    assert att["Gunnel Åström"][:2] == ("present", "Åby kommun")
    assert att["Sebastian Nord"][:2] == ("present", "Åby kommun")
    assert att["Mirjam Oske"][:2] == ("present", "Region Norrby")
    assert att["Kerstin Blom"][:2] == ("absent", "Region Norrby")


def test_two_signing_roles_on_one_line():
    _, att = _att("Protokoll från Regional ledningsgrupp för vård och omsorg, 13 december 2029\n"
                  "Deltagare: Eva Ek (socialchef, Åby kommun), Per Lind (förvaltningschef, Ekby kommun)\n"
                  "Sekreterare: Josefine Hägg Rask Justerare: Per Lind\n"
                  "Punkt 1. Mötets öppnande\nDagordningen godkändes.\nPunkt 2. Övrigt\nInget.\n")
    assert "sekreterare" in att["Josefine Hägg Rask"][2]
    assert "justerare" in att["Per Lind"][2]


def test_feedback_given_after_a_colon_is_no_task():
    p = parse_minutes("Vård- och omsorgsnämnden\nProtokoll 2029-09-24\nNärvarande: Carina West, förvaltningschef\n\n"
                      "§ 65 Återkoppling – nattpatrullen\nCarina West återkopplar: nattpatrullen har sedan juni två "
                      "bilar i tjänst.\nBeslut\nÅterkopplingen noteras.\n", "x.txt")
    assert not [a for a in extract_relations(p).assignments if "nattpatrullen" in a.task]


def test_two_passive_approvals_the_second_of_a_person():
    p = parse_minutes("Protokoll från Regional ledningsgrupp för vård och omsorg, 13 december 2029\n"
                      "Deltagare: Eva Ek (socialchef, Åby kommun), Per Lind (förvaltningschef, Ekby kommun)\n"
                      "Punkt 1. Mötets öppnande\nOrdföranden öppnade mötet. Dagordningen godkändes och Per Lind utsågs "
                      "att justera protokollet.\nPunkt 2. Övrigt\nInget.\n", "x.txt")
    assert [d.text for d in p.decisions] == ["godkänna dagordningen", "utse Per Lind att justera protokollet"]


def test_arbetsutskottet_of_a_namnd_of_two_fields(tmp_path):
    from tests.loaders.test_read_formats import load_text
    f = load_text(tmp_path, "x.txt",
                  "ÅBY KOMMUN\nVård- och omsorgsnämnden\nSammanträdesprotokoll 2029-10-23\n"
                  "Beslutande: Eva Ek (S), ordförande, Per Lind (M), Lisa Berg (L)\n\n"
                  "§ 91 Val av ledamot i arbetsutskottet\nBeslut\n"
                  "Lisa Berg (L) väljs till ledamot i arbetsutskottet efter Tuva Lind (C).\n\n"
                  "§ 92 Övrigt\nBeslut\nInformationen noteras.\n")
    seats = {m[:2] for m in f["memberships"] if m[0] == "Lisa Berg"}
    assert ("Lisa Berg", "Vård- och omsorgsnämndens arbetsutskott, Åby kommun") in seats, seats
