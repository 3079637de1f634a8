"""Habits of other secretaries: a roster written in initials whose key stands at the very end of the notes."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

INITIALS_KEY_LAST = """ARBETSGRUPP KOSTRÅD NORRBY
Anteckningar från möte 2026-02-10 kl 13-15
Lokal: Tallviks vårdcentral

Närvarande: KL (ordf.), MB, TR, EH (anteckn.)
Frånvarande: ÅS

1. Föregående anteckningar
Lades till handlingarna.

2. Gemensam kostpolicy
MB redogjorde för utkastet. Gruppen beslutade att skicka utkastet på remiss.

3. Nästa möte
2026-03-17.

Förkortningar
KL  Kerstin Lindahl, dietist, Region Norrby
MB  Mona Berglund, enhetschef, Tallviks kommun
TR  Tobias Rehn, sjuksköterska, Ekås kommun
EH  Eva Holm, samordnare, Region Norrby
ÅS  Åsa Sundqvist, undersköterska, Ekås kommun
"""


def _att(pm):
    return {e.name: (e.status, tuple(e.roles)) for e in pm.attendance}


def test_initials_roster_read_with_the_key_at_the_end():
    att = _att(parse_minutes(INITIALS_KEY_LAST, "ag_kostrad_2026-02-10.txt"))
    assert att["Kerstin Lindahl"][0] == "present" and "ordförande" in att["Kerstin Lindahl"][1]
    assert att["Mona Berglund"][0] == "present"
    assert att["Tobias Rehn"][0] == "present"
    assert att["Åsa Sundqvist"][0] == "absent"
    assert "sekreterare" in att["Eva Holm"][1]


def test_a_key_after_the_items_that_the_header_does_not_use_is_no_roster():
    text = INITIALS_KEY_LAST.replace("Närvarande: KL (ordf.), MB, TR, EH (anteckn.)\nFrånvarande: ÅS",
                                     "Närvarande: Kerstin Lindahl, Mona Berglund")
    text = text.replace("Förkortningar\n", "Förkortningar\nXY  Xavier Ystad, kurator, Ekås kommun\n")
    att = _att(parse_minutes(text, "ag_kostrad_2026-02-10.txt"))
    assert set(att) == {"Kerstin Lindahl", "Mona Berglund"}


AU_OF_A_JOINT_COUNCIL = """Politiskt samråd Vård Norrby – arbetsutskottet
PROTOKOLL
Sammanträdesdatum: 2026-03-05
Plats: Tallviks kommunhus, rum Ekorren
Beslutande: Anna Ek (S), ordförande, Region Norrby; Per Lind (M), vice ordförande, Tallviks kommun

§ 1 Dagordning
Arbetsutskottet beslutar att godkänna dagordningen.

§ 2 Föredragningslista
Arbetsutskottet beslutar att föreslå samrådet föredragningslista enligt bilaga 1.

Tallviks kommun har anmält två ärenden. Tallviks kommun deltar.
"""


def test_the_arbetsutskott_of_a_joint_council_is_no_kommuns_body():
    pm = parse_minutes(AU_OF_A_JOINT_COUNCIL, "au_samrad_2026-03-05.txt")
    assert pm.body == "Politiskt samråd Vård Norrbys arbetsutskott"


def test_an_utskott_preparing_the_matters_of_its_council_reports_to_it():
    from samverkan.loaders.relations import extract_relations
    text = AU_OF_A_JOINT_COUNCIL.replace(
        "Plats: Tallviks kommunhus, rum Ekorren\n",
        "Plats: Tallviks kommunhus, rum Ekorren\nArbetsutskottet bereder ärenden till Politiskt samråd Vård Norrby "
        "på uppdrag av samrådet och lämnar förslag till föredragningslista inför varje sammanträde.\n")
    rel = extract_relations(parse_minutes(text, "au_samrad_2026-03-05.txt"))
    got = {(m.from_body, m.to_body, m.kind) for m in rel.mandates}
    assert ("Politiskt samråd Vård Norrbys arbetsutskott", "Politiskt samråd Vård Norrby", "reports_to") in got
    assert ("Politiskt samråd Vård Norrby", "Politiskt samråd Vård Norrbys arbetsutskott", "delegates") in got


SWAP = """Samverkansgrupp Äldre Norrby – minnesanteckningar
Datum: 2026-05-20
Närvarande: Karin Ek, Tallviks kommun, ordförande; Jonas Berg, Ekås kommun, vice ordförande; Sara Lind, Region Norrby

§ 1 Mötet öppnas
Karin hälsade välkommen och presenterade Sara Lind, verksamhetschef för geriatriken, som ersätter Per Holm som en av regionens ledamöter i gruppen.
Beslut: Dagordningen fastställs.

§ 2 Ordförande och vice ordförande
Ordförande och vice ordförande byter plats vid halvårsskiftet.
Beslut: Jonas Berg är ordförande och Karin Ek vice ordförande från och med § 3 på detta möte och till och med den 31 december 2026.
"""


def _relations(text):
    from samverkan.loaders.relations import extract_relations
    return extract_relations(parse_minutes(text, "sg_aldre_2026-05-20.txt"))


def test_the_chair_and_the_vice_changing_places_are_two_new_seats_and_two_duties():
    rel = _relations(SWAP)
    joins = {(m.person, m.role) for m in rel.memberships if m.change == "join"}
    assert ("Jonas Berg", "ordförande") in joins and ("Karin Ek", "vice ordförande") in joins
    tasks = {(tuple(a.assignees), a.task) for a in rel.assignments}
    assert any(who == ("Jonas Berg",) and t.startswith("vara ordförande") for who, t in tasks)


def test_the_one_presented_is_the_one_who_replaces():
    rel = _relations(SWAP)
    replaced = {m.person for m in rel.memberships if m.change == "replace"}
    assert replaced == {"Sara Lind"}


def test_a_member_carrying_the_groups_report_up_states_whom_it_reports_to():
    rel = _relations(INITIALS_KEY_LAST.replace(
        "3. Nästa möte", "3. Rapport till styrgruppen\nKL rapporterar arbetsgruppens läge till Styrgrupp Kost Norrby "
                         "den 6 maj.\n\n4. Nästa möte"))
    got = {(m.from_body, m.to_body, m.kind) for m in rel.mandates}
    assert any(to == "Styrgrupp Kost Norrby" and kind == "reports_to" for _, to, kind in got)
