"""Exports of a filtered part of the graph: GraphML, GEXF, Cytoscape.js, node-link JSON, DOT, SVG, PNG,
Turtle, JSON-LD, N-Quads (one named graph per source document), neo4j-admin import CSV and the viewer page.

Every writer streams: it reads the relations once, as an iterator, and writes to a binary file-like
object as it goes. Formats that list nodes before edges write each node when it is first seen and
spool the edges to a temporary file, so memory holds the ids seen, not the graph. SVG and PNG leave
the whole graph to Graphviz (in its own process); the HTML viewer spools its nodes and edges and has a
configurable cap (KG_HTML_MAX_RELATIONS).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import queue
import re
import shutil
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox

import ontology
from kg import rdf
from kg.errors import KGError, ValidationError
from kg.model import Entity, Modality, Relation
from kg.settings import get_settings

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


PAGE_SIZE = 1000  # relations read from the store at a time by a streamed export

Writer = Callable[[Iterable[Relation], IO[bytes]], None]


def to_networkx(relations: Iterable[Relation]) -> nx.MultiDiGraph:
    """The relations as a networkx graph in memory (the same attributes the streamed formats carry)."""
    graph = nx.MultiDiGraph()
    for relation in relations:
        for end in (relation.subject, relation.object):
            graph.add_node(end.id, **_node_attributes(end))
        graph.add_edge(relation.subject.id, relation.object.id, key=relation.id, **_edge_attributes(relation))
    return graph


def entities_of(relations: Iterable[Relation]) -> list[Entity]:
    """Both ends of every relation, each once, in first-seen order."""
    return list({e.id: e for r in relations for e in (r.subject, r.object)}.values())


class _Text:
    """Text written to a binary stream as UTF-8, gathered into 64 KiB writes."""

    def __init__(self, out: IO[bytes]):
        self._out, self._parts, self._size = out, list[str](), 0

    def write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= 1 << 16:
            self.flush()

    def flush(self) -> None:
        if self._parts:
            self._out.write("".join(self._parts).encode())
            self._parts, self._size = [], 0


def _nodes_then_edges(
    relations: Iterable[Relation],
    out: IO[bytes],
    node: Callable[[Entity, int], str],
    edge: Callable[[Relation, int], str],
    parts: tuple[str, str, str],
    held: bool = False,
) -> None:
    """One pass: `parts[0]`, each end once as `node(entity, index)` in first-seen order, `parts[1]`,
    every relation as `edge(relation, index)`, `parts[2]`. Edges wait in a temporary file meanwhile; with
    `held`, nodes do too, so that nothing is written before every relation has been read (an error on the way,
    a cap passed, leaves `out` untouched)."""
    opening, middle, closing = parts
    seen: set[str] = set()
    spooled = tempfile.SpooledTemporaryFile
    with spooled(max_size=1 << 20) as edge_spool, spooled(max_size=1 << 20) as node_spool:
        nodes, edges = _Text(node_spool if held else out), _Text(edge_spool)
        if not held:
            nodes.write(opening)
        for index, relation in enumerate(relations):
            for end in (relation.subject, relation.object):
                if end.id not in seen:
                    seen.add(end.id)
                    nodes.write(node(end, len(seen) - 1))
            edges.write(edge(relation, index))
        nodes.flush()
        edges.flush()
        if held:
            out.write(opening.encode())
            node_spool.seek(0)
            shutil.copyfileobj(node_spool, out)
        out.write(middle.encode())
        edge_spool.seek(0)
        shutil.copyfileobj(edge_spool, out)
    out.write(closing.encode())


def _text(value: Any) -> str:
    """XML character data, escaped as ElementTree does."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: Any) -> str:
    """An XML attribute value in double quotes, escaped as ElementTree does."""
    escaped = _text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
    return '"' + escaped.replace("\t", "&#09;") + '"'


_NODE_KEYS = {"label": "string", "type": "string", "aliases": "string", "wikidata": "string", "color": "string"}
_EDGE_KEYS = {
    **dict.fromkeys(("id", "relation", "label", "neo4j_type", "modality"), "string"),
    "confidence": "double",
    **dict.fromkeys(("qualifiers", "evidence"), "string"),
    "evidence_count": "long",
    **dict.fromkeys(("documents", "style"), "string"),
}


