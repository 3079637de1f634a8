"""Habits of the secretaries of less common nämnder: an individ- och
familjeomsorgsnämnd giving its chair "delegation att besluta …" over the holidays, an arbetsmarknadsnämnd naming
"A (S) till ombud och B (M) till ersättare för ombudet vid föreningsstämman", a nämnd for funktionsstöd writing
its decisions with itself as the subject ("Nämnden för funktionsstöd tillsätter en politisk referensgrupp
bestående av …") and named after its field, a hälso- och sjukvårdsnämnd's beredning choosing its justerare with
"väljer X att …", and the members' reports from their seats elsewhere ("rapporterar från styrelsen i
Samordningsförbundet X, där hon är kommunens ledamot"); each read on a small minutes of its own.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


def _head(kommun: str, body: str) -> str:
    return f"""{kommun.upper()}                                   SAMMANTRÄDESPROTOKOLL
{body}                Sammanträdesdatum 2026-02-10

Plats och tid       Kommunhuset, kl. 09.00–11.00

Beslutande          Eva Lindqvist (S), ordförande
                    Per Nyholm (M), vice ordförande
                    Kim Sandberg (S)

Övriga närvarande   Lisa Ahl, förvaltningschef
                    Hanna Berg, nämndsekreterare

Utses att justera   Per Nyholm (M)

"""


DELEGATION = _head("Norrby kommun", "Individ- och familjeomsorgsnämnden") + """§ 1  Delegation under sommaren

Individ- och familjeomsorgsnämnden beslutar
att ge ordföranden delegation att besluta i brådskande ärenden under perioden 1 juli – 10 augusti 2026.

§ 2  Överenskommelse med Arbetsförmedlingen

Beslut
Nämnden beslutar om delegation till ordföranden att underteckna den lokala överenskommelsen med Arbetsförmedlingen.
"""


def test_delegation_to_the_chair_is_her_task(tmp_path):
    """"ge ordföranden delegation att …", "beslutar om delegation till ordföranden att …": the chair's task."""
    f = load_text(tmp_path, "ifn.txt", DELEGATION)
    tasks = {task: who for who, task in f["assignments"]}
    assert any(t.startswith("besluta i brådskande ärenden") and who == ("Eva Lindqvist",) for t, who in tasks.items())
    assert any(t.startswith("underteckna den lokala överenskommelsen") and who == ("Eva Lindqvist",)
               for t, who in tasks.items())


OMBUD = _head("Norrby kommun", "Arbetsmarknadsnämnden") + """§ 1  Val av ombud till föreningsstämma

Beslut
Arbetsmarknadsnämnden utser Kim Sandberg (S) till ombud och Per Nyholm (M) till ersättare för ombudet vid
föreningsstämman i Norrby Arbetskooperativ ekonomisk förening den 10 mars 2026.
"""


def test_agent_and_stand_in_named_in_one_breath(tmp_path):
    """"utser A (S) till ombud och B (M) till ersättare för ombudet vid föreningsstämman …": two duties."""
    f = load_text(tmp_path, "amn.txt", OMBUD)
    got = {(who, task.split(" den ")[0]) for who, task in f["assignments"]}
    assert (("Kim Sandberg",), "vara ombud vid föreningsstämman i Norrby Arbetskooperativ ekonomisk förening") in got
    assert any(who == ("Per Nyholm",) and task.startswith("vara ersättare för ombudet") for who, task in got)
    assert not any("Arbetsmarknadsnämnden" in " ".join(who) for who, _ in got)


OWN_VOICE = _head("Norrby kommun", "Nämnden för funktionsstöd") + """§ 1  Nya gruppbostäder

Beslut
Nämnden för funktionsstöd tillsätter en politisk referensgrupp bestående av Eva Lindqvist (S), Per Nyholm (M) och
Kim Sandberg (S) med uppgift att följa planeringen av de nya gruppbostäderna.

§ 2  Dialogmöte

Beslut
Nämnden för funktionsstöd utser Eva Lindqvist (S) och Kim Sandberg (S) att företräda nämnden vid dialogmötet med
Region Norrby den 4 mars 2026.
"""


def test_the_body_that_met_as_subject_of_its_own_decision(tmp_path):
    """"Nämnden för funktionsstöd tillsätter …", "… utser A och B att …": no task of the nämnd's own; the
    referensgrupp's seats, the two named to represent it; and the nämnd named with its kommun."""
    f = load_text(tmp_path, "nfs.txt", OWN_VOICE)
    assert f["body"] == "Nämnden för funktionsstöd, Norrby kommun"
    assert not any(who == ("Nämnden för funktionsstöd, Norrby kommun",) for who, _ in f["assignments"])
    joined = {p for p, g, c in f["memberships"] if "referensgrupp" in g.casefold() and c == "join"}
    assert joined == {"Eva Lindqvist", "Per Nyholm", "Kim Sandberg"}
    assert any(who == ("Eva Lindqvist", "Kim Sandberg") and task.startswith("företräda nämnden vid dialogmötet")
               for who, task in f["assignments"])


