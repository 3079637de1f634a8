"""The paragraphs of a protocol's items as real bodies write them: which are decisions of the body that met,
which are proposals, and what the labels over them say. One construct per test, inline Swedish snippets."""
from samverkan.loaders.extract import parse_minutes

AU = ("TALLÅSA KOMMUN\nSAMMANTRÄDESPROTOKOLL\nSocialnämndens arbetsutskott\nSammanträdesdatum 2025-11-13\n\n"
      "Beslutande   Petra Lindqvist (S), ordförande\n             Göran Sjöberg (M)\n\n")


def decided(text):
    return [(d.item, d.text.rstrip("."), d.decided_by) for d in parse_minutes(AU + text, "au.txt").decisions]


def test_a_decision_heading_in_capitals_is_read_as_written_small():
    got = decided("§ 65 Redovisning av delegationsbeslut\n\nFörteckning över delegationsbeslut redovisas.\n\n"
                  "ARBETSUTSKOTTET BESLUTAR att lägga redovisningen till handlingarna.\n")
    assert got == [("65", "lägga redovisningen till handlingarna", "Arbetsutskottet")]


def test_what_the_arbetsutskott_proposes_the_nämnd_to_decide_is_no_decision():
    got = decided("§ 66 Rutin vid skolfrånvaro\n\nFörslag till beslut\n"
                  "Socialnämnden beslutar att godkänna rutinen.\n\n"
                  "Arbetsutskottets förslag till socialnämnden\n"
                  "Socialnämnden beslutar att godkänna redovisningen och att uppdraget därmed är\nslutfört.\n\n"
                  "Arbetsutskottets beslut för egen del\n"
                  "Arbetsutskottet ger socialchefen i uppdrag att bjuda in barn- och ungdomspsykiatrin.\n")
    assert [(item, text) for item, text, _ in got] == [
        ("66", "ger socialchefen i uppdrag att bjuda in barn- och ungdomspsykiatrin")]
    # the label is no body: "Arbetsutskottets beslut för egen del" decides as "Beslut" does
    assert "för egen del" not in str(got[0][2])


def test_a_decision_label_after_the_proposal_ends_it():
    got = decided("§ 67 Riktlinje\n\nFörvaltningens förslag\nSocialnämnden beslutar att anta riktlinjen.\n\n"
                  "Beslut\nArbetsutskottet beslutar att återremittera ärendet till socialförvaltningen.\n")
    assert [(item, text) for item, text, _ in got] == [("67", "återremittera ärendet till socialförvaltningen")]


def test_a_board_meeting_under_the_förbunds_name_is_its_board():
    m = parse_minutes("Samordningsförbundet Fjällmo Södra\nPROTOKOLL\nStyrelsemöte 2025-12-05\n"
                      "Plats: Förbundets kansli\n\nNärvarande: Karl-Erik Wallin, ordförande\n\n"
                      "§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n", "sf.txt")
    assert m.body == "Styrelsen, Samordningsförbundet Fjällmo Södra"


def test_a_lokal_styrgrupp_keeps_the_topic_its_name_goes_on_with():
    from samverkan.loaders.relations import find_groups
    got = [g.name for g in find_groups("att till ny representant i Lokal styrgrupp barn och unga utse Amira Haddad (V)")]
    assert got == ["Lokal styrgrupp barn och unga"]


def test_the_documents_lettered_under_anmälningsärenden_are_no_sub_items():
    m = parse_minutes(AU + "§ 8 Anmälningsärenden\na) Protokoll från beredningsgruppen 2025-11-20\n"
                           "b) Skrivelse från Region Fjällmo om medlemsbidrag 2026\n\nBeslut\n"
                           "att lägga anmälningsärendena till handlingarna.\n\n§ 9 Övrigt\na) Lokalfrågan\nInget att ta upp.\n",
                      "au.txt")
    assert [(i.number, i.parent) for i in m.items] == [("8", None), ("9", None), ("9a", "9")]
    assert [d.text.rstrip(".") for d in m.decisions] == ["lägga anmälningsärendena till handlingarna"]


DIREKTION = ("# Direktionens protokoll 14 oktober 2025\n\n**Beslutande:**\n\nAnders Holm (S) ordf.\n\nMaria Eklund (S)\n\n"
             "**Ej tjänstgörande:**\n\nNils Ragnarsson (KD)\n\n**Deltagande:**\n\nJenny Åkerman, förbundschef\n\n"
             "Organ: Direktionen för Hjälpmedelsförbundet Fjällmo\n\n")


def test_a_web_protocols_roster_names_the_unserving_ersättare_and_the_others_after_those_who_decide():
    m = parse_minutes(DIREKTION + "## § 45 Val av justerare\n\n**Direktionens beslut**\n\nMaria Eklund (S) utses att "
                                  "justera dagens protokoll.\n", "direktion.md")
    assert [(a.name, a.status, a.roles[:1]) for a in m.attendance] == [
        ("Anders Holm", "present", ["ledamot"]), ("Maria Eklund", "present", ["ledamot"]),
        ("Nils Ragnarsson", "present", ["ersättare"]), ("Jenny Åkerman", "guest", [])]
    assert m.body == "Direktionen, Hjälpmedelsförbundet Fjällmo"


