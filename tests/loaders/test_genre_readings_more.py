"""More readings that need a whole minutes: short forms of names in rosters and facts told in passing.
Each minutes here is loaded as a user would load it."""
from __future__ import annotations

import textwrap

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_genre_readings import load


def test_an_initial_and_a_surname_in_a_roster_is_the_person_named_in_full(tmp_path):
    got = load(tmp_path, """\
        Styrgrupp Äldre Tallnäs
        Minnesanteckningar 2025-06-12

        Deltagare
        Tallnäs kommun: J. Heikkinen, Oskar Nyström
        Region Åsen: Karin Holm (sammankallande)
        Övriga: P. Lindgren, utvecklingsledare, Region Åsen

        1. Rapport
        Jukka Heikkinen redogör för läget. Karin Holm tackar.
        """)
    assert got["attendance"]["Jukka Heikkinen"][0] == "present"
    assert got["attendance"]["Oskar Nyström"][0] == "present"
    # named nowhere in full: a person as written
    assert got["attendance"]["P Lindgren"][0] == "guest"
    assert not [p for p in got["persons"] if p.startswith("J ")]


def test_a_body_named_in_a_table_cell_ends_with_its_cell():
    from samverkan.loaders.relations import find_groups
    row = "Anmäla deltagare till arbetsgruppen för skolläkarfunktion\tKH, LGP\tföre midsommar"
    assert [g.name for g in find_groups(row)] == ["arbetsgruppen för skolläkarfunktion"]


def test_a_body_whose_name_holds_a_comma_gives_its_task_whole(tmp_path):
    got = load(tmp_path, """\
        Ledningsgrupp Åsen
        Minnesanteckningar 2025-06-05

        Deltagare
        Karin Holm, Region Åsen

        1. Uppdrag
        Politiskt samråd för vård, hälsa och omsorg i Åsen (PSÅ) gav den 16 maj 2025 ledningsgruppen i uppdrag att ta
        fram en plan och redovisa den för samrådet den 26 september 2025.
        """)
    assert "Politiskt samråd för hälsa" not in " ".join(got["bodies"])
    assert not [b for b in got["bodies"] if b.startswith("Politiskt samråd för vård") and "," not in b]


def test_leaving_all_political_offices_leaves_no_seat_in_a_fullmäktige_that_does_not_list_him():
    from samverkan.loaders.rules import Example
    from tests.loaders.test_rules import read
    text = "Mattias Holm (M) har lämnat sina politiska uppdrag."
    assert read(Example(text, body="Kommunfullmäktige, Åby kommun")).memberships == []
    # in a collaboration body's own minutes he leaves that body
    left = read(Example(text, body="Politiskt samråd Österland")).memberships
    assert [(m.person, m.group, m.change) for m in left] == [("Mattias Holm", "Politiskt samråd Österland", "leave")]


def test_a_body_by_its_type_word_is_the_form_its_item_names(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    SAMMANTRÄDESPROTOKOLL
        Kommunfullmäktige             Sammanträdesdatum 2025-04-24

        Ledamöter
        Kent Ådahl (S), ordförande
        Eva Brink (S)

        § 31  Val av ersättare i Politiskt samverkansråd för vård och omsorg
        Platsen som ersättare i Politiskt samverkansråd – Region Ås och kommunerna har varit vakant.
        Kommunfullmäktige beslutar
        att välja Jenny Åkesson (M) till ersättare i Politiskt samverkansråd efter Mats Holm (M).

        § 32  Meddelanden
        Eva Brink (S) informerar om arbetet i Politiskt samverkansråd, där hon är vice ordförande.
        Rådet har gett Regional ledningsgrupp Ås i uppdrag att ta fram en plan för införandet.
        Kommunfullmäktige beslutar
        att lägga meddelandena till handlingarna.
        """)
    assert (["Regional ledningsgrupp Ås"], "ta fram en plan för införandet") in got["assignments"]
    assert ("Eva Brink", "Politiskt samverkansråd", "member") in got["memberships"]
    assert ("Mats Holm", "Politiskt samverkansråd", "leave") in got["memberships"]


def test_a_log_of_decisions_and_actions_holds_decisions_only_where_a_row_states_one():
    from samverkan.loaders.extract import parse_minutes
    text = """Styrgrupp Äldre Tallnäs
Minnesanteckningar 2025-06-05

1. Rutiner
Gruppen diskuterade rutinerna.

2. Logg
| Nr | Beslut/åtgärd | Ansvarig | Klart |
|---|---|---|---|
| 1 | Utkast till rutin för hemgång | Karin Holm | 28/8 |
| 1 | Styrgruppen fastställer rutinen för läkemedel | Per Lind | 1/9 |
"""
    decisions = [d.text for d in parse_minutes(text, "x.md").decisions]
    assert "Styrgruppen fastställer rutinen för läkemedel" in " ".join(decisions)
    assert not [d for d in decisions if "Utkast till rutin" in d]


def test_a_body_named_in_an_action_table_row_is_no_body_with_the_initials_after_it(tmp_path):
    got = load(tmp_path, "Styrgrupp Äldre Tallnäs\nMinnesanteckningar 2025-06-05\n\nDeltagare\n"
                         "Karin Holm (KH), Tallnäs kommun\nPer Lind (PL), Region Åsen\n\n"
                         "1. Skolläkare\nStyrgruppen beslutar att tillsätta en arbetsgrupp för skolläkarfunktion.\n\n"
                         "2. Åtgärder\nÅtgärd\tAnsvarig\tKlart\n"
                         "Anmäla deltagare till arbetsgruppen för skolläkarfunktion\tKH, PL\tfore midsommar\n")
    assert not [b for b in got["bodies"] if "KH" in b or "PL" in b]


def test_a_given_name_with_the_initials_of_a_double_surname_is_that_person(tmp_path):
    got = load(tmp_path, """\
        Tjänstemannaberedningen Åsen
        Protokoll 2025-05-27

        Närvarande
        Karin Bäckman-Sved, länssamordnare
        Per Jonsson Wedin, socialchef, Åby kommun

        § 1  Övrigt
        Karin B-S sammanställer kommunernas synpunkter inför nästa möte. Per J W återkommer med namn
        på en ny företrädare före nästa möte.
        """)
    tasks = {tuple(a): t for a, t in got["assignments"]}
    assert tasks[("Karin Bäckman-Sved",)].startswith("sammanställa kommunernas synpunkter")
    assert tasks[("Per Jonsson Wedin",)].startswith("återkomma med namn")
    assert not [p for p in got["persons"] if p.startswith(("Karin B ", "Per J "))]


def test_the_last_meeting_of_a_member_is_her_leaving_and_the_one_after_her_replaces_her(tmp_path):
    got = load(tmp_path, """\
        Arbetsgrupp SIP Åsen
        Minnesanteckningar 2025-08-28

        Närvarande: Elin Borg (Åby kommun), Jonas Ek (Region Åsen), Hanna Wik (Region Åsen)

        1. Sammansättning
        Det här var Jonas sista möte – tack Jonas! Hanna Wik ersätter honom som regionens företrädare.

        2. Nästa möte
        Den 2 oktober, Teams.
        """)
    assert ("Jonas Ek", "Arbetsgrupp SIP Åsen", "leave") in got["memberships"]
    assert ("Hanna Wik", "Arbetsgrupp SIP Åsen", "replace") in got["memberships"]


def test_a_member_named_under_frånvarande_was_absent_though_a_stand_in_served_part_of_the_meeting(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    SAMMANTRÄDESPROTOKOLL
        Kommunfullmäktige             Sammanträdesdatum 2025-04-24

        Ledamöter                                  Tjänstgörande ersättare
        Kent Ådahl (S), ordförande
        Mats Ryd (S)                               Annika Frid (S) för Mats Ryd, §§ 30–31
        Sara Öhrn (C)

        Frånvarande: Mats Ryd (S)

        § 30  Val av justerare
        Kommunfullmäktige beslutar att utse Sara Öhrn (C) att justera protokollet.

        § 31  Meddelanden
        Kommunfullmäktige beslutar att lägga meddelandena till handlingarna.
        """)
    assert got["attendance"]["Mats Ryd"][0] == "absent"
    assert got["attendance"]["Kent Ådahl"][0] == "present"


