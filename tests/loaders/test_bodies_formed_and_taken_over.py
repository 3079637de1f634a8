"""Bodies set up with their members named, powers taken over, councils that answer remisser, and the
rosters of an elevhälsoteam's and a nämnd's minutes: each habit read on a small minutes of its own,
loaded alone into a fresh store.
"""
from __future__ import annotations

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text


TEAM_NOTES = """# Minnesanteckningar – Centrala elevhälsoteamet den 12 mars

**Barn- och utbildningsförvaltningen, Åby kommun**
Tid och plats: torsdag 12 mars 2026 kl. 13.15–15.30, Lärcentrum

**Närvarande:**
Karin Ek, elevhälsochef, barn- och utbildningsförvaltningen (ordf.)
Olle Sand, skolpsykolog, centrala elevhälsan
Gun Berg, skolkurator, centrala elevhälsan
Per Lund, rektor, Åbyskolan

**Frånvarande:** Maja Ström, skolsköterska, centrala elevhälsan

**Ej kallade:** Rut Almqvist, rektor, Backens skola (ärendet utgick)

### 1. Problematisk skolfrånvaro
Per Lund beskrev skolans frånvarotrappa.

En arbetsgrupp bildas bestående av Olle Sand, Gun Berg och Per Lund med uppdrag att ta fram ett utkast till handlingsplan mot problematisk skolfrånvaro. Gun är sammankallande.

### 2. Nästa möte
Torsdag 9 april 2026.
"""


def test_a_body_set_up_with_its_members_named_and_its_task_given(tmp_path):
    """"En arbetsgrupp bildas bestående av A, B och C med uppdrag att …": each joins the new group, named by its
    kind and its work; the task is theirs and the group's; the team that met delegates to it; "Gun är
    sammankallande" after it is its convener."""
    f = load_text(tmp_path, "eht.md", TEAM_NOTES)
    group = "Arbetsgrupp för handlingsplan mot problematisk skolfrånvaro"
    joined = {p for p, g, c in f["memberships"] if g == group}
    assert {"Olle Sand", "Gun Berg", "Per Lund"} <= joined
    assert any({"Olle Sand", "Gun Berg", "Per Lund"} <= set(who) and task.startswith("ta fram ett utkast till handlingsplan")
               for who, task in f["assignments"])
    assert any(t == group and k == "delegates" for _, t, k in f["mandates"]), f["mandates"]
    assert any(who == ("Gun Berg",) and task.startswith("vara sammankallande i " + group) for who, task in f["assignments"])


def test_a_body_set_up_in_the_passive_is_a_decision_of_the_notes(tmp_path):
    """Notes with no "beslutade": "En arbetsgrupp bildas …" is the meeting's own decision, as "Dagordningen
    godkänns" is."""
    f = load_text(tmp_path, "eht.md", TEAM_NOTES)
    assert any(d.startswith("bilda en arbetsgrupp bestående av Olle Sand") for d in f["decisions"]), f["decisions"]


def test_those_not_called_are_neither_present_nor_absent(tmp_path):
    """"Ej kallade: Rut Almqvist, rektor (ärendet utgick)": named, but not called to this meeting."""
    f = load_text(tmp_path, "eht.md", TEAM_NOTES)
    assert ("Maja Ström", "absent") in {(n, s) for n, s, _ in f["attendance"]}
    assert "Rut Almqvist" not in {n for n, _, _ in f["attendance"]}
    assert "Rut Almqvist" not in {p for p, _, _ in f["memberships"]}
    assert "Rut Almqvist" in f["persons"]  # named still


UTSKOTT = """Region Åsen
PROTOKOLL
Primärvårdsutskottet
Sammanträdesdatum 2025-11-13

Beslutande\tEva Ek (S), ordförande; Per Lund (M); Anna Berg (V)
Tjänstgörande ersättare\tOlle Sand (S) för Kim Ahl (S)
Övriga närvarande ersättare\tGun Berg (C); Rut Dahl (L)
Övriga deltagare\tMaja Ström, nämndsekreterare

§ 82 Representation i delregionalt närvårdsråd
Per Lund (M) har avsagt sig uppdraget som utskottets representant i Närvårdsrådet Åsen norra. Närvårdsrådet är ett samverkansorgan mellan regionen och kommunerna i norra länsdelen och rapporterar till hälso- och sjukvårdsnämnden.
Beslut
Primärvårdsutskottet utser Anna Berg (V) till representant i Närvårdsrådet Åsen norra efter Per Lund (M).

§ 83 Mobila hälsoteam
Beslut
En politisk referensgrupp bildas bestående av Eva Ek (S), Per Lund (M) och Anna Berg (V) med uppdrag att följa införandet av mobila hälsoteam och återrapportera till utskottet i juni 2026.
"""


