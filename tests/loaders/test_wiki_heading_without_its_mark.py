"""A wiki page's notes copied without their Markdown marks: the page's own heading under its front matter, now a
plain line ("Kuratorsnätverket i Åsby län"), names the body that met as the "# " heading did, before the
front matter's title ("title: Kuratorsnätverket Åsby län – träff 12 mars 2027")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

PAGE = """---
title: Kuratorsnätverket Åsby län – träff 12 mars 2027
datum: 2027-03-12
tid: 13.00–15.30
plats: Teams
antecknare: Olof Berg
---

{heading}Kuratorsnätverket i Åsby län

Nätverket samlar kuratorer från länets kommuner och regionens ungdomsmottagningar.

Närvaro 12 mars
- Maja Lind, Åby kommun
- Olof Berg, Öby kommun

1. Välkomna
Maja hälsade välkommen. Anteckningarna från förra träffen godkändes.

2. Rutin vid skolfrånvaro
Olof Berg tar fram ett utkast till nästa träff.
"""


def test_the_heading_without_its_mark_names_the_body():
    assert parse_minutes(PAGE.format(heading="")).body == "Kuratorsnätverket i Åsby län"


def test_the_heading_with_its_mark_names_it_too():
    assert parse_minutes(PAGE.format(heading="# ")).body == "Kuratorsnätverket i Åsby län"


def test_a_sentence_under_the_front_matter_is_no_heading():
    text = PAGE.format(heading="").replace("Kuratorsnätverket i Åsby län\n", "Kuratorsnätverket träffades på Teams.\n")
    assert parse_minutes(text).body != "Kuratorsnätverket träffades på Teams"
