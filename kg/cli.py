"""The `kg` command: a thin layer over KnowledgeGraph; errors print without a traceback."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import exports
from kg.build import stated
from kg.errors import KGError
from kg.graph import KnowledgeGraph
from kg.model import Relation
from kg.settings import get_settings

F = TypeVar("F", bound=Callable[..., Any])
store_option = click.option(
    "--store", envvar="KG_STORE", default=None, help="Store folder or URI (env KG_STORE, default ./kg-data)."
)


def reports_errors(function: F) -> F:
    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except KGError as error:
            click.echo(f"error: {error}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def relation_line(relation: Relation) -> dict[str, Any]:
    """The JSON line `kg extract` prints for one relation (first evidence)."""
    evidence = relation.evidence[0] if relation.evidence else None
    return {
        "subject": {"id": relation.subject.id, "name": relation.subject.name, "type": relation.subject.type},
        "relation": relation.relation,
        "object": {"id": relation.object.id, "name": relation.object.name, "type": relation.object.type},
        "evidence": (
            {"document": evidence.document, "text": evidence.text, "start": evidence.start, "end": evidence.end}
            if evidence
            else None
        ),
        "qualifiers": relation.qualifiers,
        "modality": str(relation.modality),
        "confidence": relation.confidence,
    }


@click.group()
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph from documents and query it (Cypher, REST)."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes extracting in parallel (default: all cores; 1: in-process).",
)
@reports_errors
def ingest(paths: tuple[Path, ...], store: str | None, workers: int | None) -> None:
    """Ingest files or folders into the store."""
    with KnowledgeGraph.open(store) as graph:
        files = graph.discover(paths)
        with click.progressbar(length=len(files), label="ingesting", file=sys.stderr) as bar:
            report = graph.ingest(files, progress=lambda _path: bar.update(1), workers=workers)
        click.echo(
            f"documents: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
            f"{len(report.skipped)} skipped; relations written: {report.relations}"
        )
        for path, reason in report.skipped:
            click.echo(f"skipped {path}: {reason}", err=True)
        stats = graph.stats()
        click.echo(
            f"store {stats['store']}: {stats['documents']} documents, {stats['entity_total']} entities, "
            f"{stats['relation_total']} relations"
        )


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "output", type=click.Choice(["jsonl", "json"]), default="jsonl")
@click.option("--include-negated", is_flag=True, help="Also print relations the text denies.")
@reports_errors
def extract(file: Path, output: str, include_negated: bool) -> None:
    """Print the relations found in one document, without storing them."""
    lines = [
        relation_line(r)
        for extraction in KnowledgeGraph.extract(file)
        for r in stated(extraction, include_negated=include_negated).relations
    ]
    if output == "json":
        click.echo(json.dumps(lines, indent=2))
    else:
        for line in lines:
            click.echo(json.dumps(line, ensure_ascii=False))


@cli.group()
def query() -> None:
    """Run queries against the store."""


def _parse_param(value: str) -> tuple[str, Any]:
    if "=" not in value:
        raise click.BadParameter(f"{value!r}: expected NAME=VALUE")
    name, raw = value.split("=", 1)
    try:
        parsed = json.loads(raw)
    except json.JSONDecodeError:
        parsed = raw
    return name, parsed


@query.command("cypher")
@click.argument("text")
@click.option("--param", "params", multiple=True, help="NAME=VALUE (VALUE read as JSON when it parses).")
@click.option("--format", "output", type=click.Choice(["table", "json"]), default="table")
@click.option("--write", is_flag=True, help="Allow a query that writes (refused by default).")
@store_option
@reports_errors
def cypher(text: str, params: tuple[str, ...], output: str, write: bool, store: str | None) -> None:
    """Run a Cypher query (read-only unless --write)."""
    parameters = dict(_parse_param(p) for p in params)
    with KnowledgeGraph.open(store) as graph:
        result = graph.cypher(text, parameters, write=write)
    if output == "json":
        click.echo(json.dumps({"columns": result.columns, "rows": result.rows}, indent=2, default=str))
        return
    click.echo("\t".join(result.columns))
    for row in result.rows:
        click.echo("\t".join(v if isinstance(v, str) else json.dumps(v, default=str) for v in row))


@query.command("sparql")
@click.argument("text")
@click.option("--format", "output", type=click.Choice(["json", "csv", "table", "turtle"]), default="table")
@store_option
@reports_errors
def sparql(text: str, output: str, store: str | None) -> None:
    """Run a SPARQL 1.1 query over the RDF view of the graph (read-only)."""
    accept = {
        "json": "application/sparql-results+json",
        "csv": "text/csv",
        "table": "text/tab-separated-values",
        "turtle": "text/turtle",
    }[output]
    with KnowledgeGraph.open(store) as graph:
        data, _media = graph.sparql(text, accept)
    click.echo(data.decode("utf-8").rstrip("\n"))


@cli.command()
@store_option
@reports_errors
def stats(store: str | None) -> None:
    """Counts of documents, entities and relations."""
    with KnowledgeGraph.open(store) as graph:
        click.echo(json.dumps(graph.stats(), indent=2))


@cli.group()
def documents() -> None:
    """List or remove documents."""


@documents.command("list")
@store_option
@reports_errors
def documents_list(store: str | None) -> None:
    with KnowledgeGraph.open(store) as graph:
        for document in graph.documents(limit=10_000):
            click.echo(f"{document.id}\t{document.title or ''}")


@documents.command("rm")
@click.argument("document_id")
@store_option
@reports_errors
def documents_rm(document_id: str, store: str | None) -> None:
    """Remove one document's evidence; relations and entities nothing else supports go too."""
    with KnowledgeGraph.open(store) as graph:
        graph.delete_document(document_id)
    click.echo(f"removed {document_id}")