def test_the_other_ersattare_present_under_a_label_of_three_words(tmp_path):
    """"Övriga närvarande ersättare" beside its names in a Word table: the first name is an ersättare present, not
    the organisation of the last tjänstgörande ersättare."""
    f = load_text(tmp_path, "pvu.txt", UTSKOTT)
    assert ("Gun Berg", "present") in {(n, s) for n, s, _ in f["attendance"]}


def test_a_council_named_in_full_then_by_its_kind_word(tmp_path):
    """"… i Närvårdsrådet Åsen norra. Närvårdsrådet … rapporterar till hälso- och sjukvårdsnämnden": the council the
    item names in full reports there; the item's title ("Representation i delregionalt närvårdsråd") names none."""
    f = load_text(tmp_path, "pvu.txt", UTSKOTT)
    assert any(a == "Närvårdsrådet Åsen norra" and k == "reports_to" for a, _, k in f["mandates"]), f["mandates"]
    assert not any(a.startswith("Representation") for a, _, _ in f["mandates"])


def test_a_political_reference_group_set_up_reports_back_to_the_utskott(tmp_path):
    f = load_text(tmp_path, "pvu.txt", UTSKOTT)
    group = "Politisk referensgrupp för införandet av mobila hälsoteam"
    assert {"Eva Ek", "Per Lund", "Anna Berg"} <= {p for p, g, _ in f["memberships"] if g == group}
    assert any(a == group and k == "reports_to" and t.startswith("Primärvårdsutskottet") for a, t, k in f["mandates"])


KRISLEDNING = """KORPBY KOMMUN
SAMMANTRÄDESPROTOKOLL
Krisledningsnämnden
2025-11-27

Närvarande ledamöter
Eva Ek (S), ordförande
Per Lund (M), vice ordförande

Övriga närvarande
Karin Sand, kommundirektör
Olle Berg, sekreterare

§ 30 Beslut om att nämnden träder i funktion
Enligt reglementet som kommunfullmäktige har antagit får nämnden ta över beslutanderätten från andra nämnder i den utsträckning som behövs.
Krisledningsnämnden beslutar
att nämnden träder i funktion från och med den 27 november 2025 kl. 10.00,
att överta samhällsbyggnadsnämndens beslutanderätt i frågor som rör dricksvattenförsörjningen under den tid händelsen pågår.

§ 31 Lägesbild
Kommunens krisledningsgrupp, som leds av kommundirektören, rapporterar löpande till nämnden.
Krisledningsnämnden beslutar att lägga lägesbilden till handlingarna.
"""


def test_a_krisledningsnamnd_and_where_its_powers_come_from(tmp_path):
    """The reglemente fullmäktige adopted gives the nämnd its powers; taking over another nämnd's
    beslutanderätt is that nämnd's mandate handed to it; "Kommunens krisledningsgrupp" is the kommun's."""
    f = load_text(tmp_path, "kln.txt", KRISLEDNING)
    got = {(a, t, k) for a, t, k in f["mandates"]}
    assert ("Kommunfullmäktige, Korpby kommun", "Krisledningsnämnden, Korpby kommun", "delegates") in got, got
    assert ("Samhällsbyggnadsnämnden, Korpby kommun", "Krisledningsnämnden, Korpby kommun", "delegates") in got, got
    assert ("Krisledningsgruppen, Korpby kommun", "Krisledningsnämnden, Korpby kommun", "reports_to") in got, got


COUNCIL = """Samverkansrådet för hälsofrämjande arbete i Åby
Minnesanteckningar från rådets möte torsdagen den 30 oktober 2025
Plats: Åby kommunhus

Deltagare
Karin Ek, folkhälsostrateg, ordförande, Åby kommun
Olle Sand, folkhälsoplanerare, Region Norrby
Gun Berg, fritidschef, Åby kommun
Frånvarande: Per Lund, Åby IF

1. Rådets uppdrag
Rådet är remissinstans till kommunstyrelsen och till Region Norrbys hälso- och sjukvårdsnämnd i frågor som rör folkhälsa i Åby, och rapporterar till kommunstyrelsen en gång per år.

2. Beslutslogg
Nr\tMötesdatum\tBeslut\tAnsvarig\tStatus
2025:4\t2025-06-12\tRådet ansöker om medel för en hälsovecka i samarbete med idrottsföreningarna\tGun Berg\tGenomfört
2025:6\t2025-10-30\tRådet ställer sig bakom förslaget till folkhälsoplan\tKarin Ek\tPågår
"""


