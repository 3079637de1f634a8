"""A roster told a side at a time where the sides are föreningar or authorities, not huvudmän (a brukarråd's notes):
"Från RSMH Åby kom …", "X representerades av …, Y av … och Z av …", a guest named first for a topic, the notes'
writer by her given name."""
from samverkan.loaders.extract import _prose_roster, prose_rosters_unwrapped


def test_sides_named_as_associations_with_gapped_verb():
    s = ("Från Förening Ekby kom Tora Lind, som är rådets ordförande, och Ulf Berg. Aktiv Ekby representerades "
         "av Vera Holm, Stöd Ekby av Sam Ek och Närstående Ekby av Pia Ås. Från Region Norrby deltog Eva Lo, "
         "samordnare. Kim Sand från Åby kommun var med under punkten om boende. Bo Ahl (Stöd Ekby) hade förhinder. "
         "Anteckningarna skrevs av Ulf.")
    out = _prose_roster(s)
    assert out.startswith("Närvarande: Tora Lind (ordförande), Förening Ekby; Ulf Berg (sekreterare), Förening Ekby; "
                          "Vera Holm, Aktiv Ekby; Sam Ek, Stöd Ekby; Pia Ås, Närstående Ekby; Eva Lo, samordnare, "
                          "Region Norrby.")
    assert "Förhinder: Bo Ahl (Stöd Ekby)." in out
    assert "Gäster: Kim Sand, Åby kommun." in out


def test_head_count_sentence_set_apart_from_the_roster():
    text = ("Vi var sex personer på mötet. Från Förening Ekby kom Tora Lind och\nUlf Berg. Bo Ahl hade förhinder.\n\n"
            "1. Inledning")
    lines = prose_rosters_unwrapped(text).split("\n")
    assert lines[0] == "Vi var sex personer på mötet."
    assert lines[1] == "Från Förening Ekby kom Tora Lind och Ulf Berg. Bo Ahl hade förhinder."


def test_a_sentence_of_news_from_an_authority_is_no_roster():
    assert _prose_roster("Från Socialstyrelsen kom nya riktlinjer i höstas.") == "Från Socialstyrelsen kom nya riktlinjer i höstas."
