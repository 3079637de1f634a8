"""Habits of secretaries of sister minutes: a roster appended as "Bilaga 1 – Närvaro …" under
"Närvarande: se bilaga 1", a doer's tasks listed under a heading "Uppdrag till X:", a question that "bereds
vidare av X", a body that "svarar inför" another, a seat "som representant för kommunens rehabenhet", a case
handed on "med en begäran om …", and a mail subject ending with the day over the notes' full title; each read
on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts


def _load(tmp_path: Path, text: str, suffix: str = "md") -> dict:
    path = tmp_path / f"m.{suffix}"
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


HEAD = """# Processteam utskrivning Brunnby

Minnesanteckningar 2026-12-15
Plats: Teams
Närvarande: Eva Ek, Region Brunnby; Per Lind, Ösby kommun; Sara Holm, Åbyns kommun

"""


def test_roster_appended_as_bilaga_narvaro(tmp_path):
    """"Närvarande: se bilaga 1" and "Bilaga 1 – Närvaro 15 december 2026", a table closing the notes: those
    marked present took part, the one with förhinder did not, and all sit in the body."""
    f = _load(tmp_path, """# Processteam utskrivning Brunnby

Minnesanteckningar 2026-12-15
Närvarande: se bilaga 1

## 1. Inledning
Eva Ek hälsade välkommen.

## 2. Nästa möte
9 februari 2027.

### Bilaga 1 – Närvaro 15 december 2026

| Namn | Funktion | Organisation | Närvaro |
|---|---|---|---|
| Eva Ek | processledare | Region Brunnby | Närvarande |
| Per Lind | enhetschef | Ösby kommun | Närvarande |
| Sara Holm | biståndshandläggare | Åbyns kommun | Anmält förhinder |
""")
    att = {(a[0], a[1]) for a in f["attendance"]}
    assert {("Eva Ek", "present"), ("Per Lind", "present"), ("Sara Holm", "absent")} <= att, f["attendance"]


def test_tasks_listed_under_uppdrag_till(tmp_path):
    """"### Uppdrag till Eva Ek:" over a bulleted list: each bullet a task of hers."""
    f = _load(tmp_path, HEAD + """## 1. Återrapport
Eva Ek visade siffrorna för hösten.

### Uppdrag till Eva Ek:
- sammanställa decemberrapporten och skicka den till ledningsgruppen
- boka en genomgång med biståndsenheten i Ösby

## 2. Övrigt
Inget.
""")
    tasks = {(who, task) for who, task in f["assignments"]}
    assert any(who == ("Eva Ek",) and task.startswith("sammanställa decemberrapporten") for who, task in tasks), tasks
    assert any(who == ("Eva Ek",) and task.startswith("boka en genomgång") for who, task in tasks), tasks


def test_question_prepared_further_by(tmp_path):
    """"Frågan bereds vidare av Per Lind och Sara Holm till februarimötet": their task; by a body, the question
    referred to it."""
    f = _load(tmp_path, HEAD + """## 1. Fast vårdkontakt
Per Lind berättade om läget i Ösby. Frågan bereds vidare av Per Lind och Sara Holm till februarimötet.

## 2. SIP i skolan
Frågan om skolans roll bereds vidare av Arbetsgrupp SIP Brunnby, som har hand om riktlinjen.
""")
    tasks = {(who, task) for who, task in f["assignments"]}
    assert any(set(who) == {"Per Lind", "Sara Holm"} and task.startswith("bereda frågan vidare") for who, task in tasks), tasks
    assert any(who == ("Arbetsgrupp SIP Brunnby",) and task.startswith("bereda frågan om skolans roll") for who, task in tasks), tasks
    assert ("Processteam utskrivning Brunnby", "Arbetsgrupp SIP Brunnby", "refers") in f["mandates"], f["mandates"]


def test_body_answers_to_another(tmp_path):
    """"Processteamet svarar inför Ledningsgruppen för samverkan i Brunnby (RLG) för …": it reports to it, the
    body's name whole though "för" is in it."""
    f = _load(tmp_path, HEAD + """## 1. Uppföljning
Processteamet svarar inför Ledningsgruppen för samverkan i Brunnby (RLG) för den månadsvisa uppföljningen av
utskrivningsklara vårddagar.
""")
    assert any(m[0] == "Processteam utskrivning Brunnby" and m[1].startswith(("Ledningsgruppen för samverkan i Brunnby", "Ledningsgrupp för samverkan i Brunnby"))
               and m[2] == "reports_to" for m in f["mandates"]), f["mandates"]


