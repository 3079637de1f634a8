"""The regional knowledge file and its loader."""
from __future__ import annotations

import pytest

from samverkan.graph.errors import SamverkanError
from samverkan.graph.model import LEVELS
from samverkan.loaders.knowledge import PACKAGED, load_knowledge


def test_packaged_file_loads_with_six_huvudman_and_levels():
    k = load_knowledge()
    assert k.path == str(PACKAGED)
    real = [h.name for h in k.huvudmän if not h.collective]
    assert len(real) == 6 and "Region Blekinge" in real
    for g in k.groups:
        assert g.level is None or g.level in LEVELS
    for t in k.group_types:
        assert t.level is None or t.level in LEVELS


@pytest.mark.parametrize("written, canonical", [
    ("Regionen", "Region Blekinge"), ("regionen", "Region Blekinge"), ("Region", "Region Blekinge"),
    ("region Blekinge", "Region Blekinge"), ("Landstinget Blekinge", "Region Blekinge"),
    ("Sölvesborg kommun", "Sölvesborgs kommun"), ("Sölvesborg", "Sölvesborgs kommun"),
    ("Karlshamn kommun", "Karlshamns kommun"), ("Karlshamn", "Karlshamns kommun"),
    ("Karlshamns  Kommun", "Karlshamns kommun"), ("Ronneby kommun§111", "Ronneby kommun"),
    ("SKR", "SKR"), ("IVO", "IVO"), ("NSPH", "NSPH"), ("BTH", "BTH"),
])
def test_match_organisation(written, canonical):
    assert load_knowledge().match_organisation(written).name == canonical


def test_unit_split_from_huvudman():
    k = load_knowledge()
    unit, h = k.split_organisation("socialförvaltningen Karlshamns kommun")
    assert unit == "socialförvaltningen" and h.name == "Karlshamns kommun"
    assert k.is_unit("Enheten för kvalitet och utveckling") and k.is_unit("FoU-verksamheten")
    assert not k.is_unit("Region Blekinge")


@pytest.mark.parametrize("written, canonical, level", [
    ("LSVO:s ledningsgrupp", "LSVO", "strategisk"), ("PSVO", "PSVO", "politisk"),
    ("Samverkansgrupp att Åldras", "Samverkansgrupp att åldras", "taktisk"),
    ("samverkansgruppen Att växa upp", "Samverkansgrupp att växa upp", "taktisk"),
    ("det interkommunala forumet", "Interkommunala forumet", None),
    ("Interkommunalt forum", "Interkommunala forumet", None),
])
def test_match_group(written, canonical, level):
    g = load_knowledge().match_group(written)
    assert g.name == canonical and g.level == level


def test_representation_rules():
    k = load_knowledge()
    assert k.match_group("LSVO").representation.huvudman == "all"
    r = k.match_group("Styrgrupp för jämlik hälsa, nära vård, stöd och omsorg").representation
    assert (r.min, r.max) == (2, 4)


def test_type_words_give_levels_for_new_bodies():
    k = load_knowledge()
    assert k.level_for("Arbetsgrupp hälsoundersökningar för placerade barn") == "operativ"
    assert k.level_for("Processteam Trygg hemgång") == "operativ"
    assert k.level_for("Styrgrupp Barnahus", "LSVO") == "taktisk"
    assert k.level_for("Nationella styrgruppen för X") is None
    assert k.level_for("Något helt annat") is None
    assert k.level_for("Brukarrådet Västerby") is None and k.level_for("Politiskt samverkansråd") == "politisk"
    # a collaboration named as such, and a political body whatever its kind
    assert k.level_for("Delregional vårdsamverkan norra Åsen") == "taktisk"
    assert k.level_for("Politisk vårdsamverkan Södra Åsen") == "politisk"
    assert k.level_for("Politiska styrgruppen för äldrefrågor") == "politisk"


def test_user_file_via_environment(tmp_path, monkeypatch):
    f = tmp_path / "halland.toml"
    f.write_text('[region]\nname = "Halland"\n[[huvudman]]\nname = "Region Halland"\naliases = ["Regionen"]\n'
                 '[[groups]]\nname = "Ledningsgruppen"\nlevel = "strategisk"\n', encoding="utf-8")
    monkeypatch.setenv("SAMVERKAN_KNOWLEDGE", str(f))
    k = load_knowledge()
    assert k.region == "Halland" and k.match_organisation("regionen").name == "Region Halland"
    assert k.match_group("ledningsgruppen").level == "strategisk"


@pytest.mark.parametrize("text, reason", [
    ("[[huvudman]\nname=", "invalid TOML"),
    ('[[huvudman]]\nname = "R"\n[[groups]]\nname = "G"\nlevel = "hög"\n', "level 'hög'"),
    ('[[groups]]\nname = "G"\n', "no [[huvudman]]"),
    ('[[huvudman]]\nname = "R"\n[[groups]]\nname = "G"\nparent = "X"\n', "parent 'X'"),
    ('[[huvudman]]\nname = "R"\n[unit_patterns]\npatterns = ["(("]\n', "not a valid regex"),
])
def test_broken_file_gives_one_line_error_naming_the_file(tmp_path, text, reason):
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(SamverkanError) as e:
        load_knowledge(f)
    msg = str(e.value)
    assert "\n" not in msg and str(f) in msg and reason in msg


def test_missing_file_is_a_samverkan_error(tmp_path):
    with pytest.raises(SamverkanError, match="cannot read"):
        load_knowledge(tmp_path / "nope.toml")


