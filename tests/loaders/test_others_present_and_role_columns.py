"""Seats and roles as minutes tell them: the sub-headings under "Övriga närvarande",
a change of membership told twice in one item, a body named in its definite and indefinite forms, a
roster's "Roll" column and the role-holders the text names by their role; each read on a small minutes
of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text


OTHERS_SUBHEADED = """NORRVIKS KOMMUN PROTOKOLL
Socialnämnden Sammanträdesdatum
2025-11-25
Plats och tid Kommunhuset i Norrvik, kl. 13.00–15.00
Beslutande Eva Lind (S), ordförande
Per Berg (M), vice ordförande
Anna Ek (V)
Övriga närvarande Ersättare
Tomas Holm (S)
Gunnel Rask (KD)
Tjänstepersoner
Maria Sjö, förvaltningschef
Utses att justera Anna Ek (V)

§ 1  Val av justerare
Anna Ek (V) utses att justera protokollet.
"""


def test_others_present_under_the_sub_heading_ersattare_are_ersattare(tmp_path):
    """"Övriga närvarande Ersättare" (the heading cell and its first sub-heading on one line, as a PDF gives
    them) / names / "Tjänstepersoner" / names: those under "Ersättare" are the body's ersättare, not its
    ledamöter; the officials under "Tjänstepersoner" hold no seat."""
    f = load_text(tmp_path, "sn.txt", OTHERS_SUBHEADED)
    att = {a[0]: a for a in f["attendance"]}
    assert att["Tomas Holm"][2] == ("ersättare",)
    assert att["Gunnel Rask"][2] == ("ersättare",)
    assert att["Maria Sjö"][1] == "guest" and "ledamot" not in att["Maria Sjö"][2]
    assert "ledamot" in att["Anna Ek"][2]


LEAVE_TOLD_TWICE = """# Samverkansgrupp Psykisk hälsa vuxna i Norrby

**Minnesanteckningar** · torsdag 2 oktober 2025

| Roll | Namn | Organisation |
|---|---|---|
| Ordförande | Eva Lind, verksamhetschef | Region Norrby |
| Ledamot | Per Berg, enhetschef | Åby kommun |
| Ersättare | Kim Sjödin, socialchef (för Olle Brandt) | Ekå kommun |

Förhinder: Olle Brandt, IFO-chef, Ekå kommun.

## 1. Sammansättning

Olle Brandt lämnar samverkansgruppen vid årsskiftet när han går över till en tjänst i Region Norrby. Kim Sjödin
ersätter honom som Ekås representant från den 1 januari 2026 och deltog redan i dag.
"""


def test_a_leave_told_twice_in_one_item_is_one_leave(tmp_path):
    """"B lämnar gruppen vid årsskiftet … A ersätter honom från den 1 januari … och deltog redan i dag": B's leave
    once (not again as the one A replaces), A's seat in the body that met ("i dag" is no body)."""
    f = load_text(tmp_path, "sg.md", LEAVE_TOLD_TWICE)
    body = "Samverkansgrupp Psykisk hälsa vuxna i Norrby"
    assert [m for m in f["memberships"] if m[0] == "Olle Brandt" and m[2] == "leave"] == [("Olle Brandt", body, "leave")]
    assert ("Kim Sjödin", body, "replace") in f["memberships"]
    assert not any(m[1].casefold() == "dag" for m in f["memberships"])


NETWORK_FOR_THE_CHIEFS = """ÅBY KOMMUN PROTOKOLL
Socialnämnden
Sammanträdesdatum 2025-12-03
Beslutande Eva Lind (S), ordförande
Per Berg (M)

§ 1  Samverkan kring ställföreträdarskap
Anna Sjö informerar om arbetet i Nätverket för överförmyndarverksamheterna i Norrby län. Nätverket samlas på
uppdrag av Kommunchefsgruppen i Norrby län och lämnar en årlig rapport till kommunchefsgruppen.
Nämndens beslut
Nämnden noterar informationen.
"""


