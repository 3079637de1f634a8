"""Hurried notes that name their people by given name alone (the note-taker as "ant: Maja", a newcomer "från
skolan" replacing a colleague, the next meeting's convener after its day and time, "Ulla sammankallar"), a seat in
another body told as the reason for something ("eftersom hon sedan årsskiftet är ordförande i …"), a working group
named with its level in one place and without it in another, and a given name on one roster that is not the
person of that given name another document of the batch names in full for another organisation."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text, load_texts

NOTES = """\
lokal samverkan Åsby 14/3 2031 kl 13-14.30, vårdcentralen + teams
närv: Maja (hemtj), Tarik (IFO), Gunnel (vc Åsby), Ulla (elevhälsan), Fredrik (skolan)
förhinder: Birgitta (BUP)
ant: Maja

Fredrik från skolan är ny i gruppen och ersätter Kenneth som gått i pension.

trygg hemgång – 3 avvikelser i feb, Gunnel o Maja tittar på dem
@Tarik fixar kontaktlista till handläggarna

nästa möte 25/4 kl 13 på vc, Ulla sammankallar
"""


def _notes(tmp_path: Path) -> dict:
    return load_text(tmp_path, "lokal_samverkan_asby_2031-03-14.txt", NOTES)


def test_the_note_taker_by_the_shortened_label_and_a_given_name(tmp_path):
    assert ("Maja", "present", ("ledamot", "sekreterare")) in _notes(tmp_path)["attendance"]


def test_the_convener_after_the_next_meetings_day_in_small_letters(tmp_path):
    assert (("Ulla",), "sammankalla nästa möte") in _notes(tmp_path)["assignments"]


def test_a_newcomer_by_given_name_replaces_one_named_so(tmp_path):
    seats = _notes(tmp_path)["memberships"]
    assert ("Fredrik", "Lokal samverkan Åsby", "replace") in seats
    assert ("Kenneth", "Lokal samverkan Åsby", "leave") in seats


def test_a_seat_in_another_body_told_as_the_reason(tmp_path):
    f = load_text(tmp_path, "ag_demens_2031-03-04.txt",
                  "Arbetsgrupp demens Åsby\nMinnesanteckningar 2031-03-04\n"
                  "Närvarande: Ingela Sundqvist, Åsby kommun; Per Lindh, Region Norrå; Eva Ekström, Åsby kommun\n\n"
                  "1. Gruppens sammansättning\nIngela Sundqvist lämnar arbetsgruppen efter sommaren eftersom hon "
                  "sedan årsskiftet är ordförande i samverkansgruppen för äldre.\n")
    assert any(person == "Ingela Sundqvist" and "äldre" in group and change == "member"
               for person, group, change in f["memberships"])


def test_a_working_group_with_its_level_and_without_is_one_body(tmp_path):
    data = load_texts(tmp_path, {"terapigrupp_hjarta_2031-02-10.md": (
        "# Terapigrupp Hjärta\n\n**Datum:** 2031-02-10\n\n### Deltagare\n\n"
        "- Karin Öst, överläkare (ordförande)\n- Nils Brandt, apotekare (sekreterare)\n- Lena Vik, barnläkare\n\n"
        "### 1. Representant\n\nLena Vik utses till terapigruppens representant i arbetsgruppen för barnläkemedel.\n\n"
        "### 2. Övrigt\n\nBarnkliniken vill ha en representant i den regionala arbetsgruppen för barnläkemedel.\n")})
    bodies = {o["name"] for o in data["organizations"]}
    assert not any("regional arbetsgrupp" in b.casefold() or "regionala arbetsgruppen" in b.casefold() for b in bodies)


def _batch(tmp_path: Path, organisation: str, notes_unit: str) -> set[str]:
    notes = NOTES.replace("Ulla (elevhälsan)", f"Ulla ({notes_unit})")
    data = load_texts(tmp_path, {"lokal_samverkan_asby_2031-03-14.txt": notes, "ag_elevhalsa_2031-02-20.txt":
                                 "Arbetsgrupp elevhälsa\nMinnesanteckningar 2031-02-20\n"
                                 f"Närvarande: Ulla Bergqvist ({organisation}), Petra Holm (Region Norrå)\n\n"
                                 "1. Rutinen\nRutinen gicks igenom.\n"})
    names = {p["id"]: p["name"] for p in data["persons"]}
    source = next(x["id"] for x in data["sources"] if x["path"].endswith("lokal_samverkan_asby_2031-03-14.txt"))
    (event,) = [e for e in data["events"] if e["source_id"] == source]
    return {names[p["person_id"]] for p in event["participants"]}


def test_a_given_name_alone_is_one_named_in_full_only_for_the_same_organisation(tmp_path):
    assert "Ulla" in _batch(tmp_path / "other", "Ekeby kommun", "elevhälsan")
    assert "Ulla Bergqvist" in _batch(tmp_path / "same", "Åsby kommun", "Åsby kommun")


def test_one_who_left_named_by_given_name_in_such_notes_is_not_one_named_in_full_elsewhere(tmp_path):
    data = load_texts(tmp_path, {"lokal_samverkan_asby_2031-03-14.txt": NOTES, "lokal_samverkan_asby_2029-05-02.txt":
                                 "Lokal samverkan Åsby\nMinnesanteckningar 2029-05-02\n"
                                 "Närvarande: Kenneth Ahlgren (Region Norrå), Maja Öst (Åsby kommun)\n\n"
                                 "1. Rutinen\nRutinen gicks igenom.\n"})
    names = {p["id"]: p["name"] for p in data["persons"]}
    left = {names[m["person_id"]] for m in data["memberships"] if m.get("change") == "leave"}
    assert left == {"Kenneth"}
