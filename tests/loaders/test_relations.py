"""Relations read from decisions and running text, one phrasing per test (inline Swedish)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan.loaders.knowledge import load_knowledge
from samverkan.loaders.relations import GroupVocabulary, extract_relations, find_groups
from samverkan.loaders.types import ParsedDecision, ParsedItem, ParsedMinutes


def minutes(body="", decisions=(), *, meeting="LSVO", title="Ärende", number="1", presenters=(),
            parent=None, extra_items=(), date=None):
    items = list(extra_items) + [ParsedItem(number=number, title=title, body=body,
                                            presenters=list(presenters), parent=parent)]
    ds = [ParsedDecision(item=number, text=t, position=i, decided_by=by)
          for i, (t, by) in enumerate(decisions)]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=meeting, date=date,
                                           items=items, decisions=ds))


def only(xs):
    assert len(xs) == 1, xs
    return xs[0]


# --------------------------------------------------------------------------- assignments

def test_ges_i_uppdrag_in_a_decision():
    a = only(minutes(decisions=[("Bodil och Mats ges i uppdrag att jobba vidare med planeringen av dagen", "LSVO")]).assignments)
    assert (a.assignees, a.task, a.origin, a.decision_position, a.given_by) == (
        ["Bodil", "Mats"], "jobba vidare med planeringen av dagen", "decision", 0, "LSVO")


def test_uppdra_at_a_body_in_a_decision():
    r = minutes(decisions=[("uppdra åt LSVO att återrapportera genomförandet till PSVO senast 2025-03-31", "PSVO")],
                meeting="PSVO")
    a = only(r.assignments)
    assert (a.assignees, a.task, a.given_by, a.report_to, a.due_date) == (
        ["LSVO"], "återrapportera genomförandet till PSVO senast 2025-03-31", "PSVO", "PSVO", "2025-03-31")
    assert {(m.from_body, m.to_body, m.kind) for m in r.mandates} >= {("PSVO", "LSVO", "delegates")}


def test_fick_in_inverted_narrative_takes_the_fronted_object_into_the_task():
    a = only(minutes("Dokument avseende Kontaktvägar fick Nuray och Mats i uppdrag att se över.").assignments)
    assert a.assignees == ["Nuray", "Mats"]
    assert a.task == "se över dokument avseende Kontaktvägar"
    assert a.origin == "narrative"


def test_gav_body_i_uppdrag_names_the_giver_and_the_presenters_carry_the_task():
    a = only(minutes("I juni 2022 gav LSVO i uppdrag att ta fram överenskommelse om kunskapsstyrning.",
                     meeting="Samverkansgrupp att åldras", presenters=["Birgitta Nilsson", "Gunilla Månsson"]).assignments)
    assert a.assignees == ["Birgitta Nilsson", "Gunilla Månsson"]
    assert a.given_by == "LSVO"


def test_body_gives_body_an_uppdrag_and_a_delegation():
    r = minutes("Förskrivning av digitala hjälpmedel – PSVO ger LSVO i uppdrag att göra en utredning kring behovet.")
    a = only(r.assignments)
    assert (a.assignees, a.given_by) == (["LSVO"], "PSVO")
    assert [(m.from_body, m.to_body, m.kind) for m in r.mandates] == [("PSVO", "LSVO", "delegates")]


def test_far_i_uppdrag_with_report_to():
    r = minutes("Frågan ajourneras. Samverkansgrupp Att åldras får i uppdrag att titta vidare på hur frågan "
                "hanteras och rapportera till LSVO.")
    a = only(r.assignments)
    assert a.assignees == ["Samverkansgrupp Att åldras"]
    assert (a.given_by, a.report_to) == ("LSVO", "LSVO")
    kinds = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("LSVO", "Samverkansgrupp Att åldras", "delegates") in kinds
    assert ("Samverkansgrupp Att åldras", "LSVO", "reports_to") in kinds


def test_aterkommer_till_lsvo_in_a_decision():
    a = only(minutes(decisions=[("Malin Faraasen återkommer till LSVO med information om ställningstagande", "LSVO:s ledningsgrupp")]).assignments)
    assert a.assignees == ["Malin Faraasen"]
    assert a.task.startswith("återkomma till LSVO")
    assert a.report_to == "LSVO"


def test_aterkommer_vid_nasta_lsvo_has_a_due_point():
    a = only(minutes("Inga-Lisa återkommer vid nästa LSVO med ett förslag till programstruktur.").assignments)
    assert (a.assignees, a.report_to, a.due) == (["Inga-Lisa"], "LSVO", "vid nästa LSVO")


def test_ska_with_a_person_or_body_subject_only():
    r = minutes("Jackie. Y presenterade strategin. Jackie ska också ta fram genomförandeplan för arbetet. "
                "Tanken är att det ska föras en fortsatt dialog.")
    a = only(r.assignments)
    assert a.assignees == ["Jackie"] and a.task == "också ta fram genomförandeplan för arbetet"


def test_topic_label_before_a_dash_is_not_the_subject():
    a = only(minutes("Barnahus - Regionen ska återkomma med beslut om finansiering.").assignments)
    assert a.assignees == ["Regionen"]


def test_tar_med_sig_arendet_refers_and_reports():
    r = minutes("Mats tar med sig ärendet till LSVO:s beredningsgrupp där det diskuteras.",
                meeting="Samverkansgrupp att åldras")
    a = only(r.assignments)
    assert a.report_to == "LSVO:s beredningsgrupp"
    assert ("Samverkansgrupp att åldras", "LSVO:s beredningsgrupp", "refers") in {
        (m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_regionens_representanter_tar_med_sig_fragan():
    a = only(minutes("Regionens representanter tar med sig frågan.").assignments)
    assert a.assignees == ["Regionens representanter"]


def test_tittar_gemensamt_med_and_skickar_ut_and_informerar_per_mejl():
    r = minutes("Lena och Jennie tittar gemensamt med MA-gruppen vidare på frågan. "
                "Överenskommelse i mötet om att Lena skickar ut mer information. "
                "Annika Mellqvist informerar LSVOs ledamöter per mejl om projektets utveckling. "
                "Mats informerar om att kartläggningen pågår.")
    got = [(a.assignees, a.report_to) for a in r.assignments]
    assert (["Lena", "Jennie"], None) in got
    assert (["Lena"], None) in got
    assert (["Annika Mellqvist"], "LSVO") in got
    assert len(got) == 3


def test_a_decision_with_several_sentences():
    r = minutes(decisions=[(
        "Emmy P utses som kommunrepresentant att delta i arbetsgrupp för att ta fram uppdragsbeskrivning. "
        "Lena H behöver stämma av med Heidi. Lena återkopplar besked till Mats. Mats kan delta som stöd i "
        "arbetet vid behov. Arbetet återkopplas in i Samverkansgrupp att Åldras innan det lyfts vidare till LSVO.",
        "Samverkansgruppen")], meeting="Samverkansgrupp att åldras")
    by = {a.assignees[0]: a for a in r.assignments}
    assert set(by) == {"Emmy P", "Lena H", "Lena", "Mats"}
    assert all(a.given_by == "Samverkansgrupp att åldras" for a in r.assignments)
    assert by["Lena"].report_to == "Mats"
    assert by["Emmy P"].report_to == "Samverkansgrupp att Åldras"
    group = "arbetsgrupp för att ta fram uppdragsbeskrivning"
    mem = {(m.person, m.group, m.role) for m in r.memberships}
    assert ("Emmy P", group, "kommunrepresentant") in mem
    assert ("Mats", group, "stöd vid behov") in mem
    kinds = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Samverkansgrupp att åldras", group, "delegates") in kinds
    assert (group, "Samverkansgrupp att Åldras", "reports_to") in kinds
    assert ("Samverkansgrupp att Åldras", "LSVO", "reports_to") in kinds


def test_group_leaders_in_a_workshop():
    r = minutes("Deltagare från Samverkansgrupp att åldras kommer att vara gruppledare i de fem grupperna. "
                "Gruppledaren ska läsa på om sin del och hålla i grupparbetet. "
                "De utsedda gruppledarna är Emmy, Mats, Mona, Lena och Carina I.",
                title="Workshop äldre 4 mars", meeting="Samverkansgrupp att åldras")
    a = only(r.assignments)
    assert a.assignees == ["Emmy", "Mats", "Mona", "Lena", "Carina I"]
    assert a.task.startswith("vara gruppledare")
    roles = {(m.person, m.group, m.role) for m in r.memberships}
    assert ("Carina I", "Workshop äldre 4 mars", "gruppledare") in roles
    assert ("Mona", "Samverkansgrupp att åldras", None) in roles


def test_utse_att_justera_and_self_assigned_decisions():
    r = minutes(decisions=[
        ("utse Robert Schelin och Maria Arvidsson Karlsson att jämte ordförande och sekreterare justera dagens protokoll", "LSVO"),
        ("efter beslut i PSVO utse utredare, från kommun respektive region, samt referensgrupp", "LSVO"),
        ("lägga informationen till protokollet", "LSVO"),
    ])
    got = [(a.assignees, a.decision_position) for a in r.assignments]
    assert got == [(["Robert Schelin", "Maria Arvidsson Karlsson"], 0), (["LSVO"], 1)]


def test_due_date_from_a_meeting_reference():
    r = minutes(decisions=[("Interkommunala forumet och hälso- och sjukvården ledningsgrupp ser över denna möjlighet "
                            "och ger en återkoppling vid LSVO 19 januari", "LSVO")], date="2023-11-17")
    a = only(r.assignments)
    assert a.assignees == ["Interkommunala forumet", "hälso- och sjukvården ledningsgrupp"]
    assert (a.due, a.due_date, a.report_to) == ("vid LSVO 19 januari", "2024-01-19", "LSVO")


def test_follows_up_from_the_parent_title():
    parent = ParsedItem(number="55/24", title="Återkoppling")
    r = minutes("Regionen ska även ta fram ett förslag till processbeskrivning.", number="55/24-10a",
                title="Rapport från PSVO", parent="55/24", extra_items=[parent])
    assert only(r.assignments).follows_up


def test_not_assignments():
    r = minutes("Carina Andersson och Helen Sjöblom Andersson presenterar halvårsuppföljningen. "
                "Mats berättar att LSVO vid utvecklingsdag också kommer att prata om prioriteringar. "
                "Tanken är att gruppen ska se över varje aktivitet. Birgitta och Gunilla önskar gärna input.")
    assert r.assignments == []


# --------------------------------------------------------------------------- memberships


def test_composition():
    r = minutes(decisions=[("Annika Mellqvist, Annelie Kjellström, Martin Åsman och Robert Schelin utgör styrgrupp Uppdrag psykisk hälsa", "LSVO")])
    assert [(m.person, m.group, m.role, m.change) for m in r.memberships][0] == (
        "Annika Mellqvist", "styrgrupp Uppdrag psykisk hälsa", "ledamot", "join")
    assert len(r.memberships) == 4


def test_replacement_in_each_group_named():
    r = minutes(decisions=[("Emma Stahre ersätter Cecilia Grefve Lang som sammankallande för styrgrupp och arbetsgrupp Barnahus", "LSVO")])
    got = {(m.person, m.group, m.change, m.replaces) for m in r.memberships}
    assert got == {
        ("Emma Stahre", "styrgrupp Barnahus", "replace", "Cecilia Grefve Lang"),
        ("Emma Stahre", "arbetsgrupp Barnahus", "replace", "Cecilia Grefve Lang"),
        ("Cecilia Grefve Lang", "styrgrupp Barnahus", "leave", None),
        ("Cecilia Grefve Lang", "arbetsgrupp Barnahus", "leave", None),
    }


def test_valjs_in_with_huvudman():
    r = minutes(decisions=[("André Jönsson, verksamhetschef Sölvesborgs kommun, väljs in i rekryteringsgruppen", "LSVO")])
    m = only(r.memberships)
    assert (m.person, m.group, m.change, m.on_behalf_of) == ("André Jönsson", "rekryteringsgruppen", "join", "Sölvesborgs kommun")


def test_welcomed_as_new_members_with_a_perspective_and_member_of_another_group():
    r = minutes("Pernilla Haraldsson och Magnus Wickenberg hälsas extra välkomna som nya ledamöter i "
                "Samverkansgrupp att åldras utifrån e-hälso-perspektivet. Pernilla och Magnus arbetar som "
                "IKT-strateger och är båda med i e-hälsogruppen.", meeting="Samverkansgrupp att åldras")
    got = {(m.person, m.group, m.change, m.perspective) for m in r.memberships}
    assert ("Pernilla Haraldsson", "Samverkansgrupp att åldras", "join", "e-hälsa") in got
    assert ("Magnus", "e-hälsogruppen", "member", None) in got


def test_appointment_to_a_role():
    r = minutes(decisions=[("utse Johanna Andersson och Lena Danielsson till samordnare för kartläggningsarbetet på 50% vardera", "LSVO")])
    assert {(m.person, m.role) for m in r.memberships} == {("Johanna Andersson", "samordnare"), ("Lena Danielsson", "samordnare")}


def test_appointed_process_roles_with_huvudman_and_a_vacancy():
    r = minutes("Katarina Nilsson Karlshamn kommun har utsetts till processledare och Bella Xhemajli Karlskrona "
                "kommun som processägare. Processledare och processägare för regionen har inte valts ännu.")
    got = {(m.person, m.role, m.on_behalf_of) for m in r.memberships}
    assert got == {("Katarina Nilsson", "processledare", "Karlshamn kommun"),
                   ("Bella Xhemajli", "processägare", "Karlskrona kommun")}
    assert {(v.role, v.huvudman) for v in r.vacancies} == {("processledare", "regionen"), ("processägare", "regionen")}


def test_a_huvudman_without_its_representative_is_a_vacancy_in_the_group_named():
    r = minutes("Det saknas fortfarande en representant från Karlshamns kommun i styrgruppen för Barnahus. "
                "Ronneby kommun har ännu inte utsett sin ledamot.")
    assert {(v.role, v.huvudman, v.group) for v in r.vacancies} == {
        ("representant", "Karlshamns kommun", "styrgruppen för Barnahus"), ("ledamot", "Ronneby kommun", None)}


def test_bare_head_in_a_bodys_own_minutes_is_that_body_and_the_change_has_its_date():
    r = minutes(decisions=[("Sofia Nyberg ersätter Peter Ahl som ledamot i styrgruppen från och med 1 november 2024",
                            "Styrgrupp Barn och unga")], meeting="Styrgrupp Barn och unga", title="Ny ledamot")
    got = {(m.person, m.group, m.change, m.effective) for m in r.memberships}
    assert got == {("Sofia Nyberg", "Styrgrupp Barn och unga", "replace", "2024-11-01"),
                   ("Peter Ahl", "Styrgrupp Barn och unga", "leave", "2024-11-01")}


# --------------------------------------------------------------------------- mandates and groups


def test_creation_under_lsvo_takes_its_name_from_the_composition():
    r = minutes(decisions=[
        ("skapa en styrgrupp som under LSVO leder utvecklingen av arbetet inom uppdrag psykisk hälsa", "LSVO"),
        ("Annika Mellqvist och Robert Schelin utgör styrgrupp Uppdrag psykisk hälsa", "LSVO"),
    ], title="Uppdrag psykisk hälsa – Styrgrupp")
    created = [g for g in r.groups if g.created]
    assert [(g.name, g.parent) for g in created] == [("styrgrupp Uppdrag psykisk hälsa", "LSVO")]
    assert ("LSVO", "styrgrupp Uppdrag psykisk hälsa", "delegates") in {(m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_inratta_inom_lsvo():
    r = minutes(decisions=[("inrätta en länsgemensam styrgrupp för Kunskapsstyrning inom LSVO", "LSVO")])
    g = only([g for g in r.groups if g.created])
    assert (g.name, g.parent) == ("styrgrupp för Kunskapsstyrning", "LSVO")


def test_reports_to_refers_and_recommends():
    r = minutes("Styrgruppen arbetar underställt LSVO och redovisar arbetet kontinuerligt. "
                "Kompetensplattform vård- och omsorg Blekinge, med representation från kommunerna, BTH och "
                "Region Blekinge, fungerar som arbetsgrupp med LSVO som styrgrupp.",
                decisions=[("frågorna kring säkrande av utrustning skickas till Digitaliseringsrådet", "LSVO"),
                           ("rekommendera PSVO och Regionala samverkansrådet att godkänna att avtalet förlängs", "LSVO"),
                           ("föreslå PSVO besluta att inleda ett arbete", "LSVO")],
                title="Uppdrag psykisk hälsa")
    got = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Styrgrupp för uppdrag psykisk hälsa", "LSVO", "reports_to") in got
    assert ("Kompetensplattform vård- och omsorg Blekinge", "LSVO", "reports_to") in got
    assert ("LSVO", "Digitaliseringsrådet", "refers") in got
    assert ("LSVO", "PSVO", "recommends") in got
    assert ("LSVO", "Regionala samverkansrådet", "recommends") in got


def test_lpo_rpo_delegate_to_npo():
    r = minutes("NPO arbetar på uppdrag från LPO/RPO samt från staten.")
    assert {(m.from_body, m.to_body, m.kind) for m in r.mandates} == {("LPO", "NPO", "delegates"), ("RPO", "NPO", "delegates")}


def test_group_names_as_written():
    text = ("LSVO:s ledningsgrupp, PSVO, det interkommunala forumet, Interkommunalt forum, E-hälsogruppen, "
            "MA-gruppen, rekryteringsgruppen, Digitaliseringsrådet, direktörsgruppen, regionchefgruppen, "
            "skolchefsnätverket, LSVO:s beredningsgrupp, hälso- och sjukvårdens ledningsgruppen, Regionala "
            "samverkansrådet, samverkansgruppen Att växa upp, styrgruppen för UPH vid slutet, "
            "LPO Barn och ungas hälsa. Målgruppen och kontrollgruppen är inga organ.")
    names = [g.name for g in find_groups(text, GroupVocabulary.of(load_knowledge()))]
    assert names == [
        "LSVO:s ledningsgrupp", "PSVO", "det interkommunala forumet", "Interkommunalt forum", "E-hälsogruppen",
        "MA-gruppen", "rekryteringsgruppen", "Digitaliseringsrådet", "direktörsgruppen", "regionchefgruppen",
        "skolchefsnätverket", "LSVO:s beredningsgrupp", "hälso- och sjukvårdens ledningsgruppen",
        "Regionala samverkansrådet", "samverkansgruppen Att växa upp", "styrgruppen för UPH",
        "LPO Barn och ungas hälsa",
    ]


def test_when_a_body_starts_is_no_part_of_its_name():
    names = [g.name for g in find_groups("Ledningsgruppen har beslutat att starta Lokal närvårdsgrupp Östmo från oktober.")]
    assert names == ["Ledningsgruppen", "Lokal närvårdsgrupp Östmo"]
    names = [g.name for g in find_groups("Elin redovisade hur Arbetsgrupp SIP lagt upp arbetet med rutinen.")]
    assert names == ["Arbetsgrupp SIP"]
    names = [g.name for g in find_groups("Samrådet gav i februari Samordningsgruppen Vårdsamverkan Södra Havsby i uppdrag att ta fram ett förslag.")]
    assert names == ["Samrådet", "Samordningsgruppen Vårdsamverkan Södra Havsby"]


def test_a_field_of_work_ending_in_omradet_is_no_rad():
    # "-området" ends in "rådet" but names a field, not a body
    names = [g.name for g in find_groups("Berörda inom äldreområdet och e-hälsoområdet sitter med i Digitaliseringsrådet.")]
    assert names == ["Digitaliseringsrådet"]


def test_generic_samverkansgruppen_is_the_body_that_met_never_gruppen():
    r = minutes("Innan ärendet lyfts i samverkansgruppen har gruppen haft dialog.", meeting="Samverkansgrupp att åldras")
    assert {g.name for g in r.groups} == {"Samverkansgrupp att åldras"}


# --------------------------------------------------------------------------- mentions, absences


def test_mentions_absence_and_no_non_people():
    r = minutes("Denna fråga utgår då Helene inte deltar i mötet. Rebecka har haft dialog med Birgitta "
                "Friberg på Regionen om Prator och Cosmic Link.", title="Närsjukvårdsmodellen", number="10a")
    assert r.absent == ["Helene"]
    assert [(m.text, m.item) for m in r.person_mentions] == [
        ("Helene", "10a"), ("Rebecka", "10a"), ("Birgitta Friberg", "10a")]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.text(max_size=200))
def test_never_raises(body, decision):
    minutes(body, decisions=[(decision, None)])


def test_a_name_the_attendance_list_holds_is_a_person_whatever_it_looks_like():
    from samverkan.loaders.types import AttendanceEntry

    pm = ParsedMinutes(path="x.txt", layout="numbered", body="Arbetsgrupp LOS",
                       attendance=[AttendanceEntry(name="Xiong Wei", status="present")],
                       items=[ParsedItem(number="2", title="Statistik", body="Xiong Wei sammanställer underlaget.")])
    assert [a.assignees for a in extract_relations(pm).assignments] == [["Xiong Wei"]]
    pm.attendance = []
    assert extract_relations(pm).assignments == []


def test_a_body_named_from_the_item_title_keeps_acronyms_and_drops_the_meeting_day():
    r = minutes("Referensgruppen har träffats två gånger.", title="FoU")
    assert {g.name for g in r.groups} - {"LSVO"} == {"Referensgrupp FoU"}
    r = minutes("Arbetsgruppen har gjort ett utkast på upplägg.", title="Workshop äldre 4 mars")
    assert {g.name for g in r.groups} - {"LSVO"} == {"Arbetsgrupp workshop äldre"}


def test_people_the_minutes_are_sent_to_are_mentioned():
    from samverkan.loaders.types import ParsedItem as Item

    item = Item(number="9", title="Övrigt", body="Inget att rapportera.", distribution=["Diariet", "Peter Lilja"])
    r = extract_relations(ParsedMinutes(path="x.txt", layout="formal", body="LSVO", items=[item]))
    assert [m.text for m in r.person_mentions] == ["Peter Lilja"]


def test_utse_to_a_seat_in_a_named_group_for_a_huvudman():
    r = minutes(decisions=[("utse Staffan Jönsson till ledamot i Styrgrupp Barnahus för Region Blekinge", "LSVO"),
                           ("utse Lise-Lott Wennstig till ledamot i Arbetsgrupp LOS för Ronneby kommun", "LSVO")])
    got = {(m.person, m.group, m.role, m.on_behalf_of, m.change) for m in r.memberships}
    assert got == {("Staffan Jönsson", "Styrgrupp Barnahus", "ledamot", "Region Blekinge", "join"),
                   ("Lise-Lott Wennstig", "Arbetsgrupp LOS", "ledamot", "Ronneby kommun", "join")}


def test_a_replacement_names_people_by_the_shape_of_their_names_and_a_composition_its_whole_name():
    r = minutes(decisions=[("René Björk ersätter Jörgen Månsson som sammankallande för Styrgrupp Barnahus.", "LSVO"),
                           ("Johanna Åberg, Eva-Lena Wahlén-Borg och Niklas Björk utgör styrgrupp Digitala möten "
                            "med kvalitet", "LSVO")])
    got = {(m.person, m.group, m.change) for m in r.memberships}
    assert {("René Björk", "Styrgrupp Barnahus", "replace"), ("Jörgen Månsson", "Styrgrupp Barnahus", "leave")} <= got
    assert {g for _, g, c in got if c == "join"} == {"styrgrupp Digitala möten med kvalitet"}


def test_a_styrgrupp_created_under_the_body_that_met_takes_the_name_its_composition_gives():
    r = minutes(decisions=[("skapa en styrgrupp som under Styrgrupp Nära vård leder vårdplatsläget i länet",
                            "Styrgruppen"),
                           ("Oskar Nordström och Mårten Nedfors utgör styrgrupp Vårdplatsläget", "Styrgruppen")],
                meeting="Styrgrupp Nära vård", title="Vårdplatsläget")
    assert [(g.name, g.parent) for g in r.groups if g.created] == [("styrgrupp Vårdplatsläget", "Styrgrupp Nära vård")]
    assert ("Styrgrupp Nära vård", "styrgrupp Vårdplatsläget", "delegates") in {
        (m.from_body, m.to_body, m.kind) for m in r.mandates}


def test_a_processteam_is_a_body_and_a_date_after_a_name_is_not_part_of_it():
    r = minutes(decisions=[("Processteam Blekingerutinerna får i uppdrag att ta fram en tidplan och återkommer "
                            "till Styrgrupp Nära vård i mars", "LSVO")])
    a = only(r.assignments)
    assert (a.assignees, a.report_to) == (["Processteam Blekingerutinerna"], "Styrgrupp Nära vård")
    assert not any("mars" in g.name for g in r.groups)


def test_a_lokal_arbetsgrupp_keeps_lokal_in_its_name():
    r = minutes(decisions=[("Magnus Lundén ersätter Eva Berg som sammankallande för Lokal arbetsgrupp LOS Sölvesborg",
                            "LSVO")])
    assert {(m.person, m.group, m.change) for m in r.memberships} >= {
        ("Magnus Lundén", "Lokal arbetsgrupp LOS Sölvesborg", "replace")}


# --------------------------------------------------------------------------- bodies by their kind
def test_bodies_named_by_their_kind_without_a_region_file():
    text = ("Ärendet bereds av Tjänstemannaberedningen och lyfts till Regional ledningsgrupp för hälsa, vård och "
            "omsorg (RLG) innan Kommunstyrelsens arbetsutskott i Åsby tar ställning. Östmos ledningsgrupp för vård "
            "och omsorg informeras, liksom Samverkansgrupp äldre och unga i Nordmark.")
    v = GroupVocabulary(places=("Åsby", "Nordmark"))
    assert [g.name for g in find_groups(text, v)] == [
        "Tjänstemannaberedningen", "Regional ledningsgrupp för hälsa, vård och omsorg (RLG)",
        "Kommunstyrelsens arbetsutskott i Åsby", "Östmos ledningsgrupp för vård och omsorg",
        "Samverkansgrupp äldre och unga i Nordmark"]


def test_what_is_no_part_of_a_body_name():
    v = GroupVocabulary(places=("Åsby",))
    def names(t):
        return [g.name for g in find_groups(t, v)]
    # a purpose, a person after the kind, a meeting place, a verb, "i samråd med"
    assert names("Frågan går till det delregionala samrådet för beslut.") == ["delregionala samrådet"]
    assert names("Styrgrupp Helga Nyberg") == ["Styrgrupp"]
    assert names("Mötet med Styrgrupp psykisk hälsa i Skogsby.") == ["Styrgrupp psykisk hälsa"]
    assert names("Arbetsgrupp för läkemedel berättade om läget.") == ["Arbetsgrupp för läkemedel"]
    assert names("Planen tas fram i samråd med kommunerna.") == []
    # bare kinds refer to a body named elsewhere
    assert [g.generic_head for g in find_groups("Nämnden beslutar och ledningsgruppen informeras.", v)] == [
        "nämnd", "ledningsgrupp"]


def test_known_bodies_come_from_the_vocabulary():
    text = "LSVO:s beredningsgrupp rapporterar till LSVO och till LPO Barn och ungas hälsa."
    assert [g.name for g in find_groups(text)] == []  # no region file: nothing is known by name
    v = GroupVocabulary(names=("LSVO", "LSVO:s beredningsgrupp", "LPO"), topical=("LPO",))
    assert [g.name for g in find_groups(text, v)] == ["LSVO:s beredningsgrupp", "LSVO", "LPO Barn och ungas hälsa"]

# --------------------------------------------------------------------------- action lists, rosters

def _with_roster(body, names, meeting="Arbetsgrupp Hemgång", *, title="Att göra", date=None, extra=()):
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry(n, "present", ["ledamot"]) for n in names]
    items = [ParsedItem(number="1", title=title, body=body), *extra]
    return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=meeting, date=date, attendance=att,
                                           items=items))


def test_pipe_action_table_with_initials_and_a_rule_under_the_header():
    body = ("Vad                         | Vem    | När\n"
            "----------------------------|--------|------\n"
            "Boka lokal för temadagen    | KL     | 12/9\n"
            "Skicka inbjudan             | KL, JB | 20/9\n")
    r = _with_roster(body, ["Karin Lund", "Johan Berg"])
    assert [(a.assignees, a.task) for a in r.assignments] == [
        (["Karin Lund"], "boka lokal för temadagen"), (["Karin Lund", "Johan Berg"], "skicka inbjudan")]


def test_markdown_action_list_and_a_row_restating_the_running_text():
    body = ("Johan tar fram ett förslag till tidplan.\n\n"
            "- [ ] **JB** – förslag till tidplan – *v. 40*\n"
            "- [ ] **Alla** – anmäla deltagare – *1 okt*\n")
    r = _with_roster(body, ["Karin Lund", "Johan Berg"])
    assert [(a.assignees, a.task) for a in r.assignments] == [
        (["Johan Berg"], "ta fram ett förslag till tidplan"), (["Arbetsgrupp Hemgång"], "anmäla deltagare")]


@pytest.mark.parametrize("label", ["Uppgifter", "Uppföljningsuppgifter", "Åtgärdspunkter", "Att göra till nästa gång:"])
def test_a_task_list_of_notes_kept_in_a_meeting_app_is_read(label):
    """Notes kept in Teams, Loop or OneNote: a task list under "Uppgifter", each task with a check box,
    an @-mention, and when in brackets or after a dash; a ticked box is the task reported done."""
    body = ("Gruppen diskuterade upplägget.\n\n" + label + "\n\n"
            "- [ ] @Anna Lund: skicka ut presentationen till alla kommuner (senast 2025-10-15)\n"
            "- [ ] @Sara Holm – boka lokal för utbildningsdagen – v. 44\n"
            "- [x] Per Ek: ta fram statistik för kvartal 3\n")
    r = _with_roster(body, ["Anna Lund", "Sara Holm", "Per Ek"], title="Utbildningsdag", date="2025-10-08")
    assert [(a.assignees, a.task, a.due_date, a.origin) for a in r.assignments] == [
        (["Anna Lund"], "skicka ut presentationen till alla kommuner", "2025-10-15", "narrative"),
        (["Sara Holm"], "boka lokal för utbildningsdagen", "2025-W44", "narrative"),
        (["Per Ek"], "ta fram statistik för kvartal 3", None, "report")]


@pytest.mark.parametrize("rows", [
    "- Skicka ut presentationen till alla kommuner (AL)\n- Boka lokal för utbildningsdagen (SH, v. 44)\n",
    "1. Skicka ut presentationen till alla kommuner – ansvarig AL\n2. Boka lokal för utbildningsdagen – ansvarig: SH, v. 44\n",
    "- Skicka ut presentationen till alla kommuner (ansvarig: Anna Lund)\n- Boka lokal för utbildningsdagen (ansvarig SH, v. 44)\n"])
def test_an_action_list_with_the_task_first_and_who_after_it(rows):
    """Under "Åtgärder:" the task comes first and who does it after it, in brackets or after "ansvarig",
    by name or by the initials the roster gives."""
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry("Anna Lund", "present", ["ledamot"], initials="AL"),
           AttendanceEntry("Sara Holm", "present", ["ledamot"], initials="SH")]
    item = ParsedItem(number="2", title="Utbildningsdag", body="Gruppen diskuterade upplägget.\n\nÅtgärder:\n" + rows)
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Arbetsgrupp SIP", date="2025-10-08",
                                        attendance=att, items=[item]))
    assert [(a.assignees, a.task, a.due_date) for a in r.assignments] == [
        (["Anna Lund"], "skicka ut presentationen till alla kommuner", None),
        (["Sara Holm"], "boka lokal för utbildningsdagen", "2025-W44")]


def test_an_action_row_restates_a_task_the_text_gave_a_person_by_given_name_and_surname_initial():
    table = ("| Vad | Vem | När |\n"
             "|---|---|---|\n"
             "| Boka lokal och lunch i Ekeby | MH | 15/9 |\n")
    todo = ParsedItem(number="2", title="Att göra", body=table)
    r = _with_roster("Maria H bokar lokal och lunch.", ["Maria Holm", "Johan Berg"], title="Utbildningsdagen",
                     date="2025-08-28", extra=[todo])
    assert [(a.assignees, a.task, a.due_date) for a in r.assignments] == [
        (["Maria H"], "boka lokal och lunch", "2025-09-15")]


def test_action_rows_that_differ_from_the_running_text_in_date_or_matter_are_tasks_of_their_own():
    body = ("Johan och Karin tar fram ett utkast till kursplan, klart 21/5 så att det hinner skickas till "
            "styrgruppen.\n\n"
            "Vad                              | Vem                    | När\n"
            "Utkast till kursplan             | Johan Berg, Karin Lund | 2025-05-21\n"
            "Kursplan till styrgruppen        | Johan Berg             | 2025-05-28\n"
            "Lokalfrågan lyfts till rådet     | Johan Berg             | 2025-05-28\n")
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry(n, "present", ["ledamot"]) for n in ("Karin Lund", "Johan Berg")]
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Arbetsgrupp Hemgång", date="2025-05-06",
                                        attendance=att, items=[ParsedItem(number="1", title="Att göra", body=body)]))
    assert [(a.task, a.due_date) for a in r.assignments] == [
        ("ta fram ett utkast till kursplan, klart 21/5 så att det hinner skickas till styrgruppen", "2025-05-21"),
        ("kursplan till styrgruppen", "2025-05-28"),  # the same matter, due later: a task of its own
        ("lokalfrågan lyfts till rådet", "2025-05-28")]  # same day, another matter


def test_reporting_the_task_back_ends_that_task_and_is_no_task_of_its_own():
    body = ("Styrgrupp Barnahus har fått i uppdrag av rådet att ta fram en plan för tolkstöd. Karin Lund "
            "presenterar ett utkast. Styrgrupp Barnahus återrapporterar därefter uppdraget till rådet den 26 september.")
    r = _with_roster(body, ["Karin Lund"], meeting="Samordningsgrupp Norrby")
    assert [(a.assignees, a.task) for a in r.assignments] == [
        (["Styrgrupp Barnahus"], "ta fram en plan för tolkstöd och återrapportera till rådet den 26 september")]


def test_initials_the_roster_states_are_theirs_even_where_two_names_give_the_same_letters():
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry("Jörgen Wall", "present", ["ledamot"], initials="JW"),
           AttendanceEntry("Johan Wikander", "absent", ["ledamot"], initials="JWi")]
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Samverkansgrupp Barn", attendance=att,
                                        items=[ParsedItem(number="1", title="SIP", body="JW kontaktar skolan om SIP.")]))
    assert [(a.assignees, a.task) for a in r.assignments] == [(["Jörgen Wall"], "kontakta skolan om SIP")]


def test_initials_that_two_attendees_share_name_nobody():
    r = _with_roster("KL kontaktar förvaltningen om lokalen.", ["Karin Lund", "Kent Larsson"])
    assert r.assignments == []


def test_a_reported_statement_is_no_task():
    r = _with_roster("KL påminde om att arbetsgruppen tar fram förslag men inte fastställer rutinen.",
                     ["Karin Lund"])
    assert r.assignments == []


def test_time_phrases_and_predicates_are_no_part_of_a_body_name():
    from samverkan.loaders.resolve import group_name_parts
    cases = {
        "Frågan lyfts till Styrgrupp Nära vård före sommaren.": "Styrgrupp Nära vård",
        "Arbetsgrupp SIP träffas igen den 12 mars.": "Arbetsgrupp SIP",
        "Rapport lämnas till Styrgruppen för äldreomsorg i september.": "Styrgruppen för äldreomsorg",
        "Ärendet tas upp i Samverkansgrupp barn och unga nästa vecka.": "Samverkansgrupp barn och unga",
        "Projektgrupp Digitala möten återkommer i höst.": "Projektgrupp Digitala möten",
    }
    for text, name in cases.items():
        (g,) = find_groups(text)
        assert group_name_parts(g.name)[0] == name, text


def test_a_possessive_kind_is_a_bare_reference():
    (g,) = find_groups("Samverkansgruppens arbete med SIP fortsätter.")
    assert g.generic_head == "samverkansgrupp"

def test_word_table_with_other_column_names():
    body = ("Aktivitet\tAnsvarig person\tDeadline\n"
            "Boka lokal för temadagen\tKarin Lund\t2025-09-12\n"
            "Skicka inbjudan\tJohan Berg\t2025-09-20\n")
    r = _with_roster(body, ["Karin Lund", "Johan Berg"])
    assert [(a.assignees, a.task, a.due_date) for a in r.assignments] == [
        (["Karin Lund"], "boka lokal för temadagen", "2025-09-12"), (["Johan Berg"], "skicka inbjudan", "2025-09-20")]


def test_a_role_decided_without_a_body_is_in_the_body_the_item_is_about():
    r = minutes(decisions=[("inrätta Styrgrupp Barnahus enligt uppdragsbeskrivningen,", "LSVO"),
                           ("utse Karin Ek till sammankallande,", "LSVO")],
                title="Inrättande av Styrgrupp Barnahus")
    assert [(m.person, m.group) for m in r.memberships] == [("Karin Ek", "Styrgrupp Barnahus")]
    assert any(a.task == "vara sammankallande i Styrgrupp Barnahus" for a in r.assignments)


def test_a_topic_named_body_ends_in_the_region_the_minutes_name():
    v = GroupVocabulary.of(None, "Närvarande: Ida Ek, Region Österland")
    names = [g.name for g in find_groups("Per Lund lämnar Styrgrupp barn och unga Österland.", v)]
    assert names == ["Styrgrupp barn och unga Österland"]
    # a capitalised word that is no place of the minutes ends nothing
    names = [g.name for g in find_groups("Per Lund lämnar Styrgrupp barn och unga Måndag.", v)]
    assert names == ["Styrgrupp barn och unga"]


def test_a_term_of_office_after_a_named_body_is_no_part_of_its_name():
    text = "att utse Vera Lund (S) till ny ledamot i Politiskt samverkansråd Österland för resten av mandatperioden."
    assert [g.name for g in find_groups(text)] == ["Politiskt samverkansråd Österland"]
def test_an_action_row_is_no_restatement_of_work_already_done():
    """"Nora Ek har sammanställt …" in the text is done work; the row "Sammanställa … – NE" is a new task."""
    from samverkan.loaders.types import AttendanceEntry

    pm = ParsedMinutes(path="x.txt", layout="numbered", body="Processteam hembesök", attendance=[
        AttendanceEntry(name="Nora Ek", status="present"), AttendanceEntry(name="Ivar Holm", status="present")],
        items=[ParsedItem(number="1", title="Uppföljning", body="Nora Ek har sammanställt antalet hembesök i Tallvik under våren."),
               ParsedItem(number="2", title="Åtgärder", body="Vad\tVem\tNär\n"
                          "Sammanställa antalet hembesök i respektive kommun\tNE, IH\tdecember")])
    tasks = [(a.assignees, a.task) for a in extract_relations(pm).assignments]
    assert (["Nora Ek", "Ivar Holm"], "sammanställa antalet hembesök i respektive kommun") in tasks


def test_a_middle_initial_ends_no_sentence_but_an_initial_before_another_name_does():
    from samverkan.loaders.relations import _sentences
    assert _sentences("Mikael G. Ek sammanställer underlaget.") == ["Mikael G. Ek sammanställer underlaget."]
    assert len(_sentences("Deltog gjorde Emmy P. Mats Wennstig ledde mötet.")) == 2


def test_a_header_sentence_tells_whom_the_body_works_for_and_reports_to():
    """"Projektgruppen arbetar på uppdrag av Samverkansgrupp äldre Ekdala och rapporterar dit." among the
    header lines, before the attendance table: standing mandates of the body that met; "samverkansgruppen"
    in its items is that body."""
    from samverkan.loaders.extract import parse_minutes
    text = ("Minnesanteckningar – Projektgrupp Mobilt närvårdsteam\nDatum: tisdag 18 november 2025\nPlats: Teams\n"
            "Projektgruppen arbetar på uppdrag av Samverkansgrupp äldre Ekdala och rapporterar dit.\nNärvaro\n"
            "Namn\tFunktion\tOrganisation\tNärvarande\nLina Hedberg\tProjektledare\tRegion Ekdala\tja\n"
            "1. Inledning\nLina hälsade välkommen.\n2. Hultsjö\nFinansieringen kan projektgruppen inte avgöra, "
            "frågan lyfts till samverkansgruppen den 9 december.\n")
    parsed = parse_minutes(text)
    r = extract_relations(parsed, load_knowledge().for_text(text))  # as the pipeline reads a region's minutes
    got = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    # "samverkansgruppen" in the items: the one samverkansgrupp the header names
    assert got == {("Samverkansgrupp äldre Ekdala", "Projektgrupp Mobilt närvårdsteam", "delegates"),
                   ("Projektgrupp Mobilt närvårdsteam", "Samverkansgrupp äldre Ekdala", "reports_to"),
                   ("Projektgrupp Mobilt närvårdsteam", "Samverkansgrupp äldre Ekdala", "refers")}, got


def test_a_title_naming_a_body_without_its_place_is_the_body_the_text_names_in_full():
    from samverkan.loaders.knowledge import load_generic
    item = ParsedItem(number="4", title="Samverkansgrupp barn och unga – modell för tidiga insatser",
                      body="Helen Vass redogjorde för hur Samverkansgrupp barn och unga Norrby planerar arbetet.")
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Ledningsgruppen i Region Norrby",
                                        items=[item]), load_generic())
    assert "Samverkansgrupp barn och unga Norrby" in [g.name for g in r.groups]
    assert "Samverkansgrupp barn och unga" not in [g.name for g in r.groups]


def test_a_status_report_title_names_a_group_that_reports_to_the_body_that_met():
    out = minutes("JE rapporterade från arbetsgruppens arbete.", meeting="Samverkansgrupp vård och omsorg",
                  title="Lägesrapport från arbetsgrupp hemsjukvård")
    assert [(m.from_body, m.to_body, m.kind) for m in out.mandates] == [
        ("Arbetsgrupp hemsjukvård", "Samverkansgrupp vård och omsorg", "reports_to")]
    # a name the title runs past is not guessed at, a bare head not taken for a name
    for title in ("Lägesrapport från arbetsgruppen", "Lägesrapport från Lokal samverkansgrupp barn och unga i Åby"):
        assert minutes("Text.", meeting="Socialnämnden", title=title).mandates == []


def test_ansvarig_line_under_the_bodys_own_task_adds_a_co_assignee_with_the_due_date():
    a = only(minutes("Ansvarig: Eva-Lena Strand, senast 30/9.", decisions=[
        ("Arbetsgruppen för psykisk hälsa får i uppdrag att ta fram indikatorer för uppföljning.", "LSVO")],
        date="2025-09-18").assignments)
    assert (a.assignees, a.task, a.due_date) == (
        ["Arbetsgruppen för psykisk hälsa", "Eva-Lena Strand"], "ta fram indikatorer för uppföljning", "2025-09-30")


def test_ansvarig_line_under_a_task_from_another_body_passes_it_on():
    r = minutes("LSVO har fått i uppdrag av Styrgrupp Barnahus att ta fram en plan för vaccinationer.\n"
                "Ansvarig: Fatima Osman, v. 2.", date="2025-11-05")
    assert [a.assignees for a in r.assignments] == [["LSVO"], ["Fatima Osman"]]
    assert r.assignments[1].given_by == "LSVO"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Region", "Regionen", " ", "  ", "\n", "\u00a0", "kommun", "kommunen", "kommunerna",
                                 "huvudmännen", "länet", " i ", "Tallviks", "Tranås", "Ös", "ab", "s", "-", "é",
                                 "Norrby", "X"]), max_size=14).map("".join))
def test_places_named_are_found_where_the_pattern_would_find_them(text):
    """The places of the region and its kommuner ("Region Norrby", "huvudmännen i Ekeby",
    "Tallviks kommun") come from the pattern tried only where a match can start: the same
    matches as the pattern tried everywhere."""
    from samverkan.loaders.relations import _REGION_NAMED, _region_matches
    assert [(m.span(), m.groups()) for m in _region_matches(text)] == [
        (m.span(), m.groups()) for m in _REGION_NAMED.finditer(text)]
    assert GroupVocabulary.of(None, f"Region Norrby och Tallviks kommun. {text}").regions[:2] == ("Norrby", "Tallvik")


_KNOWN = ("LSVO", "LSVO:s beredningsgrupp", "RLG", "Rådet Rådet", "e-hälsa", "Hälso- och sjukvårdsnämnden", "Råd",
          "Samverkansgrupp att åldras", "Samverkansgrupp")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KNOWN + ("lsvo", "SAMVERKANSGRUPP", " ", "  ", "\n", "-", "s", ":s", "en", "x", "ı",
                                          "ſamverkansgrupp", "\u212aSVO", "r\u212bdet", "İ")),
                max_size=10).map("".join))
def test_known_bodies_are_found_name_by_name_as_by_one_pattern(text):
    """The known bodies' names, each tried by its own pattern where its first word is written: the same
    matches as the one pattern of all of them (at each place the longest name that matches, then on after
    it; overlaps too), letters that case folding equates with others included."""
    from samverkan.loaders.relations import _known_matches, _known_re
    assert [m.span() for m in _known_matches(_KNOWN, text)] == [m.span() for m in _known_re(_KNOWN).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", "\n", " ", "\t", "  ", "A", "Ö", "a", "1", "•", "-", "– ", "x"]),
                max_size=16).map("".join))
def test_sentence_ends_are_where_either_kind_of_end_is(text):
    """A sentence ends at its punctuation before a capital or a digit, or at the line break before a
    list entry: the one pattern finds the ends that the two ends' patterns find."""
    import re

    from samverkan.loaders.relations import _sentence_ends
    either = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ0-9•])|\n(?=[ \t]*[•●▪◦*–-]\s)")
    assert _sentence_ends(text) == [m.start() for m in either.finditer(text)]


