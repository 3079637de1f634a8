"""Minutes by other hands: a local group's points each a Word table of "Noteringar | …" / "Beslut | …"
rows; a roster told in sentences with the note-taker after it ("Anteckningar fördes av Eva Ek, utvecklare vid …"),
or joined by "tillsammans med" after the chair's relative clause; a body "knutet till" another or "en lokal grupp
under" it that hands its views or reports "dit"; a huvudman's choice of a successor told in the present."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_docx_text, load_text


def test_a_points_label_cell_is_no_part_of_the_names_after_it(tmp_path):
    f = load_docx_text(tmp_path, "ag.docx", "Lokal samverkansgrupp Åby\nMinnesanteckningar 17 oktober 2029\n"
                       "Närvarande: Eva Ek, enhetschef, Åby kommun (sammankallande); Per Lind, kurator, Region Norrby; "
                       "Ola Ås, MAS, Åby kommun\n"
                       "1. SIP för vuxna\n"
                       "Noteringar\tPer Lind och Ola Ås beskrev att SIP-möten ofta ställs in.\n"
                       "Beslut\tGruppen beslutade att pröva fasta SIP-tider.\n"
                       "Ansvarig\tPer Lind bokar tiderna.\n\n2. Gruppen\nNoteringar\tEva Ek har lämnat sin tjänst.\n"
                       "Ansvarig\tPer Lind skickar listan.\n\nNästa möte: 12 december 2029.")
    assert not [p for p in f["persons"] if p.startswith("Noteringar")], f["persons"]
    assert any(d.startswith("pröva fasta SIP-tider") for d in f["decisions"]), f["decisions"]


def test_the_note_taker_told_after_a_roster_in_sentences_with_her_title(tmp_path):
    f = load_text(tmp_path, "sg.txt", "STYRGRUPPEN FÖR UNGDOMSMOTTAGNINGARNA I NORRBY\n"
                  "Minnesanteckningar 8 november 2029, kl. 14.00-16.00, Åby kommunhus\n\n"
                  "Närvarande var Lotta Berg (ordf., Region Norrby, verksamhetschef) och Jesper Ahl (Åby kommun,\n"
                  "elevhälsochef). Mona Sand (Öby kommun) hade förhinder. Anteckningar fördes av Vera Ståhl,\n"
                  "utvecklare vid Region Norrby.\n\n1. Mötets öppnande\nLotta öppnade mötet.\n")
    assert "Vera Ståhl" in [a[0] for a in f["attendance"]], f["attendance"]


def test_the_next_ones_joined_to_the_chair_by_tillsammans_med(tmp_path):
    f = load_text(tmp_path, "sg.txt", "Samverkansgrupp barn\nMinnesanteckningar från mötet den 26 september 2029.\n\n"
                  "Vid mötet deltog Eva Ek, verksamhetschef, Region Norrby, som var ordförande, tillsammans med Per\n"
                  "Lind, överläkare, Region Norrby, och Bo Sand, skolchef, Åby kommun.\n\n"
                  "Punkt 1 – Inledning\nEva Ek hälsade välkomna.\n")
    names = {a[0]: a[2] for a in f["attendance"]}
    assert "Per Lind" in names and "ordförande" in names.get("Eva Ek", ()), f["attendance"]


def test_a_council_knutet_to_a_styrgrupp_handing_its_views_there(tmp_path):
    f = load_text(tmp_path, "br.txt", "Brukarråd psykisk hälsa Norrby\nAnteckningar från dialogmöte 19 mars 2030\n\n"
                  "Brukarrådet är knutet till Styrgrupp psykisk hälsa och lämnar sina synpunkter dit efter varje möte.\n\n"
                  "Närvarande: Eva Ek, ordförande; Per Lind\n\n1. Väntetider\nPer Lind redovisade väntetiderna.\n")
    assert ("Brukarråd psykisk hälsa Norrby", "Styrgrupp psykisk hälsa", "reports_to") in f["mandates"], f["mandates"]


def test_chair_and_justerare_signing_side_by_side_each_with_a_label(tmp_path):
    f = load_text(tmp_path, "sn.txt", "ÅBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nSocialnämnden\nSammanträdesdatum 2029-04-24\n\n"
                  "Beslutande: Eva Ek (S), ordförande; Per Lind (M); Bo Sand (C)\nJusterare: Bo Sand\n\n"
                  "§ 41 Val av justerare\nSocialnämnden beslutar att utse Bo Sand att jämte ordföranden justera "
                  "dagens protokoll.\n\n§ 42 Delgivningar\nSocialnämnden beslutar att lägga delgivningarna till "
                  "handlingarna.\n\nVid protokollet: Frida Dahl\nOrdförande: Eva Ek        Justerare: Bo Sand\n")
    roles = {a[0]: a[2] for a in f["attendance"]}
    assert "justerare" in roles["Bo Sand"] and "ordförande" not in roles["Bo Sand"], f["attendance"]
