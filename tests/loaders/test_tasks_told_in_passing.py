"""Tasks, seats and mandates told in the habits of secretaries the loaders did not read: a proposal of the
förvaltning adopted by the decision that "ställer sig bakom förvaltningens förslag", a task in a relative clause
of the one something is handed to, "tar frågan med sin chef och återkommer" (one task), a request
in the perfect passive ("kommunen har ombetts att …"), a presentation to another body on a day to come, a leave
told in passing ("efter NN, som lämnar sin tjänst"), a decision that urges another huvudman, a working group's
standing "redovisar till", and an e-mail whose notes carry their own title under a rule; each read on a small
minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts


def _load(tmp_path: Path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"m{suffix}"
    path.write_text(text, encoding="utf-8")
    return facts(path, tmp_path)


NOTES = """Minnesanteckningar
Arbetsgruppen för läkemedelsrutiner i Brunnby
Datum: 2026-11-17
Närvarande: Eva Ek, Region Brunnby; Per Lind, Ösby kommun; Sara Holm, Åbyns kommun; Karl Berg, Åbyns kommun

"""


def _tasks(f: dict, who: str) -> list[str]:
    return [t for names, t in f["assignments"] if who in names]


def test_proposal_adopted_by_the_decision_gives_its_task(tmp_path):
    """"Förvaltningen föreslår att arbetsgruppen får i uppdrag att …" under the item, and "Nämnden beslutar att
    ställa sig bakom förvaltningens förslag": the working group is given the task by the decision."""
    f = _load(tmp_path, """Protokoll
Äldrenämnden, Brunnby kommun
Sammanträdesdatum 2026-11-19
Beslutande: Eva Ek (S), ordförande; Per Lind (M)

§ 5 Rutin för demensvård
Brunnby kommun har en arbetsgrupp för demensvård.
Förvaltningen föreslår att arbetsgruppen för demensvård får i uppdrag att ta fram en gemensam rutin för uppföljning i hemmet.
Nämnden beslutar att ställa sig bakom förvaltningens förslag.
""")
    assert any("ta fram en gemensam rutin för uppföljning i hemmet" in t
               for names, t in f["assignments"] if any("demensvård" in n for n in names)), f["assignments"]


def test_task_in_a_relative_clause_of_the_one_handed_it(tmp_path):
    """"Mallen skickas till Eva, som sprider den i nätverket": her task is to spread it."""
    f = _load(tmp_path, NOTES + """1. Mallen
Den reviderade mallen skickas till Eva, som sprider den i nätverket för kommunsjuksköterskor.
""")
    assert any(t.startswith("sprida den i nätverket") for t in _tasks(f, "Eva Ek")), f["assignments"]


def test_raising_it_with_ones_chief_and_coming_back_is_one_task(tmp_path):
    """"Per tar frågan med sin chef och återkommer till nästa möte": the question to raise and the answer owed, one
    task as the corpus's golds write "tar kontakt med X och återkommer"."""
    f = _load(tmp_path, NOTES + """1. Signeringslistor
Per tar frågan om signeringslistor med sin chef och återkommer till nästa möte.
""")
    tasks = _tasks(f, "Per Lind")
    assert len(tasks) == 1 and tasks[0].startswith("ta frågan om signeringslistor med sin chef och återkom"), tasks


def test_request_in_the_perfect_passive_and_a_leave_told_in_passing(tmp_path):
    """"Åbyns kommun har ombetts att utse en ny representant i arbetsgruppen efter Karl Berg, som lämnar sin
    tjänst": the kommun's task, and Karl Berg leaves the group."""
    f = _load(tmp_path, NOTES + """1. Representation
Åbyns kommun har ombetts att utse en ny representant i arbetsgruppen efter Karl Berg, som lämnar sin tjänst vid årsskiftet.
""")
    assert any(t.startswith("utse en ny representant") for t in _tasks(f, "Åbyns kommun")), f["assignments"]
    assert ("Karl Berg", f["body"], "leave") in f["memberships"], f["memberships"]


