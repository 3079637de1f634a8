"""Habits of secretaries of collaboration bodies read from small inline minutes: a styrgrupp that "verkar på
mandat från" the body above and "lämnar en lägesbild" to it; a question the body cannot settle that "förs vidare
till" the body above; a new representative who "är ny representant för … och efterträder" the one before; a
member who "meddelade att hon avgår ur styrgruppen", one who "kliver av", one who "ersätts från mars av" a
successor; an uppdrag extended by the body above "och ska redovisa" back to it; loose notes whose points carry no
full stop, one of them marked "(beslut)", the notes' keeper labelled "Skriver:", the chair "– leder mötet", a
newcomer "är med för första gången, ordinarie för …", and a seat taken over "som kommunens representant för …
efter" the one who left."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from samverkan.loaders.relations import extract_relations


def _relations(text: str, name: str = "x.txt"):
    p = parse_minutes(text, name)
    return p, extract_relations(p)


def _ms(r):
    return {(m.person, m.group, m.change) for m in r.memberships}


def _md(r):
    return {(m.from_body, m.to_body, m.kind) for m in r.mandates}


_STYRGRUPP = ("Styrgrupp missbruk Norrby\nMinnesanteckningar 2027-01-19\n"
              "Deltagare: Eva Lund, ordförande, Region Norrby; Per Holm, Åby kommun; Sara Berg, Ekby kommun; "
              "Karl Dahl, Lövsta kommun\n\n"
              "§ 1 Öppnande\nEva öppnade mötet. Som bakgrund påmindes om att styrgruppen verkar på mandat från "
              "Ledningsgruppen Norrby och lämnar en lägesbild till Ledningsgruppen Norrby varje halvår.\n\n"
              "§ 2 Förändringar i styrgruppen\nPer Holm är ny representant för Åby kommun och efterträder Lisa Ek, "
              "som har gått vidare till en tjänst i Ekby. Sara Berg meddelade att hon avgår ur styrgruppen efter "
              "vårens sista möte. Karl Dahl har bytt tjänst och kliver av efter dagens möte.\n\n"
              "§ 3 Behandlingsplatser\nFrågan om finansiering av fler behandlingsplatser kan inte avgöras av "
              "styrgruppen och förs vidare till Ledningsgruppen Norrby för ställningstagande.\n\n"
              "§ 4 Nästa möte\n16 mars 2027.\n")


def test_standing_mandate_told_as_verkar_pa_mandat_fran():
    _, r = _relations(_STYRGRUPP)
    md = _md(r)
    assert ("Ledningsgruppen Norrby", "Styrgrupp missbruk Norrby", "delegates") in md
    assert ("Styrgrupp missbruk Norrby", "Ledningsgruppen Norrby", "reports_to") in md


def test_question_fors_vidare_to_the_body_above_is_referred_and_decided():
    p, r = _relations(_STYRGRUPP)
    assert ("Styrgrupp missbruk Norrby", "Ledningsgruppen Norrby", "refers") in _md(r)
    assert any(d.item == "3" and "vidare till Ledningsgruppen Norrby" in d.text for d in p.decisions)


def test_new_representative_who_succeeds_the_one_before():
    _, r = _relations(_STYRGRUPP)
    ms = _ms(r)
    assert ("Per Holm", "Styrgrupp missbruk Norrby", "replace") in ms
    assert ("Lisa Ek", "Styrgrupp missbruk Norrby", "leave") in ms


def test_member_who_avgar_ur_styrgruppen_and_one_who_kliver_av():
    _, r = _relations(_STYRGRUPP)
    ms = _ms(r)
    assert ("Sara Berg", "Styrgrupp missbruk Norrby", "leave") in ms
    assert ("Karl Dahl", "Styrgrupp missbruk Norrby", "leave") in ms


_TEAM = ("Processteam Ungdom Norrby\nMinnesanteckningar 2027-01-27\n"
         "Närvarande: Eva Lund, Region Norrby; Per Holm, Åby kommun; Tove Nyman, Ekby kommun\n\n"
         "1. Återkoppling\nProcessteamet har fått förlängt uppdrag av Samverkansgrupp barn Norrby till och med 2028 "
         "och ska redovisa resultatet av uppföljningen i höst.\n\n"
         "2. Sammansättning\nTove Nyman ersätts från mars av Kristoffer Lund, ungdomsbehandlare i Ekby kommun.\n\n"
         "3. Nästa möte\n24 februari 2027.\n")


def test_extended_uppdrag_reported_back_to_its_giver():
    _, r = _relations(_TEAM)
    assert ("Processteam Ungdom Norrby", "Samverkansgrupp barn Norrby", "reports_to") in _md(r)


def test_replaced_from_a_month_by_a_successor():
    _, r = _relations(_TEAM)
    ms = _ms(r)
    assert ("Tove Nyman", "Processteam Ungdom Norrby", "leave") in ms
    assert ("Kristoffer Lund", "Processteam Ungdom Norrby", "replace") in ms


_NOTES = ("# Lokal samverkansgrupp Ekby – anteckningar 11/2 2027\n\n"
          "**Med på mötet:** Hampus Lind (vc-chef, Region Norrby – leder mötet), Marie Ax (distriktssköterska), "
          "Zeynep Aydin (biståndshandläggare), Erik Holm (MAS Ekby)\n"
          "**Ej med:** Anton Svärd (rektor)\n"
          "**Skriver:** Marie Ax\n\n---\n\n"
          "**1. Nya/avgående i gruppen**\n"
          "- Erik Holm tar över som kommunens representant för hälso- och sjukvården efter Siv Pettersson som gått i pension\n"
          "- Zeynep är med för första gången, ordinarie för biståndsenheten fr.o.m. nu\n"
          "- Hampus fortsätter som sammankallande hela 2027 (beslut)\n\n"
          "**2. Trygg hemgång**\n"
          "- många missar kring läkemedelslistan vid hemgång fredagar\n"
          "- Marie sammanställer våra erfarenheter\n"
          "- **Beslutades** att hemtjänsten alltid ringer vc dagen efter hemgång\n\n"
          "**3. Övrigt**\n- nästa träff 15 april\n")


def test_notes_keeper_labelled_skriver_is_present_and_secretary():
    p, _ = _relations(_NOTES, "x.md")
    marie = next(a for a in p.attendance if a.name == "Marie Ax")
    assert marie.status == "present" and "sekreterare" in marie.roles


def test_points_without_full_stop_each_decide_on_their_own():
    p, _ = _relations(_NOTES, "x.md")
    texts = [d.text for d in p.decisions]
    assert any(t.startswith("hemtjänsten alltid ringer vc") for t in texts)
    assert any(t.startswith("Hampus fortsätter som sammankallande hela 2027") for t in texts)


def test_seat_taken_over_as_the_kommuns_representative_and_a_newcomer_after_a_comma():
    _, r = _relations(_NOTES, "x.md")
    ms = _ms(r)
    body = "Lokal samverkansgrupp Ekby"
    assert ("Erik Holm", body, "replace") in ms
    assert ("Siv Pettersson", body, "leave") in ms
    assert ("Zeynep Aydin", body, "join") in ms


def test_chair_told_after_a_dash_inside_the_brackets():
    for roster in ("Hampus Lind (vc-chef, Region Norrby – leder mötet), Marie Ax (distriktssköterska)",
                   "Hampus Lind (vc-chef – leder mötet), Marie Ax (distriktssköterska)"):
        p, _ = _relations("# Lokal grupp Ekby 2027-02-11\n\n**Med på mötet:** " + roster + "\n\n1. Runda\n- kort runda\n",
                          "x.md")
        hampus = next(a for a in p.attendance if a.name == "Hampus Lind")
        assert "ordförande" in hampus.roles


def test_what_one_reported_after_her_name_and_a_colon_is_no_task():
    _, r = _relations("# Lokal grupp Ekby 2027-02-11\n\nNärvarande: Cecilia Ljung, Per Holm\n\n"
                      "1. Psykisk ohälsa äldre\n- Cecilia: fler äldre med depression som inte fångas i hemtjänsten\n"
                      "- Per: mer stöd behövs i hemtjänsten\n", "x.md")
    assert not any(a.task.startswith(("fla ", "ma ")) for a in r.assignments)
