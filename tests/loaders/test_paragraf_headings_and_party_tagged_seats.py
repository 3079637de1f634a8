"""Habits of the secretaries of sister minutes: a kommunstyrelse's protocol with
"Paragraf 140" on a line of its own, its title under it, "Ärendet" / "Yrkanden" / "Propositionsordning" under each
decision and seats in the collaboration's council decided with party tags; a regional ledningsgrupp's notes with its
name in capitals and its acronym in brackets, "Deltagare:" per huvudman and "Inbjudna:" beside them; a taktisk
samverkansgrupp's Markdown notes whose list items wrap onto an indented line; a projektgrupp's notes whose roster
names its leader in brackets and whose tasks are told in running prose; each read on a small minutes of its own,
loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


KS = """NORRBY KOMMUN
Kommunstyrelsen
SAMMANTRÄDESPROTOKOLL 2025-12-09

Beslutande
Eva Lund (S), ordförande
Kjell Berg (M)
Ingela Frisk (M)
Tomas Wall (M)

Paragraf 140
Val av justerare och godkännande av föredragningslistan

Kommunstyrelsens beslut
1. Kjell Berg (M) utses att tillsammans med ordföranden justera dagens protokoll.
2. Föredragningslistan godkänns.

Paragraf 141
Fyllnadsval – ersättare i Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby (PSO)

Kommunstyrelsens beslut
1. Kjell Berg (M) går in som ersättare i PSO efter Tomas Wall (M) för tiden 2026-01-01–2026-12-31.

Ärendet
Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby (PSO) beslutade 2025-05-16, § 17, att rekommendera regionen och kommunerna i Norrby att anta en reviderad överenskommelse.

Paragraf 142
Lokala samverkansgruppen för barn och unga i Norrby – ändrad representation

Kommunstyrelsens beslut
Informationen noteras.

Ärendet
Eva Lund informerar om att Petra Ahl slutar som socialtjänstens representant i Lokala samverkansgruppen för barn och unga i Norrby vid årsskiftet. Som ny representant har socialförvaltningen utsett Linn Ek, enhetschef barn och familj.
"""


def test_a_paragraf_heading_alone_on_its_line_opens_an_item_with_the_title_under_it(tmp_path):
    """"Paragraf 140" with nothing after it: an item, titled by the next line, its decisions its own."""
    f = load_text(tmp_path, "ks.txt", KS)
    assert ("140", "Val av justerare och godkännande av föredragningslistan") in f["items"]
    assert [n for n, _ in f["items"]] == ["140", "141", "142"]
    assert "Föredragningslistan godkänns" in [d.rstrip(".") for d in f["decisions"]]


def test_a_seat_decided_with_party_tags_and_whom_it_follows(tmp_path):
    """"Kjell Berg (M) går in som ersättare i PSO efter Tomas Wall (M) för tiden …": his seat, the other's leaving,
    and the seat as the duty the kommunstyrelse gave him."""
    f = load_text(tmp_path, "ks.txt", KS)
    pso = [m for m in f["memberships"] if m[1].startswith("Politiskt samrådsorgan")]
    assert ("Kjell Berg", "replace") in {(p, c) for p, _, c in pso}
    assert ("Tomas Wall", "leave") in {(p, c) for p, _, c in pso}
    assert any(who == ("Kjell Berg",) and task.startswith("vara ersättare i PSO") for who, task in f["assignments"])


def test_another_bodys_recommendation_told_with_its_day_and_paragraph(tmp_path):
    """"… (PSO) beslutade 2025-05-16, § 17, att rekommendera regionen och kommunerna …" under "Ärendet": the council
    recommends, and the label is no part of its name."""
    f = load_text(tmp_path, "ks.txt", KS)
    rec = {(frm, to) for frm, to, _ in f["mandates"] if to.casefold().startswith(("region", "kommunerna"))}
    assert {frm for frm, _ in rec} == {"Politiskt samrådsorgan för hälsa, vård och omsorg i Norrby"}


def test_a_representative_leaving_told_by_a_member_and_the_new_one_named_first(tmp_path):
    """"Eva informerar om att Petra slutar som socialtjänstens representant i G …" and "Som ny representant har
    socialförvaltningen utsett Linn Ek …": a leaving and a joining, both in the group the item is about."""
    f = load_text(tmp_path, "ks.txt", KS)
    lsg = "Lokala samverkansgruppen för barn och unga i Norrby"
    assert ("Petra Ahl", lsg, "leave") in f["memberships"]
    assert ("Linn Ek", lsg, "join") in f["memberships"]