def test_presentation_to_another_body_on_a_day_to_come_is_a_task(tmp_path):
    """"Sara presenterar rutinen för styrgruppen den 21 januari 2027", written in November 2026: a task."""
    f = _load(tmp_path, NOTES + """1. Rutinen
Gruppen fastställde rutinen. Sara presenterar rutinen för Styrgruppen för e-hälsa i Brunnby den 21 januari 2027.
""")
    assert any(t.startswith("presentera rutinen") for t in _tasks(f, "Sara Holm")), f["assignments"]


def test_a_short_written_report_to_hand_in(tmp_path):
    """"Eva lämnar en kort skriftlig rapport till rådets möte den 9 december": two words before "rapport"."""
    f = _load(tmp_path, NOTES + """1. Rapport
Eva lämnar en kort skriftlig rapport till rådets möte den 9 december.
""")
    assert any(t.startswith("lämna en kort skriftlig rapport") for t in _tasks(f, "Eva Ek")), f["assignments"]


def test_decision_urging_another_huvudman(tmp_path):
    """"att uppmana Region Brunnby att se över …" in a nämnd's decision: the region's task."""
    f = _load(tmp_path, """Protokoll
Äldrenämnden, Ösby kommun
Sammanträdesdatum 2026-11-19
Beslutande: Eva Ek (S), ordförande; Per Lind (M)

§ 5 Utskrivningsklara
Nämnden diskuterade läget.
Äldrenämnden beslutar
att uppmana Region Brunnby att tillsammans med kommunen se över planeringsprocessen vid utskrivning.
""")
    assert any(t.startswith("tillsammans med kommunen se över planeringsprocessen")
               for t in _tasks(f, "Region Brunnby")), f["assignments"]


def test_working_group_redovisar_till_is_a_standing_line_no_task(tmp_path):
    """"Arbetsgruppen redovisar till Samverkansgrupp äldre Brunnby": a mandate, not a task of the meeting."""
    f = _load(tmp_path, NOTES + """1. Uppdraget
Arbetsgruppen redovisar till Samverkansgrupp äldre Brunnby.
""")
    assert not any(t.startswith("redovisa till") for _, t in f["assignments"]), f["assignments"]
    assert any(frm == f["body"] and kind == "reports_to" for frm, _, kind in f["mandates"]), f["mandates"]


def test_mail_notes_with_their_own_title_under_a_rule(tmp_path):
    """The subject names the group in other words ("samverkansgruppen spel om pengar") than the notes' own title
    set off by rules ("SAMVERKANSGRUPPEN FÖR SPELPROBLEM - ÖSBY OCH ÅBY"): the title names the body."""
    f = _load(tmp_path, """From: Per Lind <per.lind@osby.se>
To: lista@osby.se
Subject: Anteckningar samverkansgruppen spel om pengar 24/11
Date: Wed, 25 Nov 2026 08:42:10 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hej alla,

här kommer anteckningarna.

/Per

--------------------------------------------------------------------
SAMVERKANSGRUPPEN FÖR SPELPROBLEM - ÖSBY OCH ÅBY
Minnesanteckningar 24 november 2026, 13.30-15.30, Ösby stadshus
--------------------------------------------------------------------

Med på mötet:
Per Lind, samordnare, Ösby kommun (ordf.)
Sara Holm, socialsekreterare, Åbyns kommun

1. Läget
Per Lind redogjorde för kartläggningen.
""", suffix=".eml")
    assert "för spelproblem" in f["body"].casefold(), f["body"]


def test_contact_for_the_kommun_appointed_in_a_decision(tmp_path):
    """"att utse Per Lind till Ösby kommuns kontaktperson för servicepunkterna": a duty given, to be that contact."""
    f = _load(tmp_path, """Protokoll
Kommunstyrelsens landsbygdsutskott, Ösby kommun
Sammanträdesdatum 2026-12-01
Beslutande: Eva Ek (S), ordförande; Sara Holm (C)
Övriga: Per Lind, landsbygdsutvecklare

§ 5 Servicepunkter
Utskottet beslutar
att utse Per Lind till Ösby kommuns kontaktperson för servicepunkterna.
""")
    assert any(t.startswith("vara Ösby kommuns kontaktperson") for t in _tasks(f, "Per Lind")), f["assignments"]
