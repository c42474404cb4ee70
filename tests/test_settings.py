"""Settings come from the `KG_*` environment as it is at each call, read once per distinct environment."""

from __future__ import annotations

import pytest

from kg.settings import get_settings


def test_a_changed_variable_is_seen_at_the_next_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_QUERY_TIMEOUT_MS", "1234")
    assert get_settings().query_timeout_ms == 1234
    monkeypatch.setenv("KG_QUERY_TIMEOUT_MS", "99")
    assert get_settings().query_timeout_ms == 99
    monkeypatch.delenv("KG_QUERY_TIMEOUT_MS")
    assert get_settings().query_timeout_ms == 10_000


def test_variable_names_are_case_insensitive_as_pydantic_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("kg_page_size", "7")
    assert get_settings().page_size == 7


def test_the_same_environment_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_PAGE_SIZE", "11")
    assert get_settings() is get_settings()


def test_other_variables_do_not_invalidate_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    first = get_settings()
    monkeypatch.setenv("UNRELATED_VARIABLE", "x")
    assert get_settings() is first
