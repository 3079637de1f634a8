"""Minutes of the officials' strategisk groups of a collaboration (ledningsgrupper, förvaltningschefsgrupper,
tjänstepersonsberedningar): follow-ups of uppdrag from the politisk level, recommendations to the huvudmän and
matters raised upward, read as a user asks of them."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

_HEAD = """LEDNINGSGRUPPEN FÖR NÄRA VÅRD I ÅBY
Minnesanteckningar 2027-02-11

Närvarande: Eva Ek, primärvårdsdirektör, Region Åby, ordförande; Per Lind, socialchef, Ekby kommun

"""


def test_filing_with_an_adverb_before_till_handlingarna_is_a_decision(tmp_path):
    """"Uppföljningen läggs i övrigt till handlingarna" after a follow-up of uppdrag: the meeting files the rest of
    it, an adverb between the verb and "till handlingarna"."""
    f = load_text(tmp_path, "lg.txt", _HEAD + "§ 2 Uppföljning av uppdrag\n"
                  "Uppdrag 3 är försenat på grund av vakanser. Uppföljningen läggs i övrigt till handlingarna.\n")
    assert "lägga uppföljningen i övrigt till handlingarna" in f["decisions"]


def test_report_line_with_an_aside_comparing_others_before_till(tmp_path):
    """"RPO psykisk hälsa rapporterar, liksom övriga regionala programområden (RPO), till ledningsgruppen": the
    aside between the verb and "till" leaves the programområde's report line to the body that met."""
    f = load_text(tmp_path, "lg.txt", _HEAD.replace("NÄRA VÅRD", "KUNSKAPSSTYRNING") + "§ 3 RPO psykisk hälsa\n"
                  "RPO psykisk hälsa rapporterar, liksom övriga regionala programområden (RPO), till ledningsgruppen "
                  "två gånger per år.\n")
    assert [m for m in f["mandates"] if m[0] == "RPO psykisk hälsa" and m[2] == "reports_to"]


def test_recommendation_heading_its_att_clauses_on_the_lines_below(tmp_path):
    """"Beslut: Ledningsgruppen rekommenderar kommunerna" / "att anta modellen" / "att utse …": each clause is
    what the body recommends them, and the recommendation is a mandate to the kommuner."""
    f = load_text(tmp_path, "lg.txt", _HEAD + "§ 3 Modell för skolfrånvaro\n"
                  "Beslut: Ledningsgruppen rekommenderar kommunerna\natt anta modellen\n"
                  "att utse var sin kontaktperson.\n")
    assert "rekommendera kommunerna att anta modellen" in f["decisions"]
    assert [m for m in f["mandates"] if m[1].startswith("kommunerna") and m[2] == "recommends"]


def test_recommendation_wrapped_before_its_att_as_a_printed_page_breaks_it(tmp_path):
    """A PDF's line breaking after whom the body recommends ("… rekommenderar Ekby kommun och Norrby kommun" /
    "att tillsammans med regionen starta …. Förslaget lyfts till …"): one recommendation to each kommun, the
    sentence after it a decision of its own."""
    f = load_text(tmp_path, "lg.txt", _HEAD.replace("socialchef, Ekby kommun", "socialchef, Ekby kommun; Anna Berg, "
                                                    "socialchef, Norrby kommun") + "§ 3 Mobila team\n"
                  "Beslut: Ledningsgruppen rekommenderar Ekby kommun och Norrby kommun\n"
                  "att tillsammans med regionen starta mobila närvårdsteam under 2027. Förslaget lyfts till "
                  "Politiskt samråd Åby den 25 februari för ställningstagande.\n")
    assert ("rekommendera Ekby kommun och Norrby kommun att tillsammans med regionen starta mobila närvårdsteam "
            "under 2027.") in f["decisions"]
    assert {m[1] for m in f["mandates"] if m[2] == "recommends"} == {"Ekby kommun", "Norrby kommun"}
    assert [m for m in f["mandates"] if m[1] == "Politiskt samråd Åby" and m[2] == "refers"]


