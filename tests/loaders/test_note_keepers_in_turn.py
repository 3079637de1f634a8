"""The keeper of the notes changing halfway through the meeting, the label saying who wrote which points
("Anteckningar: Eva Ek (punkt 1–4), Per Olsson (punkt 5–8)", "… för punkt 1–3, därefter …", "… (1–3) / … (4–5)"):
each of them kept the notes (sekreterare), both present for the whole meeting; the points are no attendance of
their own and no name of a person."""
from __future__ import annotations

import pytest

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text

NOTES = """\
Arbetsgrupp hemgång Tallmo
Minnesanteckningar 2026-11-04, kl. 13.00–15.00, Teams

Närvarande:
Klara Bengtsdotter, Region Norrby (sammankallande)
Oskar Lind, Åby kommun
Malin Sjögren, Ekå kommun
Nils Grahn, Region Norrby

{label}

1. Inledning
Dagordningen godkändes.

2. Rutinen
Oskar Lind tar fram ett utkast till rutin till nästa möte.

3. Övrigt
Inget att ta upp.
"""

LABELS = (
    "Antecknare: Oskar Lind (1–2) / Malin Sjögren (3)",
    "Mötessekreterare: Oskar Lind för punkt 1–2, därefter Malin Sjögren",
    "Sekreterare: Oskar Lind (punkt 1–2), därefter Malin Sjögren",
    "Antecknare: Oskar Lind t.o.m. punkt 2, sedan Malin Sjögren",
    "Antecknare: Oskar Lind, från punkt 3 Malin Sjögren",
)


@pytest.mark.parametrize("label", LABELS)
def test_each_keeper_in_turn_kept_the_notes(tmp_path, label):
    got = load_text(tmp_path, "ag_hemgang_tallmo_2026-11-04.txt", NOTES.format(label=label))
    roles = {name: (status, r) for name, status, r in got["attendance"]}
    assert roles["Oskar Lind"] == ("present", ("ledamot", "sekreterare"))
    assert roles["Malin Sjögren"] == ("present", ("ledamot", "sekreterare"))
    assert got["persons"] == ["Klara Bengtsdotter", "Malin Sjögren", "Nils Grahn", "Oskar Lind"]


def test_a_keeper_not_on_the_roster_is_present_for_every_point(tmp_path):
    path = tmp_path / "ag_hemgang_tallmo_2026-11-04.txt"
    path.write_text(NOTES.format(label="Antecknare: Greta Holm (punkt 1–2), Malin Sjögren (punkt 3)"), encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    names = {p["id"]: p["name"] for p in data["persons"]}
    (event,) = data["events"]
    seen = {names[p["person_id"]]: (p["status"], tuple(p["roles"]), tuple(p["paragraphs"])) for p in event["participants"]}
    assert seen["Greta Holm"] == ("present", ("sekreterare",), ())
    assert seen["Malin Sjögren"] == ("present", ("ledamot", "sekreterare"), ())
