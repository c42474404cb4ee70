"""schemathesis reads the OpenAPI and fuzzes every route through the ASGI app: no 5xx, valid responses."""

import schemathesis
from hypothesis import HealthCheck, settings

from api.app import create_app
from kg import KnowledgeGraph

from .conftest import EXAMPLES

_graph = None


def _app():
    global _graph
    import tempfile

    _graph = KnowledgeGraph.open(tempfile.mkdtemp() + "/store")
    _graph.ingest([EXAMPLES])
    return create_app(graph=_graph)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_route_answers_with_a_server_error(case):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text[:300]}"
    case.validate_response(response, checks=[schemathesis.checks.not_a_server_error])
