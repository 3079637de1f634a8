"""A gemensam nämnd's seats per huvudman under "Ledamöter och ersättare", each line's presence after a dash; a council's
roster table by the seat with its "Representant" beside; a hurried secretary's points run on into their text."""
from samverkan.loaders.extract import parse_attendance_entry

from tests.loaders.test_read_formats import load_text

JOINT = """PROTOKOLL
Samverkansnämnden för hälsa i Norrby
Sammanträde torsdagen den 14 oktober 2027, kl. 09.30–12.00

LEDAMÖTER OCH ERSÄTTARE

Region Norrby
  Karin Holm (S), ordförande
  Jenny Ås (KD), ersättare – närvarande, ej tjänstgörande

Åby kommun
  Anna Lind (S), vice ordförande
  Gustav Ny (SD), ersättare – frånvarande

Ekby kommun
  Roger Tall (C), ledamot – frånvarande
  Linnea Öst (C), ersättare – tjänstgör för Roger Tall

Tjänstepersoner
  Helena Rune, hälso- och sjukvårdsdirektör, Region Norrby

§ 41  Dagordning
Dagordningen fastställs.
"""


def test_a_joint_namnds_seats_per_huvudman_under_one_heading(tmp_path):
    f = load_text(tmp_path, "nämnd.txt", JOINT)
    assert f["attendance"] == [
        ("Anna Lind", "present", ("ledamot", "vice ordförande")), ("Gustav Ny", "absent", ("ersättare",)),
        ("Helena Rune", "guest", ()), ("Jenny Ås", "present", ("ersättare",)),
        ("Karin Holm", "present", ("ledamot", "ordförande")), ("Linnea Öst", "present", ("ersättare",)),
        ("Roger Tall", "absent", ("ledamot",))]
    assert ("Gustav Ny", "Samverkansnämnden för hälsa i Norrby", "member") in f["memberships"]


def test_present_without_a_seat_after_a_dash_is_no_title():
    entry, _ = parse_attendance_entry("Jenny Ås (KD), ersättare – närvarande, ej tjänstgörande", "present", ["ledamot"])
    assert (entry.status, entry.roles, entry.title) == ("present", ["ersättare"], None)


COUNCIL = """# Funktionsrättsrådet Åby – protokoll 1 december 2027

**Närvarande**

| Organisation / funktion | Representant |
|---|---|
| Ordförande, kommunstyrelsen | Yvonne Dal (S) |
| Vice ordförande, DHR Åby | Bertil Nor |
| FUB Åby | Marianne Lö |
| Attention Åby, ersättare | Jonas Pett |

**1. Inledning.** Yvonne hälsar välkommen. Dagordningen godkändes.

**2. Föregående protokoll** – godkändes och lades till handlingarna.

**3. Tillgänglighet i kommunens lokaler**
Hörslingor saknas i två av tre samlingslokaler.

**4. Arbetsgrupp för tillgänglighetsdagen**
Rådet beslutade att bilda en arbetsgrupp för tillgänglighetsdagen.

**5. Nästa möte** 9 mars 2028 kl. 15.00.
"""


def test_a_councils_roster_by_seat_with_its_representative_beside(tmp_path):
    f = load_text(tmp_path, "råd.md", COUNCIL)
    assert f["attendance"] == [
        ("Bertil Nor", "present", ("ledamot", "vice ordförande")), ("Jonas Pett", "present", ("ersättare",)),
        ("Marianne Lö", "present", ("ledamot",)), ("Yvonne Dal", "present", ("ledamot", "ordförande"))]


def test_points_run_on_into_their_text_beside_points_titled_alone(tmp_path):
    f = load_text(tmp_path, "råd.md", COUNCIL)
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4", "5"]
    assert "godkänna dagordningen" in f["decisions"]
    assert any(d.startswith("godkänna föregående protokoll") for d in f["decisions"])