def graphml(relations: Iterable[Relation], out: IO[bytes]) -> None:
    """GraphML as networkx's writer gives it (key ids d0.., all nodes, then all edges)."""
    keys = [("node", name, kind) for name, kind in _NODE_KEYS.items()]
    keys += [("edge", name, kind) for name, kind in _EDGE_KEYS.items()]
    key_id = {(scope, name): f"d{index}" for index, (scope, name, _) in enumerate(keys)}
    opening = (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
        + "".join(
            f'<key id="{key_id[scope, name]}" for="{scope}" attr.name="{name}" attr.type="{kind}"/>\n'
            for scope, name, kind in keys
        )
        + '<graph edgedefault="directed">\n'
    )

    def data(scope: str, attributes: dict[str, Any]) -> str:
        return "".join(f'  <data key="{key_id[scope, k]}">{_text(v)}</data>\n' for k, v in attributes.items())

    def node(entity: Entity, _: int) -> str:
        return f"<node id={_attribute(entity.id)}>\n{data('node', _node_attributes(entity))}</node>\n"

    def edge(relation: Relation, _: int) -> str:
        ends = f"source={_attribute(relation.subject.id)} target={_attribute(relation.object.id)}"
        return f"<edge {ends} id={_attribute(relation.id)}>\n{data('edge', _edge_attributes(relation))}</edge>\n"

    _nodes_then_edges(relations, out, node, edge, (opening, "", "</graph></graphml>\n"))


def gexf(relations: Iterable[Relation], out: IO[bytes]) -> None:
    """GEXF 1.2 as networkx's writer gives it: node and edge labels as attributes, the rest as attvalues."""
    node_keys = [k for k in _NODE_KEYS if k != "label"]
    edge_keys = [k for k in _EDGE_KEYS if k not in {"id", "label"}] + ["networkx_key"]
    kinds = {**_NODE_KEYS, **_EDGE_KEYS, "networkx_key": "string"}
    node_ids = {name: str(index) for index, name in enumerate(node_keys)}
    edge_ids = {name: str(index + len(node_keys)) for index, name in enumerate(edge_keys)}

    def declare(scope: str, ids: dict[str, str]) -> str:
        lines = "".join(f'      <attribute id="{ids[name]}" title="{name}" type="{kinds[name]}" />\n' for name in ids)
        return f'    <attributes mode="static" class="{scope}">\n{lines}    </attributes>\n'

    opening = (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
        f'  <meta lastmodifieddate="{date.today().isoformat()}">\n    <creator>kg</creator>\n  </meta>\n'
        '  <graph defaultedgetype="directed" mode="static" name="">\n'
        + declare("edge", edge_ids)
        + declare("node", node_ids)
        + "    <nodes>\n"
    )

    def values(ids: dict[str, str], attributes: dict[str, Any]) -> str:
        rows = "".join(f'          <attvalue for="{ids[k]}" value={_attribute(v)} />\n' for k, v in attributes.items())
        return f"        <attvalues>\n{rows}        </attvalues>\n"

    def node(entity: Entity, _: int) -> str:
        attributes = _node_attributes(entity)
        label = attributes.pop("label")
        return (
            f"      <node id={_attribute(entity.id)} label={_attribute(label)}>\n"
            f"{values(node_ids, attributes)}      </node>\n"
        )

    def edge(relation: Relation, _: int) -> str:
        attributes = _edge_attributes(relation)
        head = (
            f"source={_attribute(relation.subject.id)} target={_attribute(relation.object.id)} "
            f"id={_attribute(attributes.pop('id'))} label={_attribute(attributes.pop('label'))}"
        )
        attributes["networkx_key"] = relation.id
        return f"      <edge {head}>\n{values(edge_ids, attributes)}      </edge>\n"

    middle = "    </nodes>\n    <edges>\n"
    _nodes_then_edges(relations, out, node, edge, (opening, middle, "    </edges>\n  </graph>\n</gexf>\n"))


