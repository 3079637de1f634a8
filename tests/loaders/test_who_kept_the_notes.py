"""Who kept the notes and who convened, in the ways hurried notes say it: the sender of notes sent as an e-mail
who was at the meeting ("… och jag."), a roster line ending "– antecknar", "Antecknade gjorde X" under the
roster's labels, "Anteckningar fördes av X"; and a convenor written "sammank." or standing in ("sammankallande
t.f.")."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

MAILED = """From: Elin Dahl <elin.dahl@aby.se>
To: Arbetsgrupp hemsjukvård <ag-hemsjukvard@aby.se>
Subject: Minnesanteckningar arbetsgrupp hemsjukvård 12/3
Date: Thu, 12 Mar 2026 16:05:33 +0100
Content-Type: text/plain; charset="utf-8"

Hej alla!

Här kommer anteckningarna från dagens möte.

Med på mötet: Tove Ring (Region Norrby, sammankallande), Olle Berg (Åby kommun)
och jag. Per Sand (Åby kommun) hade förhinder.

1. Läkemedelslistan
Gruppen gick igenom den nya rutinen. Olle tar fram en mall till nästa möte.
"""


def roles(f: dict) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {who: (status, rs) for who, status, rs in f["attendance"]}


def test_the_sender_of_mailed_notes_who_was_there_kept_them(tmp_path):
    f = load_text(tmp_path, "ag.eml", MAILED)
    got = roles(f)
    assert got["Elin Dahl"] == ("present", ("ledamot", "sekreterare"))
    assert "sekreterare" not in got["Tove Ring"][1]


def test_a_sender_who_convened_sent_the_notes_as_the_convenor(tmp_path):
    text = MAILED.replace("From: Elin Dahl <elin.dahl@aby.se>", "From: Tove Ring <tove.ring@norrby.se>").replace(
        "Tove Ring (Region Norrby, sammankallande), Olle Berg (Åby kommun)\noch jag.",
        "Elin Dahl (Åby kommun), Olle Berg (Åby kommun)\noch jag (sammankallande).")
    got = roles(load_text(tmp_path, "ag.eml", text))
    assert "sekreterare" not in got["Tove Ring"][1] and "sammankallande" in got["Tove Ring"][1]
    assert all("sekreterare" not in rs for _, rs in got.values())


def test_a_roster_line_ending_antecknar_names_the_secretary(tmp_path):
    f = load_text(tmp_path, "ag.txt", """Arbetsgrupp läkemedel Åby – anteckningar 2026-05-06
Med på mötet:
Kristoffer Lind (KL), apotekare, Region Norrby – sammankallande
Amanda Blom (AB), sjuksköterska hemsjukvården, Åby kommun – antecknar

1. Dagordning
Dagordningen godkändes.
""")
    assert roles(f)["Amanda Blom"] == ("present", ("ledamot", "sekreterare"))


def test_antecknade_gjorde_under_the_absent_is_the_present_secretary(tmp_path):
    f = load_text(tmp_path, "sg.txt", """Samverkansgrupp äldre – minnesanteckningar 2027-03-23

Deltog: Kristina Ahlgren (Region Norrby, sammankallande), Sofia Järv (Åby kommun)
Anmält förhinder: Niklas Gren (Byå kommun)
Antecknade gjorde Lotta Berg (Region Norrby)

1) Dagordning
Dagordningen godkändes.
""")
    got = roles(f)
    assert got["Lotta Berg"] == ("present", ("sekreterare",))
    assert got["Niklas Gren"][0] == "absent"
    employments = {(who, org) for who, org, change in f["memberships"] if change == "employment"}
    assert ("Niklas Gren", "Byå kommun") in employments and ("Niklas Gren", "Region Norrby") not in employments


def test_notes_kept_told_in_the_passive_in_a_prose_roster(tmp_path):
    f = load_text(tmp_path, "lnr.txt", """Lokala närvårdsrådet Åby 2025-09-10

Närvarande var Saga Nordin (ordförande, Åby kommun), Maria Holm (Åby kommun) och Oskar Hemming (Region Norrby). \
Anteckningar fördes av Maria Holm. Ingela Tidström (Region Norrby) hade anmält förhinder.

1. Dagordning
Dagordningen godkändes.
""")
    assert "sekreterare" in roles(f)["Maria Holm"][1]


def test_a_convenor_shortened_or_standing_in_convenes(tmp_path):
    f = load_text(tmp_path, "ag.txt", """Arbetsgrupp rehabilitering – anteckningar 2028-02-08
Närv: Johanna Lindvik (Åby kn, arbetsterapeut, sammank.), Emil Rautio (Byå kn, fysioterapeut)

1. Dagordning
Dagordningen godkändes.
""")
    assert "sammankallande" in roles(f)["Johanna Lindvik"][1]
    (tmp_path / "sip").mkdir()
    f = load_text(tmp_path / "sip", "ag.txt", """Arbetsgrupp SIP – anteckningar 2028-03-08
Närvarande:
Sara Holmberg (Åby kommun) - sammankallande t.f.
Emil Karlsson (Region Norrby)

1. Dagordning
Dagordningen godkändes.
""")
    assert "sammankallande" in roles(f)["Sara Holmberg"][1]
