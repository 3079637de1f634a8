""""länets folkhälsoråd" in the notes of a body named for one län is that län's council by its own name,
"Folkhälsorådet, X län", and the mandates told of it go to that body."""
from tests.loaders.test_read_formats import load_texts

NOTES = """Nätverket för spelprevention Norråsens län – träff 4/3 2027

Deltagare:
• Eva Ström, samordnare, Länsstyrelsen i Norråsens län (sammankallande)
• Per Lund, folkhälsostrateg, Åby kommun

1. Uppdraget
• Nätverket arbetar på uppdrag av länets folkhälsoråd och ska lämna en årsrapport dit i april
• Per skriver första utkastet till årsrapporten
"""


def test_lans_council_by_its_own_name(tmp_path):
    data = load_texts(tmp_path, {"natverk_spel_norrasen_2027-03-04.txt": NOTES})
    names = {o["id"]: o["name"] for o in data["organizations"]}
    got = {(names[m["from_id"]], names[m["to_id"]], m["classification"]) for m in data["mandates"]}
    council = "Folkhälsorådet, Norråsens län"
    assert any(f == council and k == "delegates" for f, _, k in got), got
    assert any(t == council and k == "reports_to" for _, t, k in got), got
