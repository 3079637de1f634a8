"""Habits of a regional ledningsgrupp's, an operativ arbetsgrupp's and a projektgrupp's notes: a question put off
in the past tense to the next meeting ("Frågan bordlades till nästa möte eftersom …"), named by the sentence that
raised it and without the reason why; a further point agreed ("Vi enades också om att …"); a title naming the kind
with its level and, after a dash, its topic in lower case ("Operativ arbetsgrupp – utskrivning från …"); and a
second clause after ", och" giving one member the presenting of a report in the steering group. Each read on a small
minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

LEDNINGSGRUPP = """# Regional ledningsgrupp för social välfärd

Minnesanteckningar 2027-10-05

Närvarande: Eva Ek, socialchef, Åby kommun (ordförande); Per Lind, socialchef, Ekby kommun

## 1. Övriga frågor
Ekby kommun har begärt att frågan om gemensam jourverksamhet för socialtjänsten ska tas upp. Frågan bordlades till nästa möte eftersom Norrby inte var representerat.

## 2. Tidigare ärenden
Ärendet om färdtjänst bordlades i våras.
"""


def test_a_question_put_off_to_the_next_meeting_in_the_past_tense(tmp_path):
    decisions = load_text(tmp_path, "lg.md", LEDNINGSGRUPP)["decisions"]
    assert "bordlägga frågan om gemensam jourverksamhet för socialtjänsten till nästa möte" in decisions
    # (one put off at an earlier meeting is history, no decision of this one)
    assert not any("färdtjänst" in d for d in decisions)


PROJEKTGRUPP = """Projektgrupp Mobila teamet i Åby
Minnesanteckningar 2027-10-20
Närvarande: Karin Berg, projektledare, Region Åby; Sofia Holm, MAS, Ekby kommun; Nils Ek, enhetschef, Norrby kommun.

1. Utvärdering
Vi enades om att utvärderingen ska göras av FoU Åby. Vi enades också om att antalet undvikta akutbesök ska vara projektets huvudmått.

2. Återrapport till styrgruppen
Projektgruppen lämnar en delrapport till styrgruppen två gånger per år. Karin Berg skriver ett utkast som skickas ut till gruppen senast den 17 november, och Sofia Holm föredrar rapporten i styrgruppen.
"""


def test_a_further_point_agreed(tmp_path):
    decisions = load_text(tmp_path, "pg.txt", PROJEKTGRUPP)["decisions"]
    assert "antalet undvikta akutbesök ska vara projektets huvudmått" in decisions


def test_presenting_the_report_in_the_steering_group_after_och(tmp_path):
    assignments = load_text(tmp_path, "pg.txt", PROJEKTGRUPP)["assignments"]
    assert (("Sofia Holm",), "föredra rapporten i styrgruppen") in assignments
    assert (("Karin Berg",), "skriva ett utkast som skickas ut till gruppen senast den 17 november") in assignments


ARBETSGRUPP = """Operativ arbetsgrupp – utskrivning från psykiatrisk slutenvård
MINNESANTECKNINGAR
Datum: 12 oktober 2027
Plats: Teams

Deltagare
  SH  Sara Holm, avdelningschef, Region Åby (sammankallande)
  LN  Lars Nord, enhetschef, Ekby kommun

1. Utskrivningsklara dagar
SH redovisade statistiken.
"""


def test_a_kind_with_its_level_and_its_topic_after_a_dash(tmp_path):
    assert load_text(tmp_path, "ag.txt", ARBETSGRUPP)["body"] == (
        "Operativ arbetsgrupp utskrivning från psykiatrisk slutenvård")
