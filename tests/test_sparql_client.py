"""SPARQL 1.1 Protocol with a real client: SPARQLWrapper asks `kg serve` over HTTP, as any SPARQL tool would."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import urllib.error
from collections.abc import Iterator

import pytest
import rdflib
from SPARQLWrapper import CSV, GET, JSON, POST, POSTDIRECTLY, TURTLE, URLENCODED, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointNotFound, QueryBadFormed, Unauthorized, URITooLong

import ontology
from bench.server import api_server

from .conftest import EXAMPLES, ROOT

ARTICLE = (EXAMPLES / "openai-microsoft.md").read_text()
KG = rdflib.Namespace(str(ontology.KG))
PREFIXES = f"PREFIX kg: <{ontology.KG}>\nPREFIX rdfs: <{rdflib.RDFS}>\n"
INVESTORS_OF_OPENAI = (
    PREFIXES
    + """
SELECT ?investor ?text ?start ?end WHERE {
    ?openai rdfs:label "OpenAI" .
    ?statement a kg:Statement ; kg:subject ?subject ; kg:relation kg:invests-in ; kg:object ?openai ;
               kg:evidence ?evidence .
    ?subject rdfs:label ?investor .
    ?evidence kg:text ?text ; kg:start ?start ; kg:end ?end .
}"""
)
CLIENT_ERRORS = (QueryBadFormed, Unauthorized, EndPointNotFound, URITooLong, urllib.error.HTTPError)

pytestmark = pytest.mark.filterwarnings("error:Format requested")  # the endpoint answers in the format asked for


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kg serve` in its own process over a store built from examples/ by `kg ingest`; stopped afterwards."""
    store = tmp_path_factory.mktemp("sparql-client") / "store"
    ingest = [sys.executable, "-m", "kg", "ingest", str(EXAMPLES), "--store", str(store)]
    subprocess.run(ingest, cwd=ROOT, check=True, capture_output=True)
    with api_server(store) as base:
        yield f"{base}/sparql"


def client(endpoint: str, query: str, form: str = JSON, method: str = GET, encoding: str = URLENCODED) -> SPARQLWrapper:
    """A SPARQLWrapper set up as a user would: query, return format, HTTP method and POST encoding."""
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(form)
    sparql.setMethod(method)
    sparql.setRequestMethod(encoding)
    sparql.setTimeout(30)
    return sparql


def rows(endpoint: str, query: str, method: str = GET, encoding: str = URLENCODED) -> list[dict[str, str]]:
    """The JSON bindings of a SELECT, as plain strings by variable."""
    result = client(endpoint, query, JSON, method, encoding).queryAndConvert()
    return [{name: term["value"] for name, term in row.items()} for row in result["results"]["bindings"]]


def investors_in(endpoint: str, form: str) -> list[str]:
    """The investors of OpenAI as answered in one result format, parsed as that format."""
    result = client(endpoint, INVESTORS_OF_OPENAI, form).query()
    media = {JSON: "application/sparql-results+json", XML: "application/sparql-results+xml", CSV: "text/csv"}[form]
    assert result.info()["content-type"].startswith(media)
    converted = result.convert()
    if form == JSON:
        return sorted(row["investor"]["value"] for row in converted["results"]["bindings"])
    if form == XML:
        bindings = converted.getElementsByTagName("binding")
        return sorted(
            b.getElementsByTagName("literal")[0].firstChild.data
            for b in bindings
            if b.getAttribute("name") == "investor"
        )
    return sorted(row["investor"] for row in csv.DictReader(io.StringIO(converted.decode())))


def triple_count(endpoint: str) -> int:
    return int(rows(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])


def test_microsoft_invests_in_openai_with_the_sentence_of_the_article_as_evidence(endpoint):
    """Investors are reached through statement nodes; each evidence is the article's sentence at its offsets."""
    found = rows(endpoint, INVESTORS_OF_OPENAI)
    assert "Microsoft" in {row["investor"] for row in found}
    for row in found:
        sentence = row["text"]
        assert ARTICLE[int(row["start"]) : int(row["end"])] == sentence
        assert row["investor"] in sentence and "OpenAI" in sentence and sentence.endswith(".")


def test_json_xml_and_csv_results_name_the_same_investors(endpoint):
    """setReturnFormat picks the media type by content negotiation; each format parses to the same answer."""
    by_format = {form: investors_in(endpoint, form) for form in (JSON, XML, CSV)}
    assert "Microsoft" in by_format[JSON]
    assert by_format[XML] == by_format[JSON] and by_format[CSV] == by_format[JSON]


@pytest.mark.parametrize(
    ("method", "encoding"),
    [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)],
    ids=["GET", "POST-form", "POST-sparql-query"],
)
def test_get_and_both_post_encodings_give_the_same_answer(endpoint, method, encoding):
    """The protocol's three query operations: GET ?query=, POST form field, POST application/sparql-query."""
    answer = rows(endpoint, INVESTORS_OF_OPENAI, method, encoding)
    assert "Microsoft" in {row["investor"] for row in answer}
    assert sorted(answer, key=str) == sorted(rows(endpoint, INVESTORS_OF_OPENAI), key=str)


def test_construct_returns_turtle_that_rdflib_parses(endpoint):
    """A CONSTRUCT answers text/turtle; rdflib reads the investment triples and labels from it."""
    query = (
        PREFIXES
        + """
CONSTRUCT { ?investor kg:invests-in ?openai ; rdfs:label ?name . ?openai rdfs:label "OpenAI" }
WHERE { ?openai rdfs:label "OpenAI" . ?investor kg:invests-in ?openai ; rdfs:label ?name }"""
    )
    result = client(endpoint, query, TURTLE).query()
    assert result.info()["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=result.convert(), format="turtle")
    openai = graph.value(predicate=rdflib.RDFS.label, object=rdflib.Literal("OpenAI"))
    assert openai is not None
    investors = {str(graph.value(s, rdflib.RDFS.label)) for s in graph.subjects(KG["invests-in"], openai)}
    assert "Microsoft" in investors
    assert investors <= set(investors_in(endpoint, JSON))


@pytest.mark.parametrize("encoding", [URLENCODED, POSTDIRECTLY], ids=["form", "sparql-update"])
def test_an_update_is_refused_with_a_client_error_and_changes_nothing(endpoint, encoding):
    """The endpoint is read-only: INSERT DATA gets a 4xx and the graph keeps every triple it had, and no new one."""
    intruder = "urn:kg-test:intruder"
    ask = PREFIXES + f"ASK {{ <{intruder}> ?p ?o }}"
    before = triple_count(endpoint)
    update = PREFIXES + f'INSERT DATA {{ <{intruder}> a kg:Organization ; rdfs:label "Intruder" }}'
    with pytest.raises(CLIENT_ERRORS) as refused:
        client(endpoint, update, JSON, POST, encoding).query()
    if isinstance(refused.value, urllib.error.HTTPError):
        assert 400 <= refused.value.code < 500
    assert "SPARQL updates are refused: the endpoint is read-only" in str(refused.value)
    assert triple_count(endpoint) == before
    assert client(endpoint, ask, JSON).queryAndConvert()["boolean"] is False
