"""A fullmäktige's own beredningar, a kommun's youth assembly and a bygderåd: the kinds of politisk body whose
minutes tell where the body stands (who set it up, to whom it answers) in a sentence under the header, and whose
rosters and decisions take forms of their own."""
from __future__ import annotations

from samverkan.loaders.extract import qualified_body
from tests.loaders.test_read_formats import load_text, load_texts


def test_a_fullmaktiges_beredning_is_the_kommuns():
    # "Gruppledarberedningen" (the party group leaders): only a fullmäktige has one, as it has a valberedning
    assert qualified_body("Gruppledarberedningen", "Åby kommun", "") == "Gruppledarberedningen, Åby kommun"
    # a fullmäktige's beredning named by its task, as a nämnd's beredning is
    assert qualified_body("Kommunfullmäktiges beredning för översyn av arvodena", "Åby kommun", "") == \
        "Kommunfullmäktiges beredning för översyn av arvodena, Åby kommun"
    # (a joint body "för" a field stays as written)
    assert qualified_body("Politiskt samråd för vård och omsorg", "Åby kommun", "") == "Politiskt samråd för vård och omsorg"


def test_a_councils_maker_and_whom_it_reports_to_told_under_the_header(tmp_path):
    # "tillsätts av" / "utses av": the body's standing maker in the present passive, named in lower case, in the
    # sentence between the title and the roster
    f = load_text(tmp_path, "uf.txt", """ÅBY KOMMUN
Ungdomsfullmäktige
Protokoll 2026-11-19

Ungdomsfullmäktige består av nio ledamöter. Ungdomsfullmäktige tillsätts av kommunstyrelsen och redovisar sitt
arbete till kommunfullmäktige en gång per år.

Närvarande ledamöter: Eva Ek (ordförande), Per Ås

§ 1 Dagordning
Dagordningen godkänns.
""")
    assert ("Kommunstyrelsen, Åby kommun", "Ungdomsfullmäktige, Åby kommun", "delegates") in f["mandates"]
    assert ("Ungdomsfullmäktige, Åby kommun", "Kommunfullmäktige, Åby kommun", "reports_to") in f["mandates"]
    (tmp_path / "b").mkdir()
    g = load_text(tmp_path / "b", "by.txt", """ÅBY KOMMUN
Bygderådet i Norrby

Möte 2026-11-17

Bygderådet är kommunstyrelsens forum för dialog med bygden. Rådet utses av
kommunstyrelsen och lämnar förslag till kommunstyrelsen i frågor om
landsbygdsutveckling.

NÄRVARANDE
  Eva Ek (C), ordförande
  Per Ås, Norrby byalag

1  MÖTETS ÖPPNANDE
   Ordföranden öppnade mötet.
""")
    assert ("Kommunstyrelsen, Åby kommun", "Bygderådet i Norrby", "delegates") in g["mandates"]


def test_decided_points_bulleted_under_beslutar_att_with_a_colon(tmp_path):
    # "Beredningen beslutar att:" / "- anta …," / "- lämna …": one decision a bullet, as after "beslutar att" bare
    f = load_text(tmp_path, "b.md", """# Åby kommun – Kommunfullmäktiges beredning för översyn av arvodena

**Datum:** 2026-11-10

**Ledamöter**
- Eva Ek (S), ordförande
- Per Ås (M)

### 1. Arbetsplan

Ordföranden presenterar ett utkast till arbetsplan.

Beredningen beslutar att:
- anta arbetsplanen med de ändringar som framkom vid sammanträdet,
- lämna en delrapport till kommunfullmäktige i juni 2027,
- ge kanslichefen Anna Berg i uppdrag att ta fram en tidplan till nästa sammanträde.
""")
    assert f["body"] == "Kommunfullmäktiges beredning för översyn av arvodena, Åby kommun"
    assert [d.rstrip(",.") for d in f["decisions"]] == [
        "anta arbetsplanen med de ändringar som framkom vid sammanträdet",
        "ge kanslichefen Anna Berg i uppdrag att ta fram en tidplan till nästa sammanträde",
        "lämna en delrapport till kommunfullmäktige i juni 2027"]


