"""Tasks read from the rows and decisions of minutes: a mailed list's arrowed "-> Name: ta fram …" rows (a row ends
at its line, a wrapped one goes on), a ledningsgrupp's decision that tells its own act in the present tense ("RLG
inrättar en tillfällig arbetsgrupp", done by deciding it, no task of its own), and an offer of a body the minutes
know by no name ("NSPH erbjuder sig att …"), which is no task of anyone. Each is read on a small minutes of its own,
loaded alone into a fresh store."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

SAMVERKANSGRUPP = """Samverkansgrupp äldre Norrby – minnesanteckningar 2031-05-27

Närvarande: Karin Holm (ordf), Peter Alm, Sven-Åke Norr, Ylva Brand

Punkt 1 - Fallprevention
Gruppen diskuterade hur arbetet med fallprevention ska komma i gång.

  -> Peter: kalla till arbetsgruppens första möte före midsommar.
  -> Sven-Åke: ta fram FoU:s sammanställning av fallskador 2028-2030 till
     nästa möte (9/9).
  -> Ylva: ta fram kommunernas statistik över höftfrakturer.
  -> Karin: boka lokal för nästa möte.

Punkt 2 - Övrigt
Inga övriga frågor.
"""


def test_an_arrowed_name_before_a_colon_takes_ta_fram(tmp_path):
    """"-> Sven-Åke: ta fram …": the short verb "ta fram" after the doer's colon, the row wrapped onto the next line."""
    f = load_text(tmp_path, "sg_aldre_2031-05-27.txt", SAMVERKANSGRUPP)
    assert any(who == ("Sven-Åke Norr",) and task.startswith("ta fram FoU:s sammanställning av fallskador")
               and "nästa möte" in task for who, task in f["assignments"])


def test_an_arrowed_ta_fram_row_ends_at_its_line(tmp_path):
    """The next arrowed row is a task of its own, no part of the row before it."""
    f = load_text(tmp_path, "sg_aldre_2031-05-27.txt", SAMVERKANSGRUPP)
    ylva = [task for who, task in f["assignments"] if who == ("Ylva Brand",)]
    assert ylva and all("boka" not in task and "Karin" not in task for task in ylva)
    assert any(who == ("Karin Holm",) and task.startswith("boka lokal") for who, task in f["assignments"])


LEDNINGSGRUPP = """Protokoll Regionala ledningsgruppen för vård och omsorg i Norrby
Datum: 2031-05-22

Närvarande: Anna Lind (ordf), Jonas Edvin, Maria Sand

1. Tillfällig arbetsgrupp för välfärdsteknik
Kommunerna har olika lösningar för digital tillsyn, vilket försvårar samarbetet med hemsjukvården.
Beslut:
RLG inrättar en tillfällig Arbetsgrupp för välfärdsteknik. Arbetsgruppen rapporterar till RLG.

2. Övrigt
Inga övriga frågor.
"""


def test_a_group_set_up_in_the_present_tense_is_no_task_of_the_body(tmp_path):
    """"RLG inrättar en tillfällig Arbetsgrupp …": set up by the decision itself, no task left to RLG."""
    f = load_text(tmp_path, "rlg_2031-05-22.txt", LEDNINGSGRUPP)
    assert not any(task.startswith("inrätta") for _, task in f["assignments"])


SAMVERKAN_PSYKISK_HALSA = """Samverkansgrupp psykisk hälsa vuxna – minnesanteckningar 2031-10-02

Närvarande: Josefin Wärn (ordf), Malin Tornqvist, Yasmin Haidari

1. Rutin för SIP vid samsjuklighet
Arbetsgruppen redovisar sitt utkast den 4 december. Yasmin Haidari betonade att brukarperspektivet behöver
finnas med från början. NSPH erbjuder sig att granska utkastet.

2. Övrigt
Inga övriga frågor.
"""


def test_a_task_of_no_one_known_is_no_fact(tmp_path):
    """An offer of a body no name in the minutes resolves to gives a task of nobody: none is kept."""
    f = load_text(tmp_path, "sg_psykisk_halsa_2031-10-02.txt", SAMVERKAN_PSYKISK_HALSA)
    assert all(who for who, _ in f["assignments"])
