"""Resolution rules on small hand-made parsed minutes."""
from __future__ import annotations

import hashlib

import pytest

from samverkan.graph.ids import make_id
from samverkan.loaders.knowledge import load_knowledge
from samverkan.loaders.resolve import KnownPerson, resolve_documents
from samverkan.loaders.types import (AttendanceEntry, NameMention, ParsedDecision, ParsedItem, ParsedMinutes, RawAssignment,
                           RawDocument, RawGroup, RawMandate, RawMembership, RawRelations)


@pytest.fixture(scope="module")
def k():
    return load_knowledge()


def doc(name: str, parsed: ParsedMinutes, rel: RawRelations | None = None, text: str = "Region Blekinge"):
    """A parsed document; its text names the region of the packaged knowledge file, so that file applies."""
    sha = hashlib.sha256(name.encode()).hexdigest()
    return RawDocument(name, text, sha, "text/plain"), parsed, rel or RawRelations()


def names(facts):
    return sorted(p.name for p in facts.persons)


def pid(name):
    return make_id("person", name)


def test_hyphen_variants_are_one_person(k):
    a = doc("a.txt", ParsedMinutes("a.txt", "formal", body="LSVO", date="2023-11-17",
                                   attendance=[AttendanceEntry("Torill Skaar-Magnusson", "present", ["ledamot"])]))
    b = doc("b.txt", ParsedMinutes("b.txt", "formal", body="LSVO", date="2024-05-24",
                                   attendance=[AttendanceEntry("Torill Skaar Magnusson", "present", ["ledamot"]),
                                               AttendanceEntry("Martin Asman", "present"),
                                               AttendanceEntry("MARTIN ÅSMAN", "present"),
                                               AttendanceEntry("Martin Åsman", "present")]))
    fa, fb = resolve_documents([a, b], k)
    torill = {p.name: p.id for p in fb.persons}["Torill Skaar Magnusson"]
    assert fa.persons[0].id == torill
    assert [p.name for p in fb.persons].count("Martin Åsman") == 1
    assert len(fb.persons) == 2


def test_first_name_resolves_to_presenter_of_same_item(k):
    items = [ParsedItem("4", "Kunskapsstyrning", presenters=["Birgitta Nilsson"]),
             ParsedItem("8", "LOS", presenters=["Rebecca Welander"])]
    rel = RawRelations(person_mentions=[NameMention("Birgitta", "4"), NameMention("Birgitta Friberg", "8"),
                                        NameMention("Rebecka", "8"), NameMention("Rebecca W", "8")])
    (f,) = resolve_documents([doc("a.txt", ParsedMinutes("a.txt", "numbered", items=items), rel)], k)
    assert names(f) == ["Birgitta Friberg", "Birgitta Nilsson", "Rebecca Welander"]
    rw = next(p for p in f.persons if p.name == "Rebecca Welander")
    assert {m.text for m in rw.mentions} == {"Rebecca Welander", "Rebecka", "Rebecca W"}
    assert not f.unresolved


def test_two_mats_give_unresolved_mention_with_both_candidates(k):
    a = doc("a.txt", ParsedMinutes("a.txt", "formal", body="LSVO", date="2024-05-24",
                                   attendance=[AttendanceEntry("Mats Wennstig", "present"),
                                               AttendanceEntry("Mats Berggren", "absent")]))
    b = doc("b.txt", ParsedMinutes("b.txt", "numbered", items=[ParsedItem("1", "X")]),
            RawRelations(person_mentions=[NameMention("Mats", "1")]))
    _, fb = resolve_documents([a, b], k)
    assert fb.persons == ()
    (u,) = fb.unresolved
    assert u.text == "Mats"
    assert set(u.candidate_ids) == {pid("Mats Wennstig"), pid("Mats Berggren")}


def test_one_mats_in_document_resolves(k):
    a = doc("a.txt", ParsedMinutes("a.txt", "formal", attendance=[AttendanceEntry("Mats Berggren", "absent")]))
    items = [ParsedItem("1", "X", presenters=["Mats Wennstig"]), ParsedItem("2", "Y")]
    b = doc("b.txt", ParsedMinutes("b.txt", "numbered", items=items),
            RawRelations(person_mentions=[NameMention("Mats", "2")]))
    _, fb = resolve_documents([a, b], k)
    assert names(fb) == ["Mats Wennstig"]
    assert not fb.unresolved


