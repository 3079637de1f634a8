"""The body that met named by its parts: the parties of a local group joined by dashes ("Lokal samverkansgrupp
Frivård – socialtjänst – polis, X") kept whole, and a samordningsförbund's medlemssamråd named with the förbund
on the letterhead ("Medlemssamrådet, Samordningsförbundet X"), as its styrelse is."""
from samverkan.loaders.extract import parse_minutes


def test_parties_joined_by_dashes_stay_in_the_name():
    text = ("MINNESANTECKNINGAR\nLokal samverkansgrupp Skola – socialtjänst – polis, Ekmo\nDatum: 2027-02-03\n\n"
            "Närvarande\nEva Lind, Ekmo kommun\nPer Holm, Polisen\n\n1. Inledning\nEva hälsade välkommen.\n")
    assert parse_minutes(text, "x.txt").body == "Lokal samverkansgrupp Skola – socialtjänst – polis, Ekmo"


def test_document_kind_after_one_dash_is_not_part_of_the_name():
    text = ("Styrgrupp Ekmo – minnesanteckningar\nDatum: 2027-02-03\n\n"
            "Närvarande\nEva Lind, Ekmo kommun\n\n1. Inledning\nEva hälsade välkommen.\n")
    assert parse_minutes(text, "x.txt").body == "Styrgrupp Ekmo"


def test_medlemssamrad_is_named_with_the_forbund_on_the_letterhead():
    text = ("SAMORDNINGSFÖRBUNDET TALLÅS\nAnteckningar från medlemssamråd\nDatum: 2027-03-02\n\n"
            "Deltagare\nEva Lind, Ekby kommun\nPer Holm, Region Tallås\n\n1. Budget\n"
            "Medlemssamrådet beslutar att rekommendera medlemmarna att behålla bidraget.\n")
    assert parse_minutes(text, "x.txt").body == "Medlemssamrådet, Samordningsförbundet Tallås"


def test_medlemssamrad_without_its_article_is_the_body_that_met(tmp_path):
    from tests.loaders.test_read_formats import load_texts

    text = ("SAMORDNINGSFÖRBUNDET TALLÅS\nAnteckningar från medlemssamråd\nDatum: 2027-03-02\n\n"
            "Deltagare\nEva Lind, Ekby kommun\nPer Holm, Region Tallås\n\n1. Budget\n"
            "Medlemssamrådet beslutar att ge förbundschefen i uppdrag att till nästa medlemssamråd redovisa kapitalet.\n\n"
            "2. Nästa medlemssamråd\nNästa medlemssamråd hålls i oktober.\n")
    data = load_texts(tmp_path, {"medlemssamrad_tallas_2027-03-02.txt": text})
    groups = sorted(o["name"] for o in data["organizations"] if o.get("classification") == "group")
    assert groups == ["Medlemssamrådet, Samordningsförbundet Tallås"], groups
