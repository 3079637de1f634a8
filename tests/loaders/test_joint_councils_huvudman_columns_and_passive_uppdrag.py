"""Minutes of the political and strategic bodies a region and its kommuner share: a roster indented under its label
with each huvudman in the left column, uppdrag handed out in the passive ("Uppdraget … lämnas till X"), matters
handed over to another body for beredning, and the officials an arbetsutskott lists in its attendance table.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

COUNCIL = """POLITISKT SAMVERKANSRÅD ÅSEN
Region Åsen och kommunerna Åby och Norrby

MINNESANTECKNINGAR

Tid: torsdagen den 18 mars 2027, klockan 09.30–12.00

Närvarande ledamöter
  Region Åsen        Eva Ek (S), ordförande
                     Per Lind (M)
  Åby kommun         Karin Holm (S), vice ordförande
  Norrby kommun      Olle Berg (C), ersättare för Lisa Ström (M)

Förhinder: Lisa Ström (M), Norrby kommun

1. Mötet öppnas
Ordföranden hälsade välkommen.
"""


def test_an_indented_roster_with_the_huvudman_in_the_left_column(tmp_path):
    f = load_text(tmp_path, "psr.txt", COUNCIL)
    att = {(n, st) for n, st, _ in f["attendance"]}
    assert {("Eva Ek", "present"), ("Per Lind", "present"), ("Karin Holm", "present"), ("Olle Berg", "present"),
            ("Lisa Ström", "absent")} <= att
    seats = {(p, o) for p, o, ch in f["memberships"] if ch == "employment"}
    assert {("Per Lind", "Region Åsen"), ("Karin Holm", "Åby kommun"), ("Olle Berg", "Norrby kommun")} <= seats


AU = """# Åby kommun
## Kommunstyrelsens arbetsutskott – protokoll

| | |
|---|---|
| Sammanträdesdatum | 9 mars 2027 |
| Plats och tid | Kommunhuset, kl. 13.15–16.30 |

### Närvaro

| Namn | Funktion | Närvarande | Frånvarande |
|---|---|---|---|
| Tomas Ek (S) | ordförande | x | |
| Anna Holm (M) | vice ordförande | x | |
| Stefan Berg (C) | ledamot | | x |
| Linnea Ström | kommundirektör | x | |
| Rasmus Ahl | ekonomichef, ärende 2 | x | |

**Ärende 1. Val av justerare**

Beslut
Anna Holm (M) utses att justera protokollet.

**Ärende 2. Ekonomi**

Ekonomichef Rasmus Ahl redovisar prognosen.

Beslut
Informationen noteras.
"""


def test_officials_in_an_arbetsutskotts_funktion_column_hold_no_seat(tmp_path):
    f = load_text(tmp_path, "au.md", AU)
    att = {n: (st, r) for n, st, r in f["attendance"]}
    assert att["Linnea Ström"][0] == "guest" and "ledamot" not in att["Linnea Ström"][1]
    assert att["Rasmus Ahl"][0] == "guest"
    assert att["Anna Holm"][0] == "present" and "ledamot" in att["Anna Holm"][1]
    seats = {p for p, o, ch in f["memberships"] if ch == "member"}
    assert "Linnea Ström" not in seats and "Tomas Ek" in seats


PASSIVE = """POLITISKT SAMVERKANSRÅD ÅSEN
MINNESANTECKNINGAR 2027-03-18

Närvarande: Eva Ek (S), Region Åsen, ordförande; Karin Holm (S), Åby kommun

1. Barn och ungas hälsa
Rådet beslutar att inrätta en politisk arbetsgrupp för barn och ungas hälsa med följande ledamöter:
  - Eva Ek (S), Region Åsen, sammankallande
  - Karin Holm (S), Åby kommun
Arbetsgruppen rapporterar till rådet. Uppdraget att lämna förslag på gemensamma
insatser lämnas till arbetsgruppen, med redovisning vid rådets möte den 2 december 2027.

2. Utskrivning
Uppdraget att ta fram ett förslag till ny överenskommelse lämnas till Eva Ek och
Kristina Ljung, socialchef i Åby kommun.
"""


def test_uppdrag_handed_out_in_the_passive_and_a_bulleted_arbetsgrupp(tmp_path):
    f = load_text(tmp_path, "psr.txt", PASSIVE)
    assert any(d.startswith("lämna uppdraget att ta fram ett förslag till ny överenskommelse till Eva Ek")
               for d in f["decisions"])
    tasks = set(f["assignments"])
    ag = "Arbetsgrupp för barn och ungas hälsa"
    assert ((ag,), "lämna förslag på gemensamma insatser") in tasks
    assert (("Eva Ek", "Kristina Ljung"), "ta fram ett förslag till ny överenskommelse") in tasks
    assert (("Eva Ek",), f"vara sammankallande i {ag[:1].lower()}{ag[1:]}") in tasks
    assert ("Karin Holm", ag, "join") in f["memberships"]


LEDNINGSGRUPP = """# Strategisk ledningsgrupp Åsen