def test_seat_for_a_unit_in_the_genitive(tmp_path):
    """"Amira Sten ersätter Erik Sand som representant för kommunens rehabenhet": the seat is in the body that
    met; the unit is no body."""
    f = _load(tmp_path, HEAD.replace("Sara Holm, Åbyns kommun", "Sara Holm, Åbyns kommun; Erik Sand, Ösby kommun")
              + """## 1. Gruppen
Amira Sten ersätter Erik Sand som representant för kommunens rehabenhet från och med 1 januari.
""")
    ms = set(f["memberships"])
    assert ("Amira Sten", "Processteam utskrivning Brunnby", "replace") in ms, ms
    assert not any("rehabenhet" in m[1] for m in ms), ms


def test_case_handed_on_with_a_request_is_a_referral(tmp_path):
    """"Ärendet överlämnas till Styrgruppen för Nära vård Brunnby med en begäran om …": a referral, no
    delegation."""
    f = _load(tmp_path, HEAD + """## 1. Avvikelser
Sara Holm redovisade avvikelserna.
Beslut: Ärendet överlämnas till Styrgruppen för Nära vård Brunnby med en begäran om en gemensam genomgång av
delegeringsrutinerna.
""")
    kinds = {m[2] for m in f["mandates"] if m[1].startswith(("Styrgruppen för Nära vård", "Styrgrupp för Nära vård"))}
    assert kinds == {"refers"}, f["mandates"]


def test_mail_subject_with_the_day_over_the_full_title(tmp_path):
    """"Subject: Anteckningar AG korttidsplatser 2 dec" over "ARBETSGRUPP FÖR KORTTIDSPLATSER – ANTECKNINGAR":
    the body in full."""
    f = _load(tmp_path, """From: Eva Ek <eva.ek@brunnby.se>
To: ag-korttid@lists.brunnby.se
Date: Thu, 03 Dec 2026 09:41:12 +0100
Subject: Anteckningar AG korttidsplatser 2 dec
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej alla,

här kommer anteckningarna.

/Eva

------------------------------------------------------------
ARBETSGRUPP FÖR KORTTIDSPLATSER – ANTECKNINGAR
Onsdag 2 december 2026 kl. 14.00–16.00, Ösby vård- och omsorgsboende

Deltog:
Eva Ek, Ösby kommun (sammankallande)
Per Lind, Region Brunnby

1. Beläggning
Eva visade beläggningen.
""", suffix="eml")
    assert f["body"].casefold() == "arbetsgrupp för korttidsplatser", f["body"]


def test_proposal_that_another_body_give_the_task(tmp_path):
    """"Beslut: Gruppen föreslår Ledningsgruppen … att ge Arbetsgrupp SIP Brunnby i uppdrag att …": a
    recommendation to the body above; no task is given yet, and the proposing clause is no body."""
    f = _load(tmp_path, HEAD + """## 1. Placerade barns hälsa
Sara Holm redovisade läget.
Beslut: Gruppen föreslår Ledningsgruppen för samverkan i Brunnby att ge Arbetsgrupp SIP Brunnby i uppdrag att ta
fram en gemensam rutin för hälsoundersökningar av placerade barn.
""")
    assert not any("Arbetsgrupp SIP Brunnby" in who for who, _ in f["assignments"]), f["assignments"]
    assert not any(m[1] == "Arbetsgrupp SIP Brunnby" and m[2] == "delegates" for m in f["mandates"]), f["mandates"]
    assert any(m[2] == "recommends" for m in f["mandates"]), f["mandates"]
    # and a question prepared further by a body is referred to it, not delegated
    g = _load(tmp_path / "b", HEAD + """## 1. SIP i skolan
Frågan om skolans roll bereds vidare av Arbetsgrupp SIP Brunnby.
""") if (tmp_path / "b").mkdir() is None else None
    assert not any(m[1] == "Arbetsgrupp SIP Brunnby" and m[2] == "delegates" for m in g["mandates"]), g["mandates"]


def test_uppdraget_kommer_fran_under_the_bodys_own_uppdrag(tmp_path):
    """"Uppdraget kommer från Ledningsgruppen …" under a point titled "Gruppens uppdrag 2027": the mandate, and
    the title is no task."""
    f = _load(tmp_path, HEAD + """## 1. Gruppens uppdrag 2027
Uppdraget kommer från Ledningsgruppen för samverkan i Brunnby, som i oktober fastställde en reviderad
uppdragsbeskrivning.
""")
    assert not any("uppdrag 2027" in task for _, task in f["assignments"]), f["assignments"]
    assert any(m[2] == "delegates" and m[1] == "Processteam utskrivning Brunnby" for m in f["mandates"]), f["mandates"]
