"""Habits of minutes of kinds of bodies the loaders had not read, of regions and kommuner with no region file:
a kultur- och fritidsnämnd written by its acronym after its first mention, proposing to kommunfullmäktige on a
line of its own under "Beslut" ("KFN föreslår kommunfullmäktige att besluta" / "att …") and deciding more under
"KFN beslutar vidare"; an SSPF group whose notes name it by the parts at its table and its acronym ("Skola,
socialtjänst, polis och fritid (SSPF) – område Norr") and list its people under a heading per sector ("Skola:",
"Polis:") indented below it; a regionalt programområde whose title holds its acronym inside the name; and a
regionstyrelse's tillväxtutskott appointing "regionens politiska representant" in a partnership "efter Y, som
lämnar uppdraget" and giving a task to "regional utvecklingsdirektören". Each read on a small minutes of its own,
loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


NAMND = """HAGBY KOMMUN
Kultur- och fritidsnämnden
PROTOKOLL
Sammanträdesdatum: 2026-03-10

Beslutande
Eva Strand (S), ordförande
Per Holm (M)

§ 4 Förvaltningen informerar
Kultur- och fritidsnämnden (KFN) tackar för informationen.

§ 5 Friluftsplan 2026–2030
Beslut
KFN föreslår kommunfullmäktige att besluta
att anta Friluftsplan 2026–2030.
KFN beslutar vidare
att ge kultur- och fritidschefen i uppdrag att ta fram en aktivitetsplan.
"""


def test_a_proposal_to_fullmaktige_on_its_own_line_is_the_bodys_decision_to_propose(tmp_path):
    got = load_text(tmp_path, "kfn.txt", NAMND)
    assert "föreslå kommunfullmäktige besluta att anta Friluftsplan 2026–2030." in got["decisions"]
    assert ("Kultur- och fritidsnämnden, Hagby kommun", "Kommunfullmäktige, Hagby kommun", "recommends") in got["mandates"]


def test_beslutar_vidare_heads_the_further_clauses_and_is_no_decision(tmp_path):
    got = load_text(tmp_path, "kfn.txt", NAMND)
    assert "vidare" not in got["decisions"]
    assert any(d.startswith("ge kultur- och fritidschefen i uppdrag") for d in got["decisions"])


SSPF = """Hej!

Här kommer anteckningarna.

MINNESANTECKNINGAR
Skola, socialtjänst, polis och fritid (SSPF) – område Söder, Hagby kommun

Tid: 3 mars 2026 kl. 08.30–10.00
Plats: Söderskolan

Deltagare
Skola:
  Eva Strand, rektor Söderskolan
Socialtjänst:
  Per Holm, socialsekreterare
Polis:
  Lena Berg, kommunpolis
Fritid:
  Olle Sand, fritidsledare
Anmält förhinder: Kim Ek, kurator

1. Inledning
Eva Strand hälsade välkommen.

2. Lägesbild
Lena Berg gav en lägesbild.
"""


def test_people_indented_under_a_heading_per_sector_are_the_roster(tmp_path):
    got = load_text(tmp_path, "sspf.txt", SSPF)
    present = {name for name, status, _ in got["attendance"] if status == "present"}
    assert present == {"Eva Strand", "Per Holm", "Lena Berg", "Olle Sand"}
    assert ("Kim Ek", "absent", ("ledamot",)) in got["attendance"]


def test_a_body_named_by_the_parts_at_its_table_goes_by_its_acronym(tmp_path):
    got = load_text(tmp_path, "sspf.txt", SSPF)
    assert got["body"] == "SSPF område Söder, Hagby kommun"
    assert ("Olle Sand", "SSPF område Söder, Hagby kommun", "member") in got["memberships"]


RPO = """Minnesanteckningar
Regionalt programområde (RPO) hjärtsjukdomar
Sjukvårdsregion Nordväst

Datum: 2026-02-12
Plats: Teams

Närvarande
Eva Strand, ordförande, Region Hagmark
Per Holm, Region Ekmark

1. Mötets öppnande
Dagordningen godkändes.
"""


def test_the_acronym_inside_a_bodys_name_is_no_part_of_the_name(tmp_path):
    got = load_text(tmp_path, "rpo.txt", RPO)
    assert got["body"] == "Regionalt programområde hjärtsjukdomar"


UTSKOTT = """Region Hagmark
Regionstyrelsens tillväxtutskott (RTU)
PROTOKOLL
Sammanträdesdatum 2026-02-10

