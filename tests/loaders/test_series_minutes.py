"""A year's minutes of one body loaded together: the body's short name, follow-up lists and initials
carry across the documents as the secretary writes them."""
from __future__ import annotations

from samverkan import queries
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from factories import loaded_store

FEBRUARY = """Minnesanteckningar
Samverkansgrupp vård och omsorg, Norrby (SG VoO)
Datum: 12 februari 2025
Plats: Regionhuset Norrby

Närvarande
Eva Lundmark, socialchef, Tallviks kommun (ordförande)
Karin Holm, enhetschef, Ekås kommun
Maria Öhman, verksamhetschef, Region Norrby

§ 1 Dagordning
Dagordningen godkändes.

§ 2 Hemmasittare
Maria Öhman skickar ut rutinen för hemmasittare till gruppen.
Karin Holm tar fram uppgifter om antalet orosanmälningar i Ekås kommun till nästa möte.
"""

APRIL = """# SG VoO Norrby – minnesanteckningar 2025-04-09

**Deltagare:** Eva Lundmark (ordf.), Nils Ek, Maria Öhman

## 1. Inledning
Nils Ek har ersatt Karin Holm som representant för Ekås kommun. Dagordningen godkändes.

## 2. Uppföljning av åtgärdslista

| Åtgärd | Ansvarig | Status |
|---|---|---|
| Ta fram uppgifter om orosanmälningar i Ekås | KH/NE | Pågår |

## 3. Övrigt
Inga övriga frågor.
"""

# the June meeting's header and roster, which its two readings share
JUNE_HEAD = """Minnesanteckningar
Samverkansgrupp vård och omsorg, Norrby
Datum: 11 juni 2025

Närvarande:
Eva Lundmark, Tallviks kommun, ordförande
Nils Ek, Ekås kommun
Maria Öhman, Region Norrby
"""
JUNE = JUNE_HEAD + """
§ 1 Uppföljning av åtgärdslistan
– Rutin för hemmasittare (MÖ): Klar, skickad till gruppen den 28 april.

§ 2 Övrigt
Inga övriga frågor.
"""


def _load(tmp_path, *texts):
    folder = tmp_path / "minutes"
    folder.mkdir()
    names = ("sg_voo_2025-02-12.txt", "sg_voo_2025-04-09.md", "sg_voo_2025-06-11.txt")
    for name, text in zip(names, texts):
        (folder / name).write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "g.sqlite") as s:
        report = load_paths([folder], s)
    return report


def _tasks(store, name):
    return {(r.detail, r.status) for r in queries.run("person", store, name=name) if r.section == "assignment"}


def test_title_acronym_of_two_parts_is_the_bodys_short_name_not_part_of_it(tmp_path):
    """"Samverkansgrupp vård och omsorg, Norrby (SG VoO)", "SG VoO Norrby" and the title without the
    bracket are one body."""
    report = _load(tmp_path, FEBRUARY, APRIL, JUNE)
    groups = {d.group for d in report.documents}
    assert len(groups) == 1, groups
    assert "(SG VoO)" not in groups.pop()


def test_dash_listed_follow_up_marked_klar_follows_up_the_earlier_task(tmp_path):
    """"– Rutin för hemmasittare (MÖ): Klar, …" in a later follow-up list: the February task is done."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "sg_voo_2025-02-12.txt").write_text(FEBRUARY, encoding="utf-8")
    (folder / "sg_voo_2025-06-11.txt").write_text(JUNE, encoding="utf-8")
    store = next(loaded_store(tmp_path / "g.sqlite", folder))
    try:
        assert ("skicka ut rutinen för hemmasittare till gruppen", "followed_up") in _tasks(store, "Maria Öhman")
    finally:
        store.close()


def test_action_list_initials_of_the_member_who_left(tmp_path):
    """"KH/NE" in the action list after "Nils Ek har ersatt Karin Holm": both are answerable, and
    Karin's February task is followed up."""
    _load(tmp_path, FEBRUARY, APRIL)
    with NetworkxStore(tmp_path / "g.sqlite", writable=False) as s:
        nils = {d for d, _ in _tasks(s, "Nils Ek")}
        karin = _tasks(s, "Karin Holm")
    assert any("orosanmälningar i Ekås" in d for d in nils)
    assert any("orosanmälningar i Ekås" in d and "nästa möte" not in d for d, _ in karin)


JUNE_CONVENER = JUNE_HEAD + """
§ 1 Arbetsgruppen för SIP barn och unga
Gruppen beslutade att bilda en arbetsgrupp för SIP barn och unga. Nils Ek är sammankallande.

§ 2 Övrigt
Maria Öhman tar över som sammankallande i arbetsgruppen för SIP barn och unga efter sommaren, då Nils går på föräldraledighet.
"""


def test_taking_over_a_seat_in_a_named_group_after_a_time_is_a_seat_in_that_group(tmp_path):
    """"… tar över som sammankallande i arbetsgruppen för X efter sommaren": the seat is in the
    arbetsgrupp, not in the body that met ("efter sommaren" is when, not after whom)."""
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.read import read_document
    from samverkan.loaders.relations import extract_relations
    f = tmp_path / "sg_voo_2025-06-11.txt"
    f.write_text(JUNE_CONVENER, encoding="utf-8")
    raw = read_document(f)
    rel = extract_relations(parse_minutes(raw.text, str(f)))
    seats = {(m.person, m.group.casefold(), m.change) for m in rel.memberships if m.person == "Maria Öhman"}
    assert any("arbetsgrupp" in g and ch in ("join", "replace") for _, g, ch in seats), seats
    assert not any(g.startswith("samverkansgrupp") and ch == "join" for _, g, ch in seats), seats
