"""Deciding, before a query reaches the server, that a Cypher query only reads.

The server is also asked for a read transaction in read access mode, but not every Bolt server
enforces it (ArcadeDB runs a write inside a read transaction), so the query itself is checked
too, by an allow-list: after string literals and comments are removed and backtick quoting is
undone, a query is one statement that starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or
a call of an allow-listed read procedure, and whose keywords are only those of reading clauses
(MATCH / OPTIONAL MATCH / WITH / UNWIND / RETURN / ORDER BY / LIMIT / SKIP / WHERE / UNION) and
of expressions. Anything else — writes, schema and administrative commands (SHOW, TERMINATE,
GRANT ...), subquery calls, other procedures, namespaced functions outside an allow-list — is
refused. Conservative: a read that merely looks like something else is refused too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
})
FIRST_WORDS = frozenset({"match", "optional", "with", "unwind", "return", "call"})
# every keyword a reading query needs: its clauses and the words of expressions
READ_KEYWORDS = frozenset({
    "match", "optional", "with", "unwind", "return", "order", "by", "limit", "skip", "where", "union",
    "call", "yield", "as", "distinct", "asc", "ascending", "desc", "descending", "and", "or", "xor", "not",
    "in", "is", "null", "true", "false", "case", "when", "then", "else", "end", "starts", "ends",
    "contains", "exists", "count", "collect", "all", "any", "none", "single",
})
# Cypher's reserved words outside READ_KEYWORDS, and the verbs of writes, schema and administration
# commands: as a bare word anywhere they refuse the query (a statement must also start with a word
# of FIRST_WORDS, so an administrative command cannot hide behind its nouns)
OTHER_KEYWORDS = frozenset({
    "create", "merge", "set", "delete", "detach", "nodetach", "remove", "foreach", "load", "csv", "insert",
    "finish", "drop", "alter", "rename", "show", "terminate", "kill", "grant", "deny", "revoke", "enable",
    "start", "stop", "use", "using", "periodic", "commit", "rollback", "begin", "transactions", "explain",
    "profile", "cypher", "constraint", "index", "assert", "require", "unique", "on", "do", "for", "of", "add",
    "mandatory", "scalar", "join", "scan", "dbms", "impersonate", "deallocate", "reallocate", "dryrun",
})
# namespaces of built-in functions that only compute; any other dotted name( is refused
READ_FUNCTION_NAMESPACES = frozenset({"date", "datetime", "localdatetime", "localtime", "time", "duration",
                                      "point", "vector"})

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<quoted>`(?:[^`]|``)*(?:`|\Z))
  | (?P<word>[^\W\d]\w*)
  | (?P<number>\d[\w.]*)
  | (?P<other>.)
""", re.S | re.X)


@dataclass(frozen=True)
class _Token:
    kind: str  # word | quoted | string | number | other
    text: str


def tokens(cypher: str) -> list[_Token]:
    """The tokens of a query, without spaces and comments; quoted names unquoted.

    >>> [t.text for t in tokens("CALL `db`.`labels`() // CREATE")]
    ['CALL', 'db', '.', 'labels', '(', ')']
    """
    out = []
    for m in _TOKEN.finditer(cypher):
        kind = m.lastgroup
        if kind in ("space", "line_comment", "block_comment"):
            continue
        text = m.group()
        if kind == "quoted":
            text = text[1:-1].replace("``", "`") if text.endswith("`") and len(text) > 1 else text[1:]
        out.append(_Token(kind, text))
    return out


def refusal(cypher: str) -> str | None:
    """Why a query is refused as not read-only, or None when it only reads.

    >>> refusal("MATCH (n {name: 'CREATE'}) WHERE n.set = 1 RETURN n.title AS `DELETE` // DROP")
    >>> refusal("MATCH (n) DETACH DELETE n")
    'DETACH'
    >>> refusal("CALL `db`.`labels`()")
    >>> refusal("CALL `apoc`.`create`.node(['X'], {})")
    'CALL apoc.create.node'
    >>> refusal("TERMINATE TRANSACTIONS 'neo4j-transaction-1'")
    'TERMINATE'
    """
    toks = tokens(cypher)
    while toks and toks[-1].text == ";":
        toks.pop()
    if not toks:
        return "an empty query"
    first = toks[0]
    if first.kind != "word" or first.text.lower() not in FIRST_WORDS:
        return first.text.upper() if first.kind == "word" else f"a query starting with {first.text!r}"
    skip_to = 0
    for i, tok in enumerate(toks):
        if i < skip_to:
            continue
        before = toks[i - 1].text if i else ""
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        if tok.kind == "other" and tok.text == ";":
            return "more than one statement (;)"
        if tok.kind != "word" or before in (".", "$", ":"):
            continue  # a quoted name, a property, a parameter, a label or type: never a keyword
        word = tok.text.lower()
        if word == "call":
            name = _dotted_name(toks, i + 1)
            if name is None or name.lower() not in READ_PROCEDURES:
                return f"CALL {name}" if name else "CALL { subquery }"
            skip_to = i + 2 * name.count(".") + 2  # the procedure's name is judged: not its parts
        elif word in OTHER_KEYWORDS:
            return tok.text.upper()
        elif after == "." and word not in READ_KEYWORDS:
            name = _dotted_name(toks, i)
            end = i + 2 * name.count(".") + 1
            if end < len(toks) and toks[end].text == "(" and word not in READ_FUNCTION_NAMESPACES:
                return f"the function {name}"
    return None


def _dotted_name(toks: list[_Token], start: int) -> str | None:
    """``a.b.c`` from the tokens at ``start`` (words or quoted names joined by dots), or None."""
    parts = []
    i = start
    while i < len(toks) and toks[i].kind in ("word", "quoted"):
        parts.append(toks[i].text)
        if i + 1 < len(toks) and toks[i + 1].text == ".":
            i += 2
        else:
            break
    return ".".join(parts) if parts else None
