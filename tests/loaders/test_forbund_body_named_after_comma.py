"""A förbund's own body named in running text with the förbund after a comma ("Beredningsgruppen,
Samordningsförbundet X"), as its own minutes name it, and the bare word ("beredningsgruppen") later in the
document standing for it."""
from samverkan.loaders.relations import extract_relations, find_groups
from samverkan.loaders.types import AttendanceEntry, ParsedItem, ParsedMinutes


def test_kind_word_and_forbund_after_comma_is_one_body():
    got = [g.name for g in find_groups("Gruppens plats i Beredningsgruppen, Samordningsförbundet Tallmo har stått tom.")]
    assert got == ["Beredningsgruppen, Samordningsförbundet Tallmo"]
    # a person from the förbund is no body of it
    assert find_groups("Eva Lind, Samordningsförbundet Tallmo, informerade.") == []


def test_bare_word_later_is_the_forbunds_body():
    people = [AttendanceEntry(name="Lars Holm", status="present", roles=["ledamot"], organisation="Region Tallmo")]
    body = ("Gruppens plats i Beredningsgruppen, Samordningsförbundet Tallmo har stått tom sedan januari. "
            "Ledningsgruppen utsåg Lars Holm att företräda ledningsgruppen i beredningsgruppen.")
    r = extract_relations(ParsedMinutes(path="x.txt", layout="numbered", body="Ledningsgruppen för samverkan i Tallmo",
                                        attendance=people, items=[ParsedItem(number="2", title="Representation", body=body)]))
    assert ("Lars Holm", "Beredningsgruppen, Samordningsförbundet Tallmo") in {(m.person, m.group) for m in r.memberships}
