"""The property-graph shape both stores share.

A document's facts become node rows and edge rows; the embedded store puts them in a
networkx ``MultiDiGraph`` (node attribute ``label``, edge attribute ``type``, edge key =
edge id) and the Neo4j store writes the same rows with ``UNWIND $rows … MERGE``. Queries,
views and exports read this shape only.

Nodes (label: properties)

=================  ==========================================================================
Source             id, path, name, sha256, media_type
Person *           id, name
Organisation *     id, name, classification, aliases
Group *            id, name, level, aliases, expects (huvudman ids), size_min, size_max
Meeting            id, source_id, date, date_from, date_to, time, place, date_basis, group_basis, quote
AgendaItem         id, source_id, number, title, kind, position, distribution, documents
Decision           id, source_id, text, classification, position, quote
Assignment         id, source_id, task, due, due_date, origin, position, assignee_roles, quote
Vacancy            id, source_id, text, role
Mention            id, source_id, text, item_id, candidate_ids, quote   (unresolved short forms)
=================  ==========================================================================

``*`` shared entities: named by many documents, merged on write, never owned by one.

Edges (type: from → to, properties). Every document-owned edge carries ``source_id``.

``quote`` is the evidence of a fact: the sentence, clause, table row or attendance line it was
read from, whitespace collapsed and trimmed; with ``source_id`` and ``item_id`` (or the item
the node is PART_OF) it says where. On a person's FROM_SOURCE edge it is the first sentence or
attendance line of that document naming them. Absent where nothing was read (a fact
taken from the knowledge file), and on a Decision whose ``text`` is its own evidence whole (its
quote is then its text: readers use ``coalesce(quote, text)``).

===============  ==================================  ===========================================
HELD_BY          Meeting → Group
FROM_SOURCE      Meeting → Source;                    mentions, item_ids (who is named where), quote
                 Person|Organisation|Group → Source
PART_OF          AgendaItem → Meeting | AgendaItem;   (shared edges for units and groups)
                 Decision|Assignment → AgendaItem;
                 Organisation → Organisation;
                 Group → Group
DECIDED          Meeting → Decision
PRESENTED        Person → AgendaItem
ATTENDED         Person → Meeting                    status, roles, paragraphs, substitute_for_id,
                                                     title, unit_id, huvudman_id, quote
SUBSTITUTES_FOR  Person → Person                     meeting_id
AFFILIATED_WITH  Person → Organisation               title, date, item_id, quote
MEMBER_OF        Person → Group                      role, on_behalf_of_id, perspective,
                                                     start_date, end_date, change, item_id, quote
ON_BEHALF_OF     Person → Organisation               group_id, role (who represents whom)
ASSIGNED_TO      Assignment → Person|Group|Org
GIVEN_BY         Assignment → Group|Organisation
REPORTS_TO       Assignment → Group|Person|Org;
                 Group → Group (mandate)              decision_id, item_id, quote
FROM_DECISION    Assignment|Vacancy → Decision
FOLLOWS_UP       Assignment → Assignment
DELEGATES        Group|Org → Group|Org (mandate)      decision_id, item_id, quote
REFERS           Group → Group|Org (mandate)          decision_id, item_id, quote
RECOMMENDS       Group → Group|Org (mandate)          decision_id, item_id, quote
CONCERNS         Vacancy → Group|Organisation
MENTIONED_IN     Mention → AgendaItem;  CANDIDATE: Mention → Person
===============  ==================================  ===========================================
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from samverkan.graph.ids import id_of_key, make_id, normalise_key

if TYPE_CHECKING:  # only named in annotations: a question reading the store needs no model
    from samverkan.graph.model import DocumentFacts, Mention

SHARED_LABELS = ("Person", "Organisation", "Group")
OWNED_LABELS = ("Source", "Meeting", "AgendaItem", "Decision", "Assignment", "Vacancy", "Mention")
LABELS = SHARED_LABELS + OWNED_LABELS
MANDATE_TYPES = {"delegates": "DELEGATES", "reports_to": "REPORTS_TO", "refers": "REFERS", "recommends": "RECOMMENDS"}
MANDATE_KINDS_BY_TYPE = {v: k for k, v in MANDATE_TYPES.items()}
REL_TYPES = (
    "HELD_BY", "FROM_SOURCE", "PART_OF", "DECIDED", "PRESENTED", "ATTENDED", "SUBSTITUTES_FOR",
    "AFFILIATED_WITH", "MEMBER_OF", "ON_BEHALF_OF", "ASSIGNED_TO", "GIVEN_BY", "REPORTS_TO",
    "FROM_DECISION", "FOLLOWS_UP", "DELEGATES", "REFERS", "RECOMMENDS", "CONCERNS",
    "MENTIONED_IN", "CANDIDATE",
)


@dataclass(frozen=True)
class NodeRow:
    id: str
    label: str
    props: dict = field(hash=False)


@dataclass(frozen=True)
class EdgeRow:
    id: str
    type: str
    src: str
    dst: str
    props: dict = field(hash=False)


@dataclass
class DocumentRows:
    """A document's rows: owned nodes/edges plus the shared entities it names."""

    source_id: str
    nodes: list[NodeRow]
    edges: list[EdgeRow]


