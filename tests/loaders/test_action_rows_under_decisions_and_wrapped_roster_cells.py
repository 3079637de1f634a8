"""Habits of four secretaries read on small minutes of their own: a samverkansgrupp's Word table
"Punkt | Diskussion | Beslut | Ansvarig | Klart till", whose "Ansvarig" under a decision carries that decision out
(not the task the discussion gave before it) by the time under the column's whole head; a political body's
roster whose PDF table cell joined "X (S), ordförande" and the next member on one line, and whose checker of the
minutes is labelled "Justering:"; a styrgrupp's e-mail whose "Ansvarig:" names two people, the sentence above
saying by her given name which of them does what, and one whose seat in the body given the task is told
in brackets after the name; a decision taken in the present ("Gruppen tillsätter en
arbetsgrupp …"); and a kommun's organ named after a place ending in a vowel ("Fjällsta kommunstyrelse").
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


ACTION_ROWS = """Samverkansgrupp Äldre – minnesanteckningar
Datum: 9 november 2028, kl. 09.30–12.00
Deltagare
Namn\tFunktion\tOrganisation\tNärv.
Anna Lööf\tverksamhetschef, ordförande\tRegion Åsen\tX
Ingela Mattsson\tenhetschef\tÅby kommun\tX
Göran Eklöf\täldreomsorgschef\tByn kommun\tX
Helena Borg\tMAS\tByn kommun\tX

Punkt\tDiskussion\tBeslut\tAnsvarig\tKlart till
1. Fallprevention
Helena Borg visade fallstatistiken för första halvåret.
Gruppen beslutade att sprida arbetssättet med fallriskbedömning till samtliga kommuner.
Ansvarig: Helena Borg, Klart till: 2029-03-31

2. Läkemedelsgenomgångar
Andelen genomförda läkemedelsgenomgångar ligger kvar på 60 %. Ingela Mattsson och Göran Eklöf bjuds in till primärvårdens ledningsgrupp i januari för att beskriva kommunernas behov.
Frågan lyfts till RLG.
Ansvarig: Anna Lööf, Klart till: RLG 2028-12-08

3. Demensvård
Rebecka Strand efterfrågade en gemensam vårdkedja.
Gruppen tillsätter en arbetsgrupp för demensvård med Helena Borg som sammankallande.
"""


def test_the_responsible_of_a_row_whose_time_is_under_klart_till_carries_out_its_decision():
    _, r = _read(ACTION_ROWS, "sg_aldre_2028-11-09.docx")
    assert (("Helena Borg",), "sprida arbetssättet med fallriskbedömning till samtliga kommuner") in _tasks(r), _tasks(r)


def test_the_responsible_under_a_decision_row_is_no_co_doer_of_the_task_the_discussion_gave():
    _, r = _read(ACTION_ROWS, "sg_aldre_2028-11-09.docx")
    tasks = _tasks(r)
    assert not any("Anna Lööf" in who and "Ingela Mattsson" in who for who, _ in tasks), tasks
    assert any(who == ("Anna Lööf",) and "lyfta frågan till RLG" in task for who, task in tasks), tasks


def test_a_group_set_up_in_the_present_is_the_meetings_decision():
    p, _ = _read(ACTION_ROWS, "sg_aldre_2028-11-09.docx")
    assert "tillsätta en arbetsgrupp för demensvård med Helena Borg som sammankallande" in [d.text for d in p.decisions]


ROSTER = """POLITISKT SAMRÅDSORGAN FÖR VÅRD OCH OMSORG I ÅSEN

PROTOKOLL         Sammanträde 5/2028

Sammanträdesdatum: fredagen den 24 november 2028, kl. 09.00–11.30

Närvarande

Huvudman                             Ledamöter                            Ersättare
Region Åsen                          Margit Skog (S), ordförande Henrik Alder (M)   Kerstin Åhlund (S)
Åby kommun                           Anneli Sjögren (M)                   Peder Nyström (S)

Justering: Anneli Sjögren (M). Protokollet justeras i Regionhuset onsdagen den 29 november 2028.

§ 39 Sammanträdets öppnande

Ordföranden öppnar sammanträdet.
"""


def test_a_role_wrapped_in_a_roster_cell_stays_with_the_member_before_it():
    p, _ = _read(ROSTER, "pso_2028-11-24.pdf")
    roles = {a.name: a.roles for a in p.attendance}
    assert "ordförande" in roles["Margit Skog"], roles
    assert "ordförande" not in roles["Henrik Alder"], roles


def test_the_one_under_justering_checks_the_minutes():
    p, _ = _read(ROSTER, "pso_2028-11-24.pdf")
    roles = {a.name: a.roles for a in p.attendance}
    assert "justerare" in roles["Anneli Sjögren"], roles
    assert "justerare" not in roles["Margit Skog"], roles


MAILED = """Minnesanteckningar – Styrgrupp Nära vård Åsen
Torsdag 7 december 2028 kl. 13.00–15.00, Teams

Närvaro: Gustav Holm, Region Åsen (ordf.); Rasmus Engdahl, Region Åsen; Johanna Kvist, Byns kommun

1. Läkarmedverkan i särskilt boende
Rasmus ser över hur läkarresurserna fördelas mellan vårdcentralerna till nästa möte. Johanna kontaktar MAS i Byn om avvikelserna från oktober.
Ansvarig: Rasmus Engdahl, Johanna Kvist

2. Gemensam korttidsvård
Beslut: Styrgruppen ger projektgruppen för gemensam korttidsvård i uppdrag att ta fram två alternativ för gemensamma platser.
Ansvarig: Gustav Holm (sammankallande i projektgruppen)

3. Ny ledamot
Sanna Wik avgår och ersätts av Anders Holm enligt beslut i Fjällsta kommunstyrelse den 3 oktober 2028.
"""


def test_the_second_name_after_an_ansvarig_comma_is_a_doer_and_the_given_name_above_says_whose_task():
    _, r = _read(MAILED, "sg_nara_vard_2028-12-07.eml")
    tasks = _tasks(r)
    assert (("Johanna Kvist",), "kontakta MAS i Byn om avvikelserna från oktober") in tasks, tasks
    assert not any(task.casefold().startswith("johanna") for _, task in tasks), tasks


def test_a_kommun_organ_owned_by_a_place_ending_in_a_vowel_is_named_with_its_place():
    _, r = _read(MAILED, "sg_nara_vard_2028-12-07.eml")
    assert "Fjällsta kommunstyrelse" in [g.name for g in r.groups], [g.name for g in r.groups]


def test_a_seat_in_brackets_after_the_responsible_is_her_seat_in_the_body_given_the_task():
    _, r = _read(MAILED, "sg_nara_vard_2028-12-07.eml")
    seats = [(m.person, m.group, m.role) for m in r.memberships if m.person == "Gustav Holm"]
    assert any(g and "korttidsvård" in g.casefold() and role == "sammankallande" for _, g, role in seats), seats
