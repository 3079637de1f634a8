"""Genre rules from a lokal samverkansgrupp's hurried notes and a politisk samverkansorgan's protocol: the legend
"EB=Eva Berg (…)" on one line, and the body's own recommendation above a later "… beslutar vidare att" block."""
from tests.loaders.test_read_formats import load_text

HURRIED = """lokal samverkansgrupp åby – anteckn 2030-03-02 (snabbversion)
kl 13.15-14.45, vc åby konf.rum

närv: EB=Eva Berg (ÅK, enhetschef hemtjänst, sammank.), KL=Karl Lundin (RN, distriktssköterska), MH=Mona Holmér (ÅK, kurator)
ej närv: PS=Per Strand (RN, psykiatrin)
anteckn: EB

pkt 1: föreg. anteckn ok

pkt 2: SIP
- KL: 3 SIP sen jan, 1 utan läkare
- KL + MH följer upp antal SIP t.o.m. maj -> rapport nästa möte
"""


def test_initials_set_equal_to_names_are_each_a_participant(tmp_path):
    f = load_text(tmp_path, "lokal_samverkan_aby_2030-03-02.txt", HURRIED)
    assert {"Eva Berg", "Karl Lundin", "Mona Holmér", "Per Strand"} <= set(f["persons"])
    status = {name: st for name, st, _ in f["attendance"]}
    assert status["Karl Lundin"] == status["Mona Holmér"] == "present" and status["Per Strand"] == "absent"


PROTOCOL = """# PROTOKOLL

## Politiskt samverkansorgan Norrby (PSN)

Sammanträdesdatum: 2030-04-03

### Beslutande

**Region Norrby**
- Eva Lindahl (S), ordförande

**Åby kommun**
- Olle Sjöberg (M), vice ordförande

### § 5 Reviderad riktlinje för samordnad individuell plan

Ledningsgruppen har ställt sig bakom riktlinjen och överlämnat den till PSN.

**PSN rekommenderar huvudmännen att anta den reviderade riktlinjen att gälla från den 1 januari 2031.**

PSN beslutar vidare att ge ledningsgruppen i uppdrag att följa upp riktlinjen och återrapportera till PSN hösten 2031.

### § 6 Övriga frågor

Inga övriga frågor.
"""


def test_own_recommendation_above_a_further_decision_is_decided(tmp_path):
    f = load_text(tmp_path, "psn_2030-04-03.md", PROTOCOL)
    assert any(d.startswith("rekommendera huvudmännen att anta den reviderade riktlinjen") for d in f["decisions"])
    assert any(d.startswith("ge ledningsgruppen i uppdrag") for d in f["decisions"])


def test_official_keeping_the_notes_is_no_member(tmp_path):
    text = """# Styrgrupp Trygg vård Åby

Anteckningar från styrgruppsmöte 2030-11-12, Teams

Närvarande: Eva Lund, Region Åby, ordförande; Olle Berg, Åby kommun; Lisa Holm, Ekby kommun

Processledare och sekreterare: Nils Ström, Åby kompetenscentrum

## 1. Inledning

Dagordningen fastställdes.
"""
    f = load_text(tmp_path, "styrgrupp_trygg_vard_2030-11-12.md", text)
    assert ("Nils Ström", "present", ("sekreterare",)) in f["attendance"]
    assert not any(m[0] == "Nils Ström" and m[2] == "member" for m in f["memberships"])


def test_hurried_approval_then_filing_of_the_same_notes(tmp_path):
    f = load_text(tmp_path, "lokal_samverkan_aby_2030-03-02.txt", HURRIED.replace(
        "pkt 1: föreg. anteckn ok", "pkt 1: föreg. anteckn ok, lades t handl."))
    assert "godkänna föregående anteckningar och lägga dem till handlingarna" in f["decisions"]


def test_guest_by_given_name_and_where_she_comes_from(tmp_path):
    f = load_text(tmp_path, "lokal_samverkan_aby_2030-03-02.txt", HURRIED.replace(
        "anteckn: EB", "gäst p2: Jessica från trygg hemgång\nanteckn: EB"))
    assert ("Jessica", "guest", ()) in f["attendance"]
