"""Protocols as document sites and pdftotext flatten them: a title page's table printed labels first and values after,
paragraphs numbered without "§" run on over pages with their running furniture, a kommunchef group's roster on one
line with the date, time and place cells after it, and another body's election of its chair or presidium told as
news (seats in that body, neither this body's seats nor its decision)."""
from __future__ import annotations

from samverkan.loaders.read import read_document
from tests.loaders.test_genre_readings import load

# a gemensam nämnd's protocol: the title page's labels on one line, the values a line each after them; every later
# page flattened onto one line under its running header, its paragraphs numbered without "§"
LABELS_FIRST = """\
PROTOKOLL 1(3)
Sammanträdesdatum 2031-04-09
Organ Plats och tid Beslutande Övriga deltagande Utses att justera Justeringens plats och tid
Gemensamma hjälpmedelsnämnden Ekmora
Rådssalen, Kommunhuset i Ekmora, onsdagen den 9 april 2031 kl. 09.00–11.30
Gunilla Rask (S), ordförande, Ekmora kommun
Tord Lindahl (M), vice ordförande, Ravnsby kommun
Sara Öhrn (C), Björklida kommun
Olof Hägg (V), tjänstgörande ersättare för Lena Brand (V), Ekmora kommun
Ersättare: Kim Sjöblom (L), Ravnsby kommun, ej tjänstgörande
Maria Bergsten, förvaltningschef
Jon Ekdal, nämndsekreterare
Tord Lindahl
Kommunhuset, 2031-04-16
Underskrifter Sekreterare ..................... Paragrafer 22–25
Jon Ekdal
PROTOKOLL 2(3) Gemensamma hjälpmedelsnämnden Sammanträdesdatum 2031-04-09 22 Val av justerare Tord Lindahl utsågs att jämte ordföranden justera protokollet. Justering sker den 16 april 2031. 23 Godkännande av dagordning Dagordningen godkändes. 24 Hjälpmedelsrapport Förvaltningschef Maria Bergsten redogjorde för förskrivningen under första kvartalet, som ökat jämfört med förra året, och för leveranstiderna.
PROTOKOLL 3(3) Gemensamma hjälpmedelsnämnden Sammanträdesdatum 2031-04-09 25 Ny prislista för hjälpmedel HJN 2031/4 Maria Bergsten föredrog förslaget till ny prislista för förskrivna hjälpmedel från kommunernas förråd och om hur den ska tillämpas. Gemensamma hjälpmedelsnämnden beslutar att anta prislistan att gälla från och med den 1 juni 2031, att uppdra åt förvaltningschefen att informera förskrivarna om prislistan senast den 15 maj 2031.
"""


def test_a_title_page_printed_labels_first_reads_each_value_under_its_label(tmp_path):
    got = load(tmp_path, LABELS_FIRST, "hjn_2031-04-09.txt")
    assert got["body"] == "Gemensamma hjälpmedelsnämnden Ekmora"
    att = got["attendance"]
    assert att["Gunilla Rask"][0] == "present" and "ordförande" in att["Gunilla Rask"][1]
    assert att["Sara Öhrn"] == ("present", ["ledamot"])
    assert att["Lena Brand"][0] == "absent"  # the one the serving ersättare stands in for
    assert "justerare" in att["Tord Lindahl"][1]
    # the officials after the members: guests, no seats
    assert att["Maria Bergsten"][0] == "guest" and att["Jon Ekdal"][0] == "guest"
    assert ("Sara Öhrn", "Gemensamma hjälpmedelsnämnden Ekmora", "member") in got["memberships"]
    assert not any(p == "Maria Bergsten" and c == "member" for p, _, c in got["memberships"])


def test_paragraphs_numbered_without_a_sign_on_flattened_pages_are_read_as_paragraphs(tmp_path):
    got = load(tmp_path, LABELS_FIRST, "hjn_2031-04-09.txt")
    assert any(d.startswith("anta prislistan") for d in got["decisions"])
    assert any(names == ["Maria Bergsten"] and task.startswith("informera förskrivarna")
               for names, task in got["assignments"])
    (tmp_path / "r.txt").write_text(LABELS_FIRST, encoding="utf-8")
    text = read_document(tmp_path / "r.txt").text
    assert "§ 24 Hjälpmedelsrapport" in text.split("\n")
    # the title ends with the case's number, the first sentence after it
    assert "§ 25 Ny prislista för hjälpmedel HJN 2031/4" in text.split("\n")
    assert "PROTOKOLL 3(3)" not in text  # the running header dropped