def _mentions(mentions: tuple[Mention, ...]) -> tuple[list[str], list[str], str | None]:
    forms = sorted({m.text for m in mentions if m.text})
    items = sorted({m.item_id for m in mentions if m.item_id})
    return forms, items, next((m.quote for m in mentions if m.quote), None)


def _quoted(props: dict, quote: str | None) -> dict:
    """Properties with ``quote`` added where there is one (no empty property on facts without)."""
    if quote:
        props["quote"] = quote
    return props


def document_rows(facts: DocumentFacts) -> DocumentRows:
    """Turn one document's facts into the node and edge rows of the shared graph shape."""
    sid = facts.source.id
    nodes: list[NodeRow] = []
    edges: list[EdgeRow] = []

    # an edge's id is make_id(kind, src, dst, source id, *key), ~270 per document: the source's part of the
    # key is normalised once, and each kind's lower case once
    norm, owned_end = normalise_key, "\x1f" + normalise_key(sid)
    kinds: dict[str, str] = {}

    def edge(kind: str, src: str | None, dst: str | None, *key: object, shared: bool = False, **props) -> None:
        if not src or not dst:
            return
        low = kinds.get(kind) or kinds.setdefault(kind, kind.lower())
        if key:
            eid = make_id(low, src, dst, *(() if shared else (sid,)), *key)
        else:
            eid = id_of_key(low, f"{low}\x1f{norm(src)}\x1f{norm(dst)}{'' if shared else owned_end}")
        if not shared:
            props["source_id"] = sid
        edges.append(EdgeRow(eid, kind, src, dst, props))

    src = facts.source
    nodes.append(NodeRow(sid, "Source", {
        "path": src.path, "name": src.path.replace("\\", "/").rsplit("/", 1)[-1],
        "sha256": src.sha256, "media_type": src.media_type,
    }))
    for p in facts.persons:
        nodes.append(NodeRow(p.id, "Person", {"name": p.name}))
        forms, items, said = _mentions(p.mentions)
        edge("FROM_SOURCE", p.id, sid, **_quoted({"mentions": forms, "item_ids": items}, said))
    for o in facts.organisations:
        nodes.append(NodeRow(o.id, "Organisation", {
            "name": o.name, "classification": o.classification, "aliases": sorted(set(o.aliases)),
        }))
        forms, items, _ = _mentions(o.mentions)
        edge("FROM_SOURCE", o.id, sid, mentions=forms, item_ids=items)
        edge("PART_OF", o.id, o.parent_id, shared=True)
    for g in facts.groups:
        nodes.append(NodeRow(g.id, "Group", {"name": g.name, "level": g.level, "aliases": sorted(set(g.aliases))}))
        forms, items, _ = _mentions(g.mentions)
        edge("FROM_SOURCE", g.id, sid, mentions=forms, item_ids=items)
        edge("PART_OF", g.id, g.parent_id, shared=True)

    m = facts.meeting
    date_from, date_to = (m.date_range or (None, None))
    nodes.append(NodeRow(m.id, "Meeting", _quoted({
        "source_id": sid, "date": m.date, "date_from": date_from, "date_to": date_to,
        "time": m.time, "place": m.place, "date_basis": m.date_basis,
        "group_basis": m.group_basis,
    }, m.quote)))
    edge("FROM_SOURCE", m.id, sid)
    edge("HELD_BY", m.id, m.group_id)

    for it in facts.items:
        nodes.append(NodeRow(it.id, "AgendaItem", {
            "source_id": sid, "number": it.number, "title": it.title, "kind": list(it.kind),
            "position": it.position, "distribution": list(it.distribution), "documents": list(it.documents),
        }))
        edge("PART_OF", it.id, it.parent_id or it.meeting_id)
        for i, pid in enumerate(it.presenter_ids):
            edge("PRESENTED", pid, it.id, position=i)
    for d in facts.decisions:
        nodes.append(NodeRow(d.id, "Decision", _quoted({
            "source_id": sid, "text": d.text, "classification": d.classification, "position": d.position,
        }, d.quote)))
        edge("PART_OF", d.id, d.item_id)
        edge("DECIDED", d.meeting_id, d.id)
    for a in facts.attendance:
        edge("ATTENDED", a.person_id, a.meeting_id, **_quoted(dict(
            status=a.status, roles=list(a.roles), paragraphs=list(a.paragraphs),
            substitute_for_id=a.substitute_for_id, title=a.title, unit_id=a.unit_id, huvudman_id=a.huvudman_id),
            a.quote))
        edge("SUBSTITUTES_FOR", a.person_id, a.substitute_for_id, a.meeting_id, meeting_id=a.meeting_id)
    for f in facts.affiliations:
        edge("AFFILIATED_WITH", f.person_id, f.organisation_id, f.id,
             **_quoted(dict(title=f.title, date=f.date, item_id=f.item_id), f.quote))
    for ms in facts.memberships:
        edge("MEMBER_OF", ms.person_id, ms.group_id, ms.id, **_quoted(dict(
            role=ms.role, on_behalf_of_id=ms.on_behalf_of_id, perspective=ms.perspective,
            start_date=ms.start_date, end_date=ms.end_date, change=ms.change, item_id=ms.item_id), ms.quote))
        edge("ON_BEHALF_OF", ms.person_id, ms.on_behalf_of_id, ms.id, group_id=ms.group_id, role=ms.role)
    for i, a in enumerate(facts.assignments):
        nodes.append(NodeRow(a.id, "Assignment", _quoted({
            "source_id": sid, "task": a.task, "due": a.due, "due_date": a.due_date, "origin": a.origin,
            "position": i, "assignee_roles": list(a.assignee_roles) or None,
        }, a.quote)))
        edge("PART_OF", a.id, a.item_id)
        for j, target in enumerate(a.assignee_ids):
            edge("ASSIGNED_TO", a.id, target, position=j)
        edge("GIVEN_BY", a.id, a.given_by_id)
        edge("REPORTS_TO", a.id, a.report_to_id)
        edge("FROM_DECISION", a.id, a.decision_id)
        for earlier in a.follows_up_ids:
            edge("FOLLOWS_UP", a.id, earlier)
    for md in facts.mandates:
        edge(MANDATE_TYPES[md.kind], md.from_id, md.to_id, md.id,
             **_quoted(dict(decision_id=md.decision_id, item_id=md.item_id), md.quote))
    for v in facts.vacancies:
        nodes.append(NodeRow(v.id, "Vacancy", {"source_id": sid, "text": v.text, "role": v.role}))
        edge("CONCERNS", v.id, v.group_id or v.huvudman_id)
        if v.item_id:
            edge("PART_OF", v.id, v.item_id)
    for u in facts.unresolved:
        nodes.append(NodeRow(u.id, "Mention", _quoted({
            "source_id": sid, "text": u.text, "item_id": u.item_id, "candidate_ids": list(u.candidate_ids),
        }, u.quote)))
        edge("MENTIONED_IN", u.id, u.item_id)
        for c in u.candidate_ids:
            edge("CANDIDATE", u.id, c)
    return DocumentRows(sid, nodes, _dedupe_edges(edges))


