"""Habits of secretaries not read before: numbered headings marked out with rule signs in plain text
("-- 1. Sammankallande"), a Word table per item with the cells "Ärende / Diskussion / Beslut / Ansvarig",
"Beslut: Inget beslut fattades." as the decision cell of an item that decided nothing, and the body's standing
uppdragsbeskrivning "fastställd av" the body above it."""
from __future__ import annotations

from samverkan.loaders.clean import clean
from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.names import is_given_name
from samverkan.loaders.read import _section_cells_labelled

RULED = """Arbetsgrupp SIP
Anteckningar 2028-03-08

Deltagare
Eva Lund (Åby kommun)
Per Berg (Region Norrby)

-- 1. Sammankallande
Eva Lund är tillförordnad sammankallande.

-- 2. Utbildningsdag
Per och Eva tar fram ett program, deadline 30/4.

== 3. Övrigt ==
Inga övriga frågor.
"""


def test_items_marked_with_rule_signs_are_items():
    parsed = parse_minutes(RULED, "anteckningar.txt")
    assert [(i.number, i.title) for i in parsed.items] == [("1", "Sammankallande"), ("2", "Utbildningsdag"),
                                                           ("3", "Övrigt")]


def test_rule_signs_of_an_e_mail_signature_stay():
    assert clean("-- \nEva Lund").lines[0] == "--"
    assert clean("-- 1. Sammankallande").lines == ["1. Sammankallande"]


def test_item_cells_are_labelled_lines():
    text = ("2. Tidplan\nÄrende\tTidplan\nDiskussion\tKim visade tidplanen.\n"
            "Beslut\tStyrgruppen godkänner tidplanen.\nAnsvarig\t–")
    assert _section_cells_labelled(text).splitlines()[1:] == [
        "Ärende: Tidplan", "Diskussion: Kim visade tidplanen.", "Beslut: Styrgruppen godkänner tidplanen.", "Ansvarig: –"]


CELLS = """Minnesanteckningar Styrgrupp Nära vård 2027-01-14

Närvarande: Anna Berg, Lars Holm

1. Inledning
Ärende: Inledning
Diskussion: Anna gick igenom läget.
Beslut: Inget beslut fattades.
Ansvarig: –

2. Plan
Ärende: Plan
Diskussion: Lars visade planen.
Beslut: Styrgruppen godkänner planen för hösten.
Ansvarig: Lars Holm
"""


def test_decision_cell_saying_nothing_was_decided_is_no_decision():
    decided = [(d.item, d.text) for d in parse_minutes(CELLS, "anteckningar.txt").decisions]
    assert [i for i, _ in decided] == ["2"]


def test_surname_first_roster_with_a_given_name_of_the_lexicon():
    assert is_given_name("Marita")
    text = ("Minnesanteckningar LVO 2028-03-09\nNärvarande\nAlm, Kristoffer (Ekeby kommun), socialchef\n"
            "Frånvarande\nHolm, Marita (Strandviks kommun), förvaltningschef\nÖvriga\n"
            "Berglöf, Jonas (Region Mälarby), sekreterare\n\n1. Dagordning\nDagordningen godkändes.\n")
    got = {(a.name, a.status) for a in parse_minutes(text, "lvo.txt").attendance}
    assert ("Marita Holm", "absent") in got and ("Jonas Berglöf", "absent") not in got


def test_uppdragsbeskrivning_set_by_the_body_above_above_the_items():
    from samverkan.loaders.relations import extract_relations
    text = ("Arbetsgrupp för SIP barn och unga\nAnteckningar från möte 2028-03-08\n\n"
            "Deltagare\nEva Lund (Åby kommun)\nPer Berg (Region Norrby)\n\n"
            "Gruppen arbetar enligt uppdragsbeskrivning fastställd av Samverkansgrupp barn och unga i januari 2027.\n\n"
            "1. Utbildningsdag\nPer tar fram ett program.\n")
    rel = extract_relations(parse_minutes(text, "anteckningar.txt"))
    assert ("Samverkansgrupp barn och unga", "delegates") in [(m.from_body, m.kind) for m in rel.mandates]


def test_mailing_list_short_name_and_the_notes_title_in_full():
    text = ("Från: Ulla Hed\nTill: Regionalt politiskt samråd\nSkickat: den 28 februari 2028 09:12\n"
            "Ämne: Anteckningar 24 februari\n\nHej!\nHär kommer anteckningarna.\n\n"
            "Regionalt politiskt samråd för vård och omsorg\nDatum: 24 februari 2028\n\n"
            "Närvarande: Eva Lund, Per Berg\n\n1. Dagordning\nDagordningen fastställs.\n")
    assert parse_minutes(text, "anteckningar.eml").body == "Regionalt politiskt samråd för vård och omsorg"
