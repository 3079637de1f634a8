"""Minutes printed as PDF or written in Word read with the same people as their text: no place, heading, label or
sentence's first word run onto a name once the page has wrapped or the columns are gone.

Each test builds the document (python-docx, or the PDF the bench prints with reportlab) on made-up minutes."""
from __future__ import annotations

import pytest

from tests.loaders.test_read_formats import facts

# a page a line, as a document site flattens it: the roster's people each after their huvudman's place
FLAT = (
    "Lindå Kvarnby Storsjö Minnesanteckningar Regionrådsmöte Lindåregionen Dag tisdagen den 9 mars 2027 Tid 13-16, "
    "Kvarnby kommunhus, sammanträdesrum Tallen Närvarande Siv Almqvist, Lindå Göran Bäckman, Lindå Petra Lindgård, "
    "Kvarnby Ulf Sandin, Kvarnby Agneta Rosén, Storsjö Mattias Holmér, Lindåregionens kansli Förhinder Birgitta "
    "Nordin, Storsjö Sida 1 av 2\n\n"
    "2 Minnesanteckningar 1. Mötet öppnas Mötet öppnades av ordförande Siv Almqvist. Dagordningen godkändes. "
    "2. Gemensam upphandling Föredragande: Mattias Holmér Mattias Holmér redogjorde för förslaget om gemensam "
    "upphandling av trygghetslarm. Regionrådet beslutade att rekommendera kommunerna att ingå i upphandlingen. "
    "3. Nästa möte Nästa möte hålls den 8 juni 2027 i Storsjö. Vid anteckningarna Mattias Holmér Sida 2 av 2\n"
)
FLAT_PEOPLE = {"Siv Almqvist", "Göran Bäckman", "Petra Lindgård", "Ulf Sandin", "Agneta Rosén", "Mattias Holmér",
               "Birgitta Nordin"}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_flattened_page_printed_or_saved_as_word_reads_its_roster(fmt, tmp_path):
    """A page flattened onto one line, printed as a PDF paragraph wrapped at the margin or kept as one Word
    paragraph: its roster read as the text's, no place run onto the next person's name ("Lindå Göran Bäckman")."""
    from bench.formats import render_docx, render_pdf

    path = tmp_path / f"regionrad_linda_2027-03-09.{fmt}"
    (render_pdf if fmt == "pdf" else render_docx)(FLAT, path)
    f = facts(path, tmp_path)
    assert set(f["persons"]) == FLAT_PEOPLE
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Birgitta Nordin"] == "absent"
    assert {n for n, st in status.items() if st == "present"} == FLAT_PEOPLE - {"Birgitta Nordin"}
    assert [n for n, _ in f["items"]] == ["1", "2", "3"]


def test_pdf_paragraph_and_table_rows_are_no_flattened_page(tmp_path):
    """A roster table's full rows and a wrapped paragraph of prose stay as they are: the people read by the roster."""
    from bench.formats import render_pdf

    text = ("Minnesanteckningar Styrgrupp Närvård Lindå 2027-02-10\n\n"
            "| Namn | Organisation | Funktion | Närvaro |\n|---|---|---|---|\n"
            "| Rut Sjöqvist | Region Lindå | Hälso- och sjukvårdsdirektör, ordförande | Närvarande |\n"
            "| Pål Enberg | Kvarnby kommun | Förvaltningschef vård och omsorg | Förhinder |\n"
            "| Stina Vallgren | Storsjö kommun | Avdelningschef individ- och familjeomsorg | Närvarande |\n\n"
            "1. Mötets öppnande\n\nRut Sjöqvist öppnade mötet och hälsade alla välkomna till årets första möte i "
            "styrgruppen, som i år samlas i Kvarnby. Dagordningen godkändes utan ändringar.\n")
    path = tmp_path / "sg_narvard_2027-02-10.pdf"
    render_pdf(text, path)
    status = {name: st for name, st, _ in facts(path, tmp_path)["attendance"]}
    assert status == {"Rut Sjöqvist": "present", "Pål Enberg": "absent", "Stina Vallgren": "present"}


NOTE = ("---\ndatum: 2031-03-12\ntid: 13.00–15.00\nplats: Teams\ntyp: minnesanteckningar\n"
        'grupp: "[[Arbetsgrupp trygg hemgång]]"\nsammankallande: "[[Rut Sjöqvist]]"\ndeltagare:\n'
        '  - "[[Rut Sjöqvist]] (Region Lindå)"\n  - Lovisa Berglin (Kvarnby kommun)\n  - Arvid Nyholm (Storsjö kommun)\n'
        "---\n\n# Arbetsgrupp trygg hemgång 2031-03-12\n\n## 1. Utskrivningsrutinen\n\nRutinen gicks igenom.\n\n"
        "> [!todo]\n> - [ ] [[Lovisa Berglin|Lovisa]] och [[Arvid Nyholm|Arvid]] skriver ett utkast till rutin för "
        "hemgång 📅 2031-05-02\n")