**Minnesanteckningar 8 april 2027**, kl. 13.00–15.30, Regionhuset

**Närvarande**
- Henrik Wall (HW), regiondirektör, Region Åsen – ordförande
- Kristina Ljung (KL), socialchef, Åby kommun
- Åsa Lindgren (ÅL), förvaltningschef, Norrby kommun

## 1. Suicidprevention
HW redogjorde för rådets uppdrag.

Beslut: En arbetsgrupp för suicidprevention bildas.

Varje förvaltningschef anmäler sin representant till HW senast 30 april.
Ansvarig: KL, ÅL

## 2. Läkemedelsgenomgångar i särskilt boende
ÅL tog upp att genomgångarna inte görs. Frågan kräver en politisk prioritering av läkarresurser.

Beslut: Frågan lyfts till Politiskt samverkansråd Åsen vid mötet den 10 juni.
Ansvarig: HW
"""


def test_responsible_lines_under_each_ones_task_and_under_a_referral(tmp_path):
    f = load_text(tmp_path, "slg.md", LEDNINGSGRUPP)
    tasks = dict(f["assignments"])
    assert tasks[("Kristina Ljung", "Åsa Lindgren")].startswith("anmäla sin representant")
    hw = [t for who, t in f["assignments"] if who == ("Henrik Wall",)]
    assert hw and all("till Politiskt samverkansråd Åsen" in t for t in hw)
    assert not any("kräva" in t for t in hw)


BEREDNING = """REGION ÅSEN                                              PROTOKOLL
Folkhälsoberedningen                                     Sida 1 (2)
Sammanträdesdatum 2027-02-11

Plats och tid        Regionhuset, sammanträdesrum Ljungen, kl. 09.00–12.10

Beslutande           Eva Ek (S), ordförande
                     Per Lind (M), vice ordförande
                     Olle Berg (V) tjg för Lisa Ström (V)

Övriga deltagare     Maria Holm, folkhälsochef
                     Lena Falk, nämndsekreterare

§ 1  Val av justerare

Folkhälsoberedningen beslutar
att utse Per Lind (M) att jämte ordföranden justera protokollet.

§ 2  Godkännande av dagordning

Folkhälsoberedningen beslutar
att godkänna dagordningen.
"""


def test_a_regions_beredning_named_with_it_and_tjg_for_a_serving_ersattare(tmp_path):
    f = load_text(tmp_path, "fhb.txt", BEREDNING)
    assert f["body"] == "Folkhälsoberedningen, Region Åsen"
    roles = {n: r for n, _, r in f["attendance"]}
    assert "tjänstgörande ersättare" in roles["Olle Berg"]


NOTES_ROSTER = """# Ledningsgrupp Åsen

**Minnesanteckningar 8 april 2027**, kl. 13.00–15.30, Regionhuset

**Närvarande**
- Henrik Wall (HW), regiondirektör, Region Åsen – ordförande
- Kristina Ljung (KL), socialchef, Åby kommun
- Maria Holm (MH), folkhälsochef, Region Åsen – adjungerad punkt 2
- Emma Lind (EL), samordnare, Region Åsen – anteckningar

## 1. Föregående anteckningar
Beslut: Anteckningarna godkänns.

## 2. Suicidprevention
MH beskrev läget.
"""


def test_notes_and_an_adjoined_item_told_after_a_dash_in_the_roster(tmp_path):
    f = load_text(tmp_path, "lg.md", NOTES_ROSTER)
    att = {n: (st, r) for n, st, r in f["attendance"]}
    assert "sekreterare" in att["Emma Lind"][1]
    assert att["Maria Holm"][0] == "guest" and "ledamot" not in att["Maria Holm"][1]


PROPOSAL = AU.replace("""**Ärende 2. Ekonomi**""", """**Ärende 3. Avsiktsförklaring om gemensam räddningstjänst**

Kommundirektören redogör för utredningen.

Beslut
Arbetsutskottet föreslår kommunstyrelsen besluta
att godkänna avsiktsförklaringen om gemensam räddningstjänst,
att uppdra åt kommundirektören att företräda kommunen i styrgruppen för kommunalförbundet.

**Ärende 2. Ekonomi**""")


def test_a_task_in_a_proposal_to_the_styrelse_is_not_yet_given(tmp_path):
    f = load_text(tmp_path, "au.md", PROPOSAL)
    assert not any("företräda kommunen" in t for _, t in f["assignments"])
    assert any("företräda kommunen" in d for d in f["decisions"])
