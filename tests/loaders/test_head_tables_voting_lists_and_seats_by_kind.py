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
Per Lind, 1:e v.o.         M                                X
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
    assert "1:e vice ordförande" in {r for name, _, roles in got["attendance"] if name == "Per Lind" for r in roles}


def test_a_motion_handed_in_at_the_meeting_is_no_task(tmp_path):
    """"Per Lind (M) anmäler en motion om …" under "Anmälan av nya motioner": what he did at the meeting, no task."""
    got = load_text(tmp_path, "kf.txt", KF_TXT.replace(
        "§ 2  Motion om badhus\n", "§ 2  Anmälan av nya motioner\nPer Lind (M) anmäler en motion om ett nytt badhus.\n"))
    assert not [task for _, task in got["assignments"] if "anmäla" in task]


PSB_TXT = """REGION NORRBY                                                     PROTOKOLL
Politisk samverkansberedning Norrby (PSB)                         2031-03-14

Tid och plats   Fredagen den 14 mars 2031 kl. 13.00–15.30, Regionens hus

Ledamöter och ersättare per huvudman       (x = närvarande, tjg = tjänstgör)

Huvudman           Ordinarie                           Ersättare
Region Norrby      Eva Ekström (S), ordf.         x    Maja Fors (V)
Åby kommun         Per Lindgren (S)                    Karin Ström (M)            x tjg
Ekby kommun        Olle Sandin (KD)               x    Anna Vik (S)

§ 1  Val av justerare
Beredningen utser Olle Sandin att jämte ordföranden justera protokollet.
"""


def test_a_cross_with_the_legends_word_for_serving(tmp_path):
    """"Karin Ström (M)   x tjg" under "(x = närvarande, tjg = tjänstgör)": the ersättare there, in the seat."""
    got = load_text(tmp_path, "psb.txt", PSB_TXT)
    att = {name: status for name, status, _ in got["attendance"]}
    assert att["Karin Ström"] == att["Eva Ekström"] == "present"
    assert att["Per Lindgren"] == att["Maja Fors"] == "absent"


def test_handed_to_the_regions_board_and_each_kommuns(tmp_path):
    """"överlämna rekommendationen till regionstyrelsen och respektive kommunstyrelse för beslut": referred to the
    region's board and to the board of each kommun the body recommended."""
    got = load_text(tmp_path, "psb.txt", PSB_TXT + """
§ 2  Rekommendation om riktlinje för SIP
Beslut
Politisk samverkansberedning Norrby beslutar
- att rekommendera Region Norrby, Åby kommun och Ekby kommun att anta riktlinjen för SIP,
- att överlämna rekommendationen till regionstyrelsen och respektive kommunstyrelse för beslut.
""")
    refers = {to for frm, to, kind in got["mandates"] if kind == "refers"}
    assert {"Kommunstyrelsen, Åby kommun", "Kommunstyrelsen, Ekby kommun"} <= refers
    assert any(to.startswith("Regionstyrelsen") for to in refers)


NAMND_TXT = """Åby kommun
OMSORGSNÄMNDEN

Protokoll från sammanträde tisdagen den 14 mars 2031

NÄRVAROLISTA
Ledamöter
  Eva Ekström (S)        ordförande
  Mona Berg (S)
  Ulf Dahl (M)

§ 1 Val av representanter i råd 2031–2034
Beslut
Omsorgsnämnden beslutar
– att till nämndens representanter i kommunala pensionärsrådet (KPR) välja Mona Berg (S) som ordinarie och Ulf
  Dahl (M) som ersättare,
– att utse ordföranden Eva Ekström (S) till nämndens representant i Lokal samverkansgrupp nära vård Åby.
"""


def test_seats_chosen_by_their_kind_and_one_named_by_her_office(tmp_path):
    """"välja A som ordinarie och B som ersättare" in the kommun's pensionärsråd, "utse ordföranden A till …": each
    a seat in the body named, the kommun's own council named with the kommun."""
    got = load_text(tmp_path, "on.txt", NAMND_TXT)
    seats = {(p, g) for p, g, c in got["memberships"] if c == "join"}
    assert {("Mona Berg", "Kommunala pensionärsrådet, Åby kommun"), ("Ulf Dahl", "Kommunala pensionärsrådet, Åby kommun"),
            ("Eva Ekström", "Lokal samverkansgrupp nära vård Åby")} <= seats


