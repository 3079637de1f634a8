"""The one entry point the CLI calls to load minutes: read → parse → relations → resolve → write.

Files are read and parsed independently (in parallel with ``jobs > 1``); resolution then sees
the whole batch plus the people already in the store, so a short form in one document can be
resolved from a full name in another; each document is then written whole or not at all.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import multiprocessing.util
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from samverkan.graph.errors import ReadError, SamverkanError, StoreUnavailable, StoreWriteError
from samverkan.graph.model import DocumentFacts
from samverkan.graph.store import Store, WriteCounts
from samverkan.loaders import pattern_cache
from samverkan.loaders.gc_pause import fewer_collections
from samverkan.loaders.read import DEFAULT_MAX_BYTES, is_minutes_file, read_document
from samverkan.loaders.types import ParsedMinutes, RawDocument, RawRelations

log = logging.getLogger("samverkan.load")

RESOLVE_BATCH = 1000  # documents resolved together


@dataclass
class DocumentReport:
    """What happened to one file."""

    path: str
    status: str  # loaded | replaced | unchanged | duplicate | failed | skipped
    group: str | None = None
    date: str | None = None
    date_range: tuple[str, str] | None = None
    items: int = 0
    decisions: int = 0
    people: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    counts: WriteCounts = field(default_factory=WriteCounts)

    @property
    def ok(self) -> bool:
        return self.status not in ("failed", "skipped")


@dataclass
class LoadReport:
    documents: list[DocumentReport] = field(default_factory=list)
    seconds: float = 0.0
    stale: list = field(default_factory=list)  # corrections that matched nothing (loaders.corrections)

    def count(self, *statuses: str) -> int:
        return sum(1 for d in self.documents if d.status in statuses)

    @property
    def failed(self) -> int:
        return self.count("failed", "skipped")


def iter_minutes_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[DocumentReport]]:
    """Expand files and folders (recursively) into minutes files, sorted; report missing paths."""
    files: list[Path] = []
    problems: list[DocumentReport] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and is_minutes_file(f)))
        elif p.is_file():
            files.append(p)
        else:
            problems.append(DocumentReport(str(p), "failed", error=f"{p}: no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


@dataclass
class _Parsed:
    raw: RawDocument
    parsed: ParsedMinutes
    relations: RawRelations


def _sidecar(path: Path) -> dict:
    """Optional ``NAME.meta.json`` beside a file: {"group": ..., "date": ...} for undated minutes."""
    side = path.with_name(path.name + ".meta.json")
    if not side.exists():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReadError(side, f"unreadable sidecar: {exc}") from exc
    return data if isinstance(data, dict) else {}


def parse_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES, default_date: str | None = None,
               knowledge=None) -> _Parsed:
    """Read and parse one file (a picklable unit of work for parallel parsing); ``knowledge`` is
    the knowledge file, applied as it fits these minutes (:meth:`Knowledge.for_text`)."""
    from samverkan.loaders.extract import parse_minutes
    from samverkan.loaders.relations import extract_relations

    raw = read_document(path, max_bytes=max_bytes)
    meta = _sidecar(Path(path))
    parsed = parse_minutes(raw.text, raw.path, default_date=meta.get("date") or default_date, written_as=raw.written_as)
    parsed.warnings[:0] = raw.notes  # "read by OCR …": how far the text itself is to be trusted
    if meta.get("date") and parsed.date_basis == "option":
        parsed.date_basis = "sidecar"
    if meta.get("group") and not parsed.body:
        parsed.body = meta["group"]
        parsed.body_basis = "sidecar"
    return _Parsed(raw, parsed, extract_relations(parsed, knowledge.for_text(raw.text) if knowledge else None))


def _parse_one(args) -> tuple[str, _Parsed | None, str | None]:
    path, max_bytes, default_date, knowledge = args
    try:
        return path, parse_file(path, max_bytes, default_date, knowledge), None
    except SamverkanError as exc:
        return path, None, str(exc)
    except MemoryError:
        return path, None, f"{path}: too large to parse in memory (not loaded)"
    except RecursionError:
        return path, None, f"{path}: nested too deeply to parse (not loaded)"
    except Exception as exc:  # one file's failure, whatever it is, must not cost the others
        log.debug("parsing %s failed", path, exc_info=True)
        return path, None, f"{path}: could not be parsed ({_reason(exc)}); the other files are loaded"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


@fewer_collections
def load_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    knowledge=None,
    default_group: str | None = None,
    default_date: str | None = None,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_document: Callable[[DocumentReport], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    corrections=None,
) -> LoadReport:
    """Load minutes files and folders into a store; returns a report per document.

    ``corrections`` (:class:`loaders.corrections.Corrections`) are applied to every document
    written; a stored document written under other corrections is loaded again from its file,
    so the store always holds the minutes with the current corrections. Corrections that match
    nothing in the store afterwards are listed in ``report.stale``.
    """
    from samverkan.loaders.corrections import (batch_index, resolution_hints, stale_corrections,
                                               stored_corrections)
    from samverkan.loaders.knowledge import load_knowledge
    from samverkan.loaders.resolve import resolve_documents

    started = time.perf_counter()
    knowledge = knowledge or load_knowledge()
    report = LoadReport()

    def emit(doc: DocumentReport) -> None:
        report.documents.append(doc)
        if on_document:
            on_document(doc)

    # A written document is reported once the store has made it durable (at flush), never before.
    unflushed: list[DocumentReport] = []

    def written(doc: DocumentReport) -> None:
        if doc.ok:
            unflushed.append(doc)
        else:
            emit(doc)

    files, problems = iter_minutes_files(paths)
    for p in problems:
        emit(p)

    hints = resolution_hints(corrections)
    digest = corrections.digest if corrections is not None else None
    recorrect: set[str] = set()
    pending_removal: list[str] = []
    if corrections is not None and store.sources():
        # documents written under other corrections are written again, all of them, from their
        # files: resolution then sees what a fresh store would see, so the answers are the same
        digests = stored_corrections(store).digests
        stale_docs = [s for s in store.sources() if digests.get(s.id) != digest]
        if stale_docs:
            listed = {str(f.resolve()) for f in files}
            for s in stale_docs:
                where = Path(s.path)
                if not where.is_file():
                    log.warning("%s: not found, so kept as loaded without the current corrections", s.path)
                    continue
                if str(where.resolve()) not in listed:
                    files.append(where)
                    listed.add(str(where.resolve()))
                recorrect.add(str(where.resolve()))
                pending_removal.append(s.id)

    # (documents to write again are removed once the first batch has parsed, just before it is
    # resolved: an interrupted parse leaves the store as it was)
    known = {s.sha256: s for s in store.sources() if s.id not in pending_removal}
    by_path = {str(Path(s.path).resolve()): s for s in store.sources() if s.id not in pending_removal}
    todo: list[str] = []
    batch_hashes: dict[str, str] = {}
    hashes = _hash_files(files, max_bytes)
    for f in files:
        digest = hashes.get(str(f))
        if isinstance(digest, Exception):
            emit(DocumentReport(str(f), "failed", error=str(digest)))
            continue
        if digest in known:
            same = str(Path(known[digest].path).resolve()) == str(f.resolve())
            emit(DocumentReport(str(f), "unchanged" if same else "duplicate",
                                error=None if same else f"{f}: same content as {known[digest].path}, loaded once"))
            continue
        if digest in batch_hashes:
            emit(DocumentReport(str(f), "duplicate", error=f"{f}: same content as {batch_hashes[digest]}, loaded once"))
            continue
        batch_hashes[digest] = str(f)
        todo.append(str(f))

    work = [(p, max_bytes, default_date, knowledge) for p in todo]
    state = {"written": 0, "seeded": False}

    def settle(batch: list[_Parsed]) -> None:
        """Resolve a batch against the people already stored, then write it document by document."""
        if not batch:
            return
        while pending_removal:
            store.remove_source(pending_removal.pop())
        people = list(store.known_people())
        follow_ups = any(a.follows_up for x in batch for a in x.relations.assignments)
        known_tasks = store.assignments() if follow_ups else ()

        def resolve(part: list[_Parsed]):
            return resolve_documents([(x.raw, x.parsed, x.relations) for x in part], knowledge, people,
                                     default_group=default_group, default_date=default_date,
                                     known_assignments=known_tasks, hints=hints)

        try:
            facts_list = resolve(batch)
        except Exception:  # one document broke resolution: resolve each alone, fail only that one
            log.debug("resolving a batch failed; resolving its documents one by one", exc_info=True)
            kept, facts_list = [], []
            for x in batch:
                try:
                    facts_list.extend(resolve([x]))
                    kept.append(x)
                except Exception as exc:
                    emit(DocumentReport(x.raw.path, "failed", error=f"{x.raw.path}: could not be resolved "
                                                                    f"({_reason(exc)}); the other files are loaded"))
            batch = kept
        if not state["seeded"] and any(knowledge.is_about(x.raw.text) for x in batch):
            seed = _knowledge_rows(knowledge)
            if seed:
                store.write_knowledge(*seed)
            state["seeded"] = True
        index = batch_index(facts_list, knowledge) if corrections is not None and corrections.entries else None
        for x, facts in zip(batch, facts_list):
            try:
                with _interrupts_deferred():
                    written(_write(store, x, facts, by_path, corrections, index, recorrect))
            except StoreUnavailable as exc:
                raise StoreUnavailable(f"{exc}; {state['written']} of {len(todo)} documents were written before "
                                       f"that, the one being written was rolled back: run the same load again "
                                       f"to finish") from exc
            state["written"] += 1

    # Batches bound the memory a large corpus needs; a later batch resolves short names against
    # the people the earlier ones stored, as a later load does.
    batch: list[_Parsed] = []

    def store_written() -> None:
        """Make the written documents durable, then report them; on a write failure report them failed."""
        try:
            store.flush()
        except StoreUnavailable:
            raise
        except Exception as exc:  # disk full, read-only folder, quota ...: nothing of this run is stored
            reason = _write_failure(exc)
            for doc in unflushed:
                doc.status, doc.error = "failed", f"{doc.path}: not stored: {reason}"
                emit(doc)
            raise StoreWriteError(f"cannot write the store: {reason}; none of the {len(unflushed)} documents "
                                  f"parsed in this run were stored, the store is as it was: free space and run "
                                  f"the same load again") from exc
        for doc in unflushed:
            emit(doc)
        unflushed.clear()

    try:
        for path, result, error in _map(work, jobs, progress):
            if error:
                emit(DocumentReport(path, "failed", error=error))
                continue
            batch.append(result)
            if len(batch) >= RESOLVE_BATCH:
                settle(batch)
                batch = []
        settle(batch)
    except KeyboardInterrupt:
        store_written()  # the documents written whole before the interrupt are kept, and said so
        raise
    except StoreUnavailable:
        try:
            store_written()  # those the store took before it went away are kept: say so
        except SamverkanError:
            pass  # the store is gone: the error being raised says what to do
        raise
    store_written()
    if corrections is not None and corrections.entries:
        report.stale = stale_corrections(corrections, stored_corrections(store))
    report.seconds = time.perf_counter() - started
    return report


def _write_failure(exc: BaseException) -> str:
    """A write failure as its user knows it: "No space left on device", "File too large" ..."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror + (f" ({exc.filename})" if exc.filename else "")
    return _reason(exc)


