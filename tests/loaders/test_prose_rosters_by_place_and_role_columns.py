"""Habits of secretaries read from small inline minutes: notes typed in Word with a bold title over a line
saying what and when, and bold headings with no numbers; the attendance told as sentences by huvudman, each
opening "Från Region X:" or "från <kommun>:" by the kommun's place name alone; and a politicians' roster table
whose column of seats is headed by the body's name ("Uppdrag i PSVO")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

_PROSE = ("**Samverkansgrupp Barn**\n"
          "Minnesanteckningar från mötet måndagen den 15 november 2027, kl. 13.00–15.30, Teams\n"
          "**Närvarande**\n"
          "Från Region Norrby: Eva Ek, verksamhetschef geriatriken (ordförande), Jon Berg, processledare för "
          "samverkansgruppen (antecknar), och Per Lind, verksamhetschef primärvården. Från Åby: Ola Ås, MAS. "
          "Från Ekby: Lena Holm, enhetschef hemsjukvården, och Maria Sund, rektor.\n"
          "Förhinder hade Bo Sand, förvaltningschef i Tallby, som inte skickat någon ersättare.\n"
          "**Inledning och dagordning**\n"
          "Eva hälsade välkommen. Dagordningen godkändes.\n"
          "**Budget**\n"
          "Per redovisade budgeten.\n")


def test_a_bold_title_over_the_line_saying_what_and_when_is_no_point():
    p = parse_minutes(_PROSE, "x.docx")
    assert p.body == "Samverkansgrupp Barn"
    assert p.date == "2027-11-15"
    assert [it.title for it in p.items] == ["Inledning och dagordning", "Budget"]


def test_attendance_told_as_sentences_from_each_huvudman_by_its_place():
    p = parse_minutes(_PROSE, "x.docx")
    att = {a.name: (a.status, a.organisation) for a in p.attendance}
    assert att["Eva Ek"] == ("present", "Region Norrby")
    assert att["Jon Berg"] == ("present", "Region Norrby")
    assert att["Per Lind"] == ("present", "Region Norrby")
    assert att["Ola Ås"] == ("present", "Åby")
    assert att["Lena Holm"] == ("present", "Ekby") and att["Maria Sund"] == ("present", "Ekby")
    assert att["Bo Sand"][0] == "absent"
    assert "ordförande" in next(a.roles for a in p.attendance if a.name == "Eva Ek")


def test_a_column_of_seats_headed_by_the_body_s_name():
    text = ("PROTOKOLL\nPolitiskt samråd Norrby (PSN)\nSammanträdesdag: 2027-11-25, kl. 13.15–15.40\n\n"
            "Beslutande\n\n"
            "Huvudman             Namn                  Parti                Uppdrag i PSN\n"
            "Region Norrby        Eva Ek                S                    ordförande\n"
            "Åby kommun           Per Lind              M                    vice ordförande\n"
            "Ekby kommun          Ola Ås                L                    tjänstgörande ersättare\n\n"
            "Frånvarande: Bo Sand (S), ledamot, Ekby kommun\n\n"
            "§ 41 Sammanträdets öppnande\nOrdföranden öppnar sammanträdet.\n"
            "§ 42 Budget\nPSN beslutar att godkänna budgeten.\n")
    p = parse_minutes(text, "x.pdf")
    att = {a.name: (a.status, a.organisation, a.roles) for a in p.attendance}
    assert att["Eva Ek"][:2] == ("present", "Region Norrby") and "ordförande" in att["Eva Ek"][2]
    assert att["Per Lind"][:2] == ("present", "Åby kommun") and "vice ordförande" in att["Per Lind"][2]
    assert att["Ola Ås"][:2] == ("present", "Ekby kommun") and "ersättare" in att["Ola Ås"][2]
    assert att["Bo Sand"][0] == "absent"
