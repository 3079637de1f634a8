"""Habits of taktisk and operativ bodies' notes: one decided sentence that holds two of the body's acts joined by
"och" ("Gruppen fastställer dagordningen och utser Eva Ek till justerare", "… beslutar att hålla möte två gånger
per termin och utser Per Lund till sammankallande"), each a decided point of its own (an approval handed on,
"godkänner rapporten och överlämnar den till styrgruppen", stays one); and a standing dialogue meeting between two parties kept as questions and answers: its title names the body that
met ("Dialogmöte BUP – elevhälsan i Åby"), its roster tells each party's people "från" its unit and huvudman
("Från BUP, Region Åby: …"), who answered each question presents the point ("Svar (Per Lund): …"; who asked it,
"Fråga (Eva Ek): …", does not), and "Överenskommet: …" labels what was agreed on it; each read on a small minutes of its
own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text


def _load(tmp_path: Path, text: str) -> dict:
    return load_text(tmp_path, "m.txt", text)


def _presenters(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(item number, presenter) of minutes written as ``text``, loaded alone."""
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "p.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    n = {e["id"]: e["name"] for e in data["persons"]}
    return {(i["number"], n[p]) for e in data["events"] for i in e["agenda"] for p in i.get("presenter_ids") or []}


TWO_ACTS = """Samverkansgrupp vuxna Åby
Minnesanteckningar 2027-03-03

Närvarande
Eva Ek, ordförande, Åby kommun
Per Lund, Norrby kommun
Karin Holm, Region Åby

1. Mötets öppnande
Gruppen fastställer dagordningen och utser Per Lund till justerare.

2. Mötesformer
Karin Holm tog upp att mötena varit oregelbundna. Gruppen beslutar att hålla möte två gånger per termin och utser
Karin Holm till sammankallande.

3. Årsrapport
Beslut: Gruppen godkänner årsrapporten för 2026 och överlämnar den till styrgruppen i Åby.
"""


def test_one_sentence_two_acts_of_the_body(tmp_path):
    """"fastställer dagordningen och utser Per Lund till justerare": the agenda set and the justerare chosen are
    two decided points, the second in the infinitive as the first; an appointment after any decided point too;
    an approval handed on is one point."""
    f = _load(tmp_path, TWO_ACTS)
    d = f["decisions"]
    assert "fastställa dagordningen" in d, d
    assert "utse Per Lund till justerare" in d, d
    assert "hålla möte två gånger per termin" in d, d
    assert any(x.startswith("utse Karin Holm till sammankallande") for x in d), d
    assert any(x.startswith("godkänner årsrapporten för 2026 och överlämnar den") for x in d), d


DIALOGUE = """DIALOGMÖTE BUP – ELEVHÄLSAN I ÅBY
Minnesanteckningar

Datum: 2027-03-10, kl. 14.00–15.30
Plats: BUP-mottagningen Åby

Närvarande
Från BUP, Region Norrby: Per Lund (enhetschef), Lisa Berg (psykolog)
Från Åby kommun, elevhälsan: Eva Ek (verksamhetschef, mötets ordförande), Ola Ås (skolkurator)
Antecknare: Ola Ås

1. Varför skickas remisser tillbaka?
Fråga (Ola Ås): Flera remisser har returnerats utan bedömning. Vad saknas?
Svar (Lisa Berg): De flesta saknade skattningsskalor.
Överenskommet: Elevhälsan använder BUP:s checklista från och med vårterminen.

2. Konsultation
Fråga (Eva Ek): Kan BUP delta i elevhälsoteamens möten?
Svar (Per Lund): BUP kan erbjuda konsultationstid en gång i månaden.

Nästa dialogmöte: 5 maj 2027.
"""


