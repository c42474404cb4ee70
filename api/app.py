"""FastAPI application: thin routes over one KnowledgeGraph; KGError mapped to HTTP codes in one place."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from http import HTTPStatus
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import ontology
from kg.errors import (
    AuthError,
    ExtractorError,
    KGError,
    LoaderError,
    NotFoundError,
    QueryError,
    StoreError,
    ValidationError,
)
from kg.exports import EXPORTERS, VIEWER_DIR, Selection, media_type, stream, with_viewer_config
from kg.graph import KnowledgeGraph
from kg.model import Modality
from kg.rdf import GRAPH_FORMATS, RESULT_FORMATS
from kg.settings import Settings, get_settings

from .limits import BodyLimit
from .schemas import (
    CypherRequest,
    CypherResponse,
    DocumentDetail,
    DocumentIn,
    DocumentOut,
    EntityDetail,
    EntityOut,
    ErrorBody,
    GraphOut,
    MergeIn,
    MergeOut,
    Page,
    PathOut,
    RelationOut,
    WriteOut,
    document_out,
    entity_detail,
    entity_out,
    relation_out,
)

_STATUS: dict[type[KGError], int] = {
    AuthError: 401,
    NotFoundError: 404,
    QueryError: 400,
    ValidationError: 422,
    LoaderError: 422,
    StoreError: 503,
    ExtractorError: 502,
}
ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorBody},
    404: {"model": ErrorBody},
    422: {"model": ErrorBody},
}
STATIC = VIEWER_DIR
SPARQL_MEDIA = [*RESULT_FORMATS, *GRAPH_FORMATS]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000)]


async def get_graph(request: Request) -> KnowledgeGraph:
    """Async, so that FastAPI calls it in the event loop: a sync dependency costs a thread hop per request."""
    graph: KnowledgeGraph = request.app.state.graph
    return graph


def page_json(page: Page[RelationOut]) -> Response:
    """A page serialised once: returned as a model, FastAPI would dump it, validate it again and serialise
    it (in a worker thread, for a sync route), ~1-2 ms of a lookup that takes a few."""
    return Response(content=page.model_dump_json(), media_type="application/json")


Graph = Annotated[KnowledgeGraph, Depends(get_graph)]


def require_key(request: Request) -> None:
    """Write routes need X-API-Key when a key is configured (KG_API_KEY)."""
    expected = request.app.state.settings.api_key
    if expected and not secrets.compare_digest(request.headers.get("x-api-key", ""), expected):
        raise AuthError("this route writes: send the configured key in the X-API-Key header")


def create_app(
    store: str | None = None, graph: KnowledgeGraph | None = None, settings: Settings | None = None
) -> FastAPI:
    """The API over `graph`, or over the store at `store` (opened at start-up, closed at shutdown)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        opened = graph is None
        app.state.graph = graph or KnowledgeGraph.open(store or get_settings().store)
        yield
        if opened:
            app.state.graph.close()

    app = FastAPI(
        title="kg",
        version="0.1.0",
        lifespan=lifespan,
        description="Knowledge graph with evidence on every edge: entities, relations, Cypher.",
    )

    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"], allow_headers=["*"]
        )

    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = [{"field": ".".join(str(part) for part in e["loc"]), "message": e["msg"]} for e in error.errors()]
        detail = "; ".join(f"{p['field']}: {p['message']}" for p in problems)
        content = {"error": "ValidationError", "detail": detail, "fields": problems}
        return JSONResponse(status_code=422, content=jsonable_encoder(content))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        name = HTTPStatus(error.status_code).phrase.replace(" ", "").replace("-", "")
        return JSONResponse(
            status_code=error.status_code,
            content={"error": name, "detail": str(error.detail)},
            headers=getattr(error, "headers", None),
        )

    @app.exception_handler(KGError)
    async def kg_error(_request: Request, error: KGError) -> JSONResponse:
        status = next((code for cls, code in _STATUS.items() if isinstance(error, cls)), 400)
        return JSONResponse(status_code=status, content={"error": type(error).__name__, "detail": str(error)})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def viewer() -> HTMLResponse:
        return HTMLResponse(with_viewer_config((STATIC / "index.html").read_text(encoding="utf-8")))

    @app.get("/health")
    def health(graph: Graph) -> dict[str, object]:
        stats = graph.stats()
        return {"status": "ok", "documents": stats["documents"], "relations": stats["relation_total"]}

    @app.get("/entities", response_model=Page[EntityOut])
    def search_entities(
        graph: Graph, q: str | None = None, type: str | None = None, limit: Limit = 50, offset: Offset = 0
    ) -> Page[EntityOut]:
        items = [entity_out(e) for e in graph.search(q, type, limit, offset)]
        return Page[EntityOut](items=items, limit=limit, offset=offset, count=len(items))

    @app.get("/entities/{entity_id}", response_model=EntityDetail, responses=ERRORS)
    def get_entity(graph: Graph, entity_id: str) -> EntityDetail:
        return entity_detail(graph.entity(entity_id))

    @app.get("/entities/{entity_id}/relations", response_model=Page[RelationOut], responses=ERRORS)
    def entity_relations(
        graph: Graph,
        entity_id: str,
        type: str | None = None,
        direction: Literal["out", "in", "both"] = "both",
        modality: Modality | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        graph.entity(entity_id)
        items = [
            relation_out(r)
            for r in graph.relations(
                entity=entity_id, direction=direction, relation=type, modality=modality, limit=limit, offset=offset
            )
        ]
        return page_json(Page[RelationOut](items=items, limit=limit, offset=offset, count=len(items)))

    @app.get("/entities/{entity_id}/graph", response_model=GraphOut, responses=ERRORS)
    def entity_graph(
        graph: Graph, entity_id: str, depth: Annotated[int, Query(ge=1, le=3)] = 1, type: str | None = None
    ) -> GraphOut:
        sub = graph.neighbourhood(entity_id, depth, type)
        return GraphOut(
            nodes=[entity_out(e) for e in sub.nodes.values()], edges=[relation_out(r) for r in sub.edges.values()]
        )

    @app.get("/paths", response_model=list[PathOut], responses=ERRORS)
    def paths(
        graph: Graph,
        from_: Annotated[str, Query(alias="from", min_length=1)],
        to: Annotated[str, Query(min_length=1)],
        max: Annotated[int, Query(ge=1, le=6)] = 4,
    ) -> list[PathOut]:
        found = graph.paths(from_, to, max_length=max)
        return [PathOut(length=len(p), relations=[relation_out(r) for r in p]) for p in found]

    @app.get("/relations", response_model=Page[RelationOut], responses=ERRORS)
    def list_relations(
        graph: Graph,
        subject: str | None = None,
        relation: str | None = None,
        object: str | None = None,
        modality: Modality | None = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
        document: str | None = None,
        since: Annotated[date | None, Query(description="supported by a document published on or after")] = None,
        until: Annotated[date | None, Query(description="supported by a document published on or before")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        items = [
            relation_out(r)
            for r in graph.relations(
                subject=subject,
                relation=relation,
                object=object,
                modality=modality,
                min_confidence=min_confidence,
                document=document,
                since=since,
                until=until,
                limit=limit,
                offset=offset,
            )
        ]
        return page_json(Page[RelationOut](items=items, limit=limit, offset=offset, count=len(items)))

    @app.post("/query/cypher", response_model=CypherResponse, responses=ERRORS)
    def cypher(graph: Graph, body: CypherRequest) -> CypherResponse:
        result = graph.cypher(body.query, body.parameters)
        return CypherResponse(columns=result.columns, rows=result.rows)

    @app.get("/sparql", responses={200: {"content": {m: {} for m in SPARQL_MEDIA}}, **ERRORS})
    def sparql_get(graph: Graph, request: Request, query: Annotated[str, Query(min_length=1)]) -> Response:
        data, media = graph.sparql(query, request.headers.get("accept", ""))
        return Response(content=data, media_type=media)

    @app.post("/sparql", responses={200: {"content": {m: {} for m in SPARQL_MEDIA}}, **ERRORS})
    async def sparql_post(graph: Graph, request: Request) -> Response:
        """SPARQL 1.1 Protocol: `application/sparql-query` body or a form field `query`."""
        content_type = request.headers.get("content-type", "")
        form = await request.form() if content_type.startswith("application/x-www-form-urlencoded") else None
        body = "" if form is not None else (await request.body()).decode("utf-8", errors="replace")
        # SPARQL 1.1 Update's two forms: its own media type, or a form field 'update'
        if content_type.startswith("application/sparql-update") or (form is not None and "update" in form):
            require_key(request)  # (an update writes)
            graph.sparql_update(str(form.get("update") or "") if form is not None else body)
            return Response(status_code=204)
        if form is not None:
            query = str(form.get("query") or "")
        elif content_type.startswith("application/sparql-query"):
            query = body
        else:
            raise QueryError("send the query as application/sparql-query or as form field 'query'")
        if not query.strip():
            raise QueryError("empty SPARQL query")
        data, media = graph.sparql(query, request.headers.get("accept", ""))
        return Response(content=data, media_type=media)

    @app.get("/ontology", responses={200: {"content": {"text/turtle": {}, "application/ld+json": {}}}})
    def get_ontology(request: Request) -> Response:
        if "application/ld+json" in request.headers.get("accept", ""):
            jsonld = ontology.load().graph.serialize(format="json-ld")
            return Response(content=jsonld, media_type="application/ld+json")
        return Response(content=ontology.load().turtle(), media_type="text/turtle")

    @app.get("/export/{format_name}", responses={200: {"content": {m: {} for _, m in EXPORTERS.values()}}, **ERRORS})
    def export_graph(
        graph: Graph,
        format_name: str,
        type: Annotated[list[str] | None, Query()] = None,
        relation: Annotated[list[str] | None, Query()] = None,
        modality: Modality | None = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
        document: str | None = None,
        around: str | None = None,
        depth: Annotated[int, Query(ge=1, le=3)] = 1,
    ) -> Response:
        selection = Selection(
            tuple(type or ()), tuple(relation or ()), modality, min_confidence, document, around, depth
        )
        media = media_type(format_name)  # streamed; an error before the first byte is still an error status
        body = stream(lambda out: graph.export_to(out, format_name, selection))
        return StreamingResponse(body, media_type=media)

    @app.get("/documents", response_model=Page[DocumentOut])
    def list_documents(graph: Graph, limit: Limit = 50, offset: Offset = 0) -> Page[DocumentOut]:
        items = [document_out(d) for d in graph.documents(limit, offset)]
        return Page[DocumentOut](items=items, limit=limit, offset=offset, count=len(items))

    @app.get("/documents/{document_id}", response_model=DocumentDetail, responses=ERRORS)
    def get_document(graph: Graph, document_id: str) -> DocumentDetail:
        document = graph.document(document_id)
        relations = [relation_out(r) for r in graph.relations(document=document_id, limit=1000)]
        return DocumentDetail(**document_out(document).model_dump(), text=document.text, relations=relations)

    @app.post(
        "/documents", response_model=WriteOut, status_code=201, responses=ERRORS, dependencies=[Depends(require_key)]
    )
    def add_document(graph: Graph, body: DocumentIn) -> WriteOut:
        """Extract and store one document; posting the same text again changes nothing."""
        summary = graph.ingest_text(
            body.text, max_bytes=settings.max_document_bytes, title=body.title, uri=body.uri, published=body.published
        )
        return WriteOut(**vars(summary))

    @app.post("/entities/merge", response_model=MergeOut, responses=ERRORS, dependencies=[Depends(require_key)])
    def merge_entities(graph: Graph, body: MergeIn) -> MergeOut:
        """Make two entities one (two names found to be one): all evidence is kept and moves to `into`."""
        return MergeOut(**vars(graph.merge_entities(body.source, body.into)))

    @app.delete("/documents/{document_id}", status_code=204, responses=ERRORS, dependencies=[Depends(require_key)])
    def delete_document(graph: Graph, document_id: str) -> None:
        graph.delete_document(document_id)

    return app
