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
_SCRIPT = Path(__file__).resolve().parent / "templates" / "page.js"


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
    aside: str = ""  # HTML beside the canvas (built with :func:`esc`), e.g. a searchable side list
    extra: dict = field(default_factory=dict)  # settings for the page script: orgchart, minLabelPx, fontSize


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
                  legend: str = "", before: str = "", height: int = 760, panel_min: int = 900,
                  data_date: str = "", facets: dict | None = None) -> Path:
    """Write several networks on one self-contained page and return its path.

    ``title``, ``subtitle``, ``data_date`` and panel headings are plain text (escaped here);
    ``legend``, ``before`` and a panel's ``aside`` are HTML the caller built with :func:`esc`.
    ``facets`` names what the page's filters offer: ``huvudman`` (id → name), ``kind`` (edge
    kind → label), ``kindOff`` (kinds hidden at first) and ``levels`` (their order). Nodes and
    edges take part in the filters and the search through their ``f_`` fields: ``f_name``
    (full name), ``f_level``, ``f_hm`` (huvudman ids; one id on an edge), ``f_kind`` (edges),
    ``f_from`` (first date, ISO) and ``f_parent`` (the group a group folds under).
    """
    output = Path(output)
    js, css = _vis_assets()
    views, blocks = [], []
    for i, panel in enumerate(panels):
        nodes, edges, _, _, _, _ = panel.net.get_network_data()
        views.append({"container": f"net-{i}", "nodes": nodes, "edges": edges, "options": panel.options,
                      **panel.extra})
        heading = f"<h2>{esc(panel.heading)}</h2>" if panel.heading else ""
        note = f"<p>{esc(panel.note)}</p>" if panel.note else ""
        canvas = f'<div class="net" id="net-{i}"></div>'
        if panel.aside:
            canvas = f'<div class="panel-body">{canvas}<aside class="side">{panel.aside}</aside></div>'
        blocks.append(f'<section class="panel">{heading}{note}{canvas}</section>')
    page = {"facets": facets or {}, "dataDate": data_date}
    script = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: {"VIEWS_JSON": _script_json(views),
                                                   "PAGE_JSON": _script_json(page)}[m.group(1)],
                    _SCRIPT.read_text(encoding="utf-8"))
    values = {
        "TITLE": esc(title), "SUBTITLE": esc(subtitle), "LEGEND": legend, "BEFORE": before,
        "PANELS": "\n".join(blocks), "VIS_JS": js, "VIS_CSS": css, "PAGE_JS": script,
        "HEIGHT": str(int(height)), "PANEL_MIN": str(int(panel_min)), "DATA_DATE": esc(data_date),
    }
    template = _TEMPLATE.read_text(encoding="utf-8")
    page = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)
    output.parent.mkdir(parents=True, exist_ok=True)
    write_private(output, page)  # views show people: only their owner reads them unless asked otherwise
    return output


