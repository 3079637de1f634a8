"""Pages and texts for governance options: the options page and the underlag per option.

- :func:`render_options` — every option (drawn, and with a decision space every composed
  combination) in the same tiered layout, the figures table, and the consequence matrix
  (options × huvudmän, sortable, one measure at a time) with filters by vägval choice.
- :func:`render_underlag` / :func:`underlag_markdown` — one option laid out for the group: its
  drawing, consequences per huvudman, principle checks and empty S/W/O/T sections. Facts only.

Every text from option files or the minutes is escaped (:func:`graph.views.esc`); data for the
page scripts is embedded as script-safe JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pyvis.network import Network

from samverkan.graph.privacy import write_private
from samverkan.graph.views import (MANDATE_STYLES, TIER_COLOURS, TIERS, Panel, _script_json, _short, _tip, esc,
                                   hierarchical_options, legend_html, new_network, render_panels, tier_of)

MEASURES = {  # key → (heading, needs today's graph)
    "seats": ("Platser att fylla", False),
    "meeting_hours": ("Mötestimmar per år", False),
    "new_seats": ("Nya platser att fylla (ingen dagens ledamot)", True),
    "seats_lost": ("Dagens platser som försvinner", True),
    "surplus": ("Dagens ledamöter utöver platserna", True),
}
STATUS_SV = {"met": "ja", "not met": "nej", "figure": "siffra", "question": "fråga till gruppen"}
CHANGE_SV = {"keep": "behålls", "merge": "slås ihop", "create": "skapas"}
NOT_COMPARED = "Dagens grupper som inte jämförs"
SWOT = ("Styrkor", "Svagheter", "Möjligheter", "Hot")


# -- drawing ---------------------------------------------------------------------------------

def option_network(option) -> Network:
    """One option drawn in the tiered layout: fixed groups as boxes, groups formed as needed dashed."""
    net = new_network()
    by_name = {g.name: g for g in option.groups}

    def row(g) -> int:
        # Two rows per tier, so every option lines its tiers up; a group under a parent of the
        # same tier (a coordinating group) takes the tier's second row.
        parent = by_name.get(g.parent)
        return 2 * TIERS.index(tier_of(g.level)) + (1 if parent is not None and parent.level == g.level else 0)

    for g in option.groups:
        tier = tier_of(g.level)
        lines = [f"nivå: {g.level}"]
        if g.perspective:
            lines.append(f"perspektiv: {g.perspective}")
        if g.programme:
            lines.append(f"program: {g.programme}")
        if g.formed_as_needed:
            lines.append("bildas vid behov (inga fasta platser)")
        else:
            lines.append(f"möten per år: {g.meetings_per_year}")
            lines.append(f"platser: {sum(g.seats.values())}")
        if g.note:
            lines.append(g.note)
        seats_list = [f"{h}: {n}" for h, n in g.seats.items() if n]
        net.add_node(g.name, label=g.name if len(g.name) <= 34 else _short(g.name, 34), shape="box",
                     level=row(g), shapeProperties={"borderDashes": [6, 4] if g.formed_as_needed else False},
                     color={"background": "#ffffff" if g.formed_as_needed else TIER_COLOURS[tier], "border": "#52606d"},
                     title=_tip(g.name, lines, [("Platser per huvudman", seats_list)] if seats_list else None))
    for g in option.groups:
        if g.parent:
            net.add_edge(g.parent, g.name, arrows="to", color=MANDATE_STYLES["DELEGATES"]["color"], width=1.5)
    return net


def _legend() -> str:
    return legend_html([("box", TIER_COLOURS[t], f"nivå: {t}") for t in TIERS[:-1]]
                       + [("box", "#ffffff", "grupp som bildas vid behov (streckad)"),
                          ("line", f"solid {MANDATE_STYLES['DELEGATES']['color']}", "överordnad → underordnad")])


def _figures_table(figs) -> str:
    if not figs:
        return ""
    rows = [
        ("Princip", lambda f: f.principle or "ej angiven"),
        ("Grupper per nivå", lambda f: ", ".join(f"{k} {v}" for k, v in f.groups_per_level.items() if v)),
        ("Grupper vid behov", lambda f: f.groups_formed_as_needed),
        ("Fasta lokala grupper", lambda f: len(f.local_fixed_groups)),
        ("Platser totalt", lambda f: f.total_seats),
        ("Platser per huvudman", lambda f: ", ".join(f"{k} {v}" for k, v in f.seats_per_huvudman.items())),
        ("Möten per år", lambda f: f.meetings_per_year),
        ("Mandatväg strategisk topp → operativ nivå (steg)", lambda f: "–" if f.mandate_path_length is None else f.mandate_path_length),
        ("Huvudmän utan plats", lambda f: ", ".join(f.huvudman_without_seat) or "inga"),
    ]
    if figs[0].people_per_group is not None:
        rows += [
            ("Dagens ledamöter som får plats", lambda f: f"{f.people_mapped} (utan plats: {f.people_unmapped})"),
            ("Platser per person (max / medel)", lambda f: f"{f.seats_per_person_max} / {f.seats_per_person_mean}"),
            ("Obesatta platser", lambda f: (f"{sum(len(h) for h in f.unfilled_seats.values())} platser i "
                                           f"{len(f.unfilled_seats)} grupper: "
                                           + "; ".join(f"{g} ({len(h)})" for g, h in f.unfilled_seats.items()))
             if f.unfilled_seats else "inga"),
        ]
    head = "<tr><th></th>" + "".join(f"<th>{esc(f.title)}</th>" for f in figs) + "</tr>"
    body = "".join("<tr><th>" + esc(label) + "</th>" + "".join(f"<td>{esc(get(f))}</td>" for f in figs) + "</tr>"
                   for label, get in rows)
    return f'<table class="figures">{head}{body}</table>'


# -- the options page ------------------------------------------------------------------------

@dataclass
class Entry:
    """An option on the page: what kind it is and the vägval values it takes (None: not stated)."""

    option: object
    kind: str  # "idag", "ritat" or "sammansatt"
    choices: dict[str, str | None] = field(default_factory=dict)
    drawn: str = ""  # the drawn alternatives it is (composed) or its number (drawn)


def entries(options, space=None) -> list[Entry]:
    """The option files, then (with a decision space) every composed combination."""
    from samverkan.graph.vagval import drawn_label

    if space is None:
        return [Entry(o, "ritat") for o in options]
    dims = [d.key for d in space.dimensions]
    drawn = {d.option: d for d in space.drawn}
    out = []
    for o in options:
        d = drawn.get(o.name)
        if d is None:
            out.append(Entry(o, "idag" if o.name == "nuvarande" else "ritat", {k: None for k in dims}))
        else:
            out.append(Entry(o, "ritat", {k: d.choices.get(k) for k in dims}, str(d.number)))
    out += [Entry(c.option, "sammansatt", dict(c.choices), drawn_label(space, c, "ej angiven"))
            for c in space.combinations]
    return out


def _value_short(space, dim: str, key: str | None) -> str:
    if key is None:
        return "ej angiven"
    return space.dimensions[[d.key for d in space.dimensions].index(dim)].value(key).short


def _number(x) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:g}".replace(".", ",")
    return str(x)


def consequence_matrix(items: list[Entry], cons: dict, space=None) -> str:
    """The consequence matrix: one row per option, one column per huvudman and the total; the
    measure is chosen in a list, rows sort by a column heading, and vägval filters hide options."""
    if not items or not cons:
        return ""
    first = cons[items[0].option.name]
    with_graph = first.total.new_seats is not None
    measures = [(k, h) for k, (h, needs) in MEASURES.items() if with_graph or not needs]
    huvudman = []
    for e in items:
        for f in cons[e.option.name].per_huvudman:
            if f.huvudman not in huvudman:
                huvudman.append(f.huvudman)
    dims = list(space.dimensions) if space is not None else []
    controls = ['<label>Mått <select id="cm-measure">'
                + "".join(f'<option value="{esc(k)}">{esc(h)}</option>' for k, h in measures) + "</select></label>"]
    for d in dims:
        controls.append(f'<label title="{esc(d.question)}">{esc(d.key)} <select class="cm-filter" data-dim="{esc(d.key)}">'
                        '<option value="">alla</option>'
                        + "".join(f'<option value="{esc(v.key)}">{esc(v.short)}</option>' for v in d.values)
                        + "</select></label>")
    controls.append('<label>Visa <select id="cm-kind"><option value="">alla</option><option value="ritat">ritade</option>'
                    '<option value="sammansatt">sammansatta</option></select></label>')
    head = ('<tr><th data-col="0" data-type="text">Alternativ</th><th data-col="1" data-type="text">Slag</th>'
            + "".join(f'<th data-col="{2 + i}" data-type="text">{esc(d.key)}</th>' for i, d in enumerate(dims))
            + "".join(f'<th data-col="{2 + len(dims) + i}" data-type="number">{esc(h)}</th>'
                      for i, h in enumerate([*huvudman, "totalt"]))
            + f'<th data-col="{3 + len(dims) + len(huvudman)}" data-type="number">Mandatsteg</th></tr>')
    rows = []
    for e in items:
        c = cons[e.option.name]
        by = {f.huvudman: f for f in c.per_huvudman}
        kind = e.kind + (f" {e.drawn}" if e.drawn and e.kind == "ritat" else "")
        if e.kind == "sammansatt" and e.drawn:
            kind += f" (ritat {e.drawn})"
        cells = [f'<th title="{esc(e.option.title)}">{esc(e.option.name)}</th>', f"<td>{esc(kind)}</td>"]
        cells += [f"<td>{esc(_value_short(space, d.key, e.choices.get(d.key)))}</td>" for d in dims]
        for f in [*(by.get(h) for h in huvudman), c.total]:
            values = {k: (getattr(f, k) if f is not None else 0) for k, _ in measures}
            attrs = " ".join(f'data-{k.replace("_", "-")}="{esc(_number(v))}"' for k, v in values.items())
            cells.append(f'<td class="num" {attrs}>{esc(_number(values[measures[0][0]]))}</td>')
        cells.append(f'<td class="num">{esc(_number(c.mandate_steps))}</td>')
        data = esc(_script_json({"choices": e.choices, "kind": e.kind}))
        rows.append(f'<tr data-option="{esc(e.option.name)}" data-entry="{data}">{"".join(cells)}</tr>')
    hours = _number(first.meeting_hours)
    note = (f"Mötestimmar = platser × möten per år × {hours} timmar per möte (antagande). "
            "Klicka på en kolumnrubrik för att sortera. Ett ritat alternativ som inte anger ett vägval visas "
            "under alla dess värden.")
    if with_graph:
        note += (" Dagens platser är de gällande platserna i de inlästa protokollen; 'huvudman ej känd' är "
                 "platser vars huvudman protokollen inte anger.")
    return (f'<section class="matrix"><h2>Konsekvenser per huvudman</h2><p class="note">{esc(note)}</p>'
            f'<div class="controls">{"".join(controls)}</div>'
            f'<table class="figures sortable" id="consequence-matrix" data-visible="{len(items)}">'
            f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></section>")


_MATRIX_STYLE = """<style>
section.matrix { margin: 6px 20px; }
section.matrix .note { font-size: 12px; color: #52606d; margin: 2px 0 6px 0; }
section.matrix .controls { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 12px; margin-bottom: 6px; }
table.sortable th[data-col] { cursor: pointer; }
table.sortable th[aria-sort="ascending"]::after { content: " ▲"; }
table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
table.figures td.num { text-align: right; }
section.panel.filtered-out { display: none; }
</style>"""

_MATRIX_SCRIPT = """<script>
(function () {
  var table = document.getElementById("consequence-matrix");
  if (!table) { return; }
  var panels = {{PANELS_JSON}};
  var measure = document.getElementById("cm-measure");
  var kind = document.getElementById("cm-kind");
  var filters = Array.prototype.slice.call(document.querySelectorAll("select.cm-filter"));
  var rows = function () { return Array.prototype.slice.call(table.tBodies[0].rows); };
  function showMeasure() {
    var key = measure.value.replace(/_/g, "-");
    table.querySelectorAll("td.num").forEach(function (td) {
      var v = td.getAttribute("data-" + key);
      if (v !== null) { td.textContent = v; }
    });
    table.dataset.measure = measure.value;
  }
  function value(row, col, type) {
    var text = row.cells[col].textContent.trim();
    if (type === "number") { var n = parseFloat(text.replace(",", ".")); return isNaN(n) ? -Infinity : n; }
    return text.toLowerCase();
  }
  function sortBy(th) {
    var col = Number(th.dataset.col), type = th.dataset.type;
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    table.querySelectorAll("th[data-col]").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir);
    var sorted = rows().sort(function (a, b) {
      var x = value(a, col, type), y = value(b, col, type);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return dir === "ascending" ? c : -c;
    });
    sorted.forEach(function (r) { table.tBodies[0].appendChild(r); });
    table.dataset.sorted = col + ":" + dir;
  }
  function applyFilters() {
    var visible = 0;
    rows().forEach(function (row) {
      var entry = JSON.parse(row.dataset.entry);
      var show = !kind.value || entry.kind === kind.value || entry.kind === "idag";
      filters.forEach(function (f) {
        var chosen = entry.choices[f.dataset.dim];
        if (f.value && chosen && chosen !== f.value) { show = false; }
      });
      row.style.display = show ? "" : "none";
      if (show) { visible++; }
      var index = panels[row.dataset.option];
      var net = index === undefined ? null : document.getElementById("net-" + index);
      if (net && net.parentElement) { net.parentElement.classList.toggle("filtered-out", !show); }
    });
    table.dataset.visible = String(visible);
  }
  measure.addEventListener("change", showMeasure);
  kind.addEventListener("change", applyFilters);
  filters.forEach(function (f) { f.addEventListener("change", applyFilters); });
  table.querySelectorAll("th[data-col]").forEach(function (th) {
    th.addEventListener("click", function () { sortBy(th); });
  });
  showMeasure();
})();
</script>"""


def render_options(options, output: str | Path, figures=None, *, space=None, consequences=None) -> Path:
    """All options side by side, one canvas each in the same tiered layout, with the figures table.

    With ``space`` (a :class:`graph.vagval.Space`) the composed combinations are drawn too; with
    ``consequences`` (option name → :class:`graph.consequences.Consequences`) the page gains the
    consequence matrix and the vägval filters.
    """
    items = entries(options, space)
    panels = []
    for e in items:
        option = e.option
        parts = [option.principle and f"Princip: {option.principle}.", option.description]
        if e.kind == "sammansatt" and e.drawn:
            parts.append(f"Ritat alternativ: {e.drawn}.")
        elif e.kind == "ritat" and e.drawn:
            parts.append(f"Ritat alternativ {e.drawn} i protokollet.")
        heading = option.title if e.kind != "sammansatt" else f"{option.title} [{option.name}]"
        panels.append(Panel(option_network(option), heading=heading, note=" ".join(x for x in parts if x),
                            options=hierarchical_options(level_separation=95, node_spacing=150)))
    before = _figures_table(figures)
    if consequences:
        script = _MATRIX_SCRIPT.replace("{{PANELS_JSON}}", _script_json({e.option.name: i for i, e in enumerate(items)}))
        before = _MATRIX_STYLE + consequence_matrix(items, consequences, space) + script + before
    composed = sum(1 for e in items if e.kind == "sammansatt")
    subtitle = (f"{len(items)} alternativ i samma nivåindelning" + (f", varav {composed} sammansatta ur vägvalen" if composed else "")
                + ". Håll muspekaren över en grupp för platser och möten.")
    return render_panels(output, "Styrningsalternativ", panels, subtitle=subtitle, legend=_legend(), before=before,
                         height=420, panel_min=560)


# -- underlag per option ---------------------------------------------------------------------

@dataclass
class Underlag:
    """What one underlag lays out; ``context`` lines say where the option sits among the vägval."""

    option: object
    consequences: object
    context: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)


def _outline(option) -> list[tuple[int, str]]:
    """The option's groups as an indented outline from its roots (depth, text)."""
    children: dict = {}
    for g in option.groups:
        children.setdefault(g.parent, []).append(g)
    out, seen = [], set()

    def walk(g, depth):
        if g.name in seen:
            return
        seen.add(g.name)
        bits = [g.level]
        if g.perspective:
            bits.append(f"perspektiv {g.perspective}")
        if g.programme:
            bits.append(f"program {g.programme}")
        bits.append("bildas vid behov" if g.formed_as_needed else
                    f"{sum(g.seats.values())} platser, {g.meetings_per_year} möten per år")
        out.append((depth, f"{g.name} ({', '.join(bits)})"))
        for c in children.get(g.name, []):
            walk(c, depth + 1)
    names = {g.name for g in option.groups}
    for g in option.groups:
        if not g.parent or g.parent not in names:
            walk(g, 0)
    return out


