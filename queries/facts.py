"""The fact tables every named query is computed from, in two equal forms.

Each fact has a Cypher statement (``CYPHER[name]``) and a networkx function (``NX[name]``)
returning the same flat rows (dicts of scalars and lists), one row per node or edge of the
shared graph shape (:mod:`graph.schema`). The statements use only portable Cypher (plain
``MATCH``/``OPTIONAL MATCH`` and property joins on ``source_id``) so they run on Neo4j 5 and
on ArcadeDB's Bolt endpoint alike; aggregation, name folding and ranking happen afterwards in
Python, in the one function both forms share.

A fact's ``quote`` is the words it was read from; a decision's is null where its text is its
own evidence whole (the question shows the text then), so the tables do not hold it twice.

An agenda item is reported by its number, prefixed by its parent's number for sub-items
("117 b"). A meeting's date is its stated date; an undated meeting carries its range (date_from, date_to).
"""
from __future__ import annotations

import gc
import weakref
from collections import defaultdict
from typing import TYPE_CHECKING, Callable, Protocol, Sequence

if TYPE_CHECKING:  # a question answered from kept tables never loads networkx
    import networkx as nx

Row = dict
_MANDATE_TYPES = ["DELEGATES", "REPORTS_TO", "REFERS", "RECOMMENDS"]

