"""Habits of the secretaries of sister minutes: a working group's notes kept as
a running log, each entry dated and initialled ("2025-11-04 /FO: Bokar lokal …") under points written "P 2.";
a samverkansgrupp's roster as a table "Huvudman | Ordinarie | Ersättare" whose legend marks each name "(N)",
"(F)" or "(–)"; actions written "→ Skicka … Ansv: Eva Ek, Klart: v. 50"; and an uppdragsbeskrivning adopted
"enligt följande" with its content under labels. Each read on a small minutes of its own, loaded alone.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


RUNNING_LOG = """ARBETSGRUPP FÖR UTSKRIVNING – LÖPANDE LOGG
Möte 2025-11-04 kl. 13.00–15.00, Teams

Deltagare (initialer i loggen):
EB  Elin Borg, samordnare, Region Norrby – sammankallande
FO  Fanny Olsson, MAS, Åby kommun
PL  Per Lind, enhetschef, Ekå kommun – för loggen

P 1. Loggen sedan förra mötet
2025-10-07 /FO: Skickat frågan till IT – inget svar ännu.
2025-11-04 /PL: Loggen genomgången. Gruppen beslutade att stänga rad 3.

P 2. Gemensam checklista
2025-11-04 /EB: Arbetsgruppen beslutade att checklistan prövas i båda kommunerna till och med
februari 2026.
2025-11-04 /FO: Tar fram en lista över testpatienter i Åby till 18 november.
2025-11-04 /PL: Kortar checklistan till en sida.

P 3. Ändring i gruppen
2025-11-04 /FO: Lämnar arbetsgruppen vid årsskiftet.

P 4. Nästa möte
2025-11-04 /EB: 2 december kl. 13.00 på Teams.
"""


def test_a_running_log_reads_its_points_entries_and_initialled_tasks(tmp_path):
    """"P 2. Gemensam checklista" is a point; "2025-11-04 /EB: Arbetsgruppen beslutade att …" is a decision
    of the meeting; "2025-11-04 /FO: Tar fram …" is a task of FO (and "/PL: Kortar …" PL's), "… /FO: Lämnar arbetsgruppen" her leaving."""
    f = load_text(tmp_path, "logg.txt", RUNNING_LOG)
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4"]
    assert any(d.startswith("checklistan prövas i båda kommunerna") for d in f["decisions"])
    assert any(who == ("Fanny Olsson",) and t.startswith("ta fram en lista över testpatienter")
               for who, t in f["assignments"])
    assert (("Per Lind",), "korta checklistan till en sida") in f["assignments"]
    assert any(who == "Fanny Olsson" and g.casefold() == "arbetsgrupp för utskrivning" and change == "leave"
               for who, g, change in f["memberships"])


MARKED_ROSTER = """Samverkansgrupp vuxna i Norrby
Minnesanteckningar
Datum: 2025-12-04, kl. 09.00–11.30

Ledamöter och ersättare (N = närvarande, F = förhinder, – = ej kallad)
Huvudman\tOrdinarie\tErsättare
Region Norrby\tEva Lindqvist, verksamhetschef, ordförande (N)\tBo Ek, enhetschef (–)
Åby kommun\tPer Nyholm, socialchef (F)\tKim Sandberg, 1:e socialsekreterare (N, tjänstgör)

1. Rutin för samsjuklighet
Samverkansgruppen ställer sig bakom rutinen.
→ Skicka rutinen med följebrev till LVO:s sekreterare. Ansv: Eva Lindqvist, Klart: v. 50
→ Anmäla representant till arbetsgruppen. Ansv: kommunerna, Klart: v. 3
"""


def test_a_roster_marked_by_its_legend_and_actions_with_ansv_and_klart(tmp_path):
    """"Per Nyholm, socialchef (F)" and "Bo Ek, enhetschef (–)" were away; "→ Skicka … Ansv: Eva Lindqvist,
    Klart: v. 50" is her task, "Ansv: kommunerna" each kommun's and theirs together."""
    f = load_text(tmp_path, "sg.txt", MARKED_ROSTER)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Per Nyholm"] == "absent" and status["Bo Ek"] == "absent"
    assert status["Eva Lindqvist"] == "present" and status["Kim Sandberg"] == "present"
    assert (("Eva Lindqvist",), "skicka rutinen med följebrev till LVO:s sekreterare") in f["assignments"]
    assert any("Åby kommun" in who and any(w.startswith("kommunerna") for w in who) and t.startswith("anmäla representant")
               for who, t in f["assignments"])


ADOPTED_AS_FOLLOWS = """Samverkansgrupp vuxna i Norrby
Minnesanteckningar
Datum: 2025-12-04

Närvarande: Eva Lindqvist (ordförande, Region Norrby), Per Nyholm (Åby kommun)

1. Uppdragsbeskrivning – Arbetsgrupp suicidprevention
Eva Lindqvist presenterade förslaget.
Beslut: Samverkansgruppen fastställer uppdragsbeskrivningen för Arbetsgrupp suicidprevention enligt följande.
Uppdrag: Ta fram ett gemensamt arbetssätt för uppföljning efter suicidförsök.
Sammansättning: En representant från varje kommun och två från regionen.
Rapportering: Arbetsgruppen rapporterar till samverkansgruppen i maj och november.
"""


def test_the_content_of_an_adopted_document_is_no_decision_of_its_own(tmp_path):
    """"… fastställer uppdragsbeskrivningen … enligt följande." is the decision; "Uppdrag: …", "Sammansättning:
    …" under it are the document's content."""
    f = load_text(tmp_path, "sg2.txt", ADOPTED_AS_FOLLOWS)
    assert len(f["decisions"]) == 1, f["decisions"]
    assert "fastställer uppdragsbeskrivningen" in f["decisions"][0]