def _huvudman_rows(c) -> tuple[list[str], list[list[str]]]:
    hours = _number(c.meeting_hours)
    head = ["Huvudman", "Platser att fylla", "Mötesplatser per år (platser × möten)",
            f"Mötestimmar per år (à {hours} h)"]
    with_graph = c.total.new_seats is not None
    if with_graph:
        head += ["Behåller plats (personer)", "Utan plats (personer)", "Platser som försvinner",
                 "Nya platser att fylla", "Ledamöter utöver platserna"]
    rows = []
    for f in [*c.per_huvudman, c.total]:
        row = [f.huvudman, _number(f.seats), _number(f.seat_meetings), _number(f.meeting_hours)]
        if with_graph:
            row += [_number(f.people_keep), _number(f.people_lose), _number(f.seats_lost), _number(f.new_seats),
                    _number(f.surplus)]
        rows.append(row)
    return head, rows


def _group_lines(c) -> list[tuple[str, list[str]]]:
    """Sections of the group comparison: (heading, lines)."""
    if c.groups is None:
        return []
    out = []
    for change in ("keep", "merge", "create"):
        lines = [g.group + (f" ← {', '.join(g.today)}" if g.today else "") for g in c.groups if g.change == change]
        out.append((f"Grupper som {CHANGE_SV[change]}", lines))
    out.append(("Dagens grupper som alternativet inte tar över", list(c.dissolve or [])))
    out.append((NOT_COMPARED + " (operativa arbetsgrupper, nätverk och grupper utan nivå)",
                list(c.not_compared or [])))
    return out


