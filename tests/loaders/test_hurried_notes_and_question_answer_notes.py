"""Habits of the secretaries of sister minutes: a närvårdsgrupp's notes typed in
a hurry, with no capital at a line's start, "närv:" and "anteckn.", abbreviations and a closing "Att göra till
nästa gång" list with the doer last; a ledningsgrupp's notes kept as "Fråga: … / Svar: …", with "Förhinder hade …"
in the running text of its roster; each read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


HURRIED = """lokal närvårdsgrupp norrby – anteckn. 2026-01-21
kl 13-14.30, hälsocentralen norrby + teams

närv: Eva Lindqvist (EL) ordf., Per Nyholm (PN), Kim Sandberg (KS) och Anna Berg (AB), anteckn. Lisa Ahl (LA) anslöt via teams fr. p. 3. Förhinder: Bo Ek (BE), som skickat ev. frågor via EL.

1. föreg. anteckn.
godkändes utan ändr.

2. kartläggning ang. patienter
PN redovisade läget: 41 resp. 12 pat. i hemsjukv. resp. på korttids.
beslut: kartläggningen lämnas till styrgruppen i befintligt skick.

3. elevhälsan
LA: konsultationstiden har kommit igång, 6 tillfällen hittills.
KS o LA tar fram ett gemensamt informationsblad till vårdnadshavare.
ev. behövs ny rutin ang. remisser – frågan lyfts vidare.

4. gruppens sammansättning
BE går i pension 31/3 o lämnar då gruppen. socialförvaltningen utser ny repr.
beslut: Sara Holm, enhetschef hemtjänst, adjungeras till gruppen tills vidare.

5. övr.
nästa möte 18/3 kl 13, teams.

Att göra till nästa gång
– utkast informationsblad till vårdnadshavare – KS, LA
– bjuda in Sara Holm till nästa möte – Anna
– boka teamslänk för 18/3 – Anna
"""


def test_hurried_notes_numbered_in_lower_case_have_their_items_and_roster(tmp_path):
    """"1. föreg. anteckn." / "godkändes utan ändr.": items numbered in lower case, each title a line of its own
    though the next line starts small too; "närv:" labels the roster, "anteckn." marks the notes' keeper and a
    sentence after it ("Lisa Ahl (LA) anslöt … fr. p. 3.") is a person of the roster too."""
    f = load_text(tmp_path, "narvard.txt", HURRIED)
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4", "5"]
    assert ("2", "kartläggning ang. patienter") in f["items"]
    status = {name: (st, roles) for name, st, roles in f["attendance"]}
    assert status["Lisa Ahl"][0] == "present"
    assert "sekreterare" in status["Anna Berg"][1]
    assert status["Bo Ek"][0] == "absent"
    assert any(d.startswith("godkänna föreg. anteckn") for d in f["decisions"])
    assert any(d.startswith("kartläggningen lämnas till styrgruppen") for d in f["decisions"])


def test_hurried_notes_tasks_in_running_text_and_in_the_closing_list(tmp_path):
    """"KS o LA tar fram …" ("o" for "och"), a sentence ended at its line's full stop though the next line starts
    small; the "Att göra till nästa gång" rows with the doer last, by initials or a given name, a row naming a
    thing to deliver ("utkast …") ending no list."""
    f = load_text(tmp_path, "narvard.txt", HURRIED)
    tasks = {task: who for who, task in f["assignments"]}
    assert any(t.startswith("ta fram ett gemensamt informationsblad") and w == ("Kim Sandberg", "Lisa Ahl")
               for t, w in tasks.items())
    assert tasks.get("bjuda in Sara Holm till nästa möte") == ("Anna Berg",)
    assert tasks.get("boka teamslänk för 18/3") == ("Anna Berg",)


def test_hurried_notes_seats_left_and_joined(tmp_path):
    """"… lämnar då gruppen. socialförvaltningen utser …": a sentence ends at its full stop though the next starts
    small; "Sara Holm, enhetschef, adjungeras till gruppen": she joins it."""
    f = load_text(tmp_path, "narvard.txt", HURRIED)
    changes = {(p, ch) for p, _, ch in f["memberships"]}
    assert ("Bo Ek", "leave") in changes
    assert ("Sara Holm", "join") in changes


QUESTIONS = """# Regional ledningsgrupp för vård och omsorg i Norrby – minnesanteckningar

