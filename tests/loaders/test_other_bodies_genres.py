"""Readings of bodies the other minutes do not come from: a länsstyrelse-led council against violence whose
roster names state authorities in one word, a school–social services group (BUS) whose notes tell cases
under an item, a minority consultation whose labels carry their translation, a kunskapsstyrning's local
programme area whose roster is grouped by part of the region, and a kommunalförbund's fullmäktige as a
meeting system's web page. Each minutes is loaded as a user would load it."""
from __future__ import annotations

import textwrap
from pathlib import Path

from samverkan.loaders.formats import read_html
from tests.loaders.test_genre_readings import load


COUNCIL = """\
    # Regionalt samverkansråd mot våld i nära relationer – Åsmarks län

    **Datum:** torsdag 6 november 2025
    **Plats:** Länsstyrelsen Åsmark, Ekby

    ## Närvarande

    | Organisation | Namn | Funktion |
    |---|---|---|
    | Länsstyrelsen Åsmark | Eva Lund | ordförande, länsråd |
    | | Per Holm | sekreterare, samordnare |
    | Åklagarmyndigheten | Sara Berg | kammaråklagare |
    | Kriminalvården | Omar Said | kriminalvårdsinspektör |
    | Kvinnojouren Tranan | Lotta Ek | verksamhetsledare |

    ## 1. Lägesbild

    Polisen kommer att göra en insats kring kontaktförbud under december. Lotta Ek berättade att Kvinnojouren
    Tranan har haft fullbelagt sedan september.

    ## 2. Länsstrategin

    Länsstyrelsen arbetar in synpunkterna och skickar strategin till landshövdingen i januari.

    ## 3. Arbetsgruppen mot hedersrelaterat våld

    Sara Berg återrapporterade från arbetsgruppen, som arbetar på uppdrag av rådet och rapporterar till rådet.
    """


def test_a_council_whose_roster_names_state_authorities_in_one_word(tmp_path):
    """"Åklagarmyndigheten" in the organisation column is an organisation, no label over a new section: the
    rows after it are read; "Kvinnojouren Tranan" and "Polisen" are no persons; a bare "Länsstyrelsen" is
    the one the minutes name in full; the council is named with its län after the dash, and
    "Arbetsgruppen mot X" is a group named by what it works against."""
    got = load(tmp_path, COUNCIL, "anteckningar.md")
    assert got["body"] == "Regionalt samverkansråd mot våld i nära relationer, Åsmarks län"
    assert set(got["attendance"]) == {"Eva Lund", "Per Holm", "Sara Berg", "Omar Said", "Lotta Ek"}
    assert not {"Polisen", "Kvinnojouren Tranan"} & got["persons"]
    tasks = {(tuple(who), task.split()[0]) for who, task in got["assignments"]}
    assert (("Länsstyrelsen Åsmark",), "arbeta") in tasks, tasks
    mandates = got["mandates"]
    assert any(f.startswith("Arbetsgrupp") and f.endswith(" mot hedersrelaterat våld") and kind == "reports_to"
               and t == "Regionalt samverkansråd mot våld i nära relationer, Åsmarks län" for f, t, kind in mandates), mandates


BUS = """\
    Minnesanteckningar – Lokal BUS-grupp Ekby
    Datum: 2025-10-14

    Deltagare: Maria Ek (ME), rektor, Ekby kommun; Nadia Holm (NH), skolsköterska, Ekby kommun;
    Johan Lind (JL), skolkurator, Ekby kommun

    1. Avidentifierade ärenden
    Ärende 1 (flicka, åk 8, hög frånvaro): JL kallar till SIP och bjuder in BUP.
    Ärende 2 (pojke, åk 6): NH och JL gör en ny kartläggning innan kontakt tas med BUP.

    2. Gruppens sammansättning
    Johan Lind ersätter Sanna Berg som elevhälsans representant i BUS-gruppen.

    3. Nästa möte
    Beslut: Nästa möte hålls den 25 november.
    """