def test_a_field_line_before_a_paragraph_with_no_blank_line_between_ends_its_sentence():
    """Word and PDF put paragraphs on lines with no blank line between: "Adjungerad: Jonas Ekwall"
    must not run into the paragraph under it, whose subject then gives the task."""
    body = ("Adjungerad: Jonas Ekwall\n"
            "Politiskt samverkansråd gav den 14 mars 2025 ledningsgruppen i uppdrag att ta fram en plan för "
            "implementering av överenskommelsen och återrapportera i oktober.")
    r = minutes(body, meeting="Regional ledningsgrupp")
    assert ("Politiskt samverkansråd", "Regional ledningsgrupp", "delegates") in [
        (m.from_body, m.to_body, m.kind) for m in r.mandates]


def test_decision_log_gives_each_decision_to_the_one_responsible_by_the_day_it_names():
    body = ("| Punkt | Ärende | Beslut | Ansvarig | Klart |\n|---|---|---|---|---|\n"
            "| 1 | Plan | Gruppen fastställer planen. | Karin Lund arbetar in ändringarna | 2025-12-12 |\n"
            "| 1 | Utbildning | Regionen erbjuder utbildning i journalsystemet. | Johan Berg | 2026-01-30 |\n"
            "| 1 | Uppföljning | Planen följs upp i maj. | – | – |\n")
    r = _with_roster(body, ["Karin Lund", "Johan Berg"])
    assert [(a.assignees, a.task, a.due_date) for a in r.assignments] == [
        (["Karin Lund"], "arbeta in ändringarna", "2025-12-12"),
        (["Johan Berg"], "erbjuda utbildning i journalsystemet", "2026-01-30")]