CYPHER: dict[str, str] = {
    "people": """
MATCH (p:Person)
OPTIONAL MATCH (p)-[r:FROM_SOURCE]->(:Source)
RETURN p.id AS id, p.name AS name, r.mentions AS mentions
""",
    # one row per person with every form the minutes wrote: "people" collapsed (_FINISH)
    "person_names": """
MATCH (p:Person)
OPTIONAL MATCH (p)-[r:FROM_SOURCE]->(:Source)
RETURN p.id AS id, p.name AS name, r.mentions AS mentions
""",
    "organisations": """
MATCH (o:Organisation)
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organisation)
OPTIONAL MATCH (o)-[r:FROM_SOURCE]->(:Source)
RETURN o.id AS id, o.name AS name, o.classification AS classification, o.aliases AS aliases,
       o.collective AS collective, parent.id AS parent_id, r.mentions AS mentions
""",
    "groups": """
MATCH (g:Group)
OPTIONAL MATCH (g)-[:PART_OF]->(parent:Group)
OPTIONAL MATCH (g)-[r:FROM_SOURCE]->(:Source)
RETURN g.id AS id, g.name AS name, g.level AS level, g.aliases AS aliases, g.expects AS expects,
       g.size_min AS size_min, g.size_max AS size_max, parent.id AS parent_id, parent.name AS parent_name,
       r.mentions AS mentions
""",
    "meetings": """
MATCH (m:Meeting)
OPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)
OPTIONAL MATCH (s:Source {id: m.source_id})
RETURN m.id AS meeting_id, m.date AS date, m.date_from AS date_from, m.date_to AS date_to,
       m.place AS place, m.source_id AS source_id, s.name AS source,
       g.id AS group_id, g.name AS group_name, g.level AS level, m.quote AS quote
""",
    "item_counts": """
MATCH (i:AgendaItem)
RETURN i.source_id AS source_id, count(i) AS items
""",
    "memberships": """
MATCH (p:Person)-[r:MEMBER_OF]->(g:Group)
WHERE $person_id IS NULL OR p.id = $person_id
OPTIONAL MATCH (o:Organisation {id: r.on_behalf_of_id})
OPTIONAL MATCH (s:Source {id: r.source_id})
OPTIONAL MATCH (i:AgendaItem {id: r.item_id})
OPTIONAL MATCH (i)-[:PART_OF]->(pi:AgendaItem)
RETURN p.id AS person_id, p.name AS person, g.id AS group_id, g.name AS group_name, r.role AS role,
       r.on_behalf_of_id AS on_behalf_of_id, o.name AS on_behalf_of, r.start_date AS start_date,
       r.end_date AS end_date, r.change AS change, r.perspective AS perspective, s.name AS source, i.number AS item,
       pi.number AS parent_item, r.correction AS correction, r.quote AS quote
""",
    "attendance": """
MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)
WHERE $person_id IS NULL OR p.id = $person_id
OPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)
OPTIONAL MATCH (h:Organisation {id: r.huvudman_id})
OPTIONAL MATCH (s:Source {id: m.source_id})
RETURN p.id AS person_id, p.name AS person, m.id AS meeting_id, m.date AS date, m.date_from AS date_from, m.date_to AS date_to,
       g.id AS group_id, g.name AS group_name, r.status AS status, r.roles AS roles,
       r.huvudman_id AS huvudman_id, h.name AS huvudman, s.name AS source, r.quote AS quote
""",
    "affiliations": """
MATCH (p:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
OPTIONAL MATCH (s:Source {id: r.source_id})
RETURN p.id AS person_id, p.name AS person, o.id AS org_id, o.name AS org, r.title AS title,
       r.date AS date, s.name AS source, r.correction AS correction, r.quote AS quote
""",
    "presented": """
MATCH (p:Person)-[:PRESENTED]->(i:AgendaItem)
WHERE $person_id IS NULL OR p.id = $person_id
OPTIONAL MATCH (i)-[:PART_OF]->(pi:AgendaItem)
OPTIONAL MATCH (m:Meeting {source_id: i.source_id})
OPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)
OPTIONAL MATCH (s:Source {id: i.source_id})
RETURN p.id AS person_id, p.name AS person, i.number AS item, pi.number AS parent_item, i.title AS title,
       m.id AS meeting_id, m.date AS date, m.date_from AS date_from, m.date_to AS date_to, g.name AS group_name, s.name AS source
""",
    "assignments": """
MATCH (a:Assignment)
OPTIONAL MATCH (a)-[:PART_OF]->(i:AgendaItem)
OPTIONAL MATCH (i)-[:PART_OF]->(pi:AgendaItem)
OPTIONAL MATCH (m:Meeting {source_id: a.source_id})
OPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)
OPTIONAL MATCH (s:Source {id: a.source_id})
OPTIONAL MATCH (a)-[:GIVEN_BY]->(gb)
OPTIONAL MATCH (a)-[:REPORTS_TO]->(rt)
RETURN a.id AS id, a.task AS task, a.due AS due, a.due_date AS due_date, a.origin AS origin,
       a.assignee_roles AS assignee_roles,
       m.id AS meeting_id, m.date AS date, m.date_from AS date_from, m.date_to AS date_to, g.id AS group_id, g.name AS group_name,
       s.name AS source, i.number AS item, pi.number AS parent_item, gb.name AS given_by, rt.name AS report_to,
       a.correction AS correction, a.quote AS quote
""",
    "assignees": """
MATCH (a:Assignment)-[r:ASSIGNED_TO]->(x)
RETURN a.id AS assignment_id, x.id AS target_id, x.name AS target, r.position AS position,
       CASE WHEN x:Person THEN true ELSE false END AS is_person, r.correction AS correction
""",
    "follow_ups": """
MATCH (later:Assignment)-[:FOLLOWS_UP]->(a:Assignment)
OPTIONAL MATCH (s:Source {id: later.source_id})
OPTIONAL MATCH (m:Meeting {source_id: later.source_id})
RETURN a.id AS assignment_id, later.id AS by_id, s.name AS source, m.date AS date, m.date_from AS date_from, m.date_to AS date_to
""",
    "decisions": """
MATCH (d:Decision)
OPTIONAL MATCH (d)-[:PART_OF]->(i:AgendaItem)
OPTIONAL MATCH (i)-[:PART_OF]->(pi:AgendaItem)
OPTIONAL MATCH (m:Meeting {source_id: d.source_id})
OPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)
OPTIONAL MATCH (s:Source {id: d.source_id})
RETURN d.id AS id, d.text AS text, d.classification AS classification, d.position AS position,
       d.source_id AS source_id, m.date AS date, m.date_from AS date_from, m.date_to AS date_to, g.id AS group_id,
       g.name AS group_name, s.name AS source, i.number AS item, pi.number AS parent_item, d.quote AS quote
""",
    "mandates": """
MATCH (a)-[r]->(b)
WHERE type(r) IN ['DELEGATES', 'REPORTS_TO', 'REFERS', 'RECOMMENDS']
  AND (a:Group OR a:Organisation) AND (b:Group OR b:Organisation)
OPTIONAL MATCH (s:Source {id: r.source_id})
OPTIONAL MATCH (m:Meeting {source_id: r.source_id})
OPTIONAL MATCH (i:AgendaItem {id: r.item_id})
OPTIONAL MATCH (i)-[:PART_OF]->(pi:AgendaItem)
RETURN type(r) AS type, a.id AS from_id, a.name AS from_name, a.level AS from_level,
       b.id AS to_id, b.name AS to_name, b.level AS to_level, s.name AS source, m.date AS date,
       m.date_from AS date_from, m.date_to AS date_to, i.number AS item, pi.number AS parent_item, r.quote AS quote
""",
    "task_bodies": """
MATCH (:Assignment)-[:ASSIGNED_TO]->(g:Group)
RETURN DISTINCT g.id AS id
UNION
MATCH (:Person)-[:MEMBER_OF]->(g:Group)
RETURN DISTINCT g.id AS id
""",
    "vacancies": """
MATCH (v:Vacancy)
OPTIONAL MATCH (v)-[:CONCERNS]->(t)
OPTIONAL MATCH (v)-[:PART_OF]->(i:AgendaItem)
OPTIONAL MATCH (i)-[:PART_OF]->(pi:AgendaItem)
OPTIONAL MATCH (m:Meeting {source_id: v.source_id})
OPTIONAL MATCH (s:Source {id: v.source_id})
RETURN v.id AS id, v.text AS text, v.role AS role, t.id AS target_id, t.name AS target,
       m.date AS date, m.date_from AS date_from, m.date_to AS date_to, s.name AS source, i.number AS item, pi.number AS parent_item
""",
}


