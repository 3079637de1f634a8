"""samverkan: minutes of collaboration bodies in, a graph of who does what for whom out.

The CLI only parses options, calls one library function and prints. Errors of the tool
(:class:`graph.errors.SamverkanError`) are printed on one line; exit status 0 means found,
1 nothing found or some input failed, 2 a usage error.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from graph.errors import AmbiguousName, NotFound, SamverkanError

app = typer.Typer(
    help="Turn the minutes of collaboration bodies into a graph of people, organisations, groups, "
         "mandates and assignments, and ask it questions.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
view_app = typer.Typer(help="Write interactive HTML views (pyvis) of the graph.", no_args_is_help=True)
app.add_typer(view_app, name="view")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
log = logging.getLogger("samverkan")

StoreOpt = typer.Option(None, "--store", help="Embedded store file (default: $SAMVERKAN_STORE or .samverkan/graph.pkl).")
Neo4jOpt = typer.Option(None, "--neo4j", help="Use the Neo4j store at this Bolt URI (or set NEO4J_URI).")
JsonOpt = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")


def fail(message: str, code: int = 1) -> None:
    err.print(f"error: {message}", markup=False)
    raise typer.Exit(code)


def _open(store, neo4j, writable=False):
    from graph.stores import open_store

    return open_store(store, neo4j, writable=writable)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress (names of people only at -v).")):
    """samverkan — minutes in, graph out."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(message)s")


def _print_document(doc) -> None:
    name = Path(doc.path).name
    if doc.status in ("failed", "skipped"):
        err.print(f"error: {doc.error}", markup=False)
        return
    if doc.status in ("unchanged", "duplicate"):
        note = f" ({doc.error})" if doc.error else ""
        out.print(f"{doc.status:9s} {name}{note}", markup=False)
        return
    when = doc.date or ("~" + "..".join(doc.date_range) if doc.date_range else "date unknown")
    out.print(f"{doc.status:9s} {name}: {doc.group or 'unknown body'} {when}, {doc.items} items, "
              f"{doc.decisions} decisions, {doc.people} people", markup=False)
    for w in doc.warnings:
        err.print(f"warning: {name}: {w}", markup=False)


