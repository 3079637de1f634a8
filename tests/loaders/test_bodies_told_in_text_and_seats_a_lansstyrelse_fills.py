"""A fullmäktige's and a förbund's readings: the body that met told only in the text of a meeting system's page
copied without its header ("Till justerare vid regionfullmäktiges sammanträde den …", "Kommunstyrelsens
arbetsutskott har berett ärendet"), a medborgarförslag "fördelas till direktionen och ska besvaras senast …" (the
direktion's task), a report back told before the verb ("uppdra åt direktionen att till fullmäktiges sammanträde i
juni redovisa …"), and the seats a länsstyrelse fills after a recount (memberships, told in its own protocol or
reported in the fullmäktige's).
"""
from __future__ import annotations

from pathlib import Path

from samverkan.loaders.extract import parse_minutes
from tests.loaders.test_read_formats import load_text, load_texts

HEADLESS_FULLMAKTIGE = """Hoppa över navigering
 • Länk till inloggning för ledamöter

 • Justering 2 december

 • 1. Val av justerare

  Till justerare vid regionfullmäktiges sammanträde den 25 november 2030 utses Anna Lind (S) och Per Holm (M).

 • 2. Motion om nattbussar (RS/44/2030)

  Motionen väcktes vid regionstyrelsens sammanträde den 3 maj 2030. Regionstyrelsen har berett ärendet.

  Beslut
  Motionen avslås.

 • 3. Medborgarförslag om laddstolpar (RS/71/2030) fördelas till Kollektivtrafiknämnden.
"""

HEADLESS_STYRELSE = """Hoppa över navigering

 • Justering 1 december

 • 187. Motion om fritidskort för unga (KS 2030/318)

  Kommunstyrelsens arbetsutskott har berett ärendet och föreslår att motionen avslås.
  Kultur- och fritidsnämnden har yttrat sig över motionen.

  Beslut
  Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.
"""

# only mentioned: another day's sitting, a sitting to come, the body a matter goes to
MENTIONED_ONLY = """Hoppa över navigering

 • 1. Motion om nattbussar (RS/44/2030)

  Motionen väcktes vid kommunfullmäktiges sammanträde den 3 maj 2030 och ska besvaras vid
  kommunfullmäktiges sammanträde i december.

 • 2. Medborgarförslag om laddstolpar fördelas till Kollektivtrafiknämnden.
"""


def test_the_body_that_met_is_told_by_its_own_sitting_never_by_one_mentioned():
    assert parse_minutes(HEADLESS_FULLMAKTIGE, "rf_2030-11-25.txt").body == "Regionfullmäktige"
    body = parse_minutes(MENTIONED_ONLY, "kf_2030-11-25.txt").body or ""
    assert "fullmäktige" not in body.casefold() and "kollektivtrafik" not in body.casefold(), body


def test_the_body_that_met_is_the_parent_whose_business_its_utskott_prepared():
    assert parse_minutes(HEADLESS_STYRELSE, "ks_2030-11-24.txt").body == "Kommunstyrelsen"


FÖRBUNDSFULLMÄKTIGE = """Förbundsfullmäktige, Kommunalförbundet Norrlinde
Protokoll 2031-03-19

Plats och tid: Förbundshuset, Norrlinde, kl. 13.00–15.00

Beslutande
Anna Lind (S), ordförande
Per Holm (M)
Sara Berg (C)

§ 5 Val av justerare
Förbundsfullmäktige beslutar att utse Per Holm att justera protokollet.

§ 6 Medborgarförslag om solceller på förbundets tak
Ett medborgarförslag om solceller har lämnats in.
Förbundsfullmäktiges beslut
Medborgarförslaget fördelas till direktionen och ska besvaras senast den 30 september 2031.

§ 7 Plan för gemensam räddningsledning
Förbundsfullmäktiges beslut
Förbundsfullmäktige beslutar
att uppdra åt direktionen att till fullmäktiges sammanträde i juni redovisa en plan för gemensam räddningsledning.
"""


def _assignments(tmp_path: Path, name: str, text: str) -> list[dict]:
    data = load_texts(tmp_path, {name: text})
    n = {e["id"]: e["name"] for e in data["persons"] + data["organizations"]}
    return [{"assignees": [n[i] for i in a["assignee_ids"]], "task": a["task"], "report_to": n.get(a.get("report_to_id")),
             "due_date": a.get("due_date")} for a in data["assignments"]]


