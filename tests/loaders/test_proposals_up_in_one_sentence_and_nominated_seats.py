"""Habits of political protocols not read before: an arbetsutskott's proposal up told in one sentence under the
label of its own proposal ("Arbetsutskottets förslag till kommunstyrelsen" / "Arbetsutskottet föreslår
kommunstyrelsen besluta att godkänna avtalet.")."""
from __future__ import annotations

from samverkan.loaders.extract import parse_minutes

AU = """\
# Åby kommun – Kommunstyrelsens arbetsutskott

**Sammanträdesprotokoll** · 7 december 2027 · Kommunhuset, rum Forsen

**Beslutande:** Eva Ek (S), ordförande · Per Lund (M), vice ordförande

#### § 12 – Markanvisningsavtal för kvarteret Ekorren

Ekby Bygg AB har ansökt om markanvisning.

*Arbetsutskottets förslag till kommunstyrelsen*

Arbetsutskottet föreslår kommunstyrelsen besluta att godkänna markanvisningsavtalet med Ekby Bygg AB.

#### § 13 – Riktlinjer för bostadsförsörjning

*Förslag till beslut*

Arbetsutskottet föreslår kommunstyrelsen besluta att anta riktlinjerna.

*Arbetsutskottets beslut*

Ärendet bordläggs till nästa sammanträde.
"""


def test_a_proposal_up_in_one_sentence_under_the_bodys_own_label_is_decided():
    got = [(d.item, d.text) for d in parse_minutes(AU, "ksau_aby_2027-12-07.md").decisions]
    assert ("12", "föreslå kommunstyrelsen besluta att godkänna markanvisningsavtalet med Ekby Bygg AB") in got
    # under "Förslag till beslut", another's draft: the proposal, the decision after its own label
    assert [t for n, t in got if n == "13"] == ["Ärendet bordläggs till nästa sammanträde."]
