"""A hurried roster's three-letter initials: the given name's letter, the surname's and another of the surname's
("PLU   Per Lundqvist", "AKR   Ali Karimi"), read as the person's own code, not an organisation's column."""
from samverkan.loaders.extract import initials_fit, parse_minutes

NOTES = """MINNESANTECKNINGAR
Samverkansgrupp Ekmo
Datum: 2027-02-03

Närvarande
  JHÅ   Jonas Hålén, enhetschef, Ekmo kommun – ordf.
  PLU   Pia Lundin, kommunpolis, Polisen
  SBE   Stina Bergvall, enhetschef, Tallby kommun
  AKR   Amir Karlén, handläggare, Ekmo kommun – sekr.
Förhinder
  GÖS   Gun Östby, avdelningschef, Ekmo kommun

1. Inledning
JHÅ hälsade välkommen.
"""


def test_three_letter_initials_fit_their_name():
    assert initials_fit("PLU", "Pia Lundin") and initials_fit("AKR", "Amir Karlén")
    assert not initials_fit("PLU", "Pia Berg") and not initials_fit("RSÖ", "Pia Lundin")


def test_roster_with_three_letter_initials_reads_everyone_with_status_and_role():
    p = parse_minutes(NOTES, "x.txt")
    got = {a.name: (a.status, set(a.roles)) for a in p.attendance}
    assert got["Jonas Hålén"][0] == "present" and "ordförande" in got["Jonas Hålén"][1]
    assert got["Pia Lundin"][0] == "present" and got["Stina Bergvall"][0] == "present"
    assert "sekreterare" in got["Amir Karlén"][1] and "sekreterare" not in got["Stina Bergvall"][1]
    assert got["Gun Östby"][0] == "absent"
