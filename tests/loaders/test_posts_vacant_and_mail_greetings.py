"""A post told vacant by its role ("Posten som sekreterare är vakant sedan Sara Berg slutade") is a vacancy and the
leaver's leave; a mail's greeting line ("Hej allihop,") heads no point of the notes under it."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations
from samverkan.loaders.types import ParsedItem, ParsedMinutes


def test_post_vacant_since_the_holder_left():
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Arbetsgrupp unga vuxna",
                                        items=[ParsedItem(number="1", title="Om gruppen", body=(
                                            "Posten som sekreterare är vakant sedan Sara Berg slutade i mars, så vi "
                                            "turas om att skriva."))]))
    assert [(v.role, v.group) for v in r.vacancies] == [("sekreterare", "Arbetsgrupp unga vuxna")]
    assert [(m.person, m.change, m.role) for m in r.memberships] == [("Sara Berg", "leave", "sekreterare")]


MAIL = """Från: Malin Ek
Skickat: den 14 april 2027 08:47
Till: Ahmed Nur; Lina Ås
Ämne: Sammanfattning – Arbetsgrupp unga vuxna 13/4

Hej allihop,

tack för ett bra möte i går! Här kommer en sammanfattning.

Med på mötet:
- Malin Ek, Åby kommun (sammankallande)
- Ahmed Nur, verksamhetschef Vuxenpsykiatrin, Region Norrby
- Lina Ås, socialsekreterare, Ekby kommun

* Om gruppen
Vi arbetar på uppdrag av Styrgrupp Nära vård och rapporterar dit inför varje höst.

* Kartläggningen
Ahmed berättade om den nya mottagningen för unga vuxna som öppnar i augusti.

* Utbildningsdag
Vi bestämde att genomföra en gemensam utbildningsdag den 23 september.

Vänliga hälsningar
Malin Ek
"""


def test_a_mails_greeting_heads_no_point():
    p = parse_minutes(MAIL, "x.txt")
    assert [i.title for i in p.items] == ["Om gruppen", "Kartläggningen", "Utbildningsdag"]
    assert {a.name for a in p.attendance if a.status == "present"} == {"Malin Ek", "Ahmed Nur", "Lina Ås"}
