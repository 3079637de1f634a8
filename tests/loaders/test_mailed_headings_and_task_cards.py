"""Notes sent as an HTML mail with a bold heading over each point, a project group's page with the cards of its
task board under a short record of the meeting, and the rosters and seats of a samverkansgrupp's protocol: each
habit read on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from email.message import EmailMessage

from samverkan.graph.export import export_json
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths
from tests.loaders.test_read_formats import load_text


def _html_mail(html: str) -> str:
    m = EmailMessage()
    m["From"] = "Helena Berg <helena.berg@regionlovby.se>"
    m["To"] = "natverket@regionlovby.se"
    m["Subject"] = "Minnesanteckningar folkhälsostrategernas nätverk 9/12"
    m["Date"] = "Fri, 11 Dec 2026 09:42:10 +0100"
    m.set_content(html, subtype="html", cte="quoted-printable")
    return bytes(m).decode("ascii")


NETWORK_MAIL = _html_mail(
    "<html><body><p>Hej alla!</p><p>Här kommer mina anteckningar från <b>Nätverket för folkhälsostrateger i Lövby län"
    "</b>, onsdag 9 december 2026, Regionens hus.</p><p><b>Närvaro</b></p><table>"
    "<tr><th>Kommun</th><th>Namn</th><th>Närvaro</th></tr>"
    "<tr><td>Region Lövby</td><td>Helena Berg (sammankallande)</td><td>Ja</td></tr>"
    "<tr><td>Åby kommun</td><td>Sanna Hietala</td><td>Ja</td></tr>"
    "<tr><td>Öby kommun</td><td>Rasmus Öhrn</td><td>Ja</td></tr></table>"
    "<p><b>Välfärdsprogrammet</b><br>Uppföljningen är försenad. Vi på regionen tar fram ett gemensamt underlag med "
    "indikatorer per kommun till februarimötet.</p>"
    "<p><b>Liv och hälsa ung</b><br>Enkäten genomförs i mars. Kan du, Sanna, samordna kontakten med skolorna i Åby "
    "och skicka ut informationsbrevet före jul?</p>"
    "<p><b>Utvecklingsdagen</b><br>Nätverket beslutade att ANDTS blir tema för vårens utvecklingsdag. Kan du, Rasmus, "
    "tillsammans med Helena ta fram ett förslag till program för dagen?</p>"
    "<p>Vänliga hälsningar<br>Helena Berg</p></body></html>")


def test_a_mails_bold_lines_over_their_text_are_its_points(tmp_path):
    """"<p><b>Välfärdsprogrammet</b><br>Uppföljningen …</p>": a heading set bold over its text, as Word's heading
    style heads a point; the bold name in the running text is none."""
    f = load_text(tmp_path, "natverk.eml", NETWORK_MAIL)
    assert sorted(t for _, t in f["items"]) == ["Liv och hälsa ung", "Utvecklingsdagen", "Välfärdsprogrammet"], f["items"]


def test_the_body_a_subject_names_by_whom_it_gathers_is_named_in_full_in_the_text(tmp_path):
    """"Ämne: … folkhälsostrategernas nätverk 9/12" over "anteckningar från Nätverket för folkhälsostrateger i
    Lövby län": the body's name in full."""
    f = load_text(tmp_path, "natverk.eml", NETWORK_MAIL)
    assert f["body"] == "Nätverket för folkhälsostrateger i Lövby län"


def test_a_task_asked_of_a_reader_by_name_and_one_the_writers_side_takes_on(tmp_path):
    """"Kan du, Sanna, samordna …?" and "Kan du, Rasmus, tillsammans med Helena ta fram …?": tasks of those named;
    "Vi på regionen tar fram …": the writer's region's."""
    f = load_text(tmp_path, "natverk.eml", NETWORK_MAIL)
    tasks = f["assignments"]
    assert any(who == ("Sanna Hietala",) and t.startswith("samordna kontakten med skolorna") for who, t in tasks), tasks
    assert any(set(who) == {"Rasmus Öhrn", "Helena Berg"} and t.startswith("ta fram ett förslag till program")
               for who, t in tasks), tasks
    assert any("Region Lövby" in who and t.startswith("ta fram ett gemensamt underlag") for who, t in tasks), tasks


PLANNER_PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Plan – export</title></head><body>
<h1>Projektgrupp införande av digital signering</h1>
<p>Ekby kommun, vård- och omsorgsförvaltningen</p>
<h2>Avstämning 3 december 2026</h2>
<p><strong>Närvarande:</strong> Ulrika Strand, projektledare; Kenneth Ljung, IT-samordnare; Amira Begović, MAS</p>
<p><strong>Beslut:</strong> Projektgruppen beslutade att pilotstarten flyttas till 1 februari 2027.</p>
<h2>Plan: Digital signering</h2>
<div class="bucket"><h3>Att göra</h3>
<div class="card"><div>Ta fram rutin för avvikelse vid utebliven signering</div>
<div>Tilldelad till: Amira Begović</div><div>Förfallodatum: 2027-01-15</div><div>Status: Inte påbörjad</div></div>
<div class="card"><div>Beställa mobiltelefoner till hemtjänst Norr</div>
<div>Tilldelad till: Kenneth Ljung; Ulrika Strand</div><div>Förfallodatum: 2026-12-22</div><div>Status: Pågår</div></div>
</div></body></html>
"""


def test_the_decision_after_the_roster_of_a_page_without_points(tmp_path):
    """A web page written a paragraph a line has no blank line after its roster: the running text starts on the
    line after it, so the meeting's decision there is read."""
    f = load_text(tmp_path, "projektgrupp.html", PLANNER_PAGE)
    assert any(d.startswith("pilotstarten flyttas till 1 februari 2027") for d in f["decisions"]), f["decisions"]