def _dedupe_edges(edges: list[EdgeRow]) -> list[EdgeRow]:
    seen: dict[str, EdgeRow] = {}
    for e in edges:
        seen.setdefault(e.id, e)
    return list(seen.values())


def merge_shared(label: str, old: dict, new: dict) -> dict:
    """Merge a shared entity's properties: the fullest name wins, aliases accumulate,
    a known level or classification is not overwritten by an unknown one, and is overwritten by
    a corrected one."""
    out = dict(old)
    for key, value in new.items():
        if key == "name":
            out["name"] = fuller_name(old.get("name"), value)
        elif key == "aliases":
            out["aliases"] = sorted(set(old.get("aliases") or []) | set(value or []))
        elif key in ("level", "classification") and value is not None and new.get("corrected"):
            out[key] = value  # the coordinator's decision (loaders.corrections) overrides what was read
        elif value is None or (key in ("level", "classification") and out.get(key) is not None):
            continue
        else:
            out[key] = value
    return out


def fuller_name(a: str | None, b: str | None) -> str | None:
    """The fuller of two surface forms of one name (more words, then longer), independent of order.

    >>> fuller_name("Mats", "Mats Wennstig")
    'Mats Wennstig'
    >>> fuller_name("Grefve-Lang", "Grefve Lang") == fuller_name("Grefve Lang", "Grefve-Lang")
    True
    """
    if not a:
        return b
    if not b:
        return a
    ka = (len(a.replace("-", " ").split()), len(a), a)
    kb = (len(b.replace("-", " ").split()), len(b), b)
    return a if ka >= kb else b