def _dated(body, names, title="Att göra", extra=()):
    return _with_roster(body, names, title=title, date="2025-12-10", extra=extra)


def test_the_day_a_task_is_due_in_a_sentence_of_its_own_or_after_klar_or_aterkommer():
    r = _dated("Åtgärd: Karin Lund sammanställer rutinerna. Klart 16 januari 2026.\n\n"
               "Johan Berg tar fram en lathund, klar den 28 januari.\n\n"
               "Karin Lund undersöker kostnaden och återkommer den 7 januari.\n", ["Karin Lund", "Johan Berg"])
    assert [(a.assignees, a.due_date) for a in r.assignments] == [
        (["Karin Lund"], "2026-01-16"), (["Johan Berg"], "2026-01-28"), (["Karin Lund"], "2026-01-07")]
    # a day alone with no task before it is no one's
    assert _dated("Dagen bokades.\n\nKlart 16 januari 2026.\n", ["Karin Lund"]).assignments == []


def test_lines_under_till_nasta_mote_are_tasks_due_at_the_next_meeting():
    nxt = ParsedItem(number="2", title="Nästa möte", body="Onsdag 7 januari 2026 kl. 09.00, Teams.")
    r = _dated("- Alla läser vägledningen om suicidprevention.\n- Kommunerna redovisar antal platser.\n"
               "- Karin Lund bokar lokal för våren.\n", ["Karin Lund"], title="Till nästa möte", extra=[nxt])
    assert [(a.assignees, a.task, a.due_date) for a in r.assignments] == [
        (["Arbetsgrupp Hemgång"], "läsa vägledningen om suicidprevention", "2026-01-07"),
        (["kommunerna"], "redovisa antal platser", "2026-01-07"),
        (["Karin Lund"], "boka lokal för våren", "2026-01-07")]
    # the same lines under another title are reports in the meeting
    r = _dated("- Kommunerna redovisar antal platser.\n", ["Karin Lund"], title="Lägesrapporter", extra=[nxt])
    assert r.assignments == []


