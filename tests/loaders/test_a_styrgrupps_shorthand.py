"""A taktisk styrgrupp's notes in shorthand: a roster under "Vilka var med" by huvudman with "– ej närvarande" and
a side's empty seat ("Ekby saknar representant"), decisions as "Klubbat:" and "Beslut: ok …", the day alone under
"Nästa möte", a chair named without a verb, and the body above it by an acronym the notes never spell out.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text, load_texts

NOTES = """## Styrgruppen för barn och unga – Åby
*Taktisk nivå · anteckningar 15/3 2027*

**Vilka var med**

Region Åby: Eva Ek (verksamhetschef BUP)
Norrby kommun: Per Lind (IFO-chef), Anna Berg (MAS)
Tallby kommun: Ola Sund (skolchef) – ej närvarande
Ekby saknar representant sedan januari.

Antecknare: Anna Berg

---

**1 · Förra mötet**
Anteckningarna från 1/2 gicks igenom. Klubbat: läggs till handlingarna.

**2 · Rutin SIP i skolan**
Förslaget från arbetsgruppen gicks igenom rad för rad. Avsnittet om samtycke skrivs om.
Beslut: ok med ändringarna. Rutinen skickas till RLG för beslut 13/4, Per föredrar.
Elevhälsan i Norrby tar fram ett stödmaterial till mentorerna, klart till 1/5.

**3 · Representation**
Klubbat: Per Lind vice ordförande fr.o.m. i dag.

**4 · Rapport**
Styrgruppen rapporterar till RLG varje kvartal.

**5 · Nästa möte**
Beslut: 10/5 kl. 13–15 i Tallby.
"""


def test_roster_under_a_question_with_the_away_marked_in_words(tmp_path):
    f = load_text(tmp_path, "sg.md", NOTES)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Eva Ek"] == "present" and status["Anna Berg"] == "present"
    assert status["Ola Sund"] == "absent"  # "– ej närvarande", not run on with the empty seat's line


def test_the_gavel_and_ok_approve_what_was_read_out(tmp_path):
    f = load_text(tmp_path, "sg.md", NOTES)
    assert "lägga anteckningarna från 1/2 till handlingarna" in f["decisions"]
    assert ("godkänna förslaget från arbetsgruppen med ändringarna och skicka rutinen till RLG för beslut 13/4"
            in f["decisions"])
    assert not any("Elevhälsan" in d or d.startswith("ok") or "klubbat" in d.casefold() for d in f["decisions"])
    assert any(a == ("Elevhälsan, Norrby kommun",) or a == ("Elevhälsan i Norrby",) for a, _ in f["assignments"])


def test_the_next_meeting_and_a_chair_without_a_verb(tmp_path):
    f = load_text(tmp_path, "sg.md", NOTES)
    assert "nästa möte 10/5 kl. 13–15 i Tallby" in f["decisions"]
    assert (("Per Lind",), "vara vice ordförande i Styrgruppen för barn och unga") in f["assignments"]


def test_a_body_reported_to_by_its_acronym(tmp_path):
    f = load_text(tmp_path, "sg.md", NOTES)
    assert any(t == "RLG" and kind == "reports_to" for _, t, kind in f["mandates"])


def test_the_acronym_after_the_titles_place_names_the_body_in_the_batch(tmp_path):
    rlg = ("REGIONAL LEDNINGSGRUPP VÅRD OCH OMSORG – ÅBY (RLG)\nMinnesanteckningar\n\nMötesdatum   2027-02-09\n\n"
           "Närvarande: Eva Ek, Region Åby (ordförande); Per Lind, Norrby kommun\n\n"
           "1  INLEDNING\nDagordningen godkändes.\n\n2  ÖVRIGT\nInget.\n")
    data = load_texts(tmp_path, {"rlg.txt": rlg, "sg.md": NOTES})
    names = {o["id"]: o["name"] for o in data["organizations"]}
    assert "RLG" not in names.values()  # one body, not a second one named by its acronym alone
    assert any(names.get(m["to_id"], "").casefold().startswith("regional ledningsgrupp") and m["classification"] == "reports_to"
               for m in data["mandates"])


def test_reports_listed_by_group_under_a_plural_title(tmp_path):
    text = ("REGIONAL LEDNINGSGRUPP VÅRD OCH OMSORG – ÅBY (RLG)\nMinnesanteckningar\n\nMötesdatum   2027-02-09\n\n"
            "Närvarande: Eva Ek, Region Åby (ordförande); Per Lind, Norrby kommun; Anna Berg, Tallby kommun\n\n"
            "1  INLEDNING\nDagordningen godkändes.\n\n"
            "2  RAPPORTER FRÅN STYRGRUPPERNA\n"
            "a) Styrgruppen för barn och unga (Per Lind). Styrgruppen har tagit fram ett förslag till rutin.\n"
            "b) Styrgruppen för psykisk hälsa (Anna Berg). Handlingsplanen följer tidplanen.\n\n"
            "3  ÖVRIGT\nInget.\n")
    f = load_text(tmp_path, "rlg.txt", text)
    reporting = {frm.casefold() for frm, _, kind in f["mandates"] if kind == "reports_to"}
    assert {"styrgrupp för barn och unga", "styrgrupp för psykisk hälsa"} <= reporting
