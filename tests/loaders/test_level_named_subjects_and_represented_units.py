"""Readings met in five renderings of one family's minutes:

- a mailed note whose subject names the group by its level and kind ("operativ arbetsgrupp X") over the notes' own
  title with "för" and the place;
- a seat taken as the representative of a huvudman's units ("… som representant för vårdcentralerna i Region X");
- a body's own sentence after the last att-clause of a decision line;
- a convener named right after a group is set up;
- a huvudman's one person in a seat table whose column gives her job.
"""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

LEVEL_SUBJECT = """\
From: Lena Ek <lena.ek@norrby.se>
To: Per Holm <per.holm@region.se>
Subject: Minnesanteckningar operativ arbetsgrupp trygg hemgång 4/3
Date: Thu, 5 Mar 2027 09:14:52 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej! Här kommer anteckningarna.

Operativ arbetsgrupp för trygg hemgång i Åby
Minnesanteckningar 2027-03-04, kl. 13.00–14.30, Teams

Närvarande
Lena Ek, Norrby kommun
Per Holm, Region Åby

1. Avvikelser
Per Holm tar fram en sammanställning till nästa möte.
"""


def test_a_subject_naming_the_level_and_kind_is_the_title_with_its_place(tmp_path):
    got = load_text(tmp_path, "ag.eml", LEVEL_SUBJECT)
    assert got["body"] == "Operativ arbetsgrupp för trygg hemgång i Åby"


def test_a_newcomer_replacing_one_as_the_representative_of_a_huvudmans_units_takes_the_seat_in_the_body(tmp_path):
    got = load_text(tmp_path, "ag.txt", """\
Arbetsgrupp för trygg hemgång i Åby
Minnesanteckningar 2027-03-04

Närvarande
Lena Ek, Norrby kommun
Per Holm, Region Åby

1. Medlemmar
Per Holm ersätter Eva Strand som representant för vårdcentralerna i Region Åby.
""")
    body = "Arbetsgrupp för trygg hemgång i Åby"
    assert ("Per Holm", body, "replace") in got["memberships"]
    assert ("Eva Strand", body, "leave") in got["memberships"]
    assert not [m for m in got["memberships"] if m[1].casefold().startswith("vårdcentral")]


def test_a_bodys_own_sentence_after_the_last_inline_att_clause_is_a_point_of_its_own(tmp_path):
    got = load_text(tmp_path, "sg.txt", """\
Taktisk samverkansgrupp äldre
Minnesanteckningar 2026-11-24

Närvarande
Lena Ek, Norrby kommun, ordförande
Per Holm, Region Åby

§ 3 Uppdrag
Beslut: Samverkansgruppen beslutar att uppdra åt Arbetsgrupp fall att ta fram rutinen till 2027-05-31 och att Lena Ek och Per Holm leder arbetet. Arbetsgruppen rapporterar till samverkansgruppen.

§ 4 Övrigt
Inget.
""")
    assert "Lena Ek och Per Holm leder arbetet." in got["decisions"]
    assert "Arbetsgruppen rapporterar till samverkansgruppen." in got["decisions"]


def test_a_convener_named_after_a_group_is_set_up_sits_in_that_group_not_the_one_the_point_title_names(tmp_path):
    got = load_text(tmp_path, "nv.txt", """\
Nätverket för suicidprevention i Åby
Minnesanteckningar 2027-03-04

Närvarande
Eva Ek, Norrby kommun
Per Holm, Region Åby

6. Arbetsgrupp för händelseanalyser
Nätverket beslutade att tillsätta Arbetsgrupp händelseanalys Åby med uppdrag att ta fram en gemensam modell. Per Holm utsågs till sammankallande.
""")
    seats = [(p, g) for p, g, ch in got["memberships"] if p == "Per Holm" and ch == "join"]
    assert seats == [("Per Holm", "Arbetsgrupp händelseanalys Åby")]


def test_a_huvudmans_one_person_in_a_seat_table_keeps_her_seat_with_her_job_in_the_column(tmp_path):
    got = load_text(tmp_path, "nv.txt", """\
Länsövergripande nätverk för suicidprevention i Åby
Minnesanteckningar 2027-03-04

Deltagare
Namn                 Organisation                      Roll
Eva Ek               Region Åby                        ordförande
Per Lund             Norrby kommun                     folkhälsostrateg
Ida Berg             Ekby kommun                       ledamot
Ola Sund             Region Åby                        ledamot
Karin Ström          Öby kommun                        ledamot

1. Inledning
Dagordningen godkändes.
""")
    members = {p for p, _g, change in got["memberships"] if change == "member"}
    assert {"Per Lund", "Ida Berg", "Ola Sund", "Karin Ström"} <= members, got["memberships"]