def test_a_council_answering_remisser_of_two_bodies_and_reporting_to_one(tmp_path):
    """"Rådet är remissinstans till kommunstyrelsen och till Region Xs hälso- och sjukvårdsnämnd …, och rapporterar
    till kommunstyrelsen": each body refers to the council; the council reports to the kommun's styrelse (the
    one kommun of its roster)."""
    f = load_text(tmp_path, "rad.txt", COUNCIL)
    got = {(a, t, k) for a, t, k in f["mandates"]}
    council = "Samverkansrådet för hälsofrämjande arbete i Åby"
    assert ("Kommunstyrelsen, Åby kommun", council, "refers") in got, got
    assert ("Hälso- och sjukvårdsnämnden, Region Norrby", council, "refers") in got, got
    assert (council, "Kommunstyrelsen, Åby kommun", "reports_to") in got, got


def test_a_rolling_decision_log_gives_no_tasks_of_earlier_meetings(tmp_path):
    """A Beslutslogg kept over the year: a row of an earlier meeting, its Ansvarig filled in, is no task of this one."""
    f = load_text(tmp_path, "rad.txt", COUNCIL)
    assert not any("hälsovecka" in task for _, task in f["assignments"]), f["assignments"]


NETWORK = """MINNESANTECKNINGAR
Länsövergripande samverkansgrupp mot våld i nära relationer
Datum: 2025-11-20, kl. 09.30–12.00

Närvarande:
Eva Ek, utvecklingsledare, Länsstyrelsen (sammankallande)
Olle Sand, samordnare, Åby kommun
Gun Berg, enhetschef, Ekå kommun
Per Lund, socialsekreterare, Norrby kommun

1. Gruppens uppdrag 2026
Eva presenterade förslaget till verksamhetsplan för 2026; gruppen ställde sig bakom förslaget med tillägg om ett särskilt fokus på äldre.

2. Länsgemensam rutin för skyddat boende
En arbetsgrupp bildas bestående av Olle Sand, Gun Berg och Per Lund med uppdrag att revidera den länsgemensamma rutinen för skyddat boende. Olle är sammankallande. Förslaget lämnas till samverkansgruppen den 12 mars.

3. Barnahus
Gruppen utser Gun Berg till representant i styrgruppen för Barnahus Norrby. Gun ersätter därmed Maja Ström, som har bett att få lämna styrgruppen.

4. Utbildningsdag
Karin Holm, äldreomsorgschef i Ekå kommun, bjuds in till nästa möte för att berätta om hemtjänstens arbete med att upptäcka våld.

5. Nästa möte
2026-02-12 kl. 09.30 på Teams.
"""


def test_the_bodys_clause_after_a_semicolon_decides(tmp_path):
    """"Eva presenterade förslaget …; gruppen ställde sig bakom förslaget med tillägg om …": the clause after the
    semicolon, the group its subject, is the meeting's decision."""
    f = load_text(tmp_path, "lsg.txt", NETWORK)
    assert any(d.startswith("ställa sig bakom förslaget med tillägg") for d in f["decisions"]), f["decisions"]


def test_the_sentence_after_a_task_gives_its_due_day_and_where_the_new_group_reports(tmp_path):
    """"… med uppdrag att revidera rutinen … Förslaget lämnas till samverkansgruppen den 12 mars.": the day is the
    task's due date, and the group set up for it reports to the body that met."""
    with NetworkxStore(tmp_path / "d.sqlite") as s:
        path = tmp_path / "lsg.txt"
        path.write_text(NETWORK, encoding="utf-8")
        load_paths([path], s)
        data = export_json(s.to_networkx())
    due = {a["task"]: a.get("due_date") for a in data["assignments"]}
    assert due.get("revidera den länsgemensamma rutinen för skyddat boende") == "2026-03-12", due
    f = load_text(tmp_path, "lsg.txt", NETWORK)
    group = "Arbetsgrupp för länsgemensamma rutinen för skyddat boende"
    assert any(a == group and k == "reports_to" for a, _, k in f["mandates"]), f["mandates"]