def test_a_medborgarforslag_given_to_the_direktion_to_answer_is_its_task(tmp_path):
    got = _assignments(tmp_path, "ff_norrlinde_2031-03-19.txt", FÖRBUNDSFULLMÄKTIGE)
    answer = [a for a in got if a["task"] == "besvara medborgarförslaget"]
    assert [(a["assignees"], a["due_date"]) for a in answer] == [(["Direktionen, Kommunalförbundet Norrlinde"], "2031-09-30")]


def test_a_report_back_told_before_the_verb_keeps_task_and_whom_it_goes_to(tmp_path):
    got = _assignments(tmp_path, "ff_norrlinde_2031-03-19.txt", FÖRBUNDSFULLMÄKTIGE)
    plan = [a for a in got if "räddningsledning" in a["task"]]
    assert [(a["assignees"], a["task"], a["report_to"], a["due_date"]) for a in plan] == [
        (["Direktionen, Kommunalförbundet Norrlinde"], "redovisa en plan för gemensam räddningsledning",
         "Förbundsfullmäktige, Kommunalförbundet Norrlinde", "2031-06")]


FULLMÄKTIGE_TOLD = """Kommunfullmäktige, Åby kommun
Protokoll 2030-12-14

Beslutande
Anna Lind (S), ordförande
Ulf Ek (M)

§ 80 Val av justerare
Kommunfullmäktige beslutar att utse Ulf Ek att justera protokollet.

§ 81 Anmälan av ny ersättare
Länsstyrelsen meddelar i protokoll den 6 december 2030 att Per Holm (M) utses till ersättare i Eva Lunds ställe.
Kommunfullmäktiges beslut
Anmälan läggs till handlingarna.
"""

LÄNSSTYRELSENS_PROTOKOLL = """LÄNSSTYRELSEN ÅBY LÄN
PROTOKOLL
2030-12-06
Dnr 201-4512-2030

Ny sammanräkning efter ledamot som avgått ur kommunfullmäktige i Åby kommun

Närvarande
Karin Sandberg, länsråd, ordförande
Jonas Ek, valhandläggare, protokollförare

Ärende
Eva Lund (M) har avgått som ledamot i kommunfullmäktige i Åby kommun. Länsstyrelsen har gjort en ny sammanräkning för att utse en ny ledamot.

Beslut
Länsstyrelsen utser Per Holm (M) till ledamot i kommunfullmäktige i Åby kommun efter Eva Lund (M) för tiden till och med 2030-10-14.
Länsstyrelsen utser Sara Berg (M) till ny ersättare i kommunfullmäktige i Åby kommun efter Per Holm (M).

Beslutet kan inte överklagas.
"""


def test_a_seat_the_lansstyrelse_filled_reported_to_fullmaktige_is_a_membership(tmp_path):
    f = load_text(tmp_path, "kf_aby_2030-12-14.txt", FULLMÄKTIGE_TOLD)
    assert ("Per Holm", "Kommunfullmäktige, Åby kommun", "replace") in f["memberships"]
    assert ("Eva Lund", "Kommunfullmäktige, Åby kommun", "leave") in f["memberships"]
    assert not [a for a in f["assignments"] if "Länsstyrelsen" in a[0]], f["assignments"]


def test_the_lansstyrelses_own_protocol_fills_seats_in_fullmaktige(tmp_path):
    f = load_text(tmp_path, "lst_aby_2030-12-06.txt", LÄNSSTYRELSENS_PROTOKOLL)
    assert f["body"] == "Länsstyrelsen i Åby län"
    for seat in (("Per Holm", "Kommunfullmäktige, Åby kommun", "replace"), ("Eva Lund", "Kommunfullmäktige, Åby kommun", "leave"),
                 ("Sara Berg", "Kommunfullmäktige, Åby kommun", "replace")):
        assert seat in f["memberships"]
    # the one who left is no attendee, nor are the länsstyrelse's officials members of a body
    assert "Eva Lund" not in [a[0] for a in f["attendance"]]
    assert not [m for m in f["memberships"] if m[0] == "Jonas Ek"]
