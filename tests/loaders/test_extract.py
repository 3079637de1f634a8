"""What the extract stage reads from minutes: one construct per test, inline Swedish snippets."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan.graph.errors import ParseError
from samverkan.loaders.extract import (_table_columns, date_from_path, date_range_from, leading_name,
                             parse_attendance_entry, parse_minutes, place_from)

FIXTURES = Path(__file__).parent / "fixtures"


def decisions(text):
    return [(d.item, d.text, d.classification) for d in parse_minutes(text).decisions]


# ------------------------------------------------------------------ decisions

def test_att_clauses_under_beslutar_heading():
    text = "§ 1\nBudget\nLSVO beslutar\n\natt        godkänna budgeten\n\natt lägga informationen till protokollet\n"
    assert decisions(text) == [("1", "godkänna budgeten", None),
                               ("1", "lägga informationen till protokollet", "informational")]


def texts(text):
    return [(d.item, d.text) for d in parse_minutes(text).decisions]


def test_decision_paragraph_gives_one_decision_per_sentence_and_a_note_ends_it():
    text = ("§ 7\nVal av ombud\nBeslut\nLisa Holm (C) väljs till ombud i Länsrådet efter Per Ek (M).\n"
            "Till ersättare för Lisa Holm utses Omar Said (S).\nUppdraget gäller året ut.\n"
            "Per Ek (M) lämnar sammanträdet kl. 10.40.\n")
    m = parse_minutes(text)
    assert [d.text for d in m.decisions] == [
        "Lisa Holm (C) väljs till ombud i Länsrådet efter Per Ek (M).",
        "Till ersättare för Lisa Holm utses Omar Said (S).", "Uppdraget gäller året ut."]
    assert "lämnar sammanträdet" in m.items[0].body  # a note, back in the running text


def test_protocol_beslut_with_a_paragraph_per_decision():
    text = ("§ 4\nRapport\nBeslut\n\nNämnden godkänner rapporten.\n\nUppdraget gäller 2026.\n\n"
            "Eva Ek (S) lämnar sammanträdet kl. 10.40.\n\nBeslutet skickas till: Eva Ek\n\n§ 5\nÖvrigt\nInget.\n")
    m = parse_minutes(text)
    assert [d.text for d in m.decisions] == ["godkänner rapporten.", "Uppdraget gäller 2026."]
    assert m.items[0].body == "Eva Ek (S) lämnar sammanträdet kl. 10.40."


def test_inline_beslut_ends_where_people_are_given_a_task():
    text = ("Närvarande:\nKarin Berg, Norrby kommun\nOla Sund, Region Norrby\n\n"
            "3. Utbildningsdag\nBeslut: Gruppen ställer sig bakom programmet och att inbjudan går ut i\n"
            "gruppens namn.\nKarin och Ola bokar lokal till nästa möte.\n")
    m = parse_minutes(text)
    assert [d.text for d in m.decisions] == [
        "Gruppen ställer sig bakom programmet och att inbjudan går ut i gruppens namn."]
    assert "Karin och Ola bokar lokal" in m.items[0].body


def test_numbered_decisions_without_att_and_the_body_named_as_subject():
    text = ("§ 12\nRiktlinje\nBeslut\n1. Kultur- och fritidsnämnden antar riktlinjen.\n"
            "2. Förvaltningen får i uppdrag att följa upp riktlinjen\n   under 2026.\nBeslutet skickas till: Förvaltningen\n")
    assert texts(text) == [("12", "antar riktlinjen."),
                           ("12", "Förvaltningen får i uppdrag att följa upp riktlinjen under 2026.")]


def test_an_ansvar_line_under_the_decisions_ends_them():
    text = ("Minnesanteckningar\n\n3. Rutin för läkemedel\nBeslut:\n1. Gruppen ställer sig bakom rutinen.\n"
            "2. Rutinen skickas till styrgruppen.\nAnsvarig: Berit L. Sand, senast 15/10.\n\n"
            "4. Tillgänglighet\nBeslut: Gruppen beslutade att notera informationen.\n"
            "Ansvar: Olle Frisk tar fram siffror till nästa möte.\n")
    assert [t for _, t in texts(text)] == ["Gruppen ställer sig bakom rutinen.", "Rutinen skickas till styrgruppen.",
                                           "notera informationen."]


def test_a_reservation_heading_ends_the_numbered_att_clauses():
    text = ("§ 31\nRiktlinje för trygghetslarm\nBeslut\nOmsorgsnämnden beslutar\n1. att anta riktlinjen,\n"
            "2. att ge förvaltningen i uppdrag att följa upp den senast 31/3 2026.\nReservation\n"
            "Siv Holm (L) reserverar sig mot beslutet.\n")
    assert texts(text) == [("31", "anta riktlinjen"),
                           ("31", "ge förvaltningen i uppdrag att följa upp den senast 31/3 2026.")]


def test_inline_beslutar_with_samt_att_gives_two_decisions():
    text = "§ 3\nJustering\nNämnden beslutar att utse Eva Ek att justera, samt att godkänna dagordningen.\n"
    assert texts(text) == [("3", "utse Eva Ek att justera"), ("3", "godkänna dagordningen.")]


def test_och_att_before_a_deciding_verb_is_a_second_decision_and_a_that_clause_is_not():
    text = "§ 5\nJustering\nStyrelsen beslutar att utse Vera Lund att justera och att godkänna dagordningen.\n"
    assert texts(text) == [("5", "utse Vera Lund att justera"), ("5", "godkänna dagordningen.")]
    text = "§ 6\nPlan\nStyrelsen beslutar att arbeta enligt planen och att kansliet har detta i sitt uppdrag.\n"
    assert texts(text) == [("6", "arbeta enligt planen och att kansliet har detta i sitt uppdrag.")]


def test_a_group_agreeing_and_a_council_standing_behind_are_its_decisions():
    text = ("Ledningsgrupp vård – anteckningar\n\n1. Förra mötet\nGruppen enas om att lägga anteckningarna "
            "till handlingarna.\n2. Uppföljning\nLedningsgruppen var överens om att följa upp i maj.\n")
    assert texts(text) == [("1", "lägga anteckningarna till handlingarna"), ("2", "följa upp i maj")]
    text = ("Politiskt samverkansråd Österland – protokoll 2025-03-03\n\n1. Rapport\nRådet ställer sig bakom "
            "förslaget om gemensam uppföljning.\n2. Övrigt\nInget.\n")
    assert texts(text) == [("1", "ställa sig bakom förslaget om gemensam uppföljning")]


def test_bulleted_att_clause_goes_on_on_an_indented_att_line():
    text = ("§ 4\nAvtal\nRådet beslutar\n– att rekommendera kommunerna att teckna avtalet\n"
            "  att gälla från 1 januari,\n– att ge kansliet i uppdrag att informera.\n")
    assert texts(text) == [("4", "rekommendera kommunerna att teckna avtalet att gälla från 1 januari"),
                           ("4", "ge kansliet i uppdrag att informera.")]


def test_approvals_in_the_passive_read_as_the_meetings_decisions():
    text = ("1. Inledning\nOrdföranden hälsar välkommen. Dagordningen fastställs. Minnesanteckningarna från "
            "3 mars godkändes utan ändringar.\n\n2. Övrigt\nEnligt stadgan väljs ordförande för två år. "
            "Planen antogs av regionfullmäktige i maj. Uppdragslistan gås igenom. Budgeten fastställs i november.\n")
    assert texts(text) == [("1", "fastställa dagordningen"),
                           ("1", "godkänna minnesanteckningarna från 3 mars utan ändringar")]


def test_minutes_read_and_filed_in_participles_without_a_subject_file_what_the_title_names():
    # "Genomgångna och lagda till handlingarna." under "Föregående anteckningar": the participles of the reading
    # and of the filing, the minutes the title names their subject
    text = ("1) Föregående anteckningar\nGenomgångna och lagda till handlingarna.\n\n2) Rapporter\n"
            "Lästa och godkända.\n\n3) Övrigt\nLagda ut på nätet och genomgångna.\n")
    assert texts(text) == [("1", "lägga föregående anteckningar till handlingarna"), ("2", "godkänna rapporter")]


def test_an_anaphoric_subject_of_a_passive_decision_is_written_out():
    # the decision names what "Frågan" / "den" / "Protokollet" stands for; who carries it is no part of it
    text = ("Minnesanteckningar\nArbetsgrupp Tolkstöd\n\n1. Föregående möte\nMötesprotokollet från 2024-10-02 "
            "gicks igenom. Protokollet läggs till handlingarna.\n\n2. Tolkar i hemtjänsten\nRT informerade om "
            "läget. Hur tolkarna ska beställas i hemtjänsten kräver beslut av båda huvudmännen. Frågan lyfts "
            "till styrgruppen den 3 april, RT tar med den.\n\n3. Surfplattor\nDet är inte klart vem som ska "
            "betala plattorna efter försöket. Den frågan kan arbetsgruppen inte avgöra, den lyfts till "
            "styrgruppen i maj – Gunnel tar med den.\n\n4. Övrigt\nInget nytt. Frågan lyfts till RLG.\n\n"
            "5. Rapporter\nHur enkäten ska spridas är oklart. Den läggs till handlingarna.\n")
    assert texts(text) == [
        ("1", "lägga mötesprotokollet från 2024-10-02 till handlingarna"),
        ("2", "lyfta frågan om hur tolkarna ska beställas i hemtjänsten till styrgruppen den 3 april"),
        ("3", "lyfta frågan om vem som ska betala plattorna efter försöket till styrgruppen i maj"),
        ("4", "lyfta frågan till RLG"),  # nothing before it to name: as written
    ]  # "Den läggs till handlingarna" is no question handled: nothing is written out for it


def test_a_passive_detail_of_a_decided_thing_stays_with_its_decision():
    text = ("§ 3\nUtbildning\nBeslut: Gruppen ger Kansliet i uppdrag att ta fram ett förslag till kursplan. "
            "Förslaget redovisas i november. Arbetsgruppen består av AB och CD.\n")
    assert texts(text) == [("3", "ger Kansliet i uppdrag att ta fram ett förslag till kursplan; "
                                 "förslaget redovisas i november"),
                           ("3", "Arbetsgruppen består av AB och CD.")]


def test_the_body_that_met_decides_in_running_text_and_others_do_not():
    text = ("Minnesanteckningar\nArbetsgrupp Trygg hemgång\n\n1. Återkoppling\n"
            "Styrgruppen fastställde checklistan. Gruppen beslutade i mars att pröva checklistan.\n"
            "Efter diskussion föreslår arbetsgruppen att styrgruppen tar upp sommarplaneringen.\n"
            "Arbetsgruppen tackar för informationen.\n\n2. Nästa möte\nDen 4 juni.\n")
    assert texts(text) == [("1", "föreslår att styrgruppen tar upp sommarplaneringen"),
                           ("1", "tacka för informationen")]


def test_impersonal_decision_told_as_history_is_none():
    text = "1. Uppföljning\nDet beslutades då att enkäten skulle upprepas. Beslutades att skicka ut enkäten i maj.\n"
    text += "2. Nästa möte\nDen 4 juni.\n"
    assert texts(text) == [("1", "skicka ut enkäten i maj")]


@pytest.mark.parametrize("text, expected", [
    # a past-tense heading alone on its line, and "Beslutades:" as a label
    ("1. Budget\nArbetsgruppen beslutade\natt godkänna budgeten\natt skicka den till styrgruppen\n\n2. Övrigt\nInget.\n",
     [("1", "godkänna budgeten"), ("1", "skicka den till styrgruppen")]),
    ("1. Budget\nBeslutades:\natt godkänna budgeten\n\n2. Övrigt\nInget.\n", [("1", "godkänna budgeten")]),
    ("1. Budget\nMötet beslöt:\n- att godkänna budgeten\n- att bjuda in regionen\n\n2. Övrigt\nInget.\n",
     [("1", "godkänna budgeten"), ("1", "bjuda in regionen")]),
    # "beslutar att" with a bullet per decision
    ("§ 1\nBudget\nNämnden beslutar att\n- godkänna budgeten\n- uppdra åt förvaltningen att följa upp\n",
     [("1", "godkänna budgeten"), ("1", "uppdra åt förvaltningen att följa upp")]),
    ("§ 4\nBudget\nBeslut\nNämnden beslutar enligt förvaltningens förslag.\n",
     [("4", "besluta enligt förvaltningens förslag.")]),
    # a title naming no kind of body: the present tense reads as the meeting's own decision
    ("LSVO protokoll 2025-01-10\n\n§ 1 Budget\nLedningsgruppen ställer sig bakom budgeten.\n§ 2 Övrigt\nInget.\n",
     [("1", "ställa sig bakom budgeten")]),
    # a past-tense report of another body and a plan are no decisions
    ("LSVO protokoll 2025-01-10\n\n§ 1 Budget\nStyrgruppen fastställde budgeten. Vi behöver en plan.\n§ 2 Övrigt\nInget.\n", []),
    ("Socialnämnden\nProtokoll 2025-01-10\n\n§ 4\nAvtal\nKommunstyrelsen beslutade den 3 mars att anta avtalet.\n"
     "Beslut\nSocialnämnden noterar informationen.\n", [("4", "noterar informationen.")]),
    ("§ 4\nBudget\nFörslag till beslut\nNämnden föreslås besluta att godkänna budgeten.\n", []),
])
def test_decision_heading_and_narrative_variants(text, expected):
    assert texts(text) == expected


def test_clause_wrapped_over_lines_and_blank_lines():
    text = ("1). Revidering (B)\nSamverkansgruppen beslutar\n\natt           Emmy P utses att delta i\n\n"
            "arbetsgrupp. Lena H behöver stämma av med\n\nHeidi innan det lyfts till LSVO.\n\n2). Nästa\n")
    assert decisions(text) == [("1", "Emmy P utses att delta i arbetsgrupp. Lena H behöver stämma av med "
                                     "Heidi innan det lyfts till LSVO.", None)]


def test_narrative_after_a_clause_is_not_part_of_it():
    text = ("§ 133\nLOS\nLSVO beslutar\natt fortsätta arbetet\nmed processledare.\n\n\n"
            "Vidare gav Rebecca Welander en beskrivning.\n")
    assert decisions(text) == [("133", "fortsätta arbetet med processledare.", None)]


def test_numbered_bulleted_and_nested_clauses():
    text = ("§ 54/24\nKunskapsstyrning\nLSVO beslutar\n1. Att anta dokumentet.\n- att tidsbegränsa till 3 år\n"
            "att påbörja arbetet genom:\n\n- a. att inrätta en styrgrupp\n- b. att ge samordnaren i uppdrag\n")
    assert [d[1] for d in decisions(text)] == ["anta dokumentet.", "tidsbegränsa till 3 år", "påbörja arbetet genom:",
                                               "inrätta en styrgrupp", "ge samordnaren i uppdrag"]


def test_clause_with_its_own_list_keeps_the_list():
    text = "§ 110\nMedel\nLSVO beslutar\natt utbetalning sker med:\n- 150 000 kr från kod 265\n- 50 000 kr från kod 787.\n"
    assert decisions(text)[0][1] == "utbetalning sker med: - 150 000 kr från kod 265 - 50 000 kr från kod 787."


def test_clause_continues_after_a_page_break():
    text = ("§ 5\nX\nLSVO beslutar\natt godkänna förslaget om en ny\n\nJusterandes signatur\n\nUtdragsbestyrkande\n\n"
            "\nmodell för samverkan\n")
    assert decisions(text)[0][1] == "godkänna förslaget om en ny modell för samverkan"


def test_proposals_without_beslutar_are_not_decisions():
    text = ("§ 51/24\nLINK\nBesluten som är för ställningstagande vid nästa LSVO är:\n\n1. Att godkänna anslutning\n"
            "2. Att godkänna SIP i Link\n§ 52/24\nY\nPunkten bordlades.\n")
    assert decisions(text) == []


def test_kommun_decision_forms():
    text = ("§ 12\nBudget\nBeslut\nSocialnämnden beslutar att lägga redovisningen till handlingarna.\n"
            "§ 13\nMotion\nNämndens beslut\nÄrendet bordläggs till nästa sammanträde.\n"
            "§ 14\nX\nFörslag till beslut\nNämnden föreslås godkänna.\n")
    assert decisions(text) == [("12", "lägga redovisningen till handlingarna.", "informational"),
                               ("13", "Ärendet bordläggs till nästa sammanträde.", "tabled")]


def test_decided_by_and_meeting_body_from_heading():
    m = parse_minutes("§ 129\nX\nLSVO:s ledningsgrupp beslutar\natt godkänna\n")
    assert m.decisions[0].decided_by == "LSVO:s ledningsgrupp" and m.body == "LSVO:s ledningsgrupp"


def test_generic_heading_resolved_to_the_group_named_in_the_text():
    text = ("1). A (B)\nNya ledamöter i Samverkansgrupp att åldras hälsas välkomna.\nSamverkansgruppen beslutar\n"
            "att godkänna\n2). B\nSamverkansgrupp att åldras önskar mer tid. Samverkansgrupp att Åldras ses i mars.\n")
    assert parse_minutes(text).body == "Samverkansgrupp att åldras"


# ------------------------------------------------------------------ items

def test_presenters_from_foredragande_lines():
    m = parse_minutes("4). Kunskapsstyrning (I/D)\n– Presentera\nFöredragande: Birgitta Nilsson & Gunilla Månsson\n"
                      "5). Digitalisering\nFöredragande: Rebecca Welander, Marie Sjöberg och Venera Ujkani\n")
    assert [i.presenters for i in m.items] == [["Birgitta Nilsson", "Gunilla Månsson"],
                                               ["Rebecca Welander", "Marie Sjöberg", "Venera Ujkani"]]
    assert m.items[0].kind == ["I", "D"]


def test_presenters_in_prose():
    text = ("- Närvarande ledamöter: Bodil Sundlöf, enheten för kvalitet\n- Underskrifter:\nOrdförande\n\nBodil Sundlöf\n"
            "§ 48/24\nProtokoll\nOrdförande informerar om LSVO:s protokoll.\n"
            "§ 49/24\nBarn\nCarina Andersson och Helen Sjöblom Andersson presenterar uppföljningen.\n"
            "§ 52/24\nNära vård\na/ Kartläggning\nLänssamordnare Inga-Lisa Apelman presenterar kartläggningen.\n"
            "§ 53/24\nFoU\nMarkus Hjelm och Mats Wennstig presenterade vid LSVO 240412 ett förslag.\n"
            "§ 54/24\nLINK\nNuray Iliev processledare för Cosmic Link presenterar ett förslag.\n")
    got = {i.number: i.presenters for i in parse_minutes(text).items}
    assert got == {"48/24": ["Bodil Sundlöf"], "49/24": ["Carina Andersson", "Helen Sjöblom Andersson"],
                   "52/24": [], "52/24-a": ["Inga-Lisa Apelman"], "53/24": [], "54/24": ["Nuray Iliev"]}


def test_who_is_to_tell_another_body_on_a_day_to_come_presents_nothing_here():
    text = ("Minnesanteckningar\n\nNärvarande: Ingrid Fahlén, Älvby kommun; Tomas Ridderstad, Region Vassmark\n\n"
            "1. Rutin\nTomas informerade om den nya rutinen. Ingrid informerar om rutinen vid PSV den 12 december.\n"
            "2. Checklista\nIngrid redovisar checklistan för LVO den 4 februari.\n"
            "3. Rapport\nIngrid rapporterar från Samverkansrådet för vård och omsorg (SVOS) den 2 mars.\n"
            "4. Aktuellt\nTomas informerar om aktuella frågor inför förbundsstyrelsens sammanträde den 12 december.\n")
    got = {i.number: i.presenters for i in parse_minutes(text).items}
    assert got == {"1": ["Tomas Ridderstad"], "2": [], "3": ["Ingrid Fahlén"], "4": ["Tomas Ridderstad"]}


def test_presenters_after_a_title_word_or_as_the_agent_of_informerades():
    """A council's minutes: "Dietist X informerar", "Sjuksköterskan X informerar" (the title capitalised
    first, in its definite form too) and "Rådet informerades av äldreomsorgschef X om …"."""
    text = ("PROTOKOLL\nÖvriga deltagare: Sofia Lönn, dietist; Eva Ek, sjuksköterska; Helena Borg, äldreomsorgschef\n\n"
            "§ 1 Måltider\nDietist Sofia Lönn informerar om upphandlingen av matlådor.\n"
            "§ 2 Vårdhundar\nSjuksköterskan Eva Ek informerar om hundteamet.\n"
            "§ 3 Äldreomsorgsplan\nRådet informerades av äldreomsorgschef Helena Borg om arbetet med planen.\n")
    got = {i.number: i.presenters for i in parse_minutes(text).items}
    assert got == {"1": ["Sofia Lönn"], "2": ["Eva Ek"], "3": ["Helena Borg"]}


def test_presenters_who_give_an_account_or_report_the_delegated_decisions():
    text = ("§ 10\nRapport\nIda Ek redovisar styrgruppens arbete.\n"
            "§ 11\nDelegation\nKommundirektör Per Lund anmäler delegationsbeslut för maj.\n"
            "§ 12\nUppföljning\nVera Berg redovisar till nästa möte.\n"
            "§ 13\nJäv\nOlle Sten anmäler jäv och deltar inte.\n"
            "§ 14\nMobil läkare – återrapport\nMarie-Louise Tideman återrapporterar uppdraget. Förslaget bygger på "
            "en läkare per kommun.\n"
            "§ 15\nRehab\nKarl Ek återrapporterar uppdraget till rådet senast i maj.\n"
            "§ 16\nDeltagare\nHanna Gran återrapporterade att alla fem kommunerna nu har utsett var sin deltagare.\n")
    got = {i.number: i.presenters for i in parse_minutes(text).items}
    assert got == {"10": ["Ida Ek"], "11": ["Per Lund"], "12": [], "13": [], "14": ["Marie-Louise Tideman"], "15": [],
                   "16": ["Hanna Gran"]}


def test_presenters_named_by_first_name_initials_or_in_the_past_tense():
    """Notes name the presenter as the roster lets them: a first name, initials, a middle initial; in the
    past tense; with a relative clause after the name. Telling what will be presented at another meeting,
    or a first name two attendees share, names nobody."""
    text = ("Närvarande: Nora Lindgren (NL), Ivar Holm, Tove K. Berg, Sofia Ek, Sofia Ahl\n\n"
            "1. Läget på BUP\nNora informerade: väntetiderna har kortats.\n\n"
            "2. Utbildning\nIH redogjorde för planeringen av vårens utbildningsdagar.\n\n"
            "3. Hemgång\nTove K. Berg föredrog förslaget till rutin.\n\n"
            "4. Läkemedel\nIvar, som ingår i regionens läkemedelsgrupp, berättade att listan är klar.\n\n"
            "5. Styrgruppen\nNL redovisar arbetet vid styrgruppens möte i mars.\n\n"
            "6. Övrigt\nSofia berättade om en konferens.\n\n"
            "7. Runda\nIvar: tre utskrivningar i veckan.\n•  ingen väntetid\nNora: inget nytt. Beslut: att notera.\n\n"
            "8. Metod\nIH beskrev hur kartläggningen går till. Sofia: inget att tillägga.\n")
    got = {i.number: i.presenters for i in parse_minutes(text).items}
    assert got == {"1": ["Nora Lindgren"], "2": ["Ivar Holm"], "3": ["Tove K. Berg"], "4": ["Ivar Holm"],
                   "5": [], "6": [], "7": ["Ivar Holm", "Nora Lindgren"], "8": ["Ivar Holm"]}


def test_who_shows_figures_presents_and_who_welcomes_chairs():
    """Notes tell a presentation by first name: "Mia visade täckningsgraden", "Lena tar upp att …", "Helen
    tog upp önskemålet …". Opening the meeting and
    welcoming is chairing it, not presenting (as the shared gold reads "X hälsar välkommen")."""
    text = ("Närvarande: Mia Forsell, Helen Vass, Lena Broman\n\n"
            "1. Inledning\nHelen hälsade välkommen, särskilt Lena som är ny.\n\n"
            "2. Palliativregistret\nMia visade täckningsgraden per kommun.\n\n"
            "3. Statistik\nDet visade sig att täckningen är låg.\n\n"
            "4. Övrigt\na) Barn som anhöriga. Lena tar upp att barnen sällan får stöd.\n\n"
            "5. Hultsjö\nHelen tog upp önskemålet att teamet även besöker Hultsjö.\n\n"
            "6. Elevhälsan\nMia beskrev ett försök i Tallmo med gemensamma mottagningsdagar.\n")
    got = {i.number: i.presenters for i in parse_minutes(text).items}
    assert got == {"1": [], "2": ["Mia Forsell"], "3": [], "4": ["Lena Broman"], "5": ["Helen Vass"],
                   "6": ["Mia Forsell"]}


def test_distribution_and_documents():
    text = ("§ 53/24\nFoU\nText.\n\nDokument:\n\n- Beslutsunderlag\n- PPT\n\nProtokollet skickas till\n\n"
            "- FoU-verksamheten\n- PSVO\n\n§ 54/24\nY\n")
    it = parse_minutes(text).items[0]
    assert it.documents == ["Beslutsunderlag", "PPT"] and it.distribution == ["FoU-verksamheten", "PSVO"]
    assert it.body == "Text."


def test_agenda_item_announcements_are_not_sub_items():
    m = parse_minutes("§ 108\nGodkännande av föredragningslista\nFöljande frågor anmäldes:\na/ Cosmic Link\nb/ Barnahus\n"
                      "§ 117\nÖvriga frågor\na/ Cosmic Link\nText\nb/ Barnahus\n")
    assert [(i.number, i.parent) for i in m.items] == [("108", None), ("117", None), ("117a", "117"), ("117b", "117")]


# ------------------------------------------------------------------ attendance

@pytest.mark.parametrize("line,name,title,unit,org,paragraphs", [
    ("Björn Petersson, förvaltningschef Arbete- och välfärdsförvaltningen, Sölvesborgs kommun",
     "Björn Petersson", "förvaltningschef", "Arbete- och välfärdsförvaltningen", "Sölvesborgs kommun", []),
    ("Henning Fuhrman, tf förvaltningschef Kunskapsförvaltningen, Karlskrona kommun",
     "Henning Fuhrman", "tf förvaltningschef", "Kunskapsförvaltningen", "Karlskrona kommun", []),
    ("Maria Arvidsson-Karlsson, hälso- och sjukvårdschef Medicinska serviceverksamheter, Region Blekinge",
     "Maria Arvidsson-Karlsson", "hälso- och sjukvårdschef", "Medicinska serviceverksamheter", "Region Blekinge", []),
    ("Anna-Karin Åkesson verksamhetschef Ronneby kommun§111", "Anna-Karin Åkesson", "verksamhetschef", None,
     "Ronneby kommun", ["§111"]),
    ("Annika Mellqvist; Region Blekinge", "Annika Mellqvist", None, None, "Region Blekinge", []),
    ("Gunilla Råberg, äldreförvaltningen Karlskrona kommun (kommer sent)", "Gunilla Råberg", None,
     "Äldreförvaltningen", "Karlskrona kommun", []),
    ("Helen Sjöblom-Andersson, FoU-strateg FoU-verksamheten §49", "Helen Sjöblom-Andersson", "FoU-strateg",
     "FoU-verksamheten", None, ["§49"]),
    ("André Jönsson, t.f. förvaltningschef Vård- och omsorgsförvaltningen, Sölvesborgs kommun", "André Jönsson",
     "t.f. förvaltningschef", "Vård- och omsorgsförvaltningen", "Sölvesborgs kommun", []),
    # a title written as its acronym is a title, not a unit the person works at
    ("Sofia Nyberg, MAS, § 17", "Sofia Nyberg", "MAS", None, None, ["§17"]),
    ("Ingrid Sjöberg, Åsta kommun, MAS/MAR", "Ingrid Sjöberg", "MAS/MAR", None, "Åsta kommun", []),
])
def test_attendance_entry_fields(line, name, title, unit, org, paragraphs):
    e, _ = parse_attendance_entry(line, "present", ["ledamot"])
    assert (e.name, e.title, e.unit, e.organisation, e.paragraphs) == (name, title, unit, org, paragraphs)


def test_attendance_columns_split_by_pdf_extraction():
    text = ("Närvarande ledamöter:\nOrdförande\n\n\nBodil Sundlöf, Enheten för kvalitet, Region Blekinge\n"
            "Annelie Kjellström, förvaltningschef Vård- och omsorgsförvaltningen, Sölvesborgs\nkommun\n"
            " Frånvarande:\n\n\nÖvriga deltagare och\nföredragande:\n\n\nMartin Åsman, förvaltningschef, Sölvesborgs\n"
            "kommun\n\n\nAnita Sjödahl, samordnare Region Blekinge §110\n\n"
            "Sekreterare:        Mats Wennstig, Enheten för kvalitet, Region Blekinge\n"
            "§ 108\nGodkännande\n")
    att = {a.name: a for a in parse_minutes(text).attendance}
    assert [(n, a.status) for n, a in att.items()] == [
        ("Bodil Sundlöf", "present"), ("Annelie Kjellström", "present"), ("Martin Åsman", "absent"),
        ("Anita Sjödahl", "guest"), ("Mats Wennstig", "present")]
    assert att["Bodil Sundlöf"].roles == ["ledamot", "ordförande"]
    assert att["Annelie Kjellström"].organisation == "Sölvesborgs kommun"
    assert att["Mats Wennstig"].roles == ["sekreterare"]


def test_digital_attendance_with_signatures_merged():
    text = ("- Plats och tid: Teams, den 24 maj 2024, klockan 08:30-12:00\n"
            "- Närvarande ledamöter: Bodil Sundlöf, enheten för kvalitet och utveckling\n"
            "Karin Nedfors, enheten för kvalitet och utveckling\nRobert Schelin, socialförvaltningen Olofströms kommun\n"
            "- Förhinder: Mats Berggren, Region Blekinge\n- Tjänstepersoner: Nuray Iliev, projektledare §51\n"
            "- Underskrifter: Sekreterare _____ Paragraf 46 - 56\nKarin Nedfors, enheten för kvalitet\n\nOrdförande\n\n"
            "Bodil Sundlöf\n\nJusterare\n\nRobert Schelin\n\nJusterandes signatur\n\nInnehållsförteckning\n\n"
            "Val av justerare\t§ 46/24\n\n§ 46/24\n\nVal av justerare\n")
    m = parse_minutes(text)
    assert (m.date, m.time, m.place, m.paragraphs_range) == ("2024-05-24", "08:30-12:00", "Teams", ("46", "56"))
    assert [(a.name, a.status, a.roles) for a in m.attendance] == [
        ("Bodil Sundlöf", "present", ["ledamot", "ordförande"]),
        ("Karin Nedfors", "present", ["ledamot", "sekreterare"]),
        ("Robert Schelin", "present", ["ledamot", "justerare"]),
        ("Mats Berggren", "absent", ["ledamot"]),
        ("Nuray Iliev", "guest", [])]


def test_party_tags_and_substitutes():
    e, who = parse_attendance_entry("Karin Lund (C), tjänstgörande ersättare för Per Nyman (M)", "present", ["ledamot"])
    # (the seat held at this meeting written out: that role beside the plain ersättare)
    assert (e.name, e.party, e.roles, e.substitute_for, who) == (
        "Karin Lund", "(C)", ["ersättare", "tjänstgörande ersättare"], "Per Nyman", "Per Nyman")
    e, _ = parse_attendance_entry("Anna Berg (S), ordförande", "present", ["ledamot"])
    assert (e.party, e.roles) == ("(S)", ["ledamot", "ordförande"])
    # under the ledamöter of their huvudman: "tjänstgör för" the one whose seat they take, serving as "tjg för" says too
    e, who = parse_attendance_entry("Niklas Fors (KD), tjänstgör för Margareta Öberg (S)", "present", ["ledamot"])
    assert (e.roles, e.title, who) == (["ersättare", "tjänstgörande ersättare"], None, "Margareta Öberg")


def test_leading_name_refuses_non_names():
    assert leading_name("Justerandes signatur")[0] == ""
    assert leading_name("Region Blekinge")[0] == ""
    assert leading_name("Mats Wennstig, Enheten")[0] == "Mats Wennstig"
    assert leading_name("Vårdcentralen Ekeby")[0] == ""


# ------------------------------------------------------------------ meeting date, time and place

def test_title_block_date_and_tid_och_plats():
    m = parse_minutes("LSVO\nSammanträdesprotokoll\n2023-11-17\n\nTid och plats: Fredagen den 17 november 2023 "
                      "kl. 08.15 - 12.00, via Teams\n§ 108\nX\n")
    assert (m.body, m.date, m.time, m.place, m.warnings[:1]) == ("LSVO", "2023-11-17", "08.15-12.00", "Teams", ["no decisions found"])


def test_place_from():
    assert place_from("Teams, den 24 maj 2024, klockan 08:30-12:00") == "Teams"
    assert place_from("Kommunhuset, Lilla salen") == "Kommunhuset, Lilla salen"


def test_date_range_from_references():
    text = ("Information från LSVO 2023-12-15: beslut togs. Det kommer genomföras tre intervjuer 2023-12-18. "
            "Projektet pågick från 2021-10-01 till 2025-06-01.")
    assert date_range_from(text) == ("2023-12-16", "2023-12-18")  # after the meeting it reports from
    assert date_range_from("Frågan lyftes vid LSVO 210604. Svaret skickas ut till LSVO i september.") == (
        "2021-06-05", "2021-08-31")
    assert date_range_from("Inga datum här.") is None


def test_date_range_from_dates_without_their_year():
    # the document names one year: dates without a year are in it, on the side their sentence says
    text = ("Anteckningar, möte 2/2026. Nätverket hade sitt första möte den 3 mars. "
            "Statistik för januari–april 2026 redovisades. Nästa möte hålls torsdagen den 8 oktober.")
    assert date_range_from(text) == ("2026-03-04", "2026-10-08")
    # a date whose sentence says neither past nor upcoming bounds nothing
    assert date_range_from("Möte 2/2026. Rapporten redovisas vid mötet den 8 oktober.") is None
    # two years named: which one a bare date is in is unknown
    assert date_range_from("Plan 2025–2027. Nätverket hade sitt första möte den 3 mars.") is None


def test_undated_minutes_warn_and_use_the_file_name_or_default():
    text = "1). A\nProtokoll för mötet 2024-04-01 presenterades.\n"
    m = parse_minutes(text, "notes/2024-04-20_samverkansgrupp.txt")
    assert m.date == "2024-04-20" and m.warnings
    m = parse_minutes("1). A\nText\n", "x.txt", default_date="2024-01-02")
    assert m.date == "2024-01-02" and any("default" in w for w in m.warnings)
    m = parse_minutes(text, "x.txt")
    assert m.date is None and m.date_range == ("2024-04-02", "9999-12-31")
    assert date_from_path("LSVO 240524.pdf") == "2024-05-24"


# ------------------------------------------------------------------ errors

@pytest.mark.parametrize("text", ["", "   \n\n", "Bara löptext utan punkter.\nInget mer.", "att\natt\n"])
def test_no_structure_raises_parse_error(text):
    with pytest.raises(ParseError):
        parse_minutes(text, "x.txt")


def test_minutes_with_unnumbered_markdown_sections_read_decisions_from_each():
    m = parse_minutes("# Minnesanteckningar Nätverk Hemgång\nDatum: 2025-01-14\n\n## Närvarande\n- Anna Berg\n"
                      "- Olle Sund\n\n## Inledning\nDagordningen godkänns.\n\n## Beslut\n"
                      "- Nätverket ställer sig bakom planen.\n", "x.md")
    assert [(i.number, i.title) for i in m.items] == [("1", "Inledning"), ("2", "Beslut")]
    assert [(d.item, d.text) for d in m.decisions] == [("1", "godkänna dagordningen"), ("2", "ställa sig bakom planen")]
    assert [a.name for a in m.attendance] == ["Anna Berg", "Olle Sund"]


def test_minutes_without_items_keep_meeting_attendance_and_decisions():
    m = parse_minutes("Minnesanteckningar Styrgrupp Trygg vård\nDatum: 2025-09-02\n\nDeltagare:\n"
                      "Eva Ström, Region Norrby\n\nStyrgruppen beslutar att fastställa tidplanen.\n", "x.txt")
    assert [a.name for a in m.attendance] == ["Eva Ström"] and m.date == "2025-09-02"
    assert [(d.item, d.text) for d in m.decisions] == [(None, "fastställa tidplanen.")]
    assert [i.number for i in m.items] == [None]
    assert any("no agenda items" in w for w in m.warnings)


def test_what_another_body_shall_do_after_a_decision_told_in_running_text_is_no_decision():
    head = "Minnesanteckningar Styrgrupp psykisk hälsa\nDatum: 2025-10-15\n\n## Punkt 4 – Suicidprevention\n\n"
    told = ("Styrgruppen beslutar att inrätta en arbetsgrupp för suicidprevention. Tove Lindahl blir sammankallande. "
            "Arbetsgruppen ska lämna ett förslag till handlingsplan senast i mars 2026.\n")
    m = parse_minutes(head + told, "x.md")
    assert [d.text for d in m.decisions] == ["inrätta en arbetsgrupp för suicidprevention.",
                                             "Tove Lindahl blir sammankallande."]
    # under a "Beslut" label the paragraph is the decision's wording, the other body's duty included
    m = parse_minutes(head + "Beslut: " + told, "x.md")
    assert any(d.text.startswith("Arbetsgruppen ska lämna") for d in m.decisions)


# ------------------------------------------------------------------ own minutes in other layouts

def test_fixture_kommun_protocol():
    m = parse_minutes((FIXTURES / "socialnamnden_2024-03-12.txt").read_text(encoding="utf-8"),
                      "socialnamnden_2024-03-12.txt")
    assert (m.layout, m.body, m.date, m.time) == ("kommun", "Socialnämnden", "2024-03-12", "13.00-16.30")
    assert m.place == "Stadshuset, sammanträdesrum Ekbacken" and m.paragraphs_range == ("12", "15")
    assert [(i.number, i.title) for i in m.items] == [
        ("12", "Ekonomisk uppföljning februari"), ("13", "Internkontrollplan 2024"),
        ("14", "Motion om fler fritidsgårdar"), ("15", "Delegationsbeslut")]
    assert [(d.item, d.classification) for d in m.decisions] == [
        ("12", "informational"), ("13", None), ("13", None), ("14", "tabled"), ("15", None)]
    att = {a.name: a for a in m.attendance}
    assert att["Anna Berg"].roles == ["ledamot", "ordförande"] and att["Anna Berg"].party == "(S)"
    assert "justerare" in att["Olle Ek"].roles
    assert (att["Karin Lund"].substitute_for, att["Per Nyman"].status) == ("Per Nyman", "absent")
    assert att["Lena Strand"].roles == ["ersättare"] and att["Lena Strand"].status == "present"
    assert (att["Maja Ström"].status, att["Maja Ström"].paragraphs) == ("guest", ["§12-14"])
    assert att["Tove Nilsson"].roles == ["sekreterare"]
    assert m.items[0].presenters == ["Erik Dahl"] and m.items[3].presenters == ["Maja Ström"]
    assert m.items[0].distribution == ["Ekonomienheten"]


def test_fixture_table_attendance():
    m = parse_minutes((FIXTURES / "styrgrupp_tabell.txt").read_text(encoding="utf-8"))
    assert (m.body, m.date, m.time, m.place) == ("Styrgrupp Trygg hemgång", "2024-09-05", "09.00-11.00",
                                                 "Regionhuset, rum Solen")
    assert [(a.name, a.status, a.organisation) for a in m.attendance] == [
        ("Eva Lindqvist", "present", "Region Kronoberg"), ("Jon Berglund", "present", "Växjö kommun"),
        ("Mira Sandberg", "present", "Alvesta kommun"), ("Tor Ask", "guest", "Ljungby kommun"),
        ("Ulla Rask", "absent", "Tingsryds kommun")]
    roles = {a.name: a.roles for a in m.attendance}
    assert "ordförande" in roles["Eva Lindqvist"] and "sekreterare" in roles["Mira Sandberg"]
    assert roles["Tor Ask"] == ["adjungerad"]
    assert [i.number for i in m.items] == ["1", "2", "2a", "2b", "3"]
    assert [(d.item, d.text) for d in m.decisions] == [
        ("1", "godkänna dagordningen."), ("2b", "Mira Sandberg sammanställer uppföljningen till nästa möte.")]


def test_fixture_markdown_minutes():
    m = parse_minutes((FIXTURES / "folkhalsoradet.md").read_text(encoding="utf-8"))
    assert (m.body, m.date, m.time, m.place) == ("Folkhälsorådet", "2024-10-14", "10.00-12.00", "Kommunhuset, Lilla salen")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Hanna Ek", "present"), ("Ola Berg", "present"), ("Siv Lund", "present"), ("Per Sjö", "absent"),
        ("Ida Holm", "present")]
    assert "ordförande" in m.attendance[0].roles and m.attendance[4].roles == ["sekreterare"]
    assert [(i.number, i.title) for i in m.items] == [("21", "Föregående protokoll"),
                                                      ("22", "Handlingsplan för psykisk hälsa"), ("23", "Övriga frågor")]
    assert [(d.item, d.text) for d in m.decisions] == [
        ("21", "godkänner protokollet från 2024-09-09."), ("22", "anta handlingsplanen"),
        ("22", "ge Ola Berg i uppdrag att återrapportera i december")]


def test_a_group_name_broken_before_att_vaxa_upp_stays_in_its_clause():
    from samverkan.loaders.extract import parse_minutes

    text = ("1). Sammankallande (B)\n\nArbetsgruppen beslutar\n\n"
            "att          Johanna Theandersson ersätter Therese Berggren som sammankallande för Samverkansgrupp\n"
            "Att växa upp\n\n2). Nästa möte (I)\n\nNästa möte hålls i maj.\n")
    assert [d.text for d in parse_minutes(text, "x.txt").decisions] == [
        "Johanna Theandersson ersätter Therese Berggren som sammankallande för Samverkansgrupp Att växa upp"]


def test_the_body_behind_arbetsgruppen_is_its_longest_steady_name():
    from samverkan.loaders.extract import _specific_group

    text = ("Arbetsgruppen beslutar att … återkommer till Arbetsgrupp Hälsoundersökningar för placerade barn i mars. "
            "Utse Emma Åkesson till ledamot i Arbetsgrupp Hälsoundersökningar för placerade barn för Region Blekinge. "
            "Rapport till Arbetsgrupp Hälsoundersökningar för placerade barn vid nästa möte.")
    assert _specific_group(text, "Arbetsgruppen") == "Arbetsgrupp Hälsoundersökningar för placerade barn"


# ------------------------------------------------------------------ attendance in every shape

def _att(text):
    return {a.name: a for a in parse_minutes(text + "\n1. Föregående anteckningar\nGodkändes.\n"
                                             "2. Nästa möte\nI maj.\n").attendance}


def test_pipe_table_with_a_presence_column():
    att = _att("Arbetsgrupp rehab\nDatum: 2025-01-20\n\nDeltagare\n\n"
               "| Namn | Organisation | Funktion | Närvarande (ja/nej) |\n|---|---|---|---|\n"
               "| Anna Lund | Norrvik kommun | Fysioterapeut, sammankallande, antecknar | ja |\n"
               "| Per Nyberg | Norrvik kommun | Arbetsterapeut (tjänstledig) | nej |\n"
               "| Sofia Ek | Region Österland | Rehabkoordinator, ersätter P. Nyberg | ja |\n")
    assert {n: a.status for n, a in att.items()} == {"Anna Lund": "present", "Per Nyberg": "absent",
                                                     "Sofia Ek": "present"}
    assert att["Anna Lund"].roles == ["ledamot", "sammankallande", "sekreterare"]
    assert att["Anna Lund"].organisation == "Norrvik kommun"
    assert (att["Sofia Ek"].substitute_for, att["Sofia Ek"].organisation) == ("Per Nyberg", "Region Österland")


def test_members_per_huvudman_in_columns_with_party_tags():
    att = _att("Politiskt råd\nProtokoll 2025-02-03\n\n"
               "Närvarande         Ledamöter                          Ersättare\n\n"
               "Region Österland   Maria Berg (S), ordförande         Johan Öst (M)\n"
               "                   Leo Sand (M)\n"
               "Norrvik kommun     Karl Ahl (C), 1:e vice ordf.       Emir Hadžić (S), förhinder\n"
               "Västby kommun      Ida Strand (L), förhinder          Nils Falk (KD), tjänstgör\n"
               "Åby kommun         Vera Lind (V)                      vakant\n\n"
               "Övriga deltagare   Eva Mård, socialchef, Åby kommun\n")
    got = {n: (a.status, a.roles, a.organisation, a.party) for n, a in att.items()}
    assert got == {
        "Maria Berg": ("present", ["ledamot", "ordförande"], "Region Österland", "(S)"),
        "Johan Öst": ("present", ["ersättare"], "Region Österland", "(M)"),
        "Leo Sand": ("present", ["ledamot"], "Region Österland", "(M)"),
        "Karl Ahl": ("present", ["ledamot", "1:e vice ordförande"], "Norrvik kommun", "(C)"),
        "Emir Hadžić": ("absent", ["ersättare"], "Norrvik kommun", "(S)"),
        "Ida Strand": ("absent", ["ledamot"], "Västby kommun", "(L)"),
        "Nils Falk": ("present", ["ersättare", "tjänstgörande ersättare"], "Västby kommun", "(KD)"),
        "Vera Lind": ("present", ["ledamot"], "Åby kommun", "(V)"),
        "Eva Mård": ("guest", [], "Åby kommun", None)}


def test_x_marks_who_attended_and_the_unmarked_were_absent():
    att = _att("Samordningsgrupp\nDatum: 2025-03-03\n\n"
               "LEDAMÖTER                                  ERSÄTTARE\n"
               "x  Olof Berg, Region Österland, ordf.         Lina Ström, Region Österland\n"
               "   Siv Dahl, Norrvik kommun                x  Ali Rezai, Norrvik kommun, tjg\n\n"
               "x = närvarande    tjg = tjänstgörande ersättare\n")
    assert {n: (a.status, a.roles) for n, a in att.items()} == {
        "Olof Berg": ("present", ["ledamot", "ordförande"]), "Lina Ström": ("absent", ["ersättare"]),
        "Siv Dahl": ("absent", ["ledamot"]), "Ali Rezai": ("present", ["ersättare"])}


def test_word_table_with_party_presence_and_serving_substitute_columns():
    att = _att("Omsorgsnämnden\nSammanträdesprotokoll 2025-04-01\n\nNärvarande\n"
               "Ledamöter\tParti\tNärvaro\tTjänstgörande ersättare\n"
               "Kim Ek, ordförande\tS\tX\t\n"
               "Rut Sund\tM\t–\tOla Berg (M)\n"
               "Ersättare\tParti\tNärvaro\tAnmärkning\n"
               "Ola Berg\tM\tX\ttjänstgör §§ 1–5\n"
               "Jan Ros\tC\t–\tanmält förhinder\n"
               "Övriga närvarande\tFunktion\t§\n"
               "Nora Lind\tnämndsekreterare\t1–5\n")
    assert {n: (a.status, a.roles, a.party) for n, a in att.items()} == {
        "Kim Ek": ("present", ["ledamot", "ordförande"], "(S)"), "Rut Sund": ("absent", ["ledamot"], "(M)"),
        "Ola Berg": ("present", ["ersättare"], "(M)"), "Jan Ros": ("absent", ["ersättare"], "(C)"),
        # the nämndsekreterare keeps the minutes where no one else is said to
        "Nora Lind": ("guest", ["sekreterare"], None)}


def test_a_roster_with_initials_and_attendance_written_in_initials():
    att = _att("Samverkansgrupp unga\nAnteckningar 2025-05-05\n\n"
               "Närvarande:   ABE (sammankallande), KL, MÅ (anteckningar)\nFrånvarande:  KLi\nAdjungerade:  SN (p. 2)\n\n"
               "Deltagarförteckning\nABE   Anna-Britt Ek, verksamhetschef, Region Österland\n"
               "KL    Karl Lund, IFO-chef, Norrvik kommun\nKLi   Kerstin Lindberg, rektor, Åby kommun\n"
               "MÅ    Mira Åsberg, utvecklingsledare, Region Österland\nSN    Sami Nurmi, projektledare, Region Österland\n")
    got = {n: (a.status, a.roles, a.initials) for n, a in att.items()}
    assert got == {"Anna-Britt Ek": ("present", ["ledamot", "sammankallande"], "ABE"),
                   "Karl Lund": ("present", ["ledamot"], "KL"),
                   "Kerstin Lindberg": ("absent", ["ledamot"], "KLi"),
                   "Mira Åsberg": ("present", ["ledamot", "sekreterare"], "MÅ"),
                   "Sami Nurmi": ("guest", ["adjungerad"], "SN")}


def test_initials_in_brackets_are_no_party():
    e, _ = parse_attendance_entry("Tove Berg (TB), förbundschef, Samordningsförbundet (Teams, p. 1–3)", "present", ["ledamot"])
    assert (e.name, e.initials, e.party, e.paragraphs) == ("Tove Berg", "TB", None, ["1–3"])
    e, _ = parse_attendance_entry("Tove Berg (KD)", "present", ["ledamot"])
    assert (e.initials, e.party) == (None, "(KD)")


def test_several_people_on_one_wrapped_line_with_paragraphs():
    att = _att("Socialnämnden\nProtokoll 2025-06-02\n"
               "Beslutande               Ulla Ek (S), ordförande\n"
               "                         Bo Holm (M) §§ 1–3, Lejla Begović (V)\n"
               "Tjänstgörande            Rami Saad (S) för Ulla Ek (S), §§ 4–5\n"
               "ersättare                Stina Bo (C) för Åke Moberg (C)\n"
               "Justeringens             Kommunhuset, Norrvik,\n"
               "plats och tid            fredagen den 6 juni 2025\n")
    got = {n: (a.status, a.roles) for n, a in att.items()}
    assert got == {"Ulla Ek": ("present", ["ledamot", "ordförande"]), "Bo Holm": ("present", ["ledamot"]),
                   "Lejla Begović": ("present", ["ledamot"]), "Rami Saad": ("present", ["ersättare"]),
                   "Stina Bo": ("present", ["ersättare"]), "Åke Moberg": ("absent", ["ledamot"])}


def test_a_title_before_the_name_and_a_name_written_surname_first():
    e, _ = parse_attendance_entry("Avdelningschef Rasmus Eklöf, Norrvik kommun", "present", ["ledamot"])
    assert (e.name, e.title, e.organisation) == ("Rasmus Eklöf", "avdelningschef", "Norrvik kommun")
    e, _ = parse_attendance_entry("Ordföranden Birgitta Hall", "present", ["ledamot"])
    assert (e.name, e.roles) == ("Birgitta Hall", ["ledamot", "ordförande"])
    e, _ = parse_attendance_entry("Åkerlund Linnea, Norrvik kommun", "present", ["ledamot"])
    assert e.name == "Linnea Åkerlund"
    e, _ = parse_attendance_entry("Karin Lund, Norrvik kommun", "present", ["ledamot"])
    assert e.name == "Karin Lund"  # given name first already: left alone


def test_a_seat_written_before_the_name_in_a_protocol_roster():
    e, _ = parse_attendance_entry("Vice ordförande Tilda Sandberg (S)", "present", ["ledamot"])
    assert (e.name, e.party, e.roles) == ("Tilda Sandberg", "(S)", ["ledamot", "vice ordförande"])
    e, _ = parse_attendance_entry("Ledamot Oskar Hedin (KD)", "present", ["ledamot"])
    assert (e.name, e.roles) == ("Oskar Hedin", ["ledamot"])
    e, _ = parse_attendance_entry("Ersättare Vera Lund (MP)", "present", ["ledamot"])
    assert (e.name, e.roles) == ("Vera Lund", ["ersättare"])
    text = ("NORRVIK KOMMUN      SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen     2025-04-02\n\n"
            "Beslutande          Ordförande Arvid Ek (M)\n"
            "                    Vice ordförande Tilda Sandberg (S)\n"
            "                    Ledamot Oskar Hedin (KD)\n\n§ 1  Dagordning\nGodkänns.\n")
    got = {e.name: e.roles for e in parse_minutes(text).attendance}
    assert got == {"Arvid Ek": ["ledamot", "ordförande"], "Tilda Sandberg": ["ledamot", "vice ordförande"],
                   "Oskar Hedin": ["ledamot"]}


def test_a_run_of_people_written_surname_comma_given_with_details_in_brackets():
    text = ("Ledningsgrupp vård och omsorg – anteckningar\n\n"
            "Närvarande: Lindberg, Sofie (socialchef, Norrvik kommun, ordförande),\n"
            "Hedström, Pål (primärvårdschef, Region Österland), Nyberg, Ida (sekreterare)\n"
            "Förhinder: Sandell, Göran (förvaltningschef, Västerå kommun)\n\n"
            "1. Föregående anteckningar\nInga synpunkter.\n")
    got = {e.name: (e.status, e.organisation) for e in parse_minutes(text).attendance}
    assert got == {"Sofie Lindberg": ("present", "Norrvik kommun"), "Pål Hedström": ("present", "Region Österland"),
                   "Ida Nyberg": ("present", None), "Göran Sandell": ("absent", "Västerå kommun")}


def test_an_official_in_a_roster_of_politicians_by_party_is_no_member():
    # a Word table as the reader gives it: one row a line, a tab between cells
    text = ("NORRVIK KOMMUN\tPROTOKOLL\nSocialnämnden\nSammanträde 3 mars 2025\nNärvaro\n"
            "Namn\tParti\tFunktion\tNärvaro\n"
            "Arvid Ek\tM\tOrdförande\tNärvarande\n"
            "Tilda Sandberg\tS\tLedamot\tFrånvarande\n"
            "Oskar Hedin\t\tFörvaltningschef\tNärvarande\n\n"
            "Ärende 1 Dagordning\nBeslutades att godkänna dagordningen.\nÄrende 2 Övrigt\nInget.\n")
    got = {e.name: (e.status, "ledamot" in e.roles) for e in parse_minutes(text).attendance}
    assert got == {"Arvid Ek": ("present", True), "Tilda Sandberg": ("absent", True),
                   "Oskar Hedin": ("guest", False)}


def test_the_dates_of_an_action_list_are_due_dates_after_an_undated_meeting():
    text = ("Ledningsgrupp – anteckningar\n\n4. Uppdragslista\n"
            "Åtgärd                          | Ansvarig    | Klart\n"
            "Bjuda in till gemensamt möte    | Ida Ek      | 2025-10-15\n"
            "5. Nästa möte\nNästa möte hålls den 12 november 2025.\n")
    assert date_range_from(text) == ("0001-01-01", "2025-10-15")


def test_lines_that_look_like_tables_but_are_not_attendance():
    assert _table_columns([(0, "Ordförande"), (20, "Sekreterare")]) is None
    assert _table_columns([(0, "Datum"), (10, "2025-01-01")]) is None
    att = _att("Styrgrupp\nDatum: 2025-01-20\nNärvarande:\nAnna Lund, förvaltningschef,\nRegion Österland\n"
               "Per Ek, Norrvik kommun\n")
    assert {n: a.organisation for n, a in att.items()} == {"Anna Lund": "Region Österland", "Per Ek": "Norrvik kommun"}


def test_signatures_side_by_side_over_their_roles_and_under_justeras():
    text = ("Arbetsgrupp\nDatum: 2025-01-20\nNärvarande: Lena Ek (ordförande), Omar Berg, Siv Holm\n"
            "1. Öppnande\nMötet öppnas.\n2. Avslut\nMötet avslutas.\n\nVid protokollet\n\nSiv Holm\n\nJusteras\n\n"
            "Lena Ek                         Omar Berg\nordförande                      justerare\n")
    att = {a.name: a.roles for a in parse_minutes(text).attendance}
    assert att == {"Lena Ek": ["ledamot", "ordförande"], "Omar Berg": ["ledamot", "justerare"],
                   "Siv Holm": ["ledamot", "sekreterare"]}
    text = text.replace("ordförande                      justerare\n", "")
    att = {a.name: a.roles for a in parse_minutes(text).attendance}
    assert att["Lena Ek"] == ["ledamot", "ordförande"] and att["Omar Berg"] == ["ledamot", "justerare"]


def test_a_signature_label_in_the_left_column():
    text = ("Nämnden\nProtokoll 2025-01-20\nBeslutande   Ulla Ek (S), ordförande\n"
            "Övriga närvarande   Nora Lind, nämndsekreterare\n"
            "Underskrifter   Sekreterare ............ Nora Lind\n              Ordförande  ............ Ulla Ek\n"
            "§ 1\nÖppnande\n")
    att = {a.name: a.roles for a in parse_minutes(text).attendance}
    assert att == {"Ulla Ek": ["ledamot", "ordförande"], "Nora Lind": ["sekreterare"]}


def test_meeting_roles_told_in_the_running_text():
    from samverkan.loaders.extract import roles_from_text
    from samverkan.loaders.types import AttendanceEntry
    att = [AttendanceEntry("Karin Berg", "present", ["ledamot"]), AttendanceEntry("Ali Saad", "present", ["ledamot"]),
           AttendanceEntry("Eva Nord", "present", ["ledamot"])]
    roles_from_text("Karin hälsar välkommen och leder mötet. Ali Saad utses att jämte ordföranden justera "
                    "protokollet. Eva Nord för dagens anteckningar. Ali är ordförande i styrgruppen.", att)
    assert [a.roles for a in att] == [["ledamot", "ordförande"], ["ledamot", "justerare"], ["ledamot", "sekreterare"]]


def test_initials_on_lines_of_their_own_and_a_dashed_rule_under_the_header():
    att = _att("Samverkansgrupp unga\nAnteckningar 2025-05-05\nNärvarande:\nABE, KL\nFrånvarande:\nKLi\n"
               "Deltagarförteckning\nABE\nAnna-Britt Ek, verksamhetschef\nKL\nKarl Lund, IFO-chef\n"
               "KLi\nKerstin Lindberg, rektor\n")
    assert {n: a.status for n, a in att.items()} == {"Anna-Britt Ek": "present", "Karl Lund": "present",
                                                     "Kerstin Lindberg": "absent"}
    att = _att("Styrgrupp\nDatum: 2025-01-20\n  Namn          Organisation        Närvaro\n"
               " ------------- ------------------- --------\n  Anna Lund     Norrvik kommun      ja\n"
               "  Per Ek        Åby kommun          nej\n")
    assert {n: (a.status, a.organisation) for n, a in att.items()} == {
        "Anna Lund": ("present", "Norrvik kommun"), "Per Ek": ("absent", "Åby kommun")}


def test_attendance_written_in_an_agenda_item():
    m = parse_minutes("Styrgrupp Österland\nDatum: 2025-02-02\n\n1. Närvaro\nAnna Lund, Region Österland\n"
                      "Per Berg, Norrvik kommun\nFörhinder: Eva Ek\n\n2. Föregående protokoll\nGodkändes.\n")
    assert [(a.name, a.status) for a in m.attendance] == [("Anna Lund", "present"), ("Per Berg", "present"),
                                                         ("Eva Ek", "absent")]
    m = parse_minutes("Styrgrupp Österland\nDatum: 2025-02-02\n\n1. Mötets öppnande\nAnna Lund hälsade välkommen.\n"
                      "2. Budget\nPer Berg, Norrvik kommun, redogjorde.\n")
    assert m.attendance == []  # names in running text are no attendance list


def test_longer_and_annotated_section_labels():
    from samverkan.loaders.extract import _match_label
    assert _match_label("Närvarande (x = närvarande)")[:3] == ("present", ["ledamot"], True)
    assert _match_label("Frånvarande med förhinder: Anna Lund") == ("absent", ["ledamot"], True, "Anna Lund")
    assert _match_label("Närvarande ersättare")[:2] == ("present", ["ersättare"])
    assert _match_label("Närvaron var god") is None


def test_rows_of_cells_under_no_header_and_a_presence_column_first():
    att = _att("Styrgrupp\nDatum: 2025-02-02\nNärvarande:\nAnna Lund\tRegion Österland\tordförande\n"
               "| Per Berg | Norrvik kommun | |\n")
    assert {n: (a.roles, a.organisation) for n, a in att.items()} == {
        "Anna Lund": (["ledamot", "ordförande"], "Region Österland"), "Per Berg": (["ledamot"], "Norrvik kommun")}
    assert [k for _, k, _ in _table_columns([(0, "Närvarande"), (1, "Namn"), (2, "Organisation")])] == [
        "mark", "name", "org"]


def test_people_side_by_side_are_two_entries():
    att = _att("Styrgrupp\nDatum: 2025-02-02\nNärvarande ledamöter:\nAnna Lund (S) ordf       Per Berg (M) v. ordf.\n"
               "Eva Ek (C)      Kim Ros (L)\n")
    assert {n: a.roles for n, a in att.items()} == {
        "Anna Lund": ["ledamot", "ordförande"], "Per Berg": ["ledamot", "vice ordförande"], "Eva Ek": ["ledamot"],
        "Kim Ros": ["ledamot"]}
    assert leading_name("Anna Lund    Per Berg")[0] == "Anna Lund"

# ---------------------------------------------------------------- the body that met
@pytest.mark.parametrize("text, body", [
    # a kommun's protocol: the municipality on the letterhead is not the body, it qualifies it
    ("ÅSBY KOMMUN                 SAMMANTRÄDESPROTOKOLL        1 (3)\n"
     "                            Sammanträdesdatum\nBarn- och utbildningsnämnden     2025-02-03\n\n"
     "Plats och tid   Kommunhuset\n", "Barn- och utbildningsnämnden, Åsby kommun"),
    # a title line naming the body and the huvudmän behind it
    ("REGION NORDMARK               PROTOKOLL\n\nPolitiskt samrådsorgan – Region Nordmark och kommunerna i Nordmark\n\n"
     "Datum: 2025-01-10\n", "Politiskt samrådsorgan"),
    # letterhead unit and page number, then the body on its own line
    ("REGION NORDMARK                  MINNESANTECKNINGAR\nAvdelningen för hälsa          1 (2)\n\n"
     "Processteam vårdövergångar\nRegion Nordmark och kommunerna Ås och Bro\n\nDatum: 2025-03-04\n",
     "Processteam vårdövergångar"),
    # a bare kind takes the name beside it
    ("Minnesanteckningar arbetsgrupp – Trygg hemgång i Ås\nDatum: 2025-03-04\n", "Arbetsgrupp Trygg hemgång i Ås"),
    ("NÄRVÅRD VÄSTRA         MINNESANTECKNINGAR\nÅs · Bro · Region Nordmark      1 (2)\nStyrgruppen\n\nDatum: 2025-03-04\n",
     "Styrgruppen Närvård Västra"),
    # "Organ:" names the body even after other labels
    ("Protokoll\nDatum: 2025-03-04\nOrgan: Kommunstyrelsens arbetsutskott\n", "Kommunstyrelsens arbetsutskott"),
    ("Anteckningar från möte i Styrgrupp äldreomsorg 2025-03-04\nPlats: Teams\n", "Styrgrupp äldreomsorg"),
    ("# Ledningsråd hälsa – minnesanteckningar\n\n**Datum** 2025-03-04\n", "Ledningsråd hälsa"),
    # an acronym on the line before the long name is the same body
    ("Protokoll RSO\nRegionalt samverkansorgan för vård i Nordmark\nDatum: 2025-03-04\n",
     "Regionalt samverkansorgan för vård i Nordmark (RSO)"),
])
def test_body_that_met_from_the_title_block(text, body):
    text += "\nNärvarande: Eva Ek, Ola Ek\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    assert parse_minutes(text, "x.txt").body == body


def test_letterhead_alone_is_no_body():
    text = "ÅSBY KOMMUN\nMinnesanteckningar\nDatum: 2025-03-04\nNärvarande: Eva Ek\n\n§ 1 Öppnande\nText.\n"
    assert parse_minutes(text, "x.txt").body != "ÅSBY KOMMUN"


@pytest.mark.parametrize("text, body", [
    # an e-mail's subject names the body; the date in it is no part of the name
    ("Från: Eva Ek\nSkickat: den 12 mars 2025 14:02\nTill: Ola Ek\n"
     "Ämne: Minnesanteckningar styrgrupp psykisk hälsa 12 mars\n", "Styrgrupp psykisk hälsa"),
    # notes mailed to the body that met, their subject naming it by an acronym only
    ("Från: Eva Ek\nSkickat: den 14 april 2025 10:12\nTill: Samverkansgrupp barn och unga\n"
     "Ämne: Anteckningar SGBU 10 april\n", "Samverkansgrupp barn och unga"),
    ("Protokoll fört vid sammanträde med Regionala samverkansrådet den 3 april 2025\n", "Regionala samverkansrådet"),
    # the region behind a body of the collaboration is no part of its name
    ("Minnesanteckningar\nProcessteam Trygg hemgång, Region Nordmark\nMöte 3/2025\n", "Processteam Trygg hemgång"),
    # ... but a nämnd of one huvudman carries it
    ("REGION NORDMARK\nHälso- och sjukvårdsnämnden\nPROTOKOLL\n2025-03-04\n",
     "Hälso- och sjukvårdsnämnden, Region Nordmark"),
    ("MINNESANTECKNINGAR\nTJÄNSTEMANNABEREDNINGEN\n2025-03-04\n", "Tjänstemannaberedningen"),
    ("Minnesanteckningar\nMöte med Styrgruppen för äldreomsorg\n2025-03-04\n", "Styrgruppen för äldreomsorg"),
])
def test_body_that_met_in_other_layouts(text, body):
    text += "\nNärvarande: Eva Ek, Ola Ek\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Nästa möte\nDen 5 maj.\n"
    assert parse_minutes(text, "x.txt").body == body


def test_a_person_the_header_names_outside_the_attendance():
    m = parse_minutes("Projektgrupp\nDatum: 2025-02-02\nProjektägare: Karin Holm, socialchef Norrvik kommun\n"
                      "Deltagare: Anna Lund, Per Berg\n1. Öppnande\nText.\n2. Avslut\nText.\n")
    assert m.named == ["Karin Holm"] and [a.name for a in m.attendance] == ["Anna Lund", "Per Berg"]


def test_several_presence_columns_a_forhinder_column_and_an_ersatts_av_column():
    att = _att("Styrgrupp\nDatum: 2025-02-02\nNamn\tKommun/Region\tNärvarande på plats\tNärvarande via Teams\n"
               "Anna Lund\tRegion Österland\t\tX\nPer Berg\tNorrvik kommun\tX\t\nEva Ek\tÅby kommun\t\t\n\n"
               "Ledamot\tParti\tNärvarande\tErsätts av\nKim Ros\tS\tNej\tOla Sund (S)\n\n"
               "Namn\tOrganisation\tFörhinder\nSiv Dal\tÅby kommun\tX\nBo Ek\tÅby kommun\t\n")
    assert {n: (a.status, a.roles) for n, a in att.items()} == {
        "Anna Lund": ("present", ["ledamot"]), "Per Berg": ("present", ["ledamot"]), "Eva Ek": ("absent", ["ledamot"]),
        "Kim Ros": ("absent", ["ledamot"]), "Ola Sund": ("present", ["ersättare"]), "Siv Dal": ("absent", ["ledamot"]),
        "Bo Ek": ("present", ["ledamot"])}


def test_informal_notes_list_people_by_first_name_and_the_mail_names_them_in_full():
    m = parse_minutes("Från: Berg Anna <anna.berg@norrvik.se>\nTill: Lund Karin; Ek Per; Nyström Sara\n\n"
                      "Närvarande: Anna, Karin och Per (Norrvik)\nFörhinder: Sara\n\n"
                      "1. Föregående anteckningar\nGodkändes.\n2. Nästa möte\nI maj.\n")
    assert [(a.name, a.status) for a in m.attendance] == [("Anna", "present"), ("Karin", "present"), ("Per", "present"),
                                                         ("Sara", "absent")]
    assert m.named == ["Anna Berg", "Karin Lund", "Per Ek", "Sara Nyström"]
    # a capitalised word that is no given name is not taken for a person
    assert parse_attendance_entry("Budget, ekonomi", "present", []) is None


def test_a_roster_of_initials_written_with_an_equals_sign():
    att = _att("Arbetsgrupp\nDatum: 2025-02-02\nNärvarande: AL, PB\nFrånvarande: EE\nDeltagare:\n"
               "AL = Anna Lund, Region Österland\nPB = Per Berg, Norrvik kommun\nEE – Eva Ek, Åby kommun\n")
    assert {n: (a.status, a.initials) for n, a in att.items()} == {
        "Anna Lund": ("present", "AL"), "Per Berg": ("present", "PB"), "Eva Ek": ("absent", "EE")}


def test_a_first_name_on_the_list_takes_the_full_name_written_later():
    m = parse_minutes("Arbetsgrupp\nDatum: 2025-02-02\nNärvarande: Karin, Per\nSekreterare: Karin Berg\n\n"
                      "1. Öppnande\nText.\n2. Avslut\nText.\n")
    assert [(a.name, a.roles) for a in m.attendance] == [("Karin Berg", ["ledamot", "sekreterare"]),
                                                        ("Per", ["ledamot"])]


def test_word_rows_with_empty_first_cells_and_a_label_broken_over_two_rows():
    att = _att("Nämnden\nProtokoll 2025-01-20\nNärvarande\tLedamöter\tErsättare\n"
               "Region Österland\tMaria Berg (S), ordförande\tJohan Öst (M)\n\tLeo Sand (M)\t\n"
               "Norrvik kommun\tKarl Ahl (C)\t\n\n"
               "Tjänstgörande\tAnneli Ström (S) för Maja Lind (S)\nersättare\tPär Sjö (SD)\n"
               "Deltagarförteckning\nAL\tAnna Lund, Region Österland\n")
    got = {n: (a.status, a.roles, a.organisation) for n, a in att.items()}
    assert got == {"Maria Berg": ("present", ["ledamot", "ordförande"], "Region Österland"),
                   "Johan Öst": ("present", ["ersättare"], "Region Österland"),
                   "Leo Sand": ("present", ["ledamot"], "Region Österland"),
                   "Karl Ahl": ("present", ["ledamot"], "Norrvik kommun"),
                   "Anneli Ström": ("present", ["ersättare"], None), "Maja Lind": ("absent", ["ledamot"], None),
                   "Pär Sjö": ("present", ["ersättare"], None), "Anna Lund": ("present", ["ledamot"], "Region Österland")}
    assert att["Anna Lund"].initials == "AL"


def test_x_marks_in_their_own_word_cells():
    att = _att("Samordningsgrupp\nDatum: 2025-03-03\n\tLEDAMÖTER\t\tERSÄTTARE\n"
               "x\tOlof Berg, Region Österland, ordf.\t\tLina Ström, Region Österland\n"
               "\tSiv Dahl, Norrvik kommun\tx\tAli Rezai, Norrvik kommun, tjg\n\nx = närvarande\n")
    assert {n: a.status for n, a in att.items()} == {"Olof Berg": "present", "Lina Ström": "absent",
                                                     "Siv Dahl": "absent", "Ali Rezai": "present"}


def test_people_listed_under_labels_of_their_huvudman():
    m = parse_minutes("Styrgrupp\nDatum: 2025-02-02\nNärvarande:\nRegionen: Anna Lund, Per Berg\n"
                      "Kommunerna: Eva Ek (Klippvik), Siv Dal (Östmo)\nPlats: Teams\n\n1. Öppnande\nText.\n2. Avslut\nText.\n")
    assert [(a.name, a.organisation) for a in m.attendance] == [
        ("Anna Lund", "Regionen"), ("Per Berg", "Regionen"), ("Eva Ek", None), ("Siv Dal", None)]
    assert m.place == "Teams"


def test_an_entry_ending_in_a_comma_runs_on_to_the_next_line():
    att = _att("Styrgrupp\nDatum: 2025-02-02\nNärvarande:\nTobias Fagerlund, distriktssköterska,\nHälsocentralen Norrby\n"
               "Anna Lund, Region Österland, Per Berg,\nNorrvik kommun, Eva Ek (Åby kommun)\n")
    assert {n: (a.organisation, a.unit) for n, a in att.items()} == {
        "Tobias Fagerlund": (None, "Hälsocentralen Norrby"), "Anna Lund": ("Region Österland", None),
        "Per Berg": ("Norrvik kommun", None), "Eva Ek": ("Åby kommun", None)}


def test_a_decision_label_is_no_part_of_the_deciding_body():
    from samverkan.loaders.extract import _decision_heading
    assert _decision_heading("Beslut: Arbetsgruppen beslutar att rutinen gäller från maj.")[:2] == (
        "Arbetsgruppen", "att rutinen gäller från maj.")


def test_a_seat_in_another_body_among_the_details_of_an_attendance_line():
    e, _ = parse_attendance_entry("Karin Ek, socialchef, Tallviks kommun, vice ordförande i LGV", "guest", [])
    assert (e.title, e.organisation, e.roles, e.seats) == ("socialchef", "Tallviks kommun", [],
                                                           [("vice ordförande", "LGV")])
    e, _ = parse_attendance_entry("Karin Ek, socialchef, ordförande i gruppen", "present", ["ledamot"])
    assert e.seats == []  # a seat in the body that met, by its type word, is no seat elsewhere


def test_a_seat_elsewhere_in_the_attendance_list_is_a_membership_there():
    from samverkan.loaders.relations import extract_relations
    from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes
    att = [AttendanceEntry("Karin Ek", "guest", organisation="Tallviks kommun", seats=[("ordförande", "LGV")]),
           AttendanceEntry("Per Lind", "present", roles=["ledamot"])]
    r = extract_relations(ParsedMinutes("x.txt", "numbered", body="Politiskt samråd", attendance=att,
                                        items=[ParsedItem("1", "Ärende", body="Ledningsgruppen (LGV) informerade.")]))
    assert [(m.person, m.group, m.role, m.change) for m in r.memberships] == [("Karin Ek", "LGV", "ordförande", "member")]


def test_a_present_run_written_surname_comma_given_name_is_turned():
    text = ("Anteckningar arbetsgrupp rehabilitering 2025-04-02\n\n"
            "Närvarande: Ekvall, Tilda (Norrby kommun, arbetsterapeut); Holm, Ivar (Region Väst, fysioterapeut)\n"
            "Förhinder: Dahlberg, Stina (Sjövik kommun)\n\n1. Inledning\nIvar hälsade välkommen.\n")
    att = {a.name: (a.status, a.organisation) for a in parse_minutes(text).attendance}
    assert att == {"Tilda Ekvall": ("present", "Norrby kommun"), "Ivar Holm": ("present", "Region Väst"),
                   "Stina Dahlberg": ("absent", "Sjövik kommun")}


def test_a_roster_one_person_a_line_surname_first_with_a_dash_before_the_details():
    text = ("Minnesanteckningar Arbetsgrupp SIP\nOnsdag 26 mars 2025, Teams\n\nDeltagare\n"
            "  Borg, Elin – Region Ådalen (sammankallande)\n  Fagerlund, Tobias – HC Forsby, Region Ådalen\n\n"
            "Anmält förhinder\n  Ahlgren Wik, Kerstin – Forsby kommun\n\n\n"
            "1  Föregående anteckningar\nLades till handlingarna.\n2  Övrigt\nInget.\n")
    att = {a.name: (a.status, a.organisation, "sammankallande" in a.roles) for a in parse_minutes(text).attendance}
    assert att == {"Elin Borg": ("present", "Region Ådalen", True), "Tobias Fagerlund": ("present", "Region Ådalen", False),
                   "Kerstin Ahlgren Wik": ("absent", "Forsby kommun", False)}


def test_a_label_cell_wrapped_in_two_around_its_first_name_as_a_pdf_gives_it():
    text = ("FORSBY KOMMUN\nPROTOKOLL\nSocialnämndens arbetsutskott\nSammanträdesdatum 2025-04-15\n"
            "Beslutande\nLars Öberg (S), ordförande\nEj tjänstgörande\nHampus Lindgren (SD)\nersättare\n"
            "Övriga närvarande\nBritt-Marie Ljung, socialchef\n\n§ 32 Val av justerare\nText.\n§ 33 Övrigt\nText.\n")
    att = {a.name: (a.status, a.roles) for a in parse_minutes(text).attendance}
    assert att == {"Lars Öberg": ("present", ["ledamot", "ordförande"]), "Hampus Lindgren": ("present", ["ersättare"]),
                   "Britt-Marie Ljung": ("guest", [])}


def test_a_word_table_with_the_role_in_the_group_as_a_column():
    text = ("Arbetsgrupp SIP – anteckningar\nDatum: onsdag 2 april 2025\nAntecknare: Leila Karimi\nDeltagare\n"
            "Namn\tVerksamhet\tKommun/region\tRoll i gruppen\tNärvaro\n"
            "Ingela Rask\tBarnhälsovården\tRegion Havsby\tsammankallande\tja\n"
            "Leila Karimi\tSocialtjänsten\tLövsta kommun\tledamot, antecknare\tja\n"
            "Kent Ågren\tElevhälsan\tSandhamra kommun\tledamot\tnej\n"
            "1. Inledning\nText.\n2. Övrigt\nText.\n")
    att = {a.name: (a.status, a.organisation, a.unit) for a in parse_minutes(text).attendance}
    assert att == {"Ingela Rask": ("present", "Region Havsby", "Barnhälsovården"),
                   "Leila Karimi": ("present", "Lövsta kommun", "Socialtjänsten"),
                   "Kent Ågren": ("absent", "Sandhamra kommun", "Elevhälsan")}


def test_titles_written_before_names_in_a_tab_roster_keep_every_row():
    text = ("Minnesanteckningar Samverkansgrupp rehabilitering 2025-04-02\n\nNärvarande\n"
            "Sign.\tNamn\tHuvudman\tRoll\n"
            "TE\tEnhetschef Tilda Ekvall\tNorrby kommun\tordförande\n"
            "IH\tHälso- och sjukvårdsstrateg Ivar Holm\tRegion Väst\tsekreterare\n"
            "SD\tMAS Stina Dahlberg\tSjövik kommun\tledamot\n\n§ 1 Inledning\nTE hälsade välkommen.\n")
    att = {a.name: (a.title, a.organisation, a.initials) for a in parse_minutes(text).attendance}
    assert att == {"Tilda Ekvall": ("enhetschef", "Norrby kommun", "TE"),
                   "Ivar Holm": ("hälso- och sjukvårdsstrateg", "Region Väst", "IH"),
                   "Stina Dahlberg": ("MAS", "Sjövik kommun", "SD")}


def test_a_sentence_at_the_margin_after_bulleted_att_clauses_is_no_part_of_the_last():
    text = ("Minnesanteckningar Styrgrupp rehabilitering 2025-04-02\n\n§ 3 Ny rutin\nBeslut:\n"
            "- att ta fram en rutin för hembesök\n- att Tilda Ekvall leder arbetet\n"
            "Varje kommun meddelar Tilda namn på en kontaktperson senast 1 maj.\n\n§ 4 Övrigt\nInget.\n")
    assert texts(text) == [("3", "ta fram en rutin för hembesök"), ("3", "Tilda Ekvall leder arbetet")]


def test_the_group_agreeing_on_something_is_its_decision():
    text = ("Minnesanteckningar Arbetsgrupp rehabilitering 2025-04-02\n\n§ 1 Hembesök\n"
            "Tilda redogjorde för läget. Gruppen enas om att ta fram en gemensam rutin för hembesök.\n"
            "Gruppen är överens om att frågan är viktig.\n\n§ 2 Övrigt\nInget.\n")
    assert texts(text) == [("1", "ta fram en gemensam rutin för hembesök")]


def test_officials_each_with_a_title_before_the_name_on_one_line_are_each_a_guest():
    text = ("Omsorgsnämnden\nPROTOKOLL 2025-04-08\nLedamöter\nSiv Holm (L), ordförande\n"
            "Tjänstemän: socialchef Ragnar Öst, nämndsekreterare Tuva Lindqvist\n§ 1 Val av justerare\nText.\n")
    got = {(a.name, a.status, a.title) for a in parse_minutes(text).attendance}
    assert {("Ragnar Öst", "guest", "socialchef"), ("Tuva Lindqvist", "guest", "nämndsekreterare")} <= got, got


def test_a_numbered_decision_list_ends_where_the_responsible_is_named():
    text = ("1. Föregående anteckningar\nGodkändes.\n\n2. Hemgång\nGruppen beslutade:\n"
            "1. att kommunerna följer upp väntetiderna per vecka,\n2. att resultatet redovisas vid varje möte.\n"
            "Ansvar: Lisa Holm sammanställer siffrorna, senast 15/3.\n\n3. Övrigt\nInget.\n")
    assert [(n, t.rstrip(" ,.")) for n, t, _ in decisions(text)] == [
        ("1", "godkänna föregående anteckningar"), ("2", "kommunerna följer upp väntetiderna per vecka"),
        ("2", "resultatet redovisas vid varje möte")]


def test_an_italic_decision_label_and_a_second_att_clause_that_sends_on():
    text = ("1. Val av system\n*Förslag till beslut:* att välja system A.\n\n"
            "*Beslut:* Gruppen beslutade att välja system A och att lämna valet till ledningen för beslut.\n")
    assert [t.rstrip(" ,.") for _, t, _ in decisions(text)] == ["välja system A", "lämna valet till ledningen för beslut"]


def test_a_protocols_name_running_on_below_its_comma_and_a_narvarande_beslutande_block():
    text = """REGION ÖSTLAND                            PROTOKOLL                          1 (2)