# a kommunchef group's protocol as a document site prints it: the first page one line, its roster's seat, date, time
# and place run into it, a list without the colon the others have, and a page's counter ending the line
KOMMUNCHEFER = """\
Kommunchefsmöte, Nordåsen Beslutande: Tove Grahn, Åkerby kommun Bengt Sundqvist, Hällmo kommun Lisa Ferm, Sörnäs kommun, ordförande Anders Rönn, Lillvik kommun Nora Ek, Nordåsens kansli 2031-05-07 08:30-11:30 Lokal Tjädern, Sörnäs kommunhus Frånvarande: Karin Sved, Ekås kommun Jan-Erik Holm Deltagare Tove Grahn, Bengt Sundqvist, Lisa Ferm, Anders Rönn, Nora Ek, Jan-Erik Holm Protokoll 1. Mötets öppnande Ordförande Lisa Ferm öppnade mötet. 2. Föregående protokoll Protokoll KC Nordåsen 2031-04-02.pdf Protokollet lades till handlingarna. 3. Rapport från regionrådet Lisa Ferm rapporterade från regionrådets möte. Ett presidium valdes också: Stig Ulander ordförande, Mona Wik 1:e vice ordförande. Kommunchefsgruppen beslutade att ge Anders Rönn i uppdrag att ta fram en gemensam tidplan för arbetet. 1 / 2
4. Nästa möte Nästa kommunchefsmöte hålls 2031-06-04. 2 / 2
"""


def test_a_kommunchef_groups_roster_on_one_line_reads_who_was_there_and_who_chaired(tmp_path):
    got = load(tmp_path, KOMMUNCHEFER, "kc_2031-05-07.txt")
    att = got["attendance"]
    for name in ("Tove Grahn", "Bengt Sundqvist", "Anders Rönn", "Lisa Ferm"):
        assert att[name][0] == "present", name
    assert "ordförande" in att["Lisa Ferm"][1] and "ordförande" not in att["Anders Rönn"][1]
    assert att["Karin Sved"][0] == "absent" and att["Jan-Erik Holm"][0] == "absent"
    # the meeting titled by its members' post and place is their group's, named as the text names it
    assert got["body"] == "Kommunchefsgruppen, Nordåsen"


def test_a_flattened_kommunchef_protocol_keeps_its_last_short_page_and_drops_the_counters(tmp_path):
    (tmp_path / "kc.txt").write_text(KOMMUNCHEFER, encoding="utf-8")
    lines = read_document(tmp_path / "kc.txt").text.split("\n")
    assert "Tid: 2031-05-07 08:30-11:30" in lines and "Plats: Lokal Tjädern, Sörnäs kommunhus" in lines
    assert "4. Nästa möte" in lines
    assert not any(line.endswith(("1 / 2", "2 / 2")) for line in lines)
    # the link to the point's document after its title is no sentence of the point
    at = lines.index("2. Föregående protokoll")
    assert lines[at + 1] == "Protokollet lades till handlingarna."


def test_another_councils_presidium_told_as_news_is_its_seats_and_no_decision(tmp_path):
    got = load(tmp_path, KOMMUNCHEFER, "kc_2031-05-07.txt")
    assert not any("presidium" in d for d in got["decisions"])
    assert ("Stig Ulander", "Regionrådet", "join") in got["memberships"]
    assert not any(p == "Stig Ulander" and g == got["body"] for p, g, _ in got["memberships"])


OTHER_BOARD = """\
Protokoll Omsorgsnämnden i Ekmora 2031-03-12

Beslutande: Eva Trast (S), ordförande; Per Vinge (M)
Övriga deltagande: Ulla Ström, förvaltningschef

§ 5 Rapporter
Ulla Ström informerade om att Regionala färdtjänstmyndighetens direktion vid sitt sammanträde den 2 mars har valt Nils Boman (S) till ordförande och Åsa Kvarn (M) till vice ordförande. Styrelsen för Ekmora bostäder har valt Lars Ruth till ny ordförande efter Maj Ekman. Informationen lades till handlingarna.
"""


