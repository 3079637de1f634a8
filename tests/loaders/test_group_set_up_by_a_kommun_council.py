"""A kommun's operativ samverkansgrupp mailed by its convenor: the subject names it by its kind and words
("Anteckningar samverkansgruppen unga lagöverträdare 3/3"), the notes' own title in full with its acronym and kommun
("Samverkansgrupp unga lagöverträdare (ULÖ), Åby kommun"); it "är tillsatt av brottsförebyggande rådet (BRÅ) i Åby och
rapporterar till rådet" (the council with its place, past the acronym in brackets); and "rådet" is no short name of the
group whose name holds "lagöverträdare"."""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths

MAIL = """Subject: Anteckningar samverkansgruppen unga lagöverträdare 3/3
From: Tilda Ek <tilda.ek@aby.se>
To: ulo@aby.se
Date: Thu, 4 Mar 2027 09:12:00 +0100
Content-Type: text/plain; charset="utf-8"

Hej!
Här kommer anteckningarna.
/Tilda

ANTECKNINGAR
Samverkansgrupp unga lagöverträdare (ULÖ), Åby kommun
Datum: 3 mars 2027, kl. 10.00–12.00
Plats: Socialkontoret, Åby

Närvarande:
Tilda Ek, enhetschef ungdomsenheten, Åby kommun (sammankallande)
Omar Haddad, utredare, Polisområde Ås
Vera Lundin, kammaråklagare, Åklagarkammaren i Ås

1. Rapport till BRÅ
Samverkansgruppen är tillsatt av brottsförebyggande rådet (BRÅ) i Åby och rapporterar till rådet två gånger per år.
"""


def test_the_group_named_in_full_and_the_council_that_set_it_up(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "ulo_aby_2027-03-03.eml").write_text(MAIL, encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "m"], s)
        data = export_json(s.to_networkx())
    orgs = {o["id"]: o for o in data["organizations"]}
    (event,) = data["events"]
    group = orgs[event["organization_id"]]
    assert group["name"] == "Samverkansgrupp unga lagöverträdare, Åby kommun"
    assert "rådet" not in {n.casefold() for n in group.get("other_names", [])}
    flows = {(orgs[m["from_id"]]["name"], orgs[m["to_id"]]["name"], m["classification"]) for m in data["mandates"]}
    council = "Brottsförebyggande rådet i Åby"
    assert {(council, group["name"], "delegates"), (group["name"], council, "reports_to")} <= {
        (f[:1].upper() + f[1:], t[:1].upper() + t[1:], k) for f, t, k in flows}, flows
