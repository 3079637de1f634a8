"""The real sample minutes beside the repository: each yields a meeting, items and decisions."""
from samverkan.graph.export import export_json, validate_export
from samverkan.graph.nx_store import NetworkxStore
from samverkan.loaders.pipeline import load_paths


def test_every_shared_document_loads(shared_minutes, store_file):
    with NetworkxStore(store_file) as s:
        report = load_paths([shared_minutes], s)
        data = export_json(s.to_networkx())
    files = sorted(p.name for p in shared_minutes.glob("*.txt"))
    assert report.failed == 0, [d.error for d in report.documents if not d.ok]
    assert len(data["events"]) == len(files)
    for doc in report.documents:
        assert doc.group, doc.path
        assert doc.date or doc.date_range, doc.path
        assert doc.items > 0 and doc.decisions > 0, doc.path
    validate_export(data)
