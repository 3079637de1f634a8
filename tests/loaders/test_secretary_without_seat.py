"""A secretary listed among those present: the official of a unit for samverkan who keeps the notes holds no
seat in the body that met; a role column read without its comma; written views handed in are no leaving.
Each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


def _seats(f: dict) -> set[str]:
    return {who for who, _group, change in f["memberships"] if change == "member"}


UNIT_SECRETARY = """Arbetsgrupp rehabilitering Norrby
Minnesanteckningar 2026-04-14, kl. 13.00–15.00, Åby kommunhus

Deltagare
Eva Lindqvist, fysioterapeut, Åby kommun, sammankallande
Per Nyholm, arbetsterapeut, Ekå kommun
Kim Sandberg, rehabkoordinator, Region Norrby
Lena Holm, sekreterare, Enheten för samverkan och utveckling, Region Norrby

1. Inledning
Eva hälsade välkommen. Anteckningarna från förra mötet lades till handlingarna.

2. Hjälpmedel
Per berättade om lånetiderna. Kim tar fram en jämförelse till nästa möte.
"""


def test_a_secretary_from_the_unit_for_samverkan_holds_no_seat(tmp_path):
    """"Lena Holm, sekreterare, Enheten för samverkan och utveckling": the unit serving the bodies supplies
    the notes' keeper, an official, while the members keep their seats."""
    f = load_text(tmp_path, "ag.txt", UNIT_SECRETARY)
    assert ("Lena Holm", "present", ("sekreterare",)) in f["attendance"]
    assert "Lena Holm" not in _seats(f)
    assert {"Eva Lindqvist", "Per Nyholm", "Kim Sandberg"} <= _seats(f)


ALIGNED_ROLE_COLUMN = """ARBETSGRUPP FÖRSTA LINJEN NORRBY
Minnesanteckningar

Datum:   tisdag 19 maj 2026, 13.15–15.45
Plats:   Åby, Familjecentralen

Deltagare
  Eva Lindqvist          ordförande    Region Norrby, BUP-mottagningen Åby
  Per Nyholm             ledamot       Åby kommun, elevhälsan
  Kim Sandberg           ledamot       Ekå kommun, socialtjänsten
  Lena Holm              sekreterare   Region Norrby, Enheten för länssamverkan

Anmält förhinder
  Sofia Berg             ledamot       Ekå kommun, IFO

§ 1  Inledning
Eva Lindqvist öppnade mötet.

§ 2  Nästa möte
Tisdag 16 juni 2026. Sofia Berg har lämnat skriftliga synpunkter som sekreteraren skickar ut med anteckningarna.
"""


def test_a_role_in_an_aligned_column_is_a_role_not_a_title(tmp_path):
    """"Lena Holm   sekreterare   Region Norrby, …": the role column, its spaces read as one, is her role
    (and, as the official of the unit for länssamverkan, she holds no seat)."""
    f = load_text(tmp_path, "ag.txt", ALIGNED_ROLE_COLUMN)
    assert ("Lena Holm", "present", ("sekreterare",)) in f["attendance"]
    assert "Lena Holm" not in _seats(f)
    assert {"Eva Lindqvist", "Per Nyholm", "Kim Sandberg", "Sofia Berg"} <= _seats(f)


def test_written_views_handed_in_are_no_leaving(tmp_path):
    """"Sofia Berg har lämnat skriftliga synpunkter": she handed in her views; she did not leave the group."""
    f = load_text(tmp_path, "ag.txt", ALIGNED_ROLE_COLUMN)
    assert not [m for m in f["memberships"] if m[0] == "Sofia Berg" and m[2] == "leave"]


FUNCTION_IN_GROUP_TABLE = """# Arbetsgrupp hjälpmedel Norrby

Minnesanteckningar från möte 2026-05-12, kl. 09.00–11.30, Ekå kommunhus

| Namn | Organisation | Funktion i gruppen | Närvaro |
|---|---|---|---|
| Eva Lindqvist | Region Norrby | ordförande | X |
| Per Nyholm | Åby kommun | ledamot | X |
| Kim Sandberg | Ekå kommun | ledamot | – |
| Lena Holm | Region Norrby, Enheten för samverkan och utveckling | sekreterare | X |

X = närvarande, – = ej närvarande

Dessutom närvarande under punkt 2: Elin Fors, upphandlare, Region Norrby.

## 1. Inledning
Eva hälsade välkommen. Anteckningarna lades till handlingarna.

## 2. Upphandling av sängar
Elin Fors informerade om tidplanen för upphandlingen.
"""


def test_a_function_in_group_column_beside_x_marks_is_a_roster(tmp_path):
    """"Namn | Organisation | Funktion i gruppen | Närvaro" with X and – marks: who sat and who was away; the
    secretary in the function column holds no seat."""
    f = load_text(tmp_path, "ag.md", FUNCTION_IN_GROUP_TABLE)
    att = {who: status for who, status, _roles in f["attendance"]}
    assert att.get("Eva Lindqvist") == "present" and att.get("Per Nyholm") == "present"
    assert att.get("Kim Sandberg") == "absent"
    assert {"Eva Lindqvist", "Per Nyholm", "Kim Sandberg"} <= _seats(f)
    assert "Lena Holm" not in _seats(f)


def test_one_also_present_under_one_point_is_a_guest(tmp_path):
    """"Dessutom närvarande under punkt 2: Elin Fors, upphandlare": there for that point only, no seat."""
    f = load_text(tmp_path, "ag.md", FUNCTION_IN_GROUP_TABLE)
    assert ("Elin Fors", "guest") in {(who, status) for who, status, _roles in f["attendance"]}
    assert "Elin Fors" not in _seats(f)


SEATS_WRITTEN_INLINE = """# Politiskt samråd Norrby – minnesanteckningar

**Datum:** 2025-10-02, kl. 09.00–11.00, Regionens hus

**Närvarande:** Eva Lindqvist (ordförande, Region Norrby), Per Nyholm (vice ordförande, Åby kommun), Kim Sandberg (ledamot, Ekå kommun), Sara Dahl (ledamot, Region Norrby), Lena Holm (sekreterare, Region Norrby)

## 1. Mötets öppnande
Ordföranden hälsade välkommen. Dagordningen godkändes.

## 2. Nästa möte
Nästa möte hålls i december.
"""


def test_where_the_roster_writes_each_seat_a_secretary_without_one_holds_none(tmp_path):
    """"Kim Sandberg (ledamot, …), …, Lena Holm (sekreterare, Region Norrby)": the list writes each member's
    seat; the one it names only as the notes' keeper is an official."""
    f = load_text(tmp_path, "psr.md", SEATS_WRITTEN_INLINE)
    assert "Lena Holm" not in _seats(f)
    assert {"Eva Lindqvist", "Per Nyholm", "Kim Sandberg", "Sara Dahl"} <= _seats(f)


def test_who_describes_a_kommuns_work_presents_the_point(tmp_path):
    """"Mikael Ros beskrev Granviks arbete med hemmasittare": the work by whose it is, told by its presenter."""
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    path = tmp_path / "ag.txt"
    path.write_text(ALIGNED_ROLE_COLUMN.replace(
        "§ 2  Nästa möte", "§ 2  Skolfrånvaro\nPer Nyholm beskrev Åbys arbete med hemmasittare.\n\n§ 3  Nästa möte"),
        encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    n = {e["id"]: e["name"] for e in data["persons"]}
    (event,) = data["events"]
    presenters = {i["number"]: [n[p] for p in i.get("presenter_ids", [])] for i in event["agenda"]}
    assert presenters.get("2") == ["Per Nyholm"]