def test_cases_told_under_an_item_and_the_group_by_its_short_name(tmp_path):
    """"Ärende 1 (flicka, …): …" is a case told under item 1, no item of its own; "gör en ny kartläggning" is
    work to do; "BUS-gruppen" is the body that met, "Lokal BUS-grupp Ekby"."""
    got = load(tmp_path, BUS)
    assert got["body"] == "Lokal BUS-grupp Ekby"
    assert ("Johan Lind", "Lokal BUS-grupp Ekby", "replace") in got["memberships"], got["memberships"]
    assert (["Johan Lind", "Nadia Holm"], "göra en ny kartläggning innan kontakt tas med BUP") in got["assignments"] or any(
        who == ["Johan Lind", "Nadia Holm"] and task.startswith("göra en ny kartläggning") for who, task in got["assignments"])


MINORITY = """\
    Samrådsmöte med sverigefinska minoriteten / Kuulemiskokous ruotsinsuomalaisen vähemmistön kanssa
    Ekby kommun – finskt förvaltningsområde
    Tid / Aika: 2025-11-12 kl. 17.30–19.30
    Plats / Paikka: Ekby bibliotek
    Närvarande / Läsnä
    Namn / Nimi\tRepresenterar / Edustaa\tRoll / Rooli
    Raili Mäkinen\tEkbyn Suomi-Seura\tordförande / puheenjohtaja
    Pentti Koivisto\tEkbyn Suomi-Seura\t
    Tiina Ranta\tKommunledningskontoret\tsamordnare, sekreterare / sihteeri

    1. Mötet öppnas / Kokouksen avaus
    Raili Mäkinen hälsade alla välkomna. Tiina Ranta valdes att föra anteckningar.

    2. Sverigefinnarnas dag / Ruotsinsuomalaisten päivä
    Samrådsgruppen beslutade att firandet hålls på biblioteket. Tiina Ranta tar frågan vidare till kulturförvaltningen.
    """


def test_labels_and_roles_with_their_translation(tmp_path):
    """"Tid / Aika:", "Namn / Nimi" and "ordförande / puheenjohtaja" are the Swedish label and role with the
    minority's word after a slash; the title's translation is no part of the body's name, and
    "Samrådsgruppen beslutade" is the body that met deciding."""
    got = load(tmp_path, MINORITY)
    assert got["body"] in ("Samrådet med sverigefinska minoriteten", "Samrådet med sverigefinska minoriteten, Ekby kommun")
    assert got["attendance"]["Raili Mäkinen"][1] == ["ledamot", "ordförande"] or "ordförande" in got["attendance"]["Raili Mäkinen"][1]
    assert "sekreterare" in got["attendance"]["Tiina Ranta"][1]
    assert any("firandet hålls på biblioteket" in d for d in got["decisions"]), got["decisions"]
    tasks = [(who, task.split(" till ")[0]) for who, task in got["assignments"]]
    assert (["Tiina Ranta"], "föra anteckningar") in tasks and (["Tiina Ranta"], "ta frågan vidare") in tasks, tasks


PROGRAMME_AREA = """\
    Minnesanteckningar LPO Psykisk hälsa
    Lokalt programområde psykisk hälsa, Region Åsmark
    Datum: 2025-10-22

    Deltagare
    Ordförande: Cecilia Ryd, verksamhetschef, Område Mitt
    Område Norr
    Fredrik Wall, överläkare, psykiatriska kliniken Norrby
    Område Syd
    Annika Frost, psykolog, Vårdcentralen Strandby

    1. Vårdprogramgrupp ADHD
    Fredrik Wall redovisade arbetet i vårdprogramgruppen för ADHD, som arbetar på uppdrag av LPO och rapporterar till LPO.
    LPO gav vårdprogramgruppen ADHD i uppdrag att revidera vårdprogrammet.

    2. Övrigt
    Inga övriga frågor.
    """


