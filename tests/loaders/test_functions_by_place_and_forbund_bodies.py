"""Notes that give tasks to functions by their place ("MAS Älvnäs och tf. MAS Bruksberga stämmer av …"), the role
of the convener by its word alone, a förbund's body named before the förbund without a comma, the body above asking
for work in a clause after ", och", and a working group's full name on the title line under a short header."""
from __future__ import annotations

from samverkan.loaders.extract import _kind_topic_in_full, _SHORT_KIND_TOPIC
from samverkan.loaders.pipeline import parse_file
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes

ROSTER = [
    AttendanceEntry(name="Maria Lind", status="present", roles=["ledamot", "sammankallande"], title="Processledare",
                    organisation="Region Norrby"),
    AttendanceEntry(name="Olle Berg", status="present", roles=["ledamot"], title="MAS", organisation="Åby kommun"),
    AttendanceEntry(name="Stina Holm", status="present", roles=["ledamot"], title="MAS", organisation="Ekeby kommun"),
    AttendanceEntry(name="Kerstin Vik", status="present", roles=["ledamot"], organisation="Tallviks kommun",
                    unit="Tf. MAS"),
]


def tasks(text: str, body: str = "Arbetsgrupp för läkemedel") -> list[tuple[list[str], str]]:
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=ROSTER,
                                        items=[ParsedItem(number="1", title="Mallen", body=text)]))
    return [(a.assignees, a.task) for a in r.assignments]


def test_functions_by_their_place_each_the_one_the_roster_lists_there():
    got = tasks("Innan dess stämmer MAS Ekeby och tf. MAS Tallvik av mallen mot sina kommuners rutiner.")
    assert got and got[0][0] == ["Stina Holm", "Kerstin Vik"]
    assert got[0][1].startswith("stämma av mallen")


def test_an_acting_function_by_its_place_after_i():
    got = tasks("Tf. MAS i Tallvik sammanställer till nästa möte vilka utbildningar kommunerna har i dag.")
    assert got == [(["Kerstin Vik"], "sammanställa till nästa möte vilka utbildningar kommunerna har i dag")]


def test_the_convener_reminds_someone_named_before_and_does_more():
    got = tasks("Sammankallande påminner henne om erbjudandet och kontaktar samtidigt samordnaren om ett upplägg.")
    assert len(got) == 1 and got[0][0] == ["Maria Lind"] and got[0][1].startswith("påminna henne om erbjudandet")


def test_a_report_at_another_bodys_meeting_is_a_task_one_given_here_is_not():
    assert tasks("Sammankallande ger en kort lägesrapport på styrgruppens möte den 16 juni.") == [
        (["Maria Lind"], "ge en kort lägesrapport på styrgruppens möte den 16 juni")]
    assert tasks("Maria Lind ger en lägesrapport.") == []


def test_the_body_above_asks_for_work_after_och():
    r = extract_relations(ParsedMinutes(
        path="x.txt", layout="numbered", body="Beredningsgruppen, Samordningsförbundet Norrby", attendance=ROSTER,
        items=[ParsedItem(number="1", title="Katalogen", body=(
            "Beredningsgruppen bereder som bekant ärendena till förbundets styrelse, och styrelsen har bett oss ta "
            "fram ett förslag till katalog till sitt möte den 9 juni."))]))
    kinds = {(m.from_body, m.to_body, m.kind) for m in r.mandates}
    assert ("Styrelsen, Samordningsförbundet Norrby", "Beredningsgruppen, Samordningsförbundet Norrby", "delegates") in kinds
    assert any(m.kind == "reports_to" and m.from_body == "Beredningsgruppen, Samordningsförbundet Norrby" for m in r.mandates)
    assert [a.assignees for a in r.assignments] == [["Beredningsgruppen, Samordningsförbundet Norrby"]]


def test_a_forbund_body_named_before_the_forbund_without_a_comma(tmp_path):
    f = tmp_path / "beredning_2027-04-21.txt"
    f.write_text("Från: Eva Ek\nSkickat: torsdag 22 april 2027 08:47\nTill: Beredningsgruppen Samordningsförbundet Norrby\n"
                 "Ämne: Sammanfattning från beredningsgruppen 21/4\n\nHej,\n\nhär kommer en sammanfattning.\n\n"
                 "Vi som var med:\n- Försäkringskassan: Per Lund (ordf.)\n- Åby kommun: Olle Berg\n\n"
                 "1. Insatserna\nVi gick igenom insatserna. Per tar fram siffrorna till den 15 maj.\n\nHälsningar\nEva\n",
                 encoding="utf-8")
    assert parse_file(str(f)).parsed.body == "Beredningsgruppen, Samordningsförbundet Norrby"


