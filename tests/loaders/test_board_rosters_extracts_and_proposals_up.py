"""Habits of political minutes from bodies of kinds read before only by their relatives: a meeting
system's roster table under "Förteckning över beslutande", the officials under "Från förvaltningen",
a protocol extract mailed under a subject with "KS" and its paragraphs, a förbund board naming itself
and its fullmäktige by the förbund's words, "sitt arbetsutskott", a proposal with the fullmäktige as
the clause's subject. Each habit on a small minutes loaded alone.
"""
from __future__ import annotations

from email.message import EmailMessage

from tests.loaders.test_read_formats import load_text


ROSTER_TABLE = """ÅBY KOMMUN\tSAMMANTRÄDESPROTOKOLL
Gymnasienämnden\tSammanträdesdatum 2026-11-17

Plats och tid\tÅby gymnasium, kl. 13.15–15.50
Beslutande\tSe förteckning nedan
Övriga deltagare\tMartin Ek, gymnasiechef; Linnea Roos, nämndsekreterare

Förteckning över beslutande
Namn\tParti\tKommun\tFunktion
Gunilla Sand\tS\tÅby\tordförande
Kent Ryd\tSD\tEkå\tledamot

§ 61 Val av justerare
Beslut
Kent Ryd (SD) väljs att tillsammans med ordföranden justera dagens protokoll.
"""


def test_a_roster_table_under_its_own_heading_after_the_officials(tmp_path):
    """"Förteckning över beslutande" heads the members' table, even where "Övriga deltagare" came above it."""
    f = load_text(tmp_path, "gymn.txt", ROSTER_TABLE)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Gunilla Sand"] == "present" and status["Kent Ryd"] == "present"
    assert status["Martin Ek"] == "guest"


FROM_FÖRVALTNINGEN = """# Primärvårdsnämnden, Region Åby
Protokoll 2026-11-25

### Ledamöter
- Karin Alm (S), ordförande
- Elin Torn (KD)

### Frånvarande ledamöter
- Annika Brunn (SD)

### Från förvaltningen
- Jenny Falk, primärvårdsdirektör
- Sara Kull, nämndsekreterare

## § 140 Dagordning
Dagordningen fastställs.
"""


def test_the_officials_from_the_förvaltning_are_no_absent_members(tmp_path):
    f = load_text(tmp_path, "pvn.md", FROM_FÖRVALTNINGEN)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Annika Brunn"] == "absent"
    assert status["Jenny Falk"] == "guest" and status["Sara Kull"] == "guest"


EXTRACT_BODY = """Hej,

Här kommer justerat utdrag ur socialutskottets protokoll.

Vänliga hälsningar
Petter Ulv
Utskottssekreterare, Åby kommun

------------------------------------------------------------
ÅBY KOMMUN
Kommunstyrelsens socialutskott
PROTOKOLLSUTDRAG
Sammanträdesdag: 2026-11-24

Närvarande ledamöter: Birgitta Löv (S) ordförande, Tomas Jern (M)
Tjänstepersoner: Sofia Lindh, socialchef
------------------------------------------------------------

§ 77  Strategi mot hemlöshet

Utskottets beslut
Förslaget till strategi överlämnas till kommunstyrelsen för beslut.

Sänds till: Kommunstyrelsen, socialchefen
"""


def test_an_extract_mailed_under_ks_and_its_paragraphs(tmp_path):
    """"Ämne: Protokollsutdrag KS socialutskott 2026-11-24, §§ 77–79": the body is the kommunstyrelse's
    socialutskott, the paragraphs no part of its name; "Sänds till:" is the distribution list, no decision."""
    m = EmailMessage()
    m["From"] = "Petter Ulv <petter.ulv@aby.se>"
    m["To"] = "kommunstyrelsen@aby.se"
    m["Subject"] = "Protokollsutdrag KS socialutskott 2026-11-24, §§ 77–79"
    m["Date"] = "Thu, 26 Nov 2026 14:02:00 +0100"
    m.set_content(EXTRACT_BODY)
    path = tmp_path / "utdrag.eml"
    path.write_bytes(bytes(m))
    from tests.loaders.test_read_formats import facts
    f = facts(path, tmp_path)
    assert f["body"].startswith("Kommunstyrelsens socialutskott")
    assert not any(d.startswith("Sänds till") for d in f["decisions"])


FÖRBUND_BOARD = """AVFALLSFÖRBUNDET ÅBY
PROTOKOLL
Förbundsstyrelsen
2026-11-20

Ordinarie ledamöter
Roland Bäck (S), Åby, ordförande
Håkan Öst (M), Ekå
Ersättare som tjänstgjort
Britt Lax (V), Ekå, i stället för Ali Rez (S)

§ 92 Ändring i delegationsordningen
Beslut
Förbundsstyrelsen uppdrar åt sitt arbetsutskott att för styrelsens räkning besluta om tilldelning i upphandlingar.

§ 93 Återvinningscentral – fullmäktiges uppdrag
Förbundsfullmäktige gav den 12 juni 2026 förbundsstyrelsen i uppdrag att utreda en återvinningscentral.
Beslut
Utredningen godkänns och överlämnas till förbundsfullmäktige.
"""


