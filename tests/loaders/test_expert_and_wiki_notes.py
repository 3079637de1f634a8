"""Readings of bodies and meeting systems the other minutes do not come from: a läkemedelskommitté's terapigrupp
whose notes are written under the committee's running header with vården's titles before the names ("Överläkare",
"Dr", "Apotekare", "Docent"), a wiki page exported from Confluence with its meeting-notes template (the page title
after the space's name, a "Tid | Punkt | Vem | Anteckningar" table whose notes are bulleted lists, "• Beslut: X"
as one of the bullets), a network's round of the table ("Mossby: Ahmed deltar …") and its "ställer sig bakom att X
anordnar …", and a meeting system's "Ärende" label over who presents the matter. Each minutes is loaded as a user
would load it."""
from __future__ import annotations

from tests.loaders.test_genre_readings import load

TERAPIGRUPP = """\
    REGION VITMARK                                            Läkemedelskommittén
    Minnesanteckningar Terapigrupp Hjärta–kärl

    Datum: 2025-11-13, kl. 13.00–15.30
    Plats: Vitmarks sjukhus

    Närvarande:
    Överläkare Dr Karin Sjövall, kardiologkliniken, ordförande
    Dr Henrik Alm, Vårdcentralen Aspvik
    Apotekare Per Hammarlund, Läkemedelsenheten, sekreterare

    Adjungerad:
    Docent Sven Rudberg, klinisk farmakologi, punkt 2

    Förhinder:
    Överläkare Tomas Berglind, kardiologkliniken

    1. Föregående anteckningar
    Minnesanteckningarna godkändes.

    2. Terapigruppens sammansättning
    Tomas Berglind har lämnat terapigruppen. Terapigruppen arbetar på uppdrag av läkemedelskommittén och
    rapporterar till kommittén.
    """


def test_a_terapigrupp_under_its_committees_running_header(tmp_path):
    """The body that met is the one the title's doc type names, not the committee in the running header;
    academic titles before a name are no part of it; "terapigruppen" is that body, "läkemedelskommittén" a
    body it works for, "kommittén" that committee again."""
    got = load(tmp_path, TERAPIGRUPP)
    assert got["body"] == "Terapigrupp Hjärta–kärl"
    assert set(got["attendance"]) == {"Karin Sjövall", "Henrik Alm", "Per Hammarlund", "Sven Rudberg", "Tomas Berglind"}
    assert ("Tomas Berglind", "Terapigrupp Hjärta–kärl", "leave") in got["memberships"]
    assert ("Läkemedelskommittén", "Terapigrupp Hjärta–kärl", "delegates") in got["mandates"], got["mandates"]
    assert ("Terapigrupp Hjärta–kärl", "Läkemedelskommittén", "reports_to") in got["mandates"], got["mandates"]


WIKI = """\
    <html><head><title>Vårdsamverkan Fjällnäs : 2025-11-20 SIP-forum</title></head><body>
    <div id="main-header"><ol id="breadcrumbs"><li><a href="index.html">Vårdsamverkan Fjällnäs</a></li></ol>
    <h1 id="title-heading"><span id="title-text">Vårdsamverkan Fjällnäs : 2025-11-20 SIP-forum</span></h1></div>
    <div id="main-content">
    <h2>Deltagare</h2>
    <ul><li>Region Fjällnäs<ul><li>Therese Nyberg, SIP-samordnare, ordförande</li></ul></li>
    <li>Kärrby kommun<ul><li>Maria Fält, SIP-samordnare</li></ul></li></ul>
    <h2>Diskussionspunkter</h2>
    <table><tbody>
    <tr><th>Tid</th><th>Punkt</th><th>Vem</th><th>Anteckningar</th></tr>
    <tr><td>13.00</td><td>1. Föregående anteckningar</td><td>Therese</td><td><ul><li>Anteckningarna godkändes.</li></ul></td></tr>
    <tr><td>13.40</td><td>2. Rutin för SIP</td><td>Maria</td><td><ul><li>Arbetsgruppen har lämnat sitt förslag
    <ul><li>Kallelse skickas inom tre dagar</li></ul></li>
    <li><strong>Beslut:</strong> SIP-forum ställer sig bakom rutinen och skickar den till Styrgrupp Barnahus Fjällnäs
    för fastställande.</li>
    <li>SIP-forum är tillsatt av styrgruppen och återrapporterar till den två gånger per år.</li></ul></td></tr>
    </tbody></table>
    </div></body></html>
    """


