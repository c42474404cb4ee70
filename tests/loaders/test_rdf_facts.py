"""Known facts in Turtle, JSON-LD and JSON go straight into the graph, checked against the ontology,
with the place in the file that states them as their evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import loaders
from kg import KnowledgeGraph
from kg.errors import LoaderError
from kg.model import Document, Extraction

PREFIXES = (
    "@prefix kg: <https://w3id.org/kg/ontology#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix x: <https://x.example/> .\n"
)
TURTLE = PREFIXES + (
    "\n"
    "x:softbank a kg:Organization ; rdfs:label 'SoftBank' .\n"
    "x:openai a kg:Organization ; rdfs:label 'OpenAI' .\n"
    "x:altman a kg:Person ; rdfs:label 'Sam Altman' .\n"
    "x:softbank kg:invests-in x:openai ;\n"
    "    kg:partners-with\n"
    "        x:openai .\n"
    "x:openai kg:employs x:altman .\n"
)
CONTEXT = {"kg": "https://w3id.org/kg/ontology#", "label": "http://www.w3.org/2000/01/rdf-schema#label"}
JSONLD = {
    "@context": CONTEXT,
    "@graph": [
        {"@id": "https://x.example/softbank", "@type": "kg:Organization", "label": "SoftBank"},
        {"@id": "https://x.example/openai", "@type": "kg:Organization", "label": "OpenAI"},
        {"@id": "https://x.example/softbank", "kg:invests-in": {"@id": "https://x.example/openai"}},
    ],
}


def line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if fragment in line)


def only_extraction(path: Path) -> Extraction:
    (item,) = loaders.load(path)
    assert isinstance(item, Extraction)
    return item


def test_turtle_facts_are_stored_with_their_line_as_evidence(tmp_path: Path):
    path = tmp_path / "facts.ttl"
    path.write_text(TURTLE)
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        report = graph.ingest([path])
        assert report.relations == 3 and report.formats["facts"].relations == 3
        (invests,) = graph.relations(subject="SoftBank", relation="invests-in", object="OpenAI")
        (evidence,) = invests.evidence
        assert evidence.extractor == "facts" and evidence.confidence == 1.0
        assert evidence.qualifiers["line"] == line_of(TURTLE, "kg:invests-in")
        assert evidence.text == "x:softbank kg:invests-in x:openai ;"
        (partners,) = graph.relations(relation="partners-with")
        assert partners.evidence[0].qualifiers["line"] == line_of(TURTLE, "        x:openai .")
        (employs,) = graph.relations(relation="employs")
        assert employs.object.type == "Person" and employs.object.name == "Sam Altman"
        document = graph.document(evidence.document)
        assert document.text[evidence.start : evidence.end] == evidence.text and document.title == "facts.ttl"


def test_jsonld_facts_are_stored_with_their_node_index_as_evidence(tmp_path: Path):
    path = tmp_path / "facts.jsonld"
    path.write_text(json.dumps(JSONLD, indent=2))
    extraction = only_extraction(path)
    (relation,) = extraction.relations
    assert (relation.subject.id, relation.relation, relation.object.id) == (
        "organization:softbank",
        "invests-in",
        "organization:openai",
    )
    (evidence,) = relation.evidence
    assert evidence.qualifiers == {"index": 2}
    assert json.loads(evidence.text) == JSONLD["@graph"][2]
    assert extraction.document.text[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize(
    "statement, reason",
    [
        ("x:softbank kg:loves x:openai .", "unknown relation kg:loves"),
        ("x:altman kg:employs x:openai .", "employs does not connect Person to Organization"),
        ("x:softbank kg:invests-in x:mars .\nx:mars a kg:Planet .", "unknown entity type kg:Planet"),
    ],
    ids=["unknown-relation", "wrong-domain", "unknown-class"],
)
def test_a_fact_outside_the_ontology_names_the_file_line_and_triple(tmp_path: Path, statement: str, reason: str):
    text = TURTLE + statement + "\n"
    path = tmp_path / "facts.ttl"
    path.write_text(text)
    with pytest.raises(LoaderError) as error:
        loaders.load(path)
    message = str(error.value)
    assert message.startswith(f"{path}: line {line_of(text, statement.splitlines()[0])}: ")
    assert reason in message and statement.split(" .")[0].split(" ")[1] in message  # the triple's predicate


def test_nothing_is_stored_from_a_file_with_one_bad_fact(tmp_path: Path):
    path = tmp_path / "facts.ttl"
    path.write_text(TURTLE + "x:softbank kg:loves x:openai .\n")
    with KnowledgeGraph.open(tmp_path / "store") as graph:
        report = graph.ingest([path])
        assert [p for p, _ in report.skipped] == [str(path)] and graph.stats()["relation_total"] == 0


def test_bad_syntax_and_remote_contexts_are_refused_with_the_place(tmp_path: Path):
    broken = tmp_path / "broken.ttl"
    broken.write_text(PREFIXES + "x:a kg:invests-in x:b\nx:c kg:owns .\n")
    with pytest.raises(LoaderError, match=r"broken\.ttl: line 5: not valid Turtle"):
        loaders.load(broken)
    remote = tmp_path / "remote.jsonld"
    remote.write_text(json.dumps({**JSONLD, "@context": "https://schema.org/"}))
    with pytest.raises(LoaderError, match="remote JSON-LD contexts are not fetched"):
        loaders.load(remote)


def test_statements_carry_modality_confidence_and_qualifiers(tmp_path: Path):
    path = tmp_path / "statements.ttl"
    path.write_text(
        PREFIXES + "x:s1 a kg:Statement ;\n  kg:subject x:softbank ; kg:relation kg:acquires ; kg:object x:openai ;\n"
        '  kg:modality "considered" ; kg:confidence 0.4 ; kg:qualifiers "{\\"year\\": 2025}" .\n'
        "x:softbank a kg:Organization ; rdfs:label 'SoftBank' .\nx:openai a kg:Organization ; rdfs:label 'OpenAI' .\n"
    )
    (relation,) = only_extraction(path).relations
    assert (str(relation.modality), relation.confidence, relation.qualifiers) == ("considered", 0.4, {"year": 2025})
    assert relation.evidence[0].qualifiers == {"year": 2025, "line": 4}
    assert (
        relation.evidence[0].text.startswith("x:s1 a kg:Statement ;") and "kg:qualifiers" in relation.evidence[0].text
    )


def test_plain_json_lists_of_facts_or_documents(tmp_path: Path):
    facts = tmp_path / "facts.json"
    rows = [{"subject": "SoftBank", "relation": "invests-in", "object": "OpenAI", "stake": 0.11}]
    facts.write_text(json.dumps(rows, indent=1))
    (relation,) = only_extraction(facts).relations
    assert relation.qualifiers["stake"] == 0.11 and json.loads(relation.evidence[0].text) == rows[0]
    documents = tmp_path / "articles.json"
    documents.write_text(json.dumps([{"text": "Amazon invested in Anthropic.", "title": "A"}, {"text": "B."}]))
    first, second = loaders.load(documents)
    assert isinstance(first, Document) and first.title == "A" and isinstance(second, Document)
    jsonld = tmp_path / "graph.json"
    jsonld.write_text(json.dumps(JSONLD))
    assert len(only_extraction(jsonld).relations) == 1


@pytest.mark.parametrize("format_, suffix", [("turtle", ".ttl"), ("jsonld", ".jsonld")])
def test_an_export_ingested_into_a_fresh_store_gives_the_same_relations(
    example_graph: KnowledgeGraph, tmp_path: Path, format_: str, suffix: str
):
    exported = tmp_path / f"export{suffix}"
    exported.write_bytes(example_graph.export(format_)[0])
    original = {r.id: r for r in example_graph.relations(limit=10_000)}
    with KnowledgeGraph.open(tmp_path / "store") as fresh:
        report = fresh.ingest([exported])
        assert not report.skipped
        copied = {r.id: r for r in fresh.relations(limit=10_000)}
        entities = {e.id: e for e in fresh.search(limit=10_000)}
    assert set(copied) == set(original) and len(original) > 5
    for rel_id, relation in original.items():
        again = copied[rel_id]
        assert (again.modality, again.confidence) == (relation.modality, pytest.approx(relation.confidence))
        assert {k: v for k, v in again.qualifiers.items() if k not in {"line", "index"}} == relation.qualifiers
        assert entities[relation.subject.id].aliases == sorted(relation.subject.aliases)
