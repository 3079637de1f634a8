"""Notes typed in a hurry on a phone (a title line with the day, the time and the place, given names with their
unit in brackets, "→ beslut:" after what was said, "@Namn fixar …"), a Word header table of labels over values,
and the readings of a ledningsgrupp's minutes: a presenter's seat in another body, a body given a task by its kind
in small letters reporting back "på LSVO", a group whose name goes on in small letters."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_docx_text, load_text, load_texts

PHONE_NOTES = """\
lokal samverkan Åby 6/2 2031 kl 9-10.30, kommunhuset rum Lyckan + teams
närv: Camilla (VoO), Hassan (IFO), Ingrid (vc Åby), Petter (BUP)
förhinder: Annika (elevhälsan)

förra ant gicks igenom, inget att tillägga → beslut: godkända

SIP - antal SIP:ar fortf lågt, diskussion om vem som kallar
→ beslut: IFO kallar till SIP när barnet har insats från socialtjänsten
@Hassan fixar lathund om SIP till handläggarna innan nästa möte
@Petter tar med frågan till BUP:s ledningsgrupp

utskrivningsklara - 2 pat låg kvar över 3 dgr i jan
@Camilla fixar avstämning med korttids om bemanningen helger

läkarmedverkan SÄBO - Ingrid säger att regionen ser över avtalet, vi inväntar det
"""


def _phone_notes(tmp_path):
    return load_text(tmp_path, "lokal_samverkan_aby_2031-02-06.txt", PHONE_NOTES)


def test_the_title_line_names_the_local_group_before_its_day_time_and_place(tmp_path):
    f = _phone_notes(tmp_path)
    assert f["body"] == "Lokal samverkan Åby"
    assert f["date"] == "2031-02-06"


def test_an_arrowed_decision_after_the_lines_own_text(tmp_path):
    decisions = _phone_notes(tmp_path)["decisions"]
    assert "godkända" in decisions
    assert "IFO kallar till SIP när barnet har insats från socialtjänsten" in decisions


def test_mentions_opening_lines_are_tasks_that_end_at_the_blank_line(tmp_path):
    tasks = dict(_phone_notes(tmp_path)["assignments"])
    assert tasks[("Hassan",)] == "fixa lathund om SIP till handläggarna innan nästa möte"
    assert tasks[("Petter",)] == "ta med frågan till BUP:s ledningsgrupp"
    assert tasks[("Camilla",)] == "fixa avstämning med korttids om bemanningen helger"


def test_bare_given_names_on_the_roster_stay_people_beside_others_of_that_name(tmp_path):
    notes = "lokal_samverkan_aby_2031-02-06.txt"
    data = load_texts(tmp_path, {notes: PHONE_NOTES, **{
        f"ag_sip_2031-0{k + 1}-10.txt":
            f"Arbetsgrupp SIP\nMinnesanteckningar 2031-0{k + 1}-10\nNärvarande: Camilla {surname} (Ekå kommun), "
            f"Ingrid {surname} (Region Ås), Petter {surname} (Region Ås)\n\n1. Rutinen\nRutinen gicks igenom.\n"
        for k, surname in enumerate(("Berg", "Lind"))}})
    names = {p["id"]: p["name"] for p in data["persons"]}
    source = next(x["id"] for x in data["sources"] if x["path"].endswith(notes))
    (event,) = [e for e in data["events"] if e["source_id"] == source]
    present = {names[p["person_id"]] for p in event["participants"] if p["status"] == "present"}
    assert {"Camilla", "Hassan", "Ingrid", "Petter"} <= present


def test_a_header_table_of_labels_over_values(tmp_path: Path):
    f = load_docx_text(tmp_path, "ledningsgrupp_aby.docx", "Ledningsgruppen för samverkan i Åby\n"
                       "Datum\tTid\tPlats\tSekreterare\n2031-03-14\t08.30–12.00\tKommunhuset i Åby\tElin Borg\n"
                       "Närvarande: Eva Ek, Åby kommun; Elin Borg, Region Ås\n1. Dagordning\nDagordningen godkändes.")
    assert f["date"] == "2031-03-14"
    assert ("Elin Borg", "present", ("ledamot", "sekreterare")) in f["attendance"] or any(
        name == "Elin Borg" and "sekreterare" in roles for name, _, roles in f["attendance"])


LEDNINGSGRUPP = """\
Ledningsgruppen för samverkan i Åby (LSÅ)
Minnesanteckningar 2031-03-14
Närvarande: Eva Ek, Åby kommun; Per Lund, Region Ås

1. Återrapport från samverkansgrupp Mitt i livet
Föredragande: Per Lund, ordförande i samverkansgruppen Mitt i livet.
Samverkansgruppen Mitt i livet har på uppdrag av Styrgrupp Barnahus kartlagt hur SIP används för vuxna.

2. Suicidprevention
LSÅ beslutar att ge styrgruppen för Uppdrag psykisk hälsa i uppdrag att ta fram ett förslag på uppföljning, att redovisas på LSÅ i juni.
"""


def _ledningsgrupp(tmp_path):
    return load_text(tmp_path, "lsa_2031-03-14.txt", LEDNINGSGRUPP)


def test_a_presenters_seat_in_a_body_is_her_membership_and_names_no_one(tmp_path):
    f = _ledningsgrupp(tmp_path)
    assert "Mitt" not in f["persons"]
    assert any(person == "Per Lund" and "Mitt i livet" in group for person, group, _ in f["memberships"]), f["memberships"]


def test_the_givers_name_ends_before_the_work_done_for_it(tmp_path):
    mandates = _ledningsgrupp(tmp_path)["mandates"]
    givers = {frm for frm, to, kind in mandates if kind == "delegates" and "Mitt" in to}
    assert givers == {"Styrgrupp Barnahus"}, mandates


def test_a_body_given_a_task_by_its_kind_reports_back_pa_the_giver(tmp_path):
    mandates = _ledningsgrupp(tmp_path)["mandates"]
    assert any(kind == "reports_to" and "psykisk hälsa" in frm and to.endswith("för samverkan i Åby")
               for frm, to, kind in mandates), mandates


def test_another_body_of_the_kind_that_met_by_its_name_after_the_kind(tmp_path):
    f = load_text(tmp_path, "lokal_samverkansgrupp_aby_2031-02-06.txt",
                  "Lokal samverkansgrupp Åby\nMinnesanteckningar 2031-02-06\nNärvarande: Eva Ek (Åby kommun), "
                  "Per Lund (Region Ås)\n\n1. Unga vuxna\nVi kommer inte längre lokalt. Eva Ek skickar frågan vidare "
                  "till samverkansgruppen Barn och unga.\n\n2. Övrigt\nInget.\n")
    assert ("Lokal samverkansgrupp Åby", "Samverkansgruppen Barn och unga", "refers") in f["mandates"], f["mandates"]