def test_docx_wiki_alias_links_cut_into_cells_read_as_links(tmp_path):
    """A note's "[[Eva Ek|Eva]]" links whose "|" a Word document made of the note read as a cell border: the
    task's assignees by their pages, no "Eva Ek Eva"."""
    from bench.formats import render_docx

    path = tmp_path / "ag_trygg_hemgang_2031-03-12.docx"
    render_docx(NOTE, path)
    f = facts(path, tmp_path)
    assert set(f["persons"]) == {"Rut Sjöqvist", "Lovisa Berglin", "Arvid Nyholm"}
    assert any(set(who) == {"Lovisa Berglin", "Arvid Nyholm"} for who, _ in f["assignments"])


ROSTER = ("Minnesanteckningar Nätverket för socialchefer i Lindå län 2027-01-22\n\n"
          "| Namn | Kommun/organisation | Funktion | Närvaro |\n|------|------|------|------|\n"
          "| @Ingela Torstensson | Kvarnby kommun | socialchef, ordförande | (/) |\n"
          "| @Bertil Strömgren | Storsjö kommun | socialdirektör | (x) |\n"
          "| @Hanna Wikström | Lindå kommun | socialchef | (/) Teams |\n"
          "| @Jonas Lundmark | Region Lindå | utvecklingsledare, sekreterare | (/) |\n\n"
          "| Tid | Punkt | Vem | Anteckningar |\n|---|---|---|---|\n"
          "| 09.00 | 1. Placeringar | Hanna | Kostnaderna har ökat med 9 % i länet. |\n"
          "| 10.00 | 2. Övrigt | alla | Bertil hade anmält förhinder. Nästa möte 2027-03-05. |\n\n"
          "## Åtgärdspunkter\n\n"
          "*   [ ] @Hanna Wikström kallar arbetsgruppen för placeringar till första möte före jul\n"
          "*   [ ] @Jonas Lundmark skickar mallen för uppföljning till alla kommuner 2027-02-05\n")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_wiki_roster_with_status_icons_printed_or_saved_as_word(fmt, tmp_path):
    """A wiki page's roster of @-mentions with its status icons "(/)" and "(x)", in cells a PDF parts by a
    column's gap or Word by a tab: the one with the cross absent, no row read as a task, no "Hanna Kostnaderna"."""
    from bench.formats import render_docx, render_pdf

    path = tmp_path / f"socialchefsnatverk_linda_2027-01-22.{fmt}"
    (render_pdf if fmt == "pdf" else render_docx)(ROSTER, path)
    f = facts(path, tmp_path)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Ingela Torstensson": "present", "Bertil Strömgren": "absent", "Hanna Wikström": "present",
                      "Jonas Lundmark": "present"}
    assert set(f["persons"]) == set(status)
    tasks = {who: task for (who,), task in f["assignments"]}
    assert "kalla arbetsgruppen för placeringar" in tasks.get("Hanna Wikström", "")
    assert "skicka mallen för uppföljning" in tasks.get("Jonas Lundmark", "")


# notes of two meetings in one file, the second a short check-in whose roster of given names a label follows
TWO_MEETINGS = (
    'AG rehab i hemmet - anteckningar 8/2 2028\n'
    'Arbetsgrupp rehabilitering i hemmet (Region Lindå, Kvarnby, Storsjö)\n'
    'kl 13-15, Teams\n'
    '\n'
    'Närv: Rut Sjöqvist (Kvarnby kn, arbetsterapeut, sammank.), Pål Enberg (Storsjö kn, fysioterapeut), '
    'Stina Vallgren (Region Lindå, enhetschef rehab), Tobias Nordkvist (Region Lindå, rehabkoordinator)\n'
    'Antecknat: Pål\n'
    '\n'
    '1. förra anteckn\n'
    'gicks igenom, läggs till handl.\n'
    '\n'
    '2. uppdrag fr processteamet\n'
    'Processteamet vill ha ett förslag på gemensam rutin för rehabplan vid utskrivning till hemmet.\n'
    '- Rut kommer att ta fram ett första utkast till rutinen, skickas ut v. 8\n'
    '\n'
    '3. nästa möte\n'
    '14/3 kl 13 Teams\n'
    '\n'
    '----------------------------------------------------------------\n'
    '\n'
    'EXTRA AVSTÄMNING 22/2 2028, Teams 14.00-14.30\n'
    'Närv: Rut, Pål, Stina, Tobias\n'
    'Anledning: utkastet till rutin för rehabplan\n'
    '\n'
    '1. utkastet\n'
    'gicks igenom rad för rad. Beslut: utkastet godkänns som underlag till processteamet.\n'
    '\n'
    '/Pål\n'
)