def _people_lines(c) -> list[tuple[str, list[str]]]:
    if c.people is None:
        return []
    by: dict[str, list[str]] = {}
    for p in c.people:
        text = f"{p.person}: idag {', '.join(p.today)} → " + (", ".join(p.option) if p.option else "ingen plats")
        if p.lost and p.option:
            text += f" (försvinner: {', '.join(p.lost)})"
        by.setdefault(p.huvudman, []).append(text)
    out = [(f"Dagens ledamöter – {h}", lines) for h, lines in by.items()]
    limit = c.max_seats_per_person
    out.append((f"Personer med fler än {limit} platser",
                [f"{name} ({hm}): {n} platser" for name, hm, n in c.over_limit or []]))
    return out


def _check_rows(c) -> list[list[str]]:
    return [[str(k.number), k.principle, STATUS_SV.get(k.status, k.status), _check_text(k)] for k in c.checks]


def _check_text(k) -> str:
    if k.check == "mandate_path":
        return ("operativa grupper utan mandatväg till den strategiska nivån: " + ", ".join(k.items)) if k.items \
            else "varje operativ grupp har en mandatväg till den strategiska nivån"
    if k.check == "huvudman_seated":
        return ("huvudmän utan plats: " + ", ".join(k.items)) if k.items else "varje huvudman har en plats"
    if k.check == "group_count":
        levels = ", ".join(f"{lvl} {k.figures[lvl]}" for lvl in TIERS[:-1] if k.figures.get(lvl))
        return f"{k.figures['fixed']} fasta grupper ({levels}), {k.figures['formed_as_needed']} bildas vid behov"
    if k.check == "reporting_steps":
        steps = k.figures.get("steps")
        return ("ingen operativ grupp når den strategiska nivån" if steps is None
                else f"{steps} rapporteringssteg från den djupaste operativa gruppen till den strategiska nivån")
    return "visas inte av en struktur"


