"""Notes posted in a chat channel: the post's head gives its writer and when, the day as the client shows it
("2025-12-16 15:41", "16 december 2025 15:41", "tisdag 15:41"). The writer's "jag" among those present is the
writer, whichever way the day is written.
"""
from __future__ import annotations

import pytest

from samverkan.loaders.extract import parse_minutes

POST = """Lokal närvårdsgrupp Norrby > Allmänt

Ida Wennberg   {day} 15:41
Sammanfattning från dagens möte i närvårdsgruppen
Tisdag 16 december kl. 13.30–15.00, Norrby kommunhus

Med på mötet: Katarina Wiik (sammankallande), Siri Nordahl från kommunen och jag från Hälsocentralen Norrby.
Gustav Tornberg hade förhinder.

1. Kartläggningen
Vi bestämde att kartläggningen görs för alla som är inskrivna i hemsjukvården.
Siri och jag tar fram listan till 20 januari.

2. Nästa möte
Nästa möte hålls i februari.
"""


@pytest.mark.parametrize("day", ["2025-12-16", "16 december 2025", "16 dec.", "tisdag"])
def test_the_writer_of_a_post_is_among_those_present(day):
    p = parse_minutes(POST.format(day=day), "narvardsgrupp_norrby_2025-12-16.txt")
    status = {a.name: a.status for a in p.attendance}
    assert status == {"Katarina Wiik": "present", "Siri Nordahl": "present", "Ida Wennberg": "present",
                      "Gustav Tornberg": "absent"}