# ------------------------------------------------------------------ a region without a file
def test_generic_vocabulary_gives_levels_without_a_region_file():
    from samverkan.loaders.knowledge import load_generic
    g = load_generic()
    assert g.huvudmän == () and g.groups == ()
    for name, level in [("Socialnämnden", "politisk"), ("Kommunfullmäktige", "politisk"),
                        ("Politiskt samrådsorgan för hälsa", "politisk"), ("Tjänstemannaberedningen", "strategisk"),
                        ("Regional ledningsgrupp för vård och omsorg", "strategisk"),
                        ("Styrgrupp psykisk hälsa", "taktisk"), ("Samverkansgrupp barn och unga", "taktisk"),
                        ("Arbetsgrupp mobila team", "operativ"), ("Processteam utskrivning", "operativ"),
                        ("Lokal närvårdsgrupp Fjällby", "operativ"), ("Lokala samverkansgruppen för unga i Ås", "operativ"),
                        ("Nationella programområdet", None), ("Kvarnen", None)]:
        assert g.level_for(name) == level, name


def test_region_file_applies_only_to_its_own_minutes():
    k = load_knowledge()
    assert k.is_about("Närvarande: Eva Ek, Ronneby kommun; Ola Ek, Region Blekinge")
    # another region's minutes: the word "kommunerna" and "Regionen" are no mark of Blekinge
    other = "REGION FJÄLLBY\nSamverkansgrupp äldre\nEva Ek, Regionen; Ola Ek, Tallmo kommun. Kommunerna tar med sig frågan."
    assert not k.is_about(other)
    ko = k.for_text(other)
    assert ko.match_group("Samverkansgrupp äldre") is None and ko.match_group("LSVO") is None
    assert ko.match_organisation("kommunerna").name == "kommunerna i Fjällby"
    assert ko.match_organisation("Regionen").name == "Region Fjällby"
    assert ko.match_organisation("Ronneby kommun") is None
    assert ko.level_for("Samverkansgrupp äldre") == "taktisk"


@pytest.mark.parametrize("text, names", [
    ("Lena Ek, Fjällsta kommun", ["Fjällsta kommun", "kommunerna"]),
    ("FJÄLLSTA KOMMUN   SAMMANTRÄDESPROTOKOLL", ["Fjällsta kommun", "kommunerna"]),
    ("Region Skogland och kommunerna Björkå, Tallmo och Granvik",
     ["Region Skogland", "Björkå kommun", "Tallmo kommun", "Granvik kommun", "kommunerna i Skogland",
      "huvudmännen i Skogland"]),
    ("Klippviks kommun ... Klippvik kommun ... (Klippvik)", ["Klippviks kommun", "kommunerna"]),
    # "varje kommun", "respektive kommun" name no kommun
    ("Varje kommun utser en representant; respektive kommun återkommer", []),
])
def test_huvudman_recognised_by_form(text, names):
    from samverkan.loaders.knowledge import infer_huvudmän
    _, hs = infer_huvudmän(text)
    assert [h.name for h in hs] == names


def test_genitive_and_bare_forms_of_an_inferred_kommun():
    k = load_knowledge().for_text("Ola Ek, Klippviks kommun. Eva Ek (Klippvik). Region Havsby")
    assert k.match_organisation("Klippvik").name == "Klippviks kommun"
    assert k.match_organisation("Klippvik kommun").name == "Klippviks kommun"
    assert k.split_organisation("socialtjänsten, Klippviks kommun")[1].name == "Klippviks kommun"


def test_a_kommuns_minutes_that_name_no_region_take_it_from_a_regional_body_they_name():
    from samverkan.loaders.knowledge import infer_huvudmän
    region, hs = infer_huvudmän("ÅBY KOMMUN. Gruppen rapporterar till Regional ledningsgrupp för vård och omsorg i Norrby.")
    assert region == "Norrby" and [h.name for h in hs][:2] == ["Region Norrby", "Åby kommun"]
    assert infer_huvudmän("ÅBY KOMMUN. Regionala frågor i Åby.")[0] == ""


def test_each_text_of_a_resolve_batch_is_analysed_once_and_not_sent_to_parsing_workers():
    import pickle

    from samverkan.loaders.pipeline import RESOLVE_BATCH

    k = load_knowledge()
    texts = [f"Kopia {i}\nNärvarande: Eva Ek, Karlshamns kommun" for i in range(RESOLVE_BATCH)]
    first = [k._analysis(t) for t in texts]
    # parsing asks about each text, resolving its batch asks again: the answer is still held
    assert all(k._analysis(t) is a for t, a in zip(texts, first))
    # a worker process is sent the file, not every text this process has analysed
    sent = pickle.loads(pickle.dumps(k))
    assert "_analysis_cache" not in sent.__dict__ and len(pickle.dumps(k)) < 100 * len(texts)
    assert sent.is_about(texts[0]) and not sent.is_about("Ola Ek, Region Skogland")


def test_a_branch_of_care_is_a_unit_of_the_region_or_kommun_that_runs_it():
    """"Hemsjukvården, Åby kommun" and "Barnhälsovården, Region X" name units, kept under their huvudman:
    one kommun's hemsjukvård is not another's, nor the kommun itself."""
    from samverkan.loaders.resolve import _Orgs

    k = load_knowledge()
    assert k.is_unit("Hemsjukvården") and k.is_unit("Barnhälsovården") and k.is_unit("Elevhälsan")
    assert not k.is_unit("Vårdcentralen Åby") and not k.is_unit("Hemsjukvårdens rutiner")
    orgs = _Orgs(k)
    unit, top = orgs.resolve("Hemsjukvården, Olofströms kommun", None)
    other, _ = orgs.resolve("Hemsjukvården, Ronneby kommun", None)
    assert unit is not None and unit != top and unit != other
    assert orgs.entities[unit].parent_id == top