@cli.command()
@click.option("--from", "source", required=True, help="Store to copy from (folder or bolt:// URI).")
@click.option("--to", "target", required=True, help="Store to copy into (folder or bolt:// URI).")
@reports_errors
def sync(source: str, target: str) -> None:
    """Copy a store into another: embedded to Neo4j or back. Re-running changes nothing."""
    with KnowledgeGraph.open(source) as origin, KnowledgeGraph.open(target) as destination:
        copied = origin.sync_to(destination)
        stats = destination.stats()
    click.echo(
        f"copied {copied} documents; {target}: {stats['entity_total']} entities, {stats['relation_total']} relations"
    )


@cli.command("export")
@click.option(
    "--format",
    "format_",
    required=True,
    help="graphml, gexf, cytoscape, nodelink, dot, svg, png, turtle, jsonld, nquads, csv",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File (default stdout).")
@click.option("--type", "entity_types", multiple=True, help="Entity types to keep (repeatable).")
@click.option("--relation", "relations", multiple=True, help="Relation ids to keep (repeatable).")
@click.option("--modality", default=None)
@click.option("--min-confidence", type=float, default=None)
@click.option("--document", default=None, help="Only facts supported by this document.")
@click.option("--around", default=None, help="Only the neighbourhood of this entity (name or id).")
@click.option("--depth", type=click.IntRange(1, 3), default=1)
@store_option
@reports_errors
def export_graph(
    format_: str,
    output: Path | None,
    entity_types: tuple[str, ...],
    relations: tuple[str, ...],
    modality: str | None,
    min_confidence: float | None,
    document: str | None,
    around: str | None,
    depth: int,
    store: str | None,
) -> None:
    """Export the graph, or a filtered part of it, for Gephi, Cytoscape, yEd, Graphviz, RDF tools, neo4j-admin."""
    selection = exports.Selection(entity_types, relations, modality, min_confidence, document, around, depth)
    with KnowledgeGraph.open(store) as graph:
        data, _media = graph.export(format_, selection)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        click.echo(f"wrote {len(data)} bytes to {output}", err=True)


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@reports_errors
def serve(store: str | None, host: str, port: int) -> None:
    """Serve the REST API, Cypher endpoint and OpenAPI docs."""
    import uvicorn

    from api.app import create_app

    if host not in {"127.0.0.1", "localhost", "::1"} and not get_settings().api_key:
        click.secho(
            f"WARNING: serving on {host} without an API key: anyone who can reach this port can "
            "add and delete documents. Set KG_API_KEY.",
            fg="red",
            bold=True,
            err=True,
        )

    uvicorn.run(create_app(store or get_settings().store), host=host, port=port)


def main() -> None:
    cli()
