"""A strategic leadership group's protocol kept as one Word table with a row per paragraph ("§ | Ärende |
Beslut/Åtgärd | Ansvarig"): the third cell holds what was said, decided and set to be done, its att-clauses a
paragraph each, and who carries it out stands beside it. Loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts


def _protocol(path: Path) -> Path:
    from docx import Document
    d = Document()
    d.add_paragraph("Ledningsgruppen för vård och omsorg i Åby (LVO)")
    d.add_paragraph("Protokoll 2027-11-19, Kommunhuset Åby")
    d.add_paragraph("Närvarande: Eva Lund (ordförande), Per Holm, Kim Ek (sekreterare)")
    t = d.add_table(rows=0, cols=4)
    for row in (("§", "Ärende", "Beslut/Åtgärd", "Ansvarig"),
                ("§ 12", "Föregående protokoll", "Protokollet från 2027-10-15 lades till handlingarna.", "–"),
                ("§ 13", "Suicidprevention", "Ola Berg föredrog förslaget till handlingsplan. LVO beslutar\n"
                 "att ge Styrgrupp psykisk hälsa mandat att fördela utvecklingsmedlen,\n"
                 "att styrgruppen återrapporterar fördelningen till LVO senast 2028-03-17.", "Per Holm"),
                ("§ 14", "Mobilt team", "LVO beslutar att rekommendera PSVO att ställa sig bakom en gemensam finansiering "
                 "av teamet. Sekreteraren bereder ärendet till PSVO:s möte 2027-12-02.", "Kim Ek")):
        cells = t.add_row().cells
        for k, v in enumerate(row):
            cells[k].text = v
    d.save(path)
    return path


def test_a_decision_and_action_table_reads_each_row_as_a_paragraph_of_the_protocol(tmp_path):
    got = facts(_protocol(tmp_path / "lvo_2027-11-19.docx"), tmp_path)
    assert [t for _, t in got["items"]] == ["Föregående protokoll", "Suicidprevention", "Mobilt team"]
    decided = [d.rstrip(".") for d in got["decisions"]]
    # each att-clause of the cell its own decision, though the sentence before the lead shares its paragraph
    assert "ge Styrgrupp psykisk hälsa mandat att fördela utvecklingsmedlen" in decided
    assert "styrgruppen återrapporterar fördelningen till LVO senast 2028-03-17" in decided
    assert any(d.startswith("rekommendera PSVO att ställa sig bakom") for d in decided)
    # the secretary's task told after the decision is no decision of the body
    assert not [d for d in decided if d.startswith("Sekreteraren")]
    assert ("LVO", "PSVO", "recommends") in got["mandates"] or any(
        m[1:] == ("PSVO", "recommends") for m in got["mandates"])
