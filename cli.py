"""samverkan: minutes of collaboration bodies in, a graph of who does what for whom out.

The CLI only parses options, calls one library function and prints. Errors of the tool
(:class:`graph.errors.SamverkanError`) are printed on one line; exit status 0 means found,
1 nothing found or some input failed, 2 a usage error.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from samverkan.graph.errors import AmbiguousName, NotFound, SamverkanError

def _metavars_in_help() -> None:
    """Let --help show each parameter's metavar (PATH, DATE, N) and nothing for flags.

    Recent typer versions print a type placeholder ('<str>', '<list[Path]>', '<bool>') beside every
    parameter, which tells a user less than the metavar each of ours names.
    """
    def display(param, ctx):
        return None if isinstance(param, typer.core.TyperArgument) or getattr(param, "is_flag", False) else param.metavar

    for cls in (typer.core.TyperOption, typer.core.TyperArgument):
        if hasattr(cls, "display_type_rich"):
            cls.display_type_rich = display


_metavars_in_help()

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

StoreOpt = typer.Option(None, "--store", metavar="PATH", help="Embedded store file (default: $SAMVERKAN_STORE or .samverkan/graph.sqlite).")
Neo4jOpt = typer.Option(None, "--neo4j", metavar="URI", help="Use the Neo4j store at this Bolt URI (or set NEO4J_URI).")
JsonOpt = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")


def fail(message: str, code: int = 1) -> None:
    err.print(f"error: {message}", markup=False)
    raise typer.Exit(code)


def _open(store, neo4j, writable=False):
    """The chosen store; reading an embedded store that was never written is a clear error."""
    from samverkan.graph.stores import neo4j_uri, old_store_hint, open_store, store_path

    if not writable and not neo4j_uri(neo4j) and not store_path(store).exists():
        fail(f"{store_path(store)}: no store here yet; load minutes first (samverkan load PATH) "
             f"or point --store / SAMVERKAN_STORE at an existing one{old_store_hint(store)}")
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


class _ProgressBar:
    """A progress bar on the terminal for parsing: documents done, documents/s and time left."""

    def __init__(self):
        self._progress = None
        self._task = None

    def update(self, done: int, total: int) -> None:
        if total < 20:  # a handful of files finish before a bar is worth drawing
            return
        if self._progress is None:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn,
                                       TextColumn, TimeRemainingColumn)

            self._progress = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                                      TextColumn("{task.fields[rate]}"),
                                      TimeRemainingColumn(), console=err, transient=True)
            self._progress.start()
            self._task = self._progress.add_task("parse", total=total, rate="")
        task = self._progress.tasks[0]
        rate = f"{task.speed:.0f} docs/s" if task.speed else ""
        self._progress.update(self._task, completed=done, rate=rate)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


@app.command()
def load(
    paths: List[Path] = typer.Argument(..., metavar="PATH", help="Minutes files or folders (.txt, .md, .pdf, .docx)."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
    group: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="The body that met, for minutes that do not say."),
    date: Optional[str] = typer.Option(None, "--date", metavar="DATE", help="Meeting date (YYYY-MM-DD) for minutes that do not say."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", help="Parse with this many processes (default: one per core)."),
    max_size: float = typer.Option(25.0, "--max-size", metavar="MB", help="Refuse files larger than this many MB."),
    knowledge: Optional[Path] = typer.Option(None, "--knowledge", metavar="FILE", help="Regional knowledge file (TOML) to use."),
):
    """Load minutes into the store and print one line per document.

    Example: samverkan load ../shared/minutes
    """
    from samverkan.loaders.knowledge import load_knowledge
    from samverkan.loaders.pipeline import default_jobs, load_paths
    from samverkan.queries.facts import keep_facts

    try:
        kb = load_knowledge(knowledge)
        s = _open(store, neo4j, writable=True)
    except SamverkanError as exc:
        fail(str(exc))
    bar = _ProgressBar() if err.is_terminal else None
    try:
        report = load_paths(paths, s, knowledge=kb, default_group=group, default_date=date,
                            jobs=jobs if jobs is not None else default_jobs(),
                            max_bytes=int(max_size * 1024 * 1024), on_document=_print_document,
                            progress=bar.update if bar else None)
        keep_facts(s)  # the tables questions read, computed while the graph is in memory
    except KeyboardInterrupt:
        if bar:
            bar.stop()
        s.close()
        err.print("interrupted: documents written so far are kept, the rest can be loaded again")
        raise typer.Exit(130)
    except SamverkanError as exc:
        s.close()
        fail(str(exc))
    if bar:
        bar.stop()
    s.close()
    n = len(report.documents)
    out.print(f"{n} documents: {report.count('loaded')} loaded, {report.count('replaced')} replaced, "
              f"{report.count('unchanged')} unchanged, {report.count('duplicate')} duplicate, "
              f"{report.failed} failed ({report.seconds:.1f} s)", markup=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def export(
    format: str = typer.Option("json", "--format", "-f", metavar="FORMAT", help="json, graphml, gexf or csv."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="PATH", help="File (or folder for csv); stdout for json if omitted."),
    pseudonymize: bool = typer.Option(False, "--pseudonymize", help="Replace person names by stable pseudonyms."),
    validate: bool = typer.Option(False, "--validate", help="Check the JSON export against the export schema before writing it."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Export the whole graph.

    Example: samverkan export --format json --validate -o graph.json
    """
    from samverkan.graph import export as ex

    fmt = format.lower()
    if fmt not in ex.EXPORTERS:
        fail(f"unknown format '{format}' ({', '.join(ex.EXPORTERS)})", 2)
    if validate and fmt != "json":
        fail("--validate checks the JSON export (the export schema describes --format json)", 2)
    if output is None and not ex.EXPORTERS[fmt].to_stdout:
        fail(f"--output is required for {fmt}", 2)
    try:
        s = _open(store, neo4j)
        G = s.to_networkx()
        s.close()
        written = ex.export(G, fmt, output, pseudonymize=pseudonymize, validate=validate)
    except SamverkanError as exc:
        fail(str(exc))
    if isinstance(written, str):
        sys.stdout.write(written)
    elif fmt == "csv":
        out.print(f"wrote {len(written)} files to {output}", markup=False)
    else:
        out.print(f"wrote {output}", markup=False)