def test_a_title_printed_after_the_diary_number_on_the_heading_line_is_the_items_title():
    from samverkan.loaders.extract import parse_minutes
    text = ("ÅBY KOMMUN\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-05-06\n\n"
            "§ 32 Dnr KS 2025/088 Val av representant i Lokala närvårdsrådet\n"
            "Siv Ek (S) har avsagt sig uppdraget.\n\n"
            "§ 33 Dnr KS 2025/091\nMobilt närvårdsteam\nSocialchef Per Lind redovisar att piloten startar.\n")
    items = {i.number: i.title for i in parse_minutes(text, "x.txt").items}
    assert items == {"32": "Val av representant i Lokala närvårdsrådet", "33": "Mobilt närvårdsteam"}


def test_an_official_listed_for_some_paragraphs_who_presents_one_of_them_is_föredragande(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    SAMMANTRÄDESPROTOKOLL
        Kommunstyrelsens arbetsutskott  Sammanträdesdatum 2025-05-06

        Beslutande          Mats Svan (C), ordförande
                            Henrik Wall (M)
        Övriga deltagare    Lars Pettersson, socialchef, §§ 33–34
                            Ulla Sand, kommundirektör

        § 33  Mobilt närvårdsteam
        Föredragande: Lars Pettersson
        Arbetsutskottet beslutar att ställa sig bakom piloten.

        § 34  Övriga frågor
        Arbetsutskottet beslutar att lägga informationen till handlingarna.
        """)
    assert got["attendance"]["Lars Pettersson"] == ("guest", ["föredragande"])
    assert got["attendance"]["Ulla Sand"] == ("guest", [])


def test_a_place_after_a_dash_in_the_title_is_part_of_the_groups_name_unless_it_is_the_region(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    local = load(tmp_path / "a", """\
        # Operativ arbetsgrupp SIP – Tallnäs

        Minnesanteckningar 2025-12-02
        Deltagare: Karin Holm (samordnare, Tallnäs kommun), Per Lind (Region Åsen)

        ## 1. Rutin
        Gruppen gick igenom rutinen.
        """)
    assert local["body"] == "Operativ arbetsgrupp SIP, Tallnäs"
    regional = load(tmp_path / "b", """\
        # Ledningsgrupp för vård och omsorg – Åsen

        Minnesanteckningar 2025-12-02
        Deltagare: Karin Holm (Region Åsen); Per Lind (Tallnäs kommun)

        ## 1. Rutin
        Gruppen gick igenom rutinen.
        """)
    assert regional["body"] == "Ledningsgrupp för vård och omsorg"


def test_a_council_of_one_kommun_is_named_with_its_kommun_and_its_roster_side_by_side_is_read(tmp_path):
    got = load(tmp_path, """\
        EKÖ KOMMUN
        Brottsförebyggande rådet (BRÅ)
        PROTOKOLL 2025-10-28

        Beslutande                                   Tjänstgörande ersättare
        Ingrid Lund (S), ordförande                  Kerstin Holm (S) för Rolf Dahl (S)
        Göran Ek (M)
        Marianne Berg (V)

        § 5 Avtal
        Rådet beslutar
        att godkänna avtalet.

        Omröstning
        Med 5 ja-röster mot 2 nej-röster beslutar rådet enligt Ingrid Lunds yrkande.
        """)
    assert got["body"] == "Brottsförebyggande rådet, Ekö kommun"
    assert got["attendance"]["Göran Ek"] == ("present", ["ledamot"])
    assert got["attendance"]["Marianne Berg"] == ("present", ["ledamot"])
    assert got["attendance"]["Kerstin Holm"][0] == "present"
    assert got["attendance"]["Rolf Dahl"][0] == "absent"


def test_the_outcome_of_a_vote_is_no_decided_point_of_its_own(tmp_path):
    from samverkan.loaders.extract import _decision_heading
    assert _decision_heading("Med 52 ja-röster mot 9 nej-röster beslutar fullmäktige enligt Anna Eks yrkande.") is None
    assert _decision_heading("Fullmäktige beslutar enligt Anna Eks yrkande.") is not None


def test_rows_by_initials_under_an_item_titled_uppdrag_till_nästa_möte_are_tasks(tmp_path):
    got = load(tmp_path, """\
        Samverkansgrupp barn och unga Tallnäs
        Minnesanteckningar 2025-11-11

        Närvarande
        Karin Holm, Tallnäs kommun
        Per Lind, Region Åsen

        1. Lägesbild
        Karin Holm redogjorde för läget.

        2. Uppdrag till nästa möte
        - KH: redovisa antalet orosanmälningar under hösten
        - PL: undersöka om skolan kan ta emot en föreläsning
        """)
    tasks = {(tuple(who), task) for who, task in got["assignments"]}
    assert (("Karin Holm",), "redovisa antalet orosanmälningar under hösten") in tasks
    assert (("Per Lind",), "undersöka om skolan kan ta emot en föreläsning") in tasks


def test_a_task_a_follow_up_table_reports_done_is_kept_as_reported_one_still_going_on_stays_open(tmp_path):
    got = load(tmp_path, """\
        # Arbetsgrupp SIP Tallnäs

        Minnesanteckningar 2025-12-02

        Deltagare: Karin Holm (Tallnäs kommun), Per Lind (Region Åsen)

        ## 1. Uppföljning av förra mötets uppgifter

        | Uppgift | Ansvarig | Status |
        |---|---|---|
        | Sammanställa antal SIP-möten under våren | KH | Klart |
        | Boka utbildning i SIP för elevhälsan | PL | Pågår, datum i januari |
        """)
    tasks = {(tuple(who), task) for who, task in got["assignments"]}
    assert (("Per Lind",), "boka utbildning i SIP för elevhälsan") in tasks
    assert (("Karin Holm",), "sammanställa antal SIP-möten under våren") in tasks
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        status = {a["task"]: a["status"] for a in export_json(s.to_networkx())["assignments"]}
    assert status["sammanställa antal SIP-möten under våren"] == "reported"
    assert status["boka utbildning i SIP för elevhälsan"] == "open"


def test_an_acronym_never_spelled_out_that_holds_meetings_is_a_body(tmp_path):
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.relations import extract_relations
    text = textwrap.dedent("""\
        Anteckningar Samverkansgrupp barn och unga
        Datum: 2025-04-10
        Närvarande: Karin Holm (ordf.), Per Lind

        2. Handlingsplan – uppdraget från RLG
        Karin Holm skickar handlingsplanen till RLG senast 30 maj och redovisar den vid RLG:s möte den 12 juni.
        Frågan om finansiering lyfts vidare till RLG.
        """)
    rel = extract_relations(parse_minutes(text, "sgbu.txt"))
    assert ("Samverkansgrupp barn och unga", "RLG", "refers") in {(m.from_body, m.to_body, m.kind) for m in rel.mandates}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert "RLG" in load(tmp_path / "a", text)["bodies"]
    # an acronym the text only mentions names no body
    mentioned = text.replace("uppdraget från RLG", "RLG").replace(" vid RLG:s möte", "")
    assert "RLG" not in load(tmp_path / "b", mentioned)["bodies"]


def test_a_body_named_by_an_acronym_the_minutes_spell_out_is_also_named_in_full(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "lg.txt").write_text(textwrap.dedent("""\
        LEDNINGSGRUPPEN FÖR SAMVERKAN I NORRBY
        Minnesanteckningar från mötet 2025-06-11

        Närvarande
        Sofia Rehn, Region Norrby (ordförande)
        Lars Hedlund, Tallviks kommun

        1. INLEDNING
        Dagordningen fastställdes.

        2. DIGITALA VÅRDMÖTEN I HEMMET (DVH) – FORTSÄTTNING
        Beslut: Styrgruppen för DVH rapporterar till Styrgrupp Nära vård.
        """), encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        d = export_json(s.to_networkx())
    names = {o["name"]: set(o.get("other_names") or []) for o in d["organizations"]}
    spelled = [n for n, others in names.items() if "Styrgrupp för Digitala vårdmöten i hemmet" in others | {n}]
    assert len(spelled) == 1 and "DVH" in spelled[0] + " ".join(names[spelled[0]])
    # the acronym alone stays as it is: the long form is the name of a project, not of a body
    assert not any(o == "Digitala vårdmöten i hemmet" for o in names)


def test_a_seat_left_by_its_holders_title_is_the_leaving_of_that_seat_told_once(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "au.txt").write_text(textwrap.dedent("""\
        Socialnämndens arbetsutskott, Forsby kommun
        Protokoll 2025-04-15

        Närvarande ledamöter
        Lars Öberg (S), ordförande
        Gunilla Viklund (C)

        Övriga
        Britt-Marie Ljung, socialchef

        § 37 Representation i Styrgrupp Nära vård
        Socialchefen har meddelat att hon lämnar uppdraget som vice ordförande i Styrgrupp Nära
        vård efter sommaren. Äldreomsorgschefen Eva Lindblad ersätter henne i styrgruppen från
        den 1 september 2025.
        Arbetsutskottet beslutar
        att notera informationen.
        """), encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        d = export_json(s.to_networkx())
    n = {x["id"]: x["name"] for x in d["persons"] + d["organizations"]}
    leaving = [(n[m["organization_id"]], m["role"]) for m in d["memberships"]
               if n[m["person_id"]] == "Britt-Marie Ljung" and m["change"] == "leave"]
    assert leaving == [("Styrgrupp Nära vård", "vice ordförande")]


def test_a_member_marked_new_in_the_roster_joins_the_body(tmp_path):
    got = load(tmp_path, """\
        Minnesanteckningar Arbetsgrupp SIP, Tallnäs
        Onsdag 26 mars 2025, 13.15–15.15, Teams

        Deltagare
          Borg, Elin – Region Åsen (sammankallande)
          Holmgren, Petra – Tallnäs kommun (ny)

        1  Föregående anteckningar
        Anteckningarna lades till handlingarna.

        2  Nästa möte
        Onsdag 7 maj.
        """)
    assert ("Petra Holmgren", "Arbetsgrupp SIP, Tallnäs", "join") in got["memberships"]
    assert ("Elin Borg", "Arbetsgrupp SIP, Tallnäs", "join") not in got["memberships"]


def test_a_seat_elsewhere_named_in_the_roster_by_its_kind_word_is_the_body_the_minutes_name():
    from samverkan.loaders.extract import parse_attendance_entry
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import ParsedItem, ParsedMinutes
    entry, _ = parse_attendance_entry("Per Lind, Region Åsen, ordförande i samordningsgruppen, § 14–15", "present", [])
    assert entry.seats == [("ordförande", "samordningsgruppen")]
    rel = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Politiskt samråd Tallnäs",
                                          attendance=[entry], items=[ParsedItem(number="14", title="Läkare", body=(
                                              "Samordningsgruppen Vårdsamverkan Tallnäs har tagit fram ett förslag."))]))
    assert [(m.person, m.group, m.change) for m in rel.memberships] == [
        ("Per Lind", "Samordningsgruppen Vårdsamverkan Tallnäs", "member")]


def test_a_task_line_that_says_it_is_done_is_a_report_on_an_earlier_task_not_a_new_one():
    from samverkan.loaders.rules import Example
    from tests.loaders.test_rules import read
    got = read(Example("EB kontaktar Anders Nygård-Pettersson – klart, se p. 1.", roster=("Elin Borg",)))
    assert [(a.assignees, a.task, a.report_back) for a in got.assignments] == [
        (["Elin Borg"], "kontakta Anders Nygård-Pettersson", True)]
    got = read(Example("EB kontaktar Anders Nygård-Pettersson, klart till 1 maj.", roster=("Elin Borg",)))
    assert [a.report_back for a in got.assignments] == [False]


def test_an_earlier_task_followed_up_with_its_status_after_a_colon():
    """A list of earlier tasks: "X skulle …: redovisat, punkten avslutas" is done; "…: pågår" is still open."""
    from samverkan.loaders.rules import Example
    from tests.loaders.test_rules import read
    got = read(Example("Karlshamns kommun skulle sammanställa väntetiderna till boendestöd: redovisat, punkten avslutas.\n"
                       "Sara Lind skulle kartlägga öppna mötesplatser i länet: pågår, återrapporteras i juni."))
    assert [(a.assignees, a.task, a.report_back) for a in got.assignments] == [
        (["Karlshamns kommun"], "sammanställa väntetiderna till boendestöd", True),
        (["Sara Lind"], "kartlägga öppna mötesplatser i länet", False)]


KOMMUN_PROTOCOL = """\
    ÅBY KOMMUN                                  SAMMANTRÄDESPROTOKOLL
    Vård- och omsorgsnämnden                    Sammanträdesdatum 2025-10-22

    Plats och tid          Kommunhuset, kl. 13.00–16.10

    Beslutande             Gunilla Strand (S), ordförande
                           Amina Yusuf (S)
                           Lars Backman (C)

    Övriga närvarande      Ersättare: Jonas Berg (S), Maria Sjölin (M)
                           Tjänstepersoner: Annika Roos, förvaltningschef

    Frånvarande            Ersättare: Kent Lind (KD)

    Utses att justera      Lars Backman (C)

    § 61     Fastställande av dagordning

    Vård- och omsorgsnämndens beslut
    Dagordningen fastställs.

    § 62     Val av representant till Samverkansgruppen för äldre i Åby

    Maria Sjölin (M) har begärt entledigande från uppdraget.

    Vård- och omsorgsnämndens beslut
    1. Maria Sjölin (M) entledigas från uppdraget som representant i Samverkansgruppen för äldre i Åby.
    2. Jonas Berg (S) väljs till ny representant i Samverkansgruppen för äldre i Åby.
    """


def test_a_decision_under_the_bodys_own_label_is_quoted_without_the_label(tmp_path):
    got = load(tmp_path, KOMMUN_PROTOCOL)
    decided = [" ".join(t.rstrip(".").split()) for t in got["decisions"]]
    assert "Dagordningen fastställs" in decided
    assert "Maria Sjölin (M) entledigas från uppdraget som representant i Samverkansgruppen för äldre i Åby" in decided
    assert not [t for t in decided if "beslut" in t.lower()]


def test_a_sub_label_in_a_roster_section_says_who_the_names_after_it_are(tmp_path):
    got = load(tmp_path, KOMMUN_PROTOCOL)
    assert got["attendance"]["Jonas Berg"] == ("present", ["ersättare"])
    assert got["attendance"]["Maria Sjölin"] == ("present", ["ersättare"])
    assert got["attendance"]["Kent Lind"] == ("absent", ["ersättare"])
    assert got["attendance"]["Annika Roos"][0] == "guest"


def test_a_roster_as_a_word_table_with_the_party_or_huvudman_in_its_first_row_only(tmp_path):
    """Word keeps a roster laid out with spaces as a two-column table: the party or huvudman is in
    the first cell of its first row, the rows under it leave that cell empty."""
    import docx
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.read import read_document

    doc = docx.Document()
    doc.add_paragraph("PROTOKOLL")
    doc.add_paragraph("Politisk vårdsamverkan Åby")
    doc.add_paragraph("Datum: 2025-10-09")
    for label, rows in (("Beslutande", [("Socialdemokraterna", "Karin Åström, ordförande"), ("", "Tomas Nilsson"),
                                        ("Moderaterna", "Johan Ekholm, vice ordförande"), ("", "Birgitta Holm")]),
                        ("Närvarande ersättare", [("Region Åby", "Erik Sjödin (KD)"), ("Ekö kommun", "Nina Persson (V)")])):
        doc.add_paragraph(label)
        table = doc.add_table(rows=0, cols=2)
        for lead, name in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = lead, name
    doc.add_paragraph("Tjänstepersoner")
    doc.add_paragraph("Helena Bäck, områdeschef, Region Åby")
    doc.add_paragraph("§ 1 Mötets öppnande")
    doc.add_paragraph("Ordföranden öppnar mötet.")
    path = tmp_path / "protokoll.docx"
    doc.save(path)

    seen = {a.name: (a.status, a.roles, a.party) for a in parse_minutes(read_document(path).text, path.name).attendance}
    assert seen["Tomas Nilsson"] == ("present", ["ledamot"], "(S)")
    assert seen["Johan Ekholm"][2] == "(M)" and "vice ordförande" in seen["Johan Ekholm"][1]
    assert seen["Birgitta Holm"] == ("present", ["ledamot"], "(M)")
    assert seen["Erik Sjödin"][:2] == ("present", ["ersättare"])
    assert seen["Nina Persson"][:2] == ("present", ["ersättare"])
    assert seen["Helena Bäck"][0] == "guest"
    assert not [n for n in seen if n.endswith(("Moderaterna", "kommun"))]


def test_a_party_alone_on_its_line_heads_the_names_under_it_and_the_notice_box_after_the_last_paragraph_is_no_part_of_it():
    """A PDF gives a roster table's party cell as a line of its own above the names (each from the
    margin), and may print the ANSLAG/BEVIS box after the last §."""
    from samverkan.loaders.extract import parse_minutes
    text = "\n".join((
        "KOMMUNFULLMÄKTIGE", "Åby kommun", "Sammanträdesdatum 2025-11-24", "Beslutande ledamöter",
        "Socialdemokraterna", "Karin Åström, ordförande", "Tomas Nilsson", "Moderaterna", "Johan Ekholm",
        "Birgitta Holm", "Liberalerna", "Sara Blom", "Justerare", "Birgitta Holm (M)",
        "§ 84", "Upprop", "Upprop förrättas.", "§ 85", "Interpellation",
        "Kommunfullmäktige beslutar att interpellationen är besvarad.",
        "ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", "Organ",
        "Kommunfullmäktige", "Underskrift", "Fredrik Hallin"))
    m = parse_minutes(text, "protokoll.pdf")
    seen = {a.name: a.party for a in m.attendance}
    assert seen == {"Karin Åström": "(S)", "Tomas Nilsson": "(S)", "Johan Ekholm": "(M)", "Birgitta Holm": "(M)",
                    "Sara Blom": "(L)"}
    last = m.items[-1]
    assert "justerat" not in "\n".join(text.split("\n")[last.line_start - 1:last.line_end]).lower()


def test_plain_titles_of_a_word_document_with_no_blank_lines_are_its_items(tmp_path):
    """A Word document gives a paragraph a line and no blank lines: a short title line after a
    paragraph's full stop, over a paragraph of its own, is an item heading there too."""
    import docx
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.read import read_document

    doc = docx.Document()
    for text in ("Minnesanteckningar", "Styrgrupp Barnahus Åby", "Datum: 2025-11-13",
                 "Närvarande: Karin West, Region Åby (ordförande); Ola Nyman, Ekö kommun.",
                 "Inledning",
                 "Karin West hälsade välkommen. Anteckningarna från förra mötet lades till handlingarna.",
                 "Verksamheten hittills i år",
                 "Ola Nyman redovisade statistiken för årets tre första kvartal, och styrgruppen var enig om att",
                 "BUP:s ledningsgrupp ska få frågan om väntetiderna till nästa möte.",
                 "Nästa möte",
                 "Nästa möte hålls den 12 februari 2026 kl. 09.00 på Barnahus Åby."):
        doc.add_paragraph(text)
    path = tmp_path / "anteckningar.docx"
    doc.save(path)
    m = parse_minutes(read_document(path).text, path.name)
    assert [(it.number, it.title) for it in m.items] == [
        ("1", "Inledning"), ("2", "Verksamheten hittills i år"), ("3", "Nästa möte")]
    # the same lines in a text file, where a blank line would stand before each title, are no items
    (tmp_path / "anteckningar.txt").write_text(read_document(path).text, encoding="utf-8")
    as_text = parse_minutes((tmp_path / "anteckningar.txt").read_text(encoding="utf-8"), "anteckningar.txt")
    assert not [it for it in as_text.items if it.number]


