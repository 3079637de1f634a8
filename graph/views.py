"""Interactive HTML views of the graph (pyvis / vis-network), one self-contained file each.

Every view reads a networkx ``MultiDiGraph`` of the shape in :mod:`graph.schema` and writes
one page that works offline: vis-network's JavaScript and CSS (bundled with pyvis) are
inlined, and no stylesheet or script is linked from the network.

Escaping: node and edge data are embedded as JSON with ``<``, ``>`` and ``&`` written as
``\\u003c`` escapes, so no text from the minutes can close the script element. Tooltips are
HTML built here with every text passed through :func:`html.escape`; labels are drawn on the
canvas as text.

Views:

- :func:`render_structure` — the collaboration structure on a date, groups in tiers by level.
- :func:`render_person` — one person's groups, tasks and the people they sit with.
- :func:`render_mandates` — the mandate flow between bodies.
- :func:`render_group` — one body with its members, parent and children.
- :func:`render_panels` — several prepared networks on one page (used by option views).
"""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from samverkan.graph.errors import AmbiguousName, NotFound, SamverkanError
from samverkan.graph.ids import fold
from samverkan.graph.privacy import write_private

TIERS = ("politisk", "strategisk", "taktisk", "operativ", "okänd")
TIER_COLOURS = {
    "politisk": "#f6c1c1", "strategisk": "#f9dca4", "taktisk": "#c7e6b5", "operativ": "#b9d8f0",
    "okänd": "#e0e0e0",
}
# A huvudman's colour is its node's ``colour`` (from the region's knowledge file); huvudmän
# without one get a spare colour by their place among the huvudmän.
SPARE_COLOURS = ("#a04000", "#1e8449", "#5d6d7e", "#b7950b", "#6c3483", "#117864")
NO_HUVUDMAN = "utan angiven huvudman"
NO_HUVUDMAN_COLOUR = "#95a5a6"
MANDATE_STYLES = {
    "DELEGATES": {"roundness": 0.1, "color": "#1f4e79", "dashes": False, "width": 2.5, "label": "delegerar"},
    "REPORTS_TO": {"roundness": 0.2, "color": "#2e7d32", "dashes": [8, 5], "width": 2, "label": "rapporterar till"},
    "REFERS": {"roundness": 0.3, "color": "#e65100", "dashes": [2, 4], "width": 2, "label": "remitterar"},
    "RECOMMENDS": {"roundness": 0.4, "color": "#6a1b9a", "dashes": [10, 4, 2, 4], "width": 2, "label": "rekommenderar"},
}
REPRESENTATION_COLOUR = "rgba(120,120,120,0.45)"
PART_OF_COLOUR = "#9aa5b1"
_TEMPLATE = Path(__file__).resolve().parent / "templates" / "page.html"


# -- small helpers ---------------------------------------------------------------------------

def esc(value: object) -> str:
    """Text from the minutes, escaped for HTML (``None`` becomes empty)."""
    return html.escape("" if value is None else str(value), quote=True)


def _name(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("name") or G.nodes[n].get("text") or G.nodes[n].get("task") or n)


def _label(G: nx.MultiDiGraph, n: str) -> str | None:
    return G.nodes[n].get("label") if n in G else None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tier_of(level: str | None) -> str:
    """The tier a group is drawn in: its level, or ``okänd`` when the level is unknown."""
    return level if level in TIERS[:-1] else "okänd"


def _edges(G: nx.MultiDiGraph, rel: str):
    for u, v, data in G.edges(data=True):
        if data.get("type") == rel:
            yield u, v, data


def huvudman_colour(G: nx.MultiDiGraph, org_id: str | None) -> str:
    """The fixed colour of a huvudman: its ``colour``, else a spare colour that does not change
    between views of the same graph."""
    if not org_id or org_id not in G:
        return NO_HUVUDMAN_COLOUR
    if G.nodes[org_id].get("colour"):
        return G.nodes[org_id]["colour"]
    others = sorted(n for n, d in G.nodes(data=True)
                    if d.get("label") == "Organisation" and d.get("classification") == "huvudman"
                    and not d.get("colour"))
    return SPARE_COLOURS[others.index(org_id) % len(SPARE_COLOURS)] if org_id in others else NO_HUVUDMAN_COLOUR