# The same tables for one group only (``group_id``), anchored on the group so the database reads
# that group's rows rather than every row: a fetcher may use them when a question names a group,
# and the query keeps only that group's rows in any case. Each is its full statement with the
# opening pattern replaced, so the columns cannot drift apart.
def _anchored(name: str, *replace: tuple[str, str]) -> str:
    statement = CYPHER[name]
    for old, new in replace:
        if old not in statement:  # the full statement changed: its anchored form must follow
            raise RuntimeError(f"{name}: the full statement no longer holds {old!r}")
        statement = statement.replace(old, new, 1)
    return statement


_OF_GROUP = "(g:Group {id: $group_id})"
_BY_PERSON = "WHERE $person_id IS NULL OR p.id = $person_id"
_MANDATE_MATCH = """MATCH (a)-[r]->(b)
WHERE type(r) IN ['DELEGATES', 'REPORTS_TO', 'REFERS', 'RECOMMENDS']
  AND (a:Group OR a:Organisation) AND (b:Group OR b:Organisation)"""
CYPHER_OF_GROUP: dict[str, str] = {
    "meetings": _anchored(
        "meetings", ("MATCH (m:Meeting)\nOPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)",
                     f"MATCH (m:Meeting)-[:HELD_BY]->{_OF_GROUP}")),
    "memberships": _anchored(
        "memberships", (f"MATCH (p:Person)-[r:MEMBER_OF]->(g:Group)\n{_BY_PERSON}",
                        f"MATCH (p:Person)-[r:MEMBER_OF]->{_OF_GROUP}")),
    "attendance": _anchored(
        "attendance", (f"MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)\n{_BY_PERSON}\n"
                       "OPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)",
                       f"MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)-[:HELD_BY]->{_OF_GROUP}")),
    "decisions": _anchored(
        "decisions", ("MATCH (d:Decision)",
                      f"MATCH (m:Meeting)-[:HELD_BY]->{_OF_GROUP}\nMATCH (d:Decision {{source_id: m.source_id}})"),
        ("OPTIONAL MATCH (m:Meeting {source_id: d.source_id})\nOPTIONAL MATCH (m)-[:HELD_BY]->(g:Group)\n", "")),
    "mandates": _anchored("mandates", (_MANDATE_MATCH, _MANDATE_MATCH.replace("(a)-", "(a:Group {id: $group_id})-")))
    + "UNION"
    + _anchored("mandates", (_MANDATE_MATCH, _MANDATE_MATCH.replace("->(b)", "->(b:Group {id: $group_id})"))),
}


# -- networkx forms ------------------------------------------------------------------------
_NONE: dict = {}  # the attributes of a node that is not there (never written to)