Politiskt samråd för hälsa,               Sammanträdesdatum
vård och omsorg i Östland                 2025-10-24

Plats och tid         Regionhuset, Östby

Närvarande beslutande
                      Ulla Berg (S), ordförande, Region Östland
                      Per Nyman (M), Åby kommun

Närvarande ersättare
                      Mona Fält (V), Region Östland

§ 1   Val av justerare
Rådet beslutar
att utse Per Nyman (M) att justera protokollet.
"""
    p = parse_minutes(text)
    assert p.body == "Politiskt samråd för hälsa, vård och omsorg i Östland"
    assert [(a.name, a.status, a.roles[0]) for a in p.attendance] == [
        ("Ulla Berg", "present", "ledamot"), ("Per Nyman", "present", "ledamot"), ("Mona Fält", "present", "ersättare")]


def test_the_justering_day_is_a_due_date_of_the_justerare_and_the_rads_next_meeting_one_of_its_own():
    from samverkan.loaders.relations import extract_relations
    text = """REGION ÖSTLAND                            PROTOKOLL                          1 (2)
Politiskt samråd                          Sammanträdesdatum 2025-10-24

Plats och tid         Regionhuset, Östby
Närvarande beslutande
                      Ulla Berg (S), ordförande, Region Östland
                      Per Nyman (M), Åby kommun
