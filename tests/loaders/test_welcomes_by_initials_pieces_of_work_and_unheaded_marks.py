"""Habits of secretaries of further meetings of the same bodies: the newcomer welcomed by the initials the roster
gives her, a piece of work told with "gör", a seat taken lately in a working group "som BUP:s representant", and a
Word roster whose last column, its heading empty, holds "X" or "anmält förhinder". Each read on small minutes of
its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_docx_text, load_text


INITIALS_NOTES = """SAMVERKANSGRUPP ÅBY
Minnesanteckningar

Datum:   2029-02-21, kl. 13.00-16.00
Plats:   Åby, rum Ekan

Ledamöter                                                        Närv.
RH    Rut Holm, Region Norrby, vuxenpsykiatrin (ordf.)            x
HW    Hedda Wik, Region Norrby, primärvård väster                 x
PA    Per Ask, Åby kommun, socialpsykiatri                        x

1. Inledning
RH hälsade HW välkommen som ny ledamot för regionen efter Sten Kjell.
Dagordningen fastställdes.
"""


def test_a_newcomer_welcomed_by_her_initials_replaces_the_one_named_after(tmp_path):
    """"RH hälsade HW välkommen som ny ledamot för regionen efter Sten Kjell": HW is the roster's Hedda Wik, who
    takes the seat Sten Kjell leaves."""
    f = load_text(tmp_path, "sg.txt", INITIALS_NOTES)
    assert ("Hedda Wik", "Samverkansgrupp Åby", "replace") in f["memberships"], f["memberships"]
    assert ("Sten Kjell", "Samverkansgrupp Åby", "leave") in f["memberships"]


WORK_NOTES = """# Arbetsgrupp hemgång — minnesanteckningar

Datum: onsdag 4 mars 2026, kl. 13.15–15.00
Plats: Teams

## Deltagare

| Namn | Verksamhet | Huvudman | Närvaro |
|---|---|---|---|
| Karin Ek | utvecklingsledare, sammankallande | Region Norrby | närvarande |
| Olle Sand | biståndshandläggare | Åby kommun | närvarande |
| Gun Berg | kurator | Region Norrby | närvarande |

### 1. Informationsblad
Ansvarig: Olle och Gun gör ett första utkast till informationsbladet till nästa möte.

### 2. Statistik
*Åtgärd:* Karin gör en ny körning för augusti–november och redovisar vid mötet i maj.

### 3. Fasta SIP-tider
- Olle och Gun gör utvärderingen och skickar den till samverkansgruppen senast 1 september.
"""


def test_a_piece_of_work_told_with_gor_is_a_task(tmp_path):
    """"gör ett första utkast", "gör en ny körning", "gör utvärderingen": a draft, a run of the figures, the
    evaluation the item is about, each a piece of work the doers are to do."""
    f = load_text(tmp_path, "ag.md", WORK_NOTES)
    tasks = dict((task.split(" ")[1] + " " + task.split(" ")[2], who) for who, task in f["assignments"])
    assert tasks.get("ett första") == ("Gun Berg", "Olle Sand"), f["assignments"]
    assert tasks.get("en ny") == ("Karin Ek",), f["assignments"]
    assert any(who == ("Gun Berg", "Olle Sand") and task.startswith("göra utvärderingen") for who, task in f["assignments"])


SEAT_NOTES = """Samverkansgrupp Åby
===================

Minnesanteckningar · torsdag 23 oktober 2025 kl. 13.00–15.00 · Teams

Närvarande:

* Per Ek, verksamhetschef BUP, Region Norrby – sammankallande
* Lina Ås, IFO-chef, Åby kommun

**Punkt 2 – Arbetsgrupp mobila team: förslag till rutiner**

