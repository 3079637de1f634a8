"""Exports of the graph: Popolo-flavoured JSON (``samverkan-export/1``), GraphML, GEXF,
CSV files in the layout ``neo4j-admin database import`` reads, two plain CSV tables (nodes and
edges, as a spreadsheet or Gephi's Data Laboratory reads them) and a Kumu blueprint.

Every exporter reads the shared graph shape (:mod:`graph.schema`) from a networkx graph, so
both stores export the same way. :func:`network_graph` narrows that graph to the collaboration
network (people, groups, organisations) with the provenance folded into edge attributes; it
is the same shape, so every format but the JSON contract can export it.
"""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import networkx as nx

from samverkan.graph import privacy
from samverkan.graph.errors import SamverkanError
from samverkan.graph.ids import make_id
from samverkan.graph.privacy import make_private_folder, open_private
from samverkan.graph.schema import MANDATE_KINDS_BY_TYPE

FORMAT = "samverkan-export/1"


SCHEMA_PATH = Path(__file__).with_name("export.schema.json")


def export_schema() -> dict:
    """The export contract: the JSON schema every ``export_json`` document satisfies."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_export(doc: dict) -> None:
    """Check an export document against :func:`export_schema`.

    Raises :class:`ExportInvalid` naming the first offending place and the reason.

    >>> doc = export_json(nx.MultiDiGraph())
    >>> validate_export(doc)
    >>> validate_export({**doc, "persons": "nobody"})
    Traceback (most recent call last):
    ...
    samverkan.graph.export.ExportInvalid: the export does not follow its schema at persons: 'nobody' is not of type 'array'
    """
    import jsonschema

    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(export_schema()).iter_errors(doc))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise ExportInvalid(f"the export does not follow its schema at {where}: {error.message}")


class ExportInvalid(SamverkanError):
    """An export document that does not satisfy the export schema."""


def _by_label(G: nx.MultiDiGraph, label: str) -> list[tuple[str, dict]]:
    return sorted(((n, d) for n, d in G.nodes(data=True) if d.get("label") == label), key=lambda x: x[0])


def _out(G, n, rtype):
    return [(v, k, d) for _, v, k, d in G.out_edges(n, keys=True, data=True) if d.get("type") == rtype]


def _in(G, n, rtype):
    return [(u, k, d) for u, _, k, d in G.in_edges(n, keys=True, data=True) if d.get("type") == rtype]


def export_json(G: nx.MultiDiGraph, *, pseudonymize: bool = False, secret: bytes | None = None) -> dict:
    """The whole graph as a ``samverkan-export/1`` document.

    With ``pseudonymize`` (which needs the store's ``secret``) the document is made from
    :func:`pseudonymized_graph`: no name, surface form or name-derived id of a person in it.
    """
    if pseudonymize:
        return export_json(pseudonymized_graph(G, secret))
    item_meeting: dict[str, str] = {}
    meeting_of_source = {}
    for n, d in _by_label(G, "Meeting"):
        meeting_of_source[d.get("source_id")] = n

    def meeting_of_item(item_id: str) -> str | None:
        if item_id in item_meeting:
            return item_meeting[item_id]
        seen = set()
        cur = item_id
        while cur and cur not in seen:
            seen.add(cur)
            parents = _out(G, cur, "PART_OF")
            if not parents:
                return None
            cur = parents[0][0]
            if G.nodes[cur].get("label") == "Meeting":
                item_meeting[item_id] = cur
                return cur
        return None

    sources = [{"id": n, "path": d.get("path", ""), "sha256": d.get("sha256", ""),
                "media_type": d.get("media_type")} for n, d in _by_label(G, "Source")]

    persons = []
    for n, d in _by_label(G, "Person"):
        forms: set[str] = set()
        srcs = []
        for v, _, e in _out(G, n, "FROM_SOURCE"):
            forms.update(e.get("mentions") or [])
            items = e.get("item_ids") or []
            here = [{"source_id": v, "item_id": i} for i in items] or [{"source_id": v, "item_id": None}]
            if e.get("quote"):  # where the document first names the person
                here[0]["quote"] = e["quote"]
            srcs.extend(here)
        forms.discard(d.get("name"))
        persons.append({"id": n, "name": d.get("name", ""), "other_names": sorted(forms),
                        "sources": sorted(srcs, key=lambda s: (s["source_id"], s["item_id"] or ""))})

    organizations = []
    for label in ("Organisation", "Group"):
        for n, d in _by_label(G, label):
            parent = next((v for v, _, _ in _out(G, n, "PART_OF")), None)
            names = set(d.get("aliases") or [])
            srcs = []
            for v, _, e in _out(G, n, "FROM_SOURCE"):
                names.update(e.get("mentions") or [])
                if label == "Group" and not e.get("mentions"):
                    continue  # shipped as the parent of a body the minutes name, not named in them
                srcs.append({"source_id": v, "item_id": None})
            names.discard(d.get("name"))
            organizations.append({
                "id": n, "name": d.get("name", ""),
                "classification": "group" if label == "Group" else d.get("classification") or "external",
                "level": d.get("level") if label == "Group" else None,
                "parent_id": parent, "other_names": sorted(names),
                "sources": sorted(srcs, key=lambda s: s["source_id"]), **_correction(d),
            })

    memberships = []
    for u, v, k, e in sorted(G.edges(keys=True, data=True), key=lambda x: x[2]):
        if e.get("type") == "MEMBER_OF":
            memberships.append({
                "id": k, "person_id": u, "organization_id": v, "role": e.get("role"),
                "on_behalf_of_id": e.get("on_behalf_of_id"), "start_date": e.get("start_date"),
                "end_date": e.get("end_date"), "perspective": e.get("perspective"), "change": e.get("change"),
                "sources": [{"source_id": e.get("source_id"), "item_id": e.get("item_id")}], **_correction(e), "quote": e.get("quote"),
            })
        elif e.get("type") == "AFFILIATED_WITH":
            memberships.append({
                "id": k, "person_id": u, "organization_id": v, "role": e.get("title"),
                "on_behalf_of_id": None, "start_date": e.get("date"), "end_date": None, "perspective": None,
                "change": "employment",
                "sources": [{"source_id": e.get("source_id"), "item_id": e.get("item_id")}], **_correction(e), "quote": e.get("quote"),
            })

    # a body's kind alone ("Styrgruppen") that the minutes say of several bodies is no name of any of them
    said_of: dict[str, int] = defaultdict(int)
    for o in organizations:
        for x in {x.casefold() for x in o["other_names"] if _KIND_ALONE.fullmatch(x)}:
            said_of[x] += 1
    for o in organizations:
        o["other_names"] = [x for x in o["other_names"] if said_of.get(x.casefold(), 0) < 2]

    items_by_source: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for it, idata in _by_label(G, "AgendaItem"):
        items_by_source[idata.get("source_id")].append((it, idata))
    events = []
    for n, d in _by_label(G, "Meeting"):
        group = next((v for v, _, _ in _out(G, n, "HELD_BY")), None)
        participants = []
        for u, _, e in _in(G, n, "ATTENDED"):
            participants.append({"person_id": u, "status": e.get("status"), "roles": e.get("roles") or [],
                                 "paragraphs": e.get("paragraphs") or [],
                                 "substitute_for_id": e.get("substitute_for_id"), "quote": e.get("quote")})
        items = []
        for it, idata in items_by_source.get(d.get("source_id"), []):
            presenters = sorted(_in(G, it, "PRESENTED"), key=lambda x: x[2].get("position", 0))
            parent = next((v for v, _, _ in _out(G, it, "PART_OF")), None)
            items.append({"id": it, "number": idata.get("number", ""), "title": idata.get("title", ""),
                          "kind": idata.get("kind") or [], "presenter_ids": [p for p, _, _ in presenters],
                          "parent_id": parent if parent != n else None,
                          "distribution": idata.get("distribution") or [],
                          "documents": idata.get("documents") or [], "_pos": idata.get("position", 0)})
        items.sort(key=lambda x: x.pop("_pos"))
        date_range = [d["date_from"], d["date_to"]] if d.get("date_from") and d.get("date_to") else None
        events.append({
            "id": n, "organization_id": group or "", "start_date": d.get("date"), "date_range": date_range,
            "location": d.get("place"), "time": d.get("time"), "source_id": d.get("source_id", ""),
            "participants": sorted(participants, key=lambda p: p["person_id"]), "agenda": items, **_correction(d),
        })

    decisions = []
    for n, d in _by_label(G, "Decision"):
        item = next((v for v, _, _ in _out(G, n, "PART_OF")), "")
        event = next((u for u, _, _ in _in(G, n, "DECIDED")), None) or meeting_of_item(item) or ""
        decisions.append({"id": n, "event_id": event, "item_id": item, "text": d.get("text", ""),
                          "classification": d.get("classification"),
                          "quote": d["quote"] if d.get("quote") is not None else d.get("text"),
                          "_pos": (event, d.get("position", 0))})
    decisions.sort(key=lambda x: x.pop("_pos"))

    assignments = []
    followed = {v for u, v, e in G.edges(data=True) if e.get("type") == "FOLLOWS_UP"}
    for n, d in _by_label(G, "Assignment"):
        assignees = sorted(_out(G, n, "ASSIGNED_TO"), key=lambda x: x[2].get("position", 0))
        assignments.append({
            "id": n, "decision_id": next((v for v, _, _ in _out(G, n, "FROM_DECISION")), None),
            "item_id": next((v for v, _, _ in _out(G, n, "PART_OF")), ""),
            "assignee_ids": [a for a, _, _ in assignees], "assignee_roles": list(d.get("assignee_roles") or []),
            "task": d.get("task", ""),
            "given_by_id": next((v for v, _, _ in _out(G, n, "GIVEN_BY")), None),
            "report_to_id": next((v for v, _, _ in _out(G, n, "REPORTS_TO")), None),
            "due": d.get("due"), "due_date": d.get("due_date"), "source": d.get("origin") or "decision",
            "status": "reported" if d.get("origin") == "report" else ("followed_up" if n in followed else "open"),
            **_correction(d, *(e for _, _, e in assignees)),
            "quote": d.get("quote"),
        })

    mandates = []
    for u, v, k, e in sorted(G.edges(keys=True, data=True), key=lambda x: x[2]):
        kind = MANDATE_KINDS_BY_TYPE.get(e.get("type"))
        if kind and G.nodes[u].get("label") != "Assignment":
            mandates.append({"id": k, "from_id": u, "to_id": v, "classification": kind,
                             "decision_id": e.get("decision_id"), "item_id": e.get("item_id"),
                             "quote": e.get("quote"),
                             "source_id": e.get("source_id")})  # a header states some, outside any item

    unresolved = [{"text": d.get("text", ""), "item_id": d.get("item_id"),
                   "candidate_ids": d.get("candidate_ids") or [], "source_id": d.get("source_id"),
                   "quote": d.get("quote")}
                  for n, d in _by_label(G, "Mention")]

    return {"format": FORMAT, "sources": sources, "persons": persons, "organizations": organizations,
            "memberships": memberships, "events": events, "decisions": decisions,
            "assignments": assignments, "mandates": mandates, "unresolved_mentions": unresolved}


# a body referred to by its kind alone ("Styrgruppen", "nämnden"; not "det politiska samrådet"): how the
# minutes point at it where no other body of the kind is meant
_KIND_ALONE = re.compile(r"(?i)(?:den\s+|det\s+)?(?:styr|lednings|arbets|samverkans|projekt|referens|process|"
                         r"berednings|samordnings)?(?:grupp(?:en|erna)?|team(?:et)?)|rådet|nämnden|styrelsen|"
                         r"(?:arbets)?utskottet|beredningen|samrådet|presidiet")


def _correction(*props: dict) -> dict:
    """``corrected`` and the ``correction`` id for a record a coordinator's correction made or changed."""
    cid = next((p.get("correction") for p in props if p.get("correction")), None)
    return {"corrected": True, "correction": cid} if cid else {}


def _flat(value):
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return value


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def display_name(G: nx.MultiDiGraph, n: str) -> str:
    """What a person reading a picture calls node ``n``: its name (whole), a file name, the body and
    date of a meeting, the number and title of an item, the start of a decision or task (cut at
    80 characters); its id at worst.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("g", label="Group", name="LSVO")
    >>> G.add_node("m", label="Meeting", date="2024-03-15")
    >>> _ = G.add_edge("m", "g", type="HELD_BY")
    >>> display_name(G, "g"), display_name(G, "m")
    ('LSVO', 'LSVO 2024-03-15')
    """
    d = G.nodes[n]
    kind = d.get("label")
    if kind == "Meeting":
        body = next((G.nodes[v].get("name") for v, _, _ in _out(G, n, "HELD_BY")), None) or "Meeting"
        when = d.get("date") or (f"{d['date_from']}..{d['date_to']}" if d.get("date_from") and d.get("date_to") else "")
        return f"{body} {when}".strip()
    if d.get("name"):
        return str(d["name"])  # a name is never cut: it is what a search in Gephi or Kumu looks for
    if kind == "AgendaItem":
        text = f"{d.get('number') or ''} {d.get('title') or ''}".strip()
    elif kind == "Source":
        text = str(d.get("path") or "").replace("\\", "/").rsplit("/", 1)[-1]
    else:
        text = d.get("text") or d.get("task") or ""
    return _short(text) if text else str(n)


def export_graph_file(G: nx.MultiDiGraph, path: str | Path, fmt: str) -> None:
    """GraphML or GEXF for Gephi and yEd: every node's ``label`` is its display name
    (:func:`display_name`) and ``type`` its kind (Person, Group ...); every edge's ``label`` and
    ``relation`` are its type (MEMBER_OF ...) and a folded edge's ``weight`` how many facts it
    holds. List properties are joined with ';', None dropped.

    The edge type is not written as ``type``: GEXF keeps that attribute for directed/undirected.
    """
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        attrs = {k: _flat(v) for k, v in d.items() if v is not None and k not in ("label", "type")}
        H.add_node(n, **attrs, label=display_name(G, n), type=d.get("label") or "")
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = {x: _flat(y) for x, y in d.items() if y is not None and x not in ("label", "type")}
        if "count" in d:
            attrs["weight"] = d["count"]
        H.add_edge(u, v, key=k, **attrs, label=d.get("type") or "", relation=d.get("type") or "")
    with open_private(path, "wb") as fh:
        if fmt == "graphml":
            nx.write_graphml(H, fh)
        else:
            nx.write_gexf(H, fh)


def export_csv(G: nx.MultiDiGraph, folder: str | Path) -> list[Path]:
    """One node file per label and one relationship file per type, with the header syntax of
    ``neo4j-admin database import full`` (``id:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE``,
    arrays as ``name:string[]`` separated by ';')."""
    folder = make_private_folder(folder)
    written = []
    by_label: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for n, d in G.nodes(data=True):
        by_label[d.get("label") or "Unknown"].append((n, d))
    for label, rows in sorted(by_label.items()):
        written.append(_write_csv(folder / f"nodes_{label}.csv", rows, node_label=label))
    by_type: dict[str, list] = defaultdict(list)
    for u, v, k, d in G.edges(keys=True, data=True):
        by_type[d.get("type") or "RELATED"].append((u, v, k, d))
    for rtype, rows in sorted(by_type.items()):
        written.append(_write_csv(folder / f"rels_{rtype}.csv", rows, rel_type=rtype))
    return written


def _header(key: str, values: list) -> str:
    if any(isinstance(v, (list, tuple)) for v in values):
        return f"{key}:string[]"
    if values and all(isinstance(v, bool) for v in values if v is not None):
        return f"{key}:boolean"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values if v is not None):
        return f"{key}:long"
    return key