def test_the_one_invited_to_the_next_meeting_to_tell_is_due_then(tmp_path):
    """"X bjuds in till nästa möte för att berätta om …": X's task, due on the next meeting's day."""
    with NetworkxStore(tmp_path / "i.sqlite") as s:
        path = tmp_path / "lsg.txt"
        path.write_text(NETWORK, encoding="utf-8")
        load_paths([path], s)
        data = export_json(s.to_networkx())
    due = {a["task"]: a.get("due_date") for a in data["assignments"]}
    assert due.get("berätta om hemtjänstens arbete med att upptäcka våld") == "2026-02-12", due


def test_the_seat_just_appointed_is_the_one_the_other_leaves(tmp_path):
    """"Gruppen utser Gun Berg till representant i styrgruppen för Barnahus Norrby. Gun ersätter därmed Maja Ström,
    som …": Maja Ström leaves that seat."""
    f = load_text(tmp_path, "lsg.txt", NETWORK)
    assert ("Maja Ström", "Styrgrupp för Barnahus Norrby", "leave") in f["memberships"] or any(
        p == "Maja Ström" and c == "leave" and "Barnahus Norrby" in g for p, g, c in f["memberships"]), f["memberships"]


KRIS_NEXT = KRISLEDNING.replace("§ 31 Lägesbild", """§ 31 Information till invånarna
Kommunikationschefen Karin Sand återkommer med en uppdaterad kommunikationsplan till nästa sammanträde.

§ 32 Nästa sammanträde
Krisledningsnämnden beslutar att sammanträda nästa gång den 29 november 2025 kl. 09.00.

§ 33 Lägesbild""")


def test_the_next_sitting_a_namnd_decided_is_the_day_of_next_meeting_tasks(tmp_path):
    """"beslutar att sammanträda nästa gång den 29 november": "till nästa sammanträde" is that day."""
    with NetworkxStore(tmp_path / "k.sqlite") as s:
        path = tmp_path / "kln.txt"
        path.write_text(KRIS_NEXT, encoding="utf-8")
        load_paths([path], s)
        data = export_json(s.to_networkx())
    due = {a["task"][:40]: a.get("due_date") for a in data["assignments"]}
    assert due.get("återkomma med en uppdaterad kommunikatio") == "2025-11-29", due


def test_a_log_row_restating_a_decision_of_the_text_adds_none(tmp_path):
    """A Beslutslogg row of this meeting ("Rådet ställer sig bakom förslaget till folkhälsoplan 2026–2029 och
    överlämnar det …") restates the decision its point told in other forms of the same words: one decision."""
    text = COUNCIL.replace("2. Beslutslogg", "2. Folkhälsoplan\nRådet beslutade att ställa sig bakom förslaget till "
                           "folkhälsoplan med rådets synpunkter och överlämna det till kommunstyrelsen.\n\n3. Beslutslogg")
    text = text.replace("Rådet ställer sig bakom förslaget till folkhälsoplan\t",
                        "Rådet ställer sig bakom förslaget till folkhälsoplan 2026–2029 och överlämnar det till kommunstyrelsen\t")
    f = load_text(tmp_path, "rad.txt", text)
    assert len([d for d in f["decisions"] if "folkhälsoplan" in d]) == 1, f["decisions"]


RAD_REMISS = """PROTOKOLL
Folkhälsorådet i Åby
Sammanträdesdatum 2025-10-28

Plats och tid: Åby kommunhus, lokal Tallen, kl. 13.15–15.00

Beslutande
Eva Ek (S), ordförande
Per Lund (M), vice ordförande

§ 23 Länsgemensam folkhälsopolicy
Länets kommuner har tagit fram ett förslag till folkhälsopolicy. Folkhälsorådet har fått förslaget på remiss från kommunstyrelsen.
Folkhälsorådet beslutar
att ställa sig bakom förslaget.
"""


def test_a_matter_received_on_remiss_from_the_kommuns_styrelse(tmp_path):
    """"Folkhälsorådet har fått förslaget på remiss från kommunstyrelsen", the council meeting in "Åby kommunhus": the
    styrelse of that kommun refers the matter to the council."""
    f = load_text(tmp_path, "fhr.txt", RAD_REMISS)
    assert ("Kommunstyrelsen, Åby kommun", "Folkhälsorådet i Åby", "refers") in set(f["mandates"]), f["mandates"]
