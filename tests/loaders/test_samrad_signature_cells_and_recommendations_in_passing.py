"""A regional politiskt samråd's protocol and a nämnd's, of one region: a signature table read a cell a line (the
roles one a line, "Vid protokollet" / "Ordförande" / "Justerare", over the names one a line), the presidium of a
body whose name ends in s, a body's name before a verb of what it does ("X samordnar remissvaren") or in an
item's title before "och entledigande", a body "som rekommenderar kommunerna att anta" the matter it prepared,
and a matter handed to fullmäktige "med förslaget att fullmäktige godkänner den"."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

SAMRÅD = """\
Protokoll – Politiskt samråd Åbynäs
Datum: 2031-04-11
Ledamöter
Region Åbynäs: Tomas Lind (S), ordförande
Åby kommun: Karin Ek (C), vice ordförande
Ekby kommun: Elin Borg (M)
Övriga
Sara Holm, samordnare, sekreterare

§ 3 Remiss – Regional plan
Planen är på remiss till kommunerna. Politiskt samråd Åbynäs samordnar remissvaren.
Samrådets beslut
att uppdra åt presidiet att sammanställa huvudmännens gemensamma synpunkter.

Vid protokollet
Ordförande
Justerare
Sara Holm
Tomas Lind
Elin Borg
"""

NÄMND = """\
ÅBY KOMMUN
Socialnämnden
Sammanträdesdatum 2031-05-18
Beslutande: Anna Ek (S), ordförande; Per Lind (M)

§ 4  Dnr SN 2031/12
Val av representant i Politiskt samråd Åbynäs och entledigande
Socialnämnden beslutar
att välja Per Lind (M) till representant i Politiskt samråd Åbynäs.

§ 5  Dnr SN 2031/13
Samverkansavtal
Avtalet har beretts i Politiskt samråd Åbynäs som rekommenderar kommunerna att anta det.
Socialnämnden beslutar
att överlämna avtalet till kommunfullmäktige med förslaget att fullmäktige godkänner det.
"""


def test_roles_a_cell_a_line_over_names_a_cell_a_line_go_in_order(tmp_path):
    roles = {name: set(r) for name, _, r in load_text(tmp_path, "psr_ekenas_2031-04-11.txt", SAMRÅD)["attendance"]}
    assert "justerare" not in roles["Sara Holm"] and "sekreterare" in roles["Sara Holm"]
    assert "justerare" in roles["Elin Borg"] and "ordförande" in roles["Tomas Lind"]


def test_the_presidium_of_a_body_whose_name_ends_in_s_and_a_name_before_its_verb(tmp_path):
    facts = load_text(tmp_path, "psr_ekenas_2031-04-11.txt", SAMRÅD)
    assert any(a == ("Politiskt samråd Åbynäs presidium",) for a, _ in facts["assignments"]), facts["assignments"]
    bodies = {b for _, b, _ in facts["mandates"]} | {b for b, _, _ in facts["mandates"]}
    assert not any("samordnar" in b or "Åbynäss" in b for b in bodies), bodies


def test_a_title_of_election_and_entledigande_and_recommendations_told_in_passing(tmp_path):
    facts = load_text(tmp_path, "sn_aby_2031-05-18.txt", NÄMND)
    assert any(g == "Politiskt samråd Åbynäs" for _, g, _ in facts["memberships"]), facts["memberships"]
    assert not any("entledigande" in g for _, g, _ in facts["memberships"])
    assert ("Politiskt samråd Åbynäs", "kommunerna", "recommends") in [(f, t.lower(), k) for f, t, k in facts["mandates"]] or \
        any(f == "Politiskt samråd Åbynäs" and "kommun" in t.lower() and k == "recommends" for f, t, k in facts["mandates"]), \
        facts["mandates"]
    assert any(f.startswith("Socialnämnden") and t.startswith("Kommunfullmäktige") and k == "recommends"
               for f, t, k in facts["mandates"]), facts["mandates"]


NEED = """\
ÅBY KOMMUN
Socialnämnden
Sammanträdesdatum 2031-05-18
Beslutande: Anna Ek (S), ordförande; Per Lind (M)

§ 4  Dnr SN 2031/12
Val av representant
Ärendebeskrivning
Eva Ek har lämnat uppdraget. Nämnden behöver utse en ny representant för resten av mandatperioden.
Socialnämnden beslutar
att välja Per Lind (M) till representant i Politiskt samråd Åbynäs.
"""


def test_the_need_to_appoint_told_before_the_election_is_no_task_of_the_body(tmp_path):
    facts = load_text(tmp_path, "sn_aby_2031-05-18.txt", NEED)
    assert not any("utse" in t for _, t in facts["assignments"]), facts["assignments"]


KPR = """\
ÅBY KOMMUN
Vård- och omsorgsnämnden
Sammanträdesdatum: 2031-06-02
Beslutande: Anna Ek (C), ordförande; Lars Holm (S); Malin Berg (M)

§ 32  Representant i kommunala pensionärsrådet
Lars Holm (S) har avsagt sig uppdraget som nämndens representant i kommunala pensionärsrådet.
Vård- och omsorgsnämnden beslutar
att bevilja Lars Holm (S) entledigande från uppdraget som representant i kommunala pensionärsrådet,
att utse Malin Berg (M) till nämndens representant i kommunala pensionärsrådet i Åby efter Lars Holm.
"""


def test_the_kommuns_council_named_with_and_without_its_place_is_one_council(tmp_path):
    facts = load_text(tmp_path, "von_aby_2031-06-02.txt", KPR)
    councils = {g for _, g, _ in facts["memberships"] if "pensionärsråd" in g}
    assert councils == {"Kommunala pensionärsrådet, Åby kommun"}, councils