Justerare             Per Nyman (M)
Justeringens          Regionhuset, Östby, fredagen den 31 oktober 2025
plats och tid

§ 1   Val av justerare
Rådet beslutar
att utse Per Nyman (M) att jämte ordföranden justera protokollet.

§ 2   Övriga frågor
Ulla Berg tar med sig frågan till regionen och återkommer med en redovisning vid rådets nästa sammanträde.

Nästa sammanträde: fredagen den 12 december 2025 kl. 09.00.
"""
    p = parse_minutes(text)
    assert p.justering_date == "2025-10-31"
    due = {a.assignees[0]: a.due_date for a in extract_relations(p).assignments}
    assert due == {"Per Nyman": "2025-10-31", "Ulla Berg": "2025-12-12"}


def test_who_is_there_for_one_point_only_with_no_seat_is_a_guest():
    """Notes list a presenter among the members with only the point she comes for; a range of points
    ("p. 1–5") or a protocol's member from a paragraph on ("(S), fr.o.m. § 16") keeps the seat."""
    text = ("Samverkansgrupp äldre\nDatum: 9 december 2025\n\nNärvarande\n\n**Regionen**\n\n"
            "- Henrik Wall, verksamhetschef, Region Ekdala\n"
            "- Lina Hedberg, projektledare, Region Ekdala (punkt 3)\n"
            "- Tove Marklund, förbundschef, Samordningsförbundet (p. 1–5)\n\n"
            "1. Inledning\nText.\n")
    got = {a.name: (a.status, a.roles) for a in parse_minutes(text).attendance}
    assert got["Lina Hedberg"] == ("guest", []) and got["Henrik Wall"][0] == "present"
    assert got["Tove Marklund"][0] == "present", got


