"""A political protocol dictated and typed in haste: headings and text in lower case ("§ 15 mobilt närvårdsteam"
/ "föredr. Eva Ek, Per Lind" / "piloten avslutades i dec, …."), the proposal under "förslag:" adopted by
"Beslut: enl. förslag."."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """POLITISKT SAMRÅDSORGAN ÅBY KOMMUN – REGION NORR
protokoll 2031-05-22

närvarande ledamöter
Eva Ekström (M), Åby kommun, ordf.
Per Lundmark (S), Region Norr

tjänstepersoner
Ola Åslund, primärvårdschef, Region Norr
Stina Holm, förvaltningschef, Åby kommun

§ 15 mobilt närvårdsteam - fortsatt drift
föredr. Ola Åslund, Stina Holm
piloten avslutades i dec 2030 och utvärderingen visar färre akuta besök på sjukhuset.
förslag: att rekommendera Åby kommun och Region Norr att permanenta mobilt närvårdsteam fr.o.m. 2032-01-01.
Beslut: enl. förslag.

§ 16 övrigt
inga övriga frågor.
"""


def test_presenter_label_cut_short_and_text_in_lower_case_are_no_title(tmp_path):
    f = load_text(tmp_path, "pso.txt", PROTOCOL)
    assert ("15", "mobilt närvårdsteam – fortsatt drift") in f["items"]


def test_beslut_enl_forslag_is_the_proposal(tmp_path):
    f = load_text(tmp_path, "pso.txt", PROTOCOL)
    assert any(d.startswith("rekommendera Åby kommun och Region Norr att permanenta") for d in f["decisions"])
    assert not any("enl. förslag" in d for d in f["decisions"])


GROUPED = """PROTOKOLL Politiskt samrådsorgan Åby kommun – Region Norr
2031-05-22

närvarande
Eva Ekström (M), Åby kommun, ordf.
Per Lundmark (S), Region Norr

§ 11 öppnande
dagordningen godkändes.

§§ 12–14 anmälningar
12. minnesanteckningar från tjänstemannaberedningen 2031-04-10
13. skrivelse från PRO Åby om färdtjänst
14. rapport från Lokala närvårdsrådet i Åby
Beslut: anmälningarna läggs till handlingarna.

§ 15 övrigt
inga övriga frågor.
"""


def test_paragraphs_taken_together_are_each_an_item(tmp_path):
    f = load_text(tmp_path, "pso.txt", GROUPED)
    numbers = [n for n, _ in f["items"]]
    assert {"11", "12", "13", "14", "15"} <= set(numbers)
    assert ("13", "skrivelse från PRO Åby om färdtjänst") in f["items"]


def test_justerare_with_justera_cut_short(tmp_path):
    text = PROTOCOL.replace("§ 15 mobilt", "§ 14 öppnande\nordf. öppnade mötet. Per Lundmark utsågs att just. protokollet.\n\n§ 15 mobilt")
    f = load_text(tmp_path, "pso.txt", text)
    roles = {name: roles for name, _, roles in f["attendance"]}
    assert "justerare" in roles["Per Lundmark"]


def test_justerare_chosen_above_the_decision_block_is_decided(tmp_path):
    text = PROTOCOL.replace("§ 15 mobilt", "§ 14 öppnande\nPer Lundmark utsågs att justera protokollet.\n"
                            "Beslut: dagordningen godkänns.\n\n§ 15 mobilt")
    f = load_text(tmp_path, "pso.txt", text)
    assert any("Per Lundmark" in d and "justera" in d for d in f["decisions"])
