"""One small error hierarchy; the API maps it to HTTP codes and the CLI prints it."""


class KGError(Exception):
    """Base of every error kg raises on purpose."""


class LoaderError(KGError):
    """A document could not be read (names the file and the reason)."""


class ValidationError(KGError, ValueError):
    """Data does not fit the ontology or the model."""


class QueryError(KGError):
    """A query was refused or failed (names the engine's message)."""


class QueryTimeout(QueryError):
    """A query ran over its time limit and was stopped."""


class NotFoundError(KGError):
    """An id that the graph does not hold."""


class StoreError(KGError):
    """The store could not be opened or written."""


class AuthError(KGError):
    """A write route was called without the configured API key."""


class ExtractorError(KGError):
    """An extractor could not produce an extraction (names the document and the problem)."""
