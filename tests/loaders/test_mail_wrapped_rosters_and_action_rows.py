"""Minutes a mail client hard-wrapped at 72 columns where a roster or an action list is laid out in columns: a
roster entry's paragraph reference wrapped onto a line of its own ("… Region Öby," / "§ 19") goes on with its
entry and heads no point, and an action row broken before its last cell ("… 2026-05" / "Klar") gets the cell back
as a cell of its own, so the row keeps its Ansvarig and the status reads as a status.
"""
from __future__ import annotations

from samverkan.loaders.read import _mail_wraps_joined
from samverkan.loaders.segment import segment_minutes

from tests.loaders.test_read_formats import load_text

ROSTER = """Politiskt samråd för vård och omsorg i Norrvik
PROTOKOLL 2026-04-17

Närvarande   Stina Falk (S), ordförande, Vallby kommun, Björn Ahl (M)
Övriga       Mona Krantz, socialchef, Vallby kommun
             Per Ivarsson, hälso- och sjukvårdsdirektör, Region Norrvik,
             § 4
             Lina Rydh, strateg, Avdelningen för hälsa och samverkan,
             Region Norrvik (sekreterare)

§ 1  Mötets öppnande
Ordföranden hälsar välkommen.

§ 2  Föregående protokoll
Protokollet läggs till handlingarna.

§ 3  Riktlinje för samordnad individuell plan
Samrådet beslutar att godkänna riktlinjen.

§ 4  Mobilt team
Samrådet noterar informationen.
"""


def test_a_paragraph_reference_wrapped_after_an_entrys_comma_heads_no_point():
    assert "Region Norrvik, § 4\n" in _mail_wraps_joined(ROSTER)
    seg = segment_minutes(_mail_wraps_joined(ROSTER), "protokoll.txt")
    assert [i.number for i in seg.items] == ["1", "2", "3", "4"]


def test_a_point_numbered_with_its_sign_after_a_full_line_is_still_a_point():
    text = ROSTER.replace("§ 3  Riktlinje", "Samrådet godkände även den nya rutinen för kallelser till mötena.\n§ 3  Riktlinje")
    assert "mötena.\n§ 3  Riktlinje" in _mail_wraps_joined(text)


ACTIONS = """Arbetsgrupp hemrehabilitering Norrvik
Minnesanteckningar 2026-05-12
Närvarande: Karin Lund, Olle Berg, Maja Strid

1. Läget
Karin Lund gick igenom läget i projektet och svarade på frågor om budget.

UPPFÖLJNING AV ÅTGÄRDER

Nr  Åtgärd                                      Ansvarig         Klart     Status
--  ------------------------------------------  ---------------  --------  ------
 1  Ta fram mall för utskrivningsmeddelande     Olle Berg        2026-05   Klar
 2  Samla in enkät efter hemgång efter jul      Maja Strid       2026-06   Pågår
"""


def _wrapped(text: str) -> str:
    """The text as a mail client sends it: each line over 72 characters broken at its last space before the 73rd,
    the further lines at the line's indent (a list item's under its text)."""
    from bench.rewrites import wrapped_at_72
    return wrapped_at_72(text)


def test_an_action_rows_last_cell_wrapped_onto_a_line_is_a_cell_again():
    joined = _mail_wraps_joined(_wrapped(ACTIONS))
    assert " 1  Ta fram mall för utskrivningsmeddelande     Olle Berg        2026-05   Klar\n" in joined
    assert "Status\n--  ---" in joined and "---------------   --------  ------\n" in joined


def test_the_wrapped_action_rows_keep_their_ansvarig(tmp_path):
    got = load_text(tmp_path, "anteckningar.txt", _wrapped(ACTIONS))
    tasks = {(tuple(a), t.lower()) for a, t in got["assignments"]}
    assert (("Olle Berg",), "ta fram mall för utskrivningsmeddelande") in tasks
    assert any(a == ("Maja Strid",) and t.startswith("samla in enkät") for a, t in tasks)


def test_a_narrow_cells_label_wrapped_in_lower_case_stays_on_its_line():
    text = ("Beslutande              Ordförande Gunnar Ahl (M), vice ordf. Bo Ekh (S)\n"
            "                        Ledamot Erik Sjölin (SD)\n"
            "Tjänstgörande           Lars Moberg (C) för Sofia Berglund (L)\n"
            "ersättare\n"
            "Ersättare               Annika Tell (V)\n")
    assert max(len(x) for x in text.split("\n")) == 72
    assert _mail_wraps_joined(text) == text


