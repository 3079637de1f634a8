"""An action list's rows whose status a PDF's layout sets a space from the date ("2027-02-11 Ny" under
"Klart                    Status", the status's column narrower than its heading), a task wrapped onto the
line under its row: each row is still a task given to its Ansvarig, the wrapped line part of it."""
from __future__ import annotations

from samverkan.loaders.relations import _unwrapped_task_rows
from tests.loaders.test_read_formats import load_text

HEAD = "Nr    Åtgärd                                            Ansvarig            Klart                    Status"
MINUTES = f"""\
STRATEGISK LEDNINGSGRUPP VÄLFÄRD – NORRMARK
Minnesanteckningar

Datum: Torsdag 4 mars 2027, kl. 13.00–15.00

Deltagare
  Agnes Bergfors     socialchef, Ekby kommun (ordförande)
  Leo Strandberg     arbetsmarknadschef, Åby kommun
  Tilda Nyman        förbundschef, Samordningsförbundet Norrmark (sekreterare)

1. Inledning
Agnes Bergfors öppnade mötet. Dagordningen fastställdes.

2. Uppföljning av insatserna
Leo Strandberg redovisade läget i insatserna för unga vuxna.

ÅTGÄRDSLISTA

{HEAD}
A1    Ta fram förslag till gemensam uppföljnings-       Leo Strandberg      2027-04-08 Ny
      mall för insatserna
A2    Skicka sammanställningen till                     Tilda Nyman         2027-03-20 Pågår
      förbundsstyrelsen
A3    Boka lokal till nästa möte                        Agnes Bergfors      2027-03-15 Ny

Vid anteckningarna: Tilda Nyman
"""


def test_the_status_by_the_date_is_a_cell_of_its_own():
    rows = _unwrapped_task_rows(HEAD, ["A3    Boka lokal till nästa möte                        Agnes Bergfors      2027-03-15 Ny"],
                                5, 1)
    assert rows == ["A3\tBoka lokal till nästa möte\tAgnes Bergfors\t2027-03-15\tNy"]


def test_each_row_is_a_task_of_its_ansvarig(tmp_path):
    tasks = dict((who, task) for who, task in load_text(tmp_path, "slg_valfard_2027-03-04.txt", MINUTES)["assignments"])
    assert tasks.get(("Leo Strandberg",)) == "ta fram förslag till gemensam uppföljningsmall för insatserna", tasks
    assert tasks.get(("Tilda Nyman",)) == "skicka sammanställningen till förbundsstyrelsen", tasks
    assert tasks.get(("Agnes Bergfors",)) == "boka lokal till nästa möte", tasks
