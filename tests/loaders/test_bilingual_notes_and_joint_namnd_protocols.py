"""Notes kept in a template that mixes English and Swedish ("Date:", "Note taker:", "Beslut/Decisions",
an action table headed "Who | What | When"), a gemensam nämnd's protocol with its roster in a two-column
table whose cells wrap, a council's protocol with "Förslag till beslut" over each decision, and notes
mailed as HTML under a title fuller than the mailing list's name.
"""
from __future__ import annotations

from email.message import EmailMessage

from tests.loaders.test_read_formats import facts, load_text

BILINGUAL = """# Arbetsgrupp för korttidsplatser – meeting notes

**Date:** 2028-11-28, 13:00–15:00
**Location:** Teams
**Note taker:** Hanna Sjöström

## Attendees:
- Rasmus Kjellberg, avdelningschef, Tallmo kommun (sammankallande)
- Hanna Sjöström, utredare, Region Skogland
- Dr. Sofie Lindqvist-Berg, geriatriker, Region Skogland

## Notes

### 1. Kartläggning
Rasmus presented beläggningen i Tallmo.

## Beslut/Decisions
- Kartläggningen presenteras för ledningsgruppen den 15 december.

## Action items:
| Who | What | When |
|---|---|---|
| Hanna Sjöström | Sammanställa kartläggningen | 2028-12-08 |
| Sofie Lindqvist-Berg | Ta fram förslag till medicinska kriterier | 2029-01-23 |
"""


def test_english_labels_give_the_date_the_secretary_and_the_doctor(tmp_path):
    f = load_text(tmp_path, "notes.md", BILINGUAL)
    assert f["date"] == "2028-11-28"
    people = {name: (status, roles) for name, status, roles in f["attendance"]}
    assert "sekreterare" in people["Hanna Sjöström"][1]
    assert people["Sofie Lindqvist-Berg"][0] == "present"
    assert ("Rasmus Kjellberg", "Tallmo kommun", "employment") in f["memberships"]


def test_decisions_under_a_two_language_heading(tmp_path):
    f = load_text(tmp_path, "notes.md", BILINGUAL)
    assert any("Kartläggningen presenteras" in d for d in f["decisions"])


def test_who_what_when_action_table(tmp_path):
    f = load_text(tmp_path, "notes.md", BILINGUAL)
    tasks = {(who, task.casefold()) for who, task in f["assignments"]}
    assert (("Hanna Sjöström",), "sammanställa kartläggningen") in tasks
    assert (("Sofie Lindqvist-Berg",), "ta fram förslag till medicinska kriterier") in tasks


JOINT_NAMND = """REGION ÅBY
PROTOKOLL
Gemensamma hjälpmedelsnämnden i Åby
Sammanträdesdatum 2028-05-23

Plats och tid                 Regionhuset, sammanträdesrum Forsen, kl. 13.00–15.40
Beslutande                    Gunnel Westerberg (S), Region Åby,
                              ordförande
                              Kjell Rönnqvist (S), Ekby kommun,
                              tjänstgörande ersättare för
                              Hanna Lidström (V)
                              Maria Nyström (C), Tallviks kommun
Övriga deltagare              Linda Marklund, nämndsekreterare
Justerare                     Maria Nyström (C)

§ 20  Godkännande av dagordning
Beslut
Hjälpmedelsnämnden beslutar
att godkänna dagordningen.

§ 21  Nämndens sammansättning
Leif Granström (KD) ersätts av Ingrid Paavola (KD) som ersättare för Region Åby från och med den 1 juni 2028.
Beslut
Hjälpmedelsnämnden beslutar
att lägga anmälan till handlingarna.
"""


def test_the_one_a_wrapped_cell_serves_for_is_away(tmp_path):
    f = load_text(tmp_path, "protokoll.txt", JOINT_NAMND)
    people = {name: status for name, status, _ in f["attendance"]}
    assert people["Hanna Lidström"] == "absent"
    assert people["Kjell Rönnqvist"] == "present"


def test_the_joint_namnd_by_its_short_name_and_a_seat_replaced_in_the_passive(tmp_path):
    f = load_text(tmp_path, "protokoll.txt", JOINT_NAMND)
    body = "Gemensamma hjälpmedelsnämnden i Åby"
    assert ("Ingrid Paavola", body, "replace") in f["memberships"]
    assert ("Leif Granström", body, "leave") in f["memberships"]
    groups = {g for _, g, _ in f["memberships"]}
    assert "Hjälpmedelsnämnden" not in groups


COUNCIL = """Protokoll – Politiskt samverkansråd för vård och omsorg
Sammanträde 2029-02-16, kl. 09.00–11.45

Närvarande:
Katarina Öhman (S), Region Skogland, ordförande
Per Lidén (KD), Ekholma kommun

Ärende 3. Överenskommelse om mobila team
Regional ledningsgrupp för vård och omsorg (RLG) har berett förslaget.
Förslag till beslut
Rådet tillstyrker överenskommelsen och ger RLG i uppdrag att följa upp den.
Beslut
Rådet tillstyrker överenskommelsen om mobila team och rekommenderar huvudmännen att anta den före den 30 juni 2029.

Ärende 4. Indikatorer
Beslut
RLG får i uppdrag att följa upp indikatorerna årligen; uppdraget återredovisas till rådet i februari 2030.
"""


def test_council_decisions_under_proposals(tmp_path):
    f = load_text(tmp_path, "psr.txt", COUNCIL)
    tasks = {(who, task) for who, task in f["assignments"]}
    # the huvudmän recommended after the council's own endorsement: the endorsement is the decision, no mandate
    # (as the corpus golds read "godkänna riktlinjen och rekommendera huvudmännen att anta den")
    assert not any(to.startswith("huvudmännen") for _, to, _ in f["mandates"])
    # the report back after the semicolon is no part of the task
    assert any(task == "följa upp indikatorerna årligen" for _, task in tasks)
    # what the proposal would have given is not given
    assert not any(task == "följa upp den" for _, task in tasks)


def test_mailed_html_notes_named_by_their_own_title(tmp_path):
    msg = EmailMessage()
    msg["From"] = "Linnea Åkerlund <linnea@example.se>"
    msg["To"] = "MAS-nätverket Åby <mas@example.se>"
    msg["Subject"] = "Minnesanteckningar MAS-nätverket 10 maj"
    msg["Date"] = "Thu, 11 May 2028 08:42:00 +0200"
    msg.set_content("""<html><body><p>Hej alla!</p><p>Här kommer anteckningarna.</p>
<p>Hälsningar<br>Linnea Åkerlund</p><hr>
<h2>MAS-nätverket i Åby – minnesanteckningar</h2>
<p><b>Datum:</b> onsdag 10 maj 2028, kl. 09.00–11.30</p>
<h3>Deltagare</h3>
<table><tr><th>Namn</th><th>Organisation</th><th>Närvaro</th></tr>
<tr><td>Linnea Åkerlund</td><td>Åby kommun</td><td>Deltog</td></tr>
<tr><td>Jan Forsgren</td><td>Ekby kommun</td><td>Deltog</td></tr></table>
<h3>1. Föregående anteckningar</h3><p>Anteckningarna lades till handlingarna.</p>
</body></html>""", subtype="html")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(msg))
    assert facts(path, tmp_path)["body"] == "MAS-nätverket i Åby"
