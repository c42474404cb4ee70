"""Exports of a filtered part of the graph: GraphML, GEXF, Cytoscape.js, node-link JSON, DOT, SVG, PNG,
Turtle, JSON-LD, N-Quads (one named graph per source document) and neo4j-admin import CSV."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

import ontology
from kg import rdf
from kg.errors import KGError, ValidationError
from kg.model import Entity, Relation

# One palette for every format: node colour by type, edge style by relation.
NODE_COLOURS = {
    "Organization": "#4e79a7",
    "Person": "#f28e2b",
    "Product": "#59a14f",
    "Project": "#b07aa1",
    "Location": "#9c755f",
}
EDGE_STYLES = {
    "invests-in": "solid",
    "competes-with": "dashed",
    "partners-with": "solid",
    "hosts-on": "dotted",
    "acquires": "bold",
    "owns": "bold",
    "supplies": "dotted",
    "employs": "solid",
    "develops": "solid",
    "accuses": "dashed",
    "announces": "dotted",
    "shares-revenue-with": "dashed",
}


@dataclass(frozen=True)
class Selection:
    """What to export; every format shares these filters."""

    entity_types: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    modality: str | None = None
    min_confidence: float | None = None
    document: str | None = None
    around: str | None = None
    depth: int = 1


def _edge_attributes(relation: Relation) -> dict[str, Any]:
    first = relation.evidence[0] if relation.evidence else None
    return {
        "id": relation.id,
        "relation": relation.relation,
        "label": relation.relation,
        "neo4j_type": ontology.load().relations[relation.relation].neo4j_type,
        "modality": str(relation.modality),
        "confidence": relation.confidence,
        "qualifiers": json.dumps(relation.qualifiers, sort_keys=True),
        "evidence": first.text if first else "",
        "evidence_count": len(relation.evidence),
        "documents": " ".join(sorted({e.document for e in relation.evidence})),
        "style": EDGE_STYLES.get(relation.relation, "solid"),
    }


def _node_attributes(entity: Entity) -> dict[str, Any]:
    return {
        "label": entity.name,
        "type": entity.type,
        "aliases": "; ".join(entity.aliases),
        "wikidata": entity.wikidata or "",
        "color": NODE_COLOURS.get(entity.type, "#bab0ac"),
    }


def to_networkx(relations: list[Relation]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for relation in relations:
        for end in (relation.subject, relation.object):
            graph.add_node(end.id, **_node_attributes(end))
        graph.add_edge(relation.subject.id, relation.object.id, key=relation.id, **_edge_attributes(relation))
    return graph


def _write_networkx(writer: Callable[..., Any]) -> Callable[[list[Relation]], bytes]:
    def export(relations: list[Relation]) -> bytes:
        buffer = io.BytesIO()
        writer(to_networkx(relations), buffer)
        return buffer.getvalue()

    return export


def cytoscape(relations: list[Relation]) -> bytes:
    return json.dumps(nx.cytoscape_data(to_networkx(relations)), default=str).encode()


def node_link(relations: list[Relation]) -> bytes:
    return json.dumps(nx.node_link_data(to_networkx(relations), edges="links"), default=str).encode()


def _quote(value: str) -> str:
    """A DOT string literal."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def entities_of(relations: list[Relation]) -> list[Entity]:
    """Both ends of every relation, each once, in first-seen order."""
    return list({e.id: e for r in relations for e in (r.subject, r.object)}.values())


def dot(relations: list[Relation]) -> bytes:
    lines = ["digraph kg {", "  node [shape=box, style=filled, fontcolor=white];"]
    for end in entities_of(relations):
        lines.append(
            f"  {_quote(end.id)} [label={_quote(end.name)}, "
            f"fillcolor={_quote(NODE_COLOURS.get(end.type, '#bab0ac'))}, type={_quote(end.type)}];"
        )
    for relation in relations:
        lines.append(
            f"  {_quote(relation.subject.id)} -> {_quote(relation.object.id)} [label={_quote(relation.relation)}, "
            f"style={EDGE_STYLES.get(relation.relation, 'solid')}, id={_quote(relation.id)}, "
            f"modality={_quote(str(relation.modality))}, confidence={relation.confidence}];"
        )
    lines.append("}")
    return "\n".join(lines).encode()


def _graphviz(output: str) -> Callable[[list[Relation]], bytes]:
    def render(relations: list[Relation]) -> bytes:
        if shutil.which("dot") is None:
            raise KGError(f"exporting {output.upper()} needs Graphviz's 'dot' (Debian package graphviz)")
        done = subprocess.run(
            ["dot", f"-T{output}"], input=dot(relations), capture_output=True, timeout=300, check=False
        )
        if done.returncode != 0:
            raise KGError(f"Graphviz failed: {done.stderr.decode(errors='replace')[:500]}")
        return done.stdout

    return render


