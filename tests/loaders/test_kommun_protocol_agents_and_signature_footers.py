"""A kommunstyrelse's protocol: an ombud at a förbund's stämma appointed with the stand-in's duty said in full
("med Mona Berg (M) som ersättare för ombudet"), and a footer of signers' lines typed as a paragraph at the end of
the last paragraph ("Justerandes sign ………  ………\\tUtdragsbestyrkande"), page furniture and no decision. Loaded
alone from a Word file made here.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_docx_text

PROTOCOL = """ÅBY KOMMUN\tSAMMANTRÄDESPROTOKOLL
Kommunstyrelsen\tSammanträdesdatum 2027-03-02
Plats\tÅby kommunhus, Sessionssalen

Beslutande
Anders Vik (S), ordförande
Kjell Ahl (S)
Mona Berg (M)
Justerare
Mona Berg (M)

§ 16  Ombud till Samordningsförbundet Norrbys förbundsstämma
Ärendebeskrivning
Samordningsförbundet Norrby håller förbundsstämma den 24 april 2027. Varje medlem utser ett ombud.
Beslut
Kommunstyrelsen utser Kjell Ahl (S) till ombud vid Samordningsförbundet Norrbys förbundsstämma 2027, med Mona Berg (M) som ersättare för ombudet.

§ 17  Meddelanden
Beslut
Meddelandena läggs till handlingarna.

Justerandes sign ………  ………\t\tUtdragsbestyrkande
"""


def test_the_stand_in_for_the_ombud_is_given_the_duty(tmp_path: Path):
    got = load_docx_text(tmp_path, "ks.docx", PROTOCOL)
    assert (("Kjell Ahl",), "vara ombud vid Samordningsförbundet Norrbys förbundsstämma 2027") in got["assignments"]
    assert any(who == ("Mona Berg",) and task.startswith("vara ersättare för ombudet") for who, task in got["assignments"])


def test_a_footer_of_signers_lines_is_no_decision(tmp_path: Path):
    got = load_docx_text(tmp_path, "ks.docx", PROTOCOL)
    assert not any("Justerandes" in d or "Utdragsbestyrkande" in d for d in got["decisions"])
    assert any(d.startswith("Meddelandena läggs till handlingarna") for d in got["decisions"])


REPORT = PROTOCOL.replace("§ 17  Meddelanden", """§ 15  Lokal närvårdsgrupp Åby – halvårsrapport
Ärendebeskrivning
Eva Ek, som är sammankallande i Lokal närvårdsgrupp Åby, redovisar gruppens halvårsrapport. Gruppen rapporterar till Samordningsgruppen Vårdsamverkan Norrby och har under hösten arbetat med trygg hemgång. Från kommunen ingår numera även enhetschefen för hemtjänsten Per Lund i gruppen.
Beslut
Informationen läggs till handlingarna.

§ 17  Meddelanden""")


def test_a_newcomer_in_the_group_a_report_is_about_joins_that_group(tmp_path: Path):
    got = load_docx_text(tmp_path, "ks.docx", REPORT)
    assert ("Per Lund", "Lokal närvårdsgrupp Åby", "join") in got["memberships"]
    assert not any(p == "Per Lund" and g.startswith("Kommunstyrelsen") for p, g, _ in got["memberships"])