@app.command()
def load(
    paths: List[Path] = typer.Argument(..., help="Minutes files or folders (.txt, .md, .pdf, .docx)."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
    group: Optional[str] = typer.Option(None, "--group", help="The body that met, for minutes that do not say."),
    date: Optional[str] = typer.Option(None, "--date", help="Meeting date (YYYY-MM-DD) for minutes that do not say."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Parse with this many processes."),
    max_size: float = typer.Option(25.0, "--max-size", help="Refuse files larger than this many MB."),
    knowledge: Optional[Path] = typer.Option(None, "--knowledge", help="Regional knowledge file (TOML) to use."),
):
    """Load minutes into the store and print one line per document.

    Example: samverkan load ../shared/minutes
    """
    from loaders.knowledge import load_knowledge
    from loaders.pipeline import load_paths

    try:
        kb = load_knowledge(knowledge)
        s = _open(store, neo4j, writable=True)
    except SamverkanError as exc:
        fail(str(exc))
    try:
        report = load_paths(paths, s, knowledge=kb, default_group=group, default_date=date, jobs=jobs,
                            max_bytes=int(max_size * 1024 * 1024), on_document=_print_document)
    except KeyboardInterrupt:
        s.close()
        err.print("interrupted: documents written so far are kept, the rest can be loaded again")
        raise typer.Exit(130)
    except SamverkanError as exc:
        s.close()
        fail(str(exc))
    s.close()
    n = len(report.documents)
    out.print(f"{n} documents: {report.count('loaded')} loaded, {report.count('replaced')} replaced, "
              f"{report.count('unchanged')} unchanged, {report.count('duplicate')} duplicate, "
              f"{report.failed} failed ({report.seconds:.1f} s)", markup=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def export(
    format: str = typer.Option("json", "--format", "-f", help="json, graphml, gexf or csv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File (or folder for csv); stdout for json if omitted."),
    pseudonymize: bool = typer.Option(False, "--pseudonymize", help="Replace person names by stable pseudonyms."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Export the whole graph.

    Example: samverkan export --format json -o graph.json
    """
    from graph import export as ex

    fmt = format.lower()
    if fmt not in ("json", "graphml", "gexf", "csv"):
        fail(f"unknown format '{format}' (json, graphml, gexf, csv)", 2)
    try:
        s = _open(store, neo4j)
        G = s.to_networkx()
        s.close()
    except SamverkanError as exc:
        fail(str(exc))
    if pseudonymize and fmt != "json":
        G = ex.pseudonymized_graph(G)
    if fmt == "json":
        text = ex.dumps(ex.export_json(G, pseudonymize=pseudonymize))
        if output:
            output.write_text(text + "\n", encoding="utf-8")
            out.print(f"wrote {output}", markup=False)
        else:
            sys.stdout.write(text + "\n")
        return
    if output is None:
        fail(f"--output is required for {fmt}", 2)
    if fmt == "csv":
        files = ex.export_csv(G, output)
        out.print(f"wrote {len(files)} files to {output}", markup=False)
    else:
        ex.export_graph_file(G, output, fmt)
        out.print(f"wrote {output}", markup=False)


@app.command()
def demo(
    store: Optional[str] = typer.Option(None, "--store", help="Store for the demo (default: a fresh one under .samverkan/demo)."),
    output: Path = typer.Option(Path("samverkan-demo.html"), "--output", "-o", help="Where to write the structure view."),
):
    """Load the bundled example minutes into a fresh embedded store and write the structure view.

    Example: samverkan demo -o demo.html
    """
    from graph.nx_store import NetworkxStore
    from graph.views import render_structure
    from loaders.pipeline import load_paths

    examples = Path(__file__).resolve().parent / "examples"
    if not examples.is_dir():
        fail(f"{examples}: the bundled example minutes are missing (install from a clone with pip install -e .)")
    path = Path(store) if store else Path(".samverkan") / "demo" / "graph.pkl"
    if path.exists():
        path.unlink()
    s = NetworkxStore(path)
    report = load_paths([examples], s, on_document=_print_document)
    G = s.to_networkx()
    s.close()
    written = render_structure(G, output)
    out.print(f"{len(report.documents)} example documents loaded into {path}", markup=False)
    out.print(f"structure view: {written}", markup=False)
    if report.failed:
        raise typer.Exit(1)


@view_app.command("structure")
def view_structure(
    output: Path = typer.Option(Path("structure.html"), "--output", "-o", help="HTML file to write."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Show the structure as it stood on this date (YYYY-MM-DD)."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """The collaboration structure: groups in tiers by level, huvudmän, representation and mandates.

    Example: samverkan view structure -o structure.html --as-of 2024-01-01
    """
    from graph.views import render_structure

    try:
        s = _open(store, neo4j)
        G = s.to_networkx()
        s.close()
        written = render_structure(G, output, as_of=as_of)
    except SamverkanError as exc:
        fail(str(exc))
    out.print(str(written), markup=False)


def run_query(name: str, as_json: bool, store, neo4j, **params):
    """Run a named query against the chosen store and return its rows."""
    from queries import run

    try:
        s = _open(store, neo4j)
        try:
            return run(name, s, **params)
        finally:
            s.close()
    except AmbiguousName as exc:
        err.print(f"'{exc.query}' matches several entries; be more specific:", markup=False)
        for i, (_, label) in enumerate(exc.candidates, 1):
            err.print(f"  {i}. {label}", markup=False)
        raise typer.Exit(1)
    except NotFound as exc:
        fail(str(exc), 1)
    except SamverkanError as exc:
        fail(str(exc))


def print_rows(rows, as_json: bool, title: str | None = None, columns: list[str] | None = None) -> None:
    """Rows (dataclasses or dicts) as a table, or as JSON with --json; exit 1 when empty."""
    from dataclasses import asdict, is_dataclass

    dicts = [asdict(r) if is_dataclass(r) else dict(r) for r in rows]
    if as_json:
        sys.stdout.write(json.dumps(dicts, ensure_ascii=False, indent=1, default=str) + "\n")
    elif dicts:
        cols = columns or list(dicts[0].keys())
        table = Table(title=title, show_lines=False)
        for c in cols:
            table.add_column(c.replace("_", " "))
        for d in dicts:
            table.add_row(*[_cell(d.get(c)) for c in cols])
        out.print(table)
    if not dicts:
        if not as_json:
            err.print("nothing found")
        raise typer.Exit(1)


def _cell(value) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


# -- views of people, groups and mandates; governance options -------------------------------

options_app = typer.Typer(help="Governance options: alternative collaboration structures as data.", no_args_is_help=True)
app.add_typer(options_app, name="options")
OptionsDirOpt = typer.Option(None, "--dir", help="Folder of option files (default: the bundled options/).")
MembersOpt = typer.Option(False, "--members", help="Map today's members from the store into each option.")


def _graph(store, neo4j):
    s = _open(store, neo4j)
    try:
        return s.to_networkx()
    finally:
        s.close()


def _report_lookup_error(exc: SamverkanError) -> None:
    if isinstance(exc, AmbiguousName):
        err.print(f"'{exc.query}' matches several entries; be more specific:", markup=False)
        for i, (_, label) in enumerate(exc.candidates, 1):
            err.print(f"  {i}. {label}", markup=False)
        raise typer.Exit(1)
    fail(str(exc), 1)


@view_app.command("person")
def view_person(
    name: str = typer.Argument(..., help="The person's name (case, accents and hyphens do not matter)."),
    output: Path = typer.Option(Path("person.html"), "--output", "-o", help="HTML file to write."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """One person's groups (with role), tasks and the people they sit with.

    Example: samverkan view person "Inga-Lisa Apelman" -o inga-lisa.html
    """
    from graph.views import find_node, render_person

    try:
        G = _graph(store, neo4j)
        written = render_person(G, output, find_node(G, "Person", name))
    except SamverkanError as exc:
        _report_lookup_error(exc)
    out.print(str(written), markup=False)


@view_app.command("mandates")
def view_mandates(
    output: Path = typer.Option(Path("mandates.html"), "--output", "-o", help="HTML file to write."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """The mandate flow between bodies: delegations down, reports up, referrals across.

    Example: samverkan view mandates -o mandates.html
    """
    from graph.views import render_mandates

    try:
        written = render_mandates(_graph(store, neo4j), output)
    except SamverkanError as exc:
        fail(str(exc))
    out.print(str(written), markup=False)


@view_app.command("group")
def view_group(
    name: str = typer.Argument(..., help="The group's name or alias (e.g. LSVO, 'att åldras')."),
    output: Path = typer.Option(Path("group.html"), "--output", "-o", help="HTML file to write."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """One body with its members (coloured by huvudman), its parent and its children.

    Example: samverkan view group LSVO -o lsvo.html
    """
    from graph.views import find_node, render_group

    try:
        G = _graph(store, neo4j)
        written = render_group(G, output, find_node(G, "Group", name))
    except SamverkanError as exc:
        _report_lookup_error(exc)
    out.print(str(written), markup=False)


def _read_options(folder):
    from loaders.options import read_options

    try:
        return read_options(folder)
    except SamverkanError as exc:
        fail(str(exc))


def _figures(options, members: bool, store, neo4j):
    from graph.options import compare

    try:
        G = _graph(store, neo4j) if members else None
    except SamverkanError as exc:
        fail(str(exc))
    return compare(options, G)


@options_app.command("list")
def options_list(folder: Optional[Path] = OptionsDirOpt, as_json: bool = JsonOpt):
    """List the governance options: name, principle, groups per level and title.

    Example: samverkan options list
    """
    rows = []
    for o in _read_options(folder):
        levels = {lvl: sum(1 for g in o.groups if g.level == lvl and not g.formed_as_needed)
                  for lvl in ("politisk", "strategisk", "taktisk", "operativ")}
        rows.append({"name": o.name, "principle": o.principle or "", "tactical": levels["taktisk"],
                     "local_fixed": len(o.local_fixed_groups), "title": o.title})
    print_rows(rows, as_json, title="Governance options")


@options_app.command("show")
def options_show(name: str = typer.Argument(..., help="Option name or title (see: options list)."),
                 folder: Optional[Path] = OptionsDirOpt, as_json: bool = JsonOpt):
    """Show one option: description, assumptions and its groups with parent, seats and meetings.

    Example: samverkan options show en-taktisk-utan-lokala
    """
    from dataclasses import asdict
    from loaders.options import find_option

    try:
        o = find_option(_read_options(folder), name)
    except SamverkanError as exc:
        _report_lookup_error(exc)
    if as_json:
        sys.stdout.write(json.dumps(asdict(o), ensure_ascii=False, indent=1) + "\n")
        return
    out.print(f"{o.name}: {o.title}", markup=False)
    out.print(f"principle: {o.principle or 'not stated'}", markup=False)
    out.print(o.description, markup=False)
    for a in o.assumptions:
        out.print(f"assumption: {a}", markup=False)
    rows = [{"group": g.name, "level": g.level, "parent": g.parent or "",
             "focus": g.perspective or g.programme or "",
             "meetings": "as needed" if g.formed_as_needed else g.meetings_per_year,
             "seats": "" if g.formed_as_needed else sum(g.seats.values())} for g in o.groups]
    print_rows(rows, False)


@options_app.command("view")
def options_view(
    output: Path = typer.Option(Path("options.html"), "--output", "-o", help="HTML file to write."),
    folder: Optional[Path] = OptionsDirOpt,
    members: bool = MembersOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """All options side by side on one page, each in the same tiered layout, with the comparison table.

    Example: samverkan options view -o options.html
    """
    from graph.views import render_options

    options = _read_options(folder)
    written = render_options(options, output, _figures(options, members, store, neo4j))
    out.print(str(written), markup=False)


def _seat_summary(seats: dict) -> str:
    values = set(seats.values())
    if len(values) == 1:
        return f"{values.pop()} each"
    return ", ".join(f"{k.split()[0][:5]} {v}" for k, v in seats.items())


@options_app.command("compare")
def options_compare(
    names: Optional[List[str]] = typer.Argument(None, help="Options to compare (default with --all: every option)."),
    all_: bool = typer.Option(False, "--all", help="Compare every option."),
    folder: Optional[Path] = OptionsDirOpt,
    members: bool = MembersOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
    as_json: bool = JsonOpt,
):
    """Compare options: groups per level, seats per huvudman, meetings a year, mandate path length.

    With --members also today's members mapped in: people per group, seats per person, unfilled seats.

    Example: samverkan options compare nuvarande en-taktisk-utan-lokala --json
    """
    from dataclasses import asdict
    from loaders.options import find_option

    options = _read_options(folder)
    if not all_:
        if not names:
            fail("name two or more options, or use --all", 2)
        try:
            options = [find_option(options, n) for n in names]
        except SamverkanError as exc:
            _report_lookup_error(exc)
    figs = _figures(options, members, store, neo4j)
    if as_json:
        sys.stdout.write(json.dumps([asdict(f) for f in figs], ensure_ascii=False, indent=1) + "\n")
        return
    rows = []
    for f in figs:
        row = {"option": f.name, "principle": f.principle or "",
               "groups": " ".join(f"{k[:4]} {v}" for k, v in f.groups_per_level.items() if v),
               "as needed": f.groups_formed_as_needed, "seats": f.total_seats,
               "seats per huvudman": _seat_summary(f.seats_per_huvudman),
               "meetings/yr": f.meetings_per_year, "LSVO→operativ": f.mandate_path_length,
               "without seat": ", ".join(f.huvudman_without_seat)}
        if f.people_per_group is not None:
            row.update({"people mapped": f.people_mapped, "max seats/person": f.seats_per_person_max,
                        "unfilled": sum(len(v) for v in f.unfilled_seats.values())})
        rows.append(row)
    print_rows(rows, False, title="Governance options compared")


if __name__ == "__main__":
    app()