def _command_name() -> str:
    """How to call this tool again from here: 'samverkan' when that is on PATH, else the script's path."""
    import shutil

    script = Path(sys.argv[0])
    found = shutil.which("samverkan")
    if script.name != "samverkan" or (found and Path(found).resolve() == script.resolve()):
        return "samverkan"
    try:
        return str(script.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(script)


@app.command()
def demo(
    store: Optional[str] = typer.Option(None, "--store", metavar="PATH", help="Store for the demo (default: a fresh one under .samverkan/demo)."),
    output: Path = typer.Option(Path("samverkan-demo.html"), "--output", "-o", metavar="PATH", help="Where to write the structure view."),
):
    """Load the bundled example minutes into a fresh embedded store and write the structure view.

    Example: samverkan demo -o demo.html
    """
    from samverkan.graph.nx_store import NetworkxStore
    from samverkan.graph.views import render_structure
    from samverkan.loaders.pipeline import load_paths

    examples = Path(__file__).resolve().parent / "examples"
    if not examples.is_dir():
        fail(f"{examples}: the bundled example minutes are missing (install from a clone with pip install -e .)")
    from samverkan.graph.nx_store import FILENAME, remove_store
    from samverkan.queries.facts import keep_facts

    path = Path(store) if store else Path(".samverkan") / "demo" / FILENAME
    try:
        remove_store(path)
        s = NetworkxStore(path)
    except SamverkanError as exc:
        fail(str(exc))
    report = load_paths([examples], s, on_document=_print_document)
    keep_facts(s)
    G = s.to_networkx()
    s.close()
    written = render_structure(G, output)
    out.print(f"{len(report.documents)} example documents loaded into {path}", markup=False)
    out.print(f"structure view: {written}", markup=False)
    me = _command_name()
    out.print(f"ask it: {me} person \"Anna Lindqvist\" --store {path}\n"
              f"        {me} gaps --group LSVO --store {path}", markup=False)
    if report.failed:
        raise typer.Exit(1)


@view_app.command("structure")
def view_structure(
    output: Path = typer.Option(Path("structure.html"), "--output", "-o", metavar="PATH", help="HTML file to write."),
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="DATE", help="Show the structure as it stood on this date (YYYY-MM-DD)."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """The collaboration structure: groups in tiers by level, huvudmän, representation and mandates.

    Example: samverkan view structure -o structure.html --as-of 2024-01-01
    """
    from samverkan.graph.views import render_structure

    try:
        s = _open(store, neo4j)
        G = s.to_networkx()
        s.close()
        written = render_structure(G, output, as_of=as_of)
    except SamverkanError as exc:
        fail(str(exc))
    out.print(str(written), markup=False)


def run_query(query: str, store, neo4j, /, pick: int | None = None, **params):
    """Run a named query against the chosen store and return its rows.

    When a name matches several entries the candidates are listed with numbers; ``--pick N``
    (or an answer at the prompt, when a person is at the terminal) chooses one of them.
    """
    from samverkan.queries import run

    try:
        s = _open(store, neo4j, writable=False)
    except SamverkanError as exc:
        fail(str(exc))
    try:
        while True:
            try:
                return run(query, s, **params)
            except AmbiguousName as exc:
                chosen = _choose(exc, pick)
                params = {**params, "name" if "name" in params else "group": chosen}
                pick = None
    except NotFound as exc:
        fail(str(exc), 1)
    except SamverkanError as exc:
        fail(str(exc))
    finally:
        s.close()


def _choose(exc: AmbiguousName, pick: int | None) -> str:
    """The candidate id chosen by ``--pick`` or at the prompt; exit 1 when nobody can choose."""
    err.print(f"'{exc.query}' matches several entries:", markup=False)
    for i, (_, label) in enumerate(exc.candidates, 1):
        err.print(f"  {i}. {label}", markup=False)
    if pick is None and sys.stdin.isatty():
        pick = typer.prompt("choose a number", type=int)
    if pick is None:
        err.print("run again with --pick N to choose one", markup=False)
        raise typer.Exit(1)
    if not 1 <= pick <= len(exc.candidates):
        fail(f"--pick {pick}: choose a number from 1 to {len(exc.candidates)}", 2)
    return exc.candidates[pick - 1][0]


def print_rows(rows, as_json: bool, title: str | None = None, columns: list[str] | None = None) -> None:
    """Rows (dataclasses or dicts) as a table, or as JSON with --json; exit 1 when empty.

    When a limit left rows out, a line on stderr says how many and how to see them all.
    """
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
    omitted = getattr(rows, "omitted", None)
    if omitted:  # after the table, where a reader at the terminal finishes
        counts = ", ".join(f"{n} {kind}" if kind else str(n) for kind, n in omitted.items())
        sys.stdout.flush()
        err.print(f"not shown: {counts} more; --limit 0 shows all", markup=False)
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
OptionsDirOpt = typer.Option(None, "--dir", metavar="FOLDER", help="Folder of option files (default: the bundled options/).")
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
    name: str = typer.Argument(..., metavar="NAME", help="The person's name (case, accents and hyphens do not matter)."),
    output: Path = typer.Option(Path("person.html"), "--output", "-o", metavar="PATH", help="HTML file to write."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """One person's groups (with role), tasks and the people they sit with.

    Example: samverkan view person "Inga-Lisa Apelman" -o inga-lisa.html
    """
    from samverkan.graph.views import find_node, render_person

    try:
        G = _graph(store, neo4j)
        written = render_person(G, output, find_node(G, "Person", name))
    except SamverkanError as exc:
        _report_lookup_error(exc)
    out.print(str(written), markup=False)


@view_app.command("mandates")
def view_mandates(
    output: Path = typer.Option(Path("mandates.html"), "--output", "-o", metavar="PATH", help="HTML file to write."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """The mandate flow between bodies: delegations down, reports up, referrals across.

    Example: samverkan view mandates -o mandates.html
    """
    from samverkan.graph.views import render_mandates

    try:
        written = render_mandates(_graph(store, neo4j), output)
    except SamverkanError as exc:
        fail(str(exc))
    out.print(str(written), markup=False)


@view_app.command("group")
def view_group(
    name: str = typer.Argument(..., metavar="NAME", help="The group's name or alias (e.g. LSVO, 'att åldras')."),
    output: Path = typer.Option(Path("group.html"), "--output", "-o", metavar="PATH", help="HTML file to write."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """One body with its members (coloured by huvudman), its parent and its children.

    Example: samverkan view group LSVO -o lsvo.html
    """
    from samverkan.graph.views import find_node, render_group

    try:
        G = _graph(store, neo4j)
        written = render_group(G, output, find_node(G, "Group", name))
    except SamverkanError as exc:
        _report_lookup_error(exc)
    out.print(str(written), markup=False)


def _read_options(folder):
    from samverkan.loaders.options import read_options

    try:
        return read_options(folder)
    except SamverkanError as exc:
        fail(str(exc))


def _figures(options, members: bool, store, neo4j):
    from samverkan.graph.options import compare

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
def options_show(name: str = typer.Argument(..., metavar="NAME", help="Option name or title (see: options list)."),
                 folder: Optional[Path] = OptionsDirOpt, as_json: bool = JsonOpt):
    """Show one option: description, assumptions and its groups with parent, seats and meetings.

    Example: samverkan options show en-taktisk-utan-lokala
    """
    from dataclasses import asdict
    from samverkan.loaders.options import find_option

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
    output: Path = typer.Option(Path("options.html"), "--output", "-o", metavar="PATH", help="HTML file to write."),
    folder: Optional[Path] = OptionsDirOpt,
    members: bool = MembersOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """All options side by side on one page, each in the same tiered layout, with the comparison table.

    Example: samverkan options view -o options.html
    """
    from samverkan.graph.views import render_options

    options = _read_options(folder)
    written = render_options(options, output, _figures(options, members, store, neo4j))
    out.print(str(written), markup=False)


def _seat_summary(seats: dict) -> str:
    values = set(seats.values())
    if len(values) == 1:
        return f"{values.pop()} each"
    return ", ".join(f"{k} {v}" for k, v in seats.items())


@options_app.command("compare")
def options_compare(
    names: Optional[List[str]] = typer.Argument(None, metavar="NAME", help="Options to compare (default with --all: every option)."),
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
    from samverkan.loaders.options import find_option

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
    for f in figs:
        row = {"principle": f.principle or "",
               "groups": ", ".join(f"{k} {v}" for k, v in f.groups_per_level.items() if v),
               "as needed": f.groups_formed_as_needed, "seats": f.total_seats,
               "seats per huvudman": _seat_summary(f.seats_per_huvudman),
               "meetings/yr": f.meetings_per_year, "LSVO→operativ": f.mandate_path_length,
               "without seat": ", ".join(f.huvudman_without_seat)}
        if f.people_per_group is not None:
            row.update({"people mapped": f.people_mapped, "max seats/person": f.seats_per_person_max,
                        "unfilled": sum(len(v) for v in f.unfilled_seats.values())})
        print_rows([{"measure": k, "value": v} for k, v in row.items()], False, title=f.name)


# -- the named queries ----------------------------------------------------------------------

PickOpt = typer.Option(None, "--pick", metavar="N", help="When the name matches several entries, take number N of the list.")


def print_sections(rows, as_json: bool, titles: dict[str, str], subject: str) -> None:
    """Rows with a ``section`` field as one table per section, showing only the columns in use.

    The ``subject`` column (the person, organisation or group asked about) becomes the heading.
    """
    from dataclasses import asdict

    dicts = [asdict(r) for r in rows]
    if as_json or not dicts:
        print_rows(rows, as_json)
        return
    out.print(f"[bold]{_cell(dicts[0][subject])}[/bold]")
    for section, title in titles.items():
        part = [d for d in dicts if d["section"] == section]
        if not part:
            continue
        cols = [c for c in part[0] if c not in ("section", subject) and any(d.get(c) not in (None, "", [], ()) for d in part)]
        print_rows(part, False, title=title, columns=cols)


@app.command()
def person(
    name: str = typer.Argument(..., metavar="NAME", help="The person's name; case, accents and hyphens do not matter."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """A person's memberships, assignments, items presented and attendance, with sources.

    Example: samverkan person "asman"
    """
    rows = run_query("person", store, neo4j, pick=pick, name=name)
    print_sections(rows, as_json, {
        "membership": "Memberships", "affiliation": "Affiliations (title, organisation; first and latest seen)",
        "assignment": "Assignments", "presented": "Items presented",
        "attendance": "Attendance per group", "meeting": "Meetings"}, "person")


@app.command()
def org(
    name: str = typer.Argument(..., metavar="NAME", help="A huvudman or unit, e.g. 'Ronneby' or 'Region Blekinge'."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Who represents a huvudman or unit, in which groups and roles; groups where it has no seat.

    Example: samverkan org Karlshamn
    """
    rows = run_query("org", store, neo4j, pick=pick, name=name)
    print_sections(rows, as_json, {"representative": "Representatives", "no_seat": "Groups without a representative"}, "organisation")


@app.command()
def group(
    name: str = typer.Argument(..., metavar="NAME", help="A group, e.g. 'LSVO' or 'att åldras'."),
    latest: int = typer.Option(3, "--latest", metavar="N", help="How many of the latest meetings' decisions to show."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """A group's level, parent, roster by huvudman, mandates, attendance rate and latest decisions.

    Example: samverkan group LSVO
    """
    rows = run_query("group", store, neo4j, pick=pick, name=name, latest=latest)
    print_sections(rows, as_json, {
        "level": "Level", "parent": "Parent", "member": "Roster", "mandate_in": "Mandates in",
        "mandate_out": "Mandates out", "attendance": "Attendance", "decision": "Latest decisions"}, "group")


@app.command()
def gaps(
    group_name: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="Only this group, with the huvudmän that have no seat in it."),
    min_seats: int = typer.Option(3, "--min-seats", metavar="N", help="Flag people holding at least this many seats."),
    min_tasks: int = typer.Option(5, "--min-tasks", metavar="N", help="Flag people holding at least this many open tasks."),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="N", min=0, help="At most this many gaps of each kind, the newest (default 25; 0: all)."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Membership gaps with their evidence: representation, vacancies, attendance, tasks, concentration.

    Each kind shows its newest gaps (concentration: the people holding most) up to --limit.

    Example: samverkan gaps --group "Styrgrupp för jämlik hälsa"
    """
    rows = run_query("gaps", store, neo4j, pick=pick, group=group_name, min_seats=min_seats, min_tasks=min_tasks,
                     limit=limit)
    print_rows(rows, as_json)


@app.command()
def mandates(
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """The mandate tree from politisk down to operativ, and bodies with no mandate path to LSVO or PSVO.

    Example: samverkan mandates
    """
    rows = run_query("mandates", store, neo4j)
    print_rows(rows, as_json)


@app.command()
def decisions(
    group_name: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="Only decisions of this group."),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE", help="Meetings on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", metavar="DATE", help="Meetings on or before this date (YYYY-MM-DD)."),
    text: Optional[str] = typer.Option(None, "--text", metavar="TEXT", help="Decisions whose text contains this (accents and case ignored)."),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="N", min=0, help="At most this many decisions, the newest (default 100; 0: all)."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Decisions with their meeting, item and source, newest first.

    Example: samverkan decisions --group LSVO --since 2024-01-01 --text uppdrag
    """
    for label, value in (("--since", since), ("--until", until)):
        if value is not None and not _is_date(value):
            fail(f"{label} {value}: expected a date as YYYY-MM-DD", 2)
    rows = run_query("decisions", store, neo4j, pick=pick, group=group_name, since=since, until=until, text=text,
                     limit=limit)
    print_rows(rows, as_json)


@app.command()
def meetings(
    group_name: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="Only meetings of this group."),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="N", min=0, help="At most this many meetings, the latest (default 100; 0: all)."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Meetings with their body, level and counts of items, decisions and attendance, in date order.

    Example: samverkan meetings --group LSVO
    """
    rows = run_query("meetings", store, neo4j, pick=pick, group=group_name, limit=limit)
    print_rows(rows, as_json)


def _is_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


@app.command()
def cypher(
    query: str = typer.Argument(..., metavar="CYPHER", help="A read-only Cypher query."),
    param: List[str] = typer.Option([], "--param", "-p", metavar="KEY=VALUE", help="A query parameter as key=value (repeatable)."),
    as_json: bool = JsonOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Run a read-only Cypher query against the Neo4j store; writes are refused.

    Example: samverkan cypher "MATCH (p:Person)-[m:MEMBER_OF]->(g:Group {name: $g}) RETURN p.name, m.role" -p g=LSVO
    """
    from samverkan.graph.stores import neo4j_uri

    params = {}
    for p in param:
        key, sep, value = p.partition("=")
        if not sep or not key:
            fail(f"--param {p}: expected key=value", 2)
        params[key] = value
    if not neo4j_uri(neo4j):
        fail("cypher needs the Neo4j store: set NEO4J_URI or pass --neo4j bolt://HOST:7687 "
             "(the embedded store answers the named queries instead)", 2)
    try:
        s = _open(None, neo4j, writable=False)
    except SamverkanError as exc:
        fail(str(exc))
    try:
        rows = s.run_read(query, params)
    except SamverkanError as exc:
        fail(str(exc))
    finally:
        s.close()
    print_rows(rows, as_json)


@app.command()
def forget(
    name: str = typer.Argument(..., metavar="NAME", help="The person whose personal data is to be removed."),
    pick: Optional[int] = PickOpt,
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Remove a person's personal data (name, surface forms, affiliations), keeping the structure.

    The person's seats, tasks and attendance stay in the graph under a stable pseudonym, so
    counts and gaps remain right. Minutes that name the person should also be removed from
    the archive, or they come back on the next load.

    Example: samverkan forget "Anna Lindqvist" --yes
    """
    from samverkan.graph.export import pseudonym
    from samverkan.queries.person import resolve_person
    from samverkan.queries.facts import store_fetch

    try:
        s = _open(store, neo4j, writable=True)
    except SamverkanError as exc:
        fail(str(exc))
    try:
        fetch = store_fetch(s)
        query = name
        while True:
            try:
                pid, display = resolve_person(fetch, query)
                break
            except AmbiguousName as exc:
                query, pick = _choose(exc, pick), None
        if not yes and not typer.confirm(f"remove the personal data of {display}?"):
            raise typer.Exit(1)
        changed = s.forget_person(pid, pseudonym(pid))
    except NotFound as exc:
        fail(str(exc), 1)
    except SamverkanError as exc:
        fail(str(exc))
    finally:
        s.close()
    out.print(f"forgot {pid}: {changed} properties and edges with personal data removed", markup=False)


def main() -> None:
    """The console script: run the command, then leave without tearing down the heap.

    A question to a large embedded store holds millions of small objects (the graph, its fact
    tables); freeing them one by one at interpreter exit took as long as the question itself
    (8 s at 10,000 documents). Everything the commands write is written and closed before they
    return, so the process ends as soon as its output is flushed.
    """
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code
    if isinstance(code, str):  # what sys.exit("message") would have printed
        err.print(code, markup=False)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code or 0)


if __name__ == "__main__":
    main()
