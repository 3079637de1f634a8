"""Habits of the secretaries of sister minutes: a regional council's protocol
printed from a meeting system, each point headed "Ärende 3" alone on its line with its title and "Dnr" under it,
a recommendation "to Region X och kommunerna A, B och C"; a kommunfullmäktige's "Protokollsutdrag" where a seat is
given up in one paragraph ("avsagt sig uppdraget") and filled "efter" its holder in the next, the decisions opened
by "beslutar i enlighet med valberedningens förslag" over their att-clauses, the text under an "Ärendet" label and
"Kommunfullmäktige beviljar avsägelsen"; and a ledningsgrupp adopting an uppdragsbeskrivning for a new working
group whose members are listed in a table under "ska gruppen bestå av:". Each read on a small minutes of its own,
loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


COUNCIL = """REGION NORRBY
Regionalt samråd för vård och omsorg
Protokoll
Sammanträdesdatum: 2026-02-27
Plats: Regionhuset, rum Lärkan

Närvarande ledamöter: Eva Strand (S), Region Norrby, ordförande, Per Holm (M), Åby kommun,
Lena Berg (C), Ekeby kommun, Olle Sand (S), Tallviks kommun

Ärende 1
Val av justerare
Beslut
Samrådet utser Lena Berg att jämte ordföranden justera protokollet.

Ärende 2
Överenskommelse om hemsjukvård – rekommendation
Dnr RS 2026/00118
Beslut
Samrådet beslutar
att rekommendera Region Norrby och kommunerna Åby, Ekeby och Tallvik att anta överenskommelsen om hemsjukvård.

Ärende 3
Övriga frågor
Inga övriga frågor anmäls.
"""


def test_points_headed_arende_alone_on_their_line_with_the_title_under_them(tmp_path):
    f = load_text(tmp_path, "samrad_2026-02-27.txt", COUNCIL)
    assert f["items"] == [("1", "Val av justerare"), ("2", "Överenskommelse om hemsjukvård – rekommendation"),
                          ("3", "Övriga frågor")]
    assert any(d.startswith("rekommendera Region Norrby") for d in f["decisions"])


def test_a_recommendation_to_the_kommuner_by_their_place_names_goes_to_each_kommun(tmp_path):
    f = load_text(tmp_path, "samrad_2026-02-27.txt", COUNCIL)
    to = {b for a, b, _ in f["mandates"] if a == "Regionalt samråd för vård och omsorg"}
    assert {"Region Norrby", "Åby kommun", "Ekeby kommun", "Tallviks kommun"} <= to


EXTRACT = """ÅBY KOMMUN
PROTOKOLLSUTDRAG
Kommunfullmäktige
Sammanträdesdatum 2026-02-23

Beslutande
Karl Ek (S), ordförande, Anna Lind (M), Bo Nilsson (S), Stina Holm (S), Per Sahl (M), Eva Dahl (C)

Utses att justera
Anna Lind (M)

§ 12 Dnr KS 2026/0031
Avsägelse – ledamot i Politiskt samråd Norrby
Bo Nilsson (S) har i skrivelse den 19 januari 2026 avsagt sig uppdraget som ledamot i Politiskt samråd Norrby
från och med den 1 mars 2026.
Kommunfullmäktiges beslut
Kommunfullmäktige beviljar avsägelsen.

§ 13 Dnr KS 2026/0031
Fyllnadsval – ledamot i Politiskt samråd Norrby
Kommunfullmäktiges beslut
Kommunfullmäktige beslutar i enlighet med valberedningens förslag
att till ledamot i Politiskt samråd Norrby efter Bo Nilsson (S) välja Stina Holm (S),
att valet gäller till och med den 31 december 2026.