def test_a_conference_action_rows_time_and_empty_dash_wrapped_are_cells_again():
    text = ("4. Åtgärdslista\n"
            "Nr  Åtgärd                                                Ansvarig            Klart\n"
            "3.1 Ta fram gemensamt budskap om trygghetspunkter          Nils Haddad         kl. 11.00\n"
            "2.4 (från konf. 2) Tillfälliga skyltar väg 312 – KLAR      Trafikverket        –\n")
    joined = _mail_wraps_joined(_wrapped(text))
    assert "Nils Haddad   kl. 11.00\n" in joined and "Trafikverket   –" in joined


def test_an_att_wrapped_onto_a_line_goes_on_with_its_sentence():
    text = ("> **Uppdrag:** Rådet beslutade 2026-02-12 att ge arbetsgruppen i uppdrag "
            "att ta fram en gemensam modell för rehabilitering i hemmet efter utskrivning.\n"
            "> Arbetsgruppen rapporterar löpande till styrgruppen.\n")
    joined = _mail_wraps_joined(_wrapped(text))
    assert "i uppdrag att ta fram en gemensam modell för rehabilitering i hemmet efter utskrivning." in joined


def test_a_decisions_att_clauses_after_their_lead_in_stay_apart():
    text = ("Socialnämnden föreslår kommunfullmäktige att för sin del under året besluta\n"
            "att anta riktlinjer för ekonomiskt bistånd 2027 enligt bilaga, samt\n"
            "att ge ordföranden delegation att besluta i brådskande ärenden enligt\n"
            "bilaga 2.\n")
    lines = _mail_wraps_joined(text).split("\n")
    assert lines[:2] == text.split("\n")[:2] and lines[2].startswith("att ge ordföranden")


