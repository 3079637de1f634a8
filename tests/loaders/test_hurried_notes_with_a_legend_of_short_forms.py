"""Hurried working-group notes that define their short forms in a legend ("SG = Styrgrupp Lokaler"), write the
group that met by the acronym of its kind ("AG"), cut the words of their titles short ("4. Sammansättn.") and
approve in a cut word ("Godk. utan ändr."), leave out the subject of a referral ("Lyfts t. PT") and go on after a
report line with another doer's clause: the bodies, mandates, items and approvals read as if written out."""
from __future__ import annotations

from samverkan.loaders.extract import legend_acronyms
from tests.loaders.test_read_formats import load_text

NOTES = """AG LOKALER NORDÅ - anteckn. 2027-03-02
tis 2/3 kl 9-11, Teams

Närv: AB Anna Bok, ec Nordå kn (sammank.), CD Cecilia Dal, ssk Västå kn (ant.), EF Erik Fors, MAS Nordå kn

(kn = kommun, SG = Styrgrupp Lokaler, PT = Processteam Flytt)

1. Föreg. ant.
Godk. utan ändr.

2. Uppdraget
AG har uppdrag fr. SG att inventera lokalerna i båda kn. AG rapp. t. SG, AB återrapp. muntl. 17/3.

3. Flytten
Beslut: CD tar fram en tidplan för flytten.

4. Sammansättn.
EF lämnar AG efter mars.

5. Brister
Fyra brister i Västå. Lyfts t. PT 19/3, CD föredrar där.

Nästa: tis 6/4
"""


def test_a_legend_defines_short_forms_with_equals_signs():
    assert legend_acronyms("(kn = kommun, SG = Styrgrupp Lokaler,\nPT = Processteam Flytt)") == {
        "SG": "Styrgrupp Lokaler", "PT": "Processteam Flytt"}
    assert legend_acronyms("Resultat: 5 = mycket bra, 1 = dåligt") == {}


def test_bodies_of_the_legend_and_the_group_s_own_acronym_carry_the_mandates(tmp_path):
    f = load_text(tmp_path, "ag.txt", NOTES)
    body = f["body"]
    assert body.casefold().startswith("arbetsgrupp lokaler")
    assert set(f["mandates"]) >= {("Styrgrupp Lokaler", body, "delegates"), (body, "Styrgrupp Lokaler", "reports_to"),
                                  (body, "Processteam Flytt", "refers")}


def test_a_title_cut_short_after_a_decision_is_an_item_and_no_decision(tmp_path):
    f = load_text(tmp_path, "ag.txt", NOTES)
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4", "5"]
    assert not any("Sammansättn" in d for d in f["decisions"])


def test_a_cut_approval_approves_what_the_title_names(tmp_path):
    f = load_text(tmp_path, "ag.txt", NOTES)
    assert any(d.startswith("godkänna föreg") for d in f["decisions"])


def test_leaving_the_group_by_its_acronym(tmp_path):
    f = load_text(tmp_path, "ag.txt", NOTES)
    assert ("Erik Fors", f["body"], "leave") in f["memberships"]