def underlag_markdown(u: Underlag) -> str:
    """The underlag as Markdown."""
    o, c = u.option, u.consequences

    def cell(x) -> str:
        return str(x).replace("|", "\\|").replace("\n", " ")

    def table(head, rows) -> list[str]:
        return ["| " + " | ".join(cell(h) for h in head) + " |", "|" + "---|" * len(head),
                *("| " + " | ".join(cell(x) for x in r) + " |" for r in rows), ""]

    lines = [f"# Underlag: {o.title}", "", f"Alternativ `{o.name}`. Princip: {o.principle or 'ej angiven'}.", "",
             " ".join(o.description.split()), ""]
    lines += [f"- {x}" for x in u.context] + ([""] if u.context else [])
    if o.source:
        lines += [f"Källa: {o.source}", ""]
    lines += ["## Struktur", ""] + [f"{'  ' * d}- {t}" for d, t in _outline(o)] + [""]
    lines += ["## Konsekvenser per huvudman", ""]
    head, rows = _huvudman_rows(c)
    lines += table(head, rows)
    lines += [f"Mandatsteg från den strategiska nivån till de operativa grupperna: {_number(c.mandate_steps)}.", ""]
    for heading, items in _group_lines(c) + _people_lines(c):
        lines += [f"### {heading}", ""] + ([f"- {x}" for x in items] or ["- inga"]) + [""]
    if c.groups is None:
        lines += ["Ingen jämförelse med dagens grupper och ledamöter: inga protokoll inlästa.", ""]
    lines += ["## Principer", ""] + table(["#", "Princip", "Visar strukturen det?", "Vad strukturen visar"], _check_rows(c))
    lines += ["## Antaganden", ""] + [f"- {x}" for x in u.assumptions] + [""]
    lines += ["## SWOT", "", "Fylls i av gruppen.", ""]
    for s in SWOT:
        lines += [f"### {s}", "", ""]
    return "\n".join(lines).rstrip() + "\n"


