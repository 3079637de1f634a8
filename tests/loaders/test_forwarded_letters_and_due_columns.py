"""Minutes rendered for other programs: a mail forwarding notes whose subject names the body by its letters only,
and a Word table per item whose date column follows the one responsible ("Beslut | Ansvarig | Datum").
"""
from __future__ import annotations

from email.message import EmailMessage

from test_read_formats import facts, load_text, load_texts

NOTES = """Ledningsgruppen för vård och omsorg i Åby (LGVÅ)
Minnesanteckningar från mötet 10 mars 2027
Plats: Kommunhuset Åby

Närvarande ledamöter:
Eva Ek, Region Åby, ordförande
Per Lind, Norrby kommun
Anna Holm, Ekby kommun

§ 4 Dagordning
Dagordningen fastställdes.

§ 5 Gemensam utbildning
Ledningsgruppen beslutade att ge Samverkansgrupp vuxna i uppdrag att ta fram en utbildningsplan.
"""


def test_notes_forwarded_to_another_body_are_of_the_body_their_title_spells_out(tmp_path):
    m = EmailMessage()
    m["Subject"] = "VB: Minnesanteckningar LGVÅ 10 mars 2027"
    m["From"] = "Karin Berg <karin.berg@aby.se>"
    m["To"] = "Samverkansgrupp vuxna <sg-vuxna@aby.se>"
    m["Date"] = "Fri, 12 Mar 2027 08:12:00 +0100"
    m.set_content("Hej alla,\n\nVidarebefordrar anteckningarna.\n\nKarin Berg\n\n________________________________\n"
                  "Från: Karin Berg <karin.berg@aby.se>\nSkickat: den 11 mars 2027 10:12\n"
                  "Till: Eva Ek <eva.ek@aby.se>; Per Lind <per.lind@norrby.se>\n"
                  "Ämne: Minnesanteckningar LGVÅ 10 mars 2027\n\n" + NOTES, cte="quoted-printable")
    p = tmp_path / "m.eml"
    p.write_bytes(bytes(m))
    f = facts(p, tmp_path)
    assert f["body"].startswith("Ledningsgrupp") and "vård och omsorg i Åby" in f["body"]
    assert ("Per Lind", f["body"], "member") in f["memberships"]


def test_a_decision_table_dates_after_the_one_responsible_are_due_dates(tmp_path):
    f = load_text(tmp_path, "m.txt", """Styrgrupp nära vård Åby
Minnesanteckningar 16 juni 2027

Närvarande: Eva Ek, Region Åby (ordförande); Per Lind, Norrby kommun

1 Dagordning
Beslut\tAnsvarig\tDatum
Dagordningen godkänns.\t–\t–

2 Mobila team
Styrgruppen diskuterade behovet av mobila team.
Beslut\tAnsvarig\tDatum
Styrgruppen ger Samverkansgrupp vuxna i uppdrag att ta fram en modell för mobila team.\tSamverkansgrupp vuxna\t2027-10-31
Per Lind får i uppdrag att redovisa utfallet av stimulansmedlen.\tPer Lind\t2027-12-01
""")
    assert any(d.startswith("Styrgruppen ger Samverkansgrupp vuxna i uppdrag") for d in f["decisions"]), f["decisions"]
    assert any(d.startswith("Per Lind får i uppdrag") for d in f["decisions"]), f["decisions"]
    assert any(who == ("Per Lind",) and "redovisa utfallet" in task for who, task in f["assignments"]), f["assignments"]


def test_a_working_group_named_with_its_level_capitalised_keeps_it_in_its_name(tmp_path):
    f = load_text(tmp_path, "m.txt", """Taktisk samverkansgrupp vård och omsorg, Region Åby
Minnesanteckningar 9 juni 2027

Närvarande: Eva Ek, Region Åby (ordförande); Per Lind, Norrby kommun

1. Rutin för utskrivning
Beslut:
att ge Operativ arbetsgrupp för trygg hemgång i uppdrag att utarbeta ett förslag till rutin,
att Per Lind är sammankallande i arbetsgruppen.
Arbetsgruppen återrapporterar till samverkansgruppen vid mötet i september.
""")
    groups = {who for whos, _ in f["assignments"] for who in whos if "arbetsgrupp" in who.casefold()}
    assert groups == {"Operativ arbetsgrupp för trygg hemgång"}, f["assignments"]
    assert (f["body"], "Operativ arbetsgrupp för trygg hemgång", "delegates") in f["mandates"], f["mandates"]


def test_a_body_proposed_in_the_passive_to_prepare_a_matter_is_named_without_the_verb(tmp_path):
    data = load_texts(tmp_path, {"m.txt": """Styrgrupp nära vård Åby
Minnesanteckningar 16 juni 2027

Närvarande: Eva Ek, Region Åby (ordförande); Per Lind, Norrby kommun

1 Mobila team
Styrgruppen diskuterade behovet av mobila team. Samverkansgrupp vuxna föreslås bereda frågan.
"""})
    names = {o["name"] for o in data["organizations"]}
    assert not any("föreslås" in n for n in names), names


def test_gathering_views_is_a_task(tmp_path):
    f = load_text(tmp_path, "m.txt", """Operativ arbetsgrupp för trygg hemgång
Minnesanteckningar 30 juni 2027

Närvarande: Eva Ek, Region Åby (sammankallande); Per Lind, Norrby kommun; Elin Berg, Ekby kommun

2. Rutin
Gruppen diskuterade rutinen.
- Per Lind skickar utkastet till gruppen senast 20 augusti.
- Elin Berg samlar in Ekby kommuns synpunkter på nuvarande rutin.
""")
    assert (("Elin Berg",), "samla in Ekby kommuns synpunkter på nuvarande rutin") in f["assignments"], f["assignments"]
