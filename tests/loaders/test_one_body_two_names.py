"""One body named two ways in the same minutes is one body: an acronym glued to its kind word ("BRÅ-rådet",
"EST-styrgruppen") that spells the full name's words (not one that spells no body's, "KPR-rådet"), a name cut before what the body is for (in an item's
title over the full name in its text), a topic written as a compound and as a phrase ("lönesystemsbytet" /
"byte av lönesystem"), and a bracket after the body that met telling what it is. Bodies that really differ
(two styrgrupper of different topics, a council and its arbetsutskott) stay apart.

An organisation whose name is three capitalised words, after a title in a roster line, is no person of its own,
nor a part of a town ("Östra Hagen").

Each test reads small minutes of the kind a local group or a nämnd writes."""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths

from tests.loaders.test_read_formats import facts


def _write(tmp_path: Path, text: str, name: str = "anteckningar_2026-11-30.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _groups(path: Path, tmp_path: Path) -> list[str]:
    with NetworkxStore(tmp_path / "g.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    return sorted(o["name"] for o in data["organizations"] if o["id"].startswith("group:"))


_HEAD = """Minnesanteckningar
Samverkansgruppen för spelproblem Åby
Datum: 2026-11-24

Närvarande
Erik Vall, samordnare, Åby kommun (ordf.)
Sara Yildiz, socialsekreterare, Åby kommun
Jenny Malm, kurator, Region Öby

"""


def test_an_acronym_glued_to_its_kind_word_is_the_council_named_in_full(tmp_path):
    """"Rapport till BRÅ-rådet" and "Lokala brottsförebyggande rådet i Åby" in its text: B for
    "brottsförebyggande", RÅ for "rådet", the level word and the place left out; one council."""
    text = _HEAD + """1. Rapport till BRÅ-rådet
Samverkansgruppen redovisar sitt arbete till Lokala brottsförebyggande rådet i Åby två gånger om året.
Erik lämnar en kort skriftlig rapport till BRÅ-rådet den 9 december. Erik informerar även KPR-rådet.
"""
    groups = _groups(_write(tmp_path, text), tmp_path)
    assert "BRÅ-rådet" not in groups
    assert "Lokala brottsförebyggande rådet i Åby" in groups
    # (no words of the council spell "KPR": that council stays its own, or unread)
    assert not [g for g in groups if "KPR" in g and "brottsförebyggande" in g]


def test_an_acronym_styrgrupp_is_the_styrgrupp_whose_topic_it_spells(tmp_path):
    """"EST-styrgruppen" in an item's title over "Styrgruppen för effektiv samordning för trygghet":
    E, S, T for the topic's words, the kind word apart; one styrgrupp, and the report goes to it."""
    text = _HEAD + """1. Rapport till EST-styrgruppen
Samverkansgruppen rapporterar till Styrgruppen för effektiv samordning för trygghet varje månad.
"""
    f = facts(_write(tmp_path, text), tmp_path)
    groups = _groups(_write(tmp_path, text), tmp_path / "again")
    assert not any(g.startswith("EST-") for g in groups)
    assert (f["body"], "Styrgrupp för effektiv samordning för trygghet", "reports_to") in f["mandates"]


_NÄMND = """PROTOKOLL
Gemensamma lönenämnden för Åby och Öby
Sammanträdesdatum 2026-11-26

Beslutande
Per Holm (S), ordförande, Åby
Lena Berg (M), Öby

§ 42 Byte av lönesystem
Lönechefen redogör för läget. Styrgruppen för lönesystemsbytet har sammanträtt två gånger.
Tills vidare företräder Lena Berg (M) Öby i Styrgruppen för byte av lönesystem.
Arbetsgruppen för lönekartläggning rapporterar till nämnden i maj.
"""


def test_a_topic_as_compound_and_as_phrase_names_one_styrgrupp(tmp_path):
    """"Styrgruppen för lönesystemsbytet" and "Styrgruppen för byte av lönesystem" in one §: one styrgrupp."""
    groups = _groups(_write(tmp_path, _NÄMND, "lonenamnd_2026-11-26.txt"), tmp_path)
    assert len([g for g in groups if "lönesystem" in g]) == 1, groups
    assert "Arbetsgrupp för lönekartläggning" in groups


def test_styrgrupper_of_different_topics_stay_apart(tmp_path):
    """"Styrgruppen för byte av ekonomisystem" beside "Styrgruppen för lönesystemsbytet": two bodies."""
    text = _NÄMND + "Styrgruppen för byte av ekonomisystem har inte sammanträtt.\n"
    groups = _groups(_write(tmp_path, text, "lonenamnd_2026-11-26.txt"), tmp_path)
    assert len([g for g in groups if "lönesystem" in g]) == 1, groups
    assert len([g for g in groups if "ekonomisystem" in g]) == 1, groups


def test_a_name_cut_before_its_topic_in_the_title_is_the_body_the_text_names_in_full(tmp_path):
    """"§ 84 Representation i Delregionala politiska samverkansgruppen" over "… samverkansgruppen för vård
    och omsorg" in its decision: one body, the ersättare's seat in it."""
    text = """PROTOKOLL
Äldrenämnden, Åby kommun
Sammanträdesdatum 2026-11-19

Beslutande
Per Holm (S), ordförande
Lena Berg (M)

§ 84 Representation i Delregionala politiska samverkansgruppen
Kommunen har ombetts att utse en ny ersättare i Delregionala politiska samverkansgruppen för vård och omsorg.
Äldrenämnden beslutar
att utse Lena Berg (M) till ersättare i Delregionala politiska samverkansgruppen för vård och omsorg.
"""
    groups = _groups(_write(tmp_path, text, "aen_2026-11-19.txt"), tmp_path)
    assert "Delregionala politiska samverkansgruppen" not in groups, groups
    assert [g for g in groups if g.startswith("Delregionala politiska samverkansgruppen för vård")]


_EST = """Minnesanteckningar
Lägesbildsgruppen Åby (operativ grupp inom Effektiv samordning för trygghet)
Tid: måndag 30 november 2026, kl. 09.00–10.30

Deltagare
Maja Ek, trygghetssamordnare, Åby kommun
Oskar Hell, kommunpolis, Polisen

1. Rapport
Lägesbildsgruppen tar fram en lägesbild varje månad och rapporterar till Styrgruppen för trygghetsarbetet.
Styrgruppen har i sin tur uppdrag från Trygghetsrådet i Åby att hålla ihop det brottsförebyggande arbetet.
Trygghetsrådets arbetsutskott har bett om en separat redovisning av bilbränderna.
"""


def test_a_bracket_telling_what_the_body_that_met_is_is_no_part_of_its_name(tmp_path):
    """"Lägesbildsgruppen Åby (operativ grupp inom Effektiv samordning för trygghet)": the body is
    "Lägesbildsgruppen Åby", its members by that name."""
    f = facts(_write(tmp_path, _EST), tmp_path)
    assert f["body"] == "Lägesbildsgruppen Åby"
    assert ("Maja Ek", "Lägesbildsgruppen Åby", "member") in f["memberships"]


def test_an_uppdrag_held_in_turn_comes_from_the_council_not_its_arbetsutskott(tmp_path):
    """"… har i sin tur uppdrag från Trygghetsrådet i Åby" with "Trygghetsrådets arbetsutskott" named after:
    the council gives the uppdrag."""
    f = facts(_write(tmp_path, _EST), tmp_path)
    assert ("Trygghetsrådet i Åby", "Styrgrupp för trygghetsarbetet", "delegates") in f["mandates"], f["mandates"]
    assert not [m for m in f["mandates"] if m[0] == "Trygghetsrådets arbetsutskott"]


def test_an_organisation_of_three_capitalised_words_after_a_title_is_no_person(tmp_path):
    """"Tobias Ek      räddningschef, Räddningstjänsten Mellersta Åby" under "Förhinder", columns apart by spaces:
    one person, absent, the räddningstjänst his organisation."""
    text = """Minnesanteckningar
Lägesbildsgruppen Åby
Tid: måndag 30 november 2026, kl. 09.00–10.30

Deltagare
  Maja Ek          trygghetssamordnare, Åby kommun
  Oskar Hell       kommunpolis, Polisen
Förhinder
  Tobias Berg      räddningschef, Räddningstjänsten Mellersta Åby

1. Lägesbild
Polisen redogjorde för lägesbilden.
"""
    f = facts(_write(tmp_path, text), tmp_path)
    assert [a for a in f["attendance"] if a[0] == "Tobias Berg" and a[1] == "absent"]
    assert not [a for a in f["attendance"] if a[0].startswith("Räddningstjänsten")], f["attendance"]


def test_a_part_of_town_in_the_narrative_is_no_person(tmp_path):
    """"Gruppen bedömer läget som förhöjt i Östra Hagen och resecentrum": a place, no one read."""
    text = _HEAD + """1. Lägesbild
Två bilbränder i Östra Hagen under vecka 46.
Gruppen bedömer läget som förhöjt i Östra Hagen och resecentrum.
"""
    f = facts(_write(tmp_path, text), tmp_path)
    assert "Östra Hagen" not in f["persons"], f["persons"]
