"""Notes typed in a hurry, each point's title small (an acronym opening one as it is typed anywhere), read the same
points whether the notes' own title is typed small or in capitals."""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes

REST = """
tis 3/2 -27 kl 9-11, teams

närv:
Eva Ek ordf, socialchef Åby
Per Lund enhetschef Ekeby kn
Lisa Holm regionen, vårdcentralen norra
anteckn: Bo Ax

1. förra anteckn.
godkändes utan synpkt

2. hemgång
EE gav en lägesbild, medel 2,8 dgr i jan. PL kollar helgplaneringen och återkommer.

3. SIP-rutinen
Per berättade om revideringen.
Beslut: rutinen antas.

4. övrigt
inget
"""


@pytest.mark.parametrize("title", ["anteckn lokal ledningsgrupp åby", "ANTECKN LOKAL LEDNINGSGRUPP ÅBY"])
def test_the_points_are_read_under_a_title_typed_either_way(title):
    titles = [it.title for it in parse_minutes(title + "\n" + REST, "x.txt").items]
    assert len(titles) == 4 and titles[2].startswith("SIP-rutinen"), titles
