"""An intranet page saved with its site around the minutes: a menu, a side panel "På den här sidan" listing
"Närvaro" and "Ärenden", related pages. Where the page marks its own content <main>, only that is read, so the title
under "Minnesanteckningar" names the body that met and the side panel's "Närvaro" starts no roster."""
from __future__ import annotations

from pathlib import Path

from tests.loaders.test_read_formats import load_text

PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Minnesanteckningar LG - Samverkan Åby</title></head>
<body><div id="SuiteNavWrapper"><a href="#main">Hoppa till huvudinnehåll</a> <span>Intranätet Åby</span></div>
<header><h1 class="site-title">Samverkan Åby</h1></header>
<aside class="side"><h3>På den här sidan</h3><ul><li>Närvaro</li><li>Ärenden</li><li>Nästa möte</li></ul>
<h3>Relaterade sidor</h3><ul><li><a href="/sg">Samverkansgrupper</a></li><li><a href="/arkiv">Tidigare minnesanteckningar</a></li></ul>
<p>Frågor om sidan? Skriv till samverkan@aby.example</p></aside>
<main id="main"><article>
<h1>Minnesanteckningar</h1>
<h2>Ledningsgruppen för vård och omsorg i Åby (LVÅ)</h2>
<p><strong>Datum:</strong> torsdag 19 november 2026, kl. 09.00–12.00<br><strong>Plats:</strong> Regionhuset, Åby</p>
<h3>Närvarande</h3>
<p>Annika Wahl, hälso- och sjukvårdsdirektör, Region Åby, ordförande<br>Lena Hed, socialchef, Ekby kommun<br>
Jonas Lind, socialchef, Norrby kommun</p>
<h3>§ 31 Mötets öppnande</h3><p>Ordföranden hälsade välkommen. Dagordningen godkändes.</p>
<h3>§ 32 Rapport från samverkansgruppen</h3><p>Jonas Lind rapporterade från samverkansgruppen, som arbetar på uppdrag
av LVÅ och rapporterar hit två gånger per år.</p>
</article></main>
<footer>Samverkan Åby · Kontakt</footer></body></html>
"""


def test_only_the_pages_main_content_is_read(tmp_path: Path) -> None:
    f = load_text(tmp_path, "lva_2026-11-19.html", PAGE)
    assert f["body"].endswith("för vård och omsorg i Åby"), f["body"]
    assert {a[0] for a in f["attendance"]} == {"Annika Wahl", "Lena Hed", "Jonas Lind"}, f["attendance"]
