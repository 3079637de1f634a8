"""Roster table cells that tell absence or a serving seat in their own words, a mailed message naming its body in
full after a subject's short name, and an earlier meeting's decision told again where its task is followed up."""
from tests.loaders.test_read_formats import load_text

TABLE_MD = """# Politiska beredningen för folkhälsa i Norrby

**Minnesanteckningar** · 6 mars 2031, kl. 13.15–15.00 · Kommunhuset, Åby

| Huvudman | Ledamot | Ersättare |
|---|---|---|
| Region Norrby | Eva Ekström (S), ordförande | Per Lundgren (M), deltog ej |
| Åby kommun | *förhinder* – Karin Holm (KD) | Ola Berg (KD), tjänstgör |
| Ekby kommun | Ali Hassan (S) | Lisa Ström (L) |

## § 1 Dagordning

Dagordningen godkändes.
"""


def test_absence_told_in_a_cell_after_a_comma_or_before_the_name(tmp_path):
    """"Per Lundgren (M), deltog ej", "*förhinder* – Karin Holm (KD)": away, each in her seat."""
    att = {name: (status, roles) for name, status, roles in load_text(tmp_path, "b.md", TABLE_MD)["attendance"]}
    assert att["Per Lundgren"][0] == "absent"
    assert att["Karin Holm"] == ("absent", ("ledamot",))
    assert att["Lisa Ström"][0] == "present"


def test_a_bare_serving_note_after_an_ersattare_in_a_table(tmp_path):
    """"Ola Berg (KD), tjänstgör" in the ersättare column: the ersättare who holds the seat this meeting."""
    att = {name: roles for name, _, roles in load_text(tmp_path, "b.md", TABLE_MD)["attendance"]}
    assert "tjänstgörande ersättare" in att["Ola Berg"]
    assert "tjänstgörande ersättare" not in att["Lisa Ström"]


MAIL = """From: Nora Lind <nora.lind@aby.se>
To: lg-tolk@lists.norrby.se
Subject: Minnesanteckningar ledningsgruppen tolkfrågor 20 november
Date: Fri, 21 Nov 2031 08:41:57 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hej alla,

här är anteckningarna från Ledningsgruppen för tolkfrågor i Norrby,
torsdag 20 november 2031 kl. 10-12.

Närvarande:
- Eva Ek, verksamhetschef, Region Norrby (ordförande)
- Per Lind, socialchef, Åby kommun

1. Inledning
Dagordningen godkändes.

Hälsningar
Nora Lind
"""


def test_a_mailed_body_named_in_full_in_the_greeting(tmp_path):
    """Subject "ledningsgruppen tolkfrågor", text "Ledningsgruppen för tolkfrågor i Norrby": the body in full."""
    body = load_text(tmp_path, "lg.eml", MAIL)["body"]
    assert "för tolkfrågor i Norrby" in body


EARLIER = """STYRGRUPP HEMVÅRD ÅBY
Anteckningar 2031-10-14

NÄRVARANDE
Region Norrby:   Eva Ek, verksamhetschef (ordf.)
Åby kommun:      Per Lind, MAS

1. Återkoppling
Vid mötet i augusti gav styrgruppen arbetsgruppen i uppdrag att kartlägga väntetiderna för hemrehabilitering.
Per Lind återkopplade att kartläggningen är klar.

2. Nytt uppdrag
Styrgruppen beslutade att ge arbetsgruppen i uppdrag att ta fram en gemensam rutin.
"""


def test_an_earlier_meetings_task_told_again_is_no_decision_of_this_one(tmp_path):
    """"Vid mötet i augusti gav styrgruppen arbetsgruppen i uppdrag …": that meeting's decision, not this one's."""
    got = load_text(tmp_path, "sg.txt", EARLIER)
    assert not any("kartlägga" in d for d in got["decisions"])
    assert any("rutin" in d for d in got["decisions"])
