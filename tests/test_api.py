"""Every API route over the example graph, success and error, through the real ASGI app."""

from fastapi.testclient import TestClient


def openai_id(client: TestClient) -> str:
    items = client.get("/entities", params={"q": "OpenAI", "type": "Organization"}).json()["items"]
    return next(e["id"] for e in items if e["name"] == "OpenAI")


def test_health(client: TestClient):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["documents"] >= 1 and body["relations"] > 0


def test_who_invests_in_openai_with_evidence_and_offsets(client: TestClient):
    response = client.get(f"/entities/{openai_id(client)}/relations", params={"type": "invests-in", "direction": "in"})
    assert response.status_code == 200
    (relation,) = [r for r in response.json()["items"] if r["subject"]["name"] == "Microsoft"]
    evidence = relation["evidence"][0]
    document = client.get(f"/documents/{evidence['document']}").json()
    assert document["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    assert "Microsoft invested in OpenAI" in evidence["text"]


def test_entity_detail_and_unknown_entity(client: TestClient):
    detail = client.get(f"/entities/{openai_id(client)}").json()
    assert detail["name"] == "OpenAI" and detail["relation_count"] > 0
    missing = client.get("/entities/organization:nothing-here")
    assert missing.status_code == 404 and "organization:nothing-here" in missing.json()["detail"]


def test_search_filters_by_type(client: TestClient):
    items = client.get("/entities", params={"type": "Person"}).json()["items"]
    assert items and all(e["type"] == "Person" for e in items)
    bad = client.get("/entities", params={"type": "Planet"})
    assert bad.status_code == 422


def test_relations_by_names_and_pagination(client: TestClient):
    body = client.get(
        "/relations", params={"subject": "Microsoft", "relation": "invests-in", "object": "OpenAI"}
    ).json()
    assert [r["object"]["name"] for r in body["items"]] == ["OpenAI"]
    page = client.get("/relations", params={"limit": 2, "offset": 1}).json()
    assert page["limit"] == 2 and page["offset"] == 1 and len(page["items"]) <= 2
    assert client.get("/relations", params={"limit": 0}).status_code == 422
    assert client.get("/relations", params={"relation": "loves"}).status_code == 422
    assert client.get("/relations", params={"subject": "Nobody Known"}).status_code == 404


def test_cypher_endpoint(client: TestClient):
    ok = client.post(
        "/query/cypher",
        json={"query": "MATCH (a)-[:INVESTS_IN]->(b {name: $n}) RETURN a.name", "parameters": {"n": "OpenAI"}},
    )
    assert ok.status_code == 200 and ["Microsoft"] in ok.json()["rows"]
    bad = client.post("/query/cypher", json={"query": "MATCH (n RETURN n"})
    assert bad.status_code == 400 and bad.json()["error"] == "QueryError"
    write = client.post("/query/cypher", json={"query": "CREATE (n:Organization {id: 'x'})"})
    assert write.status_code == 400 and "read-only" in write.json()["detail"]


def test_documents_list_and_detail(client: TestClient):
    items = client.get("/documents").json()["items"]
    assert items
    detail = client.get(f"/documents/{items[0]['id']}").json()
    assert detail["relations"] and detail["text"]
    assert client.get("/documents/doc-missing").status_code == 404
    assert client.delete("/documents/doc-missing").status_code == 404


def test_openapi_is_served(client: TestClient):
    spec = client.get("/openapi.json").json()
    assert {"/entities", "/relations", "/query/cypher", "/entities/{entity_id}/relations"} <= set(spec["paths"])


def test_neighbourhood_graph_grows_with_depth(client: TestClient):
    one = client.get(f"/entities/{openai_id(client)}/graph", params={"depth": 1}).json()
    two = client.get(f"/entities/{openai_id(client)}/graph", params={"depth": 2}).json()
    assert "Microsoft" in {n["name"] for n in one["nodes"]}
    assert len(two["nodes"]) >= len(one["nodes"]) and len(two["edges"]) >= len(one["edges"])
    for edge in one["edges"]:
        assert {edge["subject"]["id"], edge["object"]["id"]} <= {n["id"] for n in one["nodes"]}
    only = client.get(f"/entities/{openai_id(client)}/graph", params={"type": "invests-in"}).json()
    assert {e["relation"] for e in only["edges"]} == {"invests-in"}
    assert client.get(f"/entities/{openai_id(client)}/graph", params={"depth": 4}).status_code == 422


def test_paths_between_two_entities(client: TestClient):
    response = client.get("/paths", params={"from": "Mustafa Suleyman", "to": "OpenAI", "max": 3})
    assert response.status_code == 200
    (shortest, *_rest) = response.json()
    assert shortest["length"] == 2
    names = [(r["subject"]["name"], r["object"]["name"]) for r in shortest["relations"]]
    assert names[0] == ("Microsoft", "Mustafa Suleyman")
    assert client.get("/paths", params={"from": "OpenAI", "to": "Nobody Known"}).status_code == 404


def test_posting_a_document_extracts_and_stores_it_once(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph

    with KnowledgeGraph.open(tmp_path / "s") as graph, TestClient(create_app(graph=graph)) as local:
        body = {"text": "Amazon invested $4 billion in Anthropic.", "title": "t"}
        first = local.post("/documents", json=body)
        assert first.status_code == 201 and first.json()["relations"] == 1
        assert local.post("/documents", json=body).json()["unchanged"] is True
        assert local.post("/documents", json={"text": ""}).status_code == 422


def test_posting_a_changed_text_with_the_same_uri_replaces_the_earlier_version(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph

    with KnowledgeGraph.open(tmp_path / "s") as graph, TestClient(create_app(graph=graph)) as local:
        uri = "https://news.example/amazon-anthropic"
        first = local.post("/documents", json={"text": "Amazon invested $4 billion in Anthropic.", "uri": uri}).json()
        second = local.post("/documents", json={"text": "Google invested $2 billion in Anthropic.", "uri": uri})
        assert second.status_code == 201
        assert second.json()["replaced"] is True and second.json()["superseded"] == [first["document"]]
        assert [d["uri"] for d in local.get("/documents").json()["items"]] == [uri]
        assert local.get(f"/documents/{first['document']}").status_code == 404
        investors = [
            r["subject"]["name"] for r in local.get("/relations", params={"relation": "invests-in"}).json()["items"]
        ]
        assert investors == ["Google"]


def test_merging_two_entities_over_http_needs_the_key_and_keeps_the_evidence(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph
    from kg.settings import Settings

    settings = Settings(api_key="s3cret")
    with KnowledgeGraph.open(tmp_path / "s") as graph, TestClient(create_app(graph=graph, settings=settings)) as local:
        graph.ingest_text("Microsoft invested $10 billion in Halvern AI.")
        graph.ingest_text("Microsoft invested in Halvern Labs in 2021.")
        body = {"source": "Halvern Labs", "into": "Halvern AI"}
        assert local.post("/entities/merge", json=body).status_code == 401
        merged = local.post("/entities/merge", json=body, headers={"x-api-key": "s3cret"})
        assert merged.status_code == 200, merged.json()
        assert merged.json()["removed"] == "organization:halvern-labs" and "Halvern Labs" in merged.json()["aliases"]
        (invests,) = local.get("/relations", params={"relation": "invests-in"}).json()["items"]
        assert invests["object"]["name"] == "Halvern AI" and len(invests["evidence"]) == 2
        unknown = local.post(
            "/entities/merge", json={"source": "Nobody Known", "into": "Halvern AI"}, headers={"x-api-key": "s3cret"}
        )
        assert unknown.status_code == 404 and unknown.json()["error"] == "NotFoundError"


def test_relations_by_date_range(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph

    with KnowledgeGraph.open(tmp_path / "s") as graph, TestClient(create_app(graph=graph)) as local:
        graph.ingest_text("Amazon invested $4 billion in Anthropic.", published="2023-09-25")
        graph.ingest_text("Google invested $2 billion in Anthropic.", published="2023-10-27")

        def investors(**params: str) -> list[str]:
            found = local.get("/relations", params={"relation": "invests-in", **params})
            assert found.status_code == 200, found.json()
            return sorted(r["subject"]["name"] for r in found.json()["items"])

        assert investors(since="2023-10-01") == ["Google"]
        assert investors(until="2023-09-30") == ["Amazon"]
        assert investors(since="2023-09-01", until="2023-12-31") == ["Amazon", "Google"]
        bad = local.get("/relations", params={"since": "yesterday"})
        assert bad.status_code == 422 and bad.json()["fields"][0]["field"] == "query.since"


def test_a_chunked_body_over_the_limit_is_refused_before_it_is_stored(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph
    from kg.settings import Settings

    def chunks():  # no Content-Length: the body streams in pieces
        yield b'{"text": "Amazon invested in Anthropic. '
        for _ in range(40):
            yield b"Google invested in Anthropic. " * 10
        yield b'"}'

    settings = Settings(max_request_bytes=2000)
    with KnowledgeGraph.open(tmp_path / "s") as graph, TestClient(create_app(graph=graph, settings=settings)) as local:
        refused = local.post("/documents", content=chunks(), headers={"content-type": "application/json"})
        assert refused.status_code == 413
        assert refused.json() == {
            "error": "RequestTooLarge",
            "detail": "request body of more than 2000 bytes is over the limit of 2000",
        }
        assert graph.stats()["documents"] == 0
        pieces = iter([b'{"text": "Amazon invested ', b'in Anthropic."}'])
        small = local.post("/documents", content=pieces, headers={"content-type": "application/json"})
        assert small.status_code == 201


def test_errors_have_one_shape_and_validation_errors_name_the_field(client: TestClient):
    bad = client.get("/relations", params={"limit": 0})
    assert bad.status_code == 422
    body = bad.json()
    assert body["error"] == "ValidationError" and body["fields"][0]["field"] == "query.limit"
    assert body["detail"].startswith("query.limit: ")
    missing = client.get("/no/such/route")
    assert missing.status_code == 404 and missing.json() == {"error": "NotFound", "detail": "Not Found"}


def test_write_routes_need_the_api_key_when_one_is_configured(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph
    from kg.settings import Settings

    settings = Settings(api_key="s3cret", max_request_bytes=2000)
    with KnowledgeGraph.open(tmp_path / "s") as graph, TestClient(create_app(graph=graph, settings=settings)) as local:
        body = {"text": "Amazon invested in Anthropic."}
        refused = local.post("/documents", json=body)
        assert refused.status_code == 401 and "X-API-Key" in refused.json()["detail"]
        assert local.post("/documents", json=body, headers={"x-api-key": "wrong"}).status_code == 401
        accepted = local.post("/documents", json=body, headers={"x-api-key": "s3cret"})
        assert accepted.status_code == 201
        assert local.delete(f"/documents/{accepted.json()['document']}").status_code == 401
        assert local.get("/relations").status_code == 200  # reads stay open
        too_big = local.post("/documents", json={"text": "x" * 5000}, headers={"x-api-key": "s3cret"})
        assert too_big.status_code == 413


def test_an_entitys_relations_by_direction_and_an_unknown_entity(client: TestClient):
    entity = openai_id(client)

    def ends(direction: str) -> set[tuple[str, str]]:
        found = client.get(f"/entities/{entity}/relations", params={"direction": direction, "limit": 1000})
        assert found.status_code == 200
        return {(r["subject"]["id"], r["object"]["id"]) for r in found.json()["items"]}

    out, into, both = ends("out"), ends("in"), ends("both")
    assert out and into
    assert all(subject == entity for subject, _ in out) and all(obj == entity for _, obj in into)
    assert both == out | into
    missing = client.get("/entities/organization:nobody-known/relations")
    assert missing.status_code == 404 and missing.json()["error"] == "NotFoundError"
    assert client.get(f"/entities/{entity}/relations", params={"direction": "sideways"}).status_code == 422


def test_a_documents_publication_date_is_the_time_of_what_it_says(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph

    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Deal</title><meta property='article:published_time' content='2024-03-05T09:00:00Z'>"
        "</head><body><article><p>Amazon invested $4 billion in Anthropic.</p></article></body></html>"
    )
    with KnowledgeGraph.open(tmp_path / "s") as graph, TestClient(create_app(graph=graph)) as local:
        graph.ingest([page])
        (invests,) = local.get("/relations", params={"relation": "invests-in"}).json()["items"]
        assert invests["qualifiers"]["reported_on"] == "2024-03-05"
        assert local.get("/relations", params={"since": "2024-03-05", "until": "2024-03-05"}).json()["count"] == 1
        assert local.get("/relations", params={"until": "2024-03-04"}).json()["count"] == 0


def test_a_document_deleted_over_http_is_gone_with_the_facts_only_it_supported(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph

    with KnowledgeGraph.open(tmp_path / "s") as graph, TestClient(create_app(graph=graph)) as local:
        kept = local.post("/documents", json={"text": "Amazon invested $4 billion in Anthropic."}).json()
        gone = local.post("/documents", json={"text": "Amazon invested in Anthropic. Google competes with Amazon."})
        assert local.delete(f"/documents/{gone.json()['document']}").status_code == 204
        assert local.get(f"/documents/{gone.json()['document']}").status_code == 404
        assert local.get("/relations", params={"relation": "competes-with"}).json()["items"] == []
        (invests,) = local.get("/relations", params={"relation": "invests-in"}).json()["items"]
        assert [e["document"] for e in invests["evidence"]] == [kept["document"]]


def test_cors_is_off_by_default_and_on_for_the_origins_configured(tmp_path):
    from api.app import create_app
    from kg import KnowledgeGraph
    from kg.settings import Settings

    preflight = {"origin": "https://viewer.example", "access-control-request-method": "GET"}
    with KnowledgeGraph.open(tmp_path / "s") as graph:
        with TestClient(create_app(graph=graph)) as closed:
            assert "access-control-allow-origin" not in closed.options("/relations", headers=preflight).headers
        settings = Settings(cors_origins=["https://viewer.example"])
        with TestClient(create_app(graph=graph, settings=settings)) as open_:
            answer = open_.options("/relations", headers=preflight)
            assert answer.headers["access-control-allow-origin"] == "https://viewer.example"
            assert (
                "access-control-allow-origin"
                not in open_.options("/relations", headers={**preflight, "origin": "https://other.example"}).headers
            )


def test_serving_beyond_localhost_without_a_key_warns_loudly(monkeypatch, tmp_path):
    import uvicorn
    from click.testing import CliRunner

    from kg.cli import cli

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)  # the warning comes before the server starts
    monkeypatch.delenv("KG_API_KEY", raising=False)
    store = str(tmp_path / "s")
    wide = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--store", store])
    assert wide.exit_code == 0 and "WARNING: serving on 0.0.0.0 without an API key" in wide.stderr
    local = CliRunner().invoke(cli, ["serve", "--store", store])
    assert local.exit_code == 0 and "WARNING" not in local.stderr
    monkeypatch.setenv("KG_API_KEY", "s3cret")
    keyed = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--store", store])
    assert keyed.exit_code == 0 and "WARNING" not in keyed.stderr