def test_initial_form_in_other_item_stays_its_own_person(k):
    items = [ParsedItem("6", "LOS"), ParsedItem("7", "Workshop", presenters=["Marie Sjöberg"])]
    rel = RawRelations(person_mentions=[NameMention("Marie S", "6"), NameMention("Marie", "7"),
                                        NameMention("Lena H", "6"), NameMention("Lena", "7"),
                                        NameMention("Heidi", "6")])
    (f,) = resolve_documents([doc("a.txt", ParsedMinutes("a.txt", "numbered", items=items), rel)], k)
    assert names(f) == ["Heidi", "Lena H", "Marie S", "Marie Sjöberg"]
    lena = next(p for p in f.persons if p.name == "Lena H")
    assert {m.text for m in lena.mentions} == {"Lena H", "Lena"}
    by_text = {u.text: u for u in f.unresolved}
    assert set(by_text) == {"Marie S", "Lena H", "Heidi"}
    assert by_text["Marie S"].candidate_ids == (pid("Marie Sjöberg"),)


def test_first_name_resolves_through_the_batch(k):
    a = doc("a.txt", ParsedMinutes("a.txt", "formal", attendance=[AttendanceEntry("Nuray Iliev", "guest")]))
    b = doc("b.txt", ParsedMinutes("b.txt", "numbered", items=[ParsedItem("3", "LSVO")]),
            RawRelations(person_mentions=[NameMention("Nuray", "3")]))
    _, fb = resolve_documents([a, b], k)
    assert names(fb) == ["Nuray Iliev"]


def test_an_initial_and_a_surname_resolve_to_the_one_person_of_that_name(k):
    a = doc("a.txt", ParsedMinutes("a.txt", "formal", attendance=[AttendanceEntry("Anders Nygård-Pettersson", "present"),
                                                                  AttendanceEntry("Anna Lund", "present"),
                                                                  AttendanceEntry("Axel Lund", "present")]))
    b = doc("b.txt", ParsedMinutes("b.txt", "formal", attendance=[AttendanceEntry("A. Nygård-Pettersson", "absent"),
                                                                  AttendanceEntry("A. Lund", "present")]))
    _, fb = resolve_documents([a, b], k)
    # two people of the batch fit "A. Lund": it stays as written
    assert names(fb) == ["A Lund", "Anders Nygård-Pettersson"]
    known = [KnownPerson("person:known0000000002", "Yasmin Farouk", last_seen="2025-02-13")]
    c = doc("c.txt", ParsedMinutes("c.txt", "formal", attendance=[AttendanceEntry("Y. Farouk", "guest")]))
    (fc,) = resolve_documents([c], k, known)
    assert [p.id for p in fc.persons] == ["person:known0000000002"]


def test_known_people_resolve_first_names_and_keep_their_ids(k):
    known = [KnownPerson("person:known0000000001", "Boel Bingström Karlsson", last_seen="2024-01-01")]
    b = doc("b.txt", ParsedMinutes("b.txt", "numbered", items=[ParsedItem("3", "X")]),
            RawRelations(person_mentions=[NameMention("Boel", "3"), NameMention("Boel Bingström-Karlsson", "3")]))
    (fb,) = resolve_documents([b], k, known)
    assert [p.id for p in fb.persons] == ["person:known0000000001"]


def test_not_persons_are_dropped(k):
    rel = RawRelations(person_mentions=[NameMention(t) for t in (
        "Justerandes signatur", "Utdragsbestyrkande", "Trygg och säker", "Cosmic Link", "Mobil närvård",
        "Dermicus Wound", "LSVO", "Samverkansgrupp att åldras", "Region Blekinge", "Karlshamn",
        "Prator", "Socialförvaltningen", "Ordförande", "Bodil Sundlöf")])
    (f,) = resolve_documents([doc("a.txt", ParsedMinutes("a.txt", "formal"), rel)], k)
    assert names(f) == ["Bodil Sundlöf"]


def test_huvudman_variants_and_units(k):
    att = [AttendanceEntry("Björn Petersson", "present", ["ledamot"], unit="arbete- och välfärdsförvaltningen",
                           organisation="Sölvesborg kommun"),
           AttendanceEntry("Anna-Karin Åkesson", "guest", title="verksamhetschef", organisation="Ronneby kommun§111"),
           AttendanceEntry("Tomas Ringberg", "absent", unit="Utbildningsförvaltningen", organisation="Karlshamns  Kommun"),
           AttendanceEntry("Karin Nedfors", "present", ["sekreterare"], unit="enheten för kvalitet och utveckling"),
           AttendanceEntry("Görel Karlsson", "present", unit="kommunikationsavdelningen")]
    a = doc("a.txt", ParsedMinutes("a.txt", "formal", body="LSVO", date="2024-05-24", attendance=att))
    b = doc("b.txt", ParsedMinutes("b.txt", "formal", attendance=[AttendanceEntry(
        "Carina Andersson", "present", unit="Enheten för kvalitet och utveckling", organisation="Region Blekinge")]))
    fa, _ = resolve_documents([a, b], k)
    orgs = {o.name: o for o in fa.organisations}
    assert {"Sölvesborgs kommun", "Ronneby kommun", "Karlshamns kommun", "Region Blekinge"} <= set(orgs)
    unit = orgs["Arbete- och välfärdsförvaltningen, Sölvesborgs kommun"]
    assert unit.classification == "unit" and unit.parent_id == orgs["Sölvesborgs kommun"].id
    assert orgs["Enheten för kvalitet och utveckling, Region Blekinge"].parent_id == orgs["Region Blekinge"].id
    assert "Kommunikationsavdelningen, Region Blekinge" in orgs
    att_by = {a.person_id: a for a in fa.attendance}
    assert att_by[pid("Anna-Karin Åkesson")].huvudman_id == orgs["Ronneby kommun"].id


