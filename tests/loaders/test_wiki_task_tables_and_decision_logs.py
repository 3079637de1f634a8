"""A wiki's meeting page (a Confluence-like export): a "Deltagare" table of @-mentions, the points in a
"Punkt | Ansvarig | Anteckningar" table, a "Beslut" log numbered in a "#" column and an "Actions" table
with English headings; and a proposal another group puts to the body that met. Each read on a small
page of its own, loaded alone into a fresh store.
"""
from __future__ import annotations

from samverkan.loaders.pipeline import parse_file
from tests.loaders.test_read_formats import load_text

WIKI_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>2028-03-02 LG mötesanteckningar - Wiki</title></head>
<body>
<ol id="breadcrumbs"><li><a href="/">Samverkan Norrby</a></li><li><a href="/lg">Ledningsgruppen för vård och omsorg i Norrby (LGN)</a></li></ol>
<div id="main-content">
<h1>Ledningsgruppen för vård och omsorg i Norrby (LGN) – mötesanteckningar 2028-03-02</h1>
<h2>Datum</h2><p><time datetime="2028-03-02">02 mar 2028</time>, Regionhuset i Norrby</p>
<h2>Deltagare</h2>
<table><tbody>
<tr><th>Deltagare</th><th>Organisation</th><th>Roll</th><th>Närvaro</th></tr>
<tr><td><a class="user-mention">@Eva Lindqvist</a></td><td>Region Norrby</td><td>Hälso- och sjukvårdsdirektör, ordförande</td><td>DELTOG</td></tr>
<tr><td><a class="user-mention">@Per Nyholm</a></td><td>Åby kommun</td><td>Socialchef</td><td>DELTOG</td></tr>
<tr><td><a class="user-mention">@Anna Berg</a></td><td>Region Norrby</td><td>Samordnare, sekreterare</td><td>DELTOG</td></tr>
</tbody></table>
<h2>Dagordning och diskussion</h2>
<table><tbody>
<tr><th>Punkt</th><th>Ansvarig</th><th>Anteckningar</th></tr>
<tr><td>1. Inledning</td><td>@Eva Lindqvist</td><td>Dagordningen godkändes.</td></tr>
<tr><td>2. Rapport från Samverkansgrupp Äldre i Norrby</td><td>@Per Nyholm</td><td>Gruppen föreslår LGN att rutinen skickas till huvudmännen för beslut.</td></tr>
<tr><td>3. Övrigt</td><td></td><td>Inga övriga frågor.</td></tr>
</tbody></table>
<h2>Beslut</h2>
<table><tbody>
<tr><th>#</th><th>Beslut</th><th>Punkt</th></tr>
<tr><td>1</td><td>LGN ställer sig bakom rutinen för trygg hemgång och skickar den till huvudmännen.</td><td>2</td></tr>
<tr><td>2</td><td>Statistiken för 2027 redovisas vid nästa möte.</td><td>3</td></tr>
</tbody></table>
<h2>Actions</h2>
<table><tbody>
<tr><th>Action</th><th>Assignee</th><th>Förfallodatum</th><th>Status</th></tr>
<tr><td>Skicka rutinen till huvudmännen</td><td><a class="user-mention">@Anna Berg</a></td><td>15 mar 2028</td><td>ÖPPEN</td></tr>
</tbody></table>
</div></body></html>
"""


def test_a_wiki_log_of_decisions_numbered_in_a_hash_column_gives_a_decision_a_row(tmp_path):
    """"# | Beslut | Punkt" under the heading "Beslut": each row is a decision, the header row none."""
    f = load_text(tmp_path, "lgn.html", WIKI_PAGE)
    assert "LGN ställer sig bakom rutinen för trygg hemgång och skickar den till huvudmännen." in f["decisions"]
    assert "Statistiken för 2027 redovisas vid nästa möte." in f["decisions"]
    assert not any("Beslut" in d and "Punkt" in d for d in f["decisions"])


def test_a_proposal_another_group_puts_to_the_body_that_met_is_not_its_decision(tmp_path):
    """"Gruppen föreslår LGN att …" in LGN's own notes: a proposal it received, no decision it took."""
    f = load_text(tmp_path, "lgn.html", WIKI_PAGE)
    assert not any(d.startswith("föreslår") for d in f["decisions"])


def test_a_wiki_action_table_with_english_headings_gives_each_assignee_a_task(tmp_path):
    """"Action | Assignee | Förfallodatum": the task, the @-mentioned one to do it, by when."""
    f = load_text(tmp_path, "lgn.html", WIKI_PAGE)
    assert (("Anna Berg",), "skicka rutinen till huvudmännen") in [(who, task.casefold()) for who, task in f["assignments"]]


def test_the_one_responsible_for_a_point_before_its_notes_presents_it(tmp_path):
    """"Punkt | Ansvarig | Anteckningar": the @-mentioned one beside the point brings it."""
    path = tmp_path / "lgn.html"
    path.write_text(WIKI_PAGE, encoding="utf-8")
    items = {it.number: it.presenters for it in parse_file(str(path)).parsed.items}
    assert items["1"] == ["Eva Lindqvist"] and items["2"] == ["Per Nyholm"]