class _Index:
    """Look-ups over a graph that several facts share, built in one pass over nodes and edges."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G
        # a plain dict of node → attributes (the graph's own attribute dicts): millions of
        # look-ups through networkx's views cost seconds more at 10,000 documents
        self.attrs: dict = dict(G.nodes(data=True))
        self.by_label: dict[str, list] = defaultdict(list)
        for n, d in self.attrs.items():
            self.by_label[d.get("label")].append((n, d))
        self.by_type: dict[str, list] = defaultdict(list)
        by_type = self.by_type
        self._out: dict[str, dict] = {}
        for u, nbrs in G._succ.items():  # G.edges(data=True) in its order, without a view's call per edge
            for v, keyed in nbrs.items():
                for d in keyed.values():
                    by_type[d.get("type")].append((u, v, d))
        self.meeting_of_source: dict[str, str] = {}
        self.group_of_meeting: dict[str, str] = {}
        for n, d in self.by_label["Meeting"]:
            self.meeting_of_source[d.get("source_id")] = n
            self.group_of_meeting[n] = self.one(n, "HELD_BY", "Group")

    def prop(self, n, key):
        return self.attrs.get(n, _NONE).get(key) if n is not None else None

    def has_label(self, n, *labels) -> bool:
        return n is not None and self.attrs.get(n, _NONE).get("label") in labels

    def out(self, n, rtype):
        """(target, edge data) of the node's outgoing edges of one type."""
        by_source = self._out.get(rtype)
        if by_source is None:  # indexed per edge type, the first time a fact asks for it
            by_source = self._out[rtype] = defaultdict(list)
            for u, v, d in self.by_type.get(rtype, ()):
                by_source[u].append((v, d))
        return by_source.get(n, [])

    def one(self, n, rtype, *labels):
        for v, _ in self.out(n, rtype):
            if not labels or self.has_label(v, *labels):
                return v
        return None

    def nodes(self, label):
        return self.by_label.get(label, [])

    def edges(self, rtype):
        return self.by_type.get(rtype, [])

    def source_name(self, source_id):
        return self.prop(source_id, "name") if self.has_label(source_id, "Source") else None

    def item(self, item_id) -> dict:
        if not self.has_label(item_id, "AgendaItem"):
            return {"item": None, "parent_item": None}
        parent = self.one(item_id, "PART_OF", "AgendaItem")
        return {"item": self.prop(item_id, "number"), "parent_item": self.prop(parent, "number")}

    def meeting(self, source_id) -> dict:
        m = self.meeting_of_source.get(source_id)
        g = self.group_of_meeting.get(m)
        return {"meeting_id": m, "date": self.prop(m, "date"), "date_from": self.prop(m, "date_from"),
                "date_to": self.prop(m, "date_to"), "group_id": g, "group_name": self.prop(g, "name")}

    def mentions(self, n):
        out = [d.get("mentions") for v, d in self.out(n, "FROM_SOURCE") if self.has_label(v, "Source")]
        return out or [None]


def _people(ix: _Index, p: dict) -> list[Row]:
    return [{"id": n, "name": d.get("name"), "mentions": m} for n, d in ix.nodes("Person") for m in ix.mentions(n)]


def _collapsed_names(rows: list[Row]) -> list[Row]:
    """Rows of people (one per person and source) as one row per person, every form once, by id.

    >>> _collapsed_names([{"id": "p", "name": "Per", "mentions": ["Per", "P."]}, {"id": "p", "name": "Per", "mentions": None}])
    [{'id': 'p', 'name': 'Per', 'mentions': ['P.', 'Per']}]
    """
    names: dict = {}
    forms: dict = {}
    for r in rows:
        names.setdefault(r["id"], r["name"])
        forms.setdefault(r["id"], set()).update(x for x in (r["mentions"] or []) if x)
    return [{"id": i, "name": names[i], "mentions": sorted(forms[i])} for i in sorted(names)]


def _person_names(ix: _Index, p: dict) -> list[Row]:
    return _collapsed_names(_people(ix, p))


# what the rows a Cypher statement returns become, where Python finishes a table
_FINISH: dict[str, Callable[[list[Row]], list[Row]]] = {"person_names": _collapsed_names}


def _organisations(ix: _Index, p: dict) -> list[Row]:
    return [{"id": n, "name": d.get("name"), "classification": d.get("classification"), "aliases": d.get("aliases"),
             "collective": d.get("collective"), "parent_id": ix.one(n, "PART_OF", "Organisation"), "mentions": m}
            for n, d in ix.nodes("Organisation") for m in ix.mentions(n)]


