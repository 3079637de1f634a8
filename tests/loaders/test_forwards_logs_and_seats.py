"""Genre rules met in blind minutes by other secretaries: notes forwarded in a mail, a decision log typed with
pipes between its cells only, a roster table with an initials column, a decision cell whose att-clauses ran
together, a deputy moving up, a new ersättare appointed "till ny ersättare",
and an uppdrag whose report back names no one.

Made-up places only (Åby, Norrby, Ekby).
"""
from __future__ import annotations

from pathlib import Path

from test_read_formats import load_text


def test_forwarded_head_dates_the_sending_not_the_meeting(tmp_path: Path) -> None:
    """A forwarded message's "Datum:" line, between "Från:" and "Ämne:", is when the notes were sent; the notes'
    own heading dates the meeting."""
    text = ("Hej!\n\nVidarebefordrar Evas anteckningar.\n\n/Per\n\n"
            "---------- Vidarebefordrat meddelande ----------\n"
            "Från: Eva Ek <eva.ek@aby.se>\n"
            "Datum: tors 7 mars 2029 kl 16:02\n"
            "Ämne: Anteckningar arbetsgrupp demens 6 mars\n"
            "Till: Per Lind <per.lind@aby.se>\n\n"
            "Anteckningar arbetsgrupp demens, onsdag 6 mars 2029 kl. 13–15, Teams\n\n"
            "Närvarande:\nEva Ek, demenssjuksköterska, Åby kommun (sammankallande)\n"
            "Per Lind, geriatriker, Region Norrby\n\n"
            "1. Demensteam\nPer berättade om demensteamen. Gruppen beslutade att bjuda in teamen till nästa möte.\n\n"
            "2. Nästa möte\n17 april 2029.\n")
    assert load_text(tmp_path, "ag.txt", text)["date"] == "2029-03-06"


def test_decision_log_typed_with_inner_pipes_is_read_by_its_dates(tmp_path: Path) -> None:
    """A log "Nr | Datum | Punkt | Beslut | Ansvarig" with no pipe at the rows' ends, its long cells typed on over
    rows whose first cells are empty: this meeting's rows are its decisions, an earlier meeting's are not, and a
    decision told in the text with "se beslutslogg" is worded as its row (the log closing the notes)."""
    text = ("Samverkansgrupp Äldre Åby\nAnteckningar 2029-03-19\n\n"
            "Närvarande: Eva Ek, Åby kommun (ordförande), Per Lind, Norrby kommun\n\n"
            "1. Inledning\nDagordningen godkändes, se beslutslogg.\n\n"
            "2. Demens\nGruppen ställde sig bakom förslaget, se beslutslogg.\n\n"
            "3. Övrigt\nInget.\n\n"
            "BESLUTSLOGG 2029\n"
            "Nr      | Datum      | Punkt | Beslut                                   | Ansvarig\n"
            "B29-01  | 2029-02-19 | 4     | Ge Arbetsgrupp demens i uppdrag att      | EE\n"
            "        |            |       | kartlägga väntetiderna                   |\n"
            "B29-02  | 2029-03-19 | 1     | Godkänna dagordningen                    | -\n"
            "B29-03  | 2029-03-19 | 2     | Ställa sig bakom förslaget om en         | -\n"
            "        |            |       | namngiven kontakt i varje kommun         |\n")
    assert load_text(tmp_path, "sg.txt", text)["decisions"] == [
        "Godkänna dagordningen", "Ställa sig bakom förslaget om en namngiven kontakt i varje kommun"]


def test_roster_table_with_initials_column_reads_its_presence_marks(tmp_path: Path) -> None:
    """"| Init. | Namn | Verksamhet | Närv. |": the initials column is known, so the "nej" marks the absent."""
    text = ("# Lokal samverkan Åby – anteckningar 7/2 2029\n\n"
            "| Init. | Namn | Verksamhet | Närv. |\n|---|---|---|---|\n"
            "| EE | Eva Ek | enhetschef, Åby kommun | ja |\n"
            "| PL | Per Lind | kurator, Region Norrby | nej |\n"
            "| AB | Anna Berg | sjuksköterska, Region Norrby | ja |\n\n"
            "## 1. Förra mötets anteckningar\nGodkändes.\n\n## 2. Nästa möte\n7 mars.\n")
    att = load_text(tmp_path, "lokal.md", text)["attendance"]
    assert [(name, status) for name, status, _ in att] == [
        ("Anna Berg", "present"), ("Eva Ek", "present"), ("Per Lind", "absent")]