§ 14 Dnr KS 2025/0412
Överenskommelse om digitala vårdmöten
Ärendet
Politiskt samråd Norrby rekommenderade den 11 december 2025 huvudmännen att anta en gemensam överenskommelse.
Kommunfullmäktiges beslut
Kommunfullmäktige beslutar att anta överenskommelsen.
"""


def test_a_seat_given_up_in_one_paragraph_and_filled_after_its_holder_in_the_next_is_left_once(tmp_path):
    f = load_text(tmp_path, "kf_aby_2026-02-23.txt", EXTRACT)
    left = [m for m in f["memberships"] if m[0] == "Bo Nilsson" and m[2] == "leave"]
    assert left == [("Bo Nilsson", "Politiskt samråd Norrby", "leave")]
    assert ("Stina Holm", "Politiskt samråd Norrby", "replace") in f["memberships"]


def test_decided_as_the_valberedning_proposed_over_att_clauses_is_no_decision_of_its_own(tmp_path):
    f = load_text(tmp_path, "kf_aby_2026-02-23.txt", EXTRACT)
    assert not any("valberedningens förslag" in d for d in f["decisions"])
    assert any(d.startswith("till ledamot i Politiskt samråd Norrby efter Bo Nilsson") for d in f["decisions"])


def test_the_text_under_an_arendet_label_is_read_on_its_own(tmp_path):
    f = load_text(tmp_path, "kf_aby_2026-02-23.txt", EXTRACT)
    assert ("Politiskt samråd Norrby", "huvudmännen") in [(a, b.split(" i ")[0]) for a, b, _ in f["mandates"]]


def test_a_fullmaktige_granting_a_resignation_names_no_body(tmp_path):
    from samverkan.loaders.relations import find_groups
    assert [g.name for g in find_groups("Kommunfullmäktige beviljar avsägelsen.")] == ["Kommunfullmäktige"]
    assert [g.name for g in find_groups("Kommunfullmäktige bifaller motionen.")] == ["Kommunfullmäktige"]


MISSION = """Ledningsgruppen för samverkan i Norrby
Minnesanteckningar 2026-02-18

Närvarande: Eva Ek, regiondirektör, ordförande, Per Holm, socialchef Åby kommun, Lars Ström, kommundirektör Ekeby kommun

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Uppdragsbeskrivning – Arbetsgrupp hemsjukvård och läkarmedverkan
Styrgrupp Nära vård har tagit fram ett förslag till uppdragsbeskrivning för en ny arbetsgrupp.
Enligt uppdragsbeskrivningen ska gruppen bestå av:
Namn\tOrganisation\tRoll i gruppen
Petter Holmgren, chefläkare\tRegion Norrby\tsammankallande
Lina Åkerlund, MAS\tÅby kommun\tledamot
Tove Grahn, sjuksköterska\tEkeby kommun\tledamot

Beslut:
- Ledningsgruppen fastställer uppdragsbeskrivningen för Arbetsgrupp hemsjukvård och läkarmedverkan.
- Petter Holmgren utses till sammankallande.

3. Övriga frågor
Inga övriga frågor.
"""


def test_the_members_listed_under_a_new_groups_composition_sit_in_that_group(tmp_path):
    f = load_text(tmp_path, "lg_norrby_2026-02-18.txt", MISSION)
    g = "Arbetsgrupp hemsjukvård och läkarmedverkan"
    for p in ("Petter Holmgren", "Lina Åkerlund", "Tove Grahn"):
        assert (p, g, "join") in f["memberships"], p
    assert not any(m[1] == "Ledningsgruppen för samverkan i Norrby" and m[0] == "Petter Holmgren"
                   for m in f["memberships"])
    assert any(who == ("Petter Holmgren",) and t == f"vara sammankallande i {g}" for who, t in f["assignments"])


WORKING_GROUP = """## Arbetsgrupp för korttidsplatser – minnesanteckningar

**Datum:** onsdag 28 januari 2026, kl. 9.00–11.30

**Deltagare:** Karin Wik, Åby kommun (sammankallande), Jenny Dahl, Ekeby kommun, Per-Olof Sand, Tallviks kommun,
Annika Lund, Region Norrby

**1. Kartläggning**
Jenny redovisade sammanställningen. Frågan om en gemensam betalningsmodell ligger utanför gruppens uppdrag och
lyfts till Samverkansgrupp äldre den 17 februari.

**2. Utkastets disposition**
Gruppen enades om dispositionen: bakgrund, kartläggning, kostnader, förslag.

