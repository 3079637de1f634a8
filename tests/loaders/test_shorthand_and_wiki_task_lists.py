"""Habits of secretaries who write in a hurry or keep their notes in a wiki: the shorthand label "Adj:" over
the ones called in for a point, items titled in cut words ("1. Föreg. ant.", "6. Övr.", "3. Ang. X m. Y"),
shortened prepositions ("m.", "t.", "fr.") that end no sentence before a name, a wiki page's breadcrumb above the
notes, a body merged into another ("slås ihop med"), a task given to two bodies jointly ("gemensamt i uppdrag"),
and a wiki's task list that numbers each task after its box ("- [ ] 14: Per – skicka …", "Sara + Amra")."""
from __future__ import annotations

from tests.loaders.test_genre_readings import load

SHORTHAND = """\
    AG hjälpmedel – minnesant. 2027-02-24
    Teams kl. 14–15.30

    Närv: KL (sammank.), PB, MS
    Adj: ER (p. 2)

    KL = Karin Lundgren, arbetsterapeut, Region Åsen
    PB = Per Berglund, MAS, Byns kommun
    MS = Maria Stål, sjukgymnast, Åby kommun
    ER = Eva Rask, hjälpmedelskonsulent, Region Åsen

    1. Föreg. ant.
    Godkända.

    2. Ang. samarbete m. Hjälpmedelsrådet
    ER informerar om rådets arbete.
    Beslut: AG utser KL och PB att företräda AG i det gemensamma arbetet m. Hjälpmedelsrådet.

    3. Rutin för förskrivning
    PB tar fram ett utkast.

    4. Övr.
    Inget.
    """


def test_adj_label_reads_the_roster_behind_initials(tmp_path):
    """"Adj: ER (p. 2)" is a label over a guest: the initials roster under it is read, with the guest as a guest."""
    got = load(tmp_path, SHORTHAND)
    assert {"Karin Lundgren", "Per Berglund", "Maria Stål", "Eva Rask"} <= set(got["attendance"]), got["attendance"]
    assert got["attendance"]["Eva Rask"][0] == "guest", got["attendance"]


def test_shortened_preposition_ends_no_decided_point(tmp_path):
    """"… arbetet m. Hjälpmedelsrådet." is one decided point, not two cut at "m."."""
    got = load(tmp_path, SHORTHAND)
    assert any(d.endswith("m. Hjälpmedelsrådet.") and "utser" in d for d in got["decisions"]), got["decisions"]
    assert "Hjälpmedelsrådet." not in got["decisions"]


def test_items_titled_in_cut_words(tmp_path):
    """"1. Föreg. ant.", "2. Ang. samarbete m. Hjälpmedelsrådet" and "4. Övr." are items of their own."""
    import textwrap
    from samverkan.loaders.segment import segment_minutes
    seg = segment_minutes(textwrap.dedent(SHORTHAND))
    numbers = [it.number for it in seg.items]
    assert numbers[:4] == ["1", "2", "3", "4"], numbers


WIKI = """\
    ---
    title: SG möte 2027-03-25
    ---

    Samverkanswiki › Samverkansgrupp äldre Åsen › Möten 2027 › 2027-03-25

    ## Samverkansgrupp äldre Åsen – möte 2/2027

    **När:** torsdag 25 mars 2027, 09.00–12.00

    ### Deltagare

    - Karin Holm, Region Åsen (sammankallande)
    - Per Lind, Byns kommun
    - Sara Ek, Åby kommun
    - Amra Berg, Åby kommun

    ### 1. Arbetsgrupperna

    Gruppen beslutade att Arbetsgrupp hemsjukvård slås ihop med Arbetsgrupp trygg hemgång från 1 maj.

    Gruppen beslutade att ge FoU Åsen och läkemedelsnätverket gemensamt i uppdrag att kartlägga fallskadorna i länet.

    ### Uppdragslista

    - [x] 11: Per – ta fram statistik för 2026
    - [ ] 13: Sara + Amra – skriva ett utkast till yttrande, till gruppen senast 16 april
    - [ ] 14: Karin – skicka yttrandet till styrgruppen senast 30 april
    """


def test_a_wiki_breadcrumb_is_no_body(tmp_path):
    """The breadcrumb above the notes is the page's place in the wiki: the body is the one the heading names."""
    got = load(tmp_path, WIKI, "mote.md")
    assert got["body"] == "Samverkansgrupp äldre Åsen", got["body"]
    assert not any("›" in b for b in got["bodies"]), got["bodies"]


def test_merged_and_jointly_tasked_bodies_keep_their_names(tmp_path):
    """"Arbetsgrupp X slås ihop med …" names Arbetsgrupp X; "ge A och B gemensamt i uppdrag" gives the task
    to both, each by its own name."""
    got = load(tmp_path, WIKI, "mote.md")
    assert "Arbetsgrupp hemsjukvård" in got["bodies"], got["bodies"]
    assert not any("slås" in b or "gemensamt" in b for b in got["bodies"]), got["bodies"]
    assert any(set(who) == {"FoU Åsen", "Läkemedelsnätverket"} or set(who) == {"FoU Åsen", "läkemedelsnätverket"}
               for who, task in got["assignments"] if task.startswith("kartlägga")), got["assignments"]


def test_numbered_task_list_rows(tmp_path):
    """"- [ ] 13: Sara + Amra – skriva …": the number after the box is the task's, "+" joins two doers."""
    got = load(tmp_path, WIKI, "mote.md")
    tasks = {task.split(",")[0]: who for who, task in got["assignments"]}
    assert tasks.get("skriva ett utkast till yttrande") == ["Amra Berg", "Sara Ek"], got["assignments"]
    assert tasks.get("skicka yttrandet till styrgruppen senast 30 april") == ["Karin Holm"] or any(
        who == ["Karin Holm"] and t.startswith("skicka yttrandet") for who, t in got["assignments"]), got["assignments"]


def test_council_named_with_its_sector_after_its_short_name(tmp_path):
    """A council the region's minutes name "Politiskt samråd" and another protocol loaded with them heads
    "Politiskt samråd för vård och omsorg" is one body, the longer form a name of it."""
    import textwrap
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths
    from samverkan.graph.export import export_json
    first = """\
        Politiskt samråd
        Protokoll 2027-01-10

        Närvarande: Eva Ek (S), Region Åsen, ordförande; Per Lind (M), Byns kommun

        1. Dagordning
        Rådet beslutar att fastställa dagordningen.
        """
    second = """\
        Politiskt samråd för vård och omsorg
        Protokoll 2027-03-10

        Närvarande: Eva Ek (S), Region Åsen, ordförande; Per Lind (M), Byns kommun

        1. Dagordning
        Rådet beslutar att fastställa dagordningen.
        """
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "ps_2027-01-10.txt").write_text(textwrap.dedent(first), encoding="utf-8")
    (tmp_path / "b" / "ps_2027-03-10.txt").write_text(textwrap.dedent(second), encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([tmp_path / "a", tmp_path / "b"], s)
        d = export_json(s.to_networkx())
    councils = {o["name"] for o in d["organizations"] if o["name"].startswith("Politiskt samråd")}
    assert councils == {"Politiskt samråd"}, (councils, [(o["name"], o.get("aliases")) for o in d["organizations"]])