def _tip(title: str, lines: list[str] | None = None, sections: list[tuple[str, list[str]]] | None = None,
         quotes: list[str] | None = None) -> str:
    """Tooltip HTML from plain texts (all escaped); ``quotes`` are the minutes' own words for a fact."""
    out = [f"<b>{esc(title)}</b>"]
    for line in lines or []:
        out.append(f"<br>{esc(line)}")
    for heading, items in sections or []:
        out.append(f"<br><b>{esc(heading)}</b><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
    for quote in quotes or []:
        out.append(f"<br><q>{esc(quote)}</q>")
    return "".join(out)


def _quotes(G: nx.MultiDiGraph, u: str, v: str | None = None, rel: str | None = None, limit: int = 3) -> list[str]:
    """The ``quote`` of node ``u`` (``v`` None) or of the ``u → v`` edges of type ``rel``, at most ``limit``."""
    if v is None:
        quote = G.nodes[u].get("quote") if u in G else None
        return [str(quote)] if quote else []
    found = []
    if G.has_node(u) and G.has_node(v):
        for data in G.get_edge_data(u, v, default={}).values():
            if data.get("quote") and (rel is None or data.get("type") == rel) and str(data["quote"]) not in found:
                found.append(str(data["quote"]))
    return found[:limit]


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


def _add_mandate_edge(net: Network, u: str, v: str, rel: str, quotes: list[str] | None = None,
                      since: str | None = None, times: int = 1) -> None:
    style = MANDATE_STYLES[rel]
    # Bending every kind clockwise by its own amount keeps parallel mandates apart, whichever
    # direction they run.
    net.add_edge(u, v, color=style["color"], dashes=style["dashes"], width=style["width"],
                 arrows="to", title=_tip(_times(style["label"], times), quotes=quotes), label=style["label"],
                 smooth={"enabled": True, "type": "curvedCW", "roundness": style["roundness"]},
                 f_kind=rel, f_from=since)


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


# Every box of the structure has the same size, so the page script can lay the chart out
# without measuring text; a longer name is cut and shown whole on hover.
STRUCTURE_BOX = (170, 46)
STRUCTURE_FONT = 14
STRUCTURE_LABEL = 44  # characters: two lines of the box
MIN_LABEL_PX = 11  # the smallest label size the first picture may show
COLLAPSE_OVER = 80  # groups: a larger structure opens with leaf groups folded under their parent
KOMMUN = "kommun"  # a collective whose name or aliases say kommun stands for the kommuner
READABLE = {"minLabelPx": MIN_LABEL_PX, "fontSize": 14}  # single views open zoomed so labels stay legible


def collective_members(G: nx.MultiDiGraph, org_id: str) -> list[str]:
    """The huvudmän a collective huvudman (``collective`` set, e.g. "the kommuner") stands for.

    Its ``stands_for`` ids when the knowledge gives them; else, for a collective of kommuner,
    the huvudmän named as a kommun; else every huvudman that is not itself a collective.
    """
    d = G.nodes[org_id] if org_id in G else {}
    if not d.get("collective"):
        return []
    if d.get("stands_for"):
        return [x for x in d["stands_for"] if x in G]
    singles = [n for n, x in G.nodes(data=True)
               if x.get("label") == "Organisation" and x.get("classification") == "huvudman" and not x.get("collective")]
    if KOMMUN in fold(" ".join([str(d.get("name") or ""), *map(str, d.get("aliases") or [])])):
        singles = [n for n in singles if KOMMUN in fold(_name(G, n))]
    return sorted(singles, key=lambda n: fold(_name(G, n)))


def _data_dates(G: nx.MultiDiGraph) -> tuple[str | None, str | None, int]:
    dates = sorted(str(d.get("date") or d.get("date_from")) for _, d in G.nodes(data=True)
                   if d.get("label") == "Meeting" and (d.get("date") or d.get("date_from")))
    return (dates[0], dates[-1], len(dates)) if dates else (None, None, 0)


def data_date_line(G: nx.MultiDiGraph, as_of: str | None = None) -> str:
    """The line a page shows about the date of its data (also printed and put in PNG/SVG)."""
    first, last, n = _data_dates(G)
    text = f"Data: {n} protokoll, {first} – {last}" if n else "Data: inga daterade protokoll"
    return text + (f"; bilden visar läget per {as_of}" if as_of else "")


def _side_list(G: nx.MultiDiGraph, loose: list[str], describe) -> str:
    items = "".join(
        f'<li data-id="{esc(g)}" data-name="{esc(_name(G, g))}" title="{esc(describe(g))}">{esc(_name(G, g))} '
        f'<span class="lvl">{esc(_group_level(G, g))}</span></li>'
        for g in sorted(loose, key=lambda g: fold(_name(G, g))))
    return (f"<h3>Grupper utan plats i strukturen ({len(loose)})</h3>"
            "<p>Nämnda i protokollen, men utan överordnad grupp, mandat eller ledamöter med känd huvudman.</p>"
            '<input type="search" placeholder="filtrera listan" aria-label="filtrera listan">'
            f"<ul>{items}</ul>")


def _box(net: Network, node_id: str, name: str, colour, font: dict | None = None, **fields) -> None:
    w, h = STRUCTURE_BOX
    net.add_node(node_id, label=_short(name, STRUCTURE_LABEL), f_name=name, f_sort=fold(name), shape="box",
                 widthConstraint={"minimum": w, "maximum": w}, heightConstraint={"minimum": h, "valign": "middle"},
                 color=colour, font={"size": STRUCTURE_FONT, **(font or {})}, **fields)


def structure_options() -> dict:
    """Positions come from the page's organisation-chart layout: no physics, no hierarchy solver."""
    return {
        "layout": {"randomSeed": 7, "improvedLayout": False, "hierarchical": {"enabled": False}},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "dragNodes": False, "hideEdgesOnDrag": True},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle"}},
        "nodes": {"font": {"size": STRUCTURE_FONT, "face": "Segoe UI, Roboto, Arial"}, "margin": 6},
    }