def test_a_guest_for_one_point_who_presents_it_is_its_foredragande():
    """A guest listed for one point who presents it is that point's föredragande; one who only takes
    part in it ("RT deltar under punkten") is not."""
    text = ("Samverkansgrupp barn och unga\nDatum: 9 oktober 2025\n\nNärvarande: Per Nyqvist (ordförande), "
            "Sara Holm\nGäst: Anton Berg (Stensjö kommun, skolsköterska), punkt 2\n"
            "Adjungerad: Reza Tavakoli, Region Skogland (punkt 3)\n\n"
            "1. Inledning\nPer hälsade välkommen.\n\n2. Elevhälsan\nAnton Berg berättade om försöket i Stensjö.\n\n"
            "3. Unga med skadligt bruk\nReza deltar under punkten. Gruppen diskuterade frågan.\n")
    got = {a.name: (a.status, a.roles) for a in parse_minutes(text).attendance}
    assert got["Anton Berg"] == ("guest", ["föredragande"]), got
    assert "föredragande" not in got["Reza Tavakoli"][1], got


def test_the_bare_function_projektledare_and_sekr_are_roles_at_the_meeting():
    """"Region X, projektledare" in a project group's roster leads the project; "projektledare mobila
    team" is a title. "sekr." is short for sekreterare as "ordf." is for ordförande."""
    text = ("Projektgrupp FaR – minnesanteckningar\nDatum: 2025-10-21\n\nNärvaro\n"
            "Anders Holm, Region Sjöbotten, projektledare\nNadia Sayed, projektledare mobila team, Region Sjöbotten\n"
            "Johan Björk, sekr., Region Sjöbotten\n\n1. Inledning\nAnteckningarna godkändes.\n")
    got = {a.name: a.roles for a in parse_minutes(text).attendance}
    assert "projektledare" in got["Anders Holm"], got
    assert "projektledare" not in got["Nadia Sayed"], got
    assert "sekreterare" in got["Johan Björk"], got


