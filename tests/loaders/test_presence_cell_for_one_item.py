"""A roster table whose presence column says for which item a person came, after the presence word
("Närvarande, punkt 3"), beside the members' plain "Närvarande": there for that item only, a guest
who presents it and holds no seat, as "p. 3" alone in the column reads.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


NETWORK = """MAS-nätverket Norrby
Minnesanteckningar 2028-06-21 kl. 13.15–15.45
Namn\tFunktion\tKommun/region\tNärvaro
Eva Lindqvist\tMAS, sammankallande\tÅsby kommun\tNärvarande
Per Nyholm\tMAS\tNorrvik kommun\tNärvarande
Kim Sandberg\tMAR\tNorrvik kommun\tFrånvarande
Lena Borg\tChefssjuksköterska\tRegion Norrby\tNärvarande, punkt 2

1. Inledning
Eva Lindqvist hälsade välkommen.
2. Delegering
Lena Borg informerade om regionens nya riktlinje för delegering.
"""


def test_present_for_one_item_in_the_presence_column_is_a_guest_without_a_seat(tmp_path):
    f = load_text(tmp_path, "network.txt", NETWORK)
    status = {n: st for n, st, _ in f["attendance"]}
    assert status == {"Eva Lindqvist": "present", "Per Nyholm": "present", "Kim Sandberg": "absent",
                      "Lena Borg": "guest"}
    members = {p for p, _, change in f["memberships"] if change == "member"}
    assert "Lena Borg" not in members and {"Eva Lindqvist", "Per Nyholm", "Kim Sandberg"} <= members