@pytest.mark.parametrize("fmt, text, junk", [
    # a label under a roster of given names, run onto the last name once the paragraphs are one
    ("docx", TWO_MEETINGS, "Tobias Anledning"),
    # a place's name, the line a page broke off the unit before it
    ("pdf", "Samverkanskonferens Lindå län 2026-12-03\n\nDeltagare:\nKvarnby kommun ........ Rut Sjöqvist, "
     "räddningschef, Räddningstjänsten\nMellersta Fjällfors\nStorsjö kommun ........ Pål Enberg, "
     "beredskapssamordnare\n\n1. Läget\nLäget är stabilt.\n", "Mellersta Fjällfors"),
    # a protocol's note by a member, its label run onto the name
    ("pdf", "Protokoll Kommunstyrelsens personalutskott Lindå 2027-04-08\n\nBeslutande: Rut Sjöqvist (S), "
     "ordförande, Pål Enberg (M)\n\n§ 12 Riktlinje för distansarbete\nUtskottet beslutar att anta riktlinjen.\n"
     "Protokollsanteckning Pål Enberg (M) antecknar till protokollet att riktlinjen bör utvärderas.\n",
     "Protokollsanteckning Pål Enberg"),
])
def test_no_label_or_place_run_onto_a_name(fmt, text, junk, tmp_path):
    """A common noun (a label, a sentence's first word) or a place's name next to a name is no part of it,
    however the page or the Word document joined the lines."""
    from bench.formats import render_docx, render_pdf

    path = tmp_path / f"minutes_2027-01-01.{fmt}"
    (render_pdf if fmt == "pdf" else render_docx)(text, path)
    persons = facts(path, tmp_path)["persons"]
    assert junk not in persons and persons


# a decision log a PDF prints with narrow columns: the heading "Ansvarig" broken at its cell's edge ("Ansvari" / "g"),
# a date in "Klart till" too ("2027-09-1" / "0")
DECISION_LOG = (
    '# Arbetsgrupp SIP – minnesanteckningar\n'
    '\n'
    '**Datum:** 2027-05-07, kl. 13.15–15.30\n'
    '**Plats:** Lindå lasarett, rum Tallen\n'
    '**Antecknare:** Berit Holm\n'
    '\n'
    '## Närvaro\n'
    '\n'
    '| Namn | Organisation | Närvaro |\n'
    '|---|---|---|\n'
    '| Sjöqvist Rut (sammankallande) | Region Lindå | X |\n'
    '| Enberg Pål | Region Lindå, HC Kvarnby | X |\n'
    '| Vallgren Stina | Region Lindå, BUP | förhinder |\n'
    '| Nordkvist Tobias | Kvarnby kommun | X |\n'
    '| Lund Maria | Tallby kommun | X |\n'
    '| Ek Anders | Storsjö kommun | X |\n'
    '| Holm Berit | Samordningsförbundet Lindå | X |\n'
    '| Ström Agnes (ny) | Kvarnby kommun, elevhälsan | X |\n'
    '\n'
    '## Beslutslogg\n'
    '\n'
    '| Nr | Ärende | Beslut / åtgärd | Ansvarig | Klart till |\n'
    '|---|---|---|---|---|\n'
    '| 1 | Föregående anteckningar | Anteckningarna från 26 mars läggs till handlingarna. | – | – |\n'
    '| 2 | Ny representant för Kvarnby | Lena Wallin slutar i arbetsgruppen. Kvarnby kommun '
    'har utsett Agnes Ström, skolsköterska i elevhälsan, till ny representant i hennes ställe. '
    '| – | – |\n'
    '| 3 | Avsnittet om barn och unga (återrapport) | SV och ML har kortat ner avsnittet '
    'enligt uppdraget från 26 mars och skickade ut det 15 april. Gruppen godkände avsnittet. | '
    '– | klart |\n'
    '| 4 | Uppföljningsmått (återrapport) | RS redovisade förslaget om två mått för '
    'styrgruppen 23 april. Styrgruppen har gett arbetsgruppen i uppdrag att pröva måtten i '
    'Kvarnby under hösten och rapportera till styrgruppen i december. TN och PE tar fram '
    'siffrorna för första halvåret. | TN, PE | 2027-09-10 |\n'
    '| 5 | Utbildning för SIP-samordnare | Storsjö har anmält fyra deltagare. BH skickar '
    'deltagarlistorna till kommunerna. | BH | 2027-05-14 |\n'
    '| 6 | Elevhälsans roll i SIP | Styrgruppen har lyft frågan till Ledningsgruppen för '
    'samverkan i Lindå, som tar upp den 11 juni. AS beskriver hur elevhälsan kallas till SIP i '
    'Kvarnby i dag. | AS | nästa möte |\n'
    '| 7 | Sammankallande under hösten | Rut är föräldraledig från september. Arbetsgruppen '
    'utser Pål Enberg till sammankallande från 1 september. | – | – |\n'
    '| 8 | Nästa möte | Onsdag 10 september kl. 13.15, Teams. PE kallar. | PE | – |\n'
)


