"""Political minutes of a kommun and its region's joint bodies: a markdown head typed as a pipe table, the roster
of a fullmäktige given only by its närvaro- och omröstningslista, seats chosen by their kind ("som ordinarie och
… som ersättare"), and what follows from them.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

AU_MD = """| **ÅBY KOMMUN** | **SAMMANTRÄDESPROTOKOLL** |
|---|---|
| Kommunstyrelsens arbetsutskott | Sammanträdesdatum 2031-03-14 |

**Plats och tid:** Kommunhuset, kl. 08.30–11.00

**Beslutande ledamöter**
- Eva Ekström (S), ordförande
- Per Lindgren (M)

### § 1 Val av justerare

**Arbetsutskottets beslut**
Per Lindgren utses att jämte ordföranden justera protokollet.
"""


def test_a_markdown_head_table_names_the_body_and_the_day(tmp_path):
    got = load_text(tmp_path, "au.md", AU_MD)
    assert (got["body"], got["date"]) == ("Kommunstyrelsens arbetsutskott, Åby kommun", "2031-03-14")
    assert ("Eva Ekström", "Kommunstyrelsens arbetsutskott, Åby kommun", "member") in got["memberships"]


KF_TXT = """ÅBY KOMMUN
Kommunfullmäktige
SAMMANTRÄDESPROTOKOLL                                  Sammanträdesdatum 2031-03-14

Plats och tid         Medborgarhuset, kl. 18.00–20.00
Beslutande            Se närvaro- och omröstningslista, bilaga A
Ej tjänstgörande      Ida Berg (S)
ersättare
Övriga närvarande     Hanna Ek, kommunsekreterare

§ 1  Val av justerare
Kommunfullmäktiges beslut
Per Lind (M) utses att jämte ordföranden justera protokollet.

§ 2  Motion om badhus
Kommunfullmäktiges beslut
Motionen remitteras till kommunstyrelsen för beredning.


Bilaga A – Närvaro- och omröstningslista, § 2
Ledamot                    Parti  Tjänstgörande ersättare   Ja   Nej  Avstår
Eva Ekström, ordf.         S                                X
Per Lind                   M                                X
Olle Sand                  SD     Lisa Grahn                     X
Karin Holm                 C      –  (frånvarande)
Summa                                                       2    1    0
"""


def test_a_fullmaktige_roster_given_by_its_vote_list_under_a_bilaga(tmp_path):
    """"Beslutande  Se närvaro- och omröstningslista, bilaga A" with the ersättare who did not serve in the header
    and "Bilaga A – Närvaro- och omröstningslista, § 2" after the last paragraph: the ledamöter are read from it."""
    got = load_text(tmp_path, "kf.txt", KF_TXT)
    att = {name: status for name, status, _ in got["attendance"]}
    assert att["Per Lind"] == att["Eva Ekström"] == att["Lisa Grahn"] == "present"
    assert att["Olle Sand"] == att["Karin Holm"] == "absent"
    assert ("Per Lind", "Kommunfullmäktige, Åby kommun", "member") in got["memberships"]
