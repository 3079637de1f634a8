"""Loose notes of an operativ arbetsgrupp, typed without numbers or styles: a short heading alone over a paragraph
that opens with a label running on into a sentence ("Påminnelse: vi har uppdrag av …") is a point of its own, and
a "Till nästa gång:" line over "PH: underlag …" rows closes the notes with tasks by the roster's initials. Each
read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

NOTES = """Arbetsgrupp nattillsyn - anteckningar 3/3 2027
Kommunhuset rum Tärnan + Teams, kl 9-11

Närv: Vera Lund (sjuksköterska Åby kommun, sammank.), Olle Berg (arbetsterapeut Ekå kommun), Siv Ahl (enhetschef Åby kommun)
Antecknare: Olle

Rutinen
Påminnelse: vi har uppdrag av Styrgrupp Nära vård att ta fram gemensam rutin för nattillsyn. Slutrapport till styrgruppen i juni (möte 9/6).
Siv undersöker om hemtjänsten kan ta över larmrutinen.

Larmen
Återkommande problem: larmen går till fel växel när ett nytt larm har installerats i Ekå.
Olle tar med sig frågan till larmleverantören så länge.

Statistik
Vera visade antalet larm per månad och kommun under hösten. Ekå saknas i sammanställningen.

Till nästa gång:
- VL: underlag om larmvägarna till styrgruppen, senast 5/4
- OB + SA: gör i ordning mallen och mejlar ut den före 20/3

Nästa möte 7/4 kl 9-11 Teams. /Olle
"""


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "ag.txt", text)


def test_headings_over_label_led_paragraphs_are_points(tmp_path):
    got = _load(tmp_path, NOTES)
    assert [t for _, t in got["items"]] == ["Rutinen", "Larmen", "Statistik"]
    # the tasks told in the points belong to them and are read
    assert (("Siv Ahl",), "undersöka om hemtjänsten kan ta över larmrutinen") in got["assignments"]
    assert any(who == ("Olle Berg",) and task.startswith("ta med sig frågan till larmleverantören")
               for who, task in got["assignments"])


def test_a_paragraph_led_by_a_field_label_is_no_point(tmp_path):
    text = NOTES.replace("Påminnelse: vi har uppdrag av Styrgrupp Nära vård att ta fram gemensam rutin för nattillsyn.",
                         "Tid: kl 9-11, plats: Teams, deltagare: fyra av fem i gruppen, alla närvarande.")
    text = text.replace("Återkommande problem: larmen går till fel växel", "Datum: 2027-03-03, larmen går till fel växel")
    got = _load(tmp_path, text)
    assert [t for _, t in got["items"]] != ["Rutinen", "Larmen", "Statistik"]


def test_rows_under_till_nasta_gang_are_tasks_by_initials(tmp_path):
    got = _load(tmp_path, NOTES)
    assert any(who == ("Vera Lund",) and task.startswith("underlag om larmvägarna") for who, task in got["assignments"])
    # "före 21/3" after the task is when, no part of it
    assert (("Olle Berg", "Siv Ahl"), "göra i ordning mallen och mejlar ut den") in got["assignments"]


def test_a_row_for_everyone_typed_small_is_the_groups_task(tmp_path):
    got = _load(tmp_path, NOTES.replace("före 20/3\n", "före 20/3\n- alla: testa mallen och ta med erfarenheter\n"))
    assert (("Arbetsgrupp nattillsyn",), "testa mallen och ta med erfarenheter") in got["assignments"]


def test_a_report_noted_without_a_verb_is_reporting_to_the_body(tmp_path):
    got = _load(tmp_path, NOTES)
    assert ("Arbetsgrupp nattillsyn", "Styrgrupp Nära vård", "reports_to") in got["mandates"]
    assert ("Styrgrupp Nära vård", "Arbetsgrupp nattillsyn", "delegates") in got["mandates"]


def test_looking_for_a_new_representative_is_a_task(tmp_path):
    got = _load(tmp_path, NOTES.replace("Siv undersöker om hemtjänsten kan ta över larmrutinen.",
                                        "Siv letar ny representant för hemtjänsten, förslagsvis en undersköterska."))
    assert any(who == ("Siv Ahl",) and task.startswith("leta ny representant för hemtjänsten")
               for who, task in got["assignments"])


def test_a_newcomer_coming_into_the_group_from_a_month_joins(tmp_path):
    got = _load(tmp_path, NOTES.replace("Olle tar med sig frågan till larmleverantören så länge.",
                                        "Olle tar med sig frågan till larmleverantören så länge.\nStina Berg, "
                                        "undersköterska i hemtjänsten Ekå, kommer in i gruppen fr o m april (Olle har "
                                        "pratat med hennes chef)."))
    assert ("Stina Berg", "Arbetsgrupp nattillsyn", "join") in got["memberships"]
