"""Stores chosen by URI: a folder path is the embedded LadybugDB store."""

from __future__ import annotations

from kg.errors import StoreError

from .protocol import CypherResult, EntityRecord, RelationFilter, Store, WriteSummary

__all__ = ["CypherResult", "EntityRecord", "RelationFilter", "Store", "WriteSummary", "open_store"]


def open_store(uri: str) -> Store:
    if uri.startswith(("bolt://", "neo4j://", "bolt+s://", "neo4j+s://")):
        raise StoreError(f"{uri}: the Neo4j backend is not available in this version; use a folder path")
    from .ladybug_store import LadybugStore

    return LadybugStore(uri)