BEREDNING = """Region Norrby
Hälso- och sjukvårdsnämndens beredning för hälsa och omsorg
Protokoll 2026-02-12

Beslutande: Eva Lindqvist (S), ordförande; Per Nyholm (M), vice ordförande; Kim Sandberg (S)
Övriga: Hanna Berg, nämndsekreterare

§ 1 Justering
Beredningens beslut
Beredningen väljer Per Nyholm (M) att jämte ordföranden justera protokollet.

§ 2 Rapporter från ledamöternas uppdrag i andra organ
Kim Sandberg (S) rapporterar från styrelsen i Samordningsförbundet Norrby-Åby, där han är regionens ledamot.
Beredningens beslut
Rapporterna läggs till handlingarna.
"""


def test_beredning_of_a_regional_nämnd_and_its_members_seats_elsewhere(tmp_path):
    """The beredning of a region's nämnd named with its region; "väljer X att justera": the justerare's task;
    "rapporterar från styrelsen i Samordningsförbundet X, där han är regionens ledamot": his seat on that board."""
    f = load_text(tmp_path, "bho.txt", BEREDNING)
    assert f["body"] == "Hälso- och sjukvårdsnämndens beredning för hälsa och omsorg, Region Norrby"
    assert any(who == ("Per Nyholm",) and task.startswith("jämte ordföranden justera") for who, task in f["assignments"])
    assert ("Kim Sandberg", "Styrelsen, Samordningsförbundet Norrby-Åby", "member") in f["memberships"]


FOLLOW_UPS = """NORRBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL
Arbetsmarknadsnämnden                           Sammanträdesdatum 2026-02-10

Plats och tid       Kommunhuset, kl. 09.00–11.00

Beslutande          Eva Lindqvist (S), ordförande
                    Per Nyholm (M), vice ordförande
                    Kim Sandberg (S)

Även närvarande: Lisa Ahl, arbetsmarknadschef; Hanna Berg, nämndsekreterare

§ 1  Justering

Till justerare utses Per Nyholm (M). Justering sker på kansliet fredagen den 13 februari 2026.

§ 2  Feriearbete

Beslut
Arbetsmarknadsnämnden ger arbetsmarknadschefen i uppdrag att utreda feriearbete för alla gymnasieungdomar.
Uppdraget ska redovisas för nämnden senast den 24 april 2026.

§ 3  Rapporter från ledamöternas uppdrag i andra organ

Kim Sandberg (S) rapporterar från Arbetsmarknadsrådet i Norrby, där han är nämndens ledamot.
Beslut
Rapporterna läggs till handlingarna.
"""


def test_officials_the_justering_day_a_report_due_and_a_council_by_its_place(tmp_path):
    """"Även närvarande: …": officials, no seat; "Justering sker … den 13 februari 2026": the justerare's day;
    "Uppdraget ska redovisas … senast den 24 april 2026": the day the task just given is due; "Arbetsmarknadsrådet
    i Norrby": the council of the kommun, by its place."""
    path = tmp_path / "amn.txt"
    path.write_text(FOLLOW_UPS, encoding="utf-8")
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    n = {e["id"]: e["name"] for e in data["persons"] + data["organizations"]}
    status = {n[p["person_id"]]: p["status"] for p in data["events"][0]["participants"]}
    assert status["Lisa Ahl"] == status["Hanna Berg"] == "guest"
    due = {a["task"]: a.get("due_date") for a in data["assignments"]}
    assert due["justera protokollet"] == "2026-02-13"
    assert due["utreda feriearbete för alla gymnasieungdomar"] == "2026-04-24"
    assert ("Kim Sandberg", "Arbetsmarknadsrådet i Norrby") in {(n[m["person_id"]], n[m["organization_id"]])
                                                                  for m in data["memberships"]}


TABLED = _head("Norrby kommun", "Individ- och familjeomsorgsnämnden") + """§ 1  Samverkansöverenskommelse med polisen

Per Nyholm (M) yrkar att ärendet bordläggs då handlingarna kom sent. Ordföranden ställer proposition och finner
bifall.

Ärendet bordläggs till nämndens sammanträde den 10 mars 2026.
"""


def test_a_motion_to_table_is_no_decision(tmp_path):
    """"X (M) yrkar att ärendet bordläggs …": the motion; the decision is "Ärendet bordläggs till …"."""
    f = load_text(tmp_path, "ifn2.txt", TABLED)
    assert not any("yrkar" in d for d in f["decisions"])
    assert any(d.startswith("Ärendet bordläggs till nämndens sammanträde") or d.startswith("bordlägga ärendet")
               for d in f["decisions"])