def test_groups_aliases_levels_and_meeting_group(k):
    items = [ParsedItem("3", "Protokoll LSVO:s ledningsgrupp"), ParsedItem("6", "LOS")]
    rel = RawRelations(
        groups=[RawGroup("LSVO:s ledningsgrupp", "3"), RawGroup("PSVO", "3"),
                RawGroup("det interkommunala forumet", "6"),
                RawGroup("arbetsgrupp för att ta fram uppdragsbeskrivning", "6", created=True),
                RawGroup("styrgrupp för jämlik hälsa, nära vård, stöd-och omsorg", "3", created=True),
                RawGroup("styrgrupp Barnahus", "6", parent="LSVO", created=True),
                RawGroup("den nationella styrgruppen för X", "6")],
        memberships=[RawMembership("Emmy P", "arbetsgruppen", role="kommunrepresentant",
                                   on_behalf_of="kommunerna", change="join", item="6"),
                     RawMembership("Pernilla Haraldsson", "Samverkansgrupp att åldras", change="join", item="3")])
    parsed = ParsedMinutes("a.txt", "numbered", body="Samverkansgrupp Att åldras", items=items,
                           date_range=("2023-12-15", "2023-12-18"))
    (f,) = resolve_documents([doc("a.txt", parsed, rel)], k)
    g = {x.name: x for x in f.groups}
    assert f.meeting.group_id == g["Samverkansgrupp att åldras"].id
    assert g["LSVO"].level == "strategisk" and g["PSVO"].level == "politisk"
    assert g["Samverkansgrupp att åldras"].level == "taktisk"
    assert g["Interkommunala forumet"].level is None
    assert g["Arbetsgrupp för att ta fram uppdragsbeskrivning"].level == "operativ"
    assert g["Styrgrupp för jämlik hälsa, nära vård, stöd och omsorg"].level == "taktisk"
    assert g["Styrgrupp Barnahus"].level == "taktisk" and g["Styrgrupp Barnahus"].parent_id == g["LSVO"].id
    assert g["Nationella styrgruppen för X"].level is None
    emmy = next(m for m in f.memberships if m.person_id == pid("Emmy P"))
    assert emmy.group_id == g["Arbetsgrupp för att ta fram uppdragsbeskrivning"].id
    assert emmy.change == "join" and emmy.on_behalf_of_id == make_id("org", "kommunerna i Blekinge")
    assert f.meeting.date is None and f.meeting.date_range == ("2023-12-15", "2023-12-18")
    assert f.meeting.date_basis == "range" and f.warnings


def test_standing_members_assignments_mandates(k):
    att = [AttendanceEntry("Bodil Sundlöf", "present", ["ordförande", "ledamot"], organisation="Region Blekinge"),
           AttendanceEntry("Mats Berggren", "absent", ["ledamot"], organisation="Region Blekinge"),
           AttendanceEntry("Bengt Wittesjö", "guest", title="smittskyddsläkare", organisation="Region Blekinge",
                           paragraphs=["§50"])]
    items = [ParsedItem("50/24", "Vaccinationssamordning"), ParsedItem("51/24", "LINK")]
    decs = [ParsedDecision("50/24", "ge Bengt Wittesjö i uppdrag att återkomma", 0)]
    rel = RawRelations(
        assignments=[RawAssignment("50/24", ["Bengt Wittesjö", "Interkommunala forumet"], "återkomma", "decision",
                                   decision_position=0, given_by="LSVO", report_to="LSVO")],
        mandates=[RawMandate("LSVO", "styrgruppen för UPH", "delegates", item="51/24")],
        absent=["Bodil"])
    parsed = ParsedMinutes("a.txt", "formal", body="LSVO", date="2024-05-24", attendance=att, items=items,
                           decisions=decs)
    (f,) = resolve_documents([doc("a.txt", parsed, rel)], k)
    mem = {m.person_id: m for m in f.memberships}
    # the absent ledamot holds a seat too; the guest does not
    assert set(mem) == {pid("Bodil Sundlöf"), pid("Mats Berggren")}
    assert mem[pid("Bodil Sundlöf")].role == "ordförande"
    assert mem[pid("Bodil Sundlöf")].on_behalf_of_id == make_id("org", "Region Blekinge")
    assert mem[pid("Bodil Sundlöf")].start_date == "2024-05-24"
    (asg,) = f.assignments
    assert asg.assignee_ids == (pid("Bengt Wittesjö"), make_id("group", "Interkommunala forumet"))
    assert asg.decision_id == f.decisions[0].id and asg.given_by_id == make_id("group", "LSVO")
    (man,) = f.mandates
    assert man.to_id == make_id("group", "Styrgrupp Uppdrag psykisk hälsa")
    assert {a.person_id: a.status for a in f.attendance}[pid("Bodil Sundlöf")] == "present"


