"""Habits of the secretaries of sister minutes (Ådalen, Havsby): attendance told in paragraphs
of prose, tasks noted in brackets after a paragraph, a roster table with a row per huvudman over its people and
deputies marked "(ers.)", a label over two lines ("Ersättare" / "(ej tjg)"), a task given "av processteamet" in the
running text, and a decided point whose report-back is a sentence of its own; each read on a small minutes of its
own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text


PROSE_NOTES = """# Processteam vårdövergångar i Norrby

## Anteckningar från mötet tisdagen den 7 oktober 2025

Närvarande var Karin Sandberg, processledare i Region Norrby, som ledde mötet, samt Jenny Ek och Maria Holm, båda \
vårdsamordnare på Norrby sjukhus. Från kommunerna deltog Johanna Ros, MAS i Åby kommun, som var med för första \
gången, och Ingrid Lund, MAS i Ekby kommun.

Under punkt 2 deltog Viktor Alm, apotekare på Läkemedelsenheten, som gäst från Arbetsgruppen för \
läkemedelsöverföring vid utskrivning.

### 1. Föregående anteckningar

Anteckningarna lades till handlingarna. Karin har lämnat över sina ärenden till Johanna som planerat.

### 2. Läkemedelslistan vid helgutskrivning

Arbetsgruppen för läkemedelsöverföring vid utskrivning får i uppdrag av processteamet att ta fram ett förslag till \
rutin för läkemedelslistan vid helgutskrivning. Förslaget återrapporteras till processteamet den 2 december.

### 3. Rapport till styrgruppen

Processteamet godkände utkastet med två tillägg. (Jenny arbetar in tilläggen. Karin skickar rapporten till \
styrgruppen senast 31 oktober.)

### 4. Information

Maria Holm lämnar processteamet vid årsskiftet. (Karin tar upp frågan med Eva Berg, områdeschef primärvård.)

Johanna Ros går in som Åby kommuns andra representant i Arbetsgrupp trygg hemgång från januari 2026.
"""


def test_a_roster_told_in_prose_goes_on_in_its_next_sentence_and_names_a_guest_for_one_item(tmp_path):
    """"Närvarande var A, …, som ledde mötet, samt B och C. Från kommunerna deltog D …, och E …": one roster, A its
    chair; "Under punkt 2 deltog F …, som gäst": a guest."""
    f = load_text(tmp_path, "processteam.md", PROSE_NOTES)
    status = {n: s for n, s, _ in f["attendance"]}
    assert status["Johanna Ros"] == "present" and status["Ingrid Lund"] == "present"
    assert "ordförande" in next(r for n, _, r in f["attendance"] if n == "Karin Sandberg")  # "som ledde mötet"
    assert status["Viktor Alm"] == "guest"
    assert ("Jenny Ek", "Åby kommun", "employment") not in f["memberships"]


def test_tasks_in_brackets_after_a_paragraph_are_each_a_task(tmp_path):
    """"… två tillägg. (Jenny arbetar in tilläggen. Karin skickar rapporten …)": a task per sentence in the
    brackets, and the sentence after the brackets is one of its own."""
    f = load_text(tmp_path, "processteam.md", PROSE_NOTES)
    tasks = {(who, task) for who, task in f["assignments"]}
    assert (("Jenny Ek",), "arbeta in tilläggen") in tasks
    assert (("Karin Sandberg",), "skicka rapporten till styrgruppen senast 31 oktober") in tasks
    assert any(who == ("Karin Sandberg",) and task.startswith("ta upp frågan med Eva Berg") for who, task in tasks)
    assert ("Johanna Ros", "Arbetsgrupp trygg hemgång", "join") in f["memberships"]


def test_a_task_given_by_the_body_that_met_in_the_running_text_is_its_decision(tmp_path):
    """"Arbetsgruppen för X vid utskrivning får i uppdrag av processteamet att …": decided by the processteam, the
    group's whole name kept; "har lämnat över sina ärenden" is no seat left."""
    f = load_text(tmp_path, "processteam.md", PROSE_NOTES)
    group = "Arbetsgrupp för läkemedelsöverföring vid utskrivning"
    assert any(d.startswith("Arbetsgruppen för läkemedelsöverföring vid utskrivning får i uppdrag av processteamet")
               for d in f["decisions"])
    assert any(who == (group,) and task.startswith("ta fram ett förslag till rutin") for who, task in f["assignments"])
    assert (group, "Processteam vårdövergångar i Norrby") in {(a, b) for a, b, _ in f["mandates"]}
    assert not any(p == "Karin Sandberg" and c == "leave" for p, _, c in f["memberships"])


