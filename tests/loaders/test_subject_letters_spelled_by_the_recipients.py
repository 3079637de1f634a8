"""A mailed message whose subject names the body by its kind's letters, then its topic and place ("Ämne:
Minnesanteckningar LSG barn och unga Åby 3/12"), sent to a list that spells the letters out with the place only
("Till: Lokal samverkansgrupp Åby"): the body is the spelled-out kind with the subject's topic and place.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

MAIL = """Ämne: Minnesanteckningar LSG barn och unga Åby 3/12
Från: Hanna Berg
Till: Lokal samverkansgrupp Åby
Skickat: den 3 december 2026 16:42

Hej alla!

Närvarande: Hanna Berg (elevhälsan, sammankallande), Jonas Åkerman (socialtjänsten), Sara Nyberg (BUP)

1. Läget i skolorna
Hanna berättade att frånvaron har ökat.
-> Jonas sammanställer frånvarostatistik till nästa möte.

Hälsningar
Hanna Berg
"""


def test_the_subjects_topic_goes_with_the_kind_the_recipients_spell(tmp_path):
    assert load_text(tmp_path, "lsg.txt", MAIL)["body"] == "Lokal samverkansgrupp barn och unga Åby"


def test_a_subject_of_another_place_keeps_the_recipients_name(tmp_path):
    f = load_text(tmp_path, "lsg.txt", MAIL.replace("LSG barn och unga Åby", "LSG barn och unga Ekby"))
    assert f["body"] == "Lokal samverkansgrupp Åby"
