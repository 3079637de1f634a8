"""The body a page names, where the page names it badly: a meeting system's page copied without its header (the
first numbered point a sentence, never a body's name), a region named only in the genitive in the anslag box
("Region Xs digitala anslagstavla": the body is the region's, named in its base form), and "direktionen" in the
minutes of a förbund's fullmäktige (the förbund's board).
"""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes
from tests.loaders.test_read_formats import load_text

HEADLESS_PAGE = """Hoppa över navigering
 • Länk till inloggning för ledamöter

 • Justering 15 december

 • Enligt fullmäktiges arbetsordning har tillkännagivande om sammanträdet meddelats på anslagstavlan.

 • 1. Eva Lund (M) avsäger sig den 18 oktober 2030 uppdraget som ersättare i fullmäktige.

  Länsstyrelsen meddelar i protokoll den 6 december att Per Holm (M) utses till ersättare i Eva Lunds ställe.

 •   6

  Presidiets information 2030

  • Medborgarförslag om nattbussar (RS/69/2030) fördelas till Kollektivtrafiknämnden.
"""


def test_a_sentence_is_never_the_body_that_met():
    body = parse_minutes(HEADLESS_PAGE, "rf.txt").body
    assert body is None or len(body.split()) <= 3, body


GENITIVE_REGION = """PROTOKOLL 1 (3)
Sammanträdesdatum 2031-02-10
Sammanträdesplats Tallen, Regionhuset, Norrmark
Beslutande Enligt närvarolista
Sekreterare Ulla Ström
Ordföranden Eva Lund (S)
BEVIS OM ANSLAG
Justering har tillkännagivits genom anslag på Region Norrmarkens digitala anslagstavla.
Myndighet Arbetsutskottet
Sammanträdesdatum 2031-02-10
Förvaringsplats för protokollet Region Norrmarkens kansli, Norrmark

Närvarolista
Eva Lund (S), ordförande
Per Holm (M)
Sara Berg (C)

§ 1 Val av justerare
Arbetsutskottet beslutar att utse Per Holm att justera protokollet.

§ 2 Delårsrapport
Arbetsutskottet beslutar att lägga rapporten till handlingarna.
"""


def test_a_region_named_in_the_genitive_owns_the_body_in_its_base_form(tmp_path):
    f = load_text(tmp_path, "au.txt", GENITIVE_REGION)
    assert f["body"] == "Arbetsutskottet, Region Norrmarken"


FÖRBUND_PAGE = """Hoppa över navigering
 • Förbundsfullmäktige 12 juni 2031

 • Plats: Förbundshuset, Åby, kl. 13.00–15.00

 •   1

  Val av justerare

  • Förbundsfullmäktige utser Eva Lund (S) och Per Holm (M) att jämte ordföranden justera protokollet.

 •   2

  Årsredovisning 2030 för Räddningsförbundet Åby

  • Förbundsfullmäktige beslutar att godkänna årsredovisningen för 2030.

 •   3

  Budget 2032

  • Förbundsfullmäktige uppdrar åt direktionen att till fullmäktiges sammanträde i december 2031 redovisa en plan för övningsfältet.
"""


def test_direktionen_in_a_förbund_fullmäktige_is_the_förbund_board(tmp_path):
    f = load_text(tmp_path, "ff.txt", FÖRBUND_PAGE)
    assert f["body"] == "Förbundsfullmäktige, Räddningsförbundet Åby"
    assert [a for a, t in f["assignments"] if "övningsfältet" in t] == [("Direktionen, Räddningsförbundet Åby",)]
