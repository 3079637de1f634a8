"""A body named by its kind in the definite form, without a place ("det politiska samrådsorganet"), where the minutes
loaded with it name two bodies of that kind: a region's and one kommun's ("Politiskt samrådsorgan Brånby kommun").
The region's body is meant, not a third body of the bare name, unless the minutes are of a body of that kommun.
And a name cut short ("Politiskt samråd rekommenderar …") after the minutes named it in full ("Politiskt samråd för
vård och omsorg i Ådal") is that body, not another minutes' "Politiskt samråd Ådal" with the region left out."""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.ids import fold
from tests.loaders.test_read_formats import load_texts

REGIONAL = """POLITISKT SAMRÅDSORGAN FÖR VÅRD OCH OMSORG I SJÖVIK
Minnesanteckningar

Datum: 2026-02-12, kl. 13.00–15.30
Plats: Regionens hus, Sjövik, sal Tärnan

Närvarande ledamöter:
Karin Öberg-Lind (Region Sjövik), ordförande
Håkan Strömdahl (Brånby kommun), vice ordförande
Lena Forsgård (Lervikens kommun)
Petter Åkesson (Region Sjövik)

Tjänstepersoner:
Maria Sundell-Berg, samordnare, Region Sjövik (sekreterare)

§ 1 Mötets öppnande
Ordföranden öppnade mötet. Lena Forsgård valdes att justera anteckningarna.

§ 2 Rapport från Styrgrupp för äldres hälsa i Sjövik
Maria Sundell-Berg redogjorde för styrgruppens arbete med den gemensamma planen för fallprevention.
Beslut: Samrådsorganet ger Styrgrupp för äldres hälsa i Sjövik i uppdrag att ta fram en gemensam handlingsplan för fallprevention och redovisa den vid samrådsorganets möte i juni.

§ 3 Nästa möte
Nästa möte hålls 2026-06-11.
"""

LOCAL = """POLITISKT SAMRÅDSORGAN BRÅNBY KOMMUN – REGION SJÖVIK
Minnesanteckningar

Datum: 2026-03-05
Plats: Brånby kommunhus, sammanträdesrum Ekan

Närvarande:
Håkan Strömdahl (Brånby kommun), ordförande
Ingrid Malmqvist (Region Sjövik)
Sven-Erik Dahlén (Brånby kommun)
Anna-Karin Vesterlund, verksamhetschef Brånby vårdcentral (sekreterare)

1. Mötets öppnande
Ordföranden hälsade alla välkomna. Ingrid Malmqvist valdes att justera.

2. Lokaler för hemsjukvården
Anna-Karin Vesterlund redogjorde för behovet av gemensamma lokaler för vårdcentralen och hemsjukvården.
Beslut: Samrådsorganet ger tjänstemannaberedningen i uppdrag att ta fram ett förslag till lokallösning till nästa möte.

3. Nästa möte
Nästa möte hålls 2026-05-14.
"""

STYRGRUPP = """Styrgrupp för äldres hälsa i Sjövik – minnesanteckningar
Datum: 2026-04-16
Plats: Teams
Närvarande: Birgitta Holmén (Region Sjövik, ordförande), Jonas Frykholm (Brånby kommun), Elsa Nordqvist (Lervikens kommun), Maria Sundell-Berg (Region Sjövik, sekreterare)

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Handlingsplan för fallprevention
Maria Sundell-Berg visade utkastet till handlingsplan. Styrgruppen ska i sin tur redovisa planen för det politiska samrådsorganet den 11 juni.
Beslut: Styrgruppen godkänner utkastet och överlämnar det till det politiska samrådsorganet.

3. Nästa möte
Nästa möte hålls 2026-05-20.
"""

SAMRAD_ADAL = """Politiskt samråd Ådal – minnesanteckningar
Datum: 2026-01-14
Plats: Regionhuset i Härnösund, sal Lunden
Närvarande: Gunnel Westerlund-Pihl (Region Ådal, ordförande), Torbjörn Hägg (Sörvika kommun), Ewa Lindkvist (Norrbräcke kommun)

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Länsgemensam handlingsplan för psykisk hälsa
Beslut: Samrådet ställer sig bakom handlingsplanen.
"""

VON_SORVIKA = """Vård- och omsorgsnämnden, Sörvika kommun – protokoll
Datum: 2026-02-03
Närvarande: Ulla-Britt Sjödin (S, ordförande), Mattias Öhrvall (M), Kerstin Bäck (C)
Sekreterare: Annika Fahlén

§ 12 Reviderad överenskommelse om hemsjukvård
Nämnden har tagit del av rekommendationen från Politiskt samråd för vård och omsorg i Ådal den 10 december 2025.
Politiskt samråd rekommenderar huvudmännen, det vill säga Region Ådal och kommunerna i länet, att anta den reviderade
överenskommelsen.
Beslut: Nämnden antar den reviderade överenskommelsen om hemsjukvård.
"""


def _mandates(data: dict, source_name: str) -> set[tuple[str, str, str]]:
    names = {o["id"]: fold(o["name"]) for o in data["organizations"]}
    source = next(s["id"] for s in data["sources"] if Path(s["path"]).name == source_name)
    return {(names[m["from_id"]], names[m["to_id"]], m["classification"]) for m in data["mandates"]
            if m["source_id"] == source}


def test_bare_definite_kind_is_the_regions_body_not_a_kommuns(tmp_path):
    data = load_texts(tmp_path, {"pso_sjovik_2026-02-12.txt": REGIONAL, "psorgan_branby_2026-03-05.txt": LOCAL,
                            "sg_aldres_halsa_2026-04-16.txt": STYRGRUPP})
    groups = {fold(o["name"]) for o in data["organizations"] if o["classification"] == "group"}
    assert fold("Politiska samrådsorganet") not in groups
    regional, styrgrupp = fold("Politiskt samrådsorgan för vård och omsorg i Sjövik"), fold("Styrgrupp för äldres hälsa i Sjövik")
    assert (styrgrupp, regional, "reports_to") in _mandates(data, "sg_aldres_halsa_2026-04-16.txt")
    assert fold("Politiskt samrådsorgan Brånby kommun") in groups


def test_short_name_after_the_full_one_is_that_body_not_a_regionless_other(tmp_path):
    data = load_texts(tmp_path, {"a_samrad_adal_2026-01-14.txt": SAMRAD_ADAL, "b_von_sorvika_2026-02-03.txt": VON_SORVIKA})
    recommends = {(f, t) for f, t, c in _mandates(data, "b_von_sorvika_2026-02-03.txt") if c == "recommends"}
    full = fold("Politiskt samråd för vård och omsorg i Ådal")
    assert recommends and all(f == full for f, _ in recommends), recommends