def test_a_bulleted_list_after_a_lone_att_is_the_tasks_of_the_sentence():
    """Word and PDF give a task list under "… fått uppdrag från X att" with bullets ("•", "-")
    where text minutes type dashes: each entry is a task of the sentence the "att" opens, a wrapped
    entry included, and the list ends where a line no longer goes on with it."""
    for bullet in ("•", "-", "▪"):
        r = minutes(body=(f"Arbetsgruppen har fått uppdrag från Styrgrupp Nära vård\natt\n{bullet} revidera rutinen för SIP så att den\n"
                          f"omfattar barn och unga,\n{bullet} föreslå gemensamma mått för uppföljning.\n"
                          f"Gruppen träffas igen i mars.\n{bullet} Eva Ek berättade om läget."),
                    meeting="Arbetsgruppen")
        tasks = sorted(a.task for a in r.assignments if a.given_by == "Styrgrupp Nära vård")
        assert tasks == ["föreslå gemensamma mått för uppföljning",
                         "revidera rutinen för SIP så att den omfattar barn och unga"], (bullet, tasks)


def test_an_item_titled_after_the_task_a_body_gave_states_that_mandate():
    r = minutes("Henrik redovisade utkastet.", meeting="Samverkansgrupp äldre",
                title="Handlingsplan – uppdraget från Regional ledningsgrupp Norrby")
    assert [(m.from_body, m.to_body, m.kind) for m in r.mandates] == [
        ("Regional ledningsgrupp Norrby", "Samverkansgrupp äldre", "delegates")]
    # a giver that is no body, or a body only described, gives none
    assert minutes("Text.", meeting="Samverkansgrupp äldre", title="Uppdrag från regeringen – kartläggning").mandates == []
    assert minutes("Text.", meeting="Samverkansgrupp äldre",
                   title="Läkare – uppdrag från det delregionala politiska samrådet").mandates == []


