"""Habits of secretaries of collaboration bodies read from small inline minutes: a roster written by huvudman
as labels on one line ("Region X: Eva Ek (ordf.), Per Lind; Åby kommun: …"), an absent member under
"Förhindrad:", a sentence under the roster giving the huvudman of the people named by their first names, the
notes' own title under a rule in a mailed message, a unit's seat taken over ("… som representant för
förskolan"), a seat taken over by "tar över hans plats", a seat from this meeting on "för elevhälsan", a task
to a school by what it is, to the centre the roster names ("Skolan sammanställer …"), and a request to "de lokala grupperna"."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations
from tests.loaders.test_uppdrag_extended_and_questions_from_bodies import _mandates, _memberships, _read


def _people(text: str):
    p = parse_minutes(text, "x.txt")
    return p, {a.name: (a.status, a.organisation) for a in p.attendance}


def test_roster_by_huvudman_as_labels_on_one_line():
    p, att = _people("Samverkansgrupp vuxna\nAnteckningar 2026-04-22\n"
                     "Närvarande: Region Norrby: Sofia Lind (ordf.), Rasmus Holm; Åby kommun: Henrik Dahl (sekr.); "
                     "Ekby kommun: Malin Åkesson\n"
                     "Förhinder: Ekby kommun: Hanna Ekvall; Region Norrby: Oskar Brandt\n\n1. Mötet öppnas\nSofia öppnade.\n")
    assert att == {"Sofia Lind": ("present", "Region Norrby"), "Rasmus Holm": ("present", "Region Norrby"),
                   "Henrik Dahl": ("present", "Åby kommun"), "Malin Åkesson": ("present", "Ekby kommun"),
                   "Hanna Ekvall": ("absent", "Ekby kommun"), "Oskar Brandt": ("absent", "Region Norrby")}


def test_forhindrad_as_the_label_of_the_absent():
    _, att = _people("Arbetsgrupp hemgång\nMinnesanteckningar 2026-03-24\nDeltagare\n"
                     "Namn            Sign.        Funktion och huvudman\n"
                     "Anna Berg       AB           sjuksköterska, Åby kommun\n"
                     "Emil Roos       ER           utvecklingsledare, Ekby kommun\n"
                     "Förhindrad: Lars Vik (LV), biståndshandläggare, Lövby kommun\n\n1   Uppdraget\nText.\n")
    assert att["Lars Vik"] == ("absent", "Lövby kommun")
    assert att["Emil Roos"] == ("present", "Ekby kommun")


_MAIL = ("Ämne: Anteckningar lokal samverkan Åby 16 april\nFrån: Sara Holm\nTill: Lokal samverkan Åby\n"
         "Skickat: den 20 april 2026 08:47\n\nHej!\n\nHär kommer anteckningarna.\n\nVänliga hälsningar\nSara Holm\n"
         "Åby kommun\n\n=====================================\nLokal samverkansgrupp Åby\n"
         "Torsdag 16 april 2026, 13.00–15.00, Familjecentralen Åby\n\n"
         "Deltog: Nils Berg, vårdcentralschef Åby vårdcentral (ordf.); Annika Lönn, enhetschef hemsjukvården; "
         "Linda Ström, förskolechef; Sara Holm, utvecklingsledare (antecknade)\n\n"
         "Förhinder: Gustav Ek, enhetschef biståndsenheten; Ylva Berg, BUP\n\n"
         "Nils och Ylva företräder Region Norrby, övriga Åby kommun.\n=====================================\n\n"
         "1) Välkommen\nNils hälsade välkommen.\n")


def test_title_under_a_rule_in_a_mailed_message():
    p = parse_minutes(_MAIL, "x.eml")
    assert p.body == "Lokal samverkansgrupp Åby"
    assert p.date == "2026-04-16" and p.date_basis == "text"


def test_huvudman_of_people_named_by_first_names_under_the_roster():
    p = parse_minutes(_MAIL, "x.eml")
    att = {a.name: (a.status, a.organisation) for a in p.attendance}
    assert att["Nils Berg"] == ("present", "Region Norrby")
    assert att["Ylva Berg"] == ("absent", "Region Norrby")
    assert att["Linda Ström"] == ("present", "Åby kommun")
    assert att["Gustav Ek"] == ("absent", "Åby kommun")


def test_replaces_someone_as_representative_of_a_unit():
    r = _read("Lokal samverkansgrupp Åby", "Linda Ström ersätter Petra Kjell som representant för förskolan.")
    assert {("Linda Ström", "Lokal samverkansgrupp Åby", "replace"),
            ("Petra Kjell", "Lokal samverkansgrupp Åby", "leave")} <= _memberships(r)


def test_takes_over_his_seat():
    r = _read("Samverkansgrupp vuxna", "Per Ek slutar i Ekby kommun efter sommaren. Karin Holm tar över hans plats i "
                                       "samverkansgruppen från och med augusti.")
    assert ("Karin Holm", "Samverkansgrupp vuxna", "replace") in _memberships(r)


def test_takes_part_from_today_for_a_unit():
    r = _read("Lokal samverkansgrupp Åby", "Khalid Omar deltar från och med i dag för elevhälsan.")
    assert ("Khalid Omar", "Lokal samverkansgrupp Åby", "join") in _memberships(r)


def test_task_to_a_school_by_what_it_is():
    r = _read("Lokal samverkansgrupp Åby", "-> Skolan sammanställer hur många elever som väntat mer än 30 dagar.")
    assert any(a.assignees == ["Skolan"] and a.task.startswith("sammanställa") for a in r.assignments)


def test_task_to_the_centre_the_roster_names():
    p = parse_minutes("Lokal samverkansgrupp Åby\nAnteckningar 2026-04-16\n\n"
                      "Deltog: Nils Berg, vårdcentralschef, Åby vårdcentral, Region Norrby; Eva Ek, MAS, Åby kommun\n\n"
                      "1) Barn som anhöriga\n-> Vårdcentralen ser över hur frågan ställs vid nybesök.\n", "x.txt")
    r = extract_relations(p)
    assert any(a.assignees == ["Åby vårdcentral, Region Norrby"] and a.task.startswith("se över") for a in r.assignments)


def test_request_to_the_local_groups_in_the_definite_plural():
    r = _read("Lokal samverkansgrupp Åby", "Samverkansgruppen har nu bett de lokala grupperna att till hösten testa "
                                          "den nya checklistan.")
    assert any(a.assignees == ["Lokal samverkansgrupp Åby"] and "testa" in a.task for a in r.assignments)


def test_task_presented_for_the_body_that_gave_it_is_a_report_back():
    r = _read("Samverkansgrupp vuxna", "Uppdrag till Arbetsgrupp samsjuklighet: ta fram en implementeringsplan och "
                                       "presentera den för samverkansgruppen i september.")
    assert ("Arbetsgrupp samsjuklighet", "Samverkansgrupp vuxna", "reports_to") in _mandates(r)


def test_uppdrag_to_report_with_no_addressee_reports_to_the_giver():
    r = _read("Politiskt samråd Norrby", "Ledningsgrupp Norrby har gett Samverkansgrupp äldre i uppdrag att följa upp "
                                         "överenskommelsen om hemsjukvård under 2026 och redovisa resultatet i januari 2027.")
    assert ("Samverkansgrupp äldre", "Ledningsgrupp Norrby", "reports_to") in _mandates(r)


def test_presenter_who_describes_the_matter_in_the_definite_form():
    p = parse_minutes("PROTOKOLL\nPolitiskt samråd Norrby\nSammanträdesdatum 2026-03-26\n\nBeslutande\n"
                      "    Eva Ek (S) – Region Norrby, ordförande\nÖvriga deltagande\n"
                      "    Mats Berg – socialchef, Åby kommun, § 11\n\n§ 11  Läkarmedverkan i hemsjukvården\n"
                      "Mats Berg beskriver svårigheterna att få läkarbesök i hemmet.\n\nBeslut\n"
                      "Frågan hänskjuts till ledningsgruppen.\n", "x.txt")
    assert p.items[0].presenters == ["Mats Berg"]