def test_a_bare_definite_compound_is_the_body_named_with_its_place(tmp_path):
    """"Kommunchefsgruppen i Norrby län … till kommunchefsgruppen": the bare definite compound is the body the
    minutes named with its place after it, not a body of its own."""
    path = tmp_path / "sn.txt"
    path.write_text(NETWORK_FOR_THE_CHIEFS, encoding="utf-8")
    with NetworkxStore(tmp_path / "sn.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    chiefs = [o["name"] for o in data["organizations"] if o["name"].casefold().startswith("kommunchefsgrupp")]
    assert len(chiefs) == 1 and chiefs[0].endswith("i Norrby län"), chiefs


ROSTER_WITH_FUNCTIONS = """# Samverkansgrupp Psykisk hälsa vuxna i Norrby

**Minnesanteckningar** · torsdag 2 oktober 2025 · kl. 09.00–11.30 · Teams

| Roll | Namn | Organisation |
|---|---|---|
| Ordförande | Eva Lind, verksamhetschef vuxenpsykiatrin | Region Norrby |
| Vice ordförande | Per Berg, avdelningschef | Åby kommun |
| Ledamot | Anna Holm, enhetschef socialpsykiatri | Ekå kommun |
| Samordnare | Sara Dahl, Avdelningen för hälsa och samverkan | Region Norrby |

Anteckningar: samordnaren.

## 1. Suicidprevention

Vice ordföranden berättade om ett gemensamt arbete med polisen i Åby kring personer som söker vård efter
suicidförsök. Gruppen vill se om arbetssättet kan spridas till fler kommuner.
"""


def test_a_roster_function_and_the_role_holders_the_text_names(tmp_path):
    """"Roll | Samordnare" in a roster whose Roll column gives seats: the function is the person's role in the
    body (no ledamot), held as a seat; "Anteckningar: samordnaren" makes its holder the secretary; "Vice
    ordföranden berättade om …" presents the item."""
    f = load_text(tmp_path, "sg.md", ROSTER_WITH_FUNCTIONS)
    att = {a[0]: a for a in f["attendance"]}
    assert att["Sara Dahl"][2] == ("samordnare", "sekreterare")
    assert ("Sara Dahl", "Samverkansgrupp Psykisk hälsa vuxna i Norrby", "member") in f["memberships"]
    path = tmp_path / "sg2.md"
    path.write_text(ROSTER_WITH_FUNCTIONS, encoding="utf-8")
    with NetworkxStore(tmp_path / "sg2.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    names = {p["id"]: p["name"] for p in data["persons"]}
    (event,) = data["events"]
    (item,) = event["agenda"]
    assert [names[x] for x in item.get("presenter_ids") or []] == ["Per Berg"]


def test_an_official_listed_for_a_list_of_paragraphs_presents_each():
    """"Camilla Ek, verksamhetschef, §§ 120, 123–124": every paragraph of the list after "§§", so that she is
    the föredragande of § 123 she presents, not only of the first."""
    from samverkan.loaders.extract import parse_attendance_entry
    e, _ = parse_attendance_entry("Camilla Ek, verksamhetschef vård och omsorg, §§ 120, 123–124", "guest", [])
    assert e.paragraphs == ["§120", "§123–124"]
    e, _ = parse_attendance_entry("Eva Ek, socialchef, §§ 4 och 6", "guest", [])
    assert e.paragraphs == ["§4", "§6"]


KOMMUN_ASKED = """ÅBY KOMMUN PROTOKOLL
Socialnämnden
Sammanträdesdatum 2025-11-25
Beslutande Eva Lind (S), ordförande
Per Berg (M)

§ 122  Val av ersättare i Politiskt samråd Nära vård Norrby
Tore Ahl (S) har begärt att bli entledigad från uppdraget som ersättare för Åby kommun i Politiskt samråd
Nära vård Norrby. Samrådet har bett kommunen utse en ny ersättare före samrådets möte den 11 december.
Socialnämndens beslut
Nämnden utser Per Berg (S) till ny ersättare.
"""


def test_kommunen_asked_in_a_kommun_bodys_minutes_is_that_kommun(tmp_path):
    """"Samrådet har bett kommunen utse …" in the minutes of a kommun's nämnd: the task is the kommun's."""
    f = load_text(tmp_path, "sn.txt", KOMMUN_ASKED)
    assert any(a == ("Åby kommun",) and t.startswith("utse en ny ersättare") for a, t in f["assignments"]), f["assignments"]
