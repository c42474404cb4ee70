"""A loader plugin: a distribution with an entry point in group `kg.loaders` adds its extension to kg
without any change to kg, as importlib.metadata finds it on sys.path."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import loaders
from kg import KnowledgeGraph
from kg.cli import cli

PLUGIN = '''
from pathlib import Path

from kg.model import Document


def load_memo(path: Path) -> list[Document]:
    """A memo: header lines, a line of dashes, then the body, whose lines are one paragraph."""
    header, _, body = path.read_text().partition("\\n---\\n")
    fields = dict(line.split(": ", 1) for line in header.splitlines())
    text = " ".join(line.strip() for line in body.splitlines() if line.strip())
    return [Document(text=text, title=fields["SUBJECT"], format="memo", metadata={"path": str(path)})]
'''

MEMO = "FROM: Legal\nSUBJECT: The deal\n---\nMicrosoft invested\n  $10 billion\nin OpenAI.\n"


@pytest.fixture
def memo_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An installed distribution `kg-memo` whose entry point `memo` in group `kg.loaders` reads `.memo` files."""
    site = tmp_path / "site"
    info = site / "kg_memo-1.0.dist-info"
    info.mkdir(parents=True)
    (site / "kg_memo.py").write_text(PLUGIN)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-memo\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[kg.loaders]\nmemo = kg_memo:load_memo\n")
    monkeypatch.syspath_prepend(str(site))
    loaders.registry.cache_clear()
    yield
    loaders.registry.cache_clear()
    sys.modules.pop("kg_memo", None)


def test_a_plugin_entry_point_reads_its_extension_in_kg_ingest(memo_plugin: None, tmp_path: Path) -> None:
    memo = tmp_path / "deal.memo"
    memo.write_text(MEMO)
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["ingest", str(memo), "--store", store])
    assert result.exit_code == 0, result.output
    assert "memo: 1 document, 1 relation" in result.output
    with KnowledgeGraph.open(store) as graph:
        (document,) = graph.documents()
        assert (document.text, document.title, document.format) == (
            "Microsoft invested $10 billion in OpenAI.",
            "The deal",
            "memo",
        )
        (relation,) = graph.relations(subject="Microsoft", relation="invests-in")
        assert relation.object.name == "OpenAI"
        assert [e.document for e in relation.evidence] == [document.id]
        assert relation.evidence[0].text == "Microsoft invested $10 billion in OpenAI."
    assert loaders.registry()[".memo"].__module__ == "kg_memo"


def test_a_folder_picks_the_plugins_extension(memo_plugin: None, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "deal.memo").write_text(MEMO)
    unread: list[Path] = []
    assert list(loaders.discover([folder], unread)) == [folder / "deal.memo"] and unread == []


def test_worker_processes_find_the_plugin_too(memo_plugin: None, tmp_path: Path) -> None:
    memos = []
    for number in range(3):
        memos.append(tmp_path / f"deal-{number}.memo")
        memos[-1].write_text(MEMO.replace("$10 billion", f"${10 + number} billion"))
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["ingest", *map(str, memos), "--workers", "2", "--store", store])
    assert result.exit_code == 0, result.output
    assert "memo: 3 documents, 3 relations" in result.output
