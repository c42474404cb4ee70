"""Stores chosen by URI: a folder path is the embedded LadybugDB store."""

from __future__ import annotations

from .protocol import CypherResult, EntityRecord, RelationFilter, Store, WriteSummary

NEO4J_SCHEMES = ("bolt://", "neo4j://", "bolt+s://", "neo4j+s://", "bolt+ssc://", "neo4j+ssc://")
__all__ = ["NEO4J_SCHEMES", "CypherResult", "EntityRecord", "RelationFilter", "Store", "WriteSummary", "open_store"]


def open_store(uri: str) -> Store:
    """`bolt://...` or `neo4j://...` opens Neo4j (user, password, database from KG_NEO4J_*); else a folder."""
    if uri.startswith(NEO4J_SCHEMES):
        from kg.settings import get_settings

        from .neo4j_store import Neo4jStore

        settings = get_settings()
        return Neo4jStore(uri, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database)
    from .ladybug_store import LadybugStore

    return LadybugStore(uri)