def test_a_question_passed_on_in_a_reported_meeting_is_that_bodys_referral():
    """Under "Protokoll LSVO:s ledningsgrupp" the bullets tell LSVO's meeting: LSVO passed the question on."""
    body = ("Nedan kommer sammanfattad information från LSVO:s senaste möte:\n\n"
            "• LSVO stod bakom förslaget. Förslag om projektledare tas med till Styrgrupp Barnahus.")
    r = _with_roster(body, [], meeting="Samverkansgrupp att åldras", title="Protokoll LSVO:s ledningsgrupp")
    assert [(m.from_body, m.to_body, m.kind) for m in r.mandates] == [("LSVO:s ledningsgrupp", "Styrgrupp Barnahus", "refers")]


def test_a_task_given_in_a_past_period_names_no_giver():
    """"NSPH fick i uppdrag att under januari–mars 2023 …" in the minutes of November 2023: history, told
    without who gave it, so the body that met delegated nothing; a task given now names the body."""
    told = _with_roster("NSPH fick i uppdrag att under januari-mars 2023 genomföra en inventering.", [],
                        meeting="LSVO", date="2023-11-17")
    assert [(a.assignees, a.given_by) for a in told.assignments] == [(["NSPH"], None)] and told.mandates == []
    now = _with_roster("Styrgrupp Barnahus fick i uppdrag att ta fram en rutin till mars 2024.", [],
                       meeting="LSVO", date="2023-11-17")
    assert [a.given_by for a in now.assignments] == ["LSVO"]