def _json_item(value: dict[str, Any], index: int) -> str:
    return (", " if index else "") + json.dumps(value, default=str)


def cytoscape(relations: Iterable[Relation], out: IO[bytes]) -> None:
    """Cytoscape.js elements JSON, as networkx's cytoscape_data gives it."""

    def node(entity: Entity, index: int) -> str:
        data = {**_node_attributes(entity), "id": entity.id, "value": entity.id, "name": entity.id}
        return _json_item({"data": data}, index)

    def edge(relation: Relation, index: int) -> str:
        ends = {"source": relation.subject.id, "target": relation.object.id, "key": relation.id}
        return _json_item({"data": {**_edge_attributes(relation), **ends}}, index)

    opening = '{"data": [], "directed": true, "multigraph": true, "elements": {"nodes": ['
    _nodes_then_edges(relations, out, node, edge, (opening, '], "edges": [', "]}}"))


def node_link(relations: Iterable[Relation], out: IO[bytes]) -> None:
    """Node-link JSON (D3), as networkx's node_link_data gives it."""

    def node(entity: Entity, index: int) -> str:
        return _json_item({**_node_attributes(entity), "id": entity.id}, index)

    def edge(relation: Relation, index: int) -> str:
        ends = {"source": relation.subject.id, "target": relation.object.id, "key": relation.id}
        return _json_item({**_edge_attributes(relation), **ends}, index)

    opening = '{"directed": true, "multigraph": true, "graph": {}, "nodes": ['
    _nodes_then_edges(relations, out, node, edge, (opening, '], "links": [', "]}"))


