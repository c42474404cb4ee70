"""The `kg` command: a thin layer over KnowledgeGraph; errors print without a traceback."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

import loaders
from kg import exports
from kg.build import default_extractor, relation_line, stated
from kg.errors import KGError, ValidationError
from kg.graph import KnowledgeGraph
from kg.settings import get_settings
from loaders.extractions import extraction_line

F = TypeVar("F", bound=Callable[..., Any])
extractor_option = click.option(
    "--extractor",
    type=click.Choice(["rules", "llm"]),
    default=None,
    help="rules (offline, default) or llm (OpenAI-compatible endpoint, KG_LLM_*); env KG_EXTRACTOR.",
)
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


def report_rejected(extractor: Any) -> None:
    """On stderr: how many proposed relations an extractor turned down, by reason (llm only)."""
    rejected = getattr(extractor, "rejected", None)
    if rejected:
        reasons = Counter(r.reason for r in rejected)
        detail = ", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items()))
        click.echo(f"{extractor.name}: {len(rejected)} proposed relations rejected ({detail})", err=True)


@click.group()
@click.version_option(package_name="kg")
@click.option("--neo4j-user", envvar="KG_NEO4J_USER", help="User for a bolt:// or neo4j:// store (env KG_NEO4J_USER).")
@click.option(
    "--neo4j-password", envvar="KG_NEO4J_PASSWORD", help="Password for a Neo4j store (env KG_NEO4J_PASSWORD)."
)
@click.option("--neo4j-database", envvar="KG_NEO4J_DATABASE", help="Database of a Neo4j store (env KG_NEO4J_DATABASE).")
def cli(neo4j_user: str | None, neo4j_password: str | None, neo4j_database: str | None) -> None:
    """Build a knowledge graph from documents and query it (Cypher, REST)."""
    # the settings (and the extraction workers ingest starts) read the environment: the options go there
    given = {"KG_NEO4J_USER": neo4j_user, "KG_NEO4J_PASSWORD": neo4j_password, "KG_NEO4J_DATABASE": neo4j_database}
    os.environ.update({name: value for name, value in given.items() if value})


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@extractor_option
@click.option("--title", help="Title of the documents of this call (instead of what the files say).")
@click.option("--source", help="Source URI of the documents of this call.")
@click.option("--author", help="Author of the documents of this call.")
@click.option("--published", help="Publication date (ISO, e.g. 2024-05-01) of the documents of this call.")
@click.option("--language", help="Language code (e.g. en) of the documents of this call.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes extracting in parallel (default: all cores; 1: in-process).",
)
@click.option(
    "--bulk",
    is_flag=True,
    help="Load into an empty embedded store at once (COPY; several times faster; all or nothing).",
)
@reports_errors
def ingest(
    paths: tuple[str, ...],
    store: str | None,
    extractor: str | None,
    workers: int | None,
    bulk: bool,
    **metadata: str | None,
) -> None:
    """Ingest files, folders or http(s) URLs into the store."""
    chosen = default_extractor(extractor)
    with KnowledgeGraph.open(store) as graph:
        unread: list[Path] = []
        files = graph.discover(paths, unread)
        try:
            loaders.check_sources(metadata, len(files))
        except ValidationError as error:
            raise click.UsageError(str(error)) from error
        with _progress(len(files)) as progress:
            report = graph.ingest(
                files, progress=progress, metadata=metadata, extractor=chosen, workers=workers, bulk=bulk
            )
        report_rejected(chosen)
        click.echo(
            f"documents: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
            f"{len(report.skipped)} skipped; relations written: {report.relations}"
        )
        click.echo(f"by format: {report.summary()}")
        if unread:
            click.echo(
                f"not read (no loader): {len(unread)} ({', '.join(p.name for p in unread[:10])}"
                f"{', ...' if len(unread) > 10 else ''})"
            )
        for _source, reason in report.skipped:
            click.echo(f"skipped {reason}", err=True)
        stats = graph.stats()
        click.echo(
            f"store {stats['store']}: {stats['documents']} documents, {stats['entity_total']} entities, "
            f"{stats['relation_total']} relations"
        )


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Any], None]]:
    """A progress bar on a terminal; elsewhere (a log, a pipe) a line every twentieth of the sources and at the
    last one: 'ingesting 40/200 (20%) reports/q3.pdf'."""
    if sys.stderr.isatty():
        with click.progressbar(length=total, label="ingesting", file=sys.stderr, item_show_func=lambda p: p) as bar:
            yield lambda path: bar.update(1, str(path))
        return
    done, step = 0, max(1, total // 20)

    def report(path: Any) -> None:
        nonlocal done
        done += 1
        if done % step == 0 or done == total:
            click.echo(f"ingesting {done}/{total} ({100 * done // max(total, 1)}%) {path}", err=True)

    yield report


def parse_shard(value: str | None) -> tuple[int, int] | None:
    """`K/N` (1 <= K <= N) as (K, N); None when not given."""
    if value is None:
        return None
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected K/N, e.g. 2/8") from None
    if not 1 <= k <= n:
        raise click.BadParameter(f"{value!r}: K must be between 1 and N")
    return k, n


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output",
    type=click.Choice(["jsonl", "json", "extraction"]),
    default="jsonl",
    help="jsonl/json: relations, one a line / a list; extraction: each document's whole extraction a line, "
    "to store elsewhere with `kg ingest FILE.extraction.jsonl` (negated relations included).",
)
@click.option("--shard", help="K/N: only the K-th of every N sources (1..N), so that N workers split one corpus.")
@click.option("--include-negated", is_flag=True, help="Also print relations the text denies.")
@extractor_option
@reports_errors
def extract(
    paths: tuple[str, ...], output: str, shard: str | None, include_negated: bool, extractor: str | None
) -> None:
    """Print what files, folders or URLs say, without storing it; a source that fails is named on stderr."""
    chosen = default_extractor(extractor)
    part = parse_shard(shard)
    sources = KnowledgeGraph.discover(paths)
    if part is not None:
        sources = sources[part[0] - 1 :: part[1]]
    lines, failed = [], 0
    for source in sources:
        try:
            found = KnowledgeGraph.extract(source, chosen)
        except KGError as error:
            if len(paths) == 1 and len(sources) == 1:
                raise
            click.echo(f"error: {error}", err=True)
            failed += 1
            continue
        for extraction in found:
            if output == "extraction":
                click.echo(extraction_line(extraction))
                continue
            for relation in stated(extraction, include_negated=include_negated).relations:
                if output == "json":
                    lines.append(relation_line(relation, extraction.document.text))
                else:
                    click.echo(json.dumps(relation_line(relation, extraction.document.text), ensure_ascii=False))
    report_rejected(chosen)
    if output == "json":
        click.echo(json.dumps(lines, indent=2))
    if failed:
        click.echo(f"{failed} of {len(sources)} sources failed", err=True)
        sys.exit(1)


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
@click.option(
    "--timeout-ms", type=click.IntRange(min=0), default=None, help="Time limit; 0: none (default KG_QUERY_TIMEOUT_MS)."
)
@store_option
@reports_errors
def sparql(text: str, output: str, timeout_ms: int | None, store: str | None) -> None:
    """Run a SPARQL 1.1 query over the RDF view of the graph (read-only)."""
    accept = {
        "json": "application/sparql-results+json",
        "csv": "text/csv",
        "table": "text/tab-separated-values",
        "turtle": "text/turtle",
    }[output]
    with KnowledgeGraph.open(store) as graph:
        data, _media = graph.sparql(text, accept, timeout_ms=timeout_ms)
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


@cli.group()
def entities() -> None:
    """Change entities: merge two names found to be one."""


@entities.command("merge")
@click.argument("source")
@click.argument("into")
@store_option
@reports_errors
def entities_merge(source: str, into: str, store: str | None) -> None:
    """Merge the entity SOURCE into INTO (names, aliases or ids): all evidence is kept and moves to INTO."""
    with KnowledgeGraph.open(store) as graph:
        merged = graph.merge_entities(source, into)
    click.echo(
        f"merged {merged.removed} into {merged.entity}: {merged.documents} documents stored again; "
        f"aliases: {', '.join(merged.aliases) or '-'}"
    )


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
    help="graphml, gexf, cytoscape, nodelink, dot, svg, png, turtle, jsonld, nquads, csv, html",
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
        if output is None:
            graph.export_to(sys.stdout.buffer, format_, selection)
            return
        partial = output.with_name(output.name + ".part")  # streamed here, renamed once complete
        try:
            with partial.open("wb") as file:
                graph.export_to(file, format_, selection)
            partial.replace(output)
        finally:
            partial.unlink(missing_ok=True)
    click.echo(f"wrote {output.stat().st_size} bytes to {output}", err=True)


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


@cli.command()
@store_option
@reports_errors
def reindex(store: str | None) -> None:
    """Drop the RDF view (what SPARQL queries) and rebuild it from the store."""
    with KnowledgeGraph.open(store) as graph:
        counts = graph.reindex()
    click.echo(
        f"RDF view rebuilt: {len(counts.statements)} statements, {len(counts.entities)} entities, "
        f"{len(counts.documents)} documents, {counts.triples} triples"
    )


@cli.command("check")
@click.option("--repair", is_flag=True, help="Fix what can be fixed, then check again.")
@store_option
@reports_errors
def check_command(repair: bool, store: str | None) -> None:
    """Check that the store is consistent and the RDF view agrees with it; exit 1 on any problem."""
    from kg import check

    with KnowledgeGraph.open(store) as graph:
        report = check.check(graph)
        click.echo(", ".join(f"{n} {what}" for what, n in report.counts.items()))
        for problem in report.store + report.view:
            click.echo(f"problem: {problem}")
        if repair and not report.ok:
            for done in check.repair(graph, report):
                click.echo(f"repaired: {done}")
            report = check.check(graph)
            for problem in report.store + report.view:
                click.echo(f"still a problem: {problem}")
    click.echo("consistent" if report.ok else f"{len(report.store) + len(report.view)} problems")
    sys.exit(0 if report.ok else 1)


@cli.command("compile")
@click.option("--force", is_flag=True, help="Build again even if the build there is fresh.")
@click.option("--remove", is_flag=True, help="Delete the compiled modules: the pure Python ones run.")
@click.option("--status", "show_status", is_flag=True, help="Only say whether a build is there and fresh.")
@reports_errors
def compile_command(force: bool, remove: bool, show_status: bool) -> None:
    """Compile the rule extractor to C with mypyc (needs a C compiler): the same output, faster.

    The build is used while it matches the sources; after a rule is edited the pure Python modules run
    until the next `kg compile`. KG_PURE_PYTHON=1 turns it off; KG_COMPILED_DIR moves it."""
    from loaders.extraction import compiled

    state = compiled.status()
    if show_status:
        in_use = "in use" if compiled.is_active() else "not in use"
        click.echo(f"{compiled.compiled_dir()}: {state} ({in_use} in this process)")
    elif remove:
        click.echo("removed" if compiled.remove() else "nothing to remove")
    elif state == "fresh" and not force:
        click.echo(f"{compiled.compiled_dir()} is fresh: nothing to do (--force builds it again)")
    else:
        click.echo(f"compiling {len(compiled.MODULES)} extraction modules with mypyc (a few minutes) ...")
        click.echo(f"built {compiled.build()}; used by every process started from now on")


def main() -> None:
    cli()