def test_programme_area_with_shared_last_part_named_where_its_letters_are_spelled_out(tmp_path):
    """"RPO hjärt- och kärlsjukdomar" in minutes that spell out "regionala programområden (RPO)": the appointment is
    to that programområde, not to the letters' spelled-out body."""
    f = load_text(tmp_path, "lg.txt", _HEAD.replace("NÄRA VÅRD", "KUNSKAPSSTYRNING") + "§ 3 RPO\n"
                  "RPO psykisk hälsa rapporterar, liksom övriga regionala programområden (RPO), till ledningsgruppen "
                  "två gånger per år.\n\n§ 4 Ny ordförande i RPO hjärt- och kärlsjukdomar\n"
                  "Maria Berg går i pension den 28 februari.\nLedningsgruppen beslutar\n"
                  "att utse Olle Sten till ordförande i RPO hjärt- och kärlsjukdomar från den 1 mars 2027 efter "
                  "Maria Berg.\n")
    assert ("Olle Sten", "RPO hjärt- och kärlsjukdomar", "replace") in f["memberships"]


def test_seat_taken_when_its_holder_leaves(tmp_path):
    """"Ulrika Dahl blir ordinarie ledamot för Norrby kommun när Mikael Berg lämnar ledningsgruppen den 1 mars": she
    takes his seat, he leaves the body that met."""
    f = load_text(tmp_path, "lg.txt", _HEAD.replace("socialchef, Ekby kommun", "socialchef, Ekby kommun; Mikael Berg, "
                                                    "socialchef, Norrby kommun; Ulrika Dahl, MAS, Norrby kommun, "
                                                    "ersättare") + "§ 4 Ändring i ledningsgruppen\n"
                  "Ulrika Dahl blir ordinarie ledamot för Norrby kommun när Mikael\nBerg lämnar ledningsgruppen den 1 mars.\n")
    changes = {(m[0], m[2]) for m in f["memberships"] if m[1].startswith("Ledningsgrupp")}
    assert {("Ulrika Dahl", "replace"), ("Mikael Berg", "leave")} <= changes


def test_working_group_for_joint_work_between_two_parts_keeps_both_in_its_name(tmp_path):
    """"bilda en arbetsgrupp för samverkan mellan elevhälsan och BUP med Karin Berg som sammankallande": the name
    runs over "mellan … och …", the convener joins that group."""
    f = load_text(tmp_path, "sg.txt", _HEAD.replace("socialchef, Ekby kommun", "socialchef, Ekby kommun; Karin Berg, "
                                                    "verksamhetschef BUP, Region Åby") + "§ 5 Samverkan elevhälsa–BUP\n"
                  "Gruppen beslutade att bilda en arbetsgrupp för samverkan mellan elevhälsan och BUP med Karin Berg "
                  "som sammankallande.\n")
    assert ("Karin Berg", "Arbetsgrupp för samverkan mellan elevhälsan och BUP", "join") in f["memberships"]


def test_roster_title_chairing_a_programme_area_without_preposition_is_a_seat_there(tmp_path):
    """"Adjungerad punkt 3: Ingrid Berg, ordförande RPO psykisk hälsa, Region Åby": the guest chairs that
    programområde (written without "i"), no role at this meeting."""
    f = load_text(tmp_path, "lg.txt", _HEAD.replace("NÄRA VÅRD", "KUNSKAPSSTYRNING").rstrip("\n")
                  + "\nAdjungerad punkt 3: Ingrid Berg, ordförande RPO psykisk hälsa, Region Åby\n\n"
                  "§ 3 RPO psykisk hälsa\nIngrid Berg presenterade förslaget till handlingsplan.\n")
    assert ("Ingrid Berg", "RPO psykisk hälsa", "member") in f["memberships"]
    assert not [r for n, _, roles in f["attendance"] if n == "Ingrid Berg" for r in roles if r == "ordförande"]