def test_the_cards_of_a_task_board_are_tasks_of_those_they_are_assigned_to(tmp_path):
    """"Ta fram rutin …" / "Tilldelad till: Amira Begović" / "Förfallodatum: …": the card's title is the task of the
    one it is assigned to; a card for two, "Kenneth Ljung; Ulrika Strand", is theirs together."""
    f = load_text(tmp_path, "projektgrupp.html", PLANNER_PAGE)
    tasks = f["assignments"]
    assert (("Amira Begović",), "ta fram rutin för avvikelse vid utebliven signering") in tasks, tasks
    assert (("Kenneth Ljung", "Ulrika Strand"), "beställa mobiltelefoner till hemtjänst Norr") in tasks, tasks


GROUP_PROTOCOL = """SAMVERKANSGRUPP PSYKISK HÄLSA
Protokoll 2028-09-27

Närvarande: Rebecka Holm, Region Åby (ordförande); Jörgen Malm, Åby kommun; Frida Ståhl, Åby kommun (ersättare);
Therese Berg, Öby kommun
Ej närv: Ekby kn (Göran Isak, meddelat förhinder)

§ 41 Förändringar i samverkansgruppen
Jörgen Malm lämnar samverkansgruppen efter dagens möte. Som ny ersättare för Åby kommun har Kristian Örn,
socialsekreterare, utsetts.

§ 42 Samsjuklighet
Samverkansgruppen beslutar

att inrätta Arbetsgrupp samsjuklighet med uppdrag att ta fram förslag till gemensam rutin, att redovisas för
samverkansgruppen i februari 2029.

Arbetsgruppen består av Therese Berg, Öby kommun (sammankallande), Frida Ståhl, Åby kommun, samt Rebecka Holm,
Region Åby.
"""


def test_a_roster_entry_by_its_huvudman_with_the_person_in_brackets(tmp_path):
    """"Ej närv: Ekby kn (Göran Isak, meddelat förhinder)": the seat's huvudman, who sits for it in the bracket."""
    f = load_text(tmp_path, "sg.txt", GROUP_PROTOCOL)
    assert any(n == "Göran Isak" and s == "absent" for n, s, _ in f["attendance"]), f["attendance"]


def test_a_new_seat_told_first_and_members_listed_with_their_huvudman(tmp_path):
    """"Som ny ersättare för Åby kommun har Kristian Örn, …, utsetts": he joins the body that met; "Arbetsgruppen
    består av Therese Berg, Öby kommun (sammankallande), …": each joins the group just set up, which is given its
    work and reports where the decision hands it in."""
    f = load_text(tmp_path, "sg.txt", GROUP_PROTOCOL)
    ms = f["memberships"]
    assert any(p == "Kristian Örn" and g.casefold() == "samverkansgrupp psykisk hälsa" and c == "join" for p, g, c in ms), ms
    assert {p for p, g, c in ms if g == "Arbetsgrupp samsjuklighet" and c == "join"} >= {
        "Therese Berg", "Frida Ståhl", "Rebecka Holm"}, ms
    assert any(a == "Arbetsgrupp samsjuklighet" and b.casefold() == "samverkansgrupp psykisk hälsa" and k == "reports_to"
               for a, b, k in f["mandates"]), f["mandates"]
    assert any(who == ("Arbetsgrupp samsjuklighet",) and t.startswith("ta fram förslag till gemensam rutin")
               for who, t in f["assignments"]), f["assignments"]


BED_CHECK = """VPL-AVSTÄMNING ÅBY LASARETT – KOMMUNERNA
Daglig kapacitetsavstämning, Region Åby
Mån 2026-12-07 kl 08.30–08.50, Teams

Närv: Lotta Kärr (LK) vpl-koord Åby lasarett, ordf; Anders Sved (AS) bemanningscentrum; Per Axel (PA) Öby kn

1. Läge: beläggn med 108 %.
2. Öby: 1 väntar bostadsanpassning.

Åtg:
- PA: boka SIP-möte för Öby-pat, 2026-12-09
- LK: ringa Öby kn ang SIP-pat, idag
- AS: se över helgbemanning avd 12, 2026-12-10
"""


def _tasks_with_days(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with NetworkxStore(tmp_path / "s.sqlite") as s:
        load_paths([path], s)
        data = export_json(s.to_networkx())
    names = {e["id"]: e["name"] for e in data["persons"] + data["organizations"]}
    (event,) = data["events"]
    return {"body": names[event["organization_id"]],
            "tasks": {(tuple(sorted(names[i] for i in a["assignee_ids"])), a.get("due_date")) for a in data["assignments"]}}


def test_a_daily_bed_check_is_a_body_and_its_action_lines_carry_their_days(tmp_path):
    """"VPL-AVSTÄMNING X LASARETT – KOMMUNERNA": the standing check is the body that met, its other side part of the
    name; "PA: boka …, 2026-12-09", "LK: ringa …, idag", "AS: se över …": each doer's task, due the day after the
    comma ("idag" the meeting's)."""
    f = _tasks_with_days(tmp_path, "vpl.txt", BED_CHECK)
    assert f["body"].casefold() == "vpl-avstämning åby lasarett – kommunerna", f["body"]
    assert {(("Per Axel",), "2026-12-09"), (("Lotta Kärr",), "2026-12-07"), (("Anders Sved",), "2026-12-10")} <= f["tasks"], f