def _quote(value: str) -> str:
    """A DOT string literal."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def dot(relations: Iterable[Relation], out: IO[bytes]) -> None:
    def node(end: Entity, _: int) -> str:
        return (
            f"\n  {_quote(end.id)} [label={_quote(end.name)}, "
            f"fillcolor={_quote(NODE_COLOURS.get(end.type, '#bab0ac'))}, type={_quote(end.type)}];"
        )

    def edge(relation: Relation, _: int) -> str:
        kept = _edge_attributes(relation)  # (custom attributes: Graphviz keeps them, e.g. in -Tjson)
        return (
            f"\n  {_quote(relation.subject.id)} -> {_quote(relation.object.id)} [label={_quote(relation.relation)}, "
            f"style={kept['style']}, id={_quote(relation.id)}, modality={_quote(kept['modality'])}, "
            f"confidence={relation.confidence}, qualifiers={_quote(kept['qualifiers'])}, "
            f"evidence={_quote(kept['evidence'])}, evidence_count={kept['evidence_count']}, "
            f"documents={_quote(kept['documents'])}];"
        )

    opening = "digraph kg {\n  node [shape=box, style=filled, fontcolor=white];"
    _nodes_then_edges(relations, out, node, edge, (opening, "", "\n}"))


DOT_LAYOUT_MAX_EDGES = 200  # above this, SVG and PNG are laid out by sfdp, not dot
OVERVIEW_MIN_EDGES = 10_000  # above this, SVG and PNG draw an overview: nodes as points, no edge labels
GRAPHVIZ_TIMEOUT_S = 1800
# Measured here on random graphs with one node per 5 edges: dot's layered layout took 2.4 s at 250 edges
# and over 300 s at 1,000; sfdp with overlap removal 0.05, 0.21 and 2.1 s at 250, 1,000 and 4,000, 4.9 s
# at 10,000 with edge labels and 90 s at 100,000 without. Without edge labels or overlap removal sfdp took
# 10 s (140 MB) at 100,000 edges and 271 s (1.4 GB) at 1,000,000, while placing the labels of 10,000
# edges alone took 12 s: large graphs are drawn as an overview.
# (sfdp's compact drawing is scaled up to 40 x 40 inches, pen widths with it, so nodes and lines are drawn thin)
OVERVIEW = ["-Ksfdp", "-Goverlap=true", "-Goutputorder=edgesfirst", "-Gsize=40,40!", "-Gdpi=72", "-Nshape=point"]
OVERVIEW += ["-Nwidth=0.006", "-Npenwidth=0", "-Earrowsize=0.03", "-Epenwidth=0.02"]


class _Counted:
    """The relations, counted as they pass."""

    def __init__(self, relations: Iterable[Relation]):
        self._relations, self.seen = relations, 0

    def __iter__(self) -> Iterator[Relation]:
        for relation in self._relations:
            self.seen += 1
            yield relation


_EDGE_LABEL = re.compile(rb'^(\s*"(?:[^"\\]|\\.)*" -> "(?:[^"\\]|\\.)*" \[)label="(?:[^"\\]|\\.)*", ')


def _without_edge_labels(source: Path, target: Path) -> None:
    """The DOT that `dot` wrote, line by line, with its edge labels dropped."""
    with source.open("rb") as lines, target.open("wb") as out:
        for line in lines:
            out.write(_EDGE_LABEL.sub(rb"\1", line, count=1))


def _graphviz(output: str) -> Writer:
    def render(relations: Iterable[Relation], out: IO[bytes]) -> None:
        """DOT streamed to a file, rendered by Graphviz (which holds the graph) to a file, then copied."""
        if shutil.which("dot") is None:
            raise KGError(f"exporting {output.upper()} needs Graphviz's 'dot' (Debian package graphviz)")
        with tempfile.TemporaryDirectory(prefix="kg-export-") as work:
            source, target = Path(work) / "graph.dot", Path(work) / f"graph.{output}"
            counted = _Counted(relations)
            with source.open("wb") as file:
                dot(counted, file)
            engine = []
            if counted.seen > OVERVIEW_MIN_EDGES:
                _without_edge_labels(source, lean := Path(work) / "overview.dot")
                source, engine = lean, OVERVIEW
            elif counted.seen > DOT_LAYOUT_MAX_EDGES:
                engine = ["-Ksfdp", "-Goverlap=prism"]
            try:
                done = subprocess.run(
                    ["dot", *engine, f"-T{output}", str(source), "-o", str(target)],
                    capture_output=True,
                    timeout=GRAPHVIZ_TIMEOUT_S,
                    check=False,
                )
            except subprocess.TimeoutExpired as error:
                raise KGError(
                    f"Graphviz did not finish the {output.upper()} of {counted.seen} relations within "
                    f"{GRAPHVIZ_TIMEOUT_S} s: narrow the selection (relation, type, around, min confidence)"
                ) from error
            if done.returncode != 0:
                raise KGError(f"Graphviz failed: {done.stderr.decode(errors='replace')[:500]}")
            with target.open("rb") as file:
                shutil.copyfileobj(file, out)

    return render


def _quads(relations: Iterable[Relation], named_graphs: bool) -> Iterator[ox.Quad]:
    """Each entity's triples when it is first seen, then the relation's."""
    seen: set[str] = set()
    for relation in relations:
        for end in (relation.subject, relation.object):
            if end.id not in seen:
                seen.add(end.id)
                yield from (ox.Quad(t.subject, t.predicate, t.object) for t in rdf.entity_triples(end))
        graph_name: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
        if named_graphs and relation.evidence:
            graph_name = rdf.document_iri(relation.evidence[0].document)
        yield from (ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in rdf.relation_triples(relation))


def _rdf(format_: ox.RdfFormat, named_graphs: bool = False) -> Writer:
    def export(relations: Iterable[Relation], out: IO[bytes]) -> None:
        """pyoxigraph's serialisers stream: they write as the quads come."""
        quads = _quads(relations, named_graphs)
        if not format_.supports_datasets:
            ox.serialize((q.triple for q in quads), out, format=format_, prefixes=rdf.PREFIXES)
        else:
            ox.serialize(quads, out, format=format_)

    return export


NEO4J_NODE_HEADER = ["id:ID", "name", "aliases:string[]", "wikidata", ":LABEL"]
NEO4J_EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "id", "modality", "confidence:double", "qualifiers", "evidence"]