def test_gruppen_under_an_item_reporting_from_a_group_is_that_group_in_a_councils_minutes():
    """'§ 5 Samverkansgrupp psykisk hälsa … utser Maja Berg till ny representant i gruppen': the group
    the item reports from, not the council that met; in a group's own minutes 'gruppen' stays itself."""
    text = ("Nadia Sallam rapporterar. Nadia Sallam utser Maja Berg till ny representant för Ekby kommun i gruppen. "
            "Gruppen har på rådets uppdrag sett över rutinen.")
    def read(body):
        return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, items=[
            ParsedItem(number="5", title="Samverkansgrupp psykisk hälsa", body=text)]))
    r = read("Regionalt samverkansråd Norrby")
    assert [(m.person, m.group) for m in r.memberships] == [("Maja Berg", "Samverkansgrupp psykisk hälsa")]
    assert [(m.from_body, m.to_body, m.kind) for m in r.mandates] == [
        ("Regionalt samverkansråd Norrby", "Samverkansgrupp psykisk hälsa", "delegates")]
    assert [(m.person, m.group) for m in read("Styrgrupp barn och unga").memberships] == [
        ("Maja Berg", "Styrgrupp barn och unga")]


def test_jag_in_notes_sent_as_an_e_mail_is_their_sender():
    def read(writer):
        return extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="SIP-nätverket Norrby", writer=writer,
                                               items=[ParsedItem(number="1", title="Nästa möte",
                                                                 body="Nästa möte 14 januari. Jag skickar inbjudan.")]))
    assert [(a.assignees, a.task) for a in read("Johanna Ek").assignments] == [(["Johanna Ek"], "skicka inbjudan")]
    assert read(None).assignments == []