def test_who_has_compiled_the_items_material_presents_it_unless_it_is_a_done_action():
    """"Viktor har sammanställt antalet …" brings the item's material; "Tomas har tagit fram en
    lista …, klart" reports an action done."""
    text = ("Processteam trygg utskrivning\nDatum: 2025-10-21\n\nNärvaro\nViktor Hellman, Vindeby kommun\n"
            "Tomas Eriksson, Ljungviks kommun\n\n1. Uppföljning\nTomas har tagit fram en lista över föreningar, klart.\n\n"
            "2. Planeringsmöten\nViktor har sammanställt antalet planeringsmöten under våren. "
            "Processteamet konstaterar att mötena bokas för sent.\n")
    items = parse_minutes(text).items
    assert [it.presenters for it in items] == [[], ["Viktor Hellman"]], [it.presenters for it in items]


def test_thanking_for_a_report_and_filing_it_is_the_decision_to_file_it():
    text = ("Samverkansgrupp vård och omsorg\nDatum: 2025-10-14\n\n§ 13 Lägesrapport\nJE rapporterade från "
            "arbetsgruppen.\nSamverkansgruppen tackar för rapporten och lägger den till handlingarna.\n")
    assert [d.text for d in parse_minutes(text).decisions] == ["lägga rapporten till handlingarna"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Samverkansgrupp", "samverkansgruppen", "SAMVERKANSGRUPP", "Styrgrupp", "grupp",
                                 " ", "\t", "\n", "att", "åldras", "x", "-", "ſ", "ı", "İ"]), max_size=14).map("".join))
def test_a_body_kind_is_read_where_the_text_holds_it_in_any_case(text):
    """The stem of a bare body kind ("Samverkansgruppen") is looked for in the lowercased text and
    the pattern tried only there: the same matches as the case-insensitive pattern tried everywhere,
    also with the characters that case-insensitive matching reads otherwise ("ſ", "ı", "İ")."""
    import re

    from samverkan.loaders.extract import _matches_at
    for stem in ("samverkansgrupp", "grupp"):
        pat = re.compile(rf"\b({stem})((?:[ \t]+[\wåäöÅÄÖ-]+){{1,5}})", re.IGNORECASE)
        assert [(m.span(), m.groups()) for m in _matches_at(pat, text, stem)] == [
            (m.span(), m.groups()) for m in pat.finditer(text)]


def test_a_labelled_line_after_a_table_laid_out_with_spaces_is_its_own_list():
    """A PDF's attendance table comes out aligned with spaces; the "Förhinder:" line after it is a
    label with its people, not a row under the table's first column."""
    text = ("Samverkansgrupp äldre – minnesanteckningar\n"
            "Datum                                2025-04-08\n\n"
            "Sign.    Namn                        Organisation          Funktion\n"
            "BH       Birgitta Hallén             Sandhamra kommun      ordförande\n"
            "RÖ       Rickard Öst                 Klippviks kommun      MAS\n\n"
            "Förhinder: Siri Nordahl (Östmo kommun), Tobias Engqvist (Region Havsby)\n"
            "1. Inledning\n"
            "BH hälsar välkommen.\n")
    att = {a.name: a.status for a in parse_minutes(text).attendance}
    assert att == {"Birgitta Hallén": "present", "Rickard Öst": "present", "Siri Nordahl": "absent",
                   "Tobias Engqvist": "absent"}


def test_a_wrapped_bulleted_clause_ends_where_the_running_text_starts_with_no_blank_line():
    """A PDF keeps no hanging indent nor blank line: the bulleted att-clause wraps onto a line that
    ends its sentence, and the capitalised line after it is running text, not part of the decision."""
    text = ("Samrådsorganet\nProtokoll 2025-05-16\n\n"
            "§ 17 Överenskommelse\n"
            "Samrådsorganet beslutar\n"
            "• att rekommendera huvudmännen att anta överenskommelsen,\n"
            "• att ge LVO i uppdrag att ta fram en gemensam plan för införandet och redovisa den\n"
            "för samrådsorganet den 26 september 2025.\n"
            "LVO rapporterar därefter till samrådsorganet vid varje möte.\n"
            "§ 18 Nästa möte\n"
            "Mötet avslutas.\n")
    assert [t for item, t, _ in decisions(text) if item == "17"] == [
        "rekommendera huvudmännen att anta överenskommelsen",
        "ge LVO i uppdrag att ta fram en gemensam plan för införandet och redovisa den för samrådsorganet den "
        "26 september 2025."]


def test_a_decision_told_after_a_list_with_no_blank_line_between():
    """In a Word document the paragraph after a bulleted list follows with no blank line: the list
    ends there, and "Gruppen ger Henrik i uppdrag …" is a sentence of its own that decides."""
    text = ("Samverkansgrupp barn och unga\nMinnesanteckningar 2025-02-13\n\n"
            "2. Handlingsplan\n"
            "Henrik har tagit fram en disposition. Synpunkter som kom fram:\n"
            "• skolans roll behöver beskrivas tydligare\n"
            "• ungdomsmottagningarna saknas helt i dispositionen\n"
            "Gruppen ger Henrik i uppdrag att arbeta in synpunkterna senast vecka 12.\n"
            "3. Övrigt\n"
            "Inget att rapportera.\n")
    assert [t for item, t, _ in decisions(text) if item == "2"] == [
        "ge Henrik i uppdrag att arbeta in synpunkterna senast vecka 12"]


def test_a_bulleted_clause_wrapped_after_a_preposition_goes_on_at_the_margin():
    """"• b. att ge … FoU-strateg inom" / "RSS-funktionen i uppdrag …": a line ending on a preposition
    cannot end its sentence, so the capitalised line after it still belongs to the clause."""
    text = ("LSVO\nProtokoll 2024-05-24\n\n"
            "§ 54/24 Kunskapsstyrning\n"
            "LSVO beslutar\n"
            "att påbörja arbetet genom:\n"
            "• a. att inrätta en länsgemensam styrgrupp\n"
            "• b. att ge samordnaren tillsammans med FoU-strateg inom\n"
            "RSS-funktionen i uppdrag att ta fram en uppdragsbeskrivning.\n"
            "§ 55/24 Återkoppling\n"
            "Inget att rapportera.\n")
    assert any(t.endswith("inom RSS-funktionen i uppdrag att ta fram en uppdragsbeskrivning.")
               for item, t, _ in decisions(text) if item == "54/24"), decisions(text)


def test_an_arrow_or_atgard_line_under_a_decision_is_an_action_not_part_of_it():
    text = ("Minnesanteckningar\n\n1. Riktlinjer\nBeslut: Gruppen ställer sig bakom riktlinjerna med tillägget.\n"
            "→ Sara tar med sig synpunkterna och reviderar texten till 15/1.\n\n2. Brukarråd\n"
            "- Beslut: Brukarrådet bjuds in två gånger per år.\n- Åtgärd: Eva skickar inbjudan.\n")
    assert [t for _, t in texts(text)] == ["Gruppen ställer sig bakom riktlinjerna med tillägget.",
                                           "Brukarrådet bjuds in två gånger per år."]
    items = parse_minutes(text).items
    assert "→ Sara tar med sig" in items[0].body and "Åtgärd: Eva skickar" in items[1].body


