"""The justerare as protocols name them: chosen in the present tense with a party after the name ("Nämnden
utser Tord Berg (M) att jämte ordföranden justera protokollet"), beside the chair ("… utsågs att tillsammans
med ordföranden justera anteckningarna"), as "protokolljusterare", and the signers on one line after
"Justeras:" with the chair marked by her role."""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import AttendanceEntry, roles_from_text
from tests.loaders.test_read_formats import load_text


@pytest.mark.parametrize("text", [
    "Nämnden utser Tord Berg (M) att jämte ordföranden justera protokollet.",
    "Beredningen väljer Tord Berg (M) att jämte ordföranden justera protokollet.",
    "Rådet beslutar att utse Tord Berg (C) att justera protokollet.",
    "Eva Ek hälsade välkommen. Tord Berg utsågs att tillsammans med ordföranden justera anteckningarna.",
    "Till protokolljusterare valdes Tord Berg.",
])
def test_the_justerare_chosen(text):
    att = [AttendanceEntry("Tord Berg", "present", ["ledamot"]), AttendanceEntry("Eva Ek", "present", ["ledamot"])]
    roles_from_text(text, att)
    assert att[0].roles == ["ledamot", "justerare"]
    assert att[1].roles == ["ledamot"]


PROTOCOL = """\
Protokoll LAG-möte, Leader Åbygd
Tid: Onsdagen den 22 oktober 2025 kl. 18.00–20.45

Närvarande: Agneta Rehn, Bo Lind, Camilla Öst, Dragan Petrović.
Ej närvarande: Ivar Tholin.

1. Mötets öppnande
Mötet öppnades.

2. Ekonomi
Redogörelsen lades till handlingarna.

Vid protokollet: Hanna Mörk
Justeras: Agneta Rehn, ordförande; Camilla Öst
"""


def test_signers_on_one_line_the_chair_by_her_role(tmp_path):
    roles = {name: set(r) for name, _, r in load_text(tmp_path, "lag_abygd_2025-10-22.txt", PROTOCOL)["attendance"]}
    assert "ordförande" in roles["Agneta Rehn"] and "justerare" not in roles["Agneta Rehn"]
    assert "justerare" in roles["Camilla Öst"]