def test_an_extracts_certification_and_signature_boxes_are_no_decision(tmp_path):
    """"*Utdrag ur protokollet bestyrks:* …" and a pipe table of "Justerandes signatur | Utdragsbestyrkande" after the
    last decided point of a paragraph: page furniture, no decision of its own."""
    got = load_text(tmp_path, "au.md", AU_MD + """
*Utdrag ur protokollet bestyrks:* Sara Lind, nämndsekreterare

| Justerandes signatur | Utdragsbestyrkande |
|---|---|
| | |
""")
    assert not [d for d in got["decisions"] if "bestyrks" in d or "signatur" in d]


def test_an_ersattare_chosen_under_a_point_named_for_the_seat(tmp_path):
    """"§ 2 Kommunens representant i Näringslivsrådet Åby" / "2. Eva Ekström (S) utses till ersättare.": her seat is
    in the body the point names, not in a body named after the point."""
    got = load_text(tmp_path, "au.md", AU_MD + """
### § 2 Kommunens representant i Näringslivsrådet Åby

**Arbetsutskottets beslut**
1. Näringslivschef Sara Lind utses till kommunens representant i Näringslivsrådet Åby 2031–2032.
2. Eva Ekström (S) utses till ersättare.
""")
    groups = {g for p, g, c in got["memberships"] if p == "Eva Ekström" and c == "join"}
    assert groups == {"Näringslivsrådet Åby"}


def test_a_yearly_account_to_the_region_and_the_kommuners_boards(tmp_path):
    """"Enligt samverkansavtalet lämnar beredningen varje år en verksamhetsberättelse till regionstyrelsen och
    kommunstyrelserna": the body reports to the region's board and to the board of each kommun its roster seats."""
    got = load_text(tmp_path, "psb.txt", PSB_TXT + """
§ 2  Arbetsformer
Enligt samverkansavtalet lämnar beredningen varje år en verksamhetsberättelse till regionstyrelsen och
kommunstyrelserna.
""")
    to = {t for _, t, kind in got["mandates"] if kind == "reports_to"}
    assert {"Kommunstyrelsen, Åby kommun", "Kommunstyrelsen, Ekby kommun"} <= to
    assert any(t.startswith("Regionstyrelsen") for t in to)


SF_MD = """# Samordningsförbundet Åby
## Protokoll från styrelsens sammanträde 2031-03-14

| Medlem | Ledamot | Ersättare |
|---|---|---|
| Region Norrby | Eva Ekström (S), ordförande | Maja Fors (V) – frånvarande |
| Åby kommun | Per Lindgren (M) | Karin Ström (S) – frånvarande |

### § 1 Medlemssamråd 2031

Medlemssamrådet hålls den 12 mars 2031.

**Styrelsen beslutar**
- att notera informationen.
"""


def test_the_medlemssamrad_in_a_forbunds_own_minutes(tmp_path):
    """"Medlemssamrådet" in the minutes of a förbund's board: the samråd of its members, named as its other bodies."""
    from tests.loaders.test_read_formats import load_texts
    data = load_texts(tmp_path, {"sf.md": SF_MD})
    groups = {o["name"] for o in data["organizations"] if o.get("classification") == "group"}
    assert "Medlemssamrådet, Samordningsförbundet Åby" in groups


def test_a_decided_point_whose_doers_are_named_by_their_offices(tmp_path):
    """"att ordföranden och förbundschefen företräder förbundet vid medlemssamrådet": a duty of whom holds each."""
    text = SF_MD.replace("### § 1", "**Övriga:** Sara Lind, förbundschef\n\n### § 1").replace(
        "- att notera informationen.", "- att ordföranden och förbundschefen företräder förbundet vid medlemssamrådet.")
    got = load_text(tmp_path, "sf.md", text)
    assert [who for who, task in got["assignments"] if "medlemssamrådet" in task] == [("Eva Ekström", "Sara Lind")]
