"""Habits of more secretaries of the sister regions: a lokalt närvårdsråd's plain-text notes whose roster groups its
people under "Från X kommun:" lines, with arrowed tasks, "Ansvar:" after a task told in the passive and a seat changed
in a side's own words ("Medicinkliniken representeras från och med februari av …"); a styrgrupp's notes printed to PDF
from Word, with a roster marked ✓ / D / ✗ and an action table "Nr | Uppgift | Ansvarig | Klart senast | Status"; a
kommunstyrelse's arbetsutskott whose changes of seats in other bodies are told by the socialchef, at one's own
request, or kept ("kvarstår som"); a network of socialchefer's notes mailed with a bare subject, the body in full as
the title in capitals under the greeting, and its tasks, nominations and mandates told in running text. Each is read
on a small minutes of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import facts, load_text


LNR = """LOKALA NÄRVÅRDSRÅDET I NORRVIK
Minnesanteckningar

Tisdag 24 februari 2026, kl. 08.30–10.30
Vårdcentralen Norrvik, konferensrummet

Närvarande
  Från Norrviks kommun:
    Berit Nord (BN), äldreomsorgschef – ordförande
    Lotta Hed (LH), MAS – antecknar
    Tore Wenn (TW), enhetschef hemtjänst
  Från Region Västerby:
    Elsa Gran (EG), verksamhetschef Vårdcentralen Norrvik
    Ann Rapp (AR), utskrivningssamordnare Medicinkliniken

Anmält förhinder: Sara Lind, enhetschef särskilt boende, Norrviks kommun

Rådet består av chefer och nyckelpersoner från kommunen och regionen i Norrvik
och rapporterar till Styrgrupp Nära vård Västerby.


Punkt 1 – Mötet öppnas
BN hälsade välkommen. Ulla Berg har bytt tjänst och lämnat rådet;
Medicinkliniken representeras från och med februari av Ann Rapp, som
hälsades välkommen. Föregående anteckningar godkändes.

Punkt 2 – Utskrivning från slutenvården
AR gick igenom statistiken för januari.
→ AR och LH går igenom avvikelserna tillsammans och redovisar åtgärder på
  nästa möte.
→ TW samlar hemtjänstens exempel på sena hjälpmedelsbesked och skickar dem
  till AR senast 13 mars.

Punkt 3 – Halvårsrapport
Rådets halvårsrapport till styrgruppen ska vara inlämnad före 31 mars.
Ansvar: EG, med underlag från BN.
"""


def test_a_roster_grouped_under_from_lines_reads_each_person_with_the_huvudman(tmp_path):
    """"Från Norrviks kommun:" alone on its line over indented people: each attends, and the blank line after the
    absent ends that entry (the sentence under it is no part of her details)."""
    f = load_text(tmp_path, "lnr.txt", LNR)
    att = {n: s for n, s, _ in f["attendance"]}
    for who in ("Berit Nord", "Lotta Hed", "Tore Wenn", "Elsa Gran", "Ann Rapp"):
        assert att.get(who) == "present", who
    assert att.get("Sara Lind") == "absent"


def test_the_councils_standing_line_under_the_roster_is_its_mandate(tmp_path):
    """"Rådet består av … i Norrvik" / "och rapporterar till Styrgrupp X." under the roster: the council reports there."""
    f = load_text(tmp_path, "lnr.txt", LNR)
    assert any(a.casefold() == "lokala närvårdsrådet i norrvik" and b == "Styrgrupp Nära vård Västerby"
               for a, b, _ in f["mandates"])


def test_arrowed_tasks_going_through_and_gathering(tmp_path):
    """"→ AR och LH går igenom avvikelserna … på nästa möte", "→ TW samlar … och skickar dem till AR senast …":
    tasks of the initials' holders (not "AR gick igenom statistiken": told at the meeting)."""
    f = load_text(tmp_path, "lnr.txt", LNR)
    tasks = {who: task for who, task in f["assignments"]}
    assert tasks.get(("Ann Rapp", "Lotta Hed"), "").startswith("gå igenom avvikelserna")
    assert tasks.get(("Tore Wenn",), "").startswith("samla hemtjänstens exempel")