def test_a_confluence_meeting_notes_page(tmp_path):
    """The page's title names the body after the space's name and " : "; the rows of the discussion table are
    the items, each with its notes a bullet a line; a "Beslut:" bullet is that bullet's decision alone (the next
    bullet is the notes again); the body by its whole name is set up by the styrgrupp and reports to it."""
    got = load(tmp_path, WIKI, "sip-forum.html")
    assert got["body"] == "SIP-forum"
    assert set(got["attendance"]) == {"Therese Nyberg", "Maria Fält"}
    assert len(got["decisions"]) == 2 and got["decisions"][1] == (
        "SIP-forum ställer sig bakom rutinen och skickar den till Styrgrupp Barnahus Fjällnäs för fastställande."), got["decisions"]
    assert {("SIP-forum", "Styrgrupp Barnahus Fjällnäs", "refers"), ("Styrgrupp Barnahus Fjällnäs", "SIP-forum", "delegates"),
            ("SIP-forum", "Styrgrupp Barnahus Fjällnäs", "reports_to")} <= got["mandates"], got["mandates"]


ROUND = """\
    Anteckningar från IFO-chefsnätverket i Rönnmarks län
    Datum: 4 december 2025

    Deltagare
    Tjärnby kommun – Sofia Lind, socialchef
    Mossby kommun – Ahmed Karimi, enhetschef barn och familj
    Kommunförbundet Rönnmark – Jenny Holmberg, processledare

    1. Runt bordet
    Tjärnby: Sofia har två vakanta tjänster som socialsekreterare.
    Mossby: Ahmed deltar i nätverket i Lena Öhrns ställe under hennes föräldraledighet.

    2. Placeringskostnader
    Sammanställningen lämnas därefter till Socialchefsgruppen i Rönnmarks län, som nätverket rapporterar till.
    """


def test_a_network_with_a_round_of_the_table(tmp_path):
    """An organisation by its kind before the dash is the member's ("Kommunförbundet Rönnmark – Jenny Holmberg");
    the huvudman whose turn it is opens the member's sentence; a body told in a relative clause is reported to."""
    got = load(tmp_path, ROUND)
    assert set(got["attendance"]) == {"Sofia Lind", "Ahmed Karimi", "Jenny Holmberg"}
    assert ("Ahmed Karimi", "IFO-chefsnätverket i Rönnmarks län", "replace") in got["memberships"], got["memberships"]
    assert ("IFO-chefsnätverket i Rönnmarks län", "Socialchefsgrupp i Rönnmarks län", "reports_to") in got["mandates"]


def test_standing_behind_what_another_will_do_gives_it_the_task():
    """"Nätverket ställer sig bakom att FoU Rönnmark anordnar en utbildning": decided, and a task of the one
    named; "… bakom att arbetet fortsätter" names no one."""
    from samverkan.loaders.rules import Example
    from tests.loaders.test_rules import facts_of, read

    got = facts_of(read(Example("Nätverket ställer sig bakom att FoU Rönnmark anordnar en gemensam utbildning i "
                                "barnsamtal under våren 2026.", decision=True, body="IFO-chefsnätverket")), "assignment")
    assert ("assignment", ["fou rönnmark"], "anordna en gemensam utbildning i barnsamtal under våren 2026") in got, got
    assert facts_of(read(Example("ställa sig bakom att arbetet fortsätter", decision=True)), "assignment") == []
    # a part the kommun takes, no task
    assert facts_of(read(Example("ställa sig bakom att Strandviks kommun deltar i piloten med mobilt närvårdsteam",
                                 decision=True, body="Arbetsutskottet")), "assignment") == []


def test_the_presenter_under_a_meeting_systems_arende_label():
    """"Ärende" over "Ekonomichef Magnus Öhman föredrar ärendet": the label is no part of the subject."""
    import textwrap

    from samverkan.loaders.extract import parse_minutes

    text = textwrap.dedent("""\
        Kronmarks kommun                       SAMMANTRÄDESPROTOKOLL
        Ledningsutskottet                      2025-11-26

        Beslutande             Ulla Berggren (S), ordförande
                               Jonas Frid (M)
        Övriga närvarande      Magnus Öhman, ekonomichef, § 52

        § 52                                                   Dnr KS 2025/00377

        Budgetuppföljning oktober 2025

        Ärende
        Ekonomichef Magnus Öhman föredrar ärendet. Prognosen visar ett underskott.

        Ledningsutskottets beslut
        Informationen läggs till handlingarna.
        """)
    items = parse_minutes(text).items
    assert [(it.number, it.presenters) for it in items] == [("52", ["Magnus Öhman"])]
