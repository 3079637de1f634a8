"""The protocol of a förening's board ("Styrelsen för föreningen X", kommuner, a region and a högskola its members):
a new ledamot elected by a member's fullmäktige on a dated paragraph, the board's own arbetsutskott set up with its
task, and a consultation of an authority that is no body.

Made-up protocol; each test reads what main did not."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

PROTOCOL = """PROTOKOLL
Styrelsen för föreningen Sjöbygdens Europakontor
Sammanträdesdatum: 2027-02-12
Plats och tid: Kommunhuset i Ålby, kl. 10.00–12.00

Beslutande
Karin Brogren (S), ordförande, Region Sjöbygden
Leif Hammar (M), vice ordförande, Ålby kommun
Tove Ask (C), ledamot, Norrsund kommun

Övriga närvarande
Rune Falk, verksamhetschef, sekreterare

§ 1 Ny ledamot
Kommunfullmäktige i Norrsund kommun har 2027-01-25, § 8, valt Tove Ask (C) till ledamot i föreningens styrelse efter Hugo Sten (C), som entledigats på egen begäran.

Styrelsen beslutar att notera valet.

§ 2 Arbetsutskott
Styrelsen beslutar
att inrätta ett arbetsutskott med uppgift att bereda ärenden till styrelsen,
att utse Karin Brogren och Leif Hammar till ledamöter i arbetsutskottet, samt
att delegera till arbetsutskottet att besluta om föreningens yttranden i EU-kommissionens samråd.
"""
BOARD = "Styrelsen för föreningen Sjöbygdens Europakontor"
AU = "Arbetsutskottet, Sjöbygdens Europakontor"


def test_member_elected_to_the_boards_seat_on_a_dated_paragraph(tmp_path):
    """"… har 2027-01-25, § 8, valt A till ledamot i föreningens styrelse efter B": A replaces B in the board that
    met ("föreningens styrelse" in its own protocol)."""
    f = load_text(tmp_path, "styrelse_europakontor_sjobygden_2027-02-12.txt", PROTOCOL)
    assert ("Tove Ask", BOARD, "replace") in f["memberships"]
    assert ("Hugo Sten", BOARD, "leave") in f["memberships"]


def test_the_boards_arbetsutskott_set_up_with_its_task(tmp_path):
    """"inrätta ett arbetsutskott med uppgift att bereda ärenden": the board's own utskott, named with the förening,
    holds the task (not the board, which set it up by deciding); its members join it."""
    f = load_text(tmp_path, "styrelse_europakontor_sjobygden_2027-02-12.txt", PROTOCOL)
    tasks = set(f["assignments"])
    assert ((AU,), "bereda ärenden till styrelsen") in tasks
    assert not any(who == (BOARD,) and task.startswith("inrätta") for who, task in tasks)
    assert ("Karin Brogren", AU, "join") in f["memberships"]
    assert (BOARD, AU, "delegates") in f["mandates"]


def test_an_authoritys_consultation_is_no_group():
    from samverkan.loaders.relations import find_groups

    assert [g.name for g in find_groups("besluta om yttranden i Kommissionens samråd när styrelsen inte kan")] \
        == ["styrelsen"]


def test_one_who_reports_on_the_work_presents_the_item():
    """"Rune Falk rapporterar om kontorets arbete under hösten" opening a paragraph: he presents it; "rapporterar om
    avvikelser till nämnden" is a report still to be made, no presenter."""
    from samverkan.loaders.extract import parse_minutes

    text = PROTOCOL + ("\n§ 3 Verksamhetschefens rapport\nRune Falk rapporterar om kontorets arbete under hösten.\n\n"
                       "Styrelsen beslutar att lägga rapporten till handlingarna.\n\n"
                       "§ 4 Avvikelser\nLeif Hammar rapporterar om avvikelser till nämnden i mars.\n")
    items = {it.number: it for it in parse_minutes(text, "styrelse_europakontor_sjobygden_2027-02-12.txt").items}
    assert items["3"].presenters == ["Rune Falk"]
    assert "Leif Hammar" not in items["4"].presenters


def test_a_programme_after_inom_is_no_person(tmp_path):
    """"två ansökningar inom Horisont Europa": a programme named like a person, no one at the meeting."""
    text = PROTOCOL + ("\n§ 3 Rapport\nRune Falk rapporterar om hösten: två nya projektansökningar inom Horisont Europa, "
                       "ett studiebesök i Bryssel och en rekrytering.\n")
    f = load_text(tmp_path, "styrelse_europakontor_sjobygden_2027-02-12.txt", text)
    assert "Horisont Europa" not in f["persons"]
    assert "Rune Falk" in f["persons"]


def test_the_board_of_a_forening_written_with_a_capital():
    """"Styrelsen för Föreningen X": the förening's word, capitalised or not, is no part of its utskott's name."""
    from samverkan.loaders.relations import _BOARD_OF

    assert _BOARD_OF.match("Styrelsen för Föreningen Sjöbygdens Europakontor").group(1) == "Sjöbygdens Europakontor"
    assert _BOARD_OF.match("Styrelsen, Samordningsförbundet Ås").group(1) == "Samordningsförbundet Ås"
    assert _BOARD_OF.match("Styrelsemöte i juni") is None


def test_members_appointed_together_each_hold_a_ledamot_seat():
    """"utse Karin Brogren och Leif Hammar till ledamöter i arbetsutskottet": each joins as ledamot (one seat each),
    not in a role called "ledamöter"."""
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.relations import extract_relations

    rel = extract_relations(parse_minutes(PROTOCOL, "styrelse_europakontor_sjobygden_2027-02-12.txt"))
    roles = {m.person: m.role for m in rel.memberships if m.group == AU}
    assert roles == {"Karin Brogren": "ledamot", "Leif Hammar": "ledamot"}
