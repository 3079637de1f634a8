"""Notes forwarded twice ("VB: VB:"), each forward a short greeting over the message before, the notes in the
innermost one under their own title: the kind of document, a dash and the body ("Minnesanteckningar – Lokal
samverkansgrupp Åby") over the day the body met."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

MAIL = """From: Bo Ek <bo.ek@aby.se>
To: Eva Sund <eva.sund@aby.se>
Subject: VB: VB: Minnesanteckningar lokal samverkan Åby 7/10
Date: Wed, 13 Oct 2027 08:41:17 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej Eva, här är anteckningarna så att du är uppdaterad.
/Bo

________________________________
Från: Siv Holm <siv.holm@aby.se>
Skickat: den 11 oktober 2027 15:02
Till: Bo Ek <bo.ek@aby.se>
Ämne: VB: Minnesanteckningar lokal samverkan Åby 7/10

Vidarebefordrar. Mvh Siv

________________________________
Från: Lena Borg <lena.borg@aby.se>
Skickat: den 8 oktober 2027 10:15
Till: Lokal samverkan Åby
Ämne: Minnesanteckningar lokal samverkan Åby 7/10

Hej alla, här kommer anteckningarna.

Minnesanteckningar – Lokal samverkansgrupp Åby
Torsdag 7 oktober 2027 kl. 13.30–15.30, Åby vårdcentral

Deltagare:
Socialförvaltningen: Siv Holm, IFO-chef (ordförande), Lena Borg, utvecklare (antecknar)
Omsorgsförvaltningen: Omar Jaber, enhetschef hemtjänst
Förhinder: Bo Ek, socialförvaltningen

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Övrigt
Lena Borg bokar lokal för vårens möten.

/Lena
"""


def test_the_innermost_notes_title_names_the_body_and_its_day(tmp_path):
    got = load_text(tmp_path, "m.eml", MAIL)
    assert got["body"] == "Lokal samverkansgrupp Åby"
    assert got["date"] == "2027-10-07"
    assert ("Omar Jaber", "Lokal samverkansgrupp Åby", "member") in got["memberships"]