def test_a_pdfs_plain_titles_and_a_body_name_wrapped_over_the_title_lines(tmp_path):
    """A PDF's text is the page's lines, with no blank line between paragraphs: plain titles are
    still headings, and a title wrapped after 'och' (or with the date cell printed between its
    halves) is one name."""
    from samverkan.loaders.extract import parse_minutes
    text = "\n".join((
        "Minnesanteckningar – Samverkansgrupp barn och", "unga, Åby södra delregion",
        "Mötesdatum: torsdag 9 oktober 2025, 13.00–15.30",
        "Närvarande: Karin West, Region Åby (ordförande); Ola Nyman, Ekö kommun.",
        "Inledning",
        "Karin West hälsade välkommen och konstaterade att gruppen för första gången sedan våren är",
        "fullständig. Anteckningarna från förra mötet lades till handlingarna.",
        "Verksamheten hittills i år",
        "Ola Nyman redovisade statistiken för årets tre första kvartal, som visar att antalet samråd",
        "har ökat med drygt 20 procent jämfört med samma period förra året, medan andelen barn som",
        "fått en läkarundersökning inom 72 timmar ligger kvar på omkring 60 procent. I diskussionen",
        "som följde framkom att väntetiden till BUP efter en avslutad utredning är en återkommande",
        "fråga, och styrgruppen var enig om att Karin West tar med sig frågan till BUP:s ledning och",
        "återkommer med ett svar till nästa möte.",
        "Nästa möte",
        "Nästa möte hålls den 12 februari 2026 kl. 09.00 på Barnahus Åby i stora salen på plan två."))
    m = parse_minutes(text, "anteckningar.pdf")
    assert m.body == "Samverkansgrupp barn och unga, Åby södra delregion"
    assert [it.title for it in m.items] == ["Inledning", "Verksamheten hittills i år", "Nästa möte"]
    split = parse_minutes("\n".join(("REGION ÅBY", "PROTOKOLL", "Politiskt samverkansråd för hälsa,", "Sammanträdesdatum",
                                     "vård och omsorg i Åby", "2025-10-24", "Närvarande", "Karin West (S), ordförande",
                                     "§ 1 Mötets öppnande", "Ordföranden öppnar mötet.")), "protokoll.pdf")
    assert split.body == "Politiskt samverkansråd för hälsa, vård och omsorg i Åby"