RLG = """REGIONAL LEDNINGSGRUPP FÖR VÅRD OCH OMSORG (RLG) – NORRBY
Minnesanteckningar

Mötesdatum: fredag 13 februari 2026, kl. 09.00–12.00

Deltagare:
Region Norrby: Margareta Sand, hälso- och sjukvårdsdirektör, ordförande; Ingrid Paul, primärvårdsdirektör
Åby kommun: Cecilia Hamm, socialchef, vice ordförande
Ekby kommun: Annika Sjö, förvaltningschef
Inbjudna: Sofie Lund, områdeschef (punkt 2); Åsa Grip, FoU-ledare (punkt 3)

1. Uppdragslistan
Uppdrag 9 (kartläggning av korttidsplatser) kvarstår; Cecilia redovisar i april.

2. Styrgrupp Nära vård Norrby – nytt ordförandeskap
Ingrid Paul har varit ordförande i styrgruppen sedan starten och lämnar nu uppdraget.
Beslut: Sofie Lund utses till ordförande i Styrgrupp Nära vård Norrby från 1 mars 2026.

3. Styrgrupp psykisk hälsa – representation
Cecilia informerade om att Jörgen Wall slutar som Åby kommuns representant i styrgruppen. Åby har utsett Rasmus Lind, enhetschef beroendevård, som ny representant. Annika meddelade att Ali Demir inte längre är Ekbys ersättare i RLG.

4. Handlingsplan och riktlinje
Den reviderade SIP-riktlinjen har varit på remiss. Hälso- och sjukvårdsdirektören föredrar ärendet i rådet den 13 mars.

Beslut:
- RLG överlämnar uppdraget om handlingsplan mot ensamhet till Samverkansgrupp Äldre, som redovisar ett utkast för RLG i maj.
"""


def test_a_name_in_capitals_keeps_its_acronym_in_brackets(tmp_path):
    """"REGIONAL LEDNINGSGRUPP FÖR VÅRD OCH OMSORG (RLG) – NORRBY": the body is named without the bracket,
    which is its acronym, not a word of the name in small letters."""
    f = load_text(tmp_path, "rlg.txt", RLG)
    assert f["body"].casefold() == "regional ledningsgrupp för vård och omsorg"


def test_the_invited_beside_the_roster_are_guests_invited(tmp_path):
    f = load_text(tmp_path, "rlg.txt", RLG)
    status = {name: (st, roles) for name, st, roles in f["attendance"]}
    assert status["Sofie Lund"] == ("guest", ("inbjuden",))
    assert status["Åsa Grip"] == ("guest", ("inbjuden",))


def test_seats_given_up_in_the_groups_the_items_are_about(tmp_path):
    """"har varit ordförande i styrgruppen … och lämnar nu uppdraget", "X slutar som Åby kommuns representant i
    styrgruppen", "Åby har utsett Rasmus Lind, …, som ny representant", "Ali Demir inte längre är Ekbys ersättare
    i RLG": each in the styrgrupp the item's title names (or the body named)."""
    f = load_text(tmp_path, "rlg.txt", RLG)
    ms = set(f["memberships"])
    assert ("Ingrid Paul", "Styrgrupp Nära vård Norrby", "leave") in ms
    assert ("Jörgen Wall", "Styrgrupp psykisk hälsa", "leave") in ms
    assert ("Rasmus Lind", "Styrgrupp psykisk hälsa", "join") in ms
    assert any(p == "Ali Demir" and c == "leave" and g.casefold().startswith("regional ledningsgrupp") for p, g, c in ms)


def test_a_task_handed_on_and_a_presentation_at_the_council(tmp_path):
    """"RLG överlämnar uppdraget om X till G, som redovisar ett utkast för RLG i maj": G's task, reported back;
    "Hälso- och sjukvårdsdirektören föredrar ärendet i rådet den 13 mars" is her task there, and neither she nor
    "Cecilia redovisar i april" presents at this meeting."""
    f = load_text(tmp_path, "rlg.txt", RLG)
    tasks = dict(f["assignments"])
    assert tasks[("Samverkansgrupp Äldre",)].startswith("genomföra uppdraget om handlingsplan mot ensamhet")
    assert tasks[("Margareta Sand",)] == "föredra ärendet i rådet den 13 mars"
    assert ("Samverkansgrupp Äldre", "reports_to") in {(frm, k) for frm, to, k in f["mandates"]} or any(
        frm == "Samverkansgrupp Äldre" and to.casefold().startswith("regional ledningsgrupp") for frm, to, _ in f["mandates"])


