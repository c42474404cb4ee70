"""kg: an offline, deterministic knowledge-graph builder with evidence on every edge."""

from kg.graph import IngestReport, KnowledgeGraph

__all__ = ["IngestReport", "KnowledgeGraph"]