def test_a_dialogue_meeting_kept_as_questions_and_answers(tmp_path):
    """The capitals' title names the dialogue that met; "Från BUP, Region Norrby: …" its people by their unit and
    huvudman ("mötets ordförande" chaired it); the one who answers presents the point, not the one who asks; "Överenskommet:" labels a decision."""
    f = _load(tmp_path, DIALOGUE)
    assert f["body"].casefold() == "dialogmöte bup – elevhälsan i åby", f["body"]
    present = {name for name, st, _ in f["attendance"] if st == "present"}
    assert {"Per Lund", "Lisa Berg", "Eva Ek", "Ola Ås"} <= present, f["attendance"]
    assert any(name == "Eva Ek" and "ordförande" in roles for name, _, roles in f["attendance"]), f["attendance"]
    said = _presenters(tmp_path, DIALOGUE)
    assert {("1", "Lisa Berg"), ("2", "Per Lund")} <= said, said
    assert not {("1", "Ola Ås"), ("2", "Eva Ek")} & said, said
    assert any(d.startswith("Elevhälsan använder BUP:s checklista") for d in f["decisions"]), f["decisions"]


RETRO = """Processteam Första linjen Åby
Dokumentation från workshop 2027-01-27

Deltagare: Eva Ek, Per Lund, Ola Ås

1. Inledning
Eva Ek hälsade välkommen.

2. Vad har fungerat bra? (gröna lappar)
• ”Ett telefonnummer för alla”

3. Vad behöver bli bättre? (gula lappar)
• ”Remisser studsar”

4. Prioritering
Varje deltagare hade tre prickar.
Tema\tPrickar
Dokumentation\t7
Föräldrar\t2
Teamet beslutade att under våren prioritera dokumentation. Föräldrarna tas upp efter sommaren.
"""


def test_a_workshops_questions_as_titles_and_a_decision_under_its_dot_vote(tmp_path):
    """"2. Vad har fungerat bra? (gröna lappar)": a workshop's question, a note in brackets after it, titles the
    point; the sentence right under a table of two short columns (the dot vote, as Word's table reads without a
    blank line after it) is a sentence of its own, the team's decision."""
    f = _load(tmp_path, RETRO)
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4"], f["items"]
    assert "under våren prioritera dokumentation" in f["decisions"], f["decisions"]


RECAP = """Från: Eva Ek
Ämne: Sammanfattning: Arbetsgrupp hjälpmedel Åby 19/1

Arbetsgrupp hjälpmedel Åby – Teams-möte
tisdag 19 januari 2027, 13:00–14:30

Deltagare
Eva Ek – MAS, Åby kommun (sammankallande)
Per Lund – förskrivare, Region Norrby

Sammanfattning
Mötet handlade om förskrivningsstödet. Gruppen beslutade att rutinen börjar gälla den 1 mars 2027.

Anteckningar

Nytt förskrivningsstöd
  • Per Lund tog upp frågan om det nya förskrivningsstödet, som tas i drift den 15 februari.
  • Alla förskrivare behöver gå den digitala utbildningen innan de får behörighet.

Rutin för utprovning
  • Eva Ek tog upp att distriktssköterskorna ofta får frågor om utprovning.
  • Gruppen enades om att kommunens sjuksköterska gör utprovningen i hemsjukvården.

Uppföljningsuppgifter
  • @Per Lund skickar ut lathunden till alla förskrivare senast den 29 januari.
"""


def test_a_recaps_notes_section_in_plain_text_is_opened_into_its_topics(tmp_path):
    """A Teams recap typed as plain text: "Anteckningar" over the topics' titles holds nothing of its own, so the
    topics are the points (as a Markdown recap's "## Anteckningar" is opened), each presented by who "tog upp" it."""
    f = load_text(tmp_path, "recap.txt", RECAP)
    titles = [t for _, t in sorted(f["items"], key=lambda x: int(x[0]))]
    assert "Anteckningar" not in titles and "Nytt förskrivningsstöd" in titles, titles
    said = _presenters(tmp_path, RECAP)
    number = {t: n for n, t in f["items"]}
    assert (number["Nytt förskrivningsstöd"], "Per Lund") in said, said
