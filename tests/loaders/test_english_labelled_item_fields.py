"""Notes kept in a meeting app's template whose labels stayed in English while the text is Swedish: "Meeting:"
names the body, "Item 3 - Title" heads each item, "Decision:" gives what was decided (each sentence a decided
point), and "Action:  task - initials - date" is a task of its own that ends the decision; a closing action table
that restates the tasks adds nothing, while one of several people given an errand of their own with another verb
is a task of its own. Also a newcomer's seat told as news ("MF meddelade att skolsköterska X ingår i gruppen från
nästa möte") and a piece of work handed in by its kind ("… lämnar en tidplan för införandet till styrgruppen"), a deadline
written between the subject and its verb ("… senast 2026-11-13 tar fram en tidplan")."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

NOTES = """MEETING NOTES
Meeting:        Lokal samverkansgrupp Ekeby
Date:           2027-01-21
Location:       Familjecentralen, Ekeby
Chair:          Tove Ring

Attendees:      Tove Ring - verksamhetschef, Åby kommun
                Olle Berg - rektor, Åby kommun
                Sanna Ek - BVC-sjuksköterska, Region Norrby
                Per Sand - psykolog, Region Norrby
Apologies:      Lisa Holm - förskolechef, Åby kommun

Item 1 - Inledning och dagordning
  Notes:     TR hälsade välkommen.
  Decision:  Dagordningen godkändes.

Item 2 - Kartläggning av samverkan
  Notes:     Gruppen diskuterade mallen för kartläggningen.
  Decision:  Gruppen åtar sig uppdraget. OB, SE och PS får i uppdrag att
             göra kartläggningen för Ekeby. SE är sammankallande.
  Action:    Kalla till första mötet om kartläggningen - SE - 2027-02-15

Item 3 - Förändringar i gruppen
  Notes:     OB meddelade att skolsköterska Nora Berg ingår i gruppen
             från nästa möte.

Item 4 - Nästa möte
  Notes:     2027-03-18. TR skickar kallelse.

ACTION ITEMS
No. | Action                                  | Owner      | Due
1   | Kalla till första mötet                 | SE         | 2027-02-15
2   | Kartläggning för Ekeby                  | OB, SE, PS | 2027-04-15
3   | Kallelse till nästa möte                | TR         | 2027-03-04
"""


def test_english_labels_name_the_body_and_head_the_items(tmp_path):
    f = load_text(tmp_path, "lsg.txt", NOTES)
    assert f["body"] == "Lokal samverkansgrupp Ekeby"
    assert [n for n, _ in f["items"]] == ["1", "2", "3", "4"]
    assert ("2", "Kartläggning av samverkan") in f["items"]


def test_each_sentence_of_a_decision_field_is_decided_and_the_action_field_is_not(tmp_path):
    f = load_text(tmp_path, "lsg.txt", NOTES)
    d = [x.rstrip(".") for x in f["decisions"]]
    assert "Gruppen åtar sig uppdraget" in d
    assert any(x.startswith("OB, SE och PS får i uppdrag att göra kartläggningen") for x in d)
    assert "SE är sammankallande" in d
    assert not any("Kalla till första mötet" in x for x in d)


def test_an_action_field_is_a_task_of_its_own_and_the_table_adds_none(tmp_path):
    f = load_text(tmp_path, "lsg.txt", NOTES)
    tasks = f["assignments"]
    assert (("Sanna Ek",), "kalla till första mötet om kartläggningen") in tasks
    three = [t for who, t in tasks if who == ("Olle Berg", "Per Sand", "Sanna Ek")]
    assert three == ["göra kartläggningen för Ekeby"], tasks
    # "TR skickar kallelse" and the row "Kallelse till nästa möte | TR": one calling
    assert len([t for who, t in tasks if who == ("Tove Ring",)]) == 1, tasks


def test_a_newcomer_told_as_news_with_a_title_before_the_name_joins(tmp_path):
    f = load_text(tmp_path, "lsg.txt", NOTES)
    assert ("Nora Berg", "Lokal samverkansgrupp Ekeby", "join") in f["memberships"]


def test_a_piece_of_work_handed_in_by_its_kind_is_a_task(tmp_path):
    text = ("Styrgrupp Ekeby\nMinnesanteckningar 2027-01-21\n\nNärvarande: Tove Ring, Åby kommun, Per Sand, Region Norrby\n\n"
            "1. Läget\nBeslut: Styrgruppen beslutar\natt notera lägesrapporten,\n"
            "att Tove Ring lämnar en tidplan för införandet till styrgruppen,\n"
            "att Per Sand lämnar sin tjänst i nämnden till sommaren.\n")
    tasks = load_text(tmp_path, "sg.txt", text)["assignments"]
    assert (("Tove Ring",), "lämna en tidplan för införandet till styrgruppen") in tasks
    assert not any(who == ("Per Sand",) for who, _ in tasks)


def test_a_deadline_between_the_subject_and_its_verb_is_read_after_the_task(tmp_path):
    text = ("Styrgrupp Ekeby\nMinnesanteckningar 2027-01-21\n\nNärvarande: Tove Ring, Åby kommun, Per Sand, Region Norrby\n\n"
            "1. Läget\nBeslut: Styrgruppen beslutar\natt notera lägesrapporten,\n"
            "att Tove Ring och Per Sand senast 2026-11-13 tar fram en tidplan för införandet.\n")
    tasks = load_text(tmp_path, "sg.txt", text)["assignments"]
    assert any(who == ("Per Sand", "Tove Ring") and t.startswith("ta fram en tidplan för införandet") for who, t in tasks), tasks


def test_a_body_handing_its_standing_report_up_is_no_task(tmp_path):
    text = ("Arbetsgrupp Ekeby\nMinnesanteckningar 2027-01-21\n\nNärvarande: Tove Ring, Per Sand\n\n"
            "1. Rapport uppåt\nArbetsgruppen är tillsatt av Styrgrupp Ekeby och lämnar en lägesbild dit inför varje möte.\n")
    tasks = load_text(tmp_path, "ag.txt", text)["assignments"]
    assert not any("lägesbild" in t for _, t in tasks), tasks


def test_the_chair_field_names_the_ordforande(tmp_path):
    got = {who: roles for who, _, roles in load_text(tmp_path, "lsg.txt", NOTES)["attendance"]}
    assert "ordförande" in got["Tove Ring"]
    assert "ordförande" not in got["Olle Berg"]