def test_a_task_due_in_the_passive_and_the_responsible_below(tmp_path):
    """"Rådets halvårsrapport … ska vara inlämnad före 31 mars." / "Ansvar: EG, …": hers."""
    f = load_text(tmp_path, "lnr.txt", LNR)
    assert any(who == ("Elsa Gran",) and "halvårsrapport" in task for who, task in f["assignments"])


def test_a_seat_left_after_another_verb_and_a_side_represented_from_a_month(tmp_path):
    """"Ulla Berg har bytt tjänst och lämnat rådet; Medicinkliniken representeras från och med februari av Ann Rapp":
    she leaves the council, he joins it."""
    f = load_text(tmp_path, "lnr.txt", LNR)
    changes = {(p, c) for p, g, c in f["memberships"] if g.casefold() == "lokala närvårdsrådet i norrvik"}
    assert ("Ulla Berg", "leave") in changes
    assert ("Ann Rapp", "join") in changes


KSAU = """NORRBY KOMMUN
Kommunstyrelsens arbetsutskott
SAMMANTRÄDESPROTOKOLL 2026-04-14

Beslutande
Eva Lund (S), ordförande
Kjell Berg (M)

KSAU § 50
Information – representation i Styrgrupp psykisk hälsa och beroende

Socialchef Anna Holm informerar om att Rasmus Lind, enhetschef för beroendeenheten, ersätter Jörgen Ek som representant för Norrby kommun i Styrgrupp psykisk hälsa och beroende från och med 1 maj 2026. Jörgen Ek går i pension. Hanna Gran kvarstår som kommunens andra representant i styrgruppen.

Arbetsutskottets beslut
Informationen noteras.

KSAU § 51
Val av ersättare

Arbetsutskottets beslut
Fatima Ali (S) entledigas på egen begäran från uppdraget som ersättare i Politiskt samverkansråd.

KSAU § 52
Övriga frågor
Kjell Berg (M) frågar hur väntetiderna påverkar elevhälsans arbete i kommunen. Kommundirektör Mikaela Brandt återkommer med en redogörelse vid arbetsutskottets sammanträde den 12 maj.
"""


def test_a_change_of_seat_told_by_the_socialchef_and_why_the_one_leaving_goes(tmp_path):
    """"Socialchef X informerar om att A, <title>, ersätter B som representant för K i Styrgrupp G …. B går i
    pension.": A replaces B in G; the retirement is no seat left in the arbetsutskott, whose roster does not list B;
    "C kvarstår som kommunens andra representant i styrgruppen" keeps her seat."""
    f = load_text(tmp_path, "ksau.txt", KSAU)
    ms = set(f["memberships"])
    g = "Styrgrupp psykisk hälsa och beroende"
    assert ("Rasmus Lind", g, "replace") in ms
    assert ("Jörgen Ek", g, "leave") in ms
    assert not any(p == "Jörgen Ek" and grp.startswith("Kommunstyrelsens") for p, grp, _ in ms)
    assert ("Hanna Gran", g, "member") in ms


def test_released_at_ones_own_request(tmp_path):
    """"A (S) entledigas på egen begäran från uppdraget som ersättare i Politiskt samverkansråd": she leaves it."""
    f = load_text(tmp_path, "ksau.txt", KSAU)
    assert ("Fatima Ali", "Politiskt samverkansråd", "leave") in set(f["memberships"])


def test_a_title_before_the_name_of_who_comes_back(tmp_path):
    """"Kommundirektör Mikaela Brandt återkommer med en redogörelse …": her task."""
    f = load_text(tmp_path, "ksau.txt", KSAU)
    assert any(who == ("Mikaela Brandt",) and task.startswith("återkomma med en redogörelse") for who, task in f["assignments"])


