"""Habits of the secretaries of samhällsbyggnads-, service- and fritidsnämnder and of a kollektivtrafik direktion:
a meeting system's "**Expedieras**" label alone on its line over the list of receivers, a planarkitekt named by
her profession before her name, a remiss to another nämnd "för yttrande i bullerfrågorna senast …", the uppdrag
behind a case told with the day and paragraph of fullmäktige's protocol ("uppdrog 2026-06-15, § 74, åt …"), a
matter passed on "i sin tur", a direktion's own arbetsutskott named "direktionens arbetsutskott" and its members'
fullmäktige named together before what for; each read on a small minutes of its own.
"""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text


def _bodies(tmp_path, name: str, text: str) -> list[str]:
    """The names of the organisations and groups a minutes written as ``text`` names, loaded alone."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "bodies.sqlite") as s:
        load_paths([path], s)
        return [o["name"] for o in export_json(s.to_networkx())["organizations"]]


def _head(kommun: str, body: str) -> str:
    return f"""{kommun.upper()}                                   SAMMANTRÄDESPROTOKOLL
{body}                Sammanträdesdatum 2026-11-17

Plats och tid       Stadshuset, kl. 08.30–11.45

Beslutande          Eva Lindqvist (S), ordförande
                    Per Nyholm (M), vice ordförande
                    Kim Sandberg (S)

Övriga närvarande   Frida Holm, planarkitekt
                    Hanna Berg, nämndsekreterare

Utses att justera   Per Nyholm (M)

"""


PLAN = _head("Åby kommun", "Samhällsbyggnadsnämnden") + """§ 1
**Detaljplan för Norra backen – antagande**
**Beslut**
Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta detaljplanen för Norra backen.
**Ärendebeskrivning**
Planen möjliggör 140 bostäder. Planarkitekt Frida Holm föredrar ärendet.
**Beslutsunderlag**
• Tjänsteskrivelse 2026-10-29

**Expedieras**
Kommunfullmäktige
Planarkitekt
§ 2
**Remiss – regional trafikförsörjningsplan**
**Beslut**
Ärendet remitteras till miljö- och hälsoskyddsnämnden för yttrande i bullerfrågorna senast den 10 december 2026.
**Beslutsunderlag**
• Remissmissiv 2026-10-20

**Expedieras**
Miljö- och hälsoskyddsnämnden
§ 3
**Uppdrag från kommunfullmäktige – parkeringsnormen**
**Beslut**
Förvaltningen anmodas att redovisa ett förslag till reviderad parkeringsnorm i mars 2027.
**Ärendebeskrivning**
Kommunfullmäktige uppdrog 2026-06-15, § 74, åt samhällsbyggnadsnämnden att se över parkeringsnormen.
"""


def test_a_lone_expedieras_label_heads_the_receivers_and_names_no_body(tmp_path):
    bodies = _bodies(tmp_path, "sbn.txt", PLAN)
    assert "Kommunfullmäktige, Åby kommun" in bodies
    assert not any(b.casefold().startswith("expedieras") for b in bodies)


def test_a_profession_before_a_name_is_no_part_of_it(tmp_path):
    f = load_text(tmp_path, "sbn.txt", PLAN)
    assert "Frida Holm" in f["persons"]
    assert not any(p.casefold().startswith("planarkitekt") for p in f["persons"])


def test_a_remiss_on_one_part_of_a_matter_is_a_referral_and_no_delegation(tmp_path):
    f = load_text(tmp_path, "sbn.txt", PLAN)
    to_mhn = [m for m in f["mandates"] if m[1].casefold().startswith("miljö- och hälsoskyddsnämnden")]
    assert [m[2] for m in to_mhn] == ["refers"]
    assert any(t.startswith("yttra sig över") for who, t in f["assignments"]
               if any(w.casefold().startswith("miljö- och hälsoskyddsnämnden") for w in who))


def test_fullmaktiges_uppdrag_with_its_protocols_day_and_paragraph_is_a_delegation(tmp_path):
    f = load_text(tmp_path, "sbn.txt", PLAN)
    assert any(m[0].startswith("Kommunfullmäktige") and m[1].startswith("Samhällsbyggnadsnämnden") and m[2] == "delegates"
               for m in f["mandates"])


PASSED_ON = _head("Åby kommun", "Kommunstyrelsens näringslivsutskott") + """§ 1  Motion om kommunal mathall

Kommunfullmäktige har remitterat motionen från Kim Sandberg (S) till kommunstyrelsen, som i sin tur har
överlämnat den till näringslivsutskottet för beredning.

Näringslivsutskottets beslut
Utskottet föreslår kommunstyrelsen att motionen avslås.
"""


def test_a_matter_passed_on_in_turn_is_each_bodys_referral(tmp_path):
    f = load_text(tmp_path, "nlu.txt", PASSED_ON)
    refs = {(m[0].split(",")[0], m[1].split(",")[0]) for m in f["mandates"] if m[2] == "refers"}
    assert ("Kommunfullmäktige", "Kommunstyrelsen") in refs
    assert ("Kommunstyrelsen", "Kommunstyrelsens näringslivsutskott") in refs
    assert ("Kommunfullmäktige", "Kommunstyrelsens näringslivsutskott") not in refs


DIREKTION = """KOLLEKTIVTRAFIKFÖRBUNDET ÅSLAND
PROTOKOLL
Direktionen
Datum: 2026-12-03

Beslutande
Region Åsland     Eva Lindqvist (S), ordförande
Åby kommun        Per Nyholm (M), vice ordförande
Ekå kommun        Kim Sandberg (C)

Övriga
Lisa Ahl, förbundsdirektör

§ 1 Ändrad delegationsordning
Direktionen beslöt
- att delegera till direktionens arbetsutskott att fatta beslut om mindre förändringar i trafikutbudet,
- att välja Kim Sandberg (C) till ersättare i direktionens arbetsutskott efter Ove Berg.

§ 2 Trafikförsörjningsprogram
Direktionen beslöt
- att överlämna programmet till medlemmarnas fullmäktige för antagande.
"""


def test_direktionens_arbetsutskott_is_the_forbunds_utskott_not_the_direktion(tmp_path):
    f = load_text(tmp_path, "direktion.txt", DIREKTION)
    assert ("Direktionen, Kollektivtrafikförbundet Åsland", "Arbetsutskottet, Kollektivtrafikförbundet Åsland",
            "delegates") in f["mandates"]
    assert ("Kim Sandberg", "Arbetsutskottet, Kollektivtrafikförbundet Åsland", "replace") in f["memberships"]


def test_the_members_fullmaktige_named_together_end_before_what_for(tmp_path):
    f = load_text(tmp_path, "direktion.txt", DIREKTION)
    assert ("Direktionen, Kollektivtrafikförbundet Åsland", "Medlemmarnas fullmäktige", "refers") in f["mandates"]
    assert not any("för antagande" in m[1] for m in f["mandates"])
