"""A network's hurried notes: roles shortened after a dash on the roster ("– sammank."), a point's first
bullet under a title that ends in a preposition ("3) Vilka är med" / "- EPF ny representant …"), what was
said on the heading's own line after its title ("6) Nästa möte: 4/2 kl 13. KL skickar kallelse."), two
doers joined with "+", and the kommuner a task means named in brackets."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """\
LÄNSNÄTVERKET FÖR DIETISTER – Region Norrå med kommuner
anteckn. 5/11-2026, Teams, 13.00–14.45

Närv:
  KL   Karin Lövgren, dietist, Norrå lasarett – sammank.
  HN   Hedvig Nordqvist, dietist, primärvården Region Norrå – antecknar
  JÅB  Johanna Åhlund Berg, kommundietist, Vindeby kommun
  TM   Tarik Mansour, dietist, Lillträsk kommun
  EPF  Elin Pettersson-Frisk, dietist, Gransjö kommun
  OS   Olle Sandberg, dietist, Åsby kommun

1) Rutin SÄBO
   - varje kommun (Vindeby, Lillträsk, Gransjö) provar rutinen på ett SÄBO dec–jan, återkoppl. till JÅB senast 15/1

2) Vilka är med
   - EPF ny representant för Gransjö, efterträder Malin Roos som slutade i sept. Välkommen!

3) Utbildningsdag
   - TM + EPF planerar programmet, förslag till nästa möte

4) Nästa möte: 4/2 2027 kl 13, Teams. KL skickar kallelse.
"""


def _notes(tmp_path):
    return load_text(tmp_path, "lansnatverk_dietister_norra_2026-11-05.txt", NOTES)


def test_a_role_shortened_after_the_dash(tmp_path):
    f = _notes(tmp_path)
    roles = {name: set(r) for name, _, r in f["attendance"]}
    assert "sammankallande" in roles["Karin Lövgren"]
    employers = {org for person, org, change in f["memberships"] if person == "Karin Lövgren" and change == "employment"}
    assert employers == {"Norrå lasarett"}


def test_a_points_first_bullet_is_no_part_of_its_title(tmp_path):
    f = _notes(tmp_path)
    assert ("2", "Vilka är med") in f["items"]
    assert ("Elin Pettersson-Frisk", "Länsnätverket för Dietister", "replace") in f["memberships"]
    assert ("Malin Roos", "Länsnätverket för Dietister", "leave") in f["memberships"]


def test_a_task_on_the_headings_own_line(tmp_path):
    tasks = _notes(tmp_path)["assignments"]
    assert any(who == ("Karin Lövgren",) and task.startswith("skicka kallelse") for who, task in tasks), tasks


def test_two_joined_with_a_plus(tmp_path):
    tasks = _notes(tmp_path)["assignments"]
    assert any(who == ("Elin Pettersson-Frisk", "Tarik Mansour") and task.startswith("planera programmet")
               for who, task in tasks), tasks


def test_the_kommuner_named_in_brackets_and_no_other(tmp_path):
    tasks = _notes(tmp_path)["assignments"]
    (who,) = [w for w, task in tasks if task.startswith("prova rutinen")]
    assert set(who) >= {"Vindeby kommun", "Lillträsk kommun", "Gransjö kommun"}
    assert "Åsby kommun" not in who


PRINTED_ROSTER = """\
Lokal samverkansgrupp Åsby
Minnesanteckningar från möte torsdagen den 25 mars 2027, kl. 08.30–10.30
Närvaro
Namn Verksamhet Närvarande ja/nej
Jessica Falk Äldreomsorgen, Åsby kommun (ordf.) ja
Martin Svensson Individ- och familjeomsorgen, Åsby kommun ja
Anneli Persson Barn- och utbildning, Åsby kommun nej
Karl-Erik Holm Åsbys vårdcentral, Region Norrå ja
Malin Åberg Vuxenpsykiatrin, Region Norrå ja
Emma Nilsson Socialtjänsten, Åsby kommun (sekr.) ja

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. SIP-statistik
Karl-Erik redovisade antalet SIP under 2026.
"""


def test_a_table_printed_with_one_space_between_its_cells(tmp_path):
    f = load_text(tmp_path, "lokal_samverkan_asby_2027-03-25.txt", PRINTED_ROSTER)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Jessica Falk": "present", "Martin Svensson": "present", "Anneli Persson": "absent",
                      "Karl-Erik Holm": "present", "Malin Åberg": "present", "Emma Nilsson": "present"}
    assert not any(len(p.split()) > 2 for p in f["persons"]), f["persons"]


ARROW_NOTES = """\
LOKAL SAMVERKANSGRUPP ÅSBY
Torsdag 9 mars 2028, 13.15–15.00