MAIL = """From: Karin Ås <karin.as@kommunerna-norrby.se>
To: Cecilia Holm <cecilia.holm@aby.se>, Oscar Lind <oscar.lind@berga.se>
Date: Mon, 9 Mar 2026 08:14:52 +0100
Subject: Minnesanteckningar socialchefsnätverket 6 mars
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej alla!

Här kommer anteckningarna från fredagens möte.

/Karin

----------------------------------------------------------------------
SOCIALCHEFSNÄTVERKET I NORRBY – MINNESANTECKNINGAR
Fredag 6 mars 2026 kl. 13.00–15.30, Berga kommunhus

Deltagare
CH   Cecilia Holm, socialchef, Åby kommun (ordf.)
OL   Oscar Lind, avdelningschef IFO, Berga kommun
JM   Jenny Mark, socialchef, Dalby kommun
KÅ   Karin Ås, länssamordnare (anteckningar)

1. Välkommen
Ny ledamot hälsades välkommen: Oscar Lind ersätter Maria Borg som
representant för Berga kommun från och med 1 februari.

2. Placeringar
Arbetsgruppen för HVB-upphandling (en representant per kommun, CH sammankallande) har
träffats två gånger. Arbetsgruppen rapporterar till socialchefsnätverket.
Nätverket ger arbetsgruppen mandat att inleda dialog med upphandlingsenheten om en
gemensam ramavtalsupphandling.

3. Representation
Nätverket nominerar Jenny Mark som ny representant för Dalby kommun i styrgruppen.

4. Remiss
Uppdrag: CH tar fram ett utkast till gemensamma synpunkter till nästa möte.
OL och JM läser och kommenterar utkastet innan det skickas ut.
"""


def test_a_mailed_subject_names_the_body_by_its_kind_the_title_below_in_full(tmp_path):
    """"Subject: Minnesanteckningar socialchefsnätverket 6 mars" over "SOCIALCHEFSNÄTVERKET I NORRBY –
    MINNESANTECKNINGAR" under the greeting: the body is the network in full."""
    f = load_text(tmp_path, "mail.eml", MAIL)
    assert f["body"] == "Socialchefsnätverket i Norrby"


def test_a_newcomer_welcomed_before_a_colon_replaces_the_one_before(tmp_path):
    """"Ny ledamot hälsades välkommen: A ersätter B som representant för Berga kommun från och med 1 februari": A
    replaces B in the network that met."""
    f = load_text(tmp_path, "mail.eml", MAIL)
    ms = set(f["memberships"])
    assert ("Oscar Lind", "Socialchefsnätverket i Norrby", "replace") in ms
    assert ("Maria Borg", "Socialchefsnätverket i Norrby", "leave") in ms


def test_the_lead_in_brackets_after_a_groups_name(tmp_path):
    """"Arbetsgruppen för HVB-upphandling (en representant per kommun, CH sammankallande)": her seat there."""
    f = load_text(tmp_path, "mail.eml", MAIL)
    assert any(p == "Cecilia Holm" and g.casefold().startswith("arbetsgrupp") and "hvb" in g.casefold()
               for p, g, _ in f["memberships"])


def test_a_mandate_given_and_a_nomination_are_the_networks_decisions(tmp_path):
    """"Nätverket ger arbetsgruppen mandat att …", "Nätverket nominerar …": decided by the body that met."""
    f = load_text(tmp_path, "mail.eml", MAIL)
    assert any("arbetsgruppen mandat att inleda dialog" in d for d in f["decisions"])
    assert any("nominerar Jenny Mark som ny representant" in d for d in f["decisions"])


