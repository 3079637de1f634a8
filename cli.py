"""samverkan: minutes of collaboration bodies in, a graph of who does what for whom out.

The CLI only parses options, calls one library function and prints. Errors of the tool
(:class:`graph.errors.SamverkanError`) are printed on one line; exit status 0 means found,
1 nothing found or some input failed, 2 a usage error.
"""
from __future__ import annotations

import json
import logging
import os
import re
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

def _plain_values_without_pydantic() -> None:
    """Take text and path values as they come, without a pydantic adapter per parameter.

    Recent typer versions coerce every parameter value through a pydantic ``TypeAdapter`` built
    when the value is first seen; importing pydantic and building the adapters of one command
    took 0.17 s, most of a question from a new process. A ``str`` value is already what the
    adapter returns, a ``Path`` only needs typer's own path checks, and a whole number written
    plainly within its bounds (``--pick 1``) has one reading, so those are coerced here; every
    other value (a number the adapter would refuse or read otherwise, lists, choices, parsers) is
    handed to the adapter typer builds, so its messages stay typer's. Older typer versions have
    none of this and are left as they are.
    """
    import re

    plain_int = re.compile(r"-?(?:0|[1-9][0-9]*)")
    try:
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import coerce_cli_path
        from typer.core import _TyperParameter
    except ImportError:
        return

    class PlainValue(RuntimeParam):
        def __init__(self, descriptor):
            super().__init__(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
            object.__setattr__(self, "_descriptor", descriptor)
            object.__setattr__(self, "_full", None)

        def _coerce_value(self, value, param, ctx):
            info = self.parameter_info
            if info.parser is None and not (param.multiple or param.nargs == -1):
                if self.annotation is str and isinstance(value, str):
                    return value
                if (isinstance(self.annotation, type) and issubclass(self.annotation, Path)
                        and getattr(info, "path_type", None) is None and isinstance(value, (str, Path))):
                    checked = coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx)
                    return checked if isinstance(checked, self.annotation) else self.annotation(checked)
                if (self.annotation is int and isinstance(value, str) and plain_int.fullmatch(value)
                        and not info.clamp):
                    number = int(value)
                    if (info.min is None or number >= info.min) and (info.max is None or number <= info.max):
                        return number
            if self._full is None:
                object.__setattr__(self, "_full", build_runtime_param(self._descriptor))
            return self._full._coerce_value(value, param, ctx)

    def get_runtime_param(self):
        if self._runtime_param is None:
            self._runtime_param = PlainValue(self.type_descriptor)
        return self._runtime_param

    _TyperParameter.get_runtime_param = get_runtime_param


_plain_values_without_pydantic()