def test_resolving_twice_gives_equal_facts(k):
    att = [AttendanceEntry("Mats Wennstig", "present", ["sekreterare"], unit="Enheten för kvalitet och utveckling",
                           organisation="Region Blekinge")]
    items = [ParsedItem("1", "A", presenters=["Mats Wennstig"]), ParsedItem("1", "B")]
    rel = RawRelations(person_mentions=[NameMention("Mats", "1"), NameMention("Heidi", "1")],
                       groups=[RawGroup("arbetsgrupp X", "1", created=True)])
    batch = [doc("a.txt", ParsedMinutes("a.txt", "formal", body="LSVO", date="2024-01-01",
                                        attendance=att, items=items), rel)]
    first = resolve_documents(batch, k)
    second = resolve_documents(batch, k)
    assert first == second
    assert first[0].items[0].id != first[0].items[1].id


def test_bare_specific_body_is_kept_but_bare_generic_word_is_not(k):
    items = [ParsedItem("133", "LOS")]
    rel = RawRelations(groups=[RawGroup("Analysgrupp", "133"), RawGroup("arbetsgruppen", "133")],
                       person_mentions=[NameMention("Samverkansavtal Kunskapsstyrning", "133"),
                                        NameMention("Utvecklingssamordnare God", "133")])
    (f,) = resolve_documents([doc("a.txt", ParsedMinutes("a.txt", "formal", body="LSVO", items=items), rel)], k)
    assert {g.name for g in f.groups} == {"LSVO", "PSVO", "Analysgrupp"}
    assert {g.name: g.level for g in f.groups}["Analysgrupp"] == "operativ"
    assert f.persons == ()


def test_a_title_and_a_genitive_resolve_to_the_person_named():
    from samverkan.loaders.resolve import clean_name
    assert clean_name("Socialchef Helén Dahlqvist") == "Helén Dahlqvist"
    assert clean_name("Anna Lund") == "Anna Lund"  # two words: nothing to strip


def test_initials_from_the_roster_name_the_person_later(k):
    att = [AttendanceEntry("Per-Anders Nyqvist", "present", ["ledamot"], initials="PAN"),
           AttendanceEntry("Jonas Ek", "present", ["ledamot"])]
    rel = RawRelations(assignments=[RawAssignment("2", ["PAN"], "ta fram en plan", "narrative")])
    (f,) = resolve_documents([doc("a.txt", ParsedMinutes("a.txt", "numbered", attendance=att,
                                                         items=[ParsedItem("2", "Plan")]), rel)], k)
    assert names(f) == ["Jonas Ek", "Per-Anders Nyqvist"]
    pan = next(p for p in f.persons if p.name == "Per-Anders Nyqvist")
    assert f.assignments[0].assignee_ids == (pan.id,)
    assert "PAN" in {m.text for m in pan.mentions}


def test_a_genitive_of_a_named_person_is_that_person(k):
    att = [AttendanceEntry("Göran Lind", "present", ["ledamot"])]
    rel = RawRelations(person_mentions=[NameMention("Göran Linds", "2")])
    (f,) = resolve_documents([doc("a.txt", ParsedMinutes("a.txt", "numbered", attendance=att,
                                                         items=[ParsedItem("2", "Yrkande")]), rel)], k)
    assert names(f) == ["Göran Lind"]

# ------------------------------------------------------------------ group names
def _minutes_of(body, groups, text):
    from samverkan.loaders.types import RawGroup
    rel = RawRelations(groups=[RawGroup(name=g, item=None) for g in groups])
    return doc(f"{body}.txt", ParsedMinutes(f"{body}.txt", "formal", body=body), rel, text=text)


