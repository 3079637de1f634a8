"""Habits of the protocols of smaller political bodies (a valberedning, a tekniska nämnd, a jävsnämnd, a
bygglovsutskott, an arvodesberedning): "Protokollsutdrag:" naming who gets an extract of the paragraph, an utskott
proposing to its nämnd, a decision label in the body's genitive ("Jävsnämndens beslut:"), elections proposed to
fullmäktige, a bare "Arvodesberedningen" under its region, titles before a name ("teknisk chef X",
"Byggnadsinspektör X"), a förvaltning called an office ("Regionledningskontoret") and people appointed to be part of
a named group."""
from __future__ import annotations

from tests.loaders.test_genre_readings import load


def test_a_protokollsutdrag_line_is_no_decision(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Kommunfullmäktiges valberedning   Sammanträdesdatum 2027-06-12

        Närvarande ledamöter: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)

        § 4   Nästa sammanträde
        Valberedningens beslut
        Nästa sammanträde hålls den 7 september 2027.

        Protokollsutdrag: Kommunfullmäktiges presidium

        § 5   Arbetsgrupp
        Valberedningens beslut
        Per Lind (M) utses att ingå i arbetsgruppen för nämndorganisationen.
        Protokollsutdrag till Kommunstyrelsen, Per Lind

        § 6   Meddelanden
        – Protokollsutdrag från kommunstyrelsen 2027-05-02 § 12, Arvoden.
        Valberedningens beslut
        Meddelandena läggs till handlingarna.
        """)
    assert not [d for d in got["decisions"] if "utdrag" in d.casefold()]
    assert any("Nästa sammanträde hålls" in d for d in got["decisions"])
    assert any("Per Lind (M) utses" in d for d in got["decisions"])
    assert any(b.startswith("Kommunstyrelsen") for b in got["bodies"])  # an extract received is a paper, not a list


def test_an_utskott_proposing_to_its_namnd_decides_so_and_recommends_up(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Miljö- och byggnadsnämndens bygglovsutskott   Sammanträdesdatum 2027-06-12

        Närvarande ledamöter: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)

        § 5   Riktlinjer för attefallsåtgärder
        Beslut: Bygglovsutskottet föreslår miljö- och byggnadsnämnden besluta att anta riktlinjerna enligt bilaga.
        Förvaltningen får i uppdrag att ta fram informationsmaterial.
        """)
    assert any("föreslår miljö- och byggnadsnämnden besluta att anta riktlinjerna" in d for d in got["decisions"])
    assert any(kind == "recommends" and "Miljö- och byggnadsnämnden" in to for _, to, kind in got["mandates"])


def test_a_label_in_the_bodys_genitive_keeps_the_task_after_the_first_sentence(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Jävsnämnden                   Sammanträdesdatum 2027-06-12

        Beslutande: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)
        Övriga: Ylva Granath-Öst, bygglovshandläggare

        § 4   Marklov för parkering
        Jävsnämndens beslut: Marklov beviljas. Ylva Granath-Öst får i uppdrag att följa upp villkoren och återrapportera till nämnden i april 2027.
        """)
    assert any(d.startswith("Ylva Granath-Öst får i uppdrag") for d in got["decisions"])


def test_an_election_proposed_to_fullmaktige_fills_no_seat_yet(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Kommunfullmäktiges valberedning   Sammanträdesdatum 2027-06-12

        Närvarande ledamöter: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)

        § 3   Fyllnadsval – ersättare i överförmyndarnämnden
        Valberedningens beslut
        Valberedningen föreslår kommunfullmäktige besluta
        att entlediga Kent Blom (S) från uppdraget som ersättare i överförmyndarnämnden,
        att välja Anna Persdotter (S) till ny ersättare i överförmyndarnämnden,
        att utse Eva Ek (S) till kommunstyrelsens ordförande.
        """)
    assert not [m for m in got["memberships"] if m[0] in ("Kent Blom", "Anna Persdotter") or m[2] != "member"]
    assert not [a for a in got["assignments"] if "Anna Persdotter" in a[0] or "Eva Ek" in a[0]]
    assert any(kind == "recommends" and to.startswith("Kommunfullmäktige") for _, to, kind in got["mandates"])