app = typer.Typer(
    help="Turn the minutes of collaboration bodies into a graph of people, organisations, groups, "
         "mandates and assignments, and ask it questions.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
view_app = typer.Typer(help="Write interactive HTML views (pyvis) of the graph.", no_args_is_help=True)
app.add_typer(view_app, name="view")

_UNSAFE = {i for i in range(0x20) if i not in (0x09, 0x0A)} | set(range(0x7F, 0xA0)) | {
    0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_JSON_ESCAPES = {i: f"\\u{i:04x}" for i in _UNSAFE}
_FINDS_UNSAFE = {one_line: re.compile("[" + "".join(f"\\u{i:04x}" for i in sorted(unsafe)) + "]")
                 for one_line, unsafe in ((False, _UNSAFE), (True, _UNSAFE | {0x09, 0x0A}))}


def terminal_safe(text: str, *, one_line: bool = False) -> str:
    r"""Text with control characters (and bidirectional overrides) shown as escapes, so that a file
    name or a text from a document cannot move the cursor, recolour or rewrite the terminal.

    >>> terminal_safe("a\x1b[2Jb\u202ec")
    'a\\x1b[2Jb\\u202ec'
    >>> terminal_safe("two\nlines", one_line=True)
    'two\\nlines'
    """
    text = str(text)
    if not _FINDS_UNSAFE[one_line].search(text):
        return text
    unsafe = _UNSAFE if not one_line else _UNSAFE | {0x09, 0x0A}
    return "".join((repr(c)[1:-1] if ord(c) < 0x100 else f"\\u{ord(c):04x}") if ord(c) in unsafe else c
                   for c in text)


def _safe(value) -> str:
    """A file name or other single value for a one-line message."""
    return terminal_safe(str(value), one_line=True)


def _json_safe(text: str) -> str:
    """JSON for the terminal: the control characters json.dumps leaves raw (DEL, C1, bidi) escaped."""
    return text.translate(_JSON_ESCAPES)


class _SafeConsole(Console):
    """A console that escapes control characters in every string it is given to print."""

    def print(self, *objects, **kwargs):
        super().print(*(terminal_safe(o) if isinstance(o, str) else o for o in objects), **kwargs)


class _SafeFormatter(logging.Formatter):
    """Log lines (file names, names at -v) with control characters escaped, as everything printed."""

    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(super().format(record))


out = _SafeConsole(highlight=False, soft_wrap=True)
err = _SafeConsole(stderr=True, highlight=False, soft_wrap=True)
log = logging.getLogger("samverkan")

StoreOpt = typer.Option(None, "--store", metavar="PATH", help="Embedded store file (default: $SAMVERKAN_STORE or .samverkan/graph.sqlite).")
Neo4jOpt = typer.Option(None, "--neo4j", metavar="URI", help="Use the Neo4j store at this Bolt URI (or set NEO4J_URI).")
JsonOpt = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")


def _date_option(ctx: typer.Context, param: typer.CallbackParam, value: Optional[str]) -> Optional[str]:
    """Refuse a date option that is not a calendar date as YYYY-MM-DD (exit 2, saying so)."""
    from datetime import date

    if value is None:
        return value
    try:
        date.fromisoformat(value)
        if len(value) != 10:
            raise ValueError(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2024-01-01") from None
    return value


def DateOpt(flag: str, help: str):  # noqa: N802 - an option factory, named like typer.Option
    return typer.Option(None, flag, metavar="DATE", help=help, callback=_date_option)


def fail(message: str, code: int = 1) -> None:
    err.print(f"error: {_safe(message)}", markup=False)
    raise typer.Exit(code)


def _open(store, neo4j, writable=False):
    """The chosen store; reading an embedded store that was never written is a clear error."""
    from samverkan.graph.stores import neo4j_uri, old_store_hint, open_store, store_path

    if not writable and not neo4j_uri(neo4j) and not store_path(store).exists():
        fail(f"{store_path(store)}: no store here yet; load minutes first (samverkan load PATH) "
             f"or point --store / SAMVERKAN_STORE at an existing one{old_store_hint(store)}")
    return open_store(store, neo4j, writable=writable)


@app.callback()
def root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress (names of people only at -v).")):
    """samverkan — minutes in, graph out."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler) and not isinstance(handler.formatter, _SafeFormatter):
            handler.setFormatter(_SafeFormatter("%(levelname)s %(message)s"))


def _print_document(doc) -> None:
    name = _safe(Path(doc.path).name)
    if doc.status in ("failed", "skipped"):
        err.print(f"error: {_safe(doc.error)}", markup=False)
        return
    if doc.status in ("unchanged", "duplicate"):
        note = f" ({doc.error})" if doc.error else ""
        out.print(f"{doc.status:9s} {name}{_safe(note)}", markup=False)
        return
    when = doc.date or ("~" + "..".join(doc.date_range) if doc.date_range else "date unknown")
    out.print(f"{doc.status:9s} {name}: {_safe(doc.group or 'unknown body')} {when}, {doc.items} items, "
              f"{doc.decisions} decisions, {doc.people} people", markup=False)
    for w in doc.warnings:
        err.print(f"warning: {name}: {_safe(w)}", markup=False)


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
    paths: List[Path] = typer.Argument(..., metavar="PATH", help="Minutes files or folders (.txt, .md, .pdf, .docx, .docm, .doc, .odt, .rtf, .html, .mht, .eml, .msg; scans as .pdf or .tif by OCR)."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
    group: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="The body that met, for minutes that do not say."),
    date: Optional[str] = DateOpt("--date", "Meeting date (YYYY-MM-DD) for minutes that do not say."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", help="Parse with this many processes (default: one per core)."),
    max_size: float = typer.Option(25.0, "--max-size", metavar="MB", help="Refuse files larger than this many MB."),
    knowledge: Optional[Path] = typer.Option(None, "--knowledge", metavar="FILE", help="Regional knowledge file (TOML) to use."),
    corrections: Optional[str] = typer.Option(None, "--corrections", metavar="FILE",
                                              help="Corrections file (default: $SAMVERKAN_CORRECTIONS or samverkan-corrections.toml here)."),
):
    """Load minutes into the store and print one line per document.

    Example: samverkan load ../shared/minutes
    """
    from samverkan.loaders.knowledge import load_knowledge
    from samverkan.loaders.pipeline import default_jobs, load_paths
    from samverkan.queries.facts import keep_facts

    try:
        kb = load_knowledge(knowledge)
        cs = read_corrections_option(corrections, strict=True)
        s = _open(store, neo4j, writable=True)
    except SamverkanError as exc:
        fail(str(exc))
    bar = _ProgressBar() if err.is_terminal else None
    try:
        report = load_paths(paths, s, knowledge=kb, default_group=group, default_date=date,
                            jobs=jobs if jobs is not None else default_jobs(),
                            max_bytes=int(max_size * 1024 * 1024), on_document=_print_document,
                            progress=bar.update if bar else None,
                            corrections=cs if cs.entries or cs.path.exists() else None)
        keep_facts(s)  # the tables questions read, computed while the graph is in memory
    except KeyboardInterrupt:
        if bar:
            bar.stop()
        s.close()
        err.print("interrupted: documents written so far are kept, the rest can be loaded again")
        raise typer.Exit(130)
    except SamverkanError as exc:
        if bar:
            bar.stop()
        s.__exit__(type(exc), exc, None)  # leave the store as it was: do not try to write it again
        fail(str(exc))
    if bar:
        bar.stop()
    s.close()
    n = len(report.documents)
    out.print(f"{n} documents: {report.count('loaded')} loaded, {report.count('replaced')} replaced, "
              f"{report.count('unchanged')} unchanged, {report.count('duplicate')} duplicate, "
              f"{report.failed} failed ({report.seconds:.1f} s)", markup=False)
    print_stale(report.stale, cs)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def export(
    format: str = typer.Option("json", "--format", "-f", metavar="FORMAT", help="json, graphml, gexf, csv (neo4j-admin import), tables (nodes.csv and edges.csv for a spreadsheet or Gephi) or kumu (a Kumu JSON blueprint)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="PATH", help="A file for json, graphml, gexf, kumu (json, kumu: stdout if omitted); a FOLDER for csv, created if missing, holding one CSV file per node label and edge type, and for tables."),
    only: Optional[str] = typer.Option(None, "--only", metavar="KINDS", help="Export only the collaboration network of these kinds, comma-separated: people, groups, organisations. No source, meeting, item or decision nodes; each edge carries its source documents and date range. Not with json, which is always the whole graph its schema describes."),
    pseudonymize: bool = typer.Option(False, "--pseudonymize", help="Replace every person's name, in names and free text, and every id by pseudonyms keyed with the store's secret (<store>.secret)."),
    validate: bool = typer.Option(False, "--validate", help="Check the JSON export against the export schema before writing it."),
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Export the graph: one file (json, graphml, gexf, kumu) or a folder of CSV files (csv, tables).
    How to open each in Gephi, Kumu or Neo4j: docs/exports.md.

    Example: samverkan export --format json --validate -o graph.json

    Example: samverkan export --format csv -o graph-csv

    Example: samverkan export -f gexf --only people,groups,organisations -o net.gexf

    Example: samverkan export -f kumu --only people,groups,organisations -o kumu.json
    """
    from samverkan.graph import export as ex
    from samverkan.graph.privacy import secret_for

    fmt = format.lower()
    if fmt not in ex.EXPORTERS:
        fail(f"unknown format '{format}' ({', '.join(ex.EXPORTERS)})", 2)
    if validate and fmt != "json":
        fail("--validate checks the JSON export (the export schema describes --format json)", 2)
    if only is not None:
        try:
            ex.check_only(fmt, only)
        except SamverkanError as exc:
            fail(str(exc), 2)
    if output is None and not ex.EXPORTERS[fmt].to_stdout:
        fail(f"--output is required for {fmt}" + (" (a folder)" if fmt in ex.FOLDER_FORMATS else ""), 2)
    folder = fmt in ex.FOLDER_FORMATS
    what = "one per node label and edge type" if fmt == "csv" else "nodes.csv and edges.csv"
    if folder and output.suffix and not output.is_dir():
        fail(f"--format {fmt} writes a folder of CSV files, {what}; '{_safe(output)}' looks "
             f"like a file name: give a folder, e.g. -o {_safe(output.with_suffix(''))}-{fmt}", 2)
    if folder and output.exists() and not output.is_dir():
        fail(f"--format {fmt} writes a folder of CSV files; '{_safe(output)}' is a file", 2)
    try:
        s = _open(store, neo4j)
        G = s.to_networkx()
        s.close()
        written = ex.export(G, fmt, output, pseudonymize=pseudonymize,
                            secret=secret_for(store, neo4j) if pseudonymize else None, validate=validate,
                            only=only)
    except SamverkanError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{_safe(output)}: cannot write the export ({exc.strerror or exc})")
    if isinstance(written, str):
        sys.stdout.write(_json_safe(written))
    elif fmt in ex.FOLDER_FORMATS:
        out.print(f"wrote {len(written)} CSV files into the folder {_safe(output)}/", markup=False)
    else:
        out.print(f"wrote {_safe(output)}", markup=False)


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
    as_of: Optional[str] = DateOpt("--as-of", "Show the structure as it stood on this date (YYYY-MM-DD); "
                                             "meetings dated only by a range that may fall before it are shown, marked."),
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
    out.print(_safe(written), markup=False)


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


# Names a reader copies into the next command: shown whole, wrapped at spaces only when a name
# is longer than its share of the terminal (never cut off).
NAME_COLUMNS = ("name", "group", "person", "subject", "organisation", "on_behalf_of", "huvudman", "from_body",
                "to_body", "measure")
NAME_MIN = 20
# Free text that may wrap onto several lines (at least WRAP_MIN wide).
WRAP_COLUMNS = ("detail", "text", "title", "evidence", "task", "principle", "members", "groups", "description",
                "quote")
WRAP_MIN = 20
# The order in which columns drop out when a table is too wide for the terminal (first goes first);
# the others (dates, names, kinds, ids) always stay and are never cut.
DROP_ORDER = ("date_certain", "date_from", "date_to", "place", "guests", "absent", "present", "items",
              "classification", "from_level", "to_level", "depth", "count", "level", "until", "due", "report_to",
              "item", "status", "via", "role", "detail", "evidence", "source", "decisions", "value", "title", "principle",
              "text")
# Columns that JSON carries but a table shows another way (the date column shows a range).
TABLE_HIDDEN = ("date_from", "date_to", "date_certain", "corrected")


def terminal_width() -> int:
    """The width to print tables for: $COLUMNS when set, else the terminal's."""
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 20 else out.width


def _longest(dicts: list[dict], c: str, label: str) -> int:
    return max([len(label)] + [len(_plain(d.get(c))) for d in dicts])


def _longest_word(dicts: list[dict], c: str) -> int:
    """The longest word of a column (an id or a file name), which wrapping must not break."""
    return max([0] + [len(w) for d in dicts for w in _plain(d.get(c)).split()])


def fit_columns(dicts: list[dict], cols: list[str], width: int, wrap: set[str] = frozenset()) -> tuple[list[str], list[str]]:
    """The columns to show at ``width`` characters, and those left out.

    Dates, kinds and ids are as wide as their widest value; names take at least
    :data:`NAME_MIN` (wrapping at spaces beyond); free text wraps. While the table is too wide,
    columns drop out in :data:`DROP_ORDER`.
    """
    need = _needs(dicts, wrap)

    def table_width(columns: list[str]) -> int:
        return sum(need(c) + 3 for c in columns) + 1

    shown = list(cols)
    dropped: list[str] = []
    for victim in DROP_ORDER:
        if table_width(shown) <= width:
            break
        if victim in shown and len(shown) > 1:
            shown.remove(victim)
            dropped.append(victim)
    return shown, dropped


def _needs(dicts: list[dict], wrap: set[str] = frozenset()):
    def need(c: str) -> int:
        longest = _longest(dicts, c, c)
        if c in WRAP_COLUMNS or c in wrap:
            return max(min(longest, WRAP_MIN), _longest_word(dicts, c))
        if c in NAME_COLUMNS:
            return max(min(longest, NAME_MIN), _longest_word(dicts, c))
        return longest
    return need


def print_records(dicts: list[dict], cols: list[str], headers: dict[str, str] | None, title: str | None) -> None:
    """Rows too wide for the terminal even with their key columns only: one block per row, its
    short fields on the first line and every other field on a line of its own, nothing cut."""
    if title:
        out.print(title, markup=False)
    short = [c for c in cols if c not in NAME_COLUMNS and c not in WRAP_COLUMNS]
    for d in dicts:
        out.print(" · ".join(_plain(d.get(c)) for c in short if d.get(c) not in (None, "")), markup=False,
                  soft_wrap=True)
        for c in cols:
            if c not in short and d.get(c) not in (None, ""):
                label = (headers or {}).get(c, c).replace("_", " ")
                out.print(f"  {label}: {_plain(d.get(c))}", markup=False, soft_wrap=True)


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def print_rows(rows, as_json: bool, title: str | None = None, columns: list[str] | None = None,
               headers: dict[str, str] | None = None, wrap: set[str] | None = None) -> None:
    """Rows (dataclasses or dicts) as a table, or as JSON with --json; exit 1 when empty.

    The table fits the terminal: dates, names, ids and sources are never cut or wrapped; free
    text wraps; when the table is still too wide, less important columns drop out and a note on
    stderr names them. When a limit left rows out, a line on stderr says how many and how to see
    them all. ``headers`` renames columns for the reader.
    """
    from dataclasses import asdict, is_dataclass

    dicts = [asdict(r) if is_dataclass(r) else dict(r) for r in rows]
    if as_json:
        from samverkan.queries.common import with_date_fields

        dicts = [with_date_fields(d) for d in dicts]
        sys.stdout.write(_json_safe(json.dumps(dicts, ensure_ascii=False, indent=1, default=str)) + "\n")
    elif dicts:
        cols = [c for c in (columns or list(dicts[0].keys())) if c not in TABLE_HIDDEN]
        width = terminal_width()
        cols, dropped = fit_columns(dicts, cols, width, wrap or set())
        need = _needs(dicts, wrap or set())
        if sum(need(c) + 3 for c in cols) + 1 > width:  # even the key columns do not fit: one block per row
            print_records(dicts, [c for c in (columns or list(dicts[0].keys())) if c not in TABLE_HIDDEN], headers, title)
            cols, dropped = [], []
        table = Table(title=title, show_lines=False)
        for c in cols:
            label = (headers or {}).get(c, c).replace("_", " ")
            longest = _longest(dicts, c, label)
            if c in WRAP_COLUMNS or c in NAME_COLUMNS or c in (wrap or ()):
                table.add_column(label, overflow="fold", min_width=max(len(label), need(c)))
            else:
                table.add_column(label, no_wrap=True, min_width=longest)
        for d in dicts:
            table.add_row(*[_cell(d.get(c)) for c in cols])
        if cols:
            out.print(table, width=width, soft_wrap=False)  # a soft-wrapping console would let the table overflow
        notes = []
        if dropped:
            notes.append(f"left out at {width} columns: {', '.join(h.replace('_', ' ') for h in dropped)} "
                         "(a wider terminal or --json shows them)")
        if any(d.get("date_certain") is False for d in dicts):
            notes.append("a date shown as FROM..TO is a range: the minutes do not state the day")
        if notes:
            sys.stdout.flush()
            for n in notes:
                err.print(n, markup=False)
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
        return escape(terminal_safe(", ".join(str(v) for v in value)))
    return escape(terminal_safe(str(value)))


# -- views of people, groups and mandates; governance options -------------------------------

options_app = typer.Typer(help="Governance options: alternative collaboration structures as data.", no_args_is_help=True)
app.add_typer(options_app, name="options")
OptionsDirOpt = typer.Option(None, "--dir", metavar="FOLDER", help="Folder of option files (default: the bundled options/).")
MembersOpt = typer.Option(False, "--members", help="Map today's members (current seats in the loaded store) into each option's groups: people mapped, seats per person, unfilled seats.")


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
    out.print(_safe(written), markup=False)


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
    out.print(_safe(written), markup=False)


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
    out.print(_safe(written), markup=False)


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
    """Show one option (a file or a combination of the vägval): description, assumptions and its groups with parent, seats and meetings.

    Example: samverkan options show en-taktisk-utan-lokala
    """
    from dataclasses import asdict
    from samverkan.loaders.options import find_option

    from samverkan.loaders.vagval import space_file

    options = _read_options(folder)
    if space_file(folder).exists():  # the combinations of the vägval are options too
        options = options + [c.option for c in _read_space(folder).combinations]
    try:
        o = find_option(options, name)
    except SamverkanError as exc:
        _report_lookup_error(exc)
    if as_json:
        sys.stdout.write(_json_safe(json.dumps(asdict(o), ensure_ascii=False, indent=1)) + "\n")
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

    With a vägval file in the folder (options/vagval.toml) the page also draws every composed
    combination and gains the consequence matrix (options × huvudmän, sortable) and filters by
    vägval choice; with --members the matrix adds today's seats (new seats, seats lost).

    Example: samverkan options view -o options.html
    """
    from samverkan.graph.options_view import render_options
    from samverkan.loaders.vagval import space_file

    options = _read_options(folder)
    figs = _figures(options, members, store, neo4j)
    space = cons = None
    if space_file(folder).exists():
        space = _read_space(folder)
        G = _graph(store, neo4j) if members else None
        cons = {o.name: _consequences(o, space, G) for o in options + [c.option for c in space.combinations]}
    written = render_options(options, output, figs, space=space, consequences=cons)
    out.print(_safe(written), markup=False)


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
    """Compare options in one table, one column per option: groups per level, seats, meetings, mandate path.

    With --members also today's members (the current seats in the loaded minutes) mapped into each
    option: people mapped, the most seats one person gets, seats no member fills. The option
    'nuvarande' is checked against the loaded minutes: group names, seats, groups it leaves out.

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
        sys.stdout.write(_json_safe(json.dumps([asdict(f) for f in figs], ensure_ascii=False, indent=1)) + "\n")
        return
    matrix = option_matrix(figs)
    width = terminal_width()
    label = max(len(r["measure"]) for r in matrix)
    column = max([WRAP_MIN] + [len(f.name) for f in figs])
    per_table = max(1, (width - label - 4) // (column + 3))
    for start in range(0, len(figs), per_table):
        part = figs[start:start + per_table]
        title = "Options compared (one column per option)" + (
            f", {start + 1}–{start + len(part)} of {len(figs)}" if len(part) < len(figs) else "")
        print_rows(matrix, False, title=title, columns=["measure", *(f.name for f in part)],
                   wrap={f.name for f in part})
    if members:
        err.print("--members: today's members (the current seats in the loaded minutes) placed in each option's "
                  "groups; people mapped = members placed in at least one group, max seats/person = the most groups "
                  "one person lands in, unfilled = seats for a huvudman that no mapped member fills.", markup=False)
    current = next((o for o in options if o.name == "nuvarande"), None)
    if current is not None:
        _check_current(current, store, neo4j)


def option_matrix(figs) -> list[dict]:
    """The comparison as rows of measures with one column per option, like the HTML page."""
    measures: dict[str, dict] = {}
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
        for k, v in row.items():
            measures.setdefault(k, {"measure": k})[f.name] = v
    return list(measures.values())


def _check_current(option, store, neo4j) -> None:
    """What the option file of today's structure and the loaded minutes disagree on (nothing
    when no store has been loaded)."""
    from samverkan.graph.options import check_against
    from samverkan.graph.stores import open_store, store_path

    if not neo4j and not os.environ.get("NEO4J_URI") and not store_path(store).exists():
        err.print(f"{option.name} is not checked against the minutes: no store loaded yet", markup=False)
        return
    try:
        s = open_store(store, neo4j)
        try:
            G = s.to_networkx()
        finally:
            s.close()
    except SamverkanError as exc:
        err.print(f"{option.name} is not checked against the minutes: {exc}", markup=False)
        return
    found = check_against(option, G)
    sys.stdout.flush()
    out.print(f"{option.name} against the loaded minutes: " + ("they agree" if not found else f"{len(found)} differences"),
              markup=False)
    for line in found:
        out.print(f"  - {line}", markup=False)


# -- the decision space: every combination of the vägval, consequences, underlag -------------

def _read_space(folder):
    from samverkan.loaders.vagval import read_space

    try:
        return read_space(folder)
    except SamverkanError as exc:
        fail(str(exc))


def _today_graph(store, neo4j, quiet: bool = False):
    """Today's graph from the loaded store, or None (said on stderr) when nothing is loaded."""
    from samverkan.graph.stores import store_path

    if not neo4j and not os.environ.get("NEO4J_URI") and not store_path(store).exists():
        if not quiet:
            err.print("not compared with today's groups and seats: no store loaded yet (samverkan load …)", markup=False)
        return None
    try:
        return _graph(store, neo4j)
    except SamverkanError as exc:
        fail(str(exc))


def _find_any(folder, name):
    """An option file or a composed combination by name or title, with the space."""
    from samverkan.loaders.options import find_option

    space = _read_space(folder)
    options = _read_options(folder)
    try:
        return find_option(options + [c.option for c in space.combinations], name), options, space
    except SamverkanError as exc:
        _report_lookup_error(exc)


def _consequences(option, space, G):
    from samverkan.graph.consequences import consequences

    return consequences(option, space.meeting_hours, space.max_seats_per_person, G, principles=space.principles)


def _context(option, options, space) -> tuple[list[str], list[str]]:
    """Where an option sits among the vägval (lines) and the assumptions its figures rest on."""
    from samverkan.graph.vagval import drawn_label, identify

    lines = []
    combo = space.combination(option.name)
    if combo is not None:
        for dim, key in combo.choices:
            d = next(x for x in space.dimensions if x.key == dim)
            lines.append(f"Vägval {dim}: {d.value(key).label}")
        label = drawn_label(space, combo, "ej angiven")
        lines.append(f"Ritat alternativ i protokollet: {label}" if label else "Inget ritat alternativ i protokollet")
    for ident in identify(space, {o.name: o for o in options}):
        if ident.drawn.option != option.name:
            continue
        lines.append(f"Ritat alternativ {ident.drawn.number}: {ident.drawn.wording}")
        lines.append("Vägvalens kombination: " + ", ".join(ident.combinations)
                     + (f" (ej angivet: {', '.join(ident.open_dimensions)})" if ident.open_dimensions else ""))
        lines += [f"Skillnad mot kombinationen: {d}" for d in ident.differences]
        if ident.same_wording:
            lines.append("Samma ordalydelse som ritat alternativ " + ", ".join(map(str, ident.same_wording))
                         + "; skillnader: " + ("; ".join(ident.twin_differences) or "inga"))
    assumptions = [*space.notes, *(x for x in option.assumptions if x not in space.notes)]
    return lines, assumptions


@options_app.command("space")
def options_space(folder: Optional[Path] = OptionsDirOpt, as_json: bool = JsonOpt):
    """Every combination of the vägval (options/vagval.toml), named by its choices, with the drawn alternatives it is.

    The drawn alternatives are placed among the combinations; where the minutes leave a vägval open
    for one, it is every combination with its other choices. Two drawn alternatives with the same
    wording are compared: what their structures and assumptions differ in.

    Example: samverkan options space
    """
    from samverkan.graph.options import figures
    from samverkan.graph.vagval import drawn_label, identify

    space = _read_space(folder)
    options = _read_options(folder)
    idents = identify(space, {o.name: o for o in options})
    missing = [d.option for d in space.drawn if d.option not in {o.name for o in options}]
    if missing:
        fail(f"{folder or 'options'}: drawn alternative(s) name no option file: {', '.join(missing)}")
    rows = []
    for c in space.combinations:
        f = figures(c.option)
        rows.append({"name": c.name, **dict(c.choices), "tactical": f.tactical_groups,
                     "local_fixed": len(f.local_fixed_groups), "seats": f.total_seats,
                     "drawn": drawn_label(space, c), "title": c.option.title})
    if as_json:
        payload = {"dimensions": [{"key": d.key, "question": d.question,
                                   "values": [{"key": v.key, "label": v.label} for v in d.values]} for d in space.dimensions],
                   "combinations": rows,
                   "drawn": [{"number": i.drawn.number, "wording": i.drawn.wording, "option": i.drawn.option,
                              "combinations": i.combinations, "not_stated": i.open_dimensions,
                              "differences": i.differences, "same_wording": i.same_wording,
                              "differences_from_same_wording": i.twin_differences} for i in idents]}
        sys.stdout.write(_json_safe(json.dumps(payload, ensure_ascii=False, indent=1)) + "\n")
        return
    sizes = " × ".join(str(len(d.values)) for d in space.dimensions)
    print_rows(rows, False, title=f"The vägval composed: {sizes} = {len(rows)} combinations",
               columns=["name", *(d.key for d in space.dimensions), "tactical", "local_fixed", "seats", "drawn"])
    for i in idents:
        open_note = f" ({', '.join(i.open_dimensions)} not stated)" if i.open_dimensions else ""
        out.print(f"drawn {i.drawn.number} ({i.drawn.option}): {', '.join(i.combinations) or 'no combination'}{open_note}",
                  markup=False)
        for d in i.differences:
            out.print(f"  drawing vs composition: {d}", markup=False)
        if i.same_wording:
            out.print(f"  same wording as drawn {', '.join(map(str, i.same_wording))}; they differ in:", markup=False)
            for d in i.twin_differences or ["nothing"]:
                out.print(f"    - {d}", markup=False)


@options_app.command("consequences")
def options_consequences(
    name: str = typer.Argument(..., metavar="OPTION", help="An option file or a combination (see: options list, options space)."),
    folder: Optional[Path] = OptionsDirOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
    as_json: bool = JsonOpt,
):
    """What an option means per huvudman and in total, against today's groups and seats, with the principle checks.

    Seats to fill, meeting hours a year (seats × meetings × the assumed meeting length of
    vagval.toml), mandate steps; with a loaded store also today's groups kept, merged, created
    or not taken over, today's members who keep a seat or lose it, new seats per huvudman and
    people over the stated number of seats.

    Example: samverkan options consequences en-taktisk-utan-lokala
    """
    from dataclasses import asdict

    option, options, space = _find_any(folder, name)
    c = _consequences(option, space, _today_graph(store, neo4j))
    if as_json:
        sys.stdout.write(_json_safe(json.dumps(asdict(c), ensure_ascii=False, indent=1)) + "\n")
        return
    out.print(f"{option.name}: {option.title}", markup=False)
    out.print(f"assumed meeting length: {c.meeting_hours:g} h; mandate steps strategic → operativ: "
              f"{'–' if c.mandate_steps is None else c.mandate_steps}", markup=False)
    rows = []
    for f in [*c.per_huvudman, c.total]:
        row = {"huvudman": f.huvudman, "seats": f.seats, "seat-meetings/yr": f.seat_meetings,
               f"hours/yr (×{c.meeting_hours:g} h)": f.meeting_hours}
        if f.new_seats is not None:
            row.update({"keep": f.people_keep, "no seat": f.people_lose, "seats lost": f.seats_lost,
                        "new seats": f.new_seats, "surplus": f.surplus})
        rows.append(row)
    print_rows(rows, False, title="Per huvudman")
    if c.groups is not None:
        for change in ("keep", "merge", "create"):
            for g in (g for g in c.groups if g.change == change):
                out.print(f"{change}: {g.group}" + (f" ← {', '.join(g.today)}" if g.today else ""), markup=False)
        for n in c.dissolve:
            out.print(f"not taken over: {n}", markup=False)
        out.print(f"not compared (no level, or operativ groups for a task): {len(c.not_compared)}", markup=False)
        for p in c.people:
            if not p.keeps or p.lost:
                out.print(f"{p.huvudman}: {p.person} loses {', '.join(p.lost)}" + ("" if p.keeps else " (no seat left)"),
                          markup=False)
        for person, hm, n in c.over_limit:
            out.print(f"over {c.max_seats_per_person} seats: {person} ({hm}) {n}", markup=False)
    for k in c.checks:
        out.print(f"principle {k.number} [{k.status}]: {k.detail}", markup=False)


@options_app.command("underlag")
def options_underlag(
    name: str = typer.Argument(..., metavar="OPTION", help="An option file or a combination (see: options list, options space)."),
    output: Path = typer.Option(..., "--output", "-o", metavar="FILE", help="File to write (.html or .md)."),
    fmt: str = typer.Option("html", "--format", metavar="FORMAT", help="html (the drawing in the tiered layout) or md (an outline)."),
    folder: Optional[Path] = OptionsDirOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """An underlag for the group on one option: its drawing, consequences per huvudman, principle checks, empty SWOT.

    Facts only: the S/W/O/T sections are left for the group to fill.

    Example: samverkan options underlag program-en-vid-behov -o underlag.html
    """
    from samverkan.graph.options_view import Underlag, render_underlag, write_underlag_markdown

    if fmt not in ("html", "md"):
        fail(f"--format '{fmt}': use html or md", 2)
    option, options, space = _find_any(folder, name)
    c = _consequences(option, space, _today_graph(store, neo4j))
    context, assumptions = _context(option, options, space)
    u = Underlag(option, c, context, assumptions)
    try:
        written = render_underlag(u, output) if fmt == "html" else write_underlag_markdown(u, output)
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror or exc})")
    out.print(_safe(written), markup=False)


# -- the named queries ----------------------------------------------------------------------

PickOpt = typer.Option(None, "--pick", metavar="N", help="When the name matches several entries, take number N of the list.")
EvidenceOpt = typer.Option(False, "--evidence", help="Show the words of the minutes each row rests on (the quote; --json always has it).")


def evidence_columns(rows, evidence: bool) -> list[str] | None:
    """The table columns of ``rows``: the ``quote`` column (the words of the minutes a row rests
    on) only with ``evidence``, and then last."""
    from dataclasses import fields

    if not rows:
        return None
    names = [f.name for f in fields(rows[0]) if f.name != "quote"]
    return names + ["quote"] if evidence else names


def print_sections(rows, as_json: bool, titles: dict[str, str], subject: str,
                   headers: dict[str, dict[str, str]] | None = None, shape: dict | None = None,
                   evidence: bool = False) -> None:
    """Rows with a ``section`` field as one table per section, showing only the columns in use.

    The ``subject`` column (the person, organisation or group asked about) becomes the heading;
    ``headers`` renames a section's columns to say what they hold; ``shape`` turns a section's
    rows into the rows to print (e.g. one line per huvudman). The ``quote`` column (the words of
    the minutes a row rests on) shows with ``evidence`` only, as the last column, and a section
    is then printed row by row rather than shaped, so that each row keeps its quote.
    """
    from dataclasses import asdict

    if as_json or not rows:
        print_rows(rows, as_json)
        return
    dicts = [asdict(r) for r in rows]
    out.print(f"[bold]{_cell(dicts[0][subject])}[/bold]", markup=True)
    for section, title in titles.items():
        part = [d for d in dicts if d["section"] == section]
        if not part:
            continue
        if shape and section in shape and not evidence:
            part = shape[section](part)
        cols = [c for c in part[0] if c not in ("section", subject) and (evidence or c != "quote")
                and any(d.get(c) not in (None, "", [], ()) for d in part)]
        print_rows(part, False, title=title, columns=cols, headers=(headers or {}).get(section))


def roster_lines(members: list[dict], limit: int | None) -> list[dict]:
    """A roster as one line per huvudman: how many seats and who (at most ``limit`` names).

    A name marked * holds a seat whose huvudman is inferred from the employer; "förhinder"
    marks a member absent at the group's latest meeting.
    """
    by_hm: dict = {}
    for m in members:
        by_hm.setdefault(m["on_behalf_of"] or "(huvudman not known)", []).append(m)
    lines = []
    for hm, ms in sorted(by_hm.items()):
        ms.sort(key=lambda m: (m["role"] not in ("ordförande", "vice ordförande", "sammankallande"), m["subject"] or ""))
        names = [(m["subject"] or "") + ("*" if "inferred" in (m["detail"] or "") else "")
                 + (f" ({m['role']})" if m["role"] and m["role"] != "ledamot" else "")
                 + (" (förhinder)" if "förhinder" in (m["detail"] or "") else "") for m in ms]
        shown = names if not limit else names[:limit]
        more = f", … +{len(names) - len(shown)} more" if len(shown) < len(names) else ""
        lines.append({"on_behalf_of": hm, "seats": len(ms), "members": ", ".join(shown) + more})
    return lines


@app.command()
def person(
    name: str = typer.Argument(..., metavar="NAME", help="The person's name; case, accents and hyphens do not matter."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    evidence: bool = EvidenceOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """A person's memberships, assignments, items presented and attendance, with sources.

    With --evidence each row shows the words of the minutes it was read from.

    Example: samverkan person "asman" --evidence
    """
    rows = run_query("person", store, neo4j, pick=pick, name=name)
    print_sections(rows, as_json, {
        "membership": "Memberships", "affiliation": "Affiliations (title, organisation; first and latest seen)",
        "assignment": "Assignments", "presented": "Items presented",
        "attendance": "Attendance per group", "meeting": "Meetings"}, "person",
        headers={"affiliation": {"group": "organisation", "role": "title", "date": "first seen", "until": "latest seen"},
                 "presented": {"detail": "item title"}, "assignment": {"group": "given by", "detail": "task"},
                 "meeting": {"role": "roles"}}, evidence=evidence)


@app.command()
def org(
    name: str = typer.Argument(..., metavar="NAME", help="A huvudman or unit, e.g. 'Ronneby' or 'Region Blekinge'."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    evidence: bool = EvidenceOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Who sits for a huvudman or unit, in which groups and roles; groups where it has no seat.

    With --evidence each row shows the words of the minutes it was read from.

    Example: samverkan org Karlshamn
    """
    rows = run_query("org", store, neo4j, pick=pick, name=name)
    print_sections(rows, as_json, {
        "member": "Seats held for it (via: stated in the minutes, or inferred from the employer)",
        "guest": "Guests and presenters for it (not members)",
        "employed": "Employed there (role = title)",
        "no_seat": "Groups where it has no seat (via: gap kind; detail: evidenced or inferred)",
        "not_covered": "Groups that expect it, with no roster in the loaded minutes"}, "organisation",
        headers={"employed": {"role": "title", "date": "latest seen"}, "no_seat": {"via": "gap", "detail": "basis",
                                                                             "source": "evidence"},
                 "member": {"via": "huvudman", "date": "since"}}, evidence=evidence)


@app.command()
def group(
    name: str = typer.Argument(..., metavar="NAME", help="A group, e.g. 'LSVO' or 'att åldras'."),
    latest: int = typer.Option(1, "--latest", metavar="N", help="How many of the latest meetings' decisions to show."),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="N", min=0, help="At most this many names per huvudman in the roster (default 5; 0: all; --json lists everyone)."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    evidence: bool = EvidenceOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """A group's level, parent, roster by huvudman, mandates, attendance rate and latest decisions.

    The roster prints one line per huvudman; --json gives one row per member, and so does
    --evidence, each row with the words of the minutes it was read from.

    Example: samverkan group LSVO
    """
    rows = run_query("group", store, neo4j, pick=pick, name=name, latest=latest)
    names = 5 if limit is None else limit
    print_sections(rows, as_json, {
        "level": "Level", "parent": "Parent",
        "member": "Roster: seats per huvudman (* huvudman inferred from the employer)", "mandate_in": "Mandates in",
        "mandate_out": "Mandates out", "attendance": "Attendance", "decision": "Latest decisions"}, "group",
        headers={"level": {"detail": "level"}, "parent": {"subject": "parent"},
                 "mandate_in": {"subject": "from", "detail": "kind"}, "mandate_out": {"subject": "to", "detail": "kind"},
                 "attendance": {"value": "rate"}, "decision": {"role": "classification", "detail": "decision"}},
        shape={"member": lambda part: roster_lines(part, names)}, evidence=evidence)


@app.command()
def gaps(
    group_name: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="Only this group, with the huvudmän that have no seat in it."),
    min_seats: int = typer.Option(3, "--min-seats", metavar="N", help="Flag people holding at least this many seats."),
    min_tasks: int = typer.Option(5, "--min-tasks", metavar="N", help="Flag people holding at least this many open tasks."),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="N", min=0, help="At most this many gaps of each kind, the newest (default 25; 0: all)."),
    pick: Optional[int] = PickOpt,
    as_json: bool = JsonOpt,
    evidence: bool = EvidenceOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Membership gaps with their evidence: representation, vacancies, attendance, tasks, concentration.

    Each gap says how it is known — evidenced, inferred, or its group not covered by the loaded
    minutes — and the table lists evidenced gaps first. Each kind shows its newest gaps
    (concentration: the people holding most) up to --limit. With --evidence a gap that rests on
    one sentence or line of the minutes shows it (quote).

    Example: samverkan gaps --group "Styrgrupp för jämlik hälsa"
    """
    rows = run_query("gaps", store, neo4j, pick=pick, group=group_name, min_seats=min_seats, min_tasks=min_tasks,
                     limit=limit)
    if as_json or not rows:
        print_rows(rows, as_json)
        return
    titles = {"evidenced": "Evidenced: the minutes state it (a composition, an appointment, a vacancy, a list)",
              "inferred": "Inferred: from rosters over several meetings or from employers",
              "not covered": "Not covered: no roster of the group in the loaded minutes"}
    columns = [c for c in ("kind", "group", "subject", "detail", "evidence", "date", *(("quote",) if evidence else ()))]
    for basis, title in titles.items():
        part = [r for r in rows if r.basis == basis]
        if part:
            cols = [c for c in columns if any(getattr(r, c) not in (None, "") for r in part)]
            print_rows(part, False, title=title, columns=cols)
    if rows.omitted:
        counts = ", ".join(f"{n} {kind}" for kind, n in rows.omitted.items())
        sys.stdout.flush()
        err.print(f"not shown: {counts} more; --limit 0 shows all", markup=False)


@app.command()
def mandates(
    evidence: bool = EvidenceOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """The mandate tree from politisk down to operativ, and bodies with no mandate path to LSVO or PSVO.

    With --evidence each row shows the words of the minutes that state it.

    Example: samverkan mandates --evidence
    """
    rows = run_query("mandates", store, neo4j)
    print_rows(rows, as_json, columns=evidence_columns(rows, evidence))


@app.command()
def decisions(
    group_name: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="Only decisions of this group."),
    since: Optional[str] = DateOpt("--since", "Meetings on or after this date (YYYY-MM-DD); a date range overlapping it counts."),
    until: Optional[str] = DateOpt("--until", "Meetings on or before this date (YYYY-MM-DD); a date range overlapping it counts."),
    text: Optional[str] = typer.Option(None, "--text", metavar="TEXT", help="Decisions whose text contains this (accents and case ignored)."),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="N", min=0, help="At most this many decisions, the newest (default 100; 0: all)."),
    pick: Optional[int] = PickOpt,
    evidence: bool = EvidenceOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Decisions with their meeting, item and source, newest first.

    With --evidence each row shows the words of the minutes it was read from.

    Example: samverkan decisions --group LSVO --since 2024-01-01 --text uppdrag
    """
    rows = run_query("decisions", store, neo4j, pick=pick, group=group_name, since=since, until=until, text=text,
                     limit=limit)
    print_rows(rows, as_json, columns=evidence_columns(rows, evidence))


@app.command()
def meetings(
    group_name: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="Only meetings of this group."),
    since: Optional[str] = DateOpt("--since", "Meetings on or after this date (YYYY-MM-DD); a date range overlapping it counts."),
    until: Optional[str] = DateOpt("--until", "Meetings on or before this date (YYYY-MM-DD); a date range overlapping it counts."),
    limit: Optional[int] = typer.Option(None, "--limit", metavar="N", min=0, help="At most this many meetings, the latest (default 100; 0: all)."),
    pick: Optional[int] = PickOpt,
    evidence: bool = EvidenceOpt,
    as_json: bool = JsonOpt,
    store: Optional[str] = StoreOpt,
    neo4j: Optional[str] = Neo4jOpt,
):
    """Meetings with their body, level and counts of items, decisions and attendance, in date order.

    With --evidence each row shows the header lines of the minutes that state its body and date.

    Example: samverkan meetings --group LSVO
    """
    rows = run_query("meetings", store, neo4j, pick=pick, group=group_name, since=since, until=until, limit=limit)
    print_rows(rows, as_json, columns=evidence_columns(rows, evidence))


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
    """Remove a person's personal data (name, surface forms, affiliations, the name in every text), keeping the structure.

    The person's seats, tasks and attendance stay in the graph under a keyed pseudonym, so
    counts and gaps remain right; the name and its known forms are redacted in decisions, items,
    tasks and places. Minutes that name the person should also be removed from the archive, or
    they come back on the next load.

    Example: samverkan forget "Anna Lindqvist" --yes
    """
    from samverkan.graph.privacy import pseudonym, secret_for
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
        if not yes and not typer.confirm(terminal_safe(f"remove the personal data of {display}?")):
            raise typer.Exit(1)
        alias = pseudonym(pid, secret_for(store, neo4j))
        changed = s.forget_person(pid, alias)
    except NotFound as exc:
        fail(str(exc), 1)
    except SamverkanError as exc:
        fail(str(exc))
    finally:
        s.close()
    # the id is derived from the name: printing it would let anyone with a name list re-identify the person
    out.print(f"forgotten: now shown as {alias}; {changed} properties and edges with personal data removed "
              f"or redacted", markup=False)


# ------------------------------------------------------------------------------ review and correct
correct_app = typer.Typer(help="Record the coordinator's decisions in the corrections file and apply them to the "
                               "store.\n\nsamverkan review shows, for each thing the loaders are unsure of, the command "
                               "that settles it.\n\n"
                               "Example: samverkan correct same \"Helene Andersson\" \"Helen Andersson\"",
                          no_args_is_help=True)
app.add_typer(correct_app, name="correct")
add_app = typer.Typer(help="Add a fact the minutes imply but the loaders missed.\n\n"
                           "Example: samverkan correct add assignment 000_adebbee7ca96b066.txt "
                           "\"Se över kontaktvägar\" --assignee \"Nuray Iliev\"", no_args_is_help=True)
correct_app.add_typer(add_app, name="add")
CorrectionsOpt = typer.Option(None, "--corrections", metavar="FILE",
                              help="Corrections file (default: $SAMVERKAN_CORRECTIONS or samverkan-corrections.toml here).")
NoteOpt = typer.Option(None, "--note", metavar="TEXT", help="Why: kept with the decision.")


def read_corrections_option(corrections: Optional[str], strict: bool = False):
    """The corrections file for a command; with ``strict`` (load) a file named by --corrections must exist
    (the default file, or the one SAMVERKAN_CORRECTIONS names, holds no decisions until one is recorded)."""
    from samverkan.loaders.corrections import read_corrections

    return read_corrections(corrections, missing_ok=not (strict and corrections))


def print_stale(stale, corrections) -> None:
    for c in stale:
        err.print(f"warning: {_safe(corrections.where(c))}: correction {c.id} ({_safe(c.describe())}) matches "
                  f"nothing in the loaded minutes; it is kept, not applied (see: samverkan review)", markup=False)


def _apply_to_store(corrections_file, store, neo4j) -> None:
    """Apply the corrections file to the store at once, if there is one."""
    from samverkan.graph.stores import neo4j_uri, store_path
    from samverkan.loaders.knowledge import load_knowledge
    from samverkan.loaders.pipeline import load_paths
    from samverkan.queries.facts import keep_facts

    if not neo4j_uri(neo4j) and not store_path(store).exists():
        out.print("no store yet: the decision applies when minutes are loaded", markup=False)
        return
    cs = read_corrections_option(corrections_file)
    s = _open(store, neo4j, writable=True)
    try:
        report = load_paths([], s, knowledge=load_knowledge(), corrections=cs, jobs=1)
        keep_facts(s)
    except SamverkanError as exc:
        s.__exit__(type(exc), exc, None)
        fail(str(exc))
    s.close()
    for doc in report.documents:
        if not doc.ok:
            err.print(f"error: {_safe(doc.error)}", markup=False)
    written = report.count("replaced", "loaded")
    out.print(f"applied: {written} document{'s' if written != 1 else ''} written again with the corrections",
              markup=False)
    print_stale(report.stale, cs)


def _record(kind: str, fields: dict, note, corrections_file, store, neo4j) -> None:
    from samverkan.loaders.corrections import corrections_path, record_correction

    try:
        c, new = record_correction(kind, fields, note=note, path=corrections_file or None)
    except SamverkanError as exc:
        fail(str(exc), 2)
    where = corrections_path(corrections_file)
    out.print(f"{'recorded' if new else 'already recorded'} {c.id} in {_safe(where)}: {_safe(c.describe())}",
              markup=False)
    _apply_to_store(corrections_file, store, neo4j)


@correct_app.command("same")
def correct_same(person: str = typer.Argument(..., metavar="PERSON", help="The name to keep."),
                 other: str = typer.Argument(..., metavar="OTHER", help="The name that is the same person."),
                 note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                 store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """Two people in the store are one: OTHER's facts become PERSON's.

    Example: samverkan correct same "Helene Andersson" "Helen Andersson" --note "same e-mail address"
    """
    _record("same", {"person": person, "other": other}, note, corrections, store, neo4j)


@correct_app.command("different")
def correct_different(person: str = typer.Argument(..., metavar="PERSON"),
                      other: str = typer.Argument(..., metavar="OTHER"),
                      note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                      store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """Two names are different people: a short form is never read as the other, and review stops asking.

    Example: samverkan correct different "Helen Andersson" "Helene Andersson"
    """
    _record("different", {"person": person, "other": other}, note, corrections, store, neo4j)


@correct_app.command("rename")
def correct_rename(person: str = typer.Argument(..., metavar="PERSON"),
                   name: str = typer.Argument(..., metavar="NAME"),
                   note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                   store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """A person's name as it should be (a title read as part of it, a short form whose owner is known).

    Example: samverkan correct rename Heidi "Heidi Nilsson"
    """
    _record("rename", {"person": person, "name": name}, note, corrections, store, neo4j)


@correct_app.command("not-person")
def correct_not_person(text: str = typer.Argument(..., metavar="TEXT"),
                       note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                       store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """TEXT was read as a person but is not one: the person and the facts about them go.

    Example: samverkan correct not-person "Verksamhetschef Hälsoval"
    """
    _record("not-person", {"text": text}, note, corrections, store, neo4j)


@correct_app.command("mention")
def correct_mention(document: str = typer.Argument(..., metavar="DOCUMENT", help="File name of the minutes."),
                    text: str = typer.Argument(..., metavar="TEXT", help="The short name as written."),
                    person: str = typer.Argument(..., metavar="PERSON"),
                    note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                    store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """In DOCUMENT, the short name TEXT is PERSON.

    Example: samverkan correct mention 000_adebbee7ca96b066.txt Mats "Mats Berggren"
    """
    _record("mention", {"document": document, "text": text, "person": person}, note, corrections, store, neo4j)


@correct_app.command("meeting")
def correct_meeting(document: str = typer.Argument(..., metavar="DOCUMENT", help="File name of the minutes."),
                    date: Optional[str] = DateOpt("--date", "The meeting's date (YYYY-MM-DD)."),
                    group: Optional[str] = typer.Option(None, "--group", metavar="GROUP", help="The body that met."),
                    note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                    store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """The date and/or body of the meeting DOCUMENT records.

    Example: samverkan correct meeting 001_4afcb9de932cb050.txt --date 2021-06-11 --group LSVO
    """
    _record("meeting", {"document": document, "date": date, "group": group}, note, corrections, store, neo4j)


@correct_app.command("group")
def correct_group(group: str = typer.Argument(..., metavar="GROUP"),
                  level: Optional[str] = typer.Option(None, "--level", metavar="LEVEL",
                                                      help="politisk, strategisk, taktisk or operativ."),
                  parent: Optional[str] = typer.Option(None, "--parent", metavar="PARENT", help="The group it sits under."),
                  alias: Optional[List[str]] = typer.Option(None, "--alias", metavar="NAME", help="Another name (repeatable)."),
                  note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                  store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """A group's level, parent or other names.

    Example: samverkan correct group "Referensgrupp FoU" --level operativ --parent LSVO
    """
    _record("group", {"group": group, "level": level, "parent": parent, "aliases": list(alias or [])},
            note, corrections, store, neo4j)


@correct_app.command("person")
def correct_person(person: str = typer.Argument(..., metavar="PERSON"),
                   organisation: str = typer.Option(..., "--organisation", metavar="ORG", help="Who the person works for."),
                   note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                   store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """The organisation a person works for.

    Example: samverkan correct person "Mats Berggren" --organisation "Karlskrona kommun"
    """
    _record("person", {"person": person, "organisation": organisation}, note, corrections, store, neo4j)


@correct_app.command("drop")
def correct_drop(fact: str = typer.Argument(..., metavar="FACT", help="The id of a decision, task, membership, "
                                                                         "mandate ... as export and --json show it."),
                 note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                 store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """A fact the loaders read that the minutes do not say.

    Example: samverkan correct drop assignment:0123456789abcdef
    """
    _record("drop", {"fact": fact}, note, corrections, store, neo4j)


@add_app.command("membership")
def correct_add_membership(person: str = typer.Argument(..., metavar="PERSON"),
                           group: str = typer.Argument(..., metavar="GROUP"),
                           document: str = typer.Option(..., "--document", metavar="DOCUMENT",
                                                        help="The minutes that imply it (file name)."),
                           role: Optional[str] = typer.Option(None, "--role", metavar="ROLE"),
                           on_behalf_of: Optional[str] = typer.Option(None, "--on-behalf-of", metavar="ORG"),
                           note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                           store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """PERSON has a seat in GROUP, as DOCUMENT implies.

    Example: samverkan correct add membership "Mats Berggren" LSVO --document 003_0584372c7ed2cc1a.txt --on-behalf-of "Karlskrona kommun"
    """
    _record("add-membership", {"document": document, "person": person, "group": group, "role": role,
                               "on_behalf_of": on_behalf_of}, note, corrections, store, neo4j)


@add_app.command("assignment")
def correct_add_assignment(document: str = typer.Argument(..., metavar="DOCUMENT", help="File name of the minutes."),
                           task: str = typer.Argument(..., metavar="TASK"),
                           assignee: List[str] = typer.Option(..., "--assignee", metavar="NAME",
                                                              help="Who was asked (repeatable)."),
                           due: Optional[str] = typer.Option(None, "--due", metavar="WHEN"),
                           note: Optional[str] = NoteOpt, corrections: Optional[str] = CorrectionsOpt,
                           store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """A task given in DOCUMENT that the loaders missed.

    Example: samverkan correct add assignment 000_adebbee7ca96b066.txt "Se över kontaktvägar" --assignee "Nuray Iliev"
    """
    _record("add-assignment", {"document": document, "task": task, "assignees": list(assignee), "due": due},
            note, corrections, store, neo4j)


@correct_app.command("remove")
def correct_remove(correction_id: str = typer.Argument(..., metavar="ID", help="The correction's id (see: correct list)."),
                   corrections: Optional[str] = CorrectionsOpt,
                   store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """Take a decision back out of the corrections file (and the store).

    Example: samverkan correct remove c-0123456789
    """
    from samverkan.loaders.corrections import remove_correction

    try:
        c = remove_correction(correction_id, path=corrections or None)
    except SamverkanError as exc:
        fail(str(exc), 2)
    out.print(f"removed {c.id}: {_safe(c.describe())}", markup=False)
    _apply_to_store(corrections, store, neo4j)


@correct_app.command("list")
def correct_list(corrections: Optional[str] = CorrectionsOpt, as_json: bool = JsonOpt,
                 store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt):
    """The decisions in the corrections file, where each applied and what the loaders had read.

    Example: samverkan correct list
    """
    from samverkan.graph.stores import neo4j_uri, store_path
    from samverkan.loaders.corrections import stored_corrections

    try:
        cs = read_corrections_option(corrections)
        state = None
        if neo4j_uri(neo4j) or store_path(store).exists():
            s = _open(store, neo4j)
            try:
                state = stored_corrections(s)
            finally:
                s.close()
    except SamverkanError as exc:
        fail(str(exc))
    rows = [{"id": c.id, "kind": c.kind, "correction": c.describe(), "when": c.when, "note": c.note,
             "line": c.line, "applied_in": (state.applied.get(c.id, []) if state else None),
             "status": ("not loaded" if state is None else "applied" if c.id in state.applied else "stale"),
             "original": (state.originals.get(c.id, []) if state else None)} for c in cs.entries]
    print_rows(rows, as_json, columns=["id", "status", "correction", "original", "when"])


@app.command()
def review(store: Optional[str] = StoreOpt, neo4j: Optional[str] = Neo4jOpt,
           corrections: Optional[str] = CorrectionsOpt, as_json: bool = JsonOpt,
           limit: int = typer.Option(50, "--limit", metavar="N", help="Show this many entries (0: all).")):
    """What the loaders are unsure of, most consequential first, each with the command that settles it.

    Example: samverkan review --limit 20
    """
    from samverkan.loaders.corrections import stored_corrections
    from samverkan.loaders.review import review_entries

    try:
        cs = read_corrections_option(corrections)
        s = _open(store, neo4j)
        try:
            entries = review_entries(s.to_networkx(), cs, stored_corrections(s))
        finally:
            s.close()
    except SamverkanError as exc:
        fail(str(exc))
    shown = entries if limit == 0 else entries[:limit]
    if as_json:
        sys.stdout.write(_json_safe(json.dumps([e.as_dict() for e in shown], ensure_ascii=False, indent=1)) + "\n")
    else:
        for i, e in enumerate(shown, 1):
            facts = "" if e.kind == "stale_correction" else f" [{e.weight} fact{'s' if e.weight != 1 else ''}]"
            out.print(f"{i:>3}. {e.kind:16s} {_safe(e.subject)}: {_safe(e.detail)}{facts}", markup=False)
            out.print(f"     {_safe(e.command)}", markup=False)
            for alt in e.other_commands:
                out.print(f"     or: {_safe(alt)}", markup=False)
        if len(entries) > len(shown):
            sys.stdout.flush()
            err.print(f"not shown: {len(entries) - len(shown)} more; --limit 0 shows all", markup=False)
    if not entries:
        if not as_json:
            err.print("nothing to review")
        raise typer.Exit(1)


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
    if (patterns := sys.modules.get("samverkan.loaders.pattern_cache")) is not None:
        patterns.save()  # the one thing atexit would have done: keep the patterns this run compiled
    os._exit(code or 0)


if __name__ == "__main__":
    main()