def test_a_roster_label_further_on_the_line_and_a_name_ending_its_sentence(tmp_path):
    """"Närvarande: …, Per Lind. Förhinder: Eva Berg." on one line (as a Word paragraph or a PDF joins
    them): the second label says who follows it; the full stop after a name is no part of it."""
    from samverkan.loaders.extract import parse_minutes
    for roster in ("Närvarande: Anna Ek (Åby kommun), Per Lind (Region Åby) Förhinder: Eva Berg (Ekö kommun)",
                   "Närvarande: Anna Ek, Per Lind. Förhinder: Eva Berg.",
                   "Närvarande: Anna Ek, Per Lind\nFörhinder: Eva Berg."):
        m = parse_minutes(f"Anteckningar arbetsgrupp SIP Åby 2025-08-28\n{roster}\n\n1. Inledning\nAnna öppnade "
                          "mötet.\n2. Nästa möte\nNästa möte 2025-10-01.\n", "anteckningar.txt")
        assert [(a.name, a.status) for a in m.attendance] == [
            ("Anna Ek", "present"), ("Per Lind", "present"), ("Eva Berg", "absent")], roster


def test_in_a_councils_minutes_the_group_an_item_reports_from_is_what_gruppen_means(tmp_path):
    got = load(tmp_path, """\
        Protokoll Regionala samverkansrådet i Norrvik 2025-11-07

        Närvarande: Maria Lund (S), Region Norrvik, ordförande; Olof Berg (M), Alby kommun; Ulla Ros, Alby kommun

        § 5 Rapporter från samverkansgrupperna
        a) Samverkansgrupp äldre: Ulla Ros rapporterade att gruppen arbetar med fallprevention.
        Gruppen återkommer till rådet med förslag på gemensamma mål i mars.

        § 6 Samverkansgrupp barn och unga
        Olof Berg rapporterade från gruppens arbete. Samverkansgruppen ska presentera en handlingsplan för rådet i maj.
        """)
    assert (["Samverkansgrupp äldre"], "återkomma till rådet med förslag på gemensamma mål i mars") in got["assignments"]
    assert (["Samverkansgrupp barn och unga"], "presentera en handlingsplan för rådet i maj") in got["assignments"]


