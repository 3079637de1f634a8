"""Genre rules for a beredning's notes and a styrgrupp's decision log: the title line kept apart from the kind of
notes under it, a roster told a side a clause with titles before names at the body by its kind, a seat entered with
the one who held it after "och efterträder"; a log's coded entries ("B-29-12") as its points."""
from pathlib import Path

from tests.loaders.test_read_formats import load_text

BEREDNING = """Tjänstemannaberedningen för Politiskt samråd Nära vård Norrby
Beredningsanteckningar från mötet den 2 februari 2028, kl. 09.00–11.15
Plats: Teams

Vid beredningen deltog från Region Norrby hälso- och sjukvårdsdirektör
Eva Ekholm, sammankallande, och strateg Per Lindahl; från Åby kommun
socialchef Ola Åsberg; från Ekby kommun förvaltningschef Sara Bergman.
Öby kommun företräddes av socialchef Karin Holm, som lämnade mötet efter
punkt 2.
Antecknade gjorde Bo Axelsson, samordnare, Region Norrby.

1. Föregående anteckningar
Anteckningarna från beredningen 2027-12-01 lades till handlingarna.

2. Beredningens sammansättning
Lena Sandberg, primärvårdsdirektör, inträder som ny ledamot för Region
Norrby från och med 1 mars 2028 och efterträder Per Lindahl, som därefter
deltar som föredragande utan plats i beredningen.

3. Nästa möte
Nästa beredning hålls 2028-04-19 på Teams.
"""

BODY = "Tjänstemannaberedningen för Politiskt samråd Nära vård Norrby"


def test_beredning_title_over_its_kind_of_notes_is_the_body(tmp_path: Path):
    f = load_text(tmp_path, "b.txt", BEREDNING)
    assert f["body"] == BODY


def test_roster_by_side_with_titles_before_names_at_the_beredning(tmp_path: Path):
    f = load_text(tmp_path, "b.txt", BEREDNING)
    present = {a[0] for a in f["attendance"] if a[1] == "present"}
    assert {"Eva Ekholm", "Per Lindahl", "Ola Åsberg", "Sara Bergman", "Karin Holm"} <= present
    members = {m[0] for m in f["memberships"] if m[1] == BODY}
    assert {"Eva Ekholm", "Ola Åsberg", "Karin Holm"} <= members


def test_seat_entered_and_the_one_who_held_it_after_och_efterträder(tmp_path: Path):
    f = load_text(tmp_path, "b.txt", BEREDNING)
    assert ("Lena Sandberg", BODY, "replace") in f["memberships"]
    assert ("Per Lindahl", BODY, "leave") in f["memberships"]


LOG = """From: Bo Axelsson <bo.axelsson@regionnorrby.se>
To: Eva Ekholm <eva.ekholm@regionnorrby.se>, Ola Åsberg <ola.asberg@aby.se>
Subject: Beslutslogg styrgruppen Nära vård 6/9
Date: Fri, 7 Sep 2029 10:02:11 +0200
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Hej alla,

här är beslutsloggen från gårdagens möte i Styrgrupp Nära vård (torsdag
6 september 2029, Åby kommunhus). Vi för bara beslut och uppdrag.

Beslutsförhet: tre av fyra ledamöter på plats.
  Eva Ekholm, Region Norrby (ordförande)
  Ola Åsberg, Åby kommun
  Sara Bergman, Ekby kommun
Inte närvarande: Karin Holm, Öby kommun
Också med: Lena Sandberg, FoU Norrby (B-29-14), och jag som för loggen.

B-29-12  Loggen från 13 juni fastställdes.

B-29-13  Sammansättning. Karin Holm lämnar styrgruppen vid årsskiftet;
         Öby kommun nominerar efterträdare senast 15 november.

B-29-14  Uppföljning av handlingsplanen. Styrgruppen ger Arbetsgrupp
         suicidprevention i uppdrag att ta fram indikatorer för uppföljning.

Hälsningar
Bo Axelsson
"""


def test_decision_log_entries_by_code_are_the_points(tmp_path: Path):
    f = load_text(tmp_path, "log.eml", LOG)
    assert [n for n, _ in f["items"]] == ["12", "13", "14"]
    assert "fastställa loggen från 13 juni" in f["decisions"]
    assert (("Arbetsgrupp suicidprevention",), "ta fram indikatorer för uppföljning") in f["assignments"]


def test_decision_log_subject_names_the_body_and_its_count_heads_the_roster(tmp_path: Path):
    f = load_text(tmp_path, "log.eml", LOG)
    assert f["body"] in ("Styrgrupp Nära vård", "Styrgruppen Nära vård")
    status = {a[0]: a[1] for a in f["attendance"]}
    assert status["Ola Åsberg"] == "present" and status["Sara Bergman"] == "present"
    assert status["Karin Holm"] == "absent" and status["Lena Sandberg"] == "guest"


def test_the_writer_who_keeps_the_log_is_the_mails_sender_there_as_secretary(tmp_path: Path):
    f = load_text(tmp_path, "log.eml", LOG)
    me = [a for a in f["attendance"] if a[0] == "Bo Axelsson"]
    # (among "Också med", the others there: a guest by the label, the official kept as such)
    assert me and me[0][1] in ("present", "guest") and "sekreterare" in me[0][2]


AU = """# Arbetsutskottet för ledningsgruppen i Norrby

**Datum:** 2028-09-28  
**Närvarande:** Eva Ekholm (ordf.), Region Norrby; Ola Åsberg, Åby kommun

## 1. Avvikelser vid utskrivning
Arbetsutskottet överlämnar ärendet till Samordningsgruppen Vårdsamverkan Norra Norrby för analys.
Samordningsgruppen återrapporterar till ledningsgruppen senast 2028-12-14.
"""


def test_matter_handed_on_for_analysis_names_the_body_without_the_purpose(tmp_path: Path):
    f = load_text(tmp_path, "au.md", AU)
    groups = {m[1] for m in f["mandates"]} | {a for x in f["assignments"] for a in x[0]}
    assert "Samordningsgruppen Vårdsamverkan Norra Norrby" in groups
    assert not any(g.endswith("för analys") for g in groups)