def test_a_förbund_board_names_itself_its_fullmäktige_and_its_utskott(tmp_path):
    f = load_text(tmp_path, "fs.txt", FÖRBUND_BOARD)
    board = f["body"]
    assert board == "Styrelsen, Avfallsförbundet Åby"
    ff, au = "Förbundsfullmäktige, Avfallsförbundet Åby", "Arbetsutskottet, Avfallsförbundet Åby"
    assert (ff, board, "delegates") in f["mandates"]
    assert (board, ff, "refers") in f["mandates"]
    assert (board, au, "delegates") in f["mandates"]
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Britt Lax"] == "present"


PROPOSAL_UP = """PRIMÄRVÅRDSNÄMNDEN, REGION ÅBY
Protokoll 2026-11-25
Ledamöter: Eva Ek (S), ordförande; Per Lind (M)

§ 142 Regelbok 2027
Primärvårdsnämndens beslut
Primärvårdsnämnden föreslår att regionfullmäktige fastställer Regelbok för Vårdval Åby 2027 enligt bilaga.
Reservation
Per Lind (M) reserverar sig mot beslutet.
"""


def test_a_proposal_with_the_fullmäktige_as_the_clauses_subject(tmp_path):
    """"Nämnden föreslår att regionfullmäktige fastställer …" in the nämnd's own minutes: its decision, a
    recommendation up."""
    f = load_text(tmp_path, "pvn.txt", PROPOSAL_UP)
    assert any("regionfullmäktige fastställer" in d for d in f["decisions"])
    assert (f["body"], "Regionfullmäktige, Region Åby", "recommends") in f["mandates"]


ORGAN_OF_PLACES = """HJORTBY KOMMUN
Gymnasienämnden – gemensam nämnd för Hjortby, Kvarnåsen och Ljungtorp
Protokoll 2026-11-17
Ledamöter: Eva Ek (S), ordförande; Per Lind (M)

§ 65 Samverkansavtal
Beslut
Gymnasienämnden föreslår kommunfullmäktige i Hjortby, Kvarnåsen och Ljungtorp att anta reviderat samverkansavtal.
"""


def test_one_organ_of_several_kommuner_named_by_their_places_alone(tmp_path):
    """"kommunfullmäktige i Hjortby, Kvarnåsen och Ljungtorp": each kommun's fullmäktige, the kommun's name
    formed from the place."""
    f = load_text(tmp_path, "gymn.txt", ORGAN_OF_PLACES)
    to = {t for _, t, k in f["mandates"] if k == "recommends"}
    assert {"Kommunfullmäktige, Kvarnåsens kommun", "Kommunfullmäktige, Ljungtorps kommun"} <= to


BOLAG_BOARD = """**EKBY BOSTÄDER AB**
**Protokoll nr 6/2025 fört vid styrelsesammanträde för Ekby Bostäder AB**
Tid:\tTorsdagen den 23 oktober 2025 kl. 13.00–15.30
Närvarande ledamöter:\tKarl Sand, ordförande; Bengt Holm
Övriga närvarande:\tHelena Sjö, VD

§ 54 Ägardirektiv
Kommunfullmäktige i Ekby kommun har den 29 september 2025 antagit nya ägardirektiv för bolaget. Enligt direktiven
ska styrelsen två gånger per år rapportera till kommunstyrelsen om bolagets bidrag till bostadsförsörjningen.
"""


def test_a_kommunal_bolags_board_reports_to_its_owners_kommunstyrelse(tmp_path):
    """A bare "kommunstyrelsen" in the minutes of a bolag's board that name one kommun: that kommun's."""
    f = load_text(tmp_path, "bolag.md", BOLAG_BOARD)
    assert any(t == "Kommunstyrelsen, Ekby kommun" and k == "reports_to" for _, t, k in f["mandates"])


COUNCIL_AU = """# Kommunala pensionärsrådets arbetsutskott – Åby kommun

**Protokoll** · Måndag 30 november 2026

- **Ordförande:** Ulla Sahl (S), kommunalråd
- **Övriga ledamöter:** Maj Höök, SPF Seniorerna Åby

### § 4 Remiss – äldreplan 2027–2030
Kommunstyrelsen har remitterat förslaget till äldreplan 2027–2030 till Kommunala pensionärsrådet med svar senast den 20 december 2026.

*Arbetsutskottet beslutade*
- att föreslå rådet att lämna yttrande enligt upprättat utkast, bilaga 1.
"""


def test_the_council_of_an_arbetsutskott_by_its_kind_and_its_name(tmp_path):
    """"rådet" and "Kommunala pensionärsrådet" in the minutes of the council's arbetsutskott: the council, of the
    utskott's kommun; a remiss "med svar senast …" refers the matter to it."""
    f = load_text(tmp_path, "kpr_au.md", COUNCIL_AU)
    kpr = "Kommunala pensionärsrådet, Åby kommun"
    assert (f["body"], kpr, "recommends") in f["mandates"]
    assert ("Kommunstyrelsen, Åby kommun", kpr, "refers") in f["mandates"]
