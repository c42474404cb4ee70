"""Property-based: any bytes given to any loader give Documents or a LoaderError, never another error."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import loaders
from kg.errors import LoaderError


@pytest.mark.parametrize("suffix", sorted(loaders.LOADERS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=600), st.text(max_size=600).map(str.encode)))
def test_any_bytes_give_documents_or_a_loader_error(tmp_path: Path, suffix: str, data: bytes):
    documents_or_a_loader_error(tmp_path / f"input{suffix}", data)


def documents_or_a_loader_error(path: Path, data: bytes) -> None:
    """Written to `path`, `data` loads as a list of items or fails with a LoaderError that names the file."""
    path.write_bytes(data)
    try:
        items = loaders.load(path)
    except LoaderError as error:
        assert str(path) in str(error)
        return
    assert isinstance(items, list)