def test_presenting_later_or_elsewhere_is_no_presenting_here(tmp_path):
    from samverkan.graph.export import export_json
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.loaders.pipeline import load_paths

    path = tmp_path / "rlg.txt"
    path.write_text(RLG, encoding="utf-8")
    with NetworkxStore(tmp_path / "p.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    names = {p["id"]: p["name"] for p in data["persons"]}
    presenters = {(i["number"], names[p]) for i in data["events"][0]["agenda"] for p in i.get("presenter_ids") or []}
    assert ("1", "Cecilia Hamm") not in presenters
    assert ("4", "Margareta Sand") not in presenters


SG = """# Samverkansgrupp Äldre – Norrby

**Minnesanteckningar** · 4 mars 2026 · kl. 13.00–15.30 · Åby kommunhus

Närvarande: Elsa Nord, Åby kommun (ordförande); Mirja Koski, Ekby kommun; Tomas Vir, Region Norrby

## 1. Skrivargrupp

- Gruppen beslutade att tillsätta en skrivargrupp med Elsa Nord (sammankallande), Mirja
  Koski och Tomas Vir.
- Skrivargruppen lämnar ett första utkast till samverkansgruppen den 15 april.
"""


def test_a_list_item_wrapped_onto_an_indented_line_is_one_decision(tmp_path):
    """A Markdown list item goes on under its bullet, indented: the decision is the whole item, and the group it
    sets up, its leader in brackets, has all three as members and works for the body that set it up."""
    f = load_text(tmp_path, "sg.md", SG)
    assert "tillsätta en skrivargrupp med Elsa Nord (sammankallande), Mirja Koski och Tomas Vir" in f["decisions"]
    assert {p for p, g, c in f["memberships"] if g == "Skrivargruppen" and c == "join"} == {"Elsa Nord", "Mirja Koski",
                                                                                           "Tomas Vir"}
    assert ("Samverkansgrupp Äldre", "Skrivargruppen") in {(frm, to) for frm, to, _ in f["mandates"]}


PG = """Projektgruppen för digitala vårdplaneringar i Norrby – minnesanteckningar 2026-02-10

Närvarande: Kim Berg, IT-strateg, Region Norrby (projektledare); Per Holm, Åby kommun; Anna Ek, Ekby kommun

1. Rutin för kallelse
Gruppen gick igenom utkastet. Vård- och omsorgsförvaltningen i Ekby får i uppdrag att testa den nya kallelserutinen under december.

2. Finansiering
Projektledaren tar fram underlaget och skickar det till styrgruppens sekreterare senast den 28 januari.
"""


def test_tasks_in_running_prose_to_a_forvaltning_of_a_place_and_to_the_project_leader(tmp_path):
    """"Vård- och omsorgsförvaltningen i Ekby får i uppdrag att …": the förvaltning of that kommun; "Projektledaren
    tar fram …": the attendee whose roster entry says "(projektledare)"."""
    f = load_text(tmp_path, "pg.txt", PG)
    status = {name: roles for name, _, roles in f["attendance"]}
    assert "projektledare" in status["Kim Berg"]
    who = {w for w, _ in f["assignments"]}
    assert ("Vård- och omsorgsförvaltningen, Ekby kommun",) in who
    assert ("Kim Berg",) in who


PG_TABLE_NAME = """Projektgruppen Trygg hemgång – minnesanteckningar 2026-02-10

Närvarande: Kim Berg (projektledare), IT-strateg, Region Norrby; Per Holm, Åby kommun

1. Läget
Per berättade om läget.
"""


def test_the_project_leader_in_brackets_after_the_name(tmp_path):
    f = load_text(tmp_path, "pg2.txt", PG_TABLE_NAME)
    status = {name: roles for name, _, roles in f["attendance"]}
    assert "projektledare" in status["Kim Berg"]


PG_STAND_IN = """Projektgruppen Trygg hemgång – minnesanteckningar 2026-02-10

Närvarande: Kim Berg, Region Norrby (projektledare); Moa Karl, Åby kommun
Förhinder: Elin Ros, Åby kommun

1. Inledning
Kim hälsade välkommen, särskilt Moa Karl som ersätter Elin Ros i projektgruppen under våren medan Elin är föräldraledig.
"""


def test_a_stand_in_welcomed_after_a_comma_replaces_for_a_while(tmp_path):
    """"Kim hälsade välkommen, särskilt Moa Karl som ersätter Elin Ros i projektgruppen under våren medan Elin är
    föräldraledig": the welcome's comma, and why after the time, leave the seat she takes."""
    f = load_text(tmp_path, "pg3.txt", PG_STAND_IN)
    assert any(p == "Moa Karl" and c == "replace" for p, _, c in f["memberships"])
    assert not any(p == "Elin Ros" and c == "leave" for p, _, c in f["memberships"])  # away for a while, still in it


SG_SEAT = """Samverkansgrupp äldre Norrby – minnesanteckningar 2026-03-04

Närvarande: Elsa Nord, Åby kommun (ordförande); Olof Hed, Ekby kommun (ersättare)
Frånvarande: Petra Sun, Ekby kommun

1. Förändringar i gruppen
Olof Hed går in som ordinarie ledamot för Ekby när Petra Sun går i pension vid halvårsskiftet.
"""


def test_a_seat_taken_when_its_holder_retires(tmp_path):
    f = load_text(tmp_path, "sg2.txt", SG_SEAT)
    assert ("Olof Hed", f["body"], "replace") in f["memberships"]
    assert ("Petra Sun", f["body"], "leave") in f["memberships"]


SG_HANDED = """Samverkansgrupp äldre Norrby – minnesanteckningar 2026-03-04

Närvarande: Elsa Nord, Åby kommun (ordförande); Karin Bäck, länssamordnare

1. Uppdrag från RLG
Karin informerade om att RLG den 13 februari överlämnade uppdraget från Politiskt samverkansråd att ta fram en gemensam handlingsplan mot ensamhet bland äldre till samverkansgruppen.
"""


def test_a_task_handed_on_names_whose_task_it_was_first(tmp_path):
    """"RLG överlämnade uppdraget från Politiskt samverkansråd att ta fram … till samverkansgruppen": the task is
    the samverkansgrupp's, given by RLG, which had it from the council."""
    f = load_text(tmp_path, "sg3.txt", SG_HANDED)
    assert ((f["body"],), "ta fram en gemensam handlingsplan mot ensamhet bland äldre") in f["assignments"]
    assert ("Politiskt samverkansråd", "RLG") in {(frm, to) for frm, to, _ in f["mandates"]}


PG_GRID = """Projektgruppen Trygg hemgång – minnesanteckningar 2026-02-10

Deltagare
Namn\tVerksamhet\tNärvaro
Kim Berg (projektledare)\tIT-strateg, Region Norrby\tJa
Elin Ros\tenhetschef hemsjukvård, Åby kommun\tNej – Moa Karl ersätter
Moa Karl\tbiståndshandläggare, Åby kommun\tJa
Per Holm\tenhetschef, Ekby kommun\tJa

1. Läget
Per berättade om läget.
"""


def test_a_presence_cell_naming_who_stands_in(tmp_path):
    """"Nej – Moa Karl ersätter" in the presence column of the one away: Moa, further down, is there as a
    stand-in; "Kim Berg (projektledare)" in the name column leads the project."""
    f = load_text(tmp_path, "pg4.txt", PG_GRID)
    status = {name: (st, roles) for name, st, roles in f["attendance"]}
    assert status["Moa Karl"] == ("present", ("ersättare",))
    assert status["Elin Ros"][0] == "absent"
    assert "projektledare" in status["Kim Berg"][1]


KS_PAPERS = """NORRBY KOMMUN
Kommunstyrelsen
SAMMANTRÄDESPROTOKOLL 2025-12-09

Beslutande
Eva Lund (S), ordförande
Kjell Berg (M)

§ 146 Anmälningsärenden

Kommunstyrelsens beslut
Anmälningarna läggs till handlingarna.
Protokoll från PSO 2025-09-26 och från Kommunstyrelsens arbetsutskott 2025-11-25 anmäls.
"""


def test_the_papers_reported_after_the_decision_to_file_them_are_no_decision(tmp_path):
    f = load_text(tmp_path, "ks2.txt", KS_PAPERS)
    assert [d.rstrip(".") for d in f["decisions"]] == ["Anmälningarna läggs till handlingarna"]
