"""`cypher` is read-only by construction: a parser-level allow-list, then a read transaction."""
from __future__ import annotations

import pytest

from samverkan.graph.cypher_guard import refusal
from samverkan.graph.errors import SamverkanError

READS = [
    "MATCH (n:Person) RETURN count(n) AS n",
    "OPTIONAL MATCH (p:Person)-[m:MEMBER_OF]->(g:Group {name: $g}) RETURN p.name, m.role ORDER BY p.name SKIP 1 LIMIT 5",
    "MATCH (n) WHERE n.title = 'SET; DELETE' RETURN n // CREATE",
    "MATCH (n {name: 'CREATE'}) WITH n UNWIND [1, 2] AS x RETURN n.set AS `DELETE`, x",
    "MATCH (n:`Person`) RETURN n.`name` /* DROP */",
    "CALL db.labels() YIELD label RETURN label",
    "CALL `db`.`labels`()",
    "CALL db . relationshipTypes()",
    "MATCH (a:Group) RETURN a.name UNION MATCH (b:Organisation) RETURN b.name",
    "MATCH p = (a)-[*1..2]->(b) WHERE a.name STARTS WITH 'A' AND EXISTS { (a)--(b) } RETURN p",
    "RETURN date.truncate('month', date('2024-03-15')) AS d;",
]
REFUSED = {
    "CREATE (n)": "CREATE",
    "match (n) detach\ndelete n": "DETACH",
    "MATCH (n) SET n.x = 1": "SET",
    "MATCH (n)/**/REMOVE n.name": "REMOVE",
    "MERGE (n:Person {id: 'a'})": "MERGE",
    "DROP CONSTRAINT person_id_unique": "DROP",
    "LOAD CSV FROM 'file:///x' AS l RETURN l": "LOAD",
    "MATCH (n) FOREACH (x IN [1] | SET n.x = x)": "FOREACH",
    "CALL apoc.create.node(['X'], {})": "CALL apoc.create.node",
    "CALL `apoc`.`create`.`node`(['X'], {})": "CALL apoc.create.node",
    "CALL `db.createLabel`('X')": "CALL db.createLabel",
    "CALL db.labels() YIELD label CALL dbms.killQuery('1') YIELD x RETURN x": "CALL dbms.killQuery",
    "MATCH (n) CALL { WITH n DELETE n } RETURN 1": "CALL { subquery }",
    "MATCH (n) CALL { WITH n RETURN n.x AS x } IN TRANSACTIONS RETURN x": "CALL { subquery }",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'": "TERMINATE",
    "SHOW USERS": "SHOW",
    "SHOW TRANSACTIONS YIELD transactionId RETURN transactionId": "SHOW",
    "GRANT ROLE admin TO alice": "GRANT",
    "ALTER USER neo4j SET PASSWORD 'x'": "ALTER",
    "STOP DATABASE neo4j": "STOP",
    "USE system MATCH (n) RETURN n": "USE",
    "EXPLAIN MATCH (n) RETURN n": "EXPLAIN",
    "MATCH (n) RETURN n; MATCH (m) DELETE m": "more than one statement (;)",
    "MATCH (n) RETURN apoc.cypher.runFirstColumnSingle('CREATE (m) RETURN m', {})": "the function apoc.cypher.runFirstColumnSingle",
    "": "an empty query",
}


@pytest.mark.parametrize("cypher", READS)
def test_reads_pass(cypher):
    assert refusal(cypher) is None


@pytest.mark.parametrize("cypher,reason", REFUSED.items())
def test_anything_but_reads_is_refused(cypher, reason):
    assert refusal(cypher) == reason


def test_the_named_queries_pass_the_guard():
    from samverkan.queries import facts

    statements = {**facts.CYPHER, **getattr(facts, "CYPHER_OF_GROUP", {})}
    assert statements
    assert {name: refusal(text) for name, text in statements.items() if refusal(text)} == {}


@pytest.mark.bolt
@pytest.mark.parametrize("cypher", ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "SHOW USERS",
                                    "CALL `db`.`createLabel`('X')", "CALL db.nothing.here()",
                                    "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1"])
def test_the_bolt_store_refuses_before_the_server_sees_it(bolt_store, cypher):
    from samverkan.graph.neo4j_store import CypherRefused

    bolt_store.write_rows([])
    with pytest.raises(CypherRefused) as err:
        bolt_store.run_read(cypher)
    assert isinstance(err.value, SamverkanError) and "\n" not in str(err.value)
    assert "read-only" in str(err.value)


@pytest.mark.bolt
def test_quoted_read_procedure_runs_and_server_errors_are_one_line(bolt_store):
    from samverkan.graph.neo4j_store import CypherRefused
    from samverkan.graph.schema import NodeRow

    bolt_store.write_rows([NodeRow("person:a", "Person", {"name": "A"})])
    rows = bolt_store.run_read("CALL `db`.`labels`()")
    assert "Person" in {r["label"] for r in rows}
    for bad in ("MATCH (n RETURN n", "RETURN 1 / 0", "RETURN nosuchfunction(1)"):
        with pytest.raises(CypherRefused) as err:
            bolt_store.run_read(bad)
        assert "\n" not in str(err.value) and "Traceback" not in str(err.value)


@pytest.mark.bolt
def test_the_cypher_command_prints_one_line_for_a_refusal_or_a_server_error(bolt_server, bolt_store, monkeypatch):
    from typer.testing import CliRunner

    from samverkan.cli import app
    from samverkan.graph.schema import NodeRow

    bolt_store.write_rows([NodeRow("person:a", "Person", {"name": "A"})])
    monkeypatch.setenv("NEO4J_URI", bolt_server.uri)
    monkeypatch.setenv("NEO4J_USER", bolt_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password)
    runner = CliRunner()
    ok = runner.invoke(app, ["cypher", "CALL `db`.`labels`()", "--json"])
    assert ok.exit_code == 0 and "Person" in ok.stdout, ok.output
    for query in ("CALL db.unknownProcedure()", "SHOW USERS", "TERMINATE TRANSACTIONS 'x'", "RETURN nosuchfunction(1)"):
        result = runner.invoke(app, ["cypher", query])
        assert result.exit_code == 1, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
