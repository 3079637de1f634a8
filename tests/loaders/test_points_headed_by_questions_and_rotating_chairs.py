"""Habits of four secretaries of steering groups, process teams and working groups: notes whose points are
headed by the question and closed by "Vi kom fram till att …" (and "Kvar att lösa: …", which decides nothing);
a steering group named alone on a line over the points it decides ("Styrgruppen" / "- godkänner projektplanen,"
/ "- utser X till projektledare," / "- beslutar att förlänga projektet …"), whose project leader takes no seat in
it; the chair who "öppnar mötet och hälsar X välkommen som ny ledamot"; the body that gave the task told in a
relative clause by those who carry it out ("…, som gav oss uppdraget i våras"); a stand-in who "vikarierar för"
an ordinary member; the chair decided after whose turn it is ("Region X tar över ordförandeskapet … och Y blir
ordförande"); a rotating chair marked "(höll i mötet)" in the roster, and next time's roles that are not
today's; and the kommuner that "bidrar med uppgifter", a member who "sammankallar i X:s ställe".
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _read(text: str, name: str):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _decisions(p) -> list[str]:
    return [d.text for d in p.decisions]


def _tasks(r) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(sorted(a.assignees)), a.task) for a in r.assignments]


def _ms(r) -> set[tuple[str, str, str]]:
    return {(m.person, m.group, m.change) for m in r.memberships}


PROCESS_TEAM = """Processteam utskrivning Åby
Anteckningar 2026-10-13

Med på mötet:
- Tomas Berg, avdelningschef, Region Norrby (höll i mötet)
- Fatima Ali, distriktssköterska, Region Norrby
- Erik Sand, arbetsterapeut, Åby kommun
- Rebecka Ny, biståndshandläggare, Åby kommun (antecknade)

Vi roterar ordförandeskapet. Nästa gång håller Fatima i mötet och Erik för anteckningar.

1. Hur gör vi med utskrivningar på fredagar?
Vi kom fram till att avdelningen ringer hemsjukvården före kl. 13 när en fredagsutskrivning är planerad.
Vi kom fram till att det är svårt att hinna med.
Kvar att lösa: vem som tar emot samtalen på kvällen.

2. Hur gör vi med återrapporteringen?
Processteamet rapporterar till Lokal närvårdsgrupp Åby, som gav oss uppdraget i våras.
"""


def test_what_we_came_to_is_decided_but_a_finding_is_not():
    p, _ = _read(PROCESS_TEAM, "processteam_utskrivning_aby_2026-10-13.txt")
    ds = _decisions(p)
    assert any(d.startswith("avdelningen ringer hemsjukvården före kl. 13") for d in ds), ds
    assert not any("svårt att hinna" in d for d in ds), ds
    assert not any("tar emot samtalen" in d for d in ds), ds


def test_the_body_that_gave_us_the_task_delegates_to_the_team():
    _, r = _read(PROCESS_TEAM, "processteam_utskrivning_aby_2026-10-13.txt")
    md = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Lokal närvårdsgrupp Åby", "Processteam utskrivning Åby", "delegates") in md, md


def test_the_rotating_chair_is_today_s_and_next_time_s_roles_are_not():
    p, _ = _read(PROCESS_TEAM, "processteam_utskrivning_aby_2026-10-13.txt")
    roles = {a.name: a.roles for a in p.attendance}
    assert "ordförande" in roles["Tomas Berg"], roles
    assert "sekreterare" not in roles["Erik Sand"], roles
    assert "ordförande" not in roles["Fatima Ali"], roles


STEERING = """Styrgrupp Nära vård Norrby
Protokoll 2026-10-07

Närvarande: Eva Lund (ordförande), Per Ek, Anna Berg, Olle Sten

§ 1 Mötets öppnande
Ordföranden öppnar mötet och hälsar Anna Berg välkommen som ny ledamot för Åby kommun. Dagordningen godkänns.

§ 2 Projekt Trygg hemma
Olle Sten presenterar projektplanen.
Styrgruppen
- godkänner projektplanen för Projekt Trygg hemma,
- utser Olle Sten till projektledare från och med den 1 november 2026,
- beslutar att förlänga projektet till den 30 juni 2027.
"""


def test_each_point_under_the_body_named_alone_is_a_decision_of_its_own():
    p, _ = _read(STEERING, "styrgrupp_nara_vard_2026-10-07.txt")
    ds = _decisions(p)
    assert "godkänna projektplanen för Projekt Trygg hemma" in ds, ds
    assert any(d.startswith("utse Olle Sten till projektledare") for d in ds), ds
    assert "förlänga projektet till den 30 juni 2027" in ds, ds


def test_the_project_leader_takes_no_seat_in_the_steering_group():
    _, r = _read(STEERING, "styrgrupp_nara_vard_2026-10-07.txt")
    assert not any(m.person == "Olle Sten" and m.change == "join" for m in r.memberships), _ms(r)
    assert any(a.assignees == ["Olle Sten"] and a.task.startswith("vara projektledare") for a in r.assignments), _tasks(r)


def test_welcomed_as_new_member_after_the_opening():
    _, r = _read(STEERING, "styrgrupp_nara_vard_2026-10-07.txt")
    assert ("Anna Berg", "Styrgrupp Nära vård Norrby", "join") in _ms(r), _ms(r)


COUNCIL = """Samverkansgrupp äldre Norrby
Minnesanteckningar 2026-11-05

Närvarande: Kristina Alm (ordförande), Sevgi Dal, Jan Nord, Petra Hed, Ali Kader

1. Representation
Jan Nord vikarierar för Åby kommuns ordinarie ledamot Gunnel Strand, som är tjänstledig hösten 2026.

2. Demensvård
Regionen tar fram ett underlag om diagnostik. Kommunerna bidrar med uppgifter om demensboenden.
Ali sammankallar i Petras ställe till nästa möte.

3. Ordförandeskap 2027
Beslut: Region Norrby tar över ordförandeskapet från 1 januari 2027 och Sevgi Dal blir ordförande.
"""


def test_a_stand_in_replaces_the_ordinary_member_who_keeps_her_seat():
    _, r = _read(COUNCIL, "sg_aldre_2026-11-05.txt")
    ms = _ms(r)
    assert ("Jan Nord", "Samverkansgrupp äldre Norrby", "replace") in ms, ms
    assert ("Gunnel Strand", "Samverkansgrupp äldre Norrby", "member") in ms, ms


def test_the_chair_decided_after_whose_turn_it_is():
    _, r = _read(COUNCIL, "sg_aldre_2026-11-05.txt")
    assert ("Sevgi Dal", "Samverkansgrupp äldre Norrby", "join") in _ms(r), _ms(r)


def test_kommuner_bring_material_and_a_member_calls_the_next_meeting():
    _, r = _read(COUNCIL, "sg_aldre_2026-11-05.txt")
    tasks = _tasks(r)
    assert any("bidra med uppgifter om demensboenden" in t for _, t in tasks), tasks
    assert any(who == ("Ali Kader",) and t.startswith("sammankalla") for who, t in tasks), tasks