Nadia redovisar arbetsgruppens förslag. Elvira Munk ingår sedan början av oktober i arbetsgruppen som BUP:s
representant.
"""


def test_a_seat_taken_lately_in_a_working_group_for_a_unit(tmp_path):
    """"X ingår sedan början av oktober i arbetsgruppen som BUP:s representant": a seat taken since the last
    meeting in the working group the item is about, for the unit by its letters."""
    f = load_text(tmp_path, "sg.md", SEAT_NOTES)
    assert ("Elvira Munk", "Arbetsgrupp mobila team", "join") in f["memberships"], f["memberships"]


def test_a_seat_held_long_is_no_new_seat(tmp_path):
    """"sedan länge": a seat held, not taken."""
    f = load_text(tmp_path, "sg.md", SEAT_NOTES.replace("sedan början av oktober", "sedan länge"))
    assert ("Elvira Munk", "Arbetsgrupp mobila team", "join") not in f["memberships"], f["memberships"]


UNHEADED_MARKS = """Lokal samverkan Åby
Minnesanteckningar 2029-04-04, kl. 08.30–10.00
Plats: Åby vårdcentral
Deltagare\tFunktion\tOrganisation\t
Hanna Lund\tenhetschef hemsjukvård, ordförande\tÅby kommun\tX
Kent Nyb\tsocialsekreterare vuxen\tÅby kommun\tX
Lotta Frans\tkurator, psykiatriska öppenvården Åby\tRegion Norrby\tanmält förhinder
Oskar Berg\tkurator, psykiatriska öppenvården Åby\tRegion Norrby\tX
1. Anteckningar från 7 februari
Anteckningarna godkändes.
"""


def test_a_word_rosters_unheaded_last_column_holds_presence(tmp_path):
    """A Word roster "Deltagare | Funktion | Organisation | " whose last cells read "X" or "anmält förhinder":
    the column with no heading says who was there and who was away."""
    f = load_docx_text(tmp_path, "ls.docx", UNHEADED_MARKS)
    status = {n: s for n, s, _ in f["attendance"]}
    assert status["Lotta Frans"] == "absent", f["attendance"]
    assert status["Hanna Lund"] == status["Oskar Berg"] == "present"


def test_a_rule_sent_back_for_completion_names_no_body():
    """"återremitteras till arbetsgruppen för komplettering": why it goes back, no "Arbetsgrupp för komplettering"."""
    from samverkan.loaders.relations import find_groups

    names = [g.name for g in find_groups("Rutinen för sekretess återremitteras till arbetsgruppen för komplettering "
                                         "med samtyckesblankett.")]
    assert names == ["arbetsgruppen"], names


LATER_GROUP = SEAT_NOTES + """
*Beslut:* Rutinen för sekretess återremitteras till arbetsgruppen för komplettering med samtyckesblankett.

**Punkt 3 – Unga med skadligt bruk**

Styrgruppen har gett en arbetsgrupp för unga med skadligt bruk i uppdrag att utreda en gemensam mottagning.
"""


def test_the_working_group_of_the_items_title_though_another_is_named_later(tmp_path):
    """"arbetsgruppen" under "Punkt 2 – Arbetsgrupp mobila team": that group, though a later item names another
    working group."""
    f = load_text(tmp_path, "sg.md", LATER_GROUP)
    assert ("Elvira Munk", "Arbetsgrupp mobila team", "join") in f["memberships"], f["memberships"]


TACTICAL_NOTES = """SAMVERKANSGRUPP ÅLDRANDE
Minnesanteckningar

Datum:   2029-02-21, kl. 13.00-16.00
Plats:   Åby, rum Ekan

Ledamöter                                                        Närv.
RH    Rut Holm, Region Norrby (ordf.)                                x
PA    Per Ask, Åby kommun                                            x
EL    Eva Lund, Ekby kommun                                          x

