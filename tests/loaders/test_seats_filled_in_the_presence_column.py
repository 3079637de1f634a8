"""Who sat in a ledamot's seat, as the presence column of a roster table says it ("Ersatt av Sara Lind (KD)",
"Nej – ersätts av Elin Ek, avdelningschef"), the label over the ersättare who did not serve written as a
sentence ("Ersättare som inte tjänstgjorde:"), and a mailed notes' title with the kind of document after a dash
("SAMVERKANSGRUPP X (SBU) – MINNESANTECKNINGAR")."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NAMND = """Hälso- och sjukvårdsnämnden
Protokoll från sammanträde tisdagen den 15 maj 2029, kl. 13.00–15.45

Ordinarie ledamot\tNärvaro / ersättare
Eva Lund (S), ordförande\tNärvarande
Hans Berg (KD)\tErsatt av Sara Lindeborg (KD)
Göte Ek (SD)\tFrånvarande

Ersättare som inte tjänstgjorde: Ulf Tornberg (S)

§ 45 Protokollsjustering
Nämnden utser Eva Lund (S) att justera protokollet.
"""


def test_the_one_named_in_the_presence_cell_sat_in_the_rows_seat(tmp_path):
    att = {n: (st, set(r)) for n, st, r in load_text(tmp_path, "hsn_2029-05-15.txt", NAMND)["attendance"]}
    assert att["Hans Berg"][0] == "absent"
    assert att["Sara Lindeborg"][0] == "present" and "ersättare" in att["Sara Lindeborg"][1]
    assert att["Göte Ek"][0] == "absent" and att["Eva Lund"][0] == "present"


def test_ersattare_som_inte_tjanstgjorde_are_ersattare(tmp_path):
    att = {n: (st, set(r)) for n, st, r in load_text(tmp_path, "hsn_2029-05-15.txt", NAMND)["attendance"]}
    assert att["Ulf Tornberg"] == ("present", {"ersättare"})


RLG = """Regional ledningsgrupp för vård och omsorg (RLG)
Mötesdatum: fredag 15 juni 2029, kl. 09.00–12.00

Huvudman\tLedamot\tFunktion\tNärvaro
Region Åby\tMargareta Lind\thälso- och sjukvårdsdirektör, ordförande\tJa
Öby kommun\tMarie Borg\tsocialchef\tNej – ersätts av Elin Marklund, avdelningschef äldreomsorg

§ 30/29 Inledning
Dagordningen fastställs.
"""


def test_a_no_with_the_one_who_came_instead(tmp_path):
    att = {n: (st, set(r)) for n, st, r in load_text(tmp_path, "rlg_2029-06-15.txt", RLG)["attendance"]}
    assert att["Marie Borg"][0] == "absent"
    assert att["Elin Marklund"] == ("present", {"ersättare"})


MAIL = """Ämne: Minnesanteckningar SBU 20 september
Från: Linnéa Öberg
Till: sbu@region.se
Skickat: den 21 september 2029 08:42

Hej alla,

här kommer anteckningarna.

Linnéa

=====================================================================
SAMVERKANSGRUPP BARN OCH UNGA (SBU) – MINNESANTECKNINGAR
Möte 2029-09-20, kl. 13.00–15.30, Teams
=====================================================================

Med på mötet
  Per Nyqvist (PN), verksamhetschef BUP, Region Åby – ordf.
  Jörgen Wall (JW), IFO-chef, Öby kommun

1. Förra mötets anteckningar
Godkändes utan ändringar.
"""


def test_the_kind_of_document_after_a_dash_is_no_part_of_the_body(tmp_path):
    body = load_text(tmp_path, "sbu.eml.txt", MAIL)["body"]
    assert body.casefold().startswith("samverkansgrupp barn och unga") and "minnes" not in body.casefold()
