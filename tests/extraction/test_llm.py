"""The LLM extractor against a local server replaying recorded answers (tests/data/llm/)."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import ontology
from kg import KnowledgeGraph
from kg.build import default_extractor
from kg.cli import cli
from kg.errors import ExtractorError
from kg.model import Document, Modality
from loaders.extraction import RuleExtractor
from loaders.extraction.llm import LLMExtractor

from .llm_server import ReplayServer, recording, replay_server

MODEL = "replay-7b"
ROOT = Path(__file__).resolve().parents[2]
REASONS = [
    "evidence-not-in-text",
    "name-not-in-evidence",
    "unknown-relation",
    "domain-range",
    "unknown-modality",
    "unknown-type",
    "malformed-item",
]


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with replay_server(MODEL) as running:
        yield running


def llm(server: ReplayServer, **options: Any) -> LLMExtractor:
    options.setdefault("backoff_s", 0.01)
    return LLMExtractor(server.base_url, MODEL, **options)


def triples(relations: list[Any]) -> set[tuple[str, str, str, str]]:
    return {(r.subject.name, r.relation, r.object.name, str(r.modality)) for r in relations}


def headers(request: dict[str, Any]) -> dict[str, str]:
    return {k.lower(): v for k, v in request["headers"].items()}


def test_relations_come_with_offsets_into_the_text(server: ReplayServer):
    text = recording("invest")["text"]
    document = Document(text=text)
    extraction = llm(server).extract(document)
    assert triples(extraction.relations) == {
        ("Microsoft", "invests-in", "Halcyon Robotics", "asserted"),
        ("Halcyon Robotics", "develops", "Perch", "asserted"),
    }
    by_relation = {r.relation: r for r in extraction.relations}
    for relation in extraction.relations:
        (evidence,) = relation.evidence
        assert evidence.extractor == "llm" and evidence.document == document.id
        assert text[evidence.start : evidence.end] == evidence.text
        for span in (evidence.subject_span, evidence.object_span):
            assert span is not None and evidence.start <= span.start < span.end <= evidence.end
    invests = by_relation["invests-in"].evidence[0]
    assert invests.subject_span and text[invests.subject_span.start : invests.subject_span.end] == "Microsoft Corp."
    assert by_relation["invests-in"].qualifiers["amount"] == "$2 billion"
    develops = by_relation["develops"].evidence[0]  # quoted with a space where the text breaks the line
    assert "Perch\n  warehouse" in develops.text
    assert develops.object_span and text[develops.object_span.start : develops.object_span.end] == "Perch"
    assert {e.id for e in extraction.entities} == {
        "organization:microsoft",
        "organization:halcyon-robotics",
        "product:perch",
    }


def test_names_resolve_through_the_gazetteer_like_the_rules(server: ReplayServer):
    document = Document(text=recording("invest")["text"])
    from_rules = {e.id: e for e in RuleExtractor().extract(document).entities}
    microsoft = next(r.subject for r in llm(server).extract(document).relations if r.relation == "invests-in")
    assert microsoft == from_rules["organization:microsoft"]
    assert microsoft.wikidata and "Microsoft Corp." in microsoft.aliases


def test_only_items_that_pass_every_check_are_kept(server: ReplayServer, caplog: pytest.LogCaptureFixture):
    extractor = llm(server)
    with caplog.at_level(logging.WARNING):
        extraction = extractor.extract(Document(text=recording("rejections")["text"]))
    assert triples(extraction.relations) == {("Quillon Labs", "employs", "Dana Whitfield", "asserted")}
    assert extractor.kept == 1 and len(extractor.rejected) == len(REASONS)
    assert sorted(r.reason for r in extractor.rejected) == sorted(REASONS)
    assert all(f"rejected ({reason})" in caplog.text for reason in REASONS)


@pytest.mark.parametrize("reason", REASONS)
def test_each_bad_item_is_rejected_for_its_own_reason(server: ReplayServer, reason: str):
    extractor = llm(server)
    extractor.extract(Document(text=recording("rejections")["text"]))
    (rejection,) = [r for r in extractor.rejected if r.reason == reason]
    assert rejection.item["case"] == reason and rejection.chunk == 0 and rejection.detail


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Corvid Systems supplies lidar sensors to Lantern Motors.", "the answer is not JSON"),
        ("Pell Industries owns Tarn Foods.", "has no 'relations' list"),
    ],
)
def test_an_answer_of_the_wrong_shape_fails_the_document_by_name(server: ReplayServer, text: str, problem: str):
    document = Document(text=text, uri="file:///news/item.txt")
    with pytest.raises(ExtractorError, match=problem) as raised:
        llm(server).extract(document)
    assert "file:///news/item.txt: llm chunk 0" in str(raised.value)


def test_long_text_goes_in_chunks_and_offsets_map_back(server: ReplayServer):
    text = recording("chunks")["text"]
    extraction = llm(server, chunk_chars=100).extract(Document(text=text))
    sent = [request["body"]["messages"][1]["content"] for request in server.requests]
    assert len(sent) == 3 and "Kestrel" not in sent[0] and "garage" not in sent[2]
    assert triples(extraction.relations) == {
        ("Arden Bio", "partners-with", "Morrow Labs", "asserted"),
        ("Arden Bio", "develops", "Kestrel", "asserted"),
    }
    partners = next(r for r in extraction.relations if r.relation == "partners-with")
    sentence = "Arden Bio partners with Morrow Labs."
    assert sorted(e.start for e in partners.evidence) == [text.index(sentence), text.rindex(sentence)]
    for evidence in partners.evidence:
        assert evidence.subject_span and evidence.object_span
        assert text[evidence.subject_span.start : evidence.subject_span.end] == partners.subject.name
        assert text[evidence.object_span.start : evidence.object_span.end] == partners.object.name


def test_the_request_holds_model_ontology_and_json_mode(server: ReplayServer):
    llm(server).extract(Document(text=recording("invest")["text"]))
    (request,) = server.requests
    body = request["body"]
    assert body["model"] == MODEL and body["response_format"] == {"type": "json_object"}
    system = body["messages"][0]["content"]
    onto = ontology.load()
    for relation in onto.relations.values():
        assert f"- {relation.id} ({relation.label}): subject {'|'.join(relation.domain)}" in system
    assert all(name in system for name in onto.classes)
    assert all(modality.value in system for modality in Modality)
    assert "authorization" not in headers(request)


def test_the_api_key_is_sent_as_a_bearer_token(server: ReplayServer):
    llm(server, api_key="s3cret").extract(Document(text=recording("invest")["text"]))
    assert headers(server.requests[0])["authorization"] == "Bearer s3cret"


def test_a_server_without_json_mode_is_asked_again_without_it(server: ReplayServer):
    server.json_mode = False
    extraction = llm(server).extract(Document(text=recording("invest")["text"]))
    assert len(extraction.relations) == 2
    assert ["response_format" in r["body"] for r in server.requests] == [True, False]


def test_overload_and_server_errors_are_retried(server: ReplayServer):
    server.failures = [503, 429]
    extraction = llm(server, retries=2).extract(Document(text=recording("invest")["text"]))
    assert len(extraction.relations) == 2 and len(server.requests) == 3


def test_a_server_that_keeps_failing_gives_a_clear_error(server: ReplayServer):
    server.failures = [502, 502, 502, 502]
    with pytest.raises(ExtractorError, match="gave up after 3 attempts: HTTP 502"):
        llm(server, retries=2).extract(Document(text=recording("invest")["text"]))
    assert len(server.requests) == 3


def test_a_slow_server_times_out_after_the_retries(server: ReplayServer):
    server.delay_s = 1.0
    with pytest.raises(ExtractorError, match=r"gave up after 2 attempts: no answer within 0.2 s"):
        llm(server, retries=1, timeout_s=0.2).extract(Document(text=recording("invest")["text"]))
    assert len(server.requests) == 2


def test_a_refused_request_is_not_retried(server: ReplayServer):
    extractor = LLMExtractor(server.base_url, "no-such-model", backoff_s=0.01)
    with pytest.raises(ExtractorError, match=r"HTTP 400 .*'no-such-model' not found"):
        extractor.extract(Document(text=recording("invest")["text"]))
    assert len(server.requests) == 1


def test_an_unreachable_endpoint_names_its_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    extractor = LLMExtractor(f"http://127.0.0.1:{port}/v1", MODEL, retries=1, backoff_s=0.01)
    with pytest.raises(ExtractorError, match=f"cannot reach http://127.0.0.1:{port}/v1/chat/completions"):
        extractor.extract(Document(text="Arden Bio develops the Kestrel assay."))


def test_settings_pick_the_extractor(monkeypatch: pytest.MonkeyPatch):
    for name in ("KG_EXTRACTOR", "KG_LLM_BASE_URL", "KG_LLM_MODEL", "KG_LLM_API_KEY", "KG_LLM_TIMEOUT_S"):
        monkeypatch.delenv(name, raising=False)
    assert isinstance(default_extractor(), RuleExtractor)
    monkeypatch.setenv("KG_EXTRACTOR", "llm")
    with pytest.raises(ExtractorError, match="KG_LLM_BASE_URL and KG_LLM_MODEL"):
        default_extractor()
    monkeypatch.setenv("KG_LLM_BASE_URL", "http://127.0.0.1:9/v1/")
    monkeypatch.setenv("KG_LLM_MODEL", MODEL)
    monkeypatch.setenv("KG_LLM_TIMEOUT_S", "7.5")
    chosen = default_extractor()
    assert isinstance(chosen, LLMExtractor)
    assert (chosen.url, chosen.model, chosen.timeout_s) == ("http://127.0.0.1:9/v1/chat/completions", MODEL, 7.5)
    assert isinstance(default_extractor("rules"), RuleExtractor)


def cli_env(server: ReplayServer, model: str = MODEL) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KG_LLM_BASE_URL": server.base_url,
        "KG_LLM_MODEL": model,
        "KG_LLM_API_KEY": "cli-key",
    }


def run_extract(path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kg", "extract", str(path), "--extractor", "llm", "--format", "jsonl"]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


def test_kg_extract_with_the_llm_extractor(server: ReplayServer, tmp_path: Path):
    path = tmp_path / "halcyon.txt"
    path.write_text(recording("invest")["text"], encoding="utf-8")
    result = run_extract(path, cli_env(server))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    text = path.read_text(encoding="utf-8")
    assert {(x["subject"]["name"], x["relation"], x["object"]["name"]) for x in lines} == {
        ("Microsoft", "invests-in", "Halcyon Robotics"),
        ("Halcyon Robotics", "develops", "Perch"),
    }
    for line in lines:
        evidence = line["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert headers(server.requests[0])["authorization"] == "Bearer cli-key"


def test_kg_extract_reports_rejections_and_errors(server: ReplayServer, tmp_path: Path):
    path = tmp_path / "quillon.txt"
    path.write_text(recording("rejections")["text"], encoding="utf-8")
    result = run_extract(path, cli_env(server))
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 1
    assert f"llm: {len(REASONS)} proposed relations rejected (domain-range 1," in result.stderr
    refused = run_extract(path, cli_env(server, model="other"))
    assert refused.returncode == 1 and "error:" in refused.stderr and "HTTP 400" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_kg_ingest_with_the_llm_extractor_stores_checked_relations(server: ReplayServer, tmp_path: Path):
    path = tmp_path / "halcyon.txt"
    path.write_text(recording("invest")["text"], encoding="utf-8")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["ingest", str(path), "--store", store, "--extractor", "llm"], env=cli_env(server))
    assert result.exit_code == 0, result.output
    with KnowledgeGraph.open(store) as graph:
        stored = graph.relations(subject="Microsoft", relation="invests-in")
    assert [r.object.name for r in stored] == ["Halcyon Robotics"]
    assert stored[0].evidence[0].extractor == "llm"