Beslutande ledamöter
Eva Strand (S), ordförande
Per Holm (M)
Lena Berg (C)

Övriga deltagande
Olle Sand, regional utvecklingsdirektör

§ 4 Partnerskapet
Beslut
RTU beslutar
att utse Lena Berg (C) till regionens politiska representant i Tillväxtpartnerskapet Hagmark efter Per Holm (M), som lämnar uppdraget,
att ge regional utvecklingsdirektören i uppdrag att till RTU:s sammanträde i april 2026 återkomma med förslag på arbetsformer.
"""


def test_a_political_representative_after_one_who_leaves_the_seat(tmp_path):
    got = load_text(tmp_path, "rtu.txt", UTSKOTT)
    assert ("Lena Berg", "Tillväxtpartnerskapet Hagmark", "replace") in got["memberships"]
    assert ("Per Holm", "Tillväxtpartnerskapet Hagmark", "leave") in got["memberships"]
    assert (("Lena Berg",), "vara representant i Tillväxtpartnerskapet Hagmark") in got["assignments"]


def test_a_task_to_a_title_with_its_adjective_goes_to_its_holder(tmp_path):
    got = load_text(tmp_path, "rtu.txt", UTSKOTT)
    assert any(who == ("Olle Sand",) and "återkomma med förslag på arbetsformer" in task for who, task in got["assignments"])


RPO_HTML = """<html><body>
<h1>Minnesanteckningar</h1>
<p><strong>Regionalt programområde (RPO) hjärtsjukdomar</strong></p>
<p><strong>Sjukvårdsregion Nordväst</strong></p>
<p><b>Datum:</b> 2026-02-12</p>
<h3>Närvarande</h3>
<table border="1"><tr><th>Namn</th><th>Funktion</th><th>Region</th></tr>
<tr><td>Eva Strand</td><td>ordförande</td><td>Region Hagmark</td></tr>
<tr><td>Per Holm</td><td>patientrepresentant</td><td>Hjärt- och lungsjukas förening Nordväst</td></tr></table>
<h3>Frånvarande</h3>
<table border="1"><tr><td>Lena Berg</td><td>fysioterapeut</td><td>Region Ekmark</td></tr></table>
<h3>1. Mötets öppnande</h3>
<p>Ordföranden öppnade mötet. Dagordningen godkändes.</p>
<h3>2. Uppdrag</h3>
<p>RPO arbetar på uppdrag av den regionala styrgruppen för kunskapsstyrning i Sjukvårdsregion Nordväst och rapporterar dit två gånger per år. Nästa rapport lämnas i mars.</p>
</body></html>
"""


def test_the_sjukvardsregion_is_no_person(tmp_path):
    got = load_text(tmp_path, "rpo.html", RPO_HTML)
    assert got["persons"] == ["Eva Strand", "Lena Berg", "Per Holm"]


KONSULENT = """HAGBY KOMMUN
Kultur- och fritidsnämnden
PROTOKOLL
Sammanträdesdatum: 2026-03-10

Beslutande
Eva Strand (S), ordförande
Per Holm (M)

Övriga närvarande
Lina Berg, fritidskonsulent, § 5

§ 5 Ungdomsstrategi
Fritidskonsulent Lina Berg föredrar ärendet.
Beslut
Nämnden beslutar att anta strategin.
"""


def test_a_title_before_a_presenters_name_is_no_part_of_it(tmp_path):
    got = load_text(tmp_path, "kfn.txt", KONSULENT)
    assert got["persons"] == ["Eva Strand", "Lina Berg", "Per Holm"]


def test_the_body_by_its_own_name_works_on_behalf_of_another(tmp_path):
    text = SSPF + "\n3. Rapport\nSSPF område Söder arbetar på uppdrag av Ledningsgruppen för barn och unga och lämnar en " \
                  "lägesrapport dit varje termin.\n"
    got = load_text(tmp_path, "sspf.txt", text)
    assert ("Ledningsgrupp för barn och unga", "SSPF område Söder, Hagby kommun", "delegates") in got["mandates"]
    assert ("SSPF område Söder, Hagby kommun", "Ledningsgrupp för barn och unga", "reports_to") in got["mandates"]