def _write_csv(path: Path, rows: list, *, node_label: str | None = None, rel_type: str | None = None) -> Path:
    keys = sorted({k for r in rows for k in r[-1] if k not in ("label", "type")})
    headers = [_header(k, [r[-1].get(k) for r in rows if r[-1].get(k) is not None]) for k in keys]
    with open_private(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        if node_label:
            w.writerow(["id:ID", ":LABEL", *headers])
            for n, d in sorted(rows, key=lambda r: r[0]):
                w.writerow([n, node_label, *(_csv_value(d.get(k)) for k in keys)])
        else:
            w.writerow([":START_ID", ":END_ID", "id", ":TYPE", *headers])
            for u, v, k, d in sorted(rows, key=lambda r: r[2]):
                w.writerow([u, v, k, rel_type, *(_csv_value(d.get(x)) for x in keys)])
    return path


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


# -- the collaboration network without provenance nodes ----------------------------------------
# the kinds --only accepts, by every name a user may give them
NETWORK_KINDS = {"people": "Person", "persons": "Person", "person": "Person",
                 "groups": "Group", "group": "Group",
                 "organisations": "Organisation", "organisation": "Organisation",
                 "organizations": "Organisation", "organization": "Organisation", "orgs": "Organisation"}
# edge properties that point into the provenance (items, decisions, meetings, positions): the
# folded edge says where a fact comes from by its sources and dates instead
_PROVENANCE = {"source_id", "item_id", "item_ids", "decision_id", "meeting_id", "mentions", "paragraphs",
               "position"}


def network_labels(kinds) -> set[str]:
    """The node labels for ``kinds`` ("people,groups" or a list of kind names).

    Raises :class:`SamverkanError` for an unknown kind, naming the kinds there are.

    >>> sorted(network_labels("people, organisations"))
    ['Organisation', 'Person']
    """
    names = [k.strip().lower() for k in (kinds.split(",") if isinstance(kinds, str) else kinds)]
    names = [k for k in names if k]
    unknown = [k for k in names if k not in NETWORK_KINDS]
    if unknown or not names:
        raise SamverkanError(f"--only takes people, groups, organisations (comma-separated); "
                             f"{'unknown: ' + ', '.join(unknown) if unknown else 'none given'}")
    return {NETWORK_KINDS[k] for k in names}


def network_graph(G: nx.MultiDiGraph, kinds) -> nx.MultiDiGraph:
    """The collaboration network: only the people, groups and/or organisations ``kinds`` names,
    in the shared graph shape, with no source, meeting, item, decision or assignment node.

    Edges between kept nodes stay (MEMBER_OF, ON_BEHALF_OF, AFFILIATED_WITH, PART_OF,
    SUBSTITUTES_FOR, the mandates); what ran through a provenance node becomes a direct edge:
    a person ATTENDED a group's meetings (is in their attendance lists, Person → Meeting → Group,
    with each ``status`` it had: present, absent, guest), a body ASSIGNS a task to
    a person, group or organisation (Group → Assignment → assignee). Every edge of one type
    between the same two nodes is folded into one, carrying ``sources`` (the documents' file
    names), ``source_ids``, ``date_from`` and ``date_to`` (the range of those documents' meeting
    dates), ``count`` (how many facts were folded) and each other property's distinct values;
    a property holding the id of a node is given as that node's name (``on_behalf_of``,
    ``huvudman`` ...).
    """
    labels = network_labels(kinds)
    source_name: dict[str, str] = {}
    source_dates: dict[str, list[str]] = {}
    for n, d in G.nodes(data=True):
        if d.get("label") == "Source":
            source_name[n] = display_name(G, n)
        elif d.get("label") == "Meeting" and d.get("source_id"):
            dates = [d["date"]] if d.get("date") else [x for x in (d.get("date_from"), d.get("date_to")) if x]
            source_dates.setdefault(d["source_id"], []).extend(dates)

    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        if d.get("label") in labels:
            H.add_node(n, **d)
    folded: dict[tuple[str, str, str], list[dict]] = defaultdict(list)

    def fold(u: str, v: str, rtype: str, props: dict) -> None:
        if u in H and v in H:
            folded[(u, v, rtype)].append(props)

    for u, v, d in G.edges(data=True):
        rtype = d.get("type")
        if rtype == "ATTENDED" and G.nodes[v].get("label") == "Meeting":
            for g, _, _ in _out(G, v, "HELD_BY"):
                fold(u, g, "ATTENDED", {**d, "source_id": d.get("source_id") or G.nodes[v].get("source_id")})
        elif rtype == "ASSIGNED_TO" and G.nodes[u].get("label") == "Assignment":
            for giver, _, _ in _out(G, u, "GIVEN_BY"):
                fold(giver, v, "ASSIGNS", {"source_id": d.get("source_id") or G.nodes[u].get("source_id")})
        else:
            fold(u, v, rtype or "RELATED", d)

    for (u, v, rtype), facts in sorted(folded.items()):
        attrs: dict = {}
        sids = sorted({f["source_id"] for f in facts if f.get("source_id")},
                      key=lambda sid: (min(source_dates.get(sid) or [""]), sid))  # oldest first
        dates = sorted(x for sid in sids for x in source_dates.get(sid, []))
        values: dict[str, set] = defaultdict(set)
        for f in facts:
            for key, value in f.items():
                if key in _PROVENANCE or key == "type" or value is None or value == [] or value == "":
                    continue
                if key.endswith("_id") and isinstance(value, str) and value in G:
                    key, value = key[:-3], display_name(G, value)
                for one in (value if isinstance(value, (list, tuple)) else [value]):
                    values[key].add(one)
        for key, found in sorted(values.items()):
            ordered = sorted(found, key=str)
            attrs[key] = ordered[0] if len(ordered) == 1 else ordered
        attrs.update(sources=[source_name.get(sid, sid) for sid in sids], source_ids=sids,
                     date_from=dates[0] if dates else None, date_to=dates[-1] if dates else None,
                     count=len(facts))
        H.add_edge(u, v, key=make_id("network", u, v, rtype), type=rtype, **attrs)
    return H


def check_only(fmt: str, only) -> None:
    """Refuse ``only`` (the kinds of :func:`network_graph`) where it makes no sense: with the JSON
    contract, which is always the whole graph, or naming an unknown kind."""
    if fmt == "json":
        raise SamverkanError("--only does not apply to --format json: the JSON export is the whole graph "
                             "as its schema describes; use graphml, gexf, csv, tables or kumu")
    network_labels(only)


# -- Kumu ------------------------------------------------------------------------------------------
def export_kumu(G: nx.MultiDiGraph) -> dict:
    """A Kumu blueprint (Kumu's JSON import): ``elements`` with ``id``, ``label`` (the display
    name), ``type`` (Person, Group ...) and ``tags`` (a group's level, an organisation's
    classification), ``connections`` with ``id``, ``from``, ``to`` (element ids), ``type`` (the
    relation in words, "member of"), ``direction`` ("directed"); every other property becomes a
    field of its own, lists kept as lists. Kumu wants ids unique across elements and
    connections: node ids and edge keys are (``person:…``, ``member_of:…``).
    """
    elements = []
    for n, d in sorted(G.nodes(data=True), key=lambda x: x[0]):
        tag = d.get("level") if d.get("label") == "Group" else d.get("classification")
        element = {"id": n, "label": display_name(G, n), "type": d.get("label") or ""}
        if tag:
            element["tags"] = [tag]
        element.update({k: v for k, v in sorted(d.items())
                        if k not in ("label", "type", "id", "tags") and v not in (None, [], "")})
        elements.append(element)
    connections = []
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda x: (x[0], x[1], str(x[2]))):
        rtype = d.get("type") or "RELATED"
        connection = {"id": k if k is not None else make_id("connection", u, v, rtype), "from": u, "to": v,
                      "type": rtype.lower().replace("_", " "), "direction": "directed"}
        connection.update({x: y for x, y in sorted(d.items())
                           if x not in ("type", "id", "from", "to", "direction") and y not in (None, [], "")})
        connections.append(connection)
    return {"elements": elements, "connections": connections}