def test_a_meeting_invitations_tracking_list_gives_who_came_by_their_response():
    text = ("Ämne:\tSamverkansgrupp X\nStart:\tons 2025-11-19 13:00\n\nNamn\tDeltagare\tSvar\n"
            "Lundgren, Eva (Region X)\tMötesorganisatör\t\nBergqvist, Tomas (Y kommun)\tObligatorisk deltagare\tAccepterat\n"
            "Ek, Annika (Region X)\tObligatorisk deltagare\tAvböjt\nMoberg, Lars (Brukarrådet)\tGäst\tAccepterat\n\n"
            "1. Inledning\nDagordningen godkändes.\n2. Övrigt\nInget.\n")
    got = {e.name: (e.status, "ledamot" in e.roles) for e in parse_minutes(text).attendance}
    assert got == {"Eva Lundgren": ("present", True), "Tomas Bergqvist": ("present", True),
                   "Annika Ek": ("absent", True), "Lars Moberg": ("guest", False)}


def test_a_decision_log_table_gives_a_decision_per_row_under_the_item_it_names():
    text = ("Minnesanteckningar\n\n## 1. Plan\nSe beslutslogg.\n\n## 2. Utbildning\nSe beslutslogg.\n\n## Beslutslogg\n\n"
            "| Punkt | Ärende | Beslut | Ansvarig | Klart |\n|---|---|---|---|---|\n"
            "| 1 | Plan | Gruppen fastställer planen. | Karin Lund | 2025-12-12 |\n"
            "| 2 | Utbildning | Regionen erbjuder utbildning. | – | – |\n")
    assert [(d.item, d.text) for d in parse_minutes(text).decisions] == [
        ("1", "Gruppen fastställer planen."), ("2", "Regionen erbjuder utbildning.")]
    # an action table has no column of decisions: none are read from it
    text = text.replace("| Beslut |", "| Åtgärd |")
    assert parse_minutes(text).decisions == []


def test_bullets_giving_people_tasks_after_a_decision_are_no_decisions():
    text = ("Anteckningar\nDeltagare: Nora Lindqvist (NL), Kent Ågren (KÅ), Mikael Strömberg (MS)\n\n"
            "1. Upplägg\nDiskussion om upplägget.\nBeslut: Arbetsgruppen föreslår en halvdag per kommun.\n"
            "• NL och KÅ tar fram två fallbeskrivningar till nästa möte.\n"
            "• MS kontaktar rektorsgruppen i Klippvik om tider i augusti.\n2. Övrigt\nInget.\n")
    m = parse_minutes(text)
    assert [d.text for d in m.decisions] == ["föreslår en halvdag per kommun."]
    assert "NL och KÅ tar fram" in m.items[0].body
    # a bullet giving a task is the decision to give it
    text = text.replace("• NL och KÅ tar fram", "• NL och KÅ får i uppdrag att ta fram")
    assert [d.text for d in parse_minutes(text).decisions][1].startswith("NL och KÅ får i uppdrag")


def test_a_decision_log_restating_the_decisions_of_the_text_adds_none_of_its_own():
    text = ("Minnesanteckningar\n\n## 1. Plan\nBeslut:\n- Styrgruppen godkänner arbetsgruppens upplägg.\n\n"
            "## 2. Övrigt\nInget.\n\n## Beslutslogg\n\n| Nr | Beslut | Ansvarig | Klart |\n|---|---|---|---|\n"
            "| 1 | Arbetsgruppens upplägg godkänns | – | – |\n| 1 | Underlag från utbildningscheferna | Eva Ek | 2025-04-30 |\n")
    assert [(d.item, d.text) for d in parse_minutes(text).decisions] == [
        ("1", "godkänner arbetsgruppens upplägg."), ("1", "Underlag från utbildningscheferna")]


@pytest.mark.parametrize("head", ["Namn\tFörsta anslutning\tSenaste avslut\tVaraktighet i mötet\tE-post\tRoll",
                                  "Namn\tFörsta anslutning\tSenaste frånkoppling\tVaraktighet i mötet\tE-post\tRoll",
                                  "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole"])
def test_a_teams_attendance_report_gives_who_joined_and_the_external_guests(head):
    """The report as Teams writes it in Swedish, in either wording of the leaving column, or in English:
    the role column (Organisatör, Presentatör) says how each took part, no organisation."""
    text = ("Anteckningar\n\n" + head + "\n"
            "Sundberg, Malin\t2025-11-05 08:58\t2025-11-05 10:31\t1 tim 33 min\tmalin@x.se\tOrganisatör\n"
            "Lind, Karin\t2025-11-05 09:02\t2025-11-05 10:30\t1 tim 28 min\tkarin@x.se\tDeltagare\n"
            "Berg, Olle (Extern)\t2025-11-05 09:30\t2025-11-05 10:00\t30 min\tolle@y.se\tPresentatör\n\n"
            "1. Föregående anteckningar\nGodkändes.\n2. Övrigt\nInget.\n")
    got = {e.name: (e.status, e.title, e.organisation) for e in parse_minutes(text).attendance}
    assert got == {"Malin Sundberg": ("present", None, None), "Karin Lind": ("present", None, None),
                   "Olle Berg": ("guest", None, None)}


def test_an_arrow_under_a_bullet_is_an_action_too():
    text = ("Minnesanteckningar\n\n1. Rutin\n- Beslut: Gruppen ställer sig bakom utkastet.\n"
            "  - -> Anders skickar rutinen till enhetscheferna.\n  - ⇒ Lena tar med sig frågan.\n2. Övrigt\nInget.\n")
    assert [t for _, t in texts(text)] == ["Gruppen ställer sig bakom utkastet."]


def test_presenters_on_a_bulleted_line():
    text = ("Närvarande: Hanna Berg, Region X; Olle Sand, Y kommun\n\n## 1. Handlingsplan\n"
            "- Hanna presenterade utkastet.\n- Synpunkter på avsnitt 2.\n\n## 2. Hembesök\n* Olle Sand redovisade försöket.\n")
    assert {i.number: i.presenters for i in parse_minutes(text).items} == {"1": ["Hanna Berg"], "2": ["Olle Sand"]}


def test_a_fullmaktige_roster_grouped_by_party_in_the_left_column():
    """"Socialdemokraterna   Karin Åström, ordförande" and the names below it: each of that party."""
    att = _att("Kommunfullmäktige\nProtokoll 2025-11-24\n\n"
               "Beslutande ledamöter\n"
               "Socialdemokraterna    Karin Åström, ordförande\n"
               "                      Mikael Dahlberg\n"
               "Moderaterna           Johan Ekholm, 1:e vice ordförande\n"
               "                      Per-Olof Strand, tjänstgörande ersättare för Annelie Wik\n"
               "\n"
               "Övriga deltagande     Fredrik Hallin, kanslichef, sekreterare\n")
    assert {n: (a.status, a.party) for n, a in att.items()} == {
        "Karin Åström": ("present", "(S)"), "Mikael Dahlberg": ("present", "(S)"),
        "Johan Ekholm": ("present", "(M)"), "Per-Olof Strand": ("present", "(M)"),
        "Annelie Wik": ("absent", None), "Fredrik Hallin": ("guest", None)}
    assert att["Per-Olof Strand"].roles == ["ersättare", "tjänstgörande ersättare"]


def test_a_pdf_table_read_one_cell_a_line_ends_its_roster_at_the_justering_label():
    """"Justeringens plats och" / "tid" / "Regionkansliet, Lindåsa, 2025-11-10", as a PDF's table cells
    come out: the place is no organisation of the justerare above, and the day is the justering's."""
    text = ("Beredningen för nära vård\nSammanträdesdatum 2025-11-05\n"
            "Närvarande ledamöter\nAnn-Sofie Grahn (S), ordförande\n"
            "Justerare\nLennart Borg (M)\nJusteringens plats och\ntid\nRegionkansliet, Lindåsa, 2025-11-10\n"
            "Paragrafer\n§§ 30–31\n\n"
            "§ 30 Val av justerare\nBeredningen beslutar att utse Lennart Borg (M) att tillsammans med ordföranden "
            "justera protokollet.\n")
    from samverkan.loaders.relations import extract_relations
    p = parse_minutes(text)
    borg = next(a for a in p.attendance if a.name == "Lennart Borg")
    assert borg.organisation is None and "justerare" in borg.roles
    assert p.justering_date == "2025-11-10"
    assert [a.due_date for a in extract_relations(p).assignments if a.assignees == ["Lennart Borg"]] == ["2025-11-10"]


def test_a_secretary_from_a_kansli_in_the_huvudman_column_is_read():
    att = _att("Regional ledningsgrupp\nMinnesanteckningar 2025-10-16\n\nDeltagare\n"
               "Huvudman\tNamn\tFunktion\tNärvaro\n"
               "Region Norrby\tEva Lind\tHälso- och sjukvårdsdirektör, ordförande\tNärvarande\n"
               "Åby kommun\tLisa Wenn\tAvdelningschef\tNärvarande\n"
               "Samverkanskansliet\tKarin Falk\tProcessledare, sekreterare\tNärvarande\n")
    assert set(att) == {"Eva Lind", "Lisa Wenn", "Karin Falk"}
    assert att["Karin Falk"].roles == ["sekreterare"] and att["Lisa Wenn"].roles == ["ledamot"]


def test_the_agenda_sections_of_a_ledningsgrupp_are_no_decisions():
    text = ("Regional ledningsgrupp\nMinnesanteckningar 2025-10-16\n\n"
            "Beslutsärenden\n5. Läkemedelsgenomgångar\n"
            "Beslut: RLG beslutar att inrätta en arbetsgrupp. Henrik Blad är sammankallande.\n"
            "Informationsärenden\n6. Information från rådet\nInformationen noterades.\n")
    texts = [d.text for d in parse_minutes(text).decisions]
    assert "Informationsärenden" not in texts and "Henrik Blad är sammankallande." in texts


def test_utses_att_justera_over_the_name_on_the_next_line():
    """A title page read from a PDF gives its label cell and value cell a line each: "Utses att
    justera" / "Aisha Berglund (V)" names the justerare as the label beside the name does."""
    base = ("Protokoll Socialnämnden 2025-12-09\nBeslutande\nKarin Dahl (S), ordförande\nAisha Berglund (V)\n"
            "Övriga närvarande\nMona Vik, förvaltningschef\n{}\nJusteringens plats och tid\nKommunhuset, 2025-12-12\n\n"
            "§ 15 Dagordning\nNämnden godkänner dagordningen.\n")
    for layout in ("Utses att justera\nAisha Berglund (V)", "Utses att justera   Aisha Berglund (V)"):
        roles = {a.name: a.roles for a in parse_minutes(base.format(layout)).attendance}
        assert roles["Aisha Berglund"] == ["ledamot", "justerare"], layout
        assert roles["Mona Vik"] == [], layout


def test_title_page_labels_one_space_before_the_first_name():
    """A PDF of a title page drawn line by line gives a label cell and the first line of its value
    cell with one space between ("Beslutande Karin Dahl (S), ordförande"): still the label and its
    people. A seat before a name in a roster stays the entry's own."""
    text = ("Protokoll Socialnämnden 2025-12-09\nPlats och tid Kommunhuset, kl. 13.00–15.00\n"
            "Beslutande Karin Dahl (S), ordförande\nNils Örn (M), vice ordförande\nAisha Berglund (V)\n"
            "Övriga närvarande Mona Vik, förvaltningschef\nUtses att justera Nils Örn (M)\n"
            "Justeringens plats och tid Kommunhuset, 2025-12-12\n\n§ 15 Dagordning\nNämnden godkänner dagordningen.\n")
    got = {a.name: (a.status, a.roles) for a in parse_minutes(text).attendance}
    assert got == {"Karin Dahl": ("present", ["ledamot", "ordförande"]),
                   "Nils Örn": ("present", ["ledamot", "vice ordförande", "justerare"]),
                   "Aisha Berglund": ("present", ["ledamot"]), "Mona Vik": ("guest", [])}


def test_title_page_and_anslag_box_as_table_rows_give_place_time_body_and_date():
    """A protocol with no page header: the title page's "Plats och tid" row gives the place and
    time, the ANSLAG/BEVIS box's "Organ" and "Sammanträdesdatum" rows the body and the date, their
    cells a tab apart as a Word table gives them; the signatures between name no one new."""
    text = ("Plats och tid\tKommunhuset, sal Granen, kl. 13.00–15.10\n"
            "Beslutande\tKarin Dahl (S), ordförande; Nils Örn (M)\nUtses att justera\tNils Örn (M)\n"
            "Underskrifter\tSekreterare …………… Emil Falk\tParagrafer §§ 12–13\n\tOrdförande …………… Karin Dahl\t\n"
            "ANSLAG/BEVIS\nProtokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
            "Organ\tVård- och omsorgsnämnden\t\t\nSammanträdesdatum\t2025-11-18\t\t\n"
            "Datum då anslaget sätts upp\t2025-11-24\tDatum då anslaget tas ned\t2025-12-16\n\n"
            "§ 12 Dagordning\nNämnden godkänner dagordningen.\n")
    m = parse_minutes(text)
    assert (m.body, m.date, m.place, m.time) == ("Vård- och omsorgsnämnden", "2025-11-18", "Kommunhuset, sal Granen",
                                                 "13.00-15.10")
    assert {a.name for a in m.attendance} == {"Karin Dahl", "Nils Örn", "Emil Falk"}


def test_numbered_decision_labels_each_open_a_decision():
    """"Beslut 1." / "Beslut 2." / "Beslut 3." lines, each a decision of its own, as a secretary
    numbers the points decided under an item."""
    text = ("Krisledningsgruppen\nMinnesanteckningar 2025-11-18\n\nDeltagare: Anna Berg, Per Ek\n\n1. Vård och omsorg\n"
            "MO: Tre särskilda boenden ligger inom området.\n\n"
            "Beslut 1. Särskilda boenden får förtur vid utdelningen av flaskvatten.\n"
            "Beslut 2. Socialchefen får mandat att omfördela personal mellan\nhemtjänstområdena under störningen.\n"
            "Beslut 3 – Skolorna håller öppet.\n\n2. Övrigt\nInget att rapportera.\n")
    decisions = [(d.item, d.text) for d in parse_minutes(text).decisions]
    assert decisions == [("1", "Särskilda boenden får förtur vid utdelningen av flaskvatten."),
                         ("1", "Socialchefen får mandat att omfördela personal mellan hemtjänstområdena under störningen."),
                         ("1", "Skolorna håller öppet.")]


def test_document_status_beside_the_body_on_the_running_header_is_no_part_of_its_name():
    """"KOLBÄCKENS KOMMUN   Krisledningsgruppen   Arbetsmaterial": the status of the document is not the
    name the bare "Krisledningsgruppen" takes, and a krisledningsgrupp is the kommun's own."""
    text = ("KOLBÄCKENS KOMMUN      Krisledningsgruppen      Arbetsmaterial\nMinnesanteckningar 2025-11-18\n\n"
            "Deltagare: Anna Berg, Per Ek\n\n1. Lägesbild\nLäget är stabilt.\n")
    assert parse_minutes(text).body == "Krisledningsgruppen, Kolbäckens kommun"


def test_roster_with_a_presence_column_after_each_name_column():
    """"Huvudman | Ordinarie ledamot | Närv. | Ersättare | Närv.": each name is read with the mark
    beside it, so an ersättare who served for an absent ledamot is present and the ledamot absent."""
    text = ("Samverkansgrupp Barn och unga\nMinnesanteckningar 2025-08-20\n\nNärvaro\n\n"
            "Huvudman            Ordinarie ledamot     Närv.   Ersättare           Närv.\n"
            "Region Mälarby      Annelie Frost         Ja      Johan Lind          Nej\n"
            "Ekeby kommun        Sofia Lindgren        Nej     Amanda Kivelä       Ja\n\n"
            "1. Mötets öppnande\nAnnelie öppnar mötet.\n")
    att = {a.name: (a.status, a.roles[0]) for a in parse_minutes(text).attendance}
    assert att == {"Annelie Frost": ("present", "ledamot"), "Johan Lind": ("absent", "ersättare"),
                   "Sofia Lindgren": ("absent", "ledamot"), "Amanda Kivelä": ("present", "ersättare")}


def test_points_numbered_under_a_decision_label_are_no_items():
    """Notes numbering their items "1." … "6." and the points decided under "Beslut" "1." … "3.": a
    point wrapped before its full stop reads like a title, yet the item of its number is the heading."""
    from samverkan.loaders.segment import segment_minutes

    text = ("Arbetsgruppen\nMinnesanteckningar 2025-08-20\n\n1. Inledning\nText.\n2. Uppföljning\nText.\n"
            "3. Införandeplan för barn och unga\nText.\nBeslut\n1. Gruppen ställer sig bakom utkastet med de\n"
            "ändringar som framkom.\n2. Annelie redovisar utkastet.\n3. Kommunerna lämnar sina uppgifter till\n"
            "Hanna senast den 10 september.\n4. Skolläkare\nText.\n")
    assert [(it.number, it.title) for it in segment_minutes(text).items] == [
        ("1", "Inledning"), ("2", "Uppföljning"), ("3", "Införandeplan för barn och unga"), ("4", "Skolläkare")]


def test_council_over_its_arbetsutskott_in_one_title_cell_names_the_arbetsutskott():
    """A Word title cell of three paragraphs read as one line: the län in capitals, the council with
    its acronym, "Arbetsutskottet". The arbetsutskott met; the council is named with its acronym."""
    text = ("NORRTUNA LÄN Hälso-, sjukvårds- och omsorgsrådet (HSVO) Arbetsutskottet\tPROTOKOLL 2025-10-30\n\n"
            "Närvarande: Karin Sjöholm (S), ordförande\n\n§ 21 Val av justerare\nHamid Rostami utses.\n")
    p = parse_minutes(text)
    assert p.body == "Hälso-, sjukvårds- och omsorgsrådets arbetsutskott"
    assert "Hälso-, sjukvårds- och omsorgsrådet (HSVO)" in p.preamble


def test_notes_mailed_with_a_bare_kind_in_the_subject_take_the_body_the_title_names():
    """"Ämne: Minnesanteckningar ledningsgruppen 11 juni" sent "Till: Ledningsgruppen för samverkan i
    Ådalen": the subject's bare kind is the body the recipients name in full."""
    text = ("Ämne: Minnesanteckningar ledningsgruppen 11 juni\nFrån: Maria Engström\n"
            "Till: Ledningsgruppen för samverkan i Ådalen\n\n"
            "LEDNINGSGRUPPEN FÖR SAMVERKAN I ÅDALEN\nMinnesanteckningar från mötet 2025-06-11\n\n"
            "Närvarande\nSofia Rehn, regiondirektör, Region Ådalen (ordförande)\n\nFörhinder\n"
            "Åsa Lindroth, kommundirektör, Forsby kommun\n\nAdjungerad till punkt 3\n"
            "Helga Nyberg, projektledare, Region Ådalen\n\n1. INLEDNING\nDagordningen fastställdes.\n")
    p = parse_minutes(text)
    assert p.body == "Ledningsgruppen för samverkan i Ådalen"
    att = {a.name: a.status for a in p.attendance}
    assert att == {"Sofia Rehn": "present", "Åsa Lindroth": "absent", "Helga Nyberg": "guest"}


