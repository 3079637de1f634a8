"""Habits of secretaries of collaboration bodies read from small inline minutes: "Närvarande: se deltagarlista"
in the header and the list, titled "Deltagarlista" with no "Bilaga" over it, after the last point; decisions
numbered under "Beslut" with bullets under a point that are its parts ("2. Förvaltningschefen får i uppdrag att"
/ "• informera …" / "• återrapportera …"); a protocol's signing roles side by side over the names as a Word
table's row; hurried notes whose every point's title is typed small though the notes under them are not; the
notes of a short extra meeting put after the ordinary one's last point; "Antecknat:" naming the one who kept the
notes; the body's name shortened in the title ("AG rehab …") and written out on the line below; and a member who
"går över till Region X och representerar därefter regionen" in the body."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

_LISTED_AT_END = ("Styrgruppen för Nära vård Norrby – minnesanteckningar\n"
                  "Datum: 2028-02-16, kl. 13.00–15.30\nPlats: Teams\n"
                  "Närvarande: se deltagarlista\nAnteckningar: Eva Nyberg\n\n"
                  "1. Inledning\nOrdföranden hälsade välkommen. Dagordningen fastställdes.\n\n"
                  "2. Ekonomi\nPer Holm redovisade läget.\n\n"
                  "3. Nästa möte\n2028-04-12 kl. 13.00–15.30.\n\n"
                  "Deltagarlista\n"
                  "Namn\tHuvudman\tFunktion\tNärvaro\n"
                  "Cilla Ahl\tRegion Norrby\tOmrådeschef, ordförande\tX\n"
                  "Eva Nyberg\tRegion Norrby\tProcessledare, sekreterare\tX\n"
                  "Per Holm\tÅby kommun\tSocialchef\tX\n"
                  "Ola Björk\tEkby kommun\tFörvaltningschef\tFörhinder\n")


def test_deltagarlista_after_the_last_point_is_the_roster_the_header_points_to():
    p = parse_minutes(_LISTED_AT_END, "x.docx")
    got = {a.name: a.status for a in p.attendance}
    assert got.get("Per Holm") == "present" and got.get("Cilla Ahl") == "present"
    assert got.get("Ola Björk") == "absent"
    assert "Deltagarlista" not in p.items[-1].body and "Ola Björk" not in p.items[-1].body


def test_deltagarlista_with_no_one_named_in_the_header():
    text = _LISTED_AT_END.replace("Anteckningar: Eva Nyberg\n", "")
    p = parse_minutes(text, "x.pdf")
    got = {a.name: a.status for a in p.attendance}
    assert got == {"Cilla Ahl": "present", "Eva Nyberg": "present", "Per Holm": "present", "Ola Björk": "absent"}


_SUB_BULLETS = ("LÖVBY KOMMUN\nVård- och omsorgsnämnden\nProtokoll 2028-01-26\n"
                "Närvarande: Eva Lund (S), ordförande; Per Holm (M); Sara Berg (C)\n\n"
                "§ 1 Överenskommelse om utskrivning\n"
                "Beslut\n"
                "1. Vård- och omsorgsnämnden antar den reviderade överenskommelsen om utskrivning.\n"
                "    • överenskommelsen gäller från och med den 1 mars 2028\n"
                "    • den tidigare överenskommelsen upphör att gälla samma dag\n"
                "2. Förvaltningschefen får i uppdrag att\n"
                "    • informera berörda verksamheter om ändringarna\n"
                "    • återrapportera införandet till nämnden i september 2028\n"
                "3. Beslutet skickas till regionen.\n"
                "§ 2 Delegationsbeslut\nBeslut\nRedovisningen läggs till handlingarna.\n\n"
                "Ordförande\tJusterare\tSekreterare\n"
                "Eva Lund\tPer Holm\tJon Berg\n")


def test_bullets_under_a_numbered_decision_are_its_parts():
    p = parse_minutes(_SUB_BULLETS, "x.docx")
    texts = [d.text for d in p.decisions if d.item == "1"]
    assert len(texts) == 3, texts
    assert "antar den reviderade överenskommelsen" in texts[0] and "gäller från och med den 1 mars 2028" in texts[0]
    assert "upphör att gälla samma dag" in texts[0]
    assert "i uppdrag att informera berörda verksamheter om ändringarna och återrapportera införandet" in texts[1]


def test_signing_roles_side_by_side_are_no_decision():
    p = parse_minutes(_SUB_BULLETS, "x.docx")
    assert not any("Justerare" in d.text or "Ordförande" in d.text for d in p.decisions)
    assert len([d for d in p.decisions if d.item == "2"]) == 1


_HURRIED_TWO_MEETINGS = ("AG rehab - anteckningar 8/2 2028\n"
                         "Arbetsgrupp rehab Norrby\n\n"
                         "Närv: Eva Lind (Åby kn), Emil Rask (Ekby kn), Bo Ek (Region Norrby)\n"
                         "Ej närv: Hedda Wik (Åby kn)\n"
                         "Antecknat: Emil\n\n"
                         "1. förra anteckn\ngicks igenom, läggs till handl.\n\n"
                         "2. uppdrag fr processteamet\nBo: vill ha en rutin till april.\n\n"
                         "3. hemrehab\nKö ca 3 v i Ekby.\nBeslut: AG lyfter bemanningsfrågan till processteamet.\n\n"
                         "4. nästa möte\n14/3 kl 13 Teams\n\n"
                         "-------------------------\n\n"
                         "EXTRA AVSTÄMNING 22/2 2028, Teams 14.00-14.30\n"
                         "Närv: Eva, Emil, Bo\n\n"
                         "1. utkastet\nBeslut: utkastet godkänns som underlag till processteamet.\n")


def test_point_titles_typed_small_are_the_items():
    p = parse_minutes(_HURRIED_TWO_MEETINGS, "x.txt")
    assert [i.number for i in p.items] == ["1", "2", "3", "4"]
    assert p.items[2].title == "hemrehab"


def test_an_extra_meeting_after_the_last_point_is_no_part_of_it():
    text = _HURRIED_TWO_MEETINGS
    for small, big in (("1. förra", "1. Förra"), ("2. uppdrag", "2. Uppdrag"), ("3. hemrehab", "3. Hemrehab"),
                       ("4. nästa", "4. Nästa")):
        text = text.replace(small, big)
    p = parse_minutes(text, "x.txt")
    assert p.date == "2028-02-08"
    assert not any("utkastet" in d.text for d in p.decisions)
    assert "EXTRA" not in p.items[-1].body


def test_antecknat_names_the_one_who_kept_the_notes_not_one_away():
    p = parse_minutes(_HURRIED_TWO_MEETINGS, "x.txt")
    got = {a.name: a.status for a in p.attendance}
    assert got.get("Emil Rask") == "present" and got.get("Hedda Wik") == "absent"


def test_a_body_named_short_in_the_title_and_in_full_below_is_named_in_full():
    text = _HURRIED_TWO_MEETINGS.replace("Arbetsgrupp rehab Norrby\n",
                                         "Arbetsgrupp rehabilitering Norrby (Region Norrby, Åby, Ekby)\n")
    text = text.replace("AG rehab - anteckningar", "AG rehab Norrby - anteckningar")
    p = parse_minutes(text, "x.txt")
    assert p.body == "Arbetsgrupp rehabilitering Norrby"


def test_a_member_who_moves_to_another_huvudman_leaves_the_seat_and_takes_one_for_it():
    from samverkan.loaders.relations import extract_relations
    text = _LISTED_AT_END.replace(
        "Per Holm redovisade läget.\n",
        "Per Holm redovisade läget.\nPer Holm, socialchef i Åby kommun, går den 1 april över till Region Norrby som "
        "verksamhetschef och representerar därefter regionen i styrgruppen.\n")
    r = extract_relations(parse_minutes(text, "x.docx"))
    got = {(m.person, m.change, m.on_behalf_of) for m in r.memberships if m.person == "Per Holm"}
    assert any(c == "leave" for _, c, _ in got)
    assert ("Per Holm", "join", "Region Norrby") in got


def test_last_notes_filed_in_a_hurry_are_the_meetings_decision():
    p = parse_minutes(_HURRIED_TWO_MEETINGS, "x.txt")
    assert [d.text for d in p.decisions if d.item == "1"] == ["lägga förra anteckn till handlingarna"]