def test_one_body_named_two_ways_is_one_group_and_time_phrases_are_no_part_of_it():
    k = load_knowledge()
    a = _minutes_of("Samverkansgrupp äldre", ["Regional ledningsgrupp för vård och omsorg (RLG)",
                                              "Arbetsgrupp för fallprevention", "arbetsgrupp fallprevention",
                                              "Styrgrupp psykisk hälsa före sommaren"], "Region Fjällby")
    b = _minutes_of("Arbetsgrupp SIP", ["RLG", "Beslut: Gruppen", "Styrgrupp psykisk hälsa den 12 mars"],
                    "Region Fjällby. Frågan lyfts till RLG.")
    fa, fb = resolve_documents([a, b], k)
    names_a = sorted(g.name for g in fa.groups)
    assert names_a == ["Arbetsgrupp för fallprevention", "Regional ledningsgrupp för vård och omsorg",
                       "Samverkansgrupp äldre", "Styrgrupp psykisk hälsa"]
    rlg = next(g for g in fa.groups if g.name.startswith("Regional"))
    assert "RLG" in rlg.aliases and rlg.level == "strategisk"
    # "Beslut: Gruppen" is the body that met, never a group of its own
    assert sorted(g.name for g in fb.groups) == ["Arbetsgrupp SIP", "Regional ledningsgrupp för vård och omsorg",
                                                 "Styrgrupp psykisk hälsa"]


def test_a_level_told_in_running_text_names_the_body_and_a_shortened_name_is_the_same_body():
    """'den regionala arbetsgruppen för unga utanför' is 'Regional arbetsgrupp för unga utanför'; 'arbetsgruppen
    för skolläkarfunktion' after 'en arbetsgrupp för gemensam skolläkarfunktion' is that body; a level written
    with capitals is part of a name as written."""
    from samverkan.loaders.relations import find_groups
    text = ("Ahmed utses till representant i den regionala arbetsgruppen för unga utanför. LVO tillsätter en "
            "arbetsgrupp för gemensam skolläkarfunktion. PJW kallar till arbetsgruppen för skolläkarfunktion. "
            "Frågan lyfts till Regionala ledningsgruppen för vård och omsorg.")
    found = [g.name for g in find_groups(text)]
    assert "regionala arbetsgruppen för unga utanför" in found
    (f,) = resolve_documents([_minutes_of("Arbetsgrupp SIP", found, "Region Fjällby")], load_knowledge())
    assert sorted(g.name for g in f.groups) == [
        "Arbetsgrupp SIP", "Arbetsgrupp för gemensam skolläkarfunktion", "Regional arbetsgrupp för unga utanför",
        "Regionala ledningsgruppen för vård och omsorg"]


def test_another_regions_minutes_never_match_the_region_file():
    k = load_knowledge()  # the packaged file knows "Samverkansgrupp äldre" as Blekinge's "att åldras"
    d = _minutes_of("Samverkansgrupp äldre", ["Politiskt samverkansorgan"], "REGION FJÄLLBY · TALLMO KOMMUN")
    (f,) = resolve_documents([d], k)
    assert sorted(g.name for g in f.groups) == ["Politiskt samverkansorgan", "Samverkansgrupp äldre"]
    assert not any("Blekinge" in o.name for o in f.organisations)


def test_a_kommuns_own_bodies_carry_its_name():
    k = load_knowledge()
    d = _minutes_of("Socialnämnden, Åsby kommun", ["kommunfullmäktige", "arbetsutskottet", "Socialnämnden"],
                    "ÅSBY KOMMUN")
    (f,) = resolve_documents([d], k)
    assert sorted(g.name for g in f.groups) == ["Kommunfullmäktige, Åsby kommun", "Socialnämnden, Åsby kommun",
                                                "Socialnämndens arbetsutskott, Åsby kommun"]


def test_an_arbetsutskotts_own_minutes_call_it_arbetsutskottet():
    k = load_knowledge()
    d = _minutes_of("Socialnämndens arbetsutskott, Åsby kommun", ["Arbetsutskottet", "arbetsutskottet", "socialnämnden"],
                    "ÅSBY KOMMUN")
    (f,) = resolve_documents([d], k)
    assert sorted(g.name for g in f.groups) == ["Socialnämnden, Åsby kommun", "Socialnämndens arbetsutskott, Åsby kommun"]


def test_a_bare_kind_word_is_the_body_that_met_whose_name_goes_on_after_it_with_for():
    """'samrådsgruppen' in the minutes of 'Politisk samrådsgrupp för vårdsamverkan i X': that body."""
    k = load_knowledge()
    d = _minutes_of("Politisk samrådsgrupp för vårdsamverkan i Fjällby", ["Samrådsgruppen", "samrådsgruppen"],
                    "Region Fjällby")
    (f,) = resolve_documents([d], k)
    assert [g.name for g in f.groups] == ["Politisk samrådsgrupp för vårdsamverkan i Fjällby"]


