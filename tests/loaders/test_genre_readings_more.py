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


def test_a_task_a_follow_up_table_reports_done_is_no_task_of_the_meeting_one_still_going_on_is(tmp_path):
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
    assert not [t for t in tasks if "sammanställa" in t[1]]


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

