"""A roster told in one sentence by where each comes from: "Vid mötet deltog från Åby kommun Eva Ek, socialchef,
och Per Lind, enhetschef, från Region Norr Ola Ås, läkare, som också förde anteckningarna. Förhinder hade …"."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """Minnesanteckningar
Samverkansgrupp beroende i Norr
Måndagen den 12 maj 2031 kl. 09.00–11.30, Vårdcentralen Åby

Vid mötet deltog från Åby kommun Eva Ekström, socialchef, och Per Lundmark, enhetschef
vuxenenheten, från Norrby kommun Stina Holm, socialchef, samt från Region Norr Ola Åslund,
verksamhetschef, och Bo Ahlin, strateg, som också förde anteckningarna. Förhinder hade Lisa Berg,
enhetschef i Norrby kommun.

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Nästa möte
8 september 2031.
"""


def test_each_named_after_their_organisation_attends(tmp_path):
    f = load_text(tmp_path, "sg.txt", NOTES)
    who = {(name, status) for name, status, _ in f["attendance"]}
    assert {("Eva Ekström", "present"), ("Per Lundmark", "present"), ("Stina Holm", "present"),
            ("Ola Åslund", "present"), ("Bo Ahlin", "present"), ("Lisa Berg", "absent")} <= who
    roles = {name: roles for name, _, roles in f["attendance"]}
    assert "sekreterare" in roles["Bo Ahlin"]