def _hash_files(files: list[Path], max_bytes: int) -> dict[str, str | Exception]:
    import hashlib

    out: dict[str, str | Exception] = {}
    for f in files:
        try:
            size = f.stat().st_size
            if size > max_bytes:
                raise ReadError(f, f"file is {size / 1e6:.1f} MB, over the size cap of {max_bytes / 1e6:.1f} MB "
                                   f"(raise it with --max-size)")
            out[str(f)] = hashlib.sha256(f.read_bytes()).hexdigest()
        except ReadError as exc:
            out[str(f)] = exc
        except OSError as exc:
            out[str(f)] = ReadError(f, f"cannot read: {exc.strerror or exc}")
    return out


def _map(work, jobs: int, progress):
    total = len(work)
    done = 0
    if jobs <= 1 or total < 32:  # starting worker processes costs more than a few documents take
        for w in work:
            yield _parse_one(w)
            done += 1
            if progress:
                progress(done, total)
        return
    with parse_pool(jobs) as pool:
        results = pool.map(_parse_one, work, chunksize=max(1, min(64, total // (jobs * 8) or 1)))
        try:
            for result in results:
                yield result
                done += 1
                if progress:
                    progress(done, total)
        except BrokenProcessPool:
            pass  # a worker died (killed for memory, a crash in a PDF library): the rest are retried
        else:
            return
    for w in work[done:]:
        yield _parse_isolated(w)
        done += 1
        if progress:
            progress(done, total)


def _parse_isolated(w) -> tuple[str, _Parsed | None, str | None]:
    """Parse one file in a process of its own, so that if it kills its process only it fails."""
    try:
        with parse_pool(1) as pool:
            return pool.submit(_parse_one, w).result()
    except BrokenProcessPool:
        return w[0], None, f"{w[0]}: the parser's process died on this file (out of memory?); not loaded"


def parse_pool(jobs: int) -> ProcessPoolExecutor:
    """Worker processes for parsing that end when the process that started them ends, even when
    it is killed (they would otherwise wait for work for ever)."""
    return ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with_parent, initargs=(os.getpid(),))


def _exit_with_parent(parent: int) -> None:
    """In a worker: be killed with the parent (Linux prctl), and on any system leave when it is gone."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the line above ran
        os._exit(1)
    # a worker leaves through multiprocessing's exit, which runs its finalizers but not atexit's functions
    multiprocessing.util.Finalize(None, pattern_cache.save, exitpriority=0)

    def watch():
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _write(store: Store, x: _Parsed, facts: DocumentFacts, by_path: dict, corrections=None, index=None,
           recorrect: set[str] = frozenset()) -> DocumentReport:
    from samverkan.loaders.corrections import corrected_rows

    where = str(Path(x.raw.path).resolve())
    if facts.source.path != where:
        # a document is known by its absolute path (and content hash), not by the path as given:
        # loaded again from another working folder it is the same document
        facts = dataclasses.replace(facts, source=dataclasses.replace(facts.source, path=where))
    previous = by_path.get(where)
    replaces = previous.id if previous and previous.sha256 != x.raw.sha256 else None
    rows, facts, _ = corrected_rows(facts, corrections, index=index)
    doc = DocumentReport(
        x.raw.path, "replaced" if replaces or where in recorrect else "loaded",
        group=_group_name(facts), date=facts.meeting.date, date_range=facts.meeting.date_range,
        items=len(facts.items), decisions=len(facts.decisions), people=len(facts.persons),
        warnings=_warnings(x.raw.path, facts.warnings),
    )
    # names are personal data: only at the debug level (samverkan -v), never by default
    log.debug("%s: people %s", Path(x.raw.path).name, ", ".join(sorted(p.name for p in facts.persons)))
    try:
        doc.counts = store.write_document(rows, replaces=replaces)
    except StoreUnavailable:
        raise  # the store is gone: the documents after this one would fail the same way
    except SamverkanError as exc:
        doc.status, doc.error = "failed", f"{x.raw.path}: {exc}"
    except Exception as exc:  # a write failure (disk full ...) or a fault in this document's rows
        log.debug("writing %s failed", x.raw.path, exc_info=True)
        doc.status, doc.error = "failed", f"{x.raw.path}: not stored: {_write_failure(exc)}"
    return doc


@contextmanager
def _interrupts_deferred():
    """Hold Ctrl-C until the document being written is written whole, then raise it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received = []
    previous = signal.signal(signal.SIGINT, lambda *_: received.append(True))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


def _warnings(path: str, warnings) -> list[str]:
    """Each warning once, without the path the report line already names."""
    prefix = f"{path}:"
    return list(dict.fromkeys(w[len(prefix):].lstrip() if w.startswith(prefix) else w for w in warnings))


def _group_name(facts: DocumentFacts) -> str | None:
    for g in facts.groups:
        if g.id == facts.meeting.group_id:
            return g.name
    return None


def _knowledge_rows(knowledge):
    """Node and edge rows for the regional knowledge file's huvudmän and groups, if it offers them."""
    make = getattr(knowledge, "seed_rows", None)
    return make() if callable(make) else None


def default_jobs() -> int:
    return max(1, (os.cpu_count() or 1))