def test_a_council_named_by_its_compound_kind_alone_is_a_body_of_its_own_in_another_bodys_notes():
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="SIP-nätverket Norrby", items=[
        ParsedItem(number="2", title="Utbildning", body="Samverkansrådet har rekommenderat kommunerna att delta i utbildningen.")]))
    assert [(m.from_body, m.to_body, m.kind) for m in r.mandates] == [("Samverkansrådet", "kommunerna", "recommends")]


def test_a_group_set_up_with_no_task_stated_gets_the_work_its_item_is_titled_by():
    r = minutes(decisions=[("tillsätta en arbetsgrupp för revideringen med en representant per huvudman",
                            "Samverkansgrupp äldre")], meeting="Samverkansgrupp äldre",
                title="Revidering av rutinen för samordnad vårdplanering")
    assert [(a.assignees, a.task) for a in r.assignments] == [
        (["Arbetsgrupp för revideringen"], "revidera rutinen för samordnad vårdplanering")]
    # a title that names no work gives the new group no task
    r = minutes(decisions=[("tillsätta en arbetsgrupp för utbildningsdagen med en representant per huvudman",
                            "Samverkansgrupp äldre")], meeting="Samverkansgrupp äldre", title="Gemensam utbildningsdag")
    assert r.assignments == []