def test_a_task_written_as_labelled_fields_on_one_line(tmp_path):
    got = load(tmp_path, """\
        Mötesanteckningar – Processteam Trygg hemgång Åby
        Datum: 2025-11-20
        Deltagare: Anna Lund (AL), Björn Ek (BE), Region Åby

        1. Rutin för läkemedelslista
        Diskussion om rutinen.
        - Vem: BE. Vad: skicka rutinen till styrgruppen. När: senast 5/12.
        - Vad: boka lokal för utbildningen; Ansvarig: Anna Lund

        2. Nästa möte
        Nästa möte 2025-12-18.
        """)
    assert (["Björn Ek"], "skicka rutinen till styrgruppen") in got["assignments"]
    assert (["Anna Lund"], "boka lokal för utbildningen") in got["assignments"]


def test_those_called_came_unless_listed_under_förhinder(tmp_path):
    got = load(tmp_path, """\
        Minnesanteckningar Styrgrupp Nära vård Åby
        2025-10-08 kl 13-15, Teams

        Kallade: Anna Lund (ordf), Region Åby; Björn Ek, Ekö kommun; Cecilia Sand, Berga kommun; David Ström, Region Åby
        Förhinder: Cecilia Sand
        Mötessekreterare: David Ström

        1. Inledning
        Anna hälsade välkommen.

        2. Nästa möte
        2025-11-12.
        """)
    assert {n: s for n, (s, _) in got["attendance"].items()} == {
        "Anna Lund": "present", "Björn Ek": "present", "Cecilia Sand": "absent", "David Ström": "present"}
    assert "sekreterare" in got["attendance"]["David Ström"][1]


def test_a_proposal_to_decide_is_no_decision_and_decided_for_its_own_part_heads_the_clauses(tmp_path):
    from samverkan.loaders.extract import _decision_heading
    assert _decision_heading("Regiondirektören föreslår att regionstyrelsen beslutar att anta överenskommelsen.") is None
    assert _decision_heading("Regionstyrelsen beslutar för egen del") == ("Regionstyrelsen", "", 1)


def test_a_decision_label_inside_a_paragraph_and_a_decision_taken_in_other_words():
    from samverkan.loaders.extract import parse_minutes
    for sentence, decided in (("Anna redogjorde för läget. Beslut: att införa rutinen från januari.", "införa rutinen från januari"),
                              ("Styrgruppen fattade beslut om att införa rutinen från januari.", "införa rutinen från januari"),
                              ("Förbundsstyrelsen fattar beslut om budgeten i december.", None)):
        m = parse_minutes("Minnesanteckningar Styrgrupp Nära vård Åby\n2025-10-08\n\nNärvarande: Anna Lund, Region Åby\n\n"
                          f"1. Rutin för SIP\n{sentence}\n\n2. Nästa möte\n2025-11-12.\n", "anteckningar.txt")
        assert [d.text for d in m.decisions] == ([decided] if decided else []), sentence


def test_why_a_body_is_told_something_and_what_it_is_told_are_no_part_of_its_name():
    from samverkan.loaders.relations import find_groups
    assert [g.name for g in find_groups("Planen lyfts till Regionalt politiskt samråd för vård och omsorg för kännedom "
                                        "vid samrådets möte i september.")][0] == "Regionalt politiskt samråd för vård och omsorg"
    assert [g.name for g in find_groups("att sekreteraren meddelar Samverkansgrupp barn och unga beslutet senast den 19 juni.")] \
        == ["Samverkansgrupp barn och unga"]
    assert [g.name for g in find_groups("Styrgruppen för vård och omsorg för barn och unga")] == [
        "Styrgruppen för vård och omsorg för barn och unga"]