def render_structure(G: nx.MultiDiGraph, output: str | Path, as_of: str | None = None) -> Path:
    """The collaboration structure as it stood on ``as_of`` (or now) as one HTML page.

    An organisation chart: huvudmän on top (the huvudmän a collective stands for framed
    together), groups below in tiers by level with each parent above the groups under it, one
    representation edge per huvudman and group weighted by its seats, and the mandate edges
    styled by kind. A parent's groups fold under it by a click. Groups the minutes give no place
    in the structure go to a searchable side list. Hovering a group lists its roster by huvudman.
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
    every_hm = sorted((n for n, d in G.nodes(data=True)
                       if d.get("label") == "Organisation" and d.get("classification") == "huvudman"),
                      key=lambda n: fold(_name(G, n)))
    collectives = {h: collective_members(G, h) for h in every_hm if G.nodes[h].get("collective")}
    in_collective = {m for members in collectives.values() for m in members}
    # a collective is drawn as the huvudmän it stands for, side by side in a frame
    huvudmän = ([h for h in every_hm if h not in collectives and h not in in_collective]
                + [m for members in collectives.values() for m in members if m in every_hm])
    huvudmän = list(dict.fromkeys(huvudmän))
    stands_for = {h: collectives.get(h, [h]) for h in every_hm}

    parents: dict[str, str] = {}
    extra_part_of = []
    for u, v, _ in _edges(G, "PART_OF"):
        if u in shown and v in shown and u != v:
            if u not in parents:
                parents[u] = v
            else:
                extra_part_of.append((u, v))
    weights: dict[tuple[str, str], int] = defaultdict(int)
    seat_quotes: dict[tuple[str, str], list[str]] = defaultdict(list)
    since: dict[tuple[str, str], str] = {}
    for s in all_seats:
        if s.huvudman_id in stands_for:
            key = (s.huvudman_id, s.group_id)
            weights[key] += 1
            seat_quotes[key] += _quotes(G, s.person_id, s.group_id, "MEMBER_OF", limit=1)
            if s.start_date and (key not in since or s.start_date < since[key]):
                since[key] = s.start_date
    ends = shown | set(every_hm)
    dates = _meeting_dates(G)
    # one line per mandate between two bodies, however many minutes state it
    stated = _mandate_counts(G, as_of, ends)
    # a mandate to or from a collective runs to or from each huvudman it stands for
    mandate_edges = [(a, b, rel, u, v) for u, v, rel in stated
                     for a in (stands_for[u] if u in collectives else [u])
                     for b in (stands_for[v] if v in collectives else [v])]
    linked = {x for pair in [*parents.items(), *extra_part_of, *weights, *((u, v) for u, v, *_ in mandate_edges)]
              for x in pair}
    placed = [g for g in groups if g in linked]
    loose = [g for g in groups if g not in linked]
    placed_set = set(placed)

    met: dict[str, list[str]] = defaultdict(list)
    for m, x, _ in _edges(G, "HELD_BY"):
        if G.nodes[m].get("date") or G.nodes[m].get("date_from"):
            met[x].append(str(G.nodes[m].get("date") or G.nodes[m].get("date_from")))

    def first_date(g: str) -> str | None:
        found = [str(s.start_date) for s in seats_by_group[g] if s.start_date] + met.get(g, [])
        return min(found) if found else None

    def lines_of(g: str) -> list[str]:
        ms = sorted(meetings.get(g, []))
        return [f"nivå: {_group_level(G, g)}", f"möten: {len(ms)}" + (f" (senast {ms[-1]})" if ms else ""),
                f"ledamöter: {len({s.person_id for s in seats_by_group[g]})}"]

    for hm in huvudmän:
        _box(net, hm, _name(G, hm), huvudman_colour(G, hm), {"color": "#ffffff"}, kind="huvudman", f_hm=[hm],
             title=_tip(_name(G, hm), ["huvudman"] + [f"ingår i {_name(G, c)}" for c, ms in collectives.items()
                                                       if hm in ms], quotes=_quotes(G, hm)))
    for g in placed:
        tier = _group_level(G, g)
        hms = sorted({m for s in seats_by_group[g] if s.huvudman_id in stands_for for m in stands_for[s.huvudman_id]})
        fields = {"f_parent": parents[g]} if parents.get(g) in placed_set else {}
        _box(net, g, _name(G, g), {"background": TIER_COLOURS[tier], "border": "#52606d"}, kind="group",
             f_level=tier, f_hm=hms, f_from=first_date(g), level=TIERS.index(tier) + 1,
             title=_tip(_name(G, g), lines_of(g), _roster_sections(G, seats_by_group[g]), quotes=_quotes(G, g)),
             **fields)
    for u, v in extra_part_of:
        if u in placed_set and v in placed_set:
            net.add_edge(v, u, color=PART_OF_COLOUR, arrows="to", width=1.5, title=esc("del av"), f_kind="PART_OF")
    for (hm, g), n in sorted(weights.items()):
        people = f"{n} ledamot" + ("er" if n != 1 else "")
        for member in stands_for[hm]:
            if member not in huvudmän:
                continue
            collective = hm in collectives
            text = (f"{_name(G, hm)} (gemensam plats för {len(stands_for[hm])} huvudmän): {people}" if collective
                    else f"{_name(G, hm)}: {people}")
            net.add_edge(member, g, value=n, width=1 + n, dashes=[4, 4] if collective else False,
                         color={"color": huvudman_colour(G, member), "opacity": 0.35}, arrows="",
                         title=_tip(text, quotes=seat_quotes[(hm, g)][:3]), f_kind="representation", f_hm=member,
                         f_from=since.get((hm, g)))
    drawn = set(net.get_nodes())
    for u, v, rel, ou, ov in mandate_edges:
        if u in drawn and v in drawn:
            style = MANDATE_STYLES[rel]
            net.add_edge(u, v, color=style["color"], dashes=style["dashes"], width=style["width"], arrows="to",
                         title=_tip(_times(style["label"], stated[(ou, ov, rel)]), quotes=_quotes(G, ou, ov, rel)),
                         label=style["label"],
                         smooth={"enabled": True, "type": "curvedCW", "roundness": style["roundness"]},
                         f_kind=rel, f_from=_mandate_date(G, ou, ov, rel, dates))
    if not groups and not huvudmän:
        _empty_note(net, "Inga grupper registrerade" + (f" per {as_of}" if as_of else ""))
    frames = [{"label": _name(G, c), "members": [m for m in ms if m in huvudmän]} for c, ms in collectives.items() if ms]
    extra = {"orgchart": {"box": list(STRUCTURE_BOX), "tiers": list(TIERS), "maxRows": 4, "collapseOver": COLLAPSE_OVER,
                          "frames": frames, "lineColour": PART_OF_COLOUR},
             "minLabelPx": MIN_LABEL_PX, "fontSize": STRUCTURE_FONT}
    aside = _side_list(G, loose, lambda g: " · ".join(lines_of(g))) if loose else ""
    panels = [Panel(net, options=structure_options(), aside=aside, extra=extra)]
    legend = legend_html(
        [("box", TIER_COLOURS[t], f"nivå: {t}") for t in TIERS]
        + [("box", huvudman_colour(G, hm), _name(G, hm)) for hm in huvudmän]
        + [("line", f"solid {REPRESENTATION_COLOUR}", "representation (bredd = antal ledamöter)")]
        + [("line", f"dashed {REPRESENTATION_COLOUR}", f"gemensam plats för {_name(G, c)} (till var och en)")
           for c in collectives]
        + [("line", f"solid {PART_OF_COLOUR}", "del av (överordnad ovanför)")]
        + [("line", f"{'solid' if not s['dashes'] else 'dashed'} {s['color']}", s["label"])
           for s in MANDATE_STYLES.values()])
    subtitle = (f"Samverkansstrukturen per {as_of}" if as_of else "Samverkansstrukturen enligt registrerade protokoll")
    subtitle += (f" — {len(placed)} grupper i strukturen, {len(loose)} utan plats, {len(huvudmän)} huvudmän. "
                 "Håll muspekaren över en grupp för ledamöterna; klicka på en överordnad grupp för att fälla ihop "
                 "eller ut grupperna under den.")
    facets = {"huvudman": {h: _name(G, h) for h in huvudmän},
              "kind": {"representation": "representation", **{k: v["label"] for k, v in MANDATE_STYLES.items()}},
              # a large structure opens with the chart and its main mandates; the rest is a click away
              "kindOff": ["representation", "REFERS", "RECOMMENDS"] if len(placed) > COLLAPSE_OVER else [],
              "levels": list(TIERS)}
    return render_panels(output, "Samverkansstruktur", panels, subtitle=subtitle, legend=legend, height=820,
                         data_date=data_date_line(G, as_of), facets=facets)


def _mandate_counts(G: nx.MultiDiGraph, as_of: str | None, ends: set[str] | None = None) -> dict[tuple, int]:
    """(from, to, kind) → how many times the minutes state that mandate, in a stable order."""
    counts: dict[tuple, int] = defaultdict(int)
    for u, v, rel in _mandate_edges(G, as_of):
        if ends is None or (u in ends and v in ends):
            counts[(u, v, rel)] += 1
    return dict(sorted(counts.items()))


def _times(label: str, n: int) -> str:
    return f"{label} (angivet {n} gånger)" if n > 1 else label


def _mandate_date(G: nx.MultiDiGraph, u: str, v: str, rel: str, dates: dict) -> str | None:
    found = [str(dates[d["source_id"]]) for d in G.get_edge_data(u, v, default={}).values()
             if d.get("type") == rel and dates.get(d.get("source_id"))]
    return min(found) if found else None


# -- person ----------------------------------------------------------------------------------

PERSON_LINES = {
    "seat": ("#52606d", False, "hens plats i gruppen (med roll)"),
    "colleague": ("rgba(150,150,150,0.5)", False, "andra ledamöter i gruppen"),
    "for": (None, True, "för huvudman"),
    "task": ("#b7950b", False, "uppdrag till hen"),
}


def render_person(G: nx.MultiDiGraph, output: str | Path, person_id: str) -> Path:
    """One person's ego network: their groups (with role), tasks, huvudman and the people they sit with."""
    if person_id not in G or _label(G, person_id) != "Person":
        raise NotFound(f"no person with id {person_id}")
    net = new_network()
    all_seats = seats(G)
    person_seats = [s for s in all_seats if s.person_id == person_id]
    hm_ids = {s.huvudman_id for s in person_seats if s.huvudman_id}
    colour = huvudman_colour(G, next(iter(sorted(hm_ids)), None))
    net.add_node(person_id, label=_name(G, person_id), shape="star", size=30, color=colour, kind="person",
                 f_name=_name(G, person_id),
                 title=_tip(_name(G, person_id), [f"{len(person_seats)} uppdrag i grupper"], quotes=_quotes(G, person_id)))
    shown_hm: set[str | None] = set(hm_ids)
    added = {person_id}
    for s in person_seats:
        g = s.group_id
        tier = _group_level(G, g)
        net.add_node(g, label=_name(G, g), shape="box", color={"background": TIER_COLOURS[tier], "border": "#52606d"},
                     kind="group", f_level=tier, f_name=_name(G, g), title=_tip(_name(G, g), [f"nivå: {tier}"]))
        added.add(g)
        net.add_edge(person_id, g, label=s.role or "ledamot", arrows="to", color=PERSON_LINES["seat"][0],
                     title=_tip(s.role or "ledamot", [f"sedan {s.start_date}"] if s.start_date else [],
                                quotes=_quotes(G, person_id, g, "MEMBER_OF")),
                     f_kind="seat", f_from=s.start_date)
        for other in all_seats:
            if other.group_id == g and other.person_id != person_id:
                if other.person_id not in added:
                    added.add(other.person_id)
                    shown_hm.add(other.huvudman_id)
                    net.add_node(other.person_id, label=_name(G, other.person_id), shape="dot", size=10,
                                 color=huvudman_colour(G, other.huvudman_id), kind="person",
                                 f_hm=[other.huvudman_id] if other.huvudman_id else [], f_name=_name(G, other.person_id),
                                 title=_tip(_name(G, other.person_id),
                                            [_name(G, other.huvudman_id) if other.huvudman_id else NO_HUVUDMAN]))
                net.add_edge(other.person_id, g, color=PERSON_LINES["colleague"][0], width=0.8, arrows="",
                             f_kind="colleague", f_from=other.start_date)
    for hm in sorted(hm_ids):
        net.add_node(hm, label=_name(G, hm), shape="box", color=huvudman_colour(G, hm), font={"color": "#ffffff"},
                     kind="huvudman", f_name=_name(G, hm), title=_tip(_name(G, hm), ["huvudman"]))
        net.add_edge(person_id, hm, label="för", dashes=True, color=huvudman_colour(G, hm), arrows="to", f_kind="for")
    for a, target, _ in _edges(G, "ASSIGNED_TO"):
        if target != person_id:
            continue
        d = G.nodes[a]
        lines = [f"klart: {d.get('due')}"] if d.get("due") else []
        net.add_node(a, label=_short(d.get("task") or "uppdrag"), shape="ellipse", color="#fff3c4", kind="task",
                     f_name=d.get("task") or "uppdrag",
                     title=_tip(d.get("task") or "uppdrag", lines, quotes=_quotes(G, a) + _quotes(G, a, person_id)))
        net.add_edge(a, person_id, label="uppdrag", color=PERSON_LINES["task"][0], arrows="to", f_kind="task")
    people_hm = sorted(shown_hm, key=lambda h: fold(_name(G, h)) if h else "~")
    legend = legend_html(
        [("dot", colour, f"{_name(G, person_id)} (stjärna, i sin huvudmans färg)")]
        + [("dot", huvudman_colour(G, h), f"ledamot för {_name(G, h)}" if h else f"ledamot {NO_HUVUDMAN}")
           for h in people_hm]
        + [("box", TIER_COLOURS[t], f"grupp, nivå {t}") for t in TIERS]
        + [("box", "#fff3c4", "uppdrag")]
        + [("line", f"{'dashed' if dashed else 'solid'} {c or colour}", text) for c, dashed, text in PERSON_LINES.values()])
    facets = {"huvudman": {h: _name(G, h) for h in people_hm if h},
              "kind": {k: v[2] for k, v in PERSON_LINES.items()}, "levels": list(TIERS)}
    return render_panels(output, f"Person: {_name(G, person_id)}", [Panel(net, options=force_options(len(net.nodes)), extra=READABLE)],
                         subtitle="Grupper (med roll), uppdrag och de personer hen sitter med.",
                         legend=legend, data_date=data_date_line(G), facets=facets)