def huvudman_of(G: nx.MultiDiGraph, org_id: str | None) -> str | None:
    """The huvudman an organisation belongs to, climbing units' ``PART_OF`` edges."""
    seen = set()
    while org_id and org_id in G and org_id not in seen:
        seen.add(org_id)
        if G.nodes[org_id].get("classification") == "huvudman":
            return org_id
        parents = [v for _, v, d in G.out_edges(org_id, data=True)
                   if d.get("type") == "PART_OF" and _label(G, v) == "Organisation"]
        org_id = parents[0] if parents else None
    return None


def _meeting_dates(G: nx.MultiDiGraph) -> dict[str, str | None]:
    """Source id → the date of the meeting it records (earliest bound for a date range)."""
    out: dict[str, str | None] = {}
    for n, d in G.nodes(data=True):
        if d.get("label") == "Meeting" and d.get("source_id"):
            out[d["source_id"]] = d.get("date") or d.get("date_from")
    return out


def _is_iso_date(value: str) -> bool:
    from datetime import date as _date

    try:
        return len(value) == 10 and bool(_date.fromisoformat(value))
    except ValueError:
        return False


def _is_after(date: str | None, as_of: str | None) -> bool:
    return bool(as_of and date and str(date) > as_of)


# -- memberships -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Seat:
    person_id: str
    group_id: str
    role: str | None
    huvudman_id: str | None
    perspective: str | None
    start_date: str | None
    end_date: str | None


def seats(G: nx.MultiDiGraph, as_of: str | None = None) -> list[Seat]:
    """The seats in force on ``as_of`` (or now, when ``as_of`` is None).

    The same answer the named questions give (:func:`queries.seats.current_seats`): a ledamot
    with förhinder is still a member; a seat's huvudman is the one the minutes state, else the
    member's employer's. One seat per person and group.
    """
    # the one seat function works on fact tables; the views read them from the same graph
    from samverkan.queries.facts import nx_facts
    from samverkan.queries.seats import current_seats

    f = nx_facts(G, ("memberships", "attendance", "affiliations", "organisations"))
    found = current_seats(f["memberships"], f["attendance"], f["affiliations"], f["organisations"], as_of=as_of)
    return sorted((Seat(x.person_id, x.group_id, x.role, x.huvudman_id, x.perspective, x.since, None)
                   for x in found.values()), key=lambda s: (s.group_id, s.person_id))


# -- page assembly ---------------------------------------------------------------------------

@dataclass
class Panel:
    """One vis-network canvas: a pyvis network plus a heading and a note."""

    net: Network
    heading: str = ""
    note: str = ""
    options: dict = field(default_factory=dict)


def new_network() -> Network:
    return Network(directed=True, cdn_resources="in_line", height="100%", width="100%")


def hierarchical_options(level_separation: int = 140, node_spacing: int = 170) -> dict:
    """Top-to-bottom tiers with levels set per node; physics bounded and switched off once settled."""
    return {
        "layout": {"randomSeed": 7, "hierarchical": {
            "enabled": True, "direction": "UD", "levelSeparation": level_separation,
            "nodeSpacing": node_spacing, "treeSpacing": 120, "blockShifting": True,
            "edgeMinimization": True, "parentCentralization": True, "sortMethod": "directed",
            "shakeTowards": "roots"}},
        "physics": {"enabled": True, "solver": "hierarchicalRepulsion",
                    "hierarchicalRepulsion": {"nodeDistance": node_spacing, "centralGravity": 0.0,
                                              "springLength": 100, "springConstant": 0.01, "damping": 0.2,
                                              "avoidOverlap": 0.5},
                    "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 50, "fit": True},
                    "minVelocity": 1.0, "timestep": 0.5},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "edges": {"smooth": {"enabled": True, "type": "cubicBezier", "forceDirection": "vertical",
                             "roundness": 0.4}, "font": {"size": 10, "align": "middle"}},
        "nodes": {"font": {"size": 14, "face": "Segoe UI, Roboto, Arial"}},
    }