def test_pdf_decision_log_with_a_heading_broken_in_its_narrow_column_reads_its_rows(tmp_path):
    """The rows of a decision log under a heading the narrow column broke are read as the text's: the decisions
    and the tasks of its "Beslut / åtgärd" cells, the date whole."""
    from bench.formats import render_pdf

    path = tmp_path / "ag_sip_2027-05-07.pdf"
    render_pdf(DECISION_LOG, path)
    f = facts(path, tmp_path)
    assert "godkänna avsnittet" in f["decisions"]
    assert "utse Pål Enberg till sammankallande från 1 september" in f["decisions"]
    assert (("Berit Holm",), "skicka deltagarlistorna till kommunerna") in f["assignments"]


# a decision log that starts near a page's foot and goes on over the page, the page's counter ("2 (2)") over its rows
SPLIT_LOG = (
    '# Styrgrupp trygg hemgång Lindå – minnesanteckningar\n'
    '\n'
    '**Datum:** 2027-03-04, kl. 08.30–11.30\n'
    '**Plats:** Regionens hus, Kvarnby\n'
    '\n'
    '## Närvarande\n'
    '\n'
    '- Rut Sjöqvist (socialchef, Kvarnby kommun, ordförande)\n'
    '- Pål Enberg (äldreomsorgschef, Storsjö kommun)\n'
    '- Stina Vallgren (områdeschef primärvård, Region Lindå)\n'
    '- Tobias Nordkvist (processledare, Region Lindå, sekreterare)\n'
    '\n'
    + "".join(f"## {n}. Punkt nummer {n}\n\n" + "".join(
        f"- Gruppen gick igenom läget för del {k} av arbetet med trygg hemgång och noterade att arbetet går enligt plan.\n"
        for k in range(1, 6)) + "\n" for n in range(1, 6))
    + '## Beslutslogg\n'
    '\n'
    '| Punkt | Ärende | Beslut | Ansvarig | Klart |\n'
    '|---|---|---|---|---|\n'
    '| 3 | Handlingsplan trygg hemgång 2027 | Styrgruppen fastställer handlingsplanen med de '
    'ändringar som framkom på mötet. | Tobias Nordkvist arbetar in ändringarna | 2027-03-12 |\n'
    '| 4 | Digital vårdplanering | Samtliga kommuner inför digital vårdplanering under hösten '
    '2027. | Kommunerna | 2027-10-30 |\n'
    '| 4 | Digital vårdplanering | Regionen erbjuder utbildning i planeringsverktyget till '
    'kommunernas planerare. | Stina Vallgren | v. 16 |\n'
    '| 5 | Gemensamma hembesök | Försöket i Storsjö förlängs till juni 2027 och utvärderas. | '
    'Pål Enberg och Rut Sjöqvist | 2027-06-30 |\n'
    '\n'
    'Nästa möte: 6 maj 2027, Teams.\n'
)


@pytest.mark.parametrize("more", [12, 15, 17])
def test_pdf_decision_log_going_on_over_the_page_reads_every_row(more, tmp_path):
    """However many lines before it (``more``) put the page's break inside the log, after its header or inside a
    row, each row's decision and the one responsible are read, none lost to the page's footer or counter."""
    from bench.formats import render_pdf

    first = "noterade att arbetet går enligt plan.\n"
    text = SPLIT_LOG.replace(first, first + "- Gruppen noterade läget.\n" * more, 1)
    path = tmp_path / "sg_trygg_hemgang_2027-03-04.pdf"
    render_pdf(text, path)
    f = facts(path, tmp_path)
    for decided in ("Samtliga kommuner inför digital vårdplanering under hösten 2027.",
                    "Regionen erbjuder utbildning i planeringsverktyget till kommunernas planerare.",
                    "Försöket i Storsjö förlängs till juni 2027 och utvärderas."):
        assert decided in f["decisions"]
    assert any(who == ("Stina Vallgren",) for who, _ in f["assignments"])
