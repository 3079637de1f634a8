"""Habits of protocols as meeting systems publish them and of notes typed in a notes app: a kommun's web page
naming its owner only in the page title; an individ- och familjeutskott handing a case up to its nämnd "med
utskottets förslag"; a krisledningsnämnd taking over a nämnd's powers "med stöd av 3 kap. 3 § LEH" and announcing
its decision at fullmäktige's next meeting; a deadline between "ska" and its verb; the task in definite form
("ges uppdraget att"); and seats changing hands told by a successor elected "i hans ställe", by "Som efterträdare
har fullmäktige utsett …", by the one leaving telling it, or in a bullet's shorthand ("→ Ronja tar hennes plats")."""
from __future__ import annotations

from tests.loaders.test_genre_readings import load

KRIS = """\
    <!DOCTYPE html>
    <html lang="sv"><head><meta charset="utf-8">
    <title>Krisledningsnämnden 2027-02-03 – Protokoll – Åby kommun</title></head>
    <body><main>
    <h1>Krisledningsnämnden</h1>
    <p>Protokoll</p>
    <dl><dt>Datum</dt><dd>2027-02-03</dd></dl>
    <section><h2>Närvaro</h2><ul>
    <li>Eva Ek (C), ordförande</li><li>Per Lind (S), vice ordförande</li><li>Ulf Norgren (S), ersättare</li></ul>
    <p>Tjänstepersoner: Emil Bäck, säkerhetssamordnare</p></section>
    <section><h2>§ 3 Övertagande av beslutanderätt</h2>
    <h3>Beslut</h3><ol>
    <li>Krisledningsnämnden övertar, med stöd av 3 kap. 3 § LEH, socialnämndens beslutanderätt i frågor om evakuering så länge händelsen pågår.</li>
    <li>Säkerhetssamordnare Emil Bäck ska senast fredagen den 13 februari redovisa en samlad plan för reservkraft för nämnden.</li>
    <li>Beslutet anmäls vid kommunfullmäktiges nästa sammanträde.</li></ol></section>
    <section><h2>§ 4 Ändring i nämndens sammansättning</h2>
    <p>Kommunfullmäktige beslutade den 26 januari 2027 att entlediga Tord Lindkvist (S) från uppdraget som ersättare i krisledningsnämnden. Ulf Norgren (S) har valts i hans ställe och tjänstgör för första gången i dag.</p>
    <h3>Beslut</h3><p>Anmälan läggs till handlingarna.</p></section>
    </main></body></html>
    """


def test_a_pages_title_names_the_kommun_whose_nämnd_met(tmp_path):
    got = load(tmp_path, KRIS, name="protokoll.html")
    assert got["body"] == "Krisledningsnämnden, Åby kommun"


def test_a_krisledningsnämnd_takes_over_powers_and_answers_to_fullmäktige(tmp_path):
    got = load(tmp_path, KRIS, name="protokoll.html")
    assert ("Socialnämnden, Åby kommun", "Krisledningsnämnden, Åby kommun", "delegates") in got["mandates"]
    assert ("Krisledningsnämnden, Åby kommun", "Kommunfullmäktige, Åby kommun", "reports_to") in got["mandates"]


def test_a_deadline_between_ska_and_its_verb(tmp_path):
    got = load(tmp_path, KRIS, name="protokoll.html")
    assert any(who == ["Emil Bäck"] and task.startswith("redovisa en samlad plan") for who, task in got["assignments"])


def test_a_successor_elected_in_his_place(tmp_path):
    got = load(tmp_path, KRIS, name="protokoll.html")
    assert ("Ulf Norgren", "Krisledningsnämnden, Åby kommun", "replace") in got["memberships"]


