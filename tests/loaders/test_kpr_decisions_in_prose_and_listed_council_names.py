"""A råd's decision told by its letters (KPR) after background or as a bullet, its roster's kommun row, and the presidium
of a council whose name lists its fields with a comma (made-up places)."""
from tests.loaders.test_read_formats import load_text


KPR = """# Kommunala pensionärsrådet, Åby kommun

Protokoll 2027-10-04

Närvarande: Eva Lund (PRO Åby), Per Holm (SPF Åby), Anna Berg (S), kommunstyrelsen

### 1. Budget 2028
Anna Berg informerade om budgetförslaget. Rådet är oroat över neddragningen av dagverksamheten.

- KPR beslutar att lämna ett yttrande till kommunstyrelsen om att dagverksamheten ska finnas kvar.
- Per Holm skriver yttrandet.

### 2. Seniormässa
PRO och SPF planerar en gemensam seniormässa i mars 2028. KPR beslutar att uppdra åt Eva Lund att bilda en planeringsgrupp för mässan.

Vid protokollet: Per Holm
"""


def test_a_decision_after_background_and_as_a_bullet_is_the_councils(tmp_path):
    f = load_text(tmp_path, "kpr_aby_2027-10-04.md", KPR)
    assert any(d.startswith("lämna ett yttrande till kommunstyrelsen") for d in f["decisions"])
    assert any(d.startswith("uppdra åt Eva Lund att bilda en planeringsgrupp") for d in f["decisions"])


RÅD = """UTDRAG UR PROTOKOLL
REGION ÅS
Regionalt samverkansråd för vård, omsorg och skola
Sammanträdesdatum 2027-09-17

§ 23  Överenskommelse om barns hälsa

Beslut
Regionalt samverkansråd beslutar
att ställa sig bakom överenskommelsen,
att delegera till presidiet att besluta om redaktionella ändringar i överenskommelsen.

Vid protokollet
Per Holm
"""


def test_the_presidium_of_a_council_whose_name_lists_fields(tmp_path):
    f = load_text(tmp_path, "rad_as_2027-09-17.txt", RÅD)
    assert ("Presidiet, Regionalt samverkansråd för vård, omsorg och skola",) in {a[0] for a in f["assignments"]}


BUN = """ÅBY KOMMUN
Barn- och utbildningsnämnden
Protokoll 2027-08-26

Beslutande: Eva Lund (S), ordförande; Per Holm (C)

§ 50 Samverkan om gymnasieplatser
Beslut
Nämnden beslutar att uppdra åt ordföranden att föra samtal med Norrby kommun om ett samverkansavtal. Ett förslag till avtal lyfts därefter till kommunstyrelsen.
"""


def test_where_a_tasks_outcome_goes_next_is_no_decided_point(tmp_path):
    f = load_text(tmp_path, "bun_aby_2027-08-26.txt", BUN)
    assert not any("lyfts därefter" in d for d in f["decisions"])
    assert any(d.startswith("uppdra åt ordföranden att föra samtal") for d in f["decisions"])
    assert any(m[2] == "refers" and m[1].startswith("Kommunstyrelsen") for m in f["mandates"])


KPR_TABLE = """# Kommunala pensionärsrådet i Åby kommun

**Protokoll** · 4 oktober 2027 · Träffpunkt Linden, Åby

## Deltagare

| Organisation | Ledamöter | Ersättare |
|---|---|---|
| PRO Åby | Gunnar Ek, Berit Lund | Sven Holm (frånvarande) |
| Kommunen | Anna-Karin Berg (S), kommunstyrelsen; Erik Boman (M), socialnämnden – frånvarande | Lena Sand (C), socialnämnden |

### 1. Öppnande
Gunnar Ek ledde mötet.
"""


def test_the_kommuns_row_of_a_council_roster_in_the_definite(tmp_path):
    att = {(n, s) for n, s, _ in load_text(tmp_path, "kpr_aby_2027-10-04.md", KPR_TABLE)["attendance"]}
    assert {("Anna-Karin Berg", "present"), ("Erik Boman", "absent"), ("Lena Sand", "present")} <= att


RÅD_FULLMÄKTIGE = """UTDRAG UR PROTOKOLL
REGION ÅS
Regionalt samverkansråd för vård och omsorg
Sammanträdesdatum 2027-09-17

§ 23  Överenskommelse om barns hälsa

Region Ås och kommunerna Åby, Ekeby och Norrby har arbetat fram en gemensam överenskommelse.

Beslut
Regionalt samverkansråd beslutar
att ställa sig bakom överenskommelsen,
att överlämna överenskommelsen till regionfullmäktige samt kommunfullmäktige i Åby, Ekeby och Norrby för godkännande.

Vid protokollet
Per Holm
"""


def test_an_agreement_handed_to_each_kommuns_fullmaktige_by_its_place(tmp_path):
    refers = {m[1] for m in load_text(tmp_path, "rad_as_2027-09-17.txt", RÅD_FULLMÄKTIGE)["mandates"] if m[2] == "refers"}
    assert {"Kommunfullmäktige, Åby kommun", "Kommunfullmäktige, Ekeby kommun", "Kommunfullmäktige, Norrby kommun"} <= refers


def test_the_presidium_given_a_task_after_the_decided_points(tmp_path):
    text = RÅD.replace("i överenskommelsen.\n", "i överenskommelsen.\n\nPresidiet får i uppdrag att ta fram ett förslag "
                                                 "till uppföljningsplan, som behandlas vid rådets nästa möte.\n")
    tasks = load_text(tmp_path, "rad_as_2027-09-17.txt", text)["assignments"]
    assert (("Presidiet, Regionalt samverkansråd för vård, omsorg och skola",),
            "ta fram ett förslag till uppföljningsplan, som behandlas vid rådets nästa möte") in tasks
