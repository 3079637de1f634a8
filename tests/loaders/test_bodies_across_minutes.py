"""Bodies that one minutes name by kind alone, found in the other minutes loaded with them."""
from __future__ import annotations

from pathlib import Path
from tests.loaders.test_read_formats import load_texts


STYRGRUPP = """Styrgrupp Nära vård Västmark – minnesanteckningar
Datum: 2025-03-19
Närvarande: Göran Vik (Region Västmark, ordförande), Britt Ljung (Tallby kommun), Ulf Hed (Åsby kommun)

1. Föregående anteckningar
Anteckningarna läggs till handlingarna.

2. SIP-rutinen
Styrgruppen ger Arbetsgrupp SIP i uppdrag att ta fram en reviderad SIP-rutin. Arbetsgrupp SIP rapporterar till styrgruppen.
"""

SIP_MARCH = """Arbetsgrupp SIP – minnesanteckningar
Datum: 2025-03-26
Närvarande: Elin Borg (Region Västmark, sammankallande), Petra Holm (Tallby kommun), Tove Mark (Åsby kommun)

1. Föregående anteckningar
Anteckningarna läggs till handlingarna.

2. Rutinen
Arbetsgruppen rapporterar till Styrgrupp Nära vård. Elin Borg skickar utkastet till rutinen till alla före nästa möte.
"""

SIP_MAY = """Arbetsgrupp SIP – minnesanteckningar
Datum: 2025-05-07
Närvarande: Elin Borg (Region Västmark, sammankallande), Petra Holm (Tallby kommun), Tove Mark (Åsby kommun)

1. Föregående anteckningar
Anteckningarna läggs till handlingarna.

2. Uppföljningsmått
Styrgruppen har gett arbetsgruppen i uppdrag att pröva måtten i Tallby under hösten och rapportera till styrgruppen i december.
"""


def _mandates(data: dict, source_name: str) -> set[tuple[str, str, str]]:
    names = {o["id"]: o["name"] for o in data["organizations"]}
    source = next(s["id"] for s in data["sources"] if Path(s["path"]).name == source_name)
    return {(names[m["from_id"]], names[m["to_id"]], m["classification"]) for m in data["mandates"]
            if m["source_id"] == source}


def test_a_styrgrupp_named_by_kind_alone_is_the_one_the_groups_other_minutes_name(tmp_path):
    """"Styrgruppen har gett arbetsgruppen i uppdrag … och rapportera till styrgruppen" in a working group's
    notes that name no styrgrupp: the styrgrupp its other minutes, and the styrgrupp's own, give it work
    and reports from; the styrgrupp's name with the region's after it is the same body."""
    data = load_texts(tmp_path, {"sg_2025-03-19.txt": STYRGRUPP, "sip_2025-03-26.txt": SIP_MARCH,
                            "sip_2025-05-07.txt": SIP_MAY})
    styrgrupper = [o for o in data["organizations"] if o["name"].startswith("Styrgrupp")]
    assert len(styrgrupper) == 1, [o["name"] for o in styrgrupper]
    sg = styrgrupper[0]["name"]
    assert {sg, *styrgrupper[0]["other_names"]} >= {"Styrgrupp Nära vård", "Styrgrupp Nära vård Västmark"}
    assert _mandates(data, "sip_2025-05-07.txt") == {(sg, "Arbetsgrupp SIP", "delegates"),
                                                      ("Arbetsgrupp SIP", sg, "reports_to")}


def test_a_kind_alone_stays_unresolved_where_no_other_minutes_name_such_a_body(tmp_path):
    """The same notes loaded alone: no styrgrupp is known, so none is made up, and no mandate is stored."""
    data = load_texts(tmp_path, {"sip_2025-05-07.txt": SIP_MAY})
    assert not [o for o in data["organizations"] if "styrgrupp" in o["name"].casefold()]
    assert _mandates(data, "sip_2025-05-07.txt") == set()
    (task,) = data["assignments"]
    assert task["task"].startswith("pröva måtten")


STYRGRUPP_TWO = """Styrgrupp psykisk hälsa Västmark – minnesanteckningar
Datum: 2025-04-02
Närvarande: Ali Demir (Region Västmark, ordförande), Britt Ljung (Tallby kommun)

1. Föregående anteckningar
Anteckningarna läggs till handlingarna.

2. Suicidprevention
Styrgruppen ger Arbetsgrupp suicidprevention i uppdrag att ta fram en handlingsplan.
"""


def test_a_kind_alone_said_of_two_bodies_is_no_other_name_of_either(tmp_path):
    """"Styrgruppen" in the items on two styrgrupper names neither of them; where the minutes point at one
    styrgrupp only, it stays one of the forms that body is written in."""
    data = load_texts(tmp_path, {"sg_2025-03-19.txt": STYRGRUPP, "lg_2025-04-02.txt": STYRGRUPP_TWO})
    forms = {o["name"]: {x.casefold() for x in o["other_names"]} for o in data["organizations"]}
    assert "Styrgrupp psykisk hälsa Västmark" in forms, sorted(forms)
    assert not [name for name, other in forms.items() if "styrgruppen" in other]

    alone = load_texts(tmp_path / "alone", {"sg_2025-03-19.txt": STYRGRUPP})
    (sg,) = [o for o in alone["organizations"] if o["name"].startswith("Styrgrupp")]
    assert "styrgruppen" in {x.casefold() for x in sg["other_names"]}


def test_a_parent_body_the_minutes_do_not_name_is_not_credited_to_them(tmp_path):
    """Minutes of a samverkansgrupp that name no body above it: the region's file places the group under
    the leadership body, which the export ships as its parent but does not give these minutes as a source."""
    text = """Minnesanteckningar Samverkansgrupp Att åldras
Datum: 2025-02-14
Närvarande: Eva Ek (Region Blekinge), Per Lind (Karlskrona kommun), Ola Berg (Ronneby kommun)

1. Föregående anteckningar
Anteckningarna läggs till handlingarna.

2. Nästa möte
Nästa möte hålls den 11 april.
"""
    data = load_texts(tmp_path, {"att_aldras_2025-02-14.txt": text})
    (source,) = data["sources"]
    groups = {o["name"]: o for o in data["organizations"] if o["classification"] == "group"}
    own = [o for name, o in groups.items() if "åldras" in name.casefold()]
    assert own and own[0]["parent_id"] in {o["id"] for o in groups.values()}, sorted(groups)
    credited = {name for name, o in groups.items() if source["id"] in {s["source_id"] for s in o["sources"]}}
    assert credited == {own[0]["name"]}