def test_a_programme_area_and_its_roster_by_part_of_the_region(tmp_path):
    """"Område Norr" over names is a part of the region, no person; "Lokalt programområde …" is the body
    that met, "LPO Psykisk hälsa" above it its acronym; "vårdprogramgruppen för ADHD" and "vårdprogramgruppen
    ADHD" are one group, which reports to it and works for it."""
    got = load(tmp_path, PROGRAMME_AREA)
    assert got["body"].startswith("Lokalt programområde psykisk hälsa")
    assert set(got["attendance"]) == {"Cecilia Ryd", "Fredrik Wall", "Annika Frost"}
    groups = {g for _, g, _ in got["memberships"]} | got["bodies"]
    assert len([g for g in groups if g.casefold().startswith("vårdprogramgrupp")]) == 1, groups
    assert any(task.startswith("revidera vårdprogrammet") for _, task in got["assignments"]), got["assignments"]


PAGE = """\
    <html><head><title>Protokoll</title></head><body>
    <nav>Startsida | Möten</nav>
    <table><tr><td><img src="logo.png" alt="Utbildningsförbundet Ås"></td><td><b>SAMMANTRÄDESPROTOKOLL</b></td></tr>
    <tr><td>Förbundsfullmäktige</td><td>Sammanträdesdatum<br>2025-11-25</td></tr></table>
    <table><tr><td>Plats och tid</td><td>Åby gymnasium, kl. 18.00–19.40</td></tr>
    <tr><td>Beslutande</td><td>Anders Öhman (S), ordförande, Åby kommun<br>Birgitta Sand (M), Ekby kommun</td></tr>
    <tr><td>Underskrifter</td><td>Justerande ......... .........<br>Anders Öhman &nbsp;&nbsp;&nbsp; Birgitta Sand</td></tr></table>
    <div>Justerandes signatur &nbsp;&nbsp;&nbsp;&nbsp; Utdragsbestyrkande</div>
    <h3>§ 43</h3><h3>Fastställande av dagordning</h3><h4>Förbundsfullmäktiges beslut</h4><p>Dagordningen fastställs.</p>
    <div>Justerandes signatur &nbsp;&nbsp;&nbsp;&nbsp; Utdragsbestyrkande</div>
    <h3>§ 44 &nbsp; Dnr 2025/151</h3><h3>Motion om distansstudier</h3><h4>Förbundsfullmäktiges beslut</h4>
    <p>Motionen remitteras till förbundsstyrelsen för beredning.</p>
    <div>Justerandes signatur &nbsp;&nbsp;&nbsp;&nbsp; Utdragsbestyrkande</div>
    <footer>Utbildningsförbundet Ås · Box 118 · Publicerad med mötessystemet</footer>
    </body></html>
    """


def test_a_meeting_systems_page_its_logo_gaps_and_footer():
    """The letterhead's logo is read by its alt text, a gap drawn with non-breaking spaces stays a gap (two
    people signing side by side, two boxes of a page's foot), and the page's footer is no part of the text."""
    text = read_html(Path("p.html"), textwrap.dedent(PAGE).encode())
    assert text.splitlines()[0].startswith("Utbildningsförbundet Ås\tSAMMANTRÄDESPROTOKOLL")
    assert "Anders Öhman; Birgitta Sand" in text
    assert "Justerandes signatur   Utdragsbestyrkande" in text
    assert "Publicerad" not in text and "Startsida" not in text


def test_a_kommunalforbunds_fullmaktige_is_the_forbunds(tmp_path):
    """"Förbundsfullmäktige" is the förbund's body, not that of the first kommun it names; "förbundsstyrelsen"
    in its protocol is the förbund's board, and a motion "remitteras" to it is a task to prepare it."""
    got = load(tmp_path, PAGE, "protokoll.html")
    assert got["body"] == "Förbundsfullmäktige, Utbildningsförbundet Ås"
    assert (["Förbundsstyrelsen, Utbildningsförbundet Ås"], "bereda motionen") in got["assignments"], got["assignments"]
    assert not any("Justerandes" in d or "Publicerad" in d for d in got["decisions"]), got["decisions"]
    assert "Anders Öhman Birgitta Sand" not in got["persons"]
