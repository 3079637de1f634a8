"""The bodies a council's roster and text name by their kind: the nämnd a member sits for ("Leif Sandström (KD),
socialnämnden"), the förvaltning that serves a pensionärsråd ("Förvaltningen bjuder in …"), and a council named by
its acronym in the minutes of its own arbetsutskott ("KPR" in those of "KPR:s arbetsutskott"), where another
kommun's KPR is in the same batch.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text, load_texts

FOLKHÄLSORÅD = """SALTVIKS KOMMUN
Minnesanteckningar
Folkhälsorådet i Saltvik
Tid: 2026-11-12 kl. 13.15–15.30
Plats: Kommunhuset, Saltvik

Närvarande ledamöter
Marita Johannesson (S), ordförande, kommunstyrelsen
Leif Sandström (KD), socialnämnden
Anna-Karin Dufva (L), Region Sundland, hälso- och sjukvårdsnämnden

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Folkhälsoplan
Rådet beslutade att ställa sig bakom planen.
"""


def _groups(data: dict) -> set[str]:
    return {o["name"] for o in data["organizations"] if o["classification"] == "group"}


def test_the_namnd_a_member_sits_for_is_a_body_the_minutes_name(tmp_path):
    data = load_texts(tmp_path, {"folkhalsorad_saltvik_2026-11-12.txt": FOLKHÄLSORÅD})
    groups = _groups(data)
    assert "Hälso- och sjukvårdsnämnden, Region Sundland" in groups, groups
    for organ in ("Kommunstyrelsen", "Socialnämnden"):  # (of the kommun, where the resolver places it)
        assert [g for g in groups if g == organ or g.startswith(f"{organ}, ")], (organ, groups)


KPR_HÖGBYN = """Högbyns kommun
Minnesanteckningar
Kommunala pensionärsrådet (KPR)
Datum: 2026-11-09 kl. 09.30–12.00
Plats: Träffpunkt Linden, Högbyn

Närvarande: Gunnel Björk (S), ordförande; Arne Tidholm, PRO Högbyn; Maj-Lis Enqvist, SPF Seniorerna Högbyn

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Övriga frågor
Ingrid Falk-Nordin tog upp långa väntetider för färdtjänst. Förvaltningen bjuder in färdtjänsthandläggaren till nästa möte.

3. Nästa möte
Måndag 1 februari 2027 kl. 09.30.
"""

KPR_AU_SKÄRVSTA = """# Minnesanteckningar – KPR:s arbetsutskott

**Skärvsta kommun** · onsdag 12 november 2025 · kl. 10.00–12.00 · Kommunhuset

**Närvarande:** Birger Lindquist (PRO, ordf.), Ingrid Nordell (SPF Seniorerna), Kent Sjögren (äldreomsorgschef, sekr.)

## 1. Dagordning för KPR 26 november

AU beredde dagordningen till rådets sammanträde. Kent skickar ut kallelsen senast 19 november.

## 2. Remiss

Vård- och omsorgsnämnden har skickat äldreplanen på remiss till KPR med svar senast 12 december.
"""


def test_the_forvaltning_serving_a_pensionarsrad_is_given_its_task(tmp_path):
    f = load_text(tmp_path, "kpr_hogbyn_2026-11-09.txt", KPR_HÖGBYN)
    invite = [who for who, task in f["assignments"] if task == "bjuda in färdtjänsthandläggaren till nästa möte"]
    assert len(invite) == 1 and invite[0][0].startswith("Förvaltningen"), f["assignments"]


def test_a_council_by_its_acronym_in_its_arbetsutskotts_minutes_is_that_council(tmp_path):
    data = load_texts(tmp_path, {"kpr_hogbyn_2026-11-09.txt": KPR_HÖGBYN, "kpr_au_skarvsta_2025-11-12.md": KPR_AU_SKÄRVSTA})
    names = {o["name"]: o.get("other_names") or [] for o in data["organizations"] if o["classification"] == "group"}
    assert "KPR" not in names.get("KPR:s arbetsutskott, Skärvsta kommun", []), names
    assert "KPR, Skärvsta kommun" in names, names