1. Gemensamma SIP-tider - fråga från Lokal samverkan Åby
PA presenterade underlaget från den lokala gruppen.
Beslut:
att Lokal samverkan Åby utvärderar försöket och redovisar till samverkansgruppen i september,
att frågan därefter tas upp på nytt.
"""


def test_a_local_group_named_by_what_it_does_and_its_place_is_given_a_trial_to_evaluate(tmp_path):
    """"att Lokal samverkan Åby utvärderar försöket och redovisar …": the kommun's local group, named by what it
    does and its place, is to evaluate the trial; the body that met gave it the task."""
    f = load_text(tmp_path, "sg.txt", TACTICAL_NOTES)
    assert any(who == ("Lokal samverkan Åby",) and task.startswith("utvärdera försöket")
               for who, task in f["assignments"]), f["assignments"]
    assert any(b == "Lokal samverkan Åby" and k == "delegates" for _, b, k in f["mandates"]), f["mandates"]


def test_lokal_samverkan_in_small_letters_is_a_way_of_working():
    """"lokal samverkan kring barn": how the work is done, no body."""
    from samverkan.loaders.relations import GroupVocabulary, find_groups

    v = GroupVocabulary(places=("Åby",))
    assert [g.name for g in find_groups("Vi behöver mer lokal samverkan kring barn i Åby.", v)] == []
    assert [g.name for g in find_groups("Frågan kom från Lokal samverkan Åby.", v)] == ["Lokal samverkan Åby"]


LOCAL_NOTES = """Lokal samverkan Åby
Minnesanteckningar 2029-04-04, kl. 08.30–10.00
Plats: Åby vårdcentral
Deltagare\tFunktion\tOrganisation\tNärvaro
Hanna Lund\tenhetschef hemsjukvård, ordförande\tÅby kommun\tX
Kent Nyb\tsocialsekreterare vuxen\tÅby kommun\tX
1. Fasta SIP-tider
Kent berättade att nio SIP har hållits på de fasta tiderna. Samverkansgrupp Åldrande vill att gruppen utvärderar försöket och redovisar i september. Försöket fortsätter därför hela året.
"""


def test_a_wish_of_the_body_above_that_the_group_evaluate_is_its_task(tmp_path):
    """"Samverkansgrupp X vill att gruppen utvärderar försöket och redovisar i september", in the local group's
    notes: "gruppen" is the writers' own body, which takes on the task the body above asks of it."""
    f = load_docx_text(tmp_path, "ls.docx", LOCAL_NOTES)
    assert any(who == ("Lokal samverkan Åby",) and task.startswith("utvärdera försöket")
               for who, task in f["assignments"]), f["assignments"]


def test_a_wish_that_the_group_report_elsewhere_from_now_on_is_no_task(tmp_path):
    """"… vill att gruppen framöver avrapporterar till X": a standing line of report changed, nothing to do."""
    text = LOCAL_NOTES.replace("vill att gruppen utvärderar försöket och redovisar i september",
                               "vill att gruppen framöver avrapporterar till Samverkansgrupp Ekby")
    f = load_docx_text(tmp_path, "ls.docx", text)
    assert not any(who == ("Lokal samverkan Åby",) for who, _ in f["assignments"]), f["assignments"]


SBU_NOTES = """Samverkansgrupp Åby
===================

Minnesanteckningar · torsdag 23 oktober 2025 kl. 13.00–15.00 · Teams

Närvarande:

* Per Ek, verksamhetschef BUP, Region Norrby – sammankallande
* Lina Ås, IFO-chef, Åby kommun
* Reza Tahir, verksamhetschef psykiatrin, Region Norrby

Frånvarande:

* Jukka Heikki, IFO-chef, Ekby kommun

**Punkt 2 – Arbetsgrupp mobila team**

Jukka ser till att Ekby kommun utser en representant till arbetsgruppen före 15 november.

**Punkt 3 – Unga med skadligt bruk**

Reza återkopplar från Styrgrupp psykisk hälsa och beroende.

**Punkt 4 – Rapport till RLG**

Per skriver rapporten; övriga skickar sina bidrag till honom senast 31 oktober.
"""


def test_one_who_sees_to_it_that_a_kommun_appoints_has_the_task(tmp_path):
    """"Jukka ser till att Ekby kommun utser en representant": Jukka's task is to see to it, not the kommun's."""
    f = load_text(tmp_path, "sg.md", SBU_NOTES)
    assert any(who == ("Jukka Heikki",) and task.startswith("se till att Ekby kommun utser")
               for who, task in f["assignments"]), f["assignments"]
    assert not any(who == ("Ekby kommun",) for who, _ in f["assignments"]), f["assignments"]


def test_feedback_from_another_body_is_news_no_task(tmp_path):
    """"Reza återkopplar från Styrgrupp X": what he brings from the other body's meeting, told here."""
    f = load_text(tmp_path, "sg.md", SBU_NOTES)
    assert not any(who == ("Reza Tahir",) for who, _ in f["assignments"]), f["assignments"]


def test_the_others_part_after_a_semicolon_is_the_bodys_task(tmp_path):
    """"Per skriver rapporten; övriga skickar sina bidrag till honom senast 31 oktober": his task, and the rest of
    the body's."""
    f = load_text(tmp_path, "sg.md", SBU_NOTES)
    tasks = {task: who for who, task in f["assignments"]}
    assert tasks.get("skriva rapporten") == ("Per Ek",), f["assignments"]
    assert any(who == ("Samverkansgrupp Åby",) and task.startswith("skicka sina bidrag")
               for who, task in f["assignments"]), f["assignments"]
