"""Bodies and organisations a collaboration's minutes name in passing: a state authority by the word its name ends
in ("Skogsstyrelsen", "Polismyndigheten", "Trafikverket") is an organisation, never a body that meets, while a
kommun's and a region's board stay bodies; a welcome the chair joins to a decision is none of it; a sentence that
runs into an acronym's bracket ("Samverkansgruppen är tillsatt av brottsförebyggande rådet (BRÅ) i Åby") names the
body after its verb, not the sentence; and a police team the roster seats someone from is the authority's unit, no
collaboration body. Each read on small minutes of their own, loaded alone.
"""
from __future__ import annotations

import re
from pathlib import Path

from samverkan.loaders.relations import AUTHORITY
from tests.loaders.test_read_formats import load_texts

DELEGATION = """PROTOKOLL
Viltförvaltningsdelegationen i Ekmo län
Datum: 2027-03-02

Närvarande: Sara Lindgård, ordförande; Per Holmqvist, Region Ekmo; Lena Ås, Polismyndigheten
Övriga närvarande: Olle Strand, viltvårdskonsulent, Skogsstyrelsen (§ 5); Kim Berg, Trafikverket

§ 5 Viltolyckor
Olle Strand, Skogsstyrelsen, redogjorde för inventeringen. Kim Berg, Trafikverket, berättade om viltstängsel.
Regionstyrelsen i Region Ekmo har utsett Per Holmqvist till ledamot i delegationen.
Delegationen noterade informationen och ordföranden hälsade Per Holmqvist välkommen.
Delegationen föreslår kommunstyrelsen i Ekmo kommun att ta fram en rutin för eftersök.
"""

UNGA = """ANTECKNINGAR
Samverkansgrupp unga lagöverträdare (ULÖ), Tallby kommun
Datum: 8 december 2026, kl. 10.00–12.00

Närvarande:
Eva Ek, enhetschef ungdomsenheten, Tallby kommun (sammankallande, antecknar)
Per Lind, utredare, ungdomsutredningsgruppen, Polisområde Åby
Sara Holm, kammaråklagare, Åklagarkammaren i Åby

1. Handläggningstider
Per Lind berättade att ungdomsutredningsgruppen har fått en ny utredare från januari.

2. Rapport till BRÅ
Samverkansgruppen är tillsatt av brottsförebyggande rådet (BRÅ) i Tallby och
rapporterar till rådet två gånger per år. Eva sammanställer höstens rapport till
rådets möte den 3 februari.
"""


def _orgs(data: dict) -> dict[str, str]:
    return {o["name"]: o["classification"] for o in data["organizations"]}


def test_a_state_authority_by_its_word_is_an_organisation_and_a_board_stays_a_body(tmp_path: Path):
    data = load_texts(tmp_path, {"vfd_ekmo_2027-03-02.txt": DELEGATION})
    orgs = _orgs(data)
    assert orgs.get("Skogsstyrelsen") == "external", orgs
    assert orgs.get("Trafikverket") == "external", orgs
    assert not [n for n, c in orgs.items() if c == "group" and re.search(r"(?i)skogs|trafik|polis", n)], orgs
    # a region's and a kommun's board are bodies still
    assert any(c == "group" and n.startswith("Regionstyrelsen") for n, c in orgs.items()), orgs
    assert any(c == "group" and n.startswith("Kommunstyrelsen") for n, c in orgs.items()), orgs


def test_the_authority_words_and_the_boards_words():
    for word in ("Skogsstyrelsen", "Socialstyrelsen", "Polismyndigheten", "Trafikverket", "Försäkringskassan",
                 "Arbetsförmedlingen", "Länsstyrelsen i Ekmo län"):
        assert re.fullmatch(AUTHORITY, word), word
    for word in ("Kommunstyrelsen", "Regionstyrelsen", "Förbundsstyrelsen", "Styrelsen", "Nätverket",
                 "Demensnätverket", "Samverkansgruppen"):
        assert not re.fullmatch(AUTHORITY, word), word


def test_a_welcome_joined_to_a_decision_is_none_of_it(tmp_path: Path):
    data = load_texts(tmp_path, {"vfd_ekmo_2027-03-02.txt": DELEGATION})
    texts = [d["text"] for d in data["decisions"]]
    assert "notera informationen" in texts, texts
    assert not [t for t in texts if "välkom" in t], texts


def test_a_sentence_before_an_acronym_names_the_body_after_its_verb(tmp_path: Path):
    data = load_texts(tmp_path, {"ulo_tallby_2026-12-08.txt": UNGA})
    groups = {o["name"]: o.get("other_names") or [] for o in data["organizations"] if o["classification"] == "group"}
    assert not [n for n in groups if " är " in n or n.startswith("Samverkansgruppen är")], groups
    # one body for the council, its acronym one of its names
    (council,) = [n for n in groups if n.casefold().startswith("brottsförebyggande rådet")]
    assert council == "Brottsförebyggande rådet i Tallby"
    assert "BRÅ" in groups[council]


def test_a_police_team_the_roster_seats_someone_from_is_no_body(tmp_path: Path):
    data = load_texts(tmp_path, {"ulo_tallby_2026-12-08.txt": UNGA})
    groups = [o["name"] for o in data["organizations"] if o["classification"] == "group"]
    assert not [n for n in groups if "utredningsgrupp" in n.casefold()], groups
    assert any(n.startswith("Samverkansgrupp unga lagöverträdare") for n in groups), groups


OTHER_COUNCIL = """PROTOKOLL
Brottsförebyggande rådet, Ekås kommun
Datum: 2026-10-01

Närvarande: Lars Öhrn, ordförande, Ekås kommun; Mona Vik, Ekås kommun

1. Lägesbild
Brottsförebyggande rådet (BRÅ) beslutade att ta fram en trygghetsplan.
"""


def test_an_acronym_two_kommuners_councils_share_names_each_minutes_own(tmp_path: Path):
    data = load_texts(tmp_path, {"bra_ekas_2026-10-01.txt": OTHER_COUNCIL, "ulo_tallby_2026-12-08.txt": UNGA})
    sources = {s["id"]: Path(s["path"]).stem for s in data["sources"]}
    councils = {o["name"]: {sources[x["source_id"]] for x in o.get("sources") or []}
                for o in data["organizations"] if o["classification"] == "group" and "BRÅ" in (o.get("other_names") or [])}
    assert councils == {"Brottsförebyggande rådet, Ekås kommun": {"bra_ekas_2026-10-01"},
                        "Brottsförebyggande rådet i Tallby": {"ulo_tallby_2026-12-08"}}, councils
