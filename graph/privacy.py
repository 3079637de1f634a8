"""What keeps personal data private: the per-store secret, keyed pseudonyms and ids, redaction
of names in free text, and files that only their owner can read.

Ids in the store are derived from normalised names (see :mod:`graph.ids`), so that loading the
same minutes twice changes nothing. Anyone holding a staff list could recompute them, so they
never leave the store as they are in a pseudonymised export: there every id, and every
pseudonym, is an HMAC keyed with a secret kept beside the store (``<store>.secret``, mode
0600, created on first use, never exported).
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # imported where a graph is built: a question from kept tables needs none
    import networkx as nx

from samverkan.graph.errors import SamverkanError

SECRET_SUFFIX = ".secret"
PRIVATE_MODE = 0o600
UNRESOLVED_ALIAS = "Person ?"
# properties that hold ids, hashes or paths, never free text
_NOT_TEXT = {"id", "label", "type", "sha256", "path", "media_type", "date", "date_from", "date_to",
             "start_date", "end_date", "due_date", "date_basis", "group_basis", "classification", "level", "status",
             "origin", "change", "kind"}


class SecretUnavailable(SamverkanError):
    """The store's secret cannot be read or created."""


# -- the secret ---------------------------------------------------------------------------------
def secret_path(store_path: str | os.PathLike) -> Path:
    """Where the secret of the embedded store at ``store_path`` lives: beside it, as ``<store>.secret``."""
    path = Path(store_path)
    return path.with_name(path.name + SECRET_SUFFIX)


def neo4j_secret_path(uri: str, database: str | None = None) -> Path:
    """Where the secret for a Neo4j store lives: a per-server file in the user's configuration folder
    (``$SAMVERKAN_SECRET_DIR``, else ``$XDG_CONFIG_HOME/samverkan``, else ``~/.config/samverkan``).

    It is kept out of the database so that nobody who can only read the database (``cypher``,
    a backup, a dump) can recompute the pseudonyms.
    """
    folder = os.environ.get("SAMVERKAN_SECRET_DIR")
    if not folder:
        base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
        folder = os.path.join(base, "samverkan")
    digest = hashlib.sha256(f"{uri}\x1f{database or ''}".encode()).hexdigest()[:16]
    return Path(folder) / f"neo4j-{digest}{SECRET_SUFFIX}"