def neo4j_csv(relations: Iterable[Relation], out: IO[bytes]) -> None:
    """A ZIP of `nodes.csv` and `relationships.csv` with the headers `neo4j-admin database import full
    --nodes=nodes.csv --relationships=relationships.csv DATABASE` reads. Nodes are written as they are first
    met; relationships wait in a temporary file meanwhile (one pass, streamed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def row(values: list[Any]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    seen: set[str] = set()
    with (
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        tempfile.SpooledTemporaryFile(max_size=1 << 20) as spool,
    ):
        edges = _Text(spool)
        edges.write(row(NEO4J_EDGE_HEADER))
        with archive.open("nodes.csv", "w") as raw:
            nodes = _Text(raw)
            nodes.write(row(NEO4J_NODE_HEADER))
            for relation in relations:
                for end in (relation.subject, relation.object):
                    if end.id not in seen:
                        seen.add(end.id)
                        nodes.write(row(_neo4j_node(end)))
                edges.write(row(_neo4j_edge(relation)))
            nodes.flush()
        edges.flush()
        spool.seek(0)
        with archive.open("relationships.csv", "w") as raw:
            shutil.copyfileobj(spool, raw)


def _neo4j_node(entity: Entity) -> list[Any]:
    return [entity.id, entity.name, ";".join(entity.aliases), entity.wikidata or "", f"{entity.type};Entity"]


def _neo4j_edge(relation: Relation) -> list[Any]:
    attributes = _edge_attributes(relation)
    return [
        *(relation.subject.id, relation.object.id, attributes["neo4j_type"], relation.id, attributes["modality"]),
        *(relation.confidence, attributes["qualifiers"], " ".join(attributes["evidence"].split())),  # one line a row
    ]


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


def _in_script(value: dict[str, Any]) -> str:
    """JSON that cannot close the script element it is written in."""
    return json.dumps(value).replace("</", "<\\/")


def _offline_page() -> tuple[str, str]:
    """The viewer page with its stylesheet and scripts inline, split where its data script goes."""
    page = (VIEWER_DIR / "index.html").read_text(encoding="utf-8")

    def asset(name: str) -> str:
        return (VIEWER_DIR / name).read_text(encoding="utf-8")

    inline = {
        '<link rel="stylesheet" href="static/viewer.css">': f"<style>{asset('viewer.css')}</style>",
        '<script src="static/cytoscape.min.js"></script>': f"<script>{asset('cytoscape.min.js')}</script>",
        '<script src="static/viewer.js"></script>': f"<script>{_DATA}</script><script>{asset('viewer.js')}</script>",
    }
    for reference, content in inline.items():
        page = page.replace(reference, content)
    before, after = with_viewer_config(page).split(_DATA)
    return before, after


_DATA = "\x00data\x00"  # where the offline page's data goes


def _capped(relations: Iterable[Relation], cap: int) -> Iterator[Relation]:
    """The relations, refused once there are more than `cap` (0: no cap) of them."""
    for index, relation in enumerate(relations):
        if cap and index == cap:
            raise ValidationError(
                f"the html viewer export holds at most {cap} relations and this selection has more; narrow "
                "it (relation, type, document, around, min confidence), raise KG_HTML_MAX_RELATIONS "
                "(0: no cap) or use another format"
            )
        yield relation


def html(relations: Iterable[Relation], out: IO[bytes]) -> None:
    """The viewer page with the data and every script inside: opens offline from a file.

    Nodes and edges are held in temporary files as the relations pass (memory holds the ids seen) and the page
    is written once the selection is complete, so that a selection above the cap (settings.html_max_relations,
    KG_HTML_MAX_RELATIONS; 0 for none) is refused before its first byte."""
    before, after = _offline_page()

    def node(entity: Entity, index: int) -> str:
        return ("," if index else "") + _in_script(entity.model_dump())

    def edge(relation: Relation, index: int) -> str:
        return ("," if index else "") + _in_script(_record(relation))

    parts = (f'{before}window.KG_DATA = {{"nodes": [', '], "edges": [', f"]}};{after}")
    _nodes_then_edges(_capped(relations, get_settings().html_max_relations), out, node, edge, parts, held=True)


def viewer_config() -> dict[str, Any]:
    """What the viewer draws with: the palette every export uses and the ontology's vocabulary."""
    onto = ontology.load()
    return {
        "colours": NODE_COLOURS,
        "styles": {rel: EDGE_STYLES.get(rel, "solid") for rel in onto.relations},
        "symmetric": sorted(rel.id for rel in onto.relations.values() if rel.symmetric),
        "modalities": [m.value for m in Modality],
    }