def export_tables(G: nx.MultiDiGraph, folder: str | Path) -> list[Path]:
    """Two plain CSV tables, ``nodes.csv`` and ``edges.csv``, for a spreadsheet or Gephi's Data
    Laboratory (Import Spreadsheet): nodes ``Id``, ``Label`` (the display name), ``Kind``, then
    every property; edges ``Source``, ``Target``, ``Type`` ("Directed", as Gephi wants it),
    ``Id``, ``Label`` and ``Relation`` (MEMBER_OF ...), ``Weight`` (facts folded into the edge,
    else 1), ``Source label`` and ``Target label`` (the names at both ends), then every property.
    Lists are joined with ';'."""
    folder = make_private_folder(folder)
    node_keys = sorted({k for _, d in G.nodes(data=True) for k in d if k not in ("label", "type")})
    nodes_path = folder / "nodes.csv"
    with open_private(nodes_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Id", "Label", "Kind", *node_keys])
        for n, d in sorted(G.nodes(data=True), key=lambda x: x[0]):
            w.writerow([n, display_name(G, n), d.get("label") or "", *(_csv_value(d.get(k)) for k in node_keys)])
    edge_keys = sorted({k for _, _, d in G.edges(data=True) for k in d if k not in ("label", "type", "count")})
    edges_path = folder / "edges.csv"
    with open_private(edges_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Source", "Target", "Type", "Id", "Label", "Relation", "Weight", "Source label", "Target label",
                    *edge_keys])
        for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda x: (x[0], x[1], str(x[2]))):
            rtype = d.get("type") or ""
            w.writerow([u, v, "Directed", k, rtype, rtype, d.get("count", 1), display_name(G, u), display_name(G, v),
                        *(_csv_value(d.get(x)) for x in edge_keys)])
    return [nodes_path, edges_path]


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False)


