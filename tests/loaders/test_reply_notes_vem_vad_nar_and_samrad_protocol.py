"""Two secretaries' habits read on small minutes of their own: a styrgrupp's notes sent as a reply to a member
asking for them ("Sv: Anteckningar styrgruppen X 16/9?"), the body named in full only in the message's text with
the line wrapped inside its name, the members of a new arbetsgrupp listed by huvudman after "Huvudmännen har anmält
följande:" and the tasks closing the notes in a "Vem – vad – när" list of dashed rows; and a delregional political
samråd's Markdown protocol whose absent ersättare is told in a clause ("… hade anmält förhinder.") and whose decided
point wraps after its own "att" ("Samrådet beslutar att föreslå huvudmännen att fastställa" / "…").
"""
from __future__ import annotations

from email.message import EmailMessage

from tests.loaders.test_read_formats import facts, load_text

REPLY = """Hej Stina och alla,

här kommer anteckningarna från torsdagens möte i Styrgrupp
Trygg vård Norrby (3 maj, Åby kommunhus, 13–15). Gunnar har läst igenom dem.

Med på mötet: Gunnar Holm (ordf., Region Norrby), Stina Falk (vice ordf., Åby kommun),
Pia Lund (Öby kommun) och jag (processledare, antecknade).

1. Förra mötet
Anteckningarna från 5 april godkändes.

2. Ny arbetsgrupp: nattbemanning
Styrgruppen beslutade att bilda Arbetsgrupp nattpatrull Norrby med uppdrag att ta fram ett förslag
till gemensam nattpatrull. Huvudmännen har anmält följande:
  Region Norrby: Vera Sund, Primärvården Norrby
  Åby kommun: Pia Lund (sammankallande)
  Öby kommun: namn kommer

Vem – vad – när
Gunnar – kontakta socialchefen i Öby om en ny ledamot – före nästa möte
Pia – kalla arbetsgruppen till första träffen – juni
Alla kommuner – lämna antal larm nattetid under april till Olle – 20 maj

Hälsningar
Olle Berg
Processledare, Region Norrby
"""


def _reply(tmp_path):
    msg = EmailMessage()
    msg["Subject"], msg["From"] = "Sv: Anteckningar styrgruppen Trygg vård 3/5?", "Olle Berg <olle.berg@norrby.se>"
    msg["To"] = "Stina Falk <stina.falk@aby.se>"
    msg["Date"] = "Mon, 7 May 2029 08:14:33 +0200"
    msg.set_content(REPLY)
    path = tmp_path / "sg.eml"
    path.write_bytes(bytes(msg))
    return facts(path, tmp_path)


def test_a_reply_subject_asking_for_the_notes_names_the_body_the_text_names_in_full(tmp_path):
    f = _reply(tmp_path)
    assert f["body"] == "Styrgrupp Trygg vård Norrby", f["body"]


def test_a_vem_vad_nar_list_of_dashed_rows_gives_each_doer_its_task(tmp_path):
    f = _reply(tmp_path)
    assert (("Gunnar Holm",), "kontakta socialchefen i Öby om en ny ledamot") in f["assignments"], f["assignments"]
    assert (("Pia Lund",), "kalla arbetsgruppen till första träffen") in f["assignments"], f["assignments"]
    # the kommuner together as the row's doers: each kommun named, and them together
    assert any("Åby kommun" in who and task.startswith("lämna antal larm nattetid") for who, task in f["assignments"]), \
        f["assignments"]


def test_members_of_a_new_group_listed_by_huvudman_after_the_sides_reported_them(tmp_path):
    f = _reply(tmp_path)
    joined = {(p, g) for p, g, c in f["memberships"] if c == "join"}
    assert ("Vera Sund", "Arbetsgrupp nattpatrull Norrby") in joined, f["memberships"]
    assert ("Pia Lund", "Arbetsgrupp nattpatrull Norrby") in joined, f["memberships"]
    assert "Primärvården Norrby" not in f["persons"]
    # the convener the list names: a duty given at the meeting
    assert (("Pia Lund",), "vara sammankallande i Arbetsgrupp nattpatrull Norrby") in f["assignments"], f["assignments"]


SAMRAD = """# Protokoll – Delregionalt politiskt samråd Norra Norrby

**Sammanträdesdatum:** 2029-03-16, kl. 09.00–11.00
**Plats:** Åby kommunhus

## Närvarande

| Ledamot | Parti | Huvudman | Anmärkning |
|---|---|---|---|
| Karin Ek | S | Region Norrby | ordförande |
| Lars Holm | M | Åby kommun | |

**Ersättare:** Maja Ström (C), Region Norrby, närvarande utan att tjänstgöra.
Nils Rapp (KD), Åby kommun, hade anmält förhinder.

**Justerare:** Lars Holm

## § 4 Kostnadsfördelning

Samordningsgruppen har redovisat två alternativ för hur kostnaderna kan fördelas.

Samrådet beslutar att föreslå huvudmännen att fastställa
kostnadsfördelningen enligt alternativ 1.

## § 5 Nästa sammanträde

Nästa sammanträde hålls den 14 september 2029.
"""


def test_an_ersattare_told_absent_in_a_clause_after_his_details(tmp_path):
    f = load_text(tmp_path, "samrad.md", SAMRAD)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status.get("Nils Rapp") == "absent", f["attendance"]


def test_a_decided_point_wrapped_after_its_own_att_is_no_proposal_lead(tmp_path):
    f = load_text(tmp_path, "samrad.md", SAMRAD)
    assert any(d.startswith("föreslå huvudmännen att fastställa kostnadsfördelningen enligt alternativ 1")
               for d in f["decisions"]), f["decisions"]