**Datum:** 2026-01-23, kl. 09.00–11.30
**Plats:** Regionhuset, Norrby

**Deltagare:** Eva Lindqvist, hälso- och sjukvårdsdirektör, Region Norrby (ordförande); Per Nyholm, socialchef, Åby kommun; Kim Sandberg, förvaltningschef, Ekå kommun. Förhinder hade Lisa Ahl, socialchef, Ekå kommun.

**Anteckningar:** Anna Berg, utvecklingsledare, Region Norrby

## 1. Föregående anteckningar

**Fråga:** Kan anteckningarna från mötet den 12 december läggas till handlingarna?
**Svar:** Ja. Anteckningarna lades till handlingarna.

## 2. Mobila team

**Fråga:** Ska piloten i Åby förlängas?
**Svar:** Ja, ledningsgruppen beslutade att förlänga piloten till och med den 31 december 2026. Per Nyholm och Kim Sandberg bekräftar detta skriftligt till Anna Berg före februari månads utgång.

## 3. Övriga frågor

**Fråga (Kim Sandberg):** Bo Ek har lämnat ledningsgruppen – vem har Ekås plats?
**Svar:** Kim Sandberg är från och med dagens möte ordinarie ledamot för Ekå kommun i ledningsgruppen.
"""


def test_questions_and_answers_decide_as_their_answers_say(tmp_path):
    """"Svar: Ja, ledningsgruppen beslutade att …": the answer's labels and its bare yes are no words of the
    decision; "Förhinder hade X, title, org." in the roster's running text is who was away."""
    f = load_text(tmp_path, "rlg.md", QUESTIONS)
    assert any(d.startswith("förlänga piloten till och med den 31 december 2026") for d in f["decisions"])
    assert not any(d.lower().startswith(("svar", "ja")) for d in f["decisions"])
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Lisa Ahl"] == "absent"


def test_a_written_confirmation_owed_and_a_seat_held_from_today(tmp_path):
    """"X och Y bekräftar detta skriftligt till Z": a task; "X är från och med dagens möte ordinarie ledamot …
    i ledningsgruppen": a seat taken in the body that met."""
    f = load_text(tmp_path, "rlg.md", QUESTIONS)
    assert any(t.startswith("bekräfta detta skriftligt till Anna Berg") and w == ("Kim Sandberg", "Per Nyholm")
               for w, t in f["assignments"])
    assert any(p == "Kim Sandberg" and ch == "join" for p, _, ch in f["memberships"])


AFTER_COMMA = """Lokal närvårdsgrupp Norrby
Minnesanteckningar 2026-01-21

Närvarande: Eva Lindqvist, Per Nyholm, Anna Berg

1. Kartläggning
Uppdraget kommer från Styrgruppen för Nära vård Norrby, resultatet ska dit den 18 februari.

2. Övrigt
Inget att rapportera.
"""


def test_a_body_named_before_a_comma_ends_where_a_clause_of_its_own_begins(tmp_path):
    """"… från Styrgruppen för Nära vård Norrby, resultatet ska dit …": the name ends at the comma, the words after
    it a clause with its own verb."""
    f = load_text(tmp_path, "narvard.txt", AFTER_COMMA)
    bodies = {b for m in f["mandates"] for b in m[:2]}
    assert {"Styrgrupp för Nära vård Norrby", "Lokal närvårdsgrupp Norrby"} <= bodies
    assert not any("resultatet" in b for b in bodies)
