"""The rule extractor compiled with mypyc (`kg compile`): used only while it matches its sources, and then it
says exactly what the pure Python modules say."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.extraction import compiled

ROOT = Path(__file__).resolve().parents[1]

# what a process reports: which build ran, where its modules came from, and what it extracted
_PROBE = """
import json, sys
from bench.generate import news_articles
from kg.model import Document
from loaders.extraction import RuleExtractor, compiled, mentions
from pathlib import Path
texts = [p.read_text() for p in sorted(Path("examples").rglob("*.md")) + sorted(Path("tests/data/news").rglob("*.txt"))]
texts += news_articles(12, seed=5)
extractor = RuleExtractor()
print(json.dumps({
    "active": compiled.is_active(),
    "module": mentions.__file__,
    "output": [extractor.extract(Document(text=t)).model_dump(mode="json") for t in texts],
}))
"""


def _probe(**env: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout))


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's build when it is fresh (scripts/test.sh makes one), else one built for these tests."""
    if compiled.status() == "fresh":
        return compiled.compiled_dir()
    return compiled.build(tmp_path_factory.mktemp("compiled"))


def test_a_fresh_build_runs_and_extracts_exactly_what_pure_python_does(build_dir: Path) -> None:
    fast = _probe(KG_COMPILED_DIR=str(build_dir), KG_PURE_PYTHON="0")
    pure = _probe(KG_COMPILED_DIR=str(build_dir), KG_PURE_PYTHON="1")
    assert fast["active"] is True and pure["active"] is False
    assert str(fast["module"]).endswith(".so") and str(pure["module"]).endswith(".py")
    assert fast["output"] == pure["output"]
    assert sum(len(e["relations"]) for e in pure["output"]) > 50  # (a comparison of something)


def test_a_build_of_other_sources_is_left_unused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    stamp = {"abi": "x", "sources": {name: "0" * 64 for name in compiled.MODULES}}
    (tmp_path / "stamp.json").write_text(json.dumps(stamp))
    monkeypatch.setenv("KG_COMPILED_DIR", str(tmp_path))
    monkeypatch.delenv("KG_PURE_PYTHON", raising=False)
    path = ["/somewhere"]
    with caplog.at_level(logging.WARNING, logger=compiled.__name__):
        assert compiled.status() == "stale"
        assert compiled.activate(path) is False
    assert path == ["/somewhere"]
    assert "out of date" in caplog.text and "kg compile" in caplog.text


def test_no_build_means_pure_python_and_no_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    monkeypatch.setenv("KG_COMPILED_DIR", str(tmp_path / "none"))
    path: list[str] = []
    with caplog.at_level(logging.WARNING, logger=compiled.__name__):
        assert compiled.status() == "absent"
        assert compiled.activate(path) is False
    assert path == [] and caplog.text == ""


def test_the_cli_reports_the_build(build_dir: Path) -> None:
    env = {**os.environ, "KG_COMPILED_DIR": str(build_dir), "KG_PURE_PYTHON": "0"}
    done = subprocess.run(["kg", "compile", "--status"], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"{build_dir}: fresh (in use in this process)"
    again = subprocess.run(["kg", "compile"], env=env, capture_output=True, text=True, check=True)
    assert "nothing to do" in again.stdout