def test_a_bare_kind_word_under_an_item_titled_by_such_a_body_is_that_body():
    """'Samrådsgruppen' under '§ 3 Rapport från Politisk samrådsgrupp' in a council's minutes."""
    k = load_knowledge()
    raw, parsed, rel = _minutes_of("Regionalt samverkansråd Fjällby", ["Samrådsgruppen"], "Region Fjällby")
    parsed.items = [ParsedItem(number="3", title="Rapport från Politisk samrådsgrupp", body="Samrådsgruppen har gett rådet i uppdrag.")]
    (f,) = resolve_documents([(raw, parsed, rel)], k)
    assert sorted(g.name for g in f.groups) == ["Politisk samrådsgrupp", "Regionalt samverkansråd Fjällby"]


def test_a_body_named_with_its_huvudman_carries_its_name_after_a_comma():
    k = load_knowledge()
    d = _minutes_of("Politiskt samverkansråd", ["Kommunfullmäktige i Åsby kommun", "kommunfullmäktige",
                                                "Hälso- och sjukvårdsnämnden i Region Fjällby"], "REGION FJÄLLBY")
    (f,) = resolve_documents([d], k)
    assert sorted(g.name for g in f.groups) == ["Hälso- och sjukvårdsnämnden, Region Fjällby",
                                                "Kommunfullmäktige, Åsby kommun", "Politiskt samverkansråd"]
    kf = next(g for g in f.groups if g.name.startswith("Kommunfullmäktige"))
    assert "Kommunfullmäktige i Åsby kommun" in kf.aliases


def test_a_definite_reference_is_the_body_it_shortens():
    k = load_knowledge()
    d = _minutes_of("Samordningsgruppen Närvård Väst", ["det delregionala politiska samrådet",
                                                        "Delregionalt politiskt samråd Väst"], "Region Fjällby")
    (f,) = resolve_documents([d], k)
    assert sorted(g.name for g in f.groups) == ["Delregionalt politiskt samråd Väst", "Samordningsgruppen Närvård Väst"]


def test_two_regions_bodies_of_one_name_are_two_groups():
    k = load_knowledge()
    a = _minutes_of("Samverkansgrupp barn och unga", [], "REGION FJÄLLBY · Tallmo kommun")
    b = _minutes_of("Samverkansgrupp barn och unga", [], "REGION SJÖLAND · Åby kommun")
    fa, fb = resolve_documents([a, b], k)
    assert fa.meeting.group_id != fb.meeting.group_id


def test_definite_and_possessive_forms_are_the_body_that_met():
    k = load_knowledge()
    d = _minutes_of("Politiskt samverkansråd", ["rådet", "Rådets", "gruppen", "styrgruppen"], "Region Fjällby")
    (f,) = resolve_documents([d], k)
    assert [g.name for g in f.groups] == ["Politiskt samverkansråd"]


def test_first_names_on_the_attendance_list_resolve_to_the_people_the_mail_names(k):
    att = [AttendanceEntry("Karin", "present", ["ledamot"]), AttendanceEntry("Per", "absent", ["ledamot"])]
    (f,) = resolve_documents([doc("a.txt", ParsedMinutes("a.txt", "numbered", attendance=att,
                                                         named=["Karin Lund", "Per Ek"]))], k)
    assert names(f) == ["Karin Lund", "Per Ek"]
    assert {a.status for a in f.attendance} == {"present", "absent"}


def test_a_definite_group_name_as_written_stays_an_alias():
    """"Ledningsgruppen för vård i X" is stored as "Ledningsgrupp för vård i X", and the form the
    minutes wrote is still one of its names (so a task given to it by that name is found)."""
    k = load_knowledge()
    d = _minutes_of("Socialnämnden, Åsby kommun", ["Ledningsgruppen för vård i Fjällby (LVF)"], "ÅSBY KOMMUN")
    (f,) = resolve_documents([d], k)
    g = next(g for g in f.groups if g.name.startswith("Ledningsgrupp"))
    assert g.name == "Ledningsgrupp för vård i Fjällby"
    assert "Ledningsgruppen för vård i Fjällby" in g.aliases and "LVF" in g.aliases