def test_an_att_clause_under_an_att_clause_without_its_comma_is_a_clause_of_its_own():
    text = ("Ledningsgruppen beslutar\n"
            "att uppdra åt Kompetensrådet Norrvik att ta fram ett förslag till gemensam introduktion\n"
            "att frågan om gemensam rekryteringskampanj lyfts till det politiska samrådet\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert lines[2] == "att frågan om gemensam rekryteringskampanj lyfts till det politiska samrådet"


def test_a_points_title_under_its_paragraph_and_dnr_stays_a_line_of_its_own():
    text = ("§ 101                                              Dnr SDNÖ 2030/001\n"
            "Val av justerare\n"
            "Nämnden beslutar att utse ledamoten Hedda Mörk (M) att jämte ordföranden justera dagens protokoll.\n")
    assert _mail_wraps_joined(_wrapped(text)).startswith("§ 101                                              "
                                                         "Dnr SDNÖ 2030/001\nVal av justerare\n")


GRID = """NÄTVERKET FÖR MEDICINSKT ANSVARIGA I NORRVIK
Anteckningar från nätverksträffen tisdagen den 14 oktober 2026, kl. 09.00–11.30

Närvaro 2026                                             11/3   13/5   9/9   14/10
Tova Ringdal, Region Norrvik (sammankallande)              X      X     X      X
Anders Palm, läkemedelsstrateg, Region Norrvik             X      –     X      –
Lotta Hedin, MAS, Vallby kommun                            X      X     –      X

1. Föregående anteckningar
Anteckningarna godkändes.
"""


def test_an_attendance_grids_marks_wrapped_onto_a_line_go_on_with_their_row(tmp_path):
    joined = _mail_wraps_joined(_wrapped(GRID))
    assert "Lotta Hedin, MAS, Vallby kommun                            X      X   –      X\n" in joined
    got = load_text(tmp_path, "anteckningar.txt", _wrapped(GRID))
    assert {(n, s) for n, s, _ in got["attendance"]} == {
        ("Tova Ringdal", "present"), ("Anders Palm", "absent"), ("Lotta Hedin", "present")}


TODO = """Arbetsgrupp mobila team Norrvik – anteckningar 2026-10-08
Närvarande: Nora Sjö, Arvid Holm, Elin Mark

1. Rutiner
Gruppen gick igenom rutinerna för ärendeflöde och dokumentation och sekretess.

Att göra
Vem       Vad                                                             När
NS        Skicka rutinen för ärendeflöde till styrgruppen för kännedom     17 okt
AH        Ta fram dokumentationsdelen av rutinerna                         nästa möte
EM        Gå igenom sekretessavsnittet med förvaltningens jurist           31 okt
"""


def test_an_action_tables_rows_broken_at_their_wide_gap_are_rows_again():
    lines = _mail_wraps_joined(_wrapped(TODO)).split("\n")
    table = lines[lines.index("Att göra") + 1:]
    assert [x.split()[-1] for x in table[:4]] == ["När", "okt", "möte", "okt"]
    # (each last cell back under the heading's last word, as a grid is read by its columns)
    assert table[2].index("nästa möte") == table[0].index("När")


def test_a_roster_row_under_a_row_short_of_a_cell_stays_a_row():
    text = ("Huvudman             Ledamöter                                 Ersättare\n"
            "Region Norrvik       Stina Falk (S), ordförande                Bo Ahl (S)\n"
            "Ekeby kommun         Carina Västlund (M)\n"
            "Vallby kommun        Åsa Grönlund-Berg (S)\n"
            "Gruppen har gått igenom rutinen för samordnad individuell plan i år och i\n"
            "fjol.\n")
    assert _mail_wraps_joined(text).split("\n")[2:4] == text.split("\n")[2:4]


def test_a_decision_typed_after_an_arrow_of_two_signs_stays_on_its_line(tmp_path):
    text = ("Arbetsgrupp hjälpmedel Norrvik\n"
            "Träff 4/2027 · tisdag 25 maj 2027 · 09.00–11.30 · Hjälpmedelscentralen Vallby\n"
            "Närvarande: Ingrid Tall, Tilda Berg, Oskar Lund\n\n"
            "1. Rollatorer\n"
            "Upphandlingen är klar. Skillnaderna mellan kommunernas förskrivning är stora.\n"
            "=> Beslutat: gemensamt sortiment för rollatorer gäller fr.o.m. 1/10.\n\n"
            "2. Nästa träff\n"
            "Nästa träff hålls i augusti.\n")
    assert "stora.\n=> Beslutat:" in _mail_wraps_joined(_wrapped(text))
    got = load_text(tmp_path, "anteckningar.txt", _wrapped(text))
    assert any(d.startswith("gemensamt sortiment för rollatorer") for d in got["decisions"])


def test_a_line_the_writer_ended_short_is_not_joined_after_a_wrapped_one():
    # "… Lena Öhman" / "(MP)" is the client's; "tjänstgörande" / "ersättare" is the narrow label cell's own
    text = ("Beslutande             Helena Strand (S), ordförande, Mikael Berg (M), Sara Nyqvist (S)\n"
            "Närvarande, ej         Tord Nilsson (M), Anna Frost (L) och Lena Öhman (MP)\n"
            "tjänstgörande\n"
            "ersättare\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert lines[-4:-1] == ["Närvarande, ej         Tord Nilsson (M), Anna Frost (L) och Lena Öhman (MP)",
                            "tjänstgörande", "ersättare"]


def test_a_labelled_list_broken_by_its_writer_after_commas_and_wrapped_is_one_list():
    text = ("**Med på mötet:** Hampus Lind (vc-chef, Region Norrvik – leder mötet), Maria Ax (distriktssköterska),\n"
            "Birgit Nord (enhetschef hemtjänst Vallby), Erik Holm (MAS Vallby), Zeynep Ay (biståndshandläggare),\n"
            "Cecilia Lo (psykiatrisjuksköterska, vuxenpsykiatrin Vallby)\n"
            "**Ej med:** Anton Sved (rektor)\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert lines[0].endswith("Cecilia Lo (psykiatrisjuksköterska, vuxenpsykiatrin Vallby)")
    assert lines[1] == "**Ej med:** Anton Sved (rektor)"


def test_a_roster_grids_heading_over_its_rule_and_its_marks_wrapped_are_one_row_each(tmp_path):
    text = ("Arbetsgrupp trygg hemgång Vallby\n"
            "Minnesanteckningar 2029-10-03\n\n"
            "Kallade                                     Org.                         Närv.\n"
            "-------------------------------------------------------------------------------\n"
            "Elsa Norrby, enhetschef hemsjukvård         Vallby kommun                x\n"
            "Saga Lindqvist, arbetsterapeut              Vallby kommun                -\n"
            "Katja Nyrén, samordnare trygg hemgång       Vallby kommun                x  (sammank.)\n"
            "-------------------------------------------------------------------------------\n\n"
            "1. Läget\nKatja gick igenom läget i piloten och hur många patienter som har skrivits ut med trygg "
            "hemgång från medicinkliniken sedan förra mötet.\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert lines[3].split() == ["Kallade", "Org.", "Närv."]
    assert [x.split()[-1] for x in lines[5:8]] == ["x", "-", "(sammank.)"]
    got = load_text(tmp_path, "anteckningar.txt", _wrapped(text))
    assert ("Saga Lindqvist", "absent") in {(n, s) for n, s, _ in got["attendance"]}


def test_an_action_tables_heading_of_two_word_cells_counts_its_cells():
    text = ("Nr   Uppdrag                                               Ansvarig          Klart till    Status\n"
            "U12  Ta fram siffror för fast vårdkontakt per kommun        Anna, Tobias      2027-08-31    Klar\n"
            "U13  Genomgång med biståndsenheten i Vallby                 Karin             2027-10-12    Pågår\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert len(lines) == 4 and lines[1].split()[-4:] == ["Anna,", "Tobias", "2027-08-31", "Klar"]


def test_a_numbered_headings_body_indented_under_it_is_no_rest_of_the_heading():
    text = ("Närvarande:\n"
            "  Petra Sjö, verksamhetschef Vallby vårdcentral, Region Norrvik – sammankallande\n\n"
            "4) Uppdrag från Samverkansgrupp äldre – trygg hemgång\n"
            "   Samverkansgruppen har bett samtliga lokala grupper redovisa hur arbetet går.\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert lines[1] == "  Petra Sjö, verksamhetschef Vallby vårdcentral, Region Norrvik – sammankallande"
    assert lines[3] == "4) Uppdrag från Samverkansgrupp äldre – trygg hemgång"


def test_a_dash_and_an_att_galla_wrapped_to_a_lines_start_go_on_with_the_sentence():
    text = ("Nämnden beslutar\n"
            "att anta Riktlinje för läkemedelshantering i hemsjukvården, version 3, att gälla från den 1 januari 2027.\n\n"
            "Beslut: styrgruppen enades om att det nya löftet ska ha två fokusområden - narkotika bland unga och trafik.\n"
            "- Kort punkt\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert lines[1].endswith("version 3, att gälla från den 1 januari 2027.")
    assert lines[3].endswith("fokusområden - narkotika bland unga och trafik.") and lines[4] == "- Kort punkt"


def test_a_labelled_roster_parted_by_middle_dots_wrapped_inside_a_name_is_one_line(tmp_path):
    text = ("# Arvodesberedningen Region Norrvik\n\nProtokoll 2026-11-30\n\n"
            "**Närvarande ledamöter:** Carl-Johan Strand (M), ordförande · Eva Lindgren Palm (S), vice ordförande · "
            "Nadia Chahid (V)\n\n## 1. Arvoden 2027\nBeredningen gick igenom förslaget till arvoden för nästa år.\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert any(x.endswith("· Eva Lindgren Palm (S), vice ordförande · Nadia Chahid (V)") for x in lines)


def test_a_long_markdown_heading_does_not_hide_the_wrap_of_the_text_under_it():
    text = ("## 3. Återrapportering av uppdraget från 2027-09-14 – mobila team i kommunerna\n"
            "- Hanna Ljung Öst, områdeschef primärvården, Region Norrvik – ordförande\n"
            "Ordföranden öppnade mötet. Föregående minnesanteckningar (2027-09-14) gicks igenom.\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert lines[1:] == text.split("\n")[1:]


def test_a_role_in_asterisks_wrapped_under_its_list_item_goes_on_with_it():
    text = ("Närvarande:\n"
            "- Margit Sand-Olsson (MSO), hälso- och sjukvårdsdirektör, Norrvik – *ordförande*\n"
            "- Per Lind, kommundirektör\n")
    lines = _mail_wraps_joined(_wrapped(text)).split("\n")
    assert lines[1].endswith("– *ordförande*") and lines[2] == "- Per Lind, kommundirektör"