På mötet:
  Åsby kommun ........ Hanna Sjögren (HS), samordnare, antecknar
                       Åsa Karlberg (ÅK), enhetschef särskilt boende
  Region Norrå ....... Fredrik Ohlsson (FO), verksamhetschef, ordförande
                       Jamila Haddad (JH), distriktsläkare

a) Förra mötet
Anteckningarna från 12 januari lades till handlingarna.

b) Läkarstöd till särskilt boende
Läkarmedverkan enligt överenskommelsen fungerar inte på två av boendena.
JH och ÅK går igenom schemat för läkarbesök tillsammans.
  -> Ansvar: JH, ÅK. Klart till nästa möte.

c) Nytt i gruppen
Från och med nästa möte tar ÅK över som gruppens sekreterare efter HS.

d) Kontaktperson
  -> Ansvar: Elin Sandqvist, socialchef, utser kontaktperson för Åsby kommun senast 31 maj.
"""


def test_the_responsible_line_under_a_sentence_names_who_does_it(tmp_path):
    tasks = load_text(tmp_path, "lokal_samverkan_asby_2028-03-09.txt", ARROW_NOTES)["assignments"]
    assert any(who == ("Jamila Haddad", "Åsa Karlberg") and task.startswith("gå igenom schemat") for who, task in tasks), tasks


def test_a_doer_after_an_arrow_and_a_label_her_title_in_apposition(tmp_path):
    tasks = load_text(tmp_path, "lokal_samverkan_asby_2028-03-09.txt", ARROW_NOTES)["assignments"]
    assert any(who == ("Elin Sandqvist",) and task.startswith("utse kontaktperson") for who, task in tasks), tasks


def test_a_take_over_with_its_time_first(tmp_path):
    ms = {(p, g.casefold(), c) for p, g, c in
          load_text(tmp_path, "lokal_samverkan_asby_2028-03-09.txt", ARROW_NOTES)["memberships"]}
    assert ("Åsa Karlberg", "lokal samverkansgrupp åsby", "replace") in ms
    assert ("Hanna Sjögren", "lokal samverkansgrupp åsby", "leave") in ms


UNIT_SENDS = """\
Lokal samverkan Åsby – anteckningar 11/2 2027

**Med på mötet:** Hampus Lindell (vc-chef, Region Norrå – leder mötet), Birgitta Nord (enhetschef hemtjänst Åsby),
Cecilia Ljung (psykiatrisjuksköterska, vuxenpsykiatrin Åsby)

**1. Nya/avgående i gruppen**
- Cecilia meddelar att hon slutar i gruppen efter sommaren – psykiatrin skickar någon annan
"""


def test_a_unit_sends_another_to_the_seat_and_is_no_person(tmp_path):
    f = load_text(tmp_path, "lokal_samverkan_asby_2027-02-11.md", UNIT_SENDS)
    assert "Psykiatrin" not in f["persons"]
    assert any(who == ("Psykiatrin",) and task == "skicka någon annan" for who, task in f["assignments"]), f["assignments"]