def test_a_body_named_again_after_a_type_word_and_a_short_name_in_parentheses_are_one_body():
    from samverkan.loaders.knowledge import load_generic

    items = [ParsedItem("1", "Kompetens"), ParsedItem("2", "Styrning")]
    rel = RawRelations(groups=[RawGroup("Kompetensnätverk vård och omsorg Norrby", "1"),
                               RawGroup("arbetsgrupp Kompetensnätverk vård och omsorg Norrby", "1"),
                               RawGroup("Styrgrupp för Trygg hemgång (Styrgrupp TH)", "2"),
                               RawGroup("Styrgrupp TH", "2"), RawGroup("Styrgrupp Barnahus", "2")],
                       mandates=[RawMandate("Styrgrupp TH", "Styrgrupp Barnahus", "reports_to", item="2")])
    parsed = ParsedMinutes("a.txt", "numbered", body="Samverkansgrupp äldre", items=items, date="2025-03-01")
    (f,) = resolve_documents([doc("a.txt", parsed, rel, text="Norrby")], load_generic())
    g = {x.name: x for x in f.groups}
    assert set(g) == {"Samverkansgrupp äldre", "Kompetensnätverk vård och omsorg Norrby",
                      "Styrgrupp för Trygg hemgång", "Styrgrupp Barnahus"}
    assert "Styrgrupp TH" in g["Styrgrupp för Trygg hemgång"].aliases
    [m] = f.mandates
    assert (m.from_id, m.to_id) == (g["Styrgrupp för Trygg hemgång"].id, g["Styrgrupp Barnahus"].id)


def test_a_kommuns_minutes_are_of_the_region_whose_minutes_name_the_kommun():
    """Minutes of two regions loaded together: the "kommunerna" of a kommun's protocol that names no
    region are the kommuner of the region whose minutes name that kommun, never the batch's main
    region's; a kommun no minutes of the batch name keeps its "kommunerna" to itself."""
    k = load_knowledge()

    def recommending(body, text):
        rel = RawRelations(mandates=[RawMandate(body, "kommunerna", "recommends")])
        return doc(f"{body}.txt", ParsedMinutes(f"{body}.txt", "formal", body=body), rel, text=text)

    north = [recommending(f"Samverkansgrupp {n}", "Region Fjällby, Tallmo kommun, Åby kommun") for n in ("A", "B")]
    south = recommending("Regional ledningsgrupp", "Region Sjöland. Närvarande: Eva Ek, Ljunga kommun")
    ljunga = recommending("Socialnämnden, Ljunga kommun", "LJUNGA KOMMUN. Socialnämnden")
    alone = recommending("Socialnämnden, Ölby kommun", "ÖLBY KOMMUN. Socialnämnden")
    *_, fs, fl, fo = resolve_documents([*north, south, ljunga, alone], k)
    to = [{o.name for o in f.organisations if o.name.startswith("kommunerna")} for f in (fs, fl, fo)]
    assert to[0] == to[1] == {"kommunerna i Sjöland"}
    assert to[2] and not any("Fjällby" in n or "Sjöland" in n for n in to[2])


def test_a_label_before_a_bodys_name_or_a_date_after_it_is_no_alias():
    k = load_knowledge()
    d = _minutes_of("Socialnämnden, Åsby kommun", ["Ledningsgruppen för vård i Fjällby",
                                                   "Ledningsgruppen för vård i Fjällby, 2025-09-30",
                                                   "Beslut: Ledningsgruppen för vård i Fjällby"], "ÅSBY KOMMUN")
    (f,) = resolve_documents([d], k)
    (g,) = [g for g in f.groups if g.name.startswith("Ledningsgrupp")]
    assert g.aliases == ("Ledningsgruppen för vård i Fjällby",)


def test_a_seat_the_text_restates_is_the_seat_the_attendance_list_gave(k):
    p = ParsedMinutes("r.txt", "formal", body="Politiskt samverkansråd", date="2025-10-24",
                      attendance=[AttendanceEntry("Kenneth Åhman", "present", ["ledamot"])],
                      items=[ParsedItem("6", "Ledamöter i rådet", "")])
    rel = RawRelations(memberships=[RawMembership("Kenneth Åhman", "Politiskt samverkansråd", role="ledamot", item="6"),
                                    RawMembership("Kenneth Åhman", "Politiskt samverkansråd", role="ledamot",
                                                  change="replace", item="6", replaces="Bo Hägg")])
    (f,) = resolve_documents([doc("r.txt", p, rel, text="REGION FJÄLLBY")], k)
    kenneth = sorted(m.change for m in f.memberships if m.person_id == pid("Kenneth Åhman"))
    assert kenneth == ["member", "replace"]