def test_a_youth_assemblys_adult_contact_persons_are_its_guests(tmp_path):
    # "Vuxna kontaktpersoner och övriga närvarande:": the adults beside the young members, there or away
    f = load_text(tmp_path, "uf.txt", """ÅBY KOMMUN
Ungdomsfullmäktige
Protokoll 2026-11-19

Närvarande ledamöter: Eva Ek (ordförande), Per Ås

Vuxna kontaktpersoner och övriga närvarande:
• Sanna Holm, ungdomssamordnare, kultur- och fritidsförvaltningen – sekreterare
• Per Jonsson (S), kommunfullmäktiges ordförande, kontaktpolitiker
• Lotta Wiklund (M), kontaktpolitiker – anmält förhinder
Justerare: Per Ås

§ 1 Dagordning
Dagordningen godkänns.
""")
    att = {n: s for n, s, _ in f["attendance"]}
    assert att["Per Jonsson"] == "guest" and att["Lotta Wiklund"] == "absent" and att["Sanna Holm"] == "guest"
    # (the politician to turn to keeps that role at the meeting)
    assert "kontaktpolitiker" in {n: r for n, _, r in f["attendance"]}["Per Jonsson"]
    assert att["Eva Ek"] == "present"


def test_a_seat_filled_told_with_the_supine_without_har(tmp_path):
    # "har anmält att Karin Lund (M) utsetts till ersättare … efter Jonas Ek (SD), som lämnat uppdraget": the
    # written language drops "har" in the att-clause; the seat changes hands as with "har utsetts"
    f = load_text(tmp_path, "rg.txt", """REGION ÅS
Politisk referensgrupp för trafik
Protokoll 2026-12-03

Beslutande: Eva Ek (S), ordförande, Region Ås; Karin Lund (M), Åby kommun

§ 22 Anmälan om ny ersättare från Åby kommun
Åby kommun har anmält att Karin Lund (M) utsetts till ersättare i referensgruppen efter Jonas Ek (SD), som lämnat uppdraget.
Beslut: Anmälan noteras.
""")
    assert ("Jonas Ek", "Politisk referensgrupp för trafik", "leave") in f["memberships"]
    assert ("Karin Lund", "Politisk referensgrupp för trafik", "join") in f["memberships"]



def test_a_change_of_seat_with_its_time_between_har_and_the_verb(tmp_path):
    # "har från och med oktober ersatt B som …s ledamot i bygderådet": the seat changes hands
    f = load_text(tmp_path, "by.txt", """ÅBY KOMMUN
Bygderådet i Norrby

Möte 2026-11-17

NÄRVARANDE
  Eva Ek (C), ordförande
  Per Ås, Norrby byalag

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Ny ledamot från Norrby byalag
Per Ås har från och med oktober ersatt Kerstin Dahl som byalagets ledamot i bygderådet.
""")
    assert ("Kerstin Dahl", "Bygderådet i Norrby", "leave") in f["memberships"]
    assert ("Per Ås", "Bygderådet i Norrby", "replace") in f["memberships"]


def test_a_seat_left_in_a_regions_body_named_with_its_level_after_the_genitive(tmp_path):
    # "… ersättare i Region Norrbys politiska referensgrupp för trafik": the body that names itself "Politisk
    # referensgrupp för trafik", not the gruppledarberedning whose minutes tell it
    f = load_text(tmp_path, "gl.txt", """ÅBY KOMMUN
Gruppledarberedningen
Protokoll 2026-11-26

Beslutande ledamöter: Eva Ek (S), ordförande; Jonas Ek (SD)

§ 43 Kommunens ersättare i Politisk referensgrupp för trafik
Jonas Ek (SD) har lämnat uppdraget som kommunens ersättare i Region Norrbys politiska referensgrupp för trafik.
Beslut: Eva Ek utses till ersättare i Politisk referensgrupp för trafik efter Jonas Ek.
""")
    assert f["body"] == "Gruppledarberedningen, Åby kommun"
    assert ("Jonas Ek", "Politisk referensgrupp för trafik", "leave") in f["memberships"]
    assert ("Jonas Ek", "Gruppledarberedningen, Åby kommun", "leave") not in f["memberships"]