IFU = """\
    ÅBY KOMMUN
    Socialnämndens individ- och familjeutskott
    PROTOKOLL
    Sammanträdesdatum 2027-01-20

    Beslutande
    Eva Ek (S), ordförande
    Per Lind (M), vice ordförande
    Sara Öhrn (V)

    Övriga deltagande
    Nora Fält, enhetschef barn och familj
    Kim Ödling, socialchef

    § 1 Ledamöter
    Kommunfullmäktige har den 27 oktober 2026 entledigat Rasmus Öhrn (L) från uppdraget som ersättare. Som efterträdare har fullmäktige utsett Lena Sjödin (L), som därmed är ersättare i utskottet.
    Vidare meddelar Per Lind (M) att han lämnar uppdraget som vice ordförande vid årsskiftet.

    § 3 Placeringar
    Utskottets beslut
    Nora Fält ges uppdraget att ta fram en handlingsplan för rekrytering av familjehem senast den 12 februari 2027.

    § 4 Rutin
    Utskottets beslut
    Ärendet överlämnas till socialnämnden med utskottets förslag.
    Sara Öhrn (V) utses att tillsammans med socialchefen föredra ärendet vid nämndens sammanträde den 10 februari 2027.
    """
IFU_BODY = "Socialnämndens individ- och familjeutskott, Åby kommun"


def test_a_case_handed_up_with_the_utskotts_proposal_goes_to_the_nämnd(tmp_path):
    got = load(tmp_path, IFU)
    assert (["Socialnämnden, Åby kommun"], "besluta i ärendet") in got["assignments"]
    assert not [a for a in got["assignments"] if a[0] == [IFU_BODY]]
    assert (IFU_BODY, "Socialnämnden, Åby kommun", "delegates") not in got["mandates"]


def test_the_task_in_definite_form_and_one_chosen_to_present(tmp_path):
    got = load(tmp_path, IFU)
    assert any(who == ["Nora Fält"] and task.startswith("ta fram en handlingsplan") for who, task in got["assignments"])
    assert any(who == ["Sara Öhrn"] and "föredra ärendet" in task for who, task in got["assignments"])


def test_a_successor_as_efterträdare_and_a_leave_told_by_the_one_leaving(tmp_path):
    got = load(tmp_path, IFU)
    assert ("Lena Sjödin", IFU_BODY, "replace") in got["memberships"]
    assert ("Per Lind", IFU_BODY, "leave") in got["memberships"]


def test_seats_changing_hands_in_a_notes_apps_bullets(tmp_path):
    got = load(tmp_path, """\
        ANDTS-nätverket Åby län – nätverksträff 9/12
        den 9 december 2027    13:04

        Närvarande
        • Mira Kallin, ANDTS-samordnare, Länsstyrelsen i Åby län
        • Ronja Berg, samordnare, Ekby kommun
        • Sten Olofsson, ungdomssamordnare, Tallby kommun
        • Agnes Fors, förskollärare, Tallby kommun

        1. Nätverket – vem sitter var
        • Sten Olofsson går in i nätverket för Tallby kommun från och med nu
        • Annika Rask slutar 31/12 → Ronja tar hennes plats tills vidare
        • Agnes tar över platsen efter Jan-Erik Sund, som har gått i pension.
        """)
    body = got["body"]
    assert ("Sten Olofsson", body, "join") in got["memberships"]
    assert ("Ronja Berg", body, "replace") in got["memberships"]
    assert ("Agnes Fors", body, "replace") in got["memberships"]
    assert ("Jan-Erik Sund", body, "leave") in got["memberships"]


def test_a_newcomers_pointer_to_an_item_is_no_attendance_for_that_item_only(tmp_path):
    got = load(tmp_path, """\
        Nätverket för folkhälsa – träff 9/12
        den 9 december 2027    13:04

        Närvarande
        • Mira Kallin, samordnare, Ekby kommun
        • Sten Olofsson, ungdomssamordnare, Tallby kommun (ny – se punkt 2)

        1. Välkommen
        • Mira öppnade.

        2. Nätverket
        • Sten Olofsson går in i nätverket för Tallby kommun från och med nu
        """)
    assert got["attendance"]["Sten Olofsson"][0] == "present"