def test_a_forvaltning_given_a_task_without_its_huvudman_is_still_the_assignee(k):
    """"uppdra åt hälso- och sjukvårdsförvaltningen att …" in a beredning's minutes: the unit as written."""
    rel = RawRelations(assignments=[RawAssignment("32", ["hälso- och sjukvårdsförvaltningen"], "redovisa måtten",
                                                  "decision")])
    (f,) = resolve_documents([doc("a.txt", ParsedMinutes("a.txt", "numbered", body="Beredningen för nära vård",
                                                         items=[ParsedItem("32", "Hemsjukvård")]), rel)], k)
    (unit,) = [o for o in f.organisations if o.id in f.assignments[0].assignee_ids]
    assert unit.name.casefold().startswith("hälso- och sjukvårdsförvaltningen") and unit.classification == "unit"


def test_a_forvaltning_in_a_kommuns_own_protocol_is_that_kommuns_even_where_another_has_one():
    """"uppdra åt socialförvaltningen" in Åby's arbetsutskott, after a roster of Norrvik's socialförvaltning."""
    from samverkan.loaders.knowledge import load_generic

    kg = load_generic()
    other = doc("a.txt", ParsedMinutes("a.txt", "numbered", body="Styrgrupp Nära vård", attendance=[
        AttendanceEntry("Ulf Hed", "present", ["ledamot"], unit="Socialförvaltningen", organisation="Norrviks kommun")]),
        text="Norrviks kommun")
    rel = RawRelations(assignments=[RawAssignment("34", ["socialförvaltningen"], "säkerställa en kontaktperson",
                                                  "decision")])
    own = doc("b.txt", ParsedMinutes("b.txt", "formal", body="Socialnämndens arbetsutskott, Åby kommun",
                                     items=[ParsedItem("34", "Trygg hemgång")]), rel, text="ÅBY KOMMUN")
    _, fb = resolve_documents([other, own], kg)
    (unit,) = [o for o in fb.organisations if o.id in fb.assignments[0].assignee_ids]
    assert unit.name == "Socialförvaltningen, Åby kommun"


def test_an_acronym_the_minutes_never_define_is_the_body_whose_initials_it_spells():
    """"RLG" in minutes that name "Regional ledningsgrupp Norrby" in full but never write "(RLG)"."""
    from samverkan.loaders.knowledge import load_generic

    items = [ParsedItem("1", "Rutin"), ParsedItem("2", "Nära vård")]
    rel = RawRelations(groups=[RawGroup("Regional ledningsgrupp Norrby", "1"), RawGroup("Styrgrupp nära vård Norrby", "2"),
                               RawGroup("RLG", "2")],
                       mandates=[RawMandate("Styrgrupp nära vård Norrby", "RLG", "reports_to", item="2")])
    parsed = ParsedMinutes("a.txt", "numbered", body="Politiskt samverkansråd Norrby", items=items, date="2025-12-12")
    (f,) = resolve_documents([doc("a.txt", parsed, rel, text="Norrby")], load_generic())
    g = {x.name: x for x in f.groups}
    assert "RLG" not in g
    [m] = f.mandates
    assert (m.from_id, m.to_id) == (g["Styrgrupp nära vård Norrby"].id, g["Regional ledningsgrupp Norrby"].id)


def test_the_halso_och_sjukvardsnamnd_in_a_kommun_body_minutes_is_no_nämnd_of_that_kommun():
    from samverkan.loaders.knowledge import load_generic

    rel = RawRelations(groups=[RawGroup("hälso- och sjukvårdsnämnden", "1"), RawGroup("socialnämnden", "1")])
    parsed = ParsedMinutes("a.txt", "numbered", body="Kommunstyrelsens arbetsutskott, Ekby kommun",
                           items=[ParsedItem("1", "Mobila team")], date="2025-12-02")
    (f,) = resolve_documents([doc("a.txt", parsed, rel, text="Ekby kommun")], load_generic())
    names = {x.name for x in f.groups}
    assert "Socialnämnden, Ekby kommun" in names
    assert not any(n.startswith("Hälso- och sjukvårdsnämnden,") and "Ekby" in n for n in names)


def test_a_body_named_with_its_place_after_i_and_right_after_its_kind_is_one_body():
    """'Lokal närvårdsgrupp i Östmo' in an item's title and 'Lokal närvårdsgrupp Östmo' in its decision, in
    either order; a place of two words ('i Region Havsby') is another matter."""
    for order in (["Lokal närvårdsgrupp i Östmo", "Lokal närvårdsgrupp Östmo"],
                  ["Lokal närvårdsgrupp Östmo", "Lokal närvårdsgrupp i Östmo"]):
        (f,) = resolve_documents([_minutes_of("Ledningsgrupp för vård och omsorg", order, "Östmo kommun")],
                                 load_knowledge())
        lokal = [g for g in f.groups if g.name.startswith("Lokal")]
        assert len(lokal) == 1 and {order[1]} <= {lokal[0].name, *lokal[0].aliases}
