"""Habits of a county's secretaries seen in a samverkansgrupp's hurried notes, a ledningsgrupp's protocol and a
processteam's notes: a title line with the time and place after a comma, "Fr:" for förhinder, "o" for "och", the
work going on before what is to be done ("EP o HS fortsätter, redovisar …"), a line of initials after a "Till X:"
list, a body tasked in the passive inside an att-list ("…, att samverkansgrupp X ges i uppdrag att …"), the thanks
after a decided point, a tasked body's wish
for another after "och vill att", and a paper handed in in the genitive ("har lämnat processteamets återrapport");
each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_docx_text, load_text

HURRIED = """Vuxna - anteckn. 19/2 2031
Samverkansgrupp Vuxna, kl 13-15.30, Ekby stadshus + Teams

Närv: LW (ordf, Region Åby), ÅD (Region Åby), NK (Norrby kommun), EP (Ekby kommun), MH (ersättare Lunda kommun)
Fr: RN (Lunda kommun), DA (ersättare Norrby kommun)
Ant: Ida Persson, Region Åby

Initialer: LW Lena Westberg, ÅD Åsa Dahlgren, NK Niklas Karlsson, EP Emma Pettersson, MH Mona Hägg, RN Rasmus Nord, DA David Andersson

1) Samsjuklighet
EP: Ekby klar, Norrby remiss ute.
-> Beslut: EP o NK fortsätter, redovisar läget i april.

2) Ledamöter
MH ny ordinarie för Lunda fr.o.m. 1/3 istället för RN (RN byter tjänst).

3) Till Styrgrupp Åby:
- Gemensam läkarkontakt vid boendestöd unga vuxna
- Läget lokala överenskommelser (info)
LW tar med punkterna till Styrgrupp Åby 19/3.
"""


def test_a_hurried_groups_title_time_and_forhinder_shorthand(tmp_path):
    """The title line's ", kl 13-15.30, Ekby stadshus + Teams" is the meeting's time and place, no part of the body's
    name; "Fr:" under "Närv:" lists the absent."""
    f = load_text(tmp_path, "vuxna.txt", HURRIED)
    assert f["body"] == "Samverkansgrupp Vuxna"
    status = {n: s for n, s, _ in f["attendance"]}
    assert status["Rasmus Nord"] == "absent" and status["David Andersson"] == "absent"
    assert status["Niklas Karlsson"] == "present"


def test_hurried_och_the_work_going_on_a_seat_taken_over_and_points_carried_up(tmp_path):
    f = load_text(tmp_path, "vuxna.txt", HURRIED)
    # "EP o NK fortsätter, redovisar läget i april": a task of both, what they are to do the verb after
    assert any(set(w) == {"Emma Pettersson", "Niklas Karlsson"} and "redovisa läget i april" in t
               for w, t in f["assignments"])
    # "MH ny ordinarie för Lunda fr.o.m. 1/3 istället för RN (…)": the seat taken over, with no verb
    assert ("Mona Hägg", "Samverkansgrupp Vuxna", "replace") in f["memberships"]
    assert ("Rasmus Nord", "Samverkansgrupp Vuxna", "leave") in f["memberships"]
    # "LW tar med punkterna till Styrgrupp Åby 19/3." after the list: her task, and the points referred up
    assert any(w == ("Lena Westberg",) and t.startswith("ta med punkterna till Styrgrupp Åby") for w, t in f["assignments"])
    assert ("Samverkansgrupp Vuxna", "Styrgrupp Åby", "refers") in f["mandates"]


LEDNINGSGRUPP = """PROTOKOLL
Ledningsgruppen för vård och omsorg i Åby (LVÅ)
Sammanträdesdatum: 2030-12-11
Beslutande: Karin Öberg, ordförande, Ekby kommun; Fredrik Nyström, Region Åby; Sara Eklund, Lunda kommun
§ 51 Utskrivning
Fredrik Nyström redovisade att vårddagarna har ökat.
LVÅ beslutar att Styrgrupp hemsjukvård ges i uppdrag att analysera orsakerna till ökningen. Uppdraget redovisas för LVÅ den 19 mars 2031.
§ 52 Gemensam ingång
LVÅ beslutar att godkänna förslaget i sak, att samverkansgrupp Barn och unga ges i uppdrag att ta fram en plan för införandet, och att planen ska redovisas för LVÅ i juni 2031.
§ 53 Ny ledamot
Sara Eklund går i pension vid årsskiftet.
LVÅ beslutar att notera informationen och tackar Sara Eklund för hennes arbete i ledningsgruppen.
"""


def test_a_body_tasked_in_the_passive_inside_an_att_list_and_thanks_after_a_point(tmp_path):
    f = load_docx_text(tmp_path, "lva.docx", LEDNINGSGRUPP)
    # "…, att samverkansgrupp X ges i uppdrag att …": an att-clause of its own, a task and a mandate
    assert "godkänna förslaget i sak" in f["decisions"]
    assert any(w == ("Samverkansgrupp barn och unga",) or w == ("Samverkansgrupp Barn och unga",) for w, _ in f["assignments"])
    assert any(fr.startswith("Ledningsgrupp") for fr, to, k in f["mandates"]
               if k == "delegates" and to.casefold() == "samverkansgrupp barn och unga")
    # "… att notera informationen och tackar Sara Eklund …": the thanks is said, not decided
    assert "notera informationen" in f["decisions"]


PROCESSTEAM = """# Processteam Rehab – minnesanteckningar 2031-03-04

**Uppdragsgivare:** Styrgrupp rehab

**Deltog:** Eva Ek, processledare, Region Åby (sammankallande); Bo Lund, Ekby kommun
**Förhinder:** Per Holm, Norrby kommun

## 1. Återrapport

Eva har lämnat processteamets återrapport till Styrgrupp rehab den 20 februari. Styrgruppen har fått i uppdrag av LSVO att analysera vårddagarna och vill att processteamet tar fram underlaget.
"""


def test_a_paper_handed_in_in_the_genitive_and_a_tasked_bodys_wish_for_another(tmp_path):
    f = load_text(tmp_path, "pt.md", PROCESSTEAM)
    # "Eva har lämnat processteamets återrapport till …": a paper handed in, no seat left
    assert not any(p == "Eva Ek" and c == "leave" for p, _, c in f["memberships"])
    # "… att analysera vårddagarna och vill att processteamet tar fram underlaget": two tasks, two doers
    assert (("Styrgrupp rehab",), "analysera vårddagarna") in f["assignments"]
    assert (("Processteam Rehab",), "ta fram underlaget") in f["assignments"]
