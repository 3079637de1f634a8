"""A private Bolt server for tests: ArcadeDB from the ``arcadedb_embedded`` wheel.

CI has no Docker, but the wheel bundles a JRE and the ArcadeDB server with its Bolt plugin,
which speaks enough of Neo4j's protocol and Cypher for the store. :func:`bolt_server` starts
one on free local ports with a random root password in a temporary folder, creates the
database ``neo4j`` (the driver's default), yields ``(uri, user, password)`` and stops the JVM
afterwards, so no server outlives the test session.

Run it by hand to get a server for experiments::

    python tests/bolt_server.py      # prints the URI and credentials, Ctrl-C stops it
"""
from __future__ import annotations

import base64
import contextlib
import importlib.util
import json
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

USER = "root"
DATABASE = "neo4j"


class BoltServerUnavailable(RuntimeError):
    """The test server cannot be started here (no package, no Java, or it did not come up)."""


@dataclass
class BoltServer:
    uri: str
    user: str
    password: str
    http_port: int
    process: subprocess.Popen
    root: Path

    def __iter__(self):
        return iter((self.uri, self.user, self.password))

    def kill(self) -> None:
        """Kill the JVM at once, as a crash would."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)


def arcadedb_home() -> Path:
    """The installed ``arcadedb_embedded`` package folder, holding ``jre/`` and ``jars/``."""
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.origin:
        raise BoltServerUnavailable("the arcadedb-embedded package is not installed (pip install arcadedb-embedded)")
    home = Path(spec.origin).parent
    if not java_path(home).is_file() or not any((home / "jars").glob("arcadedb-bolt-*.jar")):
        raise BoltServerUnavailable(f"{home} has no bundled JRE or Bolt plugin jar")
    return home


def java_path(home: Path) -> Path:
    return home / "jre" / "bin" / "java"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _create_database(http_port: int, password: str, name: str) -> None:
    req = urllib.request.Request(
        f"http://127.0.0.1:{http_port}/api/v1/server",
        data=json.dumps({"command": f"create database {name}"}).encode(),
        headers={
            "Content-Type": "application/json",
            "Authorization": "Basic " + base64.b64encode(f"{USER}:{password}".encode()).decode(),
        },
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        resp.read()


def start_server(*, timeout: float = 60.0, heap: str = "768m", root: Path | None = None,
                 password: str | None = None) -> BoltServer:
    """Start a server and return once Bolt answers and the database exists.

    With ``root`` and ``password`` of a server that was stopped or killed, the same data is
    served again (on new ports), as after a restart.
    """
    home = arcadedb_home()
    restart = root is not None
    root = Path(root) if restart else Path(tempfile.mkdtemp(prefix="samverkan-arcadedb-"))
    password = password or secrets.token_urlsafe(18)
    bolt_port, http_port = free_port(), free_port()
    while http_port == bolt_port:
        http_port = free_port()
    cmd = [
        str(java_path(home)), f"-Xmx{heap}", "-cp", str(home / "jars" / "*"),
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.rootPassword={password}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        f"-Darcadedb.bolt.port={bolt_port}", "-Darcadedb.bolt.host=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http_port}", "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        "com.arcadedb.server.ArcadeDBServer",
    ]
    out = open(root / "server.out", "wb")
    try:
        proc = subprocess.Popen(cmd, cwd=root, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    finally:
        out.close()
    server = BoltServer(f"bolt://127.0.0.1:{bolt_port}", USER, password, http_port, proc, root)
    try:
        deadline = time.monotonic() + timeout
        while not (_port_open(bolt_port) and _port_open(http_port)):
            if proc.poll() is not None:
                raise BoltServerUnavailable(f"ArcadeDB exited with {proc.returncode}: {_tail(root / 'server.out')}")
            if time.monotonic() > deadline:
                raise BoltServerUnavailable(f"ArcadeDB did not open its ports within {timeout:.0f} s")
            time.sleep(0.2)
        while True:
            try:
                _create_database(http_port, password, DATABASE)
                break
            except urllib.error.HTTPError as exc:
                if restart:  # the database is already there
                    break
                raise BoltServerUnavailable(f"could not create database {DATABASE}: {exc}") from exc
            except (urllib.error.URLError, ConnectionError) as exc:
                if time.monotonic() > deadline:
                    raise BoltServerUnavailable(f"could not create database {DATABASE}: {exc}") from exc
                time.sleep(0.3)
    except BaseException:
        stop_server(server)
        raise
    return server


def stop_server(server: BoltServer) -> None:
    """Stop the JVM (terminate, then kill) and remove its folder."""
    try:
        server.stop()
    finally:
        shutil.rmtree(server.root, ignore_errors=True)


def _tail(path: Path, n: int = 600) -> str:
    try:
        return path.read_text(errors="replace")[-n:].replace("\n", " | ")
    except OSError:
        return ""


@contextlib.contextmanager
def bolt_server(**kwargs):
    """``with bolt_server() as (uri, user, password): ...``"""
    server = start_server(**kwargs)
    try:
        yield server
    finally:
        stop_server(server)


if __name__ == "__main__":
    with bolt_server() as srv:
        print(f"NEO4J_URI={srv.uri} NEO4J_USER={srv.user} NEO4J_PASSWORD={srv.password}", flush=True)
        try:
            srv.process.wait()
        except KeyboardInterrupt:
            pass