# -- mandates --------------------------------------------------------------------------------

def render_mandates(G: nx.MultiDiGraph, output: str | Path) -> Path:
    """The mandate flow between bodies: delegations point down, reports up, referrals across."""
    net = new_network()
    stated = _mandate_counts(G, None)
    edges = list(stated)
    ends = sorted({x for u, v, _ in edges for x in (u, v)})
    for n in ends:
        if _label(G, n) == "Group":
            tier = _group_level(G, n)
            net.add_node(n, label=_name(G, n), shape="box", level=TIERS.index(tier) + 1,
                         color={"background": TIER_COLOURS[tier], "border": "#52606d"}, kind="group",
                         f_level=tier, f_name=_name(G, n), title=_tip(_name(G, n), [f"nivå: {tier}"]))
        else:
            hm = huvudman_of(G, n)
            net.add_node(n, label=_name(G, n), shape="box", level=0, color=huvudman_colour(G, hm),
                         font={"color": "#ffffff"}, kind="organisation", f_name=_name(G, n), f_hm=[hm] if hm else [],
                         title=_tip(_name(G, n), [G.nodes[n].get("classification") or ""]))
    dates = _meeting_dates(G)
    for u, v, rel in edges:
        _add_mandate_edge(net, u, v, rel, _quotes(G, u, v, rel), _mandate_date(G, u, v, rel, dates), stated[(u, v, rel)])
    if not edges:
        _empty_note(net, "Inga mandat registrerade")
    legend = legend_html([("line", f"{'solid' if not s['dashes'] else 'dashed'} {s['color']}", s["label"])
                          for s in MANDATE_STYLES.values()]
                         + [("box", TIER_COLOURS[t], f"nivå: {t}") for t in TIERS])
    hms = sorted({huvudman_of(G, n) for n in ends if _label(G, n) != "Group"} - {None}, key=lambda h: fold(_name(G, h)))
    facets = {"huvudman": {h: _name(G, h) for h in hms}, "levels": list(TIERS),
              "kind": {k: v["label"] for k, v in MANDATE_STYLES.items()}}
    return render_panels(output, "Mandat", [Panel(net, options=hierarchical_options(), extra=READABLE)],
                         subtitle=f"{len(edges)} mandat mellan {len(ends)} organ: delegering nedåt, "
                                  f"rapportering uppåt, remiss och rekommendation åt sidan.",
                         legend=legend, data_date=data_date_line(G), facets=facets)