def test_a_kind_of_body_spoken_of_with_its_indefinite_article_names_no_body():
    from samverkan.loaders.relations import find_groups
    # "behovet av ett särskilt individutskott": what a nämnd might set up, no body of the minutes
    assert [(g.name, g.generic_head) for g in find_groups("Hon beskrev behovet av ett särskilt individutskott.")] == \
        [("individutskott", "individutskott")]


def test_a_beredningens_uppdrag_told_under_the_header_with_its_maker(tmp_path):
    # "Beredningen (…) är tillsatt av kommunfullmäktige 2026-10-26 § 112 med uppdrag att se över …": the fullmäktige
    # gave the beredning that task, and delegates to it
    f = load_text(tmp_path, "b.md", """# Åby kommun – Kommunfullmäktiges beredning för översyn av arvodena

**Datum:** 2026-11-10

Beredningen (Arvodesberedningen) är tillsatt av kommunfullmäktige 2026-10-26 § 112 med uppdrag att se över arvodena inför mandatperioden 2031–2034. Beredningen rapporterar till kommunfullmäktige.

**Ledamöter**
- Eva Ek (S), ordförande
- Per Ås (M)

### 1. Arbetsplan

Dagordningen fastställs.
""")
    body = "Kommunfullmäktiges beredning för översyn av arvodena, Åby kommun"
    assert ((body,), "se över arvodena inför mandatperioden 2031–2034") in f["assignments"]
    assert ("Kommunfullmäktige, Åby kommun", body, "delegates") in f["mandates"]


def test_the_body_that_met_by_its_short_name_in_brackets_under_the_header(tmp_path):
    # "Beredningen (Organisationsberedningen) är tillsatt av …": one body, the one that met, not a second named in brackets
    data = load_texts(tmp_path, {"b.md": """# Åby kommun – Kommunfullmäktiges beredning för översyn av arvodena

**Protokoll** · Sammanträde nr 2/2026
**Datum:** 2026-11-10, kl. 13.15–16.00
**Plats:** Kommunhuset i Åby, sammanträdesrum Orren

Beredningen (Organisationsberedningen) är tillsatt av kommunfullmäktige 2026-10-26 § 112 med uppdrag att se över arvodena inför mandatperioden 2031–2034. Beredningen rapporterar till kommunfullmäktige och ska lämna sitt slutliga förslag senast den 30 september 2027.

## Närvaro

**Ledamöter**
- Eva Ek (S), ordförande
- Per Ås (M)

---

### 1. Val av justerare

Beredningen beslutar att utse Per Ås att jämte ordföranden justera protokollet.
"""})
    names = {o["name"] for o in data["organizations"] if o.get("classification") == "group"}
    assert not any(n.startswith("Organisationsberedningen") for n in names)
    assert "Kommunfullmäktiges beredning för översyn av arvodena, Åby kommun" in names


def test_a_body_by_its_kind_in_the_definite_with_its_region_after_it():
    from samverkan.loaders.relations import find_groups
    # "Landsbygdsnätverket Region Norrby": one name, as "Primärvårdsrådet Region X"
    assert [g.name for g in find_groups("Eva Ek utses till representant i Landsbygdsnätverket Region Norrby under 2027.")] \
        == ["Landsbygdsnätverket Region Norrby"]
    # (the region's own body after it is another name: "Styrgruppen Region Norrby Hälsa" is left as the finder reads it)
    assert [g.name for g in find_groups("Eva Ek sitter i Nätverket för chefer.")] == ["Nätverket för chefer"]
