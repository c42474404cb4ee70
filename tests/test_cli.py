"""The `kg` command as users and our checks run it."""

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.build import written_name
from kg.cli import cli
from kg.model import Entity

from .conftest import EXAMPLES


def test_ingest_then_query_cypher_prints_microsoft(tmp_path: Path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    ingest = runner.invoke(cli, ["ingest", str(EXAMPLES), "--store", store])
    assert ingest.exit_code == 0, ingest.output
    assert "1 added" in ingest.output
    again = runner.invoke(cli, ["ingest", str(EXAMPLES), "--store", store])
    assert "1 unchanged" in again.output
    query = runner.invoke(
        cli,
        [
            "query",
            "cypher",
            "MATCH (a)-[:INVESTS_IN]->(b {name: $n}) RETURN a.name",
            "--param",
            "n=OpenAI",
            "--store",
            store,
        ],
    )
    assert query.exit_code == 0 and "Microsoft" in query.output.splitlines()
    stats = json.loads(runner.invoke(cli, ["stats", "--store", store]).output)
    assert stats["documents"] == 1 and stats["relation_total"] > 0


def test_extract_prints_one_json_relation_a_line():
    result = subprocess.run(
        [sys.executable, "-m", "kg", "extract", str(EXAMPLES / "openai-microsoft.md"), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines
    for line in lines:
        assert {"subject", "relation", "object", "evidence", "qualifiers", "modality", "confidence"} <= set(line)
        assert {"id", "name", "type"} <= set(line["subject"])
        assert {"document", "text", "start", "end"} <= set(line["evidence"])
    assert any(line["relation"] == "invests-in" and line["subject"]["name"] == "Microsoft" for line in lines)


def test_extract_names_an_entity_as_the_document_writes_it_beside_its_canonical_name(tmp_path: Path):
    story = tmp_path / "arm.txt"
    story.write_text("SoftBank Group sold shares in Arm Holdings to Kestrel Capital. Arm makes chip designs.")
    result = CliRunner().invoke(cli, ["extract", str(story), "--format", "jsonl"])
    lines = [json.loads(line) for line in result.output.splitlines()]
    arm = next(line["object"] for line in lines if line["object"]["canonical"] == "Arm")
    assert arm["name"] == "Arm Holdings" and arm["id"] == "organization:arm"


def test_a_shorter_form_or_acronym_never_replaces_the_canonical_name_the_text_writes():
    amd = Entity(name="Advanced Micro Devices", type="Organization", aliases=["AMD"])
    assert (
        written_name(amd, "AMD said sales rose; Advanced Micro Devices later confirmed it.") == "Advanced Micro Devices"
    )
    arm = Entity(name="Arm", type="Organization", aliases=["Arm Holdings"])
    assert written_name(arm, "Arm said sales rose.") == "Arm"
    assert written_name(arm, "Shares in Arm rose. Arm Holdings said so.") == "Arm"  # the first name written wins
    microsoft = Entity(name="Microsoft", type="Organization", aliases=["Microsoft Corp."])
    assert written_name(microsoft, "Microsoft Corp. said so.") == "Microsoft"  # a legal form adds nothing


def test_a_text_that_never_writes_the_canonical_name_is_named_by_its_first_words():
    jefferies = Entity(name="Jefferies Financial Group", type="Organization", aliases=["Jefferies", "JEF"])
    assert written_name(jefferies, "said Jane Roe, an analyst at Jefferies.") == "Jefferies"
    assert written_name(jefferies, "Jefferies Financial Group said; Jefferies added.") == "Jefferies Financial Group"
    azure = Entity(name="Microsoft Azure", type="Product", aliases=["Azure cloud"])
    assert written_name(azure, "It runs on Microsoft's Azure cloud.") == "Microsoft Azure"  # not its first words


def test_errors_are_one_line_without_a_traceback(tmp_path: Path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = CliRunner().invoke(cli, ["extract", str(bad)])
    assert result.exit_code == 1 and "empty file" in result.output and "Traceback" not in result.output


def test_documents_rm_removes_a_document(tmp_path: Path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    runner.invoke(cli, ["ingest", str(EXAMPLES), "--store", store])
    listing = runner.invoke(cli, ["documents", "list", "--store", store]).output
    document_id = listing.split("\t")[0]
    assert runner.invoke(cli, ["documents", "rm", document_id, "--store", store]).exit_code == 0
    stats = json.loads(runner.invoke(cli, ["stats", "--store", store]).output)
    assert stats["documents"] == 0 and stats["relation_total"] == 0 and stats["entity_total"] == 0
    missing = runner.invoke(cli, ["documents", "rm", document_id, "--store", store])
    assert missing.exit_code == 1 and "no document" in missing.output