# -- group -----------------------------------------------------------------------------------

def render_group(G: nx.MultiDiGraph, output: str | Path, group_id: str) -> Path:
    """One body with its members (coloured by huvudman), its parent and its children."""
    if group_id not in G or _label(G, group_id) != "Group":
        raise NotFound(f"no group with id {group_id}")
    net = new_network()
    tier = _group_level(G, group_id)
    group_seats = [s for s in seats(G) if s.group_id == group_id]
    meetings = sorted(_meetings_by_group(G, None).get(group_id, []))
    net.add_node(group_id, label=_name(G, group_id), shape="box", size=30, level=1, kind="group", f_name=_name(G, group_id),
                 color={"background": TIER_COLOURS[tier], "border": "#1f2933"}, font={"size": 18},
                 title=_tip(_name(G, group_id), [f"nivå: {tier}", f"möten: {len(meetings)}"],
                            _roster_sections(G, group_seats)))
    for u, v, _ in _edges(G, "PART_OF"):
        if u == group_id and _label(G, v) == "Group":
            t = _group_level(G, v)
            net.add_node(v, label=_name(G, v), shape="box", level=0, kind="group", f_level=t, f_name=_name(G, v),
                         color={"background": TIER_COLOURS[t], "border": "#52606d"}, title=_tip(_name(G, v), [f"nivå: {t}"]))
            net.add_edge(v, group_id, label="överordnad", color=PART_OF_COLOUR, arrows="to", f_kind="PART_OF")
        elif v == group_id and _label(G, u) == "Group":
            t = _group_level(G, u)
            net.add_node(u, label=_name(G, u), shape="box", level=2, kind="group", f_level=t, f_name=_name(G, u),
                         color={"background": TIER_COLOURS[t], "border": "#52606d"}, title=_tip(_name(G, u), [f"nivå: {t}"]))
            net.add_edge(group_id, u, label="underordnad", color=PART_OF_COLOUR, arrows="to", f_kind="PART_OF")
    hms = set()
    for s in group_seats:
        hms.add(s.huvudman_id)
        net.add_node(s.person_id, label=_name(G, s.person_id), shape="dot", size=12, level=2,
                     color=huvudman_colour(G, s.huvudman_id), kind="person", f_name=_name(G, s.person_id),
                     f_hm=[s.huvudman_id] if s.huvudman_id else [], f_from=s.start_date,
                     title=_tip(_name(G, s.person_id), [s.role or "ledamot",
                                                        _name(G, s.huvudman_id) if s.huvudman_id else NO_HUVUDMAN]
                                + ([f"sedan {s.start_date}"] if s.start_date else []),
                                quotes=_quotes(G, s.person_id, group_id, "MEMBER_OF")))
        net.add_edge(s.person_id, group_id, label=s.role or "", color="rgba(120,120,120,0.6)", arrows="to",
                     f_kind="MEMBER_OF", f_from=s.start_date)
    legend = legend_html([("dot", huvudman_colour(G, h), _name(G, h) if h else NO_HUVUDMAN)
                          for h in sorted(hms, key=lambda h: fold(_name(G, h)) if h else "~")]
                         + [("box", TIER_COLOURS[t], f"grupp, nivå {t}") for t in TIERS])
    legend += legend_html([("line", "solid rgba(120,120,120,0.6)", "ledamot (med roll)"),
                           ("line", f"solid {PART_OF_COLOUR}", "över- eller underordnad grupp")])
    facets = {"huvudman": {h: _name(G, h) for h in sorted(hms - {None}, key=lambda h: fold(_name(G, h)))},
              "levels": list(TIERS), "kind": {"MEMBER_OF": "ledamöter", "PART_OF": "över-/underordnad"}}
    return render_panels(output, f"Grupp: {_name(G, group_id)}", [Panel(net, options=force_options(len(net.nodes)), extra=READABLE)],
                         subtitle=f"Nivå {tier}, {len(group_seats)} ledamöter, {len(meetings)} möten.",
                         legend=legend, data_date=data_date_line(G), facets=facets)


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