def test_the_decision_label_governs_each_paragraph_and_the_description_after_it_decides_nothing():
    m = parse_minutes(DIREKTION + "## § 48 Riktlinjer\n\n**Direktionens beslut**\n\nDirektionen beslutar att rekommendera "
                                  "medlemmarna att anta riktlinjerna.\n\nFörbundschefen får i uppdrag att ta fram en "
                                  "utbildningsplan.\n\n**Beskrivning av ärendet**\n\nDirektionen antog budget för 2025 vid "
                                  "sitt sammanträde den 10 december 2024 § 61. Direktionen beslutade den 12 juni 2025 § 31 "
                                  "att ge förbundschefen i uppdrag att utreda ett lager.\n", "direktion.md")
    assert [d.text.rstrip(".") for d in m.decisions] == [
        "rekommendera medlemmarna att anta riktlinjerna", "Förbundschefen får i uppdrag att ta fram en utbildningsplan"]


def test_a_decision_told_with_the_meeting_it_was_taken_at_is_history():
    m = parse_minutes(AU + "§ 70 Budget\n\nArbetsutskottet antog budgeten vid sitt sammanträde den 10 december 2024 § 61.\n"
                           "Arbetsutskottet godkänner redovisningen.\n", "au.txt")
    assert [d.text.rstrip(".") for d in m.decisions] == ["godkänna redovisningen"]


def test_a_title_alone_before_a_name_is_no_part_of_it():
    from samverkan.loaders.names import is_title_word
    assert is_title_word("Ekonom") and is_title_word("Controller") and not is_title_word("Ekström")


def test_a_förbunds_members_are_its_huvudmän_even_where_no_region_is_named():
    from samverkan.loaders.knowledge import infer_huvudmän
    _, hs = infer_huvudmän("Bergsjöholms kommun har nominerat Sanna Öberg. Direktionen rekommenderar medlemmarna att anta.")
    assert [h.name for h in hs if "medlemmarna" in h.aliases] == ["huvudmännen"]


LVO = ("PROTOKOLL\nLedningsgruppen för vård och omsorg i Åby (LVO)\nDatum: 2025-11-27\n\nNärvarande\n"
       "Namn            Funktion            Huvudman\nHelena Strand   hälso- och sjukvårdsdirektör, ordförande   Region Åby\n"
       "Mikael Berg     socialchef          Tallvik kommun\nSara Lindh      socialchef          Ekeby kommun\n"
       "Jonas Wik       socialchef          Lövsta kommun\n\n")


def relations_of(text):
    from samverkan.loaders.relations import extract_relations
    return extract_relations(parse_minutes(text, "lvo.txt"))


def test_a_task_to_the_role_holders_of_some_huvudmän_names_them_and_its_due_date_is_no_part_of_it():
    r = relations_of(LVO + "5. Korttidsplatser\nBeslut: Det uppdras åt socialcheferna i Tallvik och Ekeby att senast den "
                           "15 januari 2026 redovisa behovet av korttidsplatser till LVO.\n")
    [a] = r.assignments
    assert (a.assignees, a.task, a.due_date) == (["Mikael Berg", "Sara Lindh"], "redovisa behovet av korttidsplatser till LVO",
                                                 "2026-01-15")


def test_a_case_handed_up_for_decision_is_referred_not_delegated_and_a_report_back_sentence_completes_the_task():
    r = relations_of(LVO + "3. Fallprevention\nBeslut: LVO ger Samverkansgrupp äldre i uppdrag att ta fram en handlingsplan. "
                           "Återrapportering sker till LVO den 19 mars 2026.\n\n4. Hemsjukvård\nBeslut: Ärendet överlämnas "
                           "till Politiskt samverkansråd Åby för beslut.\n")
    kinds = {(m.from_body.split(" (")[0], m.to_body.split(" (")[0], m.kind) for m in r.mandates}
    assert ("Samverkansgrupp äldre", "Ledningsgruppen för vård och omsorg i Åby", "reports_to") in kinds
    assert ("Ledningsgruppen för vård och omsorg i Åby", "Politiskt samverkansråd Åby", "refers") in kinds
    assert not any(k == "delegates" and to.startswith("Politiskt") for _, to, k in kinds)
    [plan] = [a for a in r.assignments if "handlingsplan" in a.task]
    assert plan.due_date == "2026-03-19" and plan.report_to.startswith("Ledningsgruppen")


def test_the_label_over_the_description_is_no_part_of_its_presenters_name():
    m = parse_minutes(DIREKTION + "## § 50 Information\n\n**Direktionens beslut**\n\nInformationen noteras.\n\n"
                                  "**Beskrivning av ärendet**\n\nFörbundschef Jenny Åkerman informerar om upphandlingen.\n",
                      "direktion.md")
    assert m.items[0].presenters == ["Jenny Åkerman"]
