"""An ingest's report counts what it wrote and keeps no record per document, so that a long ingest's memory does
not grow with the corpus."""

from kg import IngestReport
from kg.stores.protocol import WriteSummary


def test_the_report_counts_added_replaced_and_unchanged_documents_and_their_relations() -> None:
    report = IngestReport()
    report.record(
        [
            WriteSummary("a", relations=3),
            WriteSummary("b", relations=2, replaced=True),
            WriteSummary("c", relations=5, unchanged=True),
        ],
        {"a": "text", "b": "text", "c": "html"},
    )
    assert (report.added, report.replaced, report.unchanged, report.documents) == (1, 1, 1, 3)
    assert report.relations == 5  # an unchanged document writes nothing
    assert report.summary() == "html: 1 document, 0 relations; text: 2 documents, 5 relations"


def test_the_report_holds_no_summary_per_document() -> None:
    report = IngestReport()
    report.record([WriteSummary(f"d{i}", relations=1) for i in range(1000)], {})
    assert report.documents == 1000
    assert not any(isinstance(value, list) and len(value) >= 1000 for value in vars(report).values())