def _html_table(head, rows, cls="figures") -> str:
    return (f'<table class="{cls}"><tr>' + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows) + "</table>")


def render_underlag(u: Underlag, output: str | Path) -> Path:
    """The underlag as one self-contained HTML page with the option drawn in the tiered layout."""
    o, c = u.option, u.consequences
    head, rows = _huvudman_rows(c)
    parts = ['<style>section.underlag { margin: 6px 20px; font-size: 13px; } section.underlag h2 { margin-top: 14px; }'
             ' section.swot { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }'
             ' section.swot div { background: #fff; border: 1px solid #d9e2ec; min-height: 120px; padding: 6px; }'
             ' table.figures { margin: 6px 0; }</style>', '<section class="underlag">']
    parts.append(f"<p>Alternativ <code>{esc(o.name)}</code>. Princip: {esc(o.principle or 'ej angiven')}.</p>")
    parts.append(f"<p>{esc(' '.join(o.description.split()))}</p>")
    if u.context:
        parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in u.context) + "</ul>")
    parts.append("<h2>Konsekvenser per huvudman</h2>" + _html_table(head, rows))
    parts.append(f"<p>Mandatsteg från den strategiska nivån till de operativa grupperna: {esc(_number(c.mandate_steps))}.</p>")
    sections = _group_lines(c) + _people_lines(c)
    for i, (heading, items) in enumerate(sections):
        listing = "<ul>" + ("".join(f"<li>{esc(x)}</li>" for x in items) or "<li>inga</li>") + "</ul>"
        if heading.startswith(NOT_COMPARED):  # long and rarely needed: folded
            parts.append(f"<details><summary>{esc(heading)} ({len(items)})</summary>{listing}</details>")
        else:
            parts.append(f"<h3>{esc(heading)}</h3>{listing}")
    if c.groups is None:
        parts.append("<p>Ingen jämförelse med dagens grupper och ledamöter: inga protokoll inlästa.</p>")
    parts.append("<h2>Principer</h2>" + _html_table(["#", "Princip", "Visar strukturen det?", "Vad strukturen visar"], _check_rows(c)))
    parts.append("<h2>Antaganden</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in u.assumptions) + "</ul>")
    if o.source:
        parts.append(f"<p>Källa: {esc(o.source)}</p>")
    parts.append('<h2>SWOT</h2><p>Fylls i av gruppen.</p><section class="swot">'
                 + "".join(f'<div><h3>{esc(s)}</h3></div>' for s in SWOT) + "</section>")
    parts.append("</section>")
    panel = Panel(option_network(o), heading="Struktur", options=hierarchical_options(level_separation=95, node_spacing=150))
    return render_panels(output, f"Underlag: {o.title}", [panel], subtitle="Fakta om alternativet inför gruppens ställningstagande.",
                         legend=_legend(), before="".join(parts), height=460, panel_min=560)


def write_underlag_markdown(u: Underlag, output: str | Path) -> Path:
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    write_private(output, underlag_markdown(u))
    return output
