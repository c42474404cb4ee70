"""docs/benchmarks.md is written from the results files: one table per measurement, and the length of the
last whole run against its 15-minute target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import report


@pytest.fixture
def results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(report, "RESULTS", tmp_path / "results")
    monkeypatch.setattr(report, "RUN", tmp_path / "results" / "run.json")
    monkeypatch.setattr(report, "TABLE", tmp_path / "benchmarks.md")
    (tmp_path / "results").mkdir()
    row = {"case": "1-hop, 10 relations", "measured": "2 ms", "baseline": "20 ms", "ratio": 0.1}
    result = {"description": "A measurement.", "rows": [row], "machine": report.machine()}
    (tmp_path / "results" / "extraction.json").write_text(json.dumps(result))
    return tmp_path


def _run(results: Path, seconds: int) -> str:
    run = {"seconds": seconds, "per_measurement": {"extraction": seconds}, "load_average_at_start": 0.4}
    (results / "results" / "run.json").write_text(json.dumps({**run, "machine": report.machine()}))
    report.write_table()
    return (results / "benchmarks.md").read_text()


def test_each_measurement_is_a_table_of_its_rows(results: Path) -> None:
    report.write_table()
    table = (results / "benchmarks.md").read_text()
    assert "## extraction" in table and "| 1-hop, 10 relations | 2 ms | 20 ms | 0.1 |" in table
    assert "Last whole run" not in table  # no whole run recorded yet


def test_a_whole_run_under_fifteen_minutes_meets_the_target(results: Path) -> None:
    assert "14 min 5 s on" in _run(results, 845) and "target under 15 min: met" in _run(results, 845)


def test_a_longer_whole_run_is_reported_as_missing_it(results: Path) -> None:
    assert "target under 15 min: NOT met" in _run(results, 15 * 60 + 1)
