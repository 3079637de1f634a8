"""Two kinds of minutes: a council of a kommun and its föreningar (an IOP / överenskommelse council) whose decisions
table names föreningar in its Ansvarig column, and an operativ arbetsgrupp's notes sent as a mail, with tasks to a
function in each kommun or unit and a member on leave stood in for."""
from __future__ import annotations

from samverkan.loaders.names import is_person_name as names_is_person_name
from samverkan.loaders.knowledge import load_knowledge
from samverkan.loaders.resolve import is_person_name
from tests.loaders.test_read_formats import load_docx_text, load_text

COUNCIL = """Samverkansrådet för civilsamhälle och kommun i Ekby
Protokoll
Datum: 4 mars 2027
Närvarande
Part\tNamn\tUppdrag i rådet
Ekby kommun\tKarin Alm, kommunalråd\tOrdförande
Ekby kommun\tPer Sund, utvecklare civilsamhälle\tSekreterare
Ekby Idrottsallians\tLars Ek\tVice ordförande
Röda Korset Ekbykretsen\tEva Holm\tLedamot
PRO Ekby\tNils Berg\tLedamot
1. Mötets öppnande
Ordföranden hälsade välkommen.
2. IOP Ungdomsgård Norr
Per Sund presenterade förslaget till IOP om driften av Ungdomsgård Norr.
Beslut
Nr\tBeslut\tAnsvarig
1\tRådet ställer sig bakom förslaget till IOP om Ungdomsgård Norr\tPer Sund
2\tFöreningarna i rådet samlar in synpunkter på bidragsreglerna senast 15 april 2027\tPRO Ekby, Röda Korset Ekbykretsen, Ekby Idrottsallians
"""

NOTES = """Från: Greta Sand
Skickat: den 12 mars 2027 09:02
Till: AG utskrivning
Ämne: Anteckningar från arbetsgruppen för utskrivning 11/3

Hej alla!

Här kommer anteckningarna från gårdagens möte i arbetsgruppen för utskrivning (Teams).

Vi som var med: jag själv (Greta Sand, MAS Åby kommun, sammankallande), Olle Berg (MAS Norrby kommun) och Lisa Ek (verksamhetschef Vårdcentralen Åby). Per Holm (biståndshandläggare, Åby kommun) hade förhinder.

Som ni vet är Anna Lund (enhetschef hemsjukvård, Norrby kommun) föräldraledig till och med augusti. Under tiden ersätts hon i gruppen av Maja Viklund, som också är enhetschef i hemsjukvården i Norrby.

Avvikelser. Vi kom fram till att MAS i varje kommun går igenom kommunens avvikelser och tar med en analys till nästa möte.

Fast vårdkontakt. Vårdcentralernas chefer ombeds se till att varje vårdcentral har en rutin för fast vårdkontakt.

Vänliga hälsningar
Greta Sand
"""


def test_foreningar_in_the_ansvarig_column_are_given_the_row(tmp_path):
    got = load_docx_text(tmp_path, "rad.docx", COUNCIL)
    rows = [who for who, task in got["assignments"] if task.casefold().startswith("föreningarna i rådet samlar in")]
    assert rows and "Ekby Idrottsallians" in rows[0]


def test_a_foerenings_local_branch_and_premises_by_their_quarter_are_no_people(tmp_path):
    got = load_docx_text(tmp_path, "rad.docx", COUNCIL)
    assert "Röda Korset Ekbykretsen" not in got["persons"] and "Ungdomsgård Norr" not in got["persons"]
    k = load_knowledge()
    assert not is_person_name("Röda Korset Ekbykretsen", k) and not names_is_person_name("Röda Korset Ekbykretsen")
    assert not is_person_name("Fritidsgård Väster", k)
    assert is_person_name("Anna Öster", k)  # a surname that is a quarter's word, after a given name


def test_a_stand_in_while_a_member_is_on_leave_takes_the_seat(tmp_path):
    got = load_text(tmp_path, "ag.txt", NOTES)
    assert ("Maja Viklund", "Arbetsgrupp för utskrivning", "replace") in got["memberships"]
    assert not any(p == "Anna Lund" and change == "leave" for p, _, change in got["memberships"])


def test_a_function_in_each_kommun_is_given_the_task_with_its_holders(tmp_path):
    got = load_text(tmp_path, "ag.txt", NOTES)
    tasks = dict((task.split()[0], who) for who, task in got["assignments"])
    assert "MAS i varje kommun" in tasks["gå"]
    assert {"Greta Sand", "Olle Berg"} <= set(tasks["gå"])


def test_the_chefs_of_the_care_centres_asked_in_the_passive(tmp_path):
    got = load_text(tmp_path, "ag.txt", NOTES)
    assert (("Vårdcentralernas chefer",), "se till att varje vårdcentral har en rutin för fast vårdkontakt") \
        in got["assignments"]


def test_a_forening_given_a_task_in_the_running_text_with_when_before_the_particle():
    from samverkan.loaders.rules import Example
    from tests.loaders.test_rules import facts_of, read

    r = read(Example(text="Röda Korset Ekbykretsen tar till nästa möte fram en beskrivning av sin läxhjälp.",
                     body="Samverkansrådet för civilsamhälle och kommun i Ekby",
                     roster=("Eva Holm, Röda Korset Ekbykretsen", "Nils Berg, PRO Ekby")))
    assert any(a[1] == ["röda korset ekbykretsen"] and "fram en beskrivning av sin läxhjälp" in a[2]
               for a in facts_of(r, "assignment"))
    assert not facts_of(r, "mandate")  # a förening is no body the council delegates to


def test_the_lead_of_a_working_group_named_by_her_given_name_after_the_list():
    from samverkan.loaders.rules import Example
    from tests.loaders.test_rules import facts_of, read

    r = read(Example(text="En arbetsgrupp för Föreningsdagen bildas med Eva Holm och Nils Berg, med Eva som sammankallande",
                     decision=True, body="Samverkansrådet för civilsamhälle och kommun i Ekby",
                     roster=("Eva Holm, Röda Korset Ekbykretsen", "Nils Berg, PRO Ekby")))
    assert ("assignment", ["eva holm"], "vara sammankallande i arbetsgrupp för föreningsdagen") in facts_of(r, "assignment")
    assert [m.role for m in r.memberships if m.person == "Eva Holm"] == ["sammankallande"]


def test_a_stand_in_who_was_there_for_the_first_time_is_present(tmp_path):
    text = NOTES.replace("enhetschef i hemsjukvården i Norrby.", "enhetschef i hemsjukvården i Norrby. Maja var med för "
                                                                  "första gången i går – välkommen!")
    got = load_text(tmp_path, "ag.txt", text)
    assert ("Maja Viklund", "present", ()) in [(n, s, tuple(r for r in roles if r != "ledamot")) for n, s, roles in got["attendance"]]