def test_a_unit_named_by_a_short_word_with_a_capital_inside_is_no_person(tmp_path):
    got = load(tmp_path, """\
        Minnesanteckningar Styrgrupp Nära vård Åby
        2025-09-09

        Närvarande: Anna Lund, Region Åby; Åsa Grip, FoU-ledare

        1. Fast vårdkontakt
        Styrgruppen beslutade att FoU Åby får i uppdrag att göra en fördjupad uppföljning under hösten.

        2. Nästa möte
        2025-12-09.
        """)
    assert "FoU Åby" not in got["persons"]
    assert (["FoU Åby"], "göra en fördjupad uppföljning under hösten") in got["assignments"]


def test_a_report_led_by_the_initials_of_an_attendee_names_its_presenter():
    from samverkan.loaders.extract import parse_minutes
    m = parse_minutes("Minnesanteckningar Arbetsgrupp SIP Åby\n2025-03-26\n\nDeltagare\n  Borg, Elin – Region Åby\n"
                      "  Marklund, Tove – Samordningsförbundet Åby\n\n1  Utbildning\nTM: 31 anmälda till 8 april.\n"
                      "Elin tackar.\n\n2  Nästa möte\n2025-05-07.\n", "anteckningar.txt")
    assert m.items[0].presenters == ["Tove Marklund"]


def test_the_förbunds_board_told_of_after_its_name_is_that_förbunds_board():
    from samverkan.loaders.relations import find_groups
    assert [g.name for g in find_groups("Samordningsförbundet Åby: Sofia informerade om att förbundets styrelse vill ha "
                                        "en rapport.")] == ["Styrelsen, Samordningsförbundet Åby"]
    assert [g.name for g in find_groups("utse Per Ek till ersättare i Samordningsförbundet Åby Norras styrelse")] == [
        "Styrelsen, Samordningsförbundet Åby Norra"]


def test_a_närvarolista_counting_its_seats_with_1_and_dash_and_officials_titled_first(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                         SAMMANTRÄDESPROTOKOLL
        Socialnämnden                      Sammanträdesdatum
                                           2025-05-14

        Plats och tid          Kommunhuset, kl. 13.00–15.00

        Beslutande             Enligt närvarolista sidan 2

        Övriga närvarande      Förvaltningschef Eva Lund, nämndsekreterare Olle Berg, medicinskt
                               ansvarig sjuksköterska Pia Holm § 3, ersättare Rut Ek (S) och Ali Nasser (M)

        Utses att justera      Kim Sjö (M)

        NÄRVAROLISTA

        Ledamöter (3)                    Parti   Närvaro   Tjänstgörande ersättare
        Anna Wik, ordförande             S       1
        Kim Sjö                          M       1
        Vakant plats                     L       –         Rut Ek (S)

        Ersättare (3)                    Parti   Närvaro
        Rut Ek                           S       1
        Ali Nasser                       M       1
        Bo Falk                          C       –

        § 1 Val av justerare
        Beslut
        Kim Sjö (M) utses att justera protokollet.
        """)
    att = got["attendance"]
    assert att["Anna Wik"][0] == att["Kim Sjö"][0] == "present"
    # an ersättare the närvarolista marks present in her seat, though "Övriga närvarande" names her too
    assert att["Rut Ek"] == ("present", ["ersättare"]) and att["Ali Nasser"][0] == "present"
    assert att["Bo Falk"][0] == "absent"
    # the officials of the comma run, each with the title written before the name
    assert "Olle Berg" in att
    assert att["Eva Lund"][0] == att["Pia Holm"][0] == "guest"
    assert not any("Vakant" in p or "Parti" in p for p in got["persons"])
    body = got["body"]
    assert {(p, body, "member") for p in ("Anna Wik", "Kim Sjö", "Rut Ek", "Ali Nasser", "Bo Falk")} <= got["memberships"]
    assert ("Eva Lund", body, "member") not in got["memberships"]


def test_a_tjg_ersättare_after_a_name_and_a_förslag_till_beslut_in_the_words_of_a_decision(tmp_path):
    got = load(tmp_path, """\
        REGION ÅBY                         PROTOKOLL
        Regionstyrelsen                    2025-05-14

        Plats och tid          Regionens hus, kl. 09.00–12.00
        Beslutande             Anna Wik (S), ordförande
                               Kim Sjö (M) ej § 2
                               Bo Falk (C), tjg ersättare för Eva Ek (C)
                               Ulf Ros (S), tjg ersättare § 2
        Utses att justera      Anna Wik (S)

        § 1 Plan för nära vård
        Förslag till beslut
        Regionstyrelsen beslutar att anta planen.
        Beslutsgång
        Ordföranden finner att regionstyrelsen bifaller förslaget.
        Beslut
        Regionstyrelsen beslutar att anta planen med ändringen att den gäller från 2026.
        """)
    assert got["attendance"]["Ulf Ros"] == ("present", ["ersättare"])
    assert got["attendance"]["Bo Falk"] == ("present", ["ersättare"])
    assert got["decisions"] == ["anta planen med ändringen att den gäller från 2026."]


def test_a_gemensam_nämnds_title_page_line_by_line_and_its_närvarolista_by_kommun(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN
        SAMMANTRÄDESPROTOKOLL
        Gemensamma nämnden för familjerätt
        Sammanträdesdatum 2025-05-14
        Plats och tid
        Stadshuset, rum Navet, Åby, kl. 13.30–15.45
        Beslutande
        Enligt närvarolista
        Övriga närvarande
        Familjerättschef Lina Berg, nämndsekreterare Jonas Åkerman
        Utses att justera
        Eva Ahl (C), Ekby kommun

             NÄRVAROLISTA
             Ledamöter                  Parti     Kommun      Närvaro     Tjänstgörande ersättare
             Rolf Lund, ordförande      S         Åby         X
             Eva Ahl                    C         Ekby        X
             Tor Wern                   M         Hamrå       –           Elin Kask (M)
             Ersättare
             Elin Kask                  M         Hamrå       X
             Ann Holm                   KD        Åby         –

        GN § 1
        Val av justerare
        Beslut
        Eva Ahl (C) utses att jämte ordföranden justera protokollet.
        """)
    att = got["attendance"]
    assert att["Lina Berg"][0] == "guest" and att["Jonas Åkerman"][0] in ("guest", "present")
    assert "ledamot" not in att["Lina Berg"][1]
    assert att["Rolf Lund"][0] == att["Eva Ahl"][0] == "present" and att["Tor Wern"] == ("absent", ["ledamot"])
    # the rows under "Ersättare" in the name column are the ersättare, present or not
    assert att["Elin Kask"] == ("present", ["ersättare"]) and att["Ann Holm"] == ("absent", ["ersättare"])
    assert not any(b.startswith(("S ", "M ", "Hamrå", "Ersättare")) for b in got["bodies"])


