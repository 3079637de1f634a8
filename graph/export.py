"""Exports of the graph: Popolo-flavoured JSON (``samverkan-export/1``), GraphML, GEXF and
CSV files in the layout ``neo4j-admin database import`` reads.

Every exporter reads the shared graph shape (:mod:`graph.schema`) from a networkx graph, so
both stores export the same way.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import networkx as nx

from samverkan.graph import privacy
from samverkan.graph.errors import SamverkanError
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
            srcs.extend({"source_id": v, "item_id": i} for i in items) if items else srcs.append(
                {"source_id": v, "item_id": None})
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
                srcs.append({"source_id": v, "item_id": None})
            names.discard(d.get("name"))
            organizations.append({
                "id": n, "name": d.get("name", ""),
                "classification": "group" if label == "Group" else d.get("classification") or "external",
                "level": d.get("level") if label == "Group" else None,
                "parent_id": parent, "other_names": sorted(names),
                "sources": sorted(srcs, key=lambda s: s["source_id"]),
            })

    memberships = []
    for u, v, k, e in sorted(G.edges(keys=True, data=True), key=lambda x: x[2]):
        if e.get("type") == "MEMBER_OF":
            memberships.append({
                "id": k, "person_id": u, "organization_id": v, "role": e.get("role"),
                "on_behalf_of_id": e.get("on_behalf_of_id"), "start_date": e.get("start_date"),
                "end_date": e.get("end_date"), "perspective": e.get("perspective"), "change": e.get("change"),
                "sources": [{"source_id": e.get("source_id"), "item_id": e.get("item_id")}],
            })
        elif e.get("type") == "AFFILIATED_WITH":
            memberships.append({
                "id": k, "person_id": u, "organization_id": v, "role": e.get("title"),
                "on_behalf_of_id": None, "start_date": e.get("date"), "end_date": None, "perspective": None,
                "change": "employment",
                "sources": [{"source_id": e.get("source_id"), "item_id": e.get("item_id")}],
            })

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
                                 "substitute_for_id": e.get("substitute_for_id")})
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
            "participants": sorted(participants, key=lambda p: p["person_id"]), "agenda": items,
        })

    decisions = []
    for n, d in _by_label(G, "Decision"):
        item = next((v for v, _, _ in _out(G, n, "PART_OF")), "")
        event = next((u for u, _, _ in _in(G, n, "DECIDED")), None) or meeting_of_item(item) or ""
        decisions.append({"id": n, "event_id": event, "item_id": item, "text": d.get("text", ""),
                          "classification": d.get("classification"), "_pos": (event, d.get("position", 0))})
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
        })

    mandates = []
    for u, v, k, e in sorted(G.edges(keys=True, data=True), key=lambda x: x[2]):
        kind = MANDATE_KINDS_BY_TYPE.get(e.get("type"))
        if kind and G.nodes[u].get("label") != "Assignment":
            mandates.append({"id": k, "from_id": u, "to_id": v, "classification": kind,
                             "decision_id": e.get("decision_id"), "item_id": e.get("item_id"),
                             "source_id": e.get("source_id")})  # a header states some, outside any item

    unresolved = [{"text": d.get("text", ""), "item_id": d.get("item_id"),
                   "candidate_ids": d.get("candidate_ids") or [], "source_id": d.get("source_id")}
                  for n, d in _by_label(G, "Mention")]

    return {"format": FORMAT, "sources": sources, "persons": persons, "organizations": organizations,
            "memberships": memberships, "events": events, "decisions": decisions,
            "assignments": assignments, "mandates": mandates, "unresolved_mentions": unresolved}


def _flat(value):
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return value


def export_graph_file(G: nx.MultiDiGraph, path: str | Path, fmt: str) -> None:
    """GraphML or GEXF for Gephi and yEd: list properties are joined with ';', None dropped."""
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in d.items() if v is not None})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{x: _flat(y) for x, y in d.items() if y is not None})
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


def _write_json(G: nx.MultiDiGraph, output: Path | None) -> "list[Path] | str":
    text = dumps(export_json(G)) + "\n"
    if output is None:
        return text
    with open_private(output, "w", encoding="utf-8") as fh:
        fh.write(text)
    return [Path(output)]


def _write_graph_file(fmt: str):
    def write(G: nx.MultiDiGraph, output: Path | None) -> list[Path]:
        export_graph_file(G, output, fmt)
        return [Path(output)]
    return write


EXPORTERS: dict[str, Exporter] = {
    "json": Exporter("json", _write_json, to_stdout=True),
    "graphml": Exporter("graphml", _write_graph_file("graphml")),
    "gexf": Exporter("gexf", _write_graph_file("gexf")),
    "csv": Exporter("csv", lambda G, output: export_csv(G, output)),
}


def export(G: nx.MultiDiGraph, fmt: str, output: str | Path | None = None, *,
           pseudonymize: bool = False, secret: bytes | None = None, validate: bool = False) -> "list[Path] | str":
    """Write the graph in one of :data:`EXPORTERS`' formats: the one way every export goes, so
    pseudonymisation (keyed with the store's ``secret``) is applied here, the same for every
    format. ``validate`` checks the JSON document against the export schema before anything is
    written. Files are written for their owner only (see :func:`graph.privacy.open_private`).

    Raises:
        SamverkanError: an unknown format, no ``output`` for a format that needs a file, or
            (:class:`ExportInvalid`) a JSON document the schema refuses.
    """
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise SamverkanError(f"unknown format '{fmt}' ({', '.join(EXPORTERS)})")
    if output is None and not exporter.to_stdout:
        raise SamverkanError(f"--output is required for {fmt}")
    if validate and fmt != "json":
        raise SamverkanError("--validate checks the JSON export (the export schema describes --format json)")
    if pseudonymize:
        G = pseudonymized_graph(G, secret)
    if validate:
        validate_export(export_json(G))
    return exporter.write(G, Path(output) if output is not None else None)