def test_loggforare_keeps_the_minutes_and_holds_no_seat():
    text = ("Krisledningsgruppen\nMinnesanteckningar 2025-11-18\n\nFunktion\tNamn\tNärvaro\n"
            "Kommundirektör, ordförande\tAnnika Strand\tNärvarande\nLoggförare\tElin Dahl\tNärvarande\n\n"
            "1. Lägesbild\nLäget är stabilt.\n")
    roles = {a.name: a.roles for a in parse_minutes(text).attendance}
    assert "ledamot" in roles["Annika Strand"] and roles["Elin Dahl"] == ["sekreterare"]


def test_a_beslutat_column_saying_where_a_task_was_given_holds_no_decision():
    text = ("Arbetsutskottet\nProtokoll 2025-10-30\n\nNärvarande: Karin Sjöholm\n\n§ 23 Uppföljning av uppdrag\n"
            "Uppdrag\tMottagare\tBeslutat\tStatus\nHandlingsplan för psykisk hälsa\tLLG\tHSVO 2025-03-14 § 8\tKlar\n\n"
            "Arbetsutskottets beslut\nRedovisningen läggs till handlingarna.\n")
    assert [d.text for d in parse_minutes(text).decisions] == ["Redovisningen läggs till handlingarna."]


def test_a_task_given_to_a_role_written_with_shared_compounds_names_its_holder():
    """"Hälso- och sjukvårdsdirektören får i uppdrag att …": the attendee whose title is hälso- och
    sjukvårdsdirektör; and a passive delegation to a group is the meeting's decision."""
    from samverkan.loaders.relations import extract_relations

    text = ("Regionala ledningsgruppen\nProtokoll 2025-06-12\n\nNärvaro\nNamn\tFunktion\tNärvaro\n"
            "Gunnar Ekelund\thälso- och sjukvårdsdirektör, ordförande\tX\nTomas Wenner\tsocialchef\tX\n\n"
            "§ 35 Läkarmedverkan\nBeslut: Hälso- och sjukvårdsdirektören får i uppdrag att ta fram ett förslag till "
            "finansieringsmodell till mötet den 25 september.\n\n§ 36 Betalningsansvar\n"
            "Uppföljningen av betalningsansvaret delegeras till Arbetsgrupp utskrivning.\n")
    p = parse_minutes(text)
    assert ("36", "delegera uppföljningen av betalningsansvaret till Arbetsgrupp utskrivning") in [
        (d.item, d.text) for d in p.decisions]
    tasks = [(a.assignees, a.task) for a in extract_relations(p).assignments if a.item == "35"]
    assert tasks and tasks[0][0] == ["Gunnar Ekelund"] and tasks[0][1].startswith("ta fram ett förslag")


def test_word_roster_goes_on_under_a_section_row_merged_across_it():
    """"Övriga" in a row of its own, merged across a Word roster: the rows under it are read in the
    table's columns as guests, a row whose huvudman cell is merged upwards included."""
    text = ("RLG\nProtokoll 2025-06-12\n\nNärvaro\nHuvudman\tNamn\tFunktion\tNärvaro\n"
            "Region Havsby\tGunnar Ekelund\tdirektör\tX\nÖvriga\t\t\t\n"
            "Region Havsby\tHenrik Nyqvist\tprocessledare, § 34\tX\n\tYasmin Farouk\tordförande i gruppen, § 34\tX\n"
            "Lövsta kommun\tTherese Malmsten\ttf. socialchef, § 37\tX\n\n§ 31 Öppnande\nText.\n")
    att = {a.name: (a.status, a.organisation) for a in parse_minutes(text).attendance}
    assert att == {"Gunnar Ekelund": ("present", "Region Havsby"), "Henrik Nyqvist": ("guest", "Region Havsby"),
                   "Yasmin Farouk": ("guest", "Region Havsby"), "Therese Malmsten": ("guest", "Lövsta kommun")}


def test_a_decided_clause_whose_subject_is_the_secretary_gives_the_secretary_a_task():
    """"att sekreteraren meddelar Samverkansgrupp X beslutet senast den 19 juni": the one the
    attendance names as sekreterare is to let the group know."""
    from samverkan.loaders.relations import extract_relations

    text = ("Regional ledningsgrupp\nProtokoll 2025-06-12\n\nOrdförande: Gunnar Ek\nSekreterare: Moa Falk\n\n"
            "§ 36 Finansiering av SIP-utbildning\nRLG beslutar\n1. att kostnaden delas lika mellan huvudmännen,\n"
            "2. att sekreteraren meddelar Samverkansgrupp barn och unga beslutet senast den 19 juni.\n")
    tasks = [(a.assignees, a.due_date) for a in extract_relations(parse_minutes(text)).assignments]
    assert (["Moa Falk"], "2025-06-19") in tasks


def test_follow_up_table_with_a_mottagare_and_a_beslutat_column_names_who_gave_each_task():
    """"Uppdrag | Mottagare | Beslutat | Status": each row a task of the Mottagare, given by the body
    the Beslutat cell names before its date, which delegates to it."""
    from samverkan.loaders.relations import extract_relations

    text = ("Arbetsutskottet\nProtokoll 2025-10-30\n\nNärvarande: Karin Sjöholm, ordförande\n\n"
            "§ 23 Uppföljning av uppdrag\nRådet för vård och omsorg (RVO) har gett uppdrag till Ledningsgruppen (LLG).\n"
            "Uppdrag\tMottagare\tBeslutat\tStatus\nUppföljning av hemsjukvårdsavtalet\tLLG\tRVO 2025-06-13 § 19\tPågår\n\n"
            "Arbetsutskottets beslut\nRedovisningen läggs till handlingarna.\n")
    r = extract_relations(parse_minutes(text))
    assert [(a.assignees, a.task) for a in r.assignments if a.task.startswith("uppföljning")] == [
        (["LLG"], "uppföljning av hemsjukvårdsavtalet")]
    assert ("RVO", "LLG", "delegates") in [(m.from_body, m.to_body, m.kind) for m in r.mandates]


def test_points_after_och_foreslar_x_besluta_att_are_the_bodys_decision_to_propose_them():
    text = ("§ 1   Överenskommelse\n\nBeslut\nRegionstyrelsen beslutar för egen del att\n"
            "1. ställa sig bakom överenskommelsen,\n2. ge direktören i uppdrag att ta fram en plan för införandet och\n"
            "   redovisa den för regionstyrelsen i mars 2026,\n\noch föreslår regionfullmäktige besluta att\n"
            "3. anta överenskommelsen.\n\n§ 2   Övrigt\n\nBeslut\nInformationen noteras.\n")
    got = [t.rstrip(",.") for _, t in texts(text)]
    assert got == ["ställa sig bakom överenskommelsen",
                   "ge direktören i uppdrag att ta fram en plan för införandet och redovisa den för regionstyrelsen i mars 2026",
                   "föreslå regionfullmäktige besluta att anta överenskommelsen", "Informationen noteras"]


def test_a_mailed_summary_with_its_own_roster_words_and_a_dated_decision_log():
    """'Med var:' / 'Hade förhinder:' are the roster; the meeting was the day the summary was sent
    ('möte i dag'); the log's rows of earlier meetings are not this meeting's decisions."""
    text = ("Från: Johanna Ek\nSkickat: den 12 november 2025 16:42\nTill: SIP-nätverket Norrby\n"
            "Ämne: Sammanfattning från mötet\n\nTack för ett bra möte i dag.\n\n"
            "Med var: Johanna Ek (Åby kommun), Omar Aziz (Region Norrby, BUP).\nHade förhinder: Britt Lönn (Åby kommun).\n\n"
            "1. Statistik – antalet planer har ökat i alla tre kommunerna.\n"
            "2. Utbildning – Vi bestämde att nätverket anordnar två utbildningstillfällen i mars.\n\n"
            "Beslutslogg\nDatum       Beslut                                        Status\n"
            "2025-09-10  Nätverket träffas varannan månad              Pågår\n"
            "2025-11-12  Nätverket anordnar två utbildningar i mars   Nytt\n")
    p = parse_minutes(text, "x.txt")
    assert p.date == "2025-11-12" and p.writer == "Johanna Ek"
    assert [(a.name, a.status) for a in p.attendance] == [
        ("Johanna Ek", "present"), ("Omar Aziz", "present"), ("Britt Lönn", "absent")]
    logged = [d.text for d in p.decisions]
    assert "Nätverket anordnar två utbildningar i mars" in logged
    assert "Nätverket träffas varannan månad" not in logged


def test_a_group_kind_shortened_before_its_name_in_the_title_is_the_body():
    p = parse_minutes("# AG Trygg hemgång – 2025-11-04\n\n**Kallade:** Sofia Kron, Anders Lund\n\n"
                      "**Uppföljning**\n- Klart.\n\n**Nästa möte**\n- 2025-12-02\n", "x.md")
    assert p.body == "Arbetsgrupp Trygg hemgång"


def test_a_title_in_its_definite_form_presenting_is_the_one_attendee_holding_it():
    text = ("SOCIALNÄMNDEN\nProtokoll 2025-10-22\n\nNärvarande: Per Holm (S), ordförande\nTjänstepersoner: Carina Lööf, "
            "socialchef; Mikael Dahl, sekreterare\n\n1 §\nÖverenskommelse\nSocialchefen föredrar ärendet.\nNämndens beslut\n"
            "Socialnämnden beslutar att anta överenskommelsen.\n\n2 §\nÖvrigt\nNämndens beslut\nInformationen noteras.\n")
    first = parse_minutes(text, "x.txt").items[0]
    assert first.presenters == ["Carina Lööf"]


def test_roster_headings_of_real_notes_without_colons():
    """Notes of styrgrupper and networks: "Meddelat förhinder" over the absent, "Kansliet" over the staff,
    members who came late or left early still members, the writer under "Vid anteckningarna" at the foot."""
    text = ("Minnesanteckningar från styrgruppsmöte för det regionala nätverket, 14 oktober 2025\n\n"
            "Närvarande\nGunilla Östberg, Granheds kommun, ordförande\n"
            "Farida Haddad, Björkvattnets kommun (kom under punkt 2)\n"
            "Tobias Lind, Region Skärlinge (lämnade mötet efter punkt 2)\n\n"
            "Meddelat förhinder\nKarin Ahlgren, Kommunförbundet Skärlinge\n\n"
            "Kansliet\nLena Hägg, utvecklingsledare\n\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Nästa möte\n9 december.\n\n"
            "Vid anteckningarna\nLena Hägg\n")
    p = parse_minutes(text)
    att = {a.name: a for a in p.attendance}
    assert p.body == "Styrgruppen för det regionala nätverket"
    assert {n: a.status for n, a in att.items()} == {
        "Gunilla Östberg": "present", "Farida Haddad": "present", "Tobias Lind": "present",
        "Karin Ahlgren": "absent", "Lena Hägg": "guest"}
    assert att["Farida Haddad"].paragraphs == ["2–"] and att["Tobias Lind"].paragraphs == ["–2"]
    assert "sekreterare" in att["Lena Hägg"].roles and "ledamot" not in att["Lena Hägg"].roles


def test_a_roster_split_by_provider_headings_and_a_table_read_a_cell_a_line():
    """"Primärvården" under a "Name, title, place." line heads the next people (no run-on of the line
    above); a table's name cell over its details cell gives the details as after a comma ("p 12–15")."""
    text = ("Minnesanteckningar\nLedningsgrupp barn och unga\n2025-11-19\n\nNärvarande\n"
            "Peter Ågren, chefläkare, Ängsmarks sjukhus.\nPrimärvården\n"
            "Cecilia Hammar, verksamhetschef, Vårdcentralen Tornvik.\n"
            "Robert Sahlin\nMossfors kommun, p 2–3\nHelena Ulvsten\nNärvårdskansliet, sekreterare\n\n"
            "1. Öppnande\nMötet öppnades.\n\n2. Rapport\nInget.\n\n3. Nästa möte\nI januari.\n")
    att = {a.name: a for a in parse_minutes(text).attendance}
    assert att["Peter Ågren"].unit == "Ängsmarks sjukhus"  # the line ends there: "Primärvården" is not more of it
    assert set(att) == {"Peter Ågren", "Cecilia Hammar", "Robert Sahlin", "Helena Ulvsten"}
    assert att["Robert Sahlin"].organisation == "Mossfors kommun" and att["Robert Sahlin"].paragraphs == ["2–3"]
    assert att["Helena Ulvsten"].roles == ["sekreterare"]  # the kansli's secretary holds no seat


def test_points_numbered_on_over_the_year_where_the_header_states_the_span():
    text = ("MINNESANTECKNINGAR\nUtvecklingsrådet barn och unga\nTid:\n2025-10-24\nOmfattning:\np 9–11\n"
            "Närvarande:\nEwa Granqvist\n\n9. Mötets öppnande\nMötet öppnades.\n10. Föregående anteckningar\n"
            "Godkändes.\n11. Nästa möte\nI december.\n")
    assert [it.number for it in parse_minutes(text).items] == ["9", "10", "11"]
    # points typed one under the other, no notes between them: items where the header states their span, a list
    # where it does not (points each over notes of their own are items either way)
    listed = text.replace("Mötet öppnades.\n", "").replace("Godkändes.\n", "")
    assert [it.number for it in parse_minutes(listed).items] == ["9", "10", "11"]
    unstated = listed.replace("Omfattning:\np 9–11\n", "")
    assert [it.number for it in parse_minutes(unstated).items] != ["9", "10", "11"]
    assert [it.number for it in parse_minutes(text.replace("Omfattning:\np 9–11\n", "")).items] == ["9", "10", "11"]


def test_a_stand_in_is_read_within_its_cell_never_across_the_cells_before_it():
    """A Word roster under huvudman headings, "Niklas Fors (KD), tjänstgör för Margareta Öberg (S)" a few
    rows under "Anders Hultgren (S), ordförande": the ersättare serving is Niklas Fors, and no person is
    made of the heading's last word and the names on the next row ("Havsby Anders Hultgren")."""
    text = ("PROTOKOLL\nDelregionalt politiskt samråd Västra Åby\tSammanträdesdatum\n\t2025-09-26\n"
            "Närvarande ledamöter\tRegion Åby\n\tAnders Hultgren (S), ordförande\n\tKristina Ödman (M)\n"
            "\tÖstmo kommun\n\tNiklas Fors (KD), tjänstgör för Margareta Öberg (S)\n"
            "Frånvarande\tMargareta Öberg (S), Östmo kommun\n\n"
            "§ 1 Öppnande\nOrdföranden öppnar mötet.\n\n§ 2 Nästa sammanträde\nDen 5 december 2025.\n")
    att = {a.name: a for a in parse_minutes(text, "samrad.docx").attendance}
    assert set(att) == {"Anders Hultgren", "Kristina Ödman", "Niklas Fors", "Margareta Öberg"}
    assert att["Niklas Fors"].substitute_for == "Margareta Öberg" and "ersättare" in att["Niklas Fors"].roles


def test_a_sentence_at_the_bullets_own_margin_ends_the_bulleted_decisions():
    """A PDF read with its layout puts every line a space in; the sentence after the last bulleted
    clause, at the bullets' own margin, is running text, not the clause going on, while a line under
    the clause's text goes on with it."""
    text = ("PROTOKOLL\n Politiskt samrådsorgan Åby\n Datum: 2025-05-16\n Närvarande: Eva Ek, Per Lind\n\n"
            " § 17 Överenskommelse\n Samrådsorganet beslutar\n"
            " •   att rekommendera kommunerna att anta överenskommelsen att gälla från och med\n"
            "     den 1 januari 2026,\n"
            " •   att ge LVO i uppdrag att ta fram en plan och redovisa den för samrådsorganet i september.\n"
            " LVO rapporterar därefter till samrådsorganet vid varje möte under 2026.\n"
            " § 18 Nästa möte\n Den 26 september.\n")
    texts = [d.text for d in parse_minutes(text, "pso.pdf").decisions]
    assert "ge LVO i uppdrag att ta fram en plan och redovisa den för samrådsorganet i september." in texts
    assert any(t.endswith("från och med den 1 januari 2026") for t in texts), texts
    assert not [t for t in texts if "vid varje möte" in t]


def test_a_title_wrapped_after_i_ends_with_the_place_on_the_next_line():
    """"Minnesanteckningar från styrgruppsmöte för den regionala stödstrukturen för socialtjänst i" /
    "Åby län, 14 oktober 2025": the body's name ends with the place the next line starts with."""
    text = ("Minnesanteckningar från styrgruppsmöte för den regionala stödstrukturen för socialtjänst i\n"
            "Åby län, 14 oktober 2025\nPlats: Regionens hus\nNärvarande\nEva Ek, Åby kommun, ordförande\n"
            "Per Lind, Region Åby\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Nästa möte\nDen 9 december.\n")
    p = parse_minutes(text, "rss.pdf")
    assert p.body == "Styrgruppen för den regionala stödstrukturen för socialtjänst i Åby län"
    assert p.date == "2025-10-14"


def test_a_bodys_standing_line_in_the_header_is_read_whole_where_the_page_wrapped_it():
    """"… Styrgruppen arbetar" / "på uppdrag av förbundets styrelse och rapporterar dit.": the header's
    standing line, read with the running text, starts on the line above."""
    text = ("Protokoll fört vid möte med Vägen vidares styrgrupp den 14 oktober 2025\n"
            "Projektet finansieras av Samordningsförbundet Åby. Styrgruppen arbetar\n"
            "på uppdrag av förbundets styrelse och rapporterar dit.\nTid: kl. 09.00–11.00\n"
            "Närvarande: Eva Ek, Försäkringskassan (ordförande); Per Lind, Åby kommun\n"
            "1. Mötets öppnande\nEva Ek öppnade mötet.\n2. Nästa möte\nDen 9 december.\n")
    p = parse_minutes(text, "sg.pdf")
    assert p.preamble == ["Projektet finansieras av Samordningsförbundet Åby. Styrgruppen arbetar på uppdrag av "
                          "förbundets styrelse och rapporterar dit."]


def test_who_reported_back_on_a_piece_of_work_presents_it():
    """"Mikael Stenros återrapporterade frågan om …": the piece of work reported on at the meeting, told by
    who did it; "återrapporterar rutinen till nämnden i december" is still a task to come."""
    from samverkan.loaders.extract import AttendanceEntry, _prose_presenters

    att = [AttendanceEntry("Mikael Stenros", "present"), AttendanceEntry("Rebecka Nylund", "present")]
    told = "Mikael Stenros återrapporterade frågan om ökad skolfrånvaro, som socialnämnden bad gruppen belysa."
    assert _prose_presenters(told, att) == ["Mikael Stenros"]
    assert _prose_presenters("Rebecka Nylund återrapporterar rutinen till nämnden i december.", att) == []