COUNCIL_ROSTER = """Politiskt samråd Nära vård Norrby
Minnesanteckningar 2025-12-11

Ledamöter och ersättare
Namn                        Uppdrag                      Närvaro
Region Norrby
Gudrun Tall                 ordförande                   närvarande
Bo Häger (ers.)             ersättare                    frånvarande
Åby kommun
Asta Nyman                  ledamot                      frånvarande
Mikael Hörn (ers.)          ersättare                    tjänstgör för Asta Nyman
Tore Ahl (ers.)             ersättare                    frånvarande

1. Mötets öppnande
Ordföranden hälsade välkommen.
"""


def test_a_roster_row_naming_a_huvudman_heads_the_rows_below_it(tmp_path):
    """"Region Norrby" / "Åby kommun" on rows of their own: the huvudman of the people under them, no end of the
    table; the deputies marked "(ers.)" away where the Närvaro column says so."""
    f = load_text(tmp_path, "samrad.txt", COUNCIL_ROSTER)
    status = {n: (s, r) for n, s, r in f["attendance"]}
    assert status["Bo Häger"] == ("absent", ("ersättare",))
    assert status["Tore Ahl"] == ("absent", ("ersättare",))
    assert status["Gudrun Tall"][0] == "present" and "ordförande" in status["Gudrun Tall"][1]
    assert ("Tore Ahl", "Åby kommun", "employment") in f["memberships"]


NAMND = """ÅBY KOMMUN                                         SAMMANTRÄDESPROTOKOLL
Socialnämnden                                      Sammanträdesdatum 2025-11-18

Beslutande       Ann-Sofi Ramsten (S), ordförande
                 Göran Berg (M)

Ersättare        Tomas Ek (S), ers.
(ej tjg)         Ingrid Falk (M), ers.

§ 98  Föräldraskapsstöd

Beslut
1. Socialnämnden inför programmet från och med den 1 januari 2026.
2. Socialförvaltningen får i uppdrag av nämnden att utvärdera programmet efter ett år.
   Utvärderingen återrapporteras till socialnämnden i februari 2027.
"""


def test_a_label_broken_over_two_lines_with_its_note_in_brackets(tmp_path):
    """"Ersättare" / "(ej tjg)" in the label column: both names under it are the body's ersättare."""
    f = load_text(tmp_path, "sn.txt", NAMND)
    status = {n: (s, r) for n, s, r in f["attendance"]}
    assert status["Ingrid Falk"] == ("present", ("ersättare",))


def test_a_numbered_point_and_the_report_back_of_its_task_are_one_decision(tmp_path):
    """"2. X får i uppdrag att utvärdera … / Utvärderingen återrapporteras …": one decided point."""
    f = load_text(tmp_path, "sn.txt", NAMND)
    assert any(d.startswith("Socialförvaltningen får i uppdrag av nämnden att utvärdera programmet efter ett år")
               and "återrapporteras" in d for d in f["decisions"])
    assert not any(d.startswith("Utvärderingen") for d in f["decisions"])


LETTERED_INFORMATION = """Styrgrupp Nära vård i Norrby
Minnesanteckningar 2025-12-11

Närvarande: Göran Ek (Region Norrby), Eva Lund (Åby kommun), Per Holm (Ekby kommun)

1. Information
a) Ledamöter. Eva Lund lämnar styrgruppen vid årsskiftet. b) Göran Ek informerade om att Ledningsgruppen för vård \
och omsorg arbetar med överenskommelsen om surfplattorna, som ska återrapporteras till styrgruppen i februari 2026.

2. Nästa möte
Torsdag 12 mars 2026.
"""


def test_a_lettered_point_after_a_sentence_on_its_line_is_read_on_its_own():
    """"… vid årsskiftet. b) Göran Ek informerade om att X arbetar med …, som ska återrapporteras till styrgruppen":
    the point's teller presents the item, and the work reported is X's report to the styrgrupp."""
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.relations import extract_relations
    parsed = parse_minutes(LETTERED_INFORMATION, "styrgrupp.txt")
    items = {i.number: i for i in parsed.items}
    assert "Göran Ek" in items["1"].presenters
    reports = [(m.from_body, m.kind) for m in extract_relations(parsed).mandates]
    assert ("Ledningsgruppen för vård och omsorg", "reports_to") in reports