### Att göra
- [ ] Komplettera kartläggningen med växelvårdsplatser – Per-Olof, 4/2
- [ ] Text om väntetider för utskrivningsklara – Annika, 10/2
- [x] Boka Teams till 11/2 – Jenny
"""


def test_a_group_agreeing_on_a_thing_it_then_lists_decides(tmp_path):
    f = load_text(tmp_path, "ag_korttid_2026-01-28.md", WORKING_GROUP)
    assert any(d.startswith("dispositionen: bakgrund") or "enades om dispositionen" in d for d in f["decisions"])


def test_a_question_outside_the_groups_mission_handed_on_is_the_question_alone(tmp_path):
    f = load_text(tmp_path, "ag_korttid_2026-01-28.md", WORKING_GROUP)
    assert "lyfta frågan om en gemensam betalningsmodell till Samverkansgrupp äldre den 17 februari" in f["decisions"]


def test_open_boxes_on_a_task_list_with_the_doer_and_day_after_a_dash(tmp_path):
    f = load_text(tmp_path, "ag_korttid_2026-01-28.md", WORKING_GROUP)
    tasks = {who: t for who, t in f["assignments"]}
    assert tasks.get(("Per-Olof Sand",), "").startswith("komplettera kartläggningen med växelvårdsplatser")
    assert tasks.get(("Annika Lund",), "").startswith("text om väntetider för utskrivningsklara")


REPORTED_VIA = """Ledningsgruppen för samverkan i Norrby
Minnesanteckningar 2026-02-18

Närvarande: Eva Ek, regiondirektör, ordförande, Per Holm, socialchef Åby kommun, Lars Ström, kommundirektör Ekeby kommun

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Uppdragsbeskrivning – Arbetsgrupp hemsjukvård och läkarmedverkan
Styrgrupp Nära vård har tagit fram ett förslag. Gruppen arbetar på uppdrag av Styrgrupp Nära vård och rapporterar dit.
Enligt uppdragsbeskrivningen ska gruppen bestå av:
- Petter Holmgren, chefläkare, Region Norrby (sammankallande)
- Lina Åkerlund, MAS, Åby kommun
Beslut:
- Ledningsgruppen fastställer uppdragsbeskrivningen för Arbetsgrupp hemsjukvård och läkarmedverkan.
- Arbetet återrapporteras till ledningsgruppen via Styrgrupp Nära vård i mars 2027.

3. Övriga frågor
Inga övriga frågor.
"""


def test_a_report_via_another_body_goes_there_and_on(tmp_path):
    f = load_text(tmp_path, "lg_norrby_2026-02-18.txt", REPORTED_VIA)
    pairs = {(a, b) for a, b, _ in f["mandates"]}
    g, sg, lg = "Arbetsgrupp hemsjukvård och läkarmedverkan", "Styrgrupp Nära vård", f["body"]
    assert (g, sg) in pairs and (sg, lg) in pairs
    assert (g, lg) not in pairs


def test_gruppen_in_the_item_that_sets_a_group_up_is_that_group(tmp_path):
    f = load_text(tmp_path, "lg_norrby_2026-02-18.txt", REPORTED_VIA)
    pairs = {(a, b) for a, b, _ in f["mandates"]}
    assert ("Styrgrupp Nära vård", "Arbetsgrupp hemsjukvård och läkarmedverkan") in pairs
    assert ("Lina Åkerlund", "Arbetsgrupp hemsjukvård och läkarmedverkan", "join") in f["memberships"]


def test_a_task_decided_with_its_report_back_after_och_att(tmp_path):
    text = EXTRACT.replace("Kommunfullmäktige beslutar att anta överenskommelsen.",
                           "Kommunfullmäktige beslutar\natt anta överenskommelsen,\natt ge socialnämnden i uppdrag att "
                           "införa arbetssättet senast den 31 december 2026 och att återrapportera till kommunstyrelsen "
                           "i mars 2027.")
    f = load_text(tmp_path, "kf_aby_2026-02-23.txt", text)
    assert ("Socialnämnden", "Kommunstyrelsen") in {(a.split(",")[0], b.split(",")[0]) for a, b, _ in f["mandates"]}
    assert any(who == ("Socialnämnden",) or who[0].startswith("Socialnämnden") for who, t in f["assignments"]
               if t.startswith("införa arbetssättet") and "återrapportera till kommunstyrelsen" in t)