def test_a_given_name_presents_for_the_one_attendee_listed_by_that_initial():
    """A roster naming "I. Rask" and notes saying "Ingela redovisade …": Ingela is I. Rask, where no
    attendee is listed as Ingela in full and no other by the initial I."""
    text = ("Arbetsgrupp SIP – minnesanteckningar\nDatum: 2025-04-10\nNärvarande: I. Rask (Region Åby), "
            "Kent Ågren (Tallby kommun)\n\n1. Föregående anteckningar\nAnteckningarna godkändes.\n\n"
            "2. Utbildningen\nIngela redovisade hur arbetsgruppen lagt upp arbetet.\n")
    items = {i.number: i.presenters for i in parse_minutes(text).items}
    assert items["2"] == ["I. Rask"]


@pytest.mark.parametrize("sentence, decided", [
    ("Överenskoms att rutinen börjar gälla 1 januari.", "rutinen börjar gälla 1 januari"),
    ("Det blev beslut om att godkänna rutinen.", "godkänna rutinen"),
    ("Det fattades beslut om att godkänna rutinen.", "godkänna rutinen"),
    ("Styrgruppen lägger informationen till handlingarna.", "lägga informationen till handlingarna"),
    ("Vi bestämde att nästa möte blir digitalt.", "nästa möte blir digitalt"),
    ("Ett beslut fattades om att godkänna rutinen.", "godkänna rutinen"),
    ("Beslut togs om att godkänna rutinen.", "godkänna rutinen"),
    # (a tabling in the running text is no decision: the Blekinge golds leave "Punkten bordlades" out)
    ("Ärendet bordlades.", None),
    ("Anna Lund bestämde att skicka ut rutinen.", None),
    ("Regionen bestämde i våras att införa rutinen.", None),
    ("Konstaterades att rutinen behöver revideras.", None)])
def test_decisions_told_in_the_running_text_in_more_words(sentence, decided):
    """The meeting's own decisions in the impersonal ("Överenskoms att …", "Det blev beslut om att …", "Ett beslut
    fattades om att …"), "Vi bestämde att …", and the filing of what it was told in the active; a finding
    ("Konstaterades att …") decides nothing, nor does what a person or another body decided."""
    text = ("Minnesanteckningar Styrgrupp Nära vård Norrvik\nDatum: 2025-10-08\n"
            "Närvarande: Anna Lund, Norrviks kommun; Per Ek, Region Västmark\n\n"
            f"1. Rutin för utskrivning\nPer Ek presenterade rutinen.\n{sentence}\n\n2. Övrigt\nInga övriga frågor.\n")
    assert [d.text for d in parse_minutes(text).decisions] == ([decided] if decided else [])


@pytest.mark.parametrize("sentence, presenters", [
    ("Information från Per Ek om statistiken.", ["Per Ek"]),
    ("Dragning av verksamhetschef Per Ek.", ["Per Ek"]),
    ("Per Ek gav en lägesbild.", ["Per Ek"]),
    ("Per Ek höll en presentation om statistiken.", ["Per Ek"]),
    ("Per Ek drog ärendet.", ["Per Ek"]),
    ("Per Ek delgav gruppen statistiken.", ["Per Ek"]),
    ("Per Ek uppdaterade styrgruppen om statistiken.", ["Per Ek"]),
    ("Per Ek ger en lägesbild till styrgruppen i december.", []),
    ("Per Ek drar ärendet vid nästa möte.", [])])
def test_presenters_in_more_words_of_notes(sentence, presenters):
    """Who gave the meeting a picture, a presentation or the matter ("gav en lägesbild", "höll en dragning",
    "drog ärendet", "delgav gruppen …", "Information från X om …") presents the item; who is to give one
    elsewhere or later has a task, presents nothing."""
    text = ("Minnesanteckningar Styrgrupp Nära vård Norrvik\nDatum: 2025-10-08\n"
            "Närvarande: Anna Lund, Norrviks kommun; Per Ek, Region Västmark\n\n"
            f"1. Statistik\n{sentence}\n\n2. Övrigt\nInga övriga frågor.\n")
    assert parse_minutes(text).items[0].presenters == presenters


@pytest.mark.parametrize("label, relation", [
    ("Uppdragsgivare", "arbetar på uppdrag av"), ("Beställare", "arbetar på uppdrag av"),
    ("Uppdrag från", "arbetar på uppdrag av"), ("Rapporterar till", "rapporterar till")])
def test_a_labelled_header_line_states_the_bodys_standing_mandate(label, relation):
    """"Uppdragsgivare: Styrgrupp Nära vård Norrvik" in the header of a working group's notes: the body it
    works for, read as the sentence it stands for; a person under such a label names no body."""
    head = ("Minnesanteckningar Arbetsgrupp SIP Norrvik\n{}\nDatum: 2025-10-08\n"
            "Närvarande: Anna Lund, Norrviks kommun; Per Ek, Region Västmark\n\n"
            "1. Uppföljning\nPer Ek visade statistiken.\n\n2. Övrigt\nInga övriga frågor.\n")
    p = parse_minutes(head.format(f"{label}: Styrgrupp Nära vård Norrvik"))
    assert p.preamble == [f"Gruppen {relation} Styrgrupp Nära vård Norrvik."]
    from samverkan.loaders.relations import extract_relations
    flows = {(m.from_body.split()[0], m.to_body.split()[0]) for m in extract_relations(p).mandates}
    assert flows == ({("Arbetsgrupp", "Styrgrupp")} if relation == "rapporterar till" else {("Styrgrupp", "Arbetsgrupp")})
    assert not any(relation in x for x in parse_minutes(head.format(f"{label}: Anna Lund")).preamble)


@pytest.mark.parametrize("heading, title, presenters", [
    ("1. Statistik (PE)", "Statistik", ["Per Ek"]),
    ("1. Statistik (PE/AL)", "Statistik", ["Per Ek", "Anna Lund"]),
    ("1. Statistik – Per Ek", "Statistik", ["Per Ek"]),
    ("1. Rapport (RSS)", "Rapport (RSS)", []),
    ("1. Rapport – RSS", "Rapport – RSS", []),
    ("1. Rapport – Region Västmark", "Rapport – Region Västmark", [])])
def test_who_brings_a_point_by_initials_or_after_a_dash_in_its_heading(heading, title, presenters):
    """An agenda heading names who brings the point by the initials the roster gives, in brackets, or by
    name after a dash; an acronym or a body there is part of the title."""
    text = ("Minnesanteckningar Styrgrupp Nära vård Norrvik\nDatum: 2025-10-08\n"
            "Närvarande: Anna Lund (AL), Norrviks kommun; Per Ek (PE), Region Västmark\n\n"
            f"{heading}\nStatistiken visar en ökning.\n\n2. Övrigt\nInga övriga frågor.\n")
    item = parse_minutes(text).items[0]
    assert (item.title, item.presenters) == (title, presenters)


@pytest.mark.parametrize("label, status, roles", [
    ("Anmäld frånvaro", "absent", ["ledamot"]), ("Frånvarande med anmälan", "absent", ["ledamot"]),
    ("Frånvarande utan anmälan", "absent", ["ledamot"]), ("Saknas", "absent", ["ledamot"]),
    ("Deltog ej", "absent", ["ledamot"]), ("Ej deltagit", "absent", ["ledamot"]),
    ("Inbjudna som inte deltog", "absent", ["ledamot"]), ("Dokumentation", "present", ["sekreterare"]),
    ("Deltog", "present", ["ledamot"])])
def test_more_roster_labels_of_notes(label, status, roles):
    """Labels secretaries put over those who did not come ("Anmäld frånvaro", "Saknas", "Deltog ej") and over
    who kept the notes ("Dokumentation"): read as what they say, not as more attendees present."""
    text = ("Minnesanteckningar Styrgrupp Nära vård Norrvik\nDatum: 2025-10-08\nNärvarande: Anna Lund, Norrviks kommun\n"
            f"{label}: Per Ek, Region Västmark\n\n1. Statistik\nText.\n\n2. Övrigt\nInga övriga frågor.\n")
    assert [(a.status, a.roles) for a in parse_minutes(text).attendance if a.name == "Per Ek"] == [(status, roles)]


@pytest.mark.parametrize("line, roles, org, title", [
    ("Per Ek/Region Västmark", ["ledamot"], "Region Västmark", None),
    ("Ordf. Per Ek, Region Västmark", ["ledamot", "ordförande"], "Region Västmark", None),
    ("Per Ek – ordf., Region Västmark", ["ledamot", "ordförande"], "Region Västmark", None),
    ("Per Ek, Region Västmark – sekreterare", ["ledamot", "sekreterare"], "Region Västmark", None),
    ("Per Ek, verksamhetschef, Region Västmark, deltog digitalt", ["ledamot"], "Region Västmark", "verksamhetschef"),
    ("Per Ek, Region Västmark, från kl. 10.00", ["ledamot"], "Region Västmark", None)])
def test_roster_lines_in_more_shapes(line, roles, org, title):
    """A huvudman after a slash, the meeting's role before the name or after a dash, and how or from when
    someone took part (no title of theirs): each line is the one attendee it names."""
    text = ("Minnesanteckningar Styrgrupp Nära vård Norrvik\nDatum: 2025-10-08\nNärvarande:\nAnna Lund, Norrviks kommun\n"
            f"{line}\n\n1. Statistik\nText.\n\n2. Övrigt\nInga övriga frågor.\n")
    got = [(a.roles, a.organisation, a.title) for a in parse_minutes(text).attendance if a.name == "Per Ek"]
    assert got == [(roles, org, title)]


@pytest.mark.parametrize("line", ["Datum: 8/10 2025", "Datum: 8 okt 2025", "Onsdag 8.10.2025", "Datum: 08.10.2025",
                                  "Möte 2025.10.08", "När: 8 oktober 2025, kl 9-11", "Sammanträdesdag: 2025-10-08",
                                  "Tidpunkt: 8 oktober 2025"])
def test_the_meeting_date_in_more_shapes(line):
    """Dates written with numbers and dots or slashes, a month shortened, and labels "När", "Tidpunkt",
    "Sammanträdesdag": the meeting's date, not one left to the file name."""
    text = (f"Minnesanteckningar Styrgrupp Nära vård Norrvik\n{line}\nNärvarande: Anna Lund, Norrviks kommun\n\n"
            "1. Statistik\nText.\n\n2. Övrigt\nInga övriga frågor.\n")
    assert parse_minutes(text).date == "2025-10-08"


@pytest.mark.parametrize("label", ["Ansvarig för punkten", "Punktansvarig", "Dragning", "Föredras av"])
def test_who_leads_a_point_by_the_agendas_other_labels(label):
    """"Ansvarig för punkten: Per Ek", "Dragning: Per Ek" under a point: who presents it, as "Föredragande:"."""
    text = ("Minnesanteckningar Styrgrupp Nära vård Norrvik\nDatum: 2025-10-08\n"
            "Närvarande: Anna Lund, Norrviks kommun; Per Ek, Region Västmark\n\n"
            f"1. Statistik\n{label}: Per Ek\nStatistiken visar en ökning.\n\n2. Övrigt\nInga övriga frågor.\n")
    assert parse_minutes(text).items[0].presenters == ["Per Ek"]


def test_a_roster_copied_from_a_mail_program_reads_the_names_beside_their_addresses():
    """Outlook lists people as "Name <address>", one a line or several to a line, and its own lists
    surname first: the people are the names, in their order."""
    text = ("Minnesanteckningar Samverkansgrupp äldre\nDatum: 2025-10-14\n\nNärvarande:\n"
            "Anna Lund <anna.lund@sangsta.se>; Per Ek <per.ek@regionsoderlund.se>\n"
            "Ström Eva <eva.strom@sangsta.se>\n\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Fallprevention\nAnna Lund tar fram ett förslag.\n")
    assert [e.name for e in parse_minutes(text, "x.txt").attendance] == ["Anna Lund", "Per Ek", "Eva Ström"]


@pytest.mark.parametrize("written", ["14/10-25", "14/10 -2025", "14-10-2025", "14.10.25", "251014", "20251014"])
def test_the_short_forms_notes_write_the_meeting_date_in(written):
    """"Minnesanteckningar 14/10-25": the year after a dash, in two digits, or the date's digits alone as a file
    is named, in the title and after the date's label alike."""
    for head in (f"Minnesanteckningar Samverkansgrupp äldre {written}\n", f"Samverkansgrupp äldre\nDatum: {written}\n"):
        text = (head + "\nNärvarande:\nAnna Lund, Sångsta kommun\nPer Ek, Region Söderlund\n\n"
                "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Fallprevention\nAnna Lund tar fram ett förslag.\n")
        assert parse_minutes(text, "x.txt").date == "2025-10-14", head


@pytest.mark.parametrize("title", [
    "Referat från mötet i Styrgrupp Nära vård 2025-10-14", "Sammanfattning från mötet i Styrgrupp Nära vård 2025-10-14",
    "Dokumentation från möte i Styrgrupp Nära vård 2025-10-14", "Mötesdokumentation Styrgrupp Nära vård 2025-10-14",
    "Minnesanteckning Styrgrupp Nära vård 2025-10-14", "Anteckningar från workshop med Styrgrupp Nära vård 2025-10-14",
    "Utvecklingsdag Styrgrupp Nära vård 2025-10-14", "Minnesanteckningar – Planeringsdag för Styrgrupp Nära vård 2025-10-14",
    "Anteckningar från arbetsmöte i Styrgrupp Nära vård 2025-10-14",
])
def test_the_body_that_met_under_other_words_for_the_notes_and_the_meeting(title):
    """Notes titled by other words than "Minnesanteckningar" (Referat, Sammanfattning, Dokumentation), and a
    meeting of another kind (arbetsmöte, workshop, planeringsdag): the body is the name after them, never the
    whole title."""
    text = (title + "\n\nNärvarande:\nAnna Lund, Sångsta kommun\nPer Ek, Region Söderlund\n\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Fallprevention\nAnna Lund tar fram ett förslag.\n")
    assert parse_minutes(text, "x.txt").body == "Styrgrupp Nära vård"


def test_a_closing_decision_log_restating_a_point_s_decision_is_that_decision():
    """Notes whose point decides ("Vi bestämde att …") and whose closing log lists the same decision for the
    meeting's day: one decision, of the point, given by the body that met."""
    text = ("Minnesanteckningar SIP-nätverket Åby 2025-11-12\n\nNärvarande: Anna Lund (Åby kommun), Per Ek (Region Norrby)\n\n"
            "1. Statistik\nAntalet SIP:ar har ökat.\n\n2. Utbildning\nVi bestämde att nätverket anordnar två "
            "utbildningstillfällen i mars.\n\n3. Övrigt\nInga övriga frågor.\n\n"
            "Beslutslogg 2025\nDatum       Beslut                                                      Status\n"
            "2025-09-10  Nätverket träffas varannan månad                            Pågår\n"
            "2025-11-12  Nätverket anordnar två utbildningstillfällen i mars 2026    Nytt\n")
    decisions = parse_minutes(text, "x.txt").decisions
    assert [(d.item, d.text, d.decided_by) for d in decisions] == [
        ("2", "nätverket anordnar två utbildningstillfällen i mars", None)]


def test_a_title_by_its_letters_before_a_presenters_name_is_no_part_of_it():
    # "MAS Oliver Palm redogör för ärendet" in a nämnd's Ärendebeskrivning: the MAS presents the item
    text = ("Socialnämnden – protokoll 2026-12-09\n\nNärvarande: Anna Berg (S), ordförande; Per Ek (M); Eva Lund (C)\n\n"
            "§ 1 Justering\nPer Ek utses att justera protokollet.\n\n"
            "§ 2 Riktlinje för läkemedelshantering\nMAS Oliver Palm redogör för ärendet. Riktlinjen har arbetats om.\n\n"
            "§ 3 Nästa sammanträde\nNästa sammanträde hålls den 20 januari.\n")
    items = parse_minutes(text, "protokoll.txt").items
    assert [it.presenters for it in items if it.number == "2"] == [["Oliver Palm"]]


def test_the_presenter_after_a_list_of_documents_and_the_label_over_the_text():
    # "Beslutsunderlag" dashes, then "Ärendebeskrivning" over "MAS Oliver Palm redogör …": run into one sentence
    text = ("Socialnämnden – protokoll 2026-12-09\n\nNärvarande: Anna Berg (S), ordförande; Per Ek (M); Eva Lund (C)\n\n"
            "§ 1 Justering\nPer Ek utses att justera protokollet.\n\n"
            "§ 2 Riktlinje för läkemedelshantering\nBeslutsunderlag\n– Tjänsteskrivelse 2026-11-20\n"
            "– Regional överenskommelse om läkemedel i hemsjukvården, Region Norrland och\n  kommunerna i Norrland\n\n"
            "Ärendebeskrivning\nOliver Palm redogör för ärendet. Riktlinjen har arbetats om.\n\n"
            "§ 3 Nästa sammanträde\nNästa sammanträde hålls den 20 januari.\n")
    items = parse_minutes(text, "protokoll.txt").items
    assert [it.presenters for it in items if it.number == "2"] == [["Oliver Palm"]]


def test_a_body_named_over_two_lines_of_a_list_item_is_given_its_task():
    # a PDF's list item breaks "ge Styrgrupp X vård och omsorg" / "Norrland i uppdrag att …": one decision
    text = ("Regional ledningsgrupp för vård och omsorg (RLG)\nMinnesanteckningar från mötet fredag 11 december 2026\n\n"
            "Närvarande: Helga Nordmark, Region Norrland; Karin Bäck, Åby kommun; Elin Mark, Ekby kommun\n\n"
            "1. Inledning\n ● Helga hälsade välkomna.\n2. Kompetensförsörjning\n"
            " ● Helga Nordmark redovisade läget i valideringsarbetet.\n"
            "● RLG beslutade att ge Styrgrupp kompetensförsörjning vård och omsorg\n"
            "Norrland i uppdrag att ta fram en gemensam introduktionsmodell för\nundersköterskor till juni 2027.\n"
            "3. Korttidsplatser\n ● Beläggningen på korttidsplatserna är fortsatt hög.\n")
    decisions = [d.text for d in parse_minutes(text, "minnesanteckningar.txt").decisions]
    assert decisions == ["ge Styrgrupp kompetensförsörjning vård och omsorg Norrland i uppdrag att ta fram en gemensam "
                         "introduktionsmodell för undersköterskor till juni 2027"]


def test_a_title_written_bare_at_the_head_of_a_sentence_presents_as_its_holder():
    # "Rektor redogjorde för söktrycket": the one attendee whose title is rektor, as "Socialchefen föredrar …" is
    text = ("Styrelsen för Bergsviks folkhögskola – protokoll 2025-11-27\n\nNärvarande:\n- Nils Åström, ordförande\n"
            "- Eva Lind, ledamot\n- Karin Bergh, rektor\n\n1 § Val av justerare\nEva Lind utsågs att justera.\n\n"
            "2 § Långa kurser\nRektor redogjorde för söktrycket till de allmänna kurserna.\n\n3 § Avslutning\n"
            "Ordföranden avslutade mötet.\n")
    items = parse_minutes(text, "protokoll.md").items
    assert [it.presenters for it in items if it.number == "2"] == [["Karin Bergh"]]
