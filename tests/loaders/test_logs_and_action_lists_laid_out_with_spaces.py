"""A strategisk ledningsgrupp's notes that close with a decision log and an action list typed as plain-text
tables, columns kept apart with spaces: a long cell wraps onto the line under it, beneath its own column; the
log numbers its rows ("B-28:04") and names the point each was decided under in a "Pkt" column; a date fills
its "Klart" column to one space from the "Status" column beside it."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import _cut_at_starts, _join_wrapped, extract_relations

NOTES = """STRATEGISK LEDNINGSGRUPP FÖR HÄLSA OCH ARBETE – EKVIKS LÄN
Minnesanteckningar

Datum:       Torsdag 9 mars 2028, kl. 09.00–11.00
Plats:       Kommunhuset i Ekvik

Deltagare
  Siv Ardin         socialchef, Ekviks kommun (ordförande)
  Bo Tallgren       arbetsmarknadschef, Ljungby kommun
  Vera Holm         förbundschef, Samordningsförbundet Ekvik (sekreterare)

1. Inledning
Siv Ardin öppnade mötet.

2. Gemensamma insatser
Bo Tallgren redovisade läget i insatserna för unga vuxna.

3. Övrigt
Nästa möte 2028-05-11.

---------------------------------------------------------------------------------
BESLUTSLOGG
---------------------------------------------------------------------------------
Nr       Datum        Beslut                                                   Pkt
B-28:04  2028-03-09   En gemensam mall för uppföljning av insatserna för        2
                      unga vuxna tas fram under våren.
B-28:05  2028-03-09   Mötestiderna för hösten fastställs.                       3

---------------------------------------------------------------------------------
ÅTGÄRDSLISTA
---------------------------------------------------------------------------------
Nr   Åtgärd                                          Ansvarig         Klart      Status
A1   Ta fram ett förslag till gemensam uppföljnings- Bo Tallgren,     2028-05-11 Ny
     mall för insatserna för unga vuxna              Siv Ardin
A2   Boka lokal för höstens möten                    Vera Holm        2028-04-01 Ny
"""


def test_a_decision_logs_wrapped_row_is_one_decision_under_its_pkt():
    """The row's decision goes on under its column on the next line: one decision, all its words, under the
    point its "Pkt" column names (not the row's own number in "Nr")."""
    parsed = parse_minutes(NOTES, "slg.txt")
    logged = {(d.item, d.text) for d in parsed.decisions}
    assert ("2", "En gemensam mall för uppföljning av insatserna för unga vuxna tas fram under våren.") in logged
    assert ("3", "Mötestiderna för hösten fastställs.") in logged
    assert not any(d.text.startswith("unga vuxna") for d in parsed.decisions)


def test_an_action_lists_rows_cut_where_the_header_columns_start():
    """"2028-05-11 Ny": the date one space from the status beside it is still two cells; the task and who is
    responsible wrap onto the next line, the word broken at its hyphen joined whole."""
    parsed = parse_minutes(NOTES, "slg.txt")
    rel = extract_relations(parsed)
    tasks = {(tuple(a.assignees), a.task, a.due_date) for a in rel.assignments}
    assert (("Bo Tallgren", "Siv Ardin"), "ta fram ett förslag till gemensam uppföljningsmall för insatserna för unga vuxna",
            "2028-05-11") in tasks
    assert (("Vera Holm",), "boka lokal för höstens möten", "2028-04-01") in tasks


def test_cells_cut_at_column_starts_only_on_spaces():
    starts = [0, 5, 53, 70, 81]
    row = "A2   Boka lokal för höstens möten                    Vera Holm        2028-04-01 Ny"
    assert _cut_at_starts(row, starts) == ["A2", "Boka lokal för höstens möten", "Vera Holm", "2028-04-01", "Ny"]
    assert _cut_at_starts("Nästa möte hålls i kommunhuset i Ekvik den elfte maj, klockan nio på morgonen", starts) is None


def test_a_hyphen_left_for_a_shared_half_is_kept():
    assert _join_wrapped("Hälso-", "och sjukvårdsförvaltningen") == "Hälso- och sjukvårdsförvaltningen"
    assert _join_wrapped("försörjnings-", "stödet") == "försörjningsstödet"
