"""Names of nämnder the header gives short: a gemensam nämnd headed by its kind alone ("Gemensamma kostnämnden")
whose full name, with the kommuner it serves, the head writes out on a line of its own; a stadsdelsnämnd named by
the part of the kommun it serves ("Stadsdelsnämnden Östra"), one kommun's as its other nämnder are; and the
nämnd's own utskott its minutes name by its field alone ("sociala utskottet"). Each read on a small minutes of its
own, loaded alone.
"""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text

SHARED = """ÅBY KOMMUN
Gemensamma kostnämnden
SAMMANTRÄDESPROTOKOLL 2030-03-12
Gemensamma kostnämnden för Åby, Ekeby och Ås kommuner. Värdkommun: Åby kommun.

Beslutande
Eva Strand (S), ordförande
Per Holm (M)

§ 1 Val av justerare
Gemensamma kostnämnden beslutar
att utse Per Holm (M) att justera protokollet.
"""

DISTRICT = """Åby kommun
Stadsdelsnämnden Östra
PROTOKOLL 2030-09-17

Ledamot              Eva Strand                   S      Närvarande
Ledamot              Per Holm                     M      Närvarande
Ledamot              Ali Demir                    S      Närvarande

§ 3
Fyllnadsval av ledamot i sociala utskottet

Beslut
Stadsdelsnämnden Östra beslutar
att välja Ali Demir (S) till ledamot i sociala utskottet för återstoden av mandatperioden.

§ 4
Revidering av delegationsordning

Beslut
Stadsdelsnämnden Östra beslutar
att delegera till sociala utskottet att besluta om bistånd i form av boende.
"""


def test_a_gemensam_namnd_is_named_as_the_head_writes_it_out(tmp_path):
    got = load_text(tmp_path, "kost.txt", SHARED)
    assert got["body"] == "Gemensamma kostnämnden för Åby, Ekeby och Ås kommuner"


def test_a_stadsdelsnamnd_is_its_kommuns(tmp_path):
    got = load_text(tmp_path, "sdn.txt", DISTRICT)
    assert got["body"] == "Stadsdelsnämnden Östra, Åby kommun"


def test_the_utskott_named_by_its_field_is_the_namnds_own(tmp_path):
    got = load_text(tmp_path, "sdn.txt", DISTRICT)
    own = "Stadsdelsnämndens sociala utskott, Åby kommun"
    assert ("Stadsdelsnämnden Östra, Åby kommun", own, "delegates") in got["mandates"], got["mandates"]
    assert any(p == "Ali Demir" and g == own for p, g, _ in got["memberships"]), got["memberships"]


def test_a_seat_given_up_in_the_namnds_field_utskott_is_left_there(tmp_path):
    got = load_text(tmp_path, "sdn.txt", DISTRICT + """
§ 5
Avsägelse

Sammanfattning
Eva Strand (S) har avsagt sig uppdraget som ledamot i stadsdelsnämndens sociala utskott.

Beslut
Stadsdelsnämnden Östra beslutar
att godkänna avsägelsen.
""")
    leaves = [(p, g) for p, g, c in got["memberships"] if c == "leave"]
    assert leaves == [("Eva Strand", "Stadsdelsnämndens sociala utskott, Åby kommun")], got["memberships"]


def _group_names(tmp_path, text: str) -> set[str]:
    path = tmp_path / "kost.txt"
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "kost.sqlite") as store:
        load_paths([path], store)
        data = export_json(store.to_networkx())
    return {o["name"] for o in data["organizations"] if o.get("classification") == "group"}


def test_a_kommuns_fullmaktige_named_place_first_is_that_kommuns(tmp_path):
    names = _group_names(tmp_path, SHARED + """
§ 2 Meddelanden
Ekeby kommunfullmäktige har 2030-02-19 § 12 entledigat Lisa Berg (S) från uppdraget som ersättare i gemensamma
kostnämnden och valt Rasmus Ek (S) till ny ersättare.

Gemensamma kostnämnden beslutar
att notera meddelandet.
""")
    assert "Kommunfullmäktige, Ekeby kommun" in names and "Ekeby kommunfullmäktige" not in names, names


def test_a_kommuns_fullmaktige_named_by_its_place_after_i_is_that_kommuns(tmp_path):
    names = _group_names(tmp_path, SHARED + """
§ 2 Kostpolicy
Gemensamma kostnämnden beslutar
att föreslå kommunfullmäktige i Ekeby att anta reviderad kostpolicy.
""")
    assert "Kommunfullmäktige, Ekeby kommun" in names and "Kommunfullmäktige i Ekeby" not in names, names