def read_secret(path: str | os.PathLike) -> bytes:
    """The secret in the file at ``path``, created (32 random bytes, mode 0600) when missing.

    Raises:
        SecretUnavailable: the file cannot be created or read, or holds no secret.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        if path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_MODE)  # someone loosened it: only the owner may read the secret
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise SecretUnavailable(f"{path}: cannot read or create the store's secret ({exc})") from exc
    if len(text) < 32 or not re.fullmatch(r"[0-9a-f]+", text):
        raise SecretUnavailable(f"{path}: not a samverkan secret; move it away and a new one is created "
                                f"(pseudonyms then change)")
    return bytes.fromhex(text)


def store_secret(store_path: str | os.PathLike) -> bytes:
    """The secret of the embedded store at ``store_path`` (``<store>.secret``), created on first use."""
    return read_secret(secret_path(store_path))


def secret_for(store: str | None = None, neo4j: str | None = None) -> bytes:
    """The secret of the store the command-line options choose (see :func:`graph.stores.open_store`)."""
    from samverkan.graph.stores import neo4j_uri, store_path

    uri = neo4j_uri(neo4j)
    if uri:
        return read_secret(neo4j_secret_path(uri, os.environ.get("NEO4J_DATABASE") or None))
    return store_secret(store_path(store))


# -- keyed names and ids ----------------------------------------------------------------------------
def _mac(secret: bytes, purpose: str, value: str) -> str:
    return hmac.new(secret, f"{purpose}\x1f{value}".encode("utf-8"), hashlib.sha256).hexdigest()


def pseudonym(person_id: str, secret: bytes) -> str:
    """A stable pseudonym for a person, keyed with the store's secret.

    >>> pseudonym("person:abc", b"k") == pseudonym("person:abc", b"k")
    True
    >>> pseudonym("person:abc", b"k") == pseudonym("person:abc", b"other")
    False
    """
    return "Person " + _mac(secret, "pseudonym", person_id)[:8].upper()


def keyed_id(entity_id: str, secret: bytes) -> str:
    """An id as it leaves the store in a pseudonymised export: same kind, keyed digest.

    >>> keyed_id("person:0123456789abcdef", b"k").startswith("person:")
    True
    """
    kind, sep, _ = str(entity_id).partition(":")
    return f"{kind if sep else 'id'}:{_mac(secret, 'id', str(entity_id))[:16]}"


# -- finding names in text ------------------------------------------------------------------------------
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.split(r"[\s\u2010-\u2015\-]+", text.strip()))


def name_pattern(forms: Iterable[str]) -> re.Pattern | None:
    """One pattern finding any of ``forms`` as whole words, ignoring case, and spaces or hyphens
    between the parts of a name ("Holm-Berg" finds "Holm Berg"); a Swedish genitive ("Lindqvists",
    "SKR:s") is found with its name, in the group ``genitive``.

    >>> name_pattern(["Anna Lindqvist", "Lindqvist"]).sub("X", "Till ANNA  Lindqvist och lindqvists.")
    'Till X och X.'
    """
    parts = set()
    for form in forms:
        words = [w for w in re.split(r"[\s\u2010-\u2015\-]+", str(form).strip()) if w]
        if words and len("".join(words)) >= 2:
            parts.add(r"[\s\u2010-\u2015\-]+".join(re.escape(w) for w in words))
    if not parts:
        return None
    alternatives = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<name>{alternatives})(?P<genitive>s|:s|['’]s)?(?!\w)", re.IGNORECASE)


class Redactor:
    """Replaces names in text: each form by the replacement of the person it belongs to.

    Names in ``keep`` (other people's) are matched too, longest first, and left as they are, so
    that forgetting "Lina" leaves "Lina Svensson" whole.
    """

    def __init__(self, replacements: dict[str, str], keep: Iterable[str] = ()):
        self.by_form: dict[str, str | None] = {}
        for form, alias in replacements.items():
            if form:
                self.by_form.setdefault(_fold(form), alias)
        kept = [k for k in keep if k and _fold(k) not in self.by_form]
        for form in kept:
            self.by_form[_fold(form)] = None
        self.pattern = name_pattern(list(replacements) + kept) if replacements else None

    def _replace(self, m: re.Match) -> str:
        alias = self.by_form.get(_fold(m.group("name")), UNRESOLVED_ALIAS)
        if alias is None:
            return m.group(0)
        return alias + (":s" if m.group("genitive") else "")

    def text(self, value):
        if not isinstance(value, str) or self.pattern is None:
            return value
        return self.pattern.sub(self._replace, value)

    def value(self, value):
        if isinstance(value, (list, tuple)):
            return type(value)(self.text(v) for v in value)
        return self.text(value)

    def properties(self, props: dict) -> dict:
        """The properties with names replaced in every free-text value (ids, hashes, paths kept)."""
        return {k: (v if _is_not_text(k) else self.value(v)) for k, v in props.items()}

    def changes(self, props: dict) -> dict:
        """Only the properties that :meth:`properties` changes."""
        return {k: v for k, v in self.properties(props).items() if v != props.get(k)}


def _is_not_text(key: str) -> bool:
    return key in _NOT_TEXT or key.endswith("_id") or key.endswith("_ids")


def redact_properties(props: dict, forms: Iterable[str], replacement: str, keep: Iterable[str] = ()) -> dict:
    """The changed properties of ``props`` after replacing every form of a name by ``replacement``
    in each free-text value (empty when nothing changed); other people's names in ``keep`` stay.
    Both stores' ``forget`` use it.

    >>> redact_properties({"text": "att Anna L. och Lindqvist redovisar", "source_id": "s"},
    ...                   ["Anna L.", "Lindqvist"], "Person 1")
    {'text': 'att Person 1 och Person 1 redovisar'}
    >>> redact_properties({"text": "Anna och Anna Berg"}, ["Anna"], "Person 1", keep=["Anna Berg"])
    {'text': 'Person 1 och Anna Berg'}
    """
    return Redactor({f: replacement for f in forms}, keep).changes(props)


# -- forget on a networkx graph ----------------------------------------------------------------------------
def person_forms(G: nx.MultiDiGraph, person_id: str) -> set[str]:
    """Every form of a person's name the graph knows: the name and the mentions in each source."""
    forms = {G.nodes[person_id].get("name") or ""}
    for _, _, d in G.out_edges(person_id, data=True):
        if d.get("type") == "FROM_SOURCE":
            forms.update(d.get("mentions") or [])
    return {f for f in forms if f}


def forget_in_graph(G: nx.MultiDiGraph, person_id: str, replacement: str) -> int:
    """Remove a person's personal data from a graph in place; the count of properties and edges changed.

    The name and the surface forms go, the affiliations (title, employer) go, and every text the
    graph keeps (decisions, items, tasks, places, unresolved mentions ...) has the name replaced.
    """
    if person_id not in G or G.nodes[person_id].get("label") != "Person":
        return 0
    forms = person_forms(G, person_id)
    changed = 0
    node = G.nodes[person_id]
    node["name"] = replacement
    node["forgotten"] = True
    for u, v, k, data in list(G.out_edges(person_id, keys=True, data=True)):
        if data.get("type") == "AFFILIATED_WITH":
            G.remove_edge(u, v, k)
            changed += 1
        elif data.get("type") == "FROM_SOURCE":
            data["mentions"] = []
            changed += 1
        elif data.get("type") == "ATTENDED":
            data["title"] = None
            data["unit_id"] = None
    others = {f for n, d in G.nodes(data=True) if n != person_id and d.get("label") == "Person"
              for f in person_forms(G, n)}
    redactor = Redactor({f: replacement for f in forms}, keep=others)
    for n, d in G.nodes(data=True):
        if n == person_id:
            continue
        diff = redactor.changes(d)
        d.update(diff)
        changed += len(diff)
    for _, _, d in G.edges(data=True):
        diff = redactor.changes(d)
        d.update(diff)
        changed += len(diff)
    return changed + 1


# -- pseudonymised copies for export ------------------------------------------------------------------------
def pseudonymized_graph(G: nx.MultiDiGraph, secret: bytes) -> nx.MultiDiGraph:
    """A copy of the graph safe to share: every person's name and surface forms replaced by a keyed
    pseudonym in every property (names, decisions, items, tasks, places, quotes ...), unresolved
    mentions replaced, every id and edge key keyed with the secret, source paths cut to file names.
    """
    replacements: dict[str, str] = {}
    alias_of: dict[str, str] = {}
    for n, d in G.nodes(data=True):
        if d.get("label") == "Person":
            alias_of[n] = pseudonym(n, secret)
            for form in person_forms(G, n):
                replacements.setdefault(form, alias_of[n])
    for n, d in G.nodes(data=True):
        if d.get("label") == "Mention" and d.get("text"):
            replacements.setdefault(d["text"], UNRESOLVED_ALIAS)
    redactor = Redactor(replacements)
    ids = {n: keyed_id(n, secret) for n in G.nodes}
    ids.update({k: keyed_id(k, secret) for _, _, k in G.edges(keys=True) if k is not None})

    def rekey(value):
        if isinstance(value, (list, tuple)):
            return [ids.get(v, v) if isinstance(v, str) else v for v in value]
        return ids.get(value, value) if isinstance(value, str) else value

    def props(d: dict) -> dict:
        out = {}
        for k, v in d.items():
            if k == "id" or k.endswith("_id") or k.endswith("_ids"):
                out[k] = rekey(v)
            elif k == "path" and isinstance(v, str):
                out[k] = redactor.text(v.replace("\\", "/").rsplit("/", 1)[-1])
            else:
                out[k] = v if k in _NOT_TEXT else redactor.value(v)
        return out

    import networkx as nx

    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        attrs = props(d)
        if d.get("label") == "Person":
            attrs["name"] = alias_of[n]
        elif d.get("label") == "Mention":
            attrs["text"] = UNRESOLVED_ALIAS
        H.add_node(ids[n], **attrs)
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = props(d)
        if d.get("type") == "FROM_SOURCE" and G.nodes[u].get("label") == "Person":
            attrs["mentions"] = []
        H.add_edge(ids[u], ids[v], key=ids.get(k, k), **attrs)
    return H


# -- files only their owner reads ---------------------------------------------------------------------------
def file_mode() -> int:
    """The mode exports and views are written with: 0600, or ``$SAMVERKAN_FILE_MODE`` (e.g. 0644)
    when the user asks for files others may read."""
    raw = os.environ.get("SAMVERKAN_FILE_MODE")
    if not raw:
        return PRIVATE_MODE
    try:
        mode = int(raw, 8)
    except ValueError as exc:
        raise SamverkanError(f"SAMVERKAN_FILE_MODE={raw}: expected an octal mode such as 0600 or 0644") from exc
    if not 0 <= mode <= 0o777:
        raise SamverkanError(f"SAMVERKAN_FILE_MODE={raw}: expected an octal mode such as 0600 or 0644")
    return mode


def open_private(path: str | os.PathLike, mode: str = "w", **kwargs):
    """Open ``path`` for writing with :func:`file_mode` permissions, whatever the umask and
    whatever mode an older file there had."""
    path = Path(path)
    perms = file_mode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, perms)
    try:
        os.fchmod(fd, perms)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def write_private(path: str | os.PathLike, text: str) -> Path:
    """Write text (UTF-8) to ``path`` with :func:`file_mode` permissions."""
    with open_private(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return Path(path)


def make_private_folder(path: str | os.PathLike) -> Path:
    """Create a folder for export files that only its owner can list (unless asked otherwise)."""
    path = Path(path)
    perms = file_mode()
    dir_perms = perms | ((perms & 0o444) >> 2)  # a readable folder must be searchable too
    path.mkdir(parents=True, exist_ok=True, mode=dir_perms)
    return path


def remove_stale_temporaries(path: str | os.PathLike) -> list[Path]:
    """Remove temporary files a crashed write of ``path`` left beside it (``<name>.*.tmp``).

    Call with the writer's lock held: no other writer can be writing one at the time.
    """
    path = Path(path)
    removed = []
    try:
        candidates = list(path.parent.glob(glob_escape(path.name) + ".*.tmp"))
    except OSError:
        return removed
    for tmp in candidates:
        try:
            tmp.unlink()
            removed.append(tmp)
        except FileNotFoundError:
            pass
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)
