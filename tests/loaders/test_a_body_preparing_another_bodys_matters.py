"""The minutes of a body named for the body whose matters it prepares ("Beredningsgruppen för Politiskt samråd Åby"):
"samrådet" in them is that samråd, not the body that met; the body reports to it, is given tasks by it and proposes
to it.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_texts

NOTES = """Beredningsgruppen för Politiskt samråd Åby
Minnesanteckningar, onsdag 10 februari 2027

Deltagare
Region Åsen	Kristina Engström, hälso- och sjukvårdsdirektör (ordförande)
Åby kommun	Helena Åström, socialdirektör

§ 1 Ärenden till samrådet
Beredningsgruppen föreslår samrådet att anta den reviderade överenskommelsen om in- och utskrivning.

§ 2 Uppdrag om psykisk hälsa
Samrådet gav i december beredningsgruppen i uppdrag att ta fram en gemensam handlingsplan för psykisk hälsa.
"""


def test_the_samrad_is_the_one_the_body_prepares_for(tmp_path):
    data = load_texts(tmp_path, {"bg.txt": NOTES})
    names = {o["id"]: o["name"] for o in data["organizations"]}
    flows = sorted((names[m["from_id"]], names[m["to_id"]], m["classification"]) for m in data["mandates"])
    bg, samrad = "Beredningsgrupp för Politiskt samråd Åby", "Politiskt samråd Åby"
    assert flows == sorted([(bg, samrad, "recommends"), (bg, samrad, "reports_to"), (samrad, bg, "delegates")])