def test_a_label_cell_wrapped_over_three_lines_and_officials_with_bare_paragraph_numbers(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                          SAMMANTRÄDESPROTOKOLL
        Kommunstyrelsen                     Sammanträdesdatum 2025-05-14

        Beslutande             Ledamöter
                               Anna Wik (S), ordförande, Kim Sjö (M) och Bo Falk (C).

        Närvarande, ej         Tord Nilsson (M) och Lena Öhman (MP)
        tjänstgörande
        ersättare

        Tjänstemän             Kommundirektör Karl Wiberg, ekonom Nils Åberg 2, socialchef Tove Hall 2–3

        KS § 1
        Budget
        Ekonom Nils Åberg redovisar budgeten.
        Kommunstyrelsens beslut
        Kommunstyrelsen beslutar att lägga rapporten till handlingarna.
        """)
    att = got["attendance"]
    assert att["Tord Nilsson"] == ("present", ["ersättare"]) and att["Lena Öhman"] == ("present", ["ersättare"])
    assert att["Karl Wiberg"][0] == att["Tove Hall"][0] == "guest" and "ersättare" not in att["Tove Hall"][1]
    assert "Ekonom Nils Åberg" not in got["persons"] and "Nils Åberg" in got["persons"]


def test_a_närvarande_heading_over_labelled_sections_with_parties_in_lower_case(tmp_path):
    got = load(tmp_path, """\
        PROTOKOLL
        Nämnden för folkhälsa och sjukvård
        Plats: Regionens hus
        Tid: 2025-03-14 kl. 09.00–12.00

        Närvarande:
        Beslutande:
        Maria Frid (kd) ordförande
        Tomas Bäck (m) (ers Maj Jonsson (m))
        Per Svedin (s)

        Ersättare:
        Lars Ola (s) 1:e ersättare

        Övriga:
        Lena Lind, sekreterare

        § 1 Val av justerare
        Nämnden utser Per Svedin (s) att tillsammans med ordföranden justera protokollet.
        """)
    att = got["attendance"]
    assert att["Maria Frid"] == ("present", ["ledamot", "ordförande"])
    assert att["Tomas Bäck"] == ("present", ["ersättare"]) and att["Maj Jonsson"][0] == "absent"
    assert att["Lars Ola"] == ("present", ["ersättare"]) and att["Lena Lind"][0] == "guest"
    assert (["Per Svedin"], "tillsammans med ordföranden justera protokollet") in got["assignments"]


def test_a_roster_line_headed_by_a_unit_gives_its_people_that_unit_and_a_task_row_may_name_it_short(tmp_path):
    got = load(tmp_path, """\
        Brottsförebyggande rådet Tallnäs
        Minnesanteckningar 2025-11-11

        Närvarande
        Socialförvaltningen: Karin Holm (enhetschef), Per Lind (socialsekreterare)
        Räddningstjänsten Åsen: Eva Berg (insatsledare)

        1. Lägesbild
        Karin Holm redogjorde för läget.

        2. Uppdrag till nästa möte
        - KH: redovisa antalet orosanmälningar under hösten
        - Räddningstjänsten: rapportera anlagda bränder under 2025
        """)
    tasks = {(tuple(who), task) for who, task in got["assignments"]}
    assert (("Räddningstjänsten Åsen",), "rapportera anlagda bränder under 2025") in tasks
    assert "Räddningstjänsten Åsen" not in got["persons"]
    assert {"Socialförvaltningen", "Räddningstjänsten Åsen"} <= got["bodies"]


def test_the_unit_or_organisation_heading_a_roster_line_is_each_persons_on_it():
    from samverkan.loaders.extract import parse_minutes
    m = parse_minutes("BRÅ Tallnäs\nDatum: 2025-02-02\nNärvarande\nSocialförvaltningen: Anna Lund (enhetschef), Per Berg\n"
                      "Polisen: Eva Ek (kommunpolis)\nKommunerna: Siv Dal (Östmo)\nPlats: Teams\n\n1. Öppnande\nText.\n"
                      "2. Avslut\nText.\n")
    assert [(a.name, a.unit, a.organisation) for a in m.attendance] == [
        ("Anna Lund", "Socialförvaltningen", None), ("Per Berg", "Socialförvaltningen", None),
        ("Eva Ek", None, "Polisen"), ("Siv Dal", None, None)]


def test_a_group_type_word_is_found_where_it_ends_a_word_not_inside_another():
    from samverkan.loaders.knowledge import load_generic
    k = load_generic()
    assert k.group_type("Räddningstjänsten Åsen") is None and k.group_type("Rådgivningen") is None
    assert k.group_type("Folkhälsorådets presidium").word == "råd"
    assert k.group_type("Samrådsgrupp för nära vård").word == "råd"
    assert k.group_type("arbetsgrupperna").word == "arbetsgrupp"


def test_a_task_to_two_roles_goes_to_each_roles_holder(tmp_path):
    got = load(tmp_path, """\
        Brottsförebyggande rådet Tallnäs
        Minnesanteckningar 2025-11-11

        Närvarande
        Karin Holm (ordförande), Per Lind (sekreterare), Eva Berg

        1. Lägesbild
        Karin Holm redogjorde för läget.

        2. Rapportering till kommunstyrelsen
        Beslut: Ordföranden och sekreteraren sammanställer årsrapporten.
        """)
    tasks = {(tuple(who), task) for who, task in got["assignments"]}
    assert (("Karin Holm", "Per Lind"), "sammanställa årsrapporten") in tasks


def test_a_follow_up_row_naming_a_body_and_initials_in_brackets_gives_both_the_task(tmp_path):
    got = load(tmp_path, """\
        # Samverkansgrupp barn och unga Tallnäs

        Minnesanteckningar 2025-08-20

        Deltagare: Anna Frost (AF), Tallnäs kommun; Per Lind (PL), Region Åsen

        ## 1. Uppföljning av uppdrag

        | Uppdrag | Ansvarig | Status |
        |---|---|---|
        | Utkast till införandeplan för överenskommelsen | Samverkansgruppen (AF) | Pågår |
        | Boka utbildning i SIP för elevhälsan | PL | Pågår |
        """)
    tasks = {(tuple(who), task) for who, task in got["assignments"]}
    assert (("Anna Frost", "Samverkansgrupp barn och unga Tallnäs"),
            "ta fram ett utkast till införandeplan för överenskommelsen") in tasks


def test_a_presenter_named_after_a_title_of_several_words():
    from samverkan.loaders.extract import _prose_presenters
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry(name="Jörgen Tall", status="present"), AttendanceEntry(name="Sofia Nyberg", status="present")]
    assert _prose_presenters("Vård- och omsorgschef Jörgen Tall föredrar ärendet.", att) == ["Jörgen Tall"]
    assert _prose_presenters("Medicinskt ansvarig sjuksköterska Sofia Nyberg redogör för läget.", att) == ["Sofia Nyberg"]


def test_a_second_presenter_with_the_verb_left_out_and_one_who_presents_elsewhere():
    from samverkan.loaders.extract import _prose_presenters
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry(name=n, status="present", initials=i) for n, i in (
        ("Birgitta Hallén", "BH"), ("Lena Järvholm", "LJ"), ("Katarina Wiik", "KW"), ("Anders Hjelm", "AH"))]
    told = "BH och LJ redovisade siffrorna för sina kommuner och KW för Östmo."
    assert _prose_presenters(told, att) == ["Birgitta Hallén", "Lena Järvholm", "Katarina Wiik"]
    # presenting the matter where it was sent is a task, no presenter here
    assert _prose_presenters("Frågan lyfts till LSVO:s möte i maj. Anders Hjelm föredrar ärendet där.", att) == []


def test_who_gives_a_situation_report_at_the_meeting_presents_it():
    from samverkan.loaders.extract import _prose_presenters
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry(name="Helga Nyberg", status="present")]
    assert _prose_presenters("Helga Nyberg lämnade lägesrapport från projektet.", att) == ["Helga Nyberg"]
    assert _prose_presenters("Helga Nyberg lämnar en rapport till styrgruppen i maj.", att) == []
    assert _prose_presenters("Helga Nyberg (C) besvarar interpellationen.", att) == ["Helga Nyberg"]


def test_notes_under_an_invitations_copy_read_its_time_organiser_and_replies(tmp_path):
    got = load(tmp_path, """\
        Processteam trygg utskrivning – anteckningar

        Möte: tisdag 2 september 2025 09:00–11:00, Microsoft Teams
        Arrangör: Berglund Annika
        Deltog: Lind Per; Holm Eva; Sandberg Oskar
        Avböjt: Falk Nils

        1. Rutinen
        Processteamet godkände rutinen.

        2. Nästa möte
        Tisdag 7 oktober, Teams.
        """)
    assert got["body"] == "Processteam trygg utskrivning"
    assert got["attendance"]["Annika Berglund"] == ("present", ["sammankallande"])
    assert got["attendance"]["Nils Falk"][0] == "absent"
    assert got["attendance"]["Eva Holm"][0] == "present"


def test_a_roster_told_in_a_sentence_ends_with_it(tmp_path):
    got = load(tmp_path, """\
        LOKALA NÄRVÅRDSRÅDET I TALLVIK

        Minnesanteckningar från rådets möte onsdagen den 10 september 2025 på Vårdcentralen Tallvik.

        Närvarande var Vera Sund (ordförande, Tallviks kommun), Olof Rask (socialchef, Tallviks kommun) och Mia Kron (verksamhetschef, Vårdcentralen Tallvik). Anteckningar fördes av Olof Rask. Ines Dahl (Region Åsen) hade anmält förhinder.

        Vera Sund hälsades välkommen som ny ordförande.

        Rådet beslutade att minnesanteckningarna publiceras på kommunens webbplats.
        """)
    assert got["attendance"]["Mia Kron"][0] == "present"
    assert got["attendance"]["Ines Dahl"][0] == "absent"
    assert "ordförande" in got["attendance"]["Vera Sund"][1]
    # what follows the sentence is prose, not more of the roster
    assert not [b for b in got["bodies"] if "hälsades" in b]


def test_notes_kept_as_a_decision_log_read_each_row_as_a_point(tmp_path):
    got = load(tmp_path, """\
        # Arbetsgrupp SIP Åsen – minnesanteckningar

        **Datum:** 2025-05-07
        **Antecknare:** Lisa Kron

        ## Närvaro

        | Namn | Organisation | Närvaro |
        |---|---|---|
        | Rydh Maja (sammankallande) | Region Åsen | X |
        | Kron Lisa | Tallviks kommun | X |
        | Wall Jonas | Tallviks kommun | förhinder |

        ## Beslutslogg

        | Nr | Ärende | Beslut / åtgärd | Ansvarig | Klart till |
        |---|---|---|---|---|
        | 1 | Föregående anteckningar | Anteckningarna läggs till handlingarna. | – | – |
        | 2 | Utbildning | LK skickar deltagarlistorna till kommunerna. | LK | 2025-05-14 |
        """)
    assert got["attendance"]["Maja Rydh"] == ("present", ["ledamot", "sammankallande"])
    assert got["attendance"]["Jonas Wall"][0] == "absent"
    assert got["attendance"]["Lisa Kron"][0] == "present"
    assert (["Lisa Kron"], "skicka deltagarlistorna till kommunerna") in got["assignments"]
    assert not [d for d in got["decisions"] if "deltagarlistorna" in d]


def test_e_mailed_notes_name_their_writer_and_who_could_not_come(tmp_path):
    got = load(tmp_path, """\
        Från: Sandin Alva
        Till: Lokal närvårdsgrupp Tallvik
        Ämne: Anteckningar närvårdsgruppen 14/10

        Hej alla! Här kommer anteckningarna från dagens träff den 14 oktober 2025.

        Med var: Stig Ek (ordf.), Karin Lund och jag (Alva Sandin) från kommunen.
        Kunde inte komma: Erik Moberg.

        1. Mötestider
        Vi beslutade att gruppen träffas första tisdagen varje månad.

        2. Nästa möte
        Den 4 november.
        """)
    # the subject names the body by its kind, the recipients in full
    assert got["body"] == "Lokal närvårdsgrupp Tallvik"
    assert got["attendance"]["Alva Sandin"][0] == "present"
    assert got["attendance"]["Erik Moberg"][0] == "absent"


def test_the_styrgrupp_in_a_working_groups_notes_is_not_named_after_the_item(tmp_path):
    got = load(tmp_path, """\
        Arbetsgrupp SIP Åsen – minnesanteckningar 2025-05-07

        Närvarande: Maja Rydh (sammankallande), Lisa Kron

        1. Uppföljningsmått
        Styrgruppen har gett arbetsgruppen i uppdrag att pröva måtten under hösten.

        2. Nästa möte
        Den 10 september.
        """)
    assert not [b for b in got["bodies"] if b.casefold().startswith("styrgrupp för")]


def test_a_unit_with_its_place_given_a_seat_to_fill_is_that_kommuns_unit(tmp_path):
    """"…; elevhälsan i Åby utser en ny representant": the task is the unit's, kept under Åby kommun."""
    got = load(tmp_path, """\
        Minnesanteckningar Lokal samverkansgrupp barn och unga Åby
        Datum: 2025-11-11
        Närvarande: Rebecka Nylund (Åby kommun), Sara Berg (Region Västmark)
        Förhindrade: Alva Tör (elevhälsan)

        1. Föregående anteckningar
        Anteckningarna godkändes.

        2. Gruppens sammansättning
        Alva Tör slutar i gruppen vid årsskiftet; elevhälsan i Åby utser en ny representant.
        """)
    assert (["Elevhälsan, Åby kommun"], "utse en ny representant") in got["assignments"], got["assignments"]


def test_who_is_called_in_under_a_point_presents_it():
    """"§ 23/25 … / Adjungerad: Jonas Ekwall": the one called in for the point is there to present it."""
    from samverkan.loaders.extract import parse_minutes
    text = ("Protokoll Regional ledningsgrupp Norrby 2025-05-16\n\n"
            "Närvarande: Elin Borg (ordförande), Per Lind\n\n"
            "§ 23/25  Implementering av överenskommelsen\n"
            "Adjungerad: Jonas Ekwall\n\n"
            "Jonas Ekwall meddelar att fyra av fem kommuner har antagit överenskommelsen.\n\n"
            "§ 24/25  Övriga frågor\n"
            "Inga övriga frågor.\n")
    p = parse_minutes(text, "x.txt")
    assert [(i.number, i.presenters) for i in p.items] == [("23/25", ["Jonas Ekwall"]), ("24/25", [])]
