"""Layouts of bodies the other minutes do not come from: a länsstyrelse's council notes under its running
header, a valnämnd's protocol with an empty section, a kommunal bolag's board, a civil-society dialogue
group's notes. Each minutes is loaded as a user would load it."""
from __future__ import annotations

import textwrap

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_genre_readings import load


def _agenda(tmp_path, text: str) -> list[tuple[str, str, list[str]]]:
    """(number, title, presenters) of each item of one minutes text."""
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "anteckningar.txt").write_text(textwrap.dedent(text), encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        d = export_json(s.to_networkx())
    n = {x["id"]: x["name"] for x in d["persons"]}
    return [(it["number"], it["title"], [n[p] for p in it["presenter_ids"]]) for it in d["events"][0]["agenda"]]


COUNCIL = """\
    LÄNSSTYRELSEN ÅSMARK
    1 (1)
    2025-11-25
    Minnesanteckningar Regionala krisberedskapsrådet Åsmark
    Dag:
    18 november 2025
    Plats:
    Länsstyrelsen, Ekby
    Deltagare:
    Annika Berg (ordf.), Länsstyrelsen Åsmark
    Per Lund, Region Åsmark
    Ida Sund, sekr. Länsstyrelsen Åsmark
    Kopia för kännedom:
    Eva Krantz, landshövding, Länsstyrelsen Åsmark
    1. Föregående anteckningar (Annika)
    Minnesanteckningarna läggs till handlingarna.
    2. Övning 2026 (Ida)
    Ida Sund informerade om övningen.
    Rådets konklusion:
    - Övningsdirektivet godkänns.
    - Arbetsgruppen för övning återrapporterar till rådet i februari.
    """


def test_a_councils_notes_under_the_authoritys_running_header(tmp_path):
    """The länsstyrelse in capitals above the title is who writes, not the body that met (its name holds
    "styrelse"); the day under "Dag:" is the meeting's, not the date the notes were written; a person's
    bracketed role before the comma keeps the organisation with the person."""
    got = load(tmp_path, COUNCIL)
    assert got["body"] == "Regionala krisberedskapsrådet Åsmark"
    assert set(got["attendance"]) == {"Annika Berg", "Per Lund", "Ida Sund"}
    assert "Länsstyrelsen Åsmark" not in got["persons"]
    assert "godkänna övningsdirektivet" in [d.lower().rstrip(".") for d in got["decisions"]] or any(
        "vningsdirektivet godkänns" in d for d in got["decisions"]), got["decisions"]
    assert any("återrapporterar till rådet" in d for d in got["decisions"]), got["decisions"]


def test_the_meeting_day_under_its_label_wins_over_the_date_written(tmp_path):
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        (tmp_path / "m").mkdir()
        (tmp_path / "m" / "a.txt").write_text(textwrap.dedent(COUNCIL), encoding="utf-8")
        load_paths([tmp_path / "m"], s)
        ev = export_json(s.to_networkx())["events"][0]
    assert ev["start_date"] == "2025-11-18"
    assert ev["location"] == "Länsstyrelsen, Ekby"


def test_who_brings_a_point_in_brackets_after_its_title(tmp_path):
    agenda = _agenda(tmp_path, COUNCIL)
    assert agenda == [("1", "Föregående anteckningar", ["Annika Berg"]), ("2", "Övning 2026", ["Ida Sund"])]


def test_an_empty_section_marked_by_a_dash_ends_there(tmp_path):
    """"Inte tjänstgörande ersättare:" / "-": no one; the officials under the next label are guests."""
    got = load(tmp_path, """\
        ÅBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL
        Valnämnden                                   2025-11-12

        Plats och tid: Kommunhuset, kl. 15:00–16:40

        Beslutande ledamöter:
        Eva Norlén (S), ordförande
        Åke Fred (M), vice ordförande

        Inte tjänstgörande ersättare:
        -

        Övriga närvarande:
        Sara Lind, valsamordnare
        Mikael Bro, kanslichef

        § 12   Val av ständig justerare
        Vice ordförande Åke Fred (M) utses till ständig justerare tillsammans med ordförande Eva Norlén (S).
        """)
    assert got["attendance"]["Sara Lind"][0] == "guest"
    assert got["attendance"]["Mikael Bro"][0] == "guest"
    assert not {m for m in got["memberships"] if m[0] in ("Sara Lind", "Mikael Bro")}
    assert (["Åke Fred"], "justera protokollet") in got["assignments"], got["assignments"]


def test_a_company_boards_protocol_and_its_vd(tmp_path):
    """"Protokoll nr 6/2025 fört vid styrelsesammanträde för X AB": the company's board met; "uppdra åt VD"
    is a task of the attendee listed as VD; the secretary chosen for the meeting holds no seat."""
    got = load(tmp_path, """\
        Protokoll nr 6/2025 fört vid styrelsesammanträde för Åby Bostäder AB
        Tid: 2025-10-23 kl. 13.00–15.30
        Närvarande ledamöter: Karl Sand, ordförande, Bengt Holm, Anna Rask
        Övriga närvarande: Helena Sjö, VD, Lars Win, ekonomichef

        § 56 Val av sekreterare
        Till sekreterare för mötet valdes Lars Win.

        § 59 Underhållsplan 2026
        Styrelsen beslutade
        att uppdra åt VD att upphandla fönsterbytet.
        """)
    assert got["body"] == "Styrelsen, Åby Bostäder AB"
    assert (["Helena Sjö"], "upphandla fönsterbytet") in got["assignments"], got["assignments"]
    assert not {m for m in got["memberships"] if m[0] == "Lars Win"}


def test_officials_told_by_where_they_come_from_are_guests(tmp_path):
    got = load(tmp_path, """\
        Minnesanteckningar från Samrådsgruppen för idéburen sektor i Åby den 29 oktober 2025

        Närvarande
        Agnes Ryd, Åby idrottsallians
        Bo Kjell, PRO Åby

        Från kommunens förvaltningar närvarade Gunilla Ahl (fram till kl. 15.00), Hugo Sand och Ines Björk (sekreterare).

        1. Nästa möte
        Nästa möte hålls den 10 december 2025. Hugo Sand bokar lokal och Ines Björk skickar kallelse.
        """)
    assert {n: a[0] for n, a in got["attendance"].items()} == {
        "Agnes Ryd": "present", "Bo Kjell": "present", "Gunilla Ahl": "guest", "Hugo Sand": "guest", "Ines Björk": "guest"}
    assert (["Ines Björk"], "skicka kallelse") in got["assignments"], got["assignments"]
