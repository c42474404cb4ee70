"""One settings object, read from `KG_*` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KG_")

    store: str = "./kg-data"
    query_timeout_ms: int = 10_000
    page_size: int = 50
    max_page_size: int = 1000
    api_key: str | None = None  # when set, every write route needs the header X-API-Key
    cors_origins: list[str] = []
    max_request_bytes: int = 10 * 1024 * 1024
    max_document_bytes: int = 20 * 1024 * 1024
    fetch_timeout_s: float = 30.0  # `kg ingest https://...`: the whole download, connect to last byte
    fetch_max_bytes: int = 20 * 1024 * 1024  # a download is stopped past this size
    buffer_pool_mb: int = 1024  # the embedded store's page cache; checkpoints of a large store need room
    checkpoint_mb: int = 64  # the embedded store checkpoints when its write-ahead log passes this size
    query_threads: int = 1  # the embedded engine's threads per statement (0: all cores); 1 suits point lookups
    html_max_relations: int = 20_000  # the offline viewer page carries its data inline (0: no cap)
    sparql_updates: bool = False  # let SPARQL 1.1 Update change the annotations graph of the RDF view
    sparql_spin_us: int = 500  # a SPARQL worker and its caller poll this long before blocking (0: block at once)
    neo4j_user: str | None = None
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    extractor: Literal["rules", "llm"] = "rules"
    llm_base_url: str | None = None  # an OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1
    llm_model: str | None = None
    llm_api_key: str | None = None  # sent as "Authorization: Bearer ..." when set
    llm_timeout_s: float = 60.0


def get_settings() -> Settings:
    """The settings for the current `KG_*` environment. Reading them costs ~1 ms (pydantic-settings walks
    every field), more than a whole 1-hop query, so they are cached by the values of their variables: a
    changed variable is seen at the next call. The variables are looked up by name (upper and lower case,
    as pydantic-settings matches them): walking all of os.environ cost ~0.07 ms a call."""
    return _settings_for(tuple(map(_RAW_ENVIRONMENT.get, _VARIABLES)))


# os.environ's own mapping of encoded names to encoded values: os.environ.get decodes each value (~1.5 us
# a name, 0.06 ms for all of them, a tenth of a 1-hop query); a changed variable changes it as well
_RAW_ENVIRONMENT: Mapping[Any, Any] = getattr(os.environ, "_data", os.environ)
_VARIABLES = tuple(
    os.environ.encodekey(name) if _RAW_ENVIRONMENT is not os.environ else name
    for field in Settings.model_fields
    for name in (f"KG_{field.upper()}", f"kg_{field}")
)


@lru_cache(maxsize=8)
def _settings_for(_environment: tuple[tuple[str, str], ...]) -> Settings:
    return Settings()
