"""Habits of the secretaries of taktisk and operativ notes: a member who "går in som sammankallande" while the
convener is away, written by her initials in hurried bullets; an item title ending in a preposition ("4. Grund-
utbildningen Ett hem att växa i") over the item's first sentence; a mailed message whose subject shortens the
network's name ("länsnätverket integration") over the notes' own title in capitals ("LÄNSNÄTVERKET FÖR
INTEGRATIONSSAMORDNARE I X LÄN"); a seat for a side in the body that met by its kind ("… som representant för
Arbetsförmedlingen i nätverket"); two things joined in the subject of a question raised ("Förseningen och dess
påverkan på budgeten lyfts till styrgruppen …"); and a body's stance ("Nätverket ställde sig positivt till …").
Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

BULLETS = """ARBETSGRUPPEN FÖR HEMGÅNG – ÅBY
Anteckningar 2026-11-18, kl 14.00-16.00

Närvarande:
- Carina Rönn (CR), fysioterapeut, Åby kommun - sammankallande
- Åke Lindahl (ÅL), sjuksköterska, Åby kommun

1. Sammankallande
- CR är tjänstledig januari-juni 2027. ÅL går in som sammankallande under tiden.

2. Nästa möte
- 2027-01-27.
"""


def test_one_stepping_in_as_convener_by_her_initials_takes_the_duty_and_the_seat(tmp_path):
    f = load_text(tmp_path, "ag_hemgang_aby_2026-11-18.txt", BULLETS)
    assert any(who == ("Åke Lindahl",) and task.startswith("vara sammankallande") for who, task in f["assignments"])
    assert ("Åke Lindahl", f["body"], "join") in f["memberships"]


TITLE = """Regional arbetsgrupp för barnfrågor – Åby län
ANTECKNINGAR
Tid: tisdag 10 november 2026, kl. 13.15–15.45

Närvarande
Birgit Holm, familjehemssekreterare, Åby kommun, sammankallande
Omar Khalil, enhetschef, Ekby kommun
Sanna Lind, socialsekreterare, Ekby kommun

1. Grundutbildningen Ett hem att växa i
Sanna berättade att Åby håller vårens utbildningsomgång med tolv anmälda familjer. Kostnaderna har hittills burits av den kommun som arrangerar. Omar återkommer till nästa möte med ett förslag på kostnadsfördelning mellan kommunerna.

2. Nästa möte
Nästa möte hålls 19 januari 2027.
"""


def test_a_title_ending_in_a_preposition_stops_before_a_line_of_sentences(tmp_path):
    f = load_text(tmp_path, "ag_barn_aby_2026-11-10.txt", TITLE)
    assert ("1", "Grundutbildningen Ett hem att växa i") in f["items"]
    assert (("Omar Khalil",), "återkomma till nästa möte med ett förslag på kostnadsfördelning mellan kommunerna") \
        in f["assignments"]


MAIL = """From: Karin Dal <karin.dal@lansstyrelsen-aby.se>
To: natverket@lansstyrelsen-aby.se
Subject: Anteckningar länsnätverket integration 1 december
Date: Wed, 2 Dec 2026 15:45:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej,

här kommer anteckningarna från tisdagens nätverksträff.

Karin

LÄNSNÄTVERKET FÖR INTEGRATIONSSAMORDNARE I ÅBY LÄN
Anteckningar från mötet den 1 december 2026 kl. 09.00–11.30 via Teams

Deltog:
Karin Dal, utvecklingsledare, Länsstyrelsen i Åby län, sammankallande
Yusuf Abdi, samordnare etablering, Ekby kommun
Marie Thörn, handläggare, Arbetsförmedlingen

1. Samhällsorientering
Kommunerna köper idag samhällsorientering var för sig. Nätverket ställde sig positivt till ett gemensamt förfrågningsunderlag.

2. Arbetsförmedlingen
Marie Thörn ersätter Björn Ekholm som representant för Arbetsförmedlingen i nätverket från och med detta möte.
"""


def test_the_notes_own_title_names_the_network_the_subject_shortens(tmp_path):
    f = load_text(tmp_path, "natverk_integration_aby_2026-12-01.eml", MAIL)
    assert f["body"] == "Länsnätverket för Integrationssamordnare i Åby län"


def test_a_side_seat_in_the_network_by_its_kind_is_a_seat_in_the_body_that_met(tmp_path):
    f = load_text(tmp_path, "natverk_integration_aby_2026-12-01.eml", MAIL)
    assert ("Marie Thörn", f["body"], "replace") in f["memberships"]
    assert ("Björn Ekholm", f["body"], "leave") in f["memberships"]
    assert not any("i nätverket" in group for _, group, _ in f["memberships"])


def test_a_network_s_stance_is_its_decision(tmp_path):
    f = load_text(tmp_path, "natverk_integration_aby_2026-12-01.eml", MAIL)
    assert "ställa sig positivt till ett gemensamt förfrågningsunderlag" in f["decisions"]


RAISED = """Projektgrupp ny skola, Åby kommun
Minnesanteckningar 2026-11-25

Närvarande: Maria Sten, ordförande, Åby kommun; Jonas Åker, projektledare, Åby kommun

1. Tidplan
Jonas redovisade läget i byggprojektet. Förseningen och dess påverkan på budgeten för hyresgästanpassningar lyfts till styrgruppen för boendeplanering den 9 december. Maria föredrar ärendet där.
"""


def test_two_things_joined_in_the_subject_of_a_question_raised_are_one_decision(tmp_path):
    f = load_text(tmp_path, "pg_skola_aby_2026-11-25.txt", RAISED)
    assert any(d.startswith("lyfta förseningen och dess påverkan på budgeten") for d in f["decisions"])
    assert any(kind == "refers" and "boendeplanering" in to for _, to, kind in f["mandates"])


FOLLOWED_UP = """ARBETSGRUPPEN FÖR HEMGÅNG – ÅBY
Anteckningar 2026-11-18, kl 14.00-16.00

Närvarande:
- Carina Rönn (CR), fysioterapeut, Åby kommun - sammankallande
- Tobias Eng (TE), läkare, Region Ekby
Frånvarande:
- Elin Sund (ES), apotekare, Region Ekby

1. Läkemedel
- Återkoppling: ES skulle ta fram en lista över fallriskläkemedel. Inte klar, skjuts till nästa möte.

2. Nästa möte
- 2027-01-27.

Uppgifter till nästa gång:
- TE + ES: lista över fallriskläkemedel klar till 27/1
- CR: kalla till nästa möte
"""


def test_a_task_row_naming_one_more_than_the_text_gives_the_task_to_both(tmp_path):
    f = load_text(tmp_path, "ag_hemgang_aby_2026-11-18.txt", FOLLOWED_UP)
    tasks = [(who, task) for who, task in f["assignments"] if "fallriskläkemedel" in task]
    assert tasks == [(("Elin Sund", "Tobias Eng"), "ta fram en lista över fallriskläkemedel")]