def test_reading_and_commenting_a_draft_is_a_task(tmp_path):
    """"OL och JM läser och kommenterar utkastet innan det skickas ut": theirs."""
    f = load_text(tmp_path, "mail.eml", MAIL)
    assert any(who == ("Jenny Mark", "Oscar Lind") and "kommentera" in task for who, task in f["assignments"])


def _pdf(path: Path, lines: list[list[tuple[float, str]]]) -> None:
    """A one-page PDF drawing each line's cells at their x positions (a Word table printed to PDF)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", cand))
            font = "DejaVu"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 10)
    y = 800
    for cells in lines:
        for x, text in cells:
            c.drawString(x, y, text)
        y -= 14
    c.save()


def _rows(*rows: tuple[str, ...], xs: tuple[float, ...]) -> list[list[tuple[float, str]]]:
    return [[(x, t) for x, t in zip(xs, r) if t] for r in rows]


def test_a_roster_marked_with_ticks_crosses_and_d_for_digital(tmp_path):
    """"✓" there, "D" there on the link, "✗" away: the legend's three marks in a Närv. column."""
    xs = (50, 90, 200, 330, 450)
    lines = [[(50, "Styrgruppen för e-hälsa i Norrby")], [(50, "Minnesanteckningar")],
             [(50, "Datum: torsdag 5 mars 2026, kl. 13.15–15.45")], [(50, "Närvaro")]]
    lines += _rows(("Sign.", "Namn", "Funktion", "Huvudman", "Närv."),
                   ("AL", "Anna Lind", "digitaliseringschef, ordförande", "Region Norrby", "✓"),
                   ("KB", "Kim Berg", "IT-strateg", "Region Norrby", "D"),
                   ("RE", "Rut Eng", "systemförvaltare", "Region Norrby", "✗"),
                   ("NA", "Nils Ahl", "IT-chef", "Åby kommun", "D"), xs=xs)
    lines += [[(50, "✓ = närvarande på plats   D = deltog digitalt   ✗ = förhinder")], [(50, "")],
              [(50, "1. Mötets öppnande")], [(50, "Anna Lind öppnade mötet. Föregående anteckningar godkändes.")]]
    path = tmp_path / "sg.pdf"
    _pdf(path, lines)
    att = {n: s for n, s, _ in facts(path, tmp_path)["attendance"]}
    assert att.get("Rut Eng") == "absent"
    assert att.get("Kim Berg") == "present" and att.get("Nils Ahl") == "present" and att.get("Anna Lind") == "present"


def test_an_action_table_headed_uppgift_is_read_in_its_columns():
    """"Nr Uppgift Ansvarig Klart senast Status": the header row of a table of tasks, so that a PDF page holding it is
    read with its layout, each row one line with its cells in their columns (as the Word table was)."""
    from samverkan.loaders.read import _action_head

    assert _action_head("Nr Uppgift Ansvarig Klart senast Status")


SG = """STYRGRUPPEN FÖR E-HÄLSA I NORRBY
Minnesanteckningar 2026-03-05

Närvarande: Anna Lind, ordförande; Hugo Sten; Kristoffer Hall; Rut Eng

1. Mötets öppnande
Anna Lind öppnade mötet. Hugo Sten ersätter Emma Fors som representant för Åby kommun och presenterade sig kort.

2. Digital nattillsyn
Beslut: Rut Eng utses till sammankallande i arbetsgruppen för digital nattillsyn efter Kristoffer Hall, som kvarstår som ledamot.
"""


def test_introducing_oneself_presents_no_item(tmp_path):
    """"… och presenterade sig kort": a newcomer introducing himself, no presenter of the item."""
    f = load_text(tmp_path, "sg.txt", SG)
    from samverkan.loaders.read import read_document
    from samverkan.loaders.extract import parse_minutes
    path = tmp_path / "sg.txt"
    pm = parse_minutes(read_document(path).text, str(path))
    first = next(i for i in pm.items if i.number == "1")
    assert "Hugo Sten" not in (first.presenters or [])
    assert f["attendance"]