def _rdf(format_: ox.RdfFormat, named_graphs: bool = False) -> Callable[[list[Relation]], bytes]:
    def export(relations: list[Relation]) -> bytes:
        quads: list[ox.Quad] = []
        for entity in entities_of(relations):
            quads.extend(ox.Quad(t.subject, t.predicate, t.object) for t in rdf.entity_triples(entity))
        for relation in relations:
            graph_name: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
            if named_graphs and relation.evidence:
                graph_name = rdf.document_iri(relation.evidence[0].document)
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in rdf.relation_triples(relation))
        if not format_.supports_datasets:
            return ox.serialize([q.triple for q in quads], format=format_, prefixes=rdf.PREFIXES) or b""
        return ox.serialize(quads, format=format_) or b""

    return export


def neo4j_csv(relations: list[Relation]) -> bytes:
    """Nodes then relationships, in neo4j-admin import's header form, as one multi-part text."""
    nodes, edges = io.StringIO(), io.StringIO()
    node_writer, edge_writer = csv.writer(nodes), csv.writer(edges)
    node_writer.writerow(["id:ID", "name", "aliases:string[]", "wikidata", ":LABEL"])
    edge_writer.writerow(
        [":START_ID", ":END_ID", ":TYPE", "id", "modality", "confidence:double", "qualifiers", "evidence"]
    )
    for end in entities_of(relations):
        node_writer.writerow([end.id, end.name, ";".join(end.aliases), end.wikidata or "", f"{end.type};Entity"])
    for relation in relations:
        attributes = _edge_attributes(relation)
        edge_writer.writerow(
            [
                relation.subject.id,
                relation.object.id,
                attributes["neo4j_type"],
                relation.id,
                attributes["modality"],
                relation.confidence,
                attributes["qualifiers"],
                " ".join(attributes["evidence"].split()),  # one line a row for neo4j-admin
            ]
        )
    return f"# nodes.csv\n{nodes.getvalue()}# relationships.csv\n{edges.getvalue()}".encode()


VIEWER_DIR = Path(__file__).parent / "viewer"


def _record(relation: Relation) -> dict[str, Any]:
    """A relation as the viewer reads it (the same shape as the API's relations)."""
    return {
        "id": relation.id,
        "relation": relation.relation,
        "modality": str(relation.modality),
        "confidence": relation.confidence,
        "qualifiers": relation.qualifiers,
        "subject": relation.subject.model_dump(),
        "object": relation.object.model_dump(),
        "evidence": [
            {"document": e.document, "text": e.text, "start": e.start, "end": e.end} for e in relation.evidence
        ],
    }


def html(relations: list[Relation]) -> bytes:
    """The viewer page with the data and every script inside: opens offline from a file."""
    page = (VIEWER_DIR / "index.html").read_text(encoding="utf-8")
    nodes = [e.model_dump() for e in entities_of(relations)]
    data = json.dumps({"nodes": nodes, "edges": [_record(r) for r in relations]})
    data = data.replace("</", "<\\/")  # never close the script element early

    def asset(name: str) -> str:
        return (VIEWER_DIR / name).read_text(encoding="utf-8")

    inline = {
        '<link rel="stylesheet" href="static/viewer.css">': f"<style>{asset('viewer.css')}</style>",
        '<script src="static/cytoscape.min.js"></script>': f"<script>{asset('cytoscape.min.js')}</script>",
        '<script src="static/viewer.js"></script>': f"<script>window.KG_DATA = {data};</script>"
        f"<script>{asset('viewer.js')}</script>",
    }
    for reference, content in inline.items():
        page = page.replace(reference, content)
    return page.encode()


EXPORTERS: dict[str, tuple[Callable[[list[Relation]], bytes], str]] = {
    "graphml": (_write_networkx(nx.write_graphml), "application/graphml+xml"),
    "gexf": (_write_networkx(nx.write_gexf), "application/gexf+xml"),
    "cytoscape": (cytoscape, "application/json"),
    "nodelink": (node_link, "application/json"),
    "dot": (dot, "text/vnd.graphviz"),
    "svg": (_graphviz("svg"), "image/svg+xml"),
    "png": (_graphviz("png"), "image/png"),
    "turtle": (_rdf(ox.RdfFormat.TURTLE), "text/turtle"),
    "jsonld": (_rdf(ox.RdfFormat.JSON_LD), "application/ld+json"),
    "nquads": (_rdf(ox.RdfFormat.N_QUADS, named_graphs=True), "application/n-quads"),
    "csv": (neo4j_csv, "text/csv"),
    "html": (html, "text/html"),
}


def export(relations: list[Relation], format_: str) -> tuple[bytes, str]:
    """The relations in `format_`, with its media type."""
    if format_ not in EXPORTERS:
        raise ValidationError(f"unknown export format {format_!r}; known: {', '.join(EXPORTERS)}")
    exporter, media = EXPORTERS[format_]
    return exporter(relations), media
