"""Notes written in Word without heading styles, a title a paragraph of its own over its text: a title over a
list whose first point ends in an exclamation ("… före kl 11 under november. Bra!") heads a point as one over
a sentence ending in a full stop does."""
from __future__ import annotations

from tests.loaders.test_read_formats import facts


def test_a_title_over_a_point_ending_in_an_exclamation_heads_a_point(tmp_path):
    import docx

    d = docx.Document()
    for text, style in (
            ("Processteam hemgång Tallby – anteckningar 2027-11-09", None),
            ("Med idag: Eva Lindblad (samordnare Tallby kommun), Per Ahlgren (avd 4 Region Norrmark), "
             "Sara Fors (hemsjukvården Tallby).", None),
            ("Från förra gången", None),
            ("PA skulle kolla om avd 4 kan skicka inskrivningsmeddelandet tidigare. Gjort, avd 4 testar "
             "under november. Bra!", "List Bullet"),
            ("SF skulle gå igenom avvikelserna från september. Klart, två av dem gällde helgen.", "List Bullet"),
            ("Checklista för hemgång", None),
            ("Eva Lindblad berättade att styrgruppen vill ha en enkel checklista för hemgång på fredagar till "
             "december.", None),
            ("Läkemedel vid hemgång", None),
            ("Lång diskussion om vem som delar läkemedel första dygnet. Frågan går vidare till styrgruppen.", None),
            ("Nästa träff 23/11 kl 14, samma ställe.", None)):
        d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
    path = tmp_path / "processteam_tallby_2027-11-09.docx"
    d.save(str(path))
    assert [t for _, t in facts(path, tmp_path)["items"]] == ["Från förra gången", "Checklista för hemgång",
                                                               "Läkemedel vid hemgång"]
