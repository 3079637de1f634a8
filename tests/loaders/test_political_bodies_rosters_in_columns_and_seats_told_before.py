"""Habits of political and strategisk bodies read on small minutes of their own: a samordningsförbund's styrelse whose
roster stands in columns of spaces (a member of a state authority with no party tag, her seat in a third column), a
political council whose roster spells out a body's letters in an official's title ("kommundirektör i Åby kommun och
ordförande i Länsgemensam ledningsgrupp Åby (LLG)") and then gives the body by its letters a task, a funktionshinderråd
electing a representative with a substitute to a body its text named in full before the decision under a title that
names it short, and an arbetsutskott that gives a förvaltning a task to be reported to the kommunstyrelse.
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from tests.loaders.test_read_formats import load_text


def _attended(text: str, path: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.status, tuple(a.roles)) for a in parse_minutes(text, path).attendance}


STYRELSE = """SAMORDNINGSFÖRBUNDET ÅBY
Styrelsen

PROTOKOLL
Sammanträdesdag: 2031-03-26, kl. 09.00–11.40

Beslutande ledamöter
Eva Ek (S)                  Åby kommun                ordförande
Anna Berg                   Försäkringskassan         vice ordförande
Lisa Holm (C)               Region Åby
Per Lind                    Arbetsförmedlingen

§ 18  Dagordning
Beslut
Dagordningen godkänns.
"""


def test_a_member_without_party_her_seat_in_a_third_column_is_her_own_entry():
    att = _attended(STYRELSE, "sf_styrelse_2031-03-26.txt")
    assert att["Anna Berg"] == ("present", ("ledamot", "vice ordförande"))
    assert "ordförande" in att["Eva Ek"][1] and "vice ordförande" not in att["Eva Ek"][1]
    assert att["Per Lind"][0] == "present"


RAD = """Politiskt samverkansråd Åby

PROTOKOLL
Datum: 2031-05-06

Närvarande
Region Åby               Eva Ek (S), ordförande
Ekby kommun              Per Lind (M)

Övriga: Lars Holm, kommundirektör i Ekby kommun och ordförande i Länsgemensam ledningsgrupp Åby (LLG), § 2; Siv Ås, samordnare, Region Åby, sekreterare

§ 1 Dagordning
Dagordningen fastställdes.

§ 2 Överenskommelse om samverkan
Lars Holm föredrog ärendet.
Beslut
Rådet ger LLG i uppdrag att följa upp införandet av överenskommelsen och återrapportera till rådet den 2 december 2031.
"""


def test_a_body_given_a_task_by_the_letters_an_officials_title_spelled_out(tmp_path):
    f = load_text(tmp_path, "psr_aby_2031-05-06.txt", RAD)
    assert any(who == ("Länsgemensam ledningsgrupp Åby",) and task.startswith("följa upp införandet")
               for who, task in f["assignments"]), f["assignments"]


def test_a_seat_elsewhere_after_och_in_an_officials_title(tmp_path):
    f = load_text(tmp_path, "psr_aby_2031-05-06.txt", RAD)
    assert ("Lars Holm", "Länsgemensam ledningsgrupp Åby", "member") in f["memberships"], f["memberships"]


KFR = """ÅBY KOMMUN
Kommunala funktionshinderrådet

Protokoll nr 1/2031

Datum: måndagen den 24 februari 2031, kl. 14.00–16.15

Närvarande
  Eva Ek (S), kommunstyrelsen, ordförande
  Maja Rask, Autism- och Aspergerföreningen Åby
  Per-Olov Brandt, DHR Åby

6. Representation i referensgrupp för kollektivtrafik
Region Norrby har bjudit in rådet att utse en representant till Regional
referensgrupp för tillgänglig kollektivtrafik. Rådet utsåg Maja Rask till
representant med Per-Olov Brandt som ersättare.

7. Nästa möte
Måndagen den 19 maj 2031 kl. 14.00.
"""


def test_a_representative_and_her_substitute_in_the_body_the_text_named_in_full(tmp_path):
    f = load_text(tmp_path, "kfr_aby_2031-02-24.txt", KFR)
    group = "Regional referensgrupp för tillgänglig kollektivtrafik"
    assert ("Maja Rask", group, "join") in f["memberships"], f["memberships"]
    assert ("Per-Olov Brandt", group, "join") in f["memberships"], f["memberships"]
    assert (("Per-Olov Brandt",), f"vara ersättare i {group}") in f["assignments"], f["assignments"]


AU = """ÅBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Kommunstyrelsens arbetsutskott
Sammanträdesdatum 2031-04-13

Beslutande
Eva Ek (S), ordförande
Per Lind (M)

§ 45 Översyn av lokalförsörjningen
Arbetsutskottets beslut
Samhällsbyggnadsförvaltningen får i uppdrag att genomföra en översyn av kommunens lokalbehov. Översynen redovisas för kommunstyrelsen senast den 30 november 2031.
"""


def test_a_forvaltnings_report_to_the_kommunstyrelse_is_no_report_of_the_utskott(tmp_path):
    f = load_text(tmp_path, "ksau_aby_2031-04-13.txt", AU)
    assert not [m for m in f["mandates"] if m[2] == "reports_to"], f["mandates"]
    assert any(task.startswith("genomföra en översyn") for _, task in f["assignments"]), f["assignments"]