def force_options(node_count: int = 0) -> dict:
    """A seeded Barnes–Hut layout bounded to settle quickly even for a few thousand nodes.

    Stabilisation iterations shrink as the graph grows, so the work stays about constant.
    """
    iterations = max(60, min(250, 150_000 // max(node_count, 1)))
    return {
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {"enabled": True, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.3, "springLength": 140,
                                  "springConstant": 0.04, "damping": 0.3, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50, "fit": True},
                    "minVelocity": 1.0, "timestep": 0.5},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "edges": {"smooth": {"enabled": False}, "font": {"size": 10, "align": "middle"}},
        "nodes": {"font": {"size": 14, "face": "Segoe UI, Roboto, Arial"}},
    }


def _script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _vis_assets() -> tuple[str, str]:
    base = Path(__import__("pyvis").__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # The bundle ends with a source-map comment pointing at the web; drop it so nothing is fetched.
    js = re.sub(r"//# sourceMappingURL=\S+", "", js)
    css = re.sub(r"/\*# sourceMappingURL=\S+ \*/", "", css)
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def legend_html(entries: list[tuple[str, str, str]]) -> str:
    """Legend entries ``(kind, colour or style, text)``; kind is ``box``, ``dot`` or ``line``."""
    parts = []
    for kind, style, text in entries:
        if kind == "line":
            parts.append(f'<span class="item"><span class="line" style="border-top: 3px {esc(style)}"></span>'
                         f'{esc(text)}</span>')
        else:
            radius = "50%" if kind == "dot" else "3px"
            parts.append(f'<span class="item"><span class="swatch" style="background:{esc(style)};'
                         f'border-radius:{radius}"></span>{esc(text)}</span>')
    return "\n".join(parts)


def render_panels(output: str | Path, title: str, panels: list[Panel], *, subtitle: str = "",
                  legend: str = "", before: str = "", height: int = 760, panel_min: int = 900) -> Path:
    """Write several networks on one self-contained page and return its path.

    ``title``, ``subtitle`` and panel headings are plain text (escaped here); ``legend`` and
    ``before`` are HTML the caller built with :func:`esc`.
    """
    output = Path(output)
    js, css = _vis_assets()
    views, blocks = [], []
    for i, panel in enumerate(panels):
        nodes, edges, _, _, _, _ = panel.net.get_network_data()
        views.append({"container": f"net-{i}", "nodes": nodes, "edges": edges, "options": panel.options})
        heading = f"<h2>{esc(panel.heading)}</h2>" if panel.heading else ""
        note = f"<p>{esc(panel.note)}</p>" if panel.note else ""
        blocks.append(f'<section class="panel">{heading}{note}<div class="net" id="net-{i}"></div></section>')
    values = {
        "TITLE": esc(title), "SUBTITLE": esc(subtitle), "LEGEND": legend, "BEFORE": before,
        "PANELS": "\n".join(blocks), "VIS_JS": js, "VIS_CSS": css, "VIEWS_JSON": _script_json(views),
        "HEIGHT": str(int(height)), "PANEL_MIN": str(int(panel_min)),
    }
    template = _TEMPLATE.read_text(encoding="utf-8")
    page = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)
    output.parent.mkdir(parents=True, exist_ok=True)
    write_private(output, page)  # views show people: only their owner reads them unless asked otherwise
    return output


def _tip(title: str, lines: list[str] | None = None, sections: list[tuple[str, list[str]]] | None = None) -> str:
    """Tooltip HTML from plain texts (all escaped)."""
    out = [f"<b>{esc(title)}</b>"]
    for line in lines or []:
        out.append(f"<br>{esc(line)}")
    for heading, items in sections or []:
        out.append(f"<br><b>{esc(heading)}</b><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
    return "".join(out)


def _empty_note(net: Network, text: str) -> None:
    net.add_node("__empty__", label=text, shape="box", color="#eeeeee", level=0)


# -- structure -------------------------------------------------------------------------------

def _group_level(G: nx.MultiDiGraph, g: str) -> str:
    return tier_of(G.nodes[g].get("level"))


UNCERTAIN = "datum osäkert"  # marks a meeting dated only by a range


def meeting_label(d: dict) -> str:
    """A meeting's date as the minutes support it: the day, or its range marked uncertain."""
    if d.get("date"):
        return str(d["date"])
    start, end = d.get("date_from"), d.get("date_to")
    if start and end and start != end:
        return f"{start}..{end} ({UNCERTAIN})"
    return str(start or end or "okänt datum")


def _meetings_by_group(G: nx.MultiDiGraph, as_of: str | None) -> dict[str, list[str]]:
    """Group → its meetings' dates up to ``as_of``; a range that may fall before it counts, marked."""
    out: dict[str, list[str]] = defaultdict(list)
    for m, g, _ in _edges(G, "HELD_BY"):
        d = G.nodes[m]
        when = d.get("date") or d.get("date_from")
        if _is_after(when, as_of):
            continue
        out[g].append(meeting_label(d))
    return out


def _roster_sections(G: nx.MultiDiGraph, group_seats: list[Seat]) -> list[tuple[str, list[str]]]:
    by_hm: dict[str, list[str]] = defaultdict(list)
    for s in group_seats:
        hm = _name(G, s.huvudman_id) if s.huvudman_id else NO_HUVUDMAN
        by_hm[hm].append(_name(G, s.person_id) + (f" ({s.role})" if s.role else ""))
    return [(f"{hm} ({len(people)})", sorted(people)) for hm, people in sorted(by_hm.items())]


def _mandate_edges(G: nx.MultiDiGraph, as_of: str | None):
    dates = _meeting_dates(G)
    for u, v, d in G.edges(data=True):
        rel = d.get("type")
        if rel not in MANDATE_STYLES:
            continue
        if _label(G, u) not in ("Group", "Organisation") or _label(G, v) not in ("Group", "Organisation"):
            continue  # an assignment's REPORTS_TO is a task, not a mandate between bodies
        if _is_after(dates.get(d.get("source_id")), as_of):
            continue
        yield u, v, rel


def _add_mandate_edge(net: Network, u: str, v: str, rel: str) -> None:
    style = MANDATE_STYLES[rel]
    # Bending every kind clockwise by its own amount keeps parallel mandates apart, whichever
    # direction they run.
    net.add_edge(u, v, color=style["color"], dashes=style["dashes"], width=style["width"],
                 arrows="to", title=esc(style["label"]), label=style["label"],
                 smooth={"enabled": True, "type": "curvedCW", "roundness": style["roundness"]})


def structure_groups(G: nx.MultiDiGraph, as_of: str | None = None) -> list[str]:
    """Groups that existed on ``as_of``: seated or met by then, plus their parents (all without a date)."""
    groups = [n for n, d in G.nodes(data=True) if d.get("label") == "Group"]
    if not as_of:
        return sorted(groups)
    active = {s.group_id for s in seats(G, as_of)} | {g for g, ms in _meetings_by_group(G, as_of).items() if ms}
    for u, v, _ in _mandate_edges(G, as_of):
        active |= {x for x in (u, v) if _label(G, x) == "Group"}
    frontier = list(active)
    while frontier:
        g = frontier.pop()
        for _, parent, d in G.out_edges(g, data=True):
            if d.get("type") == "PART_OF" and _label(G, parent) == "Group" and parent not in active:
                active.add(parent)
                frontier.append(parent)
    return sorted(g for g in groups if g in active)


def _tier_rows(G: nx.MultiDiGraph, groups: list[str], per_row: int = 9) -> dict[str, int]:
    """The drawing row of each group: tiers top to bottom, a crowded tier wrapped over several rows.

    Without wrapping, dozens of operativ groups make one row so wide that the whole picture is
    drawn too small to read. Groups with a parent in the structure come first in their tier.
    """
    by_tier: dict[str, list[str]] = defaultdict(list)
    for g in groups:
        by_tier[_group_level(G, g)].append(g)
    rows, row = {}, 1
    for tier in TIERS:
        members = sorted(by_tier.get(tier, []),
                         key=lambda g: (not any(d.get("type") == "PART_OF" for _, _, d in G.out_edges(g, data=True)),
                                        fold(_name(G, g))))
        for i, g in enumerate(members):
            rows[g] = row + i // per_row
        row += max(1, -(-len(members) // per_row))
    return rows


def render_structure(G: nx.MultiDiGraph, output: str | Path, as_of: str | None = None) -> Path:
    """The collaboration structure as it stood on ``as_of`` (or now) as one HTML page.

    Groups in tiers by level (politisk → operativ, unknown last), huvudmän as coloured nodes on
    top with representation edges weighted by seats, ``PART_OF`` links between groups and the
    mandate edges styled by kind. Hovering a group lists its roster grouped by huvudman.
    """
    net = new_network()
    if as_of is not None and not _is_iso_date(as_of):
        raise SamverkanError(f"as of '{as_of}': not a date; write it as YYYY-MM-DD, e.g. 2024-01-01")
    groups = structure_groups(G, as_of)
    shown = set(groups)
    all_seats = [s for s in seats(G, as_of) if s.group_id in shown]
    seats_by_group: dict[str, list[Seat]] = defaultdict(list)
    for s in all_seats:
        seats_by_group[s.group_id].append(s)
    meetings = _meetings_by_group(G, as_of)
    huvudmän = sorted({n for n, d in G.nodes(data=True)
                       if d.get("label") == "Organisation" and d.get("classification") == "huvudman"},
                      key=lambda n: fold(_name(G, n)))
    for hm in huvudmän:
        net.add_node(hm, label=_name(G, hm), shape="box", level=0, color=huvudman_colour(G, hm),
                     font={"color": "#ffffff", "size": 15}, title=_tip(_name(G, hm), ["huvudman"]))
    part_of = [(u, v) for u, v, _ in _edges(G, "PART_OF") if u in shown and v in shown]
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for s in all_seats:
        if s.huvudman_id in huvudmän:
            weights[(s.huvudman_id, s.group_id)] += 1
    ends = shown | set(huvudmän)
    mandate_edges = [(u, v, rel) for u, v, rel in _mandate_edges(G, as_of) if u in ends and v in ends]
    linked = {x for pair in [*part_of, *weights, *((u, v) for u, v, _ in mandate_edges)] for x in pair}
    placed = [g for g in groups if g in linked]
    loose = [g for g in groups if g not in linked]

    def add_group(network, g, level):
        tier = _group_level(G, g)
        ms = sorted(meetings.get(g, []))
        lines = [f"nivå: {tier}", f"möten: {len(ms)}" + (f" (senast {ms[-1]})" if ms else ""),
                 f"ledamöter: {len({s.person_id for s in seats_by_group[g]})}"]
        network.add_node(g, label=_name(G, g), shape="box", level=level,
                         color={"background": TIER_COLOURS[tier], "border": "#52606d"},
                         title=_tip(_name(G, g), lines, _roster_sections(G, seats_by_group[g])))

    rows = _tier_rows(G, placed)
    for g in placed:
        add_group(net, g, rows[g])
    for u, v in part_of:
        net.add_edge(v, u, color=PART_OF_COLOUR, arrows="to", width=1.5, title=esc("del av"))
    for (hm, g), n in sorted(weights.items()):
        net.add_edge(hm, g, value=n, width=1 + n, color={"color": huvudman_colour(G, hm), "opacity": 0.35},
                     title=esc(f"{_name(G, hm)}: {n} ledamot" + ("er" if n != 1 else "")), arrows="")
    for u, v, rel in mandate_edges:
        _add_mandate_edge(net, u, v, rel)
    panels = [Panel(net, options=hierarchical_options())]
    if loose:
        apart = new_network()
        loose_rows = _tier_rows(G, loose, per_row=6)
        for g in loose:
            add_group(apart, g, loose_rows[g])
        panels.append(Panel(apart, heading=f"Grupper utan koppling i strukturen ({len(loose)})",
                            note="Nämnda i protokollen, men utan överordnad grupp, mandat eller ledamöter "
                                 "med känd huvudman.",
                            options=hierarchical_options(level_separation=70)))
    if not groups and not huvudmän:
        _empty_note(net, "Inga grupper registrerade" + (f" per {as_of}" if as_of else ""))
    legend = legend_html(
        [("box", TIER_COLOURS[t], f"nivå: {t}") for t in TIERS]
        + [("box", huvudman_colour(G, hm), _name(G, hm)) for hm in huvudmän]
        + [("line", f"solid {REPRESENTATION_COLOUR}", "representation (bredd = antal ledamöter)"),
           ("line", f"solid {PART_OF_COLOUR}", "del av")]
        + [("line", f"{'solid' if not s['dashes'] else 'dashed'} {s['color']}", s["label"])
           for s in MANDATE_STYLES.values()])
    subtitle = (f"Samverkansstrukturen per {as_of}" if as_of else "Samverkansstrukturen enligt registrerade protokoll")
    subtitle += f" — {len(groups)} grupper, {len(huvudmän)} huvudmän. Håll muspekaren över en grupp för ledamöterna."
    return render_panels(output, "Samverkansstruktur", panels, subtitle=subtitle, legend=legend)


# -- person ----------------------------------------------------------------------------------

def render_person(G: nx.MultiDiGraph, output: str | Path, person_id: str) -> Path:
    """One person's ego network: their groups (with role), tasks, huvudman and the people they sit with."""
    if person_id not in G or _label(G, person_id) != "Person":
        raise NotFound(f"no person with id {person_id}")
    net = new_network()
    person_seats = [s for s in seats(G) if s.person_id == person_id]
    all_seats = seats(G)
    hm_ids = {s.huvudman_id for s in person_seats if s.huvudman_id}
    colour = huvudman_colour(G, next(iter(sorted(hm_ids)), None))
    net.add_node(person_id, label=_name(G, person_id), shape="star", size=30, color=colour,
                 title=_tip(_name(G, person_id), [f"{len(person_seats)} uppdrag i grupper"]))
    for s in person_seats:
        g = s.group_id
        tier = _group_level(G, g)
        net.add_node(g, label=_name(G, g), shape="box", color={"background": TIER_COLOURS[tier], "border": "#52606d"},
                     title=_tip(_name(G, g), [f"nivå: {tier}"]))
        net.add_edge(person_id, g, label=s.role or "ledamot", title=esc(s.role or "ledamot"), arrows="to",
                     color="#52606d")
        for other in all_seats:
            if other.group_id == g and other.person_id != person_id:
                if other.person_id not in net.get_nodes():
                    net.add_node(other.person_id, label=_name(G, other.person_id), shape="dot", size=10,
                                 color=huvudman_colour(G, other.huvudman_id),
                                 title=_tip(_name(G, other.person_id),
                                            [_name(G, other.huvudman_id) if other.huvudman_id else NO_HUVUDMAN]))
                net.add_edge(other.person_id, g, color="rgba(150,150,150,0.5)", width=0.8, arrows="")
    for hm in sorted(hm_ids):
        net.add_node(hm, label=_name(G, hm), shape="box", color=huvudman_colour(G, hm), font={"color": "#ffffff"},
                     title=_tip(_name(G, hm), ["huvudman"]))
        net.add_edge(person_id, hm, label="för", dashes=True, color=huvudman_colour(G, hm), arrows="to")
    for a, target, _ in _edges(G, "ASSIGNED_TO"):
        if target != person_id:
            continue
        d = G.nodes[a]
        lines = [f"klart: {d.get('due')}"] if d.get("due") else []
        net.add_node(a, label=_short(d.get("task") or "uppdrag"), shape="ellipse", color="#fff3c4",
                     title=_tip(d.get("task") or "uppdrag", lines))
        net.add_edge(a, person_id, label="uppdrag", color="#b7950b", arrows="to")
    return render_panels(output, f"Person: {_name(G, person_id)}", [Panel(net, options=force_options(len(net.nodes)))],
                         subtitle="Grupper (med roll), uppdrag och de personer hen sitter med.",
                         legend=legend_html([("box", TIER_COLOURS[t], f"grupp, nivå {t}") for t in TIERS]
                                            + [("box", "#fff3c4", "uppdrag")]))


# -- mandates --------------------------------------------------------------------------------

def render_mandates(G: nx.MultiDiGraph, output: str | Path) -> Path:
    """The mandate flow between bodies: delegations point down, reports up, referrals across."""
    net = new_network()
    edges = list(_mandate_edges(G, None))
    ends = sorted({x for u, v, _ in edges for x in (u, v)})
    for n in ends:
        if _label(G, n) == "Group":
            tier = _group_level(G, n)
            net.add_node(n, label=_name(G, n), shape="box", level=TIERS.index(tier) + 1,
                         color={"background": TIER_COLOURS[tier], "border": "#52606d"},
                         title=_tip(_name(G, n), [f"nivå: {tier}"]))
        else:
            hm = huvudman_of(G, n)
            net.add_node(n, label=_name(G, n), shape="box", level=0, color=huvudman_colour(G, hm),
                         font={"color": "#ffffff"}, title=_tip(_name(G, n), [G.nodes[n].get("classification") or ""]))
    for u, v, rel in edges:
        _add_mandate_edge(net, u, v, rel)
    if not edges:
        _empty_note(net, "Inga mandat registrerade")
    legend = legend_html([("line", f"{'solid' if not s['dashes'] else 'dashed'} {s['color']}", s["label"])
                          for s in MANDATE_STYLES.values()]
                         + [("box", TIER_COLOURS[t], f"nivå: {t}") for t in TIERS])
    return render_panels(output, "Mandat", [Panel(net, options=hierarchical_options())],
                         subtitle=f"{len(edges)} mandat mellan {len(ends)} organ: delegering nedåt, "
                                  f"rapportering uppåt, remiss och rekommendation åt sidan.",
                         legend=legend)


# -- group -----------------------------------------------------------------------------------

def render_group(G: nx.MultiDiGraph, output: str | Path, group_id: str) -> Path:
    """One body with its members (coloured by huvudman), its parent and its children."""
    if group_id not in G or _label(G, group_id) != "Group":
        raise NotFound(f"no group with id {group_id}")
    net = new_network()
    tier = _group_level(G, group_id)
    group_seats = [s for s in seats(G) if s.group_id == group_id]
    meetings = sorted(_meetings_by_group(G, None).get(group_id, []))
    net.add_node(group_id, label=_name(G, group_id), shape="box", size=30, level=1,
                 color={"background": TIER_COLOURS[tier], "border": "#1f2933"}, font={"size": 18},
                 title=_tip(_name(G, group_id), [f"nivå: {tier}", f"möten: {len(meetings)}"],
                            _roster_sections(G, group_seats)))
    for u, v, _ in _edges(G, "PART_OF"):
        if u == group_id and _label(G, v) == "Group":
            t = _group_level(G, v)
            net.add_node(v, label=_name(G, v), shape="box", level=0,
                         color={"background": TIER_COLOURS[t], "border": "#52606d"}, title=_tip(_name(G, v), [f"nivå: {t}"]))
            net.add_edge(v, group_id, label="överordnad", color=PART_OF_COLOUR, arrows="to")
        elif v == group_id and _label(G, u) == "Group":
            t = _group_level(G, u)
            net.add_node(u, label=_name(G, u), shape="box", level=2,
                         color={"background": TIER_COLOURS[t], "border": "#52606d"}, title=_tip(_name(G, u), [f"nivå: {t}"]))
            net.add_edge(group_id, u, label="underordnad", color=PART_OF_COLOUR, arrows="to")
    hms = set()
    for s in group_seats:
        hms.add(s.huvudman_id)
        net.add_node(s.person_id, label=_name(G, s.person_id), shape="dot", size=12, level=2,
                     color=huvudman_colour(G, s.huvudman_id),
                     title=_tip(_name(G, s.person_id), [s.role or "ledamot",
                                                        _name(G, s.huvudman_id) if s.huvudman_id else NO_HUVUDMAN]))
        net.add_edge(s.person_id, group_id, label=s.role or "", color="rgba(120,120,120,0.6)", arrows="to")
    legend = legend_html([("dot", huvudman_colour(G, h), _name(G, h) if h else NO_HUVUDMAN)
                          for h in sorted(hms, key=lambda h: fold(_name(G, h)) if h else "~")]
                         + [("box", TIER_COLOURS[t], f"grupp, nivå {t}") for t in TIERS])
    return render_panels(output, f"Grupp: {_name(G, group_id)}", [Panel(net, options=force_options(len(net.nodes)))],
                         subtitle=f"Nivå {tier}, {len(group_seats)} ledamöter, {len(meetings)} möten.",
                         legend=legend)


# -- name look-up ----------------------------------------------------------------------------

def find_node(G: nx.MultiDiGraph, label: str, query: str) -> str:
    """The id of the one ``label`` node named ``query`` (case, diacritics and hyphens ignored).

    An exact id wins; then names and aliases equal to the folded query; then names whose words
    start with every word of the query. Raises :class:`AmbiguousName` or :class:`NotFound`.
    """
    if query in G and _label(G, query) == label:
        return query
    q = fold(query)
    words = q.split()
    exact, partial = [], []
    for n, d in G.nodes(data=True):
        if d.get("label") != label:
            continue
        names = [d.get("name") or ""] + list(d.get("aliases") or [])
        folded = [fold(x) for x in names if x]
        if q in folded:
            exact.append(n)
        elif words and any(all(any(t.startswith(w) for t in f.split()) for w in words) for f in folded):
            partial.append(n)
    hits = exact or partial
    if len(hits) == 1:
        return hits[0]
    kind = {"Person": "person", "Group": "group"}.get(label, label.lower())
    if not hits:
        raise NotFound(f"no {kind} matches '{query}'")
    raise AmbiguousName(query, sorted(((h, _name(G, h)) for h in hits), key=lambda c: fold(c[1])))



# -- governance options ----------------------------------------------------------------------
# The option pages live in graph/options_view.py; these names stay importable from here.

def option_network(option) -> Network:
    """One option drawn in the tiered layout (see :func:`graph.options_view.option_network`)."""
    from samverkan.graph.options_view import option_network as draw

    return draw(option)


def render_options(options, output: str | Path, figures=None, **kwargs) -> Path:
    """All options side by side (see :func:`graph.options_view.render_options`)."""
    from samverkan.graph.options_view import render_options as render

    return render(options, output, figures, **kwargs)


__all__ = [
    "render_structure", "render_person", "render_mandates", "render_group", "render_panels", "find_node",
    "render_options", "option_network", "seats", "tier_of", "structure_groups", "Panel", "esc",
]
