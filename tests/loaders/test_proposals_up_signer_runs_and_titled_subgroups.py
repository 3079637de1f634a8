"""Habits of minutes never seen: an arbetsutskott's protocol exported from a meeting system with
"Arbetsutskottets förslag till beslut" over "Arbetsutskottet föreslår nämnden besluta" and its att-clauses, and
the signers each on a line of their own after the last §; a terapigrupp's notes titled under the läkemedelskommitté
that owns it; a förvaltningsgemensam samverkansgrupp titled with its förvaltning after a dash; two who meet to
do a piece of work; a remark and the approval of the last notes in one sentence. Each is read on a small minutes
of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_docx_text, load_text

AU_HEAD = """<html><body>
<div class="mp-org">Åby kommun</div>
<h1>Barn- och utbildningsnämndens arbetsutskott</h1>
<div>Sammanträdesprotokoll</div>
<div><span>Datum</span> <span>2031-09-09</span></div>
<h2>Närvarolista</h2>
<dl><dt>Ordförande</dt><dd>Eva Lindqvist (S)</dd><dt>Ledamot</dt><dd>Per Nyholm (M)</dd></dl>
"""

AU_PROPOSAL_UP = AU_HEAD + """<div><h3>§ 54 Skolorganisation i norra Åby</h3>
<p>Sammanfattning</p><p>Elevunderlaget minskar.</p>
<p>Arbetsutskottets förslag till beslut</p>
<p>Arbetsutskottet föreslår nämnden besluta</p>
<p>att Ekskolan från och med höstterminen 2032 omfattar förskoleklass till årskurs 3,</p>
<p>att elever i årskurs 4–6 placeras vid Åbyskolan.</p></div>
<div><h3>§ 55 Förvaltningschefens information</h3>
<p>Arbetsutskottets beslut</p><p>Informationen noteras.</p></div>
<div><span>Ordförande</span> <span>Eva Lindqvist</span></div>
<div><span>Justerare</span> <span>Per Nyholm</span></div>
</body></html>
"""


def test_an_arbetsutskotts_own_proposal_label_heads_its_proposal_up(tmp_path):
    """"Arbetsutskottets förslag till beslut" in the arbetsutskott's own protocol, then "Arbetsutskottet föreslår
    nämnden besluta" and the att-clauses: what the utskott decided to propose to its nämnd, each clause a decision
    and a recommendation to the nämnd (not another's draft, as "Förvaltningens förslag till beslut" is)."""
    f = load_text(tmp_path, "bun_au.html", AU_PROPOSAL_UP)
    proposed = [d for d in f["decisions"] if d.startswith("föreslå nämnden besluta att")]
    assert len(proposed) == 2, f["decisions"]
    assert any("Ekskolan" in d for d in proposed) and any("Åbyskolan" in d for d in proposed)
    assert any(kind == "recommends" and to.startswith("Barn- och utbildningsnämnden")
               for _, to, kind in f["mandates"]), f["mandates"]


def test_signers_each_on_a_line_of_their_own_are_no_part_of_the_last_decision(tmp_path):
    """"Ordförande Eva Lindqvist" / "Justerare Per Nyholm" after the last §: the signature block a meeting system
    exports, not the end of "Informationen noteras"."""
    f = load_text(tmp_path, "bun_au.html", AU_PROPOSAL_UP)
    assert not [d for d in f["decisions"] if "Ordförande" in d or "Justerare" in d], f["decisions"]
    assert "Informationen noteras" in " ".join(f["decisions"])


TERAPIGRUPP = """# Läkemedelskommittén i Region Åby
## Terapigrupp Infektion – minnesanteckningar

**Datum:** 2031-02-12, kl. 13.00–15.30

### Deltagare

- Ingrid Falk, överläkare, infektionskliniken (ordförande)
- Ahmed Karimi, specialist i allmänmedicin, Hälsocentralen Björkudden

### 1. Inledning

Anteckningarna från förra mötet godkändes.
"""


def test_a_terapigrupp_titled_under_its_kommitte_is_the_body_that_met(tmp_path):
    """"# Läkemedelskommittén i Region X" over "## Terapigrupp Infektion – minnesanteckningar": the notes are the
    terapigrupp's (the kind of document after a dash on its line), the kommitté above only the owner."""
    f = load_text(tmp_path, "terapigrupp.md", TERAPIGRUPP)
    assert f["body"] == "Terapigrupp Infektion"
    assert ("Ahmed Karimi", "Terapigrupp Infektion", "member") in f["memberships"]


FSG = """ÅBY KOMMUN\tMINNESANTECKNINGAR
Socialförvaltningen
Förvaltningsgemensam samverkansgrupp (FSG) – socialförvaltningen
Datum: 2031-03-17, kl. 09.00–11.30
Närvarande
Namn\tFunktion\tPart
Annelie Strand\tsocialchef, ordförande\tArbetsgivare
Jussi Heikkinen\thuvudskyddsombud\tKommunal

1. Mötets öppnande
Dagordningen fastställdes.
"""


def test_a_fsg_is_named_with_the_forvaltning_after_the_dash(tmp_path):
    """"Förvaltningsgemensam samverkansgrupp (FSG) – socialförvaltningen": each förvaltning of a kommun has its
    FSG, so the förvaltning after the dash is part of the body's name."""
    f = load_docx_text(tmp_path, "fsg.docx", FSG)
    assert f["body"].startswith("Förvaltningsgemensam samverkansgrupp, socialförvaltningen"), f["body"]


NOTES = """Minnesanteckningar
Samverkansgrupp äldre
Datum: 2031-04-08

Närvarande: Maria Öd, Åby kommun; Therese Lind, Åby kommun; Sten Åker, Åby kommun

1. Föregående anteckningar
Inga kommentarer, lades till handlingarna.

2. Sommaren
Maria Öd och Therese Lind träffas för att gå igenom sommarschemat i hemtjänsten.
"""


def test_two_meeting_to_go_through_a_piece_of_work_are_given_it(tmp_path):
    """"X och Y träffas för att gå igenom sommarschemat": the work they meet apart for is their task."""
    f = load_text(tmp_path, "sg.txt", NOTES)
    assert (("Maria Öd", "Therese Lind"), "gå igenom sommarschemat i hemtjänsten") in f["assignments"], f["assignments"]


def test_a_remark_and_the_approval_in_one_sentence_file_the_items_title(tmp_path):
    """"Inga kommentarer, lades till handlingarna." under "Föregående anteckningar": the remark is no subject;
    what was filed is the item's title."""
    f = load_text(tmp_path, "sg.txt", NOTES)
    filed = [d for d in f["decisions"] if "handlingarna" in d]
    assert filed == ["lägga föregående anteckningar till handlingarna"], f["decisions"]


DECISION_TABLE = """# Läkemedelskommittén i Region Åby
## Terapigrupp Infektion – minnesanteckningar

**Datum:** 2031-02-12

### Deltagare

- Ingrid Falk, överläkare, infektionskliniken (ordförande)
- Sofie Lund, specialistläkare, barnkliniken

### 5. Beslut och uppdrag

| Ärende | Beslut | Ansvarig |
|---|---|---|
| 6 | Sofie Lund utses till terapigruppens representant i arbetsgruppen för barnantibiotika | Sofie Lund |
"""


def test_the_bodys_representative_in_anothers_working_group_is_no_delegation(tmp_path):
    """"X utses till terapigruppens representant i arbetsgruppen för Y" in a decision table with X as Ansvarig:
    the body's seat in a group it did not set up (no mandate to it), and one task, not the row's text again."""
    f = load_text(tmp_path, "terapigrupp.md", DECISION_TABLE)
    assert f["mandates"] == []
    assert [t for who, t in f["assignments"] if who == ("Sofie Lund",)] == [
        "vara representant i arbetsgruppen för barnantibiotika"], f["assignments"]


FORWARDED = """Från: Katarina Öhman
Skickat: den 10 april 2031 08:42
Ämne: VB: Minnesanteckningar styrgrupp medborgarlöfte 8 april

MINNESANTECKNINGAR
Styrgrupp för medborgarlöfte Åby kommun och lokalpolisområde Åby
Tid: 2031-04-08 kl. 14.00-15.30

Närv: Sten Åker (kommundirektör, ordf), Magnus Vik (lokalpolisområdeschef, Polisen)

3. Nytt medborgarlöfte
Magnus Vik presenterade polisens medborgardialog.
(tillägg Magnus:) Polisen avsätter två dagar i månaden med synlig närvaro vid skolorna under hösten.
"""


def test_time_set_aside_by_the_police_in_a_line_marked_as_added_is_its_task(tmp_path):
    """"(tillägg Magnus:) Polisen avsätter två dagar i månaden …": the mark of who added the line in a forwarded
    reply is no part of the sentence, and time set aside for the work is the authority's task."""
    f = load_text(tmp_path, "medborgarlofte.txt", FORWARDED)
    assert (("Polisen",), "avsätta två dagar i månaden med synlig närvaro vid skolorna under hösten") in f["assignments"], \
        f["assignments"]