def test_the_lead_before_stays_on_as_a_member(tmp_path):
    """"… sammankallande i arbetsgruppen för X efter B, som kvarstår som ledamot": B keeps a seat there."""
    f = load_text(tmp_path, "sg.txt", SG)
    assert any(p == "Kristoffer Hall" and "nattillsyn" in g.casefold() and c == "member" for p, g, c in f["memberships"])


KSAU2 = """NORRBY KOMMUN
Kommunstyrelsens arbetsutskott
SAMMANTRÄDESPROTOKOLL 2026-04-14

Beslutande
Eva Lund (S), ordförande
Kjell Berg (M)

KSAU § 46     Dnr KS 2026/58
Reviderad riktlinje för samordnad individuell plan

Ärendebeskrivning
Politiskt samverkansråd rekommenderade den 13 mars 2026 huvudmännen i länet att anta riktlinjen.

Beslutsunderlag
– Remiss från Styrgrupp äldre Norrby, 2026-03-20
– Tjänsteskrivelse från socialförvaltningen, 2026-03-30

Arbetsutskottets beslut
Ärendet överlämnas till kommunstyrelsen för beslut med följande förslag:
Kommunstyrelsen antar riktlinjen för Norrby kommuns del och uppdrar åt socialchefen att införa riktlinjen i socialtjänsten under hösten 2026.

KSAU § 47
Representanter

Kommunstyrelsen har delegerat till arbetsutskottet att utse kommunens representanter i regionala samverkansorgan. Kommundirektör Anna Falk anmäler delegationsbeslut för mars.

Arbetsutskottets beslut
Informationen noteras.

Reservation
Kjell Berg (M) reserverar sig mot beslutet.

Omedelbar justering
Paragrafen förklaras omedelbart justerad.
"""


def test_a_matter_handed_on_with_the_proposal_the_other_body_is_to_decide(tmp_path):
    """"Ärendet överlämnas till kommunstyrelsen för beslut med följande förslag:" / "Kommunstyrelsen antar … och
    uppdrar åt socialchefen att …": the kommunstyrelse is to decide the matter; the socialchef's task is only proposed."""
    f = load_text(tmp_path, "ksau.txt", KSAU2)
    assert any(who == ("Kommunstyrelsen, Norrby kommun",) and task.startswith("besluta") for who, task in f["assignments"])
    assert not any("införa riktlinjen" in task for _, task in f["assignments"])


def test_the_huvudman_of_the_lan_and_bodies_of_a_kind_in_the_plural_are_no_bodies(tmp_path):
    """"huvudmännen i länet" is the huvudmän, "regionala samverkansorgan" bodies of a kind, and the letter's day
    after a comma no part of a body's name; "anmäler delegationsbeslut" is told to the meeting, no task."""
    f = load_text(tmp_path, "ksau.txt", KSAU2)
    groups = {b for _, b, _ in f["mandates"]} | {g for _, g, _ in f["memberships"]}
    assert not any("länet" in g or "samverkansorgan" in g.casefold() for g in groups)
    assert ("Politiskt samverkansråd", "huvudmännen i Norrby") in {(a, b) for a, b, _ in f["mandates"]} or any(
        a == "Politiskt samverkansråd" and b.casefold().startswith("huvudmännen") for a, b, _ in f["mandates"])
    assert not any("2026-03-20" in g or "2026 03 20" in g for g in groups)
    assert not any("delegationsbeslut" in task for _, task in f["assignments"])


def test_an_immediate_justering_under_its_own_heading_is_decided(tmp_path):
    """"Omedelbar justering" / "Paragrafen förklaras omedelbart justerad.": the body's decision on the item."""
    f = load_text(tmp_path, "ksau.txt", KSAU2)
    assert any(d.startswith("Paragrafen förklaras omedelbart justerad") for d in f["decisions"])
