"""A roster table's rule under it for the ersättare ("Ersättare som inte tjänstgör är inte närvarande, med undantag av
Eva Ek (S).") makes the one it excepts present; and a processledare who keeps the notes, "processledare, sekreterare"
in the seat column where the others' say "ledamot", holds no seat in the body."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

AU = ("PROTOKOLL\nRegionstyrelsens arbetsutskott\nSammanträdesdatum 2027-03-02\nNärvaro\n"
      "Ledamot\tParti\tNärvarande\tErsättare\tParti\tTjänstgörande\n"
      "Per Dahl, ordförande\tS\tX\tEva Ek\tS\t\n"
      "Karin Hed\tM\tX\tOskar Berg\tM\t\n"
      "Sofia Eng\tC\t\tMats Wik\tKD\tX\n"
      "Ersättare som inte tjänstgör är inte närvarande, med undantag av Eva Ek (S).\n\n"
      "§ 31 Val av justerare\nArbetsutskottets beslut\nKarin Hed utses att justera protokollet.\n")


def test_the_ersattare_the_rule_excepts_is_present():
    att = {a.name: a.status for a in parse_minutes(AU, "au.docx").attendance}
    assert att["Eva Ek"] == "present"
    assert att["Oskar Berg"] == "absent"  # the rule holds for the others


NOTES = ("Taktisk samverkansgrupp för psykisk hälsa – Region Ås\nMinnesanteckningar, möte 2026-12-02\n\n**Närvaro**\n"
         "Namn\tUppdrag\tOrganisation\n"
         "Per Gran\tordförande, ledamot\tRegion Ås, verksamhetschef\n"
         "Anna Blom\tledamot\tRegion Ås, områdeschef\n"
         "Nils Sjö\tledamot\tÅby kommun, socialchef\n"
         "Eva Nord\tprocessledare, sekreterare\tRegion Ås, FoU-enheten\n\n"
         "1. Mötet öppnas\nPer Gran öppnade mötet.\n2. Lägesbild\nEva Nord redovisade läget.\n")


def test_a_processledare_keeping_the_notes_holds_no_seat():
    att = {a.name: a for a in parse_minutes(NOTES, "sg.docx").attendance}
    assert "sekreterare" in att["Eva Nord"].roles and "ledamot" not in att["Eva Nord"].roles
    assert "ledamot" in att["Nils Sjö"].roles
