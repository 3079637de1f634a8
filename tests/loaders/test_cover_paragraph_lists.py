"""A "Paragrafer" list on the cover whose first entry shares its line with the label: the list is an index,
the items restart at its first number, and the roster under the list is still the header's."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

MINUTES = """ÅBY KOMMUN                                         PROTOKOLL
Kommunfullmäktige                                  Sammanträdesdatum 2028-03-14

Plats och tid        Kommunhuset, kl. 18.30–20.00

Paragrafer           § 7   Val av justerare
                     § 8   Godkännande av dagordning
                     § 9   Val av nämndemän

Tjänstgörande ledamöter
  Karin Ek (S), ordförande
  Olle Berg (M)

Tjänstgörande ersättare
  Sara Lund (S) för Per Holm (S)

§ 7  Val av justerare
Fullmäktige beslutar att utse Olle Berg (M) att jämte ordföranden justera dagens protokoll.

§ 8  Godkännande av dagordning
Dagordningen godkänns.

§ 9  Val av nämndemän
Fullmäktige beslutar att välja Eva Ström (S) till nämndeman vid Åby tingsrätt.
"""


def test_cover_list_is_an_index_and_the_roster_is_read(tmp_path: Path) -> None:
    f = load_text(tmp_path, "kf_aby_2028-03-14.txt", MINUTES)
    assert [n for n, _ in f["items"]] == ["7", "8", "9"]
    present = {name for name, status, _ in f["attendance"] if status == "present"}
    assert {"Karin Ek", "Olle Berg", "Sara Lund"} <= present
    assert ("Per Holm", "absent") in {(name, status) for name, status, _ in f["attendance"]}
