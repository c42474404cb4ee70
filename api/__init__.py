"""The HTTP API: FastAPI routes over KnowledgeGraph."""
