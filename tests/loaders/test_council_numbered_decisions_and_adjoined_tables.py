"""A regional council's minutes in Markdown: a närvarolista of one table per section under its own heading
("### Ledamöter", "### Adjungerade", "### Frånvarande"), decisions numbered by year in a register ("Beslut 2026:14 –
…", "**Beslut 2026:17**" over bullets), a recommendation to a region named by its quarter and place.

Made-up minutes; each test reads what main did not."""
from __future__ import annotations

from tests.loaders.test_read_formats import load_text

MINUTES = """# Samverkansrådet för e-hälsa i Norra Tallby

**Minnesanteckningar från sammanträde 2027-03-09**
Plats: Regionhuset, Tallby

## Närvarolista

### Ledamöter
| Namn | Funktion | Organisation |
|---|---|---|
| Sara Holmgren | hälsodataansvarig, ordförande | Region Norra Tallby |
| Erik Vallin | IT-chef | Bjursta kommun |
| Lena Åkesson | socialchef | Grönvika kommun |

### Adjungerade
| Namn | Funktion | Organisation |
|---|---|---|
| Mats Gröndal | strateg, sekreterare | Region Norra Tallby |

### Frånvarande
- Petra Nyqvist, IT-chef, Östby kommun

## 1. Dagordning
**Beslut 2027:3** – Dagordningen fastställs.

## 2. Gemensam katalog
Erik Vallin presenterade förslaget.

**Beslut 2027:4**
- En arbetsgrupp för katalogen inrättas under rådet.
- Rådet rekommenderar kommunerna i länet och Region Norra Tallby att ansluta sig till katalogen under 2027.
"""


def test_adjoined_table_under_its_own_heading_and_the_absent_after_it(tmp_path):
    """The table under "### Adjungerade" holds guests, not more ledamöter; the list under "### Frånvarande" the
    member away, not another adjungerad."""
    f = load_text(tmp_path, "samverkansrad_ehalsa_norra_tallby_2027-03-09.md", MINUTES)
    status = {name: st for name, st, _ in f["attendance"]}
    assert status == {"Sara Holmgren": "present", "Erik Vallin": "present", "Lena Åkesson": "present",
                      "Mats Gröndal": "guest", "Petra Nyqvist": "absent"}


def test_decisions_numbered_by_year_keep_only_their_text(tmp_path):
    """"Beslut 2027:3 – Dagordningen fastställs." is the decision "Dagordningen fastställs", and each bullet under
    "Beslut 2027:4" a decision of its own."""
    f = load_text(tmp_path, "samverkansrad_ehalsa_norra_tallby_2027-03-09.md", MINUTES)
    texts = [t.rstrip(".") for t in f["decisions"]]
    assert "Dagordningen fastställs" in texts
    assert "En arbetsgrupp för katalogen inrättas under rådet" in texts
    assert not any("2027:" in t for t in texts)


def test_recommendation_to_a_region_named_by_quarter_and_place(tmp_path):
    """"Region Norra Tallby" is one huvudman, recommended as a whole beside the kommuner of the län."""
    f = load_text(tmp_path, "samverkansrad_ehalsa_norra_tallby_2027-03-09.md", MINUTES)
    recommended = {to for _, to, kind in f["mandates"] if kind == "recommends"}
    assert "Region Norra Tallby" in recommended
    assert "kommunerna i Norra Tallby" in recommended


def test_numbered_decision_label():
    from samverkan.loaders.extract import _DECISION_LABEL

    assert _DECISION_LABEL.match("Beslut 2026:14 – Dagordningen fastställs.")["numbered"] == "Dagordningen fastställs."
    assert _DECISION_LABEL.match("Beslut 2026:17")
    assert _DECISION_LABEL.match("Beslut nr 2026:15 – Rapporten läggs till handlingarna.")["numbered"] \
        == "Rapporten läggs till handlingarna."
    assert not _DECISION_LABEL.match("Beslut 2026 om budgeten")