def test_a_bare_arvodesberedning_is_its_regions(tmp_path):
    got = load(tmp_path, """\
        # Region Åby – Arvodesberedningen

        **Protokoll** · Måndag 30 november 2026, kl. 10.00–11.30 · Regionens hus

        **Närvarande ledamöter:** Carl Ek (M), ordförande · Eva Lind (S)

        ## § 22 Val av justerare

        Beredningen utser Eva Lind (S) att justera protokollet.
        """, name="protokoll.md")
    assert got["body"] == "Arvodesberedningen, Region Åby"


def test_a_title_before_the_name_of_the_one_given_a_task_is_no_part_of_it(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Tekniska nämnden              Sammanträdesdatum 2027-06-12

        Närvarande ledamöter: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)
        Övriga: Anna-Lena Rudberg, teknisk chef; Erik Thun, byggnadsinspektör

        § 5   Medborgarförslag om gång- och cykelväg
        Beslut
        Tekniska nämnden uppdrar åt teknisk chef Anna-Lena Rudberg att utreda kostnaden och återkomma till nämnden i mars 2027.

        § 6   Olovligt byggande
        Beslut
        Nämnden tar ut en byggsanktionsavgift. Byggnadsinspektör Erik Thun får i uppdrag att göra ett nytt platsbesök.
        """)
    assert (["Anna-Lena Rudberg"], "utreda kostnaden och återkomma till nämnden i mars 2027") in got["assignments"]
    assert any(who == ["Erik Thun"] for who, _ in got["assignments"])
    assert not [p for p in got["persons"] if p.startswith("Byggnadsinspektör")]


def test_a_forvaltning_called_an_office_is_given_the_task(tmp_path):
    got = load(tmp_path, """\
        # Region Åby – Arvodesberedningen

        **Protokoll** · Måndag 30 november 2026, kl. 10.00–11.30 · Regionens hus

        **Närvarande ledamöter:** Carl Ek (M), ordförande · Eva Lind (S)

        ## § 24 Arvode för uppdrag i samordningsförbund

        **Beslut**

        - Regionledningskontoret får i uppdrag att ta fram ett förslag till arvodering till beredningens sammanträde i februari 2027.
        - Beredningen delegerar till ordföranden att besvara förbundets fråga.
        """, name="protokoll.md")
    assert any(who == ["Regionledningskontoret, Region Åby"] for who, _ in got["assignments"])


def test_people_appointed_to_be_part_of_a_named_group_take_seats_in_it(tmp_path):
    got = load(tmp_path, """\
        ÅBY KOMMUN                    PROTOKOLL
        Kommunfullmäktiges valberedning   Sammanträdesdatum 2027-06-12

        Närvarande ledamöter: Eva Ek (S), ordförande; Per Lind (M); Sara Öhrn (C)

        § 5   Översyn
        Valberedningens beslut
        Valberedningen utser Sara Öhrn (C) och Per Lind (M) att ingå i Arbetsgrupp hemtagning.
        """)
    assert ("Sara Öhrn", "Arbetsgrupp hemtagning", "join") in got["memberships"]
    assert ("Per Lind", "Arbetsgrupp hemtagning", "join") in got["memberships"]


def test_tjanstgor_for_in_a_presence_column_is_a_stand_in_not_an_organisation(tmp_path):
    got = load(tmp_path, """\
        <html><body>
        <p><strong>Åby kommun</strong> · Miljö- och byggnadsnämndens bygglovsutskott</p>
        <h1>Protokoll från sammanträde torsdagen den 26 november 2026</h1>
        <table>
        <tr><th>Ledamot</th><th>Parti</th><th>Roll</th><th>Närvaro</th></tr>
        <tr><td>Gunnar Hjelm</td><td>C</td><td>ordförande</td><td>Närvarande</td></tr>
        <tr><td>Sven-Åke Rydén</td><td>M</td><td>ledamot</td><td>Frånvarande</td></tr>
        <tr><td>Maria Höglund</td><td>M</td><td>ersättare</td><td>Tjänstgör för Sven-Åke Rydén</td></tr>
        </table>
        <h2>§ 50 Val av justerare</h2>
        <p><b>Beslut:</b> Maria Höglund (M) utses att jämte ordföranden justera protokollet.</p>
        </body></html>
        """, name="protokoll.html")
    assert got["attendance"]["Maria Höglund"][0] == "present"
    assert not [b for b in got["bodies"] if "Tjänstgör" in b]
