"""A network's notes with a roster of initials: a newcomer told by her initials replacing one named in full
("OJ ersätter Gunilla Rapp som Öby kommuns representant i nätverket"), and a working group's proposal that the
network is to treat ("Arbetsgruppen tar fram ett förslag … som nätverket behandlar vid mötet …"): the group reports
to the network."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text, load_texts

NOTES = """# MAS-nätverket Åby

**Minnesanteckningar** · 2027-03-02 · Teams

| Sign. | Namn | Funktion | Huvudman | Närvaro |
|---|---|---|---|---|
| TL | Tove Lindqvist | MAS | Åby kommun | X |
| OJ | Otto Jansson | MAS | Öby kommun | X |
| SE | Sara Ek | samordnare | Region Ådalen | X |

## 1. Förändringar

OJ ersätter Gunvor Rask som Öby kommuns representant i nätverket från och med 1 mars.

## 2. Rutin för avvikelser

**Beslut:** Nätverket bildar en arbetsgrupp för avvikelser med TL (sammankallande) och SE.
Arbetsgruppen tar fram ett förslag till gemensam rutin som nätverket behandlar vid mötet 2027-05-04.
"""


def test_a_newcomer_by_her_initials_replaces_the_one_named(tmp_path):
    f = load_text(tmp_path, "mas_aby_2027-03-02.md", NOTES)
    assert ("Otto Jansson", "MAS-nätverket Åby", "replace") in f["memberships"], f["memberships"]
    assert ("Gunvor Rask", "MAS-nätverket Åby", "leave") in f["memberships"], f["memberships"]


def test_a_proposal_the_network_treats_is_reported_to_it(tmp_path):
    data = load_texts(tmp_path, {"mas_aby_2027-03-02.md": NOTES})
    names = {o["id"]: o["name"] for o in data["organizations"]}
    m = {(names.get(x["from_id"], ""), names.get(x["to_id"], ""), x["classification"]) for x in data["mandates"]}
    assert any(f.casefold().startswith("arbetsgrupp") and t == "MAS-nätverket Åby" and c == "reports_to"
               for f, t, c in m), m
