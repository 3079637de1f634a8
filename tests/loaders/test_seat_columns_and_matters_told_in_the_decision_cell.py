"""A kommun protocol's title-page table of seats ("Beslutande | Ersättare | Övriga närvarande") over one row of
cells, each cell a column's names; and a "§ | Ärende | Beslut" table whose decision cell tells the matter before the
body's "… beslutar"."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts


def _names(data: dict, status: str) -> set[str]:
    return {name for name, st, _ in data["attendance"] if st == status}


def test_word_seat_columns_over_one_row_of_name_cells_read_every_member(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("ÅBY KOMMUN\nKommunstyrelsens arbetsutskott\nSAMMANTRÄDESPROTOKOLL")
    d.add_paragraph("Datum: tisdag 2031-02-11, kl. 08.30–10.00\nLokal: Åby kommunhus, rum Lärkan")
    t = d.add_table(rows=2, cols=3)
    for k, head in enumerate(["Beslutande", "Ersättare", "Övriga närvarande"]):
        t.cell(0, k).text = head
    t.cell(1, 0).text = ("Eva Ek (S), ordförande\nPer Lind (M), vice ordförande\nBo Strand (C)\nLisa Holm (SD)\n"
                         "Ali Berg (S), tjänstgör för Ulla Nord (S)")
    t.cell(1, 1).text = "Maja Sten (L)"
    t.cell(1, 2).text = "Kent Ås, kommundirektör\nSara Lund, sekreterare"
    d.add_paragraph("Frånvarande: Ulla Nord (S)")
    d.add_paragraph("§ 5 Val av justerare")
    d.add_paragraph("Arbetsutskottets beslut")
    d.add_paragraph("Per Lind (M) utses att justera dagens protokoll.")
    path = tmp_path / "ksau_aby_2031-02-11.docx"
    d.save(path)
    data = facts(path, tmp_path)
    present = _names(data, "present")
    assert {"Eva Ek", "Per Lind", "Bo Strand", "Lisa Holm", "Ali Berg", "Maja Sten"} <= present
    assert "Ulla Nord" in _names(data, "absent")


def test_decision_cell_telling_the_matter_first_decides_only_after_the_body_decides(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("PROTOKOLL\nPolitiskt samråd Norrby\nSammanträdesdatum: 2031-03-07")
    d.add_paragraph("Närvarande: Eva Ek (S), ordförande; Per Lind (M)")
    rows = [("§", "Ärende", "Beslut"),
            ("§ 14", "Val av justerare", "Samrådet beslutar\natt utse Per Lind att justera protokollet."),
            ("§ 15", "Lägesrapport mobil läkare", "Eva Ek redovisar hur införandet går. Funktionen är i drift i Ekby "
             "sedan oktober.\nSamrådet beslutar\natt lägga lägesrapporten till handlingarna."),
            ("§ 16", "Trygghetsplatser", "Samordningsgruppen har tagit fram ett förslag om platser. Samrådet beslutar "
             "att rekommendera kommunerna att inrätta platserna,\natt ge samordningsgruppen i uppdrag att följa upp.")]
    t = d.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            t.cell(r, k).text = cell
    d.add_paragraph("Vid protokollet\nSara Lund")
    path = tmp_path / "samrad_norrby_2031-03-07.docx"
    d.save(path)
    texts = facts(path, tmp_path)["decisions"]
    assert any("lägesrapporten till handlingarna" in t for t in texts)
    assert any("rekommendera kommunerna" in t for t in texts)
    assert not any("redovisar hur införandet går" in t for t in texts)
    assert not any("har tagit fram ett förslag" in t for t in texts)


def test_the_follow_up_after_a_year_is_told_now_not_a_report_to_come(tmp_path: Path):
    from tests.loaders.test_read_formats import load_texts

    data = load_texts(tmp_path, {"lg_ekby_2031-03-04.txt": (
        "Ledningsgruppen för vård och omsorg i Ekby\nProtokoll 2031-03-04\n\n"
        "Närvarande: Eva Ek, ordförande, Region Ekby; Per Lind, socialchef, Åby kommun; "
        "Lisa Holm, socialchef, Norrby kommun\n\n"
        "§ 4 Trygg hemgång\nEva Ek redovisar uppföljningen efter ett år. Antalet vårddagar har minskat i alla kommuner.\n"
        "Informationen läggs till handlingarna.\n\n"
        "§ 5 SIP\nPer Lind redovisar antalet SIP:ar efter tre månader.\n")})
    names = {p["id"]: p["name"] for p in data["persons"]}
    presenters = {(i["number"], names[p]) for e in data["events"] for i in e["agenda"] for p in i.get("presenter_ids") or []}
    tasks = {(tuple(names.get(x, x) for x in a["assignee_ids"]), a["task"]) for a in data["assignments"]}
    assert ("4", "Eva Ek") in presenters
    assert not any("uppföljningen" in t for _, t in tasks)
    assert any(who == ("Per Lind",) and "SIP" in t for who, t in tasks)


def test_the_plan_asked_of_the_body_that_met_is_its_report_not_the_working_group_it_sets_up(tmp_path: Path):
    from tests.loaders.test_read_formats import load_texts

    data = load_texts(tmp_path, {"sg_aldre_ekby_2031-03-04.txt": (
        "Samverkansgrupp äldre i Ekby\nMinnesanteckningar 2031-03-04\n\n"
        "Deltagare\nEva Ek, ordförande, Region Ekby\nPer Lind, MAS, Åby kommun\nLisa Holm, enhetschef, Norrby kommun\n\n"
        "1. Inledning\nDagordningen godkändes.\n\n"
        "3. Uppdrag från ledningsgruppen – fallprevention\n"
        "Ledningsgruppen för samverkan i Ekby gav den 27 september samverkansgruppen i uppdrag att ta fram en "
        "gemensam handlingsplan för fallprevention. Handlingsplanen ska redovisas för ledningsgruppen i februari 2032.\n"
        "Beslut: Samverkansgruppen tillsätter en arbetsgrupp för fallprevention i Ekby som tar fram ett förslag "
        "till handlingsplan. Per Lind utses till sammankallande för arbetsgruppen.\n")})
    names = {o["id"]: o["name"] for o in data["organizations"]}
    reports = {(names[m["from_id"]], names[m["to_id"]]) for m in data["mandates"] if m["classification"] == "reports_to"}
    assert ("Samverkansgrupp äldre i Ekby", "Ledningsgrupp för samverkan i Ekby") in reports, reports
    assert not any("fallprevention" in a and "Ledningsgrupp" in b for a, b in reports), reports


def test_tasks_by_initials_after_a_semicolon_are_no_part_of_the_decision(tmp_path: Path):
    from tests.loaders.test_read_formats import load_texts

    data = load_texts(tmp_path, {"ag_demens_ekby_2031-02-08.md": (
        "# Arbetsgrupp demens – minnesanteckningar\n\n**Datum:** 2031-02-08\n\n**Närvarande**\n\n"
        "- Eva Ek (EE), demenssjuksköterska, Åby kommun – *sammankallande*\n"
        "- Per Lind (PL), MAS, Norrby kommun\n\n"
        "## 1. Utbildning\n\nGruppen beslutade att samla en gemensam utbildningsdag i april; PL bokar lokal och "
        "EE skickar inbjudan till enhetscheferna.\n")})
    texts = [d["text"] for d in data["decisions"]]
    assert any(t.startswith("samla en gemensam utbildningsdag i april") for t in texts), texts
    assert not any("bokar lokal" in t for t in texts), texts