def _groups(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for n, d in ix.nodes("Group"):
        parent = ix.one(n, "PART_OF", "Group")
        for m in ix.mentions(n):
            rows.append({"id": n, "name": d.get("name"), "level": d.get("level"), "aliases": d.get("aliases"),
                         "expects": d.get("expects"), "size_min": d.get("size_min"), "size_max": d.get("size_max"),
                         "parent_id": parent, "parent_name": ix.prop(parent, "name"), "mentions": m})
    return rows


def _meetings(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for n, d in ix.nodes("Meeting"):
        g = ix.group_of_meeting.get(n)
        sid = d.get("source_id")
        rows.append({"meeting_id": n, "date": d.get("date"), "date_from": d.get("date_from"), "date_to": d.get("date_to"),
                     "place": d.get("place"), "source_id": sid, "source": ix.source_name(sid),
                     "group_id": g, "group_name": ix.prop(g, "name"), "level": ix.prop(g, "level"),
                     "quote": d.get("quote")})
    return rows


def _item_counts(ix: _Index, p: dict) -> list[Row]:
    counts: dict = defaultdict(int)
    for _, d in ix.nodes("AgendaItem"):
        counts[d.get("source_id")] += 1
    return [{"source_id": s, "items": c} for s, c in counts.items()]


def _wanted(p: dict, person_id) -> bool:
    return p.get("person_id") is None or p.get("person_id") == person_id


def _memberships(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for u, v, e in ix.edges("MEMBER_OF"):
        if not (ix.has_label(u, "Person") and ix.has_label(v, "Group") and _wanted(p, u)):
            continue
        obo = e.get("on_behalf_of_id")
        rows.append({"person_id": u, "person": ix.prop(u, "name"), "group_id": v, "group_name": ix.prop(v, "name"),
                     "role": e.get("role"), "on_behalf_of_id": obo,
                     "on_behalf_of": ix.prop(obo, "name") if ix.has_label(obo, "Organisation") else None,
                     "start_date": e.get("start_date"), "end_date": e.get("end_date"), "change": e.get("change"),
                     "perspective": e.get("perspective"), "source": ix.source_name(e.get("source_id")), **ix.item(e.get("item_id")),
                     "correction": e.get("correction"), "quote": e.get("quote")})
    return rows


def _attendance(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for u, v, e in ix.edges("ATTENDED"):
        if not (ix.has_label(u, "Person") and ix.has_label(v, "Meeting") and _wanted(p, u)):
            continue
        g = ix.group_of_meeting.get(v)
        h = e.get("huvudman_id")
        rows.append({"person_id": u, "person": ix.prop(u, "name"), "meeting_id": v, "date": ix.prop(v, "date"),
                     "date_from": ix.prop(v, "date_from"), "date_to": ix.prop(v, "date_to"), "group_id": g, "group_name": ix.prop(g, "name"),
                     "status": e.get("status"), "roles": e.get("roles"), "huvudman_id": h,
                     "huvudman": ix.prop(h, "name") if ix.has_label(h, "Organisation") else None,
                     "source": ix.source_name(ix.prop(v, "source_id")), "quote": e.get("quote")})
    return rows


def _affiliations(ix: _Index, p: dict) -> list[Row]:
    return [{"person_id": u, "person": ix.prop(u, "name"), "org_id": v, "org": ix.prop(v, "name"),
             "title": e.get("title"), "date": e.get("date"), "source": ix.source_name(e.get("source_id")),
             "correction": e.get("correction"), "quote": e.get("quote")}
            for u, v, e in ix.edges("AFFILIATED_WITH")
            if ix.has_label(u, "Person") and ix.has_label(v, "Organisation")]


def _presented(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for u, v, e in ix.edges("PRESENTED"):
        if not (ix.has_label(u, "Person") and ix.has_label(v, "AgendaItem") and _wanted(p, u)):
            continue
        sid = ix.prop(v, "source_id")
        m = ix.meeting(sid)
        rows.append({"person_id": u, "person": ix.prop(u, "name"), **ix.item(v), "title": ix.prop(v, "title"),
                     "meeting_id": m["meeting_id"], "date": m["date"], "date_from": m["date_from"], "date_to": m["date_to"],
                     "group_name": m["group_name"], "source": ix.source_name(sid)})
    return rows


def _assignments(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for n, d in ix.nodes("Assignment"):
        sid = d.get("source_id")
        gb, rt = ix.one(n, "GIVEN_BY"), ix.one(n, "REPORTS_TO")
        rows.append({"id": n, "task": d.get("task"), "due": d.get("due"), "due_date": d.get("due_date"),
                     "origin": d.get("origin"), "assignee_roles": d.get("assignee_roles"), **ix.meeting(sid),
                     "source": ix.source_name(sid),
                     **ix.item(ix.one(n, "PART_OF", "AgendaItem")),
                     "given_by": ix.prop(gb, "name"), "report_to": ix.prop(rt, "name"), "correction": d.get("correction"), "quote": d.get("quote")})
    return rows


def _assignees(ix: _Index, p: dict) -> list[Row]:
    return [{"assignment_id": u, "target_id": v, "target": ix.prop(v, "name"), "position": e.get("position"),
             "is_person": ix.has_label(v, "Person"), "correction": e.get("correction")}
            for u, v, e in ix.edges("ASSIGNED_TO") if ix.has_label(u, "Assignment")]


def _follow_ups(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for u, v, e in ix.edges("FOLLOWS_UP"):
        if not (ix.has_label(u, "Assignment") and ix.has_label(v, "Assignment")):
            continue
        sid = ix.prop(u, "source_id")
        m = ix.meeting(sid)
        rows.append({"assignment_id": v, "by_id": u, "source": ix.source_name(sid), "date": m["date"],
                     "date_from": m["date_from"], "date_to": m["date_to"]})
    return rows


def _decisions(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for n, d in ix.nodes("Decision"):
        sid = d.get("source_id")
        m = ix.meeting(sid)
        rows.append({"id": n, "text": d.get("text"), "classification": d.get("classification"),
                     "position": d.get("position"), "source_id": sid, "date": m["date"], "date_from": m["date_from"],
                     "date_to": m["date_to"],
                     "group_id": m["group_id"], "group_name": m["group_name"], "source": ix.source_name(sid),
                     **ix.item(ix.one(n, "PART_OF", "AgendaItem")), "quote": d.get("quote")})
    return rows


def _mandates(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for u, v, e in (edge for t in _MANDATE_TYPES for edge in ix.edges(t)):
        if not (ix.has_label(u, "Group", "Organisation") and ix.has_label(v, "Group", "Organisation")):
            continue
        m = ix.meeting(e.get("source_id"))
        rows.append({"type": e["type"], "from_id": u, "from_name": ix.prop(u, "name"), "from_level": ix.prop(u, "level"),
                     "to_id": v, "to_name": ix.prop(v, "name"), "to_level": ix.prop(v, "level"),
                     "source": ix.source_name(e.get("source_id")), "date": m["date"], "date_from": m["date_from"],
                     "date_to": m["date_to"],
                     **ix.item(e.get("item_id")), "quote": e.get("quote")})
    return rows


def _task_bodies(ix: _Index, p: dict) -> list[Row]:
    ids = {v for u, v, _ in ix.edges("ASSIGNED_TO") if ix.has_label(u, "Assignment") and ix.has_label(v, "Group")}
    ids |= {v for u, v, _ in ix.edges("MEMBER_OF") if ix.has_label(u, "Person") and ix.has_label(v, "Group")}
    return [{"id": i} for i in ids]


def _vacancies(ix: _Index, p: dict) -> list[Row]:
    rows = []
    for n, d in ix.nodes("Vacancy"):
        sid = d.get("source_id")
        t = ix.one(n, "CONCERNS")
        m = ix.meeting(sid)
        rows.append({"id": n, "text": d.get("text"), "role": d.get("role"), "target_id": t, "target": ix.prop(t, "name"),
                     "date": m["date"], "date_from": m["date_from"], "date_to": m["date_to"], "source": ix.source_name(sid),
                     **ix.item(ix.one(n, "PART_OF", "AgendaItem"))})
    return rows


NX: dict[str, Callable[[_Index, dict], list[Row]]] = {
    "people": _people, "person_names": _person_names, "organisations": _organisations, "groups": _groups, "meetings": _meetings,
    "item_counts": _item_counts, "memberships": _memberships, "attendance": _attendance,
    "affiliations": _affiliations, "presented": _presented, "assignments": _assignments,
    "assignees": _assignees, "follow_ups": _follow_ups, "decisions": _decisions, "mandates": _mandates,
    "task_bodies": _task_bodies, "vacancies": _vacancies,
}
PARAMS = ("person_id",)


def fact_params(params: dict) -> dict:
    """The parameters every fact statement may refer to, unset ones as null."""
    return {k: params.get(k) for k in PARAMS}


class Table(list):
    """A fact table kept for one graph version, with what queries derived from it (``memo``)."""

    __slots__ = ("memo",)

    def __init__(self, rows=()):
        super().__init__(rows)
        self.memo: dict = {}


def derived(name: str, tables: tuple, build: Callable):
    """``build(*tables)``, kept with the first table while it and the others stay the same.

    The embedded store hands out the same :class:`Table` objects for as long as its graph
    version lives, so an ordering or an index a query derives from them is built once per
    version, as a database builds an index once; tables fetched anew (from a Bolt store, or
    filtered for one person) are plain lists and derive anew.
    """
    memo = getattr(tables[0], "memo", None)
    if memo is None:
        return build(*tables)
    hit = memo.get(name)
    if hit is not None and all(a is b for a, b in zip(hit[0], tables[1:])):
        return hit[1]
    value = build(*tables)
    memo[name] = (tables[1:], value)
    gc.freeze()  # as long-lived as the tables: see nx_facts
    return value


def by(table: list[Row], field: str) -> dict:
    """The rows of a fact table by the value of one field (kept like :func:`derived`).

    >>> by([{"g": 1, "x": "a"}, {"g": 2, "x": "b"}, {"g": 1, "x": "c"}], "g")[1]
    [{'g': 1, 'x': 'a'}, {'g': 1, 'x': 'c'}]
    """
    def build(rows):
        out: dict = defaultdict(list)
        for r in rows:
            out[r[field]].append(r)
        return dict(out)
    return derived(f"by {field}", (table,), build)


# Facts of a graph already computed, valid while the graph's ``version`` (bumped by the
# embedded store on every change) stays the same: repeated questions to an open store reuse
# them like a database reuses its indexes.
_CACHE: "weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple]" = weakref.WeakKeyDictionary()


def nx_facts(G: nx.MultiDiGraph, names, **params) -> dict[str, list[Row]]:
    """The named facts from a networkx graph.

    Facts are computed for the whole graph once per graph version and filtered by the
    parameters afterwards (``person_id`` keeps one person's rows).
    """
    version = G.graph.get("version")
    cached = _CACHE.get(G)
    if cached is None or version is None or cached[0] != version:
        cached = (version, _Index(G), {})
        _CACHE[G] = cached
    _, ix, facts = cached
    everyone = fact_params({})
    fresh = False
    for name in names:
        if name not in facts:
            facts[name] = Table(NX[name](ix, everyone))
            fresh = True
    if fresh:
        # the tables live as long as this graph version: keep the cyclic collector from
        # rescanning their many small objects on every later collection (a pause of seconds)
        gc.freeze()
    return _select(facts, names, params)


def _select(tables: dict, names, params: dict) -> dict[str, list[Row]]:
    """The named tables, with only one person's rows where ``person_id`` is given."""
    person_id = params.get("person_id")
    out = {}
    for name in names:
        rows = tables[name]
        if person_id is not None and name in _PER_PERSON:
            rows = [r for r in rows if r.get("person_id") == person_id]
        out[name] = rows
    return out


_PER_PERSON = {"memberships", "attendance", "presented", "affiliations"}
# the tables a store may read for one group only when a question names it (as CYPHER_OF_GROUP does)
_TABLES_OF_GROUP = ("meetings", "memberships", "attendance", "decisions")
# a person's assignments: the assignee rows naming the person, those assignments, their follow-ups
_ASSIGNED = ("assignees", "assignments", "follow_ups")


class Window(list):
    """Rows of a table that hold at least its newest ``limit`` rows (every row of the dates they
    fall on, and every undated row), and ``total``: how many rows the table has within the
    other filters (``group_id``)."""

    def __init__(self, rows=(), total: int = 0):
        super().__init__(rows)
        self.total = total


def newest_key(row: Row) -> str:
    """The column a store orders a dated table by: the meeting's date (its first day), "" undated."""
    return row.get("date") or row.get("date_from") or ""


class Lookup(Protocol):
    """How a store reads the rows of a kept fact table (:meth:`_Facts.gather`)."""

    def rows(self, name: str, column: str | None = None, values: Sequence[str] = (), *,
             last: bool = False) -> list[Row]:
        """Every row of the table in its order, or (with ``column``, one of ``FACTS.keys[name]``)
        the rows whose column holds one of ``values``, in table order; with ``last``, only the
        last row of each value."""
        ...

    def since(self, name: str, first: str, column: str | None = None, value: str | None = None) -> list[Row]:
        """The rows of a dated table (with ``column``: whose column holds ``value``) whose
        :func:`newest_key` is ``first`` or later, or empty (undated), in table order."""
        ...

    def newest(self, name: str, limit: int, column: str | None = None, value: str | None = None) -> list[Row]:
        """Rows holding the table's newest ``limit`` by :func:`newest_key` (with ``column``: of
        the rows whose column holds ``value``), in table order: a :class:`Window` when they are
        fewer than all, else every such row."""
        ...


def cypher_facts(run_read, names, **params) -> dict[str, list[Row]]:
    """The named facts through a store's ``run_read(cypher, params)``; with ``group_id``, the
    tables that can be read for one group are read for that group only."""
    p = fact_params(params)
    gid = params.get("group_id")
    out = {}
    for name in names:
        if gid is not None and name in CYPHER_OF_GROUP and p.get("person_id") is None:
            out[name] = [dict(r) for r in run_read(CYPHER_OF_GROUP[name], {"group_id": gid})]
        else:
            out[name] = [dict(r) for r in run_read(CYPHER[name], p)]
        if name in _FINISH:
            out[name] = _FINISH[name](out[name])
    return out


class _Facts:
    """The fact tables as a store reads them (:class:`graph.store.FactSource`): computed from a
    networkx graph once per graph version, or read through Cypher."""

    names = tuple(NX)
    # the columns a store indexes in each table (at most three), for :meth:`gather`
    keys: dict[str, tuple[str, ...]] = {
        "memberships": ("person_id", "group_id"), "attendance": ("person_id", "group_id"),
        "presented": ("person_id",), "affiliations": ("person_id",),
        "assignees": ("target_id",), "assignments": ("id",), "follow_ups": ("assignment_id",),
        "decisions": ("group_id", "source_id"), "meetings": ("group_id",), "item_counts": ("source_id",),
        "organisations": ("id",),
    }
    # the tables a store orders by :func:`newest_key` for a question asking the newest rows
    dated = ("meetings", "decisions", "attendance")

    def compute(self, G: nx.MultiDiGraph, names: Sequence[str]) -> dict[str, list[Row]]:
        return nx_facts(G, names)

    def compute_each(self, G: nx.MultiDiGraph, names: Sequence[str]):
        ix = _Index(G)
        everyone = fact_params({})
        for name in names:
            yield name, NX[name](ix, everyone)

    def cypher(self, run_read, names: Sequence[str], params: dict) -> dict[str, list[Row]]:
        return cypher_facts(run_read, names, **params)

    def select(self, tables: dict, names: Sequence[str], params: dict) -> dict[str, list[Row]]:
        return _select(tables, names, params)

    def table(self, rows: list[Row]) -> list[Row]:
        return Table(rows)

    def newest_key(self, row: Row) -> str:
        return newest_key(row)

    def window(self, rows: list[Row], total: int) -> Window:
        return Window(rows, total)

    def gather(self, lookup: Lookup, names: Sequence[str], params: dict) -> dict[str, list[Row]]:
        """The named tables read through a store's indexed ``lookup``: of the rows
        :meth:`select` holds for these parameters, those a question reads, and no fewer:

        * ``person_id``: that person's memberships, attendance, presented items and
          affiliations; the assignee rows naming the person, those assignments and their
          follow-ups; of the organisations those rows name and the ones above them, the last
          row of each (what :func:`queries.seats.huvudman_walk` reads);
        * ``group_id`` (without ``person_id``): that group's meetings, memberships, attendance
          and decisions, as :data:`CYPHER_OF_GROUP` reads them;
        * ``newest`` (a number): of the first dated table named (:attr:`dated`), a
          :class:`Window` holding its newest rows; of the other dated tables, the rows of the
          window's dates, and the item counts of its documents.
        """
        pid, gid, limit = params.get("person_id"), params.get("group_id"), params.get("newest")
        out: dict[str, list[Row]] = {}
        of_group = gid is not None and pid is None
        # dated tables first (the first sets the window), the organisations a person's rows name last
        for name in sorted(names, key=lambda n: (n not in self.dated, n == "organisations")):
            if pid is not None and name in _PER_PERSON:
                out[name] = lookup.rows(name, "person_id", [pid])
            elif pid is not None and name in _ASSIGNED:
                if "assignees" not in out:
                    out["assignees"] = lookup.rows("assignees", "target_id", [pid])
                ids = sorted({r["assignment_id"] for r in out["assignees"]})
                if name != "assignees":
                    out[name] = lookup.rows(name, "id" if name == "assignments" else "assignment_id", ids)
            elif pid is not None and name == "organisations":
                out[name] = self._organisations_of(lookup, out)
            elif limit and name in self.dated:
                window = self._window(out, names)
                if window is None:
                    out[name] = (lookup.newest(name, limit, "group_id", gid) if of_group
                                 else lookup.newest(name, limit))
                elif isinstance(window, Window):
                    since = min((newest_key(r) for r in window if newest_key(r)), default="")
                    out[name] = (lookup.since(name, since, "group_id", gid) if of_group
                                 else lookup.since(name, since))
                else:
                    out[name] = lookup.rows(name, "group_id", [gid]) if of_group else lookup.rows(name)
            elif of_group and name in _TABLES_OF_GROUP:
                out[name] = lookup.rows(name, "group_id", [gid])
            elif name == "item_counts" and isinstance(window := self._window(out, names), Window):
                out[name] = lookup.rows(name, "source_id", sorted({r["source_id"] for r in window}))
            else:
                out[name] = lookup.rows(name)
        return {name: out[name] for name in names}

    def _window(self, out: dict, names: Sequence[str]) -> list[Row] | None:
        """The rows of the first dated table named, once read."""
        return next((out[n] for n in names if n in self.dated and n in out), None)

    @staticmethod
    def _organisations_of(lookup: Lookup, out: dict) -> list[Row]:
        """The last row of each organisation a person's rows name, and of the ones above them."""
        named = {r.get("on_behalf_of_id") for r in out.get("memberships", ())}
        named |= {r.get("huvudman_id") for r in out.get("attendance", ())}
        named |= {r.get("org_id") for r in out.get("affiliations", ())}
        rows: dict = {}
        todo = named - {None}
        while todo:
            found = lookup.rows("organisations", "id", sorted(todo), last=True)
            rows.update((r["id"], r) for r in found)
            todo = {r.get("parent_id") for r in found} - set(rows) - {None}
        return list(rows.values())


FACTS = _Facts()


def store_fetch(store):
    """A fact fetcher over any store: it answers through :meth:`graph.store.Store.read_facts`."""
    return lambda names, **params: store.read_facts(names, params, FACTS)


def keep_facts(store) -> None:
    """Have a store prepare every fact table now (a load ends so, for the first question of the
    next process): the embedded store computes and keeps them; a database keeps its indexes."""
    store.keep_facts(FACTS.names, FACTS)