def pseudonymized_graph(G: nx.MultiDiGraph, secret: bytes | None) -> nx.MultiDiGraph:
    """A copy of the graph safe to share (see :func:`graph.privacy.pseudonymized_graph`)."""
    if not secret:
        raise SamverkanError("pseudonymising needs the store's secret (graph.privacy.secret_for)")
    return privacy.pseudonymized_graph(G, secret)


# -- one registry of exporters -------------------------------------------------------------
@dataclass(frozen=True)
class Exporter:
    """One export format: ``write(G, output)`` writes the graph and returns the files written,
    or, for a format that can go to standard output and no ``output``, the text."""

    name: str
    write: Callable[[nx.MultiDiGraph, Path | None], "list[Path] | str"]
    to_stdout: bool = False


def _write_json_of(build: Callable[[nx.MultiDiGraph], object]):
    """A writer of one JSON document built from the graph: to the file, or returned for stdout."""
    def write(G: nx.MultiDiGraph, output: Path | None) -> "list[Path] | str":
        text = dumps(build(G)) + "\n"
        if output is None:
            return text
        with open_private(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        return [Path(output)]
    return write


def _write_graph_file(fmt: str):
    def write(G: nx.MultiDiGraph, output: Path | None) -> list[Path]:
        export_graph_file(G, output, fmt)
        return [Path(output)]
    return write


EXPORTERS: dict[str, Exporter] = {
    "json": Exporter("json", _write_json_of(export_json), to_stdout=True),
    "graphml": Exporter("graphml", _write_graph_file("graphml")),
    "gexf": Exporter("gexf", _write_graph_file("gexf")),
    "csv": Exporter("csv", lambda G, output: export_csv(G, output)),
    "kumu": Exporter("kumu", _write_json_of(export_kumu), to_stdout=True),
    "tables": Exporter("tables", lambda G, output: export_tables(G, output)),
}
# the formats that write a folder of files rather than one file
FOLDER_FORMATS = ("csv", "tables")


def export(G: nx.MultiDiGraph, fmt: str, output: str | Path | None = None, *,
           pseudonymize: bool = False, secret: bytes | None = None, validate: bool = False,
           only=None) -> "list[Path] | str":
    """Write the graph in one of :data:`EXPORTERS`' formats: the one way every export goes, so
    pseudonymisation (keyed with the store's ``secret``) is applied here, the same for every
    format. ``validate`` checks the JSON document against the export schema before anything is
    written. ``only`` (kinds, e.g. "people,groups,organisations") exports the collaboration
    network of :func:`network_graph` instead of the whole graph; the JSON contract stays whole.
    Files are written for their owner only (see :func:`graph.privacy.open_private`).

    Raises:
        SamverkanError: an unknown format, no ``output`` for a format that needs a file, an
            unknown kind or ``only`` with json, or (:class:`ExportInvalid`) a JSON document the
            schema refuses.
    """
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise SamverkanError(f"unknown format '{fmt}' ({', '.join(EXPORTERS)})")
    if output is None and not exporter.to_stdout:
        raise SamverkanError(f"--output is required for {fmt}")
    if validate and fmt != "json":
        raise SamverkanError("--validate checks the JSON export (the export schema describes --format json)")
    if only is not None:
        check_only(fmt, only)
    if pseudonymize:
        G = pseudonymized_graph(G, secret)
    if only is not None:
        G = network_graph(G, only)
    if validate:
        validate_export(export_json(G))
    return exporter.write(G, Path(output) if output is not None else None)