def with_viewer_config(page: str) -> str:
    """The viewer page with its configuration inlined before its first script."""
    config = json.dumps(viewer_config()).replace("</", "<\\/")
    return page.replace("<script", f"<script>window.KG_CONFIG = {config};</script><script", 1)


EXPORTERS: dict[str, tuple[Writer, str]] = {
    "graphml": (graphml, "application/graphml+xml"),
    "gexf": (gexf, "application/gexf+xml"),
    "cytoscape": (cytoscape, "application/json"),
    "nodelink": (node_link, "application/json"),
    "dot": (dot, "text/vnd.graphviz"),
    "svg": (_graphviz("svg"), "image/svg+xml"),
    "png": (_graphviz("png"), "image/png"),
    "turtle": (_rdf(ox.RdfFormat.TURTLE), "text/turtle"),
    "jsonld": (_rdf(ox.RdfFormat.JSON_LD), "application/ld+json"),
    "nquads": (_rdf(ox.RdfFormat.N_QUADS, named_graphs=True), "application/n-quads"),
    "csv": (neo4j_csv, "application/zip"),
    "html": (html, "text/html"),
}


def media_type(format_: str) -> str:
    """The media type of an export format; an unknown format is refused with the known ones."""
    if format_ not in EXPORTERS:
        raise ValidationError(f"unknown export format {format_!r}; known: {', '.join(EXPORTERS)}")
    return EXPORTERS[format_][1]


def write(relations: Iterable[Relation], format_: str, out: IO[bytes]) -> str:
    """Write the relations in `format_` to a binary stream as they come; returns the media type."""
    media = media_type(format_)
    EXPORTERS[format_][0](relations, out)
    return media


def export(relations: Iterable[Relation], format_: str) -> tuple[bytes, str]:
    """The relations in `format_`, in memory, with its media type."""
    buffer = io.BytesIO()
    media = write(relations, format_, buffer)
    return buffer.getvalue(), media


class _Stopped(Exception):
    """The reader of a stream went away."""


_DONE = object()


class _Pipe(io.RawIOBase):
    """The writing end of `stream`: each write becomes a chunk in a bounded queue."""

    def __init__(self, chunks: queue.Queue[object], stop: threading.Event):
        self._chunks, self._stop = chunks, stop

    def writable(self) -> bool:
        return True

    def put(self, item: object) -> None:
        while not self._stop.is_set():
            try:
                self._chunks.put(item, timeout=0.2)
                return
            except queue.Full:
                continue
        raise _Stopped

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.put(chunk)
        return len(chunk)


def stream(produce: Callable[[IO[bytes]], object], chunk_size: int = 1 << 16) -> Iterator[bytes]:
    """What `produce` writes to a binary stream, as chunks, with `produce` run in a thread.

    `produce` starts at once; an error it raises before writing anything is raised here, so that a
    web response can still report it. Later errors end the iteration with that error; closing the
    iterator stops the writer at its next write."""
    chunks: queue.Queue[object] = queue.Queue(maxsize=8)
    stop = threading.Event()
    pipe = _Pipe(chunks, stop)

    def run() -> None:
        try:
            with io.BufferedWriter(pipe, buffer_size=chunk_size) as buffered:
                produce(buffered)
            pipe.put(_DONE)
        except _Stopped:
            return
        except BaseException as error:  # handed to the reader, which raises it
            with contextlib.suppress(_Stopped):
                pipe.put(error)

    worker = threading.Thread(target=run, name="kg-export", daemon=True)
    worker.start()

    def read() -> Iterator[bytes]:
        try:
            while (item := chunks.get()) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                assert isinstance(item, bytes)
                yield item
        finally:
            stop.set()

    reader = read()
    first = next(reader, None)  # raises an early error here

    def rest() -> Iterator[bytes]:
        if first is not None:
            yield first
        yield from reader  # closing this closes the reader, which stops the writer

    return rest()