def test_a_short_header_topic_named_in_full_by_the_title_line():
    short = _SHORT_KIND_TOPIC.fullmatch("Arbetsgrupp hembesök")
    assert _kind_topic_in_full(short, "Minnesanteckningar\n**Arbetsgrupp för hembesök av äldre i Norrby**\nDatum: 3 maj") \
        == "Arbetsgrupp för hembesök av äldre i Norrby"
    # a sentence naming it so is no title line
    assert _kind_topic_in_full(short, "Arbetsgrupp för hembesök av äldre i Norrby har träffats två gånger.") \
        == "Arbetsgrupp hembesök"


def _read(text: str, body: str, roster=ROSTER, writer: str | None = None):
    p = ParsedMinutes(path="x.txt", layout="numbered", body=body, attendance=roster,
                      items=[ParsedItem(number="1", title="Punkt", body=text)])
    if writer:
        p.writer = writer
    return extract_relations(p)


def test_the_writer_of_mailed_notes_after_why_and_beside_someone_named():
    r = _read("Maria och Olle ser över om insatsen kan utvidgas till Ekeby; det förutsätter att Ekeby vill vara med, "
              "så jag stämmer av med Stina innan dess. Olle och jag sätter ihop dagordningen.",
              "Beredningsgruppen, Samordningsförbundet Norrby", writer="Eva Ek")
    got = [(a.assignees, a.task) for a in r.assignments]
    assert (["Maria Lind", "Olle Berg"], "se över om insatsen kan utvidgas till Ekeby") in got
    assert any(w == ["Eva Ek"] and t.startswith("stämma av med Stina") for w, t in got)
    assert any(w == ["Olle Berg", "Eva Ek"] and t.startswith("sätta ihop dagordningen") for w, t in got)


def test_a_choice_of_the_body_after_why_and_och():
    r = _read("Eftersom Per var gruppens vice ordförande behövde vi välja en ny, och gruppen valde Olle Berg till vice "
              "ordförande för resten av året.", "Beredningsgruppen, Samordningsförbundet Norrby")
    assert [(m.person, m.role, m.change) for m in r.memberships] == [("Olle Berg", "vice ordförande", "join")]


def test_all_of_its_kind_in_a_local_groups_minutes_is_the_body_that_met():
    r = _read("Samverkansgrupp äldre har också gett alla närvårdsgrupper i uppdrag att pröva den nya rutinen.",
              "Lokal närvårdsgrupp Åby")
    assert [a.assignees for a in r.assignments] == [["Lokal närvårdsgrupp Åby"]]
    assert [(m.from_body, m.to_body, m.kind) for m in r.mandates] == [
        ("Samverkansgrupp äldre", "Lokal närvårdsgrupp Åby", "delegates")]


def test_a_matter_taken_up_with_a_chef_by_her_title():
    assert tasks("Olle Berg tar det med avdelningens vårdenhetschef.") == [
        (["Olle Berg"], "ta det med avdelningens vårdenhetschef")]


def test_all_of_its_kind_in_the_minutes_of_the_definite_kind_and_its_place():
    r = _read("Samverkansgrupp äldre har också gett alla närvårdsgrupper i uppdrag att pröva den nya rutinen.",
              "Närvårdsgruppen Åby")
    assert [(m.from_body, m.to_body, m.kind) for m in r.mandates] == [
        ("Samverkansgrupp äldre", "Närvårdsgruppen Åby", "delegates")]


def test_a_function_by_its_place_keeps_the_notes_next_time():
    assert tasks("Nästa möte 8 juni. MAS Åby för anteckningarna nästa gång.") == [(["Olle Berg"], "föra anteckningarna nästa gång")]


def test_the_next_doers_task_after_a_comma():
    got = tasks("Stina informerar enhetscheferna i hemtjänsten, Olle tar det med avdelningens vårdenhetschef.")
    assert sorted(got) == [(["Olle Berg"], "ta det med avdelningens vårdenhetschef"),
                           (["Stina Holm"], "informera enhetscheferna i hemtjänsten")]


def test_the_convener_of_a_team_set_going_and_what_she_does_next():
    r = _read("Gruppen beslutade att starta ett processteam för trygg hemgång i Åby. Stina blir sammankallande för teamet "
              "och kallar till ett första möte under oktober.", "Lokal närvårdsgrupp Åby")
    assert [(m.person, m.group, m.role, m.change) for m in r.memberships] == [
        ("Stina Holm", "processteam för trygg hemgång i Åby", "sammankallande", "join")]
    assert sorted(a.task for a in r.assignments) == ["kalla till ett första möte under oktober",
                                                     "vara sammankallande för teamet"]


def test_a_doer_in_a_bracketed_aside_is_no_next_task():
    got = tasks("Olle Berg tar fram väntetider per hälsocentral (gick innan punkten avslutades, Stina Holm mejlar).")
    assert [w for w, _ in got] == [["Olle Berg"]]