def test_a_verb_shared_by_two_doers_gives_each_a_task_but_two_people_contacted_are_no_doers():
    r = minutes("Malin Ek tar kontakt med elevhälsan och Jonas Berg med BUP för att förankra rutinen före årsskiftet.",
                meeting="Samverkansgrupp äldre")
    assert sorted((a.assignees, a.task) for a in r.assignments) == [
        (["Jonas Berg"], "ta kontakt med BUP för att förankra rutinen före årsskiftet"),
        (["Malin Ek"], "ta kontakt med elevhälsan för att förankra rutinen före årsskiftet")]
    r = minutes("Malin Ek tar kontakt med Jonas Berg och Eva Lund med en fråga om rutinen.", meeting="Samverkansgrupp äldre")
    assert [a.assignees for a in r.assignments] == [["Malin Ek"]]


def test_a_pronoun_after_a_task_is_its_doers_and_no_person():
    r = minutes("Malin Ek och Jonas Berg tar fram ett förslag till program. De återkommer till gruppen i mars.",
                meeting="Samverkansgrupp äldre")
    assert [(a.assignees, a.task) for a in r.assignments] == [
        (["Malin Ek", "Jonas Berg"], "ta fram ett förslag till program och återkomma till gruppen i mars")]


def test_a_body_named_with_och_is_one_body_not_cut_before_the_and():
    """"… underställd Ledningsgruppen för vård och omsorg och rapporterar dit": one mandate to the whole name;
    "och" ends the name only where a clause with its verb follows."""
    item = ParsedItem(number="1", title="Ärende",
                      body="Arbetsgrupp SIP är underställd Ledningsgruppen för vård och omsorg och rapporterar dit.")
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Styrgrupp Nära vård", items=[item]))
    assert {(m.from_body, m.to_body, m.kind) for m in r.mandates} == {
        ("Arbetsgrupp SIP", "Ledningsgruppen för vård och omsorg", "reports_to")}


@pytest.mark.parametrize("sentence, assignees", [
    ("Ordförande och sekreterare planerar nästa möte.", ["Anna Lund", "Per Ek"]),
    ("Styrgruppens ordförande tar kontakt med regionen.", ["Anna Lund"]),
    ("Gruppens sekreterare skickar ut anteckningarna.", ["Per Ek"])])
def test_a_task_to_roles_goes_to_those_holding_them(sentence, assignees):
    """Roles without their article, and a role in the body's genitive ("Styrgruppens ordförande"), name the
    attendees the roster gives those roles; the group itself is given nothing."""
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry("Anna Lund", "present", ["ledamot", "ordförande"]),
           AttendanceEntry("Per Ek", "present", ["ledamot", "sekreterare"])]
    item = ParsedItem(number="1", title="Ärende", body=sentence)
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Styrgrupp Nära vård Norrvik",
                                        attendance=att, items=[item]))
    assert [a.assignees for a in r.assignments] == [assignees]


@pytest.mark.parametrize("sentence, due_date", [
    ("Per Ek tar fram en plan i slutet av november.", "2025-11"),
    ("Per Ek tar fram en plan till mötet i februari.", "2026-02"),
    ("Per Ek tar fram en plan i mars 2026.", "2026-03"),
    ("Per Ek tar fram en plan senast 15/11.", "2025-11-15")])
def test_a_task_due_in_a_month_is_due_that_month(sentence, due_date):
    """A task due in a month the text names, without a day, is due in that month (year and month, as a week
    is given as its ISO week): the next such month after the meeting unless a year is written."""
    from samverkan.loaders.types import AttendanceEntry
    item = ParsedItem(number="1", title="Ärende", body=sentence)
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Styrgrupp X", date="2025-10-08",
                                        attendance=[AttendanceEntry("Per Ek", "present", ["ledamot"])], items=[item]))
    assert [a.due_date for a in r.assignments] == [due_date]


def test_the_result_of_a_task_another_body_gave_sent_back_to_it_is_reporting_to_it():
    """"RLG gav styrgruppen i uppdrag att … Peter och Karin … skickar den till RLG": the body that met
    reports to the body that gave it the task; a result sent to a body that gave nothing is no mandate."""
    r = minutes("RLG gav den 10 oktober styrgruppen i uppdrag att genomföra kartläggningen av korttidsplatser. "
                "Peter och Karin sammanställer kartläggningen och skickar den till RLG senast v. 48.",
                meeting="Styrgrupp Nära vård")
    assert ("Styrgrupp Nära vård", "RLG", "reports_to") in {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    r = minutes("Peter och Karin sammanställer kartläggningen och skickar den till RLG senast v. 48.",
                meeting="Styrgrupp Nära vård")
    assert not [m for m in r.mandates if m.kind == "reports_to"]