def test_another_boards_election_of_its_chair_is_a_seat_in_that_board_not_in_the_body_that_met(tmp_path):
    got = load(tmp_path, OTHER_BOARD, "on_2031-03-12.txt")
    ms = got["memberships"]
    assert ("Nils Boman", "Regionala färdtjänstmyndighetens direktion", "join") in ms
    assert ("Åsa Kvarn", "Regionala färdtjänstmyndighetens direktion", "join") in ms
    assert ("Lars Ruth", "Styrelsen för Ekmora bostäder", "replace") in ms
    assert ("Maj Ekman", "Styrelsen för Ekmora bostäder", "leave") in ms
    assert not any(g == got["body"] for p, g, _ in ms if p in ("Nils Boman", "Lars Ruth", "Maj Ekman"))


# a landsting's protocol as a site flattens it: the page header's cells on one line with the counter, the place's
# cell printed after the next label before the first member
PLACE_AFTER_LABEL = """\
1 PROTOKOLL 1(9) Regionens kansli RS 4/2031 Kansliavd, Ola Mark Regionstyrelsen Tid Tisdagen den 4 mars 2031, kl 09.00 Plats Närvarande ledamöter Salen Ugglan, Regionhuset, Ekmora Britta Hed (S), ordförande Leif Sand (M), vice ordf. Hanna Rolf (C) Erik Vall (S) Närvarande ersättare Ove Nord (M), Siv Bro (S) Övriga närvarande Ola Mark, Tina Lök Sekreterare Ola Mark

§ 12 Val av justerare
Leif Sand utsågs att justera.
"""


def test_a_place_printed_after_the_next_label_and_a_page_headers_cells_are_read_apart(tmp_path):
    got = load(tmp_path, PLACE_AFTER_LABEL, "rs_2031-03-04.txt")
    assert got["body"] == "Regionstyrelsen"
    att = got["attendance"]
    assert att["Britta Hed"][0] == "present" and "ordförande" in att["Britta Hed"][1]
    assert att["Hanna Rolf"] == ("present", ["ledamot"])
    assert not any("Ugglan" in n or "Ekmora" in n for n in att)


# a beslutsgrupp's protocol as a site flattens it: each page a line opening with the site's page number, the running
# header (the group, the document's number) and, on the first page, the page's own number again
RUNNING_HEAD = """\
1 Beslutsgruppen för Åsö-programmet 3/12 1 Protokoll från beslutsgruppens möte den 5 maj 2031 Närvarande: Gun Hedin, ordf. Ledamöter: Berit Rask Olle Fager Tina Ström Dessutom: Eva Lind, sekretariatet Gun Hedin öppnade mötet. 1. Fastställande av dagordning Dagordningen fastställdes. 2. Föregående protokoll Protokollet lades till handlingarna. 3. Val av justerare Tina Ström valdes till justerare.

2 Beslutsgruppen för Åsö-programmet 3/12 4. Rapporter Olle Fager rapporterade från uppföljningsgruppens möte i april, där projektens resultat för första året gicks igenom och diskuterades utförligt. 5. Nästa möte Nästa möte hålls den 9 juni 2031 i Åsö.
"""


def test_a_running_header_on_every_flattened_page_is_read_once_without_its_counters(tmp_path):
    (tmp_path / "bg.txt").write_text(RUNNING_HEAD, encoding="utf-8")
    lines = read_document(tmp_path / "bg.txt").text.split("\n")
    assert lines[0] == "Beslutsgruppen för Åsö-programmet"
    assert lines[1].startswith("Protokoll från beslutsgruppens möte")
    assert "4. Rapporter" in lines
    assert sum("Åsö-programmet" in line for line in lines) == 1


def test_a_title_page_printed_labels_first_in_a_saved_web_page_is_read_the_same(tmp_path):
    import html
    head = LABELS_FIRST.split("PROTOKOLL 2(3)")[0]
    page = "".join(f"<p>{html.escape(line)}</p>" for line in head.split("\n") if line)
    got = load(tmp_path, f"<html><body>{page}<p>§ 22 Val av justerare</p><p>Tord Lindahl utsågs att justera.</p>"
                         "</body></html>", "hjn_2031-04-09.html")
    assert got["body"] == "Gemensamma hjälpmedelsnämnden Ekmora"
    assert got["attendance"]["Maria Bergsten"][0] == "guest"
    assert got["attendance"]["Sara Öhrn"] == ("present", ["ledamot"])