def test_att_clause_naming_who_holds_a_duty_is_a_decision_of_its_own(tmp_path: Path) -> None:
    """"…, att Samverkansgrupp Vuxna är sammankallande för uppdraget" run on after the clause before it (a Word
    cell's paragraphs joined) is a decided point of its own."""
    text = ("Ledningsgruppen Åby\nProtokoll 2029-02-15\n\n"
            "Närvarande: Eva Ek, Åby kommun (ordförande), Per Lind, Norrby kommun\n\n"
            "§ 4 Övergång mellan BUP och vuxenpsykiatri\nFöredragande: Eva Ek\n"
            "Beslut: Ledningsgruppen beslutar att ge Samverkansgrupp Unga och Samverkansgrupp Vuxna i uppdrag att "
            "gemensamt kartlägga övergången, att Samverkansgrupp Vuxna är sammankallande för uppdraget.\n\n"
            "§ 5 Nästa möte\n2029-05-14.\n")
    assert len(load_text(tmp_path, "lg.txt", text)["decisions"]) == 2


def test_deputy_moving_up_and_new_deputy_appointed(tmp_path: Path) -> None:
    text = ("Styrgrupp Barnahus Åby\nMinnesanteckningar 2029-01-29\n\n"
            "Närvarande: Eva Ek, Åby kommun (sammankallande), Per Lind, Norrby kommun, Sara Holm, Norrby kommun "
            "(ersättare)\n\n"
            "1. Förändringar i styrgruppen\nPer Lind lämnar styrgruppen den 1 mars. Sara Holm, som i dag är ersättare, "
            "blir ordinarie ledamot för Norrby kommun från samma datum, och Norrby kommun har utsett Olof Ström, "
            "enhetschef barn och familj, till ny ersättare.\n\n2. Nästa möte\n2029-05-14.\n")
    ms = load_text(tmp_path, "sg.txt", text)["memberships"]
    assert ("Sara Holm", "Styrgrupp Barnahus Åby", "replace") in ms
    assert ("Olof Ström", "Styrgrupp Barnahus Åby", "join") in ms


def test_uppdrag_reported_back_to_no_one_named_reports_to_the_giver(tmp_path: Path) -> None:
    text = ("Samverkansgrupp Äldre Åby\nAnteckningar 2029-03-19\n\n"
            "Närvarande: Eva Ek, Åby kommun (ordförande), Per Lind, Norrby kommun\n\n"
            "1. Demens\nSamverkansgruppen beslutade att ge Arbetsgrupp demens i uppdrag att följa upp väntetiderna "
            "och redovisa igen i november 2029.\n\n2. Nästa möte\n2029-05-21.\n")
    md = load_text(tmp_path, "sg.txt", text)["mandates"]
    assert ("Arbetsgrupp demens", "Samverkansgrupp Äldre Åby", "reports_to") in md


def test_typed_roster_row_keeps_its_last_cell_apart(tmp_path: Path) -> None:
    """"Eva Ek         Region Norrby, verksamhetschef geriatriken   ordförande": each typed gap parts two cells, so
    the last cell is her role and no word of her title."""
    text = ("Samverkansgrupp Äldre Åby\nAnteckningar 2029-03-19, kl. 09.00-12.00\n\n"
            "Närvarande\n"
            "  Eva Ek                  Region Norrby, verksamhetschef geriatriken   ordförande\n"
            "  Per Lind                Åby kommun, MAS\n"
            "Förhinder\n"
            "  Anna Berg               Ekby kommun, avdelningschef\n\n"
            "1. Inledning\nDagordningen godkändes.\n\n2. Nästa möte\n2029-05-21.\n")
    att = load_text(tmp_path, "sg.txt", text)["attendance"]
    assert ("Eva Ek", "present", ("ledamot", "ordförande")) in att


def test_a_decided_act_opening_a_log_cell_is_no_part_of_the_name_after_it():
    from samverkan.loaders.names import is_person_name

    # a decision log's cell as Word gives it: "Utse Ulf Ek till representant i …"
    assert not is_person_name("Utse Ulf Ek")
    assert not is_person_name("Entlediga Eva Berg")
    assert is_person_name("Ulf Ek")
